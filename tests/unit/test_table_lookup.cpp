// Decision tables over bool and enum inputs are answered by a lookup built once per evaluation
// (evaluator.cpp, build_lookup): it must give exactly what matching every row cell by cell
// gives, values and errors alike, and leave the tables it does not fit to the general path.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "policy_fixture.h"
#include "runtime/evaluator.h"
#include "runtime/readers.h"

using namespace redline;

namespace {

const char* kPolicy = R"(policy lookup "table lookup" [T];
enum Kind [T] { small, large, huge }
enum Band [T] { low, mid, high }
param on: bool [T] = true;
param off: bool [T] = false;
param strict: bool [T] = false;
entity Item [T] {
  key id: text;
  kind: Kind;
  flag: bool;
  other: bool;
  amount: int;
}
output rule band(p: Item): Band [T]
  = table unique (p.kind, p.flag) {
      a: small, on => low;
      b: small, off => mid;
      c: {large, huge}, _ => high;
    };
output rule label(p: Item): text [T]
  = table first (p.kind, p.other) {
      small, true => "small and other";
      small, _ => "small";
      otherwise => "rest";
    };
output rule maybe(p: Item): Band? [T]
  = table first (p.flag, p.other, p.kind == huge) {
      true, true, _ => none;
      _, _, true => high;
      otherwise => low;
    };
output rule nested(p: Item): Band [T]
  = table unique (band(p), p.flag and not p.other) {
      low, _ => high;
      mid, _ => low;
      high, true => mid;
      high, false => low;
    };
output rule gapped(p: Item): Band [T]
  = table first (p.kind, p.flag) {
      small, true => low;
      small, strict => mid;
      {large, huge}, _ => high;
    };
output rule by_amount(p: Item): Band [T]
  = table first (p.amount, p.flag) {
      > 100, true => high;
      otherwise => low;
    };
)";

// Every combination of kind, flag and other, in a varying order, over several batches.
std::string items_csv(size_t rows) {
  std::string csv = "id,kind,flag,other,amount\n";
  const char* kinds[] = {"small", "large", "huge"};
  uint64_t x = 99;
  for (size_t r = 0; r < rows; ++r) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    csv += "I" + std::to_string(r) + "," + kinds[(x >> 40) % 3] + "," + ((x >> 20) % 2 ? "true" : "false") + "," +
           ((x >> 30) % 2 ? "true" : "false") + "," + std::to_string((x >> 33) % 200) + "\n";
  }
  return csv;
}

struct Fixture : redline::testing::PolicyFixture {
  Fixture() : PolicyFixture("table_lookup", kPolicy, items_csv(10'000)) {}
  runtime::Results run(bool lookup, std::vector<runtime::ParamOverride> overrides = {}) const {
    runtime::EvalOptions options;
    options.table_lookup = lookup;
    options.overrides = std::move(overrides);
    return runtime::evaluate(program(), tables, options, all_rules());
  }
  std::string error(bool lookup, std::vector<runtime::ParamOverride> overrides) const {
    try {
      run(lookup, std::move(overrides));
    } catch (const runtime::EvalError& e) {
      return e.what();
    }
    return "";
  }
};

runtime::ParamOverride set_param(const ir::Program& program, const std::string& name, int64_t value) {
  runtime::ParamOverride o;
  o.param = program.param_index(name);
  REQUIRE(o.param >= 0);
  o.value = value;
  return o;
}

}  // namespace

TEST_CASE("table lookup: the same columns as matching cell by cell") {
  Fixture f;
  const runtime::Results by_lookup = f.run(true), by_cells = f.run(false);
  // band, label, maybe, nested and gapped fit; by_amount has an int input.
  CHECK(by_lookup.table_lookups == 5);
  CHECK(by_cells.table_lookups == 0);
  for (size_t r = 0; r < f.program().rules.size(); ++r) {
    CAPTURE(f.program().rules[r].name);
    const runtime::Column& a = *by_lookup.columns[r];
    const runtime::Column& b = *by_cells.columns[r];
    CHECK(a.type == b.type);
    CHECK(a.values == b.values);
    CHECK(a.texts == b.texts);
    CHECK(a.present == b.present);
  }
  // A spot check against the data's first row: I0,KIND,FLAG,OTHER,AMOUNT.
  const std::string csv = items_csv(1);
  std::vector<std::string> fields;
  for (size_t at = csv.find('\n') + 1, comma; at < csv.size(); at = comma + 1) {
    comma = std::min(csv.find_first_of(",\n", at), csv.size());
    fields.push_back(csv.substr(at, comma - at));
  }
  REQUIRE(fields.size() == 5);
  const int32_t label = f.program().rule_index("label");
  CHECK(by_lookup.columns[static_cast<size_t>(label)]->texts[0] ==
        (fields[1] == "small" ? (fields[3] == "true" ? "small and other" : "small") : "rest"));
}

TEST_CASE("table lookup: a table broken by a parameter override fails as the general path does") {
  Fixture f;
  // off = true: rows a and b of band both match a small, flagged item.
  const std::string overlap = f.error(false, {set_param(f.program(), "off", 1)});
  CHECK(overlap.find("rows 'a' and 'b' of its 'unique' table both match") != std::string::npos);
  CHECK(f.error(true, {set_param(f.program(), "off", 1)}) == overlap);
  // strict = true: no row of gapped matches a small item that is not flagged.
  const std::string gap = f.error(false, {set_param(f.program(), "strict", 1)});
  CHECK(gap.find("rule 'gapped'") != std::string::npos);
  CHECK(gap.find("no row of its table matches") != std::string::npos);
  CHECK(f.error(true, {set_param(f.program(), "strict", 1)}) == gap);
}
