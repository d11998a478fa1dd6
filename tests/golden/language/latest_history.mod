// An amendment to latest_history.policy: a survey is taken as observed 1,000 days later (P1's
// survey of 2018 becomes its latest count: the row chosen moves), and a survey counts one
// premises more (P2's latest count is a survey: its value moves). The diff follows each change
// into the count that made it. (In the other order, the first operation alone would leave P4's
// two counts of 2019-06-01 tied with 40 and 41, and the diff, which evaluates the policy after
// each operation to find reasons, would stop on that tie.)
// RUN: diff %dir/latest_history.policy --amend %s --data Party=%dir/data/latest_parties.csv --data PremisesCount=%dir/data/premises_counts.csv --as-of 2020-01-01
modification survey_weight "Surveys" [SW]
  amends latest_history
  effective 2020-01-01;

replace rule observed(c: PremisesCount): date [G8.51] = if c.source == "survey" then c.on + 1000 else c.on;

replace rule counted(c: PremisesCount): int [G8.50]
  = if c.source == "survey" then c.domestic_premises + 1 else c.domestic_premises;
