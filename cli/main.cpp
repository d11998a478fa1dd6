// redline: the command-line entry point. Dispatches to the subcommands and maps failures to
// the exit codes of the contract (0 ok, 1 diagnostics or failures, 2 bad usage or data, or an
// output that could not be written, standard output included).
#include <iostream>
#include <map>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/common.h"
#include "runtime/evaluator.h"
#include "support/allocator.h"

#ifndef REDLINE_VERSION
#define REDLINE_VERSION "0.0.0"
#endif

namespace {

int run_command(int argc, char** argv) {
  using namespace redline::cli;
  CLI::App app{"redline: a declarative policy compiler. Write rules, test them, and see what an amendment changes.",
               "redline"};
  app.set_version_flag("--version", std::string("redline ") + REDLINE_VERSION);
  app.require_subcommand(1);
  std::map<CLI::App*, Command> commands;
  auto add = [&](Command (*f)(CLI::App&)) {
    Command c = f(app);
    commands[app.get_subcommands([](CLI::App*) { return true; }).back()] = c;
  };
  add(add_check);
  add(add_run);
  add(add_diff);
  add(add_compare);
  add(add_explain);
  add(add_timeline);
  add(add_test);
  add(add_fmt);
  add(add_graph);
  add(add_lsp);
  add(add_studio);
  add(add_sql);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "redline: error: " << e.what() << "\nrun 'redline --help' for usage\n";
    return kExitUsage;
  }
  try {
    for (auto& [sub, run] : commands)
      if (sub->parsed()) return run();
  } catch (const CompileFailed&) {
    return kExitFailure;
  } catch (const UsageError& e) {
    std::cerr << "redline: error: " << usage_text(e) << "\n";
    return kExitUsage;
  } catch (const redline::runtime::DataError& e) {
    std::cerr << "redline: error: " << e.what() << "\n";
    return kExitUsage;
  } catch (const redline::runtime::EvalError& e) {
    std::cerr << "redline: error: " << e.what() << "\n";
    return kExitFailure;
  } catch (const std::bad_alloc&) {
    std::cerr << "redline: error: out of memory\n";
    return kExitUsage;
  } catch (const std::exception& e) {
    std::cerr << "redline: internal error: " << e.what() << "\n";
    return 3;
  }
  return kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace redline::cli;
  redline::support::tune_allocator();
  // Every command's standard output is checked once, here, at the end: a full disk or a closed
  // pipe (when SIGPIPE is ignored; by default it still ends the process) is an error, exit 2.
  install_stdout();
  int status = run_command(argc, argv);
  if (!finish_stdout() && status < kExitUsage) status = kExitUsage;
  return status;
}
