// Input of compose_first.mod: replaces the rule compose_first.mod inserts.
modification compose_second "Second of two" [MOD2]
  amends amend_base
  effective 2020-02-01;

replace rule levy(p: Party): int [G5(a)] = fee(p) + 1;
