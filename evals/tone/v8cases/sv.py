"""Held-out tone cases v8, Swedish (written by hand by data-aa; layout 1/1 2/1 1/2 1/1 1/1 2/1 1/2 1/1 1/1 1/1)."""

from __future__ import annotations

SITS = {
    1: {"intent": "decline", "recipient_name": "Agneta Hallonqvist", "sender_name": "Staffan Rydebäck",
        "tone": "formal", "relationship": "key", "meeting": "visning av det nya lagersystemet",
        "meeting_time": "onsdag 16 december kl. 13.00", "reason": "hela lagret är stängt för årsinventering"},
    2: {"intent": "reschedule", "recipient_name": "Elvira Sandgren", "sender_name": "Jonatan Hägerström",
        "tone": "friendly", "relationship": "new", "meeting": "första provuppsättning inför bröllopsfrisyren",
        "meeting_time": "fredag 11 december kl. 15.00",
        "proposed_times": ["tisdag 15 december kl. 15.00", "onsdag 16 december kl. 9.30"],
        "reason": "en vattenläcka i salongen"},
    3: {"intent": "late_cancellation", "recipient_name": "Malin Ekelöw", "sender_name": "Gustav Tornblad",
        "tone": "friendly", "relationship": "key", "meeting": "planeringsmötet inför vårens mässmonter",
        "meeting_time": "onsdag 2 december kl. 9.00", "proposed_times": ["torsdag 10 december kl. 9.00"],
        "policy": {"notice_hours": 24, "fee_percent": 50}},
    4: {"intent": "shorten", "recipient_name": "Ingemar Rosenkvist", "sender_name": "Helena Brådhe",
        "tone": "formal", "relationship": "regular", "meeting": "genomgång av bokslutet för 2026",
        "meeting_time": "torsdag 17 december kl. 10.00", "duration_minutes": 40,
        "reason": "ett akut ärende hos Skatteverket"},
    5: {"intent": "switch_to_call", "recipient_name": "Pelle Åkerlind", "sender_name": "Siv Grönvall",
        "tone": "friendly", "relationship": "regular", "meeting": "träff om trädgårdsritningen",
        "meeting_time": "måndag 14 december kl. 16.00", "reason": "bilen står på verkstan"},
    6: {"intent": "no_show_followup", "recipient_name": "Torbjörn Kvarnbäck", "sender_name": "Linnea Esping",
        "tone": "formal", "relationship": "new", "meeting": "första rådgivningsmöte om pensionssparande",
        "meeting_time": "fredag 4 december kl. 11.00", "proposed_times": ["fredag 11 december kl. 11.00"]},
    7: {"intent": "cancellation_policy", "recipient_name": "Moa Videgård", "sender_name": "Edvin Kallstenius",
        "tone": "friendly", "relationship": "regular", "meeting": "hundkurs för valpar",
        "meeting_time": "lördag 9 januari kl. 10.00", "policy": {"notice_hours": 48, "deposit_percent": 25}},
    8: {"intent": "delegate", "recipient_name": "Cecilia Adelsvärd", "sender_name": "Henrik Murbeck",
        "tone": "formal", "relationship": "key", "meeting": "förhandling om ramavtalet för städtjänster",
        "meeting_time": "tisdag 12 januari kl. 14.00", "colleague_name": "Tove Ålander",
        "reason": "en styrelseresa till Tammerfors"},
    9: {"intent": "switch_to_email", "recipient_name": "Alva Nordkvist", "sender_name": "Viggo Strandmark",
        "tone": "friendly", "relationship": "new", "meeting": "genomgång av offerten för köksrenoveringen",
        "meeting_time": "tisdag 22 december kl. 8.30", "reason": "jag är bortrest över jul"},
    10: {"intent": "reschedule", "recipient_name": "Göran Tidblad", "sender_name": "Kajsa Lönnroth",
         "tone": "formal", "relationship": "regular", "meeting": "kvartalsmöte om fastighetsförvaltningen",
         "meeting_time": "onsdag 9 december kl. 13.30", "proposed_times": ["måndag 14 december kl. 13.30"],
         "reason": "en vattenskada i en av era fastigheter"},
}

CASES = [
    (1, "good", None, "Visningen av lagersystemet", """
Hej Agneta,

Tack för att du vill se det nya lagersystemet. Tyvärr måste jag tacka nej till visning av det nya lagersystemet onsdag 16 december kl. 13.00: hela lagret är stängt för årsinventering och vi släpper inte in några besökare då.

Jag hör av mig i januari när vi är i gång igen, om du fortfarande är intresserad.

Vänliga hälsningar
Staffan Rydebäck
""", "'tyvärr' used plainly; firm no with a real reason, formal but warm"),
    (1, "bad", "coldness", "Visning av det nya lagersystemet", """
Hej,

Visning av det nya lagersystemet onsdag 16 december kl. 13.00 kan inte genomföras, eftersom hela lagret är stängt för årsinventering.

Tack för visat intresse.

Med vänlig hälsning
S. Rydebäck
""", "cold politeness ('tack för visat intresse') with no name to a key client"),
    (2, "good", None, "Din provuppsättning", """
Hej Elvira!

Förlåt, men jag måste flytta din första provuppsättning inför bröllopsfrisyren på fredag 11 december kl. 15.00. Vi har en vattenläcka i salongen och jag vill inte att du sitter under en hink.

Funkar tisdag 15 december kl. 15.00 eller onsdag 16 december kl. 9.30? Det är gott om tid kvar till bröllopet, så ingen panik.

Kram
Jonatan
""", "apology, light humour that lands, reassurance for a bride"),
    (2, "good", None, "Ny tid", """
Hej Elvira,

En vattenläcka i salongen gör att fredag 11 december kl. 15.00 inte går för din första provuppsättning inför bröllopsfrisyren. Passar tisdag 15 december kl. 15.00 eller onsdag 16 december kl. 9.30?

Ha det fint!
Jonatan
""", "very short but kind"),
    (2, "bad", "sarcasm", "Bröllopsfrisyren", """
Hej Elvira,

Du kommer att älska det här: en vattenläcka i salongen, så din första provuppsättning inför bröllopsfrisyren på fredag 11 december kl. 15.00 blir inte av. Men det är ju bara ditt bröllop, så det är knappast bråttom, eller hur?

Tisdag 15 december kl. 15.00 eller onsdag 16 december kl. 9.30.

Jonatan
""", "sarcasm about the client's wedding"),
    (3, "good", None, "Vårens mässmonter", """
Hej Malin,

Inga problem att planeringsmötet inför vårens mässmonter onsdag 2 december kl. 9.00 fick ställas in, jag hoppas att allt är bra.

Som vi kom överens om i avtalet debiteras 50 % vid avbokning senare än 24 timmar innan, så det kommer med på decemberfakturan. Vill du ses torsdag 10 december kl. 9.00 i stället? Jag bjuder på kaffet.

Hälsningar
Gustav
""", "'som vi kom överens om' used kindly; fee stated plainly to a key client"),
    (3, "bad", "passive_aggression", "Mötet 2 december", """
Hej Malin,

Som sagt i mitt förra mejl (jag bifogar det för säkerhets skull) gäller 50 % vid avbokning senare än 24 timmar innan. Det gäller alltså även planeringsmötet inför vårens mässmonter onsdag 2 december kl. 9.00.

Torsdag 10 december kl. 9.00 fungerar. Kul om det blir av den här gången.

Gustav
""", "'som sagt i mitt förra mejl … för säkerhets skull' and the barb 'den här gången'"),
    (3, "bad", "over_familiarity", "Malla!!", """
Mallan gumman!!

Jaja, du strök planeringsmötet inför vårens mässmonter onsdag 2 december kl. 9.00, klassiskt du 😂 Det blir 50 % eftersom det var under 24 timmar, men det bjuder du mig på en öl för, deal? Torsdag 10 december kl. 9.00 då, puss på dig!

Gurra
""", "nickname, 'gumman', 'puss' to a key client"),
    (4, "good", None, "Genomgången av bokslutet", """
Hej Ingemar,

Ett akut ärende hos Skatteverket gör att jag behöver korta genomgång av bokslutet för 2026 torsdag 17 december kl. 10.00 till 40 minuter. Jag beklagar det.

För att hinna det viktigaste skickar jag frågelistan i förväg, så kan vi ägna mötet åt det som kräver diskussion. Passar det dig?

Vänliga hälsningar
Helena Brådhe
""", "formal and warm, prepares the shorter meeting"),
    (4, "bad", "bureaucratic_distance", "Ändrad mötestid", """
Hej,

Härmed meddelas att genomgång av bokslutet för 2026 torsdag 17 december kl. 10.00 med anledning av ett akut ärende hos Skatteverket begränsas till 40 minuter. Eventuella frågor utöver detta hänvisas till skriftlig handläggning.

Med vänlig hälsning
Ekonomiavdelningen
""", "authority voice ('härmed meddelas', 'hänvisas till skriftlig handläggning'), no names"),
    (5, "good", None, "Vi tar det på telefon?", """
Hej Pelle!

Bilen står på verkstan, så jag tar mig inte ut till dig på måndag. Kan vi ha vår träff om trädgårdsritningen måndag 14 december kl. 16.00 på telefon i stället? Jag mejlar ritningen innan, så kan vi titta på samma sak.

Hörs!
Siv
""", "short, practical switch to a call"),
    (5, "bad", "mock_enthusiasm", "Superkul nyhet!!", """
Hej Pelle!!

Superkul nyhet: bilen står på verkstan, så vår träff om trädgårdsritningen måndag 14 december kl. 16.00 blir ett mysigt telefonsamtal i stället!!! Tänk vad smidigt, du slipper ju städa inför mitt besök! 🎉🎉

Siv
""", "mock enthusiasm and a dig at the client's home"),
    (6, "good", None, "Vårt möte i fredags", """
Hej Torbjörn,

Jag saknade dig vid vårt första rådgivningsmöte om pensionssparande fredag 4 december kl. 11.00 och hoppas att inget har hänt.

Om du vill kan vi ses fredag 11 december kl. 11.00 i stället. Passar inte det, föreslå gärna en annan tid.

Vänliga hälsningar
Linnea Esping
""", "concern first, one slot, open door"),
    (6, "good", None, "Första rådgivningsmötet", """
Hej Torbjörn,

Vi sågs inte fredag 4 december kl. 11.00 för första rådgivningsmöte om pensionssparande. Ingen fara; jag har hållit fredag 11 december kl. 11.00 för dig om du vill ha den. Vill du inte gå vidare räcker det med ett kort svar.

Vänliga hälsningar
Linnea Esping
""", "short, dignified, an easy exit for a new client"),
    (6, "bad", "blame", "Missat möte", """
Hej Torbjörn,

Du kom inte till första rådgivningsmöte om pensionssparande fredag 4 december kl. 11.00. Jag hade förberett beräkningar i två timmar, bokat rummet och tackat nej till en annan kund, så det blev en förlorad förmiddag för mig.

Jag kan erbjuda fredag 11 december kl. 11.00, men vill då ha en bekräftelse senast dagen innan.

Linnea Esping
""", "over-explains her lost work to blame a new client"),
    (7, "good", None, "Inför valpkursen", """
Hej Moa!

Så roligt att ni är med på hundkurs för valpar igen! Kursen startar lördag 9 januari kl. 10.00. En liten påminnelse om villkoren, ingenting nytt: vi tar en anmälningsavgift på 25 % och avbokning är kostnadsfri fram till 48 timmar innan.

Vi ses snart, hälsa valpen!
Edvin
""", "'igen' and 'påminnelse' used kindly; policy clear and warm"),
    (7, "bad", "passive_aggression", "Villkor för valpkursen", """
Hej Moa,

Inför hundkurs för valpar lördag 9 januari kl. 10.00 vill jag påminna om villkoren: 25 % i anmälningsavgift och avbokning senast 48 timmar innan. Jag har tackat nej till tre andra valpägare för att hålla er plats, men det gör jag gärna, så länge ni faktiskt kommer.

Hälsningar
Edvin
""", "guilt trip in a policy reminder"),
    (7, "bad", "condescension", "Lite om avbokning", """
Hej Moa,

Eftersom många hundägare inte riktigt förstår hur en kurs fungerar tar jag det från början. Hundkurs för valpar startar lördag 9 januari kl. 10.00. Platserna är begränsade. Därför tar vi 25 % i anmälningsavgift, och därför måste man avboka 48 timmar innan. Det är inte konstigare än så.

Edvin
""", "lecturing a regular client who knows the course"),
    (8, "good", None, "Förhandlingen 12 januari", """
Hej Cecilia,

En styrelseresa till Tammerfors gör att jag inte kan delta i förhandling om ramavtalet för städtjänster tisdag 12 januari kl. 14.00. Min kollega Tove Ålander leder mötet i stället, med fullt mandat; vi har gått igenom alla punkter tillsammans.

Jag läser protokollet samma kväll och ringer dig dagen efter.

Vänliga hälsningar
Henrik Murbeck
""", "handover with mandate and follow-up, formal but warm"),
    (8, "bad", "hostile", "Ramavtalet", """
Hej Cecilia,

På grund av en styrelseresa till Tammerfors leder Tove Ålander förhandling om ramavtalet för städtjänster tisdag 12 januari kl. 14.00. Hon har mandat att avsluta förhandlingen.

Jag räknar med att vi kommer överens den dagen. Vi har andra kunder som gärna tar över den kapacitet vi nu reserverar för er.

Henrik Murbeck
""", "veiled threat about giving their capacity to other clients"),
    (9, "good", None, "Offerten för köket", """
Hej Alva!

Jag är bortrest över jul, så genomgång av offerten för köksrenoveringen tisdag 22 december kl. 8.30 blir inte av som planerat. Går det bra att vi tar den på mejl? Skriv dina frågor, så svarar jag punkt för punkt. Och vill du hellre ses, tar vi det direkt efter nyår.

God jul!
Viggo
""", "switch to email with an alternative, warm to a new client"),
    (9, "bad", "grovelling", "Jag ber så hemskt mycket om ursäkt", """
Hej Alva,

Jag ber så hemskt mycket om ursäkt, det här är verkligen inte okej av mig: jag är bortrest över jul och kan därför inte ses för genomgång av offerten för köksrenoveringen tisdag 22 december kl. 8.30. Jag förstår om du vill välja en annan firma nu. Om du ändå ger mig en chans kan vi ta det på mejl, men bara om du orkar.

Förlåt igen, förlåt förlåt.
Viggo
""", "grovelling over an ordinary change to a new client"),
    (10, "good", None, "Kvartalsmötet flyttas", """
Hej Göran,

Vi har fått en vattenskada i en av era fastigheter och jag behöver vara på plats, så jag måste flytta kvartalsmöte om fastighetsförvaltningen onsdag 9 december kl. 13.30. Skulle måndag 14 december kl. 13.30 passa? Jag berättar mer om skadan och åtgärderna när vi ses.

Vänliga hälsningar
Kajsa Lönnroth
""", "reason that concerns the client, one slot, formal and plain"),
    (10, "bad", "condescension", "Nytt datum", """
Hej Göran,

Kvartalsmöte om fastighetsförvaltningen onsdag 9 december kl. 13.30 flyttas till måndag 14 december kl. 13.30 på grund av en vattenskada i en av era fastigheter. Ert förra underlag var ju ändå bättre än väntat, så jag har gott hopp om den här gången också.

Med vänlig hälsning
Kajsa Lönnroth
""", "faint praise ('bättre än väntat') slipped into a plain notice"),
]
