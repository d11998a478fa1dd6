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

struct NamedColumn {
  std::string name;
  const Column* column;
};

// Writes `keys` (the entity's key column) and `columns`, all of `rows` rows.
void write_results(std::ostream& out, OutputFormat format, const ir::Program& program, const std::string& key_name,
                   const Column& keys, const std::vector<NamedColumn>& columns, size_t rows);
// The same, with entity references printed as the referenced rows' keys (see format_value).
void write_results(std::ostream& out, OutputFormat format, const ir::Program& program,
                   const std::vector<Table>& tables, const std::string& key_name, const Column& keys,
                   const std::vector<NamedColumn>& columns, size_t rows);

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
// Appends one value as a CSV field (format_value's text, quoted where needed) without an
// intermediate string for the types whose text never needs quoting. `tables` may be null.
void append_csv_value(std::string& out, const ir::Program& program, const std::vector<Table>* tables,
                      const Column& column, size_t row);
// A JSON string literal with escapes.
std::string json_escape(std::string_view s);

}  // namespace redline::runtime
