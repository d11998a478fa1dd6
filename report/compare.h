// Renderings of `redline compare`'s typed result (service::CompareResult): text or markdown
// (per output: unchanged, proved; the regions where it changes, each with its witness; or
// undecided) and json.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "service/compare.h"

namespace redline::report {

// "SECMP0044, DP133": the modifications' names, as headings list them.
std::string amendment_names(const std::vector<service::AmendmentInfo>& amendments);

// `question` is the comparison asked, as the heading says it.
void compare_text(std::ostream& out, const service::CompareResult& result, bool markdown, const std::string& question);
void compare_json(std::ostream& out, const service::CompareResult& result);

}  // namespace redline::report
