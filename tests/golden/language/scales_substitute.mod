// A whole scale substituted: new brackets, dated as the amendment says.
// RUN: diff %dir/scales.policy --amend %s --data Person=%dir/data/scale_people.csv --as-of 2024-06-01 --select tax,top_rate --format csv
// RUN: fmt --check %s
modification flatter "Two brackets" [Reform 2025]
  amends scales;

substitute param income_tax_scale [OF income_tax, replaced] = { 0: 0.10, 20_000: 0.30 };
