// A service session: the sources read, the diagnostics reported, and where they go.
//
// Every call of the service takes a Session. The command line makes one per command; a
// language server or a studio keeps one for as long as it lives. Diagnostics are typed
// (support::Diagnostic) and handed to the session's sink after each compile, so that a caller
// shows them before anything that follows (the command line prints warnings before a data
// error), and so that a caller that renders them (text, json, SARIF, editor squiggles) gets
// them all.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "driver/driver.h"
#include "service/errors.h"

namespace redline::service {

// Something a caller should tell its user that is neither a diagnostic nor an error.
struct Notice {
  enum class Kind : uint8_t {
    AmendmentNotInForce,  // `subject` names a modification not yet in force on the as-of date
  };
  Kind kind;
  std::string subject;
  std::string text() const;  // one sentence, for a terminal
};

class Session {
 public:
  Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  support::SourceManager sources;
  support::DiagnosticEngine diags{sources};
  // Given the engine after each compile with whatever it reported (then the engine is cleared);
  // unset, diagnostics accumulate in `diags`.
  std::function<void(support::DiagnosticEngine&)> on_diagnostics;
  std::function<void(const Notice&)> on_notice;

  // Hands the diagnostics reported so far to on_diagnostics.
  void publish();
  void notice(Notice n) const {
    if (on_notice) on_notice(n);
  }
};

// A date given as text (YYYY-MM-DD) as days since 1970-01-01; "" is today (UTC). Throws
// UsageError naming `option`.
int64_t parse_date_option(const std::string& text, const std::string& option = "--as-of");

// Compiles a policy with its modifications, as of a date (modifications not yet in force then
// are skipped, with a Notice); publishes the diagnostics; throws CompileFailed on errors.
std::unique_ptr<driver::Compiled> compile(Session& s, const std::string& policy,
                                          const std::vector<std::string>& amendments,
                                          std::optional<int64_t> as_of = std::nullopt);

}  // namespace redline::service
