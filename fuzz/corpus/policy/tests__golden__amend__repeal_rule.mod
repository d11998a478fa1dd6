// 'repeal rule': the output 'large' disappears; 'is_large' stays.
// RUN: run tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --format csv
modification repeal_rule "repeal_rule" [MOD1]
  amends amend_base
  effective 2020-01-01;

repeal rule large [G8.49];
