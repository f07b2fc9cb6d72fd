"""The five v20 reference dates (first half of 2032, none used by dev/test/v2..v19): A Tue 2032-01-13,
B Wed 2032-02-11, C Thu 2032-03-11, D Tue 2032-04-13, E Wed 2032-05-12. A date without a year is read as the
one nearest its record's reference date (v2_validate year_from_today)."""

A, B, C, D, E = "2032-01-13", "2032-02-11", "2032-03-11", "2032-04-13", "2032-05-12"
