// Semantic analysis of declarations: enums, entities, parameters, cycles, rules; the rule
// dependency graph, its cycles and the evaluation order.
#include <algorithm>
#include <functional>
#include <iterator>
#include <map>
#include <set>

#include <fmt/format.h>

#include "sema/checker.h"
#include "types/values.h"

namespace redline::sema {

int32_t EntitySymbol::field_index(std::string_view name) const {
  for (size_t i = 0; i < fields.size(); ++i)
    if (fields[i].decl->name == name) return static_cast<int32_t>(i);
  return -1;
}

std::string Analysis::type_name(const Type& t) const {
  if (is_none_type(t)) return "none";
  return redline::type_name(t, [this](const Type& x) -> std::string {
    if (x.kind == TypeKind::Entity)
      return x.index >= 0 && static_cast<size_t>(x.index) < entities.size() ? entities[x.index].decl->name : "?";
    return x.index >= 0 && static_cast<size_t>(x.index) < enums.size() ? enums[x.index].decl->name : "?";
  });
}

template <typename V, typename F>
static int32_t find_index(const V& v, std::string_view name, F&& name_of) {
  for (size_t i = 0; i < v.size(); ++i)
    if (name_of(v[i]) == name) return static_cast<int32_t>(i);
  return -1;
}

static int32_t lookup(const std::unordered_map<std::string, int32_t>& names, std::string_view n) {
  auto it = names.find(std::string(n));
  return it == names.end() ? -1 : it->second;
}
int32_t Analysis::enum_index(std::string_view n) const { return lookup(enum_names, n); }
int32_t Analysis::entity_index(std::string_view n) const { return lookup(entity_names, n); }
int32_t Analysis::rule_index(std::string_view n) const { return lookup(rule_names, n); }
int32_t Analysis::param_index(std::string_view n) const { return lookup(param_names, n); }

Analysis Checker::run() {
  collect_enums();
  collect_entities();
  collect_params();
  override_params();
  collect_cycles();
  collect_rules();
  check_rules();
  check_acts();
  build_order();
  return std::move(a_);
}

void Checker::require_citation(const std::optional<ast::Citation>& c, Location at, std::string_view what,
                               std::string_view name) {
  if (!options_.require_citations || c) return;
  d_.report(Diag::MissingCitation, at,
            fmt::format("{} '{}' does not cite the clause it encodes; add one such as '[G8.49]'", what, name),
            static_cast<uint32_t>(name.size()));
}

// Names share one space across kinds so that a bare name in an expression is unambiguous.
struct DeclaredName {
  std::string kind;
  Location loc;
};

static void check_duplicate(std::map<std::string, DeclaredName>& seen, const std::string& name, Location loc,
                            std::string_view kind, support::DiagnosticEngine& d) {
  if (name.empty()) return;
  auto [it, inserted] = seen.emplace(name, DeclaredName{std::string(kind), loc});
  if (inserted) return;
  const std::string& kind_defined = it->second.kind;
  const char* article = std::string_view("aeiou").find(kind_defined.front()) != std::string_view::npos ? "an" : "a";
  auto& diag = d.report(Diag::DuplicateDefinition, loc,
                        fmt::format("'{}' is already defined as {} {}", name, article, kind_defined),
                        static_cast<uint32_t>(name.size()));
  diag.notes.push_back({it->second.loc, static_cast<uint32_t>(name.size()), "previous definition is here"});
}

// Records `name` at `at` in `seen`; a second one of the name is the error `message()`, with a note
// at the first (a rule's parameters, a rule's exception labels).
template <typename Message>
static void once_per_name(std::map<std::string, Location>& seen, const std::string& name, Location at, support::DiagnosticEngine& d,
                          Message&& message) {
  auto [it, inserted] = seen.emplace(name, at);
  if (inserted) return;
  auto& diag = d.report(Diag::DuplicateDefinition, at, message(), static_cast<uint32_t>(name.size()));
  diag.notes.push_back({it->second, 1, "the other one is here"});
}

void Checker::collect_enums() {
  std::map<std::string, DeclaredName> seen;
  for (auto& e : m_.enums) {
    check_duplicate(seen, e.name, e.loc, "enum", d_);
    EnumSymbol s{&e, {}};
    std::map<std::string, Location> members;
    for (auto& mem : e.members) {
      auto [it, inserted] = members.emplace(mem.name, mem.loc);
      if (!inserted) {
        auto& diag = d_.report(Diag::DuplicateDefinition, mem.loc,
                               fmt::format("enum '{}' lists '{}' twice", e.name, mem.name),
                               static_cast<uint32_t>(mem.name.size()));
        diag.notes.push_back({it->second, static_cast<uint32_t>(mem.name.size()), "first listed here"});
        continue;
      }
      s.members.push_back(mem.name);
    }
    a_.enum_names.emplace(e.name, static_cast<int32_t>(a_.enums.size()));
    if (s.members.size() > static_cast<size_t>(kMaxEnumMembers))
      d_.report(Diag::InvalidDeclaration, e.loc,
                fmt::format("enum '{}' has {} members; at most {} are supported", e.name, s.members.size(),
                            kMaxEnumMembers),
                static_cast<uint32_t>(e.name.size()));
    a_.enums.push_back(std::move(s));
  }
}

bool Checker::resolve_type(const ast::TypeRef& ref, Type& out, bool allow_entity, bool allow_scale) {
  out = Type::error();
  if (ref.name.empty()) return false;
  if (ref.set) {
    int32_t e = a_.enum_index(ref.name);
    if (e < 0) {
      std::vector<std::string> names;
      for (auto& en : a_.enums) names.push_back(en.decl->name);
      auto& diag = d_.report(Diag::UnknownName, ref.loc, fmt::format("unknown enum '{}' in set type", ref.name),
                             static_cast<uint32_t>(ref.name.size() + 7));
      if (auto s = support::closest_name(ref.name, names); !s.empty())
        diag.notes.push_back({{}, 1, fmt::format("did you mean '{}'?", s)});
      return false;
    }
    out = Type::set_of(e);
  } else if (ref.name == "bool") {
    out = Type::boolean();
  } else if (ref.name == "int") {
    out = Type::integer();
  } else if (ref.name == "decimal") {
    out = Type::decimal();
  } else if (ref.name == "money") {
    out = Type::money();
  } else if (ref.name == "text") {
    out = Type::text();
  } else if (ref.name == "date") {
    out = Type::date();
  } else if (int32_t e = a_.enum_index(ref.name); e >= 0) {
    out = Type::enumeration(e);
  } else if (int32_t n = find_index(m_.entities, ref.name, [](const ast::EntityDecl& x) { return x.name; });
             n >= 0 && allow_entity) {
    out = Type::entity(n);
  } else {
    std::vector<std::string> names = {"bool", "int", "decimal", "text", "date"};
    for (auto& en : a_.enums) names.push_back(en.decl->name);
    if (allow_entity)
      for (auto& en : m_.entities) names.push_back(en.name);
    // The names other languages give the builtin types.
    static const std::map<std::string, std::string> kOtherNames = {
        {"boolean", "bool"}, {"integer", "int"}, {"number", "decimal"}, {"float", "decimal"},
        {"double", "decimal"}, {"money", "decimal"}, {"string", "text"}, {"str", "text"}};
    auto& diag = d_.report(Diag::UnknownName, ref.loc, fmt::format("unknown type '{}'", ref.name),
                           static_cast<uint32_t>(ref.name.size()));
    if (note_repealed(diag, LawTarget{LawTarget::Kind::Entity, ref.name, ""}, ref.name)) return false;
    if (auto it = kOtherNames.find(ref.name); it != kOtherNames.end())
      diag.notes.push_back({{}, 1, fmt::format("did you mean '{}'?", it->second)});
    else if (auto s = support::closest_name(ref.name, names); !s.empty())
      diag.notes.push_back({{}, 1, fmt::format("did you mean '{}'?", s)});
    return false;
  }
  if (ref.scale) {
    if (!allow_scale) {
      d_.report(Diag::TypeMismatch, ref.loc,
                "a scale is the type of a parameter only; apply one with marginal(s, amount), flat(s, amount) or rate(s, amount)",
                static_cast<uint32_t>(ref.name.size() + 9));
      out = Type::error();
      return false;
    }
    if (out.kind != TypeKind::Int && out.kind != TypeKind::Decimal && out.kind != TypeKind::Money) {
      d_.report(Diag::TypeMismatch, ref.loc,
                fmt::format("the thresholds of a scale are an 'int', a 'decimal' or 'money', not {}", a_tname(out)),
                static_cast<uint32_t>(ref.name.size() + 9));
      out = Type::error();
      return false;
    }
  }
  if (ref.optional) out = out.as_optional();
  return true;
}

void Checker::collect_entities() {
  std::map<std::string, DeclaredName> seen;
  for (auto& e : m_.enums) seen.emplace(e.name, DeclaredName{"enum", e.loc});
  // Entities are registered first so that fields may reference any entity, declared before or after.
  for (auto& e : m_.entities) {
    check_duplicate(seen, e.name, e.loc, "entity", d_);
    a_.entity_names.emplace(e.name, static_cast<int32_t>(a_.entities.size()));
    a_.entities.push_back(EntitySymbol{&e, {}, -1});
  }
  for (size_t ei = 0; ei < m_.entities.size(); ++ei) {
    auto& e = m_.entities[ei];
    auto& sym = a_.entities[ei];
    std::map<std::string, DeclaredName> fields_seen;
    for (auto& f : e.fields) {
      check_duplicate(fields_seen, f.name, f.loc, "field", d_);
      FieldSymbol fs{&f, Type::error(), {}};
      resolve_type(f.type, fs.type, true);
      if (f.key) {
        if (sym.key_field >= 0) {
          auto& diag = d_.report(Diag::InvalidDeclaration, f.loc,
                                 fmt::format("entity '{}' has more than one key field", e.name),
                                 static_cast<uint32_t>(f.name.size()));
          diag.notes.push_back({sym.fields[sym.key_field].decl->loc, 1, "the key is already declared here"});
        } else {
          sym.key_field = static_cast<int32_t>(sym.fields.size());
          if (!is_error(fs.type) && (fs.type.optional || (fs.type.kind != TypeKind::Text && fs.type.kind != TypeKind::Int)))
            d_.report(Diag::InvalidDeclaration, f.type.loc,
                      fmt::format("the key field '{}' must be 'text' or 'int', not '{}'", f.name, tname(fs.type)),
                      static_cast<uint32_t>(f.type.name.size()));
        }
      }
      for (auto& c : f.checks) {
        if (is_error(fs.type)) continue;
        Type base = fs.type.as_required();
        if (!base.is_numeric() && base.kind != TypeKind::Date) {
          d_.report(Diag::TypeMismatch, c.loc,
                    fmt::format("checks compare numbers and dates; field '{}' has type '{}'", f.name, tname(fs.type)),
                    5);
          continue;
        }
        Constant value;
        if (constant(*c.value, base, value, "a field check")) {
          std::string literal = fmt::format("{} {}", ast::compare_op_text(c.op), c.value->text);
          if (c.value->kind == ast::ExprKind::Unary) literal = fmt::format("{} -{}", ast::compare_op_text(c.op), c.value->args[0]->text);
          fs.checks.push_back({c.op, value.value, literal});
        }
      }
      sym.fields.push_back(std::move(fs));
    }
    if (sym.key_field < 0)
      d_.report(Diag::InvalidDeclaration, e.loc,
                fmt::format("entity '{}' has no key field; mark the field that identifies a row with 'key'", e.name),
                static_cast<uint32_t>(e.name.size()));
  }
}

void Checker::override_params() {
  for (const auto& [name, text] : options_.params) {
    const int32_t index = a_.param_index(name);
    if (index < 0) continue;
    ParamSymbol& p = a_.params[static_cast<size_t>(index)];
    Constant value;
    std::string error;
    if (p.overridden || p.scale || is_error(p.type) || !parse_constant(a_, p.type, text, value, error)) continue;
    p.values.assign(1, value);
    p.until_days.clear();
    p.from_days.clear();
    p.overridden = true;
  }
}

void Checker::collect_params() {
  std::map<std::string, DeclaredName> seen;
  for (auto& p : m_.params) {
    check_duplicate(seen, p.name, p.loc, "parameter", d_);
    ParamSymbol s{&p, Type::error(), {}, {}, {}, p.type.scale};
    require_citation(p.citation, p.loc, "parameter", p.name);
    if (resolve_type(p.type, s.type, false, true)) {
      if (s.type.optional)
        d_.report(Diag::TypeMismatch, p.type.loc, fmt::format("parameter '{}' must have a value; it cannot be optional", p.name),
                  static_cast<uint32_t>(p.type.name.size() + 1));
      if (s.scale) collect_scale(p, s);
      else for (auto& v : p.values) {
        if (v->kind == ast::ExprKind::Scale) {
          d_.report(Diag::TypeMismatch, v->loc,
                    fmt::format("parameter '{}' is {}, not a scale: brackets '{{ threshold: rate, ... }}' are the value of a "
                                "'scale of {}'",
                                p.name, a_tname(s.type), p.type.name),
                    v->length);
          continue;
        }
        Constant c;
        if (constant(*v, s.type.as_required(), c, "a parameter value")) s.values.push_back(c);
      }
    }
    int64_t last = INT64_MIN;
    for (size_t i = 0; i < p.until_dates.size(); ++i) {
      int64_t day = 0;
      if (!parse_date(p.until_dates[i], day)) {
        d_.report(Diag::InvalidLiteral, p.until_locs[i], fmt::format("'{}' is not a valid date", p.until_dates[i]), 10);
        continue;
      }
      if (day <= last)
        d_.report(Diag::InvalidDeclaration, p.until_locs[i],
                  "the dates of a parameter's values must increase", 10);
      last = day;
      s.until_days.push_back(day);
    }
    if (!p.from_dates.empty()) sort_from_values(p, s);
    for (auto& r : p.relative) {
      if (s.scale) {
        d_.report(Diag::TypeMismatch, r->loc,
                  fmt::format("a relative change does not apply to scale '{}'; substitute its brackets, or one of them "
                              "with 'substitute param {} bracket N = threshold: rate;'",
                              p.name, p.name),
                  r->length);
        continue;
      }
      apply_relative(p, *r, s);
    }
    a_.param_names.emplace(p.name, static_cast<int32_t>(a_.params.size()));
    a_.params.push_back(std::move(s));
  }
}

// A scale's values: each is brackets `{ threshold: rate, ... }`, thresholds literals of the
// scale's type and increasing (a bracket runs from its threshold up to the next), rates decimals.
void Checker::collect_scale(ast::ParamDecl& p, ParamSymbol& s) {
  for (auto& v : p.values) {
    if (v->kind != ast::ExprKind::Scale) {
      d_.report(Diag::TypeMismatch, v->loc,
                fmt::format("scale '{}' needs brackets, each a threshold and its rate: '{{ 0: 0.15, 12_000: 0.25 }}'", p.name),
                v->length);
      continue;
    }
    Constant c;
    bool ok = true;
    for (size_t i = 0; i + 1 < v->args.size(); i += 2) {
      Constant threshold, rate;
      if (!constant(*v->args[i], s.type, threshold, "a threshold of a scale") ||
          !constant(*v->args[i + 1], Type::decimal(), rate, "a rate of a scale")) {
        ok = false;
        continue;
      }
      if (!c.brackets.empty() && threshold.value <= c.brackets.back().first) {
        const ast::Expr& before = *v->args[i - 2];
        auto& diag = d_.report(Diag::InvalidDeclaration, v->args[i]->loc,
                               fmt::format("the thresholds of scale '{}' must increase: bracket {} starts at {}, not above "
                                           "bracket {}'s {}",
                                           p.name, i / 2 + 1, ast::to_source(*v->args[i]), i / 2, ast::to_source(before)),
                               v->args[i]->length);
        diag.notes.push_back({before.loc, before.length, fmt::format("bracket {} starts here", i / 2)});
        ok = false;
      }
      c.brackets.emplace_back(threshold.value, rate.value);
    }
    if (ok) s.values.push_back(std::move(c));
  }
}

// The `from` form may list its values in any order (a later amendment's value written first):
// they are sorted by date here, so that lowering and evaluation see one order. Two values for
// one date would make the law ambiguous, so both are named.
void Checker::sort_from_values(const ast::ParamDecl& p, ParamSymbol& s) {
  struct Dated {
    int64_t day;
    size_t written;  // index in the declaration
  };
  std::vector<Dated> dated;
  bool ok = s.values.size() == p.values.size();
  for (size_t i = 0; i < p.from_dates.size(); ++i) {
    int64_t day = 0;
    if (!parse_date(p.from_dates[i], day)) {
      d_.report(Diag::InvalidLiteral, p.from_locs[i], fmt::format("'{}' is not a valid date", p.from_dates[i]), 10);
      ok = false;
      continue;
    }
    dated.push_back({day, i});
  }
  std::stable_sort(dated.begin(), dated.end(), [](const Dated& a, const Dated& b) { return a.day < b.day; });
  for (size_t i = 1; i < dated.size(); ++i)
    if (dated[i].day == dated[i - 1].day) {
      auto& d = d_.report(Diag::InvalidDeclaration, p.from_locs[dated[i].written],
                          fmt::format("parameter '{}' has two values from {}", p.name, p.from_dates[dated[i].written]), 10);
      d.notes.push_back({p.from_locs[dated[i - 1].written], 10, "the other value from that date is here"});
      ok = false;
    }
  if (!ok) return;
  std::vector<Constant> sorted;
  for (auto& d : dated) {
    sorted.push_back(s.values[d.written]);
    s.from_days.push_back(d.day);
  }
  s.values = std::move(sorted);
}

namespace {

// An exact rational, for the compile-time arithmetic of a relative change: no rounding happens
// but the one the amendment writes.
struct Ratio {
  wide_int num = 0;
  wide_int den = 1;  // > 0
};

wide_int gcd(wide_int a, wide_int b) {
  if (a < 0) a = -a;
  while (b != 0) {
    wide_int t = a % b;
    a = b;
    b = t < 0 ? -t : t;
  }
  return a == 0 ? 1 : a;
}

bool reduce(Ratio& r) {
  wide_int g = gcd(r.num, r.den);
  r.num /= g;
  r.den /= g;
  return true;
}

// num/den rounded to a whole number by `mode`.
wide_int round_ratio(const Ratio& r, RoundMode mode) {
  wide_int q = r.num / r.den, rem = r.num % r.den;  // toward zero
  if (rem == 0) return q;
  bool negative = r.num < 0;
  wide_int twice = (rem < 0 ? -rem : rem) * 2;
  switch (mode) {
    case RoundMode::TowardZero: return q;
    case RoundMode::Floor: return negative ? q - 1 : q;
    case RoundMode::Ceiling: return negative ? q : q + 1;
    case RoundMode::HalfAwayFromZero:
      return twice >= r.den ? (negative ? q - 1 : q + 1) : q;
    case RoundMode::HalfEven:
      if (twice > r.den || (twice == r.den && q % 2 != 0)) return negative ? q - 1 : q + 1;
      return q;
  }
  return q;
}

// Evaluates a relative change with the parameter's old value `self`; an error message when the
// expression uses what a constant change cannot (fields, rules, other parameters).
std::string evaluate_change(const ast::Expr& e, const std::string& name, const Ratio& self, Ratio& out) {
  using ast::ExprKind;
  constexpr wide_int kLimit = static_cast<wide_int>(1) << 100;  // far from 128-bit overflow
  auto too_large = [&](const Ratio& r) { return r.num > kLimit || r.num < -kLimit || r.den > kLimit; };
  switch (e.kind) {
    case ExprKind::Name:
      if (e.name != name) break;
      out = self;
      return {};
    case ExprKind::IntLit:
    case ExprKind::DecimalLit: {
      int64_t v = 0;
      if (!parse_decimal(e.text, v)) return fmt::format("'{}' is not a decimal", e.text);
      out = {v, kDecimalScale};
      reduce(out);
      return {};
    }
    case ExprKind::Binary: {
      Ratio a, b;
      if (e.binary != ast::BinaryOp::Mul && e.binary != ast::BinaryOp::Div && e.binary != ast::BinaryOp::Add &&
          e.binary != ast::BinaryOp::Sub)
        break;
      if (auto err = evaluate_change(*e.args[0], name, self, a); !err.empty()) return err;
      if (auto err = evaluate_change(*e.args[1], name, self, b); !err.empty()) return err;
      switch (e.binary) {
        case ast::BinaryOp::Mul: out = {a.num * b.num, a.den * b.den}; break;
        case ast::BinaryOp::Div:
          if (b.num == 0) return "division by zero";
          out = {a.num * b.den * (b.num < 0 ? -1 : 1), a.den * (b.num < 0 ? -b.num : b.num)};
          break;
        case ast::BinaryOp::Add: out = {a.num * b.den + b.num * a.den, a.den * b.den}; break;
        default: out = {a.num * b.den - b.num * a.den, a.den * b.den}; break;
      }
      reduce(out);
      if (too_large(out)) return "the value is too large";
      return {};
    }
    case ExprKind::Call: {
      if (e.name != "round" || e.args.size() != 3 || e.args[1]->kind != ExprKind::IntLit ||
          e.args[2]->kind != ExprKind::Name)
        break;
      int64_t places = 0;
      if (!parse_int(e.args[1]->text, places) || places < 0 || places > 6) return "round takes 0 to 6 places";
      int mode = -1;
      for (int m = 0; m < kRoundModes; ++m)
        if (e.args[2]->name == kRoundModeNames[m]) mode = m;
      if (mode < 0) return fmt::format("'{}' is not a rounding mode", e.args[2]->name);
      Ratio x;
      if (auto err = evaluate_change(*e.args[0], name, self, x); !err.empty()) return err;
      wide_int scale = 1;
      for (int64_t i = 0; i < places; ++i) scale *= 10;
      out = {round_ratio({x.num * scale, x.den}, static_cast<RoundMode>(mode)), scale};
      reduce(out);
      return {};
    }
    default: break;
  }
  return fmt::format("a change relative to '{}' may use only '{}', numbers, '*', '/', '+', '-' and "
                     "round(x, places, mode)",
                     name, name);
}

}  // namespace

// `substitute param cap = round(cap * 1.05, 2, half_even)`: every dated value becomes the
// expression of its old value, exactly; a result the type cannot hold exactly (a cent split, an
// int made fractional) is an error asking for the rounding the law prescribes, never a silent one.
void Checker::apply_relative(const ast::ParamDecl& p, const ast::Expr& change, ParamSymbol& s) {
  const TypeKind k = s.type.kind;
  if (k != TypeKind::Int && k != TypeKind::Decimal && k != TypeKind::Money) {
    if (!is_error(s.type))
      d_.report(Diag::TypeMismatch, change.loc,
                fmt::format("a change relative to parameter '{}' needs a number or money, not '{}'", p.name,
                            a_.type_name(s.type)),
                change.length);
    return;
  }
  const wide_int unit = k == TypeKind::Int ? 1 : kDecimalScale;
  const wide_int grain = k == TypeKind::Int ? 1 : k == TypeKind::Money ? kDecimalScale / 100 : 1;
  for (size_t i = 0; i < s.values.size(); ++i) {
    Ratio self{s.values[i].value, unit}, out;
    reduce(self);
    if (auto err = evaluate_change(change, p.name, self, out); !err.empty()) {
      d_.report(Diag::TypeMismatch, change.loc, err, change.length);
      return;
    }
    const wide_int scaled_num = out.num * unit;
    if (scaled_num % out.den != 0 || (scaled_num / out.den) % grain != 0) {
      const std::string whole = k == TypeKind::Int ? "a whole number" : k == TypeKind::Money ? "whole cents" : "six places";
      // Which dated value, as the declaration dates it.
      std::string period;
      if (!s.from_days.empty()) period = fmt::format(" from {}", format_date(s.from_days[i]));
      else if (i == 0 && !s.until_days.empty()) period = fmt::format(" until {}", format_date(s.until_days[0]));
      else if (i > 0 && i - 1 < s.until_days.size()) period = fmt::format(" from {}", format_date(s.until_days[i - 1] + 1));
      d_.report(Diag::TypeMismatch, change.loc,
                fmt::format("the changed value of parameter '{}'{} is not {}; say how to round it, e.g. "
                            "round(..., {}, half_even)",
                            p.name, period, whole, k == TypeKind::Money ? 2 : 0),
                change.length);
      return;
    }
    const wide_int v = scaled_num / out.den;
    if (v > INT64_MAX || v < INT64_MIN) {
      d_.report(Diag::TypeMismatch, change.loc, fmt::format("the changed value of parameter '{}' is too large", p.name),
                change.length);
      return;
    }
    s.values[i].value = static_cast<int64_t>(v);
  }
}

void Checker::collect_cycles() {
  std::map<std::string, DeclaredName> seen;
  for (auto& p : m_.params) seen.emplace(p.name, DeclaredName{"parameter", p.loc});
  for (auto& c : m_.cycles) {
    check_duplicate(seen, c.name, c.loc, "cycle", d_);
    require_citation(c.citation, c.loc, "cycle", c.name);
    CycleSymbol s{&c, Type::error(), {}};
    if (resolve_type(c.type, s.element, false)) {
      if (s.element.optional || s.element.kind == TypeKind::Text || s.element.kind == TypeKind::Set)
        d_.report(Diag::TypeMismatch, c.type.loc,
                  fmt::format("a cycle's positions must be numbers, dates, bools or enum members, not '{}'", tname(s.element)),
                  static_cast<uint32_t>(c.type.name.size()));
      for (auto& v : c.values) {
        Constant k;
        if (constant(*v, s.element.as_required(), k, "a cycle position")) s.values.push_back(k.value);
      }
      if (c.values.empty())
        d_.report(Diag::InvalidDeclaration, c.loc, fmt::format("cycle '{}' has no positions", c.name),
                  static_cast<uint32_t>(c.name.size()));
    }
    a_.cycles.push_back(std::move(s));
  }
}

void Checker::collect_rules() {
  std::map<std::string, DeclaredName> seen;
  for (auto& p : m_.params) seen.emplace(p.name, DeclaredName{"parameter", p.loc});
  for (auto& c : m_.cycles) seen.emplace(c.name, DeclaredName{"cycle", c.loc});
  for (auto& r : m_.rules) {
    const char* what = r.obligation ? "obligation" : "rule";
    check_duplicate(seen, r.name, r.loc, what, d_);
    require_citation(r.citation, r.loc, what, r.name);
    // The first builtins are reserved; those added later may be hidden by a rule of the same
    // name (a rule is looked up first), so that policies written before them still compile.
    if (const BuiltinInfo* b = find_builtin(r.name); b && static_cast<int32_t>(b->id) <= static_cast<int32_t>(Builtin::Size))
      d_.report(Diag::DuplicateDefinition, r.loc, fmt::format("'{}' is a builtin function; choose another name", r.name),
                static_cast<uint32_t>(r.name.size()));
    // `rule f(b: Band)`: the parser takes a first parameter of a named type for the entity's;
    // an enum is a scalar, which makes the rule a function.
    if (!r.entity.empty() && a_.entity_index(r.entity) < 0 && a_.enum_index(r.entity) >= 0) {
      ast::RuleParamDecl first;
      first.name = r.param;
      first.loc = r.param_loc;
      first.type.name = r.entity;
      first.type.loc = r.entity_loc;
      r.params.insert(r.params.begin(), std::move(first));
      r.param.clear();
      r.entity.clear();
    }
    r.entity_index = a_.entity_index(r.entity);
    if (r.entity_index < 0 && !r.entity.empty()) {
      std::vector<std::string> names;
      for (auto& e : m_.entities) names.push_back(e.name);
      // The first parameter of a function, misspelt (`a: intger`): a type, not an entity.
      std::vector<std::string> types = {"bool", "int", "decimal", "money", "text", "date"};
      for (auto& en : a_.enums) types.push_back(en.decl->name);
      const std::string entity = support::closest_name(r.entity, names);
      const std::string type = entity.empty() ? support::closest_name(r.entity, types) : std::string{};
      auto& diag = d_.report(Diag::UnknownName, r.entity_loc,
                             fmt::format("unknown {} '{}'", type.empty() ? "entity" : "type", r.entity),
                             static_cast<uint32_t>(r.entity.size()));
      if (note_repealed(diag, LawTarget{LawTarget::Kind::Entity, r.entity, ""}, r.entity))
        diag.notes.push_back({{}, 1,
                              fmt::format("{} '{}' still takes it: replace or repeal '{}' too", r.function() ? "function" : "rule",
                                          r.name, r.name)});
      else if (!entity.empty() || !type.empty())
        diag.notes.push_back({{}, 1, fmt::format("did you mean '{}'?", entity.empty() ? type : entity)});
    }
    if (r.obligation) {
      r.result_type = Type::boolean();
      if (r.type) {
        Type t;
        if (resolve_type(*r.type, t, true) && !(t == Type::boolean()))
          d_.report(Diag::TypeMismatch, r.type->loc, fmt::format("an obligation applies or not: its type is 'bool', not '{}'", tname(t)),
                    static_cast<uint32_t>(r.type->name.size()));
      }
    } else if (!r.type) {
      d_.report(Diag::InvalidDeclaration, r.loc, fmt::format("rule '{}' needs a result type, e.g. ': int'", r.name),
                static_cast<uint32_t>(r.name.size()));
      r.result_type = Type::error();
    } else {
      resolve_type(*r.type, r.result_type, true);
    }
    for (auto& x : r.exceptions) require_citation(x.citation, x.loc, "exception", x.label);
    check_function_params(r);
    a_.rule_names.emplace(r.name, static_cast<int32_t>(a_.rules.size()));
    a_.rules.push_back(RuleSymbol{&r, {}, {}});
  }
}

// A function's scalar parameters: each a type the language has (not an entity: the entity
// parameter comes first), each name once. A function has no value of its own, so it is never an
// output nor an obligation.
void Checker::check_function_params(ast::RuleDecl& r) {
  std::map<std::string, Location> names;
  if (!r.param.empty()) names.emplace(r.param, r.param_loc);
  for (auto& prm : r.params) {
    once_per_name(names, prm.name, prm.loc, d_,
                  [&] { return fmt::format("rule '{}' has two parameters named '{}'", r.name, prm.name); });
    if (a_.entity_index(prm.type.name) >= 0 && !prm.type.set && !prm.type.scale) {
      d_.report(Diag::InvalidDeclaration, prm.type.loc,
                fmt::format("'{}: {}' is an entity parameter: it must be the first parameter of '{}', and there is "
                            "at most one",
                            prm.name, prm.type.name, r.name),
                static_cast<uint32_t>(prm.type.name.size()));
      prm.bound = Type::error();
      continue;
    }
    if (prm.type.scale) {
      d_.report(Diag::TypeMismatch, prm.type.loc, "a scale cannot be passed to a function; pass the amount it gives",
                static_cast<uint32_t>(prm.type.name.size() + 9));
      prm.bound = Type::error();
      continue;
    }
    resolve_type(prm.type, prm.bound, false);
  }
  if (!r.function()) return;
  if (r.output)
    d_.report(Diag::InvalidDeclaration, r.loc,
              r.params.empty() && r.entity.empty()
                  ? fmt::format("function '{}' cannot be an output: an output has a value for each row of an entity, and '{}' "
                                "has no entity; make an output rule that calls it",
                                r.name, r.name)
                  : fmt::format("function '{}' cannot be an output: it has a value only when called with arguments; "
                                "make an output rule that calls it",
                                r.name),
              static_cast<uint32_t>(r.name.size()));
  if (r.obligation)
    d_.report(Diag::InvalidDeclaration, r.loc,
              fmt::format("obligation '{}' must apply to an entity and take no other parameters; write 'rule {}' for "
                          "a function",
                          r.name, r.name),
              static_cast<uint32_t>(r.name.size()));
}

void Checker::record_dependency(int32_t rule, Location at) {
  if (current_rule_ < 0) return;
  auto& sym = a_.rules[current_rule_];
  for (size_t i = 0; i < sym.depends_on.size(); ++i)
    if (sym.depends_on[i] == rule) return;
  sym.depends_on.push_back(rule);
  sym.dep_locs.push_back(at);
}

void Checker::check_rules() {
  for (size_t i = 0; i < a_.rules.size(); ++i) check_rule(static_cast<int32_t>(i));
}

void Checker::check_unnamed_none(Expr& e) {
  if (e.kind == ast::ExprKind::NoneLit && is_none_type(e.bound.type))
    d_.report(Diag::TypeMismatch, e.loc, "cannot tell the type of 'none' here; compare with 'is none' instead", 4);
  for (auto& a : e.args)
    if (a) check_unnamed_none(*a);
  for (auto& arm : e.arms)
    if (arm.value) check_unnamed_none(*arm.value);
}

void Checker::check_rule(int32_t index) {
  current_rule_ = index;
  ast::RuleDecl& r = *a_.rules[index].decl;
  int32_t next_slot = 1;
  Scope scope{{}, &next_slot, r.entity_index};
  Type param_type = r.entity_index >= 0 ? Type::entity(r.entity_index) : Type::error();
  if (!r.param.empty()) scope.locals.push_back({r.param, 0, param_type});
  // A function's scalar parameters are slots 1, 2, ...
  for (auto& prm : r.params) scope.locals.push_back({prm.name, next_slot++, prm.bound});
  Type result = r.result_type;
  if (r.table) {
    check_table(r, scope);
  } else if (r.body) {
    Type t = check(*r.body, scope, result);
    if (!coerce(*r.body, result))
      d_.report(Diag::TypeMismatch, r.body->loc,
                fmt::format("{} '{}' is declared '{}' but its definition has type '{}'", r.obligation ? "obligation" : "rule",
                            r.name, tname(result), tname(t)),
                r.body->length);
    check_unnamed_none(*r.body);
  }
  // An act is what a party does: a rule's value is not something a party must or must not do.
  if (r.duty != Duty::None && !r.obligation)
    d_.report(Diag::InvalidDeclaration, r.act_loc,
              fmt::format("rule '{}' {} an act, but only an obligation can (write 'obligation {}')", r.name, duty_word(r.duty),
                          r.name),
              r.act.size());
  if (r.due) {
    const std::string_view word = r.until ? "until" : "due";
    const std::string what = r.until ? "end date" : "due date";
    // A deadline belongs to a duty: a rule's value is not something a party must do by a date.
    if (!r.obligation)
      d_.report(Diag::InvalidDeclaration, r.due_loc,
                fmt::format("rule '{}' has {} {}, but only an obligation can (write 'obligation {}')", r.name,
                            r.until ? "an" : "a", what, r.name),
                word.size());
    // A prohibition is lifted on a day; a requirement is met by one: the two dates do not mix.
    else if (r.until && r.duty != Duty::Forbids)
      d_.report(Diag::InvalidDeclaration, r.due_loc,
                fmt::format("obligation '{}' has an end date ('until'), which only an obligation that forbids an act has "
                            "(write 'forbids ACT until ...', or 'due ...' for a deadline)",
                            r.name),
                word.size());
    else if (!r.until && r.duty == Duty::Forbids)
      d_.report(Diag::InvalidDeclaration, r.due_loc,
                fmt::format("obligation '{}' forbids '{}', which has no due date: write 'until ...' for the day the "
                            "prohibition ends",
                            r.name, r.act),
                word.size());
    Type t = check(*r.due, scope, Type::date().as_optional());
    if (!t.is_error() && t.kind != TypeKind::Date)
      d_.report(Diag::TypeMismatch, r.due->loc,
                fmt::format("the {} of '{}' must be a 'date' (or 'date?' for none), not {}", what, r.name, a_tname(t)),
                r.due->length);
    check_unnamed_none(*r.due);
  }
  std::map<std::string, Location> labels;
  for (auto& x : r.exceptions) {
    once_per_name(labels, x.label, x.loc, d_,
                  [&] { return fmt::format("rule '{}' already has an exception labelled '{}'", r.name, x.label); });
    if (x.condition) check_bool(*x.condition, scope, "an exception's condition");
    if (x.value) {
      Type t = check(*x.value, scope, result);
      if (!coerce(*x.value, result))
        d_.report(Diag::TypeMismatch, x.value->loc,
                  fmt::format("exception '{}' gives {} but rule '{}' is '{}'", x.label, a_tname(t), r.name, tname(result)),
                  x.value->length);
      check_unnamed_none(*x.value);
    }
  }
  check_exception_parents(r);
  r.slot_count = next_slot;
  current_rule_ = -1;
}

// `exception b to a`: a must be another exception of the rule, and following parents must
// never come back to where it started (b to a, a to b): the priority is then undefined.
// An act is matched by name only: a requirement and a prohibition of `rent_notice` and
// `rent_notise` are two acts, and check would never ask whether they conflict. An act that no
// other obligation over the entity names, close in spelling to one that another does, is most
// likely a misspelling of it.
void Checker::check_acts() {
  struct Use {
    const ast::RuleDecl* rule;
    int32_t entity;
  };
  std::map<std::string, std::vector<Use>> uses;
  for (const auto& sym : a_.rules) {
    const ast::RuleDecl& r = *sym.decl;
    if (r.obligation && r.duty != Duty::None && !r.act.empty()) uses[r.act].push_back({&r, r.entity_index});
  }
  // Two such acts, each the other's likely spelling, are one finding: on the later of the two.
  std::vector<std::pair<const std::string*, Use>> once;
  for (const auto& [act, list] : uses)
    if (list.size() == 1) once.emplace_back(&act, list.front());
  std::sort(once.begin(), once.end(), [](const auto& a, const auto& b) {
    return std::pair(a.second.rule->act_loc.file, a.second.rule->act_loc.offset) >
           std::pair(b.second.rule->act_loc.file, b.second.rule->act_loc.offset);
  });
  std::set<std::pair<std::string, std::string>> reported;
  for (const auto& [act_ptr, u] : once) {
    const std::string& act = *act_ptr;
    std::vector<std::string> others;
    for (const auto& [other, other_list] : uses)
      for (const Use& o : other_list)
        if (other != act && o.entity == u.entity) {
          others.push_back(other);
          break;
        }
    const std::string close = support::closest_name(act, others);
    if (close.empty() || reported.count({close, act})) continue;
    reported.insert({act, close});
    const ast::RuleDecl* first = nullptr;
    for (const Use& o : uses.at(close))
      if (o.entity == u.entity) {
        first = o.rule;
        break;
      }
    auto& d = d_.report(Diag::UnmatchedAct, u.rule->act_loc,
                        fmt::format("obligation '{}' {} '{}', which no other obligation names; did you mean '{}'?", u.rule->name,
                                    duty_word(u.rule->duty), act, close),
                        act.size());
    if (first)
      d.notes.push_back({first->act_loc, static_cast<uint32_t>(close.size()),
                         fmt::format("obligation '{}' {} '{}' here", first->name, duty_word(first->duty), close)});
  }
}

void Checker::check_exception_parents(ast::RuleDecl& r) {
  std::vector<std::string> labels;
  for (auto& x : r.exceptions) labels.push_back(x.label);
  auto index_of = [&](const std::string& label) -> int {
    for (size_t i = 0; i < labels.size(); ++i)
      if (labels[i] == label) return static_cast<int>(i);
    return -1;
  };
  bool unknown = false;
  for (auto& x : r.exceptions) {
    if (x.parent.empty() || index_of(x.parent) >= 0) continue;
    unknown = true;
    auto& diag = d_.report(Diag::UnknownName, x.parent_loc,
                           fmt::format("exception '{}' is an exception to '{}', but rule '{}' has no exception '{}'",
                                       x.label, x.parent, r.name, x.parent),
                           static_cast<uint32_t>(x.parent.size()));
    if (auto s = support::closest_name(x.parent, labels); !s.empty())
      diag.notes.push_back({{}, 1, fmt::format("did you mean '{}'?", s)});
  }
  if (unknown) return;
  std::vector<bool> reported(r.exceptions.size(), false);
  for (size_t start = 0; start < r.exceptions.size(); ++start) {
    // Follow parents from `start`; at most n steps reach the default unless there is a cycle.
    std::vector<size_t> path{start};
    int next = index_of(r.exceptions[start].parent);
    while (next >= 0 && path.size() <= r.exceptions.size() &&
           std::find(path.begin(), path.end(), static_cast<size_t>(next)) == path.end()) {
      path.push_back(static_cast<size_t>(next));
      next = index_of(r.exceptions[static_cast<size_t>(next)].parent);
    }
    if (next != static_cast<int>(start) || reported[start]) continue;
    std::string chain;
    for (size_t k : path) {
      reported[k] = true;
      chain += fmt::format("'{}' to ", r.exceptions[k].label);
    }
    chain += fmt::format("'{}'", r.exceptions[start].label);
    const ast::ExceptionDecl& x = r.exceptions[start];
    auto& diag = d_.report(Diag::RuleCycle, x.parent_loc,
                           fmt::format("the exceptions of rule '{}' are exceptions to each other: {}", r.name, chain),
                           static_cast<uint32_t>(x.parent.size()));
    diag.notes.push_back({{}, 1, "an exception overrides the one it is an exception to; one of them must come first"});
  }
}

void Checker::build_order() {
  size_t n = a_.rules.size();
  // Iterative DFS with colours; a grey successor closes a cycle, reported once per cycle.
  std::vector<int> colour(n, 0);
  std::vector<int32_t> parent_edge(n, -1);
  std::set<std::vector<int32_t>> reported;
  std::vector<bool> in_cycle(n, false);
  for (size_t root = 0; root < n; ++root) {
    if (colour[root]) continue;
    std::vector<std::pair<int32_t, size_t>> stack{{static_cast<int32_t>(root), 0}};
    colour[root] = 1;
    while (!stack.empty()) {
      auto& [v, next] = stack.back();
      const auto& deps = a_.rules[v].depends_on;
      if (next < deps.size()) {
        int32_t w = deps[next++];
        if (colour[w] == 0) {
          colour[w] = 1;
          stack.push_back({w, 0});
        } else if (colour[w] == 1) {
          // The cycle is the stack from w to v, then back to w.
          std::vector<int32_t> cycle;
          size_t start = 0;
          while (stack[start].first != w) ++start;
          for (size_t i = start; i < stack.size(); ++i) cycle.push_back(stack[i].first);
          std::vector<int32_t> key = cycle;
          std::sort(key.begin(), key.end());
          if (!reported.insert(key).second) continue;
          for (int32_t c : cycle) in_cycle[c] = true;
          std::string path;
          for (int32_t c : cycle) path += a_.rules[c].decl->name + " -> ";
          path += a_.rules[w].decl->name;
          const auto& first = *a_.rules[cycle[0]].decl;
          auto& diag = d_.report(Diag::RuleCycle, first.loc,
                                 fmt::format("rules depend on each other in a cycle: {}", path),
                                 static_cast<uint32_t>(first.name.size()));
          for (size_t i = 0; i < cycle.size(); ++i) {
            int32_t from = cycle[i];
            int32_t to = i + 1 < cycle.size() ? cycle[i + 1] : w;
            const auto& sym = a_.rules[from];
            for (size_t k = 0; k < sym.depends_on.size(); ++k)
              if (sym.depends_on[k] == to)
                diag.notes.push_back({sym.dep_locs[k], static_cast<uint32_t>(a_.rules[to].decl->name.size()),
                                      fmt::format("'{}' {} '{}' here", sym.decl->name,
                                                  a_.rules[to].decl->function() ? "calls" : "reads", a_.rules[to].decl->name)});
          }
          if (std::any_of(cycle.begin(), cycle.end(), [&](int32_t c) { return a_.rules[c].decl->function(); }))
            diag.notes.push_back({{}, 1,
                                  "functions are not recursive: a function may not call itself, directly or through "
                                  "others"});
        }
      } else {
        colour[v] = 2;
        a_.order.push_back(v);
        stack.pop_back();
      }
    }
  }
}

Analysis analyze(ast::Module& module, support::DiagnosticEngine& diags, const Options& options) {
  return Checker(module, diags, options).run();
}

bool parse_constant(const Analysis& analysis, const Type& type, std::string_view text, Constant& out,
                    std::string& error) {
  std::string s(text);
  switch (type.kind) {
    case TypeKind::Bool: {
      bool b = false;
      if (!parse_bool(s, b)) break;
      out.value = b;
      return true;
    }
    case TypeKind::Int: {
      std::string digits = s;
      digits.erase(std::remove(digits.begin(), digits.end(), '_'), digits.end());
      if (!parse_int(digits, out.value)) break;
      return true;
    }
    case TypeKind::Decimal: {
      std::string digits = s;
      digits.erase(std::remove(digits.begin(), digits.end(), '_'), digits.end());
      if (!parse_decimal(digits, out.value)) break;
      return true;
    }
    case TypeKind::Money: {
      std::string digits = s;
      digits.erase(std::remove(digits.begin(), digits.end(), '_'), digits.end());
      if (!parse_money(digits, out.value)) {
        error = fmt::format("'{}' is not a money amount (a number with at most {} decimal places)", s, kMoneyDigits);
        return false;
      }
      return true;
    }
    case TypeKind::Date:
      if (!parse_date(s, out.value)) break;
      return true;
    case TypeKind::Text:
      out.text = s;
      return true;
    case TypeKind::Enum: {
      const auto& members = analysis.enums[type.index].members;
      for (size_t i = 0; i < members.size(); ++i)
        if (members[i] == s) {
          out.value = static_cast<int64_t>(i);
          return true;
        }
      error = fmt::format("'{}' is not a member of '{}'", s, analysis.enums[type.index].decl->name);
      if (auto c = support::closest_name(s, members); !c.empty()) error += fmt::format("; did you mean '{}'?", c);
      return false;
    }
    default:
      break;
  }
  if (error.empty()) error = fmt::format("'{}' is not a valid {}", s, analysis.type_name(type));
  return false;
}

const BuiltinInfo kBuiltins[] = {
    {"min", Builtin::Min, "min(a, b)"},
    {"max", Builtin::Max, "max(a, b)"},
    {"abs", Builtin::Abs, "abs(x)"},
    {"size", Builtin::Size, "size(s)"},
    {"round", Builtin::Round, "round(x: decimal, places: 0..6, mode)"},
    {"floor", Builtin::Floor, "floor(x: decimal)"},
    {"ceil", Builtin::Ceil, "ceil(x: decimal)"},
    {"trunc", Builtin::Trunc, "trunc(x: decimal)"},
    {"to_int", Builtin::ToInt, "to_int(x: decimal, mode)"},
    {"to_decimal", Builtin::ToDecimal, "to_decimal(n: int or money)"},
    {"to_money", Builtin::ToMoney, "to_money(x: decimal, mode)"},
    {"div", Builtin::Div, "div(a: int, b: int)"},
    {"rem", Builtin::Rem, "rem(a: int, b: int)"},
    {"year", Builtin::Year, "year(d: date)"},
    {"month", Builtin::Month, "month(d: date)"},
    {"day", Builtin::Day, "day(d: date)"},
    {"add_days", Builtin::AddDays, "add_days(d: date, n: int)"},
    {"add_months", Builtin::AddMonths, "add_months(d: date, n: int)"},
    {"add_years", Builtin::AddYears, "add_years(d: date, n: int)"},
    {"days_between", Builtin::DaysBetween, "days_between(a: date, b: date)"},
    {"months_between", Builtin::MonthsBetween, "months_between(a: date, b: date)"},
    {"years_between", Builtin::YearsBetween, "years_between(a: date, b: date)"},
    {"first_day_of_month", Builtin::FirstDayOfMonth, "first_day_of_month(d: date)"},
    {"last_day_of_month", Builtin::LastDayOfMonth, "last_day_of_month(d: date)"},
    {"first_day_of_year", Builtin::FirstDayOfYear, "first_day_of_year(d: date)"},
    {"last_day_of_year", Builtin::LastDayOfYear, "last_day_of_year(d: date)"},
    {"as_of", Builtin::AsOf, "as_of()"},
    {"to_text", Builtin::ToText, "to_text(x: int, decimal, money, date, bool or an enum)"},
    {"marginal", Builtin::Marginal, "marginal(s: a scale, amount)"},
    {"flat", Builtin::Flat, "flat(s: a scale, amount)"},
    {"rate", Builtin::Rate, "rate(s: a scale, amount)"},
};
const size_t kBuiltinCount = std::size(kBuiltins);

const BuiltinInfo* find_builtin(std::string_view name) {
  for (const BuiltinInfo& b : kBuiltins)
    if (name == b.name) return &b;
  return nullptr;
}

}  // namespace redline::sema
