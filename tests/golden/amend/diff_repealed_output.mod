// Repealing outputs: every entity loses them, and diff says so (they used to vanish from the
// report, which then said that nothing changed).
// RUN-SH: redline diff policies/sec/section_g.policy --amend %s --data Party=examples/sec/parties.csv --as-of 2019-01-01 --select premises_counted,provider_assessments,g5_25_shared_resources --format markdown | head -58
// RUN-SH: redline diff policies/sec/section_g.policy --amend %s --data Party=examples/sec/parties.csv --as-of 2019-01-01 --format csv | head -4
// RUN-SH: redline diff policies/sec/section_g.policy --amend %s --data Party=examples/sec/parties.csv --as-of 2019-01-01 --format json | grep -E '"(name|new|repealed|changed|before_total|after_total)"' | tail -14
// RUN-SH: redline diff policies/sec/section_g.policy --amend %s --data Party=examples/sec/parties.csv --as-of 2019-01-01 --format html | grep -o 'repealed output\|The amendments repeal this output[^<]*\|(repealed)</span>' | sort | uniq -c
// A repealed rule is still a name --select knows; an unknown one is still an error.
// RUN-SH: redline diff policies/sec/section_g.policy --amend %s --data Party=examples/sec/parties.csv --as-of 2019-01-01 --select provider_assessments --format table | head -21
// RUN: diff policies/sec/section_g.policy --amend %s --data Party=examples/sec/parties.csv --select provider_assesments
modification drop_outputs "Drop two outputs" [X1]
  amends sec_section_g;

repeal rule provider_assessments [X1.a];
repeal obligation g5_25_shared_resources [X1.b];
