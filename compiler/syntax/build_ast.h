// Internal to compiler/syntax: turns ANTLR's parse tree into the AST.
#pragma once

#include <memory>

#include "RedlineParser.h"
#include "ast/ast.h"
#include "support/diagnostics.h"

namespace redline::syntax {

// With `too_deep`, expressions are also counted as depth_within_limit (parser.cpp) counts them,
// and building stops, setting *too_deep, past kMaxExpressionDepth: for trees without syntax
// errors, whose every expression the builder visits, that saves a walk over the whole tree. The
// module is then incomplete; the caller discards it.
std::unique_ptr<ast::Module> build_module(redline_generated::RedlineParser::FileContext* file, uint32_t file_id,
                                          support::DiagnosticEngine& diags, bool* too_deep = nullptr);

// Appends the declarations of `piece` (built from a later piece of the same file, without a header)
// to `module`, keeping their order.
void append_module(ast::Module& module, ast::Module&& piece);

// The builder ParsePath::Reference uses: the first version of the builder, through ANTLR's
// generated accessors, which the tests compare build_module against. It is not part of the
// compiler: it lives in the test-only library redline_syntax_reference (tests/reference/), whose
// enable_reference_path() sets it here; until then the Reference path throws std::logic_error.
using ReferenceBuilder = std::unique_ptr<ast::Module> (*)(redline_generated::RedlineParser::FileContext* file,
                                                          uint32_t file_id, support::DiagnosticEngine& diags);
void set_reference_builder(ReferenceBuilder builder);

}  // namespace redline::syntax
