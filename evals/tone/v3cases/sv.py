"""Swedish v3 tone cases, written by hand by data-f (held out). CASES: (situation, label, flaw, subject, body, note)."""

SITS = {
    1: {"intent": "decline", "recipient_name": "Karin Lindqvist", "sender_name": "Anders Holm", "tone": "formal",
        "relationship": "key", "meeting": "styrgruppsmöte för lageromläggningen",
        "meeting_time": "onsdag 9 december kl. 13.00", "reason": "jag leder en revision hos en annan kund den dagen"},
    2: {"intent": "late_cancellation", "recipient_name": "Mikael Sandberg", "sender_name": "Eva Nyström",
        "tone": "formal", "relationship": "new", "meeting": "värdering av villan i Täby",
        "meeting_time": "torsdag 3 december kl. 9.00", "policy": {"notice_hours": 24, "fee_percent": 30},
        "proposed_times": ["fredag 11 december kl. 9.00"]},
    3: {"intent": "switch_to_email", "recipient_name": "Johan Ek", "sender_name": "Sara Lund", "tone": "friendly",
        "relationship": "regular", "meeting": "genomgång av annonsbudgeten", "meeting_time": "måndag 14 december kl. 15.00",
        "reason": "det är bara två siffror kvar att stämma av"},
    4: {"intent": "reschedule", "recipient_name": "Linnea Berg", "sender_name": "Oskar Åberg", "tone": "friendly",
        "relationship": "key", "meeting": "workshop om den nya webbutiken", "meeting_time": "tisdag 15 december kl. 9.00",
        "reason": "min son är sjuk och jag behöver vara hemma",
        "proposed_times": ["torsdag 17 december kl. 9.00", "fredag 18 december kl. 13.00"]},
    5: {"intent": "cancellation_policy", "recipient_name": "Petra Holmgren", "sender_name": "Nils Forsberg",
        "tone": "friendly", "relationship": "regular", "meeting": "fotografering av nya kollektionen",
        "meeting_time": "onsdag 13 januari kl. 10.00", "policy": {"notice_hours": 48, "deposit_percent": 25}},
    6: {"intent": "no_show_followup", "recipient_name": "Ahmed Karimi", "sender_name": "Frida Sjöberg",
        "tone": "friendly", "relationship": "new", "meeting": "provlektion i spanska",
        "meeting_time": "tisdag 1 december kl. 18.00", "proposed_times": ["tisdag 8 december kl. 18.00"]},
    7: {"intent": "shorten", "recipient_name": "Ulrika Dahl", "sender_name": "Henrik Wallin", "tone": "formal",
        "relationship": "regular", "meeting": "uppföljning av IT-avtalet", "meeting_time": "fredag 11 december kl. 10.00",
        "duration_minutes": 20, "reason": "ett akut driftärende"},
    8: {"intent": "delegate", "recipient_name": "Elin Strand", "sender_name": "Jonas Björk", "tone": "friendly",
        "relationship": "key", "meeting": "planering av kundkvällen", "meeting_time": "torsdag 10 december kl. 14.00",
        "colleague_name": "Maja Eklöf", "reason": "jag är föräldraledig från och med onsdag"},
}

CASES = [
    (1, "good", None, "Styrgruppsmötet 9 december", """
Hej Karin,

Tack för kallelsen till styrgruppsmötet för lageromläggningen onsdag 9 december kl. 13.00. Tyvärr leder jag en revision hos en annan kund den dagen och kan inte delta.

Jag läser gärna protokollet och återkommer med mina synpunkter senast fredag.

Vänliga hälsningar
Anders Holm""", "Swedish formal with first name and du, thanks, reason, follow-up"),
    (1, "bad", "passive_aggression", "Sv: Styrgruppsmöte", """
Hej Karin,

Som jag redan nämnde i mitt tidigare mejl leder jag en revision hos en annan kund onsdag 9 december, så jag kan inte delta i styrgruppsmötet för lageromläggningen kl. 13.00.

Det vore bra om kallelserna framöver kunde stämmas av med mig i förväg, så slipper vi den här typen av mejl.

Hälsningar
Anders Holm""", "'som jag redan nämnde i mitt tidigare mejl', lecturing a key client"),
    (1, "bad", "over_familiarity", "Sorry Kajsa!", """
Tjena Kajsa!

Nä du, onsdag 9 december kl. 13.00 funkar inte för mig, jag kör en revision hos en annan kund. Så styrgruppsmötet för lageromläggningen får klara sig utan mig, det fixar ni galant, gumman!

Stor kram
Anders""", "'Tjena', nickname, 'gumman', 'stor kram' to a formal key client"),
    (2, "good", None, "Värderingen 3 december", """
Hej Mikael,

Tack för att du hörde av dig om värderingen av villan i Täby torsdag 3 december kl. 9.00. Eftersom avbokningen kom mindre än 24 timmar före besöket debiterar vi enligt våra villkor 30 % av arvodet.

Vill du boka en ny tid kan jag komma fredag 11 december kl. 9.00.

Vänliga hälsningar
Eva Nyström""", "formal, du, rule stated once, looks ahead"),
    (2, "bad", "condescension", "Om våra villkor", """
Hej Mikael,

Jag förstår att det är lätt att missa när man är ny kund, så jag förklarar det gärna igen, lugnt och enkelt: avbokar man mindre än 24 timmar innan, som du gjorde inför värderingen av villan i Täby torsdag 3 december kl. 9.00, så betalar man 30 %. Så svårt är det faktiskt inte.

Ny tid kan bli fredag 11 december kl. 9.00.

Hälsningar
Eva Nyström""", "'lugnt och enkelt', 'så svårt är det faktiskt inte'"),
    (2, "bad", "coldness", "Avbokning", """
Mikael Sandberg,

Avbokning av värdering (villa i Täby) torsdag 3 december kl. 9.00 mottagen under 24 timmar före. Avgift 30 % debiteras. Ledig tid: fredag 11 december kl. 9.00.

E. Nyström""", "no greeting, no thanks, form-letter tone to a new client"),
    (3, "good", None, "Annonsbudgeten – vi tar det på mejl?", """
Hej Johan!

Det är bara två siffror kvar att stämma av i annonsbudgeten, så jag tänker att vi kan hoppa över genomgången måndag 14 december kl. 15.00 och ta det här på mejl i stället. Jag skickar siffrorna i eftermiddag.

Ha det fint!
Sara""", "friendly, practical, saves his time"),
    (3, "bad", "sarcasm", "Budgeten", """
Hej Johan,

Jag vet att du älskar långa möten, men det är bara två siffror kvar att stämma av i annonsbudgeten. Jag tror att vi överlever utan genomgången måndag 14 december kl. 15.00, även om det blir tungt för dig. Vi tar det på mejl.

Sara""", "'jag vet att du älskar långa möten', 'även om det blir tungt för dig'"),
    (3, "bad", "blame", "Genomgången måndag", """
Hej Johan,

Genomgången av annonsbudgeten måndag 14 december kl. 15.00 ställer vi in, det är bara två siffror kvar att stämma av och det tar vi på mejl. Hade du skickat underlaget i tid när jag bad om det hade vi varit klara för länge sedan.

Sara""", "blames the client for the delay"),
    (4, "good", None, "Workshopen på tisdag", """
Hej Linnea,

Min son är sjuk och jag behöver vara hemma på tisdag, så jag skulle vilja flytta workshopen om den nya webbutiken från tisdag 15 december kl. 9.00. Skulle torsdag 17 december kl. 9.00 eller fredag 18 december kl. 13.00 fungera för dig?

Förlåt för strulet!
Oskar""", "warm, honest, two options, light apology"),
    (4, "bad", "grovelling", "Förlåt, förlåt, förlåt", """
Kära Linnea,

Jag skäms verkligen och ber tusen gånger om ursäkt. Min son är sjuk och jag behöver vara hemma, så workshopen om den nya webbutiken tisdag 15 december kl. 9.00 måste flyttas. Jag förstår om du aldrig vill jobba med oss igen.

Om du på något sätt kan tänka dig att förlåta mig: torsdag 17 december kl. 9.00 eller fredag 18 december kl. 13.00, eller när som helst, mitt i natten om det behövs.

Din ångerfulle
Oskar""", "self-abasement over a sick child, 'mitt i natten'"),
    (4, "bad", "mock_enthusiasm", "Superkul nyheter!!!", """
Hej Linnea!!!

Gissa vad, vi får flytta workshopen om den nya webbutiken, hur härligt är inte det?! Min son är sjuk och jag behöver vara hemma tisdag 15 december kl. 9.00, SÅ spännande! Nu får vi i stället chansen att ses torsdag 17 december kl. 9.00 eller fredag 18 december kl. 13.00, bästa julklappen!!!

Oskar""", "forced cheer about a cancellation, tone-deaf"),
    (5, "good", None, "Inför fotograferingen 13 januari", """
Hej Petra!

Så roligt att vi ses för fotograferingen av nya kollektionen onsdag 13 januari kl. 10.00. En kort påminnelse om hur vi gör: vi tar en handpenning på 25 % vid bokningen, och om något ändras behöver vi veta det senast 48 timmar innan, eftersom vi hyr studion för dagen.

Hör av dig om något är oklart!
Nils""", "friendly, clear, reason given"),
    (5, "good", None, "Bokningen 13/1", """
Hej Petra,

Bokningen för fotograferingen av nya kollektionen onsdag 13 januari kl. 10.00 är klar. Som vanligt gäller en handpenning på en fjärdedel och avbokning senast två dygn innan.

Vi ses!
Nils""", "short, 'en fjärdedel' = 25 %, 'två dygn' = 48 h"),
    (5, "bad", "passive_aggression", "Avbokningsregler (igen)", """
Hej Petra,

Som jag skrev förra gången, och gången innan dess, gäller följande även för fotograferingen av nya kollektionen onsdag 13 januari kl. 10.00: 25 % i handpenning och avbokning senast 48 timmar innan. Jag skickar det en gång till så att det inte blir några missförstånd den här gången.

Hälsningar
Nils""", "'som jag skrev förra gången, och gången innan dess', 'den här gången'"),
    (6, "good", None, "Vi saknade dig i tisdags", """
Hej Ahmed!

Vi saknade dig på provlektionen i spanska i tisdags, 1 december kl. 18.00. Hoppas allt är bra med dig!

Vill du prova igen? Det finns en plats tisdag 8 december kl. 18.00, säg bara till så håller jag den åt dig.

Hälsningar
Frida""", "warm, no reproach, one clear offer"),
    (6, "good", None, "Ny chans på tisdag?", """
Hej Ahmed,

Provlektionen i spanska tisdag 1 december kl. 18.00 blev inte av, men det gör ingenting, sådant händer. Jag har en plats tisdag 8 december kl. 18.00 om du vill komma då.

¡Hasta pronto!
Frida""", "unusual sign-off in Spanish suits a language school; friendly"),
    (6, "bad", "hostile", "Du kom inte", """
Ahmed,

Du dök inte upp på provlektionen i spanska tisdag 1 december kl. 18.00. Jag tänker inte slösa min tid på folk som inte respekterar den.

Tisdag 8 december kl. 18.00. Kommer du inte då behöver du inte höra av dig igen.

Frida""", "insult and ultimatum to a new client"),
    (7, "good", None, "Uppföljningen fredag – kortare", """
Hej Ulrika,

Vi har ett akut driftärende som kräver min närvaro på fredag. Går det bra om vi kortar uppföljningen av IT-avtalet fredag 11 december kl. 10.00 till 20 minuter? Jag skickar en kort sammanfattning i förväg så att vi hinner med det viktigaste.

Vänliga hälsningar
Henrik Wallin""", "formal Swedish with du, reason, makes it easy"),
    (7, "good", None, "Fredag kl. 10.00", """
Hej Ulrika,

På grund av ett akut driftärende behöver jag korta vår uppföljning av IT-avtalet fredag 11 december kl. 10.00 till 20 minuter. Tack för förståelsen.

Vänliga hälsningar
Henrik Wallin""", "brief and polite"),
    (7, "bad", "phishing_like", "Åtgärd krävs: bekräfta mötet", """
Hej Ulrika,

På grund av ett akut driftärende kortar vi uppföljningen av IT-avtalet fredag 11 december kl. 10.00 till 20 minuter.

För att behålla mötet måste du logga in via https://it-avtal-verifiering.se och bekräfta med ditt BankID och ditt kortnummer inom 2 timmar. Annars stängs ert konto.

Henrik Wallin""", "urgent link, BankID and card number, threat"),
    (8, "good", None, "Kundkvällen – Maja tar över", """
Hej Elin!

Från och med onsdag är jag föräldraledig, så på planeringen av kundkvällen torsdag 10 december kl. 14.00 är det Maja Eklöf som möter dig. Hon har varit med från början och vet precis vad vi har pratat om.

Tack för i år, och lycka till med kvällen!
Jonas""", "warm, reassuring"),
    (8, "good", None, "Planeringen torsdag", """
Hej Elin,

Kort besked: jag är föräldraledig från och med onsdag. Maja Eklöf tar planeringen av kundkvällen torsdag 10 december kl. 14.00, och hon har fått alla mina anteckningar.

Vi hörs efter ledigheten!
Jonas""", "short, friendly"),
    (8, "bad", "bureaucratic_distance", "Meddelande avseende planeringsmöte", """
Bästa Elin Strand,

Härmed meddelas att undertecknad är föräldraledig från och med onsdag. Planeringsmötet avseende kundkvällen, torsdag 10 december kl. 14.00, handläggs därefter av Maja Eklöf. Eventuella frågor hänvisas till henne.

Med vänlig hälsning
Jonas Björk
Enheten för kundrelationer""", "officialese 'härmed meddelas', 'undertecknad', 'handläggs' to a friendly key client"),
]
