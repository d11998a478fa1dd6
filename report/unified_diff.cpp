#include "report/unified_diff.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include <fmt/format.h>

namespace redline::report {

namespace {

std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
    out.push_back(text.substr(start, end - start));
    start = end;
  }
  return out;
}

enum class Edit : uint8_t { Keep, Remove, Add };

// Myers' O((N+M)D) shortest edit script: formatting changes few lines of a file that may be
// long, so the cost follows the changes, not the file's length squared. The trace keeps, for
// each d, only the diagonals -d..d it reached (O(D^2) memory); past kMaxEdits edits the script
// is every old line removed, then every new line added: still a correct diff, only not the
// shortest.
constexpr int64_t kMaxEdits = 4096;

std::vector<Edit> edit_script(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  const int64_t n = static_cast<int64_t>(a.size()), m = static_cast<int64_t>(b.size()), max = n + m;
  std::vector<int64_t> v(static_cast<size_t>(2 * max + 3), 0);
  const auto at = [&](int64_t k) -> int64_t& { return v[static_cast<size_t>(k + max + 1)]; };
  std::vector<std::vector<int64_t>> trace;  // trace[d][k + d]: the furthest x on diagonal k before step d
  int64_t found = -1;
  for (int64_t d = 0; d <= std::min(max, kMaxEdits) && found < 0; ++d) {
    std::vector<int64_t>& saved = trace.emplace_back(static_cast<size_t>(2 * d + 1));
    for (int64_t k = -d; k <= d; ++k) saved[static_cast<size_t>(k + d)] = at(k);
    for (int64_t k = -d; k <= d; k += 2) {
      int64_t x = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? at(k + 1) : at(k - 1) + 1;
      int64_t y = x - k;
      while (x < n && y < m && a[static_cast<size_t>(x)] == b[static_cast<size_t>(y)]) ++x, ++y;
      at(k) = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  std::vector<Edit> script;
  if (found < 0) {
    script.assign(static_cast<size_t>(n), Edit::Remove);
    script.insert(script.end(), static_cast<size_t>(m), Edit::Add);
    return script;
  }
  int64_t x = n, y = m;
  for (int64_t d = found; d > 0; --d) {
    const std::vector<int64_t>& pv = trace[static_cast<size_t>(d)];
    const auto prev_at = [&](int64_t k) { return pv[static_cast<size_t>(k + d)]; };
    const int64_t k = x - y;
    const int64_t prev_k = (k == -d || (k != d && prev_at(k - 1) < prev_at(k + 1))) ? k + 1 : k - 1;
    const int64_t prev_x = prev_at(prev_k), prev_y = prev_x - prev_k;
    while (x > prev_x && y > prev_y) script.push_back(Edit::Keep), --x, --y;
    script.push_back(x == prev_x ? Edit::Add : Edit::Remove);
    x = prev_x;
    y = prev_y;
  }
  while (x > 0 && y > 0) script.push_back(Edit::Keep), --x, --y;
  std::reverse(script.begin(), script.end());
  return script;
}

void append_line(std::string& out, char mark, std::string_view line) {
  out += mark;
  out += line;
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

std::string range(size_t start, size_t count) {
  // diff's convention: an empty range names the line before it.
  if (count == 0) return fmt::format("{},0", start);
  if (count == 1) return fmt::format("{}", start + 1);
  return fmt::format("{},{}", start + 1, count);
}

}  // namespace

std::string unified_diff(std::string_view before, std::string_view after, const std::string& path, int context) {
  if (before == after) return "";
  const auto a = lines_of(before), b = lines_of(after);
  const std::vector<Edit> script = edit_script(a, b);
  std::string out = fmt::format("--- a/{}\n+++ b/{}\n", path, path);
  const size_t ctx = static_cast<size_t>(std::max(context, 0));
  size_t i = 0;
  while (i < script.size()) {
    if (script[i] == Edit::Keep) {
      ++i;
      continue;
    }
    // A hunk: from `ctx` kept lines before this change to `ctx` after the last change that is
    // within 2*ctx kept lines of the next.
    size_t start = i >= ctx ? i - ctx : 0;
    size_t end = i;
    for (size_t keep_run = 0; end < script.size(); ++end) {
      if (script[end] == Edit::Keep) {
        if (++keep_run > 2 * ctx) break;
      } else {
        keep_run = 0;
      }
    }
    while (end > i && script[end - 1] == Edit::Keep) --end;
    end = std::min(script.size(), end + ctx);
    size_t ai = 0, bi = 0;  // lines of a and b before `start`
    for (size_t k = 0; k < start; ++k) {
      if (script[k] != Edit::Add) ++ai;
      if (script[k] != Edit::Remove) ++bi;
    }
    size_t an = 0, bn = 0;
    for (size_t k = start; k < end; ++k) {
      if (script[k] != Edit::Add) ++an;
      if (script[k] != Edit::Remove) ++bn;
    }
    out += fmt::format("@@ -{} +{} @@\n", range(ai, an), range(bi, bn));
    for (size_t k = start; k < end; ++k) {
      if (script[k] == Edit::Keep) append_line(out, ' ', a[ai++]), ++bi;
      else if (script[k] == Edit::Remove) append_line(out, '-', a[ai++]);
      else append_line(out, '+', b[bi++]);
    }
    i = end;
  }
  return out;
}

}  // namespace redline::report
