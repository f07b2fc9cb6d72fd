"""v16, Swedish: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v16src._d import A, B, C, D, E


def S(*a, **k):
    return _S("sv", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Ingegerd Sjöholm", "Mattias Runeberg", "formal", "regular",
             meeting="Genomgång av restaureringen av kyrkböckerna", at="torsdag 17 januari kl. 13:30",
             props=["tisdag 22 januari kl. 13:30", "fredag 25 januari kl. 9:00"],
             reason="limmet i ryggarna har inte härdat som det ska"),
           "Kyrkböckerna: ny tid",
           """
Hej Ingegerd Sjöholm,

Limmet i ryggarna har inte härdat som det ska, så jag vill skjuta på genomgången av kyrkböckerna från torsdag kl. halv två.

Skulle tisdag 22 januari, samma tid, passa? Annars går fredag den 25:e kl. nio bra.

Med vänliga hälsningar
Mattias Runeberg
""", "correct: full name in greeting, 'halv två' for 13:30, 'fredag den 25:e kl. nio'")),
    (A, ok(S("decline", "Viggo Hallström", "Tindra Akrell", "friendly", "key",
             meeting="Uggleshow på förskolan Trollsländan", at="fredag 18 januari kl. 10:00",
             reason="berguven har fått en ögoninfektion"),
           "Uggleshowen på fredag",
           """
Hej Viggo!

Tråkiga nyheter: berguven har fått en ögoninfektion och måste vila, så uggleshowen på Trollsländan på fredag blir inte av. Jag hör av mig när hon är frisk igen.

Kram,
Tindra
""", "correct: first name only, place from the meeting name, weekday only")),
    (A, ok(S("cancellation_policy", "Margareta Öhrvall-Lind", "Jonatan Ulvhammar", "formal", "new",
             pol={"notice_hours": 24, "fee_percent": 50}),
           "Våra avbokningsregler",
           """
Hej Margareta,

Tack för din bokning av cykelservice hos oss. Du kan avboka kostnadsfritt fram till ett dygn innan (24 timmar). Avbokar du senare debiterar vi hälften av priset (50 %).

Vänliga hälsningar
Jonatan Ulvhammar
""", "correct: 'ett dygn (24 timmar)', 'hälften (50 %)', first name in formal Swedish mail")),
    (A, ok(S("no_show_followup", "Alvar Strömberg", "Majken Fors", "friendly", "regular",
             meeting="Drejkurs för nybörjare, pass 2", at="måndag 14 januari kl. 18:00",
             props=["torsdag 17 januari kl. 18:00"]),
           "Drejkursen i går",
           """
Hej Alvar,

Vi saknade dig på drejkursen i går kväll, hoppas allt är bra!

Vill du ta igen passet kan du komma på torsdag, samma tid (kl. 18). Hör av dig!

Majken
""", "correct: 'i går kväll', 'samma tid (kl. 18)', the '2' of the meeting name not repeated")),
    (B, ok(S("shorten", "Rutger Edholm", "Sofia Brattström", "formal", "key",
             meeting="Genomgång av offerten för solcellsparken i Tierp", at="tisdag 19 februari kl. 10:00", dur=45,
             reason="kommunens tjänsteman kan bara stanna till elva"),
           "Kortare genomgång på tisdag",
           """
Hej Rutger,

Kommunens tjänsteman kan bara stanna till elva, så jag föreslår att vi håller genomgången av offerten för solcellsparken i Tierp på tre kvart. Vi börjar som planerat kl. 10.

Med vänliga hälsningar
Sofia Brattström
""", "correct: 45 minutes as 'tre kvart', 'till elva' from the reason, 'kl. 10'")),
    (B, ok(S("switch_to_call", "Ella Nyqvist", "Kasper Forsell", "friendly", "regular",
             meeting="Skissmöte för tatueringen på vaden", at="måndag 18 februari kl. 15:15",
             reason="studion är stängd för vattenskada"),
           "Skissmöte per telefon?",
           """
Hej Ella!

Studion är stängd på grund av en vattenskada. Kan vi ta skissmötet per telefon på måndag, kvart över tre? Jag mejlar skisserna innan.

Hälsningar
Kasper
""", "correct: 'kvart över tre' for 15:15, reason reworded")),
    (B, ok(S("delegate", "Gösta Wennerholm", "Annika Tällberg", "formal", "regular",
             meeting="Brandskyddskontroll av pannrummet", at="torsdag 21 februari kl. 8:00",
             col="Ebba Nordfeldt", reason="jag ska opereras i knät"),
           "Brandskyddskontrollen på torsdag",
           """
Hej Gösta Wennerholm,

Jag ska opereras i knät och kan därför inte komma på torsdag. Min kollega Ebba Nordfeldt gör brandskyddskontrollen av pannrummet i stället, kl. åtta som planerat.

Vänliga hälsningar
Annika Tällberg
""", "correct: 'kl. åtta' in words, colleague in full")),
    (B, ok(S("late_cancellation", "Lennart Brodin", "Agnes Lövgren", "formal", "new",
             meeting="Ljudmätning i konferenslokalen", at="tisdag 12 februari kl. 9:00",
             props=["onsdag 20 februari kl. 9:00"], pol={"notice_hours": 48, "fee_percent": 25}),
           "Ny tid för ljudmätningen",
           """
Hej Lennart,

Tack för beskedet om att ljudmätningen i går fick ställas in. Vi kan göra den onsdag 20 februari, också kl. 9.

Enligt våra villkor debiterar vi 25 % av kostnaden vid avbokning senare än 48 timmar före, och det gäller tyvärr även denna gång.

Vänliga hälsningar
Agnes Lövgren
""", "correct: 'i går' for the meeting, given fee and notice, 'kl. 9'")),
    (C, ok(S("reschedule", "Jonna Ekblad", "Pontus Hedlund", "friendly", "key",
             meeting="Provbryggning av påskölet", at="torsdag 21 mars kl. 12:00",
             props=["måndag 25 mars kl. 12:00", "onsdag 27 mars kl. 16:30"],
             reason="humlen har fastnat i tullen"),
           "Provbryggningen flyttas",
           """
Tjena Jonna!

Humlen har fastnat i tullen, så vi får flytta provbryggningen av påskölet från torsdag lunch.

Funkar måndag 25/3 samma tid, eller onsdag 27/3 kl. halv fem?

Pontus
""", "correct: 'torsdag lunch' for 12:00, '25/3', '27/3', 'halv fem' for 16:30")),
    (C, ok(S("switch_to_email", "Birgitta Sandahl", "Oliver Wikström", "formal", "regular",
             meeting="Uppföljning av hörapparatens inställning", at="onsdag 20 mars kl. 14:00",
             reason="mätvärdena från förra veckan ser bra ut"),
           "Uppföljningen sker per mejl",
           """
Hej Birgitta,

Mätvärdena från förra veckan ser bra ut, så vi behöver inte ses i morgon kl. 14. Jag skickar en sammanfattning av inställningarna per mejl i stället, och du är förstås välkommen att höra av dig om något känns fel.

Vänliga hälsningar
Oliver Wikström
""", "correct: 'i morgon kl. 14' for Wednesday, 'förra veckan' from the reason")),
    (C, ok(S("decline", "Kjell-Åke Persson", "Melvin Ahlqvist", "formal", "new",
             meeting="Byte av lås i bostadsrättsföreningen Kvarnen 4", at="tisdag 26 mars kl. 8:30",
             reason="vi saknar behörighet för den låsserien"),
           "Låsbytet i Kvarnen",
           """
Hej Kjell-Åke,

Tack för förfrågan. Vi saknar tyvärr behörighet för den låsserien ni har i föreningen, så jag måste tacka nej till låsbytet på tisdag. Jag rekommenderar att ni vänder er till tillverkarens auktoriserade låssmeder.

Med vänliga hälsningar
Melvin Ahlqvist
""", "correct: hyphenated first name, the '4' of the meeting name not repeated")),
    (C, ok(S("cancellation_policy", "Wilma Rosenqvist", "Elias Granström", "friendly", "regular",
             meeting="Falkeneringskurs för familjer", at="lördag 23 mars kl. 11:00",
             pol={"notice_hours": 72, "deposit_percent": 30}),
           "Inför falkeneringskursen",
           """
Hej Wilma!

En påminnelse inför kursen på lördag kl. elva: anmälningsavgiften är en handpenning på 30 %, och du kan avboka utan kostnad fram till tre dygn innan (72 timmar).

Vi ses!
Elias
""", "correct: 'tre dygn innan (72 timmar)', 'kl. elva', given deposit")),
    (D, ok(S("reschedule", "Torbjörn Lindelöf", "Hanna Östling", "formal", "regular",
             meeting="Installation av batterilagret", at="torsdag 25 april kl. 7:30",
             props=["måndag 29 april kl. 7:30", "torsdag 2 maj kl. 12:30"], reason="kranbilen är uppbokad"),
           "Installationen av batterilagret",
           """
Hej Torbjörn,

Kranbilen är tyvärr uppbokad i morgon, så installationen kl. halv åtta måste flyttas.

Går det bra med måndag den 29 april, samma tid, eller torsdagen den 2 maj kl. halv ett?

Vänliga hälsningar
Hanna Östling
""", "correct: 'halv åtta', 'halv ett' for 12:30, 'torsdagen den 2 maj', 'i morgon'")),
    (D, ok(S("no_show_followup", "Eskil Bohman", "Louise Törnqvist", "formal", "new",
             meeting="Överlämning av de inbundna avhandlingarna", at="tisdag 23 april kl. 15:00",
             props=["fredag 26 april kl. 15:00"]),
           "Dina inbundna avhandlingar",
           """
Hej Eskil,

Vi hade räknat med att lämna över de inbundna avhandlingarna i går eftermiddag kl. tre, men du kom inte. Hoppas allt är som det ska.

De ligger kvar hos oss. Passar fredag 26 april vid samma tid?

Vänliga hälsningar
Louise Törnqvist
""", "correct: 'i går eftermiddag kl. tre', 'vid samma tid'")),
    (D, ok(S("shorten", "Nora Blomgren", "Axel Dufva", "friendly", "regular",
             meeting="Glaseringskväll med bokcirkeln", at="måndag 29 april kl. 18:00", dur=90),
           "Glaseringskvällen på måndag",
           """
Hej Nora!

Vi kör glaseringskvällen på måndag kl. 18 som planerat, men kan vi hålla den till en och en halv timme? Jag behöver stänga ugnen i tid.

Hälsningar
Axel
""", "correct: 90 minutes as 'en och en halv timme'")),
    (D, ok(S("delegate", "Saga Lindahl", "Gustav Rehn", "friendly", "key",
             meeting="Cykelservice för hela familjens cyklar", at="tisdag 30 april kl. 17:00",
             col="Hampus Ekdahl", reason="jag är på mässa i Köpenhamn"),
           "Cykelservicen på tisdag",
           """
Hej Saga!

Jag är på mässa i Köpenhamn, så Hampus Ekdahl tar hand om era cyklar på tisdag kl. fem. Han vet exakt vad som ska göras.

Kram,
Gustav
""", "correct: 'kl. fem' for 17:00, colleague in full")),
    (E, ok(S("switch_to_email", "Ragnhild Forsén", "Simon Åkerlund", "formal", "new",
             meeting="Genomgång av sotningsprotokollet", at="fredag 7 juni kl. 10:00"),
           "Sotningsprotokollet per mejl",
           """
Hej Ragnhild,

Jag föreslår att vi tar genomgången av sotningsprotokollet per mejl i stället för att ses på fredag. Jag skickar protokollet med mina kommentarer, så kan du ställa dina frågor i lugn och ro.

Vänliga hälsningar
Simon Åkerlund
""", "correct: short, no time repeated")),
    (E, ok(S("decline", "Hjalmar Rydén", "Cecilia Brandt", "formal", "key",
             meeting="Akustikmätning i Stora salen på Folkets hus", at="onsdag 12 juni kl. 19:00",
             reason="mätmikrofonerna är på kalibrering i Tyskland"),
           "Akustikmätningen i Stora salen",
           """
Hej Hjalmar,

Våra mätmikrofoner är på kalibrering i Tyskland, så jag måste tyvärr ställa in akustikmätningen i Stora salen på onsdag kl. sju på kvällen. Jag återkommer så snart de är tillbaka.

Med vänliga hälsningar
Cecilia Brandt
""", "correct: 'kl. sju på kvällen' for 19:00, 'Tyskland' from the reason")),
    (E, ok(S("switch_to_call", "Arvid Lundholm", "Tova Berglöf", "formal", "regular",
             meeting="Planering av ölprovningen för personalfesten", at="tisdag 11 juni kl. 13:00"),
           "Planeringen per telefon",
           """
Hej Arvid,

Skulle det gå bra att ta planeringen av ölprovningen per telefon på tisdag kl. 13? Jag ringer dig.

Vänliga hälsningar
Tova Berglöf
""", "correct: three lines, 'kl. 13'")),
    (E, ok(S("late_cancellation", "Moa Ljungberg", "Dennis Carlstedt", "friendly", "regular",
             meeting="Uppfräschning av den gamla tatueringen", at="måndag 3 juni kl. 11:00",
             props=["torsdag 13 juni kl. 11:00"], pol={"notice_hours": 24, "fee_percent": 100}),
           "Ny tid för uppfräschningen",
           """
Hej Moa!

Inga problem med i går. Vi kan ta uppfräschningen torsdag 13 juni, samma tid som sist (kl. 11).

Kom bara ihåg att vid avbokning senare än 24 timmar innan tar vi betalt för hela passet (100 %).

Hälsningar
Dennis
""", "correct: 'i går', 'samma tid som sist', 'hela passet (100 %)'")),
    # ------------------------------------------------------------------ flawed
    (A, bad("wrong_language_neighbour", S("reschedule", "Sigrid Holmqvist", "Ludvig Sandström", "formal", "regular",
             meeting="Sotning av vedspisen i fritidshuset", at="torsdag 17 januari kl. 10:00",
             props=["tisdag 22 januari kl. 10:00"], reason="vägen dit är inte plogad"),
           "Ny tid for feiingen",
           """
Hei Sigrid,

Veien til fritidshuset er ikke brøytet ennå, så vi må dessverre flytte feiingen av vedkomfyren fra torsdag. Vi foreslår tirsdag 22. januar kl. 10.

Med vennlig hilsen
Ludvig Sandström
""", "whole mail in Norwegian for a Swedish situation")),
    (A, bad("time_recap_wrong", S("switch_to_call", "Märta Jonsson-Klint", "Theo Almgren", "formal", "regular",
             meeting="Genomgång av ljudisoleringen i musikskolan", at="fredag 18 januari kl. 13:00",
             props=["fredag 18 januari kl. 14:00"]),
           "Genomgången per telefon",
           """
Hej Märta,

Kan vi ta genomgången av ljudisoleringen per telefon i stället? Jag föreslår fredag 18 januari kl. 14.

Så hörs vi på fredag kl. 13!

Vänliga hälsningar
Theo Almgren
""", "closing recap 'kl. 13' (the old slot) for the offered 14")),
    (A, bad("email_invented", S("decline", "Yngve Sörensen", "Freja Malmsten", "formal", "new",
             meeting="Bokbinderikurs för föreningen", at="tisdag 22 januari kl. 18:00",
             reason="kursledaren har blivit sjuk"),
           "Bokbinderikursen",
           """
Hej Yngve,

Vår kursledare har blivit sjuk, så vi måste ställa in bokbinderikursen på tisdag. Vill du boka en ny kurs senare kan du mejla mig direkt på freja.malmsten73@hotmail.com.

Vänliga hälsningar
Freja Malmsten
""", "a private e-mail address nobody gave")),
    (A, bad("duration_wrong", S("shorten", "Hilding Abrahamsson", "Ronja Westin", "friendly", "regular",
             meeting="Provdrejning på ateljén", at="onsdag 16 januari kl. 17:00", dur=60),
           "Provdrejningen i morgon",
           """
Hej Hilding!

I morgon blir det lite trångt: vi kör provdrejningen kl. 17, men håller den till en halvtimme. Okej?

Ronja
""", "duration: 'en halvtimme' for the given 60 minutes")),
    (B, bad("policy_invented", S("late_cancellation", "Elsa Nordenskjöld", "Petter Hammarlund", "formal", "new",
             meeting="Besiktning av solcellsanläggningen", at="måndag 11 februari kl. 9:00",
             props=["fredag 22 februari kl. 9:00"]),
           "Ny besiktningstid",
           """
Hej Elsa,

Tack för ditt besked om att besiktningen i måndags behövde ställas in. Vi kan komma fredag 22 februari kl. 9.

Observera att vi enligt våra allmänna villkor tar ut en avgift för avbokningar samma dag.

Vänliga hälsningar
Petter Hammarlund
""", "a same-day cancellation fee 'enligt våra allmänna villkor' when no policy was given")),
    (B, bad("colleague_wrong", S("delegate", "Ingrid Westerlund", "Felix Sundqvist", "formal", "regular",
             meeting="Leverans av de nya hörapparaterna", at="torsdag 14 februari kl. 10:30",
             col="Karin Ljunggren", reason="jag är hemma med sjukt barn"),
           "Leveransen i morgon",
           """
Hej Ingrid,

Jag är hemma med sjukt barn i morgon. Min kollega Karin Ljungberg lämnar ut dina nya hörapparater kl. halv elva i stället.

Vänliga hälsningar
Felix Sundqvist
""", "colleague: 'Ljungberg' for Ljunggren")),
    (B, bad("place_changed", S("reschedule", "Bengt Alsterlind", "Linn Carlberg", "formal", "key",
             meeting="Rovfågelsvisning på Gripsholms slott", at="lördag 16 februari kl. 13:00",
             props=["lördag 23 februari kl. 13:00"], reason="stormvarning för hela Mälardalen"),
           "Rovfågelsvisningen flyttas",
           """
Hej Bengt,

Det är stormvarning för hela Mälardalen, så vi föreslår att rovfågelsvisningen på Skoklosters slott flyttas till lördag 23 februari kl. 13.

Med vänliga hälsningar
Linn Carlberg
""", "place: 'Skoklosters slott' for Gripsholms slott")),
    (B, bad("number_invented", S("switch_to_email", "Åsa Frid", "Robin Enqvist", "formal", "regular",
             meeting="Offert på bryggning av eget öl till bröllopet", at="onsdag 20 februari kl. 16:00",
             reason="hon undrar hur mycket öl som behövs"),
           "Offerten per mejl",
           """
Hej Åsa,

Vi kan sköta offerten per mejl i stället för att ses på onsdag. Till din fråga: räkna med ungefär tre flaskor per gäst, så brukar det räcka.

Vänliga hälsningar
Robin Enqvist
""", "a quantity ('tre flaskor per gäst') nobody gave, prompted by the reason")),
    (C, bad("percent_swapped", S("no_show_followup", "Rasmus Tidholm", "Matilda Skog", "formal", "new",
             meeting="Första sittningen för tatueringen på armen", at="torsdag 14 mars kl. 12:00",
             props=["onsdag 27 mars kl. 12:00"], pol={"fee_percent": 60, "deposit_percent": 25}),
           "Din sittning i torsdags",
           """
Hej Rasmus,

Vi saknade dig i torsdags. Vill du boka om kan vi erbjuda onsdag 27 mars kl. 12.

Din handpenning var 60 %, och vid uteblivet besök debiterar vi 25 % av sittningen.

Vänliga hälsningar
Matilda Skog
""", "deposit and fee swapped (deposit 25 %, fee 60 % given)")),
    (C, bad("wrong_language_neighbour", S("switch_to_call", "Gunhild Österberg", "Anton Ridderstad", "formal", "regular",
             meeting="Genomgång av låssystemet för kontoret", at="fredag 22 mars kl. 14:00"),
           "Genomgang af låsesystemet",
           """
Hej Gunhild,

Kunne vi tage gennemgangen af låsesystemet over telefonen i stedet? Jeg ringer til dig fredag den 22. marts kl. 14.

Med venlig hilsen
Anton Ridderstad
""", "whole mail in Danish for a Swedish situation")),
    (C, bad("link_invented", S("reschedule", "Tyra Hellgren", "Vilhelm Björklund", "friendly", "regular",
             meeting="Kvällskurs i raku", at="onsdag 20 mars kl. 18:00",
             props=["onsdag 27 mars kl. 18:00"], reason="hon vill kunna boka om själv nästa gång"),
           "Rakukursen flyttas",
           """
Hej Tyra!

Vi flyttar rakukursen till onsdag 27 mars kl. 18. Nästa gång kan du boka om själv här: https://boka.bjorklundkeramik.se/raku

Vilhelm
""", "a booking link nobody gave, prompted by the reason")),
    (C, bad("weekday_wrong", S("late_cancellation", "Östen Granberg", "Clara Widén", "formal", "regular",
             meeting="Sotning och imkanalrengöring i restaurangen", at="fredag 15 mars kl. 7:00",
             props=["tisdag 26 mars kl. 7:00"], pol={"notice_hours": 24, "fee_percent": 20}),
           "Ny tid för sotningen",
           """
Hej Östen,

Vi har tagit emot avbokningen av sotningen i fredags. Ny tid blir onsdag 26 mars kl. 7. Eftersom avbokningen kom senare än 24 timmar innan debiteras 20 % av kostnaden.

Vänliga hälsningar
Clara Widén
""", "body: 'onsdag 26 mars' for tisdag 26 mars")),
    (D, bad("duration_wrong", S("shorten", "Karl-Erik Waldén", "Ida Nyberg", "formal", "key",
             meeting="Styrgruppsmöte om bullerskyddet längs E4", at="måndag 29 april kl. 13:00", dur=30),
           "Kortare styrgruppsmöte",
           """
Hej Karl-Erik,

Jag föreslår att vi kortar ned styrgruppsmötet om bullerskyddet på måndag kl. 13 till tre kvart, så hinner vi ändå gå igenom mätpunkterna.

Vänliga hälsningar
Ida Nyberg
""", "duration: 'tre kvart' for the given 30 minutes")),
    (D, bad("name_near_miss", S("switch_to_email", "Solveig Carlsund", "Per Adolfsson", "formal", "new",
             meeting="Inbindning av släktkrönikan", at="fredag 26 april kl. 10:00"),
           "Släktkrönikan",
           """
Hej Solveig Karlsund,

Jag tror vi kan klara frågorna om inbindningen av släktkrönikan per mejl i stället för på fredag. Skicka gärna bilder på texten så återkommer jag.

Vänliga hälsningar
Per Adolfsson
""", "greeting: 'Karlsund' for Carlsund")),
    (D, bad("title_or_company_invented", S("decline", "Annelie Fagerström", "Jesper Lindbom", "formal", "regular",
             meeting="Cykelverkstad för skolans elevråd", at="torsdag 2 maj kl. 14:00",
             reason="verkstaden är full av vårservicer"),
           "Cykelverkstaden den 2 maj",
           """
Hej Annelie,

Verkstaden är full av vårservicer, så jag måste tyvärr tacka nej till cykelverkstaden med elevrådet den 2 maj.

Vänliga hälsningar
Jesper Lindbom
Verkstadschef, Cykelfixarna i Sundbyberg AB
""", "signature: job title and company nobody gave")),
    (D, bad("foreign_paragraph", S("no_show_followup", "Lovisa Hedin", "Emil Stenberg", "friendly", "regular",
             meeting="Hämtning av bryggsatsen", at="tisdag 23 april kl. 17:00",
             props=["fredag 26 april kl. 17:00"]),
           "Din bryggsats",
           """
Hej Lovisa!

Vi såg inte till dig i går när du skulle hämta bryggsatsen. Kan du komma på fredag kl. 17 i stället?

Just let me know if Friday doesn't work and we'll figure something out.

Emil
""", "third paragraph in English inside a Swedish mail")),
    (E, bad("colleague_wrong", S("delegate", "Helga Forsberg", "Samuel Lind", "formal", "new",
             meeting="Uppstartsmöte om akustikplattor i matsalen", at="onsdag 12 juni kl. 9:00",
             col="Jenny Ackerman", reason="jag är föräldraledig"),
           "Uppstartsmötet på onsdag",
           """
Hej Helga,

Jag är föräldraledig från nästa vecka, så min kollega Jennie Åkerman håller i uppstartsmötet om akustikplattorna på onsdag kl. 9.

Vänliga hälsningar
Samuel Lind
""", "colleague: 'Jennie Åkerman' for Jenny Ackerman")),
    (E, bad("time_swapped", S("reschedule", "Ove Bergqvist", "Nellie Sjöstrand", "formal", "regular",
             meeting="Byte av cylinder i porten", at="torsdag 13 juni kl. 8:00",
             props=["fredag 7 juni kl. 8:00"], reason="en annan kund ställde in och vi kan komma tidigare"),
           "Cylinderbytet",
           """
Hej Ove,

En annan kund har ställt in, så vi skulle kunna byta cylindern i porten tidigare än planerat. I stället för fredag 7 juni kl. 8 kan vi komma torsdag 13 juni kl. 8.

Vänliga hälsningar
Nellie Sjöstrand
""", "roles swapped: the proposed earlier slot presented as the old one and the old slot as the new one")),
    (E, bad("phone_invented", S("switch_to_call", "Signe Rosén", "Leo Wallin", "friendly", "regular",
             meeting="Prata igenom falkeneriutbildningen", at="tisdag 11 juni kl. 16:00"),
           "Vi tar det per telefon",
           """
Hej Signe!

Vi tar snacket om falkeneriutbildningen per telefon på tisdag kl. 16. Ring mig på 070-318 42 95.

Leo
""", "a mobile number nobody gave")),
    (E, bad("discount_invented", S("late_cancellation", "Edvin Sjöberg", "Julia Hägglund", "formal", "regular",
             meeting="Hörseltest för personalen", at="fredag 31 maj kl. 9:00",
             props=["fredag 14 juni kl. 9:00"], pol={"notice_hours": 48, "fee_percent": 30},
             reason="han ber om en rabatt eftersom det var en krissituation"),
           "Ny tid för hörseltestet",
           """
Hej Edvin,

Vi har förståelse för att det var en krissituation i fredags. Nytt datum för hörseltestet blir fredag 14 juni kl. 9.

Enligt villkoren debiteras 30 % vid avbokning senare än 48 timmar innan, men vi ger er en rabatt på halva den avgiften den här gången.

Vänliga hälsningar
Julia Hägglund
""", "a rebate ('halva den avgiften') licensed only by the reason asking for one")),
]
