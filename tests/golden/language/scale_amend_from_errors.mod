// One bracket from a date, refused: bracket 3 of 'dated' exists only in its 2024 version, so from
// 2024-03-01 it can be substituted but from 2023-01-01 (which reaches the 2020 version, of two
// brackets) it cannot; a day that is no date.
// RUN: check %dir/scales.policy %s
modification bad_from "brackets from a date" [MOD1]
  amends scales;

substitute param dated bracket 3 from 2024-03-01 [X1] = 40_000: 0.25;
substitute param dated bracket 3 from 2023-01-01 [X2] = 40_000: 0.25;
substitute param dated bracket 1 from 2023-02-30 [X3] = 0: 0;
