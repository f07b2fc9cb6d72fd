"""How the extractor reads names, the meeting, the kind and the times; messages made up here, not the eval set."""

from __future__ import annotations

from datetime import date

import pytest

from composer.facts import times as fact_times
from composer.messages import extract
from composer.messages import times as message_times
from composer.messages.models import Kind

TODAY = date(2026, 3, 4)  # a Wednesday


def _x(text: str):
    return extract(text, today=TODAY)


@pytest.mark.parametrize(("text", "client"), [
    ("Hi Tom,\n\nSorry for the late notice, could we talk on Friday at 10am?\n\nWith many thanks again,\n\nRuth Okafor\nHead of Legal\nOkafor & Co", "Ruth Okafor"),
    ("Hi Tom, could you bring the slides on Friday? Cheers, Ann", "Ann"),
    ("Hoi Pieter, kan het overleg morgen om 10.00 uur? Groet, Kees de Boer", "Kees de Boer"),
    ("Salut Marc, je ne pourrai pas venir demain à 9h, désolé. Je te rappelle.\nLéa", "Léa"),
    ("Hej Anna! Jag hinner tyvärr inte i morgon kl. 9. Hörs! /Olle", "Olle"),
])
def test_the_clients_name_wherever_they_sign(text: str, client: str) -> None:
    assert _x(text).recipient_name == client


def test_a_directory_form_from_header_gives_way_to_the_signature() -> None:
    eml = ("From: \"Berg, Lisa\" <lisa@x.se>\r\nTo: Anna <anna@y.se>\r\nSubject: Möte\r\nDate: Wed, 04 Mar 2026 09:00:00 +0100\r\n"
           "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
           "Hej Anna,\r\n\r\nKan vi ses på fredag kl. 10?\r\n\r\nMed vänlig hälsning\r\nLisa Berg\r\n").encode()
    assert extract(eml).recipient_name == "Lisa Berg"


def test_the_users_name_before_an_apology_or_greeting_word() -> None:
    assert _x("Paolo scusa, domani alle 10 non riesco a venire. Sentiamoci giovedì.\nGiulia").sender_name == "Paolo"


@pytest.mark.parametrize(("text", "meeting"), [
    ("Hi Tom, could we move the budget planning session to Friday at 10am? Thanks, Ann", "the budget planning session"),
    ("Bonjour, je dois annuler la séance de restitution de demain 10h. Cordialement, Léa Martin", "la séance de restitution"),
    ("Ciao Marco, possiamo spostare il punto sul nuovo sito a venerdì alle 11? Grazie, Sara", "il punto sul nuovo sito"),
    ("Hoi Kees, kunnen we de presentatie van de cijfers verzetten naar vrijdag om 14.00 uur? Groet, Eva", "de presentatie van de cijfers"),
    ("Hej Olle, kan vi flytta genomgången av offerten till fredag kl. 13? Mvh Lisa", "genomgången av offerten"),
])
def test_the_meeting_is_the_phrase_that_names_it(text: str, meeting: str) -> None:
    assert _x(text).meeting == meeting


def test_an_earlier_talk_followed_up_on_is_not_the_meeting_nor_its_time() -> None:
    found = _x("Hi Tom,\n\nFollowing up on our call this morning, let's hold the pricing workshop on Friday 6 March at 10am.\n\nBest,\nAnn")
    assert found.meeting == "the pricing workshop" and found.meeting_time == "Friday 6 March at 10am"


@pytest.mark.parametrize(("text", "kind"), [
    ("Hi Tom, if one of our people has to cancel on the day, is the session charged? Thanks, Ann", Kind.policy_question),
    ("Bonjour, j'ai reçu votre facture pour la séance du 2 mars, annulée la veille. Quelles sont vos conditions d'annulation ? Léa",
     Kind.policy_question),
    ("Gentile Rossi, le scrivo per chiederle se possiamo spostare la riunione di giovedì alle 10. Venerdì alle 15 le andrebbe bene? Sara",
     Kind.reschedule_request),
    ("Hej Anna, perfekt, då ses vi på fredag kl. 9. Kan du skicka agendan? /Olle", Kind.other),
    ("Hoi Eva, ik ben onze afspraak van gisteren helemaal vergeten, sorry! Kan het volgende week dinsdag? Kees", Kind.absence_notice),
])
def test_kinds_read_sentence_by_sentence(text: str, kind: Kind) -> None:
    assert _x(text).kind is kind


def test_a_bottom_posted_reply_is_read_below_the_quote() -> None:
    text = ("On Tue, 3 Mar 2026 at 17:00, Tom Baker <tom@x.com> wrote:\n> I can do Monday 9 March at 10am.\n\n"
            "Monday does not work for me after all. Could we do Tuesday 10 March at 2pm instead?\n\nThanks,\nAnn Lee\n")
    found = _x(text)
    assert found.recipient_name == "Ann Lee" and found.proposed_times == ["Tuesday 10 March at 2pm"]


def test_an_invitation_offering_slots_has_no_meeting_time_yet() -> None:
    found = _x("Dear Tom,\n\nWe would like to set up a kickoff meeting. Here are some options:\n\n- Monday 9 March at 10am\n"
               "- Tuesday 10 March at 2pm\n\nKind regards,\nAnn Lee")
    assert found.kind is Kind.invitation and found.meeting_time is None
    assert found.proposed_times == ["Monday 9 March at 10am", "Tuesday 10 March at 2pm"]


def test_a_clock_only_or_same_time_proposal_takes_the_meetings_day_or_clock() -> None:
    late = _x("Hi Tom, could we push our call on Friday at 3pm to 4:30pm? Thanks, Ann")
    assert late.meeting_time == "Friday at 3pm" and late.evidence["proposed_times"][0].resolved == "2026-03-06T16:30:00"
    same = _x("Bonjour Julien, pourrions-nous décaler notre point du jeudi 5 mars à 10h au lundi 9 mars, même heure ? Léa")
    assert same.evidence["proposed_times"][0].resolved == "2026-03-09T10:00:00"


def test_a_missed_meetings_new_dates_lie_ahead_and_dates_take_the_nearest_year() -> None:
    found = _x("Dear Tom, I am so sorry I missed our meeting on Monday 2 March at 10am. Would Thursday 12 March at 11am suit you? Ann")
    assert found.kind is Kind.absence_notice
    assert found.evidence["meeting_time"].resolved == "2026-03-02T10:00:00"
    assert found.evidence["proposed_times"][0].resolved == "2026-03-12T11:00:00"
    winter = extract("Hi Tom, can we meet on 28 December at 10am? Ann", today=date(2027, 1, 5))
    assert winter.evidence["meeting_time"].resolved == "2026-12-28T10:00:00"


def test_calendar_words_have_one_home() -> None:
    assert message_times.WEEKDAYS is fact_times.WEEKDAY_NAMES
    for lang, names in fact_times.MONTH_NAMES.items():
        assert all(message_times._rx(rf"^(?:{message_times.MONTHS[lang]})$").match(n) for n in names)


def test_local_time_formats_and_particles() -> None:
    nl = extract("Goedemiddag meneer van der Berg,\n\nHelaas moet ik onze afspraak van morgen om half tien afzeggen. "
                 "Kan het ook op donderdag 10 december om 8u30?\n\nMet vriendelijke groet,\nMarieke van den Heuvel", today=date(2026, 12, 6))
    assert (nl.sender_name, nl.recipient_name) == ("van der Berg", "Marieke van den Heuvel")
    assert nl.proposed_times == ["donderdag 10 december om 8u30"] and nl.evidence["proposed_times"][0].resolved == "2026-12-10T08:30:00"
    us = extract("Hi Jim,\n\nCan we move our 12/15 at 9:30am to 12/16 at 3.30pm?\n\nThanks!\nBob", today=date(2026, 12, 6))
    assert (us.meeting_time, us.proposed_times) == ("12/15 at 9:30am", ["12/16 at 3.30pm"])
    fr = extract("Bonjour Julien, pourrions-nous décaler notre point de jeudi 14 h 30 à vendredi 11 décembre 10h ? Léa", today=date(2026, 12, 6))
    assert fr.evidence["meeting_time"].resolved == "2026-12-10T14:30:00"
    span = extract("Hi Dan, are you free Thu 10 Dec 3-4pm for a quick catch-up? Meg", today=date(2026, 12, 6))
    assert span.meeting_time == "Thu 10 Dec 3-4pm" and span.evidence["meeting_time"].resolved == "2026-12-10T15:00:00"
