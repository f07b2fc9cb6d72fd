"""Names written the short way (a dash after the greeted name, a dash before the signing one) and a signature
with initials and a bracketed first name; messages written for this test."""

from __future__ import annotations

from datetime import date

from composer.messages import extract

TODAY = date(2026, 12, 9)


def test_dash_greeting_and_dash_sign_off():
    found = extract("Max – really sorry, I can't make our 3pm today after all. Can we do Friday at 10? Thanks! – Ola", today=TODAY)
    assert found.sender_name == "Max"
    assert found.recipient_name == "Ola"


def test_time_of_day_opening_is_no_name():
    found = extract("Evening – quick one: could we meet on Thursday 17 December at 2pm?\n\nCheers,\nOla Nordmann", today=TODAY)
    assert found.sender_name is None
    assert found.recipient_name == "Ola Nordmann"


def test_initials_and_bracketed_first_name_in_signature():
    text = ("Geachte heer De Wit,\n\nZou dinsdag 15 december om 11 uur u schikken voor een kennismaking?\n\n"
            "Met vriendelijke groet,\n\nir. P.J. (Piet) de Boer\nDirecteur\nDe Boer Installaties")
    found = extract(text, today=TODAY)
    assert found.recipient_name == "P.J. (Piet) de Boer"
    assert found.meeting_time == "dinsdag 15 december om 11 uur"


def test_a_sentence_before_a_name_is_no_sign_off_without_a_dash():
    found = extract("Hi Tom,\n\nI can't make tomorrow at 9, sorry. I talked to Dr. Jones", today=TODAY)
    assert found.recipient_name != "Jones"
