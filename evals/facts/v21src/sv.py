"""v21, Swedish: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v21src._d import A, B, C, D, E


def S(*a, **k):
    return _S("sv", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Gunvor Fagerström", "Ingvar Lidbeck", "formal", "regular",
             meeting="Återlämning av det renoverade fickuret", at="tisdag 13 juli kl. 10.00",
             props=["fredag 16 juli kl. 10.00", "måndag 19 juli kl. 14.30"],
             reason="urglaset har inte kommit från grossisten"),
           "Ditt fickur",
           """
Hej Gunvor,

Urglaset har inte kommit från grossisten, så jag kan inte lämna tillbaka fickuret i morgon.

Passar fredag den 16:e, samma tid, eller måndag 19 juli kl. halv tre?

Vänliga hälsningar
Ingvar Lidbeck
""", "correct: first name in formal mail, 'i morgon' for Jul 13, 'samma tid', 'kl. halv tre'")),
    (A, ok(S("late_cancellation", "Leif Sandgren", "Margareta Öhrvall", "formal", "regular",
             meeting="Kurs i emaljmålning", at="torsdag 8 juli kl. 13.00",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Din avbokning",
           """
Hej Leif,

Vi har fått din avbokning av kursen i torsdags. Eftersom den kom senare än två dygn (48 timmar) före start debiterar vi enligt villkoren hälften (50 %) av kursavgiften.

Vänliga hälsningar
Margareta Öhrvall
""", "correct: 'i torsdags' for Jul 8, 'två dygn (48 timmar)', 'hälften (50 %)'")),
    (A, ok(S("switch_to_call", "Torbjörn Hellqvist", "Elsa Granqvist", "formal", "new",
             meeting="Genomgång av barometern från prästgården", at="onsdag 21 juli kl. 09.00",
             reason="jag har ingen bil den veckan"),
           "Onsdag per telefon",
           """
Hej Torbjörn,

Jag har ingen bil den veckan. Kan vi ta genomgången av barometern per telefon i stället, onsdag kl. nio?

Vänliga hälsningar
Elsa Granqvist
""", "correct: same slot by phone, 'kl. nio'")),
    (A, ok(S("delegate", "Ulrika Brännström", "Pontus Edenius", "formal", "key",
             meeting="Stämning av dragspelet inför midsommarturnén", at="torsdag 15 juli kl. 16.00",
             col="Sigrid Modéer", reason="jag är på dragspelsstämman i Ransäter"),
           "Stämningen på torsdag",
           """
Hej Ulrika,

På torsdag är jag på dragspelsstämman i Ransäter. Min kollega Sigrid Modéer stämmer ditt dragspel kl. fyra som planerat.

Vänliga hälsningar
Pontus Edenius
""", "correct: colleague exact, 'kl. fyra'")),
    (B, ok(S("shorten", "Rune Ahlgren", "Kristina Sjöberg-Nylén", "formal", "regular",
             meeting="Visning av paraplyverkstaden", at="torsdag 19 augusti kl. 10.00", dur=45,
             reason="en stor leverans ska packas före lunch"),
           "Visningen på torsdag",
           """
Hej Rune,

En stor leverans ska packas före lunch, så visningen på torsdag börjar kl. tio men tar bara tre kvart.

Vänliga hälsningar
Kristina Sjöberg-Nylén
""", "correct: 'kl. tio', 'tre kvart'")),
    (B, ok(S("decline", "Agneta Wikström", "Håkan Ridderstad", "formal", "regular",
             meeting="Föredrag om tornur i Uppland", at="tisdag 24 augusti kl. 18.30",
             reason="föreningens lokal är uthyrd till ett bröllop"),
           "Föredraget den 24 augusti",
           """
Hej Agneta,

Föreningens lokal är tyvärr uthyrd till ett bröllop, så föredraget om tornur tisdagen den 24 augusti blir inte av.

Vänliga hälsningar
Håkan Ridderstad
""", "correct: date without year, no new time")),
    (B, ok(S("no_show_followup", "Folke Nordahl", "Ylva Lindbom", "formal", "new",
             meeting="Provspelning på ett knappdragspel", at="fredag 13 augusti kl. 11.00",
             props=["onsdag 18 augusti kl. 11.00"]),
           "Din provspelning",
           """
Hej Folke,

Vi väntade på dig i fredags kl. elva för provspelningen. Vill du komma i morgon i stället, samma tid?

Vänliga hälsningar
Ylva Lindbom
""", "correct: 'i fredags' for Aug 13, 'i morgon, samma tid' for Aug 18 said on Aug 17")),
    (B, ok(S("cancellation_policy", "Gudrun Ekwall", "Anders Tidblad", "formal", "new",
             pol={"notice_hours": 24, "deposit_percent": 20, "fee_percent": 100}),
           "Villkor för kursen",
           """
Hej Gudrun,

Vi tar ut en handpenning på 20 % vid bokningen. Du kan avboka kostnadsfritt fram till ett dygn (24 timmar) före kursen; därefter debiteras hela avgiften (100 %).

Vänliga hälsningar
Anders Tidblad
""", "correct: notice, deposit and fee each with its term")),
    (C, ok(S("switch_to_email", "Sten Hallberg", "Vivianne Rosell", "formal", "regular",
             meeting="Offert på emaljskyltar till hamnen", at="måndag 20 september kl. 13.00",
             reason="färgproverna syns bäst på bild"),
           "Offerten per e-post",
           """
Hej Sten,

Färgproverna syns bäst på bild, så i stället för att ses på måndag kl. ett skickar jag offerten på skyltarna per e-post.

Vänliga hälsningar
Vivianne Rosell
""", "correct: 'kl. ett', meeting paraphrased")),
    (C, ok(S("reschedule", "Solveig Brodin", "Mats Enqvist", "friendly", "regular",
             meeting="Hämtning av väggklockan", at="fredag 17 september kl. 15.00",
             props=["tisdag 21 september kl. 15.00", "onsdag 22 september kl. 08.30"],
             reason="pendeln behöver justeras en gång till"),
           "Väggklockan",
           """
Hej Solveig!

Pendeln behöver justeras en gång till, så klockan är inte klar på fredag. Går det bra den 21:e samma tid, eller onsdag 22 september kl. halv nio?

Hälsningar
Mats
""", "correct: 'den 21:e samma tid', 'kl. halv nio'")),
    (C, ok(S("late_cancellation", "Bertil Fahlén", "Cecilia Wennerholm", "formal", "regular",
             meeting="Guidning bland de vetenskapliga instrumenten", at="tisdag 14 september kl. 14.00"),
           "Din avbokning i går",
           """
Hej Bertil,

Tack för att du hörde av dig om guidningen i går. Säg till när du vill boka en ny tid.

Vänliga hälsningar
Cecilia Wennerholm
""", "correct: no policy given, none stated; 'i går' for Sep 14")),
    (C, ok(S("delegate", "Docent Ragnhild Sörlin", "Nils Wahlgren", "formal", "key",
             meeting="Kalibrering av observatoriets barografer", at="torsdag 23 september kl. 09.30",
             col="Elin Kjellgren", reason="jag är på konferens i Tartu"),
           "Kalibreringen på torsdag",
           """
Hej Ragnhild,

Jag är på konferens i Tartu nästa vecka. Min kollega Elin Kjellgren kalibrerar barograferna på torsdag kl. halv tio.

Vänliga hälsningar
Nils Wahlgren
""", "correct: first name for a 'Docent' recipient, colleague exact, 'kl. halv tio'")),
    (D, ok(S("decline", "Lennart Östergren", "Annika Fryklund", "formal", "regular",
             meeting="Studiebesök på dragspelsfabriken", at="tisdag 19 oktober kl. 10.00",
             reason="fabriken har semesterstängt"),
           "Studiebesöket",
           """
Hej Lennart,

Fabriken har tyvärr semesterstängt, så studiebesöket på tisdag blir inte av. Jag hör av mig när vi är igång igen.

Vänliga hälsningar
Annika Fryklund
""", "correct: no new time")),
    (D, ok(S("no_show_followup", "Maj-Britt Hedenius", "Göran Stålhandske", "formal", "regular",
             meeting="Leverans av paraplyer till hotellet", at="tisdag 12 oktober kl. 08.00",
             props=["måndag 18 oktober kl. 08.00", "tisdag 19 oktober kl. 12.00"]),
           "Leveransen i tisdags",
           """
Hej Maj-Britt,

Vi stod vid hotellets entré i tisdags kl. åtta med paraplyerna, men ingen tog emot dem. Passar måndag den 18:e samma tid, eller tisdag den 19:e kl. tolv?

Vänliga hälsningar
Göran Stålhandske
""", "correct: 'i tisdags' for Oct 12, 'samma tid', 'kl. tolv'")),
    (D, ok(S("switch_to_call", "Ebba Lagerholm", "Oskar Tideström", "formal", "new",
             meeting="Rådgivning om emaljerade medaljer", at="fredag 22 oktober kl. 15.30",
             reason="verkstaden saneras efter en vattenskada"),
           "Fredag per telefon",
           """
Hej Ebba,

Verkstaden saneras efter en vattenskada. Kan vi ta rådgivningen om medaljerna per telefon på fredag kl. halv fyra?

Vänliga hälsningar
Oskar Tideström
""", "correct: same slot by phone, 'kl. halv fyra'")),
    (D, ok(S("reschedule", "Kjell Anundsen", "Sofia Bergsman", "formal", "regular",
             meeting="Service av armbandsur", at="fredag 15 oktober kl. 11.00",
             props=["onsdag 20 oktober kl. 11.00"], reason="en reservdel sitter fast i tullen"),
           "Servicen av ditt ur",
           """
Hej Kjell,

En reservdel sitter fast i tullen, så servicen i morgon måste flyttas. Går det bra onsdag 20 oktober kl. elva?

Vänliga hälsningar
Sofia Bergsman
""", "correct: 'i morgon' for Oct 15 said on Oct 14, 'kl. elva'")),
    (E, ok(S("shorten", "Hjördis Malmsten", "Erik Lyrholm", "formal", "regular",
             meeting="Workshop i emalj på silver", at="onsdag 17 november kl. 17.00", dur=60,
             reason="ugnen måste svalna inför en besiktning kl. 18.30"),
           "Workshopen på onsdag",
           """
Hej Hjördis,

Ugnen måste svalna inför en besiktning kl. 18.30, så workshopen på onsdag börjar kl. fem och håller på en timme.

Vänliga hälsningar
Erik Lyrholm
""", "correct: '18.30' from the reason, 'kl. fem', 'en timme'")),
    (E, ok(S("switch_to_email", "Ronny Carlbom", "Tove Hagström", "formal", "regular",
             meeting="Genomgång av offerten på tornuret", at="måndag 22 november kl. 10.00",
             reason="kalkylen är lättare att läsa i lugn och ro"),
           "Offerten på tornuret",
           """
Hej Ronny,

Kalkylen för tornuret är lättare att läsa i lugn och ro, så jag mejlar den i stället för att vi ses på måndag den 22:e.

Vänliga hälsningar
Tove Hagström
""", "correct: 'måndag den 22:e' without month, no new time")),
    (E, ok(S("cancellation_policy", "Astrid Ljungdahl", "Patrik Segerfeldt", "formal", "regular",
             meeting="Restaurering av en kyrkbarometer", at="torsdag 25 november kl. 13.00",
             pol={"notice_hours": 72}),
           "Villkor inför torsdag 25 november",
           """
Hej Astrid,

Inför restaureringen torsdag 25 november vill jag påminna om att du kan avboka kostnadsfritt fram till tre dygn (72 timmar) innan.

Vänliga hälsningar
Patrik Segerfeldt
""", "correct: 'tre dygn (72 timmar)', no fee invented")),
    (E, ok(S("decline", "Bror Engdahl", "Linnea Grönkvist", "friendly", "key",
             meeting="Dragspelskväll i verkstaden", at="fredag 19 november kl. 19.00",
             reason="hälften av spelmännen är förkylda"),
           "Dragspelskvällen",
           """
Hej Bror!

Hälften av spelmännen är förkylda, så vi ställer in dragspelskvällen nästa fredag. Vi tar den en annan gång!

Kram
Linnea
""", "correct: 'hälften' from the reason, 'nästa fredag' for Nov 19 said on Fri Nov 12")),
    # ------------------------------------------------------------------ flawed
    (A, bad("wrong_language_neighbour", S("decline", "Mikael Storck", "Hanna Ölvebro", "formal", "regular",
              meeting="Visning av urmakarverkstaden", at="fredag 16 juli kl. 10.00",
              reason="verkstaden är stängd för inventering"),
            "Visningen på fredag",
            """
Hei Mikael,

Verkstedet er stengt for varetelling, så visningen på fredag blir dessverre ikke noe av. Jeg tar kontakt når vi åpner igjen.

Med vennlig hilsen
Hanna Ölvebro
""", "wrong_language_neighbour: whole mail in Norwegian")),
    (A, bad("percent_swapped", S("late_cancellation", "Inga-Lill Westin", "Rasmus Krantz", "formal", "regular",
              meeting="Kurs i paraplymakeri", at="fredag 9 juli kl. 09.00",
              pol={"notice_hours": 48, "fee_percent": 75, "deposit_percent": 25}),
            "Din avbokning",
            """
Hej Inga-Lill,

Din avbokning kom mindre än 48 timmar före kursen i fredags. Enligt villkoren behåller vi handpenningen på 75 % och debiterar 25 % av avgiften.

Vänliga hälsningar
Rasmus Krantz
""", "percent_swapped: deposit 25 %, fee 75 %; swapped")),
    (A, bad("duration_wrong", S("shorten", "Birger Almqvist", "Jenny Sollerman", "formal", "regular",
              meeting="Genomgång av barometersamlingen", at="måndag 19 juli kl. 13.00", dur=30,
              reason="lokalen behövs för ett möte"),
            "Genomgången på måndag",
            """
Hej Birger,

Lokalen behövs för ett möte, så genomgången på måndag kl. 13.00 blir en timme lång.

Vänliga hälsningar
Jenny Sollerman
""", "duration_wrong: 'en timme' for 30 minutes")),
    (A, bad("link_invented", S("reschedule", "Vera Hammarlund", "Kenneth Bodin", "formal", "new",
              meeting="Provning av dragspelsremmar", at="onsdag 14 juli kl. 15.00",
              props=["tisdag 20 juli kl. 15.00"], reason="remmarna är försenade"),
            "Ny tid för provningen",
            """
Hej Vera,

Remmarna är försenade, så vi flyttar provningen till tisdag 20 juli kl. 15.00. Bekräfta gärna tiden på www.bodinsdragspel.se/boka.

Vänliga hälsningar
Kenneth Bodin
""", "link_invented: a booking link nobody gave")),
    (B, bad("time_recap_wrong", S("reschedule", "Gösta Lindell", "Maria Pålsson-Ek", "formal", "regular",
              meeting="Hämtning av gjutna urtavlor", at="onsdag 18 augusti kl. 09.00",
              props=["torsdag 26 augusti kl. 13.30"], reason="emaljen har spruckit i ugnen"),
            "Urtavlorna: torsdag 26 augusti",
            """
Hej Gösta,

Emaljen har spruckit i ugnen, så urtavlorna är inte klara i morgon. Kan du hämta dem torsdag 26 augusti kl. 13.30?

Vi ses på torsdag kl. 13!

Maria Pålsson-Ek
""", "time_recap_wrong: recap rounds 13.30 to 13")),
    (B, bad("colleague_wrong", S("delegate", "Irma Stenholm", "Per-Olof Rydén", "formal", "regular",
              meeting="Installation av stationsuret", at="måndag 23 augusti kl. 07.30",
              col="Jonas Edqvist", reason="jag är sjukskriven"),
            "Installationen på måndag",
            """
Hej Irma,

Jag är sjukskriven. Min kollega Jonas Edkvist installerar stationsuret på måndag kl. 07.30.

Vänliga hälsningar
Per-Olof Rydén
""", "colleague_wrong: 'Edkvist' for Edqvist")),
    (B, bad("place_changed", S("switch_to_call", "Barbro Sjödahl", "Viktor Lannerstam", "formal", "regular",
              meeting="Möte om paraplyerna till teatern i Norrköping", at="fredag 27 augusti kl. 14.00",
              reason="jag har brutit foten"),
            "Fredag per telefon",
            """
Hej Barbro,

Jag har brutit foten. Kan vi ta mötet om paraplyerna till teatern i Linköping per telefon på fredag kl. 14.00?

Vänliga hälsningar
Viktor Lannerstam
""", "place_changed: Norrköping -> Linköping")),
    (B, bad("email_invented", S("switch_to_email", "Allan Rudbeck", "Lisa Tornberg", "formal", "new",
              meeting="Prisförslag på emaljerade nyckelringar", at="tisdag 24 augusti kl. 10.00",
              reason="jag reser mycket den veckan"),
            "Prisförslaget per mejl",
            """
Hej Allan,

Jag reser mycket den veckan, så jag skickar prisförslaget per mejl i stället för att ses på tisdag. Svara gärna till lisa.tornberg@telia.com.

Vänliga hälsningar
Lisa Tornberg
""", "email_invented: a private address nobody gave")),
    (C, bad("time_swapped", S("reschedule", "Eivor Bäckström", "Henrik Lundahl", "formal", "regular",
              meeting="Leverans av tornurets visare", at="torsdag 16 september kl. 10.00",
              props=["måndag 27 september kl. 10.00"], reason="förgyllningen behöver torka"),
            "Visarna flyttas till måndag 27 september",
            """
Hej Eivor,

Förgyllningen behöver torka längre. Vi levererar därför visarna torsdag 16 september kl. 10.00 i stället.

Vänliga hälsningar
Henrik Lundahl
""", "time_swapped: the old slot given as the new delivery time in the body")),
    (C, bad("duration_wrong", S("shorten", "Kerstin Appelqvist", "Jöns Hedberg", "formal", "regular",
              meeting="Lektion i dragspelsreparation", at="tisdag 21 september kl. 18.00", dur=90,
              reason="skolan stänger tidigare"),
            "Lektionen på tisdag",
            """
Hej Kerstin,

Skolan stänger tidigare, så lektionen på tisdag kl. 18.00 blir två timmar.

Vänliga hälsningar
Jöns Hedberg
""", "duration_wrong: 'två timmar' for 90 minutes")),
    (C, bad("policy_invented", S("no_show_followup", "Gunnel Westerlund", "Tobias Arvidsson", "formal", "new",
              meeting="Värdering av ett gammalt fickur", at="måndag 13 september kl. 16.00"),
            "Din värdering",
            """
Hej Gunnel,

Vi väntade på dig i måndags kl. 16.00. Enligt våra villkor tar vi ut halva avgiften vid uteblivet besök, men du är välkommen att boka en ny tid.

Vänliga hälsningar
Tobias Arvidsson
""", "policy_invented: 'halva avgiften' with no policy given")),
    (C, bad("title_or_company_invented", S("decline", "Hugo Wennberg", "Stina Alfredsson", "formal", "regular",
              meeting="Föreläsning om emaljkonst", at="onsdag 29 september kl. 18.00",
              reason="jag har fått förhinder"),
            "Föreläsningen 29 september",
            """
Hej Hugo,

Jag har tyvärr fått förhinder och kan inte hålla föreläsningen onsdag 29 september.

Vänliga hälsningar
Stina Alfredsson
Konstnärlig ledare, Emaljateljén Alfredsson AB
""", "title_or_company_invented: title and company in the signature")),
    (D, bad("wrong_language_neighbour", S("switch_to_email", "Roland Bergkvist", "Ida Falkenström", "formal", "regular",
              meeting="Genomgång av barometerrapporten", at="onsdag 20 oktober kl. 14.00",
              reason="rapporten är enklast att läsa skriftligt"),
            "Rapporten per mejl",
            """
Hej Roland,

Rapporten er nemmest at læse på skrift, så jeg sender den pr. mail i stedet for at vi mødes onsdag kl. 14.00.

Venlig hilsen
Ida Falkenström
""", "wrong_language_neighbour: whole body in Danish")),
    (D, bad("weekday_wrong", S("reschedule", "Sonja Hedlund", "Anton Wiklander", "formal", "regular",
              meeting="Hämtning av paraplyerna", at="fredag 15 oktober kl. 12.00",
              props=["torsdag 21 oktober kl. 12.00"], reason="handtagen är inte lackade"),
            "Paraplyerna",
            """
Hej Sonja,

Handtagen är inte lackade än. Kan du hämta paraplyerna fredag 21 oktober kl. 12.00 i stället?

Vänliga hälsningar
Anton Wiklander
""", "weekday_wrong: 'fredag 21 oktober' in the body (a Thursday)")),
    (D, bad("number_invented", S("decline", "Tage Nyberg", "Cornelia Strand", "formal", "regular",
              meeting="Inventering av urmakarverktyg", at="måndag 25 oktober kl. 09.00",
              reason="samlingen är utlånad till ett museum"),
            "Inventeringen",
            """
Hej Tage,

Samlingen på 340 verktyg är utlånad till ett museum, så inventeringen på måndag blir inte av.

Vänliga hälsningar
Cornelia Strand
""", "number_invented: '340 verktyg' nobody gave")),
    (D, bad("phone_invented", S("late_cancellation", "Elvy Karlgren", "Jesper Holmqvist", "formal", "regular",
              meeting="Stämning av ett pianodragspel", at="onsdag 13 oktober kl. 15.00"),
            "Din avbokning",
            """
Hej Elvy,

Tack för att du meddelade att du inte kunde komma i går. Ring mig på 070-318 42 96 så bokar vi en ny tid.

Vänliga hälsningar
Jesper Holmqvist
""", "phone_invented: a mobile number nobody gave")),
    (E, bad("colleague_wrong", S("delegate", "Majken Österlund", "Filip Granlund", "formal", "regular",
              meeting="Besiktning av kyrkans tornur", at="tisdag 16 november kl. 10.00",
              col="Emma Sandqvist", reason="jag är på utbildning"),
            "Besiktningen på tisdag",
            """
Hej Majken,

Jag är på utbildning nästa vecka. Min kollega Emma Sundqvist besiktar tornuret på tisdag kl. 10.00.

Vänliga hälsningar
Filip Granlund
""", "colleague_wrong: 'Sundqvist' for Sandqvist")),
    (E, bad("discount_invented", S("no_show_followup", "Lars-Erik Blom", "Hedda Forsman", "formal", "new",
              meeting="Provspelning på begagnat dragspel", at="onsdag 10 november kl. 17.00",
              props=["torsdag 18 november kl. 17.00"]),
            "Provspelningen",
            """
Hej Lars-Erik,

Vi väntade på dig i onsdags. Du är välkommen torsdag 18 november kl. 17.00, och du får 10 % rabatt om du köper dragspelet.

Vänliga hälsningar
Hedda Forsman
""", "discount_invented: a 10 % discount nobody gave")),
    (E, bad("name_near_miss", S("decline", "Ingalill Vallgren", "Axel Norrbom", "formal", "regular",
              meeting="Visning av barometerverkstaden", at="torsdag 25 november kl. 14.00",
              reason="vi flyttar verkstaden"),
            "Visningen",
            """
Hej Ingalill Wallgren,

Vi flyttar verkstaden, så visningen torsdag 25 november blir tyvärr inte av.

Vänliga hälsningar
Axel Norrbom
""", "name_near_miss: 'Wallgren' for Vallgren")),
    (E, bad("foreign_paragraph", S("shorten", "Dagny Risberg", "Simon Ekelöf", "formal", "regular",
              meeting="Kurs i urmakeri för nybörjare", at="fredag 19 november kl. 09.00", dur=120,
              reason="lärarna har ett möte på eftermiddagen"),
            "Kursen på fredag",
            """
Hej Dagny,

Lärarna har ett möte på eftermiddagen, så kursen på fredag kl. 09.00 blir två timmar.

We are sorry for the short notice and hope you will still enjoy the course.

Vänliga hälsningar
Simon Ekelöf
""", "foreign_paragraph: an English paragraph")),
]
