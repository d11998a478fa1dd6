// The before/after comparison and its explanations.
#include "runtime/diff.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "runtime/diff_cause.h"
#include "runtime/parallel.h"
#include "runtime/writers.h"
#include "types/values.h"

namespace redline::runtime {

namespace {
// Outputs whose changes are summed and counted up or down rather than listed value by value.
bool numeric_kind(TypeKind k) { return k == TypeKind::Int || k == TypeKind::Decimal || k == TypeKind::Money; }
std::string total_text(TypeKind k, int64_t v) {
  return k == TypeKind::Money ? format_money(v) : k == TypeKind::Decimal ? format_decimal(v) : std::to_string(v);
}
}  // namespace

std::string readable_number(const std::string& value) {
  size_t start = value.empty() || value[0] != '-' ? 0 : 1;
  size_t end = value.find('.');
  if (end == std::string::npos) end = value.size();
  if (end <= start) return value;
  for (size_t i = start; i < end; ++i)
    if (value[i] < '0' || value[i] > '9') return value;
  std::string out = value.substr(0, start);
  size_t digits = end - start;
  for (size_t i = 0; i < digits; ++i) {
    if (i && (digits - i) % 3 == 0) out += ',';
    out += value[start + i];
  }
  return out + value.substr(end);
}

std::string DiffReport::before(const ChangedValue& c) const {
  const Side& s = source.before[c.output];
  return s.column ? value_text(*s.program, *source.tables, *s.column, c.row) : "";
}

std::string DiffReport::after(const ChangedValue& c) const {
  const Side& s = source.after[c.output];
  return s.column ? value_text(*s.program, *source.tables, *s.column, c.row) : "";
}

std::string DiffReport::key(const ChangedValue& c) const { return source.table->key_text(*source.entity, c.row); }

std::vector<std::string> DiffReport::csv_parts(bool formula_guard) const {
  const Column& keys = source.table->key_column(*source.entity);
  const bool text_keys = keys.type.kind == TypeKind::Text;
  auto render = [&](size_t begin, size_t end, std::string& text) {
    text.reserve(text.size() + (end - begin) * 48);  // a change is about 40 bytes: one allocation
    // Keys are views into the data file, far apart: fetch a few changes ahead.
    constexpr size_t kAhead = 8;
    for (size_t i = begin; i < end; ++i) {
      const ChangedValue& c = changes[i];
      if (text_keys && i + kAhead < end) __builtin_prefetch(keys.texts[changes[i + kAhead].row].data());
      if (text_keys) append_csv_text(text, keys.texts[c.row], formula_guard);
      else append_csv_field(text, key(c));
      text.push_back(',');
      text += source.csv_outputs[c.output];
      for (const Side* s : {&source.before[c.output], &source.after[c.output]}) {
        text.push_back(',');
        if (s->column) append_csv_value(text, *s->program, source.tables, *s->column, c.row, formula_guard);
      }
      text.push_back('\n');
    }
  };
  // Parts of fifty thousand changes or more, one per core.
  const size_t parts = parallel_parts(changes.size(), 50'000);
  std::vector<std::string> texts(parts);
  run_parts(parts, [&](size_t part) {
    render(changes.size() * part / parts, changes.size() * (part + 1) / parts, texts[part]);
  });
  return texts;
}

DiffReport compute_diff(const DiffInput& in) {
  const ir::Program& A = *in.after;
  const ir::Program& B = *in.before;
  const std::vector<Table>& tables = *in.tables;
  DiffReport report;
  report.policy = A.policy_name;
  // Entities are never amended, so an entity has the same index on both sides.
  const int32_t entity = !in.outputs.empty() ? A.rules[static_cast<size_t>(in.outputs[0])].entity
                                             : B.rules[static_cast<size_t>(in.repealed.at(0))].entity;
  const ir::Entity& ent = A.entities[static_cast<size_t>(entity)];
  const Table& table = tables[static_cast<size_t>(entity)];
  report.entity = ent.name;
  report.key_name = ent.fields[static_cast<size_t>(ent.key_field)].name;
  report.rows = table.rows;
  report.reused_columns = in.after_results->reused;

  struct Pair {
    const Column* after;
    const Column* before;
  };
  std::vector<Pair> cols;
  report.source.tables = &tables;
  if (in.explain) report.source.input = &in;
  report.source.table = &table;
  report.source.entity = &ent;
  // One output compared: its columns on each side (null where it does not exist).
  auto add_output = [&](const std::string& rule, const std::string& type, const Column* after, const Column* before) {
    report.outputs.push_back(rule);
    cols.push_back({after, before});
    report.source.before.push_back({&B, before});
    report.source.after.push_back({&A, after});
    std::string name;
    append_csv_field(name, rule);
    report.source.csv_outputs.push_back(std::move(name));
    OutputSummary s;
    s.name = rule;
    s.type = type;
    s.in_before = before != nullptr;
    s.in_after = after != nullptr;
    report.summaries.push_back(std::move(s));
  };
  for (int32_t o : in.outputs) {
    const ir::Rule& r = A.rules[static_cast<size_t>(o)];
    const int32_t b = B.rule_index(r.name);
    add_output(r.name, A.type_name(r.type), in.after_results->columns[static_cast<size_t>(o)].get(),
               b >= 0 ? in.before_results->columns[static_cast<size_t>(b)].get() : nullptr);
  }
  for (int32_t b : in.repealed) {
    const ir::Rule& r = B.rules[static_cast<size_t>(b)];
    add_output(r.name, B.type_name(r.type), nullptr, in.before_results->columns[static_cast<size_t>(b)].get());
  }

  // Enum and bool outputs are counted by their stored values: formatting a million values to
  // count them would cost more than the whole evaluation.
  auto categories = [&](const Column& c) -> size_t {
    if (c.type.kind == TypeKind::Bool) return 2;
    if (c.type.kind == TypeKind::Enum) return A.enums[static_cast<size_t>(c.type.index)].members.size();
    return 0;
  };
  auto category_name = [&](const Column& c, int64_t v) -> std::string {
    if (c.type.kind == TypeKind::Bool) return v ? "true" : "false";
    return A.enums[static_cast<size_t>(c.type.index)].members[static_cast<size_t>(v)];
  };
  std::vector<size_t> categories_of(cols.size());
  std::vector<bool> raw(cols.size(), false);
  for (size_t o = 0; o < cols.size(); ++o) {
    if (!cols[o].after) continue;  // repealed: nothing to count after
    size_t n = categories(*cols[o].after);
    categories_of[o] = n;
    // Raw counting needs both sides to number their values alike (an amended enum may not).
    raw[o] = n > 0 && cols[o].before && cols[o].before->type == cols[o].after->type &&
             (cols[o].after->type.kind == TypeKind::Bool ||
              B.enums[static_cast<size_t>(cols[o].before->type.index)].members ==
                  A.enums[static_cast<size_t>(cols[o].after->type.index)].members);
  }
  std::vector<uint8_t> same(cols.size(), 0);
  for (size_t o = 0; o < cols.size(); ++o)
    same[o] = cols[o].before && cols[o].after && same_encoding(*cols[o].after, *cols[o].before, A, B);

  // What one range of rows contributes; ranges are scanned in parallel and merged in order.
  struct Tally {
    std::vector<std::map<std::pair<std::string, std::string>, size_t>> transitions;
    std::vector<std::vector<size_t>> before_counts, after_counts;
    std::vector<std::vector<size_t>> raw_transitions;  // before * n + after
    std::vector<int64_t> before_sum, after_sum;
    std::vector<size_t> changed, increased, decreased;
    size_t changed_entities = 0;
    std::vector<ChangedValue> changes;
  };
  auto new_tally = [&] {
    Tally t;
    size_t k = cols.size();
    t.transitions.resize(k);
    t.before_counts.resize(k);
    t.after_counts.resize(k);
    t.raw_transitions.resize(k);
    t.before_sum.assign(k, 0);
    t.after_sum.assign(k, 0);
    t.changed.assign(k, 0);
    t.increased.assign(k, 0);
    t.decreased.assign(k, 0);
    for (size_t o = 0; o < k; ++o) {
      size_t n = categories_of[o];
      t.after_counts[o].assign(n, 0);
      if (raw[o]) {
        t.before_counts[o].assign(n, 0);
        t.raw_transitions[o].assign(n * n, 0);
      }
    }
    return t;
  };
  // A block of rows at a time: first, output by output, the counts and sums and which rows
  // differ (for values stored alike, a branch-free loop over the two columns), then the rows
  // that differ, in row order, output by output within a row, as the report lists them.
  auto scan = [&](size_t begin, size_t end, Tally& t) {
    constexpr size_t kBlock = 1024;
    std::vector<uint8_t> differing(kBlock * cols.size());
    for (size_t first = begin; first < end; first += kBlock) {
      const size_t last = std::min(end, first + kBlock);
      for (size_t o = 0; o < cols.size(); ++o) {
        const Column* a = cols[o].after;
        const Column* b = cols[o].before;
        uint8_t* d = differing.data() + o * kBlock;  // d[row - first]: whether the row differs
        if (!a) {
          // Repealed: every entity loses the output, whatever its value was.
          std::fill(d, d + (last - first), uint8_t{1});
          if (numeric_kind(b->type.kind))
            for (size_t row = first; row < last; ++row)
              if (b->is_present(row)) t.before_sum[o] += b->values[row];
          continue;
        }
        const TypeKind kind = a->type.kind;
        if (categories_of[o] > 0) {
          for (size_t row = first; row < last; ++row)
            if (a->is_present(row)) ++t.after_counts[o][static_cast<size_t>(a->values[row])];
          if (raw[o])
            for (size_t row = first; row < last; ++row)
              if (b->is_present(row)) ++t.before_counts[o][static_cast<size_t>(b->values[row])];
        } else if (numeric_kind(kind)) {
          for (size_t row = first; row < last; ++row)
            if (a->is_present(row)) t.after_sum[o] += a->values[row];
          if (b && b->type.kind == kind)
            for (size_t row = first; row < last; ++row)
              if (b->is_present(row)) t.before_sum[o] += b->values[row];
        }
        if (b && same[o] && kind != TypeKind::Text) {
          const int64_t* av = a->values.data();
          const int64_t* bv = b->values.data();
          const uint8_t* ap = a->present.empty() ? nullptr : a->present.data();
          const uint8_t* bp = b->present.empty() ? nullptr : b->present.data();
          for (size_t row = first; row < last; ++row) {
            const uint8_t in_a = ap ? ap[row] : 1, in_b = bp ? bp[row] : 1;
            d[row - first] = static_cast<uint8_t>((in_a != in_b) | (in_a & in_b & (av[row] != bv[row])));
          }
        } else {
          for (size_t row = first; row < last; ++row) d[row - first] = differs(a, b, row, A, B, tables, same[o]) ? 1 : 0;
        }
      }
      for (size_t row = first; row < last; ++row) {
        bool any = false;
        for (size_t o = 0; o < cols.size(); ++o) {
          if (!differing[o * kBlock + (row - first)]) continue;
          const Column* a = cols[o].after;
          const Column* b = cols[o].before;
          const TypeKind kind = (a ? a : b)->type.kind;
          const bool summed = numeric_kind(kind);
          any = true;
          ChangedValue cv;
          cv.row = static_cast<uint32_t>(row);
          cv.output = static_cast<uint32_t>(o);
          if (!a) {
            // Numbers would make a transition per value: the summary counts them instead.
            if (!summed) ++t.transitions[o][{value_text(B, tables, *b, row), "(repealed)"}];
          } else if (summed && b && b->type.kind == kind && a->is_present(row) && b->is_present(row)) {
            // Numbers move in too many ways to list as transitions: count the direction instead.
            ++(a->values[row] > b->values[row] ? t.increased[o] : t.decreased[o]);
          } else if (raw[o] && a->is_present(row) && b->is_present(row)) {
            ++t.raw_transitions[o][static_cast<size_t>(b->values[row]) * categories_of[o] +
                                   static_cast<size_t>(a->values[row])];
          } else {
            ++t.transitions[o][{b ? value_text(B, tables, *b, row) : "(absent)", value_text(A, tables, *a, row)}];
          }
          ++t.changed[o];
          t.changes.push_back(std::move(cv));
        }
        if (any) ++t.changed_entities;
      }
    }
  };
  // Ranges of a hundred thousand rows or more, one per core; below, a thread costs more than it saves.
  const size_t parts = parallel_parts(table.rows, 100'000);
  std::vector<Tally> tallies;
  for (size_t i = 0; i < parts; ++i) tallies.push_back(new_tally());
  run_parts(parts, [&](size_t part) {
    scan(table.rows * part / parts, table.rows * (part + 1) / parts, tallies[part]);
  });
  Tally& total = tallies[0];
  for (size_t i = 1; i < parts; ++i) {
    Tally& t = tallies[i];
    for (size_t o = 0; o < cols.size(); ++o) {
      for (auto& [k, count] : t.transitions[o]) total.transitions[o][k] += count;
      for (size_t v = 0; v < t.before_counts[o].size(); ++v) total.before_counts[o][v] += t.before_counts[o][v];
      for (size_t v = 0; v < t.after_counts[o].size(); ++v) total.after_counts[o][v] += t.after_counts[o][v];
      for (size_t v = 0; v < t.raw_transitions[o].size(); ++v) total.raw_transitions[o][v] += t.raw_transitions[o][v];
      total.before_sum[o] += t.before_sum[o];
      total.after_sum[o] += t.after_sum[o];
      total.changed[o] += t.changed[o];
      total.increased[o] += t.increased[o];
      total.decreased[o] += t.decreased[o];
    }
    total.changed_entities += t.changed_entities;
    total.changes.insert(total.changes.end(), std::make_move_iterator(t.changes.begin()),
                         std::make_move_iterator(t.changes.end()));
  }
  report.changed_entities = total.changed_entities;
  report.changes = std::move(total.changes);
  if (in.explain && !in.defer_causes) attach_causes(in, report);
  report.groups_pending = in.explain && in.defer_causes;
  auto& transitions = total.transitions;
  auto& before_counts = total.before_counts;
  auto& after_counts = total.after_counts;
  auto& raw_transitions = total.raw_transitions;
  auto& before_sum = total.before_sum;
  auto& after_sum = total.after_sum;
  for (size_t o = 0; o < cols.size(); ++o) {
    report.summaries[o].changed = total.changed[o];
    report.summaries[o].increased = total.increased[o];
    report.summaries[o].decreased = total.decreased[o];
  }
  for (size_t o = 0; o < cols.size(); ++o) {
    OutputSummary& s = report.summaries[o];
    size_t n = after_counts[o].size();
    for (size_t i = 0; i < raw_transitions[o].size(); ++i)
      if (raw_transitions[o][i])
        transitions[o][{category_name(*cols[o].after, static_cast<int64_t>(i / n)),
                        category_name(*cols[o].after, static_cast<int64_t>(i % n))}] += raw_transitions[o][i];
    for (auto& [k, count] : transitions[o]) s.transitions.push_back({k.first, k.second, count});
    std::stable_sort(s.transitions.begin(), s.transitions.end(),
                     [](const Transition& x, const Transition& y) { return x.count > y.count; });
    if (!cols[o].after) {
      const TypeKind kind = cols[o].before->type.kind;
      if (numeric_kind(kind))
        s.before_total = total_text(kind, before_sum[o]);
      continue;
    }
    TypeKind kind = cols[o].after->type.kind;
    if (n > 0) {
      // In declaration order, so that Full, Verification, Self read as the law lists them.
      for (size_t v = 0; v < n; ++v) {
        s.after_counts.push_back({category_name(*cols[o].after, static_cast<int64_t>(v)), after_counts[o][v]});
        if (raw[o]) s.before_counts.push_back({category_name(*cols[o].after, static_cast<int64_t>(v)), before_counts[o][v]});
      }
      if (kind == TypeKind::Bool) std::swap(s.after_counts[0], s.after_counts[1]);
      if (kind == TypeKind::Bool && raw[o]) std::swap(s.before_counts[0], s.before_counts[1]);
    } else if (numeric_kind(kind)) {
      auto show = [&](int64_t v) { return total_text(kind, v); };
      s.after_total = show(after_sum[o]);
      if (cols[o].before) s.before_total = show(before_sum[o]);
    }
  }
  return report;
}

}  // namespace redline::runtime
