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
  cmd->add_option("-o,--output", o->output, "Write to FILE (atomically) instead of stdout; {entity} in FILE: one file per entity");
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
    // A report compares the outputs of one entity: outputs over several make a section each,
    // one after another (table, markdown, jsonl, csv under one header) or a file each.
    const bool per_file = o->output.find("{entity}") != std::string::npos;
    const std::vector<service::DiffSection> sections = service::diff_sections(s, request);
    if (sections.size() > 1 && !per_file && (o->format == "json" || o->format == "html")) {
      std::string names;
      for (const auto& section : sections) names += (names.empty() ? "" : ", ") + section.entity;
      throw UsageError(fmt::format("the outputs compared are over {} entities ({}) and --format {} reports on one entity "
                                   "per file: write one file each with -o 'diff-{{entity}}.{}', or --select the outputs of one entity",
                                   sections.size(), names, o->format, o->format));
    }
    struct Part {
      std::string entity;
      std::shared_ptr<service::DiffResult> result;
      std::optional<service::Beyond> beyond;
      std::vector<std::string> text;
    };
    std::vector<Part> parts;
    // The reports for people also say what compare establishes for every input, within a
    // solver budget per call; when it fails, the section says why and the report is written.
    // For one section, the solver starts now, beside the reading and evaluating of the data.
    const bool with_beyond = (o->format == "html" || o->format == "markdown") && !o->no_compare;
    std::optional<service::BeyondInBackground> early;
    if (with_beyond && sections.size() == 1) {
      service::DiffRequest section_request = request;
      section_request.select = sections.front().select;
      if (service::BeyondInBackground::possible(section_request)) early.emplace(section_request);
    }
    for (service::SectionDiff& section : service::diff_each_section(s, request, sections)) {
      Part part{section.entity, std::move(section.result), std::nullopt, {}};
      const runtime::DiffReport& report = part.result->report;
      const service::DiffContext& ctx = part.result->context;
      if (with_beyond) {
        part.beyond = early ? early->finish(*part.result) : service::beyond(s, section.request, *part.result);
        watch.lap("compare");
      }
      if (o->timings) {
        print_rule_times("baseline", part.result->before(), part.result->before_results());
        print_rule_times("amended", part.result->after(), part.result->after_results());
      }
      // The text formats are written as they are rendered (each change's cause found as its
      // row is written): an error on the way leaves no part of an -o file.
      if (o->format == "csv") {
        part.text = report::diff_csv(report, o->csv_safe);
        if (!parts.empty() && !per_file) part.text.erase(part.text.begin());  // one header
      } else if (o->format == "html") {
        part.text.push_back(report::diff_html(report, ctx, report::kHtmlMaxRows, part.beyond ? &*part.beyond : nullptr));
      }
      if (!part.text.empty()) watch.lap("render");
      parts.push_back(std::move(part));
    }
    const auto write_part = [&](std::ostream& out, const Part& part) {
      const runtime::DiffReport& report = part.result->report;
      const service::DiffContext& ctx = part.result->context;
      if (o->format == "json") report::diff_json(out, report, ctx);
      else if (o->format == "jsonl") report::diff_jsonl(out, report, ctx);
      else if (o->format == "markdown") report::diff_markdown(out, report, ctx, part.beyond ? &*part.beyond : nullptr);
      else if (o->format == "table") report::diff_table(out, report, ctx);
      for (const std::string& piece : part.text) out << piece;
    };
    if (per_file) {
      std::vector<std::string> entities;
      for (const Part& part : parts) entities.push_back(part.entity);
      write_outputs_per_entity(o->output, entities, o->inputs(), [&](std::ostream& out, size_t k) { write_part(out, parts[k]); });
    } else {
      write_output(o->output, [&](std::ostream& out) {
        for (size_t k = 0; k < parts.size(); ++k) {
          // Sections for people are set apart by a blank line; csv and jsonl rows just go on.
          if (k > 0 && (o->format == "table" || o->format == "markdown")) out << "\n";
          write_part(out, parts[k]);
        }
      });
    }
    watch.lap("write");
    // Freeing hundreds of megabytes piece by piece would only delay the exit.
    for (Part& part : parts) {
      keep_until_exit(part.result);
      keep_until_exit(std::make_shared<std::vector<std::string>>(std::move(part.text)));
    }
    return kExitOk;
  };
}

}  // namespace redline::cli
