"""The five v25 reference dates (second half of 2034, none used by dev/test/v2..v24): A Mon 2034-09-11,
B Tue 2034-10-17, C Wed 2034-11-22, D Thu 2034-09-28, E Fri 2034-10-06. A date without a year is read as the
one nearest its record's reference date (v2_validate year_from_today)."""

A, B, C, D, E = "2034-09-11", "2034-10-17", "2034-11-22", "2034-09-28", "2034-10-06"
