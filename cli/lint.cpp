// Static analysis for `redline check`: warnings that point at a likely mistake in a policy or an
// amendment, each with a location and, where it depends on data, a concrete example input.
//
// The data-dependent checks (exceptions that never or always apply, obligations a role escapes)
// run the policy itself, with the ordinary evaluator, over generated cases: every combination of
// each field's boundary values (enum members, bools, the constants the policy compares with and
// their neighbours, none). A warning therefore names a case the reader can check by hand.
#include "cli/lint.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "runtime/evaluator.h"
#include "runtime/writers.h"
#include "types/values.h"

namespace redline::cli {

namespace {

using support::Diag;

constexpr size_t kMaxCases = 60000;
// Cases times rules evaluated: every rule the checks need costs a column of the cases, so a
// policy of thousands of rules gets fewer cases (a sample) rather than gigabytes and seconds.
constexpr size_t kMaxCells = 6'000'000;

void constants(const ir::Program& p, const ir::Rule& r, std::set<int64_t>& ints, std::set<int64_t>& dates,
               std::set<int64_t>& sets) {
  ir::visit_rule(r, [&](const ir::Expr& e) {
    if (e.op == ir::Op::Literal && !e.is_none) {
      if (e.type.kind == TypeKind::Int || e.type.kind == TypeKind::Decimal) ints.insert(e.literal);
      if (e.type.kind == TypeKind::Date) dates.insert(e.literal);
      if (e.type.kind == TypeKind::Set) sets.insert(e.literal);
    }
    if (e.op == ir::Op::Param)
      for (auto& v : p.params[static_cast<size_t>(e.index)].values) {
        if (p.params[static_cast<size_t>(e.index)].type.kind == TypeKind::Date) dates.insert(v.value);
        else ints.insert(v.value);
      }
  });
}

bool check_passes(const ir::Field& f, int64_t v) {
  for (auto& c : f.checks) {
    bool ok = c.op == ir::CheckOp::Lt   ? v < c.value
              : c.op == ir::CheckOp::Le ? v <= c.value
              : c.op == ir::CheckOp::Gt ? v > c.value
              : c.op == ir::CheckOp::Ge ? v >= c.value
              : c.op == ir::CheckOp::Eq ? v == c.value
                                        : v != c.value;
    if (!ok) return false;
  }
  return true;
}

// Generated cases: one table per entity, rows = combinations of each field's boundary values.
struct Cases {
  std::vector<runtime::Table> tables;
  std::deque<std::string> texts;
  std::vector<uint8_t> sampled;  // per entity: the cases are a sample of the combinations, not all
};

// The constants come from `rules` only (those the checks evaluate); at most `max_rows` cases.
Cases generate(const ir::Program& p, const std::vector<int32_t>& rules, size_t max_rows) {
  std::set<int64_t> ints, dates, sets;
  for (int32_t r : rules) constants(p, p.rules[static_cast<size_t>(r)], ints, dates, sets);
  Cases out;
  out.tables.resize(p.entities.size());
  out.sampled.resize(p.entities.size());
  for (size_t ei = 0; ei < p.entities.size(); ++ei) {
    const ir::Entity& ent = p.entities[ei];
    std::vector<std::vector<std::pair<bool, int64_t>>> domains;  // (present, value)
    for (size_t fi = 0; fi < ent.fields.size(); ++fi) {
      const ir::Field& f = ent.fields[fi];
      std::vector<std::pair<bool, int64_t>> d;
      auto add = [&](int64_t v) {
        if (check_passes(f, v) && std::find(d.begin(), d.end(), std::pair<bool, int64_t>{true, v}) == d.end())
          d.push_back({true, v});
      };
      if (static_cast<int32_t>(fi) == ent.key_field) {
        d.push_back({true, 0});  // keys are numbered per row below
      } else {
        switch (f.type.kind) {
          case TypeKind::Bool: add(0); add(1); break;
          case TypeKind::Enum:
            for (size_t m = 0; m < p.enums[static_cast<size_t>(f.type.index)].members.size(); ++m) add(static_cast<int64_t>(m));
            break;
          case TypeKind::Set: {
            size_t n = p.enums[static_cast<size_t>(f.type.index)].members.size();
            add(0);
            for (size_t m = 0; m < n; ++m) add(int64_t{1} << m);
            add(static_cast<int64_t>(n >= 64 ? ~uint64_t{0} : (uint64_t{1} << n) - 1));
            for (int64_t s : sets) add(s);
            break;
          }
          case TypeKind::Int:
          case TypeKind::Decimal: {
            int64_t scale = f.type.kind == TypeKind::Decimal ? kDecimalScale : 1;
            add(0);
            for (auto& c : f.checks) add(c.value);
            for (int64_t c : ints) {
              int64_t v = f.type.kind == TypeKind::Decimal && c % kDecimalScale != 0 ? c : c * (scale == 1 ? 1 : 1);
              add(v);
              add(v - 1);
              add(v + 1);
            }
            break;
          }
          case TypeKind::Date:
            add(0);
            for (auto& c : f.checks) add(c.value), add(c.value - 1), add(c.value + 1);
            for (int64_t c : dates) add(c), add(c - 1), add(c + 1);
            break;
          case TypeKind::Text: add(0); break;
          case TypeKind::Entity: add(0); break;  // the first generated row
          default: add(0); break;
        }
      }
      // Checks can rule out every boundary value we tried; then any value the checks accept.
      for (auto& c : f.checks)
        for (int64_t v : {c.value, c.value - 1, c.value + 1})
          if (d.empty()) add(v);
      if (f.type.optional) d.push_back({false, 0});
      if (d.empty()) d.push_back({true, 0});
      domains.push_back(std::move(d));
    }
    size_t total = 1;
    for (auto& d : domains) total = std::min<size_t>(total * std::max<size_t>(1, d.size()), SIZE_MAX / 64);
    size_t rows = std::min(total, max_rows);
    out.sampled[ei] = rows < total;
    runtime::Table& t = out.tables[ei];
    t.entity = static_cast<int32_t>(ei);
    t.source = "generated cases";
    t.rows = rows;
    uint64_t seed = 0x9e3779b97f4a7c15ULL;
    for (size_t fi = 0; fi < ent.fields.size(); ++fi) {
      runtime::Column c;
      c.type = ent.fields[fi].type;
      if (c.type.kind == TypeKind::Text) c.texts.assign(rows, std::string_view());
      else c.values.assign(rows, 0);
      if (c.type.optional) c.present.assign(rows, 1);
      t.columns.push_back(std::move(c));
    }
    // A sample starts with rows that give every field each of its values at least once (row r
    // takes value r mod n of a field of n values), so that no single boundary goes untried; when
    // some field has more values than that (thousands of constants), half the sample goes to
    // its first values (0, its checks, the smallest constants) and half to random combinations.
    size_t widest = 0;
    for (auto& d : domains) widest = std::max(widest, d.size());
    size_t covering = total <= rows ? 0 : widest <= rows ? widest : rows / 2;
    for (size_t r = 0; r < rows; ++r) {
      // Every combination when they fit; otherwise a deterministic sample of them.
      size_t index = r;
      if (total > rows && r >= covering) {
        seed ^= seed << 13, seed ^= seed >> 7, seed ^= seed << 17;
        index = static_cast<size_t>(seed % total);
      }
      for (size_t fi = 0; fi < ent.fields.size(); ++fi) {
        auto& d = domains[fi];
        auto [present, v] = d[(r < covering ? r : index) % d.size()];
        index /= d.size();
        runtime::Column& c = t.columns[fi];
        if (static_cast<int32_t>(fi) == ent.key_field) {
          std::string& key = out.texts.emplace_back(fmt::format("case{}", r + 1));
          if (c.type.kind == TypeKind::Text) c.texts[r] = key;
          else c.values[r] = static_cast<int64_t>(r + 1);
          t.key_index.emplace(key, static_cast<uint32_t>(r));
          continue;
        }
        if (!present) {
          c.present[r] = 0;
          continue;
        }
        if (c.type.kind == TypeKind::Text) c.texts[r] = "";
        else c.values[r] = v;
      }
    }
  }
  return out;
}

std::string describe_case(const ir::Program& p, const runtime::Table& t, size_t row) {
  const ir::Entity& ent = p.entities[static_cast<size_t>(t.entity)];
  std::string out;
  for (size_t fi = 0; fi < ent.fields.size(); ++fi) {
    if (static_cast<int32_t>(fi) == ent.key_field) continue;
    const runtime::Column& c = t.columns[fi];
    std::string v;
    if (!c.is_present(row)) v = "none";
    else if (c.type.kind == TypeKind::Entity) v = "another " + p.entities[static_cast<size_t>(c.type.index)].name;
    else if (c.type.kind == TypeKind::Set) v = "{" + runtime::format_value(p, c, row) + "}";
    else if (c.type.kind == TypeKind::Text) v = "\"" + runtime::format_value(p, c, row) + "\"";
    else v = runtime::format_value(p, c, row);
    for (auto& ch : v)
      if (ch == ';') ch = ',';
    out += fmt::format("{}{} = {}", out.empty() ? "" : ", ", ent.fields[fi].name, v);
  }
  return out;
}

void unused_rules(const ir::Program& p, support::DiagnosticEngine& diags) {
  std::vector<int32_t> outputs;
  for (size_t i = 0; i < p.rules.size(); ++i)
    if (p.rules[i].output) outputs.push_back(static_cast<int32_t>(i));
  if (outputs.empty()) return;
  std::vector<int32_t> used = runtime::closure(p, outputs);
  std::set<int32_t> used_set(used.begin(), used.end());
  for (size_t i = 0; i < p.rules.size(); ++i)
    if (!used_set.count(static_cast<int32_t>(i)))
      diags.report(Diag::UnusedRule, p.rules[i].origin.loc,
                   fmt::format("rule '{}' is not used by any output; mark it 'output' or remove it", p.rules[i].name),
                   static_cast<uint32_t>(p.rules[i].name.size()));
}

// `x > T` and `x < T` in one rule with nothing for `x == T`: the value at the threshold falls through.
void threshold_fallthrough(const ir::Program& p, support::DiagnosticEngine& diags) {
  for (const auto& r : p.rules) {
    std::map<std::pair<int64_t, int64_t>, std::pair<int, const ir::Expr*>> seen;  // (threshold, side) -> ops
    ir::visit_rule(r, [&](const ir::Expr& node) {
      const ir::Expr* e = &node;
      bool cmp = e->op == ir::Op::Lt || e->op == ir::Op::Gt || e->op == ir::Op::Le || e->op == ir::Op::Ge ||
                 e->op == ir::Op::Eq;
      if (!cmp || e->args.size() != 2) return;
      const ir::Expr* c = e->args[1].get();
      const ir::Expr* x = e->args[0].get();
      int flip = 0;
      auto is_const = [](const ir::Expr* k) { return k->op == ir::Op::Literal || k->op == ir::Op::Param; };
      if (!is_const(c) && is_const(x)) std::swap(c, x), flip = 1;
      if (!is_const(c)) return;
      int64_t key = c->op == ir::Op::Param ? -1 - c->index : c->literal;
      int64_t subject = static_cast<int64_t>(x->op) * 1000003 + x->index * 31 + x->slot;
      int bit = 0;
      ir::Op op = e->op;
      if (flip) op = op == ir::Op::Lt ? ir::Op::Gt : op == ir::Op::Gt ? ir::Op::Lt : op == ir::Op::Le ? ir::Op::Ge : op == ir::Op::Ge ? ir::Op::Le : op;
      switch (op) {
        case ir::Op::Lt: bit = 1; break;
        case ir::Op::Gt: bit = 2; break;
        default: bit = 4; break;  // <=, >=, == cover the threshold itself
      }
      auto& entry = seen[{key, subject}];
      entry.first |= bit;
      if (!entry.second) entry.second = e;
    });
    for (auto& [k, v] : seen) {
      if (v.first != 3) continue;
      const ir::Expr* e = v.second;
      const ir::Expr* c = e->args[1]->op == ir::Op::Literal || e->args[1]->op == ir::Op::Param ? e->args[1].get() : e->args[0].get();
      std::string value = c->op == ir::Op::Param ? p.params[static_cast<size_t>(c->index)].name
                                                 : runtime::format_scalar(p, c->type, c->literal);
      diags.report(Diag::ThresholdFallthrough, e->loc,
                   fmt::format("rule '{}' tests '< {}' and '> {}' but nothing covers a value exactly at {}; "
                               "say which side it belongs to with '<=' or '>='",
                               r.name, value, value, value),
                   1);
    }
  }
}

void data_checks(const ir::Program& p, support::DiagnosticEngine& diags) {
  // Only rules with exceptions and obligations are checked; they, and what they read, are run.
  std::vector<int32_t> checked, kept;
  for (size_t i = 0; i < p.rules.size(); ++i) {
    const ir::Rule& r = p.rules[i];
    if (r.exceptions.empty() && r.kind != ir::RuleKind::Obligation) continue;
    checked.push_back(static_cast<int32_t>(i));
    // The probe of an exception's condition reads the columns the rule reads.
    kept.insert(kept.end(), r.depends_on.begin(), r.depends_on.end());
  }
  if (checked.empty()) return;
  std::vector<int32_t> needed = runtime::closure(p, checked);
  Cases cases = generate(p, needed, std::clamp<size_t>(kMaxCells / std::max<size_t>(needed.size(), 1), 1, kMaxCases));
  runtime::EvalOptions eo;
  eo.as_of = 0;
  eo.threads = 1;
  eo.release_unneeded = true;
  eo.keep = std::move(kept);
  runtime::Results results;
  try {
    results = runtime::evaluate(p, cases.tables, eo, checked);
  } catch (const runtime::EvalError&) {
    return;  // a generated case the policy cannot evaluate says nothing about real data
  } catch (const std::exception&) {
    return;
  }
  runtime::Probe probe(p, cases.tables, eo, results);
  for (int32_t checked_rule : checked) {
    size_t ri = static_cast<size_t>(checked_rule);
    const ir::Rule& r = p.rules[ri];
    const runtime::Table& t = cases.tables[static_cast<size_t>(r.entity)];
    if (t.rows == 0) continue;
    std::string cases_said = cases.sampled[static_cast<size_t>(r.entity)]
                                 ? fmt::format("{} generated cases sampled from the boundaries of its inputs", t.rows)
                                 : fmt::format("{} generated cases covering every boundary of its inputs", t.rows);
    std::vector<uint32_t> rows(t.rows);
    for (uint32_t i = 0; i < t.rows; ++i) rows[i] = i;
    for (const auto& x : r.exceptions) {
      runtime::Column holds;
      try {
        probe.begin(static_cast<int32_t>(ri), r.entity, 0, rows);
        holds = probe.eval(*x.condition);
      } catch (const runtime::EvalError&) {
        continue;
      }
      size_t count = 0, first_true = SIZE_MAX, first_false = SIZE_MAX;
      for (size_t i = 0; i < t.rows; ++i) {
        bool h = holds.is_present(i) && holds.values[i];
        count += h;
        if (h && first_true == SIZE_MAX) first_true = i;
        if (!h && first_false == SIZE_MAX) first_false = i;
      }
      if (count == 0)
        diags.report(Diag::ExceptionNeverApplies, x.origin.loc,
                     fmt::format("exception '{}' of rule '{}' never applies in {}; check its condition", x.label,
                                 r.name, cases_said),
                     static_cast<uint32_t>(x.label.size()));
      else if (count == t.rows)
        diags.report(Diag::ExceptionAlwaysApplies, x.origin.loc,
                     cases.sampled[static_cast<size_t>(r.entity)]
                         ? fmt::format("exception '{}' of rule '{}' applies in all {}, so the rule's default may "
                                       "never be used",
                                       x.label, r.name, cases_said)
                         : fmt::format("exception '{}' of rule '{}' applies in every generated case, so the rule's "
                                       "default is never used",
                                       x.label, r.name),
                     static_cast<uint32_t>(x.label.size()));
    }
    if (r.kind != ir::RuleKind::Obligation) continue;
    // Obligations a role escapes entirely: every case acting only in that role is exempt.
    const ir::Entity& ent = p.entities[static_cast<size_t>(r.entity)];
    const runtime::Column& applies = *results.columns[ri];
    for (size_t fi = 0; fi < ent.fields.size(); ++fi) {
      const ir::Field& f = ent.fields[fi];
      if (f.type.kind != TypeKind::Set) continue;
      const auto& members = p.enums[static_cast<size_t>(f.type.index)].members;
      const runtime::Column& set = t.columns[fi];
      for (size_t m = 0; m < members.size(); ++m) {
        size_t cases_in_role = 0, example = SIZE_MAX;
        bool ever = false;
        for (size_t i = 0; i < t.rows; ++i) {
          if (!set.is_present(i) || set.values[i] != (int64_t{1} << m)) continue;
          ++cases_in_role;
          if (applies.values[i]) ever = true;
          else if (example == SIZE_MAX) example = i;
        }
        if (cases_in_role == 0 || ever) continue;
        std::string exempting;
        for (const auto& x : r.exceptions) {
          probe.begin(static_cast<int32_t>(ri), r.entity, 0, {static_cast<uint32_t>(example)});
          runtime::Column h = probe.eval(*x.condition);
          if (h.values[0]) exempting = fmt::format("exception '{}' [{}]", x.label, x.origin.citation);
        }
        auto& d = diags.report(
            Diag::ObligationEscaped, r.origin.loc,
            fmt::format("obligation '{}'{} never applies to a {} whose {} are only {{{}}}", r.name,
                        r.title.empty() ? "" : fmt::format(" \"{}\"", r.title), ent.name, f.name, members[m]),
            static_cast<uint32_t>(r.name.size()));
        d.notes.push_back({{}, 1, fmt::format("for example {}", describe_case(p, t, example))});
        if (!exempting.empty()) d.notes.push_back({{}, 1, fmt::format("{} removes it", exempting)});
      }
    }
  }
}

}  // namespace

void lint(const driver::Compiled& compiled, const driver::Compiled* baseline, support::DiagnosticEngine& diags) {
  const ir::Program& p = compiled.program;
  // The amended policy is a policy too: the same checks show what an amendment fixes or breaks.
  unused_rules(p, diags);
  threshold_fallthrough(p, diags);
  data_checks(p, diags);
  if (!baseline) return;
  // A modification: does each change reach an output, and does the whole change anything?
  std::vector<int32_t> outputs;
  for (size_t i = 0; i < p.rules.size(); ++i)
    if (p.rules[i].output) outputs.push_back(static_cast<int32_t>(i));
  std::set<std::string> reachable;
  for (int32_t r : runtime::closure(p, outputs)) reachable.insert(p.rules[static_cast<size_t>(r)].name);
  for (const auto& change : compiled.module->changes) {
    std::string target = change.target;
    std::string rule;
    if (target.rfind("rule ", 0) == 0) rule = target.substr(5);
    else if (target.rfind("exception ", 0) == 0 || target.rfind("row ", 0) == 0)
      rule = target.substr(target.find(' ') + 1, target.find('.') - target.find(' ') - 1);
    if (rule.empty() || change.action == "repeal") continue;
    if (!reachable.count(rule) && !outputs.empty())
      diags.report(Diag::IneffectiveAmendment, change.loc,
                   fmt::format("this amendment changes '{}', which no output of the policy uses", rule), 1);
  }
  bool any_output_changed = false;
  // A repealed output changes too: no entity has it any more.
  for (const ir::Rule& r : baseline->program.rules)
    if (r.output && p.rule_index(r.name) < 0) any_output_changed = true;
  for (int32_t o : outputs) {
    int32_t b = baseline->program.rule_index(p.rules[static_cast<size_t>(o)].name);
    if (b < 0 || baseline->program.rules[static_cast<size_t>(b)].fingerprint != p.rules[static_cast<size_t>(o)].fingerprint)
      any_output_changed = true;
  }
  if (!any_output_changed && !compiled.module->applied.empty())
    diags.report(Diag::IneffectiveAmendment, compiled.module->applied.back().loc,
                 fmt::format("modification '{}' changes no output of the policy: every output computes as before",
                             compiled.module->applied.back().name),
                 1);
}

}  // namespace redline::cli
