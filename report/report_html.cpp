// The html impact report: one self-contained page (no network), rendered from the typed diff
// (runtime::DiffReport and service::DiffContext), as the other renderers are.
//
// Written for the people who draft and vote on modifications: the header says what was compared
// and the headline number, then the amended clauses, the outcomes per output (charts as inline
// SVG, every number also as text), the affected entities (sortable and filterable with a little
// inline script; the page reads the same without it) and how the values were computed.
// Every string from the report goes through esc, the page's one escaping function; nothing
// refers to anything outside the file. Arithmetic on totals (differences, shares, chart scales)
// is done on the typed totals (runtime::Total), never on their text.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "report/compare.h"
#include "report/report.h"
#include "types/values.h"

namespace redline::report {

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

namespace {

using runtime::CauseLink;
using runtime::DiffReport;
using runtime::LawChange;
using runtime::OutputSummary;
using runtime::Total;

// ---------------------------------------------------------------------------------------------
// Text helpers

std::string esc(std::string_view s) { return html_escape(s); }

// "1234567" -> "1,234,567", "-1234.5" -> "-1,234.5"; anything that is not a number is unchanged.
// Values arrive as the value formatter printed them; this only adds the separators people read.
std::string grouped(std::string_view v) { return runtime::readable_number(v); }
std::string grouped(size_t n) { return grouped(std::to_string(n)); }

// A signed difference for people: the minus sign as a real minus, a plus for increases.
std::string signed_html(const Total& t, int64_t difference) {
  if (difference < 0) {
    // The magnitude, printed by the same formatter; -INT64_MIN does not exist, but a
    // difference of two totals that fit is checked to fit before it gets here.
    return "&minus;" + esc(grouped(t.text_of(-difference)));
  }
  return (difference == 0 ? "" : "+") + esc(grouped(t.text_of(difference)));
}

// 100 * part / whole to one decimal place, rounded half away from zero on the exact quotient
// (whole != 0): "+12.5%", "&minus;3.0%", "0%".
std::string percent(int64_t part, int64_t whole) {
  int64_t tenths = 0;
  const wide_int magnitude = whole < 0 ? -static_cast<wide_int>(whole) : static_cast<wide_int>(whole);
  if (!round_half_away(static_cast<wide_int>(part) * 1000, magnitude, tenths)) return "";
  if (tenths == 0) return "0%";
  const uint64_t mag = tenths < 0 ? 0 - static_cast<uint64_t>(tenths) : static_cast<uint64_t>(tenths);
  return fmt::format("{}{}.{}%", tenths < 0 ? "&minus;" : "+", mag / 10, mag % 10);
}

std::string share(size_t part, size_t whole) {
  if (!whole) return "";
  return fmt::format("{:.1f}%", 100.0 * static_cast<double>(part) / static_cast<double>(whole));
}

// Days since 1970-01-01 -> "<time datetime="2018-06-29">29 June 2018</time>": the attribute
// as format_date prints every date, the text in the page's long form.
std::string long_date(int64_t days) {
  static const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                 "July",    "August",   "September", "October", "November", "December"};
  int64_t y = 0;
  unsigned m = 0, d = 0;
  civil_from_days(days, y, m, d);
  const std::string iso = format_date(days);
  if (m < 1 || m > 12) return esc(iso);
  return fmt::format("<time datetime=\"{}\">{} {} {:04}</time>", esc(iso), d, months[m - 1], y);
}

// "A", "A and B", "A, B and C"
std::string join_names(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) out += i + 1 == names.size() ? " and " : ", ";
    out += names[i];
  }
  return out;
}

// after - before, exactly; none when it does not fit (totals of the same kind, so the same scale).
std::optional<int64_t> difference(const Total& before, const Total& after) {
  int64_t d = 0;
  if (before.kind != after.kind || __builtin_sub_overflow(after.value, before.value, &d) || d == INT64_MIN)
    return std::nullopt;
  return d;
}

// A name in <code>; long dotted and snake_case names may break after '.' and '_', not anywhere.
std::string code_name(const std::string& n) {
  std::string s = "<code>";
  for (char c : esc(n)) {
    s += c;
    if (c == '.' || c == '_') s += "<wbr>";
  }
  return s + "</code>";
}

std::string fmt_px(double v) { return fmt::format("{:.1f}", v); }

// Rough width of a label in px at 12px system font, to size chart margins.
double label_width(const std::string& s, double font = 12) { return static_cast<double>(s.size()) * font * 0.58; }

// ---------------------------------------------------------------------------------------------
// Styles and script

constexpr const char* kStyle = R"CSS(
:root{--fg:#1f2328;--muted:#57606a;--faint:#6e7781;--line:#d8dee4;--rule:#afb8c1;--soft:#f6f8fa;
--before:#7d8590;--before-soft:#d0d7de;--after:#1a5fb4;--after-soft:#dde8f7;--after-ink:#164f96}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#fff;color:var(--fg);
font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Liberation Sans",sans-serif}
.page{max-width:1120px;margin:0 auto;padding:36px 44px 40px}
code,.mono{font-family:ui-monospace,SFMono-Regular,"SF Mono",Menlo,Consolas,"Liberation Mono",monospace;font-size:.9em}
a{color:var(--after-ink)}
h1,h2,h3{line-height:1.25;color:#101418}
h1{font-size:28px;font-weight:650;margin:6px 0 18px;letter-spacing:-.01em}
h2{font-size:20px;font-weight:650;margin:44px 0 14px;padding-bottom:8px;border-bottom:1px solid var(--line)}
h3{font-size:17px;font-weight:600;margin:0 0 4px}
p{margin:0 0 10px}
.kicker{font-size:12px;font-weight:600;letter-spacing:.08em;text-transform:uppercase;color:var(--after-ink);margin:0}
header.top{border-top:5px solid var(--after);padding-top:18px}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:6px 22px;margin:0 0 22px;font-size:14.5px}
.facts dt{color:var(--muted);font-weight:600}
.facts dd{margin:0}
.facts ul{margin:0;padding:0;list-style:none}
.facts li+li{margin-top:4px}
.amd-name{font-weight:650}
.sub{color:var(--muted)}
.headline{display:flex;flex-wrap:wrap;align-items:stretch;gap:14px;margin:0 0 8px}
.stat{border:1px solid var(--line);border-radius:8px;padding:12px 16px;min-width:150px;background:#fff}
.stat .n{display:block;font-size:26px;font-weight:650;line-height:1.15;font-variant-numeric:tabular-nums;color:#101418}
.stat .l{display:block;font-size:13px;color:var(--muted)}
.stat.lead{flex:1 1 340px;border-color:var(--after);background:var(--after-soft)}
.stat.lead .n{font-size:26px;color:var(--after-ink)}
.stat.lead .l{font-size:14px;color:var(--fg);margin-top:2px}
.meter{height:8px;border-radius:4px;background:#fff;border:1px solid #b6c9e6;margin-top:10px;overflow:hidden}
.meter span{display:block;height:100%;background:var(--after)}
nav.toc{font-size:14px;margin:18px 0 0;color:var(--muted)}
nav.toc a{margin-right:16px}
table{border-collapse:collapse;width:100%;font-size:14px}
caption{text-align:left;font-weight:600;font-size:13px;color:var(--muted);padding:0 0 6px}
th,td{text-align:left;vertical-align:top;padding:7px 10px;border-bottom:1px solid var(--line)}
thead th{background:var(--soft);font-weight:600;border-bottom:2px solid var(--rule);white-space:nowrap}
tbody th{font-weight:600}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.action{display:inline-block;font-size:12px;font-weight:600;padding:1px 7px;border-radius:10px;background:var(--soft);border:1px solid var(--line);color:var(--muted)}
.cite{display:inline-block;font-weight:600;color:var(--after-ink);white-space:nowrap}
.note{color:var(--fg)}
table.clauses td code,table.changes td code{overflow-wrap:break-word}
table.clauses .note{width:42%}
.output{border:1px solid var(--line);border-radius:10px;padding:18px 20px 16px;margin:0 0 18px;break-inside:avoid}
.output .type{font-size:12px;font-weight:600;color:var(--muted);background:var(--soft);border:1px solid var(--line);border-radius:10px;padding:1px 8px;margin-left:6px;vertical-align:2px}
.output .badge-new{font-size:12px;font-weight:600;color:#fff;background:var(--after);border-radius:10px;padding:1px 8px;margin-left:6px;vertical-align:2px}
.output .badge-repealed{font-size:12px;font-weight:600;color:#fff;background:var(--before);border-radius:10px;padding:1px 8px;margin-left:6px;vertical-align:2px}
.lede{color:var(--muted);margin-bottom:12px}
.lede strong{color:var(--fg)}
.figs{display:grid;grid-template-columns:repeat(auto-fit,minmax(330px,1fr));gap:18px 32px;align-items:start}
figure{margin:0}
figcaption{font-size:13px;color:var(--muted);margin:2px 0 8px}
svg{display:block;max-width:100%;height:auto;overflow:visible}
svg text{font-family:inherit}
.legend{font-size:13px;color:var(--muted);margin:0 0 6px}
.key{display:inline-block;width:11px;height:11px;border-radius:2px;margin:0 5px -1px 0}
.key.b{background:var(--before)}.key.a{background:var(--after)}
.legend .key+span{margin-right:14px}
table.small{font-size:13.5px;margin-top:10px}
table.small th,table.small td{padding:5px 8px}
.more{font-size:13px;color:var(--muted);margin-top:6px}
.unchanged{font-size:14px;color:var(--muted);border-left:3px solid var(--line);padding:4px 0 4px 12px}
.unchanged code{color:var(--fg)}
.before{color:var(--muted)}
.after{color:var(--after-ink);font-weight:600}
.none{color:var(--faint);font-style:italic;font-weight:400}
.arrow{color:var(--faint)}
.controls{display:flex;flex-wrap:wrap;gap:10px 18px;align-items:center;margin:0 0 12px;font-size:14px}
.controls label{display:inline-flex;align-items:center;color:var(--muted);font-weight:600}
.controls input,.controls select{font:inherit;font-weight:400;color:var(--fg);padding:5px 8px;border:1px solid var(--rule);border-radius:6px;margin-left:6px;background:#fff}
.controls input{width:260px}
.controls .shown{color:var(--muted)}
.controls[hidden]{display:none}
table.changes td.why{font-size:13px;min-width:320px}
table.changes .why-what{color:var(--fg)}
table.changes .why-text{color:var(--muted)}
table.changes .why-text strong{color:var(--fg);font-weight:600}
table.changes tbody tr:hover{background:#fafbfc}
table.changes td.v{font-variant-numeric:tabular-nums;white-space:nowrap}
table.changes td.out{white-space:nowrap}
th button.sort{all:unset;cursor:pointer;display:inline-flex;align-items:center;gap:4px}
th button.sort:focus-visible{outline:2px solid var(--after);outline-offset:2px;border-radius:2px}
th button.sort::after{content:"\2195";color:var(--faint);font-size:11px}
th[aria-sort=ascending] button.sort::after{content:"\25B2";color:var(--after)}
th[aria-sort=descending] button.sort::after{content:"\25BC";color:var(--after)}
.notice{border:1px solid #e2c08d;background:#fff8e6;border-radius:8px;padding:10px 14px;font-size:14px;margin:0 0 12px}
.empty{color:var(--muted);font-style:italic}
ol.regions{margin:8px 0 0;padding-left:24px;font-size:14px}
ol.regions li{margin:0 0 10px}
ol.regions code{overflow-wrap:anywhere}
.in-data{font-weight:600;color:var(--after-ink)}
footer{margin-top:48px;padding-top:14px;border-top:1px solid var(--line);font-size:13px;color:var(--muted)}
footer p{margin:0 0 6px}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
@media screen and (max-width:700px){.page{padding:20px 16px}.facts{grid-template-columns:1fr}.controls input{width:100%}}
@media print{
@page{margin:16mm 14mm}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{font-size:10pt}
.page{max-width:none;padding:0}
nav.toc,.controls,.screen-only{display:none!important}
.facts{grid-template-columns:max-content 1fr}
.headline{flex-wrap:nowrap;gap:8px}
.stat{min-width:0;padding:8px 10px}
.stat .n{font-size:18px}
.stat.lead{flex:2 1 0}
.stat.lead .n{font-size:19px}
.figs{grid-template-columns:1fr;gap:12px}
svg{max-width:470px}
table.changes td.why{min-width:0}
table.changes td.out{white-space:normal;overflow-wrap:anywhere}
h2{break-after:avoid;margin-top:24pt}
.output,figure,tr{break-inside:avoid}
thead{display:table-header-group}
a{color:inherit;text-decoration:none}
th button.sort::after{content:none!important}
table.changes tbody tr[hidden]{display:table-row}
}
)CSS";

// Sorting (click a column header) and filtering (text and output) of the changes table. The page
// is complete without it: the controls are hidden until the script shows them.
constexpr const char* kScript = R"JS(
(function () {
  var table = document.getElementById('changes');
  if (!table) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  rows.forEach(function (r, i) { r._i = i; });
  var q = document.getElementById('filter-text');
  var out = document.getElementById('filter-output');
  var shown = document.getElementById('shown');
  var controls = document.getElementById('controls');
  if (controls) controls.hidden = false;
  function apply() {
    var s = q ? q.value.trim().toLowerCase() : '';
    var o = out ? out.value : '';
    var n = 0;
    rows.forEach(function (r) {
      var ok = (!o || r.getAttribute('data-output') === o) &&
               (!s || r.textContent.toLowerCase().indexOf(s) >= 0);
      r.hidden = !ok;
      if (ok) n++;
    });
    if (shown) shown.textContent = n.toLocaleString('en-GB') + ' of ' + rows.length.toLocaleString('en-GB') + ' shown';
  }
  if (q) q.addEventListener('input', apply);
  if (out) out.addEventListener('change', apply);
  var number = /^-?\d+(\.\d+)?$/;
  function key(r, i) {
    var c = r.cells[i];
    return c.hasAttribute('data-sort') ? c.getAttribute('data-sort') : c.textContent.trim();
  }
  var heads = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads, function (th, i) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'sort';
    b.title = 'Sort by this column';
    while (th.firstChild) b.appendChild(th.firstChild);
    th.appendChild(b);
    b.addEventListener('click', function () {
      var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
      rows.sort(function (a, b) {
        var x = key(a, i), y = key(b, i), c;
        if (number.test(x) && number.test(y)) c = parseFloat(x) - parseFloat(y);
        else c = x.localeCompare(y, 'en', { numeric: true, sensitivity: 'base' });
        return c * dir || a._i - b._i;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
  apply();
})();
)JS";

// ---------------------------------------------------------------------------------------------
// The page

class Page {
 public:
  Page(const DiffReport& r, const DiffContext& c, size_t max_rows, const service::Beyond* beyond)
      : r_(r), c_(c), beyond_(beyond), total_(r.changes.size()), listed_(std::min(r.changes.size(), max_rows)) {}

  std::string render() {
    out_.reserve(64 * 1024 + listed_ * 700);
    head();
    out_ += "<body>\n<div class=\"page\">\n";
    masthead();
    out_ += "<main>\n";
    clauses();
    reasons();
    outcomes();
    beyond();
    entities();
    out_ += "</main>\n";
    footer();
    out_ += "</div>\n<script>";
    out_ += kScript;
    out_ += "</script>\n</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  const DiffReport& r_;
  const DiffContext& c_;
  const service::Beyond* beyond_;  // the section from compare, or none
  size_t total_;   // changes
  size_t listed_;  // of which the page lists the first
  std::string out_;
  int ids_ = 0;

  std::string next_id(const char* prefix) { return fmt::format("{}-{}", prefix, ++ids_); }

  std::string entity() const { return r_.entity.empty() ? "entity" : r_.entity; }
  std::string entity_phrase(size_t n) const {
    return fmt::format("{} {} {}", grouped(n), esc(entity()), n == 1 ? "entity" : "entities");
  }
  std::string key_name() const { return r_.key_name.empty() ? "key" : r_.key_name; }

  std::string policy_title() const { return c_.policy_title.empty() ? c_.policy : c_.policy_title; }

  std::string title_text() const {
    std::vector<std::string> names;
    for (const AmendmentInfo& a : c_.amendments)
      if (!a.name.empty()) names.push_back(a.name);
    return fmt::format("Impact of {} on {}", names.empty() ? "no amendment" : join_names(names), policy_title());
  }

  void head() {
    out_ += "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    out_ += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out_ += "<meta name=\"generator\" content=\"redline\">\n";
    out_ += fmt::format("<title>{} &middot; redline impact report</title>\n", esc(title_text()));
    out_ += "<style>";
    out_ += kStyle;
    out_ += "</style>\n</head>\n";
  }

  static std::string amendment_item(const AmendmentInfo& a) {
    std::string s = fmt::format("<span class=\"amd-name\">{}</span>", esc(a.name));
    if (!a.title.empty()) s += fmt::format(" &ldquo;{}&rdquo;", esc(a.title));
    std::vector<std::string> bits;
    if (a.effective) bits.push_back("effective " + long_date(*a.effective));
    if (!a.citation.empty() && a.citation != a.name) bits.push_back("cited as " + esc(a.citation));
    if (!bits.empty()) {
      s += " <span class=\"sub\">&middot; ";
      for (size_t i = 0; i < bits.size(); ++i) s += (i ? " &middot; " : "") + bits[i];
      s += "</span>";
    }
    return s;
  }

  size_t outputs_changed() const {
    size_t n = 0;
    for (const OutputSummary& s : r_.summaries)
      if (s.changed) ++n;
    return n;
  }

  void masthead() {
    const size_t entities = r_.rows, changed = r_.changed_entities;
    out_ += "<header class=\"top\">\n";
    out_ +=
        fmt::format("<p class=\"kicker\">Impact report &middot; <span class=\"mono\">{}</span></p>\n", esc(c_.policy));
    out_ += fmt::format("<h1>{}</h1>\n", esc(title_text()));

    out_ += "<dl class=\"facts\">\n";
    out_ += fmt::format("<dt>Policy</dt><dd>{}", esc(policy_title()));
    if (!c_.policy_title.empty()) out_ += fmt::format(" <span class=\"sub\">(<code>{}</code>)</span>", esc(c_.policy));
    out_ += "</dd>\n";
    out_ += fmt::format("<dt>{}</dt><dd>", c_.amendments.size() == 1 ? "Amendment" : "Amendments");
    if (c_.amendments.empty()) {
      out_ += "<span class=\"empty\">none applied: no amendment given is in force on the as-of date</span>";
      out_ += "<ul>";
      for (const AmendmentInfo& a : c_.not_in_force)
        out_ += fmt::format("<li>{} <span class=\"sub\">&middot; not in force on {}, so it changes nothing</span></li>",
                            amendment_item(a), c_.as_of ? long_date(*c_.as_of) : "the as-of date");
      out_ += "</ul>";
    } else {
      out_ += "<ul>";
      for (const AmendmentInfo& a : c_.amendments) out_ += "<li>" + amendment_item(a) + "</li>";
      out_ += "</ul>";
    }
    out_ += "</dd>\n";
    out_ += "<dt>Baseline</dt><dd>";
    if (c_.base.empty()) {
      out_ += "the policy as it stands, without amendments";
    } else {
      out_ += "baseline already includes <ul>";
      for (const AmendmentInfo& a : c_.base) out_ += "<li>" + amendment_item(a) + "</li>";
      out_ += "</ul><span class=\"sub\">These apply to both sides, so only the effect of the amendments above is shown.</span>";
    }
    out_ += "</dd>\n";
    out_ += "<dt>As of</dt><dd>";
    out_ += c_.as_of ? long_date(*c_.as_of) : "the date of the run (no as-of date was given)";
    out_ += "</dd>\n";
    out_ += fmt::format("<dt>Data</dt><dd>{}, each identified by <code>{}</code></dd>\n", entity_phrase(entities),
                        esc(key_name()));
    out_ += "</dl>\n";

    // The headline, then the key figures.
    out_ += "<div class=\"headline\">\n";
    out_ += fmt::format("<div class=\"stat lead\"><span class=\"n headline-text\">{} of {} {} entities change</span>",
                        grouped(changed), grouped(entities), esc(entity()));
    if (entities)
      out_ += fmt::format("<span class=\"l\">{} of the {} evaluated, on at least one output</span>", share(changed, entities),
                          grouped(entities));
    double frac = entities ? static_cast<double>(changed) / static_cast<double>(entities) : 0.0;
    out_ += fmt::format("<div class=\"meter\" aria-hidden=\"true\"><span style=\"width:{:.1f}%\"></span></div></div>\n",
                        100.0 * frac);
    out_ += fmt::format("<div class=\"stat\"><span class=\"n\">{}</span><span class=\"l\">changed values</span></div>\n",
                        grouped(total_));
    out_ += fmt::format(
        "<div class=\"stat\"><span class=\"n\">{} of {}</span><span class=\"l\">outputs change</span></div>\n",
        grouped(outputs_changed()), grouped(r_.summaries.size()));
    out_ +=
        fmt::format("<div class=\"stat\"><span class=\"n\">{}</span><span class=\"l\">amended clauses</span></div>\n",
                    grouped(c_.law.size()));
    out_ += "</div>\n";
    out_ += fmt::format(
        "<nav class=\"toc\" aria-label=\"Contents\"><a href=\"#clauses\">Amended clauses</a>{}"
        "<a href=\"#outcomes\">Outcomes</a>{}<a href=\"#entities\">Affected entities</a></nav>\n",
        r_.groups.empty() ? "" : "<a href=\"#reasons\">Why they change</a>",
        beyond_ ? "<a href=\"#beyond\">Beyond this data</a>" : "");
    out_ += "</header>\n";
  }

  // "rule premises_counted" -> "rule <code>premises_counted</code>"
  // "exception <code>rule.label</code>": the kind in words, the name as code.
  static std::string target_html(const LawTarget& target) {
    const bool part = target.kind == LawTarget::Kind::Exception || target.kind == LawTarget::Kind::Row;
    // A scale's bracket: "param <code>s</code> bracket 2".
    if (target.kind == LawTarget::Kind::Param && !target.label.empty())
      return esc(kind_word(target.kind)) + " " + code_name(target.name) + " " + esc(target.label);
    return esc(kind_word(target.kind)) + " " + code_name(part ? target.name + "." + target.label : target.name);
  }

  void clauses() {
    out_ += "<section id=\"clauses\" aria-labelledby=\"clauses-h\">\n<h2 id=\"clauses-h\">Amended clauses</h2>\n";
    const std::vector<LawChange>& law = c_.law;
    if (law.empty()) {
      out_ += "<p class=\"empty\">The amendments applied change no clause of the policy.</p>\n</section>\n";
      return;
    }
    out_ += fmt::format("<p class=\"sub\">What the {} change{} in the policy, in the order applied.</p>\n",
                        c_.amendments.size() == 1 ? "amendment" : "amendments", c_.amendments.size() == 1 ? "s" : "");
    out_ +=
        "<table class=\"clauses\">\n<thead><tr><th scope=\"col\">Amendment</th><th scope=\"col\">Action</th>"
        "<th scope=\"col\">Target</th><th scope=\"col\">Clause</th><th scope=\"col\">Note</th>"
        "<th scope=\"col\">Values it moves</th></tr></thead>\n<tbody>\n";
    for (size_t i = 0; i < law.size(); ++i) {
      const LawChange& l = law[i];
      std::string moved;
      if (i < r_.operations.size()) {
        const runtime::OperationImpact& a = r_.operations[i];
        moved = a.changes == 0 ? "<span class=\"none\">none here</span>"
                               : fmt::format("{} of {}{}", grouped(a.changes), entity_phrase(a.entities),
                                             a.alone != a.changes
                                                 ? fmt::format(" <span class=\"sub\">({} with other operations)</span>",
                                                               grouped(a.changes - a.alone))
                                                 : "");
      }
      out_ += fmt::format(
          "<tr><th scope=\"row\">{}</th><td><span class=\"action\">{}</span></td><td>{}</td><td><span "
          "class=\"cite\">{}</span></td><td class=\"note\">{}</td><td>{}</td></tr>\n",
          esc(l.amendment), esc(action_word(l.action)), target_html(l.target), esc(l.citation), esc(l.note), moved);
    }
    out_ += "</tbody>\n</table>\n</section>\n";
  }

  // The operations of one reason: "G8.49 as amended by SECMP0044 (replace rule premises_counted)".
  static std::string operations_html(const std::vector<size_t>& operations, const std::vector<LawChange>& law) {
    std::string s;
    for (size_t op : operations) {
      const LawChange& l = law.at(op);
      const std::string cite = l.citation.empty() ? "the policy" : l.citation;
      s += fmt::format("{}<span class=\"cite\">{}</span> as amended by <strong>{}</strong> ({} {})",
                       s.empty() ? "" : "; and ", esc(cite), esc(l.amendment), esc(action_word(l.action)), target_html(l.target));
    }
    return s;
  }

  // The changed values grouped by the operations that moved them: each group once, with its count.
  void reasons() {
    if (r_.groups.empty()) return;
    out_ += "<section id=\"reasons\" aria-labelledby=\"reasons-h\">\n<h2 id=\"reasons-h\">Why they change</h2>\n";
    out_ += "<p class=\"sub\">Each changed value is attributed to the amendment operations that moved it, applying them "
            "in order; every value is in exactly one group.</p>\n";
    out_ += "<table class=\"clauses\">\n<thead><tr><th scope=\"col\">Reason</th><th scope=\"col\">Changed</th>"
            "<th scope=\"col\">Because</th></tr></thead>\n<tbody>\n";
    for (size_t g = 0; g < r_.groups.size(); ++g) {
      const runtime::CauseGroup& group = r_.groups[g];
      std::string outputs;
      for (auto& [name, n] : group.outputs)
        outputs += fmt::format("{}<code>{}</code> {}", outputs.empty() ? "" : ", ", esc(name), grouped(n));
      std::string notes;
      for (size_t op : group.operations)
        if (!c_.law.at(op).note.empty()) notes += "<div class=\"why-text\">" + esc(c_.law[op].note) + "</div>";
      out_ += fmt::format(
          "<tr><th scope=\"row\">[{}]</th><td>{} value{} of {} <span class=\"sub\">({})</span></td>"
          "<td>{}{}</td></tr>\n",
          g + 1, grouped(group.changes), group.changes == 1 ? "" : "s", entity_phrase(group.entities), outputs,
          operations_html(group.operations, c_.law), notes);
    }
    out_ += "</tbody>\n</table>\n</section>\n";
  }

  // ---- outcomes ------------------------------------------------------------------------------

  using Counts = std::vector<std::pair<std::string, size_t>>;

  static std::string value_html(const std::string& v) {
    if (v.empty()) return "<span class=\"none\">(no value)</span>";
    if (v == "(absent)") return "<span class=\"none\">(absent)</span>";
    return esc(v);
  }

  static std::string value_svg(const std::string& v) { return v.empty() ? "(no value)" : esc(v); }

  std::string svg_open(double w, double h, const std::string& title, const std::string& desc) {
    std::string tid = next_id("t"), did = next_id("d");
    return fmt::format(
        "<svg role=\"img\" aria-labelledby=\"{} {}\" viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\" "
        "font-size=\"12\">\n<title id=\"{}\">{}</title>\n<desc id=\"{}\">{}</desc>\n",
        tid, did, fmt_px(w), fmt_px(h), fmt_px(w), fmt_px(h), tid, esc(title), did, esc(desc));
  }
  // Enum and bool outputs: per value, a bar for before (grey) and after (accent).
  std::string bars_chart(const std::string& name, const Counts& before, const Counts& after) {
    std::map<std::string, size_t> b(before.begin(), before.end());
    size_t max = 1;
    double label_w = 40;
    for (auto& [k, n] : after) {
      max = std::max({max, n, b.count(k) ? b[k] : 0});
      label_w = std::max(label_w, label_width(k.empty() ? "(no value)" : k));
    }
    label_w = std::min(label_w, 180.0) + 10;
    const double W = 460, bar_h = 14, inner = 3, group_gap = 14, top = 4, num_w = 56;
    const double plot = W - label_w - num_w;
    const double H = top + static_cast<double>(after.size()) * (2 * bar_h + inner + group_gap) - group_gap + 4;
    std::string desc;
    for (auto& [k, n] : after)
      desc += fmt::format("{}{}: {} before, {} after", desc.empty() ? "" : "; ", k.empty() ? "(no value)" : k,
                          b.count(k) ? grouped(b[k]) : "none", grouped(n));
    std::string s = svg_open(W, H, fmt::format("{}: entities by value, before and after", name), desc + ".");
    double y = top;
    for (auto& [k, n] : after) {
      double mid = y + bar_h + inner / 2;
      s += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\" dominant-baseline=\"middle\" fill=\"#1f2328\" "
                       "font-weight=\"600\">{}</text>\n",
                       fmt_px(label_w - 10), fmt_px(mid), value_svg(k));
      auto bar = [&](double yy, std::optional<size_t> v, const char* fill, const char* ink, bool strong, const char* who) {
        double w = v ? plot * static_cast<double>(*v) / static_cast<double>(max) : 0;
        if (v && *v && w < 1.5) w = 1.5;
        std::string r = fmt::format("<g><title>{} {}: {}</title>", who, value_svg(k), v ? grouped(*v) : "none");
        r += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"2\" fill=\"{}\"/>", fmt_px(label_w),
                         fmt_px(yy), fmt_px(w), fmt_px(bar_h), fill);
        r += fmt::format("<text x=\"{}\" y=\"{}\" dominant-baseline=\"middle\" fill=\"{}\" font-weight=\"{}\">{}</text></g>\n",
                         fmt_px(label_w + w + 6), fmt_px(yy + bar_h / 2 + 0.5), ink, strong ? 600 : 400,
                         v ? grouped(*v) : "&#8211;");
        return r;
      };
      s += bar(y, b.count(k) ? std::optional<size_t>(b[k]) : std::nullopt, "#7d8590", "#57606a", false, "Before");
      s += bar(y + bar_h + inner, n, "#1a5fb4", "#164f96", true, "After");
      y += 2 * bar_h + inner + group_gap;
    }
    s += fmt::format("<line x1=\"{0}\" y1=\"0\" x2=\"{0}\" y2=\"{1}\" stroke=\"#afb8c1\"/>\n", fmt_px(label_w), fmt_px(H));
    s += "</svg>\n";
    return s;
  }

  // Enum and bool outputs: where each before-value's entities end up. Needs the full table of
  // who goes where: the transitions are the changes; those that stay are the rest of each count.
  std::optional<std::string> flow_chart(const std::string& name, const Counts& before, const Counts& after,
                                        const std::vector<runtime::Transition>& transitions) {
    const size_t k = after.size();
    if (before.size() != k || k < 2 || k > 12) return std::nullopt;
    std::map<std::string, size_t> index;
    for (size_t i = 0; i < k; ++i) {
      if (before[i].first != after[i].first) return std::nullopt;
      index[after[i].first] = i;
    }
    std::vector<std::vector<size_t>> m(k, std::vector<size_t>(k, 0));
    std::vector<size_t> out_sum(k, 0), total_in(k, 0);
    for (const runtime::Transition& t : transitions) {
      auto f = index.find(t.from), to = index.find(t.to);
      if (f == index.end() || to == index.end() || f->second == to->second) return std::nullopt;
      m[f->second][to->second] += t.count;
      out_sum[f->second] += t.count;
    }
    size_t total = 0;
    for (size_t i = 0; i < k; ++i) {
      if (out_sum[i] > before[i].second) return std::nullopt;
      m[i][i] = before[i].second - out_sum[i];
      total += before[i].second;
    }
    size_t total_after = 0;
    for (size_t j = 0; j < k; ++j) {
      for (size_t i = 0; i < k; ++i) total_in[j] += m[i][j];
      if (total_in[j] != after[j].second) return std::nullopt;
      total_after += after[j].second;
    }
    if (!total || total != total_after) return std::nullopt;

    double label_w = 30;
    for (auto& [v, n] : after) label_w = std::max(label_w, label_width(v + " " + grouped(n)));
    label_w = std::min(label_w, 160.0) + 10;
    const double W = 460, node_w = 12, top = 24, gap = 16;
    const double H = std::max(190.0, static_cast<double>(k) * 46.0);
    const double avail = H - top - 6 - gap * static_cast<double>(k - 1);
    const double scale = avail / static_cast<double>(total);
    const double x0 = label_w, x1 = W - label_w - node_w;
    std::vector<double> ly(k), ry(k);
    double y = top;
    for (size_t i = 0; i < k; ++i) {
      ly[i] = y;
      y += static_cast<double>(before[i].second) * scale + gap;
    }
    y = top;
    for (size_t j = 0; j < k; ++j) {
      ry[j] = y;
      y += static_cast<double>(after[j].second) * scale + gap;
    }
    std::string desc;
    for (size_t i = 0; i < k; ++i)
      for (size_t j = 0; j < k; ++j)
        if (m[i][j])
          desc += fmt::format("{}{} to {}: {}{}", desc.empty() ? "" : "; ", before[i].first.empty() ? "(no value)" : before[i].first,
                              after[j].first.empty() ? "(no value)" : after[j].first, grouped(m[i][j]),
                              i == j ? " (unchanged)" : "");
    std::string s = svg_open(W, H, fmt::format("{}: how entities move between values", name), desc + ".");
    s += fmt::format("<text x=\"{}\" y=\"12\" text-anchor=\"middle\" fill=\"#57606a\" font-weight=\"600\">Before</text>\n",
                     fmt_px(x0 + node_w / 2));
    s += fmt::format("<text x=\"{}\" y=\"12\" text-anchor=\"middle\" fill=\"#164f96\" font-weight=\"600\">After</text>\n",
                     fmt_px(x1 + node_w / 2));
    // Bands: unchanged first (grey, underneath), then the changes (accent) on top.
    std::vector<double> lo(ly), ro(ry);
    std::string still, moved;
    for (size_t i = 0; i < k; ++i)
      for (size_t j = 0; j < k; ++j) {
        if (!m[i][j]) continue;
        double h = static_cast<double>(m[i][j]) * scale;
        double ya = lo[i], yb = ro[j];
        lo[i] += h;
        ro[j] += h;
        double xa = x0 + node_w, xb = x1, xm = (xa + xb) / 2;
        std::string path = fmt::format("M{0},{1}C{2},{1} {2},{3} {4},{3}L{4},{5}C{2},{5} {2},{6} {0},{6}Z", fmt_px(xa),
                                       fmt_px(ya), fmt_px(xm), fmt_px(yb), fmt_px(xb), fmt_px(yb + h), fmt_px(ya + h));
        std::string band = fmt::format("<path d=\"{}\" fill=\"{}\" fill-opacity=\"{}\"><title>{} &#8594; {}: {}{}</title></path>\n",
                                       path, i == j ? "#afb8c1" : "#1a5fb4", i == j ? "0.35" : "0.55",
                                       value_svg(before[i].first), value_svg(after[j].first), grouped(m[i][j]),
                                       i == j ? " (unchanged)" : "");
        (i == j ? still : moved) += band;
      }
    s += still + moved;
    for (size_t i = 0; i < k; ++i) {
      double h = static_cast<double>(before[i].second) * scale;
      s += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#7d8590\"/>", fmt_px(x0), fmt_px(ly[i]),
                       fmt_px(node_w), fmt_px(std::max(h, 1.0)));
      s += fmt::format(
          "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" dominant-baseline=\"middle\" fill=\"#1f2328\">{} <tspan "
          "fill=\"#57606a\">{}</tspan></text>\n",
          fmt_px(x0 - 6), fmt_px(ly[i] + h / 2), value_svg(before[i].first), grouped(before[i].second));
    }
    for (size_t j = 0; j < k; ++j) {
      double h = static_cast<double>(after[j].second) * scale;
      s += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#1a5fb4\"/>", fmt_px(x1), fmt_px(ry[j]),
                       fmt_px(node_w), fmt_px(std::max(h, 1.0)));
      s += fmt::format(
          "<text x=\"{}\" y=\"{}\" dominant-baseline=\"middle\" fill=\"#1f2328\">{} <tspan fill=\"#164f96\" "
          "font-weight=\"600\">{}</tspan></text>\n",
          fmt_px(x1 + node_w + 6), fmt_px(ry[j] + h / 2), value_svg(after[j].first), grouped(after[j].second));
    }
    s += "</svg>\n";
    return s;
  }

  // Numbers: the total before and after as a pair of bars, scaled by their magnitudes (the
  // totals of one output have one kind, so their scaled values compare as the numbers do).
  std::string totals_chart(const std::string& name, const std::optional<Total>& before,
                           const std::optional<Total>& after) {
    double b = before ? std::fabs(static_cast<double>(before->value)) : 0,
           a = after ? std::fabs(static_cast<double>(after->value)) : 0;
    double max = std::max({a, b, 1e-12});
    std::string bt = before ? grouped(before->text()) : "none", at = after ? grouped(after->text()) : "";
    double num_w = std::max(label_width(bt), label_width(at)) + 12;
    const double W = 460, label_w = 62, bar_h = 22, gap = 10;
    const double plot = W - label_w - num_w;
    const double H = 2 * bar_h + gap + 4;
    std::string s = svg_open(W, H, fmt::format("{}: total before and after", name),
                             fmt::format("Total before: {}; total after: {}.", bt, at));
    auto bar = [&](double y, double v, const std::string& label, const std::string& value, const char* fill,
                   const char* ink, bool strong) {
      double w = plot * v / max;
      if (v > 0 && w < 1.5) w = 1.5;
      std::string r = fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\" dominant-baseline=\"middle\" fill=\"{}\" "
                                  "font-weight=\"600\">{}</text>",
                                  fmt_px(label_w - 8), fmt_px(y + bar_h / 2 + 0.5), ink, label);
      r += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"2\" fill=\"{}\"/>", fmt_px(label_w), fmt_px(y),
                       fmt_px(w), fmt_px(bar_h), fill);
      r +=
          fmt::format("<text x=\"{}\" y=\"{}\" dominant-baseline=\"middle\" fill=\"{}\" font-weight=\"{}\">{}</text>\n",
                      fmt_px(label_w + w + 6), fmt_px(y + bar_h / 2 + 0.5), ink, strong ? 600 : 400, esc(value));
      return r;
    };
    s += bar(2, b, "Before", bt, "#7d8590", "#57606a", false);
    s += bar(2 + bar_h + gap, a, "After", at, "#1a5fb4", "#164f96", true);
    s += fmt::format("<line x1=\"{0}\" y1=\"0\" x2=\"{0}\" y2=\"{1}\" stroke=\"#afb8c1\"/>\n", fmt_px(label_w), fmt_px(H));
    s += "</svg>\n";
    return s;
  }

  std::string transitions_table(const std::vector<runtime::Transition>& transitions, size_t limit) {
    std::string s = "<table class=\"small\">\n<caption>Changes by value (before &#8594; after)</caption>\n"
                    "<thead><tr><th scope=\"col\">Before</th><th scope=\"col\" aria-label=\"to\"></th><th scope=\"col\">After</th>"
                    "<th scope=\"col\" class=\"num\">Entities</th></tr></thead>\n<tbody>\n";
    size_t shown = 0;
    for (const runtime::Transition& t : transitions) {
      if (shown++ == limit) break;
      s += fmt::format(
          "<tr><td class=\"before\">{}</td><td class=\"arrow\" aria-hidden=\"true\">&#8594;</td><td "
          "class=\"after\">{}</td><td class=\"num\">{}</td></tr>\n",
          value_html(t.from), value_html(t.to), grouped(t.count));
    }
    s += "</tbody>\n</table>\n";
    if (transitions.size() > limit)
      s += fmt::format("<p class=\"more\">&hellip; and {} more transitions; the changes table below lists them all.</p>\n",
                       grouped(transitions.size() - limit));
    return s;
  }

  std::string counts_table(const Counts& before, const Counts& after, bool has_before) {
    std::map<std::string, size_t> b(before.begin(), before.end());
    std::string s = "<table class=\"small\">\n<caption>Entities by value</caption>\n"
                    "<thead><tr><th scope=\"col\">Value</th><th scope=\"col\" class=\"num\">Before</th>"
                    "<th scope=\"col\" class=\"num\">After</th><th scope=\"col\" class=\"num\">Change</th></tr></thead>\n<tbody>\n";
    for (auto& [k, n] : after) {
      std::string bv = has_before && b.count(k) ? grouped(b[k]) : "&#8211;";
      std::string d = "&#8211;";
      if (has_before && b.count(k)) {
        d = n > b[k] ? "+" + grouped(n - b[k]) : n < b[k] ? "&minus;" + grouped(b[k] - n) : "0";
      }
      s += fmt::format("<tr><th scope=\"row\">{}</th><td class=\"num before\">{}</td><td class=\"num after\">{}</td>"
                       "<td class=\"num\">{}</td></tr>\n",
                       value_html(k), bv, grouped(n), d);
    }
    s += "</tbody>\n</table>\n";
    return s;
  }

  void output_card(const OutputSummary& o) {
    const std::string& name = o.name;
    const size_t changed = o.changed, entities = r_.rows;
    const bool is_new = !o.in_before;
    const bool is_repealed = !o.in_after;
    // Only numbers count a direction; shown when either count is set, as the json form lists them.
    const bool directions = o.increased || o.decreased;
    const bool totals = o.before_total || o.after_total;
    const std::string hid = next_id("out");
    out_ += fmt::format("<section class=\"output\" aria-labelledby=\"{0}\">\n<h3 id=\"{0}\"><code>{1}</code>", hid, esc(name));
    if (!o.type.empty()) out_ += fmt::format("<span class=\"type\">{}</span>", esc(o.type));
    if (is_new) out_ += "<span class=\"badge-new\">new output</span>";
    if (is_repealed) out_ += "<span class=\"badge-repealed\">repealed output</span>";
    out_ += "</h3>\n";
    out_ += fmt::format("<p class=\"lede\"><strong>{} of {}</strong> {} {} {} ({})", grouped(changed), grouped(entities),
                        esc(entity()), entities == 1 ? "entity" : "entities", changed == 1 ? "has a different value" : "have a different value",
                        share(changed, entities));
    if (directions)
      out_ += fmt::format(": <strong>{}</strong> higher, <strong>{}</strong> lower", grouped(o.increased),
                          grouped(o.decreased));
    out_ += ".";
    if (is_new) out_ += " The baseline has no such output, so every value is new.";
    if (is_repealed) out_ += " The amendments repeal this output, so no entity has a value after them.";
    out_ += "</p>\n";

    if (!o.after_counts.empty()) {
      const Counts& before = o.before_counts;
      const Counts& after = o.after_counts;
      out_ += "<div class=\"figs\">\n<figure>\n";
      out_ += "<p class=\"legend\" aria-hidden=\"true\"><span class=\"key b\"></span><span>Before</span>"
              "<span class=\"key a\"></span><span>After</span></p>\n";
      out_ += bars_chart(name, before, after);
      out_ += fmt::format("<figcaption>{} entities by value of <code>{}</code>, before and after the amendment.</figcaption>\n",
                          esc(entity()), esc(name));
      out_ += counts_table(before, after, !before.empty());
      out_ += "</figure>\n";
      out_ += "<figure>\n";
      if (auto flow = flow_chart(name, before, after, o.transitions)) {
        out_ += "<p class=\"legend\" aria-hidden=\"true\"><span class=\"key\" style=\"background:#afb8c1\"></span>"
                "<span>Unchanged</span><span class=\"key a\" style=\"opacity:.7\"></span><span>Changes value</span></p>\n";
        out_ += *flow;
        out_ += "<figcaption>Where each value&rsquo;s entities go: grey bands keep their value, blue bands change it.</figcaption>\n";
      }
      if (!o.transitions.empty()) out_ += transitions_table(o.transitions, 20);
      out_ += "</figure>\n</div>\n";
    } else if (totals) {
      out_ += "<div class=\"figs\">\n<figure>\n";
      out_ += "<p class=\"legend\" aria-hidden=\"true\"><span class=\"key b\"></span><span>Before</span>"
              "<span class=\"key a\"></span><span>After</span></p>\n";
      out_ += totals_chart(name, o.before_total, o.after_total);
      out_ += fmt::format("<figcaption>Sum of <code>{}</code> over all {}.</figcaption>\n</figure>\n",
                          esc(name), entity_phrase(entities));
      out_ += "<div>\n<table class=\"small\">\n<caption>Totals</caption>\n<tbody>\n";
      out_ += fmt::format("<tr><th scope=\"row\">Total before</th><td class=\"num before\">{}</td></tr>\n",
                          o.before_total ? esc(grouped(o.before_total->text())) : "&#8211;");
      out_ += fmt::format("<tr><th scope=\"row\">Total after</th><td class=\"num after\">{}</td></tr>\n",
                          o.after_total ? esc(grouped(o.after_total->text())) : "");
      if (auto d = o.before_total && o.after_total ? difference(*o.before_total, *o.after_total) : std::nullopt) {
        std::string pct;
        if (o.before_total->value != 0)
          pct = fmt::format(" <span class=\"sub\">({})</span>", percent(*d, o.before_total->value));
        out_ += fmt::format("<tr><th scope=\"row\">Difference</th><td class=\"num\">{}{}</td></tr>\n",
                            signed_html(*o.after_total, *d), pct);
      }
      if (directions) {
        out_ += fmt::format("<tr><th scope=\"row\">Entities with a higher value</th><td class=\"num\">{}</td></tr>\n",
                            grouped(o.increased));
        out_ += fmt::format("<tr><th scope=\"row\">Entities with a lower value</th><td class=\"num\">{}</td></tr>\n",
                            grouped(o.decreased));
      }
      out_ += "</tbody>\n</table>\n";
      if (!o.transitions.empty()) out_ += transitions_table(o.transitions, 20);
      out_ += "</div>\n</div>\n";
    } else if (!o.transitions.empty()) {
      out_ += transitions_table(o.transitions, 20);
    }
    out_ += "</section>\n";
  }

  void outcomes() {
    out_ += "<section id=\"outcomes\" aria-labelledby=\"outcomes-h\">\n<h2 id=\"outcomes-h\">Outcomes</h2>\n";
    std::vector<const OutputSummary*> unchanged;
    size_t cards = 0;
    for (const OutputSummary& o : r_.summaries) {
      if (!o.changed) {
        unchanged.push_back(&o);
        continue;
      }
      output_card(o);
      ++cards;
    }
    if (!cards)
      out_ += fmt::format("<p class=\"empty\">No output changes for any of the {}.</p>\n", entity_phrase(r_.rows));
    if (!unchanged.empty()) {
      out_ += fmt::format("<p class=\"unchanged\"><strong>Unchanged output{}</strong> (the same value for every entity): ",
                          unchanged.size() == 1 ? "" : "s");
      for (size_t i = 0; i < unchanged.size(); ++i) {
        out_ += fmt::format("{}<code>{}</code>", i ? ", " : "", esc(unchanged[i]->name));
        if (!unchanged[i]->type.empty())
          out_ += fmt::format(" <span class=\"sub\">({})</span>", esc(unchanged[i]->type));
      }
      out_ += ".</p>\n";
    }
    out_ += "</section>\n";
  }

  // ---- beyond this data --------------------------------------------------------------------------

  // What compare established for every input, in compare's own words (report/compare.h): per
  // output the verdict, the reason, the regions with their condition, transition, proof or
  // witness, and the data's entities in each where the diff establishes it.
  void beyond() {
    if (!beyond_) return;
    const service::Beyond& b = *beyond_;
    out_ += "<section id=\"beyond\" aria-labelledby=\"beyond-h\">\n<h2 id=\"beyond-h\">Who could change beyond this data</h2>\n";
    if (!b.result) {
      out_ += fmt::format("<p class=\"notice\">{}</p>\n</section>\n", esc(beyond_failure(b)));
      return;
    }
    out_ += fmt::format("<p class=\"sub\">{}</p>\n", esc(beyond_intro(b, false)));
    const service::CompareResult& res = *b.result;
    std::vector<std::string> unchanged;
    for (size_t o = 0; o < res.comparison.outputs.size(); ++o) {
      const analysis::OutputComparison& oc = res.comparison.outputs[o];
      const std::string cite = oc.citation.empty() ? "" : fmt::format(" <span class=\"cite\">[{}]</span>", esc(oc.citation));
      if (oc.verdict == analysis::Verdict::Unchanged && oc.reason.empty()) {
        unchanged.push_back(fmt::format("<code>{}</code>{}", esc(oc.output), cite));
        continue;
      }
      const std::string hid = next_id("b");
      out_ += fmt::format("<section class=\"output beyond\" aria-labelledby=\"{0}\">\n<h3 id=\"{0}\"><code>{1}</code>{2}</h3>\n",
                          hid, esc(oc.output), cite);
      out_ += fmt::format("<p class=\"verdict\"><strong>{}</strong></p>\n", esc(verdict_line(oc)));
      if (!oc.reason.empty()) out_ += fmt::format("<p class=\"sub\">{}</p>\n", esc(reason_label(oc) + oc.reason));
      if (!oc.regions.empty()) out_ += "<ol class=\"regions\">\n";
      for (size_t k = 0; k < oc.regions.size(); ++k) {
        const analysis::Region& r = oc.regions[k];
        out_ += fmt::format("<li><strong>{}</strong> <span class=\"sub\">({})</span>\n", esc(region_transition(r)),
                            esc(region_kind(r, false)));
        std::string when;
        for (size_t i = 0; i < r.condition.size(); ++i) when += fmt::format("{}<code>{}</code>", i ? " and " : "", esc(r.condition[i]));
        if (r.condition.empty()) when = esc(empty_condition(r));
        out_ += fmt::format("<div>when: {}</div>\n", when);
        if (!r.citations.empty()) {
          std::string clauses;
          for (const auto& c : r.citations) clauses += " " + esc(c);
          out_ += fmt::format("<div class=\"sub\">clauses:{}</div>\n", clauses);
        }
        out_ += fmt::format("<div class=\"sub\">witness: {} ({})</div>\n", esc(r.witness.subject_key),
                            esc(witness_confirmation(res.confirmed[o][k], res.alternatives)));
        const std::string entities = beyond_entities(b, o, k);
        if (!entities.empty()) out_ += fmt::format("<div class=\"in-data\">{}</div>\n", esc(entities));
        out_ += "</li>\n";
      }
      if (!oc.regions.empty()) out_ += "</ol>\n";
      out_ += "</section>\n";
    }
    if (!unchanged.empty()) {
      analysis::OutputComparison proved;
      proved.verdict = analysis::Verdict::Unchanged;
      out_ += fmt::format("<p class=\"unchanged\"><strong>{}</strong>: ", esc(verdict_line(proved)));
      for (size_t i = 0; i < unchanged.size(); ++i) out_ += (i ? ", " : "") + unchanged[i];
      out_ += ".</p>\n";
    }
    out_ += "</section>\n";
  }

  // ---- affected entities -----------------------------------------------------------------------

  // One link's values: "premises_counted of P015: 6,730,750 &#8594; 84,000".
  static std::string link_html(const CauseLink& l, const std::string& key) {
    return fmt::format("<code>{}</code>{}: {} &#8594; {}", esc(l.rule), l.key == key ? "" : " of " + esc(l.key),
                       esc(grouped(l.before)), esc(grouped(l.after)));
  }

  // A change's reason, from its typed steps: for each step, the amended definition's values
  // (and the aggregates through which they reached this entity), then the operation. Called on
  // the threads that find the causes: it reads only its arguments.
  static std::string why_html(const runtime::Cause* cause, const std::string& key, const std::vector<LawChange>& law) {
    if (!cause) return "<span class=\"none\">not traced</span>";
    std::string s = fmt::format("<span class=\"sub\">[{}]</span> ", cause->group + 1);
    for (const runtime::CauseStep& step : cause->steps) {
      const std::vector<CauseLink>& chain = step.chain;
      if (chain.empty()) continue;
      std::string what = link_html(chain.back(), key);
      for (size_t i = chain.size() - 1; i-- > 0;) {
        const CauseLink& l = chain[i];
        if (l.aggregate.empty()) continue;
        what += fmt::format(", in {} for <code>{}</code> ({} &#8594; {}; {} of {} changed)", esc(l.aggregate),
                            esc(l.rule), esc(grouped(l.aggregate_before)), esc(grouped(l.aggregate_after)),
                            grouped(l.related_changed), grouped(l.related_total));
      }
      s += "<div class=\"why-what\">" + what + "</div>";
      s += "<div class=\"why-text\">because " + operations_html(step.operations, law) + "</div>";
    }
    return s;
  }

  // One row of the changes table.
  static std::string change_row(const DiffReport& r, const std::vector<LawChange>& law, size_t i,
                                const runtime::Cause* cause) {
    const runtime::ChangedValue& ch = r.changes[i];
    const std::string& output = r.outputs[ch.output];
    const std::string key = r.key(ch);
    return fmt::format(
        "<tr data-output=\"{}\"><th scope=\"row\">{}</th><td class=\"out\">{}</td>"
        "<td class=\"v before\">{}</td><td class=\"v after\">{}</td><td class=\"why\">{}</td></tr>\n",
        esc(output), esc(key), "<code>" + esc(output) + "</code>", value_html(r.before(ch)),
        // A repealed output's every "after" is the repeal, not a missing value.
        r.summaries[ch.output].in_after ? value_html(r.after(ch)) : "<span class=\"none\">(repealed)</span>",
        why_html(cause, key, law));
  }

  void entities() {
    const size_t total = total_;
    out_ += "<section id=\"entities\" aria-labelledby=\"entities-h\">\n<h2 id=\"entities-h\">Affected entities</h2>\n";
    if (!total) {
      out_ += fmt::format("<p class=\"empty\">No {} entity changes.</p>\n</section>\n", esc(entity()));
      return;
    }
    const size_t listed = listed_;
    out_ += fmt::format("<p class=\"sub\">Every changed value: one row per {} and output whose value differs, with the "
                        "clause that explains it.</p>\n",
                        esc(entity()));
    if (listed < total)
      out_ += fmt::format(
          "<p class=\"notice\" role=\"note\"><strong>Showing the first {} of {} changed values; {} more {} not listed "
          "here.</strong> The CSV format (<code>--format csv</code>) has them all.</p>\n",
          grouped(listed), grouped(total), grouped(total - listed), total - listed == 1 ? "is" : "are");

    // The controls, hidden until the script runs.
    out_ += "<div class=\"controls\" id=\"controls\" hidden>\n";
    out_ += "<label for=\"filter-text\">Filter<input type=\"search\" id=\"filter-text\" placeholder=\"id, value, clause&hellip;\" "
            "autocomplete=\"off\"></label>\n";
    out_ += "<label for=\"filter-output\">Output<select id=\"filter-output\"><option value=\"\">All outputs</option>";
    for (const OutputSummary& o : r_.summaries)
      if (o.changed) out_ += fmt::format("<option value=\"{0}\">{0}</option>", esc(o.name));
    out_ += "</select></label>\n<span class=\"shown\" id=\"shown\" aria-live=\"polite\"></span>\n</div>\n";

    out_ += fmt::format("<table class=\"changes\" id=\"changes\">\n<caption class=\"sr-only\">Changed values, {} of {}</caption>\n",
                        grouped(listed), grouped(total));
    out_ += fmt::format(
        "<thead><tr><th scope=\"col\">{} <span class=\"sub\">{}</span></th><th scope=\"col\">Output</th>"
        "<th scope=\"col\">Before</th><th scope=\"col\">After</th><th scope=\"col\">Why</th></tr></thead>\n<tbody>\n",
        esc(entity()), esc(key_name()));
    // The causes of the rows listed, found again chunk by chunk as the other formats find them;
    // each chunk's rows are rendered on a worker's thread, and the chunks joined in order.
    const DiffReport& r = r_;
    const std::vector<LawChange>& law = c_.law;
    r_.explain(
        0, listed, [&](size_t, std::string& text, size_t i, const runtime::Cause* cause) { text += change_row(r, law, i, cause); },
        [&](std::string& text) { out_ += text; }, nullptr, runtime::CauseDetail::Ends);
    out_ += "</tbody>\n</table>\n";
    if (listed < total)
      out_ += fmt::format("<p class=\"more\">{} more changed {} not listed; use <code>--format csv</code> for all {}.</p>\n",
                          grouped(total - listed), total - listed == 1 ? "value is" : "values are", grouped(total));
    out_ += "</section>\n";
  }

  void footer() {
    out_ += "<footer>\n";
    out_ += "<p>Generated by <strong>redline</strong>, the policy compiler.</p>\n";
    std::string as_of = c_.as_of ? "as of " + long_date(*c_.as_of) : "on the date of the run";
    out_ += fmt::format(
        "<p>Values were computed by evaluating both versions of the policy &mdash; the baseline and the amended one "
        "&mdash; on "
        "the same data ({}), {}. A change is any output whose value differs between the two. The amendments' "
        "operations are "
        "applied one at a time, in order; each change is attributed to the operations at whose step it moved, and its "
        "explanation follows the rules whose values differ for that entity down to the definition the operation "
        "changed.</p>\n",
        entity_phrase(r_.rows), as_of);
    out_ += "<p>The CSV format (<code>--format csv</code>) lists every changed value; the JSON format "
            "(<code>--format json</code>) holds everything shown on this page.</p>\n";
    out_ += "</footer>\n";
  }
};

}  // namespace

std::string diff_html(const DiffReport& report, const DiffContext& context, size_t max_rows, const service::Beyond* beyond) {
  return Page(report, context, max_rows, beyond).render();
}

}  // namespace redline::report
