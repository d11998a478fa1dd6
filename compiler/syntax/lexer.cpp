// redline's hand-written lexer: the same tokens as the generated RedlineLexer (see lexer.h).
#include "syntax/lexer.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <new>
#include <string>
#include <unordered_map>

#include <fmt/format.h>

#include "RedlineLexer.h"
#include "syntax/parser.h"

namespace redline::syntax {

using L = redline_generated::RedlineLexer;

ByteStream::ByteStream(std::string_view text, bool for_generated_lexer) : bytes_(text) {
  if (!for_generated_lexer) return;
  _data.reserve(text.size());
  for (char c : text) _data.push_back(static_cast<unsigned char>(c));
  if (text.substr(0, 3) == "\xEF\xBB\xBF") _data[0] = _data[1] = _data[2] = U' ';
}

std::string ByteStream::getText(const antlr4::misc::Interval& interval) {
  if (interval.a < 0 || interval.b < interval.a || static_cast<size_t>(interval.a) >= bytes_.size()) return {};
  size_t end = std::min(bytes_.size(), static_cast<size_t>(interval.b) + 1);
  return std::string(bytes_.substr(static_cast<size_t>(interval.a), end - static_cast<size_t>(interval.a)));
}

namespace {

// A token whose memory belongs to its lexer's blocks: deleting it (as the token stream does)
// runs its destructor and leaves the memory to the lexer, which frees the blocks at once.
class BlockToken final : public antlr4::CommonToken {
 public:
  using antlr4::CommonToken::CommonToken;
  static void* operator new(size_t, void* where) noexcept { return where; }
  static void operator delete(void*) noexcept {}
  static void operator delete(void*, void*) noexcept {}
};

// The token types of the grammar's literals ('rule', '==', ...), read from the vocabulary once.
struct Literals {
  std::unordered_map<std::string_view, size_t> words;  // literals made of letters (texts in `storage`)
  std::vector<std::unique_ptr<std::string>> storage;
  std::array<size_t, 128> single{};               // one-character literals by character
  std::unordered_map<std::string, size_t> pairs;  // two-character literals
  Literals() {
    ByteStream empty("");
    const antlr4::dfa::Vocabulary& vocabulary = L(&empty).getVocabulary();  // a static of the generated code
    for (size_t type = 1; type <= vocabulary.getMaxTokenType(); ++type) {
      std::string l = vocabulary.getLiteralName(type);
      if (l.size() < 3 || l.front() != '\'' || l.back() != '\'') continue;
      std::string text = l.substr(1, l.size() - 2);
      if (std::isalpha(static_cast<unsigned char>(text[0]))) {
        storage.push_back(std::make_unique<std::string>(text));
        words.emplace(*storage.back(), type);
      }
      else if (text.size() == 1) single[static_cast<unsigned char>(text[0])] = type;
      else if (text.size() == 2) pairs.emplace(text, type);
    }
  }
};

const Literals& literals() {
  static const Literals instance;
  return instance;
}

bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Whether the two bytes `a b` are the UTF-8 of a letter that names may hold, as the grammar's
// UTF8_LETTER lists them: U+00C0-U+024F without U+00D7 and U+00F7, and U+0370-U+04FF.
bool is_utf8_letter(unsigned char a, unsigned char b) {
  if (b < 0x80 || b > 0xBF) return false;
  if (a == 0xC3) return b != 0x97 && b != 0xB7;
  if (a >= 0xC4 && a <= 0xC8) return true;
  if (a == 0xC9) return b <= 0x8F;
  if (a == 0xCD) return b >= 0xB0;
  return a >= 0xCE && a <= 0xD3;
}

}  // namespace

struct FastLexer::Block {
  static constexpr size_t kTokens = 4096;
  alignas(BlockToken) unsigned char bytes[kTokens * sizeof(BlockToken)];
};

FastLexer::FastLexer(ByteStream& input) : input_(input), text_(input.bytes()) {
  bom_ = text_.substr(0, 3) == "\xEF\xBB\xBF";
  literals();
}

FastLexer::~FastLexer() = default;

antlr4::TokenFactory<antlr4::CommonToken>* FastLexer::getTokenFactory() {
  return antlr4::CommonTokenFactory::DEFAULT.get();
}

void* FastLexer::allocate() {
  if (blocks_.empty() || used_ == Block::kTokens) {
    blocks_.push_back(std::unique_ptr<Block>(new Block));  // not zeroed: tokens are constructed in it
    used_ = 0;
  }
  return blocks_.back()->bytes + sizeof(BlockToken) * used_++;
}

std::unique_ptr<antlr4::Token> FastLexer::make(size_t type, size_t channel, size_t start, size_t stop, size_t line,
                                               size_t column) {
  auto* t = new (allocate()) BlockToken(std::pair<antlr4::TokenSource*, antlr4::CharStream*>{this, &input_}, type,
                                        channel, start, stop);
  t->setLine(line);
  t->setCharPositionInLine(column);
  return std::unique_ptr<antlr4::Token>(t);
}

// One past the '*/' that closes the comment opening at `start`, or 0 when none does (then '/*'
// is two tokens). Once no '*/' follows some position, none follows a later one: remembering it
// keeps a file of many unclosed '/*' linear.
size_t FastLexer::block_comment_end(size_t start) {
  if (start + 2 >= no_close_from_) return 0;
  size_t close = text_.find("*/", start + 2);
  if (close == std::string_view::npos) {
    no_close_from_ = start + 2;
    return 0;
  }
  return close + 2;
}

// The ends a bound of an INTERVAL may have when it starts at `i`: ('-' [ \t]*)? then a number,
// a date or a name. Like the generated lexer, every prefix of a run is a candidate; the caller
// keeps those that the rest of the token can follow.
void FastLexer::bound_ends(size_t i, std::vector<size_t>& out) const {
  const size_t n = text_.size();
  auto blank = [&](size_t k) { return k < n && (at(k) == ' ' || at(k) == '\t'); };
  if (i < n && at(i) == '-') {
    ++i;
    while (blank(i)) ++i;
  }
  if (i >= n) return;
  if (is_letter(at(i))) {
    for (size_t k = i + 1;; ++k) {
      out.push_back(k);
      if (!(k < n && (is_letter(at(k)) || is_digit(at(k)) || at(k) == '_'))) break;
    }
    return;
  }
  if (!is_digit(at(i))) return;
  size_t k = i + 1;
  for (;; ++k) {
    out.push_back(k);
    if (!(k < n && (is_digit(at(k)) || at(k) == '_'))) break;
  }
  if (k + 1 < n && at(k) == '.' && is_digit(at(k + 1)))
    for (size_t m = k + 2;; ++m) {
      out.push_back(m);
      if (!(m < n && (is_digit(at(m)) || at(m) == '_'))) break;
    }
  bool date = i + 10 <= n && at(i + 4) == '-' && at(i + 7) == '-';
  for (size_t d : {0, 1, 2, 3, 5, 6, 8, 9}) date = date && is_digit(at(i + d));
  if (date) out.push_back(i + 10);
}

// One past the INTERVAL token starting at `start` ('[' or '('), or 0 when none does:
// [[(] [ \t]* BOUND [ \t]* '..' [ \t]* BOUND [ \t]* [\])], the longest such match.
size_t FastLexer::interval_end(size_t start) const {
  const size_t n = text_.size();
  auto skip = [&](size_t k) {
    while (k < n && (at(k) == ' ' || at(k) == '\t')) ++k;
    return k;
  };
  size_t best = 0;
  std::vector<size_t> first, second;
  bound_ends(skip(start + 1), first);
  for (size_t e1 : first) {
    size_t j = skip(e1);
    if (!(j + 1 < n && at(j) == '.' && at(j + 1) == '.')) continue;
    second.clear();
    bound_ends(skip(j + 2), second);
    for (size_t e2 : second) {
      size_t m = skip(e2);
      if (m < n && (at(m) == ']' || at(m) == ')')) best = std::max(best, m + 1);
    }
  }
  return best;
}

void FastLexer::advance_to(size_t end) {
  for (; pos_ < end; ++pos_) {
    if (at(pos_) == '\n') ++line_, column_ = 0;
    else ++column_;
  }
}

std::unique_ptr<antlr4::Token> FastLexer::nextToken() {
  const Literals& lit = literals();
  const size_t n = text_.size();
  for (;;) {
    if (pos_ >= n) {
      // As Lexer::emitEOF: an empty interval just past the end, through the token factory.
      done_ = true;
      return antlr4::CommonTokenFactory::DEFAULT->create({this, &input_}, antlr4::Token::EOF, "",
                                                         antlr4::Token::DEFAULT_CHANNEL, pos_, pos_ - 1, line_, column_);
    }
    const size_t start = pos_, line = line_, column = column_;
    unsigned char c = at(pos_);
    size_t end = start + 1;  // one past the token's last byte
    size_t type = L::ERROR_CHAR;
    size_t channel = antlr4::Token::DEFAULT_CHANNEL;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f') {
      while (end < n && (at(end) == ' ' || at(end) == '\t' || at(end) == '\r' || at(end) == '\n' || at(end) == '\f'))
        ++end;
      advance_to(end);  // WS: skipped
      continue;
    }
    // The bytes of the name character at `i`: 1 for an ASCII letter, digit or '_', 2 for a letter
    // in UTF-8, 0 for anything else.
    auto name_char = [&](size_t i, bool first) -> size_t {
      if (is_letter(at(i)) || (!first && (is_digit(at(i)) || at(i) == '_'))) return 1;
      return i + 1 < n && is_utf8_letter(at(i), at(i + 1)) ? 2 : 0;
    };
    if (size_t width = name_char(start, true)) {
      end = start + width;
      while (end < n)
        if (size_t w = name_char(end, false)) end += w;
        else break;
      auto it = lit.words.find(text_.substr(start, end - start));
      type = it != lit.words.end() ? it->second : size_t{L::IDENT};
    } else if (is_digit(c)) {
      // DATE, DECIMAL or INT, the longest; DATE and DECIMAL never match the same text.
      size_t int_end = end;
      while (int_end < n && (is_digit(at(int_end)) || at(int_end) == '_')) ++int_end;
      end = int_end;
      type = L::INT;
      if (int_end + 1 < n && at(int_end) == '.' && is_digit(at(int_end + 1))) {
        size_t dec_end = int_end + 2;
        while (dec_end < n && (is_digit(at(dec_end)) || at(dec_end) == '_')) ++dec_end;
        end = dec_end;
        type = L::DECIMAL;
      }
      bool date = start + 10 <= n && at(start + 4) == '-' && at(start + 7) == '-';
      for (size_t k : {0, 1, 2, 3, 5, 6, 8, 9}) date = date && is_digit(at(start + k));
      if (date && start + 10 >= end) {
        end = start + 10;
        type = L::DATE;
      }
    } else if (c == '"') {
      // STRING, or UNTERMINATED_STRING up to the end of the line or file.
      size_t j = start + 1;
      type = L::UNTERMINATED_STRING;
      while (j < n) {
        unsigned char d = at(j);
        if (d == '"') {
          ++j;
          type = L::STRING;
          break;
        }
        if (d == '\\') {
          if (j + 1 >= n) break;
          j += 2;
          continue;
        }
        if (d == '\r' || d == '\n') break;
        ++j;
      }
      end = j;
    } else if (c == '[') {
      // CITATION: up to the ']' that closes it, with balanced brackets inside at any depth
      // (`[OF brackets[0].threshold]`, `[OF a[b[0]].c]`), no line break and no '..'.
      size_t j = start + 1;
      size_t depth = 0;
      for (; j < n; ++j) {
        unsigned char d = at(j);
        if (d == '\r' || d == '\n' || (d == '.' && j + 1 < n && at(j + 1) == '.')) break;
        if (d == '[') {
          ++depth;
        } else if (d == ']') {
          if (depth == 0) break;
          --depth;
        }
      }
      if (j < n && at(j) == ']') {
        end = j + 1, type = L::CITATION;
      } else {
        // UNTERMINATED_CITATION also stops at ')', so that `[15..30)` can be an interval.
        j = start + 1;
        while (j < n && at(j) != ']' && at(j) != '\r' && at(j) != '\n' && at(j) != '[' && at(j) != ')') ++j;
        end = j, type = L::UNTERMINATED_CITATION;
      }
      // The longest match wins; INTERVAL is listed first, so it wins a tie (`[1..10]`).
      if (size_t iv = interval_end(start); iv != 0 && iv >= end) end = iv, type = L::INTERVAL;
    } else if (size_t iv = c == '(' ? interval_end(start) : 0) {
      end = iv;
      type = L::INTERVAL;
    } else if (c == '#' || (c == '/' && start + 1 < n && at(start + 1) == '/')) {
      while (end < n && at(end) != '\r' && at(end) != '\n') ++end;
      type = L::LINE_COMMENT;
      channel = antlr4::Token::HIDDEN_CHANNEL;
    } else if (size_t close = c == '/' && start + 1 < n && at(start + 1) == '*' ? block_comment_end(start) : 0) {
      end = close;
      type = L::BLOCK_COMMENT;
      channel = antlr4::Token::HIDDEN_CHANNEL;
    } else if (c < 128) {
      size_t pair = 0;
      if (start + 1 < n && at(start + 1) < 128) {
        char two[2] = {static_cast<char>(c), static_cast<char>(at(start + 1))};
        if (auto it = lit.pairs.find(std::string(two, 2)); it != lit.pairs.end()) pair = it->second;
      }
      if (pair) end = start + 2, type = pair;
      else if (lit.single[c]) type = lit.single[c];
    }
    advance_to(end);
    return make(type, channel, start, end - 1, line, column);
  }
}

std::string token_dump(std::string_view text, bool generated_lexer) {
  ByteStream input(text, generated_lexer);
  std::unique_ptr<antlr4::TokenSource> source;
  if (generated_lexer) {
    auto lexer = std::make_unique<L>(&input);
    lexer->removeErrorListeners();
    source = std::move(lexer);
  } else {
    source = std::make_unique<FastLexer>(input);
  }
  std::string out;
  for (;;) {
    std::unique_ptr<antlr4::Token> t = source->nextToken();
    out += fmt::format("{} {} {} {} {}:{} {}\n", static_cast<long>(t->getType()), t->getChannel(),
                       static_cast<long>(t->getStartIndex()), static_cast<long>(t->getStopIndex()), t->getLine(),
                       t->getCharPositionInLine(), t->getText());
    if (t->getType() == antlr4::Token::EOF) break;
  }
  return out;
}

}  // namespace redline::syntax
