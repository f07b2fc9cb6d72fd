"""v14, Dutch: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v14src._d import A, B, C, D, E


def S(*a, **k):
    return _S("nl", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Femke Hoogendoorn", "Joris van Wijngaarden", "formal", "regular",
             meeting="Gebitscontrole van uw kat Moos", at="donderdag 18 januari om 14:30",
             props=["dinsdag 23 januari om 14:30", "woensdag 24 januari om 9:00"],
             reason="onze dierenarts is ziek"),
           "Nieuwe afspraak voor Moos",
           """
Geachte mevrouw Hoogendoorn,

Onze dierenarts is helaas ziek, waardoor de gebitscontrole van Moos op donderdag om half drie niet door kan gaan.

Wij kunnen u het volgende aanbieden:
- dinsdag 23 januari, ook om half drie;
- woensdag 24/1 om 9 uur.

Onze excuses voor het ongemak.

Met vriendelijke groet,
Joris van Wijngaarden
""", "correct: 'half drie' for 14:30, '24/1', '9 uur'")),
    (A, ok(S("decline", "Stijn Brouwershaven", "Lotte Verkerk", "friendly", "key",
             meeting="Opnamesessie van de blazerssectie", at="vrijdag 19 januari om 13:00",
             reason="de vleugel in opnameruimte 2 wordt die dag gestemd"),
           "Vrijdag gaat niet door",
           """
Hoi Stijn,

Balen: de vleugel in opnameruimte 2 wordt vrijdag gestemd, dus de sessie met de blazers om 13.00 uur moet ik helaas afzeggen. Ik laat snel weten wanneer het wel kan!

Groetjes,
Lotte
""", "correct: room number from the reason, '13.00 uur'")),
    (A, ok(S("shorten", "Hanneke Oosterhuis", "Ruben Schaapveld", "formal", "new",
             meeting="Kennismakingsgesprek over uw belastingaangifte als expat", at="maandag 22 januari om 10:00", dur=30,
             reason="ik moet daarna naar een zitting bij de Belastingdienst"),
           "Ons gesprek van maandag 22 januari",
           """
Geachte mevrouw Oosterhuis,

Graag bevestig ik ons kennismakingsgesprek op maandag 22 januari om 10.00 uur. Ik moet u wel vragen het tot een half uur te beperken, omdat ik aansluitend een zitting bij de Belastingdienst heb.

Wilt u uw arbeidscontract en uw laatste loonstrook meenemen? Dan kunnen we meteen ter zake komen.

Met vriendelijke groet,
Ruben Schaapveld
""", "correct: 'een half uur' for 30")),
    (A, ok(S("no_show_followup", "Daan Wolters", "Ilse Kamphuis", "friendly", "regular",
             meeting="Rijles op de snelweg bij avond", at="dinsdag 9 januari om 18:00",
             props=["donderdag 25 januari om 18:00"]),
           "Je rijles van vorige week",
           """
Hoi Daan,

Vorige week dinsdag om zes uur stond ik voor je deur voor de avondles, maar je was er niet. Alles goed?

Zin om het in te halen? Donderdag 25 januari om 18.00 uur heb ik nog plek.

Groet,
Ilse
""", "correct: 'zes uur' in words for 18:00, past meeting")),
    (B, ok(S("switch_to_call", "Marloes Terwisscha", "Wouter Dekkers", "formal", "regular",
             meeting="Bespreking van het lichtplan voor de woonkamer", at="woensdag 21 februari om 11:00",
             reason="de lampen die we zouden laten zien zijn niet geleverd"),
           "Lichtplan: telefonisch",
           """
Beste mevrouw Terwisscha,

De lampen die ik u wilde laten zien, zijn helaas nog niet geleverd. Zullen we het lichtplan daarom telefonisch bespreken, op hetzelfde tijdstip, woensdag om 11 uur?

Ik stuur u vooraf de tekeningen per mail.

Vriendelijke groet,
Wouter Dekkers
""", "correct: 'hetzelfde tijdstip', '11 uur'")),
    (B, ok(S("delegate", "Anouk Zwanenburg", "Thijs de Graaff", "friendly", "key",
             meeting="Proeverij van de bruidstaart", at="donderdag 22 februari om 15:30",
             col="Sanne Brinkerink", reason="ik sta die dag op een bruiloft in Zeeland"),
           "Taartproeverij donderdag",
           """
Lieve Anouk,

Donderdag sta ik zelf op een bruiloft in Zeeland, maar geen zorgen: Sanne Brinkerink neemt de taartproeverij om half vier van me over. Zij weet precies wat jullie in gedachten hebben.

Veel smulplezier!
Thijs
""", "correct: 'half vier' for 15:30, 'Lieve' + first name")),
    (B, ok(S("late_cancellation", "Gerrit Boschma", "Esther Veldkamp", "formal", "regular",
             meeting="Zeilles op het IJsselmeer", at="zaterdag 17 februari om 10:00",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Afzegging zeilles 17 februari",
           """
Geachte heer Boschma,

Wij hebben uw afzegging voor de zeilles van zaterdag 17 februari om 10.00 uur ontvangen.

Zoals in onze voorwaarden staat, moet een les minstens twee dagen (48 uur) van tevoren worden afgezegd. Omdat dat niet is gelukt, brengen wij de helft van het lesgeld in rekening (50%).

Met vriendelijke groet,
Esther Veldkamp
""", "correct: 'twee dagen (48 uur)', 'de helft … (50%)', no moment of the cancellation invented")),
    (B, ok(S("cancellation_policy", "Pieter-Jan Nieuwenhuis", "Kim Verbruggen", "formal", "new",
             pol={"deposit_percent": 25}),
           "Aanbetaling voor uw printopdracht",
           """
Geachte heer Nieuwenhuis,

Welkom als nieuwe klant. Voordat we uw eerste afspraak inplannen: wij vragen bij elke bestelling een aanbetaling van 25%.

Met vriendelijke groet,
Kim Verbruggen
""", "correct: only the given deposit")),
    (C, ok(S("reschedule", "Yara Bosmans", "Mees Holtkamp", "friendly", "regular",
             meeting="Zeiltraining spinnaker varen", at="vrijdag 16 maart om 13:30",
             props=["dinsdag 20 maart om 13:30", "woensdag 21 maart om 16:00"],
             reason="er wordt windkracht 8 verwacht"),
           "Training verzet",
           """
Hoi Yara,

Vrijdag wordt windkracht 8 voorspeld, dus de spinnakertraining gaat niet door. Kun je dinsdag de 20e om half twee, of woensdag 21 maart om 4 uur 's middags?

Laat maar weten!
Mees
""", "correct: 'windkracht 8' from reason, 'de 20e', '4 uur 's middags' for 16:00")),
    (C, ok(S("switch_to_email", "Cornelis Achterberg", "Nadia El Amrani", "formal", "regular",
             meeting="Maandelijkse salarisrun voor 12 medewerkers", at="dinsdag 20 maart om 9:30",
             reason="er zijn deze maand geen mutaties"),
           "Salarisrun maart",
           """
Geachte heer Achterberg,

Deze maand zijn er geen mutaties in de salarisadministratie. Ons overleg van dinsdag 20 maart om 9.30 uur lijkt me daarom niet nodig: ik stuur u de overzichten per e-mail en u kunt schriftelijk reageren.

Met vriendelijke groet,
Nadia El Amrani
""", "correct: '9.30 uur' for 9:30, meeting name with a number")),
    (C, ok(S("decline", "Rianne Scholtens", "Bram Heijmerink", "formal", "new",
             meeting="Opname van de keuken voor het interieurontwerp", at="donderdag 22 maart om 8:30",
             reason="de aannemer heeft de vloer nog niet gestort"),
           "Opname donderdag 22 maart",
           """
Geachte mevrouw Scholtens,

Helaas moet ik de opname van uw keuken op donderdag 22 maart om half negen afzeggen: de aannemer heeft de vloer nog niet gestort, zodat meten nu geen zin heeft.

Zodra de vloer erin ligt, neem ik contact met u op.

Met vriendelijke groet,
Bram Heijmerink
""", "correct: 'half negen' for 8:30")),
    (C, ok(S("no_show_followup", "Tessa Lammerts", "Gijs Vreugdenhil", "formal", "regular",
             meeting="Nacontrole na de castratie van Bolle", at="maandag 12 maart om 17:15"),
           "Nacontrole van Bolle",
           """
Geachte mevrouw Lammerts,

Maandag om kwart over vijf hadden we de nacontrole van Bolle gepland, maar u bent niet gekomen. Wij hopen dat alles goed gaat met hem.

Wilt u ons even bellen om een nieuwe afspraak te maken?

Met vriendelijke groet,
Gijs Vreugdenhil
""", "correct: 'kwart over vijf' for 17:15")),
    (D, ok(S("shorten", "Jelle Koopmans", "Merel Dijkhuizen", "friendly", "regular",
             meeting="Mixsessie van de EP", at="donderdag 26 april om 19:00", dur=120,
             reason="de studio moet om negen uur dicht"),
           "Mixsessie donderdag",
           """
Hé Jelle,

Donderdag om 7 uur 's avonds gaan we gewoon mixen, alleen hebben we twee uur in plaats van de hele avond: om negen uur moet de studio dicht. Kom dus met een duidelijke lijst van wat je nog wilt horen.

Tot donderdag!
Merel
""", "correct: '7 uur 's avonds' for 19:00, 'twee uur' duration, 'negen uur' from the reason")),
    (D, ok(S("delegate", "Wilma Hofstede", "Sander Rietveld", "formal", "regular",
             meeting="Gesprek over uw dubbele belastingheffing Nederland-België", at="maandag 30 april om 14:00",
             col="Eline Vandermeulen", reason="ik ben die week met ouderschapsverlof"),
           "Uw gesprek op 30 april",
           """
Geachte mevrouw Hofstede,

In de week van 30 april ben ik met ouderschapsverlof. Mijn collega Eline Vandermeulen voert het gesprek over uw dubbele belastingheffing daarom met u, op maandag om 14.00 uur zoals gepland.

Zij is volledig op de hoogte van uw dossier.

Met vriendelijke groet,
Sander Rietveld
""", "correct: date in reason words 'week van 30 april'")),
    (D, ok(S("reschedule", "Bas Timmermolen", "Carlijn Pauwels", "formal", "key",
             meeting="Oplevering van de geprinte maquette", at="woensdag 25 april om 11:00",
             props=["woensdag 2 mei om 11:00"], reason="de printer is halverwege de opdracht vastgelopen"),
           "Oplevering maquette een week later",
           """
Geachte heer Timmermolen,

Onze printer is halverwege uw opdracht vastgelopen en we moeten de maquette opnieuw printen. De oplevering van woensdag schuiven we daarom precies een week op: woensdag 2 mei, weer om 11 uur.

Excuses voor de vertraging.

Met vriendelijke groet,
Carlijn Pauwels
""", "correct: 'halverwege' in reason, 'een week' duration")),
    (D, ok(S("late_cancellation", "Koen Ravensbergen", "Mirjam Tuinhout", "friendly", "regular",
             meeting="Rijles achteruit inparkeren", at="vrijdag 20 april om 8:00",
             props=["donderdag 3 mei om 8:00"], pol={"notice_hours": 24, "fee_percent": 100}),
           "Je les van vrijdag",
           """
Hoi Koen,

Je berichtje over de les van vrijdag om acht uur kwam pas op het laatste moment binnen. Ik moet die les helaas volledig (100%) rekenen, want afzeggen kan alleen tot 24 uur van tevoren.

Zullen we het inparkeren donderdag 3 mei om 8 uur inhalen?

Groet,
Mirjam
""", "correct: 'volledig (100%)', 'acht uur', notice given")),
    (E, ok(S("switch_to_call", "Noor Hazelhoff", "Timo Ketelaar", "friendly", "new",
             meeting="Kennismaking in de studio voor het podcastproject", at="woensdag 6 juni om 10:00",
             props=["donderdag 7 juni om 10:00"], reason="de studio wordt geverfd"),
           "Kennismaking",
           """
Hoi Noor,

De studio wordt deze week geverfd, dus afspreken daar is geen optie. Zullen we in plaats daarvan donderdag de 7e om 10.00 uur even bellen over je podcastplannen?

Groeten,
Timo
""", "correct: 'donderdag de 7e'")),
    (E, ok(S("switch_to_email", "Hendrika Mulderij", "Olaf Brinkman", "formal", "regular",
             meeting="Toelichting op de loonstroken van mei", at="maandag 11 juni om 15:00",
             reason="de vragen gaan alleen over de vakantietoeslag"),
           "Vragen over de loonstroken",
           """
Geachte mevrouw Mulderij,

Omdat uw vragen alleen over de vakantietoeslag gaan, stel ik voor om de toelichting van maandag 11 juni om drie uur 's middags per e-mail te doen. U ontvangt mijn uitleg binnen een paar dagen.

Met vriendelijke groet,
Olaf Brinkman
""", "correct: 'drie uur 's middags' for 15:00, 'een paar dagen' vague")),
    (E, ok(S("decline", "Vincent Overbeek", "Fleur Doornbos", "formal", "regular",
             meeting="Bezichtiging van de trouwlocatie in het kasteel", at="vrijdag 15 juni om 14:00",
             reason="het kasteel is die dag afgehuurd voor een filmopname"),
           "Bezichtiging vrijdag 15 juni",
           """
Geachte heer Overbeek,

Het kasteel is vrijdag 15 juni afgehuurd voor een filmopname, waardoor de bezichtiging om 14.00 uur helaas niet door kan gaan.

Mijn excuses hiervoor; ik kom bij u terug met een nieuw voorstel.

Met vriendelijke groet,
Fleur Doornbos
""", "correct: short formal")),
    (E, ok(S("cancellation_policy", "Lieke Stoffels", "Ronald Vissering", "formal", "new",
             meeting="Eerste kennismakingsgesprek voor uw bruiloft", at="dinsdag 12 juni om 19:30",
             pol={"notice_hours": 72, "fee_percent": 25}),
           "Voorwaarden bij annulering",
           """
Geachte mevrouw Stoffels,

Fijn dat we elkaar dinsdag 12 juni om half acht 's avonds spreken.

Voor de volledigheid: annuleren kan kosteloos tot drie dagen (72 uur) van tevoren. Daarna brengen wij 25% van het tarief in rekening.

Met vriendelijke groet,
Ronald Vissering
""", "correct: 'half acht 's avonds' for 19:30, 'drie dagen (72 uur)', 'kosteloos' before notice")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Maartje Groeneveld", "Hidde Postma", "formal", "regular",
             meeting="Inenting van de pups", at="woensdag 17 januari om 10:30",
             props=["vrijdag 19 januari om 15:00"], reason="het vaccin is nog niet geleverd"),
           "Inenting verzet",
           """
Geachte mevrouw Groeneveld,

Het vaccin is nog niet geleverd. De inenting van de pups van vrijdag 19 januari om 15.00 uur verzetten wij daarom naar woensdag 17 januari om half elf.

Met vriendelijke groet,
Hidde Postma
""", "meeting and proposed time exchanged")),
    (A, bad("weekday_wrong", S("switch_to_call", "Sven Wijnbergen", "Astrid Harmsen", "formal", "regular",
             meeting="Gesprek over het akoestisch advies voor de studio", at="dinsdag 23 januari om 11:00",
             reason="ik lig met griep in bed"),
           "Akoestisch advies op woensdag 23 januari telefonisch",
           """
Geachte heer Wijnbergen,

Ik lig met griep in bed. Zullen we het gesprek over het akoestisch advies op dinsdag 23 januari om 11.00 uur telefonisch voeren?

Met vriendelijke groet,
Astrid Harmsen
""", "subject 'woensdag 23 januari', the 23rd is a Tuesday")),
    (A, bad("percent_swapped", S("late_cancellation", "Gert-Jan Kuipers", "Roos Lagerwey", "formal", "regular",
             meeting="Ontwerpsessie voor de badkamer", at="donderdag 11 januari om 13:00",
             pol={"fee_percent": 35, "deposit_percent": 15}),
           "Afzegging ontwerpsessie",
           """
Geachte heer Kuipers,

Uw ontwerpsessie van donderdag 11 januari werd op het laatste moment afgezegd. Volgens onze voorwaarden houden wij de aanbetaling van 35% in en brengen wij 15% annuleringskosten in rekening.

Met vriendelijke groet,
Roos Lagerwey
""", "deposit 15% and fee 35% exchanged")),
    (A, bad("place_changed", S("delegate", "Evelien Spaansen", "Niels Oudshoorn", "formal", "regular",
             meeting="Proefvaart op de Kaag met de nieuwe valk", at="zaterdag 20 januari om 10:00",
             col="Jasper Hoefnagels", reason="ik heb een wedstrijd in Medemblik"),
           "Proefvaart zaterdag",
           """
Geachte mevrouw Spaansen,

Ik zeil zaterdag een wedstrijd in Medemblik. Mijn collega Jasper Hoefnagels vaart om 10.00 uur met u de proefvaart op de Loosdrechtse Plassen.

Met vriendelijke groet,
Niels Oudshoorn
""", "the Kaag changed to Loosdrechtse Plassen")),
    (B, bad("time_swapped", S("switch_to_call", "Dirk Hooijmaijers", "Sophie Keuning", "formal", "regular",
             meeting="Intake voor de loonadministratie", at="maandag 26 februari om 9:00",
             props=["dinsdag 27 februari om 9:00"], reason="ons kantoor is die dag dicht voor een verhuizing"),
           "Intake telefonisch",
           """
Geachte heer Hooijmaijers,

Ons kantoor is maandag dicht vanwege een verhuizing. Ik stel daarom voor de intake van dinsdag 27 februari om 9.00 uur te vervangen door een telefoongesprek op maandag 26 februari om 9.00 uur.

Met vriendelijke groet,
Sophie Keuning
""", "meeting and proposed time exchanged (call put on the old Monday slot)")),
    (B, bad("policy_invented", S("decline", "Jolien Akkermans", "Wessel Bronsgeest", "friendly", "regular",
             meeting="Extra rijles voor het examen", at="woensdag 28 februari om 16:30",
             reason="mijn lesauto is in de garage"),
           "Woensdag geen les",
           """
Hoi Jolien,

Mijn lesauto staat in de garage, dus woensdag om half vijf kan de extra les niet doorgaan. Het lesgeld dat je al betaald hebt krijg je natuurlijk voor de helft terug.

Groet,
Wessel
""", "refund 'voor de helft terug' invented in words, no policy given")),
    (B, bad("link_invented", S("reschedule", "Hester Uitdehaag", "Rick Stapelkamp", "formal", "new",
             meeting="Presentatie van het moodboard voor de praktijkruimte", at="donderdag 22 februari om 16:00",
             props=["vrijdag 2 maart om 16:00"], reason="de stalen van de vloer zijn nog onderweg"),
           "Presentatie moodboard",
           """
Geachte mevrouw Uitdehaag,

De vloerstalen zijn nog onderweg. Ik stel daarom voor de presentatie te verplaatsen naar vrijdag 2 maart om 16.00 uur. U kunt een voorproefje bekijken op stapelkamp-interieur.nl/moodboard.

Met vriendelijke groet,
Rick Stapelkamp
""", "link nobody gave")),
    (B, bad("phone_invented", S("no_show_followup", "Tobias Zeldenrust", "Mila Hoekstra", "formal", "regular",
             meeting="Opname van de stemtest", at="woensdag 14 februari om 11:00"),
           "Stemtest 14 februari",
           """
Geachte heer Zeldenrust,

Woensdag 14 februari om 11.00 uur stond de stemtest gepland, maar u bent niet verschenen.

Bel ons gerust op 020 614 73 88 om een nieuwe afspraak te maken.

Met vriendelijke groet,
Mila Hoekstra
""", "phone number nobody gave")),
    (C, bad("weekday_wrong", S("shorten", "Annemieke Vos", "Lars Bergsma", "formal", "regular",
             meeting="Controle van de zeilboot voor het seizoen", at="maandag 19 maart om 10:00", dur=60,
             reason="de kraan is maar een uur beschikbaar"),
           "Bootcontrole dinsdag 19 maart: korter",
           """
Geachte mevrouw Vos,

De controle van uw zeilboot op maandag 19 maart om 10.00 uur gaat door, maar duurt een uur: de kraan is niet langer beschikbaar.

Met vriendelijke groet,
Lars Bergsma
""", "subject 'dinsdag 19 maart', a Monday")),
    (C, bad("percent_swapped", S("cancellation_policy", "Rutger Schuiling", "Iris Nijenhuis", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 60, "deposit_percent": 20}),
           "Annuleringsvoorwaarden opnamestudio",
           """
Geachte heer Schuiling,

Bij het boeken van de studio vragen wij een aanbetaling van 60%. Annuleert u later dan 48 uur van tevoren, dan rekenen wij 20% van het tarief.

Met vriendelijke groet,
Iris Nijenhuis
""", "deposit 20% and fee 60% exchanged")),
    (C, bad("email_invented", S("switch_to_email", "Aafke Dijkstra", "Jeroen Molenkamp", "formal", "regular",
             meeting="Bespreking van uw 30%-regeling", at="woensdag 21 maart om 14:00",
             reason="we wachten op de beschikking van de Belastingdienst"),
           "Uw 30%-regeling",
           """
Geachte mevrouw Dijkstra,

Zolang de beschikking van de Belastingdienst er niet is, heeft een gesprek op woensdag 21 maart om 14.00 uur weinig zin. Laten we per e-mail verder gaan; stuurt u de beschikking naar j.molenkamp.belasting@outlook.com zodra u hem hebt.

Met vriendelijke groet,
Jeroen Molenkamp
""", "private e-mail address nobody gave")),
    (C, bad("foreign_paragraph", S("decline", "Guus Harkema", "Petra Leeuwenburg", "formal", "regular",
             meeting="Huisbezoek bij de oude hond Tommie", at="vrijdag 16 maart om 12:00",
             reason="ik moet een spoedoperatie doen"),
           "Huisbezoek vrijdag",
           """
Geachte heer Harkema,

Door een spoedoperatie kan ik vrijdag 16 maart om 12.00 uur helaas niet bij Tommie langskomen.

Sobald ich wieder Zeit habe, melde ich mich bei Ihnen, um einen neuen Termin zu vereinbaren.

Met vriendelijke groet,
Petra Leeuwenburg
""", "German paragraph in a Dutch mail")),
    (D, bad("time_recap_wrong", S("reschedule", "Marit Nijland", "Ties Vlaming", "friendly", "regular",
             meeting="Opname van de zangpartijen", at="vrijdag 27 april om 14:30",
             props=["maandag 30 april om 10:00"], reason="de Koningsdag-drukte maakt de studio onbereikbaar"),
           "Zangopname verzet",
           """
Hoi Marit,

Vrijdag kom je met alle drukte in de stad de studio niet in. Kun je maandag 30 april om 10.00 uur?

Dan zie ik je maandag om half drie!
Ties
""", "recap 'maandag om half drie' names the old hour 14:30")),
    (D, bad("number_invented", S("delegate", "Jacoba Rensink", "Stefan Hulshof", "formal", "regular",
             meeting="Overdracht van de salarisadministratie", at="donderdag 3 mei om 10:00",
             col="Lisanne Kroeze", reason="ik ben op een congres in Gent"),
           "Overdracht 3 mei",
           """
Geachte mevrouw Rensink,

Ik ben op donderdag 3 mei op een congres in Gent. Mijn collega Lisanne Kroeze neemt de overdracht om 10.00 uur over. Graag ontvangen wij vooraf de gegevens van alle vijftig medewerkers.

Met vriendelijke groet,
Stefan Hulshof
""", "head count 'vijftig' invented in words")),
    (D, bad("phone_invented", S("switch_to_call", "Coen van Leeuwen", "Dewi Sastrowidjojo", "formal", "key",
             meeting="Bespreking van de maquette voor het museum", at="maandag 30 april om 13:00",
             reason="het museum is gesloten voor onderhoud"),
           "Maquette telefonisch bespreken",
           """
Geachte heer Van Leeuwen,

Het museum is maandag dicht voor onderhoud. Zullen we de maquette om 13.00 uur telefonisch bespreken? U kunt mij direct bereiken op 06 41 29 87 05.

Met vriendelijke groet,
Dewi Sastrowidjojo
""", "mobile number nobody gave")),
    (D, bad("place_changed", S("decline", "Marjolein Tiemens", "Frank Wassink", "formal", "new",
             meeting="Bezichtiging van de trouwschuur in Giethoorn", at="woensdag 2 mei om 15:00",
             reason="de schuur is die dag al verhuurd"),
           "Bezichtiging 2 mei",
           """
Geachte mevrouw Tiemens,

De trouwschuur in Ootmarsum is op woensdag 2 mei al verhuurd, zodat de bezichtiging om 15.00 uur niet door kan gaan.

Met vriendelijke groet,
Frank Wassink
""", "Giethoorn changed to Ootmarsum")),
    (E, bad("discount_invented", S("late_cancellation", "Nina Roelofsen", "Tim Bakhuizen", "friendly", "regular",
             meeting="Zeilles voor beginners", at="vrijdag 1 juni om 18:00",
             props=["vrijdag 8 juni om 18:00"], reason="ze vraagt of het lesgeld kan worden verlaagd"),
           "Je zeilles van vrijdag",
           """
Hoi Nina,

Jammer dat je vrijdag moest afzeggen. Je kunt de les inhalen op vrijdag 8 juni om 6 uur 's avonds, en omdat je erom vroeg krijg je twintig procent korting.

Groet,
Tim
""", "discount 'twintig procent' in words granted because the reason mentions a request")),
    (E, bad("title_or_company_invented", S("shorten", "Jorien Haverkamp", "Martijn Kloosterboer", "formal", "regular",
             meeting="Adviesgesprek over emigratie naar Canada en uw pensioen", at="donderdag 14 juni om 9:30", dur=45,
             reason="ik moet om kwart over tien naar de rechtbank"),
           "Adviesgesprek 14 juni",
           """
Geachte mevrouw Haverkamp,

Ons adviesgesprek op donderdag 14 juni om 9.30 uur gaat door, maar duurt drie kwartier: ik moet om kwart over tien naar de rechtbank.

Met vriendelijke groet,

mr. M. Kloosterboer
Fiscaal jurist | Kloosterboer Expat Tax B.V.
""", "title and company invented in signature")),
    (E, bad("name_near_miss", S("reschedule", "Wendelien Bosch", "Pim Ravestein", "formal", "regular",
             meeting="Levering van de 3D-geprinte onderdelen", at="woensdag 6 juni om 11:00",
             props=["dinsdag 12 juni om 11:00"], reason="de nabehandeling duurt langer"),
           "Levering onderdelen verzet",
           """
Geachte mevrouw Bos,

De nabehandeling van de onderdelen duurt langer dan gepland. Kunnen we de levering verplaatsen naar dinsdag 12 juni om 11.00 uur?

Met vriendelijke groet,
Pim Ravestein
""", "surname Bos for Bosch")),
    (E, bad("foreign_paragraph", S("switch_to_email", "Floortje Kamminga", "Derk Oldenhuis", "formal", "regular",
             meeting="Afstemming over de uitvoering van de trap", at="vrijdag 15 juni om 10:30",
             reason="u zit nog op uw vakantieadres in Denemarken"),
           "Afstemming trap",
           """
Geachte mevrouw Kamminga,

Omdat u nog in Denemarken verblijft, stel ik voor de afstemming van vrijdag 15 juni om half elf per e-mail te doen.

Ich schicke Ihnen die Zeichnungen der Treppe heute noch, damit Sie in Ruhe darauf antworten können.

Met vriendelijke groet,
Derk Oldenhuis
""", "German paragraph in a Dutch mail")),
]
