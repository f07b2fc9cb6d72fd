"""The signature puts the person first when a firm named by its trade is typed after the name (v15 review, en:
"Claire Dunmore | Northgate Accounts" was signed "Northgate Accounts / Claire Dunmore"). Own names, not the review's."""

from __future__ import annotations

import pytest

from composer.writers.plan import signature


@pytest.mark.parametrize(("typed", "expected"), [
    ("Maeve Corrigan | Lisburn Accounts", "Maeve Corrigan\nLisburn Accounts"),
    ("Pieter Smulders - Smulders Tax Advisers", "Pieter Smulders\nSmulders Tax Advisers"),
    ("Harbourside Lettings | Owen Pryce", "Owen Pryce\nHarbourside Lettings"),
    ("Giulia Ferrante / Ferrante Logistics", "Giulia Ferrante\nFerrante Logistics"),
    ("Oskar Lindqvist", "Oskar Lindqvist"),
])
def test_the_person_signs_first_and_the_firm_follows(typed: str, expected: str) -> None:
    assert signature(typed) == expected
