"""Swedish v3 records, each written out by hand (held out). (today, record) pairs."""

from __future__ import annotations

from v2src._rec import S, bad, ok

A, B, C, D, E = "2026-12-07", "2027-01-18", "2027-03-03", "2027-05-10", "2027-09-14"
L = "sv"

RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S(L, "reschedule", "Margareta Lindholm", "Henrik Sjöberg", "formal", "key",
             meeting="Styrgruppsmöte för projekt Norrsken", at="tisdag 15 december kl. 14.30",
             props=["torsdag 17 december kl. 9.30", "fredag 18 december kl. 13.00"],
             reason="ett akut möte med revisorerna"),
           "Styrgruppsmöte Norrsken – nya tider",
           """
Hej Margareta Lindholm,

Jag har tyvärr fått ett akut möte med våra revisorer och kan därför inte delta i styrgruppsmötet för projekt Norrsken tisdagen den 15 december kl. halv tre.

Skulle torsdag 17/12 kl. halv tio eller fredag 18/12 kl. 13 passa i stället?

Ber om ursäkt för besväret.

Vänliga hälsningar
Henrik Sjöberg
""", "correct: first and last name greeting, 'kl. halv tre' = 14.30, 'kl. halv tio' = 9.30, 17/12, 18/12")),
    (B, ok(S(L, "reschedule", "Elin Söderberg", "Oskar Hedlund", "friendly", "regular",
             meeting="Lunch om nya webbshoppen", at="onsdag 20 januari kl. 12.00",
             props=["fredag 22 januari kl. 12.00"], reason="jag har fått förhinder"),
           "Lunchen på onsdag",
           """
Hej Elin!

Jag har fått förhinder på onsdag, så vår lunch om nya webbshoppen får flytta. Funkar fredag den 22:a, samma tid?

Hör av dig!
Oskar
""", "correct: 'fredag den 22:a, samma tid'")),
    (D, ok(S(L, "reschedule", "Gunnar Ekman", "Linnea Forsberg", "formal", "new",
             meeting="Genomgång av serviceavtalet", at="onsdag 12 maj kl. 10.00",
             props=["måndag 17 maj kl. 10.00", "tisdag 18 maj kl. 15.00"], reason="vår tekniker är sjuk"),
           "Genomgång av serviceavtalet",
           """
Hej Gunnar,

Vår tekniker, som skulle gå igenom serviceavtalet med dig på onsdag 12 maj kl. 10, är tyvärr sjuk.

Vi kan i stället erbjuda måndag 17 maj på samma tid, eller tisdag 18 maj kl. 15.00. Säg gärna vad som passar bäst.

Med vänlig hälsning
Linnea Forsberg
""", "correct: first name in formal Swedish mail, 'på samma tid'")),
    (E, ok(S(L, "reschedule", "Birgitta Nyström", "Johan Åkesson", "formal", "regular",
             meeting="Uppföljning av städavtalet", at="torsdag 16 september kl. 11.00",
             props=["tisdag 21 september kl. 11.00"], reason="ett fel i vårt bokningssystem"),
           "Uppföljning av städavtalet flyttas",
           """
Hej Birgitta,

På grund av ett fel i vårt bokningssystem har vi inte underlaget klart till uppföljningen av städavtalet på torsdag.

Kan vi ses tisdagen den 21 september i stället, också kl. 11?

Vänliga hälsningar
Johan Åkesson
""", "correct: 'tisdagen den 21 september', 'också kl. 11'")),
    (C, ok(S(L, "decline", "Lennart Berglund", "Cecilia Holmgren", "formal", "key",
             meeting="Vårmingel för företagarföreningen", at="torsdag 18 mars kl. 17.00",
             reason="en resa till Japan sedan länge inbokad"),
           "Vårmingel 18 mars",
           """
Hej Lennart,

Stort tack för inbjudan till företagarföreningens vårmingel torsdag 18 mars kl. 17.

Tyvärr är jag i Japan då, en resa som varit inbokad länge. Jag hoppas på ett lyckat mingel och ses gärna vid nästa tillfälle.

Med vänlig hälsning
Cecilia Holmgren
""", "correct: reason paraphrased")),
    (A, ok(S(L, "decline", "Frida Lundqvist", "Emil Sandberg", "friendly", "regular",
             meeting="Julfika med projektgruppen", at="fredag 18 december kl. 15.00",
             reason="jag är redan ledig då"),
           "Julfikat",
           """
Hej Frida!

Tusen tack för inbjudan till julfikat! Jag har tyvärr redan gått på ledighet den 18:e, så jag får stå över den här gången.

Ta en lussekatt för min skull.

Kram,
Emil
""", "correct: idiom 'tusen tack', 'den 18:e'")),
    (B, ok(S(L, "shorten", "advokat Ulrika Strand", "Mattias Engström", "formal", "regular",
             meeting="Genomgång av hyrestvisten", at="onsdag 27 januari kl. 10.00", dur=30,
             reason="en förhandling senare på förmiddagen"),
           "Genomgång av hyrestvisten 27 januari",
           """
Hej Ulrika,

Jag har en förhandling senare samma förmiddag. Får jag föreslå att vi håller genomgången av hyrestvisten onsdag 27 januari kl. 10 som planerat, men begränsar den till en halvtimme?

Jag skickar mina frågor i förväg så att vi hinner det viktigaste.

Med vänlig hälsning
Mattias Engström
""", "correct: first name for 'advokat Ulrika Strand', 'en halvtimme'")),
    (E, ok(S(L, "shorten", "Hampus Wikström", "Sara Björklund", "friendly", "regular",
             meeting="Idémöte om höstkampanjen", at="måndag 20 september kl. 15.00", dur=45,
             reason="jag måste hämta på förskolan"),
           "Idémötet på måndag",
           """
Hej Hampus!

Jag måste hämta på förskolan på måndag. Kan vi köra idémötet om höstkampanjen på tre kvart, från kl. 15?

Jag tar med ett par idéer.

/Sara
""", "correct: 45 min as 'tre kvart', idiom 'ett par idéer'")),
    (C, ok(S(L, "switch_to_call", "Rolf Magnusson", "Agneta Blom", "formal", "regular",
             meeting="Möte om förlängning av hyresavtalet", at="fredag 12 mars kl. 11.00",
             props=["fredag 12 mars kl. 13.00"], reason="den aviserade tågstrejken"),
           "Hyresavtalet – samtal i stället för möte",
           """
Hej Rolf,

Med tanke på den aviserade tågstrejken föreslår jag att vi tar mötet om förlängningen av hyresavtalet per telefon, samma dag kl. 13.

Passar det dig?

Vänliga hälsningar
Agneta Blom
""", "correct: 'samma dag kl. 13'")),
    (D, ok(S(L, "switch_to_call", "Moa Hellström", "Viktor Lind", "friendly", "new",
             meeting="Fika om offerten för köket", at="tisdag 18 maj kl. 9.00",
             reason="bilen står på verkstad"),
           "Offerten för köket – ringa i stället?",
           """
Hej Moa,

Bilen står på verkstad, så jag kan tyvärr inte komma förbi på fika på tisdag. Ska vi ringas vid nio i stället och prata om offerten för köket?

Hälsningar
Viktor
""", "correct: 'vid nio' = kl. 9.00")),
    (A, ok(S(L, "switch_to_email", "Kjell Axelsson", "Helena Fransson", "formal", "key",
             meeting="Genomgång av kvartalssiffrorna", at="måndag 14 december kl. 16.00",
             reason="siffrorna ryms på en sida"),
           "Kvartalssiffrorna per mejl",
           """
Hej Kjell,

Kvartalssiffrorna ryms numera på en enda sida. För att spara din tid föreslår jag att vi ersätter genomgången måndag 14 december kl. 16 med en sammanfattning per mejl.

Jag skickar den till dig separat.

Med vänlig hälsning
Helena Fransson
""", "correct: 'en enda sida' from the reason")),
    (D, ok(S(L, "switch_to_email", "Alva Nordin", "Jonas Ek", "friendly", "regular",
             meeting="Avstämning om menyn till personalfesten", at="torsdag 13 maj kl. 11.00",
             reason="bara efterrätten återstår"),
           "Menyn till personalfesten",
           """
Hej Alva!

Det är bara efterrätten kvar att välja, så vi behöver inte ses på torsdag. Jag mejlar dig de två förslagen så kan du välja i lugn och ro.

/Jonas
""", "correct: 'de två förslagen' is a count of desserts, not a price/policy")),
    (B, ok(S(L, "delegate", "Stig Håkansson", "Malin Öberg", "formal", "regular",
             meeting="Uppföljning av bidragsansökan", at="torsdag 4 februari kl. 14.00",
             col="Fredrik Wallin", reason="min föräldraledighet"),
           "Bidragsansökan – Fredrik Wallin tar över",
           """
Hej Stig,

Från februari är jag föräldraledig. Min kollega Fredrik Wallin, som känner väl till er bidragsansökan, tar emot dig torsdag 4 februari kl. 14.

Med vänlig hälsning
Malin Öberg
""", "correct: colleague full name")),
    (E, ok(S(L, "delegate", "Ida Sundström", "Anton Eklund", "friendly", "regular",
             meeting="Workshop i produktfoto", at="tisdag 28 september kl. 10.00",
             col="Klara Berggren", reason="jag går en kurs hela veckan"),
           "Workshopen i produktfoto",
           """
Hej Ida!

Jag går en kurs hela den veckan, så Klara håller i workshopen i produktfoto tisdag 28/9 kl. 10. Du är i goda händer!

/Anton
""", "correct: colleague by first name in friendly mail, 28/9")),
    (A, ok(S(L, "no_show_followup", "Bengt Isaksson", "Therese Dahlberg", "formal", "regular",
             meeting="Rådgivningsmöte om pension", at="torsdag 3 december kl. 14.00",
             props=["onsdag 9 december kl. 10.00"], pol={"notice_hours": 24, "fee_percent": 50}),
           "Vårt rådgivningsmöte i torsdags",
           """
Hej Bengt,

Jag väntade på dig i torsdags kl. 14 till vårt rådgivningsmöte om pension. Jag hoppas att inget allvarligt har hänt.

Jag kan erbjuda en ny tid onsdag 9 december kl. 10.

Enligt våra villkor debiteras hälften av arvodet (50 %) om en bokad tid inte avbokas senast 24 timmar i förväg.

Vänliga hälsningar
Therese Dahlberg
""", "correct: past meeting 'i torsdags', 'hälften' with 50 % given")),
    (C, ok(S(L, "no_show_followup", "Wilma Jakobsson", "Albin Holm", "friendly", "regular",
             meeting="Personlig löpträning", at="måndag 1 mars kl. 18.00", props=["måndag 8 mars kl. 18.00"]),
           "Träningen i måndags",
           """
Hej Wilma!

Jag väntade på dig i måndags kväll till löpträningen – är allt okej? Det händer alla att glömma!

Vill du ta igen passet måndag 8 mars, samma tid?

/Albin
""", "correct: 'i måndags kväll', 'samma tid'")),
    (B, ok(S(L, "late_cancellation", "Sven-Erik Lund", "Camilla Strömberg", "formal", "regular",
             meeting="Konsultation om vindsinredning", at="tisdag 19 januari kl. 15.00",
             props=["måndag 25 januari kl. 15.00"], pol={"notice_hours": 48, "fee_percent": 25}),
           "Avbokning av konsultationen i morgon",
           """
Hej Sven-Erik,

Tack för beskedet om att du avbokar konsultationen om vindsinredning i morgon kl. 15.

Eftersom avbokningen kom mindre än två dygn (48 timmar) i förväg debiterar vi enligt våra villkor 25 % av arvodet.

Jag kan ta emot dig måndag 25 januari kl. 15 om det passar.

Vänliga hälsningar
Camilla Strömberg
""", "correct: 'i morgon kl. 15' (today 18 Jan), 'två dygn (48 timmar)'")),
    (D, ok(S(L, "late_cancellation", "Ebba Sjögren", "Lukas Westerberg", "friendly", "regular",
             meeting="Provning av brudklänningen", at="onsdag 12 maj kl. 16.00",
             props=["lördag 15 maj kl. 10.00"], pol={"notice_hours": 72, "deposit_percent": 30}),
           "Provningen på onsdag",
           """
Hej Ebba!

Tråkigt att provningen på onsdag kl. 16 inte blir av. Eftersom det är mindre än tre dygn (72 timmar) kvar behåller vi handpenningen på 30 %, som vi kom överens om.

Lördag den 15 maj kl. 10 kan jag ta emot dig. Passar det?

Kram,
Lukas
""", "correct: 'tre dygn (72 timmar)', deposit 30 %")),
    (E, ok(S(L, "cancellation_policy", "Leif Mårtensson", "Annika Hägg", "formal", "new",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Våra avbokningsvillkor",
           """
Hej Leif,

Som du bad om kommer här våra avbokningsvillkor: en bokad tid kan avbokas kostnadsfritt fram till ett dygn (24 timmar) innan. Vid senare avbokning debiteras hela avgiften.

Hör av dig om något är oklart.

Med vänlig hälsning
Annika Hägg
""", "correct: no meeting; 'ett dygn (24 timmar)', 100 % as 'hela avgiften'")),
    (A, ok(S(L, "cancellation_policy", "Tove Ahlberg", "Max Lindblad", "friendly", "new",
             meeting="Fotografering inför jubileet", at="lördag 19 december kl. 13.00",
             pol={"notice_hours": 48, "fee_percent": 50, "deposit_percent": 20}),
           "Fotograferingen lördag 19 december",
           """
Hej Tove!

Kul att fotograferingen inför jubileet är bokad till lördag 19 december kl. 13!

Lite praktiskt: vid bokning tar jag en handpenning på 20 %. Avbokning går bra fram till 48 timmar innan; därefter debiterar jag hälften av priset.

Hälsningar
Max
""", "correct: 'hälften' for 50 %")),
    # ------------------------------------------------------------------ flawed
    (B, bad("time_swapped", S(L, "reschedule", "Göran Palm", "Sofia Ekholm", "formal", "regular",
             meeting="Budgetmöte för inköpsavdelningen", at="måndag 25 januari kl. 9.00",
             props=["onsdag 27 januari kl. 14.00"], reason="månadsbokslutet"),
           "Budgetmötet för inköp",
           """
Hej Göran,

På grund av månadsbokslutet behöver jag tyvärr flytta vårt budgetmöte för inköpsavdelningen från onsdag 27 januari kl. 14.

Kan vi ses måndag 25 januari kl. 9 i stället?

Vänliga hälsningar
Sofia Ekholm
""", "time_swapped: old and new slot exchanged")),
    (E, bad("time_swapped", S(L, "reschedule", "Karolina Östlund", "David Hammar", "formal", "regular",
             meeting="Avstämning om nya intranätet", at="tisdag 21 september kl. 10.00",
             props=["tisdag 21 september kl. 14.00"], reason="ett kundbesök på förmiddagen"),
           "Avstämningen på tisdag – ny tid",
           """
Hej Karolina,

Jag har ett kundbesök på tisdag. Skulle vi kunna flytta avstämningen om nya intranätet från kl. 14 till kl. 10 samma dag?

Vänliga hälsningar
David Hammar
""", "time_swapped: hours exchanged on the same day (meeting 10.00, offer 14.00)")),
    (A, bad("time_recap_wrong", S(L, "reschedule", "Ingrid Falk", "Per Olausson", "formal", "key",
             meeting="Presentation av hållbarhetsrapporten", at="torsdag 10 december kl. 11.00",
             props=["tisdag 15 december kl. 10.30"], reason="de sista siffrorna är inte granskade"),
           "Presentation av hållbarhetsrapporten",
           """
Hej Ingrid,

De sista siffrorna i hållbarhetsrapporten är ännu inte granskade. Jag föreslår därför att vi flyttar presentationen från torsdag 10 december kl. 11 till tisdag 15 december kl. 10.30.

Vi ses alltså på tisdag kl. halv tolv.

Med vänlig hälsning
Per Olausson
""", "time_recap_wrong: recap 'kl. halv tolv' = 11.30, offered 10.30")),
    (C, bad("time_recap_wrong", S(L, "reschedule", "Jenny Kron", "Mikael Borg", "formal", "regular",
             meeting="Möte om det nya kassasystemet", at="tisdag 9 mars kl. 14.00",
             props=["torsdag 11 mars kl. 14.00"], reason="leverantören kan inte demonstrera förrän senare i veckan"),
           "Nytt förslag: fredag 12 mars kl. 14",
           """
Hej Jenny,

Leverantören av det nya kassasystemet kan inte visa det förrän senare i veckan. Jag föreslår därför att vi flyttar mötet från tisdag 9 mars till torsdag 11 mars, samma tid.

Vänliga hälsningar
Mikael Borg
""", "time_recap_wrong: subject names fredag 12 mars, offered torsdag 11 mars")),
    (D, bad("weekday_wrong", S(L, "reschedule", "Ulf Rosén", "Maria Dahl", "formal", "regular",
             meeting="Planering av sommarschemat", at="fredag 14 maj kl. 10.00",
             props=["onsdag 19 maj kl. 10.00"], reason="en personalkonferens"),
           "Planeringen flyttas till torsdag 19 maj",
           """
Hej Ulf,

Fredag 14 maj är det personalkonferens hos oss. Kan vi flytta planeringen av sommarschemat till onsdag 19 maj kl. 10?

Vänliga hälsningar
Maria Dahl
""", "weekday_wrong: subject 'torsdag 19 maj', 19 May 2027 is a Wednesday")),
    (B, bad("percent_swapped", S(L, "cancellation_policy", "Pia Hansson", "Tobias Lindén", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 75, "deposit_percent": 30}),
           "Avbokningsvillkor",
           """
Hej Pia,

Här är våra villkor: vid bokning tar vi ut en handpenning på 75 %. Avbokning är kostnadsfri fram till 48 timmar innan; därefter debiteras en avgift på 30 %.

Med vänlig hälsning
Tobias Lindén
""", "percent_swapped: handpenning 75 % and avgift 30 % (given fee 75, deposit 30)")),
    (C, bad("policy_invented", S(L, "no_show_followup", "Roger Ekvall", "Elsa Wahlström", "formal", "new",
             meeting="Inledande samtal om kostrådgivning", at="måndag 1 mars kl. 16.00", props=["måndag 8 mars kl. 16.00"]),
           "Samtalet i måndags",
           """
Hej Roger,

Jag väntade på dig i måndags kl. 16 till vårt inledande samtal om kostrådgivning.

Enligt våra villkor debiteras hälften av avgiften när en tid uteblir.

Jag kan erbjuda en ny tid måndag 8 mars kl. 16.

Vänliga hälsningar
Elsa Wahlström
""", "policy_invented: 'hälften av avgiften' with no policy given")),
    (E, bad("discount_invented", S(L, "reschedule", "Lars-Göran Boström", "Hanna Mattsson", "formal", "regular",
             meeting="Service av värmepumpen", at="onsdag 15 september kl. 8.00",
             props=["fredag 17 september kl. 8.00"], reason="kunden bad om kompensation för förseningen"),
           "Service av värmepumpen",
           """
Hej Lars-Göran,

Vår servicetekniker kan tyvärr inte komma onsdag 15 september kl. 8. Vi föreslår fredag 17 september, också kl. 8.

Som kompensation för förseningen får du 10 % rabatt på servicen.

Vänliga hälsningar
Hanna Mattsson
""", "discount_invented: 10 % discount licensed only by the reason")),
    (D, bad("link_invented", S(L, "switch_to_email", "Johanna Vik", "Erik Strandberg", "friendly", "regular",
             meeting="Genomgång av altanritningen", at="torsdag 20 maj kl. 16.00",
             reason="hon vill titta på ritningen i lugn och ro"),
           "Altanritningen",
           """
Hej Johanna!

Du ville titta på ritningen i lugn och ro, så vi kan ta genomgången av altanritningen på mejl i stället för på torsdag.

Ritningen hittar du här: https://ritning.arkitektlinje.se/vik-altan

/Erik
""", "link_invented: URL licensed only by the reason")),
    (B, bad("email_invented", S(L, "delegate", "Eva-Lena Hult", "Patrik Lundmark", "formal", "regular",
             meeting="Uppföljning av skadeärendet", at="onsdag 20 januari kl. 10.00",
             col="Niklas Bergqvist", reason="jag byter till ett annat kontor"),
           "Ditt skadeärende",
           """
Hej Eva-Lena,

Jag byter snart till ett annat kontor. Min kollega Niklas Bergqvist tar över uppföljningen av ditt skadeärende och träffar dig onsdag 20 januari kl. 10.

Du kan mejla honom direkt på niklas.bergqvist72@gmail.com.

Vänliga hälsningar
Patrik Lundmark
""", "email_invented: private address for the colleague")),
    (C, bad("phone_invented", S(L, "switch_to_call", "Siv Nordqvist", "Andreas Ljung", "formal", "new",
             meeting="Samtal om tillbyggnaden", at="fredag 19 mars kl. 10.00",
             props=["fredag 19 mars kl. 15.00"], reason="bygglovet har inte kommit"),
           "Tillbyggnaden – telefonsamtal",
           """
Hej Siv,

Eftersom bygglovet inte har kommit än är det ingen idé att ses på fredag förmiddag. Ska vi ta ett telefonsamtal om tillbyggnaden samma dag kl. 15?

Ring mig på 070-318 42 96.

Vänliga hälsningar
Andreas Ljung
""", "phone_invented: mobile number nobody gave")),
    (A, bad("number_invented", S(L, "reschedule", "Nils Bergman", "Louise Sjöstrand", "formal", "regular",
             meeting="Förmöte om ledarskapsutbildningen", at="onsdag 9 december kl. 15.00",
             props=["onsdag 16 december kl. 15.00"], reason="utbildaren är inte bekräftad"),
           "Förmöte om ledarskapsutbildningen",
           """
Hej Nils,

Utbildaren är ännu inte bekräftad, så jag föreslår att vi skjuter förmötet om ledarskapsutbildningen en vecka, till onsdag 16 december kl. 15.

För din planering: utbildningen kostar 4 900 kronor per deltagare.

Vänliga hälsningar
Louise Sjöstrand
""", "number_invented: price 4 900 kronor")),
    (E, bad("title_or_company_invented", S(L, "decline", "Åke Lindström", "Sanna Krantz", "formal", "key",
             meeting="Nätverksmiddag hos handelskammaren", at="torsdag 30 september kl. 19.00",
             reason="en familjefest"),
           "Nätverksmiddagen 30 september",
           """
Hej Åke,

Tack för inbjudan till nätverksmiddagen hos handelskammaren torsdag 30 september kl. 19. Tyvärr har jag en familjefest den kvällen och kan inte komma.

Med vänlig hälsning
Sanna Krantz
Försäljningschef, Norrvik Konsult AB
""", "title_or_company_invented: job title and company in the signature")),
    (D, bad("name_near_miss", S(L, "shorten", "Kristoffer Wennberg", "Linda Åberg", "formal", "regular",
             meeting="Halvtidsutvärdering av praktiken", at="måndag 17 maj kl. 13.00", dur=20,
             reason="ett examinationsmöte kl. 13.30"),
           "Halvtidsutvärderingen på måndag",
           """
Hej Kristofer,

Jag har ett examinationsmöte kl. halv två. Får jag föreslå att vi kortar halvtidsutvärderingen av praktiken måndag 17 maj kl. 13 till tjugo minuter?

Vänliga hälsningar
Linda Åberg
""", "name_near_miss: 'Kristofer' for Kristoffer (1 edit)")),
    (B, bad("name_near_miss", S(L, "reschedule", "Marianne Grönlund", "Olle Berglöf", "formal", "regular",
             meeting="Repetition inför företagskörens konsert", at="torsdag 28 januari kl. 18.30",
             props=["måndag 1 februari kl. 18.30"], reason="lokalen är dubbelbokad"),
           "Repetitionen flyttas",
           """
Hej Marianne Grönlind,

Lokalen visade sig vara dubbelbokad på torsdag. Kan vi flytta repetitionen inför företagskörens konsert till måndag 1 februari, samma tid?

Vänliga hälsningar
Olle Berglöf
""", "name_near_miss: 'Grönlind' for Grönlund")),
    (C, bad("place_changed", S(L, "reschedule", "Arne Sjödin", "Josefin Hallberg", "formal", "regular",
             meeting="Visning av lagret i Jönköping", at="onsdag 10 mars kl. 9.00",
             props=["onsdag 17 mars kl. 9.00"], reason="en inventering"),
           "Visningen av lagret",
           """
Hej Arne,

På grund av en inventering kan vi inte visa lagret i Norrköping onsdag 10 mars. Passar onsdag 17 mars kl. 9 i stället?

Vänliga hälsningar
Josefin Hallberg
""", "place_changed: Norrköping for Jönköping")),
    (E, bad("foreign_paragraph", S(L, "late_cancellation", "Maja Lindkvist", "Jesper Nord", "formal", "regular",
             meeting="Idrottsmassage", at="tisdag 14 september kl. 18.00", pol={"notice_hours": 24, "fee_percent": 50}),
           "Avbokningen i kväll",
           """
Hej Maja,

Tack, jag har tagit emot din avbokning av idrottsmassagen i kväll kl. 18.

I henhold til vores betingelser opkræver vi 50 % af prisen ved afbud mindre end 24 timer før.

Hör gärna av dig när du vill boka en ny tid.

Vänliga hälsningar
Jesper Nord
""", "foreign_paragraph: the policy paragraph is in Danish")),
    (A, bad("wrong_language_neighbour", S(L, "reschedule", "Torbjörn Lager", "Gunilla Ahlström", "formal", "regular",
             meeting="Kvartalsmöte med föräldrarådet", at="tisdag 15 december kl. 19.00",
             props=["torsdag 17 december kl. 19.00"], reason="aulan är inte ledig"),
           "Kvartalsmøtet med foreldrerådet",
           """
Hei Torbjörn,

Auditoriet er dessverre ikke ledig tirsdag 15. desember, så jeg foreslår at vi flytter kvartalsmøtet med foreldrerådet til torsdag 17. desember kl. 19.00.

Gi meg gjerne beskjed om det passer.

Med vennlig hilsen
Gunilla Ahlström
""", "wrong_language_neighbour: the whole mail is in Norwegian (bokmål)")),
    (D, bad("wrong_language_neighbour", S(L, "switch_to_email", "Ragnar Holmberg", "Lisa Fors", "formal", "regular",
             meeting="Genomgång av årsredovisningen", at="tisdag 25 maj kl. 10.00",
             reason="det är bara några få frågor kvar"),
           "Gennemgang af årsregnskabet",
           """
Kære Ragnar,

Da der kun er nogle få spørgsmål tilbage, foreslår jeg, at vi klarer gennemgangen af årsregnskabet pr. mail i stedet for at mødes tirsdag den 25. maj kl. 10.

Med venlig hilsen
Lisa Fors
""", "wrong_language_neighbour: the whole mail is in Danish")),
    (A, bad("weekday_wrong", S(L, "no_show_followup", "Per-Olof Lindahl", "Sandra Modig", "formal", "regular",
             meeting="Rådgivning om bolån", at="fredag 4 december kl. 11.00", props=["torsdag 10 december kl. 11.00"]),
           "Rådgivningen i fredags",
           """
Hej Per-Olof,

Jag väntade på dig i fredags kl. 11 till vår rådgivning om bolån. Jag hoppas att allt är väl.

Vill du boka en ny tid kan jag erbjuda onsdagen den 10 december kl. 11.

Vänliga hälsningar
Sandra Modig
""", "weekday_wrong: body 'onsdagen den 10 december', 10 December 2026 is a Thursday")),
]
