"""Dutch v9 tone cases: 9 situations (all nine intents), layout 2/1 1/2 1/1 2/2 1/1 1/2 2/1 1/1 1/1 (good/bad)."""

from __future__ import annotations

SITS = {
    1: {"intent": "decline", "recipient_name": "mevrouw Annelies Terwindt", "sender_name": "Sjoerd Kamphuisen",
        "tone": "formal", "relationship": "key", "meeting": "kennismakingslunch met uw nieuwe raad van bestuur",
        "meeting_time": "donderdag 10 december om 12.30 uur",
        "reason": "een arbitragezitting die de hele dag duurt"},
    2: {"intent": "reschedule", "recipient_name": "Femke Oudejans", "sender_name": "Ruben Stapelkamp",
        "tone": "friendly", "relationship": "new", "meeting": "eerste gesprek over de tuin achter je nieuwe huis",
        "meeting_time": "woensdag 16 december om 15.00 uur",
        "proposed_times": ["vrijdag 18 december om 10.00 uur", "maandag 4 januari om 15.00 uur"],
        "reason": "een zieke collega die ik moet vervangen"},
    3: {"intent": "shorten", "recipient_name": "de heer Maarten Gijsbertse", "sender_name": "Liesbeth Van Acoleyen",
        "tone": "formal", "relationship": "regular", "meeting": "jaarlijkse doorlichting van uw pensioenportefeuille",
        "meeting_time": "dinsdag 22 december om 9.00 uur", "duration_minutes": 30,
        "reason": "de jaarafsluiting van ons kantoor"},
    4: {"intent": "switch_to_call", "recipient_name": "Wietske Hoogeboom", "sender_name": "Bram Coppejans",
        "tone": "friendly", "relationship": "key", "meeting": "bespreking van de wintercollectie voor jullie winkels",
        "meeting_time": "maandag 14 december om 11.00 uur",
        "reason": "een lekkage in onze showroom"},
    5: {"intent": "switch_to_email", "recipient_name": "mevrouw Hadewych Lievens", "sender_name": "Koen Dierickx-Maes",
        "tone": "formal", "relationship": "new", "meeting": "kennismaking over uw aanvraag voor een omgevingsvergunning",
        "meeting_time": "woensdag 9 december om 14.00 uur",
        "reason": "een onverwachte inspectie op een bouwplaats"},
    6: {"intent": "delegate", "recipient_name": "de heer Pieter-Jan Ossewaarde", "sender_name": "Marloes Wiersma-Tolhuis",
        "tone": "formal", "relationship": "regular", "meeting": "halfjaarlijkse controle van uw bedrijfsadministratie",
        "meeting_time": "vrijdag 8 januari om 10.00 uur", "colleague_name": "Yvonne Kleinjans",
        "reason": "mijn overstap naar ons kantoor in Groningen"},
    7: {"intent": "no_show_followup", "recipient_name": "Jelle Bosschaart", "sender_name": "Inge Wolterbeek",
        "tone": "friendly", "relationship": "regular", "meeting": "proefles boulderen",
        "meeting_time": "dinsdag 1 december om 19.00 uur", "proposed_times": ["dinsdag 15 december om 19.00 uur"]},
    8: {"intent": "late_cancellation", "recipient_name": "mevrouw Gerdien Faassen", "sender_name": "Thijs Rademakers",
        "tone": "formal", "relationship": "key", "meeting": "proeverij van het kerstdiner voor uw personeel",
        "meeting_time": "vrijdag 4 december om 16.00 uur", "proposed_times": ["woensdag 16 december om 16.00 uur"],
        "policy": {"notice_hours": 72, "fee_percent": 25}},
    9: {"intent": "cancellation_policy", "recipient_name": "Sanne Wijnhoven", "sender_name": "Maud Lindeboom",
        "tone": "friendly", "relationship": "new", "policy": {"notice_hours": 24, "deposit_percent": 20}},
}

CASES = [
    (1, "good", None, "Uw uitnodiging voor donderdag 10 december",
     """Geachte mevrouw Terwindt,

Hartelijk dank voor de uitnodiging voor de kennismakingslunch met uw nieuwe raad van bestuur op donderdag 10 december om 12.30 uur. Ik had er graag bij geweest, maar die dag zit ik in een arbitragezitting die de hele dag duurt, en die kan ik niet verlaten.

Ik wens u en de nieuwe bestuurders een goede start. Mocht u later een moment willen plannen, dan maak ik daar met plezier tijd voor.

Met vriendelijke groet,
Sjoerd Kamphuisen""",
     "formal, warm, honest reason, open door without a fake promise"),
    (1, "good", None, "Lunch 10 december",
     """Geachte mevrouw Terwindt,

Helaas kan ik niet aanschuiven bij de kennismakingslunch met uw nieuwe raad van bestuur (donderdag 10 december om 12.30 uur): ik heb dan een arbitragezitting die de hele dag duurt. Dank dat u aan mij dacht; ik hoop de bestuurders binnenkort op een andere manier te leren kennen.

Met hartelijke groet,
Sjoerd Kamphuisen""",
     "short formal decline; 'helaas' used kindly"),
    (1, "bad", "coldness", "Kennismakingslunch",
     """Geachte mevrouw Terwindt,

Wij danken u voor uw uitnodiging voor de kennismakingslunch met uw nieuwe raad van bestuur op donderdag 10 december om 12.30 uur.

Wegens een arbitragezitting die de hele dag duurt, is deelname niet mogelijk. Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd.

Hoogachtend,
S. Kamphuisen""",
     "cold politeness formulas ('wij vertrouwen erop u voldoende te hebben geïnformeerd') to a key client"),
    (2, "good", None, "Ons gesprek over je tuin",
     """Hoi Femke,

Wat vervelend, maar ik moet ons eerste gesprek over de tuin achter je nieuwe huis verzetten: ik heb een zieke collega die ik moet vervangen, woensdag 16 december om 15.00 uur lukt dus niet meer.

Kan het op vrijdag 18 december om 10.00 uur of maandag 4 januari om 15.00 uur? Neem gerust alvast wat foto's van de tuin, dan kunnen we meteen aan de slag.

Groetjes,
Ruben""",
     "friendly with a new client, reason once, two slots and a useful tip"),
    (2, "bad", "condescension", "Verzetten gesprek tuin",
     """Hoi Femke,

Door een zieke collega die ik moet vervangen, gaat woensdag 16 december om 15.00 uur niet door. Ons eerste gesprek over de tuin achter je nieuwe huis wordt vrijdag 18 december om 10.00 uur of maandag 4 januari om 15.00 uur.

Misschien wel goed, zo'n beetje extra tijd: mensen die net een huis hebben gekocht, hebben vaak nog geen idee wat een tuin eigenlijk kost of wat er in de grond past. Kijk dus vooral eerst even rond voordat je met wensen komt.

Ruben""",
     "lecturing a new client about what first-time buyers don't know"),
    (2, "bad", "mock_enthusiasm", "Super nieuws (niet echt haha)",
     """Hoi Femke!!!

Geweldig nieuws: ik mag een zieke collega die ik moet vervangen helpen, dus woensdag 16 december om 15.00 uur gaat niet door!! Echt fantastisch, precies wat ik deze maand nodig had!!!

Ons eerste gesprek over de tuin achter je nieuwe huis wordt dus vrijdag 18 december om 10.00 uur of maandag 4 januari om 15.00 uur. Hoera!

Ruben""",
     "mock enthusiasm over a setback, unsettling to a new client"),
    (3, "good", None, "Doorlichting op 22 december: een half uur",
     """Geachte heer Gijsbertse,

Vanwege de jaarafsluiting van ons kantoor kan ik voor de jaarlijkse doorlichting van uw pensioenportefeuille op dinsdag 22 december om 9.00 uur slechts 30 minuten vrijmaken. Ik stuur u vooraf de cijfers, zodat we die tijd aan uw vragen kunnen besteden.

Vindt u dat te krap, zeg het gerust; dan zoeken we samen een ruimer moment in januari.

Met vriendelijke groet,
Liesbeth Van Acoleyen""",
     "formal, reason, preparation offered and a real alternative"),
    (3, "bad", "bureaucratic_distance", "Wijziging duur afspraak",
     """Geachte heer Gijsbertse,

Conform de interne planning in het kader van de jaarafsluiting van ons kantoor wordt de voor dinsdag 22 december om 9.00 uur geplande jaarlijkse doorlichting van uw pensioenportefeuille teruggebracht tot een tijdsduur van 30 minuten.

Eventuele aanvullende vragen kunnen schriftelijk worden ingediend via het daartoe bestemde formulier.

Hoogachtend,
Afdeling Vermogensbeheer
L. Van Acoleyen""",
     "'conform de interne planning … het daartoe bestemde formulier': a department, not a person"),
    (4, "good", None, "Maandag even bellen?",
     """Hoi Wietske,

Door een lekkage in onze showroom kunnen we je maandag niet ontvangen; alles staat hier in de emmers. Zullen we de bespreking van de wintercollectie voor jullie winkels telefonisch doen, gewoon op maandag 14 december om 11.00 uur?

Ik stuur je vrijdag de foto's en prijzen, dan heb je alles voor je neus als ik bel.

Groet,
Bram""",
     "friendly, humour that lands, practical preparation"),
    (4, "good", None, "Bespreking wintercollectie",
     """Hoi Wietske, sorry voor de wijziging: door een lekkage in onze showroom doen we de bespreking van de wintercollectie voor jullie winkels op maandag 14 december om 11.00 uur telefonisch. Ik bel je op het vaste nummer, tenzij je iets anders wilt. Tot maandag!

Bram""",
     "very short, apologetic in one word, friendly"),
    (4, "bad", "over_familiarity", "Schatje, kleine wijziging",
     """Hey lieverd!

Ramp hier hoor, een lekkage in onze showroom, alles kletsnat. Dus de bespreking van de wintercollectie voor jullie winkels doen we maandag 14 december om 11.00 uur gewoon lekker aan de telefoon, jij in je pyjama en ik in mijn laarzen haha.

Dikke knuffel en een kus van je favoriete leverancier,
Brammetje""",
     "'lieverd', pyjama joke, kisses and a nickname towards a key client"),
    (4, "bad", "passive_aggression", "Maandag telefonisch",
     """Hoi Wietske,

Door een lekkage in onze showroom kunnen we elkaar maandag niet zien. Ik stel voor de bespreking van de wintercollectie voor jullie winkels telefonisch te doen, op maandag 14 december om 11.00 uur.

Eigenlijk wel zo handig, dan hoef ik ook niet weer drie kwartier op jullie inkopers te wachten. Ik bel je om 11.00 uur stipt.

Groet,
Bram""",
     "friendly mail with one barbed sentence about waiting for them last time"),
    (5, "good", None, "Uw aanvraag: afstemming per e-mail",
     """Geachte mevrouw Lievens,

Door een onverwachte inspectie op een bouwplaats kan ik woensdag 9 december om 14.00 uur niet op kantoor zijn. Ik wil u daarom voorstellen de kennismaking over uw aanvraag voor een omgevingsvergunning voorlopig per e-mail te laten verlopen.

U ontvangt morgen van mij een overzicht van de stappen en de stukken die wij van u nodig hebben. Uiteraard plannen we alsnog een gesprek zodra u dat wenst.

Met vriendelijke groet,
Koen Dierickx-Maes""",
     "formal, welcoming to a new client, says what happens next"),
    (5, "bad", "grovelling", "Mijn excuses",
     """Geachte mevrouw Lievens,

Ik schaam me diep dat ik u nu al moet teleurstellen, nog voor we elkaar ooit hebben gesproken. Door een onverwachte inspectie op een bouwplaats kan ik woensdag 9 december om 14.00 uur niet bij de kennismaking over uw aanvraag voor een omgevingsvergunning zijn.

Ik smeek u om begrip. Zou u het mij willen vergeven als we het per e-mail doen? Ik begrijp volkomen als u nu liever een ander bureau kiest, en ik zou het u niet kwalijk nemen.

Met nederige excuses,
Koen Dierickx-Maes""",
     "grovelling and inviting the new client to leave"),
    (6, "good", None, "Halfjaarlijkse controle 8 januari",
     """Geachte heer Ossewaarde,

Graag laat ik u weten dat ik vanwege mijn overstap naar ons kantoor in Groningen de halfjaarlijkse controle van uw bedrijfsadministratie op vrijdag 8 januari om 10.00 uur niet zelf kan doen. Mijn collega Yvonne Kleinjans neemt die van mij over; ik heb uw dossier uitgebreid met haar doorgenomen.

Dank voor de prettige samenwerking van de afgelopen jaren. Yvonne neemt deze week contact met u op om zich voor te stellen.

Met vriendelijke groet,
Marloes Wiersma-Tolhuis""",
     "warm formal handover with thanks and a next step"),
    (6, "bad", "condescension", "Overdracht controle",
     """Geachte heer Ossewaarde,

Door mijn overstap naar ons kantoor in Groningen neemt Yvonne Kleinjans de halfjaarlijkse controle van uw bedrijfsadministratie op vrijdag 8 januari om 10.00 uur over.

Yvonne is nog vrij nieuw en heeft niet mijn ervaring, maar ze doet echt haar best en voor een administratie als de uwe zal het ongetwijfeld volstaan. Houdt u de zaken wel overzichtelijk voor haar.

Met vriendelijke groet,
Marloes Wiersma-Tolhuis""",
     "faint praise of the colleague and 'een administratie als de uwe': condescending to both"),
    (6, "bad", "sarcasm", "Goed nieuws voor u",
     """Geachte heer Ossewaarde,

U zult het vast jammer vinden dat u mij kwijtraakt, na al die gezellige uren met uw bonnetjes in schoenendozen. Door mijn overstap naar ons kantoor in Groningen neemt Yvonne Kleinjans de halfjaarlijkse controle van uw bedrijfsadministratie op vrijdag 8 januari om 10.00 uur over.

Ik wens haar veel sterkte. Zij heeft er vast net zoveel zin in als ik altijd had.

Met vriendelijke groet,
Marloes Wiersma-Tolhuis""",
     "sarcasm about the client's bookkeeping and 'veel sterkte' to the colleague"),
    (7, "good", None, "Alles goed?",
     """Hoi Jelle,

We hadden je dinsdag 1 december om 19.00 uur verwacht voor de proefles boulderen, maar zagen je niet. Alles goed met je?

Heb je nog zin, dan is er een plek op dinsdag 15 december om 19.00 uur. Laat maar weten!

Groet,
Inge""",
     "short, concern first, a new slot, no reproach"),
    (7, "good", None, "De muur mist je",
     """Hoi Jelle,

De proefles boulderen van dinsdag 1 december om 19.00 uur is helaas zonder jou doorgegaan; de muur stond er wat verweesd bij. Ik hoop dat er niets vervelends tussenkwam.

Zin om het opnieuw te proberen op dinsdag 15 december om 19.00 uur? Dan houd ik een paar schoentjes in je maat apart.

Sportieve groet,
Inge""",
     "light humour that lands, concern, a new slot"),
    (7, "bad", "passive_aggression", "Proefles",
     """Hoi Jelle,

Geen probleem hoor dat je dinsdag 1 december om 19.00 uur niet kwam opdagen voor de proefles boulderen. Ik had de muur speciaal voor je vrijgehouden en een andere groep doorverwezen, maar dat geeft verder niks.

Mocht je het nog eens willen proberen: dinsdag 15 december om 19.00 uur. Als het je dan tenminste uitkomt.

Inge""",
     "'geen probleem hoor … maar dat geeft verder niks' guilt trip and 'als het je dan tenminste uitkomt'"),
    (8, "good", None, "Proeverij van vrijdag 4 december",
     """Geachte mevrouw Faassen,

Dank voor uw bericht over de proeverij van het kerstdiner voor uw personeel van vrijdag 4 december om 16.00 uur. Jammer dat het niet doorging; wij hadden er ook zin in.

Omdat de annulering binnen 72 uur kwam en de gerechten al waren voorbereid, brengen wij volgens onze voorwaarden 25% in rekening. Wij ontvangen u graag opnieuw op woensdag 16 december om 16.00 uur, zodat het menu ruim voor de feestdagen vastligt.

Met vriendelijke groet,
Thijs Rademakers""",
     "firm on the fee with its reason, warm, a new slot to a key client"),
    (8, "bad", "hostile", "Annulering proeverij",
     """Geachte mevrouw Faassen,

De proeverij van het kerstdiner voor uw personeel van vrijdag 4 december om 16.00 uur werd binnen 72 uur geannuleerd; volgens onze voorwaarden brengen wij 25% in rekening.

Een nieuwe proeverij kan op woensdag 16 december om 16.00 uur. Ik wijs u er wel op dat de decembermaand bij ons vol zit en dat wij bij een volgende annulering helaas niet meer kunnen garanderen dat uw kerstdiner nog door ons verzorgd kan worden.

Met vriendelijke groet,
Thijs Rademakers""",
     "veiled threat to drop the key client's Christmas dinner"),
    (9, "good", None, "Welkom! Even over afzeggen",
     """Hoi Sanne,

Leuk dat je voor ons hebt gekozen! Voordat je je eerste afspraak maakt, nog even hoe we het doen met afzeggen: bij het boeken betaal je een aanbetaling van 20%, en tot 24 uur van tevoren kun je kosteloos verzetten of afzeggen.

Zo houden we de agenda eerlijk voor iedereen. Vragen? Stuur gerust een berichtje.

Tot gauw,
Maud""",
     "friendly welcome, policy clear, reason, open door"),
    (9, "bad", "phishing_like", "Actie vereist: bevestig je aanbetaling",
     """Hoi Sanne,

Welkom! Let op: bij ons geldt een aanbetaling van 20% en afzeggen kan tot 24 uur van tevoren.

Om je account te activeren moet je de aanbetaling binnen 6 uur voldoen via deze beveiligde link: http://boeking-bevestigen.nl-betaal.info/sanne. Houd je pinpas en de code uit je bank-app bij de hand. Zonder betaling vervalt je inschrijving automatisch.

Team Maud""",
     "urgent deadline, odd link and a request for bank codes: reads like phishing"),
]
