// The errors a service call throws besides the runtime's typed ones (runtime/errors.h:
// DataError names file, row and field; EvalError names rule, entity and key). Every front door
// maps them alike: the command line to exit codes, the Python module to exceptions.
#pragma once

#include <stdexcept>
#include <string>

#include "runtime/evaluator.h"  // EvalError
#include "runtime/table.h"      // DataError

namespace redline::service {

// A request that cannot be carried out as given: an unknown entity, rule or parameter, a
// malformed option, an output that cannot be written. The command line exits 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A policy or modification that did not compile. Its diagnostics are in the session's engine
// and were handed to the session's diagnostics sink (Session::on_diagnostics).
class CompileFailed : public std::runtime_error {
 public:
  CompileFailed() : std::runtime_error("compilation failed") {}
};

}  // namespace redline::service
