"""v10 Swedish records, written by hand (data-z, 2026-12-07). 001-020 correct, 021-040 flawed."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v10src._d import A, B, C, D, E


def S(*a, **k):
    return _S("sv", *a, **k)


RECORDS = [
# ---------------------------------------------------------------- correct
(A, ok(S("reschedule", "Gunnel Åkesson", "Henrik Sjöblom", "formal", "regular",
        meeting="Genomgång av lagerflytten till Jönköping", at="torsdag 4 februari kl. 9.30",
        props=("tisdag 9 februari kl. 9.30", "onsdag 10 februari kl. 13.00"),
        reason="truckleverantören har flyttat sin besiktning till torsdag"),
    "Lagerflytten – ny tid för genomgången",
    """Hej Gunnel,

Truckleverantören har flyttat sin besiktning till torsdag, och jag behöver vara på plats. Därför vill jag föreslå en ny tid för vår genomgång av lagerflytten till Jönköping.

Passar något av dessa?
• tisdag 9/2, samma tid (halv tio)
• onsdag den 10:e klockan ett

Ber om ursäkt för omkastningen.

Vänliga hälsningar
Henrik Sjöblom""",
    "correct: first name in formal Swedish mail, 'tisdag 9/2, samma tid (halv tio)', 'onsdag den 10:e klockan ett' for 13.00")),
(A, ok(S("decline", "Elsa Grönqvist", "Viktor Hammarlund", "friendly", "regular",
        meeting="Vårkonsert med kulturskolans stråkorkester", at="lördag 6 februari kl. 15.00",
        reason="jag är bortrest på en kurs i Umeå hela helgen"),
    "Lördagens konsert",
    """Hej Elsa!

Tyvärr missar jag vårkonserten på lördag – jag är på kurs uppe i Umeå hela helgen. Så trist!

Lycka till med stråkorkestern, jag håller tummarna. Berätta hur det gick!

Kram,
Viktor""",
    "correct: friendly, 'håller tummarna' idiom, no numbers")),
(A, ok(S("late_cancellation", "Bertil Lövgren", "Annika Rosenqvist", "formal", "regular",
        meeting="Tandrengöring av katten Morris", at="tisdag 2 februari kl. 8.00",
        reason="avbokning en halvtimme innan", pol={"notice_hours": 24, "fee_percent": 50}),
    "Morris tandrengöring",
    """Hej Bertil,

Vi fick din avbokning av Morris tandrengöring i går, en halvtimme innan besöket klockan åtta.

Som vi informerade om vid bokningen debiterar vi hälften av avgiften (50 %) när ett besök avbokas senare än ett dygn (24 timmar) i förväg.

Hör av dig när du vill boka en ny tid.

Vänliga hälsningar
Annika Rosenqvist""",
    "correct: 'hälften av avgiften (50 %)', 'ett dygn (24 timmar)', 'klockan åtta', 'i går' from Wed 3 Feb")),
(A, ok(S("switch_to_email", "Margareta Ekwall", "Jonas Tidblad", "formal", "new",
        meeting="Uppstartsmöte om översättningen av bruksanvisningen", at="fredag 5 februari kl. 14.00",
        reason="jag behöver bara källfilerna och en ordlista"),
    "Översättningen av bruksanvisningen",
    """Hej Margareta,

Tack för uppdraget! För att komma igång med översättningen av bruksanvisningen behöver jag egentligen bara källfilerna och en ordlista, så vi kan gärna hoppa över uppstartsmötet på fredag.

Skicka materialet per mejl när det passar, så hör jag av mig om något är oklart.

Med vänlig hälsning
Jonas Tidblad""",
    "correct: reason restated, 'på fredag'")),
(B, ok(S("shorten", "Sten Forsgren", "Linnéa Ahlqvist", "formal", "key",
        meeting="Skissgenomgång för radhusen i Alingsås", at="torsdag 25 mars kl. 13.00", dur=45,
        reason="bygglovshandläggaren vill träffa mig klockan två"),
    "Skissgenomgången på torsdag",
    """Hej Sten,

Bygglovshandläggaren vill träffa mig klockan två på torsdag, så jag behöver korta vår skissgenomgång för radhusen i Alingsås till tre kvart. Vi börjar som planerat klockan ett.

Jag skickar skisserna i förväg så att vi kan gå rakt på frågorna.

Vänliga hälsningar
Linnéa Ahlqvist""",
    "correct: 'tre kvart' for 45, 'klockan ett' for 13.00, 'klockan två' from the reason")),
(B, ok(S("delegate", "Oskar Wennerholm", "Tilda Bergkvist", "friendly", "regular",
        meeting="Byte av brandvägg på kontoret", at="onsdag 24 mars kl. 7.30",
        col="Amir Haddad", reason="jag har blivit inkallad som vittne i tingsrätten"),
    "Brandväggsbytet i morgon",
    """Hej Oskar!

Jag har blivit kallad som vittne till tingsrätten i morgon, så det blir min kollega Amir Haddad som byter brandväggen hos er. Han kommer halv åtta som vi sa och har hela konfigurationen med sig.

Hör av dig om något strular!
Tilda""",
    "correct: 'halv åtta' for 7.30, 'i morgon' = Wed 24")),
(B, ok(S("switch_to_call", "Ingrid Pålsson", "Mattias Strandberg", "formal", "regular",
        meeting="Genomgång av bouppteckningen efter er far", at="fredag 26 mars kl. 10.00",
        props=("fredag 26 mars kl. 10.30",), reason="det återstår bara att stämma av två belopp"),
    "Bouppteckningen",
    """Hej Ingrid,

Det återstår bara två belopp att stämma av i bouppteckningen efter din far. Det klarar vi gott på telefon, så du slipper ta dig in till kontoret.

Går det bra att jag ringer på fredag klockan halv elva?

Varma hälsningar
Mattias Strandberg""",
    "correct: 'halv elva' for 10.30, du-form with 'din far' for 'er far' (natural in Swedish)")),
(B, ok(S("cancellation_policy", "Leif Hedenström", "Sofia Kjellgren", "formal", "new",
        pol={"notice_hours": 504, "fee_percent": 100, "deposit_percent": 20}),
    "Villkor för bokning av festvåningen",
    """Hej Leif,

Roligt att du är intresserad av vår festvåning! Här är våra villkor:

– Vid bokning betalas en handpenning på 20 %.
– Avbokar du senare än tre veckor (504 timmar) före festen debiteras hela beloppet.

Välkommen att höra av dig med frågor.

Vänliga hälsningar
Sofia Kjellgren""",
    "correct: policy without a meeting, 'tre veckor (504 timmar)', 'hela beloppet' for 100")),
(C, ok(S("no_show_followup", "Ulrika Sandelin", "Petter Holmgren", "formal", "regular",
        meeting="Cellolektion för Alva", at="tisdag 13 april kl. 16.45", props=("tisdag 20 april kl. 16.45",)),
    "Alvas cellolektion",
    """Hej Ulrika,

Jag väntade på Alva till cellolektionen i går kvart i fem, men hon kom inte. Jag hoppas att allt är bra.

Ska vi säga nästa tisdag, den 20 april, vid samma tid?

Vänliga hälsningar
Petter Holmgren""",
    "correct: past meeting 'i går kvart i fem' from Wed 14 Apr, 'nästa tisdag, den 20 april, vid samma tid'")),
(C, ok(S("reschedule", "Emil Fransson", "Hanna Sörensen", "friendly", "regular",
        meeting="Hälsokontroll av valpen Sigge", at="fredag 16 april kl. 14.00",
        props=("måndag 19 april kl. 14.00", "tisdag 20 april kl. 9.00"), reason="jag är sjuk hela veckan"),
    "Sigges hälsokontroll",
    """Hej Emil!

Jag har åkt på en rejäl förkylning och är hemma resten av veckan, så Sigges hälsokontroll på fredag får vi flytta.

Funkar måndag den 19:e klockan två, eller tisdag den 20:e klockan nio på morgonen?

Hälsningar
Hanna""",
    "correct: reason paraphrased ('en rejäl förkylning'), 'klockan två' for 14.00, 'klockan nio på morgonen'")),
(C, ok(S("late_cancellation", "Agnes Holmberg", "Rasmus Ekdahl", "friendly", "key",
        meeting="Tolkning vid föräldramötet på Ekbackens skola", at="torsdag 15 april kl. 18.00",
        reason="avbokat i morse", pol={"notice_hours": 48, "fee_percent": 100}),
    "Tolkningen i morgon",
    """Hej Agnes,

Tack för beskedet i morse om att tolkningen på föräldramötet i morgon är inställd.

Jag måste tyvärr ändå debitera hela arvodet, eftersom avbokningen kom senare än två dygn innan uppdraget. Det är samma regel som alltid, inget personligt!

Hoppas vi ses på nästa möte.
Rasmus""",
    "correct: 'två dygn' for 48 h, 'hela arvodet' for 100, 'i morgon' = Thu 15")),
(C, ok(S("decline", "Göran Ljungberg", "Saga Vinterhav", "formal", "new",
        meeting="Offertmöte om drift av er webbutik", at="måndag 19 april kl. 10.00",
        reason="vi tar inte längre emot nya driftkunder"),
    "Offertmötet på måndag",
    """Hej Göran,

Tack för förfrågan om drift av er webbutik. Vi har tyvärr slutat ta emot nya driftkunder, så jag vill inte låta dig lägga tid på ett offertmöte på måndag.

Lycka till med att hitta rätt partner.

Med vänlig hälsning
Saga Vinterhav""",
    "correct: reason paraphrased, 'på måndag'")),
(D, ok(S("switch_to_call", "Klara Rydén", "Joel Wahlgren", "friendly", "regular",
        meeting="Platsbesök på tomten i Lerum", at="torsdag 6 maj kl. 8.00",
        props=("torsdag 6 maj kl. 8.15",), reason="jag har fått ryggskott och kan inte köra"),
    "Platsbesöket på torsdag",
    """Hej Klara!

Jag har dragit på mig ett ryggskott och kan inte köra bil, så platsbesöket på tomten i Lerum på torsdag får bli ett samtal i stället. Jag ringer kvart över åtta, om det passar?

Ta gärna några bilder på slänten mot vägen innan, så går vi igenom dem tillsammans.

Hälsningar
Joel""",
    "correct: 'kvart över åtta' for 8.15, reason paraphrased")),
(D, ok(S("no_show_followup", "Per-Olof Vikström", "Elin Carlberg", "formal", "new",
        meeting="Hämtning av era pallar vid terminalen i Norrköping", at="måndag 3 maj kl. 6.30",
        props=("fredag 7 maj kl. 6.30",)),
    "Hämtningen i Norrköping",
    """Hej Per-Olof,

Vår chaufför var på terminalen i Norrköping i går morse halv sju för att hämta era pallar, men ingen var på plats för att lasta.

Vi kan komma tillbaka på fredag den 7 maj vid samma tid. Kan du bekräfta att någon finns där?

Vänliga hälsningar
Elin Carlberg""",
    "correct: past meeting 'i går morse halv sju' from Tue 4 May, 'fredag den 7 maj vid samma tid'")),
(D, ok(S("shorten", "Birgitta Almgren", "Kristoffer Engdahl", "formal", "regular",
        meeting="Genomgång av översättningen av årsredovisningen", at="onsdag 5 maj kl. 15.00", dur=30,
        reason="jag har en tolkning på tingsrätten klockan fyra"),
    "Genomgången i morgon",
    """Hej Birgitta,

I morgon klockan fyra tolkar jag på tingsrätten, så vår genomgång av översättningen av årsredovisningen behöver bli kortare än planerat: en halvtimme, med start klockan tre.

Jag börjar med de termer där jag är mest osäker.

Vänliga hälsningar
Kristoffer Engdahl""",
    "correct: 'en halvtimme' for 30, 'klockan tre' for 15.00, 'klockan fyra' from the reason")),
(D, ok(S("cancellation_policy", "Moa Lundkvist", "Ida Wallén", "friendly", "regular",
        meeting="Sommarkurs i sång för vuxna", at="måndag 7 juni kl. 18.00",
        pol={"notice_hours": 336, "deposit_percent": 30}),
    "Sommarkursen",
    """Hej Moa!

Kul att du vill vara med på sommarkursen i sång! Den börjar måndagen den 7 juni klockan sex på kvällen.

För att platsen ska vara din tar jag en handpenning på 30 %. Du kan avboka kostnadsfritt fram till två veckor (336 timmar) innan.

Varma hälsningar
Ida""",
    "correct: 'måndagen den 7 juni klockan sex på kvällen', 'två veckor (336 timmar)', 'handpenning på 30 %'")),
(E, ok(S("delegate", "Torsten Edlund", "Cecilia Åström", "formal", "key",
        meeting="Arvskifte för fastigheten i Borgholm", at="tisdag 8 juni kl. 13.00",
        col="Fredrik Thelander", reason="jag är föräldraledig från och med måndag"),
    "Arvskiftet den 8 juni",
    """Hej Torsten,

Från och med måndag är jag föräldraledig, så det blir min kollega Fredrik Thelander som håller i arvskiftet för fastigheten i Borgholm på tisdag den 8 juni kl. 13.

Fredrik har gått igenom hela ärendet med mig och känner till alla turer.

Vänliga hälsningar
Cecilia Åström""",
    "correct: 'tisdag den 8 juni kl. 13', colleague by first name the second time")),
(E, ok(S("switch_to_email", "Nils Brännström", "Frida Wikman", "friendly", "regular",
        meeting="Avstämning om sommarens leveransschema", at="fredag 4 juni kl. 11.00",
        reason="schemat är klart och ryms i ett kalkylark"),
    "Leveransschemat",
    """Hej Nils!

Sommarens leveransschema är klart och får plats i ett enda kalkylark, så vi behöver nog inte ses på fredag. Jag mejlar det till dig i dag – säg till om något ser konstigt ut.

Trevlig helg när den kommer!
Frida""",
    "correct: reason paraphrased, 'i dag' a relative word, no new time")),
(E, ok(S("decline", "Solveig Norrman", "Anders Tegnér", "formal", "regular",
        meeting="Hembesök för avmaskning av fåren", at="torsdag 10 juni kl. 9.00",
        reason="jag tar inte längre hembesök utanför kommunen"),
    "Hembesöket den 10 juni",
    """Hej Solveig,

Jag har tyvärr slutat göra hembesök utanför kommunen och kan därför inte komma ut och avmaska fåren nästa torsdag.

Jag tipsar gärna om en kollega i ert område om du vill.

Vänliga hälsningar
Anders Tegnér""",
    "correct: 'nästa torsdag' = Thu 10 June from Wed 2, a colleague offered without a name")),
(E, ok(S("shorten", "Ebba Sundqvist", "Max Lindroth", "friendly", "regular",
        meeting="Visning av festlokalen inför studentfesten", at="torsdag 3 juni kl. 17.00", dur=20,
        reason="vi har en bröllopsmiddag som ska dukas upp direkt efter"),
    "Visningen i morgon",
    """Hej Ebba!

Visningen av festlokalen i morgon blir lite kortare än tänkt – tjugo minuter från klockan fem – eftersom vi ska duka upp för en bröllopsmiddag direkt efteråt.

Det räcker fint för att se lokalen och prata placering!

Hälsningar
Max""",
    "correct: 'tjugo minuter' in words for 20, 'klockan fem' for 17.00")),
# ---------------------------------------------------------------- flawed
(A, bad("wrong_language_neighbour", S("reschedule", "Ulla Bergendahl", "Tobias Nylander", "formal", "regular",
        meeting="Genomgång av ärendesystemet för supporten", at="torsdag 4 februari kl. 10.00",
        props=("måndag 8 februari kl. 10.00",), reason="vår systemleverantör gör en uppgradering på torsdag"),
    "Ny tid for gjennomgangen",
    """Hei Ulla,

Systemleverandøren vår oppgraderer saksbehandlingssystemet på torsdag, så vi må dessverre flytte gjennomgangen vår.

Passer det med mandag 8. februar kl. 10.00 i stedet?

Med vennlig hilsen
Tobias Nylander""",
    "wrong_language_neighbour: the whole draft is Norwegian (bokmål)")),
(A, bad("time_swapped", S("switch_to_call", "Gudrun Wallin", "Erik Sandström", "formal", "regular",
        meeting="Återbesök för hunden Ludde", at="fredag 5 februari kl. 15.00",
        props=("torsdag 4 februari kl. 11.00",), reason="provsvaren är bra och Ludde behöver inte undersökas"),
    "Luddes återbesök",
    """Hej Gudrun,

Luddes provsvar ser bra ut, så han behöver inte undersökas igen. I stället för återbesöket på torsdag klockan elva ringer jag dig på fredag klockan tre och går igenom svaren.

Vänliga hälsningar
Erik Sandström""",
    "time_swapped: the visit is Fri 15.00 and the call Thu 11.00; the mail has them the other way round")),
(A, bad("title_or_company_invented", S("decline", "Arne Holmqvist", "Louise Fahlström", "formal", "new",
        meeting="Förstudie för tillbyggnad av sommarhuset på Orust", at="måndag 8 februari kl. 13.00",
        reason="vår byrå tar bara offentliga uppdrag i år"),
    "Tillbyggnaden på Orust",
    """Hej Arne,

Tack för förfrågan om tillbyggnaden av ert sommarhus på Orust. I år tar vår byrå bara offentliga uppdrag, så jag måste tyvärr tacka nej till förstudien på måndag.

Med vänlig hälsning

Louise Fahlström
Arkitekt SAR/MSA
Fahlström & Berg Arkitekter AB""",
    "title_or_company_invented: a professional title and a firm nobody gave")),
(A, bad("foreign_paragraph", S("late_cancellation", "Lennart Åberg", "Josefin Kindberg", "formal", "regular",
        meeting="Pianolektion för Vilmer", at="tisdag 2 februari kl. 17.00",
        reason="avbokning en timme innan", pol={"notice_hours": 24, "fee_percent": 100}),
    "Vilmers pianolektion",
    """Hej Lennart,

Avbokningen av Vilmers pianolektion i går kom bara en timme innan. Enligt villkoren debiteras lektioner som avbokas senare än ett dygn i förväg fullt ut.

Vi ses forhåbentlig til næste time, og husk at øve skalaerne.

Vänliga hälsningar
Josefin Kindberg""",
    "foreign_paragraph: a Danish paragraph in a Swedish mail")),
(B, bad("wrong_language_neighbour", S("switch_to_email", "Signe Bergquist", "Albin Östlund", "friendly", "regular",
        meeting="Genomgång av undertexterna till dokumentären", at="torsdag 25 mars kl. 13.00",
        reason="det är bara fem repliker kvar att diskutera"),
    "Undertekster",
    """Hej Signe,

Der er kun fem replikker tilbage at diskutere i underteksterne til dokumentaren, så vi behøver ikke mødes på torsdag. Jeg sender dem til dig på mail i dag.

Mange hilsner
Albin""",
    "wrong_language_neighbour: the whole draft is Danish")),
(B, bad("percent_swapped", S("cancellation_policy", "Rolf Hägglund", "Emma Skoglund", "formal", "new",
        pol={"notice_hours": 168, "fee_percent": 60, "deposit_percent": 20}),
    "Bokningsvillkor för konferensgården",
    """Hej Rolf,

Tack för ditt intresse för konferensgården. Vid bokning betalar du en handpenning på 60 %. Avbokar du senare än en vecka (168 timmar) före ankomst tar vi ut en avgift på 20 % av totalpriset.

Vänliga hälsningar
Emma Skoglund""",
    "percent_swapped: deposit given 20 and fee 60; the mail has handpenning 60 % and avgift 20 %")),
(B, bad("name_near_miss", S("delegate", "Marianne Fjällström", "Anton Gyllenberg", "formal", "key",
        meeting="Förhandling om kyltransporter till Norrland", at="onsdag 24 mars kl. 10.00",
        col="Sara Lidholm", reason="jag måste vara på terminalen i Helsingborg efter en olycka"),
    "Förhandlingen i morgon",
    """Hej Marianne,

Efter en olycka på terminalen i Helsingborg måste jag vara på plats där i morgon. Min kollega Sara Lindholm tar förhandlingen om kyltransporterna till Norrland klockan tio, och hon har fullt mandat.

Vänliga hälsningar
Anton Gyllenberg""",
    "name_near_miss: colleague 'Sara Lindholm' for Sara Lidholm (one letter added)")),
(B, bad("place_changed", S("shorten", "Hugo Fernlund", "Stina Engström", "friendly", "regular",
        meeting="Repetition med kören i Västerås domkyrka", at="lördag 27 mars kl. 10.00", dur=60,
        reason="kyrkan behöver lokalen för ett dop klockan elva"),
    "Lördagens repetition",
    """Hej Hugo!

Kyrkan behöver lokalen för ett dop klockan elva på lördag, så repetitionen med kören i Uppsala domkyrka blir bara en timme, från klockan tio.

Hälsningar
Stina""",
    "place_changed: 'Uppsala domkyrka' for Västerås")),
(C, bad("time_recap_wrong", S("reschedule", "Astrid Kronqvist", "Magnus Ebbesson", "formal", "regular",
        meeting="Genomgång av samboavtalet", at="torsdag 15 april kl. 14.00",
        props=("tisdag 20 april kl. 14.00", "onsdag 21 april kl. 9.00"), reason="jag har fått en akut förhandling i tingsrätten"),
    "Samboavtalet – ny tid",
    """Hej Astrid,

Jag har fått en akut förhandling i tingsrätten i morgon och måste flytta vår genomgång av samboavtalet.

Jag kan tisdag den 20 april klockan två eller onsdag den 21 april klockan nio. Tills vidare har jag preliminärt bokat onsdag den 21 april klockan två åt oss.

Vänliga hälsningar
Magnus Ebbesson""",
    "time_recap_wrong: the provisional booking 'onsdag den 21 april klockan två' mixes the two offered slots")),
(C, bad("policy_invented", S("no_show_followup", "Jesper Åhlund", "Maria Hedlund", "friendly", "regular",
        meeting="Vaccination av katten Smulan", at="tisdag 13 april kl. 15.30", props=("fredag 16 april kl. 15.30",)),
    "Smulans vaccination",
    """Hej Jesper,

Vi väntade på Smulan i går halv fyra, men ni dök aldrig upp. Ett uteblivet besök debiteras som vanligt med full avgift.

Vill du ta fredag den 16 april vid samma tid i stället?

Hälsningar
Maria""",
    "policy_invented: 'debiteras ... med full avgift' with no policy given")),
(C, bad("title_or_company_invented", S("switch_to_call", "Berit Lundmark", "Simon Fredén", "formal", "regular",
        meeting="Uppföljning av reklamationerna från mars", at="fredag 16 april kl. 9.00",
        reason="siffrorna är redan utskickade"),
    "Uppföljningen på fredag",
    """Hej Berit,

Eftersom siffrorna om reklamationerna från mars redan är utskickade räcker det med ett kort samtal på fredag klockan nio i stället för ett möte.

Vänliga hälsningar

Simon Fredén
Kundansvarig
Nordfrakt Logistik AB""",
    "title_or_company_invented: a title and a company under the signature")),
(C, bad("foreign_paragraph", S("switch_to_email", "Yvonne Sjödin", "Karl Backström", "formal", "new",
        meeting="Visning av konferenslokalen på Skeppsholmen", at="måndag 19 april kl. 11.00",
        reason="alla mått och bilder finns i en broschyr"),
    "Konferenslokalen på Skeppsholmen",
    """Hej Yvonne,

Alla mått och bilder på konferenslokalen finns samlade i en broschyr, så du behöver inte ta dig till Skeppsholmen på måndag.

Jeg sender deg brosjyren i løpet av dagen, så kan du se på den i ro og mak.

Med vänlig hälsning
Karl Backström""",
    "foreign_paragraph: a Norwegian paragraph in a Swedish mail")),
(D, bad("weekday_wrong", S("reschedule", "Lovisa Granlund", "Jakob Sundin", "friendly", "regular",
        meeting="Korrläsning av romanöversättningen", at="onsdag 5 maj kl. 10.00",
        props=("tisdag 11 maj kl. 10.00",), reason="förlaget har skickat tillbaka tre kapitel med ändringar"),
    "Korrläsningen flyttas till måndag 11 maj",
    """Hej Lovisa!

Förlaget har skickat tillbaka tre kapitel med ändringar, så jag behöver några dagar till innan vi korrläser. Kan vi ta det tisdag 11 maj i stället, fortfarande klockan tio?

Hälsningar
Jakob""",
    "weekday_wrong: subject 'måndag 11 maj' (11 May 2027 is a Tuesday); body right")),
(D, bad("number_invented", S("late_cancellation", "Kjell Ramström", "Therese Vallin", "formal", "regular",
        meeting="Kickoff för säljavdelningen i Orangeriet", at="fredag 7 maj kl. 9.00",
        reason="avbokat i går eftermiddag", pol={"notice_hours": 120, "fee_percent": 40}),
    "Avbokad kickoff",
    """Hej Kjell,

Vi fick er avbokning av säljavdelningens kickoff i Orangeriet i går eftermiddag. Vi hade redan beställt lunch till trettio personer.

Eftersom avbokningen kom senare än fem dygn (120 timmar) före arrangemanget debiterar vi enligt villkoren 40 % av priset.

Vänliga hälsningar
Therese Vallin""",
    "number_invented: 'lunch till trettio personer', a head count in words nobody gave")),
(D, bad("email_invented", S("switch_to_call", "Viveka Strömberg", "Daniel Rehn", "formal", "key",
        meeting="Genomgång av bygghandlingarna för kontorshuset i Sundbyberg", at="torsdag 6 maj kl. 13.00",
        props=("torsdag 6 maj kl. 15.00",), reason="ritningarna är inte tryckta än"),
    "Bygghandlingarna på torsdag",
    """Hej Viveka,

Ritningarna för kontorshuset i Sundbyberg är inte tryckta än, så jag föreslår att vi tar genomgången på telefon på torsdag klockan tre i stället.

Skicka gärna dina kommentarer i förväg till daniel.rehn@outlook.com.

Vänliga hälsningar
Daniel Rehn""",
    "email_invented: a private address nobody gave")),
(D, bad("name_near_miss", S("no_show_followup", "Ragnhild Sjöqvist", "Pontus Alm", "formal", "regular",
        meeting="Hovverkning och kontroll av hästen Tindra", at="måndag 3 maj kl. 8.30", props=("torsdag 6 maj kl. 8.30",)),
    "Tindras hovverkning",
    """Bästa Ragnhild Sjökvist,

Jag var i stallet i går halv nio för att verka Tindras hovar, men ingen var där och stallet var låst.

Jag kan komma tillbaka på torsdag den 6 maj, samma tid.

Vänliga hälsningar
Pontus Alm""",
    "name_near_miss: 'Sjökvist' for Sjöqvist")),
(E, bad("discount_invented", S("late_cancellation", "Tove Rydqvist", "Mikael Stenvall", "friendly", "regular",
        meeting="Gitarrlektion i musikstudion", at="tisdag 1 juni kl. 18.00",
        reason="hon frågar om hon kan få rabatt eftersom hon var sjuk", pol={"fee_percent": 50}),
    "Gårdagens lektion",
    """Hej Tove!

Krya på dig! Eftersom lektionen i går avbokades så sent tar jag som vanligt halva avgiften.

Men eftersom du var sjuk får du 20 % rabatt på nästa lektion.

Kram,
Mikael""",
    "discount_invented: a 20 % discount nobody gave, licensed only by the reason")),
(E, bad("link_invented", S("switch_to_email", "Harriet Boström", "Olle Frisk", "formal", "new",
        meeting="Genomgång av lösenordshanteraren", at="fredag 4 juni kl. 10.00",
        reason="det finns en färdig guide"),
    "Lösenordshanteraren",
    """Hej Harriet,

Det finns en färdig guide till lösenordshanteraren som går igenom allt steg för steg, så vi kan hoppa över genomgången på fredag.

Guiden finns här: https://support.friskit.se/guide/losenord

Med vänlig hälsning
Olle Frisk""",
    "link_invented: a URL nobody gave (the reason mentions a guide, not its address)")),
(E, bad("phone_invented", S("delegate", "Linda Öberg", "Johan Tallqvist", "friendly", "regular",
        meeting="Provsmakning av bröllopsmenyn", at="torsdag 10 juni kl. 16.00",
        col="Nora Hedin", reason="jag ska på min brors bröllop i Skellefteå"),
    "Provsmakningen",
    """Hej Linda!

Jag ska på min brors bröllop i Skellefteå, så det blir min kollega Nora Hedin som tar provsmakningen av er bröllopsmeny nästa torsdag klockan fyra.

Nora nås på 070-318 42 96 om ni har frågor innan.

Hälsningar
Johan""",
    "phone_invented: a mobile number nobody gave")),
(E, bad("place_changed", S("decline", "Rune Öhman", "Vera Sjöstedt", "formal", "regular",
        meeting="Studiebesök på hamnterminalen i Gävle", at="måndag 7 juni kl. 10.00",
        reason="terminalen är stängd för säkerhetsövning"),
    "Studiebesöket den 7 juni",
    """Hej Rune,

Tyvärr måste jag ställa in studiebesöket på hamnterminalen i Sundsvall på måndag. Terminalen är stängd hela dagen för en säkerhetsövning.

Vänliga hälsningar
Vera Sjöstedt""",
    "place_changed: 'hamnterminalen i Sundsvall' for Gävle")),
]
