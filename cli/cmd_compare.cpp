// `redline compare`: what an amendment changes for every input, not only a dataset's: per
// output, unchanged (proved), the regions where it changes (each with a witness), or undecided.
#include <algorithm>
#include <filesystem>
#include <map>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include "service/atomic_file.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "report/compare.h"
#include "service/compare.h"
#include "types/values.h"

namespace redline::cli {
namespace {

// Each region's witness in DIR/<output>/<k>/<Entity>.csv, and DIR/predicted.csv: the change
// `redline diff` on that data must show for the witness's subject.
void write_witnesses(const std::string& dir, const service::CompareResult& res) {
  std::filesystem::create_directories(dir);
  std::string predicted = "dir,key,output,before,after\n";
  for (const auto& oc : res.comparison.outputs)
    for (size_t k = 0; k < oc.regions.size(); ++k) {
      const auto& w = oc.regions[k].witness;
      const std::string sub = oc.output + "/" + std::to_string(k + 1);
      std::filesystem::create_directories(std::filesystem::path(dir) / sub);
      for (const auto& t : w.tables)
        write_output((std::filesystem::path(dir) / sub / (t.entity + ".csv")).string(), service::witness_csv(t));
      auto value = [](const std::string& v) { return v == "none" ? std::string() : v; };
      predicted += fmt::format("{},{},{},{},{}\n", sub, w.subject_key, oc.output, value(w.before), value(w.after));
    }
  write_output((std::filesystem::path(dir) / "predicted.csv").string(), predicted);
}

}  // namespace

Command add_compare(CLI::App& app) {
  auto* cmd = app.add_subcommand("compare", "What an amendment changes for every input, proved with Z3, with witnesses");
  struct Options {
    std::vector<std::string> amend, base_amend, against, params;
    std::string policy, as_of, select, where, direction = "any", format = "text", output, witnesses;
    int rows = 3, max_regions = 32;
    unsigned rlimit = analysis::kDefaultRlimit;
    unsigned timeout = 0;
    bool no_verify = false;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("policy", o->policy, "The policy file")->required();
  cmd->add_option("--amend", o->amend, "The modification(s) to assess, applied in order")->required();
  cmd->add_option("--base-amend", o->base_amend, "Modifications already in force: applied to both sides");
  cmd->add_option("--against", o->against,
                  "Another draft of the same change: compare the policy with --amend to the policy with this instead");
  cmd->add_option("--param", o->params, "NAME=VALUE: override a parameter on both sides, at every date (repeatable)");
  cmd->add_option("--select", o->select, "RULE,...: the outputs to compare (default: every output)");
  cmd->add_option("--as-of", o->as_of, "Parameters and modifications in force on this date (YYYY-MM-DD); default today");
  cmd->add_option("--where", o->where, "EXPR: only inputs where this condition over the entity (its first letter, e.g. p) holds");
  cmd->add_option("--direction", o->direction, "any, raise or lower: only changes that raise or lower an ordered output")
      ->capture_default_str();
  cmd->add_option("--format", o->format, "text, json or markdown")->capture_default_str();
  cmd->add_option("--witnesses", o->witnesses, "DIR: write each region's witness as data (DIR/OUTPUT/N/ENTITY.csv)");
  cmd->add_option("--rows", o->rows, "Rows per entity in the bounded search for witnesses")->capture_default_str();
  cmd->add_option("--max-regions", o->max_regions, "Stop after this many regions per output")->capture_default_str();
  cmd->add_option("--rlimit", o->rlimit,
                  "Z3 resource units per solver call before the output is undecided (deterministic: the same answer "
                  "on any machine; 0: no limit)")
      ->capture_default_str();
  cmd->add_option("--timeout", o->timeout,
                  "Seconds per solver call before the output is undecided, a safety net on top of --rlimit (0: none)")
      ->capture_default_str();
  cmd->add_flag("--no-verify", o->no_verify, "Do not run each witness through diff");
  cmd->add_option("-o,--output", o->output, "Write to FILE (atomically) instead of stdout");
  return [o]() {
    std::vector<std::string> base_and_against = o->base_amend;
    base_and_against.insert(base_and_against.end(), o->against.begin(), o->against.end());
    refuse_input_as_output("-o", o->output, input_files(o->policy, o->amend, {}, base_and_against));
    const std::vector<std::string> formats{"text", "json", "markdown"};
    if (std::find(formats.begin(), formats.end(), o->format) == formats.end())
      throw UsageError(fmt::format("--format '{}' is not one of text, json, markdown", o->format));
    service::CompareRequest request;
    request.policy = o->policy;
    request.amendments = o->amend;
    request.base_amendments = o->base_amend;
    request.against = o->against;
    request.as_of = parse_as_of(o->as_of);
    request.params = o->params;
    request.select = o->select;
    request.where = o->where;
    if (o->direction == "raise") request.direction = analysis::CompareOptions::Direction::Raise;
    else if (o->direction == "lower") request.direction = analysis::CompareOptions::Direction::Lower;
    else if (o->direction != "any") throw UsageError(fmt::format("--direction '{}' is not one of any, raise, lower", o->direction));
    if (o->rows < 2 || o->rows > 8) throw UsageError("--rows must be between 2 and 8");
    if (o->max_regions < 1) throw UsageError("--max-regions must be at least 1");
    request.rows = o->rows;
    request.max_regions = o->max_regions;
    request.rlimit = o->rlimit;
    request.timeout_ms = o->timeout * 1000;
    request.verify = !o->no_verify;
    service::Session s;
    attach_terminal(s);
    service::CompareResult result = service::compare(s, request);
    std::string question = o->against.empty()
                               ? fmt::format("compare: what {} changes", report::amendment_names(result.context.amendments))
                               : fmt::format("compare: is {} equivalent to {}", fmt::join(o->amend, ", "), fmt::join(o->against, ", "));
    if (!o->where.empty()) question += fmt::format(" where {}", o->where);
    if (o->direction != "any") question += fmt::format(" (only what it can {})", o->direction);
    for (const auto& param : o->params) question += fmt::format(" with --param {}", param);
    if (!o->witnesses.empty()) write_witnesses(o->witnesses, result);
    write_output(o->output, [&](std::ostream& out) {
      if (o->format == "json") report::compare_json(out, result);
      else report::compare_text(out, result, o->format == "markdown", question);
    });
    return kExitOk;
  };
}

}  // namespace redline::cli
