"""Dutch v3 records, each written out by hand (held out). (today, record) pairs."""

from __future__ import annotations

from v2src._rec import S, bad, ok

A, B, C, D, E = "2026-12-07", "2027-01-18", "2027-03-03", "2027-05-10", "2027-09-14"
L = "nl"

RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S(L, "reschedule", "Ingrid Verhoeven", "Jeroen Smits", "formal", "key",
             meeting="Jaarbespreking van het pensioenfonds", at="dinsdag 15 december om 14.30 uur",
             props=["donderdag 17 december om 10.00 uur", "vrijdag 18 december om 14.30 uur"],
             reason="een spoedvergadering van de raad van bestuur"),
           "Jaarbespreking pensioenfonds: nieuw tijdstip",
           """
Geachte mevrouw Verhoeven,

Door een spoedvergadering van onze raad van bestuur kan ik helaas niet aanwezig zijn bij de jaarbespreking van het pensioenfonds op dinsdag 15 december om half drie.

Mag ik u voorstellen om de bespreking te verplaatsen naar donderdag 17/12 om 10 uur, of naar vrijdag 18/12, weer om half drie?

Mijn excuses voor het ongemak.

Met vriendelijke groet,
Jeroen Smits
""", "correct: 'om half drie' for 14.30, 17/12 'om 10 uur', 18/12 'weer om half drie'")),
    (B, ok(S(L, "reschedule", "Sanne de Wit", "Bram Kuipers", "friendly", "regular",
             meeting="Lunch over de nieuwe huisstijl", at="donderdag 21 januari om 12.30 uur",
             props=["dinsdag 26 januari om 12.30 uur"], reason="mijn dochter is ziek"),
           "Lunch verzetten?",
           """
Hoi Sanne,

Mijn dochter is ziek, dus donderdag lukt het me niet om te lunchen over de nieuwe huisstijl. Zullen we het verschuiven naar dinsdag 26/1, zelfde tijd?

Laat maar even weten!

Groetjes,
Bram
""", "correct: first names, '26/1, zelfde tijd'")),
    (D, ok(S(L, "reschedule", "dr. Koen Hermans", "Annelies Vos", "formal", "new",
             meeting="Kennismaking over het onderhoudscontract", at="woensdag 12 mei om 9.30 uur",
             props=["maandag 17 mei om 9.30 uur", "woensdag 19 mei om 15.00 uur"],
             reason="ziekte van onze accountmanager"),
           "Kennismaking over het onderhoudscontract",
           """
Geachte heer Hermans,

Onze accountmanager is helaas ziek, waardoor de kennismaking over het onderhoudscontract van woensdag 12 mei om half tien niet kan doorgaan.

Zou maandag 17 mei op hetzelfde tijdstip u schikken? Woensdag 19 mei om 15.00 uur is ook mogelijk.

Met vriendelijke groet,
Annelies Vos
""", "correct: 'Geachte heer Hermans' for dr. Koen Hermans, 'om half tien', 'op hetzelfde tijdstip'")),
    (E, ok(S(L, "reschedule", "Wouter van Leeuwen", "Fleur Janssens", "formal", "regular",
             meeting="Evaluatie van het schoonmaakrooster", at="donderdag 16 september om 11.00 uur",
             props=["dinsdag 21 september om 11.00 uur"], reason="een storing in ons planningssysteem"),
           "Evaluatie schoonmaakrooster verplaatst",
           """
Geachte heer Van Leeuwen,

Door een storing in ons planningssysteem beschik ik donderdag niet over de juiste gegevens voor de evaluatie van het schoonmaakrooster.

Ik stel voor om de evaluatie te verplaatsen naar dinsdag 21 september, eveneens om 11 uur.

Met vriendelijke groet,
Fleur Janssens
""", "correct: 'Geachte heer Van Leeuwen', 'eveneens om 11 uur'")),
    (C, ok(S(L, "decline", "Marleen Dekker", "Hans Brouwer", "formal", "key",
             meeting="Voorjaarsbijeenkomst van de ondernemersvereniging", at="donderdag 18 maart om 17.00 uur",
             reason="een lang geplande reis naar Canada"),
           "Voorjaarsbijeenkomst 18 maart",
           """
Geachte mevrouw Dekker,

Hartelijk dank voor de uitnodiging voor de voorjaarsbijeenkomst van de ondernemersvereniging op donderdag 18 maart om 17.00 uur.

Helaas ben ik dan in Canada, een reis die al lang gepland stond. Ik wens u een geslaagde bijeenkomst en hoop bij een volgende gelegenheid weer van de partij te zijn.

Met vriendelijke groet,
Hans Brouwer
""", "correct: reason paraphrased")),
    (A, ok(S(L, "decline", "Lotte Mulder", "Daan Peeters", "friendly", "regular",
             meeting="Kerstlunch van het projectteam", at="vrijdag 18 december om 12.00 uur",
             reason="ik ben dan al met verlof"),
           "Kerstlunch",
           """
Hoi Lotte,

Dank je wel voor de uitnodiging voor de kerstlunch! Vrijdag de 18e ben ik helaas al met verlof, dus ik moet het deze keer overslaan. Duizend keer sorry!

Eet een extra kerstkransje voor mij.

Groetjes,
Daan
""", "correct: 'vrijdag de 18e', idiom 'duizend keer sorry'")),
    (B, ok(S(L, "shorten", "mr. Eveline Bosman", "Rik van Dam", "formal", "regular",
             meeting="Bespreking van het huurgeschil", at="woensdag 27 januari om 10.00 uur", dur=30,
             reason="een zitting die later in de ochtend is ingepland"),
           "Bespreking huurgeschil 27 januari",
           """
Geachte mevrouw Bosman,

Later die ochtend heb ik een zitting. Mag ik u daarom voorstellen de bespreking van het huurgeschil op woensdag 27 januari om 10.00 uur te beperken tot een half uur?

Ik stuur u vooraf mijn vragen, zodat we de tijd goed kunnen benutten.

Met vriendelijke groet,
Rik van Dam
""", "correct: 'mevrouw Bosman' for mr. Eveline Bosman, 'een half uur'")),
    (E, ok(S(L, "shorten", "Joris Vermeulen", "Esther Hoekstra", "friendly", "regular",
             meeting="Sparren over de najaarscampagne", at="maandag 20 september om 15.00 uur", dur=45,
             reason="ik moet om vier uur de kinderen ophalen"),
           "Sparren maandag",
           """
Hoi Joris,

Ik moet maandag om vier uur de kinderen ophalen. Zullen we het sparren over de najaarscampagne in drie kwartier doen, vanaf 3 uur?

Ik neem een paar ideeën mee.

Groet,
Esther
""", "correct: 45 min as 'drie kwartier', 'vanaf 3 uur' (15.00), 'om vier uur' from the reason")),
    (C, ok(S(L, "switch_to_call", "Gerard Wouters", "Ilse Claes", "formal", "regular",
             meeting="Gesprek over de verlenging van de huurovereenkomst", at="vrijdag 12 maart om 11.00 uur",
             props=["vrijdag 12 maart om 13.00 uur"], reason="de aangekondigde treinstaking"),
           "Verlenging huurovereenkomst: telefonisch overleg",
           """
Geachte heer Wouters,

Vanwege de aangekondigde treinstaking stel ik voor ons gesprek over de verlenging van de huurovereenkomst telefonisch te voeren, op dezelfde dag om 13.00 uur.

Laat u mij weten of dat schikt?

Met vriendelijke groet,
Ilse Claes
""", "correct: 'op dezelfde dag om 13.00 uur'")),
    (D, ok(S(L, "switch_to_call", "Nina Verbruggen", "Thijs Veenstra", "friendly", "new",
             meeting="Koffie over de offerte voor de badkamer", at="dinsdag 18 mei om 9.00 uur",
             reason="mijn auto staat in de garage"),
           "Offerte badkamer: even bellen?",
           """
Hallo Nina,

Mijn auto staat in de garage, dus dinsdag kan ik niet langskomen voor koffie. Zullen we om negen uur even bellen over de offerte voor de badkamer?

Groet,
Thijs
""", "correct: 'om negen uur' = 9.00 uur")),
    (A, ok(S(L, "switch_to_email", "Maarten Jacobs", "Roos Hendriks", "formal", "key",
             meeting="Overleg over de kwartaalcijfers", at="maandag 14 december om 16.00 uur",
             reason="de cijfers passen op één A4'tje"),
           "Kwartaalcijfers per e-mail",
           """
Geachte heer Jacobs,

De kwartaalcijfers passen inmiddels op één A4'tje. Om u een rit te besparen, stel ik voor het overleg van maandag 14 december om 16.00 uur te vervangen door een toelichting per e-mail.

U ontvangt het overzicht per e-mail van mij.

Met vriendelijke groet,
Roos Hendriks
""", "correct: 'één A4'tje' from the reason")),
    (D, ok(S(L, "switch_to_email", "Femke Schouten", "Niels Gerritsen", "friendly", "regular",
             meeting="Kort overleg over het menu voor de personeelsdag", at="donderdag 13 mei om 11.00 uur",
             reason="alleen het dessert moet nog gekozen worden"),
           "Menu personeelsdag",
           """
Hoi Femke,

Alleen het dessert moet nog gekozen worden, dus donderdag hoeven we er niet voor bij elkaar te komen. Ik mail je de twee opties, dan kies jij in alle rust.

Groetjes,
Niels
""", "correct: 'twee opties' count of desserts, not a price/policy")),
    (B, ok(S(L, "delegate", "Cornelis Timmermans", "Astrid Maes", "formal", "regular",
             meeting="Opvolging van het subsidiedossier", at="donderdag 4 februari om 14.00 uur",
             col="Pieter-Jan Goossens", reason="mijn ouderschapsverlof"),
           "Subsidiedossier: Pieter-Jan Goossens neemt over",
           """
Geachte heer Timmermans,

Vanaf februari ben ik met ouderschapsverlof. Mijn collega Pieter-Jan Goossens, die uw subsidiedossier goed kent, ontvangt u op donderdag 4 februari om 14.00 uur.

Met vriendelijke groet,
Astrid Maes
""", "correct: colleague full name")),
    (E, ok(S(L, "delegate", "Jesse Kok", "Mirjam Postma", "friendly", "regular",
             meeting="Workshop productfotografie", at="dinsdag 28 september om 10.00 uur",
             col="Lieke van Dongen", reason="ik zit die week op een cursus"),
           "Workshop productfotografie",
           """
Hoi Jesse,

Die week zit ik op een cursus, dus Lieke neemt de workshop productfotografie van dinsdag 28 september om 10 uur van me over. Je bent in goede handen!

Groetjes,
Mirjam
""", "correct: colleague by first name in friendly mail, 'om 10 uur'")),
    (A, ok(S(L, "no_show_followup", "Herman Lambrechts", "Marieke Willems", "formal", "regular",
             meeting="Financieel adviesgesprek", at="donderdag 3 december om 14.00 uur",
             props=["woensdag 9 december om 10.00 uur"], pol={"notice_hours": 24, "fee_percent": 50}),
           "Ons adviesgesprek van afgelopen donderdag",
           """
Geachte heer Lambrechts,

Afgelopen donderdag om 14.00 uur had ik u verwacht voor ons financieel adviesgesprek. Ik hoop dat er niets ernstigs is gebeurd.

Graag plan ik een nieuwe afspraak in, bijvoorbeeld woensdag 9 december om 10.00 uur.

Zoals in onze voorwaarden staat, brengen wij bij afzegging binnen 24 uur de helft van het tarief (50%) in rekening.

Met vriendelijke groet,
Marieke Willems
""", "correct: 'afgelopen donderdag', 'de helft' with 50% given")),
    (C, ok(S(L, "no_show_followup", "Yara Meijer", "Stijn Aerts", "friendly", "regular",
             meeting="Hardlooptraining op maat", at="maandag 1 maart om 19.00 uur", props=["maandag 8 maart om 19.00 uur"]),
           "Training van maandag",
           """
Hoi Yara,

Maandagavond had ik je verwacht voor de hardlooptraining. Alles goed? Het kan iedereen gebeuren!

Zullen we het inhalen op maandag 8 maart, weer om 7 uur 's avonds?

Sportieve groet,
Stijn
""", "correct: 'maandagavond', 'om 7 uur 's avonds' = 19.00")),
    (B, ok(S(L, "late_cancellation", "Ludo Verstraete", "Heleen de Graaf", "formal", "regular",
             meeting="Consult voor de verbouwing van de zolder", at="dinsdag 19 januari om 15.00 uur",
             props=["maandag 25 januari om 15.00 uur"], pol={"notice_hours": 48, "fee_percent": 25}),
           "Afzegging consult van morgen",
           """
Geachte heer Verstraete,

Ik heb uw afzegging voor het consult over de verbouwing van de zolder, morgenmiddag om 3 uur, goed ontvangen.

Omdat de afzegging minder dan twee dagen (48 uur) van tevoren binnenkwam, brengen wij volgens onze voorwaarden 25% van het tarief in rekening.

Ik kan u maandag 25 januari om 15.00 uur ontvangen, als dat u past.

Met vriendelijke groet,
Heleen de Graaf
""", "correct: 'morgenmiddag om 3 uur' (today 18 Jan), 'twee dagen (48 uur)'")),
    (D, ok(S(L, "late_cancellation", "Tess van Rijn", "Bas Claessens", "friendly", "regular",
             meeting="Pasbeurt voor de trouwjurk", at="woensdag 12 mei om 16.00 uur",
             props=["zaterdag 15 mei om 10.00 uur"], pol={"notice_hours": 72, "deposit_percent": 30}),
           "Pasbeurt woensdag",
           """
Hoi Tess,

Jammer dat de pasbeurt van woensdag om 4 uur niet doorgaat! Omdat het minder dan drie dagen (72 uur) van tevoren is, blijft de aanbetaling van 30% staan, zoals afgesproken.

Zaterdag 15 mei om 10 uur kan ik je wel ontvangen. Past dat?

Liefs,
Bas
""", "correct: 'om 4 uur' = 16.00, 'drie dagen (72 uur)', deposit 30%")),
    (E, ok(S(L, "cancellation_policy", "Frank Lammers", "Inge Vlaminck", "formal", "new",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Onze annuleringsvoorwaarden",
           """
Geachte heer Lammers,

Zoals gevraagd zet ik onze annuleringsvoorwaarden op een rij: u kunt een afspraak kosteloos annuleren tot een dag (24 uur) van tevoren. Bij latere annulering brengen wij het volledige tarief in rekening.

Met vriendelijke groet,
Inge Vlaminck
""", "correct: no meeting; 'een dag (24 uur)', 100% as 'het volledige tarief'")),
    (A, ok(S(L, "cancellation_policy", "Robin Segers", "Anouk Smeets", "friendly", "new",
             meeting="Fotoshoot voor het jubileum", at="zaterdag 19 december om 13.00 uur",
             pol={"notice_hours": 48, "fee_percent": 50, "deposit_percent": 20}),
           "Fotoshoot zaterdag 19 december",
           """
Hoi Robin,

Leuk dat de fotoshoot voor jullie jubileum op zaterdag 19 december om 1 uur 's middags vastligt!

Even de praktische kant: bij boeken vraag ik 20% aanbetaling. Annuleren kan tot 48 uur van tevoren; daarna reken ik de helft van het bedrag.

Tot dan,
Anouk
""", "correct: 'om 1 uur 's middags' = 13.00, 'de helft' for 50%")),
    # ------------------------------------------------------------------ flawed
    (B, bad("time_swapped", S(L, "reschedule", "Gijs Ramaekers", "Noor Vandenberghe", "formal", "regular",
             meeting="Budgetoverleg afdeling inkoop", at="maandag 25 januari om 9.00 uur",
             props=["woensdag 27 januari om 14.00 uur"], reason="de maandafsluiting"),
           "Budgetoverleg inkoop",
           """
Geachte heer Ramaekers,

Door de maandafsluiting moet ik helaas ons budgetoverleg van woensdag 27 januari om 14.00 uur verplaatsen.

Kunnen we het houden op maandag 25 januari om 9.00 uur?

Met vriendelijke groet,
Noor Vandenberghe
""", "time_swapped: old and new slot exchanged")),
    (E, bad("time_swapped", S(L, "reschedule", "Petra Jonker", "Ruben Martens", "formal", "regular",
             meeting="Voortgangsgesprek over de website", at="dinsdag 21 september om 10.00 uur",
             props=["dinsdag 21 september om 14.00 uur"], reason="een klantbezoek in de ochtend"),
           "Voortgangsgesprek dinsdag: ander tijdstip",
           """
Geachte mevrouw Jonker,

Dinsdag heb ik een klantbezoek. Zou u ons voortgangsgesprek over de website van 14.00 uur willen verplaatsen naar 10.00 uur, op dezelfde dag?

Met vriendelijke groet,
Ruben Martens
""", "time_swapped: hours exchanged on the same day (meeting 10.00, offer 14.00)")),
    (A, bad("time_recap_wrong", S(L, "reschedule", "Ellen Vink", "Tim Dierckx", "formal", "key",
             meeting="Presentatie van het duurzaamheidsverslag", at="donderdag 10 december om 11.00 uur",
             props=["dinsdag 15 december om 10.30 uur"], reason="de laatste cijfers zijn nog niet gecontroleerd"),
           "Presentatie duurzaamheidsverslag",
           """
Geachte mevrouw Vink,

De laatste cijfers van het duurzaamheidsverslag zijn nog niet gecontroleerd. Ik stel daarom voor de presentatie van donderdag 10 december om 11.00 uur te verplaatsen naar dinsdag 15 december om 10.30 uur.

Tot dinsdag 15 december om half twaalf!

Met vriendelijke groet,
Tim Dierckx
""", "time_recap_wrong: recap 'om half twaalf' = 11.30, offered 10.30")),
    (C, bad("time_recap_wrong", S(L, "reschedule", "Hilde Cornelis", "Arjen Koster", "formal", "regular",
             meeting="Overleg over de nieuwe kassasoftware", at="dinsdag 9 maart om 14.00 uur",
             props=["donderdag 11 maart om 14.00 uur"], reason="de leverancier kan pas later demonstreren"),
           "Nieuw tijdstip: donderdag 11 maart om 16.00 uur",
           """
Geachte mevrouw Cornelis,

De leverancier van de nieuwe kassasoftware kan pas later in de week een demonstratie geven. Ik stel daarom voor ons overleg van dinsdag 9 maart te verplaatsen naar donderdag 11 maart, op hetzelfde tijdstip.

Met vriendelijke groet,
Arjen Koster
""", "time_recap_wrong: subject says 16.00, offered 14.00")),
    (D, bad("weekday_wrong", S(L, "reschedule", "Jan-Willem Schipper", "Carolien Maas", "formal", "regular",
             meeting="Afstemming over de zomerplanning", at="vrijdag 14 mei om 10.00 uur",
             props=["woensdag 19 mei om 10.00 uur"], reason="een personeelsbijeenkomst"),
           "Afstemming verplaatst naar dinsdag 19 mei",
           """
Geachte heer Schipper,

Vrijdag 14 mei is er een personeelsbijeenkomst. Kunnen we de afstemming over de zomerplanning verplaatsen naar woensdag 19 mei om 10.00 uur?

Met vriendelijke groet,
Carolien Maas
""", "weekday_wrong: subject 'dinsdag 19 mei', 19 May 2027 is a Wednesday")),
    (B, bad("percent_swapped", S(L, "cancellation_policy", "Miranda Peters", "Olaf Visscher", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 75, "deposit_percent": 30}),
           "Annuleringsvoorwaarden",
           """
Geachte mevrouw Peters,

Hierbij onze voorwaarden: bij de reservering vragen wij een aanbetaling van 75%. Annuleren kan kosteloos tot 48 uur van tevoren; daarna brengen wij 30% van het tarief in rekening.

Met vriendelijke groet,
Olaf Visscher
""", "percent_swapped: deposit 75% and fee 30% (given fee 75, deposit 30)")),
    (A, bad("percent_swapped", S(L, "no_show_followup", "Dirk Coppens", "Lisa Wuyts", "formal", "regular",
             meeting="Sessie stijladvies", at="vrijdag 4 december om 11.00 uur",
             props=["donderdag 10 december om 11.00 uur"], pol={"notice_hours": 24, "fee_percent": 60, "deposit_percent": 20}),
           "Uw sessie van vrijdag",
           """
Geachte heer Coppens,

Afgelopen vrijdag om 11.00 uur had ik u verwacht voor uw sessie stijladvies.

Volgens onze voorwaarden houden wij bij een afwezigheid zonder 24 uur bericht de aanbetaling van 60% in, en rekenen wij 20% van het tarief.

Ik kan u opnieuw ontvangen op donderdag 10 december om 11.00 uur.

Met vriendelijke groet,
Lisa Wuyts
""", "percent_swapped: deposit 60% and fee 20% (given fee 60, deposit 20)")),
    (C, bad("policy_invented", S(L, "no_show_followup", "Bert Wijnands", "Merel Dijkman", "formal", "new",
             meeting="Intakegesprek voedingsadvies", at="maandag 1 maart om 16.00 uur", props=["maandag 8 maart om 16.00 uur"]),
           "Intakegesprek van maandag",
           """
Geachte heer Wijnands,

Maandag om 16.00 uur had ik u verwacht voor het intakegesprek voedingsadvies.

Volgens onze voorwaarden brengen wij de helft van het consult in rekening.

Graag zie ik u alsnog op maandag 8 maart om 16.00 uur.

Met vriendelijke groet,
Merel Dijkman
""", "policy_invented: 'de helft van het consult' with no policy given")),
    (E, bad("discount_invented", S(L, "reschedule", "Ton Hofman", "Sarah Lenaerts", "formal", "regular",
             meeting="Onderhoudsbeurt van de warmtepomp", at="woensdag 15 september om 8.00 uur",
             props=["vrijdag 17 september om 8.00 uur"], reason="de klant vroeg om compensatie voor de eerdere vertraging"),
           "Onderhoudsbeurt warmtepomp",
           """
Geachte heer Hofman,

Onze monteur kan woensdag 15 september om 8.00 uur helaas niet langskomen voor de onderhoudsbeurt van de warmtepomp. Wij stellen vrijdag 17 september voor, ook om 8.00 uur.

Als compensatie voor de eerdere vertraging krijgt u 10% korting op deze onderhoudsbeurt.

Met vriendelijke groet,
Sarah Lenaerts
""", "discount_invented: 10% discount licensed only by the reason")),
    (D, bad("link_invented", S(L, "switch_to_email", "Wendy Kramer", "Joost Verheyen", "friendly", "regular",
             meeting="Bespreking van de plattegrond van het achterhuis", at="donderdag 20 mei om 16.00 uur",
             reason="ze wil de plattegrond eerst rustig bekijken"),
           "Plattegrond achterhuis",
           """
Hoi Wendy,

Je wilde de plattegrond van het achterhuis eerst rustig bekijken, dus laten we de bespreking van donderdag om 4 uur maar per mail doen.

Je vindt de tekening hier: https://ontwerp.bureaulinde.nl/achterhuis-plattegrond

Groet,
Joost
""", "link_invented: URL licensed only by the reason")),
    (B, bad("email_invented", S(L, "delegate", "Monique Baert", "Erik Pauwels", "formal", "regular",
             meeting="Opvolging van de schadeclaim", at="woensdag 20 januari om 10.00 uur",
             col="Sven de Ridder", reason="mijn overstap naar een ander kantoor"),
           "Opvolging schadeclaim",
           """
Geachte mevrouw Baert,

Ik stap binnenkort over naar een ander kantoor. Mijn collega Sven de Ridder neemt de opvolging van uw schadeclaim over en ontvangt u op woensdag 20 januari om 10.00 uur.

U kunt hem rechtstreeks mailen op sven.deridder@hotmail.com.

Met vriendelijke groet,
Erik Pauwels
""", "email_invented: private address for the colleague")),
    (C, bad("phone_invented", S(L, "switch_to_call", "Ria Bogaert", "Martijn Hoogland", "formal", "new",
             meeting="Gesprek over de uitbouw", at="vrijdag 19 maart om 10.00 uur",
             props=["vrijdag 19 maart om 15.00 uur"], reason="de vergunning is nog niet binnen"),
           "Uitbouw: telefonisch overleg",
           """
Geachte mevrouw Bogaert,

Omdat de vergunning nog niet binnen is, heeft een bezoek vrijdagochtend weinig zin. Zullen we dezelfde dag om 15.00 uur telefonisch overleggen over de uitbouw?

U kunt mij bereiken op 06-41 88 27 13.

Met vriendelijke groet,
Martijn Hoogland
""", "phone_invented: mobile number nobody gave")),
    (A, bad("number_invented", S(L, "reschedule", "Kees Verbeek", "Lieve Michiels", "formal", "regular",
             meeting="Voorbespreking van de leiderschapstraining", at="woensdag 9 december om 15.00 uur",
             props=["woensdag 16 december om 15.00 uur"], reason="de trainer is nog niet bevestigd"),
           "Voorbespreking leiderschapstraining",
           """
Geachte heer Verbeek,

De trainer is nog niet bevestigd. Ik stel daarom voor de voorbespreking van de leiderschapstraining een week op te schuiven, naar woensdag 16 december om 15.00 uur.

Ter informatie: de training kost € 475 per deelnemer.

Met vriendelijke groet,
Lieve Michiels
""", "number_invented: price € 475")),
    (E, bad("title_or_company_invented", S(L, "decline", "Gerrit Prins", "Eline Verschueren", "formal", "key",
             meeting="Netwerkdiner van de kamer van koophandel", at="donderdag 30 september om 19.00 uur",
             reason="een familiefeest"),
           "Netwerkdiner 30 september",
           """
Geachte heer Prins,

Dank u voor de uitnodiging voor het netwerkdiner van de kamer van koophandel op donderdag 30 september om 19.00 uur. Helaas heb ik die avond een familiefeest en kan ik er niet bij zijn.

Met vriendelijke groet,
Eline Verschueren
Manager Partnerships | Veldhoven Groep B.V.
""", "title_or_company_invented: job title and company in the signature")),
    (D, bad("name_near_miss", S(L, "shorten", "Rutger Willemsen", "Lara Franssen", "formal", "regular",
             meeting="Tussentijdse evaluatie van de stage", at="maandag 17 mei om 13.00 uur", dur=20,
             reason="een examencommissie om half twee"),
           "Tussentijdse evaluatie stage",
           """
Geachte heer Wilemsen,

Om half twee zit ik in een examencommissie. Mag ik voorstellen de tussentijdse evaluatie van de stage op maandag 17 mei om 13.00 uur te beperken tot twintig minuten?

Met vriendelijke groet,
Lara Franssen
""", "name_near_miss: 'Wilemsen' for Willemsen")),
    (B, bad("name_near_miss", S(L, "reschedule", "Mieke van Aalst", "Wim de Bruijn", "friendly", "regular",
             meeting="Repetitie van de bedrijfsmusical", at="donderdag 28 januari om 19.30 uur",
             props=["maandag 1 februari om 19.30 uur"], reason="de zaal is dubbel geboekt"),
           "Repetitie verzetten",
           """
Hoi Meike,

De zaal blijkt donderdag dubbel geboekt. Kunnen we de repetitie van de bedrijfsmusical verschuiven naar maandag 1 februari, zelfde tijd?

Groetjes,
Wim
""", "name_near_miss: 'Meike' for Mieke (letters swapped)")),
    (C, bad("place_changed", S(L, "reschedule", "Anton Geurts", "Judith Cools", "formal", "regular",
             meeting="Rondleiding in het distributiecentrum in Venlo", at="woensdag 10 maart om 9.00 uur",
             props=["woensdag 17 maart om 9.00 uur"], reason="een inventarisatie"),
           "Rondleiding distributiecentrum",
           """
Geachte heer Geurts,

Vanwege een inventarisatie kunnen wij u woensdag 10 maart niet rondleiden in ons distributiecentrum in Venray. Schikt woensdag 17 maart om 9.00 uur u?

Met vriendelijke groet,
Judith Cools
""", "place_changed: Venray for Venlo")),
    (E, bad("foreign_paragraph", S(L, "late_cancellation", "Saskia Brink", "Koen Lauwers", "formal", "regular",
             meeting="Massage voor sporters", at="dinsdag 14 september om 18.00 uur", pol={"notice_hours": 24, "fee_percent": 50}),
           "Afzegging van vanavond",
           """
Geachte mevrouw Brink,

Uw afzegging voor de sportmassage van vanavond om 18.00 uur is goed ontvangen.

Gemäß unseren Bedingungen berechnen wir bei einer Absage mit weniger als 24 Stunden Vorlauf 50 % des Preises.

Ik help u graag bij het maken van een nieuwe afspraak.

Met vriendelijke groet,
Koen Lauwers
""", "foreign_paragraph: the policy paragraph is in German")),
    (A, bad("wrong_language_neighbour", S(L, "reschedule", "Hendrik Ooms", "Greet Vanhoutte", "formal", "regular",
             meeting="Kwartaaloverleg met de ouderraad", at="dinsdag 15 december om 19.00 uur",
             props=["donderdag 17 december om 19.00 uur"], reason="de aula is niet beschikbaar"),
           "Quartalsbesprechung mit dem Elternrat",
           """
Sehr geehrter Herr Ooms,

da die Aula am Dienstag, 15. Dezember, nicht verfügbar ist, schlage ich vor, die Quartalsbesprechung mit dem Elternrat auf Donnerstag, 17. Dezember, um 19 Uhr zu verschieben.

Mit freundlichen Grüßen
Greet Vanhoutte
""", "wrong_language_neighbour: the whole mail is in German")),
    (D, bad("weekday_wrong", S(L, "delegate", "Lars Meeuwsen", "Hanneke Roelofs", "formal", "regular",
             meeting="Overdracht van het klantdossier", at="maandag 24 mei om 11.00 uur",
             col="Tamara Pijnenburg", reason="een verhuizing naar onze vestiging in Gent"),
           "Overdracht klantdossier",
           """
Geachte heer Meeuwsen,

Omdat ik naar onze vestiging in Gent verhuis, neemt mijn collega Tamara Pijnenburg uw klantdossier over. Zij ontvangt u op dinsdag 24 mei om 11.00 uur.

Met vriendelijke groet,
Hanneke Roelofs
""", "weekday_wrong: body 'dinsdag 24 mei', 24 May 2027 is a Monday")),
]
