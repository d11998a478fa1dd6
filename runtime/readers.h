// Dataset readers: CSV (RFC 4180) and JSON / JSON Lines, validated against an entity schema.
#pragma once

#include <string>
#include <vector>

#include "runtime/table.h"

namespace redline::runtime {

// Reads the data of entity `entity` from `path`; the format follows the extension
// (.csv, .json, .jsonl / .ndjson). Reference fields are kept as keys until
// resolve_references. Throws DataError naming file, row and field.
Table read_table(const ir::Program& program, int32_t entity, const std::string& path);

// Parses CSV held in memory (exposed for tests and fuzzing); `name` is used in messages.
Table read_csv_text(const ir::Program& program, int32_t entity, std::string text, const std::string& name);
Table read_json_text(const ir::Program& program, int32_t entity, std::string text, const std::string& name,
                     bool json_lines);

// Replaces the keys held in reference fields by row indices of the referenced entity's table.
// `tables` is indexed by entity; every referenced entity must be loaded. An unknown key
// throws DataError naming the file, row and field.
void resolve_references(const ir::Program& program, std::vector<Table>& tables);

}  // namespace redline::runtime
