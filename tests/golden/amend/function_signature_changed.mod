// Replacing a function with another signature breaks its calls: each call is an error with the
// new signature, and a note points at the replacement.
// RUN: check %s tests/golden/language/functions.policy
modification function_signature "a third parameter" [M]
  amends functions;

replace rule per_person(amount: decimal, people: int, floor: decimal): decimal [F4]
  = max(amount / people, floor);
