// The same modification given twice: the second is refused, with a note at the first.
// RUN: run tests/golden/amend/base.policy --amend %dir/replace_cycle.mod --amend %dir/replace_cycle.mod --data Party=%dir/data/parties.csv --format csv
modification error_applied_twice "unused" [MOD]
  amends amend_base;
