"""v9 Dutch records, written by hand (data-x, 2026-12-07). 001-020 correct, 021-040 flawed."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v9src._d import A, B, C, D, E


def S(*a, **k):
    return _S("nl", *a, **k)


RECORDS = [
(A, ok(S("reschedule", "Maartje Oosterveld", "Rutger Kolkman", "formal", "key",
        meeting="Overleg over de verbouwing van de bakkerij", at="donderdag 21 januari om 14.30 uur",
        props=("dinsdag 26 januari om 14.30 uur", "woensdag 27 januari om 9.00 uur"),
        reason="de constructeur heeft de tekeningen nog niet doorgerekend"),
    "Overleg verbouwing bakkerij: nieuwe datum",
    """Geachte mevrouw Oosterveld,

De constructeur heeft de tekeningen nog niet doorgerekend, en zonder die berekeningen heeft ons overleg over de verbouwing van de bakkerij morgen weinig zin.

Zou dinsdag 26 januari om half drie u schikken? Woensdag 27 januari om negen uur 's ochtends kan ook.

Met vriendelijke groet,
Rutger Kolkman""",
    "correct: 'morgen' = donderdag 21 from Wed 20, 'om half drie' for 14.30, 'om negen uur 's ochtends'")),
(A, ok(S("decline", "Joost Wiersma-Kok", "Femke Haverkamp", "friendly", "regular",
        meeting="Nieuwjaarsborrel van de hockeyclub", at="vrijdag 22 januari om 20.00 uur",
        reason="ik zit die avond met griep op de bank"),
    "Borrel vrijdag",
    """Hoi Joost,

Ik lig hier geveld door de griep, dus de nieuwjaarsborrel van de hockeyclub gaat vrijdag aan mijn neus voorbij. Proost er eentje op mijn gezondheid!

Groetjes,
Femke""",
    "correct: friendly, reason paraphrased, idiom 'aan mijn neus voorbij', 'eentje' not a number fact")),
(A, ok(S("late_cancellation", "Gerrit-Jan Wolters", "Sanne Breukink", "formal", "regular",
        meeting="Sportmassage", at="maandag 18 januari om 19.00 uur", props=("maandag 25 januari om 19.00 uur",),
        pol={"notice_hours": 24, "fee_percent": 50}),
    "Uw afspraak van maandag",
    """Beste meneer Wolters,

U heeft de sportmassage van maandagavond pas kort van tevoren afgezegd. Zoals in onze voorwaarden staat, brengen we bij afzeggen binnen een etmaal (24 uur) de helft van het tarief in rekening, dus 50%.

Wilt u een nieuwe afspraak? Maandag 25 januari om zeven uur 's avonds is nog vrij.

Met vriendelijke groet,
Sanne Breukink""",
    "correct: 'Beste meneer Wolters' (Gerrit-Jan Wolters), 'een etmaal (24 uur)', 'de helft ... 50%', 'zeven uur 's avonds'")),
(A, ok(S("cancellation_policy", "Ilse Dijkgraaf", "Maurits van Lingen", "formal", "new",
        pol={"notice_hours": 48, "deposit_percent": 25}),
    "Onze annuleringsvoorwaarden",
    """Geachte mevrouw Dijkgraaf,

Fijn dat u een fotoshoot bij ons wilt boeken. Voor de reservering vragen wij een aanbetaling van 25%. Moet u annuleren of verzetten, laat het ons dan minstens twee dagen (48 uur) van tevoren weten.

Met vriendelijke groet,
Maurits van Lingen""",
    "correct: no meeting, 'twee dagen (48 uur)'")),
(B, ok(S("shorten", "Hidde Brouwers", "Yvonne Kampstra", "formal", "regular",
        meeting="Jaargesprek over het onderhoudscontract van de liften", at="dinsdag 16 maart om 10.00 uur", dur=30,
        reason="ik moet om elf uur bij de notaris zijn"),
    "Jaargesprek dinsdag: een half uur",
    """Geachte heer Brouwers,

Dinsdag moet ik om elf uur bij de notaris zijn. Mag ik voorstellen ons jaargesprek over het onderhoudscontract in een half uur te doen, gewoon vanaf tien uur?

Ik stuur u vooraf de punten die ik wil bespreken.

Met vriendelijke groet,
Yvonne Kampstra""",
    "correct: 'een half uur' for 30, 'tien uur', 'elf uur' from the reason")),
(B, ok(S("switch_to_call", "Lotte Wijnands", "Bram Hoogendijk", "friendly", "regular",
        meeting="Koffie om de planning van de buurtmarkt door te nemen", at="vrijdag 12 maart om 10.00 uur",
        props=("vrijdag 12 maart om 10.15 uur",), reason="mijn dochter is ziek en ik blijf thuis"),
    "Morgen even bellen?",
    """Hoi Lotte,

Mijn dochter is ziek, dus ik blijf morgen thuis. Zullen we in plaats van koffie even bellen over de buurtmarkt? Ik bel je om kwart over tien, goed?

Groet,
Bram""",
    "correct: 'morgen' = vrijdag 12 from Thu 11, 'kwart over tien' for 10.15")),
(B, ok(S("no_show_followup", "Wilma Roelofsen", "Sjoerd Kuipers", "formal", "new",
        meeting="Kennismakingsgesprek over uw pensioenplan", at="woensdag 10 maart om 15.00 uur",
        props=("woensdag 17 maart om 15.00 uur", "vrijdag 19 maart om 11.00 uur")),
    "Ons gesprek van gisteren",
    """Geachte mevrouw Roelofsen,

Gistermiddag om drie uur had ik u verwacht voor een kennismakingsgesprek over uw pensioenplan. Misschien is er iets tussengekomen.

Ik kan u een nieuw moment aanbieden:
• woensdag 17 maart om 15.00 uur
• vrijdag 19 maart om 11.00 uur

Met vriendelijke groet,
Sjoerd Kuipers""",
    "correct: 'gistermiddag om drie uur' from Thu 11, slots as bullets")),
(B, ok(S("delegate", "Anouk Veldhuizen", "Thijs Mulderink", "formal", "key",
        meeting="Keuring van de nieuwe koelinstallatie", at="donderdag 18 maart om 8.30 uur",
        col="Marloes de Graaff", reason="ik ben die week op een beurs in Hannover"),
    "Keuring koelinstallatie 18 maart",
    """Geachte mevrouw Veldhuizen,

Die week sta ik op een beurs in Hannover. De keuring van uw nieuwe koelinstallatie op donderdag 18 maart om half negen gaat gewoon door: mijn collega Marloes de Graaff neemt die van mij over.

Met vriendelijke groet,
Thijs Mulderink""",
    "correct: 'om half negen' for 8.30, colleague with particle")),
(C, ok(S("switch_to_email", "Pieter-Bas Zandstra", "Esther Lambrechts", "formal", "regular",
        meeting="Bespreking van de offerte voor de dakisolatie", at="donderdag 10 juni om 13.00 uur",
        reason="er zijn maar twee kleine wijzigingen"),
    "Offerte dakisolatie",
    """Beste heer Zandstra,

In de offerte voor de dakisolatie zijn maar twee kleine wijzigingen doorgevoerd. Ik stel voor dat we de bespreking van donderdag laten vervallen en het per e-mail afhandelen; de aangepaste offerte stuur ik u toe.

Met vriendelijke groet,
Esther Lambrechts""",
    "correct: 'heer Zandstra' for Pieter-Bas Zandstra, 'twee kleine wijzigingen' from the reason")),
(C, ok(S("reschedule", "Koen Vlietstra", "Naomi Boersma", "friendly", "regular",
        meeting="Proefrit met de bakfiets met middenmotor", at="woensdag 9 juni om 16.00 uur",
        props=("vrijdag 11 juni om 16.00 uur", "maandag 14 juni om 17.30 uur"), reason="de accu wordt pas donderdag geleverd"),
    "Proefrit bakfiets",
    """Hé Koen,

Balen: de accu van de bakfiets komt pas donderdag binnen, dus morgen wordt het niks met de proefrit. Kan vrijdag op dezelfde tijd? Of anders maandag 14 juni om half zes.

Groetjes,
Naomi""",
    "correct: 'morgen' = woensdag 9 from Tue 8, 'vrijdag op dezelfde tijd', 'om half zes' for 17.30")),
(C, ok(S("decline", "Henriëtte Spanjaard", "Daan Rozendaal", "formal", "new",
        meeting="Presentatie van uw schoonmaakdiensten", at="dinsdag 15 juni om 11.00 uur",
        reason="wij hebben ons contract net met drie jaar verlengd"),
    "Uw presentatie",
    """Geachte mevrouw Spanjaard,

Dank voor uw uitnodiging. Wij hebben ons huidige schoonmaakcontract onlangs met drie jaar verlengd; een presentatie op dinsdag 15 juni zou daarom niet eerlijk zijn tegenover u.

Met vriendelijke groet,
Daan Rozendaal""",
    "correct: 'drie jaar' from the reason")),
(C, ok(S("no_show_followup", "Marijn Hofstede", "Carlijn Tuinstra", "friendly", "regular",
        meeting="Bijles wiskunde", at="maandag 7 juni om 16.30 uur", props=("donderdag 10 juni om 16.30 uur",),
        pol={"fee_percent": 100}),
    "Bijles van gisteren",
    """Hoi Marijn,

Gisteren om half vijf zat ik klaar voor de bijles wiskunde, maar je kwam niet opdagen. Alles goed?

Zoals afgesproken reken ik een gemiste les volledig. Zullen we donderdag 10 juni op dezelfde tijd verder gaan?

Carlijn""",
    "correct: 'om half vijf' for 16.30, 'volledig' for 100")),
(D, ok(S("late_cancellation", "Evert Brinkhuis", "Nicole Achterberg", "formal", "regular",
        meeting="Gebitsreiniging bij de mondhygiëniste", at="woensdag 11 augustus om 9.00 uur",
        props=("dinsdag 17 augustus om 9.00 uur",), pol={"notice_hours": 24, "fee_percent": 100}),
    "Uw afspraak van gisteren",
    """Geachte heer Brinkhuis,

Uw afzegging voor de gebitsreiniging van gisterochtend kwam binnen op de dag zelf. Volgens onze voorwaarden wordt een afspraak die minder dan 24 uur vooraf wordt afgezegd volledig in rekening gebracht.

Wij kunnen u opnieuw inplannen op dinsdag 17 augustus om negen uur.

Met vriendelijke groet,
Nicole Achterberg""",
    "correct: 'gisterochtend' from Thu 12, 'volledig' for 100")),
(D, ok(S("shorten", "Tamara Nijenhuis", "Wouter Scheltema", "friendly", "key",
        meeting="Repetitie van het bruiloftsorkest", at="vrijdag 13 augustus om 19.30 uur", dur=90,
        reason="de zaal moet om tien uur leeg zijn"),
    "Repetitie morgen",
    """Hoi Tamara,

De zaal moet morgen om tien uur leeg zijn, dus we houden de repetitie op anderhalf uur. Beginnen om half acht, dan zitten we precies goed.

Tot morgen!
Wouter""",
    "correct: 'anderhalf uur' for 90, 'om half acht' for 19.30, 'tien uur' from the reason")),
(D, ok(S("switch_to_call", "Reinout Bakhuizen", "Ellen Dijkhoff", "formal", "regular",
        meeting="Afspraak op kantoor over de jaarrekening", at="maandag 16 augustus om 11.00 uur",
        props=("maandag 16 augustus om 13.30 uur",),
        reason="ons kantoor is die week gesloten wegens een verhuizing"),
    "Jaarrekening: telefonisch",
    """Geachte heer Bakhuizen,

Ons kantoor is die week gesloten omdat we verhuizen. Zullen we de jaarrekening telefonisch doornemen, op maandag 16 augustus om half twee?

Met vriendelijke groet,
Ellen Dijkhoff""",
    "correct: 'om half twee' for 13.30")),
(D, ok(S("cancellation_policy", "Marieke Stegeman", "Jeroen Vos-Timmer", "formal", "regular",
        meeting="Begeleide kanotocht door de Biesbosch", at="zaterdag 21 augustus om 10.00 uur",
        pol={"notice_hours": 72, "fee_percent": 50, "deposit_percent": 20}),
    "Kanotocht 21 augustus: voorwaarden",
    """Beste mevrouw Stegeman,

Leuk dat u meegaat met de begeleide kanotocht door de Biesbosch op zaterdag 21 augustus om tien uur.

Ter herinnering onze voorwaarden: bij boeking vragen we een aanbetaling van 20%. Annuleert u minder dan drie dagen (72 uur) van tevoren, dan rekenen we de helft van de prijs (50%).

Met vriendelijke groet,
Jeroen Vos-Timmer""",
    "correct: aanbetaling 20%, 'drie dagen (72 uur)', 'de helft van de prijs (50%)'")),
(E, ok(S("delegate", "Frits Oudejans", "Marit Bosschaert", "formal", "regular",
        meeting="Intakegesprek voor de verkoop van uw woning", at="maandag 18 oktober om 14.00 uur",
        col="Sven Harmsen", reason="ik ben met zwangerschapsverlof"),
    "Intakegesprek maandag",
    """Geachte heer Oudejans,

Omdat ik met zwangerschapsverlof ga, neemt mijn collega Sven Harmsen het intakegesprek voor de verkoop van uw woning over. De afspraak blijft staan: maandag 18 oktober, twee uur 's middags.

Met vriendelijke groet,
Marit Bosschaert""",
    "correct: 'twee uur 's middags' for 14.00")),
(E, ok(S("switch_to_email", "Lieke Hoekstra", "Gijs Veenendaal", "friendly", "regular",
        meeting="Overleg over het draaiboek van het schoolfeest", at="donderdag 14 oktober om 20.00 uur",
        reason="het draaiboek is bijna af"),
    "Draaiboek schoolfeest",
    """Hoi Lieke,

Het draaiboek voor het schoolfeest is zo goed als af. Laten we het overleg van morgenavond overslaan en de laatste puntjes per mail regelen, scheelt ons allebei een avond.

Groet,
Gijs""",
    "correct: 'morgenavond' = donderdag 14 from Wed 13, 'een avond' idiom")),
(E, ok(S("reschedule", "Otto Lammers", "Esmee Draaisma", "formal", "new",
        meeting="Bezichtiging van de bedrijfsruimte in Deventer", at="vrijdag 15 oktober om 11.00 uur",
        props=("dinsdag 19 oktober om 11.00 uur", "donderdag 21 oktober om 15.30 uur"),
        reason="de huidige huurder heeft de ruimte nog niet ontruimd"),
    "Bezichtiging Deventer",
    """Geachte heer Lammers,

De huidige huurder heeft de bedrijfsruimte in Deventer nog niet ontruimd. Ik stel daarom voor de bezichtiging te verplaatsen naar dinsdag 19 oktober, zelfde tijd, of naar donderdag 21 oktober om half vier.

Met vriendelijke groet,
Esmee Draaisma""",
    "correct: 'zelfde tijd', 'om half vier' for 15.30")),
(E, ok(S("decline", "Tjitske Hoogland", "Ruben Schouwenaar", "friendly", "regular",
        meeting="Pubquiz in café De Zwaan", at="vrijdag 22 oktober om 20.30 uur",
        reason="ik ben dat weekend op Terschelling"),
    "Pubquiz",
    """Hoi Tjitske,

Dat weekend zit ik op Terschelling, dus de pubquiz in De Zwaan moet zonder mij. Win 'm voor ons allebei!

Ruben""",
    "correct: 'De Zwaan' without 'café', 'allebei' not a fact")),
# ---------------------------------------------------------------- flawed
(A, bad("time_swapped", S("reschedule", "Hannie Everts", "Coen Wijers", "formal", "regular",
        meeting="Oplevering van de nieuwe keuken", at="maandag 25 januari om 8.00 uur",
        props=("donderdag 28 januari om 8.00 uur",), reason="het werkblad is beschadigd geleverd"),
    "Oplevering keuken verplaatst",
    """Geachte mevrouw Everts,

Het werkblad is beschadigd geleverd. Daarom verplaatsen we de oplevering van uw nieuwe keuken van donderdag 28 januari naar maandag 25 januari, op hetzelfde tijdstip.

Met vriendelijke groet,
Coen Wijers""",
    "time_swapped: 'van donderdag 28 naar maandag 25' (meeting is maandag 25, new slot donderdag 28)")),
(A, bad("time_swapped", S("no_show_followup", "Gertjan Smeding", "Lisanne Pronk", "formal", "new",
        meeting="Intake bij de diëtist", at="dinsdag 19 januari om 10.30 uur", props=("vrijdag 22 januari om 9.00 uur",)),
    "Uw intake van gisteren",
    """Geachte heer Smeding,

Gisteren om negen uur had u een intake bij mij, maar u bent niet gekomen. Ik kan u een nieuwe afspraak aanbieden op vrijdag 22 januari om half elf.

Met vriendelijke groet,
Lisanne Pronk""",
    "time_swapped: hours exchanged (missed 10.30, offered 9.00)")),
(A, bad("time_recap_wrong", S("switch_to_call", "Dirkje Wesselink", "Hugo Tromp", "formal", "regular",
        meeting="Overleg over de subsidieaanvraag van de stichting", at="woensdag 27 januari om 15.00 uur",
        props=("woensdag 27 januari om 16.00 uur", "donderdag 28 januari om 10.00 uur"),
        reason="ik werk die week vanuit Groningen"),
    "Subsidieaanvraag: telefonisch",
    """Geachte mevrouw Wesselink,

Die week werk ik vanuit Groningen. Zullen we het overleg over de subsidieaanvraag telefonisch doen? Woensdag 27 januari om vier uur of donderdag 28 januari om tien uur komt mij goed uit.

Dus tot woensdag om drie uur aan de telefoon, tenzij u de donderdag verkiest.

Met vriendelijke groet,
Hugo Tromp""",
    "time_recap_wrong: recap 'woensdag om drie uur' (the old time) instead of vier uur")),
(A, bad("time_recap_wrong", S("reschedule", "Femmy Bloemendaal", "Arjen Stoffels", "friendly", "regular",
        meeting="Pianoles", at="donderdag 21 januari om 17.00 uur", props=("maandag 25 januari om 17.00 uur",),
        reason="ik heb een concert in Utrecht"),
    "Pianoles naar dinsdag 26 januari",
    """Hoi Femmy,

Morgen speel ik een concert in Utrecht, dus de pianoles moet verschuiven. Lukt maandag 25 januari, zelfde tijd?

Groetjes,
Arjen""",
    "time_recap_wrong: subject 'dinsdag 26 januari', the slot offered is maandag 25")),
(B, bad("weekday_wrong", S("decline", "Sietske Kooistra", "Laurens Hazenberg", "formal", "new",
        meeting="Rondleiding door uw nieuwe distributiecentrum", at="woensdag 17 maart om 13.00 uur",
        reason="wij zoeken voorlopig geen nieuwe logistieke partner"),
    "Rondleiding donderdag 17 maart",
    """Geachte mevrouw Kooistra,

Hartelijk dank voor de uitnodiging voor de rondleiding door uw nieuwe distributiecentrum op woensdag 17 maart. Wij zoeken voorlopig geen nieuwe logistieke partner en slaan de rondleiding daarom over.

Met vriendelijke groet,
Laurens Hazenberg""",
    "weekday_wrong: subject 'donderdag 17 maart' (a Wednesday); body right")),
(B, bad("weekday_wrong", S("reschedule", "Bart Lindeboom", "Ingrid Zwartjes", "formal", "regular",
        meeting="Halfjaarlijkse controle van de brandmeldcentrale", at="vrijdag 12 maart om 7.30 uur",
        props=("maandag 15 maart om 7.30 uur", "woensdag 17 maart om 13.00 uur"), reason="onze monteur is ziek"),
    "Controle brandmeldinstallatie",
    """Geachte heer Lindeboom,

Onze monteur is ziek, dus de halfjaarlijkse controle van uw brandmeldcentrale van morgen gaat niet door. Wij kunnen komen op maandag 15 maart om half acht of op donderdag 17 maart om één uur.

Met vriendelijke groet,
Ingrid Zwartjes""",
    "weekday_wrong: body 'donderdag 17 maart' (a Wednesday)")),
(B, bad("percent_swapped", S("late_cancellation", "Rinske Hofman", "Pim Arendsen", "formal", "regular",
        meeting="Workshop voorjaarsboeketten binden", at="woensdag 10 maart om 19.30 uur",
        pol={"notice_hours": 48, "fee_percent": 75, "deposit_percent": 25}),
    "Workshop van gisteren",
    """Geachte mevrouw Hofman,

Uw afmelding voor de workshop voorjaarsboeketten van gisteravond kwam pas op de dag zelf.

Volgens onze voorwaarden brengen we bij annuleren binnen 48 uur 25% van de prijs in rekening; de aanbetaling van 75% wordt daarmee verrekend.

Met vriendelijke groet,
Pim Arendsen""",
    "percent_swapped: fee 25% and deposit 75% (given fee 75, deposit 25)")),
(B, bad("percent_swapped", S("cancellation_policy", "Thom Grootveld", "Anja Meulenbelt", "formal", "new",
        pol={"fee_percent": 30, "deposit_percent": 50}),
    "Reserveren van de sloep",
    """Geachte heer Grootveld,

Fijn dat u onze sloep wilt huren. Bij annulering rekenen wij de helft van de huurprijs, en bij reservering vragen we een aanbetaling van 30%.

Met vriendelijke groet,
Anja Meulenbelt""",
    "percent_swapped: fee 'de helft' (50) and deposit 30% (given fee 30, deposit 50)")),
(C, bad("policy_invented", S("no_show_followup", "Wessel Vermaat", "Jolien Ekkel", "formal", "regular",
        meeting="Fysiotherapie voor uw schouder", at="maandag 7 juni om 8.30 uur", props=("vrijdag 11 juni om 8.30 uur",)),
    "Uw afspraak van gisteren",
    """Geachte heer Vermaat,

Gisterochtend om half negen had u een afspraak voor uw schouder, maar u bent niet verschenen. Een gemiste afspraak moeten wij helaas in rekening brengen.

Ik kan u vrijdag 11 juni op dezelfde tijd weer inplannen.

Met vriendelijke groet,
Jolien Ekkel""",
    "policy_invented: charging the missed session, no policy given")),
(C, bad("number_invented", S("delegate", "Loes Kamminga", "Teun Bolhuis", "formal", "key",
        meeting="Proeverij voor het jubileumdiner", at="donderdag 17 juni om 15.00 uur",
        col="Ricardo Snijder", reason="ik sta die dag in de keuken van ons tweede restaurant"),
    "Proeverij jubileumdiner",
    """Geachte mevrouw Kamminga,

Die dag sta ik in de keuken van ons tweede restaurant. De proeverij voor uw jubileumdiner, donderdag 17 juni om drie uur, wordt verzorgd door mijn collega Ricardo Snijder, die ook het menu voor uw 120 gasten heeft uitgewerkt.

Met vriendelijke groet,
Teun Bolhuis""",
    "number_invented: '120 gasten' nobody gave")),
(C, bad("discount_invented", S("reschedule", "Jasper Reinders", "Mirjam Tolsma", "formal", "regular",
        meeting="Plaatsing van de zonnepanelen", at="vrijdag 11 juni om 8.00 uur",
        props=("woensdag 16 juni om 8.00 uur",), reason="de klant wil weten of uitstel iets oplevert"),
    "Plaatsing zonnepanelen",
    """Geachte heer Reinders,

De plaatsing van uw zonnepanelen verschuift van vrijdag naar woensdag 16 juni, zelfde tijd. Als compensatie voor het uitstel krijgt u 5% korting op de installatiekosten.

Met vriendelijke groet,
Mirjam Tolsma""",
    "discount_invented: '5% korting' licensed only by the reason")),
(C, bad("link_invented", S("switch_to_email", "Yara Ploeger", "Niels Warnaar", "friendly", "regular",
        meeting="Avond om de fotoboeken van de reis uit te zoeken", at="dinsdag 15 juni om 20.00 uur",
        reason="we kunnen de foto's ook online delen"),
    "Fotoboek",
    """Hoi Yara,

De foto's kunnen we ook gewoon online delen, dus laten we dinsdagavond maar overslaan. Ik heb ze alvast gezet in photos.app.goo.gl/ReisFotoboekNW, kies jij je favorieten?

Niels""",
    "link_invented: a share link without scheme")),
(D, bad("email_invented", S("shorten", "Ronald Eilander", "Kim Heeringa", "formal", "regular",
        meeting="Evaluatiegesprek van het project", at="dinsdag 17 augustus om 13.00 uur", dur=45,
        reason="ik moet om twee uur bij een klant in Amersfoort zijn"),
    "Evaluatiegesprek dinsdag",
    """Geachte heer Eilander,

Dinsdag moet ik om twee uur bij een klant in Amersfoort zijn. Mag ik het evaluatiegesprek daarom inkorten tot drie kwartier, vanaf één uur?

Stuurt u uw punten vooraf naar kim.heeringa@ziggo.nl?

Met vriendelijke groet,
Kim Heeringa""",
    "email_invented: a private address")),
(D, bad("phone_invented", S("late_cancellation", "Demi van Wingerden", "Stijn Rouwenhorst", "friendly", "regular",
        meeting="Surfles", at="woensdag 11 augustus om 10.00 uur", props=("maandag 16 augustus om 10.00 uur",)),
    "Surfles",
    """Hoi Demi,

Jammer dat je gisteren last minute moest afzeggen! Maandag 16 augustus om tien uur is er weer plek. App even naar 06 41 27 93 58 als je komt.

Stijn""",
    "phone_invented: a Dutch mobile nobody gave")),
(D, bad("title_or_company_invented", S("switch_to_call", "Annemarie Bouwhuis", "Frank Zuidema", "formal", "new",
        meeting="Kennismaking over de inrichting van uw praktijk", at="donderdag 19 augustus om 10.00 uur",
        props=("donderdag 19 augustus om 16.00 uur",), reason="ik ben die ochtend op een bouwplaats"),
    "Kennismaking donderdag",
    """Geachte mevrouw Bouwhuis,

Donderdagochtend ben ik op een bouwplaats. Zullen we de kennismaking over de inrichting van uw praktijk telefonisch doen, dezelfde dag om vier uur?

Met vriendelijke groet,
Frank Zuidema
Zuidema Interieurarchitecten B.V.""",
    "title_or_company_invented: a company line under the signature")),
(D, bad("name_near_miss", S("decline", "Jorien Hamstra", "Klaas Deinum", "friendly", "regular",
        meeting="Barbecue van de volkstuinvereniging", at="zaterdag 21 augustus om 17.00 uur",
        reason="we zijn dan op vakantie in Frankrijk"),
    "Barbecue",
    """Hoi Jorine,

Dan zitten we in Frankrijk op vakantie, dus de barbecue van de volkstuin moet zonder ons. Veel plezier en eet een worstje voor mij!

Klaas""",
    "name_near_miss: 'Jorine' for Jorien")),
(E, bad("place_changed", S("reschedule", "Guus Westerhof", "Petra Leenders", "formal", "regular",
        meeting="Inspectie van het vakantiehuis in Renesse", at="donderdag 14 oktober om 11.00 uur",
        props=("maandag 18 oktober om 11.00 uur",), reason="de storm heeft de weg afgesloten"),
    "Inspectie vakantiehuis",
    """Geachte heer Westerhof,

Door de storm is de weg afgesloten, dus de inspectie van het vakantiehuis in Zierikzee kan morgen niet doorgaan. Ik stel maandag 18 oktober voor, om elf uur.

Met vriendelijke groet,
Petra Leenders""",
    "place_changed: Zierikzee for Renesse")),
(E, bad("place_changed", S("delegate", "Mirte Brandsma", "Olaf Kroeze", "formal", "regular",
        meeting="Overleg in de vestiging Apeldoorn over de personeelsplanning", at="dinsdag 19 oktober om 9.00 uur",
        col="Hanneke Wubs", reason="ik moet naar een spoedvergadering op het hoofdkantoor"),
    "Overleg personeelsplanning",
    """Geachte mevrouw Brandsma,

Ik moet dinsdag naar een spoedvergadering op het hoofdkantoor. Het overleg over de personeelsplanning in de vestiging Arnhem gaat door om negen uur, met mijn collega Hanneke Wubs.

Met vriendelijke groet,
Olaf Kroeze""",
    "place_changed: vestiging Arnhem for Apeldoorn")),
(E, bad("foreign_paragraph", S("switch_to_email", "Sander Hooijer", "Nadia El Khatib", "formal", "regular",
        meeting="Afstemming over de vertaling van de handleiding", at="woensdag 20 oktober om 14.00 uur",
        reason="alleen hoofdstuk vier moet nog worden nagekeken"),
    "Vertaling handleiding",
    """Geachte heer Hooijer,

Alleen hoofdstuk vier moet nog worden nagekeken; ik stel voor dat we de afstemming van woensdag laten vervallen en het verder per e-mail doen.

Ich schicke Ihnen das Kapitel mit meinen Anmerkungen, damit Sie es in Ruhe durchsehen können.

Met vriendelijke groet,
Nadia El Khatib""",
    "foreign_paragraph: one German paragraph")),
(E, bad("foreign_paragraph", S("no_show_followup", "Vera Tjoelker", "Maarten Gosselink", "formal", "new",
        meeting="Proefles yoga", at="dinsdag 12 oktober om 18.00 uur", props=("dinsdag 19 oktober om 18.00 uur",)),
    "Uw proefles",
    """Geachte mevrouw Tjoelker,

Gisteravond om zes uur stond uw proefles yoga gepland, maar u was er niet.

Should you still wish to try a class, you are very welcome next Tuesday at the same time, 19 October.

Met vriendelijke groet,
Maarten Gosselink""",
    "foreign_paragraph: one English paragraph")),
]
