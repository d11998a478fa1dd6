// Amended scales are checked as if written so: a new bracket that breaks the order of the
// thresholds (in the dated version it reaches), and a relative change, which a scale does not take.
// RUN: check %dir/scales.policy %s
modification bad "bad scale amendments" [MOD1]
  amends scales;

substitute param by_score bracket 2 [X3] = 20: 0.02;
substitute param dated [X4] = dated * 2;
