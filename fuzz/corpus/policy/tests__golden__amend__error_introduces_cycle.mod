// An amendment that makes two rules read each other: the cycle spans the policy and the modification.
// RUN: run tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --format csv
// RUN: check %s tests/golden/amend/base.policy
modification error_introduces_cycle "error_introduces_cycle" [MOD]
  amends amend_base
  effective 2020-01-01;

replace rule is_large(p: Party): bool [G8.49] = fee(p) > threshold;
replace rule fee(p: Party): int [G2] = if is_large(p) then 1 else 2;
