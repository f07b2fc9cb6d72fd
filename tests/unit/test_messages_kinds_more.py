"""Kinds of client messages written for this test (not the labelled set), one cue family each."""

from __future__ import annotations

from datetime import date

import pytest

from composer.messages import extract

TODAY = date(2026, 12, 9)

CASES = [
    ("invitation", "Dear Mr Grant,\n\nWe would be delighted to welcome you for a presentation of our new range on Tuesday 15 December at 11:00.\n\nYours sincerely,\nLaura Bell"),
    ("cancellation", "Hi Mark,\n\nSorry but we'll have to call off tomorrow's session — half the team is down with flu.\n\nRegards,\nJane"),
    ("policy_question", "Bonjour,\n\nPouvez-vous me rappeler vos conditions en cas d'annulation moins de 24h avant ? Merci.\n\nCordialement,\nLuc Henry"),
    ("absence_notice", "Ciao Marta,\n\nscusa, oggi alle 15 non mi sono presentato perché avevo segnato l'appuntamento per domani. Possiamo recuperare?\n\nPaolo"),
    ("reschedule_request", "Hej Johan,\n\nSkulle vi kunna flytta vårt möte på torsdag till fredag samma tid?\n\nHälsningar\nAnna"),
    ("invitation", "Beste Joost,\n\nIk wil je graag uitnodigen voor een lunch op vrijdag 18 december om 12.30 uur.\n\nGroet,\nMarieke"),
    ("cancellation", "Goedemorgen,\n\nHet overleg van vanmiddag gaat helaas niet door wegens ziekte.\n\nMvg\nHenk"),
    ("absence_notice", "Dear Sarah,\n\nI must apologise for not joining the workshop this morning at 9:30. Could we meet on Monday 14 December at 10:00?\n\nBest regards,\nÉtienne"),
    ("cancellation", "Monsieur,\n\nM. Arvel ne pourra pas assister au comité de ce jour, 11h00. Il vous prie de l'excuser.\n\nCordialement,\nLucie Caron"),
    ("absence_notice", "Dag mevrouw Bakker,\n\nMijn excuses dat ik niet op onze afspraak van vrijdag om 14 uur ben geraakt. Past maandag om 10 uur?\n\nGroeten,\nWouter"),
    ("other", "Hoi Pieter,\n\nTop, dan zien we elkaar woensdag om 10 uur. Zou je de presentatie vooraf kunnen mailen?\n\nGroet,\nJeroen"),
]


@pytest.mark.parametrize("kind,text", CASES, ids=[f"{k}-{i}" for i, (k, _) in enumerate(CASES)])
def test_kind(kind, text):
    assert extract(text, today=TODAY).kind.value == kind
