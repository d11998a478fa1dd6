// A reform that brings in a new input: a field inserted into an entity and a rule that reads it.
// The data must then have the column (the baseline ignores it); without it, the data error names
// the file and the column. diff reads the data once per side and gives each change its reason.
// RUN: run tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties_staff.csv --format csv
// RUN: diff tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties_staff.csv
// RUN: diff tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties_staff.csv --format csv
// RUN: diff tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --format csv
// RUN: explain tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties_staff.csv --output large --id p2
// RUN: check %s tests/golden/amend/base.policy
// RUN: compare tests/golden/amend/base.policy --amend %s
// RUN: fmt --check %s
// RUN: test %dir/insert_field.tests
modification insert_field "employees count toward the threshold" [MOD]
  amends amend_base;

insert field Party.employees: int check >= 0 [G8.49A]
  note "the number of persons the party employs, as at its last annual report";

replace rule is_large(p: Party): bool [G8.49] = p.premises + p.employees > threshold;
