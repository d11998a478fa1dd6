// Repealing an exception that another is an exception to is an error naming that one: the
// amendment must repeal or replace the exceptions under it first.
// RUN: check %dir/tables_base.policy %s
modification tables_repeal_parent "Repeal a parent" [M2]
  amends tables_base;

repeal exception fee.exempt [M2.1];
