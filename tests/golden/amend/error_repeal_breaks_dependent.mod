// Repealing a rule that another rule still reads: the error is in the policy, at the read, and
// the note points at the repeal.
// RUN: run tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --format csv
// RUN: check %s tests/golden/amend/base.policy
modification error_repeal_breaks_dependent "repeals a rule in use" [MOD]
  amends amend_base
  effective 2020-01-01;

repeal rule is_large [G8.49];
