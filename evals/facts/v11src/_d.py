"""The five v11 reference dates (second half of 2027, none used by dev/test/v2..v10): A Tue 2027-07-13,
B Mon 2027-08-23, C Thu 2027-09-16, D Fri 2027-10-08, E Wed 2027-11-10. No December dates (the weekday reader
takes a December date without a year as 2026)."""

A, B, C, D, E = "2027-07-13", "2027-08-23", "2027-09-16", "2027-10-08", "2027-11-10"
