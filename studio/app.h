// The drafting studio's application: its JSON API and its page, as a function from a request
// to a response, over one long-lived service session that keeps the policy compiled, the data
// loaded and the baseline's columns evaluated (service::Baseline). The HTTP server
// (server.h) only carries requests here, so that every rule of the API, its security checks
// included, is tested without a socket.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "service/data.h"
#include "service/diff.h"
#include "service/session.h"

#include <nlohmann/json.hpp>

namespace redline::studio {

struct Options {
  std::string policy;
  std::vector<std::string> drafts;  // modifications the editor starts from (`--amend`)
  std::vector<std::string> base;    // modifications in force on both sides (`--base`)
  std::vector<service::DataSource> data;
  std::vector<std::string> params;  // "NAME=VALUE"
  std::optional<int64_t> as_of;
  std::string workspace = ".";      // where drafts are saved
  std::string host = "127.0.0.1";
  uint16_t port = 0;                // 0: any free port
  std::string token;                // required of every /api/ request when not empty
  size_t body_limit = 1 << 20;      // bytes
  std::chrono::milliseconds eval_limit{10000};
  size_t changes_shown = 200;       // changes a diff answer lists by default (all are counted)
  // Given what compiling the policy reported, each time it is (re)loaded: the command line
  // prints it. Requests' diagnostics go into their answers instead.
  std::function<void(support::DiagnosticEngine&)> on_load_diagnostics;
};

struct Request {
  std::string method;  // "GET", "POST", ...
  std::string path;    // without the query
  std::map<std::string, std::string> headers;  // names in lower case
  std::string body;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
};

// Whether `host` is a loopback address ("127.0.0.1", "::1", "localhost", 127.x.y.z).
bool is_loopback(const std::string& host);

// A random token of 32 hexadecimal digits from the system's random source.
std::string random_token();

class App {
 public:
  // Compiles the policy and loads the data; throws as the service does (service::UsageError,
  // service::CompileFailed, runtime::DataError), with the diagnostics in `diagnostics()`.
  explicit App(Options options);
  ~App();
  App(const App&) = delete;
  App& operator=(const App&) = delete;

  // The port the server listens on, once known: Host and Origin headers must name it.
  void set_port(uint16_t port);

  Response handle(const Request& request);

  const Options& options() const { return options_; }
  // The rows loaded, over every entity.
  size_t rows() const;
  // The entities --data names that the policy does not declare: kept for drafts that insert them.
  std::vector<std::string> data_for_drafts() const;

 private:
  struct Draft {
    std::string name;  // as the request gave it
    std::string path;  // under the workspace, where the session holds its text
  };
  Response api_policy();
  Response api_check(const Request& request);
  Response api_diff(const Request& request);
  Response api_explain(const Request& request);
  Response api_save(const Request& request);
  Response api_report(const Request& request);
  Response asset(const std::string& path) const;
  std::optional<Response> refused(const Request& request) const;
  // The drafts of a request's body, their texts put in the session; empty texts are skipped.
  std::vector<Draft> drafts_of(const nlohmann::json& body);
  std::string draft_path(const std::string& name) const;
  // The diff of the policy as loaded, before any draft, on a date.
  service::DiffRequest base_request(const std::optional<int64_t>& as_of) const;
  // A diff or report request's drafts, put in the session, and its diff request (deadline from
  // `start`); diff_of runs it against the baseline of its date, a draft that does not compile
  // answering 422 with its diagnostics.
  struct Drafted {
    service::DiffRequest request;
    std::vector<Draft> drafts;
    std::map<std::string, std::string> names;  // path in the session -> the draft's name
  };
  Drafted drafted(const nlohmann::json& body, std::chrono::steady_clock::time_point start);
  service::DiffResult diff_of(Drafted& d);
  // The baseline for an as-of date (the one loaded at start, or one built for another date).
  std::shared_ptr<const service::Baseline> baseline_for(const std::optional<int64_t>& as_of);
  // Drops the session when the texts it holds grow large, and builds the baseline again.
  void renew_if_large();

  Options options_;
  std::vector<std::string> allowed_hosts_;
  std::mutex mutex_;  // one request evaluates at a time
  std::unique_ptr<service::Session> session_;
  size_t session_bytes_ = 0;
  std::shared_ptr<const service::Baseline> baseline_;  // at options_.as_of
  std::shared_ptr<const service::Baseline> other_;     // at another date, the last asked for
  // The last diff's columns, for the next draft (service::ColumnCache), per baseline.
  std::shared_ptr<service::ColumnCache> cache_, other_cache_;
};

}  // namespace redline::studio
