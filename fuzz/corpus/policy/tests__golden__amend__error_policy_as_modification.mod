// A policy passed to --amend where a modification belongs.
// RUN: run tests/golden/amend/base.policy --amend tests/golden/amend/base.policy --data Party=%dir/data/parties.csv --format csv
modification error_policy_as_modification "unused" [MOD]
  amends amend_base;
