// `redline check FILE...`: compile; diagnostics on stderr (or, with --format json|sarif, one
// document on stdout); exit 0 clean, 1 errors. `check -` checks standard input.
#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <iterator>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/keep_until_exit.h"
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
    std::string stdin_name = "<stdin>";
    std::vector<std::string> params;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("files", o->files, "Policy (.policy), modification and test (.tests) files; - reads standard input")
      ->required();
  cmd->add_flag("--strict", o->strict, "Treat warnings as errors");
  cmd->add_flag("--allow-missing-citations", o->no_citations, "Do not require every rule to cite a clause");
  cmd->add_option("--format", o->format, "text (on stderr), json or sarif (one document on stdout)")
      ->capture_default_str();
  cmd->add_option("--color", o->color, "auto, always or never: colour the text diagnostics")->capture_default_str();
  cmd->add_option("--stdin-name", o->stdin_name, "The name diagnostics give standard input (check -)");
  cmd->add_option("--param", o->params, "NAME=VALUE: analyse with this value of a parameter at every date (repeatable)");
  return [o]() {
    if (o->format != "text" && o->format != "json" && o->format != "sarif")
      throw UsageError(fmt::format("--format '{}' is not text, json or sarif", o->format));
    if (o->color != "auto" && o->color != "always" && o->color != "never")
      throw UsageError(fmt::format("--color '{}' is not auto, always or never", o->color));
    service::CheckRequest request{o->files, o->strict, !o->no_citations, o->params, {}};
    if (std::count(request.files.begin(), request.files.end(), "-") > 1)
      throw UsageError("check reads standard input ('-') once");
    for (std::string& file : request.files)
      if (file == "-") {
        request.overlays.emplace_back(o->stdin_name, std::string(std::istreambuf_iterator<char>(std::cin), {}));
        file = o->stdin_name;
      }
    service::Session s;
    service::CheckResult result = service::check(s, request);
    // The process exits next: freeing every compiled program would only delay it.
    keep_until_exit(std::make_shared<decltype(result.compiled)>(std::move(result.compiled)));
    if (o->format != "text") {
      // The document is the whole of stdout, written even when there is nothing to report (an
      // empty list), so a tool can always parse it; its summary replaces the line on stderr.
      // The exit code is the text format's: the document says what, the code says whether.
      const auto sorted = s.diags.sorted();
      std::cout << (o->format == "json" ? support::diagnostics_to_json(sorted, s.sources)
                                        : support::diagnostics_to_sarif(sorted, s.sources, REDLINE_VERSION));
      return result.ok() ? kExitOk : kExitFailure;
    }
    const auto mode = o->color == "always" ? support::ColorMode::Always
                      : o->color == "never"  ? support::ColorMode::Never
                                             : support::ColorMode::Auto;
    std::cerr << s.diags.render(support::use_color(mode, STDERR_FILENO));
    // Remarks (findings the analysis could not establish) are counted, but never fail the check.
    if (result.errors || result.warnings || result.remarks)
      std::cerr << fmt::format("{} error{}, {} warning{}{}\n", result.errors, result.errors == 1 ? "" : "s",
                               result.warnings, result.warnings == 1 ? "" : "s",
                               result.remarks ? fmt::format(", {} remark{}", result.remarks, result.remarks == 1 ? "" : "s")
                                              : "");
    return result.ok() ? kExitOk : kExitFailure;
  };
}

}  // namespace redline::cli
