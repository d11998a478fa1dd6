// The studio's drafts, diffed one after another against one baseline with a ColumnCache: an
// output the draft leaves as the last one had is taken from the last diff's memo instead of
// compared and grouped again. Every report must be the one a diff from scratch gives: the
// changes in order with their groups, the groups, the attribution and the summaries.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "runtime/diff.h"
#include "service/diff.h"
#include "service/session.h"
#include "types/values.h"

using namespace redline;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The report as text, every part a reader sees (values, groups and their counts, summaries).
std::string describe(const runtime::DiffReport& r) {
  std::string out = "entities " + std::to_string(r.changed_entities) + " of " + std::to_string(r.rows) + "\n";
  for (const runtime::ChangedValue& c : r.changes)
    out += r.key(c) + " " + r.outputs[c.output] + " " + r.before(c) + " -> " + r.after(c) + " [" +
           (c.group == runtime::ChangedValue::kNoGroup ? std::string("-") : std::to_string(c.group)) + "]\n";
  for (const runtime::CauseGroup& g : r.groups) {
    out += "group";
    for (size_t op : g.operations) out += " " + std::to_string(op);
    out += " origins";
    for (const std::string& o : g.origins) out += " " + o;
    out += " entities " + std::to_string(g.entities) + " changes " + std::to_string(g.changes);
    for (const auto& [name, n] : g.outputs) out += " " + name + "=" + std::to_string(n);
    out += "\n";
  }
  for (const runtime::OperationImpact& op : r.operations) {
    out += "operation entities " + std::to_string(op.entities) + " changes " + std::to_string(op.changes) + " alone " +
           std::to_string(op.alone);
    for (const auto& [name, n] : op.outputs) out += " " + name + "=" + std::to_string(n);
    out += "\n";
  }
  for (const runtime::OutputSummary& s : r.summaries) {
    out += "output " + s.name + " changed " + std::to_string(s.changed) + " up " + std::to_string(s.increased) +
           " down " + std::to_string(s.decreased);
    for (const auto& t : s.transitions) out += " " + t.from + ">" + t.to + "=" + std::to_string(t.count);
    for (const auto& [k, n] : s.before_counts) out += " b:" + k + "=" + std::to_string(n);
    for (const auto& [k, n] : s.after_counts) out += " a:" + k + "=" + std::to_string(n);
    if (s.before_total) out += " before_total " + s.before_total->text();
    if (s.after_total) out += " after_total " + s.after_total->text();
    out += "\n";
  }
  return out;
}

struct Drafts {
  std::string root = REDLINE_SOURCE_DIR;
  std::filesystem::path dir;
  service::Session session;
  service::DiffRequest base;
  std::shared_ptr<const service::Baseline> baseline;
  std::shared_ptr<service::ColumnCache> cache = std::make_shared<service::ColumnCache>();
  int n = 0;

  Drafts(const std::string& name, const std::string& policy, const std::vector<std::pair<std::string, std::string>>& data,
         const std::string& as_of)
      : dir(std::filesystem::temp_directory_path() / ("redline_test_diff_memo_" + name)) {
    std::filesystem::create_directories(dir);
    base.policy = root + "/" + policy;
    for (const auto& [entity, path] : data) base.data.push_back({entity, root + "/" + path, {}, {}, {}});
    int64_t days = 0;
    REQUIRE(redline::parse_date(as_of, days));
    base.as_of = days;
    base.data_for_drafts = true;
    baseline = service::make_baseline(session, base);
  }
  ~Drafts() { std::filesystem::remove_all(dir); }

  // Diffs `text` as the next draft, with the cache, and from scratch; returns how many outputs
  // the memo gave.
  size_t draft(const std::string& text) {
    const std::string path = (dir / ("draft" + std::to_string(n++) + ".policy")).string();
    std::ofstream(path, std::ios::binary) << text;
    service::DiffRequest cached = base;
    cached.amendments = {path};
    cached.baseline = baseline;
    cached.cache = cache;
    const service::DiffResult with_memo = service::diff(session, cached);
    service::DiffRequest scratch = base;
    scratch.amendments = {path};
    scratch.data_for_drafts = false;
    const service::DiffResult fresh = service::diff(session, scratch);
    CHECK(fresh.report.remembered_outputs == 0);
    CHECK(describe(with_memo.report) == describe(fresh.report));
    return with_memo.report.remembered_outputs;
  }
};

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("diff memo: SEC drafts one after another give the reports of a diff from scratch") {
  Drafts d("sec", "policies/sec/section_g.policy", {{"Party", "examples/sec/parties.csv"}}, "2025-01-01");
  const std::string sec44 = slurp(d.root + "/policies/sec/SECMP0044.policy");
  CHECK(d.draft(sec44) == 0);  // the first draft: nothing to remember
  // One clause edited (G10.7's count): only the outputs that read it are compared again.
  const std::string edited = replaced(sec44, "then 1 else 0", "then 2 else 0");
  CHECK(d.draft(edited) > 0);
  CHECK(d.draft(sec44) > 0);
  CHECK(d.draft(sec44) > 0);
  // Another modification (other operations): nothing of the last is taken.
  CHECK(d.draft(slurp(d.root + "/policies/sec/DP133.policy")) == 0);
  CHECK(d.draft(slurp(d.root + "/policies/sec/SECMP0059.policy")) == 0);
  CHECK(d.draft(sec44) == 0);
  CHECK(d.draft(edited) > 0);
}

TEST_CASE("diff memo: reasons across entities and operations on one rule, draft after draft") {
  const std::string dir = "tests/golden/diff_reasons/";
  Drafts d("benefit", dir + "benefit.policy",
           {{"Household", dir + "data/households.csv"}, {"Member", dir + "data/members.csv"}}, "2025-01-01");
  const std::string two_ops = slurp(d.root + "/" + dir + "two_ops.mod");
  CHECK(d.draft(two_ops) == 0);
  // The exception's bound edited: the parameter's step is the same, the exception's moves.
  const std::string edited = replaced(two_ops, "h.rent > 100", "h.rent > 50");
  CHECK(d.draft(edited) == 1);  // total_income: the exception does not reach it
  CHECK(d.draft(two_ops) == 1);
  CHECK(d.draft(two_ops) == 2);
  for (const char* mod : {"streamed.mod", "cross_entity.mod", "two_ops.mod"}) d.draft(slurp(d.root + "/" + dir + mod));
}
