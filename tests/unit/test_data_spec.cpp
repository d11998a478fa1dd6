// `--data ENTITY=postgresql://...#TABLE`: how a spec is read, and that no message shows a password.
#include <doctest/doctest.h>

#include <string>

#include "service/data.h"
#include "service/errors.h"

using redline::service::DataFormat;
using redline::service::parse_data_spec;
using redline::service::UsageError;

TEST_CASE("a PostgreSQL URI names a table after '#', and its display hides the password") {
  auto s = parse_data_spec("Party=postgresql://me:s3cret@db.example/registers?sslmode=require&password=other#archive.parties");
  CHECK(s.format == DataFormat::Postgres);
  CHECK(s.entity == "Party");
  CHECK(s.table == "archive.parties");
  CHECK(s.path == "postgresql://me:s3cret@db.example/registers?sslmode=require&password=other");  // what libpq is given
  CHECK(s.display_name() == "postgresql://me:***@db.example/registers?sslmode=require&password=***#archive.parties");
  CHECK(parse_data_spec("P=postgres:///registers#t").display_name() == "postgres:///registers#t");
  CHECK(parse_data_spec("P=postgresql://me@db/r#t").display_name() == "postgresql://me@db/r#t");  // no password
  CHECK(redline::service::data_file_of("postgresql://me:x@db/r#t").empty());                  // not a file
}

TEST_CASE("a PostgreSQL URI without a table is a usage error that does not show the password") {
  for (const char* spec : {"Party=postgresql://me:s3cret@db/registers", "Party=postgresql://me:s3cret@db/registers#"}) {
    try {
      parse_data_spec(spec);
      FAIL("no error for " << spec);
    } catch (const UsageError& e) {
      const std::string m = e.what();
      CHECK(m.find("s3cret") == std::string::npos);
      CHECK(m.find("names no table: write Party=postgresql://me:***@db/registers#TABLE") != std::string::npos);
    }
  }
}
