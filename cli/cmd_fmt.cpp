// `redline fmt FILE...`: rewrite files in the canonical layout; with --check only report, with
// --diff show what would change; `fmt -` formats standard input to standard output (what
// editors call). The formatted text is verified by the service before anything is written.
#include <algorithm>
#include <iostream>
#include <iterator>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/common.h"
#include "report/unified_diff.h"

namespace redline::cli {

Command add_fmt(CLI::App& app) {
  auto* cmd = app.add_subcommand("fmt", "Rewrite files in the canonical layout");
  struct Options {
    std::vector<std::string> files;
    bool check = false;
    bool diff = false;
    std::string stdin_name = "<stdin>";
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("files", o->files, "Policy, modification and .tests files; - reads standard input and writes the result to standard output")->required();
  auto* check = cmd->add_flag("--check", o->check, "Change nothing; exit 1 if a file is not formatted (for CI)");
  cmd->add_flag("--diff", o->diff, "Change nothing; print what formatting would change as a unified diff (exit 1 if anything would)")
      ->excludes(check);
  cmd->add_option("--stdin-name", o->stdin_name, "The name messages give standard input (fmt -)");
  return [o]() {
    if (std::count(o->files.begin(), o->files.end(), "-") > 1) throw UsageError("fmt reads standard input ('-') once");
    int status = kExitOk;
    for (const auto& path : o->files) {
      const bool from_stdin = path == "-";
      service::Session s;
      attach_terminal(s);
      service::FormatRequest request{from_stdin ? o->stdin_name : path, std::nullopt};
      if (from_stdin) request.text = std::string(std::istreambuf_iterator<char>(std::cin), {});
      service::FormatResult result = service::format(s, request);
      if (result.status == service::FormatResult::Status::ParseErrors) {
        status = std::max(status, kExitFailure);
        continue;
      }
      if (result.status == service::FormatResult::Status::NotVerified) {
        std::cerr << fmt::format("redline: error: {}: the formatter could not keep this file's meaning and comments; "
                                 "it is left unchanged (please report this)\n",
                                 request.path);
        status = std::max(status, kExitFailure);
        continue;
      }
      if (o->diff) {
        if (!result.changed()) continue;
        std::cout << report::unified_diff(result.original, result.formatted, request.path);
        status = std::max(status, kExitFailure);
      } else if (o->check) {
        if (!result.changed()) continue;
        std::cout << fmt::format("{}: not formatted\n", request.path);
        status = std::max(status, kExitFailure);
      } else if (from_stdin) {
        std::cout << result.formatted;  // an editor replaces its buffer with this, changed or not
      } else if (result.changed()) {
        // Through a symbolic link to the file it names (the link stays); the mode is kept; a
        // read-only file is refused and left as it is.
        try {
          write_output(path, result.formatted);
        } catch (const UsageError& e) {
          std::cerr << fmt::format("redline: error: {}\n", e.what());
          status = kExitUsage;
          continue;
        }
        std::cout << fmt::format("{}: formatted\n", path);
      }
    }
    return status;
  };
}

}  // namespace redline::cli
