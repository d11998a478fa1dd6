// `redline explain`: why one entity gets the value it gets for one output, clause by clause.
#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/common.h"
#include "runtime/explain.h"
#include "support/terminal.h"

namespace redline::cli {

namespace {

nlohmann::ordered_json to_json(const runtime::ExplainNode& n) {
  nlohmann::ordered_json j;
  j["kind"] = n.kind;
  j["name"] = n.name;
  if (!n.value.empty()) j["value"] = n.value;
  if (!n.citation.empty()) j["citation"] = n.citation;
  if (!n.amended_by.empty()) j["amended_by"] = n.amended_by;
  if (!n.detail.empty()) j["detail"] = n.detail;
  if (!n.where.empty()) j["where"] = n.where;
  if (!n.notes.empty()) j["notes"] = n.notes;
  if (!n.assumptions.empty()) j["assumptions"] = n.assumptions;
  if (!n.children.empty()) {
    j["children"] = nlohmann::ordered_json::array();
    for (auto& c : n.children) j["children"].push_back(to_json(c));
  }
  return j;
}

}  // namespace

Command add_explain(CLI::App& app) {
  auto* cmd = app.add_subcommand("explain", "Show why one entity gets its value for one output, clause by clause");
  struct Options {
    std::string policy;
    std::vector<std::string> amend, data, params;
    std::string id, output_rule, as_of, format = "text", output;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("policy", o->policy, "The policy file")->required();
  cmd->add_option("--amend", o->amend, "A modification to apply (repeatable, applied in order)");
  cmd->add_option("--data", o->data, "ENTITY=PATH: a CSV, JSON or JSON Lines dataset (repeatable)")->required();
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
    int64_t as_of = parse_as_of(o->as_of);
    Session s;
    auto compiled = compile_or_fail(s, o->policy, o->amend, o->as_of.empty() ? std::nullopt : std::optional(as_of));
    const ir::Program& program = compiled->program;
    std::vector<int32_t> rules = select_rules(program, o->output_rule);
    runtime::EvalOptions eo;
    eo.as_of = as_of;
    eo.overrides = parse_params(*compiled, o->params);
    auto tables = load_tables(program, o->data, rules);
    int32_t entity = program.rules[static_cast<size_t>(rules[0])].entity;
    const runtime::Table& t = tables[static_cast<size_t>(entity)];
    auto it = t.key_index.find(o->id);
    if (it == t.key_index.end()) {
      std::string hint;
      if (t.rows <= 100000) {
        std::vector<std::string> keys;
        for (const auto& [k, row] : t.key_index.all()) keys.emplace_back(k);
        hint = support::closest_name(o->id, keys);
      }
      throw UsageError(fmt::format("no {} with key '{}' in the data{}", program.entities[static_cast<size_t>(entity)].name,
                                   support::escape_for_terminal(o->id),
                                   hint.empty() ? "" : fmt::format("; did you mean '{}'?", support::escape_for_terminal(hint))));
    }
    runtime::Results results = runtime::evaluate(program, tables, eo, rules);
    runtime::ExplainOptions xo;
    xo.where = [&s](const support::Location& loc) -> std::string {
      if (!loc.valid()) return "";
      auto lc = s.sources.line_column(loc);
      return fmt::format("{}:{}", s.sources.file(loc.file).path(), lc.line);
    };
    runtime::ExplainNode root = runtime::explain(program, tables, eo, results, rules[0], it->second, xo);
    std::string text = o->format == "json" ? to_json(root).dump(2) + "\n" : runtime::explain_text(root);
    write_output(o->output, text);
    return kExitOk;
  };
}

}  // namespace redline::cli
