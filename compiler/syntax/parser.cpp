// Runs the ANTLR lexer and parser with redline's own error reporting.
//
// ANTLR's default console listeners are removed; a custom error strategy turns each
// recognition error into one diagnostic that says what was found, where, and what would have
// been valid there ("expected ';' after the rule's body"), in the compiler's own words.
#include "syntax/parser.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <system_error>
#include <thread>

#include <fmt/format.h>

#include "RedlineLexer.h"
#include "RedlineParser.h"
#include "antlr4-runtime.h"
#include "syntax/build_ast.h"
#include "syntax/lexer.h"
#include "syntax/tree_kinds.h"
#include "support/allocator.h"

namespace redline::syntax {

using P = redline_generated::RedlineParser;

namespace {

// The offset of the first byte that is not part of valid UTF-8 (no overlong forms, surrogates or
// code points past U+10FFFF), or npos.
size_t invalid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return i;
    unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
    unsigned char lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
    unsigned char hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    if (c1 < lo || c1 > hi) return i;
    for (size_t k = 2; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return i;
    i += n;
  }
  return std::string_view::npos;
}

// Describes a token as a person reads it: "';'", "end of file", "name 'foo'".
std::string describe_token(antlr4::Token* t) {
  if (!t || t->getType() == antlr4::Token::EOF) return "end of file";
  std::string text = t->getText();
  if (text.size() > 30) text = text.substr(0, 27) + "...";
  switch (t->getType()) {
    case P::IDENT: return fmt::format("name '{}'", text);
    case P::INT:
    case P::DECIMAL: return fmt::format("number '{}'", text);
    case P::STRING: return "a string";
    case P::CITATION: return fmt::format("citation '{}'", text);
    case P::DATE: return fmt::format("date '{}'", text);
    case P::INTERVAL: return fmt::format("interval '{}'", text);
    default: return fmt::format("'{}'", text);
  }
}

// The expected tokens, spelled as in the grammar, when there are few enough to be useful.
std::string describe_expected(antlr4::Parser* parser, const antlr4::misc::IntervalSet& set) {
  std::vector<std::string> names;
  const auto& vocab = parser->getVocabulary();
  for (size_t t : set.toList()) {
    if (t == static_cast<size_t>(antlr4::Token::EOF)) {
      names.push_back("end of file");
      continue;
    }
    std::string lit = vocab.getLiteralName(t);
    if (!lit.empty()) names.push_back(lit);
    else if (t == P::IDENT) names.push_back("a name");
    else if (t == P::INT || t == P::DECIMAL) names.push_back("a number");
    else if (t == P::STRING) names.push_back("a string");
    else if (t == P::CITATION) names.push_back("a citation like [G8.49]");
    else if (t == P::DATE) names.push_back("a date like 2019-02-28");
    else if (t == P::INTERVAL) names.push_back("an interval like [15..30)");
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  if (names.empty() || names.size() > 8) return {};
  if (names.size() == 1) return names[0];
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) out += i + 1 == names.size() ? " or " : ", ";
    out += names[i];
  }
  return out;
}

class ErrorStrategy : public antlr4::DefaultErrorStrategy {
 public:
  ErrorStrategy(uint32_t file, support::DiagnosticEngine& diags) : file_(file), diags_(diags) {}

 protected:
  void reportNoViableAlternative(antlr4::Parser* parser, const antlr4::NoViableAltException& e) override {
    report_unexpected(parser, e.getOffendingToken(), {});
  }
  void reportInputMismatch(antlr4::Parser* parser, const antlr4::InputMismatchException& e) override {
    report_unexpected(parser, e.getOffendingToken(), e.getExpectedTokens());
  }
  void reportFailedPredicate(antlr4::Parser* parser, const antlr4::FailedPredicateException& e) override {
    report_unexpected(parser, e.getOffendingToken(), {});
  }
  void reportUnwantedToken(antlr4::Parser* parser) override {
    if (inErrorRecoveryMode(parser)) return;
    beginErrorCondition(parser);
    antlr4::Token* t = parser->getCurrentToken();
    if (lexical_error(t)) return;
    if (reserved_word_as_name(t, getExpectedTokens(parser))) return;
    std::string expected = describe_expected(parser, getExpectedTokens(parser));
    std::string msg = fmt::format("unexpected {}", describe_token(t));
    if (!expected.empty()) msg += fmt::format(", expected {}", expected);
    emit(t, msg);
  }
  void reportMissingToken(antlr4::Parser* parser) override {
    if (inErrorRecoveryMode(parser)) return;
    beginErrorCondition(parser);
    antlr4::Token* t = parser->getCurrentToken();
    if (lexical_error(t)) return;
    std::string expected = describe_expected(parser, getExpectedTokens(parser));
    // Point just after the previous token: that is where the missing text belongs.
    antlr4::Token* prev = parser->getTokenStream()->LT(-1);
    support::Location at{file_, static_cast<uint32_t>(t ? t->getStartIndex() : 0)};
    std::string after;
    if (prev && prev->getType() != antlr4::Token::EOF) {
      at.offset = static_cast<uint32_t>(prev->getStopIndex() + 1);
      after = fmt::format(" after {}", describe_token(prev));
    }
    diags_.report(support::Diag::SyntaxError, at,
                  fmt::format("expected {}{}", expected.empty() ? "more input" : expected, after));
  }

 private:
  uint32_t file_;
  support::DiagnosticEngine& diags_;

  void emit(antlr4::Token* t, const std::string& msg) {
    uint32_t offset = 0, len = 1;
    if (t) {
      if (t->getType() == antlr4::Token::EOF) {
        offset = static_cast<uint32_t>(t->getStartIndex());
      } else {
        offset = static_cast<uint32_t>(t->getStartIndex());
        len = static_cast<uint32_t>(std::max<size_t>(1, t->getStopIndex() - t->getStartIndex() + 1));
      }
    }
    diags_.report(support::Diag::SyntaxError, {file_, offset}, msg, len);
  }

  // Tokens that exist only to be reported: each gets its own message.
  bool lexical_error(antlr4::Token* t) {
    if (!t) return false;
    switch (t->getType()) {
      case P::UNTERMINATED_STRING: emit(t, "unterminated string: missing closing '\"'"); return true;
      case P::UNTERMINATED_CITATION:
        // `[18..]`: an interval missing a bound reads as the start of a citation.
        if (t->getText().find("..") != std::string::npos)
          emit(t, "an interval cell needs both bounds, '[a..b]': for an open end write a comparison ('>= 18')");
        else
          emit(t, "unterminated citation: missing closing ']'");
        return true;
      case P::ERROR_CHAR: {
        // A non-ASCII character is several tokens of one byte: show it whole.
        std::string text = t->getText();
        unsigned char lead = text.empty() ? 0 : static_cast<unsigned char>(text[0]);
        size_t n = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (n > 1) text = t->getInputStream()->getText({static_cast<ssize_t>(t->getStartIndex()),
                                                        static_cast<ssize_t>(t->getStartIndex() + n - 1)});
        // Invisible characters (NUL, other controls, a byte order mark) are named by code point.
        if (n == 1 && (lead < 0x20 || lead == 0x7F)) emit(t, fmt::format("unexpected control character U+{:04X}", lead));
        else if (text == "\xEF\xBB\xBF") emit(t, "unexpected byte order mark (U+FEFF)");
        else if (text == "]") emit(t, "unexpected character ']' (an interval excluding its bounds is written '(a..b)', not ']a..b[')");
        else emit(t, fmt::format("unexpected character '{}'", text));
        return true;
      }
      default: return unterminated_comment(t);
    }
  }

  // '/*' without its '*/' lexes as '/' and '*'; the error lands on either.
  bool unterminated_comment(antlr4::Token* t) {
    auto char_at = [&](ssize_t i) { return i < 0 ? std::string() : t->getInputStream()->getText({i, i}); };
    std::string text = t->getText();
    auto start = static_cast<ssize_t>(t->getStartIndex());
    if (text == "/" && char_at(start + 1) == "*") {
    } else if (text == "*" && char_at(start - 1) == "/") {
      --start;
    } else {
      return false;
    }
    diags_.report(support::Diag::SyntaxError, {file_, static_cast<uint32_t>(start)},
                  "unterminated comment: missing closing '*/'", 2);
    return true;
  }

  void report_unexpected(antlr4::Parser* parser, antlr4::Token* t, const antlr4::misc::IntervalSet& expected_set) {
    if (lexical_error(t)) return;
    const antlr4::misc::IntervalSet& set = expected_set.isEmpty() ? getExpectedTokens(parser) : expected_set;
    if (reserved_word_as_name(t, set)) return;
    std::string expected = describe_expected(parser, set);
    if (missing_at_line_end(parser, t, set, expected)) return;
    std::string msg = fmt::format("unexpected {}", describe_token(t));
    if (!expected.empty()) msg += fmt::format(", expected {}", expected);
    emit(t, msg);
  }

  // A ';' is missing when what follows starts a new line: point at the end of the line that
  // lacks it, not at the next declaration.
  bool missing_at_line_end(antlr4::Parser* parser, antlr4::Token* t, const antlr4::misc::IntervalSet& expected_set,
                           const std::string& expected) {
    size_t semicolon = 0;
    for (size_t type : expected_set.toList())
      if (parser->getVocabulary().getLiteralName(type) == "';'") semicolon = type;
    if (!semicolon || !t || expected.empty()) return false;
    antlr4::Token* prev = parser->getTokenStream()->LT(-1);
    if (!prev || prev->getType() == antlr4::Token::EOF || prev->getLine() >= t->getLine()) return false;
    diags_.report(support::Diag::SyntaxError, {file_, static_cast<uint32_t>(prev->getStopIndex() + 1)},
                  fmt::format("expected {} after {}", expected, describe_token(prev)));
    return true;
  }

  // A keyword where a name belongs ('rule count(...)', 'p.sum'): say why the word is refused.
  bool reserved_word_as_name(antlr4::Token* t, const antlr4::misc::IntervalSet& expected) {
    if (!t || t->getType() == antlr4::Token::EOF || t->getType() == P::IDENT || !expected.contains(static_cast<size_t>(P::IDENT)))
      return false;
    std::string text = t->getText();
    if (text.empty() || !std::isalpha(static_cast<unsigned char>(text[0]))) return false;
    emit(t, fmt::format("'{}' is a reserved word and cannot be used as a name", text));
    return true;
  }
};

// How deeply expressions nest in a parse tree, counted in `expr` nodes (one per operator or
// bracket) and measured without recursion: the first `expr` found deeper than `limit`, or null.
antlr4::ParserRuleContext* expression_deeper_than(antlr4::tree::ParseTree* root, int limit) {
  Kinds kinds;
  std::vector<std::pair<antlr4::tree::ParseTree*, int>> stack{{root, 0}};
  while (!stack.empty()) {
    auto [node, depth] = stack.back();
    stack.pop_back();
    K kind = kinds.of(node);
    if (kind == K::Terminal) continue;  // a token
    auto* context = kind == K::Unknown ? dynamic_cast<antlr4::ParserRuleContext*>(node)
                                       : static_cast<antlr4::ParserRuleContext*>(node);
    if (!context) continue;
    if (kRuleOf[static_cast<size_t>(kind)] == P::RuleExpr && ++depth > limit) return context;
    for (antlr4::tree::ParseTree* child : context->children) stack.push_back({child, depth});
  }
  return nullptr;
}

// Rejects expressions nested deeper than kMaxExpressionDepth before the recursive passes (AST
// builder, analysis, lowering, formatter, evaluator) walk the tree.
bool depth_within_limit(antlr4::tree::ParseTree* root, uint32_t file, support::DiagnosticEngine& diags) {
  antlr4::ParserRuleContext* context = expression_deeper_than(root, kMaxExpressionDepth);
  if (!context) return true;
  // Point at the start of the whole expression.
  Kinds kinds;
  for (auto* up = context->parent; up; up = up->parent)
    if (kRuleOf[static_cast<size_t>(kinds.of(up))] == P::RuleExpr) context = static_cast<antlr4::ParserRuleContext*>(up);
  antlr4::Token* start = context->getStart();
  diags.report(support::Diag::SyntaxError, {file, start ? static_cast<uint32_t>(start->getStartIndex()) : 0},
               fmt::format("expression too deep (more than {} operators one inside another); split it into rules",
                           kMaxExpressionDepth));
  return false;
}

// Rejects pathological input before the recursive-descent parser (and the recursive passes
// after it) can overflow the stack: deep bracket or 'if' nesting, long prefix-operator runs,
// and declarations with thousands of operators (a left-leaning tree as deep as it is long).
// The grammar's vocabulary (a static of the generated code).
const antlr4::dfa::Vocabulary& vocabulary() {
  ByteStream empty("");
  return redline_generated::RedlineLexer(&empty).getVocabulary();
}

// A table from token type to the roles `classify` gives its literal text ("(" for the token
// '('); token types without a literal have none.
template <typename Classify>
std::vector<uint8_t> token_roles(Classify classify) {
  const antlr4::dfa::Vocabulary& v = vocabulary();
  std::vector<uint8_t> out(v.getMaxTokenType() + 1);
  for (size_t type = 0; type < out.size(); ++type) {
    std::string literal = v.getLiteralName(type);
    if (literal.size() >= 2) out[type] = classify(std::string_view(literal).substr(1, literal.size() - 2));
  }
  return out;
}

// The checks of nesting_within_limit, one token at a time, so that the parallel parse can make
// them as it lexes.
class NestingCheck {
 public:
  // False, having reported the problem, at the first token past a limit.
  bool feed(antlr4::Token* t, uint32_t file, support::DiagnosticEngine& diags) {
    size_t type = t->getType();
    const std::vector<uint8_t>& role = roles();
    uint8_t r = type < role.size() ? role[type] : 0;
    if (r & Open) ++depth_;
    else if (r & Close) depth_ = std::max(0, depth_ - 1);
    prefix_run_ = (r & Prefix) ? prefix_run_ + 1 : 0;
    if (r & Operator) ++operators_;
    if (r & Semicolon) depth_ = 0, operators_ = 0;
    if (depth_ <= kMaxNestingDepth && prefix_run_ <= kMaxNestingDepth && operators_ <= kMaxOperatorsPerDeclaration)
      return true;
    std::string problem;
    if (depth_ > kMaxNestingDepth || prefix_run_ > kMaxNestingDepth)
      problem = fmt::format("expression nested too deeply (more than {} levels)", kMaxNestingDepth);
    else
      problem = fmt::format("declaration too long (more than {} operators)", kMaxOperatorsPerDeclaration);
    diags.report(support::Diag::SyntaxError, {file, static_cast<uint32_t>(t->getStartIndex())},
                 problem + "; split it into rules");
    return false;
  }

 private:
  enum : uint8_t { Open = 1, Close = 2, Prefix = 4, Operator = 8, Semicolon = 16 };
  int depth_ = 0;
  int prefix_run_ = 0;
  int operators_ = 0;

  // What each token type does to the counts, looked up once by its text: the scan must stay
  // cheap on large policies.
  static const std::vector<uint8_t>& roles() {
    static const std::vector<uint8_t> role = token_roles([](std::string_view text) -> uint8_t {
      uint8_t r = 0;
      if (text == "(" || text == "{" || text == "if") r |= Open;
      if (text == ")" || text == "}") r |= Close;
      if (text == "-" || text == "not" || text == "!") r |= Prefix;
      if (text == "+" || text == "-" || text == "*" || text == "/" || text == "and" || text == "or" ||
          text == "??" || text == "==" || text == "." || text == ",")
        r |= Operator;
      if (text == ";") r |= Semicolon;
      return r;
    });
    return role;
  }
};

bool nesting_within_limit(antlr4::CommonTokenStream& tokens, uint32_t file, support::DiagnosticEngine& diags) {
  NestingCheck check;
  for (antlr4::Token* t : tokens.getTokens())
    if (!check.feed(t, file, diags)) return false;
  return true;
}

std::unique_ptr<ast::Module> empty_module(uint32_t file) {
  auto m = std::make_unique<ast::Module>();
  m->file = file;
  return m;
}

// True when the file holds nothing but blanks and comments (the empty-file error).
bool only_hidden_tokens(const std::vector<antlr4::Token*>& tokens) {
  return std::all_of(tokens.begin(), tokens.end(), [](antlr4::Token* t) {
    return t->getType() == antlr4::Token::EOF || t->getChannel() != antlr4::Token::DEFAULT_CHANNEL;
  });
}

void report_empty_file(uint32_t file, support::DiagnosticEngine& diags) {
  diags.report(support::Diag::SyntaxError, {file, 0},
               "empty file: a policy starts with 'policy NAME \"title\" [CLAUSE];', a modification with "
               "'modification NAME amends POLICY;'");
}

std::atomic<ReferenceBuilder> reference_builder{nullptr};

// The whole file on the calling thread, with redline's error strategy: SLL first, and full LL
// only when SLL reports an error.
std::unique_ptr<ast::Module> parse_sequential(std::string_view text, uint32_t file, support::DiagnosticEngine& diags,
                                              bool reference) {
  const ReferenceBuilder build_module_reference = reference_builder.load();
  if (reference && build_module_reference == nullptr)
    throw std::logic_error("ParsePath::Reference needs the test-only reference builder: link redline_syntax_reference "
                           "and call syntax::enable_reference_path()");
  ByteStream input(text, reference);
  // The reference path keeps the generated lexer; the others use redline's own (lexer.h).
  std::unique_ptr<antlr4::TokenSource> lexer;
  if (reference) {
    auto generated = std::make_unique<redline_generated::RedlineLexer>(&input);
    generated->removeErrorListeners();
    lexer = std::move(generated);
  } else {
    lexer = std::make_unique<FastLexer>(input);
  }
  antlr4::CommonTokenStream tokens(lexer.get());
  tokens.fill();
  if (only_hidden_tokens(tokens.getTokens())) {
    report_empty_file(file, diags);
    return empty_module(file);
  }
  if (!nesting_within_limit(tokens, file, diags)) return empty_module(file);
  P parser(&tokens);
  parser.removeErrorListeners();
  auto strategy = std::make_shared<ErrorStrategy>(file, diags);
  parser.setErrorHandler(strategy);
  // Two-stage parsing: the fast SLL mode first, full LL only when it fails.
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::SLL);
  size_t reported_before = diags.diagnostics().size();
  P::FileContext* tree = parser.file();
  if (diags.diagnostics().size() > reported_before && !expression_deeper_than(tree, kMaxFullContextDepth)) {
    // SLL may report errors that full LL would not; retry before believing them. Not in deeply
    // nested expressions: there full-context prediction during error recovery takes time cubic
    // in the depth (12 s for a 216-deep 'else if' chain missing one 'then'), and the SLL
    // diagnostics already point at the error.
    diags.truncate(reported_before);
    tokens.seek(0);
    parser.reset();
    parser.setErrorHandler(strategy);
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::LL);
    tree = parser.file();
  }
  if (reference || diags.diagnostics().size() > reported_before) {
    // After a syntax error the tree may hold expressions the builder skips: walk all of it.
    if (!depth_within_limit(tree, file, diags)) return empty_module(file);
    auto built = reference ? build_module_reference(tree, file, diags) : build_module(tree, file, diags);
    return built;
  }
  size_t before_build = diags.diagnostics().size();
  bool too_deep = false;
  auto built = build_module(tree, file, diags, &too_deep);
  if (!too_deep) return built;
  // Report it exactly as the walk does (which expression, where), and nothing the builder said.
  diags.truncate(before_build);
  if (!depth_within_limit(tree, file, diags)) return empty_module(file);
  return build_module(tree, file, diags);  // not reached: the walk counts at least what the builder did
}

// --- parallel parsing ----------------------------------------------------------------------
//
// The file is lexed once, and the token list cut where one top-level declaration ends and the
// next begins; each piece is parsed (as a `file` without a header) by its own parser over its own
// token stream, on one of a few threads, and built into a module of its own; the modules are then
// appended in order. (ANTLR's prediction cache is shared by all parsers, behind its own locks.)
// Pieces use ANTLR's bail-out strategy: a piece that does not parse cleanly (in SLL, then LL)
// makes the whole file go through parse_sequential, so error recovery and every syntax
// diagnostic are exactly the sequential ones. When every piece parses, the file does too, and
// its tree is the concatenation of theirs: a piece starts with a keyword that only starts a
// declaration (never a header), so the pieces are `header? declaration*` and `declaration*`.

struct Piece {
  std::vector<std::unique_ptr<antlr4::Token>> tokens;
  // From the parse until the piece is built:
  std::unique_ptr<antlr4::ListTokenSource> source;
  std::unique_ptr<antlr4::CommonTokenStream> stream;
  std::unique_ptr<P> parser;
  P::FileContext* tree = nullptr;
  // Then:
  std::unique_ptr<ast::Module> module;
  std::vector<support::Diagnostic> diags;  // the builder's, in the order it reported them
  bool ok = false;
};

// Parses one piece with the bail-out strategy, SLL then LL; false when it does not parse.
bool parse_piece(Piece& piece) {
  try {
    piece.source = std::make_unique<antlr4::ListTokenSource>(std::move(piece.tokens));
    piece.stream = std::make_unique<antlr4::CommonTokenStream>(piece.source.get());
    piece.parser = std::make_unique<P>(piece.stream.get());
    P& parser = *piece.parser;
    parser.removeErrorListeners();
    parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
    auto* simulator = parser.getInterpreter<antlr4::atn::ParserATNSimulator>();
    for (auto mode : {antlr4::atn::PredictionMode::SLL, antlr4::atn::PredictionMode::LL}) {
      simulator->setPredictionMode(mode);
      try {
        piece.tree = parser.file();
        return true;
      } catch (const antlr4::ParseCancellationException&) {
        piece.tree = nullptr;
        piece.stream->seek(0);
        parser.reset();
      }
    }
  } catch (...) {
  }
  piece.tree = nullptr;
  return false;
}

// Builds a parsed piece, then frees its parser, tree and tokens.
void build_piece(Piece& piece, const support::SourceManager& sources, uint32_t file) {
  try {
    support::DiagnosticEngine local(sources);
    bool too_deep = false;
    piece.module = build_module(piece.tree, file, local, &too_deep);
    piece.diags = local.diagnostics();
    piece.ok = !too_deep;
  } catch (...) {
    piece.ok = false;  // anything unexpected: the sequential parse decides
  }
  piece.tree = nullptr;
  piece.parser.reset();
  piece.stream.reset();
  piece.source.reset();
}

// Where pieces may start: a keyword that only ever starts a declaration, right after a ';' or a
// '}' that leaves every bracket closed. (In a file that parses, such a ';' or '}' ends a
// declaration: the ones inside declarations stand within braces, and the keywords cannot follow
// an expression. In one that does not, a wrong cut only makes some piece fail.)
class DeclarationStarts {
 public:
  // Whether `t` (the next token of the file) may start a piece.
  bool feed(const antlr4::Token* t) {
    if (t->getChannel() != antlr4::Token::DEFAULT_CHANNEL) return false;
    size_t type = t->getType();
    const std::vector<uint8_t>& role = roles();
    uint8_t r = type < role.size() ? role[type] : 0;
    bool starts = (r & Starts) && after_end_ && depth_ == 0;
    if (r & Open) ++depth_;
    if (r & Close) --depth_;  // may go negative in a broken file: then nothing is cut until it recovers
    after_end_ = (r & End) && depth_ == 0;
    return starts;
  }

 private:
  enum : uint8_t { Open = 1, Close = 2, End = 4, Starts = 8 };
  long depth_ = 0;
  bool after_end_ = false;  // the previous visible token ends a declaration at depth 0

  static const std::vector<uint8_t>& roles() {
    static const std::vector<uint8_t> role = token_roles([](std::string_view text) -> uint8_t {
      if (text == "(" || text == "{") return Open;
      if (text == ")") return Close;
      if (text == "}") return Close | End;
      if (text == ";") return End;
      for (std::string_view start : {"enum", "entity", "param", "cycle", "rule", "obligation", "output", "test",
                                     "replace", "insert", "repeal", "substitute"})
        if (text == start) return Starts;
      return 0;
    });
    return role;
  }
};

// The parallel parse, or null when it cannot stand in for the sequential one (a syntax error,
// an expression too deep...); null reports nothing. The lexer runs on this thread and hands each
// piece over as soon as it is cut (at the first declaration start past an equal share of the
// bytes), so the other threads parse while it lexes on.
std::unique_ptr<ast::Module> parse_parallel(const support::SourceManager& sources, std::string_view text,
                                            uint32_t file, support::DiagnosticEngine& diags, size_t max_pieces,
                                            size_t threads) {
  ByteStream input(text, false);
  FastLexer lexer(input);  // owns the tokens' memory: declared before the pieces, freed after them
  std::vector<Piece> pieces(std::max<size_t>(max_pieces, 1));
  std::mutex mutex;
  std::condition_variable ready;
  size_t published = 0;  // pieces handed over
  size_t taken = 0;      // pieces some thread has taken
  bool closed = false;   // every piece is handed over
  std::atomic<bool> failed{false};
  // Each piece is parsed, built and freed by one thread, so that its tree is allocated and
  // freed by the same thread (glibc's allocator makes freeing another thread's memory slow).
  auto work = [&] {
    for (;;) {
      size_t k;
      {
        std::unique_lock<std::mutex> lock(mutex);
        ready.wait(lock, [&] { return taken < published || closed || failed; });
        if (failed || taken >= published) return;
        k = taken++;
      }
      if (parse_piece(pieces[k])) build_piece(pieces[k], sources, file);
      if (!pieces[k].ok) {
        std::lock_guard<std::mutex> lock(mutex);
        failed = true;
        ready.notify_all();
      }
    }
  };
  auto publish = [&](std::vector<std::unique_ptr<antlr4::Token>>& tokens, bool last) {
    {
      std::lock_guard<std::mutex> lock(mutex);
      pieces[published++].tokens = std::move(tokens);
      closed = last;
    }
    tokens.clear();
    if (last) ready.notify_all();
    else ready.notify_one();
  };
  auto fail = [&] {
    std::lock_guard<std::mutex> lock(mutex);
    failed = true;
    ready.notify_all();
  };
  std::vector<std::thread> helpers;
  try {
    for (size_t t = 1; t < std::min(threads, pieces.size()); ++t)
      helpers.emplace_back([&] {
        support::tune_thread_heap();
        work();
      });
  } catch (const std::system_error&) {
    // No more threads to be had: those running, and this one, do the rest.
  }

  support::DiagnosticEngine scratch(sources);  // the sequential parse reports, if it comes to that
  NestingCheck nesting;
  DeclarationStarts starts;
  bool visible = false;  // any token on the default channel but EOF (else: the empty-file error)
  std::vector<std::unique_ptr<antlr4::Token>> current;
  size_t next_cut = 1;
  for (;;) {
    std::unique_ptr<antlr4::Token> t = lexer.nextToken();
    bool eof = t->getType() == antlr4::Token::EOF;
    if (!nesting.feed(t.get(), file, scratch)) {
      fail();
      break;
    }
    if (!eof && t->getChannel() == antlr4::Token::DEFAULT_CHANNEL) visible = true;
    if (starts.feed(t.get()) && next_cut < pieces.size() &&
        t->getStartIndex() >= text.size() * next_cut / pieces.size() && !current.empty()) {
      publish(current, false);
      ++next_cut;
    }
    current.push_back(std::move(t));
    if (eof) {
      if (visible) publish(current, true);
      else fail();
      break;
    }
  }
  work();
  for (auto& t : helpers) t.join();
  if (failed || published == 0) return nullptr;
  pieces.resize(published);
  if (!std::all_of(pieces.begin(), pieces.end(), [](const Piece& p) { return p.ok; })) return nullptr;
  std::unique_ptr<ast::Module> module = std::move(pieces[0].module);
  for (size_t k = 1; k < pieces.size(); ++k) append_module(*module, std::move(*pieces[k].module));
  for (Piece& p : pieces)
    for (support::Diagnostic& d : p.diags)
      diags.report(d.id, d.loc, std::move(d.message), d.length).notes = std::move(d.notes);
  return module;
}

}  // namespace

void set_reference_builder(ReferenceBuilder builder) { reference_builder.store(builder); }

std::unique_ptr<ast::Module> parse(const support::SourceManager& sources, uint32_t file,
                                   support::DiagnosticEngine& diags) {
  return parse(sources, file, diags, ParsePath::Default);
}

std::unique_ptr<ast::Module> parse(const support::SourceManager& sources, uint32_t file,
                                   support::DiagnosticEngine& diags, ParsePath path) {
  std::string_view text = sources.file(file).text();
  if (size_t bad = invalid_utf8(text); bad != std::string_view::npos) {
    diags.report(support::Diag::SyntaxError, {file, static_cast<uint32_t>(bad)},
                 fmt::format("invalid UTF-8 (byte 0x{:02X}): a policy file must be UTF-8 text",
                             static_cast<unsigned char>(text[bad])));
    return empty_module(file);
  }
  size_t cores = std::thread::hardware_concurrency();
  if (path == ParsePath::Parallel) {
    // The tests force this path on small files: cut them into as many pieces as they allow.
    if (auto m = parse_parallel(sources, text, file, diags, 4, 2)) return m;
  } else if (path == ParsePath::Default && text.size() >= kParallelParseBytes && cores > 1) {
    // Two pieces per thread: pieces differ in cost, and a thread that finishes early takes another.
    if (auto m = parse_parallel(sources, text, file, diags, 2 * cores, cores)) return m;
  }
  return parse_sequential(text, file, diags, path == ParsePath::Reference);
}

std::vector<Comment> comments(const support::SourceManager& sources, uint32_t file) {
  std::string_view text = sources.file(file).text();
  // redline's own lexer, as the parse uses: the generated one took a quarter of `fmt`'s time.
  ByteStream input(text, false);
  FastLexer lexer(input);
  std::vector<Comment> out;
  for (auto t = lexer.nextToken(); t->getType() != antlr4::Token::EOF; t = lexer.nextToken()) {
    if (t->getType() != P::LINE_COMMENT && t->getType() != P::BLOCK_COMMENT) continue;
    uint32_t start = static_cast<uint32_t>(t->getStartIndex());
    uint32_t line_start = start;
    while (line_start > 0 && text[line_start - 1] != '\n') --line_start;
    bool own = text.substr(line_start, start - line_start).find_first_not_of(" \t\r") == std::string_view::npos;
    out.push_back({start, static_cast<uint32_t>(t->getStopIndex() + 1), t->getText(), own});
  }
  return out;
}

}  // namespace redline::syntax
