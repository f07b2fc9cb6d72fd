"""The five v21 reference dates (second half of 2032, none used by dev/test/v2..v20): A Mon 2032-07-12,
B Tue 2032-08-17, C Wed 2032-09-15, D Thu 2032-10-14, E Fri 2032-11-12. A date without a year is read as the
one nearest its record's reference date (v2_validate year_from_today)."""

A, B, C, D, E = "2032-07-12", "2032-08-17", "2032-09-15", "2032-10-14", "2032-11-12"
