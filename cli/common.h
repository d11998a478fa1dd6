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
using service::write_outputs_per_entity;

// A service's usage error as the command line says it: with the option the field it is about
// came from ("--data names an unknown entity 'X'").
std::string usage_text(const UsageError& e);

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

// The options of every command that evaluates a policy over data (run, diff, explain, studio),
// read into a service::PolicyRequest in one place. Each is declared by its own call, so that a
// command keeps the order of its --help.
struct PolicyFlags {
  std::string policy;
  std::vector<std::string> amend, base_amend, data, params;
  std::string as_of, data_format;

  void add_policy(CLI::App& cmd);
  // --amend, required or not, with the command's own help text.
  void add_amend(CLI::App& cmd, const std::string& help, bool required = false);
  void add_base_amend(CLI::App& cmd, const std::string& help);
  // --data, and --data-format unless the command reads no standard input.
  void add_data(CLI::App& cmd, bool standard_input = true);
  void add_param(CLI::App& cmd, const std::string& help = "NAME=VALUE: override a parameter (repeatable)");
  void add_as_of(CLI::App& cmd);
  // policy, amendments, data, params and as_of, checked (UsageError).
  void fill(service::PolicyRequest& request) const;
  // For refuse_input_as_output.
  std::vector<std::pair<std::string, std::string>> inputs() const { return input_files(policy, amend, data, base_amend); }
};

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
