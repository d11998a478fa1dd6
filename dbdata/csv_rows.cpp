#include "dbdata/csv_rows.h"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>

#include "runtime/errors.h"
#include "support/suggest.h"

namespace redline::dbdata {

using runtime::DataError;
using runtime::DataFault;

std::string quoted_identifier(const std::string& id) {
  std::string out = "\"";
  for (char c : id) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

void append_csv(std::string& out, std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += field;
    return;
  }
  out += '"';
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

bool append_float(std::string& out, double value) {
  char buffer[400];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
  if (ec != std::errc()) return false;
  append_csv(out, std::string_view(buffer, static_cast<size_t>(end - buffer)));
  return true;
}

void fail(const std::string& name, uint64_t row, std::string message, std::string column) {
  DataFault fault = runtime::data_fault(name, 0, std::move(message));
  fault.row = row;
  if (!column.empty()) fault.field = std::move(column);
  throw DataError(std::move(fault));
}

void fail_no_table(const std::string& name, const std::string& table, const std::vector<std::string>& tables) {
  const std::string hint = support::closest_name(table, tables);
  fail(name, 0,
       fmt::format("the database has no table '{}'{}", table,
                   !hint.empty() ? fmt::format("; did you mean '{}'?", hint)
                   : tables.empty() ? std::string(" (it has no table)")
                                    : fmt::format(" (its tables: {})", fmt::join(tables, ", "))));
}

void CsvRows::end_row() {
  lines += static_cast<uint64_t>(std::count(csv.begin() + static_cast<std::ptrdiff_t>(row_start_), csv.end(), '\n'));
  csv += '\n';
}

runtime::Table read_rows(const ir::Program& program, int32_t entity, CsvRows rows, const std::string& name,
                         const runtime::ReadOptions& options) {
  runtime::ReadOptions as_rows = options;
  as_rows.database_rows = true;
  try {
    return runtime::read_csv_text(program, entity, std::move(rows.csv), name, as_rows);
  } catch (DataError& e) {
    // What the CSV reader says of its header is said of the table's columns.
    if (e.line == 1 && e.row == 0) {
      DataFault fault = e;
      fault.line = 0;
      fault.header = false;
      const std::string was = "(the header has: ";
      if (auto at = fault.message.find(was); at != std::string::npos) fault.message.replace(at, was.size(), "(the table has: ");
      throw DataError(std::move(fault));
    }
    if (e.line > 1 && e.row == 0) {
      DataFault fault = e;
      fault.row = static_cast<uint64_t>(std::upper_bound(rows.first_line.begin(), rows.first_line.end(), e.line) - rows.first_line.begin());
      fault.line = 0;
      fault.column = 0;
      throw DataError(std::move(fault));
    }
    throw;
  }
}

}  // namespace redline::dbdata
