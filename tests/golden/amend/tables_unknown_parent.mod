// An exception inserted under an exception the rule does not have is reported where the
// amendment names it, with a suggestion; one inserted under an inserted exception is fine.
// RUN: check %dir/tables_base.policy %s
modification tables_unknown_parent "Insert under a misspelt parent" [M3]
  amends tables_base;

insert exception fee.late to exemt [M3.1] when p.year is none then 3;
insert exception fee.later to small_network [M3.2] when p.year is none then 4;
insert exception fee.latest to later [M3.3] when p.premises > 1000 then 5;
