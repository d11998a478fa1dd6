// The runtime's errors, typed: each carries what it knows (file, line, field; rule, entity, key)
// as members, and its message is written from them, so a caller (the test runner, a service)
// can act on the row or the rule at fault without reading the message back.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

namespace redline::runtime {

// What a DataError knows. Zero and empty mean "not known" or "not about that".
struct DataFault {
  enum class Kind : uint8_t {
    Content,     // the file's bytes: "FILE[:LINE[:COLUMN]]: [header: | field 'F': | column N: ]MESSAGE"
    CannotOpen,  // the file itself: "cannot open 'FILE': MESSAGE"
  };
  Kind kind = Kind::Content;
  std::string file;       // as the user named it
  uint64_t line = 0;      // 1-based line where the fault (or its record) is
  uint64_t column = 0;    // 1-based byte within that line, for JSON syntax
  uint64_t record = 0;    // 1-based record of a JSON file, which a JSON row is known by
  uint64_t row = 0;       // 1-based row of a database table (which has no lines)
  bool header = false;    // in a CSV file's header row
  uint64_t position = 0;  // 1-based CSV column, for a value under no header name
  // As shown: a declared field's name, or a CSV header's text escaped and shortened. Optional
  // rather than empty for none, since a CSV header can name a column "".
  std::optional<std::string> field;
  std::string entity;
  std::string key;  // the row's key, where the fault is about that row and the key is known
  std::string message;  // what went wrong, after the location
};

// The fault every data error starts from; callers add what else they know.
DataFault data_fault(std::string file, uint64_t line, std::string message);

// A problem with input data: the message names the file, the row (line) and the field.
// The CLI prints it and exits with code 2.
class DataError : public std::runtime_error, public DataFault {
 public:
  explicit DataError(DataFault fault);
};

// What an EvalError knows. The entity and key are empty when no row is at fault.
struct EvalFault {
  std::string rule;
  std::string citation;  // of the rule's clause, as written in the policy
  std::string entity;
  std::string key;  // as read (the message escapes it for a terminal)
  std::string message;  // what went wrong: "division by zero"
};

// A failure while evaluating: a division by zero, an overflow, two exceptions that disagree.
// The message names the rule, the clause and the entity row. The CLI exits with code 1.
class EvalError : public std::runtime_error, public EvalFault {
 public:
  explicit EvalError(EvalFault fault);
};

// The messages, as what() gives them.
std::string describe(const DataFault& fault);
std::string describe(const EvalFault& fault);

}  // namespace redline::runtime
