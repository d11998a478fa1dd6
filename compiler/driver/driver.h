// The compiler pipeline as one call: read, parse, amend, analyse, lower.
//
// Keeps the policy's AST and analysis beside the program, because tests, explanations and
// the formatter want the source-level view as well as the rule graph.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ast/ast.h"
#include "ir/ir.h"
#include "sema/sema.h"
#include "support/diagnostics.h"

namespace redline::driver {

struct CompileOptions {
  std::vector<std::string> amendments;  // paths, applied in order
  std::optional<int64_t> as_of;         // days since epoch: skip amendments not yet in force
  bool require_citations = true;
  // `check --param NAME=VALUE` (sema::Options::params): the policy is analysed with these values.
  std::vector<std::pair<std::string, std::string>> params;
  // Apply only this many amendment operations, counted across `amendments` in order (the
  // policy as it stands after each operation, for attributing a diff's changes to them).
  std::optional<size_t> operation_limit;
  // Called with the amended policy before analysis, to add declarations the caller needs checked
  // and evaluated as the policy's own are (`test` adds a rule per expected value written as an
  // expression, so that the compiler folds it with its own types and builtins).
  std::function<void(ast::Module&)> extend;
};

struct Compiled {
  std::unique_ptr<ast::Module> module;   // the policy, amended
  sema::Analysis analysis;
  ir::Program program;
  std::vector<ast::AppliedAmendment> skipped;  // amendments not in force on the as-of date
};

// Reads and parses one file; null (with a diagnostic) when it cannot be read.
std::unique_ptr<ast::Module> parse_file(support::SourceManager& sources, support::DiagnosticEngine& diags,
                                        const std::string& path);

// Compiles a policy with its amendments. Returns null when any error was reported.
std::unique_ptr<Compiled> compile(support::SourceManager& sources, support::DiagnosticEngine& diags,
                                  const std::string& policy_path, const CompileOptions& options);

// The same from the policy's module, already parsed from `policy_path` without errors.
std::unique_ptr<Compiled> compile_module(support::SourceManager& sources, support::DiagnosticEngine& diags,
                                         std::unique_ptr<ast::Module> module, const std::string& policy_path,
                                         const CompileOptions& options);

// Checks files given to `redline check`: policies on their own, modifications against the
// policy they name (found among `paths` or beside the modification). Returns false on errors.
// `on_compiled` is called for each file that compiled, with the program it checks (the policy,
// amended by the file when it is a modification) and, for modifications, the unamended policy.
// With `keep`, the compiled programs are moved there rather than freed: for a caller that wants
// them (an editor's session), or that exits next and would rather not spend time freeing them.
// `on_tests` is called for each file of tests that parsed cleanly, with its module and the
// policy it names as compiled (null when that failed).
using CompiledCallback = std::function<void(const std::string& path, const Compiled& compiled, const Compiled* baseline,
                                            support::DiagnosticEngine& diags)>;
using TestsCallback = std::function<void(const std::string& path, const ast::Module& tests, const Compiled* policy,
                                         support::DiagnosticEngine& diags)>;
// `defaults` gives every compile its citation rule and parameter values (its amendments are ignored).
bool check_files(support::SourceManager& sources, support::DiagnosticEngine& diags, const std::vector<std::string>& paths,
                 const CompileOptions& defaults = {}, const CompiledCallback& on_compiled = {},
                 std::vector<std::unique_ptr<Compiled>>* keep = nullptr, const TestsCallback& on_tests = {});

}  // namespace redline::driver
