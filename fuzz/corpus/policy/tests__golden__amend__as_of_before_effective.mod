// --as-of before a modification's effective date: the modification is not applied (a note on
// stderr says so) and the baseline is evaluated; on the effective date it applies.
// RUN: run tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --format csv --as-of 2020-05-31
// RUN: run tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --format csv --as-of 2020-06-01
modification as_of_before_effective "effective in June 2020" [MOD]
  amends amend_base
  effective 2020-06-01;

replace rule fee(p: Party): int [G2] = 7;
