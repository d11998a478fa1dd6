// The vectorized interpreter.
//
// An expression is evaluated over a Batch: up to kChunk rows of the rule's entity, with one
// column per local slot (slot 0 holds the row indices themselves). Each IR node is a switch
// case that loops over the batch, so dispatch costs once per node per chunk, never per row.
// Branches (if, match, and/or, ??, tables, exceptions) evaluate their arms on the subset of
// rows that take them, so an arm never fails on a row it does not apply to.
#include "runtime/evaluator.h"

#include "runtime/evaluator_internal.h"

namespace redline::runtime {

using eval_internal::Batch;
using eval_internal::choose_param;
using eval_internal::Evaluator;
using eval_internal::make_column;
using eval_internal::ParamChoice;

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

namespace eval_internal {

auto Evaluator::run_rule(int32_t index) -> Column {
  enter_rule(index);
  const Table& table = tables_[static_cast<size_t>(current()->entity)];
  size_t n = table.rows;
  Column out = unset_column(current()->type, n);  // write_range fills every chunk, or it throws
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

auto Evaluator::root_batch(size_t begin, size_t len) const -> Batch {
  Batch b;
  b.n = len;
  b.slots.resize(static_cast<size_t>(std::max(1, current()->slot_count)));
  b.bound.assign(b.slots.size(), 0);
  Column rows = make_column(Type::entity(current()->entity), len);
  for (size_t i = 0; i < len; ++i) rows.values[i] = static_cast<int64_t>(begin + i);
  b.bind(0, std::move(rows));
  b.main_slot = 0;
  b.main_entity = current()->entity;
  b.contiguous_begin = static_cast<int64_t>(begin);
  return b;
}

auto Evaluator::fail(const Batch& b, size_t i, const std::string& message) const -> void {
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
  fault.message = function_ ? fmt::format("in function '{}'{}: {}", function_->name,
                                         function_->origin.citation.empty() ? "" : " [" + function_->origin.citation + "]",
                                         message)
                            : message;
  throw EvalError(std::move(fault));
}

auto Evaluator::precompute_calls(const ir::Rule& r) -> void {
  std::vector<int32_t> calls;
  ir::visit_rule(r, [&](const ir::Expr& e) {
    if (e.op == Op::Call) calls.push_back(e.index);
  });
  for (int32_t f : calls) {
    if (!precomputed_functions_.insert(f).second) continue;
    const ir::Rule& fn = p_.functions[static_cast<size_t>(f)];
    const ir::Rule* outer = function_;
    function_ = &fn;
    try {
      precompute(fn);
    } catch (...) {
      function_ = outer;
      throw;
    }
    function_ = outer;
    precompute_calls(fn);
  }
}

// A call: the arguments are evaluated once, over the caller's rows, and bound to the function's
// parameter slots; the function's body (default, table, exceptions) is then evaluated over the
// same rows, as a rule's is. The caller's own rows go in the function's `row_slot`, so that an
// error still names the caller's entity.
auto Evaluator::eval_call(const ir::Expr& e, Batch& b) -> Column {
  const ir::Rule& fn = p_.functions[static_cast<size_t>(e.index)];
  Batch fb;
  fb.n = b.n;
  fb.slots.resize(static_cast<size_t>(std::max(fn.slot_count, 1)));
  fb.bound.assign(fb.slots.size(), 0);
  size_t a = 0;
  if (fn.entity >= 0) fb.bind(0, eval(*e.args[a++], b));
  for (size_t k = 0; k < fn.param_types.size() && a < e.args.size(); ++k) {
    Column v = eval(*e.args[a++], b);
    if (fn.param_types[k].optional && v.present.empty()) v.present.assign(v.size(), 1);
    v.type = fn.param_types[k];
    fb.bind(static_cast<int32_t>(k + 1), std::move(v));
  }
  if (b.main_entity >= 0 && b.bound[static_cast<size_t>(b.main_slot)] && fn.row_slot >= 0) {
    fb.bind(fn.row_slot, b.slots[static_cast<size_t>(b.main_slot)]);
    fb.main_slot = fn.row_slot;
    fb.main_entity = b.main_entity;
  }
  const ir::Rule* outer = function_;
  function_ = &fn;
  Column out;
  try {
    out = eval_rule(fb);
  } catch (...) {
    function_ = outer;
    throw;
  }
  function_ = outer;
  return out;
}

auto Evaluator::eval_rule(Batch& b) -> Column {
  if (current()->exceptions.empty()) return eval_default(b);
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

auto Evaluator::eval_exceptions_to(int32_t parent, Batch& b, const Positions& rows) -> Yield {
  Yield out{make_column(current()->type, rows.size()), std::vector<int32_t>(rows.size(), -1)};
  for (size_t k = 0; k < current()->exceptions.size(); ++k) {
    if (current()->exceptions[k].parent != parent) continue;
    Yield y = eval_exception(static_cast<int32_t>(k), b, rows);
    for (size_t j = 0; j < rows.size(); ++j) {
      if (y.who[j] < 0) continue;
      if (out.who[j] < 0) {
        out.who[j] = y.who[j];
        copy_value(out.value, j, y.value, j);
      } else if (!same_value(out.value, j, y.value, j)) {
        const ir::Exception& first = current()->exceptions[static_cast<size_t>(out.who[j])];
        const ir::Exception& second = current()->exceptions[static_cast<size_t>(y.who[j])];
        fail(b, rows[j],
             fmt::format("exceptions '{}' [{}] and '{}' [{}] both apply and disagree ({} vs {})", first.label,
                         first.origin.citation, second.label, second.origin.citation, show(out.value, j),
                         show(y.value, j)));
      }
    }
  }
  return out;
}

auto Evaluator::eval_exception(int32_t k, Batch& b, const Positions& rows) -> Yield {
  const ir::Exception& x = current()->exceptions[static_cast<size_t>(k)];
  const bool has_children = std::any_of(current()->exceptions.begin(), current()->exceptions.end(),
                                        [&](const ir::Exception& e) { return e.parent == k; });
  Yield out = has_children ? eval_exceptions_to(k, b, rows)
                           : Yield{make_column(current()->type, rows.size()), std::vector<int32_t>(rows.size(), -1)};
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

auto Evaluator::show(const Column& c, size_t i) const -> std::string {
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

auto Evaluator::gather_rows(const Column& src, const Column& rows) -> Column {
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

auto Evaluator::eval_field(const ir::Expr& e, Batch& b) -> Column {
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

}  // namespace eval_internal

struct Probe::Impl {
  Impl(const ir::Program& p, const std::vector<Table>& t, const EvalOptions& o, const Results& r)
      : options(o), evaluator(p, t, options, r) {}
  EvalOptions options;
  Evaluator evaluator;
  Batch batch;
  int32_t function = -1;
};

Probe::Probe(const ir::Program& program, const std::vector<Table>& tables, const EvalOptions& options,
             const Results& results)
    : impl_(std::make_unique<Impl>(program, tables, options, results)) {}
Probe::~Probe() = default;

void Probe::begin(int32_t rule, int32_t entity, int32_t slot, const std::vector<uint32_t>& rows, int32_t function) {
  impl_->evaluator.enter_rule(rule);
  impl_->function = function;
  Batch& b = impl_->batch;
  b = Batch();
  b.n = rows.size();
  b.slots.resize(static_cast<size_t>(std::max(impl_->evaluator.slot_count_of(function), slot + 1)));
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
Column Probe::eval(const ir::Expr& e) {
  if (impl_->function >= 0) return impl_->evaluator.eval_in_function(impl_->function, e, impl_->batch);
  return impl_->evaluator.eval_in_rule(e, impl_->batch);
}
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
    if (options.deadline && start > *options.deadline) throw TimeLimitExceeded();
    results.columns[static_cast<size_t>(r)] = std::make_shared<const Column>(ev.run_rule(r));
    results.seconds[static_cast<size_t>(r)] =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    release_read_by(k);
  }
  results.table_lookups = ev.table_lookups();
  return results;
}

}  // namespace redline::runtime
