// 'substitute param' with a value of another type, and a replaced cycle with a position that is
// not a member: located in the modification.
// RUN: run tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --format csv
modification error_substitute_type "wrong types" [MOD]
  amends amend_base
  effective 2020-01-01;

substitute param threshold [G8.49] = 1.5;
replace cycle review: Assessment [G8.16] = Full, Sometimes;
