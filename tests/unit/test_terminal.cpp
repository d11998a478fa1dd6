// The one terminal escaping (support/terminal.h) and display widths.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

#include "support/terminal.h"

using namespace redline;
using redline::support::display_width;
using redline::support::escape_for_terminal;

TEST_CASE("terminal: printable text, wide and combining characters included, is kept as it is") {
  CHECK(escape_for_terminal("") == "");
  CHECK(escape_for_terminal("Plain Co, 12.5 (a/b)") == "Plain Co, 12.5 (a/b)");
  CHECK(escape_for_terminal("東京電力") == "東京電力");
  CHECK(escape_for_terminal("Cafe\xCC\x81") == "Cafe\xCC\x81");        // e + U+0301
  CHECK(escape_for_terminal("\xF0\x9F\x98\x80 ok") == "\xF0\x9F\x98\x80 ok");  // U+1F600
  CHECK(escape_for_terminal("\xC2\xA0nbsp") == "\xC2\xA0nbsp");  // U+00A0, just after the C1 block
}

TEST_CASE("terminal: control characters, escape sequences and a backslash are written out") {
  CHECK(escape_for_terminal("a\nb") == "a\\nb");
  CHECK(escape_for_terminal("a\r\n") == "a\\r\\n");
  CHECK(escape_for_terminal("a\tb") == "a\\tb");
  CHECK(escape_for_terminal("\x1b[31mRED\x1b[0m") == "\\x1b[31mRED\\x1b[0m");
  CHECK(escape_for_terminal(std::string("a\0b", 3)) == "a\\x00b");
  CHECK(escape_for_terminal("\x07\x08\x0b\x0c\x1f\x7f") == "\\x07\\x08\\x0b\\x0c\\x1f\\x7f");
  CHECK(escape_for_terminal("back\\slash") == "back\\\\slash");
  // A text holding a backslash and an n reads differently from one holding a line break.
  CHECK(escape_for_terminal("a\\nb") != escape_for_terminal("a\nb"));
}

TEST_CASE("terminal: C1 controls, bidirectional controls and line separators show as code points") {
  CHECK(escape_for_terminal("\xC2\x9B" "31m") == "\\u{9b}31m");  // U+009B, the one-byte CSI
  CHECK(escape_for_terminal("\xC2\x80\xC2\x9F") == "\\u{80}\\u{9f}");
  CHECK(escape_for_terminal("a\xE2\x80\xAE" "cba") == "a\\u{202e}cba");  // RIGHT-TO-LEFT OVERRIDE
  CHECK(escape_for_terminal("\xE2\x81\xA6x\xE2\x81\xA9") == "\\u{2066}x\\u{2069}");
  CHECK(escape_for_terminal("\xE2\x80\xA8") == "\\u{2028}");
  CHECK(escape_for_terminal("\xD8\x9C") == "\\u{61c}");
}

TEST_CASE("terminal: bytes that are not well-formed UTF-8 show one by one") {
  CHECK(escape_for_terminal("caf\xE9") == "caf\\xe9");                 // Latin-1
  CHECK(escape_for_terminal("\xC0\xAF") == "\\xc0\\xaf");              // overlong '/'
  CHECK(escape_for_terminal("\xED\xA0\x80") == "\\xed\\xa0\\x80");     // a surrogate
  CHECK(escape_for_terminal("\xE6\x9D") == "\\xe6\\x9d");              // cut short
  CHECK(escape_for_terminal("\xF4\x90\x80\x80") == "\\xf4\\x90\\x80\\x80");  // above U+10FFFF
  CHECK(escape_for_terminal("\xFF" "ok") == "\\xffok");
}

TEST_CASE("terminal: the escaped text is one line of printable characters") {
  std::string all;
  for (int c = 0; c < 256; ++c) all.push_back(static_cast<char>(c));
  const std::string shown = escape_for_terminal(all);
  for (char c : shown) {
    const unsigned char u = static_cast<unsigned char>(c);
    CHECK((u >= 0x20 && u < 0x7f));
  }
}

TEST_CASE("terminal: display widths count terminal columns") {
  CHECK(display_width("") == 0);
  CHECK(display_width("abc") == 3);
  CHECK(display_width("東京電力") == 8);                 // East Asian wide: 2 each
  CHECK(display_width("\xEF\xBC\xA1") == 2);             // U+FF21 FULLWIDTH A
  CHECK(display_width("Cafe\xCC\x81") == 4);             // the combining accent takes none
  CHECK(display_width("e\xE2\x80\x8B" "e") == 2);        // U+200B ZERO WIDTH SPACE
  CHECK(display_width("\xC3\xA9") == 1);                 // precomposed é
  CHECK(display_width(escape_for_terminal("a\x1b[1m")) == 8);  // a\x1b[1m
  CHECK(display_width("\xFF") == 1);
}

// use_color reads NO_COLOR and TERM: each case sets them and puts back what the process had.
namespace {
class EnvScope {
 public:
  explicit EnvScope(const char* name) : name_(name) {
    const char* value = std::getenv(name);
    had_ = value != nullptr;
    if (had_) value_ = value;
  }
  ~EnvScope() {
    if (had_)
      ::setenv(name_, value_.c_str(), 1);
    else
      ::unsetenv(name_);
  }
  EnvScope(const EnvScope&) = delete;
  EnvScope& operator=(const EnvScope&) = delete;

 private:
  const char* name_;
  bool had_ = false;
  std::string value_;
};
}  // namespace

TEST_CASE("terminal: colour is never used on a pipe in auto mode; always and never override everything") {
  using redline::support::ColorMode;
  using redline::support::use_color;
  EnvScope no_color("NO_COLOR"), term("TERM");
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  ::unsetenv("NO_COLOR");
  ::setenv("TERM", "xterm-256color", 1);
  CHECK_FALSE(use_color(ColorMode::Auto, fds[1]));  // everything else allows it: the pipe decides
  CHECK(use_color(ColorMode::Always, fds[1]));
  CHECK_FALSE(use_color(ColorMode::Never, fds[1]));
  // The environment does not change the explicit modes.
  ::setenv("NO_COLOR", "1", 1);
  ::setenv("TERM", "dumb", 1);
  CHECK(use_color(ColorMode::Always, fds[1]));
  CHECK_FALSE(use_color(ColorMode::Never, fds[1]));
  ::close(fds[0]);
  ::close(fds[1]);
}

TEST_CASE("terminal: on a terminal, auto colours unless NO_COLOR is non-empty or TERM is dumb") {
  using redline::support::ColorMode;
  using redline::support::use_color;
  // A pseudo-terminal stands in for one; a sandbox without /dev/ptmx cannot run this case.
  int master = ::posix_openpt(O_RDWR | O_NOCTTY);
  if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0) {
    if (master >= 0) ::close(master);
    MESSAGE("no pseudo-terminal here; the auto mode on a terminal is not tested");
    return;
  }
  int tty = ::open(::ptsname(master), O_RDWR | O_NOCTTY);
  REQUIRE(tty >= 0);
  REQUIRE(::isatty(tty) == 1);
  EnvScope no_color("NO_COLOR"), term("TERM");
  ::unsetenv("NO_COLOR");
  ::setenv("TERM", "xterm", 1);
  CHECK(use_color(ColorMode::Auto, tty));
  ::setenv("NO_COLOR", "", 1);  // empty: not set, per no-color.org
  CHECK(use_color(ColorMode::Auto, tty));
  ::setenv("NO_COLOR", "1", 1);
  CHECK_FALSE(use_color(ColorMode::Auto, tty));
  CHECK(use_color(ColorMode::Always, tty));
  ::unsetenv("NO_COLOR");
  ::setenv("TERM", "dumb", 1);
  CHECK_FALSE(use_color(ColorMode::Auto, tty));
  CHECK(redline::support::terminal_is_dumb());
  ::unsetenv("TERM");  // no TERM at all is not a dumb terminal
  CHECK(use_color(ColorMode::Auto, tty));
  CHECK_FALSE(use_color(ColorMode::Never, tty));
  ::close(tty);
  ::close(master);
}
