// `redline test PATH...`: run every test found; the last line is 'N passed, N failed'.
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/common.h"
#include "support/terminal.h"

namespace redline::cli {

Command add_test(CLI::App& app) {
  auto* cmd = app.add_subcommand("test", "Run the tests written in policies and .tests files");
  struct Options {
    std::vector<std::string> paths;
    std::string filter, junit;
    bool coverage = false, verbose = false;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("paths", o->paths, "Files or folders to search for tests")->required();
  cmd->add_option("--filter", o->filter, "Run only tests whose 'file: name' contains this text");
  cmd->add_option("--junit", o->junit, "Also write a JUnit XML report to FILE");
  cmd->add_flag("--coverage", o->coverage, "Report the rules, table rows, exceptions and cycle positions exercised");
  cmd->add_flag("-v,--verbose", o->verbose, "List passing tests too");
  return [o]() {
    // The paths given are checked before the run, every file the run read after it.
    std::vector<std::pair<std::string, std::string>> inputs;
    for (const auto& path : o->paths) inputs.emplace_back(path, path);
    refuse_input_as_output("--junit", o->junit, inputs);
    service::Session s;
    service::TestOptions options;
    options.filter = o->filter;
    options.coverage = o->coverage;
    service::TestRun run = service::run_tests(s, o->paths, options);
    size_t passed = 0, failed = 0;
    for (const auto& r : run.results) {
      if (r.passed) {
        ++passed;
        if (o->verbose) std::cout << fmt::format("ok    {}: {}\n", r.file, r.name);
      } else {
        ++failed;
        // A title is a string of the test file, which may hold escapes such as "\n": shown escaped,
        // it never breaks the report's lines or sends control characters to the terminal.
        std::cout << fmt::format("FAIL  {}: {}{}\n{}\n", r.file, r.name,
                                 r.title.empty() ? "" : " \"" + support::escape_for_terminal(r.title) + "\"", r.failure);
      }
    }
    if (o->coverage) std::cout << "\n" << service::coverage_report(run) << "\n";
    if (!o->junit.empty()) {
      inputs.clear();
      for (uint32_t i = 0; i < s.sources.size(); ++i) inputs.emplace_back(s.sources.file(i).path(), s.sources.file(i).path());
      refuse_input_as_output("--junit", o->junit, inputs);
      write_output(o->junit, service::junit_xml(run));
    }
    std::cout << fmt::format("{} passed, {} failed\n", passed, failed);
    if (run.results.empty()) {
      // Nothing ran: a folder without tests, a misspelt --filter. That is not a success.
      if (run.found == 0) {
        std::string where;
        for (size_t i = 0; i < o->paths.size(); ++i) where += fmt::format("{}'{}'", i ? ", " : "", o->paths[i]);
        std::cerr << fmt::format("redline: error: no test found in {}\n", where);
      } else {
        std::cerr << fmt::format("redline: error: no test ran: --filter '{}' matches none of the {} test{}\n", o->filter,
                                 run.found, run.found == 1 ? "" : "s");
      }
      return kExitFailure;
    }
    return failed ? kExitFailure : kExitOk;
  };
}

}  // namespace redline::cli
