// redline_fuzz_replay: runs the fuzz targets' per-input logic over regression inputs, in any
// build (no libFuzzer needed), so that every crash the fuzzers found stays fixed.
//
//   redline_fuzz_replay DIR...           DIR/policy/* through the policy target, DIR/data/* through the data target,
//                                        DIR/lsp/* through the language server target
//   redline_fuzz_replay --policy PATH... files (or folders of files) through the policy target
//   redline_fuzz_replay --data PATH...   the same through the data target
//   redline_fuzz_replay --lsp PATH...    the same through the language server target
//
//   redline_fuzz_replay --large          also the inputs too large to keep in the repository
//                                        (10 MB lines, a million brackets), generated here
//
// A bug aborts the process; otherwise it prints how many inputs ran and exits 0.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz/targets.h"

namespace fs = std::filesystem;

namespace {

using Target = int (*)(const uint8_t*, size_t);

struct Input {
  std::string name;
  Target target;
  std::function<std::string()> text;
};

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Files under `path` (or `path` itself), sorted so that runs are repeatable.
void add_files(std::vector<Input>& inputs, const fs::path& path, Target target) {
  std::vector<fs::path> files;
  if (fs::is_directory(path)) {
    for (const auto& entry : fs::recursive_directory_iterator(path))
      if (entry.is_regular_file()) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
  } else {
    files.push_back(path);
  }
  for (const auto& f : files) inputs.push_back({f.string(), target, [f] { return read_file(f); }});
}

std::string repeat(std::string_view unit, size_t bytes) {
  std::string out;
  out.reserve(bytes + unit.size());
  while (out.size() < bytes) out += unit;
  return out;
}

constexpr size_t kBig = 10u << 20;  // 10 MB
const std::string kPolicyHeader = "policy big \"Big\" [A]; ";
const std::string kPartyHeader = "id,name,category,roles,domestic_premises,shared_resource,assessment_year\n";

// Inputs generated at run time: the pathological sizes the repository should not store.
void add_generated(std::vector<Input>& inputs) {
  using redline::fuzz::fuzz_data_one;
  using redline::fuzz::fuzz_policy_one;
  auto add = [&](std::string name, Target target, std::function<std::string()> text) {
    inputs.push_back({"generated: " + std::move(name), target, std::move(text)});
  };
  add("10 MB single-line policy of rules", fuzz_policy_one, [] {
    return kPolicyHeader + "entity P [A] { key id: text; } " +
           repeat("rule r(p: P): int [A] = 1 + 2; ", kBig);  // every rule named r: one error each
  });
  add("10 MB single-line policy, one name", fuzz_policy_one, [] { return kPolicyHeader + repeat("a", kBig); });
  add("10 MB single-line policy, one string", fuzz_policy_one,
      [] { return "policy big \"" + repeat("x", kBig) + "\" [A];"; });
  add("10 MB single-line policy, one expression", fuzz_policy_one, [] {
    return kPolicyHeader + "entity P [A] { key id: text; } rule r(p: P): int [A] = " + repeat("1 + ", kBig) + "1;";
  });
  add("1,000,000 '('", fuzz_policy_one, [] { return kPolicyHeader + "rule r(p: P): int [A] = " + repeat("(", 1000000); });
  add("1,000,000 'not'", fuzz_policy_one,
      [] { return kPolicyHeader + "rule r(p: P): bool [A] = " + repeat("not ", 1000000) + "true;"; });
  add("10 MB CSV line, one field", fuzz_data_one,
      [] { return kPartyHeader + "a," + repeat("x", kBig) + ",supplier,,0,,1\n"; });
  add("10 MB CSV line, commas", fuzz_data_one, [] { return kPartyHeader + repeat(",", kBig); });
  add("10 MB CSV line, unterminated quote", fuzz_data_one, [] { return kPartyHeader + "\"" + repeat("x", kBig); });
  add("10 MB CSV header", fuzz_data_one, [] { return repeat("id,", kBig) + "\n"; });
  add("10 MB JSON line", fuzz_data_one, [] {
    return "[{\"id\": \"a\", \"name\": \"" + repeat("x", kBig) +
           "\", \"category\": \"supplier\", \"roles\": [], \"domestic_premises\": 0}]";
  });
  add("1,000,000 '[' (JSON)", fuzz_data_one, [] { return repeat("[", 1000000); });
  add("1,000,000 '{\"a\":' (JSON)", fuzz_data_one, [] { return repeat("{\"a\":", 1000000); });
  add("1,000,000 '[' in a field no column reads (JSON)", fuzz_data_one, [] {
    return "[{\"id\": \"a\", \"extra\": " + repeat("[", 1000000) + repeat("]", 1000000) +
           ", \"name\": \"n\", \"category\": \"supplier\", \"roles\": [], \"domestic_premises\": 1}]";
  });
  add("10 MB of NUL bytes", fuzz_data_one, [] { return std::string(kBig, '\0'); });
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<Input> inputs;
  bool generated = false;
  Target mode = nullptr;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--policy") mode = redline::fuzz::fuzz_policy_one;
    else if (arg == "--data") mode = redline::fuzz::fuzz_data_one;
    else if (arg == "--lsp") mode = redline::fuzz::fuzz_lsp_one;
    else if (arg == "--large") generated = true;
    else if (arg == "-h" || arg == "--help") {
      std::printf("usage: redline_fuzz_replay [--large] [DIR...] [--policy PATH...] [--data PATH...] [--lsp PATH...]\n");
      return 0;
    } else if (mode) {
      add_files(inputs, arg, mode);
    } else {
      if (!fs::is_directory(arg)) {
        std::fprintf(stderr, "redline_fuzz_replay: '%s' is not a folder with policy/ and data/ in it\n", arg.c_str());
        return 2;
      }
      if (fs::is_directory(fs::path(arg) / "policy")) add_files(inputs, fs::path(arg) / "policy", redline::fuzz::fuzz_policy_one);
      if (fs::is_directory(fs::path(arg) / "data")) add_files(inputs, fs::path(arg) / "data", redline::fuzz::fuzz_data_one);
      if (fs::is_directory(fs::path(arg) / "lsp")) add_files(inputs, fs::path(arg) / "lsp", redline::fuzz::fuzz_lsp_one);
    }
  }
  if (generated) add_generated(inputs);
  for (const Input& input : inputs) {
    auto start = std::chrono::steady_clock::now();
    std::fprintf(stderr, "%s ... ", input.name.c_str());
    std::fflush(stderr);
    std::string text = input.text();
    input.target(reinterpret_cast<const uint8_t*>(text.data()), text.size());
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr, "ok (%.2fs)\n", seconds);
  }
  std::printf("%zu inputs replayed, no bugs\n", inputs.size());
  return 0;
}
