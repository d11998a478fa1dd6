// `redline graph`: the rule graph as Graphviz dot or JSON: rules, what they read, their clauses.
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/common.h"

namespace redline::cli {

namespace {

struct Uses {
  std::set<std::string> params, fields, cycles;
};

Uses uses_of(const ir::Program& p, const ir::Rule& r) {
  Uses u;
  ir::visit_rule(r, [&](const ir::Expr& e) {
    if (e.op == ir::Op::Param) u.params.insert(p.params[static_cast<size_t>(e.index)].name);
    if (e.op == ir::Op::CycleAt) u.cycles.insert(p.cycles[static_cast<size_t>(e.index)].name);
    if (e.op == ir::Op::Field)
      u.fields.insert(p.entities[static_cast<size_t>(e.entity)].name + "." +
                      p.entities[static_cast<size_t>(e.entity)].fields[static_cast<size_t>(e.index)].name);
  });
  return u;
}

std::string dot_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

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
    Session s;
    auto compiled = compile_or_fail(s, o->policy, o->amend, std::nullopt);
    const ir::Program& p = compiled->program;
    std::ostringstream out;
    if (o->format == "json") {
      nlohmann::ordered_json j;
      j["policy"] = p.policy_name;
      j["amendments"] = p.amendments;
      j["rules"] = nlohmann::ordered_json::array();
      for (int32_t ri : p.order) {
        const ir::Rule& r = p.rules[static_cast<size_t>(ri)];
        Uses u = uses_of(p, r);
        nlohmann::ordered_json rule;
        rule["name"] = r.name;
        rule["kind"] = r.kind == ir::RuleKind::Obligation ? "obligation" : "rule";
        if (!r.title.empty()) rule["title"] = r.title;
        rule["entity"] = p.entities[static_cast<size_t>(r.entity)].name;
        rule["type"] = p.type_name(r.type);
        rule["citation"] = r.origin.citation;
        rule["output"] = r.output;
        if (!r.origin.amendment.empty()) rule["amended_by"] = r.origin.amendment;
        std::vector<std::string> deps;
        for (int32_t d : r.depends_on) deps.push_back(p.rules[static_cast<size_t>(d)].name);
        rule["reads_rules"] = deps;
        rule["reads_params"] = std::vector<std::string>(u.params.begin(), u.params.end());
        rule["reads_cycles"] = std::vector<std::string>(u.cycles.begin(), u.cycles.end());
        rule["reads_fields"] = std::vector<std::string>(u.fields.begin(), u.fields.end());
        if (!r.exceptions.empty()) {
          auto xs = nlohmann::ordered_json::array();
          for (auto& x : r.exceptions) xs.push_back({{"label", x.label}, {"citation", x.origin.citation}});
          rule["exceptions"] = xs;
        }
        if (!r.assumptions.empty()) rule["assumptions"] = r.assumptions;
        j["rules"].push_back(rule);
      }
      j["params"] = nlohmann::ordered_json::array();
      for (auto& prm : p.params) j["params"].push_back({{"name", prm.name}, {"type", p.type_name(prm.type)}, {"citation", prm.origin.citation}});
      out << j.dump(2) << "\n";
    } else {
      out << fmt::format("digraph \"{}\" {{\n  rankdir=LR;\n  node [fontname=\"Helvetica\"];\n", dot_escape(p.policy_name));
      std::set<std::string> params, fields;
      for (int32_t ri : p.order) {
        const ir::Rule& r = p.rules[static_cast<size_t>(ri)];
        std::string label = r.name + (r.origin.citation.empty() ? "" : "\\n[" + dot_escape(r.origin.citation) + "]");
        std::string style = r.output ? ", style=\"bold,filled\", fillcolor=\"#fde2cf\"" : "";
        if (!r.origin.amendment.empty()) label += "\\n(" + dot_escape(r.origin.amendment) + ")";
        out << fmt::format("  \"{}\" [shape={}, label=\"{}\"{}];\n", dot_escape(r.name),
                           r.kind == ir::RuleKind::Obligation ? "hexagon" : "box", label, style);
        for (int32_t d : r.depends_on)
          out << fmt::format("  \"{}\" -> \"{}\";\n", dot_escape(p.rules[static_cast<size_t>(d)].name), dot_escape(r.name));
        Uses u = uses_of(p, r);
        for (auto& x : u.params) {
          params.insert(x);
          out << fmt::format("  \"param:{}\" -> \"{}\";\n", dot_escape(x), dot_escape(r.name));
        }
        for (auto& x : u.fields) {
          fields.insert(x);
          out << fmt::format("  \"field:{}\" -> \"{}\";\n", dot_escape(x), dot_escape(r.name));
        }
      }
      for (auto& x : params) out << fmt::format("  \"param:{}\" [shape=ellipse, label=\"{}\"];\n", dot_escape(x), dot_escape(x));
      for (auto& x : fields) out << fmt::format("  \"field:{}\" [shape=note, label=\"{}\"];\n", dot_escape(x), dot_escape(x));
      out << "}\n";
    }
    write_output(o->output, out.str());
    return kExitOk;
  };
}

}  // namespace redline::cli
