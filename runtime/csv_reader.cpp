// The CSV reader: RFC 4180 (quoted fields, "" escapes, line breaks inside quotes, LF or
// CR LF line ends), a header row naming the columns, and an optional UTF-8 byte order mark.
//
// The file's bytes (FileBytes) stay with the Table; a field is a view into them unless it
// holds "" escapes, so a million rows cost no allocation per value.
//
// A large file is cut into segments at record boundaries and the segments are parsed on
// threads of their own, then concatenated. A line feed ends a record exactly when the number
// of '"' before it is even: a quote opens or closes a quoted field, and "" escapes come in
// pairs. That holds for any file the sequential parser accepts up to that point; a quote in
// any other place is an error that the segment holding it reports, and the first error in
// file order is the one thrown, so the result and every message are the sequential ones.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <exception>
#include <memory>
#include <thread>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// How many bytes of `text` equal `c`, sixteen at a time: one byte counter per lane, emptied
// before it can wrap. (std::count widens every lane to 64 bits and was several times slower;
// a memchr call per line slower still.)
size_t count_byte(std::string_view text, char c) {
  using Bytes = unsigned char __attribute__((vector_size(16)));
  const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
  size_t n = text.size();
  size_t total = 0;
  Bytes target = {};
  target += static_cast<unsigned char>(c);  // broadcast
  while (n >= 16) {
    Bytes counts{};
    for (size_t round = 0; round < 255 && n >= 16; ++round, p += 16, n -= 16) {
      Bytes chunk;
      std::memcpy(&chunk, p, 16);
      counts -= reinterpret_cast<Bytes>(chunk == target);  // a match is all ones, so -1
    }
    for (int lane = 0; lane < 16; ++lane) total += counts[lane];
  }
  for (; n > 0; --n, ++p) total += *p == static_cast<unsigned char>(c) ? 1 : 0;
  return total;
}

size_t count_newlines(std::string_view text) { return count_byte(text, '\n'); }

// Whether every byte is below 0x80: then no field of it needs a UTF-8 check. A plain loop
// the compiler vectorizes.
bool is_ascii(std::string_view text) {
  unsigned char any = 0;
  for (const char c : text) any |= static_cast<unsigned char>(c);
  return any < 0x80;
}

class CsvScanner {
 public:
  // Reads `data` from `pos`, which starts a record on line `line`.
  CsvScanner(std::string_view data, const std::string& source, size_t pos = 0, uint64_t line = 1)
      : data_(data), source_(source), pos_(pos), line_(line), next_content_(pos) {}

  bool at_end() const { return pos_ >= data_.size(); }
  uint64_t line() const { return line_; }
  size_t position() const { return pos_; }

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
        pos_ = end_of_unquoted(pos_);
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
  // The first byte at or after `pos` that ends an unquoted field (or the data's end). Sixteen
  // bytes at a time with SSE2 (every x86-64 has it), which settles most fields in one step;
  // else eight at a time in a word. The byte loop was the scanner's hot spot.
  size_t end_of_unquoted(size_t pos) const {
#if defined(__SSE2__)
    const __m128i comma = _mm_set1_epi8(','), line_feed = _mm_set1_epi8('\n'), carriage_return = _mm_set1_epi8('\r'),
                  quote = _mm_set1_epi8('"');
    while (pos + 16 <= data_.size()) {
      const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data_.data() + pos));
      const __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, comma), _mm_cmpeq_epi8(bytes, line_feed)),
                                        _mm_or_si128(_mm_cmpeq_epi8(bytes, carriage_return), _mm_cmpeq_epi8(bytes, quote)));
      const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(hits));
      if (mask != 0) return pos + static_cast<size_t>(std::countr_zero(mask));
      pos += 16;
    }
#endif
    static_assert(std::endian::native == std::endian::little, "the first byte of a word is its lowest");
    constexpr uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
    // Bytes of `x` equal to 0 get their high bit set; exact for the lowest such byte, which
    // is the only one used.
    const auto zero_bytes = [](uint64_t x) { return (x - kOnes) & ~x & kHighs; };
    while (pos + 8 <= data_.size()) {
      uint64_t word;
      std::memcpy(&word, data_.data() + pos, 8);
      const uint64_t hits = zero_bytes(word ^ (kOnes * ',')) | zero_bytes(word ^ (kOnes * '\n')) |
                            zero_bytes(word ^ (kOnes * '\r')) | zero_bytes(word ^ (kOnes * '"'));
      if (hits != 0) return pos + static_cast<size_t>(__builtin_ctzll(hits)) / 8;
      pos += 8;
    }
    while (pos < data_.size() && !kEndsUnquotedField[static_cast<unsigned char>(data_[pos])]) ++pos;
    return pos;
  }

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
    DataFault fault = data_fault(source_, line, std::string(message));
    if (header == nullptr) fault.header = true;
    else if (column < header->size()) fault.field = detail::shortened((*header)[column]);
    else fault.position = column + 1;
    throw DataError(std::move(fault));
  }

  std::string_view data_;
  const std::string& source_;
  size_t pos_;
  uint64_t line_;
  size_t next_content_;  // where the last run of line breaks checked ends
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
    if (std::find(first + 1, header.end(), name) != header.end()) {
      DataFault fault = data_fault(source, 1, fmt::format("column '{}' appears more than once in the header", name));
      fault.entity = entity.name;
      throw DataError(std::move(fault));
    }
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
    DataFault fault = data_fault(source, 1,
                                 fmt::format("missing column{} {} for {} (the header has: {})",
                                             missing.size() == 1 ? "" : "s", fmt::join(quoted_missing, ", "),
                                             entity.name, fmt::join(has, ", ")));
    fault.entity = entity.name;
    throw DataError(std::move(fault));
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

// A run of whole records: [begin, end) of the data, the first on `line`.
struct Segment {
  size_t begin = 0;
  size_t end = 0;
  uint64_t line = 1;
};

// Cuts the records from `begin` (which starts a record, on `line`) into one segment per
// thread when each gets at least `segment_bytes`, else returns one segment.
std::vector<Segment> split_records(std::string_view data, size_t begin, uint64_t line, const ReadOptions& options) {
  const size_t bytes = data.size() - begin;
  const size_t threads = options.threads != 0 ? options.threads : std::max(1U, std::thread::hardware_concurrency());
  const size_t count = std::min(threads, bytes / std::max<size_t>(options.segment_bytes, 1));
  std::vector<Segment> segments{{begin, data.size(), line}};
  size_t at = begin;
  size_t quotes = 0;  // '"' bytes in [begin, at): even where a record may start
  for (size_t i = 1; i < count; ++i) {
    const size_t target = begin + bytes / count * i;
    if (target <= at) continue;  // the last cut went past this one
    // Counting is one vectorized pass; the walk to the next line feed outside quotes is
    // usually one line.
    quotes += count_byte(data.substr(at, target - at), '"');
    line += count_newlines(data.substr(at, target - at));
    at = target;
    bool found = false;
    while (at < data.size() && !found) {
      const char c = data[at++];
      if (c == '"') ++quotes;
      if (c == '\n') {
        ++line;
        found = quotes % 2 == 0;
      }
    }
    if (!found || at == data.size()) break;  // no record starts after the cut
    segments.back().end = at;
    segments.push_back({at, data.size(), line});
  }
  return segments;
}

// Where the parse of each record puts its fields.
struct Layout {
  const std::vector<std::string>& header;
  const std::vector<size_t>& column_of_field;  // the column of each entity field
};

// Parses the records that start before `end` into `builder`, stopping early at the end of
// the data or where only line breaks remain. Values in [ascii_begin, ascii_end) are known
// to be ASCII, so valid UTF-8.
void parse_records(CsvScanner& scanner, size_t end, TableBuilder& builder, const Layout& layout,
                   const char* ascii_begin, const char* ascii_end) {
  const std::string& name = builder.source();
  const std::vector<std::string>& header = layout.header;
  const std::vector<size_t>& column_of_field = layout.column_of_field;
  std::vector<RawField> fields;
  std::string scratch;
  while (scanner.position() < end && !scanner.at_end() && !scanner.only_line_breaks_remain()) {
    const uint64_t line = scanner.line();
    scanner.read_record(fields, &header);
    if (fields.size() != header.size())
      throw DataError(data_fault(name, line, fmt::format("expected {} fields, got {}", header.size(), fields.size())));
    builder.begin_row(line);
    for (size_t f = 0; f < column_of_field.size(); ++f) {
      const RawField& field = fields[column_of_field[f]];
      if (field.doubled_quotes) unescape_quotes(field.text, scratch);
      const std::string_view value = field.doubled_quotes ? std::string_view(scratch) : field.text;
      const bool ascii = field.text.data() >= ascii_begin && field.text.data() + field.text.size() <= ascii_end;
      if (!ascii && !is_valid_utf8(value)) builder.fail(f, "the value is not valid UTF-8");
      builder.load(f, [&](ColumnLoader& loader) { loader.append_text(value, !field.doubled_quotes); });
    }
    builder.end_row();
  }
}

}  // namespace

Table read_csv_text(const ir::Program& program, int32_t entity, std::string text, const std::string& name,
                    const ReadOptions& options) {
  return read_csv_bytes(program, entity, std::make_shared<const FileBytes>(std::move(text)), name, options);
}

Table read_csv_bytes(const ir::Program& program, int32_t entity, std::shared_ptr<const FileBytes> buffer,
                     const std::string& name, const ReadOptions& options) {
  TableBuilder builder(program, entity, name, buffer, false, options.fields);
  if (options.database_rows) builder.rows_of_database();
  std::string_view data = buffer->view();
  if (data.substr(0, 3) == "\xEF\xBB\xBF") data.remove_prefix(3);
  if (is_blank(data)) throw DataError(data_fault(name, 1, "empty file, expected a header row"));

  CsvScanner scanner(data, name);
  std::vector<RawField> fields;
  std::string scratch;
  scanner.read_record(fields, nullptr);
  std::vector<std::string> header;
  for (const RawField& field : fields) {
    if (field.doubled_quotes) unescape_quotes(field.text, scratch);
    const std::string_view text_of_field = field.doubled_quotes ? std::string_view(scratch) : field.text;
    if (!is_valid_utf8(text_of_field)) throw DataError(data_fault(name, 1, "the header is not valid UTF-8"));
    header.emplace_back(detail::trim_spaces(text_of_field));
  }
  const std::vector<size_t> column_of_field = match_columns(builder.entity(), header, name);
  const Layout layout{header, column_of_field};

  const std::vector<Segment> segments = split_records(data, scanner.position(), scanner.line(), options);
  if (segments.size() == 1) {
    builder.reserve(estimate_rows(data, header.size()));
    const std::string_view body = data.substr(scanner.position());
    const bool ascii = is_ascii(body);
    parse_records(scanner, data.size(), builder, layout, ascii ? body.data() : nullptr,
                  ascii ? body.data() + body.size() : nullptr);
    return builder.finish();
  }

  // One builder per segment, the first being `builder`; segment i runs on thread i (the
  // first on this one). Every builder writes into the one table, sized here, unset, with room
  // for each segment's records: at most one per line feed in it, plus one that has none (the
  // file's last, or one running past a cut that was no record boundary, which the fallback
  // below parses again). Segment i's rows start after the room of those before it, so no
  // segment writes another's rows. (Sized on this thread for the allocator's sake, too: memory
  // a thread allocates comes from that thread's arena, and only this one's is reused by the
  // evaluation that follows.)
  const size_t count = segments.size();
  std::vector<size_t> first_row(count);
  size_t room = 0;
  for (size_t i = 0; i < count; ++i) {
    first_row[i] = room;
    const Segment& segment = segments[i];
    room += i + 1 < count ? segments[i + 1].line - segment.line + 1
                          : estimate_rows(data.substr(segment.begin, segment.end - segment.begin), header.size());
  }
  builder.prepare(room);
  std::vector<std::unique_ptr<TableBuilder>> more;
  for (size_t i = 1; i < count; ++i) more.push_back(std::make_unique<TableBuilder>(builder, first_row[i]));
  struct Outcome {
    std::exception_ptr error;
    size_t stop = 0;      // where the parse stopped
    uint64_t line = 0;    // the line there
    bool ended = false;   // at the end of the data, or with only line breaks left
  };
  std::vector<Outcome> outcomes(count);
  const auto parse_segment = [&](size_t i) {
    const Segment& segment = segments[i];
    TableBuilder& into = i == 0 ? builder : *more[i - 1];
    try {
      const std::string_view bytes = data.substr(segment.begin, segment.end - segment.begin);
      const bool ascii = is_ascii(bytes);
      CsvScanner segment_scanner(data, name, segment.begin, segment.line);
      CsvScanner& reader = i == 0 ? scanner : segment_scanner;
      parse_records(reader, segment.end, into, layout, ascii ? bytes.data() : nullptr,
                    ascii ? bytes.data() + bytes.size() : nullptr);
      outcomes[i].stop = reader.position();
      outcomes[i].line = reader.line();
      outcomes[i].ended = reader.at_end() || reader.only_line_breaks_remain();
    } catch (...) {
      outcomes[i].error = std::current_exception();
    }
  };
  {
    std::vector<std::thread> threads;
    for (size_t i = 1; i < count; ++i) threads.emplace_back(parse_segment, i);
    parse_segment(0);
    for (std::thread& thread : threads) thread.join();
  }

  for (size_t i = 0; i < count; ++i) {
    const Outcome& outcome = outcomes[i];
    // Segments before this one parsed cleanly, so its error is the first in the file.
    if (outcome.error) std::rethrow_exception(outcome.error);
    if (i > 0) builder.join(*more[i - 1]);
    if (outcome.ended) break;  // the later segments hold line breaks only
    if (outcome.stop != segments[i].end) {
      // A record ran past the cut, so the cut was no record boundary (the parity argument
      // says this cannot happen without an error first; this keeps the result right if it
      // ever does): the rest of the file is parsed here, in order.
      CsvScanner rest(data, name, outcome.stop, outcome.line);
      parse_records(rest, data.size(), builder, layout, nullptr, nullptr);
      break;
    }
  }
  return builder.finish();
}

}  // namespace redline::runtime
