// The text formats are written as they are rendered, each change's reason found as its row is
// written, chunk by chunk on several threads (REDLINE_DIFF_BLOCK=1: one change per chunk; two
// workers), after the head that counts the groups the diff found.
// Three operations, one of them on a rule read through an aggregate over related entities
// (members aged 16 and 17 now count): the output is the same bytes however it is cut.
// --format jsonl: the summary on the first line, then one line per change, as the json's.
// An -o file whose writing fails (a file size limit) is left as it was, with no temporary.
// RUN: diff tests/golden/diff_reasons/benefit.policy --amend %s --data Household=%dir/data/households.csv --data Member=%dir/data/members.csv --format jsonl
// RUN-SH: for f in table markdown json jsonl html; do REDLINE_THREADS=2 REDLINE_DIFF_BLOCK=1 redline diff tests/golden/diff_reasons/benefit.policy --amend %s --data Household=%dir/data/households.csv --data Member=%dir/data/members.csv --format $f > %t/cut.$f && redline diff tests/golden/diff_reasons/benefit.policy --amend %s --data Household=%dir/data/households.csv --data Member=%dir/data/members.csv --format $f -o %t/whole.$f && cmp %t/cut.$f %t/whole.$f && echo "$f: $(wc -l < %t/whole.$f) lines, the same"; done
// RUN-SH: redline diff tests/golden/diff_reasons/benefit.policy --amend %s --data Household=%dir/data/households.csv --data Member=%dir/data/members.csv --format json > %t/a.json && redline diff tests/golden/diff_reasons/benefit.policy --amend %s --data Household=%dir/data/households.csv --data Member=%dir/data/members.csv --format jsonl > %t/a.jsonl && python3 -c 'import json,sys; raw=open(sys.argv[1]).read(); j=json.loads(raw); print("json is one document, as dump(2):", json.dumps(j, indent=2, ensure_ascii=False) + "\n" == raw); lines=[json.loads(l) for l in open(sys.argv[2])]; s=dict(j); del s["changes"]; print("jsonl summary:", json.dumps(lines[0]) == json.dumps(dict(type="summary", **s))); print("jsonl changes:", len(lines) - 1, [json.dumps(l) for l in lines[1:]] == [json.dumps(dict(type="change", **c)) for c in j["changes"]])' %t/a.json %t/a.jsonl
// RUN-SH: mkdir %t/w && printf 'old\n' > %t/w/out.json; (trap '' XFSZ; ulimit -f 1; redline diff tests/golden/diff_reasons/benefit.policy --amend %s --data Household=%dir/data/households.csv --data Member=%dir/data/members.csv --format json -o %t/w/out.json); echo "exit: $?"; cat %t/w/out.json; ls -A %t/w
modification HB_M3 "A higher allowance, none for high rents, members count from 16" [HB/M3]
  amends benefit
  effective 2024-01-01;

substitute param allowance [HB3] = 2_000;

insert exception benefit.high_rent [HB6]
  note "households with rent over 100 get nothing"
  when h.rent > 100 then 0;

replace rule income_share(m: Member): decimal [HB4.1] = if m.age >= 16 then m.income else 0;
