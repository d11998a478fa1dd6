// Explanations: the justification tree of one output for one entity, clause by clause.
//
// Every value shown is computed by the evaluator itself (through runtime::Probe), so an
// explanation can never disagree with `run`.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <vector>

#include "runtime/evaluator.h"

namespace redline::runtime {

struct ExplainNode {
  std::string kind;       // rule, obligation, exception, table, row, input, match, branch, aggregate,
                          // item, param, cycle, field, as_of
  std::string name;       // what the step is about: a rule, a parameter, an exception label, ...
  std::string value;      // its value, as the language prints it
  std::string citation;   // the clause cited
  std::string amended_by; // the amendment that put this definition in place, if any
  std::string detail;     // one line in plain words
  std::string where;      // file:line of the definition
  std::vector<std::string> notes;        // the definition's notes
  std::vector<std::string> assumptions;  // and what its author inferred
  std::vector<ExplainNode> children;
  // Typed facts for programs that walk the tree (diff's reasons): for 'rule' nodes the rule
  // and its row; for 'aggregate' nodes the entity iterated and the rules its filter and value
  // read of each iterated row; for 'item' nodes the row of that entity.
  int32_t rule = -1;
  int32_t entity = -1;
  int64_t row = -1;
  std::vector<int32_t> reads;
  // What this step exercises, for test coverage: "rule r", "row r.label", "exception r.label",
  // "cycle c@2" (see coverage_id below); empty for steps that are not coverage items.
  std::string coverage_id;
  // With ExplainOptions::coverage, on an aggregate: the coverage ids of what its filter (for
  // every row of the entity aggregated) and its value (for the rows the filter keeps) exercised.
  // Not shown: an aggregate lists only the rows it combined.
  std::vector<std::string> also_covers;
};

// The coverage id of an item ("rule r", "row r.label", "exception r.label", "cycle c@2"), with
// " (M)" appended when modification M put that definition in place: a rule or cycle an amendment
// replaces is a different item from the one it replaces, and is covered separately.
std::string coverage_id(const std::string& item, const std::string& amendment);

struct ExplainOptions {
  int max_depth = 12;
  size_t max_items = 25;  // entities listed for an aggregate
  // Walk the filters and values of aggregates too, row by row, to fill ExplainNode::also_covers
  // (the test runner's --coverage); the text explained is the same either way.
  bool coverage = false;
  // Name each listed entity of an aggregate (its key as text). A caller that compares the items
  // of two explanations by row (diff's reasons) and names only a few turns this off: at 1M
  // parties formatting every member's key was a third of the time spent finding reasons.
  bool item_names = true;
  // Shared with other Explaining objects over the same evaluation; made per Explaining if unset.
  std::shared_ptr<AggregateIndexes> indexes;
  // Describes a source location as "file:line"; empty when unknown.
  std::function<std::string(const support::Location&)> where;
};

ExplainNode explain(const ir::Program& program, const std::vector<Table>& tables, const EvalOptions& eval_options,
                    const Results& results, int32_t rule, uint32_t row, const ExplainOptions& options);

// Explains many rows of one evaluation, keeping what is worth keeping between them: the
// evaluator's probe, and for each aggregate correlated by a key (q.household == h) an index
// from key to the iterated rows, so that explaining a row reads its related rows only, not
// every row of the related entity.
class Explaining {
 public:
  Explaining(const ir::Program& program, const std::vector<Table>& tables, const EvalOptions& eval_options,
             const Results& results, const ExplainOptions& options);
  ~Explaining();
  Explaining(const Explaining&) = delete;
  Explaining& operator=(const Explaining&) = delete;
  ExplainNode explain(int32_t rule, uint32_t row);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Indented plain text for people.
std::string explain_text(const ExplainNode& root);

}  // namespace redline::runtime
