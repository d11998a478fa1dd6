// The JSON and JSON Lines reader: value kinds per field type, exact decimals, record and
// line numbers in messages, and JSON syntax errors.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "io_fixtures.h"
#include "runtime/readers.h"

using namespace redline;
using namespace redline::runtime;
using redline::testing::data_error;
using redline::testing::kMeter;
using redline::testing::kParty;
using redline::testing::kTariff;

namespace {

const ir::Program& program() {
  static const ir::Program p = redline::testing::io_program();
  return p;
}

Table json_parties(const std::string& text) { return read_json_text(program(), kParty, text, "parties.json", false); }
Table json_tariffs(const std::string& text) { return read_json_text(program(), kTariff, text, "t.json", false); }

std::string party_error(const std::string& text) {
  return data_error([&] { json_parties(text); });
}
std::string tariff_error(const std::string& text) {
  return data_error([&] { json_tariffs(text); });
}

constexpr size_t kName = 1, kCategoryField = 2, kRoles = 3, kPremises = 4, kShared = 5, kYear = 6;

// A valid Party object with one member replaced or added.
std::string party(const std::string& id, const std::string& extra = "") {
  return R"({"id": ")" + id + R"(", "name": "N", "category": "other", "roles": [], "domestic_premises": 0)" + extra +
         "}";
}

}  // namespace

TEST_CASE("json: an array of objects") {
  const Table t = json_parties(R"([
  {"id": "P1", "name": "Acme \"Ltd\"", "category": "supplier", "roles": ["import_supplier", "gas_supplier"],
   "domestic_premises": 1000, "shared_resource": null, "assessment_year": 1},
  {"assessment_year": null, "shared_resource": "P1", "domestic_premises": "0", "roles": "gas_supplier; other_user",
   "category": "network", "name": "Plain", "id": "P2", "unknown": {"nested": [1, {"deep": [true, null]}], "s": "x"}},
  {"id": "P3", "name": "caf\u00e9 \ud83d\ude00", "category": "other", "roles": [], "domestic_premises": 5}
])");
  REQUIRE(t.rows == 3);
  CHECK(t.from_json);
  CHECK(t.row_lines == ColumnVector<uint64_t>{2, 4, 6});
  CHECK(t.columns[0].texts == ColumnVector<std::string_view>{"P1", "P2", "P3"});
  CHECK(t.columns[kName].texts[0] == "Acme \"Ltd\"");
  CHECK(t.columns[kName].texts[2] == "caf\xC3\xA9 \xF0\x9F\x98\x80");
  CHECK(t.columns[kCategoryField].values == ColumnVector<int64_t>{0, 1, 2});
  CHECK(t.columns[kRoles].values == ColumnVector<int64_t>{0b101, (1 << 2) | (1 << 6), 0});
  CHECK(t.columns[kPremises].values == ColumnVector<int64_t>{1000, 0, 5});
  CHECK(t.columns[kShared].present == ColumnVector<uint8_t>{0, 1, 0});
  CHECK(t.columns[kShared].texts[1] == "P1");
  CHECK(t.columns[kYear].present == ColumnVector<uint8_t>{1, 0, 0});
  CHECK(t.row_location(1) == "parties.json: record 2 (line 4)");
  CHECK(json_parties("[]").rows == 0);
  CHECK(json_parties(" \n[ \n ] \n").rows == 0);
}

TEST_CASE("json: JSON Lines, and .json files holding bare objects") {
  const std::string lines = party("P1") + "\n\n" + party("P2", R"(, "shared_resource": "P1")") + "\r\n" + party("P3");
  const Table t = read_json_text(program(), kParty, lines, "p.jsonl", true);
  REQUIRE(t.rows == 3);
  CHECK(t.row_lines == ColumnVector<uint64_t>{1, 3, 4});
  CHECK(json_parties(lines).rows == 3);
  CHECK(read_json_text(program(), kParty, "", "p.jsonl", true).rows == 0);
  CHECK(data_error([&] { read_json_text(program(), kParty, party("P1") + " " + party("P2"), "p.jsonl", true); })
            .starts_with("p.jsonl:1:85: invalid JSON: expected a line break after the record"));
  CHECK(data_error([&] { read_json_text(program(), kParty, party("P1") + "\n[1]\n", "p.jsonl", true); }) ==
        "p.jsonl: record 2 (line 2): expected an object, found an array");
}

TEST_CASE("json: numbers reach the decoders as written (exponents written out), so decimals are exact") {
  const Table t = json_tariffs(R"([
{"code": 1, "rate": 0.1, "starts": "2018-06-29", "active": true, "discount": "0.000001"},
{"code": "2", "rate": 1234.56789, "starts": "2000-02-29", "active": false, "discount": -0.5, "ends": null},
{"code": 3, "rate": 10, "starts": "1970-01-01", "active": "yes", "note": "n", "owner": 7}
])");
  REQUIRE(t.rows == 3);
  CHECK(t.columns[0].values == ColumnVector<int64_t>{1, 2, 3});
  CHECK(t.columns[1].values == ColumnVector<int64_t>{100'000, 1'234'567'890, 10'000'000});
  CHECK(t.columns[2].values == ColumnVector<int64_t>{17711, 11016, 0});
  CHECK(t.columns[3].values == ColumnVector<int64_t>{1, 0, 1});
  CHECK(t.columns[4].present == ColumnVector<uint8_t>{0, 0, 0});
  CHECK(t.columns[5].values == ColumnVector<int64_t>{1, -500'000, 0});
  CHECK(t.columns[5].present == ColumnVector<uint8_t>{1, 1, 0});
  CHECK(t.columns[6].present == ColumnVector<uint8_t>{0, 0, 1});
  CHECK(t.columns[7].texts[2] == "7");  // an integer reference key
  CHECK(t.key_index.at("2") == 1);

  const std::string base = R"("starts": "2020-01-01", "active": true)";
  // An exponent is read exactly, as if the number had been written out.
  const Table e = json_tariffs(R"([
{"code": 1e2, "rate": 1e3, "starts": "2018-06-29", "active": true, "discount": 2.5E-1},
{"code": 0.07e2, "rate": 1.234567e3, "starts": "2018-06-29", "active": true, "discount": 1e-6}
])");
  REQUIRE(e.rows == 2);
  CHECK(e.columns[0].values == ColumnVector<int64_t>{100, 7});
  CHECK(e.columns[1].values == ColumnVector<int64_t>{1'000'000'000, 1'234'567'000});
  CHECK(e.columns[5].values == ColumnVector<int64_t>{250'000, 1});
  CHECK(e.key_index.at("100") == 0);
  CHECK(e.key_index.at("7") == 1);
  CHECK(tariff_error(R"([{"code": 1, "rate": 1.5e-7, )" + base + "}]") ==
        "t.json: record 1 (line 1): field 'rate': '0.00000015' has more than 6 decimal places (1.5e-7 is 0.00000015)");
  CHECK(tariff_error(R"([{"code": 1, "rate": 0.1234567, )" + base + "}]") ==
        "t.json: record 1 (line 1): field 'rate': '0.1234567' has more than 6 decimal places");
  CHECK(tariff_error(R"([{"code": 1.5, "rate": 1, )" + base + "}]") ==
        "t.json: record 1 (line 1): field 'code': expected an integer, got '1.5'");
  CHECK(tariff_error(R"([{"code": 1.5e0, "rate": 1, )" + base + "}]") ==
        "t.json: record 1 (line 1): field 'code': expected an integer, got '1.5' (1.5e0 is 1.5)");
  CHECK(tariff_error(R"([{"code": 1e999, "rate": 1, )" + base + "}]") ==
        "t.json: record 1 (line 1): field 'code': expected an integer, got '1e999'");
  CHECK(tariff_error(R"([{"code": 1, "rate": 1, )" + base + R"(, "owner": 1.5}])") ==
        "t.json: record 1 (line 1): field 'owner': expected a Party key (a string or an integer), got the number 1.5");
}

TEST_CASE("json: type errors and missing values name the record, line and field") {
  CHECK(party_error("[\n" + party("P1") + ",\n" + party("P2", R"(, "name": 5)") + "\n]") ==
        "parties.json: record 2 (line 3): field 'name': the field appears twice in the record");
  CHECK(party_error(R"([{"id": "P1", "name": 5, "category": "other", "roles": [], "domestic_premises": 0}])") ==
        "parties.json: record 1 (line 1): field 'name': expected a string, got the number 5");
  CHECK(party_error(R"([{"id": "P1", "name": "N", "category": ["other"], "roles": [], "domestic_premises": 0}])") ==
        "parties.json: record 1 (line 1): field 'category': expected a Category member as a string, got an array");
  CHECK(party_error(R"([{"id": "P1", "name": "N", "category": "other", "roles": [1], "domestic_premises": 0}])") ==
        "parties.json: record 1 (line 1): field 'roles': expected Role members as strings, found a number");
  CHECK(party_error(R"([{"id": "P1", "name": "N", "category": "other", "roles": ["x"], "domestic_premises": 0}])")
            .starts_with("parties.json: record 1 (line 1): field 'roles': unknown Role 'x'"));
  CHECK(party_error(R"([{"id": "P1", "name": "N", "category": "other", "roles": [], "domestic_premises": {}}])") ==
        "parties.json: record 1 (line 1): field 'domestic_premises': expected an integer, got an object");
  CHECK(party_error(R"([{"id": "P1", "name": "N", "category": "other", "roles": [], "domestic_premises": true}])") ==
        "parties.json: record 1 (line 1): field 'domestic_premises': expected an integer, got true");
  CHECK(party_error("[\n" + party("P1") + ",\n" + R"({"id": "P2", "name": "N", "roles": [], "domestic_premises": 0})" +
                    "\n]") == "parties.json: record 2 (line 3): field 'category': missing value");
  CHECK(party_error("[" + party("P1", R"(, "domestic_premises": null)") + "]") ==
        "parties.json: record 1 (line 1): field 'domestic_premises': the field appears twice in the record");
  CHECK(party_error(R"([{"id": "P1", "name": null, "category": "other", "roles": [], "domestic_premises": 0}])") ==
        "parties.json: record 1 (line 1): field 'name': missing value");
  CHECK(party_error("[" + party("P1", R"(, "assessment_year": 0)") + "]") ==
        "parties.json: record 1 (line 1): field 'assessment_year': value 0 violates the check '>= 1'");
  CHECK(tariff_error(R"([{"code": 1, "rate": 1, "starts": "2020-01-01", "active": 1}])") ==
        "t.json: record 1 (line 1): field 'active': expected true or false, got the number 1");
  CHECK(party_error("[" + party("P1") + ",\n" + party("P1") + "]") ==
        "parties.json: record 2 (line 2): field 'id': duplicate key 'P1', first used on record 1 (line 1)");
  CHECK(party_error("[" + party("P1") + ",\n 42]") == "parties.json: record 2 (line 2): expected an object, found a number");
}

TEST_CASE("json: syntax errors name the line and column") {
  CHECK(party_error("") == "parties.json:1: empty file, expected a JSON array of objects");
  CHECK(party_error("\"x\"") == "parties.json:1:1: invalid JSON: expected a JSON array of objects, found a string");
  CHECK(party_error("[\n" + party("P1") + ",\n]") == "parties.json: record 2 (line 3): expected an object, found ']'");
  CHECK(party_error("[" + party("P1") + "] x") == "parties.json:1:87: invalid JSON: unexpected 'x' after the array");
  CHECK(party_error("[" + party("P1")) == "parties.json:1:85: invalid JSON: expected ',' or ']' after a record, found the end of the file");
  CHECK(party_error(R"([{"id": "P1)") == "parties.json:1:9: invalid JSON: unterminated string");
  CHECK(party_error(R"([{"id": "P1\x"}])") == "parties.json:1:12: invalid JSON: invalid escape in a string");
  CHECK(party_error(R"([{"id": "\ud800"}])") == "parties.json:1:10: invalid JSON: unpaired surrogate in a \\u escape");
  CHECK(party_error("[{\"id\": \"a\tb\"}]") ==
        "parties.json:1:11: invalid JSON: control character in a string (it must be escaped)");
  CHECK(party_error("[{\"id\": \"\xFF\"}]") == "parties.json:1:10: invalid JSON: invalid UTF-8 in a string");
  CHECK(party_error(R"([{"id" "P1"}])") == "parties.json:1:8: invalid JSON: expected ':' after the field name, found a string");
  CHECK(party_error(R"([{"id": "P1",}])") ==
        "parties.json:1:14: invalid JSON: expected a field name in double quotes, found '}'");
  CHECK(party_error(R"([{"x": [1, 2}])") == "parties.json:1:13: invalid JSON: expected ',' or ']', found '}'");
  CHECK(party_error(R"([{"x": 01}])") == "parties.json:1:9: invalid JSON: expected ',' or '}' after a value, found a number");
  CHECK(party_error(R"([{"x": -}])") == "parties.json:1:8: invalid JSON: invalid number");
  CHECK(party_error(R"([{"x": tru}])") == "parties.json:1:8: invalid JSON: expected a value, found a boolean");
  // Deep nesting in an ignored value is skipped without recursion.
  const std::string deep = R"([{"x": )" + std::string(100000, '[') + std::string(100000, ']') + "}]";
  CHECK(party_error(deep) == "parties.json: record 1 (line 1): field 'id': missing value");
}

TEST_CASE("json: references resolve and unknown keys name the record") {
  std::vector<Table> tables(3);
  tables[kParty] = json_parties("[" + party("P1") + ",\n" + party("P2", R"(, "shared_resource": "P1")") + "]");
  tables[kTariff] = json_tariffs(R"([{"code": 7, "rate": 1, "starts": "2020-01-01", "active": true, "owner": "P2"}])");
  tables[kMeter] = read_json_text(program(), kMeter, R"({"serial": "M1", "tariff": 7}
{"serial": "M2", "tariff": "7"})",
                                  "meters.jsonl", true);
  resolve_references(program(), tables);
  CHECK(tables[kParty].columns[kShared].values == ColumnVector<int64_t>{0, 0});
  CHECK(tables[kParty].columns[kShared].present == ColumnVector<uint8_t>{0, 1});
  CHECK(tables[kTariff].columns[7].values == ColumnVector<int64_t>{1});
  CHECK(tables[kMeter].columns[1].values == ColumnVector<int64_t>{0, 0});

  tables[kParty] = json_parties("[" + party("P1") + ",\n" + party("P2", R"(, "shared_resource": "X")") + "]");
  CHECK(data_error([&] { resolve_references(program(), tables); }) ==
        "parties.json: record 2 (line 2): field 'shared_resource': unknown Party 'X'");
}

TEST_CASE("json: read_table dispatches .json, .jsonl and .ndjson") {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "redline_test_json";
  std::filesystem::create_directories(dir);
  const auto write = [&](const std::string& name, const std::string& text) {
    const std::string path = (dir / name).string();
    std::ofstream(path, std::ios::binary) << text;
    return path;
  };
  CHECK(read_table(program(), kParty, write("a.json", "[" + party("P1") + "]")).rows == 1);
  CHECK(read_table(program(), kParty, write("b.json", "\xEF\xBB\xBF" + party("P1") + "\n" + party("P2"))).rows == 2);
  CHECK(read_table(program(), kParty, write("c.jsonl", party("P1") + "\n")).rows == 1);
  CHECK(read_table(program(), kParty, write("d.ndjson", party("P1") + "\n" + party("P2") + "\n")).rows == 2);
  std::filesystem::remove_all(dir);
}

TEST_CASE("json: fields not stored are validated all the same") {
  ReadOptions some;
  some.fields = {1, 0, 1, 0, 0, 0, 0};  // name, roles, premises, year dropped; the reference is always kept
  const std::string good = "[" + party("P1", R"(, "assessment_year": 2)") + ", " + party("P2", R"(, "shared_resource": "P1")") + "]";
  const Table t = read_json_text(program(), kParty, good, "p.json", false, some);
  CHECK(t.rows == 2);
  CHECK_FALSE(t.is_loaded(kName));
  CHECK(t.columns[kName].texts.empty());
  CHECK(t.columns[kRoles].values.empty());
  CHECK(t.columns[kYear].present.empty());
  CHECK(t.is_loaded(kShared));
  CHECK(t.columns[kShared].texts.size() == 2);
  CHECK(t.columns[kCategoryField].values == ColumnVector<int64_t>{2, 2});
  CHECK(read_json_text(program(), kParty, good, "p.json", false).loaded.empty());
  // The same errors as when stored.
  for (const std::string& bad :
       {"[" + party("P1", R"(, "assessment_year": 0)") + "]",
        std::string(R"([{"id": "P1", "name": "N", "category": "other", "roles": ["nobody"], "domestic_premises": 0}])"),
        std::string(R"([{"id": "P1", "name": 7, "category": "other", "roles": [], "domestic_premises": 0}])")}) {
    const std::string stored = data_error([&] { read_json_text(program(), kParty, bad, "p.json", false); });
    CAPTURE(stored);
    CHECK((stored.find("violates the check") != std::string::npos || stored.find("unknown Role 'nobody'") != std::string::npos ||
           stored.find("expected a string") != std::string::npos));
    CHECK(data_error([&] { read_json_text(program(), kParty, bad, "p.json", false, some); }) == stored);
  }
}
