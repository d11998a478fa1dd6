// resolve_references: turns the keys read into reference fields into row indices of the
// referenced entity's table, once every table is loaded (references may point forward, or
// into the same table).
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <climits>

#include "runtime/field_decoder.h"
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
  for (size_t row = 0; row < rows; ++row) {
    if (!column.is_present(row)) {
      column.values[row] = 0;
      continue;
    }
    if (target == nullptr)
      throw DataError(fmt::format("{}: field '{}': refers to a {}, but no {} data was loaded",
                                  table.row_location(row), field.name, target_name, target_name));
    const std::string_view reference = column.texts[row];
    const uint32_t* found = find_key(*target, key_kind, reference);
    if (found == nullptr) {
      std::string message = fmt::format("{}: field '{}': unknown {} {}", table.row_location(row), field.name,
                                        target_name, detail::quoted(reference));
      const std::string_view suggestion = closest_key(*target, reference);
      if (!suggestion.empty()) message += fmt::format(" (did you mean '{}'?)", suggestion);
      throw DataError(message);
    }
    column.values[row] = *found;
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
