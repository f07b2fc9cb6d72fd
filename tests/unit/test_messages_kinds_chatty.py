"""Kinds and the meeting's time in messages written for this test (not the labelled set): chatty invitations
(a coffee, a fika, "ça te dirait", "ti andrebbe", "zin om"), a move asked in a conditional question ("funkar det
om vi flyttar"), an adverb inside an absence ("j'ai bêtement raté"), "si tard" that is no condition, a bill
disputed beside the terms, a late "cannot make it" that asks to move in so many words."""

from __future__ import annotations

from datetime import date

import pytest

from composer.messages import extract

TODAY = date(2027, 3, 7)  # a Sunday

CASES = [
    ("invitation", "Hi Tom,\nFancy a coffee on Thursday at 9 to go over the launch plan?\nJess"),
    ("invitation", "Salut Léa,\nÇa te dirait un café mercredi vers 10h pour parler du salon ?\nMarc"),
    ("invitation", "Ciao Anna!\nTi andrebbe un caffè martedì alle 11 per parlare del catalogo?\nLuca"),
    ("invitation", "Hoi Sanne,\nZin om donderdag te lunchen en de offerte door te nemen?\nGroet, Bram"),
    ("invitation", "Hej Ola!\nSka vi ta en fika på onsdag kl 15 och prata om budgeten?\n/Lisa"),
    ("reschedule_request", "Hej Ola!\nFunkar det om vi flyttar mötet från tisdag kl 10 till onsdag samma tid?\n/Lisa"),
    ("reschedule_request", "Hi Tom,\nCould we push Monday's 10am review back a bit? Tuesday at 2pm would work.\nJess"),
    ("absence_notice", "Bonjour Madame,\nJ'ai bêtement raté notre rendez-vous de jeudi à 15h. Seriez-vous libre lundi à 10h ?\nPaul"),
    ("cancellation", "Bonjour Paul,\nDésolée de vous prévenir si tard, mais nous devons annuler la réunion de demain 9h.\nCordialement,\nAnne"),
    ("policy_question", "Hej,\nVi har fått en faktura för kursen som vi avbokade. Stämmer det? Jag hittar inga avbokningsvillkor i avtalet.\nHälsningar\nEva"),
    ("policy_question", "Buongiorno,\nho ricevuto la fattura per il corso annullato. Quali sono le condizioni di cancellazione?\nGrazie,\nMara"),
    ("reschedule_request", "Ciao Paolo,\ndomani alle 9 non ce la faccio più. Possiamo spostarla a giovedì alle 9?\nGiulia"),
]


@pytest.mark.parametrize("kind,text", CASES, ids=[f"{k}-{i}" for i, (k, _) in enumerate(CASES)])
def test_kind(kind: str, text: str) -> None:
    assert extract(text, today=TODAY).kind.value == kind


def test_a_late_cancellation_without_a_move_word_stays_one() -> None:
    out = extract("Ciao Paolo,\ndomani alle 9 non ce la faccio, mi dispiace. Ci sentiamo la settimana prossima.\nGiulia", today=TODAY)
    assert out.kind.value == "cancellation" and out.late


def test_a_chatty_invitation_has_its_time_as_the_meetings() -> None:
    out = extract("Hej Ola!\nSka vi ta en fika på onsdag kl 15 och prata om budgeten?\n/Lisa", today=TODAY)
    assert out.meeting_time == "onsdag kl 15" and out.proposed_times == []
    assert out.evidence["meeting_time"].resolved == "2027-03-10T15:00:00"


def test_an_invitation_names_the_day_not_the_week_around_it() -> None:
    out = extract("Hoi Sanne,\n\nZin om volgende week te lunchen? Dinsdag 9 maart om 12.30 zou mij goed uitkomen.\n\nGroet,\nBram", today=TODAY)
    assert out.meeting_time == "Dinsdag 9 maart om 12.30" and out.proposed_times == []


def test_an_alternative_is_a_proposal() -> None:
    out = extract("Hej Ola!\nKan vi flytta mötet från tisdag kl 10 till onsdag kl 10? Alternativt torsdag 11/3 kl 14.\n/Lisa", today=TODAY)
    assert out.meeting_time == "tisdag kl 10"
    assert out.proposed_times == ["onsdag kl 10", "torsdag 11/3 kl 14"]
