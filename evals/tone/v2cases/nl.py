"""Dutch tone v2 cases, written by hand by data-a (2026-12-06/07). Held out."""

from __future__ import annotations

SITS = {
    1: dict(intent="reschedule", recipient_name="mevrouw Ingrid Vos", sender_name="Thomas Verbeke", tone="formal",
            relationship="key", meeting="Stuurgroep van het project Kompas", meeting_time="dinsdag 19 januari om 10.00 uur",
            reason="een rechtszitting waarvoor ik ben opgeroepen",
            proposed_times=["woensdag 20 januari om 10.00 uur", "donderdag 21 januari om 15.00 uur"]),
    2: dict(intent="no_show_followup", recipient_name="dhr. Frank Claessens", sender_name="Lieke van Os", tone="formal",
            relationship="new", meeting="Intakegesprek voor de verbouwing", meeting_time="vrijdag 4 december om 16.00 uur",
            proposed_times=["maandag 14 december om 16.00 uur"]),
    3: dict(intent="late_cancellation", recipient_name="mevrouw Saskia Drost", sender_name="Joost Hendrikx",
            tone="formal", relationship="regular", meeting="Afspraak bij de mondhygiënist",
            meeting_time="dinsdag 8 december om 8.30 uur", proposed_times=["dinsdag 15 december om 8.30 uur"],
            policy={"notice_hours": 24, "fee_percent": 100}),
    4: dict(intent="decline", recipient_name="Mirte Bosman", sender_name="Koen Lauwers", tone="friendly",
            relationship="regular", meeting="Brainstorm over de lentecampagne", meeting_time="woensdag 27 januari om 13.00 uur",
            reason="ik sta die week op een beurs in Keulen"),
    5: dict(intent="switch_to_call", recipient_name="Bas Wouters", sender_name="Nina Claes", tone="friendly",
            relationship="key", meeting="Lunch in Gent", meeting_time="vrijdag 22 januari om 12.00 uur",
            proposed_times=["donderdag 21 januari om 17.00 uur"], reason="de kinderopvang is die dag dicht"),
    6: dict(intent="cancellation_policy", recipient_name="dhr. Yusuf Demir", sender_name="Eline Schepers", tone="formal",
            relationship="new", meeting="Eerste adviesgesprek", meeting_time="maandag 11 januari om 9.00 uur",
            policy={"notice_hours": 48, "deposit_percent": 25}),
    7: dict(intent="shorten", recipient_name="Ruben Peeters", sender_name="Hanneke Mol", tone="friendly",
            relationship="regular", meeting="Maandelijkse sparringsessie", meeting_time="donderdag 14 januari om 16.00 uur",
            duration_minutes=45, reason="ik moet op tijd weg voor de ouderavond"),
    8: dict(intent="delegate", recipient_name="dr. Anke Jonker", sender_name="Wim de Rooij", tone="formal",
            relationship="key", meeting="Halfjaarlijkse evaluatie van het onderhoudscontract",
            meeting_time="dinsdag 26 januari om 11.00 uur", colleague_name="Esra Yilmaz",
            reason="een verplichte training in het buitenland"),
}

CASES = [
(1, "good", None, "Stuurgroep Kompas: verzoek om te verplaatsen", """
Geachte mevrouw Vos,

Ik ben opgeroepen voor een rechtszitting op dinsdag 19 januari en kan daardoor helaas niet bij de stuurgroep van het project Kompas om 10.00 uur zijn. Mijn excuses daarvoor.

Zou woensdag 20 januari om 10.00 uur of donderdag 21 januari om 15.00 uur u passen? Als geen van beide uitkomt, pas ik mij graag aan.

Met vriendelijke groet,
Thomas Verbeke
""", "formal, proportionate apology, options and flexibility"),
(1, "bad", "passive_aggression", "RE: Stuurgroep Kompas", """
Geachte mevrouw Vos,

Zoals ik in mijn vorige mail al aangaf, moet ik op dinsdag 19 januari naar een rechtszitting en kan de stuurgroep van het project Kompas om 10.00 uur dus niet doorgaan. Ik herhaal het maar even, omdat ik nog niets van u heb gehoord.

De mogelijkheden blijven, zoals gezegd, woensdag 20 januari om 10.00 uur of donderdag 21 januari om 15.00 uur. Ik zie uw reactie deze keer graag tegemoet.

Met vriendelijke groet,
Thomas Verbeke
""", "'zoals ik in mijn vorige mail al aangaf', 'zoals gezegd', 'deze keer'"),
(1, "bad", "over_familiarity", "Kompas even schuiven 😉", """
Hoi Ingrid!

Balen, ik moet dinsdag 19 januari de rechtbank in, dus de stuurgroep Kompas om 10 uur gaat 'm niet worden. Woensdag 20 januari om 10 uur of donderdag 21 januari om 15 uur, zeg jij het maar, schat 😉

Dikke knuffel,
Thomas
""", "'schat', 'dikke knuffel', winking emoji to a formal key client"),
(2, "good", None, "Uw intakegesprek", """
Geachte heer Claessens,

Vrijdag 4 december om 16.00 uur hadden we een intakegesprek over uw verbouwing gepland, maar ik heb u helaas niet gezien. Ik hoop dat alles in orde is.

Als het u schikt, kan ik u maandag 14 december om 16.00 uur ontvangen. Laat u mij weten of dat past?

Met vriendelijke groet,
Lieke van Os
""", "neutral, concerned, offers a time"),
(2, "bad", "sarcasm", "Ons intakegesprek van vrijdag", """
Geachte heer Claessens,

Vrijdag om 16.00 uur heb ik in alle rust van ons intakegesprek over uw verbouwing mogen genieten: koffie, stilte, een heerlijk rustig moment voor mezelf. Dank u wel voor dit onverwachte cadeau.

Mocht u ooit zin hebben om echt langs te komen: maandag 14 december om 16.00 uur is nog vrij.

Met vriendelijke groet,
Lieke van Os
""", "ironic thanks for the no-show, 'mocht u ooit zin hebben'"),
(2, "bad", "condescension", "Gemiste afspraak", """
Geachte heer Claessens,

U was vrijdag 4 december om 16.00 uur niet op het intakegesprek voor uw verbouwing. Misschien is het handig om afspraken voortaan even in uw agenda te zetten; met een herinnering op uw telefoon gaat dat vanzelf.

Ik kan u maandag 14 december om 16.00 uur nog een kans geven.

Met vriendelijke groet,
Lieke van Os
""", "lectures a new client on using a diary, 'nog een kans geven'"),
(3, "good", None, "Uw afspraak van morgen", """
Geachte mevrouw Drost,

Dank voor uw bericht dat u morgen, dinsdag 8 december om 8.30 uur, niet kunt komen. Ik heb alvast dinsdag 15 december om 8.30 uur voor u vrijgehouden.

Omdat de afmelding binnen 24 uur voor de afspraak valt, wordt deze volgens onze voorwaarden volledig in rekening gebracht. Ik begrijp dat dat vervelend is en hoop op uw begrip.

Met vriendelijke groet,
Joost Hendrikx
""", "firm on the policy, polite, offers a slot"),
(3, "bad", "blame", "Late afmelding", """
Geachte mevrouw Drost,

U meldt zich pas nu af voor uw afspraak van morgen om 8.30 uur. Daardoor blijft die plek leeg, want niemand kan op zo'n korte termijn nog inspringen, en moet ik mijn planning weer omgooien.

Volgens onze voorwaarden brengen wij afmeldingen binnen 24 uur volledig in rekening. Dinsdag 15 december om 8.30 uur kan ik u inplannen, als u er dan wel bent.

Met vriendelijke groet,
Joost Hendrikx
""", "reproach ('pas nu', 'als u er dan wel bent')"),
(3, "bad", "grovelling", "Het spijt me zo", """
Geachte mevrouw Drost,

Het spijt me werkelijk verschrikkelijk dat ik dit moet schrijven, en ik hoop dat u het me niet kwalijk neemt: omdat u zich binnen 24 uur voor uw afspraak van dinsdag 8 december om 8.30 uur afmeldt, moet ik de afspraak volgens onze voorwaarden helaas volledig in rekening brengen. Ik schaam me er eerlijk gezegd voor.

Als u mij dat kunt vergeven, zou ik u dolgraag dinsdag 15 december om 8.30 uur ontvangen, of wanneer het u ook maar uitkomt.

Nogmaals duizendmaal excuses,
Joost Hendrikx
""", "begs forgiveness for applying its own policy"),
(4, "good", None, "Brainstorm 27 januari", """
Hoi Mirte,

Leuk dat je me vraagt voor de brainstorm over de lentecampagne! Woensdag 27 januari sta ik alleen op een beurs in Keulen, dus ik kan er niet bij zijn. Stuur je me de uitkomst? Dan denk ik daarna graag mee.

Groetjes,
Koen
""", "short, warm, offers to help later"),
(4, "bad", "coldness", "Brainstorm", """
Mirte,

Ik kom niet naar de brainstorm van 27 januari. Beurs in Keulen.

Koen Lauwers
""", "curt, no greeting word, no thanks, to a friendly regular"),
(4, "bad", "mock_enthusiasm", "Wéér een brainstorm, joepie!", """
Hoi Mirte!!

Wat een TOP idee, alweer een brainstorm over de lentecampagne, daar kan ik echt geen genoeg van krijgen!!! Jammer genoeg sta ik woensdag 27 januari op een beurs in Keulen, dus dit feestje moet ik helaas missen. Echt, ik ben er kapot van.

Veel plezier daar!!
Koen
""", "exaggerated enthusiasm that mocks the meeting"),
(5, "good", None, "Onze lunch in Gent", """
Hoi Bas,

De kinderopvang is vrijdag dicht, dus onze lunch in Gent om 12 uur moet ik helaas laten schieten. Zullen we donderdag 21 januari om 17.00 uur bellen? Dan houd ik de lunch tegoed, want daar verheugde ik me op.

Hartelijke groet,
Nina
""", "warm, honest reason, keeps the lunch alive"),
(5, "good", None, "Lunch wordt een belletje (voorlopig)", """
Hoi Bas,

Mijn dochter heeft vrijdag onverwacht een vrije dag, want de kinderopvang is dicht, en dus ben ik die dag fulltime juf. Kunnen we de lunch in Gent ruilen voor een telefoontje op donderdag 21 januari om 17.00 uur? De lunch trakteer ik je later alsnog.

Tot donderdag, hoop ik!
Nina
""", "light humour, warm; 'trakteer' is a friendly promise, no figure"),
(5, "bad", "bureaucratic_distance", "Wijziging afspraak 22 januari", """
Geachte heer Wouters,

Hierbij deel ik u mede dat de lunchafspraak te Gent van vrijdag 22 januari om 12.00 uur om organisatorische redenen (sluiting kinderopvang) geen doorgang kan vinden. Als alternatief wordt een telefonisch overleg voorgesteld op donderdag 21 januari om 17.00 uur. Gaarne ontvang ik uw bevestiging.

Hoogachtend,
Nina Claes
""", "officialese ('hierbij deel ik u mede', 'gaarne', 'hoogachtend') to a friendly key client"),
(6, "good", None, "Uw eerste adviesgesprek", """
Geachte heer Demir,

Fijn dat u voor een eerste adviesgesprek hebt gekozen, op maandag 11 januari om 9.00 uur. Vooraf de praktische afspraken: bij het inplannen vragen wij een aanbetaling van 25%, en wilt u het gesprek verzetten of afzeggen, laat het ons dan minstens 48 uur van tevoren weten.

Tot 11 januari!

Met vriendelijke groet,
Eline Schepers
""", "warm, policy stated plainly"),
(6, "good", None, "Afspraken rond uw adviesgesprek", """
Geachte heer Demir,

Voor uw adviesgesprek van maandag 11 januari om 9.00 uur gelden twee afspraken:
- een aanbetaling van 25% bij het inplannen;
- afzeggen of verzetten kan tot 48 uur van tevoren.

Zo kunnen wij voor iedere klant de tijd vrijhouden die nodig is. Heeft u vragen, dan hoor ik het graag.

Met vriendelijke groet,
Eline Schepers
""", "firm, short, gives the why"),
(6, "bad", "condescension", "Onze voorwaarden (graag goed lezen)", """
Geachte heer Demir,

Voor de duidelijkheid, want de ervaring leert dat nieuwe klanten dit vaak over het hoofd zien: voor uw adviesgesprek van maandag 11 januari om 9.00 uur vragen wij een aanbetaling van 25%, en afzeggen moet minstens 48 uur van tevoren. Het is echt niet ingewikkeld, maar leest u het gerust twee keer.

Met vriendelijke groet,
Eline Schepers
""", "'nieuwe klanten zien dit vaak over het hoofd', 'leest u het gerust twee keer'"),
(7, "good", None, "Sparren donderdag", """
Hoi Ruben,

Zullen we de sparringsessie van donderdag 14 januari om 16.00 uur op drie kwartier houden? Ik moet op tijd weg voor de ouderavond. Ik stuur vooraf mijn vragen, dan zitten we meteen goed.

Groet,
Hanneke
""", "short, clear"),
(7, "good", None, "Drie kwartier, beloofd", """
Hoi Ruben,

Eerlijk is eerlijk: donderdag heb ik ouderavond en die mag ik niet missen. Zullen we onze sparringsessie om 16.00 uur daarom strak in drie kwartier doen? Ik kom goed voorbereid, dan hoeft het niet langer.

Tot donderdag!
Hanneke
""", "candid, warm"),
(7, "bad", "passive_aggression", "Sparringsessie donderdag (nogmaals)", """
Hoi Ruben,

Zoals eerder gezegd moet ik donderdag op tijd weg voor de ouderavond. Dus nogmaals: de sparringsessie van 16.00 uur duurt maximaal drie kwartier. Fijn als je daar deze keer rekening mee houdt.

Groet,
Hanneke
""", "'zoals eerder gezegd', 'nogmaals', 'deze keer'"),
(8, "good", None, "Evaluatie onderhoudscontract 26 januari", """
Geachte mevrouw Jonker,

Op dinsdag 26 januari volg ik een verplichte training in het buitenland en kan ik helaas niet bij de halfjaarlijkse evaluatie van het onderhoudscontract om 11.00 uur zijn.

Mijn collega Esra Yilmaz neemt het gesprek van mij over. Zij kent uw installaties goed, en ik draag het dossier zorgvuldig aan haar over. Ik bel u na mijn terugkeer graag even om bij te praten.

Met vriendelijke groet,
Wim de Rooij
""", "formal, reassuring handover to a key client"),
(8, "good", None, "Evaluatie 26 januari: Esra Yilmaz", """
Geachte mevrouw Jonker,

Voor de evaluatie van dinsdag 26 januari om 11.00 uur neemt mijn collega Esra Yilmaz mijn plaats in; ik zit die dag voor een verplichte training in het buitenland. Esra is volledig ingelicht.

Met vriendelijke groet,
Wim de Rooij
""", "short but complete, courteous"),
(8, "bad", "hostile", "Evaluatie", """
Mevrouw Jonker,

Ik zit op 26 januari in het buitenland voor een verplichte training, dus u zult het bij de evaluatie van het onderhoudscontract om 11.00 uur met mijn collega Esra Yilmaz moeten doen. Of dat u nu bevalt of niet, het is niet anders.

Wim de Rooij
""", "'u zult het … moeten doen', 'of dat u nu bevalt of niet'"),
]
