// A progress line on standard error for long work: "redline: explaining 400,000 changes... 45%",
// updated in place, shown only when stderr is a terminal that can redraw a line (not TERM=dumb)
// and the work has taken more than ~2 s, and cleared when done. Never in tests or pipelines (no
// terminal).
#pragma once

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <string>

#include "support/terminal.h"

namespace redline::runtime {

class Progress {
 public:
  // `label`: "explaining 400,000 changes"; empty for none.
  Progress(std::string label, size_t total)
      : label_(std::move(label)), total_(total), start_(std::chrono::steady_clock::now()),
        enabled_(!label_.empty() && total_ > 0 && ::isatty(STDERR_FILENO) && !support::terminal_is_dumb()) {}
  ~Progress() { clear(); }
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void update(size_t done) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - start_ < std::chrono::seconds(2)) return;
    if (shown_ && now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    shown_ = true;
    std::fprintf(stderr, "\rredline: %s... %zu%%", label_.c_str(), total_ ? done * 100 / total_ : 100);
    std::fflush(stderr);
  }

  void clear() {
    if (!shown_) return;
    shown_ = false;
    std::fprintf(stderr, "\r%*s\r", static_cast<int>(label_.size() + 20), "");
    std::fflush(stderr);
  }

 private:
  std::string label_;
  size_t total_;
  std::chrono::steady_clock::time_point start_, last_;
  bool enabled_;
  bool shown_ = false;
};

}  // namespace redline::runtime
