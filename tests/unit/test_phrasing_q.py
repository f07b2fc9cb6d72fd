"""The v9 families in general form (issue 16, phr-q): the reason glued by its shape, a period of leave said before
the hand-over, a form's tilde, the part of the day with its weekday, the meeting named as what is replaced, a
policy reminder not after "no problem", and a business typed before the sender's name."""

from __future__ import annotations

import re

from composer.models import Intent, Language, Policy, Relationship, Situation, Tone
from composer.writers.builtin import BuiltinWriter
from composer.writers.plan import signature
from composer.writers.when import tilde, without_time_words


def _body(**kw: object) -> str:
    base = dict(recipient_name="Ms Jane Moss", sender_name="Sam Lee", tone=Tone.formal, relationship=Relationship.regular,
                meeting="quarterly review", meeting_time="Thu 17 Dec 9:30")
    base.update(kw)
    return BuiltinWriter().write(Situation(**base), []).body


def test_a_clause_behind_a_typed_preposition_takes_the_clause_connective() -> None:
    body = _body(language=Language.fr, intent=Intent.reschedule, recipient_name="Mme Claire Morel",
                 meeting="point trimestriel", meeting_time="jeudi 17 décembre à 9 h 30", reason="à cause d'un client m'a retenu à Rennes")
    assert "à cause d'un client" not in body and "en raison d'un client m'a" not in body
    assert "un client m'a retenu à Rennes" in body


def test_a_purpose_keeps_its_connective_and_no_cause_goes_before_it() -> None:
    body = _body(language=Language.en, intent=Intent.shorten, duration_minutes=45, reason="As so that we stay within the retainer hours")
    assert "as so that" not in body.lower() and "so that we stay within the retainer hours" in body.lower()
    fr = _body(language=Language.fr, intent=Intent.shorten, duration_minutes=45, recipient_name="Mme Claire Morel",
               meeting="point trimestriel", meeting_time="jeudi 17 décembre à 9 h 30", reason="pour cause d'afin de respecter votre budget")
    assert "pour cause d" not in fr and "afin de respecter votre budget" in fr


def test_a_prepositional_cause_never_goes_before_a_finite_clause_in_italian() -> None:
    body = _body(language=Language.it, intent=Intent.switch_to_call, recipient_name="Avv. Paolo Sartirana",
                 meeting="incontro per il rinnovo", meeting_time="martedì 15 dicembre alle 15", reason="a causa di questa settimana seguo un audit a Cremona")
    assert "a causa di questa" not in body and "questa settimana seguo un audit a Cremona" in body


def test_a_period_of_leave_is_said_before_the_hand_over_and_no_contact_in_the_meantime() -> None:
    body = _body(language=Language.en, intent=Intent.delegate, colleague_name="Dr Nikhil Baskaran",
                 reason="I've been summoned for jury duty until Christmas.")
    assert body.index("jury duty until Christmas") < body.index("Nikhil Baskaran")
    assert not re.search(r"in the meantime|contact me|reach me", body)
    fr = _body(language=Language.fr, intent=Intent.delegate, recipient_name="M. Paul Lachenal", colleague_name="Rodolphe Savary",
               meeting="lecture de l'acte", meeting_time="jeudi 10 décembre à 15 h", reason="mon bébé arrive plus tôt que prévu, je m'arrête dès mardi")
    assert "en raison de mon bébé" not in fr and fr.index("je m'arrête dès mardi") < fr.index("Rodolphe Savary")
    assert "d'ici là" not in fr


def test_two_typed_main_clauses_are_joined_the_languages_way() -> None:
    fr = _body(language=Language.fr, intent=Intent.switch_to_call, recipient_name="Jeanne Roux", tone=Tone.friendly,
               meeting="déjeuner", meeting_time="vendredi 11 décembre à 12 h", reason="Un client m'a retenu à Rennes, impossible de rentrer avant le week-end.")
    assert "un client m'a retenu à Rennes\u202f: impossible de rentrer avant le week-end." in fr
    assert fr.index("Rennes") > fr.index("déjeuner")  # the meeting named first, the reason after the request (phr-u)


def test_a_tilde_is_said_in_words() -> None:
    assert tilde("Thurs morning ~10", Language.en) == "Thurs morning around 10"
    assert tilde("jeudi ~14h", Language.fr) == "jeudi vers 14h"
    body = _body(language=Language.en, intent=Intent.switch_to_call, tone=Tone.friendly, meeting="coffee", meeting_time="Thurs morning ~10")
    assert "~" not in body and "around 10" in body


def test_the_part_of_the_day_goes_with_its_weekday() -> None:
    assert without_time_words("consultation du jeudi soir", "jeudi dernier 19h") == "consultation"
    assert without_time_words("lezione del martedì sera", "martedì 18") == "lezione"


def test_a_switch_names_the_meeting_as_what_is_replaced() -> None:
    body = _body(language=Language.en, intent=Intent.switch_to_email, meeting="onboarding call", meeting_time="Wed 9 Dec 11:00")
    assert "handle our onboarding call" not in body and "Instead of our onboarding call" in body
    call = _body(language=Language.en, intent=Intent.switch_to_call, tone=Tone.friendly, meeting="coffee at yours to go over the rebrand")
    assert not re.search(r"swap .{30,} for a phone call", call)


def test_no_problem_is_not_followed_by_a_policy_reminder() -> None:
    body = _body(language=Language.en, intent=Intent.late_cancellation, tone=Tone.friendly, meeting="sleeve session", meeting_time="yesterday 1pm",
                 reason="she texted half an hour before", policy=Policy(notice_hours=48, deposit_percent=25))
    assert "reminder" in body and "No problem" not in body


def test_a_business_typed_before_the_name_signs_the_person_first() -> None:
    assert signature("Agence Pixelune – Coralie Mardrus") == "Coralie Mardrus\nAgence Pixelune"
    assert signature("Palestra Officina Fit - Samuele") == "Samuele\nPalestra Officina Fit"
    assert signature("Thibaut Ravenel — conseil achats") == "Thibaut Ravenel\nConseil achats"
    assert signature("Freya | Northlight Tutoring") == "Freya\nNorthlight Tutoring"
    assert signature("Support team — Harbourline Software") == "Support team — Harbourline Software"  # no person: as typed
    assert signature("Jean-Pierre Martin - Plombier") == "Jean-Pierre Martin\nPlombier"  # a trade typed alone is a role
    assert signature("Olivia Rennick, counsellor") == "Olivia Rennick\nCounsellor"
