// The one escaping of text for a terminal, and the width of text on one.
//
// Everything that prints data (keys, text values, reasons, names read from a file) to a
// terminal passes it through escape_for_terminal: a value can hold a line break, which would
// start a new row of a table, or an escape sequence, which a terminal would obey.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace redline::support {

// `text` with every character a terminal would act on or not show written out, so that the
// result is one line of printable characters and the original can be read back from it:
//   \n \r \t             line feed, carriage return, tab
//   \xNN                 any other C0 control (U+0000..U+001F, ESC is \x1b) and DEL (\x7f);
//                        also each byte that is not part of well-formed UTF-8 (\x80..\xff)
//   \u{NN..}             C1 controls (U+0080..U+009F), the bidirectional controls (U+061C,
//                        U+200E, U+200F, U+202A..U+202E, U+2066..U+2069) and the line and
//                        paragraph separators (U+2028, U+2029)
//   \\                   a backslash, so that a text holding "\n" itself reads differently
//                        from one holding a line break
// Every other character, wide and combining ones included, is kept as it is. Hex digits are
// lowercase.
std::string escape_for_terminal(std::string_view text);
void append_escaped_for_terminal(std::string& out, std::string_view text);

// The number of terminal columns `text` takes: 2 for an East Asian wide or fullwidth
// character, 0 for a combining mark or another zero-width character, 1 for the others (and
// for each byte that is not well-formed UTF-8). Meant for text escape_for_terminal returned:
// control characters count 0.
size_t display_width(std::string_view text);

// Whether to colour what is written to a file descriptor: the one rule for every coloured output.
//   Always: yes; Never: no;
//   Auto: only when `fd` is a terminal, NO_COLOR is unset or empty (no-color.org: it counts
//         only when it holds something) and TERM is not "dumb" (a terminal that cannot show
//         escape sequences, e.g. Emacs' shell buffer).
enum class ColorMode { Auto, Always, Never };
bool use_color(ColorMode mode, int fd);
// TERM=dumb: the terminal shows text as it comes, so no colour and no line redrawn in place.
bool terminal_is_dumb();

}  // namespace redline::support
