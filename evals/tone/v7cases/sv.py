"""Swedish v7 tone cases: SITS (situation fields without id/language) and CASES (sit, label, flaw, subject, body, note).

Layout: 8 situations of 3 drafts: situation 1 three goods, situation 2 three bads, then alternating 2 good/1 bad and 1 good/2 bad.
"""

SITS = {
    1: {"intent": "decline", "recipient_name": "Margareta Ekdahl-Sjöberg", "sender_name": "Tobias Hägglöf",
        "tone": "formal", "relationship": "key", "meeting": "invigningen av det nya lagret i Borlänge",
        "meeting_time": "torsdag 17 december kl. 13.00", "reason": "ett styrelsemöte som inte går att flytta"},
    2: {"intent": "reschedule", "recipient_name": "Linnea Strömbeck", "sender_name": "Oskar Tjernberg",
        "tone": "friendly", "relationship": "regular", "meeting": "planeringsmötet inför julmarknaden",
        "meeting_time": "onsdag 9 december kl. 15.00", "proposed_times": ["fredag 11 december kl. 15.00"],
        "reason": "en vattenläcka i butiken"},
    3: {"intent": "switch_to_email", "recipient_name": "Gunnar Österlind", "sender_name": "Malin Rydberg-Aho",
        "tone": "formal", "relationship": "new", "meeting": "genomgången av offerten för ny ventilation",
        "meeting_time": "måndag 14 december kl. 10.00", "reason": "jag är bortrest hela veckan"},
    4: {"intent": "delegate", "recipient_name": "Elsa Tornvall", "sender_name": "Viktor Sandahl",
        "colleague_name": "Amira Haddouch", "tone": "friendly", "relationship": "key",
        "meeting": "provsmakningen av julbordet", "meeting_time": "fredag 18 december kl. 12.00",
        "reason": "föräldraledighet från och med 14 december"},
    5: {"intent": "no_show_followup", "recipient_name": "Henrik Wikander", "sender_name": "Sofia Lundmark",
        "tone": "formal", "relationship": "key", "meeting": "kvartalsgenomgången av fastighetsförvaltningen",
        "meeting_time": "tisdag 1 december kl. 9.00",
        "proposed_times": ["onsdag 9 december kl. 9.00", "torsdag 10 december kl. 14.00"]},
    6: {"intent": "late_cancellation", "recipient_name": "Ida Kvarnström", "sender_name": "Emil Rosenqvist",
        "tone": "friendly", "relationship": "new", "meeting": "första massagebehandlingen",
        "meeting_time": "torsdag 3 december kl. 17.30", "proposed_times": ["torsdag 10 december kl. 17.30"],
        "policy": {"notice_hours": 24, "fee_percent": 50}},
    7: {"intent": "cancellation_policy", "recipient_name": "Birgitta Sandervik", "sender_name": "Jonas Lilliehöök",
        "tone": "formal", "relationship": "regular", "policy": {"notice_hours": 48, "deposit_percent": 30}},
    8: {"intent": "switch_to_call", "recipient_name": "Alva Brunnberg", "sender_name": "Nils Granlöf",
        "tone": "friendly", "relationship": "regular", "meeting": "genomgången av bokföringen för november",
        "meeting_time": "tisdag 15 december kl. 16.00", "reason": "ett sjukt barn hemma"},
}

CASES = [
    (1, "good", None, "Invigningen i Borlänge",
     """
Hej Margareta,

Tack för inbjudan till invigningen av det nya lagret i Borlänge torsdag 17 december kl. 13.00. Tyvärr har jag ett styrelsemöte som inte går att flytta och kan därför inte komma. Det gör mig verkligen ledsen, eftersom jag vet hur mycket arbete ni har lagt ner på lagret.

Jag hoppas att dagen blir lyckad och ser fram emot att få en rundvisning vid ett senare tillfälle.

Vänliga hälsningar
Tobias Hägglöf
""", "formal Swedish with du and first name, warm and sincere decline"),
    (1, "good", None, "Tack för inbjudan",
     """
Hej Margareta,

Stort tack för inbjudan till invigningen av det nya lagret i Borlänge. Torsdag 17 december kl. 13.00 sitter jag tyvärr i ett styrelsemöte som inte går att flytta. Lycka till med dagen!

Vänliga hälsningar
Tobias
""", "very short but kind decline"),
    (1, "good", None, "Ett nytt lager – och jag missar bandklippningen",
     """
Hej Margareta,

Det är sällan jag vill vara på två ställen samtidigt, men torsdag 17 december kl. 13.00 är ett sådant tillfälle: ett styrelsemöte som inte går att flytta krockar med invigningen av det nya lagret i Borlänge. Styrelsen vinner den här gången, tyvärr.

Jag skickar i stället mina varmaste gratulationer till dig och hela teamet. Ni har byggt något fint.

Med vänliga hälsningar
Tobias Hägglöf
""", "formal but warm with humour that lands"),

    (2, "bad", "passive_aggression", "Planeringsmötet",
     """
Hej Linnea,

Som jag redan nämnde i telefon i förra veckan (men jag tar det igen): planeringsmötet inför julmarknaden onsdag 9 december kl. 15.00 måste flyttas på grund av en vattenläcka i butiken. Fredag 11 december kl. 15.00 fungerar. Hör av dig, helst innan torsdag den här gången.

Oskar
""", "'som jag redan nämnde … men jag tar det igen' and the dig 'den här gången'"),
    (2, "bad", "sarcasm", "Fantastiska nyheter från butiken",
     """
Hej Linnea,

Vi har fått en inomhuspool! Eller, en vattenläcka i butiken, som det heter på vanlig svenska. Så planeringsmötet inför julmarknaden onsdag 9 december kl. 15.00 flyttar vi till fredag 11 december kl. 15.00. Ta med stövlar, så kan du fråga om samma plastgranar en femte gång.

Oskar
""", "the joke turns on the client ('fråga om samma plastgranar en femte gång'): sarcasm, not shared humour"),
    (2, "bad", "coldness", "Flytt",
     """
Planeringsmötet inför julmarknaden onsdag 9 december kl. 15.00 flyttas till fredag 11 december kl. 15.00. Orsak: en vattenläcka i butiken.

/O.T.
""", "no greeting, no name, no warmth to a regular client in a friendly relationship"),

    (3, "good", None, "Offerten för ventilationen",
     """
Hej Gunnar,

Tack för att du hörde av dig. Eftersom jag är bortrest hela veckan kan vi tyvärr inte ses måndag 14 december kl. 10.00 för genomgången av offerten för ny ventilation. Jag föreslår att vi tar den via mejl i stället: jag skickar en sammanfattning av offerten med mina kommentarer, och du kan ställa frågor när det passar dig.

Vänliga hälsningar
Malin Rydberg-Aho
""", "formal and welcoming to a new client, useful email route"),
    (3, "good", None, "Genomgången måndag 14 december",
     """
Hej Gunnar,

Genomgången av offerten för ny ventilation måndag 14 december kl. 10.00 tar vi gärna via mejl, eftersom jag är bortrest hela veckan. Skicka dina frågor, så svarar jag utförligt.

Vänliga hälsningar
Malin
""", "short and clear"),
    (3, "bad", "bureaucratic_distance", "Ändrad hantering av ärende",
     """
Härmed informeras om att genomgången av offerten för ny ventilation, planerad till måndag 14 december kl. 10.00, inte kommer att genomföras som fysiskt möte, med anledning av att jag är bortrest hela veckan. Ärendet handläggs fortsättningsvis skriftligen. Frågor ska inkomma skriftligen och besvaras i turordning.

Med vänlig hälsning
Handläggare M. Rydberg-Aho
""", "authority-style passive ('härmed informeras', 'ärendet handläggs', 'ska inkomma') to a new private client"),

    (4, "good", None, "Julbordet: Amira tar över",
     """
Hej Elsa!

Jag går på föräldraledighet från och med 14 december, så på provsmakningen av julbordet fredag 18 december kl. 12.00 möter du min kollega Amira Haddouch i stället. Hon har gjort hälften av rätterna själv och vet precis vilka sillar du gillar. Ni kommer att ha det jättetrevligt.

Varma hälsningar
Viktor
""", "friendly handover to a key client, praises the colleague"),
    (4, "bad", "over_familiarity", "Hej gumman!",
     """
Hej gumman!

Nu blir det blöjor för hela slanten: föräldraledighet från och med 14 december 👶 Så provsmakningen av julbordet fredag 18 december kl. 12.00 får du köra med Amira Haddouch, hon är okej hon med, haha. Ät inte upp all sill utan mig nu!!

Kramiz och pussar
Vicke
""", "'gumman', 'kramiz och pussar', a nickname: too intimate for a key client"),
    (4, "bad", "grovelling", "Förlåt, förlåt",
     """
Hej Elsa,

Jag vet inte hur jag ska be om ursäkt nog. På grund av föräldraledighet från och med 14 december kan jag inte själv vara med på provsmakningen av julbordet fredag 18 december kl. 12.00. Jag skäms verkligen över att lämna över en så viktig kund som du, det är oförlåtligt av mig. Amira Haddouch tar över, men jag förstår om du känner dig sviken och jag ber dig ödmjukast om förlåtelse.

Ännu en gång, förlåt,
Viktor
""", "apologising for parental leave as if it were a fault"),

    (5, "good", None, "Kvartalsgenomgången",
     """
Hej Henrik,

Vi saknade dig på kvartalsgenomgången av fastighetsförvaltningen tisdag 1 december kl. 9.00. Jag hoppas att allt är väl.

Passar onsdag 9 december kl. 9.00 eller torsdag 10 december kl. 14.00 för ett nytt försök? Säg till om inget av dem fungerar, så hittar vi något annat.

Vänliga hälsningar
Sofia Lundmark
""", "formal with du, caring, two slots and flexibility"),
    (5, "good", None, "Ny tid för genomgången",
     """
Hej Henrik,

Vi fick inte till kvartalsgenomgången av fastighetsförvaltningen tisdag 1 december kl. 9.00. Vill du ta den onsdag 9 december kl. 9.00 eller torsdag 10 december kl. 14.00?

Hälsningar
Sofia
""", "very brief, neutral and kind"),
    (5, "bad", "passive_aggression", "Kvartalsgenomgången 1 december",
     """
Hej Henrik,

Jag antar att kallelsen till kvartalsgenomgången av fastighetsförvaltningen tisdag 1 december kl. 9.00 hamnade i skräpposten. Igen. Vi satt i alla fall där, fyra personer, och väntade i en halvtimme.

Nya förslag: onsdag 9 december kl. 9.00 eller torsdag 10 december kl. 14.00. Jag skickar kallelsen två gånger den här gången, för säkerhets skull.

Hälsningar
Sofia Lundmark
""", "'hamnade i skräpposten. Igen.', guilt about waiting, 'två gånger för säkerhets skull' to a key client"),

    (6, "good", None, "Din massagetid",
     """
Hej Ida,

Tråkigt att du inte kunde komma på första massagebehandlingen torsdag 3 december kl. 17.30. Jag har en ny tid till dig torsdag 10 december kl. 17.30, om den passar.

Eftersom avbokningen kom mindre än 24 timmar innan tar vi ut 50 % av priset, enligt våra villkor. Jag hoppas att vi ses på torsdag nästa vecka!

Varma hälsningar
Emil
""", "friendly with a new client, fee stated plainly, warm close"),
    (6, "bad", "blame", "Avbokningen",
     """
Hej Ida,

Du avbokade första massagebehandlingen torsdag 3 december kl. 17.30 med mindre än 24 timmar kvar, så jag fick sitta utan kund hela kvällen och förlora en inkomst. Det är precis sådant som gör det svårt att driva ett litet företag. 50 % debiteras.

Du kan komma torsdag 10 december kl. 17.30.

Emil
""", "blames the client and makes her responsible for the business"),
    (6, "bad", "hostile", "Din avbokning",
     """
Hej Ida,

Din avbokning av första massagebehandlingen torsdag 3 december kl. 17.30 kom mindre än 24 timmar innan, så 50 % debiteras. Du kan få en ny tid torsdag 10 december kl. 17.30.

Bara så du vet: kunder som avbokar sent flera gånger brukar vi inte ta emot igen. Hoppas det inte blir aktuellt för din del.

Emil
""", "veiled threat after a first late cancellation by a new client"),

    (7, "good", None, "Våra avbokningsregler",
     """
Hej Birgitta,

Inför vårens bokningar vill jag påminna om hur vi gör: vid bokning betalar du en handpenning på 30 %, och du kan avboka eller flytta kostnadsfritt fram till 48 timmar innan. Vid senare avbokning behåller vi handpenningen.

Tack för att du är kund hos oss; hör gärna av dig om något är oklart.

Vänliga hälsningar
Jonas Lilliehöök
""", "formal with du, clear and appreciative"),
    (7, "good", None, "Kort om avbokning",
     """
Hej Birgitta,

En kort påminnelse: 30 % i handpenning vid bokning, och fri avbokning fram till 48 timmar innan. Tack för att du hjälper oss att hålla tiderna lediga för andra.

Vänliga hälsningar
Jonas
""", "very short, courteous"),
    (7, "bad", "condescension", "Avbokningsregler – läs noga",
     """
Hej Birgitta,

Jag förklarar det en gång till, så enkelt jag kan: när du bokar betalar du 30 % i handpenning. Om du avbokar mindre än 48 timmar innan får du inte tillbaka pengarna. Det är egentligen inte så svårt, de flesta av våra kunder brukar förstå det första gången.

Hälsningar
Jonas Lilliehöök
""", "'så enkelt jag kan', 'de flesta förstår det första gången': talking down to a regular client"),

    (8, "good", None, "Kan vi ta det på telefon?",
     """
Hej Alva,

Jag har ett sjukt barn hemma och kan inte komma in till kontoret tisdag 15 december kl. 16.00. Kan vi ta genomgången av bokföringen för november på telefon i stället, samma tid? Jag ringer dig.

Hälsningar
Nils
""", "friendly, brief, takes the initiative"),
    (8, "bad", "coldness", "Telefon",
     """
Alva,

Genomgången av bokföringen för november tisdag 15 december kl. 16.00 sker per telefon. Skäl: ett sjukt barn hemma. Ring i tid.

N. Granlöf
""", "curt orders ('Ring i tid') to a regular client in a friendly relationship"),
    (8, "bad", "mock_enthusiasm", "Heja telefonen!!!",
     """
Hej Alva!!!

Ett sjukt barn hemma, vad mysigt!!! Så genomgången av bokföringen för november tisdag 15 december kl. 16.00 tar vi på telefon, fantastiskt, då slipper du ju se alla kvitton i verkligheten!! Det här blir kalas, jag lovar!!!

Nils
""", "forced excitement about a sick child and a dull call"),
]
