// `redline run`: evaluate the outputs of a policy (optionally amended) over datasets.
#include <memory>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/common.h"
#include "report/run.h"

namespace redline::cli {

Command add_run(CLI::App& app) {
  auto* cmd = app.add_subcommand("run", "Evaluate a policy's outputs over data, one row per entity");
  struct Options : PolicyFlags {
    std::string select, format = "table", output;
    bool csv_safe = true;
  };
  auto o = std::make_shared<Options>();
  o->add_policy(*cmd);
  o->add_amend(*cmd, "A modification to apply (repeatable, applied in order)");
  o->add_data(*cmd);
  o->add_param(*cmd);
  o->add_as_of(*cmd);
  cmd->add_option("--select", o->select, "RULE,...: the rules to print (default: the outputs)");
  cmd->add_option("--format", o->format, "table, csv, json or jsonl")->capture_default_str();
  add_csv_safe_flags(*cmd, o->csv_safe);
  cmd->add_option("-o,--output", o->output, "Write to FILE (atomically) instead of stdout");
  return [o]() {
    refuse_input_as_output("-o", o->output, o->inputs());
    runtime::OutputFormat format;
    if (!runtime::parse_output_format(o->format, format))
      throw UsageError(fmt::format("--format '{}' is not one of table, csv, json, jsonl", o->format));
    service::RunRequest request;
    o->fill(request);
    request.select = o->select;
    const bool per_file = o->output.find("{entity}") != std::string::npos;
    request.one_table = format == runtime::OutputFormat::Csv && !per_file;
    service::Session s;
    attach_terminal(s);
    service::RunResult result = service::run(s, request);
    const runtime::WriteOptions options{.csv_safe = o->csv_safe, .jsonl_entity = ""};
    if (per_file) {
      std::vector<std::string> entities;
      for (const auto& section : result.sections)
        entities.push_back(result.program().entities[static_cast<size_t>(section.entity)].name);
      write_outputs_per_entity(o->output, entities, o->inputs(), [&](std::ostream& out, size_t k) {
        report::write_run_section(out, format, result, k, options);
      });
      return kExitOk;
    }
    write_output(o->output, [&](std::ostream& out) { report::write_run(out, format, result, options); });
    return kExitOk;
  };
}

}  // namespace redline::cli
