// redline fmt prints 'insert exception RULE.LABEL to OTHER' and interval and disjunction cells
// of an inserted row in its canonical layout. The formatted copy is printed, then checked.
// RUN-SH: cp %s %t/f.mod && redline fmt %t/f.mod > /dev/null && cat %t/f.mod && redline fmt --check %t/f.mod
modification exception_to_amendment "fmt: amendments of the new forms" [M]
  amends tables_base;

insert exception fee.year_four   to small_network [M1]   when p.year == 4 then p.premises * 2;
insert row levy.surcharge before big : (50..100]or > 550 , other or supplier=>5 [M2];
replace exception fee.small_network to exempt [M3] note "narrower" when p.category == network and p.premises < 100 then 1;
