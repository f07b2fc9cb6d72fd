"""Families of phrasings read in round extract8: the role of each time (the meeting's, an offer, or neither) and
how far a time's span goes. Messages written for these tests, not taken from any eval set."""

from __future__ import annotations

from datetime import date

import pytest

from composer.messages.extract import extract

TODAY = date(2026, 12, 7)  # a Monday


def _read(text: str):
    return extract(text, today=TODAY)


# The meeting's own time is the one written onto its noun ("la revue du budget de jeudi 10h", "Thursday's budget
# review"), even when the same sentence proposes another: the reply must not accept the old time as the new one.
@pytest.mark.parametrize("text, meeting_time, proposed", [
    ("Hi Sam,\n\nCould we move Thursday's budget review (10 December, 10:00)? Would Friday 11 December at 14:00 work instead?\n\nThanks,\nAnn",
     "10 December, 10:00", ["Friday 11 December at 14:00"]),  # the same day on the noun, with its clock
    ("Salut Paul,\n\nPour la revue du budget de jeudi 10h, est-ce que tu pourrais plutôt passer vendredi vers 15h ? Ou sinon lundi matin.\n\nMerci,\nJade",
     "jeudi 10h", ["vendredi vers 15h", "lundi matin"]),
    ("Ciao Luca,\n\nil sopralluogo in cantiere di giovedì alle 9 non va: possiamo spostarlo a venerdì 11 alle 10?\n\nGrazie,\nMarta",
     "giovedì alle 9", ["venerdì 11 alle 10"]),
    ("Hoi Bram,\n\nKunnen we de intake van donderdag 10 december om 9.00 uur verzetten naar vrijdag 11 december om 14.00 uur?\n\nGroet,\nEls",
     "donderdag 10 december om 9.00 uur", ["vrijdag 11 december om 14.00 uur"]),
])
def test_the_time_on_the_meetings_noun_is_not_an_offer(text, meeting_time, proposed):
    found = _read(text)
    assert found.meeting_time is not None and found.meeting_time.startswith(meeting_time)
    assert found.proposed_times == proposed


# A time that belongs to something else: when a letter was received or a decision taken, a closing wish,
# a day of any week, days ruled out, a phone line's hours.
@pytest.mark.parametrize("text, meeting_time, proposed", [
    ("Bonjour,\n\nSuite à la décision prise ce matin par la direction, je dois annuler l'atelier prévu le mardi 15/12 de 9h à 12h.\n\nCordialement,\nLuc",
     "mardi 15/12 de 9h à 12h", []),
    ("Beste Anna,\n\nDoor de fusie die gisteren werd aangekondigd moeten we de training van vrijdag 11 december annuleren.\n\nGroet,\nPiet",
     "vrijdag 11 december", []),
    ("Buongiorno,\n\ngrazie per la visita di venerdì, molto utile. Mi manda il preventivo?\n\nBuona domenica,\nRita",
     "venerdì", []),
    ("Hi Tom,\n\nI missed our call on Friday at 3, sorry! Tuesday at 10 would suit, or any Thursday afternoon.\n\nHave a good weekend,\nKim",
     "Friday at 3", ["Tuesday at 10"]),
    ("Hej Per,\n\nVarken onsdag eller torsdag passar tyvärr. Går det bra med fredag 11 december kl. 10 i stället?\n\nMvh\nEva",
     None, ["fredag 11 december kl. 10"]),
    ("Salve,\n\nné martedì né mercoledì riesco per il collaudo. Le andrebbe bene lunedì 14 dicembre alle 9?\n\nSaluti\nGino Rossi\ncell. 333 1234567 (meglio dopo le 18)",
     None, ["lunedì 14 dicembre alle 9"]),
])
def test_times_of_something_else_are_neither(text, meeting_time, proposed):
    found = _read(text)
    assert found.meeting_time == meeting_time
    assert found.proposed_times == proposed


# How far a time goes: a bare clock right after its day, a weekday's numeric date, a clock in brackets, "quarter to",
# "2 till 5pm", "in poi", "même plage horaire", "typ halv två", "Monday week", "mardi en huit", "vecka 51".
@pytest.mark.parametrize("text, span, iso", [
    ("Hoi Floor,\n\nik moet de fotoshoot van morgenochtend 8.45 afzeggen, sorry.\n\nYvonne", "morgenochtend 8.45", "2026-12-08T08:45"),
    ("Hej Tove,\n\nJag måste ställa in kursen idag 9-11.30, jag är sjuk.\n\nEvert", "idag 9-11.30", "2026-12-07T09:00"),
    ("Hej Jesper,\n\nTack, då kör vi på onsdag 9 december 13.15 för mötet.\n\n/Magnus", "onsdag 9 december 13.15", "2026-12-09T13:15"),
    ("Dear Anjali,\n\nI am writing to cancel the audit booked for Thursday 17th December, 2 till 5pm.\n\nRegards,\nRhodri",
     "Thursday 17th December, 2 till 5pm", "2026-12-17T14:00"),
    ("Hi Femi,\n\nI can't do Tuesday's visit any more. Could we do Friday, same time (quarter to eight)?\n\nShaz", None, None),
    ("Hej Albin,\n\nVi vill gärna träffas i butiken. Passar måndag vecka 51 kl. 10?\n\nSiv", "måndag vecka 51 kl. 10", "2026-12-14T10:00"),
    ("Hi Keegan,\n\nCould we meet? I was thinking Monday week at half past nine.\n\nAnél", "Monday week at half past nine", "2026-12-21T09:30"),
])
def test_how_far_a_time_goes(text, span, iso):
    found = _read(text)
    if span is None:  # the offer's span, here
        assert found.proposed_times == ["Friday, same time (quarter to eight)"]
        return
    assert found.meeting_time == span
    assert found.evidence["meeting_time"].resolved.startswith(iso)


@pytest.mark.parametrize("text, proposed, isos", [
    ("Ciao Ottavia,\n\nmi sono dimenticata della call di oggi alle 16, scusa! Possiamo recuperare martedì pomeriggio, dalle 15 in poi, "
     "o mercoledì 9 alle 9 e tre quarti?\n\nLucrezia",
     ["martedì pomeriggio, dalle 15 in poi", "mercoledì 9 alle 9 e tre quarti"], ["2026-12-08T15:00", "2026-12-09T09:45"]),
    ("Bonjour Maxime,\n\nL'atelier du mercredi 9 décembre de 9h à midi ne nous va plus. Est-ce qu'on pourrait le déplacer au lundi 14 décembre, "
     "même plage horaire ?\n\nJosée", ["lundi 14 décembre, même plage horaire"], ["2026-12-14T09:00"]),
    ("Hej Pernilla!\n\nVår genomgång på torsdag kl 13 krockar. Funkar fredag efter lunch, typ halv två, istället?\n\nLeif",
     ["fredag efter lunch, typ halv två"], ["2026-12-11T13:30"]),
    ("Hoi Gerben,\n\nHelaas kan ik op beide momenten niet. Wat dacht je van vrijdag 11-12, tussen de middag (12.15)?\n\nIlse",
     ["vrijdag 11-12, tussen de middag (12.15)"], ["2026-12-11T12:15"]),
    ("Hi Keegan,\n\nCould we meet on Monday 14 December at 9:30? If mornings are tricky we can do 15:00 the same day.\n\nAnél",
     ["15:00 the same day"], ["2026-12-14T15:00"]),
])
def test_offers_as_written(text, proposed, isos):
    found = _read(text)
    assert found.proposed_times == proposed
    assert [e.resolved[:16] for e in found.evidence["proposed_times"]] == isos


def test_a_list_of_slots_under_a_proposal_fixes_no_time():
    found = _read("Bonjour Bastien,\n\nJe vous propose un rendez-vous de brief. Il nous faudrait environ 1 h 30.\n\nJe vous propose au choix :\n"
                  "- mardi 8 décembre, 10h - 11h30\n- mercredi 9/12 à partir de 15h\n- vendredi 11 au matin\n\nÀ bientôt,\nGaëlle")
    assert found.meeting_time is None
    assert found.proposed_times == ["mardi 8 décembre, 10h - 11h30", "mercredi 9/12 à partir de 15h", "vendredi 11 au matin"]


@pytest.mark.parametrize("text, kind", [
    # forgetting, or nobody coming, is an absence
    ("Bonjour Madame,\n\nNous avions rendez-vous vendredi à 11h et personne n'est venu, toutes nos excuses. Mardi en huit ?\n\nVéro", "absence_notice"),
    ("Caro Federico,\n\noggi alle 16 avevamo la call e me ne sono completamente dimenticata. Possiamo recuperare lunedì?\n\nLucia", "absence_notice"),
    # turning down both offered times and offering others asks to move
    ("Hoi Gerben,\n\nHelaas kan ik op beide momenten niet. Wat dacht je van donderdag 10 december om 9 uur?\n\nIlse", "reschedule_request"),
    ("Salve Ing. Neri,\n\nné mercoledì né giovedì riesco. Le andrebbe bene lunedì 14 dicembre alle 8:30?\n\nSaluti,\nRaffaele", "reschedule_request"),
    ("Salut Kévin,\n\nPour la visite de mercredi 8h, est-ce que tu pourrais plutôt passer jeudi vers 17h30 ?\n\nFanny", "reschedule_request"),
    # cancelling now, with a question about a charge, stays a cancellation; a past one with the bill is about the terms
    ("Dear Anjali,\n\nI am writing to cancel the workshop on Thursday 17 December. Could you let me know whether any cancellation charge "
     "applies? I would rather know now than be surprised by the invoice.\n\nRhodri", "cancellation"),
    ("Hey Jordan,\n\nQuick question on the invoice you sent Friday: there's a late cancellation line for the 11/30 session. I cancelled "
     "that one at 7am the same day because of the snow. Is that really the policy?\n\nKelsey", "policy_question"),
])
def test_kinds(text, kind):
    assert _read(text).kind.value == kind


@pytest.mark.parametrize("text, lang", [
    ("Callum,\n\nSee below. I can't make it, so could you go along on our behalf?\n\nEilidh\n\n"
     "From: Harbour Team <h@example.org>\nSent: 04 December 2026 14:37\nTo: Eilidh <e@example.org>\nSubject: Stakeholder workshop\n\n"
     "You are invited to a stakeholder workshop on Wednesday 16 December 2026 10:00-13:00.", "en"),
    ("Hoi Thijs,\n\nIk kan er zelf niet bij zijn, zou jij namens ons willen gaan?\n\nNesrin\n\n---------- Doorgestuurd bericht ---------\n"
     "Van: Gemeente <g@example.org>\nDate: do 3 dec 2026 om 14:10\nSubject: Uitnodiging bijeenkomst\n\n"
     "Graag nodigen wij u uit voor de bijeenkomst op maandag 14 december van 19.30 tot 21.00 uur.", "nl"),
])
def test_a_forwarded_invitation_the_user_is_asked_to_attend(text, lang):
    found = _read(text)
    assert found.kind.value == "invitation" and found.language == lang
    assert found.meeting_time is not None and found.meeting_time.endswith(("10:00-13:00", "van 19.30 tot 21.00 uur"))


@pytest.mark.parametrize("text, client, user", [
    ("Ciao Ottavia!\n\nSi può spostare a giovedì?\n\nFammi sapere, un abbraccio\nLudovica", "Ludovica", "Ottavia"),
    ("Salve Ing. Carbone,\n\nle andrebbe bene lunedì?\n\nResto in attesa, saluti\nGeom. Raffaele Iannuzzi\nCaseificio Iannuzzi", "Raffaele Iannuzzi", "Carbone"),
    ("Hej Pernilla!\n\nFunkar fredag?\n\nMvh\nLeif på Leifs Bygg & Måleri", "Leif", "Pernilla"),
    ("Kia ora Hemi,\n\nSorry I missed our check-in on Thursday.\n\nNgā mihi,\nAroha Te Whata", "Aroha Te Whata", "Hemi"),
])
def test_names(text, client, user):
    found = _read(text)
    assert (found.recipient_name, found.sender_name) == (client, user)


def test_a_count_of_sessions_is_no_clock_but_a_9am_session_is():
    assert _read("Bonjour,\n\nJe suis intéressée par votre forfait de 6 séances. Que se passe-t-il si j'annule ?\n\nSoizic").meeting_time is None
    assert _read("Hi Tom,\n\nI have to cancel tomorrow's 9am session, sorry.\n\nLiz").meeting_time == "tomorrow's 9am"


# What names the meeting: a day's possessive before English modifiers, a name, code or quoted title after the noun,
# a noun that only qualifies another ("dépenses de formation") is none, a verb after it ends it.
@pytest.mark.parametrize("text, meeting", [
    ("Hi Desmond,\n\nThanks again for Thursday's risk appetite workshop, it was great. Could you send the slides?\n\nGen", "risk appetite workshop"),
    ("Bonjour,\n\nSuite au gel des dépenses de formation, je dois annuler la formation Excel avancé prévue le jeudi 10/12.\n\nLuc",
     "la formation Excel avancé"),
    ("Beste Kaat,\n\nWe moeten de interne audit ISO 14001 van vrijdag 11 december annuleren.\n\nJan", "de interne audit ISO 14001"),
    ("Bonjour,\n\nVotre atelier « gestion du stress » m'intéresse. Que se passe-t-il si j'annule une séance ?\n\nSoizic",
     "atelier « gestion du stress »"),
    ("Ciao Samuele,\n\nti giro l'invito per il kick-off del progetto Alfa. Ci terrei che ci fossi anche tu, i moduli di formazione li curi tu.\n\nVerena",
     "il kick-off del progetto Alfa"),
    ("Goedemiddag,\n\nWat zijn jullie voorwaarden als een les vervalt?\n\nSamira", "les"),
])
def test_what_names_the_meeting(text, meeting):
    assert _read(text).meeting == meeting


@pytest.mark.parametrize("text, proposed", [
    # a time the client had wrongly believed is no offer
    ("Hi Tom,\n\nSo sorry about Friday: I thought it was at 3 and not at 11. Would Tuesday 15 December at 10 work?\n\nAnn",
     ["Tuesday 15 December at 10"]),
    ("Bonjour,\n\nDésolée pour mardi, je croyais que c'était à 15h. Je suis libre jeudi 17 décembre à 9h.\n\nLéa", ["jeudi 17 décembre à 9h"]),
    # when the client can be phoned instead is no offer
    ("Hoi Wouter,\n\nKan het donderdag om 13u? Ik ben morgen de hele dag op kantoor als je liever belt.\n\nElke", ["donderdag om 13u"]),
    ("Hej Ola,\n\nPassar torsdag kl. 13? Jag är på kontoret i morgon om du hellre ringer.\n\nEva", ["torsdag kl. 13"]),
])
def test_believed_times_and_phone_times_are_no_offers(text, proposed):
    assert _read(text).proposed_times == proposed


@pytest.mark.parametrize("text, meeting", [
    # a meeting noun alone in brackets is the client's aside, not the meeting
    ("Hoi Thijs,\n\nIk kan er zelf niet bij zijn (teamvergadering). Zou jij de workshop over subsidies willen bijwonen?\n\nNesrin",
     "de workshop over subsidies"),
    # adjectives in -oire/-orio qualify the noun ("réunion préparatoire", "incontro preparatorio")
    ("Bonjour,\n\nNous organisons une réunion préparatoire au salon et aimerions votre présence, surtout pour le point sur le budget.\n\nRosalie",
     "réunion préparatoire"),
])
def test_asides_and_adjectives(text, meeting):
    assert _read(text).meeting == meeting


@pytest.mark.parametrize("text, meeting", [
    ("Hej Viggo,\n\nVidarebefordrar kallelsen. Kan du följa med mig?\n\n/Kerstin\n\n---------- Vidarebefordrat meddelande ---------\n"
     "Från: Kommunen <plan@example.se>\nDate: fre 4 dec. 2026 kl. 09:12\nSubject: Kallelse\n\n"
     "Välkommen till informationsmöte om nya skolan torsdagen den 17 december klockan 18.00 i aulan.", "informationsmöte om nya skolan"),
    ("Buongiorno,\n\nLe inoltro la convocazione qui sotto.\n\nDaniela\n________________________________\nDa: Segreteria <s@example.it>\n"
     "Inviato: venerdì 4 dicembre 2026 17:02\nOggetto: Convocazione\n\nIl seminario sulla sicurezza si svolgerà giovedì 17/12/2026 alle 14.30.",
     "Il seminario sulla sicurezza"),
])
def test_a_forwarded_invitations_own_noun_phrase(text, meeting):
    assert _read(text).meeting == meeting


@pytest.mark.parametrize("text", [
    "Bonjour Maëlle,\n\nC'est noté pour jeudi 10 décembre à 14h30 en visio.\n\nAurélien",
    "Ciao Marta,\n\nVa bene giovedì alle 10 in videochiamata.\n\nLuca",
    "Hi Jo,\n\nThursday at 10 by video call works for me.\n\nSam",
])
def test_how_a_meeting_is_held_is_not_its_name(text):
    assert _read(text).meeting is None
