// A replaced rule whose new type breaks the rule that reads it: the error is located in the policy, where the old use no longer fits.
// RUN: run tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --format csv
// RUN: check %s tests/golden/amend/base.policy
modification error_breaks_dependent "error_breaks_dependent" [MOD]
  amends amend_base
  effective 2020-01-01;

replace rule is_large(p: Party): int [G8.49] = p.premises - threshold;
