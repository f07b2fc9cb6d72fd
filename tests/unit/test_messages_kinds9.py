"""Kind families (extract9): invitations by their verb frame or subject line, past absences by what happened
(held up, waited in vain, noted the wrong day), a move asked in so many words, a forced cancellation, a generic
case in a question, an opening "Confirmed:". Messages written for these tests."""

from __future__ import annotations

import pytest

from composer.messages.classify import kind_of
from composer.messages.extract import extract
from composer.messages.models import Kind
from composer.models import Language as L


@pytest.mark.parametrize("lang,text,subject", [
    (L.fr, "Bonjour Paul,\nNous aimerions vous avoir pour une table ronde sur l'économie locale, le 12 mars à 18h.", None),
    (L.it, "Gentile dott. Neri,\nci piacerebbe averla come relatore alla nostra assemblea di marzo.", None),
    (L.nl, "Beste Anne,\nWij zouden graag een workshop fotografie laten verzorgen voor onze leerlingen.", None),
    (L.sv, "Hej Eva!\nSkulle du kunna komma till vårt årsmöte den 4 mars och berätta om projektet?", None),
    (L.en, "Hi Sam,\nWe'd love to have you join our panel on river restoration in March.", None),
    (L.nl, "Beste Karel,\nHierbij de gegevens: zaal 3, dinsdag 9 maart, 19.30 uur.", "Uitnodiging ledenavond"),
    (L.sv, "Hej Nils,\nHär kommer detaljerna: aulan, tisdag 9 mars kl. 19.", "Inbjudan till årsstämma"),
])
def test_an_invitation_by_its_frame_or_its_subject(lang: L, text: str, subject: str | None) -> None:
    assert kind_of(text, lang, subject) is Kind.invitation


@pytest.mark.parametrize("lang,text", [
    (L.fr, "Bonjour,\nJe voulais venir lundi mais j'étais bloquée dans un bouchon pendant deux heures."),
    (L.it, "Buongiorno,\nmi dispiace, me l'ero segnata per venerdì invece che per giovedì. Immagino che mi abbia aspettato."),
    (L.nl, "Beste Ruud,\nIk had de afspraak in mijn agenda op dinsdag in plaats van maandag staan."),
    (L.sv, "Hej,\nDu väntade på mig i onsdags, jag satt fast på tåget."),
    (L.en, "Hi Kim,\nSo sorry, you waited for me on Monday - I was stuck on the motorway."),
])
def test_a_past_absence_by_what_happened(lang: L, text: str) -> None:
    assert kind_of(text, lang) is Kind.absence_notice


def test_the_subject_says_missed_where_the_words_read_as_an_invitation() -> None:
    text = "Beste Hans,\nKunt u volgende week nog een keer langskomen voor een afspraak?"
    assert kind_of(text, L.nl, "Gemiste afspraak tandarts") is Kind.absence_notice
    assert kind_of(text, L.nl, None) is Kind.invitation


@pytest.mark.parametrize("lang,text", [
    (L.nl, "Hoi,\nWat gebeurt er als we een sessie moeten afzeggen? Wordt een gemiste sessie aangerekend?"),
    (L.en, "Hello,\nHow much notice do you need, and is a missed session charged?"),
])
def test_a_missed_session_as_a_case_in_a_question_is_no_absence(lang: L, text: str) -> None:
    assert kind_of(text, lang) is not Kind.absence_notice


def test_an_opening_confirmed_is_no_invitation() -> None:
    text = "Hi Jo,\nConfirmed: the design review is in our calendar for Friday 3 April, 10:00, on Teams. Can Lee join too?"
    assert kind_of(text, L.en) is Kind.other


def test_a_forced_cancellation_stays_a_cancellation_beside_a_new_date() -> None:
    text = ("Gentile ing. Bassi,\nsiamo costretti ad annullare la visita di oggi: ci mandi pure la fattura. "
            "Per recuperarla pensavamo a lunedì 14 marzo, stesso orario.")
    assert kind_of(text, L.it) is Kind.cancellation


@pytest.mark.parametrize("lang,text,today", [
    (L.it, "Ciao Gio,\nla lezione di venerdì alle 17 salta, abbiamo un saggio. Possiamo recuperarla lunedì 8 marzo alle 17?", "2027-03-01"),
    (L.nl, "Dag Els,\nSorry, ik moet schuiven: ons overleg van vrijdag om 10u gaat niet door. Kan het dinsdag 9 maart om 10u?", "2027-03-01"),
])
def test_a_move_asked_in_so_many_words_with_a_new_day_is_a_move(lang: L, text: str, today: str) -> None:
    from datetime import date

    assert extract(text, today=date.fromisoformat(today), language=lang).kind is Kind.reschedule_request


def test_unable_to_proceed_with_a_vague_later_period_is_a_cancellation() -> None:
    from datetime import date

    text = ("Dear Mr Ode,\nWe will not be able to proceed with the workshop on Friday 12 March. "
            "We would like to reschedule to some time in the summer.")
    assert extract(text, today=date(2027, 3, 1), language=L.en).kind is Kind.cancellation


@pytest.mark.parametrize("lang,text", [
    (L.nl, "Dag,\nIk wil graag vier lessen boetseren boeken. Wat zijn jullie afspraken als we een les moeten afzeggen bij ziekte?"),
    (L.nl, "Dag,\nHoeveel op voorhand moet ik een afspraak afzeggen?"),
    (L.fr, "Bonjour,\nAvant de réserver, quelles sont vos conditions si un participant annule la veille ?"),
    (L.it, "Buongiorno,\nprima di prenotare: quali sono le vostre condizioni se dobbiamo disdire per malattia?"),
    (L.sv, "Hej,\nInnan vi bokar: vilka regler gäller om vi måste lämna återbud vid sjukdom?"),
    (L.en, "Hello,\nBefore we book, what are your rules if one of us is sick and has to cancel?"),
])
def test_asking_what_the_rules_are_is_a_policy_question(lang: L, text: str) -> None:
    assert kind_of(text, lang) is Kind.policy_question
