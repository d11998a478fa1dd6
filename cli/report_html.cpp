// The html impact report: one self-contained page (no network), rendered from the diff's json.
#include <fmt/format.h>

#include "cli/report.h"

namespace redline::cli {

namespace {
std::string esc(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}
}  // namespace

std::string diff_html(const nlohmann::ordered_json& j) {
  std::string out = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>redline impact report</title></head><body>\n";
  out += fmt::format("<h1>Impact report: {}</h1>\n", esc(j.value("policy", "")));
  out += "<table><thead><tr><th>id</th><th>output</th><th>before</th><th>after</th><th>why</th></tr></thead><tbody>\n";
  for (auto& c : j["changes"])
    out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n", esc(c["id"].get<std::string>()),
                       esc(c["output"].get<std::string>()), esc(c["before"].get<std::string>()),
                       esc(c["after"].get<std::string>()),
                       c.contains("why") ? esc(c["why"]["text"].get<std::string>()) : "");
  out += "</tbody></table>\n</body></html>\n";
  return out;
}

}  // namespace redline::cli
