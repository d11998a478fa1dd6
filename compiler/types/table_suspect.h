// A gap or an overlap of a decision table that the compiler's enumeration found only on a
// combination of input values the inputs may not take together, because they read the same
// facts (`h.occupants > 3` and `h.occupants > 5` cannot be false and true): so not an error of
// the compiler. Sema records it on the table, lowering carries it to the rule graph, and
// `check` decides it by proof (service/lint.cpp): a witness the policy confirms is an error,
// a proof that no input reaches it is nothing, and anything else is said to be undecided.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace redline {

struct TableSuspect {
  bool gap = true;       // a gap; otherwise rows `first` and `second` overlap
  size_t first = 0, second = 0;
  std::string policy;    // the table's hit policy as written: "first", "collect sum"
  std::vector<std::string> inputs;  // the inputs as written, to name their values on a witness
  std::string example;   // the combination, as the compiler's own message gives it
  std::string shared;    // what two inputs both read: "'h.occupants > 3' and 'h.occupants > 5' both read Household.occupants"
};

}  // namespace redline
