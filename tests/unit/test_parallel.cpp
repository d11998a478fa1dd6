// Evaluation split over threads must give exactly what one thread gives: the same columns, the
// same first error. Also the release of columns no later rule reads, and the diff's parallel
// scan of large tables. Large enough tables (hundreds of thousands of rows) to take the
// parallel paths.
#include <doctest/doctest.h>

#include <atomic>
#include <string>

#include "policy_fixture.h"
#include "runtime/diff.h"
#include "runtime/evaluator.h"
#include "runtime/readers.h"

using namespace redline;

namespace {

const char* kPolicy = R"(policy parallel "parallel evaluation" [T];
enum Kind [T] { small, large, huge }
entity Item [T] {
  key id: text;
  kind: Kind;
  amount: int;
  group: Item?;
}
rule total(p: Item): int [T] = sum(q.amount for q in Item where q.group == p);
rule members(p: Item): int [T] = count(q in Item where q.group == p);
rule smallest(p: Item): int? [T] = min(q.amount for q in Item where q.group == p);
rule largest(p: Item): int? [T] = max(q.amount for q in Item where q.group == p);
rule any_huge(p: Item): bool [T] = any(q.kind == huge for q in Item where q.group == p);
rule all_small(p: Item): bool [T] = all(q.kind == small for q in Item where q.group == p);
rule grand_total(p: Item): int [T] = sum(q.amount for q in Item);
rule newest(p: Item): int? [T] = latest(q.amount * 2 for q in Item where q.group == p by q.amount);
rule oldest_text(p: Item): text? [T] = earliest(to_text(q.amount) for q in Item where q.group == p by q.amount);
rule top(p: Item): int? [T] = latest(q.amount for q in Item by q.amount);
output rule band(p: Item): Kind [T]
  = table first (total(p), p.kind) {
      big: > 1_000_000, _ => huge;
      mid: > 1000, large => large;
      rest: _, _ => small;
    };
output rule score(p: Item): int [T]
  = if p.group is some g then total(g) + members(g) else (smallest(p) ?? 0) + (largest(p) ?? 0);
output rule flags(p: Item): bool [T] = any_huge(p) or all_small(p) or grand_total(p) < 0;
)";

// Items in groups of up to 7 members; amounts from a fixed linear congruential sequence.
std::string items_csv(size_t rows, int64_t big_amount = 0) {
  std::string csv = "id,kind,amount,group\n";
  uint64_t x = 12345;
  const char* kinds[] = {"small", "large", "huge"};
  for (size_t r = 0; r < rows; ++r) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    int64_t amount = big_amount ? big_amount : static_cast<int64_t>((x >> 33) % 500'000);
    std::string group = r % 8 == 0 ? "" : "I" + std::to_string(r - r % 8);
    csv += "I" + std::to_string(r) + "," + kinds[(x >> 20) % 3] + "," + std::to_string(amount) + "," + group + "\n";
  }
  return csv;
}

struct Fixture : redline::testing::PolicyFixture {
  explicit Fixture(const std::string& csv) : PolicyFixture("parallel", kPolicy, csv) {}
  runtime::Results run(unsigned threads, bool release = false, std::vector<int32_t> wanted = {}) const {
    runtime::EvalOptions options;
    options.threads = threads;
    options.release_unneeded = release;
    return runtime::evaluate(program(), tables, options, wanted.empty() ? all_rules() : wanted);
  }
  // A diff of the program with itself, `after` holding columns changed by the test, without
  // reasons (the input must outlive the report, which points to it).
  runtime::DiffInput diff_input(const runtime::Results& before, const runtime::Results& after,
                                std::vector<int32_t> outputs) const {
    runtime::DiffInput in;
    in.before = &program();
    in.after = &program();
    in.before_results = &before;
    in.after_results = &after;
    in.tables = &tables;
    in.outputs = std::move(outputs);
    in.explain = false;
    return in;
  }
  std::string error(unsigned threads) const {
    try {
      run(threads);
    } catch (const runtime::EvalError& e) {
      return e.what();
    }
    return "";
  }
};

bool same_column(const runtime::Column& a, const runtime::Column& b) {
  return a.type == b.type && a.values == b.values && a.texts == b.texts &&
         (a.present == b.present || (a.present.empty() && std::find(b.present.begin(), b.present.end(), 0) == b.present.end()) ||
          (b.present.empty() && std::find(a.present.begin(), a.present.end(), 0) == a.present.end()));
}

}  // namespace

TEST_CASE("parallel: grouped aggregates and rules give what one thread gives") {
  Fixture f(items_csv(300'000));
  runtime::Results one = f.run(1), many = f.run(4), machine = f.run(0);
  for (size_t r = 0; r < f.program().rules.size(); ++r) {
    CAPTURE(f.program().rules[r].name);
    REQUIRE(one.columns[r]);
    CHECK(same_column(*one.columns[r], *many.columns[r]));
    CHECK(same_column(*one.columns[r], *machine.columns[r]));
  }
  // A spot check against the data: row 8 leads a group of rows 9..15.
  int32_t members = f.program().rule_index("members");
  CHECK(one.columns[static_cast<size_t>(members)]->values[8] == 7);
  CHECK(one.columns[static_cast<size_t>(members)]->values[9] == 0);
}

TEST_CASE("parallel: a tie of latest reports the same two rows as a single pass") {
  // Every amount is the same: the first row of each group and the first with another id tie.
  const char* policy = R"(policy ties "ties" [T];
entity Item [T] {
  key id: text;
  amount: int;
  group: Item?;
}
output rule newest(p: Item): text? [T] = latest(q.id for q in Item where q.group == p by q.amount);
output rule newest_anywhere(p: Item): text? [T] = latest(q.id for q in Item by q.amount);
)";
  std::string csv = "id,amount,group\n";
  for (size_t r = 0; r < 50'000; ++r)
    csv += "I" + std::to_string(r) + ",7," + (r < 8 ? std::string() : "I" + std::to_string(r % 8)) + "\n";
  redline::testing::PolicyFixture f("ties", policy, csv);
  for (const char* rule : {"newest", "newest_anywhere"}) {
    CAPTURE(rule);
    auto error = [&](unsigned threads) -> std::string {
      runtime::EvalOptions options;
      options.threads = threads;
      try {
        runtime::evaluate(f.program(), f.tables, options, {f.program().rule_index(rule)});
      } catch (const runtime::EvalError& e) {
        return e.what();
      }
      return "";
    };
    const std::string single = error(1);
    CHECK(single.find("'latest' finds two Item rows with the greatest q.amount (7)") != std::string::npos);
    CHECK(error(4) == single);
    CHECK(error(2) == single);
  }
}

TEST_CASE("parallel: a sum that overflows reports the same error as a single pass") {
  // Each amount is a quarter of the int64 range: the fifth addend of any sum overflows.
  Fixture f(items_csv(200'000, INT64_MAX / 4));
  std::string single = f.error(1);
  CHECK(single.find("sum overflows 64 bits") != std::string::npos);
  CHECK(f.error(4) == single);
  CHECK(f.error(0) == single);
}

TEST_CASE("parallel: a sum whose parts fit but whose total overflows still fails, as a single pass does") {
  // grand_total adds every row: each thread's part stays in range, their merge does not.
  Fixture f(items_csv(200'000, INT64_MAX / 150'000));
  std::string single = f.error(1);
  CHECK(single.find("rule 'grand_total'") != std::string::npos);
  CHECK(single.find("sum overflows 64 bits") != std::string::npos);
  CHECK(f.error(4) == single);
}

TEST_CASE("parallel: a sum whose partial sums overflow but whose total fits gives the total on any number of threads") {
  // The first half of the rows add up past INT64_MAX, the second half brings the total back to 0:
  // only the exact total decides, whatever the order the parts are added in.
  std::string csv = "id,kind,amount,group\n";
  const size_t rows = 200'000;
  const int64_t x = INT64_MAX / 1000;
  for (size_t r = 0; r < rows; ++r)
    csv += "I" + std::to_string(r) + ",small," + std::to_string(r < rows / 2 ? x : -x) + ",\n";
  Fixture f(csv);
  int32_t grand = f.program().rule_index("grand_total");
  for (unsigned threads : {1u, 2u, 4u, 0u}) {
    CAPTURE(threads);
    CHECK(f.error(threads) == "");
    runtime::Results r = f.run(threads, false, {grand});
    CHECK(r.columns[static_cast<size_t>(grand)]->values[0] == 0);
  }
}

TEST_CASE("parallel: release_unneeded keeps only what is wanted or kept") {
  Fixture f(items_csv(20'000));
  const ir::Program& p = f.program();
  int32_t score = p.rule_index("score"), total = p.rule_index("total"), members = p.rule_index("members");
  runtime::Results full = f.run(0, false, {score});
  runtime::EvalOptions options;
  options.release_unneeded = true;
  options.keep = {members};
  runtime::Results lean = runtime::evaluate(p, f.tables, options, {score});
  REQUIRE(lean.columns[static_cast<size_t>(score)]);
  CHECK(same_column(*lean.columns[static_cast<size_t>(score)], *full.columns[static_cast<size_t>(score)]));
  CHECK(lean.columns[static_cast<size_t>(members)]);    // kept
  CHECK_FALSE(lean.columns[static_cast<size_t>(total)]);  // read by score only, released
  CHECK(full.columns[static_cast<size_t>(total)]);
}

TEST_CASE("parallel: the diff of a large table matches a plain comparison") {
  Fixture f(items_csv(250'000));
  const ir::Program& p = f.program();
  std::vector<int32_t> outputs{p.rule_index("band"), p.rule_index("score")};
  // The "amended" side: the same program evaluated with a rule's column perturbed on some rows.
  runtime::Results before = f.run(0), after = f.run(0);
  auto changed = std::make_shared<runtime::Column>(*after.columns[static_cast<size_t>(outputs[1])]);
  size_t expected = 0;
  for (size_t r = 0; r < changed->values.size(); r += 3) {
    changed->values[r] += 1;
    ++expected;
  }
  after.columns[static_cast<size_t>(outputs[1])] = changed;
  const runtime::DiffInput in = f.diff_input(before, after, outputs);
  runtime::DiffReport report = runtime::compute_diff(in);
  REQUIRE(report.changes.size() == expected);
  CHECK(report.changed_entities == expected);
  CHECK(report.summaries[1].increased == expected);
  CHECK(report.summaries[0].changed == 0);
  bool in_row_order = true;  // across the parallel parts
  for (size_t i = 0; i < report.changes.size(); ++i) in_row_order &= report.changes[i].row == i * 3;
  CHECK(in_row_order);
  CHECK(report.key(report.changes[1]) == "I3");
  CHECK(std::stoll(report.after(report.changes[1])) == std::stoll(report.before(report.changes[1])) + 1);
  std::string csv;
  for (auto& part : report.csv_parts()) csv += part;
  CHECK(std::count(csv.begin(), csv.end(), '\n') == static_cast<long>(expected));
  CHECK(csv.rfind("I0,score,", 0) == 0);
}

TEST_CASE("parallel: changes rendered chunk by chunk are delivered in order; the first failing chunk's error is the one reported") {
  Fixture f(items_csv(80'000));
  const ir::Program& p = f.program();
  runtime::Results before = f.run(0), after = f.run(0);
  const int32_t score = p.rule_index("score");
  auto changed = std::make_shared<runtime::Column>(*after.columns[static_cast<size_t>(score)]);
  for (size_t r = 0; r < changed->values.size(); r += 2) changed->values[r] += 1;
  after.columns[static_cast<size_t>(score)] = changed;
  const runtime::DiffInput in = f.diff_input(before, after, {score});
  runtime::DiffReport report = runtime::compute_diff(in);
  const size_t n = report.changes.size();
  // 20 chunks of 2,048, more than the slots of two or four workers: every worker renders many,
  // in whatever order they finish, and each slot is used again.
  REQUIRE(n == 40'000);
  std::string expected;
  for (size_t i = 0; i < n; ++i) expected += report.key(report.changes[i]) + "\n";

  std::atomic<size_t> with_cause{0};  // none: the diff was computed without explanations
  const auto row = [&](size_t, std::string& text, size_t i, const runtime::Cause* cause) {
    if (cause) ++with_cause;
    text += report.key(report.changes[i]) + "\n";
  };
  std::string got;
  size_t deliveries = 0;
  report.explain(0, n, row, [&](std::string& text) {
    got += text;
    ++deliveries;
  });
  CHECK(got == expected);
  CHECK(deliveries == (n + 2047) / 2048);
  CHECK(with_cause == 0);

  SUBCASE("a part of the changes") {
    std::string part;
    report.explain(1000, 9000, row, [&](std::string& text) { part += text; });
    size_t from = 0;
    for (size_t i = 0; i < 1000; ++i) from = expected.find('\n', from) + 1;
    size_t to = from;
    for (size_t i = 1000; i < 9000; ++i) to = expected.find('\n', to) + 1;
    CHECK(part == expected.substr(from, to - from));
  }
  SUBCASE("two chunks fail: the first one's error, whichever failed first; nothing after it delivered") {
    for (int attempt = 0; attempt < 5; ++attempt) {
      std::string delivered;
      std::string error;
      try {
        report.explain(
            0, n,
            [&](size_t, std::string& text, size_t i, const runtime::Cause*) {
              if (i == 14 * 2048 + 7) throw std::runtime_error("chunk 14");
              if (i == 15 * 2048) throw std::runtime_error("chunk 15");
              text += report.key(report.changes[i]) + "\n";
            },
            [&](std::string& text) { delivered += text; });
      } catch (const std::runtime_error& e) {
        error = e.what();
      }
      CHECK(error == "chunk 14");
      CHECK(delivered.size() <= expected.size());
      CHECK(expected.compare(0, delivered.size(), delivered) == 0);  // a prefix, in order
      CHECK(std::count(delivered.begin(), delivered.end(), '\n') <= 14 * 2048);
    }
  }
  SUBCASE("a delivery that fails stops the workers and its error is reported") {
    size_t calls = 0;
    CHECK_THROWS_WITH(report.explain(0, n, row,
                                     [&](std::string&) {
                                       if (++calls == 3) throw std::runtime_error("disk full");
                                     }),
                      "disk full");
    CHECK(calls == 3);
  }
}
