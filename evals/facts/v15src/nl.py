"""v15, Dutch: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v15src._d import A, B, C, D, E


def S(*a, **k):
    return _S("nl", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Wilhelmien Ter Haar", "Joost Brinkhuis", "formal", "regular",
             meeting="Bestuiving van de fruitboomgaard in Geldermalsen met onze bijenvolken", at="woensdag 18 juli om 9:30",
             props=["maandag 23 juli om 9:30", "dinsdag 24 juli om 14:30"],
             reason="de bloei is door de koude nacht een week later dan verwacht"),
           "Bijenvolken naar Geldermalsen: nieuwe datum",
           """
Geachte mevrouw Ter Haar,

Door de koude nachten staat de boomgaard nog niet in bloei; we zitten ongeveer een week later dan gedacht. Daarom wil ik het plaatsen van de volken van woensdag half tien verschuiven.

Zou een van deze momenten passen?
- maandag 23/7, ook om half tien
- dinsdag 24 juli om half drie

Met vriendelijke groet,
Joost Brinkhuis
""", "correct: 'half tien' for 9:30, 'half drie' for 14:30, '23/7', 'een week' from the reason")),
    (A, ok(S("decline", "Ruben Dijkgraaf", "Fenna Oosterveld", "friendly", "key",
             meeting="Testavond van de nieuwe kamer 'De Verloren Sleutel'", at="vrijdag 20 juli om 20:00",
             reason="het laserveld dat we maandag bestelden is nog niet geleverd"),
           "Testavond vrijdag",
           """
Hoi Ruben,

Balen, maar de testavond van vrijdag gaat niet door: het laserveld dat we maandag besteld hebben is er nog steeds niet. Zonder dat ding is De Verloren Sleutel maar een halve kamer.

Ik laat het je weten zodra het binnen is!

Fenna
""", "correct: weekday 'maandag' inside the reason, idiom 'een halve kamer' (no policy)")),
    (A, ok(S("shorten", "Gerdien Holtrop", "Maarten Versteegh", "formal", "new",
             meeting="Intake voor de beugel van Sem", at="donderdag 26 juli om 10:45", dur=30,
             reason="ik neem die ochtend de spreekuren van een collega over"),
           "Intake van Sem op donderdag 26 juli",
           """
Geachte mevrouw Holtrop,

Hierbij bevestig ik de intake voor Sems beugel op donderdag 26 juli om kwart voor elf. Omdat ik die ochtend ook de spreekuren van een collega waarneem, moet ik het gesprek helaas tot een half uur beperken.

Voor een eerste kennismaking is dat ruim voldoende.

Met vriendelijke groet,
Maarten Versteegh
""", "correct: 'kwart voor elf' for 10:45, 'een half uur' for 30, genitive 'Sems'")),
    (A, ok(S("late_cancellation", "Teun Wagenaar", "Iris Lammertink", "formal", "regular",
             meeting="Privéles yin yoga in retraitecentrum De Kaalheide", at="maandag 16 juli om 7:00",
             props=["maandag 23 juli om 7:00"], pol={"notice_hours": 24, "fee_percent": 50}),
           "Uw les van gisteren",
           """
Beste heer Wagenaar,

Dank u voor uw bericht over de les van gistermorgen. Omdat u minder dan 24 uur van tevoren afzegde, brengen we volgens onze voorwaarden de helft van het lesgeld (50%) in rekening.

Komende maandag, de 23e, bent u om zeven uur 's ochtends weer van harte welkom.

Hartelijke groet,
Iris Lammertink
""", "correct: 'de helft (50%)', 'gistermorgen', 'de 23e', 'zeven uur 's ochtends'")),
    (B, ok(S("switch_to_call", "Annelies Brouwer", "Sander Kooistra", "formal", "key",
             meeting="Bespreking van de funderingsberekening voor het woonhuis aan de Vaartweg", at="donderdag 23 augustus om 10:00",
             reason="de sonderingsresultaten zijn nog niet binnen"),
           "Donderdag telefonisch?",
           """
Geachte mevrouw Brouwer,

De resultaten van de sonderingen zijn nog niet binnen, dus een afspraak op locatie aan de Vaartweg heeft donderdag weinig zin. Zullen we de funderingsberekening om 10 uur telefonisch doornemen?

Met vriendelijke groet,
Sander Kooistra
""", "correct: '10 uur', reason reworded")),
    (B, ok(S("switch_to_email", "Niels Bakhuizen", "Loes van Ommen", "friendly", "regular",
             meeting="Overleg over de Chromebooks voor groep 7 en 8", at="maandag 27 augustus om 15:30",
             reason="ik rijd die middag langs drie scholen"),
           "Chromebooks: per mail?",
           """
Hoi Niels,

Maandagmiddag rijd ik langs drie scholen, dus in plaats van ons overleg om half vier: zullen we het per mail doen?

Stuur me maar hoe het ervoor staat en waar je tegenaan loopt, dan reageer ik 's avonds.

Groetjes,
Loes
""", "correct: 'half vier' for 15:30, 'groep 7 en 8' in the meeting name not repeated")),
    (B, ok(S("no_show_followup", "Marloes Hendriksen", "Thijs Roelofsen", "friendly", "new",
             meeting="Proeverij van het najaarspakket van De Groentetuin", at="maandag 20 augustus om 18:00",
             props=["woensdag 29 augustus om 18:00", "vrijdag 31 augustus om 12:30"]),
           "We misten je gisteren",
           """
Hoi Marloes,

Gisteravond hadden we een plekje voor je vrijgehouden bij de proeverij van het najaarspakket, maar we zagen je niet. Geeft niks hoor!

Wil je alsnog proeven? Woensdag de 29e om zes uur doen we het nog een keer, en vrijdag 31 augustus is er een lunchproeverij om half één.

Hopelijk tot dan!
Thijs
""", "correct: 'gisteravond', 'de 29e', 'zes uur', 'half één' for 12:30")),
    (B, ok(S("cancellation_policy", "Gijs Meulenbelt", "Hanneke Stoop", "formal", "new",
             pol={"notice_hours": 48, "deposit_percent": 20}),
           "Onze annuleringsvoorwaarden",
           """
Geachte heer Meulenbelt,

Welkom bij ons bureau. Voordat u uw eerste afspraak boekt, zet ik de voorwaarden even op een rij:

1. Bij de boeking betaalt u een aanbetaling van 20%.
2. U kunt tot twee dagen (48 uur) van tevoren kosteloos annuleren of verzetten.

Heeft u vragen, dan hoor ik het graag.

Met vriendelijke groet,
Hanneke Stoop
""", "correct: 'twee dagen (48 uur)', 'kosteloos' before the notice, list numbering '1.' '2.'")),
    (C, ok(S("delegate", "Jacoba Veldkamp", "Evert Scholten", "formal", "key",
             meeting="Gesprek over de uitvaart van de heer Hendrik Veldkamp-Bos", at="vrijdag 14 september om 11:00",
             col="Margriet Huizinga", reason="ik ben onverwacht bij een andere familie geroepen"),
           "Ons gesprek van vrijdag",
           """
Geachte mevrouw Veldkamp,

Het spijt me dat ik u dit moet schrijven: ik ben onverwacht bij een andere familie geroepen en kan vrijdag om elf uur niet bij u zijn.

Mijn collega Margriet Huizinga komt in mijn plaats. Zij werkt al jaren met mij samen en zal het afscheid van de heer Veldkamp-Bos met grote zorg voorbereiden. Mijn aantekeningen heeft ze al, u hoeft niets opnieuw te vertellen.

Met oprechte deelneming,
Evert Scholten
""", "correct: 'elf uur', 'al jaren' (no number)")),
    (C, ok(S("reschedule", "Bram Hoekstra", "Sietske Venema", "friendly", "regular",
             meeting="Start van de vertaling van de 24 veiligheidsbladen", at="maandag 17 september om 9:00",
             props=["donderdag 20 september om 9:00"], reason="onze terminoloog is deze week ziek"),
           "Start verschoven naar donderdag",
           """
Hoi Bram,

Onze terminoloog is deze week ziek, dus ik schuif de start van maandag liever door naar donderdag de 20e, gewoon om negen uur.

Is dat goed voor jullie?

Sietske
""", "correct: '24' in the meeting name not repeated, 'negen uur', 'donderdag de 20e'")),
    (C, ok(S("decline", "Henrike Lubbers", "Wouter Spanjaard", "formal", "new",
             meeting="Kennismakingsgesprek over bijenlinten langs de gemeentelijke bermen", at="dinsdag 18 september om 14:30",
             reason="ik adviseer alleen particuliere tuinen"),
           "Uw aanvraag over de bermen",
           """
Geachte mevrouw Lubbers,

Dank u wel dat u aan mij dacht voor de bijenlinten langs de bermen en voor het voorstel om dinsdag 18 september om 14.30 uur kennis te maken.

Helaas moet ik bedanken. Ik adviseer uitsluitend particuliere tuinen, en openbaar groen op deze schaal valt buiten mijn deskundigheid. Dat zeg ik u liever meteen.

Veel succes met het project.

Met vriendelijke groet,
Wouter Spanjaard
""", "correct: '14.30 uur', reason paraphrased")),
    (C, ok(S("late_cancellation", "Jurre Nijhof", "Esmee Kuipers", "friendly", "regular",
             meeting="Teamuitje in de kamer 'Het Laboratorium'", at="dinsdag 11 september om 19:30",
             pol={"notice_hours": 72, "deposit_percent": 25}),
           "Jullie boeking van gisteravond",
           """
Hoi Jurre,

Dank voor je berichtje over gisteravond. Omdat de afzegging binnen drie dagen (72 uur) kwam, houden we de aanbetaling van 25% in; verder hoeven jullie niets te betalen.

Het Laboratorium staat klaar als jullie het nog eens willen proberen!

Esmee
""", "correct: 'drie dagen (72 uur)', deposit kept, 'gisteravond'")),
    (D, ok(S("switch_to_call", "Mirjam Zwart", "Koen Boersma", "friendly", "key",
             meeting="Voorbereiding van de yogaretraite voor het personeel op Terschelling", at="woensdag 24 oktober om 12:00",
             reason="mijn auto staat tot vrijdag in de garage"),
           "Morgen om twaalf",
           """
Hoi Mirjam,

Mijn auto staat tot vrijdag in de garage, dus morgen kom ik niet naar je toe. Bellen we om twaalf uur?

Koen
""", "correct: very short, 'vrijdag' in the reason, 'twaalf uur' for 12:00")),
    (D, ok(S("delegate", "Harmen Lodewijks", "Ilse Verbruggen", "formal", "regular",
             meeting="Kwartaaloverleg over de 300 meldingen van de basisscholen", at="dinsdag 30 oktober om 13:30",
             col="Youssef El Amrani"),
           "Kwartaaloverleg meldingen",
           """
Geachte heer Lodewijks,

Bij ons kwartaaloverleg van di 30/10 om 13.30 uur neemt mijn collega Youssef El Amrani mijn plaats in. Hij heeft dit kwartaal de meeste meldingen van uw scholen behandeld en kent ze goed.

Met vriendelijke groet,
Ilse Verbruggen
""", "correct: 'di 30/10', '13.30 uur', '300' in the meeting name not repeated")),
    (D, ok(S("no_show_followup", "Lotte Wessels", "Ruud Timmerman", "formal", "regular",
             meeting="Plaatsen van de retainer van Lotte", at="maandag 22 oktober om 16:15",
             props=["donderdag 1 november om 16:15"], pol={"fee_percent": 30}),
           "Afspraak van gisteren",
           """
Geachte mevrouw Wessels,

Gistermiddag om kwart over vier hebben we u helaas gemist bij het plaatsen van uw retainer. Volgens onze voorwaarden brengen we voor een gemiste afspraak 30% van het tarief in rekening.

We hebben donderdag 1 november op hetzelfde tijdstip voor u vrijgehouden; laat u ons weten of dat schikt?

Met vriendelijke groet,
Ruud Timmerman
""", "correct: 'kwart over vier' for 16:15, 'hetzelfde tijdstip', 30% fee")),
    (D, ok(S("reschedule", "Douwe Kramer", "Anouk Brugman", "formal", "new",
             meeting="Inspectie van de gescheurde latei aan de Lindenlaan 9", at="vrijdag 26 oktober om 8:00",
             props=["maandag 29 oktober om 8:00", "maandag 29 oktober om 15:00"],
             reason="de steiger staat pas na het weekend"),
           "Inspectie Lindenlaan: maandag",
           """
Geachte heer Kramer,

De steiger aan de Lindenlaan staat pas na het weekend, dus vrijdag kunnen we de latei niet goed bekijken. Ik stel voor de inspectie te verplaatsen naar maandag 29 oktober: 's ochtends om acht uur of 's middags om drie uur.

Laat u mij weten wat u het beste uitkomt?

Met vriendelijke groet,
Anouk Brugman
""", "correct: 'acht uur', 'drie uur 's middags' for 15:00, house number not repeated")),
    (E, ok(S("cancellation_policy", "Femke Rutgers", "Jasper Haverkamp", "friendly", "new",
             meeting="Yogaweekend in de Ardennen", at="vrijdag 7 december om 17:00",
             pol={"notice_hours": 168, "fee_percent": 100, "deposit_percent": 30}),
           "Je yogaweekend: de voorwaarden",
           """
Hoi Femke,

Leuk dat je de 7e meegaat naar de Ardennen! Even de afspraken op een rij:

• met de aanbetaling van 30% is je plek vast;
• annuleren kan tot een week van tevoren (168 uur);
• daarna betaal je het volledige bedrag (100%).

Tot vrijdag de 7e om vijf uur!

Jasper
""", "correct: 'een week (168 uur)', 'volledige bedrag (100%)', 'vijf uur' for 17:00")),
    (E, ok(S("switch_to_email", "Roos Smeding", "Daan Westerhof", "formal", "regular",
             meeting="Controle van de Franse en Italiaanse ondertitels van de bedrijfsfilm", at="donderdag 29 november om 10:30",
             props=["maandag 3 december om 10:30"], reason="de opdrachtgever wil alle wijzigingen schriftelijk"),
           "Ondertitels: schriftelijk",
           """
Geachte mevrouw Smeding,

Omdat de opdrachtgever alle wijzigingen schriftelijk wil ontvangen, stel ik voor de controle van donderdag per e-mail te doen in plaats van om half elf bij elkaar te komen. Ik stuur u de Franse en Italiaanse bestanden met mijn opmerkingen; als er daarna nog iets te bespreken valt, kunnen we maandag 3 december om half elf bellen.

Met vriendelijke groet,
Daan Westerhof
""", "correct: 'half elf' for 10:30 (twice), reason reworded")),
    (E, ok(S("shorten", "Hidde Brandsma", "Nienke Vos", "friendly", "key",
             meeting="Planning van de 80 kerstpakketten met biogroente", at="woensdag 5 december om 9:00",
             dur=45, reason="de bezorgbus moet om 10 uur vertrekken"),
           "Woensdag, iets korter",
           """
Hoi Hidde,

Woensdag om negen uur staat! Alleen moet de bus om tien uur weg, dus zullen we het bij drie kwartier houden? Als we meteen de grote knopen over de kerstpakketten doorhakken, lukt dat prima.

Nienke
""", "correct: 'drie kwartier' for 45, 'tien uur' from the reason, idiom 'knopen doorhakken', '80' not repeated")),
    (E, ok(S("decline", "Pieternel Zuidema", "Arjen Mulder", "formal", "key",
             meeting="Presentatie voor de tolkenopdracht van de rechtbank Zwolle", at="vrijdag 30 november om 14:00",
             props=["dinsdag 4 december om 14:00"],
             reason="twee van onze gerechtstolken zitten die week in een lange strafzaak"),
           "Vrijdag 30 november",
           """
Geachte mevrouw Zuidema,

Hartelijk dank voor de uitnodiging om onze aanbieding voor de rechtbank Zwolle te presenteren. Helaas kunnen we vrijdag 30 november om 14.00 uur niet aanwezig zijn: twee van onze gerechtstolken zitten die week vast in een lange strafzaak, en zonder hen willen we niet presenteren.

Als de commissie ons dinsdag 4 december op hetzelfde uur kan ontvangen, komen we graag.

Met vriendelijke groet,
Arjen Mulder
""", "correct: 'twee van onze gerechtstolken' from the reason, 'hetzelfde uur'")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Geertje Haverman", "Pim Doornbos", "formal", "regular",
             meeting="Slingeren van de zomerhoning in de imkerij", at="woensdag 18 juli om 10:00",
             props=["vrijdag 20 juli om 10:00"], reason="de slinger heeft een nieuw lager nodig"),
           "Slingeren verzet",
           """
Geachte mevrouw Haverman,

Onze slinger heeft een nieuw lager nodig, dus het slingeren van vrijdag kan niet doorgaan. Zou woensdag 18 juli om tien uur schikken?

Met vriendelijke groet,
Pim Doornbos
""", "old and new slots swapped: Friday named as moved, Wednesday 18 (the old slot) offered")),
    (A, bad("percent_swapped", S("late_cancellation", "Stijn Verhoogt", "Marit Bosscher", "formal", "regular",
             meeting="Familiespel in de kamer 'De Duikboot'", at="zondag 15 juli om 15:00",
             props=["zaterdag 28 juli om 15:00"], pol={"notice_hours": 24, "fee_percent": 50, "deposit_percent": 20}),
           "Uw boeking van zondag",
           """
Geachte heer Verhoeven,

Dank voor uw bericht over zondag. Omdat u minder dan 24 uur van tevoren annuleerde, houden we volgens onze voorwaarden de aanbetaling van 50% in en rekenen we 20% van de prijs van het spel. We ontvangen uw gezin graag op zaterdag 28 juli om drie uur.

Met vriendelijke groet,
Marit Bosscher
""", "deposit and fee percentages swapped (fee 50, deposit 20)")),
    (A, bad("number_invented", S("shorten", "Hester Kamphuis", "Remco Baarspul", "formal", "new",
             meeting="Controle van de beugel van Finn", at="donderdag 19 juli om 8:30", dur=20,
             reason="de praktijk gaat die dag later open"),
           "Controle van Finn op donderdag",
           """
Geachte mevrouw Kamphuis,

Hierbij bevestig ik de controle van Finns beugel op donderdag 19 juli om half negen. Omdat de praktijk die dag later opengaat, duurt de afspraak twintig minuten in plaats van de gebruikelijke drie kwartier.

Met vriendelijke groet,
Remco Baarspul
""", "'de gebruikelijke drie kwartier': a usual duration nobody gave")),
    (A, bad("name_near_miss", S("decline", "Everdien Scheltema", "Gerrit Hofstede", "formal", "new",
             meeting="Opname voor de berekening van de brandtrap", at="maandag 23 juli om 13:00",
             reason="we zitten vol tot het najaar"),
           "Uw brandtrap",
           """
Geachte mevrouw Scheltama,

Dank voor uw aanvraag. Omdat we tot het najaar volgeboekt zijn, moet ik de opname op maandag 23 juli om 13.00 uur helaas afzeggen.

Met vriendelijke groet,
Gerrit Hofstede
""", "near-miss surname 'Scheltama' for Scheltema")),
    (B, bad("weekday_wrong", S("switch_to_call", "Mieke Lenferink", "Bas Hulshof", "friendly", "regular",
             meeting="Overleg over de wifi-storingen op De Regenboog", at="woensdag 22 augustus om 11:00",
             reason="ik zit de hele ochtend op een andere school"),
           "Overleg van donderdag 22 augustus",
           """
Hoi Mieke,

Ik zit de hele ochtend op een andere school, dus ik red het niet naar De Regenboog om elf uur. Zullen we op hetzelfde tijdstip bellen?

Bas
""", "subject says 'donderdag 22 augustus'; 22 Aug 2029 is a Wednesday")),
    (B, bad("percent_swapped", S("no_show_followup", "Ewoud Blankenstijn", "Carlijn Peeters", "formal", "regular",
             meeting="Herstellende yogales in studio De Lantaarn", at="maandag 20 augustus om 18:30",
             props=["maandag 27 augustus om 18:30"], pol={"fee_percent": 60, "deposit_percent": 10}),
           "De les van gisteren",
           """
Geachte heer Blankenstijn,

Gisteravond hebben we u gemist bij de les. Volgens onze voorwaarden behouden we de aanbetaling van 60% en brengen we 10% van het lesgeld in rekening.

U bent komende maandag, 27 augustus, om half zeven weer welkom.

Met vriendelijke groet,
Carlijn Peeters
""", "deposit and fee percentages swapped (fee 60, deposit 10)")),
    (B, bad("discount_invented", S("reschedule", "Tineke Abbink", "Lars Wolters", "formal", "key",
             meeting="Proeverij van het herfstmenu van het groentepakket", at="donderdag 23 augustus om 17:00",
             props=["dinsdag 28 augustus om 17:00"], reason="onze teler levert een week later en de klant wil een gebaar"),
           "Proeverij verplaatst",
           """
Geachte mevrouw Abbink,

Onze teler levert een week later, dus de proeverij van donderdag schuift naar dinsdag 28 augustus, ook om vijf uur.

Als goedmakertje krijgt u het volgende pakket voor de helft van de prijs.

Met excuses,
Lars Wolters
""", "the reason asks for a gesture; 'voor de helft van de prijs' is a discount nobody gave")),
    (B, bad("link_invented", S("switch_to_email", "Olaf Reijnders", "Dewi Hartono", "friendly", "new",
             meeting="Doorlopen van de Indonesisch-Nederlandse termenlijst", at="vrijdag 24 augustus om 9:30",
             reason="ik heb geen stem meer"),
           "Termenlijst per mail",
           """
Hoi Olaf,

Ik ben mijn stem helemaal kwijt, dus laten we de termenlijst van vrijdag half tien per mail doen.

Mijn opmerkingen staan al in de gedeelde map: vertaalhuis-hartono.nl/termen. Zet je vragen er maar bij.

Dewi
""", "a link nobody gave")),
    (C, bad("email_invented", S("delegate", "Wilma Doesburg", "Henk Rietveld", "formal", "regular",
             meeting="Gesprek over de tekst van de rouwkaart", at="maandag 17 september om 10:00",
             col="Janneke Oldenkamp"),
           "Gesprek van maandag",
           """
Geachte mevrouw Doesburg,

Helaas kan ik u maandag 17 september om 10.00 uur niet ontvangen. Mijn collega Janneke Oldenkamp neemt de tekst van de rouwkaart met u door; u kunt haar vooraf al mailen via j.oldenkamp@uitvaartzorg-rietveld.nl.

Met vriendelijke groet,
Henk Rietveld
""", "an e-mail address nobody gave")),
    (C, bad("phone_invented", S("decline", "Jelle Tuinstra", "Marieke Hoogeveen", "friendly", "regular",
             meeting="Workshop zwermen scheppen voor de imkersvereniging", at="donderdag 20 september om 19:00",
             reason="ik sta die week op de honingbeurs"),
           "Workshop van de 20e",
           """
Hoi Jelle,

Ik sta die week op de honingbeurs, dus de workshop zwermen scheppen op donderdag 20 september om zeven uur kan ik niet geven. Sorry voor de vereniging! Bel me gerust even op 06-48213975 als je een vervanger zoekt.

Marieke
""", "a phone number nobody gave")),
    (C, bad("time_recap_wrong", S("switch_to_call", "Ineke Boswijk", "Rick Lamberts", "formal", "new",
             meeting="Intakegesprek voor de stilteretraite", at="dinsdag 18 september om 16:00",
             props=["dinsdag 18 september om 19:00"], reason="het retraitecentrum is gesloten voor onderhoud"),
           "Intakegesprek telefonisch",
           """
Geachte mevrouw Boswijk,

Het retraitecentrum is gesloten voor onderhoud. Zullen we het intakegesprek daarom dinsdagavond om zeven uur telefonisch houden?

Ik bel u dinsdag om vier uur.

Met vriendelijke groet,
Rick Lamberts
""", "the closing recap names four o'clock (the old slot) instead of seven")),
    (C, bad("name_near_miss", S("no_show_followup", "Sanne Koopmans", "Vincent Eijkelboom", "friendly", "regular",
             meeting="Personeelstraining in de kamer 'Het Uurwerk'", at="maandag 10 september om 9:00",
             props=["vrijdag 14 september om 9:00"]),
           "Training van maandag",
           """
Hoi Sanne,

We misten je maandagochtend bij de training in Het Uurwerk. Alles goed? Vrijdag de 14e om negen uur is er nog een.

Groet,
Vincent Eikelboom
""", "the sender signs 'Eikelboom' for Eijkelboom")),
    (D, bad("place_changed", S("reschedule", "Aaltje Brink", "Roel Steenbergen", "formal", "key",
             meeting="Belastingproef op de voetbrug bij de sluis van Weurt", at="donderdag 25 oktober om 7:30",
             props=["dinsdag 30 oktober om 7:30"], reason="het water staat te hoog na de storm"),
           "Belastingproef verplaatst",
           """
Geachte mevrouw Brink,

Na de storm staat het water te hoog om veilig te werken. We verplaatsen de belastingproef op de voetbrug bij de sluis van Heumen daarom naar dinsdag 30 oktober, opnieuw om half acht.

Met vriendelijke groet,
Roel Steenbergen
""", "place changed inside the meeting: 'Heumen' for Weurt")),
    (D, bad("policy_invented", S("cancellation_policy", "Berend Jonkman", "Lieke Vermeulen", "formal", "new",
             pol={"deposit_percent": 25}),
           "Boekingsvoorwaarden",
           """
Geachte heer Jonkman,

Dank voor het boeken van uw orthodontische intake. Bij de boeking vragen wij een aanbetaling van 25%; die krijgt u volledig terug als u uiterlijk de dag ervoor afzegt.

Met vriendelijke groet,
Lieke Vermeulen
""", "'volledig terug ... uiterlijk de dag ervoor': a notice rule nobody gave")),
    (D, bad("foreign_paragraph", S("switch_to_email", "Margot Heijmans", "Tobias Gerritsma", "formal", "regular",
             meeting="Correctieronde van het vertaalde jaarverslag", at="vrijdag 26 oktober om 14:00",
             reason="de definitieve opmaak is pas vrijdag klaar"),
           "Correctie per e-mail",
           """
Geachte mevrouw Heijmans,

De definitieve opmaak is pas vrijdag klaar. Ik stel daarom voor de correctieronde per e-mail te doen in plaats van om twee uur bij elkaar te komen.

Ich schicke Ihnen die korrigierten Seiten, sobald das Layout vorliegt, mit meinen Anmerkungen am Rand.

Met vriendelijke groet,
Tobias Gerritsma
""", "the second paragraph is in German")),
    (D, bad("time_swapped", S("late_cancellation", "Fleur Kosters", "Martijn Boekel", "friendly", "regular",
             meeting="Wekelijkse poweryogales", at="maandag 22 oktober om 19:00",
             props=["woensdag 24 oktober om 19:00"], pol={"notice_hours": 12, "fee_percent": 100}),
           "De les van woensdag",
           """
Hoi Fleur,

Jammer van de les van woensdag! Omdat je minder dan 12 uur van tevoren afzegde, wordt die volledig (100%) gerekend.

Maandag om zeven uur is er nog plek als je wilt inhalen.

Martijn
""", "roles swapped: Wednesday (offered) named as the cancelled class, Monday (cancelled) offered")),
    (E, bad("title_or_company_invented", S("switch_to_call", "Gert-Jan Hazelaar", "Saskia Dekker", "formal", "key",
             meeting="Doorlopen van de openstaande tickets van het Stedelijk Lyceum", at="woensdag 28 november om 15:00",
             reason="het netwerk van het lyceum ligt plat en ik ben ter plaatse"),
           "Morgen telefonisch",
           """
Geachte heer Hazelaar,

Het netwerk van het lyceum ligt plat en ik ben ter plaatse om het te herstellen. Zullen we de openstaande tickets morgen om drie uur telefonisch doorlopen?

Met vriendelijke groet,
Saskia Dekker
Teamleider Servicedesk | SchoolICT Noord B.V.
""", "a job title and company nobody gave")),
    (E, bad("email_invented", S("decline", "Maaike Ruiter", "Frank Zandbergen", "formal", "new",
             meeting="Offertegesprek voor de vertaling van de wijngaardwebsite in het Japans", at="maandag 3 december om 11:00",
             reason="wij vertalen niet naar het Japans"),
           "Uw website in het Japans",
           """
Geachte mevrouw Ruiter,

Dank dat u aan ons dacht. Het gesprek op maandag 3 december om 11.00 uur moet ik helaas afzeggen: wij vertalen niet naar het Japans. U kunt wel namens ons mailen naar info@japans-vertaalbureau.nl; zij doen dat wel.

Met vriendelijke groet,
Frank Zandbergen
""", "an e-mail address nobody gave")),
    (E, bad("weekday_wrong", S("no_show_followup", "Kees Dijkhuis", "Naomi Brandwijk", "friendly", "new",
             meeting="Proefavond in de kamer 'De Kluis'", at="vrijdag 23 november om 20:00",
             props=["vrijdag 7 december om 20:00"]),
           "We hebben je gemist",
           """
Hoi Kees,

Jammer dat we je vrijdag niet zagen bij de proefavond! Wil je De Kluis nog proberen? Op donderdag 7 december om acht uur is er plek.

Tot dan hopelijk!
Naomi
""", "'Donderdag 7 december': 7 Dec 2029 is a Friday")),
    (E, bad("phone_invented", S("shorten", "Jorien Bleeker", "Wessel Vink", "formal", "regular",
             meeting="Overleg over de wintertuin van het bijenpark", at="woensdag 5 december om 13:00",
             dur=30, reason="ik moet om half twee bij een andere klant zijn"),
           "Woensdag: een half uur",
           """
Geachte mevrouw Bleeker,

Ons overleg over de wintertuin van woensdag om één uur gaat door, maar ik moet het tot een half uur beperken omdat ik om half twee bij een andere klant verwacht word.

Mocht u verlaat zijn, belt u dan even naar 0318-624 517.

Met vriendelijke groet,
Wessel Vink
""", "a phone number nobody gave")),
]
