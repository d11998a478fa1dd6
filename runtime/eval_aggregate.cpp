// The evaluator's aggregates over related entities: grouped by key once per rule (in parallel
// ranges, merged), or evaluated pair by pair when a condition correlates the two rows.
#include "runtime/evaluator_internal.h"

namespace redline::runtime::eval_internal {

auto Evaluator::precompute(const ir::Rule& r) -> void {
  std::function<void(const ir::Expr*)> walk = [&](const ir::Expr* e) {
    if (!e) return;
    for (auto& a : e->args) walk(a.get());
    if (e->agg) {
      for (auto* x : {e->agg->value.get(), e->agg->filter.get(), e->agg->inner_key.get(), e->agg->outer_key.get(),
                      e->agg->correlated_filter.get(), e->agg->order.get()})
        walk(x);
      if (!e->agg->nested_loop && !keyed_by_index(*e->agg)) build_grouped(*e);
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

auto Evaluator::keyed_by_index(const ir::Aggregate& agg) const -> bool {
  return options_.keyed_indexes && !agg.nested_loop && agg.inner_key && agg.outer_key &&
         agg.inner_key->type.kind != TypeKind::Text && agg.outer_key->type.kind != TypeKind::Text;
}

// Rows [begin, begin + len) of the aggregate's entity bound to its variable, in the context of
// the rule (or function) being evaluated.
auto Evaluator::iterated_rows(const ir::Aggregate& agg, size_t begin, size_t len) const -> Batch {
  Batch b;
  b.n = len;
  b.slots.resize(static_cast<size_t>(std::max(current()->slot_count, agg.slot + 1)));
  b.bound.assign(b.slots.size(), 0);
  Column rows = make_column(Type::entity(agg.entity), len);
  for (size_t i = 0; i < len; ++i) rows.values[i] = static_cast<int64_t>(begin + i);
  b.bind(agg.slot, std::move(rows));
  b.main_slot = agg.slot;
  b.main_entity = agg.entity;
  return b;
}

// The iterated rows' keys, every row, in chunks (as fold_rows reads them), indexed.
auto Evaluator::key_index(const ir::Aggregate& agg) -> AggregateIndexes::Index {
  const Table& t = tables_[static_cast<size_t>(agg.entity)];
  Column keys = make_column(agg.inner_key->type, t.rows);
  for (size_t begin = 0; begin < t.rows; begin += kChunk) {
    const size_t len = std::min(kChunk, t.rows - begin);
    Batch b = iterated_rows(agg, begin, len);
    Column part = eval(*agg.inner_key, b);
    for (size_t i = 0; i < len; ++i) {
      keys.values[begin + i] = part.values[i];
      if (!keys.present.empty()) keys.present[begin + i] = part.is_present(i) ? 1 : 0;
    }
  }
  return AggregateIndexes::of_keys(keys);
}

auto Evaluator::empty_grouped(const ir::Aggregate& agg, bool fill_rows) const -> std::unique_ptr<Grouped> {
  auto g = std::make_unique<Grouped>();
  g->keyed = agg.inner_key != nullptr;
  g->global = initial(agg.kind);
  g->none_group = initial(agg.kind);
  if (g->keyed) {
    g->key_kind = agg.inner_key->type.kind;
    // latest and earliest keep a row and a value per group, which the by-row accumulators (one
    // int64 a row) do not hold: a whole accumulator per referenced row instead.
    if (g->key_kind == TypeKind::Entity && picks(agg.kind)) {
      g->picks_by_row.assign(tables_[static_cast<size_t>(agg.inner_key->type.index)].rows, initial(agg.kind));
    } else if (g->key_kind == TypeKind::Entity) {
      const size_t rows = tables_[static_cast<size_t>(agg.inner_key->type.index)].rows;
      if (fill_rows) fill_row_accs(agg.kind, g->by_row, rows);
      else resize_row_accs(agg.kind, g->by_row, rows);
    }
  }
  return g;
}

auto Evaluator::merge(ir::AggKind k, Acc& a, const Acc& b) -> bool {
  if (b.count == 0) return true;
  if (picks(k)) {
    merge_pick(k, a, b);
    return true;
  }
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
    case ir::AggKind::Latest:
    case ir::AggKind::Earliest: break;  // merge_pick, above
  }
  a.count += b.count;
  return true;
}

auto Evaluator::merge_rows(ir::AggKind k, Grouped& into, const Grouped& from, size_t begin, size_t end,
                       std::unordered_map<size_t, int64_t>& carries) -> bool {
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
    case ir::AggKind::Latest:
    case ir::AggKind::Earliest: return true;  // never by row (see empty_grouped)
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

auto Evaluator::build_grouped(const ir::Expr& e) -> void {
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

auto Evaluator::fold_rows(const ir::Aggregate& agg, Grouped& group, size_t first, size_t last) -> void {
  Grouped* g = &group;
  for (size_t begin = first; begin < last; begin += kChunk) {
    size_t len = std::min(kChunk, last - begin);
    Batch b = iterated_rows(agg, begin, len);
    Batch sel = b;
    if (agg.filter) {
      Positions pos = where(eval(*agg.filter, b));
      if (pos.empty()) continue;
      if (pos.size() != len) sel = b.select(pos);
    }
    if (picks(agg.kind)) {
      fold_pick(agg, *g, sel);
      continue;
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

auto Evaluator::fold_pick(const ir::Aggregate& agg, Grouped& g, Batch& sel) -> void {
  const Column order = eval(*agg.order, sel);
  const Column values = eval(*agg.value, sel);
  const Column& rows = sel.slots[static_cast<size_t>(agg.slot)];
  const bool text = values.type.kind == TypeKind::Text;
  Column keys = g.keyed ? eval(*agg.inner_key, sel) : Column();
  for (size_t i = 0; i < sel.n; ++i) {
    Acc* acc = &g.global;
    if (g.keyed) {
      if (!keys.is_present(i)) acc = &g.none_group;
      else if (g.key_kind == TypeKind::Entity) acc = &g.picks_by_row[static_cast<size_t>(keys.values[i])];
      else if (g.key_kind == TypeKind::Text) acc = &g.by_text.try_emplace(keys.texts[i], initial(agg.kind)).first->second;
      else acc = &g.by_int.try_emplace(keys.values[i], initial(agg.kind)).first->second;
    }
    pick(agg.kind, *acc, order.values[i], rows.values[i], text ? 0 : values.values[i],
         text ? values.texts[i] : std::string_view(), values.is_present(i));
  }
}

auto Evaluator::emit_pick(const ir::Aggregate& agg, const Acc& a, Column& out, const Batch& b, size_t i) const -> void {
  if (a.count == 0) {
    out.present[i] = 0;
    return;
  }
  if (a.tie >= 0) {
    const ir::Entity& ent = p_.entities[static_cast<size_t>(agg.entity)];
    const Table& t = tables_[static_cast<size_t>(agg.entity)];
    Column v = make_column(agg.value->type.as_optional(), 2);
    for (size_t k = 0; k < 2; ++k) {
      if (v.type.kind == TypeKind::Text) v.texts[k] = k ? a.tie_text : a.text;
      else v.values[k] = k ? a.tie_payload : a.payload;
      v.present[k] = k ? a.tie_present : a.present;
    }
    auto shown = [&](size_t k) {
      if (!v.is_present(k)) return std::string("none");
      std::string s = format_value(p_, v, k, tables_);
      return v.type.kind == TypeKind::Text ? "\"" + s + "\"" : s;
    };
    fail(b, i,
         fmt::format("'{}' finds two {} rows with the {} {} ({}) and different values: {} ({}) and {} ({}); "
                     "give the rows an order that tells them apart",
                     agg.kind == ir::AggKind::Latest ? "latest" : "earliest", ent.name,
                     agg.kind == ir::AggKind::Latest ? "greatest" : "least", agg.order_text,
                     format_scalar(p_, agg.order->type, a.value), t.key_text(ent, static_cast<size_t>(a.row)), shown(0),
                     t.key_text(ent, static_cast<size_t>(a.tie)), shown(1)));
  }
  if (out.type.kind == TypeKind::Text) out.texts[i] = a.text;
  else out.values[i] = a.payload;
  out.present[i] = a.present;
}

auto Evaluator::eval_aggregate(const ir::Expr& e, Batch& b) -> Column {
  const ir::Aggregate& agg = *e.agg;
  Column out = make_column(e.type, b.n);
  if (auto it = grouped_.find(&e); it != grouped_.end()) {
    const Grouped& g = *it->second;
    Acc empty = initial(agg.kind);
    if (!g.keyed) {
      for (size_t i = 0; i < b.n; ++i) put(agg, g.global, out, b, i);
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
      } else if (g.key_kind == TypeKind::Entity && picks(agg.kind)) {
        size_t k = static_cast<size_t>(keys.values[i]);
        if (k < g.picks_by_row.size()) acc = &g.picks_by_row[k];
      } else if (g.key_kind == TypeKind::Entity) {
        size_t k = static_cast<size_t>(keys.values[i]);
        if (k < g.by_row.size()) acc = &(row = row_acc(agg.kind, g.by_row, k));
      } else if (g.key_kind == TypeKind::Text) {
        if (auto f = g.by_text.find(keys.texts[i]); f != g.by_text.end()) acc = &f->second;
      } else if (auto f = g.by_int.find(keys.values[i]); f != g.by_int.end()) {
        acc = &f->second;
      }
      put(agg, *acc, out, b, i);
    }
    return out;
  }
  // A filter that relates the two rows other than by one equality: every pair is tried. Or a
  // probe's keyed aggregate (keyed_by_index): the pairs with the outer row's key only, from the
  // index of the iterated rows by key (a row without a key value tries every pair).
  const Table& t = tables_[static_cast<size_t>(agg.entity)];
  const AggregateIndexes::Index* index = nullptr;
  Column outer_keys;
  if (keyed_by_index(agg)) {
    index = &options_.keyed_indexes->get(agg.inner_key.get(), [&] { return key_index(agg); });
    Column storage;
    outer_keys = column_of(*agg.outer_key, b, storage);
  }
  for (size_t i = 0; i < b.n; ++i) {
    Acc acc = initial(agg.kind);
    std::span<const uint32_t> keyed;
    const bool all = !index || !outer_keys.is_present(i);
    if (!all) keyed = index->find(outer_keys.values[i]);
    const size_t candidates = all ? t.rows : keyed.size();
    for (size_t begin = 0; begin < candidates; begin += kChunk) {
      size_t len = std::min(kChunk, candidates - begin);
      Batch q;
      q.n = len;
      q.slots.resize(b.slots.size());
      q.bound.assign(b.slots.size(), 0);
      Positions same(len, static_cast<uint32_t>(i));
      for (size_t s = 0; s < b.slots.size(); ++s)
        if (b.bound[s]) q.bind(static_cast<int32_t>(s), gather(b.slots[s], same));
      Column rows = make_column(Type::entity(agg.entity), len);
      for (size_t r = 0; r < len; ++r) rows.values[r] = static_cast<int64_t>(all ? begin + r : keyed[begin + r]);
      std::vector<int64_t> row_of(rows.values.begin(), rows.values.end());
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
      if (picks(agg.kind)) {
        Column order = eval(*agg.order, sub), values = eval(*agg.value, sub);
        const bool text = values.type.kind == TypeKind::Text;
        for (size_t k = 0; k < sub.n; ++k)
          pick(agg.kind, acc, order.values[k], row_of[pos[k]], text ? 0 : values.values[k],
               text ? values.texts[k] : std::string_view(), values.is_present(k));
        continue;
      }
      Column values = agg.value ? eval(*agg.value, sub) : Column();
      for (size_t k = 0; k < sub.n; ++k) combine(agg.kind, acc, agg.value ? values.values[k] : no_value(agg.kind));
    }
    put(agg, acc, out, b, i);
  }
  return out;
}

}  // namespace redline::runtime::eval_internal
