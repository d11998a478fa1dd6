// The parser's reference path, for the tests and the compile benchmark: the first AST builder
// (build_ast_reference.cpp), kept out of the compiler.
#pragma once

namespace redline::syntax {

// Makes syntax::parse(..., ParsePath::Reference) build with the reference builder.
void enable_reference_path();

}  // namespace redline::syntax
