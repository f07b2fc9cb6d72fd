"""v23, Dutch: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v23src._d import A, B, C, D, E


def S(*a, **k):
    return _S("nl", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Maaike Oosterwijk", "Sjoerd Verkerk", "formal", "regular",
             meeting="Herinrichting van het tropisch aquarium", at="woensdag 7 september om 10.00 uur",
             props=["maandag 12 september om 10.00 uur", "donderdag 15 september om 13.30 uur"],
             reason="de nieuwe verlichting is nog niet geleverd"),
           "Herinrichting aquarium: nieuwe datum",
           """
Geachte mevrouw Oosterwijk,

De nieuwe verlichting is nog niet geleverd, dus de herinrichting van uw tropisch aquarium kan woensdag niet doorgaan.

Zou maandag 12 september om tien uur schikken, of liever donderdag de 15e om half twee?

Met vriendelijke groet,
Sjoerd Verkerk
""", "correct: 'om tien uur', 'half twee', 'donderdag de 15e'")),
    (A, ok(S("no_show_followup", "Ruud Blankenstijn", "Femke Wolthuis", "formal", "regular",
             meeting="Ophalen van de gerepareerde kano", at="vrijdag 2 september om 16.00 uur",
             props=["woensdag 7 september om 16.00 uur"]),
           "Uw kano",
           """
Geachte heer Blankenstijn,

Afgelopen vrijdag om vier uur hadden we afgesproken dat u uw kano zou ophalen, maar u bent niet langsgekomen.

Past woensdag 7 september op hetzelfde tijdstip?

Met vriendelijke groet,
Femke Wolthuis
""", "correct: 'afgelopen vrijdag' of 2 Sep, 'vier uur', 'hetzelfde tijdstip'")),
    (A, ok(S("switch_to_email", "Ilse Doornbosch", "Gerben Hoekstra", "formal", "new",
             meeting="Advies over een eerste bonsai", at="donderdag 8 september om 11.00 uur"),
           "Advies per e-mail",
           """
Geachte mevrouw,

Voor het advies over uw eerste bonsai hoeven we donderdag niet af te spreken; dat kan prima per e-mail. Stuur gerust een foto van de boom die u op het oog heeft.

Met vriendelijke groet,
Gerben Hoekstra
""", "correct: 'Geachte mevrouw,' alone, no new time")),
    (A, ok(S("delegate", "Bart Rietveld", "Wendelien Kuipers", "formal", "regular",
             meeting="Kanotocht over de Dommel", at="zaterdag 10 september om 9.30 uur", col="Joost Harmsen"),
           "Kanotocht zaterdag",
           """
Geachte heer Rietveld,

Zaterdag begeleidt mijn collega Joost Harmsen de kanotocht over de Dommel, om half tien zoals afgesproken.

Met vriendelijke groet,
Wendelien Kuipers
""", "correct: colleague exact, 'half tien', river name from the meeting")),
    (B, ok(S("decline", "Anouk Terpemaker", "Menno Dijkgraaf", "formal", "new",
             meeting="Workshop mosbonsai in Haarlem", at="dinsdag 27 september om 19.00 uur",
             reason="te weinig aanmeldingen"),
           "Workshop in Haarlem",
           """
Geachte mevrouw Terpemaker,

Helaas gaat de workshop mosbonsai in Haarlem op dinsdag 27 september niet door: er zijn te weinig aanmeldingen.

Excuses voor het ongemak.

Met vriendelijke groet,
Menno Dijkgraaf
""", "correct: place name in the meeting")),
    (B, ok(S("cancellation_policy", "Jeroen van Gilst", "Marloes Brinkhuis", "formal", "new",
             pol={"notice_hours": 48, "deposit_percent": 20, "fee_percent": 50}),
           "Onze annuleringsvoorwaarden",
           """
Geachte heer Van Gilst,

Bij reservering vragen wij een aanbetaling van 20%. Annuleren kan kosteloos tot twee dagen (48 uur) van tevoren; daarna rekenen wij de helft van het tarief (50%).

Met vriendelijke groet,
Marloes Brinkhuis
""", "correct: notice, deposit and fee each with its own term; 'de helft (50%)'")),
    (B, ok(S("shorten", "Esther Vlasblom", "Roel Koppenaal", "formal", "regular",
             meeting="Snoeiles voor twee jeneverbessen", at="donderdag 22 september om 14.00 uur", dur=45),
           "Snoeiles donderdag",
           """
Beste mevrouw Vlasblom,

De snoeiles van donderdag begint om twee uur 's middags, maar duurt dit keer drie kwartier.

Met vriendelijke groet,
Roel Koppenaal
""", "correct: 'Beste mevrouw' + surname, 'twee uur 's middags', 'drie kwartier'")),
    (B, ok(S("switch_to_call", "Thijs Boersma", "Noor Veldkamp", "friendly", "regular",
             meeting="Keuze van de vissen voor de 120 liter bak", at="maandag 26 september om 17.00 uur"),
           "Bellen maandag?",
           """
Hoi Thijs,

Zullen we maandag om vijf uur even bellen over de vissen voor je 120 liter bak, in plaats van dat je langskomt?

Groetjes,
Noor
""", "correct: friendly first names, '120 liter' from the meeting, call at the original time")),
    (C, ok(S("late_cancellation", "Lotte Schuitemaker", "Hidde Zwanenveld", "formal", "regular",
             meeting="Kanoles op de Vecht", at="dinsdag 4 oktober om 18.30 uur",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Kanoles van gisteren",
           """
Geachte mevrouw Schuitemaker,

Uw afzegging voor de kanoles van gisteravond kwam pas vlak van tevoren. Volgens onze voorwaarden moet een les een dag (24 uur) van tevoren worden afgezegd; anders rekenen wij het volledige bedrag (100%).

Met vriendelijke groet,
Hidde Zwanenveld
""", "correct: 'gisteravond' of 4 Oct, 'een dag (24 uur)', 'het volledige bedrag (100%)'")),
    (C, ok(S("reschedule", "Dirk Gerritsma", "Annemieke Stolk", "formal", "key",
             meeting="Plaatsing van twee vijverpompen", at="vrijdag 7 oktober om 8.00 uur",
             props=["dinsdag 11 oktober om 8.00 uur"], reason="de pompen zijn beschadigd geleverd"),
           "Vijverpompen: dinsdag 11 oktober",
           """
Geachte heer Gerritsma,

De pompen zijn beschadigd bij ons aangekomen, dus de plaatsing van vrijdag moet helaas verschoven worden.

Schikt dinsdag 11 oktober, om acht uur 's ochtends?

Met vriendelijke groet,
Annemieke Stolk
""", "correct: plural 'pompen' from the meeting, 'acht uur 's ochtends'")),
    (C, ok(S("delegate", "Sanne Oudshoorn", "Kees Bloemendaal", "formal", "regular",
             meeting="Onderhoud van het zeewateraquarium", at="donderdag 13 oktober om 11.00 uur",
             col="Mirjam Peperkamp"),
           "Onderhoud donderdag",
           """
Geachte mevrouw Oudshoorn,

Donderdag 13 oktober komt mijn collega Mirjam Peperkamp het onderhoud van uw zeewateraquarium doen, om elf uur.

Met vriendelijke groet,
Kees Bloemendaal
""", "correct: colleague exact, 'om elf uur'")),
    (C, ok(S("decline", "Wouter Brouwersma", "Ineke Haverkamp", "formal", "regular",
             meeting="Bezoek aan de bonsaikwekerij in Boskoop", at="woensdag 12 oktober om 10.00 uur",
             reason="de kwekerij is die week gesloten"),
           "Bezoek aan Boskoop",
           """
Geachte heer Brouwersma,

Het spijt me, maar het bezoek aan de bonsaikwekerij in Boskoop op de 12e kan niet doorgaan: de kwekerij is die week gesloten.

Met vriendelijke groet,
Ineke Haverkamp
""", "correct: 'de 12e' without month, place in the meeting")),
    (D, ok(S("switch_to_email", "Hanneke Rozendom", "Pieter Lamberink", "formal", "regular",
             meeting="Offerte voor de opslag van kano's", at="dinsdag 22 november om 15.00 uur"),
           "Offerte per e-mail",
           """
Geachte mevrouw Rozendom,

De offerte voor de opslag van uw kano's kunnen we beter per e-mail afhandelen dan dinsdag op kantoor. Ik hoor graag hoeveel kano's het zijn.

Met vriendelijke groet,
Pieter Lamberink
""", "correct: plural 'kano's', no number stated")),
    (D, ok(S("switch_to_call", "Frank Wiersema", "Lieke Tuinstra", "formal", "new",
             meeting="Kennismaking over een kweekbak", at="vrijdag 25 november om 13.00 uur",
             props=["maandag 28 november om 9.30 uur"]),
           "Telefonisch kennismaken",
           """
Geachte heer Wiersema,

In plaats van vrijdag om één uur stel ik voor dat we maandag 28 november om half tien bellen over uw kweekbak.

Met vriendelijke groet,
Lieke Tuinstra
""", "correct: old time named as replaced, 'om één uur', 'om half tien'")),
    (D, ok(S("no_show_followup", "Marieke Hondelink", "Stijn Abbenhuis", "formal", "regular",
             meeting="Aflevering van de bonsaischalen", at="woensdag 16 november om 10.30 uur"),
           "Aflevering van gisteren",
           """
Geachte mevrouw Hondelink,

Gisteren om half elf stond ik met uw bonsaischalen voor de deur, maar er werd niet opengedaan.

Laat u mij weten wanneer het u wel uitkomt?

Met vriendelijke groet,
Stijn Abbenhuis
""", "correct: 'gisteren' of 16 Nov, 'half elf', no slot offered")),
    (D, ok(S("reschedule", "Gijs Meulenkamp", "Tamara Ophof", "formal", "regular",
             meeting="Training kanopolo", at="maandag 21 november om 20.00 uur",
             props=["woensdag 30 november om 20.00 uur"], reason="het zwembad is gesloten voor onderhoud"),
           "Training kanopolo verzet",
           """
Geachte heer Meulenkamp,

Het zwembad is maandag gesloten voor onderhoud, dus de training kanopolo schuift op naar woensdag 30 november, om acht uur 's avonds.

Met vriendelijke groet,
Tamara Ophof
""", "correct: 'acht uur 's avonds'")),
    (E, ok(S("decline", "Evelien Koudijs", "Rutger Schoonhoven", "formal", "new",
             meeting="Kerstworkshop met drie soorten mos", at="dinsdag 13 december om 19.30 uur",
             reason="de docent is verhinderd"),
           "Kerstworkshop",
           """
Geachte mevrouw Koudijs,

Helaas moet ik de kerstworkshop met drie soorten mos van dinsdag 13 december afzeggen: de docent is verhinderd.

Met vriendelijke groet,
Rutger Schoonhoven
""", "correct: 'drie soorten' from the meeting")),
    (E, ok(S("cancellation_policy", "Arjen Slootweg", "Daphne Wijnbergen", "formal", "regular",
             meeting="Winterstalling voor uw kajak", at="maandag 12 december om 10.00 uur",
             pol={"notice_hours": 72}),
           "Winterstalling: voorwaarden",
           """
Geachte heer Slootweg,

Voor de winterstalling van uw kajak op maandag 12 december geldt: afzeggen kan tot drie dagen (72 uur) van tevoren.

Met vriendelijke groet,
Daphne Wijnbergen
""", "correct: notice in words and figures, no fee stated")),
    (E, ok(S("shorten", "Yvonne Kalsbeek", "Marten Groenveld", "formal", "regular",
             meeting="Rondleiding langs de aquaria", at="woensdag 7 december om 14.00 uur", dur=30,
             reason="er komt om 15.00 uur een schoolklas"),
           "Rondleiding woensdag",
           """
Geachte mevrouw Kalsbeek,

Om drie uur komt er een schoolklas, dus de rondleiding langs de aquaria woensdag duurt een half uur, vanaf twee uur.

Met vriendelijke groet,
Marten Groenveld
""", "correct: 'drie uur' from the reason, 'een half uur', plural 'aquaria'")),
    (E, ok(S("late_cancellation", "Koen Veenstra", "Liesbeth Jongerius", "formal", "regular",
             meeting="Proefvaren met een kajak", at="donderdag 1 december om 11.00 uur",
             props=["vrijdag 9 december om 11.00 uur"]),
           "Proefvaren",
           """
Geachte heer Veenstra,

Dank voor uw bericht van gisteren dat u niet kon komen proefvaren. Wilt u het op vrijdag 9 december om elf uur nog eens proberen?

Met vriendelijke groet,
Liesbeth Jongerius
""", "correct: 'gisteren' of 1 Dec, no policy given and none stated")),
    # ------------------------------------------------------------------ flawed
    (A, bad("phone_invented", S("switch_to_call", "Erik Bosgra", "Jolanda Timmerman", "formal", "regular",
             meeting="Overleg over de vijverfilter", at="dinsdag 6 september om 14.00 uur"),
           "Telefonisch overleg",
           """
Geachte heer Bosgra,

Zullen we dinsdag om 14.00 uur telefonisch overleggen over uw vijverfilter? U kunt mij bereiken op 06 41 87 20 93.

Met vriendelijke groet,
Jolanda Timmerman
""", "mobile number nobody gave")),
    (A, bad("weekday_wrong", S("reschedule", "Carla Wesselink", "Hans Vreugdenhil", "formal", "regular",
             meeting="Verpotten van de ficus", at="donderdag 8 september om 10.00 uur",
             props=["vrijdag 16 september om 10.00 uur"]),
           "Verpotten verzet naar donderdag 16 september",
           """
Geachte mevrouw Wesselink,

Het verpotten van uw ficus moet ik verzetten naar vrijdag 16 september, om 10.00 uur.

Met vriendelijke groet,
Hans Vreugdenhil
""", "subject says 'donderdag 16 september' (a Friday)")),
    (A, bad("discount_invented", S("decline", "Rik Scholtenhuis", "Gea Nijenhuis", "formal", "key",
             meeting="Kajakclinic voor het bedrijfsuitje", at="vrijdag 9 september om 13.00 uur",
             reason="de klant vraagt om een tegemoetkoming"),
           "Kajakclinic vrijdag",
           """
Geachte heer Scholtenhuis,

Helaas kan de kajakclinic van vrijdag niet doorgaan. Bij een volgende boeking krijgt u van ons 15% korting.

Met vriendelijke groet,
Gea Nijenhuis
""", "15% discount licensed only by the reason")),
    (A, bad("duration_wrong", S("shorten", "Mieke Boonstra", "Jan-Willem Aalders", "formal", "regular",
             meeting="Cursus aquascaping", at="maandag 12 september om 19.00 uur", dur=75),
           "Cursus maandag korter",
           """
Geachte mevrouw Boonstra,

De cursus aquascaping van maandag begint om 19.00 uur en duurt dit keer een uur.

Met vriendelijke groet,
Jan-Willem Aalders
""", "'een uur' for 75 minutes")),
    (B, bad("time_recap_wrong", S("reschedule", "Theo Lansink", "Sietske Dijkhuis", "formal", "regular",
             meeting="Vormsnoei van de dennen", at="woensdag 21 september om 9.00 uur",
             props=["dinsdag 27 september om 10.30 uur"]),
           "Vormsnoei: dinsdag 27 september",
           """
Geachte heer Lansink,

Ik verzet de vormsnoei van uw dennen naar dinsdag 27 september om 10.30 uur.

Tot dinsdag om negen uur!

Sietske Dijkhuis
""", "recap with the old hour")),
    (B, bad("name_near_miss", S("no_show_followup", "Willemijn Stuivenberg", "Arno Heijmans", "formal", "regular",
             meeting="Proefles kajakken", at="vrijdag 16 september om 17.00 uur"),
           "Proefles",
           """
Geachte mevrouw Stuivenburg,

Vrijdag hebben we u gemist bij de proefles kajakken. Wilt u laten weten of u een nieuwe les wilt plannen?

Met vriendelijke groet,
Arno Heijmans
""", "Stuivenberg written Stuivenburg")),
    (B, bad("place_changed", S("decline", "Gert Lubbers", "Ellen Vermeulen", "formal", "new",
             meeting="Kanotocht door de Biesbosch", at="vrijdag 30 september om 10.00 uur",
             reason="hoogwater"),
           "Kanotocht",
           """
Geachte heer Lubbers,

Door het hoogwater gaat de kanotocht door de Weerribben op vrijdag 30 september helaas niet door.

Met vriendelijke groet,
Ellen Vermeulen
""", "Biesbosch changed to Weerribben")),
    (B, bad("foreign_paragraph", S("switch_to_email", "Ria Hoogendoorn", "Bram Overdijk", "formal", "regular",
             meeting="Vragen over uw nieuwe garnalenbak", at="donderdag 29 september om 16.00 uur"),
           "Garnalenbak",
           """
Geachte mevrouw Hoogendoorn,

Laten we uw vragen over de garnalenbak per e-mail afhandelen in plaats van donderdag.

Schicken Sie mir einfach ein Foto des Beckens, dann melde ich mich.

Met vriendelijke groet,
Bram Overdijk
""", "German paragraph in a Dutch mail")),
    (C, bad("percent_swapped", S("cancellation_policy", "Fleur Zandbergen", "Dennis Ketelaar", "formal", "new",
             pol={"notice_hours": 48, "deposit_percent": 30, "fee_percent": 70}),
           "Voorwaarden",
           """
Geachte mevrouw Zandbergen,

Bij boeking betaalt u een aanbetaling van 70%. Wie later dan 48 uur van tevoren annuleert, betaalt 30% van het tarief.

Met vriendelijke groet,
Dennis Ketelaar
""", "deposit 30 and fee 70 swapped")),
    (C, bad("email_invented", S("switch_to_email", "Olaf Brinkmeijer", "Saskia Wolters", "formal", "new",
             meeting="Uitleg over kano-opslag", at="maandag 10 oktober om 11.00 uur"),
           "Kano-opslag",
           """
Geachte heer Brinkmeijer,

Ik leg u de kano-opslag graag per e-mail uit. Stuurt u uw vragen naar saskia.wolters@kpnmail.nl?

Met vriendelijke groet,
Saskia Wolters
""", "private address nobody gave")),
    (C, bad("time_swapped", S("switch_to_call", "Jorien Hazelhoff", "Tim van Rossum", "formal", "regular",
             meeting="Bespreking van de kweekresultaten", at="donderdag 6 oktober om 15.00 uur",
             props=["vrijdag 14 oktober om 11.00 uur"]),
           "Bellen op vrijdag 14 oktober",
           """
Geachte mevrouw Hazelhoff,

In plaats van een afspraak op vrijdag 14 oktober om 11.00 uur bel ik u donderdag 6 oktober om 15.00 uur over de kweekresultaten.

Met vriendelijke groet,
Tim van Rossum
""", "meeting and call slots exchanged in the body")),
    (C, bad("link_invented", S("late_cancellation", "Niels Huizinga", "Karin Ploeger", "formal", "regular",
             meeting="Bonsaicursus voor gevorderden", at="maandag 3 oktober om 19.30 uur"),
           "Cursus maandag",
           """
Geachte heer Huizinga,

Jammer dat u maandag zo kort van tevoren moest afzeggen. Een nieuwe cursusavond kunt u kiezen via www.ploegerbonsai.nl/agenda.

Met vriendelijke groet,
Karin Ploeger
""", "web page nobody gave")),
    (D, bad("colleague_wrong", S("delegate", "Bianca Smeenk", "Ruben Hofland", "formal", "regular",
             meeting="Controle van de koivijver", at="donderdag 24 november om 10.00 uur", col="Wessel Tjalsma"),
           "Controle koivijver",
           """
Geachte mevrouw Smeenk,

Donderdag 24 november komt mijn collega Wessel Tjalma uw koivijver controleren, om 10.00 uur.

Met vriendelijke groet,
Ruben Hofland
""", "colleague Tjalsma written Tjalma")),
    (D, bad("number_invented", S("decline", "Maarten Leusink", "Anja Kroeze", "formal", "regular",
             meeting="Levering van jonge esdoorns", at="dinsdag 29 november om 9.00 uur",
             reason="de kwekerij heeft de bomen niet op tijd"),
           "Levering esdoorns",
           """
Geachte heer Leusink,

De kwekerij heeft de bomen niet op tijd, dus de levering van uw vijftien jonge esdoorns op dinsdag 29 november gaat niet door.

Met vriendelijke groet,
Anja Kroeze
""", "'vijftien' nobody gave")),
    (D, bad("weekday_wrong", S("no_show_followup", "Petra Gortemaker", "Hugo Dekkers", "formal", "regular",
             meeting="Ophalen van de reddingsvesten", at="maandag 14 november om 16.00 uur",
             props=["woensdag 23 november om 16.00 uur"]),
           "Reddingsvesten",
           """
Geachte mevrouw Gortemaker,

Maandag hebben we tevergeefs op u gewacht voor het ophalen van de reddingsvesten. Komt donderdag 23 november om 16.00 uur u uit?

Met vriendelijke groet,
Hugo Dekkers
""", "23 November is a Wednesday, not 'donderdag'")),
    (D, bad("title_or_company_invented", S("reschedule", "Ingrid Vos", "Lars Mulderij", "formal", "regular",
             meeting="Inrichting van het schoolaquarium", at="vrijdag 18 november om 13.00 uur",
             props=["woensdag 30 november om 13.00 uur"]),
           "Schoolaquarium",
           """
Geachte mevrouw Vos,

De inrichting van het schoolaquarium schuift op naar woensdag 30 november, om 13.00 uur.

Met vriendelijke groet,
ing. Lars Mulderij
Mulderij Aquaristiek B.V.
""", "title 'ing.' and company nobody gave")),
    (E, bad("policy_invented", S("no_show_followup", "Harm Bouwhuis", "Gerda Lammerts", "formal", "regular",
             meeting="Snoeiworkshop", at="dinsdag 29 november om 19.00 uur"),
           "Snoeiworkshop",
           """
Geachte heer Bouwhuis,

U was dinsdag niet bij de snoeiworkshop. Omdat u niet heeft afgezegd, brengen wij de helft van het cursusgeld in rekening.

Met vriendelijke groet,
Gerda Lammerts
""", "'de helft van het cursusgeld' nobody gave")),
    (E, bad("place_changed", S("reschedule", "Nicole Everts", "Sander Posthuma", "formal", "new",
             meeting="Wintervaren op de Linge bij Leerdam", at="woensdag 7 december om 10.00 uur",
             props=["woensdag 14 december om 10.00 uur"]),
           "Wintervaren",
           """
Geachte mevrouw Everts,

Het wintervaren op de Linge bij Gorinchem verplaatsen we naar woensdag 14 december om 10.00 uur.

Met vriendelijke groet,
Sander Posthuma
""", "Leerdam changed to Gorinchem")),
    (E, bad("email_invented", S("delegate", "Tom Ekkelenkamp", "Marije Spijkerman", "formal", "regular",
             meeting="Waterwaarden meten", at="maandag 5 december om 9.00 uur", col="Reinout Brandsma"),
           "Waterwaarden",
           """
Geachte heer Ekkelenkamp,

Maandag meet mijn collega Reinout Brandsma uw waterwaarden, om 9.00 uur. U kunt hem vooraf mailen op r.brandsma@hotmail.com.

Met vriendelijke groet,
Marije Spijkerman
""", "colleague's private address nobody gave")),
    (E, bad("duration_wrong", S("shorten", "Lisanne Vrielink", "Bas Hendriksen", "formal", "regular",
             meeting="Kajakles in het zwembad", at="donderdag 15 december om 20.00 uur", dur=40),
           "Kajakles",
           """
Geachte mevrouw Vrielink,

De kajakles van donderdag 15 december duurt dit keer een half uur, vanaf 20.00 uur.

Met vriendelijke groet,
Bas Hendriksen
""", "'een half uur' for 40 minutes")),
]
