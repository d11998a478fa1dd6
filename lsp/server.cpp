#include "lsp/server.h"

#include <poll.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <istream>
#include <ostream>
#include <regex>
#include <set>

#include <fmt/format.h>

#include "lsp/index.h"
#include "lsp/protocol.h"
#include "runtime/writers.h"
#include "service/check.h"
#include "service/diff.h"
#include "service/format.h"
#include "service/run.h"

#ifndef REDLINE_VERSION
#define REDLINE_VERSION "0.0.0"
#endif

namespace redline::lsp {

namespace fs = std::filesystem;

namespace {

// JSON-RPC and LSP error codes.
constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;
constexpr int kInternalError = -32603;
constexpr int kServerNotInitialized = -32002;
constexpr int kRequestFailed = -32803;

// A message nested deeper than this is refused before it is parsed: no LSP message comes
// close, and a client's garbage should not cost a deep tree.
constexpr size_t kMaxJsonDepth = 256;

// The long-lived session is replaced once it holds this many texts or bytes: every check adds
// the buffers that changed since the last, and a source is never freed while the session lives.
constexpr size_t kMaxSessionSources = 256;
constexpr size_t kMaxSessionBytes = size_t{64} << 20;

struct RpcError {
  int code;
  std::string message;
};

Json error_response(const Json& id, int code, const std::string& message) {
  return Json{{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}};
}

const std::set<std::string>& keywords() {
  static const std::set<std::string> k = {
      "after",  "all",      "amend",   "amends",     "and",        "any",       "as",       "assumption", "at",
      "before", "by",       "check",    "collect", "count",      "cycle",      "data",      "date",     "effective",  "else",
      "earliest", "entity", "enum",     "error",   "exception",  "expect",     "false",     "field",    "first",    "for",        "from",
      "given",  "if",       "in",      "insert",     "is",         "key",       "latest",   "match",    "max",        "min",
      "mod",    "modification", "none", "not",       "note",       "obligation", "of",      "or",         "order",
      "otherwise", "output", "overlaps", "param",    "policy",     "priority",  "repeal",   "replace",    "row",
      "rule",   "scale",    "bracket", "set",        "some",       "substitute", "sum",     "table",      "test",     "tests",      "then",
      "to",     "true",     "unique",  "until",      "when",       "where",     "within",   "int",        "decimal",
      "text",   "bool",     "money", "due",  "requires", "forbids"};
  return k;
}

bool is_identifier(const std::string& s) {
  if (s.empty() || s.size() > 256) return false;
  if (!(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_')) return false;
  for (char c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
  return keywords().count(s) == 0;
}

std::string normalize(const std::string& path) {
  if (path.empty() || path[0] != '/') return path;
  return fs::path(path).lexically_normal().string();
}

Json position_json(Position p) { return Json{{"line", p.line}, {"character", p.character}}; }

Json range_json(const LineIndex& index, size_t begin, size_t end) {
  return Json{{"start", position_json(index.position(begin))}, {"end", position_json(index.position(end))}};
}

Position position_param(const Json& params) {
  const Json& p = params.at("position");
  auto clamp = [](const Json& v) -> uint32_t {
    if (!v.is_number()) throw RpcError{kInvalidParams, "a position is two numbers"};
    double d = v.get<double>();
    if (!(d >= 0)) return 0;
    return d >= 4294967295.0 ? UINT32_MAX : static_cast<uint32_t>(d);
  };
  return {clamp(p.at("line")), clamp(p.at("character"))};
}

std::string op_word(ast::Amendment::Op op) {
  switch (op) {
    case ast::Amendment::Op::Replace: return "replace";
    case ast::Amendment::Op::Insert: return "insert";
    case ast::Amendment::Op::Repeal: return "repeal";
    case ast::Amendment::Op::Substitute: return "substitute";
  }
  return "amend";
}

std::string type_text(const ast::TypeRef& t) {
  return (t.set ? "set of " : "") + t.name + (t.optional ? "?" : "");
}

void annotations_md(std::string& md, const std::vector<ast::Annotation>& list) {
  for (const auto& a : list)
    md += fmt::format("\n\n*{}:* {}", a.kind == ast::Annotation::Kind::Note ? "note" : "assumption", a.text);
}

std::string citation_md(const std::optional<ast::Citation>& c) { return c ? fmt::format(" [{}]", c->text) : ""; }

bool amends(const ast::Amendment& a, const Symbol& s) {
  using T = ast::Amendment::Target;
  switch (s.kind) {
    case SymbolKind::Rule: return (a.target == T::Rule || a.target == T::Exception || a.target == T::Row) && a.name == s.name;
    case SymbolKind::Param: return a.target == T::Param && a.name == s.name;
    case SymbolKind::Cycle: return a.target == T::Cycle && a.name == s.name;
    case SymbolKind::Enum: return a.target == T::Enum && a.name == s.name;
    case SymbolKind::EnumMember: return a.target == T::Enum && a.name == s.container;
    case SymbolKind::Entity: return (a.target == T::Entity || a.target == T::Field) && a.name == s.name;
    case SymbolKind::Field:
      return (a.target == T::Field && a.name == s.container && a.label == s.name) || (a.target == T::Entity && a.name == s.container);
    case SymbolKind::Exception: return a.target == T::Exception && a.name == s.container && a.label == s.name;
    case SymbolKind::Row: return a.target == T::Row && a.name == s.container && a.label == s.name;
    default: return false;
  }
}

// Whether a text's first word (after comments) is `modification`.
bool starts_as_modification(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    if (std::isspace(static_cast<unsigned char>(text[i]))) {
      ++i;
    } else if (text.substr(i, 2) == "//") {
      i = text.find('\n', i);
    } else if (text.substr(i, 2) == "/*") {
      i = text.find("*/", i + 2);
      if (i != std::string_view::npos) i += 2;
    } else {
      return text.substr(i, 12) == "modification";
    }
  }
  return false;
}

// The policy a tests file names (`tests for "x.policy";`), read from its header without parsing.
std::optional<std::string> tests_target(std::string_view text) {
  size_t i = 0;
  auto skip = [&] {
    while (i < text.size()) {
      if (std::isspace(static_cast<unsigned char>(text[i]))) {
        ++i;
      } else if (text.substr(i, 2) == "//") {
        i = text.find('\n', i);
      } else if (text.substr(i, 2) == "/*") {
        i = text.find("*/", i + 2);
        i = i == std::string_view::npos ? i : i + 2;
      } else {
        return;
      }
    }
  };
  for (std::string_view word : {"tests", "for"}) {
    skip();
    if (i >= text.size() || text.substr(i, word.size()) != word) return std::nullopt;
    i += word.size();
  }
  skip();
  if (i >= text.size() || text[i] != '"') return std::nullopt;
  size_t end = text.find('"', i + 1);
  if (end == std::string_view::npos) return std::nullopt;
  return std::string(text.substr(i + 1, end - i - 1));
}

// An open buffer's URI as the client sent it (it may not be a file: `untitled:`), else the
// file's.
std::string uri_for(const std::string& path, const std::map<std::string, std::string>& open_uris) {
  auto it = open_uris.find(path);
  return it != open_uris.end() ? it->second : path_to_uri(path);
}

}  // namespace

Server::Server() = default;
Server::~Server() = default;

void Server::sync_buffers(service::Session& s) {
  for (auto& [uri, d] : docs_) {
    // A tests file naming a FIFO or a device (`tests for "/dev/zero";`) would have the driver
    // read it forever: it is given an empty text under that path instead, which does not parse.
    if (auto target = tests_target(d.text)) {
      std::error_code ec;
      fs::path policy = (fs::path(d.path).parent_path() / *target).lexically_normal();
      if (fs::exists(policy, ec) && !fs::is_regular_file(policy, ec) && !fs::is_directory(policy, ec) &&
          !in_session_.count(policy.string())) {
        s.sources.add(policy.string(), "");
        in_session_[policy.string()] = "";
      }
    }
    auto held = in_session_.find(d.path);
    if (held == in_session_.end() || held->second != d.text) {
      s.sources.add(d.path, d.text);
      in_session_[d.path] = d.text;
    }
  }
}

std::map<std::string, std::string> Server::open_uris() const {
  std::map<std::string, std::string> out;
  for (const auto& [uri, d] : docs_) out.emplace(d.path, uri);
  return out;
}
service::Session& Server::session() {
  size_t bytes = 0;
  if (session_)
    for (size_t i = 0; i < session_->sources.size(); ++i) bytes += session_->sources.file(static_cast<uint32_t>(i)).text().size();
  if (!session_ || session_->sources.size() > kMaxSessionSources || bytes > kMaxSessionBytes) {
    session_ = std::make_unique<service::Session>();
    in_session_.clear();
  }
  return *session_;
}

std::vector<Json> Server::handle(const std::string& text) {
  if (json_nested_deeper_than(text, kMaxJsonDepth)) return {error_response(nullptr, kParseError, "the message is nested too deeply")};
  Json message = Json::parse(text, nullptr, false);
  if (message.is_discarded()) return {error_response(nullptr, kParseError, "the message is not JSON")};
  return handle_message(message);
}

std::vector<Json> Server::handle_message(const Json& message) {
  std::vector<Json> out;
  if (exited_) return out;
  if (!message.is_object()) {
    out.push_back(error_response(nullptr, kInvalidRequest, "a message is a JSON object"));
    return out;
  }
  auto method_it = message.find("method");
  auto id_it = message.find("id");
  bool has_id = id_it != message.end();
  Json id = has_id ? *id_it : Json(nullptr);
  if (has_id && !id.is_string() && !(id.is_number_integer() || id.is_number_unsigned())) {
    out.push_back(error_response(nullptr, kInvalidRequest, "a request's id is a number or a string"));
    return out;
  }
  if (method_it == message.end()) {
    // A response to a request of ours (we send none that wait for one) or garbage.
    if (!has_id || (!message.contains("result") && !message.contains("error")))
      out.push_back(error_response(id, kInvalidRequest, "a message without a method"));
    return out;
  }
  if (!method_it->is_string()) {
    out.push_back(error_response(id, kInvalidRequest, "a method is a string"));
    return out;
  }
  const std::string method = method_it->get<std::string>();
  Json params = message.contains("params") ? message["params"] : Json::object();
  if (method == "exit") {
    exited_ = true;
    return out;
  }
  if (!initialized_ && method != "initialize") {
    if (has_id) out.push_back(error_response(id, kServerNotInitialized, "the server is not initialized"));
    return out;
  }
  if (shutdown_) {
    if (has_id) out.push_back(error_response(id, kInvalidRequest, "the server is shutting down"));
    return out;
  }
  std::vector<Json> notifications;
  try {
    Json result = dispatch(method, params, notifications);
    if (has_id) out.push_back(Json{{"jsonrpc", "2.0"}, {"id", id}, {"result", result}});
  } catch (const RpcError& e) {
    if (has_id) out.push_back(error_response(id, e.code, e.message));
  } catch (const Json::exception& e) {
    if (has_id) out.push_back(error_response(id, kInvalidParams, std::string("invalid params: ") + e.what()));
  } catch (const std::exception& e) {
    if (has_id) out.push_back(error_response(id, kInternalError, e.what()));
  }
  out.insert(out.end(), notifications.begin(), notifications.end());
  return out;
}

Json Server::dispatch(const std::string& method, const Json& params, std::vector<Json>& out) {
  const bool object = params.is_object();
  if (method == "initialize") {
    if (initialized_) throw RpcError{kInvalidRequest, "initialize is sent once"};
    initialized_ = true;
    return initialize(params);
  }
  if (method == "shutdown") {
    shutdown_ = true;
    return nullptr;
  }
  if (method == "initialized" || method == "$/cancelRequest" || method == "$/setTrace" ||
      method == "workspace/didChangeConfiguration")
    return nullptr;
  if (!object) throw RpcError{kInvalidParams, "params is an object"};
  if (method == "textDocument/didOpen") return did_open(params, out), nullptr;
  if (method == "textDocument/didChange") return did_change(params, out), nullptr;
  if (method == "textDocument/didClose") return did_close(params, out), nullptr;
  if (method == "textDocument/didSave" || method == "workspace/didChangeWatchedFiles") {
    // Files read from disk are kept by the session: a saved or changed file is read again.
    session_.reset();
    publish_all(out);
    return nullptr;
  }
  if (method == "textDocument/hover") return hover(params);
  if (method == "textDocument/definition") return definition(params);
  if (method == "textDocument/references") return references(params);
  if (method == "textDocument/rename") return rename(params);
  if (method == "textDocument/prepareRename") return prepare_rename(params);
  if (method == "textDocument/completion") return completion(params);
  if (method == "textDocument/formatting") return formatting(params);
  if (method == "textDocument/documentSymbol") return document_symbol(params);
  if (method == "textDocument/semanticTokens/full") return semantic_tokens(params);
  if (method == "textDocument/codeLens") return code_lens(params);
  throw RpcError{kMethodNotFound, "unknown method '" + method + "'"};
}

Json Server::initialize(const Json&) {
  Json legend = {{"tokenTypes", {"keyword", "function", "parameter", "variable", "property", "enumMember", "enum",
                                 "class", "string", "number", "comment", "event", "label"}},
                 {"tokenModifiers", {"declaration", "readonly"}}};
  Json capabilities = {
      {"positionEncoding", "utf-16"},
      {"textDocumentSync", {{"openClose", true}, {"change", 1}, {"save", {{"includeText", false}}}}},
      {"hoverProvider", true},
      {"definitionProvider", true},
      {"referencesProvider", true},
      {"renameProvider", {{"prepareProvider", true}}},
      {"completionProvider", {{"triggerCharacters", {"."}}, {"resolveProvider", false}}},
      {"documentFormattingProvider", true},
      {"documentSymbolProvider", true},
      {"semanticTokensProvider", {{"legend", legend}, {"full", true}, {"range", false}}},
      {"codeLensProvider", {{"resolveProvider", false}}},
  };
  return Json{{"capabilities", capabilities}, {"serverInfo", {{"name", "redline"}, {"version", REDLINE_VERSION}}}};
}

// --- documents and diagnostics -------------------------------------------------------------

const Server::Document& Server::document(const Json& params) const {
  const std::string uri = params.at("textDocument").at("uri").get<std::string>();
  auto it = docs_.find(uri);
  if (it == docs_.end()) throw RpcError{kInvalidParams, "the document '" + uri + "' is not open"};
  return it->second;
}

void Server::did_open(const Json& params, std::vector<Json>& out) {
  const Json& td = params.at("textDocument");
  Document d;
  d.uri = td.at("uri").get<std::string>();
  d.path = normalize(uri_to_path(d.uri));
  d.text = td.at("text").get<std::string>();
  d.language = td.value("languageId", "");
  if (td.contains("version") && td["version"].is_number_integer()) d.version = td["version"].get<int64_t>();
  docs_[d.uri] = std::move(d);
  publish_all(out, {td.at("uri").get<std::string>()});
}

void Server::did_change(const Json& params, std::vector<Json>& out) {
  const std::string uri = params.at("textDocument").at("uri").get<std::string>();
  auto it = docs_.find(uri);
  if (it == docs_.end()) throw RpcError{kInvalidParams, "the document '" + uri + "' is not open"};
  Document& d = it->second;
  for (const Json& change : params.at("contentChanges")) {
    if (change.contains("range")) {
      // Incremental changes, from a client that sends them although full sync was asked for.
      LineIndex index(d.text);
      const Json& r = change.at("range");
      size_t begin = index.offset(position_param(Json{{"position", r.at("start")}}));
      size_t end = index.offset(position_param(Json{{"position", r.at("end")}}));
      if (end < begin) std::swap(begin, end);
      d.text = d.text.substr(0, begin) + change.at("text").get<std::string>() + d.text.substr(end);
    } else {
      d.text = change.at("text").get<std::string>();
    }
  }
  const Json& td = params.at("textDocument");
  if (td.contains("version") && td["version"].is_number_integer()) d.version = td["version"].get<int64_t>();
  if (defer_) pending_.insert(uri);
  else publish_all(out, {uri});
}

void Server::did_close(const Json& params, std::vector<Json>& out) {
  const std::string uri = params.at("textDocument").at("uri").get<std::string>();
  if (docs_.erase(uri) == 0) return;
  published_.erase(uri);
  notify("textDocument/publishDiagnostics", Json{{"uri", uri}, {"diagnostics", Json::array()}}, out);
  // The session holds the closed buffer's text under its path; the disk's is the truth now.
  session_.reset();
  publish_all(out);
}

void Server::notify(const std::string& method, const Json& params, std::vector<Json>& out) {
  out.push_back(Json{{"jsonrpc", "2.0"}, {"method", method}, {"params", params}});
}

std::vector<Json> Server::flush() {
  std::vector<Json> out;
  if (!pending_.empty()) publish_all(out);
  return out;
}

void Server::publish_all(std::vector<Json>& out, std::set<std::string> changed) {
  changed.merge(pending_);
  pending_.clear();
  if (docs_.empty()) return;
  service::Session& s = session();
  s.diags.clear();
  service::CheckRequest request;
  std::set<std::string> paths;
  sync_buffers(s);
  for (auto& [uri, d] : docs_)
    if (paths.insert(d.path).second) request.files.push_back(d.path);
  // Policies first: a policy's own problems are reported once, by the first file whose check
  // finds them, and they should come from the policy's check, not from a modification's.
  std::stable_partition(request.files.begin(), request.files.end(),
                        [](const std::string& p) { return fs::path(p).extension() != ".tests"; });
  std::stable_partition(request.files.begin(), request.files.end(), [this](const std::string& p) {
    for (const auto& [uri, d] : docs_)
      if (d.path == p) return !starts_as_modification(d.text);
    return true;
  });
  const auto uris = open_uris();
  std::map<std::string, Json> by_path;
  for (const auto& p : paths) by_path[p] = Json::array();
  try {
    service::CheckResult result = service::check(s, request);
    std::map<uint32_t, std::unique_ptr<LineIndex>> indexes;
    auto index_of = [&](uint32_t file) -> const LineIndex& {
      auto& slot = indexes[file];
      if (!slot) slot = std::make_unique<LineIndex>(s.sources.file(file).text());
      return *slot;
    };
    auto range_of = [&](support::Location loc, uint32_t length) {
      if (!loc.valid() || loc.file >= s.sources.size()) return range_json(LineIndex(""), 0, 0);
      const LineIndex& index = index_of(loc.file);
      size_t size = s.sources.file(loc.file).text().size();
      size_t begin = std::min<size_t>(loc.offset, size);
      return range_json(index, begin, std::min<size_t>(begin + length, size));
    };
    for (const auto& d : result.diagnostics) {
      Json diag = {{"range", range_of(d.loc, d.length)},
                   {"severity", d.severity == support::Severity::Error     ? 1
                                : d.severity == support::Severity::Warning ? 2
                                : d.severity == support::Severity::Remark  ? 3
                                                                           : 4},
                   {"code", std::string(support::diag_name(d.id))},
                   {"source", "redline"},
                   {"message", d.message}};
      Json related = Json::array();
      for (const auto& n : d.notes) {
        if (n.loc.valid() && n.loc.file < s.sources.size())
          related.push_back({{"location",
                              {{"uri", uri_for(s.sources.file(n.loc.file).path(), uris)}, {"range", range_of(n.loc, n.length)}}},
                             {"message", n.message}});
        else
          diag["message"] = diag["message"].get<std::string>() + "\nnote: " + n.message;
      }
      if (!related.empty()) diag["relatedInformation"] = related;
      std::string path = d.loc.valid() && d.loc.file < s.sources.size() ? s.sources.file(d.loc.file).path() : "";
      if (auto it = by_path.find(path); it != by_path.end()) {
        it->second.push_back(diag);
      } else if (path.empty()) {
        // A problem without a place (a file that cannot be read) belongs to every buffer checked.
        for (auto& [p, list] : by_path) list.push_back(diag);
      }
    }
  } catch (const std::exception& e) {
    // A check that fails outright must not take the server with it; the buffers keep their
    // last diagnostics, and the user is told.
    notify("window/logMessage", Json{{"type", 1}, {"message", std::string("redline: check failed: ") + e.what()}}, out);
    s.diags.clear();
    return;
  }
  s.diags.clear();
  for (auto& [uri, d] : docs_) {
    Json& list = by_path[d.path];
    std::string text = list.dump(-1, ' ', false, Json::error_handler_t::replace);
    if (!changed.count(uri) && published_[uri] == text) continue;
    published_[uri] = text;
    notify("textDocument/publishDiagnostics", Json{{"uri", uri}, {"version", d.version}, {"diagnostics", list}}, out);
  }
}

// --- the symbol index's features -----------------------------------------------------------

std::unique_ptr<Project> Server::project_for(const Document& d) const {
  Texts texts;
  texts.open_text = [this](const std::string& path) -> std::optional<std::string> {
    for (const auto& [uri, doc] : docs_)
      if (doc.path == path) return doc.text;
    return std::nullopt;
  };
  for (const auto& [uri, doc] : docs_) texts.open_paths.push_back(doc.path);
  return std::make_unique<Project>(d.path, texts);
}

namespace {

struct At {
  std::unique_ptr<Project> project;
  const Occurrence* occurrence = nullptr;
};

// The line indexes of a project's files, made once per request: a reference list of a large
// file must not index the file again for each reference.
class Indexes {
 public:
  explicit Indexes(const Project& p) : p_(p) {}
  const LineIndex& operator[](uint32_t file) {
    auto& slot = made_[file];
    if (!slot) slot = std::make_unique<LineIndex>(p_.sources.file(file).text());
    return *slot;
  }

 private:
  const Project& p_;
  std::map<uint32_t, std::unique_ptr<LineIndex>> made_;
};

Json location_json(const Project& p, Indexes& indexes, const Occurrence& o,
                   const std::map<std::string, std::string>& open_uris) {
  return Json{{"uri", uri_for(p.files[o.file].path, open_uris)},
              {"range", range_json(indexes[o.file], o.offset, o.offset + o.length)}};
}

const ast::RuleDecl* find_rule(const Project& p, const std::string& name) {
  if (auto* m = p.policy_module())
    for (const auto& r : m->rules)
      if (r.name == name) return &r;
  for (const auto& f : p.files)
    if (f.module)
      for (const auto& a : f.module->amendments)
        if (a.rule && a.rule->name == name && a.op == ast::Amendment::Op::Insert) return a.rule.get();
  return nullptr;
}

std::string hover_text(const Project& p, const Symbol& s) {
  const ast::Module* m = p.policy_module();
  std::string md;
  auto code = [&](const std::string& text) { md += "```redline\n" + text + "\n```"; };
  switch (s.kind) {
    case SymbolKind::Rule: {
      const ast::RuleDecl* r = find_rule(p, s.name);
      if (!r) break;
      std::string params = r->entity.empty() ? std::string{} : r->param + ": " + r->entity;
      for (const auto& prm : r->params) params += (params.empty() ? "" : ", ") + prm.name + ": " + type_text(prm.type);
      code(fmt::format("{}{} {}({}){}{}", r->output ? "output " : "", r->obligation ? "obligation" : "rule", r->name,
                       params, r->type ? ": " + type_text(*r->type) : "",
                       r->title.empty() ? "" : " \"" + r->title + "\""));
      if (r->function()) md += "\n\nfunction: evaluated where it is called, with its arguments";
      if (r->citation) md += fmt::format("\n\n[{}]", r->citation->text);
      if (r->duty != Duty::None) md += fmt::format("\n\n{} `{}`", duty_word(r->duty), r->act);
      if (r->due) md += fmt::format("{}{} `{}`", r->duty != Duty::None ? ", " : "\n\n", r->until ? "until" : "due",
                                    ast::to_source(*r->due));
      annotations_md(md, r->annotations);
      if (!r->exceptions.empty()) {
        md += "\n\nexceptions:";
        for (const auto& x : r->exceptions) md += fmt::format(" `{}`{}", x.label, citation_md(x.citation));
      }
      break;
    }
    case SymbolKind::Param: {
      if (!m) break;
      for (const auto& prm : m->params) {
        if (prm.name != s.name) continue;
        code(fmt::format("param {}: {}", prm.name, type_text(prm.type)));
        if (prm.citation) md += fmt::format("\n\n[{}]", prm.citation->text);
        annotations_md(md, prm.annotations);
        md += "\n\nvalues:";
        for (size_t i = 0; i < prm.values.size(); ++i) {
          std::string value = prm.values[i] ? ast::to_source(*prm.values[i]) : "?";
          if (!prm.from_dates.empty()) {
            md += fmt::format("\n- from {}: `{}`", i < prm.from_dates.size() ? prm.from_dates[i] : "?", value);
          } else {
            std::string from = i == 0 ? "" : "after " + prm.until_dates[i - 1];
            std::string until = i < prm.until_dates.size() ? "until " + prm.until_dates[i] : "";
            std::string when = from.empty() && until.empty() ? "always" : from + (from.empty() || until.empty() ? "" : ", ") + until;
            md += fmt::format("\n- `{}` {}", value, when);
          }
        }
      }
      break;
    }
    case SymbolKind::Cycle:
      if (m)
        for (const auto& c : m->cycles)
          if (c.name == s.name) {
            std::string values;
            for (const auto& v : c.values) values += (values.empty() ? "" : ", ") + (v ? ast::to_source(*v) : "?");
            code(fmt::format("cycle {}: {} = {}", c.name, type_text(c.type), values));
            if (c.citation) md += fmt::format("\n\n[{}]", c.citation->text);
            annotations_md(md, c.annotations);
          }
      break;
    case SymbolKind::Entity:
    case SymbolKind::Field:
      if (m)
        for (const auto& e : m->entities) {
          if (e.name != (s.kind == SymbolKind::Entity ? s.name : s.container)) continue;
          if (s.kind == SymbolKind::Entity) {
            code(fmt::format("entity {}", e.name));
          } else {
            for (const auto& f : e.fields)
              if (f.name == s.name) {
                std::string checks;
                for (const auto& c : f.checks)
                  checks += fmt::format(" check {} {}", ast::compare_op_text(c.op), c.value ? ast::to_source(*c.value) : "?");
                code(fmt::format("{}.{}: {}{}{}", e.name, f.name, f.key ? "key " : "", type_text(f.type), checks));
              }
          }
          if (e.citation) md += fmt::format("\n\n[{}]", e.citation->text);
          annotations_md(md, e.annotations);
        }
      break;
    case SymbolKind::Enum:
    case SymbolKind::EnumMember:
      if (m)
        for (const auto& e : m->enums) {
          if (e.name != (s.kind == SymbolKind::Enum ? s.name : s.container)) continue;
          std::string members;
          for (const auto& mem : e.members) {
            if (s.kind == SymbolKind::EnumMember && mem.name == s.name)
              code(fmt::format("{}.{}{}", e.name, mem.name, mem.label.empty() ? "" : " \"" + mem.label + "\""));
            members += (members.empty() ? "" : ", ") + mem.name;
          }
          if (s.kind == SymbolKind::Enum) code(fmt::format("enum {} {{ {} }}", e.name, members));
          if (e.citation) md += fmt::format("\n\n[{}]", e.citation->text);
        }
      break;
    case SymbolKind::Exception:
      if (const ast::RuleDecl* r = find_rule(p, s.container)) {
        for (const auto& x : r->exceptions)
          if (x.label == s.name) {
            code(fmt::format("exception {}.{}{}", r->name, x.label, x.parent.empty() ? "" : " to " + x.parent));
            if (x.citation) md += fmt::format("\n\n[{}]", x.citation->text);
            if (x.condition && x.value)
              md += fmt::format("\n\nwhen `{}` then `{}`", ast::to_source(*x.condition), ast::to_source(*x.value));
            annotations_md(md, x.annotations);
          }
      }
      break;
    case SymbolKind::Row:
      if (const ast::RuleDecl* r = find_rule(p, s.container); r && r->table)
        for (const auto& row : r->table->rows)
          if (row.label == s.name) {
            code(fmt::format("row {}.{}{}", r->name, row.label,
                             row.outcome ? " => " + ast::to_source(*row.outcome) : std::string()));
            if (row.citation) md += fmt::format("\n\n[{}]", row.citation->text);
          }
      break;
  }
  if (md.empty()) code(fmt::format("{} {}", symbol_kind_name(s.kind), s.name));
  // The modifications that amend it, with what each does.
  std::string amended;
  for (const auto& f : p.files) {
    if (!f.module || f.module->kind != ast::Module::Kind::Modification) continue;
    for (const auto& a : f.module->amendments) {
      if (!amends(a, s)) continue;
      std::string what = op_word(a.op) + " " + ast::target_word(a.target) + " " + a.name + (a.label.empty() ? "" : "." + a.label);
      const std::vector<ast::Annotation>* notes = &a.annotations;
      std::optional<ast::Citation> citation = a.citation;
      if (a.rule) {
        if (!citation) citation = a.rule->citation;
        if (notes->empty()) notes = &a.rule->annotations;
      }
      if (a.exception) {
        if (!citation) citation = a.exception->citation;
        if (notes->empty()) notes = &a.exception->annotations;
      }
      if (a.param && !citation) citation = a.param->citation;
      amended += fmt::format("\n- **{}** ({}): {}{}", f.module->name, fs::path(f.path).filename().string(), what,
                             citation_md(citation));
      if (!notes->empty()) amended += ": " + notes->front().text;
    }
  }
  if (!amended.empty()) md += "\n\namended by:" + amended;
  return md;
}

}  // namespace

Json Server::hover(const Json& params) {
  const Document& d = document(params);
  auto project = project_for(d);
  if (!project->self) return nullptr;
  LineIndex index(d.text);
  size_t offset = index.offset(position_param(params));
  const Occurrence* o = project->at(*project->self, static_cast<uint32_t>(offset));
  if (!o) return nullptr;
  return Json{{"contents", {{"kind", "markdown"}, {"value", hover_text(*project, project->symbols[o->symbol])}}},
              {"range", range_json(index, o->offset, o->offset + o->length)}};
}

Json Server::definition(const Json& params) {
  const Document& d = document(params);
  auto project = project_for(d);
  if (!project->self) return nullptr;
  size_t offset = LineIndex(d.text).offset(position_param(params));
  const Occurrence* o = project->at(*project->self, static_cast<uint32_t>(offset));
  if (!o) return nullptr;
  const Occurrence* decl = project->declaration(o->symbol);
  if (!decl) return nullptr;
  Indexes indexes(*project);
  return location_json(*project, indexes, *decl, open_uris());
}

Json Server::references(const Json& params) {
  const Document& d = document(params);
  auto project = project_for(d);
  if (!project->self) return Json::array();
  size_t offset = LineIndex(d.text).offset(position_param(params));
  const Occurrence* o = project->at(*project->self, static_cast<uint32_t>(offset));
  if (!o) return Json::array();
  bool with_declaration = true;
  if (params.contains("context") && params["context"].is_object())
    with_declaration = params["context"].value("includeDeclaration", true);
  Json out = Json::array();
  const Occurrence* decl = project->declaration(o->symbol);
  Indexes indexes(*project);
  const auto uris = open_uris();
  for (const Occurrence* r : project->of(o->symbol)) {
    if (!with_declaration && decl && r->file == decl->file && r->offset == decl->offset) continue;
    out.push_back(location_json(*project, indexes, *r, uris));
  }
  return out;
}

Json Server::prepare_rename(const Json& params) {
  const Document& d = document(params);
  auto project = project_for(d);
  if (!project->self) return nullptr;
  LineIndex index(d.text);
  size_t offset = index.offset(position_param(params));
  const Occurrence* o = project->at(*project->self, static_cast<uint32_t>(offset));
  if (!o) return nullptr;
  const Symbol& s = project->symbols[o->symbol];
  if (s.kind != SymbolKind::Rule && s.kind != SymbolKind::Param && s.kind != SymbolKind::Field &&
      s.kind != SymbolKind::EnumMember)
    throw RpcError{kRequestFailed, fmt::format("a {} cannot be renamed here (rules, parameters, fields and enum members can)",
                                               symbol_kind_name(s.kind))};
  return Json{{"range", range_json(index, o->offset, o->offset + o->length)}, {"placeholder", s.name}};
}

Json Server::rename(const Json& params) {
  const Document& d = document(params);
  const std::string new_name = params.at("newName").get<std::string>();
  auto project = project_for(d);
  if (!project->self) throw RpcError{kRequestFailed, "nothing to rename here"};
  size_t offset = LineIndex(d.text).offset(position_param(params));
  const Occurrence* o = project->at(*project->self, static_cast<uint32_t>(offset));
  if (!o) throw RpcError{kRequestFailed, "no rule, parameter, field or enum member here"};
  const Symbol s = project->symbols[o->symbol];
  if (s.kind != SymbolKind::Rule && s.kind != SymbolKind::Param && s.kind != SymbolKind::Field &&
      s.kind != SymbolKind::EnumMember)
    throw RpcError{kRequestFailed, fmt::format("a {} cannot be renamed here (rules, parameters, fields and enum members can)",
                                               symbol_kind_name(s.kind))};
  if (!is_identifier(new_name)) throw RpcError{kRequestFailed, fmt::format("'{}' is not a name (or is a keyword)", new_name)};
  if (project->guessed.count({s.kind, s.name}))
    throw RpcError{kRequestFailed,
                   fmt::format("'{}' is {} of several {}, and a use of it here cannot be told apart by its text alone; "
                               "renaming could change the wrong one",
                               s.name, s.kind == SymbolKind::Field ? "a field" : "a member",
                               s.kind == SymbolKind::Field ? "entities" : "enums")};
  if (new_name == s.name) return Json{{"changes", Json::object()}};
  // Names that would collide: declarations sharing the namespace, and names an unqualified
  // reference would find first (a rule's own parameter, a parameter before an enum member).
  for (const Symbol& other : project->symbols) {
    if (other.name != new_name) continue;
    bool clash = false;
    switch (s.kind) {
      case SymbolKind::Rule:
      case SymbolKind::Param:
        clash = other.kind == SymbolKind::Rule || other.kind == SymbolKind::Param || other.kind == SymbolKind::Cycle ||
                other.kind == SymbolKind::Enum || other.kind == SymbolKind::Entity ||
                (s.kind == SymbolKind::Param && other.kind == SymbolKind::EnumMember);
        break;
      case SymbolKind::Field: clash = other.kind == SymbolKind::Field && other.container == s.container; break;
      case SymbolKind::EnumMember:
        clash = (other.kind == SymbolKind::EnumMember && other.container == s.container) || other.kind == SymbolKind::Param;
        break;
      default: break;
    }
    if (clash)
      throw RpcError{kRequestFailed, fmt::format("'{}' is already the name of {} {}{}", new_name,
                                                 other.kind == SymbolKind::EnumMember ? "an" : "a",
                                                 symbol_kind_name(other.kind),
                                                 other.container.empty() ? "" : " of " + other.container)};
  }
  if (s.kind == SymbolKind::Param || s.kind == SymbolKind::EnumMember)
    if (const ast::Module* m = project->policy_module())
      for (const auto& r : m->rules)
        if (r.param == new_name)
          throw RpcError{kRequestFailed, fmt::format("'{}' is the entity parameter of rule '{}', which would hide it",
                                                     new_name, r.name)};
  const auto uris = open_uris();
  Json changes = Json::object();
  Indexes indexes(*project);
  for (const Occurrence* r : project->of(o->symbol))
    changes[uri_for(project->files[r->file].path, uris)].push_back(
        Json{{"range", range_json(indexes[r->file], r->offset, r->offset + r->length)}, {"newText", new_name}});
  return Json{{"changes", changes}};
}

Json Server::completion(const Json& params) {
  const Document& d = document(params);
  auto project = project_for(d);
  size_t cursor = LineIndex(d.text).offset(position_param(params));
  size_t line_start = d.text.rfind('\n', cursor == 0 ? 0 : cursor - 1);
  line_start = line_start == std::string::npos || cursor == 0 ? 0 : line_start + 1;
  // The text of the line before the cursor, bounded so that a pathological line costs nothing.
  std::string before = d.text.substr(std::max(line_start, cursor > 512 ? cursor - 512 : 0),
                                     cursor - std::max(line_start, cursor > 512 ? cursor - 512 : 0));
  const ast::Module* m = project->policy_module();
  Json items = Json::array();
  auto item = [&](const std::string& label, int kind, const std::string& detail = {}) {
    Json i = {{"label", label}, {"kind", kind}};
    if (!detail.empty()) i["detail"] = detail;
    items.push_back(i);
  };
  auto members_of = [&](const std::string& en) {
    if (m)
      for (const auto& e : m->enums)
        if (e.name == en)
          for (const auto& mem : e.members) item(mem.name, 20, e.name);
  };
  // The entity a variable names, from its declaration before the cursor: `p: Party` or
  // `for x in Party` (the last one wins). A plain scan: a regex over a long text can recurse
  // as deep as the text is long.
  auto entity_of = [&](const std::string& var) -> std::string {
    const size_t from = cursor > 200000 ? cursor - 200000 : 0;
    std::vector<std::pair<size_t, size_t>> words;  // [begin, end) of the identifiers, in order
    std::string found;
    auto is_word = [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)) || ch == '_'; };
    auto next_char = [&](size_t at) {
      while (at < cursor && std::isspace(static_cast<unsigned char>(d.text[at]))) ++at;
      return at;
    };
    for (size_t i = from; i < cursor;) {
      if (!is_word(d.text[i])) {
        ++i;
        continue;
      }
      size_t j = i;
      while (j < cursor && is_word(d.text[j])) ++j;
      if (std::string_view(d.text).substr(i, j - i) == var) {
        size_t k = next_char(j);
        if (k < cursor && d.text[k] == ':') {
          size_t t = next_char(k + 1), u = t;
          while (u < cursor && is_word(d.text[u])) ++u;
          if (u > t) found = d.text.substr(t, u - t);
        } else if (!words.empty() && d.text.compare(words.back().first, 3, "for") == 0 &&
                   words.back().second - words.back().first == 3) {
          // `for var in Entity`
          size_t t = next_char(j), u = t;
          while (u < cursor && is_word(d.text[u])) ++u;
          if (d.text.compare(t, u - t, "in") == 0 && u - t == 2) {
            size_t e = next_char(u), f = e;
            while (f < cursor && is_word(d.text[f])) ++f;
            if (f > e) found = d.text.substr(e, f - e);
          }
        }
      }
      words.emplace_back(i, j);
      if (words.size() > 4) words.erase(words.begin());
      i = j;
    }
    return found;
  };
  auto entity_decl = [&](const std::string& name) -> const ast::EntityDecl* {
    if (m)
      for (const auto& e : m->entities)
        if (e.name == name) return &e;
    return nullptr;
  };
  // The type of `a.b.c` as far as declarations tell it.
  auto chain_type = [&](const std::string& chain) -> std::string {
    size_t dot = chain.find('.');
    std::string type = entity_of(chain.substr(0, dot));
    while (dot != std::string::npos && !type.empty()) {
      size_t next = chain.find('.', dot + 1);
      std::string field = chain.substr(dot + 1, next == std::string::npos ? std::string::npos : next - dot - 1);
      const ast::EntityDecl* e = entity_decl(type);
      type.clear();
      if (e)
        for (const auto& f : e->fields)
          if (f.name == field) type = f.type.name;
      dot = next;
    }
    return type;
  };
  static const std::regex dot_re(R"(([A-Za-z_][\w.]*)\.(\w*)$)");
  static const std::regex compare_re(R"(([A-Za-z_][\w.]*)\s*(==|!=|in\s*\{|=>)\s*[\w,\s]*$)");
  std::smatch mt;
  if (std::regex_search(before, mt, dot_re)) {
    std::string base = mt[1];
    if (project->find(SymbolKind::Enum, "", base)) {
      members_of(base);
    } else {
      std::string type = chain_type(base);
      const ast::EntityDecl* e = entity_decl(type);
      if (m)
        for (const auto& en : m->entities)
          if (!e || &en == e)
            for (const auto& f : en.fields) item(f.name, 5, type_text(f.type) + (e ? "" : " (" + en.name + ")"));
    }
    return Json{{"isIncomplete", false}, {"items", items}};
  }
  if (std::regex_search(before, mt, compare_re) && mt[2].str() != "=>") {
    std::string type = mt[1].str().find('.') != std::string::npos ? chain_type(mt[1]) : std::string{};
    if (!type.empty() && project->find(SymbolKind::Enum, "", type)) {
      members_of(type);
      return Json{{"isIncomplete", false}, {"items", items}};
    }
  }
  if (m) {
    for (const auto& r : m->rules) {
      std::string takes = r.entity;
      for (const auto& prm : r.params) takes += (takes.empty() ? "" : ", ") + type_text(prm.type);
      item(r.name, 3, fmt::format("{} ({}){}", r.function() ? "function" : "rule", takes, r.type ? ": " + type_text(*r.type) : ""));
    }
    for (const auto& p : m->params) item(p.name, 21, "param: " + type_text(p.type));
    for (const auto& c : m->cycles) item(c.name, 6, "cycle: " + type_text(c.type));
    for (const auto& e : m->enums) {
      item(e.name, 13, "enum");
      for (const auto& mem : e.members) item(mem.name, 20, e.name);
    }
    for (const auto& e : m->entities) item(e.name, 7, "entity");
  }
  for (const auto& k : keywords()) item(k, 14);
  struct Snippet {
    const char* label;
    const char* text;
  };
  static const Snippet snippets[] = {
      {"rule", "rule ${1:name}(${2:p}: ${3:Entity}): ${4:Type} [${5:clause}]\n  = ${0:value};"},
      {"output rule", "output rule ${1:name}(${2:p}: ${3:Entity}): ${4:Type} [${5:clause}]\n  = ${0:value};"},
      {"exception", "exception ${1:label} [${2:clause}]\n  when ${3:condition}\n  then ${0:value}"},
      {"table", "table first (${1:input}) {\n  ${2:label}: ${3:_} => ${4:value};\n  otherwise => ${0:value};\n}"},
      {"param", "param ${1:name}: ${2:decimal} [${3:clause}] = ${0:value};"},
      {"modification", "modification ${1:name} \"${2:title}\" [${3:clause}]\n  amends ${4:policy}\n  effective ${5:2025-01-01};\n"},
      {"replace rule", "replace rule ${1:name}(${2:p}: ${3:Entity}): ${4:Type} [${5:clause}]\n  = ${0:value};"},
      {"insert exception", "insert exception ${1:rule}.${2:label} [${3:clause}]\n  when ${4:condition}\n  then ${0:value};"},
      {"repeal rule", "repeal rule ${1:name};"},
      {"substitute param", "substitute param ${1:name} [${2:clause}] = ${0:value};"},
      {"insert field", "insert field ${1:Entity}.${2:name}: ${3:Type} [${4:clause}];"},
      {"replace row", "replace row ${1:rule}.${2:label}: ${3:_} => ${0:value};"},
  };
  for (const auto& sn : snippets)
    items.push_back(Json{{"label", sn.label}, {"kind", 15}, {"insertTextFormat", 2}, {"insertText", sn.text},
                         {"detail", "snippet"}});
  return Json{{"isIncomplete", false}, {"items", items}};
}

Json Server::formatting(const Json& params) {
  const Document& d = document(params);
  service::Session& s = session();
  s.diags.clear();
  service::FormatResult result = service::format(s, {d.path, d.text});
  s.diags.clear();
  if (result.status == service::FormatResult::Status::ParseErrors)
    throw RpcError{kRequestFailed, "the text does not parse; fix the errors first (nothing was formatted)"};
  if (result.status == service::FormatResult::Status::NotVerified)
    throw RpcError{kRequestFailed, "the formatter could not keep this text's meaning and comments; nothing was formatted"};
  if (!result.changed()) return Json::array();
  LineIndex index(d.text);
  return Json::array({Json{{"range", range_json(index, 0, d.text.size())}, {"newText", result.formatted}}});
}

Json Server::document_symbol(const Json& params) {
  const Document& d = document(params);
  support::SourceManager sources;
  uint32_t file = 0;
  auto module = parse_text(sources, d.path, d.text, &file);
  Json out = Json::array();
  if (!module) return out;
  LineIndex index(d.text);
  const std::string_view text = d.text;
  auto name_at = [&](support::Location loc, const std::string& name) -> std::pair<size_t, size_t> {
    size_t at = loc.valid() && loc.file == file ? std::min<size_t>(loc.offset, text.size()) : 0;
    size_t found = text.substr(at, 96 + name.size()).find(name);
    if (!name.empty() && found != std::string_view::npos) at += found;
    return {at, std::min(at + name.size(), text.size())};
  };
  // A declaration's range: from the start of the line its name is on (where `output rule` and
  // the like begin) to its end.
  auto whole = [&](size_t b, size_t end) {
    return Json{{"start", position_json({index.position(b).line, 0})}, {"end", position_json(index.position(end))}};
  };
  auto symbol = [&](const std::string& name, int kind, support::Location loc, size_t end, const std::string& detail) {
    auto [b, e] = name_at(loc, name);
    end = std::max(end, e);
    Json s = {{"name", name.empty() ? "(unnamed)" : name},
              {"kind", kind},
              {"range", whole(b, end)},
              {"selectionRange", range_json(index, b, e)}};
    if (!detail.empty()) s["detail"] = detail;
    return s;
  };
  auto child = [&](const std::string& name, int kind, support::Location loc, const std::string& detail) {
    auto [b, e] = name_at(loc, name);
    return symbol(name, kind, loc, e, detail);
  };
  const ast::Module& m = *module;
  for (size_t i = 0; i < m.order.size(); ++i) {
    auto [kind, k] = m.order[i];
    size_t end = i < m.order_end.size() ? m.order_end[i] : 0;
    Json s;
    switch (kind) {
      case 'e': {
        const auto& e = m.enums.at(k);
        s = symbol(e.name, 10, e.loc, end, citation_md(e.citation));
        s["children"] = Json::array();
        for (const auto& mem : e.members) s["children"].push_back(child(mem.name, 22, mem.loc, mem.label));
        break;
      }
      case 'n': {
        const auto& e = m.entities.at(k);
        s = symbol(e.name, 23, e.loc, end, citation_md(e.citation));
        s["children"] = Json::array();
        for (const auto& f : e.fields) s["children"].push_back(child(f.name, 8, f.loc, type_text(f.type)));
        break;
      }
      case 'p': {
        const auto& p = m.params.at(k);
        s = symbol(p.name, 14, p.loc, end, type_text(p.type) + citation_md(p.citation));
        break;
      }
      case 'c': {
        const auto& c = m.cycles.at(k);
        s = symbol(c.name, 13, c.loc, end, type_text(c.type) + citation_md(c.citation));
        break;
      }
      case 'r': {
        const auto& r = m.rules.at(k);
        s = symbol(r.name, 12, r.loc, end, (r.type ? type_text(*r.type) : std::string("bool")) + citation_md(r.citation));
        s["children"] = Json::array();
        if (r.table)
          for (const auto& row : r.table->rows)
            if (!row.label.empty()) s["children"].push_back(child(row.label, 20, row.loc, "row" + citation_md(row.citation)));
        for (const auto& x : r.exceptions)
          s["children"].push_back(child(x.label, 24, x.loc, "exception" + citation_md(x.citation)));
        break;
      }
      case 't': {
        const auto& t = m.tests.at(k);
        s = symbol(t.name, 6, t.loc, end, t.title);
        break;
      }
      case 'a': {
        const auto& a = m.amendments.at(k);
        std::string label = op_word(a.op) + " " + ast::target_word(a.target) + " " + a.name + (a.label.empty() ? "" : "." + a.label);
        auto [b, e] = name_at(a.name_loc, a.name);
        s = {{"name", label},
             {"kind", a.target == ast::Amendment::Target::Rule ? 12 : 24},
             {"range", whole(b, std::max(end, e))},
             {"selectionRange", range_json(index, b, e)}};
        break;
      }
      default: continue;
    }
    out.push_back(s);
  }
  return out;
}

Json Server::semantic_tokens(const Json& params) {
  const Document& d = document(params);
  auto project = project_for(d);
  enum Type { Keyword, Function, Parameter, Variable, Property, EnumMember, Enum, Class, String, Number, Comment, Event, Label };
  std::map<uint32_t, const Occurrence*> at;
  if (project->self)
    for (const auto& o : project->occurrences)
      if (o.file == *project->self) at.emplace(o.offset, &o);
  const std::string& text = d.text;
  LineIndex index(text);
  std::vector<uint32_t> data;
  Position last{0, 0};
  // One token per line: the protocol's tokens do not span lines unless the client says so.
  auto emit = [&](size_t begin, size_t end, int type, int modifiers) {
    while (begin < end) {
      size_t line_end = text.find('\n', begin);
      size_t stop = std::min(end, line_end == std::string::npos ? text.size() : line_end);
      Position a = index.position(begin), b = index.position(stop);
      if (b.character > a.character) {
        data.push_back(a.line - last.line);
        data.push_back(a.line == last.line ? a.character - last.character : a.character);
        data.push_back(b.character - a.character);
        data.push_back(static_cast<uint32_t>(type));
        data.push_back(static_cast<uint32_t>(modifiers));
        last = a;
      }
      begin = stop + 1;
    }
  };
  auto ident = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  for (size_t i = 0; i < text.size();) {
    char c = text[i];
    if (c == '/' && i + 1 < text.size() && text[i + 1] == '/') {
      size_t end = text.find('\n', i);
      end = end == std::string::npos ? text.size() : end;
      emit(i, end, Comment, 0);
      i = end;
    } else if (c == '/' && i + 1 < text.size() && text[i + 1] == '*') {
      size_t end = text.find("*/", i + 2);
      end = end == std::string::npos ? text.size() : end + 2;
      emit(i, end, Comment, 0);
      i = end;
    } else if (c == '"') {
      size_t j = i + 1;
      while (j < text.size() && text[j] != '"' && text[j] != '\n') j += text[j] == '\\' ? 2 : 1;
      j = std::min(j + 1, text.size());
      emit(i, j, String, 0);
      i = j;
    } else if (std::isdigit(static_cast<unsigned char>(c))) {
      size_t j = i;
      while (j < text.size() && (ident(text[j]) || text[j] == '-' || (text[j] == '.' && j + 1 < text.size() &&
                                                                       std::isdigit(static_cast<unsigned char>(text[j + 1])))))
        ++j;
      emit(i, j, Number, 0);
      i = j;
    } else if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
      size_t j = i;
      while (j < text.size() && ident(text[j])) ++j;
      std::string word = text.substr(i, j - i);
      bool after_bracket = false;  // a citation's clause ([G8.49]) is not a name
      for (size_t k = i; k > 0 && k + 64 > i; --k) {
        char b = text[k - 1];
        if (b == '[') after_bracket = true;
        if (b == '[' || b == ']' || b == ';' || b == '\n' || b == '=' || b == '(') break;
      }
      if (keywords().count(word)) {
        emit(i, j, Keyword, 0);
      } else if (auto it = at.find(static_cast<uint32_t>(i)); it != at.end()) {
        static const int kinds[] = {Function, Variable, Variable, Enum, EnumMember, Class, Property, Event, Label};
        const Symbol& s = project->symbols[it->second->symbol];
        int mods = (it->second->declaration ? 1 : 0) | (s.kind == SymbolKind::Param ? 2 : 0);
        emit(i, j, kinds[static_cast<int>(s.kind)], mods);
      } else if (!after_bracket && j < text.size() && (text[j] == '.' || text[j] == ':' || text[j] == ')')) {
        // A local: the entity variable of a rule or an aggregate, before a field or its type.
        emit(i, j, Parameter, 0);
      }
      i = j;
    } else {
      i += utf8_length(static_cast<unsigned char>(c));
    }
  }
  return Json{{"data", data}};
}

namespace {

// `redline.toml` beside a policy: example data for the code lenses.
//
//   as_of = "2020-06-30"          # optional; the date the policy is evaluated on (default: today)
//   [data]
//   Party = "../../examples/sec/parties.csv"   # a path relative to redline.toml
//
// Only this subset of TOML is read: a `[data]` table of strings and a top-level `as_of`.
struct Workspace {
  std::string file;
  std::vector<std::pair<std::string, std::string>> data;  // entity -> path
  std::string as_of;
};

std::optional<Workspace> read_workspace(const std::string& dir) {
  Workspace w;
  w.file = (fs::path(dir) / "redline.toml").string();
  std::error_code ec;
  if (!fs::is_regular_file(w.file, ec) || fs::file_size(w.file, ec) > (1u << 20)) return std::nullopt;
  std::ifstream in(w.file);
  std::string line, section;
  auto trim = [](std::string t) {
    size_t b = t.find_first_not_of(" \t\r"), e = t.find_last_not_of(" \t\r");
    return b == std::string::npos ? std::string() : t.substr(b, e - b + 1);
  };
  while (std::getline(in, line)) {
    // A '#' outside a string starts a comment.
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '"') quoted = !quoted;
      if (line[i] == '#' && !quoted) {
        line.resize(i);
        break;
      }
    }
    line = trim(line);
    if (line.empty()) continue;
    if (line.front() == '[') {
      section = trim(line.substr(1, line.find(']') == std::string::npos ? std::string::npos : line.find(']') - 1));
      continue;
    }
    size_t eq = line.find('=');
    if (eq == std::string::npos) continue;
    std::string key = trim(line.substr(0, eq)), value = trim(line.substr(eq + 1));
    if (key.size() >= 2 && key.front() == '"' && key.back() == '"') key = key.substr(1, key.size() - 2);
    if (value.size() < 2 || value.front() != '"' || value.back() != '"') continue;
    value = value.substr(1, value.size() - 2);
    if (section == "data") w.data.emplace_back(key, (fs::path(dir) / value).lexically_normal().string());
    else if (section.empty() && key == "as_of") w.as_of = value;
  }
  return w;
}

// "Full 30 · Verification 13 · ...": the values of a column and how many rows have each, most
// frequent first.
std::string value_counts(const ir::Program& program, const runtime::Column& column, size_t rows,
                         const std::vector<runtime::Table>& tables) {
  std::map<std::string, size_t> counts;
  for (size_t r = 0; r < rows; ++r) ++counts[runtime::format_value(program, column, r, tables)];
  std::vector<std::pair<std::string, size_t>> sorted(counts.begin(), counts.end());
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  constexpr size_t kShown = 6;
  std::string out;
  for (size_t i = 0; i < sorted.size() && i < kShown; ++i)
    out += fmt::format("{}{} {}", i ? " · " : "", sorted[i].first.empty() ? "none" : sorted[i].first, sorted[i].second);
  if (sorted.size() > kShown) out += fmt::format(" · {} more values", sorted.size() - kShown);
  return out;
}

}  // namespace

Json Server::code_lens(const Json& params) {
  const Document& d = document(params);
  auto project = project_for(d);
  Json lenses = Json::array();
  if (!project->self || !project->policy || !project->files[*project->self].module) return lenses;
  const ast::Module& self = *project->files[*project->self].module;
  if (self.kind == ast::Module::Kind::Tests) return lenses;
  const std::string policy_path = project->files[*project->policy].path;
  std::optional<Workspace> w = read_workspace(fs::path(policy_path).parent_path().string());
  if (!w || w->data.empty()) return lenses;
  LineIndex index(d.text);
  auto lens = [&](size_t begin, size_t end, const std::string& title) {
    lenses.push_back(Json{{"range", range_json(index, begin, end)}, {"command", {{"title", title}, {"command", ""}}}});
  };
  std::string names;
  for (const auto& [entity, path] : w->data)
    names += (names.empty() ? "" : ", ") + fs::path(path).filename().string();
  service::Session& s = session();
  s.diags.clear();
  sync_buffers(s);
  std::vector<service::DataSource> data;
  try {
    // As --data reads them: a file by its extension, or a database's table (`register.sqlite#parties`).
    for (const auto& [entity, path] : w->data) data.push_back(service::parse_data_spec(entity + "=" + path));
    std::optional<int64_t> as_of;
    if (!w->as_of.empty()) as_of = service::parse_date_option(w->as_of, "as_of in redline.toml");
    if (self.kind == ast::Module::Kind::Modification) {
      service::DiffRequest request;
      request.policy = policy_path;
      request.amendments = {d.path};
      request.data = data;
      request.as_of = as_of;
      service::DiffResult result = service::diff(s, request);
      const runtime::DiffReport& report = result.report;
      size_t at = std::min<size_t>(self.loc.offset, d.text.size());
      lens(at, at, fmt::format("on {}: changes {} of {} {} entities", names, report.changed_entities, report.rows,
                               report.entity));
      // What each operation moves, as `diff` attributes it: the law's changes are this file's
      // operations, in order, when the counts agree (a modification that failed to apply has none).
      const auto& law = result.context.law;
      if (report.operations.size() == law.size() && law.size() == self.amendments.size()) {
        for (size_t i = 0; i < law.size(); ++i) {
          const runtime::OperationImpact& impact = report.operations[i];
          std::string title = "moves none of the values compared";
          if (impact.changes > 0) {
            std::string per_output;
            for (const auto& [output, n] : impact.outputs)
              per_output += fmt::format("{}{} {}", per_output.empty() ? "" : ", ", output, n);
            title = fmt::format("moves {} value{} of {} {} entit{} ({})", impact.changes, impact.changes == 1 ? "" : "s",
                                impact.entities, report.entity, impact.entities == 1 ? "y" : "ies", per_output);
          }
          size_t op = std::min<size_t>(self.amendments[i].loc.offset, d.text.size());
          lens(op, op, fmt::format("on {}: {}", names, title));
        }
      }
    } else {
      // The rules over the entities the workspace has data for.
      std::set<std::string> entities;
      for (const auto& [entity, path] : w->data) entities.insert(entity);
      std::string select;
      for (const auto& r : self.rules)
        if (entities.count(r.entity)) select += (select.empty() ? "" : ",") + r.name;
      if (select.empty()) return lenses;
      service::RunRequest request;
      request.policy = d.path;
      request.data = data;
      request.as_of = as_of;
      request.select = select;
      request.only_with_data = true;  // a rule over a history the workspace has no data for has no lens
      service::RunResult result = service::run(s, request);
      const ir::Program& program = result.program();
      for (const auto& section : result.sections) {
        size_t rows = result.tables[static_cast<size_t>(section.entity)].rows;
        for (int32_t r : section.rules) {
          const runtime::Column* column = result.results.columns[static_cast<size_t>(r)].get();
          if (!column) continue;
          const std::string& name = program.rules[static_cast<size_t>(r)].name;
          auto id = project->find(SymbolKind::Rule, "", name);
          const Occurrence* decl = id ? project->declaration(*id) : nullptr;
          if (!decl || decl->file != *project->self) continue;
          lens(decl->offset, decl->offset + decl->length,
               fmt::format("on {}: {}", names, value_counts(program, *column, rows, result.tables)));
        }
      }
    }
  } catch (const service::CompileFailed&) {
    // The diagnostics say why; a lens would only repeat it.
  } catch (const std::exception& e) {
    lens(0, 0, fmt::format("{}: {}", fs::path(w->file).filename().string(), e.what()));
  }
  s.diags.clear();
  return lenses;
}

int serve(std::istream& in, std::ostream& out, int fd, int debounce_ms) {
  Server server;
  server.defer_diagnostics(fd >= 0);
  auto send = [&](const Json& m) { write_message(out, m.dump(-1, ' ', false, Json::error_handler_t::replace)); };
  using Clock = std::chrono::steady_clock;
  Clock::time_point waiting_since{};
  while (!server.exited()) {
    if (server.diagnostics_pending()) {
      // Another message already read or about to come continues the burst; a pause, or a
      // second of changes, ends it.
      const auto now = Clock::now();
      if (waiting_since == Clock::time_point{}) waiting_since = now;
      bool more = in.rdbuf()->in_avail() > 0;
      if (!more && now - waiting_since < std::chrono::seconds(1)) {
        pollfd p{fd, POLLIN, 0};
        more = ::poll(&p, 1, debounce_ms) > 0;
      }
      if (!more || Clock::now() - waiting_since >= std::chrono::seconds(1)) {
        for (const Json& m : server.flush()) send(m);
        waiting_since = {};
        if (!out) break;
      }
    } else {
      waiting_since = {};
    }
    ReadResult r = read_message(in);
    if (r.status == ReadResult::Status::End) break;
    if (r.status == ReadResult::Status::BadHeader) {
      send(error_response(nullptr, kParseError, r.body));
      continue;
    }
    if (r.status == ReadResult::Status::TooLarge) {
      send(error_response(nullptr, kInvalidRequest, r.body));
      continue;
    }
    for (const Json& m : server.handle(r.body)) send(m);
    if (!out) break;
  }
  return server.exit_code();
}

}  // namespace redline::lsp
