// `redline run`: evaluate the outputs of a policy (optionally amended) over datasets.
#include <memory>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/common.h"
#include "report/run.h"

namespace redline::cli {

Command add_run(CLI::App& app) {
  auto* cmd = app.add_subcommand("run", "Evaluate a policy's outputs over data, one row per entity");
  struct Options {
    std::string policy;
    std::vector<std::string> amend, data, params;
    std::string as_of, select, format = "table", output, data_format;
    bool csv_safe = true;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("policy", o->policy, "The policy file")->required();
  cmd->add_option("--amend", o->amend, "A modification to apply (repeatable, applied in order)");
  cmd->add_option("--data", o->data, "ENTITY=PATH: a CSV, JSON or JSON Lines dataset (repeatable; PATH - is standard input)")->required();
  cmd->add_option("--data-format", o->data_format, "csv, json or jsonl: the format of --data ENTITY=-");
  cmd->add_option("--param", o->params, "NAME=VALUE: override a parameter (repeatable)");
  cmd->add_option("--as-of", o->as_of, "Evaluate as of this date (YYYY-MM-DD); default today");
  cmd->add_option("--select", o->select, "RULE,...: the rules to print (default: the outputs)");
  cmd->add_option("--format", o->format, "table, csv, json or jsonl")->capture_default_str();
  add_csv_safe_flags(*cmd, o->csv_safe);
  cmd->add_option("-o,--output", o->output, "Write to FILE (atomically) instead of stdout");
  return [o]() {
    refuse_input_as_output("-o", o->output, input_files(o->policy, o->amend, o->data));
    runtime::OutputFormat format;
    if (!runtime::parse_output_format(o->format, format))
      throw UsageError(fmt::format("--format '{}' is not one of table, csv, json, jsonl", o->format));
    service::RunRequest request;
    request.policy = o->policy;
    request.amendments = o->amend;
    request.as_of = parse_as_of(o->as_of);
    request.data = data_sources(o->data, o->data_format);
    request.params = o->params;
    request.select = o->select;
    const bool per_file = o->output.find("{entity}") != std::string::npos;
    request.one_table = format == runtime::OutputFormat::Csv && !per_file;
    service::Session s;
    attach_terminal(s);
    service::RunResult result = service::run(s, request);
    const runtime::WriteOptions options{.csv_safe = o->csv_safe, .jsonl_entity = ""};
    if (per_file) {
      // Every file is written before any replaces its target: a failure leaves them all as they were.
      std::vector<std::unique_ptr<AtomicFile>> files;
      for (size_t k = 0; k < result.sections.size(); ++k) {
        std::string path = o->output;
        const std::string& name = result.program().entities[static_cast<size_t>(result.sections[k].entity)].name;
        for (size_t at; (at = path.find("{entity}")) != std::string::npos;) path.replace(at, 8, name);
        refuse_input_as_output("-o", path, input_files(o->policy, o->amend, o->data));
        files.push_back(std::make_unique<AtomicFile>(path));
        report::write_run_section(files.back()->stream(), format, result, k, options);
      }
      for (auto& file : files) file->commit();
      return kExitOk;
    }
    write_output(o->output, [&](std::ostream& out) { report::write_run(out, format, result, options); });
    return kExitOk;
  };
}

}  // namespace redline::cli
