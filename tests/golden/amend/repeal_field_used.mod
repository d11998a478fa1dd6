// Input of repeal_field.mod: the field is repealed while exception fee.exempt still reads it,
// and an entity inserted then repealed while a rule still takes it.
modification repeal_field_used "the exemption is abolished, but not its exception" [MOD]
  amends amend_base;

repeal field Party.exempt [G1.7];

insert entity Site {
  key id: text;
  party: Party;
}

insert rule sites(s: Site): int [G9] = 1;

repeal entity Site;

insert rule site_count(p: Party): int [G9] = count(s in Site where s.party == p);
