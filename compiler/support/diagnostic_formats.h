// Diagnostics for machines: JSON (redline's own small document) and SARIF 2.1.0 (what code
// scanning services and editors read). `redline check --format json|sarif`.
//
// Both take the diagnostics in DiagnosticEngine::sorted() order, the order the text renderer
// prints, so the three formats list the same problems in the same order.
//
// Columns are 1-based Unicode code points (not bytes as in SourceManager::line_column, nor UTF-16
// units): editors and SARIF viewers that convert columns know this unit, and it does not depend on
// how a character is encoded. A tab is one column. A byte that is not part of well-formed UTF-8
// counts as one column, as the U+FFFD that replaces it would. An end column is exclusive: the
// column just after the last character the caret underlines (SARIF's endColumn; never beyond the
// end of the line plus one).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "support/diagnostics.h"
#include "support/source.h"

namespace redline::support {

// Where a location and the length the caret underlines are, in code points.
struct CodePointSpan {
  uint32_t line = 0;        // 1-based
  uint32_t column = 0;      // 1-based, code points
  uint32_t end_column = 0;  // exclusive, code points; at least column + 1
};
// `loc` must be valid.
CodePointSpan code_point_span(const SourceManager& sources, Location loc, uint32_t length);

// {"version":1,"diagnostics":[...],"summary":{"errors":N,"warnings":N,"remarks":N}}, indented,
// ending with a newline. A diagnostic or note without a place has no file, line or columns.
std::string diagnostics_to_json(std::span<const Diagnostic* const> diagnostics, const SourceManager& sources);

// A SARIF 2.1.0 log with one run: one rule per distinct short name used (diag_name), results
// with their notes as related locations, columns in code points. `tool_version` is redline's.
std::string diagnostics_to_sarif(std::span<const Diagnostic* const> diagnostics, const SourceManager& sources,
                                 std::string_view tool_version);

}  // namespace redline::support
