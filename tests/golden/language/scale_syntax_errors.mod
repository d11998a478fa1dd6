// A bracket amendment written wrong: a plain value for a bracket, a bracket without its number,
// and 'bracket' without a number.
// RUN: check %dir/scales.policy %s
modification bad "bad bracket syntax" [M]
  amends scales;

substitute param income_tax_scale bracket 2 [X1] = 0.5;
substitute param income_tax_scale [X2] = 50_000: 0.45;
substitute param income_tax_scale bracket [X3] = 50_000: 0.45;
