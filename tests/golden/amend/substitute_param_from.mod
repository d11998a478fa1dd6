// 'substitute param' with the '{ from D: V }' form on a parameter read at each record's date:
// a reform that raises the cap from 2019-04-06. diff shows which
// sales it reaches by their date (S5 and S6, sold on or after the day of the new value).
// RUN: diff tests/golden/language/params_dated.policy --amend %s --data Sale=tests/golden/language/data/sales_from_2016.csv --as-of 2019-04-06 --select cap_then,over --format csv
// RUN-SH: cp %s %t/f.mod && redline fmt %t/f.mod > /dev/null && cat %t/f.mod
modification raise_cap "raise the cap" [MOD1]
  amends params_dated
  effective 2019-04-06;

substitute param cap [C1(a)] = { from 2019-04-06: 300_000, from 2015-01-01: 100_000 };
