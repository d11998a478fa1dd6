#include "studio/server.h"

#include <algorithm>
#include <atomic>
#include <cctype>

#include <fmt/format.h>
#include <httplib.h>

#include "service/errors.h"

namespace redline::studio {

namespace {

std::atomic<httplib::Server*> running{nullptr};

Request translate(const httplib::Request& in) {
  Request out;
  out.method = in.method;
  out.path = in.path;
  out.body = in.body;
  for (const auto& [name, value] : in.headers) {
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    out.headers[lower] = value;
  }
  return out;
}

}  // namespace

void serve(App& app, const std::function<void(const std::string& url)>& on_listening) {
  httplib::Server server;
  const Options& options = app.options();
  // Bodies over the limit are refused by the library before they are read whole.
  server.set_payload_max_length(options.body_limit);
  server.set_read_timeout(30, 0);
  server.set_write_timeout(120, 0);
  auto handler = [&app](const httplib::Request& in, httplib::Response& out) {
    Response r = app.handle(translate(in));
    out.status = r.status;
    for (const auto& [name, value] : r.headers) out.set_header(name, value);
    out.set_content(r.body, r.content_type);
  };
  server.Get(".*", handler);
  server.Post(".*", handler);
  server.Put(".*", handler);
  server.Delete(".*", handler);
  server.Options(".*", handler);
  server.set_error_handler([](const httplib::Request&, httplib::Response& out) {
    // The library's own refusals (413 for an oversized body, 400 for a malformed request) get
    // the API's JSON error form too.
    if (!out.body.empty()) return;
    const char* message = out.status == 413 ? "the body is over the size limit" : "the request was refused";
    out.set_content(fmt::format("{{\"error\":{{\"message\":\"{}\"}}}}", message), "application/json");
  });
  int port = options.port;
  if (port == 0) port = server.bind_to_any_port(options.host);
  else if (!server.bind_to_port(options.host, port)) port = -1;
  if (port <= 0)
    throw service::UsageError(fmt::format("cannot listen on {}:{}", options.host, options.port));
  app.set_port(static_cast<uint16_t>(port));
  std::string host = options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host;
  std::string url = fmt::format("http://{}:{}/", host, port);
  if (!options.token.empty()) url += "#token=" + options.token;
  running = &server;
  on_listening(url);
  server.listen_after_bind();
  running = nullptr;
}

void stop() {
  if (httplib::Server* s = running.load()) s->stop();
}

}  // namespace redline::studio
