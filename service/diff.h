// diff: a policy and its amended version on the same data; who changes, how, and why. The whole
// plan lives here: the outputs compared (repealed ones included), the data each side reads,
// the columns the amended side reuses, the intermediate stages that attribute each change to
// the operations that moved it.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "driver/driver.h"
#include "runtime/diff.h"
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

struct DiffRequest {
  std::string policy;
  std::vector<std::string> amendments;       // what to assess, applied in order
  std::vector<std::string> base_amendments;  // already in force: applied to both sides
  std::vector<DataSource> data;
  std::vector<std::string> params;           // "NAME=VALUE", on both sides
  std::optional<int64_t> as_of;
  std::string select;                        // "a,b": the outputs to compare; empty: every output
  // Find why each value changed. Without reasons the comparison reads only the outputs'
  // columns and frees the others as it goes.
  bool explain = true;
  // Leave the reasons to be found as a streamed report writes them (runtime::DiffInput::
  // defer_causes); otherwise they are found and grouped here.
  bool defer_causes = false;
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

}  // namespace redline::service
