"""The five v9 reference dates (none used by dev/test/v2..v8): A Wed 2027-01-20, B Thu 2027-03-11,
C Tue 2027-06-08, D Thu 2027-08-12, E Wed 2027-10-13."""

A, B, C, D, E = "2027-01-20", "2027-03-11", "2027-06-08", "2027-08-12", "2027-10-13"
