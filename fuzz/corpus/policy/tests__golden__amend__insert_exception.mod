// 'insert exception': networks pay a flat fee.
// RUN: run tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --format csv
modification insert_exception "insert_exception" [MOD1]
  amends amend_base
  effective 2020-01-01;

insert exception fee.network_flat [G1.9] when p.category == network and not p.exempt then 1;
