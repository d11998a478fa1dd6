// Runs the ANTLR lexer and parser with redline's own error reporting.
//
// ANTLR's default console listeners are removed; a custom error strategy turns each
// recognition error into one diagnostic that says what was found, where, and what would have
// been valid there ("expected ';' after the rule's body"), in the compiler's own words.
#include "syntax/parser.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "RedlineLexer.h"
#include "RedlineParser.h"
#include "antlr4-runtime.h"
#include "syntax/build_ast.h"

namespace redline::syntax {

using P = redline_generated::RedlineParser;

namespace {

// The lexer reads one byte per position, so that token positions are byte offsets, like every
// location in redline (ANTLR's own stream decodes to code points and would count characters).
// Non-ASCII text only ever stands inside strings, citations and comments, whose rules take any
// character but their delimiters, so bytes lex as characters would. Token texts are the
// original UTF-8. A byte order mark at the start reads as blanks.
class ByteStream : public antlr4::ANTLRInputStream {
 public:
  explicit ByteStream(std::string_view text) : bytes_(text) {
    _data.reserve(text.size());
    for (char c : text) _data.push_back(static_cast<unsigned char>(c));
    if (text.substr(0, 3) == "\xEF\xBB\xBF") _data[0] = _data[1] = _data[2] = U' ';
  }
  std::string getText(const antlr4::misc::Interval& interval) override {
    if (interval.a < 0 || interval.b < interval.a || static_cast<size_t>(interval.a) >= bytes_.size()) return {};
    size_t end = std::min(bytes_.size(), static_cast<size_t>(interval.b) + 1);
    return std::string(bytes_.substr(static_cast<size_t>(interval.a), end - static_cast<size_t>(interval.a)));
  }
  std::string toString() const override { return std::string(bytes_); }

 private:
  std::string_view bytes_;
};

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
      case P::UNTERMINATED_CITATION: emit(t, "unterminated citation: missing closing ']'"); return true;
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

// Rejects expressions nested deeper than kMaxExpressionDepth (counted in `expr` nodes, one per
// operator or bracket), measured without recursion, before the recursive passes (AST builder,
// analysis, lowering, formatter, evaluator) walk the tree.
// The deepest nesting of expressions (one level per operator or bracket) in a parse tree.
int expression_depth(antlr4::tree::ParseTree* root) {
  int deepest = 0;
  std::vector<std::pair<antlr4::tree::ParseTree*, int>> stack{{root, 0}};
  while (!stack.empty()) {
    auto [node, depth] = stack.back();
    stack.pop_back();
    auto* context = dynamic_cast<antlr4::ParserRuleContext*>(node);
    if (!context) continue;  // a token
    if (context->getRuleIndex() == P::RuleExpr) deepest = std::max(deepest, ++depth);
    for (antlr4::tree::ParseTree* child : context->children) stack.push_back({child, depth});
  }
  return deepest;
}

bool depth_within_limit(antlr4::tree::ParseTree* root, uint32_t file, support::DiagnosticEngine& diags) {
  std::vector<std::pair<antlr4::tree::ParseTree*, int>> stack{{root, 0}};
  while (!stack.empty()) {
    auto [node, depth] = stack.back();
    stack.pop_back();
    auto* context = dynamic_cast<antlr4::ParserRuleContext*>(node);
    if (!context) continue;  // a token
    if (context->getRuleIndex() == P::RuleExpr && ++depth > kMaxExpressionDepth) {
      // Point at the start of the whole expression.
      for (auto* up = context->parent; up; up = up->parent)
        if (auto* c = dynamic_cast<antlr4::ParserRuleContext*>(up); c && c->getRuleIndex() == P::RuleExpr) context = c;
      antlr4::Token* start = context->getStart();
      diags.report(support::Diag::SyntaxError, {file, start ? static_cast<uint32_t>(start->getStartIndex()) : 0},
                   fmt::format("expression too deep (more than {} operators one inside another); split it into rules",
                               kMaxExpressionDepth));
      return false;
    }
    for (antlr4::tree::ParseTree* child : context->children) stack.push_back({child, depth});
  }
  return true;
}

// Rejects pathological input before the recursive-descent parser (and the recursive passes
// after it) can overflow the stack: deep bracket or 'if' nesting, long prefix-operator runs,
// and declarations with thousands of operators (a left-leaning tree as deep as it is long).
bool nesting_within_limit(antlr4::CommonTokenStream& tokens, uint32_t file, support::DiagnosticEngine& diags) {
  int depth = 0;
  int prefix_run = 0;
  int operators = 0;
  // Token texts by type, looked up once: the scan must stay cheap on large policies.
  const auto& vocabulary = redline_generated::RedlineParser(&tokens).getVocabulary();
  std::vector<std::string> literal(vocabulary.getMaxTokenType() + 1);
  for (size_t type = 0; type < literal.size(); ++type) {
    std::string l = vocabulary.getLiteralName(type);
    if (l.size() >= 2) literal[type] = l.substr(1, l.size() - 2);
  }
  for (antlr4::Token* t : tokens.getTokens()) {
    size_t type = t->getType();
    const std::string& text = type < literal.size() ? literal[type] : literal[0];
    if (text == "(" || text == "{" || text == "if") ++depth;
    else if (text == ")" || text == "}") depth = std::max(0, depth - 1);
    prefix_run = (text == "-" || text == "not" || text == "!") ? prefix_run + 1 : 0;
    if (text == "+" || text == "-" || text == "*" || text == "/" || text == "and" || text == "or" || text == "??" ||
        text == "==" || text == "." || text == ",")
      ++operators;
    if (text == ";") depth = 0, operators = 0;
    std::string problem;
    if (depth > kMaxNestingDepth || prefix_run > kMaxNestingDepth)
      problem = fmt::format("expression nested too deeply (more than {} levels)", kMaxNestingDepth);
    else if (operators > kMaxOperatorsPerDeclaration)
      problem = fmt::format("declaration too long (more than {} operators)", kMaxOperatorsPerDeclaration);
    if (!problem.empty()) {
      diags.report(support::Diag::SyntaxError, {file, static_cast<uint32_t>(t->getStartIndex())},
                   problem + "; split it into rules");
      return false;
    }
  }
  return true;
}

}  // namespace

std::unique_ptr<ast::Module> parse(const support::SourceManager& sources, uint32_t file,
                                   support::DiagnosticEngine& diags) {
  std::string_view text = sources.file(file).text();
  if (size_t bad = invalid_utf8(text); bad != std::string_view::npos) {
    diags.report(support::Diag::SyntaxError, {file, static_cast<uint32_t>(bad)},
                 fmt::format("invalid UTF-8 (byte 0x{:02X}): a policy file must be UTF-8 text",
                             static_cast<unsigned char>(text[bad])));
    auto m = std::make_unique<ast::Module>();
    m->file = file;
    return m;
  }
  ByteStream input(text);
  redline_generated::RedlineLexer lexer(&input);
  lexer.removeErrorListeners();
  antlr4::CommonTokenStream tokens(&lexer);
  tokens.fill();
  const std::vector<antlr4::Token*> all_tokens = tokens.getTokens();
  bool empty = std::all_of(all_tokens.begin(), all_tokens.end(), [](antlr4::Token* t) {
    return t->getType() == antlr4::Token::EOF || t->getChannel() != antlr4::Token::DEFAULT_CHANNEL;
  });
  if (empty) {
    diags.report(support::Diag::SyntaxError, {file, 0},
                 "empty file: a policy starts with 'policy NAME \"title\" [CLAUSE];', a modification with "
                 "'modification NAME amends POLICY;'");
    auto m = std::make_unique<ast::Module>();
    m->file = file;
    return m;
  }
  if (!nesting_within_limit(tokens, file, diags)) {
    auto m = std::make_unique<ast::Module>();
    m->file = file;
    return m;
  }
  P parser(&tokens);
  parser.removeErrorListeners();
  auto strategy = std::make_shared<ErrorStrategy>(file, diags);
  parser.setErrorHandler(strategy);
  // Two-stage parsing: the fast SLL mode first, full LL only when it fails.
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::SLL);
  size_t reported_before = diags.diagnostics().size();
  P::FileContext* tree = parser.file();
  if (diags.diagnostics().size() > reported_before && expression_depth(tree) <= kMaxFullContextDepth) {
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
  if (!depth_within_limit(tree, file, diags)) {
    auto m = std::make_unique<ast::Module>();
    m->file = file;
    return m;
  }
  return build_module(tree, file, diags);
}

std::vector<Comment> comments(const support::SourceManager& sources, uint32_t file) {
  std::string_view text = sources.file(file).text();
  ByteStream input(text);
  redline_generated::RedlineLexer lexer(&input);
  lexer.removeErrorListeners();
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
