// An exception replaced by each record's date: the sales before the date keep the old relief
// (explained as 'first_home (before relief_2025)'), the later ones get the new.
// RUN: diff tests/golden/amend/dated_base.policy --amend %s --data Sale=%dir/data/sales.csv --format csv
// RUN: explain tests/golden/amend/dated_base.policy --amend %s --data Sale=%dir/data/sales.csv --output duty --id S2
// RUN: diff tests/golden/amend/dated_base.policy --amend %dir/by_record_repeal.mod --data Sale=%dir/data/sales.csv --format csv
modification relief_2025 "A larger relief for first homes from 2025" [DR]
  amends dated_base
  effective 2025-01-01 by Sale.sold;

replace exception duty.first_home [D3, DR3] when s.first_home and s.price <= 300_000 then 0.00;
