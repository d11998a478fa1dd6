// Exceptions to exceptions and the tables that take every matching row (evaluator.cpp:
// eval_exceptions_to, eval_collect, eval_listed) narrow batches by selection vectors at every
// level; here their columns, over enough rows for several chunks and threads, are compared with
// a direct row-by-row reading of the same rules, and a conflict between siblings is reported
// with the record and both exceptions.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "policy_fixture.h"
#include "runtime/evaluator.h"

using namespace redline;

namespace {

const char* kPolicy = R"(policy default_logic "default logic" [T];
entity Item [T] { key id: text; a: int; b: int; c: int; d: int; }
output rule ranked(i: Item): int [R] = 0
  exception e1 [R1] when i.a == 1 then 1
  exception e2 to e1 [R2] when i.b == 1 then 2
  exception e3 to e2 [R3] when i.c == 1 then 3
  exception e4 to e1 [R4] when i.b == 2 and i.c != 1 then 4
  exception e5 [R5] when i.d == 3 and i.a == 0 and i.b == 0 and i.c == 0 then 5;
output rule total(i: Item): int? [S] = table collect sum (i.a, i.b) {
  [1..2], _ => 10;
  (0..3), 1 or 3 => 7;
  _, [2..3) => 1;
};
output rule least(i: Item): int [S] = table collect min (i.a) { _ => 100; < 2 => 5; [1..3] => 2; };
output rule hits(i: Item): int [S] = table collect count (i.c, i.d) { _, _ => 0; 0 or 1, _ => 0; _, > 1 => 0; };
output rule listed(i: Item): text [S] = table rule order (i.d) { >= 1 => "x"; < 3 => "y"; 2 => "z"; };
)";

struct Row {
  int a, b, c, d;
};

std::vector<Row> rows(size_t n) {
  std::vector<Row> out;
  uint64_t x = 7;
  for (size_t r = 0; r < n; ++r) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    out.push_back({static_cast<int>((x >> 33) % 4), static_cast<int>((x >> 37) % 4), static_cast<int>((x >> 41) % 4),
                   static_cast<int>((x >> 45) % 4)});
  }
  return out;
}

std::string csv(const std::vector<Row>& data) {
  std::string out = "id,a,b,c,d\n";
  for (size_t r = 0; r < data.size(); ++r)
    out += "I" + std::to_string(r) + "," + std::to_string(data[r].a) + "," + std::to_string(data[r].b) + "," +
           std::to_string(data[r].c) + "," + std::to_string(data[r].d) + "\n";
  return out;
}

// The rule 'ranked' read directly: an exception gives its value where none under it gives one
// and its condition holds; siblings never both give one here.
int ranked(const Row& r) {
  const bool e3 = r.c == 1, e2 = e3 || r.b == 1, e4 = r.b == 2 && r.c != 1, e1 = e2 || e4 || r.a == 1;
  if (e1) return e3 ? 3 : e2 ? 2 : e4 ? 4 : 1;
  if (r.d == 3 && r.a == 0 && r.b == 0 && r.c == 0) return 5;
  return 0;
}

}  // namespace

TEST_CASE("default logic and collect tables: the evaluator's columns are the rules read row by row") {
  const std::vector<Row> data = rows(20'000);
  redline::testing::PolicyFixture f("default_logic", kPolicy, csv(data));
  runtime::EvalOptions options;
  options.threads = 2;
  const runtime::Results results = runtime::evaluate(f.program(), f.tables, options, f.all_rules());
  auto column = [&](const char* name) -> const runtime::Column& {
    const int32_t r = f.program().rule_index(name);
    REQUIRE(r >= 0);
    return *results.columns[static_cast<size_t>(r)];
  };
  const runtime::Column &rank = column("ranked"), &total = column("total"), &least = column("least"),
                        &hits = column("hits"), &listed = column("listed");
  for (size_t i = 0; i < data.size(); ++i) {
    const Row& r = data[i];
    CAPTURE(i);
    CHECK(rank.values[i] == ranked(r));
    const int sum = (r.a >= 1 && r.a <= 2 ? 10 : 0) + (r.a > 0 && r.a < 3 && (r.b == 1 || r.b == 3) ? 7 : 0) +
                    (r.b >= 2 && r.b < 3 ? 1 : 0);
    const bool any = (r.a >= 1 && r.a <= 2) || (r.b >= 2 && r.b < 3);
    CHECK(total.is_present(i) == any);
    if (any) CHECK(total.values[i] == sum);
    CHECK(least.values[i] == (r.a >= 1 && r.a <= 3 ? 2 : r.a < 2 ? 5 : 100));
    CHECK(hits.values[i] == 1 + (r.c <= 1 ? 1 : 0) + (r.d > 1 ? 1 : 0));
    std::string expected;
    for (auto [match, text] : {std::pair{r.d >= 1, "x"}, std::pair{r.d < 3, "y"}, std::pair{r.d == 2, "z"}})
      if (match) expected += (expected.empty() ? "" : ", ") + std::string(text);
    CHECK(std::string(listed.texts[i]) == expected);
  }
}

TEST_CASE("default logic: siblings that both give a value and disagree stop evaluation, naming both") {
  const char* policy = R"(policy conflict "conflict" [T];
entity Item [T] { key id: text; a: int; b: int; c: int; d: int; }
output rule r(i: Item): int [R] = 0
  exception top [R1] when i.a == 1 then 1
  exception deep to top [R2] when i.b == 1 then 2
  exception other [R3] when i.c == 1 then 3;
)";
  // Row I2: 'deep' overrides 'top' (so 'top' and 'deep' never conflict), and gives 2 where its
  // parent's sibling 'other' gives 3.
  redline::testing::PolicyFixture f("default_logic_conflict", policy,
                                    "id,a,b,c,d\nI0,1,1,0,0\nI1,0,0,1,0\nI2,0,1,1,0\n");
  std::string error;
  try {
    runtime::evaluate(f.program(), f.tables, runtime::EvalOptions{}, f.all_rules());
  } catch (const runtime::EvalError& e) {
    error = e.what();
  }
  CHECK(error == "rule 'r' [R] for Item 'I2': exceptions 'deep' [R2] and 'other' [R3] both apply and disagree (2 vs 3)");
}
