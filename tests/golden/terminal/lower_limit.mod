// The modification the terminal diff tests apply (no RUN line: an input, not a test).
modification lower_limit "A lower limit" [T/M1]
  amends term_sites;

substitute param limit [T] = 10;
