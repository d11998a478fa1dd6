// compare: compiles both sides, hands them to the analysis, and checks each witness on the
// evaluator, so that a region reported is one the engine itself reproduces.
#include "service/compare.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>

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

namespace {

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
  for (size_t o = 0; o < result.comparison.outputs.size(); ++o) {
    const auto& oc = result.comparison.outputs[o];
    result.confirmed[o].assign(oc.regions.size(), std::nullopt);
    if (!request.verify) continue;
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
      d.select = oc.output;
      d.explain = false;
      d.data = witness_data(w);
      bool ok = false;
      try {
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

}  // namespace redline::service
