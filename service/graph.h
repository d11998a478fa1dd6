// graph: the rule graph of a policy (optionally amended): each rule, what it reads, the clause
// it encodes.
#pragma once

#include <string>
#include <vector>

#include "service/session.h"

namespace redline::service {

struct GraphRequest {
  std::string policy;
  std::vector<std::string> amendments;
};

struct GraphRule {
  std::string name;
  bool obligation = false;  // an obligation rather than a rule
  std::string title;
  std::string entity;
  std::string type;
  std::string citation;
  bool output = false;
  std::string amended_by;  // the modification that defines it, or empty
  std::vector<std::string> reads_rules, reads_params, reads_cycles, reads_fields;  // fields as "Entity.field"
  struct Exception {
    std::string label, citation;
  };
  std::vector<Exception> exceptions;
  std::vector<std::string> assumptions;
  // A function (a rule with scalar parameters): its parameters as written ("amount: decimal").
  bool function = false;
  std::vector<std::string> parameters;
  std::vector<std::string> calls;  // the functions it calls, directly
};

struct GraphParam {
  std::string name, type, citation;
};

struct Graph {
  std::string policy;
  std::vector<std::string> amendments;
  std::vector<GraphRule> rules;  // in evaluation order, then the functions
  std::vector<GraphParam> params;
};

Graph graph(Session& s, const GraphRequest& request);

}  // namespace redline::service
