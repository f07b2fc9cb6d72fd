"""v16, Dutch: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v16src._d import A, B, C, D, E


def S(*a, **k):
    return _S("nl", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Gerdien Hoogendoorn", "Maarten Blokzijl", "formal", "regular",
             meeting="Proefstook van de nieuwe houtoven", at="donderdag 17 januari om 10:30",
             props=["dinsdag 22 januari om 10:30", "vrijdag 25 januari om 13:00"],
             reason="de ovenbodem is bij het drogen gescheurd"),
           "Proefstook verplaatst",
           """
Geachte mevrouw Hoogendoorn,

De bodem van de nieuwe houtoven is bij het drogen gescheurd, dus de proefstook van donderdag om half elf gaat niet door.

Ik kan dinsdag 22 januari op hetzelfde tijdstip, of vrijdag de 25e om één uur. Laat u maar weten wat u het beste uitkomt.

Met vriendelijke groet,
Maarten Blokzijl
""", "correct: 'half elf' for 10:30, 'vrijdag de 25e om één uur' for 13:00, 'hetzelfde tijdstip'")),
    (A, ok(S("decline", "Sjoerd Wijnbergen", "Lotte Ravesteijn", "friendly", "key",
             meeting="Kennismaking met de nieuwe thuisbatterij", at="vrijdag 18 januari om 16:00",
             reason="de leverancier heeft de batterij teruggeroepen"),
           "Vrijdag gaat niet door",
           """
Hoi Sjoerd,

Balen: de leverancier heeft de thuisbatterij teruggeroepen, dus de kennismaking van vrijdag heeft geen zin. Zodra er een veilige versie is, bel ik je.

Groetjes,
Lotte
""", "correct: short, first name only, no date numbers")),
    (A, ok(S("cancellation_policy", "Wilhelmina van Egmond-Sluis", "Ruud Verhoeckx", "formal", "new",
             pol={"notice_hours": 24, "fee_percent": 50}),
           "Onze annuleringsvoorwaarden",
           """
Geachte mevrouw Van Egmond-Sluis,

Fijn dat u een afspraak wilt maken voor een gehoortest. Annuleren kan kosteloos tot een dag van tevoren (24 uur). Zegt u later af, dan rekenen wij de helft van het consult (50%).

Met vriendelijke groet,
Ruud Verhoeckx
""", "correct: capitalised 'Van' after 'mevrouw', 'een dag van tevoren (24 uur)', 'de helft (50%)', 'kosteloos'")),
    (A, ok(S("no_show_followup", "Bram Oudenaarde", "Inge Schaapveld", "friendly", "regular",
             meeting="Ophalen van de vaten voor het buurtfeest", at="maandag 14 januari om 19:00",
             props=["donderdag 17 januari om 19:00"]),
           "Je vaten staan klaar",
           """
Hoi Bram,

We hadden je gisteravond verwacht voor de vaten van het buurtfeest. Alles goed?

Donderdag op dezelfde tijd kan ook, om zeven uur. Laat je het even weten?

Inge
""", "correct: 'gisteravond' for the meeting, 'om zeven uur' for 19:00, no date")),
    (B, ok(S("shorten", "Cornelis Brandsma", "Evelien Taverne", "formal", "key",
             meeting="Inventarisatie van het sluitplan voor de 3 schoolgebouwen", at="dinsdag 19 februari om 9:00", dur=60,
             reason="de conciërge is 's middags niet beschikbaar"),
           "Sluitplan: kortere afspraak",
           """
Geachte heer Brandsma,

Omdat de conciërge 's middags niet beschikbaar is, stel ik voor de inventarisatie van het sluitplan dinsdag tot een uur te beperken, vanaf negen uur. We lopen dan eerst de buitendeuren langs.

Met vriendelijke groet,
Evelien Taverne
""", "correct: 60 minutes as 'een uur', 'negen uur' as the start, the '3' of the meeting name not repeated")),
    (B, ok(S("switch_to_call", "Noor Kattenberg", "Jesse Wolthuis", "friendly", "regular",
             meeting="Ontwerpbespreking voor de kraanvogel-tattoo", at="maandag 18 februari om 16:30",
             reason="de studio wordt die dag geschilderd"),
           "Ontwerp bespreken via de telefoon?",
           """
Hé Noor,

Maandag wordt de studio geschilderd, dus zullen we je kraanvogel telefonisch bespreken? Ik bel je om half vijf en stuur vooraf de schetsen.

Groet,
Jesse
""", "correct: 'half vijf' for 16:30, meeting paraphrased ('je kraanvogel')")),
    (B, ok(S("delegate", "Aart Dekkers-Stam", "Mirjam Oosterhuis", "formal", "regular",
             meeting="Overdracht van de gerestaureerde kasboeken", at="donderdag 21 februari om 11:00",
             col="Femke Roozendaal", reason="ik moet die week onverwacht naar een veiling in Gent"),
           "Overdracht kasboeken: mijn collega Femke Roozendaal",
           """
Geachte heer Dekkers-Stam,

Ik moet die week onverwacht naar een veiling in Gent. Mijn collega Femke Roozendaal draagt de gerestaureerde kasboeken donderdag om elf uur aan u over; zij heeft de restauratie mee uitgevoerd.

Met vriendelijke groet,
Mirjam Oosterhuis
""", "correct: 'elf uur', colleague in full, 'Gent' from the reason")),
    (B, ok(S("late_cancellation", "Hendrika Scholtens", "Wouter Pijnacker", "formal", "new",
             meeting="Valkeniersdemonstratie op de open dag", at="maandag 11 februari om 14:00",
             props=["zaterdag 23 februari om 14:00"], pol={"notice_hours": 48, "fee_percent": 25}),
           "Nieuwe datum voor de demonstratie",
           """
Geachte mevrouw Scholtens,

Dank voor uw bericht over de demonstratie van maandag. We kunnen de valkeniersdemonstratie verzetten naar zaterdag 23 februari, weer om twee uur 's middags.

Volgens onze voorwaarden brengen wij bij annulering binnen 48 uur 25% van het bedrag in rekening.

Met vriendelijke groet,
Wouter Pijnacker
""", "correct: 'twee uur 's middags' for 14:00, given notice and fee, 'maandag' for the cancelled demonstration")),
    (C, ok(S("reschedule", "Daan Kwakernaak", "Sanne Veldkamp", "friendly", "key",
             meeting="Afstellen van de elektrische bakfiets", at="woensdag 20 maart om 8:15",
             props=["vrijdag 22 maart om 8:15", "maandag 25 maart om 17:45"],
             reason="onze monteur ligt met griep op bed"),
           "Bakfiets: ander moment",
           """
Hoi Daan,

Onze monteur ligt met griep op bed, dus morgen om kwart over acht lukt helaas niet.

Kan vrijdag 22 maart op dezelfde tijd, of maandag 25 maart om kwart voor zes? Zeg het maar!

Groetjes,
Sanne
""", "correct: 'kwart over acht', 'kwart voor zes' for 17:45, 'morgen' for Wednesday")),
    (C, ok(S("switch_to_email", "Marijke Tuinstra", "Ferry Heemskerk", "formal", "regular",
             meeting="Bespreking van het geluidsrapport voor de vergunning", at="donderdag 28 maart om 14:00",
             reason="de gemeente wil alleen een schriftelijke toelichting"),
           "Geluidsrapport: schriftelijke toelichting",
           """
Geachte mevrouw Tuinstra,

De gemeente wil bij de vergunning alleen een schriftelijke toelichting op het geluidsrapport. Ik stel daarom voor de bespreking van donderdag 28 maart om 14.00 uur te laten vervallen en u de toelichting per e-mail te sturen, zodat u die meteen kunt doorsturen.

Met vriendelijke groet,
Ferry Heemskerk
""", "correct: '14.00 uur', reason reworded")),
    (C, ok(S("decline", "Gijsbert Luttikhuis", "Annemieke Rozendal", "formal", "new",
             meeting="Inspectie van de open haard in de boerderij", at="dinsdag 26 maart om 10:00",
             reason="onze verzekering dekt geen werk aan panden met een rieten dak"),
           "Inspectie open haard",
           """
Geachte heer Luttikhuis,

Dank voor uw aanvraag. Helaas dekt onze verzekering geen werk aan panden met een rieten dak, en daarom moet ik de inspectie van dinsdag afzeggen. Ik begrijp dat dit vervelend is.

Met vriendelijke groet,
Annemieke Rozendal
""", "correct: no alternative offered, weekday only")),
    (C, ok(S("cancellation_policy", "Lieke Vermeulen-Bos", "Tim Harkema", "friendly", "regular",
             meeting="Draaicursus op zaterdag", at="zaterdag 23 maart om 10:00",
             pol={"notice_hours": 48, "deposit_percent": 20}),
           "Draaicursus zaterdag",
           """
Hoi Lieke,

Even voor de duidelijkheid over de draaicursus van zaterdag om tien uur: bij inschrijving betaal je een aanbetaling van 20%, en je kunt tot twee dagen van tevoren (48 uur) kosteloos afzeggen.

Tot zaterdag!
Tim
""", "correct: 'twee dagen (48 uur)', given deposit, 'tien uur'")),
    (D, ok(S("reschedule", "Anton Schuurmans", "Karlijn Bosschaart", "formal", "regular",
             meeting="Aanpassen van de hoortoestellen na de proefperiode", at="donderdag 25 april om 9:30",
             props=["maandag 29 april om 9:30", "donderdag 2 mei om 15:00"],
             reason="de audicien is die dag op cursus"),
           "Nieuwe afspraak voor uw hoortoestellen",
           """
Geachte heer Schuurmans,

Onze audicien is morgen op cursus, zodat de afspraak van half tien niet door kan gaan.

Zou maandag 29 april, ook om half tien, u schikken? Anders kan donderdag 2 mei om drie uur 's middags.

Met vriendelijke groet,
Karlijn Bosschaart
""", "correct: 'half tien' twice, 'drie uur 's middags' for 15:00, 'morgen' for Thursday")),
    (D, ok(S("no_show_followup", "Geertruida Hofstede", "Koen Lambregts", "formal", "new",
             meeting="Schouw van het dak voor zonnepanelen", at="dinsdag 23 april om 13:00",
             props=["dinsdag 30 april om 13:00", "vrijdag 3 mei om 10:00"]),
           "Schouw van uw dak",
           """
Geachte mevrouw Hofstede,

Gisteren om 13.00 uur stonden wij bij u voor de schouw van het dak, maar er werd niet opengedaan. Ik hoop dat er niets ernstigs is.

Wij kunnen terugkomen op dinsdag 30 april, zelfde tijd, of vrijdag 3 mei om 10 uur.

Met vriendelijke groet,
Koen Lambregts
""", "correct: 'gisteren om 13.00 uur', 'zelfde tijd', '10 uur'")),
    (D, ok(S("shorten", "Rick Boerema", "Jolanda Spijkerman", "friendly", "regular",
             meeting="Brouwdag voor de eigen tripel", at="vrijdag 26 april om 9:00", dur=180,
             reason="de ketel moet 's middags vrij zijn voor een andere klant"),
           "Brouwdag iets korter",
           """
Hoi Rick,

De ketel moet vrijdagmiddag vrij zijn voor een andere klant. We beginnen gewoon om negen uur, maar houden het brouwen van je tripel op drie uur.

Tot vrijdag!
Jolanda
""", "correct: 180 minutes as 'drie uur' (a duration next to the start time 'negen uur')")),
    (D, ok(S("delegate", "Fenna Zuidema", "Thijs Moerkerk", "friendly", "key",
             meeting="Nazorgcontrole van je sleeve", at="dinsdag 30 april om 11:00",
             col="Jorien Wessels", reason="ik ben die week op een tattooconventie in Londen"),
           "Controle dinsdag bij Jorien",
           """
Hoi Fenna,

Ik zit die week op een conventie in Londen, dus Jorien Wessels kijkt dinsdag om elf uur naar je sleeve. Zij weet precies wat we gedaan hebben.

Liefs,
Thijs
""", "correct: 'elf uur', colleague in full, reason shortened")),
    (E, ok(S("switch_to_email", "Hubertus Lindeboom", "Nathalie Kerkhoven", "formal", "new",
             meeting="Offerte voor het inbinden van 12 jaargangen", at="donderdag 6 juni om 15:00",
             reason="we hebben alleen nog de maten van de banden nodig"),
           "Uw offerte per e-mail",
           """
Geachte heer Lindeboom,

Voor de offerte hebben we alleen nog de maten van de banden nodig. Een afspraak donderdag is daarvoor niet nodig: als u de maten per e-mail stuurt, ontvangt u de offerte voor het inbinden van uw jaargangen ook per e-mail.

Met vriendelijke groet,
Nathalie Kerkhoven
""", "correct: the '12' of the meeting name not repeated, reason as given")),
    (E, ok(S("decline", "Wijnand Terpstra", "Ellen de Clercq", "formal", "key",
             meeting="Vervangen van alle cilinders in het gemeentehuis", at="woensdag 12 juni om 7:30",
             reason="de nieuwe cilinders kunnen pas in juli geleverd worden"),
           "Cilinders gemeentehuis",
           """
Beste heer Terpstra,

De nieuwe cilinders worden pas in juli geleverd. Het vervangen op woensdag 12 juni om half acht kan daarom helaas niet doorgaan; ik kom bij u terug zodra de levering vaststaat.

Met vriendelijke groet,
Ellen de Clercq
""", "correct: 'half acht' for 7:30, 'juli' from the reason, 'Beste heer'")),
    (E, ok(S("switch_to_call", "Harm-Jan Olthof", "Priscilla Veenstra", "formal", "regular",
             meeting="Overleg over vogelverjaging bij de vismijn", at="vrijdag 7 juni om 11:00"),
           "Overleg vrijdag telefonisch",
           """
Geachte heer Olthof,

Zullen we het overleg over de vogelverjaging bij de vismijn vrijdag om 11 uur telefonisch doen? Dat scheelt u de reis.

Met vriendelijke groet,
Priscilla Veenstra
""", "correct: hyphenated first name dropped, '11 uur'")),
    (E, ok(S("late_cancellation", "Mehmet Yıldırım", "Charlotte Beukema", "friendly", "regular",
             meeting="Fietsles voor volwassenen", at="maandag 3 juni om 18:30",
             props=["dinsdag 11 juni om 18:30"], pol={"notice_hours": 24, "fee_percent": 100}),
           "Fietsles inhalen",
           """
Hoi Mehmet,

Jammer dat het gisteren niet lukte! Je kunt de les inhalen op dinsdag 11 juni, weer om half zeven.

Wel eerlijk: omdat je binnen 24 uur afzei, moet ik de les van gisteren volledig rekenen (100%).

Groetjes,
Charlotte
""", "correct: 'half zeven' for 18:30, 'volledig (100%)', non-ASCII surname unused")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Pieter-Bas Heijmans", "Yvonne Sluiter", "formal", "regular",
             meeting="Vegen van de schoorsteen en rookgasafvoer", at="woensdag 16 januari om 8:00",
             props=["maandag 21 januari om 13:00"], reason="onze veegwagen staat in de garage"),
           "Schoorsteenvegen verzet naar woensdag 16 januari",
           """
Geachte heer Heijmans,

Onze veegwagen staat in de garage. Daarom verzetten we het vegen van maandag 21 januari om 13.00 uur naar woensdag 16 januari om 8.00 uur.

Met vriendelijke groet,
Yvonne Sluiter
""", "old and new slot swapped in subject and body")),
    (A, bad("name_near_miss", S("switch_to_call", "Roelof Hazenberg", "Tamara Uitterhoeve", "formal", "new",
             meeting="Advies over geluidsisolatie van de praktijkruimte", at="vrijdag 18 januari om 10:00"),
           "Advies telefonisch",
           """
Geachte heer Hazeberg,

Zou u het goed vinden om het advies over de geluidsisolatie van uw praktijkruimte vrijdag om 10 uur telefonisch te bespreken?

Met vriendelijke groet,
Tamara Uitterhoeve
""", "greeting: 'Hazeberg' (n dropped) for Hazenberg")),
    (A, bad("link_invented", S("late_cancellation", "Esmée Dorresteijn", "Olaf Kruithof", "friendly", "regular",
             meeting="Ophalen van de gerepareerde racefiets", at="vrijdag 11 januari om 17:00",
             props=["donderdag 17 januari om 17:00"], pol={"notice_hours": 24, "fee_percent": 10},
             reason="ze wil liever online betalen"),
           "Je racefiets",
           """
Hoi Esmée,

Geen probleem, dan haal je de racefiets donderdag 17 januari om 17 uur op. Omdat je binnen 24 uur afzei, reken ik 10% van de reparatie extra.

Online betalen kan via deze link: https://betaal.kruithoffietsen.nl/esmee

Groet,
Olaf
""", "a payment link nobody gave, prompted by the reason")),
    (A, bad("duration_wrong", S("shorten", "Jacoba Knipscheer", "Hidde Wassenburg", "formal", "regular",
             meeting="Werkoverleg over de etiketten van het bockbier", at="dinsdag 22 januari om 14:00", dur=45),
           "Werkoverleg dinsdag",
           """
Geachte mevrouw Knipscheer,

Zou u akkoord gaan met een korter werkoverleg over de bockbieretiketten op dinsdag om 14.00 uur? Ik denk dat we het in een half uur kunnen afronden.

Met vriendelijke groet,
Hidde Wassenburg
""", "duration: 'een half uur' for the given 45 minutes")),
    (B, bad("percent_swapped", S("cancellation_policy", "Siebe Hoekstra", "Marloes Teunissen", "formal", "new",
             pol={"notice_hours": 72, "fee_percent": 40, "deposit_percent": 15}),
           "Voorwaarden voor uw tattoo-afspraak",
           """
Geachte heer Hoekstra,

Bij het maken van de afspraak vragen wij een aanbetaling van 40%. U kunt tot 72 uur van tevoren kosteloos annuleren; daarna rekenen wij 15% van het totaalbedrag.

Met vriendelijke groet,
Marloes Teunissen
""", "deposit and fee swapped (deposit 15%, fee 40% given)")),
    (B, bad("policy_invented", S("no_show_followup", "Dirkje Vellinga", "Arjen Smeenk", "formal", "new",
             meeting="Intakegesprek voor hoortoestellen", at="maandag 11 februari om 9:00", props=["maandag 18 februari om 9:00"]),
           "Uw intakegesprek",
           """
Geachte mevrouw Vellinga,

Wij hebben u maandag gemist bij het intakegesprek. Wij kunnen u op maandag 18 februari om 9.00 uur ontvangen.

Houdt u er rekening mee dat wij een volgende gemiste afspraak zonder afmelding in rekening brengen.

Met vriendelijke groet,
Arjen Smeenk
""", "a charge for a missed appointment when no policy was given")),
    (B, bad("foreign_paragraph", S("reschedule", "Teun Bakhuizen", "Floor Rietveld", "friendly", "regular",
             meeting="Glazuurmiddag voor de kinderfeestjes", at="vrijdag 15 februari om 14:00",
             props=["woensdag 20 februari om 14:00"], reason="de oven moet worden nagekeken"),
           "Glazuurmiddag verschoven",
           """
Hoi Teun,

De oven moet worden nagekeken, dus de glazuurmiddag schuift naar woensdag 20 februari, gewoon om twee uur.

Ich hoffe, das passt euch trotzdem gut!

Groetjes,
Floor
""", "second paragraph in German inside a Dutch mail")),
    (B, bad("title_or_company_invented", S("decline", "Lambert Kooistra", "Willemijn Aarts", "formal", "key",
             meeting="Plaatsing van een kluis in de archiefruimte", at="dinsdag 19 februari om 10:00",
             reason="de vloer kan het gewicht niet dragen"),
           "Plaatsing kluis",
           """
Geachte heer Kooistra,

Na controle blijkt dat de vloer van de archiefruimte het gewicht van de kluis niet kan dragen. Ik moet de plaatsing van dinsdag daarom afzeggen.

Met vriendelijke groet,

ing. Willemijn Aarts
Hoofd Techniek | Sleutelhuis Aarts & Zonen
""", "signature: 'ing.' title, job title and company nobody gave")),
    (C, bad("weekday_wrong", S("switch_to_email", "Renske Bloemendaal", "Stijn Oude Groeneger", "formal", "regular",
             meeting="Toelichting op de brandveiligheid van de schoorsteen", at="donderdag 21 maart om 15:00"),
           "Toelichting per e-mail",
           """
Geachte mevrouw Bloemendaal,

In plaats van onze afspraak op woensdag 21 maart om 15.00 uur stuur ik u de toelichting op de brandveiligheid van de schoorsteen per e-mail.

Met vriendelijke groet,
Stijn Oude Groeneger
""", "body: 'woensdag 21 maart' for donderdag 21 maart")),
    (C, bad("phone_invented", S("reschedule", "Hanneke Dijkhuis", "Sven Mollema", "formal", "new",
             meeting="Plaatsen van de omvormer", at="vrijdag 22 maart om 8:00",
             props=["woensdag 27 maart om 8:00"], reason="de omvormer is nog niet geleverd"),
           "Plaatsing omvormer verzet",
           """
Geachte mevrouw Dijkhuis,

De omvormer is nog niet geleverd. Wij stellen voor de plaatsing te verzetten naar woensdag 27 maart om 8.00 uur.

Voor vragen kunt u onze planning bereiken op 030 284 61 93.

Met vriendelijke groet,
Sven Mollema
""", "a phone number nobody gave")),
    (C, bad("time_recap_wrong", S("no_show_followup", "Joost Nijenhuis", "Laura Hemmes", "friendly", "regular",
             meeting="Passen van de fietshelm en bril", at="maandag 18 maart om 16:00",
             props=["donderdag 21 maart om 16:30"]),
           "Passen helm",
           """
Hoi Joost,

We misten je gisteren voor het passen van je helm en bril. Donderdag 21 maart om half vijf kan ook.

Dus tot donderdag om half vier!
Laura
""", "recap 'half vier' (15:30) for the offered half vijf (16:30)")),
    (C, bad("colleague_wrong", S("delegate", "Maaike Stoutjesdijk", "Erik Hondius", "formal", "regular",
             meeting="Akoestische meting in de nieuwe gymzaal", at="dinsdag 26 maart om 9:00",
             col="Bas Leeuwenburgh", reason="ik ben die dag bij een rechtszaak als getuige-deskundige"),
           "Meting gymzaal: collega neemt over",
           """
Geachte mevrouw Stoutjesdijk,

Ik ben die dag als getuige-deskundige bij een rechtszaak. Mijn collega Bas Leeuwenberg doet de akoestische meting in de nieuwe gymzaal op dinsdag om 9.00 uur.

Met vriendelijke groet,
Erik Hondius
""", "colleague: 'Leeuwenberg' for Leeuwenburgh")),
    (D, bad("discount_invented", S("decline", "Frits Oudshoorn", "Ilse Wagenvoort", "formal", "regular",
             meeting="Proeverij van de lentebieren voor de horeca", at="donderdag 2 mei om 16:00",
             reason="hij vraagt of hij bij een volgende bestelling iets terugkrijgt"),
           "Proeverij lentebieren",
           """
Geachte heer Oudshoorn,

Helaas moet ik de proeverij van donderdag 2 mei afzeggen. Bij uw volgende bestelling ontvangt u als compensatie 5% korting.

Met vriendelijke groet,
Ilse Wagenvoort
""", "a 5% discount licensed only by the reason asking for something back")),
    (D, bad("email_invented", S("switch_to_email", "Guusje Tiemersma", "Ramon Verbeek", "friendly", "regular",
             meeting="Schetsen bekijken voor de botanische tattoo", at="maandag 29 april om 12:00"),
           "Schetsen per mail",
           """
Hoi Guusje,

Laten we de schetsen voor je botanische tattoo per mail doornemen in plaats van maandag. Stuur je reactie maar naar ramon.tattoo.privé@outlook.com, die lees ik sneller.

Ramon
""", "a private e-mail address nobody gave")),
    (D, bad("place_changed", S("reschedule", "Bartholomeus Keijzer", "Ank Doornbos", "formal", "key",
             meeting="Roofvogelshow in het kasteelpark van Doorwerth", at="zaterdag 27 april om 14:00",
             props=["zaterdag 4 mei om 14:00"], reason="er is storm voorspeld"),
           "Roofvogelshow verzet",
           """
Geachte heer Keijzer,

Er is storm voorspeld, dus wij stellen voor de roofvogelshow in het kasteelpark van Doornenburg te verzetten naar zaterdag 4 mei om 14.00 uur.

Met vriendelijke groet,
Ank Doornbos
""", "place: 'Doornenburg' for Doorwerth")),
    (D, bad("time_swapped", S("switch_to_call", "Wendela Brinkhuis", "Gerrit Vosselman", "formal", "regular",
             meeting="Bespreking restauratieplan van het doopboek", at="vrijdag 26 april om 11:00",
             props=["dinsdag 30 april om 15:00"], reason="ik lig met een hernia thuis"),
           "Bespreking telefonisch",
           """
Geachte mevrouw Brinkhuis,

Ik lig met een hernia thuis. Zullen we de bespreking van dinsdag 30 april om 15.00 uur vervangen door een telefoongesprek op vrijdag 26 april om 11.00 uur?

Met vriendelijke groet,
Gerrit Vosselman
""", "roles swapped: the proposed slot named as the meeting being replaced, the old slot offered for the call")),
    (E, bad("percent_swapped", S("late_cancellation", "Ruben Zwanenburg", "Hester Pothoven", "formal", "regular",
             meeting="Montage van de laadpaal en panelen", at="vrijdag 31 mei om 8:00",
             props=["donderdag 13 juni om 8:00"], pol={"notice_hours": 48, "fee_percent": 30, "deposit_percent": 10}),
           "Nieuwe montagedatum",
           """
Geachte heer Zwanenburg,

Wij hebben de montage van vrijdag geannuleerd en kunnen donderdag 13 juni om 8.00 uur komen. Volgens onze voorwaarden rekenen wij bij annulering binnen 48 uur 10% van de opdracht; uw aanbetaling van 30% blijft staan.

Met vriendelijke groet,
Hester Pothoven
""", "fee and deposit swapped (fee 30%, deposit 10% given)")),
    (E, bad("link_invented", S("no_show_followup", "Nienke Haverkamp", "Kees Vroegindeweij", "friendly", "regular",
             meeting="Pottenbakles op het draaiwiel", at="maandag 3 juni om 19:00",
             props=["woensdag 12 juni om 19:00"]),
           "Je les van gisteren",
           """
Hoi Nienke,

Gisteravond was je er niet bij de draailes, alles goed? Je kunt woensdag 12 juni om 19 uur inhalen. Inschrijven kan hier: https://draaischijf-kees.nl/inhaalles

Groet,
Kees
""", "a booking link nobody gave")),
    (E, bad("number_invented", S("decline", "Aaltje Meijering", "Vincent Lagendijk", "formal", "new",
             meeting="Offerte voor het vervangen van de sloten in het appartementencomplex", at="dinsdag 11 juni om 10:00",
             reason="we nemen geen nieuwe grote projecten aan tot na de zomer"),
           "Uw offerteaanvraag",
           """
Geachte mevrouw Meijering,

Tot na de zomer nemen wij geen nieuwe grote projecten aan. Bij een complex van deze omvang, zo'n 40 voordeuren, zou ik u bovendien niet tijdig kunnen helpen. Ik moet de afspraak van dinsdag daarom afzeggen.

Met vriendelijke groet,
Vincent Lagendijk
""", "an invented count ('zo'n 40 voordeuren')")),
    (E, bad("title_or_company_invented", S("switch_to_call", "Tjeerd Hoogeveen", "Sophie Lanting", "formal", "regular",
             meeting="Eindgesprek over de hoortoestelproef", at="donderdag 13 juni om 14:30"),
           "Eindgesprek telefonisch",
           """
Geachte heer Hoogeveen,

Zou u het eindgesprek over de proef met de hoortoestellen donderdag om half drie telefonisch willen voeren?

Met vriendelijke groet,
drs. Sophie Lanting, klinisch audioloog
""", "signature: academic and job title nobody gave")),
]
