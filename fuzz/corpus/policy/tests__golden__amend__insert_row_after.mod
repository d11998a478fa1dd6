// 'insert row ... after': a new row after 'big_supplier', and one without a position, which goes before 'otherwise'.
// RUN: run tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --format csv
modification insert_row_after "insert_row_after" [MOD1]
  amends amend_base
  effective 2020-01-01;

insert row band.mid_supplier after big_supplier: supplier, > 40 => "mid supplier" [G3(d)];
insert row band.other_big: other, > 50 => "big other" [G3(e)];
