// A modification changes a policy only through amendments: a bare rule is refused.
// RUN: run tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --format csv
// RUN: check %s tests/golden/amend/base.policy
modification error_declaration_in_modification "error_declaration_in_modification" [MOD]
  amends amend_base
  effective 2020-01-01;

rule extra(p: Party): int [G2] = 1;
