// fmt --diff's unified diff: applying its hunks to the old text gives the new one, for random
// edits of random texts (with and without a final newline), and its shape is diff -u's.
#include <doctest/doctest.h>

#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "report/unified_diff.h"

using redline::report::unified_diff;

namespace {

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    size_t end = nl == std::string::npos ? text.size() : nl + 1;
    out.push_back(text.substr(start, end - start));
    start = end;
  }
  return out;
}

// A strict patch(1): every context and removed line must match the old text where the hunk
// header says; "\ No newline at end of file" strips the newline of the line before it.
bool apply(const std::string& old_text, const std::string& diff, std::string& out) {
  const std::vector<std::string> old_lines = split_lines(old_text);
  const std::vector<std::string> d = split_lines(diff);
  if (d.size() < 2 || d[0].rfind("--- a/", 0) != 0 || d[1].rfind("+++ b/", 0) != 0) return false;
  std::vector<std::string> result;
  size_t next_old = 0;  // index into old_lines
  for (size_t i = 2; i < d.size();) {
    long a_start = 0, a_count = 1, b_start = 0, b_count = 1;
    if (std::sscanf(d[i].c_str(), "@@ -%ld,%ld +%ld,%ld @@", &a_start, &a_count, &b_start, &b_count) != 4) {
      a_count = b_count = 1;
      if (std::sscanf(d[i].c_str(), "@@ -%ld +%ld,%ld @@", &a_start, &b_start, &b_count) == 3) {
      } else if (std::sscanf(d[i].c_str(), "@@ -%ld,%ld +%ld @@", &a_start, &a_count, &b_start) == 3) {
      } else if (std::sscanf(d[i].c_str(), "@@ -%ld +%ld @@", &a_start, &b_start) == 2) {
      } else {
        return false;
      }
    }
    const size_t first = a_count == 0 ? static_cast<size_t>(a_start) : static_cast<size_t>(a_start - 1);
    if (first < next_old) return false;
    while (next_old < first) result.push_back(old_lines.at(next_old++));
    long seen_a = 0, seen_b = 0;
    for (++i; i < d.size() && d[i].rfind("@@", 0) != 0; ++i) {
      const char mark = d[i][0];
      std::string line = d[i].substr(1);
      if (i + 1 < d.size() && d[i + 1] == "\\ No newline at end of file\n") {
        line.pop_back();
        ++i;
      }
      if (mark == ' ' || mark == '-') {
        if (next_old >= old_lines.size() || old_lines[next_old] != line) return false;
        ++next_old;
        ++seen_a;
      }
      if (mark == ' ' || mark == '+') {
        result.push_back(line);
        ++seen_b;
      }
      if (mark != ' ' && mark != '-' && mark != '+') return false;
    }
    if (seen_a != a_count || seen_b != b_count) return false;
  }
  while (next_old < old_lines.size()) result.push_back(old_lines[next_old++]);
  out.clear();
  for (const auto& l : result) out += l;
  return true;
}

std::string random_text(std::mt19937& rng, size_t lines) {
  std::string out;
  for (size_t i = 0; i < lines; ++i) out += "line " + std::to_string(rng() % 6) + "\n";
  if (!out.empty() && rng() % 4 == 0) out.pop_back();  // no newline at the end
  return out;
}

std::string edit(std::mt19937& rng, const std::string& text) {
  std::vector<std::string> lines = split_lines(text);
  const size_t edits = rng() % 5;
  for (size_t e = 0; e < edits; ++e) {
    const size_t at = lines.empty() ? 0 : rng() % (lines.size() + 1);
    switch (rng() % 3) {
      case 0: lines.insert(lines.begin() + static_cast<long>(at), "new " + std::to_string(rng() % 9) + "\n"); break;
      case 1: if (at < lines.size()) lines.erase(lines.begin() + static_cast<long>(at)); break;
      default: if (at < lines.size()) lines[at] = "changed\n"; break;
    }
  }
  std::string out;
  for (auto& l : lines) out += l;
  if (!out.empty() && rng() % 4 == 0 && out.back() == '\n') out.pop_back();
  return out;
}

}  // namespace

TEST_CASE("unified_diff: equal texts give nothing") {
  CHECK(unified_diff("a\nb\n", "a\nb\n", "x.policy").empty());
  CHECK(unified_diff("", "", "x.policy").empty());
}

TEST_CASE("unified_diff: the shape of diff -u") {
  // Two changes nine lines apart are two hunks of three lines of context each; a change at the
  // start has no context before it.
  std::string a, b;
  for (int i = 1; i <= 20; ++i) {
    a += std::to_string(i) + "\n";
    b += (i == 1 ? std::string("one") : i == 12 ? std::string("twelve") : std::to_string(i)) + "\n";
  }
  CHECK(unified_diff(a, b, "f") ==
        "--- a/f\n+++ b/f\n@@ -1,4 +1,4 @@\n-1\n+one\n 2\n 3\n 4\n@@ -9,7 +9,7 @@\n 9\n 10\n 11\n-12\n+twelve\n 13\n 14\n 15\n");
  // Into an empty file, and a final newline added.
  CHECK(unified_diff("", "x\n", "f") == "--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+x\n");
  CHECK(unified_diff("x", "x\n", "f") == "--- a/f\n+++ b/f\n@@ -1 +1 @@\n-x\n\\ No newline at end of file\n+x\n");
}

TEST_CASE("unified_diff: applying the diff gives the new text (random edits)") {
  std::mt19937 rng(20261206);
  for (int round = 0; round < 3000; ++round) {
    const std::string a = random_text(rng, rng() % 30);
    const std::string b = rng() % 10 == 0 ? random_text(rng, rng() % 30) : edit(rng, a);
    const std::string d = unified_diff(a, b, "p.policy");
    if (a == b) {
      CHECK(d.empty());
      continue;
    }
    std::string patched;
    INFO("old:\n" << a << "\nnew:\n" << b << "\ndiff:\n" << d);
    REQUIRE(apply(a, d, patched));
    CHECK(patched == b);
  }
}

TEST_CASE("unified_diff: a file rewritten past the edit limit is still a correct diff") {
  std::string a, b;
  for (int i = 0; i < 5000; ++i) {
    a += "a" + std::to_string(i) + "\n";
    b += "b" + std::to_string(i) + "\n";
  }
  std::string patched;
  REQUIRE(apply(a, unified_diff(a, b, "big"), patched));
  CHECK(patched == b);
}
