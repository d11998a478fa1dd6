// Proofs for `redline check` (service/lint.cpp), on the model of docs/analysis.md: a finding is
// proved for every input, shown on a witness (a real dataset of the bounded model), or undecided.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analysis/compare.h"
#include "ir/ir.h"

namespace redline::analysis {

struct ProofResult {
  enum class Kind : uint8_t {
    Proved,     // the property holds for every input
    Witness,    // it fails: `witness` is an input on which it fails
    Undecided,  // neither: `reason` says why
  } kind = Kind::Undecided;
  std::string reason;
  Witness witness;
  int64_t day = 0;  // Witness: the day (days since 1970-01-01) on which it fails
};

// The dates from which parameters are read with a new value: the first (no date: the earliest
// value, given as the smallest day there is) and each later `from`, in order.
std::vector<int64_t> parameter_dates(const ir::Program& p);

// In the questions below, the day is a term (as_of() and the parameters in force follow it), so
// a proof holds on every date; `as_of` is the day a witness is sought on first, and the day a
// witness holds on is its `day`.

// Whether the boolean rule `rule` (an obligation) is false for every row of its entity whose set
// field `field` is exactly {member}.
ProofResult never_for_only(const ir::Program& p, int32_t rule, int32_t field, int32_t member, int64_t as_of);

// The budget of each of check's questions about one exception or one pair of them, asked for
// every exception: a tenth of compare's, so that check
// stays interactive (a question it leaves undecided is decided by the generated cases).
constexpr unsigned kCheckRlimit = 1'000'000;

// Whether the condition of exception `exception` of rule `rule` is false for every row of the
// rule's entity (`holds` false: it never applies) or true for every row (`holds` true: it
// always applies). A witness is a row where it is not so.
ProofResult exception_constant(const ir::Program& p, int32_t rule, int32_t exception, bool holds, int64_t as_of);

// Whether sibling exceptions `first` and `second` of rule `rule` (exceptions to the same one, or
// to the default; each with the exceptions under it) never both apply with different values. A
// witness is an input where they do: evaluating the rule on it (on its day) stops with an error.
ProofResult siblings_agree(const ir::Program& p, int32_t rule, int32_t first, int32_t second, int64_t as_of);

// Whether the decision table of rule `rule` has a row for every row of the rule's entity
// (`first` < 0: no gap), or never has rows `first` and `second` both matching (for an 'any'
// table, with different outcomes). A witness is an input on which it fails: evaluating the rule
// on it (on its day) stops with an error.
ProofResult table_complete(const ir::Program& p, int32_t rule, int32_t first, int32_t second, int64_t as_of);

// Rules whose value no output can use, though an output reads them: every read of each, by a
// rule that is itself used, is on a path whose condition is false for every input (a branch of
// an `if` that is never taken, an exception that never applies, a table row that never
// matches), on any day. `roots` are used whatever (outputs,
// obligations with a due date and their due dates). Only rules that no used rule reads outside
// such a branch are asked about; a read the model does not translate counts as a use. Returns
// the rules proved dead, each with the places it is read.
struct DeadRule {
  int32_t rule = -1;
  std::vector<std::pair<int32_t, support::Location>> reads;  // (reader, where)
};
std::vector<DeadRule> dead_rules(const ir::Program& p, const std::vector<int32_t>& roots, int64_t as_of);

// Whether the obligation `rule` (one with a due date) can come to have a due date already passed
// while it applies: Proved, never (for every input and day); Witness, `witness` is data on which
// it arises on `day` (it did not apply the day before) with the due date `due` < `day`.
// Or, `moved`, it applied the day before with `due_before` (none: no due date), not yet passed on
// `day`, and a fact of `day` moved its due date to `due` < `day`.
struct DeadlineResult : ProofResult {
  int64_t due = 0;  // days since 1970-01-01 (the day it arises or moves is `day`)
  bool moved = false;
  std::optional<int64_t> due_before;
};
// The two are separate questions (`moved_kind`), the second harder for the solver.
DeadlineResult unmeetable_deadline(const ir::Program& p, int32_t rule, int64_t as_of, bool moved_kind = false);

// Whether obligation `required` (one that `requires` an act, with a due date) and obligation
// `forbidden` (one that `forbids` the same act) can both apply to one party on a day on which the
// prohibition, as the facts stand that day, lasts past the deadline: no end date (`until` absent
// or none), or one after the due date. Then no act of the party meets both. A deadline already
// passed on that day is not sought here (unmeetable_deadline's question). Proved, never (for
// every input and day); Witness, `witness` is data on which both apply on `day` with the due date
// `due` (>= `day`) and the end `until` (none: no end; else > `due`).
struct ConflictResult : ProofResult {
  int64_t due = 0;
  std::optional<int64_t> until;
};
ConflictResult conflicting_duties(const ir::Program& p, int32_t required, int32_t forbidden, int64_t as_of);

}  // namespace redline::analysis
