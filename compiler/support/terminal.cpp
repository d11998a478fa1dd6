// Terminal escaping and display widths; the character widths are utf8proc's (Unicode's East
// Asian Width and general categories), not a table of our own.
#include "support/terminal.h"

#include <unistd.h>
#include <utf8proc.h>

#include <cstdlib>
#include <cstring>

namespace redline::support {

namespace {

constexpr char kHex[] = "0123456789abcdef";

// True for the bytes that need no look: printable ASCII other than the backslash.
bool plain_ascii(unsigned char c) { return c >= 0x20 && c < 0x7f && c != '\\'; }

// The code point of the well-formed UTF-8 sequence at text[pos] and its length, or a length
// of 0 when the bytes there are not one (overlong forms, surrogates, above U+10FFFF).
size_t decode(std::string_view text, size_t pos, utf8proc_int32_t& cp) {
  const utf8proc_ssize_t length =
      utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                       static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
  return length > 0 ? static_cast<size_t>(length) : 0;
}

bool shown_as_code_point(utf8proc_int32_t cp) {
  return (cp >= 0x80 && cp <= 0x9f) || cp == 0x061c || cp == 0x200e || cp == 0x200f ||
         (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2028 || cp == 0x2029;
}

void append_hex_byte(std::string& out, unsigned char c) {
  out += "\\x";
  out.push_back(kHex[c >> 4]);
  out.push_back(kHex[c & 0xf]);
}

}  // namespace

void append_escaped_for_terminal(std::string& out, std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    // Runs of plain ASCII are copied whole: nearly all data is.
    size_t run = pos;
    while (run < text.size() && plain_ascii(static_cast<unsigned char>(text[run]))) ++run;
    out.append(text.substr(pos, run - pos));
    pos = run;
    if (pos == text.size()) break;
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {
      switch (c) {
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: append_hex_byte(out, c);  // the other C0 controls and DEL
      }
      ++pos;
      continue;
    }
    utf8proc_int32_t cp = 0;
    const size_t length = decode(text, pos, cp);
    if (length == 0) {
      append_hex_byte(out, c);
      ++pos;
    } else if (shown_as_code_point(cp)) {
      out += "\\u{";
      bool digits = false;
      for (int shift = 20; shift >= 0; shift -= 4) {
        const unsigned nibble = (static_cast<unsigned>(cp) >> shift) & 0xf;
        if (nibble != 0 || digits || shift == 0) {
          out.push_back(kHex[nibble]);
          digits = true;
        }
      }
      out.push_back('}');
      pos += length;
    } else {
      out.append(text.substr(pos, length));
      pos += length;
    }
  }
}

std::string escape_for_terminal(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_escaped_for_terminal(out, text);
  return out;
}

size_t display_width(std::string_view text) {
  size_t width = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {
      width += c >= 0x20 && c < 0x7f ? 1 : 0;
      ++pos;
      continue;
    }
    utf8proc_int32_t cp = 0;
    const size_t length = decode(text, pos, cp);
    if (length == 0) {
      ++width;
      ++pos;
      continue;
    }
    width += static_cast<size_t>(utf8proc_charwidth(cp));
    pos += length;
  }
  return width;
}

bool terminal_is_dumb() {
  const char* term = std::getenv("TERM");
  return term && std::strcmp(term, "dumb") == 0;
}

bool use_color(ColorMode mode, int fd) {
  switch (mode) {
    case ColorMode::Always: return true;
    case ColorMode::Never: return false;
    case ColorMode::Auto: break;
  }
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  return !terminal_is_dumb() && ::isatty(fd) == 1;
}

}  // namespace redline::support
