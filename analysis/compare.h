// Symbolic comparison of two rule graphs with Z3: for each output, whether any input at all can
// make the two programs disagree, where, and a concrete witness of each place.
//
// The model is described in docs/analysis.md: what it proves, what it only finds on a witness,
// and what leaves an output undecided. Nothing here ever turns "the solver found no change in a
// bounded search" into "unchanged": that verdict needs the unbounded (abstract) model's proof.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "ir/ir.h"

namespace z3 {
class context;
}

namespace redline::analysis {

// Stops a comparison running on another thread, for a caller that no longer needs it (a diff
// report whose diff failed, so that the error is not held back by the solver). request()
// interrupts the solver call in progress (Z3's interrupt, safe from any thread) and makes
// compare() leave the outputs it has not decided undecided ("cancelled"). Thread-safe.
class CompareCancel {
 public:
  void request();
  bool requested() const { return requested_.load(std::memory_order_acquire); }
  // compare()'s: the context whose solver calls request() interrupts, or null.
  void attach(z3::context* context);

 private:
  std::atomic<bool> requested_{false};
  std::mutex mutex_;
  z3::context* current_ = nullptr;
};

// The default budget of a solver call, in Z3 resource units (see CompareOptions::rlimit):
// calibrated on the shipped policies and the golden tests (docs/analysis.md), four times what the
// hardest of their questions needs (between 2 and 3 million: the winter golden's per_person), and
// about 13 s of CPU on this project's machine, within the 20 s of the wall clock it replaces.
constexpr unsigned kDefaultRlimit = 10'000'000;

struct CompareOptions {
  std::vector<std::string> outputs;  // empty: every output both programs have
  int64_t as_of = 0;                 // days since 1970-01-01: the parameters' values in force
  // Rows of each entity in the bounded search for witnesses (the subject and its neighbours).
  int rows = 3;
  int max_regions = 8;               // per output
  // The budget of each solver call, in Z3's resource units (its `rlimit` parameter): a count of
  // the solver's own steps, not a clock, so that the same input gets the same answer on any
  // machine. Running out makes the output undecided. See docs/analysis.md for the calibration.
  unsigned rlimit = kDefaultRlimit;
  // An outer safety net, in wall-clock milliseconds per solver call (0: none). When it fires the
  // answer depends on the machine's speed; with the default (none) the resource count decides.
  unsigned timeout_ms = 0;
  // Only the subject rows for which this boolean rule of `after` holds (a `--where` condition
  // compiled as a rule over the output's entity); -1: every row.
  int32_t where_rule = -1;
  // Ask only whether the output goes up (Raise) or down (Lower); None: any change.
  enum class Direction : uint8_t { Any, Raise, Lower } direction = Direction::Any;
  std::shared_ptr<CompareCancel> cancel;  // null: runs to the end
};

// A witness: rows of every entity, as data ready to be written in the policy's format (one
// string per field, in the entity's field order; an empty string is an absent optional).
struct WitnessTable {
  std::string entity;
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  size_t key_column = 0;
  std::vector<std::string> references;  // per column: the entity it refers to, or ""
};
struct Witness {
  std::vector<WitnessTable> tables;
  std::string subject_key;  // the key of the row whose output changes
  std::string before, after;  // the output's values for that row, as `run` prints them
};

// One part of the input where the output changes.
struct Region {
  // A conjunction, each conjunct in the policy's own names (fields, rules, parameters, enum
  // members), over the subject `p` (the first letter of its entity, lower case).
  std::vector<std::string> condition;
  std::vector<std::string> citations;  // the clauses the conjuncts come from
  std::string before, after;           // the transition; for numbers, "changes" on both sides
  // Proved: every input satisfying the condition changes the output so. Otherwise the region
  // is only known from its witness (the abstract model could not confirm the whole condition).
  bool proved = false;
  Witness witness;
};

enum class Verdict : uint8_t { Unchanged, Changes, Undecided };

struct OutputComparison {
  std::string output;
  std::string citation;
  Verdict verdict = Verdict::Undecided;
  std::string reason;           // Undecided: why; Changes: what is not covered, if anything
  std::vector<Region> regions;
  // Changes: the regions are every input where it changes (proved), or the search stopped
  // (region cap, bounded rows, time) and `reason` says so.
  bool complete = false;
};

struct Comparison {
  std::vector<OutputComparison> outputs;
  int rows = 0;  // the bounded search's rows per entity
};

// Compares `before` and `after` (compiled from one policy: same enums and entities).
Comparison compare(const ir::Program& before, const ir::Program& after, const CompareOptions& options);

}  // namespace redline::analysis
