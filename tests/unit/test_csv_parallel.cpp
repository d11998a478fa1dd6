// The CSV reader's parallel segments, field pruning, the key index and parallel reference
// resolution: whatever the cut points, the table and every error message must be those of
// the sequential reader.
#include <doctest/doctest.h>

#include <algorithm>
#include <deque>
#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "io_fixtures.h"
#include "runtime/readers.h"

using namespace redline;
using namespace redline::runtime;
using redline::testing::kParty;
using redline::testing::kPartyHeader;

namespace {

const ir::Program& program() {
  static const ir::Program p = redline::testing::io_program();
  return p;
}

ReadOptions segmented(size_t segment_bytes, unsigned threads) {
  ReadOptions options;
  options.segment_bytes = segment_bytes;
  options.threads = threads;
  return options;
}

// Everything a read produced, as text, or the error it threw. With `index_first`, the key
// index is built before references are resolved (a table whose keys ascend has none yet, and
// references are then resolved without it): either way must give the same.
std::string outcome(const std::string& text, const ReadOptions& options, bool index_first = false) {
  try {
    std::vector<Table> tables(program().entities.size());
    for (size_t e = 0; e < tables.size(); ++e) tables[e].entity = static_cast<int32_t>(e);
    tables[kParty] = read_csv_text(program(), kParty, text, "p.csv", options);
    if (index_first) tables[kParty].key_index.ensure_built();
    resolve_references(program(), tables);
    const Table& t = tables[kParty];
    std::string out = fmt::format("rows {} lines {}\n", t.rows, fmt::join(t.row_lines, ","));
    for (size_t f = 0; f < t.columns.size(); ++f) {
      const Column& c = t.columns[f];
      out += fmt::format("{}: loaded {} values {} present {} texts", f, t.is_loaded(f), fmt::join(c.values, ","),
                         fmt::join(c.present, ","));
      for (std::string_view s : c.texts) out += fmt::format(" [{}]", s);
      out += "\n";
    }
    std::vector<std::string> keys;
    for (const auto& [key, row] : t.key_index.all()) keys.push_back(fmt::format("{}={}", key, row));
    std::sort(keys.begin(), keys.end());
    out += fmt::format("keys {} {}\n", t.key_index.size(), fmt::join(keys, " "));
    return out;
  } catch (const DataError& e) {
    return std::string("error: ") + e.what();
  }
}

// Checks that every way of cutting `text` gives what the sequential reader gives.
void check_every_split(const std::string& text, const std::vector<uint8_t>& fields = {}) {
  ReadOptions sequential = segmented(SIZE_MAX, 1);
  sequential.fields = fields;
  const std::string expected = outcome(text, sequential);
  CHECK(outcome(text, sequential, /*index_first=*/true) == expected);
  for (unsigned threads : {2U, 3U, 4U, 7U}) {
    for (size_t bytes : {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144}) {
      ReadOptions options = segmented(bytes, threads);
      options.fields = fields;
      CAPTURE(threads);
      CAPTURE(bytes);
      CHECK(outcome(text, options) == expected);
    }
  }
}

// Rows with quoted fields holding commas, line breaks (LF and CR LF) and doubled quotes, so
// that cuts land inside and around them.
std::string tricky_rows(size_t count, const std::string& line_end = "\n") {
  std::string text = std::string(kPartyHeader);
  for (size_t i = 1; i <= count; ++i) {
    std::string name;
    switch (i % 4) {
      case 0: name = fmt::format("\"Name, {}\nsecond line\"", i); break;
      case 1: name = fmt::format("\"Say \"\"{}\"\"\r\nagain\"", i); break;
      case 2: name = fmt::format("Plain {}", i); break;
      default: name = "\"\""; break;
    }
    const std::string shared = i > 1 && i % 3 == 0 ? fmt::format("P{}", i - 1) : "";
    text += fmt::format("P{},{},{},{},{},{},{}{}", i, name, i % 2 ? "supplier" : "other",
                        i % 2 ? "\"gas_supplier;other_user\"" : "", i * 7, shared, i % 5 ? std::to_string(i) : "",
                        line_end);
  }
  return text;
}

// The same with keys in ascending order (P001, P002, ...), which are not indexed when read.
std::string ascending_rows(size_t count, const std::string& line_end = "\n") {
  std::string text = tricky_rows(count, line_end);
  for (size_t i = count; i >= 1; --i) {  // longest first, so that P1 does not match inside P12
    const std::string from = fmt::format("P{}", i), to = fmt::format("P{:03}", i);
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
      const char next = at + from.size() < text.size() ? text[at + from.size()] : ',';
      if (next == ',' || next == '\n' || next == '\r') text.replace(at, from.size(), to);
    }
  }
  return text;
}

bool indexed_when_read(const std::string& text, const ReadOptions& options) {
  return read_csv_text(program(), kParty, text, "p.csv", options).key_index.built();
}

}  // namespace

TEST_CASE("csv parallel: every cut gives the sequential table") {
  check_every_split(tricky_rows(40));
  check_every_split(tricky_rows(25, "\r\n"));
  check_every_split(tricky_rows(12) + "\n\n\r\n\n");  // blank trailing lines
  check_every_split(tricky_rows(12, "\r\n").substr(0, tricky_rows(12, "\r\n").size() - 2));  // no final line end
  check_every_split(kPartyHeader);                                                           // header only
  check_every_split(std::string(kPartyHeader) + "P1,\"A\nB\",other,,0,,\n");                 // one row
  check_every_split(std::string(kPartyHeader) + "P1,A,other,,0,,");
}

TEST_CASE("csv parallel: segments are really parsed apart, and their text storage is kept") {
  const std::string text = tricky_rows(40);
  const Table t = read_csv_text(program(), kParty, text, "p.csv", segmented(1, 4));
  CHECK(t.more_text_storage.size() == 3);  // one deque per joined segment
  CHECK(t.columns[1].texts[0] == "Say \"1\"\r\nagain");
  CHECK(t.columns[1].texts[36] == "Say \"37\"\r\nagain");  // unescaped in the last segment
  CHECK(t.row_lines == read_csv_text(program(), kParty, text, "p.csv", segmented(SIZE_MAX, 1)).row_lines);
}

TEST_CASE("csv parallel: the first error in the file wins, with its line") {
  std::string text = tricky_rows(30);
  // Errors in several places: each of these must be the one reported when it is first.
  const auto replace = [](std::string s, const std::string& from, const std::string& to) {
    const size_t at = s.find(from);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
  };
  const std::string bad_int = replace(text, "P12,", "P12,X,other,,abc,,\nP12b,");
  const std::string bad_enum = replace(bad_int, "P25,", "P25,X,nonsense,,1,,\nP25b,");
  check_every_split(bad_enum);
  CHECK(outcome(bad_enum, segmented(1, 4)).starts_with("error: p.csv:"));
  CHECK(outcome(bad_enum, segmented(1, 4)).find("expected an integer, got 'abc'") != std::string::npos);
  check_every_split(replace(bad_enum, "P4,", "P4,\"open,other,,0,,\nP4x,"));  // unterminated quote
  check_every_split(replace(bad_enum, "P6,", "P6,stray\"quote,other,,0,,\nP6x,"));
  check_every_split(replace(text, "P20,", "P20,\"closed\"junk,other,,0,,\nP20x,"));
  check_every_split(replace(text, "P18,", "P18,x,other,,0,,,\nP18x,"));  // field count
  check_every_split(replace(text, "P27,", "P27,\xC3\x28,other,,0,,\nP27x,"));  // UTF-8
  check_every_split(replace(text, "P9,", "P9,x\ry,other,,0,,\nP9x,"));  // a lone CR
}

TEST_CASE("csv parallel: duplicate keys across segments name the first use") {
  std::string text = tricky_rows(30);
  text += "P3,again,other,,0,,\n";
  check_every_split(text);
  CHECK(outcome(text, segmented(1, 4)).ends_with(": field 'id': duplicate key 'P3', first used on line 5"));
  // A duplicate error loses to a value error later in the file, as when read in one pass.
  check_every_split(text + "P99,x,other,,-1,,\n");
  // Unknown references: the first in row order is reported.
  check_every_split(tricky_rows(20) + "P90,x,other,,0,P77,\nP91,x,other,,0,P78,\n");
}

TEST_CASE("csv parallel: keys in ascending order are not indexed, and resolve the same") {
  const std::string text = ascending_rows(40);
  REQUIRE(text.find("P040,") != std::string::npos);
  REQUIRE(text.find(",P038,") != std::string::npos);  // a reference, renamed too
  check_every_split(text);
  check_every_split(ascending_rows(25, "\r\n"));
  for (const ReadOptions& options : {segmented(SIZE_MAX, 1), segmented(1, 4), segmented(34, 3)}) {
    CHECK_FALSE(indexed_when_read(text, options));
    CHECK(indexed_when_read(tricky_rows(40), options));  // P10 sorts before P2
  }
  // Found on demand: the first lookup builds the index.
  const Table t = read_csv_text(program(), kParty, text, "p.csv", segmented(13, 4));
  CHECK(t.key_index.size() == 40);
  CHECK(t.key_index.find("P017")->second == 16);
  CHECK(t.key_index.built());
  CHECK(t.key_index.find("P17") == t.key_index.end());

  // Ascending within every segment but not across a cut (P030 before P020), a repeat at a cut,
  // an equal neighbour: each must be found, whatever the cut points.
  const std::string header = kPartyHeader;
  std::string descending_step = header, repeat_across = header, repeat_adjacent = ascending_rows(20);
  for (int i = 30; i < 40; ++i) descending_step += fmt::format("P{:03},x,other,,0,,\n", i);
  for (int i = 20; i < 30; ++i) descending_step += fmt::format("P{:03},x,other,,0,P031,\n", i);
  for (int i = 0; i < 20; ++i) repeat_across += fmt::format("P{:03},x,other,,0,,\n", i < 10 ? i : i - 1);
  repeat_adjacent += "P020,x,other,,0,,\n";
  check_every_split(descending_step);
  CHECK(outcome(descending_step, segmented(SIZE_MAX, 1)).starts_with("rows 20"));
  CHECK(indexed_when_read(descending_step, segmented(1, 2)));
  check_every_split(repeat_across);
  CHECK(outcome(repeat_across, segmented(1, 4)).ends_with("duplicate key 'P009', first used on line 11"));
  check_every_split(repeat_adjacent);
  CHECK(outcome(repeat_adjacent, segmented(1, 4)).ends_with("duplicate key 'P020', first used on line 30"));

  // Unknown references: the first in row order is reported, with the closest key, as with
  // the index.
  const std::string unknown = ascending_rows(20) + "P090,x,other,,0,P077,\nP091,x,other,,0,P0,\n";
  check_every_split(unknown);
  CHECK(outcome(unknown, segmented(SIZE_MAX, 1)) ==
        "error: p.csv:32: field 'shared_resource': unknown Party 'P077' (did you mean 'P007'?)");
  // A table with no reference at all.
  check_every_split(header + "P1,x,other,,0,,\nP2,y,other,,0,,\n");
}

TEST_CASE("csv: fields not stored are still validated") {
  std::vector<uint8_t> keep_some = {1, 0, 1, 1, 0, 0, 0};  // name, premises, shared, year dropped
  const std::string text = tricky_rows(20);
  ReadOptions options;
  options.fields = keep_some;
  const Table t = read_csv_text(program(), kParty, text, "p.csv", options);
  CHECK(t.rows == 20);
  CHECK_FALSE(t.is_loaded(1));
  CHECK(t.columns[1].texts.empty());
  CHECK(t.columns[4].values.empty());
  CHECK_FALSE(t.is_loaded(6));
  CHECK(t.columns[6].present.empty());
  CHECK(t.is_loaded(0));
  CHECK(t.is_loaded(5));  // references are always kept
  CHECK(t.columns[5].texts.size() == 20);
  CHECK(read_csv_text(program(), kParty, text, "p.csv").loaded.empty());

  check_every_split(text, keep_some);
  // The same errors as when stored.
  const std::string header = kPartyHeader;
  for (const std::string& bad : {header + "P1,A,other,,-5,,\n", header + "P1,A,other,,x,,\n",
                                 header + "P1,A,other,,,,\n", header + "P1,A,other,,1,,0\n",
                                 header + "P1,\xC3\x28,other,,0,,\n"}) {
    ReadOptions all = segmented(SIZE_MAX, 1);
    ReadOptions some = all;
    some.fields = keep_some;
    CHECK(outcome(bad, some) == outcome(bad, all));
    CHECK(outcome(bad, some).starts_with("error: "));
  }
}

TEST_CASE("key index: emplace, find, at, iteration") {
  KeyIndex index;
  CHECK(index.find("a") == index.end());
  CHECK(index.emplace("b", 1).second);
  CHECK(index.emplace("a", 0).second);
  const auto again = index.emplace("b", 7);
  CHECK_FALSE(again.second);
  CHECK(again.first->second == 1);
  std::deque<std::string> names;  // the index holds views: the keys must outlive it
  for (int i = 0; i < 100; ++i)
    CHECK(index.emplace(names.emplace_back(fmt::format("key{}", i)), static_cast<uint32_t>(10 + i)).second);
  CHECK(index.size() == 102);
  CHECK(index.at("a") == 0);
  CHECK(index.find("key57")->second == 67);
  CHECK(index.find("key100") == index.end());
  CHECK_THROWS_AS(index.at("zz"), std::out_of_range);
  size_t seen = 0;
  for (const auto& [key, row] : index.all()) {
    CHECK(index.at(key) == row);
    ++seen;
  }
  CHECK(seen == 102);
  CHECK(equal_keys("0123456789abcdef", "0123456789abcdef"));
  CHECK_FALSE(equal_keys("0123456789abcdef", "0123456789abcdeX"));
  CHECK_FALSE(equal_keys("abcdeX", "abcdef"));
  CHECK_FALSE(equal_keys("Xbc", "abc"));
  CHECK(equal_keys("", ""));
}

TEST_CASE("key index: adopted keys are indexed on first use") {
  std::deque<std::string> names;
  ColumnVector<std::string_view> keys;
  for (int i = 0; i < 3000; ++i) keys.push_back(names.emplace_back(fmt::format("K{:05}", i)));
  KeyIndex index;
  index.adopt_distinct(keys);
  CHECK_FALSE(index.built());
  CHECK(index.size() == 3000);
  CHECK(index.key(42) == "K00042");
  const KeyIndex copy = index;  // a copy is pending too, and builds on its own
  CHECK_FALSE(copy.built());
  CHECK(copy.at("K02999") == 2999);
  CHECK(copy.built());
  CHECK_FALSE(index.built());
  CHECK(index.emplace("new", 3000).second);  // emplace builds first
  CHECK(index.built());
  CHECK(index.size() == 3001);
  CHECK(index.at("K00000") == 0);
  CHECK(index.at("new") == 3000);
  CHECK_FALSE(index.emplace("K00007", 3001).second);

  // Keys read from a column where they are: a copy owns them, a build copies them.
  ColumnVector<std::string_view> column = keys;
  KeyIndex reading;
  reading.adopt_distinct_column(column);
  CHECK(reading.key(7) == "K00007");
  column[7] = "moved";  // the column's views move (as Table::compact does): so do the keys
  CHECK(reading.key(7) == "moved");
  size_t seen = 0;
  for (const auto& [key, row] : reading.all()) seen += key == column[row] ? 1 : 0;
  CHECK(seen == 3000);
  KeyIndex owned = reading;
  column[7] = "K00007";
  CHECK(owned.key(7) == "moved");
  CHECK(owned.at("moved") == 7);
  CHECK(reading.at("K00007") == 7);  // built from the column as it is now
  column.clear();  // the index no longer needs the column
  CHECK(reading.at("K02000") == 2000);
  CHECK(reading.key(2000) == "K02000");
  // bytes_less is std::string_view's order.
  for (const auto& [a, b] : std::vector<std::pair<std::string_view, std::string_view>>{
           {"", "a"}, {"a", "ab"}, {"abcdefgh1", "abcdefgh2"}, {"abcdefgh", "abcdefgi"}, {"\xff", "a"},
           {"same-long-key-17", "same-long-key-17"}, {"Z", "a"}, {"abcdefghij", "abcdefgh"}}) {
    CHECK(bytes_less(a, b) == (a < b));
    CHECK(bytes_less(b, a) == (b < a));
  }
}

TEST_CASE("key index: a build on several parts indexes exactly what one part does") {
  std::deque<std::string> names;
  ColumnVector<std::string_view> keys;
  for (int i = 0; i < 5000; ++i) keys.push_back(names.emplace_back(fmt::format("P{:07}", i * 7919 % 100003)));
  for (const size_t parts : {1, 2, 4, 8}) {
    CAPTURE(parts);
    KeyIndex index;
    CHECK(index.build(keys, parts) == SIZE_MAX);
    CHECK(index.parts() == parts);
    CHECK(index.size() == keys.size());
    for (size_t row = 0; row < keys.size(); ++row) CHECK(index.at(keys[row]) == row);
    CHECK(index.find("P9999999") == index.end());
    // A copy is a whole index of its own.
    const KeyIndex copy = index;
    CHECK(copy.at(keys[4321]) == 4321);

    // The first repeat in row order is found whichever part holds it, and its key's first
    // row stays findable for the message.
    ColumnVector<std::string_view> repeated = keys;
    repeated[3000] = keys[10];
    repeated[4000] = keys[2];
    KeyIndex with_repeats;
    CHECK(with_repeats.build(repeated, parts) == 3000);
    CHECK(with_repeats.at(keys[10]) == 10);
  }

  // Keys that all hash into one part of two overfill it: the build falls back to one part.
  KeyIndex probe;
  const size_t n = 1000, capacity = 2048;  // the slots of 1000 keys
  ColumnVector<std::string_view> crafted;
  for (int i = 0; crafted.size() < n; ++i) {
    const std::string_view key = names.emplace_back(fmt::format("c{}", i));
    if ((KeyIndex::hash(key) & (capacity - 1)) < capacity / 2) crafted.push_back(key);
  }
  CHECK(probe.build(crafted, 2) == SIZE_MAX);
  CHECK(probe.parts() == 1);
  for (size_t row = 0; row < n; ++row) CHECK(probe.at(crafted[row]) == row);
  CHECK(probe.find("c-1") == probe.end());
}

TEST_CASE("resolve: large columns, resolved in two halves, report the first unknown key") {
  std::string text = std::string(kPartyHeader);
  constexpr size_t kRows = 70000;  // above the size resolved on two threads
  for (size_t i = 1; i <= kRows; ++i) {
    std::string shared = i % 2 == 0 ? fmt::format("P{}", (i * 7919) % kRows + 1) : "";
    if (i == 40000) shared = "Q1";  // in the first half
    if (i == 60000) shared = "Q2";  // in the second
    text += fmt::format("P{},n,other,,0,{},\n", i, shared);
  }
  const std::string only_second = [&] {
    std::string s = text;
    s.replace(s.find(",Q1,"), 4, ",P5,");
    return s;
  }();
  CHECK(outcome(text, {}).starts_with("error: p.csv:40001: field 'shared_resource': unknown Party 'Q1'"));
  CHECK(outcome(only_second, {}).starts_with("error: p.csv:60001: field 'shared_resource': unknown Party 'Q2'"));
  std::string good = only_second;
  good.replace(good.find(",Q2,"), 4, ",P6,");
  std::vector<Table> tables(program().entities.size());
  for (size_t e = 0; e < tables.size(); ++e) tables[e].entity = static_cast<int32_t>(e);
  tables[kParty] = read_csv_text(program(), kParty, good, "p.csv");
  resolve_references(program(), tables);
  const Column& shared = tables[kParty].columns[5];
  CHECK(shared.values[1] == static_cast<int64_t>((2 * 7919) % kRows));
  CHECK(shared.values[39999] == 4);
  CHECK(shared.values[59999] == 5);
  CHECK(shared.values[0] == 0);

  // Compacting a table this large copies its texts in parts, on every core, into one arena.
  Table& parties = tables[kParty];
  const std::shared_ptr<const FileBytes> file = parties.buffer;
  parties.compact(program().entities[kParty]);
  CHECK(parties.buffer != file);
  const std::string_view arena = parties.buffer->view();
  size_t bytes = 0;  // the ids and the names ("n"), nothing else
  for (size_t row = 0; row < kRows; ++row) {
    const std::string key = fmt::format("P{}", row + 1);
    bytes += key.size() + 1;
    const std::string_view id = parties.columns[0].texts[row];
    REQUIRE(id == key);
    REQUIRE((id.data() >= arena.data() && id.data() + id.size() <= arena.data() + arena.size()));
    REQUIRE(parties.columns[1].texts[row] == "n");
    REQUIRE(parties.key_index.at(key) == row);
    REQUIRE(parties.key_index.key(row).data() == id.data());
  }
  CHECK(arena.size() == bytes);
}
