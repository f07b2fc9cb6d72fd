"""The five v24 reference dates (first half of 2034, none used by dev/test/v2..v23): A Mon 2034-01-16,
B Tue 2034-02-07, C Wed 2034-03-08, D Thu 2034-03-23, E Fri 2034-02-24. A date without a year is read as the
one nearest its record's reference date (v2_validate year_from_today)."""

A, B, C, D, E = "2034-01-16", "2034-02-07", "2034-03-08", "2034-03-23", "2034-02-24"
