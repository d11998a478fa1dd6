// 'replace cycle': a two-year cycle.
// RUN: run tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --format csv
modification replace_cycle "replace_cycle" [MOD1]
  amends amend_base
  effective 2020-01-01;

replace cycle review: Assessment [G8.16(a)] = Full, Self;
