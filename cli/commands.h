// The subcommands of `redline`: each registers its options and returns the function to run.
#pragma once

#include <functional>

#include <CLI/CLI.hpp>

namespace redline::cli {

using Command = std::function<int()>;

Command add_check(CLI::App& app);
Command add_run(CLI::App& app);
Command add_graph(CLI::App& app);
Command add_diff(CLI::App& app);
Command add_explain(CLI::App& app);
Command add_test(CLI::App& app);
Command add_fmt(CLI::App& app);
Command add_lsp(CLI::App& app);
Command add_compare(CLI::App& app);
Command add_sql(CLI::App& app);
Command add_studio(CLI::App& app);
Command add_timeline(CLI::App& app);

// --csv-safe (the default) and --no-csv-safe, on every command that writes CSV: whether text
// cells are guarded against formula injection (runtime::WriteOptions::csv_safe).
void add_csv_safe_flags(CLI::App& cmd, bool& csv_safe);

}  // namespace redline::cli
