"""Swedish v2 records, written by hand by data-a (2026-12-06/07). Reference date: 2026-12-07 (a Monday)."""

from __future__ import annotations

from ._rec import S as _S, bad, ok


def S(*a, **k):
    return _S("sv", *a, **k)


RECORDS = [
# ------------------------------------------------------------------ correct
ok(S("reschedule", "Karin Lindqvist", "Erik Johansson", "formal", "key",
     meeting="Kvartalsgenomgång av bokslutet", at="tisdag 15 december kl. 10.00",
     props=["torsdag 17 december kl. 14.30", "fredag 18 december kl. 9.30"],
     reason="en oplanerad resa till en annan kund"),
   "Kvartalsgenomgången – två nya tider",
   """
Hej Karin,

På grund av en resa till en annan kund som jag inte kunnat planera för måste jag tyvärr be om att få flytta vår kvartalsgenomgång av bokslutet, som ligger tisdag 15 december kl. 10.

Skulle torsdagen den 17 december klockan 14.30 passa, eller fredag 18/12 kl. halv tio?

Ber om ursäkt för ändringen.

Vänliga hälsningar
Erik Johansson
""", "correct: 'torsdagen den 17 december klockan 14.30', '18/12 kl. halv tio' for 9.30; first name in formal Swedish mail"),

ok(S("decline", "Anders Nilsson", "Sofia Berg", "friendly", "regular",
     meeting="Nyårsmingel för nätverket i Uppsala", at="torsdag 14 januari kl. 17.30",
     reason="redan uppbokad den kvällen"),
   "Nyårsminglet 14 januari",
   """
Hej Anders!

Tack för inbjudan till nätverkets nyårsmingel i Uppsala. Torsdag 14 januari är jag tyvärr redan uppbokad på kvällen, så jag får stå över den här gången.

Skåla lite för mig också!

Hälsningar,
Sofia
"""),

ok(S("shorten", "Maria Ekström", "Johan Holm", "formal", "new",
     meeting="Juridisk genomgång av hyresavtalet", at="onsdag 20 januari kl. 11.00", dur=30),
   "Genomgången onsdag 20 januari",
   """
Hej Maria Ekström,

Tack för att du tar dig tid för genomgången av hyresavtalet onsdag 20 januari kl. 11.

För att inte ta för mycket av din tid föreslår jag att vi håller det till en halvtimme. Jag skickar mina frågor i förväg.

Med vänliga hälsningar
Johan Holm
""", "correct: full name in a formal Swedish greeting, 30 minutes as 'en halvtimme'"),

ok(S("switch_to_call", "Emma Sandberg", "Oskar Lund", "friendly", "key",
     meeting="Lunch hos er i Göteborg", at="fredag 8 januari kl. 12.30",
     props=["torsdag 7 januari kl. 16.00"], reason="tågstrejk"),
   "Vår lunch i Göteborg",
   """
Hej Emma!

Med tågstrejken som är utlyst på fredag tror jag tyvärr inte att jag tar mig till Göteborg till vår lunch halv ett.

Ska vi ta ett samtal dagen innan i stället, torsdag 7 januari kl. 16? Lunchen tar vi igen så fort tågen rullar.

Hälsningar,
Oskar
""", "correct: 12.30 as 'halv ett'"),

ok(S("switch_to_email", "Lars Eriksson", "Helena Strand", "formal", "regular",
     meeting="Genomgång av offerten", at="torsdag 14 januari kl. 15.00"),
   "Offerten – klarar vi det per mejl?",
   """
Hej Lars,

Angående vår genomgång av offerten torsdag 14 januari kl. 15.00 föreslår jag att vi tar de sista punkterna per mejl, eftersom det bara är ett fåtal kvar.

Jag skickar mina kommentarer inom kort. Om något behöver diskuteras ringer vi förstås.

Vänliga hälsningar
Helena Strand
"""),

ok(S("delegate", "Ingrid Svensson", "Mats Forsberg", "formal", "key",
     meeting="Årlig revision av kliniken", at="tisdag 2 februari kl. 9.00", col="Linnea Åberg",
     reason="en planerad operation"),
   "Revisionen 2 februari",
   """
Hej Ingrid,

Jag ska genomgå en planerad operation och kan därför inte själv genomföra den årliga revisionen av kliniken tisdagen den 2 februari kl. 9.00.

Min kollega Linnea Åberg tar över. Hon känner väl till er verksamhet och jag lämnar över allt underlag till henne.

Med vänliga hälsningar
Mats Forsberg
"""),

ok(S("no_show_followup", "Viktor Hedlund", "Elin Sjöberg", "friendly", "regular",
     meeting="Coachningssession", at="fredag 4 december kl. 18.00", props=["onsdag 9 december kl. 18.00"]),
   "Allt väl?",
   """
Hej Viktor,

Jag väntade på dig i fredags kl. 18 till vår coachningssession. Hoppas att allt är bra!

Om du vill kan vi köra på onsdag 9 december, samma tid. Säg bara till.

Hälsningar,
Elin
"""),

ok(S("late_cancellation", "Annika Wallin", "Henrik Dahl", "formal", "new",
     meeting="Fotografering i studion", at="tisdag 8 december kl. 14.00",
     props=["tisdag 15 december kl. 14.00"], pol={"notice_hours": 48, "fee_percent": 50}),
   "Din fotografering",
   """
Hej Annika,

Tack för beskedet om att du behöver avboka fotograferingen i studion i morgon, tisdag 8 december kl. 14.

Jag kan erbjuda en ny tid tisdag 15 december, samma klockslag.

Enligt våra villkor debiteras 50 % av priset vid avbokning senare än 48 timmar före bokad tid.

Vänliga hälsningar
Henrik Dahl
"""),

ok(S("cancellation_policy", "Peter Lindberg", "Camilla Nyström", "formal", "new",
     pol={"notice_hours": 24, "fee_percent": 50, "deposit_percent": 20}),
   "Våra avbokningsvillkor",
   """
Hej Peter,

Som du bad om kommer här våra villkor:

- vid bokning betalar du en handpenning på 20 %
- avbokar du senare än 24 timmar före besöket tar vi ut en avgift på 50 % av priset

Hör av dig om något är oklart.

Vänliga hälsningar
Camilla Nyström
"""),

ok(S("cancellation_policy", "Ella Björk", "Gustav Hellström", "friendly", "regular",
     meeting="Privatlektion i piano", at="lördag 9 januari kl. 10.00", pol={"notice_hours": 24}),
   "Pianolektionen på lördag",
   """
Hej Ella!

En liten påminnelse inför pianolektionen lördag 9 januari kl. 10: om du inte kan komma, hör av dig minst ett dygn innan (24 timmar), så kan jag ge tiden till någon annan.

Vi ses!
Gustav
""", "correct: 24 hours also said as 'ett dygn'"),

ok(S("reschedule", "Jonas Berglund", "Ida Lindgren", "friendly", "regular",
     meeting="Veckomöte projekt Norr", at="tisdag 12 januari kl. 9.00",
     props=["onsdag 13 januari kl. 9.00", "torsdag 14 januari kl. 11.00"]),
   "Flytta veckomötet?",
   """
Hej Jonas,

Tisdag förmiddag funkar inte för mig till veckomötet om Norr. Passar någon av de här?

- ons 13/1 kl. 9
- tors 14/1 kl. 11

Förlåt strulet!
Ida
""", "correct: abbreviated weekdays and 13/1, 14/1"),

ok(S("decline", "Birgitta Holmberg", "Fredrik Sundin", "formal", "new",
     meeting="Demo av ert HR-system", at="torsdag 21 januari kl. 10.30",
     reason="vi är bundna av ett avtal med vår nuvarande leverantör till slutet av 2027"),
   "Demon 21 januari",
   """
Hej Birgitta,

Tack för erbjudandet att visa ert HR-system torsdag 21 januari kl. 10.30.

Vi är dock bundna av ett avtal med vår nuvarande leverantör till slutet av 2027, så jag vill inte att du lägger tid på en resa i onödan. Jag sparar gärna dina kontaktuppgifter till längre fram.

Vänliga hälsningar
Fredrik Sundin
"""),

ok(S("shorten", "Mikael Engström", "Sara Nordin", "friendly", "key",
     meeting="Produktmöte", at="måndag 1 februari kl. 14.00", dur=45),
   "Produktmötet på måndag",
   """
Hej Mikael!

Kan vi klara produktmötet måndag 1 februari kl. 14 på tre kvart? Jag skickar dagordningen innan så att vi kan gå rakt på sak.

Tack!
Sara
""", "correct: 45 minutes as 'tre kvart'"),

ok(S("switch_to_call", "Cecilia Ek", "Daniel Åkesson", "formal", "regular",
     meeting="Möte på ert kontor i Malmö", at="onsdag 10 februari kl. 16.00",
     props=["onsdag 10 februari kl. 15.00"]),
   "Vårt möte 10 februari",
   """
Hej Cecilia,

Skulle det gå bra att vi tar vårt möte per telefon i stället för på ert kontor i Malmö onsdag 10 februari kl. 16? Jag kan i så fall ringa samma dag redan kl. 15.

Tack på förhand.

Vänliga hälsningar
Daniel Åkesson
"""),

ok(S("delegate", "Niklas Sundberg", "Hanna Lindström", "friendly", "regular",
     meeting="Platsbesök på bygget i Västerås", at="fredag 15 januari kl. 8.30", col="Axel Blom"),
   "Platsbesöket på fredag",
   """
Hej Niklas,

Jag kan inte vara med på platsbesöket på bygget i Västerås fredag 15 januari halv nio, men Axel Blom kommer i stället. Han är helt uppdaterad och berättar för mig efteråt hur det gick.

Trevlig helg i förväg!
Hanna
"""),

ok(S("no_show_followup", "Göran Håkansson", "Malin Ström", "formal", "key",
     meeting="Möte om förmögenhetsanalysen", at="torsdag 3 december kl. 10.00",
     props=["tisdag 15 december kl. 10.00"], pol={"notice_hours": 24, "fee_percent": 50}),
   "Förmögenhetsanalysen",
   """
Hej Göran,

I torsdags, den 3 december, väntade vi på dig kl. 10 till mötet om förmögenhetsanalysen. Jag hoppas att inget tråkigt har hänt.

Jag kan ta emot dig tisdag 15 december kl. 10. Passar det?

För ordningens skull: enligt våra villkor debiteras 50 % om ett möte inte avbokas minst 24 timmar i förväg. Med tanke på vårt långa samarbete pratar jag gärna med dig om det.

Vänliga hälsningar
Malin Ström
"""),

ok(S("late_cancellation", "Tove Karlsson", "Jesper Lind", "friendly", "regular",
     meeting="Provsmakning inför bröllopet", at="lördag 12 december kl. 15.00", reason="sjukdom i familjen",
     props=["lördag 19 december kl. 15.00", "söndag 20 december kl. 11.00"]),
   "Provsmakningen – ny tid",
   """
Hej Tove!

Inga problem med lördagen, och krya på er där hemma.

Till provsmakningen kan jag erbjuda lördag 19 december kl. 15 eller söndag 20 december kl. 11 om förmiddagen passar bättre.

Varma hälsningar
Jesper
""", "correct: 'krya på er' paraphrases the reason (illness in the family)"),

ok(S("reschedule", "Ulf Bergström", "Anna Falk", "formal", "regular",
     meeting="Förberedande möte för betygsnämnden", at="måndag 8 mars kl. 14.00",
     props=["tisdag 9 mars kl. 14.00"]),
   "Betygsnämndens möte – flytta till 9/3?",
   """
Hej Ulf,

Skulle vi kunna skjuta det förberedande mötet för betygsnämnden, måndag 8 mars kl. 14, en dag? Jag föreslår tisdag 9 mars på samma tid.

Vänliga hälsningar
Anna Falk
"""),

ok(S("switch_to_email", "Amira Hassan", "Linus Ekberg", "friendly", "new",
     meeting="Första mötet", at="onsdag 13 januari kl. 17.00", reason="mycket i kalendern just nu"),
   "Vårt första möte",
   """
Hej Amira!

Kalendern är väldigt full just nu, så i stället för vårt första möte onsdag 13 januari kl. 17 föreslår jag att vi börjar per mejl: skriv ett par rader om vad du behöver, så svarar jag ordentligt.

Hälsningar,
Linus
""", "correct: 'ett par rader' is an idiom, not a number fact"),

ok(S("decline", "Julia Forsman", "Per Sjögren", "friendly", "key",
     meeting="Kundmiddag i Stockholm", at="torsdag 17 december kl. 19.00",
     props=["torsdag 14 januari kl. 19.00"], reason="min sons julavslutning"),
   "Kundmiddagen den 17:e",
   """
Hej Julia!

Tack för inbjudan till kundmiddagen i Stockholm! Torsdag 17 december är det tyvärr min sons julavslutning, så den kvällen måste jag tacka nej.

Om ni ordnar något igen passar torsdag 14 januari kl. 19 mig jättebra.

God jul i förväg,
Per
"""),

# ------------------------------------------------------------------ flawed
bad("time_swapped", S("reschedule", "Stefan Olsson", "Maria Persson", "formal", "regular",
     meeting="Byggmöte", at="tisdag 19 januari kl. 10.00", props=["torsdag 21 januari kl. 15.00"]),
   "Flytt av byggmötet",
   """
Hej Stefan,

Tyvärr måste jag flytta vårt byggmöte torsdag 21 januari kl. 15.00.

Skulle tisdag 19 januari kl. 10.00 passa dig? Hör gärna av dig.

Vänliga hälsningar
Maria Persson
""", "meeting time and proposed time swapped"),

bad("time_swapped", S("switch_to_call", "Lena Gustafsson", "Kristoffer Wikström", "formal", "regular",
     meeting="Möte på kontoret", at="måndag 25 januari kl. 11.00", props=["måndag 25 januari kl. 16.30"]),
   "Mötet 25 januari per telefon",
   """
Hej Lena,

I stället för att ses på kontoret måndag 25 januari kl. 16.30 föreslår jag att vi tar det per telefon.

Jag kan ringa dig samma dag kl. 11.00 om det passar.

Vänliga hälsningar
Kristoffer Wikström
""", "hours swapped: meeting 11.00 given as 16.30, call offered at 11.00 instead of 16.30"),

bad("time_recap_wrong", S("reschedule", "Filip Andersson", "Moa Hansson", "friendly", "regular",
     meeting="Budgetavstämning", at="onsdag 3 februari kl. 10.30", props=["fredag 5 februari kl. 10.30"]),
   "Budgetavstämningen till fredag",
   """
Hej Filip!

Onsdag förmiddag sitter jag fast. Kan vi ta budgetavstämningen fredag 5 februari kl. 10.30 i stället?

Jag skickar en kalenderinbjudan. Vi ses på fredag kl. 15 då!

Moa
""", "recap says kl. 15; the slot is 10.30"),

bad("time_recap_wrong", S("reschedule", "Margareta Jonsson", "Tobias Öberg", "formal", "key",
     meeting="Investeringskommittén", at="måndag 15 februari kl. 9.00",
     props=["tisdag 16 februari kl. 9.00", "onsdag 17 februari kl. 14.00"]),
   "Investeringskommittén – nya tider",
   """
Hej Margareta,

Jag måste tyvärr skjuta upp investeringskommitténs möte måndag 15 februari kl. 9.00.

Jag kan föreslå tisdag 16 februari kl. 9.00 eller onsdag 17 februari kl. 14.00. Tills jag hör av dig håller jag tisdag 16 februari kl. 14.00 ledig.

Vänliga hälsningar
Tobias Öberg
""", "recap 'tisdag 16 februari kl. 14.00' mixes the two offers: not a slot offered"),

bad("weekday_wrong", S("reschedule", "Roger Nyberg", "Sanna Eklund", "formal", "regular",
     meeting="Årssamtal", at="måndag 8 mars kl. 10.00", props=["tisdag 9 mars kl. 10.00"]),
   "Flyttat till onsdag 9 mars",
   """
Hej Roger,

På grund av ett förhinder behöver jag flytta vårt årssamtal måndag 8 mars kl. 10.

Går det bra dagen efter, tisdag 9 mars, samma tid?

Vänliga hälsningar
Sanna Eklund
""", "subject says 'onsdag 9 mars'; 9 March 2027 is a Tuesday (body right)"),

bad("percent_swapped", S("cancellation_policy", "Agneta Lund", "Robert Isaksson", "formal", "new",
     pol={"notice_hours": 48, "fee_percent": 40, "deposit_percent": 10}),
   "Bokning och avbokning",
   """
Hej Agneta,

Efter vårt samtal skickar jag här våra villkor: vid bokning tar vi ut en handpenning på 40 %, och vid avbokning senare än 48 timmar före besöket debiteras 10 % av priset.

Vänliga hälsningar
Robert Isaksson
""", "deposit 40 % and fee 10 % swapped (given fee 40 %, deposit 10 %)"),

bad("policy_invented", S("late_cancellation", "Kjell Mattsson", "Jenny Axelsson", "formal", "regular",
     meeting="Sjukgymnastikbehandling", at="måndag 7 december kl. 9.00", props=["torsdag 10 december kl. 9.00"]),
   "Din behandling i morse",
   """
Hej Kjell,

Tack för din avbokning av behandlingen i morse kl. 9.

Jag kan boka in dig torsdag 10 december kl. 9.

Enligt våra villkor debiteras hälften av avgiften för sena avbokningar.

Vänliga hälsningar
Jenny Axelsson
""", "policy invented in words ('hälften av avgiften'); no policy given"),

bad("discount_invented", S("reschedule", "Thomas Lindahl", "Åsa Ryberg", "formal", "key",
     meeting="Installation av det nya ventilationssystemet", at="onsdag 13 januari kl. 14.00",
     props=["onsdag 20 januari kl. 14.00"], reason="leveransförsening; kunden vill ha kompensation"),
   "Installationen flyttas till 20 januari",
   """
Hej Thomas,

På grund av en leveransförsening kan installationen av det nya ventilationssystemet onsdag 13 januari kl. 14 inte genomföras. Jag föreslår onsdag 20 januari, samma tid.

Som kompensation får du 20 % rabatt på installationen.

Vänliga hälsningar
Åsa Ryberg
""", "20 % discount offered because the reason mentions compensation; none given"),

bad("link_invented", S("switch_to_call", "Susanne Berggren", "Martin Hedberg", "formal", "regular",
     meeting="Strategiworkshop", at="torsdag 28 januari kl. 10.00"),
   "Strategiworkshopen via Zoom",
   """
Hej Susanne,

Jag föreslår att vi håller strategiworkshopen torsdag 28 januari kl. 10 digitalt i stället för på plats.

Här är länken: https://us02web.zoom.us/j/86120447321

Vänliga hälsningar
Martin Hedberg
""", "meeting link invented"),

bad("email_invented", S("delegate", "Bengt Magnusson", "Patrik Söderberg", "formal", "key",
     meeting="Avtalssignering", at="fredag 29 januari kl. 11.00", col="Linn Holmqvist"),
   "Signeringen 29 januari",
   """
Hej Bengt,

Fredag 29 januari kl. 11 kan jag tyvärr inte närvara vid avtalssigneringen. Min kollega Linn Holmqvist tar över; hon kan ärendet in i minsta detalj.

Du kan mejla henne direkt på linn.holmqvist@gmail.com.

Vänliga hälsningar
Patrik Söderberg
""", "private e-mail address invented"),

bad("phone_invented", S("no_show_followup", "Alva Nordqvist", "Simon Fransson", "friendly", "new",
     meeting="Första tennislektionen", at="lördag 5 december kl. 9.00", props=["lördag 12 december kl. 9.00"]),
   "Din första tennislektion",
   """
Hej Alva!

I lördags kl. 9 skulle vi ha haft din första tennislektion, men jag såg dig inte. Allt väl?

Lördag 12 december samma tid går också bra. Ring mig gärna på 070-318 42 56.

Hälsningar,
Simon
""", "phone number invented"),

bad("number_invented", S("switch_to_email", "Ove Pettersson", "Louise Wiklund", "formal", "regular",
     meeting="Genomgång av renoveringsofferten", at="tisdag 26 januari kl. 18.00"),
   "Din renoveringsoffert",
   """
Hej Ove,

När det gäller genomgången av renoveringsofferten tisdag 26 januari kl. 18 föreslår jag att vi gör klart de sista punkterna per mejl.

Offerten landar på 28 500 kr exkl. moms; specifikationen skickar jag separat.

Vänliga hälsningar
Louise Wiklund
""", "price '28 500 kr exkl. moms' invented"),

bad("title_or_company_invented", S("decline", "Eva Lundqvist", "Jonas Hellberg", "formal", "new",
     meeting="Produktdemonstration", at="onsdag 27 januari kl. 15.00"),
   "Produktdemonstrationen 27 januari",
   """
Hej Eva,

Tack för inbjudan till produktdemonstrationen onsdag 27 januari kl. 15. Just nu går vi inte vidare med det.

Vänliga hälsningar

Jonas Hellberg
Försäljningschef
Nordtech AB
""", "job title and company invented"),

bad("name_near_miss", S("shorten", "Katrin Sjödin", "Albin Rask", "formal", "regular",
     meeting="Uppstartsmöte", at="torsdag 11 februari kl. 9.00", dur=30),
   "Uppstartsmötet 11 februari",
   """
Hej Karin,

Inför uppstartsmötet torsdag 11 februari kl. 9 föreslår jag att vi håller det till 30 minuter; det mesta är redan avstämt skriftligt.

Vänliga hälsningar
Albin Rask
""", "greeting 'Karin' for Katrin (letter dropped: another name)"),

bad("name_near_miss", S("reschedule", "Mathias Holmgren", "Rebecka Svärd", "friendly", "regular",
     meeting="Månadsuppföljning", at="måndag 22 februari kl. 10.00", props=["tisdag 23 februari kl. 10.00"]),
   "Uppföljningen till tisdag",
   """
Hej Matias!

Jag behöver flytta månadsuppföljningen på måndag kl. 10. Funkar tisdag 23 februari samma tid?

Tack!
Rebecka
""", "greeting 'Matias' for Mathias (letter dropped)"),

bad("place_changed", S("decline", "Leif Carlsson", "Emelie Borg", "formal", "regular",
     meeting="Besök på mässan i Göteborg", at="tisdag 2 mars kl. 8.30"),
   "Mässbesöket 2 mars",
   """
Hej Leif,

Stort tack för inbjudan till besöket på mässan i Malmö tisdag 2 mars kl. 8.30. Tyvärr har jag inte möjlighet att komma.

Jag hoppas att vi ses vid ett annat tillfälle.

Vänliga hälsningar
Emelie Borg
""", "place changed: Göteborg became Malmö"),

bad("foreign_paragraph", S("reschedule", "Mette Sørensen", "Hugo Wallgren", "formal", "regular",
     meeting="Partnermöte", at="onsdag 24 februari kl. 11.00", props=["fredag 26 februari kl. 11.00"]),
   "Partnermötet flyttas till 26 februari",
   """
Hej Mette,

Jag måste tyvärr skjuta upp partnermötet onsdag 24 februari kl. 11. Jag föreslår fredag 26 februari kl. 11 i stället.

Jeg vil være glad, hvis du kort kan bekræfte, om tidspunktet passer dig. Du er naturligvis velkommen til at kontakte mig, hvis du har spørgsmål.

Vänliga hälsningar
Hugo Wallgren
""", "third paragraph in Danish"),

bad("wrong_language_neighbour", S("switch_to_email", "Kristina Ahlberg", "Joakim Strömberg", "formal", "regular",
     meeting="Budgetgenomgång", at="torsdag 4 mars kl. 15.00"),
   "Budsjettgjennomgangen",
   """
Hei Kristina,

I stedet for møtet vårt om budsjettet torsdag 4. mars kl. 15.00 foreslår jeg at vi tar de gjenstående punktene på e-post.

Jeg sender deg kommentarene mine i løpet av de nærmeste dagene.

Med vennlig hilsen
Joakim Strömberg
""", "whole mail in Norwegian (Bokmål) for a Swedish situation"),

bad("wrong_language_neighbour", S("reschedule", "Oliver Westin", "Maja Eriksson", "friendly", "regular",
     meeting="Uppföljningsmöte", at="måndag 1 mars kl. 14.00", props=["onsdag 3 mars kl. 14.00"]),
   "Vores opfølgningsmøde",
   """
Hej Oliver,

Jeg bliver desværre nødt til at flytte vores opfølgningsmøde mandag den 1. marts kl. 14.00. Passer onsdag den 3. marts kl. 14.00 dig?

Venlig hilsen
Maja
""", "whole mail in Danish for a Swedish situation"),

bad("duration_wrong", S("shorten", "Alexander Nord", "Klara Wester", "friendly", "regular",
     meeting="Avstämningsmöte", at="fredag 12 februari kl. 16.00", dur=20),
   "Kort avstämning på fredag",
   """
Hej Alexander!

Kan vi hålla avstämningsmötet på fredag kl. 16 kort? En halvtimme borde räcka, jag skickar siffrorna innan.

Hälsningar,
Klara
""", "says half an hour; the length given is 20 minutes"),
]
