// `redline lsp`: the language server, over standard input and output (see docs/lsp.md). Exit
// 0 after `shutdown` then `exit`, 1 when the client exits (or closes the pipe) without
// shutting down first, as the protocol asks.
#include <iostream>

#include "cli/commands.h"
#include "lsp/server.h"

namespace redline::cli {

Command add_lsp(CLI::App& app) {
  auto* cmd = app.add_subcommand("lsp", "Run the language server (LSP 3.17 over standard input and output)");
  auto stdio = std::make_shared<bool>(false);
  // Editors' clients often pass --stdio to every server; it is the only transport here.
  cmd->add_flag("--stdio", *stdio, "Use standard input and output (the default and only transport)");
  return [stdio]() {
    std::ios::sync_with_stdio(false);
    return lsp::serve(std::cin, std::cout, /*fd=*/0);
  };
}

}  // namespace redline::cli
