// Row-level helpers of Table: keys and source locations for output and messages.
#include "runtime/table.h"

#include <fmt/format.h>

#include <algorithm>

namespace redline::runtime {

std::string Table::key_text(const ir::Entity& e, size_t row) const {
  if (e.key_field < 0 || static_cast<size_t>(e.key_field) >= columns.size()) return {};
  const Column& keys = key_column(e);
  if (keys.type.kind == TypeKind::Text) return row < keys.texts.size() ? std::string(keys.texts[row]) : std::string();
  return row < keys.values.size() ? std::to_string(keys.values[row]) : std::string();
}

void Table::compact(const ir::Entity& e) {
  row_lines = {};
  for (Column& c : columns)
    if (c.type.kind == TypeKind::Entity) c.texts = {};  // resolved: values hold the rows
  if (!buffer) return;
  const char* begin = buffer->data();
  const char* end = begin + buffer->size();
  auto in_buffer = [&](std::string_view v) { return v.data() >= begin && v.data() < end; };
  // A text key column's views are also the index's keys; int keys are indexed by their text.
  const Column* text_keys = e.key_field >= 0 && static_cast<size_t>(e.key_field) < columns.size() &&
                                    columns[static_cast<size_t>(e.key_field)].type.kind == TypeKind::Text
                                ? &columns[static_cast<size_t>(e.key_field)]
                                : nullptr;
  size_t bytes = 0;
  for (const Column& c : columns)
    for (std::string_view v : c.texts)
      if (in_buffer(v)) bytes += v.size();
  if (!text_keys)
    for (size_t row = 0; row < rows; ++row)
      if (std::string_view k = key_index.key(row); in_buffer(k)) bytes += k.size();
  // One arena, sized first so that it never moves; it becomes the table's buffer.
  // At least 16 bytes, so that the string is on the heap: a short string lives inside the
  // object, and moving it into FileBytes below would move the bytes the views point at.
  std::string arena;
  arena.reserve(std::max<size_t>(bytes, 16));
  auto copy = [&](std::string_view v) {
    std::string_view moved(arena.data() + arena.size(), v.size());
    arena.append(v);
    return moved;
  };
  for (Column& c : columns)
    for (std::string_view& v : c.texts)
      if (in_buffer(v)) v = copy(v);
  key_index.relocate_keys([&](size_t row, std::string_view k) -> std::string_view {
    if (!in_buffer(k)) return k;
    return text_keys ? text_keys->texts[row] : copy(k);
  });
  buffer = std::make_shared<const FileBytes>(std::move(arena));
}

std::string Table::row_location(size_t row) const {
  const uint64_t line = row < row_lines.size() ? row_lines[row] : 0;
  if (from_json) return fmt::format("{}: record {} (line {})", source, row + 1, line);
  return fmt::format("{}:{}", source, line);
}

}  // namespace redline::runtime
