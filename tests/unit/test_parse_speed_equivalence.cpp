// The parser's fast paths against its reference path (syntax::ParsePath): redline's own lexer
// against ANTLR's generated one, token by token; and the module and diagnostics of the
// sequential, parallel and default parses against those of the reference parse (generated
// lexer, accessor-based AST builder), on every policy, modification and test file in the
// repository, every fuzz input, mutations of them, and a generated policy of 10,000 rules. The
// module is printed field by field, every location included, so any difference shows.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "ast/ast.h"
#include "reference_path.h"
#include "bench/generated_policy.h"
#include "support/diagnostics.h"
#include "syntax/lexer.h"
#include "syntax/parser.h"

using namespace redline;

namespace {

namespace fs = std::filesystem;

fs::path repository_root() {
  // The build names the source tree: __FILE__ is relative when ccache rewrites paths
  // (CCACHE_BASEDIR), and ctest runs this from build/tests.
  if (fs::exists(fs::path(REDLINE_SOURCE_DIR) / "grammar" / "Redline.g4")) return REDLINE_SOURCE_DIR;
  fs::path here = fs::path(__FILE__).parent_path();  // tests/unit
  for (fs::path p = here; !p.empty() && p != p.root_path(); p = p.parent_path())
    if (fs::exists(p / "grammar" / "Redline.g4")) return p;
  return fs::current_path();
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// --- the module, printed in full -------------------------------------------------------------
struct Printer {
  std::string out;
  void line(int depth, const std::string& s) {
    out.append(static_cast<size_t>(depth) * 2, ' ');
    out += s;
    out += '\n';
  }
  static std::string at(const ast::Location& l) {
    return l.valid() ? fmt::format("@{}:{}", l.file, l.offset) : std::string("@-");
  }
  void citation(int d, const std::optional<ast::Citation>& c) {
    if (!c) return line(d, "citation none");
    line(d, fmt::format("citation '{}' {} [{}]", c->text, at(c->loc), fmt::join(c->clauses, "|")));
  }
  void annotations(int d, const std::vector<ast::Annotation>& as) {
    for (const auto& a : as) line(d, fmt::format("annotation {} '{}' {}", static_cast<int>(a.kind), a.text, at(a.loc)));
  }
  void type(int d, const ast::TypeRef& t) {
    line(d, fmt::format("type '{}' set={} scale={} optional={} {}", t.name, t.set, t.scale, t.optional, at(t.loc)));
  }
  void expr(int d, const ast::Expr* e) {
    if (!e) return line(d, "expr null");
    line(d, fmt::format("expr kind={} {} len={} name='{}' {} text='{}' entity='{}' {} unary={} binary={} agg={} neg={}",
                        static_cast<int>(e->kind), at(e->loc), e->length, e->name, at(e->name_loc), e->text, e->entity,
                        at(e->entity_loc), static_cast<int>(e->unary), static_cast<int>(e->binary),
                        static_cast<int>(e->agg), e->negated));
    for (const auto& a : e->args) expr(d + 1, a.get());
    for (const auto& arm : e->arms) {
      line(d + 1, fmt::format("arm {} members=[{}] qualifiers=[{}]", at(arm.loc), fmt::join(arm.members, "|"),
                              fmt::join(arm.qualifiers, "|")));
      for (const auto& l : arm.member_locs) line(d + 2, "member " + at(l));
      expr(d + 2, arm.value.get());
    }
  }
  void cell(int d, const ast::Cell& c) {
    line(d, fmt::format("cell kind={} op={} {} closed={}{}", static_cast<int>(c.kind), static_cast<int>(c.op), at(c.loc),
                        c.low_closed, c.high_closed));
    expr(d + 1, c.value.get());
    if (c.high) expr(d + 1, c.high.get());
    for (const auto& alt : c.alternatives) cell(d + 1, alt);
  }
  void row(int d, const ast::TableRow& r) {
    line(d, fmt::format("row '{}' {} otherwise={}", r.label, at(r.loc), r.otherwise));
    for (const auto& c : r.cells) cell(d + 1, c);
    expr(d + 1, r.outcome.get());
    citation(d + 1, r.citation);
  }
  void exception(int d, const ast::ExceptionDecl& x) {
    line(d, fmt::format("exception '{}' {} to '{}' {}", x.label, at(x.loc), x.parent, at(x.parent_loc)));
    citation(d + 1, x.citation);
    annotations(d + 1, x.annotations);
    expr(d + 1, x.condition.get());
    expr(d + 1, x.value.get());
  }
  void enumeration(int d, const ast::EnumDecl& e) {
    line(d, fmt::format("enum '{}' {}", e.name, at(e.loc)));
    citation(d + 1, e.citation);
    for (const auto& m : e.members) line(d + 1, fmt::format("member '{}' '{}' {}", m.name, m.label, at(m.loc)));
  }
  void entity(int d, const ast::EntityDecl& e) {
    line(d, fmt::format("entity '{}' {}", e.name, at(e.loc)));
    citation(d + 1, e.citation);
    annotations(d + 1, e.annotations);
    for (const auto& f : e.fields) field(d + 1, f);
  }
  void field(int d, const ast::FieldDecl& f) {
    line(d, fmt::format("field '{}' {} key={}", f.name, at(f.loc), f.key));
    type(d + 1, f.type);
    for (const auto& c : f.checks) {
      line(d + 1, fmt::format("check op={} {}", static_cast<int>(c.op), at(c.loc)));
      expr(d + 2, c.value.get());
    }
  }
  void param(int d, const ast::ParamDecl& p) {
    line(d, fmt::format("param '{}' {} until=[{}] from=[{}]", p.name, at(p.loc), fmt::join(p.until_dates, "|"),
                        fmt::join(p.from_dates, "|")));
    type(d + 1, p.type);
    citation(d + 1, p.citation);
    annotations(d + 1, p.annotations);
    for (const auto& v : p.values) expr(d + 1, v.get());
    for (const auto& l : p.until_locs) line(d + 1, "until " + at(l));
    for (const auto& l : p.from_locs) line(d + 1, "from " + at(l));
  }
  void cycle(int d, const ast::CycleDecl& c) {
    line(d, fmt::format("cycle '{}' {}", c.name, at(c.loc)));
    type(d + 1, c.type);
    citation(d + 1, c.citation);
    annotations(d + 1, c.annotations);
    for (const auto& v : c.values) expr(d + 1, v.get());
  }
  void rule(int d, const ast::RuleDecl& r) {
    line(d, fmt::format("rule '{}' {} output={} obligation={} param='{}' {} entity='{}' {} title='{}'", r.name,
                        at(r.loc), r.output, r.obligation, r.param, at(r.param_loc), r.entity, at(r.entity_loc),
                        r.title));
    for (const auto& a : r.params) {
      line(d + 1, fmt::format("param '{}' {}", a.name, at(a.loc)));
      type(d + 2, a.type);
    }
    if (r.type) type(d + 1, *r.type);
    else line(d + 1, "type none");
    citation(d + 1, r.citation);
    annotations(d + 1, r.annotations);
    if (r.duty != Duty::None) line(d + 1, fmt::format("{} '{}' {}", duty_word(r.duty), r.act, at(r.act_loc)));
    if (r.due) {
      line(d + 1, (r.until ? "until " : "due ") + at(r.due_loc));
      expr(d + 2, r.due.get());
    }
    expr(d + 1, r.body.get());
    if (r.table) {
      line(d + 1, fmt::format("table policy={} collect={} {}", static_cast<int>(r.table->policy),
                              static_cast<int>(r.table->collect), at(r.table->loc)));
      for (const auto& i : r.table->inputs) expr(d + 2, i.get());
      for (const auto& row_ : r.table->rows) row(d + 2, row_);
    }
    for (const auto& x : r.exceptions) exception(d + 1, x);
  }
  void test(int d, const ast::TestDecl& t) {
    line(d, fmt::format("test '{}' '{}' {} errors=[{}] amendments=[{}] as_of={}", t.name, t.title, at(t.loc),
                        fmt::join(t.expected_errors, "|"), fmt::join(t.amendments, "|"), t.as_of.value_or("-")));
    citation(d + 1, t.citation);
    for (const auto& l : t.amendment_locs) line(d + 1, "amendment " + at(l));
    for (const auto& [name, value] : t.params) {
      line(d + 1, "param '" + name + "'");
      expr(d + 2, value.get());
    }
    for (const auto& g : t.given) {
      line(d + 1, fmt::format("given '{}' '{}' {}", g.entity, g.key, at(g.loc)));
      for (const auto& v : g.values) {
        line(d + 2, fmt::format("value '{}' {}", v.field, at(v.loc)));
        expr(d + 3, v.value.get());
      }
    }
    for (const auto& x : t.expectations) {
      line(d + 1, fmt::format("expect '{}' '{}' {}", x.rule, x.key, at(x.loc)));
      expr(d + 2, x.value.get());
    }
  }
  void amendment(int d, const ast::Amendment& a) {
    line(d, fmt::format("amendment op={} target={} {} name='{}' {} label='{}' {} position='{}' anchor='{}' {} bracket={} {} from='{}' {}",
                        static_cast<int>(a.op), static_cast<int>(a.target), at(a.loc), a.name, at(a.name_loc), a.label,
                        at(a.label_loc), a.position, a.anchor, at(a.anchor_loc), a.bracket, at(a.bracket_loc),
                        a.bracket_from, at(a.bracket_from_loc)));
    citation(d + 1, a.citation);
    annotations(d + 1, a.annotations);
    if (a.rule) rule(d + 1, *a.rule);
    if (a.param) param(d + 1, *a.param);
    if (a.cycle) cycle(d + 1, *a.cycle);
    if (a.enumeration) enumeration(d + 1, *a.enumeration);
    if (a.entity) entity(d + 1, *a.entity);
    if (a.field) field(d + 1, *a.field);
    if (a.exception) exception(d + 1, *a.exception);
    if (a.row) row(d + 1, *a.row);
  }
  void module(const ast::Module& m) {
    line(0, fmt::format("module kind={} file={} name='{}' title='{}' {} header={} amends='{}' {} tests_for='{}' "
                        "effective={} header_end={}",
                        static_cast<int>(m.kind), m.file, m.name, m.title, at(m.loc), m.has_header, m.amends,
                        at(m.amends_loc), m.tests_for, m.effective.value_or("-"), m.header_end));
    line(1, fmt::format("effective by '{}.{}' {}", m.effective_entity, m.effective_field, at(m.effective_by_loc)));
    citation(1, m.citation);
    annotations(1, m.annotations);
    for (size_t i = 0; i < m.order.size(); ++i) {
      auto [kind, index] = m.order[i];
      line(1, fmt::format("decl {} {} end={}", kind, index, i < m.order_end.size() ? m.order_end[i] : 0));
    }
    if (m.order_end.size() != m.order.size()) line(1, "order_end size differs");
    for (const auto& e : m.enums) enumeration(1, e);
    for (const auto& e : m.entities) entity(1, e);
    for (const auto& p : m.params) param(1, p);
    for (const auto& c : m.cycles) cycle(1, c);
    for (const auto& r : m.rules) rule(1, r);
    for (const auto& t : m.tests) test(1, t);
    for (const auto& a : m.amendments) amendment(1, a);
  }
};

// The module and every diagnostic (in the order reported) of one parse.
std::string parse_dump(const std::string& text, syntax::ParsePath path) {
  syntax::enable_reference_path();
  support::SourceManager sources;
  support::DiagnosticEngine diags(sources);
  uint32_t file = sources.add("input.policy", text);
  auto module = syntax::parse(sources, file, diags, path);
  Printer p;
  if (module) p.module(*module);
  else p.line(0, "no module");
  for (const auto& d : diags.diagnostics()) {
    p.line(0, fmt::format("diag {} {} {} len={} '{}'", static_cast<int>(d.id), static_cast<int>(d.severity),
                          Printer::at(d.loc), d.length, d.message));
    for (const auto& n : d.notes) p.line(1, fmt::format("note {} len={} '{}'", Printer::at(n.loc), n.length, n.message));
  }
  return p.out;
}

std::vector<fs::path> input_files() {
  fs::path root = repository_root();
  std::vector<fs::path> out;
  for (const char* dir : {"tests/golden", "policies", "examples", "tests/fuzz"}) {
    if (!fs::exists(root / dir)) continue;
    for (const auto& entry : fs::recursive_directory_iterator(root / dir)) {
      if (!entry.is_regular_file()) continue;
      std::string ext = entry.path().extension().string();
      bool fuzz = std::string(dir) == "tests/fuzz" && entry.path().string().find("/policy") != std::string::npos;
      if (fuzz || ext == ".policy" || ext == ".mod" || ext == ".tests" || ext == ".rltest") out.push_back(entry.path());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Deterministic edits of a valid file, to reach error recovery: truncations, a deleted byte, a
// doubled one, a stray character, a bracket more or less.
std::vector<std::string> mutations(const std::string& text) {
  std::vector<std::string> out;
  if (text.empty()) return out;
  uint64_t seed = std::hash<std::string>{}(text);
  auto next = [&] {
    seed = seed * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<size_t>(seed >> 33);
  };
  const char* inserts[] = {";", "}", "{", "(", ")", "\"", "[", "/*", "=", "&&", "\xC3\xA9", "rule", ",", "\n"};
  for (int i = 0; i < 6; ++i) {
    size_t at = next() % text.size();
    switch (i % 3) {
      case 0: out.push_back(text.substr(0, at)); break;
      case 1: out.push_back(text.substr(0, at) + text.substr(at + 1)); break;
      default: out.push_back(text.substr(0, at) + inserts[next() % std::size(inserts)] + text.substr(at)); break;
    }
  }
  return out;
}


void check_all_paths(const std::string& name, const std::string& text) {
  CAPTURE(name);
  REQUIRE(syntax::token_dump(text, false) == syntax::token_dump(text, true));
  std::string reference = parse_dump(text, syntax::ParsePath::Reference);
  for (auto path : {syntax::ParsePath::Sequential, syntax::ParsePath::Parallel, syntax::ParsePath::Default}) {
    CAPTURE(static_cast<int>(path));
    std::string got = parse_dump(text, path);
    if (got != reference) {
      // Show the first line that differs rather than two whole modules.
      std::istringstream a(reference), b(got);
      std::string la, lb;
      size_t line = 0;
      while (std::getline(a, la) && std::getline(b, lb) && la == lb) ++line;
      FAIL(fmt::format("line {}: reference '{}', got '{}'", line + 1, la, lb));
    }
  }
}

}  // namespace

TEST_CASE("parse paths: every file in the repository, and edits of it, parse as the reference does") {
  std::vector<fs::path> files = input_files();
  REQUIRE(files.size() > 150);  // the golden files, the policies, the fuzz corpus
  for (const fs::path& path : files) {
    std::string text = read(path);
    check_all_paths(path.string(), text);
    if (path.string().find("tests/fuzz") != std::string::npos) continue;  // odd enough already
    size_t k = 0;
    for (const std::string& m : mutations(text)) check_all_paths(fmt::format("{} (edit {})", path.string(), k++), m);
  }
}

TEST_CASE("parse paths: tokens at the edges of the lexer's rules") {
  const char* cases[] = {
      "", " ", "\xEF\xBB\xBF", "\xEF\xBB\xBFpolicy p;", "a", "_", "_a", "a_1", "1", "1_", "1_000", "1.", "1.5", "1._5",
      "1_.5", "1.5_", "2019-02-27", "2019-02-2", "2019-02-277", "20190-02-27", "2019-02-27.5", "12.5.6", "\"", "\"a",
      "\"a\"", "\"a\\\"b\"", "\"a\\", "\"a\\\nb\"", "\"a\nb\"", "\"a\rb\"", "[", "[a", "[a]", "[a[b]", "[a\n]", "[]",
      "/", "//", "// x\ny", "#x\ny", "/*", "/* x", "/* x */", "/*/", "/**/", "/* a */ /* b", "a/*/b*/c", "==", "=>",
      "===", "!", "!=", "!==", "?", "??", "???", "&", "&&", "&&&", "|", "||", "|||", "<", "<=", "<<=", ">", ">=",
      "->", "\t\f\r\n x", "\x01", "\x7F", "\x80", "\xFF", "a\xC3\xA9" "b", "policy",
      "policyx", "key", "keys", "output", "not", "and", "or", "in", "int", "mod", "modification", "rule rule", "1e5"};
  for (const char* c : cases) {
    std::string text = c;
    CAPTURE(text);
    CHECK(syntax::token_dump(text, false) == syntax::token_dump(text, true));
  }
  std::string with_nul("a\0b", 3);
  CHECK(syntax::token_dump(with_nul, false) == syntax::token_dump(with_nul, true));
}

TEST_CASE("parse paths: a generated policy of 10,000 rules, and with a syntax error in the middle") {
  std::string text = redline::bench::generated_policy(10000);
  REQUIRE(text.size() > syntax::kParallelParseBytes);
  check_all_paths("generated", text);
  // Smaller, but still parsed in parallel by default.
  text = redline::bench::generated_policy(2000);
  REQUIRE(text.size() > 2 * syntax::kParallelParseBytes);
  // An error far from the start: the parallel parse falls back and reports what the sequential one does.
  std::string broken = text;
  broken.insert(broken.size() / 2, "rule (;\n");
  check_all_paths("generated, broken", broken);
  // An expression too deep, in a file large enough for the parallel parse.
  std::string deep = text + "rule deep(p: Party): int [B] = " + std::string(600, '(') + "1" + std::string(600, ')') + ";\n";
  check_all_paths("generated, too deep", deep);
}
