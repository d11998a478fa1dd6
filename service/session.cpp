#include "service/session.h"

#include <chrono>

#include <fmt/format.h>

#include "types/values.h"

namespace redline::service {

std::string Notice::text() const {
  switch (kind) {
    case Kind::AmendmentNotInForce:
      return fmt::format("modification '{}' is not yet in force on the --as-of date; not applied", subject);
  }
  return subject;
}

Session::Session() = default;

void Session::publish() {
  if (!on_diagnostics) return;
  on_diagnostics(diags);
  diags.clear();
}

int64_t parse_date_option(const std::string& text, const std::string& option) {
  if (text.empty()) {
    auto now = std::chrono::system_clock::now();
    return std::chrono::duration_cast<std::chrono::days>(now.time_since_epoch()).count();
  }
  int64_t day = 0;
  if (!parse_date(text, day)) throw UsageError(fmt::format("{} '{}' is not a date (YYYY-MM-DD)", option, text));
  return day;
}

std::unique_ptr<driver::Compiled> compile(Session& s, const std::string& policy,
                                          const std::vector<std::string>& amendments, std::optional<int64_t> as_of) {
  driver::CompileOptions options;
  options.amendments = amendments;
  options.as_of = as_of;
  auto compiled = driver::compile(s.sources, s.diags, policy, options);
  bool failed = !compiled || s.diags.has_errors();
  s.publish();
  if (failed) throw CompileFailed();
  for (auto& skipped : compiled->skipped) s.notice({Notice::Kind::AmendmentNotInForce, skipped.name});
  return compiled;
}

}  // namespace redline::service
