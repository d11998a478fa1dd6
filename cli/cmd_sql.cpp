// `redline sql`: the policy (or, with --diff, the baseline and its amended version) as a SQL
// script that computes what `run`/`diff --format csv --no-csv-safe` print (docs/sql.md).
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/common.h"
#include "sql/translate.h"

namespace redline::cli {

namespace {

// --param NAME=VALUE, checked against `c` as run and diff check it, by name for the script.
std::vector<sql::ParamOverride> overrides(const driver::Compiled& c, const std::vector<std::string>& params) {
  std::vector<sql::ParamOverride> out;
  for (const runtime::ParamOverride& o : service::parse_params(c, params))
    out.push_back({c.program.params[static_cast<size_t>(o.param)].name, o.value, o.text});
  return out;
}

}  // namespace

Command add_sql(CLI::App& app) {
  auto* cmd = app.add_subcommand("sql", "Write a SQL script that evaluates the policy (or its diff) over tables of the data");
  struct Options {
    std::string policy;
    std::vector<std::string> amend, base_amend, params;
    std::string dialect, select, as_of, output;
    bool diff = false;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("policy", o->policy, "The policy file")->required();
  cmd->add_option("--amend", o->amend, "Modifications to apply, in order (with --diff: the ones to assess)");
  cmd->add_option("--base-amend", o->base_amend, "With --diff: modifications already in force, applied to both sides");
  cmd->add_option("--dialect", o->dialect, "sqlite, postgres or duckdb: the SQL dialect to write")->required();
  cmd->add_flag("--diff", o->diff, "Compare the policy with its amended version, as 'redline diff --format csv --no-csv-safe'");
  cmd->add_option("--select", o->select, "RULE,...: the outputs to compute (default: every output)");
  cmd->add_option("--param", o->params, "NAME=VALUE: override a parameter on every date (with --diff: on both sides)");
  cmd->add_option("--as-of", o->as_of, "Evaluate as of this date (YYYY-MM-DD); default today");
  cmd->add_option("-o,--output", o->output, "Write to FILE (atomically) instead of stdout");
  return [o]() {
    refuse_input_as_output("-o", o->output, input_files(o->policy, o->amend, {}, o->base_amend));
    sql::Options options;
    if (!sql::parse_dialect(o->dialect, options.dialect))
      throw UsageError(fmt::format("--dialect '{}' is not translated; the dialects are: sqlite, postgres, duckdb", o->dialect));
    if (o->diff && o->amend.empty()) throw UsageError("--diff needs --amend: the modifications to assess");
    if (!o->diff && !o->base_amend.empty()) throw UsageError("--base-amend is for --diff; without it give every modification with --amend");
    const std::optional<int64_t> as_of = parse_as_of(o->as_of);
    options.as_of = as_of ? *as_of : service::parse_date_option("");
    options.select = service::selected_names(o->select);
    service::Session s;
    attach_terminal(s);
    std::string script;
    try {
      if (o->diff) {
        auto before = service::compile(s, o->policy, o->base_amend, as_of);
        std::vector<std::string> all = o->base_amend;
        all.insert(all.end(), o->amend.begin(), o->amend.end());
        auto after = service::compile(s, o->policy, all, as_of);
        overrides(*before, o->params);  // each side must know every parameter named, as diff asks
        options.overrides = overrides(*after, o->params);
        script = sql::translate_diff(before->program, after->program, options);
      } else {
        auto compiled = service::compile(s, o->policy, o->amend, as_of);
        options.overrides = overrides(*compiled, o->params);
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
