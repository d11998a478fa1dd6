// Diagnostics: collected by the compiler, sorted, rendered like a good compiler's.
//
// A diagnostic is a primary message at a location plus located notes. The engine never
// throws; the compiler keeps going after an error so that one run reports every problem.
#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "support/source.h"
#include "support/suggest.h"  // closest_name

namespace redline::support {

enum class Severity : uint8_t { Note, Remark, Warning, Error };

enum class Diag : uint16_t {
#define DIAG(id, severity, name) id,
#include "support/diagnostics.def"
#undef DIAG
};

struct Note {
  Location loc;  // may be invalid: a note without a place
  uint32_t length = 1;
  std::string message;
};

struct Diagnostic {
  Diag id;
  Severity severity;
  Location loc;
  uint32_t length = 1;  // columns the caret underlines
  std::string message;
  std::vector<Note> notes;
};

Severity default_severity(Diag id);
std::string_view diag_name(Diag id);
// "note", "remark", "warning", "error": the word the text renderer and the JSON rendering print.
std::string_view severity_name(Severity s);

class DiagnosticEngine {
 public:
  explicit DiagnosticEngine(const SourceManager& sources) : sources_(sources) {}

  Diagnostic& report(Diag id, Location loc, std::string message, uint32_t length = 1);
  // Warnings become errors (`check --strict`).
  void set_warnings_as_errors(bool on) { warnings_as_errors_ = on; }

  size_t error_count() const;
  size_t warning_count() const;
  size_t remark_count() const;
  bool has_errors() const { return error_count() > 0; }
  const std::vector<Diagnostic>& diagnostics() const { return diags_; }
  // For passes that add notes to diagnostics already reported.
  Diagnostic& at(size_t i) { return diags_.at(i); }

  // The diagnostics sorted by file, then position, then insertion order: the one order every
  // rendering uses (text here, JSON and SARIF in diagnostic_formats.h), so formats agree.
  std::vector<const Diagnostic*> sorted() const;
  // In sorted() order: deterministic output.
  std::string render(bool color = false) const;
  std::string render_one(const Diagnostic& d, bool color = false) const;
  void clear() { diags_.clear(); }
  // Forgets diagnostics reported after the first `n` (a parser retrying in another mode).
  void truncate(size_t n) {
    if (n < diags_.size()) diags_.resize(n);
  }

 private:
  const SourceManager& sources_;
  std::vector<Diagnostic> diags_;
  bool warnings_as_errors_ = false;
};



}  // namespace redline::support
