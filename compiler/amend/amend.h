// Applying a modification (an amendment file) to the policy it amends.
//
// Amendments work on the AST, before semantic analysis, so that the amended policy is
// checked as a whole: a replaced rule whose new type breaks a dependent rule, or a cycle the
// amendment introduces, is reported by the ordinary checks, at locations in both files.
#pragma once

#include <cstddef>
#include <cstdint>

#include "ast/ast.h"
#include "support/diagnostics.h"

namespace redline::amend {

// Applies the operations of `modification` to `policy`, in order, recording what changed in
// policy.changes and policy.applied. Operations that target nothing are errors in `diags`.
// `modification`'s declarations are moved into `policy`. Only the first `max_operations` are
// applied: `diff` compiles the policy after each operation to attribute every change to the
// operations that made it.
void apply(ast::Module& policy, ast::Module& modification, support::DiagnosticEngine& diags,
           size_t max_operations = SIZE_MAX);

}  // namespace redline::amend
