"""v5 Swedish client messages (hand-written by data-k; Sweden and Finland-Swedish)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.eml", "headers": {
        "From": ("Torbjörn Ekvall", "torbjorn.ekvall@vcnorrmalm.example.se"),
        "To": ("Maria Holm", "maria@holmwebb.se"),
        "Subject": "Ny webbplats för vårdcentralen",
        "Date": "Mon, 30 Nov 2026 09:30:00 +0100", "Message-ID": "<5A1E2B90-77C3-4D1A@vcnorrmalm.example.se>"},
     "body": """
Hej Maria!

Vi skulle gärna vilja träffa dig för att prata om en ny webbplats för vårdcentralen. Passar det torsdag 3/12 kl. 13.00–14.00 hos oss på Kungsgatan 14? Annars funkar fredag förmiddag också.

Vänliga hälsningar
Torbjörn Ekvall
Verksamhetschef, Vårdcentralen Norrmalm

Skickat från min iPhone
""", "label": {"recipient_name": "Torbjörn Ekvall", "recipient_name_alternatives": ["Torbjörn"],
              "sender_name": "Maria Holm", "sender_name_alternatives": ["Maria"],
              "meeting": "en ny webbplats för vårdcentralen",
              "meeting_alternatives": ["ny webbplats för vårdcentralen", "Ny webbplats för vårdcentralen"],
              "meeting_time": "torsdag 3/12 kl. 13.00–14.00", "meeting_time_iso": "2026-12-03T13:00",
              "proposed_times": ["fredag förmiddag"], "proposed_times_iso": ["2026-12-04"],
              "kind": "invitation", "suggested_intents": INV}},
    {"file": "002.txt", "text": """
Hej Oskar,
kan vi flytta genomgången av årsbokslutet från tisdag kl 10 till onsdag samma tid? Eller torsdag efter lunch. Jag har fått förhinder.
Mvh Lena
""", "label": {"recipient_name": "Lena", "sender_name": "Oskar",
              "meeting": "genomgången av årsbokslutet", "meeting_alternatives": ["årsbokslutet"],
              "meeting_time": "tisdag kl 10", "meeting_time_iso": "2026-12-08T10:00",
              "proposed_times": ["onsdag samma tid", "torsdag efter lunch"],
              "proposed_times_iso": ["2026-12-09T10:00", "2026-12-10"],
              "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},
    {"file": "003.eml", "headers": {
        "From": ("Mikaela Söderholm", "mikaela.soderholm@strandbo.example.fi"),
        "To": ("Johan Lindroos", "johan@lindroos-bygg.fi"),
        "Subject": "Fastighetsgenomgången i dag",
        "Date": "Mon, 07 Dec 2026 06:55:00 +0200", "Message-ID": "<HE1P190MB0312.vasa@strandbo.example.fi>"},
     "body": """
Hej Johan,

Jag är tvungen att avboka fastighetsgenomgången i dag kl. 9.00, vi har ett vattenläckage på kontoret och hela personalen är hemma. Ledsen för det sena beskedet. Faktureras sena avbokningar? Säg i så fall till.

Med vänlig hälsning
Mikaela Söderholm
Förvaltningschef, Fastighets Ab Strandbo, Vasa

Detta meddelande kan innehålla konfidentiell information. Om du inte är rätt mottagare, vänligen radera meddelandet och meddela avsändaren.
""", "label": {"recipient_name": "Mikaela Söderholm", "recipient_name_alternatives": ["Mikaela"],
              "sender_name": "Johan Lindroos", "sender_name_alternatives": ["Johan"],
              "meeting": "fastighetsgenomgången", "meeting_alternatives": ["Fastighetsgenomgången"],
              "meeting_time": "i dag kl. 9.00", "meeting_time_iso": "2026-12-07T09:00",
              "proposed_times": [], "proposed_times_iso": [],
              "kind": "cancellation", "suggested_intents": ["late_cancellation", "cancellation_policy"]}},
    {"file": "004.txt", "text": """
Hej Ylva,

Vidarebefordrar inbjudan från kommunen – kan du gå i mitt ställe? Jag är på semester då.

/Anders

Från: Näringslivskontoret Umeå <naringsliv@umea.example>
Skickat: den 1 december 2026 14:12
Till: Anders Berglund
Ämne: Inbjudan: Frukostmöte om kompetensförsörjning

Välkommen på frukostmöte om kompetensförsörjning onsdagen den 16 december kl. 07.30–09.00 på Väven. Anmälan senast 11/12.

Näringslivskontoret
""", "label": {"recipient_name": "Anders", "recipient_name_alternatives": ["Anders Berglund"],
              "sender_name": "Ylva",
              "meeting": "frukostmöte om kompetensförsörjning",
              "meeting_alternatives": ["Frukostmöte om kompetensförsörjning", "inbjudan från kommunen"],
              "meeting_time": "onsdagen den 16 december kl. 07.30–09.00", "meeting_time_iso": "2026-12-16T07:30",
              "proposed_times": [], "proposed_times_iso": [],
              "kind": "invitation", "suggested_intents": INV}},
    {"file": "005.eml", "headers": {
        "From": ("Ulf Näslund", "ulf.naslund@telia.example.se"),
        "To": ("Sofia Wikström", "sofia@wikstrom-juridik.se"),
        "Subject": "Re: Påminnelse: möte om arvskiftet",
        "Date": "Thu, 03 Dec 2026 17:12:00 +0100", "Message-ID": "<CAHx9Lp2-arv@telia.example.se>",
        "In-Reply-To": "<20261202070100.3310@wikstrom-juridik.se>"},
     "body": """
Hej Sofia,

Förlåt, jag missade vårt möte om arvskiftet i går kl. 14. Jag fastnade i ett annat möte och telefonen var avstängd. Kan vi ses måndag 7/12 kl. 15 i stället?

Hälsningar
Ulf

Den ons 2 dec. 2026 kl. 08:01 skrev Sofia Wikström <sofia@wikstrom-juridik.se>:
> Hej Ulf! Påminnelse om vårt möte i dag kl. 14.00 på kontoret.
> /Sofia
""", "label": {"recipient_name": "Ulf Näslund", "recipient_name_alternatives": ["Ulf"],
              "sender_name": "Sofia Wikström", "sender_name_alternatives": ["Sofia"],
              "meeting": "vårt möte om arvskiftet", "meeting_alternatives": ["möte om arvskiftet", "arvskiftet"],
              "meeting_time": "i går kl. 14", "meeting_time_iso": "2026-12-02T14:00",
              "proposed_times": ["måndag 7/12 kl. 15"], "proposed_times_iso": ["2026-12-07T15:00"],
              "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
              "quoted_from": "Den ons 2 dec. 2026 kl. 08:01 skrev Sofia Wikström <sofia@wikstrom-juridik.se>:"}},
    {"file": "006.txt", "text": """
Hej!
Jag funderar på att boka er till personalfesten i januari. Vad gäller om vi måste avboka med kort varsel – tar ni ut någon avgift, och i så fall hur mycket? Kontoret är öppet vardagar 8–17 om ni hellre vill ringa.
Tack på förhand,
Hedda Lövgren
HR, Norrlands Trä AB
""", "label": {"recipient_name": "Hedda Lövgren", "recipient_name_alternatives": ["Hedda"], "sender_name": None,
              "meeting": None, "meeting_alternatives": [], "meeting_time": None, "meeting_time_iso": None,
              "proposed_times": [], "proposed_times_iso": [],
              "kind": "policy_question", "suggested_intents": ["cancellation_policy"]}},
    {"file": "007.eml", "charset": "iso-8859-1", "headers": {
        "From": ("Lars-Åke Dahlberg", "lars-ake.dahlberg@nordvalls.example.se"),
        "To": ("Elin Forsberg", "elin@forsberg-redovisning.se"),
        "Subject": "SV: Bekräftelse möte tisdag",
        "Date": "Fri, 04 Dec 2026 11:11:00 +0100", "Message-ID": "<003101db4636$a1b2@nordvalls.example.se>",
        "In-Reply-To": "<b9a2c1e0@forsberg-redovisning.se>"},
     "body": """
Hej Elin,

Tack för bekräftelsen. Jag tar med vår controller Petra Nygren på mötet på tisdag, hoppas det går bra. Skicka gärna dagordningen i förväg.

Mvh
Lars-Åke Dahlberg
Ekonomichef
""", "label": {"recipient_name": "Lars-Åke Dahlberg", "recipient_name_alternatives": ["Lars-Åke"],
              "sender_name": "Elin Forsberg", "sender_name_alternatives": ["Elin"],
              "meeting": "mötet", "meeting_alternatives": ["mötet på tisdag", "Bekräftelse möte tisdag"],
              "meeting_time": "på tisdag", "meeting_time_iso": "2026-12-08",
              "proposed_times": [], "proposed_times_iso": [],
              "kind": "other", "suggested_intents": []}},
    {"file": "008.txt", "text": """
Hej Nils,

Vi behöver tyvärr ställa in workshopen om varumärkesplattformen den 17 december kl. 13–16. Budgeten för Q4 är slut. Vi hör av oss i början av nästa år för att hitta ett nytt datum. Blir det någon kostnad för avbokningen?

Med vänliga hälsningar
Sara Lundqvist
Kommunikationsavdelningen

Skickat från Outlook för Android
""", "label": {"recipient_name": "Sara Lundqvist", "recipient_name_alternatives": ["Sara"], "sender_name": "Nils",
              "meeting": "workshopen om varumärkesplattformen", "meeting_alternatives": ["workshopen", "varumärkesplattformen"],
              "meeting_time": "den 17 december kl. 13–16", "meeting_time_iso": "2026-12-17T13:00",
              "proposed_times": [], "proposed_times_iso": [],
              "kind": "cancellation", "suggested_intents": ["reschedule", "cancellation_policy"]}},
    {"file": "009.eml", "html": True, "headers": {
        "From": ("Linnéa Håkansson", "linnea.hakansson@smalandsmobler.example.se"),
        "To": ("Fredrik Olsson", "fredrik.olsson@olsson-logistik.se"),
        "Subject": "Möte om ramavtal 2027",
        "Date": "Wed, 02 Dec 2026 10:05:00 +0100", "Message-ID": "<e4f1d7a2-0b3c@smalandsmobler.example.se>"},
     "body": """
Hej Fredrik,

Jag heter Linnéa och är ny inköpare på Smålandsmöbler. Jag skulle vilja boka ett digitalt möte om ramavtalet för 2027. Förslag: tisdag 8 dec kl. 10.30 eller torsdag 10 dec kl. 14.15. Mötet tar ca 30 minuter.

Svara gärna senast fredag.

Hälsningar
Linnéa Håkansson
Inköpare, Smålandsmöbler AB
""", "label": {"recipient_name": "Linnéa Håkansson", "recipient_name_alternatives": ["Linnéa"],
              "sender_name": "Fredrik Olsson", "sender_name_alternatives": ["Fredrik"],
              "meeting": "ett digitalt möte om ramavtalet för 2027",
              "meeting_alternatives": ["digitalt möte om ramavtalet för 2027", "ramavtalet för 2027", "Möte om ramavtal 2027"],
              "meeting_time": None, "meeting_time_iso": None,
              "proposed_times": ["tisdag 8 dec kl. 10.30", "torsdag 10 dec kl. 14.15"],
              "proposed_times_iso": ["2026-12-08T10:30", "2026-12-10T14:15"],
              "kind": "invitation", "suggested_intents": INV}},
    {"file": "010.txt", "text": """
Emma Sjöberg skrev 2026-12-05 18:40:
> Hej Peter, jag föreslår fredag 11/12 kl. 8.30 eller 9.30 för besiktningen.
> /Emma

Inget av de tiderna passar för besiktningen av altanen, jag jobbar hela fredagen. Går det måndagen den 14/12 efter kl. 16?

//Peter Sandberg
""", "label": {"recipient_name": "Peter Sandberg", "recipient_name_alternatives": ["Peter"], "sender_name": None,
              "meeting": "besiktningen av altanen", "meeting_alternatives": ["besiktningen"],
              "meeting_time": None, "meeting_time_iso": None,
              "proposed_times": ["måndagen den 14/12 efter kl. 16"], "proposed_times_iso": ["2026-12-14T16:00"],
              "kind": "reschedule_request", "suggested_intents": ["reschedule"],
              "quoted_from": "Emma Sjöberg skrev 2026-12-05 18:40:", "quoted_until": "> /Emma"}},
]
