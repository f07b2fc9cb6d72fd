"""v25, Dutch: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v25src._d import A, B, C, D, E


def S(*a, **k):
    return _S("nl", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("cancellation_policy", "Machteld Oosterwijk", "Jurriaan Stellingwerf", "formal", "new",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Ons annuleringsbeleid",
           """
Geachte mevrouw Oosterwijk,

Een oogmeting kunt u tot een dag (24 uur) van tevoren kosteloos annuleren. Daarna brengen wij het volledige bedrag (100%) in rekening.

Met vriendelijke groet,
Jurriaan Stellingwerf
""", "correct: policy in words next to numbers")),
    (A, ok(S("reschedule", "Femke Woltjer", "Ids Brouwersma", "friendly", "regular",
             meeting="Onderhoud van je naaimachine", at="woensdag 13 september om 14.00 uur",
             props=["maandag 18 september om 14.30 uur", "donderdag 21 september om 9.00 uur"],
             reason="ik wacht nog op een nieuwe grijper"),
           "Je naaimachine: even schuiven",
           """
Hoi Femke,

Ik wacht nog op een nieuwe grijper voor je naaimachine, dus woensdag gaat het onderhoud niet lukken.

Zou maandag de 18e om half drie kunnen? Anders donderdag 21 september om negen uur 's ochtends.

Groetjes,
Ids
""", "correct: 'de 18e', 'half drie', 'negen uur 's ochtends'")),
    (A, ok(S("no_show_followup", "Reinier Hoogendoorn", "Saskia Tjalsma", "formal", "regular",
             meeting="Controle van uw waterpomp", at="vrijdag 8 september om 10.00 uur",
             props=["woensdag 20 september om 10.00 uur"]),
           "Controle van afgelopen vrijdag",
           """
Geachte heer Hoogendoorn,

Afgelopen vrijdag stond onze monteur om tien uur voor de controle van uw waterpomp, maar trof niemand thuis.

Wij kunnen op woensdag 20 september op hetzelfde tijdstip terugkomen. Laat u ons weten of dat uitkomt?

Met vriendelijke groet,
Saskia Tjalsma
""", "correct: 'afgelopen vrijdag', 'hetzelfde tijdstip'")),
    (A, ok(S("decline", "Lieke van Dommelen", "Gerben Kroeze", "formal", "new",
             meeting="Boring van een bron voor beregening", at="dinsdag 19 september om 8.00 uur",
             reason="voor die locatie is een vergunning van het waterschap nodig"),
           "Boring op dinsdag 19 september",
           """
Geachte mevrouw Van Dommelen,

Voor uw locatie is een vergunning van het waterschap nodig, waardoor wij de boring voor de beregening op dinsdag niet kunnen uitvoeren.

Met vriendelijke groet,
Gerben Kroeze
""", "correct: 'mevrouw Van Dommelen', no new slot")),
    (B, ok(S("switch_to_email", "Wessel Timmerije", "Anouk Haarsma", "friendly", "regular",
             meeting="Keuze van een nieuw montuur", at="donderdag 19 oktober om 16.30 uur"),
           "Montuur via de mail",
           """
Hoi Wessel,

Zullen we de keuze van je nieuwe montuur via de mail doen in plaats van donderdag om half vijf? Ik stuur je een paar foto's.

Groet,
Anouk
""", "correct: 'half vijf' for 16.30")),
    (B, ok(S("late_cancellation", "Hendrika Mulderink", "Bart Oudshoorn", "formal", "regular",
             meeting="Naailes voor gevorderden", at="maandag 16 oktober om 19.30 uur",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Uw afzegging van gisteren",
           """
Geachte mevrouw Mulderink,

Uw afzegging voor de naailes van gisteravond kwam binnen twee dagen (48 uur) voor de les. Volgens onze voorwaarden rekenen wij daarom de helft van het tarief (50%).

Met vriendelijke groet,
Bart Oudshoorn
""", "correct: 'gisteravond', policy in words")),
    (B, ok(S("switch_to_call", "drs. Pieter-Jan Veldkamp", "Marloes Hinnekens", "formal", "key",
             meeting="Bespreking van het bronnenonderzoek", at="woensdag 25 oktober om 11.00 uur",
             props=["dinsdag 24 oktober om 15.00 uur"]),
           "Telefonisch overleg",
           """
Geachte heer Veldkamp,

Voor de bespreking van het bronnenonderzoek stel ik voor dat wij dinsdag 24 oktober om drie uur 's middags bellen, in plaats van woensdag om elf uur af te spreken.

Met vriendelijke groet,
Marloes Hinnekens
""", "correct: 'heer Veldkamp' for a given drs., times in words")),
    (B, ok(S("shorten", "Ilse Groenendijk", "Thijs Alkema", "formal", "new",
             meeting="Aanmeten van contactlenzen", at="vrijdag 20 oktober om 13.00 uur", dur=45),
           "Aanmeten op vrijdag",
           """
Geachte mevrouw Groenendijk,

Het aanmeten van uw contactlenzen op vrijdag om 13.00 uur duurt drie kwartier.

Met vriendelijke groet,
Thijs Alkema
""", "correct: 'drie kwartier' for 45")),
    (C, ok(S("reschedule", "Tjitske Hoekstra", "Maarten Verbrugge", "formal", "regular",
             meeting="Spoelen van uw bronpomp", at="vrijdag 24 november om 9.30 uur",
             props=["dinsdag 5 december om 9.30 uur"], reason="de grond is bevroren"),
           "Nieuwe datum voor het spoelen",
           """
Geachte mevrouw Hoekstra,

Omdat de grond bevroren is, verzetten wij het spoelen van uw bronpomp van vrijdag half tien naar dinsdag 5 december, op dezelfde tijd.

Met vriendelijke groet,
Maarten Verbrugge
""", "correct: 'half tien', old time named, 'dezelfde tijd'")),
    (C, ok(S("delegate", "Jolanda Stapelkamp", "Erwin de Ruijter", "friendly", "key",
             meeting="Cursus patroontekenen", at="zaterdag 25 november om 10.00 uur",
             col="Noortje Vermaat"),
           "Zaterdag neemt Noortje het over",
           """
Lieve Jolanda,

Zaterdag om tien uur geeft Noortje Vermaat de cursus patroontekenen in plaats van ik. Je bent in goede handen!

Liefs,
Erwin
""", "correct: colleague exact, friendly")),
    (C, ok(S("decline", "Arnoud Kleinhesselink", "Petra Wubben", "formal", "new",
             meeting="Reparatie van een antieke naaimachine", at="maandag 27 november om 15.00 uur",
             reason="wij hebben geen onderdelen voor dit merk"),
           "Antieke naaimachine",
           """
Geachte heer Kleinhesselink,

Helaas hebben wij geen onderdelen voor dit merk, zodat wij de reparatie van uw antieke naaimachine niet kunnen aannemen.

Met vriendelijke groet,
Petra Wubben
""", "correct: short decline")),
    (C, ok(S("cancellation_policy", "Gerdien Schuttevaer", "Koen Leferink", "formal", "regular",
             pol={"notice_hours": 72, "deposit_percent": 25}),
           "Voorwaarden voor boringen",
           """
Geachte mevrouw Schuttevaer,

Voor een boring vragen wij een aanbetaling van 25%. U kunt tot drie dagen van tevoren (72 uur) annuleren.

Met vriendelijke groet,
Koen Leferink
""", "correct: deposit with its own term")),
    (D, ok(S("switch_to_call", "Sanne Bovenberg", "Jelmer Dijkstra", "friendly", "regular",
             meeting="Advies over je leesbril", at="maandag 2 oktober om 17.00 uur"),
           "Bellen over je leesbril",
           """
Hoi Sanne,

Laten we maandag om vijf uur gewoon even bellen over je leesbril, dan hoef je niet langs te komen.

Tot maandag,
Jelmer
""", "correct: call at the original time, 'vijf uur'")),
    (D, ok(S("late_cancellation", "Willemijn Rozendaal", "Sjoerd Hazenberg", "formal", "regular",
             meeting="Inspectie van de put", at="woensdag 27 september om 13.30 uur"),
           "Inspectie van gisteren",
           """
Geachte mevrouw Rozendaal,

Wij hebben uw late afzegging voor de inspectie van de put van gisteren ontvangen. Dank u wel voor het doorgeven.

Met vriendelijke groet,
Sjoerd Hazenberg
""", "correct: no policy given and none stated, 'gisteren'")),
    (D, ok(S("switch_to_email", "Floris Ten Cate", "Mirjam Bakhuizen", "formal", "new",
             meeting="Offerte voor naailessen op school", at="dinsdag 10 oktober om 15.30 uur"),
           "Offerte per e-mail",
           """
Geachte heer Ten Cate,

Graag stuur ik u de offerte voor de naailessen op school per e-mail, in plaats van af te spreken op dinsdag 10 oktober om half vier.

Met vriendelijke groet,
Mirjam Bakhuizen
""", "correct: 'half vier'")),
    (D, ok(S("delegate", "Gonnie Overdiep", "Ruben Klaassens", "formal", "regular",
             meeting="Oogdrukmeting", at="vrijdag 6 oktober om 11.30 uur", col="Hester Bolwijn"),
           "Uw oogdrukmeting",
           """
Geachte mevrouw Overdiep,

Uw oogdrukmeting op vrijdag 6 oktober om half twaalf wordt gedaan door mijn collega Hester Bolwijn.

Met vriendelijke groet,
Ruben Klaassens
""", "correct: 'half twaalf', colleague exact")),
    (E, ok(S("shorten", "Marijke Zwiers", "Dirk-Jan Hofstee", "friendly", "regular",
             meeting="Naaiworkshop voor twee", at="zaterdag 14 oktober om 13.00 uur", dur=120),
           "Zaterdag iets korter",
           """
Hoi Marijke,

De naaiworkshop voor jullie tweeën duurt zaterdag twee uur, we beginnen gewoon om één uur.

Zonnige groet,
Dirk-Jan
""", "correct: 'twee uur' for 120, 'jullie tweeën' from the meeting")),
    (E, ok(S("decline", "Tobias Nijenhuis", "Elske van der Meulen", "formal", "new",
             meeting="Boring op een bouwkavel", at="woensdag 11 oktober om 8.00 uur",
             reason="onze boorploeg is volgeboekt"),
           "Boring op woensdag",
           """
Geachte heer Nijenhuis,

Onze boorploeg is volgeboekt, daarom kunnen wij de boring op uw bouwkavel woensdag om acht uur 's ochtends niet uitvoeren.

Met vriendelijke groet,
Elske van der Meulen
""", "correct: 'acht uur 's ochtends'")),
    (E, ok(S("reschedule", "Aaltje Boersma", "Niels Raaijmakers", "friendly", "key",
             meeting="Passen van je nieuwe bril", at="maandag 9 oktober om 12.00 uur",
             props=["donderdag 12 oktober om 12.00 uur", "vrijdag 13 oktober om 17.30 uur"],
             reason="de glazen zijn verkeerd geslepen"),
           "Je nieuwe bril",
           """
Hoi Aaltje,

Balen: de glazen van je nieuwe bril zijn verkeerd geslepen, dus het passen op maandag gaat niet door.

Kun je donderdag 12 oktober op hetzelfde tijdstip? Of anders vrijdag de 13e om half zes.

Laat maar weten!

Groetjes,
Niels
""", "correct: 'hetzelfde tijdstip', 'de 13e', 'half zes'")),
    (E, ok(S("no_show_followup", "Gijsbert Eshuis", "Linda Teunissen", "formal", "regular",
             meeting="Ophalen van uw gerepareerde lockmachine", at="woensdag 4 oktober om 16.00 uur"),
           "Uw lockmachine",
           """
Geachte heer Eshuis,

Afgelopen woensdag hadden wij u om vier uur verwacht voor het ophalen van uw lockmachine. Wij hopen dat alles goed met u is.

Met vriendelijke groet,
Linda Teunissen
""", "correct: no new slot given and none offered")),
    # ------------------------------------------------------------------ flawed
    (A, bad("name_near_miss", S("decline", "Bouke Wijnstra", "Carla Hulshof", "formal", "new",
              meeting="Oogmeting voor een rijbewijskeuring", at="donderdag 14 september om 10.00 uur",
              reason="wij doen geen keuringen meer"),
            "Oogmeting op donderdag",
            """
Geachte heer Wijnsta,

Wij doen helaas geen keuringen meer, dus de oogmeting voor uw rijbewijs op donderdag kan niet doorgaan.

Met vriendelijke groet,
Carla Hulshof
""", "flawed: Wijnsta for Wijnstra")),
    (A, bad("time_recap_wrong", S("reschedule", "Geertje Landman", "Olaf Verschuur", "friendly", "regular",
              meeting="Naailes quilten", at="dinsdag 12 september om 19.00 uur",
              props=["dinsdag 19 september om 19.30 uur"], reason="de zaal is dubbel geboekt"),
            "Quiltles een week later",
            """
Hoi Geertje,

De zaal blijkt dubbel geboekt, dus de quiltles van dinsdag schuift een week op: dinsdag 19 september om half acht.

Sorry voor het gedoe, en neem je lapjes gewoon weer mee.

Tot dinsdag om zeven uur!
Olaf
""", "flawed: recap 'zeven uur' for 19.30")),
    (A, bad("link_invented", S("switch_to_email", "Evert Rijpkema", "Nienke Oldenhof", "formal", "new",
              meeting="Offerte voor een nieuwe bronpomp", at="woensdag 20 september om 14.00 uur"),
            "Offerte bronpomp",
            """
Geachte heer Rijpkema,

In plaats van woensdag 20 september af te spreken, mail ik u de offerte voor een nieuwe bronpomp. Vooraf kunt u de modellen bekijken op www.oldenhofpompen.nl/bronpompen.

Met vriendelijke groet,
Nienke Oldenhof
""", "flawed: link nobody gave")),
    (A, bad("place_changed", S("delegate", "Hanneke Bruggink", "Wouter Scheepstra", "formal", "regular",
              meeting="Boring van een bron in Enschede", at="vrijdag 22 september om 8.00 uur",
              col="Rik Harmelink"),
            "Boring op vrijdag",
            """
Geachte mevrouw Bruggink,

De boring van uw bron in Hengelo op vrijdag 22 september om 8.00 uur wordt uitgevoerd door mijn collega Rik Harmelink.

Met vriendelijke groet,
Wouter Scheepstra
""", "flawed: Hengelo for Enschede")),
    (B, bad("foreign_paragraph", S("decline", "Trijntje Kooistra", "Menno Abbink", "formal", "new",
              meeting="Reparatie van een borduurmachine", at="maandag 23 oktober om 11.00 uur",
              reason="wij repareren geen borduurmachines"),
            "Borduurmachine",
            """
Geachte mevrouw Kooistra,

Wij repareren helaas geen borduurmachines, dus de afspraak op maandag kan niet doorgaan.

Wir wünschen Ihnen viel Erfolg bei der Suche nach einer passenden Werkstatt.

Met vriendelijke groet,
Menno Abbink
""", "flawed: a German paragraph")),
    (B, bad("time_swapped", S("reschedule", "Ineke Westerhof", "Joost Bleeker", "formal", "regular",
              meeting="Contactlenscontrole", at="woensdag 18 oktober om 9.00 uur",
              props=["donderdag 26 oktober om 14.00 uur"], reason="de optometrist is ziek"),
            "Contactlenscontrole verplaatst",
            """
Geachte mevrouw Westerhof,

Onze optometrist is ziek. Uw contactlenscontrole van donderdag 26 oktober om 14.00 uur verplaatsen wij daarom naar woensdag 18 oktober om 9.00 uur.

Wij hopen dat dit uitkomt. Mocht dat niet zo zijn, laat het ons dan weten.

Met vriendelijke groet,
Joost Bleeker
""", "flawed: old and new exchanged")),
    (B, bad("email_invented", S("no_show_followup", "Harm Boswijk", "Esther Kamphuis", "formal", "regular",
              meeting="Naailes kinderkleding", at="zaterdag 14 oktober om 10.00 uur"),
            "Naailes van zaterdag",
            """
Geachte heer Boswijk,

Afgelopen zaterdag hebben wij u gemist bij de naailes kinderkleding. Wilt u een nieuwe les plannen, mail dan naar esther.kamphuis@kpnmail.nl.

Met vriendelijke groet,
Esther Kamphuis
""", "flawed: private address nobody gave")),
    (B, bad("duration_wrong", S("shorten", "Mirte Voogd", "Stijn Kaptein", "friendly", "regular",
              meeting="Passen van je sportbril", at="dinsdag 24 oktober om 16.00 uur", dur=15),
            "Kort passen",
            """
Hoi Mirte,

Dinsdag 24 oktober om vier uur is het passen van je sportbril zo gebeurd: een half uurtje.

Groet,
Stijn
""", "flawed: 'een half uurtje' for 15")),
    (C, bad("weekday_wrong", S("switch_to_call", "Corrie Bosgra", "Hidde Wielenga", "formal", "new",
              meeting="Advies over een putpomp", at="maandag 27 november om 10.00 uur",
              props=["maandag 27 november om 14.00 uur"]),
            "Telefonisch advies",
            """
Geachte mevrouw Bosgra,

Mag ik u in plaats van de afspraak om tien uur bellen op dinsdag 27 november om 14.00 uur over de putpomp?

Met vriendelijke groet,
Hidde Wielenga
""", "flawed: 'dinsdag 27 november' for maandag")),
    (C, bad("percent_swapped", S("cancellation_policy", "Tineke Hooghiemstra", "Arjen Smeerdijk", "formal", "new",
              pol={"notice_hours": 48, "fee_percent": 75, "deposit_percent": 15}),
            "Annuleringsvoorwaarden cursussen",
            """
Geachte mevrouw Hooghiemstra,

Bij inschrijving voor een naaicursus vragen wij een aanbetaling van 75%. Kosteloos annuleren kan tot 48 uur van tevoren; daarna rekenen wij 15% van het cursusgeld.

Met vriendelijke groet,
Arjen Smeerdijk
""", "flawed: deposit and fee exchanged")),
    (C, bad("phone_invented", S("late_cancellation", "Ruud Meijerink", "Wendy Tuinstra", "formal", "regular",
              meeting="Oogmeting", at="dinsdag 21 november om 15.00 uur"),
            "Uw oogmeting van gisteren",
            """
Geachte heer Meijerink,

Wij hebben uw afzegging voor de oogmeting van gisteren ontvangen. Voor een nieuwe afspraak kunt u ons bellen op 06 41 83 27 90.

Met vriendelijke groet,
Wendy Tuinstra
""", "flawed: mobile number nobody gave")),
    (C, bad("colleague_wrong", S("delegate", "Janneke Vrieling", "Bas Ottevanger", "friendly", "regular",
              meeting="Onderhoud van je overlockmachine", at="donderdag 30 november om 13.00 uur",
              col="Roel Brinkerink"),
            "Je overlock",
            """
Hoi Janneke,

Donderdag om één uur komt Roel Brinkering je overlockmachine onderhouden in plaats van ik.

Groetjes,
Bas
""", "flawed: Brinkering for Brinkerink")),
    (D, bad("policy_invented", S("no_show_followup", "Sietske Wagenaar", "Mark Lubbers", "formal", "regular",
              meeting="Controle van uw bril", at="dinsdag 26 september om 11.00 uur"),
            "Afspraak van dinsdag",
            """
Geachte mevrouw Wagenaar,

Dinsdag hebben wij u om 11.00 uur gemist voor de controle van uw bril. Wij wijzen u erop dat wij voor niet nagekomen afspraken de helft van het tarief in rekening brengen.

Met vriendelijke groet,
Mark Lubbers
""", "flawed: half-fee policy nobody gave")),
    (D, bad("number_invented", S("decline", "Gerrit Langeveld", "Yvonne Drost", "formal", "new",
              meeting="Boren van bronnen op een camping", at="woensdag 4 oktober om 9.00 uur",
              reason="de klus is te groot voor ons kleine team"),
            "Bronnen op de camping",
            """
Geachte heer Langeveld,

Het boren van de bronnen op uw camping is te groot voor ons kleine team; acht bronnen in één week krijgen wij niet rond. Wij moeten de afspraak van woensdag dan ook afzeggen.

Met vriendelijke groet,
Yvonne Drost
""", "flawed: 'acht bronnen' nobody gave")),
    (D, bad("discount_invented", S("reschedule", "Karin Leenstra", "Pim Vossebeld", "formal", "key",
              meeting="Oogonderzoek", at="vrijdag 29 september om 14.30 uur",
              props=["maandag 9 oktober om 14.30 uur"], reason="de meetapparatuur wordt gekalibreerd"),
            "Oogonderzoek verzet",
            """
Geachte mevrouw Leenstra,

Omdat onze meetapparatuur wordt gekalibreerd, verzetten wij uw oogonderzoek van morgen naar maandag 9 oktober om 14.30 uur. Als dank voor uw begrip krijgt u 10% korting op uw volgende bril.

Met vriendelijke groet,
Pim Vossebeld
""", "flawed: discount nobody gave")),
    (D, bad("title_or_company_invented", S("switch_to_email", "Lotte Hiemstra", "Gert-Jan Roelofsen", "formal", "new",
              meeting="Offerte voor een onderhoudscontract", at="donderdag 5 oktober om 10.00 uur"),
            "Offerte per mail",
            """
Geachte mevrouw Hiemstra,

Ik stuur u de offerte voor het onderhoudscontract liever per mail, in plaats van de afspraak op donderdag 5 oktober.

Met vriendelijke groet,
ing. Gert-Jan Roelofsen
Roelofsen Pomptechniek B.V.
""", "flawed: title and company nobody gave")),
    (E, bad("name_near_miss", S("switch_to_call", "Femmy Diepenbroek", "Roy Stegeman", "friendly", "regular",
              meeting="Vragen over je naaimachine", at="dinsdag 10 oktober om 19.00 uur"),
            "Even bellen",
            """
Hoi Femmie,

Zullen we dinsdag om zeven uur even bellen over je naaimachine? Scheelt je een ritje.

Groet,
Roy
""", "flawed: Femmie for Femmy")),
    (E, bad("email_invented", S("delegate", "Herman Bouwhuis", "Maaike Plomp", "formal", "regular",
              meeting="Aanmeten van een beeldschermbril", at="donderdag 12 oktober om 9.30 uur",
              col="Sander Wolters"),
            "Uw beeldschermbril",
            """
Geachte heer Bouwhuis,

Op donderdag 12 oktober om 9.30 uur meet mijn collega Sander Wolters uw beeldschermbril aan. U kunt hem vooraf bereiken via s.wolters@gmail.com.

Met vriendelijke groet,
Maaike Plomp
""", "flawed: colleague's address nobody gave")),
    (E, bad("duration_wrong", S("shorten", "Mariëlle Kuipers", "Hans Veltkamp", "formal", "regular",
              meeting="Inspectie van de bronput", at="maandag 16 oktober om 8.30 uur", dur=40),
            "Korte inspectie",
            """
Geachte mevrouw Kuipers,

De inspectie van uw bronput op maandag 16 oktober om half negen duurt een uur.

Met vriendelijke groet,
Hans Veltkamp
""", "flawed: 'een uur' for 40")),
    (E, bad("time_recap_wrong", S("reschedule", "Douwe Feenstra", "Ellen Pasveer", "friendly", "regular",
              meeting="Kledingreparatie-avond", at="woensdag 11 oktober om 19.30 uur",
              props=["woensdag 18 oktober om 20.00 uur"], reason="ik heb griep"),
            "Reparatie-avond een week later",
            """
Hoi Douwe,

Ik heb griep, dus de kledingreparatie-avond van woensdag schuiven we een week op: woensdag 18 oktober om acht uur.

Sorry dat het weer verschuift.

Tot woensdag om half acht!
Ellen
""", "flawed: recap 'half acht' for 20.00")),
]
