"""The five v23 reference dates (second half of 2033, none used by dev/test/v2..v22): A Mon 2033-09-05,
B Tue 2033-09-20, C Wed 2033-10-05, D Thu 2033-11-17, E Fri 2033-12-02. A date without a year is read as the
one nearest its record's reference date (v2_validate year_from_today)."""

A, B, C, D, E = "2033-09-05", "2033-09-20", "2033-10-05", "2033-11-17", "2033-12-02"
