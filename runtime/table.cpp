// Row-level helpers of Table: keys and source locations for output and messages.
#include "runtime/table.h"

#include <fmt/format.h>

namespace redline::runtime {

std::string Table::key_text(const ir::Entity& e, size_t row) const {
  if (e.key_field < 0 || static_cast<size_t>(e.key_field) >= columns.size()) return {};
  const Column& keys = key_column(e);
  if (keys.type.kind == TypeKind::Text) return row < keys.texts.size() ? std::string(keys.texts[row]) : std::string();
  return row < keys.values.size() ? std::to_string(keys.values[row]) : std::string();
}

std::string Table::row_location(size_t row) const {
  const uint64_t line = row < row_lines.size() ? row_lines[row] : 0;
  if (from_json) return fmt::format("{}: record {} (line {})", source, row + 1, line);
  return fmt::format("{}:{}", source, line);
}

}  // namespace redline::runtime
