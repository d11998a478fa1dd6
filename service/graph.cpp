#include "service/graph.h"

#include <set>

namespace redline::service {

Graph graph(Session& s, const GraphRequest& request) {
  auto compiled = compile(s, request.policy, request.amendments);
  const ir::Program& p = compiled->program;
  Graph g;
  g.policy = p.policy_name;
  g.amendments = p.amendments;
  std::vector<const ir::Rule*> all;
  for (int32_t ri : p.order) all.push_back(&p.rules[static_cast<size_t>(ri)]);
  for (const ir::Rule& f : p.functions) all.push_back(&f);
  for (const ir::Rule* rp : all) {
    const ir::Rule& r = *rp;
    GraphRule rule;
    rule.name = r.name;
    rule.obligation = r.kind == ir::RuleKind::Obligation;
    rule.title = r.title;
    rule.entity = r.entity >= 0 ? p.entities[static_cast<size_t>(r.entity)].name : "";
    rule.function = rp >= p.functions.data() && rp < p.functions.data() + p.functions.size();
    if (rule.function) {
      if (r.entity >= 0) rule.parameters.push_back(rule.entity);
      for (size_t k = 0; k < r.param_names.size(); ++k)
        rule.parameters.push_back(r.param_names[k] + ": " + p.type_name(r.param_types[k]));
    }
    rule.type = p.type_name(r.type);
    rule.citation = r.origin.citation;
    rule.output = r.output;
    rule.amended_by = r.origin.amendment;
    for (int32_t d : r.depends_on) rule.reads_rules.push_back(p.rules[static_cast<size_t>(d)].name);
    std::set<std::string> params, fields, cycles, calls;  // sorted, each once
    ir::visit_rule(r, [&](const ir::Expr& e) {
      if (e.op == ir::Op::Call) calls.insert(p.functions[static_cast<size_t>(e.index)].name);
      if (e.op == ir::Op::Param) params.insert(p.params[static_cast<size_t>(e.index)].name);
      if (e.op == ir::Op::CycleAt) cycles.insert(p.cycles[static_cast<size_t>(e.index)].name);
      if (e.op == ir::Op::Field)
        fields.insert(p.entities[static_cast<size_t>(e.entity)].name + "." +
                      p.entities[static_cast<size_t>(e.entity)].fields[static_cast<size_t>(e.index)].name);
    });
    rule.reads_params.assign(params.begin(), params.end());
    rule.reads_cycles.assign(cycles.begin(), cycles.end());
    rule.reads_fields.assign(fields.begin(), fields.end());
    rule.calls.assign(calls.begin(), calls.end());
    for (auto& x : r.exceptions) rule.exceptions.push_back({x.label, x.origin.citation});
    rule.assumptions = r.assumptions;
    g.rules.push_back(std::move(rule));
  }
  for (auto& prm : p.params) g.params.push_back({prm.name, p.type_name(prm.type), prm.origin.citation});
  return g;
}

}  // namespace redline::service
