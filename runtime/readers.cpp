// read_table: maps (or reads) a data file and hands it to the reader its extension names.
#include "runtime/readers.h"

#include <fmt/format.h>

#include "runtime/file_bytes.h"

namespace redline::runtime {

namespace {

std::string lowercase_extension(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  const size_t dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
  std::string extension = path.substr(dot + 1);
  for (char& c : extension)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return extension;
}

}  // namespace

Table read_table(const ir::Program& program, int32_t entity, const std::string& path, const ReadOptions& options) {
  const std::string extension = lowercase_extension(path);
  if (extension == "csv") return read_csv_bytes(program, entity, FileBytes::load(path), path, options);
  if (extension == "json") return read_json_bytes(program, entity, FileBytes::load(path), path, false, options);
  if (extension == "jsonl" || extension == "ndjson")
    return read_json_bytes(program, entity, FileBytes::load(path), path, true, options);
  throw DataError(data_fault(path, 0,
                             fmt::format("unknown data format{}; expected a .csv, .json, .jsonl or .ndjson file",
                                         extension.empty() ? std::string() : fmt::format(" '.{}'", extension))));
}

}  // namespace redline::runtime
