#include "dbdata/sqlite_source.h"

#include <sqlite3.h>

#include <memory>
#include <vector>

#include "dbdata/csv_rows.h"
#include "runtime/errors.h"

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
    if (error.rfind("no such table", 0) == 0) fail_no_table(name, table, table_names(db.get()));
    fail(name, 0, error);  // not a database, a locked or corrupt file
  }
  sqlite3_stmt* s = rows.get();
  const int columns = sqlite3_column_count(s);
  CsvRows out;
  std::vector<std::string> column_names;
  for (int c = 0; c < columns; ++c) {
    column_names.emplace_back(sqlite3_column_name(s, c) ? sqlite3_column_name(s, c) : "");
    if (c) out.csv += ',';
    append_csv(out.csv, column_names.back());
  }
  out.csv += '\n';
  uint64_t row = 0;
  for (int step; (step = sqlite3_step(s)) != SQLITE_DONE;) {
    if (step != SQLITE_ROW) fail(name, row + 1, sqlite3_errmsg(db.get()));
    ++row;
    out.start_row();
    for (int c = 0; c < columns; ++c) {
      if (c) out.csv += ',';
      switch (sqlite3_column_type(s, c)) {
        case SQLITE_NULL: break;  // an empty field: no value
        case SQLITE_FLOAT:
          // The field's type decides what the shortest decimal of the binary number means.
          if (!append_float(out.csv, sqlite3_column_double(s, c)))
            fail(name, row, "a floating-point number too long to write as a decimal", column_names[c]);
          break;
        case SQLITE_BLOB:
          fail(name, row, "a BLOB, which is not read as data: store text or numbers", column_names[c]);
        default: {  // INTEGER in decimal, TEXT as stored
          const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(s, c));
          append_csv(out.csv, std::string_view(text ? text : "", static_cast<size_t>(sqlite3_column_bytes(s, c))));
        }
      }
    }
    out.end_row();
  }
  return read_rows(program, entity, std::move(out), name, options);
}

}  // namespace redline::dbdata
