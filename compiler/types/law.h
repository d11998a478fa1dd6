// What an amendment operation does to the law and what it addresses, as values: the compiler
// records them (amend), the analyses and the diff compare them, and every report prints them
// with text(). Before, they were strings ("exception r.l") built in three places and taken apart
// by prefix in three others.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace redline {

enum class LawAction : uint8_t { Replace, Insert, Repeal, Substitute };

// What an obligation asks of its party about the act it names: to do it (`requires`, by its due
// date) or not to (`forbids`, until its end date). None: an obligation that names no act.
enum class Duty : uint8_t { None, Requires, Forbids };

// "requires", "forbids" ("" for None): the language's own words.
std::string_view duty_word(Duty duty);

// "replace", "insert", "repeal", "substitute": the language's own words.
std::string_view action_word(LawAction action);

struct LawTarget {
  // Rules and obligations share one namespace and one kind.
  enum class Kind : uint8_t { Rule, Param, Cycle, Enum, Exception, Row, Entity, Field };
  Kind kind = Kind::Rule;
  std::string name;   // the rule, parameter, cycle, enum or entity; for an exception or a row, its rule; for a field, its entity
  std::string label;  // an exception's, a row's or a field's name; a scale's "bracket 2"; empty otherwise

  static LawTarget rule(std::string name) { return {Kind::Rule, std::move(name), {}}; }
  static LawTarget param(std::string name) { return {Kind::Param, std::move(name), {}}; }
  static LawTarget cycle(std::string name) { return {Kind::Cycle, std::move(name), {}}; }

  // "rule x", "param x", "param s bracket 2", "exception r.l", "row r.l", "field e.f": how the language and the reports name it.
  std::string text() const;
  // Whether amending this changes rule `rule` itself: the rule, or one of its exceptions or rows.
  bool of_rule(std::string_view rule) const;

  friend bool operator==(const LawTarget&, const LawTarget&) = default;
  friend auto operator<=>(const LawTarget&, const LawTarget&) = default;
};

std::string_view kind_word(LawTarget::Kind kind);

}  // namespace redline
