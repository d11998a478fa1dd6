// `redline graph`: the rule graph as Graphviz dot or JSON: rules, what they read, their clauses.
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/common.h"
#include "report/graph.h"

namespace redline::cli {

Command add_graph(CLI::App& app) {
  auto* cmd = app.add_subcommand("graph", "Print the rule graph (what each rule reads) as dot or json");
  struct Options {
    std::string policy;
    std::vector<std::string> amend;
    std::string format = "dot", output;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("policy", o->policy, "The policy file")->required();
  cmd->add_option("--amend", o->amend, "A modification to apply (repeatable)");
  cmd->add_option("--format", o->format, "dot or json")->capture_default_str();
  cmd->add_option("-o,--output", o->output, "Write to FILE instead of stdout");
  return [o]() {
    refuse_input_as_output("-o", o->output, input_files(o->policy, o->amend, {}));
    if (o->format != "dot" && o->format != "json")
      throw UsageError(fmt::format("--format '{}' is not one of dot, json", o->format));
    service::Session s;
    attach_terminal(s);
    service::Graph g = service::graph(s, {o->policy, o->amend});
    write_output(o->output, o->format == "json" ? report::graph_json(g) : report::graph_dot(g));
    return kExitOk;
  };
}

}  // namespace redline::cli
