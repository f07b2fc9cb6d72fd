"""Asking whether someone is free or can join is an invitation, in five languages (messages written for this test)."""

from __future__ import annotations

from datetime import date

import pytest

from composer.messages import extract
from composer.messages.models import Kind

TODAY = date(2026, 12, 9)


@pytest.mark.parametrize("text", [
    "Hey Sam,\nYou around Friday morning to go over the budget?\nCheers,\nKim",
    "Sam, passing this on in case you can join. It'd help to have you there.\nKim",
    "Salut Paul,\nTu es libre jeudi pour passer en revue le devis ?\nBises,\nEmma",
    "Ciao Marco,\nsei libero giovedì per rivedere il preventivo?\nA presto,\nSara",
    "Hoi Pieter,\nBen je vrij op donderdag om de offerte door te lopen?\nGroet,\nEls",
])
def test_asking_if_free_or_able_to_join_invites(text):
    assert extract(text, today=TODAY).kind is Kind.invitation


def test_a_cancellation_that_mentions_going_over_stays_a_cancellation():
    text = "Hi Sam,\nI'm afraid I have to cancel Friday's session where we'd go over the budget.\nSorry,\nKim"
    assert extract(text, today=TODAY).kind is Kind.cancellation
