"""Swedish v14 tone cases: 6 situations, layout 1/1 3/3 2/1 1/2 3/2 2/3."""

from __future__ import annotations

SITS = {
    1: {"intent": "shorten", "recipient_name": "Agneta Vrethammar", "sender_name": "Pontus Malmstigen",
        "tone": "formal", "relationship": "new", "meeting": "genomgång av offerten för takbytet",
        "meeting_time": "onsdag 9 december kl. 10.00", "duration_minutes": 30},
    2: {"intent": "late_cancellation", "recipient_name": "Elvira Sandemo", "sender_name": "Ida Kjellbom",
        "tone": "friendly", "relationship": "regular", "meeting": "privatlektion i drejning",
        "meeting_time": "onsdag 2 december kl. 17.30", "proposed_times": ["torsdag 10 december kl. 17.30"],
        "policy": {"notice_hours": 24, "fee_percent": 50}},
    3: {"intent": "reschedule", "recipient_name": "Margareta Ulvsköld", "sender_name": "Jonas Ekebyholm",
        "tone": "formal", "relationship": "key", "meeting": "genomgång av budgeten för 2027",
        "meeting_time": "torsdag 17 december kl. 13.00",
        "proposed_times": ["måndag 21 december kl. 13.00", "tisdag 22 december kl. 9.00"]},
    4: {"intent": "switch_to_email", "recipient_name": "Hampus Törnvall", "sender_name": "Wilma Åkerstedt",
        "tone": "friendly", "relationship": "key", "meeting": "avstämning om vårkatalogen",
        "meeting_time": "fredag 11 december kl. 15.00"},
    5: {"intent": "delegate", "recipient_name": "Birgitta Norrsell", "sender_name": "Mattias Sjölunde",
        "tone": "formal", "relationship": "regular", "meeting": "besiktning av ventilationen",
        "meeting_time": "tisdag 12 januari kl. 8.30", "colleague_name": "Leo Fahlbeckius"},
    6: {"intent": "cancellation_policy", "recipient_name": "Gunnar Östberga", "sender_name": "Sofia Rydbeckius",
        "tone": "formal", "relationship": "new", "policy": {"notice_hours": 48, "deposit_percent": 30}},
}

CASES = [
    # 1: shorten, formal, new -- 1 good, 1 bad
    (1, "good", None, "Genomgång av offerten onsdag",
     """Hej Agneta Vrethammar,

Tack för att du vill gå igenom offerten med oss. Jag föreslår att vi håller genomgång av offerten för takbytet på 30 minuter onsdag 9 december kl. 10.00. Jag skickar en sammanfattning i förväg så att vi kan ägna tiden åt dina frågor.

Vänliga hälsningar
Pontus Malmstigen""",
     "formal but natural Swedish du; shorter meeting framed as useful"),
    (1, "bad", "condescension", "Genomgång av offerten för takbytet",
     """Hej Agneta Vrethammar,

Vi kortar genomgång av offerten för takbytet onsdag 9 december kl. 10.00 till 30 minuter. Offerten är egentligen ganska enkel när man väl förstår uppbyggnaden, så jag ska försöka förklara den så pedagogiskt som möjligt.

Läs gärna igenom den innan, i lugn och ro.

Hälsningar
Pontus Malmstigen""",
     "implies the client needs things explained slowly"),

    # 2: late_cancellation, friendly, regular -- 3 good, 3 bad
    (2, "good", None, "Ny lektion på torsdag?",
     """Hej Elvira!

Tråkigt att det inte blev någon privatlektion i drejning onsdag 2 december kl. 17.30, hoppas allt är bra. Vill du ta den torsdag 10 december kl. 17.30 i stället?

Eftersom avbokningen kom senare än 24 timmar innan tar jag ut 50 % av priset, enligt villkoren.

Kram från verkstaden,
Ida""",
     "warm, fee stated plainly"),
    (2, "good", None, "Drejning",
     """Hej Elvira,

Ingen fara! Leran väntar. Torsdag 10 december kl. 17.30 är ledigt för privatlektion i drejning om du vill. För onsdag 2 december kl. 17.30 blir det 50 %, eftersom det var mindre än 24 timmar kvar.

Ida""",
     "very short, light humour, firm fee"),
    (2, "good", None, "Om din privatlektion i drejning",
     """Hej Elvira,

Tack för att du hörde av dig om privatlektion i drejning onsdag 2 december kl. 17.30. Jag vet att det inte alltid går att planera.

Jag har tyvärr ingen möjlighet att stryka avgiften: avbokningar inom 24 timmar debiteras med 50 %, för alla. Men jag har bokat torsdag 10 december kl. 17.30 preliminärt åt dig. Säg till om det passar!

Hälsningar
Ida""",
     "plain refusal to waive the fee, still kind; 'tyvärr' used kindly"),
    (2, "bad", "passive_aggression", "Onsdagens lektion",
     """Hej Elvira,

Ingen fara alls med onsdag 2 december kl. 17.30. Jag hade visserligen tackat nej till en annan elev och bränt en omgång glasyr just till din privatlektion i drejning, men sånt får man räkna med.

Vi kan ta torsdag 10 december kl. 17.30. Avbokning inom 24 timmar innebär 50 %, som du vet.

Ida""",
     "guilt trip: sacrifices listed, 'men sånt får man räkna med'"),
    (2, "bad", "mock_enthusiasm", "Vilken överraskning!",
     """Hej Elvira!

Åh, vad roligt att få ett sms tio minuter innan privatlektion i drejning onsdag 2 december kl. 17.30! Sådant gör verkligen min vecka.

Torsdag 10 december kl. 17.30 funkar jättebra, och den lilla avgiften på 50 % för avbokning inom 24 timmar blir ju bara en rolig bonus för verkstaden!

Ida""",
     "exaggerated cheer masking annoyance"),
    (2, "bad", "phishing_like", "Brådskande: betala avgiften idag",
     """Hej Elvira,

Din privatlektion i drejning onsdag 2 december kl. 17.30 avbokades inom 24 timmar, så 50 % av priset ska betalas. För att behålla din plats torsdag 10 december kl. 17.30 måste avgiften betalas inom två timmar via betala.lerverkstaden.example.net där du loggar in med BankID och kortuppgifter.

Annars stängs ditt konto.

Ida""",
     "urgent payment link, card and login details, account threat"),

    # 3: reschedule, formal, key -- 2 good, 1 bad
    (3, "good", None, "Ny tid för genomgång av budgeten för 2027",
     """Hej Margareta,

Jag behöver tyvärr flytta vår genomgång av budgeten för 2027 från torsdag 17 december kl. 13.00. Jag beklagar, jag vet att du har planerat efter den tiden.

Passar måndag 21 december kl. 13.00 eller tisdag 22 december kl. 9.00? Annars anpassar jag mig efter dig.

Vänliga hälsningar
Jonas Ekebyholm""",
     "key client: acknowledges her planning, two options, flexible"),
    (3, "good", None, "Flytt av budgetgenomgången",
     """Hej Margareta,

Torsdag 17 december kl. 13.00 går tyvärr inte längre för mig. Kan vi ta genomgång av budgeten för 2027 måndag 21 december kl. 13.00 eller tisdag 22 december kl. 9.00?

Förlåt för omställningen.

Jonas Ekebyholm""",
     "short, apologetic in a normal measure"),
    (3, "bad", "over_familiarity", "Flytta budgetgrejen? 🙈",
     """Tjena Maggan!

Torsdag 17 december kl. 13.00 sket sig, sorry! Genomgång av budgeten för 2027 får bli måndag 21 december kl. 13.00 eller tisdag 22 december kl. 9.00, du väljer. Jag bjuder på lussekatter som plåster på såren 😘

Puss,
Jonas""",
     "nickname, slang, emoji and 'Puss' to a formal key client"),

    # 4: switch_to_email, friendly, key -- 1 good, 2 bad
    (4, "good", None, "Vårkatalogen via mejl?",
     """Hej Hampus!

Vad säger du om att vi tar avstämning om vårkatalogen på mejl i stället för fredag 11 december kl. 15.00? Det är mest bildval kvar, och det är lättare att titta på dem i lugn och ro än att bläddra på en skärm tillsammans.

Jag skickar bilderna i morgon. Vill du hellre ses så ses vi!

Hälsningar
Wilma""",
     "friendly, reason, offers to keep the meeting"),
    (4, "bad", "coldness", "Avstämning om vårkatalogen",
     """Hampus,

Avstämning om vårkatalogen fredag 11 december kl. 15.00 ställs in. Frågor hanteras via mejl framöver. Underlag skickas separat.

Wilma Åkerstedt""",
     "curt to a friendly key client: no greeting, no reason, no offer"),
    (4, "bad", "passive_aggression", "Vårkatalogen",
     """Hej Hampus!

Jag tänkte att vi tar avstämning om vårkatalogen på mejl i stället för fredag 11 december kl. 15.00. Då finns allt på pränt, så blir det lättare att komma ihåg vad vi faktiskt bestämt, om du förstår hur jag menar.

Skickar underlaget i dag. Trevlig helg!
Wilma""",
     "insinuates the client forgets agreements ('om du förstår hur jag menar') inside a friendly mail"),

    # 5: delegate, formal, regular -- 3 good, 2 bad
    (5, "good", None, "Besiktning av ventilationen 12 januari",
     """Hej Birgitta,

Besiktning av ventilationen tisdag 12 januari kl. 8.30 kommer att göras av min kollega Leo Fahlbeckius, eftersom jag inte kan närvara själv. Leo har tagit del av protokollet från förra året.

Hör gärna av dig till honom eller mig om något är oklart.

Vänliga hälsningar
Mattias Sjölunde""",
     "clear handover, colleague briefed"),
    (5, "good", None, "Ny besiktningsman",
     """Hej Birgitta,

En kort ändring: Leo Fahlbeckius tar besiktning av ventilationen tisdag 12 januari kl. 8.30 i mitt ställe. Allt annat är som vanligt.

Vänliga hälsningar
Mattias Sjölunde""",
     "short, neutral"),
    (5, "good", None, "Besiktning av ventilationen",
     """Hej Birgitta,

Påminnelse inför tisdag 12 januari kl. 8.30: det blir min kollega Leo Fahlbeckius som gör besiktning av ventilationen. Han behöver komma åt fläktrummet, så det vore bra om någon kan låsa upp. Tack på förhand!

Vänliga hälsningar
Mattias Sjölunde""",
     "firm practical request; 'påminnelse' used kindly"),
    (5, "bad", "blame", "Besiktning av ventilationen",
     """Hej Birgitta,

Leo Fahlbeckius gör besiktning av ventilationen tisdag 12 januari kl. 8.30. Jag själv har tyvärr inte tid, eftersom förra besiktningen hos er drog ut två timmar på grund av att ingen hade nyckeln till fläktrummet.

Vänliga hälsningar
Mattias Sjölunde""",
     "delegation explained by blaming the client for last time"),
    (5, "bad", "hostile", "Besiktning av ventilationen",
     """Hej Birgitta,

Tisdag 12 januari kl. 8.30 kommer Leo Fahlbeckius för besiktning av ventilationen.

Se till att fläktrummet är tillgängligt den här gången. Om besiktningen inte kan genomföras är vi skyldiga att meddela kommunen, och det vill ingen av oss.

Mattias Sjölunde""",
     "order plus veiled threat at the end"),

    # 6: cancellation_policy, formal, new (no meeting) -- 2 good, 3 bad
    (6, "good", None, "Våra avbokningsvillkor",
     """Hej Gunnar,

Tack för din bokningsförfrågan. Innan du bekräftar vill jag nämna våra villkor: vi tar en handpenning på 30 % vid bokning, och avbokning ska ske senast 48 timmar innan. Vid senare avbokning behåller vi handpenningen.

Välkommen att höra av dig om något är oklart.

Vänliga hälsningar
Sofia Rydbeckius""",
     "clear, welcoming, firm"),
    (6, "good", None, "Villkor för bokning",
     """Hej Gunnar Östberga,

Kort om villkoren: handpenning 30 %, fri avbokning fram till 48 timmar innan. Efter det återbetalas inte handpenningen. Det gäller alla gäster.

Vänliga hälsningar
Sofia Rydbeckius""",
     "terse list style, neutral and polite enough"),
    (6, "bad", "wrong_register", "villkor o sånt",
     """Tja Gunnar!

Asså, snabbt bara: 30 % i handpenning typ direkt, och avbokar du senare än 48 timmar innan så är den borta. Inget personligt liksom, så funkar det.

Hörs!
Sofia""",
     "teenage slang ('Tja', 'asså', 'typ', 'liksom') to a new formal client"),
    (6, "bad", "grovelling", "Ursäkta att jag besvärar",
     """Hej Gunnar,

Jag ber så hemskt mycket om ursäkt för att jag överhuvudtaget måste ta upp det här, och jag hoppas verkligen att du inte tar illa upp. Vi tar tyvärr en handpenning på 30 % och avbokning behöver ske 48 timmar innan.

Jag skäms nästan över att skriva det. Säg till om det är ett problem, så ska jag se vad jag kan göra.

Ödmjukast,
Sofia Rydbeckius""",
     "apologises for an ordinary policy and undermines it"),
    (6, "bad", "bureaucratic_distance", "Angående avbokningsvillkor",
     """Hej,

Härmed informeras om att handpenning om 30 % erläggs i samband med bokning. Avbokning ska inkomma senast 48 timmar före överenskommen tidpunkt, varvid handpenning i annat fall ej återbetalas.

Vid frågor hänvisas till gällande bokningsvillkor.

Sofia Rydbeckius""",
     "stiff officialese Swedish ('Härmed informeras', 'erläggs', 'ej', 'hänvisas') to a new client"),
]
