// Amending functions: a replaced function moves the values of every rule that calls it, and the
// reason cites the function's clause; an exception inserted into a function; a new function.
// RUN: diff tests/golden/language/functions.policy --amend %s --data Household=%dir/data/function_households.csv
// RUN: diff tests/golden/language/functions.policy --amend %s --data Household=%dir/data/function_households.csv --format csv
// RUN: explain tests/golden/language/functions.policy --amend %s --data Household=%dir/data/function_households.csv --output tenure_amount --id H1
// RUN: compare tests/golden/language/functions.policy --amend %s --select benefit,rent_share,tenure_amount
// RUN: fmt --check %s
modification functions_m1 "A gentler taper" [F/M1]
  amends functions;

replace rule phase_out(amount: decimal, income: decimal): decimal [F3]
  = max(amount - taper * max(income - threshold - 2000, 0), 0)
  exception no_amount [F3.2] when amount <= 0 then 0;

insert exception band_amount.large_owner [F/M1.1] when t == owner and not small then 120;

insert rule halve(x: decimal): decimal [F/M1.2] = x / 2;

replace rule tenure_amount(h: Household): decimal [F11]
  = halve(band_amount(h.tenure, h.occupants < 3));
