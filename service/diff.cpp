#include "service/diff.h"

#include <algorithm>

#include <fmt/format.h>

#include "types/values.h"

namespace redline::service {

struct DiffResult::State {
  std::shared_ptr<const driver::Compiled> before;
  std::shared_ptr<const driver::Compiled> after;
  std::shared_ptr<const std::vector<runtime::Table>> tables;
  std::vector<runtime::Table> before_tables;
  runtime::Results before_results, after_results;
  runtime::EvalOptions before_options, after_options;
  // The policy after each operation, for attributing changes to operations.
  std::vector<std::unique_ptr<driver::Compiled>> stage_programs;
  std::vector<std::unique_ptr<runtime::Results>> stage_results;
  std::vector<std::unique_ptr<runtime::EvalOptions>> stage_options;
  // The report explains its changes from this (runtime::DiffReport keeps a pointer to it).
  runtime::DiffInput input;
};

const ir::Program& DiffResult::before() const { return state->before->program; }
const ir::Program& DiffResult::after() const { return state->after->program; }
const runtime::Results& DiffResult::before_results() const { return state->before_results; }
const runtime::Results& DiffResult::after_results() const { return state->after_results; }

namespace {

AmendmentInfo info_of(const ast::AppliedAmendment& a) {
  AmendmentInfo info{a.name, a.title, std::nullopt, a.citation};
  int64_t day = 0;
  if (a.effective && parse_date(*a.effective, day)) info.effective = day;
  return info;
}

}  // namespace

namespace {

// The outputs to compare: the amended policy's (every output, or those `select` names) and the
// baseline's outputs that the amendments repealed (every one, or those `select` names), all
// over one entity.
struct Selected {
  std::vector<int32_t> outputs;   // in the amended policy
  std::vector<int32_t> repealed;  // in the baseline
};

Selected select_outputs(const ir::Program& A, const ir::Program& B, const std::string& select, bool one_entity = true) {
  Selected out;
  if (select.empty()) {
    for (size_t i = 0; i < B.rules.size(); ++i)
      if (B.rules[i].output && A.rule_index(B.rules[i].name) < 0) out.repealed.push_back(static_cast<int32_t>(i));
    const bool any_output = std::any_of(A.rules.begin(), A.rules.end(), [](const ir::Rule& r) { return r.output; });
    if (any_output || out.repealed.empty()) out.outputs = select_rules(A, select, !one_entity);  // says so when there is none
  } else {
    std::string kept;  // names of the amended policy
    for (const std::string& name : selected_names(select)) {
      if (A.rule_index(name) >= 0) {
        kept += (kept.empty() ? "" : ",") + name;
      } else if (B.rule_index(name) >= 0) {
        out.repealed.push_back(B.rule_index(name));
      } else if (A.function_index(name) >= 0 || B.function_index(name) >= 0) {
        throw UsageError(UsageError::Field::Select,
                         fmt::format("names '{}', a function: it has no column of its own; select a rule that calls it", name));
      } else {
        std::vector<std::string> names;  // of either side: a repealed rule may be meant
        for (const ir::Program* p : {&A, &B})
          for (const ir::Rule& rule : p->rules) names.push_back(rule.name);
        const std::string hint = support::closest_name(name, names);
        throw UsageError(UsageError::Field::Select, fmt::format("names an unknown rule '{}'{}", name,
                                     hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint)));
      }
    }
    if (!kept.empty() || out.repealed.empty()) out.outputs = select_rules(A, kept, !one_entity);
  }
  if (!one_entity) return out;
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

// What `P` can take without evaluating: the columns of `previous` (a program over the same
// data) for rules of the same name and fingerprint, else the cache's columns of the same
// fingerprint. Evaluating P with the result as its previous results (and P as the previous
// program) evaluates only the rest.
runtime::Results seed_columns(const ir::Program& P, const runtime::Results* previous, const ir::Program* previous_program,
                              const ColumnCache* cache) {
  runtime::Results seed;
  seed.columns.resize(P.rules.size());
  for (size_t r = 0; r < P.rules.size(); ++r) {
    const ir::Rule& rule = P.rules[r];
    if (previous && previous_program) {
      int32_t old = previous_program->rule_index(rule.name);
      if (old >= 0 && previous_program->rules[static_cast<size_t>(old)].fingerprint == rule.fingerprint &&
          static_cast<size_t>(old) < previous->columns.size() && previous->columns[static_cast<size_t>(old)]) {
        seed.columns[r] = previous->columns[static_cast<size_t>(old)];
        continue;
      }
    }
    if (cache)
      if (auto it = cache->columns.find(rule.fingerprint); it != cache->columns.end()) seed.columns[r] = it->second;
  }
  if (previous) seed.text_pools = previous->text_pools;
  return seed;
}

}  // namespace

std::vector<DiffSection> diff_sections(Session& s, const DiffRequest& request) {
  // Compiled quietly: the diffs that follow report the warnings and notices; errors are
  // reported here, by compiling again.
  const auto quiet = [&](const std::vector<std::string>& amendments) {
    driver::CompileOptions co;
    co.amendments = amendments;
    co.as_of = request.as_of;
    support::DiagnosticEngine scratch(s.sources);
    auto compiled = driver::compile(s.sources, scratch, request.policy, co);
    if (!compiled || scratch.has_errors()) return compile(s, request.policy, amendments, request.as_of);
    return compiled;
  };
  auto before = quiet(request.base_amendments);
  std::vector<std::string> all = request.base_amendments;
  all.insert(all.end(), request.amendments.begin(), request.amendments.end());
  auto after = quiet(all);
  const ir::Program& A = after->program;
  const ir::Program& B = before->program;
  const Selected selected = select_outputs(A, B, request.select, /*one_entity=*/false);
  std::vector<DiffSection> sections;
  const auto add = [&](const ir::Program& P, int32_t r) {
    const ir::Rule& rule = P.rules[static_cast<size_t>(r)];
    const std::string& entity = P.entities[static_cast<size_t>(rule.entity)].name;
    auto it = std::find_if(sections.begin(), sections.end(), [&](const DiffSection& d) { return d.entity == entity; });
    if (it == sections.end()) it = sections.insert(sections.end(), DiffSection{entity, ""});
    it->select += (it->select.empty() ? "" : ",") + rule.name;
  };
  for (int32_t r : selected.outputs) add(A, r);
  for (int32_t r : selected.repealed) add(B, r);
  return sections;
}

std::vector<SectionDiff> diff_each_section(Session& s, const DiffRequest& request, const std::vector<DiffSection>& sections) {
  // Restored however this returns: the session goes on telling its caller after the sections.
  struct Restore {
    Session& s;
    decltype(Session::on_notice) notice = s.on_notice;
    decltype(Session::on_diagnostics) diagnostics = s.on_diagnostics;
    ~Restore() {
      s.on_notice = std::move(notice);
      s.on_diagnostics = std::move(diagnostics);
    }
  } restore{s};
  std::vector<SectionDiff> out;
  for (const DiffSection& section : sections) {
    SectionDiff d{section.entity, request, nullptr};
    d.request.select = section.select;
    d.result = std::make_shared<DiffResult>(diff(s, d.request));
    out.push_back(std::move(d));
    s.on_notice = nullptr;
    s.on_diagnostics = [](support::DiagnosticEngine& diags) { diags.clear(); };
  }
  return out;
}

std::vector<AmendmentInfo> applied_amendments(const driver::Compiled& c, size_t from) {
  std::vector<AmendmentInfo> out;
  const auto& applied = c.module->applied;
  for (size_t i = from; i < applied.size(); ++i) out.push_back(info_of(applied[i]));
  return out;
}

std::shared_ptr<const Baseline> make_baseline(Session& s, const DiffRequest& request) {
  auto b = std::make_shared<Baseline>();
  b->policy = request.policy;
  b->base_amendments = request.base_amendments;
  b->params = request.params;
  b->as_of = request.as_of;
  b->data = request.data;
  b->compiled = compile(s, request.policy, request.base_amendments, request.as_of);
  const ir::Program& B = b->compiled->program;
  b->options.as_of = request.as_of ? *request.as_of : parse_date_option("");
  b->options.overrides = parse_params(*b->compiled, request.params);
  // Every rule whose data is given: the outputs' are required (load_tables says which are
  // missing), the others (a history no output reads) are evaluated only when their data is there.
  std::vector<int32_t> every, outputs;
  for (size_t i = 0; i < B.rules.size(); ++i) {
    every.push_back(static_cast<int32_t>(i));
    if (B.rules[i].output) outputs.push_back(static_cast<int32_t>(i));
  }
  std::vector<DataSource> declared;  // the data of the baseline's entities
  for (const DataSource& d : request.data)
    if (!request.data_for_drafts || B.entity_index(d.entity) >= 0) declared.push_back(d);
  every = rules_with_data(B, declared, every);
  for (int32_t o : outputs)
    if (std::find(every.begin(), every.end(), o) == every.end()) every.push_back(o);
  auto tables = std::make_shared<std::vector<runtime::Table>>(load_tables(B, declared, every));
  for (const runtime::Table& t : *tables) b->rows += t.rows;
  b->results = runtime::evaluate(B, *tables, b->options, every);
  b->tables = std::move(tables);
  b->indexes = std::make_shared<runtime::AggregateIndexes>();
  return b;
}

DiffResult diff(Session& s, const DiffRequest& request) {
  const auto lap = [&](const std::string& stage) {
    if (request.lap) request.lap(stage);
  };
  DiffResult result;
  auto state = std::make_shared<DiffResult::State>();
  result.state = state;
  const int64_t as_of = request.as_of ? *request.as_of : parse_date_option("");
  const Baseline* baseline = request.baseline.get();
  if (baseline && (baseline->policy != request.policy || baseline->base_amendments != request.base_amendments ||
                   baseline->params != request.params || baseline->as_of != request.as_of))
    throw std::logic_error("diff: the baseline was built for another request");
  if (baseline) state->before = baseline->compiled;
  else if (request.compiled_before) state->before = request.compiled_before;
  else state->before = compile(s, request.policy, request.base_amendments, request.as_of);
  std::vector<std::string> all = request.base_amendments;
  all.insert(all.end(), request.amendments.begin(), request.amendments.end());
  if (request.compiled_after) state->after = request.compiled_after;
  else state->after = compile(s, request.policy, all, request.as_of);
  const driver::Compiled& before = *state->before;
  const driver::Compiled& after = *state->after;
  const ir::Program& A = after.program;
  const ir::Program& B = before.program;
  const Selected selected = select_outputs(A, B, request.select);
  const std::vector<int32_t>& outputs = selected.outputs;

  runtime::EvalOptions& eo = state->after_options;
  runtime::EvalOptions& eo_before = state->before_options;
  eo.as_of = as_of;
  eo.overrides = parse_params(after, request.params);
  eo.deadline = request.deadline;
  eo_before = eo;
  eo_before.overrides = parse_params(before, request.params);
  lap("compile");
  std::vector<int32_t> before_outputs;
  for (int32_t r : outputs)
    if (int32_t b = B.rule_index(A.rules[static_cast<size_t>(r)].name); b >= 0) before_outputs.push_back(b);
  before_outputs.insert(before_outputs.end(), selected.repealed.begin(), selected.repealed.end());
  // An amendment that changes an enum or an entity changes how data is read: then each side
  // reads its own.
  // The diff shows no input field but the key: fields no rule of either side reads are
  // checked but not kept.
  const bool shared = ir::same_schema(A, B);
  if (baseline && !shared) {
    // The baseline's tables were read with the baseline's enums: this diff reads its own.
    DiffRequest whole = request;
    whole.baseline = nullptr;
    return diff(s, whole);
  }
  if (baseline) {
    state->tables = baseline->tables;
  } else {
    LoadOptions lo;
    lo.prune_fields = true;
    lo.skip_undeclared = request.data_for_drafts;
    if (shared) {
      lo.also_program = &B;
      lo.also_rules = before_outputs;
    }
    if (!shared) lo.other_side = &B;
    state->tables = std::make_shared<std::vector<runtime::Table>>(load_tables(A, request.data, outputs, lo));
    lo.also_program = nullptr;
    lo.also_rules.clear();
    lo.other_side = &A;
    if (!shared && !before_outputs.empty()) state->before_tables = load_tables(B, request.data, before_outputs, lo);
  }
  const std::vector<runtime::Table>& tables = *state->tables;
  lap("load data");
  // Without reasons the comparison reads only the outputs' columns: the others can go as soon
  // as the rules reading them have run, except those the amended side reuses.
  if (!request.explain && !baseline) {
    eo.release_unneeded = eo_before.release_unneeded = true;
    for (int32_t r : runtime::closure(A, outputs)) {
      const ir::Rule& rule = A.rules[static_cast<size_t>(r)];
      if (int32_t b = B.rule_index(rule.name); b >= 0 && B.rules[static_cast<size_t>(b)].fingerprint == rule.fingerprint)
        eo_before.keep.push_back(b);
    }
  }
  runtime::Results& rb = state->before_results;
  if (baseline) {
    eo_before = baseline->options;
    rb = baseline->results;
  } else if (!before_outputs.empty()) rb = runtime::evaluate(B, shared ? tables : state->before_tables, eo_before, before_outputs);
  if (rb.columns.empty()) rb.columns.resize(B.rules.size());
  bool reuse = shared && eo.overrides.size() == eo_before.overrides.size();
  const runtime::Results* rb_for_reuse = &rb;
  const ir::Program* b_for_reuse = &B;
  lap("evaluate baseline");
  // For reasons: the policy after each operation, so that every change is attributed to the
  // operations at whose step it moved (runtime/diff_cause.cpp). A step after which the policy
  // does not compile (an operation that needs the next one) is merged with the next.
  const size_t base_operations = before.module->changes.size();
  const size_t operations = after.module->changes.size() - base_operations;
  std::vector<runtime::DiffStage> stages;
  if (request.explain && shared) {
    const ir::Program* previous = &B;
    const runtime::Results* previous_results = &rb;
    for (size_t k = 1; k < operations; ++k) {
      driver::CompileOptions co;
      co.amendments = all;
      co.as_of = request.as_of;
      co.operation_limit = base_operations + k;
      support::DiagnosticEngine scratch(s.sources);
      auto compiled = driver::compile(s.sources, scratch, request.policy, co);
      if (!compiled || scratch.has_errors() || !ir::same_schema(compiled->program, A)) continue;
      const ir::Program& P = compiled->program;
      std::vector<int32_t> wanted;
      for (const std::string& name : report_outputs(A, B, selected))
        if (int32_t r = P.rule_index(name); r >= 0) wanted.push_back(r);
      auto options = std::make_unique<runtime::EvalOptions>(eo);
      options->overrides = parse_params(*compiled, request.params);
      std::unique_ptr<runtime::Results> results;
      if (request.cache && baseline) {
        runtime::Results seed = seed_columns(P, previous_results, previous, request.cache.get());
        results = std::make_unique<runtime::Results>(runtime::evaluate(P, tables, *options, wanted, &seed, &P));
      } else {
        results = std::make_unique<runtime::Results>(runtime::evaluate(P, tables, *options, wanted, previous_results, previous));
      }
      stages.push_back({&P, results.get(), options.get(), k});
      previous = &P;
      previous_results = results.get();
      state->stage_programs.push_back(std::move(compiled));
      state->stage_results.push_back(std::move(results));
      state->stage_options.push_back(std::move(options));
    }
    if (!stages.empty()) {
      reuse = true;
      rb_for_reuse = state->stage_results.back().get();
      b_for_reuse = &state->stage_programs.back()->program;
    }
  }
  lap(fmt::format("evaluate {} intermediate stages", stages.size()));
  runtime::Results& ra = state->after_results;
  if (request.cache && baseline && reuse) {
    runtime::Results seed = seed_columns(A, rb_for_reuse, b_for_reuse, request.cache.get());
    ra = runtime::evaluate(A, tables, eo, outputs, &seed, &A);
  } else {
    ra = runtime::evaluate(A, tables, eo, outputs, reuse ? rb_for_reuse : nullptr, reuse ? b_for_reuse : nullptr);
  }
  if (request.cache && baseline) {
    // The next draft reuses what this one evaluated (the baseline's columns it has anyway).
    ColumnCache next;
    next.diff = std::move(request.cache->diff);
    auto remember = [&](const ir::Program& P, const runtime::Results& R) {
      for (size_t r = 0; r < P.rules.size() && r < R.columns.size(); ++r)
        if (R.columns[r] && R.columns[r]->texts.empty()) next.columns.emplace(P.rules[r].fingerprint, R.columns[r]);
    };
    for (size_t k = 0; k < state->stage_programs.size(); ++k)
      remember(state->stage_programs[k]->program, *state->stage_results[k]);
    remember(A, ra);
    *request.cache = std::move(next);
  }
  lap(fmt::format("evaluate amended ({} of {} rules reused)", ra.reused, A.rules.size()));

  DiffContext& ctx = result.context;
  ctx.policy = A.policy_name;
  ctx.policy_title = after.module->title;
  ctx.base = applied_amendments(before, 0);
  ctx.amendments = applied_amendments(after, before.module->applied.size());
  ctx.as_of = request.as_of;
  for (const auto& skipped : after.skipped)
    if (std::none_of(before.skipped.begin(), before.skipped.end(), [&](const auto& b) { return b.name == skipped.name; }))
      ctx.not_in_force.push_back(info_of(skipped));
  const auto& changes = after.module->changes;
  for (size_t i = before.module->changes.size(); i < changes.size(); ++i)
    ctx.law.push_back({changes[i].amendment, changes[i].action, changes[i].target, changes[i].citation, changes[i].note});

  runtime::DiffInput& in = state->input;
  in.before = &B;
  in.before_results = &rb;
  in.after = &A;
  in.after_results = &ra;
  in.tables = state->tables.get();
  in.outputs = outputs;
  in.repealed = selected.repealed;
  in.law = ctx.law;
  in.explain = request.explain;
  in.before_options = &eo_before;
  in.after_options = &eo;
  in.before_tables = shared ? nullptr : &state->before_tables;
  in.stages = stages;
  if (baseline) in.data_indexes = baseline->indexes;
  result.report = runtime::compute_diff(in, request.cache && baseline ? &request.cache->diff : nullptr);
  lap("compare");
  return result;
}

}  // namespace redline::service
