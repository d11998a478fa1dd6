// 'substitute param': a new threshold, which itself changes on a date.
// RUN: run tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --format csv --as-of 2020-12-31
// RUN: run tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --format csv --as-of 2021-01-01
modification substitute_param "substitute_param" [MOD1]
  amends amend_base
  effective 2020-01-01;

substitute param threshold [G8.49(a)] = 60 until 2020-12-31, then 150;
