// The diff reports' section from compare, "who could change beyond this data": when the number of
// the data's entities in a region is established (service::entities_in_regions), and the service
// call (service::beyond) on a small policy, its failure path, and its rendering in markdown and
// html in compare's own words.
#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "report/compare.h"
#include "report/report.h"
#include "service/compare.h"
#include "service/diff.h"
#include "types/values.h"

namespace service = redline::service;
namespace analysis = redline::analysis;
namespace runtime = redline::runtime;

namespace {

analysis::Region region(const std::string& before, const std::string& after, bool proved) {
  analysis::Region r;
  r.before = before;
  r.after = after;
  r.proved = proved;
  r.condition = {"p.x > 1"};
  return r;
}

runtime::OutputSummary summary(const std::string& name, std::vector<runtime::Transition> transitions, size_t changed) {
  runtime::OutputSummary s;
  s.name = name;
  s.transitions = std::move(transitions);
  s.changed = changed;
  return s;
}

}  // namespace

TEST_CASE("beyond: the data's entities in a region, only when the diff establishes it") {
  runtime::DiffReport report;
  report.entity = "Party";
  report.summaries.push_back(summary("band", {{"None", "Higher", 3}, {"Standard", "Higher", 1}}, 4));
  report.summaries.push_back(summary("pay", {}, 5));

  SUBCASE("every change, each region proved, one region per transition: exact counts and zeros") {
    analysis::Comparison c;
    analysis::OutputComparison oc;
    oc.output = "band";
    oc.verdict = analysis::Verdict::Changes;
    oc.complete = true;
    oc.regions = {region("None", "Higher", true), region("Standard", "Higher", true), region("Higher", "None", true)};
    c.outputs.push_back(oc);
    auto n = service::entities_in_regions(c, report);
    REQUIRE(n.size() == 1);
    REQUIRE(n[0].size() == 3);
    CHECK(n[0][0] == std::optional<size_t>(3));
    CHECK(n[0][1] == std::optional<size_t>(1));
    CHECK(n[0][2] == std::optional<size_t>(0));  // proved, and no entity changes so
  }
  SUBCASE("two regions with one transition: neither count is established, a zero still is") {
    analysis::Comparison c;
    analysis::OutputComparison oc;
    oc.output = "band";
    oc.verdict = analysis::Verdict::Changes;
    oc.complete = true;
    oc.regions = {region("None", "Higher", true), region("None", "Higher", true), region("Higher", "None", true)};
    c.outputs.push_back(oc);
    auto n = service::entities_in_regions(c, report);
    CHECK(!n[0][0]);
    CHECK(!n[0][1]);
    CHECK(n[0][2] == std::optional<size_t>(0));
  }
  SUBCASE("not every change, or a region on its witness only: no count but the proved zeros") {
    analysis::Comparison c;
    analysis::OutputComparison oc;
    oc.output = "band";
    oc.verdict = analysis::Verdict::Changes;
    oc.complete = false;
    oc.regions = {region("None", "Higher", true), region("Higher", "None", true)};
    c.outputs.push_back(oc);
    oc.complete = true;
    oc.regions = {region("None", "Higher", true), region("Standard", "Higher", false), region("Higher", "None", false)};
    c.outputs.push_back(oc);
    auto n = service::entities_in_regions(c, report);
    CHECK(!n[0][0]);
    CHECK(n[0][1] == std::optional<size_t>(0));
    CHECK(!n[1][0]);  // another region is known from its witness only
    CHECK(!n[1][1]);  // on its witness only: which inputs it holds is not known
    CHECK(!n[1][2]);
  }
  SUBCASE("numbers: one region is every change; two regions share them") {
    analysis::Comparison c;
    analysis::OutputComparison oc;
    oc.output = "pay";
    oc.verdict = analysis::Verdict::Changes;
    oc.complete = true;
    oc.regions = {region("changes", "changes", true)};
    c.outputs.push_back(oc);
    oc.regions.push_back(region("changes", "changes", true));
    c.outputs.push_back(oc);
    auto n = service::entities_in_regions(c, report);
    CHECK(n[0][0] == std::optional<size_t>(5));
    CHECK(!n[1][0]);
    CHECK(!n[1][1]);
  }
  SUBCASE("none is written \"none\" by compare and \"\" by diff") {
    runtime::DiffReport r2 = report;
    r2.summaries[0].transitions = {{"", "Higher", 2}};
    analysis::Comparison c;
    analysis::OutputComparison oc;
    oc.output = "band";
    oc.verdict = analysis::Verdict::Changes;
    oc.complete = true;
    oc.regions = {region("none", "Higher", true)};
    c.outputs.push_back(oc);
    auto n = service::entities_in_regions(c, r2);
    CHECK(n[0][0] == std::optional<size_t>(2));
  }
  SUBCASE("an output of one side only, or not in the diff: nothing claimed") {
    runtime::DiffReport r2 = report;
    r2.summaries[0].in_before = false;
    analysis::Comparison c;
    analysis::OutputComparison oc;
    oc.output = "band";
    oc.verdict = analysis::Verdict::Changes;
    oc.complete = true;
    oc.regions = {region("Higher", "None", true)};
    c.outputs.push_back(oc);
    oc.output = "other";
    c.outputs.push_back(oc);
    auto n = service::entities_in_regions(c, r2);
    CHECK(!n[0][0]);
    CHECK(!n[1][0]);
  }
}

namespace {

const char* kPolicy = R"(policy shop "Shop" [S];

enum Tier [S1] { Low, High }

entity Customer [S2] {
  key id: text;
  spend: decimal check >= 0;
  since: date;
}

param threshold: decimal [S4] = 100;

output rule tier(c: Customer): Tier [S6] = if c.spend >= threshold then High else Low;

output rule vip(c: Customer): bool [S8] = c.spend > 1_000_000;

output rule review(c: Customer): text [S9] = "tier " + to_text(tier(c));
)";

const char* kAmendment = R"(modification MP1 "Lower threshold" [MP1]
  amends shop
  effective 2018-06-29;

substitute param threshold [S4] = 50;
)";

struct Files {
  std::filesystem::path dir;
  explicit Files(const std::string& name) : dir(std::filesystem::temp_directory_path() / ("redline_test_beyond_" + name)) {
    std::filesystem::create_directories(dir);
  }
  std::string write(const std::string& file, const std::string& text) {
    std::ofstream((dir / file).string(), std::ios::binary) << text;
    return (dir / file).string();
  }
};

}  // namespace

TEST_CASE("beyond: the service call on a small policy, and its renderings") {
  Files f("shop");
  service::DiffRequest request;
  request.policy = f.write("shop.policy", kPolicy);
  request.amendments.push_back(f.write("mp1.policy", kAmendment));
  request.data.push_back({"Customer", f.write("customers.csv", "id,spend,since\nC1,60,2020-01-31\nC2,10,2020-02-01\nC3,150,2020-03-01\n"), {}, {}, {}});
  int64_t days = 0;
  REQUIRE(redline::parse_date("2019-01-01", days));
  request.as_of = days;
  service::Session session;
  service::DiffResult result = service::diff(session, request);

  SUBCASE("proved unchanged, a region with its entity, undecided with its reason") {
    service::Beyond b = service::beyond(session, request, result);
    REQUIRE(b.result);
    CHECK(b.failure.empty());
    CHECK(b.entity == "Customer");
    CHECK(b.rlimit == redline::analysis::kDefaultRlimit);
    const auto& outputs = b.result->comparison.outputs;
    REQUIRE(outputs.size() == 3);
    CHECK(outputs[0].output == "tier");
    CHECK(outputs[0].verdict == analysis::Verdict::Changes);
    CHECK(outputs[0].complete);
    REQUIRE(outputs[0].regions.size() == 1);
    CHECK(outputs[0].regions[0].before == "Low");
    CHECK(outputs[0].regions[0].after == "High");
    CHECK(outputs[0].regions[0].proved);
    CHECK(b.entities[0][0] == std::optional<size_t>(1));  // C1: 60
    CHECK(outputs[1].verdict == analysis::Verdict::Unchanged);
    CHECK(outputs[2].verdict == analysis::Verdict::Undecided);
    CHECK(outputs[2].reason.find("outside the model") == 0);

    const std::string md = redline::report::beyond_markdown(b);
    CHECK(md.find("## Who could change beyond this data") != std::string::npos);
    CHECK(md.find("### tier [S6]: changes in 1 region (every change, proved)") != std::string::npos);
    CHECK(md.find("1. **Low -> High** (proved for every input in the condition)") != std::string::npos);
    CHECK(md.find("in this data: 1 Customer entity") != std::string::npos);
    CHECK(md.find("### vip [S8]: unchanged for every input (proved)") != std::string::npos);
    CHECK(md.find("### review [S9]: undecided") != std::string::npos);
    CHECK(md.find("reason: outside the model") != std::string::npos);

    const std::string page = redline::report::diff_html(result.report, result.context, redline::report::kHtmlMaxRows, &b);
    CHECK(page.find("<h2 id=\"beyond-h\">Who could change beyond this data</h2>") != std::string::npos);
    CHECK(page.find("<a href=\"#beyond\">") != std::string::npos);
    CHECK(page.find("Low -&gt; High") != std::string::npos);
    CHECK(page.find("in this data: 1 Customer entity") != std::string::npos);
    CHECK(page.find("unchanged for every input (proved)</strong>: <code>vip</code>") != std::string::npos);
    CHECK(redline::report::diff_html(result.report, result.context).find("beyond-h") == std::string::npos);
  }
  SUBCASE("a parameter overridden on both sides, as the diff does: the amendment's new value is overridden too") {
    service::DiffRequest with_param = request;
    with_param.params = {"threshold=70"};
    service::DiffResult overridden = service::diff(session, with_param);
    service::Beyond b = service::beyond(session, with_param, overridden);
    REQUIRE(b.result);
    CHECK(b.params == std::vector<std::string>{"threshold=70"});
    CHECK(b.result->comparison.outputs[0].output == "tier");
    CHECK(b.result->comparison.outputs[0].verdict == analysis::Verdict::Unchanged);
    CHECK(redline::report::beyond_markdown(b).find("as of 2019-01-01, with the diff's --param threshold=70;") != std::string::npos);
  }
  SUBCASE("a failure is a sentence in the report, not an exception") {
    service::Beyond b;
    b.failure = "compare failed: out of memory";
    const std::string md = redline::report::beyond_markdown(b);
    CHECK(md.find("compare failed: out of memory. Nothing is established beyond this data; the rest of this report does not "
                  "depend on it.") != std::string::npos);
    const std::string page = redline::report::diff_html(result.report, result.context, redline::report::kHtmlMaxRows, &b);
    CHECK(page.find("<p class=\"notice\">compare failed: out of memory. Nothing is established") != std::string::npos);
  }
  SUBCASE("started in the background before the diff: the same answer as after it") {
    CHECK(service::BeyondInBackground::possible(request));
    service::DiffRequest from_stdin = request;
    from_stdin.amendments.push_back("-");
    CHECK(!service::BeyondInBackground::possible(from_stdin));
    service::BeyondInBackground early(request);
    service::Session other;
    const service::DiffResult again = service::diff(other, request);
    const service::Beyond b = early.finish(again);
    const service::Beyond after = service::beyond(session, request, result);
    REQUIRE(b.result);
    CHECK(b.entity == "Customer");
    CHECK(b.entities == after.entities);
    CHECK(redline::report::beyond_markdown(b) == redline::report::beyond_markdown(after));
    // A failure too (an output that does not exist), and the thread is waited for when the
    // diff is abandoned.
    service::DiffRequest missing = request;
    missing.select = "tier,nothing";
    CHECK(service::BeyondInBackground(missing).finish(result).failure.find("compare failed: ") == 0);
    { service::BeyondInBackground abandoned(request); }
  }
  SUBCASE("compare failing is a sentence, not an exception") {
    service::DiffRequest missing = request;
    missing.select = "tier,nothing";
    service::Beyond b = service::beyond(session, missing, result);
    CHECK(!b.result);
    CHECK(b.failure.find("compare failed: ") == 0);
  }
}

// A comparison nobody will read (a diff report whose diff failed) is stopped, not waited for: what
// it had not decided says "cancelled", never a verdict it did not reach.
TEST_CASE("beyond: a comparison stopped from another thread returns, its open outputs cancelled") {
  const std::string dir = std::string(REDLINE_SOURCE_DIR) + "/tests/golden/compare/";
  service::CompareRequest request;
  request.policy = dir + "winter.policy";
  request.amendments = {dir + "larger.mod"};
  int64_t days = 0;
  REQUIRE(redline::parse_date("2025-01-01", days));
  request.as_of = days;
  request.verify = false;

  SUBCASE("asked to stop before it starts: nothing is decided by the solver") {
    request.cancel = std::make_shared<analysis::CompareCancel>();
    request.cancel->request();
    service::Session session;
    const service::CompareResult r = service::compare(session, request);
    size_t cancelled = 0;
    for (const auto& oc : r.comparison.outputs) {
      CAPTURE(oc.output);
      CHECK(oc.verdict != analysis::Verdict::Changes);
      if (oc.reason.rfind("cancelled", 0) == 0) ++cancelled;
    }
    CHECK(cancelled > 0);
  }
  SUBCASE("asked to stop during the solver's search (seconds of it): the search is interrupted") {
    request.select = "per_person";
    request.cancel = std::make_shared<analysis::CompareCancel>();
    std::optional<service::CompareResult> r;
    std::thread worker([&] {
      service::Session session;
      r = service::compare(session, request);
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    request.cancel->request();
    worker.join();
    REQUIRE(r);
    REQUIRE(r->comparison.outputs.size() == 1);
    CHECK(r->comparison.outputs[0].verdict == analysis::Verdict::Undecided);
    CHECK(r->comparison.outputs[0].reason == "cancelled: the comparison was stopped before it was decided");
  }
}
