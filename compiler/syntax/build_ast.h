// Internal to compiler/syntax: turns ANTLR's parse tree into the AST.
#pragma once

#include <memory>

#include "RedlineParser.h"
#include "ast/ast.h"
#include "support/diagnostics.h"

namespace redline::syntax {

std::unique_ptr<ast::Module> build_module(redline_generated::RedlineParser::FileContext* file, uint32_t file_id,
                                          support::DiagnosticEngine& diags);

}  // namespace redline::syntax
