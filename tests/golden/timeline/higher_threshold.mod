// RUN: timeline tests/golden/timeline/deadlines.policy --amend %s --data Firm=%dir/data/firms.csv --data Report=%dir/data/reports.csv --data Audit=%dir/data/audits.csv --id F1
// RUN: timeline tests/golden/timeline/deadlines.policy --amend %s --data Firm=%dir/data/firms.csv --data Report=%dir/data/reports.csv --data Audit=%dir/data/audits.csv --id F1 --select big --format json
// RUN: check %s
//
// A modification in force from a date in the middle of a timeline: the steps before it are
// evaluated without it, the steps from it with it, and the day it comes into force is a step.
modification higher_threshold "More than 65 staff is big" [T4(a)] amends deadlines effective 2019-06-01;

replace rule big(f: Firm): bool [T4(a)] = staff_now(f) > 65;
