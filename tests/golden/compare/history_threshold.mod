// Large from 120 premises, not 100.
modification H_120 "A higher threshold" [H_120]
  amends history
  effective 2024-01-01;

replace rule large(p: Party): bool [H4] = (premises_now(p) ?? 0) >= 120;
