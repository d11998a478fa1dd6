// Amendment targets as values: the text reports print, and which targets change a rule.
#include <doctest/doctest.h>

#include "types/law.h"

using redline::LawAction;
using redline::LawTarget;

TEST_CASE("LawTarget: text is the language's own naming") {
  CHECK(LawTarget::rule("premises_counted").text() == "rule premises_counted");
  CHECK(LawTarget::param("threshold").text() == "param threshold");
  CHECK(LawTarget::cycle("audit").text() == "cycle audit");
  CHECK((LawTarget{LawTarget::Kind::Exception, "assessment", "g1_7"}).text() == "exception assessment.g1_7");
  CHECK((LawTarget{LawTarget::Kind::Row, "fee", "row2"}).text() == "row fee.row2");
  CHECK((LawTarget{LawTarget::Kind::Enum, "Role", ""}).text() == "enum Role");
  CHECK((LawTarget{LawTarget::Kind::Entity, "Site", ""}).text() == "entity Site");
  CHECK((LawTarget{LawTarget::Kind::Field, "Party", "employees"}).text() == "field Party.employees");
  CHECK(redline::action_word(LawAction::Substitute) == "substitute");
  CHECK(redline::action_word(LawAction::Repeal) == "repeal");
}

TEST_CASE("LawTarget: of_rule is the rule, its exceptions and rows; not a same-named param or a prefix") {
  CHECK(LawTarget::rule("fee").of_rule("fee"));
  CHECK((LawTarget{LawTarget::Kind::Exception, "fee", "x"}).of_rule("fee"));
  CHECK((LawTarget{LawTarget::Kind::Row, "fee", "r"}).of_rule("fee"));
  CHECK_FALSE(LawTarget::param("fee").of_rule("fee"));
  CHECK_FALSE(LawTarget::cycle("fee").of_rule("fee"));
  CHECK_FALSE((LawTarget{LawTarget::Kind::Field, "fee", "x"}).of_rule("fee"));
  CHECK_FALSE((LawTarget{LawTarget::Kind::Entity, "fee", ""}).of_rule("fee"));
  // The string form matched "exception fee." by prefix; a rule named "fee.x" cannot exist, but a
  // rule "fee_total" must not count as "fee".
  CHECK_FALSE(LawTarget::rule("fee_total").of_rule("fee"));
  CHECK_FALSE((LawTarget{LawTarget::Kind::Exception, "fee_total", "x"}).of_rule("fee"));
}

TEST_CASE("LawTarget: equal when kind, name and label are") {
  CHECK(LawTarget::rule("a") == LawTarget::rule("a"));
  CHECK_FALSE(LawTarget::rule("a") == LawTarget::param("a"));
  CHECK_FALSE((LawTarget{LawTarget::Kind::Row, "a", "x"}) == (LawTarget{LawTarget::Kind::Row, "a", "y"}));
  CHECK(LawTarget::rule("a") < LawTarget::rule("b"));
}
