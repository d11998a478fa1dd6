// RUN: check %s tests/golden/amend/dated_duties.policy
//
// A modification that brings a conflict in: a stay on registration while a sale may be appealed
// (60 days) meets the duty to register within 30 days. `check` of the modification asks about
// the pairs it changes, and finds this one with a witness.
modification appeal_stay "No registration while the sale may be appealed" [AS] amends dated_duties;

insert obligation no_registration_in_appeal(s: Sale) "No registration within 60 days of the sale" [AS1]
  forbids registration
  until add_days(s.sold, 60)
  = true;
