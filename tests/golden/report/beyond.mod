// The diff reports' section from compare, "Who could change beyond this data": in markdown and in
// html, per output: band changes in regions (proved), each with its condition, transition and
// witness, and the households of the data in it where the diff establishes it (H2 alone changes
// Standard -> Higher, the one region with that transition; no household of the data is in the
// region None -> Standard; the regions None -> Higher share their transition, so no count);
// payment changes (a number); elderly is unchanged for every input (proved); next_review is
// undecided, with the reason. --no-compare leaves the section out; the other formats have no
// section. With --param, compare applies the override too (on both sides, at every date): the
// amendment's new limit is overridden, and only the row band.large is left to change.
// RUN: diff %dir/beyond.policy --amend %s --data Household=%dir/data/households.csv --as-of 2025-01-01 --format markdown
// RUN-SH: redline diff %dir/beyond.policy --amend %s --data Household=%dir/data/households.csv --as-of 2025-01-01 --format html | sed -n '/<section id="beyond"/,/<section id="entities"/p' | sed '$d' && redline diff %dir/beyond.policy --amend %s --data Household=%dir/data/households.csv --as-of 2025-01-01 --format html | grep -o '<nav class="toc".*</nav>'
// RUN-SH: redline diff %dir/beyond.policy --amend %s --data Household=%dir/data/households.csv --as-of 2025-01-01 --format markdown --no-compare | grep -c 'beyond this data'; redline diff %dir/beyond.policy --amend %s --data Household=%dir/data/households.csv --as-of 2025-01-01 --format html --no-compare | grep -c 'beyond'; redline diff %dir/beyond.policy --amend %s --data Household=%dir/data/households.csv --as-of 2025-01-01 --format table | grep -c 'beyond this data'; true
// RUN-SH: redline diff %dir/beyond.policy --amend %s --data Household=%dir/data/households.csv --as-of 2025-01-01 --param income_limit=17500 --format markdown | sed -n '/## Who could change/,/## Changes/p'
// RUN-SH: redline diff %dir/beyond.policy --amend %s --data Household=%dir/data/households.csv --as-of 2025-01-01 --param income_limit=17500 --format html | sed -n '/<section id="beyond"/,/<p class="sub">/p'
modification WFS_M1 "Widening winter support" [WFS/M1]
  amends winter_support
  effective 2024-10-01;

substitute param income_limit [WFS2.1] = 18_000;

replace row band.large: true, >= 3, _ => Higher [WFS3.3];
