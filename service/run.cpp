#include "service/run.h"

#include <algorithm>

#include <fmt/format.h>

namespace redline::service {

RunResult run(Session& s, const RunRequest& request) {
  RunResult out;
  const int64_t as_of = request.as_of ? *request.as_of : parse_date_option("");
  out.compiled = compile(s, request.policy, request.amendments, request.as_of);
  const ir::Program& program = out.compiled->program;
  std::vector<int32_t> rules = select_rules(program, request.select, /*several_entities=*/true);
  if (request.only_with_data) rules = rules_with_data(program, request.data, rules);
  for (int32_t r : rules) {
    const int32_t entity = program.rules[static_cast<size_t>(r)].entity;
    auto it = std::find_if(out.sections.begin(), out.sections.end(), [&](const auto& x) { return x.entity == entity; });
    if (it == out.sections.end()) it = out.sections.insert(out.sections.end(), {entity, {}});
    it->rules.push_back(r);
  }
  if (out.sections.size() > 1 && request.one_table) {
    std::string names;
    for (const auto& section : out.sections)
      names += (names.empty() ? "" : ", ") + program.entities[static_cast<size_t>(section.entity)].name;
    throw UsageError(fmt::format(
        "the rules are over {} entities ({}) and a CSV file holds one table: give -o a name with {{entity}} "
        "(e.g. -o out-{{entity}}.csv, one file per entity) or --select the rules of one entity",
        out.sections.size(), names));
  }
  auto options = std::make_shared<runtime::EvalOptions>();
  runtime::EvalOptions& eo = *options;
  eo.as_of = as_of;
  eo.overrides = parse_params(*out.compiled, request.params);
  // Only the key and the rules' results are returned: other fields are checked, not kept, and
  // a column no later rule reads goes as soon as it is read. Only the data the rules read is
  // asked for.
  out.tables = load_tables(program, request.data, rules, LoadOptions{.prune_fields = true, .also_program = nullptr, .also_rules = {}, .other_side = nullptr});
  eo.release_unneeded = true;
  out.results = runtime::evaluate(program, out.tables, eo, rules);
  out.options = std::move(options);
  return out;
}

}  // namespace redline::service
