// Shared command plumbing.
#include "cli/common.h"
#include "cli/commands.h"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>

#include <fmt/format.h>

#include "support/terminal.h"


namespace redline::cli {


static double now_seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// CPU time of all threads: beside the wall-clock time, it shows how well a stage uses the
// cores, and it is the steadier measure on a busy machine.
static double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Page faults so far: each is a first touch of a fresh 4 KB page, so they count the memory a
// stage took anew, and at a microsecond or more each they are often much of its time.
static long page_faults() {
  rusage usage{};
  return getrusage(RUSAGE_SELF, &usage) == 0 ? usage.ru_minflt + usage.ru_majflt : 0;
}

Stopwatch::Stopwatch(bool enabled)
    : enabled_(enabled), last_(now_seconds()), last_cpu_(cpu_seconds()), last_faults_(page_faults()) {}

// The peak resident memory so far (Linux), in MiB; 0 where it cannot be read.
static double peak_rss_mib() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::strtod(line.c_str() + 6, nullptr) / 1024;
  return 0;
}

void Stopwatch::lap(const std::string& stage) {
  if (!enabled_) return;
  const double t = now_seconds(), c = cpu_seconds();
  const long faults = page_faults();
  std::cerr << fmt::format("redline: {:>8.1f} ms  (cpu {:>6.1f} ms, peak {:>5.0f} MiB, {:>6} page faults)  {}\n",
                           (t - last_) * 1000, (c - last_cpu_) * 1000, peak_rss_mib(), faults - last_faults_, stage);
  last_ = t;
  last_cpu_ = c;
  last_faults_ = faults;
}

void print_rule_times(const std::string& label, const ir::Program& program, const runtime::Results& results) {
  std::vector<std::pair<double, size_t>> ran;
  for (size_t r = 0; r < results.seconds.size() && r < program.rules.size(); ++r)
    if (results.seconds[r] > 0) ran.push_back({results.seconds[r], r});
  std::stable_sort(ran.begin(), ran.end(), [](auto& a, auto& b) { return a.first > b.first; });
  for (auto& [seconds, r] : ran)
    std::cerr << fmt::format("redline: {:>8.1f} ms    {} rule {}\n", seconds * 1000, label, program.rules[r].name);
}

std::string usage_text(const UsageError& e) {
  using Field = UsageError::Field;
  switch (e.field) {
    case Field::None: break;
    case Field::Data: return e.text("--data");
    case Field::DataFormat: return e.text("--data-format");
    case Field::Param: return e.text("--param");
    case Field::Select: return e.text("--select");
    case Field::Where: return e.text("--where");
    case Field::AsOf: return e.text("--as-of");
  }
  return e.what();
}

void attach_terminal(service::Session& s) {
  s.on_diagnostics = [](support::DiagnosticEngine& diags) {
    std::cerr << diags.render(support::use_color(support::ColorMode::Auto, STDERR_FILENO));
  };
  s.on_notice = [](const service::Notice& n) { std::cerr << "redline: note: " << n.text() << "\n"; };
}

std::optional<int64_t> parse_as_of(const std::string& text) {
  if (text.empty()) return std::nullopt;
  return service::parse_date_option(text, "--as-of");
}

std::vector<service::DataSource> data_sources(const std::vector<std::string>& specs, const std::string& data_format) {
  service::DataFormat stdin_format = service::DataFormat::FromName;
  if (!data_format.empty() && !service::parse_data_format(data_format, stdin_format))
    throw UsageError(fmt::format("--data-format '{}' is not one of csv, json, jsonl", data_format));
  std::vector<service::DataSource> out;
  for (const std::string& spec : specs) out.push_back(service::parse_data_spec(spec, stdin_format));
  return out;
}

std::vector<std::pair<std::string, std::string>> input_files(const std::string& policy,
                                                             const std::vector<std::string>& amend,
                                                             const std::vector<std::string>& data,
                                                             const std::vector<std::string>& base_amend) {
  std::vector<std::pair<std::string, std::string>> out;
  out.emplace_back(policy, policy);
  for (const auto& m : amend) out.emplace_back(m, "--amend " + m);
  for (const auto& m : base_amend) out.emplace_back(m, "--base-amend " + m);
  for (const auto& spec : data)
    if (auto eq = spec.find('='); eq != std::string::npos && spec.compare(eq + 1, 1, "-") != 0)
      out.emplace_back(service::data_file_of(spec.substr(eq + 1)), "--data " + spec);
  return out;
}

void PolicyFlags::add_policy(CLI::App& cmd) { cmd.add_option("policy", policy, "The policy file")->required(); }

void PolicyFlags::add_amend(CLI::App& cmd, const std::string& help, bool required) {
  auto* option = cmd.add_option("--amend", amend, help);
  if (required) option->required();
}

void PolicyFlags::add_base_amend(CLI::App& cmd, const std::string& help) {
  cmd.add_option("--base-amend", base_amend, help);
}

void PolicyFlags::add_data(CLI::App& cmd, bool standard_input) {
  if (!standard_input) {
    cmd.add_option("--data", data, "ENTITY=PATH: a CSV, JSON or JSON Lines dataset (repeatable)")->required();
    return;
  }
  cmd.add_option("--data", data, "ENTITY=PATH: a CSV, JSON or JSON Lines dataset (repeatable; PATH - is standard input)")
      ->required();
  cmd.add_option("--data-format", data_format, "csv, json or jsonl: the format of --data ENTITY=-");
}

void PolicyFlags::add_param(CLI::App& cmd, const std::string& help) { cmd.add_option("--param", params, help); }

void PolicyFlags::add_as_of(CLI::App& cmd) {
  cmd.add_option("--as-of", as_of, "Evaluate as of this date (YYYY-MM-DD); default today");
}

void PolicyFlags::fill(service::PolicyRequest& request) const {
  request.policy = policy;
  request.amendments = amend;
  request.as_of = parse_as_of(as_of);
  request.data = data_sources(data, data_format);
  request.params = params;
}

void add_csv_safe_flags(CLI::App& cmd, bool& csv_safe) {
  auto* safe = cmd.add_flag_callback(
      "--csv-safe", [&csv_safe] { csv_safe = true; },
      "CSV for spreadsheets (the default): a text cell starting with = + - @, a tab or a carriage return gets a "
      "leading ' so that a spreadsheet does not run it as a formula; plain numbers such as -5 stay as they are");
  cmd.add_flag_callback("--no-csv-safe", [&csv_safe] { csv_safe = false; },
                        "CSV for programs: every cell exactly as it is (json and jsonl always are)")
      ->excludes(safe);
}

}  // namespace redline::cli
