"""Dutch v3 tone cases, written by hand by data-f (held out). CASES: (situation, label, flaw, subject, body, note)."""

SITS = {
    1: {"intent": "no_show_followup", "recipient_name": "mevrouw Ingrid de Vries", "sender_name": "Pieter Bakker",
        "tone": "formal", "relationship": "key", "meeting": "jaarlijks onderhoudsgesprek",
        "meeting_time": "woensdag 2 december om 10.00 uur",
        "proposed_times": ["dinsdag 8 december om 10.00 uur", "donderdag 10 december om 14.00 uur"]},
    2: {"intent": "cancellation_policy", "recipient_name": "Sanne Jansen", "sender_name": "Ruben Visser",
        "tone": "friendly", "relationship": "new", "policy": {"notice_hours": 24, "fee_percent": 100}},
    3: {"intent": "switch_to_call", "recipient_name": "de heer Hans Mulder", "sender_name": "Lotte Brinkman",
        "tone": "formal", "relationship": "regular", "meeting": "overleg over de offerte voor het dakwerk",
        "meeting_time": "vrijdag 11 december om 13.30 uur", "reason": "ik werk deze week vanuit huis",
        "proposed_times": ["vrijdag 11 december om 13.30 uur"]},
    4: {"intent": "delegate", "recipient_name": "mevrouw Fatima El Amrani", "sender_name": "Joost van Dijk",
        "tone": "formal", "relationship": "new", "meeting": "kennismakingsgesprek over uw verzekeringen",
        "meeting_time": "maandag 14 december om 11.00 uur", "colleague_name": "Eva Hendriks",
        "reason": "een familieomstandigheid"},
    5: {"intent": "decline", "recipient_name": "Bram de Boer", "sender_name": "Anouk Meijer", "tone": "friendly",
        "relationship": "key", "meeting": "kerstborrel van jullie afdeling", "meeting_time": "donderdag 17 december om 17.00 uur",
        "reason": "ik heb die avond een ouderavond op school"},
    6: {"intent": "reschedule", "recipient_name": "mevrouw Marloes Kok", "sender_name": "Daan Peters", "tone": "formal",
        "relationship": "regular", "meeting": "bespreking van de jaarrekening", "meeting_time": "dinsdag 15 december om 9.00 uur",
        "reason": "onze accountant is ziek", "proposed_times": ["maandag 4 januari om 9.00 uur"]},
    7: {"intent": "late_cancellation", "recipient_name": "Tim Verhoeven", "sender_name": "Iris de Graaf",
        "tone": "friendly", "relationship": "regular", "meeting": "personal training",
        "meeting_time": "vrijdag 4 december om 7.30 uur", "policy": {"notice_hours": 12, "fee_percent": 50},
        "proposed_times": ["woensdag 9 december om 7.30 uur"]},
    8: {"intent": "shorten", "recipient_name": "Noor Willems", "sender_name": "Sem Bosman", "tone": "friendly",
        "relationship": "new", "meeting": "kennismaking over de nieuwe huisstijl",
        "meeting_time": "woensdag 16 december om 15.00 uur", "duration_minutes": 30,
        "reason": "een afspraak direct daarna"},
}

CASES = [
    (1, "good", None, "Ons gesprek van woensdag", """
Geachte mevrouw De Vries,

Woensdag 2 december om 10.00 uur hadden wij ons jaarlijks onderhoudsgesprek gepland, maar ik heb u helaas niet kunnen spreken. Ik hoop dat er niets vervelends is gebeurd.

Graag plan ik het gesprek opnieuw in. Zou dinsdag 8 december om 10.00 uur of donderdag 10 december om 14.00 uur u schikken?

Met vriendelijke groet,
Pieter Bakker""", "formal u, concern first, two options"),
    (1, "bad", "sarcasm", "Woensdag 10.00 uur", """
Geachte mevrouw De Vries,

Hartelijk dank voor het inspirerende jaarlijks onderhoudsgesprek van woensdag 2 december om 10.00 uur. Ik heb er een uur lang in mijn eentje van genoten; het koffieapparaat en ik zijn het over alles eens geworden.

Misschien wilt u de volgende keer ook aanschuiven: dinsdag 8 december om 10.00 uur of donderdag 10 december om 14.00 uur.

Met vriendelijke groet,
Pieter Bakker""", "ironic thanks for a meeting she missed, to a key client"),
    (1, "bad", "passive_aggression", "Nogmaals: onderhoudsgesprek", """
Geachte mevrouw De Vries,

Zoals ik al eerder aangaf, stond ons jaarlijks onderhoudsgesprek op woensdag 2 december om 10.00 uur. Ik had de afspraak voor de zekerheid nog twee keer bevestigd.

Ik stel nogmaals voor: dinsdag 8 december om 10.00 uur of donderdag 10 december om 14.00 uur. Ik neem aan dat het deze keer wel lukt.

Met vriendelijke groet,
Pieter Bakker""", "'zoals ik al eerder aangaf', 'nogmaals', 'deze keer wel'"),
    (2, "good", None, "Goed om te weten: afzeggen", """
Hoi Sanne,

Welkom! Nog even iets praktisch voordat we beginnen: afzeggen of verzetten kan kosteloos tot 24 uur van tevoren. Zeg je later af, dan rekenen we het volledige bedrag, omdat we die tijd dan niet meer aan iemand anders kunnen geven.

Vragen? Stuur gerust een berichtje.

Groetjes,
Ruben""", "friendly, welcoming, numbers clear ('het volledige bedrag' = 100%), reason given"),
    (2, "bad", "condescension", "Onze afzegregels (even simpel uitgelegd)", """
Hoi Sanne,

Nieuwe klanten vinden onze voorwaarden soms lastig, dus ik leg het even heel eenvoudig uit, stap voor stap: meer dan 24 uur van tevoren afzeggen = gratis. Minder dan 24 uur = je betaalt 100%. Lees het gerust een paar keer door, dan blijft het wel hangen.

Groetjes,
Ruben""", "'heel eenvoudig', 'stap voor stap', 'lees het gerust een paar keer'"),
    (2, "bad", "bureaucratic_distance", "Mededeling annuleringsvoorwaarden", """
Geachte mevrouw Jansen,

Hierbij delen wij u mede dat annulering dient te geschieden uiterlijk 24 uur voorafgaand aan de overeengekomen afspraak. Bij overschrijding van voornoemde termijn wordt 100% van het tarief in rekening gebracht.

Hoogachtend,
R. Visser
Afdeling Klantadministratie""", "'hierbij delen wij u mede', 'voornoemde termijn', 'hoogachtend' to a friendly new client"),
    (3, "good", None, "Vrijdag telefonisch?", """
Geachte heer Mulder,

Ik werk deze week vanuit huis. Zouden we het overleg over de offerte voor het dakwerk daarom telefonisch kunnen doen, op hetzelfde tijdstip, vrijdag 11 december om 13.30 uur? Ik bel u dan op het nummer dat ik van u heb.

Met vriendelijke groet,
Lotte Brinkman""", "formal, asks rather than announces, same slot"),
    (3, "bad", "coldness", "Overleg dakwerk", """
Heer Mulder,

Overleg over de offerte voor het dakwerk wordt telefonisch. Vrijdag 11 december om 13.30 uur. Ik werk vanuit huis.

L. Brinkman""", "clipped statements, no greeting formula, no courtesy"),
    (3, "bad", "blame", "Overleg vrijdag telefonisch", """
Geachte heer Mulder,

Ik werk deze week vanuit huis, dus het overleg over de offerte voor het dakwerk wordt telefonisch, vrijdag 11 december om 13.30 uur. Eerlijk gezegd komt me dat ook goed uit: de vorige keer had u geen parkeerplek geregeld en heb ik twintig minuten rondgereden.

Met vriendelijke groet,
Lotte Brinkman""", "drags in an old grievance against the client"),
    (4, "good", None, "Ons kennismakingsgesprek van maandag", """
Geachte mevrouw El Amrani,

Door een familieomstandigheid kan ik maandag 14 december om 11.00 uur helaas niet bij ons kennismakingsgesprek over uw verzekeringen zijn. Mijn collega Eva Hendriks neemt het gesprek van mij over; zij is al volledig op de hoogte van uw situatie.

Mijn excuses voor de wijziging. Ik zie u graag bij een volgende gelegenheid.

Met vriendelijke groet,
Joost van Dijk""", "formal, reassures, apology in proportion"),
    (4, "bad", "over_familiarity", "Hoi Fatima!", """
Hoi Fatima!

Balen, familiegedoe, dus ik ben er maandag 14 december om 11.00 uur niet bij voor ons kennismakingsgesprek over je verzekeringen. Eva Hendriks doet het, toppertje, jullie gaan het gezellig hebben!

Dikke knuffel,
Joost""", "'Hoi', 'toppertje', 'dikke knuffel', je to a formal new client"),
    (4, "bad", "grovelling", "Mijn oprechte, diepe excuses", """
Geachte mevrouw El Amrani,

Ik schaam me diep en bied u mijn allerdiepste excuses aan: door een familieomstandigheid kan ik maandag 14 december om 11.00 uur niet bij het kennismakingsgesprek over uw verzekeringen zijn. Ik besef dat dit onvergeeflijk is bij een eerste kennismaking.

Mijn collega Eva Hendriks neemt het over, als u dat tenminste nog wilt. Ik hoop vurig dat u ons nog een kans gunt.

Met nederige groet,
Joost van Dijk""", "'onvergeeflijk', 'nederige groet' for a family matter"),
    (5, "good", None, "Kerstborrel", """
Hoi Bram,

Wat leuk dat ik ook uitgenodigd ben voor de kerstborrel van jullie afdeling! Helaas heb ik donderdag 17 december die avond een ouderavond op school, dus ik moet deze keer passen. Proost er eentje op mij?

Fijne feestdagen alvast,
Anouk""", "warm, short, light"),
    (5, "good", None, "Donderdag 17 december", """
Hoi Bram,

Dank je voor de uitnodiging voor de kerstborrel om 17.00 uur. Ik heb die avond een ouderavond op school en kan er dus niet bij zijn. In januari kom ik graag eens langs voor koffie.

Groet,
Anouk""", "plain and friendly, door open"),
    (5, "bad", "mock_enthusiasm", "WAUW, een kerstborrel!!!", """
Hoi Bram,

Een kerstborrel van jullie afdeling op donderdag 17 december om 17.00 uur?! Daar heb ik het hele jaar naar uitgekeken, echt het hoogtepunt van mijn december!!! Jammer, zo ontzettend jammer, dat ik die avond een ouderavond op school heb.

Het wordt vast onvergetelijk zonder mij.

Anouk""", "exaggerated delight that reads as mockery, 'vast onvergetelijk zonder mij'"),
    (6, "good", None, "Bespreking jaarrekening verplaatsen", """
Geachte mevrouw Kok,

Onze accountant is ziek, waardoor de bespreking van de jaarrekening op dinsdag 15 december om 9.00 uur helaas niet door kan gaan. Ik stel voor haar te verplaatsen naar maandag 4 januari om 9.00 uur. Komt dat u uit?

Met vriendelijke groet,
Daan Peters""", "formal, brief, asks"),
    (6, "good", None, "Nieuwe datum jaarrekening", """
Geachte mevrouw Kok,

Vervelend nieuws: onze accountant is ziek. Omdat ik de bespreking van de jaarrekening liever niet zonder hem voer, wil ik de afspraak van dinsdag 15 december om 9.00 uur verzetten naar maandag 4 januari om 9.00 uur. Past dat niet, dan zoek ik graag een ander moment met u.

Met vriendelijke groet,
Daan Peters""", "candid, flexible"),
    (6, "bad", "passive_aggression", "RE: RE: jaarrekening", """
Geachte mevrouw Kok,

Mocht u mijn vorige mail gemist hebben: onze accountant is ziek en de bespreking van de jaarrekening op dinsdag 15 december om 9.00 uur gaat dus niet door. Ik had al maandag 4 januari om 9.00 uur voorgesteld.

Een reactie zou fijn zijn, dan hoef ik het niet een derde keer te vragen.

Met vriendelijke groet,
Daan Peters""", "'mocht u mijn vorige mail gemist hebben', 'niet een derde keer'"),
    (7, "good", None, "Training van vrijdag", """
Hoi Tim,

Jammer dat de personal training van vrijdag 4 december om 7.30 uur niet doorging. Omdat je minder dan 12 uur van tevoren afzegde, reken ik volgens onze afspraak 50% van de sessie.

Zullen we woensdag 9 december om 7.30 uur de draad weer oppakken?

Sportieve groet,
Iris""", "friendly, rule stated as their agreement, looks ahead"),
    (7, "good", None, "Vrijdagochtend", """
Hoi Tim,

Geen probleem, zulke ochtenden heeft iedereen. Wel even eerlijk: bij afzeggen binnen 12 uur reken ik de helft van de les, dus dat zie je op je volgende factuur terug. Woensdag 9 december om 7.30 uur heb ik nog plek, zal ik je erin zetten?

Groetjes,
Iris""", "warm, candid, 'de helft' = 50%"),
    (7, "bad", "hostile", "Vrijdag", """
Tim,

Vrijdag 4 december om 7.30 uur stond ik voor niks klaar voor je personal training. Minder dan 12 uur van tevoren afzeggen is gewoon niet netjes, en dat ga je betalen ook: 50%, of dat je nu bevalt of niet.

Woensdag 9 december om 7.30 uur. Kom dan ook.

Iris""", "angry, 'of dat je nu bevalt of niet', orders"),
    (8, "good", None, "Woensdag iets korter?", """
Hoi Noor,

Ik kijk uit naar onze kennismaking over de nieuwe huisstijl op woensdag 16 december om 15.00 uur! Ik heb direct daarna een afspraak; zou je het goed vinden als we het in 30 minuten doen? Ik stuur vooraf een paar voorbeelden, dan kunnen we meteen ter zake komen.

Tot woensdag,
Sem""", "friendly to a new client, asks, prepares"),
    (8, "good", None, "Kennismaking woensdag", """
Hoi Noor,

Een kort verzoek: ik heb direct na onze kennismaking over de nieuwe huisstijl een afspraak. Houden we woensdag 16 december om 15.00 uur een half uur aan? Beter kort en goed dan lang en gehaast.

Groet,
Sem""", "short, candid, 'een half uur' = 30 minutes"),
    (8, "bad", "wrong_register", "ff kort", """
yo Noor,

wo 16 dec 15.00 kennismaking huisstijl, kan ff max 30 min want heb direct daarna nog wat. ok? thx

S""", "text-speak 'yo', 'ff', 'thx' to a new client"),
]
