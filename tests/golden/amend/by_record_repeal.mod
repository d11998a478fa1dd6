// Input of by_record_exception.mod: the relief repealed for the sales from 2025 only.
modification no_relief_2025 "No relief for sales from 2025" [DR]
  amends dated_base
  effective 2025-01-01 by Sale.sold;

repeal exception duty.first_home [D3];
