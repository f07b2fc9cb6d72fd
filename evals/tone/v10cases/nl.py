"""Dutch v10 tone cases (hand-written by data-ai, 2026-12-07). Layout 2/3 1/1 2/1 1/2 1/1 2/2 2/1 1/1."""

from __future__ import annotations

SITS = {
    1: {"intent": "no_show_followup", "recipient_name": "Femke Oudshoorn", "sender_name": "Jorien Kwakernaak",
        "tone": "friendly", "relationship": "regular",
        "meeting": "kleur- en knipafspraak", "meeting_time": "dinsdag 1 december om 16.30 uur",
        "proposed_times": ["donderdag 10 december om 16.30 uur", "zaterdag 12 december om 9.00 uur"]},
    2: {"intent": "reschedule", "recipient_name": "Mevrouw Hanneke Wijngaarden-Stolk", "sender_name": "Bart Roelvink",
        "tone": "formal", "relationship": "key",
        "meeting": "kwartaaloverleg over de vlootplanning", "meeting_time": "woensdag 16 december om 13.00 uur",
        "proposed_times": ["dinsdag 5 januari om 10.00 uur"], "reason": "een storing in ons planningssysteem"},
    3: {"intent": "cancellation_policy", "recipient_name": "De heer Ruben Tjalsma", "sender_name": "Marloes Brinkerink",
        "tone": "formal", "relationship": "new", "policy": {"notice_hours": 24, "fee_percent": 100}},
    4: {"intent": "shorten", "recipient_name": "Sanne Dijkhuizen", "sender_name": "Wouter Heemstede",
        "tone": "friendly", "relationship": "new",
        "meeting": "kennismakingsgesprek over de zolderverbouwing", "meeting_time": "vrijdag 11 december om 15.00 uur",
        "duration_minutes": 40, "reason": "een lekkage bij een andere klant"},
    5: {"intent": "switch_to_call", "recipient_name": "De heer Joost Verbraeken", "sender_name": "Ilse Torenbeek",
        "tone": "formal", "relationship": "regular",
        "meeting": "jaargesprek over uw pensioenopbouw", "meeting_time": "maandag 14 december om 11.00 uur",
        "reason": "griepverschijnselen"},
    6: {"intent": "late_cancellation", "recipient_name": "Mevrouw Annelies Hoogervorst", "sender_name": "Kees Bloemhof",
        "tone": "formal", "relationship": "key",
        "meeting": "proeverij voor het personeelsdiner", "meeting_time": "vrijdag 4 december om 14.00 uur",
        "proposed_times": ["woensdag 9 december om 14.00 uur"], "policy": {"notice_hours": 72, "fee_percent": 30}},
    7: {"intent": "delegate", "recipient_name": "Thijs Molenkamp", "sender_name": "Lieke Haverkorn",
        "tone": "friendly", "relationship": "regular", "colleague_name": "Daan Ruijsink",
        "meeting": "fotoshoot van de nieuwe wintercollectie", "meeting_time": "donderdag 17 december om 9.30 uur",
        "reason": "mijn zwangerschapsverlof"},
    8: {"intent": "decline", "recipient_name": "Mevrouw Ria Kooistra", "sender_name": "Ferdinand Zwaneveld",
        "tone": "formal", "relationship": "regular",
        "meeting": "presentatie van het nieuwe ledenblad", "meeting_time": "dinsdag 12 januari om 19.30 uur",
        "reason": "een dubbele boeking in onze agenda"},
}

CASES = [
    # 1 no_show_followup, friendly, regular: 2 good, 3 bad
    (1, "good", None, "Gaat alles goed?",
     """
Hoi Femke,

Je was er dinsdag 1 december om 16.30 uur niet voor je kleur- en knipafspraak, en dat is niets voor jou. Ik hoop dat er niets vervelends is gebeurd.

Zullen we een nieuwe afspraak maken? Ik heb nog plek op donderdag 10 december om 16.30 uur of zaterdag 12 december om 9.00 uur.

Liefs,
Jorien
""", "caring first, two options, no reproach"),
    (1, "good", None, "Nieuwe afspraak?",
     """
Hoi Femke,

We hebben elkaar dinsdag 1 december om 16.30 uur gemist voor je kleur- en knipafspraak. Donderdag 10 december om 16.30 uur of zaterdag 12 december om 9.00 uur? Zeg het maar.

Jorien
""", "very short but kind, 'gemist' avoids blame"),
    (1, "bad", "passive_aggression", "Je afspraak van dinsdag",
     """
Hoi Femke,

Zoals ik al eerder aangaf, ook in de herinnering die je maandag kreeg, stond je kleur- en knipafspraak op dinsdag 1 december om 16.30 uur. Blijkbaar is die boodschap niet helemaal aangekomen.

Ik kan je nog inplannen op donderdag 10 december om 16.30 uur of zaterdag 12 december om 9.00 uur. Laat maar weten welke je dit keer wél onthoudt.

Jorien
""", "'zoals ik al eerder aangaf', 'blijkbaar', 'dit keer wél'"),
    (1, "bad", "sarcasm", "Gezellig gewacht",
     """
Hoi Femke,

Dinsdag 1 december om 16.30 uur heb ik de verf voor je kleur- en knipafspraak klaargezet en daarna een heerlijk half uur naar de deur gestaard. Echt, een aanrader.

Volgende poging: donderdag 10 december om 16.30 uur of zaterdag 12 december om 9.00 uur. Ik zet de koffie alvast niet klaar.

Jorien
""", "sarcasm about the wait"),
    (1, "bad", "blame", "Dinsdag",
     """
Hoi Femke,

Ik hoop echt dat alles goed met je is!

Wel even eerlijk: een kleur- en knipafspraak zoals die van dinsdag 1 december om 16.30 uur kost mij anderhalf uur, en die heb ik voor jou vrijgehouden terwijl er drie mensen op de wachtlijst stonden. Als je niet komt en niets laat horen, draai ik daarvoor op, niet jij.

Je kunt terecht op donderdag 10 december om 16.30 uur of zaterdag 12 december om 9.00 uur.

Groetjes,
Jorien
""", "warm opening, then a reproachful middle"),

    # 2 reschedule, formal, key: 1 good, 1 bad
    (2, "good", None, "Kwartaaloverleg verplaatst naar 5 januari",
     """
Geachte mevrouw Wijngaarden-Stolk,

Door een storing in ons planningssysteem kunnen wij het kwartaaloverleg over de vlootplanning van woensdag 16 december om 13.00 uur helaas niet goed voorbereiden. Ik wil u geen half werk voorleggen en stel daarom voor om het te verplaatsen naar dinsdag 5 januari om 10.00 uur.

Mijn excuses voor het ongemak. Mocht die datum niet passen, dan zoek ik graag een ander moment dat u beter uitkomt.

Met vriendelijke groet,
Bart Roelvink
""", "formal, 'helaas' and apology used with dignity"),
    (2, "bad", "over_familiarity", "Even schuiven, Han!",
     """
Hé Han!

Ons planningssysteem heeft weer eens de geest gegeven (een storing in ons planningssysteem, de zoveelste 🙄), dus dat kwartaaloverleg over de vlootplanning van woensdag 16 december om 13.00 uur schuiven we lekker door naar dinsdag 5 januari om 10.00 uur. Jij vindt alles toch goed, schat.

Dikke knuffel,
Bart
""", "nickname, 'schat', hug to a key client addressed formally"),

    # 3 cancellation_policy, formal, new: 2 good, 1 bad
    (3, "good", None, "Welkom, en onze annuleringsvoorwaarden",
     """
Geachte heer Tjalsma,

Hartelijk welkom als nieuwe cliënt. Zodat u nergens door verrast wordt, noem ik vast onze annuleringsvoorwaarden: een afspraak kunt u kosteloos verzetten of annuleren tot 24 uur van tevoren. Daarna brengen wij 100% van het tarief in rekening, omdat wij die tijd dan niet meer aan iemand anders kunnen geven.

Heeft u vragen, dan hoor ik het graag.

Met vriendelijke groet,
Marloes Brinkerink
""", "formal but warm; a full fee held firmly with its reason"),
    (3, "good", None, "Annuleringsvoorwaarden",
     """
Geachte heer Tjalsma,

Een korte herinnering die wij aan elke nieuwe cliënt sturen: annuleren kan kosteloos tot 24 uur van tevoren; daarna rekenen wij 100% van het tarief.

Wij kijken uit naar de samenwerking.

Met vriendelijke groet,
Marloes Brinkerink
""", "very short; 'herinnering' used neutrally"),
    (3, "bad", "bureaucratic_distance", "Kennisgeving annuleringsbeleid",
     """
Geachte heer,

Conform ons annuleringsbeleid wordt u verzocht kennis te nemen van het volgende. Annuleringen dienen uiterlijk 24 uur voor aanvang van de afspraak schriftelijk te worden ingediend. Bij overschrijding van deze termijn wordt 100% van het tarief in rekening gebracht. Bezwaren kunnen uitsluitend via het daartoe bestemde kanaal worden ingediend.

Hoogachtend,
Afdeling Administratie
""", "only formulas and passive voice, no welcome, department instead of a person"),

    # 4 shorten, friendly, new: 1 good, 2 bad
    (4, "good", None, "Vrijdag iets korter",
     """
Hoi Sanne,

Ik moet helaas een lekkage bij een andere klant oplossen, dus ons kennismakingsgesprek over de zolderverbouwing op vrijdag 11 december om 15.00 uur wordt 40 minuten in plaats van een uur. Eerlijk gezegd is dat genoeg om de zolder samen te bekijken en je wensen op te schrijven; de offerte stuur ik daarna.

Sorry voor de verandering, en tot vrijdag!

Wouter
""", "friendly to a new client, apology and a realistic plan"),
    (4, "bad", "condescension", "Ons gesprek van vrijdag",
     """
Hoi Sanne,

Door een lekkage bij een andere klant duurt ons kennismakingsgesprek over de zolderverbouwing op vrijdag 11 december om 15.00 uur 40 minuten.

Dat is ruim voldoende, want mensen die voor het eerst verbouwen hebben meestal nog geen idee wat ze eigenlijk willen. Ik leg je dan wel even uit wat er wel en niet kan met een zolder, dat scheelt ons allebei tijd.

Groet,
Wouter
""", "lecturing a first-time client"),
    (4, "bad", "mock_enthusiasm", "Super nieuws!!",
     """
Hoi Sanne!!

Fantastisch nieuws: een lekkage bij een andere klant!! Dus ons kennismakingsgesprek over de zolderverbouwing op vrijdag 11 december om 15.00 uur wordt maar 40 minuten, hoe leuk is dat! Lekker efficiënt, daar houden we toch allemaal van?!

Tot dan!!!
Wouter
""", "mock enthusiasm about bad news"),

    # 5 switch_to_call, formal, regular: 1 good, 1 bad
    (5, "good", None, "Jaargesprek telefonisch",
     """
Geachte heer Verbraeken,

Ik heb sinds gisteren griepverschijnselen en wil u niet aansteken. Zou u het goed vinden als we het jaargesprek over uw pensioenopbouw van maandag 14 december om 11.00 uur telefonisch voeren? Ik bel u dan op het afgesproken tijdstip.

Met vriendelijke groet,
Ilse Torenbeek
""", "short, formal, considerate"),
    (5, "bad", "coldness", "Wijziging jaargesprek",
     """
Geachte heer Verbraeken,

Hierbij wordt u geïnformeerd dat het jaargesprek over uw pensioenopbouw van maandag 14 december om 11.00 uur wegens griepverschijnselen telefonisch zal plaatsvinden.

Wij vertrouwen erop u hiermee voldoende te hebben ingelicht en verblijven,

met de meeste hoogachting,
Ilse Torenbeek
""", "cold politeness formulas only, nothing personal to a regular client"),

    # 6 late_cancellation, formal, key: 2 good, 2 bad
    (6, "good", None, "Proeverij van 4 december",
     """
Geachte mevrouw Hoogervorst,

Dank u voor uw bericht over de proeverij voor het personeelsdiner van vrijdag 4 december om 14.00 uur. Omdat de annulering binnen 72 uur viel, brengen wij volgens onze voorwaarden 30% in rekening; de rest vervalt uiteraard.

Wij houden graag woensdag 9 december om 14.00 uur voor u vrij, zodat het menu ruim op tijd rond is.

Met vriendelijke groet,
Kees Bloemhof
""", "fee held firmly to a key client, with a helpful new slot"),
    (6, "good", None, "Nieuwe proeverij",
     """
Geachte mevrouw Hoogervorst,

Jammer dat de proeverij voor het personeelsdiner van vrijdag 4 december om 14.00 uur niet doorging; zulke weken kennen wij ook. Zoals afgesproken rekenen wij bij annulering binnen 72 uur 30% van het bedrag.

Schikt woensdag 9 december om 14.00 uur? Dan zet ik de wijnen alvast koud.

Hartelijke groet,
Kees Bloemhof
""", "'zoals afgesproken' used kindly, a light touch at the end"),
    (6, "bad", "hostile", "Proeverij personeelsdiner",
     """
Geachte mevrouw Hoogervorst,

Wij hebben uw annulering van de proeverij voor het personeelsdiner van vrijdag 4 december om 14.00 uur ontvangen. Volgens onze voorwaarden wordt bij annulering binnen 72 uur 30% in rekening gebracht. Een nieuwe proeverij is mogelijk op woensdag 9 december om 14.00 uur.

Wij gaan ervan uit dat dit een uitzondering blijft; het zou jammer zijn als wij volgend jaar geen ruimte meer zouden hebben voor uw kerstdiner.

Met vriendelijke groet,
Kees Bloemhof
""", "polite mail ending in a veiled threat about next year"),
    (6, "bad", "grovelling", "Onze oprechte excuses",
     """
Zeer geachte mevrouw Hoogervorst,

Het spijt ons werkelijk ontzettend dat wij u hierover moeten lastigvallen. Volgens onze voorwaarden zouden wij voor de geannuleerde proeverij voor het personeelsdiner van vrijdag 4 december om 14.00 uur 30% moeten rekenen, omdat het binnen 72 uur was, maar wij voelen ons daar eerlijk gezegd heel ongemakkelijk bij en hopen vurig dat u ons dit niet kwalijk neemt.

Als het u ook maar enigszins schikt, zouden wij vereerd zijn u te mogen ontvangen op woensdag 9 december om 14.00 uur.

Met nederige excuses,
Kees Bloemhof
""", "grovelling over a fee the client owes"),

    # 7 delegate, friendly, regular: 2 good, 1 bad
    (7, "good", None, "Daan neemt de shoot over",
     """
Hoi Thijs,

Vanaf volgende week begint mijn zwangerschapsverlof, dus de fotoshoot van de nieuwe wintercollectie op donderdag 17 december om 9.30 uur doet Daan Ruijsink. Hij heeft het moodboard en de lijst met looks al, en hij weet dat je de jassen graag buiten fotografeert.

Ik ben benieuwd naar de foto's, al bekijk ik ze waarschijnlijk om drie uur 's nachts.

Groetjes,
Lieke
""", "warm handover with humour that lands"),
    (7, "good", None, "Shoot 17 december",
     """
Hoi Thijs,

Kort berichtje: door mijn zwangerschapsverlof fotografeert Daan Ruijsink de fotoshoot van de nieuwe wintercollectie op donderdag 17 december om 9.30 uur. Alles is overgedragen.

Tot na het verlof!
Lieke
""", "very short, kind"),
    (7, "bad", "passive_aggression", "Overdracht fotoshoot",
     """
Hoi Thijs,

Vanwege mijn zwangerschapsverlof neemt Daan Ruijsink de fotoshoot van de nieuwe wintercollectie op donderdag 17 december om 9.30 uur van me over. Hij is helemaal bijgepraat en heeft er zin in.

Fijne shoot alvast, en misschien kunnen de kledingrekken dit keer om 9.30 uur klaarstaan en niet om half elf; Daan is iets minder geduldig dan ik.

Groetjes,
Lieke
""", "friendly handover with one barbed clause near the end"),

    # 8 decline, formal, regular: 1 good, 1 bad
    (8, "good", None, "Presentatie ledenblad",
     """
Geachte mevrouw Kooistra,

Dank voor de uitnodiging voor de presentatie van het nieuwe ledenblad op dinsdag 12 januari om 19.30 uur. Door een dubbele boeking in onze agenda kan ik er helaas niet bij zijn. Ik lees het blad wel graag, en wens u een mooie avond.

Met vriendelijke groet,
Ferdinand Zwaneveld
""", "plain and warm refusal"),
    (8, "bad", "wrong_register", "presentatie",
     """
hoi ria!

presentatie van het nieuwe ledenblad dinsdag 12 januari om 19.30 uur lukt niet he, een dubbele boeking in onze agenda 🙈🙈 balen! succes ermee en doe de groeten xx

ferdi
""", "chat style, lower case, emoji and a nickname in a formal exchange"),
]
