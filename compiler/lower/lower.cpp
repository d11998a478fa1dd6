// Lowering the checked AST to the rule graph.
//
// Besides translating nodes, lowering does the one optimisation the runtime depends on for
// speed: it splits each aggregate's filter into an equality key that correlates the iterated
// row with the outer row (`q.shared_resource == p`), so the runtime can group instead of
// looping over every pair of rows.
#include "lower/lower.h"

#include <algorithm>
#include <set>

#include "types/values.h"

namespace redline::lower {

using ast::ExprKind;
using ir::Op;

namespace {

class Lowerer {
 public:
  Lowerer(const ast::Module& m, const sema::Analysis& a) : m_(m), a_(a) {}

  ir::Program run() {
    ir::Program p;
    p.policy_name = m_.name;
    p.title = m_.title;
    for (auto& ap : m_.applied) p.amendments.push_back(ap.name);
    for (auto& e : a_.enums) p.enums.push_back({e.decl->name, e.members});
    for (auto& e : a_.entities) {
      ir::Entity out;
      out.name = e.decl->name;
      out.loc = e.decl->loc;
      out.key_field = std::max(0, e.key_field);
      for (auto& f : e.fields) {
        ir::Field fo{f.decl->name, f.type, {}, f.decl->loc};
        for (auto& c : f.checks) fo.checks.push_back({check_op(c.op), c.value, c.literal});
        out.fields.push_back(std::move(fo));
      }
      p.entities.push_back(std::move(out));
    }
    for (auto& ps : a_.params) {
      ir::Param out;
      out.name = ps.decl->name;
      out.type = ps.type;
      out.scale = ps.scale;
      out.given = ps.overridden;
      out.origin = provenance(ps.decl->origin, ps.decl->citation, ps.decl->loc);
      for (size_t i = 0; i < ps.values.size(); ++i) {
        ir::ParamValue v;
        if (!ps.from_days.empty()) v.from = ps.from_days[i];  // the first too: undefined before it
        else if (i > 0 && i - 1 < ps.until_days.size()) v.from = ps.until_days[i - 1] + 1;
        v.value = ps.values[i].value;
        v.text = ps.values[i].text;
        for (auto& [threshold, rate] : ps.values[i].brackets) v.brackets.push_back({threshold, rate});
        out.values.push_back(std::move(v));
      }
      p.params.push_back(std::move(out));
    }
    for (auto& c : a_.cycles)
      p.cycles.push_back({c.decl->name, c.element, c.values, provenance(c.decl->origin, c.decl->citation, c.decl->loc)});
    // Functions go to p.functions, rules to p.rules; a call or a read names the one it means.
    ir_index_.assign(a_.rules.size(), -1);
    fn_index_.assign(a_.rules.size(), -1);
    for (size_t i = 0; i < a_.rules.size(); ++i) {
      if (a_.rules[i].decl->function()) fn_index_[i] = static_cast<int32_t>(fn_count_++);
      else ir_index_[i] = static_cast<int32_t>(rule_count_++);
    }
    // A rule that calls a function reads what the function reads.
    std::vector<std::vector<int32_t>> reads(a_.rules.size());
    for (int32_t s : a_.order) {
      std::set<int32_t> out;
      for (int32_t d : a_.rules[static_cast<size_t>(s)].depends_on) {
        if (ir_index_[static_cast<size_t>(d)] >= 0) out.insert(ir_index_[static_cast<size_t>(d)]);
        else out.insert(reads[static_cast<size_t>(d)].begin(), reads[static_cast<size_t>(d)].end());
      }
      reads[static_cast<size_t>(s)].assign(out.begin(), out.end());
    }
    // Rules that are in a cycle are not in a_.order (lowering does not run then), but keep every
    // index valid all the same.
    for (size_t i = 0; i < a_.rules.size(); ++i) {
      ir::Rule r = rule(*a_.rules[i].decl, a_.rules[i]);
      r.depends_on = reads[i];
      if (fn_index_[i] >= 0) {
        p.functions.push_back(std::move(r));
      } else {
        p.rule_names.emplace(r.name, static_cast<int32_t>(p.rules.size()));
        p.rules.push_back(std::move(r));
      }
    }
    for (int32_t s : a_.order)
      if (ir_index_[static_cast<size_t>(s)] >= 0) p.order.push_back(ir_index_[static_cast<size_t>(s)]);
    // An obligation's deadline is a rule of its own, `NAME.due` (a `date?`, none when there is
    // none), placed right after the obligation: it is then evaluated, selected, explained, diffed
    // and analysed as every rule is. Its dependencies are the obligation's (a superset of what the
    // date reads), which keeps the order right.
    for (size_t si = 0; si < a_.rules.size(); ++si) {
      const ast::RuleDecl& r = *a_.rules[si].decl;
      if (!r.due || ir_index_[si] < 0) continue;
      const auto i = static_cast<size_t>(ir_index_[si]);
      ir::Rule due;
      due.name = r.name + (r.until ? ".until" : ".due");
      due.title = r.title;
      due.entity = r.entity_index;
      due.type = Type::date().as_optional();
      due.output = r.output;
      due.origin = provenance(r.origin, r.citation, r.loc);
      due.origin.loc = r.due_loc;
      due.depends_on = p.rules[i].depends_on;
      due.due_of = static_cast<int32_t>(i);
      next_slot_ = r.slot_count;
      due.body = lower(*r.due);
      due.slot_count = next_slot_;
      auto index = static_cast<int32_t>(p.rules.size());
      p.rules[i].due_rule = index;
      p.rule_names.emplace(due.name, index);
      p.rules.push_back(std::move(due));
      auto at = std::find(p.order.begin(), p.order.end(), static_cast<int32_t>(i));
      p.order.insert(at == p.order.end() ? at : at + 1, index);
    }
    for (int32_t s : a_.order)
      if (fn_index_[static_cast<size_t>(s)] >= 0) {
        ir::Rule& fn = p.functions[static_cast<size_t>(fn_index_[static_cast<size_t>(s)])];
        fn.fingerprint = fingerprint(p, fn);
      }
    for (int32_t r : p.order) p.rules[r].fingerprint = fingerprint(p, p.rules[r]);
    return p;
  }

 private:
  friend uint64_t lower::expression_fingerprint(const ir::Program& program, const ir::Expr& e);

  const ast::Module& m_;
  const sema::Analysis& a_;
  int32_t next_slot_ = 0;
  // By the analysis's rule index: the rule's index in Program::rules, or the function's in
  // Program::functions (-1 in the other).
  std::vector<int32_t> ir_index_, fn_index_;
  size_t rule_count_ = 0, fn_count_ = 0;

  static ir::CheckOp check_op(ast::CompareOp op) {
    switch (op) {
      case ast::CompareOp::Eq: return ir::CheckOp::Eq;
      case ast::CompareOp::Ne: return ir::CheckOp::Ne;
      case ast::CompareOp::Lt: return ir::CheckOp::Lt;
      case ast::CompareOp::Le: return ir::CheckOp::Le;
      case ast::CompareOp::Gt: return ir::CheckOp::Gt;
      case ast::CompareOp::Ge: return ir::CheckOp::Ge;
    }
    return ir::CheckOp::Eq;
  }

  static ir::Provenance provenance(const ast::Origin& o, const std::optional<ast::Citation>& c, support::Location loc) {
    return {o.amendment, c ? c->text : "", o.amendment.empty() ? loc : o.loc};
  }

  ir::Rule rule(const ast::RuleDecl& r, const sema::RuleSymbol& sym) {
    ir::Rule out;
    out.name = r.name;
    out.kind = r.obligation ? ir::RuleKind::Obligation : ir::RuleKind::Rule;
    out.duty = r.duty;
    out.act = r.act;
    out.title = r.title;
    out.entity = r.entity_index;
    out.type = r.result_type;
    out.output = r.output;
    out.origin = provenance(r.origin, r.citation, r.loc);
    out.origin.loc = r.loc;
    out.depends_on = sym.depends_on;
    std::sort(out.depends_on.begin(), out.depends_on.end());
    for (auto& n : r.annotations)
      (n.kind == ast::Annotation::Kind::Note ? out.notes : out.assumptions).push_back(n.text);
    next_slot_ = r.slot_count;
    for (const auto& prm : r.params) {
      out.param_names.push_back(prm.name);
      out.param_types.push_back(prm.bound);
    }
    if (r.function()) out.row_slot = next_slot_++;
    if (r.table) {
      auto t = std::make_unique<ir::Table>();
      switch (r.table->policy) {
        case ast::HitPolicy::Unique: t->policy = ir::HitPolicy::Unique; break;
        case ast::HitPolicy::First: t->policy = ir::HitPolicy::First; break;
        case ast::HitPolicy::Priority: t->policy = ir::HitPolicy::Priority; break;
        case ast::HitPolicy::Any: t->policy = ir::HitPolicy::Any; break;
        case ast::HitPolicy::Collect: t->policy = ir::HitPolicy::Collect; break;
        case ast::HitPolicy::RuleOrder: t->policy = ir::HitPolicy::RuleOrder; break;
        case ast::HitPolicy::OutputOrder: t->policy = ir::HitPolicy::OutputOrder; break;
      }
      t->collect = r.table->collect == ast::AggKind::Min     ? ir::AggKind::Min
                   : r.table->collect == ast::AggKind::Max   ? ir::AggKind::Max
                   : r.table->collect == ast::AggKind::Count ? ir::AggKind::Count
                                                             : ir::AggKind::Sum;
      for (auto& in : r.table->inputs) {
        t->inputs.push_back(lower(*in));
        t->input_slots.push_back(next_slot_++);
      }
      for (size_t ri = 0; ri < r.table->rows.size(); ++ri) {
        const ast::TableRow& row = r.table->rows[ri];
        ir::TableRow ro;
        ro.label = row.label;
        ro.origin = provenance(row.origin, row.citation ? row.citation : r.citation, row.loc);
        ro.origin.loc = row.loc;
        if (row.otherwise) t->otherwise_row = static_cast<int32_t>(ri);
        for (size_t c = 0; c < row.cells.size() && c < t->inputs.size(); ++c)
          ro.cells.push_back(cell(row.cells[c], t->inputs[c]->type, t->input_slots[c]));
        ro.outcome = lower(*row.outcome);
        t->rows.push_back(std::move(ro));
      }
      t->loc = r.table->loc;
      t->suspects = r.table->suspects;
      out.table = std::move(t);
    } else if (r.body) {
      out.body = lower(*r.body);
    }
    for (auto& x : r.exceptions) {
      ir::Exception xo;
      xo.label = x.label;
      xo.condition = lower(*x.condition);
      xo.value = lower(*x.value);
      xo.origin = provenance(x.origin, x.citation, x.loc);
      xo.origin.loc = x.loc;
      for (size_t k = 0; k < r.exceptions.size() && !x.parent.empty(); ++k)
        if (r.exceptions[k].label == x.parent) xo.parent = static_cast<int32_t>(k);
      out.exceptions.push_back(std::move(xo));
    }
    out.slot_count = next_slot_;
    return out;
  }

  ir::ExprPtr cell(const ast::Cell& c, const Type& input, int32_t slot) {
    if (c.kind == ast::Cell::Kind::Or) {
      // `a or b or c`: each alternative's own test, joined by 'or'.
      ir::ExprPtr out;
      for (const ast::Cell& alternative : c.alternatives) {
        ir::ExprPtr test = cell(alternative, input, slot);
        if (!test) return nullptr;  // an alternative that matches anything
        out = out ? binary(Op::Or, std::move(out), std::move(test), c.loc) : std::move(test);
      }
      return out;
    }
    if (c.kind == ast::Cell::Kind::Interval) {
      // `[lo..hi)` is `>= lo and < hi`: two comparisons, each the kernel's usual cell shape.
      if (!c.value || !c.high) return nullptr;
      ast::Cell low, high;
      low.kind = high.kind = ast::Cell::Kind::Compare;
      low.op = c.low_closed ? ast::CompareOp::Ge : ast::CompareOp::Gt;
      high.op = c.high_closed ? ast::CompareOp::Le : ast::CompareOp::Lt;
      low.loc = c.value->loc;
      high.loc = c.high->loc;
      ir::ExprPtr a = compare_cell(low, *c.value, input, slot), b = compare_cell(high, *c.high, input, slot);
      return binary(Op::And, std::move(a), std::move(b), c.loc);
    }
    if (c.kind == ast::Cell::Kind::Any || !c.value) return nullptr;
    return compare_cell(c, *c.value, input, slot);
  }

  ir::ExprPtr compare_cell(const ast::Cell& c, const ast::Expr& cell_value, const Type& input, int32_t slot) {
    auto var = make(Op::Var, input, c.loc);
    var->slot = slot;
    if (c.kind == ast::Cell::Kind::Value && cell_value.kind == ExprKind::NoneLit) {
      auto none = make(Op::IsNone, Type::boolean(), c.loc);
      none->args.push_back(std::move(var));
      return none;
    }
    ir::ExprPtr value = lower(cell_value);
    Op op = Op::Eq;
    if (c.kind == ast::Cell::Kind::Value && value->type.kind == TypeKind::Set && input.kind == TypeKind::Enum) {
      op = Op::In;
    } else if (c.kind == ast::Cell::Kind::Compare) {
      switch (c.op) {
        case ast::CompareOp::Eq: op = Op::Eq; break;
        case ast::CompareOp::Ne: op = Op::Ne; break;
        case ast::CompareOp::Lt: op = Op::Lt; break;
        case ast::CompareOp::Le: op = Op::Le; break;
        case ast::CompareOp::Gt: op = Op::Gt; break;
        case ast::CompareOp::Ge: op = Op::Ge; break;
      }
    }
    // An optional input never matches a condition other than '_' (or 'none') when it is none.
    if (input.optional) {
      auto some = make(Op::IsSome, Type::boolean(), c.loc);
      auto var2 = make(Op::Var, input, c.loc);
      var2->slot = slot;
      some->args.push_back(std::move(var2));
      auto cmp = binary(op, std::move(var), std::move(value), c.loc);
      return binary(Op::And, std::move(some), std::move(cmp), c.loc);
    }
    return binary(op, std::move(var), std::move(value), c.loc);
  }

  static ir::ExprPtr make(Op op, Type type, support::Location loc) {
    auto e = std::make_unique<ir::Expr>();
    e->op = op;
    e->type = type;
    e->loc = loc;
    return e;
  }
  static ir::ExprPtr binary(Op op, ir::ExprPtr a, ir::ExprPtr b, support::Location loc) {
    auto e = make(op, Type::boolean(), loc);
    e->args.push_back(std::move(a));
    e->args.push_back(std::move(b));
    return e;
  }

  ir::ExprPtr lower(const ast::Expr& e) {
    ir::ExprPtr out = lower_raw(e);
    // Sema records the promoted type on the expression; the node itself computes the int.
    if (e.bound.promote_to_decimal) out->type.kind = TypeKind::Int;
    if (e.bound.promote_to_decimal && out->type.kind == TypeKind::Int) {
      // A literal too large for a decimal was reported by the checker; should one get here, it
      // is converted at run time, which reports the overflow, rather than wrapping.
      int64_t scaled = 0;
      if (out->op == Op::Literal && !out->is_none && !__builtin_mul_overflow(out->literal, kDecimalScale, &scaled)) {
        out->literal = scaled;
        out->type.kind = TypeKind::Decimal;
      } else {
        auto conv = make(Op::IntToDecimal, Type{TypeKind::Decimal, out->type.optional, -1}, e.loc);
        conv->args.push_back(std::move(out));
        out = std::move(conv);
      }
    }
    return out;
  }

  ir::ExprPtr literal(const ast::Expr& e, int64_t v) {
    auto out = make(Op::Literal, e.bound.type, e.loc);
    out->literal = v;
    return out;
  }

  // The builtins of numbers and dates, each one operator of the rule graph. Those that are a
  // case of another (floor is rounding to 0 places toward minus infinity, add_days is date
  // + int) become it, so the evaluator has one kernel per computation.
  ir::ExprPtr builtin(const ast::Expr& e, Type t) {
    using sema::Builtin;
    auto with = [&](Op op, int32_t index, int64_t lit, size_t nargs) {
      auto out = make(op, t, e.loc);
      out->index = index;
      out->literal = lit;
      for (size_t i = 0; i < nargs; ++i) out->args.push_back(lower(*e.args[i]));
      return out;
    };
    auto mode = [&](size_t i) { return e.args[i]->bound.index; };
    switch (static_cast<Builtin>(e.bound.index)) {
      case Builtin::Round: return with(Op::Round, mode(2), e.args[1]->bound.index, 1);
      case Builtin::Floor: return with(Op::Round, static_cast<int32_t>(RoundMode::Floor), 0, 1);
      case Builtin::Ceil: return with(Op::Round, static_cast<int32_t>(RoundMode::Ceiling), 0, 1);
      case Builtin::Trunc: return with(Op::Round, static_cast<int32_t>(RoundMode::TowardZero), 0, 1);
      case Builtin::ToInt: return with(Op::ToInt, mode(1), 0, 1);
      case Builtin::ToDecimal:
        // Money is stored as a decimal: rounding to six places toward zero changes nothing but the type.
        if (e.args[0]->bound.type.kind == TypeKind::Money)
          return with(Op::Round, static_cast<int32_t>(RoundMode::TowardZero), kDecimalDigits, 1);
        return with(Op::IntToDecimal, -1, 0, 1);
      case Builtin::ToMoney: return with(Op::Round, mode(1), kMoneyDigits, 1);
      case Builtin::Div: return with(Op::FloorDiv, -1, 0, 2);
      case Builtin::Rem: return with(Op::Mod, -1, 0, 2);  // the remainder of div, which is 'mod'
      case Builtin::Year: return with(Op::DatePart, 0, 0, 1);
      case Builtin::Month: return with(Op::DatePart, 1, 0, 1);
      case Builtin::Day: return with(Op::DatePart, 2, 0, 1);
      case Builtin::AddDays: return with(Op::Add, -1, 0, 2);
      case Builtin::AddMonths: return with(Op::AddMonths, -1, 1, 2);
      case Builtin::AddYears: return with(Op::AddMonths, -1, 12, 2);
      case Builtin::DaysBetween: {
        // b - a: the days from a to b.
        auto out = make(Op::Sub, t, e.loc);
        out->args.push_back(lower(*e.args[1]));
        out->args.push_back(lower(*e.args[0]));
        return out;
      }
      case Builtin::MonthsBetween: return with(Op::MonthsBetween, -1, 1, 2);
      case Builtin::YearsBetween: return with(Op::MonthsBetween, -1, 12, 2);
      case Builtin::FirstDayOfMonth: return with(Op::PeriodEdge, 0, 0, 1);
      case Builtin::LastDayOfMonth: return with(Op::PeriodEdge, 1, 0, 1);
      case Builtin::FirstDayOfYear: return with(Op::PeriodEdge, 2, 0, 1);
      case Builtin::LastDayOfYear: return with(Op::PeriodEdge, 3, 0, 1);
      case Builtin::AsOf: return with(Op::AsOf, -1, 0, 0);
      case Builtin::ToText: return with(Op::ToText, -1, 0, 1);
      case Builtin::Marginal: case Builtin::Flat: case Builtin::Rate: {
        // marginal(s at d, amount): the scale's index, how it applies, the amount, then the date.
        const ast::Expr& s = *e.args[0];
        const bool at = s.kind == ast::ExprKind::Binary && s.binary == ast::BinaryOp::At;
        auto out = make(Op::Scale, t, e.loc);
        out->index = (at ? *s.args[0] : s).bound.index;
        auto b = static_cast<Builtin>(e.bound.index);
        out->literal = static_cast<int64_t>(b == Builtin::Marginal ? ir::ScaleKind::Marginal
                                            : b == Builtin::Flat   ? ir::ScaleKind::Flat
                                                                   : ir::ScaleKind::Rate);
        out->args.push_back(lower(*e.args[1]));
        if (at) out->args.push_back(lower(*s.args[1]));
        return out;
      }
      default: break;
    }
    return literal(e, 0);
  }

  ir::ExprPtr lower_raw(const ast::Expr& e) {
    Type t = e.bound.type;
    switch (e.kind) {
      case ExprKind::IntLit: {
        int64_t v = 0;
        if (t.kind == TypeKind::Money) parse_decimal(e.text, v);  // an amount: scaled like a decimal
        else parse_int(e.text, v);
        return literal(e, v);
      }
      case ExprKind::DecimalLit: {
        int64_t v = 0;
        parse_decimal(e.text, v);  // money literals too: money is stored as a decimal
        return literal(e, v);
      }
      case ExprKind::DateLit: {
        int64_t v = 0;
        parse_date(e.text, v);
        return literal(e, v);
      }
      case ExprKind::BoolLit: return literal(e, e.text == "true");
      case ExprKind::TextLit: {
        auto out = literal(e, 0);
        out->text = e.text;
        return out;
      }
      case ExprKind::NoneLit: {
        auto out = literal(e, 0);
        out->is_none = true;
        return out;
      }
      case ExprKind::Name:
      case ExprKind::Field:
        switch (e.bound.ref) {
          case ast::RefKind::Local: {
            auto out = make(Op::Var, t, e.loc);
            out->slot = e.bound.slot;
            return out;
          }
          case ast::RefKind::Param: {
            auto out = make(Op::Param, t, e.loc);
            out->index = e.bound.index;
            return out;
          }
          case ast::RefKind::EnumMember: return literal(e, e.bound.index);
          case ast::RefKind::Field: {
            auto out = make(Op::Field, t, e.loc);
            out->index = e.bound.index;
            out->entity = e.bound.entity;
            out->args.push_back(lower(*e.args[0]));
            return out;
          }
          default: return literal(e, 0);
        }
      case ExprKind::Call: {
        if (e.bound.ref == ast::RefKind::Builtin && static_cast<sema::Builtin>(e.bound.index) > sema::Builtin::Size)
          return builtin(e, t);
        Op op = Op::RuleRef;
        switch (e.bound.ref) {
          case ast::RefKind::Rule: op = Op::RuleRef; break;
          case ast::RefKind::Cycle: op = Op::CycleAt; break;
          case ast::RefKind::Builtin:
            switch (static_cast<sema::Builtin>(e.bound.index)) {
              case sema::Builtin::Min: op = Op::Min2; break;
              case sema::Builtin::Max: op = Op::Max2; break;
              case sema::Builtin::Abs: op = Op::Abs; break;
              case sema::Builtin::Size: op = Op::SetSize; break;
              default: break;  // the others are lowered by builtin()
            }
            break;
          default: break;
        }
        auto out = make(op, t, e.loc);
        out->index = e.bound.index;
        if (e.bound.ref == ast::RefKind::Rule) {
          const auto callee = static_cast<size_t>(e.bound.index);
          if (fn_index_[callee] >= 0) {
            out->op = Op::Call;
            out->index = fn_index_[callee];
          } else {
            out->index = ir_index_[callee];
          }
        }
        for (auto& a : e.args) out->args.push_back(lower(*a));
        return out;
      }
      case ExprKind::Aggregate: return aggregate(e);
      case ExprKind::SetLit: {
        uint64_t mask = 0;
        for (auto& x : e.args)
          if (x->bound.ref == ast::RefKind::EnumMember) mask |= uint64_t{1} << x->bound.index;
        return literal(e, static_cast<int64_t>(mask));
      }
      case ExprKind::If: {
        auto out = make(Op::If, t, e.loc);
        const ast::Expr& cond = *e.args[0];
        if (cond.kind == ExprKind::IsSome && cond.bound.slot >= 0) out->slot = cond.bound.slot;
        for (auto& a : e.args) out->args.push_back(lower(*a));
        return out;
      }
      case ExprKind::Match: {
        auto out = make(Op::Match, t, e.loc);
        out->args.push_back(lower(*e.args[0]));
        for (auto& arm : e.arms) {
          out->args.push_back(lower(*arm.value));
          out->arm_members.push_back(arm.ordinals);
        }
        return out;
      }
      case ExprKind::Unary: {
        auto out = make(e.unary == ast::UnaryOp::Neg ? Op::Neg : Op::Not, t, e.loc);
        out->args.push_back(lower(*e.args[0]));
        return out;
      }
      case ExprKind::IsNone: {
        auto out = make(Op::IsNone, t, e.loc);
        out->args.push_back(lower(*e.args[0]));
        if (!e.negated) return out;
        auto neg = make(Op::Not, t, e.loc);
        neg->args.push_back(std::move(out));
        return neg;
      }
      case ExprKind::IsSome: {
        auto out = make(Op::IsSome, t, e.loc);
        out->args.push_back(lower(*e.args[0]));
        return out;
      }
      case ExprKind::Binary: {
        Op op = Op::Add;
        bool negate = false;
        switch (e.binary) {
          case ast::BinaryOp::Add: op = Op::Add; break;
          case ast::BinaryOp::Sub: op = Op::Sub; break;
          case ast::BinaryOp::Mul: op = Op::Mul; break;
          case ast::BinaryOp::Div: op = Op::Div; break;
          case ast::BinaryOp::Mod: op = Op::Mod; break;
          case ast::BinaryOp::Eq: op = Op::Eq; break;
          case ast::BinaryOp::Ne: op = Op::Ne; break;
          case ast::BinaryOp::Lt: op = Op::Lt; break;
          case ast::BinaryOp::Le: op = Op::Le; break;
          case ast::BinaryOp::Gt: op = Op::Gt; break;
          case ast::BinaryOp::Ge: op = Op::Ge; break;
          case ast::BinaryOp::And: op = Op::And; break;
          case ast::BinaryOp::Or: op = Op::Or; break;
          case ast::BinaryOp::Coalesce: op = Op::Coalesce; break;
          case ast::BinaryOp::In: op = Op::In; break;
          case ast::BinaryOp::NotIn: op = Op::In, negate = true; break;
          case ast::BinaryOp::Within: op = Op::Within; break;
          case ast::BinaryOp::Overlaps: op = Op::Overlaps; break;
          case ast::BinaryOp::At: {
            auto at = make(Op::ParamAt, t, e.loc);
            at->index = e.args[0]->bound.index;
            at->args.push_back(lower(*e.args[1]));
            return at;
          }
        }
        if (op == Op::Add && t.kind == TypeKind::Text) op = Op::Concat;
        auto out = make(op, t, e.loc);
        out->args.push_back(lower(*e.args[0]));
        out->args.push_back(lower(*e.args[1]));
        if (!negate) return out;
        auto neg = make(Op::Not, t, e.loc);
        neg->args.push_back(std::move(out));
        return neg;
      }
      case ExprKind::Scale:  // a scale's brackets are lowered with its parameter, never as an expression
      case ExprKind::Error: break;
    }
    return literal(e, 0);
  }

  // --- aggregates -------------------------------------------------------------------------
  static void free_slots(const ir::Expr& e, std::set<int32_t>& out, std::set<int32_t>& bound) {
    if (e.op == Op::Var && !bound.count(e.slot)) out.insert(e.slot);
    bool binds = (e.op == Op::If && e.slot >= 0) || e.op == Op::Aggregate;
    if (binds) bound.insert(e.slot);
    for (auto& a : e.args)
      if (a) free_slots(*a, out, bound);
    if (e.agg) {
      for (auto* x : {e.agg->value.get(), e.agg->filter.get(), e.agg->inner_key.get(), e.agg->outer_key.get(),
                      e.agg->correlated_filter.get(), e.agg->order.get()})
        if (x) free_slots(*x, out, bound);
    }
    if (binds) bound.erase(e.slot);
  }
  static std::set<int32_t> free_slots(const ir::Expr& e) {
    std::set<int32_t> out, bound;
    free_slots(e, out, bound);
    return out;
  }

  static void conjuncts(ir::ExprPtr e, std::vector<ir::ExprPtr>& out) {
    if (e->op == Op::And) {
      conjuncts(std::move(e->args[0]), out);
      conjuncts(std::move(e->args[1]), out);
    } else {
      out.push_back(std::move(e));
    }
  }

  static ir::ExprPtr and_all(std::vector<ir::ExprPtr>& list) {
    ir::ExprPtr out;
    for (auto& x : list) {
      if (!out) {
        out = std::move(x);
        continue;
      }
      support::Location loc = out->loc;
      out = binary(Op::And, std::move(out), std::move(x), loc);
    }
    return out;
  }

  ir::ExprPtr aggregate(const ast::Expr& e) {
    auto out = make(Op::Aggregate, e.bound.type, e.loc);
    out->slot = e.bound.slot;
    out->entity = e.bound.entity;
    auto agg = std::make_unique<ir::Aggregate>();
    agg->entity = e.bound.entity;
    agg->slot = e.bound.slot;
    switch (e.agg) {
      case ast::AggKind::Sum: agg->kind = ir::AggKind::Sum; break;
      case ast::AggKind::Count: agg->kind = ir::AggKind::Count; break;
      case ast::AggKind::Min: agg->kind = ir::AggKind::Min; break;
      case ast::AggKind::Max: agg->kind = ir::AggKind::Max; break;
      case ast::AggKind::Any: agg->kind = ir::AggKind::Any; break;
      case ast::AggKind::All: agg->kind = ir::AggKind::All; break;
      case ast::AggKind::Latest: agg->kind = ir::AggKind::Latest; break;
      case ast::AggKind::Earliest: agg->kind = ir::AggKind::Earliest; break;
    }
    if (e.args[0]) agg->value = lower(*e.args[0]);
    if (e.args.size() > 2 && e.args[2]) {
      agg->order = lower(*e.args[2]);
      agg->order_text = ast::to_source(*e.args[2]);
    }
    std::vector<ir::ExprPtr> parts, inner, correlated;
    if (e.args[1]) conjuncts(lower(*e.args[1]), parts);
    // any(v for q where f) is "some q with f and v"; all(v ...) is "no q with f and not v". As
    // filters, their conditions can be split into a grouping key like any other.
    if (agg->value && (agg->kind == ir::AggKind::Any || agg->kind == ir::AggKind::All)) {
      ir::ExprPtr cond = std::move(agg->value);
      if (agg->kind == ir::AggKind::All) {
        auto neg = make(Op::Not, Type::boolean(), cond->loc);
        neg->args.push_back(std::move(cond));
        cond = std::move(neg);
      }
      conjuncts(std::move(cond), parts);
    }
    {
      for (auto& c : parts) {
        std::set<int32_t> fs = free_slots(*c);
        bool mentions_self = fs.count(agg->slot) > 0;
        bool mentions_outer = fs.size() > (mentions_self ? 1u : 0u);
        if (!mentions_outer) {
          inner.push_back(std::move(c));
          continue;
        }
        if (!agg->inner_key && c->op == Op::Eq && mentions_self) {
          std::set<int32_t> l = free_slots(*c->args[0]), r = free_slots(*c->args[1]);
          auto only_self = [&](const std::set<int32_t>& s) { return s.size() == 1 && s.count(agg->slot); };
          auto no_self = [&](const std::set<int32_t>& s) { return !s.count(agg->slot); };
          int side = only_self(l) && no_self(r) ? 0 : only_self(r) && no_self(l) ? 1 : -1;
          // Keys are compared as stored values; a decimal promotion on one side only is left
          // to the general path so that equal numbers always meet.
          if (side >= 0 && c->args[0]->type.kind == c->args[1]->type.kind) {
            agg->inner_key = std::move(c->args[side]);
            agg->outer_key = std::move(c->args[1 - side]);
            agg->inner_key_optional = agg->inner_key->type.optional;
            agg->outer_key_optional = agg->outer_key->type.optional;
            continue;
          }
        }
        correlated.push_back(std::move(c));
      }
      agg->filter = and_all(inner);
      agg->correlated_filter = and_all(correlated);
    }
    std::set<int32_t> value_slots = agg->value ? free_slots(*agg->value) : std::set<int32_t>();
    if (agg->order) {
      // An order that reads the current row (`by abs(q.on - p.on)`) is evaluated pairwise too.
      std::set<int32_t> order_slots = free_slots(*agg->order);
      value_slots.insert(order_slots.begin(), order_slots.end());
    }
    value_slots.erase(agg->slot);
    agg->nested_loop = agg->correlated_filter != nullptr || !value_slots.empty();
    out->agg = std::move(agg);
    return out;
  }

  // --- fingerprints -------------------------------------------------------------------------
  static uint64_t mix(uint64_t h, uint64_t v) {
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h;
  }
  static uint64_t mix_text(uint64_t h, const std::string& s) {
    for (unsigned char c : s) h = mix(h, c);
    return mix(h, s.size());
  }

  static uint64_t hash_type(const Type& t) {
    return (static_cast<uint64_t>(t.kind) << 40) ^ (static_cast<uint64_t>(t.optional) << 32) ^
           static_cast<uint32_t>(t.index);
  }

  // Every field of ir::Expr and ir::Aggregate that can change a value is hashed below; a field
  // left out lets `diff` reuse the baseline's stale column for a rule whose meaning changed.
  // Adding a field breaks these asserts on purpose: hash it (or say here why it cannot change
  // a value, as for `loc`), add its case to tests/unit/test_fingerprint.cpp, then update them.
  static_assert(sizeof(void*) != 8 || sizeof(ir::Expr) == 136, "ir::Expr changed: see the comment above");
  static_assert(sizeof(void*) != 8 || sizeof(ir::Aggregate) == 104, "ir::Aggregate changed: see the comment above");

  static uint64_t hash(const ir::Program& p, const ir::Expr* e) {
    if (!e) return 0x51ed;
    // Not e->loc: where the text stands changes no value, and a rule moved by an edit above it
    // must keep its column.
    uint64_t h = mix(static_cast<uint64_t>(e->op), hash_type(e->type));
    h = mix(h, static_cast<uint64_t>(e->literal));
    h = mix_text(h, e->text);
    h = mix(h, e->is_none);
    h = mix(h, static_cast<uint64_t>(e->index));
    h = mix(h, static_cast<uint64_t>(e->entity));
    h = mix(h, static_cast<uint64_t>(e->slot));
    if (e->op == Op::RuleRef && e->index >= 0) h = mix(h, p.rules[e->index].fingerprint);
    if (e->op == Op::Call && e->index >= 0) h = mix(h, p.functions[static_cast<size_t>(e->index)].fingerprint);
    if ((e->op == Op::Param || e->op == Op::ParamAt || e->op == Op::Scale) && e->index >= 0)
      for (auto& v : p.params[e->index].values) {
        h = mix(mix(mix_text(h, v.text), v.value), v.from.value_or(-1));
        h = mix(h, v.brackets.size());
        for (auto& b : v.brackets) h = mix(mix(h, static_cast<uint64_t>(b.threshold)), static_cast<uint64_t>(b.rate));
      }
    if (e->op == Op::CycleAt && e->index >= 0)
      for (int64_t v : p.cycles[e->index].values) h = mix(h, static_cast<uint64_t>(v));
    // Each arm's size too: otherwise [[a, b], [c]] and [[a], [b, c]] (a member moved to the
    // next arm) hash alike.
    h = mix(h, e->arm_members.size());
    for (auto& members : e->arm_members) {
      h = mix(h, members.size());
      for (int64_t m : members) h = mix(h, static_cast<uint64_t>(m));
    }
    for (auto& a : e->args) h = mix(h, hash(p, a.get()));
    if (e->agg) {
      h = mix(h, static_cast<uint64_t>(e->agg->kind));
      // Lowering copies the entity and slot onto the node itself (hashed above) and derives the
      // flags from the keys, so these add nothing today; hashed all the same, so the hash does not
      // depend on those copies being kept.
      h = mix(h, static_cast<uint64_t>(e->agg->entity));
      h = mix(h, static_cast<uint64_t>(e->agg->slot));
      h = mix(h, (uint64_t{e->agg->outer_key_optional} << 2) | (uint64_t{e->agg->inner_key_optional} << 1) |
                     uint64_t{e->agg->nested_loop});
      for (auto* x : {e->agg->value.get(), e->agg->filter.get(), e->agg->inner_key.get(), e->agg->outer_key.get(),
                      e->agg->correlated_filter.get()})
        h = mix(h, hash(p, x));
      // Only when there is one, so that the other aggregates keep the fingerprints they had. Not
      // order_text: the order as written is for messages; the order itself is hashed here.
      if (e->agg->order) h = mix(h, hash(p, e->agg->order.get()));
    }
    return h;
  }

  static uint64_t fingerprint(const ir::Program& p, const ir::Rule& r) {
    uint64_t h = mix(hash_type(r.type), static_cast<uint64_t>(r.entity));
    // A function's parameters (none for a rule, whose fingerprint stays as it was).
    for (const Type& t : r.param_types) h = mix(h, hash_type(t));
    if (r.row_slot >= 0) h = mix(h, static_cast<uint64_t>(r.row_slot));
    h = mix(h, hash(p, r.body.get()));
    if (r.table) {
      h = mix(h, static_cast<uint64_t>(r.table->policy));
      h = mix(h, static_cast<uint64_t>(r.table->collect));
      for (auto& in : r.table->inputs) h = mix(h, hash(p, in.get()));
      for (int32_t s : r.table->input_slots) h = mix(h, static_cast<uint64_t>(s));
      for (auto& row : r.table->rows) {
        for (auto& c : row.cells) h = mix(h, hash(p, c.get()));
        h = mix(h, hash(p, row.outcome.get()));
      }
      h = mix(h, static_cast<uint64_t>(r.table->otherwise_row));
    }
    for (auto& x : r.exceptions)
      h = mix(mix(mix(h, hash(p, x.condition.get())), hash(p, x.value.get())), static_cast<uint64_t>(x.parent + 1));
    return h;
  }
};

}  // namespace

ir::Program lower(const ast::Module& module, const sema::Analysis& analysis) {
  return Lowerer(module, analysis).run();
}

uint64_t expression_fingerprint(const ir::Program& program, const ir::Expr& e) { return Lowerer::hash(program, &e); }

}  // namespace redline::lower
