"""The five v19 reference dates (second half of 2031, none used by dev/test/v2..v18): A Tue 2031-07-15,
B Wed 2031-08-13, C Tue 2031-09-16, D Wed 2031-10-15, E Tue 2031-11-18. A date without a year is read as the
one nearest its record's reference date (v2_validate year_from_today)."""

A, B, C, D, E = "2031-07-15", "2031-08-13", "2031-09-16", "2031-10-15", "2031-11-18"
