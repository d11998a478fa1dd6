#include "runtime/errors.h"

#include <utility>

#include <fmt/format.h>

#include "support/terminal.h"

namespace redline::runtime {

DataFault data_fault(std::string file, uint64_t line, std::string message) {
  DataFault fault;
  fault.file = std::move(file);
  fault.line = line;
  fault.message = std::move(message);
  return fault;
}

std::string describe(const DataFault& f) {
  if (f.kind == DataFault::Kind::CannotOpen) return fmt::format("cannot open '{}': {}", f.file, f.message);
  std::string out = f.file;
  if (f.row != 0) out += fmt::format(": row {}", f.row);
  else if (f.record != 0) out += fmt::format(": record {} (line {})", f.record, f.line);
  else if (f.line != 0) out += f.column != 0 ? fmt::format(":{}:{}", f.line, f.column) : fmt::format(":{}", f.line);
  if (f.header) out += ": header";
  if (f.field) out += fmt::format(": field '{}'", *f.field);
  else if (f.position != 0) out += fmt::format(": column {}", f.position);
  return out + ": " + f.message;
}

std::string describe(const EvalFault& f) {
  std::string out = fmt::format("rule '{}'", f.rule);
  if (!f.citation.empty()) out += fmt::format(" [{}]", f.citation);
  if (!f.entity.empty()) out += fmt::format(" for {} '{}'", f.entity, support::escape_for_terminal(f.key));
  return out + ": " + f.message;
}

// The message is written before the fields move in: the base is constructed first.
DataError::DataError(DataFault fault) : std::runtime_error(describe(fault)), DataFault(std::move(fault)) {}

EvalError::EvalError(EvalFault fault) : std::runtime_error(describe(fault)), EvalFault(std::move(fault)) {}

}  // namespace redline::runtime
