// 'insert rule': a new output rule, and a new helper rule it reads.
// RUN: run tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --format csv
modification insert_rule "insert_rule" [MOD1]
  amends amend_base
  effective 2020-01-01;

insert rule odd(p: Party): bool [G4] = p.premises mod 2 == 1;
insert output rule discounted(p: Party): decimal [G4] = if odd(p) then p.premises / 3 else p.premises / 2;
