// Errors in a modification are reported at their place in the modification file, whose path is
// the diagnostic's file (JSON) and artifact URI (SARIF), after the policy's file on the command
// line.
// RUN: check tests/golden/amend/base.policy %s --format json
// RUN: check tests/golden/amend/base.policy %s --format sarif
modification formats_modification "formats" [MOD]
  amends amend_base
  effective 2020-01-01;

repeal rule is_larg [G8.49];
