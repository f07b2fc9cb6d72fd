"""v14, Swedish: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v14src._d import A, B, C, D, E


def S(*a, **k):
    return _S("sv", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Ingrid Wahlqvist", "Olle Brännström", "formal", "regular",
             meeting="Tandkontroll för er katt Sixten", at="torsdag 18 januari kl. 9:30",
             props=["tisdag 23 januari kl. 9:30", "fredag 26 januari kl. 13:00"],
             reason="vår veterinär är sjuk"),
           "Ny tid för Sixten",
           """
Hej Ingrid Wahlqvist,

Vår veterinär är tyvärr sjuk, så tandkontrollen för Sixten på torsdag kl. halv tio kan inte bli av.

Vi kan erbjuda:
• tisdag 23/1, samma tid
• fredag 26 januari kl. 13

Ber om ursäkt för besväret.

Vänliga hälsningar
Olle Brännström
""", "correct: 'halv tio' for 9:30, '23/1', 'samma tid', full name greeting")),
    (A, ok(S("decline", "Jonatan Lindholm", "Elsa Forsberg", "friendly", "key",
             meeting="Inspelning av trummorna till singeln", at="fredag 19 januari kl. 10:00",
             reason="studion fick en vattenskada i måndags"),
           "Fredagens inspelning",
           """
Hej Jonatan!

Tråkiga nyheter: vi fick en vattenskada i studion i måndags och trumrummet är avstängt. Fredagens inspelning kl. 10 måste jag därför ställa in.

Jag hör av mig så fort allt är torrt igen.

Kram,
Elsa
""", "correct: weekday 'i måndags' inside the retold reason")),
    (A, ok(S("shorten", "Margareta Sjöberg", "Anders Vikström", "formal", "new",
             meeting="Rådgivning om deklaration efter flytt från Norge", at="måndag 22 januari kl. 14:00", dur=45,
             reason="jag har ett möte med Skatteverket kl. 15"),
           "Vårt möte måndag 22 januari",
           """
Hej Margareta,

Jag bekräftar vår rådgivning om deklarationen efter flytten från Norge, måndag 22 januari kl. 14.00. Jag behöver dock korta ner den till tre kvart, eftersom jag har ett möte med Skatteverket direkt efter.

Ta gärna med ditt norska lönebesked så hinner vi det viktigaste.

Med vänliga hälsningar
Anders Vikström
""", "correct: 'tre kvart' for 45, '14.00'")),
    (A, ok(S("no_show_followup", "Albin Nordqvist", "Hanna Ekelund", "friendly", "regular",
             meeting="Körlektion i halka på Gelleråsen", at="onsdag 10 januari kl. 15:00",
             props=["onsdag 24 januari kl. 15:00"]),
           "Halkkörningen",
           """
Hej Albin,

Vi saknade dig på halkkörningen förra onsdagen kl. 15. Hoppas allt är bra!

Vill du ta igen den finns det plats onsdag 24 januari, samma tid.

Hälsningar
Hanna
""", "correct: past meeting 'förra onsdagen'")),
    (B, ok(S("switch_to_call", "Kristina Bergkvist", "Johan Malmsten", "formal", "regular",
             meeting="Genomgång av möbleringsförslaget för kontoret", at="onsdag 21 februari kl. 11:00",
             reason="tyget till soffan har inte levererats"),
           "Genomgången per telefon",
           """
Hej Kristina,

Tyget till soffan har ännu inte kommit, så det finns inte så mycket att visa på plats. Ska vi ta genomgången av möbleringsförslaget per telefon i stället, samma tid på onsdag, kl. 11?

Jag mejlar skisserna innan.

Vänliga hälsningar
Johan Malmsten
""", "correct: same time by phone")),
    (B, ok(S("delegate", "Ebba Lundmark", "Viktor Hedin", "friendly", "key",
             meeting="Provsmakning av bröllopsmiddagen", at="torsdag 22 februari kl. 18:00",
             col="Amanda Kjellberg", reason="jag är på bröllopsmässan i Göteborg"),
           "Provsmakningen på torsdag",
           """
Hej Ebba!

Jag är på bröllopsmässan i Göteborg på torsdag, men Amanda Kjellberg tar hand om er provsmakning kl. 18. Hon kan allt om ert bröllop, så ni är i trygga händer.

Smaklig måltid!
Viktor
""", "correct: idiom 'i trygga händer', place from the reason")),
    (B, ok(S("late_cancellation", "Gunnar Åkerlund", "Sara Lindqvist", "formal", "regular",
             meeting="Seglingskurs på Brunnsviken", at="lördag 17 februari kl. 9:00",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Avbokning av kursen 17 februari",
           """
Hej Gunnar,

Vi har tagit emot din avbokning av seglingskursen lördag 17 februari kl. 9.00, som kom sent.

Enligt våra villkor ska avbokning ske senast två dygn (48 timmar) innan. Vi debiterar därför hälften av kursavgiften, alltså 50 %.

Vänliga hälsningar
Sara Lindqvist
""", "correct: 'två dygn (48 timmar)', 'hälften … 50 %'")),
    (B, ok(S("cancellation_policy", "Mattias Enbuske", "Lina Österberg", "formal", "new",
             pol={"notice_hours": 24, "deposit_percent": 20}),
           "Våra avbokningsvillkor",
           """
Hej Mattias,

Välkommen som ny kund hos oss! Kort om villkoren: vi tar en handpenning på 20 % vid beställning, och avbokning ska ske senast ett dygn (24 timmar) i förväg.

Hör av dig om något är oklart.

Vänliga hälsningar
Lina Österberg
""", "correct: 'ett dygn (24 timmar)'")),
    (C, ok(S("reschedule", "Frida Holmgren", "Erik Sandmark", "friendly", "regular",
             meeting="Spinnakerträning med kölbåten", at="fredag 16 mars kl. 16:00",
             props=["tisdag 20 mars kl. 16:00"], reason="det blåser kuling"),
           "Träningen flyttad",
           """
Hej Frida,

Prognosen varnar för kuling på fredag, så vi får skjuta på spinnakerträningen. Funkar tisdag den 20:e kl. 16 i stället?

Hälsningar
Erik
""", "correct: 'tisdag den 20:e'")),
    (C, ok(S("switch_to_email", "Bertil Hansson", "Maja Lindgren", "formal", "regular",
             meeting="Genomgång av friskvårdsbidraget för era 25 anställda", at="tisdag 20 mars kl. 13:30",
             reason="det handlar bara om tre kvitton som saknas"),
           "Friskvårdsbidraget",
           """
Hej Bertil,

Det som återstår är bara tre kvitton som saknas, så jag tror inte att vi behöver ses tisdag 20 mars kl. 13.30. Jag listar vad som fattas per mejl i stället, så svarar du när det passar.

Vänliga hälsningar
Maja Lindgren
""", "correct: '13.30' for 13:30, 'tre kvitton' from the reason, meeting name with a number not repeated")),
    (C, ok(S("decline", "Agneta Strömberg", "Niklas Hellström", "formal", "new",
             meeting="Platsbesök för det nya köket", at="torsdag 22 mars kl. 8:00",
             reason="snickaren har inte byggt färdigt stommen"),
           "Platsbesöket torsdag 22 mars",
           """
Hej Agneta,

Tyvärr måste jag ställa in platsbesöket torsdag 22 mars kl. 8: snickaren är inte klar med stommen, så det går inte att mäta ännu.

Jag hör av mig när den är på plats.

Med vänlig hälsning
Niklas Hellström
""", "correct: 'kl. 8'")),
    (C, ok(S("no_show_followup", "Lovisa Granhed", "Per Ahlström", "formal", "regular",
             meeting="Återbesök efter kastreringen av hunden Bamse", at="måndag 12 mars kl. 17:30"),
           "Återbesöket för Bamse",
           """
Hej Lovisa,

I måndags kl. halv sex hade vi ett återbesök inbokat för Bamse, men ni kom inte. Vi hoppas att allt är bra med honom.

Ring gärna kliniken så bokar vi en ny tid.

Vänliga hälsningar
Per Ahlström
""", "correct: 'halv sex' for 17:30, 'i måndags'")),
    (D, ok(S("shorten", "Oskar Lindebrant", "Tove Karlberg", "friendly", "regular",
             meeting="Mixning av EP:n", at="torsdag 26 april kl. 18:00", dur=120,
             reason="studion stänger kl. 20"),
           "Mixningen på torsdag",
           """
Tjena Oskar!

Vi kör mixningen på torsdag kl. 18 som planerat, men vi har bara två timmar på oss eftersom studion stänger kl. 20. Gör en lista på det viktigaste så hinner vi mycket.

Ses!
Tove
""", "correct: 'två timmar' for 120, hour from the reason")),
    (D, ok(S("delegate", "Ulrika Söderlund", "Henrik Björklund", "formal", "regular",
             meeting="Rådgivning om dubbelbeskattning Sverige–Spanien", at="måndag 30 april kl. 10:00",
             col="Petra Wikman", reason="jag är föräldraledig från och med slutet av april"),
           "Ditt möte 30 april",
           """
Hej Ulrika,

Jag går på föräldraledighet i slutet av april. Din rådgivning om dubbelbeskattningen tas därför över av min kollega Petra Wikman, måndag 30/4 kl. 10 som planerat.

Hon har redan gått igenom ditt ärende.

Vänliga hälsningar
Henrik Björklund
""", "correct: '30/4', 'kl. 10'")),
    (D, ok(S("reschedule", "Sebastian Ljungberg", "Emilia Norén", "formal", "key",
             meeting="Besiktning av segelbåten inför sjösättningen", at="onsdag 25 april kl. 13:00",
             props=["onsdag 2 maj kl. 13:00", "torsdag 3 maj kl. 9:00"], reason="isen ligger kvar i hamnen"),
           "Ny tid för besiktningen",
           """
Hej Sebastian,

Isen ligger fortfarande kvar i hamnen och vi kommer inte åt båten. Besiktningen på onsdag behöver därför flyttas.

Förslag:
1. onsdag 2 maj, samma tid
2. torsdag 3 maj kl. 9

Ber om ursäkt för besväret.

Vänliga hälsningar
Emilia Norén
""", "correct: numbered list '1.' '2.', 'samma tid'")),
    (D, ok(S("late_cancellation", "Rasmus Wennberg", "Jenny Hallbäck", "friendly", "regular",
             meeting="Körlektion med fickparkering", at="fredag 20 april kl. 7:30",
             props=["torsdag 3 maj kl. 7:30"], pol={"notice_hours": 24}),
           "Lektionen i fredags",
           """
Hej Rasmus,

Ditt sms om lektionen i fredags kom väldigt sent. Kom ihåg att avboka senast ett dygn i förväg, annars går tiden förlorad.

Vill du ta igen fickparkeringen kan vi köra torsdag 3 maj kl. halv åtta.

Hälsningar
Jenny
""", "correct: 'i fredags', 'ett dygn' for 24 h, 'halv åtta'")),
    (E, ok(S("switch_to_call", "Tilda Berglund", "Axel Nyberg", "friendly", "new",
             meeting="Möte i studion om podcastinspelningen", at="onsdag 6 juni kl. 10:00",
             props=["torsdag 7 juni kl. 10:00"], reason="studion målas om"),
           "Podcastmötet",
           """
Hej Tilda,

Studion målas om den här veckan, så vi kan inte ses där. Ska vi ringas torsdag 7 juni kl. 10 i stället och prata igenom podcastinspelningen?

Hälsningar
Axel
""", "correct: short")),
    (E, ok(S("switch_to_email", "Birgitta Lundevall", "Fredrik Ahlgren", "formal", "regular",
             meeting="Genomgång av semesterlönen", at="måndag 11 juni kl. 15:00",
             reason="frågorna gäller bara semesterersättningen"),
           "Frågor om semesterlönen",
           """
Hej Birgitta,

Eftersom dina frågor bara gäller semesterersättningen föreslår jag att vi tar genomgången måndag 11 juni kl. 15 per mejl i stället. Du får mitt svar inom ett par dagar.

Med vänliga hälsningar
Fredrik Ahlgren
""", "correct: 'ett par dagar' vague")),
    (E, ok(S("decline", "Göran Fält", "Ida Sundberg", "formal", "regular",
             meeting="Provlyssning av bröllopsmusikerna på Skeppsholmen", at="fredag 15 juni kl. 14:00",
             reason="stråkkvartetten har fått förhinder"),
           "Provlyssningen fredag 15 juni",
           """
Hej Göran,

Stråkkvartetten har tyvärr fått förhinder, så provlyssningen på Skeppsholmen fredag 15 juni kl. 14 kan inte bli av.

Jag återkommer med ett nytt förslag.

Vänliga hälsningar
Ida Sundberg
""", "correct: place from the meeting, short")),
    (E, ok(S("cancellation_policy", "Hedvig Nyström", "Mikael Ståhl", "formal", "new",
             meeting="Första planeringsmötet inför bröllopet", at="tisdag 12 juni kl. 19:00",
             pol={"notice_hours": 72, "fee_percent": 30}),
           "Avbokningsvillkor",
           """
Hej Hedvig,

Varmt välkommen till vårt första planeringsmöte tisdag 12 juni kl. 19!

Bra att veta: avbokning är kostnadsfri fram till tre dygn (72 timmar) innan. Därefter debiterar vi 30 % av arvodet.

Vänliga hälsningar
Mikael Ståhl
""", "correct: 'tre dygn (72 timmar)'")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Therese Gustafsson", "Jesper Rönnqvist", "formal", "regular",
             meeting="Vaccination av valparna", at="onsdag 17 januari kl. 10:00",
             props=["måndag 22 januari kl. 14:00"], reason="vaccinet har inte levererats"),
           "Ny tid för vaccinationen",
           """
Hej Therese,

Vaccinet har inte kommit. Vaccinationen av valparna måndag 22 januari kl. 14 flyttar vi därför till onsdag 17 januari kl. 10.

Vänliga hälsningar
Jesper Rönnqvist
""", "meeting and proposed time exchanged")),
    (A, bad("time_recap_wrong", S("switch_to_call", "Linnea Backman", "Stefan Eklöf", "formal", "regular",
             meeting="Samtal om akustiken i replokalen", at="torsdag 18 januari kl. 13:00",
             props=["torsdag 18 januari kl. 15:30"], reason="jag är kvar på en byggarbetsplats i Uppsala"),
           "Akustiken per telefon",
           """
Hej Linnea,

Jag blir kvar på ett bygge i Uppsala på torsdag. Kan vi ta samtalet om akustiken per telefon kl. 15.30 samma dag?

Jag ringer dig alltså på torsdag kl. 13.

Vänliga hälsningar
Stefan Eklöf
""", "recap names the old hour 13")),
    (A, bad("weekday_wrong", S("decline", "Kent Mårtensson", "Sofia Wallin", "formal", "new",
             meeting="Inledande möte om löneadministration", at="fredag 26 januari kl. 9:00",
             reason="vi tar inte emot nya kunder före sommaren"),
           "Mötet torsdag 26 januari",
           """
Hej Kent,

Tack för ditt intresse. Tyvärr tar vi inte emot nya kunder före sommaren, så jag måste ställa in vårt möte fredag 26 januari kl. 9.

Vänliga hälsningar
Sofia Wallin
""", "subject 'torsdag 26 januari', a Friday")),
    (A, bad("wrong_language_neighbour", S("shorten", "Karin Lövgren", "Magnus Dahlberg", "formal", "regular",
             meeting="Seglingslektion i skärgården", at="lördag 20 januari kl. 10:00", dur=60,
             reason="det blir mörkt tidigt"),
           "Seglingstimen på lørdag",
           """
Hei Karin,

Seilingstimen på lørdag kl. 10 blir dessverre kortere, bare én time, fordi det blir mørkt tidlig.

Med vennlig hilsen
Magnus Dahlberg
""", "whole draft in Norwegian for a Swedish situation")),
    (B, bad("percent_swapped", S("late_cancellation", "Nils Grönroos", "Karolina Eriksson", "formal", "regular",
             meeting="Designmöte om badrummet", at="onsdag 14 februari kl. 13:00",
             pol={"fee_percent": 40, "deposit_percent": 10}),
           "Avbokningen 14 februari",
           """
Hej Nils,

Ditt designmöte onsdag 14 februari avbokades i sista stund. Enligt våra villkor behåller vi handpenningen på 40 % och debiterar en avbokningsavgift på 10 %.

Vänliga hälsningar
Karolina Eriksson
""", "deposit 10 % and fee 40 % exchanged")),
    (B, bad("policy_invented", S("no_show_followup", "Emma Widén", "Tobias Lundh", "formal", "regular",
             meeting="Ljudtest inför konserten", at="tisdag 13 februari kl. 17:00"),
           "Ljudtestet 13 februari",
           """
Hej Emma,

Vi väntade på dig till ljudtestet tisdag 13 februari kl. 17, men du kom inte.

Som vanligt vid uteblivna besök debiteras halva studiohyran.

Vänliga hälsningar
Tobias Lundh
""", "'halva studiohyran' policy in words, none given")),
    (B, bad("number_invented", S("delegate", "Louise Sandgren", "Daniel Öberg", "formal", "regular",
             meeting="Genomgång av din svenska deklaration som utlandssvensk", at="tisdag 27 februari kl. 11:00",
             col="Annika Strand", reason="jag är på kurs i Bryssel"),
           "Mötet 27 februari",
           """
Hej Louise,

Jag är på kurs i Bryssel den 27 februari. Min kollega Annika Strand tar genomgången av din deklaration tisdag kl. 11.

Skicka gärna dina kontrolluppgifter senast fem dagar innan.

Vänliga hälsningar
Daniel Öberg
""", "deadline 'senast fem dagar innan' invented in words")),
    (B, bad("discount_invented", S("reschedule", "Ronja Pettersson", "Ludvig Hammar", "friendly", "regular",
             meeting="Provning av bröllopsklänningen", at="torsdag 22 februari kl. 16:00",
             props=["tisdag 27 februari kl. 16:00"], reason="hon undrar om hon kan få rabatt för besväret"),
           "Provningen flyttad",
           """
Hej Ronja!

Vi behöver tyvärr flytta provningen till tisdag 27 februari kl. 16. Och eftersom du frågade: du får 10 % rabatt för besväret.

Kram
Ludvig
""", "10 % discount granted because the reason mentions a request")),
    (C, bad("link_invented", S("switch_to_email", "Olof Strandberg", "Jessica Lind", "formal", "regular",
             meeting="Genomgång av ritningarna till trappan", at="fredag 16 mars kl. 10:00",
             reason="ändringarna är små"),
           "Trappritningarna",
           """
Hej Olof,

Ändringarna är små, så vi kan ta genomgången av trappritningarna per mejl i stället för fredag 16 mars kl. 10. Ritningarna finns på lind-inredning.se/projekt/trappa.

Vänliga hälsningar
Jessica Lind
""", "link nobody gave")),
    (C, bad("email_invented", S("decline", "Camilla Höglund", "Andreas Fors", "friendly", "regular",
             meeting="Körlektion på landsväg", at="onsdag 21 mars kl. 15:30",
             reason="jag har ett föräldramöte i skolan"),
           "Lektionen på onsdag",
           """
Hej Camilla,

Jag har ett föräldramöte i skolan, så lektionen på onsdag kl. halv fyra blir inte av. Mejla mig på andreas.fors.privat@gmail.com så bokar vi en ny.

Andreas
""", "private e-mail address nobody gave")),
    (C, bad("phone_invented", S("switch_to_call", "Viktoria Blom", "Samuel Ekman", "formal", "key",
             meeting="Möte om ljudsättningen av filmen", at="torsdag 22 mars kl. 14:00",
             reason="jag är kvar i Malmö"),
           "Ljudsättningen per telefon",
           """
Hej Viktoria,

Jag är kvar i Malmö på torsdag. Kan vi ta mötet om ljudsättningen per telefon kl. 14 som planerat? Nå mig på 070-318 42 96.

Vänliga hälsningar
Samuel Ekman
""", "mobile number nobody gave")),
    (C, bad("phone_invented", S("no_show_followup", "Jonas Hedlund", "Elin Zetterberg", "formal", "regular",
             meeting="Hälsokontroll av katten Smulan", at="torsdag 8 mars kl. 11:00",
             props=["måndag 19 mars kl. 11:00"]),
           "Smulans hälsokontroll",
           """
Hej Jonas,

Vi såg inte till er på hälsokontrollen för Smulan torsdag 8 mars kl. 11. Vi kan erbjuda måndag 19 mars, samma tid. Ring receptionen på 08-642 19 70 om det inte passar.

Vänliga hälsningar
Elin Zetterberg
""", "reception number nobody gave")),
    (D, bad("title_or_company_invented", S("shorten", "Malin Åström", "Gustav Rydén", "formal", "regular",
             meeting="Planering av lönehanteringen för nästa år", at="måndag 30 april kl. 9:00", dur=30,
             reason="jag har en revision kl. 10"),
           "Mötet 30 april",
           """
Hej Malin,

Mötet måndag 30 april kl. 9 blir av, men bara en halvtimme eftersom jag har en revision kl. 10.

Vänliga hälsningar
Gustav Rydén
Löneansvarig, Rydén Lönepartner AB
""", "title and company invented")),
    (D, bad("name_near_miss", S("reschedule", "Josefin Sjölander", "Marcus Berggren", "formal", "regular",
             meeting="Utskrift av reservdelarna till båtmotorn", at="fredag 27 april kl. 10:00",
             props=["torsdag 3 maj kl. 10:00"], reason="materialet är slut hos leverantören"),
           "Ny tid för utskriften",
           """
Hej Josefin Sjölender,

Materialet är slut hos leverantören. Kan vi flytta utskriften av reservdelarna till torsdag 3 maj kl. 10?

Vänliga hälsningar
Marcus Berggren
""", "surname Sjölender for Sjölander")),
    (D, bad("name_near_miss", S("delegate", "Patrik Holm", "Anneli Forsman", "formal", "regular",
             meeting="Visning av båtplatsen i seglarskolan", at="onsdag 2 maj kl. 17:00",
             col="Mats Lindberg", reason="jag är på regatta"),
           "Visningen 2 maj",
           """
Hej Patrik,

Jag är på regatta onsdag 2 maj, men min kollega Mats Lindbergh visar dig båtplatsen kl. 17.

Vänliga hälsningar
Anneli Forsman
""", "colleague Lindbergh for Lindberg")),
    (D, bad("place_changed", S("decline", "Cecilia Modig", "Jakob Sten", "formal", "new",
             meeting="Visning av bröllopsgården på Tjörn", at="torsdag 26 april kl. 13:00",
             reason="gården är redan bokad"),
           "Visningen 26 april",
           """
Hej Cecilia,

Bröllopsgården på Orust är tyvärr redan bokad torsdag 26 april, så visningen kl. 13 kan inte bli av.

Vänliga hälsningar
Jakob Sten
""", "Tjörn changed to Orust")),
    (E, bad("place_changed", S("reschedule", "Helena Wikström", "Rickard Lund", "friendly", "regular",
             meeting="Seglingsträning vid Marstrand", at="fredag 8 juni kl. 9:00",
             props=["tisdag 12 juni kl. 9:00"], reason="regattan tar hela fjorden"),
           "Träningen flyttas",
           """
Hej Helena,

Regattan tar hela fjorden på fredag, så träningen vid Smögen får vänta till tisdag 12 juni kl. 9.

Hälsningar
Rickard
""", "Marstrand changed to Smögen")),
    (E, bad("foreign_paragraph", S("switch_to_call", "Simon Lagerqvist", "Moa Åberg", "formal", "regular",
             meeting="Möte om inredningen av tandläkarmottagningen i Solna", at="torsdag 14 juni kl. 11:00",
             reason="jag har brutit foten"),
           "Mötet per telefon",
           """
Hej Simon,

Jag har brutit foten och kan inte komma till mottagningen. Kan vi ta mötet om inredningen per telefon torsdag 14 juni kl. 11?

Jeg sender deg tegningene på forhånd, så vi kan gå gjennom dem sammen.

Vänliga hälsningar
Moa Åberg
""", "Norwegian paragraph in a Swedish mail")),
    (E, bad("foreign_paragraph", S("switch_to_email", "Anton Wiklund", "Clara Nordin", "formal", "regular",
             meeting="Genomgång av lönespecifikationerna", at="onsdag 13 juni kl. 14:00",
             reason="du är på tjänsteresa i Köpenhamn"),
           "Lönespecifikationerna",
           """
Hej Anton,

Eftersom du är på tjänsteresa i Köpenhamn föreslår jag att vi tar genomgången onsdag 13 juni kl. 14 per mejl.

Jeg sender dig specifikationerne i dag, så du kan svare, når det passer dig.

Vänliga hälsningar
Clara Nordin
""", "Danish paragraph in a Swedish mail")),
    (E, bad("wrong_language_neighbour", S("late_cancellation", "Maria Boström", "Kalle Enqvist", "friendly", "regular",
             meeting="Körlektion i stadstrafik genom Södermalm", at="fredag 1 juni kl. 16:00",
             props=["måndag 11 juni kl. 16:00"], pol={"notice_hours": 24}),
           "Din køretime fredag",
           """
Hej Maria,

Dit afbud kom desværre for sent. Husk at melde afbud mindst 24 timer før.

Vi kan tage timen mandag 11. juni kl. 16.

Hilsen
Kalle
""", "whole draft in Danish for a Swedish situation")),
]
