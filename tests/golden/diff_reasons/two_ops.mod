// Two operations on one rule (a substituted parameter and an inserted exception), applied in
// order: each change is attributed to the operations that moved it for that household. H1 (rent
// 1) is moved by the parameter only, and the exception's note is not quoted for it; H2 is moved
// by both (1,000 -> 2,000 -> 0); H5's ceiling rose but decided nothing (min(rent, ceiling) is
// its rent), so only the exception moved it. The groups and the per-operation counts add up.
// In json each step names its operations by index into law_changes (their clauses printed here,
// a step's after a /), and a change's text says what moved; its reason's text, the operations.
// RUN: diff tests/golden/diff_reasons/benefit.policy --amend %s --data Household=%dir/data/households.csv --data Member=%dir/data/members.csv
// RUN: diff tests/golden/diff_reasons/benefit.policy --amend %s --data Household=%dir/data/households.csv --data Member=%dir/data/members.csv --format markdown
// RUN-SH: redline diff tests/golden/diff_reasons/benefit.policy --amend %s --data Household=%dir/data/households.csv --data Member=%dir/data/members.csv --format json | python3 -c 'import json,sys; j=json.load(sys.stdin); print(json.dumps({"reasons": j["reasons"], "attribution": j["attribution"]}, indent=1)); [print(c["id"], c["output"], c["why"]["reason"], " / ".join(",".join(j["law_changes"][op]["citation"] for op in s["operations"]) for s in c["why"]["steps"]), c["why"]["text"]) for c in j["changes"]]'
// RUN-SH: redline diff tests/golden/diff_reasons/benefit.policy --amend %s --data Household=%dir/data/households.csv --data Member=%dir/data/members.csv --format html | grep -o '<td class="why">.*</td>'
// RUN: diff tests/golden/diff_reasons/benefit.policy --amend %s --data Household=%dir/data/households.csv --data Member=%dir/data/members.csv --format csv
modification HB_M1 "A higher allowance, none for high rents" [HB/M1]
  amends benefit
  effective 2024-01-01;

substitute param allowance [HB3] = 2_000;

insert exception benefit.high_rent [HB6]
  note "households with rent over 100 get nothing"
  when h.rent > 100 then 0;
