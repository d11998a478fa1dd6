// 'replace exception': the exemption now charges the premises once instead of waiving the fee.
// RUN: run tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --format csv
modification replace_exception "replace_exception" [MOD1]
  amends amend_base
  effective 2020-01-01;

replace exception fee.exempt [G1.7(b)] when p.exempt then p.premises;
