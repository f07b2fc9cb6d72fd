"""v10 Dutch records, written by hand (data-z, 2026-12-07). 001-020 correct, 021-040 flawed."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v10src._d import A, B, C, D, E


def S(*a, **k):
    return _S("nl", *a, **k)


RECORDS = [
# ---------------------------------------------------------------- correct
(A, ok(S("reschedule", "Hendrika Oosterbaan", "Joost Verschueren", "formal", "regular",
        meeting="Overleg over de crossdock-planning in Moerdijk", at="donderdag 4 februari om 13:30",
        props=("maandag 8 februari om 13:30", "dinsdag 9 februari om 10:00"),
        reason="onze planner ligt met griep in bed"),
    "Overleg crossdock-planning verzetten",
    """Geachte mevrouw Oosterbaan,

Onze planner is door de griep geveld, en zonder hem heeft ons overleg over de crossdock-planning in Moerdijk weinig zin. Ik wil het daarom graag verzetten.

Zou een van deze momenten u schikken?
- maandag 8 februari, zelfde tijd (half twee);
- dinsdag 9/2 om tien uur.

Excuses voor het ongemak.

Met vriendelijke groet,
Joost Verschueren""",
    "correct: 'zelfde tijd (half twee)' for 13:30, 'dinsdag 9/2 om tien uur', reason paraphrased 'door de griep geveld'")),
(A, ok(S("decline", "Wessel Brandsma", "Femke Wiersema", "friendly", "regular",
        meeting="Open repetitie van het jeugdorkest", at="zaterdag 6 februari om 14:00",
        reason="ik zit dat weekend in de jury van een concours in Gent"),
    "Zaterdag",
    """Hoi Wessel,

Balen, maar ik moet de open repetitie van het jeugdorkest zaterdag missen: ik zit dat hele weekend in Gent, in de jury van een concours.

Zet 'm op met die kids, en maak een filmpje voor me!

Groetjes,
Femke""",
    "correct: friendly, 'Zet 'm op', reason restated, no numbers")),
(A, ok(S("no_show_followup", "Gerarda Sluijter", "Maarten van Oirschot", "formal", "regular",
        meeting="Gebitscontrole van uw paard Sultan", at="maandag 1 februari om 10:00",
        props=("vrijdag 5 februari om 10:00",)),
    "Gebitscontrole Sultan",
    """Beste mevrouw Sluijter,

Maandagochtend om tien uur stond ik bij de stal voor de gebitscontrole van Sultan, maar er was niemand om hem uit de wei te halen. Ik hoop dat er niets aan de hand is.

Ik kan vrijdag 5 februari op hetzelfde tijdstip nog eens langskomen. Laat u even weten of dat lukt?

Met vriendelijke groet,
Maarten van Oirschot""",
    "correct: past meeting 'Maandagochtend om tien uur' from Wed 3 Feb, 'op hetzelfde tijdstip'")),
(A, ok(S("switch_to_email", "Coen Hazewinkel", "Ilse Verbrugge", "formal", "new",
        meeting="Kennismaking over de vertaling van uw jaarverslag", at="vrijdag 5 februari om 15:00",
        reason="ik heb alleen de brontekst en het aantal woorden nodig"),
    "Vertaling jaarverslag: per e-mail",
    """Geachte heer Hazewinkel,

Dank voor uw aanvraag voor de vertaling van uw jaarverslag. Om een offerte te maken heb ik eigenlijk alleen de brontekst en het aantal woorden nodig; een kennismaking vrijdagmiddag is daarvoor niet nodig.

Als u mij de tekst per e-mail stuurt, ontvangt u zo snel mogelijk mijn voorstel.

Met vriendelijke groet,
Ilse Verbrugge""",
    "correct: 'vrijdagmiddag' for 15:00, reason restated, no price or deadline")),
(B, ok(S("shorten", "Jacoba Terpstra", "Ruben Kleinjan", "formal", "key",
        meeting="Ontwerpsessie voor de verbouwing van de pastorie", at="donderdag 25 maart om 9:00", dur=90,
        reason="de welstandscommissie heeft mij om elf uur uitgenodigd"),
    "Ontwerpsessie donderdag: anderhalf uur",
    """Beste mevrouw Terpstra,

De welstandscommissie heeft mij donderdag om elf uur uitgenodigd. Onze ontwerpsessie voor de verbouwing van de pastorie gaat gewoon door, maar ik moet hem beperken tot anderhalf uur: van negen tot half elf.

Zo houd ik nog even tijd om naar de commissie te rijden. Ik neem de schetsen van de zolderverdieping mee.

Met hartelijke groet,
Ruben Kleinjan""",
    "correct: 'anderhalf uur' for 90, the computed end 'half elf' of a 90-minute slot from 9:00, 'elf uur' from the reason")),
(B, ok(S("delegate", "Stijn Roelofsen", "Marieke Vlasblom", "friendly", "regular",
        meeting="Uitrol van de nieuwe laptops op kantoor", at="woensdag 24 maart om 8:30",
        col="Thijs Hogendoorn", reason="ik moet morgen onverwacht naar een storing bij een andere klant"),
    "Laptops morgen: Thijs komt",
    """Hoi Stijn,

Er is een storing bij een andere klant waar ik morgen onverwacht heen moet, dus de uitrol van jullie nieuwe laptops doet mijn collega Thijs Hogendoorn.

Hij is er gewoon om half negen en heeft de configuratie samen met mij voorbereid, dus dat komt helemaal goed.

Groeten,
Marieke""",
    "correct: 'om half negen' for 8:30, 'morgen' = Wed 24")),
(B, ok(S("switch_to_call", "Aleida Bruinsma", "Diederik Halbersma", "formal", "regular",
        meeting="Bespreking van het concept-samenlevingscontract", at="vrijdag 26 maart om 11:00",
        props=("vrijdag 26 maart om 16:00",), reason="er zijn nog maar twee kleine vragen"),
    "Uw samenlevingscontract",
    """Geachte mevrouw Bruinsma,

Over het concept van uw samenlevingscontract zijn er nog maar twee kleine vragen. Die kunnen we gemakkelijk telefonisch bespreken, zodat u niet naar kantoor hoeft te komen.

Mag ik u vrijdag om vier uur 's middags bellen?

Met vriendelijke groet,
Diederik Halbersma""",
    "correct: 'vrijdag om vier uur 's middags' for 16:00, 'twee kleine vragen' from the reason")),
(B, ok(S("cancellation_policy", "Roeland Veldkamp", "Sanne Wijnbergen", "formal", "new",
        pol={"notice_hours": 1440, "fee_percent": 100, "deposit_percent": 25}),
    "Annuleringsvoorwaarden van onze locatie",
    """Geachte heer Veldkamp,

Fijn dat u onze locatie overweegt voor uw feest. Voor de volledigheid onze voorwaarden:

Bij het vastleggen van de datum vragen wij een aanbetaling van 25%. Annuleert u binnen zestig dagen (1440 uur) voor het feest, dan wordt het volledige bedrag in rekening gebracht.

Met vriendelijke groet,
Sanne Wijnbergen""",
    "correct: policy without a meeting, 'zestig dagen (1440 uur)', 'het volledige bedrag' for 100")),
(C, ok(S("no_show_followup", "Lotte Scheepmaker", "Bram Ooms", "friendly", "regular",
        meeting="Wekelijkse pianoles in het buurthuis", at="dinsdag 13 april om 16:15", props=("dinsdag 20 april om 16:15",)),
    "Pianoles van gisteren",
    """Hoi Lotte,

Gistermiddag om kwart over vier zat ik klaar voor je pianoles, maar je kwam niet opdagen. Alles goed?

Volgende week dinsdag, zelfde tijd, gewoon weer? Laat even weten!

Groet,
Bram""",
    "correct: 'Gistermiddag om kwart over vier' from Wed 14 Apr, 'Volgende week dinsdag, zelfde tijd' = Tue 20")),
(C, ok(S("reschedule", "Harm Wolthuis", "Esther Kamsteeg", "formal", "regular",
        meeting="Vaccinatie van de kittens", at="vrijdag 16 april om 17:00",
        props=("maandag 19 april om 17:00",), reason="de vaccins zijn nog niet geleverd"),
    "Vaccinatie kittens verzet naar maandag",
    """Beste meneer Wolthuis,

Helaas zijn de vaccins nog niet bij ons geleverd, zodat we de kittens vrijdag niet kunnen inenten.

Ik stel voor de vaccinatie naar maandag 19 april te verplaatsen, om vijf uur 's middags, net als eerst gepland.

Met vriendelijke groet,
Esther Kamsteeg""",
    "correct: 'om vijf uur 's middags' for 17:00, 'Beste meneer'")),
(C, ok(S("late_cancellation", "Marjolein Tuinstra", "Pieter Goudsmit", "formal", "regular",
        meeting="Tolkopdracht bij de notaris voor de aktepassering", at="donderdag 15 april om 10:00",
        reason="afzegging vanochtend per telefoon", pol={"notice_hours": 48, "fee_percent": 50}),
    "Tolkopdracht van morgen",
    """Geachte mevrouw Tuinstra,

Vanochtend belde u af voor de tolkopdracht van morgen bij de notaris. Ik heb daar begrip voor, maar moet u er wel op wijzen dat bij een afzegging binnen twee dagen (48 uur) de helft van het tarief in rekening wordt gebracht, zoals in mijn voorwaarden staat.

U ontvangt daarvoor binnenkort de factuur.

Met vriendelijke groet,
Pieter Goudsmit""",
    "correct: 'twee dagen (48 uur)', 'de helft van het tarief' for 50, 'morgen' = Thu 15")),
(C, ok(S("switch_to_call", "Gijs Oudshoorn", "Nadia El Ouali", "friendly", "key",
        meeting="Evaluatie van de zeecontainerplanning", at="donderdag 15 april om 14:00",
        reason="ik zit die week in Antwerpen op de haven"),
    "Morgen bellen i.p.v. langskomen?",
    """Hoi Gijs,

Ik zit deze week in de haven van Antwerpen, dus langskomen voor de evaluatie van de zeecontainerplanning lukt morgen niet. Zullen we bellen, gewoon om twee uur?

Dan zetten we de cijfers ernaast en hebben we het zo rond.

Groet uit Antwerpen,
Nadia""",
    "correct: friendly to a key client, 'om twee uur' for 14:00, 'zo rond' idiom")),
(D, ok(S("decline", "Wilhelmina Kooistra", "Youssef Bakkali", "formal", "new",
        meeting="Kennismaking over het beheer van uw kassasysteem", at="donderdag 6 mei om 10:00",
        reason="wij ondersteunen dat kassamerk niet"),
    "Uw kassasysteem",
    """Geachte mevrouw Kooistra,

Hartelijk dank voor uw interesse in onze dienstverlening. Bij nader inzien ondersteunen wij het merk van uw kassasysteem helaas niet, en ik wil u niet laten komen voor een kennismaking waar we niets mee kunnen.

Ik zeg de afspraak van donderdag daarom af, en wens u veel succes met het vinden van een passende partij.

Met vriendelijke groet,
Youssef Bakkali""",
    "correct: reason paraphrased, 'donderdag' for the meeting")),
(D, ok(S("switch_to_email", "Jelle Hoekstra", "Anouk Bijlsma", "friendly", "regular",
        meeting="Bespreking van de materiaalstaat voor de dakkapel", at="vrijdag 7 mei om 16:00",
        reason="de materiaalstaat is één pagina"),
    "Materiaalstaat dakkapel",
    """Hoi Jelle,

De materiaalstaat voor je dakkapel past op één A4'tje, dus daar hoeven we vrijdag niet voor om tafel. Ik mail hem je vandaag, dan kun je er rustig naar kijken en mailen als er iets niet klopt.

Fijn weekend alvast!
Anouk""",
    "correct: 'één A4'tje' for 'één pagina', no meeting time restated")),
(D, ok(S("late_cancellation", "Tessa van Hulst", "Kees Doornbos", "friendly", "regular",
        meeting="Zangles", at="maandag 3 mei om 19:30",
        reason="afgemeld een kwartier van tevoren", pol={"fee_percent": 100}),
    "Zangles van gisteren",
    """Hoi Tessa,

Jammer dat je gisteravond een kwartier van tevoren moest afzeggen. Ik hoop dat alles goed is!

Zoals afgesproken breng ik een les die zo laat wordt afgezegd wel volledig in rekening. Volgende week ben je gewoon weer welkom.

Liefs,
Kees""",
    "correct: 'volledig in rekening' for 100, 'een kwartier' from the reason, 'gisteravond' = Mon 3 May 19:30")),
(D, ok(S("cancellation_policy", "Ferdinand Hulshof", "Liesbeth Ruitenberg", "formal", "regular",
        meeting="Bedrijfsborrel in de Koetsierszaal", at="vrijdag 14 mei om 17:00",
        pol={"notice_hours": 168, "deposit_percent": 50}),
    "Uw borrel op vrijdag 14 mei",
    """Beste heer Hulshof,

Wat leuk dat u de Koetsierszaal heeft gereserveerd voor uw bedrijfsborrel op vrijdag 14 mei om vijf uur.

Om de datum vast te leggen vragen wij de helft van het bedrag als aanbetaling (50%). Kosteloos annuleren kan tot een week (168 uur) van tevoren.

Met vriendelijke groet,
Liesbeth Ruitenberg""",
    "correct: 'vrijdag 14 mei om vijf uur', 'de helft ... als aanbetaling (50%)', 'een week (168 uur)'")),
(E, ok(S("shorten", "Sietske Boersma", "Laurens Pijnacker", "friendly", "regular",
        meeting="Nacontrole van de hechting van Bobbie", at="vrijdag 4 juni om 9:00", dur=15,
        reason="ik heb daarna een spoedoperatie"),
    "Nacontrole Bobbie",
    """Hoi Sietske,

Vrijdag heb ik direct na de nacontrole van Bobbie een spoedoperatie, dus het wordt een kwartiertje om negen uur. Dat is voor een hechting ruim genoeg, hoor!

Tot vrijdag,
Laurens""",
    "correct: 'een kwartiertje' for 15, 'om negen uur'")),
(E, ok(S("delegate", "Maurits van Aalst", "Gertrude Hofstede", "formal", "key",
        meeting="Passeren van de akte van levering van het bedrijfspand", at="dinsdag 8 juni om 14:00",
        col="Rogier Lammertsma", reason="ik ben die dag bij de rechtbank"),
    "Akte van levering bedrijfspand",
    """Geachte heer Van Aalst,

Op dinsdag 8 juni moet ik de hele dag bij de rechtbank zijn. Om de levering van uw bedrijfspand niet te vertragen, zal mijn collega Rogier Lammertsma de akte om 14.00 uur met u passeren.

De heer Lammertsma kent het dossier en de afspraken met de koper in detail.

Met vriendelijke groet,
Gertrude Hofstede""",
    "correct: 'Geachte heer Van Aalst' (capital V without first name), 'De heer Lammertsma', '14.00 uur'")),
(E, ok(S("reschedule", "Eline Sterrenburg", "Tom Claessens", "friendly", "regular",
        meeting="Doorloop van de ondertitels voor de korte film", at="donderdag 3 juni om 20:00",
        props=("maandag 7 juni om 20:00",), reason="mijn dochter heeft morgen haar diploma-uitreiking"),
    "Ondertitels: maandag?",
    """Hoi Eline,

Mijn dochter krijgt morgenavond haar diploma, dus onze doorloop van de ondertitels moet even wijken.

Lukt maandagavond de 7e, ook om acht uur? Dan lopen we de hele film in één keer door.

Groetjes,
Tom""",
    "correct: 'maandagavond de 7e, ook om acht uur', 'morgenavond' = Thu 3 June, 'in één keer' idiom")),
(E, ok(S("decline", "Evert Brinkhorst", "Charlotte Nieuwenhuis", "formal", "regular",
        meeting="Rondleiding door het nieuwe koelhuis in Venlo", at="maandag 7 juni om 11:00",
        reason="de inspectie van de voedselautoriteit heeft die dag voorrang"),
    "Rondleiding koelhuis Venlo",
    """Geachte heer Brinkhorst,

Helaas moet ik de rondleiding door ons nieuwe koelhuis in Venlo van maandag afzeggen. De voedselautoriteit komt die dag inspecteren, en die inspectie gaat voor.

Ik kom graag bij u terug zodra de drukte voorbij is.

Met vriendelijke groet,
Charlotte Nieuwenhuis""",
    "correct: reason paraphrased, no new date")),
# ---------------------------------------------------------------- flawed
(A, bad("time_swapped", S("reschedule", "Wouter Kamphuis", "Noor Vlietstra", "formal", "regular",
        meeting="Oplevering van de aanbouw aan de Lindelaan", at="donderdag 4 februari om 15:00",
        props=("woensdag 10 februari om 15:00",), reason="de aannemer is niet klaar met het schilderwerk"),
    "Oplevering aanbouw Lindelaan",
    """Geachte heer Kamphuis,

De aannemer is nog niet klaar met het schilderwerk, en een oplevering met natte verf heeft weinig zin.

Ik stel daarom voor de oplevering van de aanbouw te verplaatsen van woensdag 10 februari naar donderdag 4 februari, beide om drie uur.

Met vriendelijke groet,
Noor Vlietstra""",
    "time_swapped: moved 'van woensdag 10 naar donderdag 4 februari' (the old slot is Thu 4)")),
(A, bad("percent_swapped", S("late_cancellation", "Annelies Groeneveld", "Bart Zuidhof", "formal", "regular",
        meeting="Verjaardagsdiner in de Serre", at="vrijdag 5 februari om 19:00",
        reason="afzegging vanochtend", pol={"notice_hours": 72, "fee_percent": 75, "deposit_percent": 25}),
    "Uw diner van vrijdag",
    """Geachte mevrouw Groeneveld,

Vanochtend ontvingen wij uw afzegging van het verjaardagsdiner in de Serre. Jammer dat het niet doorgaat.

Omdat de afzegging binnen drie dagen (72 uur) voor het diner viel, wordt de aanbetaling van 75% niet terugbetaald en brengen wij 25% van de totale rekening in rekening.

Met vriendelijke groet,
Bart Zuidhof""",
    "percent_swapped: deposit given 25 and fee 75; the mail calls 75% the deposit and charges 25%")),
(A, bad("foreign_paragraph", S("switch_to_email", "Reinout Visscher", "Hanneke Brouwers", "formal", "new",
        meeting="Afstemming over de terminologie van de gebruikshandleiding", at="maandag 8 februari om 10:00",
        reason="de openstaande termen passen in één lijst"),
    "Terminologie gebruikshandleiding",
    """Geachte heer Visscher,

De termen in de gebruikshandleiding waarover ik nog twijfel passen in één lijst. Ik stel voor die per e-mail af te stemmen in plaats van maandag te vergaderen.

Ich schicke Ihnen die Liste morgen, damit Sie sie in Ruhe durchsehen können.

Met vriendelijke groet,
Hanneke Brouwers""",
    "foreign_paragraph: a German paragraph in a Dutch mail")),
(A, bad("weekday_wrong", S("no_show_followup", "Jasper Kuipers", "Merel Haverkamp", "friendly", "regular",
        meeting="Gitaarles", at="dinsdag 2 februari om 18:00", props=("dinsdag 9 februari om 18:00",)),
    "Gitaarles gisteren",
    """Hoi Jasper,

Gisteren om zes uur had ik je op de gitaarles verwacht, maar je was er niet. Vergeten?

Zullen we het gewoon opnieuw proberen op woensdag 9 februari om zes uur?

Groetjes,
Merel""",
    "weekday_wrong: body 'woensdag 9 februari' (9 Feb 2027 is a Tuesday)")),
(B, bad("time_recap_wrong", S("switch_to_call", "Cornelia Dekkers", "Frank Overbeek", "formal", "key",
        meeting="Evaluatie van de servicedesk-rapportage", at="donderdag 25 maart om 13:00",
        props=("donderdag 25 maart om 15:30",), reason="ik zit donderdag tot drie uur bij een migratie"),
    "Evaluatie servicedesk: telefonisch",
    """Beste mevrouw Dekkers,

Donderdag zit ik tot drie uur bij een migratie, dus naar u toe komen voor de evaluatie van de servicedesk-rapportage wordt lastig.

Zullen we in plaats daarvan om half vier bellen? De cijfers stuur ik u vooraf.

Tot donderdag om half drie!

Met vriendelijke groet,
Frank Overbeek""",
    "time_recap_wrong: the sign-off 'om half drie' (14:30) for the offered half vier (15:30)")),
(B, bad("policy_invented", S("no_show_followup", "Hidde Mulderij", "Saskia Verhoef", "formal", "new",
        meeting="Eerste consult voor uw hond Loebas", at="maandag 22 maart om 9:30"),
    "Consult van Loebas",
    """Geachte heer Mulderij,

Gisterochtend om half tien hadden wij Loebas verwacht voor zijn eerste consult, maar u bent niet gekomen.

Een gemist consult brengen wij voor de helft in rekening. Wilt u een nieuwe afspraak maken, dan kan dat via onze assistentes.

Met vriendelijke groet,
Saskia Verhoef""",
    "policy_invented: 'voor de helft in rekening' with no policy given")),
(B, bad("place_changed", S("decline", "Adriaan Beukema", "Inge Tromp", "formal", "regular",
        meeting="Bezoek aan het distributiecentrum in Tilburg", at="woensdag 24 maart om 10:00",
        reason="de directie heeft alle bezoeken tijdelijk stopgezet"),
    "Bezoek distributiecentrum",
    """Geachte heer Beukema,

Onze directie heeft alle bezoeken tijdelijk stopgezet. Tot mijn spijt moet ik uw bezoek aan het distributiecentrum in Breda van morgen daarom afzeggen.

Zodra bezoeken weer mogelijk zijn, laat ik het u weten.

Met vriendelijke groet,
Inge Tromp""",
    "place_changed: 'distributiecentrum in Breda' for Tilburg")),
(B, bad("percent_swapped", S("cancellation_policy", "Mirjam Lindhout", "Geert Bosschaart", "formal", "new",
        pol={"notice_hours": 24, "fee_percent": 50, "deposit_percent": 10}),
    "Inschrijving muziekschool: voorwaarden",
    """Geachte mevrouw Lindhout,

Welkom bij onze muziekschool. Bij inschrijving vragen wij de helft van het lesgeld als aanbetaling. Wordt een les minder dan 24 uur van tevoren afgezegd, dan rekenen wij 10% van het lestarief.

Met vriendelijke groet,
Geert Bosschaart""",
    "percent_swapped: deposit given 10 and fee 50; the mail says 'de helft' as deposit and 10% as fee")),
(C, bad("time_swapped", S("switch_to_call", "Vera Dijkgraaf", "Joris Hoefnagel", "friendly", "regular",
        meeting="Proefopstelling van de zaal voor jullie jubileum", at="vrijdag 16 april om 11:00",
        props=("vrijdag 16 april om 14:30",), reason="de vloer wordt vrijdagochtend gelakt"),
    "Vrijdag bellen i.p.v. proefopstelling",
    """Hoi Vera,

Vrijdag wordt de vloer van de zaal gelakt, dus de proefopstelling voor jullie jubileum kan niet doorgaan. In plaats van de proefopstelling om half drie bellen we om elf uur, dan loop ik de opstelling met je door op de plattegrond.

Groet,
Joris""",
    "time_swapped: the meeting is 11:00 and the call 14:30; the mail has them the other way round")),
(C, bad("discount_invented", S("late_cancellation", "Lucas Boerhave", "Daphne Rijkaart", "formal", "regular",
        meeting="Onderhoudsbeurt van de netwerkinstallatie", at="dinsdag 13 april om 9:00",
        reason="de klant vraagt om coulance omdat het de eerste keer is", pol={"fee_percent": 25}),
    "Onderhoudsbeurt van gisteren",
    """Geachte heer Boerhave,

U zegde de onderhoudsbeurt van uw netwerkinstallatie gisteren pas op het laatste moment af. Volgens onze voorwaarden brengen wij daarvoor 25% van het tarief in rekening.

Omdat het de eerste keer is, krijgt u wel 10% korting op de nieuwe afspraak.

Met vriendelijke groet,
Daphne Rijkaart""",
    "discount_invented: a 10% discount nobody gave, licensed only by the reason")),
(C, bad("foreign_paragraph", S("reschedule", "Theodoor Bakhuis", "Anke Veltman", "formal", "regular",
        meeting="Ondertekening van de huwelijkse voorwaarden", at="donderdag 15 april om 16:00",
        props=("dinsdag 20 april om 16:00",), reason="de tolk voor uw partner is verhinderd"),
    "Huwelijkse voorwaarden: nieuwe datum",
    """Geachte heer Bakhuis,

De tolk die uw partner bij de ondertekening van de huwelijkse voorwaarden zou bijstaan, is morgen verhinderd. Zonder tolk kunnen wij de akte niet laten tekenen.

Ik stel voor de ondertekening te verplaatsen naar dinsdag 20 april, eveneens om vier uur.

Please let me know whether this new date works for both of you.

Met vriendelijke groet,
Anke Veltman""",
    "foreign_paragraph: an English paragraph in a Dutch mail")),
(C, bad("link_invented", S("switch_to_email", "Sofie Langeveld", "Ruud Hendriksen", "friendly", "regular",
        meeting="Bespreking van het examenprogramma", at="maandag 19 april om 19:00",
        reason="ik heb de bladmuziek al ingescand"),
    "Examenprogramma",
    """Hoi Sofie,

Ik heb alle bladmuziek voor je examenprogramma al ingescand, dus we hoeven maandag niet af te spreken. Kijk er rustig naar en mail me welke stukken je kiest.

Je kunt alles downloaden via wetransfer.com/downloads/8f2c91.

Groet,
Ruud""",
    "link_invented: a download link nobody gave")),
(D, bad("weekday_wrong", S("reschedule", "Herman Kloosterboer", "Esra Yilmaz", "formal", "regular",
        meeting="Tariefgesprek over het palletvervoer naar Duitsland", at="woensdag 5 mei om 11:00",
        props=("woensdag 12 mei om 11:00",), reason="op 5 mei is het Bevrijdingsdag en ons kantoor is dicht"),
    "Tariefgesprek verzet naar donderdag 12 mei",
    """Geachte heer Kloosterboer,

Ik zag te laat dat ons tariefgesprek op 5 mei valt: Bevrijdingsdag, en dan is ons kantoor gesloten.

Mag ik het een week opschuiven, naar woensdag 12 mei om 11.00 uur?

Met vriendelijke groet,
Esra Yilmaz""",
    "weekday_wrong: subject 'donderdag 12 mei' (12 May 2027 is a Wednesday); body right")),
(D, bad("email_invented", S("delegate", "Gonny Sikkema", "Thijmen Broekhuis", "formal", "regular",
        meeting="Laatste doorloop van het draaiboek voor de bruiloft", at="vrijdag 7 mei om 15:00",
        col="Ellen Kruithof", reason="ik ben die week met ouderschapsverlof"),
    "Doorloop draaiboek: Ellen neemt het over",
    """Beste mevrouw Sikkema,

Ik ben deze week al met ouderschapsverlof, maar uw bruiloft is in goede handen: mijn collega Ellen Kruithof loopt vrijdag om drie uur het draaiboek met u door.

Heeft u vooraf nog vragen, dan kunt u haar mailen op ellen.kruithof@gmail.com.

Met vriendelijke groet,
Thijmen Broekhuis""",
    "email_invented: the colleague's private address nobody gave")),
(D, bad("phone_invented", S("switch_to_call", "Dirkje Havinga", "Olaf Zandbergen", "formal", "regular",
        meeting="Uitslag van het bloedonderzoek van uw kat Pip", at="donderdag 6 mei om 17:15",
        props=("donderdag 6 mei om 12:30",), reason="de uitslag is goed en vraagt geen onderzoek"),
    "Bloedonderzoek Pip",
    """Beste mevrouw Havinga,

Goed nieuws: de uitslag van het bloedonderzoek van Pip is goed, u hoeft er niet voor naar de praktijk te komen. Ik bel u donderdag om half een om het kort toe te lichten.

Mocht u niet opnemen, belt u dan gerust terug op 06-21 48 93 07.

Met vriendelijke groet,
Olaf Zandbergen""",
    "phone_invented: a mobile number nobody gave")),
(D, bad("name_near_miss", S("shorten", "Gerlinde Wassenaar", "Mathijs Koudijs", "formal", "key",
        meeting="Presentatie van het schetsontwerp voor de boerderijwoning", at="maandag 10 mei om 14:00", dur=60,
        reason="ik moet aansluitend naar een bouwvergadering"),
    "Presentatie schetsontwerp maandag",
    """Geachte mevrouw Wassenaer,

Maandag moet ik direct na onze afspraak naar een bouwvergadering. De presentatie van het schetsontwerp voor uw boerderijwoning gaat door om twee uur, maar duurt een uur.

Met vriendelijke groet,
Mathijs Koudijs""",
    "name_near_miss: 'Wassenaer' for Wassenaar (one letter)")),
(E, bad("time_recap_wrong", S("reschedule", "Koen Verweij", "Lisanne Doornenbal", "friendly", "regular",
        meeting="Overzetten van de mailboxen naar de nieuwe server", at="donderdag 3 juni om 18:00",
        props=("maandag 7 juni om 18:00",), reason="de nieuwe licenties zijn nog niet binnen"),
    "Mailboxen: nieuwe datum dinsdag 8 juni",
    """Hoi Koen,

De nieuwe licenties zijn nog niet binnen, dus morgen kunnen we de mailboxen niet overzetten. Zullen we het maandag 7 juni doen, weer om zes uur na sluitingstijd?

Groeten,
Lisanne""",
    "time_recap_wrong: the subject names Tue 8 June; the offered slot is Mon 7 June")),
(E, bad("number_invented", S("late_cancellation", "Pauline Ketelaar", "Rik Spanjaard", "formal", "regular",
        meeting="Workshop bloemschikken in de Oranjerie", at="vrijdag 4 juni om 10:00",
        reason="afzegging vanochtend", pol={"notice_hours": 72, "fee_percent": 50}),
    "Uw workshop van vrijdag",
    """Geachte mevrouw Ketelaar,

Vanochtend ontvingen wij uw afzegging van de workshop bloemschikken in de Oranjerie van vrijdag. Wij hadden de bloemen voor twintig deelnemers al besteld.

Omdat de afzegging binnen drie dagen (72 uur) voor de workshop kwam, brengen wij volgens onze voorwaarden de helft van het bedrag in rekening.

Met vriendelijke groet,
Rik Spanjaard""",
    "number_invented: 'twintig deelnemers', a head count in words nobody gave")),
(E, bad("title_or_company_invented", S("no_show_followup", "Bastiaan Roodenburg", "Marloes Heijligers", "formal", "new",
        meeting="Bespreking van uw testament", at="dinsdag 1 juni om 11:00", props=("dinsdag 8 juni om 11:00",)),
    "Bespreking testament",
    """Geachte heer Roodenburg,

Gisterochtend om elf uur had ik u verwacht voor de bespreking van uw testament, maar u bent niet verschenen.

Ik kan u volgende week dinsdag op hetzelfde tijdstip ontvangen. Wilt u laten weten of dat schikt?

Met vriendelijke groet,

Marloes Heijligers
Kandidaat-notaris
Heijligers & Partners Notarissen""",
    "title_or_company_invented: a title and a firm under the signature")),
(E, bad("place_changed", S("decline", "Annemijn Eilers", "Hugo Steenbergen", "friendly", "regular",
        meeting="Uitvoering van de muziekschool in de Philharmonie Haarlem", at="zaterdag 12 juni om 14:00",
        reason="ik speel dan zelf een concert in Utrecht"),
    "Uitvoering zaterdag 12 juni",
    """Hoi Annemijn,

Wat jammer: op zaterdag 12 juni speel ik zelf een concert in Utrecht, dus ik kan niet naar de uitvoering van de muziekschool in de Philharmonie in Leiden komen.

Heel veel succes, en ik wil later alles horen!

Groetjes,
Hugo""",
    "place_changed: 'Philharmonie in Leiden' for Haarlem")),
]
