"""Dutch v6 records: 20 correct, 20 flawed (one fault each), written out by hand."""

from __future__ import annotations

from v2src._rec import S, bad, ok

T1, T2, T3, T4, T5 = "2026-12-21", "2027-02-23", "2027-05-26", "2027-08-31", "2027-10-20"

RECORDS = [
    # ------------------------------------------------------------------ correct
    (T3, ok(S("nl", "reschedule", "Wietske Haverkamp", "Joris Oosterveld", "formal", "key",
              meeting="Stuurgroep verduurzaming kantoorpand Zwolle", at="vrijdag 28 mei om 14.30 uur",
              props=("dinsdag 1 juni om 14.30 uur", "donderdag 3 juni om 9.00 uur"),
              reason="de energieadviseur is ziek"),
            "Stuurgroep verduurzaming: nieuwe datum",
            """
Geachte mevrouw Haverkamp,

Onze energieadviseur is helaas ziek, en zonder hem heeft de stuurgroep verduurzaming van het kantoorpand in Zwolle weinig zin. Ik stel daarom voor de bijeenkomst van vrijdag te verplaatsen naar:

- dinsdag 1 juni om half drie, of
- donderdag 3 juni om 9.00 uur.

Laat u mij weten welk moment u het beste past?

Met vriendelijke groet,
Joris Oosterveld
""", "correct: 'om half drie' for 14.30, list of slots, reason paraphrased")),
    (T1, ok(S("nl", "reschedule", "Sjoerd Hoekema", "Femke Dijkhuizen", "friendly", "regular",
              meeting="Proefsessie nieuwe kassasoftware", at="woensdag 23 december om 10.00 uur",
              props=("dinsdag 5 januari om 10.00 uur",), reason="de leverancier heeft de licenties nog niet geactiveerd"),
            "Proefsessie kassa: na de feestdagen?",
            """
Hoi Sjoerd,

De leverancier heeft onze licenties nog steeds niet geactiveerd, dus de proefsessie met de nieuwe kassasoftware van woensdag gaat niet door. Zullen we het na de feestdagen doen, dinsdag 5 januari, zelfde tijd?

Fijne kerst alvast!
Femke
""", "correct: 'zelfde tijd' for 10.00, 'na de feestdagen' (no date fact)")),
    (T4, ok(S("nl", "reschedule", "mr. Reinout van Tongeren", "Ilse Bakhuizen", "formal", "new",
              meeting="Bespreking van de aandeelhoudersovereenkomst", at="donderdag 2 september om 11.00 uur",
              props=("woensdag 8 september om 16.00 uur",)),
            "Bespreking aandeelhoudersovereenkomst – woensdag 8 september",
            """
Geachte heer Van Tongeren,

Door een onvoorziene verplichting kan ik onze bespreking van de aandeelhoudersovereenkomst op donderdag 2 september om 11 uur helaas niet laten doorgaan.

Zou woensdag 8 september om 4 uur 's middags u schikken?

Met vriendelijke groet,

Ilse Bakhuizen
""", "correct: 'heer Van Tongeren' for mr., 'om 4 uur 's middags' for 16.00")),
    (T2, ok(S("nl", "reschedule", "Annelies Vermeulen", "Koen de Smedt", "formal", "regular",
              meeting="Jaargesprek over het onderhoudscontract van de koelcellen", at="donderdag 25 februari om 13.00 uur",
              props=("maandag 8 maart om 13.00 uur",), reason="een storing bij een andere klant"),
            "Jaargesprek koelcellen",
            """
Beste mevrouw Vermeulen,

Een ernstige storing bij een andere klant dwingt me om ons jaargesprek over het onderhoudscontract van de koelcellen van overmorgen te verzetten. Past maandag 8 maart om één uur 's middags u?

Excuses voor het ongemak.

Vriendelijke groeten,
Koen de Smedt
""", "correct: 'overmorgen' (today Tue 23, meeting Thu 25), 'om één uur 's middags' for 13.00")),
    (T5, ok(S("nl", "decline", "Marloes Boersma", "Thijs Verbruggen", "formal", "new",
              meeting="Kennismaking over uw schoonmaakdiensten", at="dinsdag 26 oktober om 9.30 uur",
              reason="we hebben het schoonmaakcontract net voor drie jaar verlengd"),
            "Kennismaking 26 oktober",
            """
Geachte mevrouw Boersma,

Hartelijk dank voor uw voorstel om kennis te maken. Wij hebben ons schoonmaakcontract echter zojuist voor drie jaar verlengd, zodat een gesprek op dinsdag 26 oktober op dit moment weinig oplevert.

Ik bewaar uw gegevens graag voor later.

Met vriendelijke groet,
Thijs Verbruggen
""", "correct: 'drie jaar' from the reason")),
    (T3, ok(S("nl", "decline", "Bram Kuijpers", "Lotte Zwart", "friendly", "key",
              meeting="Borrel voor het tienjarig bestaan", at="vrijdag 4 juni om 17.00 uur",
              reason="ik zit dan in Lissabon"),
            "Jullie borrel vrijdag",
            """
Hé Bram,

Wat leuk dat jullie tien jaar bestaan, gefeliciteerd! Helaas zit ik vrijdag in Lissabon, dus de borrel moet ik aan me voorbij laten gaan. Proost er één op mij!

Groetjes,
Lotte
""", "correct: 'tien jaar' from the meeting name, 'proost er één' idiom")),
    (T1, ok(S("nl", "shorten", "Gerrit Mulder", "Sanne Hofman", "formal", "regular",
              meeting="Evaluatie van de wintercampagne", at="dinsdag 22 december om 15.00 uur", dur=45),
            "Evaluatie wintercampagne morgen",
            """
Geachte heer Mulder,

Morgen heb ik helaas minder ruimte in mijn agenda dan gepland. Zouden we de evaluatie van de wintercampagne kunnen beperken tot drie kwartier, gewoon om 15.00 uur? Ik stuur vooraf de cijfers rond, zodat we direct de diepte in kunnen.

Met vriendelijke groet,
Sanne Hofman
""", "correct: 'drie kwartier' for 45, 'morgen' (today Mon 21, meeting Tue 22)")),
    (T5, ok(S("nl", "shorten", "Daan Veldkamp", "Esmee Brouwer", "friendly", "regular",
              meeting="Overleg over de bloemstukken voor het congres", at="donderdag 21 oktober om 11.00 uur", dur=20),
            "Morgen kort overleg?",
            """
Hoi Daan,

Kunnen we het overleg over de bloemstukken voor het congres morgen om elf uur in twintig minuutjes doen? Ik heb de ontwerpen al klaar, dus dat is zo gepiept.

Groet,
Esmee
""", "correct: 'twintig minuutjes' for 20, 'zo gepiept' idiom")),
    (T2, ok(S("nl", "switch_to_call", "Hendrik Jan Wolters", "Naomi Pieters", "formal", "key",
              meeting="Overleg over de verzekering van het wagenpark", at="woensdag 3 maart om 10.00 uur",
              props=("woensdag 3 maart om 14.00 uur",), reason="de A28 is die dag afgesloten"),
            "Overleg wagenpark: telefonisch op 3 maart",
            """
Geachte heer Wolters,

Omdat de A28 op woensdag 3 maart is afgesloten, stel ik voor ons overleg over de verzekering van het wagenpark telefonisch te houden, op dezelfde dag om 14.00 uur in plaats van 's ochtends.

Ik bel u dan op het nummer dat bij ons bekend is.

Met vriendelijke groet,
Naomi Pieters
""", "correct: 'dezelfde dag om 14.00 uur in plaats van 's ochtends', 'het nummer dat bij ons bekend is' (no number)")),
    (T4, ok(S("nl", "switch_to_call", "Yvonne Smit", "Ruben Claassen", "friendly", "regular",
              meeting="Afspraak over de tuinaanleg", at="vrijdag 3 september om 9.00 uur",
              props=("maandag 6 september om 8.30 uur",)),
            "Tuinaanleg: even bellen",
            """
Hoi Yvonne,

Voor de tuinaanleg hoef ik eigenlijk niet langs te komen; de tekening heb je al. Zullen we maandag om half negen even bellen in plaats van vrijdag?

Groetjes,
Ruben
""", "correct: 'om half negen' for 8.30, 'maandag' (6 Sep)")),
    (T3, ok(S("nl", "switch_to_email", "Karin Timmermans", "Wouter Bosman", "formal", "regular",
              meeting="Doorlopen van de offerte voor de zonnepanelen", at="maandag 31 mei om 16.00 uur"),
            "Offerte zonnepanelen per e-mail",
            """
Beste mevrouw Timmermans,

Ik denk dat we de offerte voor de zonnepanelen prima per e-mail kunnen doorlopen, zodat u maandag niet speciaal hoeft te komen. Ik zet de belangrijkste punten voor u op een rij en stuur ze u toe.

Met vriendelijke groet,
Wouter Bosman
""", "correct: no time repeated, no deadline promised")),
    (T5, ok(S("nl", "switch_to_email", "Pieter-Bas Langeveld", "Roos Verhagen", "friendly", "key",
              meeting="Afstemming menukaart wintereditie", at="maandag 25 oktober om 15.00 uur",
              props=("woensdag 3 november om 15.00 uur",), reason="maar een paar gerechten wijzigen"),
            "Menukaart winter: per mail afstemmen",
            """
Hoi Pieter-Bas,

Er veranderen maar een paar gerechten op de winterkaart, dus ik stel voor dat we de afstemming per mail doen in plaats van maandag. Mocht je toch liever even zitten, dan kan het woensdag 3 november om drie uur.

Hartelijke groet,
Roos
""", "correct: 'een paar gerechten' from the reason, 'om drie uur' for 15.00")),
    (T1, ok(S("nl", "delegate", "Ria Vos", "Martijn Kok", "formal", "regular",
              meeting="Oplevering van de verbouwing in Amersfoort", at="maandag 28 december om 9.00 uur",
              col="Jeroen Schippers", reason="ik ben die week met verlof"),
            "Oplevering verbouwing Amersfoort",
            """
Geachte mevrouw Vos,

Tussen kerst en oud en nieuw ben ik met verlof. De oplevering van de verbouwing in Amersfoort op maandag 28 december om 9.00 uur wordt daarom verzorgd door mijn collega Jeroen Schippers, die het project vanaf het begin kent.

Met vriendelijke groet,
Martijn Kok
""", "correct: 'tussen kerst en oud en nieuw' for the week, colleague full name")),
    (T4, ok(S("nl", "delegate", "Hanneke Bruins", "Rick Meijering", "friendly", "key",
              meeting="Fotoshoot van de nieuwe collectie", at="dinsdag 7 september om 10.00 uur",
              col="Nina Aalders"),
            "Shoot volgende week: Nina neemt het over",
            """
Hoi Hanneke,

Volgende week dinsdag kan ik er helaas niet bij zijn, maar Nina neemt de fotoshoot van de nieuwe collectie over. Ze staat er om tien uur, met al het licht en de achtergronden. Komt helemaal goed!

Groetjes,
Rick
""", "correct: colleague by first name, 'om tien uur'")),
    (T2, ok(S("nl", "no_show_followup", "Erik Lammers", "Anouk Veenstra", "formal", "new",
              meeting="Intakegesprek financiële planning", at="vrijdag 19 februari om 13.30 uur",
              props=("donderdag 25 februari om 13.30 uur", "dinsdag 2 maart om 10.00 uur")),
            "Ons gesprek van vrijdag",
            """
Geachte heer Lammers,

Afgelopen vrijdag had ik u om half twee verwacht voor het intakegesprek over uw financiële planning. Ik hoop dat er niets ernstigs tussen is gekomen.

Als u het gesprek alsnog wilt voeren, kan ik u ontvangen op donderdag 25 februari om 13.30 uur of op dinsdag 2 maart om 10.00 uur.

Met vriendelijke groet,
Anouk Veenstra
""", "correct: past meeting 'afgelopen vrijdag' (19 Feb), 'om half twee' for 13.30")),
    (T3, ok(S("nl", "no_show_followup", "Sem Dekkers", "Lieke Hoogendoorn", "friendly", "regular",
              meeting="Personal training", at="maandag 24 mei om 7.00 uur",
              props=("vrijdag 28 mei om 7.00 uur",), pol={"notice_hours": 12, "fee_percent": 100}),
            "Maandagochtend gemist",
            """
Hoi Sem,

Maandagochtend stond ik om zeven uur klaar voor je personal training, maar je kwam niet opdagen. Alles goed?

Zullen we vrijdag op dezelfde tijd inhalen? Wel even ter herinnering: een training die je minder dan 12 uur van tevoren afzegt, reken ik volledig (100%).

Sportieve groet,
Lieke
""", "correct: 'volledig (100%)' backed by fee 100, 'om zeven uur'")),
    (T4, ok(S("nl", "late_cancellation", "Ingrid de Groot", "Bas Hendriks", "formal", "key",
              meeting="Workshop teambuilding op de hei", at="maandag 30 augustus om 9.00 uur",
              props=("maandag 13 september om 9.00 uur",), reason="een griepgolf op hun afdeling",
              pol={"notice_hours": 48, "fee_percent": 50, "deposit_percent": 25}),
            "Workshop teambuilding",
            """
Geachte mevrouw De Groot,

Dank voor uw bericht over de griepgolf op uw afdeling; vervelend, en beterschap voor iedereen. We kunnen de workshop teambuilding op de hei verplaatsen naar maandag 13 september om 9.00 uur.

Volgens onze voorwaarden brengen wij bij een annulering binnen 48 uur de helft van het tarief (50%) in rekening; de aanbetaling van 25% wordt niet terugbetaald.

Met vriendelijke groet,
Bas Hendriks
""", "correct: 'de helft van het tarief (50%)', deposit 25% with its own term")),
    (T5, ok(S("nl", "late_cancellation", "Joost Verheij", "Mirjam Scholten", "friendly", "regular",
              meeting="Stemles", at="dinsdag 19 oktober om 19.30 uur",
              pol={"notice_hours": 24, "fee_percent": 50}),
            "Stemles van gisteren",
            """
Hoi Joost,

Jammer van de stemles gisteravond, maar het kan gebeuren! Omdat je minder dan een dag (24 uur) van tevoren afzei, reken ik wel de helft van de les, dus 50%. Zin om snel weer iets te plannen?

Groetjes,
Mirjam
""", "correct: 'minder dan een dag (24 uur)', 'de helft … 50%'")),
    (T2, ok(S("nl", "cancellation_policy", "Frank Ouwehand", "Jolien Maas", "formal", "new",
              pol={"notice_hours": 72, "deposit_percent": 30}),
            "Onze annuleringsvoorwaarden",
            """
Geachte heer Ouwehand,

Welkom als nieuwe klant. Graag wijs ik u op onze annuleringsvoorwaarden: bij een boeking vragen wij een aanbetaling van 30%, en annuleren kan kosteloos tot 72 uur voor aanvang. Daarna vervalt de aanbetaling.

Met vriendelijke groet,
Jolien Maas
""", "correct: policy without meeting; 'kosteloos tot 72 uur' and deposit forfeited are the meaning of notice + deposit")),
    (T1, ok(S("nl", "cancellation_policy", "Tamara Jansen", "Niels Bouwman", "friendly", "key",
              meeting="Kerstdiner voor het team", at="woensdag 30 december om 18.30 uur",
              pol={"notice_hours": 48, "fee_percent": 25}),
            "Kerstdiner volgende week",
            """
Hoi Tamara,

Wat leuk dat jullie volgende week woensdag het kerstdiner voor het team bij ons vieren! Voor de duidelijkheid nog even onze regel: afzeggen kan tot twee dagen (48 uur) van tevoren; daarna rekenen we 25% van het menu.

Tot woensdag 30 december!
Niels
""", "correct: 'twee dagen (48 uur)', fee 25%")),
    # ------------------------------------------------------------------ flawed
    (T2, bad("time_swapped", S("nl", "reschedule", "Gijs Vermaat", "Eline Koster", "formal", "regular",
                               meeting="Voortgangsoverleg digitalisering archief", at="donderdag 25 februari om 10.00 uur",
                               props=("donderdag 4 maart om 14.00 uur",)),
             "Voortgangsoverleg archief",
             """
Geachte heer Vermaat,

Helaas moet ik ons voortgangsoverleg over de digitalisering van het archief verzetten. Ik stel voor om op donderdag 25 februari om 14.00 uur te spreken in plaats van op donderdag 4 maart om 10.00 uur.

Met vriendelijke groet,
Eline Koster
""", "dates and hours crossed: 25 Feb gets the new hour, 4 Mar the old one; neither is the offered slot")),
    (T5, bad("time_swapped", S("nl", "switch_to_call", "Margriet Dijkstra", "Sven Kuiper", "friendly", "regular",
                               meeting="Afspraak over de verhuisplanning", at="vrijdag 22 oktober om 16.00 uur",
                               props=("vrijdag 22 oktober om 10.00 uur",)),
             "Vrijdag bellen",
             """
Hoi Margriet,

Zullen we de verhuisplanning vrijdag telefonisch doen? Dan bel ik je om vier uur in plaats van om tien uur.

Groet,
Sven
""", "'om vier uur in plaats van om tien uur': old hour (16.00) offered, new (10.00) presented as old")),
    (T3, bad("time_recap_wrong", S("nl", "reschedule", "Robbert Hazelaar", "Fleur Jacobs", "formal", "key",
                                   meeting="Presentatie van het jaarplan marketing", at="donderdag 27 mei om 9.30 uur",
                                   props=("woensdag 2 juni om 9.30 uur",)),
             "Jaarplan marketing: woensdag 2 juni",
             """
Geachte heer Hazelaar,

Mijn excuses, maar de presentatie van het jaarplan marketing van morgen moet ik verzetten. Zou woensdag 2 juni om half tien u schikken?

Ik noteer dan voorlopig woensdag 2 juni om half elf in beide agenda's.

Met vriendelijke groet,
Fleur Jacobs
""", "recap 'om half elf' (10.30) is not the offered 'half tien' (9.30)")),
    (T4, bad("time_recap_wrong", S("nl", "no_show_followup", "Corinne Baas", "Lars Wessels", "formal", "new",
                                   meeting="Proefles pianostemmen", at="vrijdag 27 augustus om 15.00 uur",
                                   props=("donderdag 9 september om 15.00 uur",)),
             "Nieuwe afspraak op donderdag 9 september om 15.00 uur?",
             """
Beste mevrouw Baas,

Vrijdag hebben we elkaar gemist bij de proefles pianostemmen; ik hoop dat alles in orde is.

Zou u het gesprek willen inhalen op donderdag 2 september om 15.00 uur? Ik hoor graag of dat past.

Met vriendelijke groet,
Lars Wessels
""", "body offers donderdag 2 september; the given slot (and the subject) is 9 September")),
    (T1, bad("weekday_wrong", S("nl", "decline", "Anton Brinkman", "Saskia Molenaar", "formal", "regular",
                                meeting="Nieuwjaarsbijeenkomst van de ondernemersvereniging", at="donderdag 7 januari om 17.00 uur",
                                reason="ik ben dan nog op wintersport"),
             "Nieuwjaarsbijeenkomst van woensdag 7 januari",
             """
Geachte heer Brinkman,

Dank voor de uitnodiging voor de nieuwjaarsbijeenkomst van de ondernemersvereniging. Op 7 januari ben ik helaas nog op wintersport, dus ik moet verstek laten gaan.

Met vriendelijke groet,
Saskia Molenaar
""", "subject 'woensdag 7 januari'; 7 January 2027 is a Thursday")),
    (T3, bad("weekday_wrong", S("nl", "delegate", "Vera Lindeboom", "Stijn van Dam", "formal", "key",
                                meeting="Keuring van de koelinstallatie", at="dinsdag 1 juni om 8.00 uur",
                                col="Mark Hoogland"),
             "Keuring koelinstallatie",
             """
Geachte mevrouw Lindeboom,

Ik kan helaas zelf niet aanwezig zijn bij de keuring van de koelinstallatie op maandag 1 juni om 8.00 uur. Mijn collega Mark Hoogland neemt de keuring van mij over.

Met vriendelijke groet,
Stijn van Dam
""", "body 'maandag 1 juni'; 1 June 2027 is a Tuesday")),
    (T5, bad("percent_swapped", S("nl", "late_cancellation", "Willemijn Prins", "Olaf Kramer", "formal", "regular",
                                  meeting="Groepsrondleiding door de brouwerij", at="maandag 18 oktober om 14.00 uur",
                                  props=("vrijdag 29 oktober om 14.00 uur",),
                                  pol={"notice_hours": 72, "fee_percent": 60, "deposit_percent": 20}),
             "Rondleiding brouwerij",
             """
Geachte mevrouw Prins,

Uw annulering van de groepsrondleiding door de brouwerij van maandag hebben wij ontvangen. Een nieuwe rondleiding is mogelijk op vrijdag 29 oktober om 14.00 uur.

Zoals in onze voorwaarden staat, brengen wij bij annulering binnen 72 uur 20% van de prijs in rekening; de aanbetaling van 60% wordt niet terugbetaald.

Met vriendelijke groet,
Olaf Kramer
""", "fee 20% and deposit 60% swapped (given fee 60, deposit 20)")),
    (T2, bad("percent_swapped", S("nl", "cancellation_policy", "Huub Rietveld", "Kim van Leeuwen", "friendly", "new",
                                  pol={"notice_hours": 24, "fee_percent": 75, "deposit_percent": 50}),
             "Hoe het zit met afzeggen",
             """
Hoi Huub,

Leuk dat je bij ons geboekt hebt! Even kort hoe afzeggen werkt: je betaalt bij het boeken driekwart vooruit, en zeg je later af dan 24 uur van tevoren, dan betaal je de helft van de prijs.

Groetjes,
Kim
""", "in words: 'driekwart vooruit' (75) as deposit and 'de helft' (50) as fee; given fee 75, deposit 50")),
    (T4, bad("policy_invented", S("nl", "switch_to_email", "Ronald Meester", "Evi Sanders", "formal", "regular",
                                  meeting="Toelichting op de huurverhoging", at="woensdag 1 september om 11.00 uur"),
             "Toelichting huurverhoging",
             """
Geachte heer Meester,

Ik stel voor de toelichting op de huurverhoging per e-mail te geven, zodat u morgen niet hoeft te komen. Afspraken die niet uiterlijk een werkdag van tevoren worden afgezegd, brengen wij overigens in rekening; dat geldt nu uiteraard niet.

Met vriendelijke groet,
Evi Sanders
""", "a charge for late cancellation invented in words; no policy given")),
    (T1, bad("number_invented", S("nl", "reschedule", "Dirk Spijkerman", "Nadia el Idrissi", "formal", "key",
                                  meeting="Bespreking nieuwe huurcontracten winkelcentrum", at="dinsdag 29 december om 10.00 uur",
                                  props=("woensdag 6 januari om 10.00 uur",)),
             "Huurcontracten winkelcentrum: 6 januari",
             """
Geachte heer Spijkerman,

Ik wil onze bespreking van de nieuwe huurcontracten voor het winkelcentrum graag verplaatsen naar woensdag 6 januari om 10.00 uur. Dan liggen ook de definitieve voorstellen voor alle 18 units op tafel.

Met vriendelijke groet,
Nadia el Idrissi
""", "'alle 18 units' figure nobody gave")),
    (T3, bad("discount_invented", S("nl", "no_show_followup", "Lisanne Kroon", "Mats Huisman", "friendly", "regular",
                                    meeting="Bikefitting", at="dinsdag 25 mei om 18.00 uur",
                                    props=("maandag 31 mei om 18.00 uur",),
                                    reason="ze vroeg vorige keer of er korting mogelijk was"),
             "Je bikefitting",
             """
Hoi Lisanne,

Gisteren hadden we om zes uur je bikefitting staan, maar je was er niet. Alles oké? Maandag 31 mei om dezelfde tijd kan ik je weer inplannen, en dan krijg je er meteen die korting van 10% bij waar je naar vroeg.

Groet,
Mats
""", "10% discount granted because the reason mentions a request")),
    (T5, bad("link_invented", S("nl", "reschedule", "Emma Raaijmakers", "Tobias de Wit", "friendly", "key",
                                meeting="Planningssessie bruiloft", at="donderdag 21 oktober om 19.00 uur",
                                props=("dinsdag 26 oktober om 19.00 uur", "woensdag 27 oktober om 19.00 uur")),
             "Planningssessie verzetten",
             """
Hoi Emma,

Morgenavond lukt me helaas niet. Kunnen we de planningssessie voor de bruiloft verzetten naar dinsdag 26 of woensdag 27 oktober, allebei om 19.00 uur? Je kunt zelf een moment kiezen via calendly.com/tobiasdewit/bruiloft.

Liefs,
Tobias
""", "booking link nobody gave")),
    (T2, bad("email_invented", S("nl", "switch_to_email", "Geert Smeets", "Carlijn Post", "formal", "regular",
                                 meeting="Doornemen van de jaarcijfers", at="vrijdag 26 februari om 9.00 uur"),
             "Jaarcijfers per e-mail",
             """
Geachte heer Smeets,

Ik stel voor dat we de jaarcijfers per e-mail doornemen, in plaats van vrijdagochtend. Wilt u uw vragen sturen naar mijn collega van de administratie, administratie@postadvies.nl? Zij verzamelt alles.

Met vriendelijke groet,
Carlijn Post
""", "administration e-mail address nobody gave")),
    (T4, bad("phone_invented", S("nl", "switch_to_call", "Arjan Visscher", "Tessel Bos", "formal", "new",
                                 meeting="Kennismaking over de kantoorinrichting", at="maandag 6 september om 14.00 uur",
                                 props=("dinsdag 7 september om 11.00 uur",)),
             "Kennismaking: telefonisch",
             """
Geachte heer Visscher,

Graag stel ik voor om onze kennismaking over de kantoorinrichting telefonisch te doen, op dinsdag 7 september om 11.00 uur. U kunt mij dan bereiken op 06-41 87 32 90.

Met vriendelijke groet,
Tessel Bos
""", "mobile number nobody gave")),
    (T1, bad("title_or_company_invented", S("nl", "shorten", "Lotte Verhoeven", "Gerben Zijlstra", "formal", "regular",
                                            meeting="Overleg over de inkoop van verpakkingen", at="woensdag 23 december om 13.00 uur", dur=30),
             "Overleg verpakkingen woensdag",
             """
Geachte mevrouw Verhoeven,

Zou u het goed vinden als we het overleg over de inkoop van verpakkingen van woensdag inkorten tot een half uur? De meeste punten zijn inmiddels per mail afgestemd.

Met vriendelijke groet,

Gerben Zijlstra
Hoofd inkoop | Zijlstra Verpakkingen B.V.
""", "title and company under the signature nobody gave")),
    (T5, bad("name_near_miss", S("nl", "no_show_followup", "Maartje Wouters", "Hugo Kempen", "formal", "regular",
                                 meeting="Afspraak voor de jaarlijkse APK-keuring", at="vrijdag 15 oktober om 8.30 uur",
                                 props=("maandag 25 oktober om 8.30 uur",)),
             "Uw APK-afspraak",
             """
Geachte mevrouw Wouter,

Afgelopen vrijdag stond uw auto om half negen ingepland voor de jaarlijkse APK-keuring, maar we hebben u niet gezien. Zullen we de keuring verplaatsen naar maandag 25 oktober, zelfde tijd?

Met vriendelijke groet,
Hugo Kempen
""", "'mevrouw Wouter' for Wouters (one letter dropped)")),
    (T3, bad("place_changed", S("nl", "switch_to_call", "Tim Ravensberg", "Julia Mertens", "formal", "regular",
                                meeting="Bezoek aan de productielocatie in Tilburg", at="maandag 7 juni om 10.00 uur",
                                props=("dinsdag 8 juni om 10.00 uur",)),
             "Productielocatie: telefonisch",
             """
Geachte heer Ravensberg,

Ik stel voor het bezoek aan de productielocatie in Breda om te zetten in een telefonisch overleg, op dinsdag 8 juni om 10.00 uur.

Met vriendelijke groet,
Julia Mertens
""", "the site is in Tilburg; the mail says Breda")),
    (T2, bad("place_changed", S("nl", "decline", "Petra Hulshof", "Bart Nauta", "friendly", "key",
                                meeting="Open dag van de kwekerij in Boskoop", at="zaterdag 6 maart om 10.00 uur",
                                reason="ik sta die dag op een beurs"),
             "Open dag",
             """
Hoi Petra,

Dank je voor de uitnodiging! Zaterdag de 6e sta ik helaas op een beurs, dus de open dag van jullie kwekerij in Aalsmeer moet ik deze keer overslaan. Veel succes!

Groet,
Bart
""", "the nursery is in Boskoop; the mail says Aalsmeer")),
    (T4, bad("foreign_paragraph", S("nl", "delegate", "Jacqueline Drost", "Michiel Jonker", "formal", "regular",
                                    meeting="Controle van de brandmeldinstallatie", at="donderdag 9 september om 9.00 uur",
                                    col="Ayla Yılmaz"),
             "Controle brandmeldinstallatie",
             """
Geachte mevrouw Drost,

Op donderdag 9 september ben ik verhinderd. De controle van de brandmeldinstallatie om 9.00 uur wordt uitgevoerd door mijn collega Ayla Yılmaz.

Sie kennt Ihre Anlage sehr gut und wird Ihnen den Prüfbericht noch am selben Tag zusenden.

Met vriendelijke groet,
Michiel Jonker
""", "one paragraph in German in a Dutch mail")),
    (T1, bad("foreign_paragraph", S("nl", "late_cancellation", "Bernadette Kooij", "Jesse Loman", "formal", "new",
                                    meeting="Proefmenu voor de bedrijfsborrel", at="vrijdag 18 december om 16.00 uur",
                                    props=("donderdag 7 januari om 16.00 uur",), pol={"notice_hours": 48, "fee_percent": 30}),
             "Proefmenu bedrijfsborrel",
             """
Geachte mevrouw Kooij,

Wij hebben uw annulering van het proefmenu van afgelopen vrijdag ontvangen. Graag nodigen wij u opnieuw uit op donderdag 7 januari om 16.00 uur.

As stated in our terms, cancellations made less than 48 hours in advance are charged at 30% of the menu price.

Met vriendelijke groet,
Jesse Loman
""", "policy paragraph in English in a Dutch mail")),
]
