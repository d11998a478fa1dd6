// What the commands share: compiling with diagnostics on stderr, loading datasets, parsing
// --param and --as-of. Writing output: cli/atomic_file.h.
#pragma once

#include <deque>
#include <functional>
#include <ostream>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "cli/atomic_file.h"  // write_output: every output file
#include "driver/driver.h"
#include "runtime/evaluator.h"
#include "runtime/table.h"
#include "runtime/writers.h"

namespace redline::cli {

// Exit codes, a contract with users and tests.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // diagnostics, a failing test, an evaluation error
inline constexpr int kExitUsage = 2;    // bad usage, unreadable or invalid data

// Bad usage: printed as "redline: error: ..." and exit code 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A compile that failed; its diagnostics have been printed.
class CompileFailed : public std::runtime_error {
 public:
  CompileFailed() : std::runtime_error("compilation failed") {}
};

struct Session {
  support::SourceManager sources;
  support::DiagnosticEngine diags{sources};
  // Prints diagnostics collected so far to stderr (colour on a terminal unless NO_COLOR).
  void flush_diagnostics();
};

int64_t parse_as_of(const std::string& text);  // "" = today (UTC)

// Compiles, printing diagnostics; throws CompileFailed on errors.
std::unique_ptr<driver::Compiled> compile_or_fail(Session& s, const std::string& policy,
                                                  const std::vector<std::string>& amendments,
                                                  std::optional<int64_t> as_of);

// What load_tables keeps of the data.
struct LoadOptions {
  // Keep only the fields the rules read (in the closure of `rules`, and of `also_rules`),
  // the keys and the references: the other fields are validated as always but not stored
  // (runtime::Table::loaded), and once references are resolved the tables are compacted and
  // their key indexes dropped (runtime::Table::compact). For commands that print no input
  // field but the key and look nothing up by key.
  bool prune_fields = false;
  // Rules of another program over the same entities that will be evaluated on these tables
  // too (diff's baseline); their fields are matched by entity and field name.
  const ir::Program* also_program = nullptr;
  std::vector<int32_t> also_rules;
};

// "--data ENTITY=PATH" for every entity the rules need; throws UsageError / DataError.
std::vector<runtime::Table> load_tables(const ir::Program& program, const std::vector<std::string>& data,
                                        const std::vector<int32_t>& rules, const LoadOptions& options = {});

std::vector<runtime::ParamOverride> parse_params(const driver::Compiled& c, const std::vector<std::string>& params);

// A command's input files, for refuse_input_as_output: the policy, each --amend and
// --base-amend, and each --data ENTITY=PATH, with how each was given.
std::vector<std::pair<std::string, std::string>> input_files(const std::string& policy,
                                                             const std::vector<std::string>& amend,
                                                             const std::vector<std::string>& data,
                                                             const std::vector<std::string>& base_amend = {});

// The names in a --select list "a,b,c" (empty ones skipped).
std::vector<std::string> selected_names(const std::string& select);

// Rules named in "a,b,c" (or the outputs when empty); all over one entity unless
// `several_entities` (run prints a section per entity).
std::vector<int32_t> select_rules(const ir::Program& program, const std::string& select, bool several_entities = false);

// Times the stages of a command for --timings; prints nothing unless enabled.
class Stopwatch {
 public:
  explicit Stopwatch(bool enabled);
  void lap(const std::string& stage);

 private:
  bool enabled_;
  double last_;
  double last_cpu_;
  long last_faults_;
};

// For --timings: the rules an evaluation ran, slowest first, on stderr.
void print_rule_times(const std::string& label, const ir::Program& program, const runtime::Results& results);

// A reference column printed as the referenced rows' keys.
runtime::Column keys_of_references(const ir::Program& program, const std::vector<runtime::Table>& tables,
                                   const runtime::Column& refs, std::deque<std::string>& storage);

}  // namespace redline::cli
