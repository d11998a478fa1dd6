// A member moved from one arm of a match to the next: the arms' values and members, in order,
// are unchanged, so a fingerprint without the arms' boundaries called the rule unchanged and
// diff reused the baseline's column, reporting no change for the network parties.
// RUN: diff tests/golden/amend/fingerprint_base.policy --amend %s --data Party=%dir/data/parties.csv --format csv
modification move_network "Network parties pay the other band" [M1]
  amends fingerprint_base;

replace rule charge_band(p: Party): int [T] = match p.category { supplier => 1, network | other => 2 };
