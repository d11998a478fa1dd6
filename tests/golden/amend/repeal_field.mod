// Repealing an input: a field no rule reads any more, and one that a rule still reads, which is
// then an error at the use, saying which amendment repealed it. A repealed entity likewise.
// RUN: diff tests/golden/amend/base.policy --amend %s --data Party=%dir/data/parties.csv --format csv
// RUN: check %dir/repeal_field_used.mod tests/golden/amend/base.policy
// RUN: fmt --check %s
modification repeal_field "the exemption is abolished" [MOD]
  amends amend_base;

repeal exception fee.exempt [G1.7];

repeal field Party.exempt [G1.7];
