// Turning field values into columns, shared by the CSV and JSON readers so that a value
// means the same in either format: empty/none handling, scalar parsing, enum and set
// members, field checks and the key index. Internal to the runtime's readers.
#pragma once

#include <array>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/table.h"

namespace redline::runtime::detail {

// A problem with one value; the reader prefixes the file, the row and the field.
struct ValueError {
  std::string message;
};

std::string_view trim_spaces(std::string_view s);

// `s` for a message, shortened when long (a value can be megabytes) and escaped for the
// terminal (support::escape_for_terminal): messages quote data through these two.
std::string shortened(std::string_view s);
// `s` in quotes for a message, shortened when long and escaped.
std::string quoted(std::string_view s);

// Puts the values of one field into its column, one call per row, at the row its builder is
// on. A loader that does not `store` validates every value exactly the same way (so the same
// data errors are reported) and leaves its column empty: a field no rule reads costs no memory.
class ColumnLoader {
 public:
  // `row` is the builder's current row; `storage` keeps the texts that are not views into the
  // file (a builder's own, even when it writes another builder's columns).
  ColumnLoader(const ir::Program& program, const ir::Field& field, Column& column, std::deque<std::string>& storage,
               const size_t& row, bool store = true);

  void reserve(size_t rows);
  // Sizes the arrays this loader writes to `rows`, unset: rows are then written in place, in
  // any order (segments of a file, on their own threads).
  void resize(size_t rows);
  // Moves rows [from, from + count) down to `to` (to < from), closing a gap a segment left.
  void move_rows(size_t from, size_t to, size_t count);
  // The field's text, already unescaped and valid UTF-8. `stable` when it points into the
  // table's buffer, so that a text value can be kept as a view instead of a copy.
  void append_text(std::string_view raw, bool stable);
  // No value at all (JSON null or an absent key): none, or an error for a required field.
  void append_missing();
  // A decoded value of a field that is neither text nor a reference (JSON booleans and
  // arrays); checks apply.
  void append_value(int64_t value);
  // The ordinal of an enum member (Enum and Set fields); ValueError names the members.
  int member_ordinal(std::string_view name) const;

  const ir::Field& field() const { return field_; }
  bool stores() const { return store_; }
  // The trimmed text of the last non-text value, and whether it lies in the buffer: int keys
  // index by this text when it is already canonical, which saves a copy per row.
  std::string_view last_text() const { return last_text_; }
  bool last_text_stable() const { return last_text_stable_; }

 private:
  void append_none();
  void mark_present();
  // Calls `each` on every array this loader writes: texts, values and presence, as the
  // field's type has them (none when it does not store).
  template <typename Each>
  void each_array(Each&& each);
  // Writes `value` at the current row: in place when the array was sized for it, else appended.
  template <typename T, typename V>
  void put(ColumnVector<T>& array, V value) {
    if (row_ < array.size()) array[row_] = value;
    else array.push_back(value);
  }
  int64_t decode_scalar(std::string_view trimmed) const;
  uint64_t decode_set(std::string_view trimmed) const;
  void apply_checks(int64_t value) const;
  std::string_view keep(std::string_view text);

  const ir::Program& program_;
  const ir::Field& field_;
  Column& column_;
  std::deque<std::string>& storage_;
  const size_t& row_;
  const ir::Enum* enum_ = nullptr;  // Enum and Set fields
  // The members by a hash of length, first and last byte: index + 1, 0 for none, kShared
  // when members collide (they are then looked up one by one). Every enum and set value of
  // a file is looked up, so the common case is one compare.
  static constexpr uint8_t kShared = 0xFF;
  std::array<uint8_t, 256> member_by_hash_{};
  static size_t member_hash(std::string_view name) {
    return (name.size() * 29 + static_cast<unsigned char>(name.front()) * 7 + static_cast<unsigned char>(name.back())) & 255;
  }
  // The checks as one range, when they are all bounds (no == or !=): most values then cost
  // two compares, and only a violation walks the checks for its message.
  bool checks_are_range_ = true;
  int64_t lowest_ = INT64_MIN, highest_ = INT64_MAX;
  bool store_ = true;
  std::string_view last_text_;
  bool last_text_stable_ = false;
};

// Builds one entity's Table row by row. Not movable: the column loaders point into it.
//
// A file parsed in segments on several threads has one builder per segment: the first owns
// the table and sizes its arrays for every row the file can hold (prepare); each other one
// writes its rows straight into them, from a row where its segment can start at the latest;
// join then closes any gap a segment left. Nothing is copied from segment to segment.
class TableBuilder {
 public:
  // `stored` says, by field index, which fields keep their values (see Table::loaded); empty
  // keeps every field. The key field and reference fields are always kept.
  TableBuilder(const ir::Program& program, int32_t entity, const std::string& source,
               std::shared_ptr<const FileBytes> buffer, bool from_json, const std::vector<uint8_t>& stored = {});
  // A segment's builder, writing the rows of `whole`'s table from `first_row` on.
  TableBuilder(TableBuilder& whole, size_t first_row);
  TableBuilder(const TableBuilder&) = delete;
  TableBuilder& operator=(const TableBuilder&) = delete;

  const ir::Program& program() const { return program_; }
  const ir::Entity& entity() const { return entity_; }
  const std::string& source() const { return table_.source; }
  // The rows are a database table's: messages name the row, not a line (before any row).
  void rows_of_database() { table_.from_database = true; }
  std::string_view buffer() const { return table_.buffer->view(); }
  size_t field_count() const { return loaders_.size(); }
  ColumnLoader& column(size_t field) { return loaders_[field]; }
  void reserve(size_t rows);
  // Sizes the table's arrays for `rows` rows, unset, for segment builders to write into.
  void prepare(size_t rows);

  // Starts a row whose record begins on `line`; returns its index.
  size_t begin_row(uint64_t line);
  // Validates and indexes the key of the row begun last.
  void end_row();
  // Throws the DataError for a value of the current row.
  [[noreturn]] void fail(size_t field, std::string_view message) const;
  // Runs `append` (one ColumnLoader call) and turns a ValueError into the DataError.
  template <typename Append>
  void load(size_t field, Append&& append) {
    try {
      append(loaders_[field]);
    } catch (const ValueError& e) {
      fail(field, e.message);
    }
  }

  // Takes the rows `segment` wrote (the records read after this builder's, on another thread;
  // line numbers are the file's already) as the next rows, and its texts. Keys are checked for
  // duplicates by finish(), over all rows.
  void join(TableBuilder& segment);

  Table finish();

 private:
  std::string describe_row(size_t row) const;  // "line 7" or "record 3 (line 7)"
  // Whether `row`'s key comes before `later`'s in ascending order (both rows written); `keys`
  // is the key column.
  bool precedes(const Column& keys, size_t row, size_t later) const;

  const ir::Program& program_;
  const ir::Entity& entity_;
  Table table_;         // the table built; of a segment's builder, only its text storage is used
  Table* rows_;         // the table whose rows this builder writes: its own, or the whole's
  size_t first_row_;    // where this builder's rows start in rows_
  size_t next_row_;     // where the next row goes
  size_t row_ = 0;      // the current row
  std::vector<ColumnLoader> loaders_;
  ColumnVector<std::string_view> own_keys_;
  ColumnVector<std::string_view>* keys_;  // each row's key, indexed in one pass by finish()
  bool keys_in_column_;    // text keys: the key column's texts are the keys, and keys_ stays empty
  bool ascending_ = true;  // every key so far (of this builder's rows) greater than the one before
};

// Checks that `entity` names an entity with a valid key field, so readers can index freely.
const ir::Entity& checked_entity(const ir::Program& program, int32_t entity, const std::string& source);

}  // namespace redline::runtime::detail
