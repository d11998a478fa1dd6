#include "report/explain.h"

#include <nlohmann/json.hpp>

namespace redline::report {

static nlohmann::ordered_json to_json(const runtime::ExplainNode& n) {
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

std::string explain_json(const runtime::ExplainNode& root) { return to_json(root).dump(2) + "\n"; }

}  // namespace redline::report
