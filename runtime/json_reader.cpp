// The JSON reader: an array of flat objects, or JSON Lines (one object per line).
//
// This is a small purpose-built parser rather than nlohmann::json for three reasons: numbers
// reach the field decoders as their original text, so a decimal such as 0.1 is read exactly
// instead of through a double; every record knows the line it starts on, for messages; and
// unescaped strings stay views into the file's buffer, as in the CSV reader. It validates
// the whole of RFC 8259 (strings, escapes, surrogate pairs, UTF-8, number syntax), including
// values of keys the entity does not have, which are skipped without recursion so that deep
// nesting cannot exhaust the stack.
#include <fmt/format.h>

#include <algorithm>
#include <cstring>

#include "runtime/field_decoder.h"
#include "runtime/readers.h"
#include "runtime/utf8.h"

namespace redline::runtime {

namespace {

using detail::ColumnLoader;
using detail::TableBuilder;

constexpr int kEnd = -1;

bool is_digit(int c) { return c >= '0' && c <= '9'; }

bool is_integer_lexeme(std::string_view number) { return number.find_first_of(".eE") == std::string_view::npos; }

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

class JsonReader {
 public:
  JsonReader(TableBuilder& builder, std::string_view data)
      : builder_(builder), begin_(data.data()), p_(data.data()), end_(data.data() + data.size()),
        counted_to_(data.data()), seen_(builder.field_count()) {}

  bool only_whitespace_remains() {
    skip_whitespace();
    return p_ == end_;
  }
  int first_character() {
    skip_whitespace();
    return peek();
  }

  void read_array() {
    skip_whitespace();
    if (peek() != '[') syntax_error(p_, fmt::format("expected a JSON array of objects, found {}", describe_next()));
    ++p_;
    skip_whitespace();
    if (peek() == ']') {
      ++p_;
    } else {
      for (;;) {
        read_record();
        skip_whitespace();
        if (peek() == ',') {
          ++p_;
          skip_whitespace();
          continue;
        }
        if (peek() == ']') {
          ++p_;
          break;
        }
        syntax_error(p_, fmt::format("expected ',' or ']' after a record, found {}", describe_next()));
      }
    }
    skip_whitespace();
    if (p_ != end_) syntax_error(p_, fmt::format("unexpected {} after the array", describe_next()));
  }

  void read_lines() {
    for (;;) {
      skip_whitespace();
      if (p_ == end_) return;
      read_record();
      while (p_ < end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\r')) ++p_;
      if (p_ < end_ && *p_ != '\n')
        syntax_error(p_, fmt::format("expected a line break after the record, found {} (JSON Lines holds one "
                                     "object per line)",
                                     describe_next()));
    }
  }

 private:
  // --- records -------------------------------------------------------------------------

  void read_record() {
    const uint64_t line = line_at(p_);
    const size_t record = builder_.begin_row(line) + 1;
    if (peek() != '{') {
      DataFault fault = data_fault(builder_.source(), line, fmt::format("expected an object, found {}", describe_next()));
      fault.record = record;
      throw DataError(std::move(fault));
    }
    ++p_;
    std::fill(seen_.begin(), seen_.end(), 0);
    skip_whitespace();
    if (peek() == '}') {
      ++p_;
    } else {
      for (;;) {
        if (peek() != '"') syntax_error(p_, fmt::format("expected a field name in double quotes, found {}", describe_next()));
        bool stable = false;
        const size_t field = find_field(parse_string(stable));
        skip_whitespace();
        if (peek() != ':') syntax_error(p_, fmt::format("expected ':' after the field name, found {}", describe_next()));
        ++p_;
        skip_whitespace();
        if (field == kNoField) {
          skip_value();
        } else {
          if (seen_[field] != 0) builder_.fail(field, "the field appears twice in the record");
          seen_[field] = 1;
          read_field(field);
        }
        skip_whitespace();
        if (peek() == ',') {
          ++p_;
          skip_whitespace();
          continue;
        }
        if (peek() == '}') {
          ++p_;
          break;
        }
        syntax_error(p_, fmt::format("expected ',' or '}}' after a value, found {}", describe_next()));
      }
    }
    for (size_t field = 0; field < seen_.size(); ++field)
      if (seen_[field] == 0) builder_.load(field, [](ColumnLoader& loader) { loader.append_missing(); });
    builder_.end_row();
  }

  static constexpr size_t kNoField = SIZE_MAX;

  size_t find_field(std::string_view name) {
    // Records usually list their keys in the same order, so the field after the last one
    // found is tried first.
    const std::vector<ir::Field>& fields = builder_.entity().fields;
    const size_t guess = last_field_ + 1 < fields.size() ? last_field_ + 1 : 0;
    if (!fields.empty() && fields[guess].name == name) return last_field_ = guess;
    for (size_t i = 0; i < fields.size(); ++i)
      if (fields[i].name == name) return last_field_ = i;
    return kNoField;
  }

  void read_field(size_t field) {
    const ir::Field& schema = builder_.entity().fields[field];
    const TypeKind kind = schema.type.kind;
    const int c = peek();
    if (c == '"') {
      bool stable = false;
      const std::string_view text = parse_string(stable);
      builder_.load(field, [&](ColumnLoader& loader) { loader.append_text(text, stable); });
    } else if (c == '-' || is_digit(c)) {
      const std::string_view number = parse_number();
      const bool accepted = kind == TypeKind::Int || kind == TypeKind::Decimal || kind == TypeKind::Money ||
                            (kind == TypeKind::Entity && is_integer_lexeme(number));
      if (!accepted) type_error(field, fmt::format("the number {}", detail::shortened(number)));
      builder_.load(field, [&](ColumnLoader& loader) { loader.append_text(number, true); });
    } else if (c == 't' || c == 'f') {
      const bool value = c == 't';
      expect_literal(value ? "true" : "false");
      if (kind != TypeKind::Bool) type_error(field, value ? "true" : "false");
      builder_.load(field, [&](ColumnLoader& loader) { loader.append_value(value ? 1 : 0); });
    } else if (c == 'n') {
      expect_literal("null");
      builder_.load(field, [](ColumnLoader& loader) { loader.append_missing(); });
    } else if (c == '[') {
      if (kind != TypeKind::Set) type_error(field, "an array");
      read_set(field);
    } else if (c == '{') {
      type_error(field, "an object");
    } else {
      syntax_error(p_, fmt::format("expected a value, found {}", describe_next()));
    }
  }

  void read_set(size_t field) {
    ++p_;
    skip_whitespace();
    uint64_t members = 0;
    if (peek() == ']') {
      ++p_;
    } else {
      for (;;) {
        if (peek() != '"') {
          const std::string found = describe_next();
          const Type members_type = Type::enumeration(builder_.entity().fields[field].type.index);
          builder_.fail(field, fmt::format("expected {} members as strings, found {}",
                                           builder_.program().type_name(members_type), found));
        }
        bool stable = false;
        const std::string_view member = parse_string(stable);
        builder_.load(field, [&](ColumnLoader& loader) { members |= uint64_t{1} << loader.member_ordinal(member); });
        skip_whitespace();
        if (peek() == ',') {
          ++p_;
          skip_whitespace();
          continue;
        }
        if (peek() == ']') {
          ++p_;
          break;
        }
        syntax_error(p_, fmt::format("expected ',' or ']' in an array, found {}", describe_next()));
      }
    }
    builder_.load(field, [&](ColumnLoader& loader) { loader.append_value(static_cast<int64_t>(members)); });
  }

  [[noreturn]] void type_error(size_t field, std::string_view found) {
    builder_.fail(field, fmt::format("expected {}, got {}", expected_value(builder_.entity().fields[field]), found));
  }

  std::string expected_value(const ir::Field& field) const {
    const ir::Program& program = builder_.program();
    switch (field.type.kind) {
      case TypeKind::Int: return "an integer";
      case TypeKind::Decimal: return "a decimal number";
      case TypeKind::Money: return "an amount of money (a number with at most 2 decimal places)";
      case TypeKind::Bool: return "true or false";
      case TypeKind::Text: return "a string";
      case TypeKind::Date: return "a date string (YYYY-MM-DD)";
      case TypeKind::Enum: return fmt::format("a {} member as a string", program.type_name(field.type.as_required()));
      case TypeKind::Set:
        return fmt::format("an array of {} members", program.type_name(Type::enumeration(field.type.index)));
      case TypeKind::Entity:
        return fmt::format("a {} key (a string or an integer)", program.type_name(field.type.as_required()));
      default: return "a value of a type data cannot hold";
    }
  }

  // --- lexical level -------------------------------------------------------------------

  int peek() const { return p_ < end_ ? static_cast<unsigned char>(*p_) : kEnd; }

  void skip_whitespace() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
  }

  void expect_literal(std::string_view word) {
    if (static_cast<size_t>(end_ - p_) < word.size() || std::memcmp(p_, word.data(), word.size()) != 0)
      syntax_error(p_, fmt::format("expected a value, found {}", describe_next()));
    p_ += word.size();
  }

  // The string at p_ (on its opening quote). A view into the buffer (`stable`) when it has
  // no escapes, else into scratch_, valid until the next string.
  std::string_view parse_string(bool& stable) {
    const char* open = p_++;
    const char* start = p_;
    while (p_ < end_) {
      const unsigned char c = static_cast<unsigned char>(*p_);
      if (c == '"') {
        const std::string_view text(start, static_cast<size_t>(p_ - start));
        ++p_;
        const size_t invalid = find_invalid_utf8(text);
        if (invalid != std::string_view::npos) syntax_error(start + invalid, "invalid UTF-8 in a string");
        stable = true;
        return text;
      }
      if (c == '\\') break;
      if (c < 0x20) syntax_error(p_, "control character in a string (it must be escaped)");
      ++p_;
    }
    scratch_.assign(start, p_);
    for (;;) {
      if (p_ == end_) syntax_error(open, "unterminated string");
      const unsigned char c = static_cast<unsigned char>(*p_);
      if (c == '"') {
        ++p_;
        break;
      }
      if (c < 0x20) syntax_error(p_, "control character in a string (it must be escaped)");
      if (c != '\\') {
        scratch_.push_back(static_cast<char>(c));
        ++p_;
        continue;
      }
      const char* escape = p_++;
      if (p_ == end_) syntax_error(open, "unterminated string");
      switch (*p_++) {
        case '"': scratch_.push_back('"'); break;
        case '\\': scratch_.push_back('\\'); break;
        case '/': scratch_.push_back('/'); break;
        case 'b': scratch_.push_back('\b'); break;
        case 'f': scratch_.push_back('\f'); break;
        case 'n': scratch_.push_back('\n'); break;
        case 'r': scratch_.push_back('\r'); break;
        case 't': scratch_.push_back('\t'); break;
        case 'u': append_utf8(scratch_, parse_unicode_escape(escape)); break;
        default: syntax_error(escape, "invalid escape in a string");
      }
    }
    if (!is_valid_utf8(scratch_)) syntax_error(open, "invalid UTF-8 in a string");
    stable = false;
    return scratch_;
  }

  // After "\u" (p_ on the first hex digit); combines a surrogate pair.
  char32_t parse_unicode_escape(const char* escape) {
    char32_t unit = read_hex4(escape);
    if (unit >= 0xDC00 && unit <= 0xDFFF) syntax_error(escape, "unpaired surrogate in a \\u escape");
    if (unit < 0xD800 || unit > 0xDBFF) return unit;
    if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') syntax_error(escape, "unpaired surrogate in a \\u escape");
    p_ += 2;
    const char32_t low = read_hex4(escape);
    if (low < 0xDC00 || low > 0xDFFF) syntax_error(escape, "unpaired surrogate in a \\u escape");
    return 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
  }

  char32_t read_hex4(const char* escape) {
    if (end_ - p_ < 4) syntax_error(escape, "a \\u escape needs four hex digits");
    char32_t value = 0;
    for (int i = 0; i < 4; ++i) {
      const int digit = hex_value(*p_++);
      if (digit < 0) syntax_error(escape, "a \\u escape needs four hex digits");
      value = value * 16 + static_cast<char32_t>(digit);
    }
    return value;
  }

  std::string_view parse_number() {
    const char* start = p_;
    if (peek() == '-') ++p_;
    if (peek() == '0') {
      ++p_;
    } else if (is_digit(peek())) {
      while (is_digit(peek())) ++p_;
    } else {
      syntax_error(start, "invalid number");
    }
    if (peek() == '.') {
      ++p_;
      if (!is_digit(peek())) syntax_error(start, "invalid number: digits must follow the decimal point");
      while (is_digit(peek())) ++p_;
    }
    if (peek() == 'e' || peek() == 'E') {
      ++p_;
      if (peek() == '+' || peek() == '-') ++p_;
      if (!is_digit(peek())) syntax_error(start, "invalid number: digits must follow the exponent");
      while (is_digit(peek())) ++p_;
    }
    return {start, static_cast<size_t>(p_ - start)};
  }

  // Skips any value, checking its syntax; containers are tracked on a heap stack.
  void skip_value() {
    open_containers_.clear();
    for (;;) {
      skip_whitespace();
      const int c = peek();
      bool opened = false;
      if (c == '{' || c == '[') {
        ++p_;
        skip_whitespace();
        const char close = c == '{' ? '}' : ']';
        if (peek() == close) {
          ++p_;
        } else {
          open_containers_.push_back(close);
          if (close == '}') skip_key();
          opened = true;
        }
      } else if (c == '"') {
        bool stable = false;
        parse_string(stable);
      } else if (c == '-' || is_digit(c)) {
        parse_number();
      } else if (c == 't') {
        expect_literal("true");
      } else if (c == 'f') {
        expect_literal("false");
      } else if (c == 'n') {
        expect_literal("null");
      } else {
        syntax_error(p_, fmt::format("expected a value, found {}", describe_next()));
      }
      if (opened) continue;
      // After a value: close what ends here, then go on to the next element, if any.
      for (;;) {
        if (open_containers_.empty()) return;
        skip_whitespace();
        if (peek() == ',') {
          ++p_;
          if (open_containers_.back() == '}') {
            skip_whitespace();
            skip_key();
          }
          break;
        }
        if (peek() == open_containers_.back()) {
          ++p_;
          open_containers_.pop_back();
          continue;
        }
        syntax_error(p_, fmt::format("expected ',' or '{}', found {}", open_containers_.back(), describe_next()));
      }
    }
  }

  void skip_key() {
    if (peek() != '"') syntax_error(p_, fmt::format("expected a name in double quotes, found {}", describe_next()));
    bool stable = false;
    parse_string(stable);
    skip_whitespace();
    if (peek() != ':') syntax_error(p_, fmt::format("expected ':' after a name, found {}", describe_next()));
    ++p_;
  }

  // --- positions and messages ----------------------------------------------------------

  // The 1-based line of `at`; counting resumes where the last call stopped, so reading a
  // file front to back counts each line break once.
  uint64_t line_at(const char* at) {
    if (at < counted_to_) {
      counted_to_ = begin_;
      counted_lines_ = 0;
    }
    for (const char* p = counted_to_;;) {
      const void* hit = std::memchr(p, '\n', static_cast<size_t>(at - p));
      if (hit == nullptr) break;
      ++counted_lines_;
      p = static_cast<const char*>(hit) + 1;
    }
    counted_to_ = at;
    return counted_lines_ + 1;
  }

  std::string describe_next() const {
    const int c = peek();
    if (c == kEnd) return "the end of the file";
    if (c == '"') return "a string";
    if (c == '-' || is_digit(c)) return "a number";
    if (c == '{') return "an object";
    if (c == '[') return "an array";
    if (c == 't' || c == 'f') return "a boolean";
    if (c == 'n') return "null";
    if (c >= 0x21 && c < 0x7F) return fmt::format("'{}'", static_cast<char>(c));
    return fmt::format("the byte 0x{:02X}", c);
  }

  [[noreturn]] void syntax_error(const char* at, std::string_view message) {
    const uint64_t line = line_at(at);
    const char* line_start = at;
    while (line_start > begin_ && line_start[-1] != '\n') --line_start;
    DataFault fault = data_fault(builder_.source(), line, fmt::format("invalid JSON: {}", message));
    fault.column = static_cast<uint64_t>(at - line_start + 1);
    throw DataError(std::move(fault));
  }

  TableBuilder& builder_;
  const char* begin_;
  const char* p_;
  const char* end_;
  const char* counted_to_;
  uint64_t counted_lines_ = 0;
  std::string scratch_;
  std::vector<uint8_t> seen_;
  std::vector<char> open_containers_;
  size_t last_field_ = SIZE_MAX;
};

}  // namespace

Table read_json_text(const ir::Program& program, int32_t entity, std::string text, const std::string& name,
                     bool json_lines, const ReadOptions& options) {
  return read_json_bytes(program, entity, std::make_shared<const FileBytes>(std::move(text)), name, json_lines,
                         options);
}

Table read_json_bytes(const ir::Program& program, int32_t entity, std::shared_ptr<const FileBytes> buffer,
                      const std::string& name, bool json_lines, const ReadOptions& options) {
  TableBuilder builder(program, entity, name, std::move(buffer), true, options.fields);
  std::string_view data = builder.buffer();
  if (data.substr(0, 3) == "\xEF\xBB\xBF") data.remove_prefix(3);
  JsonReader reader(builder, data);
  if (!json_lines) {
    if (reader.only_whitespace_remains())
      throw DataError(data_fault(name, 1, "empty file, expected a JSON array of objects"));
    // A .json file of bare objects is read as JSON Lines.
    json_lines = reader.first_character() == '{';
  }
  if (json_lines)
    reader.read_lines();
  else
    reader.read_array();
  return builder.finish();
}

}  // namespace redline::runtime
