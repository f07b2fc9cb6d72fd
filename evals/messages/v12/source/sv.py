"""Swedish client messages of the v12 set (hand-written, with their labels). See ../README.md."""

INVITE = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {
        "file": "001.eml",
        "headers": {
            "From": ("Måns Öhrvall", "mans.ohrvall@norrlandsbostader.example.se"),
            "To": ("Kristina Lundgren", "kristina@lundgren-strategi.example.se"),
            "Subject": "Inbjudan – styrelsens utvecklingsdag 17/12",
            "Date": "Thu, 03 Dec 2026 13:37:00 +0100",
            "Message-ID": "<3f1d8c.mans.20261203@norrlandsbostader.example.se>",
        },
        "body": """
Hej Kristina,

Styrelsen har bestämt att vi vill ha dig med som moderator på vår utvecklingsdag torsdag 17/12 kl 13–16 på Scandic Plaza i Umeå. Vi bjuder på fika och middag efteråt för den som vill stanna.

Det vore fint om du kunde OSA senast fredag 11/12, så vi hinner boka lokalen för rätt antal.

Med vänlig hälsning
Måns Öhrvall
Styrelseordförande, Norrlandsbostäder AB
070-123 45 67
""",
        "label": {
            "recipient_name": "Måns Öhrvall", "recipient_name_alternatives": [],
            "sender_name": "Kristina Lundgren", "sender_name_alternatives": ["Kristina"],
            "meeting": "vår utvecklingsdag",
            "meeting_alternatives": ["utvecklingsdag", "styrelsens utvecklingsdag"],
            "meeting_time": "torsdag 17/12 kl 13–16", "meeting_time_iso": "2026-12-17T13:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "002.txt",
        "text": """
Hej Elin!
Jag måste tyvärr flytta min tid för fransförlängning på tisdag kl 16.30, har fått ett jobbmöte som inte går att flytta 🙈
Går det att ta onsdag em istället, eller samma tid om två veckor?
Tack på förhand!
/Hanna
""",
        "label": {
            "recipient_name": "Hanna", "recipient_name_alternatives": [],
            "sender_name": "Elin", "sender_name_alternatives": [],
            "meeting": "fransförlängning",
            "meeting_alternatives": ["min tid för fransförlängning", "min tid"],
            "meeting_time": "på tisdag kl 16.30", "meeting_time_iso": "2026-12-08T16:30",
            "proposed_times": ["onsdag em", "samma tid om två veckor"],
            "proposed_times_iso": ["2026-12-09", "2026-12-22T16:30"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "003.eml",
        "headers": {
            "From": ("Sigrid Nyström-Käll", "sigrid.nystrom-kall@vastkustfisk.example.se"),
            "To": ("Callum Reid", "callum@reid-cx.example.co.uk"),
            "Subject": "Re: Customer journey workshop – Tuesday 8 December",
            "Date": "Tue, 08 Dec 2026 10:05:00 +0100",
            "Message-ID": "<HE1P-v12sv003-snk@vastkustfisk.example.se>",
            "In-Reply-To": "<CAO-reid-20261207091200@grant-cx.example.co.uk>",
            "References": "<CAO-reid-20261207091200@grant-cx.example.co.uk>",
        },
        "body": """
Hej Callum,

Jag skriver på svenska, hoppas det går bra (annars ber jag Erik översätta).

Vi måste tyvärr ställa in kundworkshopen i dag kl. 13.00. Halva gruppen har haft magsjuka sedan i helgen och det är ingen idé att köra med tre personer. Jag förstår att det är väldigt sent och att du redan är på plats i Göteborg.

Kan du säga hur ni gör med debiteringen i sådana här fall? Tar ni ut hela beloppet eller en del?

Vänliga hälsningar
Sigrid Nyström-Käll
Marknadschef, Västkustfisk AB

On Mon, 7 Dec 2026 at 09:12, Callum Reid <callum@reid-cx.example.co.uk> wrote:
> Hi Sigrid,
>
> Looking forward to the customer journey workshop on Tuesday 8 December, 1–4pm, at your office. I'll bring the printed personas.
>
> Best,
> Callum
""",
        "label": {
            "recipient_name": "Sigrid Nyström-Käll", "recipient_name_alternatives": ["Sigrid"],
            "sender_name": "Callum Reid", "sender_name_alternatives": ["Callum"],
            "meeting": "kundworkshopen", "meeting_alternatives": ["Customer journey workshop"],
            "meeting_time": "i dag kl. 13.00", "meeting_time_iso": "2026-12-08T13:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation", "cancellation_policy"],
            "quoted_from": "On Mon, 7 Dec 2026 at 09:12, Callum Reid <callum@reid-cx.example.co.uk> wrote:",
            "quoted_until": None,
        },
    },
    {
        "file": "004.txt",
        "text": """
Hej!

Vi i Brf Lärkan skulle gärna vilja att du kommer och berättar om stambytet på vår extrastämma. Den hålls onsdag den 16 december kl. 18.30 i föreningslokalen, Lärkvägen 4 (ingång från gården). Lokalen är öppen från kl. 18 för den som vill titta på ritningarna innan.

Det räcker med en kort dragning, ca 20 min, och sedan frågor från medlemmarna. Går det bra?

Med vänlig hälsning
Birgitta Fransson
Ordförande, Brf Lärkan i Örebro
""",
        "label": {
            "recipient_name": "Birgitta Fransson", "recipient_name_alternatives": [],
            "sender_name": None, "sender_name_alternatives": [],
            "meeting": "vår extrastämma",
            "meeting_alternatives": ["extrastämma", "berättar om stambytet", "stambytet"],
            "meeting_time": "onsdag den 16 december kl. 18.30", "meeting_time_iso": "2026-12-16T18:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "005.eml",
        "headers": {
            "From": ("Linnéa Jönsson", "linnea.j93@example.se"),
            "To": ("", "bokning@tandvardsgarden.example.se"),
            "Subject": "Förlåt!!",
            "Date": "Fri, 11 Dec 2026 08:20:00 +0100",
            "Message-ID": "<v12sv005.lj.0820@example.se>",
        },
        "body": """
Hej,

Förlåt förlåt för igår kl. 15! Det bara försvann ur huvudet, jag var på jobbet och kom inte ens ihåg det förrän på kvällen. Kan jag boka en ny tid? Helst en eftermiddag efter kl. 16.

Skickat från min iPhone
""",
        "label": {
            "recipient_name": "Linnéa Jönsson", "recipient_name_alternatives": [],
            "sender_name": None, "sender_name_alternatives": [],
            "meeting": None, "meeting_alternatives": [],
            "meeting_time": "igår kl. 15", "meeting_time_iso": "2026-12-10T15:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "006.eml",
        "headers": {
            "From": ("Ebba Lindén", "ebba.linden@kommunalforbundet.example.se"),
            "To": ("Jonas Berglund", "jonas.berglund@berglund-it.example.se"),
            "Subject": "VB: Avstämning upphandling IT-drift",
            "Date": "Wed, 02 Dec 2026 10:40:00 +0100",
            "Message-ID": "<VI1P-v12sv006-elinden@kommunalforbundet.example.se>",
        },
        "calendar": """
BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=W. Europe Standard Time:20261214T090000
DTEND;TZID=W. Europe Standard Time:20261214T100000
UID:040000008200E00074C5B7101A82E008-v12sv006
ORGANIZER;CN=Petra Axelsson:mailto:petra.axelsson@kommunalforbundet.example.se
SUMMARY;LANGUAGE=sv-SE:Avstämning upphandling IT-drift
LOCATION;LANGUAGE=sv-SE:Microsoft Teams-möte
END:VEVENT
END:VCALENDAR
""",
        "body": """
Hej Jonas,

Vidarebefordrar mötesinbjudan nedan – kan du vara med? Vi behöver någon som kan svara på de tekniska frågorna om avtalet.

/Ebba

-----Ursprungligt möte-----
Från: Petra Axelsson <petra.axelsson@kommunalforbundet.example.se>
Skickat: den 2 december 2026 10:14
Till: Ebba Lindén <ebba.linden@kommunalforbundet.example.se>
Ämne: Avstämning upphandling IT-drift
Tid: den 14 december 2026 09:00-10:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
Plats: Microsoft Teams-möte
""",
        "label": {
            "recipient_name": "Ebba Lindén", "recipient_name_alternatives": ["Ebba"],
            "sender_name": "Jonas Berglund", "sender_name_alternatives": ["Jonas"],
            "meeting": "Avstämning upphandling IT-drift",
            "meeting_alternatives": ["mötesinbjudan"],
            "meeting_time": "den 14 december 2026 09:00-10:00", "meeting_time_iso": "2026-12-14T09:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "007.txt",
        "text": """
Hej Lars,

Vi har pratat ihop oss hemma och bestämt att vänta med köksrenoveringen till efter sommaren, så vi ställer in platsbesöket måndag 14/12 kl. 8. Tack ändå för att du kunde komma så snabbt.

Blir det någon kostnad för offerten som du redan börjat på? Säg i så fall bara till.

Ni når mig enklast efter kl. 17 på 073-987 65 43.

Mvh
Annika Sjöberg
""",
        "label": {
            "recipient_name": "Annika Sjöberg", "recipient_name_alternatives": [],
            "sender_name": "Lars", "sender_name_alternatives": [],
            "meeting": "platsbesöket", "meeting_alternatives": [],
            "meeting_time": "måndag 14/12 kl. 8", "meeting_time_iso": "2026-12-14T08:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["reschedule", "cancellation_policy"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "008.eml",
        "headers": {
            "From": ("Gustav Ågren", "gustav.agren@example.se"),
            "To": ("Malin Ek", "malin@ekpt.example.se"),
            "Subject": "Re: Bokning december",
            "Date": "Mon, 07 Dec 2026 21:03:00 +0100",
            "Message-ID": "<CAGa-v12sv008-2103@mail.example.se>",
            "In-Reply-To": "<ekpt-20261130-1902@ekpt.example.se>",
            "References": "<ekpt-20261130-1902@ekpt.example.se>",
        },
        "charset": "iso-8859-1",
        "body": """
Hej Malin!

Kan vi flytta vårt torsdagspass? Jag har fått en kundresa till Oslo, så på torsdag kl. 7.15 funkar inte.

Jag kan antingen fredag kl. 10, eller tisdag nästa vecka samma tid som vanligt. Säg vad som passar dig bäst.

Hälsningar
Gustav

Den mån 30 nov. 2026 kl 19:02 skrev Malin Ek <malin@ekpt.example.se>:
> Hej Gustav!
> Då är det bokat: tisdagar och torsdagar kl. 07.15 resten av december, sista passet 22/12.
> Hälsningar, Malin
""",
        "label": {
            "recipient_name": "Gustav Ågren", "recipient_name_alternatives": ["Gustav"],
            "sender_name": "Malin Ek", "sender_name_alternatives": ["Malin"],
            "meeting": "vårt torsdagspass", "meeting_alternatives": ["torsdagspass"],
            "meeting_time": "på torsdag kl. 7.15", "meeting_time_iso": "2026-12-10T07:15",
            "proposed_times": ["fredag kl. 10", "tisdag nästa vecka samma tid som vanligt"],
            "proposed_times_iso": ["2026-12-11T10:00", "2026-12-15T07:15"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": "Den mån 30 nov. 2026 kl 19:02 skrev Malin Ek <malin@ekpt.example.se>:",
            "quoted_until": None,
        },
    },
    {
        "file": "009.txt",
        "text": """
Hej Johan!

Tack för att du tog dig tid i telefon i fredags. Inför mötet om bodelningen på tisdag den 15 december kl. 10:00 undrar jag två saker: ska jag ta med lagfarten i original eller räcker en kopia? Och går det bra att min syster följer med som stöd?

Jag är ledig hela måndagen om du vill ringa.

Hälsningar
Fredrik Nordqvist
""",
        "label": {
            "recipient_name": "Fredrik Nordqvist", "recipient_name_alternatives": [],
            "sender_name": "Johan", "sender_name_alternatives": [],
            "meeting": "mötet om bodelningen", "meeting_alternatives": ["bodelningen"],
            "meeting_time": "tisdag den 15 december kl. 10:00", "meeting_time_iso": "2026-12-15T10:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "010.txt",
        "text": """
Hej Lena

Jag har fått en faktura på 650 kr för fotvårdsbehandlingen den 2/12, men jag ringde faktiskt och avbokade dagen innan, strax efter lunch. Vilka avbokningsregler gäller egentligen hos er? Det stod inget om det på bokningsbekräftelsen.

Vänligen
Bengt Åkesson
""",
        "label": {
            "recipient_name": "Bengt Åkesson", "recipient_name_alternatives": [],
            "sender_name": "Lena", "sender_name_alternatives": [],
            "meeting": "fotvårdsbehandlingen", "meeting_alternatives": [],
            "meeting_time": "den 2/12", "meeting_time_iso": "2026-12-02",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"],
            "quoted_from": None, "quoted_until": None,
        },
    },
]
