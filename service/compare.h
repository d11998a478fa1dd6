// compare: a policy and its amended version for every input, not only a dataset's (analysis/,
// with Z3). Per output: unchanged (proved), the regions where it changes with a witness each,
// or undecided with the reason. docs/analysis.md states the model.
#pragma once

#include <cstdint>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analysis/compare.h"
#include "service/diff.h"
#include "service/session.h"

namespace redline::service {

struct CompareRequest {
  std::string policy;
  std::vector<std::string> amendments;       // what to assess, applied in order
  std::vector<std::string> base_amendments;  // already in force: applied to both sides
  // Instead of the policy before `amendments`: the policy with these (another draft of the same
  // change); the question is then whether the two drafts are equivalent.
  std::vector<std::string> against;
  std::optional<int64_t> as_of;              // none: today
  // "NAME=VALUE" overrides of parameters on both sides, as run and diff apply them: the value at
  // every date (a scale cannot be overridden).
  std::vector<std::string> params;
  std::string select;                        // "a,b": the outputs; empty: every output
  std::string where;                         // a condition over the output's entity (`p`), or ""
  analysis::CompareOptions::Direction direction = analysis::CompareOptions::Direction::Any;
  int rows = 3;
  int max_regions = 32;
  // Each solver call's budget in Z3 resource units (deterministic), and an optional wall-clock
  // safety net in milliseconds (0: none); see analysis::CompareOptions.
  unsigned rlimit = analysis::kDefaultRlimit;
  unsigned timeout_ms = 0;
  // Run each witness through the evaluator (a diff of the witness data) and record whether its
  // subject changes as the region says.
  bool verify = true;
  // Stops the comparison from another thread (analysis::CompareCancel); null: runs to the end.
  std::shared_ptr<analysis::CompareCancel> cancel;
};

struct CompareResult {
  DiffContext context;
  std::string entity;  // the outputs' entity
  analysis::Comparison comparison;
  // Per output, per region (same shape as comparison): the witness's run confirmed the
  // predicted change of its subject (true), contradicted it (false), or was not run.
  std::vector<std::vector<std::optional<bool>>> confirmed;
  // With `against`: each witness was run with each draft (the policy amended by one, then by the
  // other) rather than diffed, and both values checked.
  bool alternatives = false;
};

CompareResult compare(Session& s, const CompareRequest& request);

// What compare establishes beyond the data of a diff, for the diff's reports ("who could change
// beyond this data"): the same comparison as `redline compare` of the diff's policy, amendments,
// base amendments, parameter overrides, outputs and as-of date, and, per region, how many
// entities of the diff's data are in it when the diff's changes establish it (docs/analysis.md
// says when); never a guess.
struct BeyondOptions {
  unsigned rlimit = analysis::kDefaultRlimit;  // per solver call, as CompareRequest::rlimit
  unsigned timeout_ms = 0;                     // the wall-clock safety net per call (0: none)
  int max_regions = 32;                        // per output
};
struct Beyond {
  // Set when compare ran (its outputs may still be undecided); otherwise `failure` says why it
  // did not, in a sentence (the report is written all the same).
  std::optional<CompareResult> result;
  std::string failure;
  unsigned rlimit = 0;  // the budget it ran with
  std::vector<std::string> params;  // the diff's parameter overrides, which compare applied too
  // Per output and region of result->comparison (same shape): the number of entities of the
  // diff's data in the region, when established; none otherwise.
  std::vector<std::vector<std::optional<size_t>>> entities;
  std::string entity;  // the diff's entity, which those counts are of
};
Beyond beyond(Session& s, const DiffRequest& request, const DiffResult& diff, const BeyondOptions& options = {});

// beyond, with its solver work started before the diff it reports on, on a thread of its own
// with a session of its own (it compiles the same files again and tells no one): at a million
// entities the solver's second or so overlaps reading and evaluating the data instead of
// following them. `request` must be the diff's (its select included), and its files must be
// readable twice (`possible`: no standard input). Waits for the thread when destroyed.
class BeyondInBackground {
 public:
  static bool possible(const DiffRequest& request);
  explicit BeyondInBackground(const DiffRequest& request, const BeyondOptions& options = {});
  BeyondInBackground(const BeyondInBackground&) = delete;
  BeyondInBackground& operator=(const BeyondInBackground&) = delete;
  ~BeyondInBackground();
  // The same Beyond as beyond(s, request, diff, options); call once.
  Beyond finish(const DiffResult& diff);

 private:
  std::shared_ptr<analysis::CompareCancel> cancel_;  // before pending_, which its task reads
  std::future<Beyond> pending_;
};

// The number of entities of a diff's data in each region of `comparison` that its changes
// establish (see Beyond::entities), for a comparison of the same policy, amendments and date.
std::vector<std::vector<std::optional<size_t>>> entities_in_regions(const analysis::Comparison& comparison,
                                                                    const runtime::DiffReport& report);

// A witness table as CSV, in the policy's data format (RFC 4180 quoting).
std::string witness_csv(const analysis::WitnessTable& table);
// A witness's tables as data sources (CSV bytes named witness/ENTITY.csv), to run a policy on.
std::vector<DataSource> witness_data(const analysis::Witness& w);

}  // namespace redline::service
