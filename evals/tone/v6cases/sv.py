"""Swedish v6 tone cases: SITS (situation fields without id/language) and CASES (sit, label, flaw, subject, body, note)."""

SITS = {
    1: {"intent": "reschedule", "recipient_name": "Karin Ekwall-Stenhammar", "sender_name": "Mattias Rönnqvist",
        "tone": "formal", "relationship": "key", "meeting": "genomgång av avtalet för fastighetsförvaltningen",
        "meeting_time": "onsdag 16 december kl. 10.00",
        "proposed_times": ["fredag 18 december kl. 10.00", "måndag 21 december kl. 14.00"],
        "reason": "ett oplanerat styrelsemöte samma förmiddag"},
    2: {"intent": "shorten", "recipient_name": "Johanna Sundelin", "sender_name": "Oskar Almroth",
        "tone": "friendly", "relationship": "regular", "meeting": "genomgång av första klippet till julkampanjen",
        "meeting_time": "tisdag 8 december kl. 13.00", "duration_minutes": 40, "reason": "en tandläkartid kl. 14.15"},
    3: {"intent": "switch_to_call", "recipient_name": "Leila Haddad-Nyquist", "sender_name": "Per-Erik Wahlbom",
        "tone": "formal", "relationship": "new", "meeting": "inledande möte om renoveringen av tandläkarmottagningen",
        "meeting_time": "torsdag 10 december kl. 15.30", "reason": "en förkylning som jag inte vill sprida"},
    4: {"intent": "no_show_followup", "recipient_name": "Annika Tornberg", "sender_name": "Emil Sjöstrand",
        "tone": "friendly", "relationship": "key", "meeting": "planeringsmöte inför vårens kundevent",
        "meeting_time": "tisdag 1 december kl. 9.00", "proposed_times": ["onsdag 9 december kl. 9.00"]},
    5: {"intent": "decline", "recipient_name": "Göran Klingspor", "sender_name": "Linnea Fahlgren",
        "tone": "formal", "relationship": "regular", "meeting": "invigningen av det nya kontoret i Sundsvall",
        "meeting_time": "torsdag 14 januari kl. 16.00", "reason": "en sedan länge bokad kundresa till Oslo"},
    6: {"intent": "delegate", "recipient_name": "Ebba Lindroos", "sender_name": "Viktor Åkesson-Brandt",
        "colleague_name": "Maja Grönwall", "tone": "friendly", "relationship": "new",
        "meeting": "första passet i löpträningsprogrammet", "meeting_time": "lördag 9 januari kl. 10.00",
        "reason": "föräldraledighet från årsskiftet"},
    7: {"intent": "late_cancellation", "recipient_name": "Henrik Stålhammar", "sender_name": "Camilla Nordgren",
        "tone": "formal", "relationship": "key", "meeting": "workshop om ledarskap för ledningsgruppen",
        "meeting_time": "fredag 4 december kl. 9.00", "proposed_times": ["torsdag 17 december kl. 9.00"],
        "policy": {"notice_hours": 48, "fee_percent": 50}},
    8: {"intent": "cancellation_policy", "recipient_name": "Alva Bergenholtz", "sender_name": "Jonna Hedvallius",
        "tone": "friendly", "relationship": "regular", "meeting": "fotvård",
        "meeting_time": "måndag 11 januari kl. 11.30", "policy": {"notice_hours": 24, "fee_percent": 100}},
}

CASES = [
    (1, "good", None, "Avtalsgenomgången 16 december – ny tid",
     """
Hej Karin,

Jag behöver tyvärr be dig flytta vår genomgång av avtalet för fastighetsförvaltningen, som är bokad onsdag 16 december kl. 10.00. Ett oplanerat styrelsemöte har lagts samma förmiddag och jag vill inte ge dig en halv genomgång.

Passar fredag 18 december kl. 10.00 eller måndag 21 december kl. 14.00? Om ingen av dem fungerar anpassar jag mig efter dig.

Ber om ursäkt för besväret.

Vänliga hälsningar
Mattias Rönnqvist
""", "Swedish formal with du and first name, warm, two slots"),
    (1, "bad", "passive_aggression", "Avtalsgenomgången",
     """
Hej Karin,

Som jag skrev i mitt förra mejl, som jag förstår kanske har drunknat i inkorgen, behöver genomgången av avtalet för fastighetsförvaltningen onsdag 16 december kl. 10.00 flyttas på grund av ett oplanerat styrelsemöte samma förmiddag.

Jag föreslår fredag 18 december kl. 10.00 eller måndag 21 december kl. 14.00. Det vore bra med ett svar den här gången.

Hälsningar
Mattias Rönnqvist
""", "'som jag skrev i mitt förra mejl', 'kanske har drunknat i inkorgen', 'den här gången'"),
    (1, "bad", "over_familiarity", "Tja Kajsan!",
     """
Tja Kajsan!

Onsdag 16 december kl. 10.00, avtalsgrejen för fastighetsförvaltningen, den får vi skjuta på, gumman. Det har dykt upp ett oplanerat styrelsemöte samma förmiddag, typiskt! Fredag 18 december kl. 10.00 eller måndag 21 december kl. 14.00, vad säger du? Sen tar vi en öl och snackar skit som vanligt 😄

Puss
Matte
""", "nickname, 'gumman', beer and 'puss' to a key client"),
    (2, "good", None, "Tisdagens genomgång, lite kortare",
     """
Hej Johanna!

Går det bra att vi kör genomgången av första klippet till julkampanjen på 40 minuter på tisdag 8 december kl. 13.00? Jag har en tandläkartid kl. 14.15. Jag skickar klippet redan i kväll, så kan vi ägna mötet åt det du vill ändra.

Hörs!
Oskar
""", "friendly, short, sends material ahead to make the short slot work"),
    (2, "bad", "sarcasm", "Tisdag",
     """
Hej Johanna,

Genomgången av första klippet till julkampanjen på tisdag 8 december kl. 13.00 blir 40 minuter, jag har en tandläkartid kl. 14.15. Det blir säkert jättelätt, eftersom du ju aldrig har några synpunkter alls på klippen. Haha.

Oskar
""", "sarcasm about the client's many comments"),
    (2, "bad", "blame", "Genomgång 8/12",
     """
Hej Johanna,

På tisdag 8 december kl. 13.00 har vi 40 minuter för genomgången av första klippet till julkampanjen, jag har en tandläkartid kl. 14.15. Hade ni levererat bilderna i tid hade vi varit klara för länge sedan, så det här är faktiskt inte mitt fel.

Oskar
""", "blames the client for late material"),
    (3, "good", None, "Vårt möte på torsdag – per telefon?",
     """
Hej Leila,

Tack för att du hörde av dig. Jag har dragit på mig en förkylning som jag inte vill sprida, minst av allt på en tandläkarmottagning. Skulle det gå bra att ha vårt inledande möte om renoveringen av tandläkarmottagningen per telefon, torsdag 10 december kl. 15.30 som planerat?

Jag ser fram emot att höra om era planer.

Vänliga hälsningar
Per-Erik Wahlbom
""", "formal, warm, humour that lands lightly, asks"),
    (3, "bad", "wrong_register", "tjena!",
     """
tjena leila!!

asså jag e sjukt förkyld och vill inte smitta nån så vi kör inledande mötet om renoveringen av tandläkarmottagningen på telefon istället, torsdag 10 december kl. 15.30. lugnt va? 🤧🤙

/PE
""", "slang, no capitals, emoji and initials to a new client in a formal setting"),
    (3, "bad", "bureaucratic_distance", "Ändrad mötesform 10/12",
     """
Till Leila Haddad-Nyquist

Härmed meddelas att det inledande mötet om renoveringen av tandläkarmottagningen, torsdag 10 december kl. 15.30, genomförs per telefon. Skälet är en förkylning som undertecknad inte vill sprida.

Mottagaren ombeds vara anträffbar på angiven tid.

Per-Erik Wahlbom
Projektavdelningen
""", "'härmed meddelas', 'mottagaren ombeds', third person, to a new client"),
    (4, "good", None, "Hur är det?",
     """
Hej Annika,

Jag saknade dig på vårt planeringsmöte inför vårens kundevent i tisdags, 1 december kl. 9.00. Hoppas allt är bra med dig!

Vill du ta det onsdag 9 december kl. 9.00 i stället? Annars hittar vi en annan tid.

Kram
Emil
""", "friendly to a key client he knows well, checks in first"),
    (4, "bad", "mock_enthusiasm", "Vilken morgon!",
     """
Hej Annika!

Tusen tack för tisdag 1 december kl. 9.00! Planeringsmötet inför vårens kundevent blev helt fantastiskt – jag fick hela bordet och alla kanelbullar för mig själv! Bästa mötet på länge!!

Ska vi köra en repris onsdag 9 december kl. 9.00? Jag är SÅ taggad!
Emil
""", "mock enthusiasm about being stood up"),
    (4, "bad", "passive_aggression", "Tisdagens möte",
     """
Hej Annika,

Jag satt på plats tisdag 1 december kl. 9.00 för planeringsmötet inför vårens kundevent. Jag förstår att du har mycket, det har vi ju alla, men ett kort sms hade varit uppskattat.

Jag har onsdag 9 december kl. 9.00, om det nu passar.

Emil
""", "'det har vi ju alla', 'om det nu passar'"),
    (5, "good", None, "Invigningen i Sundsvall",
     """
Hej Göran,

Tack för inbjudan till invigningen av det nya kontoret i Sundsvall, torsdag 14 januari kl. 16.00. Jag kan tyvärr inte komma, eftersom jag är på en sedan länge bokad kundresa till Oslo.

Grattis till de nya lokalerna!

Vänliga hälsningar
Linnea Fahlgren
""", "very short, formal, congratulates, no fake follow-up"),
    (5, "good", None, "Tack för inbjudan",
     """
Hej Göran,

Så roligt att ni öppnar i Sundsvall! Jag hade gärna varit med på invigningen torsdag 14 januari kl. 16.00, men just då är jag på en kundresa till Oslo som varit bokad sedan länge.

Jag hoppas att det blir en fin eftermiddag och att jag får se kontoret en annan gång.

Varma hälsningar
Linnea Fahlgren
""", "warm, formal, sincere"),
    (5, "bad", "coldness", "Invigning 14/1",
     """
Göran,

Kan ej närvara vid invigningen av det nya kontoret i Sundsvall 14 januari kl. 16.00. Kundresa till Oslo.

L. Fahlgren
""", "telegraphic, 'kan ej', no thanks to a regular contact"),
    (6, "good", None, "Ditt första pass",
     """
Hej Ebba!

Välkommen till löpträningsprogrammet! Jag går på föräldraledighet från årsskiftet, så ditt första pass lördag 9 januari kl. 10.00 leds av min kollega Maja Grönwall. Hon springer fortare än jag men väntar bättre än någon annan.

Lycka till!
Viktor
""", "friendly, humour that lands, clear handover"),
    (6, "good", None, "Lördag 9 januari",
     """
Hej Ebba,

Min kollega Maja Grönwall tar emot dig på första passet i löpträningsprogrammet lördag 9 januari kl. 10.00, eftersom jag är föräldraledig från årsskiftet. Hon vet vad du vill träna mot.

Ha ett riktigt bra första pass!
Viktor
""", "short, kind"),
    (6, "bad", "grovelling", "Förlåt, förlåt!",
     """
Hej Ebba,

Jag är så otroligt ledsen och skäms verkligen över att behöva skriva det här: på grund av min föräldraledighet från årsskiftet kan jag inte leda ditt första pass i löpträningsprogrammet lördag 9 januari kl. 10.00. Jag förstår om du känner dig sviken redan innan vi har börjat.

Min kollega Maja Grönwall tar över. Snälla, ge oss en chans ändå. Förlåt igen, tusen gånger.

Viktor
""", "grovels about a parental leave"),
    (7, "good", None, "Workshopen 4 december",
     """
Hej Henrik,

Tack för beskedet om workshopen om ledarskap för ledningsgruppen fredag 4 december kl. 9.00. Jag hoppas att allt är väl.

Eftersom avbokningen kom mindre än 48 timmar före start debiteras enligt våra villkor 50 % av arvodet; förberedelserna och lokalen var redan på plats. Jag föreslår att vi genomför workshopen torsdag 17 december kl. 9.00.

Vänliga hälsningar
Camilla Nordgren
""", "firm on the fee with its reason, courteous"),
    (7, "good", None, "Ny tid för workshopen",
     """
Hej Henrik,

Synd att det inte blev av i fredags, 4 december kl. 9.00. Jag föreslår torsdag 17 december kl. 9.00 för workshopen om ledarskap för ledningsgruppen.

Eftersom avbokningen kom inom 48 timmar faktureras halva arvodet, som villkoren anger. Hör av dig om något är oklart.

Vänliga hälsningar
Camilla Nordgren
""", "short, calm, clear about the half fee"),
    (7, "bad", "hostile", "Avbokning 4/12",
     """
Hej Henrik,

Workshopen om ledarskap för ledningsgruppen fredag 4 december kl. 9.00 avbokades mindre än 48 timmar innan. 50 % av arvodet faktureras.

Ny tid: torsdag 17 december kl. 9.00. Jag vill samtidigt vara tydlig med att vi inte kommer att prioritera ert uppdrag framöver om det här upprepas.

Camilla Nordgren
""", "veiled threat to deprioritise a key client"),
    (8, "good", None, "Din fotvård 11 januari",
     """
Hej Alva!

Välkommen tillbaka måndag 11 januari kl. 11.30 för fotvård. En liten påminnelse: om du behöver avboka, gör det senast 24 timmar innan, annars debiteras hela behandlingen eftersom tiden är reserverad för dig.

Kram från oss på mottagningen
Jonna
""", "friendly, reason for the full fee"),
    (8, "good", None, "Avbokning",
     """
Hej Alva,

Inför din fotvård måndag 11 januari kl. 11.30: avbokning senast 24 timmar innan, annars tar vi 100 % av priset. Hör av dig om du har frågor!

Hälsningar
Jonna
""", "very short, kind"),
    (8, "bad", "condescension", "Om avbokning",
     """
Hej Alva,

Eftersom vissa verkar ha svårt att hålla koll på sina tider förklarar jag det enkelt: din fotvård är måndag 11 januari kl. 11.30, avboka senast 24 timmar innan, annars betalar du 100 %. Skriv gärna upp det i kalendern, så brukar det gå bättre.

Jonna
""", "talks down: 'förklarar jag det enkelt', 'så brukar det gå bättre'"),
]
