// An entity's rows read from a table of a PostgreSQL database (`--data
// Party=postgresql://host/db#parties`).
#pragma once

#include <string>

#include "runtime/readers.h"

namespace redline::dbdata {

// Whether `text` is a PostgreSQL connection URI (postgresql:// or postgres://), as libpq reads it.
bool is_postgres_uri(const std::string& text);

// The URI as messages show it: a password in it (`user:secret@`, `password=secret`) replaced by
// `***`, since messages reach terminals and logs.
std::string redact_postgres_uri(const std::string& uri);

// Reads table `table` (`name` or `schema.name`) of the database `uri` names as the data of
// `entity`: its rows in the table's physical order (`ctid`, the order they were loaded in when
// the table was not updated since; a view's own order), its columns named as the entity's
// fields. Each value is read as the text PostgreSQL gives it, made what a CSV file would hold
// (a boolean as true/false, a float as its shortest decimal, a NULL as no value) and then
// validated as a CSV file's would be; messages name `name` (the redacted URI#TABLE) and the
// 1-based row. The session is read-only. Throws runtime::DataError (no server, no such table, a
// bytea, a bad value).
runtime::Table read_postgres_table(const ir::Program& program, int32_t entity, const std::string& uri,
                                   const std::string& table, const std::string& name,
                                   const runtime::ReadOptions& options = {});

}  // namespace redline::dbdata
