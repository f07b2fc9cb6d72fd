"""Held-out tone cases v8, Dutch (written by hand by data-aa; layout 3/1 1/3 2/2 2/2 3/1 1/3)."""

from __future__ import annotations

SITS = {
    1: {"intent": "late_cancellation", "recipient_name": "mevrouw Hendrika Ooievaar", "sender_name": "Joost Brinkerhof",
        "tone": "formal", "relationship": "key",
        "meeting": "jaargesprek over het onderhoudscontract van de koelinstallaties",
        "meeting_time": "donderdag 3 december om 13.30 uur", "proposed_times": ["dinsdag 15 december om 13.30 uur"],
        "policy": {"notice_hours": 48, "fee_percent": 25}},
    2: {"intent": "reschedule", "recipient_name": "Floor Zijlmans", "sender_name": "Maarten Kloppenburg",
        "tone": "friendly", "relationship": "regular", "meeting": "bespreking van de verbouwing van de zolder",
        "meeting_time": "woensdag 9 december om 16.00 uur", "proposed_times": ["vrijdag 11 december om 10.00 uur"],
        "reason": "een spoedklus bij een lekkend dak"},
    3: {"intent": "switch_to_email", "recipient_name": "dhr. Casper Tjallema", "sender_name": "Ilse Verhoeckx",
        "tone": "formal", "relationship": "new", "meeting": "kennismakingsgesprek over de subsidieaanvraag",
        "meeting_time": "maandag 14 december om 11.00 uur", "reason": "onze kantoorverhuizing"},
    4: {"intent": "delegate", "recipient_name": "Sanne Oosterwold", "sender_name": "Wouter Ploegmakers",
        "tone": "friendly", "relationship": "key", "meeting": "proeverij voor de kerstborrel van jullie afdeling",
        "meeting_time": "dinsdag 8 december om 15.00 uur", "colleague_name": "Esmée Vrolijk",
        "reason": "een kniebehandeling in het ziekenhuis"},
    5: {"intent": "no_show_followup", "recipient_name": "Tijn Roggeveen", "sender_name": "Marloes Achterberg",
        "tone": "friendly", "relationship": "new", "meeting": "intakegesprek voor de hardloopcursus",
        "meeting_time": "woensdag 2 december om 19.00 uur",
        "proposed_times": ["woensdag 9 december om 19.00 uur", "donderdag 10 december om 19.00 uur"]},
    6: {"intent": "cancellation_policy", "recipient_name": "mevrouw Wilhelmina Tromplaar", "sender_name": "Reinout Harkema",
        "tone": "formal", "relationship": "regular", "policy": {"notice_hours": 24, "fee_percent": 100}},
}

CASES = [
    (1, "good", None, "Uw afzegging van donderdag", """
Geachte mevrouw Ooievaar,

Dank voor uw bericht over het jaargesprek over het onderhoudscontract van de koelinstallaties van donderdag 3 december om 13.30 uur. Zulke dingen gebeuren; ik hoop dat alles bij u in orde is.

Graag plan ik het gesprek opnieuw in op dinsdag 15 december om 13.30 uur. Zoals afgesproken in het contract brengen wij bij afzegging binnen 48 uur 25% van het gesprekstarief in rekening; die factuur volgt apart.

Met vriendelijke groet,
Joost Brinkerhof
""", "'zoals afgesproken' used kindly; policy stated plainly after genuine warmth"),
    (1, "good", None, "Nieuw moment voor ons jaargesprek", """
Geachte mevrouw Ooievaar,

Jammer dat het donderdag 3 december om 13.30 uur niet lukte. Past dinsdag 15 december om 13.30 uur voor het jaargesprek over het onderhoudscontract van de koelinstallaties?

Voor de volledigheid, en zonder verwijt: bij afzegging binnen 48 uur geldt een vergoeding van 25%, die we dus in rekening brengen. Ik kijk uit naar ons gesprek.

Met hartelijke groet,
Joost Brinkerhof
""", "short and firm, 'zonder verwijt' keeps the fee neutral, friendly close"),
    (1, "good", None, "Jaargesprek koelinstallaties", """
Geachte mevrouw Ooievaar,

Helaas ging het jaargesprek over het onderhoudscontract van de koelinstallaties van donderdag 3 december om 13.30 uur niet door. Omdat de afzegging binnen 48 uur viel, brengen wij volgens de voorwaarden 25% in rekening. Ik begrijp dat dit vervelend is en licht het graag toe als u dat wilt.

Mag ik u dinsdag 15 december om 13.30 uur voorstellen als nieuw moment?

Met vriendelijke groet,
Joost Brinkerhof
""", "firm about the fee, acknowledges it is unwelcome, offers to explain"),
    (1, "bad", "hostile", "Afzegging 3 december", """
Geachte mevrouw Ooievaar,

Wij hebben uw afzegging voor het jaargesprek over het onderhoudscontract van de koelinstallaties van donderdag 3 december om 13.30 uur ontvangen. Conform de voorwaarden (afzegging binnen 48 uur) brengen wij 25% in rekening.

Het nieuwe moment is dinsdag 15 december om 13.30 uur. Ik ga ervan uit dat dit doorgaat; bij de verlenging van het contract in het voorjaar nemen wij de betrouwbaarheid van een relatie nadrukkelijk mee.

Met vriendelijke groet,
Joost Brinkerhof
""", "veiled threat about the contract renewal to a key client"),
    (2, "good", None, "Zolder: kan het vrijdag?", """
Hoi Floor,

Ik moet onze bespreking van de verbouwing van de zolder van woensdag 9 december om 16.00 uur helaas verzetten: een spoedklus bij een lekkend dak, en die mensen staan letterlijk in de regen.

Lukt vrijdag 11 december om 10.00 uur? Dan neem ik de tekeningen mee. Sorry voor het geschuif!

Groet,
Maarten
""", "friendly, reason with a human touch, one slot, apology"),
    (2, "bad", "passive_aggression", "Re: re: zolder", """
Hoi Floor,

Zoals ik vorige week al liet weten (zie onderaan, voor het gemak nog een keer), kan het bij spoedwerk gebeuren dat ik moet schuiven. Dat is nu het geval: een spoedklus bij een lekkend dak. De bespreking van de verbouwing van de zolder van woensdag 9 december om 16.00 uur gaat dus niet door.

Vrijdag 11 december om 10.00 uur kan wel. Even een bevestiging zou fijn zijn, liefst iets sneller dan vorige keer.

Maarten
""", "'zoals ik al liet weten … voor het gemak nog een keer' and the barb about the last reply"),
    (2, "bad", "sarcasm", "Goed nieuws (niet echt)", """
Hoi Floor,

Raad eens wie er woensdag 9 december om 16.00 uur geen tijd heeft voor de bespreking van de verbouwing van de zolder? Precies, een spoedklus bij een lekkend dak gaat voor. Ik weet dat jouw zolder de belangrijkste zolder van Nederland is, maar andere mensen hebben ook daken.

Vrijdag 11 december om 10.00 uur dan maar?

Maarten
""", "sarcasm mocking the client's priorities"),
    (2, "bad", "mock_enthusiasm", "Fantastisch nieuws over woensdag!!", """
Hoi Floor!!

Fantastisch nieuws: door een spoedklus bij een lekkend dak krijg je er een extra paar dagen bedenktijd bij! De bespreking van de verbouwing van de zolder van woensdag 9 december om 16.00 uur wordt namelijk vrijdag 11 december om 10.00 uur. Wat een feest, toch?!

Super groetjes,
Maarten
""", "mock enthusiasm presenting his own move as a gift"),
    (3, "good", None, "Ons kennismakingsgesprek: eerst per e-mail", """
Geachte heer Tjallema,

Door onze kantoorverhuizing kan het kennismakingsgesprek over de subsidieaanvraag van maandag 14 december om 11.00 uur helaas niet op kantoor plaatsvinden. Om u niet te laten wachten, stel ik voor dat we per e-mail beginnen: ik stuur u morgen een korte vragenlijst, en op basis van uw antwoorden laat ik u weten welke regelingen kansrijk zijn.

Mocht u liever eerst bellen, dan is dat ook goed.

Met vriendelijke groet,
Ilse Verhoeckx
""", "formal and helpful to a new client, keeps momentum, offers a choice"),
    (3, "good", None, "Kennismakingsgesprek 14 december", """
Geachte heer Tjallema,

Vanwege onze kantoorverhuizing vervalt het kennismakingsgesprek over de subsidieaanvraag van maandag 14 december om 11.00 uur. Excuses daarvoor. Wilt u uw vragen per e-mail sturen? U krijgt binnen twee werkdagen een volledig antwoord van mij.

Met vriendelijke groet,
Ilse Verhoeckx
""", "very short, apologetic and concrete"),
    (3, "bad", "bureaucratic_distance", "Wijziging kennismakingsgesprek", """
Geachte heer,

Hierbij wordt u medegedeeld dat het kennismakingsgesprek over de subsidieaanvraag van maandag 14 december om 11.00 uur in verband met onze kantoorverhuizing komt te vervallen. De afhandeling van uw aanvraag geschiedt vooralsnog langs schriftelijke weg.

Correspondentie kan worden gericht aan het algemene e-mailadres.

Hoogachtend,
I. Verhoeckx
""", "officialese ('hierbij wordt u medegedeeld', 'geschiedt') to a new client"),
    (3, "bad", "coldness", "Kennismakingsgesprek", """
Geachte heer Tjallema,

Het kennismakingsgesprek over de subsidieaanvraag van maandag 14 december om 11.00 uur gaat niet door wegens onze kantoorverhuizing. Stuur uw vragen per e-mail.

Met vriendelijke groet,
Ilse Verhoeckx
""", "correct but cold: no regret, no welcome, an order; cold politeness close"),
    (4, "good", None, "Proeverij dinsdag: Esmée neemt het over", """
Hoi Sanne,

Een beetje balen: ik moet dinsdag voor een kniebehandeling in het ziekenhuis en kan dus niet bij de proeverij voor de kerstborrel van jullie afdeling op dinsdag 8 december om 15.00 uur zijn. Mijn collega Esmée Vrolijk neemt het over; zij heeft het menu samen met mij samengesteld en kent al jullie wensen.

Proost alvast, en ik hoor graag wat jullie kiezen!

Wouter
""", "warm, briefed colleague, light and personal"),
    (4, "good", None, "Dinsdag", """
Hoi Sanne,

Ik ben dinsdag onverwacht weg voor een kniebehandeling in het ziekenhuis. Esmée Vrolijk doet de proeverij voor de kerstborrel van jullie afdeling op dinsdag 8 december om 15.00 uur; zij is volledig op de hoogte. Sorry dat ik er niet bij ben!

Wouter
""", "short handover, kind"),
    (4, "bad", "over_familiarity", "Sannetje!!", """
Sannetje schatje!!

Slecht nieuws van je favoriete cateraar: een kniebehandeling in het ziekenhuis, dus ik lig dinsdag plat. Esmée Vrolijk komt naar de proeverij voor de kerstborrel van jullie afdeling op dinsdag 8 december om 15.00 uur. Niet te veel met haar flirten he, die is van mij 😜 Dikke knuffel en drink er eentje op mij!!

Je Woutje
""", "pet name, innuendo and 'je Woutje' to a key client"),
    (4, "bad", "condescension", "Proeverij dinsdag", """
Hoi Sanne,

Door een kniebehandeling in het ziekenhuis kan ik dinsdag 8 december om 15.00 uur niet bij de proeverij voor de kerstborrel van jullie afdeling zijn. Mijn collega Esmée Vrolijk neemt het over en is helemaal op de hoogte.

Jullie borrel van vorig jaar was trouwens best geslaagd voor een afdeling die zo weinig feest viert, dus dit komt vast ook goed. Veel plezier!

Wouter
""", "faint praise ('best geslaagd voor een afdeling die zo weinig feest viert') in an otherwise friendly handover"),
    (5, "good", None, "Alles goed?", """
Hoi Tijn,

Ik had je woensdag 2 december om 19.00 uur verwacht voor het intakegesprek voor de hardloopcursus. Geen punt, het kan iedereen gebeuren; ik wilde vooral even checken of alles goed is.

Zin om het opnieuw te proberen? Woensdag 9 december om 19.00 uur of donderdag 10 december om 19.00 uur kan allebei.

Sportieve groet,
Marloes
""", "warm check-in with two slots"),
    (5, "good", None, "Herinnering: nieuwe intake", """
Hoi Tijn,

Een vriendelijke herinnering, geen verwijt: je intakegesprek voor de hardloopcursus van woensdag 2 december om 19.00 uur is niet doorgegaan. Ik houd woensdag 9 december om 19.00 uur en donderdag 10 december om 19.00 uur voor je vrij. Laat maar weten!

Marloes
""", "'herinnering' used kindly, short"),
    (5, "good", None, "Intakegesprek", """
Hoi Tijn,

Je was er woensdag 2 december om 19.00 uur niet bij het intakegesprek voor de hardloopcursus. Misschien heb je je bedacht, en dat mag natuurlijk. Wil je toch starten, kies dan woensdag 9 december om 19.00 uur of donderdag 10 december om 19.00 uur; anders hoef je niets te doen.

Groet,
Marloes
""", "direct, gives the client a dignified way out"),
    (5, "bad", "blame", "Woensdag 2 december", """
Hoi Tijn,

Je kwam woensdag 2 december om 19.00 uur niet opdagen voor het intakegesprek voor de hardloopcursus. Ik heb drie kwartier in de kou gestaan, mijn volgende afspraak moeten verzetten en de groepsindeling opnieuw moeten maken, want die hangt af van de intakes. Dat is allemaal extra werk door één gemiste afspraak.

Woensdag 9 december om 19.00 uur of donderdag 10 december om 19.00 uur, graag op tijd.

Marloes
""", "over-explains the consequences to blame a new client"),
    (6, "good", None, "Onze annuleringsregeling", """
Geachte mevrouw Tromplaar,

U komt al een tijd bij ons, en daar zijn we blij mee. Voor de duidelijkheid zetten we de regeling nog even op een rij: afspraken kunnen kosteloos worden verzet tot 24 uur van tevoren; daarna brengen we 100% van het consult in rekening.

Bij ziekte of overmacht kijken we natuurlijk altijd met u mee.

Met vriendelijke groet,
Reinout Harkema
""", "policy to a regular client, firm and warm, humane exception"),
    (6, "bad", "condescension", "Annuleringsregeling: even uitgelegd", """
Geachte mevrouw Tromplaar,

Omdat het in de praktijk toch vaak misgaat, leg ik het nog eens rustig uit. Een afspraak is een gereserveerde tijd. Als u die niet minstens 24 uur van tevoren afzegt, kan niemand anders die tijd gebruiken. Daarom rekenen we dan 100%. Eigenlijk heel logisch als u er even over nadenkt.

Met vriendelijke groet,
Reinout Harkema
""", "lecturing a regular client as if she were a child"),
    (6, "bad", "passive_aggression", "Annuleringsregeling", """
Geachte mevrouw Tromplaar,

Wij zijn een kleine praktijk en elke lege plek in de agenda raakt ons direct; ik noem geen namen, maar u weet vast wel waar ik op doel. Daarom herinner ik u aan onze regeling: afzeggen kan tot 24 uur van tevoren, daarna rekenen wij 100%.

Wij rekenen op uw begrip.

Met vriendelijke groet,
Reinout Harkema
""", "guilt trip and 'ik noem geen namen, maar…' insinuation"),
    (6, "bad", "wrong_register", "ff een dingetje", """
Hey Wil!

ff een dingetje: afzeggen moet echt 24 uur van tevoren hè, anders tikken we je voor 100% 💸 sorry not sorry haha. Verder alles chill?

Reinout
""", "chat slang, nickname and emoji to a formal regular client"),
]
