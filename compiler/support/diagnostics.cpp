// Diagnostics engine and the renderer: "file:line:col: error: message", the source line,
// a caret under the fault, then notes.
#include "support/diagnostics.h"
#include "support/suggest.h"

#include <algorithm>
#include <numeric>

#include <fmt/format.h>

namespace redline::support {

namespace {
struct DiagInfo {
  Severity severity;
  std::string_view name;
};
constexpr DiagInfo kDiagTable[] = {
#define DIAG(id, severity, name) {Severity::severity, name},
#include "support/diagnostics.def"
#undef DIAG
};

// Characters in UTF-8 text: every byte but the continuation bytes of a multi-byte sequence.
uint32_t display_width(std::string_view text) {
  uint32_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Source lines longer than this are shown in part: from a little before the caret.
constexpr size_t kMaxShownLine = 200;
constexpr size_t kShownBeforeCaret = 80;

// Tabs are expanded so the caret lines up whatever the terminal's tab width, and a byte that
// is not part of a UTF-8 sequence, or a control character (a NUL), shows as '?' (one byte for
// one, so columns stay put).
std::string expand_tabs(std::string_view line) {
  std::string out;
  for (size_t i = 0; i < line.size();) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    size_t n = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    bool whole = n > 0 && i + n <= line.size();
    for (size_t k = 1; whole && k < n; ++k) whole = (static_cast<unsigned char>(line[i + k]) & 0xC0) == 0x80;
    if (!whole || (c < 0x20 && c != '\t') || c == 0x7F) {
      out += '?';
      ++i;
    } else if (c == '\t') {
      out += ' ';
      ++i;
    } else {
      out.append(line.substr(i, n));
      i += n;
    }
  }
  return out;
}
}  // namespace

Severity default_severity(Diag id) { return kDiagTable[static_cast<size_t>(id)].severity; }
std::string_view diag_name(Diag id) { return kDiagTable[static_cast<size_t>(id)].name; }

std::string_view severity_name(Severity s) {
  switch (s) {
    case Severity::Note: return "note";
    case Severity::Remark: return "remark";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "error";
}

Diagnostic& DiagnosticEngine::report(Diag id, Location loc, std::string message, uint32_t length) {
  Severity sev = default_severity(id);
  if (sev == Severity::Warning && warnings_as_errors_) sev = Severity::Error;
  // The same message at the same place again (the parser's recovery can meet one bad token twice)
  // is reported once.
  for (auto it = diags_.rbegin(); it != diags_.rend() && it - diags_.rbegin() < 4; ++it)
    if (it->id == id && it->loc.file == loc.file && it->loc.offset == loc.offset && it->message == message) return *it;
  diags_.push_back(Diagnostic{id, sev, loc, std::max<uint32_t>(length, 1), std::move(message), {}});
  return diags_.back();
}

size_t DiagnosticEngine::error_count() const {
  return std::count_if(diags_.begin(), diags_.end(), [](const Diagnostic& d) { return d.severity == Severity::Error; });
}
size_t DiagnosticEngine::warning_count() const {
  return std::count_if(diags_.begin(), diags_.end(), [](const Diagnostic& d) { return d.severity == Severity::Warning; });
}
size_t DiagnosticEngine::remark_count() const {
  return std::count_if(diags_.begin(), diags_.end(), [](const Diagnostic& d) { return d.severity == Severity::Remark; });
}

static std::string render_location_block(const SourceManager& sources, Location loc, uint32_t length,
                                          std::string_view head, bool color) {
  std::string out;
  const char* bold = color ? "\x1b[1m" : "";
  const char* reset = color ? "\x1b[0m" : "";
  const char* green = color ? "\x1b[1;32m" : "";
  if (!loc.valid() || loc.file >= sources.size()) {
    out += fmt::format("{}{}{}\n", bold, head, reset);
    return out;
  }
  const SourceFile& f = sources.file(loc.file);
  LineColumn lc = f.line_column(loc.offset);
  out += fmt::format("{}{}:{}:{}: {}{}\n", bold, f.path(), lc.line, lc.column, head, reset);
  std::string_view text = f.line_text(lc.line);
  uint32_t col = std::min<uint32_t>(lc.column - 1, static_cast<uint32_t>(text.size()));
  // A long line (generated or minified policy) is shown as a window around the caret, so that
  // every diagnostic stays a few lines long, however long the line.
  std::string before, after;
  if (text.size() > kMaxShownLine) {
    auto is_continuation = [&](size_t i) { return i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80; };
    size_t start = col > kShownBeforeCaret ? col - kShownBeforeCaret : 0;
    while (start > 0 && is_continuation(start)) --start;
    size_t end = std::min(text.size(), start + kMaxShownLine);
    while (is_continuation(end)) ++end;
    if (start > 0) before = "...";
    if (end < text.size()) after = "...";
    text = text.substr(start, end - start);
    col -= static_cast<uint32_t>(start);
  }
  std::string line = before + expand_tabs(text) + after;
  std::string gutter = std::to_string(lc.line);
  out += fmt::format(" {} | {}\n", gutter, line);
  uint32_t len = std::max<uint32_t>(1, std::min<uint32_t>(length, static_cast<uint32_t>(text.size()) - col));
  if (col >= text.size()) len = 1;
  // Columns are bytes; the caret moves by characters, so text like "café" does not shift it.
  uint32_t indent = display_width(before) + display_width(text.substr(0, col));
  uint32_t width = col >= text.size() ? 1 : std::max<uint32_t>(1, display_width(text.substr(col, len)));
  out += fmt::format(" {} | {}{}^{}{}\n", std::string(gutter.size(), ' '), std::string(indent, ' '), green,
                     std::string(width - 1, '~'), reset);
  return out;
}

std::string DiagnosticEngine::render_one(const Diagnostic& d, bool color) const {
  std::string head = fmt::format("{}: {}", severity_name(d.severity), d.message);
  std::string out = render_location_block(sources_, d.loc, d.length, head, color);
  for (const Note& n : d.notes) out += render_location_block(sources_, n.loc, n.length, "note: " + n.message, color);
  return out;
}

std::vector<const Diagnostic*> DiagnosticEngine::sorted() const {
  std::vector<const Diagnostic*> order;
  order.reserve(diags_.size());
  for (const Diagnostic& d : diags_) order.push_back(&d);
  std::stable_sort(order.begin(), order.end(), [](const Diagnostic* a, const Diagnostic* b) {
    if (a->loc.file != b->loc.file) return a->loc.file < b->loc.file;
    return a->loc.offset < b->loc.offset;
  });
  return order;
}

std::string DiagnosticEngine::render(bool color) const {
  std::string out;
  for (const Diagnostic* d : sorted()) out += render_one(*d, color);
  return out;
}

size_t suggestion_distance(std::string_view wrong, std::string_view candidate) {
  const size_t limit = std::max<size_t>(1, wrong.size() / 3);
  const size_t gap = wrong.size() > candidate.size() ? wrong.size() - candidate.size() : candidate.size() - wrong.size();
  if (gap > limit) return SIZE_MAX;
  std::vector<size_t> prev(candidate.size() + 1), cur(candidate.size() + 1);
  std::iota(prev.begin(), prev.end(), 0);
  for (size_t i = 1; i <= wrong.size(); ++i) {
    cur[0] = i;
    size_t row_minimum = cur[0];
    for (size_t j = 1; j <= candidate.size(); ++j) {
      const bool same = std::tolower(static_cast<unsigned char>(wrong[i - 1])) ==
                        std::tolower(static_cast<unsigned char>(candidate[j - 1]));
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (same ? 0 : 1)});
      row_minimum = std::min(row_minimum, cur[j]);
    }
    if (row_minimum > limit) return SIZE_MAX;
    std::swap(prev, cur);
  }
  const size_t d = prev[candidate.size()];
  return d <= limit && d < wrong.size() ? d : SIZE_MAX;
}

std::string closest_name(std::string_view name, std::span<const std::string> candidates) {
  return std::string(closest_in(name, candidates));
}

}  // namespace redline::support
