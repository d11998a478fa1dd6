#include "dbdata/postgres_source.h"

#include <libpq-fe.h>

#include <cstdlib>
#include <memory>
#include <regex>
#include <vector>

#include "dbdata/csv_rows.h"
#include "runtime/errors.h"

namespace redline::dbdata {

namespace {

using runtime::DataError;
using runtime::DataFault;

struct Finish {
  void operator()(PGconn* c) const { PQfinish(c); }
};
struct Clear {
  void operator()(PGresult* r) const { PQclear(r); }
};
using Connection = std::unique_ptr<PGconn, Finish>;
using Result = std::unique_ptr<PGresult, Clear>;

// Type oids from PostgreSQL's catalog (pg_type.dat), fixed since 7.x.
constexpr Oid kBool = 16, kBytea = 17, kFloat4 = 700, kFloat8 = 701;

std::string first_line(const char* message) {
  std::string m = message ? message : "";
  while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
  if (auto nl = m.find('\n'); nl != std::string::npos) m.resize(nl);
  return m;
}

// `name` or `schema.name`, each part quoted.
std::string qualified(const std::string& table) {
  if (auto dot = table.find('.'); dot != std::string::npos)
    return quoted_identifier(table.substr(0, dot)) + "." + quoted_identifier(table.substr(dot + 1));
  return quoted_identifier(table);
}

Result exec(PGconn* c, const std::string& sql) { return Result(PQexec(c, sql.c_str())); }

std::vector<std::string> table_names(PGconn* c) {
  std::vector<std::string> names;
  Result r = exec(c,
                  "SELECT CASE WHEN table_schema = 'public' THEN table_name ELSE table_schema || '.' || table_name END FROM "
                  "information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1");
  if (PQresultStatus(r.get()) == PGRES_TUPLES_OK)
    for (int i = 0; i < PQntuples(r.get()); ++i) names.emplace_back(PQgetvalue(r.get(), i, 0));
  return names;
}

}  // namespace

bool is_postgres_uri(const std::string& text) { return text.rfind("postgresql://", 0) == 0 || text.rfind("postgres://", 0) == 0; }

std::string redact_postgres_uri(const std::string& uri) {
  // user:password@ in the authority, and password=... among the parameters.
  static const std::regex user_password(R"(^(postgres(ql)?://[^/?#@:]*):[^@/?#]*@)");
  static const std::regex password_param(R"(([?&]password=)[^&#]*)");
  std::string out = std::regex_replace(uri, user_password, "$1:***@");
  return std::regex_replace(out, password_param, "$1***");
}

runtime::Table read_postgres_table(const ir::Program& program, int32_t entity, const std::string& uri, const std::string& table,
                                   const std::string& name, const runtime::ReadOptions& options) {
  Connection c(PQconnectdb(uri.c_str()));
  if (!c || PQstatus(c.get()) != CONNECTION_OK) {
    DataFault fault = runtime::data_fault(name, 0, c ? first_line(PQerrorMessage(c.get())) : "out of memory");
    fault.kind = DataFault::Kind::CannotOpen;
    throw DataError(std::move(fault));
  }
  // Read-only, and the values in the forms the readers take: dates as YYYY-MM-DD, floats as the
  // shortest decimal that reads back the same.
  Result set = exec(c.get(),
                    "SET default_transaction_read_only = on; SET DateStyle = 'ISO, YMD'; SET extra_float_digits = 1; "
                    "SET client_encoding = 'UTF8'");
  if (PQresultStatus(set.get()) != PGRES_COMMAND_OK) fail(name, 0, first_line(PQerrorMessage(c.get())));
  // The table's physical order, which is load order for a table not updated since; a view has
  // no ctid, and its own order is taken.
  Result rows = exec(c.get(), "SELECT * FROM " + qualified(table) + " ORDER BY ctid");
  if (PQresultStatus(rows.get()) != PGRES_TUPLES_OK) {
    const char* state = PQresultErrorField(rows.get(), PG_DIAG_SQLSTATE);
    if (state && std::string(state) == "42703") rows = exec(c.get(), "SELECT * FROM " + qualified(table));  // no ctid: a view
  }
  if (PQresultStatus(rows.get()) != PGRES_TUPLES_OK) {
    const char* state = PQresultErrorField(rows.get(), PG_DIAG_SQLSTATE);
    if (state && std::string(state) == "42P01") fail_no_table(name, table, table_names(c.get()));  // undefined_table
    fail(name, 0, first_line(PQresultErrorMessage(rows.get())));
  }
  PGresult* r = rows.get();
  const int columns = PQnfields(r);
  CsvRows out;
  std::vector<std::string> column_names;
  for (int col = 0; col < columns; ++col) {
    column_names.emplace_back(PQfname(r, col) ? PQfname(r, col) : "");
    if (col) out.csv += ',';
    append_csv(out.csv, column_names.back());
  }
  out.csv += '\n';
  const int n = PQntuples(r);
  for (int i = 0; i < n; ++i) {
    const uint64_t row = static_cast<uint64_t>(i) + 1;
    out.start_row();
    for (int col = 0; col < columns; ++col) {
      if (col) out.csv += ',';
      if (PQgetisnull(r, i, col)) continue;  // an empty field: no value
      const std::string_view text(PQgetvalue(r, i, col), static_cast<size_t>(PQgetlength(r, i, col)));
      switch (PQftype(r, col)) {
        case kBool: out.csv += text == "t" ? "true" : "false"; break;
        case kFloat4:
        case kFloat8: {
          // PostgreSQL writes 1e+20 and Infinity; the field's type decides what the decimal means.
          const std::string s(text);
          char* end = nullptr;
          const double v = std::strtod(s.c_str(), &end);
          if (end == s.c_str() || *end != '\0' || v != v || v - v != 0) {
            append_csv(out.csv, text);  // NaN, Infinity: the field's reader refuses them by name
          } else if (!append_float(out.csv, v)) {
            fail(name, row, "a floating-point number too long to write as a decimal", column_names[static_cast<size_t>(col)]);
          }
          break;
        }
        case kBytea:
          fail(name, row, "a bytea, which is not read as data: store text or numbers", column_names[static_cast<size_t>(col)]);
        default: append_csv(out.csv, text);  // integers, numerics, dates, texts as PostgreSQL writes them
      }
    }
    out.end_row();
  }
  rows.reset();
  return read_rows(program, entity, std::move(out), name, options);
}

}  // namespace redline::dbdata
