// A reform that brings in a new entity: each party's sites, counted by an aggregate. The new
// entity's data is asked for only by the amended side; without it the run stops and says which.
// RUN: diff tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --data Site=%dir/data/sites.csv
// RUN: diff tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --data Site=%dir/data/sites.csv --format json
// RUN: diff tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv
// RUN: fmt --check %s
modification insert_entity "premises counted site by site" [MOD]
  amends amend_base;

insert entity Site [G8.50]
  note "a site is a group of premises a party reports together" {
  key id: text;
  party: Party;
  premises: int check >= 0;
}

replace rule is_large(p: Party): bool [G8.49]
  = count(s in Site where s.party == p) >= 2 or p.premises > threshold;
