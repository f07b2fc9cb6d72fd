"""Families of phrasings read in round extract7 (messages written for these tests, not taken from any eval set)."""

from __future__ import annotations

from datetime import date

import pytest

from composer.messages.extract import extract

TODAY = date(2026, 12, 7)


def test_glisser_moves_a_session():
    found = extract("Salut Paul,\n\nPour notre atelier vidéo de mardi 10h : on peut glisser à mercredi même heure ?\n\nBises,\nJade", today=TODAY)
    assert found.kind.value == "reschedule_request"
    assert found.meeting_time == "mardi 10h"


@pytest.mark.parametrize("text, meeting", [
    # inspections, consults, tastings, photoshoots, vehicle checks are meetings in every language
    ("Hi Ben,\n\nI have to cancel the roof inspection on Friday at 9, sorry.\n\nBest,\nAnn", "the roof inspection"),
    ("Hoi Lisa,\n\nKunnen we de fotoshoot van zaterdag verzetten? Zondag 13 december om 10 uur zou beter zijn.\n\nGroet,\nBram", "de fotoshoot"),
    ("Hej Nils,\n\nKan vi flytta besiktningen av taket till onsdag 16 december kl. 9?\n\nMvh\nKarin", "besiktningen av taket"),
    ("Bonjour Paul,\n\nJe dois annuler la dégustation de vins de jeudi 10 décembre à 18h.\n\nCordialement,\nMarie", "la dégustation de vins"),
    # an adverb or an auxiliary ends the name
    ("Buongiorno,\nper la revisione del contratto purtroppo martedì non va bene. Propongo giovedì 17/12 alle 11.\nSaluti\nGino", "la revisione del contratto"),
    ("Beste Els,\n\nSorry dat ik gisteren om 10 uur niet op het intakegesprek over mijn dossier ben gekomen.\n\nGroet,\nJan", "het intakegesprek over mijn dossier"),
    # a relative day ends it too
    ("Bonjour,\n\nJ'ai raté notre séance de yoga d'hier 18h, désolé. Peut-on se voir lundi 14 à 18h ?\n\nLéo", "séance de yoga"),
])
def test_meeting_names(text, meeting):
    assert extract(text, today=TODAY).meeting == meeting


@pytest.mark.parametrize("text", [
    # a subject that asks a question or names a bill is no meeting
    "Subject: Question about the no-show charge\n\nHi,\n\nWhy was I charged for a no-show? How many hours before can I cancel for free?\n\nThanks,\nRay",
    "Subject: Vraag over factuur oktober\n\nGoedemiddag,\n\nHoe lang van tevoren kan ik kosteloos annuleren?\n\nGroet,\nPim",
    # "cancel at short notice" says how, not what
    "Hej!\n\nVad kostar det om man avbokar med kort varsel?\n\nTack,\nEbba",
])
def test_no_meeting_named(text):
    assert extract(text, today=TODAY).meeting is None


def test_a_determined_complement_left_half_by_the_clients_side_goes():
    # "over de verbouwing | van onze winkel": the renovation is the client's; the reply names only the talk
    found = extract("Dag Wim,\n\nZou je donderdag 10 december om 14u kunnen langskomen voor een kennismakingsgesprek over de inrichting "
                    "van onze zaak in Brugge?\n\nMvg\nKatrien", today=TODAY)
    assert found.meeting == "kennismakingsgesprek"
    # a bare classifier before it stays: "il percorso di formazione | dei nostri capi reparto"
    found = extract("Buongiorno,\n\nvorrei capire le condizioni di disdetta per il corso di formazione dei nostri magazzinieri.\n\nGrazie,\nLia", today=TODAY)
    assert found.meeting == "il corso di formazione"


@pytest.mark.parametrize("text", [
    # what is quoted, billed or sent is no meeting; nor is an earlier event
    "Bonjour Anne,\n\nMerci pour votre devis de coaching. Pourriez-vous le refaire au nom de la société ?\n\nCordialement,\nPaul",
    "Hoi Tim,\n\nTop, tot donderdag! Kun je de presentatie van vorige keer nog even doorsturen?\n\nGroet,\nAnouk",
    "Hi Sam,\n\nCould you send over the slides from last year's workshop before we meet?\n\nThanks,\nRia",
])
def test_not_the_meeting(text):
    assert extract(text, today=TODAY).meeting is None


def test_a_plain_appointment_is_named_by_its_purpose():
    found = extract("Gentile dottoressa,\n\ndisdico l'appuntamento per la consulenza fiscale fissato per il 21/12 alle 9.\n\nCordiali saluti\nLuca Neri", today=TODAY)
    assert found.meeting == "la consulenza fiscale"


def test_history_first_with_a_dated_attribution():
    text = ("Anna Berg skrev 2026-12-04 09:12:\n> Hej Olle, passar tisdag 8/12 kl. 10 för genomgången?\n> /Anna\n\n"
            "Tisdag går inte för genomgången av budgeten. Går det onsdag 9/12 efter kl. 15?\n\n/Olle Lind\n")
    found = extract(text, today=TODAY)
    assert found.meeting == "genomgången av budgeten"
    assert found.proposed_times == ["onsdag 9/12 efter kl. 15"]
    assert found.recipient_name == "Olle Lind"


def test_a_forwarded_invitation_the_client_cannot_attend():
    text = ("Hi Jo,\n\nForwarding this invite - could you go in my place? I'm on leave that week.\n\nTom\n\n"
            "From: Chamber of Commerce <events@chamber.example>\nSent: 1 December 2026 10:00\nTo: Tom Hill\n"
            "Subject: Invitation: Breakfast briefing on export rules\n\n"
            "Join us for a breakfast briefing on export rules on Wednesday 16 December at 7:30am at the Guildhall.\n")
    found = extract(text, today=TODAY)
    assert found.kind.value == "invitation"
    assert found.meeting_time == "Wednesday 16 December at 7:30am"
    assert found.meeting in ("Breakfast briefing on export rules", "breakfast briefing on export rules")


@pytest.mark.parametrize("lang_text, span, iso", [
    ("Kan het ook vrijdag de 18de in de namiddag?", "vrijdag de 18de in de namiddag", "2026-12-18"),
    ("Possiamo fare giovedì 10 in pausa pranzo?", "giovedì 10 in pausa pranzo", "2026-12-10"),
    ("Ça te dirait mardi prochain (le 15) vers 11h ?", "mardi prochain (le 15) vers 11h", "2026-12-15T11:00"),
    ("J'ai raté la réunion d'hier 9h30, désolée.", "hier 9h30", "2026-12-06T09:30"),
    ("Går det tisdag 8/12 kl. 10.00–11.00 hos er?", "tisdag 8/12 kl. 10.00–11.00", "2026-12-08T10:00"),
    ("Lukt het woensdag 9-12 na 14.00 uur?", "woensdag 9-12 na 14.00 uur", "2026-12-09T14:00"),
])
def test_time_forms(lang_text, span, iso):
    found = extract("Hej,\n\n" + lang_text + "\n\nGroet,\nAnna", today=TODAY)
    spans = [found.meeting_time, *found.proposed_times]
    assert span in spans
    ev = found.evidence["meeting_time"] if found.meeting_time == span else found.evidence["proposed_times"][found.proposed_times.index(span)]
    assert ev.resolved.startswith(iso)


@pytest.mark.parametrize("text, span", [
    ("Hi Jo,\n\nCould we meet Tuesday 15 December at 3pm ET?\n\nThanks,\nAl", "Tuesday 15 December at 3pm ET"),
    ("Hi Jo,\n\nCould we meet Tuesday 15 December, 10:00–11:00 UK time?\n\nThanks,\nAl", "Tuesday 15 December, 10:00–11:00 UK time"),
])
def test_a_zone_written_after_the_clock_is_part_of_the_time(text, span):
    assert extract(text, today=TODAY).meeting_time == span


def test_a_range_on_the_new_day_of_a_move_stays_one():
    found = extract("Bonjour,\n\nSerait-il possible de reporter notre réunion au mardi 15/12 de 10h à 11h30 ?\n\nCordialement,\nMarc", today=TODAY)
    assert found.proposed_times == ["mardi 15/12 de 10h à 11h30"]


@pytest.mark.parametrize("text, meeting_time, proposed", [
    # a day ruled out, a run of weekdays, when to call, a closing of the books: no times of a meeting
    ("Beste Piet,\n\nSorry voor gisteren. Ik kan elke middag behalve donderdag.\n\nGroet,\nEva", "gisteren", []),
    ("Bonjour,\n\nQuelles sont vos conditions d'annulation ? Je suis au bureau du mardi au vendredi de 9h à 17h.\n\nMerci,\nLéa", None, []),
    ("Goedemiddag,\n\nHoe lang van tevoren kan ik kosteloos annuleren? U kunt mij bellen tussen 9.00 en 10.00 uur.\n\nGroet,\nPim", None, []),
    ("Bonjour,\n\nMerci pour le devis. Notre comptabilité clôture le 18/12 à 17h.\n\nCordialement,\nNoé", None, []),
    # "also possible" offers a second time
    ("Dag Wim,\n\nKun je dinsdag 8/12 om 10u langskomen voor de opmeting? Kan ook woensdag 9/12 in de namiddag.\n\nMvg\nAn",
     "dinsdag 8/12 om 10u", ["woensdag 9/12 in de namiddag"]),
    # a busy day is no offer and no meeting time
    ("Hej,\n\nIngen av de tiderna passar för genomgången, jag jobbar hela torsdagen. Går det fredag 11/12 kl. 9?\n\n/Per", None, ["fredag 11/12 kl. 9"]),
    # a "cannot make it" that offers new days is a move: the old time is the meeting's
    ("Hi Jo,\n\nSomething came up - can we move tomorrow's 10:30 call to Thursday 10/12 at 2pm?\n\nThanks,\nDee", "tomorrow's 10:30", ["Thursday 10/12 at 2pm"]),
])
def test_roles(text, meeting_time, proposed):
    found = extract(text, today=TODAY)
    assert found.meeting_time == meeting_time
    assert found.proposed_times == proposed


def test_in_a_confirmation_the_day_after_the_meeting_noun_is_its_time():
    found = extract("Hej Elin,\n\nTack! Jag tar med min kollega på mötet på torsdag. Skicka gärna agendan.\n\nMvh\nLars", today=TODAY)
    assert found.kind.value == "other"
    assert found.meeting_time == "torsdag"
    assert found.proposed_times == []


@pytest.mark.parametrize("text, sender, client", [
    ("Bonjour Maître,\n\nJe dois annuler notre rendez-vous de lundi 14 à 9h.\n\nCordialement,\nPaul Roux", None, "Paul Roux"),
    ("G'day Mia,\n\nSorry, I missed the walkthrough yesterday arvo.\n\nCheers,\nJack", "Mia", "Jack"),
    ("Buongiorno,\n\ndisdico l'appuntamento di martedì 15 alle 10.\n\nCordialità\nAnna Ferri\n", None, "Anna Ferri"),
])
def test_names(text, sender, client):
    found = extract(text, today=TODAY)
    assert found.sender_name == sender
    assert found.recipient_name == client


@pytest.mark.parametrize("text, kind", [
    # a cancellation with a question whether late ones are billed is still a cancellation
    ("Hej Lisa,\n\nJag måste avboka genomgången i dag kl. 10, vi har strömavbrott. Debiteras sena avbokningar? Faktureras de i så fall?\n\nMvh\nOla", "cancellation"),
    # how long in advance one may cancel, beside a bill: a question about the terms
    ("Goedemiddag,\n\nIk heb een vraag over de factuur van oktober. Tot hoe lang van tevoren kan ik kosteloos annuleren?\n\nGroet,\nPim", "policy_question"),
    ("Hi Tom,\n\nBefore I book the course: how much notice do you need if I have to cancel?\n\nThanks,\nRia", "policy_question"),
    # called off, with everything pushed to "the spring": a cancellation
    ("Beste Eva,\n\nHet bestuur heeft besloten de workshop van vrijdag 18 december te laten vervallen; we schuiven alles door naar het voorjaar.\n\nGroet,\nJoris", "cancellation"),
])
def test_kinds(text, kind):
    assert extract(text, today=TODAY).kind.value == kind


@pytest.mark.parametrize("text, meeting", [
    # what got in the way (indefinite) is not the meeting missed (known to both)
    ("Ciao Marco,\n\nieri alle 15 ero bloccato con un'ispezione e ho perso l'appuntamento per il bilancio. Possiamo rifarlo lunedì alle 10?\n\nLuca",
     "il bilancio"),
    # a capitalised noun inside a company's name is no meeting
    ("Bonjour,\n\nMerci de refaire la facture au nom de la SARL Atelier Martin. La compta clôture vendredi.\n\nCordialement,\nEmma", None),
    # "non", "ne" end the name; an elided "dell'" links a complement
    ("Ciao,\ndomani per la prova dell'abito non riesco, possiamo fare giovedì?\nBea", "la prova dell'abito"),
    # the client's own (singular) side is left out after a purpose link
    ("Buongiorno,\n\nvorrei fissare una consulenza fiscale per la mia azienda giovedì 10 dicembre alle 11.\n\nGrazie,\nPia", "consulenza fiscale"),
])
def test_meeting_choices(text, meeting):
    assert extract(text, today=TODAY).meeting == meeting


@pytest.mark.parametrize("text, meeting", [
    ("Salut Léa !\n\nTu serais dispo mardi 15 vers 10h pour qu'on cale le budget du festival ?\n\nBises,\nMax", "le budget du festival"),
    ("Hi Kim,\n\nAre you free Tuesday 15 December at 10 to plan the spring newsletter?\n\nThanks,\nRob", "the spring newsletter"),
])
def test_what_a_purpose_clause_names(text, meeting):
    assert extract(text, today=TODAY).meeting == meeting


@pytest.mark.parametrize("text, meeting_time", [
    # a call offered at a clock is a time; being reachable is not
    ("Hi Sam,\n\nCan you call me at 3 about the contract?\n\nThanks,\nJo", "at 3"),
    ("Hoi Jan,\n\nKunnen we om 15 uur even bellen over de offerte?\n\nGroet,\nEls", "om 15 uur"),
])
def test_a_call_offered_at_a_clock_is_kept(text, meeting_time):
    assert extract(text, today=TODAY).meeting_time == meeting_time


@pytest.mark.parametrize("text, meeting", [
    # a time standing for the meeting, then what it is about
    ("Hi Sam,\n\nSorry, I completely forgot our 11am yesterday about the pricing model. Could we do Friday at 9 instead?\n\nBest,\nAl", "the pricing model"),
    # "bellen over": what the call is about; a plural noun after its adjective is no verb
    ("Hoi Piet,\n\nIk was vergeten dat we vanochtend om 9 uur zouden bellen over de nieuwe kassasystemen. Kan het morgen om 10 uur?\n\nMark",
     "de nieuwe kassasystemen"),
])
def test_what_a_time_or_a_call_is_about(text, meeting):
    assert extract(text, today=TODAY).meeting == meeting


@pytest.mark.parametrize("text, meeting", [
    # an indefinite meeting that got in the way; the one cancelled is named by its time and topic
    ("Hi Sam,\n\nI've been pulled into a board meeting and won't make our 3pm today on the budget review. Sorry!\n\nJo", "the budget review"),
    # a name in apposition after the head
    ("Dag Piet,\n\nik ga morgen om 9u niet kunnen komen voor de cursus Python, sorry.\n\nIne", "de cursus Python"),
])
def test_more_meeting_names(text, meeting):
    assert extract(text, today=TODAY).meeting == meeting


def test_an_aside_in_brackets_is_not_the_meeting_moved():
    found = extract("Bonjour Anne,\n\nUne urgence (inspection des locaux) m'oblige à décaler notre réunion d'équipe prévue le mardi 8/12 à 10h. "
                    "Seriez-vous libre le jeudi 10/12 à 10h ?\n\nCordialement,\nMarc", today=TODAY)
    assert found.meeting == "réunion d'équipe"
