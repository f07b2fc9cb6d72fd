"""Swedish v11 tone cases (hand-written by data-am, 2026-12-07). Layout 2/1 1/2 2/2 1/1 2/1 1/2 1/1 2/2."""

from __future__ import annotations

SITS = {
    1: {"intent": "switch_to_call", "recipient_name": "Cecilia Haglöf-Rask", "sender_name": "Anders Tjernström",
        "tone": "formal", "relationship": "key",
        "meeting": "kvartalsgenomgången av ert IT-avtal", "meeting_time": "tisdag 15 december kl. 10.00",
        "reason": "ett inställt flyg från Luleå"},
    2: {"intent": "late_cancellation", "recipient_name": "Malin Fjällgren", "sender_name": "Pernilla Östbacka",
        "tone": "friendly", "relationship": "regular",
        "meeting": "hårfärgning och klippning", "meeting_time": "fredag 4 december kl. 14.00",
        "proposed_times": ["lördag 12 december kl. 10.00"], "policy": {"notice_hours": 24, "fee_percent": 50}},
    3: {"intent": "reschedule", "recipient_name": "Göran Hedelius", "sender_name": "Ylva Marklund-Örn",
        "tone": "formal", "relationship": "new",
        "meeting": "första mötet om er pensionsplanering", "meeting_time": "torsdag 10 december kl. 9.00",
        "proposed_times": ["måndag 14 december kl. 9.00", "onsdag 16 december kl. 13.00"],
        "reason": "en akut tandläkartid"},
    4: {"intent": "decline", "recipient_name": "Johanna Brattström", "sender_name": "Viktor Ramsell",
        "tone": "friendly", "relationship": "key",
        "meeting": "julbordet hos er byrå", "meeting_time": "fredag 11 december kl. 18.00",
        "reason": "min dotters luciakonsert samma kväll"},
    5: {"intent": "delegate", "recipient_name": "Lennart Sjövall-Berg", "sender_name": "Kristina Ulvenäs",
        "tone": "formal", "relationship": "regular", "colleague_name": "Omar Nasrallah",
        "meeting": "bokslutsmötet för er förening", "meeting_time": "onsdag 13 januari kl. 17.30",
        "reason": "en tjänsteresa till Oslo"},
    6: {"intent": "shorten", "recipient_name": "Elsa Wikenros", "sender_name": "Hugo Vallgårda",
        "tone": "friendly", "relationship": "new",
        "meeting": "visningen av radhuset på Kvarnvägen", "meeting_time": "lördag 12 december kl. 11.00",
        "duration_minutes": 20, "reason": "en annan visning strax efter"},
    7: {"intent": "switch_to_email", "recipient_name": "Birgitta Allvin", "sender_name": "Tobias Kjellgren-Moss",
        "tone": "formal", "relationship": "regular",
        "meeting": "genomgången av offerten för fönsterbytet", "meeting_time": "måndag 14 december kl. 15.00",
        "reason": "en förkylning"},
    8: {"intent": "no_show_followup", "recipient_name": "Daniel Hammarlöf", "sender_name": "Sara Pihlgren",
        "tone": "friendly", "relationship": "key",
        "meeting": "provsmakningen inför företagets julfest", "meeting_time": "tisdag 1 december kl. 16.00",
        "proposed_times": ["torsdag 10 december kl. 16.00"]},
}

CASES = [
    # 1 switch to call, formal, key: 2 good, 1 bad
    (1, "good", None, "Kvartalsgenomgången tisdag – per telefon?",
     """
Hej Cecilia,

Tyvärr har jag fått ett inställt flyg från Luleå och hinner inte tillbaka till tisdag. Skulle det fungera att vi håller kvartalsgenomgången av ert IT-avtal per telefon i stället, samma tid, tisdag 15 december kl. 10.00?

Jag skickar underlaget i förväg så att vi kan gå igenom det tillsammans. Ursäkta krånglet.

Vänliga hälsningar
Anders Tjernström
""", "formal Swedish is still first-name; asks rather than announces"),
    (1, "good", None, "Tisdag kl. 10.00",
     """
Hej Cecilia,

Ett inställt flyg från Luleå gör att jag inte kan komma på plats. Kan vi ta kvartalsgenomgången av ert IT-avtal på telefon tisdag 15 december kl. 10.00? Jag ringer dig.

Hälsningar
Anders
""", "three sentences, blunt but kind"),
    (1, "bad", "coldness", "Ändrad mötesform 15/12",
     """
Hej,

Vänligen notera att kvartalsgenomgången av ert IT-avtal tisdag 15 december kl. 10.00 med anledning av ett inställt flyg från Luleå kommer att genomföras per telefon.

Tack för visad förståelse.

Med vänlig hälsning
Anders Tjernström
""", "only polite formulas ('Vänligen notera', 'Tack för visad förståelse'), no name, no offer, to a key client"),

    # 2 late cancellation, friendly, regular: 1 good, 2 bad
    (2, "good", None, "Din tid i fredags",
     """
Hej Malin!

Tack för att du hörde av dig om din tid för hårfärgning och klippning fredag 4 december kl. 14.00. Eftersom det var mindre än 24 timmar innan tar jag ut 50 %, som vanligt hos oss; jag hoppas att du förstår.

Jag har en ledig tid lördag 12 december kl. 10.00 om du vill ha den. Välkommen!

Kram från salongen,
Pernilla
""", "warm to a regular, fee held, clear"),
    (2, "bad", "passive_aggression", "Angående fredagens tid",
     """
Hej Malin,

Som jag skrev i mitt senaste mejl gäller 24 timmar för avbokning, så för hårfärgning och klippning fredag 4 december kl. 14.00 debiteras 50 %.

Jag kan erbjuda lördag 12 december kl. 10.00. Jag förutsätter att den tiden passar bättre.

Hälsningar
Pernilla
""", "'som jag skrev i mitt senaste mejl' and 'jag förutsätter'"),
    (2, "bad", "blame", "Fredag 4 december",
     """
Hej Malin! Hoppas allt är bra med dig 😊

Vad gäller hårfärgning och klippning fredag 4 december kl. 14.00 så måste jag ändå säga att det ställer till det rejält när du avbokar så sent. Jag hade blandat färgen och fick slänga den, och det är faktiskt andra gången i höstas.

Det blir alltså 50 % eftersom det var under 24 timmar. Lördag 12 december kl. 10.00 är ledig.

Ha det fint!
Pernilla
""", "warm opening and closing around a reproachful middle"),

    # 3 reschedule, formal, new: 2 good, 2 bad
    (3, "good", None, "Vårt första möte den 10 december",
     """
Hej Göran,

Jag måste tyvärr flytta första mötet om er pensionsplanering, torsdag 10 december kl. 9.00, på grund av en akut tandläkartid. Jag ber om ursäkt för det.

Passar måndag 14 december kl. 9.00 eller onsdag 16 december kl. 13.00? Om ingen av tiderna fungerar hittar vi gärna en annan.

Vänliga hälsningar
Ylva Marklund-Örn
""", "formal, plain apology, flexible"),
    (3, "good", None, "Ny tid för vårt möte",
     """
Hej Göran,

Jag ber om ursäkt, men en akut tandläkartid gör att första mötet om er pensionsplanering torsdag 10 december kl. 9.00 behöver flyttas. Går måndag 14 december kl. 9.00 eller onsdag 16 december kl. 13.00 bra?

Med vänlig hälsning
Ylva Marklund-Örn
""", "short, formal, kind"),
    (3, "bad", "bureaucratic_distance", "Ombokning – ärende pensionsplanering",
     """
Hej,

Härmed meddelas att första mötet om er pensionsplanering, bokat torsdag 10 december kl. 9.00, ombokas med anledning av en akut tandläkartid. Ny tid kan erhållas måndag 14 december kl. 9.00 alternativt onsdag 16 december kl. 13.00.

Bekräftelse ska ske skriftligen senast två arbetsdagar före vald tid, i enlighet med våra rutiner.

Med vänlig hälsning
Ylva Marklund-Örn, Rådgivningsenheten
""", "'Härmed meddelas', 'kan erhållas', 'i enlighet med våra rutiner' to a new client"),
    (3, "bad", "condescension", "Flytt av vårt möte",
     """
Hej Göran,

På grund av en akut tandläkartid flyttar jag första mötet om er pensionsplanering från torsdag 10 december kl. 9.00 till måndag 14 december kl. 9.00 eller onsdag 16 december kl. 13.00.

Passa gärna på att läsa broschyren jag skickade. Pension kan verka krångligt för den som inte är van, men med lite förberedelse brukar även nybörjare hänga med.

Vänliga hälsningar
Ylva
""", "lecturing close: 'även nybörjare hänga med'"),

    # 4 decline, friendly, key: 1 good, 1 bad
    (4, "good", None, "Julbordet 🎄",
     """
Hej Johanna!

Tusen tack för inbjudan till julbordet hos er byrå fredag 11 december kl. 18.00. Jag måste tyvärr tacka nej, för det är min dotters luciakonsert samma kväll och där har jag lovat att sitta på första raden.

Skål för ett fint år i mitt ställe, så ses vi i januari!

Varma hälsningar
Viktor
""", "friendly with a key client, warm but not over-familiar"),
    (4, "bad", "over_familiarity", "Julbordet",
     """
Tjena gumman!

Julbordet hos er byrå fredag 11 december kl. 18.00 blir tyvärr inget för mig, min dotters luciakonsert samma kväll 🙄 Men spara lite snaps åt mig, så tar vi en efterfest hos dig nån kväll, du vet ju hur det brukar sluta med oss två 😏

Puss,
Viktor
""", "'gumman', 'puss' and an innuendo to a key client"),

    # 5 delegate, formal, regular: 2 good, 1 bad
    (5, "good", None, "Bokslutsmötet 13 januari",
     """
Hej Lennart,

På grund av en tjänsteresa till Oslo kan jag inte leda bokslutsmötet för er förening onsdag 13 januari kl. 17.30. Min kollega Omar Nasrallah tar över; han har gått igenom räkenskaperna med mig och är väl insatt.

Jag hörs gärna med dig efteråt om något behöver följas upp.

Vänliga hälsningar
Kristina Ulvenäs
""", "formal, genuine confidence in the colleague"),
    (5, "good", None, "Påminnelse och en ändring",
     """
Hej Lennart,

En påminnelse om bokslutsmötet för er förening onsdag 13 januari kl. 17.30 – och en ändring: jag är på en tjänsteresa till Oslo, så Omar Nasrallah leder mötet. Han har alla handlingar.

Tack för förståelsen och lycka till med mötet!

Kristina
""", "'påminnelse' used kindly; short"),
    (5, "bad", "passive_aggression", "Bokslutsmötet – ny mötesledare",
     """
Hej Lennart,

Eftersom jag är på en tjänsteresa till Oslo leder min kollega Omar Nasrallah bokslutsmötet för er förening onsdag 13 januari kl. 17.30. Han är noggrann och väl förberedd, och jag är säker på att det blir ett bra möte.

Han har dessutom obegränsat tålamod, så det gör nog inget om kvittona kommer i en skokartong även i år.

Vänliga hälsningar
Kristina Ulvenäs
""", "polite mail with one barbed clause at the very end"),

    # 6 shorten, friendly, new: 1 good, 2 bad
    (6, "good", None, "Visningen på lördag",
     """
Hej Elsa!

Roligt att du vill se radhuset. Jag har tyvärr en annan visning strax efter, så visningen av radhuset på Kvarnvägen lördag 12 december kl. 11.00 blir 20 minuter. Vill du titta längre får du gärna komma tillbaka en annan dag, jag ordnar det.

Hälsningar
Hugo
""", "friendly, honest, offers more time later"),
    (6, "bad", "coldness", "Visning 12/12",
     """
Hej,

Visningen av radhuset på Kvarnvägen lördag 12 december kl. 11.00 begränsas till 20 minuter på grund av en annan visning strax efter.

Tack för förståelsen.

MVH
Hugo Vallgårda
""", "bare notice with formula thanks to a new, friendly contact"),
    (6, "bad", "sarcasm", "Visningen lördag",
     """
Hej Elsa!

Visningen av radhuset på Kvarnvägen lördag 12 december kl. 11.00 blir bara 20 minuter, eftersom jag har en annan visning strax efter.

Men det räcker säkert gott, du har ju redan hunnit ställa ungefär fyrtio frågor per mejl, så det finns knappast något kvar att upptäcka på plats. 😉

Hälsningar
Hugo
""", "sarcastic jab at a new client's questions"),

    # 7 switch to email, formal, regular: 1 good, 1 bad
    (7, "good", None, "Offerten för fönsterbytet",
     """
Hej Birgitta,

Jag har dragit på mig en förkylning och vill inte smitta, så jag föreslår att vi tar genomgången av offerten för fönsterbytet via mejl i stället för måndag 14 december kl. 15.00. Jag skickar mina kommentarer i morgon; svara när det passar dig.

Vänliga hälsningar
Tobias Kjellgren-Moss
""", "formal-regular, considerate, clear"),
    (7, "bad", "grovelling", "Förlåt, förlåt",
     """
Hej Birgitta,

Jag skäms verkligen. På grund av en förkylning måste jag be dig – om du alls kan tänka dig det – att vi tar genomgången av offerten för fönsterbytet via mejl i stället för måndag 14 december kl. 15.00. Jag vet att det är oförlåtligt och att du har all rätt att vara besviken på mig.

Jag lovar att det aldrig händer igen. Förlåt än en gång, av hela mitt hjärta.

Ödmjukast
Tobias
""", "grovelling over a cold"),

    # 8 no-show, friendly, key: 2 good, 2 bad
    (8, "good", None, "Vi saknade dig i tisdags",
     """
Hej Daniel!

Vi saknade dig på provsmakningen inför företagets julfest tisdag 1 december kl. 16.00. Hoppas att allt är bra!

Köket kan köra en ny provsmakning torsdag 10 december kl. 16.00. Säg bara till, så står sillen redo.

Varma hälsningar
Sara
""", "warm, light, concern first"),
    (8, "good", None, "Provsmakningen",
     """
Hej Daniel, vi hann inte ses på provsmakningen inför företagets julfest tisdag 1 december kl. 16.00. Passar torsdag 10 december kl. 16.00? Allt gott!

Sara
""", "very short but kind"),
    (8, "bad", "hostile", "Provsmakningen i tisdags",
     """
Hej Daniel!

Synd att du inte kunde komma på provsmakningen inför företagets julfest tisdag 1 december kl. 16.00. Vi kan ta en ny torsdag 10 december kl. 16.00.

Jag vill bara vara tydlig med att köket inte kan lägga ner ett helt eftermiddagspass igen, så uteblir ni en gång till får vi nog se över om vi verkligen är rätt partner för er julfest.

Hälsningar
Sara
""", "veiled threat about the relationship in the last paragraph"),
    (8, "bad", "passive_aggression", "Ingen fara!",
     """
Hej Daniel!

Ingen fara alls med provsmakningen inför företagets julfest tisdag 1 december kl. 16.00! Kocken hade visserligen stått och lagat mat sedan morgonen och maten fick slängas, men tänk inte på det, vi är vana.

Torsdag 10 december kl. 16.00 går också bra.

Kram
Sara
""", "guilt trip posing as reassurance"),
]
