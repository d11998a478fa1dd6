// The data a request evaluates: where each entity's rows come from, which of them are read,
// and the parameters and rules a request names.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "driver/driver.h"
#include "runtime/evaluator.h"
#include "runtime/file_bytes.h"
#include "runtime/table.h"

namespace redline::service {

// Sqlite: a table of a SQLite database file (`register.sqlite#parties`), DataSource::table.
// Postgres: a table of a PostgreSQL database (`postgresql://host/db#parties`), `path` the URI.
enum class DataFormat : uint8_t { FromName, Csv, Json, JsonLines, Sqlite, Postgres };

// One entity's rows: a file, standard input ("-"), or bytes a caller holds (the Python
// module's DataFrames, a studio's upload).
struct DataSource {
  std::string entity;
  std::string path;     // "-": standard input; with `bytes`, the name used in messages
  DataFormat format = DataFormat::FromName;  // FromName: by the path's extension
  std::shared_ptr<const runtime::FileBytes> bytes;  // when set, read instead of `path`
  std::string table;  // Sqlite, Postgres: the table of the database at `path`

  // The name messages give this source: the path, "<stdin>", or PATH#TABLE for a database (a
  // PostgreSQL URI without its password).
  std::string display_name() const;
};

// What every request that evaluates a policy names: the policy, the modifications applied to
// it, the data, parameter overrides and the date. run, explain and diff extend it; the command
// line fills it from the same options for each (cli/common.h, PolicyFlags).
struct PolicyRequest {
  std::string policy;
  std::vector<std::string> amendments;  // applied in order
  std::vector<DataSource> data;
  std::vector<std::string> params;      // "NAME=VALUE"
  std::optional<int64_t> as_of;         // days since 1970-01-01; none: today
};

// "csv", "json", "jsonl" (or "ndjson"); false for anything else.
bool parse_data_format(const std::string& text, DataFormat& out);

// The command line's "--data ENTITY=PATH", "ENTITY=-" (standard input, in `stdin_format`) or
// "ENTITY=-:FORMAT". Throws UsageError.
DataSource parse_data_spec(const std::string& spec, DataFormat stdin_format = DataFormat::FromName);
// The file a --data PATH reads: PATH, or the database file of `register.sqlite#parties`; empty
// for a PostgreSQL URI, which names no file.
std::string data_file_of(const std::string& path);

// What load_tables keeps of the data.
struct LoadOptions {
  // Keep only the fields the rules read (in the closure of `rules`, and of `also_rules`),
  // the keys and the references: the other fields are validated as always but not stored
  // (runtime::Table::loaded), and once references are resolved the tables are compacted and
  // their key indexes dropped (runtime::Table::compact). For requests that print no input
  // field but the key and look nothing up by key.
  bool prune_fields = false;
  // Rules of another program over the same entities that will be evaluated on these tables
  // too (diff's baseline); their fields are matched by entity and field name.
  const ir::Program* also_program = nullptr;
  std::vector<int32_t> also_rules;
  // The other side of a diff whose declarations differ (an amendment inserted or repealed an
  // entity): data given for an entity only that side declares is its own, not an unknown name.
  const ir::Program* other_side = nullptr;
  // Data for an entity neither side declares is left unread instead of refused: the studio
  // keeps it for the drafts that insert the entity.
  bool skip_undeclared = false;
};

// The tables of every entity the rules need, by entity index; throws UsageError (an unknown
// or missing entity, one given twice) and runtime::DataError (the data itself).
std::vector<runtime::Table> load_tables(const ir::Program& program, const std::vector<DataSource>& data,
                                        const std::vector<int32_t>& rules, const LoadOptions& options = {});

// The rules of `rules` whose data is all in `data`: those that read (through other rules,
// aggregates and references) only entities a source is given for. For a caller that evaluates
// every rule it can (the studio's baseline) rather than what was asked for.
std::vector<int32_t> rules_with_data(const ir::Program& program, const std::vector<DataSource>& data,
                                     const std::vector<int32_t>& rules);

// The row of `key` in the table of `entity`; a UsageError naming the closest key otherwise.
size_t row_of_key(const ir::Program& program, const std::vector<runtime::Table>& tables, int32_t entity,
                  const std::string& key);

// "NAME=VALUE" overrides of parameters; throws UsageError.
std::vector<runtime::ParamOverride> parse_params(const driver::Compiled& c, const std::vector<std::string>& params);

// The names in a list "a,b,c" (empty ones skipped).
std::vector<std::string> selected_names(const std::string& select);

// Rules named in "a,b,c" (or the outputs when empty); all over one entity unless
// `several_entities`. Throws UsageError, with the closest name when one is misspelt.
std::vector<int32_t> select_rules(const ir::Program& program, const std::string& select, bool several_entities = false);

// A reference column as the referenced rows' keys (texts point into the tables or `storage`).
runtime::Column keys_of_references(const ir::Program& program, const std::vector<runtime::Table>& tables,
                                   const runtime::Column& refs, std::deque<std::string>& storage);

}  // namespace redline::service
