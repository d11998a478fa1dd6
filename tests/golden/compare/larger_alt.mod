// Another draft of WFS_L3: the same change, written as more than two.
modification WFS_L3B "Large households from three (draft B)" [WFS_L3B]
  amends winter_support
  effective 2024-01-01;

replace rule band(h: Household): Band [WFS3]
  = table first (eligible(h), h.occupants, h.over_75) {
      not_eligible: false, _, _ => None;
      elderly: true, _, true => Higher [WFS3.2];
      large: true, > 2, _ => Higher [WFS3.3];
      standard: true, _, _ => Standard;
    }
  exception care_home [WFS4] when h.tenure == care_home then None;
