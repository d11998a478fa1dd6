// `redline diff`: the baseline policy and its amended version on the same data; who changes,
// how, and why.
#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/keep_until_exit.h"
#include "report/report.h"
#include "service/compare.h"

namespace redline::cli {

Command add_diff(CLI::App& app) {
  auto* cmd = app.add_subcommand("diff", "Compare a policy with its amended version on the same data");
  struct Options : PolicyFlags {
    std::string select, format = "table", output;
    bool timings = false;
    bool csv_safe = true;
    bool no_compare = false;
  };
  auto o = std::make_shared<Options>();
  o->add_policy(*cmd);
  o->add_amend(*cmd, "The modification(s) to assess, applied in order", /*required=*/true);
  o->add_base_amend(*cmd, "Modifications already in force: applied to both sides, so the diff shows only --amend's effect");
  o->add_data(*cmd);
  o->add_param(*cmd, "NAME=VALUE: override a parameter on both sides (repeatable)");
  o->add_as_of(*cmd);
  cmd->add_option("--select", o->select, "RULE,...: the outputs to compare (default: every output)");
  cmd->add_option("--format", o->format, "table, csv, json, jsonl, markdown or html")->capture_default_str();
  add_csv_safe_flags(*cmd, o->csv_safe);
  cmd->add_option("-o,--output", o->output, "Write to FILE (atomically) instead of stdout");
  cmd->add_flag("--no-compare", o->no_compare,
                "markdown and html: leave out the section from compare (who could change beyond this data)");
  cmd->add_flag("--timings", o->timings, "Print how long each stage took on stderr");
  return [o]() {
    refuse_input_as_output("-o", o->output, o->inputs());
    const std::vector<std::string> formats{"table", "csv", "json", "jsonl", "markdown", "html"};
    if (std::find(formats.begin(), formats.end(), o->format) == formats.end())
      throw UsageError(fmt::format("--format '{}' is not one of table, csv, json, jsonl, markdown, html", o->format));
    Stopwatch watch(o->timings);
    service::DiffRequest request;
    o->fill(request);
    request.base_amendments = o->base_amend;
    request.select = o->select;
    // csv lists the changed values only; the other formats say why each changed.
    request.explain = o->format != "csv";
    request.lap = [&watch](const std::string& stage) { watch.lap(stage); };
    service::Session s;
    attach_terminal(s);
    service::DiffResult result = service::diff(s, request);
    runtime::DiffReport& report = result.report;
    const service::DiffContext& ctx = result.context;
    // The reports for people also say what compare establishes for every input, within a
    // solver budget per call; when it fails, the section says why and the report is written.
    std::optional<service::Beyond> beyond;
    if ((o->format == "html" || o->format == "markdown") && !o->no_compare) {
      beyond = service::beyond(s, request, result);
      watch.lap("compare");
    }
    const service::Beyond* beyond_section = beyond ? &*beyond : nullptr;
    if (o->timings) {
      print_rule_times("baseline", result.before(), result.before_results());
      print_rule_times("amended", result.after(), result.after_results());
    }

    // The text formats are written as they are rendered (each change's cause found as its row
    // is written): an error on the way leaves no part of an -o file.
    std::vector<std::string> text;
    if (o->format == "csv") text = report::diff_csv(report, o->csv_safe);
    else if (o->format == "html")
      text.push_back(report::diff_html(report, ctx, report::kHtmlMaxRows, beyond_section));
    if (!text.empty()) watch.lap("render");
    write_output(o->output, [&](std::ostream& out) {
      if (o->format == "json") report::diff_json(out, report, ctx);
      else if (o->format == "jsonl") report::diff_jsonl(out, report, ctx);
      else if (o->format == "markdown") report::diff_markdown(out, report, ctx, beyond_section);
      else if (o->format == "table") report::diff_table(out, report, ctx);
      for (const std::string& part : text) out << part;
    });
    watch.lap(text.empty() ? "render and write" : "write");
    // Freeing hundreds of megabytes piece by piece would only delay the exit.
    keep_until_exit(std::make_shared<service::DiffResult>(std::move(result)));
    keep_until_exit(std::make_shared<std::vector<std::string>>(std::move(text)));
    return kExitOk;
  };
}

}  // namespace redline::cli
