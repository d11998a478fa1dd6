#include "service/timeline.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>

#include <fmt/format.h>

#include "runtime/writers.h"
#include "types/values.h"

namespace redline::service {

namespace {

// The programs of the timeline: the policy with the modifications in force on a day. A
// modification with an effective date applies from that day; the others from the start.
class Programs {
 public:
  Programs(Session& s, const TimelineRequest& request) : s_(s), request_(request) {
    // All in force: the program that names the rules and loads the data. Its diagnostics are
    // the only ones published; the later compiles of the same files would repeat them.
    all_ = compile(s, request.policy, request.amendments, std::nullopt);
    if (request.amendments.empty()) return;
    auto quiet = mute();
    auto none = compile(s, request.policy, request.amendments, std::numeric_limits<int32_t>::min());
    for (const auto& skipped : none->skipped) {
      int64_t day = 0;
      if (skipped.effective && parse_date(*skipped.effective, day)) effective_.emplace(day, skipped.name);
    }
  }

  const driver::Compiled& all() const { return *all_; }
  const std::multimap<int64_t, std::string>& effective() const { return effective_; }

  // The program in force on `day`.
  const driver::Compiled& on(int64_t day) {
    size_t in_force = 0;
    for (const auto& [from, name] : effective_) in_force += from <= day;
    if (in_force == effective_.size()) return *all_;
    auto& slot = by_count_[in_force];
    if (!slot) {
      auto quiet = mute();
      slot = compile(s_, request_.policy, request_.amendments, day);
    }
    return *slot;
  }

 private:
  struct Muted {
    Session& s;
    std::function<void(support::DiagnosticEngine&)> diagnostics;
    std::function<void(const Notice&)> notices;
    ~Muted() {
      s.on_diagnostics = std::move(diagnostics);
      s.on_notice = std::move(notices);
    }
  };
  Muted mute() {
    Muted m{s_, s_.on_diagnostics, s_.on_notice};
    s_.on_diagnostics = [](support::DiagnosticEngine&) {};
    s_.on_notice = nullptr;
    return m;
  }

  Session& s_;
  const TimelineRequest& request_;
  std::unique_ptr<driver::Compiled> all_;
  std::multimap<int64_t, std::string> effective_;
  std::map<size_t, std::unique_ptr<driver::Compiled>> by_count_;
};

// The rules a timeline shows: those named, or the outputs and every obligation with a date or an act
// (over the entity of the first such obligation, else of the outputs).
std::vector<int32_t> timeline_rules(const ir::Program& p, const std::string& select) {
  if (!select.empty()) return select_rules(p, select);
  std::vector<int32_t> out;
  int32_t entity = -1;
  for (size_t r = 0; r < p.rules.size(); ++r)
    if (p.rules[r].followed()) {
      entity = p.rules[r].entity;
      break;
    }
  if (entity < 0) return select_rules(p, select);
  for (size_t r = 0; r < p.rules.size(); ++r) {
    const ir::Rule& rule = p.rules[r];
    if (rule.entity != entity || rule.due_of >= 0) continue;
    if (rule.output || rule.followed()) out.push_back(static_cast<int32_t>(r));
  }
  return out;
}

// The rows that are facts about `row` of `entity`: its own dated fields, and the dated fields of
// every row that refers to it, by day.
std::multimap<int64_t, TimelineFact> facts_of(const ir::Program& p, const std::vector<runtime::Table>& tables,
                                              int32_t entity, size_t row) {
  std::multimap<int64_t, TimelineFact> out;
  for (const runtime::Table& t : tables) {
    if (t.entity < 0 || t.rows == 0) continue;
    const ir::Entity& e = p.entities[static_cast<size_t>(t.entity)];
    std::vector<size_t> refs;  // fields of `t` that refer to the subject's entity
    for (size_t f = 0; f < e.fields.size(); ++f)
      if (e.fields[f].type.kind == TypeKind::Entity && e.fields[f].type.index == entity && t.is_loaded(f)) refs.push_back(f);
    for (size_t r = 0; r < t.rows; ++r) {
      bool about = t.entity == entity && r == row;
      for (size_t f : refs) {
        const runtime::Column& c = t.columns[f];
        about = about || (c.is_present(r) && !c.values.empty() && static_cast<size_t>(c.values[r]) == row);
      }
      if (!about) continue;
      for (size_t f = 0; f < e.fields.size(); ++f) {
        if (e.fields[f].type.kind != TypeKind::Date || !t.is_loaded(f) || !t.columns[f].is_present(r)) continue;
        TimelineFact fact;
        fact.entity = e.name;
        fact.key = t.key_text(e, r);
        fact.date_field = e.fields[f].name;
        for (size_t g = 0; g < e.fields.size(); ++g) {
          if (g == f || g == static_cast<size_t>(e.key_field) || !t.is_loaded(g)) continue;
          if (std::find(refs.begin(), refs.end(), g) != refs.end()) continue;
          if (t.entity == entity && e.fields[g].type.kind == TypeKind::Date) continue;
          fact.fields.emplace_back(e.fields[g].name, runtime::format_value(p, t.columns[g], r, tables));
        }
        out.emplace(t.columns[f].values[r], std::move(fact));
      }
    }
  }
  return out;
}

}  // namespace

std::string_view deadline_event(TimelineDeadline::Kind kind) {
  switch (kind) {
    case TimelineDeadline::Kind::Arises: return "arises";
    case TimelineDeadline::Kind::Ends: return "ends";
    case TimelineDeadline::Kind::Passes: return "passes";
    case TimelineDeadline::Kind::Moved: return "moved";
    case TimelineDeadline::Kind::Conflicts: return "conflicts";
  }
  return "";
}

TimelineResult timeline(Session& s, const TimelineRequest& request) {
  Programs programs(s, request);
  const ir::Program& shape = programs.all().program;
  const std::vector<int32_t> selected = timeline_rules(shape, request.select);
  const int32_t entity = shape.rules[static_cast<size_t>(selected.at(0))].entity;

  TimelineResult out;
  out.policy = shape.policy_name;
  out.entity = shape.entities[static_cast<size_t>(entity)].name;
  out.key = request.key;
  std::vector<std::string> wanted_names;
  for (int32_t r : selected) {
    const ir::Rule& rule = shape.rules[static_cast<size_t>(r)];
    TimelineRule tr{rule.name, rule.title, rule.origin.citation, rule.kind == ir::RuleKind::Obligation, "", rule.duty,
                    rule.act};
    wanted_names.push_back(rule.name);
    if (rule.due_rule >= 0) {
      tr.due_rule = shape.rules[static_cast<size_t>(rule.due_rule)].name;
      wanted_names.push_back(tr.due_rule);
    }
    out.rules.push_back(std::move(tr));
  }
  std::vector<int32_t> wanted;
  for (const auto& n : wanted_names) wanted.push_back(shape.rule_index(n));

  const std::vector<runtime::Table> tables = load_tables(shape, request.data, wanted);
  const size_t row = row_of_key(shape, tables, entity, request.key);
  const std::multimap<int64_t, TimelineFact> facts = facts_of(shape, tables, entity, row);

  const int64_t today = request.as_of ? *request.as_of : parse_date_option("");
  out.from = request.from ? *request.from : facts.empty() ? today : facts.begin()->first;
  out.to = request.to ? *request.to : facts.empty() ? out.from : std::prev(facts.end())->first;
  if (out.to < out.from)
    throw UsageError(fmt::format("--to {} is before --from {}", format_date(out.to), format_date(out.from)));

  std::set<int64_t> days{out.from};
  for (const auto& [day, fact] : facts)
    if (day >= out.from && day <= out.to) days.insert(day);
  std::map<int64_t, std::vector<std::string>> parameters;
  for (const ir::Param& p : shape.params)
    for (const ir::ParamValue& v : p.values)
      if (v.from && *v.from > out.from && *v.from <= out.to) {
        days.insert(*v.from);
        parameters[*v.from].push_back(p.name);
      }
  for (const auto& [day, name] : programs.effective())
    if (day > out.from && day <= out.to) days.insert(day);

  struct State {
    std::string value, due;
    bool applies = false;
    std::optional<int64_t> due_day;
    std::optional<int64_t> passed;  // the due date whose passing was reported
    std::string citation;           // the rule's clause as in force that day
  };
  std::vector<std::optional<State>> previous(out.rules.size());
  std::set<std::pair<size_t, size_t>> conflicted;  // (requirement, prohibition) in conflict the step before
  const std::vector<runtime::ParamOverride> overrides = parse_params(programs.all(), request.params);
  for (auto it = days.begin(); it != days.end(); ++it) {
    const int64_t day = *it;
    const driver::Compiled& compiled = programs.on(day);
    const ir::Program& p = compiled.program;
    runtime::EvalOptions eo;
    eo.as_of = day;
    eo.overrides = overrides;
    std::vector<int32_t> here;
    for (const auto& n : wanted_names)
      if (int32_t r = p.rule_index(n); r >= 0) here.push_back(r);
    const runtime::Results results = runtime::evaluate(p, tables, eo, here);

    TimelineStep step;
    step.day = day;
    for (auto [f, last] = facts.equal_range(day); f != last; ++f) step.facts.push_back(f->second);
    if (auto pi = parameters.find(day); pi != parameters.end()) step.parameters = pi->second;
    for (auto [a, last] = programs.effective().equal_range(day); a != last; ++a)
      if (day > out.from) step.amendments.push_back(a->second);

    for (size_t i = 0; i < out.rules.size(); ++i) {
      const TimelineRule& tr = out.rules[i];
      const int32_t r = p.rule_index(tr.name);
      State now;
      now.citation = r >= 0 ? p.rules[static_cast<size_t>(r)].origin.citation : tr.citation;
      const std::string& citation = now.citation;
      // An event of this obligation's deadline on this day.
      auto event = [&](TimelineDeadline::Kind kind, std::optional<int64_t> due, bool unmeetable) {
        return TimelineDeadline{kind, i, due, unmeetable, citation, 0, std::nullopt};
      };
      if (r >= 0 && results.columns[static_cast<size_t>(r)]) {
        const runtime::Column& c = *results.columns[static_cast<size_t>(r)];
        now.value = runtime::format_value(p, c, row, tables);
        now.applies = tr.obligation && c.is_present(row) && c.values[row] != 0;
      } else {
        now.value = "(not in force)";  // a modification in force later adds it, or one repealed it
      }
      if (const int32_t d = tr.due_rule.empty() ? -1 : p.rule_index(tr.due_rule);
          d >= 0 && results.columns[static_cast<size_t>(d)]) {
        const runtime::Column& c = *results.columns[static_cast<size_t>(d)];
        if (c.is_present(row)) now.due_day = c.values[row];
        now.due = runtime::format_value(p, c, row, tables);
      }
      const std::optional<State>& before = previous[i];
      if (!now.applies) now.due.clear();
      if (!before || before->value != now.value || before->due != now.due)
        step.changes.push_back(
            {i, before ? std::optional<std::string>(before->value) : std::nullopt, now.value, before ? before->due : "", now.due,
             citation});
      // The day a prohibition ends is a step of its own: the first day the act is allowed.
      if (tr.duty == Duty::Forbids && now.applies && now.due_day && *now.due_day > day && *now.due_day <= out.to)
        days.insert(*now.due_day);
      if (!tr.due_rule.empty() && tr.duty != Duty::Forbids) {
        const bool was = before && before->applies;
        if (now.applies && !was && before) {
          TimelineDeadline d = event(TimelineDeadline::Kind::Arises, now.due_day, now.due_day && *now.due_day < day);
          out.unmeetable += d.unmeetable;
          step.deadlines.push_back(d);
          if (d.unmeetable) now.passed = now.due_day;
        } else if (!now.applies && was) {
          step.deadlines.push_back(event(TimelineDeadline::Kind::Ends, before->due_day, false));
        } else if (now.applies) {
          now.passed = before ? before->passed : std::nullopt;
          const bool was_open = before && !(before->due_day && *before->due_day < day);
          if (now.due_day && *now.due_day < day && was_open && before->due_day != now.due_day) {
            // The day's facts moved a standing duty's deadline into the past.
            TimelineDeadline d = event(TimelineDeadline::Kind::Moved, now.due_day, true);
            out.unmeetable += 1;
            step.deadlines.push_back(d);
            now.passed = now.due_day;
          } else if (now.due_day && *now.due_day < day && now.passed != now.due_day && before) {
            step.deadlines.push_back(event(TimelineDeadline::Kind::Passes, now.due_day, false));
            now.passed = now.due_day;
          }
        }
        // The day after the deadline is a step of its own: the day the duty is first overdue.
        if (now.applies && now.due_day && *now.due_day >= day && *now.due_day < out.to) days.insert(*now.due_day + 1);
        // Overdue from the first day shown: said once, on that day.
        if (now.applies && now.due_day && *now.due_day < day && !before) {
          step.deadlines.push_back(event(TimelineDeadline::Kind::Passes, now.due_day, false));
          now.passed = now.due_day;
        }
      }
      previous[i] = std::move(now);
    }
    // A requirement whose deadline is still ahead, and a prohibition of the same act that lasts
    // past it: said on the first day of each such stretch.
    std::set<std::pair<size_t, size_t>> conflicting;
    for (size_t i = 0; i < out.rules.size(); ++i) {
      const State& a = *previous[i];
      if (out.rules[i].duty != Duty::Requires || !a.applies || !a.due_day || *a.due_day < day) continue;
      for (size_t j = 0; j < out.rules.size(); ++j) {
        const State& b = *previous[j];
        if (out.rules[j].duty != Duty::Forbids || out.rules[j].act != out.rules[i].act || !b.applies) continue;
        if (b.due_day && *b.due_day <= *a.due_day) continue;
        conflicting.insert({i, j});
        if (conflicted.count({i, j})) continue;
        out.unmeetable += 1;
        out.conflicts += 1;
        step.deadlines.push_back({TimelineDeadline::Kind::Conflicts, i, a.due_day, true, a.citation, j, b.due_day});
      }
    }
    conflicted = std::move(conflicting);
    out.steps.push_back(std::move(step));
  }
  return out;
}

}  // namespace redline::service
