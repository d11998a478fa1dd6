// Running the tests written in the language: discovery, inline entities, expectations,
// failures explained, coverage per clause, and JUnit XML for CI systems.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "service/session.h"

namespace redline::service {

struct TestResult {
  std::string file;
  std::string name;
  std::string title;
  std::string where;    // file:line of the test
  bool passed = false;
  std::string failure;  // what went wrong, with the explanation of what was computed
  double seconds = 0;
};

// One coverable item of a policy: a rule, a table row, an exception, a cycle position.
struct CoverageItem {
  std::string id;        // "rule r", "row r.label", "exception r.label", "cycle c@2"
  std::string citation;  // the clause it encodes
  std::string origin;    // the amendment that defines it, or empty for the policy itself
};

struct Coverage {
  std::vector<CoverageItem> items;  // the policy's, then those amendments add
  std::set<std::string> covered;
};

struct TestRun {
  std::vector<TestResult> results;
  size_t found = 0;  // tests in the files searched, before --filter
  std::map<std::string, Coverage> coverage;  // by policy path
};

struct TestOptions {
  std::string filter;  // run only tests whose "file: name" contains this text
  bool coverage = false;
};

// Finds tests under `paths` (policy files with inline tests, and *.tests files) and runs them.
TestRun run_tests(Session& session, const std::vector<std::string>& paths, const TestOptions& options);

// For `check`: compiles the policy of the tests in `module` (a .tests file, or a policy with
// tests, parsed from `file`) as each test would, with its modifications and date, and reports
// into `diags` what `test` would find wrong with its entities, parameters and expectations,
// each at its place in the file; runs nothing.
// `plain`, when given, is the policy compiled without modifications: the tests that apply none
// use it rather than compile it again.
void check_tests(Session& session, const std::string& file, const ast::Module& module, support::DiagnosticEngine& diags,
                 bool require_citations = true, const driver::Compiled* plain = nullptr);

std::string coverage_report(const TestRun& run);
std::string junit_xml(const TestRun& run);

}  // namespace redline::service
