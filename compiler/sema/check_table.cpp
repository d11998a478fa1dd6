// Decision tables: typing of inputs, cells and outcomes, and the completeness checks.
//
// Gaps and overlaps are found by enumeration over a finite partition of each input's domain:
// bools and enum members as they are, numbers and dates split at every constant a cell names
// (c - 1, c, c + 1 in the smallest unit represent every region), optionals add 'none'. Every
// combination is tried, so a reported gap or overlap comes with a concrete example input; a
// cell naming a parameter that changes on a date is tried with each of its values. Each input
// is tried only over what its expression can produce (see domain_of), and a table with too
// many combinations to enumerate gets a warning instead of silence.
#include <algorithm>
#include <functional>
#include <optional>
#include <set>

#include <fmt/format.h>

#include "sema/checker.h"
#include "types/values.h"

namespace redline::sema {

using ast::ExprKind;

namespace {

// One input column's analysable domain.
struct Column {
  Type type;
  bool analysable = true;
  std::vector<int64_t> reps;  // representative values
  bool has_none = false;      // the input is optional: 'none' is one more case
};

// The most combinations of input values the completeness checks enumerate.
constexpr size_t kMaxCombinations = 1'000'000;

}  // namespace

// One comparison of the input with a constant: `>= 4`, `== supplier`, `in {a, b}`.
struct Comparison {
  ast::CompareOp op = ast::CompareOp::Eq;
  bool membership = false;  // the value is a set of members: the input is one of them
  int64_t value = 0;
  int32_t param = -1;  // the value is this parameter (or its negation): it depends on the day
  bool negated = false;
};

// What a cell tests, as a disjunction of conjunctions of comparisons: `< 18 or >= 60` is two
// alternatives of one comparison, `[15..30)` one alternative of two (`>= 15` and `< 30`).
struct CellTest {
  ast::Cell::Kind kind = ast::Cell::Kind::Any;
  bool none = false;        // the cell is (or has the alternative) 'none': it matches an input that has no value
  bool constant = false;    // every comparison's value is known: the cell can be analysed
  std::vector<std::vector<Comparison>> alternatives;
};

namespace {

bool compare(int64_t a, ast::CompareOp op, int64_t b) {
  switch (op) {
    case ast::CompareOp::Eq: return a == b;
    case ast::CompareOp::Ne: return a != b;
    case ast::CompareOp::Lt: return a < b;
    case ast::CompareOp::Le: return a <= b;
    case ast::CompareOp::Gt: return a > b;
    case ast::CompareOp::Ge: return a >= b;
  }
  return false;
}

}  // namespace

// A parameter's value `v` in a column of type `column`: an int parameter in a decimal column is
// scaled. False when that overflows.
static bool param_in_column(const ParamSymbol& p, int64_t v, const Type& column, int64_t& out) {
  out = v;
  return !(p.type.kind == TypeKind::Int && column.kind == TypeKind::Decimal &&
           __builtin_mul_overflow(v, kDecimalScale, &out));
}

// A value of `type` as a message shows it.
static std::string value_text(const Analysis& a, const Type& type, int64_t v) {
  switch (type.kind) {
    case TypeKind::Bool: return v ? "true" : "false";
    case TypeKind::Enum: return a.enums[type.index].members[static_cast<size_t>(v)];
    case TypeKind::Decimal: return format_decimal(v);
    case TypeKind::Money: return format_money(v);
    case TypeKind::Date: return format_date(v);
    default: return std::to_string(v);
  }
}

// The value of a cell when it is a constant (a literal, an enum member or set, a parameter).
static bool cell_constant(const Analysis& a, const Expr& e, const Type& column, int64_t& out, Comparison* test = nullptr) {
  switch (e.kind) {
    case ExprKind::IntLit:
    case ExprKind::DecimalLit: {
      bool ok = e.kind == ExprKind::IntLit ? parse_int(e.text, out) : parse_decimal(e.text, out);
      if (ok && e.kind == ExprKind::IntLit && column.is_scaled()) {
        if (__builtin_mul_overflow(out, kDecimalScale, &out)) return false;
      }
      return ok;
    }
    case ExprKind::DateLit: return parse_date(e.text, out);
    case ExprKind::BoolLit: out = e.text == "true"; return true;
    case ExprKind::Name:
    case ExprKind::Field:
      if (e.bound.ref == ast::RefKind::EnumMember) {
        out = e.bound.index;
        return true;
      }
      if (e.bound.ref == ast::RefKind::Param && e.bound.index >= 0) {
        const auto& p = a.params[e.bound.index];
        if (p.values.empty() || p.type.kind == TypeKind::Text) return false;
        if (test != nullptr) test->param = e.bound.index;
        return param_in_column(p, p.values.front().value, column, out);
      }
      return false;
    case ExprKind::SetLit: {
      uint64_t mask = 0;
      for (auto& x : e.args) {
        if (x->bound.ref != ast::RefKind::EnumMember) return false;
        mask |= uint64_t{1} << x->bound.index;
      }
      out = static_cast<int64_t>(mask);
      return true;
    }
    case ExprKind::Unary:
      if (e.unary == ast::UnaryOp::Neg && cell_constant(a, *e.args[0], column, out, test)) {
        out = -out;
        if (test != nullptr) test->negated = !test->negated;
        return true;
      }
      return false;
    default: return false;
  }
}

// What a table input can produce, as far as its expression shows: bounds for a number or a
// date, the members for an enum or a bool. An over-approximation: a value outside it can never
// reach the table, so the checks need not find a row for it. Unknown parts are unbounded.
struct Domain {
  bool has_lo = false, has_hi = false;
  int64_t lo = 0, hi = 0;
  bool finite = false;          // enum and bool: `values` lists every value it can take
  std::vector<int64_t> values;

  static Domain point(int64_t v, bool enumerable) {
    Domain d;
    d.has_lo = d.has_hi = true;
    d.lo = d.hi = v;
    d.finite = enumerable;
    if (enumerable) d.values = {v};
    return d;
  }
  static Domain unite(const Domain& a, const Domain& b) {
    Domain d;
    d.has_lo = a.has_lo && b.has_lo;
    d.lo = std::min(a.lo, b.lo);
    d.has_hi = a.has_hi && b.has_hi;
    d.hi = std::max(a.hi, b.hi);
    d.finite = a.finite && b.finite;
    if (d.finite) {
      d.values = a.values;
      for (int64_t v : b.values)
        if (std::find(d.values.begin(), d.values.end(), v) == d.values.end()) d.values.push_back(v);
    }
    return d;
  }
};

static Domain domain_of(const Analysis& a, const Expr& e, const Type& column, int depth = 0);

// The domain of a builtin of numbers or dates. Rounding (to_money too) is monotone, so the bounds of its
// argument rounded bound it; a month is 1 to 12, a day 1 to 31, a year 1 to 9999. The others
// (differences of dates, moved dates, the run's date, a scale applied by marginal, flat or rate) are
// not analysed: any value.
static Domain builtin_domain(const Analysis& a, const Expr& e, const Type& column, int depth) {
  Domain any;
  // An int result read where a decimal is compared is scaled; false when it does not fit.
  auto int_bound = [&](int64_t v, int64_t& out) {
    out = v;
    return column.kind != TypeKind::Decimal || !__builtin_mul_overflow(v, kDecimalScale, &out);
  };
  auto range = [&](int64_t lo, int64_t hi) {
    Domain d;
    if (column.kind != TypeKind::Int && column.kind != TypeKind::Decimal) return d;
    d.has_lo = int_bound(lo, d.lo);
    d.has_hi = int_bound(hi, d.hi);
    return d;
  };
  auto mode = [&](size_t i) { return static_cast<RoundMode>(e.args[i]->bound.index); };
  switch (static_cast<Builtin>(e.bound.index)) {
    case Builtin::ToMoney: {
      // Money and decimals share their encoding: the bounds of the decimal, rounded to the cent.
      if (column.kind != TypeKind::Money || e.args.size() != 2 || e.args[1]->bound.index < 0) return any;
      Domain x = domain_of(a, *e.args[0], Type::decimal(), depth + 1), d;
      d.has_lo = x.has_lo && round_decimal(x.lo, kMoneyDigits, mode(1), d.lo);
      d.has_hi = x.has_hi && round_decimal(x.hi, kMoneyDigits, mode(1), d.hi);
      return d;
    }
    case Builtin::Round: case Builtin::Floor: case Builtin::Ceil: case Builtin::Trunc: {
      if (column.kind != TypeKind::Decimal || e.args.empty()) return any;
      int places = 0;
      RoundMode m = RoundMode::Floor;
      switch (static_cast<Builtin>(e.bound.index)) {
        case Builtin::Round:
          if (e.args.size() != 3 || e.args[1]->bound.index < 0 || e.args[2]->bound.index < 0) return any;
          places = e.args[1]->bound.index, m = mode(2);
          break;
        case Builtin::Ceil: m = RoundMode::Ceiling; break;
        case Builtin::Trunc: m = RoundMode::TowardZero; break;
        default: break;
      }
      Domain x = domain_of(a, *e.args[0], column, depth + 1), d;
      d.has_lo = x.has_lo && round_decimal(x.lo, places, m, d.lo);
      d.has_hi = x.has_hi && round_decimal(x.hi, places, m, d.hi);
      return d;
    }
    case Builtin::ToInt: {
      if (e.args.size() != 2 || e.args[1]->bound.index < 0) return any;
      if (column.kind != TypeKind::Int && column.kind != TypeKind::Decimal) return any;
      Domain x = domain_of(a, *e.args[0], Type::decimal(), depth + 1), d;
      d.has_lo = x.has_lo && int_bound(round_quotient(x.lo, kDecimalDigits, mode(1)), d.lo);
      d.has_hi = x.has_hi && int_bound(round_quotient(x.hi, kDecimalDigits, mode(1)), d.hi);
      return d;
    }
    case Builtin::ToDecimal:
      // The int's bounds, scaled: the same values.
      if (column.kind != TypeKind::Decimal || e.args.size() != 1) return any;
      return domain_of(a, *e.args[0], column, depth + 1);
    case Builtin::Year: return range(1, 9999);
    case Builtin::Month: return range(1, 12);
    case Builtin::Day: return range(1, 31);
    default: return any;
  }
}

// The domain of `e`, an input (or part of one) whose values are of type `column`.
static Domain domain_of(const Analysis& a, const Expr& e, const Type& column, int depth) {
  Domain any;
  if (depth > 16) return any;
  const bool enumerable = column.kind == TypeKind::Enum || column.kind == TypeKind::Bool;
  auto scaled = [&](const Type& from, int64_t v, int64_t& out) {
    out = v;
    return !(from.kind == TypeKind::Int && column.kind == TypeKind::Decimal &&
             __builtin_mul_overflow(v, kDecimalScale, &out));
  };
  switch (e.kind) {
    case ExprKind::IntLit:
    case ExprKind::DecimalLit:
    case ExprKind::DateLit:
    case ExprKind::BoolLit: {
      int64_t v = 0;
      if (!cell_constant(a, e, column, v)) return any;
      return Domain::point(v, enumerable);
    }
    case ExprKind::Name:
    case ExprKind::Field:
      if (e.bound.ref == ast::RefKind::EnumMember) return Domain::point(e.bound.index, true);
      if (e.bound.ref == ast::RefKind::Param && e.bound.index >= 0) {
        const ParamSymbol& prm = a.params[e.bound.index];
        if (prm.values.empty() || prm.type.kind == TypeKind::Text) return any;
        Domain d;
        for (size_t i = 0; i < prm.values.size(); ++i) {
          int64_t v = 0;
          if (!param_in_column(prm, prm.values[i].value, column, v)) return any;
          d = i == 0 ? Domain::point(v, enumerable) : Domain::unite(d, Domain::point(v, enumerable));
        }
        return d;
      }
      if (e.bound.ref == ast::RefKind::Field && e.bound.entity >= 0 && e.bound.index >= 0) {
        // A field's checks bound it (`check >= 1`: never 0).
        const FieldSymbol& f = a.entities[e.bound.entity].fields[e.bound.index];
        const Type ft = f.type.as_required();
        if (ft.kind != TypeKind::Int && ft.kind != TypeKind::Decimal && ft.kind != TypeKind::Money &&
            ft.kind != TypeKind::Date)
          return any;
        Domain d;
        for (const FieldCheckValue& c : f.checks) {
          int64_t v = 0;
          if (!scaled(ft, c.value, v)) continue;
          // Ints and dates step by 1; a decimal by its smallest unit, which is also 1 physically.
          int64_t step = ft.kind == TypeKind::Int && column.kind == TypeKind::Decimal ? kDecimalScale : 1;
          switch (c.op) {
            case ast::CompareOp::Ge: d.lo = d.has_lo ? std::max(d.lo, v) : v, d.has_lo = true; break;
            case ast::CompareOp::Gt:
              if (v > INT64_MAX - step) break;
              d.lo = d.has_lo ? std::max(d.lo, v + step) : v + step, d.has_lo = true;
              break;
            case ast::CompareOp::Le: d.hi = d.has_hi ? std::min(d.hi, v) : v, d.has_hi = true; break;
            case ast::CompareOp::Lt:
              if (v < INT64_MIN + step) break;
              d.hi = d.has_hi ? std::min(d.hi, v - step) : v - step, d.has_hi = true;
              break;
            case ast::CompareOp::Eq:
              d.lo = d.hi = v, d.has_lo = d.has_hi = true;
              break;
            case ast::CompareOp::Ne: break;
          }
        }
        return d;
      }
      return any;
    case ExprKind::Aggregate: {
      const Expr* value = e.args.empty() ? nullptr : e.args[0].get();
      if (e.agg == ast::AggKind::Count) {
        Domain d;
        d.has_lo = true;  // 0 over no rows
        return d;
      }
      if (!value) return any;
      Domain v = domain_of(a, *value, column, depth + 1);
      if (e.agg == ast::AggKind::Min || e.agg == ast::AggKind::Max || e.agg == ast::AggKind::Latest ||
          e.agg == ast::AggKind::Earliest)
        return v;  // one row's value, or none over no rows
      if (e.agg == ast::AggKind::Sum) {
        // A sum of values >= 0 is >= 0 (0 over no rows); of values <= 0, <= 0.
        Domain d;
        if (v.has_lo && v.lo >= 0) d.has_lo = true, d.lo = 0;
        if (v.has_hi && v.hi <= 0) d.has_hi = true, d.hi = 0;
        return d;
      }
      return any;
    }
    case ExprKind::Call:
      if (e.bound.ref == ast::RefKind::Builtin && e.args.size() == 2 &&
          (e.bound.index == static_cast<int32_t>(Builtin::Min) || e.bound.index == static_cast<int32_t>(Builtin::Max))) {
        Domain x = domain_of(a, *e.args[0], column, depth + 1), y = domain_of(a, *e.args[1], column, depth + 1);
        Domain d;
        if (e.bound.index == static_cast<int32_t>(Builtin::Min)) {
          d.has_lo = x.has_lo && y.has_lo, d.lo = std::min(x.lo, y.lo);
          if (x.has_hi || y.has_hi) d.has_hi = true, d.hi = !x.has_hi ? y.hi : !y.has_hi ? x.hi : std::min(x.hi, y.hi);
        } else {
          d.has_hi = x.has_hi && y.has_hi, d.hi = std::max(x.hi, y.hi);
          if (x.has_lo || y.has_lo) d.has_lo = true, d.lo = !x.has_lo ? y.lo : !y.has_lo ? x.lo : std::max(x.lo, y.lo);
        }
        return d;
      }
      if (e.bound.ref == ast::RefKind::Builtin && e.bound.index > static_cast<int32_t>(Builtin::Size))
        return builtin_domain(a, e, column, depth);
      if (e.bound.ref == ast::RefKind::Builtin && e.bound.index == static_cast<int32_t>(Builtin::Abs)) {
        Domain d;
        d.has_lo = true;
        return d;
      }
      if (e.bound.ref == ast::RefKind::Rule && e.bound.index >= 0) {
        // A rule: what its default, its table's outcomes and its exceptions give.
        const ast::RuleDecl* r = a.rules[e.bound.index].decl;
        if (!r) return any;
        // A collect sum or count is none of its rows' outcomes (min and max are one of them).
        if (r->table && r->table->policy == ast::HitPolicy::Collect &&
            (r->table->collect == ast::AggKind::Sum || r->table->collect == ast::AggKind::Count)) {
          // A count is never negative, nor a sum of outcomes that never are (0 when no row
          // matches); an exception may give anything.
          Domain d;
          d.has_lo = r->exceptions.empty();
          if (r->table->collect == ast::AggKind::Sum)
            for (const auto& row : r->table->rows) {
              if (!row.outcome) return any;
              const Domain v = domain_of(a, *row.outcome, column, depth + 1);
              d.has_lo = d.has_lo && v.has_lo && v.lo >= 0;
            }
          return d;
        }
        std::vector<const Expr*> values;
        if (r->body) values.push_back(r->body.get());
        if (r->table)
          for (const auto& row : r->table->rows) values.push_back(row.outcome.get());
        for (const auto& x : r->exceptions) values.push_back(x.value.get());
        Domain d;
        for (size_t i = 0; i < values.size(); ++i) {
          if (!values[i]) return any;
          Domain v = domain_of(a, *values[i], column, depth + 1);
          d = i == 0 ? v : Domain::unite(d, v);
        }
        return values.empty() ? any : d;
      }
      return any;
    case ExprKind::If:
      if (e.args.size() != 3) return any;
      return Domain::unite(domain_of(a, *e.args[1], column, depth + 1), domain_of(a, *e.args[2], column, depth + 1));
    case ExprKind::Match: {
      Domain d;
      for (size_t i = 0; i < e.arms.size(); ++i) {
        if (!e.arms[i].value) return any;
        Domain v = domain_of(a, *e.arms[i].value, column, depth + 1);
        d = i == 0 ? v : Domain::unite(d, v);
      }
      return e.arms.empty() ? any : d;
    }
    case ExprKind::Binary:
      if (e.binary == ast::BinaryOp::Coalesce && e.args.size() == 2)
        return Domain::unite(domain_of(a, *e.args[0], column, depth + 1), domain_of(a, *e.args[1], column, depth + 1));
      if (e.binary == ast::BinaryOp::Add && e.args.size() == 2 && column.kind != TypeKind::Date) {
        Domain x = domain_of(a, *e.args[0], column, depth + 1), y = domain_of(a, *e.args[1], column, depth + 1);
        Domain d;
        d.has_lo = x.has_lo && y.has_lo && !__builtin_add_overflow(x.lo, y.lo, &d.lo);
        d.has_hi = x.has_hi && y.has_hi && !__builtin_add_overflow(x.hi, y.hi, &d.hi);
        return d;
      }
      return any;
    default: return any;
  }
}

// Whether every input must be matched by some row: a table that gives one row's outcome, or a
// 'collect sum/min/max' whose rule is not optional (declared `decimal`, it promises a value, so a
// gap is an error as for 'unique'; declared `decimal?`, no row matching gives none, as in DMN).
// 'collect count' gives 0, 'rule order' and 'output order' the empty text, when no row matches.
static bool needs_a_row(const ast::TableDecl& table, const ast::RuleDecl& rule) {
  switch (table.policy) {
    case ast::HitPolicy::Unique:
    case ast::HitPolicy::Any:
    case ast::HitPolicy::First:
    case ast::HitPolicy::Priority: return true;
    case ast::HitPolicy::Collect: return table.collect != ast::AggKind::Count && !rule.result_type.optional;
    case ast::HitPolicy::RuleOrder:
    case ast::HitPolicy::OutputOrder: return false;
  }
  return true;
}

// What an input reads, to tell whether two inputs can vary independently: the fields it reads
// (by name, of whatever entity and row: through the rules and functions it calls and in
// aggregates), the parameters, the cycles, the run's date and the locals of the rule itself (a
// function's parameters). Two inputs that read none of the same take every combination of their
// values (each over its own domain), so a gap or an overlap found on a combination is real;
// otherwise the combination may be impossible (`h.occupants > 3` false with `h.occupants > 5`
// true), and only a proof can tell (see TableSuspect). Names rather than resolved symbols, since
// a rule called may be declared, and so analysed, after this one.
static void reads_of(const Analysis& a, const Expr& e, bool own, std::set<std::string>& out, std::vector<uint8_t>& seen,
                     int depth = 0);

static void rule_reads(const Analysis& a, int32_t index, std::set<std::string>& out, std::vector<uint8_t>& seen,
                       int depth) {
  if (index < 0 || static_cast<size_t>(index) >= a.rules.size() || !a.rules[index].decl) {
    out.insert("?");  // not known: taken to be shared with everything
    return;
  }
  if (seen[static_cast<size_t>(index)]) return;
  seen[static_cast<size_t>(index)] = 1;
  const ast::RuleDecl& r = *a.rules[index].decl;
  auto walk = [&](const ast::ExprPtr& e) {
    if (e) reads_of(a, *e, false, out, seen, depth + 1);
  };
  walk(r.body);
  if (r.table) {
    for (const auto& in : r.table->inputs) walk(in);
    for (const auto& row : r.table->rows) {
      walk(row.outcome);
      for (const auto& cell : row.cells) {
        walk(cell.value);
        walk(cell.high);
        for (const auto& alt : cell.alternatives) {
          walk(alt.value);
          walk(alt.high);
        }
      }
    }
  }
  for (const auto& x : r.exceptions) {
    walk(x.condition);
    walk(x.value);
  }
}

static void reads_of(const Analysis& a, const Expr& e, bool own, std::set<std::string>& out, std::vector<uint8_t>& seen,
                     int depth) {
  if (depth > 64) {
    out.insert("?");
    return;
  }
  const ast::RefKind ref = e.bound.ref;
  switch (e.kind) {
    case ExprKind::Field:
      if (ref != ast::RefKind::EnumMember && ref != ast::RefKind::EnumType) out.insert("field " + e.name);
      break;
    case ExprKind::Name:
      if (ref == ast::RefKind::Param || (ref == ast::RefKind::None && a.param_index(e.name) >= 0))
        out.insert("parameter " + e.name);
      else if (ref == ast::RefKind::Local && own)
        out.insert("'" + e.name + "'");
      break;
    case ExprKind::Call: {
      if (e.name == "as_of") out.insert("as_of()");
      const int32_t rule = ref == ast::RefKind::Rule ? e.bound.index : a.rule_index(e.name);
      if (rule >= 0) {
        rule_reads(a, rule, out, seen, depth);
      } else if (ref == ast::RefKind::Cycle) {
        out.insert("cycle " + e.name);
        out.insert("as_of()");
      }
      break;
    }
    default: break;
  }
  for (const auto& arg : e.args)
    if (arg) reads_of(a, *arg, own, out, seen, depth + 1);
  for (const auto& arm : e.arms)
    if (arm.value) reads_of(a, *arm.value, own, out, seen, depth + 1);
}

// "'h.occupants > 3' and 'h.occupants > 5' both read field occupants", when two inputs of the
// table read the same thing; empty when every input reads its own.
static std::string shared_reads(const Analysis& a, const ast::RuleDecl& rule, const ast::TableDecl& table) {
  std::vector<std::set<std::string>> reads(table.inputs.size());
  for (size_t c = 0; c < table.inputs.size(); ++c) {
    std::vector<uint8_t> seen(a.rules.size(), 0);
    reads_of(a, *table.inputs[c], true, reads[c], seen);
    reads[c].erase("'" + rule.param + "'");  // the row itself: what of it is read is counted
  }
  for (size_t i = 0; i < reads.size(); ++i)
    for (size_t j = i + 1; j < reads.size(); ++j) {
      const bool unknown = reads[i].count("?") || reads[j].count("?");
      for (const std::string& r : reads[i])
        if (unknown || reads[j].count(r))
          return fmt::format("'{}' and '{}' both read {}", ast::to_source(*table.inputs[i]),
                             ast::to_source(*table.inputs[j]), unknown ? std::string("what cannot be told apart") : r);
    }
  return {};
}

// What the passes of the completeness checks found so far: a gap is reported once and each
// overlap once over all passes; a row is used if it comes first for some input in any pass.
struct Completeness {
  std::vector<bool> ever_first;
  std::vector<std::pair<size_t, size_t>> overlaps_reported;
  bool gap_reported = false;
};

// One pass of the completeness checks, with the cells' values as they are in `tests`; `when`
// says which values of dated parameters they hold ("" when none), for the notes. False when
// the table cannot be analysed.
// Under 'any': whether two rows' outcomes are constants that differ (not constant: not known).
static bool outcomes_differ(const Analysis& a, const ast::TableRow& x, const ast::TableRow& y) {
  if (!x.outcome || !y.outcome) return false;
  int64_t vx = 0, vy = 0;
  const Type& type = x.outcome->bound.type;
  if (type.kind == TypeKind::Text) {
    const bool literal = x.outcome->kind == ExprKind::TextLit && y.outcome->kind == ExprKind::TextLit;
    return literal && x.outcome->text != y.outcome->text;
  }
  return cell_constant(a, *x.outcome, type, vx) && cell_constant(a, *y.outcome, type, vy) && vx != vy;
}

static bool analyse_completeness(const Analysis& a, support::DiagnosticEngine& d, const ast::RuleDecl& rule,
                                 const ast::TableDecl& table, const std::vector<Type>& inputs,
                                 const std::vector<std::vector<CellTest>>& tests, const std::string& when,
                                 Completeness& found, const std::function<const std::string&()>& shared,
                                 std::vector<TableSuspect>& suspects) {
  std::vector<bool>& ever_first = found.ever_first;
  std::vector<std::pair<size_t, size_t>>& overlaps_reported = found.overlaps_reported;
  const size_t n = inputs.size();
  std::vector<Column> columns(n);
  for (size_t c = 0; c < n; ++c) {
    Column& col = columns[c];
    col.type = inputs[c].as_required();
    col.has_none = inputs[c].optional;
    switch (col.type.kind) {
      case TypeKind::Bool: col.reps = {0, 1}; break;
      case TypeKind::Enum:
        for (size_t m = 0; m < a.enums[col.type.index].members.size(); ++m) col.reps.push_back(static_cast<int64_t>(m));
        break;
      case TypeKind::Int:
      case TypeKind::Decimal:
      case TypeKind::Money:
      case TypeKind::Date: {
        // Money steps by a cent: the values next to a threshold are a cent either side.
        const int64_t step = col.type.kind == TypeKind::Money ? kCentScale : 1;
        std::vector<int64_t> points;
        // Every bound a cell names, an interval's ends included, splits the domain.
        for (size_t r = 0; r < tests.size(); ++r) {
          if (table.rows[r].otherwise || c >= tests[r].size() || tests[r][c].kind == ast::Cell::Kind::Any) continue;
          if (!tests[r][c].constant) col.analysable = false;
          for (const auto& alternative : tests[r][c].alternatives)
            for (const Comparison& cmp : alternative) {
              int64_t v = cmp.value;
              points.push_back(v);
              if (v >= INT64_MIN + step) points.push_back(v - step);
              if (v <= INT64_MAX - step) points.push_back(v + step);
            }
        }
        if (points.empty()) points.push_back(0);
        std::sort(points.begin(), points.end());
        points.erase(std::unique(points.begin(), points.end()), points.end());
        col.reps = points;
        break;
      }
      default: col.analysable = false; break;
    }
    for (size_t r = 0; r < tests.size(); ++r)
      if (c < tests[r].size() && tests[r][c].kind != ast::Cell::Kind::Any && !tests[r][c].constant)
        col.analysable = false;
    // Only the values the input can produce need a row: a count is never -1, an enum computed
    // by a 'match' only its arms' members. A value cut off at a bound is replaced by the bound,
    // which then stands for the region it was in.
    const Domain dom = domain_of(a, *table.inputs[c], col.type);
    if (col.type.kind == TypeKind::Enum || col.type.kind == TypeKind::Bool) {
      if (dom.finite)
        col.reps.erase(std::remove_if(col.reps.begin(), col.reps.end(),
                                      [&](int64_t v) {
                                        return std::find(dom.values.begin(), dom.values.end(), v) == dom.values.end();
                                      }),
                       col.reps.end());
    } else if (!col.reps.empty()) {
      bool below = dom.has_lo && col.reps.front() < dom.lo, above = dom.has_hi && col.reps.back() > dom.hi;
      col.reps.erase(std::remove_if(col.reps.begin(), col.reps.end(),
                                    [&](int64_t v) { return (dom.has_lo && v < dom.lo) || (dom.has_hi && v > dom.hi); }),
                     col.reps.end());
      if (below && (col.reps.empty() || col.reps.front() != dom.lo) && (!dom.has_hi || dom.lo <= dom.hi))
        col.reps.insert(col.reps.begin(), dom.lo);
      if (above && (col.reps.empty() || col.reps.back() != dom.hi) && (!dom.has_lo || dom.lo <= dom.hi))
        col.reps.push_back(dom.hi);
    }
    if (col.reps.empty()) col.analysable = false;
  }
  bool analysable = std::all_of(columns.begin(), columns.end(), [](const Column& c) { return c.analysable; });
  size_t combos = 1;
  bool too_many = false;
  for (auto& col : columns) {
    size_t k = col.reps.size() + (col.has_none ? 1 : 0);
    combos = combos > kMaxCombinations ? combos : combos * k;
    if (combos > kMaxCombinations) too_many = true;
  }
  if (n == 0) return false;
  if (analysable && too_many) {
    // Say so: a table not checked must not look like a table without gaps.
    size_t exact = 1;
    bool overflow = false;
    for (auto& col : columns) overflow = overflow || __builtin_mul_overflow(exact, col.reps.size() + (col.has_none ? 1 : 0), &exact);
    auto& diag = d.report(Diag::TableNotChecked, table.loc,
                          fmt::format("the '{}' table in rule '{}' was not checked for gaps and overlaps: its inputs "
                                      "make {} combinations of values, more than the {} the check tries",
                                      ast::hit_policy_text(table.policy, table.collect),
                                      rule.name, overflow ? std::string("too many") : std::to_string(exact),
                                      kMaxCombinations),
                          5);
    diag.notes.push_back({{}, 1, "a gap or an overlap is then found only at run time, for the row that has it; "
                                 "split the table, or give it fewer distinct thresholds"});
    return false;
  }
  if (!analysable || too_many) return false;

  auto describe = [&](const std::vector<size_t>& pick) {
    std::string out;
    for (size_t c = 0; c < n; ++c) {
      if (c) out += ", ";
      const Column& col = columns[c];
      std::string value;
      if (pick[c] == col.reps.size()) {
        value = "none";
      } else {
        value = value_text(a, col.type, col.reps[pick[c]]);
      }
      out += fmt::format("{} = {}", ast::to_source(*table.inputs[c]), value);
    }
    return out;
  };

  auto input_texts = [&] {
    std::vector<std::string> out;
    for (const auto& in : table.inputs) out.push_back(ast::to_source(*in));
    return out;
  };

  auto matches = [&](size_t r, const std::vector<size_t>& pick) {
    if (table.rows[r].otherwise) return true;
    for (size_t c = 0; c < n && c < tests[r].size(); ++c) {
      const CellTest& t = tests[r][c];
      if (t.kind == ast::Cell::Kind::Any) continue;
      // none matches only '_' and 'none'
      if (pick[c] == columns[c].reps.size()) {
        if (t.none) continue;
        return false;
      }
      int64_t v = columns[c].reps[pick[c]];
      bool ok = std::any_of(t.alternatives.begin(), t.alternatives.end(), [&](const std::vector<Comparison>& all) {
        return std::all_of(all.begin(), all.end(), [&](const Comparison& cmp) {
          return cmp.membership ? ((static_cast<uint64_t>(cmp.value) >> v) & 1) != 0 : compare(v, cmp.op, cmp.value);
        });
      });
      if (!ok) return false;
    }
    return true;
  };

  std::vector<size_t> pick(n, 0);
  int gaps_reported = 0;
  std::vector<std::string> gap_examples;
  const char* policy = ast::hit_policy_text(table.policy, table.collect);
  // Collect, rule order and output order take every matching row: rows may overlap, and no row
  // matching gives 0, none or no text (see needs_a_row).
  const bool gaps_matter = needs_a_row(table, rule);
  for (size_t iter = 0; iter < combos; ++iter) {
    std::vector<size_t> hit;
    for (size_t r = 0; r < table.rows.size(); ++r)
      if (matches(r, pick)) hit.push_back(r);
    if (hit.empty()) {
      if (!gaps_matter) {
        // fine: the table gives 0, none or ""
      } else {
        if (gap_examples.size() < 3) gap_examples.push_back(describe(pick));
        ++gaps_reported;
      }
    } else {
      ever_first[hit[0]] = true;
      // A row after 'otherwise' is reported as never used, not as overlapping it. Under 'any'
      // rows may overlap where they give the same outcome: only two constant outcomes that
      // differ are a conflict (others are left to run time, which compares the values).
      size_t second = hit.size();
      if (table.policy == ast::HitPolicy::Unique && hit.size() > 1) second = 1;
      if (table.policy == ast::HitPolicy::Any)
        for (size_t k = 1; k < hit.size() && second == hit.size(); ++k)
          if (outcomes_differ(a, table.rows[hit[0]], table.rows[hit[k]])) second = k;
      if (second < hit.size() && !table.rows[hit[0]].otherwise && !table.rows[hit[second]].otherwise) {
        const std::string kind = ast::hit_policy_text(table.policy, table.collect);
        std::pair<size_t, size_t> pair{hit[0], hit[second]};
        if (std::find(overlaps_reported.begin(), overlaps_reported.end(), pair) == overlaps_reported.end()) {
          overlaps_reported.push_back(pair);
          if (!shared().empty()) {
            suspects.push_back({false, pair.first, pair.second, kind, input_texts(), describe(pick), shared()});
          } else {
            auto& diag = d.report(Diag::TableOverlap, table.rows[hit[second]].loc,
                                   fmt::format("rows '{}' and '{}' of the '{}' table in rule '{}' both match {}{}",
                                               table.rows[hit[0]].label, table.rows[hit[second]].label, kind, rule.name,
                                               describe(pick),
                                               table.policy == ast::HitPolicy::Any ? ", with different outcomes" : ""),
                                   1);
            diag.notes.push_back({table.rows[hit[0]].loc, 1, fmt::format("row '{}' is here", table.rows[hit[0]].label)});
            if (!when.empty()) diag.notes.push_back({{}, 1, when});
            diag.notes.push_back({{}, 1, table.policy == ast::HitPolicy::Any
                                             ? "rows of an 'any' table may overlap only where they agree; make the conditions exclusive, or declare the table 'first'"
                                             : "make the conditions exclusive, or declare the table 'first' to let the earlier row win"});
          }
        }
      }
      if (table.policy == ast::HitPolicy::Priority)
        for (size_t h : hit) ever_first[h] = true;
    }
    // next combination (odometer)
    for (size_t c = 0; c < n; ++c) {
      size_t limit = columns[c].reps.size() + (columns[c].has_none ? 1 : 0);
      if (++pick[c] < limit) break;
      pick[c] = 0;
    }
  }
  if (gaps_reported && !found.gap_reported) {
    found.gap_reported = true;
    if (!shared().empty()) {
      suspects.push_back({true, 0, 0, policy, input_texts(), gap_examples[0], shared()});
      return true;
    }
    auto& diag = d.report(Diag::TableGap, table.loc,
                           fmt::format("the '{}' table in rule '{}' has a gap: no row matches {}", policy, rule.name,
                                       gap_examples[0]),
                           5);
    for (size_t g = 1; g < gap_examples.size(); ++g) diag.notes.push_back({{}, 1, "nor " + gap_examples[g]});
    if (!when.empty()) diag.notes.push_back({{}, 1, when});
    diag.notes.push_back({{}, 1, "add the missing rows, or an 'otherwise => ...;' row"});
  }
  return true;
}

void Checker::check_table(ast::RuleDecl& rule, Scope& scope) {
  size_t errors_before = d_.error_count();
  ast::TableDecl& table = *rule.table;
  Type result = rule.result_type;
  // Priority ranks outcomes by their enum's declaration order; other types have no such order.
  if (table.policy == ast::HitPolicy::Priority && !is_error(result) && result.kind != TypeKind::Enum)
    d_.report(Diag::TypeMismatch, table.loc,
              fmt::format("a 'priority' table picks the outcome declared first in its enum, but rule '{}' is '{}'; "
                          "use 'first' or 'unique'",
                          rule.name, tname(result)),
              5);
  // What each hit policy needs of the rule's type; outcomes are checked row by row below.
  const Type required = result.as_required();
  const char* policy_name = ast::hit_policy_text(table.policy, table.collect);
  if (table.policy == ast::HitPolicy::Collect && !is_error(result)) {
    const bool ok = table.collect == ast::AggKind::Count ? result.kind == TypeKind::Int && !result.optional
                    : table.collect == ast::AggKind::Sum
                        ? required.kind == TypeKind::Int || required.kind == TypeKind::Decimal ||
                              required.kind == TypeKind::Money
                        : required.kind == TypeKind::Int || required.kind == TypeKind::Decimal ||
                              required.kind == TypeKind::Money || required.kind == TypeKind::Date;
    if (!ok)
      d_.report(Diag::TypeMismatch, table.loc,
                table.collect == ast::AggKind::Count
                    ? fmt::format("a 'collect count' table counts the rows that match, but rule '{}' is '{}'; declare it 'int'",
                                  rule.name, tname(result))
                    : fmt::format("a '{}' table {} its rows' outcomes, which must be {}, but rule '{}' is '{}'", policy_name,
                                  table.collect == ast::AggKind::Sum ? "adds" : "compares",
                                  table.collect == ast::AggKind::Sum ? "numbers" : "numbers or dates", rule.name,
                                  tname(result)),
                5);
  }
  if ((table.policy == ast::HitPolicy::RuleOrder || table.policy == ast::HitPolicy::OutputOrder) && !is_error(result) &&
      (result.kind != TypeKind::Text || result.optional))
    d_.report(Diag::TypeMismatch, table.loc,
              fmt::format("a '{}' table lists the outcomes of every row that matches, as text ('A, B'), but rule '{}' "
                          "is '{}'; declare it 'text'",
                          policy_name, rule.name, tname(result)),
              5);
  Type listed = Type::error();  // rule order, output order: the outcomes' type, from the first row
  std::vector<Type> inputs;
  for (auto& in : table.inputs) inputs.push_back(check(*in, scope, Type::error()));
  size_t n = inputs.size();

  std::vector<std::vector<CellTest>> tests;
  bool seen_otherwise = false;
  std::vector<bool> after_otherwise(table.rows.size(), false);  // already reported as never used
  std::vector<std::string> labels;
  for (size_t ri = 0; ri < table.rows.size(); ++ri) {
    ast::TableRow& row = table.rows[ri];
    if (row.label.empty()) row.label = fmt::format("row{}", ri + 1);
    for (size_t k = 0; k < labels.size(); ++k)
      if (labels[k] == row.label)
        d_.report(Diag::DuplicateDefinition, row.loc, fmt::format("the table already has a row labelled '{}'", row.label),
                  static_cast<uint32_t>(row.label.size()));
    labels.push_back(row.label);
    if (seen_otherwise) {
      d_.report(Diag::UnreachableRow, row.loc, "this row is never used: it comes after 'otherwise'", 1);
      after_otherwise[ri] = true;
    }
    if (row.otherwise) seen_otherwise = true;
    std::vector<CellTest> row_tests;
    if (!row.otherwise && row.cells.size() != n)
      d_.report(Diag::TypeMismatch, row.loc,
                fmt::format("this row has {} condition{} but the table has {} input{}", row.cells.size(),
                            row.cells.size() == 1 ? "" : "s", n, n == 1 ? "" : "s"),
                1);
    for (size_t c = 0; c < row.cells.size() && c < n; ++c) {
      CellTest t;
      t.kind = row.cells[c].kind;
      t.constant = true;
      if (t.kind != ast::Cell::Kind::Any) check_cell(row.cells[c], inputs[c], scope, t);
      row_tests.push_back(std::move(t));
    }
    if (row.outcome) check_table_outcome(rule, row, scope, listed);
    tests.push_back(std::move(row_tests));
  }
  // A table with a type error is not analysed; problems elsewhere do not hide this one's.
  if (d_.error_count() > errors_before) return;

  // --- completeness: partition each input, then try every combination -------------------
  // A cell naming a parameter whose value changes on a date is checked with each value it
  // takes (every combination, when cells name several): the table must be complete and
  // exclusive on every day, not only under the first value.
  std::vector<int32_t> dated;  // parameters with several values that cells name
  for (auto& row_tests : tests)
    for (auto& t : row_tests)
      for (auto& alternative : t.alternatives)
        for (Comparison& cmp : alternative)
          if (cmp.param >= 0 && a_.params[cmp.param].values.size() > 1 &&
              std::find(dated.begin(), dated.end(), cmp.param) == dated.end())
            dated.push_back(cmp.param);
  size_t scenarios = 1;
  for (int32_t p : dated) scenarios = std::min<size_t>(scenarios * a_.params[p].values.size(), 64);
  Completeness found;
  found.ever_first.assign(table.rows.size(), false);
  // Inputs that read the same facts do not take every combination of their values: what the
  // enumeration finds is then a suspect, for `check` to decide, not an error.
  // (Asked only once something is found: following the rules an input calls costs a walk of
  // what they read, for every table of a policy of thousands of rules.)
  std::optional<std::string> shared_found;
  const std::function<const std::string&()> shared = [&]() -> const std::string& {
    if (!shared_found) shared_found = shared_reads(a_, rule, table);
    return *shared_found;
  };
  table.suspects.clear();
  // A parameter given a value on the command line (`check --param`): a problem found says so.
  std::vector<int32_t> given;
  std::function<void(const Expr&)> note_given = [&](const Expr& e) {
    if (e.bound.ref == ast::RefKind::Param && e.bound.index >= 0 && a_.params[e.bound.index].overridden &&
        std::find(given.begin(), given.end(), e.bound.index) == given.end())
      given.push_back(e.bound.index);
    for (const auto& arg : e.args)
      if (arg) note_given(*arg);
  };
  for (const auto& in : table.inputs) note_given(*in);
  for (auto& row_tests : tests)
    for (auto& t : row_tests)
      for (auto& alternative : t.alternatives)
        for (Comparison& cmp : alternative)
          if (cmp.param >= 0 && a_.params[cmp.param].overridden &&
              std::find(given.begin(), given.end(), cmp.param) == given.end())
            given.push_back(cmp.param);
  std::string given_text;
  for (int32_t p : given)
    given_text += fmt::format("{}with {} = {} (given with --param)", given_text.empty() ? "" : ", ", a_.params[p].decl->name,
                              a_.params[p].type.kind == TypeKind::Text
                                  ? fmt::format("\"{}\"", a_.params[p].values[0].text)
                                  : value_text(a_, a_.params[p].type, a_.params[p].values[0].value));
  for (size_t scenario = 0; scenario < scenarios; ++scenario) {
    // Which value of each dated parameter this pass uses, and how to say so in a note.
    std::string when = given_text;
    size_t rest = scenario;
    for (int32_t p : dated) {
      const ParamSymbol& param = a_.params[p];
      const size_t v = rest % param.values.size();
      rest /= param.values.size();
      const std::string value = value_text(a_, param.type, param.values[v].value);
      // The `from` form's first value has a start (before it the parameter is undefined, a
      // run-time error rather than a gap of the table); the `until` form's has none.
      const std::vector<int64_t>& from = param.from_days;
      const std::string period =
          !from.empty()
              ? (v + 1 < from.size()
                     ? fmt::format("from {} until {}", format_date(from[v]), format_date(from[v + 1] - 1))
                     : fmt::format("from {}", format_date(from[v])))
          : v == 0 ? fmt::format("until {}", format_date(param.until_days[0]))
          : v < param.until_days.size()
              ? fmt::format("from {} until {}", format_date(param.until_days[v - 1] + 1), format_date(param.until_days[v]))
              : fmt::format("from {}", format_date(param.until_days[v - 1] + 1));
      when += fmt::format("{}with {} = {} ({})", when.empty() ? "" : ", ", param.decl->name, value, period);
      for (size_t r = 0; r < tests.size(); ++r)
        for (size_t c = 0; c < tests[r].size(); ++c)
          for (auto& alternative : tests[r][c].alternatives)
            for (Comparison& cmp : alternative) {
              if (cmp.param != p) continue;
              int64_t x = 0;
              if (!param_in_column(param, param.values[v].value, inputs[c].as_required(), x))
                tests[r][c].constant = false;  // out of range: the table is not analysed
              cmp.value = cmp.negated ? -x : x;
            }
    }
    if (!analyse_completeness(a_, d_, rule, table, inputs, tests, when, found, shared, table.suspects)) return;
  }
  if (table.policy == ast::HitPolicy::First)
    for (size_t r = 0; r < table.rows.size(); ++r)
      if (!found.ever_first[r] && !table.rows[r].otherwise && !after_otherwise[r])
        d_.report(Diag::UnreachableRow, table.rows[r].loc,
                  fmt::format("row '{}' is never used: earlier rows match every input it matches", table.rows[r].label), 1);
}

// Types one cell against its input and records what it tests in `t` (whose `constant` is true
// on entry and stays so only when every value is known at compile time).
void Checker::check_cell(ast::Cell& cell, const Type& in, Scope& scope, CellTest& t) {
  switch (cell.kind) {
    case ast::Cell::Kind::Any: return;
    case ast::Cell::Kind::Or:
      for (ast::Cell& alternative : cell.alternatives) check_cell(alternative, in, scope, t);
      return;
    case ast::Cell::Kind::Interval: {
      if (!is_error(in) && !in.as_required().is_ordered()) {
        d_.report(Diag::TypeMismatch, cell.loc,
                  fmt::format("an interval orders numbers, dates and text; this input is {}", a_tname(in)), 1);
        t.constant = false;
        return;
      }
      std::vector<Comparison> both;
      const std::pair<ast::Expr*, ast::CompareOp> bounds[] = {
          {cell.value.get(), cell.low_closed ? ast::CompareOp::Ge : ast::CompareOp::Gt},
          {cell.high.get(), cell.high_closed ? ast::CompareOp::Le : ast::CompareOp::Lt}};
      for (auto [bound, op] : bounds) {
        Comparison cmp;
        cmp.op = op;
        if (!bound) {
          t.constant = false;
          continue;
        }
        Type vt = check(*bound, scope, in.as_required());
        Type u;
        if (!is_error(vt) && !is_error(in) && (vt.optional || !unify(in.as_required(), vt, u)))
          d_.report(Diag::TypeMismatch, bound->loc,
                    fmt::format("this input is {}, but the interval's bound is {}", a_tname(in), a_tname(vt)),
                    bound->length);
        else if (in.as_required().kind == TypeKind::Decimal)
          coerce(*bound, Type::decimal());
        else if (in.as_required().kind == TypeKind::Money)
          coerce(*bound, Type::money());
        if (!cell_constant(a_, *bound, in.as_required(), cmp.value, &cmp)) t.constant = false;
        both.push_back(cmp);
      }
      t.alternatives.push_back(std::move(both));
      return;
    }
    case ast::Cell::Kind::Compare:
    case ast::Cell::Kind::Value: break;
  }
  if (!cell.value) {
    t.constant = false;
    return;
  }
  Comparison cmp;
  cmp.op = cell.kind == ast::Cell::Kind::Compare ? cell.op : ast::CompareOp::Eq;
  if (cell.kind == ast::Cell::Kind::Value && cell.value->kind == ExprKind::NoneLit) {
    check(*cell.value, scope, in);
    if (!is_error(in) && !in.optional)
      d_.report(Diag::TypeMismatch, cell.value->loc, fmt::format("this input is {}, which is never none", a_tname(in)),
                cell.value->length);
    t.none = true;
    return;
  }
  Type hint = in.as_required();
  Type vt = check(*cell.value, scope, hint);
  if (!is_error(vt) && !is_error(in)) {
    if (cell.kind == ast::Cell::Kind::Value && vt.kind == TypeKind::Set && in.kind == TypeKind::Enum &&
        vt.index == in.index) {
      cmp.membership = true;
    } else if (cell.kind == ast::Cell::Kind::Compare && !in.as_required().is_ordered() &&
               cell.op != ast::CompareOp::Eq && cell.op != ast::CompareOp::Ne) {
      d_.report(Diag::TypeMismatch, cell.loc,
                fmt::format("'{}' orders numbers, dates and text; this input is {}", ast::compare_op_text(cell.op),
                            a_tname(in)),
                cell.value->length + 2);
    } else if (vt.optional) {
      d_.report(Diag::TypeMismatch, cell.value->loc,
                cell.value->kind == ExprKind::NoneLit
                    ? std::string("to match an input that is none, write the cell 'none' on its own")
                    : fmt::format("a cell holds a value, but this '{}' may be none", tname(vt)),
                cell.value->length);
    } else if (Type u; !unify(in.as_required(), vt, u)) {
      d_.report(Diag::TypeMismatch, cell.value->loc,
                fmt::format("this input is {}, but the cell holds {}", a_tname(in), a_tname(vt)), cell.value->length);
    } else if (in.as_required().kind == TypeKind::Decimal) {
      coerce(*cell.value, Type::decimal());
    } else if (in.as_required().kind == TypeKind::Money) {
      coerce(*cell.value, Type::money());
    }
  }
  if (!cell_constant(a_, *cell.value, in.as_required(), cmp.value, &cmp)) t.constant = false;
  t.alternatives.push_back({cmp});
}

// Types a row's outcome as the hit policy reads it: the rule's type for the policies that give
// one outcome and for 'collect sum/min/max'; anything for 'collect count'; text or an enum's
// member, the same for every row, for 'rule order'; an enum's member for 'output order'.
Type Checker::check_table_outcome(ast::RuleDecl& rule, ast::TableRow& row, Scope& scope, Type& listed) {
  const ast::TableDecl& table = *rule.table;
  const Type result = rule.result_type;
  const char* policy_name = ast::hit_policy_text(table.policy, table.collect);
  if (table.policy == ast::HitPolicy::Collect && table.collect == ast::AggKind::Count) {
    Type ot = check(*row.outcome, scope, Type::error());
    check_unnamed_none(*row.outcome);
    return ot;
  }
  if (table.policy == ast::HitPolicy::RuleOrder || table.policy == ast::HitPolicy::OutputOrder) {
    Type ot = check(*row.outcome, scope, listed);
    check_unnamed_none(*row.outcome);
    if (is_error(ot)) return ot;
    const bool output_order = table.policy == ast::HitPolicy::OutputOrder;
    if (ot.optional || ot.kind == TypeKind::Set || (ot.kind != TypeKind::Enum && (output_order || ot.kind != TypeKind::Text))) {
      d_.report(Diag::TypeMismatch, row.outcome->loc,
                output_order ? fmt::format("an 'output order' table lists its outcomes in the order of their enum, so "
                                           "each must be a member of one, but this row gives {}",
                                           a_tname(ot))
                             : fmt::format("a 'rule order' table lists its outcomes as text, so each must be text or "
                                           "a member of an enum, but this row gives {}",
                                           a_tname(ot)),
                row.outcome->length);
    } else if (is_error(listed)) {
      listed = ot;
    } else if (Type u; !unify(listed, ot, u) || ot.kind != listed.kind || ot.index != listed.index) {
      d_.report(Diag::TypeMismatch, row.outcome->loc,
                fmt::format("the rows of a '{}' table give one type of outcome: the first gives {}, this one {}",
                            policy_name, a_tname(listed), a_tname(ot)),
                row.outcome->length);
    }
    return ot;
  }
  Type ot = check(*row.outcome, scope, result);
  if (!coerce(*row.outcome, result))
    d_.report(Diag::TypeMismatch, row.outcome->loc,
              fmt::format("rule '{}' is '{}' but this row gives {}", rule.name, tname(result), a_tname(ot)),
              row.outcome->length);
  else if (table.policy == ast::HitPolicy::Collect && ot.optional && !is_error(result))
    d_.report(Diag::TypeMismatch, row.outcome->loc,
              fmt::format("a '{}' table aggregates its rows' outcomes, so each must be a value, but this one may be none",
                          policy_name),
              row.outcome->length);
  check_unnamed_none(*row.outcome);
  return ot;
}

}  // namespace redline::sema
