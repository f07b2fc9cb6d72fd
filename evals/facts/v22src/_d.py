"""The five v22 reference dates (first half of 2033, none used by dev/test/v2..v21): A Mon 2033-01-24,
B Tue 2033-02-15, C Wed 2033-03-09, D Thu 2033-03-31, E Fri 2033-06-10. A date without a year is read as the
one nearest its record's reference date (v2_validate year_from_today)."""

A, B, C, D, E = "2033-01-24", "2033-02-15", "2033-03-09", "2033-03-31", "2033-06-10"
