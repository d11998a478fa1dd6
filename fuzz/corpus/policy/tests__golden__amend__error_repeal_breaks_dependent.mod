// Repealing a rule and a cycle that rules still read: each error is in the policy, at the read,
// and its note points at the repeal. The parameter is read only by the repealed rule: no error.
// RUN: run tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --format csv
// RUN: check %s tests/golden/amend/base.policy
modification error_repeal_breaks_dependent "repeals a rule in use" [MOD]
  amends amend_base
  effective 2020-01-01;

repeal rule is_large [G8.49];
repeal param threshold [G8.49];
repeal cycle review [G8.16];
