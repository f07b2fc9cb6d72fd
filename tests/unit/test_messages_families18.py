"""A held-out battery for extract18, written before any change, on the general weaknesses that v17's fresh run showed
(none of these strings is from an eval set): a meeting named by its meeting noun (café, fika, lunch, call, visio,
session) rather than by its purpose or a run-on clause; a forwarded invite's or a subject's title; a label cut at a
clause ("inplannen", "totaal", "passar bättre"); proposed times with "sempre alle", a meal ("a pranzo"), ", say 12.45";
a past meeting's time ("hier à 18h15"); the user's name after a title in the greeting; lower-case signatures.
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


def _fwd_fr(title: str, when: str, body: str) -> str:
    return (f"From: Client <client@example.org>\nTo: User <user@example.org>\nSubject: TR: {title}\nDate: Wed, 3 Mar 2027 08:05:00 +0100\n\n"
            f"Bonjour Anne,\nTu pourrais y aller à ma place ? Ils vont parler des subventions régionales.\nMerci,\nLéa\n\n"
            f"-----Message d'origine-----\nDe : Organisation <orga@example.org>\nEnvoyé : lundi 1 mars 2027 10:00\n"
            f"À : Léa <lea@example.org>\nObjet : {title}\nQuand : {when}\n\n{body}")


# (id, text, expected): `meeting` (accepted phrases), `meeting_not`, `time`, `time_iso`, `proposed`, `kind`,
# `client` (recipient_name), `sender` (sender_name).
CASES: list[tuple[str, str, dict[str, Any]]] = [
    # --- fr ---
    ("fr-cafe-pour-parler", "Salut Margaux,\nÇa te dirait un café la semaine prochaine pour parler de ton projet de boutique en ligne ? "
     "Je suis dispo mardi 9 après 16h ou jeudi matin.\nÀ bientôt,\nInès", {"meeting": ("un café", "café"), "kind": K.invitation}),
    ("fr-visio-pour", "Bonjour Karim,\nJe te propose une visio la semaine prochaine pour faire le bilan du trimestre, lundi 8 à 10h "
     "ou mardi 9 à 15h ?\nAmélie", {"meeting": ("une visio", "visio")}),
    ("fr-madame-title", "Madame Lefort,\nJe suis au regret de devoir annuler mon rendez-vous de demain à 11h.\nBien cordialement,\n"
     "Alain Petit", {"sender": "Lefort", "kind": K.cancellation}),
    ("fr-hier-past", "Bonjour Monsieur Dubreuil,\nToutes mes excuses, je n'ai pas pu venir hier à 18h15 pour notre entretien. "
     "Serait-il possible de le refaire jeudi à 9h ?\nCordialement,\nNadia Haddad",
     {"time": "hier à 18h15", "proposed": ["jeudi à 9h"], "sender": "Dubreuil", "kind": K.absence_notice}),
    ("fr-forward-title", _fwd_fr("Dîner de gala – congrès 2027", "vendredi 5 mars 2027 19:30-23:00",
     "Nous avons le plaisir de vous convier à notre dîner annuel avec les conventions partenaires."),
     {"meeting": ("Dîner de gala – congrès 2027", "Dîner de gala", "notre dîner annuel", "dîner annuel")}),  # title, or its noun phrase
    ("fr-lowercase-sig", "Bonjour Paul,\nOn peut décaler notre point de mardi à mercredi 10 à 14h ?\nmerci\nlucie",
     {"client": "lucie", "meeting": ("notre point", "point")}),
    ("en-forward-topic", "From: Client <client@example.org>\nTo: User <user@example.org>\nSubject: Fwd: Partner breakfast – Q2 "
     "roadmap\nDate: Wed, 3 Mar 2027 08:05:00 +0100\n\nHi Tom,\nCould you go instead of me? They'll talk about the new rebates.\n"
     "Thanks,\nJo\n\n---------- Forwarded message ---------\nFrom: Events <events@example.org>\nDate: Mon, 1 Mar 2027 at 10:00\n"
     "Subject: Partner breakfast – Q2 roadmap\nTo: Jo <jo@example.org>\n\nWe are pleased to invite you to our partner breakfast "
     "on Thursday 11 March at 8am.\n", {"meeting": ("Partner breakfast – Q2 roadmap", "Partner breakfast", "our partner breakfast",
                                                    "partner breakfast")}),
    # --- it ---
    ("it-caffe-per-parlare", "Ciao Irene,\nti va un caffè la settimana prossima per parlare del tuo nuovo corso di yoga? Io ci sono "
     "martedì o giovedì mattina.\nUn abbraccio,\nMarta", {"meeting": ("un caffè", "caffè"), "kind": K.invitation}),
    ("it-sempre-alle", "Buongiorno Luca,\npurtroppo domani alle 9 non riesco per la nostra riunione. Possiamo spostarla a mercoledì 10 "
     "alle 11:15 oppure a giovedì 11 sempre alle 11:15?\nGrazie,\nBeatrice",
     {"proposed": ["mercoledì 10 alle 11:15", "giovedì 11 sempre alle 11:15"]}),
    ("it-a-pranzo", "Ciao Fede,\nfacciamo un pranzo la settimana prossima? Io potrei giovedì 11 verso le 13 o venerdì 12 a pranzo.\nMatteo",
     {"proposed": ["giovedì 11 verso le 13", "venerdì 12 a pranzo"], "meeting": ("un pranzo", "pranzo")}),
    ("it-gentile-signora", "Gentile Signora Ferri,\nle scrivo per disdire l'appuntamento di domani alle 16.\nCordiali saluti,\nRoberto Sala",
     {"sender": "Ferri", "kind": K.cancellation}),
    ("it-call-sul", "Ciao Andrea,\nla nostra call sul piano editoriale di venerdì alle 10 possiamo spostarla a lunedì 8 alle 10?\nElisa",
     {"meeting": ("la nostra call", "nostra call", "call", "nostra call sul piano editoriale")}),
    # --- nl ---
    ("nl-call-over", "Hoi Bram,\nKunnen we onze call over het marketingplan van donderdag verzetten naar vrijdag 5 maart om 14.00 uur?\n"
     "Groet,\nLotte", {"meeting": ("onze call", "call", "onze call over het marketingplan", "call over het marketingplan"), "proposed": ["vrijdag 5 maart om 14.00 uur"]}),
    ("nl-lunch-om", "Hoi Eva,\nZullen we volgende week een lunch plannen om je nieuwe webshop te bespreken? Dinsdag of woensdag kan ik.\n"
     "Liefs,\nNoor", {"meeting": ("een lunch", "lunch"), "kind": K.invitation}),
    ("nl-inplannen", "Beste Ruben,\nGraag zou ik de tweede coachingsessie inplannen. Past maandag 8 maart om 9.30 uur?\n"
     "Met vriendelijke groet,\nEls Maes", {"meeting": ("de tweede coachingsessie", "tweede coachingsessie"), "meeting_not": "inplannen"}),
    ("nl-totaal", "Beste meneer Claessens,\nIk ben de keuring van de cv-ketel gisteren totaal vergeten, excuses. Kan het woensdag "
     "in de namiddag?\nHartelijke groet,\nJan Peeters", {"meeting_not": "totaal", "sender": "Claessens"}),
    ("nl-mevrouw-title", "Geachte mevrouw Jacobs,\nHelaas moet ik de afspraak van morgen om 14.00 uur annuleren.\n"
     "Met vriendelijke groet,\nKoen Smit", {"sender": "Jacobs", "meeting": ("de afspraak", "afspraak")}),
    # --- sv ---
    ("sv-fika-och-prata", "Hej Klara!\nSka vi ta en fika nästa vecka och prata om din nya bokhandel? Jag kan tisdag eller torsdag "
     "eftermiddag.\nKram,\nSofia", {"meeting": ("en fika", "fika"), "kind": K.invitation}),
    ("sv-fika-then-send", "Hej Åsa,\nVi borde ses över en fika och prata om er nya mentorskurs, vi tänker skicka två av våra "
     "chefer.\nJag kan tisdag eller fredag förmiddag.\nHälsningar,\nKjell", {"meeting": ("en fika", "fika")}),
    ("nl-koffie-then-send", "Hoi Lieke,\nZin in een koffie om je nieuwe opleiding te bespreken, we willen er drie collega's naartoe "
     "sturen.\nIk kan dinsdag of vrijdag.\nGroet,\nJoris", {"meeting": ("een koffie", "koffie")}),
    # guards: a coffee offered after the visit, or a café as the place, is not the meeting
    ("en-coffee-after", "Hi Rosa,\nCould you pop over to the workshop to look at the new shelving with me? Friday morning, say 10ish? "
     "I'll buy you a coffee after.\nCheers\nDean", {"meeting_not": "coffee"}),
    ("fr-au-cafe-place", "Salut Léo,\nOn se voit mardi vers 11h pour parler du nouveau logo ? On peut faire ça au café d'en bas.\n"
     "Bises\nZoé", {"meeting_not": "café"}),
    ("sv-passar-battre", "Hej Anders,\nKan vi flytta vårt möte på fredag till måndag kl. 10? Det passar bättre för mig.\nHälsningar,\nPetra",
     {"meeting": ("vårt möte", "möte"), "meeting_not": "passar"}),
    ("sv-passar-battre-alone", "Hej Anders,\nFredag kl. 10 funkar inte, men måndag kl. 14 passar bättre för mig.\nHälsningar,\nPetra",
     {"meeting_not": "passar"}),
    ("sv-lowercase-sig", "Hej Oskar,\njag måste tyvärr ställa in vår träff i morgon kl 15.\nmvh\nhenrik",
     {"client": "henrik", "kind": K.cancellation}),
    ("sv-samtal-om", "Hej Ida,\nVi kan väl ta ett samtal om hemsidan på onsdag kl. 9?\nLars", {"meeting": ("ett samtal", "samtal", "ett samtal om hemsidan", "samtal om hemsidan")}),
    # --- added after the first run, from v17's fresh misses, in new wording: a heading line before the greeting ---
    ("fr-heading-greeting", "Objet : report de la séance\n\nBonjour Madame Verdier,\nJe ne pourrai pas venir jeudi à 16h, "
     "pourrions-nous voir la semaine suivante ?\nMerci,\nHugo Masson", {"sender": "Verdier"}),
    ("it-heading-greeting", "Oggetto: disdetta\n\nBuongiorno Dottor Ferraro,\ndevo disdire la visita di venerdì alle 11.\n"
     "Saluti,\nLaura Conte", {"sender": "Ferraro"}),
    ("nl-heading-greeting", "Afmelding\n\nBeste mevrouw Hendriks,\nIk kan morgen helaas niet naar de les van 19.00 uur komen.\n"
     "Groet,\nTim Claes", {"sender": "Hendriks"}),
    ("sv-heading-greeting", "Återbud\n\nHej Maja!\nJag kan tyvärr inte komma på yogan i kväll kl 18.\nMvh Elin", {"sender": "Maja"}),
    ("en-heading-greeting", "Re: tomorrow\n\nDear Ms Okafor,\nI won't be able to make the fitting tomorrow at 11am.\n"
     "Regards,\nPaul Reid", {"sender": "Okafor"}),
    ("en-heading-not-greeting", "Quick one\n\nCan we move the demo to Friday at 2pm?\nThanks\nRuth", {"sender": None}),
    ("fr-subject-question", _eml("Séance de coaching – un autre créneau ?", "Bonjour Claire,\nUn imprévu de dernière minute : "
     "pourrait-on voir lundi 8 à 15h plutôt ?\nMerci,\nLouis"), {"meeting": ("Séance de coaching",)}),
    ("it-subject-question", _eml("Riunione di redazione – si può spostare?", "Ciao Pietro,\nmi è capitato un imprevisto: "
     "va bene lunedì 8 alle 15?\nGrazie,\nNadia"), {"meeting": ("Riunione di redazione",)}),
    ("nl-subject-question", _eml("Intakegesprek – ander tijdstip?", "Hallo Ilse,\nEr kwam iets tussen. Kan het ook maandag 8 maart "
     "om 15.00 uur?\nGroet,\nBart"), {"meeting": ("Intakegesprek",)}),
    ("sv-subject-question", _eml("Uppföljningsmöte – ny tid?", "Hej Karl,\nDet kom något emellan. Går det bra måndag 8 mars kl. 15 "
     "i stället?\nHälsningar,\nAnna"), {"meeting": ("Uppföljningsmöte",)}),
    # --- a get-together both know, named in the body, with its topic only in the subject ---
    ("fr-subject-topic-visio", _eml("Re: Notre visio sur le budget 2028", "Bonjour Marc,\nJe suis désolée, j'ai manqué notre visio "
     "de lundi à 10h. Pourrait-on la refaire mardi 9 à 10h ?\nSophie"), {"meeting": ("notre visio", "visio")}),
    ("it-subject-topic-call", _eml("R: La nostra call sul bilancio", "Ciao Marco,\nscusa, ho perso la nostra call di lunedì alle 10. "
     "Possiamo rifarla martedì 9 alle 10?\nGiada"), {"meeting": ("la nostra call", "nostra call", "call")}),
    ("nl-subject-topic-call", _eml("Re: Onze call over de begroting", "Hoi Pim,\nSorry, ik heb onze call van maandag om 10 uur gemist. "
     "Kan het dinsdag 9 maart om 10 uur?\nAnouk"), {"meeting": ("onze call", "call")}),
    ("sv-subject-topic-samtal", _eml("SV: Vårt samtal om budgeten", "Hej Pelle,\nFörlåt, jag missade vårt samtal i måndags kl. 10. "
     "Kan vi ta det tisdag 9 mars kl. 10?\nIda"), {"meeting": ("vårt samtal", "samtal")}),
    ("en-subject-topic-call", _eml("Re: Our call about the budget", "Hi Sam,\nSorry, I missed our call on Monday at 10. Could we "
     "redo it Tuesday 9th at 10?\nJo"), {"meeting": ("our call", "call")}),
    # --- a meeting that was due and is past ("nous devions nous voir hier à 17h30") ---
    ("fr-devions-hier", "Bonjour Mme Perrin,\nNous devions nous retrouver hier à 16h45 pour le devis de la terrasse et j'ai été "
     "retenu sur un chantier. Je peux passer lundi 8 vers 9h ?\nCordialement,\nYann Le Gall",
     {"time": "hier à 16h45", "proposed": ["lundi 8 vers 9h"], "kind": K.absence_notice}),
    ("it-dovevamo-ieri", "Buongiorno Sig.ra Neri,\ndovevamo vederci ieri alle 17.15 per il preventivo del bagno, ma sono rimasto "
     "bloccato in cantiere. Posso passare lunedì 8 alle 9?\nCordiali saluti,\nFabio Russo",
     {"time": "ieri alle 17.15", "proposed": ["lunedì 8 alle 9"], "kind": K.absence_notice}),
    ("nl-zouden-gisteren", "Beste mevrouw Mertens,\nWe zouden elkaar gisteren om 16.45 uur zien voor de offerte van het terras, maar ik "
     "zat vast op een werf. Kan ik maandag 8 maart om 9 uur langskomen?\nMet vriendelijke groet,\nDries Aerts",
     {"time": "gisteren om 16.45 uur", "kind": K.absence_notice}),
    ("sv-skulle-ses-igar", "Hej Ulla,\nVi skulle ses igår kl. 16.45 om offerten för altanen, men jag blev kvar på ett bygge. Kan jag "
     "komma måndag 8 mars kl. 9?\nMvh\nPontus Ek", {"time": "igår kl. 16.45", "kind": K.absence_notice}),
    ("en-supposed-yesterday", "Hi Mrs Lowe,\nWe were supposed to meet yesterday at 4.45pm about the patio quote, but I got stuck on "
     "another site. Could I come by Monday 8th at 9am?\nBest,\nGavin Doyle",
     {"time": "yesterday at 4.45pm", "proposed": ["Monday 8th at 9am"], "kind": K.absence_notice}),
    # --- en ---
    ("en-grab-lunch", "Hi Nora,\nWant to grab lunch next week and talk through the reorg? I'm free Tuesday or Thursday, say 12.45.\nBen",
     {"meeting": ("lunch",), "proposed": ["Tuesday", "Thursday, say 12.45"]}),
    ("en-coffee-to-discuss", "Hi Raj,\nFancy a coffee on Friday to discuss your pricing model? Around 10?\nSam",
     {"meeting": ("a coffee", "coffee")}),
    ("en-subject-title", _eml("Mentoring session – new time?", "Hi Kate,\nSomething came up on my side. Could we do Monday 8th at 3pm "
     "instead?\nThanks,\nLeo"), {"meeting": ("Mentoring session",)}),
    ("en-dear-dr", "Dear Dr Patel,\nI'm so sorry, I have to cancel my appointment tomorrow at 9am.\nKind regards,\nMark Evans",
     {"sender": "Patel", "kind": K.cancellation}),
    ("en-lowercase", "hey jess,\ncan we push our call to thursday at 2?\nthx\nalex", {"client": "alex"}),
    ("en-past-yesterday", "Hi Tom,\nApologies for missing our session yesterday at 5.30pm. Could we redo it Friday at 5.30pm?\nAna",
     {"time": "yesterday at 5.30pm", "proposed": ["Friday at 5.30pm"]}),
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
