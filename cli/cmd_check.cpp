// `redline check FILE...`: compile; diagnostics on stderr; exit 0 clean, 1 errors.
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/keep_until_exit.h"

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
    service::Session s;
    attach_terminal(s);
    service::CheckResult result = service::check(s, {o->files, o->strict, !o->no_citations});
    s.publish();
    // Remarks (findings the analysis could not establish) are counted, but never fail the check.
    if (result.errors || result.warnings || result.remarks)
      std::cerr << fmt::format("{} error{}, {} warning{}{}\n", result.errors, result.errors == 1 ? "" : "s",
                               result.warnings, result.warnings == 1 ? "" : "s",
                               result.remarks ? fmt::format(", {} remark{}", result.remarks, result.remarks == 1 ? "" : "s")
                                              : "");
    // The process exits next: freeing every compiled program would only delay it.
    keep_until_exit(std::make_shared<decltype(result.compiled)>(std::move(result.compiled)));
    return result.ok() ? kExitOk : kExitFailure;
  };
}

}  // namespace redline::cli
