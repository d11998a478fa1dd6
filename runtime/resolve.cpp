// resolve_references: turns the keys read into reference fields into row indices of the
// referenced entity's table, once every table is loaded (references may point forward, or
// into the same table).
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <climits>

#include "runtime/field_decoder.h"
#include "runtime/parallel.h"
#include "runtime/readers.h"
#include "types/values.h"

namespace redline::runtime {

namespace {

const Table* loaded_table(const ir::Program& program, const std::vector<Table>& tables, int32_t entity) {
  if (entity < 0 || static_cast<size_t>(entity) >= program.entities.size()) return nullptr;
  const size_t index = static_cast<size_t>(entity);
  if (index < tables.size() && tables[index].entity == entity) return &tables[index];
  for (const Table& table : tables)  // tolerate a vector not indexed by entity
    if (table.entity == entity) return &table;
  return nullptr;
}

// Looks a reference up in the key index; int keys index by their canonical text, so the
// reference is canonicalized the same way ("007" finds key 7).
const uint32_t* find_key(const Table& target, TypeKind key_kind, std::string_view reference) {
  std::string_view key = reference;
  char digits[24];
  if (key_kind == TypeKind::Int) {
    int64_t value = 0;
    if (!parse_int(detail::trim_spaces(reference), value)) return nullptr;
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value);
    if (ec != std::errc()) return nullptr;
    key = std::string_view(digits, static_cast<size_t>(end - digits));
  }
  const auto found = target.key_index.find(key);
  return found == target.key_index.end() ? nullptr : &found->second;
}

// The closest key for a "did you mean"; ties go to the smallest key so that messages do
// not depend on hash order.
std::string_view closest_key(const Table& target, std::string_view wrong) {
  std::string_view best;
  size_t best_score = SIZE_MAX;
  for (const auto& [key, row] : target.key_index.all()) {
    const size_t score = detail::suggestion_score(wrong, key);
    if (score < best_score || (score == best_score && score != SIZE_MAX && key < best)) {
      best_score = score;
      best = key;
    }
  }
  return best;
}

// Resolves rows [begin, end) of a reference column whose target has text keys; returns the
// first row whose key is unknown (its value is then left unset), or SIZE_MAX. References are
// hashed a batch at a time, and each lookup's slot, key view and key bytes are prefetched
// in stages ahead of it: a million lookups into a table of a million keys are cache misses.
size_t resolve_text_keys(const KeyIndex& index, Column& column, size_t begin, size_t end) {
  constexpr size_t kBatch = 1024;
  constexpr size_t kSlotAhead = 24, kViewAhead = 12, kBytesAhead = 4;
  size_t hashes[kBatch];
  for (size_t first = begin; first < end; first += kBatch) {
    const size_t n = std::min(kBatch, end - first);
    for (size_t i = 0; i < n; ++i) hashes[i] = KeyIndex::hash(column.texts[first + i]);
    for (size_t i = 0; i < n; ++i) {
      if (i + kSlotAhead < n) index.prefetch_slot(hashes[i + kSlotAhead]);
      if (i + kViewAhead < n) index.prefetch_view(hashes[i + kViewAhead]);
      if (i + kBytesAhead < n) index.prefetch_bytes(hashes[i + kBytesAhead]);
      const size_t row = first + i;
      if (!column.is_present(row)) {
        column.values[row] = 0;
        continue;
      }
      const KeyIndex::Slot* found = index.find_hashed(column.texts[row], hashes[i]);
      if (found == nullptr) return row;
      column.values[row] = found->second;
    }
  }
  return SIZE_MAX;
}

// The same for int keys, which are canonicalized first (rarer, and not batched).
size_t resolve_int_keys(const Table& target, Column& column, size_t begin, size_t end) {
  for (size_t row = begin; row < end; ++row) {
    if (!column.is_present(row)) {
      column.values[row] = 0;
      continue;
    }
    const uint32_t* found = find_key(target, TypeKind::Int, column.texts[row]);
    if (found == nullptr) return row;
    column.values[row] = *found;
  }
  return SIZE_MAX;
}

void resolve_column(const ir::Program& program, Table& table, const ir::Field& field, Column& column,
                    const std::vector<Table>& tables) {
  const std::string target_name = program.type_name(field.type.as_required());
  const Table* target = loaded_table(program, tables, field.type.index);
  TypeKind key_kind = TypeKind::Text;
  if (target != nullptr) {
    const ir::Entity& target_entity = program.entities[static_cast<size_t>(target->entity)];
    if (target_entity.key_field < 0 || static_cast<size_t>(target_entity.key_field) >= target_entity.fields.size())
      target = nullptr;
    else
      key_kind = target_entity.fields[static_cast<size_t>(target_entity.key_field)].type.kind;
  }
  const size_t rows = std::min(table.rows, column.texts.size());
  column.values.resize(table.rows);
  if (target == nullptr) {
    for (size_t row = 0; row < rows; ++row) {
      if (!column.is_present(row)) continue;
      throw DataError(fmt::format("{}: field '{}': refers to a {}, but no {} data was loaded",
                                  table.row_location(row), field.name, target_name, target_name));
    }
    std::fill(column.values.begin(), column.values.end(), 0);
    return;
  }
  const auto resolve = [&](size_t begin, size_t end) {
    return key_kind == TypeKind::Int ? resolve_int_keys(*target, column, begin, end)
                                     : resolve_text_keys(target->key_index, column, begin, end);
  };
  // A large column is cut into parts resolved at once, one per core; each part finds its first
  // unknown key, and the smallest of those rows is the error a single pass would report.
  constexpr size_t kRowsPerPart = 1 << 15;
  const size_t parts = parallel_parts(rows, kRowsPerPart);
  std::vector<size_t> unknown_in(parts, SIZE_MAX);
  run_parts(parts, [&](size_t part) { unknown_in[part] = resolve(rows * part / parts, rows * (part + 1) / parts); });
  const size_t unknown = *std::min_element(unknown_in.begin(), unknown_in.end());
  if (unknown != SIZE_MAX) {
    const std::string_view reference = column.texts[unknown];
    std::string message = fmt::format("{}: field '{}': unknown {} {}", table.row_location(unknown), field.name,
                                      target_name, detail::quoted(reference));
    const std::string_view suggestion = closest_key(*target, reference);
    if (!suggestion.empty()) message += fmt::format(" (did you mean '{}'?)", suggestion);
    throw DataError(message);
  }
}

}  // namespace

void resolve_references(const ir::Program& program, std::vector<Table>& tables) {
  for (Table& table : tables) {
    if (table.entity < 0 || static_cast<size_t>(table.entity) >= program.entities.size()) continue;
    const ir::Entity& entity = program.entities[static_cast<size_t>(table.entity)];
    for (size_t f = 0; f < entity.fields.size() && f < table.columns.size(); ++f) {
      const ir::Field& field = entity.fields[f];
      // The keys stay in `texts` after resolution: writers print a reference as its key.
      if (field.type.kind == TypeKind::Entity) resolve_column(program, table, field, table.columns[f], tables);
    }
  }
}

}  // namespace redline::runtime
