"""Language exactly: neighbours of the five languages and a paragraph in another language are flagged."""

from __future__ import annotations

from datetime import date

import pytest

from composer.facts import check_draft
from composer.facts.language import judge
from composer.models import Language, Situation

TODAY = date(2024, 3, 1)


@pytest.mark.parametrize(
    ("text", "want", "reads_as"),
    [
        ("Jeg skriver til deg fordi jeg dessverre ikke kan komme på møtet vårt på torsdag. Kan vi finne en ny tid neste uke?", "sv", "Norwegian"),
        ("Jeg skriver til dig, fordi jeg desværre ikke kan deltage i vores møde på torsdag. Kan vi finde et nyt tidspunkt i næste uge?", "sv", "Danish"),
        ("Ich schreibe Ihnen, weil ich leider nicht an unserem Termin am Donnerstag teilnehmen kann. Können wir einen neuen Termin finden?", "nl", "German"),
        ("Le escribo porque lamentablemente no podré asistir a nuestra reunión del jueves. ¿Podemos buscar otra fecha la próxima semana?", "it", "Spanish"),
        ("Escrevo-lhe porque infelizmente não poderei comparecer à nossa reunião de quinta-feira. Podemos marcar outra data na próxima semana?", "it", "Portuguese"),
    ],
)
def test_neighbours_are_told_apart(text: str, want: str, reads_as: str) -> None:
    assert judge(text, Language(want)) == reads_as


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Jag skriver till dig eftersom jag tyvärr inte kan komma på vårt möte på torsdag. Kan vi hitta en ny tid nästa vecka?", "sv"),
        ("Ik schrijf u omdat ik helaas niet aanwezig kan zijn bij onze afspraak op donderdag. Kunnen we volgende week een nieuw moment vinden?", "nl"),
        ("Le scrivo perché purtroppo non potrò partecipare al nostro incontro di giovedì. Possiamo trovare un'altra data la prossima settimana?", "it"),
    ],
)
def test_the_right_language_passes(text: str, lang: str) -> None:
    assert judge(text, Language(lang)) is None


def test_an_english_paragraph_in_an_italian_draft_is_flagged() -> None:
    s = Situation.model_validate(dict(language="it", intent="decline", tone="formal", relationship="regular",
                                      recipient_name="Giulia Bianchi", sender_name="Marco Rossi",
                                      meeting="la revisione del progetto", meeting_time="giovedì 14 marzo alle 10:00"))
    body = (
        "Gentile Giulia Bianchi,\n\npurtroppo non potrò partecipare alla revisione del progetto di giovedì 14 marzo alle 10:00, "
        "e me ne scuso sinceramente per il poco preavviso.\n\n"
        "I would be happy to go through the open points by email in the meantime, if that works for you.\n\n"
        "Cordiali saluti,\nMarco Rossi"
    )
    issues = [i for i in check_draft(s, "Revisione del progetto", body, today=TODAY) if i.kind == "language"]
    assert len(issues) == 1 and "English" in issues[0].message and "Italian" in issues[0].message, issues
    a, b = issues[0].span
    assert f"Revisione del progetto\n{body}"[a:b].startswith("I would be happy")


def test_an_english_sentence_inside_an_italian_paragraph_is_flagged() -> None:
    s = Situation.model_validate(dict(language="it", intent="decline", tone="formal", relationship="regular",
                                      recipient_name="Giulia Bianchi", sender_name="Marco Rossi",
                                      meeting="la revisione del progetto", meeting_time="giovedì 14 marzo alle 10:00"))
    body = (
        "Gentile Giulia Bianchi,\n\npurtroppo non potrò partecipare alla revisione del progetto di giovedì 14 marzo alle 10:00, "
        "a causa di un impegno con un altro cliente che non posso spostare. I hope you understand and thank you for your patience. "
        "Resto a Sua disposizione per trovare insieme un'altra data.\n\nCordiali saluti,\nMarco Rossi"
    )
    issues = [i for i in check_draft(s, "Revisione del progetto", body, today=TODAY) if i.kind == "language"]
    assert len(issues) == 1 and "sentence reads as English" in issues[0].message, issues


@pytest.mark.parametrize("lang,meeting,subject,closing", [
    ("it", "il nostro primo meeting su Teams", "Primo meeting su Teams: per ora via email?", "A presto,\nSara"),
    ("it", "la weekly call su Teams", "Weekly call su Teams: per ora via email?", "A presto,\nSara"),
    ("it", "il kick-off call su Teams", "Kick-off call su Teams: per ora via email?", "A presto,\nSara"),
])
def test_a_subject_made_of_the_users_loanwords_is_not_a_foreign_paragraph(lang: str, meeting: str, subject: str, closing: str) -> None:
    """The meeting's own words ("call su Zoom", "email") may be English; what is left of the line is too short to judge."""
    s = Situation.model_validate(dict(language=lang, intent="switch_to_email", tone="friendly", relationship="new",
                                      recipient_name="Ludovica", sender_name="Sara", meeting=meeting,
                                      meeting_time="venerdì 15 marzo alle 9:30"))
    body = f"Ciao Ludovica,\n\nper ora ti propongo di procedere via email invece di fare {meeting}.\n\n{closing}"
    issues = [i for i in check_draft(s, subject, body, today=TODAY) if i.kind == "language"]
    assert not issues, issues


def test_an_english_subject_is_still_flagged_around_the_users_words() -> None:
    s = Situation.model_validate(dict(language="it", intent="switch_to_email", tone="friendly", relationship="new",
                                      recipient_name="Ludovica", sender_name="Sara", meeting="la nostra prima call su Zoom",
                                      meeting_time="venerdì 15 marzo alle 9:30"))
    body = ("Ciao Ludovica,\n\nti propongo di procedere via email invece della nostra prima call su Zoom.\n\n"
            "We would be very happy to send you all the documents by email before the end of the week.\n\nA presto,\nSara")
    issues = [i for i in check_draft(s, "Prima call su Zoom", body, today=TODAY) if i.kind == "language"]
    assert issues and "English" in issues[0].message, issues
