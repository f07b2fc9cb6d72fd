"""Swedish client messages for the v9 held-out set (Gothenburg, Stockholm, Uppsala, Malmö, Umeå, Visby, Örebro, Lund, Gävle, Jönköping)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {
        "file": "001.eml",
        "headers": {
            "From": ("Torbjörn Hägg", "torbjorn.hagg@vastkustfisk.se"),
            "To": ("Elin Berg", "elin@bergbrand.se"),
            "Subject": "Inbjudan: workshop om varumärkesplattformen",
            "Date": "Wed, 02 Dec 2026 10:26:00 +0100",
            "Message-ID": "<HE1P189MB0442.hagg@vastkustfisk.se>",
        },
        "body": """
Hej Elin,

Som vi pratade om på telefon vill vi gärna att du leder vår workshop om varumärkesplattformen
tisdag den 15 december kl. 09.00–12.00 på kontoret i Fiskhamnen. Hela ledningsgruppen är med, plus två från
försäljning.

Kaffe och smörgås från 08.30. OSA senast torsdag så att jag kan boka rätt rum.

Vänliga hälsningar
Torbjörn Hägg
Marknadschef, Västkust Fisk AB
031-555 40 12
""",
        "label": {
            "recipient_name": "Torbjörn Hägg", "recipient_name_alternatives": ["Torbjörn"],
            "sender_name": "Elin Berg", "sender_name_alternatives": ["Elin"],
            "meeting": "workshop om varumärkesplattformen",
            "meeting_alternatives": ["vår workshop om varumärkesplattformen", "workshop"],
            "meeting_time": "tisdag den 15 december kl. 09.00–12.00", "meeting_time_iso": "2026-12-15T09:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INV,
        },
    },
    {
        "file": "002.txt",
        "text": """
Hej Tindra! Kan vi flytta PT-passet på tisdag kl 7? Ungarna har luciatåg på förskolan 🕯️
Funkar onsdag kl. 07.00 eller torsdag efter jobbet, typ kvart över fem?
/Moa
""",
        "label": {
            "recipient_name": "Moa", "recipient_name_alternatives": [],
            "sender_name": "Tindra", "sender_name_alternatives": [],
            "meeting": "PT-passet", "meeting_alternatives": ["PT-pass"],
            "meeting_time": "tisdag kl 7", "meeting_time_iso": "2026-12-08T07:00",
            "proposed_times": ["onsdag kl. 07.00", "torsdag efter jobbet, typ kvart över fem"],
            "proposed_times_iso": ["2026-12-09T07:00", "2026-12-10T17:15"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
        },
    },
    {
        "file": "003.eml",
        "headers": {
            "From": ("Gunnel Ståhlberg", "gunnel.stahlberg@telia.com"),
            "To": ("Karin Holm", "karin@holmredovisning.se"),
            "Subject": "Sv: Genomgång av årsredovisningen",
            "Date": "Fri, 11 Dec 2026 13:05:00 +0100",
            "Message-ID": "<000001db4b2f$8a1c$telia.com>",
            "In-Reply-To": "<genomgang-1211@holmredovisning.se>",
        },
        "body": """
Hej Karin,

Jag måste tyvärr ställa in vår genomgång av årsredovisningen i eftermiddag kl. 15. Min man har fått åka in
till Akademiska med bröstsmärtor och jag sitter här med honom. Jag hör av mig nästa vecka när jag vet mer.

Ursäkta det korta varslet.

Gunnel

Den tors 10 dec. 2026 kl 09:12 skrev Karin Holm <karin@holmredovisning.se>:
> Hej Gunnel! Påminner om vår genomgång fredag 11/12 kl. 15.00 på kontoret på Dragarbrunnsgatan.
> Ta gärna med kvittopärmen. /Karin
""",
        "charset": "iso-8859-1",
        "label": {
            "recipient_name": "Gunnel Ståhlberg", "recipient_name_alternatives": ["Gunnel"],
            "sender_name": "Karin Holm", "sender_name_alternatives": ["Karin"],
            "meeting": "vår genomgång av årsredovisningen",
            "meeting_alternatives": ["genomgång av årsredovisningen", "genomgång"],
            "meeting_time": "i eftermiddag kl. 15", "meeting_time_iso": "2026-12-11T15:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation"],
            "quoted_from": "Den tors 10 dec. 2026 kl 09:12 skrev Karin Holm <karin@holmredovisning.se>:",
        },
    },
    {
        "file": "004.eml",
        "headers": {
            "From": ("Jörgen Sjöqvist", "jorgen.sjoqvist@oresundlogistik.se"),
            "To": ("Amira Haddad", "amira@haddadjuridik.se"),
            "Subject": "VB: Förhandling hyresavtal lager Hyllie",
            "Date": "Thu, 03 Dec 2026 08:47:00 +0100",
            "Message-ID": "<VI1PR07MB5523.sjoqvist@oresundlogistik.se>",
        },
        "body": """
Hej Amira,

Vidarebefordrar kallelsen från fastighetsägaren. Jag vill gärna att du är med som juridiskt stöd, framför allt
kring indexklausulen. Har du möjlighet?

Mvh
Jörgen

-----Ursprunglig avtalad tid-----
Från: Lundqvist Fastigheter – Förvaltning
Skickat: den 2 december 2026 16:30
Till: Jörgen Sjöqvist
Ämne: Förhandling hyresavtal lager Hyllie
När: den 17 december 2026 13:00-16:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
Plats: Lundqvist Fastigheter, Stora Nygatan 12, Malmö

Välkomna till förhandling om förlängning av hyresavtalet för lagret i Hyllie.
""",
        "calendar": """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:Microsoft Exchange Server 2016
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000090A1
DTSTAMP:20261202T153000Z
DTSTART;TZID=W. Europe Standard Time:20261217T130000
DTEND;TZID=W. Europe Standard Time:20261217T160000
SUMMARY;LANGUAGE=sv-SE:Förhandling hyresavtal lager Hyllie
LOCATION;LANGUAGE=sv-SE:Lundqvist Fastigheter\\, Stora Nygatan 12\\, Malmö
END:VEVENT
END:VCALENDAR
""",
        "label": {
            "recipient_name": "Jörgen Sjöqvist", "recipient_name_alternatives": ["Jörgen"],
            "sender_name": "Amira Haddad", "sender_name_alternatives": ["Amira"],
            "meeting": "Förhandling hyresavtal lager Hyllie",
            "meeting_alternatives": ["förhandling om förlängning av hyresavtalet", "förhandling"],
            "meeting_time": "den 17 december 2026 13:00-16:00", "meeting_time_iso": "2026-12-17T13:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INV,
        },
    },
    {
        "file": "005.txt",
        "text": """
Hej Ingela,

Tack för offerten på ledarskapsutbildningen för våra arbetsledare. Innan vi skriver på undrar jag vad som
gäller vid avbokning. Om en deltagare blir sjuk, kan hen gå nästa omgång i stället, eller debiteras hela
platsen? Och hur sent kan vi avboka hela utbildningen utan kostnad?

Vi har haft dåliga erfarenheter av en annan leverantör, därav frågan.

Med vänlig hälsning
Per-Erik Nordström
HR-chef, Norrlandsbygg AB, Umeå
""",
        "label": {
            "recipient_name": "Per-Erik Nordström", "recipient_name_alternatives": [],
            "sender_name": "Ingela", "sender_name_alternatives": [],
            "meeting": "ledarskapsutbildningen", "meeting_alternatives": ["utbildningen"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"],
        },
    },
    {
        "file": "006.txt",
        "text": """
Hej Petra,

Skulle vi kunna skjuta på mötet om nya hemsidan på torsdag kl. 10? Vi har fått in en stor beställning inför
jul och jag hinner inte tänka på annat den här veckan.

Måndag vecka 51 kl. 13 eller tisdag den 15:e efter lunch skulle passa mig mycket bättre.

Hälsningar
Lars Gahnström
Gahnströms Ullspinneri, Visby
""",
        "label": {
            "recipient_name": "Lars Gahnström", "recipient_name_alternatives": [],
            "sender_name": "Petra", "sender_name_alternatives": [],
            "meeting": "mötet om nya hemsidan", "meeting_alternatives": ["mötet"],
            "meeting_time": "torsdag kl. 10", "meeting_time_iso": "2026-12-10T10:00",
            "proposed_times": ["Måndag vecka 51 kl. 13", "tisdag den 15:e efter lunch"],
            "proposed_times_iso": ["2026-12-14T13:00", "2026-12-15"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
        },
    },
    {
        "file": "007.eml",
        "headers": {
            "From": ("Linnéa Åberg", "linnea.aberg@narkesparbank.example.se"),
            "To": ("Fredrik Olausson", "fredrik@olausson-forelasningar.se"),
            "Subject": "Avbokning föreläsning kick-off 14/1",
            "Date": "Mon, 07 Dec 2026 14:58:00 +0100",
            "Message-ID": "<2026120714580.aberg@narkesparbank.example.se>",
        },
        "body": """
Hej Fredrik,

Tyvärr måste vi avboka din föreläsning på vår kick-off den 14 januari. Ledningen har beslutat att skjuta
kick-offen till efter sammanslagningen, troligen i april.

Hur ser ni på avbokningsavgiften när det är mer än fem veckor kvar? Enligt avtalet tolkar jag det som att vi
ligger utanför den, men jag vill gärna ha det bekräftat.

Vänliga hälsningar
Linnéa Åberg
Kommunikationsansvarig
Närke Sparbank, Örebro

Skickat från Outlook för iOS
""",
        "cte": "base64",
        "label": {
            "recipient_name": "Linnéa Åberg", "recipient_name_alternatives": [],
            "sender_name": "Fredrik Olausson", "sender_name_alternatives": ["Fredrik"],
            "meeting": "din föreläsning på vår kick-off", "meeting_alternatives": ["föreläsning", "föreläsning kick-off"],
            "meeting_time": "den 14 januari", "meeting_time_iso": "2027-01-14",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["reschedule", "cancellation_policy"],
        },
    },
    {
        "file": "008.txt",
        "text": """
Hej Sixten,

Förlåt förlåt! Jag dök aldrig upp på vår handledning i torsdags kl 13.30, jag hade skrivit in den på fel
vecka i kalendern. Jag förstår om du är irriterad.

Har du möjlighet onsdag den 9:e kl. 10 i stället? Annars tar jag vilken tid som helst.

Mvh Ebba Lindkvist
Doktorand, Lunds universitet

Skickat från min Samsung Galaxy
""",
        "label": {
            "recipient_name": "Ebba Lindkvist", "recipient_name_alternatives": [],
            "sender_name": "Sixten", "sender_name_alternatives": [],
            "meeting": "vår handledning", "meeting_alternatives": ["handledning"],
            "meeting_time": "i torsdags kl 13.30", "meeting_time_iso": "2026-12-03T13:30",
            "proposed_times": ["onsdag den 9:e kl. 10"], "proposed_times_iso": ["2026-12-09T10:00"],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
        },
    },
    {
        "file": "009.eml",
        "headers": {
            "From": ("Östen Wiklöf", "osten.wiklof@gavlevarme.example.se"),
            "To": ("Sara Nyberg", "sara.nyberg@nybergpersonal.se"),
            "Subject": "Tack för i går + presentationen",
            "Date": "Wed, 09 Dec 2026 09:12:00 +0100",
            "Message-ID": "<b3e1d7a2-6f41-4a20@gavlevarme.example.se>",
        },
        "body": """
Hej Sara!

Tack för en riktigt bra workshop om lönekartläggningen i går, flera i gruppen hörde av sig efteråt och var
nöjda. Kan du skicka över presentationen? Jag vill lägga upp den på intranätet före fredag.

Ha det gott,
Östen

Östen Wiklöf | HR-partner | Gävle Värme AB
""",
        "label": {
            "recipient_name": "Östen Wiklöf", "recipient_name_alternatives": ["Östen"],
            "sender_name": "Sara Nyberg", "sender_name_alternatives": ["Sara"],
            "meeting": "workshop om lönekartläggningen", "meeting_alternatives": ["workshop"],
            "meeting_time": "i går", "meeting_time_iso": "2026-12-08",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [],
        },
    },
    {
        "file": "010.txt",
        "text": """
Hej Rasmus!

Ledningsgruppen vill gärna höra mer om förstudien om nytt affärssystem innan vi tar beslut. Skulle du kunna
komma och presentera den på onsdag den 16/12 kl 8.15? Vi har en timme avsatt, sen har vi vårt ordinarie möte.

Hör av dig om det funkar!

Hälsningar
Annika
Ekonomichef, Huskvarna Fönster AB

Skickat från min iPhone
""",
        "label": {
            "recipient_name": "Annika", "recipient_name_alternatives": [],
            "sender_name": "Rasmus", "sender_name_alternatives": [],
            "meeting": "förstudien om nytt affärssystem", "meeting_alternatives": ["förstudien"],
            "meeting_time": "onsdag den 16/12 kl 8.15", "meeting_time_iso": "2026-12-16T08:15",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INV,
        },
    },
]
