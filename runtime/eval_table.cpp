// The evaluator's decision tables: the lookup over every combination of bool and enum inputs,
// and the general path (row masks, hit policies, collect).
#include "runtime/evaluator_internal.h"

namespace redline::runtime::eval_internal {

auto Evaluator::reads_inputs_only(const ir::Expr& e, const std::vector<int32_t>& input_slots) -> bool {
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

auto Evaluator::build_lookup(const ir::Table& t) -> std::unique_ptr<TableLookup> {
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
  all.slots.resize(static_cast<size_t>(std::max(current()->slot_count, 1)));
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

auto Evaluator::eval_table_by_lookup(const ir::Table& t, const TableLookup& lookup, Batch& b, Column& result) -> bool {
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

auto Evaluator::eval_collect(const ir::Table& t, Batch& b) -> Column {
  Column result = make_column(current()->type, b.n);
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

auto Evaluator::eval_listed(const ir::Table& t, Batch& b) -> Column {
  Column result = make_column(current()->type, b.n);
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

auto Evaluator::eval_table(const ir::Table& t, Batch& b) -> Column {
  for (size_t i = 0; i < t.inputs.size(); ++i) b.bind(t.input_slots[i], eval(*t.inputs[i], b));
  if (t.policy == ir::HitPolicy::Collect) return eval_collect(t, b);
  if (t.policy == ir::HitPolicy::RuleOrder || t.policy == ir::HitPolicy::OutputOrder) return eval_listed(t, b);
  if (const auto found = lookups_.find(&t); found != lookups_.end() && found->second) {
    Column result = make_column(current()->type, b.n);
    if (eval_table_by_lookup(t, *found->second, b, result)) return result;
  }
  Column result = make_column(current()->type, b.n);
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

}  // namespace redline::runtime::eval_internal
