// Result writers: table, csv, json, jsonl. One row per entity row, in input order, the key
// column first, then the selected outputs; values print as the language writes them (enum
// members as declared, dates ISO 8601, decimals exactly, sets as 'a;b', none as empty/null).
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/table.h"

namespace redline::runtime {

enum class OutputFormat { Table, Csv, Json, Jsonl };

// Parses "table", "csv", "json", "jsonl"; false for anything else.
bool parse_output_format(std::string_view name, OutputFormat& out);

// How results are written.
struct WriteOptions {
  // CSV for spreadsheets: a text cell that a spreadsheet would take for a formula (it starts
  // with = + - @, a tab or a carriage return, and is not a plain number such as -5 or +3.25)
  // gets a leading ' (see csv_formula_guard_needed). Off: every cell is the exact text.
  bool csv_safe = true;
  // JSON Lines of rules over several entities (run): each object starts with "entity": this.
  std::string jsonl_entity;
};

struct NamedColumn {
  std::string name;
  const Column* column;
};

// Writes `keys` (the entity's key column) and `columns`, all of `rows` rows.
void write_results(std::ostream& out, OutputFormat format, const ir::Program& program, const std::string& key_name,
                   const Column& keys, const std::vector<NamedColumn>& columns, size_t rows,
                   const WriteOptions& options = {});
// The same, with entity references printed as the referenced rows' keys (see format_value).
void write_results(std::ostream& out, OutputFormat format, const ir::Program& program,
                   const std::vector<Table>& tables, const std::string& key_name, const Column& keys,
                   const std::vector<NamedColumn>& columns, size_t rows, const WriteOptions& options = {});

// One value as text in the language's notation ("" for none); used by every writer, the
// diff and explanations so that a value reads the same everywhere.
// An entity reference prints as its key when the column still holds the keys it was read
// with (reference fields of a loaded table), else as the row index; the overload with the
// tables (indexed by entity) prints the referenced row's key in every case.
std::string format_value(const ir::Program& program, const Column& column, size_t row);
std::string format_value(const ir::Program& program, const Column& column, size_t row,
                         const std::vector<Table>& tables);
std::string format_scalar(const ir::Program& program, Type type, int64_t value);

// CSV quoting per RFC 4180: quoted only when the field holds a comma, quote or line break.
std::string csv_escape(std::string_view field);
void append_csv_field(std::string& out, std::string_view field);
// Formula injection: true when a spreadsheet would read `field` as a formula, i.e. it starts
// with one of = + - @ tab CR (OWASP's list) and is neither a plain number ([+-]digits[.digits],
// which a spreadsheet reads as the same number) nor a lone - or + (a placeholder, which can hold
// no formula).
bool csv_formula_guard_needed(std::string_view field);
// append_csv_field, with a leading ' when `formula_guard` is set and the field needs it.
void append_csv_text(std::string& out, std::string_view field, bool formula_guard);
// Appends one value as a CSV field (format_value's text, quoted where needed) without an
// intermediate string for the types whose text never needs quoting. `tables` may be null.
// With `formula_guard`, a text value is guarded as append_csv_text does; numbers, dates,
// booleans and enum members never are.
void append_csv_value(std::string& out, const ir::Program& program, const std::vector<Table>* tables,
                      const Column& column, size_t row, bool formula_guard);
// A JSON string literal with escapes (control characters as \u00xx, UTF-8 kept as it is, an
// invalid byte as U+FFFD), appended to `out`; and the same as a new string.
void append_json_string(std::string& out, std::string_view s);
std::string json_escape(std::string_view s);

}  // namespace redline::runtime
