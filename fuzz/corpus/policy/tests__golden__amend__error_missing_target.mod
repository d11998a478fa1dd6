// Amendments whose target does not exist: each error suggests the closest name.
// RUN: run tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --format csv
// RUN: check %s tests/golden/amend/base.policy
modification error_missing_target "error_missing_target" [MOD]
  amends amend_base
  effective 2020-01-01;

replace rule fees(p: Party): int [G2] = 1;
repeal rule is_larg [G8.49];
replace exception fee.exemt [G1.7] when true then 1;
repeal exception fees.exempt [G1.7];
replace row band.suplier: supplier, _ => "x" [G3];
insert row band.new_row before netwrk: network, _ => "y" [G3];
substitute param treshold [G8.49] = 1;
replace cycle reveiw: Assessment [G8.16] = Full;
