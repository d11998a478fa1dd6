#include "service/check.h"

#include <fmt/format.h>

#include "service/data.h"
#include "service/errors.h"
#include "service/lint.h"
#include "service/testing.h"

namespace redline::service {

CheckResult check(Session& s, const CheckRequest& request) {
  CheckResult result;
  for (const auto& [path, text] : request.overlays) s.sources.add(path, text);
  s.diags.set_warnings_as_errors(request.strict);
  // Tests, in .tests files and in policies, are checked as 'test' would check their entities,
  // parameters and expectations, without running them.
  const bool citations = request.require_citations;
  driver::CompileOptions defaults;
  defaults.require_citations = citations;
  for (const std::string& spec : request.params) {
    const auto eq = spec.find('=');
    if (eq == std::string::npos || eq == 0)
      throw UsageError(UsageError::Field::Param, fmt::format("'{}' should be NAME=VALUE", spec));
    defaults.params.emplace_back(spec.substr(0, eq), spec.substr(eq + 1));
  }
  driver::check_files(
      s.sources, s.diags, request.files, defaults,
      [&s, &request, citations](const std::string& path, const driver::Compiled& compiled,
                                const driver::Compiled* baseline, support::DiagnosticEngine& diags) {
        // The compiler took the values it could; what it could not take is reported as `run`
        // reports it (unknown name with a suggestion, a value of the wrong type, a scale).
        parse_params(compiled, request.params);
        lint(compiled, baseline, diags);
        if (!baseline && compiled.module && compiled.module->kind == ast::Module::Kind::Policy)
          check_tests(s, path, *compiled.module, diags, citations, &compiled);
      },
      &result.compiled,
      [&s, citations](const std::string& path, const ast::Module& tests, const driver::Compiled* policy,
                      support::DiagnosticEngine& diags) { check_tests(s, path, tests, diags, citations, policy); });
  result.errors = s.diags.error_count();
  result.warnings = s.diags.warning_count();
  result.remarks = s.diags.remark_count();
  for (const support::Diagnostic* d : s.diags.sorted()) result.diagnostics.push_back(*d);
  return result;
}

}  // namespace redline::service
