"""Families the v15 editors found, fixed by phr-ad (own sentences, never eval strings): a policy note that is a scope
glued as a cause, a French noun-subject clause after "à cause de", an Italian reason typed as a capitalised sentence
and the "Riguardo a … di …:" lead-in, an English "as X, easier to Y" note glued as typed, a numeric date copied into
a note, a present "we're at … that day" for a meeting ahead, a reply to a client's move that names no meeting."""

from __future__ import annotations

import pytest

from composer.service import as_situation
from composer.writers.builtin import BuiltinWriter


def _draft(**kw):
    base = {"tone": "friendly", "relationship": "regular", "recipient_name": "Noor Vance", "sender_name": "Felix Dorn"}
    return BuiltinWriter().write(as_situation({**base, **kw}), [])


@pytest.mark.parametrize("lang,note,said", [
    ("en", "for the winter pottery evenings", "cancellation policy for the winter pottery evenings, so"),
    ("en", "your booking for the garden party menu", "cancellation policy for the garden party menu, so"),
    ("fr", "pour les ateliers de reliure du mercredi", "conditions d'annulation pour les ateliers de reliure du mercredi,"),
    ("it", "per le lezioni di ceramica del giovedì", "condizioni di disdetta per le lezioni di ceramica del giovedì,"),
])
def test_a_policy_scope_follows_the_policy_name_never_a_cause(lang, note, said):
    d = _draft(language=lang, intent="cancellation_policy", reason=note, policy={"notice_hours": 48, "fee_percent": 50})
    assert said in d.body and not d.warnings, d.body
    assert not any(x in d.body for x in ("sharing it", "en parle", "parlo ora", "as I'm booking")), d.body


def test_a_french_noun_subject_clause_takes_car():
    d = _draft(language="fr", intent="reschedule", meeting="notre atelier vitrines", meeting_time="mer 16/12 14h",
               reason="la chaudière me lâche encore", proposed_times=["jeu 17/12 14h"])
    assert "car la chaudière me lâche encore" in d.body and "à cause de la chaudière" not in d.body, d.body


def test_an_italian_sentence_reason_leads_the_request_lowered():
    d = _draft(language="it", intent="shorten", meeting="la riunione sul piano turni", meeting_time="gio 17/12 10:00",
               reason="Alle 11 ho il notaio.", duration_minutes=30)
    assert d.body.split("\n\n")[1].startswith("Dato che alle 11 ho il notaio, ti propongo di ridurre a 30 minuti"), d.body
    assert "In vista" not in d.body and not d.warnings, d.body


def test_an_italian_main_clause_reason_takes_a_colon_not_a_splice():
    d = _draft(language="it", intent="switch_to_call", tone="formal", recipient_name="Dott. Ivo Serra",
               meeting="la revisione annuale a Cremona", meeting_time="mer 16 dicembre alle 11",
               reason="con la nebbia non riesco ad arrivare a Cremona")
    assert "Con la nebbia non riesco ad arrivare a Cremona: Le andrebbe" in d.body, d.body
    assert "Riguardo" not in d.body and not d.warnings, d.body


def test_an_english_note_with_a_bare_easier_piece_is_not_glued_as_typed():
    d = _draft(language="en", intent="switch_to_email", meeting="our intro call", meeting_time="Wed 16th 10am",
               reason="as it's mostly about the quote, easier to send it over in writing")
    assert ", easier to" not in d.body and "it is easier to send it over in writing" in d.body, d.body
    assert "send you it" not in d.body and not d.warnings, d.body


@pytest.mark.parametrize("lang,note,said", [
    ("it", "ferie dal 17/12 al 10/1", "dal 17 dicembre al 10 gennaio"),
    ("fr", "en congé du 1/12 au 8/1", "du 1er décembre au 8 janvier"),
])
def test_a_numeric_date_in_a_note_is_written_out(lang, note, said):
    d = _draft(language=lang, intent="delegate", tone="formal", recipient_name="Sig. Aldo Riva" if lang == "it" else "M. Aldo Riva",
               meeting="la revisione del magazzino" if lang == "it" else "la revue du stock",
               meeting_time="ven 18/12 h 10" if lang == "it" else "ven 18/12 10h", reason=note, colleague_name="Ada Bini")
    assert said in d.body and "/12" not in d.body and not d.warnings, d.body


def test_a_place_that_day_is_said_in_the_future():
    d = _draft(language="en", intent="decline", tone="formal", recipient_name="Ms Ada Frost", meeting="the supplier day",
               meeting_time="Thu 17th Dec, 10am", reason="we're at a trade fair in Leeds that day")
    assert "as we will be at a trade fair in Leeds that day" in d.body and not d.warnings, d.body


@pytest.mark.parametrize("lang,meeting,time,said", [
    ("en", "the payroll onboarding call", "Wed 16 Dec, 10:00", "moving the payroll onboarding call on Wednesday 16 December"),
    ("fr", "le point mensuel sur la paie", "mar 15/12 10h", "nous pouvons décaler le point mensuel sur la paie, prévu le mardi 15 décembre"),
    ("it", "la call sul sito nuovo", "mar 15/12 alle 9", "spostare la call sul sito nuovo di martedì 15 dicembre"),
])
def test_a_reply_accepting_the_clients_time_names_the_meeting(lang, meeting, time, said):
    d = _draft(language=lang, intent="reschedule", client_move="accept", tone="formal", meeting=meeting, meeting_time=time,
               proposed_times=["Fri 18th 3pm" if lang == "en" else "gio 17/12 alle 15" if lang == "it" else "jeu 17/12 15h"])
    assert said in d.body and not d.warnings, d.body


def test_english_deposit_and_decline_call_offer_wording():
    d = _draft(language="en", intent="cancellation_policy", policy={"notice_hours": 24, "deposit_percent": 20})
    assert "A 20% deposit is due at the time of booking." in d.body, d.body


@pytest.mark.parametrize("lang,meeting,time,note,said", [
    ("en", "your pension review", "last Wed 9th 10am", "no answer to my calls", "heard from you, I hope"),
    ("fr", "notre séance de yoga", "mardi dernier 19h", "aucun message, pas de nouvelles", "comme je n'ai pas eu de nouvelles"),
    ("it", "la prima visita", "lunedì scorso alle 17", "nessuna telefonata", "Non avendo saputo più niente, spero"),
])
def test_a_no_show_with_no_word_from_them_says_so(lang, meeting, time, note, said):
    d = _draft(language=lang, intent="no_show_followup", meeting=meeting, meeting_time=time, reason=note)
    assert said in d.body and not d.warnings, d.body
