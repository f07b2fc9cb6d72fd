"""Names in messages written for this test (not the labelled set): an Irish surname particle under a sign-off
not in the closing list's exact words, and Flemish greetings that greet nobody."""

from __future__ import annotations

from datetime import date

from composer.messages import extract

TODAY = date(2027, 3, 7)


def test_irish_particle_under_thanks_a_million() -> None:
    out = extract("Hi Aoife,\n\nCould we meet on Tuesday at 10?\n\nThanks a million,\nSeán Ó Briain\nÓ Briain Design", today=TODAY)
    assert out.recipient_name == "Seán Ó Briain"
    assert out.sender_name == "Aoife"


def test_ni_particle() -> None:
    out = extract("Dear Tom,\n\nI cannot make Friday's call.\n\nKind regards,\nMáire Ní Bhriain", today=TODAY)
    assert out.recipient_name == "Máire Ní Bhriain"


def test_flemish_greeting_greets_nobody() -> None:
    for hello in ("Goeiemiddag,", "Goeiemorgen,", "Goedendag,"):
        out = extract(f"{hello}\n\nWat zijn uw annuleringsvoorwaarden?\n\nMet vriendelijke groeten\n\nTine Peeters", today=TODAY)
        assert out.sender_name is None, hello
        assert out.recipient_name == "Tine Peeters"
