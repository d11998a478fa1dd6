// A modification passed where the policy belongs.
// RUN: run %s --data Party=%dir/data/parties.csv --format csv
// RUN: run %s --amend %dir/replace_cycle.mod --data Party=%dir/data/parties.csv --format csv
// RUN: graph %s
modification error_modification_as_policy "unused" [MOD]
  amends amend_base;
