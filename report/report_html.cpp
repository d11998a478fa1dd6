// The html impact report: one self-contained page (no network), rendered from the diff's json.
//
// Written for the people who draft and vote on modifications: the header says what was compared
// and the headline number, then the amended clauses, the outcomes per output (charts as inline
// SVG, every number also as text), the affected entities (sortable and filterable with a little
// inline script; the page reads the same without it) and how the values were computed.
// Every string from the json is html-escaped; nothing refers to anything outside the file.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "report/report.h"

namespace redline::report {

namespace {

using Json = nlohmann::ordered_json;

constexpr size_t kMaxRows = kHtmlMaxRows;  // changes listed in the page; the csv format has them all

// ---------------------------------------------------------------------------------------------
// Text helpers

std::string esc(std::string_view s) {
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

// A string member of `j`, or "" when absent, null or not a string (numbers are printed).
std::string text(const Json& j, const char* key) {
  if (!j.is_object()) return "";
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number() || it->is_boolean()) return it->dump();
  return "";
}

size_t count(const Json& j, const char* key) {
  if (!j.is_object()) return 0;
  auto it = j.find(key);
  if (it == j.end() || !it->is_number()) return 0;
  if (it->is_number_unsigned()) return it->get<size_t>();
  if (it->is_number_integer()) return static_cast<size_t>(std::max<int64_t>(0, it->get<int64_t>()));
  return static_cast<size_t>(std::max(0.0, it->get<double>()));
}

const Json& member(const Json& j, const char* key) {
  static const Json empty;
  if (!j.is_object()) return empty;
  auto it = j.find(key);
  return it == j.end() ? empty : *it;
}

// "1234567" -> "1,234,567", "-1234.5" -> "-1,234.5"; anything that is not a number is unchanged.
std::string grouped(std::string_view v) {
  size_t start = !v.empty() && (v[0] == '-' || v[0] == '+') ? 1 : 0;
  size_t end = v.find('.');
  if (end == std::string_view::npos) end = v.size();
  if (end <= start) return std::string(v);
  for (size_t i = start; i < v.size(); ++i)
    if ((v[i] < '0' || v[i] > '9') && i != end) return std::string(v);
  std::string out(v.substr(0, start));
  size_t digits = end - start;
  for (size_t i = 0; i < digits; ++i) {
    if (i && (digits - i) % 3 == 0) out += ',';
    out += v[start + i];
  }
  out += v.substr(end);
  return out;
}

std::string grouped(size_t n) { return grouped(std::to_string(n)); }

// A readable signed number: the minus sign as a real minus, a plus for increases.
std::string signed_html(const std::string& v) {
  if (v.empty()) return v;
  if (v[0] == '-') return "&minus;" + esc(grouped(v.substr(1)));
  bool zero = v.find_first_not_of("0.") == std::string::npos;
  return (zero ? "" : "+") + esc(grouped(v));
}

std::string percent(double x) {
  std::string s = fmt::format("{:.1f}", std::fabs(x));
  if (s == "0.0") return "0%";
  return (x < 0 ? "&minus;" : "+") + s + "%";
}

std::string share(size_t part, size_t whole) {
  if (!whole) return "";
  return fmt::format("{:.1f}%", 100.0 * static_cast<double>(part) / static_cast<double>(whole));
}

// "2018-06-29" -> "29 June 2018" (in a <time> element); anything else escaped as it is.
std::string long_date(const std::string& iso) {
  static const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                 "July",    "August",   "September", "October", "November", "December"};
  bool ok = iso.size() == 10 && iso[4] == '-' && iso[7] == '-';
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) ok = ok && iso[i] >= '0' && iso[i] <= '9';
  if (!ok) return esc(iso);
  int month = (iso[5] - '0') * 10 + (iso[6] - '0');
  int day = (iso[8] - '0') * 10 + (iso[9] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return esc(iso);
  return fmt::format("<time datetime=\"{}\">{} {} {}</time>", iso, day, months[month - 1], iso.substr(0, 4));
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

// Exact fixed-point numbers for totals: value * 10^-scale.
struct Fixed {
  int64_t value = 0;
  int scale = 0;
};

std::optional<Fixed> parse_fixed(const std::string& s) {
  if (s.empty()) return std::nullopt;
  Fixed f;
  bool negative = s[0] == '-';
  size_t i = negative ? 1 : 0;
  bool digits = false, point = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '.' && !point) {
      point = true;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    digits = true;
    if (__builtin_mul_overflow(f.value, 10, &f.value) || __builtin_add_overflow(f.value, c - '0', &f.value))
      return std::nullopt;
    if (point) ++f.scale;
  }
  if (!digits || f.scale > 18) return std::nullopt;
  if (negative) f.value = -f.value;
  return f;
}

std::optional<Fixed> rescale(Fixed f, int scale) {
  for (; f.scale < scale; ++f.scale)
    if (__builtin_mul_overflow(f.value, 10, &f.value)) return std::nullopt;
  return f;
}

std::string fixed_text(Fixed f) {
  bool negative = f.value < 0;
  uint64_t mag = negative ? 0 - static_cast<uint64_t>(f.value) : static_cast<uint64_t>(f.value);
  std::string digits = std::to_string(mag);
  if (f.scale > 0) {
    if (digits.size() <= static_cast<size_t>(f.scale)) digits.insert(0, static_cast<size_t>(f.scale) - digits.size() + 1, '0');
    digits.insert(digits.size() - static_cast<size_t>(f.scale), ".");
  }
  return (negative ? "-" : "") + digits;
}

double to_double(const std::string& s) {
  double d = 0;
  auto r = std::from_chars(s.data(), s.data() + s.size(), d);
  return r.ec == std::errc() ? d : 0.0;
}

// after - before, exactly when both are plain numbers.
std::optional<std::string> difference(const std::string& before, const std::string& after) {
  auto b = parse_fixed(before), a = parse_fixed(after);
  if (!a || !b) return std::nullopt;
  int scale = std::max(a->scale, b->scale);
  auto a2 = rescale(*a, scale), b2 = rescale(*b, scale);
  if (!a2 || !b2) return std::nullopt;
  Fixed d{0, scale};
  if (__builtin_sub_overflow(a2->value, b2->value, &d.value)) return std::nullopt;
  return fixed_text(d);
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
  Page(const Json& j, size_t total) : j_(j), total_(total == SIZE_MAX ? member(j, "changes").size() : total) {}

  std::string render() {
    out_.reserve(64 * 1024 + std::min(total_, kMaxRows) * 700);
    head();
    out_ += "<body>\n<div class=\"page\">\n";
    masthead();
    out_ += "<main>\n";
    clauses();
    reasons();
    outcomes();
    entities();
    out_ += "</main>\n";
    footer();
    out_ += "</div>\n<script>";
    out_ += kScript;
    out_ += "</script>\n</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  const Json& j_;
  size_t total_;  // changes, of which changes() holds the first (at least kMaxRows, or all)
  std::string out_;
  int ids_ = 0;

  std::string next_id(const char* prefix) { return fmt::format("{}-{}", prefix, ++ids_); }

  const Json& changes() const { return member(j_, "changes"); }
  std::string entity() const {
    std::string e = text(j_, "entity");
    return e.empty() ? "entity" : e;
  }
  std::string entity_phrase(size_t n) const {
    return fmt::format("{} {} {}", grouped(n), esc(entity()), n == 1 ? "entity" : "entities");
  }

  std::vector<std::string> amendment_names(const char* key) const {
    std::vector<std::string> names;
    for (auto& a : member(j_, key))
      if (!text(a, "name").empty()) names.push_back(text(a, "name"));
    return names;
  }

  std::string policy_title() const {
    std::string t = text(j_, "title");
    return t.empty() ? text(j_, "policy") : t;
  }

  std::string title_text() const {
    auto names = amendment_names("amendments");
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

  std::string amendment_item(const Json& a) const {
    std::string s = fmt::format("<span class=\"amd-name\">{}</span>", esc(text(a, "name")));
    if (!text(a, "title").empty()) s += fmt::format(" &ldquo;{}&rdquo;", esc(text(a, "title")));
    std::vector<std::string> bits;
    if (!text(a, "effective").empty()) bits.push_back("effective " + long_date(text(a, "effective")));
    if (!text(a, "citation").empty() && text(a, "citation") != text(a, "name"))
      bits.push_back("cited as " + esc(text(a, "citation")));
    if (!bits.empty()) {
      s += " <span class=\"sub\">&middot; ";
      for (size_t i = 0; i < bits.size(); ++i) s += (i ? " &middot; " : "") + bits[i];
      s += "</span>";
    }
    return s;
  }

  size_t outputs_changed() const {
    size_t n = 0;
    for (auto& o : member(j_, "outputs"))
      if (count(o, "changed")) ++n;
    return n;
  }

  void masthead() {
    const size_t entities = count(j_, "entities"), changed = count(j_, "changed_entities");
    out_ += "<header class=\"top\">\n";
    out_ += fmt::format("<p class=\"kicker\">Impact report &middot; <span class=\"mono\">{}</span></p>\n",
                        esc(text(j_, "policy")));
    out_ += fmt::format("<h1>{}</h1>\n", esc(title_text()));

    out_ += "<dl class=\"facts\">\n";
    out_ += fmt::format("<dt>Policy</dt><dd>{}", esc(policy_title()));
    if (!text(j_, "title").empty()) out_ += fmt::format(" <span class=\"sub\">(<code>{}</code>)</span>", esc(text(j_, "policy")));
    out_ += "</dd>\n";
    const Json& amendments = member(j_, "amendments");
    out_ += fmt::format("<dt>{}</dt><dd>", amendments.size() == 1 ? "Amendment" : "Amendments");
    if (amendments.empty()) {
      out_ += "<span class=\"empty\">none applied: no amendment given is in force on the as-of date</span>";
      out_ += "<ul>";
      for (auto& a : member(j_, "not_in_force"))
        out_ += fmt::format("<li>{} <span class=\"sub\">&middot; not in force on {}, so it changes nothing</span></li>",
                            amendment_item(a), text(j_, "as_of").empty() ? "the as-of date" : long_date(text(j_, "as_of")));
      out_ += "</ul>";
    } else {
      out_ += "<ul>";
      for (auto& a : amendments) out_ += "<li>" + amendment_item(a) + "</li>";
      out_ += "</ul>";
    }
    out_ += "</dd>\n";
    const Json& base = member(j_, "base_amendments");
    out_ += "<dt>Baseline</dt><dd>";
    if (base.empty()) {
      out_ += "the policy as it stands, without amendments";
    } else {
      out_ += "baseline already includes <ul>";
      for (auto& a : base) out_ += "<li>" + amendment_item(a) + "</li>";
      out_ += "</ul><span class=\"sub\">These apply to both sides, so only the effect of the amendments above is shown.</span>";
    }
    out_ += "</dd>\n";
    out_ += "<dt>As of</dt><dd>";
    out_ += text(j_, "as_of").empty() ? "the date of the run (no as-of date was given)" : long_date(text(j_, "as_of"));
    out_ += "</dd>\n";
    out_ += fmt::format("<dt>Data</dt><dd>{}, each identified by <code>{}</code></dd>\n", entity_phrase(entities),
                        esc(text(j_, "key").empty() ? "key" : text(j_, "key")));
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
        grouped(outputs_changed()), grouped(member(j_, "outputs").size()));
    out_ += fmt::format("<div class=\"stat\"><span class=\"n\">{}</span><span class=\"l\">amended clauses</span></div>\n",
                        grouped(member(j_, "law_changes").size()));
    out_ += "</div>\n";
    out_ += fmt::format(
        "<nav class=\"toc\" aria-label=\"Contents\"><a href=\"#clauses\">Amended clauses</a>{}"
        "<a href=\"#outcomes\">Outcomes</a><a href=\"#entities\">Affected entities</a></nav>\n",
        member(j_, "reasons").empty() ? "" : "<a href=\"#reasons\">Why they change</a>");
    out_ += "</header>\n";
  }

  // "rule premises_counted" -> "rule <code>premises_counted</code>"
  static std::string target_html(const std::string& target) {
    auto name = code_name;
    size_t sp = target.find(' ');
    if (sp == std::string::npos) return name(target);
    return esc(target.substr(0, sp)) + " " + name(target.substr(sp + 1));
  }

  void clauses() {
    out_ += "<section id=\"clauses\" aria-labelledby=\"clauses-h\">\n<h2 id=\"clauses-h\">Amended clauses</h2>\n";
    const Json& law = member(j_, "law_changes");
    if (law.empty()) {
      out_ += "<p class=\"empty\">The amendments applied change no clause of the policy.</p>\n</section>\n";
      return;
    }
    out_ += fmt::format("<p class=\"sub\">What the {} change{} in the policy, in the order applied.</p>\n",
                        member(j_, "amendments").size() == 1 ? "amendment" : "amendments",
                        member(j_, "amendments").size() == 1 ? "s" : "");
    out_ += "<table class=\"clauses\">\n<thead><tr><th scope=\"col\">Amendment</th><th scope=\"col\">Action</th>"
            "<th scope=\"col\">Target</th><th scope=\"col\">Clause</th><th scope=\"col\">Note</th>"
            "<th scope=\"col\">Values it moves</th></tr></thead>\n<tbody>\n";
    const Json& attribution = member(j_, "attribution");
    for (size_t i = 0; i < law.size(); ++i) {
      const Json& l = law[i];
      std::string moved;
      if (i < attribution.size()) {
        const Json& a = attribution[i];
        moved = count(a, "changes") == 0
                    ? "<span class=\"none\">none here</span>"
                    : fmt::format("{} of {}{}", grouped(count(a, "changes")), entity_phrase(count(a, "entities")),
                                  count(a, "changes_alone") != count(a, "changes")
                                      ? fmt::format(" <span class=\"sub\">({} with other operations)</span>",
                                                    grouped(count(a, "changes") - count(a, "changes_alone")))
                                      : "");
      }
      out_ += fmt::format(
          "<tr><th scope=\"row\">{}</th><td><span class=\"action\">{}</span></td><td>{}</td><td><span "
          "class=\"cite\">{}</span></td><td class=\"note\">{}</td><td>{}</td></tr>\n",
          esc(text(l, "amendment")), esc(text(l, "action")), target_html(text(l, "target")), esc(text(l, "citation")),
          esc(text(l, "note")), moved);
    }
    out_ += "</tbody>\n</table>\n</section>\n";
  }

  // The operations of one reason: "G8.49 as amended by SECMP0044 (replace rule premises_counted)".
  static std::string operations_html(const Json& law_changes) {
    std::string s;
    for (auto& l : law_changes) {
      const std::string cite = text(l, "citation").empty() ? "the policy" : text(l, "citation");
      s += fmt::format("{}<span class=\"cite\">{}</span> as amended by <strong>{}</strong> ({} {})", s.empty() ? "" : "; and ",
                       esc(cite), esc(text(l, "amendment")), esc(text(l, "action")), target_html(text(l, "target")));
    }
    return s;
  }

  // The changed values grouped by the operations that moved them: each group once, with its count.
  void reasons() {
    const Json& reasons = member(j_, "reasons");
    if (reasons.empty()) return;
    out_ += "<section id=\"reasons\" aria-labelledby=\"reasons-h\">\n<h2 id=\"reasons-h\">Why they change</h2>\n";
    out_ += "<p class=\"sub\">Each changed value is attributed to the amendment operations that moved it, applying them "
            "in order; every value is in exactly one group.</p>\n";
    out_ += "<table class=\"clauses\">\n<thead><tr><th scope=\"col\">Reason</th><th scope=\"col\">Changed</th>"
            "<th scope=\"col\">Because</th></tr></thead>\n<tbody>\n";
    for (auto& g : reasons) {
      std::string outputs;
      for (auto& [name, n] : member(g, "outputs").items())
        outputs += fmt::format("{}<code>{}</code> {}", outputs.empty() ? "" : ", ", esc(name), grouped(n.get<size_t>()));
      std::string notes;
      for (auto& l : member(g, "law_changes"))
        if (!text(l, "note").empty()) notes += "<div class=\"why-text\">" + esc(text(l, "note")) + "</div>";
      out_ += fmt::format("<tr><th scope=\"row\">[{}]</th><td>{} value{} of {} <span class=\"sub\">({})</span></td>"
                          "<td>{}{}</td></tr>\n",
                          count(g, "id"), grouped(count(g, "changes")), count(g, "changes") == 1 ? "" : "s",
                          entity_phrase(count(g, "entities")), outputs,
                          operations_html(member(g, "law_changes")), notes);
    }
    out_ += "</tbody>\n</table>\n</section>\n";
  }

  // ---- outcomes ------------------------------------------------------------------------------

  using Counts = std::vector<std::pair<std::string, size_t>>;

  static Counts counts_of(const Json& o, const char* key) {
    Counts c;
    const Json& m = member(o, key);
    if (m.is_object())
      for (auto it = m.begin(); it != m.end(); ++it)
        c.push_back({it.key(), it->is_number() ? it->get<size_t>() : 0});
    return c;
  }

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
                                        const Json& transitions) {
    const size_t k = after.size();
    if (before.size() != k || k < 2 || k > 12) return std::nullopt;
    std::map<std::string, size_t> index;
    for (size_t i = 0; i < k; ++i) {
      if (before[i].first != after[i].first) return std::nullopt;
      index[after[i].first] = i;
    }
    std::vector<std::vector<size_t>> m(k, std::vector<size_t>(k, 0));
    std::vector<size_t> out_sum(k, 0), total_in(k, 0);
    for (auto& t : transitions) {
      auto f = index.find(text(t, "from")), to = index.find(text(t, "to"));
      if (f == index.end() || to == index.end() || f->second == to->second) return std::nullopt;
      m[f->second][to->second] += count(t, "count");
      out_sum[f->second] += count(t, "count");
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

  // Numbers: the total before and after as a pair of bars.
  std::string totals_chart(const std::string& name, const std::string& before, const std::string& after) {
    double b = before.empty() ? 0 : std::fabs(to_double(before)), a = std::fabs(to_double(after));
    double max = std::max({a, b, 1e-12});
    std::string bt = before.empty() ? "none" : grouped(before), at = grouped(after);
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
      r += fmt::format("<text x=\"{}\" y=\"{}\" dominant-baseline=\"middle\" fill=\"{}\" font-weight=\"{}\">{}</text>\n",
                       fmt_px(label_w + w + 6), fmt_px(y + bar_h / 2 + 0.5), ink, strong ? 600 : 400, value);
      return r;
    };
    s += bar(2, b, "Before", bt, "#7d8590", "#57606a", false);
    s += bar(2 + bar_h + gap, a, "After", at, "#1a5fb4", "#164f96", true);
    s += fmt::format("<line x1=\"{0}\" y1=\"0\" x2=\"{0}\" y2=\"{1}\" stroke=\"#afb8c1\"/>\n", fmt_px(label_w), fmt_px(H));
    s += "</svg>\n";
    return s;
  }

  std::string transitions_table(const Json& transitions, size_t limit) {
    std::string s = "<table class=\"small\">\n<caption>Changes by value (before &#8594; after)</caption>\n"
                    "<thead><tr><th scope=\"col\">Before</th><th scope=\"col\" aria-label=\"to\"></th><th scope=\"col\">After</th>"
                    "<th scope=\"col\" class=\"num\">Entities</th></tr></thead>\n<tbody>\n";
    size_t shown = 0;
    for (auto& t : transitions) {
      if (shown++ == limit) break;
      s += fmt::format("<tr><td class=\"before\">{}</td><td class=\"arrow\" aria-hidden=\"true\">&#8594;</td><td "
                       "class=\"after\">{}</td><td class=\"num\">{}</td></tr>\n",
                       value_html(text(t, "from")), value_html(text(t, "to")), grouped(count(t, "count")));
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
        auto diff = static_cast<int64_t>(n) - static_cast<int64_t>(b[k]);
        d = diff > 0 ? "+" + grouped(static_cast<size_t>(diff))
                     : diff < 0 ? "&minus;" + grouped(static_cast<size_t>(-diff)) : "0";
      }
      s += fmt::format("<tr><th scope=\"row\">{}</th><td class=\"num before\">{}</td><td class=\"num after\">{}</td>"
                       "<td class=\"num\">{}</td></tr>\n",
                       value_html(k), bv, grouped(n), d);
    }
    s += "</tbody>\n</table>\n";
    return s;
  }

  void output_card(const Json& o) {
    const std::string name = text(o, "name");
    const size_t changed = count(o, "changed"), entities = count(j_, "entities");
    const bool is_new = o.value("new", false);
    const bool is_repealed = o.value("repealed", false);
    const Json& transitions = member(o, "transitions");
    const std::string hid = next_id("out");
    out_ += fmt::format("<section class=\"output\" aria-labelledby=\"{0}\">\n<h3 id=\"{0}\"><code>{1}</code>", hid, esc(name));
    if (!text(o, "type").empty()) out_ += fmt::format("<span class=\"type\">{}</span>", esc(text(o, "type")));
    if (is_new) out_ += "<span class=\"badge-new\">new output</span>";
    if (is_repealed) out_ += "<span class=\"badge-repealed\">repealed output</span>";
    out_ += "</h3>\n";
    out_ += fmt::format("<p class=\"lede\"><strong>{} of {}</strong> {} {} {} ({})", grouped(changed), grouped(entities),
                        esc(entity()), entities == 1 ? "entity" : "entities", changed == 1 ? "has a different value" : "have a different value",
                        share(changed, entities));
    const bool numeric = o.contains("increased") || o.contains("after_total");
    if (o.contains("increased"))
      out_ += fmt::format(": <strong>{}</strong> higher, <strong>{}</strong> lower", grouped(count(o, "increased")),
                          grouped(count(o, "decreased")));
    out_ += ".";
    if (is_new) out_ += " The baseline has no such output, so every value is new.";
    if (is_repealed) out_ += " The amendments repeal this output, so no entity has a value after them.";
    out_ += "</p>\n";

    Counts before = counts_of(o, "before_counts"), after = counts_of(o, "after_counts");
    if (!after.empty()) {
      out_ += "<div class=\"figs\">\n<figure>\n";
      out_ += "<p class=\"legend\" aria-hidden=\"true\"><span class=\"key b\"></span><span>Before</span>"
              "<span class=\"key a\"></span><span>After</span></p>\n";
      out_ += bars_chart(name, before, after);
      out_ += fmt::format("<figcaption>{} entities by value of <code>{}</code>, before and after the amendment.</figcaption>\n",
                          esc(entity()), esc(name));
      out_ += counts_table(before, after, !before.empty());
      out_ += "</figure>\n";
      out_ += "<figure>\n";
      if (auto flow = flow_chart(name, before, after, transitions)) {
        out_ += "<p class=\"legend\" aria-hidden=\"true\"><span class=\"key\" style=\"background:#afb8c1\"></span>"
                "<span>Unchanged</span><span class=\"key a\" style=\"opacity:.7\"></span><span>Changes value</span></p>\n";
        out_ += *flow;
        out_ += "<figcaption>Where each value&rsquo;s entities go: grey bands keep their value, blue bands change it.</figcaption>\n";
      }
      if (!transitions.empty()) out_ += transitions_table(transitions, 20);
      out_ += "</figure>\n</div>\n";
    } else if (numeric && o.contains("after_total")) {
      const std::string bt = text(o, "before_total"), at = text(o, "after_total");
      out_ += "<div class=\"figs\">\n<figure>\n";
      out_ += "<p class=\"legend\" aria-hidden=\"true\"><span class=\"key b\"></span><span>Before</span>"
              "<span class=\"key a\"></span><span>After</span></p>\n";
      out_ += totals_chart(name, bt, at);
      out_ += fmt::format("<figcaption>Sum of <code>{}</code> over all {}.</figcaption>\n</figure>\n",
                          esc(name), entity_phrase(entities));
      out_ += "<div>\n<table class=\"small\">\n<caption>Totals</caption>\n<tbody>\n";
      out_ += fmt::format("<tr><th scope=\"row\">Total before</th><td class=\"num before\">{}</td></tr>\n",
                          bt.empty() ? "&#8211;" : esc(grouped(bt)));
      out_ += fmt::format("<tr><th scope=\"row\">Total after</th><td class=\"num after\">{}</td></tr>\n", esc(grouped(at)));
      if (auto d = bt.empty() ? std::nullopt : difference(bt, at)) {
        std::string pct;
        double bd = to_double(bt);
        if (bd != 0) pct = fmt::format(" <span class=\"sub\">({})</span>", percent((to_double(at) - bd) / std::fabs(bd) * 100));
        out_ += fmt::format("<tr><th scope=\"row\">Difference</th><td class=\"num\">{}{}</td></tr>\n", signed_html(*d), pct);
      }
      if (o.contains("increased")) {
        out_ += fmt::format("<tr><th scope=\"row\">Entities with a higher value</th><td class=\"num\">{}</td></tr>\n",
                            grouped(count(o, "increased")));
        out_ += fmt::format("<tr><th scope=\"row\">Entities with a lower value</th><td class=\"num\">{}</td></tr>\n",
                            grouped(count(o, "decreased")));
      }
      out_ += "</tbody>\n</table>\n";
      if (!transitions.empty()) out_ += transitions_table(transitions, 20);
      out_ += "</div>\n</div>\n";
    } else if (!transitions.empty()) {
      out_ += transitions_table(transitions, 20);
    }
    out_ += "</section>\n";
  }

  void outcomes() {
    out_ += "<section id=\"outcomes\" aria-labelledby=\"outcomes-h\">\n<h2 id=\"outcomes-h\">Outcomes</h2>\n";
    std::vector<const Json*> unchanged;
    size_t cards = 0;
    for (auto& o : member(j_, "outputs")) {
      if (!count(o, "changed")) {
        unchanged.push_back(&o);
        continue;
      }
      output_card(o);
      ++cards;
    }
    if (!cards)
      out_ += fmt::format("<p class=\"empty\">No output changes for any of the {}.</p>\n", entity_phrase(count(j_, "entities")));
    if (!unchanged.empty()) {
      out_ += fmt::format("<p class=\"unchanged\"><strong>Unchanged output{}</strong> (the same value for every entity): ",
                          unchanged.size() == 1 ? "" : "s");
      for (size_t i = 0; i < unchanged.size(); ++i) {
        out_ += fmt::format("{}<code>{}</code>", i ? ", " : "", esc(text(*unchanged[i], "name")));
        if (!text(*unchanged[i], "type").empty()) out_ += fmt::format(" <span class=\"sub\">({})</span>", esc(text(*unchanged[i], "type")));
      }
      out_ += ".</p>\n";
    }
    out_ += "</section>\n";
  }

  // ---- affected entities -----------------------------------------------------------------------

  // One link's values: "premises_counted of P015: 6,730,750 &#8594; 84,000".
  static std::string link_html(const Json& l, const std::string& key) {
    return fmt::format("<code>{}</code>{}: {} &#8594; {}", esc(text(l, "rule")),
                       text(l, "id") == key ? "" : " of " + esc(text(l, "id")), esc(grouped(text(l, "before"))),
                       esc(grouped(text(l, "after"))));
  }

  // A change's reason, from its typed steps: for each step, the amended definition's values
  // (and the aggregates through which they reached this entity), then the operation.
  static std::string why_html(const Json& c) {
    const Json& why = member(c, "why");
    if (!why.is_object()) return "<span class=\"none\">not traced</span>";
    const std::string key = text(c, "id");
    std::string s = fmt::format("<span class=\"sub\">[{}]</span> ", count(why, "reason"));
    for (auto& step : member(why, "steps")) {
      const Json& chain = member(step, "chain");
      if (chain.empty()) continue;
      std::string what = link_html(chain.back(), key);
      for (size_t i = chain.size() - 1; i-- > 0;) {
        const Json& agg = member(chain[i], "aggregate");
        if (!agg.is_object()) continue;
        what += fmt::format(", in {} for <code>{}</code> ({} &#8594; {}; {} of {} changed)", esc(text(agg, "name")),
                            esc(text(chain[i], "rule")), esc(grouped(text(agg, "before"))), esc(grouped(text(agg, "after"))),
                            grouped(count(agg, "related_changed")), grouped(count(agg, "related_total")));
      }
      s += "<div class=\"why-what\">" + what + "</div>";
      s += "<div class=\"why-text\">because " + operations_html(member(step, "law_changes")) + "</div>";
    }
    return s;
  }

  void entities() {
    const Json& ch = changes();
    const size_t total = total_;
    out_ += "<section id=\"entities\" aria-labelledby=\"entities-h\">\n<h2 id=\"entities-h\">Affected entities</h2>\n";
    if (!total) {
      out_ += fmt::format("<p class=\"empty\">No {} entity changes.</p>\n</section>\n", esc(entity()));
      return;
    }
    const size_t listed = std::min({total, kMaxRows, ch.size()});
    out_ += fmt::format("<p class=\"sub\">Every changed value: one row per {} and output whose value differs, with the "
                        "clause that explains it.</p>\n",
                        esc(entity()));
    if (listed < total)
      out_ += fmt::format(
          "<p class=\"notice\" role=\"note\"><strong>Showing the first {} of {} changed values; {} more {} not listed "
          "here.</strong> The CSV format (<code>--format csv</code>) has them all.</p>\n",
          grouped(listed), grouped(total), grouped(total - listed), total - listed == 1 ? "is" : "are");

    // The controls, hidden until the script runs.
    std::vector<std::string> outputs;
    for (auto& o : member(j_, "outputs"))
      if (count(o, "changed")) outputs.push_back(text(o, "name"));
    out_ += "<div class=\"controls\" id=\"controls\" hidden>\n";
    out_ += "<label for=\"filter-text\">Filter<input type=\"search\" id=\"filter-text\" placeholder=\"id, value, clause&hellip;\" "
            "autocomplete=\"off\"></label>\n";
    out_ += "<label for=\"filter-output\">Output<select id=\"filter-output\"><option value=\"\">All outputs</option>";
    for (auto& name : outputs) out_ += fmt::format("<option value=\"{0}\">{0}</option>", esc(name));
    out_ += "</select></label>\n<span class=\"shown\" id=\"shown\" aria-live=\"polite\"></span>\n</div>\n";

    std::set<std::string> repealed;  // outputs whose every "after" is the repeal, not a missing value
    for (auto& o : member(j_, "outputs"))
      if (o.value("repealed", false)) repealed.insert(text(o, "name"));
    std::string key = text(j_, "key");
    out_ += fmt::format("<table class=\"changes\" id=\"changes\">\n<caption class=\"sr-only\">Changed values, {} of {}</caption>\n",
                        grouped(listed), grouped(total));
    out_ += fmt::format("<thead><tr><th scope=\"col\">{} <span class=\"sub\">{}</span></th><th scope=\"col\">Output</th>"
                        "<th scope=\"col\">Before</th><th scope=\"col\">After</th><th scope=\"col\">Why</th></tr></thead>\n<tbody>\n",
                        esc(entity()), esc(key.empty() ? "key" : key));
    for (size_t i = 0; i < listed; ++i) {
      const Json& c = ch[i];
      const std::string output = text(c, "output");
      out_ += fmt::format("<tr data-output=\"{}\"><th scope=\"row\">{}</th><td class=\"out\">{}</td>"
                          "<td class=\"v before\">{}</td><td class=\"v after\">{}</td><td class=\"why\">{}</td></tr>\n",
                          esc(output), esc(text(c, "id")), "<code>" + esc(output) + "</code>", value_html(text(c, "before")),
                          repealed.count(output) ? "<span class=\"none\">(repealed)</span>" : value_html(text(c, "after")),
                          why_html(c));
    }
    out_ += "</tbody>\n</table>\n";
    if (listed < total)
      out_ += fmt::format("<p class=\"more\">{} more changed {} not listed; use <code>--format csv</code> for all {}.</p>\n",
                          grouped(total - listed), total - listed == 1 ? "value is" : "values are", grouped(total));
    out_ += "</section>\n";
  }

  void footer() {
    out_ += "<footer>\n";
    out_ += "<p>Generated by <strong>redline</strong>, the policy compiler.</p>\n";
    std::string as_of = text(j_, "as_of").empty() ? "on the date of the run" : "as of " + long_date(text(j_, "as_of"));
    out_ += fmt::format(
        "<p>Values were computed by evaluating both versions of the policy &mdash; the baseline and the amended one &mdash; on "
        "the same data ({}), {}. A change is any output whose value differs between the two. The amendments' operations are "
        "applied one at a time, in order; each change is attributed to the operations at whose step it moved, and its "
        "explanation follows the rules whose values differ for that entity down to the definition the operation "
        "changed.</p>\n",
        entity_phrase(count(j_, "entities")), as_of);
    out_ += "<p>The CSV format (<code>--format csv</code>) lists every changed value; the JSON format "
            "(<code>--format json</code>) holds everything shown on this page.</p>\n";
    out_ += "</footer>\n";
  }
};

}  // namespace

std::string diff_html(const nlohmann::ordered_json& report, size_t total_changes) {
  return Page(report, total_changes).render();
}

}  // namespace redline::report
