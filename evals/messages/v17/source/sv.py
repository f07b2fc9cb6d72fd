"""v17 Swedish client messages (Sweden, Finland), hand-written (data-bl, 8 December 2026)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.eml",
     "headers": {"From": ("Måns Lindholm", "mans.lindholm@osterbottens-energi.example.fi"),
                 "To": ("Annika Sjöberg", "annika@sjoberg-facilitering.example.fi"),
                 "Subject": "Inbjudan: planeringsdag 4.3",
                 "Date": "Mon, 15 Feb 2027 09:20:00 +0200",
                 "Message-ID": "<v17sv001.3e5a@osterbottens-energi.example.fi>"},
     "body": """
Hej Annika,

Vi ordnar en planeringsdag för ledningsgruppen torsdagen den 4 mars kl. 9–15 på Hanaholmen i Esbo, och vi skulle gärna ha dig som facilitator. Lunch och kaffe ingår förstås.

Kunde du meddela senast på fredag om det passar? Jag skickar gärna över förra årets material.

Med vänlig hälsning

Måns Lindholm
Utvecklingschef
Österbottens Energi Ab
+358 40 718 2290
""",
     "label": {"recipient_name": "Måns Lindholm", "recipient_name_alternatives": [],
               "sender_name": "Annika Sjöberg", "sender_name_alternatives": ["Annika"],
               "meeting": "en planeringsdag för ledningsgruppen",
               "meeting_alternatives": ["planeringsdag", "planeringsdag för ledningsgruppen", "planeringsdag 4.3",
                                        "Inbjudan: planeringsdag 4.3"],
               "meeting_time": "torsdagen den 4 mars kl. 9–15", "meeting_time_iso": "2027-03-04T09:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "002.txt",
     "text": """
Återbud

Hej Lena!
Tyvärr måste jag lämna återbud till massagen i morgon kl. 9.30, jag har fått magsjuka under natten 🙁 Förlåt att det blir så sent. Jag betalar såklart om det behövs.

Mvh Karin
""",
     "label": {"recipient_name": "Karin", "recipient_name_alternatives": [],
               "sender_name": "Lena", "sender_name_alternatives": [],
               "meeting": "massagen", "meeting_alternatives": ["massagen i morgon"],
               "meeting_time": "i morgon kl. 9.30", "meeting_time_iso": "2026-12-07T09:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["late_cancellation", "cancellation_policy"]}},
    {"file": "003.eml",
     "headers": {"From": ("Per-Åke Nyström", "per-ake@nystromtra.example.se"),
                 "To": ("Helena Berg", "helena@bergredovisning.example.se"),
                 "Subject": "SV: Genomgång av bokslutet",
                 "Date": "Wed, 10 Feb 2027 07:58:00 +0100",
                 "Message-ID": "<CAv17sv003p@mail.nystromtra.example.se>",
                 "In-Reply-To": "<v17sv003-orig.19@bergredovisning.example.se>"},
     "body": """
Hej Helena,

Jag behöver tyvärr flytta vår genomgång av bokslutet på fredag kl. 13, revisorn kan bara komma just den dagen.

Går det lika bra tisdag 16/2 kl. 10 eller onsdag 17/2 kl. 8.30?

Hälsningar
Per-Åke

Per-Åke Nyström
Ekonomichef | Nyström Trä AB
070-312 44 85

Den tis 9 feb. 2027 kl 15:40 skrev Helena Berg <helena@bergredovisning.example.se>:
> Hej!
> Då ses vi fredag 12 februari kl. 13.00 för genomgången. Jag tar med utkastet.
> /Helena
""",
     "label": {"recipient_name": "Per-Åke Nyström", "recipient_name_alternatives": ["Per-Åke"],
               "sender_name": "Helena Berg", "sender_name_alternatives": ["Helena"],
               "meeting": "vår genomgång av bokslutet",
               "meeting_alternatives": ["genomgång av bokslutet", "genomgång", "Genomgång av bokslutet",
                                        "SV: Genomgång av bokslutet"],
               "meeting_time": "fredag kl. 13", "meeting_time_iso": "2027-02-12T13:00",
               "proposed_times": ["tisdag 16/2 kl. 10", "onsdag 17/2 kl. 8.30"],
               "proposed_times_iso": ["2027-02-16T10:00", "2027-02-17T08:30"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "Den tis 9 feb. 2027 kl 15:40 skrev Helena Berg <helena@bergredovisning.example.se>:"}},
    {"file": "004.txt",
     "text": """
Hej Johan,

Jag är så ledsen att jag inte dök upp på provningen i torsdags kl. 17. Jobbet drog ut och mobilen dog, så jag kunde inte ens ringa.

Kan jag komma in på onsdag runt kl. 17.30 efter jobbet istället? Bröllopet är ju den 19:e så det börjar bli bråttom...

/Elin Lundqvist

Skickat från min iPhone
""",
     "label": {"recipient_name": "Elin Lundqvist", "recipient_name_alternatives": ["Elin"],
               "sender_name": "Johan", "sender_name_alternatives": [],
               "meeting": "provningen", "meeting_alternatives": [],
               "meeting_time": "i torsdags kl. 17", "meeting_time_iso": "2026-12-03T17:00",
               "proposed_times": ["onsdag runt kl. 17.30"], "proposed_times_iso": ["2026-12-09T17:30"],
               "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},
    {"file": "005.eml",
     "headers": {"From": ("Sofia Åberg", "sofia.aberg@example.se"),
                 "To": ("Mikael Holm", "mikael@holm-coaching.example.se"),
                 "Subject": "Faktura – avbokad session",
                 "Date": "Thu, 11 Feb 2027 14:22:00 +0100",
                 "Message-ID": "<v17sv005.7a01@example.se>"},
     "cte": "base64",
     "body": """
Hej Mikael,

Jag har fått en faktura på 1 200 kr för sessionen den 8 februari, som jag avbokade kvällen innan via sms. Vilka avbokningsregler gäller egentligen? Jag hittar inget om det på hemsidan.

Vänliga hälsningar
Sofia Åberg
""",
     "label": {"recipient_name": "Sofia Åberg", "recipient_name_alternatives": [],
               "sender_name": "Mikael Holm", "sender_name_alternatives": [],
               "meeting": "sessionen den 8 februari", "meeting_alternatives": ["sessionen"],
               "meeting_time": "den 8 februari", "meeting_time_iso": "2027-02-08",
               "proposed_times": [], "proposed_times_iso": [], "kind": "policy_question",
               "suggested_intents": ["cancellation_policy"]}},
    {"file": "006.txt",
     "text": """
Hej Emil,

Tack för senast! Kan du skicka agendan inför uppföljningsmötet den 14/12 kl. 13.15? Vår nya controller Jenny Ahlgren kommer också, hoppas det är ok.

Hälsningar
Malin
""",
     "label": {"recipient_name": "Malin", "recipient_name_alternatives": [],
               "sender_name": "Emil", "sender_name_alternatives": [],
               "meeting": "uppföljningsmötet", "meeting_alternatives": [],
               "meeting_time": "den 14/12 kl. 13.15", "meeting_time_iso": "2026-12-14T13:15",
               "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": []}},
    {"file": "007.eml",
     "headers": {"From": ("Ragnhild Öberg", "ragnhild.oberg@vastkust-fastigheter.example.se"),
                 "To": ("David Ek", "david@ek-juridik.example.se"),
                 "Subject": "VB: Frukostmöte – Kundforum 2027",
                 "Date": "Tue, 16 Feb 2027 08:10:00 +0100",
                 "Message-ID": "<v17sv007.d5c3@vastkust-fastigheter.example.se>"},
     "body": """
Hej David,

Vidarebefordrar inbjudan till frukostmötet. Vi vill gärna att du håller en kort dragning om det nya hyresavtalet (15 min). Funkar det för dig?

/Ragnhild

Från: Kundforum <kundforum@vastkust-fastigheter.example.se>
Skickat: den 15 februari 2027 16:02
Till: Ragnhild Öberg <ragnhild.oberg@vastkust-fastigheter.example.se>
Ämne: Frukostmöte – Kundforum 2027
När: den 24 februari 2027 07:30-09:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
Var: Clarion Hotel Post, Göteborg

Välkommen till årets första frukostmöte!
""",
     "label": {"recipient_name": "Ragnhild Öberg", "recipient_name_alternatives": ["Ragnhild"],
               "sender_name": "David Ek", "sender_name_alternatives": ["David"],
               "meeting": "frukostmötet",
               "meeting_alternatives": ["Frukostmöte – Kundforum 2027", "VB: Frukostmöte – Kundforum 2027",
                                        "Kundforum 2027", "Frukostmöte"],
               "meeting_time": "den 24 februari 2027 07:30-09:00", "meeting_time_iso": "2027-02-24T07:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "008.txt",
     "text": """
Hej Camilla,

Jag måste tyvärr avboka vår utbildning i Excel den 16.12 kl. 12, halva avdelningen är sjuk och resten på semester den veckan.

Kan vi ta nya tider i januari?

Med vänliga hälsningar
Fredrik Grönroos
Vasa
""",
     "label": {"recipient_name": "Fredrik Grönroos", "recipient_name_alternatives": ["Fredrik"],
               "sender_name": "Camilla", "sender_name_alternatives": [],
               "meeting": "vår utbildning i Excel", "meeting_alternatives": ["utbildning i Excel", "utbildning"],
               "meeting_time": "den 16.12 kl. 12", "meeting_time_iso": "2026-12-16T12:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["reschedule"]}},
    {"file": "009.eml",
     "headers": {"From": ("Linnéa Ström", "linnea.strom@example.se"),
                 "To": ("Jonas Falk", "jonas@falkkonsult.example.se"),
                 "Subject": "Re: Lunch torsdag?",
                 "Date": "Mon, 22 Feb 2027 10:45:00 +0100",
                 "Message-ID": "<CAv17sv009m@mail.example.se>",
                 "In-Reply-To": "<v17sv009-orig.88@falkkonsult.example.se>"},
     "body": """
Hej Jonas!

Torsdag blev tyvärr fullbokad för mig. Kan vi ta lunchen fredag kl. 11.45 istället? Eller måndag 1 mars kl 12 om det passar bättre.

Kram
Linnéa

Den fre 19 feb. 2027 kl 17:03 skrev Jonas Falk <jonas@falkkonsult.example.se>:
> Lunch torsdag 25/2 kl 12 på Tranan?
> /J
""",
     "label": {"recipient_name": "Linnéa Ström", "recipient_name_alternatives": ["Linnéa"],
               "sender_name": "Jonas Falk", "sender_name_alternatives": ["Jonas"],
               "meeting": "lunchen",
               "meeting_alternatives": ["lunch", "Lunch torsdag?", "Re: Lunch torsdag?"],
               "meeting_time": "Torsdag", "meeting_time_iso": "2027-02-25",
               "proposed_times": ["fredag kl. 11.45", "måndag 1 mars kl 12"],
               "proposed_times_iso": ["2027-02-26T11:45", "2027-03-01T12:00"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "Den fre 19 feb. 2027 kl 17:03 skrev Jonas Falk <jonas@falkkonsult.example.se>:"}},
    {"file": "010.txt",
     "text": """
Hej Sara!

Vore kul att ses över en fika och prata om ert nya kursupplägg, vi funderar på att skicka hela säljteamet.

Jag kan onsdag eftermiddag eller torsdag 10/12 kl. 9, säg vad som passar dig.

Hälsningar,
Nils Berglund
Försäljningschef, Norrtälje Bygg AB
""",
     "label": {"recipient_name": "Nils Berglund", "recipient_name_alternatives": ["Nils"],
               "sender_name": "Sara", "sender_name_alternatives": [],
               "meeting": "en fika",
               "meeting_alternatives": ["fika", "en fika och prata om ert nya kursupplägg"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": ["onsdag eftermiddag", "torsdag 10/12 kl. 9"],
               "proposed_times_iso": ["2026-12-09", "2026-12-10T09:00"],
               "kind": "invitation", "suggested_intents": INV}},
]
