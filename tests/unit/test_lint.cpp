// `check`'s static analysis never states more than it established: findings over related rows
// are undecided remarks that --strict does not fail, exact findings stay warnings, conflicts
// between exceptions are errors with a witness, and table inputs are tried only over what they
// can produce.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "service/lint.h"
#include "driver/driver.h"

namespace redline::testing {
namespace {

using support::Diag;
using support::Severity;

// Compiles `policy` (errors of the compiler are kept in `diags`) and, when it compiles, runs the
// static analysis, with warnings as errors when `strict`.
struct Checked {
  support::SourceManager sources;
  support::DiagnosticEngine diags{sources};
  std::unique_ptr<driver::Compiled> compiled;

  Checked(const std::string& name, const char* policy, bool strict = false) {
    const auto dir = std::filesystem::temp_directory_path() / ("redline_test_lint_" + name);
    std::filesystem::create_directories(dir);
    const std::string path = (dir / (name + ".policy")).string();
    std::ofstream(path) << policy;
    diags.set_warnings_as_errors(strict);
    driver::CompileOptions options;
    options.require_citations = false;
    compiled = driver::compile(sources, diags, path, options);
    if (compiled && !diags.has_errors()) service::lint(*compiled, nullptr, diags);
  }
  size_t count(Diag id) const {
    size_t n = 0;
    for (const auto& d : diags.diagnostics()) n += d.id == id;
    return n;
  }
  const support::Diagnostic* first(Diag id) const {
    for (const auto& d : diags.diagnostics())
      if (d.id == id) return &d;
    return nullptr;
  }
};

constexpr const char* kHouseholds = R"(policy households;
enum Tenure { owner, renter }
entity Household { key id: text; tenure: Tenure; rooms: int check >= 1; }
entity Resident { key id: text; household: Household; adult: bool; }
)";

}  // namespace

TEST_CASE("check: an exception over a count of related rows is seen to apply, so nothing is claimed") {
  std::string policy = std::string(kHouseholds) + R"(
output rule support(h: Household): int = 100
  exception large when count(r in Resident where r.household == h) >= 3 then 200
  exception children when count(r in Resident where r.household == h and not r.adult) >= 2 then 200;
)";
  Checked c("seen", policy.c_str(), /*strict=*/true);
  CHECK(c.diags.error_count() == 0);
  CHECK(c.count(Diag::ExceptionNeverApplies) == 0);
  CHECK(c.count(Diag::Undecided) == 0);
}

TEST_CASE("check: an aggregate finding not established is an undecided remark, even under --strict") {
  std::string policy = std::string(kHouseholds) + R"(
output rule support(h: Household): int = 100
  exception huge when count(r in Resident where r.household == h) >= 1000 then 200;
)";
  Checked c("undecided", policy.c_str(), /*strict=*/true);
  CHECK(c.diags.error_count() == 0);
  CHECK(c.diags.warning_count() == 0);
  REQUIRE(c.count(Diag::Undecided) == 1);
  const support::Diagnostic* d = c.first(Diag::Undecided);
  CHECK(d->severity == Severity::Remark);
  CHECK(d->message.find("was not seen to apply") != std::string::npos);
  CHECK(d->message.find("never applies") == std::string::npos);
  REQUIRE_FALSE(d->notes.empty());
  CHECK(d->notes.back().message.find("undecided: its condition reads 'count(...)' over related Resident rows") == 0);
}

TEST_CASE("check: an exception over enums and constants that never applies is still a warning") {
  std::string policy = std::string(kHouseholds) + R"(
output rule support(h: Household): int = 100
  exception large when count(r in Resident where r.household == h) >= 3 then 200
  exception none_rooms when h.tenure == owner and h.rooms < 1 then 0;
)";
  Checked c("exact", policy.c_str());
  REQUIRE(c.count(Diag::ExceptionNeverApplies) == 1);
  CHECK(c.first(Diag::ExceptionNeverApplies)->message.find("'none_rooms'") != std::string::npos);
  // Proved by Z3, which the message says, rather than only seen in the generated cases.
  CHECK(c.first(Diag::ExceptionNeverApplies)->message.find("false for every input (proved") != std::string::npos);
  CHECK(c.count(Diag::Undecided) == 0);
}

TEST_CASE("check: arithmetic on fields and dated parameters, which the cases cannot decide, are proved by Z3") {
  // No whole number squares to 2, and a is never negative whatever the limit: the generated
  // cases alone could not establish either (undecided), the proof does, on every dated value.
  constexpr const char* policy = R"(policy p;
entity Item { key id: text; a: int check >= 0; b: int check >= 0; }
param limit: int = 10 until 2024-01-01, then -5;
output rule r(i: Item): int = 1
  exception product when i.a * i.a == 2 then 2
  exception dated when i.a < limit and i.a < 0 then 3;
)";
  Checked c("arith", policy);
  CHECK(c.count(Diag::ExceptionNeverApplies) == 2);
  CHECK(c.count(Diag::Undecided) == 0);
  for (const auto& d : c.diags.diagnostics())
    if (d.id == Diag::ExceptionNeverApplies)
      CHECK(d.message.find("proved on every date") != std::string::npos);
}

TEST_CASE("check: an exception that applies only on later days is not said never to apply") {
  // The proofs were asked on each date a parameter changes value, with as_of() fixed to it: an
  // exception of as_of() after the last of them was "proved" never to apply, and one that holds
  // on those dates only was "proved" to always apply. The day is now a term of the question.
  constexpr const char* policy = R"(policy p;
entity Item { key id: text; a: int check >= 0; }
param limit: int = 10 until 2024-01-01, then 20;
output rule r(i: Item): int = 1
  exception later when as_of() > 2031-01-01 then 2;
output rule s(i: Item): int = 1
  exception early when as_of() <= 2024-01-02 and i.a >= 0 then 2;
)";
  Checked c("later", policy);
  CHECK(c.count(Diag::ExceptionNeverApplies) == 0);
  CHECK(c.count(Diag::ExceptionAlwaysApplies) == 0);
}

TEST_CASE("check: a rule read only on a path no input takes is dead, by proof") {
  // `extra` is read only under `h.income < 0`, which the field's check rules out, and in an
  // exception that never applies; `bonus` only by `extra`; `alive` is read on the other branch.
  constexpr const char* policy = R"(policy p;
entity H { key id: text; income: int check >= 0; kids: int check >= 0; }
rule bonus(h: H): int = h.income * 2;
rule extra(h: H): int = bonus(h) + 1;
rule alive(h: H): int = h.kids * 3;
rule later(h: H): int = h.kids + 1;
output rule pay(h: H): int = if h.income < 0 then extra(h) else alive(h);
output rule pay2(h: H): int = 1
  exception never when h.kids < 0 then alive(h) + extra(h)
  exception someday when as_of() > 2040-01-01 then later(h);
)";
  Checked c("dead", policy);
  std::vector<std::string> dead;
  for (const auto& d : c.diags.diagnostics())
    if (d.id == Diag::DeadRule) dead.push_back(d.message.substr(0, d.message.find(' ', 6)));
  CHECK(dead == std::vector<std::string>{"rule 'bonus'", "rule 'extra'"});
}

TEST_CASE("check: what the proof does not reach is still undecided by the cases") {
  // to_text is outside the solver's model: the cases decide, and they cannot here.
  constexpr const char* policy = R"(policy p;
entity Item { key id: text; a: int check >= 0; }
output rule r(i: Item): int = 1
  exception product when to_text(i.a * i.a) == "2" then 2;
)";
  Checked c("arith_text", policy);
  CHECK(c.count(Diag::ExceptionNeverApplies) == 0);
  REQUIRE(c.count(Diag::Undecided) == 1);
  CHECK(c.first(Diag::Undecided)->notes.back().message.find("computes with numbers") != std::string::npos);
}

TEST_CASE("check: two exceptions that disagree on a generated case are an error naming both, with a witness") {
  std::string policy = std::string(kHouseholds) + R"(
output rule support(h: Household): int = 100
  exception large [H1] when count(r in Resident where r.household == h) >= 3 then 200
  exception owners [H2] when h.tenure == owner then 150
  exception renters [H3] when h.tenure == renter then 200;
)";
  Checked c("conflict", policy.c_str());
  REQUIRE(c.count(Diag::ExceptionConflict) == 1);
  const support::Diagnostic* d = c.first(Diag::ExceptionConflict);
  CHECK(d->severity == Severity::Error);
  CHECK(d->message.find("'large' [H1] and 'owners' [H2]") != std::string::npos);
  bool witness = false;
  for (const auto& n : d->notes) witness = witness || n.message.find("for example tenure = owner, rooms = 1, and 3 Resident rows") == 0;
  CHECK(witness);
}

TEST_CASE("tables: a count input needs no row below 0, a field checked >= 1 none for 0") {
  std::string policy = std::string(kHouseholds) + R"(
output rule occupied(h: Household): bool
  = table unique (count(r in Resident where r.household == h), h.rooms) {
      empty: 0, _ => false;
      one_room: >= 1, 1 => true;
      more_rooms: >= 1, > 1 => true;
    };
)";
  Checked c("domain", policy.c_str());
  CHECK(c.count(Diag::TableGap) == 0);
  CHECK(c.diags.error_count() == 0);
}

TEST_CASE("tables: a real gap next to a bounded input is still found") {
  std::string policy = std::string(kHouseholds) + R"(
output rule occupied(h: Household): bool
  = table unique (count(r in Resident where r.household == h)) {
      empty: 0 => false;
      many: >= 2 => true;
    };
)";
  Checked c("domain_gap", policy.c_str());
  REQUIRE(c.count(Diag::TableGap) == 1);
  CHECK(c.first(Diag::TableGap)->message.find("= 1") != std::string::npos);
}

}  // namespace redline::testing

namespace redline::testing {

TEST_CASE("check: an int field compared with decimal constants is undecided, not 'never applies'") {
  // n = 3 satisfies it, but the cases hold n only at 0, 1, 2 and at the decimals' physical values.
  constexpr const char* policy = R"(policy mix;
entity Item { key id: text; n: int check >= 0; }
output rule r(i: Item): int = 1
  exception between when i.n > 2.5 and i.n < 3.5 then 0;
)";
  Checked c("int_decimal", policy);
  // Z3 finds n = 3, where it applies: no finding at all (the cases alone could only say undecided).
  CHECK(c.count(Diag::ExceptionNeverApplies) == 0);
  CHECK(c.count(Diag::Undecided) == 0);
}

}  // namespace redline::testing

namespace redline::testing {

TEST_CASE("check: a generated case that stops one rule's evaluation does not silence the checks of the others") {
  // b = 0 is a case, and 'ratio' divides by it; 'never' is still checked (before: no finding at all).
  constexpr const char* policy = R"(policy div;
entity Item { key id: text; a: int; b: int check >= 0; }
output rule ratio(i: Item): int = 1
  exception steep when i.a / i.b > 100 then 2;
output rule never(i: Item): int = 1
  exception negative when i.b < 0 then 2;
)";
  Checked c("division", policy);
  REQUIRE(c.count(Diag::ExceptionNeverApplies) == 1);
  CHECK(c.first(Diag::ExceptionNeverApplies)->message.find("'negative'") != std::string::npos);
}

}  // namespace redline::testing
