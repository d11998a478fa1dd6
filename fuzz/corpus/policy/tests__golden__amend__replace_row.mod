// 'replace row': the 'supplier' row now gives another outcome.
// RUN: run tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --format csv
modification replace_row "replace_row" [MOD1]
  amends amend_base
  effective 2020-01-01;

replace row band.supplier: supplier, _ => "small supplier" [G3(a)];
