// compare: compiles both sides, hands them to the analysis, and checks each witness on the
// evaluator, so that a region reported is one the engine itself reproduces.
#include "service/compare.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <future>
#include <fstream>
#include <set>
#include <utility>

#include <fmt/format.h>

#include "runtime/file_bytes.h"
#include "runtime/writers.h"
#include "service/data.h"
#include "service/run.h"
#include "runtime/diff_cause.h"
#include "service/errors.h"
#include "types/values.h"

namespace redline::service {
namespace {

// A directory of our own for the `--where` condition's modification, removed with it.
// Made by mkdtemp: a new directory (never one that already exists, which another user could
// have made to swap the condition's text under us), readable by us alone.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "redline-compare-XXXXXX").string();
    if (!::mkdtemp(pattern.data()))
      throw UsageError(fmt::format("cannot make a temporary directory in {}: {}",
                                   std::filesystem::temp_directory_path().string(), std::strerror(errno)));
    path = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
};

}  // namespace

std::string witness_csv(const analysis::WitnessTable& table) {
  std::string out;
  for (size_t i = 0; i < table.header.size(); ++i) out += (i ? "," : "") + runtime::csv_escape(table.header[i]);
  out += "\n";
  for (const auto& row : table.rows) {
    for (size_t i = 0; i < row.size(); ++i) out += (i ? "," : "") + runtime::csv_escape(row[i]);
    out += "\n";
  }
  return out;
}

std::vector<DataSource> witness_data(const analysis::Witness& w) {
  std::vector<DataSource> data;
  for (const auto& t : w.tables) {
    DataSource src;
    src.entity = t.entity;
    src.path = "witness/" + t.entity + ".csv";
    src.format = DataFormat::Csv;
    src.bytes = std::make_shared<runtime::FileBytes>(witness_csv(t));
    data.push_back(std::move(src));
  }
  return data;
}

namespace {

// The value `output` takes for the witness's subject when the policy runs with `amendments` on
// the witness's data, as the value formatter prints it ("" for none); nullopt when the run
// fails or the subject is not in its data.
std::optional<std::string> value_on_witness(Session& s, const CompareRequest& request,
                                            const std::vector<std::string>& amendments, int64_t as_of,
                                            const std::string& output, const analysis::Witness& w) {
  RunRequest r;
  r.policy = request.policy;
  r.amendments = amendments;
  r.as_of = as_of;
  r.params = request.params;
  r.select = output;
  r.data = witness_data(w);
  try {
    RunResult run_result = run(s, r);
    const ir::Program& p = run_result.program();
    const int32_t rule = p.rule_index(output);
    if (rule < 0 || !run_result.results.columns[static_cast<size_t>(rule)]) return std::nullopt;
    const ir::Entity& entity = p.entities[static_cast<size_t>(p.rules[static_cast<size_t>(rule)].entity)];
    const runtime::Table& t = run_result.tables[static_cast<size_t>(p.rules[static_cast<size_t>(rule)].entity)];
    for (size_t row = 0; row < t.rows; ++row)
      if (t.key_text(entity, row) == w.subject_key)
        return runtime::value_text(p, run_result.tables, *run_result.results.columns[static_cast<size_t>(rule)], row);
  } catch (const std::exception&) {
  }
  return std::nullopt;
}

bool verify_alternatives(Session& s, const CompareRequest& request, const std::vector<std::string>& first,
                         const std::vector<std::string>& second, int64_t as_of, const std::string& output,
                         const analysis::Witness& w) {
  auto none_as_empty = [](const std::string& v) { return v == "none" ? std::string() : v; };
  auto a = value_on_witness(s, request, first, as_of, output, w);
  auto b = value_on_witness(s, request, second, as_of, output, w);
  return a && b && *a == none_as_empty(w.before) && *b == none_as_empty(w.after);
}

}  // namespace

CompareResult compare(Session& s, const CompareRequest& request) {
  CompareResult result;
  const int64_t as_of = request.as_of ? *request.as_of : parse_date_option("");
  std::vector<std::string> before_mods = request.base_amendments;
  if (!request.against.empty()) before_mods.insert(before_mods.end(), request.amendments.begin(), request.amendments.end());
  std::unique_ptr<driver::Compiled> before = compile(s, request.policy, before_mods, request.as_of);
  std::vector<std::string> after_mods = request.base_amendments;
  const auto& second = request.against.empty() ? request.amendments : request.against;
  after_mods.insert(after_mods.end(), second.begin(), second.end());

  analysis::CompareOptions options;
  options.as_of = as_of;
  options.rows = request.rows;
  options.max_regions = request.max_regions;
  options.rlimit = request.rlimit;
  options.timeout_ms = request.timeout_ms;
  options.direction = request.direction;
  options.outputs = selected_names(request.select);
  options.cancel = request.cancel;
  std::unique_ptr<driver::Compiled> after;
  auto is_output = [](const ir::Program& p, const std::string& name) {
    const int32_t r = p.rule_index(name);
    return r >= 0 && p.rules[static_cast<size_t>(r)].output;
  };

  std::optional<TempDir> tmp;
  if (!request.where.empty()) {
    // The condition is compiled as the policy's own rules are (names, types, builtins): as a
    // rule a modification inserts, on the amended side only, where nothing else reads it.
    int32_t entity = -1;
    for (const auto& name : options.outputs)
      if (is_output(before->program, name))
        entity = before->program.rules[static_cast<size_t>(before->program.rule_index(name))].entity;
    if (entity < 0)
      for (const auto& r : before->program.rules)
        if (r.output) {
          entity = r.entity;
          break;
        }
    if (entity < 0) throw UsageError(UsageError::Field::Where, "cannot apply: the policy has no output");
    const std::string& ent = before->program.entities[static_cast<size_t>(entity)].name;
    const std::string var(1, static_cast<char>(std::tolower(static_cast<unsigned char>(ent[0]))));
    tmp.emplace();
    const auto path = tmp->path / "where.policy";
    std::ofstream(path) << fmt::format(
        "modification compare_where \"--where\" [where]\n  amends {};\n\n"
        "insert rule compare_where_condition({}: {}): bool [where]\n  = {};\n",
        before->program.policy_name, var, ent, request.where);
    after_mods.push_back(path.string());
  }
  after = compile(s, request.policy, after_mods, request.as_of);
  // Parameter overrides replace the value at every date, on both sides, as the evaluator does
  // (which takes the first given for a parameter).
  for (driver::Compiled* c : {before.get(), after.get()}) {
    std::set<int32_t> done;
    for (const runtime::ParamOverride& o : parse_params(*c, request.params)) {
      if (!done.insert(o.param).second) continue;
      ir::Param& prm = c->program.params[static_cast<size_t>(o.param)];
      if (prm.scale)
        throw UsageError(fmt::format("parameter '{}' is a scale: a value given for it (--param) cannot replace its brackets",
                                     prm.name));
      ir::ParamValue value;
      value.value = o.value;
      value.text = o.text;
      prm.values.assign(1, value);
    }
  }
  // An output the amendment inserts or repeals is an output of one side.
  for (const auto& name : options.outputs)
    if (!is_output(before->program, name) && !is_output(after->program, name))
      throw UsageError(UsageError::Field::Select, fmt::format("names '{}', which is not an output of the policy", name));
  if (!request.where.empty()) options.where_rule = after->program.rule_index("compare_where_condition");

  DiffContext& ctx = result.context;
  ctx.policy = before->program.policy_name;
  ctx.policy_title = before->program.title;
  ctx.base = applied_amendments(*before, 0);
  if (!request.against.empty()) ctx.base.resize(std::min(ctx.base.size(), request.base_amendments.size()));
  ctx.amendments = applied_amendments(*after, ctx.base.size());
  if (!request.where.empty() && !ctx.amendments.empty()) ctx.amendments.pop_back();
  ctx.as_of = request.as_of;

  result.comparison = analysis::compare(before->program, after->program, options);
  for (const auto& r : before->program.rules)
    if (r.output) {
      result.entity = before->program.entities[static_cast<size_t>(r.entity)].name;
      break;
    }

  result.confirmed.resize(result.comparison.outputs.size());
  result.alternatives = !request.against.empty();
  // The diffs that check the witnesses share the two sides, compiled once (without the
  // parameter values compare wrote into its own programs: the diffs apply them as overrides).
  std::shared_ptr<const driver::Compiled> verify_before, verify_after;
  const auto verify_sides = [&] {
    if (verify_before) return;
    std::vector<std::string> all = request.base_amendments;
    all.insert(all.end(), request.amendments.begin(), request.amendments.end());
    verify_before = compile(s, request.policy, request.base_amendments, as_of);
    verify_after = compile(s, request.policy, all, as_of);
  };
  for (size_t o = 0; o < result.comparison.outputs.size(); ++o) {
    const auto& oc = result.comparison.outputs[o];
    result.confirmed[o].assign(oc.regions.size(), std::nullopt);
    if (!request.verify || (request.cancel && request.cancel->requested())) continue;
    for (size_t k = 0; k < oc.regions.size(); ++k) {
      const analysis::Witness& w = oc.regions[k].witness;
      if (!request.against.empty()) {
        // Two drafts of one change: the witness's data run with each, the subject's value read
        // from each run, must be the two values the solver predicted.
        result.confirmed[o][k] = verify_alternatives(s, request, before_mods, after_mods, as_of, oc.output, w);
        continue;
      }
      DiffRequest d;
      d.policy = request.policy;
      d.amendments = request.amendments;
      d.base_amendments = request.base_amendments;
      d.as_of = as_of;
      d.params = request.params;
      d.select = oc.output;
      d.explain = false;
      d.data = witness_data(w);
      bool ok = false;
      try {
        verify_sides();
        d.compiled_before = verify_before;
        d.compiled_after = verify_after;
        DiffResult dr = diff(s, d);
        const auto& rep = dr.report;
        auto none_as_empty = [](const std::string& v) { return v == "none" ? std::string() : v; };
        for (const auto& c : rep.changes)
          if (rep.key(c) == w.subject_key && rep.outputs[c.output] == oc.output)
            ok = rep.before(c) == none_as_empty(w.before) && rep.after(c) == none_as_empty(w.after);
      } catch (const std::exception&) {
        ok = false;
      }
      result.confirmed[o][k] = ok;
    }
  }
  return result;
}

std::vector<std::vector<std::optional<size_t>>> entities_in_regions(const analysis::Comparison& comparison,
                                                                    const runtime::DiffReport& report) {
  std::vector<std::vector<std::optional<size_t>>> out(comparison.outputs.size());
  // The value texts of a region and of the diff differ only in how none is written; matching
  // "none" with "" on both sides can only match more, which makes a claim rarer, never wrong.
  auto norm = [](const std::string& v) { return v == "none" ? std::string() : v; };
  auto same = [&](const analysis::Region& a, const analysis::Region& b) {
    return a.before == "changes" || b.before == "changes" || (norm(a.before) == norm(b.before) && norm(a.after) == norm(b.after));
  };
  for (size_t o = 0; o < comparison.outputs.size(); ++o) {
    const analysis::OutputComparison& oc = comparison.outputs[o];
    out[o].assign(oc.regions.size(), std::nullopt);
    const runtime::OutputSummary* summary = nullptr;
    for (const auto& x : report.summaries)
      if (x.name == oc.output) summary = &x;
    // An output of one side only is compared with "(absent)" or "(repealed)" by the diff.
    if (!summary || !summary->in_before || !summary->in_after) continue;
    bool all_proved = true;
    for (const auto& r : oc.regions) all_proved = all_proved && r.proved;
    for (size_t k = 0; k < oc.regions.size(); ++k) {
      const analysis::Region& r = oc.regions[k];
      // A region known from its witness only: which inputs it holds is not established.
      if (!r.proved) continue;
      // The diff's changes of this output with the region's transition (for numbers, any change).
      size_t matching = 0;
      if (r.before == "changes") {
        matching = summary->changed;
      } else {
        for (const auto& t : summary->transitions)
          if (norm(t.from) == norm(r.before) && norm(t.to) == norm(r.after)) matching += t.count;
      }
      // Every entity in a proved region changes with its transition: none changed so, none is in it.
      if (matching == 0) {
        out[o][k] = 0;
        continue;
      }
      // When the regions are every change and each is proved, a change lies in a region with its
      // own transition; if no other region has this one, the changes with it are this region's.
      if (!oc.complete || !all_proved) continue;
      bool unique = true;
      for (size_t j = 0; j < oc.regions.size(); ++j)
        if (j != k && same(oc.regions[j], r)) unique = false;
      if (unique) out[o][k] = matching;
    }
  }
  return out;
}

// What beyond asks compare: the diff's question, for every input.
static CompareRequest beyond_request(const DiffRequest& request, const BeyondOptions& options,
                                     std::shared_ptr<analysis::CompareCancel> cancel = nullptr) {
  CompareRequest c;
  c.cancel = std::move(cancel);
  c.policy = request.policy;
  c.amendments = request.amendments;
  c.base_amendments = request.base_amendments;
  c.as_of = request.as_of;
  c.params = request.params;
  c.select = request.select;
  c.max_regions = options.max_regions;
  c.rlimit = options.rlimit;
  c.timeout_ms = options.timeout_ms;
  return c;
}

// beyond's solver half: everything but the counts of the diff's entities, which need the diff.
static Beyond beyond_compare(Session& s, const CompareRequest& c) {
  Beyond out;
  out.rlimit = c.rlimit;
  out.params = c.params;
  // The diff compiled the same files already and told the caller what it found (diagnostics,
  // amendments not in force): compare's compiles say it again, to no one.
  struct Quiet {
    Session& s;
    decltype(Session::on_diagnostics) diagnostics;
    decltype(Session::on_notice) notice;
    explicit Quiet(Session& session)
        : s(session), diagnostics(session.on_diagnostics), notice(std::exchange(session.on_notice, nullptr)) {
      // A sink that drops them, so that they are cleared after each compile as before (without
      // a sink they accumulate in the session, for its caller, as they always do).
      if (diagnostics) session.on_diagnostics = [](support::DiagnosticEngine&) {};
    }
    ~Quiet() {
      s.on_diagnostics = std::move(diagnostics);
      s.on_notice = std::move(notice);
    }
  } quiet(s);
  try {
    out.result = compare(s, c);
  } catch (const std::exception& e) {
    out.result.reset();
    out.failure = std::string("compare failed: ") + e.what();
  }
  return out;
}

static void count_entities(Beyond& out, const DiffResult& diff) {
  out.entity = diff.report.entity;
  if (out.result) out.entities = entities_in_regions(out.result->comparison, diff.report);
}

Beyond beyond(Session& s, const DiffRequest& request, const DiffResult& diff, const BeyondOptions& options) {
  Beyond out = beyond_compare(s, beyond_request(request, options));
  count_entities(out, diff);
  return out;
}

bool BeyondInBackground::possible(const DiffRequest& request) {
  if (request.policy == "-") return false;
  for (const auto* files : {&request.amendments, &request.base_amendments})
    for (const std::string& f : *files)
      if (f == "-") return false;
  return true;
}

BeyondInBackground::BeyondInBackground(const DiffRequest& request, const BeyondOptions& options)
    : cancel_(std::make_shared<analysis::CompareCancel>()),
      pending_(std::async(std::launch::async, [c = beyond_request(request, options, cancel_)] {
        // A session of its own: a session is one caller's, and this one is not told anything.
        Session s;
        s.on_diagnostics = [](support::DiagnosticEngine& diags) { diags.clear(); };
        return beyond_compare(s, c);
      })) {}

// Not finished: the report will not be written (its diff failed), so the solver is stopped
// rather than waited for (a compare can take its whole budget, tens of seconds).
BeyondInBackground::~BeyondInBackground() {
  if (!pending_.valid()) return;
  cancel_->request();
  pending_.wait();
}

Beyond BeyondInBackground::finish(const DiffResult& diff) {
  Beyond out = pending_.get();
  count_entities(out, diff);
  return out;
}

}  // namespace redline::service
