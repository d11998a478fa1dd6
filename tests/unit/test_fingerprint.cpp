// The lowering fingerprint covers every field of ir::Expr and ir::Aggregate that can change a
// value: `diff` reuses the baseline's column of a rule whose fingerprint is unchanged, so a field
// left out of the hash would let an amendment that changes only that field go unevaluated.
#include <doctest/doctest.h>

#include <cstddef>
#include <functional>
#include <memory>

#include "ir/ir.h"
#include "lower/lower.h"

using namespace redline;

namespace {

// Counts an aggregate's members: the most initializers `T{...}` accepts. So a field added to
// ir::Expr fails this test's static_asserts even where it fits in padding and leaves sizeof alone.
struct AnyField {
  template <typename T>
  operator T() const;  // never defined: only named where nothing is evaluated
};
template <typename T, typename... A>
constexpr size_t member_count() {
  if constexpr (requires { T{A{}..., AnyField{}}; }) return member_count<T, A..., AnyField>();
  else return sizeof...(A);
}

// When one of these fails, a field was added: hash it in lower.cpp's Lowerer::hash (or state
// there why it cannot change a value), add its case below, then update the count.
static_assert(member_count<ir::Expr>() == 12, "ir::Expr gained or lost a field: see above");
static_assert(member_count<ir::Aggregate>() == 13, "ir::Aggregate gained or lost a field: see above");

ir::ExprPtr literal(int64_t value) {
  auto e = std::make_unique<ir::Expr>();
  e->type = Type::integer();
  e->literal = value;
  return e;
}

// The fingerprint of an int literal 0 after `change`.
uint64_t fingerprint(const std::function<void(ir::Expr&)>& change) {
  static const ir::Program program;
  ir::ExprPtr e = literal(0);
  change(*e);
  return lower::expression_fingerprint(program, *e);
}

// An aggregate `count` over entity 0 with no filter, after `change`.
uint64_t aggregate_fingerprint(const std::function<void(ir::Aggregate&)>& change) {
  return fingerprint([&](ir::Expr& e) {
    e.op = ir::Op::Aggregate;
    e.agg = std::make_unique<ir::Aggregate>();
    e.agg->entity = 0;
    e.agg->slot = 1;
    change(*e.agg);
  });
}

const auto nothing = [](ir::Expr&) {};
const auto no_change = [](ir::Aggregate&) {};

}  // namespace

TEST_CASE("fingerprint: every field of ir::Expr that can change a value changes it") {
  const uint64_t base = fingerprint(nothing);
  CHECK(fingerprint(nothing) == base);  // deterministic, so the inequalities below mean something
  CHECK(fingerprint([](ir::Expr& e) { e.op = ir::Op::Var; }) != base);
  CHECK(fingerprint([](ir::Expr& e) { e.type = Type::decimal(); }) != base);
  CHECK(fingerprint([](ir::Expr& e) { e.type = Type::integer().as_optional(); }) != base);
  CHECK(fingerprint([](ir::Expr& e) { e.type = Type::enumeration(0); }) !=
        fingerprint([](ir::Expr& e) { e.type = Type::enumeration(1); }));
  CHECK(fingerprint([](ir::Expr& e) { e.args.push_back(literal(0)); }) != base);
  CHECK(fingerprint([](ir::Expr& e) { e.args.push_back(literal(1)); }) !=
        fingerprint([](ir::Expr& e) { e.args.push_back(literal(2)); }));
  CHECK(fingerprint([](ir::Expr& e) { e.literal = 1; }) != base);
  CHECK(fingerprint([](ir::Expr& e) { e.text = "a"; }) != base);
  CHECK(fingerprint([](ir::Expr& e) { e.is_none = true; }) != base);
  CHECK(fingerprint([](ir::Expr& e) { e.index = 0; }) != base);
  CHECK(fingerprint([](ir::Expr& e) { e.entity = 0; }) != base);
  CHECK(fingerprint([](ir::Expr& e) { e.slot = 0; }) != base);
  CHECK(fingerprint([](ir::Expr& e) { e.arm_members = {{1}}; }) != base);
  CHECK(fingerprint([](ir::Expr& e) { e.arm_members = {{1}}; }) !=
        fingerprint([](ir::Expr& e) { e.arm_members = {{2}}; }));
  // A member moved from one arm to the next: the members, in order, are the same.
  CHECK(fingerprint([](ir::Expr& e) { e.arm_members = {{1, 2}, {3}}; }) !=
        fingerprint([](ir::Expr& e) { e.arm_members = {{1}, {2, 3}}; }));
  CHECK(fingerprint([](ir::Expr& e) { e.arm_members = {{}}; }) != base);
  CHECK(fingerprint([](ir::Expr& e) { e.agg = std::make_unique<ir::Aggregate>(); }) != base);
}

TEST_CASE("fingerprint: where an expression stands is not part of it") {
  // A rule moved by an edit above it computes the same column, and keeps it in a diff.
  CHECK(fingerprint([](ir::Expr& e) { e.loc = support::Location{0, 120}; }) == fingerprint(nothing));
}

TEST_CASE("fingerprint: every field of ir::Aggregate changes it") {
  const uint64_t base = aggregate_fingerprint(no_change);
  CHECK(aggregate_fingerprint([](ir::Aggregate& a) { a.kind = ir::AggKind::Sum; }) != base);
  CHECK(aggregate_fingerprint([](ir::Aggregate& a) { a.entity = 1; }) != base);
  CHECK(aggregate_fingerprint([](ir::Aggregate& a) { a.slot = 2; }) != base);
  CHECK(aggregate_fingerprint([](ir::Aggregate& a) { a.value = literal(1); }) != base);
  CHECK(aggregate_fingerprint([](ir::Aggregate& a) { a.filter = literal(1); }) != base);
  CHECK(aggregate_fingerprint([](ir::Aggregate& a) { a.inner_key = literal(1); }) != base);
  CHECK(aggregate_fingerprint([](ir::Aggregate& a) { a.outer_key = literal(1); }) != base);
  CHECK(aggregate_fingerprint([](ir::Aggregate& a) { a.correlated_filter = literal(1); }) != base);
  CHECK(aggregate_fingerprint([](ir::Aggregate& a) { a.order = literal(1); }) != base);
  CHECK(aggregate_fingerprint([](ir::Aggregate& a) { a.order = literal(1); }) !=
        aggregate_fingerprint([](ir::Aggregate& a) { a.value = literal(1); }));
  // The same expression in two roles is two different aggregates.
  CHECK(aggregate_fingerprint([](ir::Aggregate& a) { a.filter = literal(1); }) !=
        aggregate_fingerprint([](ir::Aggregate& a) { a.correlated_filter = literal(1); }));
  CHECK(aggregate_fingerprint([](ir::Aggregate& a) { a.outer_key_optional = true; }) != base);
  CHECK(aggregate_fingerprint([](ir::Aggregate& a) { a.inner_key_optional = true; }) != base);
  CHECK(aggregate_fingerprint([](ir::Aggregate& a) { a.outer_key_optional = true; }) !=
        aggregate_fingerprint([](ir::Aggregate& a) { a.inner_key_optional = true; }));
  CHECK(aggregate_fingerprint([](ir::Aggregate& a) { a.nested_loop = true; }) != base);
  // The order as written is for messages: the order itself is hashed.
  CHECK(aggregate_fingerprint([](ir::Aggregate& a) {
          a.order = literal(1);
          a.order_text = "c.on";
        }) == aggregate_fingerprint([](ir::Aggregate& a) { a.order = literal(1); }));
}
