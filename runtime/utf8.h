// UTF-8 checks shared by the readers (which reject invalid input) and the writers (which
// must never emit invalid JSON, whatever a computed text holds).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace redline::runtime {

// The length of the well-formed UTF-8 sequence starting at s[pos] (1 to 4), or 0 when the
// bytes there are not one (overlong forms, surrogates and code points above U+10FFFF count
// as invalid).
size_t utf8_sequence_length(std::string_view s, size_t pos);

// The offset of the first byte that is not part of well-formed UTF-8, or npos.
size_t find_invalid_utf8(std::string_view s);
inline bool is_valid_utf8(std::string_view s) { return find_invalid_utf8(s) == std::string_view::npos; }

// Appends code point `cp` (at most U+10FFFF, not a surrogate) encoded as UTF-8.
void append_utf8(std::string& out, char32_t cp);

}  // namespace redline::runtime
