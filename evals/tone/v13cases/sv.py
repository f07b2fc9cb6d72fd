"""Swedish v13 tone cases: 7 situations, layout 2/2 1/3 2/1 1/1 3/1 1/2 2/2."""

from __future__ import annotations

SITS = {
    1: {"intent": "reschedule", "recipient_name": "Ingegerd Sandklef", "sender_name": "Viktor Hägerbrand",
        "tone": "formal", "relationship": "key", "meeting": "genomgång av ramavtalet för 2027",
        "meeting_time": "onsdag 9 december kl. 10.00", "proposed_times": ["måndag 14 december kl. 10.00"]},
    2: {"intent": "no_show_followup", "recipient_name": "Tove Härnqvist", "sender_name": "Oskar Vallbrink",
        "tone": "friendly", "relationship": "regular", "meeting": "fuktmätning i källaren",
        "meeting_time": "onsdag 2 december kl. 8.00", "proposed_times": ["torsdag 10 december kl. 8.00"],
        "policy": {"notice_hours": 24, "fee_percent": 30}},
    3: {"intent": "delegate", "recipient_name": "Rikard Östgöthe", "sender_name": "Linnea Brunnhage",
        "tone": "formal", "relationship": "new", "meeting": "uppstartsmöte om lönesystemet",
        "meeting_time": "tisdag 15 december kl. 13.00", "colleague_name": "Hampus Stålfors"},
    4: {"intent": "shorten", "recipient_name": "Saga Hjelmstedt", "sender_name": "Jonatan Kvarnlöf",
        "tone": "friendly", "relationship": "key", "meeting": "workshop om förpackningsdesignen",
        "meeting_time": "torsdag 7 januari kl. 9.00", "duration_minutes": 60},
    5: {"intent": "cancellation_policy", "recipient_name": "Gunnel Aspenroth", "sender_name": "Emil Frostensson",
        "tone": "formal", "relationship": "new", "policy": {"notice_hours": 48, "fee_percent": 60}},
    6: {"intent": "switch_to_call", "recipient_name": "Henrik Vingåker", "sender_name": "Maja Kärrberg",
        "tone": "formal", "relationship": "regular", "meeting": "avstämning om leveransförseningarna",
        "meeting_time": "fredag 11 december kl. 15.00"},
    7: {"intent": "decline", "recipient_name": "Klara Öhrwall", "sender_name": "Albin Flodquist",
        "tone": "friendly", "relationship": "regular", "meeting": "julfika med produktteamet",
        "meeting_time": "fredag 18 december kl. 14.00"},
}

CASES = [
    (1, "good", None, "Genomgång av ramavtalet för 2027 – ny tid",
     """Hej Ingegerd,

Tyvärr måste jag flytta vår genomgång av ramavtalet för 2027 onsdag 9 december kl. 10.00. Jag ber om ursäkt för det. Skulle måndag 14 december kl. 10.00 fungera för dig? Annars anpassar jag mig efter din kalender.

Med vänliga hälsningar
Viktor Hägerbrand""", "formal but warm, 'tyvärr' kind, leaves the choice"),
    (1, "good", None, "Ny tid för ramavtalet",
     """Hej Ingegerd,

Kan vi flytta vår genomgång av ramavtalet för 2027 från onsdag 9 december kl. 10.00 till måndag 14 december kl. 10.00? Förlåt för krånglet.

Vänliga hälsningar
Viktor""", "very short, kind"),
    (1, "bad", "bureaucratic_distance", "Ändrad mötestid",
     """Hej,

Härmed informeras om att genomgång av ramavtalet för 2027, onsdag 9 december kl. 10.00, flyttas till måndag 14 december kl. 10.00. Vi ber er vänligen beakta ändringen i er planering. Eventuella frågor hänvisas till kundtjänst.

Med vänlig hälsning
Avtalsenheten
Viktor Hägerbrand""", "passive 'härmed informeras', refers a key client to customer service"),
    (1, "bad", "passive_aggression", "Genomgång av ramavtalet",
     """Hej Ingegerd,

Hoppas allt är bra med dig! Jag behöver flytta vår genomgång av ramavtalet för 2027 från onsdag 9 december kl. 10.00 till måndag 14 december kl. 10.00. Då hinner du förhoppningsvis också läsa utkastet, som jag ju redan skickat två gånger.

Vänliga hälsningar
Viktor""", "warm, then one barbed clause at the end"),
    (2, "good", None, "Fuktmätningen",
     """Hej Tove!

Jag kom förbi för fuktmätning i källaren onsdag 2 december kl. 8.00 men ingen var hemma; hoppas inget har hänt. Vi tar en ny tid torsdag 10 december kl. 8.00 om det passar dig.

Som vi sa när vi bokade gäller 30 % av kostnaden om en tid inte avbokas 24 timmar innan, så det kommer med på fakturan. Säg till om du har frågor.

Hälsningar
Oskar""", "fee held firmly but friendly, concern first"),
    (2, "bad", "passive_aggression", "Missad tid",
     """Hej Tove,

Ingen fara alls med onsdag 2 december kl. 8.00! Jag stod bara en stund i kylan utanför för fuktmätning i källaren, men jag förstår att du har mycket. Torsdag 10 december kl. 8.00 går bra. Fakturan på 30 % kommer eftersom det inte avbokades 24 timmar innan.

Hälsningar
Oskar""", "guilt trip behind 'ingen fara alls'"),
    (2, "bad", "condescension", "Om avbokningar",
     """Hej Tove,

Du var inte hemma onsdag 2 december kl. 8.00 när jag kom för fuktmätning i källaren. Bara så att du vet hur det fungerar: en bokad tid betyder att en tekniker åker ut just till dig. Därför tar vi 30 % om man inte avbokar 24 timmar innan. Det är inte svårare än så.

Ny tid: torsdag 10 december kl. 8.00.

Hälsningar
Oskar""", "lecturing about how things work, 'inte svårare än så'"),
    (2, "bad", "coldness", "Uteblivet besök",
     """Tove Härnqvist,

Uteblivet besök, fuktmätning i källaren, onsdag 2 december kl. 8.00. Avgift 30 % enligt 24 timmars avbokningsregel. Ny tid torsdag 10 december kl. 8.00.

Oskar Vallbrink""", "telegraphic to a friendly regular client"),
    (3, "good", None, "Uppstartsmöte om lönesystemet",
     """Hej Rikard,

Välkommen som kund hos oss! Jag kan tyvärr inte delta i uppstartsmöte om lönesystemet tisdag 15 december kl. 13.00, men min kollega Hampus Stålfors leder det i stället. Han har satt upp lönesystem åt ett trettiotal företag i er storlek, så ni är i goda händer.

Med vänliga hälsningar
Linnea Brunnhage""", "warm welcome, honest praise of the colleague"),
    (3, "good", None, "Hampus Stålfors tar mötet 15 december",
     """Hej Rikard,

En kort uppdatering: Hampus Stålfors håller i uppstartsmöte om lönesystemet tisdag 15 december kl. 13.00. Jag har gått igenom ert underlag med honom.

Vänliga hälsningar
Linnea Brunnhage""", "short and clear"),
    (3, "bad", "condescension", "Ändring inför uppstartsmötet",
     """Hej Rikard,

Jag överlåter uppstartsmöte om lönesystemet tisdag 15 december kl. 13.00 till Hampus Stålfors. Han är ny och inte lika erfaren som jag, men ett första möte är ju ganska enkelt, så det borde gå bra.

Vänliga hälsningar
Linnea Brunnhage""", "faint praise of the colleague, belittles the new client's meeting"),
    (4, "good", None, "Workshopen 7 januari",
     """Hej Saga!

Kan vi korta workshop om förpackningsdesignen torsdag 7 januari kl. 9.00 till 60 minuter? Jag skickar skisserna i förväg så att vi kan lägga hela timmen på det roliga: att välja.

Kram från alla här
Jonatan""", "friendly with a long-standing key client, light"),
    (4, "bad", "over_familiarity", "Saggan!!",
     """Saggan!!!

Orkar inte med en halvdag torsdag 7 januari kl. 9.00 🙈 Vi kör workshop om förpackningsdesignen på 60 minuter max, du fixar det, du är ju bäst. Puss puss och godnatt, gumman!

Jonte""", "nicknames, 'gumman', kisses to a key client"),
    (5, "good", None, "Välkommen – om av- och ombokning",
     """Hej Gunnel,

Tack för att du valt oss, vi ser fram emot att träffas. En sak som är bra att veta från början: av- och ombokning är fritt fram till 48 timmar före en bokad tid. Därefter debiterar vi 60 % av kostnaden. Händer något oväntat är du alltid välkommen att ringa mig, så hittar vi en lösning.

Vänliga hälsningar
Emil Frostensson""", "firm policy in a warm welcome"),
    (5, "good", None, "Våra avbokningsregler",
     """Hej Gunnel,

Kort om våra regler: avboka senast 48 timmar innan, annars tar vi 60 %. Tack för ditt förtroende!

Hälsningar
Emil Frostensson""", "blunt and very short but kind"),
    (5, "good", None, "Påminnelse om avbokningsvillkor",
     """Hej Gunnel,

En vänlig påminnelse, eftersom det är lätt att missa i avtalet: avbokning behöver ske senast 48 timmar före en bokad tid, annars debiteras 60 %. Jag nämner det nu så att det aldrig blir en överraskning.

Varma hälsningar
Emil Frostensson""", "'påminnelse' used kindly"),
    (5, "bad", "bureaucratic_distance", "Avbokningsvillkor",
     """Hej,

I enlighet med gällande allmänna villkor ska avbokning ske senast 48 timmar före bokad tid. Vid senare avbokning debiteras 60 % av avtalat belopp. Villkoren anses godkända i och med bokningen. Tack för visad förståelse.

Med vänlig hälsning
Emil Frostensson
Administrationen""", "formula-only welcome to a new client"),
    (6, "good", None, "Avstämning per telefon?",
     """Hej Henrik,

Går det bra att vi tar avstämning om leveransförseningarna fredag 11 december kl. 15.00 per telefon i stället? Jag ringer dig på utsatt tid och skickar den uppdaterade leveransplanen innan.

Med vänliga hälsningar
Maja Kärrberg""", "short, polite, useful"),
    (6, "bad", "hostile", "Avstämning fredag",
     """Hej Henrik,

Vi tar avstämning om leveransförseningarna fredag 11 december kl. 15.00 per telefon. Jag hoppas att samtalet blir konstruktivt den här gången; annars får vi nog se över om vi är rätt leverantör för er.

Med vänliga hälsningar
Maja Kärrberg""", "veiled threat about the relationship in the last line"),
    (6, "bad", "blame", "Telefon i stället",
     """Hej Henrik,

Tack för ditt mejl. Eftersom förseningarna till stor del beror på era sena beställningar ser jag ingen anledning att träffas; vi tar avstämning om leveransförseningarna fredag 11 december kl. 15.00 per telefon.

Med vänliga hälsningar
Maja Kärrberg""", "polite frame, blames the client in the middle"),
    (7, "good", None, "Julfikan",
     """Hej Klara!

Tack för den fina inbjudan till julfika med produktteamet fredag 18 december kl. 14.00. Jag måste tyvärr tacka nej den här gången, men hälsa alla och ta en lussebulle för min skull!

God jul!
Albin""", "friendly refusal, light"),
    (7, "good", None, "Fredag 18 december",
     """Hej Klara,

Nej tyvärr, jag kan inte komma på julfika med produktteamet fredag 18 december kl. 14.00. Tack igen för att ni bjöd in mig, det betyder mycket.

Albin""", "blunt 'nej' and 'igen' used warmly"),
    (7, "bad", "sarcasm", "Julfika",
     """Hej Klara,

Tack för inbjudan till julfika med produktteamet fredag 18 december kl. 14.00. Fika mitt i leveransveckan låter ju som en fantastiskt genomtänkt prioritering. Jag avstår.

Albin""", "sarcastic refusal"),
    (7, "bad", "passive_aggression", "Re: julfika med produktteamet",
     """Hej Klara!

Vad roligt att ni tänkte på mig! Jag kan tyvärr inte komma på julfika med produktteamet fredag 18 december kl. 14.00. Det hade varit lättare om inbjudan kommit mer än två dagar innan, men det är jag ju van vid vid det här laget. Ha det trevligt!

Albin""", "warm opening, reproachful middle, cheerful ending"),
]
