// The front end's entry point: source text in, AST out. The only interface to ANTLR.
#pragma once

#include <memory>

#include "ast/ast.h"
#include "support/diagnostics.h"

namespace redline::syntax {

// Parses file `file` of `sources`. Syntax errors are reported to `diags` with a location
// and a message a person can act on; the returned module holds whatever parsed cleanly.
std::unique_ptr<ast::Module> parse(const support::SourceManager& sources, uint32_t file,
                                   support::DiagnosticEngine& diags);

// Nesting deeper than this is rejected before parsing, so no input can exhaust the stack.
inline constexpr int kMaxNestingDepth = 256;
inline constexpr int kMaxOperatorsPerDeclaration = 20000;

}  // namespace redline::syntax
