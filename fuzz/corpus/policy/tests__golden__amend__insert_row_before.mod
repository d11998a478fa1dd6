// 'insert row ... before': a new row tried before 'network' (a 'first' table, so order matters).
// RUN: run tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --format csv
modification insert_row_before "insert_row_before" [MOD1]
  amends amend_base
  effective 2020-01-01;

insert row band.big_network before network: network, >= 200 => "big network" [G3(c)];
