// format: a file's text in the canonical layout, verified before anyone writes it: the result
// parses, keeps every comment, formats to itself, and (for a policy) compiles to the same rule
// graph.
#pragma once

#include <optional>
#include <string>

#include "service/session.h"

namespace redline::service {

struct FormatRequest {
  std::string path;                 // for messages, and to read when `text` is not given
  std::optional<std::string> text;  // the text to format (an editor's buffer, standard input)
};

struct FormatResult {
  enum class Status : uint8_t {
    Formatted,     // `formatted` holds the canonical text (possibly equal to `original`)
    ParseErrors,   // the text does not parse: the diagnostics are in the session
    NotVerified,   // the formatter could not keep the text's meaning and comments: nothing to write
  };
  Status status = Status::ParseErrors;
  std::string original, formatted;
  bool changed() const { return status == Status::Formatted && formatted != original; }
};

// Diagnostics (a file that does not parse) are published to the session.
FormatResult format(Session& s, const FormatRequest& request);

}  // namespace redline::service
