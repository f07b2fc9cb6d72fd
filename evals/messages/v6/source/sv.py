"""Swedish client messages for the held-out v6 set (Sweden, Finland-Swedish Ekenäs), written by hand with their labels."""

INVITE = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {
        "file": "001.eml",
        "headers": {
            "From": ("Gudrun Lindqvist", "gudrun.lindqvist@vastkustfrakt.se"),
            "To": ("Rasmus Sjöström", "rasmus@sjostrom-facilitering.se"),
            "Subject": "Inbjudan: strategidag för ledningsgruppen",
            "Date": "Tue, 01 Dec 2026 14:48:00 +0100",
            "Message-ID": "<HE1PR09MB3301VKF@HE1PR09MB3301.eurprd09.prod.outlook.com>",
        },
        "body": """
Hej Rasmus!

Vi i ledningsgruppen på Västkustfrakt planerar en strategidag inför 2027 och skulle gärna ha dig med som moderator. Förslaget är tisdag 2026-12-15 kl. 08.30–16.00 på Hotell Eggers vid Drottningtorget, lunch ingår.

Säg till om du hellre vill köra en halvdag, då kör vi bara förmiddagen.

Vänliga hälsningar
Gudrun Lindqvist
VD, Västkustfrakt AB
031-00 12 34
""",
        "label": {
            "recipient_name": "Gudrun Lindqvist", "recipient_name_alternatives": ["Gudrun"],
            "sender_name": "Rasmus Sjöström", "sender_name_alternatives": ["Rasmus"],
            "meeting": "en strategidag inför 2027",
            "meeting_alternatives": ["strategidag", "strategidag inför 2027", "strategidag för ledningsgruppen"],
            "meeting_time": "tisdag 2026-12-15 kl. 08.30–16.00", "meeting_time_iso": "2026-12-15T08:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE, "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "002.txt",
        "text": """
Hej Pernilla!

Du, vår genomgång av momsredovisningen på torsdag kl 13 krockar med ett styrelsemöte som har flyttats, typiskt. Funkar det för dig att ta den i övermorgon vid 10-tiden istället? Annars fredag efter lunch, typ halv två.

Mvh
Leif på Leifs Bygg & Måleri

Skickat från min Samsung Galaxy-smartphone.
""",
        "label": {
            "recipient_name": "Leif", "recipient_name_alternatives": [],
            "sender_name": "Pernilla", "sender_name_alternatives": [],
            "meeting": "vår genomgång av momsredovisningen", "meeting_alternatives": ["genomgång av momsredovisningen", "momsredovisningen"],
            "meeting_time": "torsdag kl 13", "meeting_time_iso": "2026-12-10T13:00",
            "proposed_times": ["i övermorgon vid 10-tiden", "fredag efter lunch, typ halv två"],
            "proposed_times_iso": ["2026-12-08T10:00", "2026-12-11T13:30"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "003.eml",
        "headers": {
            "From": ("Evert Ekström", "evert.ekstrom@norrlandsvirke.se"),
            "To": ("Tove Alm", "tove@alm-lonekonsult.se"),
            "Subject": "Måste ställa in dagens möte",
            "Date": "Mon, 07 Dec 2026 06:41:00 +0100",
            "Message-ID": "<7c1e55aa.virke.20261207064100@norrlandsvirke.se>",
        },
        "charset": "iso-8859-1",
        "body": """
Hej Tove,

Jag är tyvärr sjuk (feber sedan i natt) och måste ställa in workshopen om den nya lönemodellen, idag 9-11.30. Jag är medveten om att det är sent och att ni har avbokningsvillkor - skicka fakturan så ordnar vi det.

Vi får boka en ny tid när jag är på benen igen, förhoppningsvis nästa vecka.

Hälsningar
Evert Ekström
Personalchef, Norrlandsvirke AB
""",
        "label": {
            "recipient_name": "Evert Ekström", "recipient_name_alternatives": ["Evert"],
            "sender_name": "Tove Alm", "sender_name_alternatives": ["Tove"],
            "meeting": "workshopen om den nya lönemodellen",
            "meeting_alternatives": ["den nya lönemodellen", "dagens möte"],
            "meeting_time": "idag 9-11.30", "meeting_time_iso": "2026-12-07T09:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation", "cancellation_policy"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "004.txt",
        "text": """
Hej Viggo,

Vidarebefordrar kallelsen från kommunen. Kan du följa med mig? Det vore bra om du kan svara på de tekniska frågorna om bullerskyddet.

/Kerstin

---------- Vidarebefordrat meddelande ---------
Från: Samhällsbyggnadsförvaltningen <plan@kommun-exempel.se>
Date: fre 4 dec. 2026 kl. 09:12
Subject: Kallelse till samrådsmöte – detaljplan för Kvarnbacken 3
To: <kerstin.wallin@kvarnbacken-fastigheter.se>

Välkommen till samrådsmöte om detaljplanen för Kvarnbacken 3 torsdagen den 17 december klockan 18.00 i kommunhusets sessionssal. Synpunkter på planförslaget ska ha kommit in senast den 8 januari 2027.
""",
        "label": {
            "recipient_name": "Kerstin", "recipient_name_alternatives": [],
            "sender_name": "Viggo", "sender_name_alternatives": [],
            "meeting": "samrådsmöte om detaljplanen för Kvarnbacken 3",
            "meeting_alternatives": ["samrådsmöte", "Kallelse till samrådsmöte – detaljplan för Kvarnbacken 3",
                                     "detaljplanen för Kvarnbacken 3"],
            "meeting_time": "torsdagen den 17 december klockan 18.00", "meeting_time_iso": "2026-12-17T18:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE, "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "005.eml",
        "headers": {
            "From": ("Kaj Sjöblom", "kaj.sjoblom@kolumbus-exempel.fi"),
            "To": ("Ulrika Forsman", "ulrika.forsman@forsman-juridik.fi"),
            "Subject": "Förlåt för i morse",
            "Date": "Thu, 03 Dec 2026 17:20:00 +0200",
            "Message-ID": "<CAB2sjoblomEk3n@mail.gmail.com>",
        },
        "body": """
Hej Ulrika,

Jag ber så mycket om ursäkt – jag missade helt vårt möte om delningen av sommarstugan i morse kl. 8.15. Jag hade skrivit in det som fredag i kalendern. Inte likt mig.

Skulle du ha tid nästa vecka? Måndag eller tisdag förmiddag passar mig bäst, eller torsdag den 10.12 kl. 14.

Med vänlig hälsning
Kaj Sjöblom
Ekenäs
""",
        "label": {
            "recipient_name": "Kaj Sjöblom", "recipient_name_alternatives": ["Kaj"],
            "sender_name": "Ulrika Forsman", "sender_name_alternatives": ["Ulrika"],
            "meeting": "vårt möte om delningen av sommarstugan",
            "meeting_alternatives": ["delningen av sommarstugan", "möte om delningen av sommarstugan"],
            "meeting_time": "i morse kl. 8.15", "meeting_time_iso": "2026-12-03T08:15",
            "proposed_times": ["Måndag", "tisdag förmiddag", "torsdag den 10.12 kl. 14"],
            "proposed_times_iso": ["2026-12-07", "2026-12-08", "2026-12-10T14:00"],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "006.txt",
        "text": """
Hej Per-Olof,

Tyvärr måste vi avboka rådgivningen om stadgeändringen som vi bokade till onsdag 16/12 kl. 10:00–11:00. Styrelsen har beslutat att skjuta hela frågan till våren.

En fråga: tar ni ut någon avgift när man avbokar tio dagar innan? Jag hittar inget om det i uppdragsbekräftelsen.

Vi hör av oss igen i februari om ny tid.

Vänligen
Solveig Holm
Styrelseordförande, BRF Solrosen
""",
        "label": {
            "recipient_name": "Solveig Holm", "recipient_name_alternatives": ["Solveig"],
            "sender_name": "Per-Olof", "sender_name_alternatives": [],
            "meeting": "rådgivningen om stadgeändringen",
            "meeting_alternatives": ["rådgivningen", "stadgeändringen"],
            "meeting_time": "onsdag 16/12 kl. 10:00–11:00", "meeting_time_iso": "2026-12-16T10:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["reschedule", "cancellation_policy"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "007.eml",
        "headers": {
            "From": ("Ragnar Åkesson", "ragnar@akessons-tradgard.se"),
            "To": ("Ingela Strand", "ingela@strand-hlr.se"),
            "Subject": "Fråga om avbokningsregler",
            "Date": "Wed, 02 Dec 2026 21:33:00 +0100",
            "Message-ID": "<DM6PR11MB4091AKESSON@DM6PR11MB4091.namprd11.prod.outlook.com>",
        },
        "body": """
Hej!

Jag funderar på att boka er grupputbildning i HLR för våra tolv anställda i januari. Vad gäller om vi måste avboka, eller om färre personer kommer? Debiteras hela kursen även vid avbokning en vecka innan?

Tacksam för svar innan fredag, då har vi ledningsmöte.

Mvh Ragnar Åkesson
Åkessons Trädgård, Kävlinge

Skickat från E-post för Windows
""",
        "label": {
            "recipient_name": "Ragnar Åkesson", "recipient_name_alternatives": ["Ragnar"],
            "sender_name": "Ingela Strand", "sender_name_alternatives": [],
            "meeting": "er grupputbildning i HLR",
            "meeting_alternatives": ["grupputbildning i HLR", "grupputbildning", "kursen"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "008.txt",
        "text": """
Hej Jesper,

Tack, då kör vi på onsdag 9 december 13.15 för uppstartsmötet om nya affärssystemet. Går det bra att vår controller Amira Haddad också är med? Hennes mejl är amira.haddad@lundbergs-el.se.

Skicka gärna en dagordning i förväg, senast tisdag vore toppen.

/Magnus
Magnus Lundberg, ekonomichef
Lundbergs El & Tele

4 dec. 2026 kl. 15:10 skrev Jesper Nyqvist <jesper@nyqvist-it.se>:
>
> Hej Magnus! Jag föreslår onsdag 9/12 kl. 13.15 för uppstartsmötet. Passar det?
> /Jesper
""",
        "label": {
            "recipient_name": "Magnus Lundberg", "recipient_name_alternatives": ["Magnus"],
            "sender_name": "Jesper", "sender_name_alternatives": [],
            "meeting": "uppstartsmötet om nya affärssystemet",
            "meeting_alternatives": ["uppstartsmötet", "nya affärssystemet"],
            "meeting_time": "onsdag 9 december 13.15", "meeting_time_iso": "2026-12-09T13:15",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [],
            "quoted_from": "4 dec. 2026 kl. 15:10 skrev Jesper Nyqvist <jesper@nyqvist-it.se>:", "quoted_until": None,
        },
    },
    {
        "file": "009.eml",
        "headers": {
            "From": ("Siv Ängström", "siv.angstrom@nordljusmode.se"),
            "To": ("Albin Reinholdsson", "albin@reinholdsson-ljus.se"),
            "Subject": "SV: Offert ljusdesign butik Drottninggatan",
            "Date": "Thu, 03 Dec 2026 10:05:00 +0100",
            "Message-ID": "<GV0P278MB0112NLM@GV0P278MB0112.CHEP278.PROD.OUTLOOK.COM>",
            "In-Reply-To": "<20261202162210.tobias.55@reinholdsson-ljus.se>",
        },
        "html": True,
        "body": """
Hej Albin,

Tack för offerten! Innan vi bestämmer oss vill vi gärna träffas på plats i butiken och gå igenom belysningsförslaget tillsammans med butikschefen. Passar måndag vecka 51 kl. 10? Vi öppnar för kunder kl. 11, så vi har lokalen för oss själva innan dess.

Hälsningar
Siv Ängström
Inköp & etablering, Nordljus Mode AB

Från: Albin Reinholdsson <albin@reinholdsson-ljus.se>
Skickat: den 2 december 2026 16:22
Till: Siv Ängström <siv.angstrom@nordljusmode.se>
Ämne: Offert ljusdesign butik Drottninggatan

Hej Siv, här kommer offerten. Jag kan visa förslaget på plats fredag 4/12 om ni vill.
/Albin
""",
        "label": {
            "recipient_name": "Siv Ängström", "recipient_name_alternatives": ["Siv"],
            "sender_name": "Albin Reinholdsson", "sender_name_alternatives": ["Albin"],
            "meeting": "gå igenom belysningsförslaget",
            "meeting_alternatives": ["belysningsförslaget", "träffas på plats i butiken", "ljusdesign butik Drottninggatan"],
            "meeting_time": "måndag vecka 51 kl. 10", "meeting_time_iso": "2026-12-14T10:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
            "quoted_from": "Från: Albin Reinholdsson <albin@reinholdsson-ljus.se>", "quoted_until": None,
        },
    },
    {
        "file": "010.txt",
        "text": """
Bästa Anna-Karin Lund,

Med anledning av att vår revisor har fått förhinder ber jag att få flytta vårt avstämningsmöte om årsredovisningen, som är inbokat till fredagen den 11 december kl. 14.00.

Vi kan i stället erbjuda den 18 december kl. 09.00 eller, om det passar bättre, måndagen den 21/12 kl. 13.30.

Med vänliga hälsningar

Ebba von Schantz
Ekonomidirektör
Schantz Förvaltnings AB

Detta e-postmeddelande kan innehålla konfidentiell information. Om du inte är avsedd mottagare, vänligen meddela avsändaren och radera meddelandet.
""",
        "label": {
            "recipient_name": "Ebba von Schantz", "recipient_name_alternatives": ["Ebba"],
            "sender_name": "Anna-Karin Lund", "sender_name_alternatives": ["Anna-Karin"],
            "meeting": "vårt avstämningsmöte om årsredovisningen",
            "meeting_alternatives": ["avstämningsmöte", "avstämningsmöte om årsredovisningen", "årsredovisningen"],
            "meeting_time": "fredagen den 11 december kl. 14.00", "meeting_time_iso": "2026-12-11T14:00",
            "proposed_times": ["den 18 december kl. 09.00", "måndagen den 21/12 kl. 13.30"],
            "proposed_times_iso": ["2026-12-18T09:00", "2026-12-21T13:30"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": None, "quoted_until": None,
        },
    },
]
