// `redline timeline`: one entity's outcomes and obligations over time, with what happened on each
// day and the clause behind each change.
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/common.h"
#include "report/timeline.h"

namespace redline::cli {

Command add_timeline(CLI::App& app) {
  auto* cmd = app.add_subcommand("timeline", "Show one entity's outcomes and obligations over time, day by day");
  struct Options : PolicyFlags {
    std::string id, select, from, to, format = "text", output;
  };
  auto o = std::make_shared<Options>();
  o->add_policy(*cmd);
  o->add_amend(*cmd, "A modification to apply from its effective date (repeatable, applied in order)");
  o->add_data(*cmd);
  cmd->add_option("--id", o->id, "The key of the entity whose timeline to show")->required();
  cmd->add_option("--select", o->select, "Rules to follow, comma-separated (default: the outputs and the obligations with a due date)");
  cmd->add_option("--from", o->from, "The first day (YYYY-MM-DD; default: the entity's first dated fact)");
  cmd->add_option("--to", o->to, "The last day (YYYY-MM-DD; default: the entity's last dated fact)");
  o->add_param(*cmd);
  cmd->add_option("--format", o->format, "text, json or html")->capture_default_str();
  cmd->add_option("-o", o->output, "Write to FILE instead of stdout");
  return [o]() {
    refuse_input_as_output("-o", o->output, o->inputs());
    if (o->format != "text" && o->format != "json" && o->format != "html")
      throw UsageError(fmt::format("--format '{}' is not one of text, json, html", o->format));
    service::TimelineRequest request;
    o->fill(request);
    request.key = o->id;
    request.select = o->select;
    if (!o->from.empty()) request.from = service::parse_date_option(o->from, "--from");
    if (!o->to.empty()) request.to = service::parse_date_option(o->to, "--to");
    service::Session s;
    attach_terminal(s);
    service::TimelineResult t = service::timeline(s, request);
    write_output(o->output, o->format == "json"   ? report::timeline_json(t)
                            : o->format == "html" ? report::timeline_html(t)
                                                  : report::timeline_text(t));
    return kExitOk;
  };
}

}  // namespace redline::cli
