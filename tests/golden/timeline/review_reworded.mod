// RUN: check %s
//
// A modification that leaves both duties as they were (it restates a rule they read, unchanged):
// `check` of the modification asks only about what it changes, so the conflict of the policy
// itself is not reported again here.
modification review_reworded "A review is a review of the rent" [RR] amends notices;

replace rule last_review(t: Tenancy): date? [N2(a)]
  = max(r.on for r in Review where r.tenancy == t and r.on <= as_of());
