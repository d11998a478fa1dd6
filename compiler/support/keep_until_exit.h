// Objects a command no longer needs, left allocated until the process exits.
//
// Freeing the AST and rule graph of a 10,000-rule policy one node at a time took a sixth of
// `redline check`'s run, only for the process to exit right after; like compilers that skip
// freeing at exit, a command hands such objects here instead. They stay reachable (from a
// static), so leak checkers do not report them, and are never destroyed.
#pragma once

#include <memory>
#include <mutex>
#include <vector>

namespace redline::support {

template <typename T>
void keep_until_exit(std::unique_ptr<T> object) {
  if (!object) return;
  static std::mutex mutex;
  static auto* kept = new std::vector<void*>();  // never destroyed, on purpose
  std::lock_guard<std::mutex> lock(mutex);
  kept->push_back(object.release());
}

}  // namespace redline::support
