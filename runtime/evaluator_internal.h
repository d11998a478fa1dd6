// Internal to the evaluator's files (evaluator.cpp and eval_*.cpp): the Batch a node is evaluated
// over, the column helpers every node family shares, and the Evaluator class, whose members are
// defined by family, as DuckDB splits its expression executor: evaluator.cpp schedules rules,
// chunks and threads and runs default logic; eval_scalar.cpp the arithmetic, comparison, logic
// and branch nodes; eval_temporal.cpp parameters read at a date; eval_table.cpp decision
// tables; eval_aggregate.cpp aggregates over related entities. Short members stay defined here,
// so that every family still inlines them into its loops.
#pragma once

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
#include "runtime/evaluator.h"

namespace redline::runtime {

using ir::Op;

// Named, not anonymous: the class is one class across the files that define its members.
namespace eval_internal {

constexpr size_t kChunk = 4096;
constexpr size_t kPrefetchAhead = 16;  // rows ahead for random reads (references, group keys)
// Decimal products need 128 bits before rescaling; GCC and Clang provide them as an extension.
__extension__ typedef __int128 int128;
using Positions = std::vector<uint32_t>;

inline Column make_column(Type t, size_t n) {
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
inline Column unset_column(Type t, size_t n) {
  Column c;
  c.type = t;
  if (t.kind == TypeKind::Text) c.texts.resize(n);
  else c.values.resize(n);
  if (t.optional) c.present.resize(n);
  return c;
}

inline Column gather(const Column& src, const Positions& pos) {
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
inline void scatter(Column& dst, const Column& src, const Positions& pos) {
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

inline bool same_value(const Column& a, size_t i, const Column& b, size_t j) {
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
inline Positions positions_of(const uint8_t* mask, size_t n) {
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
inline Positions where(const Column& mask) {
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
inline std::pair<Positions, Positions> split(const Column& mask) {
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
  // latest and earliest: `value` is the best order so far; `row` the first row (of the iterated
  // entity, in row order) with that order, `payload`/`text` its value (`present` false: none);
  // `tie` the first later row with the same order and a different value (-1: none yet).
  int64_t row = -1;
  int64_t payload = 0;
  std::string_view text;
  bool present = false;
  int64_t tie = -1;
  int64_t tie_payload = 0;
  std::string_view tie_text;
  bool tie_present = false;
};

inline bool picks(ir::AggKind k) { return k == ir::AggKind::Latest || k == ir::AggKind::Earliest; }

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

inline bool counted(ir::AggKind k) { return k == ir::AggKind::Min || k == ir::AggKind::Max; }

struct Grouped {
  bool keyed = false;
  Acc global;
  RowAccs by_row;
  std::unordered_map<int64_t, Acc> by_int;
  std::unordered_map<std::string_view, Acc> by_text;
  std::vector<Acc> picks_by_row;  // latest, earliest with a reference key: by referenced row
  Acc none_group;
  TypeKind key_kind = TypeKind::Int;
};

inline Acc initial(ir::AggKind k) {
  Acc a;
  if (k == ir::AggKind::All) a.value = 1;
  return a;
}

// The value in force for a parameter; its text stays in the program or the options, which
// outlive the columns that view it.
struct ParamChoice {
  int64_t value = 0;
  std::string_view text;
  bool defined = true;  // false before the first value of a parameter declared with `from`
};

inline ParamChoice choose_param(const ir::Program& program, const EvalOptions& options, int32_t param) {
  for (auto& o : options.overrides)
    if (o.param == param) return {o.value, o.text, true};
  const ir::Param& p = program.params[static_cast<size_t>(param)];
  const ir::ParamValue* chosen = p.values.empty() || p.values.front().from ? nullptr : &p.values.front();
  for (auto& v : p.values)
    if (!v.from || *v.from <= options.as_of) chosen = &v;
  if (!chosen) return {0, {}, p.values.empty()};
  return {chosen->value, chosen->text, true};
}

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
    if (precomputed_.insert(index).second) {
      precompute(*rule_);
      precompute_calls(*rule_);
    }
  }
  // Evaluates `e` inside function `function` (-1: in the current rule itself), for a probe of an
  // explanation that steps into a call.
  Column eval_in_function(int32_t function, const ir::Expr& e, Batch& b) {
    const ir::Rule* outer = function_;
    function_ = function >= 0 ? &p_.functions[static_cast<size_t>(function)] : nullptr;
    try {
      Column c = eval(e, b);
      function_ = outer;
      return c;
    } catch (...) {
      function_ = outer;
      throw;
    }
  }
  int32_t slot_count_of(int32_t function) const {
    return function >= 0 ? p_.functions[static_cast<size_t>(function)].slot_count : rule_->slot_count;
  }
  Column eval_in_rule(const ir::Expr& e, Batch& b) { return eval(e, b); }
  size_t table_lookups() const {
    return static_cast<size_t>(std::count_if(lookups_.begin(), lookups_.end(), [](const auto& l) { return l.second != nullptr; }));
  }
  int32_t slot_count() const { return current()->slot_count; }
  // The rule or function whose body is being evaluated: a function while a call evaluates it
  // (per thread, since the threads of one rule share the evaluator).
  const ir::Rule* current() const { return function_ ? function_ : rule_; }

  Column run_rule(int32_t index);

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
  static inline thread_local const ir::Rule* function_ = nullptr;
  std::set<int32_t> precomputed_functions_;
  // The functions a rule calls, directly or not: their aggregates grouped and tables looked up
  // once, as the rule's own are.
  void precompute_calls(const ir::Rule& r);
  Column eval_call(const ir::Expr& e, Batch& b);
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

  Batch root_batch(size_t begin, size_t len) const;

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
  Column eval_param_at(const ir::Expr& e, Batch& b);
  Column eval_scale(const ir::Expr& e, Batch& b);

  // A parameter declared with `from` read on a date before its first value.
  std::string undefined_param(int32_t param, int64_t day) const {
    const ir::Param& prm = p_.params[static_cast<size_t>(param)];
    return fmt::format("parameter '{}' is not defined on {} (its first value is from {})", prm.name, format_date(day),
                       format_date(prm.values.front().from.value_or(day)));
  }

  [[noreturn]] void fail(const Batch& b, size_t i, const std::string& message) const;

  // --- aggregates ----------------------------------------------------------------------------
  void precompute(const ir::Rule& r);
  // EvalOptions::keyed_indexes: whether `agg` is computed per row from an index of its key.
  bool keyed_by_index(const ir::Aggregate& agg) const;
  AggregateIndexes::Index key_index(const ir::Aggregate& agg);
  Batch iterated_rows(const ir::Aggregate& agg, size_t begin, size_t len) const;

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
      case ir::AggKind::Latest:
      case ir::AggKind::Earliest: break;  // see pick
    }
    ++a.count;
  }
  // latest, earliest: row `row` (of the iterated entity; rows come in row order) whose order is
  // `order` and whose value is `payload` or `text` (`present` false: none). The first row with
  // the best order is kept; a later one with the same order and another value is the tie.
  static void pick(ir::AggKind k, Acc& a, int64_t order, int64_t row, int64_t payload, std::string_view text,
                   bool present) {
    if (a.count == 0 || (k == ir::AggKind::Latest ? order > a.value : order < a.value)) {
      a.value = order;
      a.row = row;
      a.payload = payload;
      a.text = text;
      a.present = present;
      a.tie = -1;
    } else if (order == a.value && a.tie < 0 && !same_pick(a, payload, text, present)) {
      a.tie = row;
      a.tie_payload = payload;
      a.tie_text = text;
      a.tie_present = present;
    }
    ++a.count;
  }
  static bool same_pick(const Acc& a, int64_t payload, std::string_view text, bool present) {
    return a.present == present && (!present || (a.payload == payload && a.text == text));
  }
  // Folds the rows of `row`'s range of rows into `a`, whose rows all come before them.
  static void merge_pick(ir::AggKind k, Acc& a, const Acc& b) {
    if (b.count == 0) return;
    const int64_t count = a.count + b.count;
    if (a.count == 0 || (k == ir::AggKind::Latest ? b.value > a.value : b.value < a.value)) {
      a = b;
    } else if (b.value == a.value && a.tie < 0) {
      if (!same_pick(a, b.payload, b.text, b.present)) {
        a.tie = b.row, a.tie_payload = b.payload, a.tie_text = b.text, a.tie_present = b.present;
      } else if (b.tie >= 0) {
        a.tie = b.tie, a.tie_payload = b.tie_payload, a.tie_text = b.tie_text, a.tie_present = b.tie_present;
      }
    }
    a.count = count;
  }
  // The same on the accumulator of referenced row `r`.
  static void combine_row(ir::AggKind k, RowAccs& accs, size_t r, int64_t v) {
    if (k == ir::AggKind::Sum) {
      int64_t carry = 0;
      add_wrapping(accs.value[r], v, carry);
      if (carry != 0) accs.carry[r] += carry;
      return;
    }
    Acc a;
    a.value = accs.value[r];
    a.count = counted(k) ? accs.count[r] : 0;
    combine(k, a, v);
    accs.value[r] = a.value;
    if (counted(k)) accs.count[r] = a.count;
  }
  // The accumulator of referenced row `r`, as emit reads it.
  static Acc row_acc(ir::AggKind k, const RowAccs& accs, size_t r) {
    Acc a;
    a.value = accs.value[r];
    a.count = counted(k) ? accs.count[r] : 0;
    if (!accs.carry.empty())
      if (auto it = accs.carry.find(r); it != accs.carry.end()) a.carry = it->second;
    return a;
  }

  // `fill_rows` false leaves the by-row accumulators unset, for a caller that fills them
  // (on the thread that is about to use them).
  std::unique_ptr<Grouped> empty_grouped(const ir::Aggregate& agg, bool fill_rows = true) const;

  static void resize_row_accs(ir::AggKind k, RowAccs& accs, size_t rows) {
    accs.value.resize(rows);
    if (counted(k)) accs.count.resize(rows);
  }
  static void fill_row_accs(ir::AggKind k, RowAccs& accs, size_t rows) {
    accs.value.assign(rows, initial(k).value);
    if (counted(k)) accs.count.assign(rows, 0);
  }

  // Folds the accumulator of another range of rows into `a`.
  static bool merge(ir::AggKind k, Acc& a, const Acc& b);
  // Everything but the by-row accumulators' values, which merge_rows merges a range at a time.
  static bool merge(ir::AggKind k, Grouped& into, const Grouped& from) {
    bool ok = merge(k, into.global, from.global) && merge(k, into.none_group, from.none_group);
    for (auto& [row, carry] : from.by_row.carry) into.by_row.carry[row] += carry;
    for (auto& [key, acc] : from.by_int)
      if (ok) ok = merge(k, into.by_int.try_emplace(key, initial(k)).first->second, acc);
    for (auto& [key, acc] : from.by_text)
      if (ok) ok = merge(k, into.by_text.try_emplace(key, initial(k)).first->second, acc);
    for (size_t r = 0; r < from.picks_by_row.size() && r < into.picks_by_row.size(); ++r)
      merge_pick(k, into.picks_by_row[r], from.picks_by_row[r]);
    return ok;
  }
  // The wraps of sums are added to `carries` (one map per range: ranges merge concurrently).
  static bool merge_rows(ir::AggKind k, Grouped& into, const Grouped& from, size_t begin, size_t end,
                         std::unordered_map<size_t, int64_t>& carries);

  // Evaluates the aggregate's inner side over every row of the iterated entity once and keeps
  // one accumulator per key. Large entities are split into ranges folded on every core and
  // merged; should a row fail (a division by zero in its value), the whole is done again in row
  // order, so that the error reported is the one a single pass meets first. Sums are exact in
  // any order (see Acc): whether one overflows is decided on its total, when it is read.
  void build_grouped(const ir::Expr& e);

  // Folds rows [first, last) of the iterated entity into `g`.
  void fold_rows(const ir::Aggregate& agg, Grouped& group, size_t first, size_t last);

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

  // latest, earliest: the chosen row's value, none over no rows; a tie is the error of row `i`.
  void emit_pick(const ir::Aggregate& agg, const Acc& a, Column& out, const Batch& b, size_t i) const;
  void put(const ir::Aggregate& agg, const Acc& a, Column& out, const Batch& b, size_t i) const {
    if (picks(agg.kind)) emit_pick(agg, a, out, b, i);
    else emit(agg.kind, a, out, b, i);
  }
  // Picks each row of `sel` (a batch of the iterated entity) into its group's accumulator.
  void fold_pick(const ir::Aggregate& agg, Grouped& g, Batch& sel);

  Column eval_aggregate(const ir::Expr& e, Batch& b);

  // --- rules ----------------------------------------------------------------------------------
  Column eval_rule(Batch& b);

  // What the exceptions under one node of a rule's exception tree give, on the rows `rows` of
  // a batch: `value[j]` for `rows[j]`, given by exception `who[j]` (-1: none of them applies).
  struct Yield {
    Column value;
    std::vector<int32_t> who;
  };

  // The exceptions to `parent` (-1: to the default), each with the exceptions to it: where one
  // applies it gives the value, where two siblings apply and disagree evaluation stops, naming
  // both (default logic: siblings have the same rank, so neither overrides the other).
  Yield eval_exceptions_to(int32_t parent, Batch& b, const Positions& rows);

  // Exception `k` on `rows`: where an exception to it applies, that one's value overrides it;
  // elsewhere its own value where its condition holds. The condition and value are evaluated
  // only on the rows that reach them.
  Yield eval_exception(int32_t k, Batch& b, const Positions& rows);

  static void copy_value(Column& to, size_t i, const Column& from, size_t j) {
    if (to.type.kind == TypeKind::Text) to.texts[i] = from.texts[j];
    else to.values[i] = from.values[j];
    if (!to.present.empty()) to.present[i] = from.is_present(j) ? 1 : 0;
  }

  // A value in a message, printed by the writers' formatter (enum members by name, decimals
  // exactly, dates as dates, references by key), in the language's notation: text quoted, a
  // set as {a, b}, none as none.
  std::string show(const Column& c, size_t i) const;

  Column eval_default(Batch& b) {
    if (current()->table) return eval_table(*current()->table, b);
    return eval(*current()->body, b);
  }

  // Whether a cell reads nothing but the table's inputs, literals and parameters: then it has
  // one value per combination of input values.
  static bool reads_inputs_only(const ir::Expr& e, const std::vector<int32_t>& input_slots);

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

  std::unique_ptr<TableLookup> build_lookup(const ir::Table& t);

  // Writes the outcome of every row of `b` through the table's lookup; false (having written
  // part of `result`) when a row's combination has no single row, for the general path to report.
  bool eval_table_by_lookup(const ir::Table& t, const TableLookup& lookup, Batch& b, Column& result);

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
  Column eval_collect(const ir::Table& t, Batch& b);

  // 'rule order' and 'output order' (DMN R and O): the outcomes of every matching row, as
  // text joined by ", ", in the order of the rows or of the outcomes' enum (a stable sort, so
  // equal outcomes keep their rows' order; repeated outcomes are kept, as in DMN's list).
  Column eval_listed(const ir::Table& t, Batch& b);

  Column eval_table(const ir::Table& t, Batch& b);

  // --- expressions ----------------------------------------------------------------------------
  Column constant(const ir::Expr& e, size_t n) {
    Column c = make_column(e.type, n);
    if (e.type.kind == TypeKind::Text) std::fill(c.texts.begin(), c.texts.end(), std::string_view(e.text));
    else std::fill(c.values.begin(), c.values.end(), e.literal);
    if (e.is_none) c.present.assign(n, 0);
    return c;
  }

  Column eval(const ir::Expr& e, Batch& b);

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

  static Column gather_rows(const Column& src, const Column& rows);

  Column eval_field(const ir::Expr& e, Batch& b);

  Column arithmetic(const ir::Expr& e, Batch& b);

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
  void and_into(const ir::Expr& cond, Batch& b, uint8_t* match);

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

  Column compare(const ir::Expr& e, Batch& b);

  Column eval_if(const ir::Expr& e, Batch& b);

  Column eval_match(const ir::Expr& e, Batch& b);
};

}  // namespace eval_internal

}  // namespace redline::runtime
