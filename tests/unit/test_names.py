"""Names are taken apart and greeted as a native professional would, in all five languages."""

from __future__ import annotations

import pytest

from composer.models import Language
from composer.names import forms, greeting, parse_name, short


@pytest.mark.parametrize("typed,title,first,surname", [
    ("Mme Sophie Lefèvre", "mme", "Sophie", "Lefèvre"),
    ("M. Jean Dupont", "m", "Jean", "Dupont"),
    ("de heer Willem Bakker", "heer", "Willem", "Bakker"),
    ("mevr. S. van der Berg", "mevr", "S.", "van der Berg"),
    ("Sanne de Vries", "", "Sanne", "de Vries"),
    ("Dott.ssa Giulia Bianchi", "dott.ssa", "Giulia", "Bianchi"),
    ("Ing. Paolo Verdi", "ing", "Paolo", "Verdi"),
    ("Ms. Rachel Thompson", "ms", "Rachel", "Thompson"),
    ("Prof. Jane Smith", "prof", "Jane", "Smith"),
    ("Karin Holm", "", "Karin", "Holm"),
    ("Jean Pierre Dupont", "", "Jean Pierre", "Dupont"),
    ("Sig.ra Rossi", "sig.ra", "", "Rossi"),
])
def test_parse(typed: str, title: str, first: str, surname: str) -> None:
    n = parse_name(typed)
    assert (n.title, n.first, n.surname) == (title, first, surname)


@pytest.mark.parametrize("typed,lang,formal,expected", [
    ("Mme Sophie Lefèvre", "fr", True, "Bonjour Madame Lefèvre,"),
    ("Mme Sophie Lefèvre", "fr", False, "Bonjour Sophie,"),
    ("M. Jean Dupont", "fr", True, "Bonjour Monsieur Dupont,"),
    ("Claire Dubois", "fr", True, "Bonjour Claire Dubois,"),
    ("Ms. Rachel Thompson", "en", True, "Dear Ms Thompson,"),
    ("Ms. Rachel Thompson", "en", False, "Hi Rachel,"),
    ("Dr Anil Patel", "en", True, "Dear Dr Patel,"),
    ("Prof. Jane Smith", "en", True, "Dear Professor Smith,"),
    ("Margaret Hughes", "en", True, "Dear Margaret Hughes,"),
    ("Margaret Hughes", "en", False, "Hi Margaret,"),
    ("de heer Willem Bakker", "nl", True, "Geachte heer Bakker,"),
    ("de heer Willem Bakker", "nl", False, "Hoi Willem,"),
    ("mevrouw Sanne de Vries", "nl", True, "Geachte mevrouw De Vries,"),
    ("Sanne de Vries", "nl", True, "Geachte Sanne de Vries,"),
    ("dhr. J. Bakker", "nl", False, "Beste heer Bakker,"),
    ("Dott.ssa Giulia Bianchi", "it", True, "Gentile Dott.ssa Bianchi,"),
    ("Dott.ssa Giulia Bianchi", "it", False, "Ciao Giulia,"),
    ("Sig.ra Rossi", "it", True, "Gentile Sig.ra Rossi,"),
    ("Avv. Marco Neri", "it", True, "Gentile Avv. Neri,"),
    ("Karin Holm", "sv", False, "Hej Karin!"),
    ("Karin Holm", "sv", True, "Hej Karin,"),
    ("Dr Karin Holm", "sv", True, "Hej Karin,"),
])
def test_greeting(typed: str, lang: str, formal: bool, expected: str) -> None:
    assert greeting(typed, Language(lang), formal) == expected


def test_no_greeting_repeats_the_name_as_typed_with_its_title() -> None:
    for typed in ("Mme Sophie Lefèvre", "Ms. Rachel Thompson", "de heer Willem Bakker", "Dott.ssa Giulia Bianchi"):
        for lang in Language:
            for formal in (True, False):
                assert typed not in greeting(typed, lang, formal)


def test_natural_forms_count_as_the_name() -> None:
    assert {"Madame Lefèvre", "Sophie", "Sophie Lefèvre"} <= set(forms("Mme Sophie Lefèvre"))
    assert "heer Bakker" in forms("de heer Willem Bakker")


def test_short_form_of_a_colleague() -> None:
    assert short("Priya Shah") == "Priya"
    assert short("Dr Anil Patel") == "Anil"
    assert short("J. Bakker") == "J. Bakker"
