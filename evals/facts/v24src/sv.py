"""v24, Swedish: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v24src._d import A, B, C, D, E


def S(*a, **k):
    return _S("sv", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("decline", "Torun Blomqvist-Hägg", "Viggo Lindelöf", "friendly", "regular",
             meeting="Klippning av er schnauzer", at="torsdag 19 januari kl. 10.00",
             reason="jag har brutit handleden"),
           "Torsdagens klippning",
           """
Hej Torun!

Tråkigt nog har jag brutit handleden, så jag kan inte klippa er schnauzer på torsdag. Jag hoppas att ni förstår.

Kram,
Viggo
""", "correct: friendly, no new slot offered")),
    (A, ok(S("switch_to_email", "Holger Wennerström", "Elin Skogsberg", "formal", "new",
             meeting="Offert på bastu i sjöboden", at="tisdag 24 januari kl. 13.00"),
           "Offerten på bastun via e-post",
           """
Hej Holger,

Tack för ditt intresse. Jag föreslår att vi tar offerten på bastun i sjöboden via e-post i stället för att träffas på tisdag kl. ett.

Vänliga hälsningar
Elin Skogsberg
""", "correct: first name in formal Swedish mail, 'kl. ett'")),
    (A, ok(S("late_cancellation", "Majken Forsgård", "Arvid Tjernström", "formal", "regular",
             meeting="Bastukväll för fyra vid sjön", at="lördag 14 januari kl. 18.00",
             pol={"notice_hours": 24, "fee_percent": 50}),
           "Avbokningen i lördags",
           """
Hej Majken,

Tack för ditt besked om bastukvällen för fyra i lördags. Eftersom avbokningen kom mindre än ett dygn (24 timmar) före, debiteras enligt våra villkor hälften av avgiften (50 %).

Vänliga hälsningar
Arvid Tjernström
""", "correct: 'i lördags' of 14 Jan, 'för fyra' from the meeting, policy in words")),
    (A, ok(S("shorten", "Ebba Lindquist-Moberg", "Sixten Grahn", "friendly", "regular",
             meeting="Slipning och vallning av längdskidor", at="onsdag 25 januari kl. 17.00", dur=30),
           "Skidorna på onsdag",
           """
Hej Ebba!

På onsdag hinner jag bara en halvtimme med slipning och vallning av dina längdskidor. Kom gärna vid fem som vi sa!

Hälsningar
Sixten
""", "correct: 'en halvtimme', 'vid fem'")),
    (B, ok(S("cancellation_policy", "Gunnel Åkerlind", "Petter Hallgren", "formal", "new",
             meeting="Hyra av bastuflotte", at="lördag 18 februari kl. 12.00",
             pol={"notice_hours": 48, "deposit_percent": 20}),
           "Villkor för bastuflotten",
           """
Hej Gunnel,

Tack för bokningen av bastuflotten på lördag den 18:e kl. tolv. Vi tar en handpenning på 20 %. Avbokning är kostnadsfri fram till två dygn (48 timmar) innan.

Vänliga hälsningar
Petter Hallgren
""", "correct: 'den 18:e', 'kl. tolv', policy in words and numbers")),
    (B, ok(S("reschedule", "Rune Ekdahl", "Moa Westling", "friendly", "key",
             meeting="Pälsvård för Sigge och Majsan", at="fredag 10 februari kl. 9.00",
             props=["tisdag 14 februari kl. 9.00", "onsdag 15 februari kl. 13.30"],
             reason="salongen har fått en vattenläcka"),
           "Sigge och Majsan – ny tid?",
           """
Hej Rune!

Usch, salongen har fått en vattenläcka och vi måste hålla stängt på fredag. Så Sigge och Majsan får vänta lite på sin pälsvård.

Skulle tisdag den 14:e passa, samma tid? Annars kan jag onsdag 15 februari kl. halv två.

Jag vet att det är krångligt för er, och jag är verkligen ledsen. Säg till vad som passar bäst.

Kram,
Moa
""", "correct: longer friendly mail, 'samma tid', 'den 14:e', 'kl. halv två'")),
    (B, ok(S("delegate", "Bertil Sandelin", "Lovisa Granqvist", "formal", "regular",
             meeting="Service av bastuaggregatet", at="måndag 13 februari kl. 8.00",
             col="Hampus Ringdahl", reason="jag är på kurs i Umeå"),
           "Servicen av aggregatet",
           """
Hej Bertil,

Jag är på kurs i Umeå, så servicen av ditt bastuaggregat på måndag kl. åtta görs av min kollega Hampus Ringdahl.

Vänliga hälsningar
Lovisa Granqvist
""", "correct: colleague exact, 'kl. åtta'")),
    (B, ok(S("no_show_followup", "Solveig Nordahl", "Kristoffer Ahlin", "formal", "regular",
             meeting="Vallningskurs för nybörjare", at="torsdag 2 februari kl. 18.30",
             props=["torsdag 9 februari kl. 18.30"]),
           "Vallningskursen i torsdags",
           """
Hej Solveig,

Vi saknade dig på vallningskursen i torsdags. Hoppas allt är bra!

Vill du kan du i stället komma på torsdag den 9:e, samma tid.

Vänliga hälsningar
Kristoffer Ahlin
""", "correct: 'i torsdags', 'den 9:e', 'samma tid'")),
    (C, ok(S("switch_to_call", "Tyra Hammarlund", "Oskar Bäckman", "friendly", "regular",
             meeting="Genomgång av vedbastuns skorsten", at="fredag 10 mars kl. 15.00",
             props=["fredag 10 mars kl. 17.00"]),
           "Vi ringer om skorstenen",
           """
Hej Tyra!

Kan vi prata om skorstenen till vedbastun på telefon i stället? Samma dag men kl. fem, inte tre. Funkar det?

Hälsningar
Oskar
""", "correct: 'kl. fem, inte tre' names old and new time")),
    (C, ok(S("decline", "Göran Lindfors", "Alva Sjödin", "formal", "new",
             meeting="Trimning av fem shetlandsponnyer", at="tisdag 14 mars kl. 10.00",
             reason="vi arbetar bara med hundar och katter"),
           "Angående trimningen",
           """
Hej Göran,

Tack för förfrågan. Vi arbetar tyvärr bara med hundar och katter, så trimningen av de fem shetlandsponnyerna kan vi inte ta.

Vänliga hälsningar
Alva Sjödin
""", "correct: 'fem' from the meeting")),
    (C, ok(S("reschedule", "Ingegerd Pålsson", "Linus Kjellberg", "formal", "regular",
             meeting="Montering av bastudörr i glas", at="torsdag 16 mars kl. 9.00",
             props=["tisdag 21 mars kl. 10.00"], reason="glaset har spruckit under transporten"),
           "Bastudörren – ny tid",
           """
Hej Ingegerd,

Glaset till din bastudörr sprack under transporten, så monteringen på torsdag får flyttas.

Passar tisdag 21 mars kl. tio?

Vänliga hälsningar
Linus Kjellberg
""", "correct: 'kl. tio'")),
    (C, ok(S("late_cancellation", "Bengt Almqvist", "Saga Fredholm", "friendly", "regular",
             meeting="Bad och klo för Tusse", at="tisdag 7 mars kl. 14.00"),
           "Tusse i går",
           """
Hej Bengt!

Tack för att du hörde av dig om Tusse i går, även om det blev sent. Ingen fara alls!

Hälsningar
Saga
""", "correct: 'i går' of 7 March said on 8 March, no policy given, none stated")),
    (D, ok(S("switch_to_email", "Karin Östergren", "Ludvig Rehnberg", "friendly", "regular",
             meeting="Val av skidor till barnen", at="måndag 27 mars kl. 18.00",
             reason="jag är förkyld"),
           "Skidorna till barnen",
           """
Hej Karin!

Jag är förkyld och vill inte smitta, så vi tar valet av skidor till barnen via mejl i stället för på måndag kväll, okej?

Hälsningar
Ludvig
""", "correct: 'måndag kväll' for 18.00")),
    (D, ok(S("shorten", "Margit Sundelin", "Joel Ferm", "formal", "regular",
             meeting="Årlig översyn av bastun i föreningslokalen", at="onsdag 29 mars kl. 9.00", dur=90,
             reason="lokalen är bokad från kl. 11"),
           "Översynen på onsdag",
           """
Hej Margit,

Lokalen är bokad från kl. 11 på onsdag, så jag har en och en halv timme till översynen av bastun. Jag börjar kl. nio.

Vänliga hälsningar
Joel Ferm
""", "correct: 'en och en halv timme' for 90, 'kl. 11' from the reason")),
    (D, ok(S("cancellation_policy", "Dr Helena Strandberg", "Axel Mörner", "formal", "key",
             pol={"notice_hours": 72, "fee_percent": 100}),
           "Våra avbokningsvillkor",
           """
Hej Helena,

Här är våra avbokningsvillkor för bastubokningar: avbokning är kostnadsfri fram till tre dygn (72 timmar) innan. Därefter debiteras hela avgiften (100 %).

Vänliga hälsningar
Axel Mörner
""", "correct: first name in formal Swedish mail (title Dr given), policy in words")),
    (D, ok(S("switch_to_call", "Yngve Rosander", "Tilda Söderlund", "formal", "new",
             meeting="Rådgivning om hundtrim för valp", at="fredag 31 mars kl. 11.00"),
           "Rådgivningen per telefon",
           """
Hej Yngve,

Kan vi ta rådgivningen om trim för din valp per telefon i stället? Samma tid, fredag kl. elva.

Vänliga hälsningar
Tilda Söderlund
""", "correct: same time, 'kl. elva'")),
    (E, ok(S("no_show_followup", "Ulla Berggren", "Edvin Nyblom", "formal", "regular",
             meeting="Trimning av er tibetansk terrier", at="onsdag 22 februari kl. 13.00",
             pol={"fee_percent": 50}),
           "Missad tid i onsdags",
           """
Hej Ulla,

Vi väntade på er och er tibetanska terrier i onsdags kl. ett, men ni kom inte.

Enligt våra villkor debiteras hälften av avgiften (50 %) för uteblivna besök.

Vänliga hälsningar
Edvin Nyblom
""", "correct: 'i onsdags' of 22 Feb, fee in words next to the number")),
    (E, ok(S("delegate", "Astrid Lundholm", "Isak Palmér", "friendly", "regular",
             meeting="Bastubygge i kolonistugan", at="måndag 27 februari kl. 8.00",
             col="Wilhelm Östlund"),
           "Wilhelm tar bastubygget",
           """
Hej Astrid!

Jag kan inte själv på måndag, så Wilhelm Östlund tar över bastubygget i kolonistugan. Han kommer kl. åtta som vi sagt.

Hälsningar
Isak
""", "correct: colleague exact, 'kl. åtta'")),
    (E, ok(S("reschedule", "Folke Hedenius", "Nora Lindgren", "formal", "regular",
             meeting="Slipning av slalomskidor", at="tisdag 28 februari kl. 16.00",
             props=["torsdag 2 mars kl. 16.00"]),
           "Slipningen flyttas",
           """
Hej Folke,

Jag behöver flytta slipningen av dina slalomskidor. Passar torsdag 2 mars, samma tid?

Vänliga hälsningar
Nora Lindgren
""", "correct: 'samma tid', no reason given, none invented")),
    (E, ok(S("decline", "Birgitta Wahlund", "Hugo Enqvist", "friendly", "new",
             meeting="Bastukurs för nybörjare", at="lördag 4 mars kl. 10.00",
             reason="kursen är fullbokad"),
           "Bastukursen",
           """
Hej Birgitta!

Tack för att du vill gå bastukursen! Tyvärr är den redan fullbokad på lördag.

Hälsningar
Hugo
""", "correct: short friendly decline")),
    # ------------------------------------------------------------------ flawed
    (A, bad("wrong_language_neighbour", S("reschedule", "Gunvor Malmsten", "Rasmus Högberg", "formal", "regular",
             meeting="Trimning av er pudel", at="onsdag 18 januari kl. 10.00",
             props=["måndag 23 januari kl. 10.00"]),
           "Ny tid til trimning",
           """
Hej Gunvor,

Jeg er nødt til at flytte trimningen af jeres puddel. Passer mandag den 23. januar kl. 10.00?

Venlig hilsen
Rasmus Högberg
""", "whole draft in Danish for a Swedish situation")),
    (A, bad("time_swapped", S("switch_to_call", "Lennart Bodin", "Emma Rystedt", "formal", "regular",
             meeting="Planering av bastu i källaren", at="fredag 20 januari kl. 9.00",
             props=["torsdag 26 januari kl. 14.00"]),
           "Telefonsamtal i stället",
           """
Hej Lennart,

Tack för att du vill bygga bastu i källaren, det blir säkert fint!

Jag tror att vi kan reda ut det mesta av planeringen per telefon. Kan vi i stället för mötet torsdag 26 januari kl. 14.00 ta ett telefonsamtal fredag 20 januari kl. 9.00?

Hör av dig om det passar.

Vänliga hälsningar
Emma Rystedt
""", "meeting slot and call slot exchanged")),
    (A, bad("phone_invented", S("no_show_followup", "Agneta Furuhjelm", "Simon Öhrn", "formal", "regular",
             meeting="Vallning av turskidor", at="torsdag 12 januari kl. 17.00"),
           "Vallningen i torsdags",
           """
Hej Agneta,

Vi saknade dig i torsdags. Ring gärna 070-318 42 56 så bokar vi en ny tid.

Vänliga hälsningar
Simon Öhrn
""", "mobile number nobody gave")),
    (A, bad("policy_invented", S("late_cancellation", "Kjell Ramstedt", "Ida Boström", "formal", "regular",
             meeting="Privat bastukväll", at="fredag 13 januari kl. 19.00"),
           "Avbokningen",
           """
Hej Kjell,

Tack för beskedet om bastukvällen i fredags. Eftersom avbokningen kom sent behåller vi handpenningen.

Vänliga hälsningar
Ida Boström
""", "deposit policy nobody gave")),
    (B, bad("name_near_miss", S("delegate", "Sigrid Hellström", "Otto Brännlund", "formal", "regular",
             meeting="Klippning av er lagotto", at="onsdag 15 februari kl. 11.00",
             col="Tove Marklund"),
           "Klippningen på onsdag",
           """
Hej Sigird,

På onsdag kl. 11.00 klipper min kollega Tove Marklund er lagotto.

Vänliga hälsningar
Otto Brännlund
""", "'Sigird' for Sigrid (letters exchanged)")),
    (B, bad("weekday_wrong", S("reschedule", "Roland Ekelund", "Freja Dahlberg", "formal", "regular",
             meeting="Byte av bastuaggregat", at="torsdag 9 februari kl. 8.00",
             props=["tisdag 14 februari kl. 8.00"]),
           "Nytt datum för aggregatbytet",
           """
Hej Roland,

Jag måste flytta bytet av bastuaggregatet. Passar onsdag 14 februari kl. 8.00?

Vänliga hälsningar
Freja Dahlberg
""", "'onsdag 14 februari': 14 February 2034 is a Tuesday")),
    (B, bad("link_invented", S("cancellation_policy", "Elsa Morin", "Albin Sjöqvist", "formal", "new",
             pol={"notice_hours": 24}),
           "Avbokning",
           """
Hej Elsa,

Du kan avboka kostnadsfritt fram till 24 timmar innan. Alla villkor finns på www.skidserviceahlin.se/villkor.

Vänliga hälsningar
Albin Sjöqvist
""", "link nobody gave")),
    (B, bad("title_or_company_invented", S("switch_to_email", "Britt Lundmark", "Jesper Wiklander", "formal", "regular",
             meeting="Ritningar till utebastun", at="fredag 17 februari kl. 10.00"),
           "Ritningarna via mejl",
           """
Hej Britt,

Vi tar ritningarna till utebastun via mejl i stället för på fredag.

Vänliga hälsningar
Jesper Wiklander
Byggnadsingenjör, Wiklanders Bastubygg AB
""", "title and company nobody gave")),
    (C, bad("wrong_language_neighbour", S("decline", "Ragnhild Tallroth", "Teodor Alm", "formal", "new",
             meeting="Klippning av tre katter", at="måndag 13 mars kl. 9.00",
             reason="vi har inga lediga tider"),
           "Klippning av katter",
           """
Hei Ragnhild,

Takk for forespørselen. Vi har dessverre ingen ledige tider, så vi kan ikke klippe de tre kattene på mandag.

Vennlig hilsen
Teodor Alm
""", "whole draft in Norwegian for a Swedish situation")),
    (C, bad("percent_swapped", S("late_cancellation", "Sture Vikander", "Hanna Brolin", "formal", "regular",
             meeting="Bastu och isvak för sex", at="söndag 5 mars kl. 15.00",
             pol={"notice_hours": 48, "fee_percent": 80, "deposit_percent": 30}),
           "Avbokningen i söndags",
           """
Hej Sture,

Avbokningen kom mindre än 48 timmar före, så vi behåller handpenningen på 80 % och debiterar 30 % av avgiften.

Vänliga hälsningar
Hanna Brolin
""", "deposit (30 %) and fee (80 %) exchanged")),
    (C, bad("colleague_wrong", S("delegate", "Inger Wallin", "Max Sundqvist", "formal", "regular",
             meeting="Kantslipning av skridskor och skidor", at="torsdag 16 mars kl. 16.00",
             col="Jonna Ljungberg"),
           "Slipningen på torsdag",
           """
Hej Inger,

På torsdag kl. 16.00 gör min kollega Jonna Ljungberger kantslipningen.

Vänliga hälsningar
Max Sundqvist
""", "colleague 'Ljungberger' for Ljungberg")),
    (C, bad("duration_wrong", S("shorten", "Pontus Hedberg", "Klara Nilsén", "formal", "regular",
             meeting="Pälsvård för er newfoundlandshund", at="onsdag 15 mars kl. 9.00", dur=75),
           "Kortare tid på onsdag",
           """
Hej Pontus,

På onsdag har jag en timme för pälsvården, från kl. 9.00.

Vänliga hälsningar
Klara Nilsén
""", "'en timme' for 75 minutes")),
    (D, bad("time_recap_wrong", S("reschedule", "Anneli Broberg", "Gustav Lidman", "friendly", "regular",
             meeting="Trimning av Bamse", at="fredag 24 mars kl. 10.00",
             props=["tisdag 28 mars kl. 13.30"]),
           "Bamse – ny tid",
           """
Hej Anneli!

Förlåt att jag hör av mig så sent, men jag måste flytta Bamses trimning på fredag.

Kan vi ta den tisdag 28 mars kl. 13.30 i stället?

Vi ses på tisdag kl. 13! Krama Bamse från mig.

Gustav
""", "recap says kl. 13 for 13.30")),
    (D, bad("email_invented", S("switch_to_email", "Per-Olof Jansson", "Maja Thorsell", "formal", "regular",
             meeting="Genomgång av bastuns el", at="måndag 27 mars kl. 14.00"),
           "Elen via mejl",
           """
Hej Per-Olof,

Vi tar genomgången av elen via mejl i stället. Skriv till maja.thorsell@telia.com.

Vänliga hälsningar
Maja Thorsell
""", "private address nobody gave")),
    (D, bad("discount_invented", S("no_show_followup", "Liv Carlsson-Berg", "Anton Wedin", "friendly", "regular",
             meeting="Skidservice inför fjällresan", at="tisdag 21 mars kl. 17.00",
             reason="kunden ber om ursäkt och vill ha ett erbjudande"),
           "Skidservicen i tisdags",
           """
Hej Liv!

Tack för ditt mejl, och ingen fara med tisdagen! Sånt händer.

Skidorna inför fjällresan hinner vi säkert fixa ändå. Boka en ny tid så får du 20 % rabatt!

Ha det bra så länge,
Anton
""", "discount licensed only by a reason asking for an offer")),
    (D, bad("foreign_paragraph", S("decline", "Mats Göransson", "Lina Åberg", "formal", "new",
             meeting="Bygge av bastu på altanen", at="torsdag 30 mars kl. 9.00",
             reason="vi tar inga nya uppdrag i vår"),
           "Bastun på altanen",
           """
Hej Mats,

Vi tar tyvärr inga nya uppdrag i vår och kan inte bygga bastun på din altan.

We hope you find a good builder for your project.

Vänliga hälsningar
Lina Åberg
""", "English paragraph in a Swedish mail")),
    (E, bad("place_changed", S("switch_to_call", "Vera Holmgren", "Erik Stålhammar", "formal", "regular",
             meeting="Bastukväll vid Siljan", at="fredag 3 mars kl. 18.00"),
           "Bastukvällen",
           """
Hej Vera,

Kan vi ta bastukvällen vid Runn per telefon först, på fredag kl. 18.00?

Vänliga hälsningar
Erik Stålhammar
""", "Siljan changed to Runn")),
    (E, bad("number_invented", S("reschedule", "Gösta Kvarnström", "Ellinor Bergqvist", "formal", "regular",
             meeting="Vallning av klubbens skidor", at="måndag 27 februari kl. 18.00",
             props=["onsdag 1 mars kl. 18.00"]),
           "Vallningen flyttas",
           """
Hej Gösta,

Jag flyttar vallningen av klubbens tolv par skidor till onsdag 1 mars kl. 18.00.

Vänliga hälsningar
Ellinor Bergqvist
""", "'tolv par' nobody gave")),
    (E, bad("policy_invented", S("late_cancellation", "Laila Engström", "Filip Rosvall", "formal", "regular",
             meeting="Trimning av er cocker spaniel", at="torsdag 23 februari kl. 10.00"),
           "Avbokningen i går",
           """
Hej Laila,

Tack för beskedet om trimningen i går. Sena avbokningar debiteras med halva avgiften.

Vänliga hälsningar
Filip Rosvall
""", "policy nobody gave")),
    (E, bad("colleague_wrong", S("delegate", "Östen Tornberg", "Cecilia Hult", "formal", "regular",
             meeting="Besiktning av vedeldad bastu", at="tisdag 28 februari kl. 9.00",
             col="Jonatan Frisk"),
           "Besiktningen",
           """
Hej Östen,

På tisdag kl. 9.00 gör min kollega Jonathan Frisk besiktningen av din vedeldade bastu.

Vänliga hälsningar
Cecilia Hult
""", "colleague 'Jonathan' for Jonatan")),
]
