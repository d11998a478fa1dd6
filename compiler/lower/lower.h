// Lowering: the checked AST and its symbol tables become the rule graph the runtime runs.
#pragma once

#include "ast/ast.h"
#include "ir/ir.h"
#include "sema/sema.h"

namespace redline::lower {

// Requires an analysis without errors.
ir::Program lower(const ast::Module& module, const sema::Analysis& analysis);

// What an expression adds to its rule's fingerprint; for the test that pins the fingerprint to
// every field of ir::Expr (a rule's parameters, cycles and the rules it reads come from `program`).
uint64_t expression_fingerprint(const ir::Program& program, const ir::Expr& e);

}  // namespace redline::lower
