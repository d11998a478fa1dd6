// `redline run`: evaluate the outputs of a policy (optionally amended) over datasets.
#include <deque>
#include <sstream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/common.h"

namespace redline::cli {

Command add_run(CLI::App& app) {
  auto* cmd = app.add_subcommand("run", "Evaluate a policy's outputs over data, one row per entity");
  struct Options {
    std::string policy;
    std::vector<std::string> amend, data, params;
    std::string as_of, select, format = "table", output;
    bool csv_safe = true;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("policy", o->policy, "The policy file")->required();
  cmd->add_option("--amend", o->amend, "A modification to apply (repeatable, applied in order)");
  cmd->add_option("--data", o->data, "ENTITY=PATH: a CSV, JSON or JSON Lines dataset (repeatable)")->required();
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
    int64_t as_of = parse_as_of(o->as_of);
    Session s;
    auto compiled = compile_or_fail(s, o->policy, o->amend, o->as_of.empty() ? std::nullopt : std::optional(as_of));
    const ir::Program& program = compiled->program;
    std::vector<int32_t> rules = select_rules(program, o->select);
    runtime::EvalOptions eo;
    eo.as_of = as_of;
    eo.overrides = parse_params(*compiled, o->params);
    // Only the key and the rules' results are written: other fields are checked, not kept, and
    // a column no later rule reads goes as soon as it is read.
    auto tables = load_tables(program, o->data, rules, LoadOptions{.prune_fields = true, .also_program = nullptr, .also_rules = {}});
    eo.release_unneeded = true;
    runtime::Results results = runtime::evaluate(program, tables, eo, rules);
    int32_t entity = program.rules[static_cast<size_t>(rules[0])].entity;
    const ir::Entity& e = program.entities[static_cast<size_t>(entity)];
    const runtime::Table& t = tables[static_cast<size_t>(entity)];
    std::deque<runtime::Column> converted;
    std::deque<std::string> storage;
    std::vector<runtime::NamedColumn> columns;
    for (int32_t r : rules) {
      const runtime::Column* c = results.columns[static_cast<size_t>(r)].get();
      if (c->type.kind == TypeKind::Entity) c = &converted.emplace_back(keys_of_references(program, tables, *c, storage));
      columns.push_back({program.rules[static_cast<size_t>(r)].name, c});
    }
    const runtime::Column* keys = &t.key_column(e);
    write_output(o->output, [&](std::ostream& out) {
      runtime::write_results(out, format, program, e.fields[static_cast<size_t>(e.key_field)].name, *keys, columns, t.rows,
                             runtime::WriteOptions{.csv_safe = o->csv_safe});
    });
    return kExitOk;
  };
}

}  // namespace redline::cli
