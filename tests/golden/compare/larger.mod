// Households of three count as large.
modification WFS_L3 "Large households from three" [WFS_L3]
  amends winter_support
  effective 2024-01-01;

replace rule band(h: Household): Band [WFS3]
  = table first (eligible(h), h.occupants, h.over_75) {
      not_eligible: false, _, _ => None;
      elderly: true, _, true => Higher [WFS3.2];
      large: true, >= 3, _ => Higher [WFS3.3];
      standard: true, _, _ => Standard;
    }
  exception care_home [WFS4] when h.tenure == care_home then None;
