// Amendments compose in order: the first inserts a rule, the second (compose_second.mod)
// replaces it. Applied alone, only the first change shows.
// RUN: run tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --format csv
// RUN: run tests/golden/amend/base.policy --amend %s --amend %dir/compose_second.mod --data Party=%dir/data/parties.csv --format csv
// RUN: run tests/golden/amend/base.policy --amend %dir/compose_second.mod --data Party=%dir/data/parties.csv --format csv
modification compose_first "First of two" [MOD1]
  amends amend_base
  effective 2020-01-01;

insert output rule levy(p: Party): int [G5] = 1;
repeal rule large [G8.49];
