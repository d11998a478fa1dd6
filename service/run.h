// run: a policy's outputs (or the rules selected) over data, one row per entity.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "driver/driver.h"
#include "runtime/evaluator.h"
#include "service/data.h"
#include "service/session.h"

namespace redline::service {

struct RunRequest : PolicyRequest {
  std::string select;                   // "a,b": these rules; empty: the outputs
  // The caller writes one table (a CSV file): rules over several entities are refused.
  bool one_table = false;
  // Leave out the selected rules whose data is not all given (an editor's lenses over whatever
  // data a workspace names) instead of asking for it.
  bool only_with_data = false;
};

struct RunResult {
  // The rules of one entity, in the order the request named them.
  struct Section {
    int32_t entity = -1;
    std::vector<int32_t> rules;
  };
  std::unique_ptr<driver::Compiled> compiled;
  std::vector<runtime::Table> tables;  // by entity; only the keys and what the rules read
  runtime::Results results;            // by rule
  // What the evaluation ran with: a text parameter's override is held here, and result columns
  // view its text. On the heap, so that moving the result keeps those views valid.
  std::shared_ptr<const runtime::EvalOptions> options;
  std::vector<Section> sections;       // by entity, in the order their first rule comes

  const ir::Program& program() const { return compiled->program; }
};

RunResult run(Session& s, const RunRequest& request);

}  // namespace redline::service
