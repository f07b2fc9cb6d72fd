"""v19, Dutch: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v19src._d import A, B, C, D, E


def S(*a, **k):
    return _S("nl", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Wilhelmina van Oosterzee", "Gerbrand Tjalsma", "formal", "regular",
             meeting="Drukken van de trouwkaarten op de handpers", at="donderdag 17 juli om 9.30 uur",
             props=["dinsdag 22 juli om 9.30 uur", "donderdag 24 juli om 14.00 uur"],
             reason="het katoenpapier is nog niet geleverd"),
           "Trouwkaarten: nieuwe datum",
           """
Geachte mevrouw Van Oosterzee,

Het katoenpapier is nog niet geleverd, dus donderdag om half tien kunnen we uw trouwkaarten niet drukken.

Ik stel dinsdag 22 juli voor, op hetzelfde tijdstip, of donderdag 24 juli om twee uur 's middags. Laat u maar weten wat u past.

Met vriendelijke groet,
Gerbrand Tjalsma
""", "correct: 'Van' capitalised, 'half tien', 'hetzelfde tijdstip', 'twee uur 's middags'")),
    (A, ok(S("decline", "Femke Hoogendijk", "Roelof Brinkerink", "friendly", "key",
             meeting="Passen van de strohoed", at="vrijdag 18 juli om 17.00 uur",
             reason="het stro moet nog op de bol drogen"),
           "Passen op vrijdag",
           """
Hoi Femke,

Vrijdag moet ik het passen helaas afzeggen: het stro moet nog op de bol drogen.

Ik laat het je weten zodra de hoed klaar is.

Groetjes,
Roelof
""", "correct: first name, reason retold, no new time")),
    (A, ok(S("shorten", "Ir. Diederik Wassenburg", "Aaltje Kloppenborg", "formal", "regular",
             meeting="Workshop handzetten met loden letters", at="maandag 21 juli om 10.00 uur", dur=45,
             reason="de letterkast moet terug naar de gieterij"),
           "Workshop maandag wat korter",
           """
Geachte heer Wassenburg,

De letterkast moet terug naar de gieterij. De workshop handzetten begint maandag dus om tien uur, maar duurt drie kwartier.

Met vriendelijke groet,
Aaltje Kloppenborg
""", "correct: 'heer' + surname for 'Ir.', 'tien uur', 'drie kwartier'")),
    (A, ok(S("cancellation_policy", "Geertruida Scholtmeijer", "Hidde Veenhuizen", "formal", "new",
             pol={"notice_hours": 72, "fee_percent": 50}),
           "Annuleringsvoorwaarden hoedencursus",
           """
Geachte mevrouw Scholtmeijer,

Welkom bij de hoedencursus. U kunt kosteloos annuleren tot drie dagen van tevoren (72 uur); daarna blijft de helft van het cursusgeld (50%) verschuldigd.

Met vriendelijke groet,
Hidde Veenhuizen
""", "correct: 'drie dagen van tevoren (72 uur)', 'de helft (50%)'")),
    (B, ok(S("reschedule", "Dr. Sjoerd Hiemstra", "Marretje Boonstoppel", "formal", "key",
             meeting="Aanbrengen van de gangen op de botter", at="donderdag 14 augustus om 8.00 uur",
             props=["dinsdag 19 augustus om 8.00 uur", "woensdag 20 augustus om 13.30 uur"],
             reason="het eikenhout is nog te nat"),
           "Gangen van de botter",
           """
Geachte dr. Hiemstra,

Het eikenhout is nog te nat, dus ik leg donderdag om acht uur liever nog geen gangen aan.

Schikt dinsdag 19 augustus, zelfde tijd, of de dag erna om half twee?

Met vriendelijke groet,
Marretje Boonstoppel
""", "correct: 'dr.' + surname, 'zelfde tijd', 'de dag erna om half twee'")),
    (B, ok(S("switch_to_call", "Hendrika Zijlstra-Boer", "Jelle Oosterbaan", "formal", "regular",
             meeting="Keuze van het kantpatroon", at="maandag 18 augustus om 11.00 uur",
             reason="ik sta de hele week op de beurs in Brugge"),
           "Maandag telefonisch",
           """
Geachte mevrouw Zijlstra-Boer,

Ik sta de hele week op de beurs in Brugge. Kunnen we het kantpatroon maandag om elf uur telefonisch kiezen, op het afgesproken tijdstip?

Ik bel u dan.

Jelle Oosterbaan
""", "correct: 'elf uur', same slot as a call")),
    (B, ok(S("delegate", "Arend Spijkerboer", "Trijntje Hofstede", "formal", "regular",
             meeting="Breeuwen van de sloep", at="donderdag 21 augustus om 9.00 uur", col="Wiebe Nijdam"),
           "Breeuwen op donderdag",
           """
Geachte heer,

Donderdag 21 augustus ben ik niet op de werf. Mijn collega Wiebe Nijdam breeuwt uw sloep om 9 uur, zoals afgesproken.

Met vriendelijke groet,
Trijntje Hofstede
""", "correct: 'Geachte heer,' alone")),
    (B, ok(S("late_cancellation", "Cornelia Vredenburgh", "Bauke Terpstra", "formal", "regular",
             meeting="Les kantklossen", at="dinsdag 12 augustus om 15.00 uur",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Uw les van gisteren",
           """
Geachte mevrouw Vredenburgh,

U heeft de les kantklossen van gisteren binnen een dag (24 uur) afgezegd. Volgens onze voorwaarden is het volledige bedrag (100%) verschuldigd.

Met vriendelijke groet,
Bauke Terpstra
""", "correct: 'gisteren', 'binnen een dag (24 uur)', 'het volledige bedrag (100%)'")),
    (C, ok(S("decline", "Ottoline Brandsema", "Harmen de Kiewit", "formal", "new",
             meeting="Bladvergulden van de Lodewijk XV-lijst", at="donderdag 18 september om 14.00 uur",
             reason="de bolus is nog niet droog"),
           "Vergulden van de lijst",
           """
Geachte mevrouw,

Donderdag kan ik uw lijst niet vergulden: de bolus is nog niet droog en het bladgoud zou niet hechten.

Ik neem contact op zodra hij klaar is.

Harmen de Kiewit
""", "correct: 'Geachte mevrouw,' alone, weekday only")),
    (C, ok(S("switch_to_email", "Lambertus Kuipers-Dijk", "Sietske Wijbenga", "formal", "regular",
             meeting="Overleg over de bestelling kaarsen", at="vrijdag 19 september om 10.00 uur"),
           "Kaarsen: per mail",
           """
Beste meneer Kuipers-Dijk,

Zullen we de bestelling kaarsen per e-mail afstemmen in plaats van vrijdag om tien uur?

Stuurt u gerust uw vragen.

Sietske Wijbenga
""", "correct: 'Beste meneer', 'tien uur'")),
    (C, ok(S("no_show_followup", "Marijke Dolleman", "Evert Boschloo", "friendly", "regular",
             meeting="Workshop bijenwaskaarsen", at="donderdag 11 september om 18.00 uur",
             props=["donderdag 25 september om 18.00 uur"]),
           "De workshop van donderdag",
           """
Hoi Marijke,

Vorige week donderdag zagen we je niet bij de kaarsenworkshop, alles goed?

Als je wilt is er nog plek op de 25e, om zes uur 's avonds.

Evert
""", "correct: 'de 25e', 'zes uur 's avonds'")),
    (C, ok(S("reschedule", "Adriana Lubbersen", "Folkert Hazelhoff", "formal", "regular",
             meeting="Vergulden van de console", at="woensdag 17 september om 15.00 uur",
             props=["dinsdag 23 september om 15.00 uur"], reason="de Armeense bolus is niet aangekomen"),
           "Console: nieuwe afspraak",
           """
Geachte mevrouw Lubbersen,

De Armeense bolus is niet aangekomen, dus ik verschuif het vergulden van woensdag.

Komt dinsdag 23 september om drie uur 's middags u uit?

Folkert Hazelhoff
""", "correct: 'drie uur 's middags'")),
    (D, ok(S("decline", "Gijsbertus Harkema", "Lieke Beukenkamp", "formal", "regular",
             meeting="Bezoek aan de pers tijdens het ciderpersen", at="vrijdag 17 oktober om 10.00 uur",
             props=["dinsdag 21 oktober om 10.00 uur"], reason="de pers is in reparatie"),
           "Bezoek aan de pers",
           """
Geachte heer Harkema,

De pers is in reparatie, dus het bezoek van vrijdag gaat niet door.

Ik kan u dinsdag de 21e op hetzelfde tijdstip ontvangen.

Lieke Beukenkamp
""", "correct: 'dinsdag de 21e op hetzelfde tijdstip'")),
    (D, ok(S("shorten", "Tjeerd Vellinga", "Anouk Stegeman", "formal", "new",
             meeting="Kennismaking met het smeden van messen", at="donderdag 23 oktober om 14.00 uur", dur=90,
             reason="de smidse moet om 16.00 uur vrij zijn"),
           "Kennismaking donderdag",
           """
Geachte heer Vellinga,

De smidse moet om 16.00 uur vrij zijn, dus de kennismaking duurt donderdag anderhalf uur. We beginnen gewoon om twee uur.

Anouk Stegeman
""", "correct: '16.00 uur' from the reason, 'anderhalf uur', 'twee uur'")),
    (D, ok(S("switch_to_call", "Jikke Rozendaal", "Maarten-Jan Postma", "friendly", "regular",
             meeting="Appels kiezen voor de cider", at="maandag 20 oktober om 17.00 uur",
             props=["maandag 20 oktober om 17.30 uur"]),
           "Maandag bellen?",
           """
Hoi Jikke,

Zullen we de appels maandag telefonisch kiezen? Ik bel je om half zes, goed?

Maarten-Jan
""", "correct: 'half zes' for 17.30")),
    (D, ok(S("cancellation_policy", "Prof. Reinout Dijkhuizen", "Gerda Sleutjes", "formal", "new",
             meeting="Cursus messenmaken", at="maandag 27 oktober om 9.00 uur",
             pol={"notice_hours": 48, "deposit_percent": 30}),
           "Cursus messenmaken: voorwaarden",
           """
Geachte professor Dijkhuizen,

Uw plaats in de cursus messenmaken van maandag 27 oktober is bevestigd. De aanbetaling is 30%; u kunt kosteloos annuleren tot twee dagen van tevoren (48 uur).

Gerda Sleutjes
""", "correct: 'professor' + surname, 'twee dagen van tevoren (48 uur)'")),
    (E, ok(S("switch_to_email", "Johanna Krabbendam", "Ruurd Akkerboom", "formal", "key",
             meeting="Offerte voor het marqueteriewerk aan de secretaire", at="donderdag 20 november om 11.00 uur"),
           "Offerte secretaire",
           """
Geachte mevrouw Krabbendam,

Voor de offerte van het inlegwerk aan uw secretaire stel ik voor dat we het schriftelijk doen, in plaats van donderdag om elf uur.

Met vriendelijke groet,
Ruurd Akkerboom
""", "correct: meeting paraphrased, 'elf uur'")),
    (E, ok(S("delegate", "Bartholomeus Slingerland", "Ineke Wolthuis", "formal", "regular",
             meeting="Gieten van de tinnen bekers", at="dinsdag 25 november om 10.00 uur", col="Klaas-Jan Bijlsma"),
           "Gieten van de bekers",
           """
Geachte heer Slingerland,

Dinsdag de 25e ben ik afwezig. Klaas-Jan Bijlsma giet uw tinnen bekers om tien uur.

Met vriendelijke groet,
Ineke Wolthuis
""", "correct: 'dinsdag de 25e', 'tien uur'")),
    (E, ok(S("late_cancellation", "Petronella Haverkamp", "Sybren Kooistra", "formal", "regular",
             meeting="Workshop strohalm-marqueterie", at="maandag 17 november om 14.00 uur"),
           "Workshop van gisteren",
           """
Geachte mevrouw,

Ik heb uw afzegging voor de workshop van gistermiddag ontvangen. Dank dat u het liet weten.

Sybren Kooistra
""", "correct: no policy given, none stated; 'gistermiddag'")),
    (E, ok(S("no_show_followup", "Hubertus Mulderij", "Dieuwke Stellingwerf", "formal", "new",
             meeting="Demonstratie tingieten", at="donderdag 13 november om 16.00 uur",
             props=["woensdag 26 november om 16.00 uur", "donderdag 27 november om 10.00 uur"],
             pol={"notice_hours": 24, "fee_percent": 50}),
           "Demonstratie van vorige week",
           """
Geachte heer Mulderij,

We hebben vorige week donderdag op u gewacht bij de demonstratie tingieten. Volgens onze voorwaarden rekenen we bij wegblijven zonder een dag (24 uur) vooraf af te zeggen de helft (50%).

Ik kan u woensdag 26 november om 16.00 uur voorstellen, of de dag erna om tien uur.

Dieuwke Stellingwerf
""", "correct: policy in words, 'de dag erna om tien uur'")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Grietje Aalbersberg", "Wouter Nieuwenkamp", "formal", "regular",
              meeting="Drukken van de uitnodigingen", at="woensdag 16 juli om 10.00 uur",
              props=["maandag 21 juli om 10.00 uur"], reason="de degelpers is in onderhoud"),
            "Uitnodigingen: maandag 21 juli",
            """
Geachte mevrouw Aalbersberg,

De degelpers is in onderhoud. Ik stel voor het drukken van uw uitnodigingen te verplaatsen naar woensdag 16 juli om 10.00 uur.

Wouter Nieuwenkamp
""", "old slot offered as the new one")),
    (A, bad("name_near_miss", S("decline", "Lotte Vermeulen-Stam", "Hessel Boersma", "formal", "regular",
              meeting="Aanbrengen van de voile op het hoedje", at="donderdag 17 juli om 15.00 uur"),
            "Hoedje: donderdag",
            """
Geachte mevrouw Vermeulen-Stamm,

Donderdag om 15.00 uur kan ik de voile helaas niet op uw hoedje zetten. Ik neem snel contact op.

Hessel Boersma
""", "near-miss surname 'Vermeulen-Stamm'")),
    (A, bad("email_invented", S("switch_to_email", "Gerrit Zandbergen", "Fenna Lubbers", "formal", "new",
              meeting="Offerte voor briefpapier", at="vrijdag 18 juli om 11.00 uur"),
            "Offerte per mail",
            """
Geachte heer Zandbergen,

We kunnen de offerte voor uw briefpapier schriftelijk afhandelen in plaats van vrijdag om 11.00 uur. Mailt u mij op fenna.lubbers@ziggo.nl.

Fenna Lubbers
""", "private e-mail address nobody gave")),
    (A, bad("policy_invented", S("late_cancellation", "Anneke Spoelstra", "Jurre Dekkinga", "formal", "regular",
              meeting="Workshop hoedvilten", at="vrijdag 11 juli om 10.00 uur"),
            "Uw afzegging",
            """
Geachte mevrouw Spoelstra,

Ik heb uw late afzegging ontvangen. Omdat dit binnen 24 uur was, brengen we de helft van het cursusgeld in rekening.

Jurre Dekkinga
""", "notice and fee invented, no policy given")),
    (B, bad("time_recap_wrong", S("reschedule", "Tineke Schuttevaer", "Douwe Heeringa", "formal", "regular",
              meeting="Te water laten van de sloep", at="donderdag 14 augustus om 9.00 uur",
              props=["donderdag 21 augustus om 10.00 uur"], reason="de lak moet nog uitharden"),
            "Te water laten: donderdag 21 augustus",
            """
Geachte mevrouw Schuttevaer,

De lak moet nog uitharden, dus ik stel voor de sloep donderdag 21 augustus om 10.00 uur te water te laten.

Tot donderdag om 9 uur dan!

Douwe Heeringa
""", "closing recap names the old hour")),
    (B, bad("percent_swapped", S("cancellation_policy", "Willemijn Baarspul", "Koos Ridderhof", "formal", "new",
              pol={"notice_hours": 48, "fee_percent": 100, "deposit_percent": 25}),
            "Voorwaarden kantcursus",
            """
Geachte mevrouw Baarspul,

Voor de kantcursus is de aanbetaling 100%; bij annuleren binnen 48 uur blijft 25% van het cursusgeld verschuldigd.

Koos Ridderhof
""", "deposit and fee swapped")),
    (B, bad("title_or_company_invented", S("delegate", "Egbert Kamminga", "Saskia Doornbos", "formal", "regular",
              meeting="Herstel van de spiegel van de tjalk", at="woensdag 20 augustus om 14.00 uur", col="Ruben Sikkema"),
            "Herstel woensdag",
            """
Geachte heer Kamminga,

Woensdag om 14.00 uur herstelt Ruben Sikkema de spiegel van uw tjalk in mijn plaats.

Saskia Doornbos
Meester-scheepstimmerman | Scheepswerf Doornbos B.V.
""", "title and company invented")),
    (B, bad("foreign_paragraph", S("decline", "Jacobus Elzinga", "Marieke Tolsma", "formal", "regular",
              meeting="Presentatie van oude kant", at="dinsdag 19 augustus om 16.00 uur"),
            "Presentatie dinsdag",
            """
Geachte heer Elzinga,

Helaas moet ik de presentatie van oude kant van dinsdag om 16.00 uur afzeggen.

Bitte entschuldigen Sie die kurzfristige Absage; ich melde mich bald wieder bei Ihnen.

Marieke Tolsma
""", "German paragraph in a Dutch mail")),
    (C, bad("duration_wrong", S("shorten", "Aukje Feddema", "Pieter-Bas Lindhout", "formal", "regular",
              meeting="Les polimentvergulden", at="donderdag 18 september om 9.00 uur", dur=45),
            "Les donderdag",
            """
Geachte mevrouw Feddema,

De les vergulden begint donderdag om 9.00 uur, maar duurt maar een half uur.

Pieter-Bas Lindhout
""", "'een half uur' for 45")),
    (C, bad("phone_invented", S("no_show_followup", "Reinier Gorter", "Jolanda Prakke", "formal", "regular",
              meeting="Kaarsen gieten", at="donderdag 11 september om 14.00 uur",
              props=["maandag 22 september om 14.00 uur"]),
            "Kaarsen gieten",
            """
Geachte heer Gorter,

Vorige week donderdag hebben we u gemist. Ik kan u maandag 22 september om 14.00 uur voorstellen; belt u even naar 06 41 27 88 53 om te bevestigen.

Jolanda Prakke
""", "mobile number nobody gave")),
    (C, bad("weekday_wrong", S("reschedule", "Mirjam Oudejans", "Teun Wapstra", "formal", "regular",
              meeting="Vergulden van de spiegellijst", at="vrijdag 19 september om 10.00 uur",
              props=["donderdag 25 september om 10.00 uur"]),
            "Vergulden spiegellijst",
            """
Geachte mevrouw Oudejans,

Ik moet het vergulden van uw spiegellijst verzetten. Kunt u woensdag 25 september om 10.00 uur?

Teun Wapstra
""", "'woensdag 25 september' for donderdag")),
    (C, bad("link_invented", S("switch_to_call", "Laurens Bosgra", "Hilda Veltkamp", "formal", "new",
              meeting="Advies over bruiloftskaarsen", at="dinsdag 23 september om 11.00 uur"),
            "Advies telefonisch",
            """
Geachte heer Bosgra,

Zullen we het advies over uw bruiloftskaarsen telefonisch doen, dinsdag om 11.00 uur? Bevestigen kan via https://afspraak.kaarsenveltkamp.nl/bellen.

Hilda Veltkamp
""", "booking link nobody gave")),
    (D, bad("discount_invented", S("no_show_followup", "Sjoukje Haitsma", "Rutger Lammerink", "formal", "regular",
              meeting="Cider persen op de boerderij", at="vrijdag 10 oktober om 10.00 uur",
              props=["vrijdag 24 oktober om 10.00 uur"], reason="de klant was ziek"),
            "Persen van vrijdag",
            """
Geachte mevrouw Haitsma,

Ik hoop dat u weer beter bent. Ik kan u vrijdag 24 oktober om 10.00 uur voorstellen, met 15% korting op het persen.

Rutger Lammerink
""", "15% discount nobody gave")),
    (D, bad("colleague_wrong", S("delegate", "Ewout Scheepmaker", "Nienke Jellema", "formal", "regular",
              meeting="Slijpen van de keukenmessen", at="dinsdag 21 oktober om 15.00 uur", col="Gerlof Wijnstra"),
            "Slijpen op dinsdag",
            """
Geachte heer Scheepmaker,

Dinsdag om 15.00 uur slijpt Gerlof Wijstra uw keukenmessen in mijn plaats.

Nienke Jellema
""", "colleague near-missed: Wijstra for Wijnstra")),
    (D, bad("number_invented", S("switch_to_email", "Hillegonda Tuinstra", "Menno Ekkelkamp", "formal", "new",
              meeting="Bestelling cider in flessen", at="donderdag 16 oktober om 9.00 uur"),
            "Bestelling cider",
            """
Geachte mevrouw Tuinstra,

Laten we uw bestelling per e-mail regelen in plaats van donderdag om 9.00 uur. Ik heb nog 150 flessen van de laatste persing.

Menno Ekkelkamp
""", "stock number nobody gave")),
    (D, bad("place_changed", S("decline", "Olivier Nieuwlands", "Froukje Hettema", "formal", "regular",
              meeting="Demonstratie messenmaken in Sneek", at="woensdag 22 oktober om 14.00 uur"),
            "Demonstratie woensdag",
            """
Geachte heer Nieuwlands,

Helaas kan ik de demonstratie messenmaken in Bolsward woensdag om 14.00 uur niet geven. Excuses.

Froukje Hettema
""", "place changed: Bolsward for Sneek")),
    (E, bad("discount_invented", S("reschedule", "Jannigje Hoekstra", "Dirk-Jan Smeenge", "formal", "regular",
              meeting="Polijsten van de tinnen borden", at="woensdag 19 november om 16.00 uur",
              props=["dinsdag 25 november om 16.00 uur"], reason="de klant vroeg om iets als excuus"),
            "Polijsten: dinsdag",
            """
Geachte mevrouw Hoekstra,

Ik verzet het polijsten van uw borden naar dinsdag 25 november om 16.00 uur. Als excuus krijgt u 10% korting.

Dirk-Jan Smeenge
""", "10% discount licensed by the reason")),
    (E, bad("email_invented", S("switch_to_email", "Ludolf Westerhof", "Baukje Ploeger", "formal", "new",
              meeting="Offerte voor een ingelegd schaakbord", at="vrijdag 21 november om 11.00 uur"),
            "Offerte schaakbord",
            """
Geachte heer Westerhof,

Laten we de offerte voor het schaakbord per mail doen in plaats van vrijdag om 11.00 uur. Stuurt u uw wensen naar offertes@inlegwerkploeger.nl.

Baukje Ploeger
""", "department e-mail address nobody gave")),
    (E, bad("phone_invented", S("late_cancellation", "Aafke Terhorst", "Sander Molenkamp", "formal", "regular",
              meeting="Cursus tingieten", at="maandag 17 november om 9.00 uur"),
            "Uw afzegging",
            """
Geachte mevrouw Terhorst,

Ik heb uw afzegging voor de cursus van gisteren ontvangen. Voor een nieuwe datum kunt u me bellen op 0513 62 48 19.

Sander Molenkamp
""", "landline number nobody gave")),
    (E, bad("weekday_wrong", S("switch_to_call", "Bram Hoogeveen", "Wendela Kuiken", "formal", "regular",
              meeting="Keuze van het fineer voor het tafelblad", at="donderdag 20 november om 10.00 uur"),
            "Bellen op woensdag 20 november",
            """
Geachte heer Hoogeveen,

Zullen we het fineer voor uw tafelblad telefonisch kiezen, op het afgesproken tijdstip? Ik bel u om 10.00 uur.

Wendela Kuiken
""", "wrong weekday in the subject only: 'woensdag 20 november' for donderdag")),
]
