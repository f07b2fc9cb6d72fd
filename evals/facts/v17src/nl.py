"""v17, Dutch: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v17src._d import A, B, C, D, E


def S(*a, **k):
    return _S("nl", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Machteld van Oosterzee", "Wouter Kalverdijk", "formal", "regular",
             meeting="Plaatsing van het glas-in-loodraam in de consistoriekamer", at="donderdag 18 juli om 9:00",
             props=["maandag 22 juli om 9:00", "woensdag 24 juli om 13:30"],
             reason="het lood is nog niet geleverd"),
           "Glas-in-loodraam: nieuwe datum",
           """
Geachte mevrouw Van Oosterzee,

Het lood is nog niet geleverd, dus donderdag om negen uur kunnen we het raam in de consistoriekamer niet plaatsen.

Zou maandag 22 juli op hetzelfde tijdstip u schikken? Anders kan woensdag 24 juli om half twee ook.

Met vriendelijke groet,
Wouter Kalverdijk
""", "correct: 'Van' capitalised after mevrouw, 'negen uur', 'hetzelfde tijdstip', 'half twee'")),
    (A, ok(S("decline", "Sjoerd Hettema", "Femke Roodbergen", "friendly", "key",
             meeting="Passen van het zadel voor de Fries", at="vrijdag 19 juli om 16:00",
             reason="het leer is met een scheur binnengekomen"),
           "Passen vrijdag",
           """
Hoi Sjoerd,

Het passen van vrijdag gaat helaas niet door: het leer is met een scheur binnengekomen.

Groetjes,
Femke
""", "correct: first name only, weekday only")),
    (A, ok(S("cancellation_policy", "Gerdien Bolkestein", "Ruben Hoogstraten", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Onze annuleringsvoorwaarden",
           """
Geachte mevrouw Bolkestein,

Dank voor uw inschrijving voor de workshop glasblazen. U kunt kosteloos annuleren tot twee dagen van tevoren (48 uur). Annuleert u later, dan rekenen we de helft van de prijs (50%).

Met vriendelijke groet,
Ruben Hoogstraten
""", "correct: 'twee dagen van tevoren (48 uur)', 'de helft (50%)'")),
    (A, ok(S("no_show_followup", "Thijmen Oudshoorn", "Lieke Brandsma", "friendly", "regular",
             meeting="Bekappen en beslaan van de pony", at="maandag 15 juli om 8:00",
             props=["donderdag 18 juli om 8:00"]),
           "Je pony",
           """
Hoi Thijmen,

Ik stond gisterochtend bij de stal voor de pony, maar er was niemand. Alles goed?

Ik kan donderdag 18 juli om acht uur terugkomen, past dat?

Lieke
""", "correct: 'gisterochtend', 'acht uur'")),
    (B, ok(S("shorten", "Ir. Hidde Wassenaar", "Marloes Vrijhoef", "formal", "key",
             meeting="Schouw van de droogstapelmuur langs de dijk", at="dinsdag 27 augustus om 10:00", dur=45,
             reason="ik moet om twaalf uur in Zwolle zijn"),
           "Schouw van dinsdag",
           """
Geachte heer Wassenaar,

Omdat ik om twaalf uur in Zwolle moet zijn, stel ik voor de schouw van dinsdag tot drie kwartier te beperken. We beginnen zoals afgesproken om tien uur.

Met vriendelijke groet,
Marloes Vrijhoef
""", "correct: 'drie kwartier' for 45, 'tien uur', 'twaalf uur' from the reason")),
    (B, ok(S("switch_to_call", "Annemieke Zijlstra", "Bram Hoekema", "formal", "regular",
             meeting="Kennismaking over de poppenkastvoorstelling op school", at="donderdag 29 augustus om 11:00",
             props=["woensdag 28 augustus om 15:00"]),
           "Poppenkast: even bellen?",
           """
Beste mevrouw Zijlstra,

Voor de poppenkastvoorstelling volstaat denk ik een telefoongesprek. Zou woensdag 28 augustus om drie uur 's middags u uitkomen, in plaats van donderdag op school?

Met vriendelijke groet,
Bram Hoekema
""", "correct: \"drie uur 's middags\" for 15:00")),
    (B, ok(S("delegate", "Joost Mellema", "Evelien Doornbosch", "formal", "regular",
             meeting="Ontwikkeling van de huisgeur voor de winkel", at="vrijdag 30 augustus om 14:00",
             col="Pieternel Stoop"),
           "Uw huisgeur",
           """
Geachte heer Mellema,

Vrijdag om 14.00 uur ben ik er niet. Mijn collega Pieternel Stoop neemt de afspraak over de huisgeur van u over.

Met vriendelijke groet,
Evelien Doornbosch
""", "correct: '14.00 uur', colleague in full")),
    (B, ok(S("late_cancellation", "Casper Nijenhuis", "Aukje Terpstra", "formal", "regular",
             meeting="Rondleiding door de kaaspakhuizen", at="dinsdag 20 augustus om 16:00",
             props=["maandag 26 augustus om 16:00", "woensdag 28 augustus om 11:00"],
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Rondleiding",
           """
Geachte heer Nijenhuis,

Uw afzegging van de rondleiding van gisteren heb ik ontvangen. We kunnen die inhalen op maandag 26 augustus om vier uur of op woensdag 28 augustus om elf uur.

Omdat de afzegging binnen een dag (24 uur) kwam, brengen we volgens onze voorwaarden het volledige bedrag (100%) in rekening.

Met vriendelijke groet,
Aukje Terpstra
""", "correct: 'gisteren', 'vier uur', 'elf uur', policy in words and figures")),
    (C, ok(S("reschedule", "Floor Ruijgrok", "Daan Westerveld", "friendly", "regular",
             meeting="Herstofferen van de fauteuils", at="vrijdag 20 september om 10:00",
             props=["dinsdag 24 september om 10:00", "donderdag 26 september om 14:30"],
             reason="de stof ligt nog bij de leverancier"),
           "Je fauteuils",
           """
Hoi Floor,

De stof ligt nog bij de leverancier, dus vrijdag kom ik niet voor de fauteuils.

Past dinsdag 24 om tien uur? Of anders donderdag 26 september om half drie.

Groet,
Daan
""", "correct: 'tien uur', 'half drie' for 14:30")),
    (C, ok(S("decline", "Gijsbert Kooistra", "Marit Bleeker", "formal", "new",
             meeting="Taxatie van een oude cello", at="maandag 23 september om 11:00",
             reason="ik taxeer geen instrumenten die ik niet zelf heb gerestaureerd"),
           "Taxatie van uw cello",
           """
Geachte heer Kooistra,

Dank voor uw vertrouwen. Ik taxeer helaas geen instrumenten die ik niet zelf heb gerestaureerd, dus de afspraak van maandag moet ik afzeggen.

Met vriendelijke groet,
Marit Bleeker
""", "correct: weekday only, reason retold")),
    (C, ok(S("switch_to_email", "Reinier van Dalfsen", "Ilse Broekstra", "formal", "key",
             meeting="Snoeiplan voor de lindelaan", at="woensdag 25 september om 9:30",
             reason="de vergunning van de gemeente is er nog niet"),
           "Snoeiplan lindelaan",
           """
Geachte heer Van Dalfsen,

De vergunning van de gemeente is er nog niet. In plaats van woensdag om half tien stel ik voor het snoeiplan per e-mail af te ronden zodra ik die heb.

Met vriendelijke groet,
Ilse Broekstra
""", "correct: 'half tien' for 9:30")),
    (C, ok(S("cancellation_policy", "Wilma Smeenk", "Jorrit Ploeger", "formal", "regular",
             meeting="Duik bij het wrak in de Grevelingen", at="zaterdag 28 september om 9:00",
             pol={"notice_hours": 72, "deposit_percent": 30}),
           "Uw duik zaterdag",
           """
Geachte mevrouw Smeenk,

Voor uw duik zaterdag om negen uur geldt: de boeking is bevestigd met een aanbetaling van 30%, en u kunt tot drie dagen van tevoren (72 uur) kosteloos annuleren.

Met vriendelijke groet,
Jorrit Ploeger
""", "correct: 'negen uur', 'drie dagen van tevoren (72 uur)'")),
    (D, ok(S("shorten", "Noortje Bakels", "Stijn Verwoerd", "friendly", "regular",
             meeting="Les kalligrafie met de breedrandpen", at="donderdag 24 oktober om 19:00", dur=60),
           "Les donderdag",
           """
Hoi Noortje,

De les van donderdag duurt deze keer een uur. We beginnen gewoon om zeven uur 's avonds.

Stijn
""", "correct: 'een uur' for 60, \"zeven uur 's avonds\"")),
    (D, ok(S("switch_to_call", "Hendrik-Jan Wolters", "Sanne Kuiper", "formal", "regular",
             meeting="Offerte voor de ballonvaart met het team", at="maandag 21 oktober om 10:00",
             props=["dinsdag 22 oktober om 12:00"]),
           "Ballonvaart met uw team",
           """
Geachte heer Wolters,

Voor de offerte van de ballonvaart is een belletje genoeg. Schikt dinsdag 22 oktober om twaalf uur 's middags u, in plaats van maandag?

Met vriendelijke groet,
Sanne Kuiper
""", "correct: \"twaalf uur 's middags\"")),
    (D, ok(S("no_show_followup", "Evert Boomsma", "Tessa Luijendijk", "formal", "new",
             meeting="Eerste afspraak in de zadelmakerij", at="dinsdag 15 oktober om 14:00",
             props=["vrijdag 18 oktober om 14:00"],
             pol={"notice_hours": 24}),
           "Onze afspraak",
           """
Geachte heer Boomsma,

Gisteren om twee uur 's middags hadden we u verwacht in de zadelmakerij. Ik hoop dat er niets aan de hand is.

Vrijdag 18 oktober op hetzelfde tijdstip kan ook. Wilt u bij verhindering minstens 24 uur van tevoren laten weten?

Met vriendelijke groet,
Tessa Luijendijk
""", "correct: \"twee uur 's middags\", 'hetzelfde tijdstip', given notice")),
    (D, ok(S("late_cancellation", "Yvette Dijkhuizen", "Koen Haverkamp", "friendly", "key",
             meeting="Workshop kerstballen blazen", at="woensdag 16 oktober om 10:00",
             props=["zaterdag 19 oktober om 10:00"]),
           "Workshop van vanochtend",
           """
Hoi Yvette,

Je berichtje van vanochtend is binnen, geen probleem. Zal ik een plekje voor je vrijhouden op zaterdag 19 oktober, zelfde tijd?

Koen
""", "correct: 'vanochtend', no policy given and none stated")),
    (E, ok(S("reschedule", "Geertruida Hofsteenge", "Mees Vlieger", "formal", "regular",
             meeting="Kappen van de populier achter de schuur", at="donderdag 21 november om 8:00",
             props=["dinsdag 26 november om 8:00", "maandag 2 december om 13:00"],
             reason="er wordt donderdag storm verwacht"),
           "Kappen van de populier",
           """
Geachte mevrouw Hofsteenge,

Er wordt donderdag storm verwacht, dan kunnen we de populier niet veilig kappen. Ik stel voor:

- dinsdag 26 november om acht uur;
- maandag 2 december om één uur.

Laat u maar weten wat het beste uitkomt.

Mees Vlieger
""", "correct: weekday inside the reason, 'om één uur' for 13:00, bullets")),
    (E, ok(S("decline", "Lambert Oldenhof", "Jikke Scholtens", "formal", "regular",
             meeting="Restauratie van de luit uit 1780", at="vrijdag 22 november om 15:00",
             reason="de werkplaats neemt dit jaar geen opdrachten meer aan"),
           "Uw luit",
           """
Geachte heer Oldenhof,

De werkplaats neemt dit jaar geen opdrachten meer aan, daarom moet ik de afspraak van vrijdag over de restauratie van uw luit afzeggen.

Met vriendelijke groet,
Jikke Scholtens
""", "correct: year of the meeting name not repeated")),
    (E, ok(S("delegate", "Isa Groenendijk", "Tijn Veltman", "friendly", "regular",
             meeting="Zwembadles met de duikfles", at="woensdag 27 november om 19:30",
             col="Merel Ophof"),
           "Les woensdag",
           """
Hoi Isa,

Woensdag ben ik er niet, Merel Ophof geeft je de les met de duikfles om half acht.

Tijn
""", "correct: 'half acht' for 19:30, colleague in full")),
    (E, ok(S("switch_to_email", "Cornelis Heijboer", "Nienke Sprenger", "formal", "regular",
             meeting="Keuze van de flacons voor de winterlijn", at="maandag 25 november om 11:00",
             props=["donderdag 28 november om 11:00"]),
           "Flacons winterlijn",
           """
Geachte heer Heijboer,

Zullen we de flacons voor de winterlijn per e-mail kiezen in plaats van maandag af te spreken? Als er dan nog vragen zijn, kan donderdag 28 november om elf uur.

Met vriendelijke groet,
Nienke Sprenger
""", "correct: 'elf uur', fallback slot")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Rozemarijn Tjalma", "Olivier Bakkenes", "formal", "regular",
             meeting="Herstel van het glas-in-lood in de hal", at="woensdag 17 juli om 10:00",
             props=["dinsdag 23 juli om 10:00"]),
           "Verzetten naar woensdag 17 juli",
           """
Geachte mevrouw Tjalma,

Ik moet het herstel van het glas-in-lood van dinsdag 23 juli verzetten. Past woensdag 17 juli om 10:00 u?

Met vriendelijke groet,
Olivier Bakkenes
""", "subject and body: old slot offered as new")),
    (A, bad("weekday_wrong", S("switch_to_call", "Harmen Lubbers", "Dewi Kramers", "formal", "regular",
             meeting="Bespreking van het hoefbeslag", at="donderdag 18 juli om 17:00",
             props=["maandag 22 juli om 17:00"]),
           "Hoefbeslag: telefonisch",
           """
Geachte heer Lubbers,

Zullen we het hoefbeslag telefonisch bespreken op dinsdag 22 juli om 17:00, in plaats van donderdag?

Met vriendelijke groet,
Dewi Kramers
""", "body: dinsdag 22 juli (a Monday)")),
    (A, bad("percent_swapped", S("cancellation_policy", "Marijke Veenstra", "Lars Doesburg", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 25, "deposit_percent": 40}),
           "Annuleringsvoorwaarden",
           """
Geachte mevrouw Veenstra,

Voor de cursus droogstapelen vragen we een aanbetaling van 25%. Tot 48 uur van tevoren annuleert u kosteloos; daarna brengen we 40% van de prijs in rekening.

Met vriendelijke groet,
Lars Doesburg
""", "deposit 25 and fee 40: swapped")),
    (A, bad("link_invented", S("decline", "Tobias Haanstra", "Willemijn Ekkel", "formal", "new",
             meeting="Poppenkastvoorstelling op het dorpsfeest", at="zaterdag 27 juli om 14:00"),
           "Poppenkast dorpsfeest",
           """
Geachte heer Haanstra,

Helaas kunnen we de voorstelling op het dorpsfeest niet verzorgen. Onze andere speeldata vindt u op www.poppenkast-ekkel.nl/agenda.

Met vriendelijke groet,
Willemijn Ekkel
""", "link invented")),
    (B, bad("duration_wrong", S("shorten", "Janneke Wiersema", "Pim Achterberg", "formal", "regular",
             meeting="Geurconsult voor het hotel", at="donderdag 22 augustus om 14:00", dur=45),
           "Geurconsult donderdag",
           """
Geachte mevrouw Wiersema,

Ik stel voor het geurconsult van donderdag in te korten tot een half uur. We beginnen gewoon om 14:00.

Met vriendelijke groet,
Pim Achterberg
""", "'een half uur' for 45")),
    (B, bad("title_or_company_invented", S("decline", "Bart Lindenhovius", "Hanneke Stellingwerf", "formal", "regular",
             meeting="Proeverij van boerenkaas", at="vrijdag 23 augustus om 17:00"),
           "Proeverij vrijdag",
           """
Geachte heer Lindenhovius,

Helaas moet ik de proeverij van vrijdag afzeggen.

Met vriendelijke groet,
Hanneke Stellingwerf
Kaasmeester | Kaashandel Stellingwerf B.V.
""", "title and company invented")),
    (B, bad("foreign_paragraph", S("switch_to_email", "Ria Schuttevaer", "Gert-Jan Meulman", "formal", "regular",
             meeting="Keuze van de bekledingsstof", at="woensdag 28 augustus om 10:00"),
           "Bekledingsstof",
           """
Geachte mevrouw Schuttevaer,

In plaats van woensdag stuur ik u de stofstalen per e-mail.

Wir freuen uns auf Ihre Rückmeldung und stehen für Fragen gern zur Verfügung.

Met vriendelijke groet,
Gert-Jan Meulman
""", "German paragraph in a Dutch mail")),
    (B, bad("phone_invented", S("switch_to_call", "Kees Oosterbaan", "Lotte Wijnstra", "formal", "regular",
             meeting="Onderhoud van de viool", at="dinsdag 27 augustus om 15:00",
             props=["vrijdag 30 augustus om 10:00"]),
           "Uw viool",
           """
Geachte heer Oosterbaan,

Laten we vrijdag 30 augustus om 10:00 even bellen over uw viool, in plaats van dinsdag. U kunt mij bereiken op 06-41 87 29 53.

Met vriendelijke groet,
Lotte Wijnstra
""", "phone number invented")),
    (C, bad("time_recap_wrong", S("reschedule", "Astrid Kingma", "Roel Hazenberg", "friendly", "regular",
             meeting="Snoeien van de fruitbomen", at="donderdag 19 september om 9:00",
             props=["maandag 23 september om 9:00", "woensdag 25 september om 13:00"]),
           "Fruitbomen",
           """
Hoi Astrid,

Donderdag lukt niet voor de fruitbomen. Kan maandag 23 september om 9:00 of woensdag 25 september om 13:00?

Tot woensdag om 9 uur dan!
Roel
""", "recap mixes the slots: woensdag om 9")),
    (C, bad("policy_invented", S("late_cancellation", "Dirk-Jan Zwart", "Anouk Belder", "formal", "regular",
             meeting="Proefduik in het zwembad", at="maandag 16 september om 19:00",
             props=["maandag 23 september om 19:00"]),
           "Proefduik",
           """
Geachte heer Zwart,

Ik heb uw afzegging ontvangen. U kunt maandag 23 september om 19:00 inhalen.

Houd er rekening mee dat we bij afzegging binnen 24 uur normaal gesproken kosten rekenen.

Met vriendelijke groet,
Anouk Belder
""", "policy nobody gave")),
    (C, bad("email_invented", S("switch_to_email", "Sietske Bouma", "Jelle Vonk", "formal", "regular",
             meeting="Ontwerp van de trouwkaarten in kalligrafie", at="vrijdag 20 september om 11:00"),
           "Trouwkaarten",
           """
Geachte mevrouw Bouma,

In plaats van vrijdag stuur ik u de ontwerpen per e-mail. Reageren kan naar jellevonk.kalligrafie@gmail.com.

Met vriendelijke groet,
Jelle Vonk
""", "private address invented")),
    (C, bad("name_near_miss", S("decline", "Hillegonda Verburgh", "Niels Sikkema", "formal", "new",
             meeting="Ballonvaart boven de Veluwe", at="zondag 22 september om 7:00"),
           "Ballonvaart zondag",
           """
Geachte mevrouw Verburg,

Helaas gaat de ballonvaart van zondag niet door.

Met vriendelijke groet,
Niels Sikkema
""", "greeting: Verburg for Verburgh")),
    (D, bad("colleague_wrong", S("delegate", "Ellen Postma", "Arjen Greving", "formal", "regular",
             meeting="Inspectie van de kaasrijping", at="donderdag 17 oktober om 9:00",
             col="Maarten Swinkels"),
           "Inspectie donderdag",
           """
Geachte mevrouw Postma,

Donderdag om 9:00 neemt mijn collega Maarten Swinkel de inspectie van de kaasrijping van mij over.

Met vriendelijke groet,
Arjen Greving
""", "colleague Swinkel for Swinkels")),
    (D, bad("percent_swapped", S("late_cancellation", "Frits Bloemendaal", "Carlijn Hesselink", "formal", "regular",
             meeting="Workshop glasblazen voor twee", at="maandag 14 oktober om 13:00",
             props=["maandag 21 oktober om 13:00"],
             pol={"notice_hours": 48, "fee_percent": 50, "deposit_percent": 20}),
           "Workshop glasblazen",
           """
Geachte heer Bloemendaal,

Uw afzegging is binnen. U kunt de workshop inhalen op maandag 21 oktober om 13:00.

Omdat de afzegging binnen 48 uur kwam, behouden we uw aanbetaling van 50%; de annuleringskosten bedragen 20%.

Met vriendelijke groet,
Carlijn Hesselink
""", "deposit and fee percentages swapped")),
    (D, bad("link_invented", S("no_show_followup", "Gonnie Ravesteijn", "Bas Oomen", "friendly", "regular",
             meeting="Zadelpassing voor de merrie", at="vrijdag 11 oktober om 16:00",
             props=["vrijdag 18 oktober om 16:00"]),
           "Zadelpassing",
           """
Hoi Gonnie,

Vrijdag zagen we je niet bij de zadelpassing, alles goed? Je kunt een nieuwe tijd prikken via https://boeken.zadelmakerij-oomen.nl of gewoon vrijdag 18 oktober om 16:00 komen.

Bas
""", "booking link invented")),
    (D, bad("discount_invented", S("reschedule", "Ineke Drenth", "Sven Waalewijn", "formal", "regular",
             meeting="Herstofferen van de eetkamerstoelen", at="dinsdag 22 oktober om 10:00",
             props=["dinsdag 29 oktober om 10:00"], reason="de klant vraagt om een tegemoetkoming"),
           "Eetkamerstoelen",
           """
Geachte mevrouw Drenth,

Ik moet het herstofferen verzetten naar dinsdag 29 oktober om 10:00. Als tegemoetkoming krijgt u 10% korting.

Met vriendelijke groet,
Sven Waalewijn
""", "discount licensed only by the reason")),
    (E, bad("place_changed", S("decline", "Hylke Tolsma", "Romy Brinkers", "formal", "regular",
             meeting="Herstel van de droogstapelmuur in Epen", at="maandag 25 november om 10:00"),
           "Droogstapelmuur",
           """
Geachte heer Tolsma,

Helaas kan ik maandag niet komen voor het herstel van de muur in Eys.

Met vriendelijke groet,
Romy Brinkers
""", "place Eys for Epen")),
    (E, bad("number_invented", S("decline", "Marja Uitdenbogaard", "Timo Klerks", "formal", "new",
             meeting="Kennismaking over poppenkast op de kinderafdeling", at="donderdag 21 november om 15:00"),
           "Poppenkast",
           """
Geachte mevrouw Uitdenbogaard,

Donderdag kan ik helaas niet. Onze agenda zit de komende vijf weken vol.

Met vriendelijke groet,
Timo Klerks
""", "'vijf weken' invented")),
    (E, bad("time_swapped", S("switch_to_call", "Okke Dijkstra", "Fenna Brugman", "formal", "key",
             meeting="Evaluatie van het snoeiseizoen", at="maandag 25 november om 10:00",
             props=["woensdag 20 november om 15:00"]),
           "Snoeiseizoen: telefonisch",
           """
Geachte heer Dijkstra,

In plaats van ons overleg van woensdag 20 november om 15:00 stel ik voor maandag 25 november om 10:00 te bellen.

Met vriendelijke groet,
Fenna Brugman
""", "meeting and call time swapped")),
    (E, bad("title_or_company_invented", S("delegate", "Trijntje Boersma", "Ewout Spijkerman", "formal", "regular",
             meeting="Afstellen van de contrabas", at="dinsdag 26 november om 11:00",
             col="Linde Zeeman"),
           "Contrabas",
           """
Geachte mevrouw Boersma,

Dinsdag om 11:00 neemt mijn collega Linde Zeeman het afstellen van uw contrabas over.

Met vriendelijke groet,
Ewout Spijkerman
Hoofd werkplaats – Strijkinstrumenten Spijkerman
""", "title and workshop invented")),
]
