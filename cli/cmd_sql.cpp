// `redline sql`: the policy (or, with --diff, the baseline and its amended version) as a SQL
// script that computes what `run`/`diff --format csv --no-csv-safe` print (docs/sql.md).
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/common.h"
#include "sql/translate.h"

namespace redline::cli {

namespace {

std::vector<std::string> split_select(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size() && !s.empty()) {
    const size_t comma = s.find(',', start);
    std::string name = s.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (!name.empty()) out.push_back(name);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

}  // namespace

Command add_sql(CLI::App& app) {
  auto* cmd = app.add_subcommand("sql", "Write a SQL script that evaluates the policy (or its diff) over tables of the data");
  struct Options {
    std::string policy;
    std::vector<std::string> amend, base_amend;
    std::string dialect, select, as_of, output;
    bool diff = false;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("policy", o->policy, "The policy file")->required();
  cmd->add_option("--amend", o->amend, "Modifications to apply, in order (with --diff: the ones to assess)");
  cmd->add_option("--base-amend", o->base_amend, "With --diff: modifications already in force, applied to both sides");
  cmd->add_option("--dialect", o->dialect, "sqlite: the SQL dialect to write")->required();
  cmd->add_flag("--diff", o->diff, "Compare the policy with its amended version, as 'redline diff --format csv --no-csv-safe'");
  cmd->add_option("--select", o->select, "RULE,...: the outputs to compute (default: every output)");
  cmd->add_option("--as-of", o->as_of, "Evaluate as of this date (YYYY-MM-DD); default today");
  cmd->add_option("-o,--output", o->output, "Write to FILE (atomically) instead of stdout");
  return [o]() {
    refuse_input_as_output("-o", o->output, input_files(o->policy, o->amend, {}, o->base_amend));
    sql::Options options;
    if (!sql::parse_dialect(o->dialect, options.dialect))
      throw UsageError(fmt::format("--dialect '{}' is not translated; the dialects are: sqlite", o->dialect));
    if (o->diff && o->amend.empty()) throw UsageError("--diff needs --amend: the modifications to assess");
    if (!o->diff && !o->base_amend.empty()) throw UsageError("--base-amend is for --diff; without it give every modification with --amend");
    const std::optional<int64_t> as_of = parse_as_of(o->as_of);
    options.as_of = as_of ? *as_of : service::parse_date_option("");
    options.select = split_select(o->select);
    service::Session s;
    attach_terminal(s);
    std::string script;
    try {
      if (o->diff) {
        auto before = service::compile(s, o->policy, o->base_amend, as_of);
        std::vector<std::string> all = o->base_amend;
        all.insert(all.end(), o->amend.begin(), o->amend.end());
        auto after = service::compile(s, o->policy, all, as_of);
        script = sql::translate_diff(before->program, after->program, options);
      } else {
        auto compiled = service::compile(s, o->policy, o->amend, as_of);
        script = sql::translate_run(compiled->program, options);
      }
    } catch (const sql::Untranslatable& e) {
      s.diags.report(support::Diag::SqlUntranslatable, e.loc, e.what());
      s.publish();
      throw CompileFailed();
    } catch (const sql::SelectError& e) {
      throw UsageError(e.what());
    }
    write_output(o->output, [&](std::ostream& out) { out << script; });
    return kExitOk;
  };
}

}  // namespace redline::cli
