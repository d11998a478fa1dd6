// One bracket of a scale from a date ('substitute param s bracket N from D = T: R;'): only the
// versions in force from D change; the version in force on D is split there, the days before
// keep the old bracket. In both dated forms: 'dated' ({ from ... }, D inside its 2024 version and
// inside its 2020 version) and 'per_child' (until ..., then ...). diff shows the payments of
// 2024-01-01 on changing and those before not; explain shows the split version; fmt keeps 'from'.
// RUN: diff %dir/scales.policy --amend %s --data Person=%dir/data/scale_people.csv --as-of 2024-06-01 --select dated_tax,allowance --format csv
// RUN: explain %dir/scales.policy --amend %s --data Person=%dir/data/scale_people.csv --as-of 2024-06-01 --output dated_tax --id P4
// RUN: explain %dir/scales.policy --amend %s --data Person=%dir/data/scale_people.csv --as-of 2024-06-01 --output dated_tax --id P3
// RUN: fmt --check %s
modification reform_2024 "A higher first threshold from 2024-03-01" [Reform 2024]
  amends scales;

substitute param dated bracket 2 from 2024-03-01 [OF dated, reformed] = 12_000: 0.10;

substitute param per_child bracket 1 from 2021-06-01 [OF per_child, reformed] = 1: 120;
