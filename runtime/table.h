// Columnar storage of one entity's data, and of the columns the evaluator computes.
//
// Every non-text value is one int64 in its physical encoding (see types/type.h); text is a
// string_view into storage the Table (or the Program, for literals) owns. Optional columns
// carry a presence byte per row. This keeps every kernel to two shapes and makes a column of
// a million rows a few contiguous arrays.
#pragma once

#include <cstdint>
#include <deque>
#include <list>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ir/ir.h"
#include "runtime/errors.h"
#include "runtime/column_vector.h"
#include "runtime/file_bytes.h"
#include "runtime/key_index.h"

namespace redline::runtime {

struct Column {
  Type type;
  ColumnVector<int64_t> values;          // every kind but Text (a loaded Entity column's once resolved)
  ColumnVector<std::string_view> texts;  // Text; in a loaded table's Entity columns, the keys as read
  ColumnVector<uint8_t> present;         // optional types only: 1 = value present

  size_t size() const {
    if (type.kind == TypeKind::Entity && values.empty()) return texts.size();  // loaded, not resolved yet
    return type.kind == TypeKind::Text ? texts.size() : values.size();
  }
  bool is_present(size_t row) const { return present.empty() || present[row] != 0; }
};

// One entity's rows as loaded from a dataset.
struct Table {
  int32_t entity = -1;            // index into Program::entities
  std::string source;             // the path it was read from, for messages
  size_t rows = 0;
  std::vector<Column> columns;    // one per Entity::fields, same order
  // Which fields were stored, by field index; empty when all were. The readers can skip
  // storing the fields no rule reads (their values are still validated): such a column is
  // empty and must not be read.
  std::vector<uint8_t> loaded;
  bool is_loaded(size_t field) const { return loaded.empty() || (field < loaded.size() && loaded[field] != 0); }
  ColumnVector<uint64_t> row_lines;  // the source line where each row's record starts (CSV and JSON)
  bool from_json = false;           // rows are JSON records: messages name the record (row + 1) too
  bool from_database = false;       // rows of a database table: messages name the row (row + 1), not a line
  // Keeps unescaped text alive; a deque so that views into it never move.
  std::deque<std::string> text_storage;
  // The same, of the segments of a file parsed in parallel: each deque is kept whole, never
  // moved element by element, since a view into a short string points inside the string.
  std::list<std::deque<std::string>> more_text_storage;
  std::shared_ptr<const FileBytes> buffer;  // the file's bytes, when texts point into it
  KeyIndex key_index;  // key text -> row

  // Not copyable: a copy's views would still point into this table's text storage, and a
  // std::vector<Table> that grew would copy its tables rather than move them (a deque's move
  // may throw), leaving views into storage it then frees.
  Table() = default;
  Table(Table&&) = default;
  Table& operator=(Table&&) = default;
  Table(const Table&) = delete;
  Table& operator=(const Table&) = delete;

  const Column& key_column(const ir::Entity& e) const { return columns[static_cast<size_t>(e.key_field)]; }
  // The key of a row as text (int keys are printed), for output and messages.
  std::string key_text(const ir::Entity& e, size_t row) const;
  // Where a row came from, to prefix messages: "path:line" (CSV) or
  // "path: record n (line L)" (JSON).
  std::string row_location(size_t row) const;
  // The same place as a DataError's fields: the file, the line and, for JSON, the record.
  DataFault row_fault(size_t row) const;

  // Once references are resolved, for commands that print no input field but keys (run,
  // diff): copies the texts still in use out of the file's buffer and lets the buffer go,
  // drops the keys read into reference columns and the source line of each row. A million
  // rows of a 77 MB file then keep about 8 MB of it. row_location is no longer available.
  // Without `keep_index` the key index goes first (32 MB at a million rows, which the
  // evaluation then reuses instead of touching fresh pages): for commands that look nothing up
  // by key once references are resolved.
  void compact(const ir::Entity& e, bool keep_index = true);
};

}  // namespace redline::runtime
