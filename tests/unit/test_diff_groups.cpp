// CauseFinder::find_group, the cheap way a diff groups its changes, against find(), the chains
// the reports print: wherever find_group answers, it gives the operations and the origins that
// find()'s steps give, on the SEC example and on the multi-entity reasons of the goldens.
#include <doctest/doctest.h>

#include <algorithm>
#include <optional>

#include <string>
#include <vector>

#include "runtime/diff_cause.h"
#include "service/diff.h"
#include "service/session.h"
#include "types/values.h"

using namespace redline;

namespace {

struct Case {
  std::string policy;
  std::vector<std::string> amendments;
  std::vector<std::pair<std::string, std::string>> data;
  std::string as_of;
};

// Whether two causes are the same, field by field.
void check_same_cause(const runtime::Cause& a, const runtime::Cause& b) {
  REQUIRE(a.steps.size() == b.steps.size());
  for (size_t s = 0; s < a.steps.size(); ++s) {
    const runtime::CauseStep &x = a.steps[s], &y = b.steps[s];
    CHECK(x.operations == y.operations);
    CHECK(x.amended == y.amended);
    CHECK(x.before == y.before);
    CHECK(x.after == y.after);
    REQUIRE(x.chain.size() == y.chain.size());
    for (size_t i = 0; i < x.chain.size(); ++i) {
      const runtime::CauseLink &l = x.chain[i], &m = y.chain[i];
      CHECK(l.rule == m.rule);
      CHECK(l.entity == m.entity);
      CHECK(l.key == m.key);
      CHECK(l.before == m.before);
      CHECK(l.after == m.after);
      CHECK(l.aggregate == m.aggregate);
      CHECK(l.aggregate_before == m.aggregate_before);
      CHECK(l.aggregate_after == m.aggregate_after);
      CHECK(l.related_changed == m.related_changed);
      CHECK(l.related_total == m.related_total);
      REQUIRE(l.related.size() == m.related.size());
      for (size_t r = 0; r < l.related.size(); ++r) {
        CHECK(l.related[r].key == m.related[r].key);
        CHECK(l.related[r].before == m.related[r].before);
        CHECK(l.related[r].after == m.related[r].after);
      }
    }
  }
}

// How many changes find_group answered for, after checking each against find().
size_t check_groups(const Case& c) {
  const std::string root = REDLINE_SOURCE_DIR;
  service::Session session;
  service::DiffRequest request;
  request.policy = root + "/" + c.policy;
  for (const std::string& a : c.amendments) request.amendments.push_back(root + "/" + a);
  for (const auto& [entity, path] : c.data) request.data.push_back({entity, root + "/" + path, {}, {}, {}});
  int64_t days = 0;
  REQUIRE(redline::parse_date(c.as_of, days));
  request.as_of = days;
  service::DiffResult result = service::diff(session, request);
  const runtime::DiffReport& report = result.report;
  REQUIRE(report.source.input != nullptr);
  runtime::CauseFinder lean(*report.source.input), full(*report.source.input), ends(*report.source.input),
      reusing(*report.source.input);
  // One cause found into again and again, as a report's writer does (find_into): each time the
  // same as found afresh, whatever the last one left in it.
  runtime::Cause reused;
  size_t answered = 0;
  std::vector<size_t> ops;
  std::vector<const std::string*> origins;
  for (const runtime::ChangedValue& cv : report.changes) {
    const std::string& output = report.outputs[cv.output];
    // The links the sentences print carry the same texts whether found with every link's or
    // with only those (CauseDetail::Ends, the table, markdown and html reports').
    {
      CAPTURE(output);
      CAPTURE(cv.row);
      const std::optional<runtime::Cause> whole = full.find(output, cv.row, runtime::CauseDetail::Full);
      const std::optional<runtime::Cause> printed = ends.find(output, cv.row, runtime::CauseDetail::Ends);
      REQUIRE(whole.has_value() == printed.has_value());
      REQUIRE(reusing.find_into(output, cv.row, runtime::CauseDetail::Full, reused) == whole.has_value());
      if (whole) check_same_cause(*whole, reused);
      if (whole) {
        const std::string key = report.key(cv);
        CHECK(runtime::cause_text(*whole, result.context.law, key) == runtime::cause_text(*printed, result.context.law, key));
        REQUIRE(whole->steps.size() == printed->steps.size());
        for (size_t s = 0; s < whole->steps.size(); ++s) {
          const runtime::CauseStep &w = whole->steps[s], &e = printed->steps[s];
          CHECK(w.before == e.before);
          CHECK(w.after == e.after);
          REQUIRE(w.chain.size() == e.chain.size());
          for (size_t i = 0; i < w.chain.size(); ++i) {
            CHECK(w.chain[i].rule == e.chain[i].rule);
            CHECK(w.chain[i].aggregate == e.chain[i].aggregate);
            if (i == 0 || i + 1 == w.chain.size() || !w.chain[i].aggregate.empty()) {
              CHECK(w.chain[i].key == e.chain[i].key);
              CHECK(w.chain[i].before == e.chain[i].before);
              CHECK(w.chain[i].after == e.chain[i].after);
            }
          }
        }
      }
    }
    if (!lean.find_group(output, cv.row, ops, origins)) continue;
    ++answered;
    std::optional<runtime::Cause> cause = full.find(output, cv.row, runtime::CauseDetail::Names);
    CAPTURE(output);
    CAPTURE(cv.row);
    REQUIRE(cause.has_value() == !origins.empty());
    if (!cause) continue;
    std::vector<size_t> want;
    std::vector<std::string> want_origins, got_origins;
    for (const runtime::CauseStep& st : cause->steps) {
      want.insert(want.end(), st.operations.begin(), st.operations.end());
      if (st.amended.empty()) want_origins.push_back(st.chain.back().rule);
      want_origins.insert(want_origins.end(), st.amended.begin(), st.amended.end());
    }
    std::sort(want.begin(), want.end());
    want.erase(std::unique(want.begin(), want.end()), want.end());
    for (const std::string* o : origins) got_origins.push_back(*o);
    CHECK(ops == want);
    CHECK(got_origins == want_origins);
  }
  return answered;
}

}  // namespace

TEST_CASE("diff groups: find_group agrees with find on the SEC example") {
  for (const char* mod : {"policies/sec/SECMP0044.policy", "policies/sec/DP133.policy", "policies/sec/SECMP0059.policy"}) {
    CAPTURE(mod);
    const size_t answered =
        check_groups({"policies/sec/section_g.policy", {mod}, {{"Party", "examples/sec/parties.csv"}}, "2025-01-01"});
    CHECK(answered > 0);
  }
  // Two modifications, applied in order: steps of both.
  CHECK(check_groups({"policies/sec/section_g.policy",
                      {"policies/sec/SECMP0044.policy", "policies/sec/DP133.policy"},
                      {{"Party", "examples/sec/parties.csv"}},
                      "2025-01-01"}) > 0);
}

TEST_CASE("diff groups: find_group agrees with find, or leaves it to find, across entities") {
  const std::string dir = "tests/golden/diff_reasons/";
  for (const char* mod : {"streamed.mod", "two_ops.mod", "cross_entity.mod"}) {
    CAPTURE(mod);
    check_groups({dir + "benefit.policy",
                  {dir + mod},
                  {{"Household", dir + "data/households.csv"}, {"Member", dir + "data/members.csv"}},
                  "2025-01-01"});
  }
}
