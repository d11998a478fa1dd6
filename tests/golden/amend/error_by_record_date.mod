// What a modification effective by a record's date cannot do: each is refused, naming why, never
// applied to every record.
// RUN: check %s tests/golden/amend/dated_base.policy
// RUN: check %dir/error_by_record_field.mod tests/golden/amend/dated_base.policy
modification dated_errors "dated errors" [DE]
  amends dated_base
  effective 2025-01-01 by Sale.sold;

substitute param rate [DE1] = 0.03;

repeal rule duty [DE2];
