// Static analysis for `redline check`: warnings that point at a likely mistake in a policy or an
// amendment, each with a location and, where it depends on data, a concrete example input.
//
// The data-dependent checks (exceptions that never or always apply or that conflict, obligations
// a role escapes) run the policy itself, with the ordinary evaluator, over generated cases: every
// combination of each field's boundary values (enum members, bools, the constants the policy
// compares with and their neighbours, none), and, where a rule aggregates over related rows,
// cases with 1, 2 and 3 related rows. A finding therefore names a case the reader can check by
// hand. A negative finding ("never applies") is a warning only when the cases cover every
// behaviour of what it reads (see Coverage); otherwise it is an `undecided` remark. An
// obligation a role escapes is also put to Z3 (analysis/check.h): proved for every input, it is
// a warning saying so whatever the cases covered; shown to apply on some input, it is withdrawn.
#include "service/lint.h"

#include <algorithm>
#include <array>
#include <functional>
#include <optional>
#include <map>
#include <set>

#include <fmt/format.h>

#include "analysis/check.h"
#include "service/compare.h"
#include "service/data.h"
#include "runtime/evaluator.h"
#include "runtime/writers.h"
#include "types/values.h"

namespace redline::service {

namespace {

// The day the searches of time-dependent findings centre on (witness dates are within twenty
// years of it): fixed, so that `check` gives the same witness whatever day it runs.
constexpr int64_t kDeadlineAnchor = 18262;  // 2020-01-01

using support::Diag;

std::string proved_never(const ir::Program& p, int32_t rule, int32_t field, int32_t member);
std::string proved_constant(const ir::Program& p, int32_t rule, int32_t exception, bool holds);

constexpr size_t kMaxCases = 60000;
// Cases times rules evaluated: every rule the checks need costs a column of the cases, so a
// policy of thousands of rules gets fewer cases (a sample) rather than gigabytes and seconds.
constexpr size_t kMaxCells = 6'000'000;
// Base cases when an aggregate is evaluated pairwise (every row against every row): with the
// related rows, about 8,000 rows, 64 million pairs.
constexpr size_t kMaxPairwiseCases = 4'000;

void constants(const ir::Program& p, const ir::Rule& r, std::set<int64_t>& ints, std::set<int64_t>& dates,
               std::set<int64_t>& sets) {
  ir::visit_rule_and_calls(p, r, [&](const ir::Expr& e) {
    if (e.op == ir::Op::Literal && !e.is_none) {
      if (e.type.is_numeric()) ints.insert(e.literal);
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
  for (auto& c : f.checks)
    if (!ir::check_holds(c, v)) return false;
  return true;
}

// An aggregate over entity `from` that relates its rows to rows of `to` through the reference
// field `field` (`count(r in Resident where r.household == h)`: Resident.household -> Household).
struct Relation {
  int32_t from = -1;
  int32_t field = -1;
  int32_t to = -1;
};

// The relations the aggregates of `rules` follow, in the order first met.
std::vector<Relation> relations(const ir::Program& p, const std::vector<int32_t>& rules) {
  std::vector<Relation> out;
  for (int32_t ri : rules)
    ir::visit_rule_and_calls(p, p.rules[static_cast<size_t>(ri)], [&](const ir::Expr& e) {
      if (e.op != ir::Op::Aggregate || !e.agg) return;
      const ir::Aggregate& a = *e.agg;
      for (const ir::Expr* part : {a.inner_key.get(), a.correlated_filter.get(), a.filter.get(), a.value.get(), a.order.get()})
        ir::visit(part, [&](const ir::Expr& x) {
          if (x.op != ir::Op::Field || x.args.size() != 1 || x.args[0]->op != ir::Op::Var || x.args[0]->slot != a.slot ||
              x.entity != a.entity)
            return;
          const ir::Field& f = p.entities[static_cast<size_t>(a.entity)].fields[static_cast<size_t>(x.index)];
          if (f.type.kind != TypeKind::Entity) return;
          for (const Relation& r : out)
            if (r.from == a.entity && r.field == x.index) return;
          out.push_back({a.entity, x.index, f.type.index});
        });
    });
  return out;
}

// Generated cases: one table per entity. Its first rows (the base cases) are combinations of
// each field's boundary values; a reference field points at the first row. When the checked
// rules aggregate over related rows, base cases of the related-to entity are copied into
// groups, each copy with 1, 2 or 3 related rows (base cases of the related entity, the
// reference pointing at the copy): an aggregate then sees 0, 1 and several rows whose fields
// sit at the boundaries the policy compares with.
struct Cases {
  std::vector<runtime::Table> tables;
  std::deque<std::string> texts;
  std::vector<uint8_t> sampled;      // per entity: the base cases are a sample of the combinations, not all
  std::vector<uint8_t> every_value;  // per entity: every value of every field is in some base case
  std::vector<size_t> base;          // per entity: the number of base cases
  std::vector<size_t> combinations;  // per entity: the number of combinations of its fields' values
  std::vector<Relation> relations;
  std::vector<size_t> most_related;  // per relation: the most rows related to one row
};

// The constants come from `rules` only (those the checks evaluate); at most `max_rows` base cases.
Cases generate(const ir::Program& p, const std::vector<int32_t>& rules, size_t max_rows) {
  std::set<int64_t> ints, dates, sets;
  for (int32_t r : rules) constants(p, p.rules[static_cast<size_t>(r)], ints, dates, sets);
  Cases out;
  const size_t n_entities = p.entities.size();
  out.tables.resize(n_entities);
  out.sampled.resize(n_entities);
  out.every_value.resize(n_entities);
  out.base.resize(n_entities);
  out.combinations.resize(n_entities);
  std::vector<std::vector<std::vector<std::pair<bool, int64_t>>>> all_domains(n_entities);  // (present, value)
  for (size_t ei = 0; ei < n_entities; ++ei) {
    const ir::Entity& ent = p.entities[ei];
    auto& domains = all_domains[ei];
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
          case TypeKind::Money:
            // Amounts are whole cents: the neighbours of a threshold are a cent away, and a
            // constant that is not a whole number of cents is no amount's boundary.
            add(0);
            for (auto& c : f.checks) add(c.value);
            for (int64_t c : ints)
              if (c % kCentScale == 0 && c > INT64_MIN + kCentScale && c < INT64_MAX - kCentScale)
                add(c), add(c - kCentScale), add(c + kCentScale);
            break;
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
    out.combinations[ei] = total;
    out.base[ei] = std::min(total, max_rows);
    out.sampled[ei] = out.base[ei] < total;
    size_t widest = 0;
    for (auto& d : domains) widest = std::max(widest, d.size());
    out.every_value[ei] = !out.sampled[ei] || widest <= out.base[ei];
  }

  // Rows added for the aggregates. A group is a copy of a base case of the related-to entity
  // with its related rows; there are five kinds of group: 1 related row, 2 and 3 copies of one
  // base case of the related entity (a count or sum over rows at one boundary), 2 and 3
  // consecutive base cases (rows at different boundaries). With enough room, every base case
  // meets every related base case (see below). All of it within about twice the base cases'
  // budget.
  out.relations = relations(p, rules);
  const size_t n_rel = out.relations.size();
  constexpr size_t kKinds = 5;
  constexpr size_t kRelatedPerGroup[kKinds] = {1, 2, 2, 3, 3};
  constexpr size_t kRelatedPerRound = 11;
  std::vector<size_t> groups(n_entities, 0), rows(n_entities, 0);
  for (const Relation& r : out.relations) {
    size_t to = static_cast<size_t>(r.to), pool = out.base[static_cast<size_t>(r.from)];
    size_t want = std::min(out.base[to] * std::max<size_t>(pool, 1), SIZE_MAX / 64);
    groups[to] = std::max(groups[to], std::min(want, std::max<size_t>(1, max_rows / (kKinds + kRelatedPerRound * n_rel))));
  }
  for (size_t ei = 0; ei < n_entities; ++ei) rows[ei] = out.base[ei] + kKinds * groups[ei];
  for (const Relation& r : out.relations)
    rows[static_cast<size_t>(r.from)] += kRelatedPerRound * groups[static_cast<size_t>(r.to)];

  for (size_t ei = 0; ei < n_entities; ++ei) {
    const ir::Entity& ent = p.entities[ei];
    auto& domains = all_domains[ei];
    const size_t total = out.combinations[ei], base = out.base[ei];
    runtime::Table& t = out.tables[ei];
    t.entity = static_cast<int32_t>(ei);
    t.source = "generated cases";
    t.rows = rows[ei];
    uint64_t seed = 0x9e3779b97f4a7c15ULL;
    for (size_t fi = 0; fi < ent.fields.size(); ++fi) {
      runtime::Column c;
      c.type = ent.fields[fi].type;
      if (c.type.kind == TypeKind::Text) c.texts.assign(t.rows, std::string_view());
      else c.values.assign(t.rows, 0);
      if (c.type.optional) c.present.assign(t.rows, 1);
      t.columns.push_back(std::move(c));
    }
    // A sample starts with rows that give every field each of its values at least once (row r
    // takes value r mod n of a field of n values), so that no single boundary goes untried; when
    // some field has more values than that (thousands of constants), half the sample goes to
    // its first values (0, its checks, the smallest constants) and half to random combinations.
    size_t widest = 0;
    for (auto& d : domains) widest = std::max(widest, d.size());
    size_t covering = total <= base ? 0 : widest <= base ? widest : base / 2;
    for (size_t r = 0; r < base; ++r) {
      // Every combination when they fit; otherwise a deterministic sample of them.
      size_t index = r;
      if (total > base && r >= covering) {
        seed ^= seed << 13, seed ^= seed >> 7, seed ^= seed << 17;
        index = static_cast<size_t>(seed % total);
      }
      for (size_t fi = 0; fi < ent.fields.size(); ++fi) {
        auto& d = domains[fi];
        auto [present, v] = d[(r < covering ? r : index) % d.size()];
        index /= d.size();
        runtime::Column& c = t.columns[fi];
        if (static_cast<int32_t>(fi) == ent.key_field) continue;
        if (!present) {
          c.present[r] = 0;
          continue;
        }
        if (c.type.kind == TypeKind::Text) c.texts[r] = "";
        else c.values[r] = v;
      }
    }
  }

  // Copies row `src` of entity `ei` to row `dst`, but for the key.
  auto copy_row = [&](size_t ei, size_t src, size_t dst) {
    runtime::Table& t = out.tables[ei];
    for (size_t fi = 0; fi < t.columns.size(); ++fi) {
      if (static_cast<int32_t>(fi) == p.entities[ei].key_field) continue;
      runtime::Column& c = t.columns[fi];
      if (c.type.kind == TypeKind::Text) c.texts[dst] = c.texts[src];
      else c.values[dst] = c.values[src];
      if (c.type.optional) c.present[dst] = c.present[src];
    }
  };
  std::vector<size_t> next(out.base);
  // group_rows[entity][kind]: the copies that get related rows.
  std::vector<std::array<std::vector<uint32_t>, kKinds>> group_rows(n_entities);
  for (size_t ei = 0; ei < n_entities; ++ei)
    for (size_t k = 0; k < kKinds; ++k)
      for (size_t g = 0; g < groups[ei]; ++g) {
        copy_row(ei, g % out.base[ei], next[ei]);
        group_rows[ei][k].push_back(static_cast<uint32_t>(next[ei]++));
      }
  for (const Relation& rel : out.relations) {
    const size_t from = static_cast<size_t>(rel.from), to = static_cast<size_t>(rel.to);
    const size_t pool = out.base[from];
    if (pool == 0) continue;
    for (size_t k = 0; k < kKinds; ++k)
      for (size_t g = 0; g < group_rows[to][k].size(); ++g) {
        // Group g copies base case a = g mod N and relates, in round m = g div N, base case
        // (m + 7919 a) mod pool: over the rounds, a meets every related base case, and when
        // there is room for less than a round, the groups still relate varied base cases.
        const size_t first = (g / out.base[to] + (g % out.base[to]) * 7919) % pool;
        const bool same = k == 1 || k == 3;
        for (size_t j = 0; j < kRelatedPerGroup[k]; ++j) {
          size_t dst = next[from]++;
          copy_row(from, (first + (same ? 0 : j)) % pool, dst);
          runtime::Column& c = out.tables[from].columns[static_cast<size_t>(rel.field)];
          c.values[dst] = group_rows[to][k][g];
          if (c.type.optional) c.present[dst] = 1;
        }
      }
  }
  // Keys, numbered over all rows.
  for (size_t ei = 0; ei < n_entities; ++ei) {
    runtime::Table& t = out.tables[ei];
    runtime::Column& c = t.columns[static_cast<size_t>(p.entities[ei].key_field)];
    for (size_t r = 0; r < t.rows; ++r) {
      std::string& key = out.texts.emplace_back(fmt::format("case{}", r + 1));
      if (c.type.kind == TypeKind::Text) c.texts[r] = key;
      else c.values[r] = static_cast<int64_t>(r + 1);
      t.key_index.emplace(key, static_cast<uint32_t>(r));
    }
  }
  for (const Relation& rel : out.relations) {
    const runtime::Table& from = out.tables[static_cast<size_t>(rel.from)];
    const runtime::Column& c = from.columns[static_cast<size_t>(rel.field)];
    std::vector<size_t> count(out.tables[static_cast<size_t>(rel.to)].rows, 0);
    size_t most = 0;
    for (size_t r = 0; r < from.rows; ++r)
      if (c.is_present(r) && static_cast<size_t>(c.values[r]) < count.size())
        most = std::max(most, ++count[static_cast<size_t>(c.values[r])]);
    out.most_related.push_back(most);
  }
  return out;
}

// A case as a note shows it: its fields (all but the key and `skip_field`), then, for each
// relation into its entity, the rows related to it.
// The entities whose rows rule `rule` reads through aggregates, itself and what it reads.
std::set<int32_t> entities_read(const ir::Program& p, int32_t rule) {
  std::set<int32_t> out;
  for (int32_t r : runtime::closure(p, {rule}))
    ir::visit_rule_and_calls(p, p.rules[static_cast<size_t>(r)], [&](const ir::Expr& e) {
      if (e.op == ir::Op::Aggregate && e.agg) out.insert(e.agg->entity);
    });
  return out;
}

// With `read`, only the related rows of those entities are shown (the rows of a history no rule
// of the finding reads would only be noise).
std::string describe_case(const ir::Program& p, const runtime::Table& t, size_t row, const Cases* cases = nullptr,
                          int32_t skip_field = -1, const std::set<int32_t>* read = nullptr) {
  const ir::Entity& ent = p.entities[static_cast<size_t>(t.entity)];
  std::string out;
  for (size_t fi = 0; fi < ent.fields.size(); ++fi) {
    if (static_cast<int32_t>(fi) == ent.key_field || static_cast<int32_t>(fi) == skip_field) continue;
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
  if (!cases) return out;
  for (const Relation& rel : cases->relations) {
    if (rel.to != t.entity || (read && !read->count(rel.from))) continue;
    const runtime::Table& from = cases->tables[static_cast<size_t>(rel.from)];
    const runtime::Column& ref = from.columns[static_cast<size_t>(rel.field)];
    const ir::Entity& fe = p.entities[static_cast<size_t>(rel.from)];
    std::vector<size_t> related;
    for (size_t r = 0; r < from.rows; ++r)
      if (ref.is_present(r) && static_cast<size_t>(ref.values[r]) == row) related.push_back(r);
    std::string rows;
    for (size_t k = 0; k < related.size() && k < 3; ++k)
      rows += fmt::format("{}{{{}}}", k ? ", " : "", describe_case(p, from, related[k], nullptr, rel.field));
    if (related.size() > 3) rows += fmt::format(" and {} more", related.size() - 3);
    out += related.empty() ? fmt::format(", and no {} whose {} is it", fe.name, fe.fields[static_cast<size_t>(rel.field)].name)
                           : fmt::format(", and {} {} row{} whose {} is it: {}", related.size(), fe.name,
                                         related.size() == 1 ? "" : "s", fe.fields[static_cast<size_t>(rel.field)].name, rows);
  }
  return out;
}

// --- coverage: when the generated cases decide a condition ------------------------------
//
// A finding that something never (or always) happens is established only when the cases hold
// every behaviour of what it reads. They do when it is built from: fields of the row itself
// that are bools, enums, optionals tested for presence, numbers and dates compared with
// constants (the cases hold each constant and its neighbours, so every region between them),
// sets with at most two members (every subset is a case) or compared whole with a constant;
// constants (a parameter with one value); and/or/not, if, match, ?? and the rules of the same
// row built likewise. Everything else (aggregates, rules and fields of related rows, text,
// arithmetic on fields, two fields compared, cycles indexed by a field, parameters that change
// on a date, tests on the members of larger sets) is covered by some cases only, and a finding
// over it is reported as undecided. When the cases are a sample, only a condition that reads
// at most one field is decided (the sample holds every value of every field).
struct Coverage {
  bool exact = true;
  std::string reason;        // why not, for the note
  std::set<int32_t> fields;  // fields of the row read

  void fail(std::string why) {
    if (!exact) return;
    exact = false;
    reason = std::move(why);
  }
  void merge(const Coverage& o) {
    if (!o.exact) fail(o.reason);
    fields.insert(o.fields.begin(), o.fields.end());
  }
};

const char* agg_name(ir::AggKind k) {
  switch (k) {
    case ir::AggKind::Sum: return "sum";
    case ir::AggKind::Count: return "count";
    case ir::AggKind::Min: return "min";
    case ir::AggKind::Max: return "max";
    case ir::AggKind::Any: return "any";
    case ir::AggKind::All: return "all";
    case ir::AggKind::Latest: return "latest";
    case ir::AggKind::Earliest: return "earliest";
  }
  return "aggregate";
}

class CoverageWalker {
 public:
  // `pinned`: a set field whose value is fixed in the cases considered (-1: none).
  CoverageWalker(const ir::Program& p, const Cases& cases, int32_t pinned) : p_(p), cases_(cases), pinned_(pinned) {}

  Coverage condition(const ir::Expr& e) {
    Coverage c;
    generic(e, c);
    return c;
  }
  Coverage rule(int32_t ri) {
    Coverage c;
    walk_rule(ri, false, c);
    return c;
  }

 private:
  const ir::Program& p_;
  const Cases& cases_;
  int32_t pinned_;
  std::map<std::pair<int32_t, bool>, Coverage> memo_;

  static bool numeric(const Type& t) {
    return t.is_numeric() || t.kind == TypeKind::Date;
  }
  static bool is_row(const ir::Expr& e) { return e.op == ir::Op::Var && e.slot == 0; }
  bool constant(const ir::Expr& e) const {
    switch (e.op) {
      case ir::Op::Literal: case ir::Op::Param: return true;
      case ir::Op::IntToDecimal: case ir::Op::Neg: case ir::Op::Abs:
      case ir::Op::Add: case ir::Op::Sub: case ir::Op::Mul: case ir::Op::Div: case ir::Op::Mod:
      case ir::Op::Min2: case ir::Op::Max2:
        return std::all_of(e.args.begin(), e.args.end(), [&](const ir::ExprPtr& a) { return constant(*a); });
      default: return false;
    }
  }
  void param(const ir::Expr& e, Coverage& c) {
    const ir::Param& prm = p_.params[static_cast<size_t>(e.index)];
    if (prm.values.size() > 1)
      c.fail(fmt::format("reads parameter '{}', whose value changes on a date; the cases use its first value", prm.name));
  }
  void constants_in(const ir::Expr& e, Coverage& c) {
    ir::visit(&e, [&](const ir::Expr& x) {
      if (x.op == ir::Op::Param) param(x, c);
    });
  }
  std::string related_rows(const ir::Aggregate& a) const {
    const std::string& name = p_.entities[static_cast<size_t>(a.entity)].name;
    size_t most = 0;
    bool related = false;
    for (size_t i = 0; i < cases_.relations.size(); ++i)
      if (cases_.relations[i].from == a.entity) related = true, most = std::max(most, cases_.most_related[i]);
    if (related)
      return fmt::format("reads '{}(...)' over related {} rows, which the generated cases cover only up to {} row{}",
                         agg_name(a.kind), name, most, most == 1 ? "" : "s");
    return fmt::format("reads '{}(...)' over the {} rows, of which the generated cases hold only {}", agg_name(a.kind),
                       name, cases_.tables[static_cast<size_t>(a.entity)].rows);
  }

  // A row's field, or a failure when `base` is not the row itself.
  bool own_field(const ir::Expr& e, Coverage& c) {
    if (!is_row(*e.args[0])) {
      const ir::Entity& ent = p_.entities[static_cast<size_t>(e.entity)];
      c.fail(fmt::format("reads '{}' of a related {} through a reference", ent.fields[static_cast<size_t>(e.index)].name,
                         ent.name));
      return false;
    }
    c.fields.insert(e.index);
    return true;
  }

  void walk_rule(int32_t ri, bool as_number, Coverage& c) {
    auto key = std::make_pair(ri, as_number);
    auto it = memo_.find(key);
    if (it == memo_.end()) {
      Coverage sub;
      memo_[key] = Coverage{false, "reads a rule that depends on itself", {}};  // a cycle is an error elsewhere
      const ir::Rule& r = p_.rules[static_cast<size_t>(ri)];
      auto value = [&](const ir::Expr& e) { as_number ? number(e, sub) : generic(e, sub); };
      if (r.body) value(*r.body);
      if (r.table) {
        for (const auto& in : r.table->inputs) numeric(in->type) ? number(*in, sub) : generic(*in, sub);
        for (const auto& row : r.table->rows) {
          for (const auto& cell : row.cells)
            if (cell) generic(*cell, sub);
          if (row.outcome) value(*row.outcome);
        }
      }
      for (const auto& x : r.exceptions) {
        generic(*x.condition, sub);
        value(*x.value);
      }
      it = memo_.insert_or_assign(key, std::move(sub)).first;
    }
    c.merge(it->second);
  }

  // A number or date whose every region between the constants the cases hold: it must be
  // compared only with constants, which the caller checks.
  void number(const ir::Expr& e, Coverage& c) {
    switch (e.op) {
      case ir::Op::Literal: return;
      case ir::Op::Param: param(e, c); return;
      case ir::Op::Var: return;
      case ir::Op::Field: own_field(e, c); return;
      case ir::Op::IntToDecimal:
        // The cases hold an int field's values at the int constants, not at the decimal ones
        // it is compared with here (2.5 would need 2 and 3).
        if (!constant(*e.args[0])) {
          c.fail("compares a whole number with a decimal, and the cases hold whole numbers only at whole constants");
          return;
        }
        return number(*e.args[0], c);
      case ir::Op::If:
        generic(*e.args[0], c);
        number(*e.args[1], c);
        number(*e.args[2], c);
        return;
      case ir::Op::Match:
        generic(*e.args[0], c);
        for (size_t i = 1; i < e.args.size(); ++i) number(*e.args[i], c);
        return;
      case ir::Op::Coalesce:
        number(*e.args[0], c);
        number(*e.args[1], c);
        return;
      case ir::Op::RuleRef:
        if (!is_row(*e.args[0])) {
          c.fail(fmt::format("reads rule '{}' of a related {} through a reference",
                             p_.rules[static_cast<size_t>(e.index)].name, p_.entities[static_cast<size_t>(
                                 p_.rules[static_cast<size_t>(e.index)].entity)].name));
          return;
        }
        walk_rule(e.index, true, c);
        return;
      case ir::Op::Aggregate: c.fail(related_rows(*e.agg)); return;
      case ir::Op::Call:
        c.fail(fmt::format("calls function '{}', which the generated cases do not analyse",
                           p_.functions[static_cast<size_t>(e.index)].name));
        return;
      case ir::Op::CycleAt:
        if (!constant(*e.args[0]))
          c.fail(fmt::format("indexes cycle '{}' by a number, and the cases do not try every position",
                             p_.cycles[static_cast<size_t>(e.index)].name));
        return;
      default:
        if (constant(e)) {
          constants_in(e, c);
          return;
        }
        c.fail("computes with numbers, and the boundary values of each field do not cover every result");
        return;
    }
  }

  void compare(const ir::Expr& e, Coverage& c) {
    const ir::Expr& a = *e.args[0];
    const ir::Expr& b = *e.args[1];
    const bool ca = constant(a), cb = constant(b);
    if (ca || cb) {
      const ir::Expr& other = ca ? b : a;
      constants_in(ca ? a : b, c);
      if (numeric(other.type.as_required())) return number(other, c);
      // A set field compared whole with a constant set: the cases hold that set.
      if (other.type.kind == TypeKind::Set && other.op == ir::Op::Field && (e.op == ir::Op::Eq || e.op == ir::Op::Ne)) {
        own_field(other, c);
        return;
      }
      return generic(other, c);
    }
    if (numeric(a.type.as_required()) || numeric(b.type.as_required())) {
      c.fail("compares two values that both vary, and the boundary values of each do not cover every ordering");
      return;
    }
    if (a.type.kind == TypeKind::Entity || b.type.kind == TypeKind::Entity) {
      c.fail("compares references to rows, and the cases point every reference at one row");
      return;
    }
    generic(a, c);
    generic(b, c);
  }

  void generic(const ir::Expr& e, Coverage& c) {
    switch (e.op) {
      case ir::Op::Literal: return;
      case ir::Op::Param: param(e, c); return;
      case ir::Op::Var: return;
      case ir::Op::Field: {
        if (!own_field(e, c)) return;
        const Type& t = e.type;
        if (t.kind == TypeKind::Text) c.fail(fmt::format("reads the text of '{}', which the cases hold only empty",
                                                         p_.entities[static_cast<size_t>(e.entity)].fields[static_cast<size_t>(e.index)].name));
        else if (numeric(t.as_required()))
          c.fail("uses a number other than by comparing it with a constant");
        else if (t.kind == TypeKind::Set && e.index != pinned_ && p_.enums[static_cast<size_t>(t.index)].members.size() > 2)
          c.fail(fmt::format("tests the members of '{}', and the cases hold only some of its subsets",
                             p_.entities[static_cast<size_t>(e.entity)].fields[static_cast<size_t>(e.index)].name));
        return;
      }
      case ir::Op::RuleRef:
        if (!is_row(*e.args[0])) return number(e, c);  // reports the reference
        if (numeric(e.type.as_required())) {
          c.fail("uses a number other than by comparing it with a constant");
          return;
        }
        walk_rule(e.index, false, c);
        return;
      case ir::Op::Eq: case ir::Op::Ne: case ir::Op::Lt: case ir::Op::Le: case ir::Op::Gt: case ir::Op::Ge:
        return compare(e, c);
      case ir::Op::IsNone:
      case ir::Op::IsSome:
        // Presence: the cases hold none and a value of every optional field.
        if (e.args[0]->op == ir::Op::Field) {
          own_field(*e.args[0], c);
          return;
        }
        if (numeric(e.args[0]->type.as_required())) return number(*e.args[0], c);
        return generic(*e.args[0], c);
      case ir::Op::If:
        generic(*e.args[0], c);
        if (numeric(e.type.as_required())) {
          number(*e.args[1], c);
          number(*e.args[2], c);
        } else {
          generic(*e.args[1], c);
          generic(*e.args[2], c);
        }
        return;
      case ir::Op::Aggregate: c.fail(related_rows(*e.agg)); return;
      case ir::Op::Call:
        c.fail(fmt::format("calls function '{}', which the generated cases do not analyse",
                           p_.functions[static_cast<size_t>(e.index)].name));
        return;
      case ir::Op::CycleAt: return number(e, c);
      case ir::Op::And: case ir::Op::Or: case ir::Op::Not: case ir::Op::Match: case ir::Op::Coalesce:
      case ir::Op::In: case ir::Op::Within: case ir::Op::Overlaps: case ir::Op::SetSize:
        for (const auto& a : e.args)
          if (numeric(a->type.as_required())) number(*a, c);
          else generic(*a, c);
        return;
      default:
        if (constant(e)) return constants_in(e, c);
        c.fail("computes with numbers, and the boundary values of each field do not cover every result");
        return;
    }
  }
};

void unused_rules(const ir::Program& p, support::DiagnosticEngine& diags) {
  // An obligation with a date or an act is followed over time (`timeline`, the deadline and
  // conflict checks) even when no output reads it: it and its `.due` count as used.
  std::vector<int32_t> outputs, followed;
  for (size_t i = 0; i < p.rules.size(); ++i) {
    if (p.rules[i].output) outputs.push_back(static_cast<int32_t>(i));
    if (p.rules[i].followed()) followed.push_back(static_cast<int32_t>(i));
    if (p.rules[i].due_rule >= 0) followed.push_back(p.rules[i].due_rule);
  }
  if (outputs.empty()) return;
  outputs.insert(outputs.end(), followed.begin(), followed.end());
  std::vector<int32_t> used = runtime::closure(p, outputs);
  std::set<int32_t> used_set(used.begin(), used.end());
  for (size_t i = 0; i < p.rules.size(); ++i)
    if (!used_set.count(static_cast<int32_t>(i)))
      diags.report(Diag::UnusedRule, p.rules[i].origin.loc,
                   fmt::format("rule '{}' is not used by any output; mark it 'output' or remove it", p.rules[i].name),
                   static_cast<uint32_t>(p.rules[i].name.size()));
  // A function is used when a rule an output uses calls it, directly or through other functions.
  std::set<std::string> called;
  for (int32_t r : used)
    ir::visit_rule_and_calls(p, p.rules[static_cast<size_t>(r)], [&](const ir::Expr& e) {
      if (e.op == ir::Op::Call) called.insert(p.functions[static_cast<size_t>(e.index)].name);
    });
  for (const ir::Rule& f : p.functions)
    if (!called.count(f.name))
      diags.report(Diag::UnusedRule, f.origin.loc,
                   fmt::format("function '{}' is not called by any rule an output uses; call it or remove it", f.name),
                   static_cast<uint32_t>(f.name.size()));
}

// `x > T` and `x < T` in one rule with nothing for `x == T`: the value at the threshold falls through.
void threshold_fallthrough(const ir::Program& p, support::DiagnosticEngine& diags) {
  std::vector<const ir::Rule*> all;
  for (const auto& r : p.rules) all.push_back(&r);
  for (const auto& f : p.functions) all.push_back(&f);  // a function's thresholds are its own
  for (const ir::Rule* rp : all) {
    const ir::Rule& r = *rp;
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
                   fmt::format("{} '{}' tests '< {}' and '> {}' but nothing covers a value exactly at {}; "
                               "say which side it belongs to with '<=' or '>='",
                               r.row_slot >= 0 ? "function" : "rule", r.name, value, value, value),
                   1);
    }
  }
}

// Two exceptions of one rule that hold for one case and give different values: at run time the
// evaluation stops there with an error naming both clauses, so `check` reports it as an error,
// with the case as the witness. Found only where the generated cases reach.
// ", as of 2020-01-01" when what the policy gives depends on the day (a parameter with dated
// values, as_of()): the day a witness was run on.
std::string as_of_note(const ir::Program& p, int64_t day) {
  bool dated = analysis::parameter_dates(p).size() > 1;
  for (size_t i = 0; i < p.rules.size() && !dated; ++i)
    ir::visit_rule_and_calls(p, p.rules[i], [&](const ir::Expr& e) { dated = dated || e.op == ir::Op::AsOf; });
  return dated ? ", as of " + format_date(day) : "";
}

// A witness's rows as notes of a finding: "witness Party P1: roles = ..., count = ...".
void add_witness_notes(const analysis::Witness& w, support::Diagnostic& d) {
  for (const auto& t : w.tables)
    for (const auto& row : t.rows) {
      std::string fields;
      for (size_t f = 0; f < row.size() && f < t.header.size(); ++f) {
        if (f == t.key_column) continue;
        fields += fmt::format("{}{} = {}", fields.empty() ? "" : ", ", t.header[f], row[f].empty() ? "none" : row[f]);
      }
      d.notes.push_back({{}, 1, fmt::format("witness {} {}: {}", t.entity, t.key_column < row.size() ? row[t.key_column] : "", fields)});
    }
}

// Runs rule `ri` on a solver's witness, on the witness's day: the evaluator's error when the
// evaluation stops at that rule (what the witness was sought to show), else none (no claim).
std::optional<runtime::EvalFault> stops_at(const ir::Program& p, int32_t ri, const analysis::ProofResult& res) {
  try {
    std::vector<runtime::Table> tables = load_tables(p, witness_data(res.witness), {ri});
    runtime::EvalOptions eo;
    eo.as_of = res.day;
    eo.threads = 1;
    runtime::evaluate(p, tables, eo, {ri});
  } catch (const runtime::EvalError& e) {
    if (e.rule == p.rules[static_cast<size_t>(ri)].name) return static_cast<const runtime::EvalFault&>(e);
  } catch (const std::exception&) {
  }
  return std::nullopt;
}

// Sibling exceptions `i` and `j` of rule `ri` that no generated case shows disagreeing, put to
// Z3, on every date: an input where both apply with different values,
// confirmed by running the policy on it (the evaluation stops with the conflict), is reported
// as the cases' findings are; a proof that none exists, or a witness the evaluator does not
// confirm, is not a finding.
void disagreement_by_proof(const ir::Program& p, int32_t ri, size_t i, size_t j, support::DiagnosticEngine& diags) {
  const ir::Rule& r = p.rules[static_cast<size_t>(ri)];
  const ir::Exception& a = r.exceptions[i];
  const ir::Exception& b = r.exceptions[j];
  analysis::ProofResult res =
      analysis::siblings_agree(p, ri, static_cast<int32_t>(i), static_cast<int32_t>(j), kDeadlineAnchor);
  if (res.kind != analysis::ProofResult::Kind::Witness) return;
  const std::optional<runtime::EvalFault> fault = stops_at(p, ri, res);
  if (!fault) return;  // not confirmed: no claim
  auto& d = diags.report(
      Diag::ExceptionConflict, b.origin.loc,
      fmt::format("exceptions '{}' [{}] and '{}' [{}] of rule '{}' both apply and disagree for an input the generated "
                  "cases do not hold (found by Z3, confirmed by running the policy on it)",
                  a.label, a.origin.citation, b.label, b.origin.citation, r.name),
      static_cast<uint32_t>(b.label.size()));
  d.notes.push_back({a.origin.loc, static_cast<uint32_t>(a.label.size()), fmt::format("exception '{}' is here", a.label)});
  add_witness_notes(res.witness, d);
  d.notes.push_back({{}, 1, fmt::format("on the witness{}, {} {}: {}", as_of_note(p, res.day), fault->entity,
                                        fault->key, fault->message)});
  d.notes.push_back({{}, 1, "evaluating such a " + p.entities[static_cast<size_t>(r.entity)].name +
                                " stops with an error; make the conditions exclusive, or the values agree"});
}

void conflicting_exceptions(const ir::Program& p, const Cases& cases, runtime::Probe& probe, size_t ri,
                            const std::vector<runtime::Column>& holds, support::DiagnosticEngine& diags) {
  const ir::Rule& r = p.rules[ri];
  const runtime::Table& t = cases.tables[static_cast<size_t>(r.entity)];
  auto show = [&](const runtime::Column& c, size_t i) {
    if (!c.is_present(i)) return std::string("none");
    if (c.type.kind == TypeKind::Text) return fmt::format("\"{}\"", c.texts[i]);
    return runtime::format_value(p, c, i);
  };
  // Which exception gives the value of each exception's subtree, case by case (default logic:
  // an exception to it that applies overrides it; -1 where neither it nor one under it applies).
  const size_t n = r.exceptions.size();
  std::vector<std::vector<int32_t>> who(n);
  std::vector<uint8_t> done(n, 0);
  std::function<void(size_t)> settle = [&](size_t k) {
    if (done[k]) return;
    done[k] = 1;  // the compiler rejects cycles, so this only stops a repeated visit
    who[k].assign(t.rows, -1);
    for (size_t c = 0; c < n; ++c) {
      if (r.exceptions[c].parent != static_cast<int32_t>(k)) continue;
      settle(c);
      for (size_t row = 0; row < t.rows; ++row)
        if (who[k][row] < 0) who[k][row] = who[c][row];
    }
    if (holds[k].size() != t.rows) return;  // its condition could not be evaluated on the cases
    for (size_t row = 0; row < t.rows; ++row)
      if (who[k][row] < 0 && holds[k].is_present(row) && holds[k].values[row]) who[k][row] = static_cast<int32_t>(k);
  };
  for (size_t k = 0; k < n; ++k) settle(k);
  // Siblings (exceptions to the same one, or to the default) have one rank: where two give a
  // value, they must agree.
  for (size_t j = 1; j < n; ++j) {
    for (size_t i = 0; i < j; ++i) {
      if (r.exceptions[i].parent != r.exceptions[j].parent) continue;
      std::map<std::pair<int32_t, int32_t>, std::vector<uint32_t>> both;
      for (size_t row = 0; row < t.rows; ++row)
        if (who[i][row] >= 0 && who[j][row] >= 0) both[{who[i][row], who[j][row]}].push_back(static_cast<uint32_t>(row));
      bool pair_reported = false;
      for (const auto& [pair, rows] : both) {
        const ir::Exception& a = r.exceptions[static_cast<size_t>(pair.first)];
        const ir::Exception& b = r.exceptions[static_cast<size_t>(pair.second)];
        runtime::Column vi, vj;
        try {
          probe.begin(static_cast<int32_t>(ri), r.entity, 0, rows);
          vi = probe.eval(*a.value);
          vj = probe.eval(*b.value);
        } catch (const runtime::EvalError&) {
          continue;
        }
        bool reported = false;
        for (size_t k = 0; k < rows.size(); ++k) {
          bool same = vi.is_present(k) == vj.is_present(k) &&
                      (!vi.is_present(k) || (vi.type.kind == TypeKind::Text ? vi.texts[k] == vj.texts[k]
                                                                              : vi.values[k] == vj.values[k]));
          if (same) continue;
          auto& d = diags.report(
              Diag::ExceptionConflict, b.origin.loc,
              fmt::format("exceptions '{}' [{}] and '{}' [{}] of rule '{}' both apply and disagree ({} vs {}) in a "
                          "generated case",
                          a.label, a.origin.citation, b.label, b.origin.citation, r.name, show(vi, k), show(vj, k)),
              static_cast<uint32_t>(b.label.size()));
          d.notes.push_back({a.origin.loc, static_cast<uint32_t>(a.label.size()), fmt::format("exception '{}' is here", a.label)});
          const std::set<int32_t> read = entities_read(p, static_cast<int32_t>(ri));
          d.notes.push_back({{}, 1, fmt::format("for example {}", describe_case(p, t, rows[k], &cases, -1, &read))});
          d.notes.push_back({{}, 1, "evaluating such a " + p.entities[static_cast<size_t>(r.entity)].name +
                                        " stops with an error; make the conditions exclusive, or the values agree"});
          reported = true;
          break;
        }
        pair_reported = pair_reported || reported;
        if (reported) break;
      }
      if (!pair_reported) disagreement_by_proof(p, static_cast<int32_t>(ri), i, j, diags);
    }
  }
}

// The note of a finding the cases do not establish.
std::string undecided(const Coverage& c, const Cases& cases, size_t entity, std::string_view what) {
  if (!c.reason.empty()) return fmt::format("undecided: {} {}", what, c.reason);
  return fmt::format("undecided: {} reads {} fields, and the {} base cases are a sample of their {} combinations", what,
                     c.fields.size(), cases.base[entity], cases.combinations[entity]);
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
  size_t max_rows = std::clamp<size_t>(kMaxCells / std::max<size_t>(needed.size(), 1), 1, kMaxCases);
  // An aggregate evaluated pairwise costs the square of the cases: fewer of them (a sample).
  bool pairwise = false;
  for (int32_t ri : needed)
    ir::visit_rule_and_calls(p, p.rules[static_cast<size_t>(ri)], [&](const ir::Expr& e) {
      if (e.op == ir::Op::Aggregate && e.agg && e.agg->nested_loop) pairwise = true;
    });
  if (pairwise) max_rows = std::min(max_rows, kMaxPairwiseCases);
  Cases cases = generate(p, needed, max_rows);
  runtime::EvalOptions eo;
  eo.as_of = 0;
  eo.threads = 1;
  eo.release_unneeded = true;
  eo.keep = std::move(kept);
  runtime::Results results;
  bool evaluated = true;
  try {
    results = runtime::evaluate(p, cases.tables, eo, checked);
  } catch (const runtime::EvalError&) {
    // Some generated case stops the evaluation (two exceptions that disagree, a division by
    // zero): each checked rule is then run on its own, from what the checked rules read when
    // that evaluates (else from what it reads itself).
    evaluated = false;
  } catch (const std::exception&) {
    return;
  }
  bool deps_evaluated = false;
  if (!evaluated) {
    std::vector<int32_t> deps;
    for (int32_t c : checked)
      deps.insert(deps.end(), p.rules[static_cast<size_t>(c)].depends_on.begin(),
                  p.rules[static_cast<size_t>(c)].depends_on.end());
    std::sort(deps.begin(), deps.end());
    deps.erase(std::unique(deps.begin(), deps.end()), deps.end());
    try {
      results = runtime::evaluate(p, cases.tables, eo, deps);
      deps_evaluated = true;
    } catch (const std::exception&) {
    }
  }
  for (int32_t checked_rule : checked) {
    size_t ri = static_cast<size_t>(checked_rule);
    const ir::Rule& r = p.rules[ri];
    const size_t entity = static_cast<size_t>(r.entity);
    const runtime::Table& t = cases.tables[entity];
    if (t.rows == 0) continue;
    runtime::Results own;
    const runtime::Results* res = &results;
    std::shared_ptr<const runtime::Column> applies_column;
    if (evaluated) {
      applies_column = results.columns[ri];
    } else {
      if (!deps_evaluated) {
        try {
          own = runtime::evaluate(p, cases.tables, eo, r.depends_on);
        } catch (const std::exception&) {
          continue;  // what the rule reads fails on a generated case
        }
        res = &own;
      }
      // The rule's own column, reusing what is already evaluated (same program, same fingerprints).
      try {
        applies_column = runtime::evaluate(p, cases.tables, eo, {checked_rule}, res, &p).columns[ri];
      } catch (const std::exception&) {
      }
    }
    runtime::Probe probe(p, cases.tables, eo, *res);
    const bool sampled = cases.sampled[entity];
    // A finding is established when the cases cover every behaviour of what it reads.
    auto decided = [&](const Coverage& c) {
      return c.exact && (!sampled || (cases.every_value[entity] && c.fields.size() <= 1));
    };
    std::string cases_said = sampled
                                 ? fmt::format("{} generated cases sampled from the boundaries of its inputs", t.rows)
                                 : fmt::format("{} generated cases covering every boundary of its inputs", t.rows);
    std::vector<uint32_t> rows(t.rows);
    for (uint32_t i = 0; i < t.rows; ++i) rows[i] = i;
    std::vector<runtime::Column> holds_all(r.exceptions.size());
    CoverageWalker walker(p, cases, -1);
    for (size_t xi = 0; xi < r.exceptions.size(); ++xi) {
      const auto& x = r.exceptions[xi];
      try {
        probe.begin(static_cast<int32_t>(ri), r.entity, 0, rows);
        holds_all[xi] = probe.eval(*x.condition);
      } catch (const runtime::EvalError&) {
        continue;
      }
      const runtime::Column& holds = holds_all[xi];
      size_t count = 0;
      for (size_t i = 0; i < t.rows; ++i) count += holds.is_present(i) && holds.values[i];
      if (count != 0 && count != t.rows) continue;
      Coverage cov = walker.condition(*x.condition);
      uint32_t len = static_cast<uint32_t>(x.label.size());
      // Put to Z3 first: proved for every input, the finding says so; shown not to hold on some
      // input, there is no finding, whatever the cases saw; otherwise the cases decide.
      const std::string proof = proved_constant(p, static_cast<int32_t>(ri), static_cast<int32_t>(xi), count != 0);
      if (proof == "no") continue;
      if (!proof.empty()) {
        if (count == 0)
          diags.report(Diag::ExceptionNeverApplies, x.origin.loc,
                       fmt::format("exception '{}' of rule '{}' never applies: its condition is false for every input "
                                   "({}); check its condition",
                                   x.label, r.name, proof),
                       len);
        else
          diags.report(Diag::ExceptionAlwaysApplies, x.origin.loc,
                       fmt::format("exception '{}' of rule '{}' applies to every input ({}), so the rule's default is "
                                   "never used",
                                   x.label, r.name, proof),
                       len);
        continue;
      }
      if (!decided(cov)) {
        auto& d = diags.report(
            Diag::Undecided, x.origin.loc,
            count == 0 ? fmt::format("exception '{}' [{}] of rule '{}' was not seen to apply in {} generated cases",
                                     x.label, x.origin.citation, r.name, t.rows)
                       : fmt::format("exception '{}' [{}] of rule '{}' applied in all {} generated cases, so the rule's "
                                     "default was not seen to be used",
                                     x.label, x.origin.citation, r.name, t.rows),
            len);
        d.notes.push_back({{}, 1, undecided(cov, cases, entity, "its condition")});
      } else if (count == 0) {
        diags.report(Diag::ExceptionNeverApplies, x.origin.loc,
                     fmt::format("exception '{}' of rule '{}' never applies in {}; check its condition", x.label,
                                 r.name, cases_said),
                     len);
      } else {
        diags.report(Diag::ExceptionAlwaysApplies, x.origin.loc,
                     sampled ? fmt::format("exception '{}' of rule '{}' applies in all {}, so the rule's default may "
                                           "never be used",
                                           x.label, r.name, cases_said)
                             : fmt::format("exception '{}' of rule '{}' applies in every generated case, so the rule's "
                                           "default is never used",
                                           x.label, r.name),
                     len);
      }
    }
    conflicting_exceptions(p, cases, probe, ri, holds_all, diags);
    if (r.kind != ir::RuleKind::Obligation || !applies_column) continue;
    // Obligations a role escapes entirely: every case acting only in that role is exempt.
    const ir::Entity& ent = p.entities[entity];
    const runtime::Column& applies = *applies_column;
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
        // The role is fixed, so tests on the set field are decided; the rest must be too.
        CoverageWalker pinned(p, cases, static_cast<int32_t>(fi));
        Coverage cov = pinned.rule(checked_rule);
        cov.fields.erase(static_cast<int32_t>(fi));
        bool established = decided(cov);
        // The proof (Z3), on every date: it settles what the cases leave undecided, and a case
        // the cases missed withdraws the finding.
        std::string proof = proved_never(p, checked_rule, static_cast<int32_t>(fi), static_cast<int32_t>(m));
        if (proof == "applies") continue;
        if (!proof.empty()) established = true;
        std::string title = r.title.empty() ? "" : fmt::format(" \"{}\"", r.title);
        auto& d = established
                      ? diags.report(Diag::ObligationEscaped, r.origin.loc,
                                     fmt::format("obligation '{}'{} never applies to a {} whose {} are only {{{}}}",
                                                 r.name, title, ent.name, f.name, members[m]),
                                     static_cast<uint32_t>(r.name.size()))
                      : diags.report(Diag::Undecided, r.origin.loc,
                                     fmt::format("obligation '{}'{} was not seen to apply to a {} whose {} are only "
                                                 "{{{}}} in {} generated cases",
                                                 r.name, title, ent.name, f.name, members[m], cases_in_role),
                                     static_cast<uint32_t>(r.name.size()));
        const std::set<int32_t> read = entities_read(p, checked_rule);
        d.notes.push_back({{}, 1, fmt::format("for example {}", describe_case(p, t, example, &cases, -1, &read))});
        if (!exempting.empty()) d.notes.push_back({{}, 1, fmt::format("{} removes it", exempting)});
        if (!proof.empty()) d.notes.push_back({{}, 1, proof});
        if (!established) d.notes.push_back({{}, 1, undecided(cov, cases, entity, "the obligation")});
      }
    }
  }
}

// "proved ..." when Z3 proves the obligation `rule` never applies to a row whose set field is
// exactly {member}, on every date; "applies" when it finds a row that has it; "" when the proof
// does not reach (the generated cases then decide).
// A proof's day is a term of the question (as_of() and the parameters in force follow it), so
// one question covers every date: Proved, true; a Witness, false; otherwise none.
std::optional<bool> proved_on_every_date(const analysis::ProofResult& r) {
  if (r.kind == analysis::ProofResult::Kind::Witness) return false;
  if (r.kind != analysis::ProofResult::Kind::Proved) return std::nullopt;
  return true;
}

// "on every date", and the parameters given with `check --param`.
std::string on_every_date(const ir::Program& p) {
  std::string given;
  for (const ir::Param& prm : p.params)
    if (prm.given && !prm.values.empty())
      given += fmt::format("{}{} = {}", given.empty() ? "" : ", ", prm.name,
                           prm.type.kind == TypeKind::Text ? fmt::format("\"{}\"", prm.values[0].text)
                                                           : runtime::format_scalar(p, prm.type, prm.values[0].value));
  return "on every date" + (given.empty() ? "" : ", with " + given + " given with --param");
}

std::string proved_never(const ir::Program& p, int32_t rule, int32_t field, int32_t member) {
  const std::optional<bool> proved =
      proved_on_every_date(analysis::never_for_only(p, rule, field, member, kDeadlineAnchor));
  if (!proved) return "";
  return *proved ? "proved for every input, " + on_every_date(p) + " (Z3; see docs/analysis.md)" : "applies";
}

// "proved ..." when Z3 proves the condition of exception `exception` of `rule` false for every
// input (`holds` false) or true for every input (`holds` true), on every date; "no" when it
// finds an input where it is not; "" when the proof does not reach.
std::string proved_constant(const ir::Program& p, int32_t rule, int32_t exception, bool holds) {
  const std::optional<bool> proved =
      proved_on_every_date(analysis::exception_constant(p, rule, exception, holds, kDeadlineAnchor));
  if (!proved) return "";
  return *proved ? "proved " + on_every_date(p) : "no";
}

// Whether the policy, run on the witness's data, has the obligation `rule` arise on `day` (not
// applying the day before) with its due date `due`: the solver's answer checked by the evaluator.
bool deadline_confirmed(const ir::Program& p, int32_t rule, const analysis::DeadlineResult& r) {
  try {
    const ir::Rule& o = p.rules[static_cast<size_t>(rule)];
    std::vector<int32_t> wanted{rule, o.due_rule};
    std::vector<runtime::Table> tables = load_tables(p, witness_data(r.witness), wanted);
    const size_t row = row_of_key(p, tables, o.entity, r.witness.subject_key);
    auto on = [&](int64_t day) {
      runtime::EvalOptions eo;
      eo.as_of = day;
      eo.threads = 1;
      return runtime::evaluate(p, tables, eo, wanted);
    };
    runtime::Results before = on(r.day - 1), now = on(r.day);
    const runtime::Column& was = *before.columns[static_cast<size_t>(rule)];
    const runtime::Column& is = *now.columns[static_cast<size_t>(rule)];
    const runtime::Column& due = *now.columns[static_cast<size_t>(o.due_rule)];
    const runtime::Column& due_then = *before.columns[static_cast<size_t>(o.due_rule)];
    const bool applied = was.is_present(row) && was.values[row] != 0;
    const bool late = is.is_present(row) && is.values[row] != 0 && due.is_present(row) && due.values[row] == r.due &&
                      r.due < r.day;
    if (!r.moved) return late && !applied;
    const std::optional<int64_t> then =
        due_then.is_present(row) ? std::optional<int64_t>(due_then.values[row]) : std::nullopt;
    return late && applied && then == r.due_before && !(then && *then < r.day);
  } catch (const std::exception&) {
    return false;
  }
}

// Obligations with a due date that can come to be due on a day already passed while they apply:
// the duty is created by facts that come to be known only after its deadline (a count that
// crosses a threshold more than 12 months after the date the deadline runs from), or a fact of
// the day moves the deadline of a standing duty into the past (a shorter period for a larger
// party), so no act of the party can meet it. Proved absent, found on a witness (checked by
// running the policy on it), or undecided; with a baseline, only the obligations the
// modification changed are asked about.
// Whether obligation `r` is in the baseline as it is in `p`: its value, what it asks (its act)
// and its date compute the same, so that a modification's check need not ask about it again.
bool unchanged_duty(const ir::Program& p, const ir::Program* baseline, const ir::Rule& r) {
  if (!baseline) return false;
  const int32_t b = baseline->rule_index(r.name);
  if (b < 0) return false;
  const ir::Rule& old = baseline->rules[static_cast<size_t>(b)];
  if (old.fingerprint != r.fingerprint || old.duty != r.duty || old.act != r.act) return false;
  if ((old.due_rule >= 0) != (r.due_rule >= 0)) return false;
  return r.due_rule < 0 || baseline->rules[static_cast<size_t>(old.due_rule)].fingerprint ==
                               p.rules[static_cast<size_t>(r.due_rule)].fingerprint;
}

void unmeetable_deadlines(const ir::Program& p, const ir::Program* baseline, support::DiagnosticEngine& diags) {
  for (size_t i = 0; i < p.rules.size(); ++i) {
    const ir::Rule& r = p.rules[i];
    if (!r.is_deadline()) continue;
    const ir::Rule& due = p.rules[static_cast<size_t>(r.due_rule)];
    if (unchanged_duty(p, baseline, r)) continue;
    const std::string cite = r.origin.citation.empty() ? "" : " [" + r.origin.citation + "]";
    // First whether it can arise late; where no witness shows that, whether a standing one's
    // deadline can be moved into the past (one finding per obligation; the second question is
    // the harder, so it is asked only then).
    analysis::DeadlineResult res = analysis::unmeetable_deadline(p, static_cast<int32_t>(i), kDeadlineAnchor);
    if (res.kind != analysis::ProofResult::Kind::Witness) {
      analysis::DeadlineResult moved = analysis::unmeetable_deadline(p, static_cast<int32_t>(i), kDeadlineAnchor, true);
      if (moved.kind == analysis::ProofResult::Kind::Witness) {
        res = std::move(moved);
      } else if (res.kind == analysis::ProofResult::Kind::Undecided) {
        diags.report(Diag::Undecided, due.origin.loc,
                     fmt::format("undecided: whether obligation '{}'{} can arise after its due date has passed: {}",
                                 r.name, cite, res.reason),
                     3);
        continue;
      } else if (moved.kind == analysis::ProofResult::Kind::Undecided) {
        diags.report(Diag::Undecided, due.origin.loc,
                     fmt::format("undecided: whether obligation '{}'{} can have its due date moved into the past while "
                                 "it applies: {}",
                                 r.name, cite, moved.reason),
                     3);
        continue;
      } else {
        continue;  // both proved
      }
    }
    const bool confirmed = deadline_confirmed(p, static_cast<int32_t>(i), res);
    const std::string& entity = p.entities[static_cast<size_t>(r.entity)].name;
    auto& d = diags.report(
        Diag::UnmeetableDeadline, due.origin.loc,
        fmt::format("obligation '{}'{} can {}, so that nothing the {} does can meet it (found on a witness{})", r.name,
                    cite,
                    res.moved ? "have its due date moved into the past while it applies"
                              : "arise after its due date has passed",
                    entity,
                    confirmed ? ", confirmed by running the policy on it" : "; NOT confirmed by running the policy on it"),
        3);
    d.notes.push_back(
        {{}, 1,
         res.moved ? fmt::format("on the witness, {} {} has it on {} {}, and on {} it is due {}", entity,
                                 res.witness.subject_key, format_date(res.day - 1),
                                 res.due_before ? "due " + format_date(*res.due_before) : "with no due date",
                                 format_date(res.day), format_date(res.due))
                   : fmt::format("on the witness, {} {} does not have it on {}, has it on {}, and it is due {}", entity,
                                 res.witness.subject_key, format_date(res.day - 1), format_date(res.day),
                                 format_date(res.due))});
    add_witness_notes(res.witness, d);
  }
}

// Whether the policy, run on the witness's data on its day, has both obligations apply to the
// witness's party with the due date and the end the solver gave: its answer checked by the
// evaluator.
bool conflict_confirmed(const ir::Program& p, int32_t required, int32_t forbidden, const analysis::ConflictResult& r) {
  try {
    const ir::Rule& a = p.rules[static_cast<size_t>(required)];
    const ir::Rule& b = p.rules[static_cast<size_t>(forbidden)];
    std::vector<int32_t> wanted{required, a.due_rule, forbidden};
    if (b.due_rule >= 0) wanted.push_back(b.due_rule);
    std::vector<runtime::Table> tables = load_tables(p, witness_data(r.witness), wanted);
    const size_t row = row_of_key(p, tables, a.entity, r.witness.subject_key);
    runtime::EvalOptions eo;
    eo.as_of = r.day;
    eo.threads = 1;
    const runtime::Results res = runtime::evaluate(p, tables, eo, wanted);
    // (present, value) of a rule on the witness's row.
    auto value = [&](int32_t rule) -> std::pair<bool, int64_t> {
      const runtime::Column& c = *res.columns[static_cast<size_t>(rule)];
      return c.is_present(row) ? std::pair<bool, int64_t>{true, c.values[row]} : std::pair<bool, int64_t>{false, 0};
    };
    const std::pair<bool, int64_t> until = b.due_rule >= 0 ? value(b.due_rule) : std::pair<bool, int64_t>{false, 0};
    const bool same_end = until.first ? r.until && *r.until == until.second && until.second > r.due : !r.until;
    auto holds = [&](int32_t rule) { return value(rule).first && value(rule).second != 0; };
    return holds(required) && holds(forbidden) &&
           value(a.due_rule) == std::pair<bool, int64_t>{true, r.due} && r.due >= r.day && same_end;
  } catch (const std::exception&) {
    return false;
  }
}

// Two obligations over one entity, one requiring an act by a deadline and one forbidding the same
// act, that can both apply on a day when the prohibition lasts past the deadline: nothing the
// party does meets both. Proved absent, found on a witness (checked by running the policy on
// it), or undecided; with a baseline, only pairs the modification changed are asked about.
void conflicting_duties(const ir::Program& p, const ir::Program* baseline, support::DiagnosticEngine& diags) {
  auto cite = [](const ir::Rule& r) { return r.origin.citation.empty() ? "" : " [" + r.origin.citation + "]"; };
  for (size_t i = 0; i < p.rules.size(); ++i) {
    const ir::Rule& a = p.rules[i];
    if (a.duty != Duty::Requires || !a.is_deadline()) continue;
    for (size_t j = 0; j < p.rules.size(); ++j) {
      const ir::Rule& b = p.rules[j];
      if (b.duty != Duty::Forbids || b.act != a.act || b.entity != a.entity) continue;
      if (unchanged_duty(p, baseline, a) && unchanged_duty(p, baseline, b)) continue;
      const ir::Rule& due = p.rules[static_cast<size_t>(a.due_rule)];
      const analysis::ConflictResult res =
          analysis::conflicting_duties(p, static_cast<int32_t>(i), static_cast<int32_t>(j), kDeadlineAnchor);
      if (res.kind == analysis::ProofResult::Kind::Proved) continue;
      if (res.kind == analysis::ProofResult::Kind::Undecided) {
        diags.report(Diag::Undecided, due.origin.loc,
                     fmt::format("undecided: whether obligation '{}'{}, which requires '{}', can apply while obligation "
                                 "'{}'{} forbids it past its due date: {}",
                                 a.name, cite(a), a.act, b.name, cite(b), res.reason),
                     3);
        continue;
      }
      const bool confirmed = conflict_confirmed(p, static_cast<int32_t>(i), static_cast<int32_t>(j), res);
      const std::string& entity = p.entities[static_cast<size_t>(a.entity)].name;
      auto& d = diags.report(
          Diag::ConflictingDuties, due.origin.loc,
          fmt::format("obligation '{}'{} requires '{}' by a date on which obligation '{}'{} still forbids it, so that "
                      "nothing the {} does can meet both (found on a witness{})",
                      a.name, cite(a), a.act, b.name, cite(b), entity,
                      confirmed ? ", confirmed by running the policy on it" : "; NOT confirmed by running the policy on it"),
          3);
      d.notes.push_back({b.origin.loc, static_cast<uint32_t>(b.name.size()),
                         fmt::format("'{}' forbids '{}' here", b.name, b.act)});
      d.notes.push_back(
          {{}, 1,
           fmt::format("on the witness, on {} {} {} has both: '{}' is due {} and forbidden {}", format_date(res.day),
                       entity, res.witness.subject_key, a.act, format_date(res.due),
                       res.until ? "until " + format_date(*res.until) : "with no end date")});
      add_witness_notes(res.witness, d);
    }
  }
}

// "h.occupants > 3 = true, h.occupants > 5 = false": the table's inputs on the witness ("" if
// they cannot be evaluated there).
std::string input_values(const ir::Program& p, int32_t ri, const TableSuspect& s, const analysis::ProofResult& res) {
  const ir::Rule& r = p.rules[static_cast<size_t>(ri)];
  std::string values;
  try {
    std::vector<runtime::Table> tables = load_tables(p, witness_data(res.witness), {ri});
    runtime::EvalOptions eo;
    eo.as_of = res.day;
    eo.threads = 1;
    const runtime::Results deps = runtime::evaluate(p, tables, eo, r.depends_on);
    runtime::Probe probe(p, tables, eo, deps);
    probe.begin(ri, r.entity, 0, {static_cast<uint32_t>(row_of_key(p, tables, r.entity, res.witness.subject_key))});
    for (size_t c = 0; c < r.table->inputs.size() && c < s.inputs.size(); ++c) {
      const runtime::Column col = probe.eval(*r.table->inputs[c]);
      values += fmt::format("{}{} = {}", c ? ", " : "", s.inputs[c],
                            !col.is_present(0)                ? std::string("none")
                            : col.type.kind == TypeKind::Text ? fmt::format("\"{}\"", col.texts[0])
                                                              : runtime::format_value(p, col, 0));
    }
  } catch (const std::exception&) {
    return "";
  }
  return values;
}

// Gaps and overlaps of decision tables that the compiler found only on combinations of input
// values the inputs may not take together (they read the same facts: TableSuspect). Each is
// put to Z3, on every date: an input that has it, confirmed by running
// the policy on it (the evaluation stops at the table), is the error the compiler would have
// reported, with the input as its witness; a proof that no input has it is no finding; anything
// else is a warning that says what was not decided. With a baseline, only the rules the
// modification changed are asked about.
void table_suspects(const ir::Program& p, const ir::Program* baseline, support::DiagnosticEngine& diags) {
  auto ask = [&](const ir::Rule& r, int32_t ri, const TableSuspect& s) {
    const ir::Table& t = *r.table;
    const std::string& policy = s.policy;
    const support::Location loc = s.gap ? t.loc : t.rows[s.second].origin.loc;
    const uint32_t len = s.gap ? 5 : 1;
    std::string reason;
    if (ri < 0) {
      reason = "the proof covers rules over an entity, and this is a function";
    } else {
      const analysis::ProofResult res = analysis::table_complete(
          p, ri, s.gap ? -1 : static_cast<int32_t>(s.first), static_cast<int32_t>(s.second), kDeadlineAnchor);
      if (res.kind == analysis::ProofResult::Kind::Proved) return;  // on every date: no finding
      reason = res.reason;
      const std::optional<runtime::EvalFault> fault =
          res.kind == analysis::ProofResult::Kind::Witness ? stops_at(p, ri, res) : std::nullopt;
      if (res.kind == analysis::ProofResult::Kind::Witness && !fault)
        reason = "the solver's witness did not stop the evaluation when the policy was run on it";
      if (fault) {
        const std::string values = input_values(p, ri, s, res);
        auto& d = s.gap ? diags.report(Diag::TableGap, loc,
                                       fmt::format("the '{}' table in rule '{}' has a gap: no row matches {} (found by "
                                                   "Z3, confirmed by running the policy on it)",
                                                   policy, r.name, values.empty() ? "the witness" : values),
                                       len)
                        : diags.report(Diag::TableOverlap, loc,
                                       fmt::format("rows '{}' and '{}' of the '{}' table in rule '{}' both match {}{} "
                                                   "(found by Z3, confirmed by running the policy on it)",
                                                   t.rows[s.first].label, t.rows[s.second].label, policy, r.name,
                                                   values.empty() ? "the witness" : values,
                                                   t.policy == ir::HitPolicy::Any ? ", with different outcomes" : ""),
                                       len);
        if (!s.gap)
          d.notes.push_back({t.rows[s.first].origin.loc, 1, fmt::format("row '{}' is here", t.rows[s.first].label)});
        add_witness_notes(res.witness, d);
        d.notes.push_back({{}, 1, fmt::format("on the witness{}, {} {}: {}", as_of_note(p, res.day), fault->entity,
                                              fault->key, fault->message)});
        d.notes.push_back({{}, 1, s.gap ? "add the missing rows, or an 'otherwise => ...;' row"
                                        : "make the conditions exclusive, or declare the table 'first' to let the "
                                          "earlier row win"});
        return;
      }
    }
    auto& d = s.gap ? diags.report(Diag::TableGapWarning, loc,
                                   fmt::format("the '{}' table in rule '{}' may have a gap: no row matches {}, if its "
                                               "inputs can take these values together",
                                               policy, r.name, s.example),
                                   len)
                    : diags.report(Diag::TableOverlapWarning, loc,
                                   fmt::format("rows '{}' and '{}' of the '{}' table in rule '{}' may both match {}, if "
                                               "its inputs can take these values together",
                                               t.rows[s.first].label, t.rows[s.second].label, policy, r.name,
                                               s.example),
                                   len);
    d.notes.push_back({{}, 1, s.shared + ", so not every combination of their values need occur"});
    d.notes.push_back({{}, 1, "undecided: " + reason});
  };
  auto changed = [&](const ir::Rule& r, bool function) {
    if (!baseline) return true;
    const int32_t b = function ? baseline->function_index(r.name) : baseline->rule_index(r.name);
    const auto& list = function ? baseline->functions : baseline->rules;
    return b < 0 || list[static_cast<size_t>(b)].fingerprint != r.fingerprint;
  };
  for (size_t i = 0; i < p.rules.size(); ++i) {
    const ir::Rule& r = p.rules[i];
    if (!r.table || !changed(r, false)) continue;
    for (const TableSuspect& s : r.table->suspects) ask(r, static_cast<int32_t>(i), s);
  }
  for (const ir::Rule& f : p.functions)
    if (f.table && changed(f, true))
      for (const TableSuspect& s : f.table->suspects) ask(f, -1, s);
}

// Rules an output reads, but only on paths no input takes (a branch never taken, an exception
// that never applies, a table row that never matches), on any day:
// their value never decides an output. Proved by Z3 (analysis::dead_rules) or not said.
void dead_rules(const ir::Program& p, support::DiagnosticEngine& diags) {
  std::vector<int32_t> roots;
  for (size_t i = 0; i < p.rules.size(); ++i)
    if (p.rules[i].output || p.rules[i].followed() || p.rules[i].due_of >= 0) roots.push_back(static_cast<int32_t>(i));
  if (roots.empty()) return;
  const std::vector<analysis::DeadRule> dead = analysis::dead_rules(p, roots, kDeadlineAnchor);
  for (const analysis::DeadRule& d : dead) {
    const ir::Rule& r = p.rules[static_cast<size_t>(d.rule)];
    const std::string cite = r.origin.citation.empty() ? "" : " [" + r.origin.citation + "]";
    auto& diag = diags.report(Diag::DeadRule, r.origin.loc,
                              fmt::format("rule '{}'{} is read, but its value never decides an output: no input reaches "
                                          "any of its reads (proved {})",
                                          r.name, cite, on_every_date(p)),
                              static_cast<uint32_t>(std::max<size_t>(1, r.name.size())));
    std::vector<std::pair<int32_t, support::Location>> reads = d.reads;
    std::sort(reads.begin(), reads.end(), [](const auto& a, const auto& b) {
      return std::tie(a.second.file, a.second.offset) < std::tie(b.second.file, b.second.offset);
    });
    for (const auto& [reader, loc] : reads) {
      const bool dead_reader = std::any_of(dead.begin(), dead.end(), [&](const auto& x) { return x.rule == reader; });
      diag.notes.push_back({loc, static_cast<uint32_t>(std::max<size_t>(1, r.name.size())),
                            fmt::format("rule '{}' reads it here, {}", p.rules[static_cast<size_t>(reader)].name,
                                        dead_reader ? "and no input reaches that rule either"
                                                    : "on a path no input takes")});
    }
    diag.notes.push_back({{}, 1, "check the conditions on the way to these reads, or remove the rule"});
  }
}

}  // namespace

void lint(const driver::Compiled& compiled, const driver::Compiled* baseline, support::DiagnosticEngine& diags) {
  const ir::Program& p = compiled.program;
  // The amended policy is a policy too: the same checks show what an amendment fixes or breaks.
  unused_rules(p, diags);
  threshold_fallthrough(p, diags);
  data_checks(p, diags);
  unmeetable_deadlines(p, baseline ? &baseline->program : nullptr, diags);
  conflicting_duties(p, baseline ? &baseline->program : nullptr, diags);
  table_suspects(p, baseline ? &baseline->program : nullptr, diags);
  dead_rules(p, diags);
  if (!baseline) return;
  // A modification: does each change reach an output, and does the whole change anything? An
  // obligation with a due date counts as an output here, as it does for unused rules.
  std::vector<int32_t> outputs;
  for (size_t i = 0; i < p.rules.size(); ++i)
    if (p.rules[i].output || p.rules[i].followed() || p.rules[i].due_of >= 0) outputs.push_back(static_cast<int32_t>(i));
  std::set<std::string> reachable;
  for (int32_t r : runtime::closure(p, outputs)) reachable.insert(p.rules[static_cast<size_t>(r)].name);
  for (const auto& change : compiled.module->changes) {
    const LawTarget& target = change.target;
    const bool of_a_rule = target.kind == LawTarget::Kind::Rule || target.kind == LawTarget::Kind::Exception ||
                           target.kind == LawTarget::Kind::Row;
    if (!of_a_rule || change.action == LawAction::Repeal) continue;
    const std::string& rule = target.name;
    if (!reachable.count(rule) && !outputs.empty())
      diags.report(Diag::IneffectiveAmendment, change.loc,
                   fmt::format("this amendment changes '{}', which no output of the policy uses", rule), 1);
  }
  bool any_output_changed = false;
  // A repealed output changes too: no entity has it any more.
  for (const ir::Rule& r : baseline->program.rules)
    if ((r.output || r.followed()) && p.rule_index(r.name) < 0) any_output_changed = true;
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

}  // namespace redline::service
