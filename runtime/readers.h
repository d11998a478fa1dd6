// Dataset readers: CSV (RFC 4180) and JSON / JSON Lines, validated against an entity schema.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "runtime/file_bytes.h"
#include "runtime/table.h"

namespace redline::runtime {

struct ReadOptions {
  // Which fields to store, by field index; empty stores all. A field not stored is validated
  // all the same (the same data errors), but its column stays empty (see Table::loaded); the
  // key and reference fields are always stored.
  std::vector<uint8_t> fields;
  // CSV only: the least bytes of records per thread before a file is parsed in parallel segments,
  // and the most threads (0: one per core). Tests make segments tiny to exercise the splits.
  size_t segment_bytes = 4 << 20;
  unsigned threads = 0;
  // CSV only: the bytes are a database table's rows written as CSV, one record per row, under a
  // header of its columns; messages name the row (1-based), not the CSV line.
  bool database_rows = false;
};

// Reads the data of entity `entity` from `path`; the format follows the extension
// (.csv, .json, .jsonl / .ndjson). Reference fields are kept as keys until
// resolve_references. Throws DataError naming file, row and field.
Table read_table(const ir::Program& program, int32_t entity, const std::string& path,
                 const ReadOptions& options = {});

// Parses a file's bytes; `name` is used in messages. The table keeps `bytes` alive.
Table read_csv_bytes(const ir::Program& program, int32_t entity, std::shared_ptr<const FileBytes> bytes,
                     const std::string& name, const ReadOptions& options = {});
Table read_json_bytes(const ir::Program& program, int32_t entity, std::shared_ptr<const FileBytes> bytes,
                      const std::string& name, bool json_lines, const ReadOptions& options = {});
// The same of text held in memory (tests and fuzzing).
Table read_csv_text(const ir::Program& program, int32_t entity, std::string text, const std::string& name,
                    const ReadOptions& options = {});
Table read_json_text(const ir::Program& program, int32_t entity, std::string text, const std::string& name,
                     bool json_lines, const ReadOptions& options = {});

// Replaces the keys held in reference fields by row indices of the referenced entity's table.
// `tables` is indexed by entity; every referenced entity must be loaded. An unknown key
// throws DataError naming the file, row and field.
// With `only` (by entity, then field): only the reference fields marked are resolved; the others
// are left as read, keys unchecked, for a caller that drops them unread (cli's pruned loading,
// which then needs no data for the entities they name).
void resolve_references(const ir::Program& program, std::vector<Table>& tables,
                        const std::vector<std::vector<uint8_t>>* only = nullptr);

}  // namespace redline::runtime
