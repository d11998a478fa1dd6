// The CSV reader: RFC 4180 syntax, value decoding, checks, keys and reference resolution,
// and the file, line and field every error names.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include <sys/stat.h>

#include "io_fixtures.h"
#include "runtime/readers.h"

using namespace redline;
using namespace redline::runtime;
using redline::testing::data_error;
using redline::testing::kMeter;
using redline::testing::kParty;
using redline::testing::kPartyHeader;
using redline::testing::kTariff;

namespace {

const ir::Program& program() {
  static const ir::Program p = redline::testing::io_program();
  return p;
}

Table parties(const std::string& text) { return read_csv_text(program(), kParty, text, "parties.csv"); }

std::string party_error(const std::string& text) {
  return data_error([&] { parties(text); });
}

bool in_buffer(const Table& table, std::string_view view) {
  const std::string_view buffer = table.buffer->view();
  return view.data() >= buffer.data() && view.data() + view.size() <= buffer.data() + buffer.size();
}

constexpr size_t kName = 1, kCategoryField = 2, kRoles = 3, kPremises = 4, kShared = 5, kYear = 6;

}  // namespace

TEST_CASE("csv: fields, quoting and types") {
  const Table t = parties(std::string(kPartyHeader) +
                          "P1,Acme,supplier,import_supplier;gas_supplier,1000,,1\n"
                          "P2,\"Smith, Jones & \"\"Co\"\"\",network,,0,P1,\n"
                          "P3,\"Line one\nline two\",other,other_user,5,P1,3\n");
  REQUIRE(t.rows == 3);
  CHECK(t.entity == kParty);
  CHECK(t.source == "parties.csv");
  CHECK(t.columns.size() == 7);
  CHECK(t.row_lines == ColumnVector<uint64_t>{2, 3, 4});

  const Column& names = t.columns[kName];
  CHECK(names.texts[0] == "Acme");
  CHECK(names.texts[1] == "Smith, Jones & \"Co\"");
  CHECK(names.texts[2] == "Line one\nline two");
  CHECK(in_buffer(t, names.texts[0]));
  CHECK(in_buffer(t, names.texts[2]));   // quoted without escapes: still a view into the file
  CHECK_FALSE(in_buffer(t, names.texts[1]));  // unescaped copy
  CHECK(t.text_storage.size() == 1);

  CHECK(t.columns[kCategoryField].values == ColumnVector<int64_t>{0, 1, 2});
  CHECK(t.columns[kRoles].values == ColumnVector<int64_t>{0b101, 0, 1 << 6});
  CHECK(t.columns[kPremises].values == ColumnVector<int64_t>{1000, 0, 5});
  CHECK(t.columns[kPremises].present.empty());

  const Column& year = t.columns[kYear];
  CHECK(year.values == ColumnVector<int64_t>{1, 0, 3});
  CHECK(year.present == ColumnVector<uint8_t>{1, 0, 1});

  const Column& shared = t.columns[kShared];
  CHECK(shared.present == ColumnVector<uint8_t>{0, 1, 1});
  CHECK(shared.texts[1] == "P1");

  CHECK(t.key_index.size() == 3);
  CHECK(t.key_index.at("P2") == 1);
  CHECK(t.key_text(program().entities[kParty], 2) == "P3");
  CHECK(t.row_location(1) == "parties.csv:3");
}

TEST_CASE("csv: CRLF line ends, BOM, column order, extra columns, no final newline") {
  const Table t = parties(
      "\xEF\xBB\xBF"
      "assessment_year,extra,shared_resource,domestic_premises,roles,category,name,id\r\n"
      "2,ignored,,10,gas_supplier,supplier,\"two\r\nlines\",P1\r\n"
      "\"\",\"x,y\",P1,20, other_user ; gas_supplier ;other_user,other,Bee,P2");
  REQUIRE(t.rows == 2);
  CHECK(t.row_lines == ColumnVector<uint64_t>{2, 4});
  CHECK(t.columns[0].texts == ColumnVector<std::string_view>{"P1", "P2"});
  CHECK(t.columns[kName].texts[0] == "two\r\nlines");  // line breaks inside quotes are data
  CHECK(t.columns[kPremises].values == ColumnVector<int64_t>{10, 20});
  CHECK(t.columns[kRoles].values == ColumnVector<int64_t>{1 << 2, (1 << 6) | (1 << 2)});
  CHECK(t.columns[kYear].present == ColumnVector<uint8_t>{1, 0});
}

TEST_CASE("csv: header only, blank trailing lines, empty file") {
  CHECK(parties(kPartyHeader).rows == 0);
  CHECK(parties("id,name,category,roles,domestic_premises,shared_resource,assessment_year").rows == 0);
  CHECK(parties(std::string(kPartyHeader) + "P1,A,other,,0,,\n\n\r\n\n").rows == 1);
  CHECK(party_error("") == "parties.csv:1: empty file, expected a header row");
  CHECK(party_error("\xEF\xBB\xBF\r\n\n") == "parties.csv:1: empty file, expected a header row");
}

TEST_CASE("csv: a missing column names the file, the column and the header") {
  const std::string message = party_error("id,name,category,roles,shared_resource,assessment_year\nP1,A,other,,,\n");
  CHECK(message ==
        "parties.csv:1: missing column 'domestic_premises' for Party (the header has: id, name, category, roles, "
        "shared_resource, assessment_year)");
  CHECK(party_error("id,name\n").find("missing columns 'category', 'roles'") != std::string::npos);
  CHECK(party_error("id,name,category,roles,domestic_premises,shared_resource,assessment_year,name\n") ==
        "parties.csv:1: column 'name' appears more than once in the header");
}

TEST_CASE("csv: syntax errors name the line") {
  const std::string header = kPartyHeader;
  CHECK(party_error(header + "P1,A,other,,0,,\nP2,B,other,,0\n") == "parties.csv:3: expected 7 fields, got 5");
  CHECK(party_error(header + "P1,A,other,,0,,\n\nP2,B,other,,0,,\n") == "parties.csv:3: expected 7 fields, got 1");
  CHECK(party_error(header + "P1,A,other,,0,,,\n") == "parties.csv:2: expected 7 fields, got 8");

  // The quoted field that never ends starts on line 4, inside the record of line 3.
  CHECK(party_error(header + "P1,A,other,,0,,\nP2,\"multi\nline\",\"other,,0,,\nP3,C,other,,0,,\n") ==
        "parties.csv:4: field 'category': unterminated quoted field (the closing '\"' is missing)");
  CHECK(party_error(header + "P1,Ac\"me,other,,0,,\n").starts_with("parties.csv:2: field 'name': stray '\"'"));
  CHECK(party_error(header + "P1,\"Acme\"x,other,,0,,\n")
            .starts_with("parties.csv:2: field 'name': unexpected character after the closing quote"));
  CHECK(party_error(header + "P1,A\rB,other,,0,,\n")
            .starts_with("parties.csv:2: field 'name': carriage return without a line feed"));
  CHECK(party_error(header + "P1,\xC3\x28,other,,0,,\n") == "parties.csv:2: field 'name': the value is not valid UTF-8");
  CHECK(party_error(header + "P1,\"\xF0\x9F\x98\",other,,0,,\n") ==
        "parties.csv:2: field 'name': the value is not valid UTF-8");
  CHECK(parties(header + "P1,\xF0\x9F\x98\x80 caf\xC3\xA9,other,,0,,\n").columns[kName].texts[0] ==
        "\xF0\x9F\x98\x80 caf\xC3\xA9");
}

TEST_CASE("csv: value errors name the file, line and field") {
  const std::string header = kPartyHeader;
  const std::string ok = "P1,A,other,,0,,\n";
  CHECK(party_error(header + ok + "P2,B,other,,abc,,\n") ==
        "parties.csv:3: field 'domestic_premises': expected an integer, got 'abc'");
  CHECK(party_error(header + ok + "P2,B,other,,1.5,,\n") ==
        "parties.csv:3: field 'domestic_premises': expected an integer, got '1.5'");
  CHECK(party_error(header + ok + "P2,B,other,,99999999999999999999,,\n") ==
        "parties.csv:3: field 'domestic_premises': integer out of range: '99999999999999999999'");
  CHECK(party_error(header + ok + "P2,B,other,,,,\n") == "parties.csv:3: field 'domestic_premises': missing value");
  CHECK(party_error(header + ok + "P2,B,,,0,,\n") == "parties.csv:3: field 'category': missing value");
  CHECK(parties(header + "P1,A,other,, 42 ,,\n").columns[kPremises].values[0] == 42);
}

TEST_CASE("csv: enum and set members") {
  const std::string header = kPartyHeader;
  CHECK(party_error(header + "P1,A,Supplier,,0,,\n") ==
        "parties.csv:2: field 'category': unknown Category 'Supplier'; expected one of: supplier, network, other "
        "(did you mean 'supplier'?)");
  CHECK(party_error(header + "P1,A,netwrk,,0,,\n").ends_with("(did you mean 'network'?)"));
  CHECK(party_error(header + "P1,A,banana,,0,,\n") ==
        "parties.csv:2: field 'category': unknown Category 'banana'; expected one of: supplier, network, other");
  CHECK(party_error(header + "P1,A,other,gas_supplier;gas_suplier,0,,\n")
            .starts_with("parties.csv:2: field 'roles': unknown Role 'gas_suplier'; expected one of: import_supplier,"));
  const Table t = parties(header + "P1,A,other,gas_supplier;gas_supplier,0,,\nP2,B,other,;,0,,\n");
  CHECK(t.columns[kRoles].values == ColumnVector<int64_t>{1 << 2, 0});
}

TEST_CASE("csv: field checks apply to present values") {
  const std::string header = kPartyHeader;
  CHECK(party_error(header + "P1,A,other,,0,,\nP2,B,other,,-3,,\n") ==
        "parties.csv:3: field 'domestic_premises': value -3 violates the check '>= 0'");
  CHECK(party_error(header + "P1,A,other,,0,,0\n") ==
        "parties.csv:2: field 'assessment_year': value 0 violates the check '>= 1'");
  CHECK(parties(header + "P1,A,other,,0,,\n").columns[kYear].present == ColumnVector<uint8_t>{0});
}

TEST_CASE("csv: keys are non-empty and unique") {
  const std::string header = kPartyHeader;
  CHECK(party_error(header + "P1,A,other,,0,,\nP2,B,other,,0,,\nP1,C,other,,0,,\n") ==
        "parties.csv:4: field 'id': duplicate key 'P1', first used on line 2");
  CHECK(party_error(header + "P1,A,other,,0,,\n,B,other,,0,,\n") ==
        "parties.csv:3: field 'id': the key must not be empty");

  // Int keys index by their canonical text: 007 and 7 are one key.
  const std::string tariffs =
      "code,rate,starts,active,ends,discount,note,owner\n7,1,2020-01-01,true,,,,\n007,2,2020-01-01,true,,,,\n";
  CHECK(data_error([&] { read_csv_text(program(), kTariff, tariffs, "tariffs.csv"); }) ==
        "tariffs.csv:3: field 'code': duplicate key '7', first used on line 2");
}

TEST_CASE("csv: decimal, date, bool and optional fields") {
  const Table t = read_csv_text(program(), kTariff,
                                "code,rate,starts,active,ends,discount,note,owner\n"
                                "1,12.5,2018-06-29,yes,2019-02-28,0.000001,,\n"
                                "+2,0,2000-02-29,FALSE,,,\"\",\n"
                                "3,1234.567890,1970-01-01,1,,-0.5,some note,\n",
                                "tariffs.csv");
  REQUIRE(t.rows == 3);
  CHECK(t.columns[0].values == ColumnVector<int64_t>{1, 2, 3});
  CHECK(t.columns[1].values == ColumnVector<int64_t>{12'500'000, 0, 1'234'567'890});
  CHECK(t.columns[2].values == ColumnVector<int64_t>{17711, 11016, 0});
  CHECK(t.columns[3].values == ColumnVector<int64_t>{1, 0, 1});
  CHECK(t.columns[4].present == ColumnVector<uint8_t>{1, 0, 0});
  CHECK(t.columns[4].values[0] == 17955);
  CHECK(t.columns[5].values == ColumnVector<int64_t>{1, 0, -500'000});
  CHECK(t.columns[5].present == ColumnVector<uint8_t>{1, 0, 1});
  CHECK(t.columns[6].present == ColumnVector<uint8_t>{0, 0, 1});
  CHECK(t.columns[6].texts[2] == "some note");
  CHECK(t.key_index.at("2") == 1);  // "+2" is indexed as 2
  CHECK(t.key_text(program().entities[kTariff], 1) == "2");

  const auto tariff_error = [&](const std::string& row) {
    return data_error([&] {
      read_csv_text(program(), kTariff, "code,rate,starts,active,ends,discount,note,owner\n" + row, "t.csv");
    });
  };
  CHECK(tariff_error("1,1.1234567,2020-01-01,true,,,,\n") ==
        "t.csv:2: field 'rate': '1.1234567' has more than 6 decimal places");
  CHECK(tariff_error("1,.5,2020-01-01,true,,,,\n") == "t.csv:2: field 'rate': expected a decimal number like 12.5, got '.5'");
  CHECK(tariff_error("1,-1,2020-01-01,true,,,,\n") == "t.csv:2: field 'rate': value -1 violates the check '>= 0.0'");
  CHECK(tariff_error("1,1,2023-02-29,true,,,,\n") == "t.csv:2: field 'starts': '2023-02-29' is not a calendar date");
  CHECK(tariff_error("1,1,29/02/2024,true,,,,\n") ==
        "t.csv:2: field 'starts': expected a date as YYYY-MM-DD, got '29/02/2024'");
  CHECK(tariff_error("1,1,2020-01-01,maybe,,,,\n") ==
        "t.csv:2: field 'active': expected true or false (or yes/no, 1/0), got 'maybe'");
}

TEST_CASE("csv: references resolve to row indices") {
  std::vector<Table> tables(3);
  tables[kParty] = parties(std::string(kPartyHeader) + "P1,A,other,,1,P2,\nP2,B,other,,2,,\nP3,C,other,,3,P2,\n");
  tables[kTariff] = read_csv_text(program(), kTariff,
                                  "code,rate,starts,active,ends,discount,note,owner\n"
                                  "10,1,2020-01-01,true,,,,P3\n20,1,2020-01-01,true,,,,\n",
                                  "tariffs.csv");
  tables[kMeter] = read_csv_text(program(), kMeter, "serial,tariff\nM1,20\nM2,010\nM3, 10\n", "meters.csv");
  resolve_references(program(), tables);

  const Column& shared = tables[kParty].columns[kShared];
  CHECK(shared.values == ColumnVector<int64_t>{1, 0, 1});
  CHECK(shared.present == ColumnVector<uint8_t>{1, 0, 1});
  CHECK(tables[kTariff].columns[7].values == ColumnVector<int64_t>{2, 0});
  CHECK(tables[kMeter].columns[1].values == ColumnVector<int64_t>{1, 0, 0});
  CHECK(tables[kMeter].columns[1].present.empty());

  tables[kParty] = parties(std::string(kPartyHeader) + "P1,A,other,,1,,\nP2,B,other,,2,P9,\n");
  CHECK(data_error([&] { resolve_references(program(), tables); }) ==
        "parties.csv:3: field 'shared_resource': unknown Party 'P9' (did you mean 'P1'?)");
  tables[kParty] = parties(std::string(kPartyHeader) + "P1,A,other,,1,,\nP2,B,other,,2,nobody,\n");
  CHECK(data_error([&] { resolve_references(program(), tables); }) ==
        "parties.csv:3: field 'shared_resource': unknown Party 'nobody'");

  tables[kParty] = parties(std::string(kPartyHeader) + "P1,A,other,,1,,\nP3,C,other,,1,,\n");
  tables[kMeter] = read_csv_text(program(), kMeter, "serial,tariff\nM1,20\nM2,abc\n", "meters.csv");
  CHECK(data_error([&] { resolve_references(program(), tables); }) ==
        "meters.csv:3: field 'tariff': unknown Tariff 'abc'");

  std::vector<Table> without_tariffs(3);
  without_tariffs[kMeter] = read_csv_text(program(), kMeter, "serial,tariff\nM1,20\n", "meters.csv");
  CHECK(data_error([&] { resolve_references(program(), without_tariffs); }) ==
        "meters.csv:2: field 'tariff': refers to a Tariff, but no Tariff data was loaded");
  CHECK(data_error([&] { read_csv_text(program(), kMeter, "serial,tariff\nM1,\n", "meters.csv"); }) ==
        "meters.csv:2: field 'tariff': missing value");
}

TEST_CASE("csv: read_table picks the format by extension and reports unreadable files") {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "redline_test_csv";
  std::filesystem::create_directories(dir);
  const std::string csv_path = (dir / "parties.CSV").string();
  std::ofstream(csv_path, std::ios::binary) << kPartyHeader << "P1,A,other,,0,,\n";
  const Table t = read_table(program(), kParty, csv_path);
  CHECK(t.rows == 1);
  CHECK(t.source == csv_path);

  const std::string missing = (dir / "missing.csv").string();
  CHECK(data_error([&] { read_table(program(), kParty, missing); }) ==
        "cannot open '" + missing + "': No such file or directory");
  CHECK(data_error([&] { read_table(program(), kParty, (dir / "p.txt").string()); }) ==
        (dir / "p.txt").string() + ": unknown data format '.txt'; expected a .csv, .json, .jsonl or .ndjson file");
  std::filesystem::create_directories(dir / "folder.csv");
  CHECK(data_error([&] { read_table(program(), kParty, (dir / "folder.csv").string()); })
            .ends_with(": Is a directory"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("csv: enum members that look alike, and checks that are ranges or not") {
  ir::Program p;
  p.policy_name = "lookalikes";
  // "abc" and "axc" share length, first and last byte, so the fast member lookup cannot
  // tell them apart and must compare each.
  p.enums.push_back({"Code", {"abc", "axc", "a", "b", "ab"}});
  ir::Entity e;
  e.name = "Item";
  e.key_field = 0;
  e.fields.push_back(redline::testing::make_field("id", Type::text()));
  e.fields.push_back(redline::testing::make_field("code", Type::enumeration(0)));
  e.fields.push_back(redline::testing::make_field("codes", Type::set_of(0)));
  e.fields.push_back(redline::testing::make_field(
      "score", Type::integer(), {{ir::CheckOp::Gt, 0, "0"}, {ir::CheckOp::Le, 10, "10"}}));
  e.fields.push_back(redline::testing::make_field("odd", Type::integer(), {{ir::CheckOp::Ne, 5, "5"}}));
  p.entities.push_back(std::move(e));
  const auto read = [&](const std::string& rows) { return read_csv_text(p, 0, "id,code,codes,score,odd\n" + rows, "i.csv"); };
  const Table t = read("I1,axc,abc;axc;ab,1,4\nI2,abc,a;b,10,6\nI3,ab,,7,-5\n");
  CHECK(t.columns[1].values == ColumnVector<int64_t>{1, 0, 4});
  CHECK(t.columns[2].values == ColumnVector<int64_t>{0b10011, 0b01100, 0});
  CHECK(t.columns[3].values == ColumnVector<int64_t>{1, 10, 7});
  CHECK(data_error([&] { read("I1,ayc,,1,1\n"); }) ==
        "i.csv:2: field 'code': unknown Code 'ayc'; expected one of: abc, axc, a, b, ab (did you mean 'abc'?)");
  CHECK(data_error([&] { read("I1,a,,0,1\n"); }) == "i.csv:2: field 'score': value 0 violates the check '> 0'");
  CHECK(data_error([&] { read("I1,a,,11,1\n"); }) == "i.csv:2: field 'score': value 11 violates the check '<= 10'");
  CHECK(data_error([&] { read("I1,a,,3,5\n"); }) == "i.csv:2: field 'odd': value 5 violates the check '!= 5'");
}

TEST_CASE("file bytes: a regular file is mapped, anything else is read") {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "redline_test_file_bytes";
  std::filesystem::create_directories(dir);
  const std::string text = std::string(kPartyHeader) + "P1,\"A \"\"B\"\"\",other,,0,,\n";
  const std::string path = (dir / "parties.csv").string();
  std::ofstream(path, std::ios::binary) << text;
  const std::shared_ptr<const FileBytes> mapped = FileBytes::load(path);
  CHECK(mapped->mapped());
  CHECK(mapped->view() == text);
  // The table's texts point into the mapping, which it keeps alive.
  const Table t = read_table(program(), kParty, path);
  CHECK(t.buffer->mapped());
  CHECK(in_buffer(t, t.columns[0].texts[0]));
  CHECK(t.columns[kName].texts[0] == "A \"B\"");

  const std::string empty = (dir / "empty.csv").string();
  std::ofstream(empty, std::ios::binary).flush();
  CHECK_FALSE(FileBytes::load(empty)->mapped());
  CHECK(FileBytes::load(empty)->size() == 0);
  CHECK(data_error([&] { read_table(program(), kParty, empty); }) == empty + ":1: empty file, expected a header row");

  // A pipe has no size ahead and cannot be mapped: read in chunks until its end.
  const std::string fifo = (dir / "fifo.csv").string();
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::string big = std::string(kPartyHeader);
  for (int i = 0; i < 20000; ++i) big += "P" + std::to_string(i) + ",Name,other,,1,,\n";  // > one 64 KB chunk
  std::thread writer([&] { std::ofstream(fifo, std::ios::binary) << big; });
  const std::shared_ptr<const FileBytes> piped = FileBytes::load(fifo);
  writer.join();
  CHECK_FALSE(piped->mapped());
  CHECK(piped->view() == big);
  std::filesystem::remove_all(dir);
}

TEST_CASE("csv: compact keeps keys, texts and the index, and lets the file's buffer go") {
  std::vector<Table> tables;
  tables.push_back(parties(std::string(kPartyHeader) +
                           "P1,Acme,supplier,import_supplier,1000,,1\n"
                           "P2,\"Smith, \"\"Co\"\"\",network,,0,P1,\n"
                           "P3,Third,other,other_user,5,P1,3\n"));
  resolve_references(program(), tables);
  Table& t = tables[0];
  const std::shared_ptr<const FileBytes> file = t.buffer;
  t.compact(program().entities[kParty]);
  CHECK(t.buffer != file);
  CHECK(t.buffer->size() < file->size());
  CHECK(t.columns[0].texts == ColumnVector<std::string_view>{"P1", "P2", "P3"});
  CHECK(t.columns[kName].texts[1] == "Smith, \"Co\"");  // an unescaped copy, kept where it was
  CHECK(t.columns[kName].texts[2] == "Third");
  for (std::string_view v : {t.columns[0].texts[0], t.columns[kName].texts[2]})
    CHECK_FALSE((v.data() >= file->data() && v.data() < file->data() + file->size()));
  CHECK(t.key_index.at("P3") == 2);
  CHECK(t.key_index.key(1) == "P2");
  CHECK(t.key_index.find("P4") == t.key_index.end());
  CHECK(t.columns[kShared].values[1] == 0);  // resolved rows stay
  CHECK(t.columns[kShared].texts.empty());   // the keys they were read with go
  CHECK(t.row_lines.empty());

  // Int keys are indexed by their canonical text, a view into the file when it was canonical.
  Table tariffs = read_csv_text(program(), kTariff,
                                "code,rate,starts,active,ends,discount,note,owner\n"
                                "7,1,2020-01-01,true,,,,\n+8,1,2020-01-01,true,,,,\n",
                                "tariffs.csv");
  const std::shared_ptr<const FileBytes> tariff_file = tariffs.buffer;
  tariffs.compact(program().entities[kTariff]);
  CHECK(tariffs.buffer != tariff_file);
  CHECK(tariffs.key_index.at("7") == 0);
  CHECK(tariffs.key_index.at("8") == 1);
  CHECK(tariffs.key_text(program().entities[kTariff], 1) == "8");
}

TEST_CASE("csv: compact without the index drops it and keeps the keys and resolved references") {
  std::vector<Table> tables;
  tables.push_back(parties(std::string(kPartyHeader) +
                           "P1,Acme,supplier,import_supplier,1000,,1\n"
                           "P2,Second,network,,0,P1,\n"));
  resolve_references(program(), tables);
  Table& t = tables[0];
  REQUIRE(t.key_index.size() == 2);
  const std::shared_ptr<const FileBytes> file = t.buffer;
  t.compact(program().entities[kParty], /*keep_index=*/false);
  CHECK(t.key_index.size() == 0);
  CHECK(t.key_index.find("P1") == t.key_index.end());
  CHECK(t.buffer != file);
  CHECK(t.columns[0].texts == ColumnVector<std::string_view>{"P1", "P2"});
  CHECK(t.key_text(program().entities[kParty], 1) == "P2");
  CHECK(t.columns[kShared].values[1] == 0);

  // An int-keyed table: its keys were indexed by text; none of that is copied.
  Table tariffs = read_csv_text(program(), kTariff,
                                "code,rate,starts,active,ends,discount,note,owner\n"
                                "7,1,2020-01-01,true,,,,\n+8,1,2020-01-01,true,,,,\n",
                                "tariffs.csv");
  tariffs.compact(program().entities[kTariff], /*keep_index=*/false);
  CHECK(tariffs.key_index.size() == 0);
  CHECK(tariffs.buffer->size() == 0);
  CHECK(tariffs.key_text(program().entities[kTariff], 1) == "8");
}
