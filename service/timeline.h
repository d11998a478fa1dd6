// timeline: one entity's outcomes and obligations over time, step by step, with what happened on
// each step's day (the dated rows of data about it, a parameter's new value, a modification
// coming into force) and the clause behind each change.
//
// The policy is evaluated as of each step's day (`as_of()`, the parameters in force, the
// modifications in force), on the same data: a rule over a history (a `latest` count, the last
// assessment before the day) then reads the history as it stood that day.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "driver/driver.h"
#include "service/data.h"
#include "service/session.h"

namespace redline::service {

struct TimelineRequest : PolicyRequest {
  std::string key;     // the entity whose timeline this is
  // "a,b": these rules; empty: the outputs and every obligation with a due date.
  std::string select;
  std::optional<int64_t> from, to;  // none: the first and last day of the entity's dated facts
};

// A row of data about the entity dated on a step's day: a row of another entity that refers to
// it (a count reported, an assessment), or the entity's own row by one of its date fields.
struct TimelineFact {
  std::string entity;
  std::string key;
  std::string date_field;  // the field that dates it
  std::vector<std::pair<std::string, std::string>> fields;  // its other fields, as `run` prints them
};

// A selected rule whose value changed on a step (or its value on the first step).
struct TimelineChange {
  size_t rule = 0;                    // into TimelineResult::rules
  std::optional<std::string> before;  // none on the first step
  std::string after;
  // An obligation with a due date: its due date while it applies ("" when it does not, or
  // has none), before and after; a new due date is a change too. For a prohibition, its end.
  std::string due_before, due_after;
  std::string citation;  // the rule's clause as in force that day (a modification may replace it)
};

// An obligation with a due date, on a step where it arises, ends, or its deadline passes.
struct TimelineDeadline {
  enum class Kind : uint8_t {
    Arises,   // it applies from this day (it did not the day before)
    Ends,     // it no longer applies
    Passes,   // it applies and this is the first day after its due date
    Moved,    // it applied the day before, and a fact of this day moved its due date into the past
    // it requires an act by its due date (not passed), and from this day obligation `other`
    // forbids that act until after it (or with no end): nothing the entity does meets both
    Conflicts,
  } kind = Kind::Arises;
  size_t rule = 0;             // the obligation, into TimelineResult::rules
  std::optional<int64_t> due;  // its due date on this day; none: no deadline
  // Arises with a due date before the day it arises: the deadline had passed before the facts
  // that create the duty were known, so no act of the party can meet it. Moved and Conflicts
  // are always so.
  bool unmeetable = false;
  std::string citation;  // the obligation's clause as in force that day
  // Conflicts: the obligation that forbids the act, and the day its prohibition ends (none: no end).
  size_t other = 0;
  std::optional<int64_t> until;
};

struct TimelineStep {
  int64_t day = 0;
  std::vector<TimelineFact> facts;
  std::vector<std::string> parameters;   // parameters with a new value from this day
  std::vector<std::string> amendments;   // modifications in force from this day
  std::vector<TimelineChange> changes;
  std::vector<TimelineDeadline> deadlines;
};

struct TimelineRule {
  std::string name;
  std::string title;     // obligations: the clause heading
  std::string citation;  // as in the program with every modification in force
  bool obligation = false;
  std::string due_rule;  // an obligation's `NAME.due` (or `NAME.until`), when it has one
  Duty duty = Duty::None;  // what it asks about `act`: a prohibition's date is its end, not a deadline
  std::string act;
};

struct TimelineResult {
  std::string policy;   // the policy's name
  std::string entity;   // the entity's name
  std::string key;
  int64_t from = 0, to = 0;
  std::vector<TimelineRule> rules;  // selected, in order (an obligation's `.due` is read, not listed)
  std::vector<TimelineStep> steps;  // in order of day; the first is `from`
  size_t unmeetable = 0;            // deadlines that could not be met (TimelineDeadline::unmeetable)
  size_t conflicts = 0;             // of which, requirements a prohibition made impossible (Conflicts)
};

TimelineResult timeline(Session& s, const TimelineRequest& request);

// "arises", "ends", "passes", "moved", "conflicts": a deadline event's word in every format.
std::string_view deadline_event(TimelineDeadline::Kind kind);

}  // namespace redline::service
