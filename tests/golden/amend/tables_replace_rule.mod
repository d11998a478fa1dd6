// A rule whose table is 'collect sum' replaced by one whose table is 'collect max', with
// interval and disjunction cells: the amended policy is checked as a whole (the new table must
// match every input, its rule being 'int') and run.
// RUN: run %dir/tables_base.policy --amend %s --data Party=%dir/data/parties.csv --format csv
// RUN: diff %dir/tables_base.policy --amend %s --data Party=%dir/data/parties.csv --format csv
modification tables_replace_rule "The largest levy only" [M4]
  amends tables_base;

replace rule levy(p: Party): int [L1]
  note "only the largest levy that applies is due"
  = table collect max (p.premises, p.category) {
      base: _, _ => 10;
      mid: [100..500), _ => 20;
      big: >= 500, supplier or network => 50;
    };
