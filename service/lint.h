// Static analysis run by `redline check` after a file compiles.
#pragma once

#include "driver/driver.h"

namespace redline::service {

// Reports warnings on `compiled` (a policy, or a policy amended by a modification when
// `baseline` is the policy alone).
void lint(const driver::Compiled& compiled, const driver::Compiled* baseline, support::DiagnosticEngine& diags);

}  // namespace redline::service
