modification scales_changed "The top bracket from 60,000, and a higher rate per child" [OFX]
  amends scales_compare;

substitute param income_tax bracket 3 [OFX1] = 60_000: 0.40;

substitute param per_child bracket 2 [OFX2] = 3: 170;
