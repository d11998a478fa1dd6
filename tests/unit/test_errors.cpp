// The runtime's typed errors: each DataError and EvalError carries the file, row, field (or the
// rule, entity and key) as members, and its message is the one written from them.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "io_fixtures.h"
#include "policy_fixture.h"
#include "runtime/errors.h"
#include "runtime/evaluator.h"
#include "runtime/readers.h"

using namespace redline;
using namespace redline::runtime;
using redline::testing::kParty;
using redline::testing::kPartyHeader;
using redline::testing::kTariff;

namespace {

const ir::Program& program() {
  static const ir::Program p = redline::testing::io_program();
  return p;
}

template <typename Error, typename Run>
std::optional<Error> caught(Run&& run) {
  try {
    run();
  } catch (const Error& e) {
    return e;
  }
  FAIL("expected an error");
  return std::nullopt;
}

}  // namespace

TEST_CASE("errors: a CSV value error names the file, the line and the field") {
  const std::string text = std::string(kPartyHeader) + "P1,A,other,,0,,\nP2,B,other,,abc,,\n";
  const auto e = caught<DataError>([&] { read_csv_text(program(), kParty, text, "parties.csv"); });
  REQUIRE(e);
  CHECK(e->kind == DataFault::Kind::Content);
  CHECK(e->file == "parties.csv");
  CHECK(e->line == 3);
  CHECK(e->record == 0);
  CHECK(e->column == 0);
  CHECK(e->field == "domestic_premises");
  CHECK(e->entity == "Party");
  CHECK(e->message == "expected an integer, got 'abc'");
  CHECK(std::string(e->what()) == "parties.csv:3: field 'domestic_premises': expected an integer, got 'abc'");
}

TEST_CASE("errors: a CSV syntax error under a header named \"\" still names that field") {
  // The field is optional, not empty for none: an empty header name is a name.
  const auto e = caught<DataError>([&] {
    read_csv_text(program(), kParty, "id,name,category,roles,domestic_premises,shared_resource,assessment_year,\n"
                                     "P1,A,other,,0,,,x\"y\n", "parties.csv");
  });
  REQUIRE(e);
  CHECK(e->line == 2);
  CHECK(e->field == "");
  CHECK(e->position == 0);
  CHECK(std::string(e->what()).starts_with("parties.csv:2: field '': "));
}

TEST_CASE("errors: JSON errors name the record, the line and the column") {
  const auto value = caught<DataError>([&] {
    read_json_text(program(), kTariff,
                   "[{\"code\": 1, \"rate\": 1, \"starts\": \"2024-01-01\", \"active\": true},\n"
                   " {\"code\": 2, \"rate\": 0.1234567, \"starts\": \"2024-01-01\", \"active\": true}]",
                   "t.json", false);
  });
  REQUIRE(value);
  CHECK(value->file == "t.json");
  CHECK(value->record == 2);
  CHECK(value->line == 2);
  CHECK(value->field == "rate");
  CHECK(value->entity == "Tariff");
  CHECK(std::string(value->what()) ==
        "t.json: record 2 (line 2): field 'rate': '0.1234567' has more than 6 decimal places");

  const auto syntax = caught<DataError>([&] { read_json_text(program(), kTariff, "[\n  {\"code\": 1,}]", "t.json", false); });
  REQUIRE(syntax);
  CHECK(syntax->line == 2);
  CHECK(syntax->column == 14);
  CHECK(syntax->record == 0);
  CHECK_FALSE(syntax->field.has_value());
  CHECK(std::string(syntax->what()).starts_with("t.json:2:14: invalid JSON: "));
}

TEST_CASE("errors: a file that cannot be opened is its own kind") {
  const auto e = caught<DataError>([&] { read_table(program(), kParty, "/nonexistent/redline/parties.csv", {}); });
  REQUIRE(e);
  CHECK(e->kind == DataFault::Kind::CannotOpen);
  CHECK(e->file == "/nonexistent/redline/parties.csv");
  CHECK(e->line == 0);
  CHECK(std::string(e->what()) == "cannot open '/nonexistent/redline/parties.csv': No such file or directory");
}

TEST_CASE("errors: an evaluation error names the rule, its citation, the entity and the key") {
  const char* policy = R"(policy ratio "ratio" [T];
entity Item [T] { key id: text; a: int; b: int; }
output rule per(i: Item): int [Reg 4(2)] = div(i.a, i.b);
)";
  redline::testing::PolicyFixture f("errors_eval", policy, "id,a,b\nI0,4,2\nI\t1,3,0\n");
  const auto e = caught<EvalError>([&] { evaluate(f.program(), f.tables, EvalOptions{}, f.all_rules()); });
  REQUIRE(e);
  CHECK(e->rule == "per");
  CHECK(e->citation == "Reg 4(2)");
  CHECK(e->entity == "Item");
  CHECK(e->key == "I\t1");  // as read; only the message escapes it
  CHECK(e->message == "'div' by zero");
  CHECK(std::string(e->what()) == "rule 'per' [Reg 4(2)] for Item 'I\\t1': 'div' by zero");
}
