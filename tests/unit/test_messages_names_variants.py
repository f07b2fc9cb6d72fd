"""Names in messages written for this test (not the labelled set): an Irish surname particle under a sign-off
not in the closing list's exact words, and Flemish greetings that greet nobody."""

from __future__ import annotations

from datetime import date

import pytest

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


# (message, the client's name, the user's name): "McAllister", a hyphenated name in brackets, "Thx, Priya",
# "Groetjes van Sanne", a signature line with the company and phone, academic and courtesy titles.
SIGNED = [
("Hi Tom,\n\nCan we meet Thursday?\n\nBest regards\n\nDr. Sarah O'Connor-Smith\nHead of Finance","Sarah O'Connor-Smith","Tom"),
("Dear Mr. van der Berg,\n\nCould we meet Thursday?\n\nSincerely,\nJames McAllister","James McAllister","van der Berg"),
("Buongiorno Avv. De Luca,\n\npossiamo vederci giovedì?\n\nCordiali saluti,\nIng. Maria Grazia Esposito","Maria Grazia Esposito","De Luca"),
("Hej Björn!\n\nKan vi ses på torsdag?\n\nHälsningar,\nAnna-Karin Lövgren","Anna-Karin Lövgren","Björn"),
("Beste meneer De Vries,\n\nKunnen we donderdag afspreken?\n\nMet vriendelijke groet,\n\nJ.P. (Jan-Pieter) Bakker","J.P. (Jan-Pieter) Bakker","De Vries"),
("Chère Madame Lefèvre,\n\nPourrions-nous nous voir jeudi ?\n\nJe vous prie d'agréer, Madame, l'expression de mes salutations distinguées.\n\nFrançois-Xavier Dubois","François-Xavier Dubois","Lefèvre"),
("Hi Tom, quick one - can we do Thursday instead? Thx, Priya","Priya","Tom"),
("Ciao Giulia, giovedì va bene? Un abbraccio, Chiara","Chiara","Giulia"),
("Hallo Pieter,\n\nKan donderdag ook?\n\nGroetjes van Sanne","Sanne","Pieter"),
("Hej Erik,\n\nFunkar torsdag?\n\nBästa hälsningar\nJohan Ek | Ek Konsult AB | 070-123 45 67","Johan Ek","Erik"),
("Good morning Dr Patel,\n\nCould we meet Thursday?\n\nWarm wishes,\nEmma","Emma","Patel"),
("Salve Prof. Ricci,\n\npotremmo vederci giovedì?\n\nGrazie e buona giornata,\nMarco","Marco","Ricci"),
]



@pytest.mark.parametrize(("text", "client", "user"), SIGNED, ids=[c[1] for c in SIGNED])
def test_names_in_signatures_and_greetings(text: str, client: str, user: str) -> None:
    out = extract(text, today=TODAY)
    assert (out.recipient_name, out.sender_name) == (client, user)


def test_a_greeted_name_may_start_with_its_particle() -> None:
    out = extract("Dear Ms. Ó Súilleabháin,\n\nCan we meet Thursday at 10?\n\nJo", today=TODAY)
    assert out.sender_name == "Ó Súilleabháin"
    assert extract("Hi de team,\n\nCan we meet Thursday at 10?\n\nJo", today=TODAY).sender_name is None
