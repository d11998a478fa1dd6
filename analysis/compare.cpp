// The rule graph in SMT (Z3) and the comparison of two graphs over it. The model, and why each
// of its approximations keeps "proved" sound, is in docs/analysis.md; the comments here say
// which part of that argument a piece of code carries.
#include "analysis/compare.h"
#include "analysis/check.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <tuple>

#include <z3++.h>

#include "types/values.h"

namespace redline::analysis {
namespace {

using ir::Op;

// A construct outside the model: the output that reaches it is undecided, with this reason.
struct Unsupported : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A translated value. `present` is false only for an absent optional; sets are one Boolean per
// enum member; entity references are row numbers (see Universe).
struct Val {
  z3::expr v;
  z3::expr present;
  std::vector<z3::expr> bits;
  std::string text;  // the expression in the policy's own syntax, for conditions
  // For numbers: the values the expression can take by branch (an if's arms, a rule's body),
  // each with its text, so that a comparison also yields the comparisons of its branches
  // (`p.domestic_premises > large_threshold` beside `premises_counted(p) > large_threshold`).
  std::vector<std::pair<std::string, z3::expr>> leaves;
  bool binary = false;  // the text needs parentheses as an operand
};

// An atomic condition about the subject row, from which region conditions are built.
struct Atom {
  z3::expr e;
  std::string text;
  std::string citation;
  int rank;  // the higher, the more a condition should keep it (see generalise)
  std::string side;
};

constexpr int kRankTagged = -1, kRankField = 0, kRankCompare = 1, kRankRule = 2;
// Row numbers of references that do not point into the universe.
constexpr int64_t kNone = -1, kOutside = -2;

std::string paren(const Val& x) { return x.binary ? "(" + x.text + ")" : x.text; }

std::string join(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : sep) + p;
  return out;
}

// The symbolic rows both programs read, and everything the two translations share: rule
// instances are keyed by their fingerprint (transitive over what they read), so a rule neither
// program changed is one term, and so is every value that depends only on such rules.
class Universe {
 public:
  Universe(z3::context& c, const ir::Program& shape, int rows, int64_t as_of)
      : c_(c), shape_(shape), n_(rows), as_of_(as_of), base_(c), closed_(c) {}

  z3::context& ctx() { return c_; }
  int rows() const { return n_; }
  int64_t as_of() const { return as_of_; }
  const ir::Program& shape() const { return shape_; }
  z3::expr_vector& base() { return base_; }
  z3::expr_vector& closed() { return closed_; }
  std::vector<Atom>& atoms() { return atoms_; }

  z3::expr exists(int32_t entity, int row) {
    ensure_entity(entity);
    return exists_[static_cast<size_t>(entity)][static_cast<size_t>(row)];
  }

  // The value of field `f` of row `row` of `entity`, made on first use: fields no rule reads
  // cost the solver nothing, and get a plain valid value in witnesses.
  Val field(int32_t entity, int row, int32_t f) {
    ensure_entity(entity);
    auto key = std::make_tuple(entity, row, f);
    if (auto it = fields_.find(key); it != fields_.end()) return it->second;
    const ir::Entity& e = shape_.entities[static_cast<size_t>(entity)];
    const ir::Field& fd = e.fields[static_cast<size_t>(f)];
    std::string name = e.name + "_" + std::to_string(row) + "_" + fd.name;
    Val v = fresh(fd.type, name);
    v.text = row == 0 ? subject_name(entity) + "." + fd.name : e.name + "[" + std::to_string(row) + "]." + fd.name;
    v.leaves = {{v.text, v.v}};
    z3::expr ex = exists(entity, row);
    if (fd.type.kind == TypeKind::Entity) {
      // A reference points at an existing row of the universe, or (in the open model only) at a
      // row outside it, whose values are unknown.
      z3::expr ok = v.v == c_.int_val(kOutside);
      z3::expr in = (v.v >= 0) && (v.v < n_);
      for (int j = 0; j < n_; ++j) in = in && z3::implies(v.v == j, exists(fd.type.index, j));
      ok = ok || in;
      if (fd.type.optional) ok = ok || v.v == c_.int_val(kNone);
      base_.push_back(ok);
      closed_.push_back(v.v != c_.int_val(kOutside));
      // The subject's own references can always be taken into the universe when it has a row
      // for each of them: then they never leave it, and what the subject's rules read of the
      // rows it refers to (a provider's aggregate, which counts the subject too) stays exact.
      if (entity == subject_entity && row == 0 && subject_references() < n_) base_.push_back(v.v != c_.int_val(kOutside));
      if (fd.type.optional) v.present = v.v != c_.int_val(kNone);
    }
    for (const ir::FieldCheck& ch : fd.checks) {
      if (!is_int_sort(fd.type)) continue;
      z3::expr k = c_.int_val(ch.value);
      z3::expr holds = c_.bool_val(true);
      switch (ch.op) {
        case ir::CheckOp::Lt: holds = v.v < k; break;
        case ir::CheckOp::Le: holds = v.v <= k; break;
        case ir::CheckOp::Gt: holds = v.v > k; break;
        case ir::CheckOp::Ge: holds = v.v >= k; break;
        case ir::CheckOp::Eq: holds = v.v == k; break;
        case ir::CheckOp::Ne: holds = v.v != k; break;
      }
      base_.push_back(z3::implies(v.present, holds));
    }
    (void)ex;
    fields_.emplace(key, v);
    return v;
  }

  bool has_field(int32_t entity, int row, int32_t f) const { return fields_.count({entity, row, f}) > 0; }

  // The terms of every date field made so far.
  std::vector<z3::expr> date_fields() const {
    std::vector<z3::expr> out;
    for (const auto& [key, v] : fields_) {
      const auto& [entity, row, f] = key;
      const ir::Field& fd = shape_.entities[static_cast<size_t>(entity)].fields[static_cast<size_t>(f)];
      if (fd.type.kind == TypeKind::Date) out.push_back(v.v);
    }
    return out;
  }

  // A value of type `t` that the model leaves free but for its type's range.
  Val fresh(const Type& t, const std::string& name) {
    Val v{c_.bool_val(true), c_.bool_val(true), {}, name, {}, false};
    switch (t.kind) {
      case TypeKind::Bool: v.v = c_.bool_const(name.c_str()); break;
      case TypeKind::Text: v.v = c_.constant(name.c_str(), c_.string_sort()); break;
      case TypeKind::Set: {
        const auto& members = shape_.enums[static_cast<size_t>(t.index)].members;
        for (size_t m = 0; m < members.size(); ++m)
          v.bits.push_back(c_.bool_const((name + "#" + members[m]).c_str()));
        break;
      }
      case TypeKind::Enum:
        v.v = c_.int_const(name.c_str());
        base_.push_back(v.v >= 0 && v.v < static_cast<int>(shape_.enums[static_cast<size_t>(t.index)].members.size()));
        break;
      case TypeKind::Money:
        v.v = c_.int_const(name.c_str());
        base_.push_back(z3::mod(v.v, c_.int_val(kCentScale)) == 0);
        break;
      case TypeKind::Entity:
        v.v = c_.int_const(name.c_str());
        break;
      case TypeKind::Date:
        v.v = c_.int_const(name.c_str());
        base_.push_back(v.v >= c_.int_val(first_date()) && v.v <= c_.int_val(last_date()));
        break;
      default:
        if (!t.is_numeric()) throw Unsupported("a value of type " + shape_.type_name(t));
        v.v = c_.int_const(name.c_str());
        break;
    }
    if (t.optional) v.present = c_.bool_const((name + "?").c_str());
    return v;
  }

  static bool is_int_sort(const Type& t) {
    return t.is_numeric() || t.kind == TypeKind::Date || t.kind == TypeKind::Enum || t.kind == TypeKind::Entity;
  }

  std::string subject_name(int32_t entity) const {
    std::string n = shape_.entities[static_cast<size_t>(entity)].name;
    return n.empty() ? "x" : std::string(1, static_cast<char>(std::tolower(static_cast<unsigned char>(n[0]))));
  }

  // Free values keyed by what they stand for, so that both programs get the same one.
  Val keyed(const std::string& key, const Type& t) {
    if (auto it = keyed_.find(key); it != keyed_.end()) return it->second;
    Val v = fresh(t, "k" + std::to_string(keyed_.size()) + "_" + key.substr(0, 24));
    keyed_.emplace(key, v);
    return v;
  }

  std::map<std::pair<uint64_t, int>, Val>& rule_memo() { return rule_memo_; }
  std::vector<int32_t> entities_used() const {
    std::vector<int32_t> out;
    for (size_t e = 0; e < exists_.size(); ++e)
      if (!exists_[e].empty()) out.push_back(static_cast<int32_t>(e));
    return out;
  }
  int32_t subject_entity = -1;
  int subject_references() const {
    int k = 0;
    for (const auto& f : shape_.entities[static_cast<size_t>(subject_entity)].fields) k += f.type.kind == TypeKind::Entity;
    return k;
  }
  // A number for a fresh constant's name, never given twice in this universe.
  int next_name() { return names_++; }
  // Conditions under which a run stops with an error; the question excludes them (docs).
  void error_if(const z3::expr& cond) {
    errors_.resize(base_.size(), 0);
    errors_.push_back(1);
    base_.push_back(!cond);
  }
  // Whether base()[i] excludes an input on which an evaluation stops (error_if), rather than
  // saying what a value can be (a field's type and checks, an aggregate's range, a calendar).
  bool excludes_error(size_t i) const { return i < errors_.size() && errors_[i]; }

 private:
  void ensure_entity(int32_t entity) {
    if (exists_.size() <= static_cast<size_t>(entity)) exists_.resize(static_cast<size_t>(entity) + 1);
    auto& ex = exists_[static_cast<size_t>(entity)];
    if (!ex.empty()) return;
    const std::string& name = shape_.entities[static_cast<size_t>(entity)].name;
    for (int j = 0; j < n_; ++j) {
      if (entity == subject_entity && j == 0) ex.push_back(c_.bool_val(true));
      else ex.push_back(c_.bool_const((name + "_" + std::to_string(j) + "_exists").c_str()));
    }
  }

  z3::context& c_;
  const ir::Program& shape_;
  int n_;
  int64_t as_of_;
  z3::expr_vector base_, closed_;
  std::vector<uint8_t> errors_;  // parallel to base_ (shorter: the rest are not)
  std::vector<std::vector<z3::expr>> exists_;
  std::map<std::tuple<int32_t, int, int32_t>, Val> fields_;
  std::map<std::string, Val> keyed_;
  std::map<std::pair<uint64_t, int>, Val> rule_memo_;
  std::vector<Atom> atoms_;
  int names_ = 0;
};

// One program over the universe.
class Translator {
 public:
  Translator(Universe& u, const ir::Program& p, std::string side) : u_(u), c_(u.ctx()), p_(p), side_(std::move(side)) {}
  // The program on a day that is a term (`as_of()` and the parameters in force follow it), for
  // questions about time: the same rule on two days is two terms. `tag` tells the days apart in
  // the universe's memo of rule values.
  Translator(Universe& u, const ir::Program& p, std::string side, const z3::expr& day, uint64_t tag)
      : u_(u), c_(u.ctx()), p_(p), side_(std::move(side)), day_(day), tag_(tag) {}

  // The value of rule `r` for row `row` of its entity.
  Val rule(int32_t r, int row) {
    const ir::Rule& rule = p_.rules[static_cast<size_t>(r)];
    auto key = std::make_pair(rule.fingerprint ^ (tag_ * 0x9E3779B97F4A7C15ull), row);
    if (auto it = u_.rule_memo().find(key); it != u_.rule_memo().end()) return it->second;
    Env env = env_for(r, row);
    Val v = rule_value(rule, env);
    u_.rule_memo().emplace(key, v);
    return v;
  }

  // The value of `e`, an expression of rule `r` over its parameter only (an exception's
  // condition), for row `row` of the rule's entity.
  Val expression_of(int32_t r, const ir::Expr& e, int row) {
    Env env = env_for(r, row);
    return expr(e, env);
  }

  // Whether sibling exceptions `i` and `j` of rule `r` (each with those under it) both apply to
  // row `row` and give different values: the conflict that stops an evaluation.
  z3::expr siblings_disagree(int32_t r, size_t i, size_t j, int row) {
    const ir::Rule& rule = p_.rules[static_cast<size_t>(r)];
    Env env = env_for(r, row);
    const z3::expr outer = env.guard;
    auto [ai, vi] = subtree(rule, i, env, outer);
    auto [aj, vj] = subtree(rule, j, env, outer);
    return outer && ai && aj && !same(vi, vj);
  }

  // Each read of a rule translated from now on, with the rule that reads it and the condition
  // under which its value is used (the path to the read), for the dead-rule check.
  struct Read {
    int32_t reader;
    const ir::Expr* at;  // the RuleRef
    z3::expr guard;
  };
  void record_reads(std::vector<Read>* reads) { reads_ = reads; }

  // Row `row` of the entity of rule `r`, which has a decision table: whether it exists and no
  // row of the table matches it (`first` < 0), or rows `first` and `second` both match it (for
  // an 'any' table, with different outcomes). Unlike `rule`, nothing here assumes that the
  // table has no gap and no overlap (an evaluation would stop there), so check can ask.
  z3::expr table_fault(int32_t r, int first, int second, int row) {
    const ir::Rule& rule = p_.rules[static_cast<size_t>(r)];
    const ir::Table& t = *rule.table;
    Env env = env_for(r, row);
    const std::vector<z3::expr> match = row_matches(rule, t, env);
    z3::expr any = c_.bool_val(false);
    for (const z3::expr& m : match) any = any || m;
    if (first < 0) return env.guard && !any;
    const auto a = static_cast<size_t>(first), b = static_cast<size_t>(second);
    if (a >= match.size() || b >= match.size()) return c_.bool_val(false);
    z3::expr both = env.guard && match[a] && match[b];
    if (t.policy != ir::HitPolicy::Any) return both;
    const z3::expr g = env.guard;
    env.guard = both;
    Val va = expr(*t.rows[a].outcome, env), vb = expr(*t.rows[b].outcome, env);
    env.guard = g;
    return both && !same(va, vb);
  }

 private:
  struct Env {
    explicit Env(z3::context& c) : guard(c.bool_val(true)) {}
    const ir::Rule* rule = nullptr;
    int32_t owner = -1;  // the rule (Program::rules) whose body this is, or that called the function it is in
    bool subject = false;  // translating for the subject row: record atoms
    z3::expr guard;  // the path to the expression: what must hold for it to be evaluated
    std::vector<std::optional<Val>> slots;
    std::string citation() const { return rule ? rule->origin.citation : ""; }
  };

  // The environment of rule `r` for row `row`: its parameter bound to the row.
  Env env_for(int32_t r, int row) {
    const ir::Rule& rule = p_.rules[static_cast<size_t>(r)];
    Env env(c_);
    env.rule = &rule;
    env.owner = r;
    env.subject = row == 0 && rule.entity == u_.subject_entity;
    env.guard = u_.exists(rule.entity, row);
    env.slots.assign(static_cast<size_t>(std::max(rule.slot_count, 1)) + 64, std::nullopt);
    env.slots[0] = row_ref(rule.entity, row);
    return env;
  }

  Val row_ref(int32_t entity, int row) {
    Val v = plain(c_.int_val(row));
    v.text = row == 0 ? u_.subject_name(entity) : p_.entities[static_cast<size_t>(entity)].name + "[" + std::to_string(row) + "]";
    return v;
  }

  Val plain(const z3::expr& e, std::string text = {}) {
    Val v{e, c_.bool_val(true), {}, std::move(text), {}, false};
    return v;
  }

  void atom(Env& env, const z3::expr& e, const std::string& text, int rank, const std::string& citation = {}) {
    if (!env.subject || !e.is_bool()) return;
    u_.atoms().push_back(Atom{e, text, citation.empty() ? env.citation() : citation, rank, side_});
  }

  static bool is_true_literal(const ir::Expr& e) { return e.op == Op::Literal && e.type.kind == TypeKind::Bool; }

  Val rule_value(const ir::Rule& rule, Env& env) {
    z3::expr outer_guard = env.guard;
    if (rule.exceptions.empty()) return default_value(rule, env);
    // Exceptions form a tree under the default: an applying exception overrides its parent;
    // siblings that apply and disagree stop the run (an error condition).
    auto [applies, value] = exceptions_to(rule, -1, env, outer_guard);
    env.guard = outer_guard && !applies;
    Val d = default_value(rule, env);
    env.guard = outer_guard;
    return merge(applies, value, d);
  }

  // The exceptions directly under `parent` (-1: under the default), each with those under it:
  // whether one of them applies, and the value they then give.
  std::pair<z3::expr, Val> exceptions_to(const ir::Rule& rule, int32_t parent, Env& env, const z3::expr& outer_guard) {
    std::optional<z3::expr> applies;
    std::optional<Val> value;
    for (size_t k = 0; k < rule.exceptions.size(); ++k) {
      if (rule.exceptions[k].parent != parent) continue;
      auto [this_applies, mine] = subtree(rule, k, env, outer_guard);
      if (!applies) {
        applies = this_applies;
        value = mine;
      } else {
        u_.error_if(outer_guard && *applies && this_applies && !same(*value, mine));
        value = merge(*applies, *value, mine);
        applies = *applies || this_applies;
      }
    }
    if (!applies) return std::make_pair(c_.bool_val(false), fresh_placeholder(rule.type));
    return std::make_pair(*applies, *value);
  }

  // Exception `k` with the exceptions under it: whether it or one under it applies, and the
  // value it then gives (one under it that applies overrides it).
  std::pair<z3::expr, Val> subtree(const ir::Rule& rule, size_t k, Env& env, const z3::expr& outer_guard) {
    const ir::Exception& x = rule.exceptions[k];
    auto [child_applies, child_value] = exceptions_to(rule, static_cast<int32_t>(k), env, outer_guard);
    env.guard = outer_guard && !child_applies;
    Val cond = expr(*x.condition, env);
    atom(env, cond.v, cond.text, kRankRule, x.origin.citation);
    env.guard = outer_guard && cond.v && !child_applies;
    Val own = expr(*x.value, env);
    return std::make_pair(child_applies || cond.v, merge(child_applies, child_value, own));
  }

  Val fresh_placeholder(const Type& t) {
    Val v = plain(c_.bool_val(true));
    if (Universe::is_int_sort(t)) v.v = c_.int_val(0);
    else if (t.kind == TypeKind::Text) v.v = c_.string_val("");
    else if (t.kind == TypeKind::Set)
      for (size_t m = 0; m < p_.enums[static_cast<size_t>(t.index)].members.size(); ++m) v.bits.push_back(c_.bool_val(false));
    return v;
  }

  // if c then a else b, leaves of both.
  Val merge(const z3::expr& cond, const Val& a, const Val& b) {
    Val v = plain(c_.bool_val(true));
    if (!a.bits.empty()) {
      for (size_t k = 0; k < a.bits.size(); ++k) v.bits.push_back(z3::ite(cond, a.bits[k], b.bits[k]));
    } else {
      v.v = z3::ite(cond, a.v, b.v);
    }
    v.present = z3::ite(cond, a.present, b.present);
    v.text = a.text;
    v.leaves = a.leaves;
    for (const auto& l : b.leaves)
      if (std::none_of(v.leaves.begin(), v.leaves.end(), [&](const auto& x) { return x.first == l.first; }))
        v.leaves.push_back(l);
    if (v.leaves.size() > 6) v.leaves.erase(v.leaves.begin() + 6, v.leaves.end());
    return v;
  }

  z3::expr same(const Val& a, const Val& b) {
    z3::expr eq = c_.bool_val(true);
    if (!a.bits.empty())
      for (size_t k = 0; k < a.bits.size(); ++k) eq = eq && (a.bits[k] == b.bits[k]);
    else
      eq = a.v == b.v;
    return (a.present == b.present) && z3::implies(a.present, eq);
  }

  Val default_value(const ir::Rule& rule, Env& env) {
    if (rule.body) return expr(*rule.body, env);
    if (!rule.table) throw Unsupported("rule '" + rule.name + "' has no body");
    return table(rule, *rule.table, env);
  }

  // Evaluates the table's inputs into their slots and says whether each row matches (an
  // 'otherwise' row: when no row before it does; the rows after it are never reached), each
  // cell an atom of the rule.
  std::vector<z3::expr> row_matches(const ir::Rule& rule, const ir::Table& t, Env& env) {
    for (size_t i = 0; i < t.inputs.size(); ++i) env.slots[static_cast<size_t>(t.input_slots[i])] = expr(*t.inputs[i], env);
    std::vector<z3::expr> match;
    z3::expr any = c_.bool_val(false);
    for (size_t r = 0; r < t.rows.size(); ++r) {
      const ir::TableRow& row = t.rows[r];
      if (t.otherwise_row >= 0 && static_cast<int32_t>(r) > t.otherwise_row) break;
      z3::expr m = static_cast<int32_t>(r) == t.otherwise_row ? !any : c_.bool_val(true);
      for (const auto& cell : row.cells) {
        if (!cell) continue;
        Val cv = expr(*cell, env);
        atom(env, cv.v, cv.text, kRankCompare, row.origin.citation.empty() ? rule.origin.citation : row.origin.citation);
        m = m && cv.v;
      }
      match.push_back(m);
      any = any || m;
    }
    return match;
  }

  Val table(const ir::Rule& rule, const ir::Table& t, Env& env) {
    if (t.policy == ir::HitPolicy::Collect || t.policy == ir::HitPolicy::RuleOrder ||
        t.policy == ir::HitPolicy::OutputOrder)
      throw Unsupported("the collecting table of rule '" + rule.name + "'");
    const std::vector<z3::expr> match = row_matches(rule, t, env);
    std::vector<Val> outcome;
    z3::expr any = c_.bool_val(false);
    for (size_t r = 0; r < match.size(); ++r) {
      const z3::expr& m = match[r];
      z3::expr g = env.guard;
      env.guard = g && m;
      outcome.push_back(expr(*t.rows[r].outcome, env));
      env.guard = g;
      if (t.policy == ir::HitPolicy::Unique)
        for (size_t k = 0; k < r; ++k) u_.error_if(env.guard && match[k] && m);
      if (t.policy == ir::HitPolicy::Any)
        for (size_t k = 0; k < r; ++k) u_.error_if(env.guard && match[k] && m && !same(outcome[k], outcome.back()));
      any = any || m;
    }
    u_.error_if(env.guard && !any);
    if (match.empty()) throw Unsupported("the empty table of rule '" + rule.name + "'");
    if (t.policy == ir::HitPolicy::Priority) {
      // The matching outcome declared first in its enum wins.
      Val cur = outcome[0];
      z3::expr taken = match[0];
      for (size_t k = 1; k < match.size(); ++k) {
        z3::expr take = match[k] && (!taken || outcome[k].v < cur.v);
        cur = merge(take, outcome[k], cur);
        taken = taken || match[k];
      }
      return cur;
    }
    Val v = outcome.back();
    for (size_t k = match.size() - 1; k-- > 0;) v = merge(match[k], outcome[k], v);
    v.text = rule.name;
    return v;
  }

  Val numeric(const z3::expr& e, const std::string& text) {
    Val v = plain(e, text);
    v.binary = true;
    v.leaves = {{text, e}};
    return v;
  }

  Val expr(const ir::Expr& e, Env& env) {
    switch (e.op) {
      case Op::Literal: return literal(e);
      case Op::Var: {
        const auto& s = env.slots.at(static_cast<size_t>(e.slot));
        if (!s) throw Unsupported("an unbound variable");
        return *s;
      }
      case Op::Param: return param(e, env);
      case Op::ParamAt: return param_at(e, env);
      case Op::AsOf: {
        Val v = plain(day_ ? *day_ : c_.int_val(u_.as_of()), "as_of()");
        v.leaves = {{v.text, v.v}};
        return v;
      }
      case Op::Field: return field(e, env);
      case Op::RuleRef: return rule_ref(e, env);
      case Op::Call: return call(e, env);
      case Op::CycleAt: return cycle(e, env);
      case Op::Add:
      case Op::Sub:
      case Op::Mul:
      case Op::Div:
      case Op::Mod:
      case Op::FloorDiv: return arithmetic(e, env);
      case Op::Neg: {
        Val a = expr(*e.args[0], env);
        return numeric(-a.v, "-" + paren(a));
      }
      case Op::IntToDecimal: {
        Val a = expr(*e.args[0], env);
        Val v = plain(a.v * c_.int_val(kDecimalScale), a.text);
        v.present = a.present;
        v.binary = a.binary;
        for (auto& l : a.leaves) v.leaves.emplace_back(l.first, l.second * c_.int_val(kDecimalScale));
        return v;
      }
      case Op::Eq:
      case Op::Ne:
      case Op::Lt:
      case Op::Le:
      case Op::Gt:
      case Op::Ge: return comparison(e, env);
      case Op::And:
      case Op::Or: {
        Val a = expr(*e.args[0], env);
        z3::expr g = env.guard;
        env.guard = e.op == Op::And ? g && a.v : g && !a.v;
        Val b = expr(*e.args[1], env);
        env.guard = g;
        Val v = plain(e.op == Op::And ? a.v && b.v : a.v || b.v,
                      paren(a) + (e.op == Op::And ? " and " : " or ") + paren(b));
        v.binary = true;
        return v;
      }
      case Op::Not: {
        Val a = expr(*e.args[0], env);
        return plain(!a.v, "not " + paren(a));
      }
      case Op::IsNone:
      case Op::IsSome: {
        Val a = expr(*e.args[0], env);
        Val v = plain(e.op == Op::IsSome ? a.present : !a.present,
                      paren(a) + (e.op == Op::IsSome ? " is some" : " is none"));
        atom(env, v.v, v.text, kRankCompare);
        return v;
      }
      case Op::Coalesce: {
        Val a = expr(*e.args[0], env);
        Val b = expr(*e.args[1], env);
        Val v = merge(a.present, a, b);
        v.present = a.present || b.present;
        v.text = paren(a) + " ?? " + paren(b);
        v.binary = true;
        return v;
      }
      case Op::In: {
        Val a = expr(*e.args[0], env);
        Val s = expr(*e.args[1], env);
        z3::expr r = c_.bool_val(false);
        for (size_t k = 0; k < s.bits.size(); ++k) r = r || (a.v == static_cast<int>(k) && s.bits[k]);
        Val v = plain(r, paren(a) + " in " + paren(s));
        v.binary = true;
        atom(env, v.v, v.text, kRankCompare);
        return v;
      }
      case Op::Within:
      case Op::Overlaps: {
        Val a = expr(*e.args[0], env);
        Val s = expr(*e.args[1], env);
        z3::expr r = c_.bool_val(e.op == Op::Within);
        for (size_t k = 0; k < s.bits.size(); ++k)
          r = e.op == Op::Within ? r && z3::implies(a.bits[k], s.bits[k]) : r || (a.bits[k] && s.bits[k]);
        Val v = plain(r, paren(a) + (e.op == Op::Within ? " within " : " overlaps ") + paren(s));
        v.binary = true;
        atom(env, v.v, v.text, kRankCompare);
        return v;
      }
      case Op::SetSize: {
        Val a = expr(*e.args[0], env);
        z3::expr n = c_.int_val(0);
        for (const auto& b : a.bits) n = n + z3::ite(b, c_.int_val(1), c_.int_val(0));
        return numeric(n, "size(" + a.text + ")");
      }
      case Op::If: return if_(e, env);
      case Op::Match: return match(e, env);
      case Op::Min2:
      case Op::Max2: {
        Val a = expr(*e.args[0], env);
        Val b = expr(*e.args[1], env);
        z3::expr r = e.op == Op::Min2 ? z3::ite(a.v <= b.v, a.v, b.v) : z3::ite(a.v >= b.v, a.v, b.v);
        Val v = plain(r, std::string(e.op == Op::Min2 ? "min(" : "max(") + a.text + ", " + b.text + ")");
        v.leaves = {{v.text, r}};
        return v;
      }
      case Op::Abs: {
        Val a = expr(*e.args[0], env);
        Val v = plain(z3::ite(a.v >= 0, a.v, -a.v), "abs(" + a.text + ")");
        v.leaves = {{v.text, v.v}};
        return v;
      }
      case Op::Concat: {
        Val a = expr(*e.args[0], env);
        Val b = expr(*e.args[1], env);
        Val v = plain(z3::concat(a.v, b.v), paren(a) + " ++ " + paren(b));
        v.binary = true;
        return v;
      }
      case Op::Aggregate: return aggregate(e, env);
      case Op::Round: {
        if (e.literal < 0 || e.literal > kDecimalDigits) throw Unsupported("round() to more than 6 places");
        Val a = expr(*e.args[0], env);
        int64_t unit = 1;
        for (int64_t i = e.literal; i < kDecimalDigits; ++i) unit *= 10;
        z3::expr r = round_by(a.v, unit, static_cast<RoundMode>(e.index)) * c_.int_val(unit);
        return numeric(r, "round(" + a.text + ", " + std::to_string(e.literal) + ", " +
                              kRoundModeNames[e.index >= 0 && e.index < kRoundModes ? e.index : 0] + ")");
      }
      case Op::ToInt: {
        Val a = expr(*e.args[0], env);
        return numeric(round_by(a.v, kDecimalScale, static_cast<RoundMode>(e.index)),
                       "to_int(" + a.text + ", " + kRoundModeNames[e.index >= 0 && e.index < kRoundModes ? e.index : 0] + ")");
      }
      case Op::DatePart: {
        Val a = expr(*e.args[0], env);
        Civil c = civil(a.v);
        static const char* const names[] = {"year", "month", "day"};
        const int k = std::clamp(e.index, 0, 2);
        return numeric(k == 0 ? c.y : k == 1 ? c.m : c.d, std::string(names[k]) + "(" + a.text + ")");
      }
      case Op::ToText: throw Unsupported("to_text (a value printed as text)");
      case Op::Scale: return scale(e, env);
      case Op::AddMonths: {
        Val a = expr(*e.args[0], env);
        Val n = expr(*e.args[1], env);
        z3::expr r = add_months(a.v, n.v * c_.int_val(e.literal));
        u_.error_if(env.guard && (r < c_.int_val(first_date()) || r > c_.int_val(last_date())));
        return numeric(r, std::string(e.literal == 12 ? "add_years(" : "add_months(") + a.text + ", " + n.text + ")");
      }
      case Op::MonthsBetween: {
        Val a = expr(*e.args[0], env);
        Val b = expr(*e.args[1], env);
        // The largest m with add_months(a, m) <= b; negative and symmetric when b is before a.
        auto forward = [&](const z3::expr& from, const z3::expr& to) {
          Civil x = civil(from), y = civil(to);
          z3::expr raw = (y.y * 12 + y.m) - (x.y * 12 + x.m);
          return z3::ite(add_months(from, raw) <= to, raw, raw - 1);
        };
        z3::expr months = z3::ite(b.v >= a.v, forward(a.v, b.v), -forward(b.v, a.v));
        z3::expr r = e.literal == 12 ? z3::ite(months >= 0, months / 12, -((-months) / 12)) : months;
        return numeric(r, std::string(e.literal == 12 ? "years_between(" : "months_between(") + a.text + ", " + b.text + ")");
      }
      case Op::PeriodEdge: {
        Val a = expr(*e.args[0], env);
        Civil c = civil(a.v);
        z3::expr r = c_.int_val(0);
        static const char* const names[] = {"first_day_of_month", "last_day_of_month", "first_day_of_year", "last_day_of_year"};
        const int k = std::clamp(e.index, 0, 3);
        switch (k) {
          case 0: r = from_civil(c.y, c.m, c_.int_val(1)); break;
          case 1: r = from_civil(c.y, c.m, days_in_month(c.y, c.m)); break;
          case 2: r = from_civil(c.y, c_.int_val(1), c_.int_val(1)); break;
          default: r = from_civil(c.y, c_.int_val(12), c_.int_val(31)); break;
        }
        return numeric(r, std::string(names[k]) + "(" + a.text + ")");
      }
    }
    throw Unsupported("an expression of an unknown kind");
  }

  // The calendar in integer arithmetic. A date's year, month and day are fresh terms tied to
  // its day number by from_civil (Hinnant's days_from_civil, as types/values.cpp computes it,
  // written with divisions by constants only): every integer has exactly one such triple, so
  // the constraint only names what the day number already determines, and the solver is spared
  // the nested divisions of the inverse function.
  struct Civil {
    z3::expr y, m, d;
  };
  Civil civil(const z3::expr& days) {
    const unsigned id = Z3_get_ast_id(c_, days);
    if (auto it = civil_.find(id); it != civil_.end()) return it->second;
    // Named by the universe's count, so that no two translators (the two programs, two days)
    // ever share a date's year, month and day by name.
    const std::string n = "cal" + std::to_string(u_.next_name());
    Civil c{c_.int_const((n + "_y").c_str()), c_.int_const((n + "_m").c_str()), c_.int_const((n + "_d").c_str())};
    u_.base().push_back(c.m >= 1 && c.m <= 12 && c.d >= 1 && c.d <= days_in_month(c.y, c.m) &&
                        days == from_civil(c.y, c.m, c.d));
    civil_.emplace(id, c);
    return c;
  }
  z3::expr from_civil(const z3::expr& year, const z3::expr& m, const z3::expr& d) {
    // Years from March, so that a leap day ends the year; the days before each month from March.
    z3::expr y = year - z3::ite(m <= 2, c_.int_val(1), c_.int_val(0));
    static const int before[] = {306, 337, 0, 31, 61, 92, 122, 153, 184, 214, 245, 275};
    z3::expr doy = c_.int_val(before[11]);
    for (int k = 10; k >= 0; --k) doy = z3::ite(m == k + 1, c_.int_val(before[k]), doy);
    return y * 365 + y / 4 - y / 100 + y / 400 + doy + d - 1 - 719468;
  }
  z3::expr days_in_month(const z3::expr& y, const z3::expr& m) {
    z3::expr leap = (z3::mod(y, 4) == 0 && z3::mod(y, 100) != 0) || z3::mod(y, 400) == 0;
    return z3::ite(m == 2, z3::ite(leap, c_.int_val(29), c_.int_val(28)),
                   z3::ite(m == 4 || m == 6 || m == 9 || m == 11, c_.int_val(30), c_.int_val(31)));
  }
  // `add_months(days, months)`: the year and month counted, the day clamped to the month's last.
  z3::expr add_months(const z3::expr& days, const z3::expr& months) {
    Civil c = civil(days);
    z3::expr total = c.y * 12 + (c.m - 1) + months;
    z3::expr y = total / 12;
    z3::expr m = total - y * 12 + 1;
    z3::expr dim = days_in_month(y, m);
    z3::expr r = from_civil(y, m, z3::ite(c.d <= dim, c.d, dim));
    return r;
  }

  std::string literal_text(const Type& t, int64_t value, const std::string& text) const {
    switch (t.kind) {
      case TypeKind::Bool: return value ? "true" : "false";
      case TypeKind::Decimal: return format_decimal(value);
      case TypeKind::Money: return format_money(value);
      case TypeKind::Date: return format_date(value);
      case TypeKind::Text: return "\"" + text + "\"";
      case TypeKind::Enum: {
        const auto& m = p_.enums[static_cast<size_t>(t.index)].members;
        return value >= 0 && static_cast<size_t>(value) < m.size() ? m[static_cast<size_t>(value)] : "?";
      }
      case TypeKind::Set:
      case TypeKind::EmptySet: {
        std::vector<std::string> names;
        if (t.index >= 0) {
          const auto& m = p_.enums[static_cast<size_t>(t.index)].members;
          for (size_t k = 0; k < m.size(); ++k)
            if ((static_cast<uint64_t>(value) >> k) & 1) names.push_back(m[k]);
        }
        return "{" + join(names, ", ") + "}";
      }
      default: return std::to_string(value);
    }
  }

  Val literal(const ir::Expr& e) {
    if (e.is_none) {
      Val v = fresh_placeholder(e.type);
      v.present = c_.bool_val(false);
      v.text = "none";
      return v;
    }
    Val v = plain(c_.bool_val(true), literal_text(e.type, e.literal, e.text));
    switch (e.type.kind) {
      case TypeKind::Bool: v.v = c_.bool_val(e.literal != 0); break;
      case TypeKind::Text: v.v = c_.string_val(e.text); break;
      case TypeKind::Set:
      case TypeKind::EmptySet: {
        size_t members = e.type.index >= 0 ? p_.enums[static_cast<size_t>(e.type.index)].members.size() : 0;
        for (size_t k = 0; k < members; ++k) v.bits.push_back(c_.bool_val(((static_cast<uint64_t>(e.literal) >> k) & 1) != 0));
        break;
      }
      default: v.v = c_.int_val(e.literal); break;
    }
    v.leaves = {{v.text, v.v}};
    return v;
  }

  z3::expr param_value(const ir::Param& p, const ir::ParamValue& pv) {
    if (p.type.kind == TypeKind::Text) return c_.string_val(pv.text);
    if (p.type.kind == TypeKind::Bool) return c_.bool_val(pv.value != 0);
    return c_.int_val(pv.value);
  }

  Val param(const ir::Expr& e, Env& env) {
    const ir::Param& p = p_.params[static_cast<size_t>(e.index)];
    if (p.type.kind == TypeKind::Set) throw Unsupported("set-valued parameter '" + p.name + "'");
    if (day_) {
      // On a day that is a term: the value in force on it, as `p at day` reads it.
      if (p.values.empty()) throw Unsupported("parameter '" + p.name + "' has no value");
      z3::expr v = param_value(p, p.values[0]);
      if (p.values[0].from) u_.error_if(env.guard && *day_ < c_.int_val(*p.values[0].from));
      for (size_t k = 1; k < p.values.size(); ++k)
        v = z3::ite(*day_ >= c_.int_val(*p.values[k].from), param_value(p, p.values[k]), v);
      Val out = plain(v, p.name);
      out.leaves = {{p.name, v}};
      return out;
    }
    const ir::ParamValue* in_force = nullptr;
    for (const auto& v : p.values)
      if (!v.from || *v.from <= u_.as_of()) in_force = &v;
    if (!in_force) throw Unsupported("parameter '" + p.name + "' has no value on the as-of date");
    Val v = plain(param_value(p, *in_force), p.name);
    v.leaves = {{p.name, v.v}};
    return v;
  }

  Val param_at(const ir::Expr& e, Env& env) {
    const ir::Param& p = p_.params[static_cast<size_t>(e.index)];
    if (p.type.kind == TypeKind::Set) throw Unsupported("set-valued parameter '" + p.name + "'");
    Val d = expr(*e.args[0], env);
    if (p.values.empty()) throw Unsupported("parameter '" + p.name + "' has no value");
    z3::expr v = param_value(p, p.values[0]);
    if (p.values[0].from) u_.error_if(env.guard && d.v < c_.int_val(*p.values[0].from));
    for (size_t k = 1; k < p.values.size(); ++k)
      v = z3::ite(d.v >= c_.int_val(*p.values[k].from), param_value(p, p.values[k]), v);
    return numeric(v, p.name + " at " + paren(d));
  }

  // `marginal(s, x)`, `flat(s, x)`, `rate(s, x)` as runtime/scale.h computes them, on unbounded
  // integers: the version in force on the as-of date, on the day being compared, or on the date
  // given (`s at d`), each version's brackets constants.
  Val scale(const ir::Expr& e, Env& env) {
    const ir::Param& p = p_.params[static_cast<size_t>(e.index)];
    const auto kind = static_cast<ir::ScaleKind>(e.literal);
    Val amount = expr(*e.args[0], env);
    const z3::expr unit = c_.int_val(kDecimalScale);
    const z3::expr m = p.type.kind == TypeKind::Int ? amount.v * unit : amount.v;
    auto applied = [&](const ir::ParamValue& version) -> z3::expr {
      const auto& brackets = version.brackets;
      if (brackets.empty()) return c_.int_val(0);
      std::vector<z3::expr> t;
      for (const ir::ScaleBracket& b : brackets)
        t.push_back(p.type.kind == TypeKind::Int ? c_.int_val(b.threshold) * unit : c_.int_val(b.threshold));
      // The bracket: the last whose threshold the amount exceeds, else the first. Each threshold
      // the amount passes is a condition a region can be described by.
      z3::expr rate = c_.int_val(brackets[0].rate);
      for (size_t i = 0; i < brackets.size(); ++i) {
        if (i > 0) rate = z3::ite(m > t[i], c_.int_val(brackets[i].rate), rate);
        atom(env, m > t[i], paren(amount) + " > " + literal_text(p.type, brackets[i].threshold, ""), kRankCompare, p.origin.citation);
      }
      switch (kind) {
        case ir::ScaleKind::Rate: return rate;
        case ir::ScaleKind::Flat: return rounded(rate * m, unit, true);
        case ir::ScaleKind::Marginal: break;
      }
      // Piecewise linear, one piece per bracket, each rounded on its own (the same value as
      // rounding the sum of the parts, and far easier for the solver than a sum of clamped
      // parts): 0 up to the first threshold; in bracket k, the full brackets below (constants)
      // plus the rate times the amount above the bracket's threshold.
      z3::expr below = c_.int_val(0);  // the full brackets under bracket k, times 10^12 (constants)
      std::vector<std::pair<z3::expr, z3::expr>> pieces;  // (amount <= top of bracket k, value in it)
      for (size_t k = 0; k < brackets.size(); ++k) {
        z3::expr in_k = below + c_.int_val(brackets[k].rate) * (m - t[k]);
        pieces.emplace_back(k + 1 < brackets.size() ? m <= t[k + 1] : c_.bool_val(true), rounded(in_k, unit, true));
        if (k + 1 < brackets.size()) below = (below + c_.int_val(brackets[k].rate) * (t[k + 1] - t[k])).simplify();
      }
      z3::expr value = pieces.back().second;
      for (size_t k = pieces.size() - 1; k-- > 0;) value = z3::ite(pieces[k].first, pieces[k].second, value);
      return z3::ite(m <= t[0], c_.int_val(0), value);
    };
    static const char* kNames[] = {"marginal", "flat", "rate"};
    std::string text = std::string(kNames[static_cast<size_t>(kind)]) + "(" + p.name;
    std::optional<z3::expr> day;
    if (e.args.size() > 1) {
      Val d = expr(*e.args[1], env);
      day = d.v;
      text += " at " + paren(d);
    } else if (day_) {
      day = *day_;
    }
    text += ", " + amount.text + ")";
    if (p.values.empty()) throw Unsupported("scale '" + p.name + "' has no value");
    if (day) {
      z3::expr v = applied(p.values[0]);
      if (p.values[0].from) u_.error_if(env.guard && *day < c_.int_val(*p.values[0].from));
      for (size_t k = 1; k < p.values.size(); ++k) v = z3::ite(*day >= c_.int_val(*p.values[k].from), applied(p.values[k]), v);
      return numeric(v, text);
    }
    const ir::ParamValue* in_force = nullptr;
    for (const auto& v : p.values)
      if (!v.from || *v.from <= u_.as_of()) in_force = &v;
    if (!in_force) throw Unsupported("scale '" + p.name + "' has no value on the as-of date");
    return numeric(applied(*in_force), text);
  }

  // The value of an entity reference `ref` (a row number) read through `get(row)`; a row
  // outside the universe reads a free value keyed by the reference's term, which both programs
  // share.
  template <typename Get>
  Val through(const Val& ref, int32_t entity, const Type& t, const std::string& what, Get&& get) {
    int64_t row = 0;
    if (ref.v.is_numeral_i64(row) && row >= 0) return get(static_cast<int>(row));
    Val out = u_.keyed(what + "@" + std::to_string(ref.v.id()), t);
    for (int j = u_.rows() - 1; j >= 0; --j) {
      Val at = get(j);
      out = merge(ref.v == j, at, out);
    }
    (void)entity;
    return out;
  }

  Val field(const ir::Expr& e, Env& env) {
    Val ref = expr(*e.args[0], env);
    const ir::Entity& ent = p_.entities[static_cast<size_t>(e.entity)];
    const ir::Field& fd = ent.fields[static_cast<size_t>(e.index)];
    Val v = through(ref, e.entity, fd.type, "field " + ent.name + "." + fd.name,
                    [&](int row) { return u_.field(e.entity, row, e.index); });
    v.text = paren(ref) + "." + fd.name;
    v.leaves = {{v.text, v.v}};
    v.binary = false;
    if (fd.type.kind == TypeKind::Bool) atom(env, v.v, v.text, kRankField);
    return v;
  }

  Val rule_ref(const ir::Expr& e, Env& env) {
    if (reads_) reads_->push_back({env.owner, &e, env.guard});
    Val ref = expr(*e.args[0], env);
    const ir::Rule& r = p_.rules[static_cast<size_t>(e.index)];
    Val v = through(ref, r.entity, r.type, "rule " + r.name + "#" + std::to_string(r.fingerprint),
                    [&](int row) { return rule(e.index, row); });
    v.text = r.name + "(" + ref.text + ")";
    v.binary = false;
    int64_t row = -1;
    bool on_subject = ref.v.is_numeral_i64(row) && row == 0 && r.entity == u_.subject_entity;
    std::vector<std::pair<std::string, z3::expr>> leaves{{v.text, v.v}};
    if (on_subject)
      for (auto& l : v.leaves)
        if (l.first != v.text) leaves.push_back(l);
    if (leaves.size() > 6) leaves.erase(leaves.begin() + 6, leaves.end());
    v.leaves = leaves;
    if (env.subject) {
      if (r.type.kind == TypeKind::Bool && !r.type.optional) atom(env, v.v, v.text, kRankRule, r.origin.citation);
      if (r.type.kind == TypeKind::Enum && !r.type.optional) {
        const auto& members = p_.enums[static_cast<size_t>(r.type.index)].members;
        for (size_t m = 0; m < members.size(); ++m)
          atom(env, v.v == static_cast<int>(m), v.text + " == " + members[m], kRankRule, r.origin.citation);
      }
    }
    return v;
  }

  // A function: its arguments are translated in the caller, then its body with its parameters'
  // slots holding them (the solver shares the terms, so an argument is not copied).
  Val call(const ir::Expr& e, Env& env) {
    const ir::Rule& fn = p_.functions[static_cast<size_t>(e.index)];
    Env inner(c_);
    inner.rule = &fn;
    inner.owner = env.owner;
    inner.subject = env.subject;
    inner.guard = env.guard;
    inner.slots.assign(static_cast<size_t>(std::max(1, fn.slot_count)), std::nullopt);
    std::string args;
    size_t a = 0;
    if (fn.entity >= 0) {
      Val v = expr(*e.args[a++], env);
      args = v.text;
      inner.slots[0] = v;
    }
    for (size_t k = 0; k < fn.param_types.size() && a < e.args.size(); ++k) {
      Val v = expr(*e.args[a++], env);
      args += (args.empty() ? "" : ", ") + v.text;
      inner.slots[k + 1] = v;
    }
    Val v = rule_value(fn, inner);
    v.text = fn.name + "(" + args + ")";
    return v;
  }

  Val cycle(const ir::Expr& e, Env& env) {
    const ir::Cycle& cy = p_.cycles[static_cast<size_t>(e.index)];
    Val pos = expr(*e.args[0], env);
    if (cy.values.empty()) throw Unsupported("the empty cycle '" + cy.name + "'");
    u_.error_if(env.guard && pos.v < 1);
    const int len = static_cast<int>(cy.values.size());
    z3::expr idx = z3::mod(pos.v - 1, c_.int_val(len));
    Val v = plain(c_.int_val(cy.values.back()), cy.name + "(" + pos.text + ")");
    for (int k = len - 1; k-- > 0;) v.v = z3::ite(idx == k, c_.int_val(cy.values[static_cast<size_t>(k)]), v.v);
    if (len > 1)
      for (int k = 0; k < len; ++k)
        atom(env, idx == k, paren(pos) + " mod " + std::to_string(len) + " == " + std::to_string((k + 1) % len),
             kRankCompare, cy.origin.citation);
    v.leaves = {{v.text, v.v}};
    return v;
  }

  Val arithmetic(const ir::Expr& e, Env& env) {
    Val a = expr(*e.args[0], env);
    Val b = expr(*e.args[1], env);
    const bool scaled = e.type.is_scaled();
    static const char* names[] = {"+", "-", "*", "/", "mod", "div"};
    int which = e.op == Op::Add ? 0 : e.op == Op::Sub ? 1 : e.op == Op::Mul ? 2 : e.op == Op::Div ? 3 : e.op == Op::Mod ? 4 : 5;
    std::string text = paren(a) + " " + names[which] + " " + paren(b);
    if (e.type.kind == TypeKind::Date && (e.op == Op::Add || e.op == Op::Sub)) {
      // A date moved by days must stay one that can be written (the evaluator stops otherwise).
      z3::expr r = e.op == Op::Add ? a.v + b.v : a.v - b.v;
      u_.error_if(env.guard && (r < c_.int_val(first_date()) || r > c_.int_val(last_date())));
      return numeric(r, text);
    }
    switch (e.op) {
      case Op::Add: return numeric(a.v + b.v, text);
      case Op::Sub: return numeric(a.v - b.v, text);
      case Op::Mul: {
        if (!scaled) return numeric(a.v * b.v, text);
        // As the evaluator: the exact product, rounded once (decimal: half to even at the sixth
        // place; money: half away from zero at the cent).
        z3::expr product = a.v * b.v;
        if (e.type.kind == TypeKind::Money)
          return numeric(rounded(product, c_.int_val(kDecimalScale * kCentScale), false) * c_.int_val(kCentScale), text);
        return numeric(rounded(product, c_.int_val(kDecimalScale), true), text);
      }
      case Op::Div: {
        if (!scaled) throw Unsupported("division of a type other than decimal or money");
        u_.error_if(env.guard && b.v == 0);
        if (e.type.kind == TypeKind::Money)
          return numeric(rounded(a.v * c_.int_val(kDecimalScale / kCentScale), b.v, false) * c_.int_val(kCentScale), text);
        return numeric(rounded(a.v * c_.int_val(kDecimalScale), b.v, true), text);
      }
      case Op::Mod: {
        u_.error_if(env.guard && b.v == 0);
        // The runtime's remainder takes the divisor's sign; SMT's is never negative.
        z3::expr m = z3::mod(a.v, b.v);
        return numeric(z3::ite(b.v < 0 && m != 0, m + b.v, m), text);
      }
      case Op::FloorDiv: {
        u_.error_if(env.guard && b.v == 0);
        z3::expr q = a.v / b.v;
        z3::expr r = z3::mod(a.v, b.v);
        return numeric(z3::ite(b.v < 0 && r != 0, q - 1, q), text);
      }
      default: break;
    }
    throw Unsupported("arithmetic");
  }

  // num / den rounded to the nearest integer, ties to even (`even`) or away from zero: the
  // evaluator's round_div and round_half_away, on exact integers.
  z3::expr rounded(const z3::expr& num, const z3::expr& den, bool even) {
    z3::expr neg = den < 0;
    z3::expr n = z3::ite(neg, -num, num), d = z3::ite(neg, -den, den);
    z3::expr q = n / d;  // floor, for d > 0
    z3::expr twice = (n - q * d) * 2;
    z3::expr tie_up = even ? z3::mod(q, c_.int_val(2)) != 0 : q >= 0;
    return z3::ite(twice > d || (twice == d && tie_up), q + 1, q);
  }

  // x / unit (unit > 0) to a whole number by `mode`: the evaluator's round_quotient.
  z3::expr round_by(const z3::expr& x, int64_t unit, RoundMode mode) {
    z3::expr u = c_.int_val(unit);
    z3::expr q = x / u;  // floor
    z3::expr r = x - q * u;
    z3::expr twice = r * 2;
    switch (mode) {
      case RoundMode::Floor: return q;
      case RoundMode::Ceiling: return z3::ite(r > 0, q + 1, q);
      case RoundMode::TowardZero: return z3::ite(x < 0 && r > 0, q + 1, q);
      case RoundMode::HalfAwayFromZero: return z3::ite(twice > u || (twice == u && x > 0), q + 1, q);
      case RoundMode::HalfEven: return z3::ite(twice > u || (twice == u && z3::mod(q, c_.int_val(2)) != 0), q + 1, q);
    }
    throw Unsupported("a rounding mode of an unknown kind");
  }

  Val comparison(const ir::Expr& e, Env& env) {
    Val a = expr(*e.args[0], env);
    Val b = expr(*e.args[1], env);
    auto cmp = [&](const z3::expr& x, const z3::expr& y) -> z3::expr {
      switch (e.op) {
        case Op::Eq: return x == y;
        case Op::Ne: return x != y;
        case Op::Lt: return x < y;
        case Op::Le: return x <= y;
        case Op::Gt: return x > y;
        default: return x >= y;
      }
    };
    static const char* names[] = {"==", "!=", "<", "<=", ">", ">="};
    const char* name = names[static_cast<int>(e.op) - static_cast<int>(Op::Eq)];
    const Type& t = e.args[0]->type;
    if (t.kind == TypeKind::Text && e.op != Op::Eq && e.op != Op::Ne) throw Unsupported("ordering of texts");
    z3::expr r = c_.bool_val(true);
    if (!a.bits.empty() || !b.bits.empty()) {
      z3::expr eq = c_.bool_val(true);
      for (size_t k = 0; k < std::max(a.bits.size(), b.bits.size()); ++k) {
        z3::expr x = k < a.bits.size() ? a.bits[k] : c_.bool_val(false);
        z3::expr y = k < b.bits.size() ? b.bits[k] : c_.bool_val(false);
        eq = eq && x == y;
      }
      r = e.op == Op::Eq ? eq : !eq;
    } else {
      z3::expr raw = cmp(a.v, b.v);
      if (t.kind == TypeKind::Entity || e.args[1]->type.kind == TypeKind::Entity) {
        z3::expr eq = same_row(a.v, b.v);
        raw = e.op == Op::Eq ? eq : !eq;
      }
      // none equals none and nothing else; ordered comparisons never see none (the checker).
      z3::expr eq_opt = (a.present == b.present) && z3::implies(a.present, raw);
      if (e.op == Op::Eq) r = eq_opt;
      else if (e.op == Op::Ne) r = (a.present != b.present) || (a.present && raw);
      else r = raw;
    }
    Val v = plain(r);
    // A Boolean compared with a literal reads as itself.
    if (t.kind == TypeKind::Bool && (is_true_literal(*e.args[1]) && e.op == Op::Eq)) {
      v.text = e.args[1]->literal ? a.text : "not " + paren(a);
    } else {
      v.text = paren(a) + " " + name + " " + paren(b);
      v.binary = true;
    }
    atom(env, r, v.text, kRankCompare);
    if (env.subject && t.is_ordered() && !t.is_text() && a.bits.empty()) {
      for (const auto& la : a.leaves)
        for (const auto& lb : b.leaves) {
          std::string text = la.first + " " + name + " " + lb.first;
          if (text != v.text) atom(env, cmp(la.second, lb.second), text, kRankCompare);
        }
    }
    return v;
  }

  // Two references that both leave the universe may or may not be the same row: the model
  // leaves it open (a free Boolean, the same for the same two terms).
  z3::expr same_row(const z3::expr& a, const z3::expr& b) {
    z3::expr unknown = u_.keyed("same " + std::to_string(a.id()) + " " + std::to_string(b.id()), Type::boolean()).v;
    z3::expr both_out = a == c_.int_val(kOutside) && b == c_.int_val(kOutside);
    return z3::ite(both_out, unknown, a == b);
  }

  Val if_(const ir::Expr& e, Env& env) {
    Val cond = expr(*e.args[0], env);
    z3::expr g = env.guard;
    if (e.slot >= 0) {
      if (e.args[0]->op != Op::IsSome) throw Unsupported("a binding 'if' whose condition is not 'is some'");
      // `if x is some y`: y is x's value in the then branch.
      Val inner = expr(*e.args[0]->args[0], env);
      inner.present = c_.bool_val(true);
      env.slots.at(static_cast<size_t>(e.slot)) = inner;
    }
    env.guard = g && cond.v;
    Val a = expr(*e.args[1], env);
    env.guard = g && !cond.v;
    Val b = expr(*e.args[2], env);
    env.guard = g;
    Val v = merge(cond.v, a, b);
    v.text = "if " + cond.text + " then " + a.text + " else " + b.text;
    v.binary = true;
    return v;
  }

  Val match(const ir::Expr& e, Env& env) {
    Val s = expr(*e.args[0], env);
    z3::expr g = env.guard;
    std::vector<std::pair<z3::expr, Val>> arms;
    z3::expr taken = c_.bool_val(false);
    for (size_t i = 1; i < e.args.size(); ++i) {
      const auto& members = e.arm_members[i - 1];
      z3::expr hit = c_.bool_val(members.empty());
      for (int64_t m : members) hit = hit || s.v == c_.int_val(m);
      hit = hit && !taken;
      env.guard = g && hit;
      arms.emplace_back(hit, expr(*e.args[i], env));
      taken = taken || hit;
    }
    env.guard = g;
    if (arms.empty()) throw Unsupported("an empty match");
    Val v = arms.back().second;
    for (size_t k = arms.size() - 1; k-- > 0;) v = merge(arms[k].first, arms[k].second, v);
    v.text = "match " + s.text;
    v.binary = true;
    return v;
  }

  // An aggregate over the universe's rows plus, in the open model, what the rows outside it
  // add: a free value constrained only by what the aggregate can produce (docs/analysis.md).
  Val aggregate(const ir::Expr& e, Env& env) {
    const ir::Aggregate& agg = *e.agg;
    const ir::Entity& ent = p_.entities[static_cast<size_t>(agg.entity)];
    std::optional<Val> outer;
    if (agg.outer_key) outer = expr(*agg.outer_key, env);
    z3::expr g = env.guard;
    std::vector<z3::expr> take;
    std::vector<Val> values, orders;
    std::string filter_text;
    std::string var = "q";
    for (int j = 0; j < u_.rows(); ++j) {
      Env inner = env;
      inner.subject = false;  // conditions on other rows are not conditions on the subject
      inner.slots.at(static_cast<size_t>(agg.slot)) = row_ref(agg.entity, j);
      inner.slots.at(static_cast<size_t>(agg.slot))->text = var;
      z3::expr t = u_.exists(agg.entity, j);
      std::vector<std::string> parts;
      inner.guard = g && t;
      if (agg.filter) {
        Val f = expr(*agg.filter, inner);
        parts.push_back(f.text);
        t = t && f.v;
      }
      if (agg.inner_key && outer) {
        Val ik = expr(*agg.inner_key, inner);
        parts.push_back(ik.text + " == " + outer->text);
        z3::expr eq = same_row(ik.v, outer->v);
        if (agg.inner_key_optional) eq = eq && ik.present;
        if (agg.outer_key_optional) eq = eq && outer->present;
        t = t && eq;
      }
      if (agg.correlated_filter) {
        inner.guard = g && t;
        Val f = expr(*agg.correlated_filter, inner);
        parts.push_back(f.text);
        t = t && f.v;
      }
      inner.guard = g && t;
      if (agg.value) values.push_back(expr(*agg.value, inner));
      if (agg.order) orders.push_back(expr(*agg.order, inner));
      take.push_back(t);
      if (j == 0) filter_text = join(parts, " and ");
    }
    std::string where = filter_text.empty() ? "" : " where " + filter_text;
    std::string over = " for " + var + " in " + ent.name + where + ")";
    std::string value_text = values.empty() ? "" : values[0].text;
    z3::expr zero = c_.int_val(0);
    switch (agg.kind) {
      case ir::AggKind::Count:
      case ir::AggKind::Sum: {
        z3::expr total = zero;
        for (size_t j = 0; j < take.size(); ++j)
          total = total + z3::ite(take[j], agg.kind == ir::AggKind::Count ? c_.int_val(1) : values[j].v, zero);
        Type t = agg.kind == ir::AggKind::Count ? Type::integer() : e.type;
        z3::expr extra = u_.keyed("extra " + std::to_string(total.id()), t.as_required()).v;
        u_.closed().push_back(extra == 0);
        if (agg.kind == ir::AggKind::Count || (agg.value && non_negative(*agg.value))) u_.base().push_back(extra >= 0);
        std::string text = agg.kind == ir::AggKind::Count ? "count(" + var + " in " + ent.name + where + ")"
                                                          : "sum(" + value_text + over;
        return numeric(total + extra, text);
      }
      case ir::AggKind::Any:
      case ir::AggKind::All: {
        const bool any = agg.kind == ir::AggKind::Any;
        z3::expr r = c_.bool_val(!any);
        for (size_t j = 0; j < take.size(); ++j) {
          z3::expr x = values.empty() ? c_.bool_val(true) : values[j].v;
          r = any ? r || (take[j] && x) : r && z3::implies(take[j], x);
        }
        z3::expr extra = u_.keyed("extra " + std::to_string(r.id()), Type::boolean()).v;
        u_.closed().push_back(any ? !extra : extra);
        std::string text = std::string(any ? "any(" : "all(") + value_text + over;
        Val v = plain(any ? r || extra : r && extra, text);
        return v;
      }
      case ir::AggKind::Min:
      case ir::AggKind::Max: {
        const bool mn = agg.kind == ir::AggKind::Min;
        z3::expr has = c_.bool_val(false);
        z3::expr cur = zero;
        for (size_t j = 0; j < take.size(); ++j) {
          z3::expr better = mn ? values[j].v < cur : values[j].v > cur;
          cur = z3::ite(take[j] && (!has || better), values[j].v, cur);
          has = has || take[j];
        }
        Val extra = u_.keyed("extra " + std::to_string(cur.id()) + " " + std::to_string(has.id()), e.type.as_optional());
        u_.closed().push_back(!extra.present);
        z3::expr better = mn ? extra.v < cur : extra.v > cur;
        Val v = numeric(z3::ite(extra.present && (!has || better), extra.v, cur),
                        std::string(mn ? "min(" : "max(") + value_text + over);
        v.present = has || extra.present;
        if (!e.type.optional) u_.error_if(g && !v.present);
        return v;
      }
      case ir::AggKind::Latest:
      case ir::AggKind::Earliest: {
        // The value of the first row with the best order among the universe's rows; two rows with
        // that order and different values stop the run. In the open model a row outside the
        // universe may have a better order still (`wins`, free): the result is then its value, a
        // free one, and the universe's tie is no error. So nothing is assumed of the rows outside.
        const bool latest = agg.kind == ir::AggKind::Latest;
        if (values.size() != take.size() || orders.size() != take.size()) throw Unsupported("'latest' without a value or an order");
        auto better = [&](const z3::expr& a, const z3::expr& b) { return latest ? a > b : a < b; };
        z3::expr has = c_.bool_val(false);
        z3::expr best = zero;
        Val cur = fresh_placeholder(e.type);
        cur.present = c_.bool_val(false);
        for (size_t j = 0; j < take.size(); ++j) {
          z3::expr first = take[j] && (!has || better(orders[j].v, best));
          cur = merge(first, values[j], cur);
          best = z3::ite(first, orders[j].v, best);
          has = has || take[j];
        }
        const std::string key = std::to_string(best.id()) + " " + std::to_string(has.id()) + " " + std::to_string(cur.present.id());
        z3::expr wins = u_.keyed("extra wins " + key, Type::boolean()).v;
        u_.closed().push_back(!wins);
        z3::expr tie = c_.bool_val(false);
        for (size_t j = 0; j < take.size(); ++j)
          for (size_t i = 0; i < j; ++i)
            tie = tie || (take[i] && take[j] && orders[i].v == best && orders[j].v == best && !same(values[i], values[j]));
        u_.error_if(g && has && !wins && tie);
        Val outside = u_.keyed("extra value " + key, agg.value->type);
        if (!agg.value->type.optional) outside.present = c_.bool_val(true);
        Val v = merge(wins, outside, cur);
        v.present = z3::ite(wins, outside.present, cur.present);
        v.text = std::string(latest ? "latest(" : "earliest(") + value_text + " for " + var + " in " + ent.name + where +
                 " by " + orders[0].text + ")";
        if (Universe::is_int_sort(e.type)) v.leaves = {{v.text, v.v}};
        v.binary = false;
        return v;
      }
    }
    throw Unsupported("an aggregate of an unknown kind");
  }

  // Whether every value of `e` is at least zero by the checks of the field it reads.
  bool non_negative(const ir::Expr& e) const {
    if (e.op == Op::IntToDecimal) return non_negative(*e.args[0]);
    if (e.op != Op::Field) return false;
    const ir::Field& fd = p_.entities[static_cast<size_t>(e.entity)].fields[static_cast<size_t>(e.index)];
    for (const auto& ch : fd.checks)
      if ((ch.op == ir::CheckOp::Ge && ch.value >= 0) || (ch.op == ir::CheckOp::Gt && ch.value >= -1)) return true;
    return false;
  }

  Universe& u_;
  z3::context& c_;
  const ir::Program& p_;
  std::string side_;
  std::optional<z3::expr> day_;
  std::vector<Read>* reads_ = nullptr;  // the day the program is evaluated on, when it is a term
  uint64_t tag_ = 0;
  std::map<unsigned, Civil> civil_;  // by the day number's term
};

// ---------------------------------------------------------------------------------------------

std::string format_value(const ir::Program& p, const Type& t, const z3::model& m, const Val& v) {
  if (!m.eval(v.present, true).is_true()) return "none";
  switch (t.kind) {
    case TypeKind::Bool: return m.eval(v.v, true).is_true() ? "true" : "false";
    case TypeKind::Text: return m.eval(v.v, true).get_string();
    case TypeKind::Set: {
      std::vector<std::string> names;
      const auto& members = p.enums[static_cast<size_t>(t.index)].members;
      for (size_t k = 0; k < v.bits.size(); ++k)
        if (m.eval(v.bits[k], true).is_true()) names.push_back(members[k]);
      return "{" + join(names, ", ") + "}";
    }
    default: break;
  }
  int64_t x = 0;
  if (!m.eval(v.v, true).is_numeral_i64(x)) return "?";
  switch (t.kind) {
    case TypeKind::Decimal: return format_decimal(x);
    case TypeKind::Money: return format_money(x);
    case TypeKind::Date: return format_date(x);
    case TypeKind::Enum: {
      const auto& members = p.enums[static_cast<size_t>(t.index)].members;
      return x >= 0 && static_cast<size_t>(x) < members.size() ? members[static_cast<size_t>(x)] : "?";
    }
    default: return std::to_string(x);
  }
}

// A value for a field no rule reads that passes its checks.
int64_t plain_value(const ir::Field& f) {
  int64_t v = f.type.kind == TypeKind::Date ? days_from_civil(2020, 1, 1) : 0;
  for (int pass = 0; pass < 2; ++pass)
    for (const auto& ch : f.checks) {
      if (ir::check_holds(ch, v)) continue;
      switch (ch.op) {
        case ir::CheckOp::Gt: v = ch.value + (f.type.is_scaled() ? kDecimalScale : 1); break;
        case ir::CheckOp::Lt: v = ch.value - (f.type.is_scaled() ? kDecimalScale : 1); break;
        case ir::CheckOp::Ne: v = ch.value + (f.type.is_scaled() ? kDecimalScale : 1); break;
        default: v = ch.value; break;
      }
    }
  return v;
}

std::string key_of(const ir::Program& p, int32_t entity, int row) {
  const ir::Entity& e = p.entities[static_cast<size_t>(entity)];
  const ir::Field& k = e.fields[static_cast<size_t>(e.key_field)];
  if (k.type.kind == TypeKind::Int) return std::to_string(row + 1);
  // The entity's capitals (Party P1, PremisesCount PC1), so that two entities' rows are told
  // apart in a witness.
  std::string prefix;
  for (char ch : e.name)
    if (ch >= 'A' && ch <= 'Z') prefix += ch;
  if (prefix.empty()) prefix = std::string(1, e.name.empty() ? 'W' : e.name[0]);
  return prefix + std::to_string(row + 1);
}

Witness witness_of(Universe& u, const ir::Program& p, const z3::model& m) {
  Witness w;
  for (int32_t ent : u.entities_used()) {
    const ir::Entity& e = p.entities[static_cast<size_t>(ent)];
    WitnessTable t;
    t.entity = e.name;
    for (const auto& f : e.fields) {
      t.header.push_back(f.name);
      t.references.push_back(f.type.kind == TypeKind::Entity ? p.entities[static_cast<size_t>(f.type.index)].name : "");
    }
    t.key_column = static_cast<size_t>(e.key_field);
    for (int j = 0; j < u.rows(); ++j) {
      if (!m.eval(u.exists(ent, j), true).is_true()) continue;
      std::vector<std::string> row;
      for (size_t fi = 0; fi < e.fields.size(); ++fi) {
        const ir::Field& f = e.fields[fi];
        const int32_t f32 = static_cast<int32_t>(fi);
        if (f32 == e.key_field) {
          row.push_back(key_of(p, ent, j));
          continue;
        }
        if (!u.has_field(ent, j, f32)) {
          // Not read by any rule: any valid value will do.
          if (f.type.optional) row.emplace_back();
          else if (f.type.kind == TypeKind::Text) row.push_back(e.name + " " + std::to_string(j + 1));
          else if (f.type.kind == TypeKind::Bool) row.emplace_back("false");
          else if (f.type.kind == TypeKind::Enum) row.push_back(p.enums[static_cast<size_t>(f.type.index)].members[0]);
          else if (f.type.kind == TypeKind::Set) row.emplace_back();
          else if (f.type.kind == TypeKind::Entity) row.push_back(key_of(p, f.type.index, 0));
          else if (f.type.kind == TypeKind::Date) row.push_back(format_date(plain_value(f)));
          else if (f.type.is_scaled()) row.push_back(format_decimal(plain_value(f)));
          else row.push_back(std::to_string(plain_value(f)));
          continue;
        }
        Val v = u.field(ent, j, f32);
        if (!m.eval(v.present, true).is_true()) {
          row.emplace_back();
          continue;
        }
        if (f.type.kind == TypeKind::Entity) {
          int64_t r = 0;
          m.eval(v.v, true).is_numeral_i64(r);
          row.push_back(key_of(p, f.type.index, static_cast<int>(r)));
        } else if (f.type.kind == TypeKind::Set) {
          std::vector<std::string> names;
          const auto& members = p.enums[static_cast<size_t>(f.type.index)].members;
          for (size_t k = 0; k < v.bits.size(); ++k)
            if (m.eval(v.bits[k], true).is_true()) names.push_back(members[k]);
          row.push_back(join(names, ";"));
        } else {
          row.push_back(format_value(p, f.type.as_required(), m, v));
        }
      }
      t.rows.push_back(std::move(row));
    }
    w.tables.push_back(std::move(t));
  }
  w.subject_key = key_of(p, u.subject_entity, 0);
  return w;
}

// Citations come as lists ("G8.16, G8.17"): one entry per clause.
std::vector<std::string> clauses(const std::string& citation) {
  std::vector<std::string> out;
  for (size_t from = 0; from < citation.size();) {
    size_t comma = citation.find(", ", from);
    std::string one = citation.substr(from, comma == std::string::npos ? std::string::npos : comma - from);
    if (!one.empty()) out.push_back(one);
    from = comma == std::string::npos ? citation.size() : comma + 2;
  }
  return out;
}

// `a > b` negated as `a <= b` (and so on) into `out` when the text is one comparison.
bool comparison_flip(const std::string& t, std::string& out) {
  if (t.find(" and ") != std::string::npos || t.find(" or ") != std::string::npos || t.starts_with("not ") ||
      t.starts_with("if ") || t.starts_with("match "))
    return false;
  static const std::pair<const char*, const char*> flips[] = {
      {" >= ", " < "}, {" <= ", " > "}, {" > ", " <= "}, {" < ", " >= "}, {" != ", " == "}};
  for (const auto& [op, neg] : flips) {
    size_t at = t.find(op);
    if (at == std::string::npos) continue;
    // One comparison only: no other operator of its kind after it.
    std::string rest = t.substr(at + std::string(op).size());
    if (rest.find(" > ") != std::string::npos || rest.find(" < ") != std::string::npos ||
        rest.find(" >= ") != std::string::npos || rest.find(" <= ") != std::string::npos ||
        rest.find(" == ") != std::string::npos || rest.find(" != ") != std::string::npos)
      return false;
    out = t.substr(0, at) + neg + rest;
    return true;
  }
  return false;
}

// The negation of an atom's text, as a drafter would write it.
std::string negated(const std::string& text) {
  const std::string side_tag = text.size() > 2 && text.back() == ')' && text.rfind(" (") != std::string::npos &&
                                       (text.ends_with(" (before)") || text.ends_with(" (after)"))
                                   ? text.substr(text.rfind(" ("))
                                   : "";
  const std::string t = text.substr(0, text.size() - side_tag.size());
  std::string out;
  if (t.starts_with("not ") && t.find(' ', 4) == std::string::npos)
    out = t.substr(4);
  else if (t.ends_with(" is some"))
    out = t.substr(0, t.size() - 8) + " is none";
  else if (auto eq = t.rfind(" == "); eq != std::string::npos && t.find(' ', eq + 4) == std::string::npos)
    out = t.substr(0, eq) + " != " + t.substr(eq + 4);
  else if (comparison_flip(t, out))
    ;
  else if (t.find(' ') == std::string::npos)
    out = "not " + t;
  else
    out = "not (" + t + ")";
  return out + side_tag;
}

std::string verdict_reason(const z3::solver& s) { return "the solver gave up (" + s.reason_unknown() + ")"; }

// Why the solver gave up on a question of compare: Z3 says "canceled" when a call's budget runs
// out, so the budget is named.
std::string verdict_reason(const z3::solver& s, const CompareOptions& options) {
  const std::string why = s.reason_unknown();
  if (why.find("canceled") == std::string::npos && why.find("resource") == std::string::npos &&
      why.find("timeout") == std::string::npos)
    return verdict_reason(s);
  std::string budget = options.rlimit ? std::to_string(options.rlimit) + " resource units per call (--rlimit)" : "";
  if (options.timeout_ms)
    budget += (budget.empty() ? "" : " or ") + std::to_string(options.timeout_ms / 1000) + " s per call (--timeout)";
  if (budget.empty()) return verdict_reason(s);
  return "the solver gave up (" + why + "): its budget is " + budget;
}

// The two solvers every question is put to: `open` over every dataset the declarations allow
// (proofs), `closed` over the bounded universe alone (witnesses that are real data).
struct Models {
  z3::solver open, closed;
  Models(z3::context& c, Universe& u, unsigned rlimit, unsigned timeout_ms) : open(c), closed(c) {
    z3::params params(c);
    // The resource count decides (the same answer on every machine); the clock, when set, is
    // only a safety net.
    if (rlimit) params.set("rlimit", rlimit);
    if (timeout_ms) params.set("timeout", timeout_ms);
    open.set(params);
    closed.set(params);
    for (const auto& b : u.base()) {
      open.add(b);
      closed.add(b);
    }
    for (const auto& b : u.closed()) closed.add(b);
  }
};

}  // namespace

namespace {

// Whether rule `rule` of `before`, with every rule and function it reads, reads only declarations
// `after` has identically at the same indexes: its entity and the entities it iterates or refers
// to (by name and key), the fields it reads (name, type, checks), and every enum.
bool reads_same_declarations(const ir::Program& before, const ir::Program& after, int32_t rule) {
  if (before.enums.size() != after.enums.size()) return false;
  for (size_t i = 0; i < before.enums.size(); ++i)
    if (before.enums[i].name != after.enums[i].name || before.enums[i].members != after.enums[i].members) return false;
  auto same_entity = [&](int32_t e) {
    if (e < 0 || static_cast<size_t>(e) >= before.entities.size() || static_cast<size_t>(e) >= after.entities.size()) return false;
    const ir::Entity& x = before.entities[static_cast<size_t>(e)];
    const ir::Entity& y = after.entities[static_cast<size_t>(e)];
    return x.name == y.name && x.key_field == y.key_field && static_cast<size_t>(x.key_field) < y.fields.size() &&
           x.fields[static_cast<size_t>(x.key_field)].type == y.fields[static_cast<size_t>(y.key_field)].type;
  };
  auto same_field = [&](int32_t e, int32_t f) {
    if (!same_entity(e)) return false;
    const auto& xs = before.entities[static_cast<size_t>(e)].fields;
    const auto& ys = after.entities[static_cast<size_t>(e)].fields;
    if (f < 0 || static_cast<size_t>(f) >= xs.size() || static_cast<size_t>(f) >= ys.size()) return false;
    const ir::Field& u = xs[static_cast<size_t>(f)];
    const ir::Field& v = ys[static_cast<size_t>(f)];
    if (u.name != v.name || !(u.type == v.type) || u.checks.size() != v.checks.size()) return false;
    for (size_t c = 0; c < u.checks.size(); ++c)
      if (u.checks[c].op != v.checks[c].op || u.checks[c].value != v.checks[c].value) return false;
    return u.type.kind != TypeKind::Entity || same_entity(u.type.index);
  };
  std::vector<uint8_t> seen(before.rules.size(), 0);
  std::vector<int32_t> todo = {rule};
  bool same = true;
  while (!todo.empty() && same) {
    const int32_t r = todo.back();
    todo.pop_back();
    if (r < 0 || static_cast<size_t>(r) >= seen.size() || seen[static_cast<size_t>(r)]) continue;
    seen[static_cast<size_t>(r)] = 1;
    const ir::Rule& x = before.rules[static_cast<size_t>(r)];
    same = same_entity(x.entity);
    for (int32_t d : x.depends_on) todo.push_back(d);
    ir::visit_rule_and_calls(before, x, [&](const ir::Expr& e) {
      if (e.op == ir::Op::Field) same = same && same_field(e.entity, e.index);
      else if (e.op == ir::Op::Aggregate) same = same && same_entity(e.entity);
      else if (e.op == ir::Op::RuleRef) todo.push_back(e.index);
    });
  }
  return same;
}

}  // namespace

void CompareCancel::request() {
  std::lock_guard<std::mutex> lock(mutex_);
  requested_.store(true, std::memory_order_release);
  if (current_) current_->interrupt();
}

void CompareCancel::attach(z3::context* context) {
  std::lock_guard<std::mutex> lock(mutex_);
  current_ = context;
  if (current_ && requested_.load(std::memory_order_acquire)) current_->interrupt();
}

namespace {

// While it lives, `cancel` interrupts `context`'s solver calls (CompareCancel).
struct Attached {
  CompareCancel* cancel;
  Attached(CompareCancel* k, z3::context& context) : cancel(k) {
    if (cancel) cancel->attach(&context);
  }
  ~Attached() {
    if (cancel) cancel->attach(nullptr);
  }
  Attached(const Attached&) = delete;
  Attached& operator=(const Attached&) = delete;
};

constexpr const char* kCancelled = "cancelled: the comparison was stopped before it was decided";

}  // namespace

Comparison compare(const ir::Program& before, const ir::Program& after, const CompareOptions& options) {
  Comparison out;
  out.rows = std::max(options.rows, 2);
  // Both programs come from one policy; an amendment that changed the declarations themselves
  // would make their rows different things.
  const bool same_shape = ir::same_schema(before, after);

  std::vector<std::string> names = options.outputs;
  if (names.empty()) {
    for (const auto& r : before.rules)
      if (r.output) names.push_back(r.name);
    for (const auto& r : after.rules)
      if (r.output && std::find(names.begin(), names.end(), r.name) == names.end()) names.push_back(r.name);
  }

  // Each output's answer. Stopped while it was asked about (CompareCancel): what the interrupted
  // calls left is not an answer (an interrupted call reads as the solver giving up); regions
  // found before it stand.
  bool asked = false;  // whether the solver was asked about the current output
  auto finish = [&](OutputComparison&& oc) {
    if (asked && options.cancel && options.cancel->requested() && !oc.complete && oc.verdict != Verdict::Unchanged) {
      if (oc.regions.empty()) oc.verdict = Verdict::Undecided;
      oc.reason = kCancelled;
    }
    out.outputs.push_back(std::move(oc));
  };
  for (const std::string& name : names) {
    asked = false;
    OutputComparison oc;
    oc.output = name;
    const int32_t rb = before.rule_index(name), ra = after.rule_index(name);
    if (rb < 0 || ra < 0) {
      oc.reason = rb < 0 ? "the output exists only after the amendment" : "the amendment repeals the output";
      finish(std::move(oc));
      continue;
    }
    const ir::Rule& rule_b = before.rules[static_cast<size_t>(rb)];
    const ir::Rule& rule_a = after.rules[static_cast<size_t>(ra)];
    oc.citation = rule_a.origin.citation;
    // Declarations that differ (an entity or a field inserted, replaced or repealed) leave a rule
    // that reads none of them computing what it computed: equal fingerprints then prove it
    // unchanged. Anything else over changed declarations is not translated.
    if (!same_shape && rule_b.fingerprint == rule_a.fingerprint && options.where_rule < 0 &&
        options.direction == CompareOptions::Direction::Any && reads_same_declarations(before, after, rb)) {
      oc.verdict = Verdict::Unchanged;
      oc.complete = true;
      finish(std::move(oc));
      continue;
    }
    if (!same_shape || rule_b.entity != rule_a.entity || !(rule_b.type == rule_a.type)) {
      oc.reason = "the amendment changes the declarations the output is computed over (entities, enums or its type)";
      finish(std::move(oc));
      continue;
    }
    if (rule_b.fingerprint == rule_a.fingerprint && options.where_rule < 0 &&
        options.direction == CompareOptions::Direction::Any) {
      // Equal fingerprints compute equal values on equal data, whatever the data.
      oc.verdict = Verdict::Unchanged;
      oc.complete = true;
      finish(std::move(oc));
      continue;
    }
    if (options.cancel && options.cancel->requested()) {
      oc.reason = kCancelled;
      finish(std::move(oc));
      continue;
    }
    // One context per output: a construct outside the model then costs only that output.
    z3::context c;
    const Attached attached(options.cancel.get(), c);
    asked = true;
    try {
      Universe u(c, after, out.rows, options.as_of);
      u.subject_entity = rule_a.entity;
      Translator tb(u, before, "before"), ta(u, after, "after");
      Val vb = tb.rule(rb, 0);
      Val va = ta.rule(ra, 0);
      z3::expr where = c.bool_val(true);
      if (options.where_rule >= 0) where = ta.rule(options.where_rule, 0).v;
      const Type& t = rule_a.type;
      z3::expr eq = c.bool_val(true);
      if (!vb.bits.empty())
        for (size_t k = 0; k < vb.bits.size(); ++k) eq = eq && vb.bits[k] == va.bits[k];
      else
        eq = vb.v == va.v;
      z3::expr differ = (vb.present != va.present) || (vb.present && !eq);
      if (options.direction != CompareOptions::Direction::Any) {
        if (!t.is_numeric() && t.kind != TypeKind::Date) {
          oc.reason = "a direction applies only to an output of an ordered type (a number or a date)";
          finish(std::move(oc));
          continue;
        }
        z3::expr up = vb.present && va.present && va.v > vb.v;
        z3::expr down = vb.present && va.present && va.v < vb.v;
        differ = options.direction == CompareOptions::Direction::Raise ? up : down;
      }
      z3::expr question = differ && where;

      // Atoms: identical texts from the two sides that are different terms get the side named.
      std::vector<Atom> atoms;
      {
        std::map<std::string, std::vector<size_t>> by_text;
        std::set<unsigned> seen;
        for (const Atom& a : u.atoms()) {
          if (!seen.insert(a.e.id()).second) continue;
          by_text[a.text].push_back(atoms.size());
          atoms.push_back(a);
        }
        // Two terms with one text may still mean the same (a Boolean field and a table cell
        // comparing it with true): only atoms the solver can tell apart are named by side.
        std::vector<bool> dropped(atoms.size(), false);
        z3::solver same(c);
        for (const auto& b : u.base()) same.add(b);
        z3::params quick(c);
        // A resource count, not a clock: a wall-clock timeout here fired under load and its
        // cancellation reached the context's other solvers, turning a provable output
        // undecided. The count makes the answer the same on every machine; this question only
        // chooses how conditions are named, so running out of it decides nothing.
        quick.set("rlimit", 20000000u);
        same.set(quick);
        for (auto& [text, idx] : by_text) {
          if (idx.size() < 2) continue;
          std::vector<size_t> distinct;
          for (size_t i : idx) {
            bool known = false;
            for (size_t r : distinct) {
              same.push();
              same.add(atoms[i].e != atoms[r].e);
              known = same.check() == z3::unsat;
              same.pop();
              if (known) break;
            }
            if (known) dropped[i] = true;
            else distinct.push_back(i);
          }
          if (distinct.size() > 1)
            for (size_t i : distinct) {
              atoms[i].text += " (" + atoms[i].side + ")";
              atoms[i].rank = kRankTagged;
            }
        }
        std::vector<Atom> kept;
        for (size_t i = 0; i < atoms.size(); ++i)
          if (!dropped[i]) kept.push_back(atoms[i]);
        atoms = std::move(kept);
        // For a number: whether each branch's value before equals each branch's value after,
        // the comparison a condition on a changed formula needs and the program never makes.
        if (vb.bits.empty() && Universe::is_int_sort(rule_a.type) && rule_a.type.kind != TypeKind::Enum)
          for (const auto& lb : vb.leaves)
            for (const auto& la : va.leaves) {
              if (lb.first == la.first) continue;
              Atom a{lb.second == la.second, lb.first + " == " + la.first, rule_a.origin.citation, kRankCompare, ""};
              if (seen.insert(a.e.id()).second) atoms.push_back(a);
            }
        // Literals about the subject's own fields.
        const ir::Entity& ent = after.entities[static_cast<size_t>(rule_a.entity)];
        for (size_t fi = 0; fi < ent.fields.size(); ++fi) {
          const int32_t f32 = static_cast<int32_t>(fi);
          if (!u.has_field(rule_a.entity, 0, f32)) continue;
          Val v = u.field(rule_a.entity, 0, f32);
          const Type& ft = ent.fields[fi].type;
          if (ft.optional) {
            atoms.push_back(Atom{v.present, v.text + " is some", rule_a.origin.citation, kRankField, ""});
          }
          if (ft.kind == TypeKind::Enum) {
            const auto& members = after.enums[static_cast<size_t>(ft.index)].members;
            for (size_t m = 0; m < members.size(); ++m)
              atoms.push_back(Atom{v.v == static_cast<int>(m), v.text + " == " + members[m], "", kRankField, ""});
          } else if (ft.kind == TypeKind::Set) {
            const auto& members = after.enums[static_cast<size_t>(ft.index)].members;
            for (size_t m = 0; m < members.size(); ++m)
              atoms.push_back(Atom{v.bits[m], members[m] + " in " + v.text, "", kRankField, ""});
          }
        }
      }

      Models models(c, u, options.rlimit, options.timeout_ms);
      z3::solver& open = models.open;
      z3::solver& closed = models.closed;

      open.push();
      open.add(question);
      z3::check_result any = open.check();
      open.pop();
      if (any == z3::unsat) {
        oc.verdict = Verdict::Unchanged;
        oc.complete = true;
        finish(std::move(oc));
        continue;
      }
      if (any == z3::unknown) {
        oc.reason = verdict_reason(open, options);
        finish(std::move(oc));
        continue;
      }

      // Regions: a witness from the bounded (closed) model, generalised to the conjunction of
      // its atoms that the unbounded (open) model proves enough, then blocked.
      std::vector<z3::expr> blocks;
      closed.push();
      closed.add(question);
      std::string stopped;
      while (true) {
        if (static_cast<int>(oc.regions.size()) >= options.max_regions) {
          stopped = "stopped after " + std::to_string(options.max_regions) + " regions (--max-regions)";
          break;
        }
        z3::check_result r = closed.check();
        if (r == z3::unsat) break;
        if (r == z3::unknown) {
          stopped = verdict_reason(closed, options);
          break;
        }
        z3::model m = closed.get_model();
        Region region;
        region.before = format_value(before, t, m, vb);
        region.after = format_value(after, t, m, va);
        const bool exact = t.kind == TypeKind::Enum || t.kind == TypeKind::Bool;
        z3::expr transition = question;
        if (exact) transition = transition && m.eval(vb.v, true) == vb.v && m.eval(va.v, true) == va.v &&
                                m.eval(vb.present, true) == vb.present && m.eval(va.present, true) == va.present;
        // The literals the witness satisfies, strongest preference last.
        std::vector<std::pair<z3::expr, size_t>> lits;
        for (size_t i = 0; i < atoms.size(); ++i) {
          z3::expr val = m.eval(atoms[i].e, true);
          if (val.is_true()) lits.emplace_back(atoms[i].e, i);
          else if (val.is_false()) lits.emplace_back(!atoms[i].e, i);
        }
        // Negative literals go first within a rank: `pattern(p) == OtherUser` reads better than the
        // five `!=` it implies.
        auto order = [&](const std::pair<z3::expr, size_t>& x) {
          return std::make_pair(atoms[x.second].rank, m.eval(atoms[x.second].e, true).is_true() ? 1 : 0);
        };
        std::stable_sort(lits.begin(), lits.end(), [&](const auto& x, const auto& y) { return order(x) < order(y); });
        auto generalise = [&](z3::solver& s, std::vector<bool>& keep) -> bool {
          s.push();
          s.add(!transition);
          z3::expr_vector guards(c);
          std::vector<z3::expr> indicator;
          for (size_t i = 0; i < lits.size(); ++i) {
            z3::expr g = c.bool_const(("lit" + std::to_string(i)).c_str());
            s.add(z3::implies(g, lits[i].first));
            indicator.push_back(g);
          }
          keep.assign(lits.size(), true);
          auto holds = [&]() {
            z3::expr_vector as(c);
            for (size_t i = 0; i < lits.size(); ++i)
              if (keep[i]) as.push_back(indicator[i]);
            return s.check(as) == z3::unsat;
          };
          bool ok = holds();
          if (ok) {
            // Drop what the proof does not need, least preferred first. (Not from an unsat core:
            // a core may hold only the side-tagged atoms, and then the plainer atoms that could
            // replace them would be gone before they are tried.)
            for (size_t i = 0; i < lits.size(); ++i) {
              if (!keep[i]) continue;
              keep[i] = false;
              if (!holds()) keep[i] = true;
            }
          }
          s.pop();
          return ok;
        };
        std::vector<bool> keep;
        region.proved = generalise(open, keep);
        if (!region.proved) {
          // The bounded model cannot prove a region for every input; keep what this witness's
          // own model needs, and say it is known from the witness only.
          closed.pop();
          if (!generalise(closed, keep)) keep.assign(lits.size(), true);
          closed.push();
          closed.add(question);
          for (const auto& b : blocks) closed.add(b);
        }
        z3::expr conj = c.bool_val(true);
        std::set<std::string> cites;
        for (size_t i = 0; i < lits.size(); ++i) {
          if (!keep[i]) continue;
          conj = conj && lits[i].first;
          const Atom& a = atoms[lits[i].second];
          bool positive = m.eval(a.e, true).is_true();
          std::string text = a.text;
          if (!positive) text = negated(text);
          region.condition.push_back(text);
          for (const std::string& one : clauses(a.citation))
            // "where" is the citation of the --where condition, not a clause of the policy.
            if (!(options.where_rule >= 0 && one == "where")) cites.insert(one);
        }
        // The output's own clauses are involved in every region of it.
        for (const std::string& one : clauses(rule_a.origin.citation)) cites.insert(one);
        region.citations.assign(cites.begin(), cites.end());
        region.witness = witness_of(u, after, m);
        region.witness.before = region.before;
        region.witness.after = region.after;
        if (!exact) {
          region.before = "changes";
          region.after = "changes";
        }
        z3::expr block = !conj;
        // A region the whole condition could not stand for still must not come back.
        if (!region.proved) block = block || !transition;
        blocks.push_back(block);
        closed.add(block);
        oc.regions.push_back(std::move(region));
      }
      closed.pop();
      oc.verdict = oc.regions.empty() ? Verdict::Undecided : Verdict::Changes;
      if (oc.regions.empty()) {
        oc.reason = stopped.empty() ? "the unbounded model admits a change (through aggregates or rows outside a "
                                      "bounded search of " + std::to_string(out.rows) +
                                          " rows), but no input of that size shows one"
                                    : stopped;
        finish(std::move(oc));
        continue;
      }
      // Is any change left outside the regions found?
      open.push();
      open.add(question);
      for (const auto& b : blocks) open.add(b);
      z3::check_result rest = open.check();
      open.pop();
      if (rest == z3::unsat) {
        oc.complete = true;
      } else {
        std::string why = stopped.empty() ? "no bounded input of " + std::to_string(out.rows) +
                                                " rows per entity shows a further change, but the unbounded model "
                                                "does not exclude one"
                                          : stopped;
        if (rest == z3::unknown) why += "; " + verdict_reason(open, options);
        oc.reason = "other inputs may change too: " + why;
      }
    } catch (const Unsupported& e) {
      oc.verdict = Verdict::Undecided;
      oc.regions.clear();
      oc.reason = std::string("outside the model: ") + e.what();
    } catch (const z3::exception& e) {
      oc.verdict = Verdict::Undecided;
      oc.regions.clear();
      oc.reason = std::string("the solver failed: ") + e.msg();
    }
    finish(std::move(oc));
  }
  return out;
}


std::vector<int64_t> parameter_dates(const ir::Program& p) {
  std::set<int64_t> dates{first_date()};
  for (const auto& param : p.params)
    for (const auto& v : param.values)
      if (v.from) dates.insert(*v.from);
  return {dates.begin(), dates.end()};
}

namespace {

// One question on one program: `question(universe, translator)` builds the condition whose
// absence is the property; the open model proves the absence, the closed one gives a witness.
// With `any_day`, the day is a term of the question (as_of() and the parameters in force follow
// it), so a proof holds on every date, and a witness is sought on `as_of` first, then on any
// day; without, the question is asked on `as_of` alone.
template <typename Build>
ProofResult prove_absent_on(const ir::Program& p, int32_t entity, int64_t as_of, bool any_day, Build&& build,
                            unsigned rlimit) {
  ProofResult out;
  z3::context c;
  try {
    Universe u(c, p, 3, as_of);
    u.subject_entity = entity;
    z3::expr day = any_day ? c.int_const("day") : c.int_val(as_of);
    std::optional<Translator> translator;
    if (any_day) {
      translator.emplace(u, p, "", day, 1);
      u.base().push_back(day >= c.int_val(first_date()) && day <= c.int_val(last_date()));
    } else {
      translator.emplace(u, p, "");
    }
    Translator& t = *translator;
    z3::expr bad = build(u, t);
    Models models(c, u, rlimit, 0);  // a resource count, not a clock: the same answer on any machine
    z3::solver& open = models.open;
    z3::solver& closed = models.closed;
    open.add(bad);
    z3::check_result r = open.check();
    if (r == z3::unsat) {
      out.kind = ProofResult::Kind::Proved;
      return out;
    }
    closed.add(bad);
    // (A push turns the solver incremental, which is slower: only for a day to prefer.)
    if (any_day) {
      closed.push();
      closed.add(day == c.int_val(as_of));
    }
    z3::check_result w = closed.check();
    if (w != z3::sat && any_day) {
      closed.pop();
      w = closed.check();
    }
    if (w == z3::sat) {
      out.kind = ProofResult::Kind::Witness;
      const z3::model m = closed.get_model();
      out.witness = witness_of(u, p, m);
      if (!m.eval(day, true).is_numeral_i64(out.day)) out.day = as_of;
      return out;
    }
    out.reason = r == z3::unknown || w == z3::unknown
                     ? "the solver gave up within its budget of " + std::to_string(rlimit) + " resource units"
                     : "the unbounded model admits a case that no input of 3 rows per entity shows";
  } catch (const Unsupported& e) {
    out.reason = std::string("outside the model: ") + e.what();
  } catch (const z3::exception& e) {
    out.reason = std::string("the solver failed: ") + e.msg();
  }
  return out;
}

// Whether rule `rule` reads the run's date (as_of()), itself or through what it reads: then what
// it gives can change on any day, not only on the days a parameter changes value.
// With `or_dated_parameter`, also whether it reads a parameter whose value changes on a date:
// whether it can give different values on two days for the same data.
bool reads_as_of(const ir::Program& p, int32_t rule, bool or_dated_parameter = false) {
  std::vector<uint8_t> seen(p.rules.size(), 0);
  std::vector<int32_t> todo{rule};
  bool found = false;
  while (!todo.empty() && !found) {
    const int32_t r = todo.back();
    todo.pop_back();
    if (r < 0 || static_cast<size_t>(r) >= seen.size() || seen[static_cast<size_t>(r)]) continue;
    seen[static_cast<size_t>(r)] = 1;
    const ir::Rule& x = p.rules[static_cast<size_t>(r)];
    ir::visit_rule_and_calls(p, x, [&](const ir::Expr& e) {
      found = found || e.op == ir::Op::AsOf ||
              (or_dated_parameter && (e.op == ir::Op::Param || e.op == ir::Op::Scale) && e.index >= 0 &&
               p.params[static_cast<size_t>(e.index)].values.size() > 1);
    });
    todo.insert(todo.end(), x.depends_on.begin(), x.depends_on.end());
  }
  return found;
}

// One question about rule `rule` on every date. A rule that reads as_of() is asked with the day as a term (on
// calendars of a symbolic day the solver is slower). One that does not gives the same on every
// day of a period in which no parameter changes value, so it is asked once per period, on the
// day of the period nearest `as_of` (the period holding `as_of` first): the witness of the
// earliest question that has one, Proved when every period is, else undecided.
template <typename Build>
ProofResult prove_absent(const ir::Program& p, int32_t rule, int64_t as_of, Build&& build,
                         unsigned rlimit = kDefaultRlimit) {
  const int32_t entity = p.rules[static_cast<size_t>(rule)].entity;
  // Each period is asked on its first day (the solver is quicker there than on a day of the
  // calendar's middle, for reasons of its own); a witness is given the day of the period nearest
  // `as_of`, which gives the same.
  const std::vector<int64_t> starts = parameter_dates(p);
  std::vector<std::pair<int64_t, int64_t>> days;  // (asked on, reported)
  for (size_t i = 0; i < starts.size(); ++i) {
    const int64_t hi = i + 1 < starts.size() ? starts[i + 1] - 1 : last_date();
    days.emplace_back(starts[i], std::clamp(as_of, starts[i], hi));
  }
  std::stable_partition(days.begin(), days.end(), [&](const auto& d) { return d.second == as_of; });
  ProofResult undecided;
  bool proved = true;
  for (const auto& [asked, reported] : days) {
    ProofResult r = prove_absent_on(p, entity, asked, false, build, rlimit);
    if (r.kind == ProofResult::Kind::Witness) {
      r.day = reported;
      return r;
    }
    if (r.kind == ProofResult::Kind::Undecided && proved) {
      undecided = std::move(r);
      proved = false;
    }
  }
  // A program that reads as_of() may differ on days between those asked: what they did not
  // show is asked again with the day as a term (slower, so only then).
  if (reads_as_of(p, rule)) return prove_absent_on(p, entity, as_of, true, build, rlimit);
  if (proved) return {ProofResult::Kind::Proved, {}, {}, 0};
  return undecided;
}

}  // namespace

ProofResult never_for_only(const ir::Program& p, int32_t rule, int32_t field, int32_t member, int64_t as_of) {
  const ir::Rule& r = p.rules[static_cast<size_t>(rule)];
  return prove_absent(p, rule, as_of, [&](Universe& u, Translator& t) {
    Val v = t.rule(rule, 0);
    Val set = u.field(r.entity, 0, field);
    z3::expr only = u.ctx().bool_val(true);
    for (size_t k = 0; k < set.bits.size(); ++k) only = only && (static_cast<int32_t>(k) == member ? set.bits[k] : !set.bits[k]);
    return set.present && only && v.present && v.v;
  });
}

ProofResult exception_constant(const ir::Program& p, int32_t rule, int32_t exception, bool holds, int64_t as_of) {
  const ir::Rule& r = p.rules[static_cast<size_t>(rule)];
  const ir::Exception& x = r.exceptions[static_cast<size_t>(exception)];
  return prove_absent(p, rule, as_of, [&](Universe&, Translator& t) {
    Val c = t.expression_of(rule, *x.condition, 0);
    z3::expr applies = c.present && c.v;
    // The counter-example sought: a row where it applies (for `never`) or does not (`always`).
    return holds ? !applies : applies;
  }, kCheckRlimit);
}

ProofResult siblings_agree(const ir::Program& p, int32_t rule, int32_t first, int32_t second, int64_t as_of) {
  return prove_absent(p, rule, as_of, [&](Universe&, Translator& t) {
    return t.siblings_disagree(rule, static_cast<size_t>(first), static_cast<size_t>(second), 0);
  }, kCheckRlimit);
}

ProofResult table_complete(const ir::Program& p, int32_t rule, int32_t first, int32_t second, int64_t as_of) {
  const ir::Rule& r = p.rules[static_cast<size_t>(rule)];
  if (!r.table) return {ProofResult::Kind::Undecided, "the rule has no decision table", {}};
  return prove_absent(p, rule, as_of, [&](Universe&, Translator& t) {
    return t.table_fault(rule, first, second, 0);
  }, kCheckRlimit);
}

namespace {

// The reads of rules in `e` that happen whenever `e` is evaluated (`top`) or only on some path
// (under a branch of `if`, `match` or `??`, the right of `and` and `or`, an aggregate's value
// or filter): the structural first pass of dead_rules.
void structural_reads(const ir::Expr* e, bool top, std::vector<std::pair<int32_t, bool>>& out) {
  if (!e) return;
  if (e->op == ir::Op::RuleRef) out.emplace_back(e->index, top);
  const bool branches = e->op == ir::Op::If || e->op == ir::Op::Match || e->op == ir::Op::Coalesce ||
                        e->op == ir::Op::And || e->op == ir::Op::Or;
  for (size_t i = 0; i < e->args.size(); ++i) structural_reads(e->args[i].get(), top && (!branches || i == 0), out);
  if (e->agg) {
    structural_reads(e->agg->value.get(), false, out);
    structural_reads(e->agg->order.get(), false, out);
    structural_reads(e->agg->filter.get(), false, out);
    structural_reads(e->agg->inner_key.get(), false, out);
    structural_reads(e->agg->outer_key.get(), top, out);
    structural_reads(e->agg->correlated_filter.get(), false, out);
  }
}

}  // namespace

std::vector<DeadRule> dead_rules(const ir::Program& p, const std::vector<int32_t>& roots, int64_t as_of) {
  const size_t n = p.rules.size();
  // What the roots reach, and who reads what: at the top of a body (whenever the reader is
  // evaluated, no proof needed) or only on some path.
  std::vector<uint8_t> reached(n, 0), live(n, 0);
  std::vector<int32_t> todo;
  for (int32_t r : roots)
    if (r >= 0 && static_cast<size_t>(r) < n && !reached[static_cast<size_t>(r)]) {
      reached[static_cast<size_t>(r)] = live[static_cast<size_t>(r)] = 1;
      todo.push_back(r);
    }
  struct Reader {
    int32_t rule;
    bool top;
  };
  std::vector<std::vector<Reader>> readers(n);
  bool conditional = false;
  while (!todo.empty()) {
    const int32_t r = todo.back();
    todo.pop_back();
    const ir::Rule& rule = p.rules[static_cast<size_t>(r)];
    std::vector<std::pair<int32_t, bool>> reads;
    // A table's inputs are evaluated whenever the rule is; its cells and outcomes on a row's
    // match; exceptions when their parents apply. What functions read counts as conditional.
    structural_reads(rule.body.get(), true, reads);
    if (rule.table) {
      for (const auto& in : rule.table->inputs) structural_reads(in.get(), true, reads);
      for (const auto& row : rule.table->rows) {
        for (const auto& cell : row.cells) structural_reads(cell.get(), false, reads);
        structural_reads(row.outcome.get(), false, reads);
      }
    }
    for (const auto& x : rule.exceptions) {
      structural_reads(x.condition.get(), false, reads);
      structural_reads(x.value.get(), false, reads);
    }
    for (int32_t d : rule.depends_on) reads.emplace_back(d, false);
    for (const auto& [d, at_top] : reads) {
      if (d < 0 || static_cast<size_t>(d) >= n) continue;
      auto& list = readers[static_cast<size_t>(d)];
      auto it = std::find_if(list.begin(), list.end(), [&](const Reader& x) { return x.rule == r; });
      if (it == list.end()) list.push_back({r, at_top});
      else it->top = it->top || at_top;
      if (!reached[static_cast<size_t>(d)]) {
        reached[static_cast<size_t>(d)] = 1;
        todo.push_back(d);
      }
    }
  }
  for (size_t r = 0; r < n; ++r)
    for (const Reader& x : readers[r]) conditional = conditional || !x.top;
  if (!conditional) return {};  // every read is made whenever its reader is evaluated

  std::vector<DeadRule> out;
  try {
    z3::context c;
    Universe u(c, p, 3, as_of);
    // The day is a term: a read is used if some input on some day reaches it.
    z3::expr day = c.int_const("day");
    Translator t(u, p, "", day, 1);
    u.base().push_back(day >= c.int_val(first_date()) && day <= c.int_val(last_date()));
    std::vector<Translator::Read> recorded;
    t.record_reads(&recorded);
    z3::solver open(c);
    z3::params params(c);
    // A path that no input takes is usually shown so quickly (a field's check, a contradiction);
    // one some input takes can cost the solver a model of every rule translated. So each
    // question has a fiftieth of check's budget, and after kMaxQuestions the rest count as used.
    params.set("rlimit", kCheckRlimit / 50);
    open.set(params);
    constexpr size_t kMaxQuestions = 64;
    size_t questions = 0;
    size_t synced = 0;  // the universe's constraints already in the solver
    // A reader is translated when first asked about (the reads it makes, with their paths); a
    // reader the model cannot translate uses everything it reads.
    std::vector<uint8_t> opaque(n, 0), translated(n, 0);
    // Beyond this many readers (a generated policy of thousands of branching rules), the rest
    // count as using all they read: check stays quick, and claims nothing it did not prove.
    constexpr size_t kMaxReaders = 2000;
    size_t readers_translated = 0;
    auto translate = [&](int32_t reader) {
      if (translated[static_cast<size_t>(reader)]) return;
      translated[static_cast<size_t>(reader)] = 1;
      if (++readers_translated > kMaxReaders) {
        opaque[static_cast<size_t>(reader)] = 1;
        return;
      }
      try {
        t.rule(reader, 0);
      } catch (const Unsupported&) {
        opaque[static_cast<size_t>(reader)] = 1;
      }
    };
    std::vector<int8_t> possible;
    auto satisfiable = [&](size_t i) {
      possible.resize(recorded.size(), -1);
      if (possible[i] < 0 && ++questions > kMaxQuestions) possible[i] = 1;
      if (possible[i] < 0) {
        // What the values can be, but not the exclusion of inputs on which some rule stops with
        // an error: a path is then asked about over more inputs, which can only make a read
        // count as used (sound for "dead"), and the solver need not satisfy every rule at once.
        for (; synced < u.base().size(); ++synced)
          if (!u.excludes_error(synced)) open.add(u.base()[synced]);
        open.push();
        open.add(recorded[i].guard);
        possible[i] = open.check() == z3::unsat ? 0 : 1;  // unknown: taken as possible
        open.pop();
      }
      return possible[i] == 1;
    };
    // Whether `reader` uses `cand` on a path some input takes: every RuleRef of it in the reader
    // (and the functions it calls) must have been translated, and each translation's path is
    // asked about.
    auto used_by = [&](int32_t cand, const Reader& reader) {
      if (reader.top) return true;
      translate(reader.rule);
      if (opaque[static_cast<size_t>(reader.rule)]) return true;
      bool any_node = false, used = false;
      ir::visit_rule_and_calls(p, p.rules[static_cast<size_t>(reader.rule)], [&](const ir::Expr& e) {
        if (used || e.op != ir::Op::RuleRef || e.index != cand) return;
        any_node = true;
        bool seen = false;
        for (size_t i = 0; i < recorded.size() && !used; ++i) {
          if (recorded[i].at != &e || recorded[i].reader != reader.rule) continue;
          seen = true;
          used = satisfiable(i);
        }
        if (!seen) used = true;  // not translated (an aggregate's rows outside the model): a use
      });
      return used || !any_node;  // read only through a function's own reads: a use
    };
    for (bool changed = true; changed;) {
      changed = false;
      for (size_t cand = 0; cand < n; ++cand) {
        if (!reached[cand] || live[cand]) continue;
        for (const Reader& reader : readers[cand])
          if (live[static_cast<size_t>(reader.rule)] && used_by(static_cast<int32_t>(cand), reader)) {
            live[cand] = 1;
            changed = true;
            break;
          }
      }
    }
    for (size_t cand = 0; cand < n; ++cand) {
      if (!reached[cand] || live[cand]) continue;
      DeadRule d;
      d.rule = static_cast<int32_t>(cand);
      for (const Reader& reader : readers[cand])
        ir::visit_rule_and_calls(p, p.rules[static_cast<size_t>(reader.rule)], [&](const ir::Expr& e) {
          if (e.op == ir::Op::RuleRef && e.index == static_cast<int32_t>(cand)) d.reads.emplace_back(reader.rule, e.loc);
        });
      out.push_back(std::move(d));
    }
  } catch (const z3::exception&) {
    return {};  // no claim
  }
  return out;
}

namespace {

// A witness within twenty years of the as-of date reads as a plausible history (the proof, the
// open model, has no such bound): the day and every date of the universe's rows.
z3::expr within_twenty_years(Universe& u, z3::context& c, const z3::expr& day, int64_t as_of) {
  constexpr int64_t kWindow = 20 * 366;
  z3::expr near = day >= c.int_val(as_of - kWindow) && day <= c.int_val(as_of + kWindow);
  for (const z3::expr& d : u.date_fields()) near = near && d >= c.int_val(as_of - kWindow) && d <= c.int_val(as_of + kWindow);
  return near;
}

// Keeps the preference `make()` builds when the witness can have it (the solver's model so far
// stays otherwise). Built after the push, as the witnesses in the goldens were found: Z3's search,
// and so the witness, follows the order in which terms are made.
template <typename Make>
void prefer(z3::solver& closed, Make make) {
  closed.push();
  closed.add(make());
  if (closed.check() != z3::sat) closed.pop();
}

// A day in the five years up to `as_of`, if the witness can have one.
void prefer_recent_day(z3::solver& closed, z3::context& c, const z3::expr& day, int64_t as_of) {
  prefer(closed, [&] { return day <= c.int_val(as_of) && day >= c.int_val(as_of - 5 * 366); });
}

// As few rows as will do: each row the solver can do without is dropped (the subject's own row
// stays). False when the solver gives up on the result.
bool fewest_rows(z3::solver& closed, Universe& u, int32_t subject) {
  for (int32_t entity : u.entities_used())
    for (int j = u.rows() - 1; j >= 0; --j)
      if (entity != subject || j != 0) prefer(closed, [&] { return !u.exists(entity, j); });
  return closed.check() == z3::sat;
}

// A witness from the closed model: its rows and its day.
void take_witness(ProofResult& out, Universe& u, const ir::Program& p, const z3::model& m, const z3::expr& day) {
  out.kind = ProofResult::Kind::Witness;
  out.witness = witness_of(u, p, m);
  m.eval(day, true).is_numeral_i64(out.day);
}

// A `date?` term's value in a model: none when absent.
std::optional<int64_t> model_date(const z3::model& m, const Val& v) {
  int64_t d = 0;
  if (!m.eval(v.present, true).is_true() || !m.eval(v.v, true).is_numeral_i64(d)) return std::nullopt;
  return d;
}

std::string bounded_search_reason(z3::check_result proof, z3::check_result found, int64_t as_of) {
  return proof == z3::unknown || found == z3::unknown
             ? "the solver gave up"
             : "no history of up to 3 rows per entity with dates within twenty years of " + format_date(as_of) +
                   " has one (a bounded search, not a proof: longer histories were not searched)";
}

}  // namespace

DeadlineResult unmeetable_deadline(const ir::Program& p, int32_t rule, int64_t as_of, bool moved_kind) {
  const ir::Rule& r = p.rules[static_cast<size_t>(rule)];
  DeadlineResult out;
  if (!r.is_deadline()) {
    out.reason = "the obligation has no due date";
    return out;
  }
  // A due date that reads neither the day nor a parameter that changes on a date is the same on
  // every day for the same data: it cannot move.
  if (moved_kind && !reads_as_of(p, r.due_rule, true)) {
    out.kind = ProofResult::Kind::Proved;
    return out;
  }
  z3::context c;
  try {
    Universe u(c, p, 3, as_of);
    u.subject_entity = r.entity;
    z3::expr day = c.int_const("day");
    Translator on(u, p, "", day, 1), before(u, p, "", day - 1, 2);
    Val now = on.rule(rule, 0), then = before.rule(rule, 0), due = on.rule(r.due_rule, 0);
    // The due date the day before, only for the question that needs it (translating it adds the
    // calendar of a second day, which slows the solver on the other question).
    std::optional<Val> due_then;
    if (moved_kind) due_then = before.rule(r.due_rule, 0);
    u.base().push_back(day > c.int_val(first_date()) && day <= c.int_val(last_date()));
    // It applies on `day` and is due before `day`, and either it did not apply the day before
    // (it arises late), or it did, with no due date or one not yet passed on `day` (a fact of
    // `day` moved its due date into the past).
    z3::expr bad = now.present && now.v && !(then.present && then.v) && due.present && due.v < day;
    if (due_then)
      bad = now.present && now.v && then.present && then.v && due.present && due.v < day &&
            !(due_then->present && due_then->v < day);
    const z3::expr near = within_twenty_years(u, c, day, as_of);
    // A moved deadline relates the due dates of two days, which the solver finds harder: check's
    // smaller budget, so that a question it cannot settle costs seconds, not minutes.
    const unsigned rlimit = moved_kind ? kCheckRlimit : kDefaultRlimit;
    Models models(c, u, rlimit, 0);  // a resource count: the same answer on any machine
    z3::solver& closed = models.closed;
    // A moved deadline is sought first (a witness is the likelier answer, and the search the
    // cheaper), with twice check's budget; then the proof, with check's.
    z3::check_result found = z3::unknown;
    if (moved_kind) {
      z3::params wider(c);
      wider.set("rlimit", 2 * kCheckRlimit);
      closed.set(wider);
      closed.add(bad && near);
      found = closed.check();
    }
    z3::check_result proof = z3::unknown;
    if (found != z3::sat) {
      models.open.add(bad);
      proof = models.open.check();
      if (proof == z3::unsat) {
        out.kind = ProofResult::Kind::Proved;
        return out;
      }
    }
    if (!moved_kind) {
      closed.add(bad && near);
      found = closed.check();
    }
    if (found != z3::sat) {
      out.reason = bounded_search_reason(proof, found, as_of);
      return out;
    }
    // The plainest witness: the deadline passed at most a month before the duty arose if that
    // can be, then a recent day and as few rows as will do. Not for a moved deadline, whose every
    // further question is as costly as the first.
    if (!moved_kind) {
      prefer(closed, [&] { return day - due.v <= 31; });
      prefer_recent_day(closed, c, day, as_of);
      if (!fewest_rows(closed, u, r.entity)) {
        out.reason = "the solver gave up";
        return out;
      }
    }
    const z3::model m = closed.get_model();
    take_witness(out, u, p, m, day);
    m.eval(due.v, true).is_numeral_i64(out.due);
    out.moved = moved_kind;
    if (due_then) out.due_before = model_date(m, *due_then);
  } catch (const Unsupported& e) {
    out.reason = std::string("outside the model: ") + e.what();
  } catch (const z3::exception& e) {
    out.reason = std::string("the solver failed: ") + e.msg();
  }
  return out;
}

ConflictResult conflicting_duties(const ir::Program& p, int32_t required, int32_t forbidden, int64_t as_of) {
  const ir::Rule& req = p.rules[static_cast<size_t>(required)];
  const ir::Rule& forb = p.rules[static_cast<size_t>(forbidden)];
  ConflictResult out;
  // A requirement with no deadline can be met whenever the prohibition ends or stops applying:
  // nothing the facts of one day show can make the two irreconcilable.
  if (!req.is_deadline() || req.duty != Duty::Requires || forb.duty != Duty::Forbids || req.act != forb.act ||
      req.entity != forb.entity) {
    out.kind = ProofResult::Kind::Proved;
    return out;
  }
  z3::context c;
  try {
    Universe u(c, p, 3, as_of);
    u.subject_entity = req.entity;
    z3::expr day = c.int_const("day");
    Translator on(u, p, "", day, 1);
    Val must = on.rule(required, 0), mustnt = on.rule(forbidden, 0), due = on.rule(req.due_rule, 0);
    std::optional<Val> until;
    if (forb.due_rule >= 0) until = on.rule(forb.due_rule, 0);
    u.base().push_back(day > c.int_val(first_date()) && day <= c.int_val(last_date()));
    // Both apply on `day`, the deadline is not yet passed, and the act is forbidden on every day
    // from `day` to the deadline: the prohibition has no end, or ends after the deadline.
    z3::expr lasts = until ? (!until->present || until->v > due.v) : c.bool_val(true);
    z3::expr bad = must.present && must.v && mustnt.present && mustnt.v && due.present && due.v >= day && lasts;
    const z3::expr near = within_twenty_years(u, c, day, as_of);
    Models models(c, u, kCheckRlimit, 0);  // a resource count: the same answer on any machine
    models.open.add(bad);
    const z3::check_result proof = models.open.check();
    if (proof == z3::unsat) {
      out.kind = ProofResult::Kind::Proved;
      return out;
    }
    z3::solver& closed = models.closed;
    closed.add(bad && near);
    const z3::check_result found = closed.check();
    if (found != z3::sat) {
      out.reason = bounded_search_reason(proof, found, as_of);
      return out;
    }
    // The plainest witness: a recent day, dates in the two years up to it (a history that has
    // happened by then), as few rows as will do.
    prefer_recent_day(closed, c, day, as_of);
    prefer(closed, [&] {
      z3::expr recent = c.bool_val(true);
      for (const z3::expr& d : u.date_fields()) recent = recent && d <= day && d >= day - 2 * 366;
      return recent;
    });
    if (!fewest_rows(closed, u, req.entity)) {
      out.reason = "the solver gave up";
      return out;
    }
    const z3::model m = closed.get_model();
    take_witness(out, u, p, m, day);
    m.eval(due.v, true).is_numeral_i64(out.due);
    if (until) out.until = model_date(m, *until);
  } catch (const Unsupported& e) {
    out.reason = std::string("outside the model: ") + e.what();
  } catch (const z3::exception& e) {
    out.reason = std::string("the solver failed: ") + e.msg();
  }
  return out;
}

}  // namespace redline::analysis
