#include "report/timeline.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "report/report.h"
#include "support/terminal.h"
#include "types/values.h"

namespace redline::report {

namespace {

using service::TimelineDeadline;
using service::TimelineResult;

std::string cite(const std::string& c) { return c.empty() ? "" : "  [" + c + "]"; }

std::string fact_text(const service::TimelineFact& f) {
  std::string out = fmt::format("{} {} ({})", f.entity, f.key, f.date_field);
  for (size_t i = 0; i < f.fields.size(); ++i)
    out += fmt::format("{} {} = {}", i ? "," : ":", f.fields[i].first, f.fields[i].second.empty() ? "none" : f.fields[i].second);
  return out;
}

// One sentence per deadline event, the same words in every format.
std::string deadline_text(const TimelineResult& t, const TimelineDeadline& d) {
  const std::string& name = t.rules[d.rule].name;
  const std::string due = d.due ? format_date(*d.due) : "no due date";
  switch (d.kind) {
    case TimelineDeadline::Kind::Arises:
      if (d.unmeetable)
        return fmt::format("{} arises on this day, and its due date {} has already passed: it cannot be met", name, due);
      return fmt::format("{} arises, due {}", name, d.due ? due : "(no due date)");
    case TimelineDeadline::Kind::Ends: return fmt::format("{} no longer applies", name);
    case TimelineDeadline::Kind::Passes: return fmt::format("{} still applies and its due date {} has passed", name, due);
    case TimelineDeadline::Kind::Moved:
      return fmt::format("{} still applies, and this day's facts moved its due date to {}, which has already passed: it "
                         "cannot be met",
                         name, due);
    case TimelineDeadline::Kind::Conflicts:
      return fmt::format("{} requires {} by {}, which {} forbids {}: both cannot be met", name, t.rules[d.rule].act, due,
                         t.rules[d.other].name, d.until ? "until " + format_date(*d.until) : "with no end date");
  }
  return "";
}

// The count of deadlines that cannot be met, the same words in every format: "1 obligation arose
// with its due date already passed", or, when a deadline was moved into the past, "... came to
// be due on a day already passed (arising late, or moved)". Empty when none.
std::string unmeetable_text(const TimelineResult& t) {
  if (!t.unmeetable) return "";
  bool moved = false;
  for (const auto& step : t.steps)
    for (const auto& d : step.deadlines) moved = moved || d.kind == TimelineDeadline::Kind::Moved;
  std::string out;
  const size_t late = t.unmeetable - t.conflicts;
  if (late && !moved)
    out = fmt::format("{} obligation{} arose with {} due date already passed", late, late == 1 ? "" : "s",
                      late == 1 ? "its" : "their");
  else if (late)
    out = fmt::format("{} obligation{} came to be due on a day already passed (arising late, or moved)", late,
                      late == 1 ? "" : "s");
  if (t.conflicts)
    out += fmt::format("{}{} requirement{} came to be forbidden until after {} due date", out.empty() ? "" : "; ",
                       t.conflicts, t.conflicts == 1 ? "" : "s", t.conflicts == 1 ? "its" : "their");
  return out;
}

std::string value_or_none(const std::string& v) { return v.empty() ? "none" : v; }

// A value as a step shows it: an obligation that applies with its due date (a prohibition with
// its end).
std::string shown(const service::TimelineRule& rule, const std::string& value, const std::string& due) {
  if (due.empty()) return value_or_none(value);
  return value_or_none(value) + (rule.duty == Duty::Forbids ? " (until " : " (due ") + due + ")";
}

}  // namespace

std::string timeline_text(const TimelineResult& t) {
  using support::escape_for_terminal;
  std::string out = fmt::format("timeline of {} '{}' under {}, {} to {}\n", t.entity, escape_for_terminal(t.key), t.policy,
                                format_date(t.from), format_date(t.to));
  for (const auto& step : t.steps) {
    out += "\n" + format_date(step.day) + "\n";
    for (const auto& a : step.amendments) out += fmt::format("  modification {} comes into force\n", a);
    for (const auto& p : step.parameters) out += fmt::format("  parameter {} takes a new value\n", p);
    for (const auto& f : step.facts) out += "  " + escape_for_terminal(fact_text(f)) + "\n";
    for (const auto& c : step.changes) {
      const auto& rule = t.rules[c.rule];
      std::string value = c.before ? escape_for_terminal(shown(rule, *c.before, c.due_before)) + " -> " +
                                         escape_for_terminal(shown(rule, c.after, c.due_after))
                                   : escape_for_terminal(shown(rule, c.after, c.due_after));
      out += fmt::format("  {}{} {}{}\n", rule.name, c.before ? ":" : " =", value, cite(c.citation));
    }
    for (const auto& d : step.deadlines)
      out += fmt::format("  {} {}{}\n", d.unmeetable ? "!" : "*", deadline_text(t, d), cite(d.citation));
  }
  if (t.unmeetable) out += "\n" + unmeetable_text(t) + "\n";
  return out;
}

std::string timeline_json(const TimelineResult& t) {
  nlohmann::ordered_json j;
  j["policy"] = t.policy;
  j["entity"] = t.entity;
  j["key"] = t.key;
  j["from"] = format_date(t.from);
  j["to"] = format_date(t.to);
  j["rules"] = nlohmann::ordered_json::array();
  for (const auto& r : t.rules) {
    nlohmann::ordered_json jr;
    jr["name"] = r.name;
    jr["kind"] = r.obligation ? "obligation" : "rule";
    if (!r.title.empty()) jr["title"] = r.title;
    if (!r.citation.empty()) jr["citation"] = r.citation;
    if (r.duty != Duty::None) jr[std::string(duty_word(r.duty))] = r.act;
    if (!r.due_rule.empty()) jr[r.duty == Duty::Forbids ? "until_rule" : "due_rule"] = r.due_rule;
    j["rules"].push_back(jr);
  }
  j["steps"] = nlohmann::ordered_json::array();
  for (const auto& step : t.steps) {
    nlohmann::ordered_json js;
    js["date"] = format_date(step.day);
    if (!step.amendments.empty()) js["amendments_in_force"] = step.amendments;
    if (!step.parameters.empty()) js["parameters_changed"] = step.parameters;
    js["facts"] = nlohmann::ordered_json::array();
    for (const auto& f : step.facts) {
      nlohmann::ordered_json jf;
      jf["entity"] = f.entity;
      jf["key"] = f.key;
      jf["date_field"] = f.date_field;
      nlohmann::ordered_json fields = nlohmann::ordered_json::object();
      for (const auto& [name, value] : f.fields) fields[name] = value.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(value);
      jf["fields"] = fields;
      js["facts"].push_back(jf);
    }
    js["changes"] = nlohmann::ordered_json::array();
    for (const auto& c : step.changes) {
      nlohmann::ordered_json jc;
      jc["rule"] = t.rules[c.rule].name;
      jc["before"] = c.before ? nlohmann::ordered_json(*c.before) : nlohmann::ordered_json();
      jc["after"] = c.after;
      if (!c.citation.empty()) jc["citation"] = c.citation;
      const bool until = t.rules[c.rule].duty == Duty::Forbids;
      if (!c.due_before.empty()) jc[until ? "until_before" : "due_before"] = c.due_before;
      if (!c.due_after.empty()) jc[until ? "until_after" : "due_after"] = c.due_after;
      js["changes"].push_back(jc);
    }
    js["deadlines"] = nlohmann::ordered_json::array();
    for (const auto& d : step.deadlines) {
      nlohmann::ordered_json jd;
      jd["obligation"] = t.rules[d.rule].name;
      jd["event"] = std::string(service::deadline_event(d.kind));
      jd["due"] = d.due ? nlohmann::ordered_json(format_date(*d.due)) : nlohmann::ordered_json();
      jd["unmeetable"] = d.unmeetable;
      if (d.kind == TimelineDeadline::Kind::Conflicts) {
        jd["forbidden_by"] = t.rules[d.other].name;
        jd["until"] = d.until ? nlohmann::ordered_json(format_date(*d.until)) : nlohmann::ordered_json();
      }
      jd["text"] = deadline_text(t, d);
      if (!d.citation.empty()) jd["citation"] = d.citation;
      js["deadlines"].push_back(jd);
    }
    j["steps"].push_back(js);
  }
  j["unmeetable"] = t.unmeetable;
  return j.dump(2) + "\n";
}

std::string timeline_html(const TimelineResult& t) {
  const auto& esc = html_escape;
  // The SVG: one lane per rule, a band per stretch of one value, the days of facts as ticks
  // on the axis, each deadline as a mark on its obligation's lane (red when it cannot be met).
  const double left = 190, width = 760, lane = 34, top = 34;
  const int64_t span = std::max<int64_t>(1, t.to - t.from);
  auto x = [&](int64_t day) { return left + width * static_cast<double>(std::clamp(day, t.from, t.to) - t.from) / static_cast<double>(span); };
  const double height = top + lane * static_cast<double>(t.rules.size()) + 40;
  std::string svg = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"timeline of {} {}\">",
      left + width + 30, height, esc(t.entity), esc(t.key));
  // Values by lane, as stretches [start, end) of one value.
  for (size_t i = 0; i < t.rules.size(); ++i) {
    const double y = top + lane * static_cast<double>(i);
    svg += fmt::format("<text x=\"{}\" y=\"{:.1f}\" text-anchor=\"end\" class=\"lane\">{}</text>", left - 8, y + lane / 2 + 4,
                       esc(t.rules[i].name));
    std::vector<std::pair<int64_t, std::string>> stretches;
    for (const auto& step : t.steps)
      for (const auto& c : step.changes)
        if (c.rule == i) stretches.emplace_back(step.day, c.after);
    std::map<std::string, int> shade;
    for (size_t k = 0; k < stretches.size(); ++k) {
      const int64_t end = k + 1 < stretches.size() ? stretches[k + 1].first : t.to;
      const std::string& v = stretches[k].second;
      int s = shade.emplace(v, static_cast<int>(shade.size()) % 4).first->second;
      const char* fill = v == "true" ? "#f4c7a1" : v == "false" ? "#e8eef4" : (s == 0 ? "#dbe8d4" : s == 1 ? "#d4dfe8" : s == 2 ? "#efe1c6" : "#e3d4e8");
      const double x0 = x(stretches[k].first), x1 = std::max(x(end), x0 + 2);
      svg += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"{}\" stroke=\"#fff\"><title>{}: {} from {}</title></rect>",
                         x0, y + 4, x1 - x0, lane - 8, fill, esc(t.rules[i].name), esc(value_or_none(v)), format_date(stretches[k].first));
      if (x1 - x0 > 40)
        svg += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" class=\"val\">{}</text>", x0 + 4, y + lane / 2 + 4,
                           esc(value_or_none(v).substr(0, static_cast<size_t>((x1 - x0) / 7))));
    }
  }
  // Conflicts last, so that their red is on top of the same due date's other marks.
  for (const bool conflicts : {false, true}) {
    for (const auto& step : t.steps)
      for (const auto& d : step.deadlines) {
        if (!d.due || (d.kind == TimelineDeadline::Kind::Conflicts) != conflicts) continue;
        const double y = top + lane * static_cast<double>(d.rule);
        if (conflicts) {
          // The prohibition's lane: the stretch it forbids the act, from this day to its end.
          const double yo = top + lane * static_cast<double>(d.other);
          svg += fmt::format("<line x1=\"{:.1f}\" x2=\"{:.1f}\" y1=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"#c0392b\" "
                             "stroke-dasharray=\"3 2\"/>",
                             x(step.day), x(d.until ? std::min(*d.until, t.to) : t.to), yo + lane / 2, yo + lane / 2);
        }
        const char* colour = d.unmeetable ? "#c0392b" : "#34495e";
        svg += fmt::format("<line x1=\"{:.1f}\" x2=\"{:.1f}\" y1=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"{}\" stroke-width=\"2\"><title>{}</title></line>",
                           x(*d.due), x(*d.due), y + 1, y + lane - 1, colour, esc(deadline_text(t, d)));
        if (d.unmeetable)
          svg += fmt::format("<line x1=\"{:.1f}\" x2=\"{:.1f}\" y1=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"{}\" stroke-dasharray=\"3 2\"/>",
                             x(*d.due), x(step.day), y + lane / 2, y + lane / 2, colour);
      }
  }
  const double axis = top + lane * static_cast<double>(t.rules.size()) + 6;
  svg += fmt::format("<line x1=\"{}\" x2=\"{}\" y1=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"#555\"/>", left, left + width, axis, axis);
  double last_label = -1e9;
  for (const auto& step : t.steps) {
    const double sx = x(step.day);
    svg += fmt::format("<line x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1:.1f}\" y2=\"{2:.1f}\" stroke=\"#555\"/>", sx, axis, axis + 5);
    if (sx - last_label > 70) {
      svg += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\" class=\"day\">{}</text>", sx, axis + 18,
                         format_date(step.day));
      last_label = sx;
    }
  }
  svg += "</svg>";

  std::string rows;
  for (const auto& step : t.steps) {
    std::string what;
    for (const auto& a : step.amendments) what += "<li>modification <code>" + esc(a) + "</code> comes into force</li>";
    for (const auto& p : step.parameters) what += "<li>parameter <code>" + esc(p) + "</code> takes a new value</li>";
    for (const auto& f : step.facts) what += "<li>" + esc(fact_text(f)) + "</li>";
    std::string changes;
    for (const auto& c : step.changes) {
      const auto& rule = t.rules[c.rule];
      changes += fmt::format("<li><code>{}</code> {}{}{}</li>", esc(rule.name),
                             c.before ? esc(shown(rule, *c.before, c.due_before)) + " &rarr; " : "= ",
                             esc(shown(rule, c.after, c.due_after)),
                             c.citation.empty() ? "" : " <span class=\"cite\">[" + esc(c.citation) + "]</span>");
    }
    for (const auto& d : step.deadlines)
      changes += fmt::format("<li class=\"{}\">{}{}</li>", d.unmeetable ? "trap" : "deadline", esc(deadline_text(t, d)),
                             d.citation.empty() ? "" : " <span class=\"cite\">[" + esc(d.citation) + "]</span>");
    rows += fmt::format("<tr><th scope=\"row\">{}</th><td><ul>{}</ul></td><td><ul>{}</ul></td></tr>", format_date(step.day), what, changes);
  }
  std::string summary = t.unmeetable ? "<p class=\"trap\">" + esc(unmeetable_text(t)) + ".</p>" : "";
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Timeline of {0} {1}</title>"
      "<style>body{{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:1000px}}"
      "svg{{width:100%;height:auto}}svg text{{font-size:12px}}.val{{fill:#333}}.day{{fill:#555;font-size:11px}}"
      "table{{border-collapse:collapse;width:100%}}th,td{{border-top:1px solid #ddd;padding:.4rem;vertical-align:top;text-align:left}}th{{white-space:nowrap}}"
      "ul{{margin:0;padding-left:1.1rem}}.trap{{color:#c0392b;font-weight:600}}.cite{{color:#666}}</style></head><body>"
      "<h1>Timeline of {0} <code>{1}</code></h1><p>Policy <code>{2}</code>, {3} to {4}: each step is a day on which "
      "something about the {0} changed; the policy is evaluated as of that day.</p>{5}{6}"
      "<table><thead><tr><th>Day</th><th>What happened</th><th>Outcomes</th></tr></thead><tbody>{7}</tbody></table>"
      "</body></html>\n",
      esc(t.entity), esc(t.key), esc(t.policy), format_date(t.from), format_date(t.to), summary, svg, rows);
}

}  // namespace redline::report
