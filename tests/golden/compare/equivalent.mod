// The same reading of "below the limit", written the other way round: changes nothing.
modification WFS_EQ "Eligibility restated" [WFS_EQ]
  amends winter_support
  effective 2024-01-01;

replace rule eligible(h: Household): bool [WFS2]
  = not (h.income >= income_limit);
