// `redline diff`: the baseline policy and its amended version on the same data; who changes,
// how, and why.
#include <algorithm>
#include <sstream>
#include <tuple>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/report.h"
#include "support/keep_until_exit.h"
#include "types/values.h"

namespace redline::cli {

namespace {

std::vector<AmendmentInfo> applied_info(const driver::Compiled& c, size_t from) {
  std::vector<AmendmentInfo> out;
  const auto& applied = c.module->applied;
  for (size_t i = from; i < applied.size(); ++i)
    out.push_back({applied[i].name, applied[i].title, applied[i].effective.value_or(""), applied[i].citation});
  return out;
}

bool same_schema(const ir::Program& a, const ir::Program& b) {
  if (a.enums.size() != b.enums.size()) return false;
  for (size_t i = 0; i < a.enums.size(); ++i)
    if (a.enums[i].name != b.enums[i].name || a.enums[i].members != b.enums[i].members) return false;
  return true;
}

// The outputs to compare: the amended policy's (every output, or those --select names) and the
// baseline's outputs that the amendments repealed (every one, or those --select names), all
// over one entity.
struct Selected {
  std::vector<int32_t> outputs;   // in the amended policy
  std::vector<int32_t> repealed;  // in the baseline
};

Selected select_outputs(const ir::Program& A, const ir::Program& B, const std::string& select) {
  Selected out;
  if (select.empty()) {
    for (size_t i = 0; i < B.rules.size(); ++i)
      if (B.rules[i].output && A.rule_index(B.rules[i].name) < 0) out.repealed.push_back(static_cast<int32_t>(i));
    const bool any_output = std::any_of(A.rules.begin(), A.rules.end(), [](const ir::Rule& r) { return r.output; });
    if (any_output || out.repealed.empty()) out.outputs = select_rules(A, select);  // says so when there is none
  } else {
    std::string kept;  // names of the amended policy
    for (const std::string& name : selected_names(select)) {
      if (A.rule_index(name) >= 0) {
        kept += (kept.empty() ? "" : ",") + name;
      } else if (B.rule_index(name) >= 0) {
        out.repealed.push_back(B.rule_index(name));
      } else {
        std::vector<std::string> names;  // of either side: a repealed rule may be meant
        for (const ir::Program* p : {&A, &B})
          for (const ir::Rule& rule : p->rules) names.push_back(rule.name);
        const std::string hint = support::closest_name(name, names);
        throw UsageError(fmt::format("--select names an unknown rule '{}'{}", name,
                                     hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint)));
      }
    }
    if (!kept.empty() || out.repealed.empty()) out.outputs = select_rules(A, kept);
  }
  const ir::Rule& first = out.outputs.empty() ? B.rules[static_cast<size_t>(out.repealed[0])]
                                              : A.rules[static_cast<size_t>(out.outputs[0])];
  for (int32_t r : out.repealed)
    if (B.rules[static_cast<size_t>(r)].entity != first.entity)
      throw UsageError(fmt::format("rules '{}' and '{}' are over different entities; select rules of one entity",
                                   first.name, B.rules[static_cast<size_t>(r)].name));
  return out;
}

// The names of the outputs compared, on either side.
std::vector<std::string> report_outputs(const ir::Program& A, const ir::Program& B, const Selected& selected) {
  std::vector<std::string> names;
  for (int32_t r : selected.outputs) names.push_back(A.rules[static_cast<size_t>(r)].name);
  for (int32_t r : selected.repealed) names.push_back(B.rules[static_cast<size_t>(r)].name);
  return names;
}

}  // namespace

Command add_diff(CLI::App& app) {
  auto* cmd = app.add_subcommand("diff", "Compare a policy with its amended version on the same data");
  struct Options {
    std::string policy;
    std::vector<std::string> amend, base_amend, data, params;
    std::string as_of, select, format = "table", output;
    bool timings = false;
    bool csv_safe = true;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("policy", o->policy, "The policy file")->required();
  cmd->add_option("--amend", o->amend, "The modification(s) to assess, applied in order")->required();
  cmd->add_option("--base-amend", o->base_amend,
                  "Modifications already in force: applied to both sides, so the diff shows only --amend's effect");
  cmd->add_option("--data", o->data, "ENTITY=PATH: a CSV, JSON or JSON Lines dataset (repeatable)")->required();
  cmd->add_option("--param", o->params, "NAME=VALUE: override a parameter on both sides (repeatable)");
  cmd->add_option("--as-of", o->as_of, "Evaluate as of this date (YYYY-MM-DD); default today");
  cmd->add_option("--select", o->select, "RULE,...: the outputs to compare (default: every output)");
  cmd->add_option("--format", o->format, "table, csv, json, jsonl, markdown or html")->capture_default_str();
  add_csv_safe_flags(*cmd, o->csv_safe);
  cmd->add_option("-o,--output", o->output, "Write to FILE (atomically) instead of stdout");
  cmd->add_flag("--timings", o->timings, "Print how long each stage took on stderr");
  return [o]() {
    refuse_input_as_output("-o", o->output, input_files(o->policy, o->amend, o->data, o->base_amend));
    const std::vector<std::string> formats{"table", "csv", "json", "jsonl", "markdown", "html"};
    if (std::find(formats.begin(), formats.end(), o->format) == formats.end())
      throw UsageError(fmt::format("--format '{}' is not one of table, csv, json, jsonl, markdown, html", o->format));
    Stopwatch watch(o->timings);
    int64_t as_of = parse_as_of(o->as_of);
    std::optional<int64_t> as_of_opt = o->as_of.empty() ? std::nullopt : std::optional(as_of);
    Session s;
    auto before = compile_or_fail(s, o->policy, o->base_amend, as_of_opt);
    std::vector<std::string> all = o->base_amend;
    all.insert(all.end(), o->amend.begin(), o->amend.end());
    auto after = compile_or_fail(s, o->policy, all, as_of_opt);
    const ir::Program& A = after->program;
    const ir::Program& B = before->program;
    const Selected selected = select_outputs(A, B, o->select);
    const std::vector<int32_t>& outputs = selected.outputs;

    runtime::EvalOptions eo;
    eo.as_of = as_of;
    eo.overrides = parse_params(*after, o->params);
    runtime::EvalOptions eo_before = eo;
    eo_before.overrides = parse_params(*before, o->params);
    watch.lap("compile");
    std::vector<int32_t> before_outputs;
    for (int32_t r : outputs)
      if (int32_t b = B.rule_index(A.rules[static_cast<size_t>(r)].name); b >= 0) before_outputs.push_back(b);
    before_outputs.insert(before_outputs.end(), selected.repealed.begin(), selected.repealed.end());
    // An amendment that changes an enum changes how data is read: then each side reads its own.
    // The diff prints no input field but the key: fields no rule of either side reads are
    // checked but not kept.
    bool shared = same_schema(A, B);
    LoadOptions lo;
    lo.prune_fields = true;
    if (shared) {
      lo.also_program = &B;
      lo.also_rules = before_outputs;
    }
    auto tables = load_tables(A, o->data, outputs, lo);
    lo.also_program = nullptr;
    lo.also_rules.clear();
    std::vector<runtime::Table> before_tables;
    if (!shared && !before_outputs.empty()) before_tables = load_tables(B, o->data, before_outputs, lo);
    watch.lap("load data");
    // Without explanations (csv) the comparison reads only the outputs' columns: the others
    // can go as soon as the rules reading them have run, except those the amended side reuses.
    const bool explain = o->format != "csv";
    if (!explain) {
      eo.release_unneeded = eo_before.release_unneeded = true;
      for (int32_t r : runtime::closure(A, outputs)) {
        const ir::Rule& rule = A.rules[static_cast<size_t>(r)];
        if (int32_t b = B.rule_index(rule.name); b >= 0 && B.rules[static_cast<size_t>(b)].fingerprint == rule.fingerprint)
          eo_before.keep.push_back(b);
      }
    }
    runtime::Results rb = before_outputs.empty() ? runtime::Results{}
                                                 : runtime::evaluate(B, shared ? tables : before_tables, eo_before, before_outputs);
    if (rb.columns.empty()) rb.columns.resize(B.rules.size());
    bool reuse = shared && eo.overrides.size() == eo_before.overrides.size();
    const runtime::Results* rb_for_reuse = &rb;
    const ir::Program* b_for_reuse = &B;
    watch.lap("evaluate baseline");
    // For reasons: the policy after each operation, so that every change is attributed to the
    // operations at whose step it moved (runtime/diff_cause.cpp). A step after which the policy
    // does not compile (an operation that needs the next one) is merged with the next.
    const size_t base_operations = before->module->changes.size();
    const size_t operations = after->module->changes.size() - base_operations;
    std::vector<std::unique_ptr<driver::Compiled>> stage_programs;
    std::vector<std::unique_ptr<runtime::Results>> stage_results;
    std::vector<std::unique_ptr<runtime::EvalOptions>> stage_options;
    std::vector<runtime::DiffStage> stages;
    if (explain && shared) {
      const ir::Program* previous = &B;
      const runtime::Results* previous_results = &rb;
      for (size_t k = 1; k < operations; ++k) {
        driver::CompileOptions co;
        co.amendments = all;
        co.as_of = as_of_opt;
        co.operation_limit = base_operations + k;
        support::DiagnosticEngine scratch(s.sources);
        auto compiled = driver::compile(s.sources, scratch, o->policy, co);
        if (!compiled || scratch.has_errors() || !same_schema(compiled->program, A)) continue;
        const ir::Program& P = compiled->program;
        std::vector<int32_t> wanted;
        for (const std::string& name : report_outputs(A, B, selected))
          if (int32_t r = P.rule_index(name); r >= 0) wanted.push_back(r);
        auto options = std::make_unique<runtime::EvalOptions>(eo);
        options->overrides = parse_params(*compiled, o->params);
        auto results = std::make_unique<runtime::Results>(
            runtime::evaluate(P, tables, *options, wanted, previous_results, previous));
        stages.push_back({&P, results.get(), options.get(), k});
        previous = &P;
        previous_results = results.get();
        stage_programs.push_back(std::move(compiled));
        stage_results.push_back(std::move(results));
        stage_options.push_back(std::move(options));
      }
      if (!stages.empty()) {
        reuse = true;
        rb_for_reuse = stage_results.back().get();
        b_for_reuse = &stage_programs.back()->program;
      }
    }
    watch.lap(fmt::format("evaluate {} intermediate stages", stages.size()));
    runtime::Results ra = runtime::evaluate(A, tables, eo, outputs, reuse ? rb_for_reuse : nullptr, reuse ? b_for_reuse : nullptr);
    watch.lap(fmt::format("evaluate amended ({} of {} rules reused)", ra.reused, A.rules.size()));
    if (o->timings) {
      print_rule_times("baseline", B, rb);
      print_rule_times("amended", A, ra);
    }

    DiffContext ctx;
    ctx.policy = A.policy_name;
    ctx.policy_title = after->module->title;
    ctx.base = applied_info(*before, 0);
    ctx.amendments = applied_info(*after, before->module->applied.size());
    ctx.as_of = o->as_of;
    for (const auto& skipped : after->skipped)
      if (std::none_of(before->skipped.begin(), before->skipped.end(), [&](const auto& b) { return b.name == skipped.name; }))
        ctx.not_in_force.push_back({skipped.name, skipped.title, skipped.effective.value_or(""), skipped.citation});
    const auto& changes = after->module->changes;
    size_t base_changes = before->module->changes.size();
    for (size_t i = base_changes; i < changes.size(); ++i)
      ctx.law.push_back({changes[i].amendment, changes[i].action, changes[i].target, changes[i].citation, changes[i].note});

    runtime::DiffInput in;
    in.before = &B;
    in.before_results = &rb;
    in.after = &A;
    in.after_results = &ra;
    in.tables = &tables;
    in.outputs = outputs;
    in.repealed = selected.repealed;
    in.law = ctx.law;
    in.explain = explain;
    // The streamed formats group the causes as they write them (one search per cause); html
    // lists the groups and the first rows only, from the grouped report.
    in.defer_causes = o->format != "html";
    in.before_options = &eo_before;
    in.after_options = &eo;
    in.before_tables = shared ? nullptr : &before_tables;
    in.stages = stages;
    runtime::DiffReport report = runtime::compute_diff(in);
    watch.lap("compare");

    // The text formats are written as they are rendered (each change's cause found as its row
    // is written): an error on the way leaves no part of an -o file.
    std::vector<std::string> text;
    if (o->format == "csv") text = diff_csv(report, o->csv_safe);
    else if (o->format == "html") text.push_back(diff_html(diff_json(report, ctx, kHtmlMaxRows), report.changes.size()));
    if (!text.empty()) watch.lap("render");
    write_output(o->output, [&](std::ostream& out) {
      if (o->format == "json") diff_json(out, report, ctx);
      else if (o->format == "jsonl") diff_jsonl(out, report, ctx);
      else if (o->format == "markdown") diff_markdown(out, report, ctx);
      else if (o->format == "table") diff_table(out, report, ctx);
      for (const std::string& part : text) out << part;
    });
    watch.lap(text.empty() ? "render and write" : "write");
    // Freeing hundreds of megabytes piece by piece would only delay the exit.
    support::keep_until_exit(
        std::make_shared<std::tuple<std::vector<runtime::Table>, std::vector<runtime::Table>, runtime::Results,
                                    runtime::Results, runtime::DiffReport, std::vector<std::string>>>(
            std::move(tables), std::move(before_tables), std::move(rb), std::move(ra), std::move(report),
            std::move(text)));
    support::keep_until_exit(std::make_shared<decltype(stage_programs)>(std::move(stage_programs)));
    support::keep_until_exit(std::make_shared<decltype(stage_results)>(std::move(stage_results)));
    return kExitOk;
  };
}

}  // namespace redline::cli
