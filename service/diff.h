// diff: a policy and its amended version on the same data; who changes, how, and why. The whole
// plan lives here: the outputs compared (repealed ones included), the data each side reads,
// the columns the amended side reuses, the intermediate stages that attribute each change to
// the operations that moved it.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "driver/driver.h"
#include "runtime/diff.h"
#include "runtime/explain.h"
#include "service/data.h"
#include "service/session.h"

namespace redline::service {

struct AmendmentInfo {
  std::string name;
  std::string title;
  std::optional<int64_t> effective;  // days since 1970-01-01
  std::string citation;
};

// The modifications `c` applied, from the `from`-th on (0: all; the number of base amendments:
// those a request assesses), as its reports name them.
std::vector<AmendmentInfo> applied_amendments(const driver::Compiled& c, size_t from = 0);

// What a diff is about, for the head of its reports.
struct DiffContext {
  std::string policy;
  std::string policy_title;
  std::vector<AmendmentInfo> base;          // applied to both sides
  std::vector<AmendmentInfo> amendments;    // what the comparison is about
  std::vector<AmendmentInfo> not_in_force;  // asked for but not in force on the as-of date
  std::vector<runtime::LawChange> law;      // what those amendments change
  std::optional<int64_t> as_of;             // none: today
};

// The baseline side of a diff, kept by a caller that lives long (the studio): the policy compiled
// with its base amendments, its data loaded whole (every field, since a draft may read any),
// every rule of the policy evaluated and every column kept, so that a diff against it compiles
// and evaluates only what the amendments change. Built by make_baseline; read-only after.
struct Baseline {
  std::string policy;
  std::vector<std::string> base_amendments;
  std::vector<std::string> params;
  std::optional<int64_t> as_of;
  std::vector<DataSource> data;
  std::shared_ptr<const driver::Compiled> compiled;
  std::shared_ptr<const std::vector<runtime::Table>> tables;
  runtime::Results results;
  runtime::EvalOptions options;
  size_t rows = 0;  // of every entity loaded
  // The indexes of aggregate keys over the data's fields, made as reasons need them, kept for
  // every diff against this baseline (thread-safe).
  std::shared_ptr<runtime::AggregateIndexes> indexes;
};

// Columns that earlier diffs against one baseline computed, by rule fingerprint (equal
// fingerprints compute equal columns on equal data and options). Text columns are left out:
// they view texts that their program and results own, which go with their diff. A caller that diffs draft after draft against one baseline (the studio)
// passes the same cache to each: a rule the last draft already evaluated, in the amended
// policy or in an intermediate stage, is not evaluated again. Holds the last diff's columns.
struct ColumnCache {
  std::unordered_map<uint64_t, std::shared_ptr<const runtime::Column>> columns;
  // The last diff's changes and reasons per output (runtime::compute_diff): an output the next
  // draft leaves as it was is not compared and grouped again.
  std::shared_ptr<const runtime::DiffMemo> diff;
};

// `amendments` are what to assess (applied in order, on the amended side only); `params` apply
// to both sides.
struct DiffRequest : PolicyRequest {
  std::vector<std::string> base_amendments;  // already in force: applied to both sides
  std::string select;                        // "a,b": the outputs to compare; empty: every output
  // Find why each value changed. Without reasons the comparison reads only the outputs'
  // columns and frees the others as it goes.
  bool explain = true;
  // When set (built from this request's policy, base amendments, params and as-of date), the
  // baseline side and the data are taken from it; `data` is read only when the amendments
  // change an enum, which changes how the data is read.
  std::shared_ptr<const Baseline> baseline;
  // `data` may name entities that neither side declares, read only by the drafts that insert
  // them (the studio's data, given once for every draft to come); the others leave it unread.
  bool data_for_drafts = false;
  // With `baseline`: columns of earlier diffs to reuse, updated with this one's.
  std::shared_ptr<ColumnCache> cache;
  // When set, the two sides compiled already from this request's policy, (base) amendments and
  // as-of date, not compiled again: compare checks each of its witnesses with a diff of the
  // same files, and compiling them for each was nine tenths of that check's time.
  std::shared_ptr<const driver::Compiled> compiled_before, compiled_after;
  // Evaluation past this moment stops with runtime::TimeLimitExceeded (the studio's limit).
  std::optional<std::chrono::steady_clock::time_point> deadline;
  // Called after each stage with its name ("compile", "load data", ...), for --timings.
  std::function<void(const std::string& stage)> lap;
};

struct DiffResult {
  DiffContext context;
  runtime::DiffReport report;
  // What the report reads as it explains (programs, tables, results): held here, on the heap,
  // so that moving a result leaves the report's pointers valid.
  struct State;
  std::shared_ptr<State> state;
  const ir::Program& before() const;
  const ir::Program& after() const;
  const runtime::Results& before_results() const;
  const runtime::Results& after_results() const;
};

DiffResult diff(Session& s, const DiffRequest& request);

// The outputs a request compares (its `select`, or every output and every output the
// amendments repeal), grouped by entity in the order each entity's first output comes: a diff
// compares the outputs of one entity, so a report over several makes one diff per section, each
// with the section's `select`. Throws as diff does (an unknown name, a policy that does not
// compile).
struct DiffSection {
  std::string entity;
  std::string select;  // "a,b": the section's outputs, by name
};
std::vector<DiffSection> diff_sections(Session& s, const DiffRequest& request);

// The diff of each section (diff_sections) of `request`, in order, each with the request it
// ran (the section's `select`). The sections compile the same policy: the session is told its
// warnings and notices once, by the first.
struct SectionDiff {
  std::string entity;
  DiffRequest request;
  std::shared_ptr<DiffResult> result;
};
std::vector<SectionDiff> diff_each_section(Session& s, const DiffRequest& request, const std::vector<DiffSection>& sections);


// The baseline of `request` (its policy, base amendments, data, params, as-of date; the
// amendments are not read). Throws as diff does.
std::shared_ptr<const Baseline> make_baseline(Session& s, const DiffRequest& request);

}  // namespace redline::service
