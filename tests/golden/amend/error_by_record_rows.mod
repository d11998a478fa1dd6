// The rows of by_record_rows.mod that leave the new table with a gap (see there).
modification gap_bands "A gap in the bands from 2025" [NB]
  amends dated_table
  effective 2025-01-01 by Sale.sold;

replace row band_rate.high: > 400_000 => 0.06 [NB2];
