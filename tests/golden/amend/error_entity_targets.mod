// Amendments of entities and fields that cannot apply: each names what is wrong, with the
// declaration it collides with or the closest name.
// RUN: check %s tests/golden/amend/base.policy
modification error_entity_targets "error_entity_targets" [MOD]
  amends amend_base;

insert field Party.premises: int;
replace field Party.premise: int check >= 1;
repeal field Party.id;
replace field Party.id: int;
insert field Partie.staff: int;
repeal field Site.party;
insert entity Party { key id: text; }
replace entity Parties { key id: text; }
repeal entity Sites;
