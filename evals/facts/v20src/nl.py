"""v20, Dutch: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v20src._d import A, B, C, D, E


def S(*a, **k):
    return _S("nl", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Hendrikje Oudewater", "Bastiaan Ruijgrok", "formal", "regular",
             meeting="Stemmen van de vleugel in de concertzaal", at="woensdag 14 januari om 9.30 uur",
             props=["maandag 19 januari om 9.30 uur", "dinsdag 20 januari om 13.30 uur"],
             reason="de zaal wordt die ochtend verwarmd en de temperatuur is nog niet stabiel"),
           "Stemmen van de vleugel: andere dag",
           """
Geachte mevrouw Oudewater,

De zaal wordt morgenochtend pas verwarmd en de temperatuur is dan nog niet stabiel; stemmen om half tien heeft dan weinig zin.

Kan het maandag de 19e op hetzelfde tijdstip, of dinsdag 20 januari om half twee?

Met vriendelijke groet,
Bastiaan Ruijgrok
""", "correct: 'morgenochtend' for Jan 14 said on Jan 13, 'half tien', 'maandag de 19e op hetzelfde tijdstip', 'half twee'")),
    (A, ok(S("cancellation_policy", "Roelof Zandbergen", "Geesje Hoogkamer", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Annuleringsvoorwaarden cursus kuipen",
           """
Geachte heer Zandbergen,

U kunt uw plaats in de cursus kosteloos annuleren tot twee dagen van tevoren (48 uur). Daarna rekenen wij de helft van het cursusgeld (50%).

Met vriendelijke groet,
Geesje Hoogkamer
""", "correct: 'twee dagen van tevoren (48 uur)', 'de helft (50%)', 'kosteloos'")),
    (A, ok(S("switch_to_call", "Ir. Wouter Steenhuijsen", "Marleen Kuipers-Dol", "formal", "key",
             meeting="Bespreking van de kaart van het waterschap", at="vrijdag 16 januari om 11.00 uur",
             reason="de drukproef is nog niet binnen"),
           "Vrijdag telefonisch",
           """
Geachte heer Steenhuijsen,

De drukproef is nog niet binnen. Zullen we vrijdag om elf uur telefonisch doorlopen wat er op de kaart van het waterschap verandert?

Met vriendelijke groet,
Marleen Kuipers-Dol
""", "correct: 'Geachte heer' + surname for 'Ir.', 'om elf uur', same slot by phone")),
    (A, ok(S("no_show_followup", "Fenna Tjepkema", "Joost Valkenier", "friendly", "regular",
             meeting="Ophalen van de gerepareerde cello", at="donderdag 8 januari om 16.00 uur",
             props=["vrijdag 16 januari om 16.00 uur"]),
           "Je cello",
           """
Hoi Fenna,

Vorige week donderdag stond je cello om vier uur klaar, maar ik heb je gemist. Vrijdag de 16e om dezelfde tijd kan ook!

Groet,
Joost
""", "correct: 'vorige week donderdag' for Jan 8 said on Jan 13, 'om vier uur', 'om dezelfde tijd'")),
    (B, ok(S("decline", "Ariane Bolkesteijn", "Siebren Wassink", "formal", "regular",
             meeting="Rondleiding door de klokkengieterij", at="vrijdag 13 februari om 14.00 uur",
             reason="er wordt die middag een grote klok gegoten en de hal is afgesloten"),
           "Rondleiding vrijdag",
           """
Geachte mevrouw Bolkesteijn,

Vrijdagmiddag wordt er een grote klok gegoten en is de hal afgesloten. De rondleiding om twee uur gaat daarom helaas niet door.

Met vriendelijke groet,
Siebren Wassink
""", "correct: 'om twee uur', no new time")),
    (B, ok(S("shorten", "Gijsbert Lamberink", "Nienke Ruitenbeek", "formal", "regular",
             meeting="Intoneren van het kabinetorgel", at="dinsdag 17 februari om 10.00 uur", dur=45,
             reason="de kerk is 's middags bezet voor een uitvaart"),
           "Intoneren op dinsdag",
           """
Geachte heer Lamberink,

De kerk is dinsdag later bezet voor een uitvaart. We beginnen om tien uur met het intoneren van het kabinetorgel, maar houden het op drie kwartier.

Met vriendelijke groet,
Nienke Ruitenbeek
""", "correct: 'om tien uur', 'drie kwartier'")),
    (B, ok(S("delegate", "Dr. Liesbeth Vanderplas", "Teun Brouwershaven", "formal", "regular",
             meeting="Keuze van het eikenhout voor de wijnvaten", at="woensdag 18 februari om 9.00 uur",
             col="Mirjam Scholtemeijer", reason="ik moet naar de houtveiling in Brussel"),
           "Keuze van het eikenhout",
           """
Geachte dr. Vanderplas,

Volgende week woensdag moet ik naar de houtveiling in Brussel. Mijn collega Mirjam Scholtemeijer loopt om negen uur met u het eikenhout voor de vaten door; zij kent uw bestelling.

Met vriendelijke groet,
Teun Brouwershaven
""", "correct: 'Geachte dr.' + surname, 'volgende week woensdag' for Feb 18 said on Feb 11, colleague exact")),
    (B, ok(S("late_cancellation", "Hidde Verschuren", "Annemiek Tolsma", "formal", "regular",
             meeting="Stemafspraak voor de piano", at="maandag 9 februari om 15.00 uur",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Uw afzegging van maandag",
           """
Geachte heer Verschuren,

Uw afzegging voor maandag kwam binnen een dag (24 uur) voor de afspraak. Volgens onze voorwaarden brengen wij dan het volledige bedrag (100%) in rekening.

Met vriendelijke groet,
Annemiek Tolsma
""", "correct: 'binnen een dag (24 uur)', 'het volledige bedrag (100%)'")),
    (C, ok(S("reschedule", "Jorien Veldhuizen", "Arend Nijenhuis", "formal", "regular",
             meeting="Afleveren van de historische stadskaart", at="vrijdag 12 maart om 10.00 uur",
             props=["dinsdag 16 maart om 10.00 uur", "woensdag 17 maart om 15.00 uur"],
             reason="de lijst is bij het inlijsten beschadigd"),
           "Stadskaart: nieuwe afspraak",
           """
Geachte mevrouw Veldhuizen,

De lijst is bij het inlijsten beschadigd, dus morgen kan ik de stadskaart nog niet afleveren.

Zou dinsdag de 16e op hetzelfde tijdstip schikken, of woensdag 17 maart om drie uur 's middags?

Met vriendelijke groet,
Arend Nijenhuis
""", "correct: 'morgen' for Mar 12 said on Mar 11, 'drie uur 's middags'")),
    (C, ok(S("switch_to_email", "Stijn Overmars", "Wilhelmien Dekkers-Baan", "formal", "new",
             meeting="Offerte voor vier eiken vaatjes", at="maandag 15 maart om 11.30 uur",
             reason="de prijzen per vaatje staan al op papier"),
           "Offerte per e-mail",
           """
Geachte heer Overmars,

De prijzen per vaatje staan al op papier, dus maandag om half twaalf hoeven we niet af te spreken: ik mail u de offerte voor de vier vaatjes.

Met vriendelijke groet,
Wilhelmien Dekkers-Baan
""", "correct: 'half twaalf', 'vier' from the meeting name")),
    (C, ok(S("cancellation_policy", "Mevr. Ilse van Gorkum", "Derk Bosscher", "formal", "new",
             pol={"notice_hours": 72, "deposit_percent": 25}),
           "Voorwaarden voor uw klokje",
           """
Geachte mevrouw Van Gorkum,

Bij de bestelling vragen we een aanbetaling van 25%. Annuleren is kosteloos tot drie dagen (72 uur) van tevoren.

Met vriendelijke groet,
Derk Bosscher
""", "correct: 'mevrouw Van Gorkum' for 'van', deposit with its term, 'drie dagen (72 uur)'")),
    (C, ok(S("no_show_followup", "Thijmen Kappeyne", "Sanne Wolterbeek", "formal", "regular",
             meeting="Proefspelen op het huisorgel", at="dinsdag 9 maart om 19.00 uur",
             props=["donderdag 18 maart om 19.00 uur"]),
           "Proefspelen",
           """
Geachte heer Kappeyne,

Eergisteren om zeven uur 's avonds hebben we u gemist bij het proefspelen. Donderdag 18 maart op hetzelfde uur staat het orgel weer voor u klaar.

Met vriendelijke groet,
Sanne Wolterbeek
""", "correct: 'eergisteren' for Mar 9 said on Mar 11, 'zeven uur 's avonds'")),
    (D, ok(S("decline", "Maaike Heemskerk", "Douwe Bijlsma", "friendly", "key",
             meeting="Borrel bij de opening van de kuiperij", at="vrijdag 16 april om 17.00 uur",
             reason="ik moet die middag een vat afleveren in Groningen"),
           "Vrijdag",
           """
Hoi Maaike,

Vrijdag red ik het helaas niet: ik moet die middag een vat afleveren in Groningen. Proost alvast op de nieuwe kuiperij!

Douwe
""", "correct: first name, reason retold, no new time")),
    (D, ok(S("delegate", "Gerrit-Jan Hoefnagel", "Lotte Sijbrandij", "formal", "regular",
             meeting="Controle van de stemming van de carillonklokken", at="woensdag 21 april om 8.30 uur",
             col="Pepijn Zuurbier", reason="ik ben die week bij een gieting in Asten"),
           "Controle van het carillon",
           """
Geachte heer Hoefnagel,

Volgende week ben ik bij een gieting in Asten. Pepijn Zuurbier controleert woensdag om half negen de stemming van de klokken; hij kent het carillon goed.

Met vriendelijke groet,
Lotte Sijbrandij
""", "correct: 'half negen', colleague exact")),
    (D, ok(S("switch_to_call", "Femke Noordhoek", "Rutger Schilperoort", "formal", "regular",
             meeting="Toelichting op de nieuwe polderkaart", at="donderdag 15 april om 14.00 uur",
             props=["maandag 19 april om 10.00 uur"], reason="ik lig met griep op bed"),
           "Polderkaart: liever telefonisch",
           """
Geachte mevrouw Noordhoek,

Ik lig met griep op bed, dus donderdag kom ik niet. Zullen we de polderkaart maandag 19 april om tien uur telefonisch doornemen?

Met vriendelijke groet,
Rutger Schilperoort
""", "correct: a call at the given slot, 'om tien uur'")),
    (D, ok(S("shorten", "Wessel Haverkamp", "Tineke Brandsma", "formal", "regular",
             meeting="Lesmiddag pianotechniek", at="dinsdag 20 april om 13.00 uur", dur=90,
             reason="de werkplaats gaat eerder dicht"),
           "Lesmiddag dinsdag",
           """
Geachte heer Haverkamp,

De werkplaats gaat dinsdag eerder dicht. We beginnen om één uur, maar de les duurt anderhalf uur.

Met vriendelijke groet,
Tineke Brandsma
""", "correct: 'om één uur', 'anderhalf uur'")),
    (E, ok(S("reschedule", "Cornelis Blankevoort", "Evelien Huijsmans", "formal", "regular",
             meeting="Plaatsen van de nieuwe orgelpijpen", at="donderdag 13 mei om 8.00 uur",
             props=["dinsdag 18 mei om 8.00 uur", "donderdag 20 mei om 12.30 uur"],
             reason="de pijpen zijn nog bij de vergulder"),
           "Orgelpijpen: nieuwe datum",
           """
Geachte heer,

De pijpen zijn nog bij de vergulder, daarom kunnen we ze morgen om acht uur niet plaatsen.

Past dinsdag 18 mei op hetzelfde tijdstip, of donderdag de 20e om half één?

Met vriendelijke groet,
Evelien Huijsmans
""", "correct: 'Geachte heer,' alone, 'morgen' for May 13 said on May 12, 'half één'")),
    (E, ok(S("decline", "Prof. Anneke Dijkgraaf", "Mathijs Boelens", "formal", "key",
             meeting="Presentatie van de atlas van de Waddenzee", at="vrijdag 21 mei om 15.00 uur",
             reason="de drukker heeft de kleurproeven afgekeurd"),
           "Presentatie van de atlas",
           """
Geachte professor Dijkgraaf,

De drukker heeft de kleurproeven afgekeurd. De presentatie van vrijdag 21 mei om drie uur kan daarom niet doorgaan; ik laat u weten wanneer de atlas wel klaar is.

Met vriendelijke groet,
Mathijs Boelens
""", "correct: 'professor' + surname, 'om drie uur', no new time")),
    (E, ok(S("switch_to_email", "Karlijn Veenstra", "Olaf Tiemersma", "formal", "regular",
             meeting="Advies over het onderhoud van de harp", at="woensdag 19 mei om 16.30 uur",
             reason="het zijn maar een paar tips"),
           "Onderhoud van uw harp",
           """
Geachte mevrouw Veenstra,

Het zijn maar een paar tips; die schrijf ik u liever, dan hoeft u volgende week woensdag om half vijf niet naar de werkplaats te komen.

Met vriendelijke groet,
Olaf Tiemersma
""", "correct: 'volgende week woensdag' for May 19 said on May 12, 'half vijf'")),
    (E, ok(S("late_cancellation", "Bram Klinkhamer", "Joke Elzinga", "formal", "new",
             meeting="Kennismaking in de klokkengieterij", at="maandag 10 mei om 10.00 uur",
             props=["maandag 24 mei om 10.00 uur"]),
           "Uw afzegging",
           """
Geachte heer Klinkhamer,

Jammer dat het maandag niet lukte. Wilt u de kennismaking inhalen, dan bent u op maandag 24 mei om tien uur welkom.

Met vriendelijke groet,
Joke Elzinga
""", "correct: no policy given and none stated, 'om tien uur'")),
    # ------------------------------------------------------------------ flawed
    (A, bad("weekday_wrong", S("reschedule", "Marloes Ingelse", "Harmen Vredeveld", "formal", "regular",
              meeting="Monteren van de nieuwe klepels", at="donderdag 15 januari om 9.00 uur",
              props=["woensdag 21 januari om 9.00 uur"], reason="de klepels zijn te laat uit de smidse gekomen"),
            "Klepels: donderdag 21 januari",
            """
Geachte mevrouw Ingelse,

De klepels zijn te laat uit de smidse gekomen. Het monteren verschuift daarom naar woensdag 21 januari om 9.00 uur.

Met vriendelijke groet,
Harmen Vredeveld
""", "weekday_wrong: subject 'donderdag 21 januari' for woensdag")),
    (A, bad("discount_invented", S("no_show_followup", "Tobias Hilbrink", "Anouk Reijnders", "formal", "regular",
              meeting="Passen van de stemhamer", at="vrijdag 9 januari om 11.00 uur",
              props=["donderdag 22 januari om 11.00 uur"]),
            "Nieuwe afspraak",
            """
Geachte heer Hilbrink,

Vrijdag hebben we u gemist. U bent welkom op donderdag 22 januari om 11.00 uur; als excuus voor het wachten krijgt u 10% korting op de stemhamer.

Met vriendelijke groet,
Anouk Reijnders
""", "discount_invented: '10% korting' nobody gave")),
    (A, bad("duration_wrong", S("shorten", "Lieke Bosschaart", "Reinier Smeenk", "formal", "regular",
              meeting="Workshop vaten branden", at="dinsdag 20 januari om 14.00 uur", dur=45,
              reason="de brandstof is bijna op"),
            "Workshop dinsdag",
            """
Geachte mevrouw Bosschaart,

De brandstof is bijna op; de workshop begint dinsdag om 14.00 uur, maar duurt een half uur.

Met vriendelijke groet,
Reinier Smeenk
""", "duration_wrong: 'een half uur' for 45 minutes")),
    (A, bad("phone_invented", S("switch_to_call", "Gerolf Tammeling", "Ydwine Sikkema", "formal", "regular",
              meeting="Overleg over de kaart van de vaarroutes", at="maandag 19 januari om 10.00 uur",
              reason="ik ben die dag op kantoor in Leeuwarden"),
            "Overleg maandag telefonisch",
            """
Geachte heer Tammeling,

Ik zit maandag op kantoor in Leeuwarden; laten we om 10.00 uur bellen. U kunt mij bereiken op 058 213 47 96.

Met vriendelijke groet,
Ydwine Sikkema
""", "phone_invented: a phone number nobody gave")),
    (B, bad("time_swapped", S("reschedule", "Eline Sprenkeling", "Koen Westerbaan", "formal", "regular",
              meeting="Stemmen van de kerkvleugel", at="maandag 16 februari om 13.00 uur",
              props=["donderdag 19 februari om 13.00 uur"], reason="de koster is er maandag niet"),
            "Stemmen: donderdag 19 februari",
            """
Geachte mevrouw Sprenkeling,

De koster is er maandag niet om de kerk te openen. Ik stel daarom voor de vleugel te stemmen op maandag 16 februari om 13.00 uur.

Met vriendelijke groet,
Koen Westerbaan
""", "time_swapped: old slot offered as the new one in the body; subject right")),
    (B, bad("email_invented", S("switch_to_email", "Rintje Hofstede", "Gonnie Lubbers", "formal", "new",
              meeting="Vragen over het restaureren van een zeekaart", at="donderdag 12 februari om 11.00 uur",
              reason="foto's van de kaart zeggen al veel"),
            "Uw zeekaart",
            """
Geachte heer Hofstede,

Foto's van de kaart zeggen al veel; in plaats van morgen af te spreken, kunt u ze sturen naar restauratie@kaartenatelier-lubbers.nl.

Met vriendelijke groet,
Gonnie Lubbers
""", "email_invented: an address nobody gave")),
    (B, bad("foreign_paragraph", S("decline", "Sietske Wijnbergen", "Aldert Korevaar", "formal", "regular",
              meeting="Demonstratie van het kuipen van een boterton", at="dinsdag 24 februari om 10.00 uur",
              reason="de hoepels zijn nog niet geleverd"),
            "Demonstratie dinsdag",
            """
Geachte mevrouw Wijnbergen,

De hoepels zijn nog niet geleverd, dus de demonstratie van dinsdag om 10.00 uur gaat niet door.

Wir melden uns, sobald die Reifen angekommen sind.

Met vriendelijke groet,
Aldert Korevaar
""", "foreign_paragraph: a German paragraph inside the Dutch mail")),
    (B, bad("number_invented", S("late_cancellation", "Jelmer Stoutjesdijk", "Henny Ooms", "formal", "regular",
              meeting="Klankproef van de torenklok", at="dinsdag 10 februari om 12.00 uur",
              props=["woensdag 18 februari om 12.00 uur"]),
            "Klankproef",
            """
Geachte heer Stoutjesdijk,

Jammer van gisteren; de klok van 800 kilo hing al klaar. Woensdag 18 februari om 12.00 uur kunnen we de proef overdoen.

Met vriendelijke groet,
Henny Ooms
""", "number_invented: '800 kilo' nobody gave")),
    (C, bad("time_recap_wrong", S("reschedule", "Naomi Kranendonk", "Floris Deelstra", "formal", "regular",
              meeting="Stemmen van de salonvleugel", at="dinsdag 16 maart om 9.00 uur",
              props=["maandag 22 maart om 14.30 uur"], reason="de nieuwe snaren zijn nog onderweg"),
            "Salonvleugel: maandag 22 maart",
            """
Geachte mevrouw Kranendonk,

De nieuwe snaren zijn nog onderweg; ik kom de vleugel stemmen op maandag 22 maart om 14.30 uur.

Tot maandag om 9 uur!

Floris Deelstra
""", "time_recap_wrong: recap with the old hour 9 uur")),
    (C, bad("policy_invented", S("decline", "Rianne Kolkman", "Eppo Venema", "formal", "new",
              meeting="Kennismakingsbezoek aan de orgelmakerij", at="vrijdag 19 maart om 15.00 uur",
              reason="ons team is die week op een bouwplaats"),
            "Bezoek vrijdag",
            """
Geachte mevrouw Kolkman,

Ons team is die week op een bouwplaats, dus het bezoek van vrijdag om 15.00 uur gaat niet door. Uw aanbetaling krijgt u uiteraard volledig terug.

Met vriendelijke groet,
Eppo Venema
""", "policy_invented: a deposit refund nobody gave")),
    (C, bad("colleague_wrong", S("delegate", "Hester Molenkamp", "Jurre Bakhuizen", "formal", "regular",
              meeting="Inmeten van de trap voor de vleugel", at="woensdag 17 maart om 10.00 uur",
              col="Sjoerd Ravensbergen", reason="ik moet naar een klant in Zwolle"),
            "Inmeten woensdag",
            """
Geachte mevrouw Molenkamp,

Ik moet woensdag naar een klant in Zwolle. Mijn collega Sjoerd Ravenbergen komt om 10.00 uur de trap inmeten.

Met vriendelijke groet,
Jurre Bakhuizen
""", "colleague_wrong: 'Ravenbergen' for Ravensbergen")),
    (C, bad("phone_invented", S("no_show_followup", "Gertjan Pellikaan", "Fleur Abbenhuis", "formal", "regular",
              meeting="Afhalen van de gerestaureerde globe", at="woensdag 10 maart om 16.00 uur"),
            "Uw globe",
            """
Geachte heer Pellikaan,

Gisteren stond uw globe om 16.00 uur voor u klaar. Belt u even op 06-38127455 om een nieuw moment af te spreken?

Met vriendelijke groet,
Fleur Abbenhuis
""", "phone_invented: a mobile number nobody gave")),
    (D, bad("name_near_miss", S("decline", "Wendelien Hoogeboom", "Auke Visscher", "formal", "regular",
              meeting="Bezichtiging van het koororgel", at="maandag 19 april om 11.00 uur",
              reason="het orgel staat in de steigers"),
            "Bezichtiging maandag",
            """
Geachte mevrouw Hogeboom,

Het koororgel staat in de steigers, dus de bezichtiging van maandag om 11.00 uur kan niet doorgaan.

Met vriendelijke groet,
Auke Visscher
""", "name_near_miss: 'Hogeboom' for Hoogeboom")),
    (D, bad("percent_swapped", S("late_cancellation", "Ruben Stellingwerf", "Ankie Bredewold", "formal", "regular",
              meeting="Stemles voor de vleugel", at="donderdag 8 april om 19.00 uur",
              pol={"notice_hours": 24, "fee_percent": 75, "deposit_percent": 30}),
            "Uw afzegging",
            """
Geachte heer Stellingwerf,

Uw afzegging kwam binnen 24 uur voor de les. We houden daarom de aanbetaling van 75% in en rekenen 30% van het lesgeld.

Met vriendelijke groet,
Ankie Bredewold
""", "percent_swapped: deposit 30% and fee 75% swapped")),
    (D, bad("link_invented", S("switch_to_email", "Lonneke Tuinstra", "Berend Wiersum", "formal", "regular",
              meeting="Uitleg over de restauratie van de kaartenkast", at="vrijdag 23 april om 13.00 uur",
              reason="de foto's laten het al goed zien"),
            "Kaartenkast",
            """
Geachte mevrouw Tuinstra,

De foto's laten het al goed zien, dus vrijdag hoeven we niet af te spreken. Alles staat op https://kaartenkast.wiersum-restauratie.nl/dossier

Met vriendelijke groet,
Berend Wiersum
""", "link_invented: a link nobody gave")),
    (D, bad("weekday_wrong", S("switch_to_call", "Dirkje Meulenbelt", "Ivo Zwanenburg", "formal", "regular",
              meeting="Bespreking van de nieuwe kuipbank", at="dinsdag 20 april om 15.00 uur",
              props=["donderdag 22 april om 9.00 uur"], reason="ik zit die week in de werkplaats in Tiel"),
            "Bellen op woensdag 22 april",
            """
Geachte mevrouw Meulenbelt,

Ik zit die week in de werkplaats in Tiel. Zullen we de kuipbank donderdag 22 april om 9.00 uur telefonisch bespreken?

Met vriendelijke groet,
Ivo Zwanenburg
""", "weekday_wrong: subject 'woensdag 22 april' for donderdag")),
    (E, bad("title_or_company_invented", S("switch_to_call", "Gea Rozendaal", "Pieter-Bas Lindenhovius", "formal", "regular",
              meeting="Toelichting op de stemming van het carillon", at="dinsdag 18 mei om 10.00 uur",
              reason="de toren is afgesloten"),
            "Carillon telefonisch",
            """
Geachte mevrouw Rozendaal,

De toren is afgesloten; ik bel u dinsdag om 10.00 uur om de stemming toe te lichten.

Met vriendelijke groet,
Pieter-Bas Lindenhovius
Hoofd klokkenstemming, Koninklijke Klokkengieterij Lindenhovius B.V.
""", "title_or_company_invented: title and company in the signature")),
    (E, bad("place_changed", S("reschedule", "Marten Hulshoff", "Janneke Gortemaker", "formal", "regular",
              meeting="Oplevering van het orgel in Kampen", at="vrijdag 14 mei om 14.00 uur",
              props=["dinsdag 25 mei om 14.00 uur"], reason="de laatste registers zijn nog niet afgesteld"),
            "Oplevering van het orgel",
            """
Geachte heer Hulshoff,

De laatste registers zijn nog niet afgesteld. De oplevering van het orgel in Zwolle verschuift naar dinsdag 25 mei om 14.00 uur.

Met vriendelijke groet,
Janneke Gortemaker
""", "place_changed: Zwolle for Kampen")),
    (E, bad("discount_invented", S("reschedule", "Sylvia Ekkelboom", "Remco Dragt", "formal", "new",
              meeting="Bezorging van het regentonnetje", at="woensdag 19 mei om 9.00 uur",
              props=["vrijdag 21 mei om 9.00 uur"], reason="de klant vroeg om een gebaar voor de vertraging"),
            "Bezorging vrijdag",
            """
Geachte mevrouw Ekkelboom,

Het tonnetje wordt niet woensdag maar vrijdag 21 mei om 9.00 uur bezorgd. Als gebaar voor de vertraging krijgt u 15% korting.

Met vriendelijke groet,
Remco Dragt
""", "discount_invented: '15% korting' licensed by nothing but the reason's wish")),
    (E, bad("email_invented", S("late_cancellation", "Hilco Terpstra", "Marijke Wolthuis", "formal", "regular",
              meeting="Inmeten van de kaartenwand", at="maandag 10 mei om 11.00 uur"),
            "Uw afzegging van maandag",
            """
Geachte heer Terpstra,

We hebben uw afzegging van maandag ontvangen. Voor een nieuwe afspraak kunt u mailen naar m.wolthuis@ziggo.nl.

Met vriendelijke groet,
Marijke Wolthuis
""", "email_invented: a private address nobody gave")),
]
