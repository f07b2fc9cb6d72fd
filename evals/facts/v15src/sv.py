"""v15, Swedish: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v15src._d import A, B, C, D, E


def S(*a, **k):
    return _S("sv", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Gunvor Almqvist", "Henrik Stålhammar", "formal", "regular",
             meeting="Flytt av bikuporna till ljungheden vid Tyresta", at="torsdag 19 juli kl. 9:30",
             props=["tisdag 24 juli kl. 9:30", "onsdag 25 juli kl. 14:30"],
             reason="det väntas åska hela torsdagen"),
           "Flytten av bikuporna: nya tider",
           """
Hej Gunvor,

Det väntas åska hela torsdagen, och då är det ingen bra idé att flytta kuporna. Jag skulle vilja skjuta på flytten från torsdag kl. halv tio.

Passar något av detta?
– tisdag 24/7, samma tid
– onsdag 25 juli kl. 14.30

Vänliga hälsningar
Henrik Stålhammar
""", "correct: 'halv tio' for 9:30, '24/7', '14.30', reason reworded")),
    (A, ok(S("decline", "Linnea Bergsten", "Oskar Grönvik", "friendly", "key",
             meeting="Testkväll för det nya rummet Gruvan", at="fredag 20 juli kl. 19:00",
             reason="låsen vi beställde i måndags har inte kommit"),
           "Testkvällen på fredag",
           """
Hej Linnea!

Tråkigt, men testkvällen på fredag blir inte av: låsen vi beställde i måndags har fortfarande inte kommit, och utan dem är Gruvan bara ett mörkt rum.

Jag hör av mig så fort de är här!

Oskar
""", "correct: weekday 'i måndags' inside the retold reason, no time repeated")),
    (A, ok(S("shorten", "Agneta Forsgren", "Mikael Hedlund", "formal", "new",
             meeting="Första konsultationen om tandställning för Wilma", at="måndag 23 juli kl. 11:00", dur=30,
             reason="jag täcker upp för en kollega på semester den förmiddagen"),
           "Wilmas konsultation måndag 23 juli",
           """
Hej Agneta Forsgren,

Jag bekräftar Wilmas första konsultation måndag 23 juli kl. 11. Eftersom jag täcker upp för en kollega som har semester den förmiddagen behöver jag dock begränsa den till en halvtimme.

Det räcker gott för en första bedömning.

Med vänliga hälsningar
Mikael Hedlund
""", "correct: full name in the greeting, 'en halvtimme' for 30, 'kl. 11'")),
    (A, ok(S("late_cancellation", "Sixten Lagerqvist", "Ebba Rosenlund", "formal", "regular",
             meeting="Privatlektion i yin yoga på Solbacka retreat", at="måndag 16 juli kl. 7:00",
             props=["måndag 23 juli kl. 7:00"], pol={"notice_hours": 24, "fee_percent": 50}),
           "Gårdagens lektion",
           """
Hej Sixten,

Tack för att du hörde av dig om gårdagens morgonlektion. Eftersom avbokningen kom mindre än ett dygn (24 timmar) före tar vi enligt våra villkor ut hälften av lektionsavgiften (50 %).

Du är välkommen igen nästa måndag, den 23:e, kl. sju.

Varma hälsningar
Ebba Rosenlund
""", "correct: 'ett dygn (24 timmar)', 'hälften (50 %)', 'den 23:e', 'kl. sju'")),
    (B, ok(S("switch_to_call", "Birgitta Sandell", "Jonas Tallroth", "formal", "key",
             meeting="Genomgång av hållfasthetsberäkningen för ladan i Vallentuna", at="torsdag 23 augusti kl. 10:00",
             reason="provresultaten från laboratoriet har inte kommit"),
           "Torsdag per telefon?",
           """
Hej Birgitta,

Provresultaten från laboratoriet har ännu inte kommit, så ett besök vid ladan på torsdag skulle inte ge så mycket. Kan vi gå igenom beräkningen per telefon i stället, kl. 10 som planerat?

Vänliga hälsningar
Jonas Tallroth
""", "correct: 'kl. 10 som planerat', reason reworded")),
    (B, ok(S("switch_to_email", "Alvar Nygren", "Tove Lindroth", "friendly", "regular",
             meeting="Avstämning om elevdatorerna i årskurs 4", at="måndag 27 augusti kl. 15:30",
             reason="jag åker mellan tre skolor den eftermiddagen"),
           "Elevdatorerna – via mejl?",
           """
Hej Alvar!

På måndag eftermiddag åker jag runt mellan tre skolor, så i stället för vår avstämning halv fyra – kan vi ta det via mejl?

Skicka hur läget är och vad som krånglar, så svarar jag på kvällen.

Hälsningar
Tove
""", "correct: 'halv fyra' for 15:30, 'årskurs 4' in the meeting name not repeated")),
    (B, ok(S("no_show_followup", "Ylva Magnusson", "Petter Grahn", "friendly", "new",
             meeting="Provsmakning av höstens grönsakslåda", at="måndag 20 augusti kl. 18:00",
             props=["onsdag 29 augusti kl. 18:00", "fredag 31 augusti kl. 12:30"]),
           "Vi saknade dig i går",
           """
Hej Ylva!

I går kväll hade vi en plats reserverad åt dig på provsmakningen av höstlådan, men vi såg dig aldrig. Ingen fara!

Vill du fortfarande smaka kör vi igen onsdag den 29:e kl. 18, eller så finns en lunchtid fredag 31 augusti kl. halv ett.

Hoppas vi ses!
Petter
""", "correct: 'i går kväll', 'den 29:e', 'halv ett' for 12:30")),
    (B, ok(S("cancellation_policy", "Torbjörn Ahlgren", "Sofia Nordenfelt", "formal", "new",
             pol={"notice_hours": 48, "deposit_percent": 20}),
           "Våra avbokningsvillkor",
           """
Hej Torbjörn Ahlgren,

Välkommen till oss! Innan du bokar din första tid kommer här våra villkor:

• Vid bokning betalar du en handpenning på 20 %.
• Du kan avboka eller flytta din tid kostnadsfritt fram till två dygn (48 timmar) innan.

Hör gärna av dig om du har frågor.

Vänliga hälsningar
Sofia Nordenfelt
""", "correct: 'två dygn (48 timmar)', 'kostnadsfritt' before the notice, handpenning 20 %")),
    (C, ok(S("delegate", "Margit Eklöf", "Lennart Borg", "formal", "key",
             meeting="Samtal om begravningen av Gösta Eklöf", at="fredag 14 september kl. 11:00",
             col="Kerstin Wall", reason="jag har kallats till en annan familj med kort varsel"),
           "Vårt samtal på fredag",
           """
Hej Margit,

Jag beklagar verkligen, men jag har kallats till en annan familj med kort varsel och kan inte komma på fredag kl. 11.

Min kollega Kerstin Wall tar emot dig i stället. Hon har arbetat med mig i många år och kommer att planera begravningen av Gösta med stor omsorg. Hon har redan mina anteckningar, så du behöver inte berätta något en gång till.

Med varmt deltagande
Lennart Borg
""", "correct: 'i många år' (no number), 'en gång till' idiom, first name 'Gösta'")),
    (C, ok(S("reschedule", "Vilgot Sundqvist", "Maja Ljunggren", "friendly", "regular",
             meeting="Uppstart av översättningen av de 7 bruksanvisningarna", at="måndag 17 september kl. 9:00",
             props=["torsdag 20 september kl. 9:00"], reason="vår terminolog är sjuk hela veckan"),
           "Uppstarten flyttas till torsdag",
           """
Hej Vilgot!

Vår terminolog är sjuk hela veckan, så jag vill flytta uppstarten från måndag till torsdag den 20:e, fortfarande kl. 9.

Funkar det för er?

Maja
""", "correct: '7' in the meeting name not repeated, 'torsdag den 20:e'")),
    (C, ok(S("decline", "Solveig Hammarlund", "Anton Rydberg", "formal", "new",
             meeting="Inledande samtal om bivänliga vägkanter i kommunen", at="tisdag 18 september kl. 14:30",
             reason="jag ger bara råd till privata trädgårdar"),
           "Din förfrågan om vägkanterna",
           """
Hej Solveig Hammarlund,

Tack för att du tänkte på mig för kommunens vägkanter, och för förslaget om ett samtal tisdag 18 september kl. 14.30.

Tyvärr måste jag tacka nej. Jag arbetar bara med privata trädgårdar, och offentliga planteringar i den här skalan ligger utanför det jag kan ge råd om. Det säger jag hellre direkt.

Lycka till med projektet!

Vänliga hälsningar
Anton Rydberg
""", "correct: '14.30', reason paraphrased, full name greeting")),
    (C, ok(S("late_cancellation", "Hugo Westergren", "Elin Thorsell", "friendly", "regular",
             meeting="Lagkväll i rummet Faraos grav", at="tisdag 11 september kl. 19:00",
             pol={"notice_hours": 72, "deposit_percent": 25}),
           "Er bokning i går kväll",
           """
Hej Hugo!

Tack för meddelandet om i går kväll. Eftersom avbokningen kom inom tre dygn (72 timmar) behåller vi handpenningen på 25 %, men ni har inget mer att betala.

Faraos grav väntar när ni vill göra ett nytt försök!

Elin
""", "correct: 'tre dygn (72 timmar)', handpenning kept, 'i går kväll'")),
    (D, ok(S("switch_to_call", "Cecilia Wikström", "Fredrik Boman", "friendly", "key",
             meeting="Planering av personalens yogaretreat på Ängsö", at="onsdag 24 oktober kl. 12:00",
             reason="bilen står på verkstad till fredag"),
           "I morgon kl. 12",
           """
Hej Cecilia,

Bilen står på verkstan till fredag, så jag tar mig inte ut till Ängsö i morgon. Ringer vi i stället kl. 12?

Fredrik
""", "correct: very short, 'fredag' in the reason, 'verkstan' colloquial")),
    (D, ok(S("delegate", "Rune Holmgren", "Annika Blom", "formal", "regular",
             meeting="Kvartalsgenomgång av supportärendena för kommunens 11 skolor", at="tisdag 30 oktober kl. 13:30",
             col="Amir Sahlberg"),
           "Kvartalsgenomgången",
           """
Hej Rune,

Vid vår kvartalsgenomgång av supportärendena tis 30/10 kl. halv två tar min kollega Amir Sahlberg min plats. Han har hanterat de flesta av era skolors ärenden i höst och känner dem väl.

Vänliga hälsningar
Annika Blom
""", "correct: 'tis 30/10', 'halv två' for 13:30, '11' in the meeting name not repeated")),
    (D, ok(S("no_show_followup", "Matilda Ek", "Gustav Öberg", "formal", "regular",
             meeting="Insättning av Matildas retainer", at="måndag 22 oktober kl. 16:15",
             props=["torsdag 1 november kl. 16:15"], pol={"fee_percent": 30}),
           "Gårdagens besök",
           """
Hej Matilda,

Vi saknade dig i går kl. kvart över fyra, när din retainer skulle sättas in. Enligt våra villkor debiteras 30 % av besöksavgiften för ett uteblivet besök.

Vi har hållit torsdag 1 november samma tid ledig åt dig – säg gärna till om den passar.

Vänliga hälsningar
Gustav Öberg
""", "correct: 'kvart över fyra' for 16:15, 'samma tid', 30 % fee")),
    (D, ok(S("reschedule", "Ingemar Lundell", "Karin Vretblad", "formal", "new",
             meeting="Besiktning av den spruckna balken på Kvarngatan 5", at="fredag 26 oktober kl. 8:00",
             props=["måndag 29 oktober kl. 8:00", "måndag 29 oktober kl. 15:00"],
             reason="ställningen kommer inte upp förrän efter helgen"),
           "Besiktningen på Kvarngatan – måndag i stället",
           """
Hej Ingemar,

Ställningen på Kvarngatan kommer inte upp förrän efter helgen, så på fredag går det inte att komma åt balken. Jag föreslår att vi flyttar besiktningen till måndag 29 oktober, antingen tidigt kl. 8 eller på eftermiddagen kl. 15.

Hör av dig om vad som passar bäst.

Med vänlig hälsning
Karin Vretblad
""", "correct: house number not repeated, 'kl. 8' and 'kl. 15'")),
    (E, ok(S("cancellation_policy", "Hedda Pålsson", "Viktor Strand", "friendly", "new",
             meeting="Yogahelg i Jämtlandsfjällen", at="fredag 7 december kl. 17:00",
             pol={"notice_hours": 168, "fee_percent": 100, "deposit_percent": 30}),
           "Din yogahelg – villkoren",
           """
Hej Hedda!

Så roligt att du följer med till fjällen den 7:e! Så att allt är klart innan dess:

– handpenningen på 30 % säkrar din plats,
– avboka senast en vecka innan (168 timmar),
– därefter betalar du hela beloppet (100 %).

Vi ses fredag den 7:e kl. fem!

Viktor
""", "correct: 'en vecka (168 timmar)', 'hela beloppet (100 %)', 'kl. fem' for 17:00")),
    (E, ok(S("switch_to_email", "Astrid Wallin", "Filip Nordmark", "formal", "regular",
             meeting="Granskning av de finska och estniska undertexterna till museifilmen", at="torsdag 29 november kl. 10:30",
             props=["måndag 3 december kl. 10:30"], reason="museet vill ha alla ändringar skriftligt"),
           "Undertexterna – skriftligt",
           """
Hej Astrid,

Eftersom museet vill ha alla ändringar skriftligt föreslår jag att vi tar torsdagens granskning via mejl i stället för att ses kl. halv elva. Jag skickar de finska och estniska filerna med mina kommentarer; om något behöver diskuteras efteråt kan vi ringas måndag 3 december kl. 10.30.

Vänliga hälsningar
Filip Nordmark
""", "correct: 'halv elva' and '10.30' for 10:30, reason reworded")),
    (E, ok(S("shorten", "Nils Bäckström", "Ida Gyllenhammar", "friendly", "key",
             meeting="Planering av de 120 julkassarna med ekogrönsaker", at="onsdag 5 december kl. 9:00",
             dur=45, reason="leveransbilen måste åka kl. 10"),
           "Onsdag, men kortare",
           """
Hej Nils!

Onsdag kl. 9 gäller! Men bilen måste iväg kl. 10, så kan vi hålla oss till tre kvart? Om vi tar de stora frågorna om julkassarna först hinner vi gott.

Ida
""", "correct: 'tre kvart' for 45, 'kl. 10' from the reason, '120' not repeated")),
    (E, ok(S("decline", "Ragnhild Öhman", "Kristoffer Dahl", "formal", "key",
             meeting="Presentation för tolkupphandlingen vid Umeå tingsrätt", at="fredag 30 november kl. 14:00",
             props=["tisdag 4 december kl. 14:00"],
             reason="två av våra rättstolkar är upptagna i en lång rättegång den veckan"),
           "Fredag 30 november",
           """
Hej Ragnhild Öhman,

Tack för inbjudan att presentera vårt anbud för Umeå tingsrätt. Tyvärr kan vi inte komma fredag 30 november kl. 14: två av våra rättstolkar sitter i en lång rättegång hela den veckan, och utan dem vill vi inte presentera.

Om nämnden kan ta emot oss tisdag 4 december vid samma tid kommer vi gärna.

Med vänliga hälsningar
Kristoffer Dahl
""", "correct: 'två av våra rättstolkar' from the reason, 'samma tid'")),
    # ------------------------------------------------------------------ flawed
    (A, bad("wrong_language_neighbour", S("reschedule", "Barbro Kjellin", "Emil Sandgren", "formal", "regular",
             meeting="Slungning av sommarhonungen i bigården i Rörum", at="onsdag 18 juli kl. 10:00",
             props=["fredag 20 juli kl. 10:00"], reason="slungan behöver ett nytt lager"),
           "Slyngingen flyttes",
           """
Hei Barbro,

Slyngen vår trenger et nytt lager, så slyngingen onsdag klokka 10 kan dessverre ikke gjennomføres. Passer det med fredag 20. juli, samme tid?

Med vennlig hilsen
Emil Sandgren
""", "the whole draft is Norwegian (bokmål) for a Swedish situation")),
    (A, bad("phone_invented", S("late_cancellation", "Per-Olof Strömberg", "Julia Enqvist", "formal", "regular",
             meeting="Familjespel i rummet Ubåten", at="söndag 15 juli kl. 15:00",
             props=["lördag 28 juli kl. 15:00"]),
           "Er bokning i söndags",
           """
Hej Per-Olof,

Tack för att du hörde av dig om söndagen. Vi tar gärna emot familjen lördag 28 juli kl. 15 – ring bara 08-641 27 90 så bekräftar vi tiden.

Vänliga hälsningar
Julia Enqvist
""", "a phone number nobody gave")),
    (A, bad("number_invented", S("shorten", "Lovisa Granath", "Robert Hellström", "formal", "new",
             meeting="Kontroll av tandställningen för Elsa", at="torsdag 26 juli kl. 8:30", dur=20,
             reason="kliniken öppnar senare den dagen"),
           "Elsas kontroll på torsdag",
           """
Hej Lovisa,

Jag bekräftar Elsas kontroll torsdag 26 juli kl. halv nio. Eftersom kliniken öppnar senare den dagen blir besöket tjugo minuter i stället för de vanliga tre kvarten.

Vänliga hälsningar
Robert Hellström
""", "'de vanliga tre kvarten': a usual duration nobody gave")),
    (A, bad("title_or_company_invented", S("decline", "Ingela Rask", "Patrik Söderlind", "formal", "new",
             meeting="Besök för beräkning av utrymningstrappan", at="måndag 23 juli kl. 13:00",
             reason="vi är fullbokade till hösten"),
           "Er utrymningstrappa",
           """
Hej Ingela,

Tack för din förfrågan. Vi är fullbokade till hösten och måste därför tacka nej till besöket måndag 23 juli kl. 13.

Vänliga hälsningar
Patrik Söderlind
Konstruktionschef, Söderlind Bärverk AB
""", "a job title and company nobody gave")),
    (B, bad("weekday_wrong", S("switch_to_call", "Jessica Holm", "Daniel Ärlig", "friendly", "regular",
             meeting="Avstämning om wifi-problemen på Ekbackeskolan", at="onsdag 22 augusti kl. 11:00",
             reason="jag sitter fast på en annan skola hela förmiddagen"),
           "Avstämningen tisdag 22 augusti",
           """
Hej Jessica!

Jag sitter fast på en annan skola hela förmiddagen, så jag hinner inte till Ekbacken kl. 11. Kan vi ringas samma tid i stället?

Daniel
""", "subject says 'tisdag 22 augusti'; 22 Aug 2029 is a Wednesday")),
    (B, bad("percent_swapped", S("no_show_followup", "Bertil Lindkvist", "Camilla Frost", "formal", "regular",
             meeting="Återhämtande yogaklass på studio Lyktan", at="måndag 20 augusti kl. 18:30",
             props=["måndag 27 augusti kl. 18:30"], pol={"fee_percent": 40, "deposit_percent": 20}),
           "Gårdagens klass",
           """
Hej Bertil,

Vi saknade dig på klassen i går kväll. Enligt våra villkor behåller vi handpenningen på 40 % och debiterar 20 % av klassavgiften.

Välkommen nästa måndag, 27 augusti, kl. 18.30.

Vänliga hälsningar
Camilla Frost
""", "deposit and fee percentages swapped (fee 40, deposit 20)")),
    (B, bad("discount_invented", S("reschedule", "Eva-Lena Sjögren", "Markus Berglund", "formal", "key",
             meeting="Provsmakning av höstmenyn i grönsakslådorna", at="torsdag 23 augusti kl. 17:00",
             props=["tisdag 28 augusti kl. 17:00"], reason="odlarens leverans är en vecka sen och kunden vill ha en gest"),
           "Provsmakningen flyttas",
           """
Hej Eva-Lena,

Odlarens leverans är en vecka försenad, så provsmakningen på torsdag flyttas till tisdag 28 augusti, också kl. 17.

Som plåster på såren får du nästa låda till halva priset.

Ber om ursäkt,
Markus Berglund
""", "the reason asks for a gesture; 'till halva priset' is a discount nobody gave")),
    (B, bad("link_invented", S("switch_to_email", "Kalle Nyström", "Rebecka Alm", "friendly", "new",
             meeting="Genomgång av den tysk-svenska ordlistan", at="fredag 24 augusti kl. 9:30",
             reason="jag har tappat rösten"),
           "Ordlistan via mejl",
           """
Hej Kalle!

Jag har helt tappat rösten, så kan vi ta ordlistan på fredag halv tio via mejl i stället?

Mina kommentarer ligger redan i den delade mappen: almoversattning.se/ordlista. Skriv dina frågor där.

Rebecka
""", "a link nobody gave")),
    (C, bad("foreign_paragraph", S("delegate", "Ulla Carlberg", "Sten Mattsson", "formal", "regular",
             meeting="Samtal om texten till minnesstunden", at="måndag 17 september kl. 10:00",
             col="Gunilla Fröberg"),
           "Samtalet på måndag",
           """
Hej Ulla,

Tyvärr kan jag inte ta emot dig måndag 17 september kl. 10. Min kollega Gunilla Fröberg går igenom texten till minnesstunden med dig.

Hun har allerede mine notater, så du trenger ikke å fortelle noe på nytt.

Med vänliga hälsningar
Sten Mattsson
""", "the second paragraph is in Norwegian")),
    (C, bad("email_invented", S("decline", "Gösta Runesson", "Linda Hjort", "friendly", "regular",
             meeting="Kurs i svärmfångst för biodlarföreningen", at="torsdag 20 september kl. 18:00",
             reason="jag är på honungsmässan hela veckan"),
           "Kursen den 20:e",
           """
Hej Gösta!

Jag är på honungsmässan hela veckan, så kursen i svärmfångst torsdag den 20:e kl. 18 kan jag inte hålla. Förlåt, föreningen! Skriv till mig på linda.hjort@bigardshjort.se om ni vill ha tips på en ersättare.

Linda
""", "an e-mail address nobody gave")),
    (C, bad("phone_invented", S("switch_to_call", "Majken Åberg", "Tobias Lövgren", "formal", "new",
             meeting="Introduktionssamtal inför den tysta yogaretreaten", at="tisdag 18 september kl. 16:00",
             reason="retreatgården är stängd för renovering"),
           "Tisdag per telefon",
           """
Hej Majken,

Retreatgården är stängd för renovering, så jag föreslår att vi tar introduktionssamtalet tisdag kl. 16 per telefon. Du når mig på 070-318 42 96.

Vänliga hälsningar
Tobias Lövgren
""", "a phone number nobody gave")),
    (C, bad("name_near_miss", S("no_show_followup", "Signe Lundmark", "Jakob Friberg", "friendly", "regular",
             meeting="Personalutbildning i rummet Urmakarens verkstad", at="måndag 10 september kl. 9:00",
             props=["fredag 14 september kl. 9:00"]),
           "Utbildningen i måndags",
           """
Hej Signe Lundmarck!

Vi saknade dig på utbildningen i Urmakarens verkstad i måndags. Allt väl? Det blir en till fredag den 14:e kl. 9 om du kan.

Jakob
""", "near-miss surname 'Lundmarck' for Lundmark")),
    (D, bad("place_changed", S("reschedule", "Elisabet Norling", "Anders Kvist", "formal", "key",
             meeting="Belastningsprov av gångbron över Fyrisån i Uppsala", at="torsdag 25 oktober kl. 7:30",
             props=["tisdag 30 oktober kl. 7:30"], reason="vattnet står för högt efter stormen"),
           "Belastningsprovet flyttas",
           """
Hej Elisabet,

Efter stormen står vattnet för högt för att vi ska kunna arbeta säkert. Vi flyttar därför belastningsprovet av gångbron över Svartån till tisdag 30 oktober, återigen kl. 7.30.

Vänliga hälsningar
Anders Kvist
""", "place changed inside the meeting: 'Svartån' for Fyrisån")),
    (D, bad("policy_invented", S("cancellation_policy", "Göran Almgren", "Therese Nilsson", "formal", "new",
             pol={"deposit_percent": 25}),
           "Bokningsvillkor",
           """
Hej Göran,

Tack för att du bokat din ortodontiska undersökning. Vid bokningen tar vi en handpenning på 25 %, som du får tillbaka i sin helhet om du avbokar senast dagen innan.

Vänliga hälsningar
Therese Nilsson
""", "'får tillbaka ... om du avbokar senast dagen innan': a notice rule nobody gave")),
    (D, bad("foreign_paragraph", S("switch_to_email", "Helena Brandt", "Olle Widén", "formal", "regular",
             meeting="Korrekturläsning av den översatta årsredovisningen", at="fredag 26 oktober kl. 14:00",
             reason="den slutliga layouten blir klar först på fredag"),
           "Korrektur via mejl",
           """
Hej Helena,

Den slutliga layouten blir klar först på fredag, så jag föreslår att vi tar korrekturläsningen via mejl i stället för att ses kl. 14.

Jeg sender dig de rettede sider, så snart layoutet er klar, med mine bemærkninger i margenen.

Vänliga hälsningar
Olle Widén
""", "the second paragraph is in Danish")),
    (D, bad("time_swapped", S("late_cancellation", "Josefin Berggren", "Martin Lidén", "friendly", "regular",
             meeting="Veckans poweryogaklass", at="måndag 22 oktober kl. 19:00",
             props=["onsdag 24 oktober kl. 19:00"], pol={"notice_hours": 12, "fee_percent": 100}),
           "Klassen på onsdag",
           """
Hej Josefin!

Synd med klassen på onsdag! Eftersom avbokningen kom mindre än 12 timmar innan debiteras den fullt ut (100 %).

På måndag kl. 19 finns det plats om du vill ta igen den.

Martin
""", "roles swapped: Wednesday (offered) named as the cancelled class, Monday (cancelled) offered")),
    (E, bad("title_or_company_invented", S("switch_to_call", "Leif Sörensen", "Hanna Wiklund", "formal", "key",
             meeting="Genomgång av öppna ärenden på Kattegattgymnasiet", at="onsdag 28 november kl. 15:00",
             reason="skolans nätverk ligger nere och jag är på plats"),
           "I morgon per telefon",
           """
Hej Leif,

Skolans nätverk ligger nere och jag är på plats för att få igång det. Kan vi gå igenom de öppna ärendena per telefon i morgon kl. 15?

Vänliga hälsningar
Hanna Wiklund
Teknisk samordnare, SkolIT Väst AB
""", "a job title and company nobody gave")),
    (E, bad("number_invented", S("decline", "Ebba-Stina Jonsson", "Carl Melander", "formal", "new",
             meeting="Offertmöte om översättning av vingårdens webbplats till koreanska", at="måndag 3 december kl. 11:00",
             reason="vi översätter inte till koreanska"),
           "Er webbplats på koreanska",
           """
Hej Ebba-Stina,

Tack för att ni tänkte på oss. Tyvärr måste jag tacka nej till mötet måndag 3 december kl. 11: vi översätter inte till koreanska, och vår partnerbyrå behöver ungefär tre veckors framförhållning för ett sådant uppdrag.

Vänliga hälsningar
Carl Melander
""", "'ungefär tre veckors framförhållning' for a partner nobody mentioned: a number nobody gave")),
    (E, bad("wrong_language_neighbour", S("no_show_followup", "Saga Engström", "Mattias Holmqvist", "friendly", "new",
             meeting="Provkväll i rummet Valvet", at="fredag 23 november kl. 19:00",
             props=["fredag 7 december kl. 19:00"]),
           "Vi savnede dig",
           """
Hej Saga,

Hvor var det ærgerligt, at vi ikke så dig til prøveaftenen i fredags! Har du stadig lyst til at prøve Valvet, er der plads fredag den 7. december kl. 19.

Vi ses forhåbentlig!
Mattias
""", "the whole draft is Danish for a Swedish situation")),
    (E, bad("time_recap_wrong", S("shorten", "Arvid Lindahl", "Moa Hedberg", "formal", "regular",
             meeting="Genomgång av vinterskötseln av bigården", at="onsdag 5 december kl. 13:00",
             dur=30, reason="jag måste vara hos en annan kund kl. 14"),
           "Onsdag kl. 14 – en halvtimme",
           """
Hej Arvid,

Vår genomgång av vinterskötseln på onsdag kl. 13 blir av, men jag behöver begränsa den till en halvtimme eftersom jag ska vara hos en annan kund efteråt.

Vänliga hälsningar
Moa Hedberg
""", "the subject names 14 (from the reason) as the meeting hour; the meeting is at 13")),
]
