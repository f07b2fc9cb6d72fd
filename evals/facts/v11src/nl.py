"""v11, Dutch: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v11src._d import A, B, C, D, E


def S(*a, **k):
    return _S("nl", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Wilhelmina Oosterbroek", "Thijmen Rozendaal", "formal", "regular",
             meeting="Bouwkundige opname van de woning aan de Lindengracht", at="donderdag 15 juli om 9.30 uur",
             props=["dinsdag 20 juli om 9.30 uur", "woensdag 21 juli om 13.00 uur"],
             reason="de sleutel van het pand is nog niet overgedragen"),
           "Bouwkundige opname Lindengracht: nieuwe datum",
           """
Geachte mevrouw Oosterbroek,

De sleutel van het pand aan de Lindengracht is nog niet aan ons overgedragen, waardoor de bouwkundige opname donderdag niet door kan gaan.

Ik kan u twee andere momenten aanbieden: dinsdag 20 juli, eveneens om half tien, of woensdag 21 juli om één uur 's middags. Laat u mij weten wat u het beste uitkomt?

Met vriendelijke groet,
Thijmen Rozendaal
""", "correct: 'om half tien' for 9.30, 'om één uur 's middags' for 13.00")),
    (A, ok(S("decline", "Ruben Heijstek", "Marloes Vermeire", "formal", "new",
             meeting="Kennismaking over de werving van planners voor het distributiecentrum",
             at="vrijdag 16 juli om 11.00 uur", reason="wij nemen tot september geen nieuwe opdrachten aan"),
           "Kennismaking van vrijdag",
           """
Beste heer Heijstek,

Hartelijk dank voor uw uitnodiging om kennis te maken over de werving van planners voor uw distributiecentrum.

Helaas nemen wij tot september geen nieuwe opdrachten aan, zodat ik het gesprek van vrijdag moet afzeggen. Ik denk graag na de zomer met u mee, als de vacatures dan nog openstaan.

Met vriendelijke groet,
Marloes Vermeire
""", "correct: 'tot september' from the reason, 'na de zomer' no date")),
    (A, ok(S("late_cancellation", "Jorrit Leijdekkers", "Fenna Hoogeveen", "formal", "regular",
             meeting="Wortelkanaalbehandeling linksonder", at="maandag 12 juli om 8.15 uur",
             props=["vrijdag 16 juli om 8.15 uur"], reason="afmelding per voicemail om zeven uur 's ochtends",
             pol={"notice_hours": 24, "fee_percent": 50}),
           "Uw afspraak van gisteren",
           """
Geachte heer Leijdekkers,

Wij hebben uw voicemailbericht van gistermorgen zeven uur goed ontvangen, waarin u de wortelkanaalbehandeling van kwart over acht afzegde.

Zoals in onze praktijkvoorwaarden staat, brengen wij bij afmelding binnen 24 uur voor de afspraak de helft van het tarief in rekening, dus 50%.

Wij kunnen de behandeling inhalen op vrijdag 16 juli, opnieuw om 8.15 uur.

Met vriendelijke groet,
Fenna Hoogeveen
""", "correct: 'gistermorgen' = Mon 12 July, 'kwart over acht', 'de helft ... dus 50%'")),
    (A, ok(S("switch_to_call", "Femke Bijlsma-Roodhart", "Lotte van Dommelen", "friendly", "key",
             meeting="Doorloop van het draaiboek voor de bruiloft", at="woensdag 21 juli om 19.30 uur",
             props=["woensdag 21 juli om 20.30 uur"], reason="de oppas heeft afgezegd"),
           "Draaiboek: even bellen?",
           """
Hoi Femke,

Mijn oppas heeft afgezegd, dus naar jullie toe komen op woensdag gaat lastig. Zullen we het draaiboek voor de bruiloft telefonisch doorlopen? Dan bel ik je om half negen, als de kleine ligt.

Leg het draaiboek er alvast bij, dan lopen we het punt voor punt door.

Liefs,
Lotte
""", "correct: 'om half negen' for 20.30, 'punt voor punt' idiom")),
    (B, ok(S("cancellation_policy", "Sietse Dijkgraaf", "Ingrid Wolthuis", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 100}),
           "Afmelden van rijlessen",
           """
Beste heer Dijkgraaf,

Welkom bij onze rijschool! Voordat we uw eerste les inplannen, wijs ik u graag op onze afmeldregeling.

Kunt u een rijles niet volgen, meld u dan minstens twee dagen (48 uur) van tevoren af. Bij een latere afmelding rekenen wij de les volledig.

Met vriendelijke groet,
Ingrid Wolthuis
""", "correct: policy without a meeting, 'twee dagen (48 uur)', 'volledig' for 100%")),
    (B, ok(S("shorten", "Geert-Jan Brinkhorst", "Anouk Terpstra", "formal", "regular",
             meeting="Bedrijfsbezoek over de mestplaatsing van volgend seizoen", at="woensdag 25 augustus om 10.00 uur",
             dur=60, reason="ik moet om twaalf uur in Zwolle zijn"),
           "Bedrijfsbezoek woensdag: korter",
           """
Geachte heer Brinkhorst,

Woensdag moet ik om twaalf uur in Zwolle zijn. Ik kom graag om 10.00 uur langs voor het bedrijfsbezoek over de mestplaatsing, maar stel voor dat we het bij een uur houden.

Als u de mestboekhouding van vorig jaar klaarlegt, komen we daar ruim mee uit.

Met vriendelijke groet,
Anouk Terpstra
""", "correct: 'een uur' for 60 minutes, 'om twaalf uur' from the reason")),
    (B, ok(S("delegate", "Machteld Bruggink", "Daan Smulders", "formal", "key",
             meeting="Oplevering van de nieuwe klantportal", at="donderdag 26 augustus om 14.00 uur",
             col="Noor Akkermans", reason="ik word die dag geopereerd aan mijn knie"),
           "Oplevering klantportal donderdag",
           """
Beste mevrouw Bruggink,

Donderdag word ik aan mijn knie geopereerd en kan ik de oplevering van de nieuwe klantportal helaas niet zelf doen.

Mijn collega Noor Akkermans neemt het van mij over. Zij heeft het hele traject meegebouwd en weet precies waar we staan. Het tijdstip blijft gewoon twee uur 's middags.

Met hartelijke groet,
Daan Smulders
""", "correct: 'twee uur 's middags' for 14.00, reason restated")),
    (B, ok(S("no_show_followup", "Bram Opdenakker", "Sanne Wijnhoven", "friendly", "regular",
             meeting="Fotoshoot voor de nieuwe website van de bakkerij", at="zaterdag 21 augustus om 7.00 uur",
             props=["zaterdag 28 augustus om 7.00 uur", "dinsdag 31 augustus om 7.00 uur"]),
           "Zaterdagochtend gemist",
           """
Hoi Bram,

Ik stond zaterdag om zeven uur met mijn camera voor de deur van de bakkerij, maar er deed niemand open. Alles goed daar?

Zullen we de shoot voor de nieuwe website opnieuw plannen? Zaterdag 28 augustus kan ik weer om zeven uur, of dinsdag de 31e, zelfde tijd. Dan heb je de verse broden mooi in de etalage liggen.

Groetjes,
Sanne
""", "correct: 'dinsdag de 31e, zelfde tijd', 'om zeven uur' for 7.00")),
    (C, ok(S("switch_to_email", "Aleida Klinkenberg", "Wouter van der Heijden", "formal", "regular",
             meeting="Toelichting op het taxatierapport van de boerderij", at="dinsdag 21 september om 15.00 uur",
             reason="het rapport heeft maar drie open punten"),
           "Taxatierapport: toelichting per e-mail",
           """
Geachte mevrouw Klinkenberg,

Het taxatierapport van de boerderij is nagenoeg af; er staan nog maar drie open punten in. Volgens mij kunnen we die prima per e-mail afhandelen, zodat u dinsdag niet naar kantoor hoeft te komen.

Ik stuur u vandaag de drie punten met mijn toelichting. Mocht u toch liever overleggen, dan hoor ik het graag.

Met vriendelijke groet,
Wouter van der Heijden
""", "correct: 'drie open punten' from the reason")),
    (C, ok(S("reschedule", "Hidde Zwanenburg", "Esmée Valkenier", "friendly", "regular",
             meeting="Controle van de beugel", at="vrijdag 17 september om 15.45 uur",
             props=["woensdag 22 september om 15.45 uur", "donderdag 23 september om 10.15 uur"],
             reason="de orthodontist is morgen op een congres"),
           "Beugelcontrole verzetten",
           """
Hoi Hidde,

De orthodontist zit morgen op een congres, dus we moeten je beugelcontrole verzetten.

Kun je woensdag 22 september om kwart voor vier, dus dezelfde tijd? Of anders donderdag 23 september om kwart over tien. Laat maar weten wat past met school!

Groet,
Esmée
""", "correct: 'morgen' = Fri 17 Sept, 'kwart voor vier' for 15.45, 'kwart over tien'")),
    (C, ok(S("late_cancellation", "Mirthe Haverkamp", "Joost Ebbinge", "formal", "regular",
             meeting="Snelwegles met de lesauto", at="woensdag 15 september om 18.00 uur",
             props=["maandag 20 september om 18.00 uur"], reason="afmelding een half uur voor de les",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Rijles van gisteravond",
           """
Beste Mirthe,

Jammer dat je gisteravond een half uur voor de les moest afzeggen. Ik hoop dat alles in orde is.

Je weet het misschien nog van de intake: een les die minder dan een etmaal (24 uur) van tevoren wordt afgezegd, rekenen we helemaal. Daar kan ik helaas geen uitzondering op maken.

Maandag 20 september om zes uur 's avonds heb ik nog plek voor de snelwegles. Zal ik je inplannen?

Groet,
Joost Ebbinge
""", "correct: 'een etmaal (24 uur)', 'helemaal' for 100%, 'zes uur 's avonds' for 18.00")),
    (C, ok(S("decline", "Roelof Scheepstra", "Iris Nauta", "formal", "regular",
             meeting="Fotografie bij de opening van de nieuwe melkveestal", at="zaterdag 25 september om 13.00 uur",
             reason="ik fotografeer die dag een bruiloft in Groningen"),
           "Opening nieuwe stal",
           """
Geachte heer Scheepstra,

Dank u wel dat u aan mij dacht voor de opening van uw nieuwe melkveestal.

Op zaterdag 25 september fotografeer ik echter een bruiloft in Groningen, zodat ik die middag niet beschikbaar ben. Dat spijt me, want het lijkt me een prachtige dag.

Ik wens u een geslaagde opening.

Met vriendelijke groet,
Iris Nauta
""", "correct: date restated, reason restated")),
    (D, ok(S("shorten", "Kees Wijnbergen", "Yasmina el Amrani", "formal", "regular",
             meeting="Evaluatie van het traineeship", at="dinsdag 12 oktober om 13.30 uur", dur=30,
             reason="om drie uur heb ik een selectiedag in Utrecht"),
           "Evaluatie traineeship: een half uur",
           """
Geachte heer Wijnbergen,

Dinsdag om drie uur heb ik een selectiedag in Utrecht. Zullen we de evaluatie van het traineeship om half twee laten beginnen zoals gepland, maar een half uur plannen in plaats van langer?

Ik stuur u vooraf de punten die ik wil bespreken.

Met vriendelijke groet,
Yasmina el Amrani
""", "correct: 'om half twee' for 13.30, 'een half uur' for 30 minutes")),
    (D, ok(S("cancellation_policy", "Lieke Brouwershaven", "Tessa Veldkamp", "friendly", "key",
             meeting="Proefdiner in de oranjerie", at="vrijdag 22 oktober om 18.30 uur",
             pol={"notice_hours": 72, "deposit_percent": 30}),
           "Proefdiner: even de afspraken",
           """
Lieve Lieke,

Wat leuk dat het proefdiner in de oranjerie nu echt vastligt: vrijdag 22 oktober om half zeven!

Voor de volledigheid zet ik de afspraken nog even op een rij: je betaalt een aanbetaling van 30%, en mocht het onverhoopt niet doorgaan, laat het me dan drie dagen van tevoren weten (72 uur).

Ik heb er zin in!
Tessa
""", "correct: 'om half zeven' for 18.30, 'drie dagen ... (72 uur)', 'aanbetaling van 30%'")),
    (D, ok(S("delegate", "Harm Oldenkamp", "Rianne Stoffelen", "formal", "regular",
             meeting="Bodemonderzoek op de aardappelpercelen", at="donderdag 14 oktober om 8.00 uur",
             col="Maarten Bosveld", reason="ik zit die week in quarantaine na een dierziekte op het bedrijf"),
           "Bodemonderzoek donderdag",
           """
Geachte heer Oldenkamp,

Door een dierziekte op een bedrijf dat ik bezocht heb, zit ik deze week in quarantaine en kan ik donderdag niet zelf komen voor het bodemonderzoek.

Mijn collega Maarten Bosveld neemt het over, om acht uur 's ochtends zoals afgesproken. Hij heeft de kaarten van uw aardappelpercelen al van mij gekregen.

Met vriendelijke groet,
Rianne Stoffelen
""", "correct: reason paraphrased, 'acht uur 's ochtends'")),
    (D, ok(S("switch_to_call", "Stijn Vanhaverbeke", "Elke Claessens", "friendly", "regular",
             meeting="Sprintdemo van de webshop", at="maandag 11 oktober om 10.00 uur",
             reason="de testomgeving draait nog niet stabiel genoeg voor een demo op locatie"),
           "Sprintdemo via Teams?",
           """
Dag Stijn,

De testomgeving van de webshop draait nog niet stabiel genoeg om er op locatie een demo mee te geven. Zullen we maandag om tien uur gewoon even bellen? Ik deel mijn scherm en we kijken samen wat er al werkt.

Tot maandag,
Elke
""", "correct: Flemish 'Dag Stijn', a call at the meeting time, 'om tien uur'")),
    (E, ok(S("no_show_followup", "Coen Bakhuizen", "Loes Aarsman", "formal", "new",
             meeting="Eerste controle en gebitsreiniging", at="dinsdag 9 november om 11.30 uur",
             props=["donderdag 18 november om 11.30 uur", "vrijdag 19 november om 9.00 uur"]),
           "Uw afspraak van gisteren",
           """
Geachte heer Bakhuizen,

Gisteren om half twaalf stond uw eerste controle met gebitsreiniging bij ons gepland, maar u bent niet verschenen. Wij hopen dat er niets vervelends is gebeurd.

Graag plannen we een nieuwe afspraak. Past donderdag 18 november om 11.30 uur, of vrijdag 19 november om negen uur?

Met vriendelijke groet,
Loes Aarsman
""", "correct: 'gisteren om half twaalf' = Tue 9 Nov 11.30, 'om negen uur'")),
    (E, ok(S("switch_to_email", "Annemarie Lodewijks", "Pieter Steenbergen", "formal", "regular",
             meeting="Bespreking van de salarisbenchmark", at="vrijdag 12 november om 9.30 uur",
             reason="de cijfers spreken grotendeels voor zich"),
           "Salarisbenchmark",
           """
Geachte mevrouw Lodewijks,

De cijfers van de salarisbenchmark spreken grotendeels voor zich. Ik stel daarom voor om de bespreking van vrijdag te laten vervallen en u het overzicht per e-mail te sturen, met een korte toelichting per functiegroep.

Heeft u daarna vragen, dan neem ik uiteraard graag de tijd om ze te beantwoorden.

Met vriendelijke groet,
Pieter Steenbergen
""", "correct: nothing added to the reason")),
    (E, ok(S("reschedule", "Jelmer Wieringa", "Sjoukje Hiemstra", "formal", "key",
             meeting="Keukentafelgesprek over de bedrijfsovername door de zoon", at="donderdag 11 november om 20.00 uur",
             props=["maandag 15 november om 20.00 uur", "dinsdag 16 november om 19.30 uur"],
             reason="de notaris kan pas volgende week aansluiten"),
           "Keukentafelgesprek verzetten",
           """
Beste Jelmer,

De notaris kan pas volgende week aansluiten bij ons keukentafelgesprek over de overname door je zoon. Omdat zijn inbreng zo belangrijk is, stel ik voor het gesprek te verzetten.

Zou maandag 15 november om acht uur 's avonds kunnen, of anders dinsdag 16 november om half acht?

Hartelijke groet,
Sjoukje Hiemstra
""", "correct: first name to a key client, 'acht uur 's avonds' for 20.00, 'half acht' for 19.30")),
    (E, ok(S("late_cancellation", "Daphne Ruitenberg", "Niels Gerritsma", "friendly", "regular",
             meeting="Newbornshoot bij jullie thuis", at="maandag 8 november om 10.00 uur",
             props=["woensdag 17 november om 10.00 uur"], reason="afgezegd dezelfde ochtend omdat de baby koorts had",
             pol={"notice_hours": 24, "deposit_percent": 50}),
           "Nieuwe datum newbornshoot",
           """
Hoi Daphne,

Wat vervelend dat jullie kleintje maandag koorts had, ik hoop dat het inmiddels beter gaat!

Even ter herinnering hoe het bij mij werkt: bij het boeken betaal je de helft vooraf (50% aanbetaling), en afzeggen graag minstens 24 uur van tevoren.

Ik kan woensdag 17 november weer om tien uur bij jullie zijn. Laat maar weten!

Liefs,
Niels
""", "correct: 'de helft vooraf (50% aanbetaling)' bound to the deposit, 'om tien uur'")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Hester Koopmanschap", "Vincent Elzinga", "formal", "regular",
                              meeting="Portretshoot voor het jaarverslag", at="donderdag 15 juli om 13.00 uur",
                              props=["dinsdag 20 juli om 13.00 uur"], reason="de studio heeft een lekkage"),
            "Portretshoot jaarverslag verplaatst",
            """
Geachte mevrouw Koopmanschap,

Door een lekkage in de studio kan de portretshoot voor het jaarverslag niet doorgaan zoals gepland.

Ik stel voor de shoot te verplaatsen van dinsdag 20 juli naar donderdag 15 juli, op hetzelfde tijdstip van één uur.

Met vriendelijke groet,
Vincent Elzinga
""", "dates exchanged: moved 'van dinsdag 20 juli naar donderdag 15 juli'")),
    (A, bad("place_changed", S("delegate", "Gerbrand Schuttevaer", "Marjolein Dekema", "formal", "regular",
                               meeting="Keukentafelgesprek over de bedrijfsovername in Dronten",
                               at="vrijdag 16 juli om 10.00 uur", col="Ronald Hilbrands",
                               reason="ik ben met spoed opgenomen in het ziekenhuis"),
            "Gesprek van vrijdag",
            """
Geachte heer Schuttevaer,

Ik ben met spoed in het ziekenhuis opgenomen en kan vrijdag helaas niet naar Lelystad komen voor ons gesprek over de bedrijfsovername.

Mijn collega Ronald Hilbrands neemt het gesprek over, om tien uur zoals gepland.

Met vriendelijke groet,
Marjolein Dekema
""", "the meeting is in Dronten; the mail says Lelystad")),
    (A, bad("foreign_paragraph", S("switch_to_email", "Maurits Tjepkema", "Roos Hendriksen", "formal", "regular",
                                   meeting="Review van de API-documentatie", at="maandag 19 juli om 14.00 uur",
                                   reason="de documentatie is nog maar half af"),
            "API-documentatie",
            """
Geachte heer Tjepkema,

De API-documentatie is nog maar half af, dus een review op maandag zou weinig opleveren.

Ich schicke Ihnen die bisherigen Kapitel per E-Mail, damit Sie schon einmal einen Blick darauf werfen können.

De rest volgt zodra het klaar is.

Met vriendelijke groet,
Roos Hendriksen
""", "middle paragraph in German")),
    (A, bad("weekday_wrong", S("reschedule", "Carolien Dirksen", "Bas Koldenhof", "formal", "new",
                               meeting="Intake voor de implantaatbehandeling", at="vrijdag 16 juli om 10.45 uur",
                               props=["donderdag 22 juli om 10.45 uur"], reason="de kaakchirurg is vrijdag niet in de praktijk"),
            "Intake implantaat",
            """
Geachte mevrouw Dirksen,

De kaakchirurg is vrijdag onverwacht niet in de praktijk, en hij wil bij uw intake voor de implantaatbehandeling aanwezig zijn.

Wij stellen daarom voor de intake te verplaatsen naar woensdag 22 juli, om kwart voor elf.

Met vriendelijke groet,
Bas Koldenhof
""", "body says 'woensdag 22 juli'; 22 July 2027 is a Thursday")),
    (B, bad("time_recap_wrong", S("switch_to_call", "Frieda Lamberink", "Sander Overeem", "formal", "regular",
                                  meeting="Terugkoppeling na het assessment", at="dinsdag 24 augustus om 9.00 uur",
                                  props=["dinsdag 24 augustus om 16.00 uur"], reason="ik zit die ochtend op de rechtbank"),
            "Terugkoppeling assessment",
            """
Geachte mevrouw Lamberink,

Dinsdagochtend ben ik op de rechtbank. Zullen we de terugkoppeling na uw assessment telefonisch doen, dezelfde dag om vier uur 's middags?

Ik bel u dan op. Tot dinsdag om negen uur!

Met vriendelijke groet,
Sander Overeem
""", "recap names 9.00, the old slot; the call is at 16.00")),
    (B, bad("percent_swapped", S("late_cancellation", "Tijs Achterberg", "Mieke Sonnemans", "formal", "regular",
                                 meeting="Examentraining in Eindhoven", at="vrijdag 20 augustus om 15.00 uur",
                                 props=["donderdag 26 augustus om 15.00 uur"], reason="afmelding een uur vooraf",
                                 pol={"notice_hours": 48, "fee_percent": 75, "deposit_percent": 25}),
            "Examentraining van vrijdag",
            """
Beste Tijs,

Je meldde je vrijdag een uur voor de examentraining af. Jammer!

Volgens onze voorwaarden betaal je bij de inschrijving 75% aanbetaling, en bij afmelding binnen 48 uur rekenen we 25% van de les.

Donderdag 26 augustus om drie uur kunnen we het opnieuw proberen.

Groet,
Mieke Sonnemans
""", "deposit 25% and fee 75% given; the mail swaps them")),
    (B, bad("policy_invented", S("no_show_followup", "Gijsbert Nooteboom", "Karlijn Brakel", "formal", "regular",
                                 meeting="Inmeting van de erfgrens", at="vrijdag 20 augustus om 8.30 uur",
                                 props=["woensdag 1 september om 8.30 uur"]),
            "Inmeting erfgrens",
            """
Geachte heer Nooteboom,

Vrijdagochtend om half negen stond ik bij uw perceel voor de inmeting van de erfgrens, maar ik heb u niet getroffen.

De voorrijkosten van die ochtend brengen we zoals gebruikelijk in rekening.

Ik kan opnieuw komen op woensdag 1 september, eveneens om half negen.

Met vriendelijke groet,
Karlijn Brakel
""", "a call-out charge for the missed visit; no policy given")),
    (B, bad("number_invented", S("shorten", "Annelies Boschma", "Wendy Roodbergen", "friendly", "regular",
                                 meeting="Generale repetitie van de ceremonie", at="vrijdag 27 augustus om 16.00 uur",
                                 dur=45, reason="de trouwlocatie gaat om vijf uur dicht"),
            "Repetitie vrijdag",
            """
Hoi Annelies,

De trouwlocatie gaat vrijdag al om vijf uur dicht, dus we houden de generale repetitie kort: drie kwartier vanaf vier uur.

Met 85 gasten op de dag zelf is het fijn als iedereen precies weet waar hij moet staan, dus neem de ceremoniemeesters zeker mee!

Liefs,
Wendy
""", "'85 gasten' is a number nobody gave")),
    (C, bad("discount_invented", S("reschedule", "Egbert Sloothaak", "Lisanne Verbrugge", "formal", "regular",
                                   meeting="Demo van de planningsmodule", at="vrijdag 17 september om 11.00 uur",
                                   props=["dinsdag 21 september om 11.00 uur"],
                                   reason="de klant vraagt om korting omdat de oplevering al twee weken vertraagd is"),
            "Demo planningsmodule",
            """
Geachte heer Sloothaak,

Ik begrijp dat de twee weken vertraging in de oplevering vervelend voor u is. Omdat de module nog niet helemaal stabiel is, wil ik de demo van morgen graag verplaatsen naar dinsdag 21 september, om elf uur.

Als tegemoetkoming geven we 15% korting op de factuur van deze fase.

Met vriendelijke groet,
Lisanne Verbrugge
""", "a 15% discount because the reason mentions a request")),
    (C, bad("link_invented", S("switch_to_call", "Trijntje Bouwhuis", "Erik Jan Lammers", "friendly", "regular",
                               meeting="Veldbezoek over de subsidie voor kruidenrijk grasland",
                               at="maandag 20 september om 13.30 uur", reason="de weilanden staan onder water"),
            "Veldbezoek maandag",
            """
Hoi Trijntje,

De weilanden staan onder water, dus een veldbezoek heeft maandag weinig zin. Zullen we om half twee videobellen over de subsidie voor kruidenrijk grasland?

Je kunt inbellen via https://whereby.com/lammers-advies

Groet,
Erik Jan
""", "a video link nobody gave")),
    (C, bad("email_invented", S("reschedule", "Vera Gosselink", "Thomas van Eijck", "formal", "new",
                                meeting="Bedrijfsreportage in de kaasmakerij", at="woensdag 22 september om 9.00 uur",
                                props=["maandag 27 september om 9.00 uur"], reason="de kaasmakers zijn die dag op een beurs"),
            "Bedrijfsreportage kaasmakerij",
            """
Geachte mevrouw Gosselink,

De kaasmakers zijn woensdag op een beurs, en zonder hen wordt het geen echte reportage. Mag ik voorstellen om uit te wijken naar maandag 27 september, om negen uur?

U kunt de planning ook bevestigen via planning@vaneijckfotografie.nl.

Met vriendelijke groet,
Thomas van Eijck
""", "an e-mail address nobody gave")),
    (C, bad("phone_invented", S("delegate", "Berend Kamminga", "Suzan Hulshof", "formal", "regular",
                                meeting="Plaatsen van de brug in de onderkaak", at="donderdag 23 september om 14.15 uur",
                                col="Ahmed Bouzid", reason="ik heb die week een cursus in Leuven"),
            "Uw afspraak van donderdag",
            """
Geachte heer Kamminga,

Ik volg die week een cursus in Leuven. Het plaatsen van uw brug in de onderkaak gaat gewoon door op donderdag om kwart over twee, bij mijn collega Ahmed Bouzid.

Met vragen kunt u de assistente bereiken op 050 318 42 76.

Met vriendelijke groet,
Suzan Hulshof
""", "a phone number nobody gave")),
    (D, bad("title_or_company_invented", S("no_show_followup", "Melanie Wesseling", "Rutger Oudshoorn", "formal", "new",
                                           meeting="Sollicitatiegesprek voor de functie van teamleider klantenservice",
                                           at="woensdag 6 oktober om 10.00 uur", props=["dinsdag 12 oktober om 10.00 uur"]),
            "Sollicitatiegesprek woensdag",
            """
Geachte mevrouw Wesseling,

Woensdag om tien uur hadden we een sollicitatiegesprek voor de functie van teamleider klantenservice, maar u was er helaas niet. Ik hoop dat alles goed met u is.

Mocht u nog interesse hebben, dan kan ik u dinsdag 12 oktober om 10.00 uur ontvangen.

Met vriendelijke groet,
Rutger Oudshoorn
Senior recruiter, Noordster Werving & Selectie
""", "signature adds a job title and an agency nobody gave")),
    (D, bad("name_near_miss", S("late_cancellation", "Josefien Verheggen", "Manon Tiemessen", "friendly", "regular",
                                meeting="Proefopmaak voor de bruiloft", at="donderdag 7 oktober om 9.30 uur",
                                props=["woensdag 13 oktober om 9.30 uur"], reason="afgezegd om negen uur dezelfde ochtend",
                                pol={"notice_hours": 24, "fee_percent": 50}),
            "Proefopmaak gisteren",
            """
Hoi Josefine,

Balen dat je gisterochtend moest afzeggen! Ik snap dat het soms niet anders kan.

Zoals we bij de boeking hebben afgesproken, reken ik bij afzeggen binnen 24 uur de helft van het tarief (50%).

Woensdag 13 oktober om half tien heb ik nog plek. Zal ik je erin zetten?

Liefs,
Manon
""", "'Josefine' for Josefien (two letters moved)")),
    (D, bad("place_changed", S("reschedule", "Hendrik Pasveer", "Claudia Meerdink", "formal", "regular",
                               meeting="Taxatie van het bedrijfspand in Deventer", at="maandag 11 oktober om 14.00 uur",
                               props=["woensdag 13 oktober om 14.00 uur"], reason="de huurder is maandag niet bereikbaar"),
            "Taxatie bedrijfspand",
            """
Geachte heer Pasveer,

De huurder van het bedrijfspand in Apeldoorn is maandag niet bereikbaar, waardoor ik niet binnen kan voor de taxatie.

Zou woensdag 13 oktober om twee uur 's middags u schikken?

Met vriendelijke groet,
Claudia Meerdink
""", "the building is in Deventer; the mail says Apeldoorn")),
    (D, bad("foreign_paragraph", S("switch_to_call", "Daniëlle Hofstede", "Joris Molenkamp", "formal", "key",
                                   meeting="Stuurgroep over de migratie naar de cloud", at="vrijdag 15 oktober om 9.00 uur",
                                   reason="de helft van de stuurgroep zit in het buitenland"),
            "Stuurgroep cloudmigratie",
            """
Beste Daniëlle,

De helft van de stuurgroep zit volgende week in het buitenland. Ik stel voor dat we vrijdag om negen uur een videocall houden in plaats van bij elkaar te komen.

I'll send the agenda and the latest migration figures beforehand so everyone can prepare.

Hartelijke groet,
Joris Molenkamp
""", "one paragraph in English")),
    (E, bad("time_swapped", S("reschedule", "Luuk Dekkers", "Marieke Spanjaard", "friendly", "regular",
                              meeting="Rijles met het oefenexamen", at="vrijdag 12 november om 9.30 uur",
                              props=["vrijdag 12 november om 14.00 uur"], reason="de examenroute is 's ochtends afgesloten"),
            "Rijles vrijdag: ander tijdstip",
            """
Hoi Luuk,

De examenroute is vrijdagochtend afgesloten voor wegwerkzaamheden. Ik wil je rijles met het oefenexamen daarom van twee uur naar half tien verschuiven, zelfde dag.

Lukt dat met school?

Groet,
Marieke
""", "hours swapped: the lesson is at 9.30 and moves to 14.00")),
    (E, bad("time_recap_wrong", S("reschedule", "Gerdien Mulderij", "Koen Ravestein", "formal", "regular",
                                  meeting="Tussentijds gesprek over de vacature controller", at="donderdag 11 november om 10.00 uur",
                                  props=["maandag 15 november om 11.00 uur"], reason="twee kandidaten hebben nog niet gereageerd"),
            "Tussentijds gesprek: donderdag 11 november om 10.00 uur",
            """
Geachte mevrouw Mulderij,

Twee kandidaten voor de vacature controller hebben nog niet gereageerd. Ik stel voor ons tussentijdse gesprek te verzetten naar maandag 15 november om elf uur, dan heb ik een vollediger beeld.

Met vriendelijke groet,
Koen Ravestein
""", "the subject names the old slot as if it stands")),
    (E, bad("weekday_wrong", S("no_show_followup", "Sjoerd Feenstra", "Anke Wolters-Prins", "formal", "regular",
                               meeting="Advies over de aanleg van een zonnepark op de akker", at="maandag 8 november om 13.00 uur",
                               props=["dinsdag 16 november om 13.00 uur"]),
            "Nieuwe afspraak maandag 16 november",
            """
Geachte heer Feenstra,

Maandag om één uur zouden we bij u op het erf praten over de aanleg van een zonnepark op de akker, maar ik heb u niet aangetroffen.

Ik kom graag opnieuw langs op dinsdag 16 november om 13.00 uur. Laat u mij weten of dat schikt?

Met vriendelijke groet,
Anke Wolters-Prins
""", "subject says 'maandag 16 november'; 16 November 2027 is a Tuesday (body right)")),
    (E, bad("percent_swapped", S("cancellation_policy", "Rozemarijn Hazelhoff", "Bart Verschuren", "formal", "new",
                                 pol={"notice_hours": 168, "fee_percent": 40, "deposit_percent": 20}),
            "Boekingsvoorwaarden trouwreportage",
            """
Geachte mevrouw Hazelhoff,

Dank voor uw aanvraag voor een trouwreportage. Hierbij onze voorwaarden:

- bij bevestiging van de boeking vragen wij een aanbetaling van 40%;
- bij annulering korter dan een week (168 uur) voor de trouwdag brengen wij 20% van het totaalbedrag in rekening.

Met vriendelijke groet,
Bart Verschuren
""", "deposit 20% and fee 40% given; the mail swaps them")),
]
