// A modification of another policy, applied to this one.
// RUN: run tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --format csv
// RUN: check %s tests/golden/amend/base.policy
modification error_other_policy "amends something else" [MOD]
  amends sec_section_g
  effective 2020-01-01;

repeal rule large [G8.49];
