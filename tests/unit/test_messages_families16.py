"""A held-out battery for extract16, written before any change from the families of misses seen on v15, each in two or
three new phrasings per language: a date and time offered with its article and day of the month ("le 9 à 11h"), a
fallback counted from the previous offer ("le lendemain", "the day after"), clock ranges with their day ("dalle 9:00
alle 13:00"), a part of the day then its clock ("martedì pomeriggio tardi, diciamo le 17:30"), spoken clocks ("kwart
voor elf", "na vieren", "alle 9 e mezza", "half nine"), Swedish short weekdays ("tis kl 9", "fre förmiddag"), two
offers in an invitation, span edges ("cet aprem à 16h", "Vendredi matin au Café des Arts, 9h15"), a relative or an
agenda item read as the meeting, and cancellation/absence/move cues. None of these strings is from an eval set.
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
FWD_IT = ("Dottore, le giro l'invito del direttore. Ci terremmo alla sua presenza per il punto 2 (budget). Grazie\n\nElena\n\n"
          "________________________________\nDa: Direzione Istituto Rossetti <dir@rossetti.example.it>\n"
          "Inviato: lunedì 1 marzo 2027 10:00\nA: Consulenti\nOggetto: Invito: Comitato scientifico – riunione annuale\n"
          "Quando: giovedì 18 marzo 2027 10:00-12:00 (UTC+01:00) Amsterdam, Berlino, Roma\nDove: Sala Verdi\n\n"
          "Ordine del giorno:\n1. Relazione del presidente\n2. Budget 2028\n")

# (id, text, expected): expected keys are `time` (meeting_time span), `time_iso`, `proposed` (spans), `proposed_iso`,
# `kind`, `client` (recipient_name), `meeting_has` (a word the meeting phrase holds), `meeting_not` (a word it must not
# hold); None = nothing found.
CASES: list[tuple[str, str, dict[str, Any]]] = [
    # --- fr ---
    ("fr-two-dates-ou", "Bonjour Maître Lemaire,\nMa sœur ne peut pas venir aux dates que vous proposez. Pourrions-nous "
     "signer l'acte le 9 à 11h, ou le jeudi 11 en fin de matinée ?\nMerci,\nGaëlle Fournier",
     {"time": None, "proposed_iso": ["2027-03-09T11:00", "2027-03-11"]}),  # a part of the day gives the day only (as v15 labels it)
    ("fr-lendemain", "Bonjour Madame Perrin,\nMon père souhaiterait faire le point avec vous sur sa retraite. Seriez-vous "
     "disponible le 12 à 15h30, à son domicile ? Sinon le lendemain après-midi, vers 14h.\nBien cordialement,\nHugo Marchetti",
     {"time": None, "proposed": ["le 12 à 15h30", "le lendemain après-midi, vers 14h"],
      "proposed_iso": ["2027-03-12T15:30", "2027-03-13T14:00"]}),
    ("fr-ce-matin", "Salut Camille,\nDésolée, je ne pourrai pas venir ce matin à 10h30, ma fille a de la fièvre. On annule "
     "pour cette fois ?\nBises\nNina", {"time": "ce matin à 10h30", "time_iso": "2027-03-03T10:30", "kind": K.cancellation}),
    ("fr-cet-aprem", "Yann,\nje suis obligé d'annuler notre cours cet aprem à 16h, ma voiture est en panne.\nDésolé\nBastien",
     {"time": "cet aprem à 16h", "time_iso": "2027-03-03T16:00", "kind": K.cancellation}),
    ("fr-place-then-clock", "Coucou Elise !\nUn café pour parler de ton projet de librairie ? Vendredi matin au Café des "
     "Arts, 9h15 ? Dis-moi\nBises\nManon", {"time": "Vendredi matin au Café des Arts, 9h15", "time_iso": "2027-03-05T09:15"}),
    ("fr-child-not-meeting", "Bonjour,\nJe voudrais prendre rendez-vous pour ma fille (9 ans) mais son emploi du temps "
     "bouge beaucoup. Quelles sont vos conditions en cas d'annulation ?\nCordialement,\nAgnès Roy",
     {"meeting_not": "fille", "kind": K.policy_question}),
    ("fr-plus-lieu-detre", "Maître,\nL'affaire étant réglée, la réunion de suivi prévue le lundi 8/3 à 14h n'a plus lieu "
     "d'être.\nBien à vous,\nRégis Caron", {"time_iso": "2027-03-08T14:00", "kind": K.cancellation}),
    ("fr-decaler-au-15", "Bonjour Antoine,\nje ne pourrai finalement pas être là jeudi pour l'essayage. On peut décaler "
     "au 15 à 17h ?\nLouise", {"time_iso": "2027-03-04", "proposed_iso": ["2027-03-15T17:00"], "kind": K.reschedule_request}),
    # --- it ---
    ("it-stamattina-e-mezza", "Buongiorno dottore,\nmi scusi per stamattina alle 9 e mezza, ho avuto un contrattempo con "
     "il treno e non sono riuscito ad arrivare. Possiamo fissare un altro giorno?\nGrazie\nLuca Serra",
     {"time": "stamattina alle 9 e mezza", "time_iso": "2027-03-03T09:30", "kind": K.absence_notice}),
    ("it-ieri-e-un-quarto", "Gentile signora,\nmi perdoni per ieri pomeriggio alle 4 e un quarto, mi sono completamente "
     "dimenticata dell'appuntamento.\nCordiali saluti\nGiorgia Neri",
     {"time_iso": "2027-03-02T16:15", "kind": K.absence_notice}),
    ("it-dalle-alle-with-day", "Gentile prof.ssa Conti,\nle confermo il seminario sulla valutazione di venerdì 12 marzo "
     "dalle 9:00 alle 13:00 in aula 4.\nCordiali saluti\nMarta Galli\nSegreteria",
     {"time": "venerdì 12 marzo dalle 9:00 alle 13:00", "time_iso": "2027-03-12T09:00", "kind": K.other}),
    ("it-diciamo", "Buongiorno Paola,\ngiovedì alle 10 ho una visita medica e non riesco. Possiamo spostare la riunione "
     "a lunedì 8 alle 14 oppure a martedì pomeriggio tardi, diciamo le 17:30?\nGrazie\nDario",
     {"time_iso": "2027-03-04T10:00", "proposed": ["lunedì 8 alle 14", "martedì pomeriggio tardi, diciamo le 17:30"],
      "proposed_iso": ["2027-03-08T14:00", "2027-03-09T17:30"]}),
    ("it-guardare-insieme", "Ciao Franco!\nTi va di venire da noi per guardare insieme il progetto del giardino? Sarebbe "
     "sabato 6 verso le 11, se ti va.\nSilvia", {"meeting_has": "giardino", "time_iso": "2027-03-06T11:00"}),
    ("it-agenda-item", FWD_IT, {"meeting_has": "Comitato", "time_iso": "2027-03-18T10:00", "kind": K.invitation}),
    ("it-dispiace-se-spostiamo", "Buonasera Anna,\nle dispiace se spostiamo la lezione di giovedì? Ho un impegno di "
     "lavoro. Andrebbe bene venerdì 5 nel pomeriggio, o lunedì 8 alle 18:30?\nGrazie, Marco",
     {"kind": K.reschedule_request, "proposed_iso": ["2027-03-05", "2027-03-08T18:30"]}),
    ("it-dalle-comma", "Buongiorno,\nvorrei organizzare un corso di primo soccorso per i miei dipendenti. Potrebbe venire "
     "da noi mercoledì 17 marzo, dalle 8.30 alle 12.30?\nCordiali saluti\nPietro Longo\nTitolare",
     {"time_iso": "2027-03-17T08:30"}),
    # --- nl ---
    ("nl-kwart-over-na", "hoi Sanne, zin om volgende week te lunchen? wil het even hebben over de verbouwing. Woensdag "
     "rond kwart over twaalf bij De Zwaan? of vrijdag na tweeën\nx Joost",
     {"time": None, "proposed_iso": ["2027-03-10T12:15", "2027-03-12T14:00"]}),
    ("nl-verzetten-kwart-voor", "Beste Tom,\nKunnen we het overleg van donderdag verzetten? Ik kan wel maandag om kwart "
     "voor elf, of dinsdag na vieren.\nGroet,\nEls", {"time_iso": "2027-03-04", "proposed_iso": ["2027-03-08T10:45", "2027-03-09T16:00"],
                                                      "kind": K.reschedule_request}),
    ("nl-van-tot-with-day", "Beste meneer Claes,\nGraag nodigen we u uit op de derde stuurgroep van het renovatieproject, "
     "op dinsdag 16 maart van 19u30 tot 22u in de vergaderzaal. Er is koffie vanaf 19u. Kunt u ons laten weten of u "
     "komt? Dan zet Wim uw toelichting op de agenda.\nMet vriendelijke groeten,\nAn Peeters",
     {"time_iso": "2027-03-16T19:30", "meeting_has": "stuurgroep", "kind": K.invitation}),
    ("nl-thanks-confirmation", "Goedemiddag meneer Bakker,\nDank voor de bevestiging van de cursus 'Timemanagement' op "
     "donderdag 11 maart om half twee. Mag mijn collega Ineke ook meedoen?\nMet vriendelijke groet,\nKarin de Vries",
     {"time_iso": "2027-03-11T13:30", "kind": K.other}),
    ("nl-afzeggen-kwart-voor", "Hallo Bram,\nIk moet de afspraak van morgen om kwart voor negen helaas afzeggen, mijn "
     "dochter is ziek.\nGroetjes,\nLinda", {"time_iso": "2027-03-04T08:45", "kind": K.cancellation}),
    ("nl-gisteren-half", "Beste Ruben,\nSorry dat ik gisteren om half vier niet op de training was, ik stond vast in de "
     "file.\nGroet,\nPim", {"time_iso": "2027-03-02T15:30", "kind": K.absence_notice}),
    ("nl-two-slots-question", "Hoi Eva,\nHeb je tijd voor een kop thee om het draaiboek door te nemen? Maandag om kwart "
     "over drie of woensdag om één uur?\nLiefs\nRoos", {"time": None, "proposed_iso": ["2027-03-08T15:15", "2027-03-10T13:00"]}),
    ("nl-na-zessen-niet", "Beste Joke,\nDonderdag na zessen lukt mij helaas niet meer. Kan het ook vrijdag om kwart over "
     "negen?\nGroet,\nDirk", {"proposed_iso": ["2027-03-05T09:15"], "kind": K.reschedule_request}),
    # --- sv ---
    ("sv-tis-fre", "Tjena Jonas,\nska vi ses och gå igenom budgeten? Funkar tis kl 9 eller fre förmiddag för dig?\n"
     "Hälsningar\nMaja", {"time": None, "proposed": ["tis kl 9", "fre förmiddag"], "proposed_iso": ["2027-03-09T09:00", "2027-03-05"]}),
    ("sv-flytta-man-tis", "Hej Karin,\nkan vi flytta mötet på torsdag? Passar mån kl 13 eller tis eftermiddag?\nMvh\nErik",
     {"time_iso": "2027-03-04", "proposed_iso": ["2027-03-08T13:00", "2027-03-09"], "kind": K.reschedule_request}),
    ("sv-arsmote-range", "Hej Anders,\nvi vill gärna bjuda in dig till årsmötet i föreningen, torsdag 18 mars kl. "
     "18.30–20.30 i Folkets hus.\nVänliga hälsningar\nSofia Lind", {"time_iso": "2027-03-18T18:30", "kind": K.invitation}),
    ("sv-missade-igar", "Hej Per,\nförlåt att jag missade vårt samtal i går kl 15, jag hade glömt bort det helt.\nMvh\nOla",
     {"time_iso": "2027-03-02T15:00", "kind": K.absence_notice}),
    ("sv-stalla-in", "Hej Lina,\njag måste tyvärr ställa in tiden i morgon kl 8.15, jag är sjuk.\nHälsningar\nMarkus",
     {"time_iso": "2027-03-04T08:15", "kind": K.cancellation}),
    ("sv-titta-pa", "Hej Nils,\nkan vi ses och titta på offerten för taket? Passar lör kl 11?\nHälsningar\nJohan",
     {"meeting_has": "offerten", "time_iso": "2027-03-06T11:00"}),
    ("sv-inte-langre-man", "Hej Eva,\nFredag kl 14 går tyvärr inte längre för mig. Kan vi ta det på mån eftermiddag i "
     "stället?\nMvh\nAnna", {"proposed_iso": ["2027-03-08"], "kind": K.reschedule_request}),
    ("sv-tors-fre-kl", "Hej Stina,\nsom jag skrev kan jag inte på onsdag. Funkar tors kl 16 eller fre kl 10?\nKram\nMalin",
     {"proposed_iso": ["2027-03-04T16:00", "2027-03-05T10:00"]}),
    # --- en ---
    ("en-if-cannot-also-can", "Hi Mr Tan,\nSorry, can we shift the kitchen measurement from tmr 9am to Mon 8 Mar 3pm? The "
     "carpenter is only free then. If Mon cannot then Tue afternoon also can.\nThanks\nMei Ling",
     {"time_iso": "2027-03-04T09:00", "proposed_iso": ["2027-03-08T15:00", "2027-03-09"], "kind": K.reschedule_request}),
    ("en-push-back-failing-that", "Hi Fiona,\nWould it be terrible if we pushed Friday's session back? My dad's in "
     "hospital. Could we do Tuesday the 9th at half nine instead, or failing that Thursday at quarter past four?\n"
     "Cheers\nAoife", {"time_iso": "2027-03-05", "proposed_iso": ["2027-03-09T09:30", "2027-03-04T16:15"],  # the next Thursday
                        "kind": K.reschedule_request}),
    ("en-terms-managers", "Hi Greg,\nBefore we sign off on the onboarding package, could you tell me your cancellation "
     "terms? How much notice do you need to move a workshop, and what if one of our managers cancels on the day?\n"
     "Thanks\nPriya", {"meeting_not": "cancels", "kind": K.policy_question}),
    ("en-no-need-anymore", "Hi Tom,\nNo need for the planning call on Friday at 2 anymore, the client signed yesterday.\n"
     "Best\nRoss", {"time_iso": "2027-03-05T14:00", "kind": K.cancellation}),
    ("en-missed-half-four", "Hi Nadia,\nsorry I missed the fitting yesterday at half four, completely slipped my mind.\n"
     "Chloe", {"time_iso": "2027-03-02T16:30", "kind": K.absence_notice}),
    ("en-will-not-go-ahead", "Dear Mr Hale,\nThe committee review scheduled for Tuesday 9 March at 10am will not go ahead, "
     "as the matter has been settled.\nKind regards\nHelen Ward", {"time_iso": "2027-03-09T10:00", "kind": K.cancellation}),
    ("en-two-slots-abbrev", "Hi Ben,\nAre you around for a coffee to go over the brochure? Tues at 10 or Thu afternoon?\n"
     "Kate", {"time": None, "proposed_iso": ["2027-03-09T10:00", "2027-03-04"]}),
    ("en-the-day-after", "Hi Rob,\nCould you do a walkthrough of the new warehouse with us on the 10th at 2pm? "
     "Otherwise the day after, in the morning around 9.\nThanks\nAmy",
     {"time": None, "proposed_iso": ["2027-03-10T14:00", "2027-03-11T09:00"]}),
    # --- added after the first fixes (families found still open on v15; also measured on main, see the note) ---
    ("it-confirm-then-deadline", "Gentile dott.ssa Villa,\nconfermo la formazione antincendio di martedì 16 marzo dalle "
     "9:00 alle 13:00 in sala riunioni. Le chiedo di mandarci il programma entro giovedì.\nCordiali saluti\nEnrico Sala",
     {"time": "martedì 16 marzo dalle 9:00 alle 13:00", "time_iso": "2027-03-16T09:00", "kind": K.other}),
    ("en-confirm-then-deadline", "Dear Dr Moss,\nI confirm the safety briefing on Monday 15 March from 9am to 1pm in the "
     "main hall. Could you send the slides by Thursday?\nKind regards\nTara Quinn", {"time_iso": "2027-03-15T09:00", "kind": K.other}),
    ("en-lunchtime-place-clock", "Hi Ollie,\nLunch to talk through the shop fit-out? Friday lunchtime at The Anchor, 12:45?\n"
     "Cheers\nBeth", {"time_iso": "2027-03-05T12:45"}),
    ("fr-merci-confirmation", "Bonjour Madame Roche,\nMerci pour la confirmation de l'atelier du jeudi 11 mars à 14h. Ma "
     "collègue Inès peut-elle se joindre à nous ?\nBien cordialement,\nPaul Gautier", {"time_iso": "2027-03-11T14:00", "kind": K.other}),
    ("sv-tack-bekraftelsen", "Hej Lars,\nTack för bekräftelsen av kursen torsdag 11 mars kl. 13. Kan min kollega Oskar "
     "också vara med?\nMvh\nKarin Berg", {"time_iso": "2027-03-11T13:00", "kind": K.other}),
    ("en-pushed-back", "Hi Dara,\nWould it be a problem if we pushed Monday's call back? Something came up at work. "
     "Could we do Friday the 12th at 4 instead?\nThanks\nNiamh", {"time_iso": "2027-03-08", "proposed_iso": ["2027-03-12T16:00"],
                                                                  "kind": K.reschedule_request}),
    ("en-none-of-your-slots", "Hi Marcus,\nNone of your slots work for Dev, who has to be there. Could we hold the review "
     "on the 15th at 3pm, or Tuesday 16th in the afternoon?\nThanks\nAnita", {"time": None, "kind": K.reschedule_request,
                                                                               "proposed_iso": ["2027-03-15T15:00", "2027-03-16"]}),
    ("fr-ne-serai-pas-la", "Coralie,\ndésolé, je ne serai pas là ce soir à 19h pour le cours, ma fille est malade. Je sais "
     "que c'est tard pour prévenir.\nMarc", {"time_iso": "2027-03-03T19:00", "kind": K.cancellation}),
    ("en-wont-be-there", "Hi Jo,\nI won't be there at 3 this afternoon, the car has broken down. So sorry!\nSam",
     {"time_iso": "2027-03-03T15:00", "kind": K.cancellation}),
    ("nl-zal-er-niet-zijn", "Hoi Els,\nik zal er helaas niet zijn om 14 uur vanmiddag, mijn zoon is ziek.\nGroet\nAnke",
     {"time_iso": "2027-03-03T14:00", "kind": K.cancellation}),
    ("nl-kisses-name", "hoi Sanne, zin in een wandeling zaterdag rond tienen?\nx Noor", {"client": "Noor"}),
    ("en-kisses-name", "hi Jo, fancy brunch on Sunday at 11?\nxx Lou", {"client": "Lou"}),
    ("it-company-dot-signature", "Buongiorno,\nvorremmo organizzare un corso per il reparto giovedì 11 alle 9, è "
     "possibile?\n\nCordiali saluti.\n\nGiulia Ferri\nResponsabile HR\nMeccanica Ferri S.r.l.\nTel. 051 44 22 110\n",
     {"client": "Giulia Ferri"}),
    ("en-company-dot-signature", "Dear Tom,\nCould we meet about the audit on Monday at 10?\n\nKind regards.\n\nHarriet "
     "Cole\nHead of Operations\nColeworks Ltd.\nTel. 0161 555 0199\n", {"client": "Harriet Cole"}),
    ("fr-dispo-le-soir", "Bonjour Maître Girard,\nJ'ai complètement oublié notre rendez-vous de lundi à 11h, toutes mes "
     "excuses. Pourrions-nous en fixer un autre ? Je suis disponible le soir après 17h30 ou le jeudi.\nCordialement,\nYves Perrot",
     {"kind": K.absence_notice, "proposed_iso": []}),
    ("en-free-evenings", "Hi Jenna,\nSo sorry, I totally forgot our session on Monday at 11. Can we find another time? I'm "
     "free in the evenings after 6 or on Thursdays.\nBest\nOwen", {"kind": K.absence_notice, "proposed_iso": []}),
    ("nl-uitnodigen-op", "Beste mevrouw Aerts,\nGraag nodigen we u uit op de eerste adviesraad van het "
     "jeugdhuis, op woensdag 17 maart van 20u tot 22u. Kan Tine daarna uw nota op de agenda zetten?\nMet vriendelijke groeten,\n"
     "Bert Maes", {"meeting_has": "adviesraad", "time_iso": "2027-03-17T20:00"}),
    ("en-invite-you-to", "Dear Ms Hill,\nWe would like to invite you to the annual tenants' forum on Thursday 18 March at "
     "7pm. Could you also present your report?\nBest wishes\nKen Doyle", {"meeting_has": "forum", "time_iso": "2027-03-18T19:00"}),
    ("sv-bjuda-in-till", "Hej Maria,\nVi vill bjuda in dig till vårens medlemskväll i föreningen, torsdag 18 mars kl. 18. "
     "Kan du ta med presentationen från i höstas?\nHälsningar\nIda Ek", {"meeting_has": "medlemskväll", "time_iso": "2027-03-18T18:00"}),
    ("en-invite-to-join", "Dear Ms Hill,\nWe would like to invite you to join us for a tasting evening on Thursday 18 "
     "March at 7pm.\nBest\nKen", {"meeting_not": "join", "time_iso": "2027-03-18T19:00"}),
    ("fr-inviter-a-participer", "Madame,\nNous souhaitons vous inviter à participer à une soirée d'échange le jeudi 18 mars "
     "à 19h.\nCordialement\nLuc", {"meeting_has": "soirée", "meeting_not": "participer"}),
    ("it-invitarla-a-partecipare", "Gentile dottoressa,\nvorremmo invitarla a partecipare a una serata di confronto giovedì 18 "
     "marzo alle 19.\nCordiali saluti\nLuca", {"meeting_has": "serata", "meeting_not": "partecipare"}),
    ("en-bail-on", "Hi Sam,\nI'm afraid I have to bail on our session tomorrow at 10, family emergency.\nJo",
     {"time_iso": "2027-03-04T10:00", "kind": K.cancellation}),
    ("en-lets-scrap", "Hi Sam,\nLet's scrap Thursday's 2pm call, we've decided to go with another agency.\nJo",
     {"time_iso": "2027-03-04T14:00", "kind": K.cancellation}),
    ("fr-me-desister", "Bonjour Léa,\nje dois me désister pour l'atelier de demain 14h, désolée.\nNina",
     {"time_iso": "2027-03-04T14:00", "kind": K.cancellation}),
    ("fr-laisse-tomber", "Bonjour Léa,\non laisse tomber la réunion de jeudi 10h, le projet est suspendu.\nNina",
     {"time_iso": "2027-03-04T10:00", "kind": K.cancellation}),
    ("nl-afhaken", "Hoi Bas,\nik moet helaas afhaken voor de training van morgen om 10 uur.\nEva",
     {"time_iso": "2027-03-04T10:00", "kind": K.cancellation}),
    ("sv-hoppa-av", "Hej Lisa,\njag måste tyvärr hoppa av mötet i morgon kl 10.\nOla", {"time_iso": "2027-03-04T10:00", "kind": K.cancellation}),
    ("en-following-morning", "Hi Sam,\nCould we do the 10th at 2pm instead of Tuesday? Or the following morning around 9.\nJo",
     {"proposed_iso": ["2027-03-10T14:00", "2027-03-11T09:00"], "kind": K.reschedule_request}),
    ("fr-jour-suivant", "Bonjour Marc,\nJe ne peux pas mardi. Pourrions-nous déplacer la visite au 10 à 14h ? Sinon le jour "
     "suivant vers 9h.\nLuc", {"proposed_iso": ["2027-03-10T14:00", "2027-03-11T09:00"], "kind": K.reschedule_request}),
    ("it-pranzo-da-place-clock", "Ciao Gino!\nPranzo per parlare del sito? Giovedì a pranzo da Mario, alle 13?\nLuca",
     {"time": "Giovedì a pranzo da Mario, alle 13", "time_iso": "2027-03-04T13:00", "proposed_iso": []}),
    ("nl-middag-bij-place-clock", "Hoi Bas,\nZin om te lunchen over de website? Donderdagmiddag bij Lokaal, 12.30 uur?\nEva",
     {"time_iso": "2027-03-04T12:30"}),
    ("sv-lunch-pa-place-clock", "Hej Per,\nLunch och prata om sajten? Torsdag lunch på Pelikan, kl 12?\nOla",
     {"time_iso": "2027-03-04T12:00"}),
    ("en-morning-at-place-clock", "Hi Bo,\nBrunch to plan the trip? Sunday morning at Bills, 10:30?\nAl",
     {"time": "Sunday morning at Bills, 10:30", "time_iso": "2027-03-07T10:30"}),
    ("en-spaced-on", "Hi Kim,\nSo sorry, I completely spaced on our call this morning at 9.\nJo",
     {"time_iso": "2027-03-03T09:00", "kind": K.absence_notice}),
    ("fr-pose-un-lapin", "Bonjour Léa,\ndésolée de vous avoir posé un lapin hier à 15h.\nNina",
     {"time_iso": "2027-03-02T15:00", "kind": K.absence_notice}),
    ("it-dato-buca", "Ciao Marta,\nti ho dato buca ieri alle 18, scusami tanto.\nGiulia",
     {"time_iso": "2027-03-02T18:00", "kind": K.absence_notice}),
    ("nl-laten-zitten", "Hoi Bas,\nsorry dat ik je gisteren om 10 uur heb laten zitten.\nEva",
     {"time_iso": "2027-03-02T10:00", "kind": K.absence_notice}),
    ("fr-aucun-de-vos-creneaux", "Bonjour Olivier,\nMalheureusement aucun de vos deux créneaux ne convient à Thibault. "
     "Pourrions-nous faire la revue le 15 à 15h, ou le mardi 16 en début d'après-midi ?\nMerci !\nInès",
     {"time": None, "kind": K.reschedule_request, "proposed_iso": ["2027-03-15T15:00", "2027-03-16"]}),
]


# Still failing after extract16 (kept visible, strict: an xpass fails the suite so the mark is removed when fixed).
OPEN = {"en-the-day-after": "'Could you do a walkthrough with us on the 10th at 2pm?' is read as kind other, whose roles "
                            "keep the first slot as the meeting's time"}


@pytest.mark.parametrize("text,expected", [
    pytest.param(t, e, id=i, marks=[pytest.mark.xfail(reason=OPEN[i], strict=True)] if i in OPEN else []) for i, t, e in CASES])
def test_battery(text: str, expected: dict[str, Any]) -> None:
    got, expected = observed(extract(read_message(text), today=TODAY), expected)
    assert got == expected


def test_every_span_is_the_messages_own_text() -> None:
    spans_are_verbatim([t for _, t, _ in CASES], extract, TODAY)
