// 'replace rule': a new definition (and citation) for a rule; the rule stays an output.
// RUN: run tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --format csv
modification replace_rule "replace_rule" [MOD1]
  amends amend_base
  effective 2020-01-01;

replace rule fee(p: Party): int [G2(b)]
  note "the fee is now per premises, plus a flat 10"
  = p.premises + 10
  exception exempt [G1.7] when p.exempt then 0;
