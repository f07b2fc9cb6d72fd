"""Swedish client messages of the v8 set (incl. Finland-Swedish), written by hand (data-w, 7 December 2026). Made up."""

from __future__ import annotations

INVITE = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {
        "file": "001.eml",
        "headers": {
            "From": ("Märta Öhrn", "marta.ohrn@linkoping-exempel.se"),
            "To": ("Johan Lindblad", "johan@lindblad-stadsbyggnad.se"),
            "Subject": "Inbjudan: dialogmöte om översiktsplanen",
            "Date": "Wed, 02 Dec 2026 13:28:00 +0100",
            "Message-ID": "<e3b1.0c2d.ohrn@linkoping-exempel.se>",
        },
        "body": """
Hej Johan,

Vi vill gärna att du deltar i dialogmötet om den nya översiktsplanen för Vallastaden och Tornby, som hålls
onsdagen den 16 december kl. 13.00–15.00 i Stadshusets sal Kinda. Du har ju gjort trafikutredningen, så det
vore bra om du kunde svara på frågor om den. Fika serveras från 12.45.

Anmälan senast fredag 11/12 via länken i kalenderinbjudan, eller bara svara på det här mejlet.

Med vänliga hälsningar
Märta Öhrn
Planarkitekt, Samhällsbyggnadsförvaltningen
""",
        "label": {
            "recipient_name": "Märta Öhrn", "recipient_name_alternatives": [],
            "sender_name": "Johan Lindblad", "sender_name_alternatives": ["Johan"],
            "meeting": "dialogmötet om den nya översiktsplanen",
            "meeting_alternatives": ["dialogmötet", "dialogmöte om översiktsplanen",
                                     "Inbjudan: dialogmöte om översiktsplanen"],
            "meeting_time": "onsdagen den 16 december kl. 13.00–15.00", "meeting_time_iso": "2026-12-16T13:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
        },
    },
    {
        "file": "002.txt",
        "text": """
Hej Oskar! Sorry men imorgon kl 8 funkar inte för besiktningen av båten, jobbet har lagt ett möte då 🙄
Går det istället på tisdag eftermiddag, typ kl 15? Eller onsdag vid lunch?
/Lina
""",
        "label": {
            "recipient_name": "Lina", "recipient_name_alternatives": [],
            "sender_name": "Oskar", "sender_name_alternatives": [],
            "meeting": "besiktningen av båten", "meeting_alternatives": ["besiktningen"],
            "meeting_time": "imorgon kl 8", "meeting_time_iso": "2026-12-07T08:00",
            "proposed_times": ["tisdag eftermiddag, typ kl 15", "onsdag vid lunch"],
            "proposed_times_iso": ["2026-12-08T15:00", "2026-12-09"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
        },
    },
    {
        "file": "003.eml",
        "headers": {
            "From": ("Göran Åkesson", "goran@akessons-akeri.se"),
            "To": ("Petra Holm", "petra.holm@holmredovisning.se"),
            "Subject": "Sv: Bokslutsmöte",
            "Date": "Wed, 09 Dec 2026 09:40:00 +0100",
            "Message-ID": "<6A1F0C3E-77B2-4D1A@akessons-akeri.se>",
            "In-Reply-To": "<holm.bokslut.0812@holmredovisning.se>",
        },
        "charset": "iso-8859-1",
        "body": """
Hej Petra!

Jag måste tyvärr ställa in vårt möte om bokslutet i dag kl. 14. En av lastbilarna har gått sönder vid
Ödeshög och jag får köra ut själv. Jag vet att det är sent avbokat, så vi betalar självklart för den
bokade tiden.

Jag ringer dig nästa vecka.

Göran

Skickat från min iPad

8 dec. 2026 kl. 10:05 skrev Petra Holm <petra.holm@holmredovisning.se>:

> Hej Göran,
> Välkommen på bokslutsmöte onsdag 9 december kl. 14.00-15.30 hos mig på Storgatan.
> Hälsningar Petra
""",
        "label": {
            "recipient_name": "Göran Åkesson", "recipient_name_alternatives": ["Göran"],
            "sender_name": "Petra Holm", "sender_name_alternatives": ["Petra"],
            "meeting": "vårt möte om bokslutet",
            "meeting_alternatives": ["Bokslutsmöte", "möte om bokslutet"],
            "meeting_time": "i dag kl. 14", "meeting_time_iso": "2026-12-09T14:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation", "cancellation_policy"],
            "quoted_from": "8 dec. 2026 kl. 10:05 skrev Petra Holm <petra.holm@holmredovisning.se>:",
        },
    },
    {
        "file": "004.txt",
        "text": """
Hej Anders,

Kan du ta den här istället för mig? Jag har föräldramöte samma förmiddag och kan inte flytta det. Du vet
mer om värmepumparna än jag ändå. Svara gärna senast tisdag så jag hinner anmäla dig.

Tack!
Hälsningar
Tove Ekström
Mälarenergi Service, Västerås

---------- Vidarebefordrat meddelande ---------
Från: Energikontoret Mälardalen <info@energikontoret-exempel.se>
Date: tors 3 dec. 2026 kl 08:14
Subject: Inbjudan nätverksträff energieffektivisering
To: <tove.ekstrom@malarenergi-service.se>

Välkommen till vinterns nätverksträff för energieffektivisering i fastigheter!
När: torsdag 10/12 kl 9–12
Var: Västerås Science Park, rum Aros
Anmälan till info@energikontoret-exempel.se.
""",
        "label": {
            "recipient_name": "Tove Ekström", "recipient_name_alternatives": ["Tove"],
            "sender_name": "Anders", "sender_name_alternatives": [],
            "meeting": "nätverksträff för energieffektivisering i fastigheter",
            "meeting_alternatives": ["nätverksträff", "Inbjudan nätverksträff energieffektivisering",
                                     "vinterns nätverksträff för energieffektivisering i fastigheter"],
            "meeting_time": "torsdag 10/12 kl 9–12", "meeting_time_iso": "2026-12-10T09:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
        },
    },
    {
        "file": "005.eml",
        "headers": {
            "From": ("Sölve Kjellström", "solve.kjellstrom@telia.com"),
            "To": ("Agneta Wall", "agneta@wall-samtal.se"),
            "Subject": "Fråga om fakturan / avbokning",
            "Date": "Fri, 04 Dec 2026 12:03:00 +0100",
            "Message-ID": "<0b7e55f1.solve@telia.com>",
        },
        "html": True,
        "body": """
Hej Agneta,

Jag fick i dag en faktura på 950 kr för samtalet den 27 november, det som jag avbokade kvällen innan. Stämmer
det att ni tar ut full avgift när man avbokar mindre än 24 timmar före? Det stod ingenting om det i
bokningsbekräftelsen, vad jag kan se. Jag betalar såklart om det är så reglerna är.

Vänliga hälsningar
Sölve Kjellström
""",
        "label": {
            "recipient_name": "Sölve Kjellström", "recipient_name_alternatives": ["Sölve"],
            "sender_name": "Agneta Wall", "sender_name_alternatives": ["Agneta"],
            "meeting": "samtalet", "meeting_alternatives": ["samtalet den 27 november"],
            "meeting_time": "den 27 november", "meeting_time_iso": "2026-11-27",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"],
        },
    },
    {
        "file": "006.eml",
        "headers": {
            "From": ("Björn Sjödén", "bjorn.sjoden@sundsvallshamn-exempel.se"),
            "To": ("Lars Westerlund", "lars@westerlund-it.se"),
            "Subject": "SV: Styrgrupp etapp 2, digital hamnport",
            "Date": "Mon, 07 Dec 2026 10:22:00 +0100",
            "Message-ID": "<HE1PR03MB2231.eurprd03.prod.outlook.com>",
            "In-Reply-To": "<westerlund.styrgrupp@westerlund-it.se>",
        },
        "body": """
Hej Lars,

Kan vi flytta styrgruppsmötet om etapp två från torsdag den 10:e kl 13 till fredag den 11:e samma tid? Vår hamnchef har
fått förhinder på torsdagen och han vill gärna vara med när vi fattar beslutet.
Alternativt måndag 14/12 kl 10.30.

Mvh
Björn Sjödén
Utvecklingschef
Sundsvalls Hamn AB

________________________________
Från: Lars Westerlund <lars@westerlund-it.se>
Skickat: den 2 december 2026 15:41
Till: Björn Sjödén <bjorn.sjoden@sundsvallshamn-exempel.se>
Ämne: Styrgrupp etapp 2, digital hamnport

Hej Björn,
Nästa styrgruppsmöte blir torsdag 10 december 13.00-14.30 i ert konferensrum. Dagordning kommer.
/Lars
""",
        "label": {
            "recipient_name": "Björn Sjödén", "recipient_name_alternatives": ["Björn"],
            "sender_name": "Lars Westerlund", "sender_name_alternatives": ["Lars"],
            "meeting": "styrgruppsmötet om etapp två",
            "meeting_alternatives": ["Styrgrupp etapp 2, digital hamnport", "styrgruppsmötet"],
            "meeting_time": "torsdag den 10:e kl 13", "meeting_time_iso": "2026-12-10T13:00",
            "proposed_times": ["fredag den 11:e samma tid", "måndag 14/12 kl 10.30"],
            "proposed_times_iso": ["2026-12-11T13:00", "2026-12-14T10:30"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": "Från: Lars Westerlund <lars@westerlund-it.se>",
        },
    },
    {
        "file": "007.txt",
        "text": """
Hej Kristina,

Vi behöver tyvärr avboka föreläsningen på vår personaldag den 17 december kl. 10. Ledningen har beslutat att
ställa in hela dagen på grund av omorganisationen, så det har inget med dig att göra. Vi hör av oss efter
årsskiftet och hoppas kunna boka in dig till våren i stället.

Vänliga hälsningar
Malin Berg
Personalchef, Värmlandsbuss AB
054-00 12 34
""",
        "label": {
            "recipient_name": "Malin Berg", "recipient_name_alternatives": ["Malin"],
            "sender_name": "Kristina", "sender_name_alternatives": [],
            "meeting": "föreläsningen", "meeting_alternatives": ["föreläsningen på vår personaldag", "personaldag"],
            "meeting_time": "den 17 december kl. 10", "meeting_time_iso": "2026-12-17T10:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["reschedule"],
        },
    },
    {
        "file": "008.eml",
        "headers": {
            "From": ("Nils-Åke Labba", "nils-ake.labba@outlook.com"),
            "To": ("Elin Rautio", "elin@kirunaoptik-exempel.se"),
            "Subject": "Missad tid i går",
            "Date": "Tue, 08 Dec 2026 08:05:00 +0100",
            "Message-ID": "<DU2PR04MB8870.eurprd04.prod.outlook.com>",
        },
        "cte": "base64",
        "body": """
Hej!

Förlåt att jag inte kom på synundersökningen i går kl. 16.20. Snöovädret stängde vägen från Vittangi och
telefonen hade ingen täckning förrän sent på kvällen.

Har ni någon tid torsdag den 10:e på förmiddagen? Annars går det bra efter kl. 15 de flesta dagar.

Mvh
Nils-Åke Labba

Skickat från E-post för Windows
""",
        "label": {
            "recipient_name": "Nils-Åke Labba", "recipient_name_alternatives": ["Nils-Åke"],
            "sender_name": "Elin Rautio", "sender_name_alternatives": [],
            "meeting": "synundersökningen", "meeting_alternatives": ["Missad tid i går"],
            "meeting_time": "i går kl. 16.20", "meeting_time_iso": "2026-12-07T16:20",
            "proposed_times": ["torsdag den 10:e på förmiddagen"], "proposed_times_iso": ["2026-12-10"],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
        },
    },
    {
        "file": "009.txt",
        "text": """
Hej igen!

Bara en bekräftelse: vi ses på fredag kl. 9.15 för genomgången av offerten på köksluckorna. Jag tar med
vår inköpare Fatima Yusuf, hoppas det är okej. Hon har några frågor om leveranstiderna.

Hälsningar
Oskar Nyqvist
Smålands Möbelverkstad, Växjö
""",
        "label": {
            "recipient_name": "Oskar Nyqvist", "recipient_name_alternatives": ["Oskar"],
            "sender_name": None, "sender_name_alternatives": [],
            "meeting": "genomgången av offerten på köksluckorna", "meeting_alternatives": ["genomgången av offerten", "genomgången"],
            "meeting_time": "fredag kl. 9.15", "meeting_time_iso": "2026-12-11T09:15",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [],
        },
    },
    {
        "file": "010.txt",
        "text": """
Bästa Mikaela,

Vi vill bjuda in dig till vår strategidag ti 15.12 kl. 9–15 på Hotel Astor i Vasa. Styrelsen och
ledningsgruppen är med, och vi skulle uppskatta om du kunde leda eftermiddagens workshop om exportmarknaderna.
Lunch ingår.

Meddela gärna senast 9.12. om du har möjlighet.

Med vänlig hälsning
Stefan Back
VD, Österbottens Trä Ab
""",
        "label": {
            "recipient_name": "Stefan Back", "recipient_name_alternatives": ["Stefan"],
            "sender_name": "Mikaela", "sender_name_alternatives": [],
            "meeting": "vår strategidag", "meeting_alternatives": ["strategidag", "eftermiddagens workshop"],
            "meeting_time": "ti 15.12 kl. 9–15", "meeting_time_iso": "2026-12-15T09:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
        },
    },
]
