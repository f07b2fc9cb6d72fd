"""v9 Swedish records, written by hand (data-x, 2026-12-07). 001-020 correct, 021-040 flawed."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v9src._d import A, B, C, D, E


def S(*a, **k):
    return _S("sv", *a, **k)


RECORDS = [
(A, ok(S("reschedule", "Gunilla Ekstrand", "Pontus Hägglöf", "formal", "key",
        meeting="Genomgång av ombyggnaden av personalmatsalen", at="torsdag 21 januari kl. 13.30",
        props=("tisdag 26 januari kl. 13.30", "onsdag 27 januari kl. 9.00"),
        reason="konstruktören har inte hunnit räkna på bjälklaget"),
    "Ombyggnaden av personalmatsalen – nytt datum",
    """Hej Gunilla,

Konstruktören har tyvärr inte hunnit räkna klart på bjälklaget, och utan de siffrorna blir vår genomgång i morgon ganska tunn.

Skulle tisdagen den 26 januari vid halv två passa i stället? Annars går onsdag 27/1 klockan nio bra.

Vänliga hälsningar
Pontus Hägglöf""",
    "correct: Swedish first name in formal mail, 'i morgon' = torsdag 21 from Wed 20, 'vid halv två', 'onsdag 27/1 klockan nio'")),
(A, ok(S("decline", "Jonatan Bergkvist", "Malin Sjöholm", "friendly", "regular",
        meeting="Vinterfest i föreningslokalen", at="lördag 23 januari kl. 18.00",
        reason="jag är på skidresa i Sälen den helgen"),
    "Lördag",
    """Hej Jonte!

Den helgen är jag i Sälen och åker skidor, så jag får stå över festen i föreningslokalen. Skål för mig!

Kram,
Malin""",
    "correct: 'Jonte' short for Jonatan in friendly mail, reason paraphrased")),
(A, ok(S("late_cancellation", "Ingegerd Malmborg", "Tobias Fagerlund", "formal", "regular",
        meeting="Naprapatbehandling för nackspärren", at="tisdag 19 januari kl. 15.00", props=("måndag 25 januari kl. 15.00",),
        pol={"notice_hours": 24, "fee_percent": 50}),
    "Din behandling i går",
    """Hej Ingegerd,

Jag har tagit emot din avbokning av gårdagens behandling. Som det står i våra villkor debiteras halva priset (50 %) när en tid avbokas mindre än ett dygn (24 timmar) i förväg.

Vill du boka en ny tid har jag måndag 25 januari klockan tre ledigt.

Med vänlig hälsning
Tobias Fagerlund""",
    "correct: 'gårdagens' from Wed 20, 'halva priset (50 %)', 'ett dygn (24 timmar)', 'klockan tre' for 15.00")),
(A, ok(S("cancellation_policy", "Sten Wahlgren", "Elin Rydqvist", "formal", "new",
        pol={"notice_hours": 48, "deposit_percent": 30}),
    "Bokning av fotografering",
    """Hej Sten,

Tack för din förfrågan om fotografering. Vid bokning tar vi ut en handpenning på 30 %. Om du behöver avboka eller flytta tiden ber vi dig meddela oss senast två dygn (48 timmar) innan.

Vänliga hälsningar
Elin Rydqvist""",
    "correct: no meeting, 'två dygn (48 timmar)', handpenning 30 %")),
(B, ok(S("shorten", "Annelie Forsberg", "Kristoffer Ljunggren", "formal", "regular",
        meeting="Budgetmöte för skolans idrottshall", at="tisdag 16 mars kl. 9.00", dur=30,
        reason="jag måste vara på kommunfullmäktige klockan tio"),
    "Budgetmötet på tisdag",
    """Hej Annelie,

På tisdag måste jag vara på kommunfullmäktige klockan tio, så jag skulle vilja korta budgetmötet för idrottshallen till en halvtimme, från nio som planerat.

Jag skickar underlaget i förväg så att vi kan gå rakt på sak.

Vänliga hälsningar
Kristoffer Ljunggren""",
    "correct: 'en halvtimme', 'från nio', 'klockan tio' from the reason")),
(B, ok(S("switch_to_call", "Vilma Strandberg", "Oskar Lindeberg", "friendly", "regular",
        meeting="Fika för att planera loppisen", at="fredag 12 mars kl. 10.00", props=("fredag 12 mars kl. 9.45",),
        reason="bilen har gått sönder"),
    "Fika i morgon?",
    """Hej Vilma!

Bilen har pajat, så jag tar mig inte in till stan i morgon. Ska vi ringas i stället? Jag slår en signal kvart i tio så hinner vi planera loppisen innan jobbet.

Hörs!
Oskar""",
    "correct: 'i morgon' = fredag 12 from Thu 11, 'kvart i tio' for 9.45, 'pajat' for 'gått sönder'")),
(B, ok(S("no_show_followup", "Roland Hedberg", "Sofia Wennström", "formal", "new",
        meeting="Första mötet om bodelningen", at="onsdag 10 mars kl. 14.00",
        props=("onsdag 17 mars kl. 14.00", "fredag 19 mars kl. 10.00")),
    "Vårt möte i går",
    """Hej Roland,

I går klockan två väntade jag på dig för vårt första möte om bodelningen. Jag antar att något kom emellan.

Om du vill kan vi ses:
– onsdag 17 mars kl. 14.00, eller
– fredag 19 mars kl. 10.00.

Med vänlig hälsning
Sofia Wennström""",
    "correct: 'I går klockan två' from Thu 11, list of slots")),
(B, ok(S("delegate", "Birgitta Lönnqvist", "Henrik Åkerlund", "formal", "key",
        meeting="Kvartalsgenomgång av fastighetsförvaltningen", at="torsdag 18 mars kl. 10.30",
        col="Lovisa Granberg", reason="jag är föräldraledig från och med 15 mars"),
    "Kvartalsgenomgången 18 mars",
    """Hej Birgitta,

Från och med den 15 mars är jag föräldraledig. Kvartalsgenomgången av fastighetsförvaltningen torsdag 18 mars kl. 10.30 blir som planerat, men min kollega Lovisa Granberg leder den.

Tack för gott samarbete så länge!

Vänliga hälsningar
Henrik Åkerlund""",
    "correct: date from the reason, colleague full name")),
(C, ok(S("switch_to_email", "Göran Eklund", "Hanna Sandelin", "formal", "regular",
        meeting="Möte om korrekturen av årsredovisningen", at="torsdag 10 juni kl. 13.00",
        reason="det återstår bara tre sidor att godkänna"),
    "Korrekturen av årsredovisningen",
    """Hej Göran,

Det är bara tre sidor kvar att godkänna i årsredovisningen, så jag tror inte att vi behöver ses på torsdag. Jag mejlar sidorna till dig så räcker det med ett kort svar.

Vänliga hälsningar
Hanna Sandelin""",
    "correct: 'tre sidor' from the reason")),
(C, ok(S("reschedule", "Ebba Norlander", "Viktor Almqvist", "friendly", "regular",
        meeting="Provtur med segelbåten", at="fredag 11 juni kl. 17.00",
        props=("måndag 14 juni kl. 17.00", "onsdag 16 juni kl. 18.30"), reason="masten ska bytas"),
    "Provturen på fredag",
    """Hej Ebba!

Masten ska bytas, så provturen på fredag får vänta. Funkar måndag den 14:e samma tid? Annars onsdag 16 juni vid halv sju.

Viktor""",
    "correct: 'måndag den 14:e samma tid', 'vid halv sju' for 18.30")),
(C, ok(S("decline", "Agneta Holmström", "Rasmus Boman", "formal", "new",
        meeting="Demonstration av ert bokningssystem", at="tisdag 15 juni kl. 11.00",
        reason="vi har nyss skrivit avtal med en annan leverantör"),
    "Demonstrationen av bokningssystemet",
    """Hej Agneta,

Tack för erbjudandet. Vi har nyligen skrivit avtal med en annan leverantör, så det vore inte rättvist mot dig att låta demonstrationen tisdag 15 juni bli av.

Vänliga hälsningar
Rasmus Boman""",
    "correct: reason paraphrased")),
(C, ok(S("late_cancellation", "Leif Östberg", "Johanna Kallin", "formal", "regular",
        meeting="Tandblekning", at="måndag 7 juni kl. 8.30", props=("fredag 11 juni kl. 8.30",),
        pol={"notice_hours": 24, "fee_percent": 100}),
    "Din tid i går",
    """Hej Leif,

Din avbokning av tandblekningen i går morse kom samma dag. Enligt våra villkor debiteras en tid som avbokas senare än ett dygn innan fullt ut.

Vi kan erbjuda en ny tid fredag 11 juni kl. halv nio.

Med vänlig hälsning
Johanna Kallin""",
    "correct: 'i går morse' from Tue 8, 'ett dygn', 'fullt ut' for 100, 'kl. halv nio'")),
(D, ok(S("no_show_followup", "Maj-Britt Sundqvist", "Anton Håkansson", "formal", "regular",
        meeting="Hembesök för energideklaration", at="tisdag 10 augusti kl. 13.00", props=("tisdag 17 augusti kl. 13.00",),
        pol={"fee_percent": 50}),
    "Hembesöket i tisdags",
    """Hej Maj-Britt,

I tisdags klockan ett kom jag för hembesöket inför energideklarationen, men ingen var hemma.

Enligt våra villkor debiteras hälften av avgiften (50 %) för ett uteblivet besök. Jag kan komma tillbaka tisdag 17 augusti, samma tid.

Vänliga hälsningar
Anton Håkansson""",
    "correct: 'I tisdags klockan ett' (Tue 10 from Thu 12), 'hälften av avgiften (50 %)'")),
(D, ok(S("shorten", "Klara Engholm-Rask", "Mattias Rönnberg", "friendly", "key",
        meeting="Repetition med kammarkören", at="fredag 13 augusti kl. 19.00", dur=45,
        reason="kyrkan ska låsas redan kvart i åtta"),
    "Repetitionen i morgon",
    """Hej Klara!

Kyrkan låses redan kvart i åtta i morgon, så vi kör en kortare repetition: tre kvart, med start sju prick.

Ses!
Mattias""",
    "correct: 'tre kvart' for 45, 'sju prick' for 19.00, 'kvart i åtta' from the reason")),
(D, ok(S("switch_to_call", "Ulf Dahlberg", "Therese Nygren", "formal", "regular",
        meeting="Besök på kontoret om pensionssparandet", at="måndag 16 augusti kl. 10.00",
        props=("måndag 16 augusti kl. 15.00",), reason="kontoret renoveras hela veckan"),
    "Pensionssparandet – ett samtal i stället",
    """Hej Ulf,

Vårt kontor renoveras hela veckan, så jag kan tyvärr inte ta emot dig på måndag förmiddag. Går det bra att vi tar det per telefon samma dag klockan tre i stället?

Vänliga hälsningar
Therese Nygren""",
    "correct: 'måndag förmiddag' for 10.00, 'samma dag klockan tre'")),
(D, ok(S("cancellation_policy", "Ingrid Lindahl", "Pelle Brodin", "formal", "regular",
        meeting="Guidad kajaktur runt Gåsö", at="lördag 21 augusti kl. 9.00",
        pol={"notice_hours": 72, "fee_percent": 100, "deposit_percent": 25}),
    "Kajakturen 21 augusti – villkor",
    """Hej Ingrid,

Roligt att du följer med på den guidade kajakturen runt Gåsö lördag 21 augusti kl. 9.

En påminnelse om villkoren: vid bokning betalas en handpenning på 25 %. Avbokar du senare än tre dygn (72 timmar) före turen debiteras hela beloppet.

Vänliga hälsningar
Pelle Brodin""",
    "correct: handpenning 25 %, 'tre dygn (72 timmar)', 'hela beloppet' for 100")),
(E, ok(S("delegate", "Stig Ahlqvist", "Cecilia Mörk", "formal", "regular",
        meeting="Värdering inför försäljningen av sommarstugan", at="måndag 18 oktober kl. 11.00",
        col="Niklas Westin", reason="jag opereras i knät nästa vecka"),
    "Värderingen på måndag",
    """Hej Stig,

Jag ska opereras i knät, så värderingen av sommarstugan måndag 18 oktober klockan elva görs i stället av min kollega Niklas Westin. Han har fått alla uppgifter om huset.

Med vänlig hälsning
Cecilia Mörk""",
    "correct: 'klockan elva', colleague full name")),
(E, ok(S("switch_to_email", "Tilda Axelsson", "Jesper Hallin", "friendly", "regular",
        meeting="Kvällsmöte om körschemat för julmarknaden", at="torsdag 14 oktober kl. 19.00",
        reason="schemat är nästan klart"),
    "Körschemat",
    """Hej Tilda!

Schemat för julmarknaden är i princip klart, så vi skippar mötet i morgon kväll och löser resten på mejl. Skönt med en ledig kväll, va?

Jesper""",
    "correct: 'i morgon kväll' = torsdag 14 from Wed 13, 'en ledig kväll' idiom")),
(E, ok(S("reschedule", "Sixten Lövgren", "Amanda Frisk", "formal", "new",
        meeting="Visning av lokalen i Västerås", at="fredag 15 oktober kl. 14.00",
        props=("tisdag 19 oktober kl. 14.00", "onsdag 20 oktober kl. 8.30"),
        reason="hyresgästen har inte flyttat ut än"),
    "Visningen i Västerås",
    """Hej Sixten,

Nuvarande hyresgäst har inte hunnit flytta ut, så visningen av lokalen i Västerås på fredag behöver flyttas. Passar tisdagen den 19 oktober, samma tid, eller onsdag 20 oktober kl. halv nio?

Med vänlig hälsning
Amanda Frisk""",
    "correct: 'tisdagen den 19 oktober, samma tid', 'kl. halv nio'")),
(E, ok(S("reschedule", "Margit Söderlund", "Albin Kjellberg", "friendly", "regular",
        meeting="Gitarrlektion i fingerspel", at="tisdag 19 oktober kl. 17.30", props=("torsdag 21 oktober kl. 17.30",),
        reason="jag ska på begravning"),
    "Lektionen på tisdag",
    """Hej Margit,

Jag ska tyvärr på en begravning på tisdag. Kan vi flytta gitarrlektionen till torsdag den 21:a, samma tid?

Hälsningar
Albin""",
    "correct: 'torsdag den 21:a, samma tid'")),
# ---------------------------------------------------------------- flawed
(A, bad("time_swapped", S("reschedule", "Kerstin Alm", "Olle Sjödin", "formal", "regular",
        meeting="Leverans och montering av köksluckorna", at="fredag 22 januari kl. 8.00",
        props=("tisdag 26 januari kl. 8.00",), reason="lackeringen är inte torr"),
    "Monteringen av köksluckorna",
    """Hej Kerstin,

Lackeringen har inte hunnit torka, så monteringen av köksluckorna flyttas från tisdag 26 januari till fredag 22 januari, samma tid.

Vänliga hälsningar
Olle Sjödin""",
    "time_swapped: 'från tisdag 26 till fredag 22' (meeting fredag 22, new slot tisdag 26)")),
(A, bad("time_recap_wrong", S("switch_to_call", "Lars-Erik Bondesson", "Frida Lundell", "formal", "regular",
        meeting="Möte om avtalet för snöröjningen", at="måndag 25 januari kl. 10.00",
        props=("måndag 25 januari kl. 14.30", "tisdag 26 januari kl. 9.00"), reason="jag sitter fast i Umeå"),
    "Snöröjningsavtalet – telefon",
    """Hej Lars-Erik,

Jag sitter fast i Umeå och kan inte träffas på måndag förmiddag. Kan vi ta det per telefon, måndag 25 januari kl. 14.30 eller tisdag 26 januari kl. 9?

Jag ringer dig alltså på måndag klockan tre om inget annat hörs.

Vänliga hälsningar
Frida Lundell""",
    "time_recap_wrong: recap 'klockan tre' (15.00), the slot offered is 14.30")),
(A, bad("weekday_wrong", S("cancellation_policy", "Hjalmar Byström", "Linnea Tornberg", "formal", "new",
        meeting="Vinterkurs i isdykning", at="lördag 30 januari kl. 9.00", pol={"notice_hours": 48, "fee_percent": 50}),
    "Isdykningskursen söndag 30 januari",
    """Hej Hjalmar,

Välkommen till vinterkursen i isdykning lördag 30 januari kl. 9. Avbokar du senare än 48 timmar före kursstart debiteras 50 % av kursavgiften.

Vänliga hälsningar
Linnea Tornberg""",
    "weekday_wrong: subject 'söndag 30 januari' (a Saturday); body right")),
(A, bad("percent_swapped", S("late_cancellation", "Eivor Grönlund", "Magnus Thelin", "formal", "regular",
        meeting="Hårfärgning och klippning", at="tisdag 19 januari kl. 16.00",
        pol={"notice_hours": 24, "fee_percent": 40, "deposit_percent": 20}),
    "Din tid i går",
    """Hej Eivor,

Din avbokning av gårdagens tid kom samma dag. Enligt villkoren debiteras 20 % av priset vid avbokning senare än 24 timmar innan, och handpenningen på 40 % räknas av.

Vänliga hälsningar
Magnus Thelin""",
    "percent_swapped: fee 20 % and handpenning 40 % (given fee 40, deposit 20)")),
(B, bad("policy_invented", S("no_show_followup", "Bertil Ståhl", "Emma Lagerqvist", "formal", "regular",
        meeting="Syntest hos optikern", at="tisdag 9 mars kl. 11.00", props=("tisdag 16 mars kl. 11.00",)),
    "Syntestet i tisdags",
    """Hej Bertil,

I tisdags klockan elva hade du en tid för syntest hos oss, men du dök inte upp. Enligt våra regler debiteras uteblivna besök med halva avgiften.

Du är välkommen tisdag 16 mars, samma tid.

Vänliga hälsningar
Emma Lagerqvist""",
    "policy_invented: 'halva avgiften' for a no-show, no policy given")),
(B, bad("number_invented", S("decline", "Sonja Hellström", "Fredrik Ekwall", "formal", "new",
        meeting="Presentation av er nya städtjänst", at="måndag 22 mars kl. 13.00",
        reason="vi har städning i egen regi"),
    "Er städtjänst",
    """Hej Sonja,

Tack för erbjudandet. Vi sköter städningen i egen regi för alla våra 35 anställda, så presentationen på måndag 22 mars behövs inte.

Vänliga hälsningar
Fredrik Ekwall""",
    "number_invented: '35 anställda' nobody gave")),
(B, bad("discount_invented", S("late_cancellation", "Gustav Widén", "Ronja Palm", "friendly", "regular",
        meeting="Massage", at="onsdag 10 mars kl. 17.00", props=("måndag 15 mars kl. 17.00",),
        reason="kunden frågar om han kan få rabatt eftersom han var sjuk", pol={"fee_percent": 50}),
    "Massagen i går",
    """Hej Gustav!

Krya på dig! Vid sen avbokning tar jag normalt 50 % av priset, men eftersom du var sjuk får du 20 % rabatt på nästa massage. Passar måndag 15 mars samma tid?

Ronja""",
    "discount_invented: '20 % rabatt' licensed only by the reason")),
(B, bad("link_invented", S("switch_to_email", "Märit Carlsson", "Jakob Ferm", "formal", "regular",
        meeting="Möte om föreningens nya hemsida", at="torsdag 18 mars kl. 18.00",
        reason="styrelsen har redan godkänt skissen"),
    "Föreningens hemsida",
    """Hej Märit,

Styrelsen har redan godkänt skissen, så vi kan hoppa över mötet på torsdag. Du hittar den senaste versionen på foreningen-skiss.netlify.app – skicka gärna kommentarer per mejl.

Vänliga hälsningar
Jakob Ferm""",
    "link_invented: a site address without scheme")),
(C, bad("email_invented", S("delegate", "Åsa Melander", "Robin Hultgren", "formal", "regular",
        meeting="Genomgång av deklarationen", at="fredag 11 juni kl. 10.00",
        col="Saga Nordin", reason="jag är på kurs i Stockholm"),
    "Genomgången på fredag",
    """Hej Åsa,

Jag är på kurs i Stockholm på fredag. Genomgången av deklarationen klockan tio håller min kollega Saga Nordin i. Du kan skicka underlagen direkt till henne på saga.nordin@hotmail.se.

Vänliga hälsningar
Robin Hultgren""",
    "email_invented: a private address of the colleague")),
(C, bad("phone_invented", S("reschedule", "Knut Persson", "Lena Wallin", "friendly", "regular",
        meeting="Gräsklipparservice", at="onsdag 9 juni kl. 9.00", props=("måndag 14 juni kl. 9.00",),
        reason="reservdelen har inte kommit"),
    "Gräsklipparen",
    """Hej Knut!

Reservdelen har inte kommit, så servicen i morgon blir inte av. Går måndag 14 juni samma tid? Ring mig på 070-318 44 92 om det krånglar.

Lena""",
    "phone_invented: a Swedish mobile nobody gave")),
(C, bad("title_or_company_invented", S("shorten", "Alva Jönsson", "David Sandberg", "formal", "regular",
        meeting="Utvecklingssamtal", at="torsdag 17 juni kl. 13.00", dur=30,
        reason="jag måste hämta på förskolan tidigt"),
    "Utvecklingssamtalet på torsdag",
    """Hej Alva,

Jag behöver hämta på förskolan tidigt på torsdag, så jag föreslår att vi kortar utvecklingssamtalet till en halvtimme, från klockan ett.

Vänliga hälsningar
David Sandberg
HR-chef""",
    "title_or_company_invented: a job title under the signature")),
(C, bad("title_or_company_invented", S("switch_to_call", "Kurt Eriksson-Hjort", "Nora Stenmark", "formal", "new",
        meeting="Möte om inredningen av tandläkarmottagningen", at="onsdag 16 juni kl. 9.00",
        props=("onsdag 16 juni kl. 16.00",), reason="jag är på byggarbetsplats hela förmiddagen"),
    "Inredningen – samtal på onsdag",
    """Hej Kurt,

Jag är på en byggarbetsplats hela förmiddagen på onsdag. Kan vi ta mötet om inredningen per telefon samma dag klockan fyra?

Vänliga hälsningar
Nora Stenmark
Stenmark Arkitektkontor AB""",
    "title_or_company_invented: a company line")),
(D, bad("name_near_miss", S("decline", "Yngve Marklund", "Karin Lidström", "formal", "regular",
        meeting="Invigning av den nya vårdcentralen", at="fredag 20 augusti kl. 14.00",
        reason="jag är på semester i Italien"),
    "Invigningen",
    """Hej Yngve,

Tack för inbjudan till invigningen av vårdcentralen på fredag 20 augusti. Jag är tyvärr på semester i Italien då.

Varma hälsningar
Karin Lindström""",
    "name_near_miss: signature 'Karin Lindström' for the sender Karin Lidström")),
(D, bad("name_near_miss", S("no_show_followup", "Torbjörn Vikander", "Elsa Grahn", "formal", "new",
        meeting="Provlektion i golf", at="onsdag 11 augusti kl. 8.00", props=("måndag 16 augusti kl. 8.00",)),
    "Provlektionen i går",
    """Hej Torbjörn Wikander,

I går klockan åtta hade du en provlektion i golf, men du kom inte. Vill du prova igen finns det plats måndag 16 augusti, samma tid.

Vänliga hälsningar
Elsa Grahn""",
    "name_near_miss: 'Wikander' for Vikander")),
(D, bad("place_changed", S("reschedule", "Solveig Nyström", "Erik Blom", "formal", "regular",
        meeting="Visning av radhuset i Lund", at="fredag 13 augusti kl. 16.00",
        props=("tisdag 17 augusti kl. 16.00",), reason="säljaren är sjuk"),
    "Visningen",
    """Hej Solveig,

Säljaren är sjuk, så visningen av radhuset i Malmö i morgon flyttas till tisdag 17 augusti, samma tid.

Vänliga hälsningar
Erik Blom""",
    "place_changed: Malmö for Lund")),
(D, bad("place_changed", S("delegate", "Arvid Hedlund", "Josefin Berglöf", "formal", "regular",
        meeting="Styrelsemöte på hotellet i Visby", at="torsdag 19 augusti kl. 10.00",
        col="Mikael Roos", reason="jag måste stanna på fastlandet"),
    "Styrelsemötet",
    """Hej Arvid,

Jag måste stanna på fastlandet. Styrelsemötet på hotellet i Slite torsdag 19 augusti kl. 10 leds av min kollega Mikael Roos.

Vänliga hälsningar
Josefin Berglöf""",
    "place_changed: Slite for Visby")),
(E, bad("foreign_paragraph", S("switch_to_email", "Barbro Lind", "Gabriel Nyberg", "formal", "regular",
        meeting="Möte om översättningen av broschyren", at="måndag 18 oktober kl. 13.00",
        reason="bara sista sidan återstår"),
    "Broschyren",
    """Hej Barbro,

Bara sista sidan av broschyren återstår, så vi behöver inte ses på måndag. Jeg sender deg den siste siden i løpet av dagen, så kan du se over den når det passer.

Vänliga hälsningar
Gabriel Nyberg""",
    "foreign_paragraph: a Norwegian sentence inside the paragraph")),
(E, bad("foreign_paragraph", S("late_cancellation", "Doris Ekholm", "Filip Strand", "formal", "regular",
        meeting="Fotvård", at="tisdag 12 oktober kl. 9.30", props=("onsdag 20 oktober kl. 9.30",),
        pol={"notice_hours": 24}),
    "Din tid i går",
    """Hej Doris,

Jag har fått din avbokning av fotvården i går.

Vi beder dig om at melde afbud senest 24 timer før, så en anden kunde kan få tiden.

Du är välkommen onsdag 20 oktober, samma tid.

Vänliga hälsningar
Filip Strand""",
    "foreign_paragraph: one Danish paragraph")),
(E, bad("wrong_language_neighbour", S("reschedule", "Ragnar Holm", "Tove Lundgren", "formal", "regular",
        meeting="Genomgång av hyreskontraktet", at="torsdag 14 oktober kl. 11.00",
        props=("tisdag 19 oktober kl. 11.00",), reason="jag har blivit sjuk"),
    "Genomgang av hyreskontrakten",
    """Hei Ragnar,

Jeg har dessverre blitt syk, så gjennomgangen av leiekontrakten i morgen må flyttes. Passer det tirsdag 19. oktober, samme tid?

Vennlig hilsen
Tove Lundgren""",
    "wrong_language_neighbour: the whole draft in Norwegian")),
(E, bad("wrong_language_neighbour", S("decline", "Siv Ekdahl", "Mårten Falk", "friendly", "regular",
        meeting="Middag hos grannarna", at="lördag 16 oktober kl. 19.00", reason="jag jobbar natt den helgen"),
    "Lørdag",
    """Hej Siv,

Jeg har nattevagt den weekend, så jeg må desværre melde fra til middagen på lørdag. Hils naboerne!

Kærlig hilsen
Mårten""",
    "wrong_language_neighbour: the whole draft in Danish")),
]
