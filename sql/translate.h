// redline sql: a compiled policy as a SQL script that computes what `redline run` (or, with a
// baseline, `redline diff --format csv --no-csv-safe`) prints, from one table of text columns
// per entity. See docs/sql.md for the mapping of each construct.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "ir/ir.h"
#include "support/source.h"

namespace redline::sql {

// sqlite: run by the sqlite3 shell; postgres: run by psql (PostgreSQL 14 or later); duckdb: plain
// SQL statements for DuckDB 1.3 or later (its CLI, or a client running them in order).
enum class Dialect : uint8_t { Sqlite, Postgres, Duckdb };

// Parses "sqlite", "postgres", "duckdb"; false for anything else (the dialects not translated included).
bool parse_dialect(const std::string& name, Dialect& out);

// A parameter's value on every date (`--param NAME=VALUE`), as the evaluator holds it (an int,
// a decimal scaled by 10^6, a date in days, an enum member's ordinal, a bool) or as text.
// By name, so that one list serves both sides of a diff.
struct ParamOverride {
  std::string name;
  int64_t value = 0;
  std::string text;
};

struct Options {
  Dialect dialect = Dialect::Sqlite;
  std::vector<std::string> select;  // rule names; empty: every output
  int64_t as_of = 0;                // days since 1970-01-01: parameters' values, as_of()
  std::vector<ParamOverride> overrides;
};

// A construct the translation cannot express exactly: never dropped, reported where it is.
struct Untranslatable : std::runtime_error {
  Untranslatable(support::Location l, const std::string& what) : std::runtime_error(what), loc(l) {}
  support::Location loc;
};

// A wrong --select (unknown rule, rules over several entities).
struct SelectError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The script for `run`: one CSV line per row of the outputs' entity, in input order, after a
// header line (the key's name, then the rules').
std::string translate_run(const ir::Program& program, const Options& options);

// The script for `diff`: the lines id,output,before,after of every changed value, in the order
// and the text of `redline diff --format csv --no-csv-safe`.
std::string translate_diff(const ir::Program& before, const ir::Program& after, const Options& options);

}  // namespace redline::sql
