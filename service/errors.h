// The errors a service call throws besides the runtime's typed ones (runtime/errors.h:
// DataError names file, row and field; EvalError names rule, entity and key). Every front door
// maps them alike: the command line to exit codes, the Python module to exceptions.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

#include "runtime/evaluator.h"  // EvalError
#include "runtime/table.h"      // DataError

namespace redline::service {

// A request that cannot be carried out as given: an unknown entity, rule or parameter, a
// malformed option, an output that cannot be written. The command line exits 2.
//
// A message about one member of a request says which (`field`) and holds the rest apart
// (`detail`): each front door names the member its own way (the command line's `--data`, the
// Python module's `data=`), so that no caller of the service is told about a flag it never had.
// what() names it as the request does ("data names an unknown entity 'Househld'").
class UsageError : public std::runtime_error {
 public:
  enum class Field : uint8_t { None, Data, DataFormat, Param, Select, Where, AsOf };
  explicit UsageError(const std::string& message) : std::runtime_error(message), detail(message) {}
  UsageError(Field f, const std::string& detail_text)
      : std::runtime_error(std::string(field_name(f)) + " " + detail_text), field(f), detail(detail_text) {}

  Field field = Field::None;
  std::string detail;  // the message after the field's name, or the whole message

  // The message with the field called `name` ("--data", "data="); the message itself when it is
  // about no field.
  std::string text(std::string_view name) const {
    return field == Field::None ? detail : std::string(name) + " " + detail;
  }
  // The request's member: "data", "data_format", "params", "select", "where", "as_of".
  static std::string_view field_name(Field f) {
    switch (f) {
      case Field::None: return "";
      case Field::Data: return "data";
      case Field::DataFormat: return "data_format";
      case Field::Param: return "params";
      case Field::Select: return "select";
      case Field::Where: return "where";
      case Field::AsOf: return "as_of";
    }
    return "";
  }
};

// A policy or modification that did not compile. Its diagnostics are in the session's engine
// and were handed to the session's diagnostics sink (Session::on_diagnostics).
class CompileFailed : public std::runtime_error {
 public:
  CompileFailed() : std::runtime_error("compilation failed") {}
};

}  // namespace redline::service
