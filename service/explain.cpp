#include "service/explain.h"

#include <fmt/format.h>

#include "support/terminal.h"

namespace redline::service {

namespace {

size_t row_of(const ir::Program& program, const std::vector<runtime::Table>& tables, int32_t rule,
              const std::string& key) {
  return row_of_key(program, tables, program.rules[static_cast<size_t>(rule)].entity, key);
}

runtime::ExplainOptions explain_options(Session& s) {
  runtime::ExplainOptions xo;
  xo.where = [&s](const support::Location& loc) -> std::string {
    if (!loc.valid()) return "";
    auto lc = s.sources.line_column(loc);
    return fmt::format("{}:{}", s.sources.file(loc.file).path(), lc.line);
  };
  return xo;
}

}  // namespace

runtime::ExplainNode explain(Session& s, const ExplainRequest& request) {
  const int64_t as_of = request.as_of ? *request.as_of : parse_date_option("");
  auto compiled = compile(s, request.policy, request.amendments, request.as_of);
  const ir::Program& program = compiled->program;
  std::vector<int32_t> rules = select_rules(program, request.output);
  runtime::EvalOptions eo;
  eo.as_of = as_of;
  eo.overrides = parse_params(*compiled, request.params);
  auto tables = load_tables(program, request.data, rules);
  const size_t row = row_of(program, tables, rules[0], request.key);
  runtime::Results results = runtime::evaluate(program, tables, eo, rules);
  return runtime::explain(program, tables, eo, results, rules[0], row, explain_options(s));
}

std::optional<runtime::ExplainNode> explain(Session& s, const Baseline& baseline, const std::vector<std::string>& amendments,
                                            const std::string& key, const std::string& output) {
  const ir::Program& B = baseline.compiled->program;
  if (amendments.empty()) {
    const int32_t rule = B.rule_index(output);
    if (rule < 0) return std::nullopt;
    const size_t row = row_of(B, *baseline.tables, rule, key);
    return runtime::explain(B, *baseline.tables, baseline.options, baseline.results, rule, row, explain_options(s));
  }
  std::vector<std::string> all = baseline.base_amendments;
  all.insert(all.end(), amendments.begin(), amendments.end());
  auto compiled = compile(s, baseline.policy, all, baseline.as_of);
  const ir::Program& A = compiled->program;
  const int32_t rule = A.rule_index(output);
  if (rule < 0) return std::nullopt;
  runtime::EvalOptions eo = baseline.options;
  eo.overrides = parse_params(*compiled, baseline.params);
  if (!ir::same_schema(A, B)) {
    // The draft changes an enum or an entity, so the data reads differently: read it again for this side.
    auto tables = load_tables(A, baseline.data, {rule});
    const size_t row = row_of(A, tables, rule, key);
    runtime::Results results = runtime::evaluate(A, tables, eo, {rule});
    return runtime::explain(A, tables, eo, results, rule, row, explain_options(s));
  }
  const size_t row = row_of(A, *baseline.tables, rule, key);
  const bool reuse = eo.overrides.size() == baseline.options.overrides.size();
  runtime::Results results =
      runtime::evaluate(A, *baseline.tables, eo, {rule}, reuse ? &baseline.results : nullptr, reuse ? &B : nullptr);
  return runtime::explain(A, *baseline.tables, eo, results, rule, row, explain_options(s));
}

}  // namespace redline::service
