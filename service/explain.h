// explain: why one entity gets the value it gets for one output, clause by clause.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "runtime/explain.h"
#include "service/data.h"
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

}  // namespace redline::service
