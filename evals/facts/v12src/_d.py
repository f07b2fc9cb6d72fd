"""The five v12 reference dates (first half of 2028, none used by dev/test/v2..v11): A Wed 2028-01-19,
B Tue 2028-02-22 (29 February 2028 lies a week ahead), C Thu 2028-03-16, D Wed 2028-04-26, E Fri 2028-06-09.
A date without a year is read as the one nearest its record's reference date (v2_validate year_from_today)."""

A, B, C, D, E = "2028-01-19", "2028-02-22", "2028-03-16", "2028-04-26", "2028-06-09"
