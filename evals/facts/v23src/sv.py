"""v23, Swedish: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v23src._d import A, B, C, D, E


def S(*a, **k):
    return _S("sv", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("switch_to_call", "Signe Hedqvist", "Anton Lövgren", "formal", "regular",
             meeting="Genomgång av akvariets belysning", at="onsdag 7 september kl. 15.30"),
           "Vi tar det per telefon",
           """
Hej Signe,

Kan vi ta genomgången av belysningen i ditt akvarium per telefon i stället? Samma tid, alltså kl. halv fyra på onsdag.

Vänliga hälsningar
Anton Lövgren
""", "correct: first name in formal Swedish mail, 'kl. halv fyra', 'samma tid'")),
    (A, ok(S("late_cancellation", "Jonatan Sjöblom", "Maria Ekstrand", "formal", "regular",
             meeting="Paddling på Dalälven", at="fredag 2 september kl. 9.00",
             pol={"notice_hours": 24, "fee_percent": 50}),
           "Paddlingen i fredags",
           """
Hej Jonatan,

Tack för att du hörde av dig om paddlingen på Dalälven i fredags, även om avbokningen kom sent.

Enligt våra villkor ska avbokning ske ett dygn (24 timmar) före; annars debiteras hälften av avgiften (50 %).

Vänliga hälsningar
Maria Ekstrand
""", "correct: 'i fredags' of 2 Sep, policy in words and figures, river name")),
    (A, ok(S("shorten", "Elsa Grönlundh", "Viktor Hammarskär", "formal", "new",
             meeting="Introduktion till bonsai", at="torsdag 8 september kl. 18.00", dur=45,
             reason="lokalen måste vara tom kl. 19"),
           "Introduktionen på torsdag",
           """
Hej Elsa,

Lokalen måste vara tom kl. 19, så introduktionen till bonsai på torsdag blir tre kvart lång. Vi börjar kl. sex som planerat.

Vänliga hälsningar
Viktor Hammarskär
""", "correct: '19' from the reason, 'tre kvart', 'kl. sex'")),
    (A, ok(S("decline", "Gustav Nordenskär", "Hanna Blomdahl", "formal", "new",
             meeting="Kajaktur i Stockholms skärgård", at="lördag 10 september kl. 8.00",
             reason="stormvarning"),
           "Kajakturen på lördag",
           """
Hej Gustav,

Tyvärr måste vi ställa in kajakturen i Stockholms skärgård på lördag, eftersom det är utfärdat stormvarning.

Vänliga hälsningar
Hanna Blomdahl
""", "correct: place in the meeting")),
    (B, ok(S("reschedule", "Karin Wahlberg", "Oskar Liljeqvist", "formal", "regular",
             meeting="Omplantering av två tallar", at="onsdag 21 september kl. 10.00",
             props=["tisdag 27 september kl. 10.00", "torsdag 29 september kl. 13.00"],
             reason="den nya jorden har inte levererats"),
           "Omplanteringen: ny tid",
           """
Hej Karin,

Den nya jorden har inte kommit än, så jag behöver flytta omplanteringen av dina två tallar.

Passar tisdag den 27 september kl. tio, eller torsdag den 29:e kl. ett?

Vänliga hälsningar
Oskar Liljeqvist
""", "correct: 'två tallar', 'kl. tio', 'kl. ett', 'den 29:e'")),
    (B, ok(S("switch_to_email", "Per-Olof Strandlöf", "Lina Åkesson", "formal", "new",
             meeting="Offert på förvaring av kanoter", at="torsdag 22 september kl. 11.00"),
           "Offerten per mejl",
           """
Hej Per-Olof,

Vi kan ta offerten på förvaring av kanoter per mejl i stället för att ses på torsdag. Svara gärna på det här mejlet med hur många kanoter det gäller.

Vänliga hälsningar
Lina Åkesson
""", "correct: plural 'kanoter', no number stated")),
    (B, ok(S("no_show_followup", "Agnes Lindroth", "Emil Carlberg", "formal", "regular",
             meeting="Hämtning av räkor till nano-akvariet", at="måndag 19 september kl. 16.00",
             props=["fredag 23 september kl. 16.00"]),
           "Dina räkor",
           """
Hej Agnes,

Vi väntade på dig i går kl. fyra för hämtning av räkorna, men du kom inte.

Vill du komma på fredag den 23 september i stället, samma tid?

Vänliga hälsningar
Emil Carlberg
""", "correct: 'i går' of 19 Sep, 'kl. fyra', 'samma tid'")),
    (B, ok(S("delegate", "Håkan Ståhlberg", "Ida Nyqvist", "formal", "regular",
             meeting="Service av dammpumpen", at="fredag 30 september kl. 8.30", col="Rasmus Edvinsholm"),
           "Service av dammpumpen",
           """
Hej Håkan,

På fredag är det min kollega Rasmus Edvinsholm som gör servicen av din dammpump, kl. halv nio som planerat.

Vänliga hälsningar
Ida Nyqvist
""", "correct: colleague exact, 'kl. halv nio', inflected 'dammpump'")),
    (C, ok(S("cancellation_policy", "Marianne Forsell", "Johan Kjellin", "formal", "new",
             pol={"notice_hours": 48, "deposit_percent": 25, "fee_percent": 100}),
           "Våra villkor",
           """
Hej Marianne,

Vid bokning betalar du en handpenning på 25 %. Avbokning ska ske senast två dygn (48 timmar) före; sker den senare debiteras hela avgiften (100 %).

Vänliga hälsningar
Johan Kjellin
""", "correct: notice, deposit and fee each with its own term")),
    (C, ok(S("decline", "Rune Eklind", "Sara Wiklander", "formal", "regular",
             meeting="Visning av bonsaisamlingen i Uppsala", at="tisdag 11 oktober kl. 14.00",
             reason="växthuset renoveras"),
           "Visningen i Uppsala",
           """
Hej Rune,

Tyvärr kan vi inte visa bonsaisamlingen i Uppsala den 11 oktober, eftersom växthuset renoveras.

Vänliga hälsningar
Sara Wiklander
""", "correct: date without weekday, place in the meeting")),
    (C, ok(S("switch_to_call", "Lovisa Brännström", "Mattias Ödman", "friendly", "regular",
             meeting="Val av fiskar till 240-litersakvariet", at="måndag 10 oktober kl. 17.00",
             props=["tisdag 11 oktober kl. 19.00"]),
           "Ringa i stället?",
           """
Hej Lovisa!

I stället för att ses på måndag kl. 17 kan jag ringa dig på tisdag den 11 oktober kl. sju på kvällen, så väljer vi fiskar till 240-litersakvariet.

Hälsningar
Mattias
""", "correct: friendly, old time named as replaced, 'kl. sju på kvällen'")),
    (C, ok(S("late_cancellation", "Torbjörn Häggström", "Linnea Persson-Falk", "formal", "regular",
             meeting="Kanotpaddling på Ljusnan", at="tisdag 4 oktober kl. 10.00"),
           "Paddlingen i går",
           """
Hej Torbjörn,

Vi fick din avbokning av paddlingen på Ljusnan i går morse. Hör av dig när du vill boka en ny tur.

Vänliga hälsningar
Linnea Persson-Falk
""", "correct: 'i går morse' of 4 Oct, no policy given and none stated")),
    (D, ok(S("reschedule", "Birgit Sandvall", "Kristoffer Ålund", "formal", "key",
             meeting="Installation av ett revakvarium på kontoret", at="måndag 21 november kl. 9.00",
             props=["torsdag 24 november kl. 9.00"], reason="skåpet kom skadat från leverantören"),
           "Installationen flyttas till torsdag",
           """
Hej Birgit,

Skåpet kom skadat från leverantören, så installationen av revakvariet på måndag måste flyttas.

Går det bra med torsdag den 24 november kl. nio?

Vänliga hälsningar
Kristoffer Ålund
""", "correct: 'kl. nio', paraphrased meeting")),
    (D, ok(S("shorten", "Ulf Engelbrektsson", "Therese Malmgren", "formal", "regular",
             meeting="Kurs i trådning av enar", at="onsdag 23 november kl. 18.30", dur=60),
           "Kursen på onsdag",
           """
Hej Ulf,

Kursen i trådning på onsdag blir kortare den här gången: en timme, med start kl. 18.30 som vanligt.

Vänliga hälsningar
Therese Malmgren
""", "correct: 'en timme' for 60")),
    (D, ok(S("switch_to_email", "Ebba Rydholm", "Simon Tjernvik", "formal", "new",
             meeting="Frågor om vinterförvaring av kajaker", at="fredag 25 november kl. 14.00"),
           "Vinterförvaring",
           """
Hej Ebba,

Dina frågor om vinterförvaring av kajaker kan vi gärna ta per mejl i stället för på fredag.

Vänliga hälsningar
Simon Tjernvik
""", "correct: plural 'kajaker', no new time")),
    (D, ok(S("no_show_followup", "Göran Lidström", "Moa Hellqvist", "formal", "regular",
             meeting="Provpaddling av en havskajak", at="tisdag 15 november kl. 12.00"),
           "Provpaddlingen",
           """
Hej Göran,

I tisdags kl. tolv var du bokad för provpaddling av en havskajak, men vi såg dig aldrig.

Säg till om du vill boka en ny tid.

Vänliga hälsningar
Moa Hellqvist
""", "correct: 'i tisdags' of 15 Nov, 'kl. tolv', no slot offered")),
    (E, ok(S("decline", "Astrid Lundquist", "Fredrik Bergsten", "formal", "regular",
             meeting="Julmarknad med bonsai och mossa", at="onsdag 14 december kl. 10.00",
             reason="marknaden är ställd in av kommunen"),
           "Julmarknaden",
           """
Hej Astrid,

Julmarknaden med bonsai och mossa den 14 december blir tyvärr inte av, kommunen har ställt in den.

Vänliga hälsningar
Fredrik Bergsten
""", "correct: date without weekday")),
    (E, ok(S("delegate", "Leif Sundström", "Josefin Åberg", "formal", "regular",
             meeting="Vattentest i tre akvarier", at="tisdag 6 december kl. 13.00", col="Alva Lindeberg"),
           "Vattentestet på tisdag",
           """
Hej Leif,

På tisdag kl. ett kommer min kollega Alva Lindeberg och gör vattentestet i dina tre akvarier.

Vänliga hälsningar
Josefin Åberg
""", "correct: colleague exact, 'kl. ett', 'tre akvarier'")),
    (E, ok(S("cancellation_policy", "Kerstin Bolinder", "Erik Fahlgren", "formal", "regular",
             meeting="Vinterkurs i kajakrullning", at="måndag 12 december kl. 19.00",
             pol={"notice_hours": 72}),
           "Vinterkursen",
           """
Hej Kerstin,

Inför vinterkursen i kajakrullning den 12 december: avbokning ska göras senast tre dygn (72 timmar) innan.

Vänliga hälsningar
Erik Fahlgren
""", "correct: notice in words and figures, no fee stated")),
    (E, ok(S("reschedule", "Nils Hagberg", "Malin Östlund", "formal", "new",
             meeting="Leverans av japanska lönnar", at="måndag 5 december kl. 10.00",
             props=["fredag 9 december kl. 10.00"]),
           "Leveransen av lönnarna",
           """
Hej Nils,

Jag behöver flytta leveransen av dina japanska lönnar. Fungerar fredag den 9 december vid samma tid, kl. tio?

Vänliga hälsningar
Malin Östlund
""", "correct: 'samma tid, kl. tio', inflected 'lönnarna'")),
    # ------------------------------------------------------------------ flawed
    (A, bad("wrong_language_neighbour", S("decline", "Mikael Forsberg", "Ylva Sjödin", "formal", "regular",
             meeting="Paddlingskurs för nybörjare", at="tisdag 13 september kl. 17.00",
             reason="instruktören är sjuk"),
           "Kurset på tirsdag",
           """
Hei Mikael,

Dessverre må vi avlyse padlekurset for nybegynnere på tirsdag, fordi instruktøren er syk.

Vennlig hilsen
Ylva Sjödin
""", "whole mail in Norwegian")),
    (A, bad("percent_swapped", S("late_cancellation", "Annika Dahlgren", "Pontus Ljung", "formal", "regular",
             meeting="Kanotuthyrning", at="torsdag 1 september kl. 9.00",
             pol={"notice_hours": 48, "deposit_percent": 20, "fee_percent": 60}),
           "Avbokningen",
           """
Hej Annika,

Din avbokning kom mindre än 48 timmar före, så enligt villkoren debiteras 20 % av avgiften. Handpenningen på 60 % återbetalas inte.

Vänliga hälsningar
Pontus Ljung
""", "fee 60 and deposit 20 swapped")),
    (A, bad("link_invented", S("no_show_followup", "Sven Orrvik", "Tove Berglind", "formal", "regular",
             meeting="Kurs i formklippning", at="onsdag 31 augusti kl. 18.00"),
           "Kursen i onsdags",
           """
Hej Sven,

Vi saknade dig på kursen i formklippning i onsdags. Boka gärna ett nytt tillfälle på www.berglindbonsai.se/boka.

Vänliga hälsningar
Tove Berglind
""", "booking page nobody gave")),
    (A, bad("colleague_wrong", S("delegate", "Gunilla Renström", "Anders Rosvall", "formal", "regular",
             meeting="Rengöring av akvariefiltret", at="fredag 9 september kl. 10.00", col="Tilda Norlén"),
           "Rengöringen på fredag",
           """
Hej Gunilla,

På fredag kommer min kollega Tilda Nordlén och rengör akvariefiltret, kl. 10.00.

Vänliga hälsningar
Anders Rosvall
""", "colleague Norlén written Nordlén")),
    (B, bad("time_recap_wrong", S("reschedule", "Patrik Åhman", "Camilla Norrgård", "formal", "regular",
             meeting="Beskärning av ett äppelträd i kruka", at="torsdag 22 september kl. 14.00",
             props=["måndag 3 oktober kl. 11.00"]),
           "Beskärningen flyttas",
           """
Hej Patrik,

Jag behöver flytta beskärningen av ditt äppelträd till måndag den 3 oktober kl. 11.00.

Vi ses på måndag kl. 14!

Camilla Norrgård
""", "recap with the old hour")),
    (B, bad("policy_invented", S("late_cancellation", "Ingela Wennberg", "Robin Falkenmark", "formal", "regular",
             meeting="Guidad paddling i Göta kanal", at="fredag 16 september kl. 10.00"),
           "Paddlingen i fredags",
           """
Hej Ingela,

Tack för beskedet om paddlingen i fredags. Eftersom avbokningen kom samma dag återbetalas tyvärr inte handpenningen.

Vänliga hälsningar
Robin Falkenmark
""", "deposit rule nobody gave")),
    (B, bad("title_or_company_invented", S("switch_to_email", "Dag Ljungqvist", "Emma Strömberg", "formal", "new",
             meeting="Rådgivning om dammväxter", at="onsdag 28 september kl. 15.00"),
           "Dammväxterna",
           """
Hej Dag,

Rådgivningen om dammväxter kan vi ta per mejl i stället för på onsdag. Skicka gärna några bilder på dammen.

Vänliga hälsningar
Emma Strömberg
Trädgårdsmästare, Strömbergs Damm & Akvarium AB
""", "job title and company nobody gave")),
    (B, bad("email_invented", S("switch_to_email", "Vera Holmlund", "Karl Segerström", "formal", "regular",
             meeting="Beställning av koifoder", at="tisdag 27 september kl. 10.00"),
           "Koifodret",
           """
Hej Vera,

Beställningen av koifoder kan vi sköta per mejl. Skriv till karl.segerstrom@bredband.net så ordnar jag det.

Vänliga hälsningar
Karl Segerström
""", "private address nobody gave")),
    (C, bad("wrong_language_neighbour", S("reschedule", "Birger Nyman", "Stina Lagerkvist", "formal", "regular",
             meeting="Omplantering av en fikus", at="fredag 7 oktober kl. 13.00",
             props=["onsdag 12 oktober kl. 13.00"]),
           "Ny tid onsdag",
           """
Hej Birger,

Jeg er nødt til at flytte omplantningen af din fikus. Passer det dig onsdag den 12. oktober kl. 13.00?

Venlig hilsen
Stina Lagerkvist
""", "whole mail in Danish")),
    (C, bad("weekday_wrong", S("switch_to_call", "Ronja Alm", "Henrik Sköld", "formal", "regular",
             meeting="Genomgång av kajakutrustning", at="torsdag 6 oktober kl. 16.00",
             props=["måndag 17 oktober kl. 16.00"]),
           "Samtal i stället",
           """
Hej Ronja,

Kan vi ta genomgången av utrustningen per telefon tisdag 17 oktober kl. 16.00 i stället?

Vänliga hälsningar
Henrik Sköld
""", "17 October is a Monday, not 'tisdag'")),
    (C, bad("discount_invented", S("decline", "Lars-Erik Modin", "Paula Grahn", "formal", "key",
             meeting="Företagsevent med kanotpaddling", at="fredag 14 oktober kl. 9.00",
             reason="kunden vill ha en kompensation"),
           "Företagseventet",
           """
Hej Lars-Erik,

Tyvärr kan vi inte genomföra kanotpaddlingen den 14 oktober. Som kompensation får ni 20 % rabatt på nästa bokning.

Vänliga hälsningar
Paula Grahn
""", "20 % discount licensed only by the reason")),
    (C, bad("name_near_miss", S("no_show_followup", "Wilma Österlind", "Jens Nordahl", "formal", "regular",
             meeting="Hämtning av en bonsaiek", at="torsdag 29 september kl. 12.00"),
           "Din bonsaiek",
           """
Hej Vilma,

Du kom inte för att hämta bonsaieken förra torsdagen. Säg till när det passar dig att komma.

Vänliga hälsningar
Jens Nordahl
""", "first name Wilma written Vilma")),
    (D, bad("time_swapped", S("reschedule", "Tomas Hedenius", "Frida Lönnqvist", "formal", "regular",
             meeting="Leverans av en kanot", at="fredag 18 november kl. 10.00",
             props=["tisdag 22 november kl. 10.00"]),
           "Ny tid: tisdag 22 november",
           """
Hej Tomas,

Leveransen av kanoten behöver flyttas. Passar det dig om vi kommer fredag 18 november kl. 10.00?

Vänliga hälsningar
Frida Lönnqvist
""", "body offers the old slot; subject right")),
    (D, bad("number_invented", S("late_cancellation", "Jenny Holmgren", "Mats Rönnblom", "formal", "regular",
             meeting="Workshop i mossodling", at="onsdag 16 november kl. 18.00"),
           "Workshopen i går",
           """
Hej Jenny,

Tack för ditt besked om workshopen i går. Vi var bara sex deltagare, så det blev en lugn kväll.

Vänliga hälsningar
Mats Rönnblom
""", "'sex deltagare' nobody gave")),
    (D, bad("place_changed", S("decline", "Yngve Berglund", "Cecilia Vennström", "formal", "new",
             meeting="Paddling runt Visingsö", at="tisdag 29 november kl. 9.00", reason="isen har lagt sig"),
           "Paddlingen",
           """
Hej Yngve,

Isen har lagt sig, så paddlingen runt Gotska Sandön den 29 november blir tyvärr inte av.

Vänliga hälsningar
Cecilia Vennström
""", "Visingsö changed to Gotska Sandön")),
    (D, bad("phone_invented", S("switch_to_call", "Rebecka Sandin", "Olle Granhöjd", "formal", "regular",
             meeting="Val av koraller", at="måndag 28 november kl. 15.00"),
           "Vi ringer på måndag",
           """
Hej Rebecka,

Vi kan välja koraller per telefon på måndag kl. 15 i stället. Ring mig på 073-618 42 95.

Vänliga hälsningar
Olle Granhöjd
""", "mobile number nobody gave")),
    (E, bad("duration_wrong", S("shorten", "Ingrid Sjölander", "Axel Wennerholm", "formal", "regular",
             meeting="Kurs i akvarieväxter", at="torsdag 8 december kl. 18.00", dur=45),
           "Kursen på torsdag",
           """
Hej Ingrid,

Kursen i akvarieväxter på torsdag blir kortare: en och en halv timme från kl. 18.

Vänliga hälsningar
Axel Wennerholm
""", "'en och en halv timme' for 45 minutes")),
    (E, bad("foreign_paragraph", S("decline", "Björn Nyberg", "Louise Kronqvist", "formal", "regular",
             meeting="Vinterpaddling i Luleå", at="lördag 10 december kl. 10.00", reason="för kallt"),
           "Vinterpaddlingen",
           """
Hej Björn,

Vinterpaddlingen i Luleå den 10 december ställs in, det blir för kallt.

We hope to see you on the water in the spring instead.

Vänliga hälsningar
Louise Kronqvist
""", "English paragraph in a Swedish mail")),
    (E, bad("policy_invented", S("no_show_followup", "Eva-Lena Krantz", "Daniel Holmström", "formal", "regular",
             meeting="Provlektion i bonsaiformning", at="tisdag 29 november kl. 17.00"),
           "Provlektionen",
           """
Hej Eva-Lena,

Du kom inte till provlektionen i tisdags. Uteblivna lektioner debiteras med halva avgiften, men hör gärna av dig om en ny tid.

Vänliga hälsningar
Daniel Holmström
""", "'halva avgiften' nobody gave")),
    (E, bad("title_or_company_invented", S("delegate", "Helena Berglöf", "Jesper Sahlin", "formal", "regular",
             meeting="Besök för vattenprov", at="onsdag 14 december kl. 11.00", col="Maja Törnqvist"),
           "Vattenprovet",
           """
Hej Helena,

Den 14 december kommer min kollega Maja Törnqvist och tar vattenprovet, kl. 11.00.

Vänliga hälsningar
Jesper Sahlin
VD, Sahlin Akvaristik AB
""", "job title and company nobody gave")),
]
