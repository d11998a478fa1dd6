#include "service/data.h"

#include <map>

#include <fmt/format.h>

#include "dbdata/postgres_source.h"
#include "dbdata/sqlite_source.h"
#include "runtime/readers.h"
#include "service/errors.h"
#include "support/suggest.h"
#include "support/terminal.h"
#include "types/values.h"

namespace redline::service {

std::string DataSource::display_name() const {
  if (format == DataFormat::Sqlite) return path + "#" + table;
  if (format == DataFormat::Postgres) return dbdata::redact_postgres_uri(path) + "#" + table;
  return path == "-" ? "<stdin>" : path;
}

namespace {

// `register.sqlite#parties`: a SQLite database file (by its extension) and a table in it.
bool database_file(const std::string& path) {
  for (const char* ext : {".sqlite", ".sqlite3", ".db", ".db3"}) {
    const std::string e = ext;
    if (path.size() > e.size() && path.compare(path.size() - e.size(), e.size(), e) == 0) return true;
  }
  return false;
}

}  // namespace

std::string data_file_of(const std::string& path) {
  if (dbdata::is_postgres_uri(path)) return "";
  const auto hash = path.rfind('#');
  if (hash != std::string::npos && database_file(path.substr(0, hash))) return path.substr(0, hash);
  return path;
}

bool parse_data_format(const std::string& text, DataFormat& out) {
  if (text == "csv") out = DataFormat::Csv;
  else if (text == "json") out = DataFormat::Json;
  else if (text == "jsonl" || text == "ndjson") out = DataFormat::JsonLines;
  else return false;
  return true;
}

DataSource parse_data_spec(const std::string& spec, DataFormat stdin_format) {
  auto eq = spec.find('=');
  if (eq == std::string::npos || eq == 0 || eq + 1 == spec.size())
    throw UsageError(UsageError::Field::Data, fmt::format("'{}' should be ENTITY=PATH", spec));
  DataSource source;
  source.entity = spec.substr(0, eq);
  source.path = spec.substr(eq + 1);
  // Standard input has no extension to say its format: "-:csv", or --data-format.
  if (source.path.rfind("-:", 0) == 0) {
    if (!parse_data_format(source.path.substr(2), source.format))
      throw UsageError(UsageError::Field::Data, fmt::format("'{}': '{}' is not a data format (csv, json or jsonl)", spec,
                                   source.path.substr(2)));
    source.path = "-";
  } else if (dbdata::is_postgres_uri(source.path)) {
    // The URI may hold a password: messages show it redacted.
    const auto hash = source.path.rfind('#');
    const std::string shown = source.entity + "=" + dbdata::redact_postgres_uri(source.path.substr(0, hash));
    if (hash == std::string::npos || hash + 1 == source.path.size())
      throw UsageError(UsageError::Field::Data, fmt::format("'{}' names no table: write {}#TABLE", shown, shown));
    source.table = source.path.substr(hash + 1);
    source.path.resize(hash);
    source.format = DataFormat::Postgres;
  } else if (const auto hash = source.path.rfind('#'); hash != std::string::npos && database_file(source.path.substr(0, hash))) {
    source.table = source.path.substr(hash + 1);
    source.path.resize(hash);
    source.format = DataFormat::Sqlite;
    if (source.table.empty())
      throw UsageError(UsageError::Field::Data, fmt::format("'{}' names no table after '#': write {}={}#TABLE", spec,
                                                            source.entity, source.path));
  } else if (database_file(source.path)) {
    throw UsageError(UsageError::Field::Data, fmt::format("'{}' is a database: name its table, {}={}#TABLE", spec,
                                                          source.entity, source.path));
  } else if (source.path == "-") {
    source.format = stdin_format;
    if (source.format == DataFormat::FromName)
      throw UsageError(UsageError::Field::Data, fmt::format("'{}' reads standard input, which has no extension to tell its format: "
                                   "write {}=-:csv (or json, jsonl), or give --data-format",
                                   spec, source.entity));
  }
  return source;
}

// The source's rows as a table: its format from the request, else from the file's extension.
static runtime::Table read_source(const ir::Program& program, int32_t entity, const DataSource& source,
                                  const runtime::ReadOptions& options) {
  if (source.format == DataFormat::FromName && !source.bytes && source.path != "-")
    return runtime::read_table(program, entity, source.path, options);
  if (source.format == DataFormat::Sqlite)
    return dbdata::read_sqlite_table(program, entity, source.path, source.table, source.display_name(), options);
  if (source.format == DataFormat::Postgres)
    return dbdata::read_postgres_table(program, entity, source.path, source.table, source.display_name(), options);
  auto bytes = source.bytes ? source.bytes : runtime::FileBytes::load(source.path == "-" ? "/dev/stdin" : source.path);
  const std::string name = source.display_name();
  DataFormat format = source.format;
  if (format == DataFormat::FromName) {
    const auto dot = source.path.rfind('.');
    if (dot == std::string::npos || !parse_data_format(source.path.substr(dot + 1), format))
      throw UsageError(fmt::format("cannot tell the format of '{}': give it as csv, json or jsonl", name));
  }
  if (format == DataFormat::Csv) return runtime::read_csv_bytes(program, entity, bytes, name, options);
  return runtime::read_json_bytes(program, entity, bytes, name, format == DataFormat::JsonLines, options);
}

std::vector<runtime::Table> load_tables(const ir::Program& program, const std::vector<DataSource>& data,
                                        const std::vector<int32_t>& rules, const LoadOptions& options) {
  std::map<std::string, const DataSource*> paths;
  size_t from_stdin = 0;
  for (const DataSource& source : data) {
    const std::string& entity = source.entity;
    if (source.path == "-" && !source.bytes && ++from_stdin > 1)
      throw UsageError(UsageError::Field::Data, "reads standard input for two entities; at most one can come from it");
    if (program.entity_index(entity) < 0) {
      if (options.other_side != nullptr && options.other_side->entity_index(entity) >= 0) continue;
      if (options.skip_undeclared) continue;
      std::vector<std::string> names;
      for (auto& e : program.entities) names.push_back(e.name);
      std::string hint = support::closest_name(entity, names);
      throw UsageError(UsageError::Field::Data, fmt::format("names an unknown entity '{}'{}", entity,
                                   hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint)));
    }
    if (!paths.emplace(entity, &source).second)
      throw UsageError(UsageError::Field::Data, fmt::format("is given twice for entity '{}'", entity));
  }
  // The fields read, by entity and field, when pruning: a field nothing reads costs no memory.
  std::vector<std::vector<uint8_t>> read(program.entities.size());
  if (options.prune_fields) {
    for (size_t e = 0; e < program.entities.size(); ++e) read[e].assign(program.entities[e].fields.size(), 0);
    const auto mark_reads = [&](const ir::Program& p, const std::vector<int32_t>& of) {
      for (int32_t r : runtime::closure(p, of)) {
        ir::visit_rule_and_calls(p, p.rules[static_cast<size_t>(r)], [&](const ir::Expr& x) {
          if (x.op != ir::Op::Field || x.entity < 0 || static_cast<size_t>(x.entity) >= p.entities.size()) return;
          const ir::Entity& pe = p.entities[static_cast<size_t>(x.entity)];
          if (x.index < 0 || static_cast<size_t>(x.index) >= pe.fields.size()) return;
          const int32_t e = &p == &program ? x.entity : program.entity_index(pe.name);
          if (e < 0) return;
          const ir::Entity& ent = program.entities[static_cast<size_t>(e)];
          const std::string& field = pe.fields[static_cast<size_t>(x.index)].name;
          for (size_t f = 0; f < ent.fields.size(); ++f)
            if (ent.fields[f].name == field) read[static_cast<size_t>(e)][f] = 1;
        });
      }
    };
    mark_reads(program, rules);
    if (options.also_program != nullptr) mark_reads(*options.also_program, options.also_rules);
  }
  // The entities needed: those of the rules, and every entity they reach by reference or aggregate.
  // (After the fields read, which decide which references are followed.)
  std::vector<uint8_t> needed(program.entities.size(), 0);
  std::vector<int32_t> stack;
  for (int32_t r : runtime::closure(program, rules)) {
    stack.push_back(program.rules[static_cast<size_t>(r)].entity);
    ir::visit_rule_and_calls(program, program.rules[static_cast<size_t>(r)], [&](const ir::Expr& e) {
      if (e.op == ir::Op::Aggregate || e.op == ir::Op::Field) stack.push_back(e.entity);
    });
  }
  while (!stack.empty()) {
    int32_t e = stack.back();
    stack.pop_back();
    if (e < 0 || needed[static_cast<size_t>(e)]) continue;
    needed[static_cast<size_t>(e)] = 1;
    // A reference field needs the entity it refers to, to be resolved; when pruning, only the
    // fields read are kept, so only those need it.
    const auto& fields = program.entities[static_cast<size_t>(e)].fields;
    for (size_t f = 0; f < fields.size(); ++f)
      if (fields[f].type.kind == TypeKind::Entity && (!options.prune_fields || read[static_cast<size_t>(e)][f]))
        stack.push_back(fields[f].type.index);
  }
  std::vector<runtime::Table> tables(program.entities.size());
  for (size_t e = 0; e < program.entities.size(); ++e) {
    tables[e].entity = static_cast<int32_t>(e);
    auto it = paths.find(program.entities[e].name);
    if (it == paths.end()) {
      if (needed[e])
        throw UsageError(UsageError::Field::Data,
                         fmt::format("has no entity '{}', which the rules read: add {}=PATH", program.entities[e].name,
                                     program.entities[e].name));
      continue;
    }
    runtime::ReadOptions read_options;
    read_options.fields = read[e];  // empty unless pruning: every field
    tables[e] = read_source(program, static_cast<int32_t>(e), *it->second, read_options);
  }
  // A reference nothing reads is still checked when the data it refers to is loaded.
  std::vector<std::vector<uint8_t>> resolve = read;
  for (size_t e = 0; e < resolve.size(); ++e)
    for (size_t f = 0; f < resolve[e].size(); ++f) {
      const ir::Field& field = program.entities[e].fields[f];
      if (field.type.kind == TypeKind::Entity && paths.count(program.entities[static_cast<size_t>(field.type.index)].name))
        resolve[e][f] = 1;
    }
  runtime::resolve_references(program, tables, options.prune_fields ? &resolve : nullptr);
  if (options.prune_fields)
    for (runtime::Table& t : tables)
      if (t.entity >= 0) t.compact(program.entities[static_cast<size_t>(t.entity)], /*keep_index=*/false);
  return tables;
}

std::vector<runtime::ParamOverride> parse_params(const driver::Compiled& c, const std::vector<std::string>& params) {
  std::vector<runtime::ParamOverride> out;
  for (const auto& spec : params) {
    auto eq = spec.find('=');
    if (eq == std::string::npos || eq == 0) throw UsageError(UsageError::Field::Param, fmt::format("'{}' should be NAME=VALUE", spec));
    std::string name = spec.substr(0, eq);
    int32_t index = c.program.param_index(name);
    if (index < 0) {
      std::vector<std::string> names;
      for (auto& p : c.program.params) names.push_back(p.name);
      std::string hint = support::closest_name(name, names);
      throw UsageError(UsageError::Field::Param, fmt::format("names an unknown parameter '{}'{}", name,
                                   hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint)));
    }
    // Checked here, before any data is read, rather than when a rule first applies the scale.
    if (c.program.params[static_cast<size_t>(index)].scale)
      throw UsageError(UsageError::Field::Param,
                       fmt::format("'{}' is a scale: a value cannot replace its brackets; amend them with 'substitute param {} "
                                   "bracket N = threshold: rate;'",
                                   name, name));
    sema::Constant value;
    std::string error;
    if (!sema::parse_constant(c.analysis, c.program.params[static_cast<size_t>(index)].type, spec.substr(eq + 1), value,
                              error))
      throw UsageError(UsageError::Field::Param, fmt::format("{}: {}", name, error));
    out.push_back({index, value.value, value.text});
  }
  return out;
}

std::vector<std::string> selected_names(const std::string& select) {
  std::vector<std::string> names;
  size_t start = 0;
  while (start <= select.size()) {
    const size_t comma = select.find(',', start);
    std::string name = select.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    start = comma == std::string::npos ? select.size() + 1 : comma + 1;
    if (!name.empty()) names.push_back(std::move(name));
  }
  return names;
}

std::vector<int32_t> select_rules(const ir::Program& program, const std::string& select, bool several_entities) {
  std::vector<int32_t> out;
  if (select.empty()) {
    for (size_t i = 0; i < program.rules.size(); ++i)
      if (program.rules[i].output) out.push_back(static_cast<int32_t>(i));
    if (out.empty()) throw UsageError(UsageError::Field::Select, "is needed: the policy marks no rule as 'output'");
  } else {
    for (const std::string& name : selected_names(select)) {
      int32_t r = program.rule_index(name);
      if (r < 0 && program.function_index(name) >= 0)
        throw UsageError(UsageError::Field::Select,
                         fmt::format("names '{}', a function: it has no column of its own; select a rule that calls it", name));
      if (r < 0) {
        std::vector<std::string> names;
        for (auto& rule : program.rules) names.push_back(rule.name);
        std::string hint = support::closest_name(name, names);
        throw UsageError(UsageError::Field::Select, fmt::format("names an unknown rule '{}'{}", name,
                                     hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint)));
      }
      out.push_back(r);
    }
    if (out.empty()) throw UsageError(UsageError::Field::Select, "names no rule");
  }
  if (several_entities) return out;
  int32_t entity = program.rules[static_cast<size_t>(out[0])].entity;
  for (int32_t r : out)
    if (program.rules[static_cast<size_t>(r)].entity != entity)
      throw UsageError(fmt::format("rules '{}' and '{}' are over different entities; select rules of one entity",
                                   program.rules[static_cast<size_t>(out[0])].name,
                                   program.rules[static_cast<size_t>(r)].name));
  return out;
}

runtime::Column keys_of_references(const ir::Program& program, const std::vector<runtime::Table>& tables,
                                   const runtime::Column& refs, std::deque<std::string>& storage) {
  runtime::Column out;
  out.type = Type{TypeKind::Text, refs.type.optional, -1};
  const ir::Entity& e = program.entities[static_cast<size_t>(refs.type.index)];
  const runtime::Table& t = tables[static_cast<size_t>(refs.type.index)];
  const runtime::Column& keys = t.key_column(e);
  out.present = refs.present;
  out.texts.assign(refs.values.size(), std::string_view());
  // Text keys stay alive in the table; int keys are printed into the caller's storage.
  for (size_t i = 0; i < refs.values.size(); ++i) {
    if (!refs.is_present(i)) continue;
    size_t row = static_cast<size_t>(refs.values[i]);
    if (keys.type.kind == TypeKind::Text) out.texts[i] = keys.texts[row];
    else out.texts[i] = storage.emplace_back(std::to_string(keys.values[row]));
  }
  return out;
}

std::vector<int32_t> rules_with_data(const ir::Program& program, const std::vector<DataSource>& data,
                                     const std::vector<int32_t>& rules) {
  const size_t n = program.entities.size();
  std::vector<uint8_t> given(n, 0);
  for (const DataSource& d : data)
    if (int32_t e = program.entity_index(d.entity); e >= 0) given[static_cast<size_t>(e)] = 1;
  // An entity is complete when it and every entity its references reach are given.
  std::vector<uint8_t> complete(n, 0);
  for (size_t e = 0; e < n; ++e) {
    std::vector<uint8_t> seen(n, 0);
    std::vector<int32_t> stack{static_cast<int32_t>(e)};
    bool ok = true;
    while (!stack.empty() && ok) {
      const auto x = static_cast<size_t>(stack.back());
      stack.pop_back();
      if (seen[x]) continue;
      seen[x] = 1;
      ok = given[x] != 0;
      for (const ir::Field& f : program.entities[x].fields)
        if (f.type.kind == TypeKind::Entity) stack.push_back(f.type.index);
    }
    complete[e] = ok;
  }
  // A rule has its data when its entity, the entities it reads and the rules it reads do.
  std::vector<int8_t> has(program.rules.size(), -1);
  for (int32_t r : program.order) {
    const ir::Rule& rule = program.rules[static_cast<size_t>(r)];
    bool ok = rule.entity >= 0 && complete[static_cast<size_t>(rule.entity)];
    ir::visit_rule_and_calls(program, rule, [&](const ir::Expr& e) {
      if ((e.op == ir::Op::Aggregate || e.op == ir::Op::Field) && e.entity >= 0) ok = ok && complete[static_cast<size_t>(e.entity)];
    });
    for (int32_t d : rule.depends_on) ok = ok && has[static_cast<size_t>(d)] == 1;
    has[static_cast<size_t>(r)] = ok ? 1 : 0;
  }
  std::vector<int32_t> out;
  for (int32_t r : rules)
    if (has[static_cast<size_t>(r)] == 1) out.push_back(r);
  return out;
}

size_t row_of_key(const ir::Program& program, const std::vector<runtime::Table>& tables, int32_t entity,
                  const std::string& key) {
  const runtime::Table& t = tables[static_cast<size_t>(entity)];
  auto it = t.key_index.find(key);
  if (it == t.key_index.end()) {
    std::string hint;
    if (t.rows <= 100000) {
      std::vector<std::string> keys;
      for (const auto& [k, row] : t.key_index.all()) keys.emplace_back(k);
      hint = support::closest_name(key, keys);
    }
    throw UsageError(fmt::format("no {} with key '{}' in the data{}", program.entities[static_cast<size_t>(entity)].name,
                                 support::escape_for_terminal(key),
                                 hint.empty() ? "" : fmt::format("; did you mean '{}'?", support::escape_for_terminal(hint))));
  }
  return it->second;
}

}  // namespace redline::service
