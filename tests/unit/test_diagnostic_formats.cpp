// The JSON and SARIF renderings of diagnostics (support/diagnostic_formats.h): columns in code
// points, the text renderer's order, places that are missing.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "support/diagnostic_formats.h"
#include "support/diagnostics.h"

using namespace redline;
using support::Diag;
using support::Location;

namespace {
uint32_t offset_of(const support::SourceManager& sources, uint32_t file, std::string_view needle) {
  return static_cast<uint32_t>(sources.file(file).text().find(needle));
}
}  // namespace

TEST_CASE("diagnostic formats: columns count code points, not bytes, and the end is exclusive") {
  support::SourceManager sources;
  // "é" is 2 bytes, "→" 3, "😀" 4 (one UTF-16 pair, still one code point); a tab is one.
  uint32_t f = sources.add("a.policy", "x\n\t\xC3\xA9\xE2\x86\x92\xF0\x9F\x98\x80 bad\xC3\xA9 ok\n");
  uint32_t at = offset_of(sources, f, "bad");
  CHECK(sources.line_column(Location{f, at}).column == 12);  // bytes: 1 + 1 + 2 + 3 + 4 + 1
  auto span = support::code_point_span(sources, Location{f, at}, 5);  // "badé": 5 bytes
  CHECK(span.line == 2);
  CHECK(span.column == 6);
  CHECK(span.end_column == 10);
  // A length past the end of the line stops there; a place at the end of a line is one column.
  CHECK(support::code_point_span(sources, Location{f, at}, 100).end_column == 13);
  uint32_t eol = offset_of(sources, f, "ok\n") + 2;
  CHECK(support::code_point_span(sources, Location{f, eol}, 3).column == 13);
  CHECK(support::code_point_span(sources, Location{f, eol}, 3).end_column == 14);
  // A byte that is not UTF-8 is one column, as its replacement character would be.
  uint32_t g = sources.add("b.policy", "\xFF\xC3 z");
  CHECK(support::code_point_span(sources, Location{g, 3}, 1).column == 4);
}

TEST_CASE("diagnostic formats: JSON in the text renderer's order, with counts and places only where known") {
  support::SourceManager sources;
  uint32_t f = sources.add("a.policy", "one\ntwo\n");
  support::DiagnosticEngine diags(sources);
  diags.report(Diag::UnusedRule, Location{f, 4}, "second", 3);
  auto& first = diags.report(Diag::UnknownName, Location{f, 0}, "first", 3);
  first.notes.push_back({Location{f, 5}, 1, "located"});
  first.notes.push_back({Location{}, 1, "placeless"});
  diags.report(Diag::FileError, Location{}, "no file");
  diags.report(Diag::Undecided, Location{f, 6}, "maybe");
  auto doc = nlohmann::json::parse(support::diagnostics_to_json(diags.sorted(), sources));
  CHECK(doc["version"] == 1);
  REQUIRE(doc["diagnostics"].size() == 4);
  // sorted(): by file (a diagnostic without a place last), then offset.
  CHECK(doc["diagnostics"][0]["message"] == "first");
  CHECK(doc["diagnostics"][0]["code"] == "unknown-name");
  CHECK(doc["diagnostics"][0]["severity"] == "error");
  CHECK(doc["diagnostics"][0]["end_column"] == 4);
  CHECK(doc["diagnostics"][0]["notes"][0]["line"] == 2);
  CHECK(doc["diagnostics"][0]["notes"][0]["column"] == 2);
  CHECK_FALSE(doc["diagnostics"][0]["notes"][1].contains("file"));
  CHECK(doc["diagnostics"][1]["message"] == "second");
  CHECK(doc["diagnostics"][1]["severity"] == "warning");
  CHECK(doc["diagnostics"][2]["severity"] == "remark");
  CHECK(doc["diagnostics"][3]["message"] == "no file");
  CHECK_FALSE(doc["diagnostics"][3].contains("line"));
  CHECK(doc["summary"] == nlohmann::json{{"errors", 2}, {"warnings", 1}, {"remarks", 1}});
}

TEST_CASE("diagnostic formats: SARIF rules are one per short name; a result without a place has no locations") {
  support::SourceManager sources;
  uint32_t f = sources.add("dir/r\xC3\xA8gles 1.policy", "a\n");
  support::DiagnosticEngine diags(sources);
  diags.report(Diag::TableGap, Location{f, 0}, "gap");
  diags.report(Diag::TableGapWarning, Location{f, 1}, "gap warning");  // the same short name
  diags.report(Diag::Undecided, Location{f, 1}, "remark");
  diags.report(Diag::FileError, Location{}, "no file");
  auto doc = nlohmann::json::parse(support::diagnostics_to_sarif(diags.sorted(), sources, "9.9.9"));
  CHECK(doc["version"] == "2.1.0");
  auto& run = doc["runs"][0];
  CHECK(run["columnKind"] == "unicodeCodePoints");
  CHECK(run["tool"]["driver"]["version"] == "9.9.9");
  auto& rules = run["tool"]["driver"]["rules"];
  REQUIRE(rules.size() == 3);
  CHECK(rules[0]["id"] == "table-gap");
  auto& results = run["results"];
  REQUIRE(results.size() == 4);
  CHECK(results[1]["ruleIndex"] == 0);
  CHECK(results[1]["level"] == "warning");
  CHECK(results[2]["level"] == "note");  // a remark
  CHECK(results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "dir/r%C3%A8gles%201.policy");
  CHECK_FALSE(results[3].contains("locations"));
}
