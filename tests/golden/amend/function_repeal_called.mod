// Repealing a function that rules still call is an error at each call, with a note at the repeal.
// RUN: check %s tests/golden/language/functions.policy
modification function_repeal "repeals a function in use" [M]
  amends functions;

repeal rule phase_out [F3];
