"""Families of phrasings read in round extract7 (messages written for these tests, not taken from any eval set)."""

from __future__ import annotations

from datetime import date

import pytest

from composer.messages.extract import extract

TODAY = date(2026, 12, 7)


def test_glisser_moves_a_session():
    found = extract("Salut Paul,\n\nPour notre atelier vidéo de mardi 10h : on peut glisser à mercredi même heure ?\n\nBises,\nJade", today=TODAY)
    assert found.kind.value == "reschedule_request"
    assert found.meeting_time == "mardi 10h"
