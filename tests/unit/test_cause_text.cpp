// CauseTexts, the sentence of a reason with its operations' part remembered, against
// cause_text, which renders it whole: the same text for every cause, whichever came first.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "runtime/diff.h"

using namespace redline;
using runtime::Cause;
using runtime::CauseStep;
using runtime::LawChange;

namespace {

CauseStep step(std::vector<size_t> operations, std::string rule, std::string key, std::string before, std::string after) {
  CauseStep s;
  s.operations = std::move(operations);
  runtime::CauseLink l;
  l.rule = std::move(rule);
  l.entity = "Party";
  l.key = std::move(key);
  l.before = std::move(before);
  l.after = std::move(after);
  s.before = l.before;
  s.after = l.after;
  s.chain.push_back(std::move(l));
  return s;
}

}  // namespace

TEST_CASE("cause texts: the remembered operations give cause_text's sentence for every cause") {
  const std::vector<LawChange> law{
      {"M1", LawAction::Replace, LawTarget::rule("a"), "G1", "the first note"},
      {"M1", LawAction::Replace, LawTarget::rule("b"), "", ""},
      {"M2", LawAction::Repeal, LawTarget::rule("c"), "G3", "the third"},
  };
  std::vector<Cause> causes(5);
  causes[0].steps.push_back(step({0}, "a", "P1", "1000", "2"));
  causes[1].steps.push_back(step({1}, "b", "P2", "x", "y"));
  causes[2].steps.push_back(step({0, 2}, "a", "P9", "3", "4"));  // another entity's link: "of P9"
  causes[3].steps.push_back(step({0}, "a", "P4", "5", "6"));      // the first set again
  causes[4].steps.push_back(step({0}, "a", "P5", "7", "8"));      // two steps, two sets
  causes[4].steps.push_back(step({2}, "c", "P5", "true", "(repealed)"));
  const std::vector<std::string> keys{"P1", "P2", "P3", "P4", "P5"};
  runtime::CauseTexts texts(law);
  for (bool with_operations : {true, false})
    for (size_t i = 0; i < causes.size(); ++i)
      CHECK(texts.text(causes[i], keys[i], with_operations) == runtime::cause_text(causes[i], law, keys[i], with_operations));
  CHECK(texts.text(causes[0], "P1") == "a: 1,000 -> 2 because G1 as amended by M1 (replace rule a): the first note");
  CHECK(texts.text(causes[1], "P2") == "b: x -> y because the policy as amended by M1 (replace rule b)");
  CHECK(texts.text(causes[4], "P5") ==
        "a: 7 -> 8 because G1 as amended by M1 (replace rule a): the first note; then c: true -> (repealed) because G3 as "
        "amended by M2 (repeal rule c): the third");
}
