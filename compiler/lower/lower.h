// Lowering: the checked AST and its symbol tables become the rule graph the runtime runs.
#pragma once

#include "ast/ast.h"
#include "ir/ir.h"
#include "sema/sema.h"

namespace redline::lower {

// Requires an analysis without errors.
ir::Program lower(const ast::Module& module, const sema::Analysis& analysis);

}  // namespace redline::lower
