"""v13, Dutch: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v13src._d import A, B, C, D, E


def S(*a, **k):
    return _S("nl", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Machteld van Beusekom", "Joris Haverkamp", "formal", "regular",
             meeting="Stemmen van de vleugel in de kerkzaal", at="donderdag 20 juli om 14.30 uur",
             props=["dinsdag 25 juli om 14.30 uur", "woensdag 26 juli om 10.00 uur"],
             reason="de zaal wordt die dag geverfd"),
           "Stemmen van de vleugel: andere datum",
           """
Geachte mevrouw Van Beusekom,

Donderdag wordt de kerkzaal geverfd, dus het stemmen van de vleugel om half drie kan helaas niet doorgaan.

Ik kan in plaats daarvan:
- dinsdag 25/7, op hetzelfde tijdstip;
- woensdag 26 juli om 10 uur.

Laat u mij weten wat u het beste uitkomt?

Met vriendelijke groet,
Joris Haverkamp
""", "correct: 'om half drie' for 14.30, '25/7', 'hetzelfde tijdstip', 'mevrouw Van Beusekom'")),
    (A, ok(S("decline", "Sander Wijnhoven", "Fleur Oosterbaan", "friendly", "new",
             meeting="Proefles boulderen voor jullie vriendengroep", at="vrijdag 21 juli om 19.00 uur",
             reason="de hal is die avond afgehuurd voor een wedstrijd"),
           "Proefles vrijdag",
           """
Hoi Sander,

Balen: vrijdagavond is de hal afgehuurd voor een wedstrijd, dus de proefles boulderen om 7 uur 's avonds gaat niet lukken.

Zullen we na de zomer iets anders prikken? Laat maar horen.

Groetjes,
Fleur
""", "correct: '7 uur 's avonds' for 19.00, friendly")),
    (A, ok(S("switch_to_call", "Wouter Kamphorst-Ligtenberg", "Anouk Verstappen", "formal", "key",
             meeting="Kick-off onboarding van Planbaar voor uw afdeling", at="maandag 24 juli om 9.00 uur",
             props=["maandag 24 juli om 9.30 uur"], reason="ik zit die ochtend vast in Groningen"),
           "Kick-off Planbaar: telefonisch?",
           """
Beste heer Kamphorst-Ligtenberg,

Maandagochtend zit ik in Groningen en red ik het niet om om 9 uur bij u op kantoor te zijn voor de kick-off van Planbaar.

Zouden we de kick-off telefonisch kunnen doen, dezelfde dag om half tien? Dan deel ik mijn scherm en lopen we samen de eerste stappen door.

Met vriendelijke groet,
Anouk Verstappen
""", "correct: 'half tien' for 9.30")),
    (A, ok(S("no_show_followup", "Gerrit Bosschaert", "Lotte Schuurman", "formal", "regular",
             meeting="Logopediebehandeling stemklachten", at="maandag 17 juli om 11.00 uur",
             props=["donderdag 27 juli om 11.00 uur"], pol={"notice_hours": 24, "fee_percent": 100}),
           "Uw afspraak van maandag",
           """
Geachte heer Bosschaert,

Maandag om 11.00 uur had u een afspraak voor uw stemklachten, maar u bent niet verschenen.

Zoals in onze voorwaarden staat, brengen we een afspraak die niet minstens 24 uur van tevoren is afgezegd volledig (100%) in rekening.

Ik heb donderdag 27 juli om 11 uur nog plek, als u dat schikt.

Met vriendelijke groet,
Lotte Schuurman
""", "correct: 'volledig (100%)', '24 uur van tevoren'")),
    (B, ok(S("shorten", "Ilse Dekkers", "Maarten Oudshoorn", "friendly", "regular",
             meeting="Wijnproeverij voor het najaarsmenu", at="donderdag 31 augustus om 16.00 uur", dur=30),
           "Proeverij donderdag: iets korter",
           """
Hoi Ilse,

Donderdag om vier uur staat de proeverij voor het najaarsmenu gewoon, maar ik moet het bij een half uurtje houden.

Als jij de gerechten alvast op papier zet, zijn we zo klaar.

Groet,
Maarten
""", "correct: 'vier uur' for 16.00, 'een half uurtje' for 30")),
    (B, ok(S("late_cancellation", "Hendrikje Vlasblom", "Daan Meijerink", "formal", "regular",
             meeting="Plaatsen van de keuken", at="maandag 28 augustus om 8.00 uur",
             props=["woensdag 6 september om 8.00 uur"], pol={"notice_hours": 48, "deposit_percent": 25}),
           "Plaatsen van uw keuken",
           """
Geachte mevrouw Vlasblom,

Uw afzegging voor het plaatsen van de keuken van afgelopen maandag kwam binnen twee dagen voor de afspraak. Volgens onze voorwaarden (48 uur) houden wij de aanbetaling van 25% daarom in.

Wij kunnen de keuken plaatsen op woensdag 6 september om 8.00 uur.

Met vriendelijke groet,
Daan Meijerink
""", "correct: 'twee dagen' = 48 uur, deposit with its term")),
    (B, ok(S("delegate", "Reinier Tjeenk", "Sofie Lammertink", "formal", "new",
             meeting="Eerste gesprek over de jaarrekeningcontrole", at="dinsdag 5 september om 13.30 uur",
             col="Bram Ouwerkerk", reason="ik ben die week met verlof"),
           "Gesprek jaarrekeningcontrole 5 september",
           """
Geachte heer Tjeenk,

Ik ben de week van 5 september met verlof. Mijn collega Bram Ouwerkerk neemt het eerste gesprek over de jaarrekeningcontrole van mij over, op het afgesproken tijdstip: dinsdag 5 september om 13.30 uur.

Hij is volledig op de hoogte.

Met vriendelijke groet,
Sofie Lammertink
""", "correct: colleague in full")),
    (B, ok(S("cancellation_policy", "Annemiek Smulders", "Tijs Brouwers", "friendly", "new",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Afzeggen bij ons",
           """
Hoi Annemiek,

Fijn dat je voor ons hebt gekozen! Even kort hoe het zit met afzeggen: tot twee dagen (48 uur) van tevoren kost het niets. Zeg je later af, dan rekenen we de helft van het bedrag, dus 50%.

Tot gauw,
Tijs
""", "correct: 'de helft' with 50%, 'twee dagen' with 48 uur, no meeting")),
    (C, ok(S("switch_to_email", "Cornelis Hoogendijk", "Marloes Wevers", "formal", "regular",
             meeting="Bespreking van het beplantingsplan voor de bedrijfstuin", at="vrijdag 29 september om 10.00 uur"),
           "Beplantingsplan: per e-mail",
           """
Geachte heer Hoogendijk,

Voor het beplantingsplan van de bedrijfstuin stel ik voor om vrijdag niet bij elkaar te komen, maar het per e-mail af te handelen. Ik stuur u het plan met toelichting toe; uw opmerkingen verwerk ik daarna.

Met vriendelijke groet,
Marloes Wevers
""", "correct: short, no time repeated")),
    (C, ok(S("reschedule", "Esmée Korteweg", "Jelle Zandbergen", "friendly", "key",
             meeting="Bloemstukken kiezen voor de opening van het hotel", at="maandag 2 oktober om 15.00 uur",
             props=["woensdag 4 oktober om 15.00 uur", "donderdag 5 oktober om 9.30 uur"],
             reason="de veiling levert de dahlia's later"),
           "Bloemstukken: ander moment?",
           """
Hoi Esmée,

De veiling levert de dahlia's later dan gepland, en ik wil je de stukken voor de opening echt met verse bloemen laten zien.

Kan het ook woensdag 4 oktober om drie uur, of donderdag 5 oktober om half tien? Zeg het maar!

Liefs,
Jelle
""", "correct: 'drie uur' for 15.00, 'half tien' for 9.30")),
    (C, ok(S("no_show_followup", "Wilbert Stoffels", "Naomi Bakhuizen", "friendly", "regular",
             meeting="Introductiecursus toprope klimmen", at="dinsdag 26 september om 19.30 uur",
             props=["dinsdag 3 oktober om 19.30 uur"]),
           "Gisteravond gemist",
           """
Hoi Wilbert,

We hebben je gisteravond gemist bij de introductiecursus toprope. Alles goed?

Volgende week dinsdag, 3 oktober, om half acht is er weer een les. Zal ik je erop zetten?

Sportieve groet,
Naomi
""", "correct: 'gisteravond' for the day before, 'half acht' for 19.30")),
    (C, ok(S("decline", "Pieternel Achterberg", "Ruben de Groot-Mulder", "formal", "new",
             meeting="Kennismaking over uw wijnkelder", at="donderdag 5 oktober om 14.00 uur",
             props=["vrijdag 6 oktober om 14.00 uur"], reason="ik moet onverwacht naar een proeverij in Bordeaux"),
           "Kennismaking 5 oktober",
           """
Geachte mevrouw Achterberg,

Ik moet onverwacht naar een proeverij in Bordeaux en kan daarom donderdag om 14.00 uur niet langskomen voor de kennismaking over uw wijnkelder.

Zou vrijdag, een dag later op hetzelfde uur, voor u passen? Zo niet, dan zoeken we een ander moment.

Met vriendelijke groet,
Ruben de Groot-Mulder
""", "correct: 'een dag later op hetzelfde uur' = vrijdag 6 oktober 14.00")),
    (D, ok(S("late_cancellation", "Bartholomeus Ringers", "Yara Hoekstra", "formal", "key",
             meeting="Controle van de voorraadwaardering", at="maandag 23 oktober om 9.00 uur",
             props=["maandag 30 oktober om 9.00 uur", "woensdag 1 november om 13.00 uur"],
             pol={"notice_hours": 24, "fee_percent": 40}),
           "Controle voorraadwaardering",
           """
Geachte heer Ringers,

Uw afzegging van de controle van gisteren ontvingen wij binnen 24 uur voor aanvang. Conform onze afspraken brengen wij daarvoor 40% van het honorarium in rekening.

Voor een nieuwe afspraak kunnen wij:
1) maandag 30 oktober om 9.00 uur
2) woensdag 1 november om 13.00 uur

Met vriendelijke groet,
Yara Hoekstra
""", "correct: numbered list 1) 2), fee with its term")),
    (D, ok(S("shorten", "Jacoba Everaerts", "Thijmen Roelofsen", "formal", "regular",
             meeting="Logopediesessie voor Mees", at="donderdag 26 oktober om 15.30 uur", dur=20,
             reason="ik heb aansluitend een spoedintake"),
           "Sessie van Mees donderdag",
           """
Geachte mevrouw Everaerts,

De sessie van Mees op donderdag 26 oktober om 15.30 uur gaat door, maar duurt deze keer twintig minuten: direct daarna heb ik een spoedintake.

Ik geef u oefeningen mee voor thuis.

Met vriendelijke groet,
Thijmen Roelofsen
""", "correct: 'twintig minuten' for 20")),
    (D, ok(S("switch_to_call", "Lieke Manders", "Stijn Verhoeven", "friendly", "regular",
             meeting="Koppelen van jullie boekhouding aan Planbaar", at="vrijdag 27 oktober om 13.00 uur",
             props=["vrijdag 27 oktober om 16.00 uur"]),
           "Koppeling vrijdag: bellen?",
           """
Hoi Lieke,

Voor het koppelen van jullie boekhouding aan Planbaar hoef ik eigenlijk niet langs te komen. Zullen we vrijdag bellen, maar dan om 4 uur 's middags in plaats van 1 uur?

Groet,
Stijn
""", "correct: '4 uur 's middags' = 16.00, '1 uur' = 13.00 old")),
    (D, ok(S("reschedule", "Gijsbert Lommerse", "Evelien Stam", "formal", "new",
             meeting="Stemmen van de piano in de muziekschool", at="dinsdag 31 oktober om 10.00 uur",
             props=["donderdag 2 november om 10.00 uur"]),
           "Stemmen piano: donderdag",
           """
Geachte heer Lommerse,

Helaas moet ik het stemmen van de piano in de muziekschool verplaatsen. Past donderdag 2 november u ook, op hetzelfde tijdstip?

Met vriendelijke groet,
Evelien Stam
""", "correct: very short, old day not repeated")),
    (E, ok(S("cancellation_policy", "Hanneke Veldkamp", "Olaf Brinkhuis", "formal", "new",
             meeting="Aanleg van de daktuin", at="maandag 4 december om 8.00 uur",
             pol={"notice_hours": 72, "fee_percent": 30, "deposit_percent": 20}),
           "Daktuin: onze annuleringsvoorwaarden",
           """
Geachte mevrouw Veldkamp,

Voorafgaand aan de aanleg van uw daktuin op maandag 4 december om 8.00 uur zet ik onze voorwaarden graag op een rij:

- bij opdracht vragen wij een aanbetaling van 20%;
- kosteloos annuleren kan tot 72 uur (drie dagen) voor aanvang;
- annuleert u later, dan brengen wij 30% van de aanneemsom in rekening.

Met vriendelijke groet,
Olaf Brinkhuis
""", "correct: three terms with own numbers, '72 uur (drie dagen)'")),
    (E, ok(S("switch_to_email", "Koen Spierings", "Mirjam Duivenvoorden", "friendly", "key",
             meeting="Wijnkeuze voor het kerstdiner van de zaak", at="dinsdag 5 december om 17.00 uur"),
           "Wijnen kerstdiner",
           """
Hoi Koen,

Voor de wijnen van het kerstdiner hoeven we dinsdag niet af te spreken: ik mail je een paar voorstellen met een korte toelichting, dan kies jij er rustig een uit.

Groetjes,
Mirjam
""", "correct: switch to mail, no time repeated, chatty")),
    (E, ok(S("delegate", "Frederique Aarts", "Hidde Wolters", "formal", "regular",
             meeting="Inmeten van de keukenwand", at="woensdag 6 december om 11.00 uur",
             col="Manon Peeters"),
           "Inmeten keukenwand 6 december",
           """
Geachte mevrouw Aarts,

Op woensdag 6 december om 11.00 uur komt mijn collega mevrouw Peeters bij u de keukenwand inmeten, in plaats van ikzelf.

Met vriendelijke groet,
Hidde Wolters
""", "correct: colleague as 'mevrouw Peeters'")),
    (E, ok(S("late_cancellation", "Roel Bijsterveld", "Iris Kuipers", "friendly", "regular",
             meeting="Klimtraining voor gevorderden", at="dinsdag 28 november om 20.00 uur",
             props=["donderdag 7 december om 20.00 uur"]),
           "Training gemist",
           """
Hoi Roel,

Jammer dat je dinsdag moest afzeggen! Donderdag 7 december om acht uur 's avonds is er weer een training voor gevorderden, kom je dan?

Groetjes,
Iris
""", "correct: 'acht uur 's avonds' for 20.00, no policy")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Gerda Hofstede", "Koenraad Visscher", "formal", "regular",
             meeting="Snoeien van de leilindes", at="woensdag 26 juli om 8.00 uur",
             props=["vrijdag 21 juli om 8.00 uur"]),
           "Snoeien leilindes",
           """
Geachte mevrouw Hofstede,

Het snoeien van de leilindes op vrijdag 21 juli om 8.00 uur moet ik helaas verzetten. Kan het op woensdag 26 juli, ook om 8.00 uur?

Met vriendelijke groet,
Koenraad Visscher
""", "old (woensdag 26) and new (vrijdag 21) swapped")),
    (A, bad("time_recap_wrong", S("switch_to_call", "Marijke Terpstra", "Bas Hoogeveen", "formal", "key",
             meeting="Doorlopen van de managementletter", at="dinsdag 25 juli om 14.00 uur",
             props=["dinsdag 25 juli om 16.00 uur"]),
           "Managementletter: telefonisch",
           """
Geachte mevrouw Terpstra,

Zullen we de managementletter telefonisch doorlopen, op dinsdag 25 juli om 16.00 uur in plaats van bij u op kantoor?

Ik bel u dinsdag dus om 14.00 uur.

Met vriendelijke groet,
Bas Hoogeveen
""", "recap names 14.00 (the old slot); call offered at 16.00")),
    (A, bad("weekday_wrong", S("decline", "Tobias Lindeman", "Sanne Verbruggen", "friendly", "regular",
             meeting="Proeverij van natuurwijnen in de bar", at="donderdag 27 juli om 20.00 uur"),
           "Proeverij woensdag 27 juli",
           """
Hoi Tobias,

Ik kan helaas niet bij de proeverij van natuurwijnen donderdagavond. Volgende keer ben ik er zeker bij!

Groet,
Sanne
""", "subject 'woensdag 27 juli' (a Thursday)")),
    (A, bad("percent_swapped", S("late_cancellation", "Arjen Dijkhuizen", "Femke Ottens", "formal", "new",
             meeting="Workshop bloemschikken voor het team", at="vrijdag 14 juli om 15.00 uur",
             pol={"notice_hours": 48, "fee_percent": 75, "deposit_percent": 30}),
           "Afgezegde workshop",
           """
Geachte heer Dijkhuizen,

Uw afzegging van de workshop bloemschikken kwam later dan 48 uur voor aanvang. Volgens onze voorwaarden houden we de aanbetaling van 75% in en brengen we 30% van de prijs in rekening.

Met vriendelijke groet,
Femke Ottens
""", "deposit 30% and fee 75% swapped")),
    (B, bad("policy_invented", S("no_show_followup", "Lisanne Brugman", "Pim van Tilburg", "formal", "regular",
             meeting="Behandeling slikproblemen", at="maandag 28 augustus om 10.00 uur",
             props=["dinsdag 5 september om 10.00 uur"]),
           "Afspraak van maandag",
           """
Geachte mevrouw Brugman,

Maandag om 10.00 uur was u niet op uw afspraak. Omdat u niet heeft afgezegd, rekenen wij de helft van het tarief.

Ik heb dinsdag 5 september om 10.00 uur plek.

Met vriendelijke groet,
Pim van Tilburg
""", "'de helft van het tarief' with no policy given")),
    (B, bad("number_invented", S("delegate", "Wendela Rozendaal", "Niek Hazelaar", "formal", "key",
             meeting="Training gebruikersbeheer in Planbaar", at="vrijdag 1 september om 10.00 uur",
             col="Tessa Bleeker"),
           "Training gebruikersbeheer",
           """
Geachte mevrouw Rozendaal,

Op vrijdag 1 september om 10.00 uur verzorgt mijn collega Tessa Bleeker de training gebruikersbeheer in Planbaar. Zij rekent op maximaal 8 deelnemers.

Met vriendelijke groet,
Niek Hazelaar
""", "'maximaal 8 deelnemers' nobody gave")),
    (B, bad("discount_invented", S("reschedule", "Huub Leenders", "Carien Mol", "friendly", "regular",
             meeting="Aanmeten van het aanrechtblad", at="maandag 4 september om 9.00 uur",
             props=["donderdag 7 september om 9.00 uur"], reason="u vroeg om korting vanwege de vertraging"),
           "Aanrechtblad donderdag",
           """
Hoi Huub,

Het aanmeten van het aanrechtblad schuif ik door naar donderdag 7 september, weer om 9 uur.

En omdat je om korting vroeg vanwege de vertraging: je krijgt 10% korting op het blad.

Groet,
Carien
""", "discount granted because the reason mentions a request")),
    (B, bad("link_invented", S("switch_to_email", "Joost Haringsma", "Ellen Vrolijk", "formal", "new",
             meeting="Kennismaking over uw huiswijnen", at="woensdag 6 september om 15.00 uur"),
           "Huiswijnen: per e-mail",
           """
Geachte heer Haringsma,

Laten we de kennismaking over uw huiswijnen van woensdag per e-mail doen. Onze volledige wijnkaart vindt u op www.vrolijkwijnen.nl/kaart.

Met vriendelijke groet,
Ellen Vrolijk
""", "link nobody gave")),
    (C, bad("email_invented", S("decline", "Karlijn Boertien", "Menno Spaan", "formal", "new",
             meeting="Adviesgesprek over uw vaste planten", at="woensdag 4 oktober om 13.00 uur"),
           "Adviesgesprek 4 oktober",
           """
Geachte mevrouw Boertien,

Helaas kan ik woensdag 4 oktober om 13.00 uur niet voor het adviesgesprek over uw vaste planten. Stuurt u gerust foto's naar menno.spaan.tuin@hotmail.com.

Met vriendelijke groet,
Menno Spaan
""", "private e-mail nobody gave")),
    (C, bad("phone_invented", S("late_cancellation", "Ton Verweij", "Linda Hermsen", "formal", "regular",
             meeting="Stemmen van de cembalo", at="maandag 25 september om 13.00 uur",
             props=["vrijdag 6 oktober om 13.00 uur"]),
           "Stemmen cembalo",
           """
Geachte heer Verweij,

Ik heb uw afzegging ontvangen. Het stemmen van de cembalo kan op vrijdag 6 oktober om 13.00 uur. Bel gerust naar 06-38 41 27 90 als dat niet uitkomt.

Met vriendelijke groet,
Linda Hermsen
""", "mobile number nobody gave")),
    (C, bad("title_or_company_invented", S("shorten", "Dorien Kalkman", "Jeroen Buitelaar", "formal", "key",
             meeting="Tussentijdse controle van de loonadministratie", at="dinsdag 3 oktober om 9.00 uur", dur=60),
           "Tussentijdse controle dinsdag",
           """
Geachte mevrouw Kalkman,

De tussentijdse controle van de loonadministratie op dinsdag 3 oktober om 9.00 uur gaat door, maar duurt een uur.

Met vriendelijke groet,
Jeroen Buitelaar RA
Partner, Buitelaar & Kok Accountants
""", "title RA, partner and firm nobody gave")),
    (C, bad("name_near_miss", S("switch_to_call", "Marieke Oosterveld", "Ruud Klaassen", "friendly", "regular",
             meeting="Nabespreking van de logopedietest", at="vrijdag 29 september om 11.00 uur",
             props=["maandag 2 oktober om 11.00 uur"]),
           "Nabespreking test",
           """
Hoi Mariek,

Zullen we de nabespreking van de test telefonisch doen, op maandag 2 oktober om 11 uur?

Groet,
Ruud
""", "'Mariek' for Marieke (letter dropped)")),
    (D, bad("place_changed", S("reschedule", "Stefanie Lubbers", "Gert-Jan Hooft", "formal", "regular",
             meeting="Rondleiding door de klimhal in Utrecht", at="donderdag 26 oktober om 16.00 uur",
             props=["maandag 30 oktober om 16.00 uur"]),
           "Rondleiding klimhal",
           """
Geachte mevrouw Lubbers,

De rondleiding door de klimhal in Amersfoort moet ik verplaatsen naar maandag 30 oktober om 16.00 uur. Past dat?

Met vriendelijke groet,
Gert-Jan Hooft
""", "'Amersfoort' for Utrecht inside the meeting")),
    (D, bad("foreign_paragraph", S("no_show_followup", "Vincent Kroes", "Nina Hulsbosch", "formal", "new",
             meeting="Intake stottertherapie", at="vrijdag 20 oktober om 9.00 uur",
             props=["dinsdag 31 oktober om 9.00 uur"]),
           "Intake van vrijdag",
           """
Geachte heer Kroes,

Vrijdag om 9.00 uur heb ik op u gewacht voor de intake stottertherapie.

Gerne biete ich Ihnen einen neuen Termin am Dienstag, 31. Oktober um 9 Uhr an.

Met vriendelijke groet,
Nina Hulsbosch
""", "German paragraph inside a Dutch mail")),
    (D, bad("place_changed", S("delegate", "Ingrid Schoonhoven", "Wessel Dam", "formal", "regular",
             meeting="Proeverij op het wijndomein in Maastricht", at="woensdag 1 november om 14.00 uur",
             col="Roos Timmerman"),
           "Proeverij 1 november",
           """
Geachte mevrouw Schoonhoven,

De proeverij op het wijndomein in Venlo op woensdag 1 november om 14.00 uur wordt begeleid door mijn collega Roos Timmerman.

Met vriendelijke groet,
Wessel Dam
""", "'Venlo' for Maastricht inside the meeting")),
    (D, bad("foreign_paragraph", S("cancellation_policy", "Ronald Geerdink", "Babette Zwart", "friendly", "new",
             pol={"notice_hours": 24, "fee_percent": 50}),
           "Afzeggen",
           """
Hoi Ronald,

Welkom! Afzeggen kan gratis tot 24 uur van tevoren; daarna rekenen we 50%.

Bitte sag uns einfach rechtzeitig Bescheid, dann ist alles kein Problem.

Groetjes,
Babette
""", "German paragraph inside a Dutch mail")),
    (E, bad("time_swapped", S("switch_to_call", "Guusje Mertens", "Lars Pronk", "formal", "regular",
             meeting="Evaluatie van de onboarding na drie maanden", at="donderdag 7 december om 10.00 uur",
             props=["vrijdag 8 december om 10.00 uur"]),
           "Evaluatie onboarding: telefonisch",
           """
Geachte mevrouw Mertens,

Kunnen we de evaluatie van de onboarding, gepland op vrijdag 8 december om 10.00 uur, telefonisch doen op donderdag 7 december om 10.00 uur?

Met vriendelijke groet,
Lars Pronk
""", "old (donderdag 7) and new (vrijdag 8) swapped")),
    (E, bad("time_recap_wrong", S("reschedule", "Erwin Scholten", "Mila de Bruijn", "friendly", "regular",
             meeting="Kerststukken maken voor de lobby", at="maandag 4 december om 14.00 uur",
             props=["woensdag 6 december om 14.00 uur"]),
           "Kerststukken woensdag",
           """
Hoi Erwin,

Kunnen we de kerststukken voor de lobby woensdag 6 december om 14.00 uur maken in plaats van maandag?

Tot woensdag om half drie!

Mila
""", "recap 'half drie' (14.30); slot is 14.00")),
    (E, bad("weekday_wrong", S("late_cancellation", "Paulien Kramer", "Job Wesseling", "formal", "regular",
             meeting="Plaatsen van de inbouwapparatuur", at="maandag 27 november om 8.00 uur",
             props=["dinsdag 5 december om 8.00 uur"]),
           "Inbouwapparatuur",
           """
Geachte mevrouw Kramer,

Uw afzegging voor maandag 27 november is verwerkt. Wij kunnen de inbouwapparatuur plaatsen op woensdag 5 december om 8.00 uur.

Met vriendelijke groet,
Job Wesseling
""", "'woensdag 5 december' (a Tuesday)")),
    (E, bad("percent_swapped", S("no_show_followup", "Dirk Wolterink", "Eline Bos", "formal", "new",
             meeting="Proefklimmen voor de bedrijfsvereniging", at="dinsdag 28 november om 18.00 uur",
             props=["vrijdag 1 december om 18.00 uur"], pol={"notice_hours": 24, "fee_percent": 20, "deposit_percent": 10}),
           "Proefklimmen dinsdag",
           """
Geachte heer Wolterink,

Dinsdag om 18.00 uur is uw groep niet verschenen. Omdat er niet 24 uur van tevoren is afgezegd, houden wij de aanbetaling van 20% in en rekenen wij 10% van de prijs.

Vrijdag 1 december om 18.00 uur is er nog plek.

Met vriendelijke groet,
Eline Bos
""", "deposit 10% and fee 20% swapped")),
]
