"""phr-w: the person first, then the business, whatever way the sender field was typed (one rule, every language)."""

from __future__ import annotations

import pytest

from composer.writers.plan import signature


@pytest.mark.parametrize(
    ("typed", "signed"),
    [
        ("Atelier Brindille - Noémie", "Noémie\nAtelier Brindille"),
        ("Bureau Vandaal / Koen", "Koen\nBureau Vandaal"),
        ("Ottavio @ Studio Verdelago", "Ottavio\nStudio Verdelago"),
        ("Linnea på Tolkbyrån Vind", "Linnea\nTolkbyrån Vind"),
        ("Rosalind (Kettle Lane Online)", "Rosalind\nKettle Lane Online"),
        ("Théo (Soutien Maths Lyon)", "Théo\nSoutien Maths Lyon"),
        ("Leg. psykolog Elsa Nordqvist", "Elsa Nordqvist\nLeg. psykolog"),
        ("Konstverk Reklam - Hugo", "Hugo\nKonstverk Reklam"),
        ("Duval Patrimoine / Odile Duval", "Odile Duval\nDuval Patrimoine"),
        ("Helpdesk team, Ledgerly (Aisha Khan)", "Aisha Khan\nHelpdesk team, Ledgerly"),
        ("Cabinet d'ostéopathie Rive Gauche / Lou Bastide", "Lou Bastide\nCabinet d'ostéopathie Rive Gauche"),
        ("Paul Hart", "Paul Hart"),
    ],
)
def test_the_person_then_the_business(typed: str, signed: str) -> None:
    assert signature(typed) == signed


def test_an_english_note_without_its_possessive_gets_my() -> None:
    from composer.writers.phrases import en

    assert en.because("bike's at the repair shop until Friday") == " as my bike is at the repair shop until Friday"
    assert en.fronted("back's playing up") == "As my back's playing up"
    assert en.because("it's snowing") != " as my it is snowing"


def test_a_family_member_doing_something_is_a_clause_and_a_cleft_is_said_as_typed() -> None:
    from composer.writers import reasons

    lex = reasons.lexicon("fr")
    assert reasons.classify("mon fils fête son anniversaire", lex).shape is reasons.Shape.SENTENCE
    assert reasons.classify("ma fille malade depuis hier", lex).shape is reasons.Shape.NP
    assert reasons.classify("Ce qui compte, c'est la date de livraison", lex).shape is reasons.Shape.SENTENCE


def test_a_label_about_the_client_speaks_to_them() -> None:
    from composer.models import Language
    from composer.writers.plan import your_label

    assert your_label("her knee physio slot", Language.en, True) == "your knee physio slot"
    assert your_label("sa séance de kiné", Language.fr, True) == "votre séance de kiné"
    assert your_label("son bilan", Language.fr, False) == "ton bilan"
    assert your_label("the team lunch", Language.en, True) == "the team lunch"


def test_one_clock_format_per_mail_and_no_spoken_shortcut() -> None:
    from composer.models import Language
    from composer.writers.when import note_clocks

    assert note_clocks("le train part à 9h40", Language.fr) == "le train part à 9 h 40"
    assert note_clocks("ho il dentista alle 14:45", Language.it) == "ho il dentista alle 14:45"  # it: as the mail writes
    assert note_clocks("flight at 14:45", Language.en) == "flight at 14:45"


def test_a_fronted_perche_becomes_dato_che() -> None:
    from composer.writers import reasons

    lex = reasons.lexicon("it")
    glue = reasons.realise(reasons.classify("perché il preventivo è già approvato", lex), lex)
    assert glue.front == "dato che il preventivo è già approvato"
    assert glue.tail == ", perché il preventivo è già approvato"


def test_a_client_side_note_keeps_the_hardship_told_not_how_they_cancelled() -> None:
    from composer.writers.plan import hardship_part

    assert hardship_part("texted at 8am, stuck in traffic on the ring road") == "stuck in traffic on the ring road"
    assert hardship_part("she texted at 8am, her son had a fever") is None  # whose illness: left to the flow that knows
    assert hardship_part("ha scritto ieri sera: febbre alta") == "febbre alta"
    assert hardship_part("flu") is None  # already short: told back as it is
    assert hardship_part("texted at 8am to say she could not come") is None


def test_a_whole_day_offered_says_any_time() -> None:
    from composer.models import Language
    from composer.writers.when import plain

    assert plain("Thu 17 Dec all day", Language.en) == "Thursday 17 December, any time"


def test_a_leave_typed_after_a_comma_is_still_to_come() -> None:
    from composer.writers.phrases import en

    assert en.because("moving house, away until Monday") == " as I am moving house and will be away until Monday"
