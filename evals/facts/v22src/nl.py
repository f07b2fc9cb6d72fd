"""v22, Dutch: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v22src._d import A, B, C, D, E


def S(*a, **k):
    return _S("nl", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("shorten", "Geertruida Wolthuis", "Menno Brouwersdijk", "formal", "regular",
             meeting="Pasafspraak voor maatschoenen", at="woensdag 26 januari om 10:00", dur=30,
             reason="de leest moet nog worden bijgeschaafd"),
           "Pasafspraak woensdag",
           """
Geachte mevrouw Wolthuis,

De pasafspraak van woensdag om tien uur gaat door, maar duurt een half uur: de leest moet nog worden bijgeschaafd.

Met vriendelijke groet,
Menno Brouwersdijk
""", "correct: 'een half uur', 'om tien uur'")),
    (A, ok(S("switch_to_email", "Reinout Kuipersveld", "Aaltje Doornbosch", "formal", "new",
             meeting="Offerte voor handgeschept papier voor trouwkaarten", at="donderdag 3 februari om 14:00"),
           "Uw offerte per e-mail",
           """
Geachte heer Kuipersveld,

Zullen we de offerte voor het handgeschepte papier per e-mail afhandelen in plaats van op 3 februari af te spreken? Dan kunt u de papiersoorten rustig vergelijken.

Met vriendelijke groet,
Aaltje Doornbosch
""", "correct: date without weekday, no new time")),
    (A, ok(S("late_cancellation", "Jozefien Hartgerink", "Wiebe Nijenhuis", "formal", "regular",
             meeting="Zeepmaakworkshop met geitenmelk", at="vrijdag 21 januari om 19:00",
             props=["vrijdag 4 februari om 19:00"], pol={"notice_hours": 48, "fee_percent": 50}),
           "Workshop van afgelopen vrijdag",
           """
Geachte mevrouw Hartgerink,

Dank voor uw bericht over afgelopen vrijdag. Omdat u minder dan twee dagen (48 uur) van tevoren afzegde, brengen we de helft (50%) van de prijs in rekening.

U bent van harte welkom op vrijdag 4 februari om zeven uur 's avonds.

Met vriendelijke groet,
Wiebe Nijenhuis
""", "correct: 'afgelopen vrijdag', policy in words and numbers, 'zeven uur 's avonds'")),
    (A, ok(S("reschedule", "Ir. Lambertus Zuidhoek", "Femke Oosterwolde", "formal", "key",
             meeting="Oplevering van de gerestaureerde vulpennen", at="dinsdag 25 januari om 16:00",
             props=["maandag 31 januari om 16:00", "woensdag 2 februari om 11:30"],
             reason="één veer moet opnieuw worden geslepen"),
           "Oplevering vulpennen verschoven",
           """
Geachte heer Zuidhoek,

Eén veer moet opnieuw worden geslepen, daarom kan ik de pennen morgen nog niet opleveren.

Schikt maandag 31 januari op hetzelfde tijdstip, of woensdag de 2e om half twaalf?

Met vriendelijke groet,
Femke Oosterwolde
""", "correct: 'heer Zuidhoek' for 'Ir.', 'morgen' for Jan 25, 'de 2e', 'half twaalf'")),
    (B, ok(S("decline", "Hendrikje Veltkamp", "Joost Wijnbergen", "friendly", "regular",
             meeting="Sterrenkijkavond bij de volkssterrenwacht", at="vrijdag 18 februari om 20:00",
             reason="de koepel is dicht voor onderhoud"),
           "Vrijdagavond",
           """
Hoi Hendrikje,

Vrijdag gaat het helaas niet door: de koepel is dicht voor onderhoud.

Ik laat het je weten zodra we weer open zijn.

Groet,
Joost
""", "correct: friendly, no time")),
    (B, ok(S("delegate", "Cornelis Haverkort", "Marijke Smitshuizen", "formal", "regular",
             meeting="Restauratie van een Kämmer & Reinhardt-pop", at="donderdag 24 februari om 13:30",
             col="Tjitske Brandsma"),
           "Uw pop",
           """
Geachte heer Haverkort,

Donderdag de 24e om half twee ontvangt mijn collega Tjitske Brandsma u voor de restauratie van uw pop.

Met vriendelijke groet,
Marijke Smitshuizen
""", "correct: 'de 24e', 'half twee', meeting shortened")),
    (B, ok(S("cancellation_policy", "Willemijn Ter Horst", "Gerrit Bosscher", "formal", "new",
             pol={"notice_hours": 24, "deposit_percent": 25, "fee_percent": 100}),
           "Annuleringsvoorwaarden",
           """
Geachte mevrouw Ter Horst,

Bij uw inschrijving vragen we een aanbetaling van 25%. Annuleren kan kosteloos tot een dag (24 uur) van tevoren; daarna is het volledige bedrag (100%) verschuldigd.

Met vriendelijke groet,
Gerrit Bosscher
""", "correct: deposit and fee each with their term, 'een dag (24 uur)'")),
    (B, ok(S("no_show_followup", "Sietske Harmsma", "Roelof Klinkhamer", "formal", "regular",
             meeting="Ophalen van gerepareerde klompen", at="donderdag 10 februari om 15:00"),
           "Uw klompen",
           """
Geachte mevrouw Harmsma,

Vorige week donderdag hadden we u verwacht om drie uur om de klompen op te halen. Ik hoop dat alles goed is.

Laat u maar weten wanneer het u uitkomt.

Met vriendelijke groet,
Roelof Klinkhamer
""", "correct: 'vorige week donderdag' for Feb 10 said on Feb 15, 'drie uur'")),
    (C, ok(S("reschedule", "Barend Lubbersen", "Anouk Vroegindeweij", "formal", "regular",
             meeting="Uitleg bij de zelfbouwtelescoop", at="donderdag 10 maart om 19:30",
             props=["dinsdag 15 maart om 19:30"], reason="ik heb een zware verkoudheid"),
           "Uitleg telescoop",
           """
Geachte heer Lubbersen,

Door een zware verkoudheid moet ik de uitleg van morgenavond verzetten. Lukt dinsdag 15 maart om half acht? Laat u het me even weten?

Met vriendelijke groet,
Anouk Vroegindeweij
""", "correct: 'morgenavond' for Mar 10 19:30, 'half acht', confirming question")),
    (C, ok(S("switch_to_call", "Marieke Dekkerman", "Hidde Scholtenhuis", "formal", "new",
             meeting="Kennismaking over een zeepabonnement", at="maandag 14 maart om 11:00"),
           "Maandag: telefonisch",
           """
Geachte mevrouw Dekkerman,

Zullen we maandag om elf uur bellen in plaats van elkaar te zien? Dan bespreken we het zeepabonnement telefonisch.

Met vriendelijke groet,
Hidde Scholtenhuis
""", "correct: call at the original time, 'elf uur'")),
    (C, ok(S("shorten", "Dr. Evert Rozendaal", "Ilse Terpstra", "formal", "regular",
             meeting="Bespreking van het restauratieplan voor de poppencollectie", at="woensdag 16 maart om 9:00",
             dur=75),
           "Bespreking woensdag 16 maart",
           """
Geachte dr. Rozendaal,

Voor de bespreking van woensdag 16 maart om 9:00 uur heb ik vijf kwartier.

Met vriendelijke groet,
Ilse Terpstra
""", "correct: 'dr.' title, 'vijf kwartier' for 75")),
    (C, ok(S("decline", "Frederika Blankevoort", "Sjoerd Heemstede", "formal", "regular",
             meeting="Demonstratie papierscheppen voor de bibliotheek", at="dinsdag 22 maart om 14:00",
             reason="de schepvorm is gebroken"),
           "Demonstratie van 22 maart",
           """
Geachte mevrouw,

Helaas moet ik de demonstratie van dinsdag 22 maart afzeggen: de schepvorm is gebroken.

Met vriendelijke groet,
Sjoerd Heemstede
""", "correct: 'Geachte mevrouw,' alone")),
    (D, ok(S("late_cancellation", "Teunis Blokzijl", "Lotte Hoogendoorn", "formal", "new",
             meeting="Aanmeten van wandelschoenen", at="dinsdag 29 maart om 10:30"),
           "Uw afzegging",
           """
Geachte heer Blokzijl,

Dank voor uw bericht over dinsdag. Jammer dat het niet lukte; laat u maar weten wanneer we het aanmeten alsnog kunnen inplannen.

Met vriendelijke groet,
Lotte Hoogendoorn
""", "correct: late cancellation with no policy stating none, no time offered")),
    (D, ok(S("switch_to_email", "Annemarie Kolkman", "Bastiaan Wesselink", "formal", "regular",
             meeting="Advies over een lekkende Parker-vulpen", at="woensdag 6 april om 16:00",
             reason="het lek is op foto's goed te zien"),
           "Uw Parker",
           """
Geachte mevrouw Kolkman,

Het lek is op foto's goed te zien, dus ik geef u mijn advies liever per e-mail dan woensdag in de winkel.

Met vriendelijke groet,
Bastiaan Wesselink
""", "correct: reason retold")),
    (D, ok(S("delegate", "Gijsbert Mulderij", "Carlijn Eshuis", "formal", "regular",
             meeting="Slijpen van een telescoopspiegel", at="vrijdag 8 april om 9:30",
             col="Daan Lettinga", reason="ik geef die dag les in Leeuwarden"),
           "Spiegel slijpen",
           """
Geachte heer Mulderij,

Vrijdag geef ik les in Leeuwarden; mijn collega Daan Lettinga begeleidt u om half tien bij het slijpen van de spiegel.

Met vriendelijke groet,
Carlijn Eshuis
""", "correct: colleague exactly, 'half tien'")),
    (D, ok(S("no_show_followup", "Dieuwke Hoekstra-Visser", "Maarten Lindeboom", "formal", "regular",
             meeting="Proefsessie zeep gieten", at="vrijdag 25 maart om 14:00",
             props=["woensdag 6 april om 14:00"]),
           "Proefsessie",
           """
Geachte mevrouw Hoekstra-Visser,

Afgelopen vrijdag hebben we u gemist bij de proefsessie. Ik hoop dat alles in orde is.

Woensdag 6 april om twee uur 's middags is er nog plaats.

Met vriendelijke groet,
Maarten Lindeboom
""", "correct: 'afgelopen vrijdag', 'twee uur 's middags'")),
    (E, ok(S("cancellation_policy", "Koenraad Vermeulen-Strik", "Renske Bolhuis", "formal", "new",
             meeting="Cursus poppen restaureren", at="woensdag 15 juni om 10:00",
             pol={"notice_hours": 72}),
           "Cursus van 15 juni",
           """
Geachte heer Vermeulen-Strik,

Voor de cursus van woensdag 15 juni kunt u tot drie dagen (72 uur) van tevoren kosteloos annuleren.

Met vriendelijke groet,
Renske Bolhuis
""", "correct: only the notice given, no fee stated")),
    (E, ok(S("decline", "Aukje Talsma", "Pieter-Jan Rademaker", "formal", "key",
             meeting="Presentatie van nieuwe schoenmodellen", at="dinsdag 14 juni om 11:00",
             reason="de modellen zijn nog niet klaar"),
           "Presentatie dinsdag",
           """
Beste mevrouw Talsma,

De presentatie van dinsdag gaat niet door: de modellen zijn nog niet klaar.

Hartelijke groet,
Pieter-Jan Rademaker
""", "correct: 'Beste mevrouw' + surname, short")),
    (E, ok(S("switch_to_call", "Okke Dijkstra-Bouma", "Nienke Zwaagstra", "formal", "regular",
             meeting="Keuze van het papier voor een bibliofiele uitgave", at="maandag 20 juni om 15:00",
             props=["maandag 20 juni om 16:30"]),
           "Maandag telefonisch",
           """
Geachte heer Dijkstra-Bouma,

Mag ik u maandag om half vijf bellen, in plaats van om drie uur langs te komen? Dan kiezen we het papier telefonisch.

Met vriendelijke groet,
Nienke Zwaagstra
""", "correct: 'half vijf' new, 'drie uur' named as the one replaced")),
    (E, ok(S("reschedule", "Gerdien Hofstede", "Wouter Brinkhorst", "formal", "regular",
             meeting="Afleveren van handgemaakte zeep voor de markt", at="maandag 13 juni om 9:00",
             props=["donderdag 16 juni om 9:00"], reason="de zeep moet nog twee dagen rijpen"),
           "Levering zeep",
           """
Geachte mevrouw Hofstede,

De zeep moet nog twee dagen rijpen, dus ik lever niet maandag maar donderdag 16 juni, om negen uur.

Met vriendelijke groet,
Wouter Brinkhorst
""", "correct: 'twee dagen' from the reason, 'negen uur'")),
    # ------------------------------------------------------------------ flawed
    (A, bad("weekday_wrong", S("reschedule", "Harmke Oldenhof", "Ruben Lammertink", "formal", "regular",
             meeting="Proefschoen passen", at="donderdag 27 januari om 15:00",
             props=["dinsdag 1 februari om 15:00"]),
           "Passen verzet naar woensdag 1 februari",
           """
Geachte mevrouw Oldenhof,

Het passen van donderdag verschuift naar dinsdag 1 februari, op hetzelfde tijdstip.

Met vriendelijke groet,
Ruben Lammertink
""", "subject 'woensdag 1 februari' (a Tuesday); body right")),
    (A, bad("phone_invented", S("no_show_followup", "Folkert Ribbink", "Jannie Spoelstra", "formal", "regular",
             meeting="Ophalen van een gereviseerde vulpen", at="dinsdag 18 januari om 12:00"),
           "Uw vulpen",
           """
Geachte heer Ribbink,

Vorige week dinsdag hadden we u verwacht voor het ophalen van uw vulpen. Belt u gerust even op 06-41 73 28 90 om iets nieuws af te spreken.

Met vriendelijke groet,
Jannie Spoelstra
""", "mobile number nobody gave")),
    (A, bad("colleague_wrong", S("delegate", "Trijntje Bakkenes", "Egbert Ploegmakers", "formal", "new",
             meeting="Rondleiding papiermolen", at="vrijdag 28 januari om 10:00", col="Marten Zijlstra"),
           "Rondleiding vrijdag",
           """
Geachte mevrouw Bakkenes,

Vrijdag om 10 uur leidt mijn collega Maarten Zijlstra u rond in de papiermolen.

Met vriendelijke groet,
Egbert Ploegmakers
""", "'Maarten' for Marten (added letter)")),
    (A, bad("percent_swapped", S("late_cancellation", "Berend Schuttevaer", "Ineke Wagemakers", "formal", "regular",
             meeting="Avondcursus sterrenkunde", at="woensdag 19 januari om 19:30",
             pol={"notice_hours": 24, "fee_percent": 75, "deposit_percent": 25}),
           "Afzegging cursusavond",
           """
Geachte heer Schuttevaer,

Uw afzegging kwam binnen 24 uur voor de cursusavond. Volgens onze voorwaarden houden we de aanbetaling van 75% in en rekenen we 25% van het cursusgeld.

Met vriendelijke groet,
Ineke Wagemakers
""", "deposit 25 and fee 75 swapped")),
    (B, bad("time_recap_wrong", S("reschedule", "Jannigje Roskam", "Thijs Abbringh", "formal", "regular",
             meeting="Herstel van een porseleinen pop", at="woensdag 16 februari om 14:00",
             props=["maandag 21 februari om 10:30"], reason="de lijm moet langer drogen"),
           "Herstel pop: maandag 21 februari",
           """
Geachte mevrouw Roskam,

De lijm moet langer drogen; zullen we de afspraak van morgen verplaatsen naar maandag 21 februari om half elf?

Tot maandag om twee uur!

Thijs Abbringh
""", "recap names the old hour ('twee uur')")),
    (B, bad("discount_invented", S("decline", "Hielke Postema", "Wendelien Kroeze", "formal", "regular",
             meeting="Bestelling zeep voor een bedrijfsgeschenk", at="donderdag 17 februari om 11:00",
             reason="klant vroeg of er iets aan de prijs te doen is"),
           "Uw bestelling",
           """
Geachte heer Postema,

Donderdag kan ik u helaas niet ontvangen. Bij een volgende bestelling krijgt u 10% korting.

Met vriendelijke groet,
Wendelien Kroeze
""", "discount licensed only by the reason")),
    (B, bad("foreign_paragraph", S("switch_to_email", "Riemke Jongsma", "Alwin Groothuis", "formal", "new",
             meeting="Vragen over een kindertelescoop", at="dinsdag 22 februari om 16:00"),
           "Uw vragen per e-mail",
           """
Geachte mevrouw Jongsma,

Uw vragen over de kindertelescoop beantwoord ik graag per e-mail in plaats van dinsdag.

Schicken Sie mir einfach Ihre Fragen, ich antworte Ihnen noch in dieser Woche.

Met vriendelijke groet,
Alwin Groothuis
""", "second paragraph in German")),
    (B, bad("duration_wrong", S("shorten", "Geesje Mulder-Tap", "Arnoud Kleinjan", "formal", "regular",
             meeting="Workshop papier marmeren", at="vrijdag 25 februari om 13:00", dur=45),
           "Workshop vrijdag",
           """
Geachte mevrouw Mulder-Tap,

De workshop van vrijdag om 13:00 wordt korter: we houden het op een uur.

Met vriendelijke groet,
Arnoud Kleinjan
""", "'een uur' for 45 minutes")),
    (C, bad("title_or_company_invented", S("decline", "Rikus Wiersema", "Marloes Tuinstra", "formal", "new",
             meeting="Taxatie van een poppenhuis met poppen", at="donderdag 17 maart om 10:00"),
           "Taxatie",
           """
Geachte heer Wiersema,

Helaas kan ik de taxatie van donderdag 17 maart niet doen.

Met vriendelijke groet,
drs. Marloes Tuinstra
Poppenkliniek Tuinstra B.V.
""", "academic title and company nobody gave")),
    (C, bad("time_swapped", S("reschedule", "Wopke Hoekema", "Saskia Veenhuizen", "formal", "regular",
             meeting="Levering van een telescoopstatief", at="dinsdag 22 maart om 10:00",
             props=["vrijdag 18 maart om 10:00"]),
           "Levering verzet naar dinsdag 22 maart",
           """
Geachte heer Hoekema,

Ik kan het statief op vrijdag 18 maart om 10:00 leveren in plaats van dinsdag.

Met vriendelijke groet,
Saskia Veenhuizen
""", "subject names the old slot (dinsdag 22 maart); body right")),
    (C, bad("link_invented", S("switch_to_call", "Liesbeth Kamminga", "Jurre Offringa", "formal", "regular",
             meeting="Advies over orthopedische inlegzolen", at="maandag 14 maart om 9:00"),
           "Maandag bellen",
           """
Geachte mevrouw Kamminga,

Zullen we maandag om 9:00 bellen in plaats van een afspraak in de winkel? Vul gerust vooraf het formulier in op www.offringa-schoenen.nl/voetscan.

Met vriendelijke groet,
Jurre Offringa
""", "link nobody gave")),
    (C, bad("email_invented", S("late_cancellation", "Marten-Jan Stegeman", "Hester Wolters", "formal", "regular",
             meeting="Zeepworkshop voor een vrijgezellenfeest", at="maandag 7 maart om 20:00"),
           "Uw afzegging",
           """
Geachte heer Stegeman,

Jammer dat maandag niet doorging. Voor een nieuwe datum kunt u mailen naar hester.wolters@ziggo.nl.

Met vriendelijke groet,
Hester Wolters
""", "private address nobody gave")),
    (D, bad("weekday_wrong", S("reschedule", "Annechien Buurman", "Sander Tichelaar", "formal", "regular",
             meeting="Vervangen van een vulpenveer", at="vrijdag 1 april om 11:00",
             props=["dinsdag 12 april om 11:00"]),
           "Vulpenveer",
           """
Geachte mevrouw Buurman,

De nieuwe veer is nog niet binnen. Kan ik u op woensdag 12 april om 11:00 ontvangen in plaats van morgen?

Met vriendelijke groet,
Sander Tichelaar
""", "body 'woensdag 12 april' (a Tuesday)")),
    (D, bad("place_changed", S("decline", "Wiepkje Dotinga", "Harm Eefting", "formal", "regular",
             meeting="Papierbeurs in Zutphen", at="donderdag 7 april om 10:00",
             reason="ik heb te weinig voorraad"),
           "Papierbeurs",
           """
Geachte mevrouw Dotinga,

Ik sta dit jaar niet op de papierbeurs in Deventer: ik heb te weinig voorraad.

Met vriendelijke groet,
Harm Eefting
""", "Deventer for Zutphen")),
    (D, bad("number_invented", S("switch_to_email", "Siebe Venema", "Maaike Steenbergen", "formal", "regular",
             meeting="Offerte voor restauratie van schoolpoppen", at="maandag 4 april om 14:00"),
           "Offerte per e-mail",
           """
Geachte heer Venema,

Ik stuur u de offerte per e-mail in plaats van maandag langs te komen; de restauratie van de poppen duurt ongeveer zes weken.

Met vriendelijke groet,
Maaike Steenbergen
""", "'zes weken' lead time nobody gave")),
    (D, bad("phone_invented", S("switch_to_call", "Klaasje Roelfsema", "Bram Spijkerman", "formal", "new",
             meeting="Kennismaking sterrenwachtlidmaatschap", at="woensdag 13 april om 19:00"),
           "Woensdag telefonisch",
           """
Geachte mevrouw Roelfsema,

Laten we woensdag om zeven uur telefonisch kennismaken. U kunt mij bereiken op 050 - 318 44 72.

Met vriendelijke groet,
Bram Spijkerman
""", "landline nobody gave")),
    (E, bad("name_near_miss", S("reschedule", "Jantina Hummelen", "Floris Bekkering", "formal", "regular",
             meeting="Passen van handgemaakte laarzen", at="dinsdag 14 juni om 15:00",
             props=["donderdag 16 juni om 15:00"]),
           "Passen laarzen",
           """
Geachte mevrouw Hummelink,

Het passen van dinsdag schuift door naar donderdag 16 juni, hetzelfde tijdstip.

Met vriendelijke groet,
Floris Bekkering
""", "'Hummelink' for Hummelen")),
    (E, bad("policy_invented", S("no_show_followup", "Otto Brederveld", "Sanne Wijkhuizen", "formal", "regular",
             meeting="Intake voor poppenrestauratie", at="dinsdag 7 juni om 10:00",
             props=["woensdag 15 juni om 10:00"]),
           "Intake",
           """
Geachte heer Brederveld,

We hebben u dinsdag gemist. Schikt woensdag 15 juni om 10:00? Bij een tweede gemiste afspraak rekenen we de helft van het tarief.

Met vriendelijke groet,
Sanne Wijkhuizen
""", "'de helft van het tarief' with no policy given")),
    (E, bad("discount_invented", S("late_cancellation", "Dirkje Schipperus", "Lars Haasbroek", "formal", "regular",
             meeting="Zeepkist vullen met kinderen", at="woensdag 8 juni om 14:00",
             props=["woensdag 22 juni om 14:00"]),
           "Nieuwe datum",
           """
Geachte mevrouw Schipperus,

Geen probleem dat woensdag niet lukte. Op woensdag 22 juni om 14:00 bent u welkom, en u krijgt dan een korting van vijf euro per kind.

Met vriendelijke groet,
Lars Haasbroek
""", "discount nobody gave")),
    (E, bad("duration_wrong", S("shorten", "Tjeerd Oostindiër", "Evelien Kapteijn", "formal", "regular",
             meeting="Observatieavond Maan en Venus", at="dinsdag 21 juni om 22:00", dur=60),
           "Observatieavond korter",
           """
Geachte heer Oostindiër,

Dinsdag om 22:00 kijken we naar de Maan en Venus, maar we houden het kort: anderhalf uur.

Met vriendelijke groet,
Evelien Kapteijn
""", "'anderhalf uur' for 60")),
]
