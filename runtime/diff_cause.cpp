// Why each value of a diff changed, and which amendment operations changed it.
//
// The operations are applied one at a time (DiffInput::stages holds the policy after each),
// and a changed value is attributed to every operation at whose step it moved: an exception
// that does not apply to an entity, a row it does not match, a parameter it does not read,
// never moves it, so it is never named for it, and the parts add up (each changed value
// belongs to one group, the set of operations that moved it).
//
// Within one step, the reason is the chain of rules whose values differ for this entity, from
// the output down to the definition the operation changed. The walk follows only readings
// that differ, so a rule that changed but decided nothing for this entity is not a cause. A
// rule read for the same entity is compared column against column; one read for another
// entity (a reference, an aggregate) is found by explaining the rule on both sides, one level
// deep, which names the related entities whose part changed.
#include "runtime/diff_cause.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <iterator>
#include <map>
#include <set>
#include <stdexcept>
#include <system_error>
#include <thread>
#include <tuple>

#include <fmt/format.h>

#include "runtime/explain.h"
#include "runtime/parallel.h"
#include "runtime/progress.h"
#include "runtime/writers.h"
#include "support/allocator.h"

namespace redline::runtime {

namespace {

// The targets that, when amended, change rule `r` itself (not what it reads).
// (The rule itself, its exceptions and its rows: LawTarget::of_rule.)
// A function the rule calls (directly or not) is part of it: amending the function changes the rule.
std::set<LawTarget> own_targets(const ir::Program& p, const ir::Rule& r, std::vector<std::string>& functions) {
  std::set<LawTarget> out;
  ir::visit_rule_and_calls(p, r, [&](const ir::Expr& e) {
    if (e.op == ir::Op::Call) functions.push_back(p.functions[static_cast<size_t>(e.index)].name);
    if (e.op == ir::Op::Param || e.op == ir::Op::ParamAt || e.op == ir::Op::Scale) out.insert(LawTarget::param(p.params[static_cast<size_t>(e.index)].name));
    if (e.op == ir::Op::CycleAt) out.insert(LawTarget::cycle(p.cycles[static_cast<size_t>(e.index)].name));
  });
  return out;
}

bool targets_rule(const LawChange& c, const std::string& rule, const std::set<LawTarget>& own,
                  const std::vector<std::string>& functions) {
  for (const std::string& f : functions)
    if (c.target.of_rule(f)) return true;
  // A scale's bracket ("param s bracket 2") changes what reads the parameter.
  return c.target.of_rule(rule) || own.count(c.target.kind == LawTarget::Kind::Param ? LawTarget::param(c.target.name) : c.target) > 0;
}

// Rules that `r` reads for its own entity (a call whose argument is the rule's parameter), and
// whether it reads anything of another entity (a reference followed, an aggregate).
// A function called with the rule's own row as its entity argument reads that row through its
// parameter; called with another row (or without an entity), what it reads of rows is another's.
std::vector<int32_t> same_row_reads(const ir::Program& p, const ir::Rule& r, bool& reads_others) {
  std::vector<int32_t> out;
  reads_others = false;
  std::function<void(const ir::Rule&, bool)> walk = [&](const ir::Rule& x, bool own_row) {
    ir::visit_rule(x, [&](const ir::Expr& e) {
      if (e.op == ir::Op::Aggregate) reads_others = true;
      if (e.op == ir::Op::Call) {
        const ir::Rule& fn = p.functions[static_cast<size_t>(e.index)];
        const bool own = own_row && fn.entity >= 0 && !e.args.empty() && e.args[0]->op == ir::Op::Var && e.args[0]->slot == 0;
        walk(fn, own);
        return;
      }
      if (e.op != ir::Op::RuleRef) return;
      if (own_row && e.args.size() == 1 && e.args[0]->op == ir::Op::Var && e.args[0]->slot == 0) {
        if (std::find(out.begin(), out.end(), e.index) == out.end()) out.push_back(e.index);
      } else {
        reads_others = true;
      }
    });
  };
  walk(r, true);
  return out;
}

constexpr size_t kRelatedListed = 10;  // related entities named in a link
constexpr size_t kMaxLinks = 64;       // a chain longer than this is cut (a guard, not a limit met in practice)

}  // namespace

std::string value_text(const ir::Program& p, const std::vector<Table>& tables, const Column& c, size_t row) {
  if (c.type.kind == TypeKind::Entity) {
    if (!c.is_present(row)) return "";
    const ir::Entity& e = p.entities[static_cast<size_t>(c.type.index)];
    return tables[static_cast<size_t>(c.type.index)].key_text(e, static_cast<size_t>(c.values[row]));
  }
  return format_value(p, c, row);
}

bool same_encoding(const Column& a, const Column& b, const ir::Program& pa, const ir::Program& pb) {
  if (!(a.type == b.type)) return false;
  if (a.type.kind != TypeKind::Enum) return true;
  return pa.enums[static_cast<size_t>(a.type.index)].members == pb.enums[static_cast<size_t>(b.type.index)].members;
}

bool differs(const Column* a, const Column* b, size_t row, const ir::Program& pa, const ir::Program& pb,
             const std::vector<Table>& tables, bool same) {
  if (!a || !b) return a != b;
  if (same) {
    bool pa_ = a->is_present(row), pb_ = b->is_present(row);
    if (pa_ != pb_) return true;
    if (!pa_) return false;
    if (a->type.kind == TypeKind::Text) return a->texts[row] != b->texts[row];
    return a->values[row] != b->values[row];
  }
  // Different types, or enums whose members an amendment changed: compare as printed.
  return value_text(pa, tables, *a, row) != value_text(pb, tables, *b, row);
}

struct CauseFinder::Stage {
  const ir::Program* program;
  const Results* results;
  const EvalOptions* options;
  const std::vector<Table>* tables;
  size_t operations;
  std::unique_ptr<Explaining> explaining;  // made on first use: most reasons need none
  std::shared_ptr<AggregateIndexes> indexes;

  const Column* column(int32_t rule) const {
    return rule < 0 ? nullptr : results->columns[static_cast<size_t>(rule)].get();
  }
  Explaining& explainer() {
    if (!explaining) {
      ExplainOptions eo;
      eo.max_depth = 1;  // the rule's own definition; what it reads is compared, not explained
      eo.max_items = SIZE_MAX;
      eo.item_names = false;  // CauseFinder::related names the few it lists
      eo.indexes = indexes;
      explaining = std::make_unique<Explaining>(*program, *tables, *options, *results, eo);
    }
    return *explaining;
  }
  std::string text(int32_t rule, size_t row) const {
    const Column* c = column(rule);
    if (!c) return "(absent)";
    return value_text(*program, *tables, *c, row);
  }
};

// Facts about one step's rules (the stage after it), computed once.
struct CauseFinder::Step {
  std::vector<std::vector<size_t>> touched;   // by rule: the step's operations that change it
  std::vector<std::vector<int32_t>> same_row;  // by rule: what it reads for its own entity
  std::vector<uint8_t> reads_others;          // by rule: whether it reads other entities too
  std::vector<int32_t> previous;              // by rule: its index before the step, or -1
  std::vector<uint8_t> same;                  // by rule: whether its two columns store values alike
  std::vector<int32_t> amended;               // the rules the step's operations change
  // The one rule the step changes, when it is changed by every operation of the step: any
  // chain of the step ends there (or at the guard, which names it too), so find_group needs no
  // chain to group. -1 otherwise.
  int32_t sole = -1;
};

CauseFinder::Shared CauseFinder::shared(const DiffInput& in) {
  Shared out(in.stages.size() + 2);  // before, each intermediate stage, after
  // Keys over fields alone index the same rows at every stage: one index each for the whole diff
  // (or for as long as the caller keeps DiffInput::data_indexes), except for a baseline that read
  // the data itself.
  auto data = in.data_indexes ? in.data_indexes : std::make_shared<AggregateIndexes>();
  for (size_t k = 0; k < out.size(); ++k)
    out[k] = std::make_shared<AggregateIndexes>(k == 0 && in.before_tables ? nullptr : data);
  return out;
}

CauseFinder::CauseFinder(const DiffInput& in, const Shared& shared) : law_(in.law) {
  const std::vector<Table>& tables = *in.tables;
  auto add = [&](const ir::Program* p, const Results* r, const EvalOptions* o, const std::vector<Table>* t, size_t ops) {
    const size_t k = stages_.size();
    stages_.push_back(std::make_unique<Stage>(
        Stage{p, r, o, t, ops, nullptr, k < shared.size() ? shared[k] : std::make_shared<AggregateIndexes>()}));
  };
  static const EvalOptions defaults;
  add(in.before, in.before_results, in.before_options ? in.before_options : &defaults,
      in.before_tables ? in.before_tables : &tables, 0);
  for (const DiffStage& s : in.stages) add(s.program, s.results, s.options ? s.options : &defaults, &tables, s.operations);
  add(in.after, in.after_results, in.after_options ? in.after_options : &defaults, &tables, in.law.size());
  for (size_t k = 1; k < stages_.size(); ++k) {
    const ir::Program& P = *stages_[k]->program;
    const ir::Program& Q = *stages_[k - 1]->program;
    auto step = std::make_unique<Step>();
    step->touched.resize(P.rules.size());
    step->same_row.resize(P.rules.size());
    step->reads_others.resize(P.rules.size());
    step->previous.resize(P.rules.size());
    step->same.resize(P.rules.size());
    for (size_t r = 0; r < P.rules.size(); ++r) {
      const ir::Rule& rule = P.rules[r];
      step->previous[r] = Q.rule_index(rule.name);
      const Column* b = stages_[k]->column(static_cast<int32_t>(r));
      const Column* a = stages_[k - 1]->column(step->previous[r]);
      step->same[r] = a && b && same_encoding(*a, *b, Q, P);
      std::vector<std::string> functions;
      std::set<LawTarget> own = own_targets(P, rule, functions);
      for (size_t op = stages_[k - 1]->operations; op < stages_[k]->operations && op < law_.size(); ++op)
        if (targets_rule(law_[op], rule.name, own, functions)) step->touched[r].push_back(op);
      bool others = false;
      step->same_row[r] = same_row_reads(P, rule, others);
      step->reads_others[r] = others;
      if (!step->touched[r].empty()) step->amended.push_back(static_cast<int32_t>(r));
    }
    const size_t first_op = stages_[k - 1]->operations, end_op = std::min(stages_[k]->operations, law_.size());
    if (step->amended.size() == 1 && end_op > first_op &&
        step->touched[static_cast<size_t>(step->amended[0])].size() == end_op - first_op)
      step->sole = step->amended[0];
    steps_.push_back(std::move(step));
  }
}

CauseFinder::~CauseFinder() = default;

bool CauseFinder::differs_at(size_t k, int32_t rule, size_t row) const {
  const Stage& after = *stages_[k];
  const Stage& before = *stages_[k - 1];
  const int32_t previous = steps_[k - 1]->previous[static_cast<size_t>(rule)];
  const Column* b = after.column(rule);
  const Column* a = before.column(previous);
  if (!a && !b) return false;
  if (!a || !b) return previous < 0;  // introduced by this step; a rule not evaluated is not compared
  return differs(a, b, row, *before.program, *after.program, *after.tables,
                 steps_[k - 1]->same[static_cast<size_t>(rule)] != 0);
}

void CauseFinder::link(size_t k, int32_t rule, size_t row, CauseLink& l) const {
  const Stage& after = *stages_[k];
  const ir::Rule& r = after.program->rules[static_cast<size_t>(rule)];
  l.rule = r.name;
  const ir::Entity& e = after.program->entities[static_cast<size_t>(r.entity)];
  l.entity = e.name;
  if (detail_ == CauseDetail::Full) {
    fill_texts(k, rule, row, l);
  } else {
    l.key.clear();
    l.before.clear();
    l.after.clear();
  }
  l.aggregate.clear();
  l.aggregate_before.clear();
  l.aggregate_after.clear();
  l.related_changed = l.related_total = 0;
  l.related.clear();
}

void CauseFinder::fill_texts(size_t k, int32_t rule, size_t row, CauseLink& l) const {
  const Stage& after = *stages_[k];
  const Stage& before = *stages_[k - 1];
  const ir::Rule& r = after.program->rules[static_cast<size_t>(rule)];
  const ir::Entity& e = after.program->entities[static_cast<size_t>(r.entity)];
  l.key = (*after.tables)[static_cast<size_t>(r.entity)].key_text(e, row);
  l.before = before.text(steps_[k - 1]->previous[static_cast<size_t>(rule)], row);
  l.after = after.text(rule, row);
}

namespace {

// The rule and aggregate nodes of a shallow explanation, in the order they were read.
void flatten(const ExplainNode& n, std::vector<const ExplainNode*>& out, bool root) {
  if (!root && (n.kind == "rule" || n.kind == "obligation")) {
    out.push_back(&n);
    return;  // not expanded (depth 1)
  }
  if (n.kind == "aggregate") {
    out.push_back(&n);
    return;
  }
  for (const ExplainNode& c : n.children) flatten(c, out, false);
}

}  // namespace

// The next link below (rule, row) in step k, from its explanation on both sides: the first rule
// read on both sides (for this entity or another) whose value differs, or an aggregate whose
// related entities changed (recorded in `l`).
std::optional<std::pair<int32_t, size_t>> CauseFinder::related(size_t k, int32_t rule, size_t row, CauseLink& l) {
  Stage& after = *stages_[k];
  Stage& before = *stages_[k - 1];
  const int32_t previous = steps_[k - 1]->previous[static_cast<size_t>(rule)];
  if (previous < 0) return std::nullopt;
  ExplainNode tb = after.explainer().explain(rule, static_cast<uint32_t>(row));
  ExplainNode ta = before.explainer().explain(previous, static_cast<uint32_t>(row));
  std::vector<const ExplainNode*> nb, na;
  flatten(tb, nb, true);
  flatten(ta, na, true);
  std::map<std::pair<std::string, int64_t>, const ExplainNode*> rules_before;
  std::vector<const ExplainNode*> aggregates_before;
  for (const ExplainNode* n : na) {
    if (n->kind == "aggregate") aggregates_before.push_back(n);
    else rules_before.emplace(std::make_pair(before.program->rules[static_cast<size_t>(n->rule)].name, n->row), n);
  }
  size_t aggregate = 0;
  for (const ExplainNode* n : nb) {
    if (n->kind != "aggregate") {
      auto it = rules_before.find({after.program->rules[static_cast<size_t>(n->rule)].name, n->row});
      // Read on both sides, with different values: the difference travels through it. (A rule
      // read on one side only sits on a branch that something read earlier switched.)
      if (it != rules_before.end() && it->second->value != n->value) return std::make_pair(n->rule, size_t(n->row));
      continue;
    }
    const ExplainNode* a = aggregate < aggregates_before.size() ? aggregates_before[aggregate] : nullptr;
    ++aggregate;
    if (!a || a->name != n->name) continue;
    // The related entities whose part changed: joined, left, or contributed another value.
    std::map<int64_t, const ExplainNode*> items_before;
    for (const ExplainNode& item : a->children)
      if (item.row >= 0) items_before.emplace(item.row, &item);
    std::vector<std::pair<int64_t, RelatedChange>> changed;
    std::set<int64_t> seen;
    for (const ExplainNode& item : n->children) {
      if (item.row < 0) continue;
      seen.insert(item.row);
      auto it = items_before.find(item.row);
      if (it == items_before.end()) changed.push_back({item.row, {"", "", item.value.empty() ? "counted" : item.value}});
      else if (it->second->value != item.value) changed.push_back({item.row, {"", it->second->value, item.value}});
    }
    for (const auto& [r, item] : items_before)
      if (!seen.count(r)) changed.push_back({r, {"", item->value.empty() ? "counted" : item->value, ""}});
    if (changed.empty() && a->value == n->value) continue;
    l.aggregate = n->name;
    l.aggregate_before = a->value;
    l.aggregate_after = n->value;
    l.related_changed = changed.size();
    size_t members = seen.size();  // on either side
    for (const auto& [r, item] : items_before) members += seen.count(r) ? 0 : 1;
    l.related_total = members;
    // The items carry no names (Stage::explainer): only the few listed are named.
    const ir::Entity& related_entity = after.program->entities[static_cast<size_t>(n->entity)];
    const Table& related_table = (*after.tables)[static_cast<size_t>(n->entity)];
    for (size_t i = 0; i < changed.size() && i < kRelatedListed; ++i) {
      changed[i].second.key = related_table.key_text(related_entity, static_cast<size_t>(changed[i].first));
      l.related.push_back(changed[i].second);
    }
    // Continue into the first related entity whose part changed, through the rule of it that
    // the aggregate reads and that differs there.
    for (const auto& [r, change] : changed)
      for (int32_t read : n->reads)
        if (differs_at(k, read, static_cast<size_t>(r))) return std::make_pair(read, static_cast<size_t>(r));
    return std::nullopt;
  }
  return std::nullopt;
}

std::optional<std::pair<int32_t, size_t>> CauseFinder::related_remembered(size_t k, int32_t rule, size_t row, CauseLink& l) {
  if (k >= 256 || rule < 0 || rule >= (1 << 24) || row > UINT32_MAX) return related(k, rule, row, l);
  const uint64_t key = (uint64_t{k} << 56) | (uint64_t(static_cast<uint32_t>(rule)) << 32) | uint64_t{row};
  if (auto it = remembered_.find(key); it != remembered_.end()) {
    const CauseLink& m = it->second.link;
    l.aggregate = m.aggregate;
    l.aggregate_before = m.aggregate_before;
    l.aggregate_after = m.aggregate_after;
    l.related_changed = m.related_changed;
    l.related_total = m.related_total;
    l.related = m.related;
    return it->second.next;
  }
  if (remembered_.size() >= 16'384) remembered_.clear();  // a bound, not a policy
  Remembered m;
  m.next = related(k, rule, row, m.link);
  l.aggregate = m.link.aggregate;
  l.aggregate_before = m.link.aggregate_before;
  l.aggregate_after = m.link.aggregate_after;
  l.related_changed = m.link.related_changed;
  l.related_total = m.link.related_total;
  l.related = m.link.related;
  auto next = m.next;
  remembered_.emplace(key, std::move(m));
  return next;
}

void CauseFinder::walk(size_t k, int32_t rule, size_t row, std::vector<CauseLink>& chain,
                       std::vector<size_t>& operations, bool& reached) {
  reached = true;
  operations.clear();
  // The links met (visited_), to stop at a cycle: a chain has a few, so a list searched beats a
  // set's allocation per link (a million chains in a json report). The chain's links are
  // reused, the new ones added, the rest dropped at the end.
  visited_.clear();
  size_t used = 0;
  auto next_link = [&]() -> CauseLink& {
    if (used == chain.size()) chain.emplace_back();
    return chain[used++];
  };
  while (used < kMaxLinks &&
         std::find(visited_.begin(), visited_.end(), std::make_pair(rule, row)) == visited_.end()) {
    visited_.emplace_back(rule, row);
    CauseLink& l = next_link();
    link(k, rule, row, l);
    const Step& step = *steps_[k - 1];
    if (!step.touched[static_cast<size_t>(rule)].empty()) {
      operations = step.touched[static_cast<size_t>(rule)];
      chain.resize(used);
      fill_ends(k, chain);
      return;
    }
    // The quick way: a rule that reads only its own entity's rules, one of which differs, got
    // the difference from that one. Otherwise (several differ, or other entities are read)
    // explain the rule on both sides, which follows only the branches taken, so that a rule
    // that changed but was not read for this entity (a ceiling on the branch not taken) is
    // not named.
    std::optional<std::pair<int32_t, size_t>> next;
    size_t differing = 0;
    for (int32_t read : step.same_row[static_cast<size_t>(rule)])
      if (differs_at(k, read, row)) {
        if (!differing++) next = std::make_pair(read, row);
      }
    if (differing != 1 || step.reads_others[static_cast<size_t>(rule)]) next = related_remembered(k, rule, row, l);
    if (!next) break;
    rule = next->first;
    row = next->second;
  }
  // No amended definition was reached (a guard; the walk always ends at one in practice): the
  // step's operations together are the reason, and what they amended its origin.
  reached = false;
  for (size_t op = stages_[k - 1]->operations; op < stages_[k]->operations; ++op) operations.push_back(op);
  chain.resize(used);
  fill_ends(k, chain);
}

void CauseFinder::fill_ends(size_t k, std::vector<CauseLink>& chain) const {
  if (detail_ != CauseDetail::Ends) return;
  for (size_t i = 0; i < chain.size(); ++i)
    if (i == 0 || i + 1 == chain.size() || !chain[i].aggregate.empty())
      fill_texts(k, visited_[i].first, visited_[i].second, chain[i]);
}

// The output's rule in each stage, looked up once per output (by name: an output may be
// inserted or repealed along the way).
const std::vector<int32_t>& CauseFinder::rules_of_output(const std::string& output) {
  // Changes come output after output for a row, and mostly the same outputs row after row:
  // the last one looked up is tried first.
  if (last_ < output_rules_.size() && output_rules_[last_].first == output) return output_rules_[last_].second;
  auto known = std::find_if(output_rules_.begin(), output_rules_.end(), [&](const auto& o) { return o.first == output; });
  if (known == output_rules_.end()) {
    std::vector<int32_t> rules;
    for (const auto& stage : stages_) rules.push_back(stage->program->rule_index(output));
    known = output_rules_.insert(output_rules_.end(), {output, std::move(rules)});
  }
  last_ = static_cast<size_t>(known - output_rules_.begin());
  return known->second;
}

// find() and walk() reduced to what a group needs, for the common chain: rules of the entity
// itself, each with exactly one reading that differs, down to an amended definition. It makes
// no link, no string and no explanation, so that grouping a million changes costs a pass over
// them; any other chain is left to find(), which gives the same operations and origins.
bool CauseFinder::find_group(const std::string& output, size_t row, std::vector<size_t>& operations,
                             std::vector<const std::string*>& origins) {
  operations.clear();
  origins.clear();
  const std::vector<int32_t>& rule_at = rules_of_output(output);
  for (size_t k = 1; k < stages_.size(); ++k) {
    const int32_t rb = rule_at[k];
    const int32_t ra = rule_at[k - 1];
    if (ra < 0 && rb < 0) continue;
    if (rb < 0) {
      // Repealed at this step (as find() attributes it).
      if (!stages_[k - 1]->column(ra)) continue;
      origins.push_back(&stages_[k - 1]->program->rules[static_cast<size_t>(ra)].name);
      const size_t had = operations.size();
      for (size_t op = stages_[k - 1]->operations; op < stages_[k]->operations; ++op)
        if (law_[op].action == LawAction::Repeal && law_[op].target == LawTarget::rule(output))
          operations.push_back(op);
      if (operations.size() == had)
        for (size_t op = stages_[k - 1]->operations; op < stages_[k]->operations; ++op) operations.push_back(op);
      continue;
    }
    if (!differs_at(k, rb, row)) continue;
    const Step& step = *steps_[k - 1];
    if (step.sole >= 0) {
      const std::vector<size_t>& touched = step.touched[static_cast<size_t>(step.sole)];
      operations.insert(operations.end(), touched.begin(), touched.end());
      origins.push_back(&stages_[k]->program->rules[static_cast<size_t>(step.sole)].name);
      continue;
    }
    int32_t rule = rb;
    for (size_t links = 0;; ++links) {
      if (links >= kMaxLinks) return false;
      const std::vector<size_t>& touched = step.touched[static_cast<size_t>(rule)];
      if (!touched.empty()) {
        operations.insert(operations.end(), touched.begin(), touched.end());
        origins.push_back(&stages_[k]->program->rules[static_cast<size_t>(rule)].name);
        break;
      }
      if (step.reads_others[static_cast<size_t>(rule)]) return false;
      int32_t next = -1;
      for (int32_t read : step.same_row[static_cast<size_t>(rule)])
        if (differs_at(k, read, row)) {
          if (next >= 0) return false;  // several differ: which one decided needs the explanation
          next = read;
        }
      if (next < 0) return false;
      rule = next;
    }
  }
  std::sort(operations.begin(), operations.end());
  operations.erase(std::unique(operations.begin(), operations.end()), operations.end());
  return true;
}

std::optional<Cause> CauseFinder::find(const std::string& output, size_t row, CauseDetail detail) {
  Cause cause;
  if (!find_into(output, row, detail, cause)) return std::nullopt;
  return cause;
}

bool CauseFinder::find_into(const std::string& output, size_t row, CauseDetail detail, Cause& cause) {
  detail_ = detail;
  cause.group = 0;
  size_t used = 0;  // the steps set; cause.steps' others are reused, then dropped
  auto next_step = [&]() -> CauseStep& {
    if (used == cause.steps.size()) cause.steps.emplace_back();
    CauseStep& step = cause.steps[used++];
    step.operations.clear();
    step.amended.clear();
    return step;
  };
  const std::vector<int32_t>& rule_at = rules_of_output(output);
  for (size_t k = 1; k < stages_.size(); ++k) {
    const int32_t rb = rule_at[k];
    const int32_t ra = rule_at[k - 1];
    if (ra < 0 && rb < 0) continue;
    if (rb < 0) {
      // Repealed at this step.
      const ir::Program& Q = *stages_[k - 1]->program;
      if (!stages_[k - 1]->column(ra)) continue;
      CauseStep& step = next_step();
      step.chain.resize(1);
      CauseLink& l = step.chain[0];
      l = CauseLink();
      const ir::Rule& r = Q.rules[static_cast<size_t>(ra)];
      l.rule = r.name;
      const ir::Entity& e = Q.entities[static_cast<size_t>(r.entity)];
      l.entity = e.name;
      l.key = (*stages_[k - 1]->tables)[static_cast<size_t>(r.entity)].key_text(e, row);
      l.before = stages_[k - 1]->text(ra, row);
      l.after = "(repealed)";
      step.before = l.before;
      step.after = l.after;
      for (size_t op = stages_[k - 1]->operations; op < stages_[k]->operations; ++op)
        if (law_[op].action == LawAction::Repeal && law_[op].target == LawTarget::rule(output))
          step.operations.push_back(op);
      if (step.operations.empty())
        for (size_t op = stages_[k - 1]->operations; op < stages_[k]->operations; ++op) step.operations.push_back(op);
      continue;
    }
    if (!differs_at(k, rb, row)) continue;
    CauseStep& step = next_step();
    bool reached = true;
    walk(k, rb, row, step.chain, step.operations, reached);
    if (!reached)
      for (int32_t r : steps_[k - 1]->amended) step.amended.push_back(stages_[k]->program->rules[static_cast<size_t>(r)].name);
    step.before = step.chain.front().before;
    step.after = step.chain.front().after;
  }
  cause.steps.resize(used);
  return used > 0;
}

std::string operations_text(const std::vector<size_t>& operations, const std::vector<LawChange>& law, bool with_notes) {
  std::string because;
  for (size_t i = 0; i < operations.size(); ++i) {
    const LawChange& lc = law[operations[i]];
    if (i) because += "; and ";
    because += fmt::format("{} as amended by {} ({} {})", lc.citation.empty() ? "the policy" : lc.citation, lc.amendment,
                           action_word(lc.action), lc.target.text());
    if (with_notes && !lc.note.empty()) because += ": " + lc.note;
  }
  return because;
}

std::string cause_text(const Cause& cause, const std::vector<LawChange>& law, const std::string& key,
                       bool with_operations) {
  return CauseTexts(law).text(cause, key, with_operations);
}

std::string CauseTexts::text(const Cause& cause, const std::string& key, bool with_operations) {
  std::string out;
  append(out, cause, key, with_operations);
  return out;
}

void CauseTexts::append(std::string& out, const Cause& cause, const std::string& key, bool with_operations) {
  // "rule of key" (no key for this entity's own rules), "before -> after".
  const auto rule_of = [&](const CauseLink& l) {
    out += l.rule;
    if (l.key == key) return;
    out += " of ";
    out += l.key;
  };
  const auto moved = [&](const std::string& before, const std::string& after) {
    append_readable_number(out, before);
    out += " -> ";
    append_readable_number(out, after);
  };
  for (size_t s = 0; s < cause.steps.size(); ++s) {
    const CauseStep& step = cause.steps[s];
    if (s) out += "; then ";
    const CauseLink& origin = step.chain.back();
    rule_of(origin);
    out += ": ";
    moved(origin.before, origin.after);
    // How the difference reached this entity through related ones, nearest the origin first.
    for (size_t i = step.chain.size() - 1; i-- > 0;) {
      const CauseLink& l = step.chain[i];
      if (l.aggregate.empty()) continue;
      out += ", in ";
      out += l.aggregate;
      out += " for ";
      rule_of(l);
      out += " (";
      moved(l.aggregate_before, l.aggregate_after);
      fmt::format_to(std::back_inserter(out), "; {} of {} {} changed)", l.related_changed, l.related_total,
                     step.chain[i + 1].entity);
    }
    if (!with_operations) continue;
    if (!last_operations_ || *last_operations_ != step.operations) {
      auto it = because_.find(step.operations);
      if (it == because_.end()) {
        const std::string because = operations_text(step.operations, *law_);
        it = because_.emplace(step.operations, because.empty() ? "" : " because " + because).first;
      }
      last_operations_ = it->first;
      last_because_ = it->second;
    }
    out += last_because_;
  }
}

namespace {

// The groups met by one part of the changes, numbered in the order met. A change's group is
// noted, until the parts are merged, as a token: its part and its number there.
struct PartGroups {
  std::map<std::vector<size_t>, uint32_t> index;
  std::vector<std::vector<size_t>> operations;
  // The rules the operations changed, as the chains reached them: each with the change and the
  // step at which it was first met, so that merging parts keeps the order of the data.
  std::vector<std::vector<std::tuple<std::string, size_t, size_t>>> origins;
  size_t steps_seen = 0;
  uint32_t last = UINT32_MAX;  // the group of the change noted last
};

constexpr uint32_t kTokenPartShift = 24;

// Notes change `change` in its group (its sorted operations) and the rules its steps' chains
// ended at; returns its token.
uint32_t note_group(PartGroups& pg, size_t part, const std::vector<size_t>& ops,
                    const std::vector<const std::string*>& origins, size_t change) {
  // Changes next to each other mostly share a group: the last one is looked at first.
  uint32_t local = pg.last;
  if (local == UINT32_MAX || pg.operations[local] != ops) {
    auto [it, fresh] = pg.index.try_emplace(ops, static_cast<uint32_t>(pg.operations.size()));
    if (fresh) {
      // Each group is a set of the operations; more than 2^24 of them in one part would need more
      // operations than any modification has.
      if (pg.operations.size() >= (uint32_t{1} << kTokenPartShift) - 1)  // the last is kNoGroup's, in part 255
        throw std::runtime_error("too many distinct combinations of amendment operations to group the reasons");
      pg.operations.push_back(ops);
      pg.origins.emplace_back();
    }
    local = it->second;
    pg.last = local;
  }
  auto& known = pg.origins[local];
  for (const std::string* rule : origins) {
    if (std::none_of(known.begin(), known.end(), [&](const auto& o) { return std::get<0>(o) == *rule; }))
      known.emplace_back(*rule, change, pg.steps_seen);
    ++pg.steps_seen;
  }
  return static_cast<uint32_t>(part << kTokenPartShift) | local;
}

// A cause's group as note_group takes it: its operations (sorted) and the rules its steps
// ended at.
void signature_of(const Cause& cause, std::vector<size_t>& ops, std::vector<const std::string*>& origins) {
  ops.clear();
  origins.clear();
  for (const CauseStep& st : cause.steps) {
    ops.insert(ops.end(), st.operations.begin(), st.operations.end());
    if (st.amended.empty()) origins.push_back(&st.chain.back().rule);
    for (const std::string& a : st.amended) origins.push_back(&a);
  }
  std::sort(ops.begin(), ops.end());
  ops.erase(std::unique(ops.begin(), ops.end()), ops.end());
}

// A recorded signature that was given (an index into KnownGroups::table already), told apart
// from a part's own while the parts run.
constexpr uint32_t kGivenBit = uint32_t{1} << 31;

// Merges the parts' groups into the report's, in the order of the operations that made them;
// replaces each change's token by its group, and counts what each group and operation moved
// (changes are by row, so an entity's changes are next to each other).
void finish_groups(const DiffInput& in, DiffReport& report, std::vector<PartGroups>& parts) {
  std::map<std::vector<size_t>, size_t> group_of;
  std::vector<std::vector<size_t>> global(parts.size());
  std::vector<std::map<std::string, std::pair<size_t, size_t>>> first_met;  // by group: rule -> (change, step)
  report.groups.clear();
  for (size_t part = 0; part < parts.size(); ++part) {
    PartGroups& pg = parts[part];
    global[part].resize(pg.operations.size());
    for (size_t l = 0; l < pg.operations.size(); ++l) {
      auto [it, fresh] = group_of.try_emplace(pg.operations[l], report.groups.size());
      if (fresh) {
        CauseGroup g;
        g.operations = pg.operations[l];
        report.groups.push_back(std::move(g));
        first_met.emplace_back();
      }
      global[part][l] = it->second;
      for (const auto& [rule, change, step] : pg.origins[l]) {
        auto [at, added] = first_met[it->second].try_emplace(rule, change, step);
        // Parts are ranges of the changes: the earlier change wins; within one, the earlier step.
        if (!added && std::make_pair(change, step) < at->second) at->second = {change, step};
      }
    }
  }
  for (size_t g = 0; g < report.groups.size(); ++g) {
    std::vector<std::pair<std::pair<size_t, size_t>, std::string>> met;
    for (const auto& [rule, when] : first_met[g]) met.emplace_back(when, rule);
    std::sort(met.begin(), met.end());
    for (auto& [when, rule] : met) report.groups[g].origins.push_back(std::move(rule));
  }
  // Groups in the order of the operations that made them.
  std::vector<size_t> order(report.groups.size()), rank(report.groups.size());
  for (size_t g = 0; g < order.size(); ++g) order[g] = g;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t x, size_t y) { return report.groups[x].operations < report.groups[y].operations; });
  std::vector<CauseGroup> sorted;
  for (size_t i = 0; i < order.size(); ++i) {
    rank[order[i]] = i;
    sorted.push_back(std::move(report.groups[order[i]]));
  }
  report.groups = std::move(sorted);
  std::vector<uint32_t> group_last_row(report.groups.size(), UINT32_MAX), operation_last_row(in.law.size(), UINT32_MAX);
  std::vector<std::vector<size_t>> group_outputs(report.groups.size(), std::vector<size_t>(report.outputs.size())),
      operation_outputs(in.law.size(), std::vector<size_t>(report.outputs.size()));
  report.operations.assign(in.law.size(), {});
  for (ChangedValue& cv : report.changes) {
    if (cv.group == ChangedValue::kNoGroup) continue;
    const size_t part = cv.group >> kTokenPartShift, local = cv.group & ((uint32_t{1} << kTokenPartShift) - 1);
    const size_t gi = rank[global[part][local]];
    cv.group = static_cast<uint32_t>(gi);
    CauseGroup& g = report.groups[gi];
    ++g.changes;
    if (group_last_row[gi] != cv.row) ++g.entities;
    group_last_row[gi] = cv.row;
    ++group_outputs[gi][cv.output];
    for (size_t op : g.operations) {
      OperationImpact& o = report.operations[op];
      ++o.changes;
      if (g.operations.size() == 1) ++o.alone;
      if (operation_last_row[op] != cv.row) ++o.entities;
      operation_last_row[op] = cv.row;
      ++operation_outputs[op][cv.output];
    }
  }
  // Outputs in the report's order.
  auto ordered = [&](const std::vector<size_t>& counts) {
    std::vector<std::pair<std::string, size_t>> out;
    for (size_t o = 0; o < report.outputs.size(); ++o)
      if (counts[o]) out.emplace_back(report.outputs[o], counts[o]);
    return out;
  };
  for (size_t g = 0; g < report.groups.size(); ++g) report.groups[g].outputs = ordered(group_outputs[g]);
  for (size_t op = 0; op < in.law.size(); ++op) report.operations[op].outputs = ordered(operation_outputs[op]);
}

}  // namespace

void attach_causes(const DiffInput& in, DiffReport& report, KnownGroups* known) {
  // The changes are cut into parts grouped side by side, each with its own finder (the
  // evaluator's probe is not shared between threads). Only the group of each change is kept
  // (the reports find the causes again as they write them). Most changes are grouped by
  // find_group, without a chain; the others by find.
  // One part per core: most changes are grouped without an explanation, so a part costs little
  // memory unless its changes need explaining (REDLINE_THREADS, for tests, says how many).
  const size_t n = report.changes.size();
  const size_t env = threads_from_environment();
  const size_t parts = env ? std::max<size_t>(1, std::min<size_t>({env, n, size_t{1} << (32 - kTokenPartShift)}))
                           : parallel_parts(n, 20'000);
  std::vector<PartGroups> part_groups(parts);
  Progress progress(n >= 1000 ? fmt::format("explaining {} changes", readable_number(std::to_string(n))) : "", n);
  const CauseFinder::Shared shared = CauseFinder::shared(in);
  // A caller's time limit (EvalOptions::deadline), checked every few thousand changes.
  const EvalOptions* limited = in.after_options;
  // The signatures given, as note_group takes them.
  const bool given = known && !known->given.empty();
  std::vector<std::vector<const std::string*>> given_origins;
  if (given)
    for (const GroupSignature& g : known->table) {
      given_origins.emplace_back();
      for (const std::string& o : g.origins) given_origins.back().push_back(&o);
    }
  // What each part records: its own signatures (the last one looked at first, as neighbours
  // mostly share one), each change's as part-local index; merged into `known` below.
  const bool record = known && known->record;
  struct Recorded {
    std::vector<GroupSignature> table;
    std::map<GroupSignature, uint32_t> index;
    std::vector<size_t> last_ops;
    std::vector<std::string> last_origins;  // by value: find's origins point into its cause
    uint32_t last = KnownGroups::kUnknown;
  };
  std::vector<Recorded> recorded(record ? parts : 0);
  if (record) known->recorded.assign(n, KnownGroups::kUnknown);
  run_parts(parts, [&](size_t part) {
    std::unique_ptr<CauseFinder> finder;  // made when a change is not given
    PartGroups& pg = part_groups[part];
    std::vector<size_t> ops;
    std::vector<const std::string*> origins;
    // The last signature given and its token: within a part, a signature's group (its
    // operations) always has the same token.
    uint32_t last_given = KnownGroups::kUnknown, last_token = ChangedValue::kNoGroup;
    const auto note = [&](ChangedValue& cv, size_t i) {
      cv.group = origins.empty() ? ChangedValue::kNoGroup : note_group(pg, part, ops, origins, i);
      if (!record) return;
      Recorded& r = recorded[part];
      const auto same_origins = [&] {
        if (r.last_origins.size() != origins.size()) return false;
        for (size_t k = 0; k < origins.size(); ++k)
          if (r.last_origins[k] != *origins[k]) return false;
        return true;
      };
      if (r.last == KnownGroups::kUnknown || r.last_ops != ops || !same_origins()) {
        GroupSignature g{ops, {}};
        for (const std::string* o : origins) g.origins.push_back(*o);
        r.last_ops = ops;
        r.last_origins = g.origins;
        auto [it, fresh] = r.index.try_emplace(std::move(g), static_cast<uint32_t>(r.table.size()));
        if (fresh) r.table.push_back(it->first);
        r.last = it->second;
      }
      known->recorded[i] = r.last;
    };
    const size_t begin = n * part / parts, end = n * (part + 1) / parts;
    for (size_t i = begin; i < end; ++i) {
      ChangedValue& cv = report.changes[i];
      if ((i & 4095) == 0) {
        if (part == 0) progress.update(i * parts);
        if (limited && limited->deadline && std::chrono::steady_clock::now() > *limited->deadline)
          throw TimeLimitExceeded();
      }
      if (given && known->given[i] != KnownGroups::kUnknown) {
        const uint32_t g = known->given[i];
        // The same signature as the last change given: the same group, and its origins are
        // noted already (their order is by the change that first met them).
        if (g != last_given) {
          const GroupSignature& sig = known->table[g];
          last_token = sig.origins.empty() ? ChangedValue::kNoGroup : note_group(pg, part, sig.operations, given_origins[g], i);
          last_given = g;
        }
        cv.group = last_token;
        if (record) known->recorded[i] = g | kGivenBit;
        continue;
      }
      if (!finder) finder = std::make_unique<CauseFinder>(in, shared);
      const std::string& output = report.outputs[cv.output];
      if (finder->find_group(output, cv.row, ops, origins)) {
        note(cv, i);
        continue;
      }
      ops.clear();
      origins.clear();
      // `origins` points into the cause: noted while it lives.
      const std::optional<Cause> cause = finder->find(output, cv.row, CauseDetail::Names);
      if (cause) signature_of(*cause, ops, origins);
      note(cv, i);
    }
  });
  progress.clear();
  if (record) {
    // Each part's signatures into the table (those given are in it already), and each change's
    // index translated.
    std::map<GroupSignature, uint32_t> global;
    for (size_t g = 0; g < known->table.size(); ++g) global.emplace(known->table[g], static_cast<uint32_t>(g));
    std::vector<std::vector<uint32_t>> to_global(parts);
    for (size_t part = 0; part < parts; ++part)
      for (GroupSignature& g : recorded[part].table) {
        auto [it, fresh] = global.try_emplace(g, static_cast<uint32_t>(known->table.size()));
        if (fresh) known->table.push_back(std::move(g));
        to_global[part].push_back(it->second);
      }
    for (size_t part = 0; part < parts; ++part)
      for (size_t i = n * part / parts, end = n * (part + 1) / parts; i < end; ++i) {
        uint32_t& r = known->recorded[i];
        r = (r & kGivenBit) ? (r & ~kGivenBit) : to_global[part][r];
      }
  }
  finish_groups(in, report, part_groups);
}

// One part per core, unless REDLINE_THREADS says otherwise (tests, to cut small data into
// parts). Each part's CauseFinder builds its own evaluators of every stage to explain aggregates
// in; since they read a keyed aggregate's rows from the shared indexes instead of grouping the
// whole table (EvalOptions::keyed_indexes), a second part costs a few megabytes at 1M parties,
// not the 30 MiB it did (bench/README.md).
size_t DiffReport::explain_parts() {
  const unsigned threads = threads_from_environment();
  const size_t cores = std::max(1u, std::thread::hardware_concurrency());
  return std::min<size_t>(threads ? threads : cores, 256);
}

// Changes per chunk: REDLINE_DIFF_BLOCK (1 to 1,000,000), a knob for tests, so that small data
// is cut into many chunks rendered side by side and the output compared with one chunk's.
size_t changes_per_chunk() {
  static const size_t n = [] {
    const char* text = std::getenv("REDLINE_DIFF_BLOCK");
    if (text == nullptr || *text == '\0') return size_t{0};
    char* end = nullptr;
    unsigned long v = std::strtoul(text, &end, 10);
    return *end == '\0' && v >= 1 && v <= 1'000'000 ? static_cast<size_t>(v) : size_t{0};
  }();
  return n;
}

// Changes [begin, end) chunk by chunk. Each worker takes the next chunk not taken and renders it
// into the chunk's buffer; the caller's thread delivers the buffers in order as they are done.
// At most kSlotsPerWorker chunks a worker are in flight, so memory stays a few chunks' text
// whatever the size of the diff. A worker that is done with a chunk takes the next at once
// (where blocks cut in parts made every part wait for the slowest of its block, and a thread
// was started for each block: a third of the time of writing a million changes went to waiting).
void DiffReport::explain(size_t begin, size_t end, const ChangeRenderer& render,
                         const std::function<void(std::string& text)>& deliver, const char* progress_label,
                         CauseDetail detail) const {
  if (end <= begin) return;
  const DiffInput* in = source.input;
  const size_t knob = changes_per_chunk();
  const size_t per_chunk = knob ? knob : 2048;
  const size_t chunks = (end - begin + per_chunk - 1) / per_chunk;
  const size_t workers = std::min(explain_parts(), chunks);
  std::vector<std::unique_ptr<CauseFinder>> finders(workers);  // made on first use, on the worker's thread
  std::vector<Cause> causes(workers);  // each worker's, its memory reused from change to change
  const CauseFinder::Shared shared = in ? CauseFinder::shared(*in) : CauseFinder::Shared{};
  Progress progress(progress_label && end - begin >= 1000
                        ? fmt::format("{} {} changes", progress_label, readable_number(std::to_string(end - begin)))
                        : "",
                    end - begin);
  // A caller's time limit (EvalOptions::deadline), checked before each chunk.
  const EvalOptions* limited = in ? in->after_options : nullptr;
  const auto render_chunk = [&](size_t worker, size_t chunk, std::string& text) {
    if (limited && limited->deadline && std::chrono::steady_clock::now() > *limited->deadline)
      throw TimeLimitExceeded();
    if (in && !finders[worker]) finders[worker] = std::make_unique<CauseFinder>(*in, shared);
    Cause& cause = causes[worker];
    const size_t b = begin + chunk * per_chunk, e = std::min(end, b + per_chunk);
    for (size_t i = b; i < e; ++i) {
      const ChangedValue& cv = changes[i];
      const bool found = in && cv.group != ChangedValue::kNoGroup &&
                         finders[worker]->find_into(outputs[cv.output], cv.row, detail, cause);
      if (found) cause.group = cv.group;
      render(worker, text, i, found ? &cause : nullptr);
    }
  };
  const auto delivered = [&](size_t chunk) { progress.update(std::min(end, begin + (chunk + 1) * per_chunk) - begin); };

  // One worker: this thread renders and delivers each chunk in turn.
  const auto alone = [&] {
    std::string text;
    for (size_t chunk = 0; chunk < chunks; ++chunk) {
      render_chunk(0, chunk, text);
      deliver(text);
      text.clear();
      delivered(chunk);
    }
  };
  if (workers <= 1) return alone();

  constexpr size_t kSlotsPerWorker = 3;
  const size_t slots = workers * kSlotsPerWorker;
  struct Slot {
    std::string text;
    bool ready = false;
  };
  std::vector<Slot> slot(slots);
  std::mutex mutex;
  std::condition_variable chunk_ready, slot_free;
  size_t next = 0;       // the next chunk to take
  size_t done = 0;       // chunks delivered
  bool stop = false;     // a chunk failed, or a delivery did
  size_t failed_chunk = chunks;
  std::exception_ptr failure;  // the error of the first chunk that failed, as one thread would meet it
  const auto work = [&](size_t worker) {
    support::tune_thread_heap();
    for (;;) {
      size_t chunk;
      {
        std::unique_lock<std::mutex> lock(mutex);
        slot_free.wait(lock, [&] { return stop || next >= chunks || next < done + slots; });
        if (stop || next >= chunks) return;
        chunk = next++;
      }
      Slot& s = slot[chunk % slots];
      try {
        render_chunk(worker, chunk, s.text);
      } catch (...) {
        std::lock_guard<std::mutex> lock(mutex);
        // Chunks are taken in order and every chunk taken is finished, so the first chunk
        // to fail always fails, however the workers ran: its error is the one reported.
        if (chunk < failed_chunk) {
          failed_chunk = chunk;
          failure = std::current_exception();
        }
        stop = true;
        chunk_ready.notify_all();
        slot_free.notify_all();
        return;
      }
      std::lock_guard<std::mutex> lock(mutex);
      s.ready = true;
      if (chunk == done) chunk_ready.notify_all();
    }
  };
  std::vector<std::thread> threads;
  const auto finish = [&] {
    {
      std::lock_guard<std::mutex> lock(mutex);
      stop = true;
    }
    slot_free.notify_all();
    for (std::thread& t : threads) t.join();
  };
  try {
    threads.reserve(workers);
    for (size_t w = 0; w < workers; ++w) {
      try {
        threads.emplace_back(work, w);
      } catch (const std::system_error&) {
        break;  // no more threads to be had: those started take every chunk
      }
    }
    if (threads.empty()) return alone();
    for (size_t chunk = 0; chunk < chunks; ++chunk) {
      Slot& s = slot[chunk % slots];
      {
        std::unique_lock<std::mutex> lock(mutex);
        chunk_ready.wait(lock, [&] { return s.ready || failed_chunk <= chunk; });
        if (!s.ready) break;
      }
      deliver(s.text);
      s.text.clear();
      {
        std::lock_guard<std::mutex> lock(mutex);
        s.ready = false;
        done = chunk + 1;
      }
      slot_free.notify_all();
      delivered(chunk);
    }
  } catch (...) {
    // A delivery failed (a write, memory): the workers stop after the chunk they are on.
    finish();
    throw;
  }
  finish();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace redline::runtime
