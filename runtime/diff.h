// Before/after comparison of a policy and its amended version on the same data: which
// entities' outputs change, how (transition counts, totals), and why (the first rule whose value
// diverges and the amendment that changed it).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "runtime/evaluator.h"

namespace redline::runtime {

// One change an amendment made to the law: "SECMP0044 replace rule premises_counted [G8.49]".
struct LawChange {
  std::string amendment;
  std::string action;    // replace, insert, repeal, substitute
  std::string target;    // "rule premises_counted", "exception pattern.provider", "param x", ...
  std::string citation;  // the clause cited
  std::string note;      // the amendment's own note on the change, if any
};

// Why one value changed.
struct Cause {
  std::string rule;      // the first rule (in evaluation order) whose value diverges
  std::string before;
  std::string after;
  std::vector<LawChange> changes;  // what amended that rule, or the nearest amended rule it reads
  std::string changed_rule;        // the rule those changes are attached to
  std::string text;                // one sentence for people
};

// One output of one entity that changed. Its values are read from the evaluation's columns
// through the report (DiffReport::before, after, key): a large diff has hundreds of thousands of
// changes, and printing each value into a string before knowing the format cost more than
// evaluating both policies.
struct ChangedValue {
  uint32_t row;
  uint32_t output;  // index into DiffReport::outputs
  std::shared_ptr<const Cause> cause;  // only when explaining; a pointer keeps a change small
};

struct Transition {
  std::string from;
  std::string to;
  size_t count;
};

struct OutputSummary {
  std::string name;
  std::string type;
  bool in_before = true;  // false for an output the amendment introduced
  bool in_after = true;   // false for an output the amendment repealed
  size_t changed = 0;
  std::vector<Transition> transitions;  // enums and bools: most frequent first
  size_t increased = 0, decreased = 0;  // numbers: how many went up and down
  // Enum and bool outputs: how many entities have each value. Numbers: the total.
  std::vector<std::pair<std::string, size_t>> before_counts, after_counts;
  std::optional<std::string> before_total, after_total;
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
  };
  Source source;
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
};

DiffReport compute_diff(const DiffInput& input);

// 1234567 -> "1,234,567"; other values unchanged. For sentences, not for data formats.
std::string readable_number(const std::string& value);

}  // namespace redline::runtime
