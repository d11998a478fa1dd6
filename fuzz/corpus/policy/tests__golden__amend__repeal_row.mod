// 'repeal row': without the 'network' row, networks fall to 'otherwise'.
// RUN: run tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --format csv
modification repeal_row "repeal_row" [MOD1]
  amends amend_base
  effective 2020-01-01;

repeal row band.network [G3];
