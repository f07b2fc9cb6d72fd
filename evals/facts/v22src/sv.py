"""v22, Swedish: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v22src._d import A, B, C, D, E


def S(*a, **k):
    return _S("sv", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Solveig Hedenborg", "Torbjörn Askelöf", "formal", "regular",
             meeting="Provning av handsydda kängor", at="onsdag 26 januari kl. 10.00",
             props=["måndag 31 januari kl. 10.00", "onsdag 2 februari kl. 15.30"],
             reason="sulläderet har inte levererats"),
           "Provningen av dina kängor",
           """
Hej Solveig,

Sulläderet har inte levererats, så provningen på onsdag måste flyttas.

Passar måndag den 31:a, samma tid, eller onsdag 2 februari kl. halv fyra?

Vänliga hälsningar
Torbjörn Askelöf
""", "correct: first name in formal mail, 'den 31:a', 'samma tid', 'kl. halv fyra'")),
    (A, ok(S("late_cancellation", "Kjell Rosenqvist", "Birgitta Almroth", "formal", "regular",
             meeting="Kurs i handgjort papper", at="fredag 21 januari kl. 13.00",
             props=["fredag 4 februari kl. 13.00"]),
           "Kursen i fredags",
           """
Hej Kjell,

Tack för att du hörde av dig om kursen i fredags. Det finns plats fredag 4 februari kl. ett om du vill komma då.

Hälsningar
Birgitta Almroth
""", "correct: 'i fredags' for Jan 21 said on Jan 24, 'kl. ett', no policy")),
    (A, ok(S("switch_to_call", "Ragnhild Sjöstrand", "Evert Malmkvist", "formal", "new",
             meeting="Rådgivning om en reservoarpenna från 1930-talet", at="torsdag 27 januari kl. 14.00"),
           "Din reservoarpenna",
           """
Hej Ragnhild,

Vi kan ta rådgivningen om pennan per telefon på torsdag kl. två i stället för i butiken. Jag ringer dig då.

Vänliga hälsningar
Evert Malmkvist
""", "correct: call at the original time, 'kl. två', '1930-talet' not restated")),
    (A, ok(S("cancellation_policy", "Lennart Björkegren", "Agneta Fröberg", "formal", "new",
             pol={"notice_hours": 48, "deposit_percent": 20, "fee_percent": 50}),
           "Avbokningsregler",
           """
Hej Lennart,

Vid bokning betalar du en handpenning på 20 %. Du kan avboka kostnadsfritt fram till två dygn (48 timmar) före; därefter debiteras hälften av avgiften (50 %).

Vänliga hälsningar
Agneta Fröberg
""", "correct: deposit, notice and fee each with their term, in words and numbers")),
    (B, ok(S("shorten", "Marianne Ekstedt", "Håkan Lindgärde", "formal", "regular",
             meeting="Genomgång av dockrestaureringen", at="torsdag 17 februari kl. 9.00", dur=45),
           "Genomgången på torsdag",
           """
Hej Marianne,

Genomgången på torsdag kl. nio blir kortare än planerat: vi har tre kvart.

Hälsningar
Håkan Lindgärde
""", "correct: 'tre kvart' for 45, 'kl. nio'")),
    (B, ok(S("decline", "Sixten Wahlgren", "Ulrika Hammarsten", "formal", "key",
             meeting="Visning av tvålkokeriet för föreningen", at="tisdag 22 februari kl. 18.00",
             reason="kokeriet saneras efter en vattenläcka"),
           "Visningen den 22 februari",
           """
Hej Sixten,

Tyvärr måste jag ställa in visningen tisdag den 22 februari: kokeriet saneras efter en vattenläcka.

Jag hör av mig när vi kan ta emot besök igen.

Varma hälsningar
Ulrika Hammarsten
""", "correct: reason retold, no time")),
    (B, ok(S("switch_to_email", "Ingegerd Lövgren", "Per-Olof Strandberg", "formal", "regular",
             meeting="Val av okular till teleskopet", at="fredag 18 februari kl. 11.00"),
           "Okularet",
           """
Hej Ingegerd,

Vi tar valet av okular per mejl i stället för att ses på fredag. Skicka gärna dina frågor, så svarar jag skriftligt.

Hälsningar
Per-Olof Strandberg
""", "correct: no time offered")),
    (B, ok(S("delegate", "Gustaf Tornberg", "Signe Bäckström", "formal", "regular",
             meeting="Lagning av en porslinsdocka", at="måndag 28 februari kl. 13.00",
             col="Vilgot Nyberg"),
           "Din porslinsdocka",
           """
Hej Gustaf,

På måndag kl. 13 tar min kollega Vilgot Nyberg emot dig och dockan.

Hälsningar
Signe Bäckström
""", "correct: colleague exactly")),
    (C, ok(S("no_show_followup", "Elsa Holmqvist-Berg", "Anders Ryding", "formal", "regular",
             meeting="Hämtning av lagade sandaler", at="måndag 7 mars kl. 16.00"),
           "Dina sandaler",
           """
Hej Elsa,

Vi väntade på dig i måndags kl. fyra för att lämna sandalerna. Jag hoppas att allt är bra.

Säg till när det passar att hämta dem.

Hälsningar
Anders Ryding
""", "correct: 'i måndags' for Mar 7 said on Mar 9, 'kl. fyra', no slot")),
    (C, ok(S("reschedule", "Torsten Wibom", "Hedvig Sandelius", "formal", "regular",
             meeting="Slipning av teleskopspegel", at="tisdag 15 mars kl. 18.00",
             props=["torsdag 17 mars kl. 18.00"], reason="slipmaskinen är trasig"),
           "Spegelslipningen",
           """
Hej Torsten,

Slipmaskinen är trasig, så vi flyttar slipningen från tisdag till torsdag 17 mars, samma tid. Går det bra?

Hälsningar
Hedvig Sandelius
""", "correct: old day named as moved, 'samma tid', confirming question")),
    (C, ok(S("late_cancellation", "Margit Olander", "Joakim Brodén", "formal", "regular",
             meeting="Tvålkurs med lavendel", at="tisdag 8 mars kl. 18.30",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Avbokningen i går",
           """
Hej Margit,

Tack för beskedet i går. Eftersom avbokningen kom mindre än ett dygn (24 timmar) före kursen debiteras hela avgiften (100 %).

Hälsningar
Joakim Brodén
""", "correct: 'i går' for Mar 8, policy in words with numbers")),
    (C, ok(S("decline", "Birger Åkesson", "Lovisa Tengvall", "formal", "new",
             meeting="Värdering av en samling reservoarpennor", at="onsdag 16 mars kl. 10.00"),
           "Värderingen",
           """
Hej Birger,

Tyvärr har jag inte möjlighet att göra värderingen på onsdag den 16 mars.

Vänliga hälsningar
Lovisa Tengvall
""", "correct: short decline, no reason invented")),
    (D, ok(S("switch_to_email", "Karin Hultberg", "Mats Vennerström", "formal", "regular",
             meeting="Val av papper till diktsamlingen", at="tisdag 5 april kl. 13.00",
             reason="proverna syns bra på bild"),
           "Papper till diktsamlingen",
           """
Hej Karin,

Proverna syns bra på bild, så vi kan välja papper per mejl i stället för att ses på tisdag.

Hälsningar
Mats Vennerström
""", "correct: reason retold")),
    (D, ok(S("shorten", "Östen Lagerkvist", "Frida Boström", "friendly", "regular",
             meeting="Stjärnkväll på observatoriet", at="torsdag 7 april kl. 20.00", dur=90,
             reason="månen går upp kl. 21.45"),
           "Torsdag kväll",
           """
Hej Östen!

Vi kör torsdag kl. åtta som planerat, men bara en och en halv timme: månen går upp kl. 21.45.

/Frida
""", "correct: 'en och en halv timme' for 90, time from the reason")),
    (D, ok(S("cancellation_policy", "Sture Edholm", "Annika Rönnqvist", "formal", "new",
             meeting="Kurs i dockrestaurering", at="tisdag 12 april kl. 10.00",
             pol={"notice_hours": 72}),
           "Kursen den 12 april",
           """
Hej Sture,

Du kan avboka kursen den 12 april utan kostnad fram till tre dygn (72 timmar) före start.

Hälsningar
Annika Rönnqvist
""", "correct: only notice given, date without weekday")),
    (D, ok(S("no_show_followup", "Vivianne Strömgren", "Leif Ahlqvist", "formal", "regular",
             meeting="Utprovning av ortopediska skor", at="tisdag 29 mars kl. 11.00",
             props=["onsdag 6 april kl. 11.00"]),
           "Utprovningen",
           """
Hej Vivianne,

Vi saknade dig vid utprovningen i tisdags. Hoppas allt är väl.

Vill du komma onsdag 6 april kl. elva i stället?

Hälsningar
Leif Ahlqvist
""", "correct: 'i tisdags' for Mar 29 said on Mar 31, 'kl. elva'")),
    (E, ok(S("delegate", "Hjalmar Lindkvist", "Maja Grönvall", "formal", "regular",
             meeting="Reparation av en fyllpenna med kolvmekanism", at="onsdag 15 juni kl. 14.00",
             col="Oskar Tidblad", reason="jag är på mässa i Jönköping"),
           "Din fyllpenna",
           """
Hej Hjalmar,

Jag är på mässa i Jönköping på onsdag, så min kollega Oskar Tidblad tar hand om pennan kl. två.

Hälsningar
Maja Grönvall
""", "correct: colleague exactly, place from the reason")),
    (E, ok(S("decline", "Ylva Engdahl", "Rune Kjellberg", "formal", "regular",
             meeting="Leverans av tvål till hotellet", at="måndag 13 juni kl. 8.00",
             reason="vi har slutat med hotelltvål"),
           "Leveransen",
           """
Hej Ylva,

Vi har slutat med hotelltvål, så det blir ingen leverans på måndag.

Hälsningar
Rune Kjellberg
""", "correct: reason as given")),
    (E, ok(S("switch_to_call", "Göran Furuhjelm", "Tove Säfström", "formal", "new",
             meeting="Rådgivning inför köp av teleskop", at="tisdag 14 juni kl. 17.00",
             props=["tisdag 14 juni kl. 19.00"]),
           "Teleskopet: samtal på tisdag",
           """
Hej Göran,

Kan vi ta rådgivningen per telefon på tisdag kl. sju på kvällen i stället för kl. fem i butiken?

Hälsningar
Tove Säfström
""", "correct: 'kl. sju på kvällen' new, 'kl. fem' the replaced one")),
    (E, ok(S("reschedule", "Inga-Lill Åström", "Nils Bergqvist", "formal", "regular",
             meeting="Hämtning av restaurerad trädocka", at="torsdag 16 juni kl. 15.00",
             props=["tisdag 21 juni kl. 15.00"], reason="lacken behöver torka fem dagar till"),
           "Din trädocka",
           """
Hej Inga-Lill,

Lacken behöver torka fem dagar till, så vi flyttar hämtningen till tisdag 21 juni kl. tre.

Hälsningar
Nils Bergqvist
""", "correct: 'fem dagar' from the reason, 'kl. tre'")),
    # ------------------------------------------------------------------ flawed
    (A, bad("wrong_language_neighbour", S("decline", "Gunhild Norrby", "Arvid Skoglund", "formal", "regular",
             meeting="Visning av pappersbruket", at="tisdag 1 februari kl. 10.00",
             reason="valsen är trasig"),
           "Visningen tirsdag",
           """
Hej Gunhild,

Desværre må jeg aflyse visningen af papirmøllen på tirsdag, fordi valsen er gået i stykker.

Jeg vender tilbage, når den er repareret.

Venlig hilsen
Arvid Skoglund
""", "whole mail in Danish")),
    (A, bad("time_swapped", S("reschedule", "Bertil Sandahl", "Emelie Wadström", "formal", "regular",
             meeting="Provning av vinterkängor", at="tisdag 25 januari kl. 14.00",
             props=["torsdag 3 februari kl. 14.00"]),
           "Ny tid: torsdag 3 februari",
           """
Hej Bertil,

Vi behöver flytta provningen: vi ses tisdag 25 januari kl. 14.00 i stället.

Hälsningar
Emelie Wadström
""", "body offers the old slot as the new one; subject right")),
    (A, bad("email_invented", S("switch_to_email", "Ewa Lundholm", "Roger Fahlén", "formal", "new",
             meeting="Offert på tvål till butiken", at="fredag 28 januari kl. 11.00"),
           "Offerten",
           """
Hej Ewa,

Vi tar offerten per mejl i stället för på fredag. Skicka gärna dina önskemål till roger.fahlen@telia.com.

Hälsningar
Roger Fahlén
""", "private address nobody gave")),
    (A, bad("colleague_wrong", S("delegate", "Ture Mellgren", "Astrid Hallberg", "formal", "regular",
             meeting="Kontroll av en refraktor", at="måndag 31 januari kl. 19.00", col="Jonna Essén"),
           "Refraktorn",
           """
Hej Ture,

På måndag kl. 19 tar min kollega Jonna Esséen hand om kontrollen av refraktorn.

Hälsningar
Astrid Hallberg
""", "'Esséen' for Essén")),
    (B, bad("percent_swapped", S("cancellation_policy", "Henrietta Sundelin", "Kristoffer Abelsson", "formal", "new",
             pol={"notice_hours": 48, "deposit_percent": 30, "fee_percent": 70}),
           "Villkor",
           """
Hej Henrietta,

Handpenningen är 70 % och vid avbokning senare än 48 timmar före debiteras 30 % av avgiften.

Hälsningar
Kristoffer Abelsson
""", "deposit 30 and fee 70 swapped")),
    (B, bad("policy_invented", S("late_cancellation", "Alvar Rydell", "Mikaela Storm", "formal", "regular",
             meeting="Kurs i marmorering", at="måndag 14 februari kl. 17.00"),
           "Avbokningen",
           """
Hej Alvar,

Tack för att du meddelade i går. Eftersom avbokningen kom sent debiteras halva kursavgiften.

Hälsningar
Mikaela Storm
""", "'halva kursavgiften' with no policy given")),
    (B, bad("name_near_miss", S("reschedule", "Dagmar Villner", "Patrik Enqvist", "formal", "regular",
             meeting="Återlämning av lagad docka", at="onsdag 16 februari kl. 12.00",
             props=["måndag 21 februari kl. 12.00"]),
           "Dockan",
           """
Hej Dagmar Wilner,

Vi behöver flytta återlämningen från i morgon. Passar måndag 21 februari kl. 12.00?

Hälsningar
Patrik Enqvist
""", "'Wilner' for Villner")),
    (B, bad("link_invented", S("no_show_followup", "Hugo Tällberg", "Saga Lindroth", "formal", "new",
             meeting="Provning av handgjorda loafers", at="fredag 11 februari kl. 15.00"),
           "Provningen i fredags",
           """
Hej Hugo,

Vi väntade på dig i fredags. Boka gärna en ny tid på www.lindrothskor.se/boka.

Hälsningar
Saga Lindroth
""", "booking link nobody gave")),
    (C, bad("weekday_wrong", S("reschedule", "Majvor Kindstrand", "Lars-Erik Falk", "formal", "regular",
             meeting="Leverans av pappersark till konstnären", at="fredag 11 mars kl. 9.00",
             props=["måndag 14 mars kl. 9.00"]),
           "Leveransen flyttas",
           """
Hej Majvor,

Leveransen på fredag flyttas till tisdag 14 mars kl. 9.00.

Hälsningar
Lars-Erik Falk
""", "body 'tisdag 14 mars' (a Monday)")),
    (C, bad("foreign_paragraph", S("decline", "Tage Hellström", "Elin Sörman", "formal", "regular",
             meeting="Föredrag om teleskopbygge", at="torsdag 17 mars kl. 19.00",
             reason="jag har feber"),
           "Föredraget",
           """
Hej Tage,

Jag har feber och måste tyvärr ställa in föredraget på torsdag.

I hope we can find another evening for the talk later this spring.

Hälsningar
Elin Sörman
""", "second paragraph in English")),
    (C, bad("duration_wrong", S("shorten", "Sonja Bredberg", "Jesper Nordlund", "formal", "regular",
             meeting="Genomgång av tvålrecept", at="måndag 21 mars kl. 10.00", dur=30),
           "Genomgången",
           """
Hej Sonja,

Genomgången på måndag kl. 10 blir kortare: vi har en timme.

Hälsningar
Jesper Nordlund
""", "'en timme' for 30")),
    (C, bad("discount_invented", S("late_cancellation", "Rolf Engelbrektsson", "Ida Lagercrantz", "formal", "regular",
             meeting="Lagning av reservoarpenna", at="fredag 4 mars kl. 14.00",
             props=["fredag 18 mars kl. 14.00"], reason="kunden undrar om vi kan ge rabatt"),
           "Ny tid",
           """
Hej Rolf,

Ingen fara med fredagen. Välkommen fredag 18 mars kl. 14.00, då får du 15 % rabatt på lagningen.

Hälsningar
Ida Lagercrantz
""", "discount licensed only by the reason")),
    (D, bad("wrong_language_neighbour", S("switch_to_call", "Barbro Gyllensten", "Ola Winberg", "formal", "regular",
             meeting="Genomgång av skomakeriets beställning", at="onsdag 6 april kl. 10.00"),
           "Telefonsamtale onsdag",
           """
Hei Barbro,

Kan vi ta gjennomgangen av bestillingen over telefon på onsdag kl. 10 i stedet for å møtes?

Vennlig hilsen
Ola Winberg
""", "whole mail in Norwegian")),
    (D, bad("phone_invented", S("no_show_followup", "Lisbet Forsman", "Viktor Hedman", "formal", "regular",
             meeting="Hämtning av restaurerad docka", at="måndag 28 mars kl. 13.00"),
           "Din docka",
           """
Hej Lisbet,

Vi saknade dig i måndags. Ring mig på 070-482 19 36 så bestämmer vi en ny tid.

Hälsningar
Viktor Hedman
""", "mobile number nobody gave")),
    (D, bad("title_or_company_invented", S("decline", "Ebbe Sjölander", "Tilda Wennerholm", "formal", "new",
             meeting="Stjärnskådning för skolklass", at="fredag 8 april kl. 20.00"),
           "Stjärnskådningen",
           """
Hej Ebbe,

Tyvärr kan vi inte ta emot skolklassen på fredag kväll.

Hälsningar
Tilda Wennerholm
Verksamhetschef, Wennerholms Observatorium AB
""", "title and company nobody gave")),
    (D, bad("time_recap_wrong", S("reschedule", "Greta Ljungdahl", "Hampus Ekvall", "formal", "regular",
             meeting="Provning av dansskor", at="måndag 4 april kl. 16.00",
             props=["torsdag 7 april kl. 16.30"]),
           "Provningen: torsdag 7 april",
           """
Hej Greta,

Vi flyttar provningen till torsdag 7 april kl. 16.30.

Vi ses på måndag kl. 16!

Hampus Ekvall
""", "recap names the old slot")),
    (E, bad("place_changed", S("decline", "Rut Hägglund", "Simon Tjernberg", "formal", "regular",
             meeting="Pappersmarknad i Umeå", at="onsdag 15 juni kl. 10.00", reason="jag har inget lager"),
           "Marknaden",
           """
Hej Rut,

Jag kommer inte till pappersmarknaden i Skellefteå på onsdag: jag har inget lager.

Hälsningar
Simon Tjernberg
""", "Skellefteå for Umeå")),
    (E, bad("number_invented", S("reschedule", "Algot Persson-Berg", "Linnea Ivarsson", "formal", "regular",
             meeting="Leverans av tvål till mässan", at="måndag 13 juni kl. 9.00",
             props=["torsdag 16 juni kl. 9.00"]),
           "Leveransen",
           """
Hej Algot,

Leveransen flyttas till torsdag 16 juni kl. 9.00; då kommer alla 400 tvålar.

Hälsningar
Linnea Ivarsson
""", "'400 tvålar' nobody gave")),
    (E, bad("colleague_wrong", S("delegate", "Berit Fältskog", "Arne Holmberg", "formal", "regular",
             meeting="Justering av ett spegelteleskop", at="torsdag 16 juni kl. 18.00",
             col="Pontus Ahlin"),
           "Justeringen",
           """
Hej Berit,

På torsdag kl. 18 träffar du min kollega Pontus Ahlén.

Hälsningar
Arne Holmberg
""", "'Ahlén' for Ahlin")),
    (E, bad("percent_swapped", S("late_cancellation", "Margareta Lindhé", "Olof Wiklander", "formal", "regular",
             meeting="Tvålkurs för nybörjare", at="onsdag 8 juni kl. 18.00",
             pol={"notice_hours": 24, "fee_percent": 40, "deposit_percent": 10}),
           "Avbokningen",
           """
Hej Margareta,

Eftersom avbokningen kom mindre än 24 timmar före kursen behåller vi handpenningen på 40 % och debiterar 10 % av avgiften.

Hälsningar
Olof Wiklander
""", "deposit 10 and fee 40 swapped")),
]
