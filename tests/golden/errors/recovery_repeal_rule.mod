// Error recovery: a repeal without the rule's name is one syntax error. A modification
// that does not parse is not applied, so no follow-on error names what the parser could not
// read ('').
// RUN: check tests/golden/amend/base.policy %s
modification recovery_repeal_rule "recovery" [M]
  amends amend_base
  effective 2020-01-01;

repeal rule [G8.49];
