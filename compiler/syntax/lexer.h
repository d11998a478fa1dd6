// Internal to compiler/syntax: the byte input stream and redline's own lexer.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "antlr4-runtime.h"

namespace redline::syntax {

// The lexer reads one byte per position, so that token positions are byte offsets, like every
// location in redline (ANTLR's own stream decodes to code points and would count characters).
// Non-ASCII text only ever stands inside strings, citations and comments, whose rules take any
// character but their delimiters, so bytes lex as characters would. Token texts are the
// original UTF-8. A byte order mark at the start reads as blanks.
//
// Only the generated lexer reads characters through the stream; with `for_generated_lexer` false
// (FastLexer, which reads `bytes()`), the stream serves token texts only and skips decoding.
class ByteStream : public antlr4::ANTLRInputStream {
 public:
  explicit ByteStream(std::string_view text, bool for_generated_lexer = true);
  std::string getText(const antlr4::misc::Interval& interval) override;
  size_t size() override { return bytes_.size(); }
  std::string toString() const override { return std::string(bytes_); }
  std::string_view bytes() const { return bytes_; }

 private:
  std::string_view bytes_;
};

// The tokens of Redline.g4's lexer rules, exactly as the generated RedlineLexer makes them (type,
// channel, start, stop, line, column; comments on the hidden channel, blanks skipped), but
// written by hand: the generated lexer walks its ATN's DFA one character at a time, taking a
// global lock for each step, and allocates each token on its own, so it took a third of the
// parse of a large policy. Tokens are allocated in blocks owned by the lexer, which must
// therefore outlive every token stream and parse tree that uses them. The unit tests compare
// its tokens with the generated lexer's on every test file and on mutations of them.
class FastLexer : public antlr4::TokenSource {
 public:
  explicit FastLexer(ByteStream& input);
  ~FastLexer() override;

  std::unique_ptr<antlr4::Token> nextToken() override;
  size_t getLine() const override { return line_; }
  size_t getCharPositionInLine() override { return column_; }
  antlr4::CharStream* getInputStream() override { return &input_; }
  std::string getSourceName() override { return input_.getSourceName(); }
  antlr4::TokenFactory<antlr4::CommonToken>* getTokenFactory() override;

  struct Block;

 private:
  ByteStream& input_;
  std::string_view text_;
  size_t pos_ = 0;
  size_t line_ = 1;
  size_t column_ = 0;
  bool bom_ = false;
  bool done_ = false;
  std::vector<std::unique_ptr<Block>> blocks_;
  size_t used_ = 0;  // tokens used in the last block
  size_t no_close_from_ = SIZE_MAX;  // no '*/' at or after this offset

  unsigned char at(size_t i) const { return bom_ && i < 3 ? ' ' : static_cast<unsigned char>(text_[i]); }
  void advance_to(size_t end);
  size_t block_comment_end(size_t start);
  void bound_ends(size_t i, std::vector<size_t>& out) const;
  size_t interval_end(size_t start) const;
  void* allocate();
  std::unique_ptr<antlr4::Token> make(size_t type, size_t channel, size_t start, size_t stop, size_t line,
                                      size_t column);
};

// For tests: every token of `text`, one per line (type, channel, offsets, line:column, text), as
// redline's lexer makes them or, with `generated_lexer`, as ANTLR's generated lexer does.
std::string token_dump(std::string_view text, bool generated_lexer);

}  // namespace redline::syntax
