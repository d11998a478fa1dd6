// `redline run`: evaluate the outputs of a policy (optionally amended) over datasets.
#include <algorithm>
#include <deque>
#include <memory>
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
    std::vector<int32_t> rules = select_rules(program, o->select, /*several_entities=*/true);
    // The rules by entity, in the order their first rule comes.
    std::vector<std::pair<int32_t, std::vector<int32_t>>> sections;
    for (int32_t r : rules) {
      const int32_t entity = program.rules[static_cast<size_t>(r)].entity;
      auto it = std::find_if(sections.begin(), sections.end(), [&](const auto& x) { return x.first == entity; });
      if (it == sections.end()) it = sections.insert(sections.end(), {entity, {}});
      it->second.push_back(r);
    }
    const bool per_file = o->output.find("{entity}") != std::string::npos;
    if (sections.size() > 1 && format == runtime::OutputFormat::Csv && !per_file) {
      std::string names;
      for (const auto& [entity, of] : sections)
        names += (names.empty() ? "" : ", ") + program.entities[static_cast<size_t>(entity)].name;
      throw UsageError(fmt::format(
          "the rules are over {} entities ({}) and a CSV file holds one table: give -o a name with {{entity}} "
          "(e.g. -o out-{{entity}}.csv, one file per entity) or --select the rules of one entity",
          sections.size(), names));
    }
    runtime::EvalOptions eo;
    eo.as_of = as_of;
    eo.overrides = parse_params(*compiled, o->params);
    // Only the key and the rules' results are written: other fields are checked, not kept, and
    // a column no later rule reads goes as soon as it is read. Only the data the rules read is
    // asked for.
    auto tables = load_tables(program, o->data, rules, LoadOptions{.prune_fields = true, .also_program = nullptr, .also_rules = {}});
    eo.release_unneeded = true;
    runtime::Results results = runtime::evaluate(program, tables, eo, rules);
    std::deque<runtime::Column> converted;
    std::deque<std::string> storage;
    // One entity's table, in the format's own shape.
    auto write_section = [&](std::ostream& out, runtime::OutputFormat as, int32_t entity, const std::vector<int32_t>& of,
                             const std::string& jsonl_entity = "") {
      const ir::Entity& e = program.entities[static_cast<size_t>(entity)];
      const runtime::Table& t = tables[static_cast<size_t>(entity)];
      std::vector<runtime::NamedColumn> columns;
      for (int32_t r : of) {
        const runtime::Column* c = results.columns[static_cast<size_t>(r)].get();
        if (c->type.kind == TypeKind::Entity) c = &converted.emplace_back(keys_of_references(program, tables, *c, storage));
        columns.push_back({program.rules[static_cast<size_t>(r)].name, c});
      }
      runtime::write_results(out, as, program, e.fields[static_cast<size_t>(e.key_field)].name, t.key_column(e), columns,
                             t.rows, runtime::WriteOptions{.csv_safe = o->csv_safe, .jsonl_entity = jsonl_entity});
    };
    if (per_file) {
      // Every file is written before any replaces its target: a failure leaves them all as they were.
      std::vector<std::unique_ptr<AtomicFile>> files;
      for (const auto& [entity, of] : sections) {
        std::string path = o->output;
        const std::string& name = program.entities[static_cast<size_t>(entity)].name;
        for (size_t at; (at = path.find("{entity}")) != std::string::npos;) path.replace(at, 8, name);
        refuse_input_as_output("-o", path, input_files(o->policy, o->amend, o->data));
        files.push_back(std::make_unique<AtomicFile>(path));
        write_section(files.back()->stream(), format, entity, of);
      }
      for (auto& file : files) file->commit();
      return kExitOk;
    }
    write_output(o->output, [&](std::ostream& out) {
      if (sections.size() == 1) return write_section(out, format, sections[0].first, sections[0].second);
      // Several entities in one stream: table, a titled section each; json, an object with an
      // array per entity; jsonl, each line naming its entity first.
      if (format == runtime::OutputFormat::Json) out << "{\n";
      for (size_t k = 0; k < sections.size(); ++k) {
        const auto& [entity, of] = sections[k];
        const std::string& name = program.entities[static_cast<size_t>(entity)].name;
        if (format == runtime::OutputFormat::Table) {
          out << (k ? "\n" : "") << name << ":\n";
          write_section(out, format, entity, of);
        } else if (format == runtime::OutputFormat::Json) {
          std::ostringstream section;
          write_section(section, format, entity, of);
          std::string text = section.str();
          while (!text.empty() && text.back() == '\n') text.pop_back();
          std::string quoted;
          runtime::append_json_string(quoted, name);
          out << quoted << ": " << text << (k + 1 < sections.size() ? ",\n" : "\n");
        } else {  // jsonl
          write_section(out, format, entity, of, name);
        }
      }
      if (format == runtime::OutputFormat::Json) out << "}\n";
    });
    return kExitOk;
  };
}

}  // namespace redline::cli
