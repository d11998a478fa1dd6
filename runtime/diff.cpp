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

std::string Total::text_of(int64_t v) const { return total_text(kind, v); }

void append_readable_number(std::string& out, std::string_view value) {
  // Only a number as the value formatter prints one (an optional sign, digits, at most one point
  // and digits after it): any other text is appended as it is.
  const size_t start = !value.empty() && (value[0] == '-' || value[0] == '+') ? 1 : 0;
  size_t end = value.find('.');
  if (end == std::string_view::npos) end = value.size();
  bool number = end > start;
  for (size_t i = start; number && i < value.size(); ++i)
    if ((value[i] < '0' || value[i] > '9') && i != end) number = false;
  if (!number) {
    out += value;
    return;
  }
  out += value.substr(0, start);
  const size_t digits = end - start;
  for (size_t i = 0; i < digits; ++i) {
    if (i && (digits - i) % 3 == 0) out += ',';
    out += value[start + i];
  }
  out += value.substr(end);
}

std::string readable_number(std::string_view value) {
  std::string out;
  append_readable_number(out, value);
  return out;
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

struct DiffMemo {
  // One output's counts and sums over a range of rows, or all of them.
  struct Tally {
    std::map<std::pair<std::string, std::string>, size_t> transitions;
    std::vector<size_t> before_counts, after_counts;
    std::vector<size_t> raw_transitions;  // before * n + after
    int64_t before_sum = 0, after_sum = 0;
    size_t changed = 0, increased = 0, decreased = 0;
  };
  struct Output {
    std::vector<uint64_t> fingerprints;  // its rule in the baseline, each stage, the amended policy (0: none)
    Tally tally;
    std::vector<uint32_t> rows;        // the rows where it changed, in order
    std::vector<uint32_t> signatures;  // with reasons: each change's, by index into groups.table
  };
  std::string context;  // what else the outputs' results depend on (DiffComputation::context)
  KnownGroups groups;    // only its table
  std::map<std::string, std::shared_ptr<const Output>> outputs;
};

namespace {

// compute_diff's steps, sharing the two programs, the compared columns and what is known of
// each output. A class rather than one function so each step can be read (and profiled) alone.
class DiffComputation {
 public:
  explicit DiffComputation(const DiffInput& in) : in_(in), A(*in.after), B(*in.before), tables_(*in.tables) {}

  DiffReport run(std::shared_ptr<const DiffMemo>* memo) {
    describe_entity();
    add_outputs();
    classify_outputs();
    const std::string ctx = context();
    const DiffMemo* last = memo && *memo && (*memo)->context == ctx ? memo->get() : nullptr;
    find_known(last);
    Tally total = scan_all_rows();
    std::vector<uint32_t> given;  // per change: its signature in the memo, or unknown
    if (last) take_known(total, given);

    report_.changed_entities = total.changed_entities;
    report_.changes = std::move(total.changes);
    KnownGroups groups;
    if (in_.explain) {
      if (memo) {
        if (last) groups.table = last->groups.table;
        groups.given = std::move(given);
        groups.record = true;
      }
      attach_causes(in_, report_, memo ? &groups : nullptr);
    }
    summarise(total);
    if (memo) *memo = next_memo(ctx, total, std::move(groups));
    return std::move(report_);
  }

 private:
  struct Pair {
    const Column* after;
    const Column* before;
  };

  using OutputTally = DiffMemo::Tally;
  // What one range of rows contributes; ranges are scanned in parallel and merged in order.
  struct Tally {
    std::vector<OutputTally> out;  // by output
    size_t changed_entities = 0;
    std::vector<ChangedValue> changes;
  };

  // The memo's outputs this diff takes as they are (null: compared), by output.
  std::vector<std::shared_ptr<const DiffMemo::Output>> known_;
  std::vector<std::vector<uint64_t>> fingerprints_;  // by output: as DiffMemo::Output::fingerprints

  // What an output's changes and reasons depend on besides its rule's definitions: the
  // amendment operations (their reasons name them by index), the stages between the two sides,
  // whether reasons are found, the rows. (The data, parameters and date are the baseline's,
  // which the caller keeps one memo per.)
  std::string context() const {
    // Compared whole, not hashed: a memo is taken only for exactly the same operations.
    std::string c = fmt::format("{} {} {}\n", in_.explain, table_->rows, in_.law.size());
    for (const LawChange& l : in_.law)
      c += fmt::format("{}\x1f{}\x1f{}\n", l.amendment, static_cast<int>(l.action), l.target.text());
    for (const DiffStage& st : in_.stages) c += fmt::format("stage {}\n", st.operations);
    return c;
  }

  static uint64_t fingerprint(const ir::Program& p, const std::string& name) {
    const int32_t r = p.rule_index(name);
    return r >= 0 ? p.rules[static_cast<size_t>(r)].fingerprint : 0;
  }

  // Which outputs the last diff's memo answers: same fingerprints on every side and stage.
  void find_known(const DiffMemo* last) {
    known_.assign(cols_.size(), nullptr);
    fingerprints_.assign(cols_.size(), {});
    for (size_t o = 0; o < cols_.size(); ++o) {
      if (!cols_[o].after) continue;  // repealed: not kept
      const std::string& name = report_.outputs[o];
      std::vector<uint64_t>& f = fingerprints_[o];
      f.push_back(fingerprint(B, name));
      for (const DiffStage& st : in_.stages) f.push_back(fingerprint(*st.program, name));
      f.push_back(fingerprint(A, name));
      if (!last) continue;
      auto it = last->outputs.find(name);
      if (it == last->outputs.end() || it->second->fingerprints != f) continue;
      if (in_.explain && it->second->signatures.size() != it->second->rows.size()) continue;
      known_[o] = it->second;
      ++report_.remembered_outputs;
    }
  }

  // The known outputs' counts and changes into what was scanned: the changes merged by row,
  // then output, as the report lists them; `given`, each change's signature (unknown for those
  // scanned); the entities counted again.
  void take_known(Tally& total, std::vector<uint32_t>& given) const {
    size_t count = total.changes.size();
    bool any = false;
    for (size_t o = 0; o < cols_.size(); ++o)
      if (known_[o]) {
        total.out[o] = known_[o]->tally;
        count += known_[o]->rows.size();
        any = true;
      }
    if (!any) return;
    // Each known output's rows and signatures as arrays, and its next row (kEnd when done).
    constexpr uint32_t kEnd = UINT32_MAX;
    const size_t k = cols_.size();
    std::vector<const uint32_t*> rows(k, nullptr), sigs(k, nullptr);
    std::vector<size_t> size(k, 0), at(k, 0);
    std::vector<uint32_t> next(k, kEnd);
    for (size_t o = 0; o < k; ++o)
      if (known_[o] && !known_[o]->rows.empty()) {
        rows[o] = known_[o]->rows.data();
        sigs[o] = in_.explain ? known_[o]->signatures.data() : nullptr;
        size[o] = known_[o]->rows.size();
        next[o] = rows[o][0];
      }
    std::vector<ChangedValue> merged(count);
    given.assign(count, KnownGroups::kUnknown);
    const std::vector<ChangedValue>& scanned = total.changes;
    size_t s = 0, m = 0;
    for (;;) {
      // The first of the known outputs' next changes (by row, then output: the first output
      // wins a tie).
      uint32_t best_row = kEnd;
      size_t best = k;
      for (size_t o = 0; o < k; ++o)
        if (next[o] < best_row) {
          best_row = next[o];
          best = o;
        }
      if (s < scanned.size() &&
          (best == k || scanned[s].row < best_row || (scanned[s].row == best_row && scanned[s].output < best))) {
        merged[m++] = scanned[s++];
        continue;
      }
      if (best == k) break;
      merged[m].row = best_row;
      merged[m].output = static_cast<uint32_t>(best);
      if (sigs[best]) given[m] = sigs[best][at[best]];
      ++m;
      next[best] = ++at[best] < size[best] ? rows[best][at[best]] : kEnd;
    }
    total.changes = std::move(merged);
    total.changed_entities = 0;
    for (size_t i = 0; i < total.changes.size(); ++i)
      if (i == 0 || total.changes[i].row != total.changes[i - 1].row) ++total.changed_entities;
  }

  // This diff's memo: the known outputs' entries as they were, the others from this diff.
  std::shared_ptr<const DiffMemo> next_memo(const std::string& ctx, const Tally& total, KnownGroups groups) const {
    auto memo = std::make_shared<DiffMemo>();
    memo->context = ctx;
    std::vector<std::shared_ptr<DiffMemo::Output>> fresh(cols_.size());
    for (size_t o = 0; o < cols_.size(); ++o) {
      if (!cols_[o].after || known_[o]) continue;
      fresh[o] = std::make_shared<DiffMemo::Output>();
      fresh[o]->fingerprints = fingerprints_[o];
      fresh[o]->tally = total.out[o];
      fresh[o]->rows.reserve(total.out[o].changed);
    }
    const bool signatures = in_.explain && groups.recorded.size() == report_.changes.size();
    for (size_t i = 0; i < report_.changes.size(); ++i) {
      const ChangedValue& cv = report_.changes[i];
      if (DiffMemo::Output* out = fresh[cv.output].get()) {
        out->rows.push_back(cv.row);
        if (signatures) out->signatures.push_back(groups.recorded[i]);
      }
    }
    for (size_t o = 0; o < cols_.size(); ++o) {
      if (!cols_[o].after) continue;
      // A known output's entry is shared with the last memo, not copied.
      if (known_[o]) memo->outputs[report_.outputs[o]] = known_[o];
      else memo->outputs[report_.outputs[o]] = std::move(fresh[o]);
    }
    groups.given.clear();
    groups.recorded.clear();
    memo->groups = std::move(groups);
    return memo;
  }

  const DiffInput& in_;
  const ir::Program& A;
  const ir::Program& B;
  const std::vector<Table>& tables_;
  const Table* table_ = nullptr;
  DiffReport report_;
  std::vector<Pair> cols_;
  std::vector<size_t> categories_of_;  // 0: not counted by value
  std::vector<bool> raw_;              // counted by stored value on both sides
  std::vector<uint8_t> same_;          // both sides store values alike: compared as integers

  // The report's heading. Every output is a rule of one entity, and entities are never
  // amended, so the entity has the same index on both sides.
  void describe_entity() {
    const int32_t entity = !in_.outputs.empty() ? A.rules[static_cast<size_t>(in_.outputs[0])].entity
                                                : B.rules[static_cast<size_t>(in_.repealed.at(0))].entity;
    const ir::Entity& ent = A.entities[static_cast<size_t>(entity)];
    table_ = &tables_[static_cast<size_t>(entity)];
    report_.policy = A.policy_name;
    report_.entity = ent.name;
    report_.key_name = ent.fields[static_cast<size_t>(ent.key_field)].name;
    report_.rows = table_->rows;
    report_.reused_columns = in_.after_results->reused;
    report_.source.tables = &tables_;
    if (in_.explain) report_.source.input = &in_;
    report_.source.table = table_;
    report_.source.entity = &ent;
  }

  // The outputs compared, in the order the report lists them: those of the amended program,
  // then those the amendments repealed.
  void add_outputs() {
    for (int32_t o : in_.outputs) {
      const ir::Rule& r = A.rules[static_cast<size_t>(o)];
      const int32_t b = B.rule_index(r.name);
      add_output(r.name, A.type_name(r.type), in_.after_results->columns[static_cast<size_t>(o)].get(),
                 b >= 0 ? in_.before_results->columns[static_cast<size_t>(b)].get() : nullptr);
    }
    for (int32_t b : in_.repealed) {
      const ir::Rule& r = B.rules[static_cast<size_t>(b)];
      add_output(r.name, B.type_name(r.type), nullptr, in_.before_results->columns[static_cast<size_t>(b)].get());
    }
  }

  // One output compared: its columns on each side (null where it does not exist).
  void add_output(const std::string& rule, const std::string& type, const Column* after, const Column* before) {
    report_.outputs.push_back(rule);
    cols_.push_back({after, before});
    report_.source.before.push_back({&B, before});
    report_.source.after.push_back({&A, after});
    std::string name;
    append_csv_field(name, rule);
    report_.source.csv_outputs.push_back(std::move(name));
    OutputSummary s;
    s.name = rule;
    s.type = type;
    s.in_before = before != nullptr;
    s.in_after = after != nullptr;
    report_.summaries.push_back(std::move(s));
  }

  // Enum and bool outputs are counted by their stored values: formatting a million values to
  // count them would cost more than the whole evaluation.
  size_t categories(const Column& c) const {
    if (c.type.kind == TypeKind::Bool) return 2;
    if (c.type.kind == TypeKind::Enum) return A.enums[static_cast<size_t>(c.type.index)].members.size();
    return 0;
  }
  std::string category_name(const Column& c, int64_t v) const {
    if (c.type.kind == TypeKind::Bool) return v ? "true" : "false";
    return A.enums[static_cast<size_t>(c.type.index)].members[static_cast<size_t>(v)];
  }

  // Decided once per output, not per row: how its values are counted and compared.
  void classify_outputs() {
    categories_of_.assign(cols_.size(), 0);
    raw_.assign(cols_.size(), false);
    for (size_t o = 0; o < cols_.size(); ++o) {
      if (!cols_[o].after) continue;  // repealed: nothing to count after
      size_t n = categories(*cols_[o].after);
      categories_of_[o] = n;
      // Raw counting needs both sides to number their values alike (an amended enum may not).
      raw_[o] = n > 0 && cols_[o].before && cols_[o].before->type == cols_[o].after->type &&
                (cols_[o].after->type.kind == TypeKind::Bool ||
                 B.enums[static_cast<size_t>(cols_[o].before->type.index)].members ==
                     A.enums[static_cast<size_t>(cols_[o].after->type.index)].members);
    }
    same_.assign(cols_.size(), 0);
    for (size_t o = 0; o < cols_.size(); ++o)
      same_[o] = cols_[o].before && cols_[o].after && same_encoding(*cols_[o].after, *cols_[o].before, A, B);
  }

  // An empty tally, sized for every output, so that scanning never allocates per row.
  Tally new_tally() const {
    Tally t;
    t.out.resize(cols_.size());
    for (size_t o = 0; o < cols_.size(); ++o) {
      if (known_[o]) continue;  // taken from the memo, not scanned
      size_t n = categories_of_[o];
      t.out[o].after_counts.assign(n, 0);
      if (raw_[o]) {
        t.out[o].before_counts.assign(n, 0);
        t.out[o].raw_transitions.assign(n * n, 0);
      }
    }
    return t;
  }

  // Ranges of a hundred thousand rows or more, one per core; below, a thread costs more than it
  // saves. Merged in range order, so the changes stay in row order.
  Tally scan_all_rows() const {
    const size_t rows = table_->rows;
    const size_t parts = parallel_parts(rows, 100'000);
    std::vector<Tally> tallies;
    for (size_t i = 0; i < parts; ++i) tallies.push_back(new_tally());
    // Room for the changes up front (the first part's for all of them, as the others are
    // appended to it): a vector that doubles as it fills copies what it holds and touches every
    // page again, and a fresh page costs a fault (microseconds on a virtual machine) where a
    // reserved one untouched costs nothing. Up to four changes a row; more grow as usual.
    const size_t per_row = std::min<size_t>(cols_.size(), 4);
    run_parts(parts, [&](size_t part) {
      const size_t begin = rows * part / parts, end = rows * (part + 1) / parts;
      tallies[part].changes.reserve((part == 0 ? rows : end - begin) * per_row);
      scan(begin, end, tallies[part]);
    });
    Tally& total = tallies[0];
    for (size_t i = 1; i < parts; ++i) merge(total, tallies[i]);
    return std::move(total);
  }

  void merge(Tally& total, Tally& t) const {
    for (size_t o = 0; o < cols_.size(); ++o) {
      OutputTally& to = total.out[o];
      const OutputTally& from = t.out[o];
      for (auto& [k, count] : from.transitions) to.transitions[k] += count;
      for (size_t v = 0; v < from.before_counts.size(); ++v) to.before_counts[v] += from.before_counts[v];
      for (size_t v = 0; v < from.after_counts.size(); ++v) to.after_counts[v] += from.after_counts[v];
      for (size_t v = 0; v < from.raw_transitions.size(); ++v) to.raw_transitions[v] += from.raw_transitions[v];
      to.before_sum += from.before_sum;
      to.after_sum += from.after_sum;
      to.changed += from.changed;
      to.increased += from.increased;
      to.decreased += from.decreased;
    }
    total.changed_entities += t.changed_entities;
    total.changes.insert(total.changes.end(), std::make_move_iterator(t.changes.begin()),
                         std::make_move_iterator(t.changes.end()));
  }

  // A block of rows at a time: first, output by output, the counts and sums and which rows
  // differ (for values stored alike, a branch-free loop over the two columns), then the rows
  // that differ, in row order, output by output within a row, as the report lists them.
  void scan(size_t begin, size_t end, Tally& t) const {
    constexpr size_t kBlock = 1024;
    std::vector<uint8_t> differing(kBlock * cols_.size()), any(kBlock);
    for (size_t first = begin; first < end; first += kBlock) {
      const size_t last = std::min(end, first + kBlock);
      for (size_t o = 0; o < cols_.size(); ++o) {
        if (known_[o]) std::fill_n(differing.data() + o * kBlock, kBlock, uint8_t{0});
        else mark_differing(o, first, last, differing.data() + o * kBlock, t);
      }
      // Most rows change nothing: which do, over every output at once, before looking at each.
      std::fill(any.begin(), any.end(), uint8_t{0});
      for (size_t o = 0; o < cols_.size(); ++o) {
        const uint8_t* d = differing.data() + o * kBlock;
        for (size_t i = 0; i < last - first; ++i) any[i] |= d[i];
      }
      for (size_t row = first; row < last; ++row)
        if (any[row - first]) record_changes(row, differing.data() + (row - first), kBlock, t);
    }
  }

  // One output over rows [first, last): its counts and sums, and d[row - first], whether the row differs.
  // The values of rows [first, last) counted by value (a category's ordinal), or summed:
  // branch-free over a column without absent values, into locals, so that the loops vectorize.
  static void count_values(const Column& c, size_t first, size_t last, size_t* counts) {
    const int64_t* v = c.values.data();
    if (c.present.empty()) {
      for (size_t row = first; row < last; ++row) ++counts[static_cast<size_t>(v[row])];
      return;
    }
    const uint8_t* p = c.present.data();
    for (size_t row = first; row < last; ++row)
      if (p[row]) ++counts[static_cast<size_t>(v[row])];
  }
  static int64_t sum_values(const Column& c, size_t first, size_t last) {
    const int64_t* v = c.values.data();
    int64_t sum = 0;
    if (c.present.empty()) {
      for (size_t row = first; row < last; ++row) sum += v[row];
      return sum;
    }
    const uint8_t* p = c.present.data();
    for (size_t row = first; row < last; ++row) sum += p[row] ? v[row] : 0;
    return sum;
  }

  void mark_differing(size_t o, size_t first, size_t last, uint8_t* d, Tally& t) const {
    const Column* a = cols_[o].after;
    const Column* b = cols_[o].before;
    if (!a) {
      // Repealed: every entity loses the output, whatever its value was.
      std::fill(d, d + (last - first), uint8_t{1});
      if (numeric_kind(b->type.kind))
        for (size_t row = first; row < last; ++row)
          if (b->is_present(row)) t.out[o].before_sum += b->values[row];
      return;
    }
    const TypeKind kind = a->type.kind;
    if (a == b && same_[o]) {
      // The amended side took the baseline's column (a rule the amendments do not reach): no
      // row differs, and what is counted or summed once holds for both sides.
      std::fill(d, d + (last - first), uint8_t{0});
      if (categories_of_[o] > 0) {
        std::vector<size_t>& after = t.out[o].after_counts;
        const std::vector<size_t> had = after;
        count_values(*a, first, last, after.data());
        if (raw_[o])
          for (size_t v = 0; v < after.size(); ++v) t.out[o].before_counts[v] += after[v] - had[v];
      } else if (numeric_kind(kind)) {
        const int64_t sum = sum_values(*a, first, last);
        t.out[o].after_sum += sum;
        t.out[o].before_sum += sum;
      }
      return;
    }
    if (categories_of_[o] > 0) {
      count_values(*a, first, last, t.out[o].after_counts.data());
      if (raw_[o]) count_values(*b, first, last, t.out[o].before_counts.data());
    } else if (numeric_kind(kind)) {
      t.out[o].after_sum += sum_values(*a, first, last);
      if (b && b->type.kind == kind) t.out[o].before_sum += sum_values(*b, first, last);
    }
    if (b && same_[o] && kind != TypeKind::Text) {
      const int64_t* av = a->values.data();
      const int64_t* bv = b->values.data();
      const uint8_t* ap = a->present.empty() ? nullptr : a->present.data();
      const uint8_t* bp = b->present.empty() ? nullptr : b->present.data();
      for (size_t row = first; row < last; ++row) {
        const uint8_t in_a = ap ? ap[row] : 1, in_b = bp ? bp[row] : 1;
        d[row - first] = static_cast<uint8_t>((in_a != in_b) | (in_a & in_b & (av[row] != bv[row])));
      }
    } else {
      for (size_t row = first; row < last; ++row) d[row - first] = differs(a, b, row, A, B, tables_, same_[o]) ? 1 : 0;
    }
  }

  // The changes of one row (`differing[o * stride]` for output o), in output order, and how
  // each moved: summed outputs count a direction, the others a transition.
  void record_changes(size_t row, const uint8_t* differing, size_t stride, Tally& t) const {
    bool any = false;
    for (size_t o = 0; o < cols_.size(); ++o) {
      if (!differing[o * stride]) continue;
      const Column* a = cols_[o].after;
      const Column* b = cols_[o].before;
      const TypeKind kind = (a ? a : b)->type.kind;
      const bool summed = numeric_kind(kind);
      any = true;
      ChangedValue cv;
      cv.row = static_cast<uint32_t>(row);
      cv.output = static_cast<uint32_t>(o);
      if (!a) {
        // Numbers would make a transition per value: the summary counts them instead.
        if (!summed) ++t.out[o].transitions[{value_text(B, tables_, *b, row), "(repealed)"}];
      } else if (summed && b && b->type.kind == kind && a->is_present(row) && b->is_present(row)) {
        // Numbers move in too many ways to list as transitions: count the direction instead.
        ++(a->values[row] > b->values[row] ? t.out[o].increased : t.out[o].decreased);
      } else if (raw_[o] && a->is_present(row) && b->is_present(row)) {
        ++t.out[o].raw_transitions[static_cast<size_t>(b->values[row]) * categories_of_[o] +
                               static_cast<size_t>(a->values[row])];
      } else {
        ++t.out[o].transitions[{b ? value_text(B, tables_, *b, row) : "(absent)", value_text(A, tables_, *a, row)}];
      }
      ++t.out[o].changed;
      t.changes.push_back(std::move(cv));
    }
    if (any) ++t.changed_entities;
  }

  // Each output's summary from the merged tally: raw transitions named, transitions most
  // frequent first, counts in declaration order, totals formatted.
  void summarise(const Tally& total) {
    for (size_t o = 0; o < cols_.size(); ++o) {
      const OutputTally& t = total.out[o];
      OutputSummary& s = report_.summaries[o];
      s.changed = t.changed;
      s.increased = t.increased;
      s.decreased = t.decreased;
      size_t n = t.after_counts.size();
      std::map<std::pair<std::string, std::string>, size_t> transitions = t.transitions;
      for (size_t i = 0; i < t.raw_transitions.size(); ++i)
        if (t.raw_transitions[i])
          transitions[{category_name(*cols_[o].after, static_cast<int64_t>(i / n)),
                       category_name(*cols_[o].after, static_cast<int64_t>(i % n))}] += t.raw_transitions[i];
      for (auto& [k, count] : transitions) s.transitions.push_back({k.first, k.second, count});
      std::stable_sort(s.transitions.begin(), s.transitions.end(),
                       [](const Transition& x, const Transition& y) { return x.count > y.count; });
      if (!cols_[o].after) {
        const TypeKind kind = cols_[o].before->type.kind;
        if (numeric_kind(kind)) {
          s.before_total = Total{kind, t.before_sum};
        }
        continue;
      }
      TypeKind kind = cols_[o].after->type.kind;
      if (n > 0) {
        // In declaration order, so that Full, Verification, Self read as the law lists them.
        for (size_t v = 0; v < n; ++v) {
          s.after_counts.push_back({category_name(*cols_[o].after, static_cast<int64_t>(v)), t.after_counts[v]});
          if (raw_[o])
            s.before_counts.push_back({category_name(*cols_[o].after, static_cast<int64_t>(v)), t.before_counts[v]});
        }
        if (kind == TypeKind::Bool) std::swap(s.after_counts[0], s.after_counts[1]);
        if (kind == TypeKind::Bool && raw_[o]) std::swap(s.before_counts[0], s.before_counts[1]);
      } else if (numeric_kind(kind)) {
        s.after_total = Total{kind, t.after_sum};
        if (cols_[o].before) {
          s.before_total = Total{kind, t.before_sum};
        }
      }
    }
  }
};

}  // namespace

DiffReport compute_diff(const DiffInput& in, std::shared_ptr<const DiffMemo>* memo) {
  return DiffComputation(in).run(memo);
}

}  // namespace redline::runtime
