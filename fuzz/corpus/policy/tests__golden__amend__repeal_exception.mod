// 'repeal exception': exempt parties pay like everyone else.
// RUN: run tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --format csv
modification repeal_exception "repeal_exception" [MOD1]
  amends amend_base
  effective 2020-01-01;

repeal exception fee.exempt [G1.7];
