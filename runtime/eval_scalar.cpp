// The evaluator's scalar nodes: literals, arithmetic (exact decimals and money), comparison,
// `and`/`or`, `if` and `match`, and the dispatch of every node (Evaluator::eval).
#include "runtime/evaluator_internal.h"

namespace redline::runtime::eval_internal {

auto Evaluator::eval(const ir::Expr& e, Batch& b) -> Column {
  switch (e.op) {
    case Op::Literal: return constant(e, b.n);
    case Op::Var: {
      Column c = b.slots[static_cast<size_t>(e.slot)];
      c.type = e.type.optional ? c.type : Type{c.type.kind, c.type.optional, c.type.index};
      return c;
    }
    case Op::Param: {
      // Only a row that reads it fails: a branch not taken reads nothing.
      if (!param_defined_[static_cast<size_t>(e.index)] && b.n > 0) fail(b, 0, undefined_param(e.index, options_.as_of));
      Column c = make_column(e.type, b.n);
      if (e.type.kind == TypeKind::Text)
        std::fill(c.texts.begin(), c.texts.end(), param_texts_[static_cast<size_t>(e.index)]);
      else
        std::fill(c.values.begin(), c.values.end(), param_values_[static_cast<size_t>(e.index)]);
      return c;
    }
    case Op::Field: return eval_field(e, b);
    case Op::RuleRef: {
      const Column& src = *results_.columns[static_cast<size_t>(e.index)];
      if (e.args[0]->op == Op::Var && e.args[0]->slot == 0 && b.contiguous_begin >= 0 && b.main_slot == 0)
        return slice(src, static_cast<size_t>(b.contiguous_begin), b.n);
      Column storage;
      return gather_rows(src, column_of(*e.args[0], b, storage));
    }
    case Op::CycleAt: {
      Column storage;
      Operand y = operand(*e.args[0], b, storage);
      const ir::Cycle& cy = p_.cycles[static_cast<size_t>(e.index)];
      Column out = make_column(e.type, b.n);
      const uint64_t len = cy.values.size();
      // The cycle repeated over the first years, so that most rows cost a load, not a division.
      constexpr uint64_t kUnrolled = 64;
      std::array<int64_t, kUnrolled> unrolled{};
      for (uint64_t k = 0; k < kUnrolled && len > 0; ++k) unrolled[k] = cy.values[k % len];
      for (size_t i = 0; i < b.n; ++i) {
        int64_t year = y.column ? y.column->values[i] : y.scalar;
        if (year < 1) fail(b, i, fmt::format("cycle '{}' is indexed by year {}; years count from 1", cy.name, year));
        uint64_t k = static_cast<uint64_t>(year - 1);
        out.values[i] = k < kUnrolled ? unrolled[k] : cy.values[k % len];
      }
      return out;
    }
    case Op::Add:
    case Op::Sub:
    case Op::Mul:
    case Op::Div:
    case Op::Mod: return arithmetic(e, b);
    case Op::Neg: {
      Column a = eval(*e.args[0], b);
      for (size_t i = 0; i < b.n; ++i) {
        if (a.values[i] == INT64_MIN) fail(b, i, "negation overflows 64 bits");
        a.values[i] = -a.values[i];
      }
      a.type = e.type;
      return a;
    }
    case Op::IntToDecimal: {
      Column a = eval(*e.args[0], b);
      for (size_t i = 0; i < b.n; ++i)
        if (a.is_present(i) && __builtin_mul_overflow(a.values[i], kDecimalScale, &a.values[i]))
          fail(b, i, "number too large for a decimal");
      a.type = e.type;
      if (!e.type.optional) a.present.clear();
      return a;
    }
    case Op::Eq:
    case Op::Ne:
    case Op::Lt:
    case Op::Le:
    case Op::Gt:
    case Op::Ge: return compare(e, b);
    case Op::And:
    case Op::Or: {
      Column a = eval(*e.args[0], b);
      bool is_and = e.op == Op::And;
      Positions need;
      for (uint32_t i = 0; i < b.n; ++i)
        if ((a.values[i] != 0) == is_and) need.push_back(i);
      a.type = Type::boolean();
      a.present.clear();
      if (need.empty()) return a;
      if (need.size() == b.n) return eval(*e.args[1], b);
      Batch sub = b.select(need);
      Column r = eval(*e.args[1], sub);
      scatter(a, r, need);
      return a;
    }
    case Op::Not: {
      Column a = eval(*e.args[0], b);
      for (auto& v : a.values) v = !v;
      return a;
    }
    case Op::IsNone:
    case Op::IsSome: {
      Column a = eval(*e.args[0], b);
      Column out = make_column(Type::boolean(), b.n);
      bool some = e.op == Op::IsSome;
      for (size_t i = 0; i < b.n; ++i) out.values[i] = a.is_present(i) == some;
      return out;
    }
    case Op::Coalesce: {
      Column a = eval(*e.args[0], b);
      Positions missing;
      for (uint32_t i = 0; i < b.n; ++i)
        if (!a.is_present(i)) missing.push_back(i);
      a.type = e.type;
      if (!missing.empty()) {
        Batch sub = b.select(missing);
        Column r = eval(*e.args[1], sub);
        scatter(a, r, missing);
      }
      if (!e.type.optional) a.present.clear();
      return a;
    }
    case Op::In: {
      Column a = eval(*e.args[0], b), s = eval(*e.args[1], b);
      Column out = make_column(Type::boolean(), b.n);
      for (size_t i = 0; i < b.n; ++i)
        out.values[i] = (static_cast<uint64_t>(s.values[i]) >> static_cast<uint64_t>(a.values[i])) & 1;
      return out;
    }
    case Op::Within:
    case Op::Overlaps: {
      Column a = eval(*e.args[0], b), s = eval(*e.args[1], b);
      Column out = make_column(Type::boolean(), b.n);
      for (size_t i = 0; i < b.n; ++i) {
        uint64_t x = static_cast<uint64_t>(a.values[i]), y = static_cast<uint64_t>(s.values[i]);
        out.values[i] = e.op == Op::Within ? (x & ~y) == 0 : (x & y) != 0;
      }
      return out;
    }
    case Op::SetSize: {
      Column a = eval(*e.args[0], b);
      for (auto& v : a.values) v = std::popcount(static_cast<uint64_t>(v));
      a.type = Type::integer();
      return a;
    }
    case Op::If: return eval_if(e, b);
    case Op::Match: return eval_match(e, b);
    case Op::Min2:
    case Op::Max2: {
      Column a = eval(*e.args[0], b), c = eval(*e.args[1], b);
      for (size_t i = 0; i < b.n; ++i)
        a.values[i] = e.op == Op::Min2 ? std::min(a.values[i], c.values[i]) : std::max(a.values[i], c.values[i]);
      a.type = e.type;
      return a;
    }
    case Op::Abs: {
      Column a = eval(*e.args[0], b);
      for (size_t i = 0; i < b.n; ++i) {
        if (a.values[i] == INT64_MIN) fail(b, i, "absolute value overflows 64 bits");
        a.values[i] = a.values[i] < 0 ? -a.values[i] : a.values[i];
      }
      return a;
    }
    case Op::Aggregate: return eval_aggregate(e, b);
    case Op::Call: return eval_call(e, b);
    case Op::Round: {
      Column a = eval(*e.args[0], b);
      const auto mode = static_cast<RoundMode>(e.index);
      const int places = static_cast<int>(e.literal);
      for (size_t i = 0; i < b.n; ++i)
        if (!round_decimal(a.values[i], places, mode, a.values[i]))
          fail(b, i, "rounding overflows the decimal range");
      a.type = e.type;
      return a;
    }
    case Op::ToInt: {
      Column a = eval(*e.args[0], b);
      const auto mode = static_cast<RoundMode>(e.index);
      for (auto& v : a.values) v = round_quotient(v, kDecimalDigits, mode);
      a.type = e.type;
      return a;
    }
    case Op::FloorDiv: {
      Column a = eval(*e.args[0], b), c = eval(*e.args[1], b);
      for (size_t i = 0; i < b.n; ++i) {
        if (c.values[i] == 0) fail(b, i, "'div' by zero");
        if (!floor_div(a.values[i], c.values[i], a.values[i])) fail(b, i, "division overflows 64 bits");
      }
      a.type = e.type;
      return a;
    }
    case Op::DatePart: {
      Column a = eval(*e.args[0], b);
      for (auto& v : a.values) {
        int64_t y = 0;
        unsigned m = 0, d = 0;
        civil_from_days(v, y, m, d);
        v = e.index == 0 ? y : e.index == 1 ? m : d;
      }
      a.type = e.type;
      return a;
    }
    case Op::AddMonths: {
      Column a = eval(*e.args[0], b), c = eval(*e.args[1], b);
      const char* unit = e.literal == 12 ? "years" : "months";
      for (size_t i = 0; i < b.n; ++i) {
        int64_t months = 0, out = 0;
        if (__builtin_mul_overflow(c.values[i], e.literal, &months) || !add_months(a.values[i], months, out))
          fail(b, i, fmt::format("{} + {} {} is not a date between 0001-01-01 and 9999-12-31", format_date(a.values[i]),
                                 c.values[i], unit));
        a.values[i] = out;
      }
      a.type = e.type;
      return a;
    }
    case Op::MonthsBetween: {
      Column a = eval(*e.args[0], b), c = eval(*e.args[1], b);
      for (size_t i = 0; i < b.n; ++i) {
        // Truncated toward zero, as months_between is: whole units either way.
        a.values[i] = months_between(a.values[i], c.values[i]) / e.literal;
      }
      a.type = e.type;
      return a;
    }
    case Op::PeriodEdge: {
      Column a = eval(*e.args[0], b);
      for (auto& v : a.values) {
        int64_t y = 0;
        unsigned m = 0, d = 0;
        civil_from_days(v, y, m, d);
        switch (e.index) {
          case 0: v = days_from_civil(y, m, 1); break;
          case 1: v = days_from_civil(y, m, days_in_month(y, m)); break;
          case 2: v = days_from_civil(y, 1, 1); break;
          default: v = days_from_civil(y, 12, 31); break;
        }
      }
      a.type = e.type;
      return a;
    }
    case Op::ParamAt: return eval_param_at(e, b);
    case Op::Scale: return eval_scale(e, b);
    case Op::AsOf: {
      Column c = make_column(e.type, b.n);
      std::fill(c.values.begin(), c.values.end(), options_.as_of);
      return c;
    }
    case Op::Concat: {
      Column a = eval(*e.args[0], b), c = eval(*e.args[1], b);
      size_t total = 0;
      for (size_t i = 0; i < b.n; ++i) total += a.texts[i].size() + c.texts[i].size();
      char* buffer = keep_text(total);
      for (size_t i = 0; i < b.n; ++i) {
        char* start = buffer;
        buffer = std::copy(a.texts[i].begin(), a.texts[i].end(), buffer);
        buffer = std::copy(c.texts[i].begin(), c.texts[i].end(), buffer);
        a.texts[i] = std::string_view(start, static_cast<size_t>(buffer - start));
      }
      a.type = e.type;
      return a;
    }
    case Op::ToText: {
      // The one value formatter, so that a number joined into a label reads as `run` prints it.
      Column a = eval(*e.args[0], b);
      std::vector<std::string> shown(b.n);
      size_t total = 0;
      for (size_t i = 0; i < b.n; ++i) total += (shown[i] = format_value(p_, a, i)).size();
      char* buffer = keep_text(total);
      Column out = make_column(e.type, b.n);
      for (size_t i = 0; i < b.n; ++i) {
        char* start = buffer;
        buffer = std::copy(shown[i].begin(), shown[i].end(), buffer);
        out.texts[i] = std::string_view(start, shown[i].size());
      }
      return out;
    }
  }
  return make_column(e.type, b.n);
}

auto Evaluator::arithmetic(const ir::Expr& e, Batch& b) -> Column {
  Column a = eval(*e.args[0], b), c = eval(*e.args[1], b);
  bool decimal = e.type.kind == TypeKind::Decimal;
  bool money = e.type.kind == TypeKind::Money;
  // A date moved by days must stay a date that can be written (and read back) as YYYY-MM-DD.
  static const int64_t first_day = days_from_civil(1, 1, 1), last_day = days_from_civil(9999, 12, 31);
  bool date = e.type.kind == TypeKind::Date;
  Column out = make_column(e.type, b.n);
  for (size_t i = 0; i < b.n; ++i) {
    int64_t x = a.values[i], y = c.values[i], r = 0;
    switch (e.op) {
      case Op::Add:
        if (__builtin_add_overflow(x, y, &r)) fail(b, i, "addition overflows 64 bits");
        break;
      case Op::Sub:
        if (__builtin_sub_overflow(x, y, &r)) fail(b, i, "subtraction overflows 64 bits");
        break;
      case Op::Mul:
        if (money) r = money_mul(x, y, b, i);
        else if (decimal) r = decimal_mul(x, y, b, i);
        else if (__builtin_mul_overflow(x, y, &r)) fail(b, i, "multiplication overflows 64 bits");
        break;
      case Op::Div:
        if (y == 0) fail(b, i, "division by zero");
        r = money ? money_div(x, y, b, i) : decimal_div(x, y, b, i);
        break;
      case Op::Mod:
        if (y == 0) fail(b, i, "'mod' by zero");
        if (x == INT64_MIN && y == -1) r = 0;
        else {
          r = x % y;
          if (r != 0 && ((r < 0) != (y < 0))) r += y;  // the sign of the divisor, as in mathematics
        }
        break;
      default: break;
    }
    if (date && (r < first_day || r > last_day))
      fail(b, i, fmt::format("{} {} {} days is not a date between 0001-01-01 and 9999-12-31", format_date(x),
                             e.op == Op::Add ? '+' : '-', y));
    out.values[i] = r;
  }
  return out;
}

auto Evaluator::and_into(const ir::Expr& cond, Batch& b, uint8_t* match) -> void {
  const size_t n = b.n;
  switch (cond.op) {
    case Op::And:
      and_into(*cond.args[0], b, match);
      and_into(*cond.args[1], b, match);
      return;
    case Op::Eq:
    case Op::Ne:
    case Op::Lt:
    case Op::Le:
    case Op::Gt:
    case Op::Ge: {
      Column sa, sc;
      Operand x = operand(*cond.args[0], b, sa);
      if (!plain(x) || x.column == nullptr) break;
      Operand y = operand(*cond.args[1], b, sc);
      if (!plain(y) || y.column != nullptr) break;
      // restrict: a byte store may alias anything, which would keep these loops scalar.
      const int64_t* __restrict v = x.column->values.data();
      uint8_t* __restrict m = match;
      const int64_t k = y.scalar;
      switch (cond.op) {
        case Op::Eq: for (size_t i = 0; i < n; ++i) m[i] &= v[i] == k; break;
        case Op::Ne: for (size_t i = 0; i < n; ++i) m[i] &= v[i] != k; break;
        case Op::Lt: for (size_t i = 0; i < n; ++i) m[i] &= v[i] < k; break;
        case Op::Le: for (size_t i = 0; i < n; ++i) m[i] &= v[i] <= k; break;
        case Op::Gt: for (size_t i = 0; i < n; ++i) m[i] &= v[i] > k; break;
        default: for (size_t i = 0; i < n; ++i) m[i] &= v[i] >= k; break;
      }
      return;
    }
    default: break;
  }
  Column m = eval(cond, b);
  for (size_t i = 0; i < n; ++i) match[i] &= m.values[i] != 0 && m.is_present(i);
}

auto Evaluator::compare(const ir::Expr& e, Batch& b) -> Column {
  Column sa, sc;
  Operand oa = operand(*e.args[0], b, sa), oc = operand(*e.args[1], b, sc);
  if (plain(oa) && plain(oc)) {
    Column out = make_column(Type::boolean(), b.n);
    int64_t* dst = out.values.data();
    if (oa.column && oc.column) {
      const int64_t *x = oa.column->values.data(), *y = oc.column->values.data();
      compare_values(e.op, [x](size_t i) { return x[i]; }, [y](size_t i) { return y[i]; }, dst, b.n);
    } else if (oa.column) {
      const int64_t* x = oa.column->values.data();
      int64_t y = oc.scalar;
      compare_values(e.op, [x](size_t i) { return x[i]; }, [y](size_t) { return y; }, dst, b.n);
    } else if (oc.column) {
      int64_t x = oa.scalar;
      const int64_t* y = oc.column->values.data();
      compare_values(e.op, [x](size_t) { return x; }, [y](size_t i) { return y[i]; }, dst, b.n);
    } else {
      int64_t x = oa.scalar, y = oc.scalar;
      compare_values(e.op, [x](size_t) { return x; }, [y](size_t) { return y; }, dst, b.n);
    }
    return out;
  }
  const Column& a = oa.column ? *oa.column : (sa = constant(*e.args[0], b.n));
  const Column& c = oc.column ? *oc.column : (sc = constant(*e.args[1], b.n));
  Column out = make_column(Type::boolean(), b.n);
  bool text = a.type.kind == TypeKind::Text;
  for (size_t i = 0; i < b.n; ++i) {
    bool pa = a.is_present(i), pc = c.is_present(i);
    int cmp;
    if (!pa || !pc) {
      // Only == and != reach here with none: none equals none and nothing else.
      bool eq = pa == pc;
      out.values[i] = e.op == Op::Eq ? eq : e.op == Op::Ne ? !eq : 0;
      continue;
    }
    if (text) {
      int t = a.texts[i].compare(c.texts[i]);
      cmp = t < 0 ? -1 : t > 0 ? 1 : 0;
    } else {
      cmp = a.values[i] < c.values[i] ? -1 : a.values[i] > c.values[i] ? 1 : 0;
    }
    bool r = false;
    switch (e.op) {
      case Op::Eq: r = cmp == 0; break;
      case Op::Ne: r = cmp != 0; break;
      case Op::Lt: r = cmp < 0; break;
      case Op::Le: r = cmp <= 0; break;
      case Op::Gt: r = cmp > 0; break;
      case Op::Ge: r = cmp >= 0; break;
      default: break;
    }
    out.values[i] = r;
  }
  return out;
}

auto Evaluator::eval_if(const ir::Expr& e, Batch& b) -> Column {
  Column bound_value;
  Column cond;
  if (e.slot >= 0) {
    // `if x is some y then ...`: y is x's value on the rows where it has one.
    bound_value = eval(*e.args[0]->args[0], b);
    cond = make_column(Type::boolean(), b.n);
    for (size_t i = 0; i < b.n; ++i) cond.values[i] = bound_value.is_present(i);
  } else {
    cond = eval(*e.args[0], b);
  }
  auto [yes, no] = split(cond);
  Column out = make_column(e.type, b.n);
  if (!yes.empty()) {
    Batch sub = b.select(yes);
    if (e.slot >= 0) {
      Column v = gather(bound_value, yes);
      v.present.clear();
      v.type = v.type.as_required();
      sub.bind(e.slot, std::move(v));
    }
    scatter(out, eval(*e.args[1], sub), yes);
  }
  if (!no.empty()) {
    Batch sub = b.select(no);
    scatter(out, eval(*e.args[2], sub), no);
  }
  if (!e.type.optional) out.present.clear();
  return out;
}

auto Evaluator::eval_match(const ir::Expr& e, Batch& b) -> Column {
  Column s = eval(*e.args[0], b);
  Column out = make_column(e.type, b.n);
  // Each row's arm in one pass: the first arm listing the member, else the catch-all arm.
  // Members are enum ordinals (below kMaxEnumMembers), so a small table maps them to arms.
  constexpr int32_t kNoArm = -1;
  std::vector<int32_t> arm_of_member(static_cast<size_t>(kMaxEnumMembers), kNoArm);
  int32_t catch_all = kNoArm;
  for (size_t a = e.arm_members.size(); a-- > 0;) {
    if (e.arm_members[a].empty()) catch_all = static_cast<int32_t>(a);
    for (int64_t m : e.arm_members[a])
      if (m >= 0 && m < kMaxEnumMembers) arm_of_member[static_cast<size_t>(m)] = static_cast<int32_t>(a);
  }
  // Each row's arm (or none), then the rows of each arm: counted first and written in place,
  // not pushed back row by row.
  std::vector<int32_t> arm_of_row(b.n);
  std::vector<size_t> count(e.arm_members.size() + 1, 0);  // the last counts rows of no arm
  const size_t no_arm = e.arm_members.size();
  for (uint32_t i = 0; i < b.n; ++i) {
    int64_t v = s.values[i];
    int32_t arm = v >= 0 && v < kMaxEnumMembers ? arm_of_member[static_cast<size_t>(v)] : kNoArm;
    // A catch-all arm before the member's own arm takes the row (arms are tried in order).
    if (arm == kNoArm || (catch_all != kNoArm && catch_all < arm)) arm = catch_all;
    arm_of_row[i] = arm;
    ++count[arm == kNoArm ? no_arm : static_cast<size_t>(arm)];
  }
  std::vector<Positions> rows_of_arm(e.arm_members.size());
  for (size_t a = 0; a < rows_of_arm.size(); ++a) rows_of_arm[a].reserve(count[a]);
  for (uint32_t i = 0; i < b.n; ++i)
    if (arm_of_row[i] != kNoArm) rows_of_arm[static_cast<size_t>(arm_of_row[i])].push_back(i);
  for (size_t a = 0; a < rows_of_arm.size(); ++a) {
    const Positions& pos = rows_of_arm[a];
    if (pos.empty()) continue;
    if (pos.size() == b.n) {
      out = eval(*e.args[a + 1], b);
      break;
    }
    Batch sub = b.select(pos);
    scatter(out, eval(*e.args[a + 1], sub), pos);
  }
  if (!e.type.optional) out.present.clear();
  return out;
}

}  // namespace redline::runtime::eval_internal
