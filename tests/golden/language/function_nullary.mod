modification function_nullary_cap "A lower cap" [FNX]
  amends function_nullary;

replace exception full_rate.capped [FN3(2), amended] when base_rate + uplift > 0.32 then 0.32;
