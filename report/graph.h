// The rule graph as Graphviz dot, or as JSON for programs.
#pragma once

#include <string>

#include "service/graph.h"

namespace redline::report {

std::string graph_dot(const service::Graph& g);
std::string graph_json(const service::Graph& g);

}  // namespace redline::report
