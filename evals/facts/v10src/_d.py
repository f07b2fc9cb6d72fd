"""The five v10 reference dates (none used by dev/test/v2..v9), all in the first half of 2027:
A Wed 2027-02-03, B Tue 2027-03-23, C Wed 2027-04-14, D Tue 2027-05-04, E Wed 2027-06-02."""

A, B, C, D, E = "2027-02-03", "2027-03-23", "2027-04-14", "2027-05-04", "2027-06-02"
