// Result writers (table, csv, json, jsonl) and the one formatting of values they share.
//
// Output is assembled in a string and flushed to the stream in large chunks: a million
// rows through per-value stream insertions would dominate a run.
#include "runtime/writers.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>

#include "runtime/utf8.h"
#include "support/terminal.h"
#include "types/values.h"

namespace redline::runtime {

// The length of the run of printable ASCII without '"' or '\\' at the start of `s`, eight bytes
// at a time (a json report escapes the strings of a million changes, most of them plain). A
// word with a byte that may need care is finished byte by byte: the word tests never miss one.
static size_t plain_run(const char* s, size_t n) {
  constexpr uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  auto has_zero = [](uint64_t x) { return (x - ones) & ~x & highs; };
  auto needs_care = [&](uint64_t w) {
    const uint64_t below_space = (w - ones * 0x20) & ~w & highs;  // a byte < 0x20 (given no top bit)
    return ((w & highs) | below_space | has_zero(w ^ (ones * '"')) | has_zero(w ^ (ones * '\\'))) != 0;
  };
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, s + i, 8);
    if (needs_care(w)) break;
  }
  // The last few bytes as one word padded with spaces: most strings are short (keys, names,
  // values), and their tails byte by byte were most of the time spent here.
  if (i < n && n - i < 8) {
    uint64_t w = ones * ' ';
    std::memcpy(&w, s + i, n - i);
    if (!needs_care(w)) return n;
  }
  for (; i < n; ++i) {
    const unsigned char p = static_cast<unsigned char>(s[i]);
    if (p < 0x20 || p >= 0x80 || p == '"' || p == '\\') break;
  }
  return i;
}

void append_json_string(std::string& out, std::string_view s) {
  out.push_back('"');
  for (size_t i = 0; i < s.size();) {
    // A run of printable ASCII that needs no escape goes in one append: most strings are that.
    const size_t plain = i + plain_run(s.data() + i, s.size() - i);
    if (plain > i) {
      out.append(s.data() + i, plain - i);
      i = plain;
      continue;
    }
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      const size_t length = utf8_sequence_length(s, i);
      if (length == 0) {
        out += "\xEF\xBF\xBD";  // U+FFFD: invalid bytes must not make the output invalid JSON
        ++i;
      } else {
        out.append(s.substr(i, length));
        i += length;
      }
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20)
          out += fmt::format("\\u{:04x}", c);
        else
          out.push_back(static_cast<char>(c));
    }
    ++i;
  }
  out.push_back('"');
}

namespace {

bool has_value(const Column& column, size_t row) {
  if (row >= column.size()) return false;
  return column.present.empty() || (row < column.present.size() && column.present[row] != 0);
}

// The referenced row's key, when it can be known: from the tables, or from the keys a
// loaded reference column was read with.
const Table* referenced_table(const ir::Program& program, Type type, const std::vector<Table>* tables) {
  if (tables == nullptr || type.index < 0 || static_cast<size_t>(type.index) >= program.entities.size()) return nullptr;
  const size_t index = static_cast<size_t>(type.index);
  if (index < tables->size() && (*tables)[index].entity == type.index) return &(*tables)[index];
  return nullptr;
}

void append_int(std::string& out, int64_t value) {
  char digits[24];
  const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value);
  out.append(digits, ec == std::errc() ? static_cast<size_t>(end - digits) : 0);
}


}  // namespace

void append_csv_field(std::string& out, std::string_view field) {
  // One pass with a byte test: find_first_of with a set of four searched the field four ways.
  bool plain = true;
  for (char c : field) plain &= c != ',' && c != '"' && c != '\r' && c != '\n';
  if (plain) {
    out.append(field);
    return;
  }
  out.push_back('"');
  for (char c : field) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

bool csv_formula_guard_needed(std::string_view field) {
  if (field.empty()) return false;
  const char first = field[0];
  if (first != '=' && first != '+' && first != '-' && first != '@' && first != '\t' && first != '\r') return false;
  // A lone - or + (a placeholder) can hold no formula, and a ' would show in the spreadsheet.
  if (field.size() == 1 && (first == '-' || first == '+')) return false;
  // A plain number ("-5", "+3.25", "-.5") is read as that number: it stays as it is.
  size_t i = first == '+' || first == '-' ? 1 : 0;
  size_t digits = 0;
  while (i < field.size() && field[i] >= '0' && field[i] <= '9') ++i, ++digits;
  if (i < field.size() && field[i] == '.') {
    ++i;
    while (i < field.size() && field[i] >= '0' && field[i] <= '9') ++i, ++digits;
  }
  return digits == 0 || i != field.size();
}

void append_csv_text(std::string& out, std::string_view field, bool formula_guard) {
  if (formula_guard && csv_formula_guard_needed(field)) {
    std::string guarded;
    guarded.reserve(field.size() + 1);
    guarded.push_back('\'');
    guarded.append(field);
    append_csv_field(out, guarded);
    return;
  }
  append_csv_field(out, field);
}

namespace {

// Formats values for one write; `tables` may be null (see format_value in writers.h).
// Values are appended to a caller's string, so that writing a million rows allocates
// nothing per value.
class ValueFormatter {
 public:
  ValueFormatter(const ir::Program& program, const std::vector<Table>* tables) : program_(program), tables_(tables) {}

  void append_text(std::string& out, const Column& column, size_t row) const {
    if (!has_value(column, row)) return;
    switch (column.type.kind) {
      case TypeKind::Text: out.append(column.texts[row]); return;
      case TypeKind::Entity: append_reference(out, column, row, false); return;
      default: append_scalar(out, column.type, column.values[row]); return;
    }
  }

  void append_json(std::string& out, const Column& column, size_t row) const {
    if (!has_value(column, row)) {
      out += "null";
      return;
    }
    switch (column.type.kind) {
      case TypeKind::Int:
      case TypeKind::Decimal:
      case TypeKind::Money:  // a JSON number with its two places: 12.50
      case TypeKind::Bool:
        append_scalar(out, column.type, column.values[row]);
        return;
      case TypeKind::Text:
        append_json_string(out, column.texts[row]);
        return;
      case TypeKind::Set: {
        out.push_back('[');
        bool first = true;
        for_each_member(column.type, static_cast<uint64_t>(column.values[row]), [&](const std::string& name) {
          if (!first) out.push_back(',');
          first = false;
          append_json_string(out, name);
        });
        out.push_back(']');
        return;
      }
      case TypeKind::Entity:
        append_reference(out, column, row, true);
        return;
      default: {
        std::string text;
        append_scalar(text, column.type, column.values[row]);
        append_json_string(out, text);
        return;
      }
    }
  }

  void append_scalar(std::string& out, Type type, int64_t value) const {
    switch (type.kind) {
      case TypeKind::Bool: out += value != 0 ? "true" : "false"; return;
      case TypeKind::Int: append_int(out, value); return;
      case TypeKind::Decimal: out += format_decimal(value); return;
      case TypeKind::Money: out += format_money(value); return;
      case TypeKind::Date: out += format_date(value); return;
      case TypeKind::Enum: {
        const ir::Enum* e = enum_of(type);
        if (e != nullptr && value >= 0 && static_cast<size_t>(value) < e->members.size())
          out += e->members[static_cast<size_t>(value)];
        else
          append_int(out, value);
        return;
      }
      case TypeKind::Set: {
        bool first = true;
        for_each_member(type, static_cast<uint64_t>(value), [&](const std::string& name) {
          if (!first) out.push_back(';');
          first = false;
          out += name;
        });
        return;
      }
      case TypeKind::Entity: append_int(out, value); return;  // a row index: the key needs the tables
      case TypeKind::Text:
      case TypeKind::EmptySet: return;
      case TypeKind::Error: break;
    }
    append_int(out, value);
  }

 private:
  // The referenced row's key from the tables; else the key the column was read with; else
  // the row index. Int keys and row indices are JSON numbers, text keys JSON strings.
  void append_reference(std::string& out, const Column& column, size_t row, bool json) const {
    const int64_t target_row = row < column.values.size() ? column.values[row] : -1;  // -1: not resolved
    const Table* target = referenced_table(program_, column.type, tables_);
    if (target != nullptr && target_row >= 0 && static_cast<size_t>(target_row) < target->rows) {
      const ir::Entity& entity = program_.entities[static_cast<size_t>(column.type.index)];
      const Column& keys = target->key_column(entity);
      const size_t key_row = static_cast<size_t>(target_row);
      if (keys.type.kind == TypeKind::Text && key_row < keys.texts.size()) {
        append_key_text(out, keys.texts[key_row], json);
        return;
      }
      if (keys.type.kind == TypeKind::Int && key_row < keys.values.size()) {
        append_int(out, keys.values[key_row]);
        return;
      }
    }
    if (row < column.texts.size()) {
      append_key_text(out, column.texts[row], json);
      return;
    }
    append_int(out, target_row);
  }

  static void append_key_text(std::string& out, std::string_view key, bool json) {
    if (json)
      append_json_string(out, key);
    else
      out.append(key);
  }

  const ir::Enum* enum_of(Type type) const {
    if (type.index < 0 || static_cast<size_t>(type.index) >= program_.enums.size()) return nullptr;
    return &program_.enums[static_cast<size_t>(type.index)];
  }

  template <typename Visit>
  void for_each_member(Type type, uint64_t members, Visit&& visit) const {
    const ir::Enum* e = enum_of(type);
    if (e == nullptr) return;
    const size_t count = std::min(e->members.size(), static_cast<size_t>(kMaxEnumMembers));
    for (size_t i = 0; i < count; ++i)
      if ((members >> i) & 1) visit(e->members[i]);
  }

  const ir::Program& program_;
  const std::vector<Table>* tables_;
};

bool is_right_aligned(const Column* column) {
  return column != nullptr && column->type.is_numeric();
}

class ResultWriter {
 public:
  ResultWriter(std::ostream& out, const ValueFormatter& format, const std::string& key_name, const Column& keys,
               const std::vector<NamedColumn>& columns, size_t rows, const WriteOptions& options)
      : out_(out), format_(format), rows_(rows), options_(options) {
    names_.push_back(key_name);
    columns_.push_back(&keys);
    for (const NamedColumn& named : columns) {
      names_.push_back(named.name);
      columns_.push_back(named.column);
    }
  }

  void write(OutputFormat format) {
    switch (format) {
      case OutputFormat::Table: write_table(); break;
      case OutputFormat::Csv: write_csv(); break;
      case OutputFormat::Json: write_json(); break;
      case OutputFormat::Jsonl: write_jsonl(); break;
    }
    flush();
  }

 private:
  // The cell's text in cell_, reused from cell to cell.
  std::string_view cell(size_t column, size_t row) {
    cell_.clear();
    if (columns_[column] != nullptr) format_.append_text(cell_, *columns_[column], row);
    return cell_;
  }

  void write_csv() {
    for (size_t c = 0; c < names_.size(); ++c) {
      if (c > 0) buffer_.push_back(',');
      append_csv_field(buffer_, names_[c]);
    }
    buffer_.push_back('\n');
    // Only text can start like a formula: numbers, dates, enum members and sets never do.
    std::vector<char> guarded(columns_.size());
    for (size_t c = 0; c < columns_.size(); ++c)
      guarded[c] = options_.csv_safe && columns_[c] != nullptr &&
                   (columns_[c]->type.kind == TypeKind::Text || columns_[c]->type.kind == TypeKind::Entity);
    for (size_t row = 0; row < rows_; ++row) {
      for (size_t c = 0; c < columns_.size(); ++c) {
        if (c > 0) buffer_.push_back(',');
        append_csv_text(buffer_, cell(c, row), guarded[c] != 0);
      }
      buffer_.push_back('\n');
      flush_if_large();
    }
  }

  void append_object(size_t row) {
    buffer_.push_back('{');
    for (size_t c = 0; c < columns_.size(); ++c) {
      if (c > 0) buffer_.push_back(',');
      append_json_string(buffer_, names_[c]);
      buffer_.push_back(':');
      if (columns_[c] == nullptr)
        buffer_ += "null";
      else
        format_.append_json(buffer_, *columns_[c], row);
    }
    buffer_.push_back('}');
  }

  void write_json() {
    if (rows_ == 0) {
      buffer_ += "[]\n";
      return;
    }
    buffer_ += "[\n";
    for (size_t row = 0; row < rows_; ++row) {
      append_object(row);
      buffer_ += row + 1 < rows_ ? ",\n" : "\n";
      flush_if_large();
    }
    buffer_ += "]\n";
  }

  void write_jsonl() {
    std::string entity;
    if (!options_.jsonl_entity.empty()) {
      entity = "{\"entity\":";
      append_json_string(entity, options_.jsonl_entity);
    }
    for (size_t row = 0; row < rows_; ++row) {
      const size_t start = buffer_.size();
      append_object(row);
      // '{"entity":"E",' in place of the object's '{' ('{"entity":"E"}' for one with no member).
      if (!entity.empty()) buffer_.replace(start, 1, entity + (buffer_.size() - start > 2 ? "," : ""));
      buffer_.push_back('\n');
      flush_if_large();
    }
  }

  // The cell as the table shows it (escaped for the terminal), in shown_.
  std::string_view table_cell(std::string_view text) {
    shown_.clear();
    support::append_escaped_for_terminal(shown_, text);
    return shown_;
  }

  // Two passes, measuring then writing, so that a large result is never held as cells.
  void write_table() {
    std::vector<size_t> widths(names_.size());
    for (size_t c = 0; c < names_.size(); ++c) widths[c] = support::display_width(table_cell(names_[c]));
    for (size_t row = 0; row < rows_; ++row)
      for (size_t c = 0; c < columns_.size(); ++c)
        widths[c] = std::max(widths[c], support::display_width(table_cell(cell(c, row))));

    const auto append_line = [&](auto&& text_of) {
      for (size_t c = 0; c < names_.size(); ++c) {
        if (c > 0) buffer_ += "  ";
        const std::string_view text = table_cell(text_of(c));
        const size_t padding = widths[c] - support::display_width(text);
        if (is_right_aligned(columns_[c])) buffer_.append(padding, ' ');
        buffer_ += text;
        if (!is_right_aligned(columns_[c])) buffer_.append(padding, ' ');
      }
      while (!buffer_.empty() && buffer_.back() == ' ') buffer_.pop_back();  // no trailing blanks
      buffer_.push_back('\n');
    };
    append_line([&](size_t c) { return std::string_view(names_[c]); });
    const std::string dashes(*std::max_element(widths.begin(), widths.end()), '-');
    append_line([&](size_t c) { return std::string_view(dashes).substr(0, widths[c]); });
    for (size_t row = 0; row < rows_; ++row) {
      append_line([&](size_t c) { return cell(c, row); });
      flush_if_large();
    }
  }

  void flush_if_large() {
    if (buffer_.size() >= (1 << 16)) flush();
  }
  void flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }

  std::ostream& out_;
  const ValueFormatter& format_;
  size_t rows_;
  WriteOptions options_;
  std::vector<std::string> names_;
  std::vector<const Column*> columns_;
  std::string buffer_;
  std::string cell_;
  std::string shown_;
};

}  // namespace

bool parse_output_format(std::string_view name, OutputFormat& out) {
  if (name == "table") out = OutputFormat::Table;
  else if (name == "csv") out = OutputFormat::Csv;
  else if (name == "json") out = OutputFormat::Json;
  else if (name == "jsonl") out = OutputFormat::Jsonl;
  else return false;
  return true;
}

void write_results(std::ostream& out, OutputFormat format, const ir::Program& program, const std::string& key_name,
                   const Column& keys, const std::vector<NamedColumn>& columns, size_t rows,
                   const WriteOptions& options) {
  const ValueFormatter formatter(program, nullptr);
  ResultWriter(out, formatter, key_name, keys, columns, rows, options).write(format);
}

void write_results(std::ostream& out, OutputFormat format, const ir::Program& program,
                   const std::vector<Table>& tables, const std::string& key_name, const Column& keys,
                   const std::vector<NamedColumn>& columns, size_t rows, const WriteOptions& options) {
  const ValueFormatter formatter(program, &tables);
  ResultWriter(out, formatter, key_name, keys, columns, rows, options).write(format);
}

std::string format_value(const ir::Program& program, const Column& column, size_t row) {
  std::string text;
  ValueFormatter(program, nullptr).append_text(text, column, row);
  return text;
}

std::string format_value(const ir::Program& program, const Column& column, size_t row,
                         const std::vector<Table>& tables) {
  std::string text;
  ValueFormatter(program, &tables).append_text(text, column, row);
  return text;
}

std::string format_scalar(const ir::Program& program, Type type, int64_t value) {
  std::string text;
  ValueFormatter(program, nullptr).append_scalar(text, type, value);
  return text;
}

void append_csv_value(std::string& out, const ir::Program& program, const std::vector<Table>* tables,
                      const Column& column, size_t row, bool formula_guard) {
  switch (column.type.kind) {
    case TypeKind::Int:
    case TypeKind::Decimal:
    case TypeKind::Money:
    case TypeKind::Bool:
    case TypeKind::Date:
    case TypeKind::Enum:  // members are identifiers
      ValueFormatter(program, tables).append_text(out, column, row);
      return;
    default: {
      std::string text;
      ValueFormatter(program, tables).append_text(text, column, row);
      append_csv_text(out, text, formula_guard);
      return;
    }
  }
}

std::string csv_escape(std::string_view field) {
  std::string out;
  append_csv_field(out, field);
  return out;
}

std::string json_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  append_json_string(out, s);
  return out;
}

}  // namespace redline::runtime
