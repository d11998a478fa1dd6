// Amendments reach the new forms: a row inserted into a 'collect sum' table (with an interval
// and a disjunction cell), a row repealed, a row replaced by one with an interval cell, and an
// exception inserted at the third rank, under
// an exception that is itself an exception. diff shows what each changes, by party.
// RUN: run %dir/tables_base.policy --amend %s --data Party=%dir/data/parties.csv --format csv
// RUN: diff %dir/tables_base.policy --amend %s --data Party=%dir/data/parties.csv
// RUN: explain %dir/tables_base.policy --amend %s --data Party=%dir/data/parties.csv --id p5 --output fee
modification tables_amend "New rows and ranks" [M1]
  amends tables_base;

insert row levy.surcharge before big: (50..100] or > 550, other or supplier => 5 [M1.1];
repeal row levy.mid [M1.2];
replace row levy.big: [500..1000], supplier or network => 40 [M1.4];
insert exception fee.year_four to small_network [M1.3]
  note "a small network in its fourth year pays the full fee again"
  when p.year == 4 then p.premises * 2;
