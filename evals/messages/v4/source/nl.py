"""Dutch (Netherlands, Flanders) client messages for the held-out v4 set, written by hand with their labels."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.txt", "text": """
Dag Stijn,

Zou je dinsdag 15/12 om 14u kunnen langskomen voor een kennismaking rond de nieuwe huisstijl van onze winkels? Koffie staat klaar 🙂

Groetjes,
Lieze

Verstuurd vanaf mijn Galaxy
""", "label": {
        "recipient_name": "Lieze", "sender_name": "Stijn",
        "meeting": "een kennismaking rond de nieuwe huisstijl van onze winkels",
        "meeting_alternatives": ["kennismaking rond de nieuwe huisstijl", "de nieuwe huisstijl van onze winkels", "een kennismaking"],
        "meeting_time": "dinsdag 15/12 om 14u", "meeting_time_iso": "2026-12-15T14:00",
        "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},

    {"file": "002.eml", "headers": {
        "From": ("Joëlle van der Heijden", "j.vanderheijden@zwolle.example.nl"),
        "To": ("Ingrid Bosman", "ingrid@bosman-coaching.nl"),
        "Subject": "RE: Evaluatiegesprek",
        "Date": "Wed, 02 Dec 2026 08:47:00 +0100",
        "Message-ID": "<AS8PR09-heijden-0212-0847@zwolle.example.nl>",
        "In-Reply-To": "<bosman-0112-1603@bosman-coaching.nl>"},
        "body": """
Goedemorgen Ingrid,

Helaas moet ik ons evaluatiegesprek van donderdag 10 december, 13.30 uur verzetten: er is op dat moment een ingelast directieoverleg.
Zou maandag 14 december om 11.00 uur of dinsdag 15 december na de lunch (vanaf 13.00 uur) ook gaan?

Met vriendelijke groet,

Joëlle van der Heijden
Teamleider Inkoop
Werkdagen: ma t/m do

-----Oorspronkelijk bericht-----
Van: Ingrid Bosman <ingrid@bosman-coaching.nl>
Verzonden: dinsdag 1 december 2026 16:03
Aan: Joëlle van der Heijden <j.vanderheijden@zwolle.example.nl>
Onderwerp: Evaluatiegesprek

Beste Joëlle,
Hierbij bevestig ik het evaluatiegesprek op donderdag 10 december om 13.30 uur, kamer 2.14.
Groet, Ingrid
""", "label": {
        "recipient_name": "Joëlle van der Heijden", "recipient_name_alternatives": ["Joëlle"],
        "sender_name": "Ingrid Bosman", "sender_name_alternatives": ["Ingrid"],
        "meeting": "ons evaluatiegesprek", "meeting_alternatives": ["evaluatiegesprek"],
        "meeting_time": "donderdag 10 december, 13.30 uur", "meeting_time_iso": "2026-12-10T13:30",
        "proposed_times": ["maandag 14 december om 11.00 uur", "dinsdag 15 december na de lunch (vanaf 13.00 uur)"],
        "proposed_times_iso": ["2026-12-14T11:00", "2026-12-15T13:00"],
        "kind": "reschedule_request", "suggested_intents": ["reschedule"],
        "quoted_from": "-----Oorspronkelijk bericht-----"}},

    {"file": "003.txt", "text": """
Hoi Bram,
Sorry voor de late afmelding, maar ik moet de PT-sessie van morgenochtend 7.00 uur afzeggen, ik ben flink verkouden en heb koorts.
Ik weet dat jullie bij afzeggen binnen 24 uur de les volledig rekenen, dat is prima, reken hem maar af.
Gr. Fenna
""", "label": {
        "recipient_name": "Fenna", "sender_name": "Bram",
        "meeting": "de PT-sessie", "meeting_alternatives": ["PT-sessie"],
        "meeting_time": "morgenochtend 7.00 uur", "meeting_time_iso": "2026-12-07T07:00",
        "proposed_times": [], "proposed_times_iso": [],
        "kind": "cancellation", "suggested_intents": ["late_cancellation", "cancellation_policy"]}},

    {"file": "004.eml", "headers": {
        "From": ("Chloë Van Damme", "chloe.vandamme@telenet.example.be"),
        "To": ("Pieter-Jan Claes", "pj@claes-keukens.be"),
        "Subject": "Opmeting keuken gisteren",
        "Date": "Thu, 03 Dec 2026 17:55:00 +0100",
        "Message-ID": "<7c1d0e3a-vandamme-0312@telenet.example.be>"},
        "html": True,
        "body": """
Beste Pieter-Jan,

Mijn excuses dat ik gisteren om 10u niet thuis was voor de opmeting van de keuken. Ik stond vast in de file op de Ring en mijn gsm was plat.
Kunnen we een nieuwe afspraak maken? Ik ben vrij op maandag 7/12 vanaf 8u30.

Met vriendelijke groeten,
Chloë Van Damme

Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. / Ce message est confidentiel et destiné exclusivement à son destinataire.
""", "label": {
        "recipient_name": "Chloë Van Damme", "recipient_name_alternatives": ["Chloë"],
        "sender_name": "Pieter-Jan Claes", "sender_name_alternatives": ["Pieter-Jan"],
        "meeting": "de opmeting van de keuken",
        "meeting_alternatives": ["opmeting van de keuken", "Opmeting keuken"],
        "meeting_time": "gisteren om 10u", "meeting_time_iso": "2026-12-02T10:00",
        "proposed_times": ["maandag 7/12 vanaf 8u30"], "proposed_times_iso": ["2026-12-07T08:30"],
        "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},

    {"file": "005.txt", "text": """
Goedemiddag mevrouw Hermans,

Wij overwegen de teamtraining 'Effectief vergaderen' bij u af te nemen voor ons team van twaalf personen.
Wat zijn uw annuleringsvoorwaarden? En geldt er een andere regeling als we minder dan een week van tevoren moeten verplaatsen?
Graag ontvang ik ook een offerte.

Met vriendelijke groet,
Marloes de Wit
HR-adviseur | Bakkerij Van Os
Bereikbaar ma, di en do van 9.00 tot 15.00 uur
""", "label": {
        "recipient_name": "Marloes de Wit", "recipient_name_alternatives": ["Marloes"],
        "sender_name": "Hermans", "sender_name_alternatives": ["mevrouw Hermans"],
        "meeting": "de teamtraining 'Effectief vergaderen'",
        "meeting_alternatives": ["teamtraining 'Effectief vergaderen'", "teamtraining", "Effectief vergaderen"],
        "meeting_time": None, "meeting_time_iso": None, "proposed_times": [], "proposed_times_iso": [],
        "kind": "policy_question", "suggested_intents": ["cancellation_policy"]}},

    {"file": "006.eml", "headers": {
        "From": ("Ruud Hoekstra", "ruud.hoekstra@hoekstra-logistiek.nl"),
        "To": ("Saskia Brouwer", "saskia@brouwer-planning.nl"),
        "Subject": "FW: Kwartaaloverleg leveranciers",
        "Date": "Fri, 04 Dec 2026 10:12:00 +0100",
        "Message-ID": "<VI1PR-hoekstra-0412-1012@hoekstra-logistiek.nl>"},
        "body": """
Hoi Saskia,

Zie hieronder. Kun jij hierbij aansluiten namens jullie bureau? Dan kunnen we meteen de planning voor Q1 doornemen.

Groet,
Ruud

________________________________
Van: Planning Hoekstra Logistiek <planning@hoekstra-logistiek.nl>
Verzonden: donderdag 3 december 2026 14:40
Aan: Ruud Hoekstra <ruud.hoekstra@hoekstra-logistiek.nl>
Onderwerp: Kwartaaloverleg leveranciers
Wanneer: woensdag 16 december 2026 09:30-11:00 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
Waar: Microsoft Teams-vergadering

Agenda: terugblik Q4, volumes Q1, nieuwe venstertijden.
""",
        "calendar": """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008-hoekstra-kwartaal
DTSTAMP:20261203T134000Z
DTSTART;TZID=W. Europe Standard Time:20261216T093000
DTEND;TZID=W. Europe Standard Time:20261216T110000
SUMMARY:Kwartaaloverleg leveranciers
LOCATION:Microsoft Teams-vergadering
ORGANIZER;CN=Planning Hoekstra Logistiek:mailto:planning@hoekstra-logistiek.nl
END:VEVENT
END:VCALENDAR
""", "label": {
        "recipient_name": "Ruud Hoekstra", "recipient_name_alternatives": ["Ruud"],
        "sender_name": "Saskia Brouwer", "sender_name_alternatives": ["Saskia"],
        "meeting": "Kwartaaloverleg leveranciers", "meeting_alternatives": ["FW: Kwartaaloverleg leveranciers"],
        "meeting_time": "woensdag 16 december 2026 09:30-11:00", "meeting_time_iso": "2026-12-16T09:30",
        "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},

    {"file": "007.txt", "text": """
Hallo Joost,

Vrijdag om half elf lukt me toch niet voor het adviesgesprek over de verbouwing, mijn aannemer komt dan de fundering bekijken.
Kan het ook een week later, vrijdag 18 december, zelfde tijd? Of anders donderdag 17/12 's middags.

Groetjes,
Naima

Op vr 4 dec 2026 om 15:22 schreef Joost Smits <joost@smits-bouwadvies.nl>:
> Hoi Naima,
> Prima, dan zie ik je vrijdag 11 december om 10.30 uur op de bouwplaats.
> Joost
""", "label": {
        "recipient_name": "Naima", "sender_name": "Joost",
        "meeting": "het adviesgesprek over de verbouwing",
        "meeting_alternatives": ["adviesgesprek over de verbouwing", "adviesgesprek"],
        "meeting_time": "Vrijdag om half elf", "meeting_time_iso": "2026-12-11T10:30",
        "proposed_times": ["vrijdag 18 december, zelfde tijd", "donderdag 17/12 's middags"],
        "proposed_times_iso": ["2026-12-18T10:30", "2026-12-17"],
        "kind": "reschedule_request", "suggested_intents": ["reschedule"],
        "quoted_from": "Op vr 4 dec 2026 om 15:22 schreef Joost Smits <joost@smits-bouwadvies.nl>:"}},

    {"file": "008.eml", "headers": {
        "From": ("Sofie Van den Broeck", "sofie.vandenbroeck@zorgnet-lier.example.be"),
        "To": ("Marc Peeters", "marc@peeters-tekst.be"),
        "Subject": "Annulatie schrijfsessie 10/12",
        "Date": "Mon, 30 Nov 2026 14:20:00 +0100",
        "Message-ID": "<DB7PR-vdbroeck-3011-1420@zorgnet-lier.example.be>"},
        "cte": "base64",
        "body": """
Beste Marc,

Na intern overleg hebben we beslist om de schrijfsessie klantgerichte brieven op 10 december (9u - 12u30) te annuleren. We herbekijken het opleidingsbudget begin volgend jaar en nemen dan opnieuw contact op.
Is er hiervoor een annuleringskost, en zo ja, hoeveel?

Vriendelijke groeten,
Sofie Van den Broeck
Dienst Communicatie
03 555 12 34 (bereikbaar tussen 8u30 en 16u)
""", "label": {
        "recipient_name": "Sofie Van den Broeck", "recipient_name_alternatives": ["Sofie"],
        "sender_name": "Marc Peeters", "sender_name_alternatives": ["Marc"],
        "meeting": "de schrijfsessie klantgerichte brieven",
        "meeting_alternatives": ["schrijfsessie klantgerichte brieven", "schrijfsessie"],
        "meeting_time": "10 december (9u - 12u30)", "meeting_time_iso": "2026-12-10T09:00",
        "proposed_times": [], "proposed_times_iso": [],
        "kind": "cancellation", "suggested_intents": ["reschedule", "cancellation_policy"]}},

    {"file": "009.txt", "text": """
Hallo Esther,

Top, dan zien we elkaar dinsdag 8 december om kwart over negen bij ons op kantoor voor de jaarafsluiting. Parkeren kan achter het pand, code slagboom 4471.
Zou je de conceptcijfers vooraf kunnen mailen?

Groet,
Hans Kuipers
Kuipers Installatietechniek
T 06-12345678
""", "label": {
        "recipient_name": "Hans Kuipers", "recipient_name_alternatives": ["Hans"],
        "sender_name": "Esther",
        "meeting": "de jaarafsluiting", "meeting_alternatives": ["jaarafsluiting"],
        "meeting_time": "dinsdag 8 december om kwart over negen", "meeting_time_iso": "2026-12-08T09:15",
        "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": []}},

    {"file": "010.eml", "headers": {
        "From": ("Ömer Yıldız", "omer@yildizbouw.example.nl"),
        "To": ("Lisanne Visser", "lisanne@visser-administratie.nl"),
        "Subject": "Kennismaking boekhoudpakket",
        "Date": "Tue, 01 Dec 2026 21:10:00 +0100",
        "Message-ID": "<B4E1F0AA-1C22-4E8B-YILDIZ-0112@yildizbouw.example.nl>"},
        "body": """
Hallo Lisanne,

Via LinkedIn kwam ik je profiel tegen. Wij zoeken hulp bij de overstap naar een nieuw boekhoudpakket.
Heb je zin in een kort belletje om kennis te maken? Ik kan do 3-12 tussen 12 en 13 uur of vr 4-12 om 16.15.

Vriendelijke groet,
Ömer Yıldız
Eigenaar Yıldız Bouw BV

Verstuurd vanaf mijn iPhone
""", "label": {
        "recipient_name": "Ömer Yıldız", "recipient_name_alternatives": ["Ömer"],
        "sender_name": "Lisanne Visser", "sender_name_alternatives": ["Lisanne"],
        "meeting": "een kort belletje om kennis te maken",
        "meeting_alternatives": ["kort belletje om kennis te maken", "Kennismaking boekhoudpakket", "de overstap naar een nieuw boekhoudpakket"],
        "meeting_time": None, "meeting_time_iso": None,
        "proposed_times": ["do 3-12 tussen 12 en 13 uur", "vr 4-12 om 16.15"],
        "proposed_times_iso": ["2026-12-03T12:00", "2026-12-04T16:15"],
        "kind": "invitation", "suggested_intents": INV}},
]
