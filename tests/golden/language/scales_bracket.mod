// Amending a scale: one bracket's threshold and rate ('substitute param s bracket N = T: R;',
// brackets numbered from 1, in every dated version of the scale), then the whole scale. diff
// attributes each changed value to the operation that moved it; explain shows the amended scale.
// compare models the scales; tax, a marginal scale rounded again to the cent, is beyond a budget
// of 2M units per solver call (undecided, which keeps this test quick), the others are decided.
// RUN: diff %dir/scales.policy --amend %s --data Person=%dir/data/scale_people.csv --as-of 2024-06-01 --select tax,flat_tax,dated_tax
// RUN: explain %dir/scales.policy --amend %s --data Person=%dir/data/scale_people.csv --as-of 2024-06-01 --output dated_tax --id P3
// RUN: compare %dir/scales.policy --amend %s --as-of 2024-06-01 --rlimit 2000000
// RUN: fmt --check %s
modification reform "Top bracket at 45%, a higher first threshold" [Reform 2024]
  amends scales;

substitute param income_tax_scale bracket 3 [OF income_tax, reformed] = 50_000: 0.45;

substitute param dated bracket 2 [OF dated, reformed]
  note "every dated version: 10,000 and 11,000 both become 12,000" = 12_000: 0.10;
