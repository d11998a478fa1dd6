// An explanation as JSON (the text form is runtime::explain_text).
#pragma once

#include <string>

#include "runtime/explain.h"

namespace redline::report {

std::string explain_json(const runtime::ExplainNode& root);

}  // namespace redline::report
