// The rule graph: the contract between the compiler and the runtime.
//
// Everything here is resolved and typed: names are indices, enum members are ordinals,
// literals are already in their physical encoding. The runtime needs nothing else to
// evaluate a policy, and knows nothing of the syntax it came from. Source locations are
// kept only as opaque values (support::Location) so that explanations and run-time errors
// can point back at the clause.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "support/source.h"
#include "types/law.h"
#include "types/table_suspect.h"
#include "types/type.h"

namespace redline::ir {

struct Enum {
  std::string name;
  std::vector<std::string> members;  // in declaration order; ordinal = position
};

enum class CheckOp : uint8_t { Lt, Le, Gt, Ge, Eq, Ne };

// A per-field check validated on load, e.g. 'domestic_premises: int check >= 0'.
struct FieldCheck {
  CheckOp op;
  int64_t value;        // physical encoding of the field's type (int, decimal, date)
  std::string literal;  // as written, for messages
};

// Whether a value (in the field's physical encoding) passes one check. The one definition the
// readers, the test runner and the analysis share.
inline bool check_holds(const FieldCheck& check, int64_t value) {
  switch (check.op) {
    case CheckOp::Lt: return value < check.value;
    case CheckOp::Le: return value <= check.value;
    case CheckOp::Gt: return value > check.value;
    case CheckOp::Ge: return value >= check.value;
    case CheckOp::Eq: return value == check.value;
    case CheckOp::Ne: return value != check.value;
  }
  return true;
}

struct Field {
  std::string name;
  Type type;                       // Entity kind: a reference by key to another entity
  std::vector<FieldCheck> checks;
  support::Location loc;
};

struct Entity {
  std::string name;
  std::vector<Field> fields;
  int32_t key_field = 0;  // index into fields; the key is text or int, unique, non-empty
  support::Location loc;

  int32_t field_index(std::string_view n) const {
    for (size_t i = 0; i < fields.size(); ++i)
      if (fields[i].name == n) return static_cast<int32_t>(i);
    return -1;
  }
};

// --- expressions -------------------------------------------------------------------------

enum class Op : uint8_t {
  // leaves
  Literal,      // value in `literal` / `text`
  Var,          // local slot `slot` (the rule's parameter is slot 0)
  Param,        // parameter `index`, resolved to its value as of the evaluation date
  ParamAt,      // parameter `index` in force on the date args[0], row by row (`cap at s.sold`)
  // access
  Field,        // args[0] is an entity reference; `index` is the field of entity `entity`
  RuleRef,      // rule `index` applied to the entity row args[0]
  CycleAt,      // cycle `index` at position args[0] (1-based, wraps)
  // arithmetic: args[0], args[1]; types agree after implicit int->decimal promotion
  Add, Sub, Mul, Div, Mod, Neg,
  IntToDecimal, // promotion inserted by the compiler
  // comparison and logic
  Eq, Ne, Lt, Le, Gt, Ge,
  And, Or, Not,
  // optionals
  IsNone, IsSome,
  Coalesce,     // args[0] ?? args[1]
  // sets
  In,           // args[0] (enum) in args[1] (set)
  Within,       // args[0] (set) is a subset of args[1] (set)
  Overlaps,     // the two sets share a member
  SetSize,
  // control
  If,           // args: cond, then, else; `slot` >= 0 binds the unwrapped value of
                // args[0]'s IsSome operand in the then branch
  Match,        // args[0] scrutinee, arms: args[1..]; `arm_members[i]` lists the ordinals for
                // arm i (empty = wildcard)
  // builtins
  Min2, Max2, Abs,
  Round,        // args[0] (decimal) to `literal` places (0..6) by RoundMode `index`
  ToInt,        // args[0] (decimal) to a whole int by RoundMode `index`
  FloorDiv,     // int division rounded toward minus infinity (`div`)
  DatePart,     // year (`index` 0), month (1) or day (2) of args[0]
  AddMonths,    // args[0] (date) moved by args[1] * `literal` months (1: months, 12: years)
  MonthsBetween,// whole months (`literal` 1) or years (12) from args[0] to args[1]
  PeriodEdge,   // first (`index` 0) or last (1) day of args[0]'s month, first (2) or last (3) of its year
  AsOf,         // the evaluation date of the run
  Concat,       // text args[0] followed by args[1]
  ToText,       // args[0] (any scalar but text) as the language prints it
  Scale,        // scale parameter `index` applied to the amount args[0] as ScaleKind `literal`, in force
                // on the evaluation date, or on the date args[1] when there is one (`s at p.paid`)
  // aggregate over entity `entity`: `agg` describes it; slot binds the iterated row
  Aggregate,
  // function `index` (Program::functions) applied to args: the entity argument first when the
  // function has an entity parameter, then one per scalar parameter. The function's body is
  // evaluated over the caller's rows with its parameters bound to the arguments' values, each
  // argument computed once.
  Call,
};

enum class AggKind : uint8_t { Sum, Count, Min, Max, Any, All, Latest, Earliest };

// How a scale applies to an amount (Op::Scale's `literal`): Marginal sums each bracket's rate
// times the part of the amount within the bracket (OpenFisca's MarginalRateTaxScale.calc); Flat
// is the rate of the bracket the amount falls in times the whole amount; Rate is that rate alone.
enum class ScaleKind : int64_t { Marginal = 0, Flat = 1, Rate = 2 };

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

// An aggregate splits its filter, at compile time, into an equality key that correlates the
// iterated row with the outer rows (so it can be evaluated by grouping, not by a nested
// loop) and the rest. When no such key exists, `inner_key` is null and the runtime falls back
// to evaluating the filter for every pair of rows.
struct Aggregate {
  AggKind kind = AggKind::Count;
  int32_t entity = -1;       // entity iterated over
  int32_t slot = -1;         // the iteration variable's slot
  ExprPtr value;             // null for count
  ExprPtr order;             // latest, earliest: `by ORDER` over the iterated row (else null)
  std::string order_text;    // the order as written (`c.on`), for explanations and messages
  ExprPtr filter;            // conjuncts that mention only the iteration variable; may be null
  ExprPtr inner_key;         // key over the iterated row, e.g. q.shared_resource
  ExprPtr outer_key;         // key over the outer rows, e.g. p
  ExprPtr correlated_filter; // conjuncts that mention both; forces the nested-loop path
  bool outer_key_optional = false;
  bool inner_key_optional = false;
  // The value or a filter relates the two rows other than by the key: every pair is tried.
  bool nested_loop = false;
};

struct Expr {
  Op op = Op::Literal;
  Type type;
  support::Location loc;
  std::vector<ExprPtr> args;
  int64_t literal = 0;         // Literal: physical value (bool, int, decimal, date, enum, set)
  std::string text;            // Literal of text type
  bool is_none = false;        // Literal 'none' of an optional type
  int32_t index = -1;          // Param, Field, RuleRef, CycleAt
  int32_t entity = -1;         // Field: the entity whose field is read
  int32_t slot = -1;           // Var, If binding, Aggregate variable
  std::vector<std::vector<int64_t>> arm_members;  // Match
  std::unique_ptr<Aggregate> agg;                 // Aggregate
};

// --- declarations ------------------------------------------------------------------------

// Where a definition came from: the baseline policy or an amendment, for explanations and
// the diff's "why it changed".
struct Provenance {
  std::string amendment;     // empty for the baseline policy
  std::string citation;      // the clause as cited, e.g. "G8.49"
  support::Location loc;
};

// One bracket of a scale: from `threshold` (in the scale's type, encoded) up to the next
// bracket's threshold, `rate` (a decimal, times 10^6).
struct ScaleBracket {
  int64_t threshold = 0;
  int64_t rate = 0;
};

struct ParamValue {
  std::optional<int64_t> from;  // days since epoch; none for the first value
  int64_t value = 0;
  std::string text;             // text parameters
  std::vector<ScaleBracket> brackets;  // scales: thresholds increasing
};

struct Param {
  std::string name;
  Type type;                    // a scale: the type of its thresholds
  bool scale = false;           // read only by Op::Scale, never as a value
  // Ordered by date. The first has no `from`, unless the parameter is declared with the `from`
  // form: then it has no value before the first `from`, and reading it there is an error.
  std::vector<ParamValue> values;
  Provenance origin;
  bool given = false;  // `check --param`: its one value, at every date, was given on the command line
};

struct Cycle {
  std::string name;
  Type element;
  std::vector<int64_t> values;
  Provenance origin;
};

// A labelled exception of a rule: when `condition` holds, the rule's value is `value`
// instead of the default, or instead of the exception `parent` it is an exception to.
// Exceptions form a tree under the default (default logic, as in Catala): an exception that
// applies overrides its parent; two siblings that apply for one row and disagree are an error.
struct Exception {
  std::string label;
  int32_t parent = -1;  // index into Rule::exceptions; -1: an exception to the default
  ExprPtr condition;
  ExprPtr value;
  Provenance origin;
};

// Collect aggregates the outcomes of every matching row (Table::collect: Sum, Min, Max, Count);
// RuleOrder and OutputOrder join them as text, ", " between, in row order or in the order of the
// outcomes' enum (DMN's R and O return lists; the language has no list type).
enum class HitPolicy : uint8_t { Unique, First, Priority, Collect, RuleOrder, OutputOrder, Any };

// One row of a decision table: a condition per input column (null = any value) and the
// outcome. A cell condition is a boolean expression over slot `cell_slot` of the table.
struct TableRow {
  std::string label;             // given or "row N"
  std::vector<ExprPtr> cells;    // null for '_'
  ExprPtr outcome;
  Provenance origin;
};

struct Table {
  HitPolicy policy = HitPolicy::Unique;
  AggKind collect = AggKind::Sum;  // Collect: Sum, Min, Max or Count
  std::vector<ExprPtr> inputs;   // evaluated once per row of the entity
  std::vector<int32_t> input_slots;  // cells read the input through these slots
  std::vector<TableRow> rows;
  int32_t otherwise_row = -1;    // index of the 'otherwise' row, if any (always last)
  // Gaps and overlaps the compiler found only on combinations of input values that the inputs,
  // reading the same facts, may not take together: `check` decides them (service/lint.cpp).
  support::Location loc;
  std::vector<TableSuspect> suspects;
};

enum class RuleKind : uint8_t { Rule, Obligation };

struct Rule {
  std::string name;
  RuleKind kind = RuleKind::Rule;
  std::string title;              // obligations: the clause heading, e.g. "Shared Resources"
  int32_t entity = -1;            // the entity the rule is defined over
  Type type;
  bool output = false;
  int32_t slot_count = 1;         // local slots used by the body (slot 0 = the parameter)
  ExprPtr body;                   // the default value; null when `table` is set
  std::unique_ptr<Table> table;   // a decision table as the default value
  std::vector<Exception> exceptions;
  std::vector<int32_t> depends_on;  // rules this rule reads, for ordering and explanations
  std::vector<std::string> notes;        // 'note' annotations
  std::vector<std::string> assumptions;  // 'assumption' annotations: inferred readings
  Provenance origin;
  uint64_t fingerprint = 0;       // equal fingerprints compute equal columns on equal data
  // Obligations: the act they require or forbid (`requires notice`), none when they name none.
  Duty duty = Duty::None;
  std::string act;
  // Obligations with `due DATE`: the rule `NAME.due` that computes the deadline (lowering adds
  // it after the rules of the source); on that rule, the obligation it belongs to. For one that
  // forbids (`forbids notice until DATE`), the rule is `NAME.until`, the day the prohibition
  // ends: not a deadline (is_deadline() says which).
  int32_t due_rule = -1;
  int32_t due_of = -1;
  bool is_deadline() const { return due_rule >= 0 && duty != Duty::Forbids; }
  // An obligation with a date or an act is followed over time (`timeline`, check's deadline and
  // conflict questions) even when no output reads it.
  bool followed() const { return due_rule >= 0 || duty != Duty::None; }
  // Functions (Program::functions): `entity` is -1 without an entity parameter; the scalar
  // parameters are slots 1, 2, ... (slot 0 is the entity's); `row_slot` holds the calling rule's
  // own rows while the function is evaluated, so that an error names the caller's entity.
  std::vector<std::string> param_names;
  std::vector<Type> param_types;
  int32_t row_slot = -1;
};

struct Program {
  std::string policy_name;
  std::string title;
  std::vector<std::string> amendments;  // applied, in order
  std::vector<Enum> enums;
  std::vector<Entity> entities;
  std::vector<Param> params;
  std::vector<Cycle> cycles;
  std::vector<Rule> rules;
  // Rules with scalar parameters: no column of their own, evaluated where Op::Call calls them;
  // each after the functions it calls. Never in `order`, never outputs.
  std::vector<Rule> functions;
  std::vector<int32_t> order;  // rules in dependency order (every rule after what it reads)

  std::unordered_map<std::string, int32_t> rule_names;  // filled by lowering

  int32_t rule_index(std::string_view n) const {
    if (!rule_names.empty()) {
      auto it = rule_names.find(std::string(n));
      return it == rule_names.end() ? -1 : it->second;
    }
    for (size_t i = 0; i < rules.size(); ++i)
      if (rules[i].name == n) return static_cast<int32_t>(i);
    return -1;
  }
  int32_t function_index(std::string_view n) const {
    for (size_t i = 0; i < functions.size(); ++i)
      if (functions[i].name == n) return static_cast<int32_t>(i);
    return -1;
  }
  int32_t entity_index(std::string_view n) const {
    for (size_t i = 0; i < entities.size(); ++i)
      if (entities[i].name == n) return static_cast<int32_t>(i);
    return -1;
  }
  int32_t param_index(std::string_view n) const {
    for (size_t i = 0; i < params.size(); ++i)
      if (params[i].name == n) return static_cast<int32_t>(i);
    return -1;
  }
  std::string type_name(const Type& t) const;
};

// Calls f on `e` and every expression below it, aggregates' parts included.
template <typename F>
void visit(const Expr* e, F&& f) {
  if (!e) return;
  f(*e);
  for (const auto& a : e->args) visit(a.get(), f);
  if (e->agg)
    for (const Expr* x : {e->agg->value.get(), e->agg->filter.get(), e->agg->inner_key.get(), e->agg->outer_key.get(),
                          e->agg->correlated_filter.get(), e->agg->order.get()})
      visit(x, f);
}

// Calls f on every expression of a rule: its body or table (inputs, cells, outcomes), its exceptions.
template <typename F>
void visit_rule(const Rule& r, F&& f) {
  visit(r.body.get(), f);
  if (r.table) {
    for (const auto& in : r.table->inputs) visit(in.get(), f);
    for (const auto& row : r.table->rows) {
      for (const auto& c : row.cells) visit(c.get(), f);
      visit(row.outcome.get(), f);
    }
  }
  for (const auto& x : r.exceptions) {
    visit(x.condition.get(), f);
    visit(x.value.get(), f);
  }
}

// The same over a rule and every function it calls, directly or not, each function once: what a
// rule reads, including what its calls read (the fields and entities it needs, the parameters).
template <typename F>
void visit_rule_and_calls(const Program& p, const Rule& r, F&& f) {
  std::vector<uint8_t> seen(p.functions.size(), 0);
  std::vector<const Rule*> todo{&r};
  while (!todo.empty()) {
    const Rule* x = todo.back();
    todo.pop_back();
    visit_rule(*x, [&](const Expr& e) {
      if (e.op == Op::Call && e.index >= 0 && static_cast<size_t>(e.index) < seen.size() && !seen[static_cast<size_t>(e.index)]) {
        seen[static_cast<size_t>(e.index)] = 1;
        todo.push_back(&p.functions[static_cast<size_t>(e.index)]);
      }
      f(e);
    });
  }
}

// Whether two programs read data the same way: the same entities with the same fields (names,
// types, checks, key) in the same order, and the same enums with the same members in the same
// order. Then one set of tables serves both, and a row of one is the same thing in the other.
bool same_schema(const Program& a, const Program& b);

}  // namespace redline::ir
