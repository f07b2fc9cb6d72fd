"""Families of misses found on the v9/v10 message sets (extract11), each written anew for these tests in the five
languages: kinds (not showing up or not connecting, the terms asked in words, calling off in other words, a move asked
passively, invitation frames, "all good for"), names (a sign-off after an emoji, a self-introduction, a bare "--", forms
of address, a firm as display name), time spans, time roles and the meeting's phrase. None of these strings is from an
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


# ---------------------------------------------------------------- kinds

@pytest.mark.parametrize("lang,text", [
    (L.fr, "Bonjour,\nJe n'ai pas pu me présenter à la séance de jeudi, ma voiture est tombée en panne. Auriez-vous un créneau lundi ?"),
    (L.fr, "Madame,\nJe ne me suis pas connecté à la visio de ce matin, mon ordinateur refusait de démarrer."),
    (L.fr, "Bonsoir Luc,\nJe n'ai pas pu me déplacer hier pour le bilan, la route était coupée. Seriez-vous libre mercredi ?"),
    (L.it, "Buongiorno,\nnon sono riuscita a presentarmi alla visita di lunedì, avevo la febbre alta. Possiamo vederci giovedì?"),
    (L.it, "Gentile Sara,\nnon mi sono proprio collegato alla call di ieri, ero in treno senza rete."),
    (L.it, "Ciao Paolo,\nnon sono riuscito ad arrivare all'incontro di stamattina, sciopero dei treni. Ti va bene venerdì?"),
    (L.nl, "Beste Wim,\nSorry dat ik niet op het gesprek van dinsdag om 10 uur ben verschenen, mijn trein viel uit. Kan donderdag ook?"),
    (L.nl, "Hoi Mies,\nIk ben gisteren niet op de online sessie ingelogd, de wifi lag eruit."),
    (L.nl, "Beste heer Kok,\nExcuses dat we niet bij de bezichtiging van zaterdag zijn gekomen. Zou maandag kunnen?"),
    (L.sv, "Hej Åke,\nJag dök aldrig upp på mötet i tisdags, jag hade fel datum i kalendern. Passar torsdag?"),
    (L.sv, "Hej!\nFörlåt att jag inte var på plats vid besiktningen i går, bilen startade inte. Kan vi ta onsdag?"),
    (L.sv, "Hej Lena,\nJag var aldrig på plats vid provningen i fredags, tåget stod still i två timmar."),
    (L.en, "Hi Tom,\nI never showed up for our review on Tuesday, my son was ill. Could we try Thursday at 2?"),
    (L.en, "Dear Ms Hill,\nI failed to attend the induction yesterday because of a flat tyre. Is Friday possible?"),
    (L.en, "Hi Jo,\nSorry, I didn't dial in to the call this morning, the line was dead."),
])
def test_not_showing_up_or_connecting_is_an_absence_even_with_a_new_day(lang: L, text: str) -> None:
    assert kind_of(text, lang) is Kind.absence_notice


@pytest.mark.parametrize("lang,text", [
    (L.fr, "Bonjour,\nAvant de réserver les ateliers, j'aimerais savoir ce qui se passe si j'annule la veille."),
    (L.fr, "Madame,\nQue se passe-t-il en cas d'annulation moins de deux jours avant la séance ?"),
    (L.fr, "Bonjour,\nQue se passe-t-il si j'annule une séance à cause d'une grève ?"),
    (L.it, "Buongiorno,\nprima di prenotare vorrei capire cosa succede se devo disdire una lezione all'ultimo."),
    (L.it, "Salve,\ncosa succede in caso di disdetta il giorno stesso?"),
    (L.it, "Gentile dottoressa,\ncosa succede se devo annullare una seduta per malattia?"),
    (L.nl, "Goedemiddag,\nKunt u mij vertellen welke annuleringstermijn u aanhoudt voor de cursus?"),
    (L.nl, "Beste Ans,\nWat gebeurt er als ik een les een dag van tevoren afzeg?"),
    (L.nl, "Hallo,\nWat is de annuleringsperiode voor het pakket van vijf sessies?"),
    (L.sv, "Hej,\nInnan jag bokar undrar jag vad som gäller vid avbokning av en kurs."),
    (L.sv, "Hej Karin,\nHur sent kan man avboka en behandling utan att betala?"),
    (L.sv, "Hej!\nVad gäller om jag måste lämna återbud samma dag?"),
    (L.en, "Hello,\nI want to find out about your cancellation policy before I book the course."),
    (L.en, "Hi,\nI'd like to know about your rescheduling policy for the coaching sessions."),
    (L.en, "Good morning,\nCould you tell me what your terms are if a session is cancelled on the day?"),
])
def test_the_terms_asked_in_words_are_a_policy_question(lang: L, text: str) -> None:
    assert kind_of(text, lang) is Kind.policy_question


@pytest.mark.parametrize("lang,text", [
    (L.fr, "Bonjour,\nNous ne pourrons plus tenir la formation du 12 mars, la salle a été réquisitionnée."),
    (L.it, "Buongiorno,\nnon potremo più tenere il corso di venerdì, la sede è chiusa per lavori."),
    (L.nl, "Beste Els,\nDe bijles van woensdag mag geschrapt worden, hij is op schoolreis."),
    (L.nl, "Hoi Tim,\nDe training van zaterdag wordt geschrapt, te weinig aanmeldingen."),
    (L.sv, "Hej Olle,\nVi kommer tyvärr inte att kunna hålla kursen på tisdag, lokalen är upptagen."),
    (L.en, "Dear Sam,\nWe will no longer be able to hold the workshop on 12 March as planned."),
    (L.en, "Hi Kate,\nWe can no longer run the team day next Friday, budget has been frozen."),
])
def test_calling_off_in_other_words_is_a_cancellation(lang: L, text: str) -> None:
    assert kind_of(text, lang) is Kind.cancellation


@pytest.mark.parametrize("lang,text,kind", [
    (L.nl, "Hoi Joke, kan onze afspraak van donderdag verzet worden? Vrijdag zou beter passen.", Kind.reschedule_request),
    (L.nl, "Beste Frank,\nKan het overleg van maandag verplaatst worden naar dinsdag?", Kind.reschedule_request),
    (L.nl, "Dag Lien, zou de les van woensdag verschoven kunnen worden naar donderdag?", Kind.reschedule_request),
    (L.sv, "Hej Maja,\nSkulle vi kunna skjuta på mötet på torsdag? Fredag passar bättre.", Kind.reschedule_request),
    (L.sv, "Hej Bo! Kan vi skjuta på fikat till nästa vecka?", Kind.reschedule_request),
    (L.sv, "Hej,\nGår det att skjuta på genomgången en dag?", Kind.reschedule_request),
    (L.en, "Hi Ana,\nHope the move went well! We'd love to have you at our design review on Thursday at 2pm.", Kind.invitation),
    (L.en, "Hi Raj,\nHope your move was smooth. Could you come and present at our board meeting on Tuesday?", Kind.invitation),
    (L.en, "Hi Lou,\nCongrats on the move! Would you like to join our workshop on Monday at 10?", Kind.invitation),
])
def test_a_move_asked_passively_and_a_house_move_that_is_none(lang: L, text: str, kind: Kind) -> None:
    assert kind_of(text, lang) is kind


@pytest.mark.parametrize("lang,text", [
    (L.fr, "Monsieur,\nNous réunissons le conseil le 4 mars à 18h. Votre présence nous serait précieuse."),
    (L.fr, "Madame,\nNous serions très heureux que vous animiez notre soirée des membres le 9 avril."),
    (L.fr, "Bonjour,\nVotre présence est attendue au comité de suivi du 15 mars."),
    (L.it, "Gentile avvocato,\nla sua presenza sarebbe preziosa all'assemblea dei soci del 20 marzo."),
    (L.it, "Caro Marco,\nsperiamo che lei possa venire alla serata del 12 aprile."),
    (L.it, "Gentile signora,\nla vostra presenza è gradita al consiglio di lunedì."),
    (L.nl, "Hoi Bas,\nZie hieronder. Zou jij mee willen gaan om iets over het onderzoek te vertellen?"),
    (L.nl, "Beste Fenna,\nWij hopen dat u erbij kunt zijn op de ledenavond van 3 maart."),
    (L.nl, "Geachte heer Smit,\nUw aanwezigheid op de bewonersavond van 9 maart wordt zeer op prijs gesteld."),
    (L.sv, "Hej Cecilia,\nReferensgruppen träffas 21/3 kl 13. Vi hoppas att du kan komma och berätta om utredningen."),
    (L.sv, "Hej Jonas,\nVi hoppas att ni vill delta i årsmötet den 12 april."),
    (L.sv, "Hej!\nDin närvaro på styrelsemötet den 3 mars skulle uppskattas."),
    (L.en, "Dear Mr Lee,\nWe hope you can join us for the annual dinner on 3 April."),
    (L.en, "Hi Zoe,\nYour presence would make the launch on Friday special."),
    (L.en, "Hello Ian,\nWe hope that you will be able to attend the site opening on 9 March."),
])
def test_invitation_by_presence_or_hope(lang: L, text: str) -> None:
    assert kind_of(text, lang) is Kind.invitation


@pytest.mark.parametrize("lang,text", [
    (L.en, "Hi Bronwen,\nAll good for the workshop on Thursday at 2. Is there parking at the venue?"),
    (L.en, "Hi Dev,\nWe're good for the call on Monday. Could you share the dial-in?"),
    (L.it, "Ciao Lucia,\ntutto ok per la riunione di giovedì. C'è un proiettore in sala?"),
    (L.nl, "Hoi Sem,\nAlles in orde voor de training van dinsdag. Is er een beamer?"),
    (L.sv, "Hej Alva,\nAllt klart för mötet på tisdag. Finns det parkering?"),
])
def test_all_good_for_confirms(lang: L, text: str) -> None:
    assert kind_of(text, lang) is Kind.other


def test_a_forwarded_invitation_the_client_asks_the_user_to_attend_is_an_invitation() -> None:
    text = ("Hoi Bas,\n\nZie hieronder. Zou jij mee willen gaan om een kwartiertje over het plan te vertellen? Anders kan Femke in jouw plaats.\n\n"
            "Groet,\nIlse\n\n-----Oorspronkelijke afspraak-----\nVan: Gemeente\nOnderwerp: Informatieavond\n"
            "Wanneer: donderdag 18 maart 2027 19:30-21:30\nWaar: stadhuis\n")
    x = _x(text)
    assert x.kind is Kind.invitation
    assert x.proposed_times == []  # "om een kwartiertje" is no clock


# ---------------------------------------------------------------- names

@pytest.mark.parametrize("text,name", [
    ("salut Léa !! on peut décaler la séance de samedi ? dimanche ça irait 😘 Clem", "Clem"),
    ("ciao Mimmo, per domani non ce la faccio, possiamo fare giovedì? 🙏 Rosaria", "Rosaria"),
    ("Hoi Tess, kan de les van vrijdag een uur later? 😊 Bram", "Bram"),
    ("Hej Ida! Kan vi flytta fikat till fredag? 🙂 Maja", "Maja"),
    ("Hi Tamati! Could we move our chat to Wed at 3? Cheers, Mereana 🙂", "Mereana"),
    ("Hi Priya, can we do Friday instead of Thursday? Thanks! Dan 👍", "Dan"),
])
def test_a_sign_off_after_an_emoji_or_before_one(text: str, name: str) -> None:
    assert _x(text).recipient_name == name


@pytest.mark.parametrize("text,name", [
    ("Salut Soraya, c'est Yacine (la cuisine rue Paradis). Pour le rdv de jeudi, on peut décaler ?", "Yacine"),
    ("Ciao Marta, sono Giulia, per la prova di venerdì possiamo fare sabato?", "Giulia"),
    ("Hoi Kees, met Annelies. Kunnen we de afspraak van maandag verzetten?", "Annelies"),
    ("Hej Sven, det är Lotta! Kan vi flytta mötet på tisdag?", "Lotta"),
    ("Hi Paul, it's Hannah here. Can we push Tuesday's session to Wednesday?", "Hannah"),
])
def test_a_self_introduction_in_the_first_line_names_the_client(text: str, name: str) -> None:
    assert _x(text).recipient_name == name


@pytest.mark.parametrize("text,name", [
    ("Bonjour à tous,\n\nC'est bon pour l'atelier de jeudi à 14h.\n\nÀ jeudi,\nNadia (Vélo Club Nord)\n\n--\n", "Nadia"),
    ("Ciao a tutti,\n\nconfermo il corso di martedì alle 9.\n\nA martedì,\nPiero (Pro Loco)\n\n--\n", "Piero"),
    ("Hi all,\n\nAll set for the workshop on Friday at 10.\n\nSee you,\nMorag (Leith Rowing Club)\n\n--\n", "Morag"),
])
def test_a_bare_separator_closing_pasted_text_is_no_line(text: str, name: str) -> None:
    assert _x(text).recipient_name == name


@pytest.mark.parametrize("text", [
    "Maître,\n\nJe ne pourrai pas venir au rendez-vous de lundi.\n\nCordialement,\nJeanne Roy",
    "Avvocato,\n\nnon riesco a venire all'appuntamento di lunedì.\n\nCordiali saluti,\nLuca Sala",
    "Good afternoon Ma,\n\nI will not be able to attend the class on Monday.\n\nRegards,\nTunde Ade",
    "Good morning Sir,\n\nI cannot make the meeting on Monday.\n\nRegards,\nAmaka Obi",
])
def test_a_form_of_address_names_nobody(text: str) -> None:
    assert _x(text).sender_name is None


@pytest.mark.parametrize("to", ["Studio Fisio Levante <info@example.it>", "Cabinet Martin Conseil <contact@example.fr>",
                                "Praktijk De Linde <info@example.nl>", "Kliniken Solbacken <kontakt@example.se>"])
def test_a_practice_or_firm_in_the_to_header_is_not_the_user(to: str) -> None:
    raw = (f"From: Anna Berg <anna@example.com>\nTo: {to}\nSubject: Appuntamento\nDate: Mon, 1 Mar 2027 09:00:00 +0100\n"
           "Content-Type: text/plain; charset=utf-8\n\nBuongiorno,\ndevo disdire la seduta di oggi alle 11.\n\nAnna Berg\n").encode()
    x = extract(read_message(raw), today=TODAY)
    assert x.sender_name is None
    assert x.recipient_name == "Anna Berg"


def test_moi_greets_in_groningen() -> None:
    assert _x("Moi Jorieke! Kan de afspraak van morgen verzet worden? Groetjes Hilde").sender_name == "Jorieke"


# ---------------------------------------------------------------- time spans

@pytest.mark.parametrize("lang,text,span,iso", [
    (L.en, "Hi Jo, could we move Tuesday's call? Would Thu 4 Mar, 3.15ish work instead? Ta, Kim", "Thu 4 Mar, 3.15ish", "2027-03-04T15:15"),
    (L.en, "Hi Jo, I need to move our call on Tuesday at 10. Would Wed 3 Mar at 2pm or Fri first thing (8am) work instead? Ta, Kim", "Fri first thing (8am)", "2027-03-05T08:00"),
    (L.en, "Dear Ken, could we move the site visit? Thursday 4th March at 09:00 hrs would suit. Regards, Amos", "Thursday 4th March at 09:00 hrs", "2027-03-04T09:00"),
    (L.en, "Dear Ken, can we move the call? Could we do Wednesday 3 March at 10h00 instead? Regards, Thandi", "Wednesday 3 March at 10h00", "2027-03-03T10:00"),
    (L.it, "Ciao Ugo, per la lezione di lunedì non ce la faccio. Possiamo fare mercoledì 3 marzo h. 17? Bea", "mercoledì 3 marzo h. 17", "2027-03-03T17:00"),
    (L.it, "Ciao Ugo, la prova di lunedì salta, possiamo spostarla a giovedì mattina presto, tipo 8 e mezza? Bea", "giovedì mattina presto, tipo 8 e mezza", "2027-03-04T08:30"),
    (L.nl, "Beste Jan, kan ons gesprek van dinsdag verzet worden? Zou donderdagavond rond achten kunnen? Groet, Els", "donderdagavond rond achten", "2027-03-04T20:00"),
    (L.nl, "Beste Jan, kan de les van maandag verzet worden? Kan het woensdag 3 maart, ook om 9.00 uur? Groet, Els", "woensdag 3 maart, ook om 9.00 uur", "2027-03-03T09:00"),
    (L.nl, "Beste Jan, kan het overleg verplaatst worden? Donderdag 4 maart 's ochtends vroeg zou passen. Groet, Els", "Donderdag 4 maart 's ochtends vroeg", "2027-03-04"),
    (L.sv, "Hej Per! Måste flytta vårt möte på tisdag kl 15. Funkar torsdag strax efter 10? /Anna", "torsdag strax efter 10", "2027-03-04T10:00"),
    (L.sv, "Hej Per, jag måste flytta mötet på tisdag. Annars är jag ledig hela fredagen. /Anna", "hela fredagen", "2027-03-05"),
    (L.fr, "coucou Léa, on peut décaler la séance de samedi ? dimanche 7 dans l'aprèm ça irait ? Clem", "dimanche 7 dans l'aprèm", "2027-03-07"),
])
def test_time_spans_as_people_write_them(lang: L, text: str, span: str, iso: str) -> None:
    x = _x(text)
    found = {e.text: e.resolved for e in x.evidence.get("proposed_times", [])}
    assert span in found, (x.proposed_times, x.meeting_time)
    assert (found[span] or "")[:16] == iso


def test_a_dutch_article_after_om_is_no_clock() -> None:
    x = _x("Hoi Bas, zou je mee willen gaan om een kwartiertje te vertellen? En om een paar vragen te beantwoorden? Groet, Els")
    assert x.meeting_time is None and x.proposed_times == []


def test_today_afternoon_in_flemish() -> None:
    x = _x("Dag Jan,\nIk moet onze afspraak van deze namiddag om 14u annuleren, mijn zoon is ziek.\nMvg,\nMaïté")
    assert x.meeting_time == "deze namiddag om 14u"
    assert x.evidence["meeting_time"].resolved.startswith("2027-03-01T14:00")


# ---------------------------------------------------------------- time roles

@pytest.mark.parametrize("text,meeting_time", [
    ("Bonjour Anne,\nPetite question pour l'atelier de mardi 2 mars à 10h : pourriez-vous m'envoyer l'ordre du jour ?\nMerci,\nSolène", "mardi 2 mars à 10h"),
    ("Buongiorno,\nper il corso di mercoledì 3 alle 9: potrebbe mandarmi l'elenco dei partecipanti?\nGrazie,\nPia", "mercoledì 3 alle 9"),
    ("Dag Kristof,\nZou je de offerte kunnen doorsturen vóór ons werkoverleg van vrijdag om 10u?\nMerci,\nSarah", "vrijdag om 10u"),
    ("Hej Lisa,\nInför mötet inbokat på torsdag kl. 9: kan du skicka agendan?\nTack,\nOla", "torsdag kl. 9"),
    ("Hi Sue,\nQuick one about the workshop scheduled for Thursday at 2pm: could you send the slides beforehand?\nThanks,\nMo", "Thursday at 2pm"),
])
def test_the_time_on_the_meetings_noun_in_a_question_about_something_else(text: str, meeting_time: str) -> None:
    x = _x(text)
    assert x.meeting_time == meeting_time
    assert x.proposed_times == []


@pytest.mark.parametrize("text,meeting_time,proposed", [
    ("Buongiorno,\nho un impegno in banca proprio per venerdì pomeriggio: possiamo spostare la nostra riunione\ndi venerdì 5 alle 15? "
     "Le propongo lunedì 8 in mattinata.\nGrazie,\nGinevra", "venerdì 5 alle 15", ["lunedì 8 in mattinata"]),
    ("Bonjour,\nj'ai un rendez-vous chez le dentiste jeudi matin : pouvons-nous décaler notre réunion\nde jeudi 4 à 10h ? "
     "Je propose lundi 8 à 14h.\nMerci,\nAnaïs", "jeudi 4 à 10h", ["lundi 8 à 14h"]),
    ("Hi Sam,\nI have a dentist appointment on Thursday morning: can we move our review\nof Thursday 4 March at 10? "
     "I could do Monday 8 March at 2pm.\nThanks,\nAl", "Thursday 4 March at 10", ["Monday 8 March at 2pm"]),
])
def test_another_appointment_before_a_colon_is_not_offered(text: str, meeting_time: str, proposed: list[str]) -> None:
    x = _x(text)
    assert x.meeting_time == meeting_time
    assert x.proposed_times == proposed


@pytest.mark.parametrize("text,proposed", [
    ("Hi Mark,\nSorry I missed our call yesterday. Could we try Friday at 10? If not, any morning next week suits.\nCiarán", ["Friday at 10"]),
    ("Bonjour,\nDésolé pour la réunion manquée hier. Vendredi à 10h ? Sinon n'importe quel matin de la semaine prochaine.\nLuc", ["Vendredi à 10h"]),
    ("Hej Ebba,\nFörlåt att jag missade mötet i går. Kan vi ta onsdag eller torsdag, helst före kl 14?\n/Jonna", ["onsdag", "torsdag"]),
])
def test_what_is_no_time_offered(text: str, proposed: list[str]) -> None:
    assert _x(text).proposed_times == proposed


@pytest.mark.parametrize("text,meeting_time", [
    ("Goedemiddag,\nIk heb vandaag uw factuur 2027-0107 ontvangen. Daarop staat de sessie van dinsdag 16 februari, die ik de vrijdag ervoor "
     "telefonisch had afgezegd. Welke annuleringstermijn hanteert u?\nHans", "dinsdag 16 februari"),
    ("Dag Kristof,\nTot ons overleg van vrijdag om 10u! Onze boekhouding is enkel 's voormiddags open (8u30-12u).\nSarah", "vrijdag om 10u"),
    ("Hej Sara!\nTack för en riktigt bra workshop i går. Kan du skicka presentationen? Jag vill lägga upp den före fredag.\nÖsten", "i går"),
])
def test_background_days_and_hours_give_way_to_the_meetings(text: str, meeting_time: str) -> None:
    assert _x(text).meeting_time == meeting_time


# ---------------------------------------------------------------- the meeting's phrase

@pytest.mark.parametrize("text,meeting", [
    ("Hi Gareth,\nOur chair loved your governance session at the conference. We'd love you to facilitate our strategy workshop on "
     "Thursday 11 March, 10am-4pm.\nSiân", "strategy workshop"),
    ("Bonjour,\nL'association organise chaque année une rencontre avec un invité. Nous serions heureux que vous animiez la conférence sur "
     "la transmission, le samedi 13 mars, de 14 h à 16 h.\nBernard", "la conférence sur la transmission"),
    ("Thanks Owen, deck looks great.\nBad news: our CFO scheduled the budget review on top of it. Can we push our quarterly call on "
     "Thursday 4 March at 3 PM? I could do Friday 5 March at 11 AM.\nJess", "quarterly call"),
])
def test_the_phrase_the_time_is_written_onto_names_the_meeting(text: str, meeting: str) -> None:
    assert _x(text).meeting == meeting


@pytest.mark.parametrize("text,meeting", [
    ("Hej Sara!\nTack för en riktigt bra workshop om lönekartläggningen i går. Kan du skicka presentationen?\nÖsten", "workshop om lönekartläggningen"),
    ("Hi Ana,\nThanks for a really great workshop on pricing yesterday. Could you send the slides?\nTom", "workshop on pricing"),
    ("Hej Ingela,\nTack för offerten på ledarskapsutbildningen. Vad gäller vid avbokning?\nPer", "ledarskapsutbildningen"),
])
def test_praise_before_the_noun_is_no_part_of_its_name(text: str, meeting: str) -> None:
    assert _x(text).meeting == meeting


@pytest.mark.parametrize("text", [
    "Hello,\nWhat is your cancellation policy? If I cancel a session on short notice, is it lost?\nOla",
    "Hi,\nIf I have to cancel a lesson at the last minute, will I be charged?\nOla",
])
def test_how_a_meeting_is_cancelled_is_no_part_of_it(text: str) -> None:
    assert _x(text).meeting not in ("short notice", "the last minute", "last minute")


@pytest.mark.parametrize("text,proposed,iso", [
    ("Madame,\nM. Roux souhaiterait vous rencontrer. Il vous propose le jeudi 4 mars à 12h30 au restaurant du port, ou, si cela vous "
     "convient mieux, le lundi 8 mars à la même heure.\nClaire", ["jeudi 4 mars à 12h30", "lundi 8 mars à la même heure"],
     ["2027-03-04T12:30", "2027-03-08T12:30"]),
    ("Goedenavond,\nHeeft u tijd voor een kennismakingsgesprek? Ik dacht aan overmorgen, of anders maandag 8 maart om 10 uur.\nZoë",
     ["overmorgen", "maandag 8 maart om 10 uur"], ["2027-03-03", "2027-03-08T10:00"]),
    ("Gentile dottoressa,\nle propongo un incontro giovedì 4 marzo alle 11 in studio, oppure, se preferisce, venerdì 5 marzo alla stessa ora.\nPia",
     ["giovedì 4 marzo alle 11", "venerdì 5 marzo alla stessa ora"], ["2027-03-04T11:00", "2027-03-05T11:00"]),
    ("Hej Eva,\nHar du tid för ett möte? Jag tänkte på torsdag 4 mars kl. 10 hos oss, eller annars fredag 5 mars kl. 13.\nOla",
     ["torsdag 4 mars kl. 10", "fredag 5 mars kl. 13"], ["2027-03-04T10:00", "2027-03-05T13:00"]),
    ("Dear Ms Park,\nMr Lee would like to meet you for lunch. He suggests Thursday 4 March at 12:30 at the Grill, or, if that suits you "
     "better, Monday 8 March at the same time.\nAmy", ["Thursday 4 March at 12:30", "Monday 8 March at the same time"],
     ["2027-03-04T12:30", "2027-03-08T12:30"]),
])
def test_an_invitation_offering_two_slots_with_words_between_fixes_no_time(text: str, proposed: list[str], iso: list[str]) -> None:
    x = _x(text)
    assert x.kind is Kind.invitation
    assert x.meeting_time is None
    assert [p.removeprefix("le ") for p in x.proposed_times] == proposed
    assert [(e.resolved or "")[:16] for e in x.evidence["proposed_times"]] == iso


@pytest.mark.parametrize("text,span,iso", [
    ("coucou Léa, la séance de samedi 6 à 10h ça va pas, on peut décaler ? dimanche ou le samedi d'après à 10h ?\nClem",
     "samedi d'après à 10h", "2027-03-13T10:00"),
    ("Bonjour,\nPour la séance de samedi 6 à 10h je suis prise, pouvons-nous décaler au samedi suivant à 10h ?\nClem",
     "samedi suivant à 10h", "2027-03-13T10:00"),
    ("Hi Lea, can we move our session on Saturday 6 March at 10? The Saturday after at 10 would work.\nClem",
     "Saturday after at 10", "2027-03-13T10:00"),
])
def test_the_same_weekday_after_the_meeting_is_a_week_later(text: str, span: str, iso: str) -> None:
    x = _x(text)
    found = {e.text: e.resolved for e in x.evidence.get("proposed_times", [])}
    assert span in found, x.proposed_times
    assert (found[span] or "")[:16] == iso


@pytest.mark.parametrize("text,meeting", [
    ("Gentile geometra,\nla invitiamo all'assemblea dei soci di lunedì 8 marzo alle 18 presso la sala riunioni dello Studio.\nRita",
     "all'assemblea dei soci"),
    ("Madame,\nNous vous invitons au comité de pilotage du lundi 8 mars à 14h, en salle de réunion B.\nMarc", "au comité de pilotage"),
    ("Hi Jo,\nWe'd love you to facilitate our board away day on Monday 8 March in the meeting room upstairs.\nSiân", "board away day"),
    ("Beste Tom,\nGraag nodig ik je uit voor de kwartaalreview op maandag 8 maart in vergaderzaal 2.\nEls", "de kwartaalreview"),
    ("Hej Sixten,\nFörlåt, jag dök aldrig upp på vår handledning i torsdags kl 13.30.\nEbba", "handledning"),
])
def test_a_room_named_after_meetings_is_no_meeting(text: str, meeting: str) -> None:
    assert _x(text).meeting.removeprefix("all'").removeprefix("au ") == meeting.removeprefix("all'").removeprefix("au ")


def test_only_the_studied_sets_train_and_seen_names_them(tmp_path) -> None:
    import json

    from composer.messages.evaluate import SEEN_SPLITS
    from composer.messages.train import seen_cases

    assert {"v9", "v10", "v11", "v12", "v13", "v14", "v15", "v16", "v17"} <= set(SEEN_SPLITS) and "v18" not in SEEN_SPLITS  # v17 studied in extract18
    rows = [{"id": f"{split}-1", "split": split, "message": "Hi Jo,\nCan we move Tuesday's call to Wednesday at 10?\nKim",
             "language": "en", "kind": "reschedule_request"} for split in ("v9", "v18")]
    (tmp_path / "labels.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert [c.split for c in seen_cases(tmp_path)] == ["v9"]  # a fresh set is never training data


@pytest.mark.parametrize("text,meeting", [
    ("Hi Gareth,\nOur chair loved your governance session at the conference, and we'd love you to facilitate our board away day "
     "on Thursday 11 March.\nSiân", "board away day"),
    ("Ciao Marta,\nla tua lezione di ieri è piaciuta a tutti, e vorremmo invitarti al seminario sui bilanci di giovedì 4 marzo.\nLuca",
     "seminario sui bilanci"),
    ("Hoi Sam,\nJe presentatie op het congres was sterk, en we willen je graag uitnodigen voor de workshop van donderdag 4 maart.\nLies",
     "de workshop"),
])
def test_the_phrase_the_time_is_written_onto_after_a_comma(text: str, meeting: str) -> None:
    assert _x(text).meeting == meeting


@pytest.mark.parametrize("subject,meeting", [
    ("Fwd: Panel invitation – Harbour Logistics Forum", "Harbour Logistics Forum"),
    ("TR: Conference invitation – Journées de l'eau", "Journées de l'eau"),
    ("Doorst: Workshop uitnodiging – Dag van de Zorg", "Dag van de Zorg"),
])
def test_a_subject_part_that_says_invitation_names_no_meeting(subject: str, meeting: str) -> None:
    from composer.messages.topic import in_subject

    found = in_subject(subject, L.en)
    assert found is not None and found.text == meeting


@pytest.mark.parametrize("text,proposed", [
    ("Buonasera,\nper la visita lunedì e martedì sono a Milano per lavoro. Io potrei mercoledì 3 dalle 17 in poi.\nAsia",
     ["mercoledì 3 dalle 17 in poi"]),
    ("Bonjour,\npour la visite, lundi et mardi je suis à Lyon. Je pourrais mercredi 3 à partir de 17h.\nAsia",
     ["mercredi 3 à partir de 17h"]),
    ("Hi Tom,\nFor the site visit, Monday and Tuesday I'm in Leeds. I could do Wednesday 3 March after 5pm.\nAsia",
     ["Wednesday 3 March after 5pm"]),
    ("Hoi Tom,\nVoor het bezoek: maandag en dinsdag zit ik in Gent. Ik kan woensdag 3 maart na 17 uur.\nAsia",
     ["woensdag 3 maart na 17 uur"]),
    ("Hej Tom,\nAngående besöket: måndag och tisdag är jag i Umeå. Jag kan onsdag 3 mars efter kl 17.\nAsia",
     ["onsdag 3 mars efter kl 17"]),
])
def test_days_the_client_is_elsewhere_are_no_meeting_time(text: str, proposed: list[str]) -> None:
    x = _x(text)
    assert x.meeting_time is None
    assert x.proposed_times == proposed


_FWD = {
    "fr": ("Salut Yanis,\n\nJe te transfère l'invitation. Tu pourrais venir avec moi ? Rendez-vous à l'accueil à 8h45.\n\nMerci !\nSeb\n\n"
           "---------- Message transféré ---------\nDe : Claire Roy <c.roy@example.fr>\nSubject : Invitation – lancement projet CRM\n\n"
           "Bonjour,\n\nNous avons le plaisir de vous convier à la réunion de lancement du projet CRM le lundi 8 mars de 9h à 10h30.\n\nClaire Roy\n",
           "la réunion de lancement du projet CRM", "lundi 8 mars de 9h à 10h30"),
    "en": ("Hi Al,\n\nForwarding the invite. Could you come with me? Meet at reception at 8:45.\n\nThanks,\nSeb\n\n"
           "---------- Forwarded message ---------\nFrom: Claire Roy <c.roy@example.com>\nSubject: Invitation - CRM kick-off\n\n"
           "Hello,\n\nWe are pleased to invite you to the kick-off meeting of the CRM project on Monday 8 March from 9 to 10:30am.\n\nClaire Roy\n",
           "the kick-off meeting of the CRM project", "Monday 8 March from 9 to 10:30am"),
    "it": ("Ciao Gianni,\n\nti inoltro l'invito. Riesci a venire con me? Ritrovo alla reception alle 8:45.\n\nGrazie,\nSara\n\n"
           "---------- Messaggio inoltrato ---------\nDa: Chiara Rossi <c.rossi@example.it>\nOggetto: Invito - avvio progetto CRM\n\n"
           "Buongiorno,\n\nabbiamo il piacere di invitarla alla riunione di avvio del progetto CRM lunedì 8 marzo dalle 9 alle 10:30.\n\nChiara Rossi\n",
           "alla riunione di avvio del progetto CRM", "lunedì 8 marzo dalle 9 alle 10:30"),
}


@pytest.mark.parametrize("lang", sorted(_FWD))
def test_where_to_meet_gives_way_to_the_forwarded_invitations_own_phrase_and_time(lang: str) -> None:
    text, meeting, when = _FWD[lang]
    x = _x(text)
    assert x.meeting.removeprefix("alla ") == meeting.removeprefix("alla ")
    assert x.meeting_time == when


@pytest.mark.parametrize("text,last", [
    ("Ciao Mimmo, per le prove di domani alle 11 non ce la faccio 😩 Possiamo fare giovedì alle 16? Sennò venerdì mattina presto, tipo 8 e mezza.\nRosa",
     "venerdì mattina presto, tipo 8 e mezza"),
    ("Ciao Ugo, la lezione di domani salta. Ti va mercoledì alle 18? Se no giovedì alle 17.\nBea", "giovedì alle 17"),
    ("Ciao Ugo, per la prova di domani non riesco. Martedì alle 10 va bene? Sennò mercoledì alle 9.\nBea", "mercoledì alle 9"),
])
def test_a_colloquial_otherwise_offers_the_second_time(text: str, last: str) -> None:
    assert _x(text).proposed_times[-1:] == [last]


def _all_texts() -> list[str]:
    """Every message written for this file (parametrised above), to check the span contract on each."""
    import inspect
    import sys

    out: list[str] = [v[0] for v in _FWD.values()]
    for _, fn in inspect.getmembers(sys.modules[__name__], inspect.isfunction):
        for mark in getattr(fn, "pytestmark", []):
            if mark.name != "parametrize":
                continue
            names = [n.strip() for n in mark.args[0].split(",")]
            if "text" in names:
                i = names.index("text")
                out += [row[i] if isinstance(row, tuple) else row for row in mark.args[1]]
    return [t for t in out if isinstance(t, str)]


def test_every_value_found_in_these_messages_is_a_verbatim_span_with_a_confidence() -> None:
    texts = _all_texts()
    assert len(texts) > 100
    for text in texts:
        msg = read_message(text)
        found = extract(msg, today=TODAY)
        for name, ev in found.evidence.items():
            for e in ev if isinstance(ev, list) else [ev]:
                assert msg.part(e.source)[e.start:e.end] == e.text, (text, name, e)
                assert 0 <= e.confidence <= 1
        for name in ("recipient_name", "sender_name", "meeting", "meeting_time"):
            value = getattr(found, name)
            assert (found.evidence[name].text == value) if value else (name in found.missing)
