// A policy compiled from source text and one CSV of its first entity loaded, references
// resolved: for the unit tests that evaluate a whole policy (test_parallel, test_table_lookup).
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "driver/driver.h"
#include "runtime/readers.h"

namespace redline::testing {

struct PolicyFixture {
  support::SourceManager sources;
  support::DiagnosticEngine diags{sources};
  std::unique_ptr<driver::Compiled> compiled;
  std::vector<runtime::Table> tables;

  // `name` names the temporary folder and file the policy is written to (the compiler reads files).
  PolicyFixture(const std::string& name, const char* policy, const std::string& csv) {
    const auto dir = std::filesystem::temp_directory_path() / ("redline_test_" + name);
    std::filesystem::create_directories(dir);
    const std::string path = (dir / (name + ".policy")).string();
    std::ofstream(path) << policy;
    compiled = driver::compile(sources, diags, path, driver::CompileOptions{});
    REQUIRE(compiled);
    REQUIRE_FALSE(diags.has_errors());
    tables.push_back(runtime::read_csv_text(program(), 0, csv, name + ".csv"));
    runtime::resolve_references(program(), tables);
  }
  const ir::Program& program() const { return compiled->program; }
  std::vector<int32_t> all_rules() const {
    std::vector<int32_t> out;
    for (size_t r = 0; r < program().rules.size(); ++r) out.push_back(static_cast<int32_t>(r));
    return out;
  }
};

}  // namespace redline::testing
