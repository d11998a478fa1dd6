// Field decoding shared by the CSV and JSON readers (see field_decoder.h).
#include "runtime/field_decoder.h"

#include "support/suggest.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdint>
#include <functional>
#include <numeric>
#include <type_traits>

#include "runtime/parallel.h"
#include "runtime/writers.h"
#include "support/terminal.h"
#include "types/values.h"

namespace redline::runtime::detail {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }


// Shape tests that tell "not a number at all" from "a number out of range" in messages.
bool has_integer_shape(std::string_view s) {
  if (!s.empty() && (s.front() == '+' || s.front() == '-')) s.remove_prefix(1);
  return !s.empty() && std::all_of(s.begin(), s.end(), is_digit);
}

bool has_date_shape(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!is_digit(s[static_cast<size_t>(i)])) return false;
  return true;
}

std::string decimal_error(std::string_view s) {
  std::string_view digits = s;
  if (!digits.empty() && (digits.front() == '+' || digits.front() == '-')) digits.remove_prefix(1);
  const size_t point = digits.find('.');
  const std::string_view whole = digits.substr(0, point);
  const std::string_view fraction = point == std::string_view::npos ? std::string_view() : digits.substr(point + 1);
  const bool shaped = has_integer_shape(whole) && (point == std::string_view::npos || has_integer_shape(fraction)) &&
                      (fraction.empty() || is_digit(fraction.front()));
  if (shaped && fraction.size() > static_cast<size_t>(kDecimalDigits))
    return fmt::format("{} has more than {} decimal places", quoted(s), kDecimalDigits);
  if (shaped) return fmt::format("decimal out of range: {}", quoted(s));
  return fmt::format("expected a decimal number like 12.5, got {}", quoted(s));
}

// A number with an exponent (`1e-05`, `1.5E+3`: how Python, JavaScript and spreadsheets write
// some numbers) written out in plain digits, exactly: the digits are shifted, never converted
// through a double, so that the decoders judge it as if it had been written so (`1.5e1` is the
// int 15; `1e-7` has more than 6 decimal places). Empty when `s` is not such a number (digits,
// an optional point and digits, then the exponent), or when the exponent is so large that no
// value redline holds could result.
std::string plain_number(std::string_view s) {
  const size_t e = s.find_first_of("eE");
  if (e == std::string_view::npos) return {};
  std::string_view mantissa = s.substr(0, e), exponent = s.substr(e + 1);
  const bool negative = !mantissa.empty() && mantissa.front() == '-';
  if (!mantissa.empty() && (mantissa.front() == '-' || mantissa.front() == '+')) mantissa.remove_prefix(1);
  const size_t point = mantissa.find('.');
  const std::string_view whole_digits = mantissa.substr(0, point);
  const std::string_view fraction_digits =
      point == std::string_view::npos ? std::string_view() : mantissa.substr(point + 1);
  if (!has_integer_shape(whole_digits) || !std::isdigit(static_cast<unsigned char>(whole_digits.front())) ||
      (point != std::string_view::npos &&
       (fraction_digits.empty() || !std::all_of(fraction_digits.begin(), fraction_digits.end(), is_digit))))
    return {};
  const bool exponent_negative = !exponent.empty() && exponent.front() == '-';
  if (!exponent.empty() && (exponent.front() == '-' || exponent.front() == '+')) exponent.remove_prefix(1);
  if (exponent.empty() || !std::all_of(exponent.begin(), exponent.end(), is_digit)) return {};
  while (exponent.size() > 1 && exponent.front() == '0') exponent.remove_prefix(1);
  if (exponent.size() > 3) return {};  // beyond 10^999 either way
  long shift = 0;
  for (const char c : exponent) shift = shift * 10 + (c - '0');
  if (exponent_negative) shift = -shift;
  std::string digits(whole_digits);
  digits += fraction_digits;
  // Where the decimal point falls in `digits` once shifted.
  const long at = static_cast<long>(whole_digits.size()) + shift;
  if (at > 40 || at < -40) {
    // Only zeros survive that: 0e999 is 0; anything else is out of range for every type.
    if (digits.find_first_not_of('0') != std::string::npos) return {};
    return "0";
  }
  std::string whole, fraction;
  if (at <= 0) {
    fraction = std::string(static_cast<size_t>(-at), '0') + digits;
  } else if (static_cast<size_t>(at) >= digits.size()) {
    whole = digits + std::string(static_cast<size_t>(at) - digits.size(), '0');
  } else {
    whole = digits.substr(0, static_cast<size_t>(at));
    fraction = digits.substr(static_cast<size_t>(at));
  }
  whole.erase(0, std::min(whole.find_first_not_of('0'), whole.size()));
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  std::string out = negative ? "-" : "";
  out += whole.empty() ? "0" : whole;
  if (!fraction.empty()) out += "." + fraction;
  return out;
}

std::string integer_error(std::string_view s) {
  if (has_integer_shape(s)) return fmt::format("integer out of range: {}", quoted(s));
  return fmt::format("expected an integer, got {}", quoted(s));
}

const char* check_operator(ir::CheckOp op) {
  switch (op) {
    case ir::CheckOp::Lt: return "<";
    case ir::CheckOp::Le: return "<=";
    case ir::CheckOp::Gt: return ">";
    case ir::CheckOp::Ge: return ">=";
    case ir::CheckOp::Eq: return "==";
    case ir::CheckOp::Ne: return "!=";
  }
  return "?";
}

}  // namespace

std::string_view trim_spaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string shortened(std::string_view s) {
  constexpr size_t kMaxShown = 60;
  if (s.size() <= kMaxShown) return support::escape_for_terminal(s);
  size_t cut = kMaxShown;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
  return fmt::format("{}...", support::escape_for_terminal(s.substr(0, cut)));
}

std::string quoted(std::string_view s) { return fmt::format("'{}'", shortened(s)); }

// --- ColumnLoader ----------------------------------------------------------------------

ColumnLoader::ColumnLoader(const ir::Program& program, const ir::Field& field, Column& column,
                           std::deque<std::string>& storage, const size_t& row, bool store)
    : program_(program), field_(field), column_(column), storage_(storage), row_(row), store_(store) {
  const TypeKind kind = field.type.kind;
  if ((kind == TypeKind::Enum || kind == TypeKind::Set) && field.type.index >= 0 &&
      static_cast<size_t>(field.type.index) < program.enums.size())
    enum_ = &program.enums[static_cast<size_t>(field.type.index)];
  if (enum_ != nullptr) {
    const std::vector<std::string>& members = enum_->members;
    for (size_t i = 0; i < members.size() && i < static_cast<size_t>(kMaxEnumMembers); ++i) {
      if (members[i].empty()) continue;
      uint8_t& slot = member_by_hash_[member_hash(members[i])];
      slot = slot == 0 ? static_cast<uint8_t>(i + 1) : kShared;
    }
  }
  for (const ir::FieldCheck& check : field.checks) {
    switch (check.op) {
      case ir::CheckOp::Lt:
        if (check.value == INT64_MIN) checks_are_range_ = false;
        else highest_ = std::min(highest_, check.value - 1);
        break;
      case ir::CheckOp::Le: highest_ = std::min(highest_, check.value); break;
      case ir::CheckOp::Gt:
        if (check.value == INT64_MAX) checks_are_range_ = false;
        else lowest_ = std::max(lowest_, check.value + 1);
        break;
      case ir::CheckOp::Ge: lowest_ = std::max(lowest_, check.value); break;
      case ir::CheckOp::Eq:
      case ir::CheckOp::Ne: checks_are_range_ = false; break;
    }
  }
}

template <typename Each>
void ColumnLoader::each_array(Each&& each) {
  if (!store_) return;
  const TypeKind kind = field_.type.kind;
  if (kind == TypeKind::Text || kind == TypeKind::Entity) each(column_.texts);
  // A reference's values are the rows it points to, which resolve_references sizes and writes.
  if (kind != TypeKind::Text && kind != TypeKind::Entity) each(column_.values);
  if (field_.type.optional) each(column_.present);
}

void ColumnLoader::reserve(size_t rows) {
  each_array([&](auto& array) { array.reserve(rows); });
}

void ColumnLoader::resize(size_t rows) {
  each_array([&](auto& array) { array.resize(rows); });
}

void ColumnLoader::move_rows(size_t from, size_t to, size_t count) {
  each_array([&](auto& array) { std::copy(array.begin() + from, array.begin() + from + count, array.begin() + to); });
}

void ColumnLoader::append_text(std::string_view raw, bool stable) {
  switch (field_.type.kind) {
    case TypeKind::Text:
      if (raw.empty() && field_.type.optional) return append_none();
      if (!store_) return;  // any text is valid
      mark_present();
      put(column_.texts, stable ? raw : keep(raw));
      return;
    case TypeKind::Entity:
      // The key as written; resolve_references turns it into a row index.
      if (raw.empty()) return append_missing();
      mark_present();
      put(column_.texts, stable ? raw : keep(raw));
      return;
    case TypeKind::Set: {
      const std::string_view members = trim_spaces(raw);
      if (members.empty() && field_.type.optional) return append_none();
      return append_value(static_cast<int64_t>(decode_set(members)));
    }
    default: {
      const std::string_view trimmed = trim_spaces(raw);
      if (trimmed.empty()) return append_missing();
      last_text_ = trimmed;
      last_text_stable_ = stable;
      return append_value(decode_scalar(trimmed));
    }
  }
}

void ColumnLoader::append_missing() {
  if (!field_.type.optional) throw ValueError{"missing value"};
  append_none();
}

void ColumnLoader::append_value(int64_t value) {
  // Text and reference keys only ever arrive as text (append_text).
  if (field_.type.kind == TypeKind::Text || field_.type.kind == TypeKind::Entity) throw ValueError{"expected text"};
  apply_checks(value);
  if (!store_) return;
  mark_present();
  put(column_.values, value);
}

int ColumnLoader::member_ordinal(std::string_view name) const {
  if (enum_ == nullptr) throw ValueError{"the field's enum is not defined"};
  const std::vector<std::string>& members = enum_->members;
  if (!name.empty()) {
    const uint8_t slot = member_by_hash_[member_hash(name)];
    if (slot != 0 && slot != kShared && equal_keys(members[slot - 1u], name)) return slot - 1;
  }
  for (size_t i = 0; i < members.size(); ++i)
    // Every enum and set value of a file comes through here: no call to memcmp per member.
    if (equal_keys(members[i], name)) {
      if (i >= static_cast<size_t>(kMaxEnumMembers)) throw ValueError{fmt::format("{} has too many members", enum_->name)};
      return static_cast<int>(i);
    }
  std::string message = fmt::format("unknown {} {}; expected one of: {}", enum_->name, quoted(name),
                                    fmt::join(members, ", "));
  if (const std::string_view best = support::closest_in(name, members); !best.empty())
    message += fmt::format(" (did you mean '{}'?)", best);
  throw ValueError{std::move(message)};
}

void ColumnLoader::append_none() {
  if (!store_) return;
  put(column_.present, uint8_t{0});
  const TypeKind kind = field_.type.kind;
  if (kind == TypeKind::Text || kind == TypeKind::Entity) put(column_.texts, std::string_view());
  if (kind != TypeKind::Text && kind != TypeKind::Entity) put(column_.values, int64_t{0});
}

void ColumnLoader::mark_present() {
  if (field_.type.optional) put(column_.present, uint8_t{1});
}

int64_t ColumnLoader::decode_scalar(std::string_view s) const {
  switch (field_.type.kind) {
    case TypeKind::Int: {
      int64_t value = 0;
      if (parse_int(s, value)) return value;
      if (const std::string plain = plain_number(s); !plain.empty()) {
        if (parse_int(plain, value)) return value;
        throw ValueError{fmt::format("{} ({} is {})", integer_error(plain), shortened(s), plain)};
      }
      throw ValueError{integer_error(s)};
    }
    case TypeKind::Decimal: {
      int64_t value = 0;
      if (parse_decimal(s, value)) return value;
      if (const std::string plain = plain_number(s); !plain.empty()) {
        if (parse_decimal(plain, value)) return value;
        throw ValueError{fmt::format("{} ({} is {})", decimal_error(plain), shortened(s), plain)};
      }
      throw ValueError{decimal_error(s)};
    }
    case TypeKind::Money: {
      // A decimal of whole cents: an amount with a third place is refused, not rounded, since
      // which rounding the data should have had is not the reader's to choose.
      int64_t value = 0;
      std::string plain;
      if (!parse_decimal(s, value)) {
        plain = plain_number(s);
        if (plain.empty()) throw ValueError{decimal_error(s)};
        if (!parse_decimal(plain, value))
          throw ValueError{fmt::format("{} ({} is {})", decimal_error(plain), shortened(s), plain)};
      }
      if (value % kCentScale != 0)
        throw ValueError{fmt::format("expected an amount of money, with at most {} decimal places, got {}", kMoneyDigits,
                                     quoted(s))};
      return value;
    }
    case TypeKind::Bool: {
      bool value = false;
      if (parse_bool(s, value)) return value ? 1 : 0;
      throw ValueError{fmt::format("expected true or false (or yes/no, 1/0), got {}", quoted(s))};
    }
    case TypeKind::Date: {
      int64_t days = 0;
      if (parse_date(s, days)) return days;
      if (has_date_shape(s)) throw ValueError{fmt::format("{} is not a calendar date", quoted(s))};
      throw ValueError{fmt::format("expected a date as YYYY-MM-DD, got {}", quoted(s))};
    }
    case TypeKind::Enum:
      return member_ordinal(s);
    default:
      throw ValueError{fmt::format("a field of type {} cannot be read from data", program_.type_name(field_.type))};
  }
}

uint64_t ColumnLoader::decode_set(std::string_view members) const {
  uint64_t mask = 0;
  while (!members.empty()) {
    const size_t separator = members.find(';');
    const std::string_view member = trim_spaces(members.substr(0, separator));
    // "a;;b" and a trailing ';' are tolerated: an empty member names nothing.
    if (!member.empty()) mask |= uint64_t{1} << member_ordinal(member);
    if (separator == std::string_view::npos) break;
    members.remove_prefix(separator + 1);
  }
  return mask;
}

void ColumnLoader::apply_checks(int64_t value) const {
  if (checks_are_range_ && value >= lowest_ && value <= highest_) return;
  for (const ir::FieldCheck& check : field_.checks) {
    if (ir::check_holds(check, value)) continue;
    std::string condition;
    const std::string_view literal = check.literal;
    if (literal.empty())
      condition = fmt::format("{} {}", check_operator(check.op), format_scalar(program_, field_.type, check.value));
    else if (literal.find_first_of("<>=!") == 0)
      condition = check.literal;  // the literal already holds the whole condition
    else
      condition = fmt::format("{} {}", check_operator(check.op), literal);
    throw ValueError{fmt::format("value {} violates the check '{}'", format_scalar(program_, field_.type, value),
                                 condition)};
  }
}

std::string_view ColumnLoader::keep(std::string_view text) { return storage_.emplace_back(text); }

// --- TableBuilder ----------------------------------------------------------------------

const ir::Entity& checked_entity(const ir::Program& program, int32_t entity, const std::string& source) {
  if (entity < 0 || static_cast<size_t>(entity) >= program.entities.size())
    throw DataError(
        data_fault(source, 0, fmt::format("cannot read data for entity #{}: the program has no such entity", entity)));
  const ir::Entity& e = program.entities[static_cast<size_t>(entity)];
  if (e.key_field < 0 || static_cast<size_t>(e.key_field) >= e.fields.size()) {
    DataFault fault = data_fault(source, 0, fmt::format("cannot read {} data: the entity has no key field", e.name));
    fault.entity = e.name;
    throw DataError(std::move(fault));
  }
  return e;
}

TableBuilder::TableBuilder(const ir::Program& program, int32_t entity, const std::string& source,
                           std::shared_ptr<const FileBytes> buffer, bool from_json,
                           const std::vector<uint8_t>& stored)
    : program_(program),
      entity_(checked_entity(program, entity, source)),
      rows_(&table_),
      first_row_(0),
      next_row_(0),
      keys_(&own_keys_),
      keys_in_column_(entity_.fields[static_cast<size_t>(entity_.key_field)].type.kind == TypeKind::Text) {
  table_.entity = entity;
  table_.source = source;
  table_.buffer = std::move(buffer);
  table_.from_json = from_json;
  table_.columns.resize(entity_.fields.size());
  loaders_.reserve(entity_.fields.size());
  bool all_stored = true;
  for (size_t i = 0; i < entity_.fields.size(); ++i) {
    // The key indexes the rows, and a reference is resolved (and so validated) from its text.
    const bool store = stored.empty() || (i < stored.size() && stored[i] != 0) ||
                       static_cast<int32_t>(i) == entity_.key_field || entity_.fields[i].type.kind == TypeKind::Entity;
    all_stored = all_stored && store;
    table_.columns[i].type = entity_.fields[i].type;
    loaders_.emplace_back(program, entity_.fields[i], table_.columns[i], table_.text_storage, row_, store);
  }
  if (!all_stored) {
    table_.loaded.resize(entity_.fields.size());
    for (size_t i = 0; i < loaders_.size(); ++i) table_.loaded[i] = loaders_[i].stores() ? 1 : 0;
  }
}

TableBuilder::TableBuilder(TableBuilder& whole, size_t first_row)
    : program_(whole.program_),
      entity_(whole.entity_),
      rows_(whole.rows_),
      first_row_(first_row),
      next_row_(first_row),
      keys_(whole.keys_),
      keys_in_column_(whole.keys_in_column_) {
  table_.entity = whole.table_.entity;
  table_.source = whole.table_.source;
  table_.from_json = whole.table_.from_json;
  table_.from_database = whole.table_.from_database;
  loaders_.reserve(whole.loaders_.size());
  for (size_t i = 0; i < whole.loaders_.size(); ++i)
    loaders_.emplace_back(program_, entity_.fields[i], rows_->columns[i], table_.text_storage, row_,
                          whole.loaders_[i].stores());
}

void TableBuilder::reserve(size_t rows) {
  rows_->row_lines.reserve(rows);
  if (!keys_in_column_) keys_->reserve(rows);
  for (ColumnLoader& loader : loaders_) loader.reserve(rows);
}

void TableBuilder::prepare(size_t rows) {
  rows_->row_lines.resize(rows);
  if (!keys_in_column_) keys_->resize(rows);
  for (ColumnLoader& loader : loaders_) loader.resize(rows);
}

size_t TableBuilder::begin_row(uint64_t line) {
  const size_t row = next_row_;
  if (row >= UINT32_MAX) {
    DataFault fault = data_fault(table_.source, line, fmt::format("too many rows (at most {})", UINT32_MAX - 1));
    fault.entity = entity_.name;
    throw DataError(std::move(fault));
  }
  row_ = row;
  ++next_row_;
  if (row < rows_->row_lines.size()) rows_->row_lines[row] = line;
  else rows_->row_lines.push_back(line);
  return row;
}

void TableBuilder::end_row() {
  const size_t row = row_;
  const size_t key_field = static_cast<size_t>(entity_.key_field);
  const Column& keys = rows_->columns[key_field];
  if (!keys.is_present(row)) fail(key_field, "the key must not be empty");
  std::string_view key;
  std::string canonical;
  if (keys.type.kind == TypeKind::Text || keys.type.kind == TypeKind::Entity) {
    key = keys.texts[row];
    if (key.empty()) fail(key_field, "the key must not be empty");
  } else {
    // Keys index by their canonical text, so that "007" and "7" are one key and a reference
    // written either way finds it.
    canonical = format_scalar(program_, keys.type, keys.values[row]);
    const ColumnLoader& loader = loaders_[key_field];
    key = loader.last_text_stable() && loader.last_text() == canonical ? loader.last_text()
                                                                        : table_.text_storage.emplace_back(canonical);
  }
  // Text keys are the key column's texts already; a copy of them per row was 16 MB of stores
  // at a million rows.
  if (!keys_in_column_) {
    if (row < keys_->size()) (*keys_)[row] = key;
    else keys_->push_back(key);
  }
  // Keys in ascending order are distinct, so finish() need not index them to find a repeat.
  // Text keys compare as bytes, int keys as numbers (their canonical texts are then distinct).
  // Both were just read, so this costs a compare per row.
  if (ascending_ && row != first_row_) ascending_ = precedes(keys, row - 1, row);
}

bool TableBuilder::precedes(const Column& keys, size_t row, size_t later) const {
  if (keys.type.kind == TypeKind::Int) return keys.values[row] < keys.values[later];
  if (keys_in_column_) return bytes_less(keys.texts[row], keys.texts[later]);
  return bytes_less((*keys_)[row], (*keys_)[later]);
}

void TableBuilder::fail(size_t field, std::string_view message) const {
  const size_t row = next_row_ == first_row_ ? first_row_ : row_;  // the current row (or the first)
  DataFault fault = rows_->row_fault(row);
  fault.field = entity_.fields[field].name;
  fault.entity = entity_.name;
  fault.message = message;
  throw DataError(std::move(fault));
}

void TableBuilder::join(TableBuilder& segment) {
  const size_t count = segment.next_row_ - segment.first_row_;
  if (count != 0) {
    ascending_ = ascending_ && segment.ascending_ && (next_row_ == first_row_ ||
                                                        precedes(rows_->columns[static_cast<size_t>(entity_.key_field)],
                                                                 next_row_ - 1, segment.first_row_));
  }
  if (count != 0 && segment.first_row_ != next_row_) {
    // The segment's first record started later than it could have (a quoted line break, or
    // blank lines, before it): close the gap.
    for (ColumnLoader& loader : loaders_) loader.move_rows(segment.first_row_, next_row_, count);
    const auto move = [&](auto& array) {
      std::copy(array.begin() + static_cast<long>(segment.first_row_),
                array.begin() + static_cast<long>(segment.first_row_ + count), array.begin() + static_cast<long>(next_row_));
    };
    move(rows_->row_lines);
    if (!keys_in_column_) move(*keys_);
  }
  next_row_ += count;
  // Whole deques move (the strings stay where they are, so views into them stay valid).
  table_.more_text_storage.push_back(std::move(segment.table_.text_storage));
  table_.more_text_storage.splice(table_.more_text_storage.end(), segment.table_.more_text_storage);
}

Table TableBuilder::finish() {
  // Rows a prepared table had room for but no record filled.
  table_.rows = next_row_;
  table_.row_lines.resize(next_row_);
  own_keys_.resize(keys_in_column_ ? 0 : next_row_);
  for (ColumnLoader& loader : loaders_) loader.resize(next_row_);
  const ColumnVector<std::string_view>& key_texts = table_.columns[static_cast<size_t>(entity_.key_field)].texts;
  if (ascending_) {
    if (keys_in_column_) table_.key_index.adopt_distinct_column(key_texts);
    else table_.key_index.adopt_distinct(std::move(own_keys_));
    return std::move(table_);
  }
  // Indexing every key in one pass lets the index prefetch its slots; done row by row while
  // parsing, each insert waited on a cache miss.
  const size_t duplicate = table_.key_index.build(keys_in_column_ ? key_texts : std::move(own_keys_));
  if (duplicate != SIZE_MAX) {
    const size_t key_field = static_cast<size_t>(entity_.key_field);
    const std::string_view key = table_.key_index.key(duplicate);
    const uint32_t first = table_.key_index.at(key);
    DataFault fault = table_.row_fault(duplicate);
    fault.field = entity_.fields[key_field].name;
    fault.entity = entity_.name;
    fault.key = key;
    fault.message = fmt::format("duplicate key {}, first used on {}", quoted(key), describe_row(first));
    throw DataError(std::move(fault));
  }
  return std::move(table_);
}

std::string TableBuilder::describe_row(size_t row) const {
  if (table_.from_database) return fmt::format("row {}", row + 1);
  if (table_.from_json) return fmt::format("record {} (line {})", row + 1, table_.row_lines[row]);
  return fmt::format("line {}", table_.row_lines[row]);
}

}  // namespace redline::runtime::detail
