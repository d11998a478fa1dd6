// The rate goes from 2 to 3.
modification labels_rate "A higher rate" [M]
  amends labels;

substitute param rate [L2(a)] = 3;
