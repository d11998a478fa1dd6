// An entity's rows read from a table of a SQLite database file.
#pragma once

#include <string>

#include "runtime/readers.h"

namespace redline::dbdata {

// Reads table `table` of the SQLite database `path` (opened read-only) as the data of `entity`:
// one row per record in the table's order (by rowid where it has one), its columns named as
// the entity's fields. Each value is read as the text SQLite gives it (an INTEGER in decimal,
// a REAL as the shortest decimal that gives the same number back, NULL as no value) and then
// validated as a CSV file's would be; messages name `name` (PATH#TABLE) and the 1-based row.
// Throws runtime::DataError (a missing file or table, a BLOB, a bad value).
runtime::Table read_sqlite_table(const ir::Program& program, int32_t entity, const std::string& path,
                                 const std::string& table, const std::string& name,
                                 const runtime::ReadOptions& options = {});

}  // namespace redline::dbdata
