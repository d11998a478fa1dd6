// The language server: JSON-RPC messages in, JSON-RPC messages out, no I/O of its own, so that
// unit tests and the fuzz target drive it directly; `serve` adds the framing over streams.
//
// Requests are handled one at a time, in order; nothing runs in the background to race with a
// later change. Diagnostics follow a change at once, or, with defer_diagnostics (what `serve`
// does on a pipe), when the client pauses: a burst of keystrokes is checked once, at its end.
#pragma once

#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "service/session.h"

namespace redline::lsp {

using Json = nlohmann::json;

class Project;

class Server {
 public:
  Server();
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // One message's text (a JSON-RPC request, notification or response); what to send back, in
  // order: the response, if any, and notifications (diagnostics).
  std::vector<Json> handle(const std::string& text);
  std::vector<Json> handle_message(const Json& message);

  // Changes leave their diagnostics pending until flush() (debouncing); a save, an open or a
  // close still publishes at once, the pending ones with it.
  void defer_diagnostics(bool on) { defer_ = on; }
  bool diagnostics_pending() const { return !pending_.empty(); }
  std::vector<Json> flush();

  bool exited() const { return exited_; }
  // 0 when `exit` followed `shutdown`, 1 otherwise (as the protocol asks).
  int exit_code() const { return shutdown_ ? 0 : 1; }

 private:
  struct Document {
    std::string uri, path, text, language;
    int64_t version = 0;
  };

  Json dispatch(const std::string& method, const Json& params, std::vector<Json>& out);
  void notify(const std::string& method, const Json& params, std::vector<Json>& out);

  Json initialize(const Json& params);
  void did_open(const Json& params, std::vector<Json>& out);
  void did_change(const Json& params, std::vector<Json>& out);
  void did_close(const Json& params, std::vector<Json>& out);
  // Checks every open buffer (one check: a modification is checked against an open policy's
  // buffer) and publishes what changed, always for `changed`.
  void publish_all(std::vector<Json>& out, std::set<std::string> changed = {});

  Json hover(const Json& params);
  Json definition(const Json& params);
  Json references(const Json& params);
  Json rename(const Json& params);
  Json prepare_rename(const Json& params);
  Json completion(const Json& params);
  Json formatting(const Json& params);
  Json document_symbol(const Json& params);
  Json semantic_tokens(const Json& params);
  Json code_lens(const Json& params);

  const Document& document(const Json& params) const;
  std::unique_ptr<Project> project_for(const Document& d) const;

  service::Session& session();
  // Gives the session the open buffers that changed since it last got them: the driver reads
  // the last text added under a path.
  void sync_buffers(service::Session& s);
  std::map<std::string, std::string> open_uris() const;  // path -> URI of each open buffer

  std::map<std::string, Document> docs_;      // by URI
  std::map<std::string, std::string> published_;  // URI -> the last diagnostics sent, to skip repeats
  std::unique_ptr<service::Session> session_;
  std::map<std::string, std::string> in_session_;  // path -> the text the session last got for it
  bool initialized_ = false, shutdown_ = false, exited_ = false;
  bool defer_ = false;
  std::set<std::string> pending_;  // URIs changed since their diagnostics were last published
};

// Reads framed messages from `in`, writes the replies to `out`, until `exit` or the end of the
// input; returns the process's exit code. With `fd`, the descriptor `in` reads, a change's
// diagnostics wait until no message has come for `debounce_ms` (at most a second after the
// first change waiting); without, they are sent with the reply to the change.
int serve(std::istream& in, std::ostream& out, int fd = -1, int debounce_ms = 150);

}  // namespace redline::lsp
