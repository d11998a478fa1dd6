// The compiler pipeline.
#include "driver/driver.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "amend/amend.h"
#include "lower/lower.h"
#include "syntax/parser.h"
#include "types/values.h"

namespace redline::driver {

namespace fs = std::filesystem;

std::unique_ptr<ast::Module> parse_file(support::SourceManager& sources, support::DiagnosticEngine& diags,
                                        const std::string& path) {
  // Each file is read once per run; parsing again gives a fresh AST to amend.
  uint32_t id = UINT32_MAX;
  for (uint32_t i = 0; i < sources.size(); ++i)
    if (sources.file(i).path() == path) id = i;
  if (id == UINT32_MAX) {
    std::string error;
    if (fs::is_directory(path)) error = fmt::format("'{}' is a directory, not a policy file", path);
    else id = sources.load(path, error);
    if (id == UINT32_MAX) {
      diags.report(support::Diag::FileError, {}, error);
      return nullptr;
    }
  }
  return syntax::parse(sources, id, diags);
}

namespace {

// An error inside a rule that reads a rule an amendment replaced is most likely the amendment's
// doing: point at the replacement too, so the drafter sees both ends.
void note_amended_dependencies(const ast::Module& module, const sema::Analysis& analysis,
                               support::DiagnosticEngine& diags, size_t first) {
  if (module.applied.empty()) return;
  for (size_t i = first; i < diags.diagnostics().size(); ++i) {
    support::Diagnostic& d = diags.at(i);
    if (d.severity != support::Severity::Error || !d.loc.valid()) continue;
    // The rule whose text holds the error: the last one starting before it in the same file.
    const sema::RuleSymbol* owner = nullptr;
    for (const auto& r : analysis.rules)
      if (r.decl->loc.file == d.loc.file && r.decl->loc.offset <= d.loc.offset &&
          (!owner || r.decl->loc.offset > owner->decl->loc.offset))
        owner = &r;
    if (!owner) continue;
    for (int32_t dep : owner->depends_on) {
      const ast::RuleDecl& amended = *analysis.rules[static_cast<size_t>(dep)].decl;
      // Only an error outside the amendment needs pointing back to it.
      if (amended.origin.amendment.empty() || amended.origin.loc.file == d.loc.file) continue;
      d.notes.push_back({amended.origin.loc, 1,
                         fmt::format("'{}' reads '{}', which modification '{}' replaced here", owner->decl->name,
                                     amended.name, amended.origin.amendment)});
    }
  }
}

}  // namespace

std::unique_ptr<Compiled> compile(support::SourceManager& sources, support::DiagnosticEngine& diags,
                                  const std::string& policy_path, const CompileOptions& options) {
  auto module = parse_file(sources, diags, policy_path);
  if (!module) return nullptr;
  return compile_module(sources, diags, std::move(module), policy_path, options);
}

std::unique_ptr<Compiled> compile_module(support::SourceManager& sources, support::DiagnosticEngine& diags,
                                         std::unique_ptr<ast::Module> module, const std::string& policy_path,
                                         const CompileOptions& options) {
  if (module->kind != ast::Module::Kind::Policy) {
    diags.report(support::Diag::AmendmentMismatch, module->loc,
                 module->kind == ast::Module::Kind::Tests
                     ? fmt::format("'{}' is a file of tests; run it with 'redline test'", policy_path)
                     : fmt::format("'{}' is a modification; pass the policy it amends and this file with '--amend'",
                                   policy_path),
                 5);
    return nullptr;
  }
  for (const auto& a : module->amendments)
    diags.report(support::Diag::AmendmentTarget, a.loc,
                 "amendments belong in a modification file ('modification NAME amends POLICY;'), not in the policy",
                 1);
  auto out = std::make_unique<Compiled>();
  std::map<std::string, support::Location> applied;
  size_t operations_left = options.operation_limit.value_or(SIZE_MAX);
  for (const std::string& path : options.amendments) {
    if (operations_left == 0) break;
    const size_t errors_before = diags.error_count();
    auto mod = parse_file(sources, diags, path);
    if (!mod) continue;
    // A modification with syntax errors is not applied: what the parser recovered of it (an
    // operation without its name) would only add errors about names it never wrote
    // ("cannot repeal rule ''"). Its syntax errors fail the compilation.
    if (diags.error_count() > errors_before) continue;
    // A modification effective by a record's date applies to every run: each record's date decides.
    if (options.as_of && mod->effective && mod->effective_entity.empty()) {
      int64_t day = 0;
      if (parse_date(*mod->effective, day) && day > *options.as_of) {
        out->skipped.push_back({mod->name, mod->title, mod->effective, mod->citation ? mod->citation->text : "", mod->loc});
        continue;
      }
    }
    if (auto it = applied.find(mod->name); it != applied.end()) {
      // The same file twice needs no note; two files holding one modification point at each other.
      bool same_file = it->second.file == mod->loc.file;
      auto& d = diags.report(support::Diag::AmendmentTarget, mod->loc,
                             same_file ? fmt::format("modification '{}' is given twice with '--amend'; it applies once",
                                                     mod->name)
                                       : fmt::format("modification '{}' is applied twice", mod->name),
                             12);
      if (!same_file) d.notes.push_back({it->second, 12, "first applied from here"});
      continue;
    }
    applied.emplace(mod->name, mod->loc);
    const size_t operations = mod->amendments.size();
    amend::apply(*module, *mod, diags, operations_left);
    operations_left -= std::min(operations_left, operations);
  }
  if (diags.has_errors()) return nullptr;
  if (options.extend) options.extend(*module);
  sema::Options so;
  so.require_citations = options.require_citations;
  so.params = options.params;
  size_t reported = diags.diagnostics().size();
  out->analysis = sema::analyze(*module, diags, so);
  if (diags.has_errors()) {
    note_amended_dependencies(*module, out->analysis, diags, reported);
    return nullptr;
  }
  out->program = lower::lower(*module, out->analysis);
  out->module = std::move(module);
  return out;
}

bool check_files(support::SourceManager& sources, support::DiagnosticEngine& diags, const std::vector<std::string>& paths,
                 const CompileOptions& defaults, const CompiledCallback& on_compiled, std::vector<std::unique_ptr<Compiled>>* keep,
                 const TestsCallback& on_tests) {
  struct Parsed {
    std::string path;
    std::unique_ptr<ast::Module> module;
    ast::Module::Kind kind = ast::Module::Kind::Policy;
    bool clean = false;  // parsed without errors: a policy's module is compiled as it is, not parsed again
  };
  std::vector<Parsed> parsed;
  for (const auto& p : paths) {
    size_t errors = diags.error_count();
    auto module = parse_file(sources, diags, p);
    ast::Module::Kind kind = module ? module->kind : ast::Module::Kind::Policy;
    parsed.push_back({p, std::move(module), kind, diags.error_count() == errors});
  }
  // Policies by name, from the files given and from the folders of the modifications.
  std::map<std::string, std::string> policy_paths;
  for (auto& p : parsed)
    if (p.module && p.module->kind == ast::Module::Kind::Policy) policy_paths.emplace(p.module->name, p.path);
  for (auto& p : parsed) {
    if (!p.module || p.module->kind != ast::Module::Kind::Modification || policy_paths.count(p.module->amends)) continue;
    std::error_code ec;
    fs::path dir = fs::path(p.path).parent_path();
    if (dir.empty()) dir = ".";
    for (auto& entry : fs::directory_iterator(dir, ec)) {
      if (entry.path().extension() != ".policy") continue;
      support::SourceManager scratch_sources;
      support::DiagnosticEngine scratch(scratch_sources);
      std::string error;
      uint32_t id = scratch_sources.load(entry.path().string(), error);
      if (id == UINT32_MAX) continue;
      auto m = syntax::parse(scratch_sources, id, scratch);
      if (m && m->kind == ast::Module::Kind::Policy && m->name == p.module->amends)
        policy_paths.emplace(m->name, entry.path().string());
    }
  }
  bool ok = !diags.has_errors();
  for (auto& p : parsed) {
    if (!p.module) continue;
    CompileOptions options;
    options.require_citations = defaults.require_citations;
    options.params = defaults.params;
    std::string policy = p.path;
    if (p.module->kind == ast::Module::Kind::Tests) {
      // A file of tests is checked by compiling the policy it tests; its cases run under 'test'.
      policy = (fs::path(p.path).parent_path() / p.module->tests_for).lexically_normal().string();
    } else if (p.module->kind == ast::Module::Kind::Modification) {
      auto it = policy_paths.find(p.module->amends);
      if (it == policy_paths.end()) {
        diags.report(support::Diag::AmendmentMismatch, p.module->amends_loc,
                     fmt::format("cannot find the policy '{}' that this modification amends; pass it to 'check' too",
                                 p.module->amends),
                     static_cast<uint32_t>(std::max<size_t>(1, p.module->amends.size())));
        ok = false;
        continue;
      }
      policy = it->second;
      options.amendments.push_back(p.path);
    }
    support::DiagnosticEngine local(sources);
    // A policy that parsed cleanly is compiled from the module already parsed (a large policy
    // takes longer to parse than to check); the others are parsed again, amended.
    auto compiled = p.kind == ast::Module::Kind::Policy && p.clean
                        ? compile_module(sources, local, std::move(p.module), policy, options)
                        : compile(sources, local, policy, options);
    if (compiled && on_compiled && p.kind != ast::Module::Kind::Tests) {
      std::unique_ptr<Compiled> baseline;
      if (p.kind == ast::Module::Kind::Modification) {
        support::DiagnosticEngine ignored(sources);
        CompileOptions base_options;
        base_options.require_citations = defaults.require_citations;
        base_options.params = defaults.params;
        baseline = compile(sources, ignored, policy, base_options);
      }
      on_compiled(p.path, *compiled, baseline.get(), local);
      if (keep && baseline) keep->push_back(std::move(baseline));
    }
    if (p.kind == ast::Module::Kind::Tests && p.clean && on_tests) on_tests(p.path, *p.module, compiled.get(), local);
    if (keep && compiled) keep->push_back(std::move(compiled));
    // A policy's own problems are reported once, when the policy itself is checked (a set, so
    // that a file with a hundred thousand errors is not compared pairwise).
    std::set<std::tuple<uint32_t, uint32_t, std::string>> reported;
    for (auto& existing : diags.diagnostics()) reported.emplace(existing.loc.file, existing.loc.offset, existing.message);
    for (auto& d : local.diagnostics())
      if (reported.emplace(d.loc.file, d.loc.offset, d.message).second)
        diags.report(d.id, d.loc, d.message, d.length).notes = d.notes;
  }
  return ok && !diags.has_errors();
}

}  // namespace redline::driver
