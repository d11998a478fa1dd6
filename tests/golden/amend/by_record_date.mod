// A modification effective by each record's date: sales on or after 2025-01-01 fall under it,
// earlier sales under the law as it was, in one run (not by --as-of). The replaced rule and the
// replaced exception choose by the sale's date; diff shows which sales it reaches; explain shows
// the date the choice was made on.
// RUN: run tests/golden/amend/dated_base.policy --amend %s --data Sale=%dir/data/sales.csv --format csv
// RUN: run tests/golden/amend/dated_base.policy --amend %s --data Sale=%dir/data/sales.csv --format csv --as-of 2024-01-01
// RUN: diff tests/golden/amend/dated_base.policy --amend %s --data Sale=%dir/data/sales.csv
// RUN: explain tests/golden/amend/dated_base.policy --amend %s --data Sale=%dir/data/sales.csv --output duty --id S4
// RUN: explain tests/golden/amend/dated_base.policy --amend %s --data Sale=%dir/data/sales.csv --output duty --id S2
// RUN: compare tests/golden/amend/dated_base.policy --amend %s
// RUN: fmt --check %s
// RUN: fmt --check %dir/by_record_exception.mod
modification duty_2025 "Duty reform for sales from 2025" [DR]
  amends dated_base
  effective 2025-01-01 by Sale.sold;

insert param top_rate: decimal [DR1] = 0.05;

replace rule duty(s: Sale): money [D2, DR2]
  = if s.price > 400_000 then s.price * top_rate else s.price * rate;

insert exception duty.first_home [D3, DR3] when s.first_home and s.price <= 300_000 then 0.00;
