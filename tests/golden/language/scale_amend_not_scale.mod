// A bracket of a parameter that is not a scale.
// RUN: check %dir/params_dated.policy %s
modification bad "a bracket of a plain parameter" [MOD1]
  amends params_dated;

substitute param cap bracket 1 [X1] = 0: 0.5;
