modification calendar_rewritten "Dates computed another way" [CX] amends calendar;

// Not the same on the last day of a month.
replace rule month_of(c: Claim): int [C2] = month(add_days(c.start, 1));
// Not the same on 31 December.
replace rule year_of(c: Claim): int [C3] = year(add_days(c.start, 1));
// Not the same when the month after has fewer days (31 January: 28 or 29 February, not 3 March).
replace rule review(c: Claim): date [C4] = add_days(c.start, 31);
