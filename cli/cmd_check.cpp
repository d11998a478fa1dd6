// `redline check FILE...`: compile; diagnostics on stderr (or, with --format json|sarif, one
// document on stdout); exit 0 clean, 1 errors.
#include <unistd.h>

#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/lint.h"
#include "cli/testing.h"
#include "support/diagnostic_formats.h"
#include "support/terminal.h"

namespace redline::cli {

Command add_check(CLI::App& app) {
  auto* cmd = app.add_subcommand("check", "Compile policies and modifications; report every problem found");
  struct Options {
    std::vector<std::string> files;
    bool strict = false;
    bool no_citations = false;
    std::string format = "text";
    std::string color = "auto";
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("files", o->files, "Policy (.policy), modification and test (.tests) files")->required();
  cmd->add_flag("--strict", o->strict, "Treat warnings as errors");
  cmd->add_flag("--allow-missing-citations", o->no_citations, "Do not require every rule to cite a clause");
  cmd->add_option("--format", o->format, "text (on stderr), json or sarif (one document on stdout)")
      ->capture_default_str();
  cmd->add_option("--color", o->color, "auto, always or never: colour the text diagnostics")->capture_default_str();
  return [o]() {
    if (o->format != "text" && o->format != "json" && o->format != "sarif")
      throw UsageError(fmt::format("--format '{}' is not text, json or sarif", o->format));
    if (o->color != "auto" && o->color != "always" && o->color != "never")
      throw UsageError(fmt::format("--color '{}' is not auto, always or never", o->color));
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
    if (o->format != "text") {
      // The document is the whole of stdout, written even when there is nothing to report (an
      // empty list), so a tool can always parse it; its summary replaces the line on stderr.
      // The exit code is the text format's: the document says what, the code says whether.
      const auto sorted = s.diags.sorted();
      std::cout << (o->format == "json" ? support::diagnostics_to_json(sorted, s.sources)
                                        : support::diagnostics_to_sarif(sorted, s.sources, REDLINE_VERSION));
      std::cout.flush();
      s.diags.clear();
      return errors ? kExitFailure : kExitOk;
    }
    // Not flush_diagnostics(): that decides colour by itself (auto); here --color decides.
    const auto mode = o->color == "always" ? support::ColorMode::Always
                      : o->color == "never"  ? support::ColorMode::Never
                                             : support::ColorMode::Auto;
    std::cerr << s.diags.render(support::use_color(mode, STDERR_FILENO));
    s.diags.clear();
    // Remarks (findings the analysis could not establish) are counted, but never fail the check.
    if (errors || warnings || remarks)
      std::cerr << fmt::format("{} error{}, {} warning{}{}\n", errors, errors == 1 ? "" : "s", warnings,
                               warnings == 1 ? "" : "s",
                               remarks ? fmt::format(", {} remark{}", remarks, remarks == 1 ? "" : "s") : "");
    return errors ? kExitFailure : kExitOk;
  };
}

}  // namespace redline::cli
