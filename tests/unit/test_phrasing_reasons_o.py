"""Reasons classified, then realised (issue 16, v8 findings): a cause with its own consequence, a whole sentence,
a clause after a fronted time, a noun with its relative clause."""

from __future__ import annotations

from composer.models import Intent, Language, Relationship, Situation, Tone
from composer.writers.builtin import BuiltinWriter


def _draft(**kw: object) -> str:
    base = dict(recipient_name="Dr Jane Moss", sender_name="Sam Lee", tone=Tone.formal, relationship=Relationship.regular,
                meeting="quarterly review", meeting_time="Thu 17 Dec 9:30")
    base.update(kw)
    return BuiltinWriter().write(Situation(**base), []).body


def test_a_cause_with_its_own_consequence_is_its_own_sentence() -> None:
    body = _draft(language=Language.en, intent=Intent.switch_to_email,
                  reason="There isn't much to discuss this month, so a short written summary should do.")
    assert "As there is" not in body and "There is not much to discuss this month, so a short written summary should do." in body


def test_a_noun_with_its_relative_clause_is_a_noun_phrase() -> None:
    body = _draft(language=Language.en, intent=Intent.decline, reason="a board meeting I can't move")
    assert "due to a board meeting I cannot move" in body and "as a board meeting" not in body


def test_fr_the_conclusion_after_a_fronted_cause_is_not_said_twice() -> None:
    body = _draft(language=Language.fr, intent=Intent.switch_to_email, recipient_name="M. Paul Roux", meeting="appel hebdo",
                  meeting_time="mardi 8 décembre à 9h30", reason="Vu qu'il ne reste que deux points à valider, un mail suffira cette semaine.")
    assert "un mail suffira" not in body and "il ne reste que deux points à valider" in body


def test_it_a_clause_after_a_fronted_time_takes_its_connective() -> None:
    body = _draft(language=Language.it, intent=Intent.delegate, recipient_name="Dott. Marco Bianchi", colleague_name="Luca Ferri",
                  meeting="call di avvio", meeting_time="lunedì 14 dicembre alle 14:30", reason="dal 12 dicembre entro in maternità")
    assert "perché dal 12 dicembre entro in congedo di maternità" in body and "14:30, dal 12" not in body


def test_it_the_request_the_reason_makes_is_not_repeated() -> None:
    body = _draft(language=Language.it, intent=Intent.switch_to_call, recipient_name="Sig. Marco Bianchi", meeting="incontro in studio",
                  meeting_time="mercoledì 16 dicembre alle 11",
                  reason="Poiché lo studio resta chiuso tutta la settimana, preferirei sentirla al telefono.")
    assert "preferirei sentirla" not in body and "lo studio resta chiuso tutta la settimana" in body
