#include "studio/app.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "lsp/protocol.h"
#include "report/explain.h"
#include "report/report.h"
#include "runtime/errors.h"
#include "service/atomic_file.h"
#include "service/check.h"
#include "service/explain.h"
#include "support/suggest.h"
#include "studio/assets.h"
#include "types/values.h"

namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace redline::studio {

namespace {

// The texts a session may hold before it is renewed: every request adds its drafts' texts.
constexpr size_t kMaxSessionBytes = 32 << 20;
constexpr size_t kMaxDrafts = 16;
constexpr size_t kMaxNameLength = 100;
constexpr size_t kMaxChangesShown = 5000;  // as the html report lists

// A request the API refuses, with its status.
struct ApiError {
  int status;
  std::string message;
  Json diagnostics = Json();
};

Response json_response(int status, const Json& body) {
  Response r;
  r.status = status;
  r.body = body.dump(-1, ' ', false, Json::error_handler_t::replace);
  return r;
}

Response error_response(const ApiError& e) {
  Json error = {{"message", e.message}};
  if (!e.diagnostics.is_null()) error["diagnostics"] = e.diagnostics;
  return json_response(e.status, {{"error", error}});
}

Json parse_body(const Request& request) {
  // The API's bodies are two or three levels deep; deeper nesting is refused before parsing.
  if (lsp::json_nested_deeper_than(request.body, 32)) throw ApiError{400, "the body is nested too deeply"};
  Json body = Json::parse(request.body, nullptr, false);
  if (body.is_discarded()) throw ApiError{400, "the body is not JSON"};
  if (!body.is_object()) throw ApiError{400, "the body is a JSON object"};
  return body;
}

std::string string_member(const Json& body, const char* name, bool required = true) {
  auto it = body.find(name);
  if (it == body.end() || it->is_null()) {
    if (required) throw ApiError{400, fmt::format("the body has no \"{}\"", name)};
    return "";
  }
  if (!it->is_string()) throw ApiError{400, fmt::format("\"{}\" is a string", name)};
  return it->get<std::string>();
}

std::optional<int64_t> as_of_member(const Json& body, const std::optional<int64_t>& fallback) {
  auto it = body.find("as_of");
  if (it == body.end() || it->is_null()) return fallback;
  if (!it->is_string()) throw ApiError{400, "\"as_of\" is null or a date \"YYYY-MM-DD\""};
  int64_t day = 0;
  if (!parse_date(it->get<std::string>(), day))
    throw ApiError{400, fmt::format("\"as_of\" is not a date YYYY-MM-DD: '{}'", it->get<std::string>())};
  return day;
}

// A draft's name: a plain file name, so that it can only ever be saved inside the workspace.
void check_name(const std::string& name) {
  if (name.empty() || name.size() > kMaxNameLength)
    throw ApiError{400, fmt::format("a draft's name has 1 to {} characters", kMaxNameLength)};
  if (name == "." || name == ".." || name[0] == '.')
    throw ApiError{403, fmt::format("'{}' is not a plain file name (it starts with a dot)", name)};
  for (unsigned char c : name)
    if (!(std::isalnum(c) || c == '_' || c == '-' || c == '.'))
      throw ApiError{403, "a draft's name is a plain file name: letters, digits, '_', '-' and '.' (no folder)"};
}

const char* severity_word(support::Severity s) {
  switch (s) {
    case support::Severity::Error: return "error";
    case support::Severity::Warning: return "warning";
    case support::Severity::Remark: return "remark";
    case support::Severity::Note: return "note";
  }
  return "note";
}

// Diagnostics as the API gives them: LSP ranges (UTF-16), 1-based line and column for people,
// and the file as the request named it.
class DiagnosticJson {
 public:
  DiagnosticJson(const support::SourceManager& sources, std::map<std::string, std::string> names)
      : sources_(sources), names_(std::move(names)) {}

  Json range(support::Location loc, uint32_t length) {
    if (!loc.valid() || loc.file >= sources_.size()) return nullptr;
    const auto& file = sources_.file(loc.file);
    auto& index = indexes_[loc.file];
    if (!index) index = std::make_unique<lsp::LineIndex>(file.text());
    const size_t begin = std::min<size_t>(loc.offset, file.text().size());
    const size_t end = std::min<size_t>(begin + std::max<uint32_t>(length, 1), file.text().size());
    auto position = [&](size_t offset) {
      lsp::Position p = index->position(offset);
      return Json{{"line", p.line}, {"character", p.character}};
    };
    return Json{{"start", position(begin)}, {"end", position(end)}};
  }

  std::string file_of(support::Location loc) const {
    if (!loc.valid() || loc.file >= sources_.size()) return "";
    const std::string& path = sources_.file(loc.file).path();
    auto it = names_.find(path);
    return it == names_.end() ? path : it->second;
  }

  Json operator()(const support::Diagnostic& d) {
    Json out = {{"severity", severity_word(d.severity)},
                {"code", std::string(support::diag_name(d.id))},
                {"message", d.message},
                {"file", file_of(d.loc)},
                {"range", range(d.loc, d.length)}};
    if (d.loc.valid() && d.loc.file < sources_.size()) {
      auto lc = sources_.line_column(d.loc);
      out["line"] = lc.line;
      out["column"] = lc.column;
    }
    Json notes = Json::array();
    for (const auto& n : d.notes) {
      Json note = {{"message", n.message}, {"file", file_of(n.loc)}, {"range", range(n.loc, n.length)}};
      notes.push_back(note);
    }
    out["notes"] = notes;
    return out;
  }

 private:
  const support::SourceManager& sources_;
  std::map<std::string, std::string> names_;
  std::map<uint32_t, std::unique_ptr<lsp::LineIndex>> indexes_;
};

Json outline_of(const ast::Module& m, const support::SourceManager& sources) {
  Json out = Json::array();
  auto line_of = [&](support::Location loc) -> Json {
    if (!loc.valid() || loc.file >= sources.size()) return nullptr;
    return sources.line_column(loc).line;
  };
  auto end_line = [&](support::Location loc, size_t i) -> Json {
    if (!loc.valid() || loc.file >= sources.size() || i >= m.order_end.size()) return line_of(loc);
    const uint32_t end = m.order_end[i] > 0 ? m.order_end[i] - 1 : 0;
    return sources.line_column({loc.file, end}).line;
  };
  auto citation = [](const std::optional<ast::Citation>& c) -> Json { return c ? Json(c->text) : Json(nullptr); };
  auto item = [&](const char* kind, const std::string& name, const std::optional<ast::Citation>& c,
                  support::Location loc, size_t i) {
    return Json{{"kind", kind}, {"name", name}, {"citation", citation(c)}, {"line", line_of(loc)},
                {"end_line", end_line(loc, i)}};
  };
  for (size_t i = 0; i < m.order.size(); ++i) {
    auto [kind, k] = m.order[i];
    switch (kind) {
      case 'e': out.push_back(item("enum", m.enums.at(k).name, m.enums.at(k).citation, m.enums.at(k).loc, i)); break;
      case 'n':
        out.push_back(item("entity", m.entities.at(k).name, m.entities.at(k).citation, m.entities.at(k).loc, i));
        break;
      case 'p':
        out.push_back(item("parameter", m.params.at(k).name, m.params.at(k).citation, m.params.at(k).loc, i));
        break;
      case 'c': out.push_back(item("cycle", m.cycles.at(k).name, m.cycles.at(k).citation, m.cycles.at(k).loc, i)); break;
      case 'r': {
        const auto& r = m.rules.at(k);
        Json rule = item(r.obligation ? "obligation" : r.table ? "table" : "rule", r.name, r.citation, r.loc, i);
        rule["output"] = r.output;
        out.push_back(rule);
        break;
      }
      default: break;
    }
  }
  return out;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string content_type_of(std::string_view name) {
  if (name.ends_with(".html")) return "text/html; charset=utf-8";
  if (name.ends_with(".js")) return "text/javascript; charset=utf-8";
  if (name.ends_with(".css")) return "text/css; charset=utf-8";
  if (name.ends_with(".png")) return "image/png";
  if (name.ends_with(".svg")) return "image/svg+xml";
  return "application/octet-stream";
}

}  // namespace

bool is_loopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host == "[::1]" || host.rfind("127.", 0) == 0;
}

std::string random_token() {
  unsigned char bytes[16];
  int fd = ::open("/dev/urandom", O_RDONLY | O_CLOEXEC);
  if (fd < 0 || ::read(fd, bytes, sizeof bytes) != static_cast<ssize_t>(sizeof bytes)) {
    if (fd >= 0) ::close(fd);
    throw std::runtime_error("cannot read /dev/urandom for the studio's token");
  }
  ::close(fd);
  std::string out;
  for (unsigned char b : bytes) out += fmt::format("{:02x}", b);
  return out;
}

App::App(Options options) : options_(std::move(options)) {
  std::error_code ec;
  fs::path workspace = fs::weakly_canonical(options_.workspace, ec);
  if (ec || !fs::is_directory(workspace, ec))
    throw service::UsageError(fmt::format("--workspace '{}' is not a folder", options_.workspace));
  options_.workspace = workspace.string();
  if (!is_loopback(options_.host) && options_.token.empty())
    throw std::logic_error("a studio on a non-loopback address needs a token");
  renew_if_large();
}

App::~App() = default;

void App::set_port(uint16_t port) {
  options_.port = port;
  allowed_hosts_.clear();
  for (std::string host : {std::string("127.0.0.1"), std::string("localhost"), std::string("[::1]"), options_.host}) {
    if (host.find(':') != std::string::npos && host.front() != '[') host = "[" + host + "]";
    allowed_hosts_.push_back(fmt::format("{}:{}", host, port));
  }
}

size_t App::rows() const { return baseline_ ? baseline_->rows : 0; }

std::vector<std::string> App::data_for_drafts() const {
  std::vector<std::string> out;
  if (!baseline_) return out;
  for (const service::DataSource& d : options_.data)
    if (baseline_->compiled->program.entity_index(d.entity) < 0) out.push_back(d.entity);
  return out;
}

void App::renew_if_large() {
  if (session_ && session_bytes_ < kMaxSessionBytes) return;
  baseline_.reset();
  other_.reset();
  cache_ = std::make_shared<service::ColumnCache>();
  other_cache_ = std::make_shared<service::ColumnCache>();
  session_ = std::make_unique<service::Session>();
  session_bytes_ = 0;
  const service::DiffRequest request = base_request(options_.as_of);
  session_->on_diagnostics = options_.on_load_diagnostics;
  try {
    baseline_ = service::make_baseline(*session_, request);
  } catch (...) {
    session_->on_diagnostics = nullptr;
    throw;
  }
  session_->on_diagnostics = nullptr;
  session_->diags.clear();
}

namespace {

// A draft that did not compile: its diagnostics, as a 422.
ApiError compile_error(service::Session& s, const std::map<std::string, std::string>& names) {
  DiagnosticJson to_json(s.sources, names);
  Json list = Json::array();
  for (const support::Diagnostic& d : s.diags.diagnostics()) list.push_back(to_json(d));
  return ApiError{422, "the amendment does not compile", list};
}

}  // namespace

service::DiffRequest App::base_request(const std::optional<int64_t>& as_of) const {
  service::DiffRequest request;
  request.policy = options_.policy;
  request.base_amendments = options_.base;
  request.data = options_.data;
  request.params = options_.params;
  request.as_of = as_of;
  request.data_for_drafts = true;
  return request;
}

App::Drafted App::drafted(const Json& body, std::chrono::steady_clock::time_point start) {
  Drafted d;
  const std::optional<int64_t> as_of = as_of_member(body, options_.as_of);
  d.drafts = drafts_of(body);
  d.request = base_request(as_of);
  for (const Draft& draft : d.drafts) {
    d.request.amendments.push_back(draft.path);
    d.names[draft.path] = draft.name;
  }
  d.request.deadline = start + options_.eval_limit;
  return d;
}

service::DiffResult App::diff_of(Drafted& d) {
  try {
    d.request.baseline = baseline_for(d.request.as_of);
    d.request.cache = d.request.baseline == baseline_ ? cache_ : other_cache_;
    return service::diff(*session_, d.request);
  } catch (const service::CompileFailed&) {
    throw compile_error(*session_, d.names);
  }
}

std::shared_ptr<const service::Baseline> App::baseline_for(const std::optional<int64_t>& as_of) {
  if (as_of == options_.as_of) return baseline_;
  if (other_ && other_->as_of == as_of) return other_;
  other_.reset();  // its memory first
  *other_cache_ = {};
  other_ = service::make_baseline(*session_, base_request(as_of));
  return other_;
}

std::string App::draft_path(const std::string& name) const { return (fs::path(options_.workspace) / name).string(); }

std::vector<App::Draft> App::drafts_of(const Json& body) {
  auto it = body.find("amendments");
  if (it == body.end() || it->is_null()) return {};
  if (!it->is_array()) throw ApiError{400, "\"amendments\" is an array of {\"name\", \"text\"}"};
  if (it->size() > kMaxDrafts) throw ApiError{400, fmt::format("at most {} amendments", kMaxDrafts)};
  std::vector<Draft> out;
  std::set<std::string> names;
  for (const Json& a : *it) {
    if (!a.is_object()) throw ApiError{400, "\"amendments\" is an array of {\"name\", \"text\"}"};
    std::string name = string_member(a, "name");
    std::string text = string_member(a, "text");
    check_name(name);
    if (!names.insert(name).second) throw ApiError{400, fmt::format("two amendments are named '{}'", name)};
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) continue;
    Draft d{name, draft_path(name)};
    session_bytes_ += text.size();
    session_->sources.add(d.path, std::move(text));
    out.push_back(std::move(d));
  }
  return out;
}

std::optional<Response> App::refused(const Request& request) const {
  auto header = [&](const char* name) -> const std::string* {
    auto it = request.headers.find(name);
    return it == request.headers.end() ? nullptr : &it->second;
  };
  // DNS rebinding: a page from another site, resolved to this address, sends its own Host.
  const std::string* host = header("host");
  if (!host || std::find(allowed_hosts_.begin(), allowed_hosts_.end(), *host) == allowed_hosts_.end())
    return error_response({403, "the request's Host is not this studio's address"});
  // Another origin's page may not drive the studio (browsers send Origin with every POST).
  if (const std::string* origin = header("origin")) {
    bool same = false;
    for (const std::string& h : allowed_hosts_) same = same || *origin == "http://" + h;
    if (!same) return error_response({403, "cross-origin requests are refused"});
  }
  if (const std::string* site = header("sec-fetch-site"); site && *site != "same-origin" && *site != "none")
    return error_response({403, "cross-site requests are refused"});
  if (!options_.token.empty() && request.path.rfind("/api/", 0) == 0) {
    const std::string* auth = header("authorization");
    const std::string expected = "Bearer " + options_.token;
    // Compared in constant time: the token is the only secret between the page and the server.
    bool ok = auth && auth->size() == expected.size();
    unsigned char diff = 0;
    if (ok)
      for (size_t i = 0; i < expected.size(); ++i) diff |= static_cast<unsigned char>((*auth)[i] ^ expected[i]);
    if (!ok || diff != 0) return error_response({403, "this studio needs its token (Authorization: Bearer TOKEN)"});
  }
  if (request.body.size() > options_.body_limit)
    return error_response({413, fmt::format("the body is over {} bytes", options_.body_limit)});
  return std::nullopt;
}

Response App::asset(const std::string& path) const {
  const std::string name = path == "/" ? "index.html" : path.substr(1);
  for (const Asset& a : assets()) {
    if (a.name != name) continue;
    Response r;
    r.content_type = content_type_of(name);
    r.body = std::string(a.bytes);
    return r;
  }
  return error_response({404, fmt::format("no such page: {}", path)});
}

Response App::handle(const Request& request) {
  Response response;
  if (auto refusal = refused(request)) {
    response = std::move(*refusal);
  } else {
    std::lock_guard lock(mutex_);
    try {
      const bool get = request.method == "GET" || request.method == "HEAD";
      const bool post = request.method == "POST";
      if (request.path == "/api/policy" && get) response = api_policy();
      else if (request.path == "/api/check" && post) response = api_check(request);
      else if (request.path == "/api/diff" && post) response = api_diff(request);
      else if (request.path == "/api/explain" && post) response = api_explain(request);
      else if (request.path == "/api/save" && post) response = api_save(request);
      else if (request.path == "/api/report" && post) response = api_report(request);
      else if (request.path.rfind("/api/", 0) == 0)
        response = error_response({request.path == "/api/policy" || request.path == "/api/check" ||
                                           request.path == "/api/diff" || request.path == "/api/explain" ||
                                           request.path == "/api/save" || request.path == "/api/report"
                                       ? 405
                                       : 404,
                                   fmt::format("no {} {}", request.method, request.path)});
      else if (get) response = asset(request.path);
      else response = error_response({405, fmt::format("no {} {}", request.method, request.path)});
    } catch (const ApiError& e) {
      response = error_response(e);
    } catch (const runtime::TimeLimitExceeded&) {
      response = error_response({503, fmt::format("the evaluation took longer than {} ms; it was stopped",
                                                  options_.eval_limit.count())});
    } catch (const service::UsageError& e) {
      response = error_response({400, e.what()});
    } catch (const runtime::DataError& e) {
      response = error_response({422, e.what()});
    } catch (const runtime::EvalError& e) {
      response = error_response({422, e.what()});
    } catch (const std::exception& e) {
      response = error_response({500, std::string("internal error: ") + e.what()});
    }
    session_->diags.clear();
    try {
      renew_if_large();
    } catch (const std::exception& e) {
      response = error_response({500, std::string("the studio could not reload its policy: ") + e.what()});
    }
  }
  // The page's own policy: its scripts and styles only, never framed by another site.
  response.headers.emplace_back("Content-Security-Policy",
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                "frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
  response.headers.emplace_back("X-Content-Type-Options", "nosniff");
  response.headers.emplace_back("Referrer-Policy", "no-referrer");
  response.headers.emplace_back("Cache-Control", "no-store");
  return response;
}

Response App::api_policy() {
  const auto& compiled = *baseline_->compiled;
  Json out;
  // The policy as written (its file), not as amended by the base modifications.
  support::DiagnosticEngine scratch(session_->sources);
  auto module = driver::parse_file(session_->sources, scratch, options_.policy);
  Json outline = module ? outline_of(*module, session_->sources) : Json::array();
  out["policy"] = {{"name", compiled.program.policy_name},
                   {"title", compiled.module->title},
                   {"path", options_.policy},
                   {"source", read_file(options_.policy)}};
  out["base_amendments"] = Json::array();
  for (const std::string& path : options_.base)
    out["base_amendments"].push_back({{"name", fs::path(path).filename().string()}, {"path", path}, {"source", read_file(path)}});
  out["amendments"] = Json::array();
  for (const std::string& path : options_.drafts)
    out["amendments"].push_back({{"name", fs::path(path).filename().string()}, {"text", read_file(path)}});
  out["outline"] = outline;
  out["data"] = Json::array();
  const ir::Program& program = compiled.program;
  for (const service::DataSource& d : options_.data) {
    size_t rows = 0;
    for (size_t e = 0; e < program.entities.size(); ++e)
      if (program.entities[e].name == d.entity && e < baseline_->tables->size()) rows = (*baseline_->tables)[e].rows;
    out["data"].push_back({{"entity", d.entity}, {"source", d.display_name()}, {"rows", rows}});
  }
  out["as_of"] = options_.as_of ? Json(format_date(*options_.as_of)) : Json(nullptr);
  out["workspace"] = options_.workspace;
  out["limits"] = {{"body_bytes", options_.body_limit},
                   {"eval_ms", options_.eval_limit.count()},
                   {"changes_shown", options_.changes_shown}};
  return json_response(200, out);
}

Response App::api_check(const Request& request) {
  Json body = parse_body(request);
  const std::string text = string_member(body, "text");
  std::string name = string_member(body, "name", false);
  if (name.empty()) name = "draft.policy";
  check_name(name);
  service::CheckRequest check;
  const std::string path = draft_path(name);
  check.files = {options_.policy, path};
  check.overlays = {{path, text}};
  session_bytes_ += text.size();
  service::CheckResult result = service::check(*session_, check);
  DiagnosticJson to_json(session_->sources, {{path, name}});
  Json list = Json::array();
  for (const support::Diagnostic& d : result.diagnostics) {
    // The policy's own findings belong to the policy, not to the draft being edited.
    if (d.loc.valid() && d.loc.file < session_->sources.size() && session_->sources.file(d.loc.file).path() != path)
      continue;
    list.push_back(to_json(d));
  }
  return json_response(200, {{"diagnostics", list}});
}


Response App::api_diff(const Request& request) {
  const auto start = std::chrono::steady_clock::now();
  Json body = parse_body(request);
  size_t shown = options_.changes_shown;
  if (auto it = body.find("max_changes"); it != body.end() && !it->is_null()) {
    if (!it->is_number_unsigned() || it->get<uint64_t>() > kMaxChangesShown)
      throw ApiError{400, fmt::format("\"max_changes\" is a whole number from 0 to {}", kMaxChangesShown)};
    shown = it->get<size_t>();
  }
  Drafted d = drafted(body, start);
  // The changes are grouped as the diff is computed (the cheap way for most, with the deadline
  // checked as it goes); the page then finds the chains of the changes it shows only.
  nlohmann::ordered_json timings = nlohmann::ordered_json::array();
  auto lap_start = start;
  d.request.lap = [&](const std::string& stage) {
    const auto now = std::chrono::steady_clock::now();
    timings.push_back({{"stage", stage}, {"ms", std::chrono::duration<double, std::milli>(now - lap_start).count()}});
    lap_start = now;
  };
  service::DiffResult result = diff_of(d);
  Json warnings = Json::array();
  {
    DiagnosticJson to_json(session_->sources, d.names);
    for (const support::Diagnostic& x : session_->diags.diagnostics()) warnings.push_back(to_json(x));
  }
  nlohmann::ordered_json out = report::diff_json_page(result.report, result.context, shown);
  d.request.lap("reasons and render");  // the chains of the changes shown, and the page
  out["rules"] = result.after().rules.size();
  out["rules_reused"] = result.after_results().reused;
  out["elapsed_ms"] =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  out["diagnostics"] = nlohmann::ordered_json::parse(warnings.dump());
  out["timings"] = timings;
  Response r;
  r.body = out.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  return r;
}

Response App::api_explain(const Request& request) {
  Json body = parse_body(request);
  const std::optional<int64_t> as_of = as_of_member(body, options_.as_of);
  const std::string id = string_member(body, "id");
  const std::string output = string_member(body, "output");
  std::vector<Draft> drafts = drafts_of(body);
  std::map<std::string, std::string> names;
  std::vector<std::string> paths;
  for (const Draft& d : drafts) {
    paths.push_back(d.path);
    names[d.path] = d.name;
  }
  auto baseline = baseline_for(as_of);
  const ir::Program& B = baseline->compiled->program;
  Json out;
  try {
    auto before = service::explain(*session_, *baseline, {}, id, output);
    auto after = service::explain(*session_, *baseline, paths, id, output);
    if (!before && !after) {
      std::vector<std::string> rules;
      for (const ir::Rule& r : B.rules) rules.push_back(r.name);
      const std::string hint = support::closest_name(output, rules);
      throw ApiError{400, fmt::format("no rule '{}'{}", output, hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint))};
    }
    // A step in a draft is placed by the draft's name, as its diagnostics are, not by the path
    // the studio keeps it under.
    std::function<void(Json&)> rename = [&](Json& node) {
      if (auto w = node.find("where"); w != node.end() && w->is_string()) {
        const std::string where = w->get<std::string>();
        for (const auto& [path, name] : names)
          if (where.size() > path.size() && where.compare(0, path.size(), path) == 0 && where[path.size()] == ':')
            *w = name + where.substr(path.size());
      }
      if (auto c = node.find("children"); c != node.end())
        for (Json& child : *c) rename(child);
    };
    out["before"] = before ? Json::parse(report::explain_json(*before)) : Json(nullptr);
    out["after"] = after ? Json::parse(report::explain_json(*after)) : Json(nullptr);
    rename(out["after"]);
  } catch (const service::CompileFailed&) {
    throw compile_error(*session_, names);
  }
  return json_response(200, out);
}

Response App::api_save(const Request& request) {
  Json body = parse_body(request);
  const std::string name = string_member(body, "name");
  const std::string text = string_member(body, "text");
  check_name(name);
  const fs::path workspace(options_.workspace);
  const fs::path target = workspace / name;
  // The name has no folder part, but the workspace may hold a link of that name, or the
  // workspace's own path may have changed: what is written must stay inside it.
  struct stat st {};
  if (::lstat(target.c_str(), &st) == 0) {
    if (S_ISLNK(st.st_mode)) throw ApiError{403, fmt::format("'{}' is a symbolic link in the workspace; not followed", name)};
    if (!S_ISREG(st.st_mode)) throw ApiError{403, fmt::format("'{}' in the workspace is not a regular file", name)};
  }
  std::error_code ec;
  const fs::path real = fs::canonical(workspace, ec);
  if (ec || real != workspace) throw ApiError{403, "the workspace folder moved or became a link; not saved"};
  try {
    service::write_output(target.string(), text);
  } catch (const service::UsageError& e) {
    throw ApiError{500, e.what()};
  }
  return json_response(200, {{"path", target.string()}});
}

Response App::api_report(const Request& request) {
  Json body = parse_body(request);
  Drafted d = drafted(body, std::chrono::steady_clock::now());
  service::DiffResult result = diff_of(d);
  Response r;
  r.content_type = "text/html; charset=utf-8";
  r.body = report::diff_html(result.report, result.context);
  std::string file = d.drafts.empty() ? "impact" : fs::path(d.drafts.back().name).stem().string();
  r.headers.emplace_back("Content-Disposition", fmt::format("attachment; filename=\"{}-impact.html\"", file));
  return r;
}

}  // namespace redline::studio
