// Input of error_by_record_date.mod: a date the records do not have.
modification dated_field "dated by a field that is not a date" [DE]
  amends dated_base
  effective 2025-01-01 by Sale.price;

insert param top_rate: decimal [DR1] = 0.05;
