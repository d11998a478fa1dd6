// An amendment that replaces rules written with the builtins: the grant is rounded half away
// from zero, the qualifying age is computed on the first day of the year, and the reference gains a suffix.
// The diff names which applicants change and the clause that changed them.
// RUN: diff %dir/builtins_policy.policy --amend %s --data Applicant=%dir/data/grants.csv --as-of 2024-02-29
// RUN: explain %dir/builtins_policy.policy --amend %s --data Applicant=%dir/data/grants.csv --output grant --id g1 --as-of 2024-02-29
modification grants_2024 "Grants amended" [GRA]
  amends grants
  effective 2024-01-01;

replace rule age(a: Applicant): int [GR3] = years_between(a.born, first_day_of_year(as_of()));
replace rule grant(a: Applicant): decimal [GR4]
  = if age(a) >= 64 then round(a.income * rate, 2, half_away_from_zero) else 0;
replace rule reference(a: Applicant): text [GR5] = "GR-" + a.id + "/2024";
