// The result writers: every format byte for byte, value formatting and escaping, and a
// CSV round trip through the reader.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "io_fixtures.h"
#include "runtime/readers.h"
#include "runtime/writers.h"

using namespace redline;
using namespace redline::runtime;
using redline::testing::kCategory;
using redline::testing::kParty;
using redline::testing::kPartyHeader;
using redline::testing::kRole;

namespace {

const ir::Program& program() {
  static const ir::Program p = redline::testing::io_program();
  return p;
}

Column int_column(Type type, std::vector<int64_t> values, std::vector<uint8_t> present = {}) {
  Column c;
  c.type = type;
  c.values.assign(values.begin(), values.end());
  c.present.assign(present.begin(), present.end());
  return c;
}

Column text_column(Type type, std::vector<std::string_view> texts, std::vector<uint8_t> present = {}) {
  Column c;
  c.type = type;
  c.texts.assign(texts.begin(), texts.end());
  c.present.assign(present.begin(), present.end());
  return c;
}

// Three rows covering every kind, none, and text that needs escaping.
struct Sample {
  Column keys = text_column(Type::text(), {"P1", "P2, Ltd", "Zo\xC3\xAB"});
  Column count = int_column(Type::integer(), {1, -20, 300});
  Column rate = int_column(Type::decimal(), {12'500'000, 0, -1});
  Column active = int_column(Type::boolean(), {1, 0, 1});
  Column category = int_column(Type::enumeration(kCategory), {0, 2, 1});
  Column roles = int_column(Type::set_of(kRole), {0b101, 0, 1 << 6});
  Column since = int_column(Type::date().as_optional(), {17711, 0, 0}, {1, 0, 1});
  Column note = text_column(Type::text().as_optional(), {"say \"hi\"", "", "line\nbreak"}, {1, 0, 1});

  std::vector<NamedColumn> all() const {
    return {{"count", &count},       {"rate", &rate},   {"active", &active}, {"category", &category},
            {"roles", &roles},       {"since", &since}, {"note", &note}};
  }
  std::string write(OutputFormat format, const std::vector<NamedColumn>& columns) const {
    std::ostringstream out;
    write_results(out, format, program(), "id", keys, columns, 3);
    return out.str();
  }
};

}  // namespace

TEST_CASE("writers: output format names") {
  OutputFormat f = OutputFormat::Table;
  CHECK((parse_output_format("csv", f) && f == OutputFormat::Csv));
  CHECK((parse_output_format("json", f) && f == OutputFormat::Json));
  CHECK((parse_output_format("jsonl", f) && f == OutputFormat::Jsonl));
  CHECK((parse_output_format("table", f) && f == OutputFormat::Table));
  CHECK_FALSE(parse_output_format("CSV", f));
  CHECK_FALSE(parse_output_format("xml", f));
  CHECK_FALSE(parse_output_format("", f));
}

TEST_CASE("writers: values print in the language's notation") {
  const ir::Program& p = program();
  CHECK(format_scalar(p, Type::boolean(), 1) == "true");
  CHECK(format_scalar(p, Type::boolean(), 0) == "false");
  CHECK(format_scalar(p, Type::integer(), -42) == "-42");
  CHECK(format_scalar(p, Type::decimal(), 12'500'000) == "12.5");
  CHECK(format_scalar(p, Type::date(), 17711) == "2018-06-29");
  CHECK(format_scalar(p, Type::enumeration(kCategory), 1) == "network");
  CHECK(format_scalar(p, Type::enumeration(kCategory), 9) == "9");
  CHECK(format_scalar(p, Type::set_of(kRole), (1 << 6) | (1 << 2) | 1) == "import_supplier;gas_supplier;other_user");
  CHECK(format_scalar(p, Type::set_of(kRole), 0) == "");

  const Sample s;
  CHECK(format_value(p, s.since, 0) == "2018-06-29");
  CHECK(format_value(p, s.since, 1) == "");
  CHECK(format_value(p, s.note, 2) == "line\nbreak");
  CHECK(format_value(p, s.note, 7) == "");  // out of range prints nothing rather than crashing
}

TEST_CASE("writers: references print as keys") {
  const ir::Program& p = program();
  std::vector<Table> tables(3);
  tables[kParty] = read_csv_text(p, kParty, std::string(kPartyHeader) + "P1,A,other,,0,P2,\nP2,B,other,,0,,\n", "p.csv");
  resolve_references(p, tables);
  const Column& shared = tables[kParty].columns[5];
  CHECK(format_value(p, shared, 0) == "P2");  // the key as read stays with the column
  CHECK(format_value(p, shared, 1) == "");

  const Column computed = int_column(Type::entity(kParty), {1, 0});
  CHECK(format_value(p, computed, 0) == "1");  // no key known: the row index
  CHECK(format_value(p, computed, 0, tables) == "P2");
  CHECK(format_value(p, computed, 1, tables) == "P1");

  std::ostringstream out;
  write_results(out, OutputFormat::Jsonl, p, tables, "n", int_column(Type::integer(), {1, 2}), {{"ref", &computed}}, 2);
  CHECK(out.str() == "{\"n\":1,\"ref\":\"P2\"}\n{\"n\":2,\"ref\":\"P1\"}\n");
  std::ostringstream without_tables;
  write_results(without_tables, OutputFormat::Jsonl, p, "n", int_column(Type::integer(), {1, 2}), {{"ref", &computed}},
                2);
  CHECK(without_tables.str() == "{\"n\":1,\"ref\":1}\n{\"n\":2,\"ref\":0}\n");
}

TEST_CASE("writers: csv") {
  const Sample s;
  CHECK(s.write(OutputFormat::Csv, s.all()) ==
        "id,count,rate,active,category,roles,since,note\n"
        "P1,1,12.5,true,supplier,import_supplier;gas_supplier,2018-06-29,\"say \"\"hi\"\"\"\n"
        "\"P2, Ltd\",-20,0,false,other,,,\n"
        "Zo\xC3\xAB,300,-0.000001,true,network,other_user,1970-01-01,\"line\nbreak\"\n");
}

TEST_CASE("writers: json and jsonl") {
  const Sample s;
  const std::string first =
      R"({"id":"P1","count":1,"rate":12.5,"active":true,"category":"supplier",)"
      R"("roles":["import_supplier","gas_supplier"],"since":"2018-06-29","note":"say \"hi\""})";
  const std::string second =
      R"({"id":"P2, Ltd","count":-20,"rate":0,"active":false,"category":"other","roles":[],"since":null,"note":null})";
  const std::string third =
      "{\"id\":\"Zo\xC3\xAB\",\"count\":300,\"rate\":-0.000001,\"active\":true,\"category\":\"network\","
      "\"roles\":[\"other_user\"],\"since\":\"1970-01-01\",\"note\":\"line\\nbreak\"}";
  CHECK(s.write(OutputFormat::Json, s.all()) == "[\n" + first + ",\n" + second + ",\n" + third + "\n]\n");
  CHECK(s.write(OutputFormat::Jsonl, s.all()) == first + "\n" + second + "\n" + third + "\n");

  std::ostringstream empty;
  write_results(empty, OutputFormat::Json, program(), "id", s.keys, s.all(), 0);
  CHECK(empty.str() == "[]\n");
}

TEST_CASE("writers: table aligns numbers right and text left") {
  const Sample s;
  CHECK(s.write(OutputFormat::Table, {{"count", &s.count}, {"rate", &s.rate}, {"category", &s.category},
                                      {"since", &s.since}, {"note", &s.note}}) ==
        "id       count       rate  category  since       note\n"
        "-------  -----  ---------  --------  ----------  -----------\n"
        "P1           1       12.5  supplier  2018-06-29  say \"hi\"\n"
        "P2, Ltd    -20          0  other\n"
        "Zo\xC3\xAB"
        "        300  -0.000001  network   1970-01-01  line\\nbreak\n");
}

TEST_CASE("writers: table cells are escaped for the terminal and aligned by display width") {
  const Column keys = text_column(Type::text(), {"\xE6\x9D\xB1\xE4\xBA\xAC", "Cafe\xCC\x81", "\x1b[31mR"});
  const Column count = int_column(Type::integer(), {1, -20, 300});
  const Column note = text_column(Type::text(), {"a\tb", "\xC2\x9B" "1m", "x\\y"});
  std::ostringstream out;
  write_results(out, OutputFormat::Table, program(), "id", keys, {{"count", &count}, {"note", &note}}, 3);
  CHECK(out.str() ==
        "id         count  note\n"
        "---------  -----  --------\n"
        "\xE6\x9D\xB1\xE4\xBA\xAC"  // two wide characters: four columns
        "           1  a\\tb\n"
        "Cafe\xCC\x81"  // the combining accent takes no column
        "         -20  \\u{9b}1m\n"
        "\\x1b[31mR    300  x\\\\y\n");
}

TEST_CASE("writers: csv text cells guarded against formulas by default, exact without csv_safe") {
  const Column keys = text_column(Type::text(), {"=SUM(A1)", "-5", "\tTAB"});
  const Column count = int_column(Type::integer(), {-1, -20, 300});
  const Column rate = int_column(Type::decimal(), {-1, 0, 12'500'000});
  const Column note = text_column(Type::text(), {"@x", "+3.25", "-"});
  const std::vector<NamedColumn> columns{{"count", &count}, {"rate", &rate}, {"note", &note}};
  std::ostringstream safe, exact;
  write_results(safe, OutputFormat::Csv, program(), "id", keys, columns, 3);
  write_results(exact, OutputFormat::Csv, program(), "id", keys, columns, 3, WriteOptions{.csv_safe = false, .jsonl_entity = {}});
  CHECK(safe.str() == "id,count,rate,note\n'=SUM(A1),-1,-0.000001,'@x\n-5,-20,0,+3.25\n'\tTAB,300,12.5,-\n");
  CHECK(exact.str() == "id,count,rate,note\n=SUM(A1),-1,-0.000001,@x\n-5,-20,0,+3.25\n\tTAB,300,12.5,-\n");
}

TEST_CASE("writers: a csv text cell that starts like a formula is guarded, a plain number is not") {
  for (const char* guarded : {"=SUM(A1)", "+1+1", "-x", "@x", "\tTAB", "\rX", "=", "@", "-1e5",
                              "--5", "-5-5", "=1"})
    CHECK_MESSAGE(csv_formula_guard_needed(guarded), std::string(guarded));
  for (const char* kept : {"", "x=1", "5", "-5", "+3.25", "-0.000001", "-.5", "+.5", "-5.", " =1", "Plain", "-", "+"})
    CHECK_MESSAGE(!csv_formula_guard_needed(kept), std::string(kept));

  std::string out;
  append_csv_text(out, "=SUM(A1)", true);
  out += ',';
  append_csv_text(out, "=SUM(A1)", false);
  out += ',';
  append_csv_text(out, "\rX", true);  // guarded, then quoted for the line break
  out += ',';
  append_csv_text(out, "-5", true);
  out += ',';
  append_csv_text(out, "@a,b", true);
  CHECK(out == "'=SUM(A1),=SUM(A1),\"'\rX\",-5,\"'@a,b\"");
}
TEST_CASE("writers: csv_escape quotes only when needed") {
  CHECK(csv_escape("plain") == "plain");
  CHECK(csv_escape("") == "");
  CHECK(csv_escape(" spaced ") == " spaced ");
  CHECK(csv_escape("a,b") == "\"a,b\"");
  CHECK(csv_escape("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_escape("two\nlines") == "\"two\nlines\"");
  CHECK(csv_escape("cr\r") == "\"cr\r\"");
}

TEST_CASE("writers: json_escape") {
  CHECK(json_escape("plain") == "\"plain\"");
  CHECK(json_escape("q\"b\\s/") == "\"q\\\"b\\\\s/\"");
  CHECK(json_escape("\n\r\t\b\f") == "\"\\n\\r\\t\\b\\f\"");
  CHECK(json_escape(std::string_view("\x01\x1f\0", 3)) == "\"\\u0001\\u001f\\u0000\"");
  CHECK(json_escape("caf\xC3\xA9 \xF0\x9F\x98\x80") == "\"caf\xC3\xA9 \xF0\x9F\x98\x80\"");
  CHECK(json_escape("bad\xFF\xC3") == "\"bad\xEF\xBF\xBD\xEF\xBF\xBD\"");
}

// The escaper scans plain text eight bytes at a time: every byte that needs care, at every
// place in a word and around it, is found.
TEST_CASE("writers: json_escape finds a byte that needs care wherever it is") {
  auto expected_byte = [](unsigned char b) -> std::string {
    switch (b) {
      case '"': return "\\\"";
      case '\\': return "\\\\";
      case '\n': return "\\n";
      case '\r': return "\\r";
      case '\t': return "\\t";
      case '\b': return "\\b";
      case '\f': return "\\f";
      default: break;
    }
    if (b < 0x20) {
      const char* hex = "0123456789abcdef";
      return std::string("\\u00") + hex[b >> 4] + hex[b & 15];
    }
    if (b >= 0x80) return "\xEF\xBF\xBD";  // alone, not UTF-8
    return std::string(1, static_cast<char>(b));
  };
  size_t checked = 0;
  for (size_t length = 1; length <= 20; ++length)
    for (size_t at = 0; at < length; ++at)
      for (unsigned b = 0; b < 256; ++b) {
        std::string s(length, 'a');
        s[at] = static_cast<char>(b);
        const std::string want = "\"" + std::string(at, 'a') + expected_byte(static_cast<unsigned char>(b)) +
                                 std::string(length - at - 1, 'a') + "\"";
        if (json_escape(s) != want) FAIL_CHECK("byte " << b << " at " << at << " of " << length);
        ++checked;
      }
  CHECK(checked == 210 * 256);
  CHECK(json_escape("0123456789abcdef0123456789abcdef\"x") == "\"0123456789abcdef0123456789abcdef\\\"x\"");
}

TEST_CASE("writers: csv output reads back to the same values") {
  const ir::Program& p = program();
  const Table original = read_csv_text(p, kParty,
                                       std::string(kPartyHeader) +
                                           "P1,\"Acme, \"\"Ltd\"\"\",supplier,import_supplier;gas_supplier,1000,,1\n"
                                           "P2,\"two\nlines\",network,,0,P1,\n",
                                       "p.csv");
  const ir::Entity& party = p.entities[kParty];
  std::vector<NamedColumn> columns;
  for (size_t f = 1; f < party.fields.size(); ++f) columns.push_back({party.fields[f].name, &original.columns[f]});
  std::ostringstream out;
  write_results(out, OutputFormat::Csv, p, "id", original.columns[0], columns, original.rows);
  const Table copy = read_csv_text(p, kParty, out.str(), "copy.csv");
  REQUIRE(copy.rows == original.rows);
  for (size_t f = 0; f < party.fields.size(); ++f) {
    CHECK(copy.columns[f].values == original.columns[f].values);
    CHECK(copy.columns[f].texts == original.columns[f].texts);
    CHECK(copy.columns[f].present == original.columns[f].present);
  }
}
