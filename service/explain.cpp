#include "service/explain.h"

#include <fmt/format.h>

#include "support/terminal.h"

namespace redline::service {

runtime::ExplainNode explain(Session& s, const ExplainRequest& request) {
  const int64_t as_of = request.as_of ? *request.as_of : parse_date_option("");
  auto compiled = compile(s, request.policy, request.amendments, request.as_of);
  const ir::Program& program = compiled->program;
  std::vector<int32_t> rules = select_rules(program, request.output);
  runtime::EvalOptions eo;
  eo.as_of = as_of;
  eo.overrides = parse_params(*compiled, request.params);
  auto tables = load_tables(program, request.data, rules);
  int32_t entity = program.rules[static_cast<size_t>(rules[0])].entity;
  const runtime::Table& t = tables[static_cast<size_t>(entity)];
  auto it = t.key_index.find(request.key);
  if (it == t.key_index.end()) {
    std::string hint;
    if (t.rows <= 100000) {
      std::vector<std::string> keys;
      for (const auto& [k, row] : t.key_index.all()) keys.emplace_back(k);
      hint = support::closest_name(request.key, keys);
    }
    throw UsageError(fmt::format("no {} with key '{}' in the data{}", program.entities[static_cast<size_t>(entity)].name,
                                 support::escape_for_terminal(request.key),
                                 hint.empty() ? "" : fmt::format("; did you mean '{}'?", support::escape_for_terminal(hint))));
  }
  runtime::Results results = runtime::evaluate(program, tables, eo, rules);
  runtime::ExplainOptions xo;
  xo.where = [&s](const support::Location& loc) -> std::string {
    if (!loc.valid()) return "";
    auto lc = s.sources.line_column(loc);
    return fmt::format("{}:{}", s.sources.file(loc.file).path(), lc.line);
  };
  return runtime::explain(program, tables, eo, results, rules[0], it->second, xo);
}

}  // namespace redline::service
