// The same threshold, written the other way round.
modification H_SAME "The same threshold" [H_SAME]
  amends history
  effective 2024-01-01;

replace rule large(p: Party): bool [H4] = not ((premises_now(p) ?? 0) < 100);
