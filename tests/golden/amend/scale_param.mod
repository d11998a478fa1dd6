// A relative change of every dated value of a parameter: 'substitute param NAME = EXPR' where
// EXPR names the parameter itself. Each value of 'cap' (100000 from 2016-04-06, 250000 from
// 2019-04-06) becomes itself indexed by 1.031 / 1.007, rounded to the cent once; 'limit' (10, then 20) doubles
// and loses one. diff shows every sale it reaches, each under the value of its own date.
// RUN: diff tests/golden/language/params_dated.policy --amend %s --data Sale=tests/golden/language/data/sales_from_2016.csv --as-of 2019-04-06 --select cap_then,cap_now,limit_then --format csv
// RUN: explain tests/golden/language/params_dated.policy --amend %s --data Sale=tests/golden/language/data/sales_from_2016.csv --as-of 2019-04-06 --output cap_then --id S3
// RUN-SH: cp %s %t/f.mod && redline fmt %t/f.mod > /dev/null && cat %t/f.mod
modification rise "a rise of every dated value" [MOD1]
  amends params_dated
  effective 2019-04-06;

substitute param cap [C1(b)] = round(cap*1.031/1.007, 2, half_even);
substitute param limit [C3(b)] = limit * 2 - 1;
