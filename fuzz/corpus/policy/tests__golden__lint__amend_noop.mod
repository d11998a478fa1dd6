// An amendment that changes only a rule no output reads changes nothing anyone sees: reported.
// RUN: check %dir/base.policy %s
modification NOOP "changes nothing reachable" amends lint_base effective 2020-01-01;
replace rule helper(i: Item): int [X1] = i.size + 1;
