"""v19, Swedish: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v19src._d import A, B, C, D, E


def S(*a, **k):
    return _S("sv", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Gunvor Lindbäck", "Valdemar Åkesson", "formal", "regular",
             meeting="Tryckning av bröllopskorten i boktryckeriet", at="torsdag 17 juli kl. 09.30",
             props=["tisdag 22 juli kl. 09.30", "torsdag 24 juli kl. 14.00"],
             reason="bomullspappret har inte levererats"),
           "Bröllopskorten: nytt datum",
           """
Hej Gunvor,

Bomullspappret har inte levererats än, så vi kan inte trycka korten på torsdag kl. halv tio.

Passar tisdag den 22:a på samma tid, eller torsdag 24 juli kl. två?

Vänliga hälsningar
Valdemar Åkesson
""", "correct: first name in formal mail, 'halv tio', 'den 22:a på samma tid', 'kl. två'")),
    (A, ok(S("decline", "Rigmor Sandelin", "Kjell Tornberg", "friendly", "key",
             meeting="Provning av stråhatten", at="fredag 18 juli kl. 17.00",
             reason="halmen måste torka på formen"),
           "Provningen på fredag",
           """
Hej Rigmor!

Fredag blir tyvärr inget, halmen måste torka på formen ett tag till. Jag hör av mig när hatten är klar.

Kram,
Kjell
""", "correct: first name, reason retold, no new time")),
    (A, ok(S("shorten", "Ebbe Grönvall", "Solveig Hammarbäck", "formal", "regular",
             meeting="Kurs i handsättning med blytyper", at="måndag 21 juli kl. 10.00", dur=45,
             reason="typkasten ska tillbaka till gjuteriet"),
           "Kursen på måndag blir kortare",
           """
Hej Ebbe,

Typkasten ska tillbaka till gjuteriet, så kursen i handsättning på måndag börjar kl. tio men blir tre kvart lång.

Vänliga hälsningar
Solveig Hammarbäck
""", "correct: 'kl. tio', 'tre kvart'")),
    (A, ok(S("cancellation_policy", "Margit Stenhammar", "Leif Ohlström", "formal", "new",
             pol={"notice_hours": 72, "fee_percent": 50}),
           "Avbokningsregler för hattmakarkursen",
           """
Hej Margit,

Välkommen till hattmakarkursen. Du kan avboka kostnadsfritt fram till tre dygn (72 timmar) före start; därefter debiteras hälften av kursavgiften (50 %).

Vänliga hälsningar
Leif Ohlström
""", "correct: 'tre dygn (72 timmar)', 'hälften (50 %)'")),
    (B, ok(S("reschedule", "Dr. Holger Wennberg", "Agneta Rydqvist", "formal", "key",
             meeting="Läggning av borden på kostern", at="torsdag 14 augusti kl. 08.00",
             props=["tisdag 19 augusti kl. 08.00", "onsdag 20 augusti kl. 13.30"],
             reason="ekvirket är fortfarande för fuktigt"),
           "Borden på kostern",
           """
Hej Holger,

Ekvirket är fortfarande för fuktigt, så jag lägger helst inga bord på torsdag kl. åtta.

Går tisdag 19 augusti på samma tid, eller dagen efter kl. halv två?

Vänliga hälsningar
Agneta Rydqvist
""", "correct: first name despite 'Dr.', 'samma tid', 'dagen efter kl. halv två'")),
    (B, ok(S("switch_to_call", "Ingeborg Forsell", "Algot Mellgren", "formal", "regular",
             meeting="Val av knyppelmönster", at="måndag 18 augusti kl. 11.00",
             reason="jag står på mässan i Vadstena hela veckan"),
           "Måndag per telefon",
           """
Hej Ingeborg,

Jag står på mässan i Vadstena hela veckan. Kan vi välja knyppelmönstret per telefon på måndag kl. elva, som planerat?

Jag ringer dig då.

Algot Mellgren
""", "correct: 'kl. elva', same slot as a call")),
    (B, ok(S("delegate", "Torvald Ekdahl", "Signe Brunnberg", "formal", "regular",
             meeting="Drevning av ekan", at="torsdag 21 augusti kl. 09.00", col="Sixten Alfredsson"),
           "Drevningen på torsdag",
           """
Hej Torvald,

Jag är inte på varvet torsdag den 21:a. Min kollega Sixten Alfredsson drevar din eka kl. 9 som planerat.

Vänliga hälsningar
Signe Brunnberg
""", "correct: 'den 21:a', 'kl. 9'")),
    (B, ok(S("late_cancellation", "Vivianne Kronqvist", "Gösta Lindroth", "formal", "regular",
             meeting="Lektion i knyppling", at="tisdag 12 augusti kl. 15.00",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Lektionen i går",
           """
Hej Vivianne,

Du avbokade gårdagens knyppellektion mindre än ett dygn (24 timmar) före. Enligt våra villkor debiteras hela avgiften (100 %).

Vänliga hälsningar
Gösta Lindroth
""", "correct: 'gårdagens', 'ett dygn (24 timmar)', 'hela avgiften (100 %)'")),
    (C, ok(S("decline", "Gudrun Fahlgren", "Mauritz Sjöquist", "formal", "new",
             meeting="Bladförgyllning av ramen", at="torsdag 18 september kl. 14.00",
             reason="kritgrunden har inte torkat"),
           "Förgyllningen av ramen",
           """
Hej Gudrun,

På torsdag kan jag inte förgylla ramen: kritgrunden har inte torkat och bladguldet skulle inte fästa.

Jag hör av mig när den är klar.

Mauritz Sjöquist
""", "correct: weekday only, reason retold")),
    (C, ok(S("switch_to_email", "Arvid Kjellgren", "Britta Sundelius", "formal", "regular",
             meeting="Genomgång av ljusbeställningen", at="fredag 19 september kl. 10.00"),
           "Ljusen: per mejl",
           """
Hej Arvid,

I stället för att ses på fredag kl. tio föreslår jag att vi går igenom ljusbeställningen per mejl.

Skicka gärna dina frågor när det passar.

Britta Sundelius
""", "correct: 'kl. tio', no new time")),
    (C, ok(S("no_show_followup", "Linnea Strandmark", "Evert Nordqvist", "friendly", "regular",
             meeting="Kurs i doppning av bivaxljus", at="torsdag 11 september kl. 18.00",
             props=["torsdag 25 september kl. 18.00"]),
           "Ljuskursen i torsdags",
           """
Hej Linnea!

Vi saknade dig på ljuskursen i torsdags, hoppas allt är bra.

Vill du finns det plats den 25:e kl. sex på kvällen.

Evert
""", "correct: 'i torsdags', 'den 25:e', 'kl. sex på kvällen'")),
    (C, ok(S("reschedule", "Ulla-Britt Kvarnström", "Ragnvald Esping", "formal", "regular",
             meeting="Förgyllning av konsolbordet", at="onsdag 17 september kl. 15.00",
             props=["tisdag 23 september kl. 15.00"], reason="polimentet har inte kommit"),
           "Konsolbordet: ny tid",
           """
Hej Ulla-Britt,

Polimentet har inte kommit, så jag flyttar förgyllningen från onsdag.

Passar tisdag 23 september kl. tre?

Ragnvald Esping
""", "correct: 'kl. tre'")),
    (D, ok(S("decline", "Halvard Sjödahl", "Birgitta Wedin", "formal", "regular",
             meeting="Besök vid pressen under cidermusten", at="fredag 17 oktober kl. 10.00",
             props=["tisdag 21 oktober kl. 10.00"], reason="pressen är på reparation"),
           "Besöket vid pressen",
           """
Hej Halvard,

Pressen är på reparation, så besöket på fredag blir inte av.

Jag kan ta emot dig tisdag den 21:a på samma tid.

Birgitta Wedin
""", "correct: 'tisdag den 21:a på samma tid'")),
    (D, ok(S("shorten", "Tord Eklöf", "Vera Häggström", "formal", "new",
             meeting="Introduktion till knivsmide", at="torsdag 23 oktober kl. 14.00", dur=90,
             reason="smedjan måste vara ledig kl. 16"),
           "Introduktionen på torsdag",
           """
Hej Tord,

Smedjan måste vara ledig kl. 16, så introduktionen på torsdag blir en och en halv timme. Vi börjar kl. två som planerat.

Vera Häggström
""", "correct: 'kl. 16' from the reason, 'en och en halv timme', 'kl. två'")),
    (D, ok(S("switch_to_call", "Elvira Nyberg", "Gustav-Adolf Rehn", "friendly", "regular",
             meeting="Val av äpplen till cidern", at="måndag 20 oktober kl. 17.00",
             props=["måndag 20 oktober kl. 17.30"]),
           "Ringa på måndag?",
           """
Hej Elvira!

Ska vi välja äpplena per telefon på måndag? Jag ringer kl. halv sex, går det bra?

Gustav-Adolf
""", "correct: 'kl. halv sex' for 17.30")),
    (D, ok(S("cancellation_policy", "Prof. Bertil Lagercrantz", "Karin Östlund", "formal", "new",
             meeting="Kurs i knivmakeri", at="måndag 27 oktober kl. 09.00",
             pol={"notice_hours": 48, "deposit_percent": 30}),
           "Knivkursen: villkor",
           """
Hej Bertil,

Din plats på knivkursen måndag 27 oktober är bekräftad. Handpenningen är 30 %; du kan avboka kostnadsfritt fram till två dygn (48 timmar) före.

Karin Östlund
""", "correct: 'två dygn (48 timmar)', handpenning with its term")),
    (E, ok(S("switch_to_email", "Ingrid Wahlgren", "Sture Bergendahl", "formal", "key",
             meeting="Offert på intarsia till sekretären", at="torsdag 20 november kl. 11.00"),
           "Offert på sekretären",
           """
Hej Ingrid,

För offerten på intarsian till sekretären föreslår jag att vi tar det skriftligt i stället för på torsdag kl. elva.

Vänliga hälsningar
Sture Bergendahl
""", "correct: 'kl. elva', meeting paraphrased")),
    (E, ok(S("delegate", "Folke Ringdahl", "Maj-Lis Hallgren", "formal", "regular",
             meeting="Gjutning av tennbägarna", at="tisdag 25 november kl. 10.00", col="Henning Dahlqvist"),
           "Gjutningen av bägarna",
           """
Hej Folke,

Jag är borta tisdag den 25:e. Henning Dahlqvist gjuter dina tennbägare kl. tio.

Maj-Lis Hallgren
""", "correct: 'den 25:e', 'kl. tio'")),
    (E, ok(S("late_cancellation", "Astrid Lövgren", "Einar Palmqvist", "formal", "regular",
             meeting="Kurs i halmintarsia", at="måndag 17 november kl. 14.00"),
           "Kursen i går",
           """
Hej Astrid,

Jag har fått din avbokning av kursen i går eftermiddag. Tack för att du hörde av dig.

Einar Palmqvist
""", "correct: no policy given, none stated; 'i går eftermiddag'")),
    (E, ok(S("no_show_followup", "Hilding Carlsund", "Ann-Sofi Widegren", "formal", "new",
             meeting="Visning av tenngjutning", at="torsdag 13 november kl. 16.00",
             props=["onsdag 26 november kl. 16.00", "torsdag 27 november kl. 10.00"],
             pol={"notice_hours": 24, "fee_percent": 50}),
           "Visningen i torsdags",
           """
Hej Hilding,

Vi väntade på dig vid tennvisningen i torsdags. Enligt våra villkor debiteras hälften (50 %) om man uteblir utan att avboka ett dygn (24 timmar) innan.

Jag kan erbjuda onsdag 26 november kl. 16 eller dagen efter kl. tio.

Ann-Sofi Widegren
""", "correct: policy in words, 'dagen efter kl. tio'")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Siv Alderin", "Lennart Brovall", "formal", "regular",
              meeting="Tryckning av inbjudningskorten", at="onsdag 16 juli kl. 10.00",
              props=["måndag 21 juli kl. 10.00"], reason="digelpressen är på service"),
            "Inbjudningskorten: måndag 21 juli",
            """
Hej Siv,

Digelpressen är på service, så jag föreslår att vi flyttar tryckningen av korten till onsdag 16 juli kl. 10.00.

Lennart Brovall
""", "old slot offered as the new one")),
    (A, bad("name_near_miss", S("decline", "Gunnel Rosenlind", "Otto Bäckström", "formal", "regular",
              meeting="Montering av voaletten på hatten", at="torsdag 17 juli kl. 15.00"),
            "Hatten: torsdag",
            """
Hej Gunnel Rosendlind,

Jag kan tyvärr inte montera voaletten på torsdag kl. 15.00. Jag hör av mig snart.

Otto Bäckström
""", "near-miss surname 'Rosendlind'")),
    (A, bad("email_invented", S("switch_to_email", "Lage Tidblom", "Emmy Gyllensten", "formal", "new",
              meeting="Offert på brevpapper", at="fredag 18 juli kl. 11.00"),
            "Offert per mejl",
            """
Hej Lage,

Vi kan ta offerten på brevpappret skriftligt i stället för fredag kl. 11.00. Mejla mig på emmy.gyllensten@telia.com.

Emmy Gyllensten
""", "private e-mail address nobody gave")),
    (A, bad("policy_invented", S("late_cancellation", "Barbro Ahlqvist", "Nils-Erik Sporrong", "formal", "regular",
              meeting="Kurs i hattfiltning", at="fredag 11 juli kl. 10.00"),
            "Din avbokning",
            """
Hej Barbro,

Jag har fått din sena avbokning. Eftersom den kom mindre än ett dygn innan behåller vi handpenningen.

Nils-Erik Sporrong
""", "notice and deposit rule invented")),
    (B, bad("time_recap_wrong", S("reschedule", "Märta Gullberg", "Frans Wirén", "formal", "regular",
              meeting="Sjösättning av ekan", at="torsdag 14 augusti kl. 09.00",
              props=["torsdag 21 augusti kl. 10.00"], reason="lacken behöver härda"),
            "Sjösättningen: torsdag 21 augusti",
            """
Hej Märta,

Lacken behöver härda, så jag föreslår sjösättning torsdag 21 augusti kl. 10.00.

Vi ses på torsdag kl. 9!

Frans Wirén
""", "closing recap names the old hour")),
    (B, bad("percent_swapped", S("cancellation_policy", "Yvonne Lidholm", "Ragnar Skoglund", "formal", "new",
              pol={"notice_hours": 48, "fee_percent": 100, "deposit_percent": 25}),
            "Villkor för knyppelkursen",
            """
Hej Yvonne,

För knyppelkursen är handpenningen 100 %; avbokar du senare än 48 timmar före debiteras 25 % av avgiften.

Ragnar Skoglund
""", "deposit and fee swapped")),
    (B, bad("title_or_company_invented", S("delegate", "Stig Hedlund", "Kerstin Ulvaeus", "formal", "regular",
              meeting="Lagning av akterspegeln på snipan", at="onsdag 20 augusti kl. 14.00", col="Olle Granberg"),
            "Lagningen på onsdag",
            """
Hej Stig,

På onsdag kl. 14.00 lagar Olle Granberg akterspegeln på din snipa i stället för mig.

Kerstin Ulvaeus
Båtbyggmästare, Ulvaeus Träbåtsvarv AB
""", "title and company invented")),
    (B, bad("foreign_paragraph", S("decline", "Roland Tegnér", "Elsa Munthe", "formal", "regular",
              meeting="Visning av gamla spetsar", at="tisdag 19 augusti kl. 16.00"),
            "Visningen på tisdag",
            """
Hej Roland,

Tyvärr måste jag ställa in visningen av gamla spetsar på tisdag kl. 16.00.

I am very sorry for the short notice and will be in touch again soon.

Elsa Munthe
""", "English paragraph in a Swedish mail")),
    (C, bad("duration_wrong", S("shorten", "Dagny Holmberg", "Yngve Bratt", "formal", "regular",
              meeting="Lektion i polimentförgyllning", at="torsdag 18 september kl. 09.00", dur=45),
            "Lektionen på torsdag",
            """
Hej Dagny,

Förgyllningslektionen på torsdag börjar kl. 09.00 men blir bara en timme lång.

Yngve Bratt
""", "'en timme' for 45")),
    (C, bad("phone_invented", S("no_show_followup", "Torsten Hjelm", "Lisbeth Ärnström", "formal", "regular",
              meeting="Ljusstöpning", at="torsdag 11 september kl. 14.00",
              props=["måndag 22 september kl. 14.00"]),
            "Ljusstöpningen",
            """
Hej Torsten,

Vi saknade dig i torsdags. Jag kan erbjuda måndag 22 september kl. 14.00; ring mig på 070-318 42 96 och bekräfta.

Lisbeth Ärnström
""", "mobile number nobody gave")),
    (C, bad("weekday_wrong", S("reschedule", "Karolina Berglöf", "Per-Olof Sahlin", "formal", "regular",
              meeting="Förgyllning av spegelramen", at="fredag 19 september kl. 10.00",
              props=["torsdag 25 september kl. 10.00"]),
            "Spegelramen",
            """
Hej Karolina,

Jag måste flytta förgyllningen av spegelramen. Passar onsdag 25 september kl. 10.00?

Per-Olof Sahlin
""", "'onsdag 25 september' for torsdag")),
    (C, bad("link_invented", S("switch_to_call", "Jonatan Lindmark", "Hedvig Ståhlberg", "formal", "new",
              meeting="Rådgivning om bröllopsljus", at="tisdag 23 september kl. 11.00"),
            "Rådgivning per telefon",
            """
Hej Jonatan,

Kan vi ta rådgivningen om bröllopsljusen per telefon på tisdag kl. 11.00? Bekräfta gärna här: https://boka.stahlbergsljus.se/samtal.

Hedvig Ståhlberg
""", "booking link nobody gave")),
    (D, bad("discount_invented", S("no_show_followup", "Gerd Lundholm", "Jarl Fagerström", "formal", "regular",
              meeting="Cidermustning på gården", at="fredag 10 oktober kl. 10.00",
              props=["fredag 24 oktober kl. 10.00"], reason="kunden var sjuk"),
            "Mustningen i fredags",
            """
Hej Gerd,

Hoppas du mår bättre. Jag kan erbjuda fredag 24 oktober kl. 10.00, och du får 15 % rabatt på mustningen.

Jarl Fagerström
""", "15 % discount nobody gave")),
    (D, bad("colleague_wrong", S("delegate", "Bengt Strömholm", "Ylva Dahlberg", "formal", "regular",
              meeting="Slipning av köksknivarna", at="tisdag 21 oktober kl. 15.00", col="Joel Sandqvist"),
            "Slipningen på tisdag",
            """
Hej Bengt,

På tisdag kl. 15.00 slipar Joel Sandkvist dina köksknivar i stället för mig.

Ylva Dahlberg
""", "colleague near-missed: Sandkvist for Sandqvist")),
    (D, bad("number_invented", S("switch_to_email", "Asta Rönnqvist", "Harald Ljunggren", "formal", "new",
              meeting="Beställning av flaskcider", at="torsdag 16 oktober kl. 09.00"),
            "Ciderbeställningen",
            """
Hej Asta,

Vi tar beställningen per mejl i stället för torsdag kl. 09.00. Jag har 120 flaskor kvar från senaste pressningen.

Harald Ljunggren
""", "stock number nobody gave")),
    (D, bad("place_changed", S("decline", "Eskil Forsgren", "Tuva Lindelöf", "formal", "regular",
              meeting="Knivsmidesvisning i Mora", at="onsdag 22 oktober kl. 14.00"),
            "Visningen på onsdag",
            """
Hej Eskil,

Tyvärr kan jag inte hålla knivsmidesvisningen i Eskilstuna på onsdag kl. 14.00. Förlåt.

Tuva Lindelöf
""", "place changed: Eskilstuna for Mora")),
    (E, bad("wrong_language_neighbour", S("decline", "Mona Kärrholm", "Ture Sandborg", "formal", "regular",
              meeting="Lagning av intarsian på byrån", at="fredag 21 november kl. 11.00"),
            "Lagningen på fredag",
            """
Hei Mona,

Dessverre kan jeg ikke reparere intarsiaen på kommoden fredag 21. november kl. 11.00. Jeg tar kontakt igjen snart.

Vennlig hilsen
Ture Sandborg
""", "whole draft in Norwegian for a Swedish situation")),
    (E, bad("wrong_language_neighbour", S("switch_to_call", "Bo Almgren", "Greta Fröding", "formal", "regular",
              meeting="Val av fanér till bordsskivan", at="torsdag 20 november kl. 10.00"),
            "Telefon på torsdag",
            """
Kære Bo,

Kan vi vælge finér til bordpladen over telefonen torsdag kl. 10.00? Jeg ringer til dig.

Venlig hilsen
Greta Fröding
""", "whole draft in Danish for a Swedish situation")),
    (E, bad("number_invented", S("reschedule", "Irma Sjöberg", "Anton Edlund", "formal", "regular",
              meeting="Polering av tenntallrikarna", at="onsdag 19 november kl. 16.00",
              props=["tisdag 25 november kl. 16.00"], reason="kunden undrade hur många tallrikar som hinns med"),
            "Poleringen: tisdag",
            """
Hej Irma,

Jag flyttar poleringen till tisdag 25 november kl. 16.00. Då hinner vi med åtta tallrikar.

Anton Edlund
""", "number the reason asks for ('åtta tallrikar'), nobody gave it")),
    (E, bad("place_changed", S("late_cancellation", "Knut Ahlgren", "Sonja Blomdahl", "formal", "regular",
              meeting="Tenngjutningskurs i Skultuna", at="måndag 17 november kl. 09.00"),
            "Din avbokning",
            """
Hej Knut,

Jag har fått din avbokning av tenngjutningskursen i Gysinge i går. Tack för beskedet.

Sonja Blomdahl
""", "place changed: Gysinge for Skultuna")),
]
