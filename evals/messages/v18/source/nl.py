"""v18 Dutch client messages (Netherlands, Flanders), hand-written (data-bp, 8 December 2026)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.eml",
     "headers": {"From": ("Joëlle Vermeulen", "joelle.vermeulen@ocmw-lier.example.be"),
                 "To": ("Pieter De Smet", "pieter@desmet-coaching.example.be"),
                 "Subject": "Uitnodiging teamdag 'Veerkracht' – vrijdag 19 maart",
                 "Date": "Wed, 03 Mar 2027 14:31:00 +0100",
                 "Message-ID": "<v18nl001.47d2@ocmw-lier.example.be>"},
     "body": """
Dag Pieter,

Zoals afgesproken op de netwerkavond: we zouden je graag vragen om onze teamdag rond veerkracht te begeleiden op vrijdag 19 maart, van 9u tot 16u30, in zaal De Mol (Aarschotsesteenweg 2, Lier). We zijn met een 25-tal medewerkers van de thuiszorg.

Laat je iets weten tegen volgende week? Dan kan ik de bestelbon in orde brengen.

Met vriendelijke groeten,

Joëlle Vermeulen
Stafmedewerker HR
OCMW Lier
T 03 555 48 20

Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht verkeerdelijk ontving, gelieve de afzender te verwittigen en het bericht te verwijderen.
""",
     "label": {"recipient_name": "Joëlle Vermeulen", "recipient_name_alternatives": ["Joëlle"],
               "sender_name": "Pieter", "sender_name_alternatives": ["Pieter De Smet"],
               "meeting": "onze teamdag rond veerkracht",
               "meeting_alternatives": ["teamdag", "onze teamdag", "teamdag rond veerkracht",
                                        "teamdag 'Veerkracht'", "Uitnodiging teamdag 'Veerkracht' – vrijdag 19 maart"],
               "meeting_time": "vrijdag 19 maart, van 9u tot 16u30", "meeting_time_iso": "2027-03-19T09:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "002.txt",
     "text": """
Hoi Mirjam,

Ik moet helaas mijn knipafspraak van morgen om 9.15 afzeggen, mijn dochter is ziek en ik kan haar niet alleen laten. Sorry dat het zo laat is!! Ik bel je later deze week voor een nieuwe afspraak.

Groetjes, Eline

Verstuurd vanaf mijn Samsung Galaxy smartphone.
""",
     "label": {"recipient_name": "Eline", "recipient_name_alternatives": [],
               "sender_name": "Mirjam", "sender_name_alternatives": [],
               "meeting": "mijn knipafspraak", "meeting_alternatives": ["knipafspraak", "mijn knipafspraak van morgen om 9.15"],
               "meeting_time": "morgen om 9.15", "meeting_time_iso": "2026-12-07T09:15",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["late_cancellation"]}},
    {"file": "003.eml",
     "headers": {"From": ("Noël de Groot", "noel.degroot@groot-installatie.example.nl"),
                 "To": ("Jeroen Bakker", "jeroen@bakker-advies.example.nl"),
                 "Subject": "Re: overleg subsidieaanvraag",
                 "Date": "Wed, 10 Mar 2027 10:12:00 +0100",
                 "Message-ID": "<v18nl003.b10e@groot-installatie.example.nl>",
                 "In-Reply-To": "<v18nl003-orig.44@bakker-advies.example.nl>"},
     "body": """
Hoi Jeroen,

Vervelend, maar ons overleg van vrijdag om 10.00 moet ik verzetten: de accountant kan alleen die ochtend en dat gaat voor, helaas.
Zou maandag 15 maart om 10.00 lukken? Of anders dinsdag de 16e, zelfde tijd.

Groet,
Noël

Noël de Groot | directeur
De Groot Installatietechniek B.V.
06 5555 1290

Op di 9 mrt 2027 om 16:22 schreef Jeroen Bakker <jeroen@bakker-advies.example.nl>:
> Hoi Noël,
> Prima, dan zien we elkaar vrijdag 12 maart om 10.00 bij jullie op kantoor voor de subsidieaanvraag.
> Groet, Jeroen
""",
     "label": {"recipient_name": "Noël de Groot", "recipient_name_alternatives": ["Noël"],
               "sender_name": "Jeroen", "sender_name_alternatives": ["Jeroen Bakker"],
               "meeting": "ons overleg",
               "meeting_alternatives": ["overleg", "ons overleg van vrijdag om 10.00", "overleg subsidieaanvraag",
                                        "Re: overleg subsidieaanvraag"],
               "meeting_time": "vrijdag om 10.00", "meeting_time_iso": "2027-03-12T10:00",
               "proposed_times": ["maandag 15 maart om 10.00", "dinsdag de 16e, zelfde tijd"],
               "proposed_times_iso": ["2027-03-15T10:00", "2027-03-16T10:00"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "Op di 9 mrt 2027 om 16:22 schreef Jeroen Bakker <jeroen@bakker-advies.example.nl>:"}},
    {"file": "004.txt",
     "text": """
Dag An,

Excuses voor gisteren om 14u, ik stond meer dan een uur vast in de file op de Ring en mijn gsm was plat, dus ik kon je zelfs niet verwittigen. Echt spijtig.

Kan het eventueel donderdag in de namiddag? Ik zorg dat ik dan op tijd ben, beloofd.

Mvg,
Koen Maes
""",
     "label": {"recipient_name": "Koen Maes", "recipient_name_alternatives": ["Koen"],
               "sender_name": "An", "sender_name_alternatives": [],
               "meeting": None, "meeting_alternatives": [],
               "meeting_time": "gisteren om 14u", "meeting_time_iso": "2026-12-05T14:00",
               "proposed_times": ["donderdag in de namiddag"], "proposed_times_iso": ["2026-12-10"],
               "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},
    {"file": "005.eml",
     "headers": {"From": ("Sanne Visser", "sanne.visser@visser-makelaardij.example.nl"),
                 "To": ("Buitenpret Events", "info@buitenpret-events.example.nl"),
                 "Subject": "Vraag annuleringsvoorwaarden teamuitje",
                 "Date": "Thu, 04 Mar 2027 11:47:00 +0100",
                 "Message-ID": "<v18nl005.0d3a@visser-makelaardij.example.nl>"},
     "body": """
Goedemiddag,

Wij willen graag bij jullie een teamuitje boeken (survival + BBQ) voor ongeveer 18 personen, ergens in juni. Voordat we definitief boeken: wat zijn jullie annuleringsvoorwaarden? Als het slecht weer is, kunnen we dan kosteloos verzetten? En wat als er minder mensen komen dan opgegeven?

Alvast bedankt!

Met vriendelijke groet,
Sanne Visser
Office manager – Visser Makelaardij
""",
     "label": {"recipient_name": "Sanne Visser", "recipient_name_alternatives": ["Sanne"],
               "sender_name": None, "sender_name_alternatives": [],
               "meeting": "een teamuitje",
               "meeting_alternatives": ["teamuitje", "een teamuitje boeken (survival + BBQ)",
                                        "Vraag annuleringsvoorwaarden teamuitje"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": [], "proposed_times_iso": [], "kind": "policy_question",
               "suggested_intents": ["cancellation_policy"]}},
    {"file": "006.txt",
     "text": """
Hoi Bram,

Kun je de agenda en de stukken voor de stuurgroep van dinsdag 15/12 om 14u alvast doorsturen? Dan kan ik ze dit weekend rustig doorlezen. En is er parkeerplek bij jullie of kan ik beter met de trein komen?

Dank je!
Greetje
""",
     "label": {"recipient_name": "Greetje", "recipient_name_alternatives": [],
               "sender_name": "Bram", "sender_name_alternatives": [],
               "meeting": "de stuurgroep", "meeting_alternatives": ["stuurgroep", "de stuurgroep van dinsdag 15/12 om 14u"],
               "meeting_time": "dinsdag 15/12 om 14u", "meeting_time_iso": "2026-12-15T14:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": []}},
    {"file": "007.eml",
     "headers": {"From": ("Hélène Smits", "h.smits@zorggroep-rijnmond.example.nl"),
                 "To": ("Dr. Martijn Kuipers", "m.kuipers@kuipers-dataadvies.example.nl"),
                 "Subject": "FW: Kennissessie AI in de zorg",
                 "Date": "Mon, 08 Mar 2027 09:30:00 +0100",
                 "Message-ID": "<v18nl007.5a6e@zorggroep-rijnmond.example.nl>"},
     "body": """
Beste Martijn,

Hieronder de uitnodiging voor onze lunchsessie. Wij zouden het erg waarderen als jij een korte inleiding (15 min.) wilt geven over jullie ervaringen met triage-modellen. Zou dat passen?

Hartelijke groet,
Hélène

Van: Secretariaat Innovatie <innovatie@zorggroep-rijnmond.example.nl>
Verzonden: maandag 8 maart 2027 09:14
Aan: Hélène Smits <h.smits@zorggroep-rijnmond.example.nl>
Onderwerp: Kennissessie AI in de zorg
Wanneer: woensdag 24 maart 2027 12:00-13:30 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
Waar: Auditorium, gebouw C

Lunch wordt verzorgd. Graag aanmelden vóór 17 maart.
""",
     "label": {"recipient_name": "Hélène Smits", "recipient_name_alternatives": ["Hélène"],
               "sender_name": "Martijn", "sender_name_alternatives": ["Dr. Martijn Kuipers", "Martijn Kuipers"],
               "meeting": "Kennissessie AI in de zorg",
               "meeting_alternatives": ["onze lunchsessie", "lunchsessie", "Kennissessie",
                                        "FW: Kennissessie AI in de zorg"],
               "meeting_time": "woensdag 24 maart 2027 12:00-13:30", "meeting_time_iso": "2027-03-24T12:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "008.txt",
     "text": """
Onderwerp: afspraak APK afzeggen

Geachte heer Mulder,

Hierbij zeg ik de afspraak voor de APK van donderdag 17 december om 8.00 uur af. De auto is inmiddels verkocht, dus de keuring is niet meer nodig.

Met vriendelijke groet,
Willem Hendriks
""",
     "label": {"recipient_name": "Willem Hendriks", "recipient_name_alternatives": ["Willem"],
               "sender_name": "Mulder", "sender_name_alternatives": ["heer Mulder"],
               "meeting": "de afspraak voor de APK",
               "meeting_alternatives": ["de APK", "APK", "afspraak APK", "afspraak APK afzeggen", "de afspraak", "de keuring"],
               "meeting_time": "donderdag 17 december om 8.00 uur", "meeting_time_iso": "2026-12-17T08:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation", "suggested_intents": ["reschedule"]}},
    {"file": "009.eml",
     "headers": {"From": ("Stéphane Claeys", "stephane@claeys-bouw.example.be"),
                 "To": ("Lies Wouters", "lies@wouters-interieur.example.be"),
                 "Subject": "Re: lunch dinsdag",
                 "Date": "Thu, 11 Mar 2027 12:03:00 +0100",
                 "Message-ID": "<v18nl009.c7f4@claeys-bouw.example.be>",
                 "In-Reply-To": "<v18nl009-orig.6b@wouters-interieur.example.be>",
                 "References": "<v18nl009-first.91@claeys-bouw.example.be> <v18nl009-orig.6b@wouters-interieur.example.be>"},
     "body": """
Dag Lies,

Ik moet de lunch van dinsdag jammer genoeg verplaatsen, er is een oplevering op een werf in Gent die niet kan wachten. Past woensdag 17/3 om 12u voor jou? Of vrijdag 19/3 om half één?

Sorry voor het heen en weer!
Stéphane

Verzonden vanaf mijn iPhone

Op 11 mrt. 2027 om 08:40 heeft Lies Wouters <lies@wouters-interieur.example.be> het volgende geschreven:

> Top, dan dinsdag 16/3 om 12u30 in De Kombuis!
""",
     "label": {"recipient_name": "Stéphane Claeys", "recipient_name_alternatives": ["Stéphane"],
               "sender_name": "Lies", "sender_name_alternatives": ["Lies Wouters"],
               "meeting": "de lunch",
               "meeting_alternatives": ["lunch", "de lunch van dinsdag", "lunch dinsdag", "Re: lunch dinsdag"],
               "meeting_time": "dinsdag", "meeting_time_iso": "2027-03-16",
               "proposed_times": ["woensdag 17/3 om 12u", "vrijdag 19/3 om half één"],
               "proposed_times_iso": ["2027-03-17T12:00", "2027-03-19T12:30"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "Op 11 mrt. 2027 om 08:40 heeft Lies Wouters <lies@wouters-interieur.example.be> het volgende geschreven:"}, "html": True},
    {"file": "010.txt",
     "text": """
Goedemorgen,

Via mijn zwager kreeg ik uw naam door als specialist in erfrecht. Ik zou graag een kennismakingsgesprek plannen om de situatie rond het huis van mijn ouders te bespreken. Ik kan maandag 14/12 of dinsdag 15/12, telkens tussen 10 en 12 uur, bij u op kantoor of telefonisch.

Met vriendelijke groet,
Ria Schouten-de Vries
06 555 833 21
""",
     "label": {"recipient_name": "Ria Schouten-de Vries", "recipient_name_alternatives": ["Ria", "Ria Schouten"],
               "sender_name": None, "sender_name_alternatives": [],
               "meeting": "een kennismakingsgesprek",
               "meeting_alternatives": ["kennismakingsgesprek"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": ["maandag 14/12", "dinsdag 15/12, telkens tussen 10 en 12 uur"],
               "proposed_times_iso": ["2026-12-14T10:00", "2026-12-15T10:00"],
               "kind": "invitation", "suggested_intents": INV}},
]
