"""Hand-written Dutch records of the held-out v8 fact set (issue 13): 20 correct, 20 flawed."""

from __future__ import annotations

from v2src._rec import S, bad, ok

A, B, C, D, E = "2027-02-16", "2027-04-07", "2027-05-19", "2027-09-02", "2027-10-28"

RECORDS = [
    # ---------------------------------------------------------------- correct
    (A, ok(S("nl", "reschedule", "Hendrika Vermeulen-Stoop", "Joost Haverkamp", "formal", "key",
             meeting="Overleg over de verbouwing van de schoolkantine", at="donderdag 18 februari om 10.00 uur",
             props=("dinsdag 23 februari om 10.00 uur", "woensdag 24 februari om 14.30 uur"),
             reason="de constructeur heeft zijn berekeningen nog niet klaar"),
           "Verbouwing schoolkantine: nieuw overlegmoment",
           """Geachte mevrouw Vermeulen-Stoop,

De constructeur is nog niet klaar met zijn berekeningen, en zonder die cijfers heeft ons overleg over de verbouwing van de schoolkantine overmorgen weinig zin.

Mag ik u voorstellen om uit te wijken naar dinsdag 23 februari, zelfde tijd, of naar woensdag 24 februari om half drie?

Excuses voor het ongemak.

Met vriendelijke groet,
Joost Haverkamp""",
           "correct: 'overmorgen' for donderdag 18 from dinsdag 16, 'zelfde tijd', 'om half drie' for 14.30")),
    (A, ok(S("nl", "decline", "Floor Bakhuizen", "Thijmen Gorter", "friendly", "regular",
             meeting="Pubquiz van de roeivereniging", at="vrijdag 19 februari om 20.00 uur",
             reason="ik heb dienst in het ziekenhuis"),
           "Pubquiz vrijdag",
           """Hoi Floor,

Balen, maar vrijdagavond moet ik werken in het ziekenhuis, dus de pubquiz gaat aan mijn neus voorbij. Veel plezier, en laat die andere teams maar eens zien hoe het moet!

Groetjes,
Thijmen""",
           "correct: reason paraphrased ('moet ik werken'), idiom 'gaat aan mijn neus voorbij'")),
    (A, ok(S("nl", "delegate", "Gerrit Dijkhuizen", "Annelies Brouwers", "formal", "regular",
             meeting="Keukentafelgesprek over de zorgindicatie", at="maandag 22 februari om 13.30 uur",
             col="Sander Kloosterboer", reason="ik volg die week een verplichte training"),
           "Keukentafelgesprek van maandag 22 februari",
           """Geachte heer Dijkhuizen,

Volgende week volg ik een verplichte training, waardoor ik ons keukentafelgesprek over de zorgindicatie niet zelf kan voeren.

Mijn collega Sander Kloosterboer neemt het gesprek van mij over. Hij komt op maandag 22 februari om half twee bij u langs en is volledig op de hoogte van uw situatie.

Met vriendelijke groet,
Annelies Brouwers""",
           "correct: 'om half twee' for 13.30, colleague full name, 'volgende week' from dinsdag 16")),
    (A, ok(S("nl", "no_show_followup", "Lieke Oosterbeek", "Ruben Valkenburg", "friendly", "regular",
             meeting="Bikefit in de fietsenwinkel", at="maandag 15 februari om 17.00 uur",
             props=("donderdag 18 februari om 17.00 uur",)),
           "Je bikefit",
           """Hoi Lieke,

Gisteren om vijf uur stond alles klaar voor je bikefit, maar je kwam niet opdagen. Alles goed?

Zullen we het overdoen op donderdag 18 februari, zelfde tijd?

Groet,
Ruben""",
           "correct: 'gisteren om vijf uur' for maandag 15 17.00 from dinsdag 16, 'zelfde tijd'")),
    (B, ok(S("nl", "late_cancellation", "Marijke Tjalsma", "Bram Oudshoorn", "formal", "regular",
             meeting="Behandeling bij de mondhygiënist", at="dinsdag 6 april om 8.45 uur",
             props=("dinsdag 13 april om 8.45 uur",), reason="haar dochter was ziek",
             pol={"notice_hours": 24, "fee_percent": 50}),
           "Uw afspraak van gisteren",
           """Beste mevrouw Tjalsma,

Dank voor uw bericht. Vervelend dat uw dochter ziek was; ik hoop dat ze weer opknapt.

Omdat de afspraak minder dan een etmaal (24 uur) van tevoren werd afgezegd, brengen wij volgens onze voorwaarden de helft van het tarief (50%) in rekening.

Zullen we de behandeling verplaatsen naar dinsdag 13 april, om kwart voor negen?

Met vriendelijke groet,
Bram Oudshoorn""",
           "correct: 'een etmaal (24 uur)', 'de helft van het tarief (50%)', 'kwart voor negen' for 8.45")),
    (B, ok(S("nl", "shorten", "Wouter van Langevelde", "Esther Kooistra", "formal", "new",
             meeting="Kennismaking over het nieuwe huisstijlontwerp", at="donderdag 8 april om 15.00 uur", dur=30,
             reason="ik moet om vier uur bij een andere klant in Utrecht zijn"),
           "Kennismaking morgen: iets korter",
           """Geachte heer Van Langevelde,

Morgen om vier uur word ik bij een andere klant in Utrecht verwacht. Zou u het goedvinden als we onze kennismaking over het nieuwe huisstijlontwerp beperken tot een half uur? We beginnen gewoon om drie uur, zoals afgesproken.

Ik stuur u vooraf een paar schetsen, zodat we meteen ter zake kunnen komen.

Met vriendelijke groet,
Esther Kooistra""",
           "correct: 'Van' capitalised after 'heer', 'een half uur', 'om drie uur' for 15.00, 'morgen' for donderdag 8")),
    (B, ok(S("nl", "switch_to_call", "Daan Hoogendijk", "Nienke Verbruggen", "friendly", "regular",
             meeting="Koffie over het clubblad", at="vrijdag 9 april om 10.00 uur",
             props=("vrijdag 9 april om 10.30 uur",), reason="mijn auto staat in de garage"),
           "Clubblad: bellen?",
           """Hé Daan,

Mijn auto staat in de garage, dus vrijdag koffie drinken wordt lastig. Zullen we bellen over het clubblad? Half elf in plaats van tien uur, als dat jou ook past.

Groetjes,
Nienke""",
           "correct: 'Half elf in plaats van tien uur' (new and old time in their roles)")),
    (B, ok(S("nl", "switch_to_email", "Cornelis Wagenmakers", "Sanne Hofstede", "formal", "regular",
             meeting="Bespreking van de jaarrekening van de stichting", at="woensdag 14 april om 16.00 uur",
             reason="er zijn nog maar twee kleine vragen"),
           "Jaarrekening stichting: per mail afhandelen?",
           """Geachte heer Wagenmakers,

Bij het doornemen van de jaarrekening van de stichting bleven er nog maar twee kleine vragen over. Om u de reis te besparen stel ik voor die per e-mail af te handelen in plaats van volgende week woensdag bij elkaar te komen.

U ontvangt mijn vragen in een apart bericht.

Met vriendelijke groet,
Sanne Hofstede""",
           "correct: 'twee kleine vragen' from the reason, 'volgende week woensdag' for 14 april from woensdag 7")),
    (C, ok(S("nl", "cancellation_policy", "Yvonne Spijkerman", "Martijn Roelofsen", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 25}),
           "Onze annuleringsvoorwaarden",
           """Geachte mevrouw Spijkerman,

Welkom bij ons! Voor de duidelijkheid zet ik onze annuleringsvoorwaarden op een rij: een afspraak kunt u tot twee dagen (48 uur) van tevoren kosteloos afzeggen. Bij latere afzegging rekenen wij een kwart van het tarief (25%).

Met vriendelijke groet,
Martijn Roelofsen""",
           "correct: policy without meeting, 'twee dagen (48 uur)', 'een kwart van het tarief (25%)'; 'kosteloos' before the notice is the meaning of notice_hours")),
    (C, ok(S("nl", "cancellation_policy", "Jesse Hoekman", "Ilse Wiersma", "friendly", "regular",
             meeting="Zwangerschapsshoot in de duinen", at="zaterdag 29 mei om 19.00 uur",
             pol={"notice_hours": 72, "deposit_percent": 30}),
           "Shoot van zaterdag 29 mei",
           """Hoi Jesse,

Leuk dat de shoot in de duinen vastligt! Even voor de duidelijkheid: ik vraag een aanbetaling van 30%, en verzetten of afzeggen graag uiterlijk drie dagen (72 uur) van tevoren.

Tot zaterdag de 29e, om zeven uur 's avonds!
Ilse""",
           "correct: 'drie dagen (72 uur)', 'zaterdag de 29e, om zeven uur 's avonds' for 19.00")),
    (C, ok(S("nl", "reschedule", "Merel Boonstra", "Kees Hooijmans", "friendly", "new",
             meeting="Proefles zeilen op het Sneekermeer", at="zaterdag 22 mei om 11.00 uur",
             props=("zondag 23 mei om 11.00 uur", "zaterdag 29 mei om 14.00 uur"), reason="er is onweer voorspeld"),
           "Proefles zeilen verzetten",
           """Hoi Merel,

Voor zaterdag is er onweer voorspeld, en dan ga ik echt niet met je het Sneekermeer op.

Kan het zondag 23 mei, ook om elf uur? Of anders de zaterdag erna, de 29e, om twee uur 's middags.

Laat maar weten!
Kees""",
           "correct: 'ook om elf uur', 'de zaterdag erna, de 29e, om twee uur 's middags' for 14.00")),
    (C, ok(S("nl", "decline", "Reinier Blankenstein", "Femke Zwanenburg", "formal", "key",
             meeting="Lunchlezing over duurzaam bouwen", at="dinsdag 25 mei om 12.00 uur",
             reason="ik zit die dag in de jury van een architectuurprijs"),
           "Uw uitnodiging voor de lunchlezing",
           """Geachte heer Blankenstein,

Hartelijk dank voor de uitnodiging voor uw lunchlezing over duurzaam bouwen op dinsdag 25 mei. Tot mijn spijt kan ik er niet bij zijn: ik heb die dag zitting in de jury van een architectuurprijs.

Ik hoop van harte dat er een volgende gelegenheid komt en wens u een geslaagde bijeenkomst.

Met hartelijke groet,
Femke Zwanenburg""",
           "correct: reason paraphrased ('zitting in de jury'), no later date invented")),
    (D, ok(S("nl", "no_show_followup", "Theodoor Sluijter", "Hanneke Bosgra", "formal", "new",
             meeting="Intakegesprek bij de fysiotherapeut", at="dinsdag 31 augustus om 9.15 uur",
             props=("maandag 6 september om 9.15 uur", "woensdag 8 september om 16.45 uur"),
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Uw intakegesprek van dinsdag",
           """Geachte heer Sluijter,

Afgelopen dinsdag om kwart over negen hadden wij een intakegesprek gepland, maar helaas bent u niet verschenen. Ik hoop dat er niets ernstigs aan de hand is.

Volgens onze voorwaarden wordt een afspraak die niet minstens 24 uur van tevoren is afgezegd volledig in rekening gebracht.

Wilt u een nieuwe afspraak maken? Ik heb plek op maandag 6 september om kwart over negen of op woensdag 8 september om kwart voor vijf.

Met vriendelijke groet,
Hanneke Bosgra""",
           "correct: 'afgelopen dinsdag' for 31 augustus, 'volledig' for 100%, 'kwart voor vijf' for 16.45")),
    (D, ok(S("nl", "shorten", "Noor Vegter", "Pieter-Jan Lammers", "friendly", "regular",
             meeting="Wekelijkse stand-up over de webshop", at="maandag 6 september om 9.00 uur", dur=15,
             reason="ik moet direct daarna naar de tandarts"),
           "Stand-up maandag kort",
           """Hoi Noor,

Maandag moet ik meteen na onze stand-up naar de tandarts, dus ik houd het op een kwartiertje. Negen uur blijft negen uur!

Tot maandag,
Pieter-Jan""",
           "correct: 'een kwartiertje' for 15 minutes, 'Negen uur blijft negen uur' for 9.00")),
    (D, ok(S("nl", "delegate", "Joris Kampman", "Lotte Veenstra", "friendly", "regular",
             meeting="Bloemschikworkshop voor het bedrijfsuitje", at="vrijdag 10 september om 14.00 uur",
             col="Mirjam de Haas", reason="ik ben dan op vakantie"),
           "Bloemschikworkshop: Mirjam neemt het over",
           """Hoi Joris,

Volgende week vrijdag zit ik op vakantie, dus de bloemschikworkshop voor jullie bedrijfsuitje wordt gegeven door Mirjam de Haas. Zelfde tijd, zelfde plek. Mirjam weet precies wat we hebben afgesproken, dus dat komt helemaal goed.

Veel plezier!
Lotte""",
           "correct: 'Volgende week vrijdag' for 10 september from donderdag 2, 'zelfde tijd, zelfde plek' (no place named)")),
    (D, ok(S("nl", "late_cancellation", "Vera Mulderij", "Stijn Bakx", "friendly", "new",
             meeting="Proefles salsa in de buurtzaal", at="woensdag 1 september om 20.00 uur",
             props=("woensdag 8 september om 20.00 uur",), reason="een lekke band"),
           "Proefles salsa",
           """Hoi Vera,

Balen van die lekke band gisteren! Geen probleem hoor.

Zin om volgende week woensdag, de 8e, om acht uur 's avonds alsnog te komen? Dan dansen we gewoon een week later.

Groeten,
Stijn""",
           "correct: no policy given and none stated, 'gisteren' for woensdag 1, 'om acht uur 's avonds' for 20.00, 'een week later'")),
    (E, ok(S("nl", "reschedule", "Adriaan Kuipers-Lont", "Gerda Hoefnagels", "formal", "regular",
             meeting="Oplevering van de dakkapel", at="vrijdag 29 oktober om 8.00 uur",
             props=("woensdag 3 november om 8.00 uur",), reason="de kozijnen zijn verkeerd geleverd"),
           "Oplevering dakkapel verschoven",
           """Geachte heer Kuipers-Lont,

Helaas zijn de kozijnen voor uw dakkapel in de verkeerde maat geleverd, waardoor de oplevering van morgen niet door kan gaan.

Wij stellen voor om de oplevering te verplaatsen naar woensdag 3 november, ook om acht uur 's ochtends.

Onze excuses voor de vertraging.

Met vriendelijke groet,
Gerda Hoefnagels""",
           "correct: 'morgen' for vrijdag 29 from donderdag 28, 'ook om acht uur 's ochtends', 'verkeerde maat' paraphrases 'verkeerd geleverd'")),
    (E, ok(S("nl", "switch_to_call", "Willemien Terpstra", "Oscar van Dijkhuis", "formal", "key",
             meeting="Strategisch overleg over de overname van de drukkerij", at="dinsdag 2 november om 11.00 uur",
             props=("dinsdag 2 november om 11.30 uur", "donderdag 4 november om 9.00 uur"),
             reason="ik lig thuis met een hernia"),
           "Overleg over de drukkerij: telefonisch",
           """Geachte mevrouw Terpstra,

Door een hernia ben ik voorlopig aan huis gebonden. Ik wil ons strategisch overleg over de overname van de drukkerij echter niet uitstellen.

Zou u telefonisch willen overleggen? Dat kan dinsdag 2 november om half twaalf, of donderdag 4 november om negen uur.

Met vriendelijke groet,
Oscar van Dijkhuis""",
           "correct: 'om half twaalf' for 11.30, 'om negen uur', reason paraphrased")),
    (E, ok(S("nl", "switch_to_email", "Bas Timmerije", "Karlijn Overdijk", "friendly", "regular",
             meeting="Brainstorm over het jubileumboek", at="maandag 1 november om 13.00 uur",
             reason="ik zit vol met deadlines"),
           "Jubileumboek: per mail?",
           """Hoi Bas,

Ik zit tot over mijn oren in de deadlines. Zullen we de brainstorm over het jubileumboek van maandag per mail doen? Ik stuur je mijn lijstje met ideeën, dan vul jij het aan.

Groetjes,
Karlijn""",
           "correct: idiom 'tot over mijn oren', reason paraphrased")),
    (E, ok(S("nl", "no_show_followup", "Johanna Eikelenboom", "Frank Stapelkamp", "formal", "regular",
             meeting="Taxatie van de woning aan de Singel", at="dinsdag 26 oktober om 14.00 uur",
             props=("woensdag 3 november om 14.00 uur", "vrijdag 5 november om 10.00 uur")),
           "Taxatie van uw woning",
           """Geachte mevrouw Eikelenboom,

Afgelopen dinsdag stond ik om twee uur bij u voor de deur voor de taxatie van de woning aan de Singel, maar er werd niet opengedaan. Ik hoop dat alles in orde is.

Graag plan ik een nieuwe afspraak in. Past woensdag 3 november, hetzelfde tijdstip, of vrijdag 5 november om tien uur?

Met vriendelijke groet,
Frank Stapelkamp""",
           "correct: 'Afgelopen dinsdag … om twee uur' for 26 oktober 14.00, 'hetzelfde tijdstip'")),
    # ---------------------------------------------------------------- flawed
    (A, bad("place_changed", S("nl", "reschedule", "Geertruida Haanstra", "Menno Kruithof", "formal", "regular",
                               meeting="Bezichtiging van het pakhuis in Zwolle", at="woensdag 17 februari om 11.00 uur",
                               props=("maandag 22 februari om 11.00 uur",),
                               reason="de huurder heeft de sleutel nog niet ingeleverd"),
            "Bezichtiging pakhuis verzet",
            """Geachte mevrouw Haanstra,

De huidige huurder heeft de sleutel nog niet ingeleverd, waardoor de bezichtiging van het pakhuis in Kampen morgen niet door kan gaan.

Kunnen we uitwijken naar maandag 22 februari, zelfde tijd?

Met vriendelijke groet,
Menno Kruithof""",
            "place_changed: 'pakhuis in Kampen' for the warehouse in Zwolle")),
    (A, bad("time_swapped", S("nl", "switch_to_call", "Jeroen Buitenhuis", "Anouk Scheepstra", "formal", "regular",
                              meeting="Evaluatie van de marketingcampagne", at="donderdag 25 februari om 14.00 uur",
                              props=("donderdag 25 februari om 15.30 uur",), reason="ik ben die dag in Antwerpen"),
            "Evaluatie campagne: telefonisch",
            """Geachte heer Buitenhuis,

Donderdag ben ik in Antwerpen. Ik stel daarom voor onze afspraak van half vier om te zetten in een telefonische evaluatie van de marketingcampagne om 14.00 uur.

Met vriendelijke groet,
Anouk Scheepstra""",
            "time_swapped: the meeting given as 'half vier' and the call at 14.00 (given: meeting 14.00, call 15.30)")),
    (A, bad("percent_swapped", S("nl", "cancellation_policy", "Ingrid Molenkamp", "Thomas Ruijgrok", "formal", "new",
                                 pol={"notice_hours": 48, "fee_percent": 75, "deposit_percent": 25}),
            "Voorwaarden bij uw reservering",
            """Geachte mevrouw Molenkamp,

Hartelijk dank voor uw reservering. Bij bevestiging vragen wij een aanbetaling van 75%. Annuleert u minder dan 48 uur van tevoren, dan brengen wij 25% van het tarief in rekening.

Met vriendelijke groet,
Thomas Ruijgrok""",
            "percent_swapped: deposit 75% and fee 25% (given: fee 75, deposit 25)")),
    (A, bad("foreign_paragraph", S("nl", "decline", "Hidde Vellinga", "Marloes Dijkstra-Prins", "formal", "regular",
                                   meeting="Rondleiding door de nieuwe melkveestal", at="vrijdag 26 februari om 10.00 uur",
                                   reason="we hebben de investering uitgesteld"),
            "Rondleiding melkveestal",
            """Geachte heer Vellinga,

Hartelijk dank voor de uitnodiging voor de rondleiding door uw nieuwe melkveestal op vrijdag 26 februari.

Wir haben die Investition leider verschoben und möchten Ihre Zeit deshalb nicht unnötig in Anspruch nehmen.

Met vriendelijke groet,
Marloes Dijkstra-Prins""",
            "foreign_paragraph: the reason paragraph is in German")),
    (B, bad("time_recap_wrong", S("nl", "reschedule", "Tjeerd Nijholt", "Evelien Scholte", "friendly", "regular",
                                  meeting="Inmeetafspraak voor de traprenovatie", at="donderdag 8 april om 9.00 uur",
                                  props=("maandag 12 april om 9.00 uur", "dinsdag 13 april om 13.00 uur"),
                                  reason="ons busje is kapot"),
            "Inmeten trap",
            """Hoi Tjeerd,

Ons busje staat stil, dus morgen kunnen we niet komen inmeten voor de traprenovatie. Excuses!

Kan het maandag 12 april om negen uur of dinsdag 13 april om één uur?

Dus tot maandag om één uur?

Evelien""",
            "time_recap_wrong: the recap mixes the two slots ('maandag om één uur')")),
    (B, bad("weekday_wrong", S("nl", "late_cancellation", "Sietske Brandsma", "Ewout Lagerweij", "friendly", "regular",
                               meeting="Pianoles voor gevorderden", at="dinsdag 6 april om 16.30 uur",
                               props=("dinsdag 13 april om 16.30 uur",), reason="een verjaardag die ze vergeten was"),
            "Pianoles",
            """Hoi Sietske,

Geeft niks van gisteren, zo'n vergeten verjaardag kan gebeuren.

Zullen we de les inhalen op woensdag 13 april, om half vijf?

Groet,
Ewout""",
            "weekday_wrong: 'woensdag 13 april' (13 april 2027 is a Tuesday)")),
    (B, bad("number_invented", S("nl", "switch_to_email", "Gijsbert van Roon", "Manon Groeneveld", "formal", "regular",
                                 meeting="Overleg over het cateringmenu", at="vrijdag 16 april om 11.00 uur",
                                 reason="de keuzes zijn bijna rond"),
            "Cateringmenu per mail",
            """Geachte heer Van Roon,

De keuzes voor het cateringmenu zijn vrijwel rond. Ik stel voor dat we het laatste per mail afstemmen in plaats van volgende week vrijdag af te spreken; ik stuur u het menu voor de 65 gasten toe.

Met vriendelijke groet,
Manon Groeneveld""",
            "number_invented: '65 gasten', a head count nobody gave")),
    (B, bad("place_changed", S("nl", "delegate", "Leonie Waalkens", "Rik Verhagen", "formal", "new",
                               meeting="Workshop teambuilding op de hei bij Ede", at="maandag 12 april om 9.30 uur",
                               col="Tamara Wijnands", reason="ik heb een familiebegrafenis"),
            "Workshop teambuilding",
            """Geachte mevrouw Waalkens,

Vanwege een begrafenis in de familie kan ik de workshop teambuilding op de hei bij Otterlo op maandag 12 april niet zelf begeleiden. Mijn collega Tamara Wijnands neemt hem over, om half tien zoals gepland.

Met vriendelijke groet,
Rik Verhagen""",
            "place_changed: 'bij Otterlo' for the heath near Ede")),
    (C, bad("time_swapped", S("nl", "reschedule", "Kasper Nieuwenhuis", "Dewi Hartsuiker", "formal", "regular",
                              meeting="Controle van de zonnepanelen", at="vrijdag 21 mei om 13.00 uur",
                              props=("donderdag 27 mei om 13.00 uur",), reason="de monteur heeft zijn enkel gebroken"),
            "Controle zonnepanelen",
            """Geachte heer Nieuwenhuis,

Onze monteur heeft zijn enkel gebroken. De controle van de zonnepanelen moeten we daarom verzetten van donderdag 27 mei naar vrijdag 21 mei, om één uur.

Met vriendelijke groet,
Dewi Hartsuiker""",
            "time_swapped: moved 'from donderdag 27 mei to vrijdag 21 mei' (the other way round)")),
    (C, bad("foreign_paragraph", S("nl", "switch_to_call", "Hester Lindeboom", "Jasper Noordhoek", "formal", "regular",
                                   meeting="Adviesgesprek over het pensioen", at="dinsdag 25 mei om 10.00 uur",
                                   props=("dinsdag 25 mei om 10.30 uur",), reason="ik ben verkouden en wil u niet aansteken"),
            "Adviesgesprek: telefonisch",
            """Geachte mevrouw Lindeboom,

Ik ben flink verkouden en wil u niet aansteken. Zullen we het adviesgesprek over uw pensioen telefonisch voeren?

Le llamaré el martes 25 de mayo a las diez y media, si le parece bien.

Met vriendelijke groet,
Jasper Noordhoek""",
            "foreign_paragraph: the slot paragraph is in Spanish")),
    (C, bad("percent_swapped", S("nl", "late_cancellation", "Rutger Kaldenbach", "Inge Postma", "formal", "regular",
                                 meeting="Huur van de sloep voor de rondvaart", at="zaterdag 22 mei om 14.00 uur",
                                 props=("zaterdag 29 mei om 14.00 uur",), reason="slecht weer voorspeld",
                                 pol={"notice_hours": 72, "fee_percent": 60, "deposit_percent": 40}),
            "Uw sloephuur van zaterdag",
            """Geachte heer Kaldenbach,

Uw afzegging voor zaterdag hebben wij ontvangen. Omdat die binnen 72 uur valt, houden wij volgens de voorwaarden de aanbetaling van 60% in en brengen wij 40% van de huurprijs in rekening.

U kunt de sloep eventueel op zaterdag 29 mei om 14.00 uur huren.

Met vriendelijke groet,
Inge Postma""",
            "percent_swapped: deposit 60% and fee 40% (given: fee 60, deposit 40)")),
    (C, bad("link_invented", S("nl", "switch_to_email", "Famke de Boer-Hylkema", "Laurens Pauwels", "formal", "new",
                               meeting="Bespreking van het bouwplan voor de schuurwoning", at="donderdag 27 mei om 15.00 uur",
                               reason="de tekeningen zijn bijna klaar"),
            "Bouwplan schuurwoning",
            """Geachte mevrouw De Boer-Hylkema,

De tekeningen voor uw schuurwoning zijn bijna klaar. In plaats van volgende week donderdag af te spreken, stel ik voor dat u ze rustig bekijkt; u vindt het concept op www.pauwelsarchitecten.nl/schuurwoning.

Met vriendelijke groet,
Laurens Pauwels""",
            "link_invented: a web address nobody gave")),
    (D, bad("time_recap_wrong", S("nl", "switch_to_call", "Maarten Dorrestein", "Charlotte Beekhuis", "formal", "key",
                                  meeting="Jaargesprek over het beleggingsprofiel", at="dinsdag 7 september om 16.00 uur",
                                  props=("dinsdag 7 september om 16.30 uur",), reason="ons kantoor is die middag gesloten"),
            "Belafspraak dinsdag 7 september om 16.00 uur",
            """Geachte heer Dorrestein,

Ons kantoor is dinsdagmiddag gesloten. Ik stel voor ons jaargesprek over uw beleggingsprofiel telefonisch te houden, op dinsdag 7 september om half vijf.

Met vriendelijke groet,
Charlotte Beekhuis""",
            "time_recap_wrong: the subject names 16.00 (the old hour) for the call at 16.30")),
    (D, bad("weekday_wrong", S("nl", "no_show_followup", "Bernadette Klomp", "Olaf Hiemstra", "formal", "regular",
                               meeting="Gehoortest bij de audicien", at="dinsdag 31 augustus om 10.00 uur",
                               props=("donderdag 9 september om 10.00 uur",)),
            "Nieuwe afspraak: vrijdag 9 september",
            """Geachte mevrouw Klomp,

Afgelopen dinsdag hadden wij een afspraak voor uw gehoortest, maar u bent niet gekomen. Ik hoop dat alles goed met u gaat.

Ik kan u opnieuw inplannen op donderdag 9 september om tien uur.

Met vriendelijke groet,
Olaf Hiemstra""",
            "weekday_wrong: subject 'vrijdag 9 september' (9 september 2027 is a Thursday); body right")),
    (D, bad("email_invented", S("nl", "shorten", "Roeland Meijerink", "Tessa Koopman", "formal", "regular",
                                meeting="Voortgangsoverleg over de tuinaanleg", at="woensdag 8 september om 8.30 uur", dur=30,
                                reason="ik heb direct daarna een bouwvergadering"),
            "Voortgangsoverleg tuin",
            """Geachte heer Meijerink,

Direct na ons voortgangsoverleg over de tuinaanleg heb ik een bouwvergadering. Zullen we het bij een half uur houden, vanaf half negen?

Stuur uw vragen gerust vooraf naar tessa.koopman@hotmail.com.

Met vriendelijke groet,
Tessa Koopman""",
            "email_invented: a private address nobody gave")),
    (D, bad("discount_invented", S("nl", "late_cancellation", "Hendrik Jan Visscher", "Yara Bouwhuis", "formal", "regular",
                                   meeting="Massage op locatie", at="vrijdag 3 september om 19.00 uur",
                                   props=("vrijdag 10 september om 19.00 uur",),
                                   reason="zijn vlucht is geannuleerd en hij vraagt of de kosten kunnen vervallen",
                                   pol={"notice_hours": 24, "fee_percent": 50}),
            "Uw massage van morgen",
            """Geachte heer Visscher,

Vervelend dat uw vlucht is geannuleerd. Omdat u binnen 24 uur afzegt, breng ik volgens mijn voorwaarden 50% van het tarief in rekening.

Wel krijgt u bij de volgende massage 10% korting. Zal ik u inplannen op vrijdag 10 september om 19.00 uur?

Met vriendelijke groet,
Yara Bouwhuis""",
            "discount_invented: 10% off the next massage because the reason asks for the costs to be dropped")),
    (E, bad("policy_invented", S("nl", "no_show_followup", "Wilma Hazenberg", "Coen Smeding", "friendly", "regular",
                                 meeting="Pedicurebehandeling aan huis", at="dinsdag 26 oktober om 11.00 uur",
                                 props=("dinsdag 2 november om 11.00 uur",)),
            "Pedicure van dinsdag",
            """Beste Wilma,

Dinsdag stond ik om elf uur bij je aan de deur, maar je was niet thuis. Alles goed?

Normaal reken ik bij niet verschijnen de hele behandeling, maar deze keer laat ik dat zo. Zullen we dinsdag 2 november, zelfde tijd, proberen?

Hartelijke groet,
Coen""",
            "policy_invented: 'de hele behandeling' charged for a no-show, though no policy was given")),
    (E, bad("phone_invented", S("nl", "reschedule", "Arnoud Tielemans", "Roos Verstappen", "formal", "new",
                                meeting="Huisbezoek voor het energielabel", at="maandag 1 november om 9.00 uur",
                                props=("woensdag 3 november om 9.00 uur", "vrijdag 5 november om 13.00 uur"),
                                reason="de adviseur is ziek"),
            "Huisbezoek energielabel",
            """Geachte heer Tielemans,

Onze adviseur is ziek, dus het huisbezoek voor uw energielabel van maandag moet worden verzet. Wij kunnen woensdag 3 november om negen uur of vrijdag 5 november om één uur.

Bel gerust naar 06-28471936 om uw keuze door te geven.

Met vriendelijke groet,
Roos Verstappen""",
            "phone_invented: a mobile number nobody gave")),
    (E, bad("title_or_company_invented", S("nl", "decline", "Jolanda Roeterink", "Gijs Bakkenes", "formal", "regular",
                                           meeting="Open dag van het wijnhuis in Epen", at="zaterdag 6 november om 12.00 uur",
                                           reason="ik ben op familiebezoek in Canada"),
            "Open dag wijnhuis",
            """Geachte mevrouw Roeterink,

Dank voor de uitnodiging voor de open dag van uw wijnhuis in Epen. Op zaterdag 6 november ben ik helaas op familiebezoek in Canada.

Met vriendelijke groet,
Gijs Bakkenes
Inkoper wijn & spijs | De Gulle Kelder""",
            "title_or_company_invented: a job title and a company under the signature")),
    (E, bad("name_near_miss", S("nl", "late_cancellation", "Aafke Schimmelpenninck", "Douwe Rijpstra", "formal", "regular",
                                meeting="Rijles op de snelweg", at="woensdag 27 oktober om 15.00 uur",
                                props=("woensdag 3 november om 15.00 uur",), reason="ze moest overwerken",
                                pol={"notice_hours": 48, "fee_percent": 100}),
            "Rijles van gisteren",
            """Beste mevrouw Schimmelpennink,

Uw afzegging voor de rijles van gisteren kwam binnen 48 uur, dus volgens de voorwaarden breng ik de les volledig in rekening. Vervelend dat u moest overwerken.

Zullen we de les inhalen op woensdag 3 november om drie uur?

Met vriendelijke groet,
Douwe Rijpstra""",
            "name_near_miss: 'Schimmelpennink' for Schimmelpenninck (one letter dropped)")),
]
