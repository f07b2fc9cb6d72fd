"""v12, Swedish: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v12src._d import A, B, C, D, E


def S(*a, **k):
    return _S("sv", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Ingrid Vallgren", "Mattias Hjorthén", "formal", "regular",
             meeting="Tandröntgen för er katt Sixten", at="fredag 21 januari kl. 9.30",
             props=["tisdag 25 januari kl. 9.30", "torsdag 27 januari kl. 13.00"],
             reason="röntgenapparaten är trasig och reservdelen kommer först nästa vecka"),
           "Ny tid för Sixtens röntgen",
           """
Hej Ingrid,

Vår röntgenapparat har gått sönder och reservdelen kommer först nästa vecka, så vi behöver flytta Sixtens tandröntgen på fredag.

Passar tisdag 25 januari, samma tid (halv tio), eller torsdag 27 januari klockan ett?

Vänliga hälsningar
Mattias Hjorthén
""", "correct: first name in formal Swedish mail, 'halv tio', 'klockan ett'")),
    (A, ok(S("decline", "Viggo Lindqvist-Ahl", "Ebba Sporrong", "friendly", "regular",
             meeting="Körrepetition inför vårkonserten", at="söndag 23 januari kl. 15.00",
             reason="jag ska på min mormors 90-årskalas"),
           "Söndag",
           """
Hej Viggo!

Jag kan tyvärr inte komma på körrepetitionen på söndag, jag ska på mormors 90-årskalas. Sjung lite extra för min del!

Kram,
Ebba
""", "correct: very short, '90-årskalas' from the reason")),
    (A, ok(S("late_cancellation", "Folke Ringström", "Annika Wetterholm", "formal", "new",
             meeting="Första passet i medicinsk yoga", at="tisdag 18 januari kl. 17.30",
             props=["tisdag 1 februari kl. 17.30"], pol={"notice_hours": 24, "fee_percent": 50},
             reason="han hade fastnat i snöovädret"),
           "Ditt yogapass",
           """
Hej Folke,

Tack för att du hörde av dig – snöovädret ställde till det för många i går.

Jag har bokat in dig på tisdagen den 1 februari, samma tid som förut (17.30). Säg till om den tiden inte passar.

För tydlighetens skull: avbokar man senare än ett dygn (24 timmar) innan passet debiterar vi hälften av avgiften, det vill säga 50 %.

Vänliga hälsningar
Annika Wetterholm
""", "correct: 'i går' for Tue 18 vs Wed 19, 'ett dygn (24 timmar)', 'hälften … 50 %'")),
    (A, ok(S("cancellation_policy", "Gunnel Åkerfeldt-Nyman", "Hampus Gyllencreutz", "formal", "new",
             pol={"notice_hours": 48, "deposit_percent": 20}),
           "Våra avbokningsvillkor",
           """
Hej Gunnel,

Välkommen som kund hos oss på översättningsbyrån! Innan vi sätter igång vill jag nämna våra villkor:

• Vid beställning betalar du en handpenning på 20 %.
• Avbokning ska ske senast två dygn (48 timmar) före avtalad leverans.

Hör av dig om något är oklart.

Med vänlig hälsning
Hampus Gyllencreutz
""", "correct: no meeting, 'två dygn (48 timmar)', handpenning 20 %")),
    (B, ok(S("shorten", "Stellan Broberg", "Tove Linderoth", "formal", "key",
             meeting="Platsbesök på tillbyggnaden i Täby", at="torsdag 24 februari kl. 13.00",
             dur=45, reason="jag måste vara på bygglovsmöte i Danderyd kl. 14.30"),
           "Platsbesöket på torsdag",
           """
Hej Stellan,

På torsdag har jag bygglovsmöte i Danderyd klockan halv tre, så vårt platsbesök på tillbyggnaden i Täby blir tre kvart. Vi ses som planerat klockan ett.

Ta gärna fram ritningarna för fönsterpartiet, så hinner vi titta på det viktigaste.

Vänliga hälsningar
Tove Linderoth
""", "correct: 45 min as 'tre kvart', 14.30 as 'halv tre' from the reason, 13.00 as 'klockan ett'")),
    (B, ok(S("switch_to_call", "Ylva Kronqvist", "Jesper Modigh", "friendly", "regular",
             meeting="Genomgång av bokföringen för kvartalet", at="fredag 25 februari kl. 10.00",
             props=["fredag 25 februari kl. 11.00"], reason="mitt barn är sjukt och jag är hemma"),
           "Ses vi på telefon i stället?",
           """
Hej Ylva!

Lillen är sjuk så jag är hemma på fredag. Kan vi ta genomgången av kvartalets bokföring per telefon i stället, klockan elva? Jag ringer dig.

Hälsningar
Jesper
""", "correct: 'klockan elva', reason paraphrased as 'lillen är sjuk'")),
    (B, ok(S("no_show_followup", "Birgitta Sandelin", "Oskar Fahlström", "formal", "regular",
             meeting="Fiollektion", at="måndag 21 februari kl. 16.15",
             props=["måndag 28 februari kl. 16.15", "tisdag 29 februari kl. 17.00"]),
           "Gårdagens lektion",
           """
Hej Birgitta,

Jag väntade på dig till fiollektionen i går kvart över fyra men du dök aldrig upp. Jag hoppas att allt är bra.

Om du vill ta igen lektionen går det bra på måndag 28 februari, samma tid, eller på skottdagen, tisdag 29 februari klockan fem.

Vänliga hälsningar
Oskar Fahlström
""", "correct: 'kvart över fyra', 'skottdagen', 'klockan fem'")),
    (B, ok(S("delegate", "Lennart Hägerstrand", "Cecilia Bjurholm", "formal", "regular",
             meeting="Bouppteckningsförrättning efter er far", at="onsdag 1 mars kl. 10.00",
             col="Rasmus Tengvall", reason="jag har fått förhinder på grund av en domstolsförhandling"),
           "Bouppteckningsförrättningen 1 mars",
           """
Hej Lennart,

Jag har tyvärr fått förhinder på grund av en domstolsförhandling. Bouppteckningsförrättningen efter din far onsdagen den 1 mars klockan tio blir ändå av; min kollega Rasmus Tengvall håller i den och har läst in hela ärendet.

Jag beklagar att jag inte kan vara med.

Med vänlig hälsning
Cecilia Bjurholm
""", "correct: 'onsdagen den 1 mars klockan tio', 'er far' -> 'din far' in du-form")),
    (C, ok(S("switch_to_email", "Torbjörn Eklind", "Moa Hedenius", "formal", "regular",
             meeting="Genomgång av nätverket på kontoret i Uppsala", at="måndag 20 mars kl. 8.30",
             reason="vår tekniker är på utbildning hela veckan"),
           "Nätverket – vi tar det via mejl",
           """
Hej Torbjörn,

Vår tekniker är på utbildning hela nästa vecka, så genomgången av nätverket på måndag kan inte bli av som planerat.

Vi kan börja via mejl: beskriv gärna vilka problem ni har (långsam uppkoppling, avbrott, skrivare?) så svarar vi punkt för punkt.

Vänliga hälsningar
Moa Hedenius
""", "correct: 'hela nästa vecka' for the reason, 'punkt för punkt'")),
    (C, ok(S("reschedule", "Rebecka Almqvist-Roos", "Sixten Wernström", "friendly", "key",
             meeting="Provsmakning av bröllopsbuffén", at="fredag 17 mars kl. 14.00",
             props=["onsdag 22 mars kl. 14.00", "fredag 24 mars kl. 10.00"],
             reason="vår kock har brutit handleden"),
           "Provsmakningen flyttas",
           """
Hej Rebecka!

Vår kock har brutit handleden, så vi får tyvärr flytta provsmakningen av bröllopsbuffén på fredag.

Går det bra med onsdag 22/3 klockan två? Eller fredagen därpå, den 24:e, klockan tio?

Varma hälsningar
Sixten
""", "correct: '22/3', 'fredagen därpå, den 24:e', hours in words")),
    (C, ok(S("decline", "Gustav Norrbom", "Elin Mårtensson-Hök", "formal", "new",
             meeting="Visning av lokalen för företagets yogakurs", at="torsdag 23 mars kl. 12.00",
             reason="lokalen har fått en vattenskada"),
           "Visningen den 23 mars",
           """
Hej Gustav,

Jag måste tyvärr ställa in visningen av lokalen den 23 mars: den har fått en vattenskada och är avstängd tills vidare.

Jag hör av mig så snart vi vet mer. Tack för ditt tålamod!

Med vänliga hälsningar
Elin Mårtensson-Hök
""", "correct: date without weekday, 'tills vidare' idiom")),
    (C, ok(S("late_cancellation", "Ulrika Dahlström", "Petter Nyquist", "formal", "regular",
             meeting="Deklarationsrådgivning för hyresintäkter", at="onsdag 15 mars kl. 15.00",
             props=["tisdag 21 mars kl. 15.00"], pol={"notice_hours": 24, "fee_percent": 100},
             reason="hon blev sjuk"),
           "Ny tid för deklarationsrådgivningen",
           """
Hej Ulrika,

Tråkigt att du blev sjuk – krya på dig! Jag har en ny tid för rådgivningen om hyresintäkterna tisdagen den 21 mars klockan tre.

Jag vill bara påminna om att avbokningar senare än 24 timmar innan debiteras fullt ut.

Vänliga hälsningar
Petter Nyquist
""", "correct: 100 % as 'fullt ut', 'klockan tre'")),
    (D, ok(S("shorten", "Ture Wallenius", "Saga Ridderstad", "friendly", "regular",
             meeting="Sånglektion inför uppspelningen", at="torsdag 27 april kl. 18.00",
             dur=30, reason="jag måste hämta på förskolan"),
           "Kortare lektion på torsdag",
           """
Hej Ture!

Jag måste hämta på förskolan på torsdag, så sånglektionen blir en halvtimme. Vi kör klockan sex som vanligt!

/Saga
""", "correct: 30 min as 'en halvtimme', 'klockan sex'")),
    (D, ok(S("delegate", "Margareta Sollevi", "Hugo Brännström", "formal", "key",
             meeting="Slutbesiktning av villan i Nacka", at="tisdag 2 maj kl. 9.00",
             col="Nora Ekengren", reason="jag opereras för ett knä"),
           "Slutbesiktningen 2 maj",
           """
Hej Margareta,

Jag ska opereras i knät och kan därför inte vara med på slutbesiktningen av villan i Nacka tisdag 2 maj kl. 9. Min kollega Nora Ekengren tar över och går igenom allt med dig på plats.

Vänliga hälsningar
Hugo Brännström
""", "correct: 'kl. 9' for 9.00")),
    (D, ok(S("no_show_followup", "Anton Sjölander", "Klara Beskow", "formal", "regular",
             meeting="Vaccination av era får", at="måndag 24 april kl. 10.00",
             props=["onsdag 3 maj kl. 10.00"], pol={"notice_hours": 24, "fee_percent": 30}),
           "Vaccinationen i måndags",
           """
Hej Anton,

I måndags kom jag ut till gården klockan tio för att vaccinera fåren, men ingen var hemma. Jag hoppas att allt är som det ska.

Jag kan komma tillbaka onsdag 3 maj vid samma tid.

Enligt våra villkor debiteras 30 % av besöket om det inte avbokas senast ett dygn (24 timmar) i förväg.

Vänliga hälsningar
Klara Beskow
""", "correct: 'i måndags' (24/4 vs Wed 26/4), 'ett dygn (24 timmar)'")),
    (D, ok(S("switch_to_call", "Kerstin Lövgren", "Axel Thunberg", "formal", "new",
             meeting="Inledande möte om tolkning vid vårdbesök", at="fredag 28 april kl. 14.00",
             props=["fredag 28 april kl. 14.30"], reason="jag är kvar i Luleå efter ett uppdrag"),
           "Vårt möte på fredag",
           """
Hej Kerstin,

Jag är kvar i Luleå efter ett uppdrag och hinner inte tillbaka till fredag. Kan vi ta vårt inledande möte om tolkning vid vårdbesök per telefon i stället, samma dag vid halv tre?

Med vänlig hälsning
Axel Thunberg
""", "correct: 'vid halv tre' for 14.30, the proposed time half an hour later")),
    (E, ok(S("switch_to_email", "Ragnar Öhrvall", "Maja Fredholm", "friendly", "regular",
             meeting="Planering av menyn till midsommarlunchen", at="måndag 12 juni kl. 11.00",
             reason="jag har fullt upp med en stor bröllopsbeställning"),
           "Midsommarmenyn via mejl?",
           """
Hej Ragnar!

Jag har fullt upp med en stor bröllopsbeställning på måndag. Ska vi planera midsommarlunchens meny via mejl i stället? Skicka dina önskemål så gör jag ett förslag i ett nafs.

Hälsningar
Maja
""", "correct: idiom 'i ett nafs'")),
    (E, ok(S("cancellation_policy", "Henrietta Åström", "Nils Grönvall", "formal", "regular",
             meeting="IT-stöd vid flytten till nya kontoret", at="torsdag 15 juni kl. 8.00",
             pol={"notice_hours": 72, "fee_percent": 40, "deposit_percent": 25}),
           "Villkor för flytten 15 juni",
           """
Hej Henrietta,

Inför IT-stödet vid flytten till nya kontoret torsdagen den 15 juni kl. 08.00 vill jag påminna om våra villkor:

1. Handpenning: 25 % vid bokning.
2. Avbokning senare än tre dygn (72 timmar) före uppdraget: 40 % av priset debiteras.

Vänliga hälsningar
Nils Grönvall
""", "correct: 'kl. 08.00' with a zero, 'tre dygn (72 timmar)'")),
    (E, ok(S("reschedule", "Börje Lundell", "Astrid Kjellgren", "formal", "regular",
             meeting="Genomgång av ritningarna för sommarhuset", at="tisdag 13 juni kl. 13.00",
             props=["fredag 16 juni kl. 13.00", "tisdag 20 juni kl. 9.00"],
             reason="konstruktören har inte blivit klar med beräkningarna"),
           "Ny tid för ritningsgenomgången",
           """
Hej Börje,

Konstruktören är inte klar med beräkningarna ännu, så vi behöver skjuta på genomgången av ritningarna för sommarhuset.

Förslag:
– fredag 16 juni, samma tid (13.00)
– tisdag 20 juni kl. 9

Hälsningar
Astrid Kjellgren
""", "correct: dash list, 'kl. 9'")),
    (E, ok(S("late_cancellation", "Siv Rosengren", "Elias Borgström", "friendly", "regular",
             meeting="Pianolektion", at="torsdag 8 juni kl. 17.00",
             props=["onsdag 14 juni kl. 17.00"], pol={"notice_hours": 12}, reason="hennes buss var inställd"),
           "Lektionen i går",
           """
Hej Siv!

Inga problem med i går, inställda bussar kan man inte rå för. Vi tar igen pianolektionen på onsdag klockan fem?

Och kom ihåg: hör av dig senast tolv timmar innan om du inte kan komma.

Hälsningar
Elias
""", "correct: 'tolv timmar' in words, 'på onsdag' unambiguous (14/6 vs Fri 9/6)")),
    # ------------------------------------------------------------------ flawed
    (A, bad("wrong_language_neighbour", S("reschedule", "Lars-Göran Friberg", "Hanna Sjöstrand", "formal", "regular",
             meeting="Genomgång av hyresavtalet för lokalen", at="torsdag 20 januari kl. 10.00",
             props=["måndag 24 januari kl. 10.00", "onsdag 26 januari kl. 15.00"],
             reason="hyresvärden har inte skickat det nya avtalet"),
           "Ny tid for gjennomgang av leieavtalen",
           """
Hei Lars-Göran,

Utleieren har ikke sendt den nye avtalen ennå, så vi må dessverre flytte gjennomgangen av leieavtalen på torsdag.

Passer det mandag 24. januar kl. 10.00 eller onsdag 26. januar kl. 15.00?

Med vennlig hilsen
Hanna Sjöstrand
""", "whole mail in Norwegian (Bokmål)")),
    (A, bad("time_swapped", S("switch_to_call", "Jonas Wikmark", "Lisa Gerdin", "formal", "regular",
             meeting="Avstämning av momsredovisningen", at="måndag 24 januari kl. 9.00",
             props=["måndag 24 januari kl. 13.00"], reason="jag sitter fast på ett annat uppdrag i Västerås"),
           "Avstämningen på måndag",
           """
Hej Jonas,

Jag sitter fast på ett annat uppdrag i Västerås på måndag förmiddag. Kan vi flytta avstämningen av momsredovisningen från klockan ett till klockan nio och ta den per telefon?

Vänliga hälsningar
Lisa Gerdin
""", "moved 'from 13 to 9': old and new hour exchanged")),
    (A, bad("time_recap_wrong", S("no_show_followup", "Ellinor Strandh", "Fredrik Wahlberg", "friendly", "regular",
             meeting="Privatlektion i yin yoga", at="måndag 17 januari kl. 19.00",
             props=["måndag 24 januari kl. 18.00"]),
           "I måndags",
           """
Hej Ellinor!

Jag väntade på dig i måndags kväll men du kom inte – hoppas att allt är okej.

Vill du ta igen lektionen har jag en lucka måndag 24 januari klockan sex på kvällen. Då ses vi på måndag klockan sju!

Kram,
Fredrik
""", "recap 'klockan sju' (the old 19.00) for the offered 18.00")),
    (A, bad("weekday_wrong", S("late_cancellation", "Bengt Ahlqvist-Sporre", "Vendela Rydholm", "formal", "regular",
             meeting="Konsultation om bodelning", at="tisdag 18 januari kl. 13.00",
             props=["torsdag 27 januari kl. 13.00"], pol={"notice_hours": 48},
             reason="han hade missförstått tiden"),
           "Ny tid torsdagen den 27 januari",
           """
Hej Bengt,

Tack för att du hörde av dig. Jag föreslår att vi tar konsultationen om bodelningen onsdag 27 januari klockan 13.00.

Observera att avbokning ska göras senast 48 timmar innan.

Vänliga hälsningar
Vendela Rydholm
""", "body 'onsdag 27 januari' (a Thursday); subject right")),
    (B, bad("percent_swapped", S("cancellation_policy", "Alva Lundgren-Stål", "Gösta Nordfeldt", "formal", "new",
             meeting="Cateringen till personalfesten", at="fredag 3 mars kl. 18.00",
             pol={"notice_hours": 168, "fee_percent": 50, "deposit_percent": 30}),
           "Villkor för personalfesten",
           """
Hej Alva,

Tack för din bokning av cateringen till personalfesten fredag 3 mars kl. 18. Handpenningen är 50 % och ska betalas vid bokning. Avbokar ni senare än en vecka (168 timmar) innan debiteras 30 % av totalbeloppet.

Vänliga hälsningar
Gösta Nordfeldt
""", "deposit 50 % and fee 30 % swapped")),
    (B, bad("policy_invented", S("late_cancellation", "Tekla Hallberg", "Samuel Öberg", "formal", "regular",
             meeting="Flöjtlektion", at="måndag 21 februari kl. 15.30",
             props=["måndag 28 februari kl. 15.30"], reason="hon hade glömt bort lektionen"),
           "Flöjtlektionen",
           """
Hej Tekla,

Det händer alla att glömma! Vi tar flöjtlektionen måndag 28 februari, samma tid.

Jag behöver dock debitera halva lektionsavgiften för gårdagen, eftersom avbokningen kom så sent.

Hälsningar
Samuel Öberg
""", "invented charge 'halva lektionsavgiften'; no policy given")),
    (B, bad("number_invented", S("delegate", "Ronja Friman", "Björn Tallberg", "formal", "regular",
             meeting="Installation av nya datorer på mottagningen", at="torsdag 24 februari kl. 8.00",
             col="Ida Hemström", reason="jag är bortrest"),
           "Installationen på torsdag",
           """
Hej Ronja,

Jag är bortrest på torsdag, så min kollega Ida Hemström sköter installationen av de nya datorerna på mottagningen klockan 8. Hon räknar med att vara klar med alla sex arbetsplatser före lunch.

Vänliga hälsningar
Björn Tallberg
""", "invented count 'sex arbetsplatser'")),
    (B, bad("discount_invented", S("reschedule", "Holger Brink", "Emelie Stjernfelt", "friendly", "key",
             meeting="Fotografering av nya produktbilderna", at="fredag 25 februari kl. 10.00",
             props=["måndag 28 februari kl. 10.00", "onsdag 1 mars kl. 13.00"],
             reason="kunden har bett om rabatt eftersom vi redan flyttat en gång"),
           "Fotograferingen flyttas",
           """
Hej Holger!

Jag måste tyvärr flytta fotograferingen på fredag. Funkar måndag 28 februari kl. 10 eller onsdag 1 mars kl. 13?

Och eftersom det är andra gången vi flyttar får ni 20 % rabatt på fakturan.

Hälsningar
Emelie
""", "20 % discount licensed only by the reason")),
    (C, bad("link_invented", S("switch_to_call", "Ivar Holmström", "Linnea Sköld", "formal", "regular",
             meeting="Genomgång av den engelska översättningen av stiftelsens årsredovisning", at="tisdag 21 mars kl. 10.00",
             props=["tisdag 21 mars kl. 11.00"], reason="jag är förkyld"),
           "Videosamtal i stället",
           """
Hej Ivar,

Jag är förkyld och vill inte smitta, så kan vi ta genomgången av översättningen över video på tisdag kl. 11 i stället?

Länk: teams.microsoft.com/l/meetup-join/skold-holmstrom

Vänliga hälsningar
Linnea Sköld
""", "invented meeting link")),
    (C, bad("email_invented", S("decline", "Agnes Wikström", "Olof Bergenholtz", "formal", "regular",
             meeting="Ljudprov för konserten i kyrkan", at="fredag 24 mars kl. 17.00",
             reason="organisten har fått förhinder"),
           "Ljudprovet på fredag",
           """
Hej Agnes,

Organisten har fått förhinder, så ljudprovet för konserten i kyrkan på fredag blir inte av. Vid frågor kan du mejla mig privat på olof.bergenholtz@hotmail.com.

Hälsningar
Olof Bergenholtz
""", "invented private e-mail address")),
    (C, bad("phone_invented", S("no_show_followup", "Greta Hultman", "Viktor Sandberg", "formal", "regular",
             meeting="Återbesök för hundens öroninflammation", at="tisdag 14 mars kl. 14.00",
             props=["tisdag 21 mars kl. 14.00"]),
           "Återbesöket i tisdags",
           """
Hej Greta,

Vi saknade dig och hunden på återbesöket i tisdags. Vi har en ny tid tisdag 21 mars klockan två. Ring oss gärna på 018-47 52 90 om den inte passar.

Vänliga hälsningar
Viktor Sandberg
""", "invented phone number")),
    (C, bad("title_or_company_invented", S("shorten", "Joel Fransson", "Idun Lagerkvist", "formal", "regular",
             meeting="Deklarationsmöte för enskild firma", at="måndag 27 mars kl. 9.00",
             dur=45, reason="jag har ett möte med Skatteverket kl. 10"),
           "Deklarationsmötet på måndag",
           """
Hej Joel,

Jag har ett möte med Skatteverket klockan tio på måndag, så vårt deklarationsmöte blir tre kvart. Vi börjar klockan nio.

Vänliga hälsningar

Idun Lagerkvist
Auktoriserad redovisningskonsult, Lagerkvist Ekonomi AB
""", "invented title and company in the signature")),
    (D, bad("name_near_miss", S("switch_to_email", "Vilhelmina Östergren", "Carl-Johan Rapp", "formal", "regular",
             meeting="Planering av konfirmationsmiddagen", at="torsdag 27 april kl. 16.00",
             reason="jag har en stor leverans samma dag"),
           "Konfirmationsmiddagen",
           """
Hej Wilhelmina,

Jag har en stor leverans på torsdag, så vi tar planeringen av konfirmationsmiddagen via mejl i stället. Skicka gärna era önskemål!

Hälsningar
Carl-Johan Rapp
""", "greeting 'Wilhelmina' for Vilhelmina (one letter changed)")),
    (D, bad("place_changed", S("reschedule", "Erland Kvist", "Josefin Ahlborg", "formal", "regular",
             meeting="Platsbesök på radhusbygget i Sundbyberg", at="fredag 28 april kl. 9.00",
             props=["torsdag 4 maj kl. 9.00", "fredag 5 maj kl. 13.00"],
             reason="byggställningen har inte besiktigats"),
           "Platsbesöket flyttas",
           """
Hej Erland,

Byggställningen har inte besiktigats än, så platsbesöket på radhusbygget i Solna på fredag måste flyttas. Passar torsdag 4 maj kl. 9 eller fredag 5 maj kl. 13?

Vänliga hälsningar
Josefin Ahlborg
""", "place changed: Solna for Sundbyberg")),
    (D, bad("foreign_paragraph", S("late_cancellation", "Mikaela Forsén", "Tobias Linnér", "formal", "regular",
             meeting="Yogapass på företaget", at="tisdag 25 april kl. 12.00",
             props=["tisdag 9 maj kl. 12.00"], pol={"notice_hours": 24, "fee_percent": 50},
             reason="ledningsgruppen hade ett extramöte"),
           "Yogapasset",
           """
Hej Mikaela,

Tack för beskedet. Vi tar yogapasset tisdag 9 maj kl. 12 i stället.

Vær opmærksom på, at vi ved afbud senere end 24 timer før opkræver halvdelen af prisen (50 %).

Vänliga hälsningar
Tobias Linnér
""", "policy paragraph in Danish")),
    (D, bad("wrong_language_neighbour", S("switch_to_call", "Gunvor Ekblad", "Anders Ljungqvist", "formal", "regular",
             meeting="Genomgång av skrivarproblemen på kontoret", at="tisdag 2 maj kl. 10.00",
             props=["tisdag 2 maj kl. 10.30"], reason="vår bil har gått sönder"),
           "Gennemgang af printerproblemerne",
           """
Hej Gunvor,

Vores bil er gået i stykker, så vi kan desværre ikke komme ud til kontoret på tirsdag. Kan vi tage gennemgangen af printerproblemerne over telefonen kl. 10.30 i stedet?

Med venlig hilsen
Anders Ljungqvist
""", "whole mail in Danish")),
    (E, bad("title_or_company_invented", S("delegate", "Rut Blomqvist", "Simon Westergård", "formal", "regular",
             meeting="Besiktning av fuktskadan i källaren", at="onsdag 14 juni kl. 10.00",
             col="Amanda Klingberg", reason="jag har en annan besiktning i Borås"),
           "Besiktningen på onsdag",
           """
Hej Rut,

Jag har en annan besiktning i Borås på onsdag. Min kollega, byggnadsingenjör Amanda Klingberg, gör besiktningen av fuktskadan i källaren klockan tio.

Vänliga hälsningar
Simon Westergård
""", "invented title 'byggnadsingenjör' for the colleague")),
    (E, bad("name_near_miss", S("cancellation_policy", "Dagny Hellström", "Pontus Edholm", "formal", "new",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Avbokningsvillkor",
           """
Hej Dagny,

Välkommen till musikskolan! Lektioner som avbokas senare än 24 timmar innan debiteras fullt ut.

Vänliga hälsningar
Pontus Edholmn
""", "signature 'Edholmn' for Edholm (one letter added)")),
    (E, bad("place_changed", S("late_cancellation", "Ove Magnusson", "Frida Kastengren", "formal", "regular",
             meeting="Provsmakning inför studentfesten i Lund", at="torsdag 8 juni kl. 16.00",
             props=["tisdag 13 juni kl. 16.00"], pol={"notice_hours": 48, "deposit_percent": 20},
             reason="hans dotter hade ett prov"),
           "Provsmakningen",
           """
Hej Ove,

Förstår att provet gick före! Vi tar provsmakningen inför studentfesten i Malmö tisdag 13 juni kl. 16 i stället.

Påminner om att handpenningen är 20 % och att avbokning ska ske senast 48 timmar innan.

Vänliga hälsningar
Frida Kastengren
""", "place changed: Malmö for Lund")),
    (E, bad("foreign_paragraph", S("decline", "Sture Lindahl", "Johanna Westin", "formal", "regular",
             meeting="Bokföringsgenomgång för föreningen", at="måndag 19 juni kl. 18.00",
             reason="jag ska på en begravning"),
           "Måndagens genomgång",
           """
Hej Sture,

Jag ska på en begravning på måndag och kan därför inte hålla i bokföringsgenomgången för föreningen.

Es tut mir sehr leid. Ich melde mich, sobald ich einen neuen Termin vorschlagen kann.

Vänliga hälsningar
Johanna Westin
""", "second paragraph in German")),
]
