// The front end's entry point: source text in, AST out. The only interface to ANTLR.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "ast/ast.h"
#include "support/diagnostics.h"

namespace redline::syntax {

// Parses file `file` of `sources`. Syntax errors are reported to `diags` with a location
// and a message a person can act on; the returned module holds whatever parsed cleanly.
std::unique_ptr<ast::Module> parse(const support::SourceManager& sources, uint32_t file,
                                   support::DiagnosticEngine& diags);

// A comment as written, for the formatter (the parser itself skips comments).
struct Comment {
  uint32_t offset;
  uint32_t end;
  std::string text;   // including the // or /* */ markers
  bool own_line;      // nothing but blanks before it on its line
};
std::vector<Comment> comments(const support::SourceManager& sources, uint32_t file);

// Nesting deeper than this is rejected before parsing, so no input can exhaust the stack.
inline constexpr int kMaxNestingDepth = 256;
inline constexpr int kMaxOperatorsPerDeclaration = 20000;
// The deepest expression accepted, in operators and brackets one inside another. A chain of
// binary operators ('a and b and c ...') is parsed in a loop, but it is as deep as it is long
// for every pass after the parser, and those recurse: 500 levels take a quarter of the default
// 8 MB stack in a debug build with sanitizers.
inline constexpr int kMaxExpressionDepth = 500;
// Syntax errors are re-checked with full-context (LL) prediction only in expressions nested
// at most this deep; deeper, that recovery costs time cubic in the depth.
inline constexpr int kMaxFullContextDepth = 48;

}  // namespace redline::syntax
