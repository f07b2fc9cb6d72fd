"""What the meeting is, in messages written for this test (not the labelled set): a coffee, a fika, a demo, an
audit; a number before the noun; a symbol or a participle ends the name; a meeting that clashes with the
client's is not the one the message is about; "från" (the time's "from") ends a Swedish topic."""

from __future__ import annotations

from datetime import date

import pytest

from composer.messages import extract

TODAY = date(2027, 3, 7)

CASES = [
    ("Hi Tom,\nWould you be up for a quick coffee on Tuesday at 9?\nJess", "quick coffee"),
    ("Hej Ola!\nSka vi ta en fika på onsdag kl 15?\n/Lisa", "fika"),
    ("Salut Léa,\nje ne pourrai pas jeudi 10h pour la démo du nouveau portail, désolé.\nMarc", "la démo du nouveau portail"),
    ("Buongiorno,\ndobbiamo annullare l'audit del 12 marzo per un imprevisto.\nCordiali saluti\nRenato", "l'audit"),
    ("Bonjour,\nNous souhaiterions planifier deux ateliers de design pour notre équipe produit en avril.\nCordialement,\nAnne", "deux ateliers de design"),  # "notre équipe" is the client's side: left out (extract6)
    ("Ciao,\nscusa, domani non riesco per la call sul budget 🙈 ho un imprevisto.\nGiulia", "la call sul budget"),
    ("Buongiorno,\nho ricevuto la fattura per la sessione di coaching cancellata lunedì scorso. Quali sono le condizioni?\nMara", "la sessione di coaching"),
    ("Hej Frida,\nVår vd har fått ett styrelsemöte som krockar med intervjun på måndag kl. 10. Kan vi flytta den?\nIngela", "intervjun"),
    ("Hi Dan,\nI have a board meeting that clashes with the design review on Monday at 10. Could we move it?\nOllie", "the design review"),
    ("Hej!\nKan vi flytta mötet om budgeten från tisdag kl 13 till onsdag kl 13?\n/Jenny", "mötet om budgeten"),
]


@pytest.mark.parametrize(("text", "meeting"), CASES, ids=[c[1] for c in CASES])
def test_meeting(text: str, meeting: str) -> None:
    out = extract(text, today=TODAY)
    assert out.meeting == meeting
    ev = out.evidence["meeting"]
    assert text[ev.start:ev.end] == meeting


def test_a_clash_without_a_second_meeting_keeps_the_first() -> None:
    out = extract("Hi Dan,\nSorry, our call clashes with a flight on Monday. Could we do Tuesday at 10?\nOllie", today=TODAY)
    assert out.meeting is not None and "call" in out.meeting
