// A target an earlier amendment repealed: the note points at the repeal. repeal_rule.mod repeals
// 'large'; this modification then tries to replace it. Within one file, the same.
// RUN: run tests/golden/amend/base.policy --amend %dir/repeal_rule.mod --amend %s --data Party=%dir/data/parties.csv --format csv
// RUN: run tests/golden/amend/base.policy --amend %dir/repeal_exception.mod --amend %s --data Party=%dir/data/parties.csv --format csv
modification error_repealed_earlier "uses what was repealed" [MOD]
  amends amend_base
  effective 2020-01-01;

replace rule large(p: Party): bool [G8.49] = true;
repeal row band.network [G3];
replace row band.network: network, _ => "n" [G3];
replace exception fee.exempt [G1.7] when p.exempt then 5;
