// Relative changes the compiler refuses: a result that is not whole cents (no rounding was
// written), a parameter that is not a number, and an expression that reads a field.
// RUN: run tests/golden/language/params_dated.policy --amend %s --data Sale=tests/golden/language/data/sales_from_2016.csv --as-of 2019-04-06
modification bad_rise "bad rises" [MOD1]
  amends params_dated
  effective 2019-04-06;

substitute param cap [C1(b)] = cap * 1.031 / 1.007;
substitute param label [C2(b)] = label + "!";
substitute param limit [C3(b)] = limit * limit_then;
