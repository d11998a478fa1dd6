// Type checking of expressions and resolution of the names in them.
//
// Types flow bottom-up, with a hint flowing top-down so that bare enum members ('supplier'),
// 'none' and '{}' take their type from context. Every error leaves an Error type behind,
// which is compatible with everything, so one mistake produces one message.
#include <algorithm>

#include <fmt/format.h>

#include "sema/checker.h"
#include "types/values.h"

namespace redline::sema {

using ast::BinaryOp;
using ast::ExprKind;

bool Checker::assignable(const Type& from, const Type& to) const {
  if (is_error(from) || is_error(to)) return true;
  if (is_none_type(from)) return to.optional;
  if (from.optional && !to.optional) return false;
  if (from.kind == TypeKind::EmptySet) return to.kind == TypeKind::Set;
  if (from.kind == TypeKind::Int && to.kind == TypeKind::Decimal) return true;
  // A number meets money only as a literal of whole cents; coerce says so of anything else.
  if ((from.kind == TypeKind::Int || from.kind == TypeKind::Decimal) && to.kind == TypeKind::Money) return true;
  return from.kind == to.kind && from.index == to.index;
}

bool Checker::unify(const Type& a, const Type& b, Type& out) const {
  if (is_error(a)) { out = b; return true; }
  if (is_error(b)) { out = a; return true; }
  if (is_none_type(a)) { out = is_none_type(b) ? b : b.as_optional(); return true; }
  if (is_none_type(b)) { out = a.as_optional(); return true; }
  bool optional = a.optional || b.optional;
  Type ra = a.as_required(), rb = b.as_required();
  if (ra == rb) out = ra;
  else if (ra.kind == TypeKind::EmptySet && rb.kind == TypeKind::Set) out = rb;
  else if (rb.kind == TypeKind::EmptySet && ra.kind == TypeKind::Set) out = ra;
  else if ((ra.kind == TypeKind::Money) != (rb.kind == TypeKind::Money) && ra.is_numeric() && rb.is_numeric())
    out = Type::money();  // coerce then accepts only a literal of whole cents on the other side
  else if (ra.is_numeric() && rb.is_numeric()) out = Type::decimal();
  else return false;
  if (optional) out = out.as_optional();
  return true;
}

// A number where money is expected: a literal (or a negated one) of whole cents becomes money;
// any other number is an error, since only an explicit rounding may make money of a decimal.
void Checker::money_literal(Expr& e, bool optional) {
  Type money = optional ? Type::money().as_optional() : Type::money();
  if (e.kind == ExprKind::If) {
    coerce(*e.args[1], money.as_optional());
    coerce(*e.args[2], money.as_optional());
  } else if (e.kind == ExprKind::Match) {
    for (auto& arm : e.arms) coerce(*arm.value, money.as_optional());
  } else if (e.kind == ExprKind::Unary && e.unary == ast::UnaryOp::Neg && !e.args.empty() &&
             (e.args[0]->kind == ExprKind::IntLit || e.args[0]->kind == ExprKind::DecimalLit)) {
    coerce(*e.args[0], Type::money());
  } else if (e.kind == ExprKind::IntLit || e.kind == ExprKind::DecimalLit) {
    int64_t v = 0;
    if (!parse_money(e.text, v))
      d_.report(Diag::InvalidLiteral, e.loc,
                fmt::format("'{}' is not a money amount: money is a whole number of cents (at most {} decimal places)",
                            e.text, kMoneyDigits),
                e.length);
  } else {
    auto& diag = d_.report(Diag::TypeMismatch, e.loc,
                           fmt::format("{} is not money: only a literal amount or an explicit rounding makes money",
                                       a_tname(e.bound.type)),
                           e.length);
    diag.notes.push_back({{}, 1, e.bound.type.kind == TypeKind::Int
                                     ? "write 'to_money(to_decimal(n), half_even)' or another rounding mode"
                                     : "write 'to_money(x, half_away_from_zero)' or another rounding mode"});
  }
  e.bound.type = money;
}

bool Checker::coerce(Expr& e, const Type& target) {
  Type& t = e.bound.type;
  if (is_error(target) || is_error(t)) return true;
  if (!assignable(t, target)) return false;
  if (is_none_type(t)) {
    t = target.as_optional();
    return true;
  }
  if (t.kind == TypeKind::EmptySet) {
    t = Type{TypeKind::Set, t.optional, target.index};
    return true;
  }
  if ((t.kind == TypeKind::Int || t.kind == TypeKind::Decimal) && target.kind == TypeKind::Money) {
    money_literal(e, target.optional || t.optional);
    return true;
  }
  if (t.kind == TypeKind::Int && target.kind == TypeKind::Decimal) {
    // Branching expressions pass the promotion down so each leaf converts once.
    if (e.kind == ExprKind::If) {
      coerce(*e.args[1], target.as_optional());
      coerce(*e.args[2], target.as_optional());
    } else if (e.kind == ExprKind::Match) {
      for (auto& arm : e.arms) coerce(*arm.value, target.as_optional());
    } else {
      e.bound.promote_to_decimal = true;
      // A literal is converted when compiled: it must fit a decimal (six places fewer digits).
      int64_t v = 0, scaled = 0;
      if (e.kind == ExprKind::IntLit && parse_int(e.text, v) && __builtin_mul_overflow(v, kDecimalScale, &scaled))
        d_.report(Diag::InvalidLiteral, e.loc,
                  fmt::format("integer literal is too large for a decimal (at most {} before the point)",
                              INT64_MAX / kDecimalScale),
                  e.length);
    }
    t = Type{TypeKind::Decimal, t.optional, -1};
    return true;
  }
  if (e.kind == ExprKind::If) {
    coerce(*e.args[1], t);
    coerce(*e.args[2], t);
  } else if (e.kind == ExprKind::Match) {
    for (auto& arm : e.arms) coerce(*arm.value, t);
  }
  return true;
}

Type Checker::check_bool(Expr& e, Scope& scope, std::string_view what) {
  Type t = check(e, scope, Type::boolean());
  if (!is_error(t) && !(t == Type::boolean())) {
    std::string hint = t.optional && t.as_required() == Type::boolean() ? "; decide what none means with '?? false'" : "";
    d_.report(Diag::TypeMismatch, e.loc, fmt::format("{} must be a 'bool', not '{}'{}", what, tname(t), hint), e.length);
  }
  return t;
}

int32_t Checker::find_member(int32_t enum_index, std::string_view name) const {
  if (enum_index < 0) return -1;
  const auto& members = a_.enums[enum_index].members;
  for (size_t i = 0; i < members.size(); ++i)
    if (members[i] == name) return static_cast<int32_t>(i);
  return -1;
}

void Checker::unknown_name(const Expr& /*e*/, std::string_view name, Location at, const Scope& scope,
                           std::string_view kind) {
  std::vector<std::string> candidates;
  for (auto& l : scope.locals) candidates.push_back(l.name);
  for (auto& p : a_.params) candidates.push_back(p.decl->name);
  for (auto& en : a_.enums)
    for (auto& mem : en.members) candidates.push_back(mem);
  for (auto& r : a_.rules) candidates.push_back(r.decl->name);
  for (auto& c : a_.cycles) candidates.push_back(c.decl->name);
  if (kind == "rule or function")
    for (size_t i = 0; i < kBuiltinCount; ++i) candidates.push_back(kBuiltins[i].name);
  auto& diag = d_.report(Diag::UnknownName, at, fmt::format("unknown {} '{}'", kind, name),
                         static_cast<uint32_t>(name.size()));
  // A name an amendment repealed: say so rather than guess at a misspelling.
  for (auto k : {LawTarget::Kind::Rule, LawTarget::Kind::Param, LawTarget::Kind::Cycle})
    if (note_repealed(diag, LawTarget{k, std::string(name), ""}, name)) return;
  if (auto s = support::closest_name(name, candidates); !s.empty())
    diag.notes.push_back({{}, 1, fmt::format("did you mean '{}'?", s)});
}

bool Checker::note_repealed(support::Diagnostic& diag, const LawTarget& what, std::string_view shown) {
  for (auto it = m_.repealed.rbegin(); it != m_.repealed.rend(); ++it) {
    if (it->what != what) continue;
    diag.notes.push_back({it->loc, 1, fmt::format("'{}' was repealed by '{}' here", shown, it->amendment)});
    // Which rule still needs it: the repeal must take that one too, or replace it. (A
    // repealed parameter or cycle is read by many; a rule or a field by the one that says so.)
    if (what.kind != LawTarget::Kind::Param && what.kind != LawTarget::Kind::Cycle && current_rule_ >= 0) {
      const ast::RuleDecl& caller = *a_.rules[static_cast<size_t>(current_rule_)].decl;
      diag.notes.push_back({{}, 1,
                            fmt::format("{} '{}' still uses it: replace or repeal '{}' too", caller.function() ? "function" : "rule",
                                        caller.name, caller.name)});
    }
    return true;
  }
  return false;
}

bool Checker::needs_context(const Expr& e, const Scope& scope) const {
  switch (e.kind) {
    case ExprKind::NoneLit:
    case ExprKind::SetLit:
      return true;
    case ExprKind::Name:
      return !scope.find(e.name) && a_.param_index(e.name) < 0;
    default:
      return false;
  }
}

Type Checker::check(Expr& e, Scope& scope, Type hint) {
  Type t = Type::error();
  switch (e.kind) {
    case ExprKind::IntLit: {
      int64_t v = 0;
      if (!parse_int(e.text, v)) d_.report(Diag::InvalidLiteral, e.loc, "integer literal is too large for 64 bits", e.length);
      t = Type::integer();
      break;
    }
    case ExprKind::DecimalLit: {
      int64_t v = 0;
      if (!parse_decimal(e.text, v))
        d_.report(Diag::InvalidLiteral, e.loc,
                  fmt::format("decimal literal has more than {} decimal places or is too large", kDecimalDigits), e.length);
      t = Type::decimal();
      break;
    }
    case ExprKind::TextLit: t = Type::text(); break;
    case ExprKind::DateLit: {
      int64_t v = 0;
      if (!parse_date(e.text, v)) d_.report(Diag::InvalidLiteral, e.loc, fmt::format("'{}' is not a valid date", e.text), e.length);
      t = Type::date();
      break;
    }
    case ExprKind::BoolLit: t = Type::boolean(); break;
    case ExprKind::NoneLit: t = is_error(hint) ? none_type() : hint.as_optional(); break;
    case ExprKind::Name: t = check_name(e, scope, hint); break;
    case ExprKind::Field: t = check_field(e, scope); break;
    case ExprKind::Call: t = check_call(e, scope, hint); break;
    case ExprKind::Aggregate: t = check_aggregate(e, scope); break;
    case ExprKind::SetLit: t = check_set(e, scope, hint); break;
    case ExprKind::If: t = check_if(e, scope, hint); break;
    case ExprKind::Match: t = check_match(e, scope, hint); break;
    case ExprKind::Unary: {
      if (e.unary == ast::UnaryOp::Not) {
        check_bool(*e.args[0], scope, "the operand of 'not'");
        t = Type::boolean();
      } else {
        Type o = check(*e.args[0], scope, hint);
        if (!is_error(o) && (!o.is_numeric() || o.optional)) {
          d_.report(Diag::TypeMismatch, e.loc, fmt::format("cannot negate {}", a_tname(o)), e.length);
          o = Type::error();
        }
        t = o;
      }
      break;
    }
    case ExprKind::Binary: t = check_binary(e, scope, hint); break;
    case ExprKind::IsNone:
    case ExprKind::IsSome: {
      bool may_bind = binding_condition_ == &e;
      binding_condition_ = nullptr;
      Type o = check(*e.args[0], scope, Type::error());
      if (!is_error(o) && !o.optional)
        d_.report(Diag::TypeMismatch, e.args[0]->loc,
                  fmt::format("this value is never none: its type '{}' is not optional", tname(o)), e.args[0]->length);
      // The binding itself is added by the enclosing 'if'; anywhere else it would bind nothing.
      if (e.kind == ExprKind::IsSome && !e.name.empty() && !may_bind)
        d_.report(Diag::InvalidDeclaration, e.name_loc,
                  fmt::format("'is some {}' binds '{}' only as the whole condition of an 'if': write "
                              "'if ... is some {} then ... else ...'",
                              e.name, e.name, e.name),
                  static_cast<uint32_t>(e.name.size()));
      t = Type::boolean();
      break;
    }
    case ExprKind::Scale:  // only a scale parameter's value, which collect_scale checks
      d_.report(Diag::TypeMismatch, e.loc, "brackets '{ threshold: rate, ... }' are the value of a scale parameter only",
                e.length);
      t = Type::error();
      break;
    case ExprKind::Error: t = Type::error(); break;
  }
  e.bound.type = t;
  return t;
}

Type Checker::check_name(Expr& e, Scope& scope, Type hint) {
  if (const Local* l = scope.find(e.name)) {
    e.bound.ref = ast::RefKind::Local;
    e.bound.slot = l->slot;
    return l->type;
  }
  if (int32_t p = a_.param_index(e.name); p >= 0) {
    e.bound.ref = ast::RefKind::Param;
    e.bound.index = p;
    if (a_.params[p].scale) {
      d_.report(Diag::TypeMismatch, e.loc,
                fmt::format("'{}' is a scale, not a value; apply it to an amount with marginal({}, amount), flat({}, "
                            "amount) or rate({}, amount)",
                            e.name, e.name, e.name, e.name),
                e.length);
      return Type::error();
    }
    return a_.params[p].type.as_required();
  }
  int32_t hinted = (hint.kind == TypeKind::Enum || hint.kind == TypeKind::Set) ? hint.index : -1;
  if (int32_t m = find_member(hinted, e.name); m >= 0) {
    e.bound.ref = ast::RefKind::EnumMember;
    e.bound.index = m;
    return Type::enumeration(hinted);
  }
  std::vector<int32_t> owners;
  for (size_t i = 0; i < a_.enums.size(); ++i)
    if (find_member(static_cast<int32_t>(i), e.name) >= 0) owners.push_back(static_cast<int32_t>(i));
  if (owners.size() == 1) {
    e.bound.ref = ast::RefKind::EnumMember;
    e.bound.index = find_member(owners[0], e.name);
    return Type::enumeration(owners[0]);
  }
  if (owners.size() > 1) {
    auto& diag = d_.report(Diag::UnknownName, e.loc,
                           fmt::format("'{}' is a member of more than one enum; write it qualified", e.name),
                           static_cast<uint32_t>(e.name.size()));
    for (int32_t o : owners)
      diag.notes.push_back({a_.enums[o].decl->loc, 1, fmt::format("'{}.{}' is one", a_.enums[o].decl->name, e.name)});
    return Type::error();
  }
  if (int32_t r = a_.rule_index(e.name); r >= 0 && a_.rules[r].decl->function()) {
    // A function named without its call: write the call, with its parameters' names.
    const ast::RuleDecl& fn = *a_.rules[r].decl;
    std::vector<std::string> params;
    if (!fn.entity.empty()) params.push_back(fn.param);
    for (const auto& prm : fn.params) params.push_back(prm.name);
    d_.report(Diag::TypeMismatch, e.loc,
              fmt::format("'{}' is a function: call it, '{}({})'", e.name, e.name, fmt::join(params, ", ")),
              static_cast<uint32_t>(e.name.size()));
    return Type::error();
  }
  if (int32_t r = a_.rule_index(e.name); r >= 0) {
    std::string param = a_.rules[r].decl->param.empty() ? "p" : a_.rules[r].decl->param;
    d_.report(Diag::TypeMismatch, e.loc,
              fmt::format("rule '{}' applies to an entity: write '{}({})'", e.name, e.name,
                          scope.locals.empty() ? param : scope.locals.front().name),
              static_cast<uint32_t>(e.name.size()));
    return Type::error();
  }
  if (hinted >= 0 && a_.enum_index(e.name) < 0) {
    auto& diag = d_.report(Diag::UnknownName, e.loc,
                           fmt::format("'{}' is not a member of enum '{}'", e.name, a_.enums[hinted].decl->name),
                           static_cast<uint32_t>(e.name.size()));
    if (auto s = support::closest_name(e.name, a_.enums[hinted].members); !s.empty())
      diag.notes.push_back({{}, 1, fmt::format("did you mean '{}'?", s)});
    return Type::error();
  }
  unknown_name(e, e.name, e.loc, scope, "name");
  return Type::error();
}

Type Checker::check_field(Expr& e, Scope& scope) {
  Expr& base = *e.args[0];
  // `Category.supplier`: an enum member written qualified.
  if (base.kind == ExprKind::Name && !scope.find(base.name) && a_.param_index(base.name) < 0) {
    if (int32_t en = a_.enum_index(base.name); en >= 0) {
      base.bound.ref = ast::RefKind::EnumType;
      base.bound.index = en;
      int32_t m = find_member(en, e.name);
      if (m < 0) {
        auto& diag = d_.report(Diag::UnknownName, e.name_loc,
                               fmt::format("'{}' is not a member of enum '{}'", e.name, base.name),
                               static_cast<uint32_t>(e.name.size()));
        if (auto s = support::closest_name(e.name, a_.enums[en].members); !s.empty())
          diag.notes.push_back({{}, 1, fmt::format("did you mean '{}'?", s)});
        return Type::error();
      }
      e.bound.ref = ast::RefKind::EnumMember;
      e.bound.index = m;
      return Type::enumeration(en);
    }
  }
  Type bt = check(base, scope, Type::error());
  if (is_error(bt)) return Type::error();
  if (bt.kind != TypeKind::Entity) {
    d_.report(Diag::TypeMismatch, e.name_loc,
              fmt::format("'.{}' reads a field of an entity, but this value is {}", e.name, a_tname(bt)),
              static_cast<uint32_t>(e.name.size()));
    return Type::error();
  }
  const EntitySymbol& ent = a_.entities[bt.index];
  if (bt.optional) {
    d_.report(Diag::TypeMismatch, base.loc,
              fmt::format("this '{}' may be none, so '.{}' may have no value; write 'if ... is some x then x.{} else ...'",
                          tname(bt), e.name, e.name),
              base.length);
    return Type::error();
  }
  int32_t f = ent.field_index(e.name);
  if (f < 0) {
    std::vector<std::string> names;
    for (auto& fs : ent.fields) names.push_back(fs.decl->name);
    std::vector<std::string> rules;
    for (auto& r : a_.rules)
      if (r.decl->entity_index == bt.index && r.decl->name == e.name) rules.push_back(r.decl->name);
    auto& diag = d_.report(Diag::UnknownName, e.name_loc,
                           fmt::format("entity '{}' has no field '{}'", ent.decl->name, e.name),
                           static_cast<uint32_t>(e.name.size()));
    if (!rules.empty())
      diag.notes.push_back({{}, 1, fmt::format("'{}' is a rule: write '{}(...)'", e.name, e.name)});
    else if (note_repealed(diag, LawTarget{LawTarget::Kind::Field, ent.decl->name, e.name}, ent.decl->name + "." + e.name)) {
      // where and by whom, said above
    } else if (auto s = support::closest_name(e.name, names); !s.empty())
      diag.notes.push_back({{}, 1, fmt::format("did you mean '{}'?", s)});
    return Type::error();
  }
  e.bound.ref = ast::RefKind::Field;
  e.bound.entity = bt.index;
  e.bound.index = f;
  return ent.fields[f].type;
}

// A call of a function: `phase_out(x * 2, 0.5)`, `share(h, 10)`. The arguments are checked
// against the parameters in order; an int is promoted where a decimal is taken, as elsewhere.
Type Checker::check_function_call(Expr& e, Scope& scope, int32_t index) {
  const ast::RuleDecl& rule = *a_.rules[static_cast<size_t>(index)].decl;
  const size_t entity_params = rule.entity.empty() ? 0 : 1;
  const size_t n = entity_params + rule.params.size();
  auto signature = [&] {
    std::string out;
    if (entity_params) out = rule.param + ": " + rule.entity;
    for (const auto& prm : rule.params) {
      if (!out.empty()) out += ", ";
      out += prm.name + ": " + (is_error(prm.bound) ? prm.type.name : tname(prm.bound));
    }
    return out;
  };
  if (e.args.size() != n) {
    d_.report(Diag::TypeMismatch, e.loc,
              fmt::format("'{}' takes {} argument{} ({}); {} given", e.name, n, n == 1 ? "" : "s", signature(),
                          e.args.size()),
              e.length);
    for (auto& a : e.args) check(*a, scope, Type::error());
    return rule.result_type;
  }
  if (entity_params) {
    Type want = rule.entity_index >= 0 ? Type::entity(rule.entity_index) : Type::error();
    Type got = check(*e.args[0], scope, want);
    if (!is_error(got) && !is_error(want)) {
      if (got.kind != TypeKind::Entity || got.index != want.index)
        d_.report(Diag::TypeMismatch, e.args[0]->loc,
                  fmt::format("the first argument of '{}' ({}: {}) must be {}, not {}", e.name, rule.param, rule.entity,
                              a_tname(want), a_tname(got)),
                  e.args[0]->length);
      else if (got.optional)
        d_.report(Diag::TypeMismatch, e.args[0]->loc,
                  fmt::format("this '{}' may be none; write 'if ... is some x then {}(x, ...) else ...'", tname(got), e.name),
                  e.args[0]->length);
    }
  }
  for (size_t k = 0; k < rule.params.size(); ++k) {
    const ast::RuleParamDecl& prm = rule.params[k];
    Expr& arg = *e.args[entity_params + k];
    Type got = check(arg, scope, prm.bound);
    if (is_error(got) || is_error(prm.bound)) continue;
    if (!coerce(arg, prm.bound)) {
      std::string hint;
      if (got.optional && !prm.bound.optional)
        hint = arg.kind == ExprKind::Name || arg.kind == ExprKind::Field
                   ? fmt::format("; handle none first, e.g. '{} ?? 0'", ast::to_source(arg))
                   : std::string("; handle none first, with '?" "?' or 'if ... is some x then ... else ...'");
      else if (got.kind == TypeKind::Decimal && prm.bound.kind == TypeKind::Int)
        hint = "; say how to make it whole with 'to_int(x, mode)'";
      d_.report(Diag::TypeMismatch, arg.loc,
                fmt::format("argument {} of '{}' ({}: {}) must be {}, not {}{}", entity_params + k + 1, e.name, prm.name,
                            tname(prm.bound), a_tname(prm.bound), a_tname(got), hint),
                arg.length);
    } else {
      check_unnamed_none(arg);
    }
  }
  return rule.result_type;
}

Type Checker::check_call(Expr& e, Scope& scope, Type hint) {
  auto arity = [&](size_t n) {
    if (e.args.size() == n) return true;
    d_.report(Diag::TypeMismatch, e.loc,
              fmt::format("'{}' takes {} argument{}, not {}", e.name, n, n == 1 ? "" : "s", e.args.size()), e.length);
    for (auto& a : e.args) check(*a, scope, Type::error());
    return false;
  };
  if (int32_t r = a_.rule_index(e.name); r >= 0) {
    const ast::RuleDecl& rule = *a_.rules[r].decl;
    e.bound.ref = ast::RefKind::Rule;
    e.bound.index = r;
    record_dependency(r, e.name_loc);
    if (rule.function()) return check_function_call(e, scope, r);
    if (!arity(1)) return rule.result_type;
    Type want = rule.entity_index >= 0 ? Type::entity(rule.entity_index) : Type::error();
    Type got = check(*e.args[0], scope, want);
    if (!is_error(got) && !is_error(want)) {
      if (got.kind != TypeKind::Entity || got.index != want.index)
        d_.report(Diag::TypeMismatch, e.args[0]->loc,
                  fmt::format("rule '{}' applies to {}, not {}", e.name, a_tname(want), a_tname(got)), e.args[0]->length);
      else if (got.optional)
        d_.report(Diag::TypeMismatch, e.args[0]->loc,
                  fmt::format("this '{}' may be none; write 'if ... is some x then {}(x) else ...'", tname(got), e.name),
                  e.args[0]->length);
    }
    return rule.result_type;
  }
  for (size_t c = 0; c < a_.cycles.size(); ++c) {
    if (a_.cycles[c].decl->name != e.name) continue;
    e.bound.ref = ast::RefKind::Cycle;
    e.bound.index = static_cast<int32_t>(c);
    if (!arity(1)) return a_.cycles[c].element;
    Type got = check(*e.args[0], scope, Type::integer());
    if (!is_error(got) && !(got == Type::integer()))
      d_.report(Diag::TypeMismatch, e.args[0]->loc,
                fmt::format("a cycle is indexed by a year ('int'), not {}{}", a_tname(got),
                            got.optional ? "; handle the missing year first, e.g. 'if y is some n then ...'" : ""),
                e.args[0]->length);
    return a_.cycles[c].element;
  }
  if (e.name == "min" || e.name == "max") {
    e.bound.ref = ast::RefKind::Builtin;
    e.bound.index = static_cast<int32_t>(e.name == "min" ? Builtin::Min : Builtin::Max);
    if (!arity(2)) return Type::error();
    Type a = check(*e.args[0], scope, hint);
    Type b = check(*e.args[1], scope, a);
    Type out;
    if (!unify(a, b, out) || (!is_error(out) && (out.optional || !(out.is_numeric() || out.kind == TypeKind::Date)))) {
      d_.report(Diag::TypeMismatch, e.loc, fmt::format("'{}' compares two numbers or two dates, not '{}' and '{}'", e.name,
                                                       tname(a), tname(b)),
                e.length);
      return Type::error();
    }
    coerce(*e.args[0], out);
    coerce(*e.args[1], out);
    return out;
  }
  if (e.name == "abs") {
    e.bound.ref = ast::RefKind::Builtin;
    e.bound.index = static_cast<int32_t>(Builtin::Abs);
    if (!arity(1)) return Type::error();
    Type a = check(*e.args[0], scope, hint);
    if (!is_error(a) && (!a.is_numeric() || a.optional)) {
      d_.report(Diag::TypeMismatch, e.args[0]->loc, fmt::format("'abs' takes a number, not {}", a_tname(a)), e.args[0]->length);
      return Type::error();
    }
    return a;
  }
  if (e.name == "size") {
    e.bound.ref = ast::RefKind::Builtin;
    e.bound.index = static_cast<int32_t>(Builtin::Size);
    if (!arity(1)) return Type::integer();
    Type a = check(*e.args[0], scope, Type::error());
    if (!is_error(a) && ((a.kind != TypeKind::Set && a.kind != TypeKind::EmptySet) || a.optional))
      d_.report(Diag::TypeMismatch, e.args[0]->loc, fmt::format("'size' counts the members of a set, not of {}", a_tname(a)),
                e.args[0]->length);
    return Type::integer();
  }
  if (const BuiltinInfo* b = find_builtin(e.name)) return check_builtin(e, scope, *b);
  for (auto& a : e.args) check(*a, scope, Type::error());
  unknown_name(e, e.name, e.name_loc, scope, "rule or function");
  return Type::error();
}

// The builtins of numbers and dates. Each argument is checked against the one type it takes
// (an int promoted where a decimal is taken); the places and mode of 'round' and 'to_int' are
// constants written in the call, so the rounding a clause applies can be read off the text.
Type Checker::check_builtin(Expr& e, Scope& scope, const BuiltinInfo& b) {
  e.bound.ref = ast::RefKind::Builtin;
  e.bound.index = static_cast<int32_t>(b.id);
  Type result;
  std::vector<Type> params;  // the type of each checked argument; Error for a place or a mode
  bool places = false, mode = false;  // round(x, places, mode); to_int(x, mode)
  switch (b.id) {
    case Builtin::Round: result = Type::decimal(), params = {Type::decimal(), Type::error(), Type::error()}, places = mode = true; break;
    case Builtin::Floor: case Builtin::Ceil: case Builtin::Trunc: result = Type::decimal(), params = {Type::decimal()}; break;
    case Builtin::ToInt: result = Type::integer(), params = {Type::decimal(), Type::error()}, mode = true; break;
    case Builtin::ToDecimal:
      result = Type::decimal(), params = {Type::integer()};
      // Money is a decimal already: to_decimal(m) only lets it meet other decimals.
      if (e.args.size() == 1) {
        Type got = check(*e.args[0], scope, Type::integer());
        if (is_error(got) || (got.kind == TypeKind::Money && !got.optional)) return result;
        if (got.optional)
          d_.report(Diag::TypeMismatch, e.args[0]->loc,
                    fmt::format("'{}' needs a value, but this '{}' may be none; handle none first (with '\?\?' or 'is some')",
                                e.name, tname(got)),
                    e.args[0]->length);
        else if (got.kind != TypeKind::Int)
          d_.report(Diag::TypeMismatch, e.args[0]->loc,
                    fmt::format("'{}' takes an 'int' or 'money' here, not {}{}", e.name, a_tname(got),
                                got.kind == TypeKind::Decimal ? "; it is a decimal already" : ""),
                    e.args[0]->length);
        return result;
      }
      break;
    case Builtin::ToMoney: result = Type::money(), params = {Type::decimal(), Type::error()}, mode = true; break;
    case Builtin::Div: case Builtin::Rem: result = Type::integer(), params = {Type::integer(), Type::integer()}; break;
    case Builtin::Year: case Builtin::Month: case Builtin::Day: result = Type::integer(), params = {Type::date()}; break;
    case Builtin::AddDays: case Builtin::AddMonths: case Builtin::AddYears:
      result = Type::date(), params = {Type::date(), Type::integer()};
      break;
    case Builtin::DaysBetween: case Builtin::MonthsBetween: case Builtin::YearsBetween:
      result = Type::integer(), params = {Type::date(), Type::date()};
      break;
    case Builtin::FirstDayOfMonth: case Builtin::LastDayOfMonth: case Builtin::FirstDayOfYear: case Builtin::LastDayOfYear:
      result = Type::date(), params = {Type::date()};
      break;
    case Builtin::AsOf: result = Type::date(); break;
    case Builtin::ToText:
      // Any one value of a scalar type, as the language prints it (the form `run` writes), so
      // that a label can be built from parts: "band " + to_text(b.band).
      if (e.args.size() == 1) {
        Type got = check(*e.args[0], scope, Type::error());
        if (is_error(got)) return Type::text();
        if (got.optional)
          d_.report(Diag::TypeMismatch, e.args[0]->loc,
                    fmt::format("'{}' needs a value, but this '{}' may be none; handle none first (with '\?\?' or 'is some')",
                                e.name, tname(got)),
                    e.args[0]->length);
        else if (got.kind == TypeKind::Text)
          d_.report(Diag::TypeMismatch, e.args[0]->loc, fmt::format("'{}' of a text: it is a text already", e.name),
                    e.args[0]->length);
        else if (got.kind == TypeKind::Set || got.kind == TypeKind::Entity)
          d_.report(Diag::TypeMismatch, e.args[0]->loc,
                    fmt::format("'{}' takes an int, decimal, money, date, bool or enum value, not {}", e.name, a_tname(got)),
                    e.args[0]->length);
        return Type::text();
      }
      result = Type::text(), params = {Type::error()};
      break;
    case Builtin::Marginal: case Builtin::Flat: case Builtin::Rate: return check_scale_call(e, scope, b);
    default: return Type::error();  // min, max, abs and size are checked by check_call
  }
  if (e.args.size() != params.size()) {
    auto& diag = d_.report(Diag::TypeMismatch, e.loc,
                           fmt::format("'{}' takes {} argument{}, not {}", e.name, params.size(),
                                       params.size() == 1 ? "" : "s", e.args.size()),
                           e.length);
    diag.notes.push_back({{}, 1, fmt::format("it is written '{}'", b.signature)});
    // The arguments are still checked, for their own errors; a bare word that names nothing
    // here is taken for a rounding mode, not reported as an unknown name.
    for (auto& a : e.args)
      if (a->kind != ExprKind::Name || scope.find(a->name) || a_.param_index(a->name) >= 0)
        check(*a, scope, Type::error());
    return result;
  }
  for (size_t i = 0; i < params.size(); ++i) {
    Expr& arg = *e.args[i];
    if (mode && i + 1 == params.size()) {
      // A bare word, not an expression: the mode is part of what the clause says.
      std::vector<std::string> names(std::begin(kRoundModeNames), std::end(kRoundModeNames));
      std::string list;
      for (size_t k = 0; k < names.size(); ++k) list += (k ? ", " : "") + names[k];
      if (arg.kind != ExprKind::Name) {
        check(arg, scope, Type::error());
        d_.report(Diag::TypeMismatch, arg.loc,
                  fmt::format("the rounding mode of '{}' is one of the words {}, not an expression", e.name, list),
                  arg.length);
        continue;
      }
      int32_t found = -1;
      for (int m = 0; m < kRoundModes; ++m)
        if (arg.name == kRoundModeNames[m]) found = m;
      if (found < 0) {
        auto& diag = d_.report(Diag::UnknownName, arg.loc, fmt::format("unknown rounding mode '{}'", arg.name),
                               static_cast<uint32_t>(arg.name.size()));
        if (auto s = support::closest_name(arg.name, names); !s.empty())
          diag.notes.push_back({{}, 1, fmt::format("did you mean '{}'?", s)});
        else
          diag.notes.push_back({{}, 1, fmt::format("the modes are {}", list)});
        continue;
      }
      arg.bound.ref = ast::RefKind::None;
      arg.bound.index = found;
      continue;
    }
    if (places && i == 1) {
      int64_t v = -1;
      if (arg.kind != ExprKind::IntLit || !parse_int(arg.text, v) || v < 0 || v > kDecimalDigits) {
        if (arg.kind != ExprKind::IntLit) check(arg, scope, Type::error());
        d_.report(Diag::TypeMismatch, arg.loc,
                  fmt::format("the places of '{}' are a whole number from 0 to {} written in the call, such as 2",
                              e.name, kDecimalDigits),
                  arg.length);
        continue;
      }
      arg.bound.type = Type::integer();
      arg.bound.index = static_cast<int32_t>(v);
      continue;
    }
    const Type want = params[i];
    Type got = check(arg, scope, want);
    if (is_error(got)) continue;
    if (got.optional) {
      d_.report(Diag::TypeMismatch, arg.loc,
                fmt::format("'{}' needs a value, but this '{}' may be none; handle none first (with '\?\?' or 'is some')",
                            e.name, tname(got)),
                arg.length);
      continue;
    }
    if (!assignable(got, want) || !coerce(arg, want)) {
      std::string hint_text;
      if (want.kind == TypeKind::Int && got.kind == TypeKind::Decimal)
        hint_text = "; make it whole first with 'to_int(x, mode)'";
      if (want.kind == TypeKind::Decimal && got.kind == TypeKind::Money) hint_text = "; write 'to_decimal(m)' first";
      d_.report(Diag::TypeMismatch, arg.loc,
                fmt::format("'{}' takes {} here, not {}{}", e.name, a_tname(want), a_tname(got), hint_text), arg.length);
    }
  }
  return result;
}

// `marginal(s, amount)`, `flat(s, amount)`, `rate(s, amount)`: the first argument names a scale
// parameter, bare (in force on the evaluation date) or read on a date (`s at p.paid`); the amount
// has the type of the scale's thresholds. marginal and flat give the exact decimal (no rounding to
// the cent: a money result says how with to_money), rate the decimal rate of the amount's bracket.
Type Checker::check_scale_call(Expr& e, Scope& scope, const BuiltinInfo& b) {
  if (e.args.size() != 2) {
    auto& diag = d_.report(Diag::TypeMismatch, e.loc, fmt::format("'{}' takes 2 arguments, not {}", e.name, e.args.size()),
                           e.length);
    diag.notes.push_back({{}, 1, fmt::format("it is written '{}'", b.signature)});
    for (auto& a : e.args)
      if (!(a->kind == ExprKind::Name && a_.param_index(a->name) >= 0)) check(*a, scope, Type::error());
    return Type::decimal();
  }
  Expr& s = *e.args[0];
  Expr* name = &s;
  if (s.kind == ExprKind::Binary && s.binary == BinaryOp::At) name = s.args[0].get();
  int32_t index = name->kind == ExprKind::Name && !scope.find(name->name) ? a_.param_index(name->name) : -1;
  Type threshold = Type::error();
  if (index < 0 || !a_.params[index].scale) {
    Type got = check(*name, scope, Type::error());
    if (!is_error(got))
      d_.report(Diag::TypeMismatch, name->loc,
                index >= 0 ? fmt::format("'{}' applies a scale; '{}' is {} parameter, not a scale", e.name, name->name, a_tname(got))
                           : fmt::format("'{}' applies a scale; '{}' is not a scale parameter", e.name, ast::to_source(*name)),
                name->length);
    if (name != &s) check(*s.args[1], scope, Type::date());
  } else {
    name->bound.ref = ast::RefKind::Param;
    name->bound.index = index;
    threshold = a_.params[index].type.as_required();
    name->bound.type = threshold;
    if (name != &s) {
      Expr& day = *s.args[1];
      Type dt = check(day, scope, Type::date());
      if (!is_error(dt) && (dt.kind != TypeKind::Date || dt.optional))
        d_.report(Diag::TypeMismatch, day.loc,
                  fmt::format("'at' needs a date{}, not {}", dt.optional && dt.kind == TypeKind::Date ? " that cannot be none" : "",
                              a_tname(dt)),
                  day.length);
      s.bound.type = threshold;
    }
  }
  Expr& amount = *e.args[1];
  Type got = check(amount, scope, is_error(threshold) ? Type::error() : threshold);
  if (!is_error(got) && !is_error(threshold)) {
    if (got.optional)
      d_.report(Diag::TypeMismatch, amount.loc,
                fmt::format("'{}' needs a value, but this '{}' may be none; handle none first (with '\?\?' or 'is some')",
                            e.name, tname(got)),
                amount.length);
    else if (!assignable(got, threshold) || !coerce(amount, threshold))
      d_.report(Diag::TypeMismatch, amount.loc,
                fmt::format("'{}' of scale '{}' takes an amount of its thresholds' type, {}, not {}{}", e.name, name->name,
                            a_tname(threshold), a_tname(got),
                            threshold.kind == TypeKind::Decimal && got.kind == TypeKind::Money ? "; write 'to_decimal(m)' first"
                                                                                                 : ""),
                amount.length);
  }
  return Type::decimal();
}

Type Checker::check_aggregate(Expr& e, Scope& scope) {
  int32_t ent = a_.entity_index(e.entity);
  if (ent < 0) {
    std::vector<std::string> names;
    for (auto& x : a_.entities) names.push_back(x.decl->name);
    auto& diag = d_.report(Diag::UnknownName, e.entity_loc, fmt::format("unknown entity '{}'", e.entity),
                           static_cast<uint32_t>(e.entity.size()));
    if (note_repealed(diag, LawTarget{LawTarget::Kind::Entity, e.entity, ""}, e.entity)) return Type::error();
    if (auto s = support::closest_name(e.entity, names); !s.empty())
      diag.notes.push_back({{}, 1, fmt::format("did you mean '{}'?", s)});
    return Type::error();
  }
  if (scope.find(e.name))
    d_.report(Diag::DuplicateDefinition, e.name_loc,
              fmt::format("'{}' is already a name here; choose another name for the aggregate's variable", e.name),
              static_cast<uint32_t>(e.name.size()));
  e.bound.entity = ent;
  e.bound.slot = (*scope.next_slot)++;
  scope.locals.push_back({e.name, e.bound.slot, Type::entity(ent)});
  Expr* value = e.args[0].get();
  Expr* filter = e.args[1].get();
  Expr* order = e.args.size() > 2 ? e.args[2].get() : nullptr;
  Type result = Type::error();
  Type vt = value ? check(*value, scope, Type::error()) : Type::error();
  switch (e.agg) {
    case ast::AggKind::Count:
      if (value)
        d_.report(Diag::TypeMismatch, value->loc, "'count' counts rows and takes no value: write 'count(q in E where ...)'",
                  value->length);
      result = Type::integer();
      break;
    case ast::AggKind::Sum:
      if (!value) {
        d_.report(Diag::TypeMismatch, e.loc, "'sum' needs a value: write 'sum(q.field for q in E where ...)'", e.length);
      } else if (!is_error(vt) && (!vt.is_numeric() || vt.optional)) {
        d_.report(Diag::TypeMismatch, value->loc,
                  fmt::format("'sum' adds numbers, not '{}'{}", tname(vt), vt.optional ? " (use '?? 0')" : ""), value->length);
      } else {
        result = vt;
      }
      break;
    case ast::AggKind::Min:
    case ast::AggKind::Max:
      if (!value) {
        d_.report(Diag::TypeMismatch, e.loc, fmt::format("'{}' needs a value to compare", ast::agg_text(e.agg)), e.length);
      } else if (!is_error(vt) && (vt.optional || !(vt.is_numeric() || vt.kind == TypeKind::Date))) {
        d_.report(Diag::TypeMismatch, value->loc,
                  fmt::format("'{}' compares numbers or dates, not '{}'", ast::agg_text(e.agg), tname(vt)), value->length);
      } else if (!is_error(vt)) {
        result = vt.as_optional();  // none when nothing matches
      }
      break;
    case ast::AggKind::Any:
    case ast::AggKind::All:
      if (!value && e.agg == ast::AggKind::All)
        d_.report(Diag::TypeMismatch, e.loc,
                  "'all' tests a condition on every row: write 'all(condition for q in E where ...)'", e.length);
      if (value && !is_error(vt) && !(vt == Type::boolean()))
        d_.report(Diag::TypeMismatch, value->loc,
                  fmt::format("'{}' tests a condition ('bool'), not {}", ast::agg_text(e.agg), a_tname(vt)), value->length);
      result = Type::boolean();
      break;
    case ast::AggKind::Latest:
    case ast::AggKind::Earliest: {
      const char* k = ast::agg_text(e.agg);
      if (!value)
        d_.report(Diag::TypeMismatch, e.loc,
                  fmt::format("'{0}' gives the value of one row: write '{0}(q.field for q in E where ... by q.date)'", k),
                  e.length);
      else if (!is_error(vt))
        result = vt.as_optional();  // none when nothing matches
      if (!order)
        d_.report(Diag::TypeMismatch, e.loc,
                  fmt::format("'{0}' needs the order of the rows: write '{0}(... for q in {1} where ... by q.date)', "
                              "the row with the {2} 'by' value giving the value",
                              k, e.entity, e.agg == ast::AggKind::Latest ? "greatest" : "least"),
                  e.length);
      break;
    }
  }
  if (filter) check_bool(*filter, scope, "the 'where' condition");
  if (order) {
    Type ot = check(*order, scope, Type::error());
    if (e.agg != ast::AggKind::Latest && e.agg != ast::AggKind::Earliest) {
      d_.report(Diag::TypeMismatch, order->loc,
                fmt::format("'by' orders the rows of 'latest' and 'earliest' only, not of '{}'", ast::agg_text(e.agg)),
                order->length);
    } else if (!is_error(ot) && ot.optional) {
      d_.report(Diag::TypeMismatch, order->loc,
                fmt::format("'by' needs a value, but this '{}' may be none; give the rows without one a place "
                            "(e.g. '?? 0001-01-01') or leave them out in the 'where' condition",
                            tname(ot)),
                order->length);
    } else if (!is_error(ot) && !(ot.is_numeric() || ot.kind == TypeKind::Date)) {
      d_.report(Diag::TypeMismatch, order->loc,
                fmt::format("'by' orders rows by a number or a date, not by {}", a_tname(ot)), order->length);
    }
  }
  scope.locals.pop_back();
  return result;
}

Type Checker::check_set(Expr& e, Scope& scope, Type hint) {
  if (e.args.empty()) return hint.kind == TypeKind::Set ? hint.as_required() : Type::empty_set();
  int32_t en = hint.kind == TypeKind::Set || hint.kind == TypeKind::Enum ? hint.index : -1;
  for (auto& x : e.args) {
    Type t = check(*x, scope, en >= 0 ? Type::enumeration(en) : Type::error());
    if (is_error(t)) continue;
    if (t.kind != TypeKind::Enum || t.optional) {
      d_.report(Diag::TypeMismatch, x->loc, fmt::format("a set holds enum members, not {}", a_tname(t)), x->length);
      continue;
    }
    if (x->bound.ref != ast::RefKind::EnumMember) {
      d_.report(Diag::TypeMismatch, x->loc, "a set literal lists enum members by name", x->length);
      continue;
    }
    if (en < 0) en = t.index;
    else if (t.index != en)
      d_.report(Diag::TypeMismatch, x->loc,
                fmt::format("this set holds '{}' members, not '{}'", a_.enums[en].decl->name, tname(t)), x->length);
  }
  return en >= 0 ? Type::set_of(en) : Type::error();
}

Type Checker::check_if(Expr& e, Scope& scope, Type hint) {
  Expr& cond = *e.args[0];
  // `if x is some name then ...` binds `name` to the value in the then branch.
  bool binds = cond.kind == ExprKind::IsSome && !cond.name.empty();
  binding_condition_ = binds ? &cond : nullptr;
  check_bool(cond, scope, "an 'if' condition");
  if (binds) {
    Type inner = cond.args[0]->bound.type;
    if (scope.find(cond.name))
      d_.report(Diag::DuplicateDefinition, cond.name_loc, fmt::format("'{}' is already a name here", cond.name),
                static_cast<uint32_t>(cond.name.size()));
    cond.bound.slot = (*scope.next_slot)++;
    scope.locals.push_back({cond.name, cond.bound.slot, is_error(inner) ? inner : inner.as_required()});
  }
  Type a = check(*e.args[1], scope, hint);
  if (binds) scope.locals.pop_back();
  Type b = check(*e.args[2], scope, is_error(a) || is_none_type(a) ? hint : a);
  Type out;
  if (!unify(a, b, out)) {
    d_.report(Diag::TypeMismatch, e.args[2]->loc,
              fmt::format("the branches of 'if' differ: 'then' gives '{}', 'else' gives '{}'", tname(a), tname(b)),
              e.args[2]->length);
    return Type::error();
  }
  coerce(*e.args[1], out);
  coerce(*e.args[2], out);
  return out;
}

Type Checker::check_match(Expr& e, Scope& scope, Type hint) {
  Type st = check(*e.args[0], scope, Type::error());
  if (is_error(st)) {
    for (auto& arm : e.arms) check(*arm.value, scope, hint);
    return Type::error();
  }
  if (st.kind != TypeKind::Enum || st.optional) {
    d_.report(Diag::TypeMismatch, e.args[0]->loc,
              fmt::format("'match' chooses among the members of an enum, not {}", a_tname(st)), e.args[0]->length);
    for (auto& arm : e.arms) check(*arm.value, scope, hint);
    return Type::error();
  }
  const auto& members = a_.enums[st.index].members;
  std::vector<int> covered(members.size(), 0);
  bool wildcard = false;
  bool misnamed = false;  // an arm names no member: it was reported, and coverage would only repeat it
  Type out = Type::error();
  bool first = true;
  for (auto& arm : e.arms) {
    if (wildcard)
      d_.report(Diag::UnreachableArm, arm.loc, "this arm is never reached: an earlier '_' matches everything", 1);
    if (arm.members.empty()) {
      bool all = std::all_of(covered.begin(), covered.end(), [](int c) { return c > 0; });
      if (all) d_.report(Diag::UnreachableArm, arm.loc, "this '_' is never reached: every member is already matched", 1);
      wildcard = true;
    }
    for (size_t i = 0; i < arm.members.size(); ++i) {
      if (!arm.qualifiers[i].empty() && arm.qualifiers[i] != a_.enums[st.index].decl->name) {
        d_.report(Diag::TypeMismatch, arm.member_locs[i],
                  fmt::format("'{}.{}' is not a member of '{}'", arm.qualifiers[i], arm.members[i], tname(st)),
                  static_cast<uint32_t>(arm.members[i].size()));
        misnamed = true;
        continue;
      }
      int32_t m = find_member(st.index, arm.members[i]);
      if (m < 0) {
        auto& diag = d_.report(Diag::UnknownName, arm.member_locs[i],
                               fmt::format("'{}' is not a member of enum '{}'", arm.members[i], tname(st)),
                               static_cast<uint32_t>(arm.members[i].size()));
        if (auto s = support::closest_name(arm.members[i], members); !s.empty())
          diag.notes.push_back({{}, 1, fmt::format("did you mean '{}'?", s)});
        misnamed = true;
        continue;
      }
      if (covered[m]++)
        d_.report(Diag::UnreachableArm, arm.member_locs[i],
                  fmt::format("'{}' is already matched by an earlier arm", arm.members[i]),
                  static_cast<uint32_t>(arm.members[i].size()));
      arm.ordinals.push_back(m);
    }
    Type t = check(*arm.value, scope, first ? hint : (is_error(out) ? hint : out));
    Type u;
    if (first) {
      out = t;
      first = false;
    } else if (!unify(out, t, u)) {
      d_.report(Diag::TypeMismatch, arm.value->loc,
                fmt::format("the arms of 'match' differ: earlier arms give '{}', this one gives '{}'", tname(out), tname(t)),
                arm.value->length);
    } else {
      out = u;
    }
  }
  if (!wildcard && !misnamed) {
    std::vector<std::string> missing;
    for (size_t i = 0; i < members.size(); ++i)
      if (!covered[i]) missing.push_back(members[i]);
    if (!missing.empty()) {
      std::string list;
      for (size_t i = 0; i < missing.size(); ++i) list += (i ? ", '" : "'") + missing[i] + "'";
      d_.report(Diag::NonExhaustiveMatch, e.loc,
                fmt::format("'match' does not cover every member of '{}': {} {} not matched", tname(st), list,
                            missing.size() == 1 ? "is" : "are"),
                5);
    }
  }
  for (auto& arm : e.arms) coerce(*arm.value, out);
  return out;
}

Type Checker::check_equality_operands(Expr& e, Scope& scope) {
  Expr& l = *e.args[0];
  Expr& r = *e.args[1];
  Type lt, rt;
  if (needs_context(l, scope) && !needs_context(r, scope)) {
    rt = check(r, scope, Type::error());
    lt = check(l, scope, rt);
  } else {
    lt = check(l, scope, Type::error());
    rt = check(r, scope, lt);
  }
  return Type::error();
}

// Money keeps to whole cents: money plus or minus money is money; money times or divided by a
// number is money, rounded to the cent (ties away from zero, by the evaluator); money divided
// by money is a ratio, a decimal. Adding a number that is not a literal amount needs an explicit
// to_money, and two amounts do not multiply.
Type Checker::check_money_arithmetic(Expr& e, const Type& lt, const Type& rt) {
  Expr& l = *e.args[0];
  Expr& r = *e.args[1];
  const bool lm = lt.kind == TypeKind::Money, rm = rt.kind == TypeKind::Money;
  switch (e.binary) {
    case BinaryOp::Add:
    case BinaryOp::Sub:
      coerce(l, Type::money());
      coerce(r, Type::money());
      return Type::money();
    case BinaryOp::Mul:
      if (lm && rm) {
        d_.report(Diag::TypeMismatch, e.loc, "cannot multiply two money amounts; multiply money by a number", e.length);
        return Type::error();
      }
      coerce(lm ? r : l, Type::decimal());
      return Type::money();
    case BinaryOp::Div:
      if (!lm) {
        d_.report(Diag::TypeMismatch, e.loc,
                  fmt::format("cannot divide {} by money; divide money by a number, or money by money for a ratio",
                              a_tname(lt)),
                  e.length);
        return Type::error();
      }
      if (rm) return Type::decimal();
      coerce(r, Type::decimal());
      return Type::money();
    default:
      d_.report(Diag::TypeMismatch, e.loc, "'mod' takes two integers", e.length);
      return Type::error();
  }
}

Type Checker::check_binary(Expr& e, Scope& scope, Type hint) {
  Expr& l = *e.args[0];
  Expr& r = *e.args[1];
  const char* op = ast::binary_op_text(e.binary);
  switch (e.binary) {
    case BinaryOp::And:
    case BinaryOp::Or:
      check_bool(l, scope, fmt::format("the left side of '{}'", op));
      check_bool(r, scope, fmt::format("the right side of '{}'", op));
      return Type::boolean();
    case BinaryOp::Add:
    case BinaryOp::Sub:
    case BinaryOp::Mul:
    case BinaryOp::Div:
    case BinaryOp::Mod: {
      Type lt = check(l, scope, hint);
      Type rt = check(r, scope, lt);
      if (is_error(lt) || is_error(rt)) return Type::error();
      if (lt.optional || rt.optional) {
        Expr& bad = lt.optional ? l : r;
        d_.report(Diag::TypeMismatch, bad.loc,
                  fmt::format("arithmetic needs a value, but this '{}' may be none; use '?? 0' or 'is some'",
                              tname(bad.bound.type)),
                  bad.length);
        return Type::error();
      }
      // Dates move by days; two dates are a number of days apart.
      if (lt.kind == TypeKind::Date && (e.binary == BinaryOp::Add || e.binary == BinaryOp::Sub) &&
          rt.kind == TypeKind::Int)
        return Type::date();
      if (lt.kind == TypeKind::Date && rt.kind == TypeKind::Date && e.binary == BinaryOp::Sub) return Type::integer();
      // Text joins with '+', to build a label from parts; no other operator applies to text.
      if (lt.kind == TypeKind::Text && rt.kind == TypeKind::Text && e.binary == BinaryOp::Add) return Type::text();
      if (!lt.is_numeric() || !rt.is_numeric()) {
        d_.report(Diag::TypeMismatch, e.loc, fmt::format("cannot apply '{}' to '{}' and '{}'", op, tname(lt), tname(rt)),
                  e.length);
        return Type::error();
      }
      if (lt.kind == TypeKind::Money || rt.kind == TypeKind::Money) return check_money_arithmetic(e, lt, rt);
      if (e.binary == BinaryOp::Mod) {
        if (lt.kind != TypeKind::Int || rt.kind != TypeKind::Int) {
          d_.report(Diag::TypeMismatch, e.loc, "'mod' takes two integers", e.length);
          return Type::error();
        }
        return Type::integer();
      }
      // Division is exact: 7 / 2 is 3.5, never 3, because policies divide money and shares.
      Type out = (lt.kind == TypeKind::Decimal || rt.kind == TypeKind::Decimal || e.binary == BinaryOp::Div)
                     ? Type::decimal()
                     : Type::integer();
      coerce(l, out);
      coerce(r, out);
      return out;
    }
    case BinaryOp::Coalesce: {
      Type lt = check(l, scope, hint.kind == TypeKind::Error ? hint : hint.as_optional());
      Type rt = check(r, scope, is_error(lt) ? hint : lt.as_required());
      if (is_error(lt) || is_error(rt)) return Type::error();
      if (!lt.optional) {
        d_.report(Diag::TypeMismatch, l.loc,
                  fmt::format("'\?\?' supplies a value for none, but this '{}' is never none", tname(lt)), l.length);
        return rt;
      }
      Type out;
      if (!unify(lt.as_required(), rt, out)) {
        d_.report(Diag::TypeMismatch, r.loc,
                  fmt::format("'\?\?' needs {} on its right, not {}", a_tname(lt.as_required()), a_tname(rt)), r.length);
        return Type::error();
      }
      coerce(l, out.as_optional());
      coerce(r, out);
      return out;
    }
    case BinaryOp::Eq:
    case BinaryOp::Ne:
    case BinaryOp::Lt:
    case BinaryOp::Le:
    case BinaryOp::Gt:
    case BinaryOp::Ge: {
      check_equality_operands(e, scope);
      Type lt = l.bound.type, rt = r.bound.type;
      if (is_error(lt) || is_error(rt)) return Type::boolean();
      Type common;
      bool equality = e.binary == BinaryOp::Eq || e.binary == BinaryOp::Ne;
      if (!unify(lt, rt, common)) {
        d_.report(Diag::TypeMismatch, e.loc, fmt::format("cannot compare '{}' with '{}'", tname(lt), tname(rt)), e.length);
        return Type::boolean();
      }
      if (!equality) {
        if (common.optional) {
          Expr& bad = lt.optional ? l : r;
          d_.report(Diag::TypeMismatch, bad.loc,
                    fmt::format("'{}' needs a value, but this '{}' may be none; handle none first", op, tname(bad.bound.type)),
                    bad.length);
          return Type::boolean();
        }
        if (!common.is_ordered()) {
          d_.report(Diag::TypeMismatch, e.loc, fmt::format("'{}' orders numbers, dates and text, not '{}'", op, tname(common)),
                    e.length);
          return Type::boolean();
        }
      }
      // Only the promotion to decimal is applied to operands; optionality is compared as is.
      if (common.as_required().kind == TypeKind::Decimal || common.as_required().kind == TypeKind::Money) {
        const Type base = common.as_required().kind == TypeKind::Money ? Type::money() : Type::decimal();
        coerce(l, lt.optional ? base.as_optional() : base);
        coerce(r, rt.optional ? base.as_optional() : base);
      } else {
        coerce(l, common.optional ? lt.as_optional() : lt);
        if (is_none_type(l.bound.type)) coerce(l, rt.as_optional());
        if (is_none_type(r.bound.type)) coerce(r, lt.as_optional());
        if (l.bound.type.kind == TypeKind::EmptySet) coerce(l, rt);
        if (r.bound.type.kind == TypeKind::EmptySet) coerce(r, lt);
      }
      return Type::boolean();
    }
    case BinaryOp::In:
    case BinaryOp::NotIn: {
      Type lt, rt;
      if (needs_context(l, scope)) {
        rt = check(r, scope, Type::error());
        lt = check(l, scope, rt.kind == TypeKind::Set ? Type::enumeration(rt.index) : Type::error());
      } else {
        lt = check(l, scope, Type::error());
        rt = check(r, scope, lt.kind == TypeKind::Enum ? Type::set_of(lt.index) : Type::error());
      }
      if (is_error(lt) || is_error(rt)) return Type::boolean();
      if (lt.kind != TypeKind::Enum || lt.optional || rt.kind != TypeKind::Set || rt.optional || lt.index != rt.index)
        d_.report(Diag::TypeMismatch, e.loc,
                  fmt::format("'{}' tests whether an enum member is in a set of that enum, not {} in {}", op,
                              a_tname(lt), a_tname(rt)),
                  e.length);
      return Type::boolean();
    }
    case BinaryOp::Within:
    case BinaryOp::Overlaps: {
      Type lt = check(l, scope, Type::error());
      Type rt = check(r, scope, lt);
      if (is_error(lt) || is_error(rt)) return Type::boolean();
      if (lt.kind == TypeKind::EmptySet) coerce(l, rt), lt = l.bound.type;
      if (rt.kind == TypeKind::EmptySet) coerce(r, lt), rt = r.bound.type;
      if (lt.kind != TypeKind::Set || rt.kind != TypeKind::Set || lt.optional || rt.optional || lt.index != rt.index)
        d_.report(Diag::TypeMismatch, e.loc,
                  fmt::format("'{}' relates two sets of the same enum, not '{}' and '{}'", op, tname(lt), tname(rt)),
                  e.length);
      return Type::boolean();
    }
    case BinaryOp::At: {
      // `cap at s.sale_date`: a parameter's value in force on a date from the data, so one run
      // can hold records under different versions of the law.
      Type lt = check(l, scope, Type::error());
      Type rt = check(r, scope, Type::date());
      if (is_error(lt)) return Type::error();
      if (l.kind != ExprKind::Name || l.bound.ref != ast::RefKind::Param) {
        d_.report(Diag::TypeMismatch, l.loc,
                  fmt::format("'at' reads a parameter on a date; '{}' is not a parameter", ast::to_source(l)), l.length);
        return Type::error();
      }
      if (is_error(rt)) return lt;
      if (rt.kind != TypeKind::Date || rt.optional)
        d_.report(Diag::TypeMismatch, r.loc,
                  fmt::format("'at' needs a date{}, not {}", rt.optional && rt.kind == TypeKind::Date ? " that cannot be none" : "",
                              a_tname(rt)),
                  r.length);
      return lt;
    }
  }
  return Type::error();
}

bool Checker::constant(Expr& e, const Type& type, Constant& out, std::string_view what) {
  Scope empty{{}, nullptr, -1};
  int32_t dummy = 0;
  empty.next_slot = &dummy;
  bool negative = false;
  Expr* lit = &e;
  if (e.kind == ExprKind::Unary && e.unary == ast::UnaryOp::Neg && !e.args.empty()) {
    negative = true;
    lit = e.args[0].get();
  }
  auto fail = [&] {
    d_.report(Diag::TypeMismatch, e.loc, fmt::format("{} must be a literal '{}'", what, tname(type)), e.length);
    return false;
  };
  switch (lit->kind) {
    case ExprKind::IntLit:
    case ExprKind::DecimalLit: {
      if (!type.is_numeric()) return fail();
      if (lit->kind == ExprKind::DecimalLit && type.kind == TypeKind::Int) return fail();
      std::string text = (negative ? "-" : "") + lit->text;
      bool ok = type.kind == TypeKind::Int     ? parse_int(text, out.value)
                : type.kind == TypeKind::Money ? parse_money(text, out.value)
                                               : parse_decimal(text, out.value);
      if (!ok) {
        d_.report(Diag::InvalidLiteral, e.loc,
                  type.kind == TypeKind::Money
                      ? fmt::format("'{}' is not a money amount: money is a whole number of cents (at most {} decimal "
                                    "places)",
                                    text, kMoneyDigits)
                      : fmt::format("'{}' does not fit {}", text, a_tname(type)),
                  e.length);
        return false;
      }
      e.bound.type = type;
      return true;
    }
    case ExprKind::DateLit:
      if (negative || type.kind != TypeKind::Date) return fail();
      if (!parse_date(lit->text, out.value)) {
        d_.report(Diag::InvalidLiteral, e.loc, fmt::format("'{}' is not a valid date", lit->text), e.length);
        return false;
      }
      return true;
    case ExprKind::BoolLit:
      if (negative || type.kind != TypeKind::Bool) return fail();
      out.value = lit->text == "true";
      return true;
    case ExprKind::TextLit:
      if (negative || type.kind != TypeKind::Text) return fail();
      out.text = lit->text;
      return true;
    case ExprKind::Name:
    case ExprKind::Field:
    case ExprKind::SetLit: {
      if (negative) return fail();
      if (type.kind != TypeKind::Enum && type.kind != TypeKind::Set) return fail();
      Type t = check(*lit, empty, type);
      if (is_error(t)) return false;
      if (type.kind == TypeKind::Enum) {
        if (lit->bound.ref != ast::RefKind::EnumMember || t.index != type.index) return fail();
        out.value = lit->bound.index;
        return true;
      }
      if (lit->kind != ExprKind::SetLit || (t.kind == TypeKind::Set && t.index != type.index)) return fail();
      uint64_t mask = 0;
      for (auto& x : lit->args)
        if (x->bound.ref == ast::RefKind::EnumMember) mask |= uint64_t{1} << x->bound.index;
      out.value = static_cast<int64_t>(mask);
      return true;
    }
    default:
      return fail();
  }
}

}  // namespace redline::sema
