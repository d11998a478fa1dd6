// Running work on the machine's cores: a few parts, one thread each, the caller's thread
// taking the first. An exception thrown by any part (an EvalError, bad_alloc) is rethrown
// in the caller after every part has finished, the first part's first: a thread must never
// end the process by letting one escape.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <exception>
#include <system_error>
#include <thread>
#include <vector>

#include "support/allocator.h"

namespace redline::runtime {

// The number of threads evaluation must use when the environment sets REDLINE_THREADS to a
// number from 1 to 1024 (0 otherwise: the evaluator chooses). A knob for tests, so that the
// parallel paths can be run on small data and compared with one thread; it takes the place of
// EvalOptions::threads when that is 0.
inline unsigned threads_from_environment() {
  static const unsigned threads = [] {
    const char* text = std::getenv("REDLINE_THREADS");
    if (text == nullptr || *text == '\0') return 0u;
    char* end = nullptr;
    unsigned long n = std::strtoul(text, &end, 10);
    return *end == '\0' && n >= 1 && n <= 1024 ? static_cast<unsigned>(n) : 0u;
  }();
  return threads;
}

// How many parts to split `items` into: one per core, none smaller than `min_per_part`.
inline size_t parallel_parts(size_t items, size_t min_per_part) {
  size_t cores = std::max(1u, std::thread::hardware_concurrency());
  return std::max<size_t>(1, std::min(cores, items / std::max<size_t>(1, min_per_part)));
}

// Calls work(part) for part in [0, parts) concurrently.
template <typename Work>
void run_parts(size_t parts, Work&& work) {
  if (parts <= 1) {
    work(size_t{0});
    return;
  }
  std::vector<std::exception_ptr> errors(parts);
  auto guarded = [&](size_t part) {
    try {
      work(part);
    } catch (...) {
      errors[part] = std::current_exception();
    }
  };
  std::vector<std::thread> pool;
  pool.reserve(parts - 1);
  size_t started = 1;
  try {
    for (; started < parts; ++started)
      pool.emplace_back([&guarded, part = started] {
        support::tune_thread_heap();
        guarded(part);
      });
  } catch (const std::system_error&) {
    // No more threads to be had: this one does the parts that did not get one.
  }
  guarded(0);
  for (size_t part = started; part < parts; ++part) guarded(part);
  for (auto& thread : pool) thread.join();
  for (auto& error : errors)
    if (error) std::rethrow_exception(error);
}

}  // namespace redline::runtime
