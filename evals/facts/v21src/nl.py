"""v21, Dutch: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v21src._d import A, B, C, D, E


def S(*a, **k):
    return _S("nl", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("decline", "Femke Oudejans", "Gerrit-Jan Molenkamp", "formal", "regular",
             meeting="Rondleiding door de torenuurwerkmakerij", at="woensdag 14 juli om 14:00",
             reason="de grote raderen liggen uit elkaar op de werkvloer"),
           "Rondleiding van woensdag",
           """
Geachte mevrouw Oudejans,

De grote raderen liggen op dit moment uit elkaar op de werkvloer, zodat de rondleiding van woensdag helaas niet door kan gaan.

Ik laat van me horen zodra er weer ruimte is.

Met vriendelijke groet,
Gerrit-Jan Molenkamp
""", "correct: reason retold, no new time")),
    (A, ok(S("switch_to_email", "Ir. Sjoerd Hoekstra-Bleeker", "Annelies Verschuuren", "formal", "key",
             meeting="Bespreking van de barometerreeks voor het scheepvaartmuseum", at="dinsdag 20 juli om 10:30",
             reason="de meetwaarden staan overzichtelijker in een tabel"),
           "Barometers: per e-mail",
           """
Geachte heer Hoekstra-Bleeker,

De meetwaarden staan overzichtelijker in een tabel. In plaats van onze bespreking van dinsdag om half elf stuur ik u die tabel per e-mail; vragen beantwoord ik graag op dezelfde manier.

Met vriendelijke groet,
Annelies Verschuuren
""", "correct: 'Geachte heer' + surname for 'Ir.', 'om half elf'")),
    (A, ok(S("no_show_followup", "Wendelien Kraaijeveld", "Matthijs Roozendaal", "formal", "new",
             meeting="Proefspelen op een tweedehands accordeon", at="donderdag 8 juli om 16:00",
             props=["vrijdag 16 juli om 16:00"]),
           "Uw proefspeelafspraak",
           """
Geachte mevrouw Kraaijeveld,

Vorige week donderdag om vier uur hadden we u verwacht om het accordeon uit te proberen. Ik hoop dat alles goed is.

Wilt u het komende vrijdag de 16e, op hetzelfde tijdstip, nog eens proberen?

Met vriendelijke groet,
Matthijs Roozendaal
""", "correct: 'vorige week donderdag' for Jul 8, 'om vier uur', 'vrijdag de 16e, op hetzelfde tijdstip'")),
    (A, ok(S("shorten", "Bram Tichelaar", "Ineke Wolterbeek", "friendly", "regular",
             meeting="Workshop emailleren op koper", at="vrijdag 23 juli om 13:00", dur=90,
             reason="de oven moet om half vier uit voor onderhoud"),
           "Workshop vrijdag",
           """
Hoi Bram,

De oven moet om half vier uit voor onderhoud. De workshop begint vrijdag gewoon om één uur, maar duurt anderhalf uur.

Groetjes,
Ineke
""", "correct: first name, 'half vier' from the reason, 'om één uur', 'anderhalf uur'")),
    (B, ok(S("reschedule", "Dr. Cornelis van Beusekom", "Mirjam Elshout", "formal", "regular",
             meeting="Oplevering van de gerestaureerde staande klok", at="donderdag 19 augustus om 11:00",
             props=["dinsdag 24 augustus om 11:00", "woensdag 25 augustus om 15:30"],
             reason="de slinger moet opnieuw worden afgesteld"),
           "Oplevering staande klok",
           """
Geachte dr. Van Beusekom,

De slinger van uw staande klok moet opnieuw worden afgesteld, daarom kan ik hem donderdag nog niet opleveren.

Zou dinsdag de 24e om elf uur passen, of woensdag 25 augustus om half vier?

Met vriendelijke groet,
Mirjam Elshout
""", "correct: 'Geachte dr.' + surname, 'om elf uur', 'om half vier'")),
    (B, ok(S("delegate", "Geertruida Stellingwerf", "Hessel Dijkhuizen", "formal", "regular",
             meeting="Keuze van het doek voor twaalf paraplu's", at="maandag 23 augustus om 9:30",
             col="Roos Bakhuizen", reason="ik ben op de stoffenbeurs in Kortrijk"),
           "Paraplu's: maandag",
           """
Geachte mevrouw Stellingwerf,

Maandag ben ik op de stoffenbeurs in Kortrijk. Mijn collega Roos Bakhuizen ontvangt u om half tien om met u het doek voor de twaalf paraplu's te kiezen.

Met vriendelijke groet,
Hessel Dijkhuizen
""", "correct: colleague exact, 'half tien', 'twaalf' from the meeting name")),
    (B, ok(S("late_cancellation", "Jurriaan Oosterwolde", "Liesbeth Krikke", "formal", "regular",
             meeting="Cursus emaille-schilderen", at="vrijdag 13 augustus om 10:00",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Uw annulering",
           """
Geachte heer Oosterwolde,

Uw annulering van de cursus van afgelopen vrijdag kwam binnen twee dagen (48 uur) voor aanvang. Volgens onze voorwaarden brengen wij daarom de helft (50%) van het cursusgeld in rekening.

Met vriendelijke groet,
Liesbeth Krikke
""", "correct: 'afgelopen vrijdag' for Aug 13, 'twee dagen (48 uur)', 'de helft (50%)'")),
    (B, ok(S("switch_to_call", "Marieke Terpstra", "Douwe Hylkema", "formal", "new",
             meeting="Intake voor reparatie van een knopaccordeon", at="woensdag 18 augustus om 15:00",
             reason="de brug bij Zwartsluis is dicht"),
           "Morgen telefonisch",
           """
Geachte mevrouw Terpstra,

De brug bij Zwartsluis is dicht, dus ik kom morgen niet naar u toe. Zullen we om drie uur 's middags bellen over de reparatie van uw knopaccordeon?

Met vriendelijke groet,
Douwe Hylkema
""", "correct: 'morgen' for Aug 18 said on Aug 17, 'drie uur 's middags', same slot by phone")),
    (C, ok(S("cancellation_policy", "Hendrikje Zwanenburg", "Rutger Plasmeijer", "formal", "new",
             pol={"notice_hours": 24, "deposit_percent": 25}),
           "Voorwaarden reparatieopdracht",
           """
Geachte mevrouw Zwanenburg,

Bij een reparatieopdracht vragen wij een aanbetaling van 25%. Annuleren is kosteloos tot een dag (24 uur) van tevoren.

Met vriendelijke groet,
Rutger Plasmeijer
""", "correct: deposit with its term, 'een dag (24 uur)', 'kosteloos'")),
    (C, ok(S("decline", "Thijmen Vreugdenhil", "Saskia Brouwershaven", "formal", "regular",
             meeting="Demonstratie van het uurwerk in de Martinitoren", at="dinsdag 21 september om 13:30",
             reason="de toren is gesloten voor een inspectie"),
           "Demonstratie dinsdag",
           """
Geachte heer,

De toren is gesloten voor een inspectie, zodat de demonstratie van het uurwerk volgende week dinsdag niet door kan gaan.

Met vriendelijke groet,
Saskia Brouwershaven
""", "correct: 'Geachte heer,' alone, 'volgende week dinsdag' for Sep 21, no new time")),
    (C, ok(S("reschedule", "Aaltje Brinkerink", "Wessel Nijhuis", "formal", "regular",
             meeting="Ophalen van de gerepareerde paraplu", at="vrijdag 17 september om 12:00",
             props=["maandag 20 september om 12:00", "donderdag 23 september om 16:30"],
             reason="het handvat van bamboe is gebarsten"),
           "Uw paraplu",
           """
Geachte mevrouw Brinkerink,

Het bamboe handvat van uw paraplu is gebarsten, dus vrijdag is hij nog niet klaar.

Kunt u maandag de 20e op dezelfde tijd, of donderdag 23 september om half vijf?

Met vriendelijke groet,
Wessel Nijhuis
""", "correct: 'op dezelfde tijd', 'half vijf', 'maandag de 20e'")),
    (C, ok(S("no_show_followup", "Joost Ravensbergh", "Tineke Luttikhuis", "formal", "regular",
             meeting="Afstellen van een aneroïdebarometer", at="maandag 13 september om 9:00"),
           "Uw afspraak van maandag",
           """
Geachte heer Ravensbergh,

Maandag om negen uur stond ik voor de afstelling van uw barometer voor een gesloten deur. Laat u mij weten wanneer het u wel uitkomt?

Met vriendelijke groet,
Tineke Luttikhuis
""", "correct: 'om negen uur', no slot given, none offered")),
    (D, ok(S("switch_to_call", "Prof. Aleida Scholtens", "Fokke Dorenbos", "formal", "key",
             meeting="Advies over de emailleplaquettes voor de gevel", at="woensdag 20 oktober om 14:00",
             reason="ik lig met een griep in bed"),
           "Woensdag telefonisch",
           """
Geachte professor Scholtens,

Ik lig met griep in bed. Mag ik u woensdag om twee uur bellen in plaats van langs te komen voor de plaquettes?

Met vriendelijke groet,
Fokke Dorenbos
""", "correct: 'Geachte professor' + surname, 'om twee uur', same slot by phone")),
    (D, ok(S("delegate", "Maarten Hoogendijk", "Willemijn Kalkman", "friendly", "regular",
             meeting="Stemmen van het pianoaccordeon", at="maandag 18 oktober om 19:00",
             col="Sanne Opdam", reason="ik heb een concert in Utrecht"),
           "Maandag stemmen",
           """
Hoi Maarten,

Maandag speel ik een concert in Utrecht. Sanne Opdam stemt je accordeon, gewoon om zeven uur 's avonds.

Groet,
Willemijn
""", "correct: first name, colleague exact, 'zeven uur 's avonds'")),
    (D, ok(S("shorten", "Dirkje Meulenbroek", "Onno Spanjaard", "formal", "regular",
             meeting="Rondleiding langs de barometercollectie", at="dinsdag 26 oktober om 10:00", dur=30,
             reason="de zaal is vanaf half elf verhuurd"),
           "Rondleiding dinsdag",
           """
Geachte mevrouw Meulenbroek,

De zaal is vanaf half elf verhuurd. De rondleiding dinsdag begint om tien uur en duurt een half uur.

Met vriendelijke groet,
Onno Spanjaard
""", "correct: 'half elf' from the reason, 'een half uur'")),
    (D, ok(S("cancellation_policy", "Gijsbert Warnaar", "Heleen Koopmans", "formal", "regular",
             meeting="Restauratie van een koekoeksklok", at="donderdag 28 oktober om 15:00",
             pol={"notice_hours": 72, "fee_percent": 100}),
           "Voorwaarden restauratie",
           """
Geachte heer Warnaar,

Voor de afspraak van donderdag 28 oktober om 15:00 geldt: kosteloos annuleren kan tot drie dagen (72 uur) vooraf; daarna rekenen wij het volledige bedrag (100%).

Met vriendelijke groet,
Heleen Koopmans
""", "correct: 'drie dagen (72 uur)', 'het volledige bedrag (100%)'")),
    (E, ok(S("late_cancellation", "Baukje Hoitinga", "Reinout van Lienden", "formal", "regular",
             meeting="Workshop paraplu's bekleden", at="maandag 8 november om 14:00"),
           "Uw afmelding",
           """
Geachte mevrouw Hoitinga,

Wij hebben uw late afmelding voor de workshop van maandag ontvangen. Laat u ons weten of u een andere keer wilt komen?

Met vriendelijke groet,
Reinout van Lienden
""", "correct: no policy given, none stated")),
    (E, ok(S("reschedule", "Evert Bosscha", "Lotte Vermaak", "formal", "new",
             meeting="Taxatie van een zakhorloge", at="dinsdag 16 november om 10:00",
             props=["donderdag 18 november om 13:00"], reason="onze taxateur is die dag bij een veiling"),
           "Taxatie zakhorloge",
           """
Geachte heer Bosscha,

Onze taxateur is dinsdag bij een veiling. Schikt donderdag de 18e om één uur 's middags?

Met vriendelijke groet,
Lotte Vermaak
""", "correct: 'donderdag de 18e', 'om één uur 's middags'")),
    (E, ok(S("switch_to_email", "Josefien Haverkort", "Arend Blankevoort", "formal", "regular",
             meeting="Offerte voor emaille huisnummerbordjes", at="woensdag 24 november om 11:00",
             reason="de kleurstalen laat ik liever op foto zien"),
           "Offerte per e-mail",
           """
Geachte mevrouw Haverkort,

De kleurstalen laat ik u liever op foto zien. Ik stuur de offerte voor de huisnummerbordjes daarom per e-mail, in plaats van onze afspraak van woensdag om 11 uur.

Met vriendelijke groet,
Arend Blankevoort
""", "correct: 'om 11 uur', meeting paraphrased")),
    (E, ok(S("decline", "Pieternel Wiersma", "Kasper Ottevanger", "formal", "key",
             meeting="Presentatie van de accordeoncollectie", at="vrijdag 19 november om 16:00",
             reason="de bruikleengever heeft de instrumenten teruggevraagd"),
           "Presentatie vrijdag",
           """
Beste mevrouw Wiersma,

De bruikleengever heeft de instrumenten teruggevraagd, dus de presentatie van volgende week vrijdag kan helaas niet doorgaan.

Met vriendelijke groet,
Kasper Ottevanger
""", "correct: 'volgende week vrijdag' for Nov 19 said on Fri Nov 12, no new time")),
    # ------------------------------------------------------------------ flawed
    (A, bad("email_invented", S("decline", "Trijntje Hofsteenge", "Lammert Snijder", "formal", "regular",
              meeting="Bezichtiging van het klokkenarchief", at="donderdag 15 juli om 10:00",
              reason="het archief wordt verhuisd"),
            "Bezichtiging donderdag",
            """
Geachte mevrouw Hofsteenge,

Het archief wordt verhuisd, dus de bezichtiging van donderdag gaat niet door. Mail gerust naar l.snijder@ziggo.nl voor een nieuwe afspraak.

Met vriendelijke groet,
Lammert Snijder
""", "email_invented: a private address nobody gave")),
    (A, bad("time_swapped", S("reschedule", "Klaas Veenhuizen", "Marloes Schuitema", "formal", "regular",
              meeting="Plaatsen van de stationsklok", at="dinsdag 13 juli om 8:00",
              props=["maandag 19 juli om 8:00"], reason="de beugel is verkeerd geleverd"),
            "Stationsklok: maandag 19 juli",
            """
Geachte heer Veenhuizen,

De beugel is verkeerd geleverd, daarom verplaatsen we het plaatsen van de klok. Past dinsdag 13 juli om 8:00 u?

Met vriendelijke groet,
Marloes Schuitema
""", "time_swapped: old slot offered as the new one in the body")),
    (A, bad("place_changed", S("switch_to_call", "Hanneke Dijkstra-Roels", "Feike Zandstra", "formal", "regular",
              meeting="Overleg over de barometers in Harlingen", at="woensdag 21 juli om 14:00",
              reason="ik ben aan mijn knie geopereerd"),
            "Woensdag bellen",
            """
Geachte mevrouw Dijkstra-Roels,

Ik ben aan mijn knie geopereerd. Zullen we het overleg over de barometers in Franeker woensdag om 14:00 telefonisch doen?

Met vriendelijke groet,
Feike Zandstra
""", "place_changed: Harlingen -> Franeker")),
    (A, bad("number_invented", S("shorten", "Rients Boonstra", "Nelleke Altena", "formal", "regular",
              meeting="Inspectie van de paraplu-productielijn", at="vrijdag 16 juli om 9:00", dur=60,
              reason="er komt een leverancier om tien uur"),
            "Inspectie vrijdag",
            """
Geachte heer Boonstra,

Om tien uur komt er een leverancier, dus de inspectie vrijdag duurt een uur. We lopen dan de 250 paraplu's van deze week langs.

Met vriendelijke groet,
Nelleke Altena
""", "number_invented: '250 paraplu's' nobody gave")),
    (B, bad("policy_invented", S("late_cancellation", "Wiebe Kuipers", "Marit Hazenberg", "formal", "regular",
              meeting="Proefles accordeon", at="maandag 16 augustus om 17:00"),
            "Uw afzegging",
            """
Geachte heer Kuipers,

Uw afzegging voor de proefles van gisteren kwam erg laat. Zoals gebruikelijk brengen wij in zo'n geval de helft van het lesgeld in rekening.

Met vriendelijke groet,
Marit Hazenberg
""", "policy_invented: 'de helft van het lesgeld' with no policy given")),
    (B, bad("title_or_company_invented", S("delegate", "Fenna Visscher", "Ruben Bolhuis", "formal", "new",
              meeting="Ophalen van een slingerklok", at="donderdag 26 augustus om 13:00",
              col="Ilse Kamphorst", reason="ik ben op vakantie"),
            "Ophalen slingerklok",
            """
Geachte mevrouw Visscher,

Ik ben op vakantie; mijn collega Ilse Kamphorst haalt de slingerklok donderdag om 13:00 bij u op.

Met vriendelijke groet,
Ruben Bolhuis
Hoofd restauratie, Uurwerkatelier Bolhuis B.V.
""", "title_or_company_invented: title and company in the signature")),
    (B, bad("name_near_miss", S("decline", "Gerlinde Smeenk", "Ties Westerbeek", "formal", "regular",
              meeting="Lezing over emaillekunst", at="dinsdag 31 augustus om 20:00",
              reason="de zaal is dubbel geboekt"),
            "Lezing 31 augustus",
            """
Geachte mevrouw Smeek,

De zaal is dubbel geboekt, daarom moet ik de lezing van dinsdag 31 augustus afzeggen.

Met vriendelijke groet,
Ties Westerbeek
""", "name_near_miss: 'Smeek' for Smeenk")),
    (B, bad("link_invented", S("reschedule", "Albertine Groeneveld", "Sietse Bakker-Hoorn", "formal", "regular",
              meeting="Afhalen van de geëmailleerde naambordjes", at="vrijdag 20 augustus om 15:00",
              props=["woensdag 25 augustus om 15:00"], reason="het glazuur moet nog een keer gebakken"),
            "Naambordjes",
            """
Geachte mevrouw Groeneveld,

Het glazuur moet nog een keer gebakken worden. Kunt u woensdag 25 augustus om 15:00? Bevestigen kan via www.emaillewerk.nl/afspraak.

Met vriendelijke groet,
Sietse Bakker-Hoorn
""", "link_invented: a booking link nobody gave")),
    (C, bad("duration_wrong", S("shorten", "Jolien Brandsma", "Harmen Tjalsma", "formal", "regular",
              meeting="Cursus uurwerken reinigen", at="donderdag 23 september om 19:00", dur=75,
              reason="het gebouw sluit eerder"),
            "Cursus donderdag",
            """
Geachte mevrouw Brandsma,

Het gebouw sluit eerder, dus de cursus van donderdag om 19:00 duurt een uur.

Met vriendelijke groet,
Harmen Tjalsma
""", "duration_wrong: 'een uur' for 75 minutes")),
    (C, bad("colleague_wrong", S("delegate", "Cees Molendijk", "Anouk Vlasblom", "formal", "regular",
              meeting="Onderhoud van de torenklok", at="maandag 20 september om 8:30",
              col="Bart Holtkamp", reason="ik zit op een cursus in Zwolle"),
            "Onderhoud torenklok",
            """
Geachte heer Molendijk,

Ik zit maandag op een cursus in Zwolle. Mijn collega Bart Holtkamps doet het onderhoud van de torenklok om 8:30.

Met vriendelijke groet,
Anouk Vlasblom
""", "colleague_wrong: 'Holtkamps' for Holtkamp")),
    (C, bad("email_invented", S("switch_to_email", "Marijke Doornbos", "Pepijn Lubbers", "formal", "new",
              meeting="Offerte voor een accordeonrevisie", at="vrijdag 24 september om 10:00",
              reason="ik kan de offerte beter op schrift zetten"),
            "Offerte per mail",
            """
Geachte mevrouw Doornbos,

Ik zet de offerte liever op schrift dan die vrijdag te bespreken. U kunt mij antwoorden op pepijn.lubbers@kpnmail.nl.

Met vriendelijke groet,
Pepijn Lubbers
""", "email_invented: a private address nobody gave")),
    (C, bad("time_recap_wrong", S("reschedule", "Rianne Bijlsma", "Hidde Rozema", "formal", "regular",
              meeting="Terugbrengen van de barometer", at="donderdag 16 september om 11:00",
              props=["dinsdag 28 september om 14:00"], reason="de kwikbuis moet worden vervangen"),
            "Barometer: dinsdag 28 september",
            """
Geachte mevrouw Bijlsma,

De kwikbuis moet worden vervangen. Ik breng de barometer graag dinsdag 28 september om 14:00 terug.

Tot donderdag om 11 uur!

Hidde Rozema
""", "time_recap_wrong: recap names the old slot (donderdag 11 uur)")),
    (D, bad("discount_invented", S("no_show_followup", "Jelmer Anema", "Gonny Westra", "formal", "new",
              meeting="Passen van een paraplu op maat", at="dinsdag 12 oktober om 15:00",
              props=["maandag 18 oktober om 15:00"]),
            "Uw pasafspraak",
            """
Geachte heer Anema,

Dinsdag hadden we u om 15:00 verwacht. Maandag 18 oktober op hetzelfde tijdstip kan ook; u krijgt dan 10% korting op de paraplu.

Met vriendelijke groet,
Gonny Westra
""", "discount_invented: a 10% discount nobody gave")),
    (D, bad("weekday_wrong", S("reschedule", "Tjitske Hoekman", "Jorrit de Wolff", "formal", "regular",
              meeting="Workshop cloisonné", at="vrijdag 15 oktober om 10:00",
              props=["woensdag 27 oktober om 10:00"], reason="de docent is ziek"),
            "Workshop: donderdag 27 oktober",
            """
Geachte mevrouw Hoekman,

De docent is ziek, dus de workshop schuift op naar 27 oktober om 10:00.

Met vriendelijke groet,
Jorrit de Wolff
""", "weekday_wrong: subject 'donderdag 27 oktober' (a Wednesday); body right")),
    (D, bad("foreign_paragraph", S("decline", "Auke Haitsma", "Floor Wijnbergen", "formal", "regular",
              meeting="Bezoek aan de accordeonfabriek", at="donderdag 21 oktober om 13:00",
              reason="de fabriek ligt stil door een storing"),
            "Bezoek donderdag",
            """
Geachte heer Haitsma,

De fabriek ligt stil door een storing, dus het bezoek van donderdag gaat helaas niet door.

Wir bitten um Ihr Verständnis und melden uns so bald wie möglich.

Met vriendelijke groet,
Floor Wijnbergen
""", "foreign_paragraph: a German paragraph")),
    (D, bad("number_invented", S("switch_to_email", "Sytske Hoogeveen", "Gerben Talsma", "formal", "regular",
              meeting="Toelichting op de restauratie van de wandklok", at="maandag 25 oktober om 16:00",
              reason="het verslag is al klaar"),
            "Verslag wandklok",
            """
Geachte mevrouw Hoogeveen,

Het verslag is al klaar; ik stuur u de toelichting per e-mail in plaats van maandag langs te komen. Het zijn 12 pagina's met foto's.

Met vriendelijke groet,
Gerben Talsma
""", "number_invented: '12 pagina's' nobody gave")),
    (E, bad("percent_swapped", S("cancellation_policy", "Rixt Kooistra", "Bauke Dekker-Smit", "formal", "new",
              pol={"notice_hours": 48, "fee_percent": 30, "deposit_percent": 10}),
            "Annuleringsvoorwaarden",
            """
Geachte mevrouw Kooistra,

Wij vragen een aanbetaling van 30%. Annuleren is gratis tot 48 uur van tevoren; daarna rekenen wij 10% van het bedrag.

Met vriendelijke groet,
Bauke Dekker-Smit
""", "percent_swapped: deposit 10%, fee 30%; swapped")),
    (E, bad("phone_invented", S("switch_to_call", "Lieuwe Brouwer-Tol", "Inge Hartsema", "formal", "regular",
              meeting="Bespreking van de paraplubestelling", at="maandag 22 november om 9:00",
              reason="ik werk die week thuis"),
            "Maandag bellen",
            """
Geachte heer Brouwer-Tol,

Ik werk die week thuis. Zullen we maandag om 9:00 bellen? U bereikt mij op 06-41 27 95 30.

Met vriendelijke groet,
Inge Hartsema
""", "phone_invented: a mobile number nobody gave")),
    (E, bad("link_invented", S("late_cancellation", "Anneke Postma-Ruis", "Thijs Eilander", "formal", "regular",
              meeting="Cursus emailleren voor beginners", at="woensdag 10 november om 19:00",
              pol={"notice_hours": 24, "fee_percent": 100}),
            "Uw annulering",
            """
Geachte mevrouw Postma-Ruis,

Uw annulering kwam binnen 24 uur voor de cursus van woensdag, dus het volledige cursusgeld is verschuldigd. Een nieuwe datum kiest u op https://emailleatelier-eilander.nl/inschrijven.

Met vriendelijke groet,
Thijs Eilander
""", "link_invented: a booking link nobody gave")),
    (E, bad("title_or_company_invented", S("decline", "Gosse Miedema", "Carlijn Ruitenbeek", "formal", "regular",
              meeting="Demonstratie van barometers bouwen", at="dinsdag 23 november om 14:00",
              reason="het glaswerk is niet op tijd geleverd"),
            "Demonstratie 23 november",
            """
Geachte heer Miedema,

Het glaswerk is niet op tijd geleverd, daarom moet ik de demonstratie van dinsdag 23 november afzeggen.

Met vriendelijke groet,
Carlijn Ruitenbeek
Senior instrumentmaker, Ruitenbeek Meetinstrumenten
""", "title_or_company_invented: title and company in the signature")),
]
