// An amendment that changes an output is not reported.
// RUN: check %dir/base.policy %s
modification EFFECTIVE "changes the output" amends lint_base effective 2020-01-01;
replace rule result(i: Item): int [X2] = i.size * 3;
