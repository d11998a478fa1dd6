modification m "replace enum" [M]
  amends sec_section_g;

replace enum Category [A] { supplier, network, other, extra }
