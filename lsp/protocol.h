// The wire format of the Language Server Protocol: JSON-RPC messages framed by a
// `Content-Length` header, and positions as the protocol counts them (0-based lines, UTF-16
// code units within a line), while the compiler counts byte offsets into UTF-8 text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <istream>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace redline::lsp {

// A message body larger than this is read and discarded (an error is reported instead): no
// editor sends a document of that size, and holding it would only risk running out of memory.
inline constexpr size_t kMaxMessageBytes = size_t{256} << 20;

struct ReadResult {
  enum class Status : uint8_t { Message, End, BadHeader, TooLarge } status = Status::End;
  std::string body;  // Message: the JSON text; BadHeader / TooLarge: what was wrong
};

// Reads one framed message. `End` at the end of the stream (also a stream that ends inside a
// message). A header without a usable Content-Length is `BadHeader`; reading resumes after it.
ReadResult read_message(std::istream& in, size_t max_bytes = kMaxMessageBytes);
void write_message(std::ostream& out, std::string_view body);

struct Position {
  uint32_t line = 0;       // 0-based
  uint32_t character = 0;  // UTF-16 code units from the start of the line
  bool operator==(const Position&) const = default;
};

// Converts between byte offsets and protocol positions in one text. Invalid UTF-8 counts one
// code unit per byte, as a decoder that replaces each bad byte with U+FFFD would.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  Position position(size_t offset) const;  // offsets past the end are clamped
  // A position past the end of its line is the line's end; a line past the last is the end of
  // the text; a position inside a surrogate pair is the start of its character.
  size_t offset(Position p) const;
  uint32_t line_count() const { return static_cast<uint32_t>(starts_.size()); }

 private:
  std::string_view text_;
  std::vector<size_t> starts_;
  // Every kCheckpointBytes or so, a character boundary and its column in UTF-16 units, so
  // that a position on a very long line (a minified or generated file) is not counted from
  // the line's start each time: converting every token of a 10 MB line stays linear.
  static constexpr size_t kCheckpointBytes = 1024;
  std::vector<std::pair<size_t, uint32_t>> checkpoints_;
};

// Whether JSON text nests arrays and objects deeper than `max_depth` (brackets inside strings
// do not count). nlohmann's parser recurses per level: a message of nested brackets must be
// refused before it is parsed, or it exhausts the stack. Used by the studio's API too.
bool json_nested_deeper_than(std::string_view text, size_t max_depth);

// The length of a UTF-8 sequence starting with `lead` (1 for a byte that cannot start one).
size_t utf8_length(unsigned char lead);

// file:// URIs and paths, with percent-encoding.
std::string uri_to_path(std::string_view uri);
std::string path_to_uri(std::string_view path);

}  // namespace redline::lsp
