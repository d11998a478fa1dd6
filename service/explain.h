// explain: why one entity gets the value it gets for one output, clause by clause.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "runtime/explain.h"
#include "service/data.h"
#include "service/diff.h"
#include "service/session.h"

namespace redline::service {

struct ExplainRequest {
  std::string policy;
  std::vector<std::string> amendments;
  std::vector<DataSource> data;
  std::vector<std::string> params;  // "NAME=VALUE"
  std::optional<int64_t> as_of;
  std::string key;                  // the entity to explain
  std::string output;               // the rule to explain
};

// The explanation's tree; `where` of each node is "file:line" of the clause.
runtime::ExplainNode explain(Session& s, const ExplainRequest& request);

// The same over a baseline's data and columns (the studio's): `amendments` (paths) are applied
// after the baseline's own, and only the rules they change are evaluated. Null when `output`
// is not a rule of that side (a draft repealed it, or added it). `request.policy`,
// `request.data`, `request.params` and `request.as_of` are the baseline's.
std::optional<runtime::ExplainNode> explain(Session& s, const Baseline& baseline, const std::vector<std::string>& amendments,
                                            const std::string& key, const std::string& output);

}  // namespace redline::service
