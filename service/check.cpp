#include "service/check.h"

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
  driver::check_files(
      s.sources, s.diags, request.files, citations,
      [&s, citations](const std::string& path, const driver::Compiled& compiled, const driver::Compiled* baseline,
                      support::DiagnosticEngine& diags) {
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
