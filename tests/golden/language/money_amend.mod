// An amendment to money.policy: the fee rises and the third is rounded down instead. The diff
// totals and lists amounts with their two places.
// RUN: diff %dir/money.policy --amend %s --data Payment=%dir/data/payments.csv --format csv
// RUN: diff %dir/money.policy --amend %s --data Payment=%dir/data/payments.csv
modification fee_rise "Fee rise" [FR]
  amends money
  effective 2024-01-01;

replace param fee: money [T] = 1.5;
replace rule third(p: Payment): money [T] = to_money(to_decimal(p.amount) / 3, floor);
