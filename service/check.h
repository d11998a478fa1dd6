// check: compile policies, modifications and tests; report every problem found, with the
// static analysis (lint.h) and the tests' own checks (testing.h), without running anything.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "driver/driver.h"
#include "service/session.h"

namespace redline::service {

struct CheckRequest {
  std::vector<std::string> files;  // policies, modifications and .tests files
  bool strict = false;             // warnings are errors
  bool require_citations = true;
  // NAME=VALUE, as for `run`: each replaces the parameter's values at every date, so that the
  // tables, exceptions and deadlines are analysed as `run --param` would evaluate them. An
  // unknown name, a value of the wrong type or a scale is a UsageError.
  std::vector<std::string> params;
  // Texts to use instead of reading files: (path, text) pairs, for an editor's unsaved buffers
  // and for standard input. A path named here need not exist.
  std::vector<std::pair<std::string, std::string>> overlays;
};

struct CheckResult {
  // Sorted as the text renderer shows them (file, position, order reported); their locations
  // are in the session's sources. They are also left in the session's engine for its renderers.
  std::vector<support::Diagnostic> diagnostics;
  size_t errors = 0, warnings = 0, remarks = 0;  // remarks: findings the analysis could not decide
  // What compiled (each policy, each policy amended by a modification, and its baseline).
  std::vector<std::unique_ptr<driver::Compiled>> compiled;
  bool ok() const { return errors == 0; }
};

// The diagnostics stay in `s.diags` (not published): the caller renders them as it chooses.
CheckResult check(Session& s, const CheckRequest& request);

}  // namespace redline::service
