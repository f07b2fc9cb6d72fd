"""v24, Dutch: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v24src._d import A, B, C, D, E


def S(*a, **k):
    return _S("nl", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("cancellation_policy", "Femke Oudhuysen", "Jorrit Kammeraat", "formal", "new",
             meeting="Saunadag voor uw personeelsuitje", at="vrijdag 27 januari om 13.00 uur",
             pol={"notice_hours": 72, "deposit_percent": 25}),
           "Annuleringsvoorwaarden saunadag",
           """
Geachte mevrouw Oudhuysen,

Dank voor uw reservering van de saunadag voor uw personeelsuitje op vrijdag 27 januari om 13.00 uur.

Bij de reservering vragen wij een aanbetaling van 25%. Tot drie dagen van tevoren (72 uur) kunt u kosteloos annuleren; daarna houden wij de aanbetaling in.

Met vriendelijke groet,
Jorrit Kammeraat
""", "correct: policy in words and numbers, deposit with its own term")),
    (A, ok(S("reschedule", "Sjoerd Bakhuizen", "Lieke Vrielink", "friendly", "regular",
             meeting="Trimbeurt voor Dropje", at="woensdag 18 januari om 10.00 uur",
             props=["dinsdag 24 januari om 14.30 uur", "donderdag 26 januari om 9.00 uur"],
             reason="mijn trimtafel is kapot"),
           "Dropje: even verzetten",
           """
Hoi Sjoerd,

Balen: mijn trimtafel is kapot, dus woensdag kan ik Dropje niet trimmen.

Zou dinsdag de 24e om half drie lukken? Anders kan donderdag 26 januari ook, om negen uur 's ochtends.

Laat maar weten wat jullie het beste uitkomt!

Groetjes,
Lieke
""", "correct: 'de 24e', 'om half drie', 'negen uur 's ochtends', friendly")),
    (A, ok(S("no_show_followup", "Marijke Tuinhout", "Wessel Hoogcarspel", "formal", "regular",
             meeting="Privésauna met hottub", at="zaterdag 14 januari om 19.30 uur",
             props=["zaterdag 21 januari om 19.30 uur"]),
           "Uw reservering van afgelopen zaterdag",
           """
Beste mevrouw Tuinhout,

Afgelopen zaterdag hadden wij de privésauna met hottub voor u klaarstaan, maar u bent niet gekomen. Ik hoop dat alles in orde is.

Als u wilt, kunnen wij de reservering verplaatsen naar zaterdag 21 januari, op hetzelfde tijdstip.

Met vriendelijke groet,
Wessel Hoogcarspel
""", "correct: 'afgelopen zaterdag' said of 14 Jan, 'hetzelfde tijdstip'")),
    (A, ok(S("decline", "Gerolf Nijenhuis", "Anouk Ribberink", "formal", "new",
             meeting="Slijpen van uw schaatsen en ski's", at="maandag 23 januari om 17.00 uur",
             reason="wij slijpen geen noren"),
           "Uw vraag over het slijpen",
           """
Geachte heer Nijenhuis,

Dank voor uw aanvraag. Helaas slijpen wij geen noren, en daarom kan ik uw afspraak van maandag niet aannemen.

Met vriendelijke groet,
Anouk Ribberink
""", "correct: short decline, reason retold")),
    (B, ok(S("switch_to_email", "Hester Wolterbeek", "Daan Kloosterboer", "friendly", "regular",
             meeting="Overleg over de kleur van de saunabanken", at="donderdag 9 februari om 11.00 uur"),
           "Saunabanken: even mailen?",
           """
Hoi Hester,

Zullen we het overleg over de kleur van de saunabanken gewoon per mail doen, in plaats van donderdag om elf uur?

Groet,
Daan
""", "correct: 'om elf uur', friendly")),
    (B, ok(S("late_cancellation", "Teunis Ravesteijn", "Noor Bleijenberg", "formal", "regular",
             meeting="Vachtverzorging voor uw twee collies", at="maandag 6 februari om 9.30 uur",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Uw afmelding van gisteren",
           """
Geachte heer Ravesteijn,

Uw afmelding voor de vachtverzorging van uw twee collies van gisteren, maandag om half tien, kwam binnen korter dan een dag (24 uur) van tevoren.

Volgens onze voorwaarden brengen wij in dat geval het volledige bedrag (100%) in rekening.

Met vriendelijke groet,
Noor Bleijenberg
""", "correct: 'gisteren' of Monday 6 Feb said on Tuesday 7, 'half tien', policy in words")),
    (B, ok(S("switch_to_call", "ir. Rutger Hofstede", "Maaike Steggink", "formal", "key",
             meeting="Oplevering van de buitensauna", at="woensdag 15 februari om 10.00 uur",
             props=["woensdag 15 februari om 15.00 uur"], reason="de weg naar uw huis is afgesloten"),
           "Oplevering: telefonisch",
           """
Geachte heer Hofstede,

De weg naar uw huis is woensdag afgesloten. Ik stel daarom voor de oplevering van de buitensauna telefonisch door te nemen, op dezelfde dag maar om drie uur 's middags in plaats van om tien uur.

Ik hoor graag of dat schikt.

Met vriendelijke groet,
Maaike Steggink
""", "correct: 'geachte heer' + surname (title ir. given, not required), old time named as replaced")),
    (B, ok(S("shorten", "Willemijn Koopmans", "Thijs Abbenhuis", "formal", "regular",
             meeting="Skiservice voor het gezin", at="vrijdag 10 februari om 16.00 uur", dur=45,
             reason="de werkplaats sluit om vijf uur"),
           "Skiservice vrijdag wat korter",
           """
Beste mevrouw Koopmans,

Omdat de werkplaats vrijdag om vijf uur sluit, heb ik voor de skiservice van uw gezin drie kwartier. We beginnen gewoon om vier uur.

Met vriendelijke groet,
Thijs Abbenhuis
""", "correct: 'drie kwartier' for 45, 'vijf uur' from the reason, 'vier uur'")),
    (C, ok(S("reschedule", "Ankie Verheijden", "Bram Tolsma", "formal", "regular",
             meeting="Vervanging van de saunakachel", at="donderdag 9 maart om 8.00 uur",
             props=["dinsdag 14 maart om 8.00 uur"], reason="de nieuwe kachel is nog niet geleverd"),
           "Nieuwe datum voor uw saunakachel",
           """
Beste mevrouw Verheijden,

De nieuwe kachel is nog niet geleverd, dus de vervanging kan donderdag helaas niet doorgaan.

Kan ik dinsdag 14 maart komen, om acht uur 's ochtends?

Met vriendelijke groet,
Bram Tolsma
""", "correct: 'acht uur 's ochtends'")),
    (C, ok(S("delegate", "Evert Kuipers-Laan", "Sanne Dijkhuizen", "friendly", "regular",
             meeting="Plukbeurt voor Bommel", at="maandag 13 maart om 13.30 uur",
             col="Roos Westerveld", reason="ik ga een week op wintersport"),
           "Bommel gaat naar Roos",
           """
Hoi Evert,

Ik ga een week op wintersport, dus maandag doet Roos Westerveld de plukbeurt van Bommel, gewoon om half twee.

Tot gauw,
Sanne
""", "correct: colleague exact, 'half twee'")),
    (C, ok(S("decline", "Gerdien Hovingh", "Pepijn Lammertink", "friendly", "key",
             meeting="Saunabouw in jullie tuinhuis", at="vrijdag 17 maart om 9.00 uur",
             reason="het tuinhuis is te klein voor een kachel"),
           "Sauna in het tuinhuis",
           """
Hoi Gerdien,

Ik heb goed nagedacht over de sauna in jullie tuinhuis, maar ik moet het helaas afzeggen. Het tuinhuis is gewoon te klein voor een kachel, en ik wil jullie niets bouwen waar ik zelf niet achter sta.

Dat vind ik echt jammer, want ik had er veel zin in. Vrijdag kom ik dus niet.

Ik hoop dat jullie het begrijpen.

Hartelijke groet,
Pepijn
""", "correct: longer friendly decline, no alternative offered")),
    (C, ok(S("cancellation_policy", "Koenraad Mulderij", "Ilse Veltkamp", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Onze annuleringsregeling",
           """
Geachte heer Mulderij,

U vroeg naar onze annuleringsregeling voor trimafspraken. Annuleren kan kosteloos tot twee dagen (48 uur) voor de afspraak; daarna rekenen wij de helft van het tarief (50%).

Met vriendelijke groet,
Ilse Veltkamp
""", "correct: policy without a meeting, 'de helft' next to 50%")),
    (D, ok(S("switch_to_call", "Machteld Brouwers", "Jelle Wijnbergen", "friendly", "regular",
             meeting="Advies over langlaufski's", at="maandag 27 maart om 19.00 uur"),
           "Langlaufski's: even bellen?",
           """
Hoi Machteld,

Zullen we maandag om zeven uur 's avonds gewoon even bellen over je langlaufski's, in plaats van dat je naar de winkel komt?

Groetjes,
Jelle
""", "correct: 'zeven uur 's avonds', same time")),
    (D, ok(S("late_cancellation", "Bartel Zwanenburg", "Inge Reinders", "formal", "regular",
             meeting="Infraroodsessie voor twee personen", at="woensdag 22 maart om 18.00 uur"),
           "Uw afmelding van gisteravond",
           """
Geachte heer Zwanenburg,

Dank voor uw bericht over de infraroodsessie van gisteravond. Jammer dat het niet doorging; wij zien u graag een andere keer.

Met vriendelijke groet,
Inge Reinders
""", "correct: 'gisteravond' of 22 March 18.00 said on 23 March, no policy given, none stated")),
    (D, ok(S("switch_to_email", "Lotte van Walsum", "Gijs Rozendaal", "formal", "new",
             meeting="Kennismaking over een trimabonnement", at="vrijdag 31 maart om 10.30 uur",
             reason="ik ben die week op een vakbeurs"),
           "Trimabonnement per e-mail",
           """
Beste mevrouw Van Walsum,

Die week ben ik op een vakbeurs, dus de kennismaking van vrijdag om half elf lukt niet. Zullen we het trimabonnement per e-mail bespreken?

Met vriendelijke groet,
Gijs Rozendaal
""", "correct: 'half elf', 'mevrouw Van Walsum'")),
    (D, ok(S("delegate", "drs. Arjen Beuzekom", "Fenna Oldenhof", "formal", "regular",
             meeting="Onderhoud van de sauna in uw praktijk", at="dinsdag 28 maart om 7.30 uur",
             col="Ruben Hazelhoff"),
           "Onderhoud sauna: Ruben Hazelhoff",
           """
Geachte heer Beuzekom,

Het onderhoud van de sauna in uw praktijk op dinsdag om half acht wordt uitgevoerd door mijn collega Ruben Hazelhoff.

Met vriendelijke groet,
Fenna Oldenhof
""", "correct: colleague exact, 'half acht'")),
    (E, ok(S("shorten", "Trijntje Hamstra", "Olaf Brinkerink", "friendly", "regular",
             meeting="Epileer- en knipbeurt voor Pluk", at="dinsdag 28 februari om 11.00 uur", dur=60),
           "Pluk dinsdag: iets korter",
           """
Hoi Trijntje,

Dinsdag heb ik helaas maar een uur voor Pluk. Om elf uur zoals afgesproken!

Groetjes,
Olaf
""", "correct: 'een uur' for 60, 'om elf uur'")),
    (E, ok(S("decline", "Reinout Overdijk", "Jasmijn Pasveer", "formal", "new",
             meeting="Skiverhuur voor de schoolreis", at="maandag 6 maart om 8.00 uur",
             props=["donderdag 9 maart om 8.00 uur"], reason="al onze ski's zijn maandag verhuurd"),
           "Skiverhuur voor de schoolreis",
           """
Geachte heer Overdijk,

Helaas zijn al onze ski's maandag verhuurd, zodat wij de schoolreis niet kunnen helpen.

Donderdag 9 maart om acht uur hebben wij nog wel ski's beschikbaar, als dat voor de school een optie is.

Met vriendelijke groet,
Jasmijn Pasveer
""", "correct: given alternative, 'acht uur'")),
    (E, ok(S("reschedule", "Aaltje Scholtens", "Mees Verhoeff", "friendly", "key",
             meeting="Bouw van de saunacabine op zolder", at="woensdag 1 maart om 8.30 uur",
             props=["maandag 6 maart om 8.30 uur", "dinsdag 7 maart om 12.00 uur"],
             reason="het hout is beschadigd geleverd"),
           "Saunacabine: nieuwe startdatum",
           """
Hoi Aaltje,

Vervelend nieuws: het hout voor jullie saunacabine is beschadigd geleverd. Ik begin er liever niet aan met planken die niet goed zijn, dus woensdag gaat niet door.

Ik kan maandag 6 maart beginnen, hetzelfde tijdstip, of dinsdag de 7e vanaf twaalf uur.

Ik weet dat jullie er erg naar uitkijken, en het spijt me echt. Laat maar weten welke dag jullie het beste past.

Hartelijke groet,
Mees
""", "correct: 'hetzelfde tijdstip', 'de 7e', 'vanaf twaalf uur'")),
    (E, ok(S("no_show_followup", "Hendrikje Spoelstra", "Kasper Mollema", "formal", "regular",
             meeting="Ski-onderhoud voor uw zoons", at="woensdag 22 februari om 16.00 uur"),
           "Uw afspraak van woensdag",
           """
Beste mevrouw Spoelstra,

Woensdag om vier uur hadden wij de ski's van uw zoons verwacht, maar u bent niet langsgekomen. Ik hoop dat alles goed is.

Met vriendelijke groet,
Kasper Mollema
""", "correct: no new slot given, none offered")),
    # ------------------------------------------------------------------ flawed
    (A, bad("name_near_miss", S("reschedule", "Dieuwke Harkema", "Stijn Bolwerk", "formal", "regular",
             meeting="Trimbeurt voor uw poedel", at="donderdag 19 januari om 9.00 uur",
             props=["woensdag 25 januari om 9.00 uur"]),
           "Trimbeurt verzetten",
           """
Beste mevrouw Harkama,

Mag ik de trimbeurt van uw poedel verzetten naar woensdag 25 januari om 9.00 uur?

Met vriendelijke groet,
Stijn Bolwerk
""", "'Harkama' for Harkema")),
    (A, bad("time_recap_wrong", S("switch_to_call", "Wouter Eilander", "Nina Kaspers", "formal", "regular",
             meeting="Offerte voor een barrelsauna", at="vrijdag 20 januari om 10.00 uur",
             props=["maandag 23 januari om 13.30 uur"]),
           "Offerte telefonisch",
           """
Geachte heer Eilander,

Dank voor uw interesse in een barrelsauna. Omdat er nog een paar keuzes open staan, lijkt het mij handiger om de offerte eerst telefonisch door te nemen.

Zullen we dat maandag 23 januari om 13.30 uur doen, in plaats van de afspraak op vrijdag? Dan bel ik u op het afgesproken moment.

Tot maandag om één uur!

Met vriendelijke groet,
Nina Kaspers
""", "recap 'om één uur' for 13.30")),
    (A, bad("link_invented", S("no_show_followup", "Lisanne Brouwershaven", "Tim Hekkert", "friendly", "regular",
             meeting="Vachtbeurt voor Snuf", at="vrijdag 13 januari om 15.00 uur"),
           "Snuf vrijdag",
           """
Hoi Lisanne,

Vrijdag hebben we jullie met Snuf gemist. Een nieuwe afspraak kun je maken via www.trimsalonhekkert.nl/afspraak.

Groetjes,
Tim
""", "booking link nobody gave")),
    (A, bad("place_changed", S("decline", "Gijsbert Vrolijk", "Ellen Starink", "formal", "new",
             meeting="Skiles en sauna in Winterberg", at="zaterdag 28 januari om 9.00 uur",
             reason="de groep is vol"),
           "Skiles en sauna",
           """
Geachte heer Vrolijk,

Helaas is de groep voor de skiles en sauna in Willingen al vol.

Met vriendelijke groet,
Ellen Starink
""", "Winterberg changed to Willingen")),
    (B, bad("weekday_wrong", S("reschedule", "Marloes Tichelaar", "Ruud Brinkhorst", "formal", "regular",
             meeting="Plaatsing van het saunaraam", at="woensdag 8 februari om 9.00 uur",
             props=["vrijdag 17 februari om 9.00 uur"]),
           "Saunaraam: nieuwe afspraak donderdag 17 februari",
           """
Beste mevrouw Tichelaar,

Ik moet de plaatsing van het saunaraam van woensdag verzetten. Past vrijdag 17 februari om 9.00 uur?

Met vriendelijke groet,
Ruud Brinkhorst
""", "subject says 'donderdag 17 februari': 17 February 2034 is a Friday")),
    (B, bad("percent_swapped", S("cancellation_policy", "Joost Nieuwenhuis", "Merel Steenbergen", "formal", "new",
             pol={"notice_hours": 24, "fee_percent": 75, "deposit_percent": 15}),
           "Annuleringsvoorwaarden",
           """
Geachte heer Nieuwenhuis,

Bij een reservering vragen wij een aanbetaling van 75%. Annuleert u later dan 24 uur van tevoren, dan rekenen wij 15% van het tarief.

Met vriendelijke groet,
Merel Steenbergen
""", "deposit (15%) and fee (75%) exchanged")),
    (B, bad("email_invented", S("switch_to_email", "Annemarie Bolkestein", "Koen Lubbers", "formal", "regular",
             meeting="Keuze van het skimodel", at="maandag 13 februari om 17.00 uur"),
           "Skimodel per mail",
           """
Beste mevrouw Bolkestein,

Laten we het skimodel per mail kiezen in plaats van maandag. Stuur uw vragen naar koen.lubbers@kpnmail.nl.

Met vriendelijke groet,
Koen Lubbers
""", "private address nobody gave")),
    (B, bad("foreign_paragraph", S("late_cancellation", "Hidde Oosterwijk", "Sterre Vloedgraven", "formal", "regular",
             meeting="Avondsauna met opgietingen", at="zaterdag 4 februari om 20.00 uur"),
           "Uw afmelding",
           """
Geachte heer Oosterwijk,

Dank voor uw afmelding voor de avondsauna met opgietingen van zaterdag.

Wir hoffen, Sie bald wieder bei uns begrüßen zu dürfen.

Met vriendelijke groet,
Sterre Vloedgraven
""", "German paragraph in a Dutch mail")),
    (C, bad("duration_wrong", S("shorten", "Fokje Dijkstra-Post", "Roel Huisman", "formal", "regular",
             meeting="Gezamenlijke trimles voor puppy-eigenaren", at="donderdag 16 maart om 19.00 uur", dur=50),
           "Trimles korter",
           """
Beste mevrouw Dijkstra-Post,

Donderdag duurt de trimles een half uur, vanaf 19.00 uur.

Met vriendelijke groet,
Roel Huisman
""", "'een half uur' for 50 minutes")),
    (C, bad("time_swapped", S("reschedule", "Pieternel Jongbloed", "Arnoud Vleeming", "formal", "regular",
             meeting="Inspectie van de saunaventilatie", at="vrijdag 10 maart om 14.00 uur",
             props=["woensdag 15 maart om 11.00 uur"]),
           "Inspectie verplaatst",
           """
Beste mevrouw Jongbloed,

Excuses voor de late wijziging. Ik moet de inspectie van de saunaventilatie verplaatsen: de afspraak van woensdag 15 maart om 11.00 uur gaat helaas niet door.

Schikt vrijdag 10 maart om 14.00 uur?

Laat u mij weten of dat uitkomt?

Met vriendelijke groet,
Arnoud Vleeming
""", "old and new slot exchanged")),
    (C, bad("discount_invented", S("decline", "Tjeerd Brandsma", "Iris Kwakernaak", "formal", "new",
             meeting="Slijpen van twintig paar verhuurski's", at="maandag 20 maart om 8.00 uur",
             reason="de machine is in onderhoud"),
           "Slijpen verhuurski's",
           """
Geachte heer Brandsma,

De machine is in onderhoud en we kunnen de twintig paar verhuurski's maandag niet slijpen. Bij uw volgende opdracht krijgt u 15% korting.

Met vriendelijke groet,
Iris Kwakernaak
""", "15% discount nobody gave")),
    (C, bad("phone_invented", S("switch_to_call", "Geesje Luitjens", "Mark Doornbos", "friendly", "regular",
             meeting="Uitleg over de saunabesturing", at="dinsdag 14 maart om 20.00 uur"),
           "Saunabesturing: bellen",
           """
Hoi Geesje,

Zal ik je dinsdag om acht uur gewoon bellen over de saunabesturing? Of bel mij op 06 41 72 95 38.

Mark
""", "mobile number nobody gave")),
    (D, bad("title_or_company_invented", S("reschedule", "Lambert Heijnekamp", "Carlijn Opstal", "formal", "regular",
             meeting="Keuring van de hottub", at="maandag 27 maart om 9.00 uur",
             props=["donderdag 30 maart om 9.00 uur"]),
           "Keuring hottub",
           """
Geachte heer Heijnekamp,

Kan de keuring van de hottub naar donderdag 30 maart om 9.00 uur?

Met vriendelijke groet,
ing. Carlijn Opstal
Opstal Wellnesstechniek B.V.
""", "title and company nobody gave")),
    (D, bad("colleague_wrong", S("delegate", "Gonnie Westendorp", "Victor Heemskerk", "formal", "regular",
             meeting="Trimbeurt voor uw labradoodle", at="woensdag 29 maart om 10.00 uur",
             col="Esmée Tolhuis"),
           "Trimbeurt door Esmée",
           """
Beste mevrouw Westendorp,

Woensdag om 10.00 uur trimt mijn collega Esmée Tollhuis uw labradoodle.

Met vriendelijke groet,
Victor Heemskerk
""", "colleague 'Tollhuis' for Tolhuis")),
    (D, bad("number_invented", S("late_cancellation", "Barend Hulshof", "Yara Zijlstra", "formal", "regular",
             meeting="Ski-onderhoud voor de skiclub", at="woensdag 22 maart om 18.00 uur"),
           "Afmelding ski-onderhoud",
           """
Geachte heer Hulshof,

Ik heb uw afmelding voor het onderhoud van de veertien paar ski's van de skiclub ontvangen.

Met vriendelijke groet,
Yara Zijlstra
""", "'veertien paar' nobody gave")),
    (D, bad("policy_invented", S("no_show_followup", "Wilma Ottenhof", "Bas Vreugdenhil", "formal", "new",
             meeting="Proefsessie in de panoramasauna", at="zaterdag 18 maart om 11.00 uur"),
           "Proefsessie zaterdag",
           """
Beste mevrouw Ottenhof,

Zaterdagochtend hadden wij de panoramasauna voor uw proefsessie klaarstaan, maar u bent helaas niet gekomen. Ik hoop dat er niets ernstigs aan de hand is.

Wij rekenen in dat geval de helft van het sessietarief.

Als u het nog eens wilt proberen, bent u natuurlijk van harte welkom.

Met vriendelijke groet,
Bas Vreugdenhil
""", "policy nobody gave")),
    (E, bad("name_near_miss", S("switch_to_email", "Jacoba Hylkema", "Frits Bonnema", "formal", "regular",
             meeting="Onderhoudsplan voor de sauna", at="maandag 27 februari om 14.00 uur"),
           "Onderhoudsplan per e-mail",
           """
Beste mevrouw Hylkama,

Zullen we het onderhoudsplan per e-mail afstemmen in plaats van maandag om 14.00 uur?

Met vriendelijke groet,
Frits Bonnema
""", "'Hylkama' for Hylkema")),
    (E, bad("email_invented", S("delegate", "Hugo Stoffelsen", "Nienke Wagenvoort", "formal", "regular",
             meeting="Wassen en föhnen van uw newfoundlander", at="donderdag 2 maart om 9.00 uur",
             col="Demi Kalverboer"),
           "Afspraak met Demi Kalverboer",
           """
Geachte heer Stoffelsen,

Donderdag om 9.00 uur neemt Demi Kalverboer uw newfoundlander over. U kunt haar bereiken via demi.kalverboer@gmail.com.

Met vriendelijke groet,
Nienke Wagenvoort
""", "colleague's private address nobody gave")),
    (E, bad("place_changed", S("reschedule", "Klaske Hoekstra", "Jeroen Slagboom", "friendly", "regular",
             meeting="Saunamiddag in Zwolle", at="zaterdag 25 februari om 14.00 uur",
             props=["zaterdag 4 maart om 14.00 uur"]),
           "Saunamiddag verzetten",
           """
Hoi Klaske,

Kunnen we de saunamiddag in Deventer verzetten naar zaterdag 4 maart om 14.00 uur?

Jeroen
""", "Zwolle changed to Deventer")),
    (E, bad("duration_wrong", S("shorten", "Egbert Marsman", "Fleur Kampinga", "formal", "regular",
             meeting="Saunaworkshop voor beginners", at="woensdag 1 maart om 19.30 uur", dur=90),
           "Saunaworkshop korter",
           """
Geachte heer Marsman,

De saunaworkshop duurt woensdag een uur, vanaf 19.30 uur.

Met vriendelijke groet,
Fleur Kampinga
""", "'een uur' for 90 minutes")),
]
