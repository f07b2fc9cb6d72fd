"""Names exact, natural forms allowed; places and companies nobody gave are flagged."""

from __future__ import annotations

from datetime import date

import pytest

from composer.facts import check_draft
from composer.facts.names import edit_distance, near_miss
from composer.models import Language, Situation

TODAY = date(2024, 3, 1)


def sit(**kw: object) -> Situation:
    data: dict = dict(language="fr", intent="decline", tone="formal", relationship="regular",
                      recipient_name="Claire Dubois", sender_name="Julien Moreau", meeting="la revue du compte",
                      meeting_time="jeudi 14 mars à 10 h")
    data.update(kw)
    return Situation.model_validate(data)


def name_issues(s: Situation, body: str) -> list[str]:
    return [i.message for i in check_draft(s, "Objet", body, today=TODAY) if i.kind in ("name", "invented", "missing")]


FR = "{greet}\n\nJe ne pourrai malheureusement pas assister à la revue du compte du jeudi 14 mars à 10 h. Je reste à votre disposition.\n\nCordialement,\nJulien Moreau"


@pytest.mark.parametrize("greet", ["Chère Madame Dubois,", "Madame Dubois,", "Chère Claire Dubois,", "Bonjour Claire,"])
def test_natural_forms_of_the_recipient_are_accepted(greet: str) -> None:
    assert name_issues(sit(), FR.format(greet=greet)) == []


@pytest.mark.parametrize(
    ("recipient", "greet", "lang"),
    [
        ("Mme Sophie Lefèvre", "Madame Lefèvre,", "fr"),
        ("de heer Willem Bakker", "Geachte heer Bakker,", "nl"),
        ("Dott.ssa Giulia Rossi", "Gentile Dott.ssa Rossi,", "it"),
        ("Karin Lindqvist", "Hej Karin!", "sv"),
    ],
)
def test_titles_in_the_situation_and_in_the_greeting(recipient: str, greet: str, lang: str) -> None:
    s = sit(recipient_name=recipient)
    assert not [i for i in check_draft(s, "x", f"{greet}\n\nla revue du compte, jeudi 14 mars à 10 h.\n\nJulien Moreau", today=TODAY) if i.kind in ("name", "missing") and "recipient" in i.message or i.kind == "name"]


@pytest.mark.parametrize(
    ("given", "written"),
    [("Eva Bakker", "Eva Bakkers"), ("Ing. Marco Brambilla", "Ing. Brambati"), ("Claire Dubois", "Claire Dubos"), ("Karin Lindqvist", "Karin Lindquist")],
)
def test_near_miss_names_are_flagged(given: str, written: str) -> None:
    s = sit(recipient_name=given)
    issues = name_issues(s, FR.format(greet=f"Bonjour {written},"))
    assert any("is not a given name" in m for m in issues), issues


def test_near_miss_is_told_what_to_write() -> None:
    s = sit(colleague_name="Eva Bakker", intent="delegate")
    body = FR.format(greet="Madame Dubois,").replace("Je reste", "Ma collègue Eva Bakkers prendra le relais. Je reste")
    issues = check_draft(s, "Objet", body, today=TODAY)
    assert any(i.kind == "name" and "'Bakkers'" in i.message and "'Bakker'" in i.message for i in issues), issues


def test_a_changed_place_in_the_meeting_is_flagged() -> None:
    s = sit(language="sv", recipient_name="Karin Lindqvist", sender_name="Erik Johansson", meeting="mötet om mässan i Göteborg",
            meeting_time="torsdag 14 mars kl. 10.00", tone="friendly")
    ok = "Hej Karin!\n\nTyvärr kan jag inte komma på mötet om mässan i Göteborg torsdag 14 mars kl. 10.00. Hör gärna av dig.\n\nHälsningar,\nErik Johansson"
    assert name_issues(s, ok) == []
    bad = ok.replace("mässan i Göteborg", "mässan i Malmö")
    assert any("'Malmö'" in m for m in name_issues(s, bad))


def test_an_invented_company_is_flagged_and_words_of_the_reason_are_not() -> None:
    s = sit(reason="un rendez-vous imprévu chez Renault")
    ok = FR.format(greet="Madame Dubois,").replace("Je reste", "J'ai un rendez-vous imprévu chez Renault. Je reste")
    assert name_issues(s, ok) == []
    bad = ok.replace("Renault", "Peugeot")
    assert any("'Peugeot'" in m for m in name_issues(s, bad))


def test_edit_distance_and_genitives() -> None:
    assert edit_distance("bakkers", "bakker") == 1
    assert near_miss("Karins", ["Karin"], Language.sv) is None  # Swedish genitive
    assert near_miss("Bakkers", ["Bakker"], Language.nl) == "Bakker"
    assert near_miss("Posso", ["Rossi"]) is None  # an Italian verb, not a misspelt surname


@pytest.mark.parametrize(
    ("given", "greet", "flagged"),
    [("Dott.ssa Giulia Rossi", "Gentile Dottoressa Rossi,", False), ("Giulia Rossi", "Gentile Dott.ssa Rossi,", True),  # round 27: "Dott.ssa" nobody gave is invented
     ("Giulia Rossi", "Gentile Signora Rossi,", False),
     ("Giulia Rossi", "Gentile Prof.ssa Rossi,", True),
     ("Claire Dubois", "Chère Docteur Dubois,", True), ("Claire Dubois", "Chère Madame Dubois,", False)],
)
def test_an_academic_title_nobody_gave_is_invented(given: str, greet: str, flagged: bool) -> None:
    issues = check_draft(sit(recipient_name=given), "Objet", FR.format(greet=greet), today=TODAY)
    assert any("title" in i.message for i in issues) is flagged, issues
