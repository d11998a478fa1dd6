// resolve_references: turns the keys read into reference fields into row indices of the
// referenced entity's table, once every table is loaded (references may point forward, or
// into the same table).
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <climits>

#include "support/suggest.h"
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
  std::vector<std::string_view> keys;
  keys.reserve(target.key_index.size());
  for (const auto& [key, row] : target.key_index.all()) keys.push_back(key);
  return support::closest_in(wrong, keys);
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

// The distinct keys of a reference column, each with the row of the target that has it: a
// hash table as small as the set of distinct references, which is usually far smaller than
// the target (a few thousand shared resources among a million parties), so that it stays in
// cache while every target key is looked up in it. The keys' bytes are copied together for
// the same reason.
class ReferencedKeys {
 public:
  static constexpr uint32_t kNoRow = UINT32_MAX;
  static constexpr size_t kNone = SIZE_MAX;

  // The number of the distinct key `key` (hashed `h`), added if new.
  size_t add(std::string_view key, size_t h) {
    if ((entries_.size() + 1) * 2 > slots_.size()) grow();
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.entry == kFreeSlot) {
        s = {static_cast<uint32_t>(entries_.size()), static_cast<uint32_t>(h >> 32)};
        entries_.push_back({bytes_.size(), key.size(), h, kNoRow});
        bytes_.append(key);
        return s.entry;
      }
      if (s.tag == static_cast<uint32_t>(h >> 32) && equal_keys(this->key(s.entry), key)) return s.entry;
    }
  }
  // The number of `key`, or kNone.
  size_t find(std::string_view key, size_t h) const {
    if (slots_.empty()) return kNone;
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.entry == kFreeSlot) return kNone;
      if (s.tag == static_cast<uint32_t>(h >> 32) && equal_keys(this->key(s.entry), key)) return s.entry;
    }
  }
  size_t size() const { return entries_.size(); }
  std::string_view key(size_t entry) const {
    return std::string_view(bytes_).substr(entries_[entry].offset, entries_[entry].size);
  }
  size_t hash(size_t entry) const { return entries_[entry].hash; }
  // The target row with key number `entry`, or kNoRow. Set from one thread per entry.
  uint32_t& row(size_t entry) { return entries_[entry].row; }

 private:
  static constexpr uint32_t kFreeSlot = UINT32_MAX;
  struct Slot {
    uint32_t entry;
    uint32_t tag;  // high bits of the hash
  };
  struct Entry {
    size_t offset, size;  // in bytes_
    size_t hash;
    uint32_t row;
  };
  void grow() {
    slots_.assign(std::max<size_t>(1024, slots_.size() * 2), Slot{kFreeSlot, 0});
    mask_ = slots_.size() - 1;
    for (size_t e = 0; e < entries_.size(); ++e) {
      size_t i = entries_[e].hash & mask_;
      while (slots_[i].entry != kFreeSlot) i = (i + 1) & mask_;
      slots_[i] = {static_cast<uint32_t>(e), static_cast<uint32_t>(entries_[e].hash >> 32)};
    }
  }
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  std::vector<Entry> entries_;
  std::string bytes_;
};

// Resolves the first `rows` rows of a reference column whose target has text keys that are
// not indexed (KeyIndex::adopt_distinct): numbers the distinct references, finds their rows in
// one pass over the target's keys, then gives each reference its row. Returns the first row
// whose key is unknown (its value is then left unset), or SIZE_MAX. A million references into
// a million keys cost three passes in file order instead of the index's millions of cache misses.
size_t resolve_by_distinct_references(const KeyIndex& target_keys, size_t target_rows, Column& column, size_t rows) {
  // Keys are hashed a batch at a time: their bytes lie all over the file, and a loop of hashes
  // alone has its cache misses overlap (interleaved with the table's probes, they came one at
  // a time).
  constexpr size_t kBatch = 1024;
  constexpr size_t kRowsPerPart = 1 << 15;
  // Each part of the column numbers its references in a table of its own, and values[row]
  // holds the number meanwhile; the first part's table then takes the others' keys.
  const size_t parts = parallel_parts(rows, kRowsPerPart);
  std::vector<ReferencedKeys> numbered(parts);
  run_parts(parts, [&](size_t part) {
    size_t hashes[kBatch];
    const size_t end = rows * (part + 1) / parts;
    for (size_t first = rows * part / parts; first < end; first += kBatch) {
      const size_t n = std::min(kBatch, end - first);
      for (size_t i = 0; i < n; ++i) hashes[i] = KeyIndex::hash(column.texts[first + i]);
      for (size_t i = 0; i < n; ++i) {
        const size_t row = first + i;
        column.values[row] =
            column.is_present(row) ? static_cast<int64_t>(numbered[part].add(column.texts[row], hashes[i])) : 0;
      }
    }
  });
  ReferencedKeys& all = numbered[0];
  std::vector<std::vector<size_t>> number_in_all(parts);  // by part after the first: its number -> all's
  for (size_t part = 1; part < parts; ++part) {
    const ReferencedKeys& own = numbered[part];
    number_in_all[part].resize(own.size());
    for (size_t entry = 0; entry < own.size(); ++entry) number_in_all[part][entry] = all.add(own.key(entry), own.hash(entry));
  }
  if (all.size() == 0) return SIZE_MAX;

  const size_t target_parts = parallel_parts(target_rows, kRowsPerPart);
  run_parts(target_parts, [&](size_t part) {
    // Keys are distinct, so each entry is found (and written) by one row, on one thread.
    size_t hashes[kBatch];
    const size_t end = target_rows * (part + 1) / target_parts;
    for (size_t first = target_rows * part / target_parts; first < end; first += kBatch) {
      const size_t n = std::min(kBatch, end - first);
      for (size_t i = 0; i < n; ++i) hashes[i] = KeyIndex::hash(target_keys.key(first + i));
      for (size_t i = 0; i < n; ++i) {
        const size_t entry = all.find(target_keys.key(first + i), hashes[i]);
        if (entry != ReferencedKeys::kNone) all.row(entry) = static_cast<uint32_t>(first + i);
      }
    }
  });

  std::vector<size_t> unknown_in(parts, SIZE_MAX);
  run_parts(parts, [&](size_t part) {
    for (size_t row = rows * part / parts; row < rows * (part + 1) / parts; ++row) {
      if (!column.is_present(row)) continue;
      const size_t number = static_cast<size_t>(column.values[row]);
      const uint32_t found = all.row(part == 0 ? number : number_in_all[part][number]);
      if (found == ReferencedKeys::kNoRow) {
        unknown_in[part] = row;
        return;
      }
      column.values[row] = found;
    }
  });
  return *std::min_element(unknown_in.begin(), unknown_in.end());
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

// Resolves the first `rows` rows of `column` with the target's key index; returns the first row
// whose key is unknown, or SIZE_MAX. A large column is cut into parts resolved at once, one per
// core; each part finds its first unknown key, and the smallest of those rows is the error a
// single pass would report.
size_t resolve_with_index(const Table& target, TypeKind key_kind, Column& column, size_t rows) {
  target.key_index.ensure_built();  // the parts look up at once
  const auto resolve = [&](size_t begin, size_t end) {
    return key_kind == TypeKind::Int ? resolve_int_keys(target, column, begin, end)
                                     : resolve_text_keys(target.key_index, column, begin, end);
  };
  constexpr size_t kRowsPerPart = 1 << 15;
  const size_t parts = parallel_parts(rows, kRowsPerPart);
  std::vector<size_t> unknown_in(parts, SIZE_MAX);
  run_parts(parts, [&](size_t part) { unknown_in[part] = resolve(rows * part / parts, rows * (part + 1) / parts); });
  return *std::min_element(unknown_in.begin(), unknown_in.end());
}

// A reference of `row` that cannot be resolved, known by the row's own key.
DataFault fault_at(const ir::Program& program, const Table& table, size_t row, const ir::Field& field,
                   std::string message) {
  DataFault fault = table.row_fault(row);
  fault.field = field.name;
  const ir::Entity& entity = program.entities[static_cast<size_t>(table.entity)];
  fault.entity = entity.name;
  fault.key = table.key_text(entity, row);
  fault.message = std::move(message);
  return fault;
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
      throw DataError(fault_at(program, table, row, field,
                               fmt::format("refers to a {}, but no {} data was loaded", target_name, target_name)));
    }
    std::fill(column.values.begin(), column.values.end(), 0);
    return;
  }
  size_t unknown = SIZE_MAX;
  if (key_kind != TypeKind::Int && !target->key_index.built()) {
    unknown = resolve_by_distinct_references(target->key_index, target->rows, column, rows);
  } else {
    unknown = resolve_with_index(*target, key_kind, column, rows);
  }
  if (unknown != SIZE_MAX) {
    const std::string_view reference = column.texts[unknown];
    std::string message = fmt::format("unknown {} {}", target_name, detail::quoted(reference));
    const std::string_view suggestion = closest_key(*target, reference);
    if (!suggestion.empty()) message += fmt::format(" (did you mean {}?)", detail::quoted(suggestion));
    throw DataError(fault_at(program, table, unknown, field, std::move(message)));
  }
}

}  // namespace

void resolve_references(const ir::Program& program, std::vector<Table>& tables,
                        const std::vector<std::vector<uint8_t>>* only) {
  for (Table& table : tables) {
    if (table.entity < 0 || static_cast<size_t>(table.entity) >= program.entities.size()) continue;
    const ir::Entity& entity = program.entities[static_cast<size_t>(table.entity)];
    for (size_t f = 0; f < entity.fields.size() && f < table.columns.size(); ++f) {
      const ir::Field& field = entity.fields[f];
      // The keys stay in `texts` after resolution: writers print a reference as its key.
      if (field.type.kind != TypeKind::Entity) continue;
      if (only) {
        const auto& marked = (*only)[static_cast<size_t>(table.entity)];
        if (f >= marked.size() || !marked[f]) continue;
      }
      resolve_column(program, table, field, table.columns[f], tables);
    }
  }
}

}  // namespace redline::runtime
