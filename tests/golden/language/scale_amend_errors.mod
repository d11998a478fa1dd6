// Amendments of one bracket the compiler refuses: a bracket the scale does not have (they are
// numbered from 1) and a scale the policy does not have.
// RUN: check %dir/scales.policy %s
modification bad "bad bracket numbers" [MOD1]
  amends scales;

substitute param income_tax_scale bracket 4 [X1] = 90_000: 0.5;
substitute param income_tax_scale bracket 0 [X2] = 0: 0.5;
substitute param income_tax_scal bracket 1 [X3] = 0: 0.5;
