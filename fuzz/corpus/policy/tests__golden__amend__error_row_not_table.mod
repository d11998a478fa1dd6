// Row amendments on a rule that is not a decision table.
// RUN: run tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --format csv
// RUN: check %s tests/golden/amend/base.policy
modification error_row_not_table "error_row_not_table" [MOD]
  amends amend_base
  effective 2020-01-01;

replace row fee.first: 1 => 2 [G2];
