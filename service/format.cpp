#include "service/format.h"

#include "format/format.h"
#include "syntax/parser.h"

namespace redline::service {

namespace {

// Fingerprints of every rule, or empty when the text is not a policy that compiles.
std::vector<uint64_t> fingerprints(const std::string& path, const std::string& text) {
  support::SourceManager sources;
  sources.add(path, text);
  support::DiagnosticEngine diags(sources);
  auto compiled = driver::compile(sources, diags, path, {});
  std::vector<uint64_t> out;
  if (compiled)
    for (auto& r : compiled->program.rules) out.push_back(r.fingerprint);
  return out;
}

}  // namespace

FormatResult format(Session& s, const FormatRequest& request) {
  FormatResult result;
  std::unique_ptr<ast::Module> module;
  uint32_t file = 0;
  if (request.text) {
    file = s.sources.add(request.path, *request.text);
    module = syntax::parse(s.sources, file, s.diags);
  } else {
    module = driver::parse_file(s.sources, s.diags, request.path);
    for (uint32_t i = 0; i < s.sources.size(); ++i)
      if (s.sources.file(i).path() == request.path) file = i;
  }
  if (!module || s.diags.has_errors()) {
    s.publish();
    result.status = FormatResult::Status::ParseErrors;
    return result;
  }
  s.publish();
  result.original = std::string(s.sources.file(file).text());
  result.formatted = format::format_module(s.sources, file, *module);
  // Verify: the result parses, keeps the comments, is stable, and means the same.
  uint32_t again = s.sources.add(request.path, result.formatted);
  support::DiagnosticEngine check(s.sources);
  auto reparsed = syntax::parse(s.sources, again, check);
  bool ok = reparsed && !check.has_errors() &&
            syntax::comments(s.sources, again).size() == syntax::comments(s.sources, file).size() &&
            format::format_module(s.sources, again, *reparsed) == result.formatted;
  if (ok && module->kind == ast::Module::Kind::Policy)
    ok = fingerprints(request.path, result.original) == fingerprints(request.path, result.formatted);
  result.status = ok ? FormatResult::Status::Formatted : FormatResult::Status::NotVerified;
  return result;
}

}  // namespace redline::service
