// 'replace param': a parameter replaced whole (a new type is allowed if every use fits).
// RUN: run tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --format csv
modification replace_param "replace_param" [MOD1]
  amends amend_base
  effective 2020-01-01;

replace param threshold: int [G8.49(c)] = 75;
