"""The five v17 reference dates (second half of 2030, none used by dev/test/v2..v16): A Tue 2030-07-16,
B Wed 2030-08-21, C Tue 2030-09-17, D Wed 2030-10-16, E Tue 2030-11-19. A date without a year is read as the
one nearest its record's reference date (v2_validate year_from_today)."""

A, B, C, D, E = "2030-07-16", "2030-08-21", "2030-09-17", "2030-10-16", "2030-11-19"
