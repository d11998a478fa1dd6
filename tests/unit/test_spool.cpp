// The diff's spool (cli/spool.h) and the encoding of the reasons it holds (runtime/diff.h): what
// goes in comes back, whole, from memory or from the file; a cut record is refused, not misread.
#include <doctest/doctest.h>

#include <cstdlib>
#include <string>
#include <string_view>

#include "report/spool.h"
#include "runtime/diff.h"

using namespace redline;

namespace {

runtime::Cause sample_cause() {
  runtime::Cause cause;
  cause.group = 3;
  runtime::CauseStep step;
  step.operations = {0, 2};
  step.before = "Full";
  step.after = "Self";
  runtime::CauseLink out{"assessment", "Party", "P1", "Full", "Self", "", "", "", 0, 0, {}};
  runtime::CauseLink agg{"premises_counted", "Party", "P1", "300", "12", "sum over Party", "300", "12", 2, 5, {}};
  agg.related.push_back({"P7", "", "counted"});
  agg.related.push_back({"P9", "288", ""});
  step.chain = {out, agg};
  cause.steps.push_back(step);
  runtime::CauseStep second;
  second.operations = {1};
  second.before = "Self";
  second.after = "Verification\n\"quoted\"";
  second.chain = {out};
  cause.steps.push_back(second);
  return cause;
}

void check_same(const runtime::Cause& a, const runtime::Cause& b) {
  CHECK(a.group == b.group);
  REQUIRE(a.steps.size() == b.steps.size());
  for (size_t s = 0; s < a.steps.size(); ++s) {
    CHECK(a.steps[s].operations == b.steps[s].operations);
    CHECK(a.steps[s].before == b.steps[s].before);
    CHECK(a.steps[s].after == b.steps[s].after);
    REQUIRE(a.steps[s].chain.size() == b.steps[s].chain.size());
    for (size_t k = 0; k < a.steps[s].chain.size(); ++k) {
      const auto& x = a.steps[s].chain[k];
      const auto& y = b.steps[s].chain[k];
      CHECK(x.rule == y.rule);
      CHECK(x.entity == y.entity);
      CHECK(x.key == y.key);
      CHECK(x.before == y.before);
      CHECK(x.after == y.after);
      CHECK(x.aggregate == y.aggregate);
      CHECK(x.aggregate_before == y.aggregate_before);
      CHECK(x.aggregate_after == y.aggregate_after);
      CHECK(x.related_changed == y.related_changed);
      CHECK(x.related_total == y.related_total);
      REQUIRE(x.related.size() == y.related.size());
      for (size_t i = 0; i < x.related.size(); ++i) {
        CHECK(x.related[i].key == y.related[i].key);
        CHECK(x.related[i].before == y.related[i].before);
        CHECK(x.related[i].after == y.related[i].after);
      }
    }
  }
}

}  // namespace

TEST_CASE("a cause encoded comes back whole; a cut one is refused") {
  const runtime::Cause cause = sample_cause();
  std::string bytes;
  runtime::encode_cause(cause, bytes);
  runtime::encode_cause(runtime::Cause{}, bytes);  // a second record follows
  std::string_view in(bytes);
  runtime::Cause back;
  REQUIRE(runtime::decode_cause(in, back));
  check_same(cause, back);
  REQUIRE(runtime::decode_cause(in, back));
  CHECK(back.steps.empty());
  CHECK(in.empty());
  for (size_t cut = 0; cut + 1 < bytes.size() / 2; cut += 7) {
    std::string_view part(bytes.data(), cut);
    CHECK_FALSE(runtime::decode_cause(part, back));
  }
}

TEST_CASE("the spool gives back what was written, from memory and from its file") {
  std::string large;
  for (int i = 0; i < 300'000; ++i) large += std::to_string(i) + (i % 7 ? "," : "\n");  // 2 MB: goes to the file
  for (const std::string& expected : {large.substr(0, 5000), large}) {
    report::Spool spool;
    size_t at = 0;
    for (size_t piece = 1; at < expected.size(); piece = piece * 3 % 4099 + 1) {
      const size_t n = std::min(piece, expected.size() - at);
      spool.write(expected.data() + at, n);
      at += n;
    }
    spool.write(expected.data(), 0);
    spool.write(large.data(), 0);
    spool.rewind();
    std::string back;
    char chunk[1000];
    size_t remaining = expected.size();
    while (remaining >= sizeof chunk && spool.read(chunk, sizeof chunk)) {
      back.append(chunk, sizeof chunk);
      remaining -= sizeof chunk;
    }
    REQUIRE(spool.read(chunk, remaining));
    back.append(chunk, remaining);
    CHECK(back == expected);
    CHECK_FALSE(spool.read(chunk, 1));  // the end
  }
}
