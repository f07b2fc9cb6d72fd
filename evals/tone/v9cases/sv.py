"""Swedish v9 tone cases: 7 situations, layout 1/4 3/1 2/2 1/1 2/1 1/2 2/1 (good/bad)."""

from __future__ import annotations

SITS = {
    1: {"intent": "reschedule", "recipient_name": "Gunilla Wästberg", "sender_name": "Anders Frykholm-Lidén",
        "tone": "formal", "relationship": "key", "meeting": "genomgången av ert ramavtal för fjärrvärme",
        "meeting_time": "tisdag 15 december kl. 13.00",
        "proposed_times": ["torsdag 17 december kl. 9.00", "onsdag 13 januari kl. 13.00"],
        "reason": "ett akut driftstopp i vår anläggning i Borlänge"},
    2: {"intent": "late_cancellation", "recipient_name": "Linnea Hägerstrand", "sender_name": "Oskar Bergquist-Nyman",
        "tone": "friendly", "relationship": "regular", "meeting": "nackbehandling",
        "meeting_time": "fredag 4 december kl. 15.30", "proposed_times": ["onsdag 9 december kl. 15.30"],
        "policy": {"notice_hours": 24, "fee_percent": 50}},
    3: {"intent": "decline", "recipient_name": "Sven-Olof Lundkvist", "sender_name": "Karin Ödmark",
        "tone": "formal", "relationship": "new", "meeting": "offertgenomgången för ombyggnaden av er personalmatsal",
        "meeting_time": "måndag 14 december kl. 10.00",
        "reason": "vi har inte kapacitet för fler uppdrag i vår"},
    4: {"intent": "shorten", "recipient_name": "Malin Sandelius", "sender_name": "Petter Sjöquist",
        "tone": "friendly", "relationship": "key", "meeting": "planeringsmötet inför er vårkampanj",
        "meeting_time": "onsdag 16 december kl. 14.00", "duration_minutes": 40,
        "reason": "en kundleverans som måste ut samma dag"},
    5: {"intent": "switch_to_call", "recipient_name": "Birgitta Rönnblom", "sender_name": "Henrik Falkenius",
        "tone": "formal", "relationship": "regular", "meeting": "kvartalsmötet om er bokföring",
        "meeting_time": "torsdag 10 december kl. 9.00",
        "reason": "snöovädret som har stoppat tågen från Sundsvall"},
    6: {"intent": "delegate", "recipient_name": "Alva Norrgård", "sender_name": "Josefin Brink-Wallin",
        "tone": "friendly", "relationship": "new", "meeting": "första provningen av brudklänningen",
        "meeting_time": "lördag 9 januari kl. 11.00", "colleague_name": "Ebba Lindhagen",
        "reason": "min föräldraledighet"},
    7: {"intent": "cancellation_policy", "recipient_name": "Carl-Johan Wettermark", "sender_name": "Lotta Edenborg",
        "tone": "formal", "relationship": "key", "meeting": "den årliga revisionen av ert brandlarmssystem",
        "meeting_time": "måndag 11 januari kl. 8.00", "policy": {"notice_hours": 48, "fee_percent": 30}},
}

CASES = [
    (1, "good", None, "Ramavtalet: två nya tider",
     """Hej Gunilla Wästberg,

Tyvärr måste jag flytta genomgången av ert ramavtal för fjärrvärme som var bokad tisdag 15 december kl. 13.00. Vi har ett akut driftstopp i vår anläggning i Borlänge, och jag behöver vara på plats tills det är löst.

Skulle torsdag 17 december kl. 9.00 eller onsdag 13 januari kl. 13.00 passa er? Jag anpassar mig gärna om en annan tid är bättre.

Ber om ursäkt för besväret.

Vänliga hälsningar
Anders Frykholm-Lidén""",
     "formal, reason once, two slots, flexibility, a brief apology"),
    (1, "bad", "passive_aggression", "Sv: Genomgång av ramavtal",
     """Hej Gunilla,

Som jag redan skrev i mitt förra mejl, och i mejlet innan dess, har vi ett akut driftstopp i vår anläggning i Borlänge. Genomgången av ert ramavtal för fjärrvärme tisdag 15 december kl. 13.00 måste därför flyttas.

Jag upprepar gärna tiderna en gång till: torsdag 17 december kl. 9.00 eller onsdag 13 januari kl. 13.00. Tacksam om du kan svara på det här mejlet.

Hälsningar
Anders""",
     "'som jag redan skrev … och i mejlet innan dess', 'en gång till': per-my-last-email"),
    (1, "bad", "sarcasm", "Något att se fram emot",
     """Hej Gunilla,

Du blir säkert lika ledsen som jag: den spännande genomgången av ert ramavtal för fjärrvärme tisdag 15 december kl. 13.00 blir inte av. Ett akut driftstopp i vår anläggning i Borlänge kom emellan, för sådant händer ju alltid när det är som roligast.

Om du kan hålla dig tills dess föreslår jag torsdag 17 december kl. 9.00 eller onsdag 13 januari kl. 13.00.

Hälsningar
Anders""",
     "sarcasm about the 'exciting' meeting and the client 'holding out'"),
    (1, "bad", "over_familiarity", "Gunnis!!",
     """Tjena Gunnis!

Du anar inte vilken vecka: ett akut driftstopp i vår anläggning i Borlänge, så jag sitter fast här uppe med lukten av olja i håret. Genomgången av ert ramavtal för fjärrvärme tisdag 15 december kl. 13.00 får vi ta en annan dag.

Torsdag 17 december kl. 9.00 eller onsdag 13 januari kl. 13.00? Jag bjuder på glögg, du vet att du är min favoritkund ;)

Kramar
Anders""",
     "nickname, hugs and 'min favoritkund ;)' to a key client in a formal relationship"),
    (1, "bad", "hostile", "Flytt av genomgång",
     """Hej Gunilla Wästberg,

På grund av ett akut driftstopp i vår anläggning i Borlänge flyttas genomgången av ert ramavtal för fjärrvärme från tisdag 15 december kl. 13.00.

Jag kan erbjuda torsdag 17 december kl. 9.00 eller onsdag 13 januari kl. 13.00. Jag vill samtidigt påminna om att ramavtalet löper ut i vår och att vi har flera andra kommuner som gärna tar över er kapacitet, så det ligger i ert intresse att prioritera mötet.

Med vänlig hälsning
Anders Frykholm-Lidén""",
     "veiled threat about the contract and other customers taking the capacity"),
    (2, "good", None, "Din tid i fredags",
     """Hej Linnea!

Tack för att du hörde av dig om din nackbehandling fredag 4 december kl. 15.30. Jag hoppas att nacken är lite bättre nu.

Eftersom avbokningen kom senare än 24 timmar före tar jag ut 50 % av priset, precis som vanligt. Vill du komma in onsdag 9 december kl. 15.30? Jag håller tiden åt dig tills i morgon.

Ha det gott så länge!
Oskar""",
     "firm on the fee, warm concern, a new slot"),
    (2, "good", None, "Ny tid?",
     """Hej Linnea, tråkigt att det inte blev av! Din nackbehandling fredag 4 december kl. 15.30 avbokades inom 24 timmar, så 50 % debiteras enligt våra villkor. Onsdag 9 december kl. 15.30 är ledig om du vill. Krya på dig!

Oskar""",
     "very short, fee stated plainly and kindly"),
    (2, "good", None, "En vänlig påminnelse",
     """Hej Linnea,

En liten påminnelse, eftersom det är lätt att glömma i december: avbokningar senare än 24 timmar före debiteras med 50 %. Det gäller alltså din nackbehandling fredag 4 december kl. 15.30 – jag skickar fakturan separat.

Du är varmt välkommen onsdag 9 december kl. 15.30, så tar vi hand om nacken då.

Kram från kliniken,
Oskar""",
     "'påminnelse' used kindly with a reason; warm with a regular friendly client"),
    (2, "bad", "passive_aggression", "Fredagens avbokning",
     """Hej Linnea,

Inga problem alls med fredagen! Jag hade visserligen tackat nej till två andra som ville ha just den tiden och satt sedan och väntade på kliniken, men det ordnar sig alltid på något sätt.

Din nackbehandling fredag 4 december kl. 15.30 avbokades inom 24 timmar, så jag behöver tyvärr ta ut 50 %. Onsdag 9 december kl. 15.30 finns, om du nu vill komma.

Oskar""",
     "guilt trip ('tackat nej till två andra … men det ordnar sig') and 'om du nu vill komma'"),
    (3, "good", None, "Er förfrågan om personalmatsalen",
     """Hej Sven-Olof Lundkvist,

Tack för ert förtroende och för inbjudan till offertgenomgången för ombyggnaden av er personalmatsal måndag 14 december kl. 10.00.

Jag vill vara rak med er: vi har inte kapacitet för fler uppdrag i vår, och jag vill inte lämna en offert vi inte kan leva upp till. Jag avböjer därför mötet. Lycka till med projektet!

Vänliga hälsningar
Karin Ödmark""",
     "honest firm decline to a new client, no fake follow-up"),
    (3, "good", None, "Offertgenomgång 14 december",
     """Hej Sven-Olof,

Tyvärr måste jag tacka nej till offertgenomgången för ombyggnaden av er personalmatsal måndag 14 december kl. 10.00: vi har inte kapacitet för fler uppdrag i vår. Tack ändå för att ni tänkte på oss – det värmer.

Vänligen
Karin Ödmark""",
     "very brief but kind decline"),
    (3, "bad", "bureaucratic_distance", "Ang. förfrågan",
     """Hej,

Med anledning av rådande beläggningssituation avböjs deltagande vid offertgenomgången för ombyggnaden av er personalmatsal måndag 14 december kl. 10.00. Skäl: vi har inte kapacitet för fler uppdrag i vår.

Ärendet betraktas som avslutat från vår sida. Eventuella framtida förfrågningar hänvisas till vårt webbformulär.

Ödmark Bygg AB
genom Karin Ödmark""",
     "no name, passive administrative phrasing, 'ärendet betraktas som avslutat' to a new client"),
    (3, "bad", "blame", "Offertgenomgång",
     """Hej Sven-Olof,

Jag måste tacka nej till offertgenomgången för ombyggnaden av er personalmatsal måndag 14 december kl. 10.00. Vi har inte kapacitet för fler uppdrag i vår.

Ärligt talat hörde ni av er alldeles för sent. Den som vill bygga om till våren måste höra av sig senast i augusti, det vet alla i branschen. Det hade sparat både er och oss en del tid.

Hälsningar
Karin Ödmark""",
     "blames the new client for asking 'too late' and lectures"),
    (4, "good", None, "Onsdag: lite kortare",
     """Hej Malin!

Planeringsmötet inför er vårkampanj blir kvar onsdag 16 december kl. 14.00, men jag behöver korta det till 40 minuter – vi har en kundleverans som måste ut samma dag.

Jag skickar ett utkast till upplägg i morgon, så kan vi lägga tiden på det som är roligt: idéerna. Låter det okej?

Hörs!
Petter""",
     "friendly, reason, practical suggestion and a question"),
    (4, "bad", "grovelling", "Förlåt förlåt förlåt",
     """Hej Malin,

Jag skäms verkligen över att behöva skriva det här. Planeringsmötet inför er vårkampanj onsdag 16 december kl. 14.00 måste bli 40 minuter, för vi har en kundleverans som måste ut samma dag, och jag vet att det är helt oförlåtligt mot en kund som ni.

Jag förstår om du är besviken på mig. Säg bara vad jag kan göra för att gottgöra det, vad som helst.

Förlåt igen, och tusen tack för ditt tålamod,
Petter""",
     "grovelling over a shortened meeting"),
    (5, "good", None, "Torsdagens möte per telefon",
     """Hej Birgitta,

Snöovädret som har stoppat tågen från Sundsvall gör att jag inte kommer fram till er på torsdag. Kan vi ta kvartalsmötet om er bokföring per telefon i stället, på samma tid, torsdag 10 december kl. 9.00?

Jag ringer dig då. Ta gärna fram momsrapporten, så går vi igenom den tillsammans.

Vänliga hälsningar
Henrik Falkenius""",
     "formal but warm, same time, useful preparation"),
    (5, "good", None, "Vädret vann",
     """Hej Birgitta,

Vädret vann den här ronden: snöovädret som har stoppat tågen från Sundsvall håller mig kvar här. Kvartalsmötet om er bokföring tar vi därför per telefon, torsdag 10 december kl. 9.00 som planerat.

Ber om ursäkt för ändringen och hörs på torsdag.

Vänliga hälsningar
Henrik Falkenius""",
     "gentle humour that lands, apology, clear"),
    (5, "bad", "coldness", "Ändrad mötesform",
     """Birgitta Rönnblom,

Kvartalsmötet om er bokföring torsdag 10 december kl. 9.00 genomförs per telefon. Orsak: snöovädret som har stoppat tågen från Sundsvall.

Tacksam för bekräftelse.

Henrik Falkenius""",
     "telegraphic and cold to a regular client, no greeting word, no warmth"),
    (6, "good", None, "Din provning 9 januari",
     """Hej Alva!

Vad roligt att du valt oss till din stora dag. Min föräldraledighet börjar tyvärr innan dess, så den första provningen av brudklänningen lördag 9 januari kl. 11.00 tar min kollega Ebba Lindhagen hand om.

Jag lämnar över alla dina mått och önskemål till Ebba. Du är i de bästa händer!

Varma hälsningar
Josefin""",
     "warm handover to a new friendly client"),
    (6, "bad", "passive_aggression", "Provningen",
     """Hej Alva,

Min föräldraledighet börjar, så den första provningen av brudklänningen lördag 9 januari kl. 11.00 tar Ebba Lindhagen hand om.

Ebba är jättebra. Ta gärna med rätt skor den här gången, så att hon slipper gissa längden som vi andra har fått göra.

Hälsningar
Josefin""",
     "short mail with one barbed sentence about 'rätt skor den här gången' to a new client"),
    (6, "bad", "mock_enthusiasm", "SUPERNYHET!!!",
     """Hej Alva!!!

Vilken lycka, vilken glädje!!! Min föräldraledighet börjar, så du får INTE träffa mig på första provningen av brudklänningen lördag 9 januari kl. 11.00 – är inte det fantastiskt?!

Ebba Lindhagen tar över och hon är verkligen helt, helt perfekt, precis som allt annat i livet!!! ✨✨✨

Josefin""",
     "mock enthusiasm and over-the-top exclamations that read as ironic"),
    (7, "good", None, "Revisionen 11 januari – våra villkor",
     """Hej Carl-Johan Wettermark,

Tack för att vi får fortsätta ta hand om ert larm. Inför den årliga revisionen av ert brandlarmssystem måndag 11 januari kl. 8.00 vill jag nämna våra avbokningsvillkor: avbokning ska ske senast 48 timmar i förväg, annars debiteras 30 % av kostnaden.

Vi nämner det för alla kunder inför januari, då våra tekniker är fullbokade. Hör av dig om något är oklart.

Vänliga hälsningar
Lotta Edenborg""",
     "formal, grateful to a key client, policy with its reason"),
    (7, "good", None, "Avbokningsvillkor",
     """Hej Carl-Johan,

Kort om den årliga revisionen av ert brandlarmssystem måndag 11 januari kl. 8.00: avbokning senast 48 timmar i förväg, därefter debiteras 30 %. Ser fram emot att ses!

Vänliga hälsningar
Lotta Edenborg""",
     "very short, clear and friendly-formal"),
    (7, "bad", "condescension", "Om avbokning",
     """Hej Carl-Johan,

Inför den årliga revisionen av ert brandlarmssystem måndag 11 januari kl. 8.00 vill jag förklara våra villkor så enkelt som möjligt, eftersom de ofta missförstås: en avbokning måste göras minst 48 timmar innan. Det betyder två dagar, inte samma morgon. Görs den senare debiteras 30 %.

Jag utgår från att det här är tydligt nu, men fråga gärna om något behöver förklaras en gång till.

Hälsningar
Lotta Edenborg""",
     "lecturing a key client as if he could not read ('det betyder två dagar, inte samma morgon')"),
]
