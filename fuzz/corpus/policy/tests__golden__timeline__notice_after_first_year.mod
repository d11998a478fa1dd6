// RUN: check %s
// RUN: timeline tests/golden/timeline/conflict.policy --amend %s --data Tenancy=%dir/data/tenancies.csv --data Review=%dir/data/reviews.csv --id T1
//
// The deadline of a review in the first year runs from the first anniversary: a notice is then
// due after the day notices are first allowed, and `check` proves that the two duties never
// conflict.
modification notice_after_first_year "Notice within 30 days of the review or of the first anniversary" [N3(a)] amends notices;

replace obligation serve_notice(t: Tenancy) "Serve notice of the new rent within 30 days of a review, or of the first anniversary" [N3(a)]
  requires rent_notice
  due if last_review(t) is some d then add_days(if d < add_months(t.started, 12) then add_months(t.started, 12) else d, 30)
      else none
  = last_review(t) is some;
