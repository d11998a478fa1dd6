#include "lsp/protocol.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace redline::lsp {

namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::string trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return std::string(s);
}

// A well-formed sequence's length, or 1 for a byte that does not start one (so that each bad
// byte is one replacement character).
size_t sequence_at(std::string_view text, size_t i) {
  size_t n = utf8_length(static_cast<unsigned char>(text[i]));
  if (n == 1 || i + n > text.size()) return 1;
  for (size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 1;
  return n;
}

}  // namespace

ReadResult read_message(std::istream& in, size_t max_bytes) {
  ReadResult result;
  std::optional<size_t> length;
  bool bad = false, any_header = false;
  std::string line;
  for (;;) {
    if (!std::getline(in, line)) return result;  // End
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (!any_header) continue;  // stray blank lines between messages
      break;
    }
    any_header = true;
    size_t colon = line.find(':');
    if (colon == std::string::npos) {
      bad = true;
      continue;
    }
    if (lower(trim(std::string_view(line).substr(0, colon))) != "content-length") continue;
    std::string value = trim(std::string_view(line).substr(colon + 1));
    size_t n = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec != std::errc() || end != value.data() + value.size() || value.empty()) bad = true;
    else length = n;
  }
  if (!length) {
    result.status = ReadResult::Status::BadHeader;
    result.body = bad ? "a header line is malformed" : "the message has no Content-Length header";
    return result;
  }
  if (*length > max_bytes) {
    // Skip the body a block at a time, never holding it.
    char buffer[65536];
    size_t left = *length;
    while (left > 0 && in) {
      in.read(buffer, static_cast<std::streamsize>(std::min(left, sizeof buffer)));
      left -= static_cast<size_t>(in.gcount());
      if (in.gcount() == 0) break;
    }
    if (left > 0) return ReadResult{};  // End
    result.status = ReadResult::Status::TooLarge;
    result.body = "the message is larger than the server accepts (" + std::to_string(*length) + " bytes)";
    return result;
  }
  result.body.resize(*length);
  in.read(result.body.data(), static_cast<std::streamsize>(*length));
  if (static_cast<size_t>(in.gcount()) != *length) return ReadResult{};  // End
  result.status = ReadResult::Status::Message;
  return result;
}

void write_message(std::ostream& out, std::string_view body) {
  out << "Content-Length: " << body.size() << "\r\n\r\n" << body;
  out.flush();
}

size_t utf8_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0 && lead >= 0xC2) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0 && lead <= 0xF4) return 4;
  return 1;
}

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  uint32_t units = 0;
  size_t next_checkpoint = kCheckpointBytes;
  for (size_t i = 0; i < text.size();) {
    if (i >= next_checkpoint) {
      checkpoints_.emplace_back(i, units);
      next_checkpoint = i + kCheckpointBytes;
    }
    if (text[i] == '\n') {
      starts_.push_back(i + 1);
      units = 0;
      ++i;
      continue;
    }
    size_t n = sequence_at(text, i);
    units += n == 4 ? 2 : 1;
    i += n;
  }
}

Position LineIndex::position(size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  size_t line = static_cast<size_t>(it - starts_.begin()) - 1;
  uint32_t units = 0;
  size_t from = starts_[line];
  auto cp = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), std::make_pair(offset, UINT32_MAX));
  if (cp != checkpoints_.begin() && std::prev(cp)->first >= from) {
    from = std::prev(cp)->first;
    units = std::prev(cp)->second;
  }
  for (size_t i = from; i < offset;) {
    size_t n = sequence_at(text_, i);
    if (i + n > offset) break;  // an offset inside a character: the character's start
    units += n == 4 ? 2 : 1;
    i += n;
  }
  return {static_cast<uint32_t>(line), units};
}

size_t LineIndex::offset(Position p) const {
  if (p.line >= starts_.size()) return text_.size();
  size_t i = starts_[p.line];
  size_t end = p.line + 1 < starts_.size() ? starts_[p.line + 1] - 1 : text_.size();
  if (end > i && text_[end - 1] == '\r') --end;
  uint32_t units = 0;
  while (i < end) {
    size_t n = sequence_at(text_, i);
    uint32_t width = n == 4 ? 2 : 1;
    if (units + width > p.character) break;
    units += width;
    i += n;
  }
  return i;
}

std::string uri_to_path(std::string_view uri) {
  if (uri.substr(0, 7) != "file://") return std::string(uri);
  uri.remove_prefix(7);
  // file://host/path: only the local host is meaningful here.
  if (!uri.empty() && uri.front() != '/') {
    size_t slash = uri.find('/');
    uri = slash == std::string_view::npos ? std::string_view{} : uri.substr(slash);
  }
  std::string out;
  for (size_t i = 0; i < uri.size(); ++i) {
    if (uri[i] == '%' && i + 2 < uri.size() &&
        std::isxdigit(static_cast<unsigned char>(uri[i + 1])) && std::isxdigit(static_cast<unsigned char>(uri[i + 2]))) {
      out += static_cast<char>(std::stoi(std::string(uri.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += uri[i];
    }
  }
  return out;
}

std::string path_to_uri(std::string_view path) {
  static const char* hex = "0123456789ABCDEF";
  std::string out = "file://";
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

bool json_nested_deeper_than(std::string_view text, size_t max_depth) {
  size_t depth = 0;
  bool in_string = false, escaped = false;
  for (char c : text) {
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) return true;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return false;
}

}  // namespace redline::lsp
