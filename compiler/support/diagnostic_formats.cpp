// JSON and SARIF renderings of diagnostics (see diagnostic_formats.h for the column unit).
#include "support/diagnostic_formats.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace redline::support {

namespace {

// ordered_json: members in the order written, so the documents read like the documentation and
// golden transcripts do not depend on a hash or on alphabetical order.
using Json = nlohmann::ordered_json;

// Code points in `text`: a well-formed UTF-8 sequence is one, and so is each byte that is not part
// of one (a reader decoding the file would see one U+FFFD for it). The same notion of
// well-formed as the text renderer's expand_tabs.
uint32_t code_points(std::string_view text) {
  uint32_t n = 0;
  for (size_t i = 0; i < text.size(); ++n) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    size_t len = c < 0x80                 ? 1
                 : c >= 0xC2 && c <= 0xDF ? 2
                 : c >= 0xE0 && c <= 0xEF ? 3
                 : c >= 0xF0 && c <= 0xF4 ? 4
                                          : 0;
    bool whole = len > 0 && i + len <= text.size();
    for (size_t k = 1; whole && k < len; ++k) whole = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
    i += whole ? len : 1;
  }
  return n;
}

bool has_place(const SourceManager& sources, Location loc) { return loc.valid() && loc.file < sources.size(); }

// SARIF has no remark: a finding that never fails the check is closest to "note".
std::string_view sarif_level(Severity s) {
  switch (s) {
    case Severity::Note:
    case Severity::Remark: return "note";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "error";
}

// A path as a URI reference (RFC 3986), as SARIF's artifactLocation.uri must be: a relative path
// stays relative (to the directory `check` ran in), an absolute one becomes a file:// URI; every
// byte outside the unreserved characters and '/' is percent-encoded (a space, '%', '#', '?',
// non-ASCII text), so that a path like "règles 2.policy" still reads back as itself.
std::string path_to_uri(std::string_view path) {
  std::string out = !path.empty() && path.front() == '/' ? "file://" : "";
  for (char ch : path) {
    unsigned char c = static_cast<unsigned char>(ch);
    bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
                c == '_' || c == '~' || c == '/';
    if (keep)
      out += ch;
    else
      out += fmt::format("%{:02X}", c);
  }
  return out;
}

// Messages quote names and values read from files, which need not be valid UTF-8: such bytes
// become U+FFFD rather than nlohmann's exception.
std::string dump(const Json& doc) { return doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n"; }

}  // namespace

CodePointSpan code_point_span(const SourceManager& sources, Location loc, uint32_t length) {
  const SourceFile& f = sources.file(loc.file);
  LineColumn lc = f.line_column(loc.offset);
  std::string_view text = f.line_text(lc.line);
  // line_column counts bytes; the prefix before the location is decoded to count characters.
  // An offset past the line's text (at its '\r', or the end of the file) counts byte for byte.
  size_t start = lc.column - 1;
  size_t in_text = std::min(start, text.size());
  uint32_t column = 1 + code_points(text.substr(0, in_text)) + static_cast<uint32_t>(start - in_text);
  // The caret's length is in bytes too, and like the text renderer's caret it stops at the end
  // of the line; it always covers at least one character.
  size_t end = std::min<size_t>(start + length, text.size());
  uint32_t width = end > start ? code_points(text.substr(start, end - start)) : 0;
  return {lc.line, column, column + std::max<uint32_t>(width, 1)};
}

std::string diagnostics_to_json(std::span<const Diagnostic* const> diagnostics, const SourceManager& sources) {
  Json list = Json::array();
  size_t errors = 0, warnings = 0, remarks = 0;
  for (const Diagnostic* d : diagnostics) {
    errors += d->severity == Severity::Error;
    warnings += d->severity == Severity::Warning;
    remarks += d->severity == Severity::Remark;
    Json item;
    item["severity"] = severity_name(d->severity);
    item["code"] = diag_name(d->id);
    item["message"] = d->message;
    if (has_place(sources, d->loc)) {
      CodePointSpan span = code_point_span(sources, d->loc, d->length);
      item["file"] = sources.file(d->loc.file).path();
      item["line"] = span.line;
      item["column"] = span.column;
      item["end_column"] = span.end_column;
    }
    Json notes = Json::array();
    for (const Note& n : d->notes) {
      Json note;
      note["message"] = n.message;
      if (has_place(sources, n.loc)) {
        CodePointSpan span = code_point_span(sources, n.loc, n.length);
        note["file"] = sources.file(n.loc.file).path();
        note["line"] = span.line;
        note["column"] = span.column;
      }
      notes.push_back(std::move(note));
    }
    item["notes"] = std::move(notes);
    list.push_back(std::move(item));
  }
  Json doc;
  doc["version"] = 1;
  doc["diagnostics"] = std::move(list);
  doc["summary"] = Json{{"errors", errors}, {"warnings", warnings}, {"remarks", remarks}};
  return dump(doc);
}

namespace {
Json sarif_physical_location(const SourceManager& sources, Location loc, uint32_t length) {
  CodePointSpan span = code_point_span(sources, loc, length);
  Json physical;
  physical["artifactLocation"] = Json{{"uri", path_to_uri(sources.file(loc.file).path())}};
  physical["region"] = Json{{"startLine", span.line}, {"startColumn", span.column}, {"endColumn", span.end_column}};
  return physical;
}
}  // namespace

std::string diagnostics_to_sarif(std::span<const Diagnostic* const> diagnostics, const SourceManager& sources,
                                 std::string_view tool_version) {
  // One rule per short name, in the order of first use. Not one per Diag id: two ids can share a
  // short name (the error and the warning "table-gap"), and SARIF's rule ids are meant to be
  // unique within the driver; the level of each result says which it was.
  Json rules = Json::array();
  std::map<std::string_view, size_t> rule_index;
  Json results = Json::array();
  for (const Diagnostic* d : diagnostics) {
    std::string_view name = diag_name(d->id);
    auto [it, added] = rule_index.emplace(name, rule_index.size());
    if (added) rules.push_back(Json{{"id", name}});
    Json result;
    result["ruleId"] = name;
    result["ruleIndex"] = it->second;
    result["level"] = sarif_level(d->severity);
    result["message"] = Json{{"text", d->message}};
    // A diagnostic without a place (a file that cannot be read) has no locations: SARIF allows a
    // result without them, and a physical location needs an artifact.
    if (has_place(sources, d->loc)) {
      Json location{{"physicalLocation", sarif_physical_location(sources, d->loc, d->length)}};
      result["locations"] = Json::array({std::move(location)});
    }
    if (!d->notes.empty()) {
      Json related = Json::array();
      for (size_t i = 0; i < d->notes.size(); ++i) {
        const Note& n = d->notes[i];
        Json location;
        location["id"] = i;  // unique within the result, as SARIF asks of related locations
        if (has_place(sources, n.loc)) location["physicalLocation"] = sarif_physical_location(sources, n.loc, n.length);
        location["message"] = Json{{"text", n.message}};
        related.push_back(std::move(location));
      }
      result["relatedLocations"] = std::move(related);
    }
    results.push_back(std::move(result));
  }
  Json driver;
  driver["name"] = "redline";
  driver["version"] = tool_version;
  driver["rules"] = std::move(rules);
  Json run;
  run["tool"] = Json{{"driver", std::move(driver)}};
  run["columnKind"] = "unicodeCodePoints";
  run["results"] = std::move(results);
  Json doc;
  doc["$schema"] = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  doc["version"] = "2.1.0";
  doc["runs"] = Json::array({std::move(run)});
  return dump(doc);
}

}  // namespace redline::support
