"""Families of misses found on the v12 message set (extract13), each written anew for these tests in the five
languages: a calendar invitation's line (a dot before the hours; the zone in brackets stays out), a reply deadline (RSVP, OSA,
s'inscrire), a weekday said again as "yesterday at 2", a time offered "instead", the booking a policy question is
about, slots counted in weeks ("same time the week after", "samma tid om två veckor"), a question about a meeting
already set, a day the client can no longer do, where the meeting's phrase ends. None of these strings is from an
eval set."""

from __future__ import annotations

from datetime import date

import pytest

from composer.messages.classify import kind_of
from composer.messages.extract import extract
from composer.messages.models import Kind
from composer.messages.parse import read_message
from composer.models import Language as L

TODAY = date(2027, 3, 1)  # a Monday


def _x(text: str):
    return extract(read_message(text), today=TODAY)


def _iso(ev) -> str | None:
    return ev.resolved if ev is not None else None


# ---------------------------------------------------------------- a calendar invitation's line

@pytest.mark.parametrize("text,span,iso", [
    ("Hi Tom, can you come to this?\n\nBudget Review\nTuesday Mar 9, 2027 ⋅ 10am – 11:30am (Central European Time - Berlin)\nRoom 4\n\nAnn",
     "Tuesday Mar 9, 2027 ⋅ 10am – 11:30am", "2027-03-09T10:00:00"),
    ("Hi Tom,\nInvitation below.\n\nPlanning call\nWednesday 10 March 2027 · 14:00 – 15:00 (GMT)\n\nAnn",
     "Wednesday 10 March 2027 · 14:00 – 15:00", "2027-03-10T14:00:00"),
    ("Hi Tom,\n\nSupplier audit\nFriday Mar 12, 2027 ⋅ 9am – 1pm (Eastern Time - New York)\n\nThanks, Ann",
     "Friday Mar 12, 2027 ⋅ 9am – 1pm", "2027-03-12T09:00:00"),
    ("Bonjour Paul,\nVoici l'invitation.\n\nComité de pilotage\nmardi 9 mars 2027 · 10:00 – 11:30 (heure normale d’Europe centrale - Paris)\n\nAnne",
     "mardi 9 mars 2027 · 10:00 – 11:30", "2027-03-09T10:00:00"),
    ("Bonjour Paul,\n\nRevue budgétaire\nmercredi 10 mars 2027 ⋅ 14:00 – 15:00 (CET)\n\nAnne",
     "mercredi 10 mars 2027 ⋅ 14:00 – 15:00", "2027-03-10T14:00:00"),
    ("Bonjour Paul,\nPeux-tu venir ?\n\nAtelier qualité\nvendredi 12 mars 2027 · 09:00 – 12:00\n\nAnne",
     "vendredi 12 mars 2027 · 09:00 – 12:00", "2027-03-12T09:00:00"),
    ("Ciao Marco,\nti inoltro l'invito.\n\nRiunione di budget\nmartedì 6 apr 2027 ⋅ 10:00 – 11:30 (Ora standard dell’Europa centrale - Roma)\n\nAnna",
     "martedì 6 apr 2027 ⋅ 10:00 – 11:30", "2027-04-06T10:00:00"),
    ("Ciao Marco,\n\nComitato tecnico\nmercoledì 10 marzo 2027 · 14:00 – 15:00 (CET)\n\nAnna",
     "mercoledì 10 marzo 2027 · 14:00 – 15:00", "2027-03-10T14:00:00"),
    ("Ciao Marco,\nriesci a venire?\n\nAudit fornitori\nvenerdì 9 apr 2027 10:00 – 12:00 (CET)\n\nAnna",
     "venerdì 9 apr 2027 10:00 – 12:00", "2027-04-09T10:00:00"),
    ("Hoi Joost,\nKun jij hierbij zijn?\n\nStuurgroep\ndinsdag 9 mrt. 2027 ⋅ 10:00 – 11:30 (Midden-Europese standaardtijd - Amsterdam)\n\nEls",
     "dinsdag 9 mrt. 2027 ⋅ 10:00 – 11:30", "2027-03-09T10:00:00"),
    ("Hoi Joost,\n\nBudgetoverleg\nwoensdag 10 maart 2027 · 14:00 – 15:00 (CET)\n\nEls",
     "woensdag 10 maart 2027 · 14:00 – 15:00", "2027-03-10T14:00:00"),
    ("Hoi Joost,\n\nKwaliteitsoverleg\nvrijdag 12 maart 2027 · 09:00 – 10:00\n\nEls",
     "vrijdag 12 maart 2027 · 09:00 – 10:00", "2027-03-12T09:00:00"),
    ("Hej Lars,\nKan du vara med?\n\nStyrgruppsmöte\ntisdag 9 mars 2027 ⋅ 10:00 – 11:30 (Centraleuropeisk normaltid - Stockholm)\n\nEva",
     "tisdag 9 mars 2027 ⋅ 10:00 – 11:30", "2027-03-09T10:00:00"),
    ("Hej Lars,\n\nBudgetmöte\nonsdag 10 mars 2027 · 14:00 – 15:00 (CET)\n\nEva",
     "onsdag 10 mars 2027 · 14:00 – 15:00", "2027-03-10T14:00:00"),
    ("Hej Lars,\n\nKvalitetsgenomgång\nfredag 12 mars 2027 · 09:00 – 10:00\n\nEva",
     "fredag 12 mars 2027 · 09:00 – 10:00", "2027-03-12T09:00:00"),
])
def test_a_calendar_line_with_a_dot_is_one_time(text: str, span: str, iso: str) -> None:
    found = _x(text)
    assert found.meeting_time == span
    assert _iso(found.evidence["meeting_time"]) == iso


# ---------------------------------------------------------------- a reply deadline is no meeting

@pytest.mark.parametrize("text,meeting_time", [
    ("Hi Sam,\nWe'd like you to join our plant tour on Thursday 11 March at 10:00.\nPlease RSVP by Friday 5 March.\nKim",
     "Thursday 11 March at 10:00"),
    ("Hi Sam,\nYou're invited to our supplier day on Tuesday 16 March at 9am. Please register by Wednesday 10 March.\nKim",
     "Tuesday 16 March at 9am"),
    ("Bonjour,\nNous vous invitons à la journée portes ouvertes le jeudi 11 mars à 10h. Merci de vous inscrire avant le 5 mars.\nAnne",
     "jeudi 11 mars à 10h"),
    ("Buongiorno,\nla invitiamo alla visita dello stabilimento giovedì 11 marzo alle 10. Per l'iscrizione, entro venerdì 5 marzo.\nAnna",
     "giovedì 11 marzo alle 10"),
    ("Beste,\nWe nodigen u uit voor de rondleiding op donderdag 11 maart om 10.00 uur. Graag aanmelden voor vrijdag 5 maart.\nEls",
     "donderdag 11 maart om 10.00 uur"),
    ("Hej,\nVi vill bjuda in dig till rundvandringen torsdag 11 mars kl. 10. OSA senast fredag 5 mars.\nEva",
     "torsdag 11 mars kl. 10"),
])
def test_a_reply_deadline_is_not_the_meeting_time(text: str, meeting_time: str) -> None:
    found = _x(text)
    assert found.meeting_time == meeting_time and not found.proposed_times


def test_signing_off_a_layout_is_no_answer_deadline() -> None:
    found = _x("Hi Dan,\nWe'd like you to join us for a site walk-through on Thursday 11 March at 10:00, so you can "
               "sign off the layout before we open.\nPlease RSVP by Friday 5 March.\nZoe")
    assert found.meeting_time == "Thursday 11 March at 10:00"


@pytest.mark.parametrize("text,lang", [
    ("Our office is open 8.00am to 5.00pm, Monday to Friday, should you wish to call.", L.en),
    ("Siamo aperti dalle 9 alle 18, dal lunedì al venerdì.", L.it),
    ("Vi har öppet 8–17, måndag till fredag, om du vill ringa.", L.sv),
])
def test_opening_hours_are_no_meeting_time(text: str, lang: L) -> None:
    from composer.messages.classify import roles
    from composer.messages.times import find_times
    times = find_times(text, lang)
    meeting, proposed = roles(text, times, lang, Kind.cancellation)
    assert meeting is None and proposed == []


# ---------------------------------------------------------------- the same day said twice

@pytest.mark.parametrize("text,span,iso", [
    ("Hi Jo,\nSorry for missing our Sunday class yesterday at 10 - I had it down for 11. My fault entirely.\nAoife",
     "yesterday at 10", "2027-02-28T10:00:00"),
    ("Hi Jo,\nApologies for missing our Sunday run yesterday at 8 - my alarm didn't go off.\nAoife",
     "yesterday at 8", "2027-02-28T08:00:00"),
    ("Bonjour,\nDésolé d'avoir manqué notre séance de dimanche hier à 10h - je l'avais notée pour 11h.\nPaul",
     "hier à 10h", "2027-02-28T10:00:00"),
    ("Buongiorno,\nmi scusi per aver saltato la lezione di domenica ieri alle 10 - l'avevo segnata per le 11.\nPaolo",
     "ieri alle 10", "2027-02-28T10:00:00"),
    ("Hoi,\nSorry dat ik de les van zondag gisteren om 10 uur heb gemist - ik had 11 uur genoteerd.\nPiet",
     "gisteren om 10 uur", "2027-02-28T10:00:00"),
    ("Hej,\nFörlåt att jag missade söndagspasset igår kl. 10 - jag hade skrivit upp 11.\nPer",
     "igår kl. 10", "2027-02-28T10:00:00"),
])
def test_a_weekday_said_again_as_yesterday_with_its_clock(text: str, span: str, iso: str) -> None:
    found = _x(text)
    assert found.kind is Kind.absence_notice
    assert found.meeting_time is not None and found.meeting_time.endswith(span)  # "zondag gisteren om 10 uur" is one span
    assert _iso(found.evidence["meeting_time"]) == iso


# ---------------------------------------------------------------- a time offered "instead"

@pytest.mark.parametrize("text,offered", [
    ("Hi Hannah,\nNeither works, I'm away. Could we do the site review on Wednesday 10th at 4pm instead, or failing that Friday 12th at 8am?\nKieran",
     ["Wednesday 10th at 4pm", "Friday 12th at 8am"]),
    ("Hi Hannah,\nCould we have the kick-off on Thursday 11th at 2pm instead?\nKieran", ["Thursday 11th at 2pm"]),
    ("Bonjour,\nAucune des deux dates ne me va. Pourrait-on faire la visite du chantier le mercredi 10 à 16h plutôt, ou sinon le vendredi 12 à 8h ?\nPaul",
     ["mercredi 10 à 16h", "vendredi 12 à 8h"]),
    ("Buongiorno,\nnon riesco in quelle date. Possiamo fare il sopralluogo mercoledì 10 alle 16 invece, oppure venerdì 12 alle 8?\nPaolo",
     ["mercoledì 10 alle 16", "venerdì 12 alle 8"]),
    ("Hoi,\nGeen van beide lukt. Kunnen we de oplevering op woensdag 10 maart om 16 uur liever doen, of anders vrijdag 12 maart om 8 uur?\nPiet",
     ["woensdag 10 maart om 16 uur", "vrijdag 12 maart om 8 uur"]),
    ("Hej,\nIngen av tiderna passar. Kan vi ta besiktningen onsdag 10 mars kl. 16 istället, eller fredag 12 mars kl. 8?\nPer",
     ["onsdag 10 mars kl. 16", "fredag 12 mars kl. 8"]),
])
def test_a_time_followed_by_instead_is_offered(text: str, offered: list[str]) -> None:
    found = _x(text)
    assert found.kind is Kind.reschedule_request
    assert found.proposed_times == offered and found.meeting_time is None


# ---------------------------------------------------------------- the booking a policy question is about

@pytest.mark.parametrize("text,meeting_time", [
    ("Hello,\nI'm thinking of booking a facial for my sister on Saturday 13 March at 11:00. What's your cancellation policy?\nMia",
     "Saturday 13 March at 11:00"),
    ("Bonjour,\nJe souhaiterais réserver un soin du visage le samedi 13/03 à 11h. Quelles sont vos conditions d'annulation ?\nMia",
     "samedi 13/03 à 11h"),
    ("Buongiorno,\nvorrei prenotare un massaggio per sabato 13 marzo alle 11. Qual è la vostra politica di cancellazione?\nMia",
     "sabato 13 marzo alle 11"),
    ("Hallo,\nIk wil graag een massage boeken op zaterdag 13 maart om 11.00 uur. Wat zijn jullie annuleringsvoorwaarden?\nMia",
     "zaterdag 13 maart om 11.00 uur"),
    ("Hej,\nJag funderar på att boka en massage lördag 13 mars kl. 11. Vilka avbokningsregler har ni?\nMia",
     "lördag 13 mars kl. 11"),
])
def test_a_policy_question_s_booking_is_the_meeting_time(text: str, meeting_time: str) -> None:
    found = _x(text)
    assert found.kind is Kind.policy_question
    assert found.meeting_time == meeting_time and found.proposed_times == []


# ---------------------------------------------------------------- slots counted in weeks

@pytest.mark.parametrize("text,offer,iso", [
    ("Hiya Becky, can I move Rex's groom from Tues 2.15pm? Could do Thurs after 12 or same time the week after x\nJo",
     "same time the week after", "2027-03-09T14:15:00"),
    ("Hi, I need to move my Tuesday 2pm lesson. Would a week later at the same time work?\nJo",
     "a week later at the same time", "2027-03-09T14:00:00"),
    ("Bonjour, je dois déplacer ma séance de mardi 14h. Une semaine plus tard, même heure ?\nJo",
     "Une semaine plus tard, même heure", "2027-03-09T14:00:00"),
    ("Buongiorno, devo spostare la seduta di martedì alle 14. Una settimana dopo, stessa ora?\nJo",
     "Una settimana dopo, stessa ora", "2027-03-09T14:00:00"),
    ("Hoi, we moeten de sessie van dinsdag om 14.00 uur verzetten. Kan het een week later op hetzelfde tijdstip?\nJo",
     "een week later op hetzelfde tijdstip", "2027-03-09T14:00:00"),
    ("Hej! Jag måste flytta min tid på tisdag kl 14. Går det med samma tid om två veckor?\nJo",
     "samma tid om två veckor", "2027-03-16T14:00:00"),
    ("Hej! Jag måste flytta min klippning på tisdag kl 14. Kanske en vecka senare, samma tid?\nJo",
     "en vecka senare, samma tid", "2027-03-09T14:00:00"),
])
def test_a_slot_counted_in_weeks(text: str, offer: str, iso: str) -> None:
    found = _x(text)
    assert offer in found.proposed_times
    ev = found.evidence["proposed_times"][found.proposed_times.index(offer)]
    assert ev.resolved == iso


def test_a_week_later_with_its_day_said_is_one_offer() -> None:
    found = _x("Hoi, kunnen we de sessie van dinsdag 2 maart om 14.00 uur verzetten? Kan het ook een week later, "
               "dinsdag 9 maart, zelfde tijd?\nJo")
    assert "een week later" not in found.proposed_times


# ---------------------------------------------------------------- a question about a meeting already set

@pytest.mark.parametrize("text,lang", [
    ("Hi Lotte,\nAhead of our workshop tomorrow at 1pm, can my colleague Bram also join? And should we bring laptops?\nEsra", L.en),
    ("Bonjour,\nPour le rendez-vous de jeudi à 15h, est-ce que mon associé peut venir aussi ? Merci de m'envoyer l'adresse.\nAlain", L.fr),
    ("Salve,\nvolevo chiederle se all'incontro di lunedì 8 alle 15 può venire anche mia moglie. Mi manda l'indirizzo?\nAlfonso", L.it),
    ("Hoi Lotte!\nNog even over de workshop morgen om 13.00 uur: mag mijn collega ook aansluiten? Moeten we laptops meenemen?\nEsra", L.nl),
    ("Hej Johan!\nInför mötet på tisdag kl. 10 undrar jag en sak: går det bra att min syster följer med?\nFredrik", L.sv),
])
def test_a_question_about_a_meeting_already_set_is_no_invitation(text: str, lang: L) -> None:
    assert kind_of(text, lang) is Kind.other


@pytest.mark.parametrize("text,lang", [
    ("Vi skulle gärna vilja att du kommer och berättar om projektet på vår årsstämma onsdag 17 mars kl. 18.", L.sv),
    ("Nous aimerions que vous veniez présenter le projet à notre assemblée générale le mercredi 17 mars à 18h.", L.fr),
    ("Vorremmo che venisse a presentare il progetto alla nostra assemblea mercoledì 17 marzo alle 18.", L.it),
])
def test_wanting_the_user_to_come_and_speak_invites(text: str, lang: L) -> None:
    assert kind_of(text, lang) is Kind.invitation


@pytest.mark.parametrize("text,lang", [
    ("Hi Del! Can't do Saturday after all, my in-laws are coming. Monday 8th around 5.30pm or Wednesday 10th at 12.15?", L.en),
    ("Coucou ! Je peux plus samedi finalement 😩 Lundi 8 vers 17h30 ou mercredi 10 à 12h15 ça t'irait ?", L.fr),
    ("Ciao! Non posso più sabato, arrivano i suoceri. Lunedì 8 verso le 17.30 o mercoledì 10 alle 12.15?", L.it),
    ("Hej! Jag kan inte på lördag ändå. Måndag 8/3 kl 17.30 eller onsdag 10/3 kl 12.15?", L.sv),
])
def test_a_day_the_client_can_no_longer_do_with_slots_asks_to_move(text: str, lang: L) -> None:
    found = extract(read_message(text), today=TODAY, language=lang)
    assert found.kind is Kind.reschedule_request and len(found.proposed_times) == 2


def test_not_coming_to_the_training_calls_it_off() -> None:
    text = "Hoi Tim,\nHet spijt me, maar ik kan vanavond om 18.45 uur niet naar de training komen. Mijn knie is opgezet.\nDaan"
    assert kind_of(text, L.nl) is Kind.cancellation


# ---------------------------------------------------------------- where the meeting's phrase ends

@pytest.mark.parametrize("text,meeting", [
    ("Gentile dottoressa,\nvorremmo fissare la presentazione del bilancio a tutti i soci giovedì 11 marzo alle 15.\nNiccolò",
     "la presentazione del bilancio"),
    ("Dear Ms Lodi,\nWe'd like to schedule the presentation of the annual plan to the whole board on Thursday 11 March at 3pm.\nNick",
     "the presentation of the annual plan"),
    ("Geachte heer Verbeek,\nIk nodig u graag uit voor een intakegesprek over de verkoop van de zaak door mijn dochter op maandag 8 maart om 10 uur.\nHilde",
     "een intakegesprek over de verkoop van de zaak"),
    ("Hoi Tim,\nSorry, ik kan morgen niet naar de les komen, ik ben ziek.\nDaan", "de les"),
])
def test_the_phrase_ends_before_whom_it_is_for(text: str, meeting: str) -> None:
    found = _x(text).meeting
    assert found is not None and found.removeprefix("l'") .casefold().endswith(meeting.split(" ", 1)[-1].casefold())


@pytest.mark.parametrize("text,meeting", [
    ("Hej Kristina,\nVi vill ha dig med som moderator på vår planeringsdag torsdag 11/3 kl 13–16. Vi bjuder på fika efteråt.\nMåns",
     "planeringsdag"),
    ("Hej!\nVi skulle gärna vilja att du berättar om renoveringen på vår föreningsstämma onsdag 10 mars kl. 18.30.\nBirgitta",
     "föreningsstämma"),
    ("Hej Elin!\nJag måste flytta min tid för klippning på tisdag kl 16.30, har fått ett jobbmöte.\nHanna", "klippning"),
])
def test_named_days_and_treatments_are_meetings(text: str, meeting: str) -> None:
    found = _x(text).meeting
    assert found is not None and found.endswith(meeting)


@pytest.mark.parametrize("subject,body", [
    ("Förlåt!!", "Hej,\nFörlåt för igår kl. 15! Det försvann ur huvudet. Kan jag boka en ny tid?\n"),
    ("Sorry!", "Hi,\nSo sorry about yesterday at 3pm, it slipped my mind. Can I book a new time?\n"),
    ("Scuse", "Buongiorno,\nmi scusi per ieri alle 15, me ne sono dimenticato. Posso prenotare un nuovo orario?\n"),
])
def test_an_apology_subject_names_no_meeting(subject: str, body: str) -> None:
    eml = f"From: Ann Lee <ann@example.com>\nTo: Bo Berg <bo@example.com>\nSubject: {subject}\nDate: Mon, 01 Mar 2027 09:00:00 +0100\n\n{body}"
    found = _x(eml)
    assert found.meeting is None or found.meeting not in (subject, "ny tid", "new time", "nuovo orario")


# ---------------------------------------------------------------- more of each time family, every language

@pytest.mark.parametrize("text,meeting_time", [
    ("Hi Ana,\nWe'd love you to join our open day on Thursday 11 March at 2pm. Kindly RSVP by 4 March.\nTom", "Thursday 11 March at 2pm"),
    ("Hello,\nYou're invited to the launch on Friday 12 March at 6pm. Please confirm by Monday 8 March.\nTom", "Friday 12 March at 6pm"),
    ("Bonjour,\nVous êtes invité au lancement le vendredi 12 mars à 18h. Merci de répondre avant le 8 mars.\nLéa", "vendredi 12 mars à 18h"),
    ("Bonjour,\nNous vous convions à la réunion d'information le jeudi 11 mars à 14h. Inscription avant le lundi 8 mars.\nLéa",
     "jeudi 11 mars à 14h"),
    ("Buongiorno,\nla invitiamo al lancio venerdì 12 marzo alle 18. Ci confermi entro lunedì 8 marzo.\nLuca", "venerdì 12 marzo alle 18"),
    ("Buongiorno,\nla invitiamo alla presentazione giovedì 11 marzo alle 14. Risposta gradita entro il 4 marzo.\nLuca", "giovedì 11 marzo alle 14"),
    ("Beste,\nU bent welkom op de lancering op vrijdag 12 maart om 18.00 uur. Graag bevestigen voor maandag 8 maart.\nEls",
     "vrijdag 12 maart om 18.00 uur"),
    ("Beste,\nWe nodigen u uit voor de presentatie op donderdag 11 maart om 14.00 uur. Laat u het weten vóór 4 maart?\nEls",
     "donderdag 11 maart om 14.00 uur"),
    ("Hej,\nVälkommen till lanseringen fredag 12 mars kl. 18. Anmäl dig senast måndag 8 mars.\nEva", "fredag 12 mars kl. 18"),
    ("Hej,\nVi bjuder in till presentationen torsdag 11 mars kl. 14. Svara senast den 4 mars.\nEva", "torsdag 11 mars kl. 14"),
])
def test_more_reply_deadlines(text: str, meeting_time: str) -> None:
    found = _x(text)
    assert found.meeting_time == meeting_time and not found.proposed_times


@pytest.mark.parametrize("text,span,iso", [
    ("Hi Jo,\nSo sorry for missing our Sunday lesson yesterday at 11 - my alarm didn't go off.\nAoife", "yesterday at 11", "2027-02-28T11:00:00"),
    ("Bonjour,\nPardon pour notre cours de dimanche, hier à 11h - j'ai complètement oublié.\nPaul", "hier à 11h", "2027-02-28T11:00:00"),
    ("Bonjour,\nDésolée d'avoir manqué notre rendez-vous de dimanche hier à 9h30 - je l'avais noté pour 10h30.\nPaule",
     "hier à 9h30", "2027-02-28T09:30:00"),
    ("Buongiorno,\nmi scusi per aver saltato la seduta di domenica, ieri alle 11 - me ne sono dimenticato.\nPaolo",
     "ieri alle 11", "2027-02-28T11:00:00"),
    ("Buongiorno,\nmi scusi per aver saltato l'appuntamento di domenica ieri alle 9.30 - l'avevo segnato per le 10.30.\nPaola",
     "ieri alle 9.30", "2027-02-28T09:30:00"),
    ("Hoi,\nSorry, ik heb de sessie van zondag, gisteren om 11 uur, gemist - ik was het vergeten.\nPiet", "gisteren om 11 uur", "2027-02-28T11:00:00"),
    ("Hoi,\nExcuses dat ik de afspraak van zondag gisteren om 9.30 uur heb gemist - ik dacht dat het 10.30 uur was.\nPia",
     "gisteren om 9.30 uur", "2027-02-28T09:30:00"),
    ("Hej,\nFörlåt att jag missade söndagens lektion, igår kl. 11 - jag glömde bort den.\nPer", "igår kl. 11", "2027-02-28T11:00:00"),
    ("Hej,\nFörlåt att jag missade söndagsträffen igår kl. 9.30 - jag trodde att den var 10.30.\nPia", "igår kl. 9.30", "2027-02-28T09:30:00"),
])
def test_more_of_the_same_day_said_twice(text: str, span: str, iso: str) -> None:
    found = _x(text)
    assert found.kind is Kind.absence_notice
    assert found.meeting_time is not None and found.meeting_time.endswith(span)
    assert _iso(found.evidence["meeting_time"]) == iso


@pytest.mark.parametrize("text,offered", [
    ("Hi,\nMonday doesn't work for me. Could we hold the review on Thursday 11th at 3pm instead?\nKim", ["Thursday 11th at 3pm"]),
    ("Bonjour,\nLundi ne me va pas. Pourrait-on faire le point le jeudi 11 à 15h plutôt ?\nLéa", ["jeudi 11 à 15h"]),
    ("Bonjour,\nJe ne peux pas lundi. On pourrait faire la séance le mardi 9 à 10h à la place ?\nLéa", ["mardi 9 à 10h"]),
    ("Buongiorno,\nlunedì non riesco. Potremmo fare la riunione giovedì 11 alle 15 invece?\nLuca", ["giovedì 11 alle 15"]),
    ("Buongiorno,\nlunedì non posso. Facciamo la lezione martedì 9 alle 10 piuttosto?\nLuca", ["martedì 9 alle 10"]),
    ("Hoi,\nMaandag lukt me helaas niet. Kunnen we het overleg op donderdag 11 maart om 15 uur liever doen?\nEls", ["donderdag 11 maart om 15 uur"]),
    ("Hoi,\nMaandag kan ik niet. Zullen we de les op dinsdag 9 maart om 10 uur in plaats daarvan doen?\nEls", ["dinsdag 9 maart om 10 uur"]),
    ("Hej,\nMåndag passar inte. Kan vi ha mötet torsdag 11 mars kl. 15 istället?\nEva", ["torsdag 11 mars kl. 15"]),
    ("Hej,\nJag kan inte på måndag. Kan vi ta lektionen tisdag 9 mars kl. 10 i stället?\nEva", ["tisdag 9 mars kl. 10"]),
])
def test_more_times_offered_instead(text: str, offered: list[str]) -> None:
    found = _x(text)
    assert found.proposed_times == offered


@pytest.mark.parametrize("text,meeting_time", [
    ("Hi,\nI'd like to book a haircut for Friday 12 March at 4pm. What is your cancellation policy?\nMia",
     "Friday 12 March at 4pm"),
    ("Hi,\nWe're planning to book the tasting for Saturday 13 March at 7pm. What is your cancellation policy for groups?\nMia",
     "Saturday 13 March at 7pm"),
    ("Bonjour,\nJe voudrais réserver une coupe le vendredi 12 mars à 16h. Quelle est votre politique d'annulation ?\nMia",
     "vendredi 12 mars à 16h"),
    ("Bonjour,\nNous pensons réserver la dégustation le samedi 13 mars à 19h. Quelles sont vos conditions d'annulation pour un groupe ?\nMia",
     "samedi 13 mars à 19h"),
    ("Buongiorno,\nvorrei prenotare un taglio per venerdì 12 marzo alle 16. Qual è la politica di cancellazione?\nMia",
     "venerdì 12 marzo alle 16"),
    ("Buongiorno,\npensiamo di prenotare la degustazione per sabato 13 marzo alle 19. Quali sono le condizioni di cancellazione per i gruppi?\nMia",
     "sabato 13 marzo alle 19"),
    ("Hallo,\nIk wil een knipbeurt boeken op vrijdag 12 maart om 16.00 uur. Wat is jullie annuleringsbeleid?\nMia",
     "vrijdag 12 maart om 16.00 uur"),
    ("Hallo,\nWe willen de proeverij boeken op zaterdag 13 maart om 19.00 uur. Wat zijn de annuleringsvoorwaarden voor groepen?\nMia",
     "zaterdag 13 maart om 19.00 uur"),
    ("Hej,\nJag vill boka en klippning fredag 12 mars kl. 16. Vad gäller om jag avbokar dagen innan, vilka avbokningsregler har ni?\nMia",
     "fredag 12 mars kl. 16"),
    ("Hej,\nVi funderar på att boka provsmakningen lördag 13 mars kl. 19. Vilka avbokningsregler gäller för grupper?\nMia",
     "lördag 13 mars kl. 19"),
])
def test_more_policy_questions_about_a_booking(text: str, meeting_time: str) -> None:
    found = _x(text)
    assert found.kind is Kind.policy_question
    assert found.meeting_time == meeting_time and found.proposed_times == []


@pytest.mark.parametrize("text,offer,iso", [
    ("Hi, can we move my Tuesday 2pm session? Same time the week after would be ideal.\nJo", "Same time the week after", "2027-03-09T14:00:00"),
    ("Bonjour, je dois déplacer ma séance de mardi 14h. La semaine suivante, même heure ?\nJo", "La semaine suivante, même heure", "2027-03-09T14:00:00"),
    ("Bonjour, peut-on décaler le cours de mardi à 14h ? Deux semaines plus tard, à la même heure ?\nJo", "Deux semaines plus tard, à la même heure", "2027-03-16T14:00:00"),
    ("Buongiorno, possiamo spostare la lezione di martedì alle 14? La settimana successiva, stessa ora?\nJo", "La settimana successiva, stessa ora", "2027-03-09T14:00:00"),
    ("Buongiorno, devo spostare la seduta di martedì alle 14. Due settimane dopo, alla stessa ora?\nJo", "Due settimane dopo, alla stessa ora", "2027-03-16T14:00:00"),
    ("Hoi, kunnen we de les van dinsdag om 14.00 uur verzetten? De week erna, zelfde tijd?\nJo", "De week erna, zelfde tijd", "2027-03-09T14:00:00"),
    ("Hoi, ik moet de sessie van dinsdag om 14.00 uur verzetten. Twee weken later op hetzelfde uur?\nJo", "Twee weken later op hetzelfde uur", "2027-03-16T14:00:00"),
    ("Hej! Jag måste flytta lektionen, inbokad på tisdag kl 14. Veckan efter, samma tid?\nJo", "Veckan efter, samma tid", "2027-03-09T14:00:00"),
])
def test_more_slots_counted_in_weeks(text: str, offer: str, iso: str) -> None:
    found = _x(text)
    assert offer in found.proposed_times
    assert found.evidence["proposed_times"][found.proposed_times.index(offer)].resolved == iso
