// The abstract syntax tree of a policy or modification file.
//
// Built from ANTLR's parse tree by compiler/syntax and owned by the compiler from then on.
// Every node has a location (and, for expressions, a length) so diagnostics can underline
// the exact text. Semantic analysis writes its results (types, what a name refers to) into
// the `bound` part of each expression; lowering reads only bound trees.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "support/source.h"
#include "types/law.h"
#include "types/table_suspect.h"
#include "types/type.h"

namespace redline::ast {

using support::Location;

// A citation of the clause(s) a declaration encodes, as written between brackets.
struct Citation {
  std::string text;                  // "G8.16, G8.41"
  std::vector<std::string> clauses;  // {"G8.16", "G8.41"}
  Location loc;
};

struct Annotation {
  enum class Kind { Note, Assumption } kind;
  std::string text;
  Location loc;
};

enum class ExprKind : uint8_t {
  IntLit, DecimalLit, TextLit, DateLit, BoolLit, NoneLit,
  Name,       // `name`: a variable, parameter or enum member
  Field,      // `base.name`: a field, or `Enum.member`
  Call,       // `name(args)`: a rule, a cycle or a builtin
  Aggregate,  // `sum(value for var in Entity where filter)`
  SetLit,     // `{a, b}`
  If,         // `if c then a else b`
  Match,      // `match x { a | b => e, _ => f }`
  Unary,      // `-x`, `not x`
  Binary,     // arithmetic, comparison, logic, `??`, set operators
  IsNone,     // `x is none`, `x is not none`
  IsSome,     // `x is some [name]`
  Scale,      // a scale parameter's value `{ 0: 0.15, 12_000: 0.25 }`: args are threshold, rate, threshold, rate...
  Error,      // stands in for text that did not parse
};

enum class UnaryOp : uint8_t { Neg, Not };
enum class BinaryOp : uint8_t {
  Add, Sub, Mul, Div, Mod,
  Eq, Ne, Lt, Le, Gt, Ge,
  And, Or,
  Coalesce,
  In, NotIn, Within, Overlaps,
  At,  // `param at date`: the parameter's value in force on that date
};
enum class AggKind : uint8_t { Sum, Count, Min, Max, Any, All, Latest, Earliest };

// What a name or call refers to, decided by semantic analysis.
enum class RefKind : uint8_t { None, Local, Param, EnumMember, Field, Rule, Cycle, Builtin, EnumType };

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

struct MatchArm {
  std::vector<std::string> members;         // empty = the wildcard arm `_`
  std::vector<Location> member_locs;
  std::vector<std::string> qualifiers;      // `Enum.member` written qualified: the enum name
  ExprPtr value;
  Location loc;
  std::vector<int64_t> ordinals;            // bound: member ordinals
};

struct Bound {
  Type type;                 // Error until analysed
  RefKind ref = RefKind::None;
  int32_t index = -1;        // param, rule, cycle, field, enum member ordinal, builtin id
  int32_t entity = -1;       // Field: the entity; Aggregate: the iterated entity
  int32_t slot = -1;         // Local: its slot; Aggregate / IsSome binding: the slot it binds
  bool promote_to_decimal = false;  // an int operand used where decimal is expected
};

struct Expr {
  ExprKind kind = ExprKind::Error;
  Location loc;
  uint32_t length = 1;       // source extent, for carets
  std::string name;          // Name, Field (member), Call (callee), IsSome (binding), Aggregate (variable)
  Location name_loc;         // Field / IsSome / Aggregate: where the name is written
  std::string text;          // literal text as written (numbers without '_', strings unescaped)
  std::string entity;        // Aggregate: the iterated entity
  Location entity_loc;
  UnaryOp unary = UnaryOp::Neg;
  BinaryOp binary = BinaryOp::Add;
  AggKind agg = AggKind::Count;
  bool negated = false;      // `is not none`
  std::vector<ExprPtr> args; // operands; If: cond, then, else; Aggregate: value (may be null), filter (may be null),
                             // and a third, the order of `by ORDER`, only when `by` is written (latest, earliest)
  std::vector<MatchArm> arms;
  Bound bound;
};

struct TypeRef {
  std::string name;   // "int", "Category", ...
  bool set = false;   // `set of name`
  bool optional = false;
  Location loc;
  bool scale = false; // `scale of name`: a parameter's brackets, thresholds of type `name`
};

// A deep copy of an expression as written (what analysis binds is not copied): an amendment's
// new bracket into every dated version of a scale, a test's expected value into a rule.
ExprPtr clone(const Expr& e);

enum class CompareOp : uint8_t { Eq, Ne, Lt, Le, Gt, Ge };

struct FieldCheck {
  CompareOp op;
  ExprPtr value;
  Location loc;
};

// Where a definition came from, when an amendment put it there.
struct Origin {
  std::string amendment;  // the modification's name; empty for the baseline
  Location loc;           // the amendment operation
};

struct FieldDecl {
  std::string name;
  Location loc;
  bool key = false;
  TypeRef type;
  std::vector<FieldCheck> checks;
  Origin origin;  // `insert field`, `replace field`, or the entity's own
};

struct EnumMember {
  std::string name;
  std::string label;
  Location loc;
};

struct EnumDecl {
  std::string name;
  Location loc;
  std::optional<Citation> citation;
  std::vector<EnumMember> members;
  Origin origin;
};

struct EntityDecl {
  std::string name;
  Location loc;
  std::optional<Citation> citation;
  std::vector<Annotation> annotations;
  std::vector<FieldDecl> fields;
  Origin origin;
};

struct ParamDecl {
  std::string name;
  Location loc;
  TypeRef type;
  std::optional<Citation> citation;
  std::vector<Annotation> annotations;
  std::vector<ExprPtr> values;       // values[i+1] applies from the day after until_dates[i]
  std::vector<std::string> until_dates;
  std::vector<Location> until_locs;
  // The `{ from D: V, ... }` form: values[i] applies from from_dates[i], written in any order;
  // the parameter is undefined before the earliest. Empty in the `until` form.
  std::vector<std::string> from_dates;
  std::vector<Location> from_locs;
  // Relative changes an amendment made (`substitute param cap = round(cap * 1.05, 2, half_even)`):
  // each is applied, in order, to every dated value; the expression names the parameter itself.
  std::vector<ExprPtr> relative;
  Origin origin;
};

struct CycleDecl {
  std::string name;
  Location loc;
  TypeRef type;
  std::optional<Citation> citation;
  std::vector<Annotation> annotations;
  std::vector<ExprPtr> values;
  Origin origin;
};

struct ExceptionDecl {
  std::string label;
  Location loc;
  std::string parent;        // `exception b to a`: the label of the exception this one excepts; empty: the default
  Location parent_loc;
  std::optional<Citation> citation;
  std::vector<Annotation> annotations;
  ExprPtr condition;
  ExprPtr value;
  Origin origin;
};

struct Cell {
  // Interval: `[lo..hi)`, `value` the low bound, `high` the high one. Or: `< 18 or >= 60`, each
  // alternative (never itself Any or Or) in `alternatives`.
  enum class Kind : uint8_t { Any, Compare, Value, Interval, Or } kind = Cell::Kind::Any;
  CompareOp op = CompareOp::Eq;
  ExprPtr value;
  ExprPtr high;
  bool low_closed = true, high_closed = true;  // `[` / `]`; `(` / `)` are open
  std::vector<Cell> alternatives;
  Location loc;
};

// DMN's hit policies. Collect aggregates every matching row's outcome (`collect sum`: C+, `min`
// C<, `max` C>, `count` C#); RuleOrder and OutputOrder list them (DMN R and O), as text.
enum class HitPolicy : uint8_t { Unique, First, Priority, Collect, RuleOrder, OutputOrder, Any };
const char* hit_policy_text(HitPolicy p, AggKind collect);

struct TableRow {
  std::string label;  // empty: "row N" is used
  Location loc;
  bool otherwise = false;
  std::vector<Cell> cells;
  ExprPtr outcome;
  std::optional<Citation> citation;
  Origin origin;
};

struct TableDecl {
  HitPolicy policy = HitPolicy::Unique;
  AggKind collect = AggKind::Sum;  // Collect: sum, min, max or count
  Location loc;
  std::vector<ExprPtr> inputs;
  std::vector<TableRow> rows;
  std::vector<TableSuspect> suspects;  // analysed
};

// A scalar parameter of a function (`amount: decimal`).
struct RuleParamDecl {
  std::string name;
  Location loc;
  TypeRef type;
  Type bound;  // analysed
};

struct RuleDecl {
  std::string name;
  Location loc;
  bool output = false;
  bool obligation = false;
  std::string param;          // the entity parameter's name, e.g. `p`
  Location param_loc;
  std::string entity;         // its entity; empty for a function of scalars only
  Location entity_loc;
  // A function's scalar parameters (`rule phase_out(amount: decimal, rate: decimal)`), after the
  // entity parameter when there is one. Their slots are 1, 2, ... (slot 0 is the entity's).
  std::vector<RuleParamDecl> params;
  std::optional<TypeRef> type;  // obligations are bool and may omit it
  std::string title;
  std::optional<Citation> citation;
  std::vector<Annotation> annotations;
  // Obligations: the act they speak of, `requires notice` or `forbids notice` (empty when none).
  Duty duty = Duty::None;
  std::string act;
  Location act_loc;                   // the act's name
  ExprPtr due;                        // obligations: `due DATE` (or `until DATE`); null when none
  Location due_loc;                   // the `due` (or `until`) keyword
  bool until = false;                 // the date is a prohibition's end (`until`), not a deadline
  ExprPtr body;                       // null when `table` is set
  std::unique_ptr<TableDecl> table;
  std::vector<ExceptionDecl> exceptions;
  Origin origin;
  // bound
  int32_t entity_index = -1;
  int32_t slot_count = 1;
  Type result_type;
  // A rule with scalar parameters, or with no entity parameter, is a function: it has no column
  // of its own and is evaluated where it is called.
  bool function() const { return !params.empty() || entity.empty(); }
};

// Adds a parameter read from `rule f(p: Party, amount: decimal)` to `r`: the first, when its type
// is a plain name that is not a builtin scalar type, is taken as the entity parameter (analysis
// moves it to the scalars when that name turns out to be an enum); the others are scalars.
void add_rule_param(RuleDecl& r, RuleParamDecl param);

// --- tests -------------------------------------------------------------------------------

struct FieldValue {
  std::string field;
  Location loc;
  ExprPtr value;
};

struct GivenEntity {
  std::string entity;
  std::string key;
  Location loc;
  std::vector<FieldValue> values;
  Location entity_loc, key_loc;  // the names, for diagnostics
};

struct Expectation {
  std::string rule;
  std::string key;
  Location loc;
  ExprPtr value;
  ExprPtr tolerance;  // `== 0.3333 within 0.0001`: the largest difference accepted, or null
  Location rule_loc, key_loc;  // the names, for diagnostics
};

struct TestDecl {
  std::string name;
  std::vector<std::string> expected_errors;  // `expect error "..."`: evaluation must fail so
  std::string title;
  Location loc;
  std::optional<Citation> citation;
  std::vector<std::string> amendments;  // paths, relative to the test's file
  std::vector<Location> amendment_locs;
  std::optional<std::string> as_of;
  Location as_of_loc;  // the date
  std::vector<std::pair<std::string, ExprPtr>> params;
  std::vector<Location> param_locs;  // the parameters' names
  std::vector<GivenEntity> given;
  // `given data Household from "households.csv";`: an entity's rows read from a data file (the
  // path relative to the test's file), as `run --data` reads them.
  struct GivenData {
    std::string entity;
    std::string path;
    Location loc, entity_loc, path_loc;
  };
  std::vector<GivenData> given_data;
  std::vector<Expectation> expectations;
};

// --- amendments --------------------------------------------------------------------------

struct Amendment {
  enum class Op : uint8_t { Replace, Insert, Repeal, Substitute } op = Op::Replace;
  enum class Target : uint8_t { Rule, Param, Cycle, Enum, Exception, Row, Entity, Field } target = Target::Rule;
  Location loc;
  std::string name;      // the rule, param, cycle, enum or entity; for exceptions and rows, the rule; for a field, its entity
  Location name_loc;
  std::string label;     // exception, row or field label
  Location label_loc;
  std::string position;  // rows: "before" / "after" / ""
  std::string anchor;    // rows: the label the position refers to
  Location anchor_loc;
  std::optional<Citation> citation;
  std::vector<Annotation> annotations;
  // `substitute param s bracket 2 = 12_000: 0.25;`: the bracket (from 1) whose threshold and rate
  // `param->values[0]` (a Scale of one bracket) replaces; 0 for any other amendment.
  int64_t bracket = 0;
  Location bracket_loc;
  // `bracket 2 from 2017-01-01`: only in the versions of the scale in force from that day (the
  // version in force on it is split there); empty: in every version.
  std::string bracket_from;
  Location bracket_from_loc;
  std::unique_ptr<RuleDecl> rule;
  std::unique_ptr<ParamDecl> param;      // also Substitute
  std::unique_ptr<CycleDecl> cycle;
  std::unique_ptr<EnumDecl> enumeration;
  std::unique_ptr<EntityDecl> entity;
  std::unique_ptr<FieldDecl> field;  // `insert field Household.disabled: bool;`
  std::unique_ptr<ExceptionDecl> exception;
  std::unique_ptr<TableRow> row;
};

// --- files -------------------------------------------------------------------------------

// One change an amendment made, for reports: "replace rule premises_counted [G8.49]".
struct Change {
  std::string amendment;
  LawAction action;
  LawTarget target;         // rule premises_counted, exception assessment.g1_7, ...
  std::string citation;     // the clause cited by the amendment operation or its new text
  std::string note;         // the first note (or assumption) the amendment gives for it
  Location loc;
};

struct AppliedAmendment {
  std::string name;
  std::string title;
  std::optional<std::string> effective;
  std::string citation;
  Location loc;
};

struct Repealed {
  LawTarget what;
  std::string amendment;
  Location loc;
};

struct Module {
  enum class Kind : uint8_t { Policy, Modification, Tests } kind = Kind::Policy;
  uint32_t file = 0;
  std::string name;
  std::string title;
  Location loc;
  bool has_header = false;
  std::optional<Citation> citation;
  std::vector<Annotation> annotations;
  std::string amends;                 // modifications: the policy they amend
  std::string tests_for;              // test files: the policy's path, relative to the file
  Location amends_loc;
  std::optional<std::string> effective;  // modifications: YYYY-MM-DD
  // `effective 2025-01-01 by Sale.sold`: the modification applies to each Sale whose `sold` is on
  // or after the effective date, the baseline to the others (amend.cpp writes the gates).
  std::string effective_entity, effective_field;
  Location effective_by_loc;
  std::vector<EnumDecl> enums;
  std::vector<EntityDecl> entities;
  std::vector<ParamDecl> params;
  std::vector<CycleDecl> cycles;
  std::vector<RuleDecl> rules;
  std::vector<TestDecl> tests;
  std::vector<Amendment> amendments;
  // Policies, once amended: what was applied and what it changed.
  std::vector<AppliedAmendment> applied;
  std::vector<Change> changes;
  std::vector<Repealed> repealed;
  // Declaration order across kinds, for the formatter and for deterministic reports.
  std::vector<std::pair<char, size_t>> order;  // ('e'num|'n'tity|'p'aram|'c'ycle|'r'ule|'t'est|'a'mend, index)
  std::vector<uint32_t> order_end;             // offset just past each declaration in `order`
  uint32_t header_end = 0;                     // offset just past the header
};

const char* binary_op_text(BinaryOp op);
const char* compare_op_text(CompareOp op);
const char* agg_text(AggKind k);
// "rule", "param", "entity", "field"...: the word an amendment names its target with.
const char* target_word(Amendment::Target t);

}  // namespace redline::ast

namespace redline::ast {
// The expression as a person would write it, with the fewest parentheses that keep its
// meaning: used in messages, explanations and by the formatter.
std::string to_source(const Expr& e);
// How tightly `e` binds when printed (Redline.g4's order of `expr` alternatives): an operand
// that binds less tightly than its operator needs parentheses.
int precedence(const Expr& e);
}  // namespace redline::ast
