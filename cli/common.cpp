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

#include "runtime/readers.h"
#include "support/terminal.h"
#include "types/values.h"

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

void Session::flush_diagnostics() {
  std::string text = diags.render(support::use_color(support::ColorMode::Auto, STDERR_FILENO));
  std::cerr << text;
  diags.clear();
}

int64_t parse_as_of(const std::string& text) {
  if (text.empty()) {
    auto now = std::chrono::system_clock::now();
    return std::chrono::duration_cast<std::chrono::days>(now.time_since_epoch()).count();
  }
  int64_t day = 0;
  if (!parse_date(text, day)) throw UsageError(fmt::format("--as-of '{}' is not a date (YYYY-MM-DD)", text));
  return day;
}

std::unique_ptr<driver::Compiled> compile_or_fail(Session& s, const std::string& policy,
                                                  const std::vector<std::string>& amendments,
                                                  std::optional<int64_t> as_of) {
  driver::CompileOptions options;
  options.amendments = amendments;
  options.as_of = as_of;
  auto compiled = driver::compile(s.sources, s.diags, policy, options);
  bool failed = !compiled || s.diags.has_errors();
  s.flush_diagnostics();
  if (failed) throw CompileFailed();
  for (auto& skipped : compiled->skipped)
    std::cerr << fmt::format("redline: note: modification '{}' is not yet in force on the --as-of date; not applied\n",
                             skipped.name);
  return compiled;
}

std::vector<runtime::Table> load_tables(const ir::Program& program, const std::vector<std::string>& data,
                                        const std::vector<int32_t>& rules, const LoadOptions& options) {
  std::map<std::string, std::string> paths;
  for (const auto& spec : data) {
    auto eq = spec.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == spec.size())
      throw UsageError(fmt::format("--data '{}' should be ENTITY=PATH", spec));
    std::string entity = spec.substr(0, eq);
    if (program.entity_index(entity) < 0) {
      std::vector<std::string> names;
      for (auto& e : program.entities) names.push_back(e.name);
      std::string hint = support::closest_name(entity, names);
      throw UsageError(fmt::format("--data names an unknown entity '{}'{}", entity,
                                   hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint)));
    }
    if (!paths.emplace(entity, spec.substr(eq + 1)).second)
      throw UsageError(fmt::format("--data is given twice for entity '{}'", entity));
  }
  // The fields read, by entity and field, when pruning: a field nothing reads costs no memory.
  std::vector<std::vector<uint8_t>> read(program.entities.size());
  if (options.prune_fields) {
    for (size_t e = 0; e < program.entities.size(); ++e) read[e].assign(program.entities[e].fields.size(), 0);
    const auto mark_reads = [&](const ir::Program& p, const std::vector<int32_t>& of) {
      for (int32_t r : runtime::closure(p, of)) {
        ir::visit_rule(p.rules[static_cast<size_t>(r)], [&](const ir::Expr& x) {
          if (x.op != ir::Op::Field || x.entity < 0 || static_cast<size_t>(x.entity) >= p.entities.size()) return;
          const ir::Entity& pe = p.entities[static_cast<size_t>(x.entity)];
          if (x.index < 0 || static_cast<size_t>(x.index) >= pe.fields.size()) return;
          const int32_t e = &p == &program ? x.entity : program.entity_index(pe.name);
          if (e < 0) return;
          const ir::Entity& ent = program.entities[static_cast<size_t>(e)];
          const std::string& field = pe.fields[static_cast<size_t>(x.index)].name;
          for (size_t f = 0; f < ent.fields.size(); ++f)
            if (ent.fields[f].name == field) read[static_cast<size_t>(e)][f] = 1;
        });
      }
    };
    mark_reads(program, rules);
    if (options.also_program != nullptr) mark_reads(*options.also_program, options.also_rules);
  }
  // The entities needed: those of the rules, and every entity they reach by reference or aggregate.
  // (After the fields read, which decide which references are followed.)
  std::vector<uint8_t> needed(program.entities.size(), 0);
  std::vector<int32_t> stack;
  for (int32_t r : runtime::closure(program, rules)) {
    stack.push_back(program.rules[static_cast<size_t>(r)].entity);
    ir::visit_rule(program.rules[static_cast<size_t>(r)], [&](const ir::Expr& e) {
      if (e.op == ir::Op::Aggregate || e.op == ir::Op::Field) stack.push_back(e.entity);
    });
  }
  while (!stack.empty()) {
    int32_t e = stack.back();
    stack.pop_back();
    if (e < 0 || needed[static_cast<size_t>(e)]) continue;
    needed[static_cast<size_t>(e)] = 1;
    // A reference field needs the entity it refers to, to be resolved; when pruning, only the
    // fields read are kept, so only those need it.
    const auto& fields = program.entities[static_cast<size_t>(e)].fields;
    for (size_t f = 0; f < fields.size(); ++f)
      if (fields[f].type.kind == TypeKind::Entity && (!options.prune_fields || read[static_cast<size_t>(e)][f]))
        stack.push_back(fields[f].type.index);
  }
  std::vector<runtime::Table> tables(program.entities.size());
  for (size_t e = 0; e < program.entities.size(); ++e) {
    tables[e].entity = static_cast<int32_t>(e);
    auto it = paths.find(program.entities[e].name);
    if (it == paths.end()) {
      if (needed[e])
        throw UsageError(fmt::format("no data for entity '{}': pass --data {}=PATH", program.entities[e].name,
                                     program.entities[e].name));
      continue;
    }
    runtime::ReadOptions read_options;
    read_options.fields = read[e];  // empty unless pruning: every field
    tables[e] = runtime::read_table(program, static_cast<int32_t>(e), it->second, read_options);
  }
  // A reference nothing reads is still checked when the data it refers to is loaded.
  std::vector<std::vector<uint8_t>> resolve = read;
  for (size_t e = 0; e < resolve.size(); ++e)
    for (size_t f = 0; f < resolve[e].size(); ++f) {
      const ir::Field& field = program.entities[e].fields[f];
      if (field.type.kind == TypeKind::Entity && paths.count(program.entities[static_cast<size_t>(field.type.index)].name))
        resolve[e][f] = 1;
    }
  runtime::resolve_references(program, tables, options.prune_fields ? &resolve : nullptr);
  if (options.prune_fields)
    for (runtime::Table& t : tables)
      if (t.entity >= 0) t.compact(program.entities[static_cast<size_t>(t.entity)], /*keep_index=*/false);
  return tables;
}

std::vector<runtime::ParamOverride> parse_params(const driver::Compiled& c, const std::vector<std::string>& params) {
  std::vector<runtime::ParamOverride> out;
  for (const auto& spec : params) {
    auto eq = spec.find('=');
    if (eq == std::string::npos || eq == 0) throw UsageError(fmt::format("--param '{}' should be NAME=VALUE", spec));
    std::string name = spec.substr(0, eq);
    int32_t index = c.program.param_index(name);
    if (index < 0) {
      std::vector<std::string> names;
      for (auto& p : c.program.params) names.push_back(p.name);
      std::string hint = support::closest_name(name, names);
      throw UsageError(fmt::format("--param names an unknown parameter '{}'{}", name,
                                   hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint)));
    }
    sema::Constant value;
    std::string error;
    if (!sema::parse_constant(c.analysis, c.program.params[static_cast<size_t>(index)].type, spec.substr(eq + 1), value,
                              error))
      throw UsageError(fmt::format("--param {}: {}", name, error));
    out.push_back({index, value.value, value.text});
  }
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
    if (auto eq = spec.find('='); eq != std::string::npos) out.emplace_back(spec.substr(eq + 1), "--data " + spec);
  return out;
}

std::vector<std::string> selected_names(const std::string& select) {
  std::vector<std::string> names;
  size_t start = 0;
  while (start <= select.size()) {
    const size_t comma = select.find(',', start);
    std::string name = select.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    start = comma == std::string::npos ? select.size() + 1 : comma + 1;
    if (!name.empty()) names.push_back(std::move(name));
  }
  return names;
}

std::vector<int32_t> select_rules(const ir::Program& program, const std::string& select, bool several_entities) {
  std::vector<int32_t> out;
  if (select.empty()) {
    for (size_t i = 0; i < program.rules.size(); ++i)
      if (program.rules[i].output) out.push_back(static_cast<int32_t>(i));
    if (out.empty()) throw UsageError("the policy marks no rule as 'output'; choose rules with --select");
  } else {
    for (const std::string& name : selected_names(select)) {
      int32_t r = program.rule_index(name);
      if (r < 0) {
        std::vector<std::string> names;
        for (auto& rule : program.rules) names.push_back(rule.name);
        std::string hint = support::closest_name(name, names);
        throw UsageError(fmt::format("--select names an unknown rule '{}'{}", name,
                                     hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint)));
      }
      out.push_back(r);
    }
    if (out.empty()) throw UsageError("--select names no rule");
  }
  if (several_entities) return out;
  int32_t entity = program.rules[static_cast<size_t>(out[0])].entity;
  for (int32_t r : out)
    if (program.rules[static_cast<size_t>(r)].entity != entity)
      throw UsageError(fmt::format("rules '{}' and '{}' are over different entities; select rules of one entity",
                                   program.rules[static_cast<size_t>(out[0])].name,
                                   program.rules[static_cast<size_t>(r)].name));
  return out;
}

runtime::Column keys_of_references(const ir::Program& program, const std::vector<runtime::Table>& tables,
                                   const runtime::Column& refs, std::deque<std::string>& storage) {
  runtime::Column out;
  out.type = Type{TypeKind::Text, refs.type.optional, -1};
  const ir::Entity& e = program.entities[static_cast<size_t>(refs.type.index)];
  const runtime::Table& t = tables[static_cast<size_t>(refs.type.index)];
  const runtime::Column& keys = t.key_column(e);
  out.present = refs.present;
  out.texts.assign(refs.values.size(), std::string_view());
  // Text keys stay alive in the table; int keys are printed into the caller's storage.
  for (size_t i = 0; i < refs.values.size(); ++i) {
    if (!refs.is_present(i)) continue;
    size_t row = static_cast<size_t>(refs.values[i]);
    if (keys.type.kind == TypeKind::Text) out.texts[i] = keys.texts[row];
    else out.texts[i] = storage.emplace_back(std::to_string(keys.values[row]));
  }
  return out;
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
