// The one "did you mean" rule, shared by compile-time names and data values.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "support/suggest.h"

using redline::support::closest_in;
using redline::support::closest_name;
using redline::support::suggestion_distance;

TEST_CASE("suggestion_distance: case is free, a third of the word at most, never the whole word") {
  CHECK(suggestion_distance("Supplier", "supplier") == 0);
  CHECK(suggestion_distance("suplier", "supplier") == 1);
  CHECK(suggestion_distance("large_treshold", "large_threshold") == 1);
  CHECK(suggestion_distance("s", "a") == SIZE_MAX);          // every character replaced
  CHECK(suggestion_distance("abcdef", "abcxyz") == SIZE_MAX);  // 3 edits of 6: more than a third
  CHECK(suggestion_distance("abcdef", "abcdxy") == 2);
  CHECK(suggestion_distance("ab", "abcdefgh") == SIZE_MAX);    // the lengths alone are too far apart
}

TEST_CASE("closest: the nearest plausible candidate, ties to the smallest, never the name itself") {
  const std::vector<std::string> names{"premises", "premise", "promises"};
  CHECK(closest_name("premisse", names) == "premise");  // distance 1 to both premise and premises: smallest
  CHECK(closest_name("premises", names) == "premise");  // itself skipped
  CHECK(closest_name("zzz", names).empty());
  const std::vector<std::string_view> keys{"P002", "P001", "Q001"};
  CHECK(closest_in("p001", keys) == "P001");
  CHECK(closest_in("P00", keys) == "P001");
}
