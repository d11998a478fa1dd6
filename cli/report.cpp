// Text renderings of a diff: csv, json, terminal table, markdown.
#include "cli/report.h"

#include <algorithm>

#include <fmt/format.h>

#include "runtime/writers.h"
#include "support/terminal.h"

namespace redline::cli {

using runtime::DiffReport;

std::vector<std::string> diff_csv(const DiffReport& r, bool csv_safe) {
  std::vector<std::string> parts = r.csv_parts(csv_safe);
  parts.insert(parts.begin(), "id,output,before,after\n");
  return parts;
}

static nlohmann::ordered_json amendment_json(const AmendmentInfo& a) {
  nlohmann::ordered_json j;
  j["name"] = a.name;
  j["title"] = a.title;
  j["effective"] = a.effective.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(a.effective);
  j["citation"] = a.citation;
  return j;
}

static nlohmann::ordered_json law_json(const runtime::LawChange& c) {
  return {{"amendment", c.amendment}, {"action", c.action}, {"target", c.target}, {"citation", c.citation},
          {"note", c.note}};
}

nlohmann::ordered_json diff_json(const DiffReport& r, const DiffContext& c) {
  nlohmann::ordered_json j;
  j["policy"] = c.policy;
  j["title"] = c.policy_title;
  j["as_of"] = c.as_of.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(c.as_of);
  j["base_amendments"] = nlohmann::ordered_json::array();
  for (auto& a : c.base) j["base_amendments"].push_back(amendment_json(a));
  j["amendments"] = nlohmann::ordered_json::array();
  for (auto& a : c.amendments) j["amendments"].push_back(amendment_json(a));
  j["law_changes"] = nlohmann::ordered_json::array();
  for (auto& l : c.law) j["law_changes"].push_back(law_json(l));
  j["entity"] = r.entity;
  j["key"] = r.key_name;
  j["entities"] = r.rows;
  j["changed_entities"] = r.changed_entities;
  j["outputs"] = nlohmann::ordered_json::array();
  for (auto& s : r.summaries) {
    nlohmann::ordered_json o;
    o["name"] = s.name;
    o["type"] = s.type;
    o["new"] = !s.in_before;
    o["repealed"] = !s.in_after;
    o["changed"] = s.changed;
    if (s.increased || s.decreased) {
      o["increased"] = s.increased;
      o["decreased"] = s.decreased;
    }
    o["transitions"] = nlohmann::ordered_json::array();
    for (auto& t : s.transitions) o["transitions"].push_back({{"from", t.from}, {"to", t.to}, {"count", t.count}});
    if (!s.after_counts.empty()) {
      nlohmann::ordered_json before = nlohmann::ordered_json::object(), after = nlohmann::ordered_json::object();
      for (auto& [k, n] : s.before_counts) before[k] = n;
      for (auto& [k, n] : s.after_counts) after[k] = n;
      o["before_counts"] = before;
      o["after_counts"] = after;
    }
    if (s.after_total || s.before_total) {
      o["before_total"] = s.before_total ? nlohmann::ordered_json(*s.before_total) : nlohmann::ordered_json();
      o["after_total"] = s.after_total ? nlohmann::ordered_json(*s.after_total) : nlohmann::ordered_json();
    }
    j["outputs"].push_back(o);
  }
  j["changes"] = nlohmann::ordered_json::array();
  for (size_t i = 0; i < r.changes.size(); ++i) {
    const auto& ch = r.changes[i];
    nlohmann::ordered_json x;
    x["id"] = r.key(ch);
    x["output"] = r.outputs[ch.output];
    x["before"] = r.before(ch);
    x["after"] = r.after(ch);
    if (ch.cause) {
      nlohmann::ordered_json why;
      why["rule"] = ch.cause->rule;
      why["before"] = ch.cause->before;
      why["after"] = ch.cause->after;
      why["changed_rule"] = ch.cause->changed_rule;
      why["law_changes"] = nlohmann::ordered_json::array();
      for (auto& l : ch.cause->changes) why["law_changes"].push_back(law_json(l));
      why["text"] = ch.cause->text;
      x["why"] = why;
    }
    j["changes"].push_back(x);
  }
  return j;
}

namespace {

// Data reaches the terminal only through this (see support/terminal.h).
std::string term(const std::string& s) { return support::escape_for_terminal(s); }

std::string amendment_line(const AmendmentInfo& a) {
  std::string s = a.name;
  if (!a.title.empty()) s += fmt::format(" \"{}\"", a.title);
  if (!a.effective.empty()) s += fmt::format(" (effective {})", a.effective);
  return s;
}

// Columns padded to their widest cell (in terminal columns, cells escaped for the terminal);
// the last column is not padded.
std::string aligned(std::vector<std::vector<std::string>> rows, const std::string& indent) {
  std::vector<size_t> width;
  for (auto& row : rows)
    for (size_t i = 0; i < row.size(); ++i) {
      row[i] = term(row[i]);
      if (width.size() <= i) width.push_back(0);
      width[i] = std::max(width[i], support::display_width(row[i]));
    }
  std::string out;
  for (auto& row : rows) {
    std::string line = indent;
    for (size_t i = 0; i < row.size(); ++i) {
      line += row[i];
      if (i + 1 < row.size()) line += std::string(width[i] - support::display_width(row[i]) + 2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

// A change's "after" for people: a repealed output has none, and says why.
std::string after_text(const DiffReport& r, const runtime::ChangedValue& ch) {
  return r.summaries[ch.output].in_after ? r.after(ch) : "(repealed)";
}

std::vector<std::vector<std::string>> totals_rows(const runtime::OutputSummary& s) {
  std::vector<std::vector<std::string>> rows;
  if (!s.after_counts.empty()) {
    std::vector<std::string> head{""}, before{"before"}, after{"after"};
    for (size_t i = 0; i < s.after_counts.size(); ++i) {
      head.push_back(s.after_counts[i].first);
      before.push_back(i < s.before_counts.size() ? std::to_string(s.before_counts[i].second) : "-");
      after.push_back(std::to_string(s.after_counts[i].second));
    }
    rows = {head, before, after};
  } else if (s.after_total || s.before_total) {
    rows = {{"", "total"},
            {"before", s.before_total ? runtime::readable_number(*s.before_total) : "-"},
            {"after", s.after_total ? runtime::readable_number(*s.after_total) : "-"}};
  }
  return rows;
}

}  // namespace

std::string diff_table(const DiffReport& r, const DiffContext& c) {
  std::string out = fmt::format("{}{}\n", c.policy, c.policy_title.empty() ? "" : fmt::format(": {}", term(c.policy_title)));
  for (auto& a : c.base) out += fmt::format("  baseline includes {}\n", term(amendment_line(a)));
  for (auto& a : c.amendments) out += fmt::format("  amended by {}\n", term(amendment_line(a)));
  out += fmt::format("\n{} of {} {} entities change.\n", r.changed_entities, r.rows, r.entity);
  if (!c.law.empty()) {
    out += "\nWhat the amendments change in the law:\n";
    std::vector<std::vector<std::string>> rows;
    for (auto& l : c.law)
      rows.push_back({l.amendment, l.action, l.target, l.citation.empty() ? "" : "[" + l.citation + "]"});
    out += aligned(rows, "  ");
  }
  out += "\nOutcomes:\n";
  for (auto& s : r.summaries) {
    out += fmt::format("  {} ({}){}: {} changed\n", s.name, s.type,
                       !s.in_before ? ", new" : !s.in_after ? ", repealed" : "", s.changed);
    if (s.increased || s.decreased) out += fmt::format("    up: {}, down: {}\n", s.increased, s.decreased);
    for (auto& t : s.transitions)
      out += fmt::format("    {} -> {}: {}\n", term(runtime::readable_number(t.from)), term(runtime::readable_number(t.to)),
                         t.count);
    auto rows = totals_rows(s);
    if (!rows.empty() && s.changed) out += aligned(rows, "      ");
  }
  if (!r.changes.empty()) {
    out += "\nChanges:\n";
    std::vector<std::vector<std::string>> rows{{r.key_name, "output", "before", "after", "why"}};
    for (size_t i = 0; i < r.changes.size(); ++i) {
      const auto& ch = r.changes[i];
      rows.push_back({r.key(ch), r.outputs[ch.output], r.before(ch), after_text(r, ch), ch.cause ? ch.cause->text : ""});
    }
    out += aligned(rows, "  ");
  }
  return out;
}

// Markdown's escaping: the text as the terminal shows it (a line break is \n, a control
// character \x..), then a backslash before each character Markdown would read as markup,
// the backslash included, so a cell can neither end a table row nor split one.
static std::string md_escape(const std::string& s) {
  std::string out;
  for (char ch : support::escape_for_terminal(s)) {
    if (ch == '|' || ch == '*' || ch == '_' || ch == '`' || ch == '[' || ch == ']' || ch == '<' || ch == '>' ||
        ch == '\\' || ch == '&' || ch == '~')
      out += '\\';
    out += ch;
  }
  return out;
}

std::string diff_markdown(const DiffReport& r, const DiffContext& c) {
  std::string out = fmt::format("# Impact of {} on {}\n\n",
                                c.amendments.empty() ? std::string("no amendment") : c.amendments.back().name, c.policy);
  if (!c.policy_title.empty()) out += fmt::format("Policy: **{}** ({})\n\n", md_escape(c.policy_title), c.policy);
  for (auto& a : c.base) out += fmt::format("- Baseline includes {}\n", md_escape(amendment_line(a)));
  for (auto& a : c.amendments) out += fmt::format("- Amended by {}\n", md_escape(amendment_line(a)));
  if (!c.as_of.empty()) out += fmt::format("- Evaluated as of {}\n", c.as_of);
  out += fmt::format("\n**{} of {} {} entities change.**\n", r.changed_entities, r.rows, md_escape(r.entity));
  if (!c.law.empty()) {
    out += "\n## Amended clauses\n\n| Amendment | Change | Target | Clause |\n|---|---|---|---|\n";
    for (auto& l : c.law)
      out += fmt::format("| {} | {} | {} | {} |\n", md_escape(l.amendment), l.action, md_escape(l.target), md_escape(l.citation));
  }
  out += "\n## Outcomes\n";
  for (auto& s : r.summaries) {
    out += fmt::format("\n### {} ({})\n\n{} changed{}.\n", md_escape(s.name), md_escape(s.type), s.changed,
                       !s.in_before ? " (a new output)" : !s.in_after ? " (a repealed output)" : "");
    if (s.increased || s.decreased) out += fmt::format("\n{} went up, {} went down.\n", s.increased, s.decreased);
    if (!s.transitions.empty()) {
      out += "\n| Before | After | Count |\n|---|---|---:|\n";
      for (auto& t : s.transitions)
        out += fmt::format("| {} | {} | {} |\n", md_escape(runtime::readable_number(t.from)),
                           md_escape(runtime::readable_number(t.to)), t.count);
    }
    auto rows = totals_rows(s);
    if (!rows.empty() && s.changed) {
      out += "\n|";
      for (auto& h : rows[0]) out += " " + md_escape(h) + " |";
      out += "\n|";
      for (size_t i = 0; i < rows[0].size(); ++i) out += i ? "---:|" : "---|";
      out += "\n";
      for (size_t k = 1; k < rows.size(); ++k) {
        out += "|";
        for (auto& v : rows[k]) out += " " + md_escape(v) + " |";
        out += "\n";
      }
    }
  }
  if (!r.changes.empty()) {
    out += fmt::format("\n## Changes\n\n| {} | Output | Before | After | Why |\n|---|---|---|---|---|\n", md_escape(r.key_name));
    for (size_t i = 0; i < r.changes.size(); ++i) {
      const auto& ch = r.changes[i];
      out += fmt::format("| {} | {} | {} | {} | {} |\n", md_escape(r.key(ch)), md_escape(r.outputs[ch.output]),
                         md_escape(r.before(ch)), md_escape(after_text(r, ch)), md_escape(ch.cause ? ch.cause->text : ""));
    }
  }
  return out;
}

}  // namespace redline::cli
