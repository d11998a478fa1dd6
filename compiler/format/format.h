// `redline fmt`: one canonical layout for policies, modifications and test files.
#pragma once

#include <string>

#include "ast/ast.h"
#include "support/source.h"
#include "syntax/parser.h"

namespace redline::format {

// The canonical text of `module`, parsed from file `file` (whose comments are kept).
std::string format_module(const support::SourceManager& sources, uint32_t file, const ast::Module& module);

}  // namespace redline::format
