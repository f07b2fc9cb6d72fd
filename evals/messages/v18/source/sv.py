"""v18 Swedish client messages (Sweden, Finland), hand-written (data-bp, 8 December 2026)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.eml",
     "headers": {"From": ("Åsa Lindqvist", "asa.lindqvist@vasterbo.example.se"),
                 "To": ("Johan Berg", "johan@bergkonsult.example.se"),
                 "Subject": "Inbjudan: Workshop hållbarhetsrapportering 16/3",
                 "Date": "Mon, 01 Mar 2027 10:05:00 +0100",
                 "Message-ID": "<v18sv001.8c1e@vasterbo.example.se>"},
     "body": """
Hej Johan!

Vi skulle gärna vilja att du leder workshopen om hållbarhetsrapportering för ledningsgruppen tisdagen den 16 mars kl. 13.00–16.30 här hos oss på Kungsgatan 12 i Västerås. Vi blir ungefär tio personer, och fika ordnar vi förstås.

Kan du återkomma senast på fredag så jag hinner boka lokalen?

Vänliga hälsningar
Åsa Lindqvist
Hållbarhetschef, Västerbo Fastigheter AB
021-555 30 42
""",
     "label": {"recipient_name": "Åsa Lindqvist", "recipient_name_alternatives": ["Åsa"],
               "sender_name": "Johan", "sender_name_alternatives": ["Johan Berg"],
               "meeting": "workshopen om hållbarhetsrapportering",
               "meeting_alternatives": ["workshopen", "Workshop hållbarhetsrapportering",
                                        "Inbjudan: Workshop hållbarhetsrapportering 16/3",
                                        "workshopen om hållbarhetsrapportering för ledningsgruppen"],
               "meeting_time": "tisdagen den 16 mars kl. 13.00–16.30", "meeting_time_iso": "2027-03-16T13:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "002.txt",
     "text": """
Återbud

Hej Camilla,
jag måste tyvärr lämna återbud till tandblekningen i morgon kl. 14, jag har fått magsjuka och ligger hemma. Jag vet att det är sent, säg till om jag ska betala något så löser vi det.

Hälsningar Linnea

Skickat från min iPhone
""",
     "label": {"recipient_name": "Linnea", "recipient_name_alternatives": [],
               "sender_name": "Camilla", "sender_name_alternatives": [],
               "meeting": "tandblekningen", "meeting_alternatives": ["tandblekningen i morgon kl. 14", "Återbud"],
               "meeting_time": "i morgon kl. 14", "meeting_time_iso": "2026-12-07T14:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["late_cancellation", "cancellation_policy"]}},
    {"file": "003.eml",
     "headers": {"From": ("Mikael Söderström", "mikael.soderstrom@skargardsbat.example.fi"),
                 "To": ("Emma Nyholm", "emma@nyholm-design.example.fi"),
                 "Subject": "Re: möte om nya broschyren",
                 "Date": "Wed, 10 Mar 2027 08:15:00 +0200",
                 "Message-ID": "<v18sv003.d9a0@skargardsbat.example.fi>",
                 "In-Reply-To": "<v18sv003-orig.5c@nyholm-design.example.fi>"},
     "body": """
Hej Emma,

tyvärr måste jag be att få flytta vårt möte på torsdag kl. 9, vi har en båtleverans till Mariehamn som krånglar och jag måste åka ut dit.

Skulle måndag 15.3 kl. 9 eller tisdag 16.3 kl. 13 passa dig?

Mvh
Mikael

Mikael Söderström
VD, Skärgårdsbåt Ab
+358 40 555 7712

Den tis 9 mars 2027 kl 11:05 skrev Emma Nyholm <emma@nyholm-design.example.fi>:
> Hej Mikael,
> Då ses vi torsdag 11.3 kl. 9 hos er i Pargas och går igenom nya broschyren.
> /Emma
""",
     "label": {"recipient_name": "Mikael Söderström", "recipient_name_alternatives": ["Mikael"],
               "sender_name": "Emma", "sender_name_alternatives": ["Emma Nyholm"],
               "meeting": "vårt möte",
               "meeting_alternatives": ["möte", "vårt möte på torsdag kl. 9", "möte om nya broschyren",
                                        "Re: möte om nya broschyren"],
               "meeting_time": "torsdag kl. 9", "meeting_time_iso": "2027-03-11T09:00",
               "proposed_times": ["måndag 15.3 kl. 9", "tisdag 16.3 kl. 13"],
               "proposed_times_iso": ["2027-03-15T09:00", "2027-03-16T13:00"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "Den tis 9 mars 2027 kl 11:05 skrev Emma Nyholm <emma@nyholm-design.example.fi>:"}},
    {"file": "004.txt",
     "text": """
Hej Sofia,

förlåt förlåt! Jag missade helt vår genomgång av bokslutet i fredags kl. 10, det hade försvunnit ur min kalender av någon anledning. Jättepinsamt.

Går det att ta den på onsdag förmiddag istället, eller torsdag den 10 december kl. 15?

/Peter Holm
Holms Måleri AB
""",
     "label": {"recipient_name": "Peter Holm", "recipient_name_alternatives": ["Peter"],
               "sender_name": "Sofia", "sender_name_alternatives": [],
               "meeting": "vår genomgång av bokslutet",
               "meeting_alternatives": ["vår genomgång", "genomgång av bokslutet"],
               "meeting_time": "i fredags kl. 10", "meeting_time_iso": "2026-12-04T10:00",
               "proposed_times": ["onsdag förmiddag", "torsdag den 10 december kl. 15"],
               "proposed_times_iso": ["2026-12-09", "2026-12-10T15:00"],
               "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},
    {"file": "005.eml",
     "headers": {"From": ("Björn Åkesson", "bjorn.akesson@post.example.se"),
                 "To": ("Kennel & Kurs Tassen", "info@tassen-kurs.example.se"),
                 "Subject": "Faktura för lektionen 2 mars?",
                 "Date": "Thu, 04 Mar 2027 19:22:00 +0100",
                 "Message-ID": "<v18sv005.13b7@post.example.se>"},
     "cte": "base64",
     "body": """
Hej,

Jag fick i dag en faktura på 450 kr för lektionen den 2 mars, men jag avbokade den via sms på söndagskvällen. Hur många timmar innan måste man avboka för att slippa betala? Det står inget om det på hemsidan som jag kan se.

Tacksam för svar.
Björn Åkesson
""",
     "label": {"recipient_name": "Björn Åkesson", "recipient_name_alternatives": ["Björn"],
               "sender_name": None, "sender_name_alternatives": [],
               "meeting": "lektionen den 2 mars",
               "meeting_alternatives": ["lektionen", "Faktura för lektionen 2 mars?"],
               "meeting_time": "den 2 mars", "meeting_time_iso": "2027-03-02",
               "proposed_times": [], "proposed_times_iso": [], "kind": "policy_question",
               "suggested_intents": ["cancellation_policy"]}},
    {"file": "006.txt",
     "text": """
Hej Anders!

Vilken adress gäller för besiktningen på onsdag kl. 8, är det fortfarande Storgatan eller har ni flyttat? Och ska jag ta med ritningarna från snickaren?

Tack på förhand
Lena Sjöberg
070-555 18 64
""",
     "label": {"recipient_name": "Lena Sjöberg", "recipient_name_alternatives": ["Lena"],
               "sender_name": "Anders", "sender_name_alternatives": [],
               "meeting": "besiktningen", "meeting_alternatives": ["besiktningen på onsdag kl. 8"],
               "meeting_time": "onsdag kl. 8", "meeting_time_iso": "2026-12-09T08:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": []}},
    {"file": "007.eml",
     "headers": {"From": ("Päivi Grönroos", "paivi.gronroos@vasa-stad.example.fi"),
                 "To": ("Henrik Wikström", "henrik@wikstrom-ledarskap.example.se"),
                 "Subject": "VB: Afterwork-seminarium: Ledarskap i förändring",
                 "Date": "Thu, 04 Mar 2027 14:48:00 +0200",
                 "Message-ID": "<v18sv007.f2d1@vasa-stad.example.fi>"},
     "body": """
Hej Henrik,

Jag vidarebefordrar inbjudan nedan. Vi skulle gärna ha dig som huvudtalare, ca 30 minuter plus frågor. Har du möjlighet?

Hälsningar
Päivi

Från: Personalavdelningen <personal@vasa-stad.example.fi>
Skickat: den 4 mars 2027 10:22
Till: Päivi Grönroos <paivi.gronroos@vasa-stad.example.fi>
Ämne: Afterwork-seminarium: Ledarskap i förändring
När: den 25 mars 2027 17:00-19:00 (UTC+02:00) Helsingfors, Kiev, Riga, Sofia, Tallinn, Vilnius.
Var: Vasa stadshus, festsalen

Anmälan senast 18.3.
""",
     "label": {"recipient_name": "Päivi Grönroos", "recipient_name_alternatives": ["Päivi"],
               "sender_name": "Henrik", "sender_name_alternatives": ["Henrik Wikström"],
               "meeting": "Afterwork-seminarium: Ledarskap i förändring",
               "meeting_alternatives": ["Afterwork-seminarium", "Ledarskap i förändring",
                                        "VB: Afterwork-seminarium: Ledarskap i förändring"],
               "meeting_time": "den 25 mars 2027 17:00-19:00", "meeting_time_iso": "2027-03-25T17:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "008.txt",
     "text": """
Hej!

Vi behöver tyvärr avboka fotograferingen lördag den 19 december kl. 11. Mormor är sjuk och vi skjuter på julkortsbilden till nästa år i stället. Hoppas det går bra.

Mvh
Karolina och Erik Lund
""",
     "label": {"recipient_name": "Karolina och Erik Lund", "recipient_name_alternatives": ["Karolina"],
               "sender_name": None, "sender_name_alternatives": [],
               "meeting": "fotograferingen", "meeting_alternatives": ["fotograferingen lördag den 19 december kl. 11"],
               "meeting_time": "lördag den 19 december kl. 11", "meeting_time_iso": "2026-12-19T11:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation", "suggested_intents": ["reschedule"]}},
    {"file": "009.eml",
     "headers": {"From": ("Göran Ekström", "goran.ekstrom@ekstrom-bygg.example.se"),
                 "To": ("Maria Lindgren", "maria@lindgren-redovisning.example.se"),
                 "Subject": "SV: fika fredag",
                 "Date": "Mon, 08 Mar 2027 16:40:00 +0100",
                 "Message-ID": "<v18sv009.60ac@ekstrom-bygg.example.se>",
                 "In-Reply-To": "<v18sv009-orig.b3@lindgren-redovisning.example.se>"},
     "body": """
Hej Maria,

Kan vi flytta fikan på fredag? Jag har fått en slutbesiktning i Uppsala just då. Funkar tisdag 16/3 kl. 15 eller onsdag 17/3 kl. 10?

Hälsningar
Göran

________________________________
Från: Maria Lindgren <maria@lindgren-redovisning.example.se>
Skickat: den 5 mars 2027 09:12
Till: Göran Ekström <goran.ekstrom@ekstrom-bygg.example.se>
Ämne: fika fredag

Hej Göran! Fika på fredag den 12 mars kl. 14 på Espresso House vid stationen? Då kan vi prata igenom momsen.
/Maria
""",
     "label": {"recipient_name": "Göran Ekström", "recipient_name_alternatives": ["Göran"],
               "sender_name": "Maria", "sender_name_alternatives": ["Maria Lindgren"],
               "meeting": "fikan",
               "meeting_alternatives": ["fikan på fredag", "fika fredag", "SV: fika fredag", "fika"],
               "meeting_time": "på fredag", "meeting_time_iso": "2027-03-12",
               "proposed_times": ["tisdag 16/3 kl. 15", "onsdag 17/3 kl. 10"],
               "proposed_times_iso": ["2027-03-16T15:00", "2027-03-17T10:00"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "________________________________"}},
    {"file": "010.txt",
     "text": """
Hej Fredrik,

Tack för ett bra samtal på mässan! Skulle du kunna komma på ett uppstartsmöte hos oss om det nya lagersystemet? Vi kan tisdag eftermiddag eller torsdag den 10/12 kl. 9, vilket passar dig bäst?

Med vänlig hälsning
Ingrid Nordin
Inköpsansvarig, Nordins Järn AB
""",
     "label": {"recipient_name": "Ingrid Nordin", "recipient_name_alternatives": ["Ingrid"],
               "sender_name": "Fredrik", "sender_name_alternatives": [],
               "meeting": "ett uppstartsmöte",
               "meeting_alternatives": ["uppstartsmöte", "ett uppstartsmöte hos oss om det nya lagersystemet"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": ["tisdag eftermiddag", "torsdag den 10/12 kl. 9"],
               "proposed_times_iso": ["2026-12-08", "2026-12-10T09:00"],
               "kind": "invitation", "suggested_intents": INV}},
]
