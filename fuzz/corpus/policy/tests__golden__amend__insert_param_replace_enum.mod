// 'insert param' and a rule that reads it; 'replace enum' with its members reordered and one
// added: data and tables name members, so every outcome stays the same.
// RUN: run tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --format csv
modification insert_param_replace_enum "insert a parameter, replace an enum" [MOD]
  amends amend_base
  effective 2020-01-01;

insert param rate: decimal [G7] = 1.5;
insert output rule charged(p: Party): decimal [G7] = p.premises * rate;
replace enum Category [T2] { network, supplier, other, extra }
