"""Swedish client messages of the v10 set (Gothenburg, Malmö, Uppsala, Stockholm, Umeå, Sorunda/Gotland, Luleå,
Mariehamn (Åland), Örebro, Sollefteå), written by hand with their labels."""

INVITE = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {
        "file": "001.txt",
        "text": """
Hej Viktor!

Vi kör en halvdagsworkshop om det nya ärendeflödet onsdag 9 december kl. 8.30–12.00 här på Lindholmen (hus Navet, plan 3). Det vore jättebra om du kunde vara med eftersom det var du som byggde första versionen av flödet.

Frukost från 8.00. Svara gärna senast fredag så att jag kan beställa rätt antal.

Hälsningar
Ylva Sjöström
Verksamhetsutvecklare, Västkust Försäkring
031-555 42 10
""",
        "label": {
            "recipient_name": "Ylva Sjöström", "recipient_name_alternatives": [],
            "sender_name": "Viktor", "sender_name_alternatives": [],
            "meeting": "en halvdagsworkshop om det nya ärendeflödet",
            "meeting_alternatives": ["halvdagsworkshop om det nya ärendeflödet", "halvdagsworkshop"],
            "meeting_time": "onsdag 9 december kl. 8.30–12.00", "meeting_time_iso": "2026-12-09T08:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "002.txt",
        "text": """
Tjenare Hedda! Måste tyvärr flytta vår fotografering på tisdag kl 15 😕 ungarna har vattkoppor. Funkar torsdag 10/12 vid 13-tiden eller fredag strax efter 9? Kram Amra
""",
        "label": {
            "recipient_name": "Amra", "recipient_name_alternatives": [],
            "sender_name": "Hedda", "sender_name_alternatives": [],
            "meeting": "vår fotografering", "meeting_alternatives": ["fotografering"],
            "meeting_time": "tisdag kl 15", "meeting_time_iso": "2026-12-08T15:00",
            "proposed_times": ["torsdag 10/12 vid 13-tiden", "fredag strax efter 9"],
            "proposed_times_iso": ["2026-12-10T13:00", "2026-12-11T09:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "003.eml",
        "headers": {
            "From": ("Görel Wikström", "gorel.wikstrom@upplandsbyggen.example.se"),
            "To": ("Torbjörn Ek", "torbjorn@ekforelasningar.se"),
            "Subject": "Kvällens föreläsning",
            "Date": "Thu, 10 Dec 2026 09:14:00 +0100",
            "Message-ID": "<HE1PR07MB.wikstrom.20261210@upplandsbyggen.example.se>",
        },
        "body": """
Hej Torbjörn,

Tyvärr måste vi ställa in föreläsningen om hållbart ledarskap i kväll kl. 18.00 för styrelsen. Halva gruppen ligger hemma med magsjuka och vi vill inte köra med bara tre personer. Jag är ledsen att beskedet kommer så sent.

Jag hör av mig efter nyår om ett nytt datum.

Vänliga hälsningar
Görel

Skickat från Outlook för Android
""",
        "label": {
            "recipient_name": "Görel Wikström", "recipient_name_alternatives": ["Görel"],
            "sender_name": "Torbjörn Ek", "sender_name_alternatives": ["Torbjörn"],
            "meeting": "föreläsningen om hållbart ledarskap",
            "meeting_alternatives": ["föreläsningen", "Kvällens föreläsning"],
            "meeting_time": "i kväll kl. 18.00", "meeting_time_iso": "2026-12-10T18:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "004.eml",
        "html": True,
        "headers": {
            "From": ("Ebba Nordén", "ebba.norden@strombergs-fastigheter.example.se"),
            "To": ("Agnes Holm", "agnes.holm@holm-juridik.se"),
            "Subject": "Uppföljningsmöte ramavtal – förslag på tider",
            "Date": "Wed, 02 Dec 2026 10:47:00 +0100",
            "Message-ID": "<b5e2d9c0-norden@strombergs-fastigheter.example.se>",
        },
        "body": """
Hej Agnes,

Jag skriver för Carl-Johan Strömbergs räkning. Han skulle gärna vilja träffa dig för ett uppföljningsmöte om ramavtalet innan årsskiftet, helst här på kontoret på Sveavägen.

Carl-Johan föreslår antingen måndag den 14 december kl. 10.00–11.00 eller tisdag den 15 december efter lunch (från kl. 13). Säg till vilket som passar dig bäst så bokar jag.

Du når mig på 08-555 310 20, växeln har öppet 8–17.

Vänliga hälsningar
Ebba Nordén
Assistent till vd
Strömbergs Fastigheter AB
""",
        "label": {
            "recipient_name": "Ebba Nordén", "recipient_name_alternatives": ["Carl-Johan Strömberg", "Carl-Johan"],
            "sender_name": "Agnes Holm", "sender_name_alternatives": ["Agnes"],
            "meeting": "ett uppföljningsmöte om ramavtalet",
            "meeting_alternatives": ["uppföljningsmöte om ramavtalet", "uppföljningsmöte",
                                     "Uppföljningsmöte ramavtal"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": ["måndag den 14 december kl. 10.00–11.00",
                               "tisdag den 15 december efter lunch (från kl. 13)"],
            "proposed_times_iso": ["2026-12-14T10:00", "2026-12-15T13:00"],
            "kind": "invitation", "suggested_intents": INVITE,
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "005.txt",
        "text": """
Hej!

Jag funderar på att boka ett par behandlingar hos er. Hur fungerar det med avbokning? Måste man avboka 24 timmar innan eller gäller något annat, och tar ni ut full avgift om man avbokar sent? Jobbar skift på NUS så det kan bli ändringar med kort varsel.

Mvh
Linnea Eriksson
""",
        "label": {
            "recipient_name": "Linnea Eriksson", "recipient_name_alternatives": [],
            "sender_name": None, "sender_name_alternatives": [],
            "meeting": None, "meeting_alternatives": [],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "006.eml",
        "charset": "iso-8859-1",
        "headers": {
            "From": ("Jörgen Hägg", "jorgen.hagg@sorunda-hembygd.example.se"),
            "To": ("Elsa Lindahl", "elsa@lindahls-gard.example.se"),
            "Subject": "Sv: Studiebesök på gården 11 december",
            "Date": "Fri, 27 Nov 2026 16:22:00 +0100",
            "Message-ID": "<CAJhagg2711@mail.gmail.com>",
            "In-Reply-To": "<lindahl.20261126.1105@lindahls-gard.example.se>",
        },
        "body": """
Hej Elsa,

Vi måste tyvärr avboka studiebesöket på gården fredag den 11 december. Vi har inte fått ihop tillräckligt många deltagare före jul, det blev bara sju anmälda.

Går det att flytta till våren, t.ex. onsdag 14 april? Och hur gör ni med anmälningsavgiften på 1 500 kr som vi redan har betalat - kan den flyttas över eller får vi tillbaka den?

Med vänlig hälsning
Jörgen Hägg
Ordförande, Sorunda hembygdsförening

Den tors 26 nov. 2026 kl 11:05 skrev Elsa Lindahl <elsa@lindahls-gard.example.se>:
> Hej Jörgen!
> Välkomna fredag 11 december kl. 10.00. Vi börjar med kaffe i logen och sedan blir det rundvandring till ca 13.
> /Elsa
""",
        "label": {
            "recipient_name": "Jörgen Hägg", "recipient_name_alternatives": [],
            "sender_name": "Elsa Lindahl", "sender_name_alternatives": ["Elsa"],
            "meeting": "studiebesöket på gården",
            "meeting_alternatives": ["studiebesöket", "Studiebesök på gården 11 december"],
            "meeting_time": "fredag den 11 december", "meeting_time_iso": "2026-12-11",
            "proposed_times": ["onsdag 14 april"], "proposed_times_iso": ["2027-04-14"],
            "kind": "cancellation", "suggested_intents": ["reschedule", "cancellation_policy"],
            "quoted_from": "Den tors 26 nov. 2026 kl 11:05 skrev Elsa Lindahl <elsa@lindahls-gard.example.se>:",
            "quoted_until": None,
        },
    },
    {
        "file": "007.txt",
        "text": """
Hej Ragnar! Förlåt förlåt att jag inte var på plats vid stugan i går kl. 11 för överlåtelsebesiktningen. Bilen startade inte i 28 minusgrader och mobilen dog i kylan innan jag hann ringa.
Kan vi ta det i veckan istället? Jag kan onsdag eller torsdag, helst före kl 14 när det fortfarande är ljust.
/Jonna
""",
        "label": {
            "recipient_name": "Jonna", "recipient_name_alternatives": [],
            "sender_name": "Ragnar", "sender_name_alternatives": [],
            "meeting": "överlåtelsebesiktningen", "meeting_alternatives": ["besiktningen"],
            "meeting_time": "i går kl. 11", "meeting_time_iso": "2026-12-05T11:00",
            "proposed_times": ["onsdag", "torsdag"], "proposed_times_iso": ["2026-12-09", "2026-12-10"],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "008.eml",
        "cte": "base64",
        "headers": {
            "From": ("Mikaela Lönnqvist", "mikaela@lonnqvist-rederi.example.ax"),
            "To": ("Pontus Wennberg", "pontus.wennberg@wennberg-revision.se"),
            "Subject": "Missat möte i går",
            "Date": "Tue, 08 Dec 2026 08:40:00 +0200",
            "Message-ID": "<20261208084000.lonnqvist@lonnqvist-rederi.example.ax>",
        },
        "body": """
Hej Pontus,

Jag ber om ursäkt för att jag missade vårt Teams-möte om bokslutet i går kl. 14 svensk tid. Vi hade elavbrott här i Mariehamn hela eftermiddagen och varken dator eller mobilnät fungerade.

Skulle torsdag 10.12 kl. 10 svensk tid (11 vår tid) passa för ett nytt försök? Annars är jag flexibel hela fredagen.

Med vänliga hälsningar
Mikaela Lönnqvist
Ekonomichef, Lönnqvist Rederi Ab
Mariehamn, Åland
""",
        "label": {
            "recipient_name": "Mikaela Lönnqvist", "recipient_name_alternatives": [],
            "sender_name": "Pontus Wennberg", "sender_name_alternatives": ["Pontus"],
            "meeting": "vårt Teams-möte om bokslutet",
            "meeting_alternatives": ["Teams-möte om bokslutet", "Teams-möte", "bokslutet"],
            "meeting_time": "i går kl. 14 svensk tid", "meeting_time_iso": "2026-12-07T14:00",
            "proposed_times": ["torsdag 10.12 kl. 10 svensk tid", "hela fredagen"],
            "proposed_times_iso": ["2026-12-10T10:00", "2026-12-11"],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "009.txt",
        "text": """
Hej Saga,

Tack för inbjudan till genomgången av enkätresultaten på måndag kl. 9.30. Jag kommer, och jag tar med Hassan från lönegruppen om det går bra.
Kan du skicka presentationen i förväg? Uppkopplingen på Örebrokontoret är inte den bästa.

Hälsningar
Margareta
""",
        "label": {
            "recipient_name": "Margareta", "recipient_name_alternatives": [],
            "sender_name": "Saga", "sender_name_alternatives": [],
            "meeting": "genomgången av enkätresultaten", "meeting_alternatives": ["genomgången"],
            "meeting_time": "måndag kl. 9.30", "meeting_time_iso": "2026-12-07T09:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "010.eml",
        "headers": {
            "From": ("Östen Nyberg", "osten.nyberg@solleftea.example.se"),
            "To": ("Cecilia Sandberg", "cecilia@sandberg-akustik.se"),
            "Subject": "SV: Referensgrupp vindkraft",
            "Date": "Thu, 03 Dec 2026 07:58:00 +0100",
            "Message-ID": "<GV0P278MB.nyberg.20261203@solleftea.example.se>",
            "In-Reply-To": "<sandberg.20261120.1012@sandberg-akustik.se>",
        },
        "body": """
Hej Cecilia,

Nu har vi äntligen fått ihop ett datum: referensgruppsmötet blir måndag 21/12 kl 13–15 i kommunhusets sammanträdesrum Ålen. Vi hoppas att du kan komma och presentera bullerberäkningarna, ca 20 min.

Tack för tålamodet!
Östen

Östen Nyberg
Planarkitekt, Sollefteå kommun
0620-555 21 40

Från: Cecilia Sandberg <cecilia@sandberg-akustik.se>
Skickat: den 20 november 2026 10:12
Till: Östen Nyberg <osten.nyberg@solleftea.example.se>
Ämne: Referensgrupp vindkraft

Hej Östen,
Jag kan tyvärr inte den 7 december som ni först föreslog, men veckan därpå eller veckan efter passar bra.
/Cecilia
""",
        "label": {
            "recipient_name": "Östen Nyberg", "recipient_name_alternatives": ["Östen"],
            "sender_name": "Cecilia Sandberg", "sender_name_alternatives": ["Cecilia"],
            "meeting": "referensgruppsmötet", "meeting_alternatives": ["Referensgrupp vindkraft"],
            "meeting_time": "måndag 21/12 kl 13–15", "meeting_time_iso": "2026-12-21T13:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
            "quoted_from": "Från: Cecilia Sandberg <cecilia@sandberg-akustik.se>", "quoted_until": None,
        },
    },
]
