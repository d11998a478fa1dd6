#include "report/graph.h"

#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace redline::report {

namespace {

std::string dot_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

std::string graph_json(const service::Graph& g) {
  nlohmann::ordered_json j;
  j["policy"] = g.policy;
  j["amendments"] = g.amendments;
  j["rules"] = nlohmann::ordered_json::array();
  for (const service::GraphRule& r : g.rules) {
    nlohmann::ordered_json rule;
    rule["name"] = r.name;
    rule["kind"] = r.function ? "function" : r.obligation ? "obligation" : "rule";
    if (r.function) rule["parameters"] = r.parameters;
    if (!r.title.empty()) rule["title"] = r.title;
    rule["entity"] = r.entity;
    rule["type"] = r.type;
    rule["citation"] = r.citation;
    rule["output"] = r.output;
    if (!r.amended_by.empty()) rule["amended_by"] = r.amended_by;
    rule["reads_rules"] = r.reads_rules;
    rule["reads_params"] = r.reads_params;
    rule["reads_cycles"] = r.reads_cycles;
    rule["reads_fields"] = r.reads_fields;
    if (!r.calls.empty()) rule["calls"] = r.calls;
    if (!r.exceptions.empty()) {
      auto xs = nlohmann::ordered_json::array();
      for (auto& x : r.exceptions) xs.push_back({{"label", x.label}, {"citation", x.citation}});
      rule["exceptions"] = xs;
    }
    if (!r.assumptions.empty()) rule["assumptions"] = r.assumptions;
    j["rules"].push_back(rule);
  }
  j["params"] = nlohmann::ordered_json::array();
  for (auto& prm : g.params) j["params"].push_back({{"name", prm.name}, {"type", prm.type}, {"citation", prm.citation}});
  return j.dump(2) + "\n";
}

std::string graph_dot(const service::Graph& g) {
  std::string out = fmt::format("digraph \"{}\" {{\n  rankdir=LR;\n  node [fontname=\"Helvetica\"];\n", dot_escape(g.policy));
  std::set<std::string> params, fields;
  for (const service::GraphRule& r : g.rules) {
    std::string label = r.name + (r.citation.empty() ? "" : "\\n[" + dot_escape(r.citation) + "]");
    std::string style = r.output ? ", style=\"bold,filled\", fillcolor=\"#fde2cf\"" : "";
    if (!r.amended_by.empty()) label += "\\n(" + dot_escape(r.amended_by) + ")";
    if (r.function) {
      std::string takes;
      for (const std::string& x : r.parameters) takes += (takes.empty() ? "" : ", ") + x;
      label = r.name + "(" + dot_escape(takes) + ")" + label.substr(r.name.size());
    }
    out += fmt::format("  \"{}\" [shape={}, label=\"{}\"{}];\n", dot_escape(r.name),
                       r.function ? "component" : r.obligation ? "hexagon" : "box", label, style);
    for (const std::string& f : r.calls)
      out += fmt::format("  \"{}\" -> \"{}\" [style=dashed];\n", dot_escape(f), dot_escape(r.name));
    for (const std::string& d : r.reads_rules)
      out += fmt::format("  \"{}\" -> \"{}\";\n", dot_escape(d), dot_escape(r.name));
    for (auto& x : r.reads_params) {
      params.insert(x);
      out += fmt::format("  \"param:{}\" -> \"{}\";\n", dot_escape(x), dot_escape(r.name));
    }
    for (auto& x : r.reads_fields) {
      fields.insert(x);
      out += fmt::format("  \"field:{}\" -> \"{}\";\n", dot_escape(x), dot_escape(r.name));
    }
  }
  for (auto& x : params) out += fmt::format("  \"param:{}\" [shape=ellipse, label=\"{}\"];\n", dot_escape(x), dot_escape(x));
  for (auto& x : fields) out += fmt::format("  \"field:{}\" [shape=note, label=\"{}\"];\n", dot_escape(x), dot_escape(x));
  out += "}\n";
  return out;
}

}  // namespace redline::report
