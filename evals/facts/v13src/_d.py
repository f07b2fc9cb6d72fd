"""The five v13 reference dates (second half of 2028, none used by dev/test/v2..v12): A Tue 2028-07-18,
B Tue 2028-08-29, C Wed 2028-09-27, D Tue 2028-10-24, E Wed 2028-11-29. A date without a year is read as the
one nearest its record's reference date (v2_validate year_from_today)."""

A, B, C, D, E = "2028-07-18", "2028-08-29", "2028-09-27", "2028-10-24", "2028-11-29"
