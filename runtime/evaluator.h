// The interpreter: evaluates the rule graph over whole columns.
//
// Rules run in dependency order; each rule is evaluated over its entity's rows in chunks, each
// chunk an expression tree walked once per node (not once per row), with selection vectors for
// branches so that a branch runs only on the rows that take it. Aggregates are computed by
// grouping on the correlation key, once per rule, then looked up per row.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "runtime/errors.h"
#include "runtime/table.h"

namespace redline::runtime {

// For each aggregate correlated by a key of a type stored as a number (an entity reference, an
// int, an enum), the iterated rows by the value of their key: built once on first use, then
// shared by every Explaining over the same evaluation (the threads finding a diff's reasons),
// instead of one copy per thread. Thread-safe.
class AggregateIndexes {
 public:
  struct Index {
    std::vector<int64_t> keys;     // sorted, distinct
    std::vector<uint32_t> starts;  // keys.size() + 1 offsets into rows
    std::vector<uint32_t> rows;    // grouped by key, ascending within a key
    std::span<const uint32_t> find(int64_t key) const;
  };
  // Indexes of keys that read the iterated row's fields alone (`q.household`) are the same for
  // every program over the same tables: given `data`, they are made and kept there, so that the
  // stages of a diff share them, and a caller that keeps `data` with its tables (the studio's
  // baseline) makes each once.
  AggregateIndexes() = default;
  explicit AggregateIndexes(std::shared_ptr<AggregateIndexes> data) : data_(std::move(data)) {}

  // The index of aggregate key `key`, made by `build` if no one made it yet (the others wait).
  const Index& get(const ir::Expr* key, const std::function<Index()>& build);
  // The index of `keys` (a value for each row of the iterated entity; rows without one are left
  // out), as every builder makes it.
  static Index of_keys(const Column& keys);

 private:
  const Index& get_data(uint64_t shape, const std::function<Index()>& build);
  std::mutex mutex_;
  std::map<const ir::Expr*, std::unique_ptr<const Index>> indexes_;
  std::map<uint64_t, std::unique_ptr<const Index>> by_shape_;  // keys over fields alone
  std::shared_ptr<AggregateIndexes> data_;
};

struct ParamOverride {
  int32_t param = -1;
  int64_t value = 0;
  std::string text;
};

struct EvalOptions {
  int64_t as_of = 0;  // days since epoch: selects each parameter's value in force
  std::vector<ParamOverride> overrides;
  unsigned threads = 0;  // 0: use the machine's cores
  // Drop a rule's column once every rule that reads it has run, unless it is wanted or in
  // `keep`: a million-row column is 8 MB, and a diff needs only its outputs' columns (and
  // the ones the amended side can reuse) once both sides are evaluated.
  bool release_unneeded = false;
  std::vector<int32_t> keep;
  // Decision tables over bool and enum inputs are answered by a lookup built per evaluation;
  // off, every row of every table is matched cell by cell (tests compare the two).
  bool table_lookup = true;
  // Past this moment, evaluation stops between rules with TimeLimitExceeded: a long-lived
  // caller (the studio) bounds the time one request may take.
  std::optional<std::chrono::steady_clock::time_point> deadline;
  // Set for a probe that explains a few rows (Explaining): an aggregate correlated by a key of a
  // type stored as a number is computed, row by row, over the rows of that key only (from these
  // indexes) instead of being grouped over the whole table first, which at a million rows cost
  // each explained rule tens of milliseconds and a by-row accumulator of tens of megabytes.
  std::shared_ptr<AggregateIndexes> keyed_indexes;
};

// Thrown when an evaluation passes EvalOptions::deadline.
class TimeLimitExceeded : public std::runtime_error {
 public:
  TimeLimitExceeded() : std::runtime_error("the evaluation took longer than its time limit") {}
};

// Text values are views into the tables, the program and the options: keep them alive while
// the results are read.
// Text the evaluator makes, not found in the data or the program: the outcomes a 'rule order'
// or 'output order' table joins. Columns view it, so Results keep it (and the pools of the
// columns they reuse from a previous evaluation). Interned: equal texts are stored once.
class TextPool {
 public:
  std::string_view intern(std::string text);

 private:
  std::mutex mutex_;
  std::unordered_set<std::string> texts_;  // nodes never move: views into them stay valid
};

struct Results {
  std::vector<std::shared_ptr<const Column>> columns;  // by rule index; null when not evaluated
  std::vector<std::shared_ptr<TextPool>> text_pools;   // what made text in `columns` views
  size_t reused = 0;  // columns taken from a previous evaluation (see `evaluate`)
  size_t table_lookups = 0;  // decision tables answered by a lookup (EvalOptions::table_lookup)
  std::vector<double> seconds;  // wall-clock time of each rule evaluated here, by rule index
};

// Evaluates the rules in `wanted` and everything they read. `tables` is indexed by entity.
// When `previous` is given (the results of `previous_program` on the same data and options),
// a rule whose fingerprint is unchanged takes its column from there instead of recomputing:
// this is how `diff` evaluates only what an amendment changed.
Results evaluate(const ir::Program& program, const std::vector<Table>& tables, const EvalOptions& options,
                 const std::vector<int32_t>& wanted, const Results* previous = nullptr,
                 const ir::Program* previous_program = nullptr);

// The value in force for a parameter on a date (overrides first).
int64_t param_value(const ir::Program& program, const EvalOptions& options, int32_t param, std::string* text = nullptr);

// Evaluates single expressions of one rule on chosen rows, with exactly the semantics of
// `evaluate` (it runs the same code); explanations use it to show each step's value.
class Probe {
 public:
  Probe(const ir::Program& program, const std::vector<Table>& tables, const EvalOptions& options,
        const Results& results);
  ~Probe();
  Probe(const Probe&) = delete;
  Probe& operator=(const Probe&) = delete;

  // Starts a batch in the context of rule `rule`: the rows `rows` of entity `entity` bound to
  // local slot `slot` (slot 0 and the rule's entity for the rule's own parameter).
  // With `function` >= 0, the batch is inside a call of that function (Program::functions) made
  // by `rule`: `slot` is then the function's row_slot, and its parameters are bound with bind().
  void begin(int32_t rule, int32_t entity, int32_t slot, const std::vector<uint32_t>& rows, int32_t function = -1);
  // Binds a local slot (an 'is some' binding, an aggregate variable) for the current batch.
  void bind(int32_t slot, Column values);
  const Column& slot(int32_t slot) const;
  Column eval(const ir::Expr& e);
  size_t size() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Every rule that the given rules read, directly or not, including themselves, in evaluation order.
std::vector<int32_t> closure(const ir::Program& program, const std::vector<int32_t>& rules);

}  // namespace redline::runtime
