// `redline explain`: why one entity gets the value it gets for one output, clause by clause.
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/common.h"
#include "report/explain.h"

namespace redline::cli {

Command add_explain(CLI::App& app) {
  auto* cmd = app.add_subcommand("explain", "Show why one entity gets its value for one output, clause by clause");
  struct Options {
    std::string policy;
    std::vector<std::string> amend, data, params;
    std::string id, output_rule, as_of, format = "text", output, data_format;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("policy", o->policy, "The policy file")->required();
  cmd->add_option("--amend", o->amend, "A modification to apply (repeatable, applied in order)");
  cmd->add_option("--data", o->data, "ENTITY=PATH: a CSV, JSON or JSON Lines dataset (repeatable; PATH - is standard input)")->required();
  cmd->add_option("--data-format", o->data_format, "csv, json or jsonl: the format of --data ENTITY=-");
  cmd->add_option("--id", o->id, "The key of the entity to explain")->required();
  cmd->add_option("--output", o->output_rule, "The rule (output) to explain")->required();
  cmd->add_option("--param", o->params, "NAME=VALUE: override a parameter (repeatable)");
  cmd->add_option("--as-of", o->as_of, "Evaluate as of this date (YYYY-MM-DD); default today");
  cmd->add_option("--format", o->format, "text or json")->capture_default_str();
  cmd->add_option("-o", o->output, "Write to FILE instead of stdout");
  return [o]() {
    refuse_input_as_output("-o", o->output, input_files(o->policy, o->amend, o->data));
    if (o->format != "text" && o->format != "json")
      throw UsageError(fmt::format("--format '{}' is not one of text, json", o->format));
    service::ExplainRequest request;
    request.policy = o->policy;
    request.amendments = o->amend;
    request.as_of = parse_as_of(o->as_of);
    request.data = data_sources(o->data, o->data_format);
    request.params = o->params;
    request.key = o->id;
    request.output = o->output_rule;
    service::Session s;
    attach_terminal(s);
    runtime::ExplainNode root = service::explain(s, request);
    write_output(o->output, o->format == "json" ? report::explain_json(root) : runtime::explain_text(root));
    return kExitOk;
  };
}

}  // namespace redline::cli
