// redline-bench-compile: how long the compiler takes (parse, check, lower) on the SEC policy and
// on a generated policy of many rules, best of several runs, plus peak memory; and the parse of
// the generated policy by each of the parser's paths (reference: the generated lexer and the
// first AST builder; sequential; parallel, the default for large files), wall and CPU time. The
// allocator is tuned as the CLI tunes it (support::tune_allocator), so the figures are those
// of `redline check`.
//
//   redline-bench-compile POLICY [--rules 10000] [--runs 5] [--generated PATH]
//
// --generated: where to write the generated policy, and keep it (bench/run.sh times
// `redline check` on it); by default it goes to a temporary file, removed at the end.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <utility>

#include <time.h>
#include <unistd.h>

#include <fmt/format.h>

#include "driver/driver.h"
#include "generated_policy.h"
#include "lower/lower.h"
#include "reference_path.h"
#include "sema/sema.h"
#include "support/allocator.h"
#include "syntax/parser.h"

namespace {

long peak_rss_kb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::atol(line.c_str() + 6);
  return -1;
}

double compile_ms(const std::string& path, int runs, bool& ok) {
  double best = 1e18;
  ok = true;
  for (int r = 0; r < runs; ++r) {
    redline::support::SourceManager sources;
    redline::support::DiagnosticEngine diags(sources);
    auto start = std::chrono::steady_clock::now();
    auto compiled = redline::driver::compile(sources, diags, path, {});
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (!compiled) {
      ok = false;
      std::fputs(diags.render().c_str(), stderr);
      return ms;
    }
    best = std::min(best, ms);
  }
  return best;
}

// The three stages timed apart, once, to show where the time goes.
void stages(const std::string& path) {
  using clock = std::chrono::steady_clock;
  redline::support::SourceManager sources;
  redline::support::DiagnosticEngine diags(sources);
  std::string error;
  uint32_t file = sources.load(path, error);
  auto t0 = clock::now();
  auto module = redline::syntax::parse(sources, file, diags);
  auto t1 = clock::now();
  auto analysis = redline::sema::analyze(*module, diags);
  auto t2 = clock::now();
  auto program = redline::lower::lower(*module, analysis);
  auto t3 = clock::now();
  auto ms = [](auto a, auto b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
  std::printf("  stages: parse %.1f ms, analyse %.1f ms, lower %.1f ms\n", ms(t0, t1), ms(t1, t2), ms(t2, t3));
}

// The parse stage by each of the parser's paths (syntax::ParsePath), best of `runs`, wall and
// CPU time: the default picks the parallel one for large files.
void parse_paths(const std::string& path, int runs) {
  using clock = std::chrono::steady_clock;
  auto cpu_ms = [] {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
  };
  std::printf("  parse by path (best of %d, wall / cpu):", runs);
  const std::pair<const char*, redline::syntax::ParsePath> paths[] = {
      {"reference", redline::syntax::ParsePath::Reference},
      {"sequential", redline::syntax::ParsePath::Sequential},
      {"parallel", redline::syntax::ParsePath::Parallel}};
  for (auto [name, which] : paths) {
    double best = 1e18, best_cpu = 1e18;
    for (int r = 0; r < runs; ++r) {
      redline::support::SourceManager sources;
      redline::support::DiagnosticEngine diags(sources);
      std::string error;
      uint32_t file = sources.load(path, error);
      double c0 = cpu_ms();
      auto t0 = clock::now();
      auto module = redline::syntax::parse(sources, file, diags, which);
      best = std::min(best, std::chrono::duration<double, std::milli>(clock::now() - t0).count());
      best_cpu = std::min(best_cpu, cpu_ms() - c0);
    }
    std::printf(" %s %.1f / %.1f ms;", name, best, best_cpu);
  }
  std::printf("\n");
}

}  // namespace

int main(int argc, char** argv) {
  redline::support::tune_allocator();
  redline::syntax::enable_reference_path();
  if (argc < 2) {
    std::fprintf(stderr, "usage: redline-bench-compile POLICY [--rules N] [--runs R]\n");
    return 2;
  }
  std::string policy = argv[1];
  int rules = 10000, runs = 5;
  std::string generated;
  for (int i = 2; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--rules") rules = std::atoi(argv[i + 1]);
    else if (a == "--runs") runs = std::atoi(argv[i + 1]);
    else if (a == "--generated") generated = argv[i + 1];
    else {
      std::fprintf(stderr, "redline-bench-compile: unknown option '%s'\n", a.c_str());
      return 2;
    }
  }
  const bool keep = !generated.empty();
  if (!keep) {
    char name[] = "/tmp/redline-bench-generated.XXXXXX";
    const int fd = mkstemp(name);
    if (fd < 0) {
      std::perror("redline-bench-compile: mkstemp");
      return 2;
    }
    close(fd);
    generated = name;
  }
  bool ok = true;
  double sec = compile_ms(policy, runs, ok);
  if (!ok) return 1;
  {
    std::ofstream out(generated);
    out << redline::bench::generated_policy(rules);
    if (!out.flush()) {
      std::fprintf(stderr, "redline-bench-compile: cannot write %s\n", generated.c_str());
      return 2;
    }
  }
  double big = compile_ms(generated, runs, ok);  // best of as many runs as the diff gets
  if (!ok) return 1;
  std::printf("compile %-40s %8.2f ms\n", policy.c_str(), sec);
  std::printf("compile generated policy of %d rules%*s %8.2f ms\n", rules, 10, "", big);
  stages(generated);
  parse_paths(generated, std::max(1, runs / 2));
  std::printf("peak memory %ld KB\n", peak_rss_kb());
  if (!keep) std::remove(generated.c_str());
  return 0;
}
