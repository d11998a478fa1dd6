// Patrons sponsor five members, not four.
modification C_5 "Five sponsored members" [C_5]
  amends club
  effective 2024-01-01;

replace rule patron(m: Member): bool [C3]
  = sponsored(m) >= 5;
