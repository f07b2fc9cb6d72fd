"""Meeting families (extract9): a subject line's message-type word is not the meeting, what is said of the meeting
("va benissimo") is not its name, a dash aside after "walk us through X" is not the topic. Messages written here."""

from __future__ import annotations

from datetime import date

import pytest

from composer.messages.extract import extract
from composer.messages.topic import in_subject
from composer.models import Language as L


@pytest.mark.parametrize("subject,lang,expected", [
    ("Uitnodiging ledenavond jeugdvoetbal", L.nl, "ledenavond jeugdvoetbal"),
    ("Gemiste afspraak APK-keuring", L.nl, "APK-keuring"),
    ("Missade massagen", L.sv, "massagen"),
    ("Inbjudan till årsstämman", L.sv, "årsstämman"),
    ("Invitation: Wine tasting evening", L.en, "Wine tasting evening"),
    ("Invitation à la soirée des partenaires", L.fr, "la soirée des partenaires"),
])
def test_the_subject_line_s_message_type_word_goes(subject: str, lang: L, expected: str) -> None:
    found = in_subject(subject, lang)
    assert found is not None and found.text == expected


def test_a_subject_without_a_type_word_is_unchanged() -> None:
    found = in_subject("Afspraak onderhoud dak", L.nl)
    assert found is not None and found.text == "Afspraak onderhoud dak"


@pytest.mark.parametrize("lang,text,expected", [
    (L.it, "Buongiorno,\nper il workshop sul bilancio va benissimo la prima opzione, lunedì 8 dalle 9 alle 13.", "il workshop sul bilancio"),
    (L.fr, "Bonjour,\npour l'atelier sur la paie convient parfaitement le jeudi 11 mars.", "l'atelier sur la paie"),
])
def test_what_is_said_of_the_meeting_is_not_its_name(lang: L, text: str, expected: str) -> None:
    assert extract(text, today=date(2027, 3, 1), language=lang).meeting == expected


def test_a_dash_aside_after_the_topic_is_not_the_topic() -> None:
    text = ("Hi Ana,\nWe'd love for you to walk us through the new grant rules — about 20 minutes, "
            "any time that morning.\nBest, Tom")
    got = extract(text, today=date(2027, 3, 1), language=L.en)
    assert got.meeting == "the new grant rules"


@pytest.mark.parametrize("subject,lang,expected", [
    ("Prova abito – matrimonio Giulia e Marco", L.it, "Prova abito"),
    ("Convocazione – comitato di quartiere", L.it, "comitato di quartiere"),
    ("Request to reschedule: annual budget review", L.en, "annual budget review"),
])
def test_the_first_part_of_a_subject_that_says_something_names_the_meeting(subject: str, lang: L, expected: str) -> None:
    found = in_subject(subject, lang)
    assert found is not None and found.text == expected


@pytest.mark.parametrize("lang,text,expected", [
    (L.en, "Hi,\nI was billed for Sam's piano theory lesson on 2 March. Why?\nAl", "piano theory lesson"),
    (L.nl, "Hoi,\nDe kwartaalreview van het marketingplan staat voor vrijdag 5 maart. Kan Ilse aansluiten?\nBas",
     "De kwartaalreview van het marketingplan"),
    (L.sv, "Hej,\nKan vi flytta föreläsningen om stresshantering till torsdag 4 mars kl 10?\nAnna", "föreläsningen om stresshantering"),
    (L.sv, "Hej,\nStyrelsen vill att du kommer till vårt sammanträde ons 3 mars kl. 15.\nAnna", "sammanträde"),
])
def test_compound_and_possessive_meeting_nouns(lang: L, text: str, expected: str) -> None:
    assert extract(text, today=date(2027, 3, 1), language=lang).meeting == expected


@pytest.mark.parametrize("subject,lang,expected", [
    ("Présentation du plan de mobilité – mairie de Namur", L.fr, "Présentation du plan de mobilité"),
    ("Presentazione del bilancio sociale", L.it, "Presentazione del bilancio sociale"),
    ("Presentation of the audit results", L.en, "Presentation of the audit results"),
])
def test_a_presentation_of_something_keeps_its_noun(subject: str, lang: L, expected: str) -> None:
    found = in_subject(subject, lang)
    assert found is not None and found.text == expected


def test_a_meeting_about_something_still_names_what_it_is_about() -> None:
    found = in_subject("Réunion sur le budget 2028", L.fr)
    assert found is not None and found.text == "le budget 2028"


def test_what_the_client_cannot_proceed_with_is_the_meeting() -> None:
    text = ("Dear Mr Ode,\nWe regret that we will not be able to proceed with the forklift certification scheduled for Friday 12 March. "
            "Please advise on the deposit.\nKind regards,\nAda")
    assert extract(text, today=date(2027, 3, 1), language=L.en).meeting == "the forklift certification"


@pytest.mark.parametrize("lang,text,expected", [
    (L.fr, "Bonjour,\nNous aimerions réserver votre atelier poterie japonaise pour notre équipe (12 personnes) en mars. "
           "Quelles sont vos conditions si quelqu'un annule ?", "atelier poterie japonaise"),
    (L.en, "Hello,\nWe'd like to book a workshop on negotiation for our staff in April.", "workshop on negotiation"),
])
def test_who_a_meeting_is_for_is_not_what_it_is(lang: L, text: str, expected: str) -> None:
    got = extract(text, today=date(2027, 3, 1), language=lang).meeting
    assert got == expected


def test_a_named_place_after_the_topic_is_not_part_of_it() -> None:
    text = "Beste heer Smit,\nKunnen we de keuring van onze lift aan de Stationsweg verplaatsen naar dinsdag 9 maart?\nGroet, Eva"
    assert extract(text, today=date(2027, 3, 1), language=L.nl).meeting == "de keuring van onze lift"
