// Before/after comparison of a policy and its amended version on the same data: which
// entities' outputs change, how (transition counts, totals), and why (the first rule whose value
// diverges and the amendment that changed it).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/evaluator.h"
#include "types/law.h"

namespace redline::runtime {

struct DiffInput;
class AggregateIndexes;

// One change an amendment made to the law: "SECMP0044 replace rule premises_counted [G8.49]".
struct LawChange {
  std::string amendment;
  LawAction action;
  LawTarget target;      // rule premises_counted, exception pattern.provider, param x, ...
  std::string citation;  // the clause cited
  std::string note;      // the amendment's own note on the change, if any
};

// A related entity whose part in an aggregate changed: its contribution on each side (empty
// where it was not among the entities aggregated; "counted" for a count, which adds no value).
struct RelatedChange {
  std::string key;
  std::string before, after;
};

// One link of a reason: a rule whose value differs for one entity. A reason is a chain of
// links from the output that changed down to the definition an amendment operation changed,
// each link reading the next (for the same entity, a referenced one, or a related one
// through an aggregate).
struct CauseLink {
  std::string rule;
  std::string entity;  // the entity the rule is over
  std::string key;     // which one
  std::string before, after;
  // When the next link is reached through an aggregate of this rule: the aggregate ("sum
  // over Member"), its value on each side, how many related entities changed their part,
  // and the first of them (the order of the data).
  std::string aggregate;
  std::string aggregate_before, aggregate_after;
  size_t related_changed = 0;
  size_t related_total = 0;  // entities aggregated on either side
  std::vector<RelatedChange> related;
};

// What one amendment operation (or several, when the policy cannot be compiled between them)
// did to one value: the value before and after the step, and the chain from the output to the
// definition the operation changed.
struct CauseStep {
  std::vector<size_t> operations;  // indices into DiffInput::law
  std::string before, after;
  std::vector<CauseLink> chain;    // chain.front() is the output; chain.back() was amended
  // When the chain could not be followed down to a definition the step's operations changed
  // (a guard): those definitions, which the step's group names instead of chain.back().
  std::vector<std::string> amended;
};

// Why one value changed: each step (operation, in the order applied) that moved it.
struct Cause {
  std::vector<CauseStep> steps;
  size_t group = 0;  // index into DiffReport::groups
};

// REDLINE_DIFF_BLOCK, a knob for tests: changes per chunk of causes found and written side by
// side (0: unset, the size measured best), so that small data goes through the same cutting as
// large data and its output can be compared with the uncut one.
size_t changes_per_chunk();

// The changes that the same operations moved: the reports list a reason once with its count
// instead of repeating it on every row. The groups partition the changes.
struct CauseGroup {
  std::vector<size_t> operations;       // every operation that moved these values
  std::vector<std::string> origins;     // the rules those operations changed, as the chains reached them
  size_t entities = 0, changes = 0;
  std::vector<std::pair<std::string, size_t>> outputs;  // changes per output
};

// Per operation: the changed values it moved (with others or alone), for the attribution table.
struct OperationImpact {
  size_t entities = 0, changes = 0;
  size_t alone = 0;  // changes moved by this operation only
  std::vector<std::pair<std::string, size_t>> outputs;
};

// The sentence for people: "premises_counted: 6,730,750 -> 12,300 because G8.49 as amended by
// SECMP0044 (replace rule premises_counted): <note>". `key` is the changed entity's (a link of
// another entity names its own). Without `with_operations`, only the values ("premises_counted:
// 6,730,750 -> 12,300"), for a report that names the operations once per group.
std::string cause_text(const Cause& cause, const std::vector<LawChange>& law, const std::string& key,
                       bool with_operations = true);
// cause_text with the operations' part remembered: a json report writes the sentence for each of
// a million changes, and they share a few sets of operations (remembering their text made jsonl
// at 1M 6% faster). Not thread-safe: one per thread.
class CauseTexts {
 public:
  explicit CauseTexts(const std::vector<LawChange>& law) : law_(&law) {}
  std::string text(const Cause& cause, const std::string& key, bool with_operations = true);
  // The same, appended to `out` (the writers append it to a row, with no string made per change).
  void append(std::string& out, const Cause& cause, const std::string& key, bool with_operations = true);

 private:
  const std::vector<LawChange>* law_;
  std::map<std::vector<size_t>, std::string> because_;  // " because " and operations_text
  // The last set looked up and its text, copied: neighbouring changes mostly share it.
  std::optional<std::vector<size_t>> last_operations_;
  std::string last_because_;
};
// The part without the values, shared by a group: "G8.49 as amended by SECMP0044 (replace rule premises_counted)".
std::string operations_text(const std::vector<size_t>& operations, const std::vector<LawChange>& law,
                            bool with_notes = true);

// Which links of a cause's chains carry their entity's key and their values (every link names
// its rule and entity). Full: every link (the json formats print whole chains). Ends: each
// step's first and last links and those through an aggregate, what the sentences print
// (cause_text, the table, markdown and html reports), which need no value of the links between
// (the table at a million changes: 2% less CPU). Names: none (enough to group).
enum class CauseDetail : uint8_t { Names, Ends, Full };

// One output of one entity that changed. Its values are read from the evaluation's columns
// through the report (DiffReport::before, after, key): a large diff has hundreds of thousands of
// changes, and printing each value into a string before knowing the format cost more than
// evaluating both policies.
//
// Its reason is not kept: at a million entities the causes (chains of strings) of every change
// cost gigabytes. Only its group is (what the reports list first): found by compute_diff, for
// most changes without a chain (CauseFinder::find_group), and each cause found as its row is
// written (DiffReport::explain, chunk by chunk).
struct ChangedValue {
  static constexpr uint32_t kNoGroup = UINT32_MAX;
  uint32_t row;
  uint32_t output;                 // index into DiffReport::outputs
  uint32_t group = kNoGroup;       // index into DiffReport::groups; none when not explained
};

struct Transition {
  std::string from;
  std::string to;
  size_t count;
};

// A numeric output's total as a number, for the arithmetic the reports do on it (differences,
// shares, chart scales) without reading its text back: an int's sum as it is, a decimal's or
// money's scaled by kDecimalScale, as the columns hold them.
struct Total {
  TypeKind kind = TypeKind::Int;
  int64_t value = 0;
  // As the value formatter prints a value of `kind`.
  std::string text() const { return text_of(value); }
  // Another number of the same kind (a difference of two totals), printed the same way.
  std::string text_of(int64_t v) const;
};

struct OutputSummary {
  std::string name;
  std::string type;
  bool in_before = true;  // false for an output the amendment introduced
  bool in_after = true;   // false for an output the amendment repealed
  size_t changed = 0;
  std::vector<Transition> transitions;  // enums and bools: most frequent first
  size_t increased = 0, decreased = 0;  // numbers: how many went up and down
  // Enum and bool outputs: how many entities have each value.
  std::vector<std::pair<std::string, size_t>> before_counts, after_counts;
  // Number outputs: the total of each side (none for a side the output is not on).
  std::optional<Total> before_total, after_total;
};

// The report views the programs, tables and result columns of the DiffInput it was computed
// from: keep them alive while it is read.
struct DiffReport {
  std::string policy;
  std::string entity;
  std::string key_name;
  size_t rows = 0;
  size_t changed_entities = 0;
  std::vector<std::string> outputs;
  std::vector<OutputSummary> summaries;
  std::vector<ChangedValue> changes;  // by row, then output
  size_t reused_columns = 0;          // columns the amended evaluation took from the baseline
  size_t remembered_outputs = 0;      // outputs taken from the last diff's memo (compute_diff)
  // With explanations: the reasons, grouped, and what each operation moved. Every changed
  // value belongs to exactly one group; the groups' counts add up to the changes.
  std::vector<CauseGroup> groups;
  std::vector<OperationImpact> operations;  // by index into DiffInput::law

  // A change's values as text ("" for none; an output the amendment introduced has no before,
  // one it repealed no after), and the key of its entity.
  std::string before(const ChangedValue& c) const;
  std::string after(const ChangedValue& c) const;
  std::string key(const ChangedValue& c) const;
  // "key,output,before,after\n" for every change, with RFC 4180 quoting where a field needs
  // it: the fast path of `diff --format csv`, which writes no string per value. The text comes
  // in parts rendered side by side on the cores, to be written one after the other.
  // `formula_guard`: text cells guarded against formula injection (WriteOptions::csv_safe).
  std::vector<std::string> csv_parts(bool formula_guard = true) const;

  // Renders changes [begin, end) with their causes (the same, deterministically, as compute_diff
  // found them to group them; null for a change no step moved, and for all without
  // explanations), found chunk by chunk on the cores, so that no more than a few chunks' causes
  // and text exist at a time. render(worker, text, i, cause) appends change i to its chunk's
  // `text`, on worker `worker`'s thread (worker < explain_parts(), each worker's state its own;
  // the changes of a chunk in order); deliver(text) gets each chunk's text, in order, on the
  // caller's thread, while the workers render the next chunks. The first error of a chunk (in
  // chunk order) or of a delivery is rethrown here. With `progress` ("writing"), a line on a
  // terminal's stderr says how far it is when it takes more than ~2 s. `detail`: which links
  // carry their key and values (CauseDetail).
  using ChangeRenderer = std::function<void(size_t worker, std::string& text, size_t change, const Cause* cause)>;
  void explain(size_t begin, size_t end, const ChangeRenderer& render, const std::function<void(std::string& text)>& deliver,
               const char* progress = nullptr, CauseDetail detail = CauseDetail::Full) const;
  static size_t explain_parts();

  // Where the values are read from (set by compute_diff).
  struct Side {
    const ir::Program* program = nullptr;
    const Column* column = nullptr;  // null: the output does not exist on this side
  };
  struct Source {
    const std::vector<Table>* tables = nullptr;
    const Table* table = nullptr;
    const ir::Entity* entity = nullptr;
    std::vector<Side> before, after;      // by output
    std::vector<std::string> csv_outputs;  // the output names, quoted for CSV where needed
    const DiffInput* input = nullptr;  // to explain changes from (when explaining)
  };
  Source source;
};

// The policy after some of the operations: `operations` of DiffInput::law applied.
struct DiffStage {
  const ir::Program* program = nullptr;
  const Results* results = nullptr;
  const EvalOptions* options = nullptr;
  size_t operations = 0;
};

struct DiffInput {
  const ir::Program* before = nullptr;
  const Results* before_results = nullptr;
  const ir::Program* after = nullptr;
  const Results* after_results = nullptr;
  const std::vector<Table>* tables = nullptr;  // loaded for `after`; the same data
  std::vector<int32_t> outputs;                // rule indices in `after`, one entity
  // Outputs of `before` that the amendments repealed (rule indices in `before`, the same
  // entity), reported after `outputs`: every entity loses its value.
  std::vector<int32_t> repealed;
  std::vector<LawChange> law;                  // every change the amendments made, in order
  bool explain = true;                         // compute causes (not needed for csv)
  // For causes: the evaluation options of each side (parameters), and the policy after each
  // operation between the two sides, in order, all on `tables`. Without stages, all the
  // operations are one step.
  const EvalOptions* before_options = nullptr;
  const EvalOptions* after_options = nullptr;
  const std::vector<Table>* before_tables = nullptr;  // when the baseline read the data itself
  // The indexes of aggregate keys over fields alone (runtime/explain.h), kept by a caller that
  // diffs again on the same `tables` (the studio); made per diff when null.
  std::shared_ptr<AggregateIndexes> data_indexes;
  std::vector<DiffStage> stages;
};

// What one diff found per output (its changes, counts and the signatures of their reasons), for
// the next diff on the same baseline: the studio's drafts, one after another, through
// service::ColumnCache.
struct DiffMemo;

// With `memo` (the last diff's, or null): an output whose rule has the same fingerprint in the
// baseline, in every intermediate stage and in the amended policy as in the last diff, under the
// same amendment operations, computes the same changes, counts and reasons, so they are taken
// from the memo instead of compared and grouped again. `memo` then becomes this diff's. Only
// for a diff on the same data, parameters and date as the last one (one baseline's).
DiffReport compute_diff(const DiffInput& input, std::shared_ptr<const DiffMemo>* memo = nullptr);

// "1234567" -> "1,234,567", "-1234.50" -> "-1,234.50"; any text that is not a number as the value
// formatter prints one, unchanged. For people (sentences, tables, the html page), not for data
// formats. The one digit grouping of every report.
std::string readable_number(std::string_view value);
void append_readable_number(std::string& out, std::string_view value);  // the same, appended

}  // namespace redline::runtime
