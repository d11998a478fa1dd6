#include "service/graph.h"

#include <set>

namespace redline::service {

Graph graph(Session& s, const GraphRequest& request) {
  auto compiled = compile(s, request.policy, request.amendments);
  const ir::Program& p = compiled->program;
  Graph g;
  g.policy = p.policy_name;
  g.amendments = p.amendments;
  for (int32_t ri : p.order) {
    const ir::Rule& r = p.rules[static_cast<size_t>(ri)];
    GraphRule rule;
    rule.name = r.name;
    rule.obligation = r.kind == ir::RuleKind::Obligation;
    rule.title = r.title;
    rule.entity = p.entities[static_cast<size_t>(r.entity)].name;
    rule.type = p.type_name(r.type);
    rule.citation = r.origin.citation;
    rule.output = r.output;
    rule.amended_by = r.origin.amendment;
    for (int32_t d : r.depends_on) rule.reads_rules.push_back(p.rules[static_cast<size_t>(d)].name);
    std::set<std::string> params, fields, cycles;  // sorted, each once
    ir::visit_rule(r, [&](const ir::Expr& e) {
      if (e.op == ir::Op::Param) params.insert(p.params[static_cast<size_t>(e.index)].name);
      if (e.op == ir::Op::CycleAt) cycles.insert(p.cycles[static_cast<size_t>(e.index)].name);
      if (e.op == ir::Op::Field)
        fields.insert(p.entities[static_cast<size_t>(e.entity)].name + "." +
                      p.entities[static_cast<size_t>(e.entity)].fields[static_cast<size_t>(e.index)].name);
    });
    rule.reads_params.assign(params.begin(), params.end());
    rule.reads_cycles.assign(cycles.begin(), cycles.end());
    rule.reads_fields.assign(fields.begin(), fields.end());
    for (auto& x : r.exceptions) rule.exceptions.push_back({x.label, x.origin.citation});
    rule.assumptions = r.assumptions;
    g.rules.push_back(std::move(rule));
  }
  for (auto& prm : p.params) g.params.push_back({prm.name, p.type_name(prm.type), prm.origin.citation});
  return g;
}

}  // namespace redline::service
