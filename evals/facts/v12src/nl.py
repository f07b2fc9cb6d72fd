"""v12, Dutch: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v12src._d import A, B, C, D, E


def S(*a, **k):
    return _S("nl", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Wendelien Hoogstraten", "Joris van Eijsden", "formal", "regular",
             meeting="Gebitscontrole van uw paard Dapper", at="donderdag 20 januari om 10.00 uur",
             props=["dinsdag 25 januari om 10.00 uur", "woensdag 26 januari om 14.30 uur"],
             reason="onze mobiele praktijkwagen staat in de garage"),
           "Gebitscontrole Dapper verplaatst",
           """
Geachte mevrouw Hoogstraten,

Onze mobiele praktijkwagen staat in de garage, waardoor ik donderdag niet naar de stal kan komen voor de gebitscontrole van Dapper.

Ik kan wel op dinsdag 25 januari, op hetzelfde tijdstip (10.00 uur), of op woensdag 26 januari om half drie 's middags. Laat u mij weten wat het beste uitkomt?

Met vriendelijke groet,
Joris van Eijsden
""", "correct: 'om half drie 's middags' for 14.30, 'hetzelfde tijdstip'")),
    (A, ok(S("switch_to_call", "Ruben Vlaskamp", "Sanne Oudeman", "friendly", "regular",
             meeting="Bespreking van de vertaling van de jaarrekening", at="vrijdag 21 januari om 11.00 uur",
             reason="de trein naar Utrecht rijdt niet"),
           "Vrijdag even bellen?",
           """
Hoi Ruben,

Er rijden vrijdag geen treinen naar Utrecht, dus ik kom niet naar kantoor. Zullen we de vertaling van de jaarrekening gewoon telefonisch doornemen, om elf uur zoals gepland?

Groetjes,
Sanne
""", "correct: 'om elf uur zoals gepland', no proposed time")),
    (A, ok(S("no_show_followup", "Teuntje Brinkhorst", "Maarten Overduin", "formal", "regular",
             meeting="Pianoles voor gevorderden (Chopin-etudes)", at="maandag 17 januari om 16.00 uur",
             props=["maandag 24 januari om 16.00 uur", "donderdag 27 januari om 17.00 uur"]),
           "Pianoles van maandag",
           """
Beste mevrouw Brinkhorst,

Maandagmiddag heb ik op u gewacht voor de pianoles van vier uur. Ik hoop dat er niets ernstigs is gebeurd.

Wilt u de les inhalen? Dat kan maandag 24 januari op dezelfde tijd, of donderdag 27 januari om vijf uur.

Hartelijke groet,
Maarten Overduin
""", "correct: 'vier uur', 'vijf uur' in words, 'Beste mevrouw'")),
    (A, ok(S("cancellation_policy", "Gerbrand Slotboom", "Ilse Verkerk-Dalhuisen", "formal", "new",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Annuleringsvoorwaarden yogastudio",
           """
Geachte heer Slotboom,

Welkom bij onze studio! Voor een goede start zet ik onze annuleringsregel voor u op een rij: een les die u minder dan een etmaal van tevoren (24 uur) afzegt, wordt volledig in rekening gebracht.

Met vriendelijke groet,
Ilse Verkerk-Dalhuisen
""", "correct: no meeting, 'een etmaal (24 uur)', 100 % as 'volledig'")),
    (B, ok(S("decline", "Marijke Zwanenburg", "Thijmen Boerhave", "formal", "regular",
             meeting="Proeverij voor het jubileumdiner van de roeivereniging", at="donderdag 24 februari om 19.00 uur",
             reason="onze chef-kok is geblesseerd"),
           "Proeverij donderdag gaat niet door",
           """
Geachte mevrouw Zwanenburg,

Tot mijn spijt moet ik de proeverij voor het jubileumdiner van donderdagavond afzeggen: onze chef-kok is geblesseerd.

Zodra hij weer aan het fornuis staat, neem ik contact met u op.

Met vriendelijke groet,
Thijmen Boerhave
""", "correct: 'donderdagavond' for 19.00")),
    (B, ok(S("shorten", "Casper Wijnbergen", "Froukje Dijkgraaf", "friendly", "key",
             meeting="Oplevering van de nieuwe laptops op kantoor", at="vrijdag 25 februari om 13.00 uur",
             dur=30, reason="ik moet om half twee bij een storing in Zaandam zijn"),
           "Vrijdag: kort maar krachtig",
           """
Hoi Casper,

Vrijdag moet ik om half twee bij een storing in Zaandam zijn. Ik kom de laptops dus gewoon om 13.00 uur brengen, maar ik heb maar een half uur. Zet jij de gebruikersnamen alvast klaar?

Groet,
Froukje
""", "correct: 30 min as 'een half uur', reason's 'half twee' repeated")),
    (B, ok(S("delegate", "Hendrika Zeldenrust", "Bram Kooiman", "formal", "regular",
             meeting="Ondertekening van de samenlevingsovereenkomst", at="dinsdag 29 februari om 9.30 uur",
             col="Lieselot van Rijckevorsel", reason="ik ben die dag verhinderd wegens een spoedzaak"),
           "Ondertekening 29 februari",
           """
Geachte mevrouw Zeldenrust,

Door een spoedzaak ben ik op dinsdag 29 februari verhinderd. De ondertekening van uw samenlevingsovereenkomst gaat gewoon door om half tien: mijn collega Lieselot van Rijckevorsel neemt het van mij over. Zij is volledig op de hoogte.

Met vriendelijke groet,
Bram Kooiman
""", "correct: leap day, 'om half tien' for 9.30")),
    (B, ok(S("late_cancellation", "Olaf Terpstra", "Mirjam Kuiperij", "formal", "regular",
             meeting="Intake voor uw belastingaangifte", at="maandag 21 februari om 15.00 uur",
             props=["woensdag 1 maart om 15.00 uur"], pol={"notice_hours": 48, "fee_percent": 50},
             reason="zijn dochter moest met spoed naar het ziekenhuis"),
           "Nieuwe afspraak",
           """
Geachte heer Terpstra,

Wat vervelend dat uw dochter met spoed naar het ziekenhuis moest; ik hoop dat het inmiddels beter gaat.

Ik stel voor de intake voor uw belastingaangifte te verplaatsen naar woensdag 1 maart om 15.00 uur.

Voor de volledigheid: bij afzeggen korter dan twee dagen (48 uur) van tevoren brengen wij de helft van het tarief in rekening, dus 50%.

Met vriendelijke groet,
Mirjam Kuiperij
""", "correct: 'twee dagen (48 uur)', 'de helft … 50%'")),
    (C, ok(S("switch_to_email", "Annelot Dekema", "Wessel Hoorweg", "formal", "new",
             meeting="Kennismaking over de verbouwing van uw woonboerderij", at="maandag 20 maart om 10.00 uur",
             reason="ik zit die week op een bouwplaats in Groningen"),
           "Verbouwing woonboerderij",
           """
Geachte mevrouw Dekema,

Volgende week zit ik op een bouwplaats in Groningen, waardoor onze kennismaking van maandag niet doorgaat.

Zullen we per e-mail beginnen? Als u mij een paar foto's en de plattegrond van de woonboerderij stuurt, kan ik u al een eerste indruk geven.

Met vriendelijke groet,
Wessel Hoorweg
""", "correct: 'een paar foto's' (vague, no count)")),
    (C, ok(S("reschedule", "Jochem Baarsma", "Evelien Strijbosch", "friendly", "regular",
             meeting="Yin yoga privéles", at="vrijdag 17 maart om 18.30 uur",
             props=["dinsdag 21 maart om 18.30 uur", "donderdag 23 maart om 19.15 uur"],
             reason="de studio wordt geschilderd"),
           "Privéles verzet",
           """
Hoi Jochem,

De studio wordt vrijdag geschilderd, dus ik moet je privéles verzetten.

Past dinsdag 21/3 om half zeven? Of anders donderdag 23 maart om kwart over zeven.

Liefs,
Evelien
""", "correct: '21/3', 'half zeven' (18.30), 'kwart over zeven' (19.15)")),
    (C, ok(S("no_show_followup", "Diederik Scholtens", "Noortje Hazelhoff", "formal", "regular",
             meeting="Vervolgconsult voor de heup van uw hond Bas", at="dinsdag 14 maart om 11.15 uur",
             props=["woensdag 22 maart om 11.15 uur"], pol={"notice_hours": 24, "fee_percent": 50}),
           "Vervolgconsult Bas",
           """
Beste heer Scholtens,

Dinsdagochtend hadden we u verwacht voor het vervolgconsult van Bas, maar u bent niet gekomen. Ik hoop dat het goed gaat met hem.

Ik heb woensdag 22 maart om kwart over elf een plek voor u vrijgehouden.

Zoals u weet berekenen wij bij niet afzeggen binnen 24 uur vóór de afspraak 50% van het consult.

Met hartelijke groet,
Noortje Hazelhoff
""", "correct: 'kwart over elf', policy with its terms")),
    (C, ok(S("delegate", "Carolien Pruissen", "Gijsbert van Tongeren", "formal", "key",
             meeting="Controle van de nieuwe firewall", at="vrijdag 24 maart om 8.00 uur",
             col="Madelief Rozendaal", reason="ik geef die dag een training in Eindhoven"),
           "Firewall-controle vrijdag",
           """
Geachte mevrouw Pruissen,

Vrijdag geef ik een training in Eindhoven. De controle van uw nieuwe firewall om 8.00 uur gaat gewoon door; mijn collega Madelief Rozendaal neemt hem voor haar rekening. Ik heb haar alle details doorgegeven.

Met vriendelijke groet,
Gijsbert van Tongeren
""", "correct: plain delegate")),
    (D, ok(S("late_cancellation", "Linde Westerveld", "Koen Damsteegt", "friendly", "regular",
             meeting="Zangles voor de musicalauditie", at="dinsdag 25 april om 19.00 uur",
             props=["dinsdag 2 mei om 19.00 uur"], pol={"notice_hours": 24}),
           "Zangles van gisteren",
           """
Hoi Linde,

Geen probleem van gisteren! Zullen we de zangles voor je auditie volgende week dinsdag doen, 2 mei, om zeven uur?

Voor de volgende keer: laat het me graag een dag van tevoren (24 uur) weten.

Groetjes,
Koen
""", "correct: 'zeven uur', 'een dag van tevoren (24 uur)'")),
    (D, ok(S("decline", "Ferdinand Huisinga", "Wilma Ravesteijn", "formal", "regular",
             meeting="Bespreking van de cateringofferte", at="donderdag 27 april om 14.00 uur",
             reason="het is Koningsdag en onze zaak is dan gesloten"),
           "Bespreking 27 april",
           """
Geachte heer Huisinga,

Bij het inplannen is het mij ontgaan: donderdag 27 april is het Koningsdag en dan is onze zaak gesloten. De bespreking van de cateringofferte kan die dag dus helaas niet doorgaan.

Ik neem volgende week contact met u op voor een nieuwe afspraak.

Met vriendelijke groet,
Wilma Ravesteijn
""", "correct: Koningsdag as the reason, 'volgende week' vague")),
    (D, ok(S("switch_to_call", "Sietske Wouda", "Laurens Aalbersberg", "formal", "new",
             meeting="Adviesgesprek over uw vermogensaangifte", at="dinsdag 2 mei om 10.00 uur",
             props=["dinsdag 2 mei om 10.30 uur"], reason="ons kantoor wordt verbouwd"),
           "Adviesgesprek telefonisch",
           """
Geachte mevrouw Wouda,

Ons kantoor wordt verbouwd, waardoor ik u dinsdag niet kan ontvangen. Mag ik u in plaats daarvan bellen, op dezelfde dag om half elf? Een half uurtje later dan gepland, zodat ik mijn stukken ergens anders kan klaarleggen.

Met vriendelijke groet,
Laurens Aalbersberg
""", "correct: 'om half elf' (10.30), 'een half uurtje later' is the shift")),
    (D, ok(S("shorten", "Arend Blokzijl", "Vera Molenkamp", "formal", "regular",
             meeting="Bouwplaatsbezoek aan de aanbouw in Zwolle", at="vrijdag 28 april om 9.00 uur",
             dur=60, reason="de aannemer moet om tien uur weg"),
           "Bouwplaatsbezoek vrijdag",
           """
Beste heer Blokzijl,

De aannemer moet vrijdag om tien uur weg. Ons bouwplaatsbezoek aan de aanbouw in Zwolle begint gewoon om 9.00 uur, maar duurt dan één uur.

Met vriendelijke groet,
Vera Molenkamp
""", "correct: 60 min as 'één uur', reason's 'tien uur'")),
    (E, ok(S("switch_to_email", "Gertjan Huizinga-Boon", "Roosmarijn Ketelaar", "friendly", "regular",
             meeting="Afstemming over de ondertiteling van de documentaire", at="woensdag 14 juni om 15.00 uur",
             reason="ik zit midden in een spoedklus"),
           "Ondertiteling: per mail?",
           """
Hoi Gertjan,

Ik zit tot over mijn oren in een spoedklus, dus woensdag lukt niet. Zullen we de ondertiteling per mail afstemmen? Stuur me je opmerkingen maar, dan pak ik ze één voor één op.

Groet,
Roosmarijn
""", "correct: idioms 'tot over mijn oren', 'één voor één'")),
    (E, ok(S("reschedule", "Mathilde Verschuur", "Sjoerd Lankhorst", "formal", "key",
             meeting="Notariële akte voor de verkoop van het bedrijfspand", at="maandag 12 juni om 14.00 uur",
             props=["donderdag 15 juni om 14.00 uur", "dinsdag 20 juni om 9.00 uur"],
             reason="het kadaster heeft de stukken nog niet verwerkt"),
           "Passeren akte bedrijfspand",
           """
Geachte mevrouw Verschuur,

Het kadaster heeft de stukken nog niet verwerkt, waardoor het passeren van de akte voor de verkoop van het bedrijfspand op maandag niet door kan gaan.

Ik kan u de volgende momenten aanbieden:
- donderdag 15 juni om 14.00 uur;
- dinsdag 20 juni om 9.00 uur.

Mijn excuses voor het ongemak.

Met vriendelijke groet,
Sjoerd Lankhorst
""", "correct: recap list, 'passeren van de akte' paraphrase")),
    (E, ok(S("cancellation_policy", "Derk Nijenhuis", "Janneke Spoelstra", "formal", "regular",
             meeting="Catering voor het zomerfeest", at="vrijdag 23 juni om 17.00 uur",
             pol={"notice_hours": 336, "deposit_percent": 30, "fee_percent": 60}),
           "Zomerfeest 23 juni: voorwaarden",
           """
Geachte heer Nijenhuis,

Hartelijk dank voor uw bevestiging van de catering voor het zomerfeest op vrijdag 23 juni om 17.00 uur. Graag herinner ik u aan onze voorwaarden:

- aanbetaling: 30%;
- bij annulering korter dan twee weken (336 uur) van tevoren: 60% van het totaalbedrag.

Met vriendelijke groet,
Janneke Spoelstra
""", "correct: 'twee weken (336 uur)', each % with its own term")),
    (E, ok(S("late_cancellation", "Femke Valkhof", "Tobias Rensink", "formal", "regular",
             meeting="Bemiddelingsgesprek over de erfenis", at="donderdag 8 juni om 13.00 uur",
             props=["maandag 19 juni om 13.00 uur", "woensdag 21 juni om 10.00 uur"],
             pol={"notice_hours": 48, "deposit_percent": 25}, reason="haar broer kon niet komen"),
           "Nieuwe datum bemiddelingsgesprek",
           """
Beste mevrouw Valkhof,

Jammer dat het gisteren niet lukte nu uw broer niet kon komen. Ik stel twee nieuwe momenten voor: maandag 19 juni om één uur 's middags of woensdag 21 juni om tien uur.

Ik herinner u eraan dat wij een aanbetaling van 25% vragen en dat afzeggen tot 48 uur van tevoren kosteloos is.

Met vriendelijke groet,
Tobias Rensink
""", "correct: 'één uur 's middags', 'kosteloos' tied to the given 48 h notice")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Geertruida Molenaar-Bos", "Willem Oosterbeek", "formal", "regular",
             meeting="Bezichtiging van de bouwkavel met de architect", at="maandag 24 januari om 10.00 uur",
             props=["donderdag 27 januari om 10.00 uur", "vrijdag 28 januari om 15.00 uur"],
             reason="de grond is nog bevroren en de sonderingen kunnen niet"),
           "Bezichtiging bouwkavel",
           """
Geachte mevrouw Molenaar-Bos,

Omdat de grond nog bevroren is, kunnen de sonderingen niet worden uitgevoerd. Ik stel daarom voor de bezichtiging van de bouwkavel te verplaatsen van donderdag 27 januari naar maandag 24 januari om 10.00 uur, of naar vrijdag 28 januari om 15.00 uur.

Met vriendelijke groet,
Willem Oosterbeek
""", "old slot (ma 24) and first proposed (do 27) exchanged")),
    (A, bad("place_changed", S("delegate", "Reinier Valkenier", "Jolanda Haverkamp", "formal", "regular",
             meeting="Inspectie van de serverruimte in Amersfoort", at="woensdag 26 januari om 9.00 uur",
             col="Stefan Blaauwgeers", reason="ik lig met griep op bed"),
           "Inspectie serverruimte",
           """
Geachte heer Valkenier,

Ik lig met griep op bed. De inspectie van de serverruimte in Apeldoorn gaat woensdag om 9.00 uur gewoon door met mijn collega Stefan Blaauwgeers.

Met vriendelijke groet,
Jolanda Haverkamp
""", "place changed: Apeldoorn for Amersfoort")),
    (A, bad("foreign_paragraph", S("decline", "Hanneke Leeflang", "Douwe Sikkema", "formal", "regular",
             meeting="Proefles harp", at="zaterdag 22 januari om 11.00 uur",
             reason="mijn harp is in reparatie"),
           "Proefles zaterdag",
           """
Beste mevrouw Leeflang,

Mijn harp is in reparatie, dus de proefles van zaterdag moet ik helaas afzeggen.

Es tut mir wirklich leid. Sobald das Instrument zurück ist, melde ich mich bei Ihnen mit einem neuen Termin.

Met vriendelijke groet,
Douwe Sikkema
""", "second paragraph in German")),
    (A, bad("policy_invented", S("no_show_followup", "Tijs Eggermont", "Anouk Wesselink", "friendly", "regular",
             meeting="Hatha yoga les", at="dinsdag 18 januari om 20.00 uur",
             props=["dinsdag 25 januari om 20.00 uur"]),
           "Gisteravond",
           """
Hoi Tijs,

Gisteravond zag ik je niet bij de hatha yogales. Alles goed?

Volgende week dinsdag ben je weer welkom, zelfde tijd. Let wel: een gemiste les gaat normaal gesproken gewoon van je strippenkaart af.

Groetjes,
Anouk
""", "invented rule: missed lesson deducted from the card; no policy given")),
    (B, bad("time_recap_wrong", S("switch_to_call", "Wouter Doornbos", "Ellen Stavenuiter", "formal", "regular",
             meeting="Bespreking van uw aangifte erfbelasting", at="woensdag 23 februari om 14.00 uur",
             props=["woensdag 23 februari om 16.00 uur"], reason="ik ben met een been in het gips"),
           "Bespreking woensdag telefonisch",
           """
Geachte heer Doornbos,

Ik zit met mijn been in het gips en kan woensdag niet naar kantoor komen. Kunnen we de aangifte erfbelasting telefonisch bespreken, op dezelfde dag om vier uur?

Ik bel u dus woensdag om twee uur.

Met vriendelijke groet,
Ellen Stavenuiter
""", "recap names the old hour 'twee uur' for the offered 16.00")),
    (B, bad("weekday_wrong", S("reschedule", "Mirte Oldenhuis", "Pepijn Swart-Lammers", "friendly", "regular",
             meeting="Cellorepetitie voor het examen", at="donderdag 24 februari om 16.30 uur",
             props=["dinsdag 29 februari om 16.30 uur", "donderdag 2 maart om 17.00 uur"],
             reason="de pianist is ziek"),
           "Repetitie verzet naar woensdag 29 februari",
           """
Hoi Mirte,

De pianist is ziek, dus onze repetitie van donderdag gaat niet door. Kan jij op dinsdag 29 februari, zelfde tijd, of donderdag 2 maart om vijf uur?

Groetjes,
Pepijn
""", "subject 'woensdag 29 februari' (a Tuesday); body right")),
    (B, bad("percent_swapped", S("late_cancellation", "Gideon Roelofsen", "Charlotte Bleeker", "formal", "regular",
             meeting="Proeverij van het huwelijksbuffet", at="maandag 21 februari om 18.00 uur",
             props=["maandag 28 februari om 18.00 uur"], pol={"notice_hours": 48, "fee_percent": 25, "deposit_percent": 15},
             reason="zijn verloofde was ziek"),
           "Proeverij huwelijksbuffet",
           """
Geachte heer Roelofsen,

Beterschap voor uw verloofde! Wij kunnen de proeverij verzetten naar maandag 28 februari om 18.00 uur.

Ter herinnering: wij vragen 25% aanbetaling, en bij afzeggen binnen 48 uur brengen wij 15% van het totaal in rekening.

Met vriendelijke groet,
Charlotte Bleeker
""", "deposit 25% and fee 15% swapped")),
    (B, bad("number_invented", S("shorten", "Margriet Kamphuis", "Joost Tuinstra", "formal", "key",
             meeting="Workshop wachtwoordbeheer voor uw team", at="vrijdag 25 februari om 10.00 uur",
             dur=45, reason="ik moet daarna naar een storing bij een ziekenhuis"),
           "Workshop vrijdag ingekort",
           """
Geachte mevrouw Kamphuis,

Vrijdag moet ik na de workshop meteen door naar een storing bij een ziekenhuis. De workshop wachtwoordbeheer begint om 10.00 uur en duurt drie kwartier.

Ik reken op de twaalf deelnemers uit uw team die zich hebben opgegeven.

Met vriendelijke groet,
Joost Tuinstra
""", "invented head count 'twaalf deelnemers'")),
    (C, bad("discount_invented", S("reschedule", "Otto Brouwershaven", "Lisanne Wolthuis", "formal", "regular",
             meeting="Vertaalsessie voor de gebruiksaanwijzing", at="vrijdag 17 maart om 13.00 uur",
             props=["dinsdag 21 maart om 13.00 uur", "woensdag 22 maart om 10.00 uur"],
             reason="de klant vroeg om korting omdat de planning verschuift"),
           "Vertaalsessie verplaatst",
           """
Geachte heer Brouwershaven,

Ik moet onze vertaalsessie van vrijdag verplaatsen. Schikt dinsdag 21 maart om 13.00 uur of woensdag 22 maart om 10.00 uur?

Omdat de planning verschuift, geef ik u 10% korting op deze opdracht.

Met vriendelijke groet,
Lisanne Wolthuis
""", "10% discount licensed only by the reason")),
    (C, bad("link_invented", S("switch_to_email", "Aukje Heerema", "Bastiaan Vrolijk", "friendly", "regular",
             meeting="Keuze van de tegels voor de badkamer", at="dinsdag 21 maart om 15.00 uur",
             reason="de showroom is dicht"),
           "Tegels kiezen per mail",
           """
Hoi Aukje,

De showroom is dinsdag dicht. Zullen we de tegels per mail kiezen? Kijk even op www.tegelhuisvrolijk.nl/collectie en stuur me je favorieten.

Groet,
Bastiaan
""", "invented web link")),
    (C, bad("email_invented", S("no_show_followup", "Cornelis Boschloo", "Iris van Leeuwaarden", "formal", "new",
             meeting="Eerste consult voor uw konijnen", at="woensdag 15 maart om 10.30 uur",
             props=["maandag 20 maart om 10.30 uur"]),
           "Consult van gisteren",
           """
Geachte heer Boschloo,

Gisteren hadden we een eerste consult voor uw konijnen gepland, maar we hebben u niet gezien. Wij kunnen u maandag 20 maart om half elf ontvangen.

U kunt ook mailen naar iris@dierenkliniekleeuwaarden.nl om een ander moment te kiezen.

Met vriendelijke groet,
Iris van Leeuwaarden
""", "invented e-mail address")),
    (C, bad("phone_invented", S("cancellation_policy", "Wietske Offringa", "Rutger Bakhuizen", "formal", "new",
             pol={"notice_hours": 72, "fee_percent": 50}),
           "Annuleringsvoorwaarden muziekschool",
           """
Geachte mevrouw Offringa,

Welkom bij de muziekschool. Lessen kunnen tot drie dagen (72 uur) van tevoren kosteloos worden afgezegd; daarna rekenen wij 50% van het lesgeld.

Afzeggen kan via 06 41 73 28 90.

Met vriendelijke groet,
Rutger Bakhuizen
""", "invented phone number")),
    (D, bad("title_or_company_invented", S("switch_to_call", "Hidde Wassenaar", "Mariëlle Groeneveld", "formal", "regular",
             meeting="Controle van uw btw-aangifte", at="dinsdag 2 mei om 11.00 uur",
             props=["woensdag 3 mei om 11.00 uur"], reason="ik werk die week vanuit huis"),
           "Btw-aangifte telefonisch",
           """
Geachte heer Wassenaar,

Ik werk volgende week vanuit huis. Zullen we uw btw-aangifte telefonisch controleren, woensdag 3 mei om 11.00 uur?

Met vriendelijke groet,

Mariëlle Groeneveld RB
Senior belastingadviseur, Groeneveld Fiscaal Advies B.V.
""", "invented title and company in the signature")),
    (D, bad("name_near_miss", S("decline", "Evert-Jan Dijksterhuis", "Loes Brandsma", "formal", "regular",
             meeting="Bezoek aan de proefkeuken", at="vrijdag 28 april om 15.00 uur",
             reason="de keuken wordt gekeurd door de voedselautoriteit"),
           "Bezoek proefkeuken",
           """
Geachte heer Dijkserhuis,

Vrijdag wordt onze keuken gekeurd door de voedselautoriteit. Het bezoek aan de proefkeuken kan daardoor helaas niet doorgaan; ik kom snel bij u terug met een nieuw voorstel.

Met vriendelijke groet,
Loes Brandsma
""", "greeting 'Dijkserhuis' for Dijksterhuis (a dropped letter)")),
    (D, bad("place_changed", S("reschedule", "Sjaak Hoefnagels", "Nienke Buitenhuis", "formal", "regular",
             meeting="Opname van het koor in de kerk van Kampen", at="zaterdag 29 april om 14.00 uur",
             props=["zaterdag 6 mei om 14.00 uur", "zondag 7 mei om 15.00 uur"],
             reason="de kerk is die dag bezet voor een huwelijk"),
           "Koor-opname verplaatst",
           """
Geachte heer Hoefnagels,

De kerk is zaterdag bezet voor een huwelijk, dus de opname van het koor in de kerk van Zwolle moet verschuiven. Kan het op zaterdag 6 mei om 14.00 uur of zondag 7 mei om 15.00 uur?

Met vriendelijke groet,
Nienke Buitenhuis
""", "place changed: Zwolle for Kampen")),
    (D, bad("foreign_paragraph", S("late_cancellation", "Ingeborg Meulenbelt", "Frits Harkema", "formal", "regular",
             meeting="Yogales op locatie", at="maandag 24 april om 12.00 uur",
             props=["maandag 8 mei om 12.00 uur"], pol={"notice_hours": 24, "fee_percent": 100},
             reason="een vergadering liep uit"),
           "Yogales op locatie",
           """
Geachte mevrouw Meulenbelt,

Dank voor uw bericht. Wij kunnen de yogales op locatie inhalen op maandag 8 mei om 12.00 uur.

Bitte beachten Sie: Bei einer Absage weniger als 24 Stunden vorher berechnen wir die volle Stunde.

Met vriendelijke groet,
Frits Harkema
""", "policy paragraph in German")),
    (E, bad("time_swapped", S("late_cancellation", "Quinten Holtrop", "Renske Weijers", "friendly", "regular",
             meeting="Drumles", at="woensdag 7 juni om 16.00 uur",
             props=["woensdag 14 juni om 17.00 uur"], pol={"notice_hours": 24}, reason="zijn fiets was gestolen"),
           "Drumles inhalen",
           """
Hoi Quinten,

Balen van je fiets! We halen de drumles in op woensdag 14 juni om vier uur.

Laat het me de volgende keer een dag van tevoren weten (24 uur).

Groet,
Renske
""", "offered day carries the old hour (vier uur = 16.00) instead of 17.00")),
    (E, bad("time_recap_wrong", S("reschedule", "Elske Postma", "Hugo Drenthen", "formal", "regular",
             meeting="Oplevering van de verbouwde keuken", at="maandag 12 juni om 10.00 uur",
             props=["vrijdag 16 juni om 10.00 uur", "dinsdag 20 juni om 13.00 uur"],
             reason="het aanrechtblad is verkeerd geleverd"),
           "Oplevering keuken: vrijdag 16 juni om 11.00 uur",
           """
Geachte mevrouw Postma,

Het aanrechtblad is verkeerd geleverd, waardoor de oplevering van uw verbouwde keuken maandag niet kan plaatsvinden.

Ik stel voor: vrijdag 16 juni om 10.00 uur of dinsdag 20 juni om 13.00 uur.

Met vriendelijke groet,
Hugo Drenthen
""", "subject names 11.00 for the offered 10.00")),
    (E, bad("weekday_wrong", S("delegate", "Bartel Lubbers", "Gonnie Zijlstra", "formal", "regular",
             meeting="Nazorggesprek na de operatie van uw kat Pip", at="dinsdag 13 juni om 15.00 uur",
             col="Thom Wolters", reason="ik ben op een congres in Gent"),
           "Nazorggesprek Pip",
           """
Geachte heer Lubbers,

Ik ben op een congres in Gent. Het nazorggesprek voor Pip op woensdag 13 juni om 15.00 uur gaat door met mijn collega Thom Wolters.

Met vriendelijke groet,
Gonnie Zijlstra
""", "body 'woensdag 13 juni' (a Tuesday)")),
    (E, bad("percent_swapped", S("cancellation_policy", "Anneloes Bergsma", "Pieter-Jan Vonk", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 75, "deposit_percent": 25}),
           "Voorwaarden tolkopdracht",
           """
Geachte mevrouw Bergsma,

Voor uw tolkopdracht gelden de volgende voorwaarden: bij opdracht vragen wij een aanbetaling van drie kwart van het bedrag (75%), en bij annuleren binnen 48 uur rekenen wij een kwart (25%).

Met vriendelijke groet,
Pieter-Jan Vonk
""", "deposit 75% and fee 25% swapped, each in words and digits")),
]
