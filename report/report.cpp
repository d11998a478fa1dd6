// Text renderings of a diff: csv, json, terminal table, markdown.
#include "report/report.h"

#include <algorithm>
#include <array>
#include <functional>
#include <iterator>
#include <cstring>
#include <stdexcept>
#include <string_view>
#include <ostream>

#include <fmt/format.h>

#include "report/compare.h"
#include "runtime/parallel.h"
#include "runtime/writers.h"
#include "support/terminal.h"
#include "types/values.h"

namespace redline::report {

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
  j["effective"] = a.effective ? nlohmann::ordered_json(format_date(*a.effective)) : nlohmann::ordered_json();
  j["citation"] = a.citation;
  return j;
}

static nlohmann::ordered_json law_json(const runtime::LawChange& c) {
  return {{"amendment", c.amendment}, {"action", action_word(c.action)}, {"target", c.target.text()}, {"citation", c.citation},
          {"note", c.note}};
}

// Everything but the changes.
static nlohmann::ordered_json summary_json(const DiffReport& r, const DiffContext& c) {
  nlohmann::ordered_json j;
  j["policy"] = c.policy;
  j["title"] = c.policy_title;
  j["as_of"] = c.as_of ? nlohmann::ordered_json(format_date(*c.as_of)) : nlohmann::ordered_json();
  j["base_amendments"] = nlohmann::ordered_json::array();
  for (auto& a : c.base) j["base_amendments"].push_back(amendment_json(a));
  j["amendments"] = nlohmann::ordered_json::array();
  for (auto& a : c.amendments) j["amendments"].push_back(amendment_json(a));
  j["not_in_force"] = nlohmann::ordered_json::array();
  for (auto& a : c.not_in_force) j["not_in_force"].push_back(amendment_json(a));
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
      o["before_total"] = s.before_total ? nlohmann::ordered_json(s.before_total->text()) : nlohmann::ordered_json();
      o["after_total"] = s.after_total ? nlohmann::ordered_json(s.after_total->text()) : nlohmann::ordered_json();
    }
    j["outputs"].push_back(o);
  }
  j["reasons"] = nlohmann::ordered_json::array();
  for (size_t g = 0; g < r.groups.size(); ++g) {
    const runtime::CauseGroup& group = r.groups[g];
    nlohmann::ordered_json x;
    x["id"] = g + 1;
    x["operations"] = group.operations;
    x["law_changes"] = nlohmann::ordered_json::array();
    for (size_t op : group.operations) x["law_changes"].push_back(law_json(c.law[op]));
    x["rules"] = group.origins;
    x["entities"] = group.entities;
    x["changes"] = group.changes;
    x["outputs"] = nlohmann::ordered_json::object();
    for (auto& [name, n] : group.outputs) x["outputs"][name] = n;
    x["text"] = runtime::operations_text(group.operations, c.law);
    j["reasons"].push_back(x);
  }
  // What each operation moved, applying them in order (README, "Why values change").
  j["attribution"] = nlohmann::ordered_json::array();
  for (size_t op = 0; op < r.operations.size() && op < c.law.size(); ++op) {
    const runtime::OperationImpact& impact = r.operations[op];
    nlohmann::ordered_json x = law_json(c.law[op]);
    x["entities"] = impact.entities;
    x["changes"] = impact.changes;
    x["changes_alone"] = impact.alone;
    x["outputs"] = nlohmann::ordered_json::object();
    for (auto& [name, n] : impact.outputs) x["outputs"][name] = n;
    j["attribution"].push_back(x);
  }
  return j;
}

// A change as JSON on one line, written straight to text: at a million changes, building each as
// an nlohmann object cost ten times writing it. The bytes are nlohmann's dump() of the same
// object. Strings are escaped by the writers' JSON escaping, which gives nlohmann's bytes for the
// UTF-8 the readers accept.
class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  void begin_object() { begin(false); }
  void begin_array() { begin(true); }
  void end() {
    out_ += stack_[--open_].array ? ']' : '}';
  }
  template <size_t N>
  void key(const char (&k)[N]) {
    separate();
    out_ += '"';
    out_.append(k, N - 1);
    out_.append("\":", 2);
  }
  void string(const std::string& v) {
    before_value();
    runtime::append_json_string(out_, v);
  }
  void number(size_t v) {
    before_value();
    out_ += std::to_string(v);
  }
  void null() {
    before_value();
    out_ += "null";
  }
  template <size_t N>
  void member(const char (&k)[N], const std::string& v) {
    key(k);
    string(v);
  }
  template <size_t N>
  void member(const char (&k)[N], size_t v) {
    key(k);
    number(v);
  }
  // A string, or null when empty.
  template <size_t N>
  void member_or_null(const char (&k)[N], const std::string& v) {
    key(k);
    if (v.empty()) null();
    else string(v);
  }

 private:
  struct Level {
    bool array;
    bool empty;
  };
  void begin(bool array) {
    before_value();
    out_ += array ? '[' : '{';
    if (open_ == stack_.size()) throw std::logic_error("JsonWriter: nested deeper than a change is");
    stack_[open_++] = {array, true};
  }
  void separate() {
    Level& top = stack_[open_ - 1];
    if (!top.empty) out_ += ',';
    top.empty = false;
  }
  void before_value() {
    if (open_ > 0 && stack_[open_ - 1].array) separate();
  }
  std::string& out_;
  // A writer is made for each change: its levels are not allocated (a change nests 8 deep).
  std::array<Level, 16> stack_{};
  size_t open_ = 0;
};

// What a worker that renders changes keeps from one change to the next (DiffReport::explain):
// the sentences of the sets of operations, and the buffer a change's sentence is made in.
struct SentenceWriter {
  runtime::CauseTexts texts;
  std::string sentence;
  // What moved, step by step, without the operations that moved it (the reports list those once,
  // as their reasons), after `prefix`; in `sentence`.
  const std::string& what_moved(const runtime::Cause& cause, const std::string& key, std::string_view prefix = {}) {
    sentence.assign(prefix);
    texts.append(sentence, cause, key, false);
    return sentence;
  }
  // A change's reason in a row of a report that lists the reasons once: "[1] premises_counted: 1 -> 2".
  const std::string& why_short(const runtime::Cause& cause, const std::string& key) {
    return what_moved(cause, key, fmt::format("[{}] ", cause.group + 1));
  }
};
static std::vector<SentenceWriter> cause_texts(const DiffContext& c) {
  return std::vector<SentenceWriter>(DiffReport::explain_parts(), SentenceWriter{runtime::CauseTexts(c.law), {}});
}

static void write_change(JsonWriter& w, const DiffReport& r, size_t i,
                         const runtime::Cause* cause, bool typed, SentenceWriter& texts) {
  const runtime::ChangedValue& ch = r.changes[i];
  const std::string key = r.key(ch);
  w.begin_object();
  if (typed) w.member("type", std::string("change"));
  w.member("id", key);
  w.member("output", r.outputs[ch.output]);
  w.member("before", r.before(ch));
  w.member("after", r.after(ch));
  if (cause) {
    w.key("why");
    w.begin_object();
    w.member("reason", size_t{cause->group} + 1);
    w.key("steps");
    w.begin_array();
    for (const runtime::CauseStep& step : cause->steps) {
      w.begin_object();
      // By index into the report's law_changes, as its reasons name them: a change repeating
      // each law change in full was a third of a json report's bytes.
      w.key("operations");
      w.begin_array();
      for (size_t op : step.operations) w.number(op);
      w.end();
      w.member("before", step.before);
      w.member("after", step.after);
      w.key("chain");
      w.begin_array();
      for (const runtime::CauseLink& l : step.chain) {
        w.begin_object();
        w.member("rule", l.rule);
        w.member("entity", l.entity);
        w.member("id", l.key);
        w.member("before", l.before);
        w.member("after", l.after);
        if (!l.aggregate.empty()) {
          w.key("aggregate");
          w.begin_object();
          w.member("name", l.aggregate);
          w.member("before", l.aggregate_before);
          w.member("after", l.aggregate_after);
          w.member("related_changed", l.related_changed);
          w.member("related_total", l.related_total);
          w.key("related");
          w.begin_array();
          for (const runtime::RelatedChange& rc : l.related) {
            w.begin_object();
            w.member("id", rc.key);
            w.member_or_null("before", rc.before);
            w.member_or_null("after", rc.after);
            w.end();
          }
          w.end();
          w.end();
        }
        w.end();
      }
      w.end();
      w.end();
    }
    w.end();
    // The operations that moved it are the text of its reason, which the report lists once (the
    // sentence of each change repeated them: a third of jsonl's bytes).
    w.member("text", texts.what_moved(*cause, key));
    w.end();
  }
  w.end();
}

// The changes, each rendered by `row(text, worker, i, cause)` (`worker`: which of the
// DiffReport::explain_parts() renders it, each on its own thread), after `head`: chunk by chunk,
// each row as its cause is found, the chunks rendered side by side and written in order on this
// thread as they are done. `detail`: which links of the chains the rows print with their values
// (runtime::CauseDetail).
template <typename Row>
static void stream_changes(std::ostream& out, const DiffReport& r, runtime::CauseDetail detail,
                           const std::function<void(std::ostream&)>& head, Row&& row) {
  head(out);
  r.explain(
      0, r.changes.size(),
      [&](size_t worker, std::string& text, size_t i, const runtime::Cause* cause) { row(text, worker, i, cause); },
      [&](std::string& text) { out.write(text.data(), static_cast<std::streamsize>(text.size())); }, "writing", detail);
}

void diff_json(std::ostream& out, const DiffReport& r, const DiffContext& c) {
  // The summary as nlohmann's dump(2) indents it, then `"changes": [` and each change on a line
  // of its own (as dump() writes it): at a million changes, indenting every member of every
  // change doubled the bytes (444 MB against 233), and the disk was what the report waited on.
  stream_changes(
      out, r, runtime::CauseDetail::Full,
      [&](std::ostream& o) {
        nlohmann::ordered_json j = summary_json(r, c);
        j["changes"] = nlohmann::ordered_json::array();
        std::string head = j.dump(2);
        if (!r.changes.empty()) head.resize(head.size() - 3);  // "[]\n}" -> "["
        o << head;
      },
      [&, texts = cause_texts(c)](std::string& text, size_t part, size_t i,
                                                                const runtime::Cause* cause) mutable {
        text += i ? ",\n    " : "\n    ";
        JsonWriter w(text);
        write_change(w, r, i, cause, false, texts[part]);
      });
  out << (r.changes.empty() ? "\n" : "\n  ]\n}\n");
}

nlohmann::ordered_json diff_json_page(const DiffReport& r, const DiffContext& c, size_t max_changes) {
  nlohmann::ordered_json j = summary_json(r, c);
  const size_t shown = std::min(max_changes, r.changes.size());
  j["changes_total"] = r.changes.size();
  j["changes_shown"] = shown;
  std::string text;
  std::vector<SentenceWriter> texts = cause_texts(c);
  r.explain(
      0, shown,
      [&](size_t worker, std::string& chunk, size_t i, const runtime::Cause* cause) {
        JsonWriter w(chunk);
        write_change(w, r, i, cause, false, texts[worker]);
        chunk += ',';
      },
      [&](std::string& chunk) { text += chunk; });
  if (!text.empty()) text.pop_back();
  j["changes"] = nlohmann::ordered_json::parse("[" + text + "]");
  return j;
}

void diff_jsonl(std::ostream& out, const DiffReport& r, const DiffContext& c) {
  stream_changes(
      out, r, runtime::CauseDetail::Full,
      [&](std::ostream& o) {
        nlohmann::ordered_json j{{"type", "summary"}};
        nlohmann::ordered_json summary = summary_json(r, c);
        for (auto& el : summary.items()) j[el.key()] = std::move(el.value());
        o << j.dump() << "\n";
      },
      [&, texts = cause_texts(c)](std::string& text, size_t part, size_t i,
                                                               const runtime::Cause* cause) mutable {
        JsonWriter w(text);
        write_change(w, r, i, cause, true, texts[part]);
        text += '\n';
      });
}

namespace {

// Data reaches the terminal only through this (see support/terminal.h).
std::string term(const std::string& s) { return support::escape_for_terminal(s); }

std::string amendment_line(const AmendmentInfo& a) {
  std::string s = a.name;
  if (!a.title.empty()) s += fmt::format(" \"{}\"", a.title);
  if (a.effective) s += fmt::format(" (effective {})", format_date(*a.effective));
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

// "SECMP0044 (effective 2018-06-29) is not in force on 2018-01-01: it changes nothing on that date".
std::string not_in_force_line(const AmendmentInfo& a, const DiffContext& c) {
  AmendmentInfo undated = a;
  undated.effective.reset();
  return fmt::format("{} is not in force on {}{}: not applied, so it changes nothing", amendment_line(undated),
                     c.as_of ? format_date(*c.as_of) : "the --as-of date",
                     a.effective ? " (it takes effect on " + format_date(*a.effective) + ")" : "");
}

// "40 values of 28 Party entities (premises_counted 28, assessment 12)"
std::string counts_text(size_t entities, size_t changes, const std::vector<std::pair<std::string, size_t>>& outputs,
                        const std::string& entity) {
  std::string per_output;
  for (auto& [name, n] : outputs) per_output += fmt::format("{}{} {}", per_output.empty() ? "" : ", ", name, n);
  return fmt::format("{} value{} of {} {} entit{} ({})", changes, changes == 1 ? "" : "s", entities, entity,
                     entities == 1 ? "y" : "ies", per_output);
}

std::string group_count(const runtime::CauseGroup& g, const std::string& entity) {
  return counts_text(g.entities, g.changes, g.outputs, entity);
}

std::string impact_text(const runtime::OperationImpact& i, const std::string& entity) {
  if (i.changes == 0) return "moves none of the values compared";
  std::string out = "moves " + counts_text(i.entities, i.changes, i.outputs, entity);
  if (i.alone != i.changes) out += fmt::format(", {} of them with other operations", i.changes - i.alone);
  return out;
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
            {"before", s.before_total ? runtime::readable_number(s.before_total->text()) : "-"},
            {"after", s.after_total ? runtime::readable_number(s.after_total->text()) : "-"}};
  }
  return rows;
}

}  // namespace

// The head: the law, the outcomes and the groups of reasons, which count the rows below.
static std::string table_head(const DiffReport& r, const DiffContext& c) {
  std::string out = fmt::format("{}{}\n", c.policy, c.policy_title.empty() ? "" : fmt::format(": {}", term(c.policy_title)));
  for (auto& a : c.base) out += fmt::format("  baseline includes {}\n", term(amendment_line(a)));
  for (auto& a : c.amendments) out += fmt::format("  amended by {}\n", term(amendment_line(a)));
  for (auto& a : c.not_in_force) out += fmt::format("  {}\n", term(not_in_force_line(a, c)));
  out += fmt::format("\n{} of {} {} entities change.\n", r.changed_entities, r.rows, r.entity);
  if (!c.law.empty()) {
    out += "\nWhat the amendments change in the law:\n";
    std::vector<std::vector<std::string>> rows;
    for (size_t i = 0; i < c.law.size(); ++i) {
      const auto& l = c.law[i];
      rows.push_back({l.amendment, std::string(action_word(l.action)), l.target.text(), l.citation.empty() ? "" : "[" + l.citation + "]"});
      if (i < r.operations.size()) rows.back().push_back(impact_text(r.operations[i], r.entity));
    }
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
  if (!r.groups.empty()) {
    out += "\nWhy they change:\n";
    for (size_t g = 0; g < r.groups.size(); ++g)
      out += fmt::format("  [{}] {}: {}\n", g + 1, term(group_count(r.groups[g], r.entity)),
                         term(runtime::operations_text(r.groups[g].operations, c.law)));
  }
  return out;
}

void diff_table(std::ostream& stream, const DiffReport& r, const DiffContext& c) {
  // As aligned(): the columns padded to their widest cell, but the why column, the last, is
  // not padded: the widths are known from the values alone, before any cause is found again.
  constexpr size_t kPadded = 4;
  std::vector<std::array<size_t, kPadded>> part_width(runtime::parallel_parts(r.changes.size(), 50'000));
  runtime::run_parts(part_width.size(), [&](size_t part) {
    std::array<size_t, kPadded>& w = part_width[part];
    w.fill(0);
    const size_t begin = r.changes.size() * part / part_width.size(), end = r.changes.size() * (part + 1) / part_width.size();
    for (size_t i = begin; i < end; ++i) {
      const auto& ch = r.changes[i];
      w[0] = std::max(w[0], support::display_width(term(r.key(ch))));
      w[1] = std::max(w[1], support::display_width(term(r.outputs[ch.output])));
      w[2] = std::max(w[2], support::display_width(term(r.before(ch))));
      w[3] = std::max(w[3], support::display_width(term(after_text(r, ch))));
    }
  });
  std::array<size_t, kPadded> width{};
  const std::array<std::string, kPadded> head{term(r.key_name), "output", "before", "after"};
  for (size_t k = 0; k < kPadded; ++k) {
    width[k] = support::display_width(head[k]);
    for (auto& w : part_width) width[k] = std::max(width[k], w[k]);
  }
  // A row: its cells padded, then its why, without the blanks that would end the line.
  auto cells = [&](std::string& text, const std::array<std::string, kPadded>& row) {
    text += "  ";
    for (size_t k = 0; k < kPadded; ++k) {
      text += row[k];
      text.append(width[k] - support::display_width(row[k]) + 2, ' ');
    }
  };
  auto end_line = [](std::string& text, size_t start) {
    while (text.size() > start && text.back() == ' ') text.pop_back();
    text += '\n';
  };
  stream_changes(
      stream, r, runtime::CauseDetail::Ends,
      [&](std::ostream& out) {
        std::string first = table_head(r, c);
        if (!r.changes.empty()) {
          first += "\nChanges:\n";
          const size_t start = first.size();
          cells(first, head);
          first += "why";
          end_line(first, start);
        }
        out << first;
      },
      [&, texts = cause_texts(c)](std::string& text, size_t part, size_t i, const runtime::Cause* cause) mutable {
        const auto& ch = r.changes[i];
        const size_t start = text.size();
        const std::string key = r.key(ch);
        cells(text, {term(key), term(r.outputs[ch.output]), term(r.before(ch)), term(after_text(r, ch))});
        if (cause) support::append_escaped_for_terminal(text, texts[part].why_short(*cause, key));
        end_line(text, start);
      });
}

// Markdown's escaping: the text as the terminal shows it (a line break is \n, a control
// character \x..), then a backslash before each character Markdown would read as markup,
// the backslash included, so a cell can neither end a table row nor split one.
static void append_md_markup_escaped(std::string& out, std::string_view s) {
  size_t run = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const char ch = s[i];
    if (ch == '|' || ch == '*' || ch == '_' || ch == '`' || ch == '[' || ch == ']' || ch == '<' || ch == '>' ||
        ch == '\\' || ch == '&' || ch == '~') {
      out.append(s.data() + run, i - run);
      out += '\\';
      run = i;
    }
  }
  out.append(s.data() + run, s.size() - run);
}
// md_escape(s), appended: the rows of a million changes make no string per cell. Printable ASCII
// other than the backslash is what the terminal shows as it is.
static void append_md_escaped(std::string& out, std::string_view s) {
  for (const char c : s) {
    const auto ch = static_cast<unsigned char>(c);
    if (ch < 0x20 || ch >= 0x7f || ch == '\\') {
      append_md_markup_escaped(out, support::escape_for_terminal(s));
      return;
    }
  }
  append_md_markup_escaped(out, s);
}
static std::string md_escape(const std::string& s) {
  std::string out;
  append_md_escaped(out, s);
  return out;
}

// The head: the law, the outcomes and the groups of reasons, which count the rows below.
static std::string markdown_head(const DiffReport& r, const DiffContext& c, const service::Beyond* beyond) {
  const std::string subject = !c.amendments.empty()   ? c.amendments.back().name
                              : !c.not_in_force.empty() ? c.not_in_force.back().name
                                                        : std::string("no amendment");
  std::string out = fmt::format("# Impact of {} on {}\n\n", subject, c.policy);
  if (!c.policy_title.empty()) out += fmt::format("Policy: **{}** ({})\n\n", md_escape(c.policy_title), c.policy);
  for (auto& a : c.base) out += fmt::format("- Baseline includes {}\n", md_escape(amendment_line(a)));
  for (auto& a : c.amendments) out += fmt::format("- Amended by {}\n", md_escape(amendment_line(a)));
  for (auto& a : c.not_in_force) out += fmt::format("- {}\n", md_escape(not_in_force_line(a, c)));
  if (c.as_of) out += fmt::format("- Evaluated as of {}\n", format_date(*c.as_of));
  out += fmt::format("\n**{} of {} {} entities change.**\n", r.changed_entities, r.rows, md_escape(r.entity));
  if (!c.law.empty()) {
    out += "\n## Amended clauses\n\n| Amendment | Change | Target | Clause | Values it moves |\n|---|---|---|---|---|\n";
    for (size_t i = 0; i < c.law.size(); ++i) {
      const auto& l = c.law[i];
      out += fmt::format("| {} | {} | {} | {} | {} |\n", md_escape(l.amendment), action_word(l.action), md_escape(l.target.text()),
                         md_escape(l.citation), i < r.operations.size() ? md_escape(impact_text(r.operations[i], r.entity)) : "");
    }
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
  if (!r.groups.empty()) {
    out += "\n## Why they change\n\n| Reason | Changes | Because |\n|---|---|---|\n";
    for (size_t g = 0; g < r.groups.size(); ++g)
      out += fmt::format("| [{}] | {} | {} |\n", g + 1, md_escape(group_count(r.groups[g], r.entity)),
                         md_escape(runtime::operations_text(r.groups[g].operations, c.law)));
  }
  if (beyond) out += beyond_markdown(*beyond);
  if (!r.changes.empty())
    out += fmt::format("\n## Changes\n\n| {} | Output | Before | After | Why |\n|---|---|---|---|---|\n", md_escape(r.key_name));
  return out;
}

void diff_markdown(std::ostream& stream, const DiffReport& r, const DiffContext& c, const service::Beyond* beyond) {
  stream_changes(
      stream, r, runtime::CauseDetail::Ends, [&](std::ostream& out) { out << markdown_head(r, c, beyond); },
      [&, texts = cause_texts(c)](std::string& text, size_t part, size_t i, const runtime::Cause* cause) mutable {
        const auto& ch = r.changes[i];
        const std::string key = r.key(ch);
        text += "| ";
        append_md_escaped(text, key);
        text += " | ";
        append_md_escaped(text, r.outputs[ch.output]);
        text += " | ";
        append_md_escaped(text, r.before(ch));
        text += " | ";
        append_md_escaped(text, after_text(r, ch));
        text += " | ";
        if (cause) append_md_escaped(text, texts[part].why_short(*cause, key));
        text += " |\n";
      });
}

}  // namespace redline::report
