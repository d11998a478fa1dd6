// The same modification applied twice: given twice with --amend, and held by two files (this
// one is a copy of replace_cycle.mod); the second application is refused.
// RUN: run tests/golden/amend/base.policy --amend %dir/replace_cycle.mod --amend %dir/replace_cycle.mod --data Party=%dir/data/parties.csv --format csv
// RUN: run tests/golden/amend/base.policy --amend %dir/replace_cycle.mod --amend %s --data Party=%dir/data/parties.csv --format csv
modification replace_cycle "replace_cycle" [MOD1]
  amends amend_base
  effective 2020-01-01;

replace cycle review: Assessment [G8.16(a)] = Full, Self;
