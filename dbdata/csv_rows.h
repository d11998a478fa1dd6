// What the database readers share: a table's rows are written as the CSV text the runtime's
// reader validates, so that a table is checked exactly as a file is, and what that reader says
// by line is said of the table's rows and columns.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/readers.h"

namespace redline::dbdata {

// An SQL identifier in double quotes (both SQLite and PostgreSQL read it so).
std::string quoted_identifier(const std::string& id);

// RFC 4180: a field is quoted when it holds a comma, a quote or a line break.
void append_csv(std::string& out, std::string_view field);

// A floating-point number as the shortest decimal that reads back as the same binary number
// (0.1 stays 0.1, a sum's binary remainder shows), without an exponent; false when too long.
bool append_float(std::string& out, double value);

// The data error at `row` (1-based; 0: the table) of the source `name`, in `column` if given.
[[noreturn]] void fail(const std::string& name, uint64_t row, std::string message, std::string column = "");

// The error of a table the database does not have, with the closest of its `tables` or their list.
[[noreturn]] void fail_no_table(const std::string& name, const std::string& table, const std::vector<std::string>& tables);

// The rows as CSV, one header line and one record per row; `first_line[i]` is the CSV line row
// i + 1 starts on (a text holding a line break spans lines).
struct CsvRows {
  std::string csv;
  std::vector<uint64_t> first_line;
  uint64_t lines = 1;

  void start_row() { first_line.push_back(++lines); row_start_ = csv.size(); }
  void end_row();

 private:
  size_t row_start_ = 0;
};

// Reads the rows as the entity's table, what the CSV reader says of its header said of the
// table's columns and what it says of a line said of the row.
runtime::Table read_rows(const ir::Program& program, int32_t entity, CsvRows rows, const std::string& name,
                         const runtime::ReadOptions& options);

}  // namespace redline::dbdata
