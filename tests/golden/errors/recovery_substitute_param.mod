// Error recovery: a substitution without the parameter's name is one syntax error. A modification
// that does not parse is not applied, so no follow-on error names what the parser could not
// read ('').
// RUN: check tests/golden/amend/base.policy %s
modification recovery_substitute_param "recovery" [M]
  amends amend_base
  effective 2020-01-01;

substitute param [X] = 3;
