// The studio's application without a socket (studio/app.h): the token a studio beyond loopback
// requires, the time limit, the page's assets, Host and Origin checks.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "studio/app.h"
#include "studio/assets.h"

namespace fs = std::filesystem;
using redline::studio::App;
using redline::studio::Request;

namespace {

redline::studio::Options sec_options() {
  redline::studio::Options o;
  o.policy = std::string(REDLINE_SOURCE_DIR) + "/policies/sec/section_g.policy";
  redline::service::DataSource d;
  d.entity = "Party";
  d.path = std::string(REDLINE_SOURCE_DIR) + "/examples/sec/parties.csv";
  o.data = {d};
  o.workspace = fs::temp_directory_path().string();
  o.as_of = 19723;  // 2024-01-01
  return o;
}

Request post(const std::string& path, const std::string& body, const std::string& host = "127.0.0.1:4000") {
  Request r;
  r.method = "POST";
  r.path = path;
  r.body = body;
  r.headers["host"] = host;
  return r;
}

std::string secmp0044() {
  std::ifstream in(std::string(REDLINE_SOURCE_DIR) + "/policies/sec/SECMP0044.policy");
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

TEST_CASE("studio: loopback addresses") {
  using redline::studio::is_loopback;
  CHECK(is_loopback("127.0.0.1"));
  CHECK(is_loopback("127.1.2.3"));
  CHECK(is_loopback("localhost"));
  CHECK(is_loopback("::1"));
  CHECK_FALSE(is_loopback("0.0.0.0"));
  CHECK_FALSE(is_loopback("192.168.1.10"));
  CHECK_FALSE(is_loopback("127example.com"));
  CHECK(redline::studio::random_token().size() == 32);
  CHECK(redline::studio::random_token() != redline::studio::random_token());
}

TEST_CASE("studio: beyond loopback, every API request needs the token") {
  auto o = sec_options();
  o.host = "192.0.2.7";
  CHECK_THROWS_AS(App{o}, std::logic_error);  // never without a token
  o.token = "0123456789abcdef0123456789abcdef";
  App app(o);
  app.set_port(4000);
  Request r = post("/api/diff", R"({"amendments": []})", "192.0.2.7:4000");
  CHECK(app.handle(r).status == 403);
  r.headers["authorization"] = "Bearer 0123456789abcdef0123456789abcdeX";
  CHECK(app.handle(r).status == 403);
  r.headers["authorization"] = "Bearer 0123456789abcdef0123456789abcdef0";
  CHECK(app.handle(r).status == 403);
  r.headers["authorization"] = "0123456789abcdef0123456789abcdef";
  CHECK(app.handle(r).status == 403);
  r.headers["authorization"] = "Bearer 0123456789abcdef0123456789abcdef";
  CHECK(app.handle(r).status == 200);
  // The page itself carries no secret: it loads, then sends the token from its address.
  Request page;
  page.method = "GET";
  page.path = "/";
  page.headers["host"] = "192.0.2.7:4000";
  CHECK(app.handle(page).status == 200);
  // The machine's own names are accepted as Host, with the port; others are not.
  r.headers["host"] = "localhost:4000";
  CHECK(app.handle(r).status == 200);
  r.headers["host"] = "localhost:4001";
  CHECK(app.handle(r).status == 403);
}

TEST_CASE("studio: an evaluation over the time limit answers 503") {
  auto o = sec_options();
  o.eval_limit = std::chrono::milliseconds(0);
  App app(o);
  app.set_port(4000);
  nlohmann::json body = {{"amendments", {{{"name", "d.policy"}, {"text", secmp0044()}}}}};
  auto response = app.handle(post("/api/diff", body.dump()));
  CHECK(response.status == 503);
  CHECK(nlohmann::json::parse(response.body)["error"]["message"].get<std::string>().find("longer than 0 ms") !=
        std::string::npos);
}

TEST_CASE("studio: the page's assets are compiled in") {
  std::vector<std::string> names;
  for (const auto& a : redline::studio::assets()) {
    names.emplace_back(a.name);
    CHECK(!a.bytes.empty());
  }
  CHECK(names == std::vector<std::string>{"index.html", "app.js", "app.css"});
}

TEST_CASE("studio: data for an entity that only drafts declare is kept for them") {
  // A reform that brings in a new entity (Site) is drafted in the studio: its data is given at
  // the start, when the policy does not declare the entity yet.
  const std::string dir = std::string(REDLINE_SOURCE_DIR) + "/tests/golden/amend/";
  redline::studio::Options o;
  o.policy = dir + "base.policy";
  redline::service::DataSource party, site;
  party.entity = "Party";
  party.path = dir + "data/parties.csv";
  site.entity = "Site";
  site.path = dir + "data/sites.csv";
  o.data = {party, site};
  o.workspace = fs::temp_directory_path().string();
  o.as_of = 19723;  // 2024-01-01
  App app(o);  // before: "--data names an unknown entity 'Site'"
  app.set_port(4000);
  CHECK(app.data_for_drafts() == std::vector<std::string>{"Site"});
  std::ifstream in(dir + "insert_entity.mod");
  const std::string draft(std::istreambuf_iterator<char>(in), {});
  nlohmann::json body = {{"amendments", {{{"name", "site.policy"}, {"text", draft}}}}};
  auto response = app.handle(post("/api/diff", body.dump()));
  REQUIRE(response.status == 200);
  auto json = nlohmann::json::parse(response.body);
  CHECK(json["changes"].size() > 0);
  // A draft that does not insert the entity leaves its data unread.
  body = {{"amendments", nlohmann::json::array()}};
  CHECK(app.handle(post("/api/diff", body.dump())).status == 200);
}
