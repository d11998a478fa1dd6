// Row-level helpers of Table: keys and source locations for output and messages.
#include "runtime/table.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>

#include "runtime/parallel.h"

namespace redline::runtime {

std::string Table::key_text(const ir::Entity& e, size_t row) const {
  if (e.key_field < 0 || static_cast<size_t>(e.key_field) >= columns.size()) return {};
  const Column& keys = key_column(e);
  if (keys.type.kind == TypeKind::Text) return row < keys.texts.size() ? std::string(keys.texts[row]) : std::string();
  return row < keys.values.size() ? std::to_string(keys.values[row]) : std::string();
}

void Table::compact(const ir::Entity& e, bool keep_index) {
  row_lines = {};
  if (!keep_index) key_index = KeyIndex();
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
  // The views to copy: every text column's, and the index's keys when they are not a column's.
  // Each list is cut into parts of rows; a part's bytes go to one place in one arena, so the
  // parts are counted, then copied, on every core.
  struct Part {
    ColumnVector<std::string_view>* views;  // null: the index's keys
    size_t begin, end;
    size_t bytes = 0, offset = 0;
  };
  constexpr size_t kRowsPerPart = 1 << 16;
  std::vector<Part> parts;
  const auto cut = [&](ColumnVector<std::string_view>* views, size_t count) {
    const size_t pieces = parallel_parts(count, kRowsPerPart);
    for (size_t p = 0; p < pieces; ++p) parts.push_back({views, count * p / pieces, count * (p + 1) / pieces});
  };
  for (Column& c : columns)
    if (!c.texts.empty()) cut(&c.texts, c.texts.size());
  if (!text_keys && keep_index) cut(nullptr, rows);
  const size_t threads = parallel_parts(parts.size(), 1);
  const auto each_part = [&](auto&& work) {
    run_parts(threads, [&](size_t t) {
      for (size_t p = t; p < parts.size(); p += threads) work(parts[p]);
    });
  };
  each_part([&](Part& part) {
    for (size_t row = part.begin; row < part.end; ++row) {
      const std::string_view v = part.views ? (*part.views)[row] : key_index.key(row);
      if (in_buffer(v)) part.bytes += v.size();
    }
  });
  size_t total = 0;
  for (Part& part : parts) {
    part.offset = total;
    total += part.bytes;
  }
  std::shared_ptr<FileBytes> arena = FileBytes::uninitialized(total);
  char* const into = arena->writable_data();
  // The index's own keys are moved as their rows' texts are, below.
  std::vector<std::string_view> moved_keys;
  if (!text_keys && keep_index) moved_keys.resize(rows);
  each_part([&](Part& part) {
    char* at = into + part.offset;
    for (size_t row = part.begin; row < part.end; ++row) {
      const std::string_view v = part.views ? (*part.views)[row] : key_index.key(row);
      std::string_view copy = v;
      if (in_buffer(v)) {
        std::memcpy(at, v.data(), v.size());
        copy = std::string_view(at, v.size());
        at += v.size();
      }
      if (part.views) (*part.views)[row] = copy;
      else moved_keys[row] = copy;
    }
  });
  if (keep_index) {
    key_index.relocate_keys([&](size_t row, std::string_view k) -> std::string_view {
      if (!in_buffer(k)) return k;
      return text_keys ? text_keys->texts[row] : moved_keys[row];
    });
  }
  buffer = std::move(arena);
}

std::string Table::row_location(size_t row) const {
  const uint64_t line = row < row_lines.size() ? row_lines[row] : 0;
  if (from_database) return fmt::format("{}: row {}", source, row + 1);
  if (from_json) return fmt::format("{}: record {} (line {})", source, row + 1, line);
  return fmt::format("{}:{}", source, line);
}

DataFault Table::row_fault(size_t row) const {
  DataFault fault = data_fault(source, row < row_lines.size() ? row_lines[row] : 0, "");
  if (from_json) fault.record = row + 1;
  if (from_database) {
    fault.line = 0;
    fault.row = row + 1;
  }
  return fault;
}

}  // namespace redline::runtime
