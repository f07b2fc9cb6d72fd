"""The five v16 reference dates (first half of 2030, none used by dev/test/v2..v15): A Tue 2030-01-15,
B Wed 2030-02-13, C Tue 2030-03-19, D Wed 2030-04-24, E Tue 2030-06-04. A date without a year is read as the
one nearest its record's reference date (v2_validate year_from_today)."""

A, B, C, D, E = "2030-01-15", "2030-02-13", "2030-03-19", "2030-04-24", "2030-06-04"
