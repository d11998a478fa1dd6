// The language server's wire format (Content-Length framing), its UTF-16 positions, and its
// message handling driven without pipes.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lsp/protocol.h"
#include "lsp/server.h"

using namespace redline::lsp;

namespace {

// Initializes `s` and opens `text` as `uri`: the server's answer (its diagnostics).
std::vector<nlohmann::json> open_document(Server& s, const std::string& uri, const std::string& text) {
  s.handle(R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}})");
  s.handle(R"({"jsonrpc":"2.0","method":"initialized","params":{}})");
  nlohmann::json open{{"jsonrpc", "2.0"},
                      {"method", "textDocument/didOpen"},
                      {"params", {{"textDocument", {{"uri", uri}, {"languageId", "redline"}, {"version", 1}, {"text", text}}}}}};
  return s.handle(open.dump());
}

// The answer to `method` at a position of `uri`, with `extra` parameters.
nlohmann::json request(Server& s, const std::string& uri, const char* method, int line, int character,
                       const nlohmann::json& extra = nlohmann::json::object()) {
  nlohmann::json params{{"textDocument", {{"uri", uri}}}, {"position", {{"line", line}, {"character", character}}}};
  params.update(extra);
  nlohmann::json req{{"jsonrpc", "2.0"}, {"id", 9}, {"method", method}, {"params", params}};
  auto out = s.handle(req.dump());
  REQUIRE(!out.empty());
  return out[0];
}

}  // namespace

TEST_CASE("lsp framing: messages in sequence, header case and extra headers") {
  std::string a = R"({"a":1})", b = R"({"b":"é"})";
  std::istringstream in("Content-Length: " + std::to_string(a.size()) + "\r\n\r\n" + a +
                        "content-length:" + std::to_string(b.size()) +
                        "\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n" + b);
  ReadResult r1 = read_message(in);
  CHECK(r1.status == ReadResult::Status::Message);
  CHECK(r1.body == a);
  ReadResult r2 = read_message(in);
  CHECK(r2.status == ReadResult::Status::Message);
  CHECK(r2.body == b);  // the length counts bytes, not characters
  CHECK(read_message(in).status == ReadResult::Status::End);
}

TEST_CASE("lsp framing: bad headers, truncated bodies, oversized messages") {
  {
    std::istringstream in("Content-Length: abc\r\n\r\n");
    CHECK(read_message(in).status == ReadResult::Status::BadHeader);
  }
  {
    std::istringstream in("X-Other: 1\r\n\r\n");
    CHECK(read_message(in).status == ReadResult::Status::BadHeader);
  }
  {
    std::istringstream in("Content-Length: 10\r\n\r\n{}");
    CHECK(read_message(in).status == ReadResult::Status::End);
  }
  {
    std::istringstream in("Content-Length: 20\r\n\r\n01234567890123456789Content-Length: 2\r\n\r\n{}");
    CHECK(read_message(in, 8).status == ReadResult::Status::TooLarge);
    ReadResult next = read_message(in, 8);
    CHECK(next.status == ReadResult::Status::Message);  // the stream stays in step
    CHECK(next.body == "{}");
  }
  std::ostringstream out;
  write_message(out, "{\"x\":\"é\"}");
  CHECK(out.str() == "Content-Length: 10\r\n\r\n{\"x\":\"é\"}");  // é is two bytes
}

TEST_CASE("lsp positions: UTF-16 code units over UTF-8 bytes") {
  // 'é' is 2 bytes and 1 unit; '𝄞' (U+1D11E) is 4 bytes and 2 units (a surrogate pair).
  std::string text = "ab\né𝄞x\r\nlast";
  LineIndex index(text);
  CHECK(index.line_count() == 3);
  CHECK(index.position(0) == Position{0, 0});
  CHECK(index.position(3) == Position{1, 0});
  CHECK(index.position(5) == Position{1, 1});   // after é
  CHECK(index.position(9) == Position{1, 3});   // after 𝄞
  CHECK(index.position(10) == Position{1, 4});  // after x
  CHECK(index.position(7) == Position{1, 1});   // inside 𝄞: its start
  CHECK(index.offset({1, 0}) == 3);
  CHECK(index.offset({1, 1}) == 5);
  CHECK(index.offset({1, 2}) == 5);   // inside the surrogate pair: the character's start
  CHECK(index.offset({1, 3}) == 9);
  CHECK(index.offset({1, 4}) == 10);
  CHECK(index.offset({1, 99}) == 10);  // past the end of the line: its end, before \r\n
  CHECK(index.offset({2, 2}) == 14);
  CHECK(index.offset({7, 0}) == text.size());
  CHECK(index.position(1000) == Position{2, 4});
  // Invalid UTF-8: one unit per bad byte.
  std::string bad = "\xff\xfe" "a";
  LineIndex b(bad);
  CHECK(b.position(3) == Position{0, 3});
  CHECK(b.offset({0, 2}) == 2);
}

TEST_CASE("lsp uris") {
  CHECK(uri_to_path("file:///tmp/a%20b/%C3%A9.policy") == "/tmp/a b/é.policy");
  CHECK(path_to_uri("/tmp/a b/é.policy") == "file:///tmp/a%20b/%C3%A9.policy");
  CHECK(uri_to_path(path_to_uri("/x/y_z-1.policy")) == "/x/y_z-1.policy");
  CHECK(uri_to_path("file:///bad%2") == "/bad%2");
}

TEST_CASE("lsp server: message order and malformed messages never crash it") {
  Server s;
  auto one = [&](const std::string& text) {
    auto out = s.handle(text);
    REQUIRE(out.size() == 1);
    return out[0];
  };
  CHECK(one("{").at("error").at("code") == -32700);
  CHECK(one("[1]").at("error").at("code") == -32600);
  CHECK(one(R"({"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{}})").at("error").at("code") == -32002);
  CHECK(s.handle(R"({"jsonrpc":"2.0","method":"textDocument/didOpen","params":{}})").empty());
  CHECK(one(std::string(100000, '[')).at("error").at("code") == -32700);
  auto init = one(R"({"jsonrpc":"2.0","id":2,"method":"initialize","params":{"capabilities":{}}})");
  CHECK(init.at("result").at("capabilities").at("positionEncoding") == "utf-16");
  CHECK(one(R"({"jsonrpc":"2.0","id":3,"method":"nope"})").at("error").at("code") == -32601);
  CHECK(one(R"({"jsonrpc":"2.0","id":{},"method":"shutdown"})").at("error").at("code") == -32600);
  CHECK(one(R"({"jsonrpc":"2.0","id":4,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///nowhere.policy"},"position":{"line":0,"character":0}}})")
            .contains("error"));
  // An unsaved buffer that is not on disk, with an error in it.
  auto opened = s.handle(
      R"({"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"untitled:one","languageId":"redline","version":1,"text":"policy p \"P\" [A];\nentity E [A] { key id: text; }\nrule r(e: E): int [A] = /*é𝄞*/ y;\n"}}})");
  REQUIRE(opened.size() == 1);
  CHECK(opened[0].at("method") == "textDocument/publishDiagnostics");
  nlohmann::json error;
  for (const auto& d : opened[0].at("params").at("diagnostics"))
    if (d.at("severity") == 1) error = d;
  REQUIRE(error.is_object());
  CHECK(error.at("code") == "unknown-name");
  // After "/*é𝄞*/ ": 24 + 8 UTF-16 code units (11 bytes).
  CHECK(error.at("range").at("start") == nlohmann::json{{"line", 2}, {"character", 32}});
  CHECK(error.at("range").at("end") == nlohmann::json{{"line", 2}, {"character", 33}});
  // A tests file naming a device is not read (the driver would read /dev/zero forever).
  auto device = s.handle(
      R"({"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///tmp/redline-lsp-unit.tests","languageId":"redline","version":1,"text":"tests for \"/dev/zero\";\n"}}})");
  CHECK(!device.empty());
  CHECK(one(R"({"jsonrpc":"2.0","id":5,"method":"shutdown"})").at("result").is_null());
  CHECK(!s.exited());
  CHECK(s.handle(R"({"jsonrpc":"2.0","method":"exit"})").empty());
  CHECK(s.exited());
  CHECK(s.exit_code() == 0);
}

TEST_CASE("lsp positions on long lines agree with counting from the line's start") {
  std::string text = "x\n";
  for (int i = 0; i < 3000; ++i) text += i % 3 == 0 ? "é" : i % 3 == 1 ? "𝄞" : "ab";
  text += "\nend";
  LineIndex index(text);
  auto naive = [&](size_t offset) {
    uint32_t units = 0;
    for (size_t i = 2; i < offset;) {
      size_t n = utf8_length(static_cast<unsigned char>(text[i]));
      units += n == 4 ? 2 : 1;
      i += n;
    }
    return units;
  };
  for (size_t offset = 2; offset < text.size() - 4; offset += 97) {
    // Offsets inside a character are its start; compare at character starts only.
    if ((static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) continue;
    Position p = index.position(offset);
    CHECK(p.line == 1);
    CHECK(p.character == naive(offset));
    CHECK(index.offset(p) == offset);
  }
  CHECK(index.position(text.size()) == Position{2, 3});
}

TEST_CASE("lsp rename refuses a name whose uses the syntax cannot attribute") {
  // Two enums have a member Low; the bare Low given to to_text (a call's argument: no type is
  // expected there) is attributed to the first by a guess, so renaming Low could rewrite the
  // wrong enum's uses: refused. High is one enum's only; a Low whose enum the context tells
  // (a rule's result) is not a guess.
  Server s;
  const std::string text =
      "policy p \"P\" [A];\n"
      "enum Band { Low, High }\n"
      "enum Level { Low, Mid }\n"
      "entity E [A] { key id: text; n: int; }\n"
      "rule pick(e: E): Band [A] = if e.n > 1 then Low else High;\n"
      "rule grade(e: E): Level [A] = if e.n > 2 then Mid else Low;\n"
      "rule label(e: E): text [A] = to_text(Low);\n";
  open_document(s, "untitled:guess", text);
  auto rename = [&](int line, int character, const std::string& name) {
    return request(s, "untitled:guess", "textDocument/rename", line, character, {{"newName", name}});
  };
  auto low = rename(1, 12, "Lowest");  // Band's Low
  REQUIRE(low.contains("error"));
  CHECK(low.at("error").at("message").get<std::string>().find("several enums") != std::string::npos);
  auto high = rename(1, 17, "Top");  // Band's High
  REQUIRE(high.contains("result"));
  CHECK(high.at("result").at("changes").at("untitled:guess").size() == 2);
}

TEST_CASE("lsp on functions: hover gives the signature, definition, references and rename reach every call") {
  Server s;
  const std::string text =
      "policy p \"P\" [A];\n"
      "entity E [A] { key id: text; n: decimal; }\n"
      "rule phase_out(amount: decimal, rate: decimal): decimal [F1] = amount * rate;\n"
      "output rule a(e: E): decimal [A1] = phase_out(e.n, 0.5);\n"
      "output rule b(e: E): decimal [A2] = phase_out(phase_out(e.n, 2), 0.25);\n"
      "enum Band [B] { low, high }\n"
      "rule pick(b: Band, x: decimal): decimal [B1] = match b { low => x, high => 0 };\n"
      "output rule c(e: E): decimal [A3] = pick(low, e.n);\n";
  auto opened = open_document(s, "untitled:fn", text);
  REQUIRE(opened.size() == 1);
  for (const auto& d : opened[0].at("params").at("diagnostics")) CHECK(d.at("severity") != 1);  // compiles
  auto ask = [&](const char* method, int line, int character, nlohmann::json extra = nlohmann::json::object()) {
    return request(s, "untitled:fn", method, line, character, extra);
  };
  // On the call in rule a (line 3, column 37 is inside 'phase_out').
  auto hover = ask("textDocument/hover", 3, 38);
  REQUIRE(hover.contains("result"));
  const std::string md = hover.at("result").at("contents").at("value");
  CHECK(md.find("rule phase_out(amount: decimal, rate: decimal): decimal") != std::string::npos);
  CHECK(md.find("function") != std::string::npos);
  auto definition = ask("textDocument/definition", 3, 38);
  REQUIRE(definition.contains("result"));
  CHECK(definition.at("result").dump().find("\"line\":2") != std::string::npos);
  auto references = ask("textDocument/references", 3, 38, {{"context", {{"includeDeclaration", true}}}});
  REQUIRE(references.contains("result"));
  CHECK(references.at("result").size() == 4);  // the declaration and three calls
  auto renamed = ask("textDocument/rename", 2, 6, {{"newName", "taper"}});
  REQUIRE(renamed.contains("result"));
  CHECK(renamed.at("result").at("changes").at("untitled:fn").size() == 4);
  // An enum as a function's first parameter's type is a use of the enum.
  auto band = ask("textDocument/references", 5, 6, {{"context", {{"includeDeclaration", true}}}});
  REQUIRE(band.contains("result"));
  CHECK(band.at("result").size() == 2);  // the declaration and pick's parameter
}

TEST_CASE("lsp on obligations: hover names the act and the date; a misspelt act is a diagnostic") {
  Server s;
  const std::string text =
      "policy p \"P\" [A];\n"
      "entity T [A] { key id: text; started: date; }\n"
      "output obligation serve(t: T) \"Serve\" [A1] requires notice due add_days(t.started, 30) = true;\n"
      "output obligation wait(t: T) \"Wait\" [A2] forbids notise until add_months(t.started, 12) = true;\n";
  auto opened = open_document(s, "untitled:acts", text);
  REQUIRE(opened.size() == 1);
  const auto& diagnostics = opened[0].at("params").at("diagnostics");
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].at("severity") == 2);
  CHECK(diagnostics[0].at("message").get<std::string>().find("did you mean 'notice'?") != std::string::npos);
  CHECK(diagnostics[0].at("range").at("start").at("line") == 3);
  auto hover = [&](int line, int character) {
    return request(s, "untitled:acts", "textDocument/hover", line, character).at("result").at("contents").at("value").get<std::string>();
  };
  const std::string serve = hover(2, 20);
  CHECK(serve.find("requires `notice`, due `add_days(t.started, 30)`") != std::string::npos);
  const std::string wait = hover(3, 20);
  CHECK(wait.find("forbids `notise`, until `add_months(t.started, 12)`") != std::string::npos);
}
