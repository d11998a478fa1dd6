// `redline fmt FILE...`: rewrite files in the canonical layout, or with --check only report.
//
// The formatted text is verified before anything is written: it must parse, keep every
// comment, format to itself, and (for policies) compile to the same rule graph.
#include <algorithm>
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/common.h"
#include "format/format.h"
#include "syntax/parser.h"

namespace redline::cli {

namespace {

// Fingerprints of every rule, or empty when the text is not a policy that compiles.
std::vector<uint64_t> fingerprints(support::SourceManager& sources, const std::string& path) {
  support::DiagnosticEngine diags(sources);
  auto compiled = driver::compile(sources, diags, path, {});
  std::vector<uint64_t> out;
  if (compiled)
    for (auto& r : compiled->program.rules) out.push_back(r.fingerprint);
  return out;
}

}  // namespace

Command add_fmt(CLI::App& app) {
  auto* cmd = app.add_subcommand("fmt", "Rewrite files in the canonical layout");
  struct Options {
    std::vector<std::string> files;
    bool check = false;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("files", o->files, "Policy, modification and .tests files")->required();
  cmd->add_flag("--check", o->check, "Change nothing; exit 1 if a file is not formatted (for CI)");
  return [o]() {
    int status = kExitOk;
    for (const auto& path : o->files) {
      Session s;
      auto module = driver::parse_file(s.sources, s.diags, path);
      if (!module || s.diags.has_errors()) {
        s.flush_diagnostics();
        status = std::max(status, kExitFailure);
        continue;
      }
      uint32_t file = 0;
      for (uint32_t i = 0; i < s.sources.size(); ++i)
        if (s.sources.file(i).path() == path) file = i;
      std::string original(s.sources.file(file).text());
      std::string formatted = format::format_module(s.sources, file, *module);
      // Verify: the result parses, keeps the comments, is stable, and means the same.
      uint32_t again = s.sources.add(path, formatted);
      support::DiagnosticEngine check(s.sources);
      auto reparsed = syntax::parse(s.sources, again, check);
      bool ok = reparsed && !check.has_errors() &&
                syntax::comments(s.sources, again).size() == syntax::comments(s.sources, file).size() &&
                format::format_module(s.sources, again, *reparsed) == formatted;
      if (ok && module->kind == ast::Module::Kind::Policy) {
        support::SourceManager a, b;
        a.add(path, original);
        b.add(path, formatted);
        ok = fingerprints(a, path) == fingerprints(b, path);
      }
      if (!ok) {
        std::cerr << fmt::format("redline: error: {}: the formatter could not keep this file's meaning and comments; "
                                 "it is left unchanged (please report this)\n",
                                 path);
        status = std::max(status, kExitFailure);
        continue;
      }
      if (formatted == original) continue;
      if (o->check) {
        std::cout << fmt::format("{}: not formatted\n", path);
        status = std::max(status, kExitFailure);
      } else {
        // Through a symbolic link to the file it names (the link stays); the mode is kept; a
        // read-only file is refused and left as it is.
        try {
          write_output(path, formatted);
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
