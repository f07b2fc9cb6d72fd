"""Dutch v7 tone cases: SITS (situation fields without id/language) and CASES (sit, label, flaw, subject, body, note).

Layout: 12 situations of 2 drafts: eight pairs of one good and one bad, two with two goods (2, 6), two with two bads (3, 11).
"""

SITS = {
    1: {"intent": "reschedule", "recipient_name": "mevrouw drs. Wilhelmina Oosterbroek-Kamps", "sender_name": "Joris Hellinga",
        "tone": "formal", "relationship": "key", "meeting": "stuurgroep over de migratie naar het nieuwe ERP",
        "meeting_time": "donderdag 10 december om 13.30 uur",
        "proposed_times": ["maandag 14 december om 13.30 uur", "dinsdag 15 december om 10.00 uur"],
        "reason": "een storing in ons datacenter die voorrang heeft"},
    2: {"intent": "decline", "recipient_name": "Fenna Stuivenberg", "sender_name": "Bram Ouwehand",
        "tone": "friendly", "relationship": "new", "meeting": "kennismaking over de huisstijl van de yogastudio",
        "meeting_time": "woensdag 9 december om 16.00 uur", "reason": "we nemen tot februari geen nieuwe opdrachten aan"},
    3: {"intent": "shorten", "recipient_name": "de heer Evert Kloosterboer", "sender_name": "Marloes Tichelaar",
        "tone": "formal", "relationship": "regular", "meeting": "jaargesprek over de pensioenregeling",
        "meeting_time": "vrijdag 11 december om 9.00 uur", "duration_minutes": 40,
        "reason": "een spoedoverleg met de accountant om 10.00 uur"},
    4: {"intent": "switch_to_call", "recipient_name": "Sanne Kuipers-Doornbos", "sender_name": "Ruben Schaapveld",
        "tone": "friendly", "relationship": "key", "meeting": "bespreking van de voorjaarscampagne",
        "meeting_time": "maandag 14 december om 11.00 uur", "reason": "de sneeuw die voor maandag is voorspeld"},
    5: {"intent": "switch_to_email", "recipient_name": "de heer ing. Pieter-Jan Vanderhaeghen", "sender_name": "Ilse Brinkhorst",
        "tone": "formal", "relationship": "new", "meeting": "kennismakingsgesprek over de verbouwing van de zolder",
        "meeting_time": "dinsdag 15 december om 15.00 uur", "reason": "een vol bouwschema tot de kerst"},
    6: {"intent": "delegate", "recipient_name": "mevrouw mr. Goedele Wauters-Plancke", "sender_name": "Koen Dierickx",
        "colleague_name": "Lotte Vanhoutteghem", "tone": "formal", "relationship": "key",
        "meeting": "overleg over de jaarrekening van de stichting", "meeting_time": "woensdag 6 januari om 10.00 uur",
        "reason": "een operatie aan mijn knie begin januari"},
    7: {"intent": "no_show_followup", "recipient_name": "Daan Wolters-Buitink", "sender_name": "Yara El Khatib",
        "tone": "friendly", "relationship": "regular", "meeting": "kleur- en knipafspraak in de salon",
        "meeting_time": "woensdag 2 december om 14.00 uur", "proposed_times": ["zaterdag 12 december om 10.30 uur"]},
    8: {"intent": "late_cancellation", "recipient_name": "de heer dr. Maarten Bosgra", "sender_name": "Femke Terpstra-Hoek",
        "tone": "formal", "relationship": "key", "meeting": "workshop voor het managementteam over feedback",
        "meeting_time": "donderdag 3 december om 9.00 uur", "proposed_times": ["donderdag 17 december om 9.00 uur"],
        "policy": {"notice_hours": 48, "fee_percent": 60}},
    9: {"intent": "cancellation_policy", "recipient_name": "Noor Haasbroek", "sender_name": "Thijs Kamerbeek",
        "tone": "friendly", "relationship": "new", "policy": {"notice_hours": 24, "fee_percent": 100}},
    10: {"intent": "reschedule", "recipient_name": "Gijs Overtoom", "sender_name": "Mirjam Staal-Groen",
         "tone": "friendly", "relationship": "regular", "meeting": "fotoshoot voor de lunchkaart van het strandpaviljoen",
         "meeting_time": "dinsdag 8 december om 15.00 uur", "proposed_times": ["vrijdag 18 december om 15.00 uur"],
         "reason": "een fotograaf die met griep in bed ligt"},
    11: {"intent": "no_show_followup", "recipient_name": "mevrouw Hanneke Zwartjes", "sender_name": "Olaf Bijleveld",
         "tone": "formal", "relationship": "new", "meeting": "intakegesprek voor de hypotheekaanvraag",
         "meeting_time": "vrijdag 4 december om 16.00 uur", "proposed_times": ["woensdag 9 december om 16.00 uur"]},
    12: {"intent": "switch_to_call", "recipient_name": "de heer Cornelis van Lieshout", "sender_name": "Esther Draaisma",
         "tone": "formal", "relationship": "regular", "meeting": "evaluatie van het schoonmaakcontract",
         "meeting_time": "woensdag 16 december om 14.00 uur",
         "reason": "een verbouwing waardoor ons kantoor die week dicht is"},
}

CASES = [
    (1, "good", None, "Stuurgroep ERP: verzoek om te verplaatsen",
     """
Geachte mevrouw Oosterbroek-Kamps,

Door een storing in ons datacenter die voorrang heeft, moet ik u helaas vragen de stuurgroep over de migratie naar het nieuwe ERP van donderdag 10 december om 13.30 uur te verplaatsen. Ik wil u die middag niet met een half hoofd ontvangen.

Zou maandag 14 december om 13.30 uur of dinsdag 15 december om 10.00 uur u schikken? Ik pas mij graag aan als een ander moment beter uitkomt.

Met vriendelijke groet,
Joris Hellinga
""", "formal, warm, reason and two options, flexible"),
    (1, "bad", "passive_aggression", "Stuurgroep ERP",
     """
Geachte mevrouw Oosterbroek-Kamps,

Voor de goede orde herhaal ik nog maar even wat ik vorige week al schreef: de stuurgroep over de migratie naar het nieuwe ERP van donderdag 10 december om 13.30 uur gaat niet door, vanwege een storing in ons datacenter die voorrang heeft.

Mogelijke alternatieven zijn maandag 14 december om 13.30 uur en dinsdag 15 december om 10.00 uur. Ik ga ervan uit dat dit bericht wél gelezen wordt.

Met vriendelijke groet,
Joris Hellinga
""", "'voor de goede orde herhaal ik nog maar even' and the dig 'dat dit bericht wél gelezen wordt'"),

    (2, "good", None, "Jullie huisstijl",
     """
Hoi Fenna,

Wat leuk dat je aan ons dacht voor de huisstijl van de yogastudio! Eerlijk is eerlijk: we nemen tot februari geen nieuwe opdrachten aan, dus de kennismaking over de huisstijl van de yogastudio op woensdag 9 december om 16.00 uur moet ik afzeggen. Ik wil je liever geen half werk leveren.

Veel succes met de studio, en namasté vanaf mijn bureaustoel.
Bram
""", "honest friendly decline, light humour, no fake follow-up"),
    (2, "good", None, "Woensdag 9 december",
     """
Hoi Fenna,

Dank je voor je bericht. Ik moet de kennismaking over de huisstijl van de yogastudio van woensdag 9 december om 16.00 uur helaas afzeggen: we nemen tot februari geen nieuwe opdrachten aan. Jammer, want het klinkt als een mooi project.

Hartelijke groet,
Bram Ouwehand
""", "short, kind, clear no"),

    (3, "bad", "condescension", "Jaargesprek pensioenregeling",
     """
Geachte heer Kloosterboer,

Het jaargesprek over de pensioenregeling van vrijdag 11 december om 9.00 uur kort ik in tot 40 minuten, vanwege een spoedoverleg met de accountant om 10.00 uur.

Dat is ruim voldoende, mits u zich deze keer goed voorbereidt. Ik stuur u nog een uitleg over wat een opbouwpercentage is; dat maakt het gesprek voor u wellicht iets makkelijker te volgen.

Met vriendelijke groet,
Marloes Tichelaar
""", "lecturing and talking down to a regular client ('mits u zich deze keer goed voorbereidt', 'makkelijker te volgen')"),
    (3, "bad", "coldness", "Wijziging duur",
     """
Geachte heer Kloosterboer,

Jaargesprek over de pensioenregeling, vrijdag 11 december om 9.00 uur: duur 40 minuten. Reden: een spoedoverleg met de accountant om 10.00 uur.

M. Tichelaar
""", "bare notice, no apology or courtesy, to a regular client"),

    (4, "good", None, "Maandag bellen in plaats van afspreken?",
     """
Hoi Sanne,

Met de sneeuw die voor maandag is voorspeld, waag ik me liever niet op de weg. Zullen we de bespreking van de voorjaarscampagne van maandag 14 december om 11.00 uur telefonisch doen? Zelfde tijd; ik stuur je vooraf de schetsen, dan kijk je mee vanaf je eigen scherm, warm binnen.

Groetjes,
Ruben
""", "friendly with a key client, practical, light"),
    (4, "bad", "over_familiarity", "Sneeuw!!",
     """
Hé schatje,

Sneeuw op komst, dus ik blijf lekker onder de dekens 😂 De bespreking van de voorjaarscampagne van maandag 14 december om 11.00 uur doen we gewoon even via de telefoon, oké? Reden: de sneeuw die voor maandag is voorspeld, haha. Neem jij de koffie, dan neem ik de dekens.

Dikke kus,
Rubje
""", "'schatje', 'dikke kus', a nickname: too intimate even for a friendly key client"),

    (5, "good", None, "Uw zolderverbouwing: per e-mail verder?",
     """
Geachte heer Vanderhaeghen,

Dank u voor uw interesse. Door een vol bouwschema tot de kerst kan ik het kennismakingsgesprek over de verbouwing van de zolder op dinsdag 15 december om 15.00 uur niet laten doorgaan. Ik stel voor dat we het per e-mail voorbereiden: stuurt u mij een paar foto's en de afmetingen, dan krijgt u van mij een eerste inschatting en mijn vragen.

Met vriendelijke groet,
Ilse Brinkhorst
""", "formal, welcoming to a new client, useful next step by email"),
    (5, "bad", "bureaucratic_distance", "Kennisgeving inzake kennismakingsgesprek",
     """
Geachte heer,

Onderstaande dient ter kennisgeving. Het kennismakingsgesprek over de verbouwing van de zolder, gepland op dinsdag 15 december om 15.00 uur, komt te vervallen in verband met een vol bouwschema tot de kerst. Correspondentie dient vanaf heden uitsluitend schriftelijk te geschieden. Op verzoeken tot telefonisch contact kan niet worden ingegaan.

Hoogachtend,
namens de directie,
I. Brinkhorst
""", "officialese ('dient ter kennisgeving', 'komt te vervallen') to a new private client"),

    (6, "good", None, "Overleg jaarrekening: mijn collega neemt het over",
     """
Geachte mevrouw Wauters-Plancke,

Vanwege een operatie aan mijn knie begin januari kan ik het overleg over de jaarrekening van de stichting op woensdag 6 januari om 10.00 uur niet zelf voeren. Mijn collega Lotte Vanhoutteghem neemt het van mij over; zij kent het dossier goed. Ik draag alles deze maand zorgvuldig aan haar over.

Met vriendelijke groet,
Koen Dierickx
""", "formal, reassuring handover to a key client, no promise to stay reachable"),
    (6, "good", None, "Overleg van 6 januari",
     """
Geachte mevrouw Wauters-Plancke,

Een operatie aan mijn knie begin januari houdt mij even uit de roulatie. Het overleg over de jaarrekening van de stichting op woensdag 6 januari om 10.00 uur gaat gewoon door, met mijn collega Lotte Vanhoutteghem. U bent bij haar in uitstekende handen.

Hartelijke groet,
Koen Dierickx
""", "short, formal but warm"),

    (7, "good", None, "Alles goed?",
     """
Hoi Daan,

We hebben je woensdag 2 december om 14.00 uur gemist bij je kleur- en knipafspraak in de salon. Hopelijk is er niets vervelends aan de hand.

Ik heb zaterdag 12 december om 10.30 uur nog een plekje voor je. Zal ik het vastzetten?

Groetjes,
Yara
""", "friendly, caring, offers a slot"),
    (7, "bad", "mock_enthusiasm", "Wat een gezellige woensdag!",
     """
Hoi Daan!!

Wat hebben we een heerlijke middag gehad op woensdag 2 december om 14.00 uur, met de verf al klaar voor je kleur- en knipafspraak in de salon! Echt, super gezellig, zo'n lege stoel. Dat moeten we vaker doen!

Zaterdag 12 december om 10.30 uur nog een keertje proberen? Ik kan niet wachten!!!

Yara
""", "mock enthusiasm about a no-show"),

    (8, "good", None, "Workshop feedback: nieuwe datum",
     """
Geachte heer Bosgra,

Jammer dat de workshop voor het managementteam over feedback van donderdag 3 december om 9.00 uur niet door kon gaan. Ik stel voor hem te houden op donderdag 17 december om 9.00 uur.

Omdat de annulering binnen 48 uur voor aanvang kwam, brengen wij volgens onze afspraken 60% van het honorarium in rekening. Ik hoop op uw begrip en kijk ernaar uit uw team op de 17e te ontmoeten.

Met vriendelijke groet,
Femke Terpstra-Hoek
""", "firm on the 60 % fee, courteous and forward-looking"),
    (8, "bad", "hostile", "Annulering workshop",
     """
Geachte heer Bosgra,

De workshop voor het managementteam over feedback van donderdag 3 december om 9.00 uur is binnen 48 uur geannuleerd; conform de voorwaarden brengen wij 60% in rekening. Een nieuwe datum is donderdag 17 december om 9.00 uur.

Ik ga ervan uit dat dit een eenmalig voorval was. Zo niet, dan zullen wij ons moeten beraden op de vraag of wij nog voldoende tijd voor uw organisatie kunnen vrijmaken.

Met vriendelijke groet,
Femke Terpstra-Hoek
""", "veiled threat to drop a key client"),

    (9, "good", None, "Even over afzeggen",
     """
Hoi Noor,

Welkom bij ons! Nog één praktisch puntje: kun je een afspraak niet halen, laat het ons dan minstens 24 uur van tevoren weten. Zeg je later af, dan rekenen we 100% van de afspraak. Dat klinkt streng, maar zo kunnen we de plek nog aan iemand anders geven.

Tot gauw!
Thijs
""", "friendly welcome, clear policy with its reason"),
    (9, "bad", "blame", "Afzeggen",
     """
Hoi Noor,

Omdat mensen zoals jij afspraken te pas en te onpas afzeggen, geldt voortaan: minder dan 24 uur van tevoren afzeggen betekent dat je 100% betaalt. Nieuwe klanten lezen dit soort regels helaas zelden, dus ik stuur het je maar meteen.

Thijs
""", "blames a new client for others' behaviour and insinuates she will not read it"),

    (10, "good", None, "Fotoshoot verzet naar vrijdag 18 december",
     """
Hoi Gijs,

Slecht nieuws vanaf de set: een fotograaf die met griep in bed ligt. De fotoshoot voor de lunchkaart van het strandpaviljoen van dinsdag 8 december om 15.00 uur verzetten we daarom. Lukt vrijdag 18 december om 15.00 uur? Dan maken we er een mooie lichte middag van.

Groeten,
Mirjam
""", "friendly, short, practical"),
    (10, "bad", "sarcasm", "Fotoshoot",
     """
Hoi Gijs,

Goed nieuws voor je keuken: je krijgt nog tien dagen extra om die soep eindelijk eens fotogeniek te krijgen. We hebben namelijk een fotograaf die met griep in bed ligt, dus de fotoshoot voor de lunchkaart van het strandpaviljoen van dinsdag 8 december om 15.00 uur wordt vrijdag 18 december om 15.00 uur. Komt vast goed uit.

Mirjam
""", "sarcastic dig at the client's food hidden in a reschedule"),

    (11, "bad", "passive_aggression", "Intakegesprek hypotheek",
     """
Geachte mevrouw Zwartjes,

Op vrijdag 4 december om 16.00 uur heb ik voor het intakegesprek voor de hypotheekaanvraag op u gewacht. Geen enkel probleem hoor, ik had die middag toch niets beters te doen dan uw dossier door te nemen.

U kunt langskomen op woensdag 9 december om 16.00 uur, als het u deze keer schikt.

Met vriendelijke groet,
Olaf Bijleveld
""", "guilt-tripping 'geen enkel probleem hoor, ik had toch niets beters te doen' and 'deze keer'"),
    (11, "bad", "grovelling", "Mijn excuses",
     """
Geachte mevrouw Zwartjes,

Ik moet u mijn oprechte excuses aanbieden. Dat u vrijdag 4 december om 16.00 uur niet naar het intakegesprek voor de hypotheekaanvraag kon komen, komt ongetwijfeld doordat ik niet duidelijk genoeg ben geweest. Het spijt me verschrikkelijk, ik had u veel beter moeten helpen en ik begrijp het volkomen als u het vertrouwen in ons kantoor kwijt bent.

Als u mij nog een kans gunt: woensdag 9 december om 16.00 uur? Ik zou u oneindig dankbaar zijn.

Met nederige groet,
Olaf Bijleveld
""", "self-blame and begging after the client's own no-show"),

    (12, "good", None, "Evaluatie schoonmaakcontract telefonisch",
     """
Geachte heer Van Lieshout,

Door een verbouwing waardoor ons kantoor die week dicht is, kunnen wij u op woensdag 16 december om 14.00 uur niet ontvangen. Mag ik voorstellen de evaluatie van het schoonmaakcontract op hetzelfde tijdstip telefonisch te houden? Ik bel u dan zelf op.

Met vriendelijke groet,
Esther Draaisma
""", "formal, brief, takes the initiative"),
    (12, "bad", "wrong_register", "Ff bellen?",
     """
Hey Cor,

Door een verbouwing waardoor ons kantoor die week dicht is, gaat dat bij ons niet, lol. Dus evaluatie van het schoonmaakcontract woensdag 16 december om 14.00 uur: gewoon ff bellen? Jij belt mij of ik jou, maakt niet uit.

Ciao,
Es
""", "chat-style register, 'hey Cor', 'ff', 'lol' to a formal regular client"),
]
