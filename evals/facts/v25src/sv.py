"""v25, Swedish: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v25src._d import A, B, C, D, E


def S(*a, **k):
    return _S("sv", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("decline", "Ingegerd Sjöstrand", "Kalle Nordbeck", "formal", "new",
             meeting="Borrning av brunn i Hudiksvall", at="onsdag 20 september kl. 08.00",
             reason="vi har ingen borrigg ledig i höst"),
           "Brunnsborrning i Hudiksvall",
           """
Hej Ingegerd,

Tack för förfrågan. Tyvärr har vi ingen borrigg ledig i höst, så vi kan inte borra brunnen i Hudiksvall den 20 september.

Vänliga hälsningar
Kalle Nordbeck
""", "correct: first name in formal Swedish mail, place from the meeting")),
    (A, ok(S("switch_to_email", "Ragnhild Östling", "Oskar Fagerlind", "friendly", "regular",
             meeting="Val av nya bågar", at="torsdag 14 september kl. 17.00"),
           "Bågarna via mejl",
           """
Hej Ragnhild!

Vi kan ta valet av bågar via mejl i stället för på torsdag kl. fem, så skickar jag bilder på några par.

Hälsningar
Oskar
""", "correct: 'kl. fem'")),
    (A, ok(S("late_cancellation", "Sune Hedenstierna", "Maja Lövgren", "formal", "regular",
             meeting="Sykurs i lappteknik", at="lördag 9 september kl. 10.00",
             pol={"notice_hours": 24, "fee_percent": 50}),
           "Din avbokning i lördags",
           """
Hej Sune,

Din avbokning av sykursen i lördags kom sent. Enligt våra villkor tar vi ut hälften av avgiften (50 %) när man avbokar senare än ett dygn (24 timmar) innan.

Vänliga hälsningar
Maja Lövgren
""", "correct: 'i lördags', policy in words")),
    (A, ok(S("shorten", "Tyra Bergendahl", "Nils Ekwall", "formal", "new",
             meeting="Synundersökning", at="tisdag 12 september kl. 13.30", dur=30),
           "Synundersökningen i morgon",
           """
Hej Tyra,

Synundersökningen i morgon kl. halv två tar en halvtimme.

Vänliga hälsningar
Nils Ekwall
""", "correct: 'i morgon' for Tuesday 12 on Monday 11, 'kl. halv två', 'en halvtimme'")),
    (B, ok(S("cancellation_policy", "Gunvor Ekdahl", "Pontus Wallgren", "formal", "new",
             pol={"notice_hours": 48, "deposit_percent": 20}),
           "Våra villkor vid brunnsborrning",
           """
Hej Gunvor,

Vid beställning av brunnsborrning tar vi en handpenning på 20 %. Du kan avboka fram till två dygn (48 timmar) före.

Vänliga hälsningar
Pontus Wallgren
""", "correct: deposit with its own term")),
    (B, ok(S("reschedule", "Sigvard Holmqvist", "Annika Strandell", "friendly", "key",
             meeting="Service av din symaskin", at="torsdag 19 oktober kl. 10.00",
             props=["tisdag 24 oktober kl. 10.00", "fredag 27 oktober kl. 14.00"],
             reason="reservdelen har fastnat i tullen"),
           "Din symaskin",
           """
Hej Sigvard!

Reservdelen till din symaskin har fastnat i tullen, så servicen på torsdag får vänta lite.

Passar tisdag den 24:e vid samma tid? Annars fredag 27 oktober kl. två.

Hör av dig!
Annika
""", "correct: 'den 24:e', 'samma tid', 'kl. två'")),
    (B, ok(S("delegate", "Dr Märta Lindqvist", "Jesper Holmgren", "formal", "regular",
             meeting="Utprovning av progressiva glas", at="måndag 23 oktober kl. 15.00",
             col="Hanna Sundelin"),
           "Utprovningen på måndag",
           """
Hej Märta,

Utprovningen av dina progressiva glas på måndag kl. 15.00 görs av min kollega Hanna Sundelin.

Vänliga hälsningar
Jesper Holmgren
""", "correct: first name for a given Dr, colleague exact")),
    (B, ok(S("no_show_followup", "Leif Åkerlund", "Cecilia Brodin", "formal", "regular",
             meeting="Kontroll av er pump", at="fredag 13 oktober kl. 09.00",
             props=["onsdag 25 oktober kl. 09.00"]),
           "Kontrollen i fredags",
           """
Hej Leif,

I fredags kom vår tekniker kl. nio för att kontrollera er pump, men ingen var hemma.

Vi kan komma onsdag 25 oktober vid samma tid om det passar.

Vänliga hälsningar
Cecilia Brodin
""", "correct: 'i fredags', 'kl. nio', 'samma tid'")),
    (C, ok(S("switch_to_call", "Elvira Norrby", "Johan Sandahl", "formal", "new",
             meeting="Rådgivning om vattenrening", at="måndag 27 november kl. 11.00",
             props=["fredag 24 november kl. 13.00"]),
           "Ett samtal i stället",
           """
Hej Elvira,

Om vattenreningen föreslår jag att vi pratar i telefon på fredag kl. ett i stället för att ses på måndag kl. elva.

Vänliga hälsningar
Johan Sandahl
""", "correct: 'kl. ett', old time named as replaced")),
    (C, ok(S("decline", "Bertil Grankvist", "Frida Almqvist", "friendly", "regular",
             meeting="Lagning av dina jeans", at="lördag 25 november kl. 12.00",
             reason="jag ska på bröllop"),
           "Lördag funkar inte",
           """
Hej Bertil!

Jag ska på bröllop på lördag, så jag hinner inte laga dina jeans då. Förlåt!

Kram,
Frida
""", "correct: very short, friendly")),
    (C, ok(S("reschedule", "Agneta Wahlberg", "Henrik Söderholm", "formal", "regular",
             meeting="Linsanpassning", at="torsdag 23 november kl. 15.30",
             props=["tisdag 28 november kl. 15.30"], reason="linserna har inte levererats"),
           "Ny tid för linsanpassningen",
           """
Hej Agneta,

Linserna har tyvärr inte levererats, så vi behöver flytta linsanpassningen i morgon kl. halv fyra.

Går det bra med tisdag den 28:e, samma tid?

Vänliga hälsningar
Henrik Söderholm
""", "correct: 'i morgon' for Thursday 23 on Wednesday 22, 'den 28:e'")),
    (C, ok(S("late_cancellation", "Gösta Ringström", "Linnea Hammarberg", "formal", "regular",
             meeting="Spolning av brunnen", at="måndag 20 november kl. 08.00"),
           "Avbokningen i måndags",
           """
Hej Gösta,

Tack för att du hörde av dig om avbokningen av spolningen i måndags. Vi har noterat den.

Vänliga hälsningar
Linnea Hammarberg
""", "correct: no policy given and none stated")),
    (D, ok(S("switch_to_email", "Solveig Dahlberg", "Mattias Krantz", "formal", "new",
             meeting="Offert på en ny borrad brunn", at="tisdag 3 oktober kl. 14.00"),
           "Offerten via e-post",
           """
Hej Solveig,

Jag skickar hellre offerten på den borrade brunnen via e-post än att vi ses på tisdag kl. två.

Vänliga hälsningar
Mattias Krantz
""", "correct: 'kl. två'")),
    (D, ok(S("shorten", "Elsa Lindbom", "Viktor Hagström", "friendly", "regular",
             meeting="Sykväll för nybörjare", at="onsdag 4 oktober kl. 18.00", dur=90),
           "Kortare sykväll",
           """
Hej Elsa!

Sykvällen på onsdag blir en och en halv timme, vi börjar kl. sex som vanligt.

Ses!
Viktor
""", "correct: 'en och en halv timme', 'kl. sex'")),
    (D, ok(S("cancellation_policy", "Rune Bäckström", "Karin Elmgren", "formal", "regular",
             pol={"notice_hours": 72, "fee_percent": 100}),
           "Avbokningsregler",
           """
Hej Rune,

Du kan avboka kostnadsfritt fram till tre dygn (72 timmar) före. Därefter debiteras hela avgiften (100 %).

Vänliga hälsningar
Karin Elmgren
""", "correct: policy in words next to the numbers")),
    (D, ok(S("switch_to_call", "Lovisa Heikkilä", "Anton Bergqvist", "friendly", "regular",
             meeting="Frågor om dina nya linser", at="måndag 2 oktober kl. 16.00"),
           "Vi ringer i stället",
           """
Hej Lovisa!

Vi kan ringa om linserna på måndag kl. fyra i stället för att du kommer in.

Hälsningar
Anton
""", "correct: call at the original time, 'kl. fyra'")),
    (E, ok(S("no_show_followup", "Torsten Melander", "Sara Engdahl", "formal", "regular",
             meeting="Syntest för körkort", at="onsdag 4 oktober kl. 11.00",
             props=["torsdag 12 oktober kl. 11.00"]),
           "Syntestet i onsdags",
           """
Hej Torsten,

Vi saknade dig vid syntestet i onsdags. Vill du komma torsdag 12 oktober kl. elva i stället?

Vänliga hälsningar
Sara Engdahl
""", "correct: 'i onsdags', 'kl. elva'")),
    (E, ok(S("delegate", "Barbro Wikström", "Erik Lundell", "formal", "key",
             meeting="Byte av hydrofor", at="tisdag 10 oktober kl. 08.30", col="Jonas Rydberg"),
           "Bytet av hydrofor",
           """
Hej Barbro,

På tisdag kl. halv nio byter min kollega Jonas Rydberg hydroforen åt er.

Vänliga hälsningar
Erik Lundell
""", "correct: 'kl. halv nio', colleague exact, inflected meeting")),
    (E, ok(S("reschedule", "Viveka Nyberg", "Ola Hedman", "friendly", "regular",
             meeting="Provsömnad av din kappa", at="måndag 9 oktober kl. 17.00",
             props=["onsdag 18 oktober kl. 17.30"], reason="tyget har blivit försenat"),
           "Kappan",
           """
Hej Viveka!

Tyget till din kappa har blivit försenat, så provsömnaden på måndag blir inte av.

Kan du onsdag den 18:e kl. halv sex i stället?

Kram,
Ola
""", "correct: 'den 18:e', 'kl. halv sex'")),
    (E, ok(S("decline", "Folke Gyllensvärd", "Therese Lund", "formal", "new",
             meeting="Reparation av en gammal trampsymaskin", at="fredag 13 oktober kl. 13.00",
             reason="vi saknar reservdelar till så gamla maskiner"),
           "Trampsymaskinen",
           """
Hej Folke,

Vi saknar tyvärr reservdelar till så gamla maskiner och kan därför inte ta emot trampsymaskinen den 13 oktober.

Vänliga hälsningar
Therese Lund
""", "correct: date without weekday")),
    # ------------------------------------------------------------------ flawed
    (A, bad("wrong_language_neighbour", S("decline", "Helga Forsmark", "Stig Appelqvist", "formal", "new",
              meeting="Provborrning på tomten", at="fredag 15 september kl. 09.00",
              reason="marken är för stenig"),
            "Provborrning på fredag",
            """
Hej Helga,

Tak for din henvendelse. Desværre er jorden for stenet, så vi kan ikke lave prøveboringen på grunden fredag kl. 9.

Venlig hilsen
Stig Appelqvist
""", "flawed: Danish draft for a Swedish situation")),
    (A, bad("time_swapped", S("switch_to_call", "Ebba Nordenskjöld", "Rasmus Höglund", "formal", "regular",
              meeting="Genomgång av ditt glasögonrecept", at="torsdag 14 september kl. 10.00",
              props=["torsdag 14 september kl. 15.00"]),
            "Samtal om receptet",
            """
Hej Ebba,

I stället för mötet kl. 15.00 på torsdag föreslår jag att vi går igenom ditt glasögonrecept i telefon samma dag kl. 10.00.

Vänliga hälsningar
Rasmus Höglund
""", "flawed: meeting and call slot exchanged")),
    (A, bad("phone_invented", S("no_show_followup", "Arne Kjellberg", "Emelie Stjärnholm", "formal", "regular",
              meeting="Sykurs för herrar", at="torsdag 7 september kl. 18.00"),
            "Sykursen i torsdags",
            """
Hej Arne,

Vi saknade dig på sykursen i torsdags. Ring mig gärna på 070-482 19 36 så hittar vi ett nytt tillfälle.

Vänliga hälsningar
Emelie Stjärnholm
""", "flawed: mobile number nobody gave")),
    (A, bad("policy_invented", S("late_cancellation", "Vendela Axelsson", "Pelle Granqvist", "formal", "regular",
              meeting="Inspektion av brunnspumpen", at="fredag 8 september kl. 13.00"),
            "Avbokningen i fredags",
            """
Hej Vendela,

Vi har fått din sena avbokning av inspektionen i fredags. Eftersom den kom samma dag debiteras halva avgiften.

Vänliga hälsningar
Pelle Granqvist
""", "flawed: half fee nobody gave")),
    (B, bad("weekday_wrong", S("reschedule", "Gun-Britt Sällström", "Tobias Wennerhag", "formal", "regular",
              meeting="Synundersökning", at="onsdag 18 oktober kl. 09.30",
              props=["måndag 30 oktober kl. 09.30"], reason="optikern är sjuk"),
            "Ny tid för synundersökningen",
            """
Hej Gun-Britt,

Vår optiker är sjuk, så vi flyttar din synundersökning till tisdag 30 oktober kl. 09.30.

Vänliga hälsningar
Tobias Wennerhag
""", "flawed: 'tisdag 30 oktober' for måndag")),
    (B, bad("name_near_miss", S("shorten", "Alvar Tidemand", "Susanne Borg", "formal", "new",
              meeting="Kontroll av hydroforen", at="fredag 20 oktober kl. 10.00", dur=30),
            "Kontrollen på fredag",
            """
Hej Alvar Tideman,

Kontrollen av hydroforen på fredag kl. 10.00 tar en halvtimme.

Vänliga hälsningar
Susanne Borg
""", "flawed: Tideman for Tidemand")),
    (B, bad("link_invented", S("switch_to_email", "Mona Hjelmqvist", "Adam Lidström", "friendly", "regular",
              meeting="Mönster till en barnklänning", at="tisdag 24 oktober kl. 18.00"),
            "Mönstret via mejl",
            """
Hej Mona!

Vi tar mönstret till barnklänningen via mejl i stället för på tisdag. Du kan redan kika på några på www.lidstromsy.se/monster.

Hälsningar
Adam
""", "flawed: link nobody gave")),
    (B, bad("colleague_wrong", S("delegate", "Kerstin Öberg", "Lars Fredholm", "formal", "regular",
              meeting="Borrning av energibrunn", at="torsdag 26 oktober kl. 07.30", col="Mikael Sjöstedt"),
            "Borrningen på torsdag",
            """
Hej Kerstin,

Borrningen av energibrunnen på torsdag kl. 07.30 sköts av min kollega Mikael Sjöstad.

Vänliga hälsningar
Lars Fredholm
""", "flawed: Sjöstad for Sjöstedt")),
    (C, bad("wrong_language_neighbour", S("no_show_followup", "Ylva Fransson", "Gustav Bergsjö", "formal", "regular",
              meeting="Utprovning av kontaktlinser", at="fredag 17 november kl. 14.00",
              props=["fredag 1 december kl. 14.00"]),
            "Utprovningen i fredags",
            """
Hei Ylva,

Vi savnet deg til tilpasningen av kontaktlinser på fredag. Passer det å komme fredag 1. desember kl. 14.00 i stedet?

Med vennlig hilsen
Gustav Bergsjö
""", "flawed: Norwegian draft for a Swedish situation")),
    (C, bad("time_recap_wrong", S("reschedule", "Åsa Lindroth", "Emil Carlgren", "friendly", "regular",
              meeting="Lagning av din symaskin", at="fredag 24 november kl. 10.00",
              props=["tisdag 28 november kl. 13.30"], reason="jag väntar på en ny motor"),
            "Symaskinen",
            """
Hej Åsa!

Jag väntar fortfarande på den nya motorn till din symaskin, så det blir inget på fredag.

Passar tisdag 28 november kl. 13.30? Förlåt för krånglet, jag vet att du väntat ett tag.

Vi ses på tisdag kl. 13!
Emil
""", "flawed: recap kl. 13 for 13.30")),
    (C, bad("percent_swapped", S("late_cancellation", "Roger Tornberg", "Ulrika Malm", "formal", "regular",
              meeting="Sykurs i skrädderi", at="tisdag 21 november kl. 18.00",
              pol={"notice_hours": 24, "fee_percent": 80, "deposit_percent": 30}),
            "Avbokningen i går",
            """
Hej Roger,

Din avbokning av kursen i går kom senare än 24 timmar innan. Enligt våra villkor behåller vi handpenningen på 80 % och debiterar 30 % av avgiften.

Vänliga hälsningar
Ulrika Malm
""", "flawed: deposit and fee exchanged")),
    (C, bad("discount_invented", S("decline", "Marianne Strömqvist", "Fredrik Alm", "formal", "key",
              meeting="Besiktning av brunnen", at="torsdag 30 november kl. 09.00",
              reason="vi har för många uppdrag just nu"),
            "Besiktningen",
            """
Hej Marianne,

Vi har tyvärr för många uppdrag just nu och kan inte besiktiga brunnen på torsdag. Som tack för din förståelse får du 15 % rabatt nästa gång.

Vänliga hälsningar
Fredrik Alm
""", "flawed: discount nobody gave")),
    (D, bad("duration_wrong", S("shorten", "Irma Boström", "Patrik Ljung", "formal", "regular",
              meeting="Linskontroll", at="tisdag 3 oktober kl. 11.00", dur=20),
            "Linskontrollen",
            """
Hej Irma,

Linskontrollen på tisdag kl. 11.00 tar en kvart.

Vänliga hälsningar
Patrik Ljung
""", "flawed: 'en kvart' for 20")),
    (D, bad("email_invented", S("switch_to_email", "Sixten Hallberg", "Malin Östberg", "formal", "new",
              meeting="Offert på sykurser för föreningen", at="onsdag 11 oktober kl. 19.00"),
            "Offert via mejl",
            """
Hej Sixten,

Jag mejlar gärna offerten på sykurserna i stället för att ses den 11 oktober. Skriv till malin.ostberg@telia.com så skickar jag den.

Vänliga hälsningar
Malin Östberg
""", "flawed: private address nobody gave")),
    (D, bad("place_changed", S("decline", "Anneli Sandström", "Olle Berggren", "formal", "new",
              meeting="Brunnsborrning i Norrtälje", at="måndag 9 oktober kl. 08.00",
              reason="vi arbetar inte i Roslagen"),
            "Borrning",
            """
Hej Anneli,

Vi arbetar tyvärr inte i Roslagen, så vi kan inte borra brunnen i Östhammar på måndag.

Vänliga hälsningar
Olle Berggren
""", "flawed: Östhammar for Norrtälje")),
    (D, bad("foreign_paragraph", S("reschedule", "Kristoffer Wiklund", "Jenny Åström", "friendly", "regular",
              meeting="Provning av dina nya glasögon", at="fredag 29 september kl. 16.00",
              props=["fredag 6 oktober kl. 16.00"], reason="glasen är fel slipade"),
            "Glasögonen",
            """
Hej Kristoffer!

Glasen har tyvärr blivit fel slipade, så vi flyttar provningen i morgon till fredag 6 oktober kl. 16.00.

Sorry again for the trouble, we will make it up to you!

Kram,
Jenny
""", "flawed: an English sentence")),
    (E, bad("number_invented", S("late_cancellation", "Birgitta Hellström", "Anders Ruuth", "formal", "regular",
              meeting="Kurs i att sy gardiner", at="torsdag 5 oktober kl. 18.00"),
            "Kursen i går",
            """
Hej Birgitta,

Vi har tagit emot din avbokning av gardinkursen i går. De nio andra deltagarna hälsar!

Vänliga hälsningar
Anders Ruuth
""", "flawed: 'nio andra deltagarna' nobody gave")),
    (E, bad("title_or_company_invented", S("switch_to_call", "Henning Lagerstedt", "Sofia Berglund", "formal", "new",
              meeting="Rådgivning om vattenfilter", at="onsdag 11 oktober kl. 10.00"),
            "Telefonrådgivning",
            """
Hej Henning,

Vi kan ta rådgivningen om vattenfilter i telefon på onsdag kl. 10.00.

Vänliga hälsningar
Sofia Berglund
Vattenrådgivare, Berglunds Brunnsteknik AB
""", "flawed: title and company nobody gave")),
    (E, bad("colleague_wrong", S("delegate", "Ronja Eklöf", "Mats Thorsell", "friendly", "regular",
              meeting="Sylektion om blixtlås", at="lördag 14 oktober kl. 11.00", col="Saga Lindell"),
            "Lördagens sylektion",
            """
Hej Ronja!

På lördag kl. 11 är det Saga Lindelöf som har sylektionen om blixtlås.

Hälsningar
Mats
""", "flawed: Lindelöf for Lindell")),
    (E, bad("discount_invented", S("no_show_followup", "Doris Hammar", "Kenneth Sjöqvist", "formal", "regular",
              meeting="Hämtning av dina glasögon", at="tisdag 3 oktober kl. 15.00",
              reason="kunden vill ha en gest"),
            "Dina glasögon",
            """
Hej Doris,

Vi väntade på dig i tisdags för att lämna ut dina glasögon. De ligger kvar här, och som en gest får du 10 % rabatt på nästa köp.

Vänliga hälsningar
Kenneth Sjöqvist
""", "flawed: discount licensed only by the reason")),
]
