// `redline studio`: the drafting studio, a local web server where a drafter edits an amendment
// and watches its impact (see docs/studio.md). Runs until interrupted; exit 0 then.
#include <signal.h>

#include <cstdio>
#include <iostream>
#include <thread>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/common.h"
#include "support/terminal.h"
#include "studio/server.h"

namespace redline::cli {

namespace {

// SIGINT and SIGTERM stop the server from a thread that waits for them, so that the server
// returns from listen() and the process exits normally (no handler runs library code).
void stop_on_signals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  std::thread([set] {
    int sig = 0;
    sigwait(&set, &sig);
    studio::stop();
  }).detach();
}

}  // namespace

Command add_studio(CLI::App& app) {
  auto* cmd = app.add_subcommand("studio", "Serve the drafting studio: edit an amendment in the browser and watch its impact");
  struct Options : PolicyFlags {
    std::string workspace = ".", host = "127.0.0.1";
    int port = 8080;
    unsigned eval_ms = 10000;
    size_t body_kb = 1024;
  };
  auto o = std::make_shared<Options>();
  o->add_policy(*cmd);
  o->add_amend(*cmd, "A modification to open in the editor (repeatable)");
  o->add_base_amend(*cmd, "A modification in force on both sides (repeatable, applied in order)");
  // No standard input: the studio reads its data again when the as-of date changes.
  o->add_data(*cmd, /*standard_input=*/false);
  o->add_param(*cmd);
  o->add_as_of(*cmd);
  cmd->add_option("--workspace", o->workspace, "The folder drafts are saved in")->capture_default_str();
  cmd->add_option("--host", o->host, "The address to listen on; any but loopback requires the printed token")
      ->capture_default_str();
  cmd->add_option("--port", o->port, "The port to listen on (0: any free port)")->capture_default_str()->check(CLI::Range(0, 65535));
  cmd->add_option("--eval-limit-ms", o->eval_ms, "Stop an evaluation that takes longer (milliseconds)")->capture_default_str();
  cmd->add_option("--body-limit-kb", o->body_kb, "Refuse request bodies over this size (KiB)")->capture_default_str();
  return [o]() {
    service::PolicyRequest request;
    o->fill(request);
    for (const service::DataSource& d : request.data)
      if (d.path == "-")
        throw UsageError("the studio reads its data again when the as-of date changes: give --data a file, not standard input");
    studio::Options options;
    options.policy = request.policy;
    options.drafts = request.amendments;
    options.base = o->base_amend;
    options.data = request.data;
    options.params = request.params;
    options.as_of = request.as_of;
    options.workspace = o->workspace;
    options.host = o->host;
    options.port = static_cast<uint16_t>(o->port);
    options.eval_limit = std::chrono::milliseconds(o->eval_ms);
    options.body_limit = o->body_kb * 1024;
    if (!studio::is_loopback(o->host)) options.token = studio::random_token();
    options.on_load_diagnostics = [](support::DiagnosticEngine& diags) {
      std::cerr << diags.render(support::use_color(support::ColorMode::Auto, STDERR_FILENO));
    };
    stop_on_signals();
    studio::App studio_app(std::move(options));
    studio::serve(studio_app, [&](const std::string& url) {
      std::cout << "redline studio: " << url << std::endl;
      std::cerr << fmt::format("redline studio: {} rows loaded; drafts are saved in {}; Ctrl-C stops\n",
                               studio_app.rows(), studio_app.options().workspace);
      for (const std::string& entity : studio_app.data_for_drafts())
        std::cerr << fmt::format("redline studio: the policy declares no entity '{}': its data is read for drafts that insert it\n",
                                 support::escape_for_terminal(entity));
      if (!studio::is_loopback(studio_app.options().host))
        std::cerr << "redline studio: listening beyond this machine; every request needs the token in the address above\n";
    });
    return kExitOk;
  };
}

}  // namespace redline::cli
