// Rows of a decision table amended by each record's date: sales on or after 2025-01-01 get the
// new bands, earlier ones the old, in one run. The rule chooses between its table as amended,
// 'band_rate (rows from new_bands)', and as it was, 'band_rate (rows before new_bands)', by the
// sale's date; its exception applies to both. diff shows which sales the new rows reach and
// attributes each change to the row operations that moved it (two at a time here: after the first
// of each pair alone the new table has a gap or an overlap, an error, so it is not evaluated
// between them); explain shows the table and the row chosen; check checks both tables; compare
// proves where they differ; a table left with a gap is reported in the table of its date.
// RUN: run tests/golden/amend/dated_table.policy --amend %s --data Sale=%dir/data/sales.csv --format csv
// RUN: diff tests/golden/amend/dated_table.policy --amend %s --data Sale=%dir/data/sales.csv
// RUN: explain tests/golden/amend/dated_table.policy --amend %s --data Sale=%dir/data/sales.csv --output band_rate --id S5
// RUN: explain tests/golden/amend/dated_table.policy --amend %s --data Sale=%dir/data/sales.csv --output band_rate --id S1
// RUN: check tests/golden/amend/dated_table.policy %s
// RUN: compare tests/golden/amend/dated_table.policy --amend %s --select band_rate
// RUN: check tests/golden/amend/dated_table.policy %dir/error_by_record_rows.mod
// RUN: fmt --check %s
modification new_bands "New duty bands for sales from 2025" [NB]
  amends dated_table
  effective 2025-01-01 by Sale.sold;

replace row band_rate.high: > 400_000 => 0.06 [NB2];

replace row band_rate.middle: (125_000..400_000] => 0.03 [NB1];

insert row band_rate.nil before low: <= 0 => 0 [NB3];

replace row band_rate.low: (0..125_000] => 0 [NB4];
