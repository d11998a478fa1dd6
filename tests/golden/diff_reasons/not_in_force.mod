// diff --as-of before a modification's effective date: the report says which modification is
// not in force and that it changes nothing on that date, in every format.
// RUN: diff tests/golden/diff_reasons/benefit.policy --amend %s --data Household=%dir/data/households.csv --data Member=%dir/data/members.csv --as-of 2023-12-31
// RUN: diff tests/golden/diff_reasons/benefit.policy --amend %s --data Household=%dir/data/households.csv --data Member=%dir/data/members.csv --as-of 2023-12-31 --format markdown
// RUN-SH: redline diff tests/golden/diff_reasons/benefit.policy --amend %s --data Household=%dir/data/households.csv --data Member=%dir/data/members.csv --as-of 2023-12-31 --format json | python3 -c 'import json,sys; j=json.load(sys.stdin); print(json.dumps({"amendments": j["amendments"], "not_in_force": j["not_in_force"]}))'
// RUN-SH: redline diff tests/golden/diff_reasons/benefit.policy --amend %s --data Household=%dir/data/households.csv --data Member=%dir/data/members.csv --as-of 2023-12-31 --format html | grep -o 'not in force on <time[^>]*>[^<]*</time>, so it changes nothing'
modification HB_M3 "A higher allowance from 2024" [HB/M3]
  amends benefit
  effective 2024-01-01;

substitute param allowance [HB3] = 2_000;
