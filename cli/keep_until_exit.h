// Objects a command no longer needs, left allocated until the process exits.
//
// A command's large data (a run's tables and results: hundreds of megabytes of small and large
// blocks; a 10,000-rule policy's AST and rule graph) took tens of milliseconds to free piece by
// piece after the output was already written, only for the process to exit right after. Like
// compilers that skip freeing at exit, a command hands such objects here once its work is done.
// They stay reachable (from a static), so leak checkers do not report them, and are never
// destroyed.
#pragma once

#include <memory>
#include <mutex>
#include <vector>

namespace redline::cli {

inline void keep_until_exit(std::shared_ptr<void> object) {
  if (!object) return;
  static std::mutex mutex;
  static auto* kept = new std::vector<std::shared_ptr<void>>();  // never destroyed, on purpose
  std::lock_guard<std::mutex> lock(mutex);
  kept->push_back(std::move(object));
}

template <typename T>
void keep_until_exit(std::unique_ptr<T> object) {
  keep_until_exit(std::shared_ptr<void>(std::move(object)));
}

}  // namespace redline::cli
