// The front end's entry point: source text in, AST out. The only interface to ANTLR.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.h"
#include "support/diagnostics.h"

namespace redline::syntax {

// Parses file `file` of `sources`. Syntax errors are reported to `diags` with a location
// and a message a person can act on; the returned module holds whatever parsed cleanly.
std::unique_ptr<ast::Module> parse(const support::SourceManager& sources, uint32_t file,
                                   support::DiagnosticEngine& diags);

// How parse() goes about it; every path gives the same module and the same diagnostics, in the
// same order. Only the tests choose: they compare the paths on every file they can find.
enum class ParsePath : uint8_t {
  Default,     // Parallel for files of kParallelParseBytes or more on a machine with more than
               // one core (two pieces per core), else Sequential
  Sequential,  // lex (redline's lexer), parse (SLL, then LL if SLL fails), build the AST, on the
               // calling thread
  Parallel,    // lex, and meanwhile parse and build pieces cut at declaration boundaries on other
               // threads; any syntax error (or too deep an expression) falls back to Sequential
               // so that recovery and its diagnostics are exactly the sequential ones. Forced
               // (the tests), it cuts even small files, into at most four pieces on two threads
  Reference,   // Sequential with ANTLR's generated lexer and the first, accessor-based AST
               // builder: the code as it was before the fast paths, the tests' oracle
};
std::unique_ptr<ast::Module> parse(const support::SourceManager& sources, uint32_t file,
                                   support::DiagnosticEngine& diags, ParsePath path);
// Files at least this large are parsed in parallel by default (small ones gain nothing from it).
inline constexpr size_t kParallelParseBytes = 64 * 1024;

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
