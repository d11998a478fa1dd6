// Error recovery: an inserted row without its rule's name gives the parser's errors only. A
// modification that does not parse is not applied, so no follow-on error names the rule '.a'
// the parser's recovery made of it.
// RUN: check tests/golden/amend/base.policy %s
modification recovery_insert_row "recovery" [M]
  amends amend_base
  effective 2020-01-01;

insert row . a: _ => 1;
