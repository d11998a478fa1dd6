// Internal to the diff: comparing values across the two sides, and finding why one changed
// (see diff_cause.cpp for the method).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "runtime/diff.h"
#include "runtime/explain.h"

namespace redline::runtime {

// A value as the reports print it (an entity reference as its key).
std::string value_text(const ir::Program& p, const std::vector<Table>& tables, const Column& c, size_t row);
// Whether two columns' stored values mean the same: the same type, and for enums the same
// members in the same order (an amendment may add, remove or reorder them).
bool same_encoding(const Column& a, const Column& b, const ir::Program& pa, const ir::Program& pb);
// Whether row `row` differs between the columns (null: the rule does not exist on that side).
bool differs(const Column* a, const Column* b, size_t row, const ir::Program& pa, const ir::Program& pb,
             const std::vector<Table>& tables, bool same);

// Finds the causes of changed values. Not thread-safe: one per thread.
class CauseFinder {
 public:
  // What finders over the same diff share (the aggregates' indexes of each stage), so that
  // finders on several threads hold one copy: make it once with shared(), give it to each.
  using Shared = std::vector<std::shared_ptr<AggregateIndexes>>;
  static Shared shared(const DiffInput& in);
  explicit CauseFinder(const DiffInput& in, const Shared& shared = {});
  ~CauseFinder();
  CauseFinder(const CauseFinder&) = delete;
  CauseFinder& operator=(const CauseFinder&) = delete;
  // Why output `output` changed for row `row`; none when no step moved it. `detail`: which links
  // carry keys and values (CauseDetail; Names is enough to group).
  std::optional<Cause> find(const std::string& output, size_t row, CauseDetail detail = CauseDetail::Full);
  // As find, into `out` (false, and `out` unspecified, when no step moved it), reusing the memory
  // of its steps, chains and texts: a report finds a million causes one after another.
  bool find_into(const std::string& output, size_t row, CauseDetail detail, Cause& out);
  // The group of that change without its chains, the cheap way (no explanation, no text): the
  // operations that moved it (sorted) and, per step that moved it, the rule its chain ends at
  // (what find() would give as chain.back()). False when a step's chain needs an explanation
  // (it reads another entity, or several of the rule's readings differ, or none does): then ask
  // find(). True with no origins when no step moved it.
  bool find_group(const std::string& output, size_t row, std::vector<size_t>& operations,
                  std::vector<const std::string*>& origins);

 private:
  struct Stage;
  struct Step;
  bool differs_at(size_t step, int32_t rule, size_t row) const;
  // Sets `l` to the link of `rule` for `row` (what an earlier use left in it is replaced).
  void link(size_t step, int32_t rule, size_t row, CauseLink& l) const;
  void fill_texts(size_t step, int32_t rule, size_t row, CauseLink& l) const;  // key, before, after
  // With CauseDetail::Ends, the texts of the links the sentences print (`at`: each link's rule and row).
  void fill_ends(size_t step, std::vector<CauseLink>& chain) const;
  std::optional<std::pair<int32_t, size_t>> related(size_t step, int32_t rule, size_t row, CauseLink& l);
  // related(), remembered: the changes of one entity, and those of the entities sharing a related
  // one (the users of one provider), ask for the same explanations.
  std::optional<std::pair<int32_t, size_t>> related_remembered(size_t step, int32_t rule, size_t row, CauseLink& l);
  struct Remembered {
    std::optional<std::pair<int32_t, size_t>> next;
    CauseLink link;  // only the aggregate's fields
  };
  std::unordered_map<uint64_t, Remembered> remembered_;
  CauseDetail detail_ = CauseDetail::Full;  // find's
  std::vector<std::pair<std::string, std::vector<int32_t>>> output_rules_;  // by output: its rule per stage
  const std::vector<int32_t>& rules_of_output(const std::string& output);
  size_t last_ = SIZE_MAX;  // the output looked up last
  // The chain from (rule, row) in step `step`; false in `reached` when it ended at the guard.
  // Sets `chain` to the chain from (rule, row) and `operations` to what it ends at.
  void walk(size_t step, int32_t rule, size_t row, std::vector<CauseLink>& chain, std::vector<size_t>& operations,
            bool& reached);
  std::vector<std::pair<int32_t, size_t>> visited_;  // walk's: the rule and row of each link

  const std::vector<LawChange>& law_;
  std::vector<std::unique_ptr<Stage>> stages_;  // before, each intermediate stage, after
  std::vector<std::unique_ptr<Step>> steps_;    // steps_[k - 1]: from stages_[k - 1] to stages_[k]
};

// What grouped one change: the operations that moved it (sorted) and the rule each step's chain
// ended at, as find_group or find gave them. Kept by a diff for the next diff of the same
// baseline (DiffMemo), which gives a change it already grouped to attach_causes instead of
// finding it again.
struct GroupSignature {
  std::vector<size_t> operations;
  std::vector<std::string> origins;  // empty: no step moved the value (no group)
  bool operator<(const GroupSignature& o) const {
    return std::tie(operations, origins) < std::tie(o.operations, o.origins);
  }
};

// The signatures attach_causes is given and those it records, by index into `table`.
struct KnownGroups {
  static constexpr uint32_t kUnknown = UINT32_MAX;
  std::vector<GroupSignature> table;  // grows with what is recorded
  std::vector<uint32_t> given;        // per change: its signature, or kUnknown (find it); empty: none known
  std::vector<uint32_t> recorded;     // per change, filled when `record` is set
  bool record = false;
};

// Fills every change's cause, the report's groups and what each operation moved; with `known`,
// takes the changes it gives from it and (when it asks) records every change's signature.
void attach_causes(const DiffInput& in, DiffReport& report, KnownGroups* known = nullptr);

}  // namespace redline::runtime
