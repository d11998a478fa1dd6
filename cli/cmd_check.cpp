// `redline check FILE...`: compile; diagnostics on stderr; exit 0 clean, 1 errors.
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/lint.h"
#include "cli/testing.h"

namespace redline::cli {

Command add_check(CLI::App& app) {
  auto* cmd = app.add_subcommand("check", "Compile policies and modifications; report every problem found");
  struct Options {
    std::vector<std::string> files;
    bool strict = false;
    bool no_citations = false;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("files", o->files, "Policy (.policy), modification and test (.tests) files")->required();
  cmd->add_flag("--strict", o->strict, "Treat warnings as errors");
  cmd->add_flag("--allow-missing-citations", o->no_citations, "Do not require every rule to cite a clause");
  return [o]() {
    Session s;
    s.diags.set_warnings_as_errors(o->strict);
    // Tests, in .tests files and in policies, are checked as 'test' would check their entities,
    // parameters and expectations, without running them.
    const bool citations = !o->no_citations;
    driver::check_files(
        s.sources, s.diags, o->files, citations,
        [&s, citations](const std::string& path, const driver::Compiled& compiled, const driver::Compiled* baseline,
                        support::DiagnosticEngine& diags) {
          lint(compiled, baseline, diags);
          if (!baseline && compiled.module && compiled.module->kind == ast::Module::Kind::Policy)
            check_tests(s, path, *compiled.module, diags, citations, &compiled);
        },
        /*free_compiled=*/false,  // the process exits next
        [&s, citations](const std::string& path, const ast::Module& tests, const driver::Compiled* policy,
                        support::DiagnosticEngine& diags) { check_tests(s, path, tests, diags, citations, policy); });
    size_t errors = s.diags.error_count(), warnings = s.diags.warning_count(), remarks = s.diags.remark_count();
    s.flush_diagnostics();
    // Remarks (findings the analysis could not establish) are counted, but never fail the check.
    if (errors || warnings || remarks)
      std::cerr << fmt::format("{} error{}, {} warning{}{}\n", errors, errors == 1 ? "" : "s", warnings,
                               warnings == 1 ? "" : "s",
                               remarks ? fmt::format(", {} remark{}", remarks, remarks == 1 ? "" : "s") : "");
    return errors ? kExitFailure : kExitOk;
  };
}

}  // namespace redline::cli
