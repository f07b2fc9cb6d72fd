"""v18, Swedish: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v18src._d import A, B, C, D, E


def S(*a, **k):
    return _S("sv", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Ingegerd Wahlström", "Torbjörn Aspelin", "formal", "regular",
             meeting="Omläggning av vasstaket på ladan i Skanör", at="torsdag 16 januari kl. 08.30",
             props=["tisdag 21 januari kl. 08.30", "fredag 24 januari kl. 13.00"],
             reason="vassen från Tåkern har inte levererats"),
           "Vasstaket: nytt datum",
           """
Hej Ingegerd,

Vassen från Tåkern har inte levererats än, så vi kan inte börja på taket på torsdag.

Passar tisdag den 21:a på samma tid, eller fredag 24 januari kl. ett?

Vänliga hälsningar
Torbjörn Aspelin
""", "correct: first name in formal mail, 'den 21:a på samma tid', 'kl. ett'")),
    (A, ok(S("decline", "Klas Hedenius", "Matilda Strömgren", "friendly", "key",
             meeting="Hämtning av den uppstoppade ormvråken", at="fredag 17 januari kl. 16.00",
             reason="sockeln har inte torkat"),
           "Ormvråken",
           """
Hej Klas!

Fredag går tyvärr inte, sockeln har inte torkat. Jag hör av mig när vråken är klar.

Kram,
Matilda
""", "correct: first name, no new time")),
    (A, ok(S("cancellation_policy", "Britt-Louise Sandemar", "Ragnar Fältskog", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Avbokningsregler för mosaikkursen",
           """
Hej Britt-Louise,

Tack för din anmälan till mosaikkursen. Du kan avboka kostnadsfritt fram till två dygn före (48 timmar). Därefter tar vi ut hälften av kursavgiften (50 %).

Vänliga hälsningar
Ragnar Fältskog
""", "correct: 'två dygn (48 timmar)', 'hälften (50 %)', 'kostnadsfritt' before the notice")),
    (A, ok(S("no_show_followup", "Agneta Rydholm", "Sixten Bergkvist", "formal", "regular",
             meeting="Provsegling med det nya focksegel", at="måndag 13 januari kl. 10.00",
             props=["torsdag 23 januari kl. 10.00"]),
           "Provseglingen",
           """
Hej Agneta,

Jag väntade på dig i går morse för provseglingen med focken. Jag hoppas att allt är bra.

Om det passar kan vi göra ett nytt försök torsdag den 23:e kl. tio.

Vänliga hälsningar
Sixten Bergkvist
""", "correct: 'i går morse', 'den 23:e kl. tio'")),
    (B, ok(S("shorten", "Gunnel Tornbjörk", "Henrik Almstedt", "formal", "regular",
             meeting="Visning av kalkmålningarna i Härkeberga kyrka", at="torsdag 20 februari kl. 14.00",
             dur=45, reason="ställningen monteras ned kl. 15"),
           "Visningen på torsdag",
           """
Hej Gunnel,

Ställningen monteras ned kl. 15, så visningen av kalkmålningarna på torsdag kl. två blir tre kvart.

Vänliga hälsningar
Henrik Almstedt
""", "correct: 'kl. 15' from the reason, 'kl. två', 'tre kvart'")),
    (B, ok(S("switch_to_call", "Leif Olausson", "Hedvig Trolle-Nyrén", "formal", "key",
             meeting="Val av ullgarn till gobelängen", at="tisdag 18 februari kl. 11.00",
             props=["tisdag 18 februari kl. 11.30"], reason="jag måste stanna i ateljén för en leverans"),
           "Gobelängen: ett samtal i stället?",
           """
Hej Leif,

Jag måste stanna i ateljén för en leverans på tisdag och kan inte komma för att välja garn. Kan vi ringas samma dag kl. halv tolv i stället?

Vänliga hälsningar
Hedvig Trolle-Nyrén
""", "correct: 'samma dag kl. halv tolv'")),
    (B, ok(S("switch_to_email", "Albin Ekwall", "Stina Lindroth", "friendly", "regular",
             meeting="Genomgång av förtenningen av kopparkitteln", at="fredag 14 februari kl. 09.00",
             reason="förtennaren har inte skickat offerten"),
           "Kopparkitteln",
           """
Hej Albin!

Förtennaren har inte skickat offerten än, så i stället för att ses på fredag mejlar jag dig så fort den kommer.

Hörs!
Stina
""", "correct: signed first name, 'fredag' without time")),
    (B, ok(S("delegate", "Margareta Holmér", "Viktor Sandelin", "formal", "new",
             meeting="Beställning av videkorgar till gårdsbutiken", at="måndag 17 februari kl. 10.00",
             col="Elvira Skoglund"),
           "Din korgbeställning",
           """
Hej Margareta,

På måndag den 17 februari kl. 10 tas du emot av min kollega Elvira Skoglund, som går igenom beställningen av videkorgar med dig.

Vänliga hälsningar
Viktor Sandelin
""", "correct: colleague exact, 'kl. 10'")),
    (C, ok(S("late_cancellation", "Jonatan Wikberg", "Camilla Rosendahl", "formal", "regular",
             meeting="Lektion i kopparsticksgravyr", at="måndag 10 mars kl. 18.00",
             props=["måndag 17 mars kl. 18.00"], pol={"notice_hours": 24, "fee_percent": 100}),
           "Lektionen i gravyr",
           """
Hej Jonatan,

Jag fick ditt återbud i går. Vi kan ta igen lektionen nästa måndag, den 17:e, samma tid.

Eftersom återbudet kom mindre än ett dygn (24 timmar) före lektionen debiteras hela avgiften (100 %) enligt våra villkor.

Vänliga hälsningar
Camilla Rosendahl
""", "correct: 'den 17:e, samma tid', 'ett dygn (24 timmar)', 'hela avgiften (100 %)'")),
    (C, ok(S("reschedule", "Ebba Hallengren", "Joel Nordgård", "friendly", "regular",
             meeting="Slagning av förtöjningstampen", at="torsdag 13 mars kl. 15.00",
             props=["onsdag 19 mars kl. 15.00", "fredag 21 mars kl. 10.00"],
             reason="hampan är fortfarande för fuktig"),
           "Flytta repslagningen?",
           """
Hej Ebba!

Hampan är fortfarande för fuktig för att slå trossen på torsdag. Funkar onsdag den 19:e kl. tre, eller fredag den 21:a kl. tio?

Joel
""", "correct: 'kl. tre', 'kl. tio'")),
    (C, ok(S("decline", "Ulrika Segersäll", "Anton Friberger", "formal", "regular",
             meeting="Besök i mosaikverkstaden", at="onsdag 19 mars kl. 14.00",
             reason="vi har redan en skolklass på besök den dagen"),
           "Besöket i verkstaden",
           """
Hej Ulrika,

Tyvärr kan vi inte ta emot dig i verkstaden på onsdag, vi har redan en skolklass på besök den dagen.

Vänliga hälsningar
Anton Friberger
""", "correct: no new time")),
    (C, ok(S("cancellation_policy", "Birger Lindskog", "Tova Granqvist", "formal", "key",
             pol={"notice_hours": 72, "deposit_percent": 30}),
           "Våra villkor för gobelängen",
           """
Hej Birger,

Som vi sa sammanfattar jag villkoren: vid beställning betalar du en handpenning på 30 %, och du kan avboka kostnadsfritt fram till tre dygn innan (72 timmar).

Hälsningar
Tova Granqvist
""", "correct: 'tre dygn (72 timmar)', 'handpenning på 30 %'")),
    (D, ok(S("no_show_followup", "Wilhelm Sahlin", "Saga Björnstad", "friendly", "new",
             meeting="Uppmätning för seglet till kanoten", at="tisdag 1 april kl. 17.00",
             props=["tisdag 8 april kl. 17.00", "torsdag 10 april kl. 18.00"]),
           "Uppmätningen i går",
           """
Hej Wilhelm!

Vi missade varandra i går vid uppmätningen för seglet. Ingen fara, sånt händer!

Passar tisdag den 8:e kl. fem eller torsdag den 10:e kl. sex på kvällen?

Hälsningar
Saga
""", "correct: 'i går', 'kl. fem', 'kl. sex på kvällen'")),
    (D, ok(S("shorten", "Rolf Enqvist", "Louise Backlund", "formal", "regular",
             meeting="Byggmöte om kalkmålningarna i koret", at="fredag 4 april kl. 09.00",
             dur=30),
           "Byggmötet på fredag",
           """
Hej Rolf,

Jag måste tyvärr korta byggmötet på fredag kl. nio till en halvtimme.

Vänliga hälsningar
Louise Backlund
""", "correct: 'en halvtimme' for 30, 'kl. nio'")),
    (D, ok(S("switch_to_call", "Solveig Karlén", "Måns Wennerholm", "formal", "regular",
             meeting="Hämtning av den uppstoppade fasanen", at="torsdag 10 april kl. 11.00",
             props=["onsdag 9 april kl. 18.00"], reason="butiken är stängd för inventering"),
           "Fasanen",
           """
Hej Solveig,

Butiken är stängd för inventering på torsdag, så då går det inte att hämta fasanen. Ska vi ringas dagen innan, onsdag kl. sex på kvällen, och bestämma hur vi gör?

Vänliga hälsningar
Måns Wennerholm
""", "correct: 'dagen innan, onsdag kl. sex på kvällen'")),
    (D, ok(S("switch_to_email", "Gösta Ringborg", "Elin Hasselrot", "formal", "new",
             meeting="Genomgång av offerterna för kopparslageri", at="måndag 7 april kl. 14.00"),
           "Dina offerter",
           """
Hej Gösta,

I stället för att ses på måndag skickar jag offerterna för kopparslageriet per mejl med en kort förklaring. Då kan du svara när det passar dig.

Vänliga hälsningar
Elin Hasselrot
""", "correct: first name in formal Swedish mail, no time repeated")),
    (E, ok(S("delegate", "Folke Ahlgrim", "Annika Västberg", "friendly", "regular",
             meeting="Kurs i videflätning", at="onsdag 14 maj kl. 14.00", col="Petter Grundell"),
           "Kursen på onsdag",
           """
Hej Folke!

Flätkursen på onsdag kl. två hålls av Petter Grundell i stället för mig. Han kan upplägget utan och innan.

Annika
""", "correct: 'kl. två', colleague exact")),
    (E, ok(S("late_cancellation", "Vivianne Odelberg", "Kasper Lindvall", "formal", "regular",
             meeting="Pass i torrnålsgravyr", at="måndag 5 maj kl. 10.00",
             props=["måndag 12 maj kl. 10.00"]),
           "Gravyrpasset",
           """
Hej Vivianne,

Tack för att du hörde av dig i går morse. Vi kan flytta passet till måndag 12 maj kl. 10, om det passar.

Vänliga hälsningar
Kasper Lindvall
""", "correct: late cancellation, no policy given and none stated")),
    (E, ok(S("reschedule", "Gudrun Ehnmark", "Niklas Tallroth", "formal", "key",
             meeting="Läggning av mosaiken i entrén", at="onsdag 7 maj kl. 07.30",
             props=["måndag 12 maj kl. 07.30", "tisdag 13 maj kl. 07.30"],
             reason="fästmassan har inte härdat i kylan"),
           "Mosaiken i entrén",
           """
Hej Gudrun,

Fästmassan har inte härdat i kylan, så vi måste skjuta upp läggningen av mosaiken på onsdag.

Vi kan komma kl. halv åtta måndag den 12:e eller tisdag den 13 maj. Vilken morgon passar dig bäst?

Vänliga hälsningar
Niklas Tallroth
""", "correct: 'kl. halv åtta' for both slots")),
    (E, ok(S("decline", "Harald Söderlind", "Ylva Brattström", "formal", "new",
             meeting="Demonstration av vävning i högvävstol", at="fredag 16 maj kl. 15.00"),
           "Demonstrationen den 16 maj",
           """
Hej Harald,

Tack för inbjudan, men jag kan tyvärr inte hålla vävdemonstrationen fredag den 16 maj.

Vänliga hälsningar
Ylva Brattström
""", "correct: date without time, no reason invented")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Lisbet Norlander", "Oskar Hägglöf", "formal", "regular",
              meeting="Lagning av halmtaket på Kulla gård", at="onsdag 15 januari kl. 09.00",
              props=["måndag 20 januari kl. 09.00"], reason="det väntas hård vind"),
            "Halmtaket: nytt datum",
            """
Hej Lisbet,

Det väntas hård vind, så vi måste skjuta upp lagningen av halmtaket. Jag föreslår onsdag 15 januari kl. 09.00.

Vänliga hälsningar
Oskar Hägglöf
""", "the old slot (onsdag 15 januari 09.00) offered as the new one")),
    (A, bad("wrong_language_neighbour", S("decline", "Eskil Marmstedt", "Jenny Lagerbielke", "formal", "regular",
              meeting="Värdering av den uppstoppade ugglan", at="torsdag 23 januari kl. 11.00"),
            "Värderingen på torsdag",
            """
Hei Eskil,

Dessverre kan jeg ikke gjøre verdivurderingen av ugla torsdag 23. januar. Jeg tar kontakt igjen snart.

Vennlig hilsen
Jenny Lagerbielke
""", "whole draft in Norwegian for a Swedish situation")),
    (A, bad("link_invented", S("no_show_followup", "Ronja Ekholm", "Pontus Ljungdahl", "friendly", "regular",
              meeting="Justering av storseglet", at="fredag 10 januari kl. 14.00",
              props=["tisdag 21 januari kl. 14.00"]),
            "Ditt storsegel",
            """
Hej Ronja!

Jag väntade på dig i fredags för storseglet, är allt okej?

Jag kan tisdag 21 januari kl. 14, eller så bokar du själv en tid på ljungdahlsegel.se/boka.

Pontus
""", "booking link nobody gave")),
    (A, bad("percent_swapped", S("cancellation_policy", "Dag Fröberg", "Signe Wallenius", "formal", "new",
              pol={"notice_hours": 48, "fee_percent": 60, "deposit_percent": 20}),
            "Bokningsvillkor",
            """
Hej Dag,

För gravyrkursen tar vi ut en handpenning på 60 %. Avbokning är kostnadsfri fram till 48 timmar innan, därefter debiteras 20 % av kursavgiften.

Vänliga hälsningar
Signe Wallenius
""", "deposit 20 and fee 60 swapped")),
    (B, bad("duration_wrong", S("shorten", "Maud Sjöstrand", "Erik Tunander", "formal", "regular",
              meeting="Besiktning av den restaurerade bonaden", at="tisdag 18 februari kl. 10.00", dur=45),
            "Besiktningen på tisdag",
            """
Hej Maud,

Jag måste korta besiktningen av bonaden på tisdag kl. 10: vi får en halvtimme.

Vänliga hälsningar
Erik Tunander
""", "'en halvtimme' for 45 minutes")),
    (B, bad("colleague_wrong", S("delegate", "Bertil Ståhlberg", "Moa Rehnström", "formal", "regular",
              meeting="Leverans av videkorgarna", at="torsdag 13 februari kl. 08.00", col="Kajsa Nyländer"),
            "Leveransen på torsdag",
            """
Hej Bertil,

På torsdag kl. 08.00 levererar min kollega Kajsa Nylander videkorgarna till dig.

Vänliga hälsningar
Moa Rehnström
""", "colleague 'Nylander' for Nyländer")),
    (B, bad("place_changed", S("decline", "Gunilla Tegnér", "Sebastian Ahlqvist", "formal", "regular",
              meeting="Visning av repslagarbanan i Karlskrona", at="torsdag 20 februari kl. 11.00"),
            "Visningen på torsdag",
            """
Hej Gunilla,

Tyvärr måste jag ställa in visningen av repslagarbanan i Karlshamn på torsdag.

Vänliga hälsningar
Sebastian Ahlqvist
""", "Karlskrona changed to Karlshamn")),
    (B, bad("email_invented", S("switch_to_email", "Ture Malmsjö", "Frida Jernberg", "formal", "new",
              meeting="Presentation av tågvirkesprover", at="fredag 21 februari kl. 11.00"),
            "Ditt tågvirke",
            """
Hej Ture,

I stället för att ses på fredag tar vi det per mejl. Skicka dina frågor till frida.jernberg@outlook.com så skickar jag bilder på proverna.

Vänliga hälsningar
Frida Jernberg
""", "private e-mail address nobody gave")),
    (C, bad("time_recap_wrong", S("reschedule", "Elsa Forslund", "Hampus Brink", "friendly", "regular",
              meeting="Förtenning av kopparkastrullen", at="onsdag 12 mars kl. 10.00",
              props=["tisdag 18 mars kl. 14.00"]),
            "Din kastrull",
            """
Hej Elsa!

Jag är inte i verkstaden på onsdag. Ska vi ta kastrullen tisdag 18 mars kl. 14 i stället?

Vi ses på tisdag kl. 10!

Hampus
""", "closing recap names kl. 10 instead of 14")),
    (C, bad("weekday_wrong", S("decline", "Inger Palmkvist", "Jesper Lindahl", "formal", "regular",
              meeting="Besök i taxidermiverkstaden", at="fredag 14 mars kl. 16.00"),
            "Besöket den 14 mars",
            """
Hej Inger,

Tyvärr måste jag ställa in besöket i verkstaden torsdag 14 mars kl. 16.

Vänliga hälsningar
Jesper Lindahl
""", "'torsdag 14 mars' for fredag")),
    (C, bad("discount_invented", S("late_cancellation", "Gustav Lennartsson", "Alva Cederqvist", "formal", "regular",
              meeting="Korgflätningskurs", at="fredag 7 mars kl. 14.00", props=["fredag 21 mars kl. 14.00"],
              reason="visa lite goodwill"),
            "Korgflätningen",
            """
Hej Gustav,

Tack för att du hörde av dig. Du kan ta igen kursen fredag 21 mars kl. 14, och som en gest får du 15 % rabatt på den.

Vänliga hälsningar
Alva Cederqvist
""", "a 15 % discount licensed by the reason only")),
    (C, bad("phone_invented", S("switch_to_call", "Majken Östlund", "Rasmus Edholm", "formal", "key",
              meeting="Val av ram till gobelängen", at="fredag 21 mars kl. 15.00",
              props=["torsdag 20 mars kl. 17.00"]),
            "Gobelängen: per telefon",
            """
Hej Majken,

Ska vi byta ut mötet på fredag mot ett samtal torsdag 20 mars kl. 17? Du når mig på 070-382 51 96.

Vänliga hälsningar
Rasmus Edholm
""", "mobile number nobody gave")),
    (D, bad("policy_invented", S("no_show_followup", "Lennart Wiberg", "Paula Sjöberg-Hed", "formal", "regular",
              meeting="Lektion i etsning", at="måndag 31 mars kl. 18.00", props=["onsdag 9 april kl. 18.00"]),
            "Lektionen i måndags",
            """
Hej Lennart,

Vi saknade dig på lektionen i etsning i måndags. Jag hoppas att allt är väl.

Du kan ta igen den onsdag 9 april kl. 18. Observera att uteblivna lektioner normalt debiteras till halva priset.

Vänliga hälsningar
Paula Sjöberg-Hed
""", "policy in words ('till halva priset') nobody gave")),
    (D, bad("number_invented", S("reschedule", "Karolina Vinterfeldt", "Mikael Åkerlind", "formal", "regular",
              meeting="Uppstoppning av gäddan", at="måndag 7 april kl. 09.00", props=["onsdag 16 april kl. 09.00"],
              reason="berätta hur lång tid arbetet tar"),
            "Din gädda",
            """
Hej Karolina,

Jag måste flytta vårt möte på måndag. Jag föreslår onsdag 16 april kl. 09.00; själva arbetet tar sedan ungefär fem veckor.

Vänliga hälsningar
Mikael Åkerlind
""", "'fem veckor' nobody gave (the reason only asks for it)")),
    (D, bad("title_or_company_invented", S("switch_to_email", "Conny Häggström", "Maja Ridderstad", "formal", "new",
              meeting="Offert på restaurering av en kopparpanna", at="tisdag 8 april kl. 15.00"),
            "Din offert",
            """
Hej Conny,

Ska vi sköta offerten per mejl i stället för på tisdag? Skicka gärna några bilder på pannan.

Vänliga hälsningar
Maja Ridderstad
Kopparslagarmästare, Ridderstads Kopparverkstad AB
""", "job title and company in the signature")),
    (D, bad("foreign_paragraph", S("decline", "Lars-Göran Bäckström", "Ida Klingspor", "formal", "regular",
              meeting="Visning av kalkmålningarna i Täby kyrka", at="torsdag 10 april kl. 10.00"),
            "Visningen på torsdag",
            """
Hej Lars-Göran,

Tyvärr kan jag inte visa dig kalkmålningarna i Täby kyrka på torsdag.

I am very sorry for the inconvenience and will be in touch with a new date soon.

Vänliga hälsningar
Ida Klingspor
""", "English paragraph in a Swedish mail")),
    (E, bad("name_near_miss", S("decline", "Ingrid Dahlbäck", "Tobias Granlund", "formal", "regular",
              meeting="Provning av den nya seglarjackan", at="torsdag 15 maj kl. 11.00"),
            "Provningen på torsdag",
            """
Hej Ingrid Dalbäck,

Tyvärr måste jag ställa in provningen på torsdag den 15 maj. Jag återkommer.

Vänliga hälsningar
Tobias Granlund
""", "'Dalbäck' for Dahlbäck")),
    (E, bad("place_changed", S("delegate", "Arvid Lönnqvist", "Sofia Hedberg", "formal", "regular",
              meeting="Guidning bland halmtaken i Ystad", at="fredag 9 maj kl. 11.00", col="Tilda Ekström"),
            "Guidningen på fredag",
            """
Hej Arvid,

Min kollega Tilda Ekström tar hand om guidningen bland halmtaken i Simrishamn på fredag kl. 11.

Vänliga hälsningar
Sofia Hedberg
""", "Ystad changed to Simrishamn")),
    (E, bad("number_invented", S("shorten", "Ellinor Fagerström", "Gabriel Wessman", "formal", "regular",
              meeting="Genomgång av mosaikskissen", at="onsdag 14 maj kl. 13.00", dur=30),
            "Genomgången på onsdag",
            """
Hej Ellinor,

Jag måste korta genomgången av mosaikskissen på onsdag kl. 13 till 30 minuter. Vi hinner gå igenom de tre första fälten.

Vänliga hälsningar
Gabriel Wessman
""", "'de tre första fälten' nobody gave")),
    (E, bad("wrong_language_neighbour", S("reschedule", "Bodil Ingvarsson", "Kristoffer Ramel", "formal", "regular",
              meeting="Montering av gobelängen i matsalen", at="onsdag 7 maj kl. 09.00",
              props=["tisdag 13 maj kl. 09.00"]),
            "Monteringen af gobelängen",
            """
Hej Bodil,

Jeg er nødt til at flytte monteringen af gobelinet på onsdag. Kan du tirsdag den 13. maj kl. 9 i stedet?

Venlig hilsen
Kristoffer Ramel
""", "whole draft in Danish for a Swedish situation")),
]
