// The justification tree: walks a rule's definition for one row, asking the evaluator for the
// value of each step that a reader needs (rules read, parameters, cycle positions, the table
// row that matched, the exception that applied, the entities an aggregate summed).
#include "runtime/explain.h"
#include "runtime/scale.h"

#include <iterator>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "runtime/writers.h"
#include "support/terminal.h"
#include "types/values.h"

namespace redline::runtime {

namespace {

using ir::Op;

// The evaluation context of one step: a rule, its entity row, and the local slots bound so far.
struct Frame {
  int32_t rule;
  int32_t entity;
  uint32_t row;
  std::vector<std::pair<int32_t, Column>> bound;
  int32_t function = -1;  // inside a call of this function (Program::functions) made by `rule`
};

}  // namespace

std::span<const uint32_t> AggregateIndexes::Index::find(int64_t key) const {
  auto it = std::lower_bound(keys.begin(), keys.end(), key);
  if (it == keys.end() || *it != key) return {};
  const size_t k = static_cast<size_t>(it - keys.begin());
  return {rows.data() + starts[k], starts[k + 1] - starts[k]};
}

AggregateIndexes::Index AggregateIndexes::of_keys(const Column& keys) {
  const size_t n = keys.values.size();
  Index ix;
  int64_t low = INT64_MAX, high = INT64_MIN;
  size_t present = 0;
  for (size_t i = 0; i < n; ++i)
    if (keys.is_present(i)) {
      low = std::min(low, keys.values[i]);
      high = std::max(high, keys.values[i]);
      ++present;
    }
  if (!present) {
    ix.starts.assign(1, 0);
    return ix;
  }
  // A counting sort, rows ascending within a key. Keys close together (entity references are
  // row numbers) are counted in place; others are ranked by a sorted list of the distinct keys.
  const uint64_t span = static_cast<uint64_t>(high) - static_cast<uint64_t>(low);
  const bool dense = span <= 4 * static_cast<uint64_t>(n) + 1024;
  std::vector<uint32_t> slot_of(n, UINT32_MAX);
  if (dense) {
    std::vector<uint32_t> count(static_cast<size_t>(span) + 1, 0);
    for (size_t i = 0; i < n; ++i)
      if (keys.is_present(i)) ++count[static_cast<size_t>(static_cast<uint64_t>(keys.values[i]) - static_cast<uint64_t>(low))];
    std::vector<uint32_t> slot(count.size(), UINT32_MAX);
    for (size_t v = 0; v < count.size(); ++v)
      if (count[v]) {
        slot[v] = static_cast<uint32_t>(ix.keys.size());
        ix.keys.push_back(static_cast<int64_t>(static_cast<uint64_t>(low) + v));
      }
    for (size_t i = 0; i < n; ++i)
      if (keys.is_present(i)) slot_of[i] = slot[static_cast<size_t>(static_cast<uint64_t>(keys.values[i]) - static_cast<uint64_t>(low))];
  } else {
    for (size_t i = 0; i < n; ++i)
      if (keys.is_present(i)) ix.keys.push_back(keys.values[i]);
    std::sort(ix.keys.begin(), ix.keys.end());
    ix.keys.erase(std::unique(ix.keys.begin(), ix.keys.end()), ix.keys.end());
    for (size_t i = 0; i < n; ++i)
      if (keys.is_present(i))
        slot_of[i] = static_cast<uint32_t>(std::lower_bound(ix.keys.begin(), ix.keys.end(), keys.values[i]) - ix.keys.begin());
  }
  ix.starts.assign(ix.keys.size() + 1, 0);
  for (size_t i = 0; i < n; ++i)
    if (slot_of[i] != UINT32_MAX) ++ix.starts[slot_of[i] + 1];
  for (size_t k = 0; k < ix.keys.size(); ++k) ix.starts[k + 1] += ix.starts[k];
  ix.rows.resize(ix.starts.back());
  std::vector<uint32_t> next(ix.starts.begin(), ix.starts.end() - 1);
  for (size_t i = 0; i < n; ++i)
    if (slot_of[i] != UINT32_MAX) ix.rows[next[slot_of[i]]++] = static_cast<uint32_t>(i);
  return ix;
}

namespace {

// A hash of the shape of an expression made of the iterated row's fields alone (a variable, its
// fields, their fields, literals), whose value is then a function of the tables: none for any
// other (a rule, a parameter, the date). Conservative: the index it keys must be the same.
std::optional<uint64_t> field_shape(const ir::Expr& e) {
  uint64_t h = 0xcbf29ce484222325ULL;
  auto mix = [&h](uint64_t v) { h = (h ^ v) * 0x100000001b3ULL; };
  if (e.op != ir::Op::Var && e.op != ir::Op::Field) return std::nullopt;
  mix(static_cast<uint64_t>(e.op));
  mix(static_cast<uint64_t>(e.type.kind));
  mix(static_cast<uint64_t>(e.type.optional));
  mix(static_cast<uint64_t>(static_cast<uint32_t>(e.type.index)));
  mix(static_cast<uint64_t>(static_cast<uint32_t>(e.index)));
  mix(static_cast<uint64_t>(static_cast<uint32_t>(e.entity)));
  mix(static_cast<uint64_t>(static_cast<uint32_t>(e.slot)));
  mix(e.args.size());
  for (const auto& a : e.args) {
    if (!a) return std::nullopt;
    auto inner = field_shape(*a);
    if (!inner) return std::nullopt;
    mix(*inner);
  }
  return h;
}

}  // namespace

const AggregateIndexes::Index& AggregateIndexes::get_data(uint64_t shape, const std::function<Index()>& build) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = by_shape_.find(shape);
  if (it == by_shape_.end()) it = by_shape_.emplace(shape, std::make_unique<const Index>(build())).first;
  return *it->second;
}

const AggregateIndexes::Index& AggregateIndexes::get(const ir::Expr* key, const std::function<Index()>& build) {
  if (data_ && key)
    if (auto shape = field_shape(*key)) return data_->get_data(*shape, build);
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = indexes_.find(key);
  if (it == indexes_.end()) it = indexes_.emplace(key, std::make_unique<const Index>(build())).first;
  return *it->second;
}

namespace {

class Explainer {
 public:
  Explainer(const ir::Program& p, const std::vector<Table>& tables, const EvalOptions& eo, const Results& results,
            const ExplainOptions& options)
      : p_(p), tables_(tables), eo_(eo), results_(results), options_(options),
        indexes_(options.indexes ? options.indexes : std::make_shared<AggregateIndexes>()),
        probe_(p, tables, keyed(eo, indexes_), results) {}

  // A new explanation: what was explained for an earlier one is not "above" in this one.
  ExplainNode explain(int32_t r, uint32_t row) {
    explained_.clear();
    return rule_node(r, row, 0);
  }

  // The exceptions to `parent` (-1: the rule's default), each with the exceptions to it nested
  // under it, so the chain reads down the tree: an exception that applies but is overridden
  // says by which. Returns the exception that gives the value at this level, or -1.
  int32_t exceptions_to(int32_t parent, const ir::Rule& rule, Frame& f, const std::string& value,
                        std::vector<ExplainNode>& out, int depth) {
    int32_t applied = -1;
    for (size_t k = 0; k < rule.exceptions.size(); ++k) {
      const ir::Exception& x = rule.exceptions[k];
      if (x.parent != parent) continue;
      ExplainNode xn;
      xn.kind = "exception";
      xn.name = x.parent >= 0 ? fmt::format("{} to {}", x.label, rule.exceptions[static_cast<size_t>(x.parent)].label)
                              : x.label;
      xn.citation = x.origin.citation;
      xn.amended_by = x.origin.amendment;
      xn.where = where(x.origin.loc);
      std::vector<ExplainNode> under;
      const int32_t overriding = exceptions_to(static_cast<int32_t>(k), rule, f, value, under, depth);
      bool holds = truthy(f, *x.condition);
      const bool yields = holds || overriding >= 0;
      if (overriding >= 0) {
        const ir::Exception& o = rule.exceptions[static_cast<size_t>(overriding)];
        xn.value = fmt::format("{}, overridden by exception '{}'{}", holds ? "applies" : "does not apply", o.label,
                               o.origin.citation.empty() ? "" : " [" + o.origin.citation + "]");
      } else {
        xn.value = holds ? (applied >= 0 ? "applies, agreeing with the one above" : "applies") : "does not apply";
      }
      // An exception of a rule an amendment replaced comes from that amendment too.
      if (holds)
        xn.coverage_id = coverage_id("exception " + rule.name + "." + x.label,
                                     x.origin.amendment.empty() ? rule.origin.amendment : x.origin.amendment);
      trace(f, *x.condition, xn.children, depth);
      if (holds && overriding < 0 && applied < 0) {
        trace(f, *x.value, xn.children, depth);
        xn.detail = fmt::format("gives {}", value);
      }
      for (auto& u : under) xn.children.push_back(std::move(u));
      if (yields && applied < 0) applied = static_cast<int32_t>(k);
      out.push_back(std::move(xn));
    }
    return applied;
  }

  ExplainNode rule_node(int32_t r, uint32_t row, int depth) {
    const ir::Rule& rule = p_.rules[static_cast<size_t>(r)];
    ExplainNode n;
    n.kind = rule.kind == ir::RuleKind::Obligation ? "obligation" : "rule";
    n.name = fmt::format("{}({})", rule.name, key(rule.entity, row));
    n.rule = r;
    n.entity = rule.entity;
    n.row = row;
    n.coverage_id = coverage_id("rule " + rule.name, rule.origin.amendment);
    const Column* col = results_.columns[static_cast<size_t>(r)].get();
    n.value = col ? show(*col, row) : "?";
    n.citation = rule.origin.citation;
    n.amended_by = rule.origin.amendment;
    n.where = where(rule.origin.loc);
    n.notes = rule.notes;
    n.assumptions = rule.assumptions;
    if (!rule.title.empty()) n.detail = fmt::format("obligation \"{}\"", rule.title);
    if (depth >= options_.max_depth) {
      n.detail = "not expanded: too deep";
      return n;
    }
    if (!explained_.insert({r, row}).second) {
      n.detail = "explained above";
      return n;
    }
    Frame f{r, rule.entity, row, {}};
    const int32_t applied_at = exceptions_to(-1, rule, f, n.value, n.children, depth);
    const bool applied = applied_at >= 0;
    say_overridden(rule, applied_at, n);
    if (applied) return n;
    if (rule.table) table(f, *rule.table, n.children, depth);
    else if (rule.body) trace(f, *rule.body, n.children, depth);
    return n;
  }

 private:
  const ir::Program& p_;
  const std::vector<Table>& tables_;
  const EvalOptions& eo_;
  const Results& results_;
  ExplainOptions options_;
  std::shared_ptr<AggregateIndexes> indexes_;
  Probe probe_;
  std::set<std::pair<int32_t, uint32_t>> explained_;

  // The probe explains a few rows at a time: its keyed aggregates read the rows of their key
  // from the indexes this explainer shares (EvalOptions::keyed_indexes).
  static EvalOptions keyed(const EvalOptions& eo, const std::shared_ptr<AggregateIndexes>& indexes) {
    EvalOptions o = eo;
    o.keyed_indexes = indexes;
    return o;
  }

  // With exceptions to exceptions, the chain starts at the default: say which exception
  // (`applied_at`, -1 for none) overrides it, first among `n`'s children.
  static void say_overridden(const ir::Rule& rule, int32_t applied_at, ExplainNode& n) {
    const bool nested = std::any_of(rule.exceptions.begin(), rule.exceptions.end(),
                                    [](const ir::Exception& x) { return x.parent >= 0; });
    if (!nested || applied_at < 0) return;
    const ir::Exception& top = rule.exceptions[static_cast<size_t>(applied_at)];
    ExplainNode dn;
    dn.kind = "default";
    dn.name = "default";
    dn.value = fmt::format("overridden by exception '{}'{}", top.label,
                           top.origin.citation.empty() ? "" : " [" + top.origin.citation + "]");
    n.children.insert(n.children.begin(), std::move(dn));
  }

  // The rows of the aggregate's entity whose key is `value`, from an index built on first use.
  std::span<const uint32_t> rows_with_key(int32_t rule, const ir::Aggregate& agg, int64_t value) {
    const AggregateIndexes::Index& index = indexes_->get(agg.inner_key.get(), [&] {
      const Table& t = tables_[static_cast<size_t>(agg.entity)];
      std::vector<uint32_t> all(t.rows);
      for (uint32_t i = 0; i < t.rows; ++i) all[i] = i;
      probe_.begin(rule, agg.entity, agg.slot, all);
      return AggregateIndexes::of_keys(probe_.eval(*agg.inner_key));
    });
    return index.find(value);
  }

  // The same for the walks inside aggregates (coverage only), kept apart so that they never
  // make the explanation shown say "explained above" of a step it does not show.
  std::set<std::pair<int32_t, uint32_t>> explained_inside_;

  static void collect(const ExplainNode& n, std::set<std::string>& out) {
    if (!n.coverage_id.empty()) out.insert(n.coverage_id);
    out.insert(n.also_covers.begin(), n.also_covers.end());
    for (const auto& c : n.children) collect(c, out);
  }

  // What an aggregate's value depends on, for coverage: its grouping key on every row of the
  // entity aggregated, its filter on the rows whose key matches (`related`: all of them without
  // a key), its value on the rows kept. The steps are walked as the explanation walks a rule's
  // body, then dropped; their coverage ids are kept.
  std::vector<std::string> inside_aggregate(const Frame& f, const ir::Aggregate& agg, const std::vector<uint32_t>& rows,
                                            const std::vector<uint8_t>& related, const std::vector<uint8_t>& keep,
                                            int depth) {
    std::swap(explained_, explained_inside_);
    std::vector<ExplainNode> steps;
    Frame outer = f;
    if (agg.outer_key) trace(outer, *agg.outer_key, steps, depth);
    for (size_t i = 0; i < rows.size(); ++i) {
      Frame g = f;
      Column self;
      self.type = Type::entity(agg.entity);
      self.values.assign(1, static_cast<int64_t>(rows[i]));
      g.bound.push_back({agg.slot, std::move(self)});
      if (agg.inner_key) trace(g, *agg.inner_key, steps, depth);
      if (!related[i]) continue;
      for (const ir::Expr* x : {agg.filter.get(), agg.correlated_filter.get()})
        if (x) trace(g, *x, steps, depth);
      if (i < keep.size() && keep[i] && agg.value) trace(g, *agg.value, steps, depth);
      if (i < keep.size() && keep[i] && agg.order) trace(g, *agg.order, steps, depth);
    }
    std::swap(explained_, explained_inside_);
    std::set<std::string> ids;
    for (const auto& step : steps) collect(step, ids);
    return {ids.begin(), ids.end()};
  }

  // A read among the steps of one definition: one already listed there (the same field of the
  // same entity, the same parameter on the same day, the date, a rule of the same entity) is
  // not listed again, so that `h.x > 0 and h.x < lim` shows h.x once. Only a read with nothing
  // under it is left out (a rule read again is one "explained above"); the first stays where
  // it is.
  static void add_read(std::vector<ExplainNode>& out, ExplainNode n) {
    if (n.children.empty())
      for (const ExplainNode& o : out)
        if (o.kind == n.kind && o.name == n.name && o.value == n.value) return;
    out.push_back(std::move(n));
  }

  // A parameter read (Param, ParamAt): its value, its definition, and whether --param set it.
  ExplainNode param_node(Frame& f, const ir::Expr& e, std::string name) {
    const ir::Param& prm = p_.params[static_cast<size_t>(e.index)];
    ExplainNode n;
    n.kind = "param";
    n.name = std::move(name);
    n.value = value_of(f, e);
    n.citation = prm.origin.citation;
    n.amended_by = prm.origin.amendment;
    n.where = where(prm.origin.loc);
    for (auto& o : eo_.overrides)
      if (o.param == e.index) n.detail = "set with --param";
    return n;
  }

  std::string key(int32_t entity, size_t row) const {
    return tables_[static_cast<size_t>(entity)].key_text(p_.entities[static_cast<size_t>(entity)], row);
  }
  std::string where(const support::Location& loc) const { return options_.where ? options_.where(loc) : ""; }
  std::string show(const Column& c, size_t i) const {
    if (c.type.kind == TypeKind::Entity) return c.is_present(i) ? key(c.type.index, static_cast<size_t>(c.values[i])) : "none";
    if (!c.is_present(i)) return "none";
    std::string v = format_value(p_, c, i);
    return c.type.kind == TypeKind::Text ? "\"" + v + "\"" : v;
  }

  void enter(const Frame& f) {
    if (f.function >= 0)
      probe_.begin(f.rule, f.entity, p_.functions[static_cast<size_t>(f.function)].row_slot, {f.row}, f.function);
    else
      probe_.begin(f.rule, f.entity, 0, {f.row});
    for (auto& [slot, col] : f.bound) probe_.bind(slot, col);
  }
  Column eval(const Frame& f, const ir::Expr& e) {
    enter(f);
    return probe_.eval(e);
  }
  bool truthy(const Frame& f, const ir::Expr& e) {
    try {
      Column c = eval(f, e);
      return c.is_present(0) && c.values[0] != 0;
    } catch (const EvalError&) {
      return false;
    }
  }
  std::string value_of(const Frame& f, const ir::Expr& e) {
    try {
      return show(eval(f, e), 0);
    } catch (const EvalError& err) {
      return fmt::format("(fails: {})", err.what());
    }
  }

  void table(Frame& f, const ir::Table& t, std::vector<ExplainNode>& out, int depth) {
    ExplainNode tn;
    tn.kind = "table";
    switch (t.policy) {
      case ir::HitPolicy::Unique: tn.name = "unique table"; break;
      case ir::HitPolicy::First: tn.name = "first-match table"; break;
      case ir::HitPolicy::Priority: tn.name = "priority table"; break;
      case ir::HitPolicy::Any: tn.name = "any table"; break;
      case ir::HitPolicy::Collect:
        tn.name = t.collect == ir::AggKind::Count ? "collect count table"
                  : t.collect == ir::AggKind::Min ? "collect min table"
                  : t.collect == ir::AggKind::Max ? "collect max table"
                                                  : "collect sum table";
        break;
      case ir::HitPolicy::RuleOrder: tn.name = "rule order table"; break;
      case ir::HitPolicy::OutputOrder: tn.name = "output order table"; break;
    }
    std::vector<std::string> inputs;
    for (size_t i = 0; i < t.inputs.size(); ++i) {
      Column v;
      try {
        v = eval(f, *t.inputs[i]);
      } catch (const EvalError&) {
        return;
      }
      inputs.push_back(show(v, 0));
      trace(f, *t.inputs[i], tn.children, depth);
      f.bound.push_back({t.input_slots[i], std::move(v)});
    }
    tn.detail = "inputs (" + join(inputs) + ")";
    const bool every_match = t.policy == ir::HitPolicy::Collect || t.policy == ir::HitPolicy::RuleOrder ||
                             t.policy == ir::HitPolicy::OutputOrder;
    if (every_match) {
      matched_rows(f, t, tn, depth);
      f.bound.resize(f.bound.size() - t.inputs.size());
      out.push_back(std::move(tn));
      return;
    }
    int32_t chosen = -1;
    std::string best;
    std::vector<int32_t> agreeing;  // 'any': the other rows that match, all with the same outcome
    for (size_t r = 0; r < t.rows.size(); ++r) {
      const ir::TableRow& row = t.rows[r];
      bool all = true;
      for (auto& cell : row.cells)
        if (cell && !truthy(f, *cell)) all = false;
      if (!all) continue;
      if (t.policy == ir::HitPolicy::Any && chosen >= 0) {
        agreeing.push_back(static_cast<int32_t>(r));
        continue;
      }
      if (t.policy == ir::HitPolicy::Any) {
        chosen = static_cast<int32_t>(r);
        continue;
      }
      if (t.policy != ir::HitPolicy::Priority) {
        chosen = static_cast<int32_t>(r);
        break;
      }
      std::string v = value_of(f, *row.outcome);
      Column c = eval(f, *row.outcome);
      if (chosen < 0 || c.values[0] < eval(f, *t.rows[static_cast<size_t>(chosen)].outcome).values[0])
        chosen = static_cast<int32_t>(r);
    }
    if (chosen >= 0) tn.children.push_back(row_node(f, t.rows[static_cast<size_t>(chosen)], "matched", depth));
    for (int32_t r : agreeing)
      tn.children.push_back(row_node(f, t.rows[static_cast<size_t>(r)], "matched too, the same outcome", depth));
    f.bound.resize(f.bound.size() - t.inputs.size());
    out.push_back(std::move(tn));
  }

  // Collect, rule order, output order: every row that matches, and what the policy makes of
  // them (the aggregate, or how many are listed), in the table node's detail.
  void matched_rows(Frame& f, const ir::Table& t, ExplainNode& tn, int depth) {
    size_t matched = 0;
    int64_t aggregate = 0;
    Column last;
    for (size_t r = 0; r < t.rows.size(); ++r) {
      const ir::TableRow& row = t.rows[r];
      if (static_cast<int32_t>(r) == t.otherwise_row && matched > 0) break;
      bool all = true;
      for (auto& cell : row.cells)
        if (cell && !truthy(f, *cell)) all = false;
      if (!all) continue;
      if (t.policy == ir::HitPolicy::Collect && t.collect != ir::AggKind::Count) {
        try {
          Column c = eval(f, *row.outcome);
          const int64_t v = c.values[0];
          aggregate = matched == 0 ? v
                      : t.collect == ir::AggKind::Sum ? aggregate + v
                      : t.collect == ir::AggKind::Min ? std::min(aggregate, v)
                                                      : std::max(aggregate, v);
          last = std::move(c);
        } catch (const EvalError&) {
        }
      }
      ++matched;
      tn.children.push_back(row_node(f, row, "matched", depth));
    }
    const std::string rows = fmt::format("{} row{} match{}", matched, matched == 1 ? "" : "s", matched == 1 ? "es" : "");
    if (t.policy == ir::HitPolicy::Collect && t.collect == ir::AggKind::Count) {
      tn.detail += fmt::format("; {}: count {}", rows, matched);
    } else if (t.policy == ir::HitPolicy::Collect) {
      std::string value = "none";
      if (matched > 0 && last.size() == 1) {
        last.values[0] = aggregate;
        value = show(last, 0);
      }
      tn.detail += fmt::format("; {}: {} {}", rows, ir_agg_text(t.collect), value);
    } else {
      tn.detail += fmt::format("; {}, listed in {} order", rows, t.policy == ir::HitPolicy::RuleOrder ? "row" : "output");
    }
  }

  static const char* ir_agg_text(ir::AggKind k) {
    return k == ir::AggKind::Sum ? "sum" : k == ir::AggKind::Min ? "min" : k == ir::AggKind::Max ? "max" : "count";
  }

  ExplainNode row_node(Frame& f, const ir::TableRow& row, const char* detail, int depth) {
    {
      ExplainNode rn;
      rn.kind = "row";
      rn.name = row.label;
      rn.value = value_of(f, *row.outcome);
      rn.citation = row.origin.citation;
      rn.amended_by = row.origin.amendment;
      rn.where = where(row.origin.loc);
      rn.detail = detail;
      const ir::Rule& owner = f.function >= 0 ? p_.functions[static_cast<size_t>(f.function)] : p_.rules[static_cast<size_t>(f.rule)];
      rn.coverage_id = coverage_id("row " + owner.name + "." + row.label,
                                   row.origin.amendment.empty() ? owner.origin.amendment : row.origin.amendment);
      trace(f, *row.outcome, rn.children, depth);
      return rn;
    }
  }

  static std::string join(const std::vector<std::string>& v) {
    std::string out;
    for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + v[i];
    return out;
  }

  // A call of a function: its arguments are explained where they are written (in the caller),
  // then the call is a step of its own, `phase_out(amount = 1200, rate = 0.5) = 600`, with the
  // function's clause, under which its exceptions, table or body are explained as a rule's are,
  // with its parameters bound to the arguments' values.
  void call_node(Frame& f, const ir::Expr& e, std::vector<ExplainNode>& out, int depth) {
    const ir::Rule& fn = p_.functions[static_cast<size_t>(e.index)];
    for (auto& a : e.args) trace(f, *a, out, depth);
    Frame g{f.rule, f.entity, f.row, {}, e.index};
    std::string args;
    size_t a = 0;
    try {
      if (fn.entity >= 0) {
        Column c = eval(f, *e.args[a++]);
        args = show(c, 0);
        g.bound.push_back({0, std::move(c)});
      }
      for (size_t k = 0; k < fn.param_types.size() && a < e.args.size(); ++k) {
        Column c = eval(f, *e.args[a++]);
        if (fn.param_types[k].optional && c.present.empty()) c.present.assign(c.size(), 1);
        c.type = fn.param_types[k];
        args += fmt::format("{}{} = {}", args.empty() ? "" : ", ", fn.param_names[k], show(c, 0));
        g.bound.push_back({static_cast<int32_t>(k + 1), std::move(c)});
      }
    } catch (const EvalError&) {
      return;
    }
    ExplainNode n;
    n.kind = "function";
    n.name = fmt::format("{}({})", fn.name, args);
    n.value = value_of(f, e);
    n.citation = fn.origin.citation;
    n.amended_by = fn.origin.amendment;
    n.where = where(fn.origin.loc);
    n.notes = fn.notes;
    n.assumptions = fn.assumptions;
    n.coverage_id = coverage_id("function " + fn.name, fn.origin.amendment);
    if (depth + 1 >= options_.max_depth) {
      n.detail = "not expanded: too deep";
      out.push_back(std::move(n));
      return;
    }
    const int32_t applied_at = exceptions_to(-1, fn, g, n.value, n.children, depth + 1);
    say_overridden(fn, applied_at, n);
    if (applied_at < 0) {
      if (fn.table) table(g, *fn.table, n.children, depth + 1);
      else if (fn.body) trace(g, *fn.body, n.children, depth + 1);
    }
    out.push_back(std::move(n));
  }

  void trace(Frame& f, const ir::Expr& e, std::vector<ExplainNode>& out, int depth) {
    switch (e.op) {
      case Op::Call: call_node(f, e, out, depth); return;
      case Op::RuleRef: {
        Column rows;
        try {
          rows = eval(f, *e.args[0]);
        } catch (const EvalError&) {
          return;
        }
        // A rule read again in the same definition, explained already: not listed again.
        if (rows.is_present(0)) add_read(out, rule_node(e.index, static_cast<uint32_t>(rows.values[0]), depth + 1));
        return;
      }
      case Op::Param: {
        const ir::Param& prm = p_.params[static_cast<size_t>(e.index)];
        ExplainNode n = param_node(f, e, prm.name);
        if (n.detail.empty() && prm.values.size() > 1) n.detail = fmt::format("value in force on {}", format_date(eo_.as_of));
        add_read(out, std::move(n));
        return;
      }
      case Op::ParamAt: {
        // "parameter cap at 2018-05-01 = 100000 (in force from 2016-04-06)": the date the
        // record gave, and which of the dated values it chose.
        const ir::Param& prm = p_.params[static_cast<size_t>(e.index)];
        trace(f, *e.args[0], out, depth);
        Column day;
        try {
          day = eval(f, *e.args[0]);
        } catch (const EvalError&) {
          return;
        }
        ExplainNode n = param_node(f, e, fmt::format("{} at {}", prm.name, format_date(day.values[0])));
        if (n.detail.empty()) {
          const ir::ParamValue* chosen = nullptr;
          for (auto& v : prm.values)
            if (!v.from || *v.from <= day.values[0]) chosen = &v;
          if (chosen && chosen->from) n.detail = fmt::format("in force from {}", format_date(*chosen->from));
          else if (chosen && prm.values.size() > 1)
            n.detail = fmt::format("in force until {}", format_date(*prm.values[1].from - 1));
        }
        add_read(out, std::move(n));
        return;
      }
      case Op::Scale: {
        // "parameter tax_scale = 13350 (marginal of 60000.00 ...)", then the brackets it used,
        // each with its part of the amount and what that part gives.
        const ir::Param& prm = p_.params[static_cast<size_t>(e.index)];
        for (auto& a : e.args) trace(f, *a, out, depth);
        Column amount, day;
        try {
          amount = eval(f, *e.args[0]);
          if (e.args.size() > 1) day = eval(f, *e.args[1]);
        } catch (const EvalError&) {
          return;
        }
        const int64_t on = e.args.size() > 1 ? day.values[0] : eo_.as_of;
        ExplainNode n = param_node(f, e, e.args.size() > 1 ? fmt::format("{} at {}", prm.name, format_date(on)) : prm.name);
        const ir::ParamValue* chosen = nullptr;
        for (auto& v : prm.values)
          if (!v.from || *v.from <= on) chosen = &v;
        const auto kind = static_cast<ir::ScaleKind>(e.literal);
        const char* how = kind == ir::ScaleKind::Marginal ? "marginal" : kind == ir::ScaleKind::Flat ? "flat" : "rate";
        const std::string amount_text = format_scalar(p_, prm.type, amount.values[0]);
        n.detail = fmt::format("{} of {}", how, amount_text);
        if (chosen && chosen->from) n.detail += fmt::format(", scale in force from {}", format_date(*chosen->from));
        if (chosen) {
          const auto& br = chosen->brackets;
          auto bracket_name = [&](size_t i) {
            std::string name = fmt::format("bracket {} from {}", i + 1, format_scalar(p_, prm.type, br[i].threshold));
            if (i + 1 < br.size()) name += fmt::format(" to {}", format_scalar(p_, prm.type, br[i + 1].threshold));
            return name + fmt::format(", rate {}", format_decimal(br[i].rate));
          };
          auto item = [&](std::string name, int64_t value) {
            ExplainNode it;
            it.kind = "item";
            it.name = std::move(name);
            it.value = format_decimal(value);
            n.children.push_back(std::move(it));
          };
          if (kind == ir::ScaleKind::Marginal) {
            for (size_t i = 0; i < br.size(); ++i) {
              scale_int128 part = scale_part(prm.type, br, i, amount.values[0]);
              int64_t gives = 0;
              if (part == 0 || !scale_round(part * br[i].rate, gives)) continue;
              // The part in the scale's own type: an int scale's parts are whole.
              const scale_int128 own = prm.type.kind == TypeKind::Int ? part / kDecimalScale : part;
              item(fmt::format("{}: {} of the amount", bracket_name(i), format_scalar(p_, prm.type, static_cast<int64_t>(own))),
                   gives);
            }
          } else if (!br.empty()) {
            size_t i = scale_bracket(br, amount.values[0]);
            int64_t v = 0;
            if (apply_scale(prm.type, br, kind, amount.values[0], v))
              item(kind == ir::ScaleKind::Flat ? fmt::format("{}: the rate times {}", bracket_name(i), amount_text)
                                               : fmt::format("{}: the amount's bracket", bracket_name(i)),
                   v);
          }
        }
        out.push_back(std::move(n));
        return;
      }
      case Op::CycleAt: {
        const ir::Cycle& cy = p_.cycles[static_cast<size_t>(e.index)];
        trace(f, *e.args[0], out, depth);
        ExplainNode n;
        n.kind = "cycle";
        n.name = cy.name;
        n.value = value_of(f, e);
        n.citation = cy.origin.citation;
        n.amended_by = cy.origin.amendment;
        n.where = where(cy.origin.loc);
        try {
          int64_t year = eval(f, *e.args[0]).values[0];
          int64_t len = static_cast<int64_t>(cy.values.size());
          if (year >= 1)
            n.coverage_id = coverage_id(fmt::format("cycle {}@{}", cy.name, (year - 1) % len + 1), cy.origin.amendment);
          if (year >= 1)
            n.detail = fmt::format("year {} is position {} of {}{}", year, (year - 1) % len + 1, len,
                                   year > len ? " (the cycle repeats)" : "");
        } catch (const EvalError&) {
        }
        out.push_back(std::move(n));
        return;
      }
      case Op::Field: {
        trace(f, *e.args[0], out, depth);
        const ir::Entity& ent = p_.entities[static_cast<size_t>(e.entity)];
        ExplainNode n;
        n.kind = "field";
        std::string owner = value_of(f, *e.args[0]);
        n.name = fmt::format("{}.{} of {}", ent.name, ent.fields[static_cast<size_t>(e.index)].name, owner);
        n.value = value_of(f, e);
        n.detail = "from the data";
        add_read(out, std::move(n));
        return;
      }
      case Op::If: {
        if (e.slot >= 0) {
          Column v;
          try {
            v = eval(f, *e.args[0]->args[0]);
          } catch (const EvalError&) {
            return;
          }
          trace(f, *e.args[0]->args[0], out, depth);
          ExplainNode n;
          n.kind = "branch";
          bool some = v.is_present(0);
          n.name = some ? "has a value" : "is none";
          n.value = show(v, 0);
          n.detail = some ? "the 'then' branch applies" : "the 'else' branch applies";
          if (some) {
            Column bound = v;
            bound.present.clear();
            bound.type = bound.type.as_required();
            f.bound.push_back({e.slot, std::move(bound)});
            trace(f, *e.args[1], n.children, depth);
            f.bound.pop_back();
          } else {
            trace(f, *e.args[2], n.children, depth);
          }
          out.push_back(std::move(n));
          return;
        }
        bool c = truthy(f, *e.args[0]);
        trace(f, *e.args[0], out, depth);
        ExplainNode n;
        n.kind = "branch";
        n.name = c ? "condition holds" : "condition does not hold";
        n.detail = c ? "the 'then' branch applies" : "the 'else' branch applies";
        trace(f, *e.args[c ? 1 : 2], n.children, depth);
        if (!n.children.empty()) out.push_back(std::move(n));
        return;
      }
      case Op::Match: {
        Column s;
        try {
          s = eval(f, *e.args[0]);
        } catch (const EvalError&) {
          return;
        }
        trace(f, *e.args[0], out, depth);
        for (size_t a = 0; a < e.arm_members.size(); ++a) {
          const auto& members = e.arm_members[a];
          if (!members.empty() && std::find(members.begin(), members.end(), s.values[0]) == members.end()) continue;
          ExplainNode n;
          n.kind = "branch";
          n.name = fmt::format("match {}", show(s, 0));
          n.detail = members.empty() ? "the '_' arm applies" : fmt::format("the arm for {} applies", show(s, 0));
          n.value = value_of(f, *e.args[a + 1]);
          trace(f, *e.args[a + 1], n.children, depth);
          out.push_back(std::move(n));
          break;
        }
        return;
      }
      case Op::Aggregate: {
        aggregate(f, e, out, depth);
        return;
      }
      case Op::AsOf: {
        // The one input that comes from neither the data nor the policy: say where it came from.
        ExplainNode n;
        n.kind = "as_of";
        n.name = "as_of()";
        n.value = format_date(eo_.as_of);
        n.detail = "the evaluation date of the run";
        add_read(out, std::move(n));
        return;
      }
      default:
        for (auto& a : e.args)
          if (a) trace(f, *a, out, depth);
        return;
    }
  }

  // Lists the entities an aggregate combined for this row, with the value each contributed.
  void aggregate(Frame& f, const ir::Expr& e, std::vector<ExplainNode>& out, int depth) {
    const ir::Aggregate& agg = *e.agg;
    ExplainNode n;
    n.kind = "aggregate";
    static const char* names[] = {"sum", "count", "min", "max", "any", "all", "latest", "earliest"};
    static_assert(std::size(names) == static_cast<size_t>(ir::AggKind::Earliest) + 1);
    const ir::Entity& ent = p_.entities[static_cast<size_t>(agg.entity)];
    n.name = fmt::format("{} over {}", names[static_cast<int>(agg.kind)], ent.name);
    n.value = value_of(f, e);
    n.where = where(e.loc);
    n.entity = agg.entity;
    for (const ir::Expr* part : {agg.value.get(), agg.filter.get(), agg.correlated_filter.get(), agg.order.get()})
      ir::visit(part, [&](const ir::Expr& x) {
        if (x.op == Op::RuleRef && std::find(n.reads.begin(), n.reads.end(), x.index) == n.reads.end())
          n.reads.push_back(x.index);
      });
    const Table& t = tables_[static_cast<size_t>(agg.entity)];
    // The outer row's slots, repeated for every candidate row, and the candidates themselves.
    enter(f);
    std::vector<std::pair<int32_t, Column>> outer;
    std::vector<int32_t> outer_slots{f.function >= 0 ? p_.functions[static_cast<size_t>(f.function)].row_slot : 0};
    for (auto& [slot, col] : f.bound) outer_slots.push_back(slot);
    for (int32_t s : outer_slots) outer.push_back({s, probe_.slot(s)});
    // The candidates: with a key of a numeric type, only the rows whose key is the outer row's
    // (looked up in an index); otherwise every row, each tested below. Coverage walks the key
    // on every row, so it takes them all.
    std::vector<uint32_t> rows;
    bool all_rows = true;
    if (!options_.coverage && agg.inner_key && agg.inner_key->type.kind != TypeKind::Text && agg.outer_key->type.kind != TypeKind::Text) {
      try {
        Column ok = eval(f, *agg.outer_key);
        if (ok.is_present(0)) {
          std::span<const uint32_t> keyed = rows_with_key(f.rule, agg, ok.values[0]);
          rows.assign(keyed.begin(), keyed.end());
          all_rows = false;
        }
      } catch (const EvalError&) {
      }
    }
    if (all_rows) {
      rows.resize(t.rows);
      for (uint32_t i = 0; i < t.rows; ++i) rows[i] = i;
    }
    std::vector<uint32_t> matched;
    std::vector<std::string> values;
    std::vector<uint8_t> keep(rows.size(), 0), related(rows.size(), 1);
    bool complete = false;
    int64_t chosen = -1;      // latest, earliest: the position (in `rows`) of the row chosen
    std::string chosen_text;  // its key and order
    try {
      probe_.begin(f.rule, agg.entity, agg.slot, rows, f.function);
      for (auto& [slot, col] : outer) {
        Column wide = col;
        TypeKind k = col.type.kind;
        if (k == TypeKind::Text) wide.texts.assign(rows.size(), col.texts[0]);
        else wide.values.assign(rows.size(), col.values[0]);
        if (!col.present.empty()) wide.present.assign(rows.size(), col.present[0]);
        if (slot != agg.slot) probe_.bind(slot, std::move(wide));
      }
      keep.assign(rows.size(), 1);
      auto narrow = [&](const ir::Expr* cond) {
        if (!cond) return;
        Column m = probe_.eval(*cond);
        for (size_t i = 0; i < rows.size(); ++i) keep[i] &= m.values[i] != 0 && m.is_present(i);
      };
      narrow(agg.filter.get());
      narrow(agg.correlated_filter.get());
      if (agg.inner_key) {
        Column ik = probe_.eval(*agg.inner_key), ok = probe_.eval(*agg.outer_key);
        for (size_t i = 0; i < rows.size(); ++i) {
          bool pi = ik.is_present(i), po = ok.is_present(i);
          bool eq = pi && po ? (ik.type.kind == TypeKind::Text ? ik.texts[i] == ok.texts[i] : ik.values[i] == ok.values[i])
                             : pi == po;
          keep[i] &= eq;
          related[i] = eq;
        }
      }
      Column v = agg.value ? probe_.eval(*agg.value) : Column();
      // latest, earliest: the first row in row order with the greatest (least) order.
      Column order = agg.order ? probe_.eval(*agg.order) : Column();
      for (size_t i = 0; i < rows.size(); ++i) {
        if (!keep[i]) continue;
        matched.push_back(rows[i]);
        // latest, earliest: each row's order beside its value, so that a diff sees a row move.
        values.push_back(!agg.value ? "" : agg.order ? fmt::format("{} ({})", show(v, i), show(order, i)) : show(v, i));
        if (agg.order && (chosen < 0 || (agg.kind == ir::AggKind::Latest ? order.values[i] > order.values[static_cast<size_t>(chosen)]
                                                                         : order.values[i] < order.values[static_cast<size_t>(chosen)])))
          chosen = static_cast<int64_t>(i);
      }
      if (chosen >= 0) chosen_text = fmt::format("{} ({})", key(agg.entity, rows[static_cast<size_t>(chosen)]), show(order, static_cast<size_t>(chosen)));
      complete = true;
    } catch (const EvalError&) {
    }
    if (options_.coverage && complete) n.also_covers = inside_aggregate(f, agg, rows, related, keep, depth);
    n.detail = fmt::format("{} {} {} entit{} taken into account", matched.size(), matched.size() == 1 ? "matching" : "matching",
                           ent.name, matched.size() == 1 ? "y" : "ies");
    if (agg.order && complete)
      n.detail = matched.empty() ? fmt::format("no {} row matches", ent.name)
                                 : fmt::format("{} of {} {} row{} by {}: {}", names[static_cast<int>(agg.kind)], matched.size(),
                                               ent.name, matched.size() == 1 ? "" : "s", agg.order_text, chosen_text);
    for (size_t i = 0; i < matched.size() && i < options_.max_items; ++i) {
      ExplainNode item;
      item.kind = "item";
      if (options_.item_names) item.name = key(agg.entity, matched[i]);
      item.entity = agg.entity;
      item.row = matched[i];
      item.value = values[i];
      n.children.push_back(std::move(item));
    }
    if (matched.size() > options_.max_items) {
      ExplainNode more;
      more.kind = "item";
      more.name = fmt::format("... and {} more", matched.size() - options_.max_items);
      n.children.push_back(std::move(more));
    }
    out.push_back(std::move(n));
  }
};

// Every text shown passes through the terminal escaping: names, values and details quote
// data (keys, text values), and a line break in one must not start a line of its own.
void render(const ExplainNode& n, int indent, std::string& out) {
  const auto term = [](const std::string& s) { return support::escape_for_terminal(s); };
  std::string pad(static_cast<size_t>(indent) * 2, ' ');
  std::string line = pad;
  const std::string name = term(n.name);
  if (n.kind == "exception") line += fmt::format("exception {}", name);
  else if (n.kind == "default") line += name;
  else if (n.kind == "param") line += fmt::format("parameter {}", name);
  else if (n.kind == "cycle") line += fmt::format("cycle {}", name);
  else if (n.kind == "row") line += fmt::format("row {}", name);
  else if (n.kind == "item") line += "- " + name;
  else line += name;
  if (!n.value.empty()) line += (n.kind == "exception" || n.kind == "default" ? ": " : " = ") + term(n.value);
  if (!n.citation.empty()) line += fmt::format("  [{}]", term(n.citation));
  if (!n.amended_by.empty()) line += fmt::format(" as amended by {}", term(n.amended_by));
  if (!n.detail.empty()) line += fmt::format("  ({})", term(n.detail));
  if (!n.where.empty()) line += fmt::format("  {}", term(n.where));
  out += line + "\n";
  for (auto& note : n.notes) out += pad + "  note: " + term(note) + "\n";
  for (auto& a : n.assumptions) out += pad + "  assumption: " + term(a) + "\n";
  for (auto& c : n.children) render(c, indent + 1, out);
}

}  // namespace

std::string coverage_id(const std::string& item, const std::string& amendment) {
  return amendment.empty() ? item : fmt::format("{} ({})", item, amendment);
}

ExplainNode explain(const ir::Program& program, const std::vector<Table>& tables, const EvalOptions& eval_options,
                    const Results& results, int32_t rule, uint32_t row, const ExplainOptions& options) {
  Explainer ex(program, tables, eval_options, results, options);
  return ex.explain(rule, row);
}

struct Explaining::Impl {
  Impl(const ir::Program& program, const std::vector<Table>& tables, const EvalOptions& eval_options,
       const Results& results, const ExplainOptions& options)
      : explainer(program, tables, eval_options, results, options) {}
  Explainer explainer;
};

Explaining::Explaining(const ir::Program& program, const std::vector<Table>& tables, const EvalOptions& eval_options,
                       const Results& results, const ExplainOptions& options)
    : impl_(std::make_unique<Impl>(program, tables, eval_options, results, options)) {}

Explaining::~Explaining() = default;

ExplainNode Explaining::explain(int32_t rule, uint32_t row) { return impl_->explainer.explain(rule, row); }

std::string explain_text(const ExplainNode& root) {
  std::string out;
  render(root, 0, out);
  return out;
}

}  // namespace redline::runtime
