// Times `redline compare` (service::compare, Z3) on the SEC policy for each shipped
// modification: compile both sides, prove or find the regions of every output, verify each
// witness on the evaluator. The goal is under a second each. Usage:
//   redline-bench-compare [REPO_DIR] [--runs N]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "service/compare.h"

int main(int argc, char** argv) {
  std::string repo = ".";
  int runs = 3;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--runs" && i + 1 < argc) runs = std::atoi(argv[++i]);
    else repo = a;
  }
  const std::string sec = repo + "/policies/sec/";
  struct Case {
    const char* name;
    std::vector<std::string> base, amend;
  };
  const std::vector<Case> cases = {
      {"SECMP0044", {}, {sec + "SECMP0044.policy"}},
      {"SECMP0059 after SECMP0044", {sec + "SECMP0044.policy"}, {sec + "SECMP0059.policy"}},
      {"DP133", {}, {sec + "DP133.policy"}},
  };
  std::printf("%-28s %10s %10s %8s %8s\n", "modification", "best (s)", "verify (s)", "outputs", "regions");
  int status = 0;
  for (const Case& c : cases) {
    double best = 1e9, best_verified = 1e9;
    size_t outputs = 0, regions = 0;
    for (int r = 0; r < runs; ++r)
      for (bool verify : {false, true}) {
        redline::service::Session s;
        redline::service::CompareRequest req;
        req.policy = sec + "section_g.policy";
        req.base_amendments = c.base;
        req.amendments = c.amend;
        req.as_of = 20000;  // 2024-10-04: every modification in force
        req.verify = verify;
        auto t0 = std::chrono::steady_clock::now();
        redline::service::CompareResult res = redline::service::compare(s, req);
        double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        (verify ? best_verified : best) = std::min(verify ? best_verified : best, secs);
        outputs = res.comparison.outputs.size();
        regions = 0;
        for (const auto& o : res.comparison.outputs) regions += o.regions.size();
      }
    std::printf("%-28s %10.3f %10.3f %8zu %8zu\n", c.name, best, best_verified, outputs, regions);
    if (best_verified > 1.0) status = 1;
  }
  return status;
}
