"""Dutch v5 records, each written out by hand (held out). (today, record) pairs."""

from __future__ import annotations

from v2src._rec import S, bad, ok

A, B, C, D, E = "2026-12-15", "2027-01-26", "2027-03-17", "2027-07-08", "2027-11-04"
L = "nl"

RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S(L, "reschedule", "mr. Jorien Klaassens", "Thijmen Oosterhout", "formal", "key",
             meeting="Bespreking van de huurovereenkomst in Zwolle", at="donderdag 17 december om 14:30",
             props=["dinsdag 22 december om 10:00"], reason="een spoedzitting bij de rechtbank"),
           "Bespreking huurovereenkomst: nieuw voorstel",
           """
Geachte mevrouw Klaassens,

Door een spoedzitting bij de rechtbank kan ik donderdag 17 december om half drie helaas niet in Zwolle zijn voor de bespreking van de huurovereenkomst.

Zou dinsdag 22 december om 10.00 uur u schikken?

Met vriendelijke groet,
Thijmen Oosterhout
""", "correct: 'Geachte mevrouw Klaassens' for mr., 'om half drie', '10.00 uur'")),
    (B, ok(S(L, "reschedule", "Sanne Hoogendijk", "Bram Wessels", "friendly", "regular",
             meeting="Proeverij voor het bedrijfsfeest", at="donderdag 28 januari om 16:00",
             props=["maandag 1 februari om 16:00", "woensdag 3 februari om 11:00"], reason="mijn kok is ziek"),
           "Proeverij: ander moment?",
           """
Hoi Sanne,

Mijn kok ligt met griep in bed, dus de proeverij voor het bedrijfsfeest van donderdag gaat niet door. Kan maandag 1/2 om vier uur, of woensdag 3 februari om elf uur?

Groetjes,
Bram
""", "correct: 'om vier uur', 'om elf uur', reason paraphrased")),
    (C, ok(S(L, "reschedule", "prof. dr. Anneke Vrolijk", "Wessel Timmerman", "formal", "new",
             meeting="Kennismaking over het onderzoek naar bodemdaling", at="vrijdag 19 maart om 11:00",
             props=["woensdag 24 maart om 13:30"]),
           "Kennismaking bodemdaling: verzoek om te verzetten",
           """
Geachte professor Vrolijk,

Tot mijn spijt moet ik onze kennismaking over het onderzoek naar bodemdaling van vrijdag 19 maart om 11.00 uur verzetten.

Past woensdag 24 maart om half twee in uw agenda?

Met vriendelijke groet,
Wessel Timmerman
""", "correct: 'Geachte professor Vrolijk', 'om half twee' for 13:30")),
    (D, ok(S(L, "reschedule", "Gerrit Dijkstra", "Ilse van Wijngaarden", "formal", "regular",
             meeting="Oplevering van de kantoorverbouwing", at="maandag 12 juli om 9:00",
             props=["woensdag 14 juli om 9:00", "vrijdag 16 juli om 14:00"]),
           "Oplevering verbouwing: twee alternatieven",
           """
Geachte heer Dijkstra,

De oplevering van de kantoorverbouwing van maandag 12 juli om 9.00 uur moet helaas worden verplaatst. Ik kan u het volgende aanbieden:

- woensdag 14 juli, zelfde tijd;
- vrijdag 16 juli om 14.00 uur.

Met vriendelijke groet,
Ilse van Wijngaarden
""", "correct: 'zelfde tijd', bullet list")),
    (E, ok(S(L, "decline", "Marloes Verbruggen", "Koen Lambrechts", "formal", "new",
             meeting="Demonstratie van het roosterprogramma", at="dinsdag 9 november om 10:00",
             reason="we hebben net een ander pakket gekozen"),
           "Demonstratie roosterprogramma",
           """
Geachte mevrouw Verbruggen,

Dank voor uw aanbod om het roosterprogramma op dinsdag 9 november te demonstreren. Wij hebben onlangs voor een ander pakket gekozen en zien daarom af van de demonstratie.

Met vriendelijke groet,
Koen Lambrechts
""", "correct: reason paraphrased, date without time")),
    (A, ok(S(L, "decline", "Jochem Bakhuis", "Femke Terpstra", "friendly", "regular",
             meeting="Kerstborrel van de ondernemersvereniging Lage Weide", at="vrijdag 18 december om 17:00"),
           "Kerstborrel",
           """
Hé Jochem,

Bedankt voor de uitnodiging! Vrijdag red ik het helaas niet naar de kerstborrel. Proost er eentje op mij, en alvast fijne dagen!

Femke
""", "correct: friendly, 'vrijdag', idiom")),
    (B, ok(S(L, "shorten", "Hendrikje Mulders", "Ruben Koopmans", "formal", "regular",
             meeting="Maandelijks overleg over de voorraad", at="vrijdag 29 januari om 9:00", dur=30),
           "Voorraadoverleg: een half uur",
           """
Geachte mevrouw Mulders,

Zou u ermee akkoord gaan om ons maandelijks overleg over de voorraad van vrijdag om negen uur tot een half uur te beperken? Ik stuur de cijfers de dag ervoor al mee.

Met vriendelijke groet,
Ruben Koopmans
""", "correct: 'een half uur', 'om negen uur'")),
    (C, ok(S(L, "shorten", "Daan Verheul", "Lotte Brinkhorst", "friendly", "key",
             meeting="Werksessie over de nieuwe huisstijl", at="dinsdag 23 maart om 13:00", dur=45),
           "Huisstijl: korter dinsdag",
           """
Hoi Daan,

Dinsdag om één uur heb ik maar drie kwartier voor onze werksessie over de nieuwe huisstijl. Zullen we het bij het logo en de kleuren houden?

Tot dinsdag!
Lotte
""", "correct: 'drie kwartier' for 45 min, 'om één uur'")),
    (D, ok(S(L, "switch_to_call", "dr. Maarten Roozendaal", "Esther Haverkamp", "formal", "key",
             meeting="Overleg over de subsidieaanvraag voor het dijkmuseum", at="dinsdag 13 juli om 15:00",
             reason="de treinstaking"),
           "Subsidieaanvraag: telefonisch overleg?",
           """
Geachte heer Roozendaal,

Vanwege de aangekondigde treinstaking kan ik dinsdag niet naar u toe komen. Zullen we het overleg over de subsidieaanvraag voor het dijkmuseum telefonisch houden, op hetzelfde tijdstip, om drie uur?

Met vriendelijke groet,
Esther Haverkamp
""", "correct: 'Geachte heer Roozendaal' for dr., 'om drie uur' for 15:00")),
    (E, ok(S(L, "switch_to_call", "Yara Boelens", "Niels Hofland", "friendly", "new",
             meeting="Intake voor de tuinaanleg", at="vrijdag 5 november om 10:00",
             props=["vrijdag 5 november om 13:00"], reason="ik heb eerst foto's en maten nodig"),
           "Intake tuin: eerst even bellen?",
           """
Goedemorgen Yara,

Voor de intake van de tuinaanleg morgen wil ik eerst wat foto's en maten van u hebben. Kunnen we om 13.00 uur bellen in plaats van om tien uur langs te komen?

Groet,
Niels
""", "correct: 'morgen' for Fri 5, both times in their roles")),
    (A, ok(S(L, "switch_to_email", "drs. Wouter Elzinga", "Noor Kuipers", "formal", "regular",
             meeting="Afstemming jaarafsluiting", at="woensdag 16 december om 16:00",
             reason="er ontbreken alleen nog twee handtekeningen"),
           "Jaarafsluiting: per e-mail afronden",
           """
Geachte heer Elzinga,

Omdat alleen nog een paar handtekeningen ontbreken, stel ik voor de afstemming over de jaarafsluiting van morgen om vier uur te laten vervallen en de rest per e-mail af te handelen.

Met vriendelijke groet,
Noor Kuipers
""", "correct: 'een paar handtekeningen', 'morgen om vier uur'")),
    (B, ok(S(L, "switch_to_email", "Joris Wiegman", "Eline Kappers", "friendly", "regular",
             meeting="Overleg over de flyer voor de braderie", at="maandag 1 februari om 19:00"),
           "Flyer braderie",
           """
Hoi Joris,

Voor de flyer van de braderie hoeven we maandag niet af te spreken, denk ik. Ik mail je het ontwerp en jij stuurt je opmerkingen terug. Dat is zo gepiept!

Eline
""", "correct: idiom 'zo gepiept'")),
    (C, ok(S(L, "delegate", "ir. Bas Grootveld", "Mirjam de Heus", "formal", "regular",
             meeting="Energiescan van het distributiecentrum in Tiel", at="maandag 22 maart om 8:30",
             col="Jasper Lindeboom"),
           "Energiescan Tiel: Jasper Lindeboom neemt het over",
           """
Geachte heer Grootveld,

Maandag 22 maart ben ik helaas afwezig. Mijn collega Jasper Lindeboom verzorgt om half negen de energiescan van het distributiecentrum in Tiel; hij is volledig op de hoogte.

Met vriendelijke groet,
Mirjam de Heus
""", "correct: 'om half negen' for 8:30")),
    (D, ok(S(L, "delegate", "Fleur Aarts", "Sem Rietveld", "friendly", "regular",
             meeting="Rondleiding door de brouwerij", at="vrijdag 9 juli om 11:00",
             col="Tessa Willemsen", reason="ik moet met mijn dochter naar de tandarts"),
           "Rondleiding morgen",
           """
Hoi Fleur,

Morgen moet ik met mijn dochter naar de tandarts, dus Tessa leidt je om elf uur rond door de brouwerij. Ze weet er alles van!

Groeten,
Sem
""", "correct: colleague first name 'Tessa', 'morgen' for Fri 9")),
    (E, ok(S(L, "no_show_followup", "Rik Scholtens", "Anouk Vermeulen", "formal", "new",
             meeting="Eerste coachingsgesprek", at="woensdag 3 november om 17:00",
             props=["woensdag 10 november om 17:00"], pol={"fee_percent": 50}),
           "Uw afspraak van gisteren",
           """
Geachte heer Scholtens,

Gisteren om vijf uur had ik u verwacht voor ons eerste coachingsgesprek. Ik hoop dat er niets ernstigs is gebeurd.

Volgens onze voorwaarden brengen wij voor een niet nagekomen afspraak de helft van het tarief (50%) in rekening. Zullen we volgende week woensdag, 10 november, om dezelfde tijd afspreken?

Met vriendelijke groet,
Anouk Vermeulen
""", "correct: 'de helft' backed by 50 %, 'om vijf uur', 'om dezelfde tijd'")),
    (A, ok(S(L, "no_show_followup", "Lieke Sprenger", "Tom Hoekstra", "friendly", "regular",
             meeting="Privéles tennis", at="maandag 14 december om 18:00"),
           "Tennisles van gisteren",
           """
Hoi Lieke,

Ik heb gisteravond om zes uur op de baan op je gewacht voor je tennisles. Alles goed? Geen probleem hoor, laat maar weten wanneer je hem wilt inhalen.

Sportieve groet,
Tom
""", "correct: 'gisteravond om zes uur'")),
    (B, ok(S(L, "late_cancellation", "Theo Vos", "Ingrid Pauwels", "formal", "regular",
             meeting="Behandeling van de schouderblessure", at="maandag 25 januari om 12:00",
             props=["donderdag 28 januari om 12:00"], pol={"notice_hours": 24, "fee_percent": 40}),
           "Uw afspraak van gisteren",
           """
Geachte heer Vos,

Uw afmelding voor de behandeling van uw schouderblessure gisteren om twaalf uur heb ik ontvangen. Ik wijs u erop dat bij afmelding binnen 24 uur 40% van de behandeling in rekening wordt gebracht.

Donderdag 28 januari om 12.00 uur is er weer plek, als u wilt.

Met vriendelijke groet,
Ingrid Pauwels
""", "correct: 'om twaalf uur' and '12.00 uur'")),
    (C, ok(S(L, "late_cancellation", "Mats Veldhuizen", "Jolien Smits", "friendly", "new",
             meeting="Fotoshoot voor de webshop", at="dinsdag 16 maart om 9:00", pol={"deposit_percent": 30}),
           "Fotoshoot",
           """
Hoi Mats,

Bedankt dat je het nog liet weten, ook al was het op het nippertje. Zoals afgesproken houd ik de aanbetaling van 30% in. Laat maar weten wanneer je de fotoshoot voor de webshop opnieuw wilt plannen.

Groetjes,
Jolien
""", "correct: deposit 30 %, idiom 'op het nippertje'")),
    (D, ok(S(L, "cancellation_policy", "Gijs Bosman", "Marit Zandstra", "formal", "new",
             pol={"notice_hours": 48, "deposit_percent": 25}),
           "Onze annuleringsvoorwaarden",
           """
Geachte heer Bosman,

Hartelijk welkom. Bij een boeking vragen wij een aanbetaling van 25%. Annuleren is kosteloos tot twee dagen (48 uur) van tevoren; daarna wordt de aanbetaling niet terugbetaald.

Met vriendelijke groet,
Marit Zandstra
""", "correct: 'twee dagen (48 uur)'")),
    (E, ok(S(L, "cancellation_policy", "Roos Vlasveld", "Jelle Brouwers", "friendly", "regular",
             meeting="Workshop keramiek draaien", at="donderdag 11 november om 19:30", pol={"notice_hours": 72, "fee_percent": 100}),
           "Workshop keramiek: even de voorwaarden",
           """
Hoi Roos,

Even een herinnering voor de workshop keramiek draaien op donderdag 11 november om half acht: wie binnen 72 uur afzegt, betaalt de volle prijs, dus 100%.

Tot dan!
Jelle
""", "correct: 'de volle prijs' backed by 100 %, 'half acht' for 19:30")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S(L, "reschedule", "Wilma Jonkman", "Pieter Hesselink", "formal", "regular",
             meeting="Begrotingsoverleg afdeling inkoop", at="maandag 21 december om 14:00",
             props=["woensdag 23 december om 10:00"]),
           "Begrotingsoverleg: verplaatsen",
           """
Geachte mevrouw Jonkman,

Graag verplaats ik ons begrotingsoverleg van woensdag 23 december om 10.00 uur naar maandag 21 december om 14.00 uur.

Met vriendelijke groet,
Pieter Hesselink
""", "old and new slot exchanged")),
    (B, bad("time_swapped", S(L, "switch_to_call", "Karin Lubbers", "Dirk Visscher", "friendly", "regular",
             meeting="Bespreking van de ledenwerving", at="donderdag 28 januari om 9:30",
             props=["donderdag 28 januari om 11:00"]),
           "Ledenwerving: bellen?",
           """
Hoi Karin,

Donderdag ben ik niet op kantoor. Zullen we de bespreking van de ledenwerving telefonisch doen, om half tien in plaats van om elf uur?

Dirk
""", "'om half tien in plaats van om elf uur': old (9:30) and new (11:00) exchanged")),
    (C, bad("time_recap_wrong", S(L, "reschedule", "Hanneke Smeets", "Victor Jansma", "formal", "key",
             meeting="Investeringscommissie van het innovatiefonds", at="donderdag 18 maart om 10:00",
             props=["dinsdag 23 maart om 14:30"]),
           "Investeringscommissie: nieuwe datum",
           """
Geachte mevrouw Smeets,

Ik stel voor de investeringscommissie van het innovatiefonds te verplaatsen naar dinsdag 23 maart om 14.30 uur.

Ik zet dinsdag om vier uur alvast in de agenda's.

Met vriendelijke groet,
Victor Jansma
""", "recap 'dinsdag om vier uur' names another hour than 14:30")),
    (D, bad("time_recap_wrong", S(L, "late_cancellation", "Stijn Evers", "Nadia Bouzid", "formal", "regular",
             meeting="Behandeling bij de podotherapeut", at="woensdag 7 juli om 17:00",
             props=["maandag 12 juli om 17:00"], pol={"fee_percent": 50}),
           "Nieuwe afspraak op dinsdag 13 juli",
           """
Geachte heer Evers,

Uw late afmelding voor de behandeling van gisteren heb ik ontvangen; volgens onze voorwaarden wordt 50% in rekening gebracht.

Ik kan u weer zien op maandag 12 juli om 17.00 uur.

Met vriendelijke groet,
Nadia Bouzid
""", "subject names 'dinsdag 13 juli', never offered")),
    (E, bad("weekday_wrong", S(L, "reschedule", "Carla Beekman", "Frank Wolters", "formal", "new",
             meeting="Bezichtiging van de winkelruimte aan de Oudegracht", at="vrijdag 5 november om 10:00",
             props=["dinsdag 9 november om 10:00"], reason="de verhuurder kan vrijdag niet"),
           "Bezichtiging: verzet naar woensdag 9 november",
           """
Geachte mevrouw Beekman,

De verhuurder kan vrijdag niet open doen. Ik stel voor de bezichtiging van de winkelruimte aan de Oudegracht te verzetten naar dinsdag 9 november, ook om 10.00 uur.

Met vriendelijke groet,
Frank Wolters
""", "subject 'woensdag 9 november' (a Tuesday)")),
    (A, bad("weekday_wrong", S(L, "no_show_followup", "Lars Meijering", "Evi Dekkinga", "friendly", "regular",
             meeting="Personal training in het park", at="vrijdag 11 december om 7:30",
             props=["maandag 21 december om 7:30"]),
           "Training inhalen?",
           """
Hoi Lars,

Vrijdagochtend stond ik om half acht in het park, maar je was er niet. Alles oké?

Zullen we het inhalen op dinsdag 21 december, zelfde tijd?

Evi
""", "body 'dinsdag 21 december' (a Monday)")),
    (B, bad("percent_swapped", S(L, "cancellation_policy", "Harm Tuinstra", "Linda Geerts", "formal", "new",
             pol={"notice_hours": 24, "fee_percent": 60, "deposit_percent": 25}),
           "Boekingsvoorwaarden",
           """
Geachte heer Tuinstra,

Bij boeking vragen wij een aanbetaling van 60%. Bij annulering binnen 24 uur brengen wij 25% van de opdracht in rekening.

Met vriendelijke groet,
Linda Geerts
""", "deposit 60 / fee 25: exchanged")),
    (C, bad("percent_swapped", S(L, "no_show_followup", "Ellen Rutgers", "Joost Nieland", "formal", "regular",
             meeting="Logopediesessie", at="dinsdag 16 maart om 16:00", pol={"fee_percent": 35, "deposit_percent": 15}),
           "Sessie van gisteren",
           """
Geachte mevrouw Rutgers,

Uw zoon was gisteren om vier uur niet bij de logopediesessie. Volgens de voorwaarden houden wij de aanbetaling van 35% in en rekenen wij 15% van de sessie.

Met vriendelijke groet,
Joost Nieland
""", "deposit 35 / fee 15: exchanged")),
    (D, bad("policy_invented", S(L, "late_cancellation", "Iris Hendriks", "Wouter Pols", "friendly", "regular",
             meeting="Wijnproeverij op het landgoed", at="dinsdag 6 juli om 17:00",
             props=["vrijdag 16 juli om 17:00"]),
           "Proeverij: nieuwe datum",
           """
Hoi Iris,

Jammer van dinsdag! Deze keer geen probleem, maar voortaan rekenen we bij afzeggen op de dag zelf de helft van de prijs.

Vrijdag 16 juli om vijf uur?

Wouter
""", "'de helft van de prijs' invents a fee (no policy)")),
    (E, bad("number_invented", S(L, "switch_to_email", "Bernadette Kok", "Arjen Mol", "formal", "regular",
             meeting="Overleg over de offerte voor de dakrenovatie", at="maandag 8 november om 14:00",
             reason="de offerte is bijna klaar"),
           "Offerte dakrenovatie per e-mail",
           """
Geachte mevrouw Kok,

Omdat de offerte bijna klaar is, stel ik voor het overleg van maandag 8 november te vervangen door e-mail. U ontvangt de offerte, ongeveer € 24.500, uiterlijk vrijdag.

Met vriendelijke groet,
Arjen Mol
""", "price '€ 24.500' nobody gave")),
    (A, bad("discount_invented", S(L, "late_cancellation", "Charlotte Wouda", "Gert-Jan Peeters", "formal", "key",
             meeting="Stijladvies voor het congres", at="maandag 14 december om 10:00",
             props=["dinsdag 22 december om 10:00"], reason="de klant vraagt om korting"),
           "Stijladvies: nieuwe afspraak",
           """
Geachte mevrouw Wouda,

Uw afzegging van gisteren is ontvangen. We kunnen het stijladvies voor het congres inhalen op dinsdag 22 december om 10.00 uur; als tegemoetkoming krijgt u 15% korting op die sessie.

Met vriendelijke groet,
Gert-Jan Peeters
""", "discount 15 % licensed only by the reason")),
    (B, bad("link_invented", S(L, "switch_to_call", "Robbert Ketelaar", "Sophie Meeuwsen", "formal", "regular",
             meeting="Jaargesprek met de leverancier", at="donderdag 4 februari om 10:00",
             reason="de verbouwing van ons kantoor"),
           "Jaargesprek: via videobellen",
           """
Geachte heer Ketelaar,

Door de verbouwing van ons kantoor stel ik voor het jaargesprek van donderdag 4 februari om 10.00 uur online te houden: https://meet.meeuwsen-advies.nl/jaargesprek

Met vriendelijke groet,
Sophie Meeuwsen
""", "video link nobody gave")),
    (C, bad("email_invented", S(L, "delegate", "Frits Bijlsma", "Annemiek Roeleveld", "formal", "regular",
             meeting="Startbijeenkomst van het opleidingsplan", at="woensdag 24 maart om 9:00",
             col="Hidde Kamphuis"),
           "Startbijeenkomst: Hidde Kamphuis neemt het over",
           """
Geachte heer Bijlsma,

Ik ben woensdag 24 maart verhinderd; mijn collega Hidde Kamphuis leidt om negen uur de startbijeenkomst van het opleidingsplan. U kunt hem bereiken via hidde.kamphuis@roeleveld-hr.nl.

Met vriendelijke groet,
Annemiek Roeleveld
""", "colleague address nobody gave")),
    (D, bad("phone_invented", S(L, "switch_to_call", "Tamara Geurts", "Olaf Brink", "friendly", "new",
             meeting="Kennismaking over de muurschildering", at="woensdag 14 juli om 11:00"),
           "Muurschildering: woensdag bellen?",
           """
Hoi Tamara,

Woensdag zit ik vast in het atelier; zullen we om elf uur gewoon bellen over de muurschildering? Je kunt me bereiken op 06-41 27 88 30.

Olaf
""", "phone number nobody gave")),
    (E, bad("title_or_company_invented", S(L, "shorten", "Gerda Haak", "Luuk Verschoor", "formal", "regular",
             meeting="Voortgangsoverleg kwaliteitsmetingen", at="donderdag 11 november om 14:00", dur=20),
           "Voortgangsoverleg: korter",
           """
Geachte mevrouw Haak,

Mag ik voorstellen ons voortgangsoverleg kwaliteitsmetingen van donderdag 11 november om 14.00 uur tot twintig minuten in te korten? De cijfers zijn goed.

Met vriendelijke groet,
Luuk Verschoor
Hoofd Kwaliteit, Verschoor Techniek B.V.
""", "title and company under signature nobody gave")),
    (A, bad("name_near_miss", S(L, "decline", "Margriet Oudshoorn", "Ivo Landman", "formal", "new",
             meeting="Presentatie van de collectieve zorgverzekering", at="woensdag 23 december om 15:00"),
           "Presentatie zorgverzekering",
           """
Geachte mevrouw Oudshoren,

Dank voor uw aanbod om op woensdag 23 december de collectieve zorgverzekering te presenteren. Wij gaan daar op dit moment niet op in.

Met vriendelijke groet,
Ivo Landman
""", "'Oudshoren' for Oudshoorn (one letter dropped)")),
    (B, bad("place_changed", S(L, "reschedule", "Marjolein Teunissen", "Hugo Baars", "formal", "key",
             meeting="Bezoek aan de fabriek in Hengelo", at="vrijdag 29 januari om 9:00",
             props=["woensdag 3 februari om 9:00"], reason="een storing in de productie"),
           "Fabrieksbezoek: verzet naar 3 februari",
           """
Geachte mevrouw Teunissen,

Door een storing in de productie moeten we het bezoek aan de fabriek in Enschede van vrijdag 29 januari verzetten. Ik stel woensdag 3 februari voor, zelfde tijd.

Met vriendelijke groet,
Hugo Baars
""", "Hengelo changed to Enschede")),
    (C, bad("place_changed", S(L, "decline", "Kees Wubben", "Nina Hartman", "friendly", "regular",
             meeting="Lunch op de beurs in Gorinchem", at="donderdag 25 maart om 12:30"),
           "Lunch donderdag",
           """
Hoi Kees,

Donderdag lukt het me helaas niet om naar de beurs in Dordrecht te komen, dus de lunch moet ik overslaan. Volgende keer beter!

Nina
""", "Gorinchem changed to Dordrecht")),
    (D, bad("foreign_paragraph", S(L, "switch_to_email", "Annelies Blom", "Rutger Kruithof", "formal", "regular",
             meeting="Bespreking van het jaarverslag", at="vrijdag 16 juli om 15:00"),
           "Jaarverslag: schriftelijk",
           """
Geachte mevrouw Blom,

Ik stel voor de bespreking van het jaarverslag van vrijdag 16 juli schriftelijk af te handelen.

Ich schicke Ihnen meine Anmerkungen bis Mittwoch per E-Mail, damit Sie sie in Ruhe durchsehen können.

Met vriendelijke groet,
Rutger Kruithof
""", "second paragraph in German")),
    (E, bad("foreign_paragraph", S(L, "reschedule", "Dewi Kramer", "Bart Vonk", "friendly", "regular",
             meeting="Werklunch over de prijslijst", at="vrijdag 12 november om 12:30",
             props=["maandag 15 november om 12:30"]),
           "Werklunch: maandag?",
           """
Hoi Dewi,

Vrijdag zit ik vast op kantoor. Zullen we de werklunch over de prijslijst verschuiven naar maandag 15 november, zelfde tijd?

Hvis det ikke passer, så sig endelig til, så finder vi en anden dag.

Bart
""", "second paragraph in Danish")),
]
