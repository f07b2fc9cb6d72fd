"""The five v14 reference dates (first half of 2029, none used by dev/test/v2..v13): A Tue 2029-01-16,
B Tue 2029-02-20, C Wed 2029-03-14, D Tue 2029-04-24, E Tue 2029-06-05. A date without a year is read as the
one nearest its record's reference date (v2_validate year_from_today)."""

A, B, C, D, E = "2029-01-16", "2029-02-20", "2029-03-14", "2029-04-24", "2029-06-05"
