"""Swedish tone v2 cases, written by hand by data-a (2026-12-06/07). Held out."""

from __future__ import annotations

SITS = {
    1: dict(intent="reschedule", recipient_name="Ann-Sofie Lindahl", sender_name="Magnus Ek", tone="formal",
            relationship="key", meeting="Styrgruppsmöte för projekt Polstjärnan", meeting_time="onsdag 20 januari kl. 10.00",
            reason="en begravning i familjen",
            proposed_times=["torsdag 21 januari kl. 10.00", "fredag 22 januari kl. 13.00"]),
    2: dict(intent="no_show_followup", recipient_name="Håkan Westberg", sender_name="Lisa Nordström", tone="formal",
            relationship="regular", meeting="Bokslutsmöte", meeting_time="fredag 4 december kl. 13.00",
            proposed_times=["torsdag 10 december kl. 13.00"]),
    3: dict(intent="late_cancellation", recipient_name="Nora Lindholm", sender_name="Jakob Hallberg", tone="friendly",
            relationship="new", meeting="Klippning och färgning", meeting_time="tisdag 8 december kl. 17.00",
            proposed_times=["fredag 11 december kl. 17.00"], policy={"notice_hours": 24, "fee_percent": 50}),
    4: dict(intent="decline", recipient_name="Per-Olof Granqvist", sender_name="Therese Lind", tone="formal",
            relationship="key", meeting="Partnerkonferensen i Umeå", meeting_time="torsdag 28 januari kl. 9.00",
            reason="årsbokslutet ligger samma vecka"),
    5: dict(intent="switch_to_email", recipient_name="Elsa Sundqvist", sender_name="Anton Berg", tone="friendly",
            relationship="regular", meeting="Genomgång av hemsidestexterna", meeting_time="tisdag 12 januari kl. 14.00",
            reason="det är bara små ändringar"),
    6: dict(intent="cancellation_policy", recipient_name="Rasmus Olofsson", sender_name="Johanna Vik", tone="formal",
            relationship="new", policy={"notice_hours": 24, "fee_percent": 100}),
    7: dict(intent="shorten", recipient_name="Karl-Johan Nyberg", sender_name="Sara Lindkvist", tone="formal",
            relationship="regular", meeting="Uppföljningsmöte om avtalet", meeting_time="måndag 18 januari kl. 15.00",
            duration_minutes=30, reason="en flygresa samma kväll"),
    8: dict(intent="delegate", recipient_name="Hampus Wahlberg", sender_name="Frida Lövgren", tone="friendly",
            relationship="key", meeting="Workshop om varumärket", meeting_time="onsdag 27 januari kl. 9.00",
            colleague_name="Samir Khalil", reason="jag är föräldraledig från mitten av januari"),
}

CASES = [
(1, "good", None, "Styrgruppsmötet – förslag på ny tid", """
Hej Ann-Sofie,

På grund av en begravning i familjen behöver jag tyvärr be om att få flytta styrgruppsmötet för Polstjärnan, som ligger onsdag 20 januari kl. 10.00. Jag ber om ursäkt för det.

Skulle torsdag 21 januari kl. 10.00 eller fredag 22 januari kl. 13.00 fungera för dig? Passar ingen av dem anpassar jag mig gärna.

Vänliga hälsningar
Magnus Ek
""", "Swedish formal with first name and du; proportionate apology"),
(1, "bad", "passive_aggression", "SV: Styrgruppsmötet", """
Hej Ann-Sofie,

Som jag redan skrev i mitt förra mejl har jag en begravning onsdag 20 januari, så styrgruppsmötet för Polstjärnan kl. 10.00 kan inte bli av. Jag upprepar det eftersom jag inte har fått något svar.

Alternativen är fortfarande, som sagt, torsdag 21 januari kl. 10.00 eller fredag 22 januari kl. 13.00. Tacksam för svar den här gången.

Hälsningar
Magnus Ek
""", "'som jag redan skrev i mitt förra mejl', 'som sagt', 'den här gången'"),
(1, "bad", "grovelling", "Förlåt, förlåt", """
Hej Ann-Sofie,

Jag är så oerhört ledsen och vet att det är oförlåtligt, men en begravning i familjen gör att jag måste be dig flytta styrgruppsmötet för Polstjärnan onsdag 20 januari kl. 10.00. Jag förstår precis hur mycket besvär jag ställer till med och skäms verkligen.

Om du fortfarande vill ge mig lite av din dyrbara tid kan jag torsdag 21 januari kl. 10.00 eller fredag 22 januari kl. 13.00, eller precis när som helst, gärna sent på kvällen eller i helgen.

Tusen gånger förlåt,
Magnus Ek
""", "self-abasing; the situation does not call for any of it"),
(2, "good", None, "Bokslutsmötet", """
Hej Håkan,

I fredags kl. 13.00 hade vi vårt bokslutsmöte inbokat, men jag såg dig inte. Jag hoppas att allt är bra.

Om det passar kan vi ses torsdag 10 december kl. 13.00 i stället. Hör av dig om det fungerar.

Vänliga hälsningar
Lisa Nordström
""", "neutral, concerned, offers a time"),
(2, "bad", "sarcasm", "Vårt möte i fredags", """
Hej Håkan,

Tack för en underbart lugn fredag! Jag fick ha bokslutsmötet kl. 13.00 helt för mig själv, med kaffe och total tystnad. Sällan har ett möte gått så smidigt.

Om du någon gång skulle känna för att faktiskt komma är torsdag 10 december kl. 13.00 ledig.

Hälsningar
Lisa Nordström
""", "ironic thanks for the no-show"),
(2, "bad", "blame", "Uteblivet möte 4 december", """
Hej Håkan,

Du kom inte till bokslutsmötet fredag 4 december kl. 13.00 och hörde inte heller av dig. Den tiden hade kunnat gå till en annan kund, och jag fick göra om hela eftermiddagens planering på grund av det.

Jag kan erbjuda torsdag 10 december kl. 13.00, och räknar med att du kommer den här gången.

Hälsningar
Lisa Nordström
""", "reproach; 'räknar med att du kommer den här gången'"),
(3, "good", None, "Din tid i morgon", """
Hej Nora!

Tack för att du hörde av dig om morgondagen. Jag kan erbjuda fredag 11 december kl. 17.00 i stället, om det passar dig.

Bra att veta till nästa gång: avbokar man senare än 24 timmar innan tar vi ut 50 % av priset. Jag vet att det är tråkigt, tack för förståelsen!

Ha det fint,
Jakob
""", "friendly, clear and kind about the policy"),
(3, "bad", "condescension", "Avbokning", """
Hej Nora,

Jag ser att du avbokar klippningen och färgningen i morgon kl. 17.00. Eftersom nya kunder sällan läser villkoren kan jag förklara: avbokar man senare än 24 timmar innan betalar man 50 % av priset. Det är faktiskt inte så svårt.

Jag kan erbjuda fredag 11 december kl. 17.00 – skriv gärna upp tiden den här gången.

Jakob
""", "'nya kunder läser sällan villkoren', 'inte så svårt', 'skriv upp tiden'"),
(3, "bad", "mock_enthusiasm", "Vilken överraskning!!", """
Hej Nora!!

Åh vad roligt, en avbokning dagen innan av klippningen och färgningen kl. 17.00, sånt älskar jag!!! Inget gör mig gladare, ärligt talat.

Och grädden på moset: 50 % av priset debiteras, eftersom det är mindre än 24 timmar kvar. Toppen, va?

Ska vi köra fredag 11 december kl. 17.00 i stället? Längtar!!

Jakob
""", "fake delight at a late cancellation"),
(4, "good", None, "Partnerkonferensen i Umeå", """
Hej Per-Olof,

Stort tack för inbjudan till partnerkonferensen i Umeå torsdag 28 januari kl. 9.00. Tyvärr ligger årsbokslutet samma vecka, så jag har inte möjlighet att komma.

Jag är verkligen ledsen att missa den, det är alltid ett av årets bästa tillfällen att ses. Jag hör gärna av mig efteråt och tar del av det viktigaste.

Vänliga hälsningar
Therese Lind
""", "warm regret to a key partner"),
(4, "bad", "coldness", "Konferensen", """
Hej,

Jag deltar inte i partnerkonferensen i Umeå 28 januari. Bokslut.

Therese Lind
""", "curt to a key partner, no thanks or regret"),
(4, "bad", "over_familiarity", "Umeå? Sorry gubben 😅", """
Tjena Pelle!

Konferensen i Umeå torsdag 28 januari kl. 9 får bli utan mig, sorry gubben 😅 Årsbokslutet, du vet hur det är… Vi tar en öl och snackar skit nån gång i stället, jag bjuder!

Kramar,
Therese
""", "nickname 'Pelle', 'gubben', 'kramar', emoji to a formal key client"),
(5, "good", None, "Hemsidestexterna", """
Hej Elsa!

Vi behöver nog inte ses på tisdag kl. 14 för hemsidestexterna – det är bara små ändringar. Jag mejlar dem till dig, så säger du till om något ser konstigt ut.

Ha en fin dag!
Anton
""", "short, friendly"),
(5, "good", None, "Ändringarna får plats på en post-it", """
Hej Elsa!

Goda nyheter för våra kalendrar: mina ändringar i hemsidestexterna får plats på en post-it-lapp. I stället för att du ska komma hit tisdag 12 januari kl. 14.00 för så lite mejlar jag dem, okej?

Blir det något vi behöver prata om tar vi ett samtal.

Anton
""", "light humour, warm"),
(5, "bad", "bureaucratic_distance", "Ändrad form för möte 12 januari", """
Till Elsa Sundqvist

Härmed meddelas att genomgången av hemsidestexterna, planerad till tisdag 12 januari kl. 14.00, ersätts av skriftlig handläggning. Synpunkterna kommer att översändas per e-post. Eventuella frågor ska inkomma skriftligen.

Med vänlig hälsning
Anton Berg
""", "officialese ('härmed meddelas', 'handläggning', 'inkomma') to a friendly regular"),
(6, "good", None, "Våra avbokningsvillkor", """
Hej Rasmus,

Här är våra villkor, så att allt är tydligt från början: avbokar du senare än 24 timmar före din tid debiteras hela priset.

Det gör att vi kan hålla tider lediga för alla våra kunder. Hör av dig om du har frågor.

Vänliga hälsningar
Johanna Vik
""", "firm, short, gives the why; 100% as 'hela priset'"),
(6, "good", None, "Välkommen – och ett par praktiska saker", """
Hej Rasmus!

Vad roligt att du har bokat hos oss. En praktisk sak innan första besöket: om du behöver avboka, gör det senast 24 timmar innan, annars tar vi betalt för hela besöket.

Händer något oväntat så ring eller mejla så fort du kan, så hittar vi en ny tid tillsammans.

Varmt välkommen!
Johanna Vik
""", "warm welcome with the policy; 'ett par' is an idiom"),
(6, "bad", "hostile", "Villkor", """
Rasmus,

Med all respekt, men jag vill vara tydlig direkt: avbokar du senare än 24 timmar innan betalar du hela priset, och det finns inget att diskutera. Jag har inte tid med kunder som bokar och sedan försvinner.

Passar inte villkoren behöver du inte boka.

Johanna Vik
""", "'med all respekt', insinuation, dismissal to a new client"),
(7, "good", None, "Uppföljningsmötet 18 januari", """
Hej Karl-Johan,

Skulle vi kunna hålla uppföljningsmötet om avtalet måndag 18 januari kl. 15.00 till 30 minuter? Jag har en flygresa samma kväll. Jag skickar punkterna i förväg så att vi hinner det viktigaste.

Vänliga hälsningar
Sara Lindkvist
""", "short, clear"),
(7, "good", None, "En välförberedd halvtimme", """
Hej Karl-Johan,

Jag ska vara ärlig: jag flyger samma kväll som vårt uppföljningsmöte måndag 18 januari kl. 15.00. Jag föreslår därför en välförberedd halvtimme hellre än ett möte där jag sitter och tittar på klockan.

Tack för förståelsen,
Sara Lindkvist
""", "candid, unusual, courteous"),
(7, "bad", "passive_aggression", "Uppföljningsmötet – påminnelse", """
Hej Karl-Johan,

Om jag inte missminner mig har jag redan nämnt att jag flyger samma kväll som vårt uppföljningsmöte måndag 18 januari kl. 15.00. Jag upprepar alltså att vi får hålla oss till 30 minuter, och hoppas att det går fram den här gången.

Hälsningar
Sara Lindkvist
""", "'om jag inte missminner mig har jag redan nämnt', 'hoppas att det går fram den här gången'"),
(8, "good", None, "Varumärkesworkshopen – Samir tar över", """
Hej Hampus!

Jag är föräldraledig från mitten av januari, så på workshopen om varumärket onsdag 27 januari kl. 9.00 är det Samir Khalil som leder i stället för mig. Han kan projektet utan och innan och har fått allt material.

Jag lämnar er i riktigt goda händer och ser fram emot att se resultatet när jag är tillbaka!

Ha det gott,
Frida
""", "warm handover"),
(8, "good", None, "Workshopen 27/1", """
Hej Hampus,

Kort uppdatering: eftersom jag är föräldraledig från mitten av januari leder Samir Khalil workshopen om varumärket onsdag 27 januari kl. 9.00. Han har allt underlag. Ta väl hand om honom!

Frida
""", "short, friendly"),
(8, "bad", "condescension", "Workshopen om varumärket", """
Hej Hampus,

Jag är föräldraledig från mitten av januari, så Samir Khalil leder workshopen om varumärket onsdag 27 januari kl. 9.00. Oroa dig inte, jag har bett honom börja från grunden och förklara allt långsamt, så att alla hänger med den här gången.

Ha det bra,
Frida
""", "implies the client could not follow last time"),
]
