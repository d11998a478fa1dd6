// `redline explain`: why one entity gets the value it gets for one output, clause by clause.
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/common.h"
#include "report/explain.h"

namespace redline::cli {

Command add_explain(CLI::App& app) {
  auto* cmd = app.add_subcommand("explain", "Show why one entity gets its value for one output, clause by clause");
  struct Options : PolicyFlags {
    std::string id, output_rule, format = "text", output;
  };
  auto o = std::make_shared<Options>();
  o->add_policy(*cmd);
  o->add_amend(*cmd, "A modification to apply (repeatable, applied in order)");
  o->add_data(*cmd);
  cmd->add_option("--id", o->id, "The key of the entity to explain")->required();
  cmd->add_option("--output", o->output_rule, "The rule (output) to explain")->required();
  o->add_param(*cmd);
  o->add_as_of(*cmd);
  cmd->add_option("--format", o->format, "text or json")->capture_default_str();
  cmd->add_option("-o", o->output, "Write to FILE instead of stdout");
  return [o]() {
    refuse_input_as_output("-o", o->output, o->inputs());
    if (o->format != "text" && o->format != "json")
      throw UsageError(fmt::format("--format '{}' is not one of text, json", o->format));
    service::ExplainRequest request;
    o->fill(request);
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
