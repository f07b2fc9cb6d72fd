"""A held-out battery for extract17, written before any change from the families of misses seen on v16 and on older
sets' first fresh runs, in new phrasings per language: a reply word in the subject ("Återbud", "Annulation") taken as
the meeting over the body's own meeting noun; the topic of a meeting already fixed ("sur le budget") chosen over the
noun that carries it ("notre visio"); a lunch; a signature's department line taken for a meeting; a label run on into
another meeting ("workshop med ett styrelsemöte") or an audience ("voor starters"); one clock for two days ("au 14 ou
au 15 à 10h"); "o, in alternativa,"; "istället, typ kl 14"; "Thursday's" (kept as the older sets label it). None of these strings is from an eval set.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from composer.messages.extract import extract
from composer.messages.models import Kind
from composer.messages.parse import read_message
from tests.support.message_battery import observed, spans_are_verbatim

TODAY = date(2027, 3, 3)  # a Wednesday
K = Kind


def _eml(subject: str, body: str) -> str:
    return f"From: Client <client@example.org>\nTo: User <user@example.org>\nSubject: {subject}\nDate: Wed, 3 Mar 2027 08:05:00 +0100\n\n{body}"


# (id, text, expected): `meeting` (the accepted phrases, normalised), `meeting_not` (a word it must not hold),
# `time`, `time_iso`, `proposed`, `proposed_iso`, `kind`, `client` (recipient_name).
CASES: list[tuple[str, str, dict[str, Any]]] = [
    # --- a reply word in the subject is no meeting: the body's own noun is ---
    ("sv-aterbud-subject", _eml("Återbud torsdag", "Hej Linnea,\nJag måste tyvärr lämna återbud till vårt möte i morgon kl. 14, "
     "barnen är sjuka.\nMvh\nGöran Ek"), {"meeting": ("vårt möte", "möte"), "kind": K.cancellation}),
    ("fr-annulation-subject", _eml("Annulation", "Bonjour Céline,\nJe dois malheureusement annuler notre rendez-vous de demain à 11h, "
     "un imprévu au bureau.\nCordialement,\nDenis Roche"), {"meeting": ("notre rendez-vous", "rendez-vous"), "kind": K.cancellation}),
    ("it-disdetta-subject", _eml("Disdetta", "Gentile Dott.ssa Riva,\ndevo purtroppo disdire il nostro appuntamento di domani alle 15, "
     "ho un imprevisto.\nCordiali saluti\nMarco Bellini"), {"meeting": ("il nostro appuntamento", "nostro appuntamento", "appuntamento"), "kind": K.cancellation}),
    ("nl-afmelding-subject", _eml("Afmelding", "Beste Joost,\nIk moet helaas onze afspraak van morgen om 10 uur afzeggen, mijn auto "
     "staat in de garage.\nGroet,\nSanne de Wit"), {"meeting": ("onze afspraak", "afspraak"), "kind": K.cancellation}),
    ("en-cancellation-subject", _eml("Cancellation", "Hi Priya,\nI'm afraid I have to cancel our meeting tomorrow at 2pm - "
     "something came up at home.\nBest,\nTom Hale"), {"meeting": ("our meeting", "meeting"), "kind": K.cancellation}),
    # --- a meeting already fixed: the noun that carries the topic names it ---
    ("fr-visio-sur", "Bonsoir Agathe,\nJe suis navré, j'ai oublié notre visio de lundi 9h sur les devis. Pouvons-nous la refaire "
     "vendredi à 10h ?\nFabrice", {"meeting": ("notre visio", "visio"), "kind": K.absence_notice}),
    ("nl-gesprek-dan-doel", "Beste mevrouw Peeters,\nSorry dat ik niet op ons gesprek van maandag om 15u ben geraakt. Past vrijdag om "
     "half elf? Mijn broer komt dan mee om de offerte voor het dak te bekijken.\nGroeten,\nWim Jacobs",
     {"meeting": ("ons gesprek", "gesprek"), "kind": K.absence_notice}),
    ("sv-samtal-om", "Hej Olle,\nFörlåt, jag missade vårt samtal i måndags kl. 13 om hyresavtalet. Kan vi ta det på fredag kl 10?\nNina",
     {"meeting": ("vårt samtal", "samtal"), "kind": K.absence_notice}),
    ("it-riunione-su", "Buonasera Paola,\nmi scusi, ho perso la nostra call di lunedì alle 11 sul preventivo. Possiamo rifarla "
     "venerdì alle 10?\nSergio", {"meeting": ("la nostra call", "nostra call", "call"), "kind": K.absence_notice}),
    ("en-call-about", "Hi Grace,\nSo sorry I missed our call on Monday at 4 about the lease. Could we redo it Friday at 10?\nOwen",
     {"meeting": ("our call", "call"), "kind": K.absence_notice}),
    # --- a lunch ---
    ("nl-voor-de-lunch", "Hoi Jesse!\nPrima, dan zien we elkaar donderdag om 12.15 uur voor de lunch bij De Kas.\nTot dan!\nMila",
     {"meeting": ("de lunch", "lunch"), "time": "donderdag om 12.15 uur", "time_iso": "2027-03-04T12:15"}),
    ("sv-lunch-subject-prata-om", _eml("Lunch snart?", "Hej Maja,\nSka vi äta lunch nästa vecka och prata om projektet i Umeå? "
     "Jag kan måndag eller onsdag.\nHälsningar,\nErik"), {"meeting": ("lunch",)}),
    ("en-lunch-subject-chat-about", _eml("Lunch next week?", "Hi Dan,\nShall we grab lunch next week and chat about the Leeds "
     "project? I could do Tuesday or Thursday.\nCheers,\nFiona"), {"meeting": ("lunch",)}),
    ("it-pranzo-subject-parlare", _eml("Pranzo la prossima settimana?", "Ciao Elisa,\nci vediamo a pranzo la prossima settimana per "
     "parlare del progetto di Brescia? Io posso martedì o giovedì.\nUn saluto,\nPietro"), {"meeting_not": "progetto"}),
    # --- a run-on label ---
    ("sv-workshop-med-styrelsemote", "Hej Sara,\nTyvärr krockar fredagens genomgång med ett kundmöte som flyttats. Går det att ta den "
     "på måndag kl. 10 i stället?\nHälsningar\nLeif", {"meeting": ("fredagens genomgång", "genomgång"), "kind": K.reschedule_request}),
    ("en-review-with-a-meeting", "Hi Ben,\nUnfortunately Friday's design review clashes with a board meeting that got moved. Could we "
     "do Monday at 10 instead?\nAnna", {"meeting_not": "board", "kind": K.reschedule_request}),
    ("nl-infosessie-voor-starters", _eml("Uitnodiging infosessie", "Dag Tom,\nWij organiseren op dinsdag 16 maart om 14 uur een "
     "infosessie over de nieuwe premie voor starters, in ons kantoor in Leuven.\nZou je een korte toelichting willen geven?\n"
     "Groeten,\nLotte Maes"), {"meeting": ("infosessie over de nieuwe premie", "een infosessie", "infosessie"), "time_iso": "2027-03-16T14:00"}),
    ("fr-atelier-pour-les-pme", "Bonjour Hugo,\nNous organisons le jeudi 18 mars à 9h un atelier sur la facturation électronique pour "
     "les PME de la région. Accepteriez-vous d'y intervenir ?\nBien à vous,\nClaire Duval",
     {"meeting": ("atelier sur la facturation électronique", "un atelier", "atelier"), "time_iso": "2027-03-18T09:00"}),
    # --- a signature's department line is no meeting ---
    ("sv-signature-avdelning", _eml("VB: Inbjudan: Frukostmöte – ny lagstiftning", "Hej Jonas,\nSkickar vidare inbjudan, säg till om "
     "du vill gå i mitt ställe.\n\nKarin Ström\nHR-chef, Sektor utbildning\n"), {"meeting_not": "utbildning"}),
    ("en-signature-department", _eml("FW: Invitation: Breakfast briefing – new rules", "Hi Mark,\nForwarding this one, tell me if you "
     "want to go instead of me.\n\nJulia Grant\nHR Partner, Training Department\n"), {"meeting_not": "Training"}),
    # --- one clock for two days ---
    ("fr-au-ou-au-a", "Bonjour Monsieur Favre,\nNous avons rendez-vous jeudi à 9h, mais je serai en déplacement. Serait-il possible "
     "de décaler au 16 ou au 17 à 9h ?\nMerci,\nLaure Besson", {"proposed_iso": ["2027-03-16T09:00", "2027-03-17T09:00"]}),
    ("it-o-alle", "Buongiorno Dott. Serra,\ndevo spostare la visita di giovedì alle 11. Potrei venire lunedì 15 o martedì 16 alle 11.30?\n"
     "Grazie\nRita Corsi", {"proposed_iso": ["2027-03-15T11:30", "2027-03-16T11:30"]}),
    ("sv-eller-kl", "Hej Malin,\nKan vi flytta torsdagens möte? Jag kan måndag eller tisdag, kl. 13.30 passar bäst.\nPer",
     {"proposed_iso": ["2027-03-08T13:30", "2027-03-09T13:30"]}),
    ("nl-of-om", "Beste Ruud,\nKunnen we onze afspraak van donderdag verzetten? Ik kan maandag 15 of dinsdag 16 om 9 uur.\nGroet,\nIlse",
     {"proposed_iso": ["2027-03-15T09:00", "2027-03-16T09:00"]}),
    ("en-or-at", "Hi Leo,\nCould we move Thursday's session? I could do Monday 15th or Tuesday 16th at 11am.\nThanks,\nKate",
     {"proposed_iso": ["2027-03-15T11:00", "2027-03-16T11:00"]}),
    # --- a first slot then "or, failing that," a second in an invitation: both offered ---
    ("it-o-in-alternativa", "Gentile Franco,\nla nostra direttrice vorrebbe invitarla a un pranzo di lavoro. Sarebbe disponibile "
     "giovedì 11 alle 12:30 o, in alternativa, lunedì 15 alla stessa ora?\nCordiali saluti\nSilvia Neri",
     {"time": None, "proposed_iso": ["2027-03-11T12:30", "2027-03-15T12:30"]}),
    ("fr-ou-a-defaut", "Bonjour Léon,\nNotre président souhaiterait vous inviter à déjeuner. Seriez-vous disponible le jeudi 11 à 12h30 "
     "ou, à défaut, le lundi 15 à la même heure ?\nBien cordialement\nAude Marin",
     {"time": None, "proposed_iso": ["2027-03-11T12:30", "2027-03-15T12:30"]}),
    ("en-or-alternatively", "Hi Ray,\nOur CEO would love to take you to lunch. Would Thursday 11th at 12:30 work or, alternatively, "
     "Monday 15th at the same time?\nKind regards\nMeg",
     {"time": None, "proposed_iso": ["2027-03-11T12:30", "2027-03-15T12:30"]}),
    # --- turning the user's slots down and offering two side by side ("plutôt X ou Y"): both are new, no time is fixed ---
    ("fr-plutot-x-ou-y", "Bonjour Paul,\nAucun de vos deux créneaux ne convient à notre directeur. Pourriez-vous plutôt le lundi 15 "
     "à 10h ou le mercredi 17 dans la matinée ?\nMerci.\nYves", {"time": None, "proposed_iso": ["2027-03-15T10:00", "2027-03-17"]}),
    ("it-piuttosto-x-o-y", "Buongiorno Laura,\nnessuna delle due date va bene al nostro direttore. Potremmo spostare piuttosto a "
     "lunedì 15 alle 10 o mercoledì 17 alle 15?\nGrazie\nEnzo", {"time": None, "proposed_iso": ["2027-03-15T10:00", "2027-03-17T15:00"]}),
    ("nl-liever-x-of-y", "Beste Karel,\nGeen van beide momenten past voor onze directeur. Kunnen we het verzetten naar maandag 15 "
     "om 10 uur of woensdag 17 om 15 uur?\nGroet,\nNele", {"time": None, "proposed_iso": ["2027-03-15T10:00", "2027-03-17T15:00"]}),
    ("sv-hellre-x-eller-y", "Hej Karl,\nIngen av tiderna passar vår vd. Kan vi flytta till måndag 15/3 kl. 10 eller onsdag 17/3 "
     "kl. 15 i stället?\nMvh\nNils", {"time": None, "proposed_iso": ["2027-03-15T10:00", "2027-03-17T15:00"]}),
    ("en-rather-x-or-y", "Hi Paul,\nNeither of your slots works for our director. Could we move it to Monday 15th at 10am or "
     "Wednesday 17th at 3pm?\nThanks,\nYvonne", {"time": None, "proposed_iso": ["2027-03-15T10:00", "2027-03-17T15:00"]}),
    # --- the meeting clashes with something else and other times are asked for: a move ---
    ("en-clashes-with", "Hi Sophie,\nApologies, but Friday at 11 now clashes with a site inspection I have to attend. Could we do "
     "Monday the 15th, same time, or Tuesday afternoon?\nRegards,\nAmit", {"kind": K.reschedule_request}),
    ("nl-valt-samen-met", "Beste Joris,\nIk zie dat ons overleg van vrijdag om 11 uur samenvalt met de diploma-uitreiking van mijn "
     "zoon. Kan het ook maandag 15 maart, of anders dinsdag de 16e?\nGroet,\nKim Peeters", {"kind": K.reschedule_request}),
    ("fr-coincide-avec", "Bonjour Anne,\nJe m'aperçois que notre point de vendredi 11h coïncide avec la remise des prix de ma fille. "
     "Serait-ce possible lundi 15 ou mardi 16 ?\nBien à vous,\nMarc", {"kind": K.reschedule_request}),
    ("it-coincide-con", "Buongiorno Anna,\nvedo che il nostro incontro di venerdì alle 11 coincide con la recita di mia figlia. "
     "Sarebbe possibile lunedì 15 o martedì 16?\nCordiali saluti\nMarco", {"kind": K.reschedule_request}),
    ("sv-krockar-med", "Hej Anna,\nvårt möte på fredag kl. 11 krockar med min dotters skolavslutning. Skulle måndag den 15:e "
     "eller tisdag den 16:e fungera?\nHälsningar\nMarcus", {"kind": K.reschedule_request}),
    # --- the client's name under a closing after a question ("va bene? un abbraccio"), or with kisses after it ("Morag x") ---
    ("en-name-kisses", "Hiya Tom,\n\nFancy a pint on Friday at 6ish to talk about the gig?\n\nLet me know!\nAoife x", {"client": "Aoife"}),
    ("nl-name-kisses", "Hoi Bram,\nZin in koffie vrijdag om 10 uur om de verhuizing te bespreken?\nLaat maar weten!\nSanne xx", {"client": "Sanne"}),
    ("sv-name-kisses", "Hej Ola,\nFika på fredag kl 10 och prata om flytten?\nHörs!\nLinn x", {"client": "Linn"}),
    ("it-closing-after-question", "ciao Paolo, devo disdire la lezione di sabato alle 10 perché parto per Bari (lunga storia..). ti "
     "riscrivo io, va bene? un abbraccio\nGiada", {"client": "Giada"}),
    ("fr-closing-after-question", "coucou Léa, je dois annuler le cours de samedi à 10h, je pars à Lyon (longue histoire..). je te "
     "réécris, ça te va ? bisous\nManon", {"client": "Manon"}),
    # --- an afternoon said with a clock read with "about": "pomeriggio verso le 4" is 16:00 ---
    ("it-pomeriggio-verso-le", "Ciao Dario,\npossiamo vederci venerdì pomeriggio verso le 3 per il preventivo?\nUgo",
     {"time_iso": "2027-03-05T15:00"}),
    ("fr-apres-midi-vers", "Bonjour Rémi,\nPourrions-nous nous voir vendredi après-midi vers 3h pour le devis ?\nAline",
     {"time_iso": "2027-03-05T15:00"}),
    ("nl-middag-rond", "Hoi Stijn,\nKunnen we vrijdagmiddag rond 3 uur afspreken voor de offerte?\nEls", {"time_iso": "2027-03-05T15:00"}),
    ("sv-eftermiddag-runt", "Hej Pelle,\nKan vi ses på fredag eftermiddag runt kl 3 och gå igenom offerten?\nAnja",
     {"time_iso": "2027-03-05T15:00"}),
    ("en-afternoon-around", "Hi Rob,\nCould we meet Friday afternoon around 3 to go through the quote?\nTess", {"time_iso": "2027-03-05T15:00"}),
    # --- an English a/b date with its weekday: the reading that falls on that weekday ---
    ("en-us-date-weekday", "Hi Dana,\nThursday's audit won't work for us anymore. Could we push it to Tuesday 3/9 at 10am or "
     "Wednesday 3/10 after 2?\nBest,\nKyle", {"proposed_iso": ["2027-03-09T10:00", "2027-03-10T14:00"]}),
    ("en-uk-date-weekday", "Hi Dana,\nThursday's audit won't work for us anymore. Could we push it to Tuesday 9/3 at 10am or "
     "Wednesday 10/3 after 2?\nBest,\nKyle", {"proposed_iso": ["2027-03-09T10:00", "2027-03-10T14:00"]}),
    # --- "X instead, around/like 2pm" is one span ---
    ("sv-istallet-typ", "Hej Anton,\nförlåt! Jag missade vårt möte i måndags kl. 9. Kan vi ta det på fredag istället, typ kl 15?\n/Elin",
     {"proposed": ["fredag istället, typ kl 15"], "proposed_iso": ["2027-03-05T15:00"]}),
    ("sv-istallet-runt", "Hej Kalle,\nKan vi flytta vårt samtal på måndag? Torsdag istället, runt kl 11?\nLisa",
     {"proposed": ["Torsdag istället, runt kl 11"], "proposed_iso": ["2027-03-04T11:00"]}),
    # --- "Thursday's": the day without its "'s", as v6 and v15 label it (v16 alone keeps it) ---
    ("en-possessive-day", "Hi Zoe,\nSadly Friday's planning session won't work for us anymore. Could we do Monday at 10 instead?\nLiam",
     {"time": "Friday", "kind": K.reschedule_request}),  # v6 and v15 label "Thursday's" as "Thursday" (v16 keeps the "'s")
]


# Still failing (kept visible, strict: an xpass fails the suite so the mark is removed when fixed).
OPEN: dict[str, str] = {}


@pytest.mark.parametrize("text,expected", [
    pytest.param(t, e, id=i, marks=[pytest.mark.xfail(reason=OPEN[i], strict=True)] if i in OPEN else []) for i, t, e in CASES])
def test_battery(text: str, expected: dict[str, Any]) -> None:
    got, expected = observed(extract(read_message(text), today=TODAY), expected)
    assert got == expected


def test_every_span_is_the_messages_own_text() -> None:
    spans_are_verbatim([t for _, t, _ in CASES], extract, TODAY)
