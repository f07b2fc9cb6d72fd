"""Swedish held-out tone cases v12: seven situations, layout 1/2 2/2 1/1 2/1 2/2 3/1 1/3 (good/bad)."""

from __future__ import annotations

SITS = {
    1: {"intent": "decline", "recipient_name": "Agneta Rydsjö", "sender_name": "Viktor Hällström",
        "tone": "formal", "relationship": "key", "meeting": "styrgruppsmöte om lagerautomationen",
        "meeting_time": "onsdag 16 december kl. 13.00", "reason": "ett sammanfallande bokslutsmöte"},
    2: {"intent": "reschedule", "recipient_name": "Moa Strandell", "sender_name": "Jonatan Ekvindh",
        "tone": "friendly", "relationship": "regular", "meeting": "genomgång av nya menyn",
        "meeting_time": "torsdag 10 december kl. 15.00",
        "proposed_times": ["fredag 11 december kl. 15.00", "måndag 14 december kl. 9.00"], "reason": "en sjuk kock"},
    3: {"intent": "switch_to_call", "recipient_name": "Leif Tärnqvist", "sender_name": "Elin Söderhielm",
        "tone": "formal", "relationship": "new", "meeting": "första mötet om er solcellsinstallation",
        "meeting_time": "tisdag 15 december kl. 10.00", "reason": "snöovädret i Norrland"},
    4: {"intent": "late_cancellation", "recipient_name": "Tove Granroth", "sender_name": "Rasmus Fröberg",
        "tone": "friendly", "relationship": "key", "meeting": "provvisning av vårkollektionen",
        "meeting_time": "fredag 4 december kl. 11.00", "proposed_times": ["onsdag 9 december kl. 11.00"],
        "policy": {"notice_hours": 24, "fee_percent": 40}},
    5: {"intent": "no_show_followup", "recipient_name": "Gunnar Västerlund", "sender_name": "Ida Brolin",
        "tone": "formal", "relationship": "regular", "meeting": "årliga genomgången av försäkringarna",
        "meeting_time": "tisdag 1 december kl. 14.30", "proposed_times": ["torsdag 17 december kl. 14.30"]},
    6: {"intent": "shorten", "recipient_name": "Linnea Kjellgren", "sender_name": "Oskar Tidemark",
        "tone": "friendly", "relationship": "new", "meeting": "workshopen om er nya webbplats",
        "meeting_time": "måndag 11 januari kl. 9.00", "duration_minutes": 60, "reason": "en krock med en leverans"},
    7: {"intent": "cancellation_policy", "recipient_name": "Birgitta Hammarsköld", "sender_name": "Per Ulfsäter",
        "tone": "formal", "relationship": "regular", "policy": {"notice_hours": 48, "deposit_percent": 15}},
}

CASES = [
    (1, "good", None, "Styrgruppsmötet den 16 december",
     """
Hej Agneta,

Tack för inbjudan till styrgruppsmöte om lagerautomationen onsdag 16 december kl. 13.00. Tyvärr kan jag inte delta på grund av ett sammanfallande bokslutsmöte som jag inte kan flytta. Jag skickar gärna mina synpunkter skriftligt i förväg, och ni får gärna höra av er om något behöver avgöras av mig.

Vänliga hälsningar,
Viktor Hällström
""", "formal, clear no, offers a way to contribute"),
    (1, "bad", "bureaucratic_distance", "Angående styrgruppsmöte 16/12",
     """
Hej,

Härmed meddelas att undertecknad ej har möjlighet att närvara vid styrgruppsmöte om lagerautomationen onsdag 16 december kl. 13.00 med anledning av ett sammanfallande bokslutsmöte. Eventuella frågor hänvisas till ordinarie kanaler.

Vänligen notera detta.

Med vänlig hälsning,
Viktor Hällström
""", "only bureaucratic formulas to a key client"),
    (1, "bad", "passive_aggression", "Re: styrgruppsmöte",
     """
Hej Agneta,

Tack för inbjudan. Som jag redan nämnde när vi bokade in mötet kan jag inte delta i styrgruppsmöte om lagerautomationen onsdag 16 december kl. 13.00 på grund av ett sammanfallande bokslutsmöte.

Jag hoppas att beslutet om leverantör inte tas utan mig igen, som förra gången.

Vänliga hälsningar,
Viktor Hällström
""", "'som jag redan nämnde' plus reproach in the last line"),
    (2, "good", None, "Flytta menygenomgången?",
     """
Hej Moa!

En sjuk kock har vänt upp och ner på veckan, så jag behöver flytta vår genomgång av nya menyn från torsdag 10 december kl. 15.00. Funkar fredag 11 december kl. 15.00 eller måndag 14 december kl. 9.00 för dig?

Förlåt krånglet,
Jonatan
""", "friendly, short apology"),
    (2, "good", None, "Ny tid för menyn",
     """
Hej Moa,

Påminnelse om att det är jag som ställer till det igen, förlåt! En sjuk kock gör att genomgång av nya menyn torsdag 10 december kl. 15.00 inte går. Fredag 11 december kl. 15.00 eller måndag 14 december kl. 9.00?

Jonatan
""", "'igen' and 'påminnelse' used against himself, kind"),
    (2, "bad", "sarcasm", "Menygenomgången (igen)",
     """
Hej Moa,

Vilken överraskning, en sjuk kock precis innan vår genomgång av nya menyn torsdag 10 december kl. 15.00. Det har ju aldrig hänt förut i restaurangbranschen.

Fredag 11 december kl. 15.00 eller måndag 14 december kl. 9.00 får väl duga.

Jonatan
""", "sarcasm about his own reason aimed at the client, grudging close"),
    (2, "bad", "blame", "Genomgång av nya menyn",
     """
Hej Moa!

Tyvärr måste jag flytta vår genomgång av nya menyn från torsdag 10 december kl. 15.00 på grund av en sjuk kock. Passar fredag 11 december kl. 15.00 eller måndag 14 december kl. 9.00?

Det hade förstås varit lättare om vi fått era priser i tid, så hade vi kunnat ta mötet redan förra veckan.

Ha det fint,
Jonatan
""", "friendly mail with one blaming clause near the end"),
    (3, "good", None, "Vårt första möte blir ett samtal",
     """
Hej Leif,

Snöovädret i Norrland gör att jag inte kan resa till er. Går det bra att vi tar första mötet om er solcellsinstallation som telefonsamtal i stället, på samma tid, tisdag 15 december kl. 10.00? Jag ringer upp er och skickar underlaget i förväg.

Vänliga hälsningar,
Elin Söderhielm
""", "formal and warm with a new client, asks"),
    (3, "bad", "coldness", "Mötesform ändrad",
     """
Hej,

På grund av snöovädret i Norrland genomförs första mötet om er solcellsinstallation per telefon tisdag 15 december kl. 10.00. Ni blir uppringd.

Elin Söderhielm
""", "cold and impersonal to a new client, no apology, no asking"),
    (4, "good", None, "Provvisningen",
     """
Hej Tove,

Inga problem att provvisning av vårkollektionen fredag 4 december kl. 11.00 fick ställas in, sånt händer. Ska vi ta den onsdag 9 december kl. 11.00 i stället?

Som vi kom överens om tar vi ut 40 % vid avbokning senare än 24 timmar innan. Jag vet att det är trist, men det står på nästa faktura. Säg till om du vill prata om det.

Kram och trevlig helg,
Rasmus
""", "friendly with a long-standing key client, fee held firmly and warmly"),
    (4, "good", None, "Ny tid för provvisningen",
     """
Hej Tove,

Tråkigt att provvisning av vårkollektionen fredag 4 december kl. 11.00 inte blev av. Onsdag 9 december kl. 11.00 då? Avgiften på 40 % för avbokning inom 24 timmar gäller tyvärr, men resten är ingen fara alls.

Rasmus
""", "very short but kind; 'tyvärr' used kindly"),
    (4, "bad", "passive_aggression", "Angående provvisningen",
     """
Hej Tove,

Det är helt okej att provvisning av vårkollektionen fredag 4 december kl. 11.00 ställdes in. Vi hade bara sytt upp tolv plagg och bokat två modeller, men det är lugnt.

Onsdag 9 december kl. 11.00 kanske? Avbokningar senare än 24 timmar innan debiteras som bekant med 40 %, vilket jag antar att du har koll på vid det här laget.

Hälsningar,
Rasmus
""", "guilt trip posing as reassurance, 'som bekant', 'vid det här laget'"),
    (5, "good", None, "Vår genomgång den 1 december",
     """
Hej Gunnar,

Vi skulle ha setts tisdag 1 december kl. 14.30 för den årliga genomgången av försäkringarna, men du dök inte upp. Jag hoppas att allt är väl med dig. Passar torsdag 17 december kl. 14.30 för en ny genomgång?

Vänliga hälsningar,
Ida Brolin
""", "plain statement, checks in, new time"),
    (5, "good", None, "Ny tid",
     """
Hej Gunnar,

Vi missade varandra tisdag 1 december kl. 14.30. Vill du att jag bokar in den årliga genomgången av försäkringarna torsdag 17 december kl. 14.30 i stället?

Vänliga hälsningar,
Ida Brolin
""", "very short, formal, kind"),
    (5, "bad", "condescension", "Den årliga genomgången",
     """
Hej Gunnar,

Du kom inte till den årliga genomgången av försäkringarna tisdag 1 december kl. 14.30. Jag förstår att försäkringar kan kännas krångligt, men genomgången är faktiskt till för din egen skull, så det är klokt att prioritera den.

Jag föreslår torsdag 17 december kl. 14.30.

Vänliga hälsningar,
Ida Brolin
""", "lecturing, treats the client as unable to grasp insurance"),
    (5, "bad", "bureaucratic_distance", "Utebliven bokning",
     """
Hej,

Vi noterar att ni uteblev från den årliga genomgången av försäkringarna tisdag 1 december kl. 14.30. Ny tid har reserverats torsdag 17 december kl. 14.30. Vid förhinder ombeds ni meddela detta i god tid enligt gällande rutiner.

Tack för visad förståelse.

Med vänlig hälsning,
Ida Brolin
""", "formula-only, 'uteblev', 'enligt gällande rutiner', no concern for the client"),
    (6, "good", None, "Workshopen den 11 januari",
     """
Hej Linnea,

En krock med en leverans gör att jag behöver korta workshopen om er nya webbplats måndag 11 januari kl. 9.00 till 60 minuter. Jag förbereder ett färdigt förslag så att vi kan lägga tiden på det som ni vill diskutera.

Ser fram emot att ses!
Oskar
""", "friendly, effort visible"),
    (6, "good", None, "Lite kortare workshop",
     """
Hej Linnea,

Tyvärr blir workshopen om er nya webbplats måndag 11 januari kl. 9.00 bara 60 minuter, på grund av en krock med en leverans. Förlåt! Jag ser till att det räcker.

Oskar
""", "very short, 'tyvärr', kind"),
    (6, "good", None, "Kortare, men bättre",
     """
Hej Linnea,

Jag ska vara ärlig: en krock med en leverans gör att workshopen om er nya webbplats måndag 11 januari kl. 9.00 behöver bli 60 minuter. Den goda nyheten är att ingen orkar mer än en timme med webbdesign i januari ändå.

Jag skickar en dagordning i förväg. Hör av dig om du hellre vill flytta den i stället.

Hälsningar,
Oskar
""", "humour that lands, leaves the choice"),
    (6, "bad", "condescension", "Workshopen 11 januari",
     """
Hej Linnea,

På grund av en krock med en leverans kortar vi workshopen om er nya webbplats måndag 11 januari kl. 9.00 till 60 minuter. För den som inte jobbat med webbprojekt förut kan det verka kort, men en erfaren konsult hinner mycket på en timme, så det ska nog gå bra även om ni inte har förberett er.

Hälsningar,
Oskar
""", "condescending to a new client"),
    (7, "good", None, "Påminnelse om avbokningsreglerna",
     """
Hej Birgitta,

Inför det nya året vill jag bara påminna om våra avbokningsregler, så att inget kommer som en överraskning: vi tar en handpenning på 15 % vid bokning, och avbokning är fri fram till 48 timmar innan. Hör av dig om något är oklart.

Tack för ett fint samarbete i år!

Vänliga hälsningar,
Per Ulfsäter
""", "'påminna' used kindly, warm close"),
    (7, "bad", "passive_aggression", "Avbokningsregler – påminnelse",
     """
Hej Birgitta,

Som tidigare meddelats, flera gånger, gäller följande: handpenning 15 % och avbokning senast 48 timmar innan. Jag skickar detta igen eftersom det verkar ha fallit bort.

Vänliga hälsningar,
Per Ulfsäter
""", "'som tidigare meddelats, flera gånger' and 'verkar ha fallit bort'"),
    (7, "bad", "coldness", "Avbokningsvillkor",
     """
Birgitta Hammarsköld,

Vänligen notera våra villkor: handpenning 15 %. Avbokning senast 48 timmar före bokad tid. Villkoren är inte förhandlingsbara.

Per Ulfsäter
""", "cold, curt, no greeting to a regular client"),
    (7, "bad", "hostile", "Våra avbokningsregler",
     """
Hej Birgitta,

Hoppas att allt är bra! Jag vill bara påminna om våra regler: handpenning på 15 % och avbokning senast 48 timmar innan.

Vi värdesätter vårt samarbete, och det vill vi gärna fortsätta med, så länge reglerna följs.

Vänliga hälsningar,
Per Ulfsäter
""", "friendly until a veiled threat in the last clause"),
]
