#include "dbdata/sqlite_source.h"

#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <memory>
#include <vector>

#include <fmt/format.h>

#include "runtime/errors.h"
#include "support/suggest.h"

namespace redline::dbdata {

namespace {

using runtime::DataError;
using runtime::DataFault;

struct CloseDb {
  void operator()(sqlite3* db) const { sqlite3_close(db); }
};
struct Finalize {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using Db = std::unique_ptr<sqlite3, CloseDb>;
using Statement = std::unique_ptr<sqlite3_stmt, Finalize>;

[[noreturn]] void fail(const std::string& name, uint64_t row, std::string message, std::string column = "") {
  DataFault fault = runtime::data_fault(name, 0, std::move(message));
  fault.row = row;
  if (!column.empty()) fault.field = std::move(column);
  throw DataError(std::move(fault));
}

std::string quoted_identifier(const std::string& id) {
  std::string out = "\"";
  for (char c : id) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// RFC 4180: a field is quoted when it holds a comma, a quote or a line break.
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

Statement prepare(sqlite3* db, const std::string& sql, std::string& error) {
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size()), &s, nullptr) != SQLITE_OK) {
    error = sqlite3_errmsg(db);
    sqlite3_finalize(s);
    return nullptr;
  }
  return Statement(s);
}

std::vector<std::string> table_names(sqlite3* db) {
  std::vector<std::string> names;
  std::string error;
  Statement s = prepare(db, "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') ORDER BY name", error);
  while (s && sqlite3_step(s.get()) == SQLITE_ROW)
    names.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(s.get(), 0)));
  return names;
}

}  // namespace

runtime::Table read_sqlite_table(const ir::Program& program, int32_t entity, const std::string& path,
                                 const std::string& table, const std::string& name, const runtime::ReadOptions& options) {
  sqlite3* raw = nullptr;
  const int opened = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
  Db db(raw);
  if (opened != SQLITE_OK) {
    DataFault fault = runtime::data_fault(path, 0, raw ? sqlite3_errmsg(raw) : "out of memory");
    fault.kind = DataFault::Kind::CannotOpen;
    throw DataError(std::move(fault));
  }
  // The table's order is the order of its rows: by rowid, unless it has none (a view, a table
  // WITHOUT ROWID), where SQLite's own order is taken.
  std::string error;
  Statement rows = prepare(db.get(), "SELECT * FROM " + quoted_identifier(table) + " ORDER BY rowid", error);
  if (!rows) rows = prepare(db.get(), "SELECT * FROM " + quoted_identifier(table), error);
  if (!rows) {
    if (error.rfind("no such table", 0) == 0) {
      const std::vector<std::string> names = table_names(db.get());
      std::string hint = support::closest_name(table, names);
      fail(name, 0,
           fmt::format("the database has no table '{}'{}", table,
                       !hint.empty() ? fmt::format("; did you mean '{}'?", hint)
                       : names.empty() ? std::string(" (it has no table)")
                                       : fmt::format(" (its tables: {})", fmt::join(names, ", "))));
    }
    fail(name, 0, error);  // not a database, a locked or corrupt file
  }
  sqlite3_stmt* s = rows.get();
  const int columns = sqlite3_column_count(s);
  std::string csv;
  for (int c = 0; c < columns; ++c) {
    if (c) csv += ',';
    const char* column = sqlite3_column_name(s, c);
    append_csv(csv, column ? column : "");
  }
  csv += '\n';
  std::vector<std::string> column_names;
  for (int c = 0; c < columns; ++c) column_names.emplace_back(sqlite3_column_name(s, c) ? sqlite3_column_name(s, c) : "");
  uint64_t row = 0;
  // The CSV line each row starts on, for what the CSV reader says by line (a text that is not
  // UTF-8): a text holding a line break spans lines.
  std::vector<uint64_t> first_line;
  uint64_t lines = 1;
  for (int step; (step = sqlite3_step(s)) != SQLITE_DONE;) {
    if (step != SQLITE_ROW) fail(name, row + 1, sqlite3_errmsg(db.get()));
    ++row;
    first_line.push_back(++lines);
    const size_t row_start = csv.size();
    for (int c = 0; c < columns; ++c) {
      if (c) csv += ',';
      switch (sqlite3_column_type(s, c)) {
        case SQLITE_NULL: break;  // an empty field: no value
        case SQLITE_FLOAT: {
          // The shortest decimal that reads back as the same binary number: 0.1 stays 0.1, a
          // sum's binary remainder shows (0.30000000000000004) and the field's type decides.
          char buffer[400];
          auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, sqlite3_column_double(s, c), std::chars_format::fixed);
          if (ec != std::errc()) fail(name, row, "a floating-point number too long to write as a decimal", column_names[c]);
          append_csv(csv, std::string_view(buffer, static_cast<size_t>(end - buffer)));
          break;
        }
        case SQLITE_BLOB:
          fail(name, row, "a BLOB, which is not read as data: store text or numbers", column_names[c]);
        default: {  // INTEGER in decimal, TEXT as stored
          const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(s, c));
          append_csv(csv, std::string_view(text ? text : "", static_cast<size_t>(sqlite3_column_bytes(s, c))));
        }
      }
    }
    lines += static_cast<uint64_t>(std::count(csv.begin() + static_cast<std::ptrdiff_t>(row_start), csv.end(), '\n'));
    csv += '\n';
  }
  runtime::ReadOptions as_rows = options;
  as_rows.database_rows = true;
  try {
    return runtime::read_csv_text(program, entity, std::move(csv), name, as_rows);
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
      fault.row = static_cast<uint64_t>(std::upper_bound(first_line.begin(), first_line.end(), e.line) - first_line.begin());
      fault.line = 0;
      fault.column = 0;
      throw DataError(std::move(fault));
    }
    throw;
  }
}

}  // namespace redline::dbdata
