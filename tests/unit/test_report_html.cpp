// The html impact report, rendered from a real typed diff (service::diff of a small policy, its
// amendments and data written to a temporary folder): title, amended clauses, charts, the
// changes table and the reasons' typed steps, escaping of everything from the data, no
// reference outside the page, the cap on listed changes, and totals whose difference needs
// exact decimal arithmetic.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "report/report.h"
#include "service/diff.h"
#include "types/values.h"

using redline::report::diff_html;
namespace service = redline::service;

namespace {

size_t occurrences(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

// A policy with an enum, a summed decimal over related entities, a text and an unchanged bool.
const char* kPolicy = R"(policy shop "Shop <rules> & co" [S];

enum Tier [S1] { Low, High }

entity Customer [S2] {
  key id: text;
  spend: decimal;
  note: text;
}

entity Order [S3] {
  key id: text;
  customer: Customer;
  amount: decimal;
}

param threshold: decimal [S4] = 100;

rule order_value(o: Order): decimal [S5.1] = o.amount;

output rule spent(c: Customer): decimal [S5]
  = sum(order_value(o) for o in Order where o.customer == c);

output rule tier(c: Customer): Tier [S6] = if c.spend >= threshold then High else Low;

output rule label(c: Customer): text [S7] = c.note;

output rule vip(c: Customer): bool [S8] = c.spend > 1_000_000;
)";

const char* kBase = R"(modification MP0 "Earlier change" [MP0]
  amends shop
  effective 2017-01-01;

substitute param threshold [S4] = 100;
)";

const char* kAmendment = R"(modification MP1 "Shared <Resources> & Users" [SECMP1]
  amends shop
  effective 2018-06-29;

substitute param threshold [S4] = 50;

replace rule order_value(o: Order): decimal [S5.1]
  note "<script>alert(1)</script>"
  = o.amount * 2;

replace rule label(c: Customer): text [S7]
  note "labels are withdrawn"
  = "none";
)";

const char* kCustomers =
    "id,spend,note\nC1,60,paid because eligible\n\"<b>P\"\"1</b>\",70,a&b\nC3,150,none\nC4,10,none\n";
const char* kOrders = "id,customer,amount\nO1,C1,10\nO2,C3,1000\nO3,C3,234567\n";

struct Setup {
  std::string policy = kPolicy;
  std::vector<std::string> amendments{kAmendment};
  std::vector<std::string> base{kBase};
  std::string customers = kCustomers, orders = kOrders;
  std::string as_of = "2019-01-01";  // "": none
  bool explain = true;
};

// The diff of `s`, computed as `redline diff --format html` computes it, kept with its page.
struct Rendered {
  service::Session session;
  service::DiffResult result;
  std::string page;

  explicit Rendered(const std::string& name, const Setup& s, size_t max_rows = redline::report::kHtmlMaxRows) {
    const auto dir = std::filesystem::temp_directory_path() / ("redline_test_html_" + name);
    std::filesystem::create_directories(dir);
    auto write = [&](const std::string& file, const std::string& text) {
      std::ofstream((dir / file).string(), std::ios::binary) << text;
      return (dir / file).string();
    };
    service::DiffRequest request;
    request.policy = write("shop.policy", s.policy);
    for (size_t i = 0; i < s.amendments.size(); ++i)
      request.amendments.push_back(write("amend" + std::to_string(i) + ".policy", s.amendments[i]));
    for (size_t i = 0; i < s.base.size(); ++i)
      request.base_amendments.push_back(write("base" + std::to_string(i) + ".policy", s.base[i]));
    request.data.push_back({"Customer", write("customers.csv", s.customers), {}, {}, {}});
    request.data.push_back({"Order", write("orders.csv", s.orders), {}, {}, {}});
    if (!s.as_of.empty()) {
      int64_t days = 0;
      REQUIRE(redline::parse_date(s.as_of, days));
      request.as_of = days;
    }
    request.explain = s.explain;
    result = service::diff(session, request);
    page = diff_html(result.report, result.context, max_rows);
  }
};

}  // namespace

TEST_CASE("html report: title, header, headline") {
  Rendered r("head", Setup{});
  const std::string& page = r.page;
  CHECK(page.rfind("<!doctype html>", 0) == 0);
  CHECK(page.find("<html lang=\"en\">") != std::string::npos);
  CHECK(page.find("<h1>Impact of MP1 on Shop &lt;rules&gt; &amp; co</h1>") != std::string::npos);
  CHECK(page.find("<title>Impact of MP1 on Shop &lt;rules&gt; &amp; co") != std::string::npos);
  // The amendment, its escaped title, its effective date and citation; the baseline.
  CHECK(page.find("&ldquo;Shared &lt;Resources&gt; &amp; Users&rdquo;") != std::string::npos);
  CHECK(page.find("<time datetime=\"2018-06-29\">29 June 2018</time>") != std::string::npos);
  CHECK(page.find("cited as SECMP1") != std::string::npos);
  CHECK(page.find("baseline already includes") != std::string::npos);
  CHECK(page.find("MP0</span> &ldquo;Earlier change&rdquo;") != std::string::npos);
  CHECK(page.find("<dt>As of</dt><dd><time datetime=\"2019-01-01\">1 January 2019</time>") != std::string::npos);
  CHECK(page.find("3 of 4 Customer entities change") != std::string::npos);
  CHECK(page.find("Generated by <strong>redline</strong>") != std::string::npos);
  CHECK(page.find("evaluating both versions of the policy") != std::string::npos);
}

TEST_CASE("html report: amended clauses and the groups of reasons") {
  Rendered r("clauses", Setup{});
  const std::string& page = r.page;
  CHECK(page.find("<h2 id=\"clauses-h\">Amended clauses</h2>") != std::string::npos);
  CHECK(page.find("<span class=\"action\">substitute</span>") != std::string::npos);
  CHECK(page.find("<span class=\"action\">replace</span>") != std::string::npos);
  CHECK(page.find("rule <code>order_<wbr>value</code>") != std::string::npos);
  CHECK(page.find("<span class=\"cite\">S5.1</span>") != std::string::npos);
  CHECK(page.find("labels are withdrawn") != std::string::npos);
  CHECK(page.find("<h2 id=\"reasons-h\">Why they change</h2>") != std::string::npos);
  CHECK(occurrences(page, "<tr><th scope=\"row\">[") == r.result.report.groups.size());
}

TEST_CASE("html report: outcomes as svg charts with the numbers as text") {
  Rendered r("outcomes", Setup{});
  const std::string& page = r.page;
  CHECK(occurrences(page, "<svg role=\"img\"") == 3);  // spent's totals, tier's bars and flow
  CHECK(page.find("<title id=\"t-") != std::string::npos);
  // Totals with thousands separators, the difference (exact) and the direction counts.
  CHECK(page.find(">235,577</text>") != std::string::npos);
  CHECK(page.find(">471,154</text>") != std::string::npos);
  CHECK(page.find("<td class=\"num\">+235,577 <span class=\"sub\">(+100.0%)</span></td>") != std::string::npos);
  CHECK(page.find("<strong>2</strong> higher, <strong>0</strong> lower") != std::string::npos);
  // Counts per value in the bar chart's description and its table; the transition.
  CHECK(page.find("Low: 3 before, 1 after; High: 1 before, 3 after.") != std::string::npos);
  CHECK(page.find("<td class=\"num before\">3</td><td class=\"num after\">1</td><td class=\"num\">&minus;2</td>") !=
        std::string::npos);
  CHECK(page.find("Low to High: 2") != std::string::npos);
  CHECK(page.find("<td class=\"before\">Low</td>") != std::string::npos);
  // Unchanged outputs in one line, not as cards.
  CHECK(page.find("Unchanged output</strong>") != std::string::npos);
  CHECK(page.find("<code>vip</code>") != std::string::npos);
  CHECK(page.find("vip: entities by value") == std::string::npos);
}

TEST_CASE("html report: the changes table") {
  Rendered r("changes", Setup{});
  const std::string& page = r.page;
  CHECK(page.find("<table class=\"changes\" id=\"changes\">") != std::string::npos);
  CHECK(occurrences(page, "<tr data-output=") == r.result.report.changes.size());
  CHECK(r.result.report.changes.size() == 6);  // spent C1 C3, tier C1 P1, label C1 P1
  CHECK(page.find("<tr data-output=\"spent\"><th scope=\"row\">C1</th>") != std::string::npos);
  CHECK(page.find("<td class=\"v before\">10</td><td class=\"v after\">20</td>") != std::string::npos);
  CHECK(page.find("<tr data-output=\"tier\"><th scope=\"row\">C1</th>") != std::string::npos);
  CHECK(page.find("<td class=\"v before\">Low</td><td class=\"v after\">High</td>") != std::string::npos);
  CHECK(page.find("because <span class=\"cite\">S4</span> as amended by <strong>MP1</strong>") != std::string::npos);
  CHECK(page.find("<option value=\"tier\">tier</option>") != std::string::npos);
  CHECK(page.find("id=\"controls\" hidden") != std::string::npos);  // shown by the script only
  CHECK(page.find("not listed") == std::string::npos);
}

TEST_CASE("html report: a reason is rendered from its typed steps, never by splitting its sentence") {
  Rendered r("reasons", Setup{});
  const std::string& page = r.page;
  // A text value containing " because " was once cut there, and the rest shown as the clause.
  CHECK(page.find("<code>label</code>: paid because eligible &#8594; none") != std::string::npos);
  CHECK(page.find("<div class=\"why-text\">because <span class=\"cite\">S7</span> as amended by <strong>MP1</strong> "
                  "(replace rule <code>label</code>)</div>") != std::string::npos);
  // A link of another entity names it; an aggregate on the way says how many related entities changed.
  CHECK(page.find("<code>order_value</code> of O1: 10 &#8594; 20, in sum over Order for <code>spent</code> "
                  "(10 &#8594; 20; 1 of 1 changed)") != std::string::npos);
}

TEST_CASE("html report: every string from the data is escaped") {
  Rendered r("escaping", Setup{});
  const std::string& page = r.page;
  CHECK(occurrences(page, "<script") == 1);  // the page's own
  CHECK(page.find("<script>alert") == std::string::npos);
  CHECK(page.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(page.find("<b>P") == std::string::npos);
  CHECK(page.find("<th scope=\"row\">&lt;b&gt;P&quot;1&lt;/b&gt;</th>") != std::string::npos);
  CHECK(page.find("<td class=\"v before\">a&amp;b</td>") != std::string::npos);
  CHECK(page.find("a&b") == std::string::npos);
}

TEST_CASE("html report: self-contained") {
  Rendered r("self", Setup{});
  const std::string& page = r.page;
  CHECK(page.find("http://") == std::string::npos);
  CHECK(page.find("https://") == std::string::npos);
  CHECK(page.find("src=") == std::string::npos);
  CHECK(page.find("<link") == std::string::npos);
  CHECK(page.find("@import") == std::string::npos);
  CHECK(page.find("url(") == std::string::npos);
  CHECK(page.find("<style>") != std::string::npos);
  CHECK(page.find("@media print") != std::string::npos);
}

TEST_CASE("html report: no amendment in force, nothing changes") {
  Setup s;
  s.base.clear();
  s.as_of = "2018-01-01";  // before MP1 takes effect
  Rendered r("not_in_force", s);
  const std::string& page = r.page;
  CHECK(page.find("<h1>Impact of no amendment on Shop &lt;rules&gt; &amp; co</h1>") != std::string::npos);
  CHECK(page.find("not in force on <time datetime=\"2018-01-01\">1 January 2018</time>, so it changes nothing") !=
        std::string::npos);
  CHECK(page.find("0 of 4 Customer entities change") != std::string::npos);
  CHECK(page.find("change no clause") != std::string::npos);
  CHECK(page.find("No Customer entity changes.") != std::string::npos);
  CHECK(page.find("the policy as it stands, without amendments") != std::string::npos);
  CHECK(page.find("<svg") == std::string::npos);
  CHECK(page.find("id=\"changes\"") == std::string::npos);
}

TEST_CASE("html report: without an as-of date, the date of the run") {
  Setup s;
  s.as_of = "";
  Rendered r("no_as_of", s);
  CHECK(r.page.find("the date of the run (no as-of date was given)") != std::string::npos);
  CHECK(r.page.find("<dt>As of</dt><dd><time") == std::string::npos);
}

TEST_CASE("html report: at most max_rows changes listed, all counted") {
  Rendered r("cap", Setup{}, 5);
  const std::string& page = r.page;
  REQUIRE(r.result.report.changes.size() == 6);
  CHECK(occurrences(page, "<tr data-output=") == 5);
  CHECK(page.find("Showing the first 5 of 6 changed values; 1 more is not listed") != std::string::npos);
  CHECK(page.find("The CSV format (<code>--format csv</code>) has them all.") != std::string::npos);
  CHECK(page.find("<span class=\"n\">6</span><span class=\"l\">changed values</span>") != std::string::npos);
  CHECK(redline::report::kHtmlMaxRows == 5000);
}

TEST_CASE("html report: changes without explanations are not traced") {
  Setup s;
  s.explain = false;
  Rendered r("unexplained", s);
  CHECK(occurrences(r.page, "<span class=\"none\">not traced</span>") == r.result.report.changes.size());
  CHECK(r.page.find("id=\"reasons-h\"") == std::string::npos);
}

TEST_CASE("html report: the difference of totals is exact decimal arithmetic") {
  // Near 10^12 with six decimal places, and 0.1 + 0.2: a double has about 16 significant digits,
  // so 1,000,000,000,000.3 plus or minus a few millionths is not representable in one; the
  // totals are int64 scaled by 10^6 and their difference is exact.
  Setup s;
  s.base.clear();
  s.amendments = {R"(modification MP2 "A millionth more" [MP2]
  amends shop
  effective 2018-06-29;

replace rule order_value(o: Order): decimal [S5.1] = o.amount + 0.000001;
)"};
  s.orders = "id,customer,amount\nO1,C1,999999999999.999999\nO2,C3,0.1\nO3,C3,0.2\n";
  Rendered r("exact", s);
  const std::string& page = r.page;
  CHECK(page.find("<td class=\"num before\">1,000,000,000,000.299999</td>") != std::string::npos);
  CHECK(page.find("<td class=\"num after\">1,000,000,000,000.300002</td>") != std::string::npos);
  CHECK(page.find("<td class=\"num\">+0.000003 <span class=\"sub\">(0%)</span></td>") != std::string::npos);
  // Each customer's value, exact too: 0.1 + 0.2 is 0.3.
  CHECK(page.find("<td class=\"v before\">0.3</td><td class=\"v after\">0.300002</td>") != std::string::npos);
}

TEST_CASE("html report: a difference is printed as every decimal is, its share rounded from the exact quotient") {
  auto amended = [](const std::string& expression) {
    return "modification MP3 \"Changed values\" [MP3]\n  amends shop\n  effective 2018-06-29;\n\n"
           "replace rule order_value(o: Order): decimal [S5.1] = " +
           expression + ";\n";
  };
  Setup s;
  s.base.clear();
  // 0.75 -> 1.25: the difference is the decimal 0.5, printed as the value formatter prints it
  // (the text-parsing renderer kept the larger scale of the two totals: "+0.50").
  s.amendments = {amended("o.amount + 0.5")};
  s.orders = "id,customer,amount\nO1,C1,0.75\n";
  Rendered half("difference_text", s);
  CHECK(half.page.find("<td class=\"num\">+0.5 <span class=\"sub\">(+66.7%)</span></td>") != std::string::npos);
  // 8 -> 8.02 is exactly +0.25%, shown to one place half away from zero; computed through
  // doubles it was 0.2499999...%, shown as 0.2%.
  s.amendments = {amended("o.amount + 0.02")};
  s.orders = "id,customer,amount\nO1,C1,8\n";
  Rendered tie("percent_tie", s);
  CHECK(tie.page.find("<td class=\"num\">+0.02 <span class=\"sub\">(+0.3%)</span></td>") != std::string::npos);
  // And a decrease: 8 -> 7.98.
  s.amendments = {amended("o.amount - 0.02")};
  Rendered down("percent_down", s);
  CHECK(down.page.find("<td class=\"num\">&minus;0.02 <span class=\"sub\">(&minus;0.3%)</span></td>") !=
        std::string::npos);
}
