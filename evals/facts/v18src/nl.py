"""v18, Dutch: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v18src._d import A, B, C, D, E


def S(*a, **k):
    return _S("nl", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Marijke van Hulzen", "Gerrit Sloothaak", "formal", "regular",
             meeting="Nieuwe rieten nok op de boerderij in Staphorst", at="donderdag 16 januari om 8.30 uur",
             props=["dinsdag 21 januari om 8.30 uur", "vrijdag 24 januari om 13.00 uur"],
             reason="het riet uit de Weerribben is nog niet geleverd"),
           "Rieten nok: nieuwe datum",
           """
Geachte mevrouw Van Hulzen,

Het riet uit de Weerribben is nog niet geleverd, dus we kunnen donderdag niet aan de nok beginnen.

Zou dinsdag 21 januari op hetzelfde tijdstip schikken, of anders vrijdag 24 januari om één uur?

Met vriendelijke groet,
Gerrit Sloothaak
""", "correct: 'Van' capitalised after mevrouw, 'hetzelfde tijdstip', 'om één uur'")),
    (A, ok(S("decline", "Sanne Oosterbroek", "Jelmer Hofstede", "friendly", "key",
             meeting="Ophalen van de opgezette buizerd", at="vrijdag 17 januari om 16.00 uur",
             reason="het voetstuk is nog niet droog"),
           "Je buizerd",
           """
Hoi Sanne,

Vrijdag lukt helaas niet: het voetstuk van de buizerd is nog niet droog. Ik laat je weten wanneer hij klaar is.

Groet,
Jelmer
""", "correct: first name, no new time")),
    (A, ok(S("cancellation_policy", "Hendrik Jan Wolterink", "Femke Meindertsma", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Annuleringsvoorwaarden mozaïekcursus",
           """
Geachte heer Wolterink,

Dank voor uw aanmelding voor de mozaïekcursus. U kunt kosteloos annuleren tot twee dagen van tevoren (48 uur). Daarna rekenen we de helft van het cursusgeld (50%).

Met vriendelijke groet,
Femke Meindertsma
""", "correct: double first name dropped, 'twee dagen van tevoren (48 uur)', 'de helft (50%)'")),
    (A, ok(S("no_show_followup", "Anouk Brinkerink", "Wessel Schipholt", "formal", "regular",
             meeting="Proefvaart met het nieuwe fokzeil", at="maandag 13 januari om 10.00 uur",
             props=["donderdag 23 januari om 10.00 uur"]),
           "Proefvaart met het fokzeil",
           """
Beste mevrouw Brinkerink,

Gisterochtend heb ik op u gewacht voor de proefvaart met het nieuwe fokzeil. Ik hoop dat alles in orde is.

Als het u schikt, kunnen we het donderdag 23 januari om tien uur opnieuw proberen.

Met vriendelijke groet,
Wessel Schipholt
""", "correct: 'gisterochtend', 'om tien uur'")),
    (B, ok(S("shorten", "Laurens Vennegoor", "Ineke Bosschaart", "formal", "regular",
             meeting="Rondleiding bij de restauratie van de muurschildering in de Sint-Janskerk", at="donderdag 20 februari om 14.00 uur",
             dur=45, reason="de steiger wordt om 15.00 uur afgebroken"),
           "Rondleiding donderdag",
           """
Geachte heer Vennegoor,

De steiger wordt om 15.00 uur afgebroken, dus de rondleiding van donderdag om twee uur 's middags duurt drie kwartier.

Met vriendelijke groet,
Ineke Bosschaart
""", "correct: '15.00 uur' from the reason, 'twee uur 's middags', 'drie kwartier'")),
    (B, ok(S("switch_to_call", "Ir. Maarten Steenbergen", "Lotte Hakvoort", "formal", "key",
             meeting="Keuze van de wol voor het wandtapijt", at="dinsdag 18 februari om 11.00 uur",
             props=["dinsdag 18 februari om 11.30 uur"], reason="ik moet in het atelier blijven voor een levering"),
           "Wandtapijt: liever bellen?",
           """
Geachte heer Steenbergen,

Ik moet dinsdag in het atelier blijven voor een levering en kan dus niet langskomen voor de keuze van de wol. Zullen we die dag om half twaalf bellen?

Met vriendelijke groet,
Lotte Hakvoort
""", "correct: 'heer' for Ir., 'die dag om half twaalf'")),
    (B, ok(S("switch_to_email", "Joost Lammerink", "Eline Kwakkelstein", "friendly", "regular",
             meeting="Overleg over het vertinnen van de koperen ketel", at="vrijdag 14 februari om 9.00 uur",
             reason="ik heb de offerte van de vertinner nog niet"),
           "Je koperen ketel",
           """
Hoi Joost,

Ik heb de offerte van de vertinner nog niet, dus in plaats van vrijdag af te spreken mail ik je zodra ik hem binnen heb.

Groetjes,
Eline
""", "correct: signed first name, 'vrijdag' without time")),
    (B, ok(S("delegate", "Wilma Tjepkema", "Ruben Koolhaas", "formal", "new",
             meeting="Bestelling van wilgenmanden voor de boerderijwinkel", at="maandag 17 februari om 10.00 uur",
             col="Tessa Grootveld"),
           "Uw bestelling manden",
           """
Geachte mevrouw,

Maandag 17 februari om 10.00 uur wordt u ontvangen door mijn collega Tessa Grootveld, die uw bestelling van wilgenmanden verder met u doorneemt.

Met vriendelijke groet,
Ruben Koolhaas
""", "correct: 'Geachte mevrouw' alone, colleague exact")),
    (C, ok(S("late_cancellation", "Bart Noordeloos", "Marloes Ketelaar", "formal", "regular",
             meeting="Les koperdiepdruk", at="maandag 10 maart om 19.00 uur",
             props=["maandag 17 maart om 19.00 uur"], pol={"notice_hours": 24, "fee_percent": 100}),
           "Les koperdiepdruk",
           """
Beste heer Noordeloos,

Gisteren ontving ik uw afmelding voor de les. We kunnen die volgende week maandag, de 17e, op hetzelfde tijdstip inhalen.

Omdat de afmelding binnen een dag (24 uur) voor de les kwam, brengen we volgens onze voorwaarden het volledige bedrag (100%) in rekening.

Met vriendelijke groet,
Marloes Ketelaar
""", "correct: 'de 17e, op hetzelfde tijdstip', 'binnen een dag (24 uur)', 'het volledige bedrag (100%)'")),
    (C, ok(S("reschedule", "Floor Hagedoorn", "Teun Wijnbergen", "friendly", "regular",
             meeting="Slaan van de meertros", at="donderdag 13 maart om 15.00 uur",
             props=["woensdag 19 maart om 15.00 uur", "vrijdag 21 maart om 10.00 uur"],
             reason="de hennep is nog te vochtig"),
           "Meertros verzetten?",
           """
Hoi Floor,

De hennep is nog te vochtig om donderdag de tros te slaan. Kan woensdag 19 maart om drie uur, of vrijdag 21 maart om tien uur?

Teun
""", "correct: 'om drie uur', 'om tien uur'")),
    (C, ok(S("decline", "Dr. Pieternella Akkerman", "Niels Rozendaal", "formal", "regular",
             meeting="Bezoek aan de mozaïekwerkplaats", at="woensdag 19 maart om 14.00 uur",
             reason="er is die dag al een schoolklas op bezoek"),
           "Bezoek aan de werkplaats",
           """
Geachte dr. Akkerman,

Helaas kunnen we u woensdag niet ontvangen in de werkplaats: er is die dag al een schoolklas op bezoek.

Met vriendelijke groet,
Niels Rozendaal
""", "correct: 'dr.' with surname, no new time")),
    (C, ok(S("cancellation_policy", "Yvonne Kruisselbrink", "Stijn Ottevanger", "formal", "key",
             pol={"notice_hours": 72, "deposit_percent": 30}),
           "Onze voorwaarden voor het wandtapijt",
           """
Beste Yvonne,

Zoals afgesproken zet ik onze voorwaarden even op een rij: bij de opdracht vragen we een aanbetaling van 30%, en u kunt kosteloos annuleren tot drie dagen van tevoren (72 uur).

Hartelijke groet,
Stijn Ottevanger
""", "correct: first name in formal mail, 'drie dagen van tevoren (72 uur)'")),
    (D, ok(S("no_show_followup", "Daan Eshuis", "Roos Veldkamp", "friendly", "new",
             meeting="Opmeten voor het zeil van de schouw", at="dinsdag 1 april om 17.00 uur",
             props=["dinsdag 8 april om 17.00 uur", "donderdag 10 april om 18.00 uur"]),
           "Opmeten gisteren",
           """
Hoi Daan,

Gisteren hebben we elkaar gemist bij het opmeten voor het zeil. Geeft niks, dat gebeurt!

Schikt dinsdag 8 april om vijf uur of donderdag 10 april om zes uur 's avonds?

Groet,
Roos
""", "correct: 'gisteren', 'om vijf uur', 'om zes uur 's avonds'")),
    (D, ok(S("shorten", "Gijsbert Ten Napel", "Hanneke Overduin", "formal", "regular",
             meeting="Bouwvergadering over de muurschildering in het koor", at="vrijdag 4 april om 9.00 uur",
             dur=30),
           "Bouwvergadering vrijdag",
           """
Geachte heer Ten Napel,

Ik moet de bouwvergadering van vrijdag om negen uur helaas inkorten tot een half uur.

Met vriendelijke groet,
Hanneke Overduin
""", "correct: 'een half uur' for 30, 'negen uur'")),
    (D, ok(S("switch_to_call", "Carla Mulderij", "Sjoerd Boerhave", "formal", "regular",
             meeting="Afhalen van de opgezette fazant", at="donderdag 10 april om 11.00 uur",
             props=["woensdag 9 april om 18.00 uur"], reason="de winkel is dicht wegens inventaris"),
           "Afhalen van de fazant",
           """
Beste mevrouw Mulderij,

Donderdag is de winkel dicht wegens inventaris, dus afhalen lukt dan niet. Zullen we de dag ervoor, woensdag om zes uur 's avonds, even bellen om iets af te spreken?

Met vriendelijke groet,
Sjoerd Boerhave
""", "correct: 'de dag ervoor, woensdag om zes uur 's avonds'")),
    (D, ok(S("switch_to_email", "Kees Bruggeman", "Lieke Spanjaard", "formal", "new",
             meeting="Bespreking van de offertes voor koperwerk", at="maandag 7 april om 14.00 uur"),
           "Uw offertes",
           """
Geachte heer,

In plaats van maandag af te spreken stuur ik u de offertes voor het koperwerk liever per e-mail, met een korte toelichting. U kunt dan rustig reageren.

Met vriendelijke groet,
Lieke Spanjaard
""", "correct: 'Geachte heer' alone, no time repeated")),
    (E, ok(S("delegate", "Tijmen Hofman", "Mirjam Elzinga", "friendly", "regular",
             meeting="Workshop wilgenvlechten", at="woensdag 14 mei om 14.00 uur", col="Jorrit Bouwhuis"),
           "Workshop woensdag",
           """
Hoi Tijmen,

De workshop wilgenvlechten van woensdag om twee uur wordt gegeven door Jorrit Bouwhuis in plaats van door mij. Hij kent het programma door en door.

Mirjam
""", "correct: 'om twee uur', colleague exact")),
    (E, ok(S("late_cancellation", "Gerdien Smallegange", "Pepijn Ravestein", "formal", "regular",
             meeting="Sessie etsen met de droge naald", at="vrijdag 2 mei om 10.00 uur",
             props=["maandag 12 mei om 10.00 uur"]),
           "Sessie etsen",
           """
Geachte mevrouw Smallegange,

Dank dat u vrijdagochtend liet weten dat u niet kon komen. We kunnen de sessie verplaatsen naar maandag 12 mei om 10.00 uur, als dat u uitkomt.

Met vriendelijke groet,
Pepijn Ravestein
""", "correct: late cancellation, no policy given and none stated")),
    (E, ok(S("reschedule", "Hillegonda Feenstra", "Arjen Tuinstra", "formal", "key",
             meeting="Leggen van het mozaïek in de hal", at="woensdag 7 mei om 7.30 uur",
             props=["maandag 12 mei om 7.30 uur", "dinsdag 13 mei om 7.30 uur"],
             reason="de lijm is door de kou niet goed uitgehard"),
           "Mozaïek in de hal",
           """
Beste mevrouw Feenstra,

Door de kou is de lijm niet goed uitgehard, dus we moeten het leggen van het mozaïek van woensdag uitstellen.

We kunnen om half acht terugkomen op maandag 12 of dinsdag 13 mei. Welke ochtend past u het best?

Met vriendelijke groet,
Arjen Tuinstra
""", "correct: 'om half acht' for both slots")),
    (E, ok(S("decline", "Evert Hoogendoorn", "Sietske Zwaagstra", "formal", "new",
             meeting="Demonstratie weven op het hoogschaftgetouw", at="vrijdag 16 mei om 15.00 uur"),
           "Demonstratie 16 mei",
           """
Geachte heer Hoogendoorn,

Dank voor de uitnodiging, maar ik kan de weefdemonstratie op vrijdag 16 mei helaas niet verzorgen.

Met vriendelijke groet,
Sietske Zwaagstra
""", "correct: date without time, no reason invented")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Trijntje Bolhuis", "Koen Westerveld", "formal", "regular",
              meeting="Herstel van het rieten dak van de schuur", at="woensdag 15 januari om 9.00 uur",
              props=["maandag 20 januari om 9.00 uur"], reason="er wordt harde wind verwacht"),
            "Herstel rieten dak: nieuwe datum",
            """
Geachte mevrouw Bolhuis,

Er wordt harde wind verwacht, dus we moeten het herstel van het rieten dak uitstellen. Ik stel voor: woensdag 15 januari om 9.00 uur.

Met vriendelijke groet,
Koen Westerveld
""", "the old slot (woensdag 15 januari 9.00) offered as the new one")),
    (A, bad("weekday_wrong", S("decline", "Hidde Zandbergen", "Nienke Rijpstra", "formal", "regular",
              meeting="Taxatie van de opgezette uil", at="donderdag 23 januari om 11.00 uur"),
            "Taxatie donderdag",
            """
Geachte heer Zandbergen,

Helaas kan ik de taxatie van de opgezette uil op woensdag 23 januari niet doen. Ik kom er bij u op terug.

Met vriendelijke groet,
Nienke Rijpstra
""", "'woensdag 23 januari' for donderdag")),
    (A, bad("phone_invented", S("switch_to_call", "Mathijs Kleinjan", "Fenna Doornbos", "formal", "key",
              meeting="Keuze van het kader voor het wandkleed", at="vrijdag 24 januari om 15.00 uur",
              props=["donderdag 23 januari om 17.00 uur"]),
            "Wandkleed: telefonisch",
            """
Beste heer Kleinjan,

Zullen we de afspraak van vrijdag vervangen door een telefoontje op donderdag 23 januari om 17.00 uur? U kunt me bereiken op 06 41 28 93 57.

Met vriendelijke groet,
Fenna Doornbos
""", "mobile number nobody gave")),
    (A, bad("email_invented", S("switch_to_email", "Rianne Holtkamp", "Berend Lubbers", "formal", "new",
              meeting="Presentatie van de touwmonsters", at="donderdag 16 januari om 11.00 uur"),
            "Uw touwwerk",
            """
Geachte mevrouw Holtkamp,

In plaats van donderdag af te spreken, handelen we het graag per mail af. Stuurt u uw vragen naar berend.lubbers@hotmail.com, dan stuur ik foto's van de monsters.

Met vriendelijke groet,
Berend Lubbers
""", "private e-mail address nobody gave")),
    (B, bad("percent_swapped", S("cancellation_policy", "Arnoud Vegter", "Jolien Bakkenes", "formal", "new",
              pol={"notice_hours": 48, "fee_percent": 60, "deposit_percent": 25}),
            "Voorwaarden reservering",
            """
Geachte heer Vegter,

Voor de etscursus vragen we een aanbetaling van 60%. Annuleren is kosteloos tot 48 uur van tevoren; daarna brengen we 25% van het cursusgeld in rekening.

Met vriendelijke groet,
Jolien Bakkenes
""", "deposit 25 and fee 60 swapped")),
    (B, bad("name_near_miss", S("decline", "Wouter Brouwershaven", "Annemiek Spoelstra", "formal", "regular",
              meeting="Bezoek aan de touwslagerij", at="donderdag 20 februari om 11.00 uur"),
            "Bezoek donderdag",
            """
Geachte heer Brouwershaaven,

Helaas moet ik het bezoek aan de touwslagerij van donderdag 20 februari afzeggen.

Met vriendelijke groet,
Annemiek Spoelstra
""", "'Brouwershaaven' for Brouwershaven")),
    (B, bad("discount_invented", S("no_show_followup", "Jacoba Heijerman", "Thijs Valkenier", "formal", "regular",
              meeting="Cursus mozaïek", at="maandag 10 februari om 14.00 uur", props=["maandag 24 februari om 14.00 uur"],
              reason="iets goedmaken"),
            "Cursus mozaïek",
            """
Beste mevrouw Heijerman,

We hebben u maandag gemist bij de mozaïekcursus. U kunt maandag 24 februari om 14.00 uur inhalen, en die les krijgt u met 20% korting.

Met vriendelijke groet,
Thijs Valkenier
""", "a 20% discount licensed by the reason only")),
    (B, bad("colleague_wrong", S("delegate", "Gerben Stoffels", "Naomi Vreugdenhil", "formal", "regular",
              meeting="Levering van de wilgenkorven", at="donderdag 13 februari om 8.00 uur", col="Rutger Hazenberg"),
            "Levering donderdag",
            """
Geachte heer Stoffels,

Donderdag om 8.00 uur levert mijn collega Rutger Hasenberg de wilgenkorven bij u af.

Met vriendelijke groet,
Naomi Vreugdenhil
""", "colleague 'Hasenberg' for Hazenberg")),
    (C, bad("time_recap_wrong", S("reschedule", "Ilse Dekkers-Veen", "Olaf Brandsma", "friendly", "regular",
              meeting="Vertinnen van de koperen pan", at="woensdag 12 maart om 10.00 uur",
              props=["dinsdag 18 maart om 14.00 uur"]),
            "Je koperen pan",
            """
Hoi Ilse,

Woensdag ben ik niet in de werkplaats. Zullen we dinsdag 18 maart om 14.00 uur doen voor de pan?

Tot dinsdag om 10 uur dan!

Olaf
""", "closing recap names 10 uur instead of 14.00")),
    (C, bad("duration_wrong", S("shorten", "Marten Hoekstra", "Geertje Kuipers", "formal", "regular",
              meeting="Controle van het gerestaureerde wandtapijt", at="dinsdag 18 maart om 10.00 uur", dur=45),
            "Controle dinsdag",
            """
Geachte heer Hoekstra,

Ik moet de controle van het wandtapijt op dinsdag om 10.00 uur inkorten: we hebben een uur.

Met vriendelijke groet,
Geertje Kuipers
""", "'een uur' for 45 minutes")),
    (C, bad("link_invented", S("no_show_followup", "Femmie Kamphuis", "Ivo Ruijgrok", "friendly", "regular",
              meeting="Bijstellen van het grootzeil", at="vrijdag 7 maart om 14.00 uur",
              props=["vrijdag 21 maart om 14.00 uur"]),
            "Je grootzeil",
            """
Hoi Femmie,

Vrijdag heb ik op je gewacht voor het grootzeil, alles goed?

Ik kan vrijdag 21 maart om 14.00 uur, of plan zelf een moment via zeilmakerijruijgrok.nl/afspraak.

Ivo
""", "booking link nobody gave")),
    (C, bad("foreign_paragraph", S("decline", "Tineke Scholtens", "Hugo Verhulst", "formal", "regular",
              meeting="Bezichtiging van de muurschildering in de raadszaal", at="donderdag 20 maart om 10.00 uur"),
            "Bezichtiging donderdag",
            """
Geachte mevrouw Scholtens,

Helaas kan ik u donderdag niet rondleiden bij de muurschildering in de raadszaal.

Ich bitte Sie um Verständnis und melde mich bald mit einem neuen Termin.

Met vriendelijke groet,
Hugo Verhulst
""", "German paragraph in a Dutch mail")),
    (D, bad("policy_invented", S("late_cancellation", "Ruud Vlietstra", "Mieke Gerritsen", "formal", "regular",
              meeting="Workshop koper drijven", at="dinsdag 1 april om 19.00 uur", props=["dinsdag 15 april om 19.00 uur"]),
            "Workshop koper drijven",
            """
Geachte heer Vlietstra,

Dank voor uw bericht. We kunnen de workshop verplaatsen naar dinsdag 15 april om 19.00 uur.

Normaal gesproken is de aanbetaling bij een late afmelding niet terug te krijgen, maar deze keer laten we dat zo.

Met vriendelijke groet,
Mieke Gerritsen
""", "policy in words (deposit not refunded) nobody gave")),
    (D, bad("number_invented", S("reschedule", "Aafke Posthumus", "Jeroen Winkelaar", "formal", "regular",
              meeting="Opzetten van de snoek", at="maandag 7 april om 9.00 uur", props=["woensdag 16 april om 9.00 uur"],
              reason="de mal is nog niet klaar"),
            "Uw snoek",
            """
Geachte mevrouw Posthumus,

De mal is nog niet klaar, dus ik moet onze afspraak van maandag verzetten. Ik stel woensdag 16 april om 9.00 uur voor; daarna duurt het drogen ongeveer vier weken.

Met vriendelijke groet,
Jeroen Winkelaar
""", "'vier weken' drying nobody gave")),
    (D, bad("weekday_wrong", S("switch_to_call", "Frits Lagerwey", "Esmée Kooistra", "formal", "regular",
              meeting="Passen van de rieten dakkapel", at="donderdag 10 april om 10.00 uur",
              props=["woensdag 9 april om 16.00 uur"]),
            "Bellen op dinsdag 9 april",
            """
Geachte heer Lagerwey,

Ik kan donderdag niet langskomen voor de dakkapel. Zullen we in plaats daarvan woensdag 9 april om 16.00 uur bellen?

Met vriendelijke groet,
Esmée Kooistra
""", "subject 'dinsdag 9 april' for woensdag")),
    (D, bad("phone_invented", S("no_show_followup", "Lisanne Wubben", "Gert-Jan Mensink", "formal", "regular",
              meeting="Les mandenvlechten", at="maandag 31 maart om 9.00 uur", props=["woensdag 9 april om 9.00 uur"]),
            "Les van maandag",
            """
Beste mevrouw Wubben,

We hebben u maandag gemist bij de les mandenvlechten. Ik hoop dat alles goed is.

U kunt woensdag 9 april om 9.00 uur inhalen. Laat het even weten via 0523 61 47 80.

Met vriendelijke groet,
Gert-Jan Mensink
""", "landline number nobody gave")),
    (E, bad("title_or_company_invented", S("switch_to_email", "Harmen Dijkstra", "Welmoed Algra", "formal", "new",
              meeting="Offerte voor het opzetten van een ree", at="dinsdag 13 mei om 15.00 uur"),
            "Uw offerte",
            """
Geachte heer Dijkstra,

Zullen we de offerte per e-mail afhandelen in plaats van dinsdag? Stuurt u me gerust een paar foto's.

Met vriendelijke groet,
Welmoed Algra
Preparateur | Taxidermie Algra V.O.F.
""", "job title and company in the signature")),
    (E, bad("place_changed", S("decline", "Jannie Roelofsen", "Sander Hietbrink", "formal", "regular",
              meeting="Excursie naar de rietdekkers in Giethoorn", at="vrijdag 16 mei om 10.00 uur"),
            "Excursie vrijdag",
            """
Geachte mevrouw Roelofsen,

Helaas kan ik vrijdag de excursie naar de rietdekkers in Blokzijl niet begeleiden.

Met vriendelijke groet,
Sander Hietbrink
""", "Giethoorn changed to Blokzijl")),
    (E, bad("email_invented", S("delegate", "Onno Veldhuijzen", "Karlijn Sterrenburg", "formal", "regular",
              meeting="Ophalen van het gerestaureerde zeil", at="vrijdag 9 mei om 11.00 uur", col="Wieteke Bosgra"),
            "Ophalen zeil",
            """
Geachte heer Veldhuijzen,

Mijn collega Wieteke Bosgra geeft u vrijdag 9 mei om 11.00 uur het zeil mee. Vragen kunt u vooraf mailen naar administratie@zeilmakerij-sterrenburg.nl.

Met vriendelijke groet,
Karlijn Sterrenburg
""", "department e-mail address nobody gave")),
    (E, bad("discount_invented", S("late_cancellation", "Petronella Duinmeijer", "Ewout Kalkman", "formal", "regular",
              meeting="Cursus fresco schilderen", at="maandag 5 mei om 10.00 uur", props=["maandag 19 mei om 10.00 uur"]),
            "Cursus fresco",
            """
Geachte mevrouw Duinmeijer,

Dank voor uw afmelding. U kunt de les inhalen op maandag 19 mei om 10.00 uur; als excuus voor het ongemak krijgt u 10% korting op de volgende les.

Met vriendelijke groet,
Ewout Kalkman
""", "unasked 10% discount")),
]
