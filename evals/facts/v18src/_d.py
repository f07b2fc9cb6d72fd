"""The five v18 reference dates (first half of 2031, none used by dev/test/v2..v17): A Tue 2031-01-14,
B Wed 2031-02-12, C Tue 2031-03-11, D Wed 2031-04-02, E Tue 2031-05-06. A date without a year is read as the
one nearest its record's reference date (v2_validate year_from_today)."""

A, B, C, D, E = "2031-01-14", "2031-02-12", "2031-03-11", "2031-04-02", "2031-05-06"
