// The one "did you mean" of the project: the compiler's unknown names, the command line's
// unknown entities, rules and keys, the data readers' unknown enum members and reference keys.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace redline::support {

// How far `candidate` is from `wrong` as a misspelling: the edit distance with case ignored
// (0 for a difference of case only), or SIZE_MAX when it is not a plausible one: more edits than a
// third of the word (at least one), or as many as its length ('s' is no misspelling of 'a').
// Bounded: past the limit it stops early, so scanning a million keys stays cheap.
size_t suggestion_distance(std::string_view wrong, std::string_view candidate);

// The closest plausible candidate (ties: the smallest), never `name` itself; empty when none.
std::string closest_name(std::string_view name, std::span<const std::string> candidates);

// The same over any range of strings or string views (the keys of an index), without copying.
template <typename Range>
std::string_view closest_in(std::string_view name, const Range& candidates) {
  std::string_view best;
  size_t best_distance = SIZE_MAX;
  for (const auto& c : candidates) {
    const std::string_view candidate(c);
    if (candidate == name) continue;
    const size_t d = suggestion_distance(name, candidate);
    if (d < best_distance || (d == best_distance && d != SIZE_MAX && candidate < best)) {
      best_distance = d;
      best = candidate;
    }
  }
  return best_distance == SIZE_MAX ? std::string_view() : best;
}

}  // namespace redline::support
