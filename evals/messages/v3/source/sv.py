"""Swedish v3 client messages and their labels, written by hand by data-f (held out)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.eml", "headers": {
        "From": ("Björn Ekström", "bjorn@ekstromssnickeri.se"),
        "To": ("Johanna Wikström", "johanna@wikstromradgivning.se"),
        "Subject": "Sv: Bekräftelse – rådgivningsmöte om generationsskifte",
        "Date": "Thu, 10 Dec 2026 06:48:00 +0100",
        "Message-ID": "<3F0B8E2C-91A4-4C1D-B7E2-6A1F0D9C5E11@ekstromssnickeri.se>",
        "In-Reply-To": "<20261207140500.2b9c@wikstromradgivning.se>"},
     "body": """
Hej Johanna,

Tyvärr måste jag ställa in vårt möte om generationsskiftet i dag kl. 8.30, jag har vaknat med magsjuka. Jag förstår om ni tar ut en avgift när det är så sent, skicka i så fall en faktura.

Jag hör av mig nästa vecka för en ny tid.

Mvh
Björn Ekström
Ekströms Snickeri AB

Skickat från min iPhone

Den 7 dec. 2026 kl. 14:05 skrev Johanna Wikström <johanna@wikstromradgivning.se>:

> Hej Björn!
> Välkommen till rådgivningsmötet om generationsskifte torsdag 10 december kl. 8.30 på vårt kontor på Drottninggatan 12.
> Hälsningar, Johanna
""", "label": {
        "recipient_name": "Björn Ekström", "recipient_name_alternatives": ["Björn"],
        "sender_name": "Johanna Wikström", "sender_name_alternatives": ["Johanna"],
        "meeting": "vårt möte om generationsskiftet",
        "meeting_alternatives": ["möte om generationsskiftet", "generationsskiftet",
                                 "rådgivningsmöte om generationsskifte"],
        "meeting_time": "i dag kl. 8.30", "meeting_time_iso": "2026-12-10T08:30",
        "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
        "suggested_intents": ["late_cancellation", "cancellation_policy"],
        "quoted_from": "Den 7 dec. 2026 kl. 14:05 skrev Johanna Wikström <johanna@wikstromradgivning.se>:"}},

    {"file": "002.txt", "text": """
Hej Malin!
Vi skulle behöva ses och gå igenom bröllopsfotona innan vi beställer albumet. Passar det på onsdag kl 17 hos oss? Annars funkar torsdag efter jobbet också.
Albumet måste beställas senast den 15/12 om det ska komma före jul, så det vore toppen att hinna ses innan dess 😊
Kram
Sofia & Erik
""", "label": {
        "recipient_name": "Sofia", "recipient_name_alternatives": ["Sofia & Erik", "Erik"], "sender_name": "Malin",
        "meeting": "gå igenom bröllopsfotona", "meeting_alternatives": ["bröllopsfotona", "albumet"],
        "meeting_time": None, "meeting_time_iso": None,
        "proposed_times": ["onsdag kl 17", "torsdag efter jobbet"],
        "proposed_times_iso": ["2026-12-09T17:00", "2026-12-10"],
        "kind": "invitation", "suggested_intents": INV}},

    {"file": "003.eml", "headers": {
        "From": ("Gunnel Öberg", "gunnel.oberg@skogsnas.se"),
        "To": ("Patrik Nordin", "patrik@nordinupphandling.se"),
        "Subject": "VB: Inbjudan: Julfrukost med ledningsgruppen",
        "Date": "Wed, 02 Dec 2026 10:10:00 +0100",
        "Message-ID": "<HE1PR0801MB2210C6@skogsnas.se>"},
     "body": """
Hej Patrik,

Jag vidarebefordrar inbjudan från vår förvaltningschef. Vi vill gärna att du som vår upphandlingskonsult är med och berättar kort om nästa års ramavtal.

Svara gärna senast fredag kl. 12 så att köket vet hur många vi blir.

Vänliga hälsningar
Gunnel Öberg
Upphandlingsenheten, Skogsnäs kommun
Telefontid: mån–fre 9.00–11.00

Från: Lars-Göran Hedlund <lars-goran.hedlund@skogsnas.se>
Skickat: den 1 december 2026 16:21
Till: Ledningsgruppen <ledningsgruppen@skogsnas.se>
Ämne: Inbjudan: Julfrukost med ledningsgruppen

Välkomna på julfrukost med ledningsgruppen tisdag 15 december kl. 8.00–9.30 i Stora salen, kommunhuset.
""", "calendar": """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000010A2C6C4B0C6DA01
DTSTAMP:20261201T152100Z
DTSTART;TZID=W. Europe Standard Time:20261215T080000
DTEND;TZID=W. Europe Standard Time:20261215T093000
SUMMARY:Julfrukost med ledningsgruppen
LOCATION:Stora salen\\, kommunhuset
ORGANIZER;CN=Lars-Göran Hedlund:mailto:lars-goran.hedlund@skogsnas.se
END:VEVENT
END:VCALENDAR
""", "label": {
        "recipient_name": "Gunnel Öberg", "recipient_name_alternatives": ["Gunnel"],
        "sender_name": "Patrik Nordin", "sender_name_alternatives": ["Patrik"],
        "meeting": "Julfrukost med ledningsgruppen",
        "meeting_alternatives": ["julfrukost med ledningsgruppen", "Inbjudan: Julfrukost med ledningsgruppen"],
        "meeting_time": "tisdag 15 december kl. 8.00–9.30", "meeting_time_iso": "2026-12-15T08:00",
        "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},

    {"file": "004.txt", "text": """
Hej Daniel,
Förlåt att jag inte dök upp på genomgången av deklarationen i fredags! Jag hade skrivit fel datum i kalendern. Kan vi ta det på tisdag kl. 10 i stället, eller någon gång på onsdag förmiddag?
Jag jobbar hemifrån hela veckan så jag kan ses digitalt också.
Hälsningar
Ingrid Håkansson
""", "label": {
        "recipient_name": "Ingrid Håkansson", "recipient_name_alternatives": ["Ingrid"], "sender_name": "Daniel",
        "meeting": "genomgången av deklarationen", "meeting_alternatives": ["deklarationen"],
        "meeting_time": "i fredags", "meeting_time_iso": "2026-12-04",
        "proposed_times": ["tisdag kl. 10", "onsdag förmiddag"], "proposed_times_iso": ["2026-12-08T10:00", "2026-12-09"],
        "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},

    {"file": "005.eml", "headers": {
        "From": ("Henrik Söderberg", "henrik.soderberg@soderport.se"),
        "To": ("Camilla Ros", "camilla.ros@rosjuridik.se"),
        "Subject": "Flytt av styrelsemötet 11 december",
        "Date": "Mon, 07 Dec 2026 15:55:00 +0100",
        "Message-ID": "<20261207155500.soderport.4c1@soderport.se>"},
     "charset": "iso-8859-1",
     "body": """
Hej Camilla,

Vår ordförande har fått förhinder, så vi behöver tyvärr flytta styrelsemötet som var planerat till fredag 11 december kl. 13.00-16.00.

Skulle något av följande alternativ fungera för dig: måndag 14 december kl. 13.00 eller onsdag 16 december kl. 9.00? Vi räknar med samma längd som tidigare.

Tack på förhand!

Med vänlig hälsning
Henrik Söderberg
Styrelsesekreterare, Fastighets AB Söderport
Kontoret har julstängt 24/12-6/1.
""", "label": {
        "recipient_name": "Henrik Söderberg", "recipient_name_alternatives": ["Henrik"],
        "sender_name": "Camilla Ros", "sender_name_alternatives": ["Camilla"],
        "meeting": "styrelsemötet", "meeting_alternatives": ["Flytt av styrelsemötet 11 december"],
        "meeting_time": "fredag 11 december kl. 13.00-16.00", "meeting_time_iso": "2026-12-11T13:00",
        "proposed_times": ["måndag 14 december kl. 13.00", "onsdag 16 december kl. 9.00"],
        "proposed_times_iso": ["2026-12-14T13:00", "2026-12-16T09:00"],
        "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},

    {"file": "006.txt", "text": """
Hej!

Vi är ett företag som funderar på att boka er för en kickoff-föreläsning i februari. Innan vi skickar beställningen undrar jag hur ni gör vid avbokning: vad kostar det om vi behöver ställa in, och hur långt i förväg måste det ske?

Vår ekonomiavdelning stänger bokföringen för året den 18 december, så ett svar innan dess vore bra.

Vänliga hälsningar
Mohammed Al-Sayed
HR-ansvarig, Nordkust Logistik AB

Skickat från Outlook för iOS
""", "label": {
        "recipient_name": "Mohammed Al-Sayed", "sender_name": None,
        "meeting": "en kickoff-föreläsning", "meeting_alternatives": ["kickoff-föreläsning"],
        "meeting_time": None, "meeting_time_iso": None, "proposed_times": [], "proposed_times_iso": [],
        "kind": "policy_question", "suggested_intents": ["cancellation_policy"]}},

    {"file": "007.eml", "headers": {
        "From": ("Märta Lindholm", "marta.lindholm@gotlandsbryggeriet.se"),
        "To": ("Kristoffer Berg", "kristoffer@bergkonsult.se"),
        "Subject": "SV: Workshop om hållbarhetsrapporten",
        "Date": "Tue, 08 Dec 2026 08:40:00 +0100",
        "Message-ID": "<DB8PR06MB6330E9@gotlandsbryggeriet.se>",
        "In-Reply-To": "<20261207171200.7f0e@bergkonsult.se>"},
     "html": True,
     "body": """
Hej Kristoffer,

Tack, torsdag 17 december kl. 13.00 passar bra. Kan du skicka dagordningen senast måndag? Jag vill gärna förankra den med vår VD först.

Hälsningar
Märta

Märta Lindholm
Hållbarhetschef, Gotlandsbryggeriet AB

Från: Kristoffer Berg <kristoffer@bergkonsult.se>
Skickat: den 7 december 2026 17:12
Till: Märta Lindholm <marta.lindholm@gotlandsbryggeriet.se>
Ämne: Workshop om hållbarhetsrapporten

Hej Märta,
Jag föreslår att vi håller workshopen om hållbarhetsrapporten torsdag 17 december kl. 13.00 eller fredag 18 december kl. 9.00.
Kristoffer
""", "label": {
        "recipient_name": "Märta Lindholm", "recipient_name_alternatives": ["Märta"],
        "sender_name": "Kristoffer Berg", "sender_name_alternatives": ["Kristoffer"],
        "meeting": "Workshop om hållbarhetsrapporten", "meeting_alternatives": ["hållbarhetsrapporten"],
        "meeting_time": "torsdag 17 december kl. 13.00", "meeting_time_iso": "2026-12-17T13:00",
        "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": [],
        "quoted_from": "Från: Kristoffer Berg <kristoffer@bergkonsult.se>"}},

    {"file": "008.txt", "text": """
Hej Viktor!
Jag måste tyvärr avboka massagen den 22/12 kl. 15.15, vi åker till svärföräldrarna i Luleå redan den 20:e. Hör av mig i januari när vi är hemma igen!
God jul!
/Emma
""", "label": {
        "recipient_name": "Emma", "sender_name": "Viktor",
        "meeting": "massagen", "meeting_alternatives": [],
        "meeting_time": "den 22/12 kl. 15.15", "meeting_time_iso": "2026-12-22T15:15",
        "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation", "suggested_intents": ["reschedule"]}},

    {"file": "009.eml", "headers": {
        "From": ("Jonna Ahlström", "jonna.ahlstrom@gmail.com"),
        "To": ("Mattias Falk", "mattias@falkljud.se"),
        "Subject": "Re: Inspelning av podden",
        "Date": "Fri, 04 Dec 2026 21:14:00 +0100",
        "Message-ID": "<CAKx81vQp3@mail.gmail.com>",
        "In-Reply-To": "<20261204090200.51aa@falkljud.se>"},
     "cte": "base64",
     "body": """
Hejsan Mattias!

Sjukt tråkigt men jag måste be om att flytta inspelningen av podden på måndag kl. 14, min röst är helt borta 🤒 Funkar torsdag samma tid för dig? Eller fredag 11/12 kl. 10?

Och påminnelse till mig själv: studion måste vara tom senast kl. 18 på fredagar, så vi får inte dra över.

Tusen tack och förlåt!
Jonna

Skickat från min Samsung Galaxy-smartphone.

Den fre 4 dec. 2026 kl. 09:02 skrev Mattias Falk <mattias@falkljud.se>:
> Hej Jonna, då kör vi inspelningen måndag 7/12 kl. 14 i studion på Södermalm!
> /Mattias
""", "label": {
        "recipient_name": "Jonna Ahlström", "recipient_name_alternatives": ["Jonna"],
        "sender_name": "Mattias Falk", "sender_name_alternatives": ["Mattias"],
        "meeting": "inspelningen av podden", "meeting_alternatives": ["Inspelning av podden", "podden"],
        "meeting_time": "måndag kl. 14", "meeting_time_iso": "2026-12-07T14:00",
        "proposed_times": ["torsdag samma tid", "fredag 11/12 kl. 10"],
        "proposed_times_iso": ["2026-12-10T14:00", "2026-12-11T10:00"],
        "kind": "reschedule_request", "suggested_intents": ["reschedule"],
        "quoted_from": "Den fre 4 dec. 2026 kl. 09:02 skrev Mattias Falk <mattias@falkljud.se>:"}},

    {"file": "010.txt", "text": """
Hej Annika Ström,

Jag heter Oskar Lindahl och är ny inköpschef på Hallands Trä AB. Min företrädare talade mycket väl om ert samarbete, och jag skulle gärna träffa dig för ett introduktionsmöte om ramavtalet för transporter.

Skulle det passa i morgon om en vecka, måndag 14 december kl. 10.30, på vårt kontor i Halmstad? Mötet tar högst en timme.

Med vänlig hälsning
Oskar Lindahl
Inköpschef, Hallands Trä AB
Växel 035-12 34 00 (vardagar 8–16)
""", "label": {
        "recipient_name": "Oskar Lindahl", "recipient_name_alternatives": ["Oskar"],
        "sender_name": "Annika Ström", "sender_name_alternatives": ["Annika"],
        "meeting": "ett introduktionsmöte om ramavtalet för transporter",
        "meeting_alternatives": ["introduktionsmöte om ramavtalet för transporter", "ramavtalet för transporter"],
        "meeting_time": "måndag 14 december kl. 10.30", "meeting_time_iso": "2026-12-14T10:30",
        "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
]
