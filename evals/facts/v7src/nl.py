"""Hand-written Dutch records of the held-out v7 fact set (issue 13): 20 correct, 20 flawed."""

from __future__ import annotations

from v2src._rec import S, bad, ok

A, B, C, D, E = "2027-01-12", "2027-03-30", "2027-06-17", "2027-09-22", "2027-11-23"

RECORDS = [
    # ---------------------------------------------------------------- correct
    (A, ok(S("nl", "reschedule", "Mevr. drs. Hendrika Zwartjes", "Maarten Oosterbeek", "formal", "key",
             meeting="Overleg over de herinrichting van het stationsplein", at="donderdag 14 januari om 14:30",
             props=("dinsdag 19 januari om 14:30", "woensdag 20 januari om 9:00"),
             reason="de verkeerstellingen zijn nog niet verwerkt"),
           "Overleg stationsplein: nieuwe datum",
           """Geachte mevrouw Zwartjes,

De verkeerstellingen zijn nog niet verwerkt, en zonder die cijfers heeft het overleg over de herinrichting van het stationsplein van donderdag weinig zin.

Mag ik u voorstellen het te verplaatsen naar dinsdag 19 januari, op hetzelfde tijdstip (half drie), of naar woensdag 20 januari om 9.00 uur?

Met vriendelijke groet,

Maarten Oosterbeek""",
           "correct: 'Geachte mevrouw Zwartjes' (Mevr. drs.), 'hetzelfde tijdstip (half drie)' for 14:30, '9.00 uur'")),
    (B, ok(S("nl", "reschedule", "Joost Terpstra", "Femke Halsema-Boer", "friendly", "regular",
             meeting="Klusdag in de volkstuin", at="zaterdag 3 april om 10:00",
             props=("zaterdag 10 april om 10:00",), reason="er is storm voorspeld"),
           "Klusdag een weekje later",
           """Hoi Joost,

Voor zaterdag is er storm voorspeld, dus de klusdag in de volkstuin schuiven we een weekje op: zaterdag 10 april, gewoon om tien uur. Neem je je kruiwagen weer mee?

Groetjes,
Femke""",
           "correct: 'een weekje', 'gewoon om tien uur'")),
    (C, ok(S("nl", "reschedule", "Dhr. Ruud van Lingen", "Annemiek Broekhuis", "formal", "regular",
             meeting="Keuring van de lift in het appartementencomplex", at="maandag 21 juni om 8:30",
             props=("maandag 28 juni om 8:30", "dinsdag 29 juni om 13:00"), reason="de monteur van de liftleverancier is ziek"),
           "Liftkeuring: twee andere momenten",
           """Geachte heer Van Lingen,

De monteur van de liftleverancier is ziek gemeld, waardoor de keuring van de lift aanstaande maandag niet door kan gaan. Wij kunnen u de volgende momenten aanbieden:

- maandag 28 juni, om half negen;
- dinsdag 29 juni, om één uur 's middags.

Wilt u laten weten welk moment u schikt?

Met vriendelijke groet,
Annemiek Broekhuis""",
           "correct: 'heer Van Lingen' (Dhr.), 'om half negen', \"om één uur 's middags\"")),
    (D, ok(S("nl", "reschedule", "Sanne Wolters", "Bram Eijkelenboom", "formal", "new",
             meeting="Kennismaking met het nieuwe administratiekantoor", at="vrijdag 24 september om 11:00",
             props=("dinsdag 28 september om 15:00",), reason="ik moet onverwacht naar een klant in Zwolle"),
           "Kennismaking: dinsdag 28 september",
           """Beste mevrouw Wolters,

Onverwacht moet ik vrijdag bij een klant in Zwolle zijn. Zou u de kennismaking willen verplaatsen naar dinsdag 28 september om 15.00 uur? Excuses voor de late wijziging.

Met vriendelijke groet,
Bram Eijkelenboom""",
           "correct: 'Beste mevrouw', '15.00 uur'")),
    (E, ok(S("nl", "decline", "Willemijn Kroes", "Daan Hofstede", "formal", "regular",
             meeting="Netwerkborrel van de ondernemersvereniging", at="donderdag 25 november om 17:00",
             reason="wij hebben die avond onze personeelsavond"),
           "Netwerkborrel donderdag",
           """Beste Willemijn,

Dank voor de uitnodiging voor de netwerkborrel van de ondernemersvereniging. Helaas valt die precies samen met onze eigen personeelsavond, dus ik moet deze keer verstek laten gaan.

Hartelijke groet,
Daan Hofstede""",
           "correct: first name in warm formal mail, 'verstek laten gaan'")),
    (A, ok(S("nl", "decline", "Pieter-Jan de Roo", "Lotte Verbeek", "friendly", "key",
             meeting="Nieuwjaarsduik in Scheveningen", at="zaterdag 16 januari om 12:00",
             reason="mijn knie is nog niet hersteld"),
           "Nieuwjaarsduik zonder mij",
           """Hé Pieter-Jan,

Mijn knie is nog lang niet de oude, dus de nieuwjaarsduik laat ik dit jaar aan mij voorbijgaan. Spring er één extra voor mij in, en daarna een warme chocomel!

Liefs,
Lotte""",
           "correct: 'nog lang niet de oude', 'Spring er één extra voor mij in' (number idiom)")),
    (B, ok(S("nl", "shorten", "Dhr. Koen Blankenstijn", "Iris Dijkhuizen", "formal", "regular",
             meeting="Evaluatie van het onderhoudscontract", at="donderdag 8 april om 13:00",
             dur=45, reason="ik moet om twee uur bij de notaris zijn"),
           "Evaluatie onderhoudscontract: drie kwartier",
           """Geachte heer Blankenstijn,

Donderdag moet ik om twee uur bij de notaris zijn. Zou u ermee akkoord gaan dat wij de evaluatie van het onderhoudscontract beperken tot drie kwartier, vanaf 13.00 uur?

Met vriendelijke groet,
Iris Dijkhuizen""",
           "correct: 'drie kwartier' for 45, 'twee uur' from the reason")),
    (C, ok(S("nl", "shorten", "Marloes Veenstra", "Thijs Brouwers", "friendly", "regular",
             meeting="Wekelijkse hardloopcoaching", at="woensdag 23 juni om 19:00", dur=30,
             reason="ik moet oppassen op mijn neefje"),
           "Woensdag iets korter?",
           """Hoi Marloes,

Woensdag pas ik op mijn neefje, dus de hardloopcoaching wordt een half uurtje in plaats van het gewone uur. Gewoon om zeven uur bij het park?

Sportieve groet,
Thijs""",
           "correct: 'een half uurtje', 'in plaats van het gewone uur' (a length given up), 'om zeven uur' for 19:00")),
    (D, ok(S("nl", "switch_to_call", "Ir. Gerrit Hoekstra", "Esmee Lammers", "formal", "key",
             meeting="Voortgangsoverleg over de dijkversterking", at="donderdag 30 september om 10:00",
             reason="de A7 is afgesloten voor onderhoud"),
           "Voortgangsoverleg donderdag telefonisch",
           """Geachte heer Hoekstra,

Donderdag is de A7 afgesloten voor onderhoud, waardoor ik niet op tijd bij u kan zijn. Zullen we het voortgangsoverleg over de dijkversterking telefonisch houden, gewoon om 10 uur?

Ik bel u dan op het nummer dat bij ons bekend is.

Met vriendelijke groet,
Esmee Lammers""",
           "correct: 'heer Hoekstra' for Ir., 'gewoon om 10 uur', no number given")),
    (E, ok(S("nl", "switch_to_call", "Noor Jansma", "Wessel Groen", "friendly", "regular",
             meeting="Koffie over het bandproject", at="vrijdag 26 november om 15:00",
             props=("vrijdag 26 november om 16:00",), reason="ik zit die middag thuis met de loodgieter"),
           "Vrijdag even bellen?",
           """Hey Noor,

Vrijdagmiddag moet ik thuisblijven voor de loodgieter. Zullen we over het bandproject bellen in plaats van koffie te doen? Liefst om vier uur in plaats van drie, dan is hij hopelijk klaar.

Groet,
Wessel""",
           "correct: 'om vier uur in plaats van drie' keeps roles")),
    (A, ok(S("nl", "switch_to_email", "Mevr. Yvonne Prins", "Gijs Schaap", "formal", "regular",
             meeting="Bespreking van de jaarcijfers van de stichting", at="woensdag 20 januari om 16:00",
             reason="er zijn maar een paar kleine vragen"),
           "Jaarcijfers stichting: per mail",
           """Geachte mevrouw Prins,

Bij het doornemen van de jaarcijfers van de stichting kwam ik op maar een paar kleine vragen uit. Om u een reis te besparen stuur ik ze u liever per e-mail in plaats van woensdag af te spreken.

Met vriendelijke groet,
Gijs Schaap""",
           "correct: 'een paar kleine vragen' from the reason")),
    (C, ok(S("nl", "switch_to_email", "Rik Smeetsma", "Vera Mulder", "friendly", "new",
             meeting="Kennismakingsgesprek over vrijwilligerswerk", at="dinsdag 22 juni om 19:30",
             reason="mijn agenda zit die week vol"),
           "Vrijwilligerswerk: even per mail",
           """Hallo Rik,

Leuk dat je interesse hebt in vrijwilligerswerk bij ons! Mijn agenda zit volgende week helaas propvol, dus laten we de kennismaking eerst per mail doen. Ik stuur je binnenkort wat informatie, en je mag me alles vragen.

Hartelijke groet,
Vera""",
           "correct: 'volgende week' for dinsdag 22 juni (ref Thu 17)")),
    (B, ok(S("nl", "delegate", "Dhr. Arjen Koopmans", "Linda van Wijk", "formal", "regular",
             meeting="Oplevering van de verbouwing", at="woensdag 7 april om 9:00",
             col="Sjoerd Bakema", reason="ik ben die week met verlof"),
           "Oplevering woensdag: Sjoerd Bakema",
           """Geachte heer Koopmans,

Die week ben ik met verlof. De oplevering van de verbouwing op woensdag 7 april om negen uur wordt daarom verzorgd door mijn collega Sjoerd Bakema.

Met vriendelijke groet,
Linda van Wijk""",
           "correct: 'om negen uur'")),
    (D, ok(S("nl", "delegate", "Hanneke Bosman", "Jeroen Vlietstra", "friendly", "regular",
             meeting="Proefles pianostemmen voor beginners", at="maandag 27 september om 16:00",
             col="Maaike Dorrestein", reason="ik sta die dag op een concours in Antwerpen"),
           "Maandag komt Maaike",
           """Hoi Hanneke,

Maandag sta ik op een concours in Antwerpen, dus de proefles pianostemmen neemt Maaike van me over. Ze is er om vier uur, net als afgesproken.

Groetjes,
Jeroen""",
           "correct: colleague by first name, 'om vier uur' for 16:00")),
    (E, ok(S("nl", "no_show_followup", "Mevr. Gerda Stroeve", "Tim Valkenburg", "formal", "regular",
             meeting="Gesprek over uw hypotheekaanvraag", at="vrijdag 19 november om 10:30",
             props=("maandag 29 november om 10:30",)),
           "Uw afspraak van afgelopen vrijdag",
           """Geachte mevrouw Stroeve,

Afgelopen vrijdag om half elf hadden wij een gesprek over uw hypotheekaanvraag gepland, maar helaas bent u niet verschenen. Ik hoop dat er niets ernstigs aan de hand is.

Schikt maandag 29 november op hetzelfde tijdstip u?

Met vriendelijke groet,
Tim Valkenburg""",
           "correct: past 'afgelopen vrijdag om half elf' (10:30), 'hetzelfde tijdstip'")),
    (A, ok(S("nl", "no_show_followup", "Kevin Oudshoorn", "Sophie Draaisma", "friendly", "regular",
             meeting="Bijlesuur wiskunde", at="maandag 11 januari om 16:30",
             pol={"fee_percent": 100}),
           "Bijles van gisteren",
           """Hoi Kevin,

Gisteren om half vijf zat ik klaar voor je bijles wiskunde, maar je kwam niet opdagen. Balen! Zoals afgesproken reken ik een gemiste les zonder afmelding volledig (100%).

Laat je weten wanneer je weer kunt?

Sophie""",
           "correct: 'gisteren om half vijf' (16:30), 'volledig (100%)'")),
    (C, ok(S("nl", "late_cancellation", "Dhr. Frank Lindeboom", "Ellen Hazenberg", "formal", "new",
             meeting="Rondvaart met de sloep", at="dinsdag 15 juni om 14:00",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Uw annulering van de rondvaart",
           """Geachte heer Lindeboom,

Wij hebben uw annulering van de rondvaart van afgelopen dinsdag ontvangen. Volgens onze voorwaarden kunt u tot twee dagen (48 uur) vooraf kosteloos annuleren; daarna brengen wij de helft van het tarief (50%) in rekening.

Wij hopen u een andere keer aan boord te verwelkomen.

Met vriendelijke groet,
Ellen Hazenberg""",
           "correct: 'twee dagen (48 uur)', 'de helft van het tarief (50%)'")),
    (D, ok(S("nl", "late_cancellation", "Jolien Meijering", "Roel Achterberg", "friendly", "key",
             meeting="Workshop bloemschikken met herfsttakken", at="dinsdag 21 september om 19:30",
             props=("dinsdag 5 oktober om 19:30",), pol={"deposit_percent": 20},
             reason="haar dochter werd ziek"),
           "Workshop: volgende keer beter!",
           """Hoi Jolien,

Vervelend dat je dochter ziek werd, ik hoop dat ze weer opknapt! Omdat je zo laat afzei, blijft de aanbetaling van 20% staan, zo zijn de regels.

Heb je zin om op dinsdag 5 oktober, zelfde tijd, alsnog te komen?

Groetjes,
Roel""",
           "correct: given 20% deposit kept, 'zelfde tijd', reason acknowledged")),
    (B, ok(S("nl", "cancellation_policy", "Mevr. Ingrid Hazeleger", "Bas Kortekaas", "formal", "new",
             pol={"notice_hours": 24, "deposit_percent": 25}),
           "Onze annuleringsvoorwaarden",
           """Geachte mevrouw Hazeleger,

Welkom als nieuwe klant. Bij een boeking vragen wij een aanbetaling van een kwart (25%). Kosteloos annuleren kan tot een etmaal (24 uur) van tevoren.

Met vriendelijke groet,
Bas Kortekaas""",
           "correct: 'een kwart (25%)', 'een etmaal (24 uur)', free cancellation up to the notice")),
    (E, ok(S("nl", "cancellation_policy", "Stijn Pouw", "Carla Zandbergen", "formal", "regular",
             meeting="Fotoshoot voor de nieuwe website", at="maandag 29 november om 9:30",
             pol={"notice_hours": 72, "fee_percent": 100}),
           "Fotoshoot maandag: onze voorwaarden",
           """Beste heer Pouw,

Even ter herinnering, met het oog op de fotoshoot van maandag om half tien: kosteloos verzetten of annuleren kan tot drie dagen (72 uur) van tevoren. Daarna rekenen wij het volledige bedrag, oftewel 100%.

Met vriendelijke groet,
Carla Zandbergen""",
           "correct: 'om half tien' (9:30), 'drie dagen (72 uur)', 'het volledige bedrag, oftewel 100%'")),
    # ---------------------------------------------------------------- flawed
    (A, bad("time_swapped", S("nl", "reschedule", "Mevr. Anouk Sterrenburg", "Hidde Veldkamp", "formal", "regular",
             meeting="Bespreking van het bestemmingsplan", at="vrijdag 15 januari om 10:00",
             props=("vrijdag 15 januari om 14:00",), reason="de wethouder kan pas 's middags"),
           "Bestemmingsplan: vrijdag later op de dag",
           """Geachte mevrouw Sterrenburg,

De wethouder kan vrijdag pas 's middags aansluiten. Ik stel daarom voor de bespreking van het bestemmingsplan te verplaatsen van 14.00 uur naar 10.00 uur.

Met vriendelijke groet,
Hidde Veldkamp""",
           "body: 'van 14.00 uur naar 10.00 uur' inverts old (10:00) and new (14:00)")),
    (B, bad("time_swapped", S("nl", "no_show_followup", "Lars Hoogeveen", "Nina Rademaker", "friendly", "regular",
             meeting="Fietsafstelling bij de werkplaats", at="maandag 29 maart om 17:00",
             props=("donderdag 1 april om 17:00",)),
           "Je fietsafspraak",
           """Hoi Lars,

Donderdag 1 april om vijf uur stond je fietsafstelling gepland, maar je was er niet. Zullen we het maandag 29 maart opnieuw proberen, zelfde tijd?

Groet,
Nina""",
           "missed and new dates exchanged (missed: Monday 29 March; offered: Thursday 1 April)")),
    (C, bad("time_recap_wrong", S("nl", "reschedule", "Dhr. Evert Kuipers", "Yara de Graaf", "formal", "key",
             meeting="Jaargesprek over de verzekeringsportefeuille", at="vrijdag 18 juni om 9:00",
             props=("woensdag 23 juni om 9:00", "donderdag 24 juni om 15:30"), reason="ik moet een spoedzaak afhandelen"),
           "Jaargesprek: nieuwe momenten",
           """Geachte heer Kuipers,

Door een spoedzaak kan ik vrijdag ons jaargesprek over de verzekeringsportefeuille helaas niet voeren. Ik kan u woensdag 23 juni om 9.00 uur of donderdag 24 juni om half vier aanbieden.

Ik noteer alvast voorlopig donderdag om half drie; laat u weten of dat schikt?

Met vriendelijke groet,
Yara de Graaf""",
           "recap 'half drie' (14:30) for the offered half vier (15:30)")),
    (D, bad("time_recap_wrong", S("nl", "switch_to_call", "Milou Steenbergen", "Ferdi Otten", "formal", "regular",
             meeting="Toelichting op de offerte voor zonnepanelen", at="woensdag 29 september om 11:00",
             reason="mijn auto staat in de garage"),
           "Offerte zonnepanelen: woensdag om 11.30 uur telefonisch",
           """Beste mevrouw Steenbergen,

Mijn auto staat in de garage, waardoor ik woensdag niet langs kan komen. Zal ik u om 11.00 uur bellen voor de toelichting op de offerte voor de zonnepanelen?

Met vriendelijke groet,
Ferdi Otten""",
           "subject names 11.30 uur; the call is at 11:00")),
    (E, bad("weekday_wrong", S("nl", "reschedule", "Thomas Kamphuis", "Laura Vonk", "friendly", "regular",
             meeting="Proefrit met de elektrische bakfiets", at="donderdag 25 november om 11:00",
             props=("maandag 29 november om 11:00",), reason="de accu wordt nog vervangen"),
           "Proefrit verzet naar dinsdag 29 november",
           """Hoi Thomas,

De accu van de elektrische bakfiets wordt nog vervangen, dus donderdag gaat de proefrit niet lukken. Kun je maandag de 29e, ook om elf uur?

Groeten,
Laura""",
           "subject 'dinsdag 29 november' (29 November 2027 is a Monday)")),
    (A, bad("weekday_wrong", S("nl", "late_cancellation", "Dhr. Marco Bijlsma", "Sarah Wijnberg", "formal", "regular",
             meeting="Zaalverhuur voor de jubileumlunch", at="vrijdag 8 januari om 12:00",
             props=("donderdag 21 januari om 12:00",), pol={"notice_hours": 72, "deposit_percent": 30}),
           "Uw annulering van de jubileumlunch",
           """Geachte heer Bijlsma,

Wij ontvingen uw annulering van de zaalverhuur voor de jubileumlunch binnen 72 uur voor aanvang. De aanbetaling van 30% kunnen wij daarom helaas niet terugstorten.

Een nieuwe datum is mogelijk op woensdag 21 januari om 12.00 uur.

Met vriendelijke groet,
Sarah Wijnberg""",
           "body 'woensdag 21 januari' (21 January 2027 is a Thursday)")),
    (B, bad("percent_swapped", S("nl", "cancellation_policy", "Mevr. Tessa Groeneveld", "Luuk Vermeulen", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 75, "deposit_percent": 50}),
           "Voorwaarden bij annulering",
           """Geachte mevrouw Groeneveld,

Bij bevestiging van uw boeking vragen wij driekwart (75%) als aanbetaling. Annuleren kan kosteloos tot 48 uur vooraf; daarna brengen wij de helft van het bedrag in rekening.

Met vriendelijke groet,
Luuk Vermeulen""",
           "deposit said 75% and fee 'de helft' (given fee 75%, deposit 50%)")),
    (C, bad("percent_swapped", S("nl", "late_cancellation", "Ruben Tammes", "Marit Hulshof", "friendly", "regular",
             meeting="Kanotocht op de Dommel", at="woensdag 16 juni om 10:00",
             pol={"fee_percent": 60, "deposit_percent": 40}),
           "Kanotocht van gisteren",
           """Hoi Ruben,

Jammer dat je gisteren zo laat afzei voor de kanotocht op de Dommel. Volgens onze voorwaarden hou ik je aanbetaling (60%) in en betaal je 40% annuleringskosten.

Hopelijk tot een volgende keer!
Marit""",
           "deposit 60% and fee 40% swapped (given fee 60%, deposit 40%)")),
    (D, bad("policy_invented", S("nl", "decline", "Dhr. Wim Hartsuiker", "Petra Kloosterman", "formal", "regular",
             meeting="Demonstratie van de nieuwe kassasoftware", at="vrijdag 1 oktober om 14:00",
             reason="wij stappen pas volgend jaar over"),
           "Demonstratie kassasoftware",
           """Geachte heer Hartsuiker,

Dank voor het aanbod van een demonstratie van de nieuwe kassasoftware. Omdat wij pas volgend jaar overstappen, zeg ik de afspraak van vrijdag af; dat kan gelukkig nog kosteloos, ruim binnen de annuleringstermijn.

Met vriendelijke groet,
Petra Kloosterman""",
           "'kosteloos, ruim binnen de annuleringstermijn' invents a cancellation policy")),
    (E, bad("number_invented", S("nl", "shorten", "Ilse Wubbels", "Menno Brinkman", "formal", "regular",
             meeting="Kwartaaloverleg met de franchisenemers", at="woensdag 24 november om 13:00", dur=60,
             reason="de zaal is daarna bezet"),
           "Kwartaaloverleg: één uur",
           """Beste mevrouw Wubbels,

De zaal is na ons kwartaaloverleg met de franchisenemers direct weer bezet. Ik stel voor het overleg tot een uur te beperken, vanaf 13.00 uur. Met 23 vestigingen aan tafel wordt het compact, maar het lukt.

Met vriendelijke groet,
Menno Brinkman""",
           "'23 vestigingen' is a number nobody gave")),
    (A, bad("discount_invented", S("nl", "switch_to_email", "Dhr. Olaf Renes", "Kim Zuidema", "formal", "key",
             meeting="Gesprek over de klacht over de levering", at="dinsdag 19 januari om 11:00",
             reason="de klant wil compensatie voor de vertraging"),
           "Uw klacht over de levering",
           """Geachte heer Renes,

Ik begrijp goed dat u compensatie wilt voor de vertraagde levering. Om het snel af te handelen stel ik voor dit per e-mail te doen in plaats van dinsdag af te spreken. Wij crediteren alvast 10% van het factuurbedrag.

Met vriendelijke groet,
Kim Zuidema""",
           "reason used as licence: a 10% credit nobody gave")),
    (B, bad("link_invented", S("nl", "switch_to_call", "Mirjam Tuinstra", "Koen Alberda", "formal", "regular",
             meeting="Tussentijdse evaluatie van de coachingstrajecten", at="dinsdag 6 april om 15:00",
             reason="ons kantoor wordt geschilderd"),
           "Evaluatie dinsdag op afstand",
           """Beste mevrouw Tuinstra,

Ons kantoor wordt volgende week geschilderd. Zullen we de tussentijdse evaluatie van de coachingstrajecten dinsdag om 15.00 uur online houden? U kunt inbellen via teams.microsoft.com/l/meetup-join/alberda-evaluatie.

Met vriendelijke groet,
Koen Alberda""",
           "a Teams link nobody gave")),
    (C, bad("email_invented", S("nl", "decline", "Joris Wiersma", "Lieke Pannekoek", "friendly", "regular",
             meeting="Lunch met het oude projectteam", at="vrijdag 25 juni om 12:30",
             reason="ik zit dan in Portugal"),
           "Lunch vrijdag",
           """Hoi Joris,

Vrijdag zit ik helaas in Portugal, dus de lunch met het oude projectteam moet zonder mij. Stuur je de foto's naar lieke.pannekoek@hotmail.com? Dan ben ik er toch een beetje bij.

Groetjes,
Lieke""",
           "a private e-mail address nobody gave")),
    (D, bad("phone_invented", S("nl", "delegate", "Mevr. Rosa Dijkstra", "Sander Wouda", "formal", "regular",
             meeting="Taxatie van de woning", at="donderdag 23 september om 10:00",
             col="Erik Lagendijk", reason="ik heb een familieomstandigheid"),
           "Taxatie morgen: Erik Lagendijk",
           """Geachte mevrouw Dijkstra,

Door een familieomstandigheid kan ik morgen helaas niet komen. Mijn collega Erik Lagendijk verzorgt de taxatie van uw woning om 10.00 uur. U kunt hem bereiken op 06-41 27 88 35.

Met vriendelijke groet,
Sander Wouda""",
           "a mobile number nobody gave")),
    (E, bad("title_or_company_invented", S("nl", "no_show_followup", "Bart Verhoef", "Anke Siersema", "formal", "new",
             meeting="Intakegesprek voor de loopbaancoaching", at="maandag 22 november om 9:00",
             props=("vrijdag 26 november om 9:00",)),
           "Uw intakegesprek van gisteren",
           """Beste heer Verhoef,

Gisterochtend om negen uur stond uw intakegesprek voor de loopbaancoaching gepland; helaas heb ik u niet gezien. Zullen we vrijdag 26 november op hetzelfde tijdstip een nieuwe poging doen?

Met vriendelijke groet,
Anke Siersema
Senior loopbaanadviseur | Koers & Kompas""",
           "signature adds a title and a company nobody gave")),
    (A, bad("name_near_miss", S("nl", "shorten", "Dhr. Hendrik Rozendaal", "Suzanne Bolt", "formal", "regular",
             meeting="Beoordelingsgesprek van de stagiairs", at="woensdag 13 januari om 14:00", dur=30,
             reason="ik moet naar een calamiteitenoverleg"),
           "Beoordelingsgesprek morgen korter",
           """Geachte heer Rosendaal,

Morgen moet ik aansluiten bij een calamiteitenoverleg. Kunnen wij het beoordelingsgesprek van de stagiairs tot een half uur beperken, om 14.00 uur?

Met vriendelijke groet,
Suzanne Bolt""",
           "greeting 'Rosendaal' for Rozendaal (one letter)")),
    (B, bad("place_changed", S("nl", "reschedule", "Wendy Smit-Hoogland", "Rutger Bloem", "formal", "regular",
             meeting="Bezichtiging van het kantoorpand in Amersfoort", at="vrijdag 2 april om 11:00",
             props=("maandag 12 april om 11:00",), reason="de huidige huurder verhuist later"),
           "Bezichtiging: maandag 12 april",
           """Geachte mevrouw Smit-Hoogland,

De huidige huurder verhuist later dan gepland. De bezichtiging van het kantoorpand in Apeldoorn schuiven we daarom op naar maandag 12 april, om 11.00 uur.

Met vriendelijke groet,
Rutger Bloem""",
           "place 'Apeldoorn' for Amersfoort")),
    (C, bad("place_changed", S("nl", "delegate", "Gijsbert Tol", "Merel Aalbers", "friendly", "regular",
             meeting="Rondleiding in de kaasmakerij in Gouda", at="dinsdag 22 juni om 10:30",
             col="Daphne Visscher", reason="ik ben op een beurs in Parijs"),
           "Rondleiding dinsdag: Daphne neemt het over",
           """Hoi Gijsbert,

Dinsdag ben ik op een beurs in Parijs. De rondleiding in de kaasmakerij in Woerden gaat gewoon door om half elf, met Daphne Visscher als gids.

Groeten,
Merel""",
           "place 'Woerden' for Gouda")),
    (D, bad("foreign_paragraph", S("nl", "switch_to_email", "Dhr. Lucas Brandsma", "Ans Feenstra", "formal", "regular",
             meeting="Afstemming over de subsidieaanvraag", at="maandag 27 september om 13:30",
             reason="alle stukken zijn al compleet"),
           "Subsidieaanvraag per e-mail",
           """Geachte heer Brandsma,

Alle stukken voor de subsidieaanvraag zijn al compleet. Ik stel daarom voor de afstemming van maandag per e-mail te doen.

Ich schicke Ihnen die Unterlagen gleich zu und freue mich auf Ihre Rückmeldung.

Met vriendelijke groet,
Ans Feenstra""",
           "one paragraph in German")),
    (E, bad("foreign_paragraph", S("nl", "decline", "Femke Schoonderwoerd", "Hugo Nijland", "friendly", "regular",
             meeting="Pubquiz van de hockeyclub", at="vrijdag 26 november om 20:00",
             reason="ik heb nachtdienst"),
           "Pubquiz vrijdag",
           """Hoi Femke,

Vrijdag heb ik nachtdienst, dus de pubquiz van de hockeyclub moet zonder mij.

¡Mucha suerte al equipo, seguro que ganáis esta vez!

Groetjes,
Hugo""",
           "one paragraph in Spanish")),
]
