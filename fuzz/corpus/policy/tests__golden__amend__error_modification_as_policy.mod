// A modification passed where the policy belongs.
// RUN: run %dir/replace_rule.mod --data Party=%dir/data/parties.csv --format csv
// RUN: run %dir/replace_rule.mod --amend %dir/replace_cycle.mod --data Party=%dir/data/parties.csv --format csv
// RUN: graph %dir/replace_rule.mod
modification error_modification_as_policy "unused" [MOD]
  amends amend_base;
