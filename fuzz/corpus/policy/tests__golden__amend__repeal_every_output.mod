// A modification that repeals every output: diff compares the baseline's outputs with nothing
// (the amended policy has none left), and 'run' of the amended policy has nothing to run.
// RUN: diff tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --format csv
// RUN: diff tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --select band,large --format markdown
// RUN: run tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv
modification repeal_every_output "repeal every output" [MOD9]
  amends amend_base;

repeal rule fee [G2];
repeal rule band [G3];
repeal rule assessment [G8.16];
repeal rule large [G8.49];
