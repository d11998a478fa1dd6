// The CSV reader: RFC 4180 (quoted fields, "" escapes, line breaks inside quotes, LF or
// CR LF line ends), a header row naming the columns, and an optional UTF-8 byte order mark.
//
// The file stays in one buffer that the Table keeps; a field is a view into it unless it
// holds "" escapes, so a million rows cost no allocation per value.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>
#include <cstring>

#include "runtime/field_decoder.h"
#include "runtime/readers.h"
#include "runtime/utf8.h"

namespace redline::runtime {

namespace {

using detail::ColumnLoader;
using detail::TableBuilder;

struct RawField {
  std::string_view text;  // without the enclosing quotes of a quoted field
  bool doubled_quotes;    // holds "" pairs that still stand for one quote each
};

constexpr std::array<bool, 256> kEndsUnquotedField = [] {
  std::array<bool, 256> table{};
  for (unsigned char c : {',', '\n', '\r', '"'}) table[c] = true;
  return table;
}();

size_t count_newlines(std::string_view text) {
  size_t count = 0;
  const char* p = text.data();
  const char* end = p + text.size();
  while (const void* hit = std::memchr(p, '\n', static_cast<size_t>(end - p))) {
    ++count;
    p = static_cast<const char*>(hit) + 1;
  }
  return count;
}

class CsvScanner {
 public:
  CsvScanner(std::string_view data, const std::string& source) : data_(data), source_(source) {}

  bool at_end() const { return pos_ >= data_.size(); }
  uint64_t line() const { return line_; }

  // True when only line breaks remain: trailing blank lines end the file rather than
  // being records with one empty field.
  bool only_line_breaks_remain() {
    if (data_[pos_] != '\n' && data_[pos_] != '\r') return false;
    if (pos_ < next_content_) return false;
    size_t p = pos_;
    while (p < data_.size() && (data_[p] == '\n' || data_[p] == '\r')) ++p;
    next_content_ = p;
    return p == data_.size();
  }

  // Reads the record at the current position. `header` names columns in messages; null
  // while the header itself is read.
  void read_record(std::vector<RawField>& fields, const std::vector<std::string>* header) {
    fields.clear();
    for (;;) {
      const size_t column = fields.size();
      if (pos_ < data_.size() && data_[pos_] == '"') {
        read_quoted(fields, header);
      } else {
        const size_t start = pos_;
        while (pos_ < data_.size() && !kEndsUnquotedField[static_cast<unsigned char>(data_[pos_])]) ++pos_;
        fields.push_back({data_.substr(start, pos_ - start), false});
        if (pos_ < data_.size() && data_[pos_] == '"')
          fail(line_, column, header,
               "stray '\"' in an unquoted field (quote the whole field and double each quote inside it)");
      }
      if (pos_ == data_.size()) return;
      if (data_[pos_] == ',') {
        ++pos_;
        continue;
      }
      if (consume_line_end()) return;
      if (data_[pos_] == '\r') fail(line_, column, header, "carriage return without a line feed (lines must end in LF or CR LF)");
      fail(line_, column, header,
           "unexpected character after the closing quote of a quoted field (a quote inside quotes is written \"\")");
    }
  }

 private:
  void read_quoted(std::vector<RawField>& fields, const std::vector<std::string>* header) {
    const uint64_t start_line = line_;
    const size_t start = ++pos_;
    bool doubled = false;
    for (;;) {
      const void* hit = std::memchr(data_.data() + pos_, '"', data_.size() - pos_);
      if (hit == nullptr)
        fail(start_line, fields.size(), header, "unterminated quoted field (the closing '\"' is missing)");
      const size_t quote = static_cast<size_t>(static_cast<const char*>(hit) - data_.data());
      line_ += count_newlines(data_.substr(pos_, quote - pos_));
      pos_ = quote + 1;
      if (pos_ < data_.size() && data_[pos_] == '"') {
        doubled = true;
        ++pos_;
        continue;
      }
      fields.push_back({data_.substr(start, quote - start), doubled});
      return;
    }
  }

  bool consume_line_end() {
    if (data_[pos_] == '\n') {
      ++pos_;
      ++line_;
      return true;
    }
    if (data_[pos_] == '\r' && pos_ + 1 < data_.size() && data_[pos_ + 1] == '\n') {
      pos_ += 2;
      ++line_;
      return true;
    }
    return false;
  }

  [[noreturn]] void fail(uint64_t line, size_t column, const std::vector<std::string>* header,
                         std::string_view message) const {
    if (header == nullptr) throw DataError(fmt::format("{}:{}: header: {}", source_, line, message));
    if (column < header->size())
      throw DataError(fmt::format("{}:{}: field '{}': {}", source_, line, (*header)[column], message));
    throw DataError(fmt::format("{}:{}: column {}: {}", source_, line, column + 1, message));
  }

  std::string_view data_;
  const std::string& source_;
  size_t pos_ = 0;
  uint64_t line_ = 1;
  size_t next_content_ = 0;  // where the last run of line breaks checked ends
};

void unescape_quotes(std::string_view text, std::string& out) {
  out.clear();
  for (size_t i = 0; i < text.size(); ++i) {
    out.push_back(text[i]);
    if (text[i] == '"') ++i;  // the scanner guarantees quotes come in pairs here
  }
}

bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// Which column holds each field; throws naming every missing column.
std::vector<size_t> match_columns(const ir::Entity& entity, const std::vector<std::string>& header,
                                  const std::string& source) {
  std::vector<size_t> column_of_field(entity.fields.size());
  std::vector<std::string_view> missing;
  for (size_t f = 0; f < entity.fields.size(); ++f) {
    const std::string& name = entity.fields[f].name;
    const auto first = std::find(header.begin(), header.end(), name);
    if (first == header.end()) {
      missing.push_back(name);
      continue;
    }
    if (std::find(first + 1, header.end(), name) != header.end())
      throw DataError(fmt::format("{}:1: column '{}' appears more than once in the header", source, name));
    column_of_field[f] = static_cast<size_t>(first - header.begin());
  }
  if (!missing.empty()) {
    std::vector<std::string> quoted_missing;
    for (std::string_view name : missing) quoted_missing.push_back(fmt::format("'{}'", name));
    // The header as read, within reason: a malformed file can have a megabyte of it.
    constexpr size_t kMaxListed = 20;
    std::vector<std::string> has;
    for (size_t i = 0; i < header.size() && i < kMaxListed; ++i) has.push_back(detail::shortened(header[i]));
    if (header.size() > kMaxListed) has.push_back(fmt::format("and {} more", header.size() - kMaxListed));
    throw DataError(fmt::format("{}:1: missing column{} {} for {} (the header has: {})", source,
                                missing.size() == 1 ? "" : "s", fmt::join(quoted_missing, ", "), entity.name,
                                fmt::join(has, ", ")));
  }
  return column_of_field;
}

// An upper bound on the number of records, to size the columns once: line breaks before
// the trailing blank lines, and no more rows than the bytes allow.
size_t estimate_rows(std::string_view data, size_t columns) {
  const size_t content_end = data.find_last_not_of("\r\n");
  if (content_end == std::string_view::npos) return 0;
  const size_t lines = count_newlines(data.substr(0, content_end)) + 1;
  return std::min(lines, data.size() / std::max<size_t>(columns, 1) + 1);
}

}  // namespace

Table read_csv_text(const ir::Program& program, int32_t entity, std::string text, const std::string& name) {
  auto buffer = std::make_shared<const std::string>(std::move(text));
  TableBuilder builder(program, entity, name, buffer, false);
  std::string_view data = *buffer;
  if (data.substr(0, 3) == "\xEF\xBB\xBF") data.remove_prefix(3);
  if (is_blank(data)) throw DataError(fmt::format("{}:1: empty file, expected a header row", name));

  CsvScanner scanner(data, name);
  std::vector<RawField> fields;
  std::string scratch;
  scanner.read_record(fields, nullptr);
  std::vector<std::string> header;
  for (const RawField& field : fields) {
    if (field.doubled_quotes) unescape_quotes(field.text, scratch);
    const std::string_view text_of_field = field.doubled_quotes ? std::string_view(scratch) : field.text;
    if (!is_valid_utf8(text_of_field)) throw DataError(fmt::format("{}:1: the header is not valid UTF-8", name));
    header.emplace_back(detail::trim_spaces(text_of_field));
  }
  const std::vector<size_t> column_of_field = match_columns(builder.entity(), header, name);
  builder.reserve(estimate_rows(data, header.size()));

  while (!scanner.at_end() && !scanner.only_line_breaks_remain()) {
    const uint64_t line = scanner.line();
    scanner.read_record(fields, &header);
    if (fields.size() != header.size())
      throw DataError(fmt::format("{}:{}: expected {} fields, got {}", name, line, header.size(), fields.size()));
    builder.begin_row(line);
    for (size_t f = 0; f < column_of_field.size(); ++f) {
      const RawField& field = fields[column_of_field[f]];
      if (field.doubled_quotes) unescape_quotes(field.text, scratch);
      const std::string_view value = field.doubled_quotes ? std::string_view(scratch) : field.text;
      if (!is_valid_utf8(value)) builder.fail(f, "the value is not valid UTF-8");
      builder.load(f, [&](ColumnLoader& loader) { loader.append_text(value, !field.doubled_quotes); });
    }
    builder.end_row();
  }
  return builder.finish();
}

}  // namespace redline::runtime
