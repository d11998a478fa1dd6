// 'repeal rule': the output 'large' disappears; 'is_large' stays.
// RUN: run tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --format csv
modification repeal_rule "repeal_rule" [MOD1]
  amends amend_base
  effective 2020-01-01;

repeal rule large [G8.49];

// diff reports the repealed output: every party loses it (these lines come last: other tests
// point at the line of the repeal above).
// RUN: diff tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --as-of 2020-06-01
// check does not call it a change to no output.
// RUN: check tests/golden/amend/base.policy %s
