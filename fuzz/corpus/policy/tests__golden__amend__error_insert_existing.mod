// Inserting what already exists: a rule, an exception, a row; each note points at the existing one.
// RUN: run tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --format csv
// RUN: check %s tests/golden/amend/base.policy
modification error_insert_existing "error_insert_existing" [MOD]
  amends amend_base
  effective 2020-01-01;

insert rule is_large(p: Party): bool [G8.49] = true;
insert exception fee.exempt [G1.7] when true then 1;
insert row band.network: network, _ => "x" [G3];
