"""Dutch client messages for the held-out v7 set (Utrecht, Ghent, Rotterdam, Antwerp, Groningen, Eindhoven,
Middelburg, The Hague, Leuven, Amsterdam), written by hand with their labels."""

INVITE = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

CALENDAR_004 = """
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000B0F4C1D2E3A5DB01
SUMMARY;LANGUAGE=nl-BE:Brandpreventieve controle – Brasserie Het Zuid
DTSTART;TZID=Europe/Brussels:20261215T100000
DTEND;TZID=Europe/Brussels:20261215T113000
LOCATION;LANGUAGE=nl-BE:Brasserie Het Zuid, Vlaamsekaai 18, 2000 Antwerpen
DTSTAMP:20261203T131200Z
ORGANIZER;CN=Preventie Brandweerzone:mailto:preventie@brandweerzone.example.be
ATTENDEE;CN=Anaïs Goossens;RSVP=TRUE:mailto:anais@brasseriehetzuid.be
END:VEVENT
END:VCALENDAR
"""

MESSAGES = [
    {
        "file": "001.eml",
        "headers": {
            "From": ("Sanne de Vries-Öztürk", "s.devries@vechtzicht-wonen.nl"),
            "To": ("Joris Hoekstra", "joris@hoekstra-energieadvies.nl"),
            "Subject": "Uitnodiging bewonersavond warmtepompen 10/12",
            "Date": "Tue, 01 Dec 2026 10:05:00 +0100",
            "Message-ID": "<VI1PR05MB6093.vechtzicht@vechtzicht-wonen.nl>",
        },
        "body": """
Beste Joris,

Zoals telefonisch besproken organiseren we een bewonersavond over de overstap naar warmtepompen in de Kanaalstraat-flats, en we zouden het heel fijn vinden als jij de technische toelichting wilt geven.

Wanneer: donderdag 10 december, 19.30 - 21.30 uur (zaal open vanaf 19.00 uur)
Waar: buurthuis De Boog, Kanaalstraat 210, Utrecht

Laat je uiterlijk vrijdag weten of het lukt? Dan zet ik je naam op de flyer.

Met vriendelijke groet,

Sanne de Vries-Öztürk
Projectleider verduurzaming | Woonstichting Vechtzicht
06-41 27 90 33
""",
        "label": {
            "recipient_name": "Sanne de Vries-Öztürk", "recipient_name_alternatives": ["Sanne"],
            "sender_name": "Joris Hoekstra", "sender_name_alternatives": ["Joris"],
            "meeting": "een bewonersavond over de overstap naar warmtepompen",
            "meeting_alternatives": ["bewonersavond", "bewonersavond over de overstap naar warmtepompen",
                                     "bewonersavond warmtepompen", "de technische toelichting"],
            "meeting_time": "donderdag 10 december, 19.30 - 21.30 uur", "meeting_time_iso": "2026-12-10T19:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE, "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "002.txt",
        "text": """
Dag Wout,
Sorry dat ik nog eens moet schuiven... Ons plaatsbezoek voor het tuinontwerp van donderdag om 14u gaat niet door, want de aannemer van de veranda komt net dan opmeten. Kan het eventueel vrijdagvoormiddag (11/12)? Of anders maandag de 14de in de namiddag, na 13u30?
Groetjes,
Evelien Van Damme
Verstuurd vanaf mijn iPhone
""",
        "label": {
            "recipient_name": "Evelien Van Damme", "recipient_name_alternatives": ["Evelien"],
            "sender_name": "Wout", "sender_name_alternatives": [],
            "meeting": "Ons plaatsbezoek voor het tuinontwerp",
            "meeting_alternatives": ["plaatsbezoek", "plaatsbezoek voor het tuinontwerp", "tuinontwerp"],
            "meeting_time": "donderdag om 14u", "meeting_time_iso": "2026-12-10T14:00",
            "proposed_times": ["vrijdagvoormiddag (11/12)", "maandag de 14de in de namiddag, na 13u30"],
            "proposed_times_iso": ["2026-12-11", "2026-12-14T13:30"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"], "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "003.eml",
        "headers": {
            "From": ("Bram Koudijs", "b.koudijs@koudijsverpakkingen.nl"),
            "To": ("Agnieszka Wiśniewska", "a.wisniewska@tolkwerk.nl"),
            "Subject": "RE: Bevestiging tolkopdracht 9 december",
            "Date": "Wed, 09 Dec 2026 06:58:00 +0100",
            "Message-ID": "<AS8PR03MB7712.koudijs@koudijsverpakkingen.nl>",
            "In-Reply-To": "<c0ffee12-tolkwerk-1127@tolkwerk.nl>",
        },
        "charset": "iso-8859-1",
        "body": """
Goedemorgen Agnieszka,

Slecht nieuws: de vlucht van onze Poolse leverancier is geannuleerd, dus het onderhandelingsgesprek van vandaag om 13.00 uur kan niet doorgaan. Mijn excuses dat dit zo laat komt.

Ik neem aan dat je voor vandaag al andere opdrachten had afgezegd. Hoe zit het met de kosten bij zo'n late annulering? Laat maar weten wat je ons in rekening brengt.

Zodra de leverancier een nieuwe vlucht heeft, plannen we opnieuw.

Met vriendelijke groet,
Bram Koudijs
Inkoop | Koudijs Verpakkingen B.V.
Waalhaven Z.z. 41, Rotterdam

Van: Agnieszka W. <a.wisniewska@tolkwerk.nl>
Verzonden: vrijdag 27 november 2026 15:44
Aan: Bram Koudijs <b.koudijs@koudijsverpakkingen.nl>
Onderwerp: Bevestiging tolkopdracht 9 december

Beste Bram,
Hierbij bevestig ik de tolkopdracht (Pools-Nederlands) voor woensdag 9 december van 13.00 tot 16.00 uur bij jullie op kantoor.
Groet, Agnieszka
""",
        "label": {
            "recipient_name": "Bram Koudijs", "recipient_name_alternatives": ["Bram"],
            "sender_name": "Agnieszka Wiśniewska", "sender_name_alternatives": ["Agnieszka"],
            "meeting": "het onderhandelingsgesprek",
            "meeting_alternatives": ["onderhandelingsgesprek", "tolkopdracht", "Bevestiging tolkopdracht 9 december"],
            "meeting_time": "vandaag om 13.00 uur", "meeting_time_iso": "2026-12-09T13:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation", "cancellation_policy"],
            "quoted_from": "Van: Agnieszka W. <a.wisniewska@tolkwerk.nl>", "quoted_until": None,
        },
    },
    {
        "file": "004.eml",
        "headers": {
            "From": ("Anaïs Goossens", "anais@brasseriehetzuid.be"),
            "To": ("Pieter Maes", "pieter.maes@maes-veiligheid.be"),
            "Subject": "FW: Brandpreventieve controle – Brasserie Het Zuid",
            "Date": "Fri, 04 Dec 2026 16:31:00 +0100",
            "Message-ID": "<DB9PR10MB5561.goossens@brasseriehetzuid.be>",
        },
        "calendar": CALENDAR_004,
        "body": """
Hoi Pieter,

Zie hieronder, de brandweer komt de keuken en de nooduitgangen keuren. Kan jij erbij zijn? Jij hebt het dossier opgemaakt en ik versta de helft niet van die normen 🙂 Als jij niet kan, stuur dan gerust iemand van je kantoor.

Anaïs

-----Oorspronkelijke afspraak-----
Van: Preventie Brandweerzone <preventie@brandweerzone.example.be>
Verzonden: donderdag 3 december 2026 14:12
Aan: Anaïs Goossens
Onderwerp: Brandpreventieve controle – Brasserie Het Zuid
Wanneer: dinsdag 15 december 2026 10:00-11:30 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
Waar: Brasserie Het Zuid, Vlaamsekaai 18, 2000 Antwerpen

Geachte,

Graag plannen wij de brandpreventieve controle van uw inrichting in. Gelieve de attesten van de elektrische installatie en van de blustoestellen klaar te leggen. Bevestig de afspraak uiterlijk op 10 december.

Met de meeste hoogachting,
Dienst Brandpreventie
""",
        "label": {
            "recipient_name": "Anaïs Goossens", "recipient_name_alternatives": ["Anaïs"],
            "sender_name": "Pieter Maes", "sender_name_alternatives": ["Pieter"],
            "meeting": "Brandpreventieve controle",
            "meeting_alternatives": ["brandpreventieve controle", "brandpreventieve controle van uw inrichting",
                                     "Brandpreventieve controle – Brasserie Het Zuid"],
            "meeting_time": "dinsdag 15 december 2026 10:00-11:30", "meeting_time_iso": "2026-12-15T10:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE, "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "005.txt",
        "text": """
Geachte mevrouw Bosma,

Via het netwerk van de bibliotheek kreeg ik uw naam door. Wij zijn een basisschool in Groningen-Oost en zouden graag een gastles over geld en sparen laten verzorgen in groep 7 en 8.

Ons voorstel is maandag 11 januari 2027 van 10.15 tot 11.45 uur (na de pauze). Mocht dat niet passen, dan kan ook woensdag 13 januari 's ochtends om half negen.

De school is vanaf 8.00 uur open; u kunt zich melden bij de conciërge.

Met vriendelijke groet,

Jelte Wiersma
Leerkracht groep 8, OBS De Wieken
050 - 311 48 27
""",
        "label": {
            "recipient_name": "Jelte Wiersma", "recipient_name_alternatives": ["Jelte"],
            "sender_name": "Bosma", "sender_name_alternatives": ["mevrouw Bosma"],
            "meeting": "een gastles over geld en sparen",
            "meeting_alternatives": ["gastles", "gastles over geld en sparen"],
            "meeting_time": "maandag 11 januari 2027 van 10.15 tot 11.45 uur", "meeting_time_iso": "2027-01-11T10:15",
            "proposed_times": ["woensdag 13 januari 's ochtends om half negen"],
            "proposed_times_iso": ["2027-01-13T08:30"],
            "kind": "invitation", "suggested_intents": INVITE, "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "006.eml",
        "headers": {
            "From": ("Ruud van den Heuvel", "ruud@lumiflow.example.nl"),
            "To": ("Femke Jansen", "femke@jansen-strategie.nl"),
            "Subject": "Re: OKR-workshop Lumiflow",
            "Date": "Sat, 05 Dec 2026 10:14:00 +0100",
            "Message-ID": "<8E2B7F41-0C6D-4A5E-B1D2-3F9A6C0E7D18@lumiflow.example.nl>",
            "In-Reply-To": "<0a77f2d1-femke-1204@jansen-strategie.nl>",
        },
        "html": True,
        "body": """
Hoi Femke,

Kleine wijziging: onze CTO zit woensdag en donderdag op een beurs in Barcelona, dus de OKR-workshop van donderdag 10/12 (9:00-12:00) moeten we helaas verzetten. Zou maandag 14 december op dezelfde tijd ook kunnen? Anders dinsdag 15/12 na de lunch, vanaf 13:00.

Thanks!
Ruud

--
Ruud van den Heuvel | COO
Lumiflow B.V. | High Tech Campus 9, Eindhoven

Op 4 dec 2026, om 11:20, heeft Femke Jansen <femke@jansen-strategie.nl> het volgende geschreven:

> Hoi Ruud,
> Top, dan zet ik de OKR-workshop vast op donderdag 10 december van 9:00 tot 12:00 bij jullie op de campus.
> Groet, Femke
""",
        "label": {
            "recipient_name": "Ruud van den Heuvel", "recipient_name_alternatives": ["Ruud"],
            "sender_name": "Femke Jansen", "sender_name_alternatives": ["Femke"],
            "meeting": "de OKR-workshop",
            "meeting_alternatives": ["OKR-workshop", "OKR-workshop Lumiflow", "workshop"],
            "meeting_time": "donderdag 10/12 (9:00-12:00)", "meeting_time_iso": "2026-12-10T09:00",
            "proposed_times": ["maandag 14 december op dezelfde tijd", "dinsdag 15/12 na de lunch, vanaf 13:00"],
            "proposed_times_iso": ["2026-12-14T09:00", "2026-12-15T13:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": "Op 4 dec 2026, om 11:20, heeft Femke Jansen <femke@jansen-strategie.nl> het volgende geschreven:",
            "quoted_until": None,
        },
    },
    {
        "file": "007.txt",
        "text": """
Goedemiddag heer Dekker,

Hierbij annuleer ik de afspraak voor de taxatie van ons pand aan de Lange Delft, gepland op donderdag 17-12 om 10.30 uur. De bank heeft de financiering voorlopig aangehouden, dus een taxatierapport heeft op dit moment geen zin.

Omdat ik ruim een week van tevoren afzeg, ga ik ervan uit dat er geen kosten in rekening worden gebracht. Klopt dat, of rekent u wel voorrijkosten?

Zodra er meer duidelijk is neem ik weer contact op om een nieuwe datum te prikken.

Met vriendelijke groet,
Marieke Schout-Verhage
Middelburg
""",
        "label": {
            "recipient_name": "Marieke Schout-Verhage", "recipient_name_alternatives": ["Marieke"],
            "sender_name": "Dekker", "sender_name_alternatives": ["heer Dekker"],
            "meeting": "de afspraak voor de taxatie van ons pand",
            "meeting_alternatives": ["taxatie", "taxatie van ons pand", "de afspraak"],
            "meeting_time": "donderdag 17-12 om 10.30 uur", "meeting_time_iso": "2026-12-17T10:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["reschedule", "cancellation_policy"], "quoted_from": None,
            "quoted_until": None,
        },
    },
    {
        "file": "008.eml",
        "headers": {
            "From": ("Zoë Vermeulen", "zoe.vermeulen@ziggo.example.nl"),
            "To": ("Emre Yılmaz", "emre@yilmaz-installatie.nl"),
            "Subject": "Gemiste afspraak onderhoud cv-ketel",
            "Date": "Mon, 07 Dec 2026 12:30:00 +0100",
            "Message-ID": "<1f0e6c3a-zv-20261207@ziggo.example.nl>",
        },
        "cte": "base64",
        "body": """
Beste meneer Yılmaz,

Wat vervelend, ik zag net uw briefje in de brievenbus: u heeft zaterdagochtend om 8.30 uur voor niets voor de deur gestaan voor het onderhoud van de cv-ketel. Ik had de afspraak op 12 december in mijn agenda staan in plaats van op de 5e. Excuses!

Kunt u nog een keer langskomen? Ik ben deze week thuis op woensdag de hele dag en vrijdag tot 12 uur.

Vriendelijke groet,
Zoë Vermeulen
Laan van Meerdervoort 612, Den Haag
""",
        "label": {
            "recipient_name": "Zoë Vermeulen", "recipient_name_alternatives": ["Zoë"],
            "sender_name": "Emre Yılmaz", "sender_name_alternatives": ["Yılmaz", "meneer Yılmaz"],
            "meeting": "het onderhoud van de cv-ketel",
            "meeting_alternatives": ["onderhoud van de cv-ketel", "onderhoud cv-ketel", "onderhoud", "de afspraak"],
            "meeting_time": "zaterdagochtend om 8.30 uur", "meeting_time_iso": "2026-12-05T08:30",
            "proposed_times": ["woensdag de hele dag", "vrijdag tot 12 uur"],
            "proposed_times_iso": ["2026-12-09", "2026-12-11"],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"], "quoted_from": None,
            "quoted_until": None,
        },
    },
    {
        "file": "009.txt",
        "text": """
Goeiendag,

Ik zou graag een reeks van vijf sessies logopedie boeken voor mijn zoontje (7 jaar), liefst op woensdagnamiddag. Voor ik het inschrijvingsformulier invul: wat zijn jullie afspraken als we een sessie moeten afzeggen, bv. bij ziekte? Hoeveel op voorhand moet dat, en wordt een gemiste sessie aangerekend of kan die ingehaald worden?

Ik ben telefonisch bereikbaar tussen 12u en 13u30.

Alvast bedankt,
Katrien Peeters-Wouters
Kessel-Lo
""",
        "label": {
            "recipient_name": "Katrien Peeters-Wouters", "recipient_name_alternatives": ["Katrien"],
            "sender_name": None, "sender_name_alternatives": [],
            "meeting": "een reeks van vijf sessies logopedie",
            "meeting_alternatives": ["sessies logopedie", "logopedie", "een sessie"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"], "quoted_from": None,
            "quoted_until": None,
        },
    },
    {
        "file": "010.txt",
        "text": """
Hi Daan,

Bevestigd: de kwartaalreview van het SEO-traject staat bij ons in de agenda voor vrijdag 18 december, 15:00–16:00, via Google Meet. Mag mijn nieuwe collega Yasmina Amrani (yasmina@grachtengoed.nl) ook aansluiten? Zij neemt vanaf januari de webshop over.

Als je de cijfers van november vooraf kunt sturen (uiterlijk woensdag?), kunnen we in het gesprek meteen de diepte in.

Groet,
Lotte
Grachtengoed | Online conceptstore
Prinsengracht 302, Amsterdam

Op do 3 dec. 2026 om 17:05 schreef Daan Schipper <daan@schipper-seo.nl>:
> Hoi Lotte,
> Zullen we de kwartaalreview op vrijdag 18 december om 15:00 doen? Ik stuur een Meet-link.
> Daan
""",
        "label": {
            "recipient_name": "Lotte", "recipient_name_alternatives": [],
            "sender_name": "Daan", "sender_name_alternatives": [],
            "meeting": "de kwartaalreview van het SEO-traject",
            "meeting_alternatives": ["kwartaalreview", "kwartaalreview van het SEO-traject"],
            "meeting_time": "vrijdag 18 december, 15:00–16:00", "meeting_time_iso": "2026-12-18T15:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [],
            "quoted_from": "Op do 3 dec. 2026 om 17:05 schreef Daan Schipper <daan@schipper-seo.nl>:",
            "quoted_until": None,
        },
    },
]
