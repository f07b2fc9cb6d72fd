"""Swedish v10 tone cases (hand-written by data-ai, 2026-12-07). Layout 1/2 2/1 1/1 3/1 1/2 1/1 2/2 1/2."""

from __future__ import annotations

SITS = {
    1: {"intent": "late_cancellation", "recipient_name": "Elin Grankvist", "sender_name": "Mattias Lövenhjelm",
        "tone": "friendly", "relationship": "regular",
        "meeting": "massagebehandling för nacke och axlar", "meeting_time": "torsdag 3 december kl. 17.00",
        "proposed_times": ["tisdag 15 december kl. 17.00"], "policy": {"notice_hours": 24, "fee_percent": 50}},
    2: {"intent": "reschedule", "recipient_name": "Gunilla Åkerblad", "sender_name": "Henrik Sandhagen",
        "tone": "formal", "relationship": "key",
        "meeting": "styrgruppsmötet om den nya lagerautomationen", "meeting_time": "onsdag 9 december kl. 13.00",
        "proposed_times": ["fredag 18 december kl. 9.00", "måndag 11 januari kl. 13.00"],
        "reason": "en försenad leverans av testutrustningen"},
    3: {"intent": "cancellation_policy", "recipient_name": "Jonas Ekebrant", "sender_name": "Sofia Hällkvist",
        "tone": "formal", "relationship": "new",
        "meeting": "första rådgivningsmöte om bodelning", "meeting_time": "torsdag 17 december kl. 10.00",
        "policy": {"notice_hours": 48, "fee_percent": 100}},
    4: {"intent": "delegate", "recipient_name": "Petra Rosenlöf", "sender_name": "Oskar Wennerholm",
        "tone": "friendly", "relationship": "key", "colleague_name": "Amra Kurtović",
        "meeting": "planeringsmötet inför vårmässan", "meeting_time": "tisdag 12 januari kl. 14.00",
        "reason": "min pappaledighet"},
    5: {"intent": "no_show_followup", "recipient_name": "Bengt Ålenius", "sender_name": "Karin Tegnerö",
        "tone": "formal", "relationship": "regular",
        "meeting": "genomgång av deklarationsunderlaget", "meeting_time": "onsdag 2 december kl. 15.30",
        "proposed_times": ["torsdag 10 december kl. 15.30"]},
    6: {"intent": "switch_to_email", "recipient_name": "Ville Sundmark", "sender_name": "Linnea Brogren",
        "tone": "friendly", "relationship": "new",
        "meeting": "visning av kontorslokalen på Repslagargatan", "meeting_time": "fredag 11 december kl. 12.00",
        "reason": "ett vattenläckage i huset"},
    7: {"intent": "shorten", "recipient_name": "Margareta Ljungdahl", "sender_name": "Erik Thorsander",
        "tone": "formal", "relationship": "regular",
        "meeting": "revisionsmötet för bostadsrättsföreningen", "meeting_time": "måndag 14 december kl. 18.00",
        "duration_minutes": 45, "reason": "ett annat styrelsemöte samma kväll"},
    8: {"intent": "decline", "recipient_name": "Niklas Bergsjö", "sender_name": "Frida Almfelt",
        "tone": "friendly", "relationship": "key",
        "meeting": "julmingel på er reklambyrå", "meeting_time": "fredag 18 december kl. 16.00",
        "reason": "en familjeresa"},
}

CASES = [
    # 1 late_cancellation, friendly, regular: 1 good, 2 bad
    (1, "good", None, "Din tid i torsdags",
     """
Hej Elin!

Tack för att du hörde av dig om massagebehandling för nacke och axlar i torsdags, torsdag 3 december kl. 17.00. Eftersom avbokningen kom senare än 24 timmar innan tar jag tyvärr ut 50 % av priset, precis som för alla andra.

Jag har en ledig tid tisdag 15 december kl. 17.00 om du vill ha den. Hoppas nacken håller tills dess!

Hälsningar,
Mattias
""", "fee held kindly, 'tyvärr' used plainly, a caring close"),
    (1, "bad", "passive_aggression", "Ingen fara",
     """
Hej Elin,

Ingen fara alls med avbokningen av massagebehandling för nacke och axlar torsdag 3 december kl. 17.00. Jag hade visserligen tackat nej till två andra kunder för att kunna ta dig, och stod där med varma handdukar, men det är sånt man får räkna med i den här branschen.

Enligt villkoren blir det 50 % eftersom det var mindre än 24 timmar kvar. Tisdag 15 december kl. 17.00 är ledig, om du nu vill.

Mattias
""", "guilt trip dressed as 'ingen fara'"),
    (1, "bad", "hostile", "Avbokning torsdag 3 december",
     """
Hej Elin,

Tack för ditt meddelande. Avbokningen av massagebehandling för nacke och axlar torsdag 3 december kl. 17.00 kom inom 24 timmar, så 50 % debiteras. Du kan få en ny tid tisdag 15 december kl. 17.00.

Jag vill bara nämna att kön till kvällstiderna är lång, och att de tiderna i första hand går till kunder som vi vet dyker upp. Det vore synd om du hamnade längre bak.

Hälsningar,
Mattias
""", "veiled threat about losing evening slots, in polite words"),

    # 2 reschedule, formal, key: 2 good, 1 bad
    (2, "good", None, "Nytt datum för styrgruppsmötet",
     """
Hej Gunilla,

Tyvärr måste jag be att få flytta styrgruppsmötet om den nya lagerautomationen, som är inplanerat onsdag 9 december kl. 13.00. Orsaken är en försenad leverans av testutrustningen, och utan den har vi inga mätvärden att visa er.

Jag föreslår fredag 18 december kl. 9.00 eller måndag 11 januari kl. 13.00. Ber om ursäkt för besväret och tackar för ert tålamod.

Vänliga hälsningar,
Henrik Sandhagen
""", "formal, reason once, apology with dignity"),
    (2, "good", None, "Styrgruppsmötet flyttas",
     """
Hej Gunilla,

En försenad leverans av testutrustningen gör att vi behöver flytta styrgruppsmötet om den nya lagerautomationen från onsdag 9 december kl. 13.00. Passar fredag 18 december kl. 9.00 eller måndag 11 januari kl. 13.00?

Hälsningar,
Henrik Sandhagen
""", "blunt and very short, still courteous"),
    (2, "bad", "passive_aggression", "Styrgruppsmöte – nytt datum",
     """
Hej Gunilla,

Hoppas allt är bra med er! På grund av en försenad leverans av testutrustningen vill jag flytta styrgruppsmötet om den nya lagerautomationen från onsdag 9 december kl. 13.00 till fredag 18 december kl. 9.00 eller måndag 11 januari kl. 13.00. Jag ber om ursäkt för ändringen.

Skicka gärna era frågor i förväg, så kanske vi den här gången hinner igenom hela dagordningen.

Vänliga hälsningar,
Henrik Sandhagen
""", "friendly mail with one barbed clause at the end"),

    # 3 cancellation_policy, formal, new, with meeting: 1 good, 1 bad
    (3, "good", None, "Inför vårt första möte",
     """
Hej Jonas,

Välkommen, och tack för förtroendet. Inför vårt första rådgivningsmöte om bodelning torsdag 17 december kl. 10.00 vill jag nämna våra avbokningsregler: avboka senast 48 timmar innan, annars debiteras 100 % av arvodet, eftersom jag har förberett ärendet och inte kan ge tiden till någon annan.

Hör av dig om något är oklart.

Vänliga hälsningar,
Sofia Hällkvist
""", "formal but warm; firm rule with its reason"),
    (3, "bad", "bureaucratic_distance", "Information om avbokningsregler",
     """
Hej,

Vänligen notera att avbokning av första rådgivningsmöte om bodelning torsdag 17 december kl. 10.00 enligt gällande policy ska ske senast 48 timmar före utsatt tid. Vid sen avbokning debiteras 100 % av arvodet. Vi ber er vänligen ta del av villkoren i sin helhet på vår webbplats.

Med vänlig hälsning,
Byrån
""", "'vänligen notera', 'enligt gällande policy', signed by the firm, no welcome"),

    # 4 delegate, friendly, key: 3 good, 1 bad
    (4, "good", None, "Amra tar planeringsmötet",
     """
Hej Petra!

Nu börjar min pappaledighet, så planeringsmötet inför vårmässan tisdag 12 januari kl. 14.00 leds av Amra Kurtović. Hon har varit med i alla våra mässprojekt i år och har min checklista, inklusive din önskan om större ytor för demo.

Tack för ett fantastiskt samarbete i år. Vi ses i mars!

Hälsningar,
Oskar
""", "warm handover to a key client"),
    (4, "good", None, "Mötet 12 januari",
     """
Hej Petra,

Kort bara: på grund av min pappaledighet tar Amra Kurtović planeringsmötet inför vårmässan tisdag 12 januari kl. 14.00. Du är i goda händer.

Oskar
""", "very short but kind"),
    (4, "good", None, "Byte av blöjor och mötesledare",
     """
Hej Petra!

Jag byter snart mässmontrar mot blöjor: min pappaledighet börjar i januari. Planeringsmötet inför vårmässan tisdag 12 januari kl. 14.00 tar därför Amra Kurtović, som ärligt talat har bättre ordning på er beställning än jag.

Ha ett fint möte, och skicka gärna en bild på montern när den står.

Hälsningar,
Oskar
""", "humour that lands with a key client"),
    (4, "bad", "condescension", "Ersättare på planeringsmötet",
     """
Hej Petra,

Under min pappaledighet tar Amra Kurtović planeringsmötet inför vårmässan tisdag 12 januari kl. 14.00.

Amra är ganska ny och inte den mest erfarna, men hon är duktig på att följa en lista, och mer än så behövs egentligen inte för ert upplägg.

Hälsningar,
Oskar
""", "faint praise of the colleague that also belittles the client's project"),

    # 5 no_show_followup, formal, regular: 1 good, 2 bad
    (5, "good", None, "Vårt möte i onsdags",
     """
Hej Bengt,

Vi sågs inte vid vår genomgång av deklarationsunderlaget onsdag 2 december kl. 15.30, och jag hoppas att allt är väl med dig.

Om det passar kan vi ta genomgången torsdag 10 december kl. 15.30 i stället. Svara bara med ett ja, så bokar jag.

Vänliga hälsningar,
Karin Tegnerö
""", "caring, simple, no reproach"),
    (5, "bad", "coldness", "Uteblivet besök 2 december",
     """
Hej,

Härmed meddelas att ni inte infann er till genomgång av deklarationsunderlaget onsdag 2 december kl. 15.30. Ny tid kan erbjudas torsdag 10 december kl. 15.30.

Vi tackar för er uppmärksamhet.

Med vänlig hälsning,
Karin Tegnerö
""", "cold, impersonal formulas to a regular client; no concern, no name"),
    (5, "bad", "blame", "Onsdagens genomgång",
     """
Hej Bengt,

Jag hoppas verkligen att allt är bra med dig!

Jag vill ändå förklara hur det ser ut från vår sida. Inför genomgång av deklarationsunderlaget onsdag 2 december kl. 15.30 hade jag gått igenom alla dina kvitton, och påminnelsen gick ut både via sms och mejl dagen innan. När ingen kommer och ingen hör av sig blir den tiden helt förlorad, och det drabbar i slutändan andra kunder.

Ny tid: torsdag 10 december kl. 15.30.

Vänliga hälsningar,
Karin Tegnerö
""", "warm opening, reproachful and over-explaining middle"),

    # 6 switch_to_email, friendly, new: 1 good, 1 bad
    (6, "good", None, "Visningen på fredag",
     """
Hej Ville!

Tyvärr blir det ingen visning av kontorslokalen på Repslagargatan fredag 11 december kl. 12.00: ett vattenläckage i huset gör att hantverkarna tar över. Jag mejlar dig i stället planritningen, bilder från i somras och hyresvillkoren i morgon, så kan du redan nu se om lokalen är något för er.

Ledsen för strulet!

Linnea
""", "friendly, concrete alternative, short apology"),
    (6, "bad", "sarcasm", "Visningen",
     """
Hej Ville,

Ett vattenläckage i huset, precis lagom till visning av kontorslokalen på Repslagargatan fredag 11 december kl. 12.00. Perfekt timing som vanligt.

Jag skickar allt per mejl i stället. Du som ändå verkar gilla att läsa, du kommer att älska det.

Linnea
""", "sarcasm and a dig at a new client"),

    # 7 shorten, formal, regular: 2 good, 2 bad
    (7, "good", None, "Revisionsmötet den 14 december",
     """
Hej Margareta,

En påminnelse inför revisionsmötet för bostadsrättsföreningen måndag 14 december kl. 18.00: som vi kom överens om på telefon blir mötet 45 minuter, eftersom jag har ett annat styrelsemöte samma kväll.

Jag skickar mina frågor i förväg så att vi hinner med allt.

Vänliga hälsningar,
Erik Thorsander
""", "'påminnelse' and 'som vi kom överens om' used kindly"),
    (7, "good", None, "Kortare möte",
     """
Hej Margareta,

Jag kan tyvärr bara stanna 45 minuter på revisionsmötet för bostadsrättsföreningen måndag 14 december kl. 18.00, på grund av ett annat styrelsemöte samma kväll. Förlåt att det blev så.

Erik
""", "short, sincere apology without grovelling"),
    (7, "bad", "condescension", "Revisionsmötet",
     """
Hej Margareta,

Revisionsmötet för bostadsrättsföreningen måndag 14 december kl. 18.00 kortas till 45 minuter på grund av ett annat styrelsemöte samma kväll.

Det räcker gott. Små föreningar brukar tro att en revision är ett stort och krångligt ärende, men egentligen handlar det mest om att ha kvittona i ordning, något jag gärna förklarar för dig igen på mötet.

Vänliga hälsningar,
Erik Thorsander
""", "lecturing a regular client about what an audit is"),
    (7, "bad", "grovelling", "Tusen ursäkter",
     """
Hej Margareta,

Jag skäms verkligen. Revisionsmötet för bostadsrättsföreningen måndag 14 december kl. 18.00 kan bara bli 45 minuter på grund av ett annat styrelsemöte samma kväll, och jag förstår helt om du tycker att det är oförlåtligt. Jag borde ha planerat bättre, det är helt och hållet mitt fel, och jag hoppas innerligt att ni inte tänker byta revisor.

Återigen, förlåt, förlåt.

Erik
""", "grovelling over a short meeting"),

    # 8 decline, friendly, key: 1 good, 2 bad
    (8, "good", None, "Julminglet",
     """
Hej Niklas!

Tack för inbjudan till julmingel på er reklambyrå fredag 18 december kl. 16.00. Jag måste tacka nej, vi åker på en familjeresa just då. Skål för ett fint år från mig, och hälsa alla!

Frida
""", "blunt no, short and warm"),
    (8, "bad", "over_familiarity", "Minglet!!",
     """
Niiiklas!! 😘

Shit vad tråkigt, jag missar ert julmingel på er reklambyrå fredag 18 december kl. 16.00, en familjeresa (suck). Drick lite extra glögg för min skull, gubben, och ta inga pinsamma bilder på mig när jag inte är där 😂

Puss!
Frida
""", "pet names, kisses and swearing to a key client"),
    (8, "bad", "coldness", "Inbjudan 18 december",
     """
Hej,

Vi tackar för inbjudan till julmingel på er reklambyrå fredag 18 december kl. 16.00 men måste meddela att deltagande ej är möjligt på grund av en familjeresa.

Med vänlig hälsning,
Frida Almfelt
""", "cold politeness formulas to a friendly key client who sent a personal invitation"),
]
