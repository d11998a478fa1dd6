// Functions (rules with scalar parameters, ir::Op::Call): evaluated over whole chunks of the
// caller's rows on several threads, their columns equal to the rules read row by row; an error
// inside a function names it and its caller; a caller's fingerprint follows the function's body;
// a function has no column and callers read what it reads.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "policy_fixture.h"
#include "runtime/evaluator.h"

using namespace redline;

namespace {

const char* kPolicy = R"(policy functions_unit "functions" [T];
entity Item [T] { key id: text; a: int; b: int; c: int; }
param cut: int [P] = 2;
rule big(i: Item): bool [B] = i.a >= cut;
rule clamp(x: int, low: int, high: int): int [C] = if x < low then low else if x > high then high else x
  exception flat [C1] when low == high then low;
rule grade(x: int): int [G] = table first (x) { < 1 => 10; [1..2] => 20; otherwise => 30; };
rule weigh(i: Item, w: int): int [W] = if big(i) then w * 2 else w
  exception zero [W1] when w == 0 then -1
  exception still_zero to zero [W2] when i.c == 3 then -2;
output rule mixed(i: Item): int [M] = clamp(i.a + i.b, 1, 4) + grade(i.c) + weigh(i, clamp(i.b, 0, 2));
output rule nested(i: Item): int [N] = clamp(clamp(i.a * 3, 0, 7), i.c, i.c);
)";

struct Row {
  int a, b, c;
};

std::vector<Row> rows(size_t n) {
  std::vector<Row> out;
  uint64_t x = 11;
  for (size_t r = 0; r < n; ++r) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    out.push_back({static_cast<int>((x >> 33) % 5), static_cast<int>((x >> 37) % 4), static_cast<int>((x >> 41) % 4)});
  }
  return out;
}

std::string csv(const std::vector<Row>& data) {
  std::string out = "id,a,b,c\n";
  for (size_t r = 0; r < data.size(); ++r)
    out += "I" + std::to_string(r) + "," + std::to_string(data[r].a) + "," + std::to_string(data[r].b) + "," +
           std::to_string(data[r].c) + "\n";
  return out;
}

int clamp(int x, int low, int high) {
  if (low == high) return low;
  return x < low ? low : x > high ? high : x;
}
int grade(int x) { return x < 1 ? 10 : x <= 2 ? 20 : 30; }
// An exception to an exception overrides it whether or not its parent's condition holds.
int weigh(const Row& r, int w) {
  if (r.c == 3) return -2;
  if (w == 0) return -1;
  return r.a >= 2 ? w * 2 : w;
}

std::vector<int64_t> column(const redline::testing::PolicyFixture& f, const runtime::Results& results, const char* name) {
  const int32_t r = f.program().rule_index(name);
  REQUIRE(r >= 0);
  return {results.columns[static_cast<size_t>(r)]->values.begin(), results.columns[static_cast<size_t>(r)]->values.end()};
}

}  // namespace

TEST_CASE("functions: calls over chunks and threads give the rules read row by row") {
  const std::vector<Row> data = rows(20'000);
  redline::testing::PolicyFixture f("functions_unit", kPolicy, csv(data));
  const ir::Program& p = f.program();
  // Functions have no column: they are not rules, not in the order; callers read what they read.
  CHECK(p.functions.size() == 3);
  CHECK(p.rule_index("clamp") < 0);
  CHECK(p.function_index("weigh") >= 0);
  const ir::Rule& mixed = p.rules[static_cast<size_t>(p.rule_index("mixed"))];
  CHECK(std::find(mixed.depends_on.begin(), mixed.depends_on.end(), p.rule_index("big")) != mixed.depends_on.end());
  for (size_t threads : {1, 4}) {
    CAPTURE(threads);
    runtime::EvalOptions options;
    options.threads = threads;
    const runtime::Results results = runtime::evaluate(p, f.tables, options, f.all_rules());
    const std::vector<int64_t> m = column(f, results, "mixed"), n = column(f, results, "nested");
    for (size_t i = 0; i < data.size(); ++i) {
      const Row& r = data[i];
      CAPTURE(i);
      CHECK(m[i] == clamp(r.a + r.b, 1, 4) + grade(r.c) + weigh(r, clamp(r.b, 0, 2)));
      CHECK(n[i] == clamp(clamp(r.a * 3, 0, 7), r.c, r.c));
    }
  }
}

TEST_CASE("functions: an error inside a function names the function, its clause, the caller and the row") {
  const char* policy = R"(policy function_error "function error" [T];
entity Item [T] { key id: text; a: int; }
rule ratio(x: int, y: int): int [F1] = div(x, y);
rule pick(x: int): int [F2] = 0
  exception one [F3] when x > 0 then 1
  exception two [F4] when x > 1 then 2;
output rule r(i: Item): int [R] = ratio(10, i.a);
output rule s(i: Item): int [S] = pick(i.a + 1);
)";
  redline::testing::PolicyFixture f("function_error", policy, "id,a\nI0,1\nI1,0\n");
  auto error_of = [&](const char* rule) {
    try {
      runtime::evaluate(f.program(), f.tables, runtime::EvalOptions{}, {f.program().rule_index(rule)});
    } catch (const runtime::EvalError& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  CHECK(error_of("r") == "rule 'r' [R] for Item 'I1': in function 'ratio' [F1]: 'div' by zero");
  CHECK(error_of("s") ==
        "rule 's' [S] for Item 'I0': in function 'pick' [F2]: exceptions 'one' [F3] and 'two' [F4] both apply and "
        "disagree (1 vs 2)");
}

TEST_CASE("functions: a caller's fingerprint follows the function's body, and only its callers'") {
  auto fingerprints = [](const char* name, const char* body) {
    const std::string policy = std::string(R"(policy fp "fp" [T];
entity Item [T] { key id: text; a: int; }
rule f(x: int): int [F] = )") + body + R"(;
output rule calls(i: Item): int [C] = f(i.a);
output rule other(i: Item): int [O] = i.a;
)";
    redline::testing::PolicyFixture fx(name, policy.c_str(), "id,a\nI0,1\n");
    const ir::Program& p = fx.program();
    return std::pair{p.rules[static_cast<size_t>(p.rule_index("calls"))].fingerprint,
                     p.rules[static_cast<size_t>(p.rule_index("other"))].fingerprint};
  };
  const auto [calls1, other1] = fingerprints("fp1", "x + 1");
  const auto [calls2, other2] = fingerprints("fp2", "x + 2");
  const auto [calls3, other3] = fingerprints("fp3", "x + 1");
  CHECK(calls1 != calls2);
  CHECK(calls1 == calls3);
  CHECK(other1 == other2);
}
