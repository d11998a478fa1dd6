// The vectorized interpreter.
//
// An expression is evaluated over a Batch: up to kChunk rows of the rule's entity, with one
// column per local slot (slot 0 holds the row indices themselves). Each IR node is a switch
// case that loops over the batch, so dispatch costs once per node per chunk, never per row.
// Branches (if, match, and/or, ??, tables, exceptions) evaluate their arms on the subset of
// rows that take them, so an arm never fails on a row it does not apply to.
#include "runtime/evaluator.h"

#include <algorithm>
#include <array>
#include <bit>
#include <chrono>
#include <cstring>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <unordered_map>

#include <fmt/format.h>

#include "runtime/parallel.h"
#include "runtime/writers.h"
#include "types/values.h"

namespace redline::runtime {

using ir::Op;

namespace {

constexpr size_t kChunk = 4096;
constexpr size_t kPrefetchAhead = 16;  // rows ahead for random reads (references, group keys)
// Decimal products need 128 bits before rescaling; GCC and Clang provide them as an extension.
__extension__ typedef __int128 int128;
using Positions = std::vector<uint32_t>;

Column make_column(Type t, size_t n) {
  Column c;
  c.type = t;
  if (t.kind == TypeKind::Text) c.texts.assign(n, std::string_view());
  else c.values.assign(n, 0);
  if (t.optional) c.present.assign(n, 1);
  return c;
}

// The same with its values and presence left unset, for a caller that writes every row:
// a rule's column of a million rows is then first touched by the threads that fill it, in
// parallel, rather than zeroed on one thread while they wait.
Column unset_column(Type t, size_t n) {
  Column c;
  c.type = t;
  if (t.kind == TypeKind::Text) c.texts.resize(n);
  else c.values.resize(n);
  if (t.optional) c.present.resize(n);
  return c;
}

Column gather(const Column& src, const Positions& pos) {
  Column c;
  c.type = src.type;
  size_t n = pos.size();
  if (src.type.kind == TypeKind::Text) {
    c.texts.resize(n);
    for (size_t i = 0; i < n; ++i) c.texts[i] = src.texts[pos[i]];
  } else {
    c.values.resize(n);
    for (size_t i = 0; i < n; ++i) c.values[i] = src.values[pos[i]];
  }
  if (!src.present.empty()) {
    c.present.resize(n);
    for (size_t i = 0; i < n; ++i) c.present[i] = src.present[pos[i]];
  }
  return c;
}

// Writes src[i] to dst[pos[i]]; dst becomes optional if src may hold none.
void scatter(Column& dst, const Column& src, const Positions& pos) {
  if (!src.present.empty() && dst.present.empty()) dst.present.assign(dst.size(), 1);
  if (dst.type.kind == TypeKind::Text) {
    for (size_t i = 0; i < pos.size(); ++i) dst.texts[pos[i]] = src.texts[i];
  } else {
    for (size_t i = 0; i < pos.size(); ++i) dst.values[pos[i]] = src.values[i];
  }
  if (!dst.present.empty()) {
    if (src.present.empty())
      for (uint32_t p : pos) dst.present[p] = 1;
    else
      for (size_t i = 0; i < pos.size(); ++i) dst.present[pos[i]] = src.present[i];
  }
}

bool same_value(const Column& a, size_t i, const Column& b, size_t j) {
  bool pa = a.is_present(i), pb = b.is_present(j);
  if (!pa || !pb) return pa == pb;
  if (a.type.kind == TypeKind::Text) return a.texts[i] == b.texts[j];
  return a.values[i] == b.values[j];
}

struct Batch {
  size_t n = 0;
  std::vector<Column> slots;
  std::vector<uint8_t> bound;
  int32_t main_slot = 0;
  int32_t main_entity = -1;
  int64_t contiguous_begin = -1;  // slot 0 holds begin, begin+1, ...: lets Field read a range

  Batch select(const Positions& pos) const {
    Batch b;
    b.n = pos.size();
    b.slots.resize(slots.size());
    b.bound = bound;
    b.main_slot = main_slot;
    b.main_entity = main_entity;
    for (size_t s = 0; s < slots.size(); ++s)
      if (bound[s]) b.slots[s] = gather(slots[s], pos);
    return b;
  }
  void bind(int32_t slot, Column c) {
    slots[static_cast<size_t>(slot)] = std::move(c);
    bound[static_cast<size_t>(slot)] = 1;
  }
};

// The indices of the non-zero bytes, written without a branch per row.
Positions positions_of(const uint8_t* mask, size_t n) {
  Positions out(n);
  uint32_t* __restrict dst = out.data();
  size_t k = 0;
  for (uint32_t i = 0; i < n; ++i) {
    dst[k] = i;
    k += mask[i] != 0;
  }
  out.resize(k);
  return out;
}

// The rows where a boolean column is true (and present), without a branch per row.
Positions where(const Column& mask) {
  const size_t n = mask.values.size();
  Positions out(n);
  uint32_t* __restrict dst = out.data();
  const int64_t* __restrict v = mask.values.data();
  size_t k = 0;
  if (mask.present.empty()) {
    for (uint32_t i = 0; i < n; ++i) {
      dst[k] = i;
      k += v[i] != 0;
    }
  } else {
    const uint8_t* __restrict p = mask.present.data();
    for (uint32_t i = 0; i < n; ++i) {
      dst[k] = i;
      k += (v[i] != 0) & (p[i] != 0);
    }
  }
  out.resize(k);
  return out;
}
// The rows where a boolean column is true (and present), and the others: both in one pass,
// without a branch per row (a complement of `where` pushed back row by row was most of the
// cost of an `if`).
std::pair<Positions, Positions> split(const Column& mask) {
  const size_t n = mask.values.size();
  Positions yes(n), no(n);
  uint32_t* __restrict y = yes.data();
  uint32_t* __restrict o = no.data();
  const int64_t* __restrict v = mask.values.data();
  const uint8_t* p = mask.present.empty() ? nullptr : mask.present.data();
  size_t ky = 0, kn = 0;
  for (uint32_t i = 0; i < n; ++i) {
    const bool taken = v[i] != 0 && (p == nullptr || p[i] != 0);
    y[ky] = i;
    o[kn] = i;
    ky += taken;
    kn += !taken;
  }
  yes.resize(ky);
  no.resize(kn);
  return {std::move(yes), std::move(no)};
}

// A sum is exact whatever the order its rows are added in (and so whatever the number of
// threads): `value` is the total modulo 2^64, as a wrapping signed addition leaves it, and
// `carry` counts the wraps (+1 past INT64_MAX, -1 past INT64_MIN), so the exact total is
// value + carry * 2^64. Only a total that does not fit, a carry other than 0 at the end, is an
// overflow; partial sums that overflow on the way and come back are not.
struct Acc {
  int64_t value = 0;
  int64_t count = 0;
  int64_t carry = 0;  // sum only
};

// Adds `v` to a sum's `value`, counting a wrap in `carry`.
inline void add_wrapping(int64_t& value, int64_t v, int64_t& carry) {
  if (__builtin_add_overflow(value, v, &value)) carry += v < 0 ? -1 : 1;
}

// Accumulators indexed by a referenced row (Entity keys). Only min and max keep a count, to tell
// an empty group from one whose value is 0; the others need the value alone, so a grouped
// aggregate over a million rows touches 8 bytes a row instead of 16.
struct RowAccs {
  ColumnVector<int64_t> value;
  ColumnVector<int64_t> count;  // min and max only
  std::unordered_map<size_t, int64_t> carry;  // sum only: the rows whose sum wrapped (rare)
  size_t size() const { return value.size(); }
};

bool counted(ir::AggKind k) { return k == ir::AggKind::Min || k == ir::AggKind::Max; }

struct Grouped {
  bool keyed = false;
  Acc global;
  RowAccs by_row;
  std::unordered_map<int64_t, Acc> by_int;
  std::unordered_map<std::string_view, Acc> by_text;
  Acc none_group;
  TypeKind key_kind = TypeKind::Int;
};

Acc initial(ir::AggKind k) {
  Acc a;
  if (k == ir::AggKind::All) a.value = 1;
  return a;
}

}  // namespace

namespace {
// The value in force for a parameter; its text stays in the program or the options, which
// outlive the columns that view it.
struct ParamChoice {
  int64_t value = 0;
  std::string_view text;
  bool defined = true;  // false before the first value of a parameter declared with `from`
};

ParamChoice choose_param(const ir::Program& program, const EvalOptions& options, int32_t param) {
  for (auto& o : options.overrides)
    if (o.param == param) return {o.value, o.text, true};
  const ir::Param& p = program.params[static_cast<size_t>(param)];
  const ir::ParamValue* chosen = p.values.empty() || p.values.front().from ? nullptr : &p.values.front();
  for (auto& v : p.values)
    if (!v.from || *v.from <= options.as_of) chosen = &v;
  if (!chosen) return {0, {}, p.values.empty()};
  return {chosen->value, chosen->text, true};
}
}  // namespace

int64_t param_value(const ir::Program& program, const EvalOptions& options, int32_t param, std::string* text) {
  ParamChoice c = choose_param(program, options, param);
  if (text) *text = std::string(c.text);
  return c.value;
}

std::vector<int32_t> closure(const ir::Program& program, const std::vector<int32_t>& rules) {
  std::vector<uint8_t> need(program.rules.size(), 0);
  std::vector<int32_t> stack(rules.begin(), rules.end());
  while (!stack.empty()) {
    int32_t r = stack.back();
    stack.pop_back();
    if (r < 0 || need[static_cast<size_t>(r)]) continue;
    need[static_cast<size_t>(r)] = 1;
    for (int32_t d : program.rules[static_cast<size_t>(r)].depends_on) stack.push_back(d);
  }
  std::vector<int32_t> out;
  for (int32_t r : program.order)
    if (need[static_cast<size_t>(r)]) out.push_back(r);
  return out;
}

namespace {

class Evaluator {
 public:
  Evaluator(const ir::Program& p, const std::vector<Table>& tables, const EvalOptions& options, const Results& results,
            TextPool* texts = nullptr)
      : p_(p), tables_(tables), options_(options), results_(results), texts_(texts) {
    if (!texts_) {
      own_texts_ = std::make_unique<TextPool>();
      texts_ = own_texts_.get();
    }
    for (size_t i = 0; i < p.params.size(); ++i) {
      ParamChoice c = choose_param(p, options, static_cast<int32_t>(i));
      param_values_.push_back(c.value);
      param_texts_.push_back(c.text);
      param_defined_.push_back(c.defined);
    }
  }

  // Makes `index` the current rule: its aggregates are grouped once, here.
  void enter_rule(int32_t index) {
    rule_ = &p_.rules[static_cast<size_t>(index)];
    // Grouped aggregates are keyed by their node, unique across rules, so they are kept.
    if (precomputed_.insert(index).second) precompute(*rule_);
  }
  Column eval_in_rule(const ir::Expr& e, Batch& b) { return eval(e, b); }
  size_t table_lookups() const {
    return static_cast<size_t>(std::count_if(lookups_.begin(), lookups_.end(), [](const auto& l) { return l.second != nullptr; }));
  }
  int32_t slot_count() const { return rule_->slot_count; }

  Column run_rule(int32_t index) {
    enter_rule(index);
    const Table& table = tables_[static_cast<size_t>(rule_->entity)];
    size_t n = table.rows;
    Column out = unset_column(rule_->type, n);  // write_range fills every chunk, or it throws
    size_t chunks = (n + kChunk - 1) / kChunk;
    // Chunks are dealt out round-robin, at least four per thread; each chunk's error is kept
    // so that the one reported is the first in row order, whichever thread met it.
    const size_t chosen = options_.threads ? options_.threads : threads_from_environment();
    size_t threads = chosen ? std::min<size_t>(chosen, std::max<size_t>(1, chunks / 4)) : parallel_parts(chunks, 4);
    std::vector<std::optional<EvalError>> errors(chunks);
    run_parts(threads, [&](size_t t) {
      for (size_t c = t; c < chunks; c += threads) {
        size_t begin = c * kChunk, len = std::min(kChunk, n - begin);
        try {
          Batch b = root_batch(begin, len);
          Column part = eval_rule(b);
          write_range(out, part, begin);
        } catch (const EvalError& e) {
          errors[c].emplace(e);
          return;
        }
      }
    });
    for (auto& e : errors)
      if (e) throw *e;
    return out;
  }

 private:
  const ir::Program& p_;
  const std::vector<Table>& tables_;
  const EvalOptions& options_;
  const Results& results_;
  TextPool* texts_;
  std::unique_ptr<TextPool> own_texts_;  // when the caller keeps none (a Probe)
  std::vector<int64_t> param_values_;
  std::vector<std::string_view> param_texts_;  // views into the program or the options
  std::vector<uint8_t> param_defined_;          // false: reading it as of the run's date is an error
  const ir::Rule* rule_ = nullptr;
  std::unordered_map<const ir::Expr*, std::unique_ptr<Grouped>> grouped_;
  // A decision table over bool and enum inputs, answered for every combination of input
  // values at once (see build_lookup). Keyed by table; null when the table does not qualify.
  struct TableLookup {
    std::vector<size_t> domain;    // by input: how many values it takes
    std::vector<int32_t> row;      // by combination: the table row chosen, or -1: none or
                                   // ambiguous, which the general path reports
  };
  std::unordered_map<const ir::Table*, std::unique_ptr<TableLookup>> lookups_;
  std::set<int32_t> precomputed_;

  Batch root_batch(size_t begin, size_t len) const {
    Batch b;
    b.n = len;
    b.slots.resize(static_cast<size_t>(std::max(1, rule_->slot_count)));
    b.bound.assign(b.slots.size(), 0);
    Column rows = make_column(Type::entity(rule_->entity), len);
    for (size_t i = 0; i < len; ++i) rows.values[i] = static_cast<int64_t>(begin + i);
    b.bind(0, std::move(rows));
    b.main_slot = 0;
    b.main_entity = rule_->entity;
    b.contiguous_begin = static_cast<int64_t>(begin);
    return b;
  }

  static void write_range(Column& out, const Column& part, size_t begin) {
    if (out.type.kind == TypeKind::Text) std::copy(part.texts.begin(), part.texts.end(), out.texts.begin() + static_cast<long>(begin));
    else std::copy(part.values.begin(), part.values.end(), out.values.begin() + static_cast<long>(begin));
    if (!out.present.empty()) {
      if (part.present.empty()) std::fill_n(out.present.begin() + static_cast<long>(begin), part.size(), 1);
      else std::copy(part.present.begin(), part.present.end(), out.present.begin() + static_cast<long>(begin));
    }
  }

  // `param at date`: each row's value in force on its own date, by binary search over the
  // values' start dates (a handful; sorted by the compiler). `--param` overrides every date, as
  // it does for the run's date.
  Column eval_param_at(const ir::Expr& e, Batch& b) {
    Column c = make_column(e.type, b.n);
    for (auto& o : options_.overrides)
      if (o.param == e.index) {
        if (e.type.kind == TypeKind::Text) std::fill(c.texts.begin(), c.texts.end(), std::string_view(o.text));
        else std::fill(c.values.begin(), c.values.end(), o.value);
        return c;
      }
    Column days = eval(*e.args[0], b);
    const ir::Param& prm = p_.params[static_cast<size_t>(e.index)];
    std::vector<int64_t> starts;  // the first value of the `until` form holds from the beginning
    for (auto& v : prm.values) starts.push_back(v.from.value_or(INT64_MIN));
    for (size_t i = 0; i < b.n; ++i) {
      auto it = std::upper_bound(starts.begin(), starts.end(), days.values[i]);
      if (it == starts.begin()) fail(b, i, undefined_param(e.index, days.values[i]));
      const ir::ParamValue& v = prm.values[static_cast<size_t>(it - starts.begin() - 1)];
      if (e.type.kind == TypeKind::Text) c.texts[i] = v.text;
      else c.values[i] = v.value;
    }
    return c;
  }

  // A parameter declared with `from` read on a date before its first value.
  std::string undefined_param(int32_t param, int64_t day) const {
    const ir::Param& prm = p_.params[static_cast<size_t>(param)];
    return fmt::format("parameter '{}' is not defined on {} (its first value is from {})", prm.name, format_date(day),
                       format_date(prm.values.front().from.value_or(day)));
  }

  [[noreturn]] void fail(const Batch& b, size_t i, const std::string& message) const {
    EvalFault fault;
    fault.rule = rule_->name;
    fault.citation = rule_->origin.citation;
    if (b.main_entity >= 0 && b.bound[static_cast<size_t>(b.main_slot)]) {
      const Column& rows = b.slots[static_cast<size_t>(b.main_slot)];
      size_t row = static_cast<size_t>(rows.values[i]);
      const ir::Entity& e = p_.entities[static_cast<size_t>(b.main_entity)];
      const Table& t = tables_[static_cast<size_t>(b.main_entity)];
      fault.entity = e.name;
      fault.key = t.key_text(e, row);
    }
    fault.message = message;
    throw EvalError(std::move(fault));
  }

  // --- aggregates ----------------------------------------------------------------------------
  void precompute(const ir::Rule& r) {
    std::function<void(const ir::Expr*)> walk = [&](const ir::Expr* e) {
      if (!e) return;
      for (auto& a : e->args) walk(a.get());
      if (e->agg) {
        for (auto* x : {e->agg->value.get(), e->agg->filter.get(), e->agg->inner_key.get(), e->agg->outer_key.get(),
                        e->agg->correlated_filter.get()})
          walk(x);
        if (!e->agg->nested_loop) build_grouped(*e);
      }
    };
    walk(r.body.get());
    if (r.table) {
      if (options_.table_lookup) lookups_[r.table.get()] = build_lookup(*r.table);
      for (auto& in : r.table->inputs) walk(in.get());
      for (auto& row : r.table->rows) {
        for (auto& c : row.cells) walk(c.get());
        walk(row.outcome.get());
      }
    }
    for (auto& x : r.exceptions) {
      walk(x.condition.get());
      walk(x.value.get());
    }
  }

  // With its condition moved into the filter, any() sees only matches (true) and all() only
  // counter-examples (false).
  static int64_t no_value(ir::AggKind k) { return k == ir::AggKind::All ? 0 : 1; }

  static void combine(ir::AggKind k, Acc& a, int64_t v) {
    switch (k) {
      case ir::AggKind::Sum: add_wrapping(a.value, v, a.carry); break;
      case ir::AggKind::Count: ++a.value; break;
      case ir::AggKind::Min: if (a.count == 0 || v < a.value) a.value = v; break;
      case ir::AggKind::Max: if (a.count == 0 || v > a.value) a.value = v; break;
      case ir::AggKind::Any: a.value |= v != 0; break;
      case ir::AggKind::All: a.value &= v != 0; break;
    }
    ++a.count;
  }
  // The same on the accumulator of referenced row `r`.
  static void combine_row(ir::AggKind k, RowAccs& accs, size_t r, int64_t v) {
    if (k == ir::AggKind::Sum) {
      int64_t carry = 0;
      add_wrapping(accs.value[r], v, carry);
      if (carry != 0) accs.carry[r] += carry;
      return;
    }
    Acc a{accs.value[r], counted(k) ? accs.count[r] : 0};
    combine(k, a, v);
    accs.value[r] = a.value;
    if (counted(k)) accs.count[r] = a.count;
  }
  // The accumulator of referenced row `r`, as emit reads it.
  static Acc row_acc(ir::AggKind k, const RowAccs& accs, size_t r) {
    Acc a{accs.value[r], counted(k) ? accs.count[r] : 0};
    if (!accs.carry.empty())
      if (auto it = accs.carry.find(r); it != accs.carry.end()) a.carry = it->second;
    return a;
  }

  // `fill_rows` false leaves the by-row accumulators unset, for a caller that fills them
  // (on the thread that is about to use them).
  std::unique_ptr<Grouped> empty_grouped(const ir::Aggregate& agg, bool fill_rows = true) const {
    auto g = std::make_unique<Grouped>();
    g->keyed = agg.inner_key != nullptr;
    g->global = initial(agg.kind);
    g->none_group = initial(agg.kind);
    if (g->keyed) {
      g->key_kind = agg.inner_key->type.kind;
      if (g->key_kind == TypeKind::Entity) {
        const size_t rows = tables_[static_cast<size_t>(agg.inner_key->type.index)].rows;
        if (fill_rows) fill_row_accs(agg.kind, g->by_row, rows);
        else resize_row_accs(agg.kind, g->by_row, rows);
      }
    }
    return g;
  }

  static void resize_row_accs(ir::AggKind k, RowAccs& accs, size_t rows) {
    accs.value.resize(rows);
    if (counted(k)) accs.count.resize(rows);
  }
  static void fill_row_accs(ir::AggKind k, RowAccs& accs, size_t rows) {
    accs.value.assign(rows, initial(k).value);
    if (counted(k)) accs.count.assign(rows, 0);
  }

  // Folds the accumulator of another range of rows into `a`.
  static bool merge(ir::AggKind k, Acc& a, const Acc& b) {
    if (b.count == 0) return true;
    switch (k) {
      case ir::AggKind::Sum:
        add_wrapping(a.value, b.value, a.carry);
        a.carry += b.carry;
        break;
      case ir::AggKind::Count: a.value += b.value; break;
      case ir::AggKind::Min: if (a.count == 0 || b.value < a.value) a.value = b.value; break;
      case ir::AggKind::Max: if (a.count == 0 || b.value > a.value) a.value = b.value; break;
      case ir::AggKind::Any: a.value |= b.value; break;
      case ir::AggKind::All: a.value &= b.value; break;
    }
    a.count += b.count;
    return true;
  }
  // Everything but the by-row accumulators' values, which merge_rows merges a range at a time.
  static bool merge(ir::AggKind k, Grouped& into, const Grouped& from) {
    bool ok = merge(k, into.global, from.global) && merge(k, into.none_group, from.none_group);
    for (auto& [row, carry] : from.by_row.carry) into.by_row.carry[row] += carry;
    for (auto& [key, acc] : from.by_int)
      if (ok) ok = merge(k, into.by_int.try_emplace(key, initial(k)).first->second, acc);
    for (auto& [key, acc] : from.by_text)
      if (ok) ok = merge(k, into.by_text.try_emplace(key, initial(k)).first->second, acc);
    return ok;
  }
  // The wraps of sums are added to `carries` (one map per range: ranges merge concurrently).
  static bool merge_rows(ir::AggKind k, Grouped& into, const Grouped& from, size_t begin, size_t end,
                         std::unordered_map<size_t, int64_t>& carries) {
    int64_t* a = into.by_row.value.data();
    const int64_t* b = from.by_row.value.data();
    switch (k) {
      case ir::AggKind::Sum:
        for (size_t r = begin; r < end; ++r)
          if (__builtin_add_overflow(a[r], b[r], &a[r])) carries[r] += b[r] < 0 ? -1 : 1;
        return true;
      case ir::AggKind::Count:
        for (size_t r = begin; r < end; ++r) a[r] += b[r];
        return true;
      case ir::AggKind::Any:
        for (size_t r = begin; r < end; ++r) a[r] |= b[r];
        return true;
      case ir::AggKind::All:  // an empty range's accumulator is 1, which changes nothing
        for (size_t r = begin; r < end; ++r) a[r] &= b[r];
        return true;
      case ir::AggKind::Min:
      case ir::AggKind::Max:
        for (size_t r = begin; r < end; ++r) {
          Acc x = row_acc(k, into.by_row, r);
          if (!merge(k, x, row_acc(k, from.by_row, r))) return false;
          into.by_row.value[r] = x.value;
          into.by_row.count[r] = x.count;
        }
        return true;
    }
    return true;
  }

  // Evaluates the aggregate's inner side over every row of the iterated entity once and keeps
  // one accumulator per key. Large entities are split into ranges folded on every core and
  // merged; should a row fail (a division by zero in its value), the whole is done again in row
  // order, so that the error reported is the one a single pass meets first. Sums are exact in
  // any order (see Acc): whether one overflows is decided on its total, when it is read.
  void build_grouped(const ir::Expr& e) {
    const ir::Aggregate& agg = *e.agg;
    const Table& t = tables_[static_cast<size_t>(agg.entity)];
    const size_t chunks = (t.rows + kChunk - 1) / kChunk;
    const size_t threads = options_.threads ? options_.threads : threads_from_environment();
    const size_t parts = threads ? std::min<size_t>(threads, std::max<size_t>(1, chunks / 2)) : parallel_parts(chunks, 16);
    if (parts > 1) {
      // The accumulators are allocated here, not on the parts' threads: memory comes from the
      // allocating thread's arena, and this thread's arena holds what loading freed, so the
      // megabytes of a by-row accumulator are reused rather than faulted in afresh. Each part
      // fills its own, though, and the by-row accumulators are merged a range per thread.
      std::vector<std::unique_ptr<Grouped>> partial(parts);
      for (auto& p : partial) p = empty_grouped(agg, false);
      bool ok = true;
      try {
        run_parts(parts, [&](size_t part) {
          fill_row_accs(agg.kind, partial[part]->by_row, partial[part]->by_row.size());
          fold_rows(agg, *partial[part], chunks * part / parts * kChunk,
                    std::min(t.rows, chunks * (part + 1) / parts * kChunk));
        });
        for (size_t part = 1; ok && part < parts; ++part) ok = merge(agg.kind, *partial[0], *partial[part]);
        const size_t keys = partial[0]->by_row.size();
        std::vector<uint8_t> merged(parts, 1);
        std::vector<std::unordered_map<size_t, int64_t>> carries(parts);
        run_parts(parts, [&](size_t range) {
          for (size_t part = 1; merged[range] && part < parts; ++part)
            merged[range] = merge_rows(agg.kind, *partial[0], *partial[part], keys * range / parts,
                                       keys * (range + 1) / parts, carries[range]);
        });
        for (auto& range : carries)
          for (auto& [row, carry] : range) partial[0]->by_row.carry[row] += carry;
        ok = ok && std::all_of(merged.begin(), merged.end(), [](uint8_t m) { return m != 0; });
      } catch (const EvalError&) {
        ok = false;
      }
      if (ok) {
        grouped_[&e] = std::move(partial[0]);
        return;
      }
    }
    auto g = empty_grouped(agg);
    fold_rows(agg, *g, 0, t.rows);
    grouped_[&e] = std::move(g);
  }

  // Folds rows [first, last) of the iterated entity into `g`.
  void fold_rows(const ir::Aggregate& agg, Grouped& group, size_t first, size_t last) {
    Grouped* g = &group;
    for (size_t begin = first; begin < last; begin += kChunk) {
      size_t len = std::min(kChunk, last - begin);
      Batch b;
      b.n = len;
      b.slots.resize(static_cast<size_t>(std::max(rule_->slot_count, agg.slot + 1)));
      b.bound.assign(b.slots.size(), 0);
      Column rows = make_column(Type::entity(agg.entity), len);
      for (size_t i = 0; i < len; ++i) rows.values[i] = static_cast<int64_t>(begin + i);
      b.bind(agg.slot, std::move(rows));
      b.main_slot = agg.slot;
      b.main_entity = agg.entity;
      Batch sel = b;
      if (agg.filter) {
        Positions pos = where(eval(*agg.filter, b));
        if (pos.empty()) continue;
        if (pos.size() != len) sel = b.select(pos);
      }
      Column values = agg.value ? eval(*agg.value, sel) : Column();
      auto value_at = [&](size_t i) { return agg.value ? values.values[i] : no_value(agg.kind); };
      if (!g->keyed) {
        for (size_t i = 0; i < sel.n; ++i) combine(agg.kind, g->global, value_at(i));
        continue;
      }
      Column keys = eval(*agg.inner_key, sel);
      const bool by_row = g->key_kind == TypeKind::Entity;
      for (size_t i = 0; i < sel.n; ++i) {
        // The referenced rows are scattered over the accumulators: fetch a few ahead.
        if (by_row && i + kPrefetchAhead < sel.n) {
          size_t ahead = static_cast<size_t>(keys.values[i + kPrefetchAhead]);
          if (ahead < g->by_row.size()) __builtin_prefetch(g->by_row.value.data() + ahead, 1);
        }
        if (by_row && keys.is_present(i)) {
          combine_row(agg.kind, g->by_row, static_cast<size_t>(keys.values[i]), value_at(i));
          continue;
        }
        Acc* acc;
        if (!keys.is_present(i)) acc = &g->none_group;
        else if (g->key_kind == TypeKind::Text) acc = &g->by_text.try_emplace(keys.texts[i], initial(agg.kind)).first->second;
        else acc = &g->by_int.try_emplace(keys.values[i], initial(agg.kind)).first->second;
        combine(agg.kind, *acc, value_at(i));
      }
    }
  }

  // A sum whose exact total does not fit in 64 bits is the error of the row it is for.
  void emit(ir::AggKind k, const Acc& a, Column& out, const Batch& b, size_t i) const {
    if (k == ir::AggKind::Sum && a.carry != 0) fail(b, i, "sum overflows 64 bits");
    switch (k) {
      case ir::AggKind::Count: out.values[i] = a.value; break;
      case ir::AggKind::Min:
      case ir::AggKind::Max:
        out.values[i] = a.value;
        if (!out.present.empty()) out.present[i] = a.count > 0;
        break;
      default: out.values[i] = a.value; break;
    }
  }

  Column eval_aggregate(const ir::Expr& e, Batch& b) {
    const ir::Aggregate& agg = *e.agg;
    Column out = make_column(e.type, b.n);
    if (auto it = grouped_.find(&e); it != grouped_.end()) {
      const Grouped& g = *it->second;
      Acc empty = initial(agg.kind);
      if (!g.keyed) {
        for (size_t i = 0; i < b.n; ++i) emit(agg.kind, g.global, out, b, i);
        return out;
      }
      Column storage;
      const Column& keys = column_of(*agg.outer_key, b, storage);
      for (size_t i = 0; i < b.n; ++i) {
        const Acc* acc = &empty;
        Acc row;
        if (!keys.is_present(i)) {
          // none equals none, as everywhere in the language
          if (agg.inner_key_optional) acc = &g.none_group;
        } else if (g.key_kind == TypeKind::Entity) {
          size_t k = static_cast<size_t>(keys.values[i]);
          if (k < g.by_row.size()) acc = &(row = row_acc(agg.kind, g.by_row, k));
        } else if (g.key_kind == TypeKind::Text) {
          if (auto f = g.by_text.find(keys.texts[i]); f != g.by_text.end()) acc = &f->second;
        } else if (auto f = g.by_int.find(keys.values[i]); f != g.by_int.end()) {
          acc = &f->second;
        }
        emit(agg.kind, *acc, out, b, i);
      }
      return out;
    }
    // A filter that relates the two rows other than by one equality: every pair is tried.
    const Table& t = tables_[static_cast<size_t>(agg.entity)];
    for (size_t i = 0; i < b.n; ++i) {
      Acc acc = initial(agg.kind);
      for (size_t begin = 0; begin < t.rows; begin += kChunk) {
        size_t len = std::min(kChunk, t.rows - begin);
        Batch q;
        q.n = len;
        q.slots.resize(b.slots.size());
        q.bound.assign(b.slots.size(), 0);
        Positions same(len, static_cast<uint32_t>(i));
        for (size_t s = 0; s < b.slots.size(); ++s)
          if (b.bound[s]) q.bind(static_cast<int32_t>(s), gather(b.slots[s], same));
        Column rows = make_column(Type::entity(agg.entity), len);
        for (size_t r = 0; r < len; ++r) rows.values[r] = static_cast<int64_t>(begin + r);
        q.bind(agg.slot, std::move(rows));
        q.main_slot = agg.slot;
        q.main_entity = agg.entity;
        Positions pos(len);
        for (size_t r = 0; r < len; ++r) pos[r] = static_cast<uint32_t>(r);
        auto narrow = [&](const ir::Expr* cond) {
          if (!cond || pos.empty()) return;
          Batch sub = q.select(pos);
          Column m = eval(*cond, sub);
          Positions keep;
          for (size_t k = 0; k < pos.size(); ++k)
            if (m.values[k] && m.is_present(k)) keep.push_back(pos[k]);
          pos = std::move(keep);
        };
        narrow(agg.filter.get());
        if (agg.inner_key && !pos.empty()) {
          Batch sub = q.select(pos);
          Column ik = eval(*agg.inner_key, sub), ok = eval(*agg.outer_key, sub);
          Positions keep;
          for (size_t k = 0; k < pos.size(); ++k)
            if (same_value(ik, k, ok, k)) keep.push_back(pos[k]);
          pos = std::move(keep);
        }
        narrow(agg.correlated_filter.get());
        if (pos.empty()) continue;
        Batch sub = q.select(pos);
        Column values = agg.value ? eval(*agg.value, sub) : Column();
        for (size_t k = 0; k < sub.n; ++k) combine(agg.kind, acc, agg.value ? values.values[k] : no_value(agg.kind));
      }
      emit(agg.kind, acc, out, b, i);
    }
    return out;
  }

  // --- rules ----------------------------------------------------------------------------------
  Column eval_rule(Batch& b) {
    if (rule_->exceptions.empty()) return eval_default(b);
    Positions all(b.n);
    for (uint32_t i = 0; i < b.n; ++i) all[i] = i;
    Yield top = eval_exceptions_to(-1, b, all);
    Column result = std::move(top.value);
    Positions rest;
    for (uint32_t i = 0; i < b.n; ++i)
      if (top.who[i] < 0) rest.push_back(i);
    if (!rest.empty()) {
      Batch sub = b.select(rest);
      Column d = eval_default(sub);
      scatter(result, d, rest);
    }
    return result;
  }

  // What the exceptions under one node of a rule's exception tree give, on the rows `rows` of
  // a batch: `value[j]` for `rows[j]`, given by exception `who[j]` (-1: none of them applies).
  struct Yield {
    Column value;
    std::vector<int32_t> who;
  };

  // The exceptions to `parent` (-1: to the default), each with the exceptions to it: where one
  // applies it gives the value, where two siblings apply and disagree evaluation stops, naming
  // both (default logic: siblings have the same rank, so neither overrides the other).
  Yield eval_exceptions_to(int32_t parent, Batch& b, const Positions& rows) {
    Yield out{make_column(rule_->type, rows.size()), std::vector<int32_t>(rows.size(), -1)};
    for (size_t k = 0; k < rule_->exceptions.size(); ++k) {
      if (rule_->exceptions[k].parent != parent) continue;
      Yield y = eval_exception(static_cast<int32_t>(k), b, rows);
      for (size_t j = 0; j < rows.size(); ++j) {
        if (y.who[j] < 0) continue;
        if (out.who[j] < 0) {
          out.who[j] = y.who[j];
          copy_value(out.value, j, y.value, j);
        } else if (!same_value(out.value, j, y.value, j)) {
          const ir::Exception& first = rule_->exceptions[static_cast<size_t>(out.who[j])];
          const ir::Exception& second = rule_->exceptions[static_cast<size_t>(y.who[j])];
          fail(b, rows[j],
               fmt::format("exceptions '{}' [{}] and '{}' [{}] both apply and disagree ({} vs {})", first.label,
                           first.origin.citation, second.label, second.origin.citation, show(out.value, j),
                           show(y.value, j)));
        }
      }
    }
    return out;
  }

  // Exception `k` on `rows`: where an exception to it applies, that one's value overrides it;
  // elsewhere its own value where its condition holds. The condition and value are evaluated
  // only on the rows that reach them.
  Yield eval_exception(int32_t k, Batch& b, const Positions& rows) {
    const ir::Exception& x = rule_->exceptions[static_cast<size_t>(k)];
    const bool has_children = std::any_of(rule_->exceptions.begin(), rule_->exceptions.end(),
                                          [&](const ir::Exception& e) { return e.parent == k; });
    Yield out = has_children ? eval_exceptions_to(k, b, rows)
                             : Yield{make_column(rule_->type, rows.size()), std::vector<int32_t>(rows.size(), -1)};
    Positions open_rows, open_at;  // rows no exception to `k` took, and their positions in `rows`
    for (size_t j = 0; j < rows.size(); ++j)
      if (out.who[j] < 0) open_rows.push_back(rows[j]), open_at.push_back(static_cast<uint32_t>(j));
    if (open_rows.empty()) return out;
    const bool everything = open_rows.size() == b.n;  // the whole batch: no copy of it needed
    Batch narrowed;
    if (!everything) narrowed = b.select(open_rows);
    Batch& on = everything ? b : narrowed;
    Positions holds = where(eval(*x.condition, on));
    if (holds.empty()) return out;
    Batch sub = on.select(holds);
    Column v = eval(*x.value, sub);
    for (size_t h = 0; h < holds.size(); ++h) {
      const uint32_t j = open_at[holds[h]];
      out.who[j] = k;
      copy_value(out.value, j, v, h);
    }
    return out;
  }

  static void copy_value(Column& to, size_t i, const Column& from, size_t j) {
    if (to.type.kind == TypeKind::Text) to.texts[i] = from.texts[j];
    else to.values[i] = from.values[j];
    if (!to.present.empty()) to.present[i] = from.is_present(j) ? 1 : 0;
  }

  // A value in a message, printed by the writers' formatter (enum members by name, decimals
  // exactly, dates as dates, references by key), in the language's notation: text quoted, a
  // set as {a, b}, none as none.
  std::string show(const Column& c, size_t i) const {
    if (!c.is_present(i)) return "none";
    switch (c.type.kind) {
      case TypeKind::Text: return fmt::format("\"{}\"", format_value(p_, c, i));
      case TypeKind::Set: {
        std::string out = "{";
        const Type member = Type::enumeration(c.type.index);
        const uint64_t bits = static_cast<uint64_t>(c.values[i]);
        for (int64_t m = 0; m < 64; ++m)
          if ((bits >> m) & 1) out += (out.size() > 1 ? ", " : "") + format_scalar(p_, member, m);
        return out + "}";
      }
      default: return format_value(p_, c, i, tables_);
    }
  }

  Column eval_default(Batch& b) {
    if (rule_->table) return eval_table(*rule_->table, b);
    return eval(*rule_->body, b);
  }

  // Whether a cell reads nothing but the table's inputs, literals and parameters: then it has
  // one value per combination of input values.
  static bool reads_inputs_only(const ir::Expr& e, const std::vector<int32_t>& input_slots) {
    switch (e.op) {
      case Op::Var: return std::find(input_slots.begin(), input_slots.end(), e.slot) != input_slots.end();
      case Op::Literal:
      case Op::Param: return true;
      case Op::Eq: case Op::Ne: case Op::Lt: case Op::Le: case Op::Gt: case Op::Ge:
      case Op::And: case Op::Or: case Op::Not: case Op::In:
        for (const auto& a : e.args)
          if (!a || !reads_inputs_only(*a, input_slots)) return false;
        return true;
      default: return false;
    }
  }

  // The table row each combination of input values chooses, when every input is a bool or an
  // enum (without none), the combinations are few, every cell reads the inputs only and every
  // outcome is a literal: the usual shape of a decision table. Then a row of data costs a
  // lookup instead of every cell of every table row. The cells are evaluated by the general
  // code, over a batch holding each combination once, so that they mean exactly what they do
  // on data; a combination no row or several 'unique' rows match is left to the general path,
  // which reports it on the data row that has it.
  // Two literal outcomes that give the same value.
  static bool same_literal(const ir::Expr& x, const ir::Expr& y) {
    if (x.op != Op::Literal || y.op != Op::Literal || x.is_none != y.is_none) return false;
    return x.is_none || (x.type.kind == TypeKind::Text ? x.text == y.text : x.literal == y.literal);
  }

  std::unique_ptr<TableLookup> build_lookup(const ir::Table& t) {
    if ((t.policy != ir::HitPolicy::Unique && t.policy != ir::HitPolicy::First && t.policy != ir::HitPolicy::Any) ||
        t.inputs.empty())
      return nullptr;
    constexpr size_t kMaxCombinations = 4096;
    auto lookup = std::make_unique<TableLookup>();
    size_t combinations = 1;
    for (const auto& input : t.inputs) {
      const Type& type = input->type;
      if (type.optional) return nullptr;
      size_t domain = 0;
      if (type.kind == TypeKind::Bool) domain = 2;
      else if (type.kind == TypeKind::Enum && type.index >= 0 && static_cast<size_t>(type.index) < p_.enums.size())
        domain = p_.enums[static_cast<size_t>(type.index)].members.size();
      if (domain == 0 || domain > static_cast<size_t>(kMaxEnumMembers) || combinations * domain > kMaxCombinations)
        return nullptr;
      combinations *= domain;
      lookup->domain.push_back(domain);
    }
    for (const ir::TableRow& row : t.rows) {
      if (!row.outcome || row.outcome->op != Op::Literal) return nullptr;
      for (const auto& cell : row.cells)
        if (cell && !reads_inputs_only(*cell, t.input_slots)) return nullptr;
    }
    // Combination c gives input k the value (c / stride_k) % domain_k, stride_0 = 1.
    Batch all;
    all.n = combinations;
    all.slots.resize(static_cast<size_t>(std::max(rule_->slot_count, 1)));
    all.bound.assign(all.slots.size(), 0);
    size_t stride = 1;
    for (size_t k = 0; k < t.inputs.size(); ++k) {
      Column values = make_column(t.inputs[k]->type, combinations);
      for (size_t c = 0; c < combinations; ++c) values.values[c] = static_cast<int64_t>(c / stride % lookup->domain[k]);
      stride *= lookup->domain[k];
      const int32_t slot = t.input_slots[k];
      if (slot < 0 || static_cast<size_t>(slot) >= all.slots.size()) return nullptr;
      all.bind(slot, std::move(values));
    }
    lookup->row.assign(combinations, -1);
    std::vector<uint8_t> ambiguous(combinations, 0);
    std::vector<uint8_t> match(combinations);
    for (size_t r = 0; r < t.rows.size(); ++r) {
      if (t.otherwise_row >= 0 && static_cast<int32_t>(r) > t.otherwise_row) break;
      const bool otherwise = static_cast<int32_t>(r) == t.otherwise_row;
      for (size_t c = 0; c < combinations; ++c) match[c] = !otherwise || lookup->row[c] < 0;
      for (const auto& cell : t.rows[r].cells)
        if (cell) and_into(*cell, all, match.data());
      for (size_t c = 0; c < combinations; ++c) {
        if (!match[c]) continue;
        if (lookup->row[c] < 0) lookup->row[c] = static_cast<int32_t>(r);
        else if (t.policy == ir::HitPolicy::Unique) ambiguous[c] = 1;
        else if (t.policy == ir::HitPolicy::Any &&
                 !same_literal(*t.rows[static_cast<size_t>(lookup->row[c])].outcome, *t.rows[r].outcome))
          ambiguous[c] = 1;
      }
    }
    for (size_t c = 0; c < combinations; ++c)
      if (ambiguous[c]) lookup->row[c] = -1;
    return lookup;
  }

  // Writes the outcome of every row of `b` through the table's lookup; false (having written
  // part of `result`) when a row's combination has no single row, for the general path to report.
  bool eval_table_by_lookup(const ir::Table& t, const TableLookup& lookup, Batch& b, Column& result) {
    std::vector<uint32_t> combination(b.n, 0);
    uint32_t stride = 1;
    for (size_t k = 0; k < t.inputs.size(); ++k) {
      const int64_t* v = b.slots[static_cast<size_t>(t.input_slots[k])].values.data();
      const int64_t domain = static_cast<int64_t>(lookup.domain[k]);
      bool in_domain = true;
      for (size_t i = 0; i < b.n; ++i) {
        in_domain &= v[i] >= 0 && v[i] < domain;
        combination[i] += static_cast<uint32_t>(v[i]) * stride;
      }
      if (!in_domain) return false;
      stride *= static_cast<uint32_t>(domain);
    }
    const bool text = result.type.kind == TypeKind::Text;
    for (size_t i = 0; i < b.n; ++i) {
      const int32_t r = lookup.row[combination[i]];
      if (r < 0) return false;
      const ir::Expr& literal = *t.rows[static_cast<size_t>(r)].outcome;
      if (text) result.texts[i] = literal.text;
      else result.values[i] = literal.literal;
      if (!result.present.empty()) result.present[i] = literal.is_none ? 0 : 1;
    }
    return true;
  }

  // The rows of `t` that match each row of `b`, in table order: 'otherwise' matches where no
  // row before it does. Calls f(r, positions) for each table row r matched somewhere.
  template <typename F>
  void for_each_match(const ir::Table& t, Batch& b, F&& f) {
    std::vector<uint8_t> match(b.n), matched(b.n, 0);
    for (size_t r = 0; r < t.rows.size(); ++r) {
      if (t.otherwise_row >= 0 && static_cast<int32_t>(r) > t.otherwise_row) break;
      std::fill(match.begin(), match.end(), 1);
      if (static_cast<int32_t>(r) == t.otherwise_row)
        for (uint32_t i = 0; i < b.n; ++i) match[i] = !matched[i];
      for (auto& cell : t.rows[r].cells)
        if (cell) and_into(*cell, b, match.data());
      Positions cand = positions_of(match.data(), b.n);
      if (cand.empty()) continue;
      for (uint32_t i : cand) matched[i] = 1;
      f(r, cand);
    }
  }

  // A row's outcome on the rows `cand` of `b`.
  Column outcome_on(const ir::TableRow& row, Batch& b, const Positions& cand) {
    if (row.outcome->op == Op::Literal) return constant(*row.outcome, cand.size());
    Batch sub = b.select(cand);
    return eval(*row.outcome, sub);
  }

  // 'collect sum', 'min', 'max', 'count' (DMN C+, C<, C>, C#): every matching row's outcome,
  // aggregated. No row matching gives 0 to count, none to the others (the rule is then
  // optional; when it is not, the compiler requires rows for every input, and a gap it could
  // not see is an error here).
  Column eval_collect(const ir::Table& t, Batch& b) {
    Column result = make_column(rule_->type, b.n);
    std::vector<uint32_t> hits(b.n, 0);
    const ir::AggKind agg = t.collect;
    for_each_match(t, b, [&](size_t r, const Positions& cand) {
      if (agg == ir::AggKind::Count) {
        for (uint32_t i : cand) ++hits[i];
        return;
      }
      Column v = outcome_on(t.rows[r], b, cand);
      // An int outcome in a decimal rule was promoted when lowered; both are integers here.
      for (size_t k = 0; k < cand.size(); ++k) {
        const uint32_t i = cand[k];
        const int64_t x = v.values[k];
        if (hits[i]++ == 0) {
          result.values[i] = x;
        } else if (agg == ir::AggKind::Sum) {
          if (__builtin_add_overflow(result.values[i], x, &result.values[i]))
            fail(b, i, fmt::format("the sum of its 'collect sum' table overflows (at row '{}')", t.rows[r].label));
        } else if (agg == ir::AggKind::Min ? x < result.values[i] : x > result.values[i]) {
          result.values[i] = x;
        }
      }
    });
    for (uint32_t i = 0; i < b.n; ++i) {
      if (agg == ir::AggKind::Count) {
        result.values[i] = hits[i];
      } else if (hits[i] == 0) {
        if (result.present.empty()) fail(b, i, "no row of its table matches");
        result.present[i] = 0;
      } else if (!result.present.empty()) {
        result.present[i] = 1;
      }
    }
    return result;
  }

  // 'rule order' and 'output order' (DMN R and O): the outcomes of every matching row, as
  // text joined by ", ", in the order of the rows or of the outcomes' enum (a stable sort, so
  // equal outcomes keep their rows' order; repeated outcomes are kept, as in DMN's list).
  Column eval_listed(const ir::Table& t, Batch& b) {
    Column result = make_column(rule_->type, b.n);
    std::vector<std::vector<std::pair<int64_t, std::string_view>>> listed(b.n);
    for_each_match(t, b, [&](size_t r, const Positions& cand) {
      Column v = outcome_on(t.rows[r], b, cand);
      const bool text = v.type.kind == TypeKind::Text;
      for (size_t k = 0; k < cand.size(); ++k) {
        if (text) {
          listed[cand[k]].emplace_back(0, v.texts[k]);
        } else {
          const int64_t member = v.values[k];
          const auto& members = p_.enums[static_cast<size_t>(v.type.index)].members;
          listed[cand[k]].emplace_back(member, std::string_view(members[static_cast<size_t>(member)]));
        }
      }
    });
    for (uint32_t i = 0; i < b.n; ++i) {
      auto& items = listed[i];
      if (t.policy == ir::HitPolicy::OutputOrder)
        std::stable_sort(items.begin(), items.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
      std::string joined;
      for (size_t k = 0; k < items.size(); ++k) {
        if (k) joined += ", ";
        joined += items[k].second;
      }
      result.texts[i] = texts_->intern(std::move(joined));
    }
    return result;
  }

  Column eval_table(const ir::Table& t, Batch& b) {
    for (size_t i = 0; i < t.inputs.size(); ++i) b.bind(t.input_slots[i], eval(*t.inputs[i], b));
    if (t.policy == ir::HitPolicy::Collect) return eval_collect(t, b);
    if (t.policy == ir::HitPolicy::RuleOrder || t.policy == ir::HitPolicy::OutputOrder) return eval_listed(t, b);
    if (const auto found = lookups_.find(&t); found != lookups_.end() && found->second) {
      Column result = make_column(rule_->type, b.n);
      if (eval_table_by_lookup(t, *found->second, b, result)) return result;
    }
    Column result = make_column(rule_->type, b.n);
    std::vector<int32_t> chosen(b.n, -1);
    std::vector<uint8_t> match(b.n);
    for (size_t r = 0; r < t.rows.size(); ++r) {
      // Rows after 'otherwise' are never used (the compiler warns): every row is taken by then.
      if (t.otherwise_row >= 0 && static_cast<int32_t>(r) > t.otherwise_row) break;
      const ir::TableRow& row = t.rows[r];
      // Cells compare an input with a value: evaluated over the whole batch, they cost less than
      // narrowing the batch cell by cell.
      std::fill(match.begin(), match.end(), 1);
      if (static_cast<int32_t>(r) == t.otherwise_row)
        for (uint32_t i = 0; i < b.n; ++i) match[i] = chosen[i] < 0;
      for (auto& cell : row.cells)
        if (cell) and_into(*cell, b, match.data());
      if (t.policy == ir::HitPolicy::First)
        for (uint32_t i = 0; i < b.n; ++i) match[i] &= chosen[i] < 0;
      Positions cand = positions_of(match.data(), b.n);
      if (cand.empty()) continue;
      if (row.outcome->op == Op::Literal && t.policy != ir::HitPolicy::Priority) {
        // Most outcomes are literals: write them straight into the result, with no column of
        // copies to scatter. (Under 'first' a matched row was never chosen before.)
        const ir::Expr& literal = *row.outcome;
        for (uint32_t i : cand) {
          if (chosen[i] >= 0 && t.policy == ir::HitPolicy::Any) {
            // 'any': rows may overlap where they agree.
            const ir::Expr& earlier = *t.rows[static_cast<size_t>(chosen[i])].outcome;
            if (earlier.op == Op::Literal && same_literal(earlier, literal)) continue;
            fail(b, i, fmt::format("rows '{}' and '{}' of its 'any' table both match and give different outcomes",
                                   t.rows[static_cast<size_t>(chosen[i])].label, row.label));
          }
          if (chosen[i] >= 0)
            fail(b, i, fmt::format("rows '{}' and '{}' of its 'unique' table both match",
                                   t.rows[static_cast<size_t>(chosen[i])].label, row.label));
          chosen[i] = static_cast<int32_t>(r);
          if (result.type.kind == TypeKind::Text) result.texts[i] = literal.text;
          else result.values[i] = literal.literal;
          if (!result.present.empty()) result.present[i] = literal.is_none ? 0 : 1;
        }
        continue;
      }
      Column v;
      if (row.outcome->op == Op::Literal) {
        v = constant(*row.outcome, cand.size());
      } else {
        Batch sub = b.select(cand);
        v = eval(*row.outcome, sub);
      }
      Positions take;
      Positions take_src;
      for (size_t k = 0; k < cand.size(); ++k) {
        uint32_t i = cand[k];
        if (chosen[i] < 0) {
          take.push_back(i);
          take_src.push_back(static_cast<uint32_t>(k));
          chosen[i] = static_cast<int32_t>(r);
        } else if (t.policy == ir::HitPolicy::Unique) {
          fail(b, i, fmt::format("rows '{}' and '{}' of its 'unique' table both match",
                                 t.rows[static_cast<size_t>(chosen[i])].label, row.label));
        } else if (t.policy == ir::HitPolicy::Any) {
          // 'any': rows may overlap where they agree.
          const bool same = v.is_present(k) == result.is_present(i) &&
                            (!v.is_present(k) || (v.type.kind == TypeKind::Text ? v.texts[k] == result.texts[i]
                                                                               : v.values[k] == result.values[i]));
          if (!same)
            fail(b, i, fmt::format("rows '{}' and '{}' of its 'any' table both match and give different outcomes",
                                   t.rows[static_cast<size_t>(chosen[i])].label, row.label));
        } else if (t.policy == ir::HitPolicy::Priority && v.is_present(k) && result.is_present(i) &&
                   v.values[k] < result.values[i]) {
          // Priority: the outcome declared first in its enum wins.
          take.push_back(i);
          take_src.push_back(static_cast<uint32_t>(k));
          chosen[i] = static_cast<int32_t>(r);
        }
      }
      if (take.size() == cand.size()) scatter(result, v, take);
      else scatter(result, gather(v, take_src), take);
    }
    for (uint32_t i = 0; i < b.n; ++i)
      if (chosen[i] < 0) fail(b, i, "no row of its table matches");
    return result;
  }

  // --- expressions ----------------------------------------------------------------------------
  Column constant(const ir::Expr& e, size_t n) {
    Column c = make_column(e.type, n);
    if (e.type.kind == TypeKind::Text) std::fill(c.texts.begin(), c.texts.end(), std::string_view(e.text));
    else std::fill(c.values.begin(), c.values.end(), e.literal);
    if (e.is_none) c.present.assign(n, 0);
    return c;
  }

  Column eval(const ir::Expr& e, Batch& b) {
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
    }
    return make_column(e.type, b.n);
  }

  // Storage for the texts '+' builds. Columns hold views, and a rule's column is read after
  // the batch that built it (by later rules, the writers, a diff), so the bytes are kept until
  // the process exits: a command evaluates a policy once, or twice for a diff. One buffer and
  // one lock per chunk, not per row.
  static char* keep_text(size_t bytes) {
    static std::mutex lock;
    static std::deque<std::string> kept;  // a deque: its elements never move
    std::lock_guard<std::mutex> hold(lock);
    return kept.emplace_back(bytes, '\0').data();
  }

  static Column slice(const Column& src, size_t begin, size_t n) {
    Column c;
    c.type = src.type;
    if (src.type.kind == TypeKind::Text) c.texts.assign(src.texts.begin() + static_cast<long>(begin), src.texts.begin() + static_cast<long>(begin + n));
    else c.values.assign(src.values.begin() + static_cast<long>(begin), src.values.begin() + static_cast<long>(begin + n));
    if (!src.present.empty()) c.present.assign(src.present.begin() + static_cast<long>(begin), src.present.begin() + static_cast<long>(begin + n));
    return c;
  }

  static Column gather_rows(const Column& src, const Column& rows) {
    Column c;
    c.type = src.type;
    size_t n = rows.values.size();
    const int64_t* r = rows.values.data();
    if (src.type.kind == TypeKind::Text) {
      c.texts.resize(n);
      for (size_t i = 0; i < n; ++i) c.texts[i] = src.texts[static_cast<size_t>(r[i])];
    } else {
      // Rows reached through a reference are scattered: fetch a few ahead.
      c.values.resize(n);
      const int64_t* v = src.values.data();
      for (size_t i = 0; i < n; ++i) {
        if (i + kPrefetchAhead < n && static_cast<size_t>(r[i + kPrefetchAhead]) < src.values.size())
          __builtin_prefetch(v + r[i + kPrefetchAhead]);
        c.values[i] = v[static_cast<size_t>(r[i])];
      }
    }
    if (!src.present.empty()) {
      c.present.resize(n);
      for (size_t i = 0; i < n; ++i) c.present[i] = src.present[static_cast<size_t>(rows.values[i])];
    }
    return c;
  }

  Column eval_field(const ir::Expr& e, Batch& b) {
    const Column& src = tables_[static_cast<size_t>(e.entity)].columns[static_cast<size_t>(e.index)];
    Column out;
    if (e.args[0]->op == Op::Var && e.args[0]->slot == 0 && b.contiguous_begin >= 0 && b.main_slot == 0)
      out = slice(src, static_cast<size_t>(b.contiguous_begin), b.n);
    else {
      Column storage;
      out = gather_rows(src, column_of(*e.args[0], b, storage));
    }
    // A reference read from data is stored as the row index already (resolved on load).
    out.type = e.type;
    if (!e.type.optional) out.present.clear();
    return out;
  }

  Column arithmetic(const ir::Expr& e, Batch& b) {
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

  // Rounds half to even, the rounding that does not drift over many sums of money.
  static int64_t round_div(int128 num, int128 den, bool& overflow) {
    int128 q = num / den, r = num % den;
    int128 twice = r * 2;
    if (twice < 0) twice = -twice;
    int128 aden = den < 0 ? -den : den;
    bool negative = (num < 0) != (den < 0);
    if (twice > aden || (twice == aden && (q % 2 != 0))) q += negative ? -1 : 1;
    overflow = q > INT64_MAX || q < INT64_MIN;
    return static_cast<int64_t>(q);
  }
  int64_t decimal_mul(int64_t x, int64_t y, const Batch& b, size_t i) const {
    bool overflow = false;
    int64_t r = round_div(static_cast<int128>(x) * y, kDecimalScale, overflow);
    if (overflow) fail(b, i, "multiplication overflows the decimal range");
    return r;
  }
  // Money times or divided by a number is rounded once, from the exact result, to the cent,
  // ties away from zero (as Catala rounds its money). Rounding to six places first and then to
  // the cent could round twice (0.0049995 to 0.005 to 0.01, where the cent is 0.00).
  int64_t money_mul(int64_t x, int64_t y, const Batch& b, size_t i) const {
    int64_t cents = 0, r = 0;
    // x * y is scaled by 10^12; a cent is 10^4 of that scale's 10^6.
    if (!round_half_away(static_cast<int128>(x) * y, static_cast<int128>(kDecimalScale) * kCentScale, cents) ||
        __builtin_mul_overflow(cents, kCentScale, &r))
      fail(b, i, "multiplication overflows the decimal range");
    return r;
  }
  int64_t money_div(int64_t x, int64_t y, const Batch& b, size_t i) const {
    int64_t cents = 0, r = 0;
    if (!round_half_away(static_cast<int128>(x) * (kDecimalScale / kCentScale), y, cents) ||
        __builtin_mul_overflow(cents, kCentScale, &r))
      fail(b, i, "division overflows the decimal range");
    return r;
  }
  int64_t decimal_div(int64_t x, int64_t y, const Batch& b, size_t i) const {
    bool overflow = false;
    int64_t r = round_div(static_cast<int128>(x) * kDecimalScale, y, overflow);
    if (overflow) fail(b, i, "division overflows the decimal range");
    return r;
  }

  // match[i] &= cond[i], for the conditions of table cells: a cell compares an input slot with
  // a value, and comparing straight into the byte mask saves materialising a column of 64-bit
  // booleans per cell (most of a table's cost, in memory traffic, before this).
  void and_into(const ir::Expr& cond, Batch& b, uint8_t* match) {
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

  // A column to read: a bound local slot in place, anything else evaluated into `storage`.
  const Column& column_of(const ir::Expr& e, Batch& b, Column& storage) {
    if (e.op == Op::Var && b.bound[static_cast<size_t>(e.slot)]) return b.slots[static_cast<size_t>(e.slot)];
    storage = eval(e, b);
    return storage;
  }

  // An operand of a kernel, without copying what is already there: a local slot's column is
  // read in place and a literal or parameter stays one scalar. Table cells and conditions
  // compare a slot with a literal, and copying both into fresh columns cost more than comparing.
  struct Operand {
    const Column* column = nullptr;  // null: the scalar below
    int64_t scalar = 0;
  };
  Operand operand(const ir::Expr& e, Batch& b, Column& storage) {
    if (e.type.kind != TypeKind::Text && !e.type.optional) {
      if (e.op == Op::Literal && !e.is_none) return {nullptr, e.literal};
      if (e.op == Op::Param && param_defined_[static_cast<size_t>(e.index)])
        return {nullptr, param_values_[static_cast<size_t>(e.index)]};
    }
    return {&column_of(e, b, storage), 0};
  }

  // out[i] = x[i] OP y[i] over plain int64 values: one loop per operator, so that the compiler
  // can vectorise it.
  template <typename X, typename Y>
  static void compare_values(Op op, X x, Y y, int64_t* out, size_t n) {
    switch (op) {
      case Op::Eq: for (size_t i = 0; i < n; ++i) out[i] = x(i) == y(i); break;
      case Op::Ne: for (size_t i = 0; i < n; ++i) out[i] = x(i) != y(i); break;
      case Op::Lt: for (size_t i = 0; i < n; ++i) out[i] = x(i) < y(i); break;
      case Op::Le: for (size_t i = 0; i < n; ++i) out[i] = x(i) <= y(i); break;
      case Op::Gt: for (size_t i = 0; i < n; ++i) out[i] = x(i) > y(i); break;
      case Op::Ge: for (size_t i = 0; i < n; ++i) out[i] = x(i) >= y(i); break;
      default: break;
    }
  }

  // Values a kernel can read as int64s, all present.
  static bool plain(const Operand& o) {
    return !o.column || (o.column->type.kind != TypeKind::Text && o.column->present.empty());
  }

  Column compare(const ir::Expr& e, Batch& b) {
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

  Column eval_if(const ir::Expr& e, Batch& b) {
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

  Column eval_match(const ir::Expr& e, Batch& b) {
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
};

}  // namespace

struct Probe::Impl {
  Impl(const ir::Program& p, const std::vector<Table>& t, const EvalOptions& o, const Results& r)
      : options(o), evaluator(p, t, options, r) {}
  EvalOptions options;
  Evaluator evaluator;
  Batch batch;
};

Probe::Probe(const ir::Program& program, const std::vector<Table>& tables, const EvalOptions& options,
             const Results& results)
    : impl_(std::make_unique<Impl>(program, tables, options, results)) {}
Probe::~Probe() = default;

void Probe::begin(int32_t rule, int32_t entity, int32_t slot, const std::vector<uint32_t>& rows) {
  impl_->evaluator.enter_rule(rule);
  Batch& b = impl_->batch;
  b = Batch();
  b.n = rows.size();
  b.slots.resize(static_cast<size_t>(std::max(impl_->evaluator.slot_count(), slot + 1)));
  b.bound.assign(b.slots.size(), 0);
  Column c = make_column(Type::entity(entity), rows.size());
  for (size_t i = 0; i < rows.size(); ++i) c.values[i] = rows[i];
  b.bind(slot, std::move(c));
  b.main_slot = slot;
  b.main_entity = entity;
}

void Probe::bind(int32_t slot, Column values) {
  Batch& b = impl_->batch;
  if (static_cast<size_t>(slot) >= b.slots.size()) {
    b.slots.resize(static_cast<size_t>(slot) + 1);
    b.bound.resize(static_cast<size_t>(slot) + 1, 0);
  }
  b.bind(slot, std::move(values));
}

const Column& Probe::slot(int32_t slot) const { return impl_->batch.slots.at(static_cast<size_t>(slot)); }
Column Probe::eval(const ir::Expr& e) { return impl_->evaluator.eval_in_rule(e, impl_->batch); }
size_t Probe::size() const { return impl_->batch.n; }

std::string_view TextPool::intern(std::string text) {
  std::lock_guard<std::mutex> lock(mutex_);
  return *texts_.insert(std::move(text)).first;
}

Results evaluate(const ir::Program& program, const std::vector<Table>& tables, const EvalOptions& options,
                 const std::vector<int32_t>& wanted, const Results* previous, const ir::Program* previous_program) {
  Results results;
  results.columns.resize(program.rules.size());
  results.seconds.assign(program.rules.size(), 0.0);
  results.text_pools.push_back(std::make_shared<TextPool>());
  // A reused column may view text a previous evaluation made.
  if (previous) results.text_pools.insert(results.text_pools.end(), previous->text_pools.begin(), previous->text_pools.end());
  Evaluator ev(program, tables, options, results, results.text_pools.front().get());
  const std::vector<int32_t> order = closure(program, wanted);
  // With release_unneeded, a column goes once the last rule that reads it has run.
  std::vector<size_t> last_read(program.rules.size(), 0);
  std::vector<uint8_t> kept(program.rules.size(), 0);
  if (options.release_unneeded) {
    for (size_t k = 0; k < order.size(); ++k)
      for (int32_t d : program.rules[static_cast<size_t>(order[k])].depends_on)
        if (d >= 0) last_read[static_cast<size_t>(d)] = k;
    for (int32_t r : wanted)
      if (r >= 0) kept[static_cast<size_t>(r)] = 1;
    for (int32_t r : options.keep)
      if (r >= 0 && static_cast<size_t>(r) < kept.size()) kept[static_cast<size_t>(r)] = 1;
  }
  auto release_read_by = [&](size_t k) {
    if (!options.release_unneeded) return;
    for (int32_t d : program.rules[static_cast<size_t>(order[k])].depends_on)
      if (d >= 0 && !kept[static_cast<size_t>(d)] && last_read[static_cast<size_t>(d)] == k)
        results.columns[static_cast<size_t>(d)].reset();
  };
  for (size_t k = 0; k < order.size(); ++k) {
    const int32_t r = order[k];
    const ir::Rule& rule = program.rules[static_cast<size_t>(r)];
    if (previous && previous_program) {
      int32_t old = previous_program->rule_index(rule.name);
      if (old >= 0 && previous_program->rules[static_cast<size_t>(old)].fingerprint == rule.fingerprint &&
          static_cast<size_t>(old) < previous->columns.size() && previous->columns[static_cast<size_t>(old)]) {
        results.columns[static_cast<size_t>(r)] = previous->columns[static_cast<size_t>(old)];
        ++results.reused;
        release_read_by(k);
        continue;
      }
    }
    const auto start = std::chrono::steady_clock::now();
    results.columns[static_cast<size_t>(r)] = std::make_shared<const Column>(ev.run_rule(r));
    results.seconds[static_cast<size_t>(r)] =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    release_read_by(k);
  }
  results.table_lookups = ev.table_lookups();
  return results;
}

}  // namespace redline::runtime
