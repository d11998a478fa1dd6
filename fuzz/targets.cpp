// The fuzz targets' per-input logic (see targets.h).
#include "fuzz/targets.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "amend/amend.h"
#include "driver/driver.h"
#include "format/format.h"
#include "lower/lower.h"
#include "lsp/server.h"
#include "runtime/evaluator.h"
#include "runtime/readers.h"
#include "runtime/writers.h"
#include "syntax/parser.h"
#include "types/values.h"

#ifndef REDLINE_SECTION_G
#error "REDLINE_SECTION_G must name policies/sec/section_g.policy"
#endif

namespace redline::fuzz {

namespace {

constexpr runtime::OutputFormat kFormats[] = {runtime::OutputFormat::Table, runtime::OutputFormat::Csv,
                                              runtime::OutputFormat::Json, runtime::OutputFormat::Jsonl};

// A broken invariant: say what, then stop so that libFuzzer records the input.
[[noreturn]] void bug(const std::string& what, const std::string& detail = {}) {
  std::fprintf(stderr, "redline fuzz: BUG: %s\n%s\n", what.c_str(), detail.c_str());
  std::fflush(stderr);
  __builtin_trap();
}

const std::string& section_g_text() {
  static const std::string text = [] {
    std::ifstream in(REDLINE_SECTION_G, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    if (!in || ss.str().empty()) bug("cannot read " REDLINE_SECTION_G);
    return ss.str();
  }();
  return text;
}

int64_t as_of_date() {
  int64_t day = 0;
  parse_date("2020-06-30", day);
  return day;
}

// Writes the columns of `rules` (all over one entity) in every output format.
void write_all_formats(const ir::Program& program, const std::vector<runtime::Table>& tables, int32_t entity,
                       const runtime::Results& results, const std::vector<int32_t>& rules) {
  const ir::Entity& e = program.entities[static_cast<size_t>(entity)];
  const runtime::Table& t = tables[static_cast<size_t>(entity)];
  std::vector<runtime::NamedColumn> columns;
  for (int32_t r : rules) {
    const runtime::Column* c = results.columns[static_cast<size_t>(r)].get();
    if (c == nullptr) bug("evaluate left a wanted rule without a column", program.rules[static_cast<size_t>(r)].name);
    if (c->size() != t.rows) bug("a rule's column and its entity's table differ in length");
    columns.push_back({program.rules[static_cast<size_t>(r)].name, c});
  }
  for (runtime::OutputFormat format : kFormats) {
    std::ostringstream out;
    runtime::write_results(out, format, program, tables, e.fields[static_cast<size_t>(e.key_field)].name,
                           t.key_column(e), columns, t.rows);
  }
}

// Evaluates every rule of `program` over `tables` and writes each entity's rules in every
// format. A failure the language defines (EvalError) is an expected outcome.
void evaluate_and_write(const ir::Program& program, const std::vector<runtime::Table>& tables) {
  std::vector<int32_t> all;
  for (size_t r = 0; r < program.rules.size(); ++r) all.push_back(static_cast<int32_t>(r));
  if (all.empty()) return;
  runtime::EvalOptions options;
  options.as_of = as_of_date();
  options.threads = 1;
  runtime::Results results;
  try {
    results = runtime::evaluate(program, tables, options, all);
  } catch (const runtime::EvalError&) {
    // One failing rule stops the run; evaluate the rules one by one so that the others run too.
    for (size_t r = 0; r < program.rules.size() && r < 100; ++r) {
      try {
        runtime::evaluate(program, tables, options, {static_cast<int32_t>(r)});
      } catch (const runtime::EvalError&) {
      }
    }
    return;
  }
  for (size_t e = 0; e < program.entities.size(); ++e) {
    std::vector<int32_t> rules;
    for (int32_t r : all)
      if (program.rules[static_cast<size_t>(r)].entity == static_cast<int32_t>(e)) rules.push_back(r);
    if (!rules.empty()) write_all_formats(program, tables, static_cast<int32_t>(e), results, rules);
  }
}

// --- policies ------------------------------------------------------------------------------

// A CSV value of `field` for generated row `row` (0 or 1): small, valid values of every type,
// so that the rules compute something. Row 1 leaves optional fields empty.
std::string generated_value(const ir::Program& program, const ir::Entity& entity, size_t field, int row) {
  const ir::Field& f = entity.fields[field];
  const bool key = static_cast<int32_t>(field) == entity.key_field;
  if (!key && f.type.optional && row == 1) return "";
  switch (f.type.kind) {
    case TypeKind::Bool: return row ? "false" : "true";
    case TypeKind::Int: return row ? "2" : "1";
    case TypeKind::Decimal: return row ? "2" : "1.5";
    case TypeKind::Text: return key ? (row ? "k2" : "k1") : (row ? "b" : "a");
    case TypeKind::Date: return row ? "2021-06-30" : "2020-01-01";
    case TypeKind::Enum:
    case TypeKind::Set: {
      if (f.type.index < 0 || static_cast<size_t>(f.type.index) >= program.enums.size()) return "";
      const auto& members = program.enums[static_cast<size_t>(f.type.index)].members;
      if (members.empty()) return "";
      if (f.type.kind == TypeKind::Set && row == 1) return "";
      return members[std::min<size_t>(static_cast<size_t>(row), members.size() - 1)];
    }
    case TypeKind::Entity: {
      // The key of row 0 of the referenced entity, written as that entity's key type writes it.
      if (f.type.index < 0 || static_cast<size_t>(f.type.index) >= program.entities.size()) return "";
      const ir::Entity& target = program.entities[static_cast<size_t>(f.type.index)];
      if (target.key_field < 0 || static_cast<size_t>(target.key_field) >= target.fields.size()) return "";
      return target.fields[static_cast<size_t>(target.key_field)].type.kind == TypeKind::Int ? "1" : "k1";
    }
    default: return "";
  }
}

// Two generated rows for every entity, loaded through the CSV reader, then every rule evaluated.
void evaluate_generated(const ir::Program& program) {
  std::vector<runtime::Table> tables(program.entities.size());
  try {
    for (size_t e = 0; e < program.entities.size(); ++e) {
      const ir::Entity& entity = program.entities[e];
      std::string csv;
      for (size_t f = 0; f < entity.fields.size(); ++f) csv += (f ? "," : "") + entity.fields[f].name;
      csv += '\n';
      for (int row = 0; row < 2; ++row) {
        for (size_t f = 0; f < entity.fields.size(); ++f)
          csv += (f ? "," : "") + runtime::csv_escape(generated_value(program, entity, f, row));
        csv += '\n';
      }
      tables[e] = runtime::read_csv_text(program, static_cast<int32_t>(e), std::move(csv), entity.name + ".csv");
    }
    runtime::resolve_references(program, tables);
  } catch (const runtime::DataError&) {
    return;  // a field check the generated values do not meet
  }
  evaluate_and_write(program, tables);
}

std::vector<uint64_t> fingerprints(const ir::Program& program) {
  std::vector<uint64_t> out;
  for (const auto& r : program.rules) out.push_back(r.fingerprint);
  return out;
}

// Analyses and lowers `module`; null when analysis reported errors.
std::unique_ptr<ir::Program> compile_module(ast::Module& module, support::DiagnosticEngine& diags,
                                            bool require_citations) {
  sema::Options options;
  options.require_citations = require_citations;
  sema::Analysis analysis = sema::analyze(module, diags, options);
  if (diags.has_errors()) return nullptr;
  return std::make_unique<ir::Program>(lower::lower(module, analysis));
}

// The formatter's contract, as `redline fmt` verifies it: the result parses, keeps every
// comment and formats to itself. Returns the formatted text's module, so that the caller can
// check that it compiles to the same rule graph as the original.
std::unique_ptr<ast::Module> check_format(support::SourceManager& sources, uint32_t file, const ast::Module& module) {
  std::string formatted = format::format_module(sources, file, module);
  uint32_t again = sources.add("formatted.policy", formatted);
  support::DiagnosticEngine diags(sources);
  auto reparsed = syntax::parse(sources, again, diags);
  if (!reparsed || diags.has_errors()) bug("the formatted text does not parse", diags.render() + "\n" + formatted);
  if (syntax::comments(sources, again).size() != syntax::comments(sources, file).size())
    bug("the formatter lost or added a comment", formatted);
  std::string twice = format::format_module(sources, again, *reparsed);
  if (twice != formatted) bug("the formatter is not idempotent", formatted + "\n----- formatted again -----\n" + twice);
  return reparsed;
}

}  // namespace

int fuzz_policy_one(const uint8_t* data, size_t size) {
  support::SourceManager sources;
  support::DiagnosticEngine diags(sources);
  // Both settings of the citation requirement, chosen by the input so that either is reachable.
  const bool require_citations = (size & 1) != 0;
  try {
    uint32_t file = sources.add("fuzz.policy", std::string(reinterpret_cast<const char*>(data), size));
    auto module = syntax::parse(sources, file, diags);
    if (!module) bug("syntax::parse returned no module");
    std::unique_ptr<ast::Module> formatted;
    if (!diags.has_errors()) formatted = check_format(sources, file, *module);

    std::unique_ptr<ast::Module> policy;
    if (module->kind == ast::Module::Kind::Policy) {
      policy = std::move(module);
    } else if (module->kind == ast::Module::Kind::Modification && !diags.has_errors()) {
      uint32_t base = sources.add(REDLINE_SECTION_G, section_g_text());
      policy = syntax::parse(sources, base, diags);
      if (!policy || diags.has_errors()) bug("policies/sec/section_g.policy does not parse", diags.render());
      amend::apply(*policy, *module, diags);
    }
    if (policy && !diags.has_errors()) {
      auto program = compile_module(*policy, diags, require_citations);
      if (formatted && formatted->kind == ast::Module::Kind::Policy) {
        // Formatting keeps the meaning: the same errors or none, the same rule fingerprints.
        support::DiagnosticEngine again(sources);
        auto reformatted = compile_module(*formatted, again, require_citations);
        if (!program != !reformatted) bug("the formatted policy compiles differently", diags.render() + "\n-----\n" + again.render());
        if (program && fingerprints(*program) != fingerprints(*reformatted)) bug("the formatter changed a rule's meaning");
      }
      if (program) evaluate_generated(*program);
    }
    diags.render(false);
    diags.render(true);
  } catch (const std::exception& e) {
    bug(std::string("unexpected exception: ") + e.what());
  }
  return 0;
}

// --- data ----------------------------------------------------------------------------------

namespace {

struct DataProgram {
  support::SourceManager sources;
  std::unique_ptr<driver::Compiled> compiled;
  int32_t party = -1;
};

const DataProgram& data_program() {
  static const DataProgram* program = [] {
    auto* p = new DataProgram;
    support::DiagnosticEngine diags(p->sources);
    p->compiled = driver::compile(p->sources, diags, REDLINE_SECTION_G, {});
    if (!p->compiled) bug("policies/sec/section_g.policy does not compile", diags.render());
    p->party = p->compiled->program.entity_index("Party");
    if (p->party < 0) bug("policies/sec/section_g.policy no longer has the entity Party");
    return p;
  }();
  return *program;
}

// A loaded table, or the error that stopped the load, as text: what two reads of the same
// input must agree on.
std::string csv_outcome(const ir::Program& program, int32_t entity, const std::string& input,
                        const runtime::ReadOptions& options) {
  try {
    runtime::Table t = runtime::read_csv_text(program, entity, input, "fuzz.csv", options);
    std::string out = "rows " + std::to_string(t.rows) + "\n";
    for (uint64_t line : t.row_lines) out += std::to_string(line) + " ";
    for (size_t f = 0; f < t.columns.size(); ++f) {
      if (!t.is_loaded(f)) continue;
      const runtime::Column& c = t.columns[f];
      out += "\nfield " + std::to_string(f) + ":";
      for (int64_t v : c.values) out += " " + std::to_string(v);
      for (std::string_view v : c.texts) (out += " ") += v;
      for (uint8_t p : c.present) out += p ? " 1" : " 0";
    }
    for (size_t row = 0; row < t.rows; ++row)
      out += "\nkey " + std::string(t.key_index.key(row)) + " -> " +
             std::to_string(t.key_index.at(t.key_index.key(row)));
    return out;
  } catch (const runtime::DataError& e) {
    return std::string("error: ") + e.what();
  }
}

}  // namespace

int fuzz_data_one(const uint8_t* data, size_t size) {
  const DataProgram& dp = data_program();
  const ir::Program& program = dp.compiled->program;
  const std::string input(reinterpret_cast<const char*>(data), size);
  // The parallel CSV reader, cut into segments of a few bytes, must read exactly what one pass
  // reads: the same table or the same first error.
  {
    runtime::ReadOptions split;
    split.segment_bytes = 8;
    split.threads = 3;
    if (csv_outcome(program, dp.party, input, {}) != csv_outcome(program, dp.party, input, split))
      bug("the CSV reader in parallel segments disagrees with one pass");
  }
  enum class Mode { Csv, Json, JsonLines };
  for (Mode mode : {Mode::Csv, Mode::Json, Mode::JsonLines}) {
    try {
      std::vector<runtime::Table> tables(program.entities.size());
      // The other entities (the histories of G8.41) are given no rows: every rule then runs.
      for (size_t other = 0; other < program.entities.size(); ++other) {
        if (static_cast<int32_t>(other) == dp.party) continue;
        std::string header;
        for (const ir::Field& f : program.entities[other].fields) header += (header.empty() ? "" : ",") + f.name;
        tables[other] = runtime::read_csv_text(program, static_cast<int32_t>(other), header + "\n", "empty.csv");
      }
      runtime::Table& t = tables[static_cast<size_t>(dp.party)];
      switch (mode) {
        case Mode::Csv: t = runtime::read_csv_text(program, dp.party, input, "fuzz.csv"); break;
        case Mode::Json: t = runtime::read_json_text(program, dp.party, input, "fuzz.json", false); break;
        case Mode::JsonLines: t = runtime::read_json_text(program, dp.party, input, "fuzz.jsonl", true); break;
      }
      const ir::Entity& e = program.entities[static_cast<size_t>(dp.party)];
      if (t.columns.size() != e.fields.size()) bug("a table has the wrong number of columns");
      for (const runtime::Column& c : t.columns)
        if (c.size() != t.rows || (!c.present.empty() && c.present.size() != t.rows))
          bug("a loaded column and its table differ in length");
      for (size_t row = 0; row < t.rows; ++row) t.row_location(row);
      runtime::resolve_references(program, tables);
      evaluate_and_write(program, tables);
    } catch (const runtime::DataError& e) {
      if (std::string_view(e.what()).empty()) bug("a DataError without a message");
    } catch (const runtime::EvalError&) {
    } catch (const std::exception& e) {
      bug(std::string("unexpected exception: ") + e.what());
    }
  }
  return 0;
}

namespace {

void check_reply(const lsp::Json& m) {
  if (!m.is_object() || m.value("jsonrpc", "") != "2.0") bug("a reply that is not a JSON-RPC message", m.dump());
  bool response = m.contains("id") && (m.contains("result") != m.contains("error"));
  bool notification = m.contains("method") && !m.contains("id");
  if (!response && !notification) bug("a reply that is neither a response nor a notification", m.dump());
  (void)m.dump(-1, ' ', false, lsp::Json::error_handler_t::replace);
}

// The replies of a framed stream, each a well-formed message.
void check_stream(const std::string& text) {
  size_t at = 0;
  while (at < text.size()) {
    const std::string header = "Content-Length: ";
    if (text.compare(at, header.size(), header) != 0) bug("a reply without its header", text.substr(at, 80));
    size_t end = text.find("\r\n\r\n", at);
    if (end == std::string::npos) bug("a reply's header does not end");
    size_t length = std::stoul(text.substr(at + header.size(), end - at - header.size()));
    lsp::Json m = lsp::Json::parse(text.substr(end + 4, length), nullptr, false);
    if (m.is_discarded()) bug("a reply that is not JSON", text.substr(end + 4, length));
    check_reply(m);
    at = end + 4 + length;
  }
}

}  // namespace

int fuzz_lsp_one(const uint8_t* data, size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  {
    std::istringstream in(input);
    std::ostringstream out;
    int code = lsp::serve(in, out);
    if (code != 0 && code != 1) bug("lsp exit code other than 0 or 1");
    check_stream(out.str());
  }
  // Each line a message, to a server that is initialized and holds a policy buffer, so that
  // mutations reach the features rather than the handshake.
  lsp::Server server;
  auto send = [&](const std::string& text) {
    for (const lsp::Json& m : server.handle(text)) check_reply(m);
  };
  send(R"({"jsonrpc":"2.0","id":0,"method":"initialize","params":{"capabilities":{}}})");
  lsp::Json open = {{"jsonrpc", "2.0"},
                    {"method", "textDocument/didOpen"},
                    {"params",
                     {{"textDocument",
                       {{"uri", "untitled:fuzz.policy"}, {"languageId", "redline"}, {"version", 1},
                        {"text", section_g_text()}}}}}};
  send(open.dump());
  size_t begin = 0;
  while (begin <= input.size() && !server.exited()) {
    size_t end = input.find('\n', begin);
    if (end == std::string::npos) end = input.size();
    if (end > begin) send(input.substr(begin, end - begin));
    begin = end + 1;
  }
  return 0;
}

}  // namespace redline::fuzz
