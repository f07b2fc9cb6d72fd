"""The five v15 reference dates (second half of 2029, none used by dev/test/v2..v14): A Tue 2029-07-17,
B Tue 2029-08-21, C Wed 2029-09-12, D Tue 2029-10-23, E Tue 2029-11-27. A date without a year is read as the
one nearest its record's reference date (v2_validate year_from_today)."""

A, B, C, D, E = "2029-07-17", "2029-08-21", "2029-09-12", "2029-10-23", "2029-11-27"
