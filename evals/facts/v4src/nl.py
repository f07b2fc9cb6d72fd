"""Dutch v4 records, each written out by hand (held out). (today, record) pairs."""

from __future__ import annotations

from v2src._rec import S, bad, ok

A, B, C, D, E = "2026-12-10", "2027-02-09", "2027-04-21", "2027-06-24", "2027-10-05"
L = "nl"

RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S(L, "reschedule", "mr. Floor Dekkers", "Joost Verhaegen", "formal", "key",
             meeting="Bespreking van de huurovereenkomst Strijp-S", at="dinsdag 15 december om 14.30 uur",
             props=["donderdag 17 december om 10.00 uur", "maandag 21 december om 14.30 uur"],
             reason="een spoedzitting bij de rechtbank"),
           "Bespreking huurovereenkomst Strijp-S: nieuwe data",
           """
Geachte mevrouw Dekkers,

Door een spoedzitting bij de rechtbank kan ik dinsdag 15 december om half drie helaas niet aanwezig zijn bij de bespreking van de huurovereenkomst Strijp-S.

Zou donderdag 17 december om 10 uur of maandag 21 december op hetzelfde tijdstip als dinsdag u schikken?

Met vriendelijke groet,
Joost Verhaegen
""", "correct: 'Geachte mevrouw Dekkers' for mr. Floor Dekkers, 14.30 as 'half drie', 'op hetzelfde tijdstip'")),
    (B, ok(S(L, "reschedule", "Sanne Kuijpers", "Ruben Oosterhuis", "friendly", "regular",
             meeting="Overleg over de nieuwe webshop", at="woensdag 10 februari om 11.00 uur",
             props=["vrijdag 12 februari om 15.00 uur"], reason="mijn auto is kapot"),
           "Webshopoverleg morgen",
           """
Hoi Sanne,

Mijn auto heeft de geest gegeven, dus morgen om elf uur gaat ons overleg over de nieuwe webshop niet lukken. Kan het ook vrijdag om drie uur 's middags?

Groetjes,
Ruben
""", "correct: 'morgen om elf uur' (today Tue 9, meeting Wed 10), 15.00 as 'drie uur 's middags'")),
    (C, ok(S(L, "reschedule", "dr. Maarten Vlietstra", "Ilse Brouwers", "formal", "new",
             meeting="Kennismaking over het onderzoeksproject", at="vrijdag 23 april om 9.30 uur",
             props=["donderdag 29 april om 13.00 uur"], reason="een sterfgeval in de familie"),
           "Kennismaking onderzoeksproject",
           """
Geachte heer Vlietstra,

Door een sterfgeval in de familie moet ik onze kennismaking over het onderzoeksproject van vrijdag om half tien helaas verzetten.

Mag ik u donderdag 29 april om 13.00 uur voorstellen?

Met vriendelijke groet,
Ilse Brouwers
""", "correct: 'Geachte heer Vlietstra' for dr., 'half tien' for 9.30")),
    (E, ok(S(L, "reschedule", "Wouter Hoogeveen", "Lotte Schipper", "formal", "regular",
             meeting="Kwartaaloverleg met de inkoopafdeling", at="donderdag 7 oktober om 10.00 uur",
             props=["dinsdag 12 oktober om 10.00 uur", "woensdag 13 oktober om 15.30 uur"],
             reason="een audit die uitloopt"),
           "Kwartaaloverleg: twee alternatieven",
           """
Beste Wouter,

De audit waar ik in zit loopt uit, waardoor ik donderdag om 10 uur niet bij het kwartaaloverleg met de inkoopafdeling kan zijn.

Past dinsdag 12 oktober, zelfde tijd, of woensdag 13 oktober om half vier?

Met vriendelijke groet,
Lotte Schipper
""", "correct: 'zelfde tijd' for 10.00, 15.30 as 'half vier'")),
    (D, ok(S(L, "decline", "Hendrik Zwanenburg", "Esther Mulder", "formal", "new",
             meeting="Demo van het planningssysteem", at="woensdag 30 juni om 14.00 uur",
             reason="we zijn net met een ander systeem gestart"),
           "Demo planningssysteem 30 juni",
           """
Geachte heer Zwanenburg,

Hartelijk dank voor de uitnodiging voor de demo van het planningssysteem op woensdag 30 juni. Omdat we net met een ander systeem zijn gestart, sla ik deze keer over.

Wie weet tot een volgende keer.

Met vriendelijke groet,
Esther Mulder
""", "correct: polite decline, reason paraphrased")),
    (A, ok(S(L, "decline", "Marloes Terpstra", "Bas van Rijswijk", "friendly", "key",
             meeting="Kerstborrel van de ondernemersvereniging", at="vrijdag 18 december om 17.00 uur",
             reason="de kerstvoorstelling van mijn dochter"),
           "Kerstborrel vrijdag",
           """
Hoi Marloes,

Vrijdag speelt mijn dochter in de kerstvoorstelling, dus de kerstborrel van de ondernemersvereniging moet ik helaas laten schieten. Duizendmaal excuses, proost er eentje voor mij mee!

Groet,
Bas
""", "correct: idioms 'duizendmaal excuses', 'er eentje'")),
    (B, ok(S(L, "shorten", "ir. Tjeerd Bosma", "Nathalie de Ridder", "formal", "regular",
             meeting="Technisch overleg over de brugrenovatie", at="donderdag 18 februari om 13.00 uur",
             dur=45, reason="een inspectie aan het eind van de middag"),
           "Technisch overleg 18 februari: korter",
           """
Geachte heer Bosma,

Vanwege een inspectie aan het eind van de middag stel ik voor het technisch overleg over de brugrenovatie op donderdag 18 februari om 13.00 uur tot drie kwartier te beperken.

Met vriendelijke groet,
Nathalie de Ridder
""", "correct: 45 min as 'drie kwartier'")),
    (D, ok(S(L, "shorten", "Jelle Wagenaar", "Femke Bakhuis", "friendly", "regular",
             meeting="Teamsessie over de zomercampagne", at="dinsdag 29 juni om 9.00 uur",
             dur=30, reason="ik moet om tien uur bij de tandarts zijn"),
           "Sessie dinsdag: half uurtje?",
           """
Hé Jelle,

Ik moet dinsdag om tien uur bij de tandarts zijn. Zullen we de teamsessie over de zomercampagne in een half uurtje doen, gewoon om negen uur?

Thanks!
Femke
""", "correct: 30 min as 'een half uurtje', 'tien uur' from the reason, 'negen uur' for 9.00")),
    (C, ok(S(L, "switch_to_call", "Annemiek Roelofs", "Pieter-Jan Claessens", "formal", "key",
             meeting="Jaargesprek op het hoofdkantoor in Zwolle", at="maandag 26 april om 11.00 uur",
             reason="de wegwerkzaamheden op de A28"),
           "Jaargesprek 26 april telefonisch?",
           """
Geachte mevrouw Roelofs,

Door de wegwerkzaamheden op de A28 is Zwolle maandag lastig bereikbaar. Zou u het goed vinden om ons jaargesprek telefonisch te voeren, op het afgesproken tijdstip van 11.00 uur?

Met hartelijke groet,
Pieter-Jan Claessens
""", "correct: same time kept, 'A28' from the reason, Zwolle from the meeting")),
    (E, ok(S(L, "switch_to_call", "Daan Veldhuis", "Eline Smit", "friendly", "new",
             meeting="Koffie over het fotoproject", at="vrijdag 8 oktober om 10.00 uur",
             props=["vrijdag 8 oktober om 10.30 uur"], reason="ik zit vast thuis met een zieke kat"),
           "Koffie vrijdag",
           """
Hoi Daan,

Mijn kat is ziek en ik kan vrijdag niet de deur uit. Zullen we in plaats van koffie even bellen over het fotoproject, om half elf in plaats van tien uur?

Groetjes,
Eline
""", "correct: 10.30 as 'half elf', old time named as old")),
    (B, ok(S(L, "switch_to_email", "drs. Roel Kampen", "Yara Dijkstra", "formal", "regular",
             meeting="Overleg over de subsidieaanvraag", at="maandag 15 februari om 15.00 uur",
             reason="er zijn nog maar drie vragen open"),
           "Subsidieaanvraag: per e-mail",
           """
Geachte heer Kampen,

Er staan voor de subsidieaanvraag nog maar drie vragen open. Ik stel daarom voor het overleg van maandag 15 februari per e-mail af te handelen; u ontvangt de vragen morgen.

Met vriendelijke groet,
Yara Dijkstra
""", "correct: 'drie vragen' from the reason, 'morgen' is not a meeting time")),
    (C, ok(S(L, "switch_to_email", "Noor Hendriks", "Thijs van Beek", "friendly", "key",
             meeting="Brainstorm over het jubileumfeest", at="woensdag 28 april om 16.00 uur",
             props=["woensdag 5 mei om 16.00 uur"], reason="een overvolle agenda"),
           "Jubileumfeest: ideeën per mail",
           """
Hoi Noor,

Mijn agenda puilt uit deze week. Zullen we de ideeën voor het jubileumfeest eerst per mail verzamelen? Dan bellen we woensdag 5 mei om vier uur om te kiezen.

Liefs,
Thijs
""", "correct: 16.00 as 'vier uur'")),
    (D, ok(S(L, "delegate", "prof. dr. Cornelis Baas", "Miriam Groen", "formal", "key",
             meeting="Begeleidingscommissie van het promotieonderzoek", at="donderdag 1 juli om 14.00 uur",
             col="dr. Sven Hofstede", reason="ik ben die week op een congres in Lissabon"),
           "Begeleidingscommissie 1 juli",
           """
Geachte professor Baas,

Die week ben ik op een congres in Lissabon. Mijn collega dr. Hofstede neemt daarom de begeleidingscommissie van het promotieonderzoek op donderdag 1 juli om 14.00 uur van mij over; hij is volledig op de hoogte.

Met vriendelijke groet,
Miriam Groen
""", "correct: 'Geachte professor Baas', colleague as 'dr. Hofstede'")),
    (E, ok(S(L, "delegate", "Iris Jacobs", "Koen Willems", "friendly", "regular",
             meeting="Fitting van de bruidsjurk", at="maandag 11 oktober om 18.00 uur",
             col="Lieke Vos", reason="ik ben op vakantie"),
           "Fitting maandag",
           """
Hoi Iris,

Ik ben volgende week op vakantie, dus bij de fitting van je bruidsjurk op maandag om zes uur helpt Lieke je. Ze weet precies wat we besproken hebben!

Liefs,
Koen
""", "correct: colleague by first name, 18.00 as 'zes uur'")),
    (A, ok(S(L, "no_show_followup", "Gerrit Koopmans", "Anouk Verbeek", "formal", "regular",
             meeting="Adviesgesprek over uw pensioen", at="dinsdag 8 december om 16.00 uur",
             props=["maandag 14 december om 16.00 uur"]),
           "Ons gesprek van dinsdag",
           """
Geachte heer Koopmans,

Dinsdagmiddag om 4 uur had ik u verwacht voor het adviesgesprek over uw pensioen. Ik hoop dat er niets vervelends is gebeurd.

Schikt maandag 14 december op hetzelfde tijdstip?

Met vriendelijke groet,
Anouk Verbeek
""", "correct: '4 uur' ('dinsdagmiddag') for 16.00, 'op hetzelfde tijdstip'")),
    (B, ok(S(L, "no_show_followup", "Mila de Graaf", "Stijn Peeters", "friendly", "new",
             meeting="Proefles salsa", at="maandag 8 februari om 20.00 uur",
             props=["maandag 15 februari om 20.00 uur"], pol={"notice_hours": 24, "fee_percent": 50}),
           "Proefles van gisteren",
           """
Hoi Mila,

Gisteravond zagen we je niet bij de proefles salsa, alles goed?

Je bent volgende week maandag om acht uur 's avonds van harte welkom. Even ter info: bij afzeggen binnen een dag (24 uur) rekenen we de helft, dus 50%.

Groetjes,
Stijn
""", "correct: 'volgende week maandag' = 15 Feb, 24 h as 'een dag', 50% as 'de helft'")),
    (C, ok(S(L, "late_cancellation", "mevrouw Ria Scholten", "Martijn Postma", "formal", "regular",
             meeting="Behandeling bij de fysiotherapeut", at="dinsdag 20 april om 8.30 uur",
             props=["maandag 26 april om 8.30 uur"], pol={"notice_hours": 24, "fee_percent": 100}),
           "Uw afspraak van gisteren",
           """
Geachte mevrouw Scholten,

Uw afmelding voor de behandeling van gisteren hebben we ontvangen. We kunnen u maandag 26 april om half negen weer inplannen.

Volgens onze voorwaarden brengen we bij afzeggen binnen 24 uur de volledige behandeling in rekening.

Met vriendelijke groet,
Martijn Postma
""", "correct: 100% as 'de volledige behandeling', 8.30 as 'half negen'")),
    (D, ok(S(L, "late_cancellation", "Bram Lammers", "Julia Kok", "friendly", "regular",
             meeting="Bootcamp-training", at="woensdag 23 juni om 7.00 uur",
             pol={"notice_hours": 12, "deposit_percent": 25}),
           "Training van gisteren",
           """
Hoi Bram,

Geen probleem voor gisteren, dat kan gebeuren. Wel even een herinnering: bij afmelden binnen 12 uur houden we de aanbetaling van 25% in.

Tot snel bij de bootcamp!
Julia
""", "correct: numbers as given, no new slot invented")),
    (E, ok(S(L, "cancellation_policy", "Pim Vermeulen", "Charlotte Bos", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Annuleringsvoorwaarden",
           """
Geachte heer Vermeulen,

Graag zet ik onze annuleringsvoorwaarden op een rij: tot twee dagen (48 uur) van tevoren annuleert u kosteloos. Daarna brengen we de helft van het tarief (50%) in rekening.

Met vriendelijke groet,
Charlotte Bos
""", "correct: policy without meeting, 48 h as 'twee dagen', 50% as 'de helft'")),
    (A, ok(S(L, "cancellation_policy", "Lisa Brink", "Tom de Wit", "friendly", "key",
             meeting="Workshop bloemschikken", at="woensdag 16 december om 19.30 uur",
             pol={"notice_hours": 72, "fee_percent": 75, "deposit_percent": 30}),
           "Workshop woensdag 16 december",
           """
Hoi Lisa,

Nog even de voorwaarden voor de workshop bloemschikken van woensdag 16 december om half acht: je betaalt vooraf 30% aanbetaling, en bij annuleren binnen drie dagen (72 uur) is 75% van het bedrag verschuldigd.

Tot dan!
Tom
""", "correct: 19.30 as 'half acht', 72 h as 'drie dagen'")),
    # ------------------------------------------------------------------ flawed
    (B, bad("time_swapped", S(L, "reschedule", "Hanneke Visscher", "Gijs Meijering", "formal", "regular",
             meeting="Overleg over de jaarplanning", at="woensdag 17 februari om 9.00 uur",
             props=["vrijdag 19 februari om 13.00 uur"], reason="een cursus"),
           "Overleg jaarplanning verzet",
           """
Geachte mevrouw Visscher,

Vanwege een cursus kan ik vrijdag 19 februari om 13.00 uur niet bij het overleg over de jaarplanning zijn. Mag ik voorstellen het te verplaatsen naar woensdag 17 februari om 9.00 uur?

Met vriendelijke groet,
Gijs Meijering
""", "meeting and proposed times exchanged")),
    (D, bad("time_swapped", S(L, "switch_to_call", "Frits Oudeman", "Sara Pronk", "friendly", "regular",
             meeting="Lunch over de verbouwing", at="maandag 28 juni om 12.30 uur",
             props=["maandag 28 juni om 16.00 uur"], reason="een afspraak bij de gemeente"),
           "Bellen maandag",
           """
Hoi Frits,

Ik moet maandagmiddag naar de gemeente. Zullen we in plaats van de lunch over de verbouwing om vier uur gewoon om half één bellen?

Groet,
Sara
""", "hours swapped: old 12.30 offered as new, new 16.00 named as the old one")),
    (C, bad("time_recap_wrong", S(L, "reschedule", "Evelien Mertens", "Niels Jansma", "formal", "key",
             meeting="Presentatie van de marktanalyse", at="vrijdag 30 april om 10.00 uur",
             props=["dinsdag 4 mei om 14.00 uur"], reason="ziekte van onze analist"),
           "Presentatie marktanalyse",
           """
Geachte mevrouw Mertens,

Onze analist is ziek, waardoor de presentatie van de marktanalyse op vrijdag 30 april niet door kan gaan. Ik stel dinsdag 4 mei om 14.00 uur voor.

Ik noteer dus dinsdag 4 mei om 15.00 uur in mijn agenda.

Met vriendelijke groet,
Niels Jansma
""", "recap names 15.00 instead of the offered 14.00")),
    (E, bad("time_recap_wrong", S(L, "no_show_followup", "Sjoerd Hoekstra", "Anne Dirksen", "friendly", "regular",
             meeting="Fietsafstelling", at="maandag 4 oktober om 17.00 uur",
             props=["donderdag 7 oktober om 17.00 uur"]),
           "Nieuwe afspraak vrijdag om vijf uur",
           """
Hoi Sjoerd,

Gisteren om vijf uur hadden we je verwacht voor de fietsafstelling. Alles oké? Donderdag om vijf uur kun je ook langskomen.

Groetjes,
Anne
""", "subject names vrijdag, the offered day is donderdag")),
    (A, bad("weekday_wrong", S(L, "reschedule", "Karel Huisinga", "Marit Lambrechts", "formal", "new",
             meeting="Intakegesprek voor de verbouwing", at="maandag 14 december om 10.00 uur",
             props=["dinsdag 22 december om 10.00 uur"], reason="een leverancier die niet kan"),
           "Intakegesprek verplaatst",
           """
Geachte heer Huisinga,

Omdat onze leverancier maandag niet kan, verplaatsen we het intakegesprek voor de verbouwing graag naar woensdag 22 december om 10.00 uur.

Met vriendelijke groet,
Marit Lambrechts
""", "body: 'woensdag 22 december' (22 December 2026 is a Tuesday)")),
    (C, bad("weekday_wrong", S(L, "delegate", "Veerle Maes", "Joris Teunissen", "formal", "regular",
             meeting="Oplevering van het kantoorpand", at="donderdag 6 mei om 11.00 uur",
             col="Nina Hofman", reason="een andere oplevering"),
           "Oplevering vrijdag 6 mei: Nina Hofman",
           """
Geachte mevrouw Maes,

Door een andere oplevering kan ik donderdag niet aanwezig zijn. Mijn collega Nina Hofman doet de oplevering van het kantoorpand om 11.00 uur.

Met vriendelijke groet,
Joris Teunissen
""", "subject: 'vrijdag 6 mei' (6 May 2027 is a Thursday)")),
    (D, bad("percent_swapped", S(L, "cancellation_policy", "Rik Smeets", "Maud van Loon", "formal", "new",
             pol={"notice_hours": 24, "fee_percent": 40, "deposit_percent": 15}),
           "Onze annuleringsregeling",
           """
Geachte heer Smeets,

Bij reservering vragen wij een aanbetaling van 40%. Annuleert u binnen 24 uur voor de afspraak, dan brengen wij 15% van het tarief in rekening.

Met vriendelijke groet,
Maud van Loon
""", "fee 40% and deposit 15% exchanged")),
    (E, bad("percent_swapped", S(L, "late_cancellation", "Tess Bakker-Ruis", "Vincent Claes", "friendly", "regular",
             meeting="Kookworkshop", at="vrijdag 1 oktober om 18.00 uur",
             pol={"notice_hours": 48, "fee_percent": 50, "deposit_percent": 20}),
           "Kookworkshop",
           """
Hoi Tess,

Jammer dat je vrijdag niet kon! Volgens de voorwaarden rekenen we bij afzeggen binnen 48 uur 20% van de prijs, en de aanbetaling van 50% blijft staan.

Groetjes,
Vincent
""", "fee 50% and deposit 20% exchanged")),
    (B, bad("place_changed", S(L, "decline", "Olaf Rutgers", "Kim Verschoor", "formal", "regular",
             meeting="Beursbezoek in Utrecht", at="donderdag 25 februari om 10.00 uur",
             reason="de jaarafsluiting"),
           "Beursbezoek 25 februari",
           """
Geachte heer Rutgers,

Vanwege de jaarafsluiting moet ik het beursbezoek in Amersfoort op donderdag 25 februari helaas afslaan.

Met vriendelijke groet,
Kim Verschoor
""", "place changed: Amersfoort for Utrecht")),
    (A, bad("place_changed", S(L, "switch_to_call", "Dirk Stoffels", "Laura Pauwels", "formal", "key",
             meeting="Werkbezoek aan de fabriek in Deventer", at="donderdag 17 december om 9.00 uur",
             reason="gladheid op de wegen"),
           "Werkbezoek 17 december",
           """
Geachte heer Stoffels,

Door de voorspelde gladheid stel ik voor het werkbezoek aan de fabriek in Apeldoorn te vervangen door een telefoongesprek, donderdag 17 december om 9.00 uur.

Met vriendelijke groet,
Laura Pauwels
""", "place changed: Apeldoorn for Deventer")),
    (C, bad("foreign_paragraph", S(L, "shorten", "Hugo Verstraeten", "Emma Lindeman", "formal", "regular",
             meeting="Evaluatie van de pilot", at="dinsdag 27 april om 13.30 uur", dur=60),
           "Evaluatie pilot 27 april",
           """
Geachte heer Verstraeten,

Mag ik voorstellen de evaluatie van de pilot op dinsdag 27 april om half twee tot een uur te beperken?

Vielen Dank für Ihr Verständnis. Ich freue mich auf unser Gespräch.

Met vriendelijke groet,
Emma Lindeman
""", "one German paragraph in a Dutch mail")),
    (E, bad("foreign_paragraph", S(L, "decline", "Wendy Oldenkamp", "Ruud Brandsma", "friendly", "new",
             meeting="Netwerkontbijt", at="woensdag 13 oktober om 8.00 uur"),
           "Netwerkontbijt",
           """
Hoi Wendy,

Bedankt voor de uitnodiging voor het netwerkontbijt, maar woensdag lukt het me helaas niet.

Jeg håber, vi ses en anden gang. Hav en god dag!

Groet,
Ruud
""", "one Danish paragraph in a Dutch mail")),
    (D, bad("policy_invented", S(L, "no_show_followup", "Gerda Wolters", "Mark Nijland", "formal", "regular",
             meeting="Gebitscontrole", at="dinsdag 22 juni om 11.00 uur",
             props=["dinsdag 29 juni om 11.00 uur"]),
           "Uw controle van dinsdag",
           """
Geachte mevrouw Wolters,

Dinsdag om 11.00 uur hebben wij u gemist bij de gebitscontrole. Wij kunnen u dinsdag 29 juni op hetzelfde tijdstip ontvangen.

Let op: bij een volgende keer niet verschijnen brengen wij de helft van de behandeling in rekening.

Met vriendelijke groet,
Mark Nijland
""", "policy invented in words ('de helft'), no policy given")),
    (B, bad("name_near_miss", S(L, "switch_to_email", "Marieke Vonk", "Sander Bruijn", "friendly", "regular",
             meeting="Overleg over de nieuwsbrief", at="vrijdag 12 februari om 14.00 uur"),
           "Nieuwsbrief per mail",
           """
Hoi Mariek,

Zullen we het overleg over de nieuwsbrief van vrijdag per mail doen? Ik stuur je vanavond de opzet.

Groet,
Sander
""", "greeting 'Mariek' for Marieke (dropped letter)")),
    (C, bad("discount_invented", S(L, "no_show_followup", "Jesse Vermaat", "Fleur Albers", "formal", "new",
             meeting="Intake voor de hondentraining", at="maandag 19 april om 19.00 uur",
             props=["maandag 26 april om 19.00 uur"], reason="de klant vroeg eerder naar korting"),
           "Intake hondentraining",
           """
Geachte heer Vermaat,

Maandagavond hebben we u gemist bij de intake voor de hondentraining. U bent welkom op maandag 26 april om 19.00 uur; als welkom krijgt u 10% korting op de cursus.

Met vriendelijke groet,
Fleur Albers
""", "10% korting invented, licensed only by the reason")),
    (D, bad("link_invented", S(L, "switch_to_email", "Ruben Timmer", "Sophie van Houten", "formal", "regular",
             meeting="Toelichting op de offerte", at="woensdag 30 juni om 10.00 uur",
             reason="de klant wil de offerte nog eens nalezen"),
           "Offerte per e-mail",
           """
Geachte heer Timmer,

In plaats van de toelichting op woensdag 30 juni stel ik voor dat u de offerte rustig nogmaals doorleest: u vindt hem op www.vanhouten-advies.nl/offerte. Vragen beantwoord ik graag per e-mail.

Met vriendelijke groet,
Sophie van Houten
""", "link invented, licensed only by the reason")),
    (E, bad("email_invented", S(L, "delegate", "Astrid Kuiper", "Jeroen Vink", "formal", "regular",
             meeting="Jaarlijkse APK-keuring van het wagenpark", at="donderdag 14 oktober om 8.00 uur",
             col="Wessel Hoek"),
           "APK-keuring 14 oktober",
           """
Geachte mevrouw Kuiper,

De jaarlijkse APK-keuring van het wagenpark op donderdag 14 oktober wordt begeleid door mijn collega Wessel Hoek. U kunt hem bereiken via wessel.hoek@hotmail.com.

Met vriendelijke groet,
Jeroen Vink
""", "colleague's private e-mail invented")),
    (A, bad("phone_invented", S(L, "no_show_followup", "Naomi Brinkman", "Luuk Verhoef", "friendly", "regular",
             meeting="Knipafspraak", at="woensdag 9 december om 13.00 uur",
             props=["vrijdag 11 december om 13.00 uur"]),
           "Knipafspraak gemist",
           """
Hoi Naomi,

Gisteren om één uur zag ik je niet voor je knipafspraak. Morgen om één uur kan ook! App even naar 06-48213370 als dat lukt.

Groetjes,
Luuk
""", "phone number invented (Morgen = Fri 11 Dec is right)")),
    (B, bad("number_invented", S(L, "decline", "Bart Eijkelkamp", "Helga Smulders", "formal", "new",
             meeting="Kennismaking over schoonmaakdiensten", at="dinsdag 23 februari om 10.00 uur"),
           "Kennismaking 23 februari",
           """
Geachte heer Eijkelkamp,

Dank voor uw voorstel voor een kennismaking op dinsdag 23 februari. Met uw tarief van 45 euro per uur past uw aanbod helaas niet binnen ons budget.

Met vriendelijke groet,
Helga Smulders
""", "price '45 euro per uur' invented")),
    (C, bad("title_or_company_invented", S(L, "switch_to_call", "Carla Wijnberg", "Arjen Dekker", "formal", "regular",
             meeting="Afstemming over het evenement", at="maandag 3 mei om 14.00 uur"),
           "Afstemming 3 mei telefonisch",
           """
Geachte mevrouw Wijnberg,

Zullen we de afstemming over het evenement op maandag 3 mei om 14.00 uur telefonisch doen?

Met vriendelijke groet,
Arjen Dekker
Senior accountmanager | Dekker Events B.V.
""", "title and company invented in the signature")),
]
