"""Which times a client's message gives as the meeting's and which it proposes, in messages written for this
test (not the labelled set): local clock formats, weekday+date in both orders, past days, deadlines and
working hours that are neither."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from composer.messages import extract
from composer.messages.classify import neither
from composer.messages.times import find_times, range_hours
from composer.models import Language

TODAY = date(2026, 12, 9)  # a Wednesday

CASES = [
    # (id, message, meeting_time, meeting iso, proposed, proposed iso)
    ("en-us-date", "Hi Anna,\n\nSomething came up and I can't make our call on 12/15 at 10am. Could you do 12/17 at 3.30pm instead?\n\nThanks,\nBrad",
     "12/15 at 10am", "2026-12-15T10:00", ["12/17 at 3.30pm"], ["2026-12-17T15:30"]),
    ("en-deadline", "Dear Tom,\n\nWould you be available for a project review on Tuesday 15 December at 2 pm? Please let me know by Friday.\n\nBest regards,\nJane Miller",
     "Tuesday 15 December at 2 pm", "2026-12-15T14:00", [], []),
    ("en-office-hours", "Hi Tom,\n\nI have to cancel tomorrow's 9am session, sorry. I'm available from 9 to 5 most days, so how about Monday 14th at 2pm?\n\nCheers,\nLiz",
     "tomorrow's 9am", "2026-12-10T09:00", ["Monday 14th at 2pm"], ["2026-12-14T14:00"]),
    ("en-last-friday", "Dear Sarah,\n\nI am so sorry I missed our meeting last Friday at 10. Could we meet next Tuesday at 11:00?\n\nKind regards,\nOmar Haddad",
     "last Friday at 10", "2026-12-04T10:00", ["next Tuesday at 11:00"], ["2026-12-15T11:00"]),
    ("fr-range-weekday-date", "Bonjour Julien,\n\nPourrions-nous nous voir de 14h à 15h le vendredi 18 décembre pour faire le point sur le devis ?\n\nBien à vous,\nMarie Leroy",
     "14h à 15h le vendredi 18 décembre", "2026-12-18T14:00", [], []),
    ("fr-vendredi-dernier", "Madame,\n\nToutes mes excuses pour mon absence à notre rendez-vous de vendredi dernier à 10 h 30. Seriez-vous disponible le lundi 14 décembre à 9h ?\n\nCordialement,\nPaul Girard",
     "vendredi dernier à 10 h 30", "2026-12-04T10:30", ["lundi 14 décembre à 9h"], ["2026-12-14T09:00"]),
    ("fr-deadline", "Bonjour,\n\nJe vous propose une réunion le jeudi 17 décembre à 14h30. Merci de me confirmer d'ici vendredi.\n\nCordialement,\nAnne Petit",
     "jeudi 17 décembre à 14h30", "2026-12-17T14:30", [], []),
    ("it-ordinal", "Gentile Chiara,\n\nmi scuso per non essermi collegato ieri alle 15. Possiamo recuperare martedì 1° dicembre alle 9 oppure mercoledì 2 alle 14?\n\nCordiali saluti,\nLuca Neri",
     "ieri alle 15", "2026-12-08T15:00", ["martedì 1° dicembre alle 9", "mercoledì 2 alle 14"], None),
    ("it-scorso", "Buongiorno,\n\nmi dispiace, ho perso l'appuntamento di venerdì scorso alle 11. Mi faccia sapere entro lunedì se possiamo fissarne un altro.\n\nCordiali saluti,\nGiulia Conti",
     "venerdì scorso alle 11", "2026-12-04T11:00", [], []),
    ("nl-office-hours", "Beste Eva,\n\nHelaas kan ik donderdag 17 december om 10.00 uur niet komen. Ik ben bereikbaar van 9.00 tot 17.00 uur. Past maandag 21 december om half tien?\n\nMet vriendelijke groet,\nKees de Vries",
     "donderdag 17 december om 10.00 uur", "2026-12-17T10:00", ["maandag 21 december om half tien"], ["2026-12-21T09:30"]),
    ("nl-flemish", "Dag Pieter,\n\nSorry, ik ga morgen om 8u30 niet kunnen komen voor de opleiding. Kan het vrijdag 11/12 om 13u?\n\nGroetjes,\nIne",
     "morgen om 8u30", "2026-12-10T08:30", ["vrijdag 11/12 om 13u"], ["2026-12-11T13:00"]),
    ("nl-vrijdag-no-proposal", "Beste meneer Jansen,\n\nMijn excuses dat ik niet op onze afspraak van vrijdag om 14 uur ben geweest. Schikt dinsdag 15 december om 11 uur?\n\nMet vriendelijke groet,\nWouter Peeters",
     "vrijdag om 14 uur", "2026-12-04T14:00", ["dinsdag 15 december om 11 uur"], ["2026-12-15T11:00"]),
    ("sv-i-fredags", "Hej Erik,\n\nFörlåt att jag missade vårt möte i fredags kl. 10. Går det bra på tisdag den 15/12 kl. 9.30 i stället?\n\nMvh\nAnna Berg",
     "i fredags kl. 10", "2026-12-04T10:00", ["tisdag den 15/12 kl. 9.30"], ["2026-12-15T09:30"]),
    ("sv-deadline", "Hej Erik,\n\nKan vi ses onsdag den 16 december kl. 13? Svara gärna senast fredag.\n\nHälsningar\nLars Ek",
     "onsdag den 16 december kl. 13", "2026-12-16T13:00", [], []),
    ("en-am-pm", "Hello Mark,\n\nI'd like to invite you to a kick-off meeting on Monday, December 14 at 9:00 a.m. at our office. Alternatively, Tuesday, December 15 at 1:30 p.m. would work.\n\nRegards,\nDavid Lee\nCEO, Acme Inc.",
     "Monday, December 14 at 9:00 a.m.", "2026-12-14T09:00", ["Tuesday, December 15 at 1:30 p.m."], ["2026-12-15T13:30"]),
    ("en-same-time", "Dear Mr Smith,\n\nUnfortunately I need to postpone our meeting scheduled for 16 December at 11:00. Would 18 December at the same time suit you?\n\nYours sincerely,\nEmma Clarke",
     "16 December at 11:00", "2026-12-16T11:00", ["18 December at the same time"], ["2026-12-18T11:00"]),
    ("en-we-could", "Hi Julien,\n\nJust checking we're still on for Thursday at 3 pm? If it's easier, we could also do it on Friday morning.\n\nBest,\nKaren",
     "Thursday at 3 pm", "2026-12-10T15:00", ["Friday morning"], ["2026-12-11"]),
    ("fr-a-partir-de", "Salut Marc,\n\nOn se voit toujours le 17/12 à 10h ? Sinon je suis dispo le 18 décembre à partir de 14h.\n\nBonne journée,\nLéa",
     "17/12 à 10h", "2026-12-17T10:00", ["18 décembre à partir de 14h"], ["2026-12-18T14:00"]),
    ("it-in-alternativa", "Ciao Paolo,\n\nti va di fare una call lunedì 14 alle 11? In alternativa martedì 15 dicembre nel pomeriggio.\n\nA presto,\nSara",
     None, None, ["lunedì 14 alle 11", "martedì 15 dicembre nel pomeriggio"], ["2026-12-14T11:00", "2026-12-15"]),  # the time asked for, then at once its alternative: two offers (v14/v15 convention since extract16; v5 read the first as the meeting)
    ("nl-zelfde-tijd", "Goedemorgen Jan,\n\nKunnen we de vergadering van donderdag 17 december 10.00 uur verplaatsen naar vrijdag 18 december, zelfde tijd?\n\nMet vriendelijke groet,\nLisa van Dam",
     "donderdag 17 december 10.00 uur", "2026-12-17T10:00", ["vrijdag 18 december, zelfde tijd"], ["2026-12-18T10:00"]),
    ("nl-bellen", "Hoi Tim,\n\nZullen we dinsdag om half drie even bellen? Of woensdag 16 december om 11 uur als dat beter uitkomt.\n\nGroet,\nBas",
     None, None, ["dinsdag om half drie", "woensdag 16 december om 11 uur"], ["2026-12-15T14:30", "2026-12-16T11:00"]),  # two offers (extract16)
    ("sv-imorgon", "Hej Karin,\n\nTyvärr måste jag ställa in vårt möte imorgon kl. 14.00. Skulle torsdag den 17 december kl. 10 fungera istället?\n\nVänliga hälsningar\nJohan Lind",
     "imorgon kl. 14.00", "2026-12-10T14:00", ["torsdag den 17 december kl. 10"], ["2026-12-17T10:00"]),
    ("nl-or-clock", "Beste Sanne,\n\nOp 15-12 om 14 uur kan ik helaas toch niet. Kan het ook op 17-12 om 9 uur of 10 uur?\n\nGroeten,\nDirk",
     "15-12 om 14 uur", "2026-12-15T14:00", ["17-12 om 9 uur", "10 uur"], ["2026-12-17T09:00", "2026-12-17T10:00"]),
    ("en-am-to-pm", "Dear Julien,\n\nFurther to our call on Monday, I'd like to book the workshop for January 12th, 2027 from 9am to 12pm. Please confirm by December 18.\n\nBest wishes,\nClaire Young",
     "January 12th, 2027 from 9am to 12pm", "2027-01-12T09:00", [], []),
    ("en-owned-clock", "Hi,\n\nI'm afraid I have to cancel this afternoon's session at 4.30pm - my flight was delayed. Sorry for the short notice!\n\nMatt",
     "this afternoon's session at 4.30pm", "2026-12-09T16:30", [], []),
    ("en-at-sign", "Hi Dan,\n\nWould Thursday, Dec. 17th @ 2:30pm work for a quick sync on the budget?\n\nThanks,\nAmy",
     "Thursday, Dec. 17th @ 2:30pm", "2026-12-17T14:30", [], []),
    ("fr-dash", "Bonjour,\n\nJe vous propose jeu. 17/12 - 14h pour le point mensuel. Sinon ven. 18/12 à 9h30.\n\nCordialement,\nAlain Roux",
     "jeu. 17/12 - 14h", "2026-12-17T14:00", ["ven. 18/12 à 9h30"], ["2026-12-18T09:30"]),
    ("fr-fin-de-matinee", "Bonjour Madame Roche,\n\nJe dois malheureusement déplacer notre rendez-vous du mardi 15 décembre à 16 h : seriez-vous disponible jeudi 17 en fin de matinée ?\n\nCordialement,\nHugo Marchand",
     "mardi 15 décembre à 16 h", "2026-12-15T16:00", ["jeudi 17 en fin de matinée"], ["2026-12-17"]),
    ("nl-dotted-range", "Hallo Sanne,\n\nZullen we donderdag 17 december van 15.00-16.00 uur afspreken voor de evaluatie?\n\nGroet,\nJoris\nBereikbaar ma t/m do van 9 tot 17 uur",
     "donderdag 17 december van 15.00-16.00 uur", "2026-12-17T15:00", [], []),
    ("sv-range", "Hej Anna,\n\nKan vi ses tors 17/12 kl 13-14 för avstämningen?\n\nHälsningar,\nOla",
     "tors 17/12 kl 13-14", "2026-12-17T13:00", [], []),
    ("it-stessa-ora", "Ciao Anna,\n\nsono malata e domani alle 18 non ce la faccio. Recuperiamo lunedì prossimo stessa ora?\n\nUn abbraccio\nMarta",
     "domani alle 18", "2026-12-10T18:00", ["lunedì prossimo stessa ora"], ["2026-12-14T18:00"]),
    ("en-no-longer-possible", "Hi Kate,\n\nThis Friday at 11 is no longer possible for me. Is the 15th at 11 an option?\n\nBest,\nNed",
     "This Friday at 11", "2026-12-11T11:00", ["15th at 11"], ["2026-12-15T11:00"]),
    ("it-relative-and-date", "Buongiorno Giulia,\n\nla chiamo per confermare l'appuntamento di domani, 10 dicembre, ore 11.\n\nCordiali saluti\nLuisa Moro",
     "domani, 10 dicembre, ore 11", "2026-12-10T11:00", [], []),
    ("sv-den-16e", "Hej,\n\nJag kommer tyvärr inte kunna närvara på onsdag den 16:e. Kan vi ses torsdagen den 17:e kl. 10 istället?\n\n/Erik",
     "onsdag den 16:e", "2026-12-16", ["torsdagen den 17:e kl. 10"], ["2026-12-17T10:00"]),
    ("nl-as-and-dash-date", "Goedemiddag,\n\nKunnen we ons gesprek van dinsdag a.s. om 11.00 uur verplaatsen naar woensdag 16-12 om 15.00 uur?\n\nMvg,\nRuud Smit",
     "dinsdag a.s. om 11.00 uur", "2026-12-15T11:00", ["woensdag 16-12 om 15.00 uur"], ["2026-12-16T15:00"]),
    ("en-leave-period", "Dear Julien,\n\nI'll be on leave from 14 to 18 December, so our Wednesday 16 December meeting will need to move. Could we meet on Monday 21 December at 10:00 instead?\n\nKind regards,\nHelen Ward",
     "Wednesday 16 December", "2026-12-16", ["Monday 21 December at 10:00"], ["2026-12-21T10:00"]),
    ("en-shift-from-to", "Hi Priya,\n\nApologies, I double-booked myself. Could we shift our 1:1 from 3pm to 4:30pm tomorrow?\n\nThanks\nSam",
     "3pm", None, ["4:30pm tomorrow"], ["2026-12-10T16:30"]),
    ("nl-invite-with-condition", "Beste meneer Vos,\n\nGraag nodig ik u uit voor een kennismakingsgesprek op maandag 21 december om 14.00 uur of, als dat beter past, op dinsdag 22 december om 10.00 uur. Wilt u uiterlijk vrijdag 18 december laten weten welke datum u schikt?\n\nMet vriendelijke groet,\nMarijke Bos",
     # two slots offered ("X of, als dat beter past, Y") fix no time (extract11, as the labelled sets' README reads them)
     None, None, ["maandag 21 december om 14.00 uur", "dinsdag 22 december om 10.00 uur"], ["2026-12-21T14:00", "2026-12-22T10:00"]),
    ("fr-vais-pas-pouvoir", "Salut Julie,\n\nJe ne vais pas pouvoir venir à notre café de 15h30 aujourd'hui, désolé ! On remet ça jeudi même heure ?\n\nThomas",
     "15h30 aujourd'hui", "2026-12-09T15:30", ["jeudi même heure"], ["2026-12-10T15:30"]),
    ("en-if-not-thurs", "Hi Alex,\n\nCan we meet Tues 15th at 10? If not, Thurs 17th anytime after 2 works.\n\nCheers,\nMo",
     "Tues 15th at 10", "2026-12-15T10:00", ["Thurs 17th anytime after 2"], ["2026-12-17T14:00"]),  # the time asked for, then a fallback
    ("it-e-30", "Buonasera,\n\nil nostro incontro di venerdì 18 alle 14 e 30 è confermato? In caso contrario possiamo vederci lunedì 21 alle 10 e mezza.\n\nSaluti,\nAnna Riva",
     "venerdì 18 alle 14 e 30", "2026-12-18T14:30", ["lunedì 21 alle 10 e mezza"], ["2026-12-21T10:30"]),
    ("en-week-of", "Hello Ben,\n\nHow about the week of January 11? Monday Jan 11 at 2 or Tuesday Jan 12 at 10 would both be fine.\n\nBest,\nChris",
     None, None, ["Monday Jan 11 at 2", "Tuesday Jan 12 at 10"], ["2027-01-11T14:00", "2027-01-12T10:00"]),  # a choice of slots: no time fixed
    ("nl-week-van", "Hallo Bram,\n\nHelaas moet ik onze afspraak van donderdag 10 december om 13.30 uur afzeggen, ik ben ziek. Kunnen we een nieuwe afspraak plannen in de week van 21 december?\n\nMet vriendelijke groet,\nSophie Jacobs\n\nOp di 8 dec. 2026 om 09:12 schreef Bram de Wit <bram@dewit.nl>:\n> Beste Sophie, tot donderdag 10 december om 13.30 uur!",
     "donderdag 10 december om 13.30 uur", "2026-12-10T13:30", [], []),
    ("it-quoted-history", "Buongiorno Dott.ssa Marchi,\n\nLe scrivo per spostare il nostro appuntamento di lunedì 14 dicembre ore 10:00. Sarebbe possibile martedì 15 dicembre alla stessa ora oppure mercoledì 16 alle 16?\n\nCordiali saluti\n\nDott. Marco Bellini\nStudio Bellini & Associati\n\nIl giorno mar 8 dic 2026 alle ore 10:15 Laura Marchi <laura@marchi.it> ha scritto:\n> Gentile Dott. Bellini, confermo l'appuntamento di lunedì 14 dicembre alle 10.",
     "lunedì 14 dicembre ore 10:00", "2026-12-14T10:00", ["martedì 15 dicembre alla stessa ora", "mercoledì 16 alle 16"], ["2026-12-15T10:00", "2026-12-16T16:00"]),
    ("en-instead-of", "Hi Tom,\n\nCan we make it 3pm instead of 2pm on Thursday?\n\nThanks,\nJill",
     "2pm on Thursday", "2026-12-10T14:00", ["3pm"], ["2026-12-10T15:00"]),
    ("it-dalle-alle-moved", "Ciao,\n\npossiamo spostare la call di giovedì dalle 10 alle 11?\n\nGrazie, Sara",
     "giovedì dalle 10", "2026-12-10T10:00", ["alle 11"], ["2026-12-10T11:00"]),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_meeting_time_and_proposals(case):
    _id, text, mt, mt_iso, proposed, proposed_iso = case
    found = extract(text, today=TODAY)
    assert found.meeting_time == mt
    if mt_iso:
        assert _iso(found.evidence["meeting_time"]) == mt_iso
    assert list(found.proposed_times) == proposed
    if proposed_iso is not None:
        assert [_iso(e) for e in found.evidence.get("proposed_times", [])] == proposed_iso


def _iso(ev) -> str:
    return str(ev.resolved).replace(" ", "T")[:16]


def test_a_period_of_days_is_no_time():
    assert [t.text for t in find_times("on leave du 14 au 18 décembre, puis le 21 décembre à 9h", Language.fr, datetime(2026, 12, 9))] == ["21 décembre à 9h"]


def test_double_slash_signs():
    assert extract("Hej Sara,\n\nVi ses väl på torsdag kl. halv tre?\n\n// Nils", today=TODAY).recipient_name == "Nils"


def test_range_hours():
    assert range_hours("9 to 5", Language.en) == 8
    assert range_hours("3-4pm", Language.en) == 1
    assert range_hours("9.00 tot 16.00 uur", Language.nl) == 7
    assert range_hours("14h à 15h", Language.fr) == 1
    assert range_hours("10:00", Language.en) == 0


@pytest.mark.parametrize("lang,text,past_iso", [
    (Language.sv, "i fredags", "2026-12-04"), (Language.en, "last Friday at 10", "2026-12-04"),
    (Language.fr, "vendredi dernier", "2026-12-04"), (Language.it, "venerdì scorso", "2026-12-04"),
    (Language.nl, "afgelopen vrijdag", "2026-12-04"), (Language.en, "Monday last week", "2026-11-30"),
])
def test_a_past_day_is_past_whatever_the_message(lang, text, past_iso):
    [t] = find_times(text, lang, datetime(2026, 12, 9, 9, 0))
    assert str(t.resolved)[:10] == past_iso


@pytest.mark.parametrize("text,iso", [("12/11 at 10am", "2026-12-11"), ("11/12 at 9", "2026-12-11"), ("12/15 at 10am", "2026-12-15")])
def test_an_english_numeric_date_is_read_the_way_that_falls_soon(text, iso):
    [t] = find_times(text, Language.en, datetime(2026, 12, 9))
    assert str(t.resolved)[:10] == iso


@pytest.mark.parametrize("lang,text,span,iso", [
    (Language.en, "Thursday 10th December at 3pm", "Thursday 10th December at 3pm", "2026-12-10T15:00"),
    (Language.en, "December the 10th at noon", "December the 10th at noon", "2026-12-10T12:00"),
    (Language.fr, "le 10 décembre prochain à 9h", "10 décembre prochain à 9h", "2026-12-10T09:00"),
    (Language.it, "il 10 dicembre p.v. alle ore 10", "10 dicembre p.v. alle ore 10", "2026-12-10T10:00"),
    (Language.nl, "donderdag 10 december a.s. om 9.30 uur", "donderdag 10 december a.s. om 9.30 uur", "2026-12-10T09:30"),
    (Language.sv, "torsdagen den 10 december kl 14", "torsdagen den 10 december kl 14", "2026-12-10T14:00"),
])
def test_one_time_however_its_parts_are_ordered(lang, text, span, iso):
    [t] = find_times(text, lang, datetime(2026, 12, 9))
    assert t.text == span
    assert t.resolved.isoformat()[:16] == iso


@pytest.mark.parametrize("lang,text,span,iso", [
    (Language.en, "can we do tmrw at 3?", "tmrw at 3", "2026-12-10T15:00"),
    (Language.en, "Fri at 10am works", "Fri at 10am", "2026-12-11T10:00"),
    (Language.it, "domattina alle 9", "domattina alle 9", "2026-12-10T09:00"),
    (Language.nl, "morgenvroeg om 8 uur", "morgenvroeg om 8 uur", "2026-12-10T08:00"),
    (Language.nl, "vrijdag 14-15 uur", "vrijdag 14-15 uur", "2026-12-11T14:00"),
])
def test_chatty_days_and_clock_ranges(lang, text, span, iso):
    [t] = find_times(text, lang, datetime(2026, 12, 9, 8))
    assert (t.text, t.resolved.isoformat()[:16]) == (span, iso)


def test_a_lower_case_abbreviation_before_at_is_no_weekday():
    assert all("sat" not in t.text for t in find_times("I sat at the back", Language.en, datetime(2026, 12, 9)))


AWAY_UNTIL = [
    ("Hi Tom,\n\nI'm out of the office until Monday 14 December, so I can't make our call on Thursday at 10. Could we do Tuesday 15th at 10 instead?\n\nBest,\nMia",
     "Thursday at 10", ["Tuesday 15th at 10"]),
    ("Bonjour,\n\nJe suis absente jusqu'au 14 décembre. Pourrions-nous décaler notre réunion de jeudi 14h au mardi 15 décembre, même heure ?\n\nCordialement,\nAnne",
     "jeudi 14h", ["mardi 15 décembre, même heure"]),
    ("Ciao Marco,\n\nsarò in ferie fino al 14 dicembre, quindi giovedì alle 10 non ci sono. Possiamo fare martedì 15 alle 10?\n\nSara",
     "giovedì alle 10", ["martedì 15 alle 10"]),
    ("Beste Jan,\n\nIk ben tot en met 14 december met vakantie, dus donderdag om 10 uur lukt niet. Kan het dinsdag 15 december om 10 uur?\n\nGroet,\nLies",
     "donderdag om 10 uur", ["dinsdag 15 december om 10 uur"]),
    ("Hej Erik,\n\nJag är på semester till och med den 14 december, så torsdag kl 10 funkar inte. Kan vi ta tisdag 15/12 kl 10?\n\nMvh\nKarin",
     "torsdag kl 10", ["tisdag 15/12 kl 10"]),
]


@pytest.mark.parametrize(("text", "meeting", "proposed"), AWAY_UNTIL)
def test_the_end_of_a_period_away_is_neither(text: str, meeting: str, proposed: list[str]) -> None:
    out = extract(text, today=TODAY)
    assert out.meeting_time == meeting
    assert out.proposed_times == proposed


def test_postpone_until_a_day_still_proposes_it() -> None:
    out = extract("Hi Tom,\n\nCould we postpone our call on Thursday at 10 until Monday 14 December at 10?\n\nBest,\nMia", today=TODAY)
    assert out.proposed_times == ["Monday 14 December at 10"]


def test_moved_from_one_day_to_another_is_no_period() -> None:
    out = extract("Dear Tom,\n\nThe meeting has been moved from 14 December to 17 December, same time (10:00).\n\nRegards,\nJo", today=TODAY)
    assert out.kind.value == "reschedule_request"
    assert out.meeting_time == "14 December"
    assert out.proposed_times == ["17 December, same time (10:00)"]
    assert out.evidence["proposed_times"][0].resolved == "2026-12-17T10:00:00"


def test_a_period_away_stays_a_period() -> None:
    out = extract("Hi Tom,\n\nI'm on leave from 14 December to 18 December. Could we meet on Monday 21 December at 10?\n\nJo", today=TODAY)
    assert out.meeting_time in (None, "Monday 21 December at 10")
    assert "14 December" not in (out.meeting_time or "") and all("14 December" not in p for p in out.proposed_times)


def test_cant_do_a_weekday_with_other_days_offered_asks_to_move() -> None:
    out = extract("Hi Tom,\n\nI can't do Thursday. I'm free Monday or Tuesday afternoon though.\n\nJo", today=date(2026, 12, 7))
    assert out.kind.value == "reschedule_request"
    assert out.meeting_time == "Thursday" and out.proposed_times == ["Monday", "Tuesday afternoon"]
