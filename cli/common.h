// What the commands share: exit codes, the terminal as the service's sink, the options every
// command reads the same way. Writing output: cli/atomic_file.h.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>

#include "service/atomic_file.h"  // write_output: every output file
#include "runtime/evaluator.h"
#include "service/service.h"

namespace redline::cli {

// Exit codes, a contract with users and tests.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // diagnostics, a failing test, an evaluation error
inline constexpr int kExitUsage = 2;    // bad usage, unreadable or invalid data

using service::CompileFailed;
using service::UsageError;  // printed as "redline: error: ...", exit 2
// Every output file and standard output go through service/atomic_file.h.
using service::AtomicFile;
using service::finish_stdout;
using service::install_stdout;
using service::refuse_input_as_output;
using service::write_output;

// Diagnostics to standard error as they are published (colour on a terminal unless NO_COLOR),
// notices as "redline: note: ...".
void attach_terminal(service::Session& s);

// --as-of: none when not given.
std::optional<int64_t> parse_as_of(const std::string& text);

// The --data options (with --data-format for standard input).
std::vector<service::DataSource> data_sources(const std::vector<std::string>& specs, const std::string& data_format = "");

// A command's input files, for refuse_input_as_output: the policy, each --amend and
// --base-amend, and each --data ENTITY=PATH, with how each was given.
std::vector<std::pair<std::string, std::string>> input_files(const std::string& policy,
                                                             const std::vector<std::string>& amend,
                                                             const std::vector<std::string>& data,
                                                             const std::vector<std::string>& base_amend = {});

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

// --csv-safe (the default) and --no-csv-safe, on every command that writes CSV: whether text
// cells are guarded against formula injection (runtime::WriteOptions::csv_safe).
void add_csv_safe_flags(CLI::App& cmd, bool& csv_safe);

}  // namespace redline::cli
