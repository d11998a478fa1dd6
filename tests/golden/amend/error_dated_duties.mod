// What a replacement effective by a record's date must keep of an obligation: the act it names,
// and whether it has a due date or an end date (the records before the date keep the old ones).
// RUN: check %s tests/golden/amend/dated_duties.policy
modification dated_duty_errors "dated duties" [DD]
  amends dated_duties
  effective 2025-01-01 by Sale.sold;

replace obligation register(s: Sale) "Register the sale within 30 days" [DD1]
  requires filing
  due add_days(s.sold, 30)
  = true;

replace obligation no_resale(s: Sale) "No resale within a year" [DD2]
  forbids resale
  = true;
