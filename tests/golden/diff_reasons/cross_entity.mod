// A reason must come from the entity it explains: H1's benefit changes because of its own
// member M3 (17, now counted), not because of M1, the member on H1's row of the Member data
// (which belongs to H2). The reason names the members whose part of the sum changed.
// RUN: diff tests/golden/diff_reasons/benefit.policy --amend %s --data Household=%dir/data/households.csv --data Member=%dir/data/members.csv
// RUN-SH: redline diff tests/golden/diff_reasons/benefit.policy --amend %s --data Household=%dir/data/households.csv --data Member=%dir/data/members.csv --format json | python3 -c 'import json,sys; j=json.load(sys.stdin); [print(c["id"], c["output"], json.dumps(c["why"]["steps"][0]["chain"])) for c in j["changes"]]'
modification HB_M2 "Members count from 16" [HB/M2]
  amends benefit
  effective 2024-01-01;

replace rule income_share(m: Member): decimal [HB4.1] = if m.age >= 16 then m.income else 0;
