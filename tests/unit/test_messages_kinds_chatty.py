"""Kinds and the meeting's time in messages written for this test (not the labelled set): chatty invitations
(a coffee, a fika, "ça te dirait", "ti andrebbe", "zin om"), a move asked in a conditional question ("funkar det
om vi flyttar"), an adverb inside an absence ("j'ai bêtement raté"), "si tard" that is no condition, a bill
disputed beside the terms, a late "cannot make it" that asks to move in so many words."""

from __future__ import annotations

from datetime import date

import pytest

from composer.messages import extract

TODAY = date(2027, 3, 7)  # a Sunday

CASES = [
    ("invitation", "Hi Tom,\nFancy a coffee on Thursday at 9 to go over the launch plan?\nJess"),
    ("invitation", "Salut Léa,\nÇa te dirait un café mercredi vers 10h pour parler du salon ?\nMarc"),
    ("invitation", "Ciao Anna!\nTi andrebbe un caffè martedì alle 11 per parlare del catalogo?\nLuca"),
    ("invitation", "Hoi Sanne,\nZin om donderdag te lunchen en de offerte door te nemen?\nGroet, Bram"),
    ("invitation", "Hej Ola!\nSka vi ta en fika på onsdag kl 15 och prata om budgeten?\n/Lisa"),
    ("reschedule_request", "Hej Ola!\nFunkar det om vi flyttar mötet från tisdag kl 10 till onsdag samma tid?\n/Lisa"),
    ("reschedule_request", "Hi Tom,\nCould we push Monday's 10am review back a bit? Tuesday at 2pm would work.\nJess"),
    ("absence_notice", "Bonjour Madame,\nJ'ai bêtement raté notre rendez-vous de jeudi à 15h. Seriez-vous libre lundi à 10h ?\nPaul"),
    ("cancellation", "Bonjour Paul,\nDésolée de vous prévenir si tard, mais nous devons annuler la réunion de demain 9h.\nCordialement,\nAnne"),
    ("policy_question", "Hej,\nVi har fått en faktura för kursen som vi avbokade. Stämmer det? Jag hittar inga avbokningsvillkor i avtalet.\nHälsningar\nEva"),
    ("policy_question", "Buongiorno,\nho ricevuto la fattura per il corso annullato. Quali sono le condizioni di cancellazione?\nGrazie,\nMara"),
    ("reschedule_request", "Ciao Paolo,\ndomani alle 9 non ce la faccio più. Possiamo spostarla a giovedì alle 9?\nGiulia"),
]


@pytest.mark.parametrize("kind,text", CASES, ids=[f"{k}-{i}" for i, (k, _) in enumerate(CASES)])
def test_kind(kind: str, text: str) -> None:
    assert extract(text, today=TODAY).kind.value == kind


def test_a_late_cancellation_without_a_move_word_stays_one() -> None:
    out = extract("Ciao Paolo,\ndomani alle 9 non ce la faccio, mi dispiace. Ci sentiamo la settimana prossima.\nGiulia", today=TODAY)
    assert out.kind.value == "cancellation" and out.late


def test_a_chatty_invitation_has_its_time_as_the_meetings() -> None:
    out = extract("Hej Ola!\nSka vi ta en fika på onsdag kl 15 och prata om budgeten?\n/Lisa", today=TODAY)
    assert out.meeting_time == "onsdag kl 15" and out.proposed_times == []
    assert out.evidence["meeting_time"].resolved == "2027-03-10T15:00:00"


def test_an_invitation_names_the_day_not_the_week_around_it() -> None:
    out = extract("Hoi Sanne,\n\nZin om volgende week te lunchen? Dinsdag 9 maart om 12.30 zou mij goed uitkomen.\n\nGroet,\nBram", today=TODAY)
    assert out.meeting_time == "Dinsdag 9 maart om 12.30" and out.proposed_times == []


def test_an_alternative_is_a_proposal() -> None:
    out = extract("Hej Ola!\nKan vi flytta mötet från tisdag kl 10 till onsdag kl 10? Alternativt torsdag 11/3 kl 14.\n/Lisa", today=TODAY)
    assert out.meeting_time == "tisdag kl 10"
    assert out.proposed_times == ["onsdag kl 10", "torsdag 11/3 kl 14"]


def test_the_following_week_is_no_earlier_talk() -> None:
    out = extract("Hi Tom,\n\nI'll be on leave that week. Could we do the following week, say Tuesday 16th at 2pm?\n\nCheers,\nMia", today=TODAY)
    assert out.proposed_times == ["Tuesday 16th at 2pm"]


def test_a_dutch_answer_deadline_with_words_between() -> None:
    out = extract("Goedemorgen mevrouw Visser,\n\nGraag nodig ik u uit voor een gesprek op dinsdag 9 maart om 10.30 uur. "
                  "Laat u mij voor vrijdag weten of dat schikt?\n\nMet vriendelijke groet,\nMark Smit", today=TODAY)
    assert out.meeting_time == "dinsdag 9 maart om 10.30 uur" and out.proposed_times == []


def test_kan_vi_ses_asks_and_does_not_confirm() -> None:
    out = extract("Hej Lisa!\n\nKan vi ses på lunch på torsdag kl 12?\n\n/Jonas", today=TODAY)
    assert out.kind.value == "invitation" and out.meeting_time == "torsdag kl 12"


def test_a_company_under_a_department_is_no_name() -> None:
    out = extract("Buongiorno,\n\nvi invitiamo alla presentazione di giovedì 11 marzo alle 10.\n\nCordiali saluti\nUfficio Marketing\nRossi Spa",
                  today=TODAY)
    assert out.recipient_name is None and "recipient_name" in out.missing


# One message per kind and language, less usual wording: "bring ... forward", "call it off", "sorry about
# yesterday", "what happens if we need to cancel", a request for the slides, "saremmo lieti", "slittare",
# "vervroegen", terms and cancelling far apart in one sentence, "tack för inbjudan".
WORDING = [
("invitation","Dear Ms Lee,\n\nOn behalf of the board, I am pleased to invite you to our annual strategy day on Friday 19 March at 9:00.\n\nYours sincerely,\nTom Hale"),
("reschedule_request","Hi Ana,\n\nWould it be possible to bring our Thursday session forward to Wednesday at the same time?\n\nThanks,\nTom"),
("cancellation","Hi Ana,\n\nUnfortunately we need to call it off for tomorrow — our CEO is ill.\n\nTom"),
("absence_notice","Hi Ana,\n\nSo sorry about yesterday, I was stuck in traffic and my phone died. Can we find another slot?\n\nTom"),
("policy_question","Hi Ana,\n\nBefore I book the workshop series: what happens if we need to cancel one of the sessions at short notice?\n\nTom"),
("other","Hi Ana,\n\nThanks for the great session today! Could you share the slides when you get a chance?\n\nTom"),
("invitation","Bonjour Madame Roy,\n\nNous serions ravis de vous recevoir dans nos locaux pour une présentation de notre offre le mardi 16 mars à 10h.\n\nCordialement,\nLuc Blanc"),
("reschedule_request","Bonjour Luc,\n\nSerait-il possible d'avancer notre rendez-vous de jeudi à mercredi, même heure ?\n\nMerci,\nAnne"),
("absence_notice","Bonjour Luc,\n\nToutes mes excuses pour ce matin, j'ai eu un empêchement de dernière minute et je n'ai pas pu vous prévenir.\n\nAnne"),
("other","Bonjour Luc,\n\nMerci pour votre invitation, c'est noté pour jeudi 11 mars à 14h. Pourriez-vous m'envoyer l'ordre du jour ?\n\nAnne"),
("invitation","Gentile Dott. Conti,\n\nsaremmo lieti di averLa come relatore al nostro convegno del 25 marzo alle 9:30.\n\nCordiali saluti\nPaola Gallo"),
("reschedule_request","Ciao Luca,\n\npossiamo slittare la call di giovedì a venerdì stessa ora?\n\nSara"),
("absence_notice","Buongiorno,\n\nmi scuso per ieri, purtroppo ho avuto un contrattempo e non sono riuscita a collegarmi alla videochiamata.\n\nSara Neri"),
("policy_question","Buongiorno,\n\nprima di confermare vorrei sapere entro quando è possibile disdire senza costi.\n\nSara Neri"),
("invitation","Beste Jan,\n\nWe willen je graag uitnodigen voor onze nieuwjaarsreceptie op vrijdag 15 januari om 16.00 uur.\n\nGroet,\nAnne"),
("reschedule_request","Hoi Jan,\n\nKunnen we ons overleg van donderdag een uurtje vervroegen? Dus om 9 uur i.p.v. 10 uur.\n\nAnne"),
("cancellation","Beste Jan,\n\nDe workshop van morgen kan helaas niet doorgaan door ziekte van de trainer.\n\nGroet,\nAnne"),
("policy_question","Beste Jan,\n\nWat zijn de voorwaarden als we een sessie minder dan 24 uur van tevoren afzeggen?\n\nGroet,\nAnne"),
("invitation","Hej Anna,\n\nVi skulle vilja bjuda in dig till vår kundträff torsdag 18 mars kl 15.\n\nVänliga hälsningar\nPer"),
("reschedule_request","Hej Anna,\n\nGår det att tidigarelägga vårt möte på fredag till kl 9?\n\n/Per"),
("cancellation","Hej Anna,\n\nTyvärr måste vi ställa in morgondagens workshop på grund av sjukdom.\n\nMvh\nPer"),
("absence_notice","Hej Anna,\n\nFörlåt att jag inte dök upp i går, jag hade helt glömt bort vårt möte.\n\n/Per"),
("other","Hej Anna,\n\nTack för inbjudan! Jag kommer gärna på torsdag kl 15. Ska jag ta med något?\n\n/Per"),
("cancellation","Dear Tom,\n\nI regret to inform you that I will not be able to attend Thursday's meeting. Please accept my apologies.\n\nBest regards,\nAna Ruiz"),
]



@pytest.mark.parametrize("kind,text", WORDING, ids=[f"{k}-{i}" for i, (k, _) in enumerate(WORDING)])
def test_kind_in_less_usual_wording(kind: str, text: str) -> None:
    assert extract(text, today=TODAY).kind.value == kind


# A second set, formal and chatty: "won't be going ahead", "for missing", "n'aura pas lieu", "ne pas m'être
# présenté", "avrebbe tempo", "non potrà avere luogo", "ho un imprevisto", "heb je volgende week tijd", "komt me
# niet goed uit", "komt te vervallen", "dat ik er niet was", "inte kom på", "framförhållning".
WORDING_2 = [
("invitation","Hi Tom,\n\nAre you around next week for a quick catch-up on the roadmap? Tuesday or Wednesday morning would suit me.\n\nCheers,\nJo"),
("reschedule_request","Hi Tom,\n\nSomething's come up on my side — is there any chance we could do Friday instead of Thursday?\n\nJo"),
("cancellation","Dear Tom,\n\nI'm sorry to let you know that we won't be going ahead with Thursday's workshop.\n\nKind regards,\nJo"),
("absence_notice","Dear Tom,\n\nPlease accept my apologies for missing this morning's call; I was unexpectedly called into a board meeting.\n\nJo"),
("other","Hi Tom,\n\nGreat, Thursday at 10 it is. I'll bring the contract.\n\nJo"),
("invitation","Bonjour Thomas,\n\nAuriez-vous un créneau la semaine prochaine pour échanger sur le renouvellement du contrat ?\n\nBien cordialement,\nJeanne"),
("reschedule_request","Bonjour Thomas,\n\nUn imprévu m'oblige à vous demander si nous pourrions repousser notre entretien de jeudi à la semaine suivante.\n\nCordialement,\nJeanne"),
("cancellation","Bonjour Thomas,\n\nJe suis au regret de vous informer que la formation prévue jeudi n'aura pas lieu.\n\nCordialement,\nJeanne"),
("absence_notice","Bonjour Thomas,\n\nJe vous prie de m'excuser de ne pas m'être présenté hier à notre rendez-vous.\n\nJeanne"),
("invitation","Buongiorno Tommaso,\n\navrebbe tempo la prossima settimana per un confronto sul rinnovo del contratto?\n\nCordiali saluti\nGiovanna"),
("cancellation","Buongiorno Tommaso,\n\nla informo che purtroppo la formazione di giovedì non potrà avere luogo.\n\nCordiali saluti\nGiovanna"),
("reschedule_request","Ciao Tommaso,\n\nper giovedì ho un imprevisto, riusciamo a vederci venerdì alla stessa ora?\n\nGiovanna"),
("absence_notice","Buongiorno,\n\nmi scusi per l'assenza di ieri all'incontro, ho avuto un problema in famiglia.\n\nGiovanna"),
("invitation","Beste Tom,\n\nHeb je volgende week tijd om even bij te praten over de planning?\n\nGroet,\nJoke"),
("reschedule_request","Beste Tom,\n\nDonderdag komt me helaas niet goed uit. Zou vrijdag op hetzelfde tijdstip ook kunnen?\n\nGroet,\nJoke"),
("cancellation","Beste Tom,\n\nHierbij laat ik weten dat de training van donderdag komt te vervallen.\n\nGroet,\nJoke"),
("absence_notice","Beste Tom,\n\nExcuses dat ik er gisteren niet was, ik lag met griep in bed.\n\nGroet,\nJoke"),
("invitation","Hej Tom,\n\nHar du möjlighet att träffas nästa vecka och prata om avtalet?\n\nMvh\nKarin"),
("reschedule_request","Hej Tom,\n\nTorsdag passar tyvärr inte längre. Kan vi ta fredag samma tid i stället?\n\nMvh\nKarin"),
("cancellation","Hej Tom,\n\nVi behöver tyvärr ställa in torsdagens utbildning.\n\nMvh\nKarin"),
("absence_notice","Hej Tom,\n\nUrsäkta att jag inte kom på mötet i går, jag var sjuk.\n\nMvh\nKarin"),
("policy_question","Hej Tom,\n\nHur lång framförhållning krävs om vi behöver avboka ett pass?\n\nMvh\nKarin"),
("policy_question","Beste Tom,\n\nHoeveel dagen van tevoren moeten we annuleren om geen kosten te betalen?\n\nGroet,\nJoke"),
("policy_question","Hi Tom,\n\nHow much notice do you need if we have to cancel, and is there a fee?\n\nJo"),
]



@pytest.mark.parametrize("kind,text", WORDING_2, ids=[f"{k}-{i}" for i, (k, _) in enumerate(WORDING_2)])
def test_kind_in_more_wording(kind: str, text: str) -> None:
    assert extract(text, today=TODAY).kind.value == kind


def test_cannot_come_tomorrow_is_no_absence() -> None:
    out = extract("Hej, tyvärr kan jag inte komma på mötet i morgon kl. 9, barnet är sjukt. Jag hör av mig.\n/Eva", today=TODAY)
    assert out.kind.value == "cancellation"


@pytest.mark.parametrize(("text", "slots"), [
    ("Hej Anna,\n\nJag vill gärna boka in en uppföljning. Har du tid tisdag 9/3 kl 10 eller onsdag 10/3 kl 14?\n\nPer",
     ["tisdag 9/3 kl 10", "onsdag 10/3 kl 14"]),
    ("Hi Tom,\n\nWould you be free for a call on Thursday at 9 or 10am?\n\nJo", ["Thursday at 9", "10am"]),
    ("Bonjour,\n\nSeriez-vous disponible pour un rendez-vous mardi 9 mars à 10h ou mercredi 10 mars à 14h ?\n\nAnne",
     ["mardi 9 mars à 10h", "mercredi 10 mars à 14h"]),
])
def test_an_invitation_offering_a_choice_of_slots_fixes_no_time(text: str, slots: list[str]) -> None:
    out = extract(text, today=TODAY)
    assert out.kind.value == "invitation"
    assert out.meeting_time is None and out.proposed_times == slots


def test_an_invitation_with_one_time_keeps_it() -> None:
    out = extract("Hi Tom,\n\nWould you be free for a call on Thursday at 9?\n\nJo", today=TODAY)
    assert out.meeting_time == "Thursday at 9" and out.proposed_times == []
