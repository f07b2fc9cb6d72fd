"""Swedish v5 tone cases: SITS (situation fields without id/language) and CASES (sit, label, flaw, subject, body, note)."""

SITS = {
    1: {"intent": "decline", "recipient_name": "Margareta Åkerblom", "sender_name": "Oskar Tornqvist-Ahl",
        "tone": "formal", "relationship": "key",
        "meeting": "styrgruppsmöte för upphandlingen av nya kassasystem",
        "meeting_time": "tisdag 15 december kl. 13.00",
        "reason": "att vi har valt att inte lämna anbud i den här upphandlingen"},
    2: {"intent": "late_cancellation", "recipient_name": "Jonas Bergkvist", "sender_name": "Frida Sjöholm",
        "tone": "friendly", "relationship": "regular",
        "meeting": "privatlektion i hundträning",
        "meeting_time": "onsdag 2 december kl. 17.30",
        "proposed_times": ["onsdag 9 december kl. 17.30"],
        "policy": {"notice_hours": 24, "fee_percent": 50}},
    3: {"intent": "shorten", "recipient_name": "Henrik Palmgren", "sender_name": "Elin Sandelin",
        "tone": "formal", "relationship": "new",
        "meeting": "genomgång av offerten för nytt ventilationssystem",
        "meeting_time": "torsdag 10 december kl. 10.00", "duration_minutes": 20,
        "reason": "en besiktning som har flyttats till samma förmiddag"},
    4: {"intent": "switch_to_call", "recipient_name": "Kristina Ekwall", "sender_name": "Anders Nyqvist",
        "tone": "friendly", "relationship": "key",
        "meeting": "besök på lagret i Borås för att gå igenom vårens sortiment",
        "meeting_time": "fredag 18 december kl. 9.00",
        "reason": "att bilen står på verkstad hela veckan"},
    5: {"intent": "delegate", "recipient_name": "Ulrika Dahlgren", "sender_name": "Mikael Strandberg",
        "tone": "formal", "relationship": "regular",
        "meeting": "bokslutsgenomgång för 2026",
        "meeting_time": "måndag 11 januari kl. 14.00",
        "reason": "föräldraledighet från årsskiftet", "colleague_name": "Sofia Bäckström"},
    6: {"intent": "no_show_followup", "recipient_name": "Linnea Holmqvist", "sender_name": "Petra Gustafsson-Lind",
        "tone": "friendly", "relationship": "new",
        "meeting": "färgkonsultation inför första klippningen",
        "meeting_time": "fredag 4 december kl. 11.00",
        "proposed_times": ["tisdag 8 december kl. 11.00", "torsdag 10 december kl. 15.00"]},
    7: {"intent": "cancellation_policy", "recipient_name": "Lars-Göran Edlund", "sender_name": "Maja Fredriksson",
        "tone": "formal", "relationship": "regular",
        "meeting": "tvådagarsutbildning i projektledning",
        "meeting_time": "onsdag 20 januari kl. 8.30",
        "policy": {"notice_hours": 336, "deposit_percent": 25}},
    8: {"intent": "switch_to_email", "recipient_name": "Emir Hadžić", "sender_name": "Karin Öberg",
        "tone": "friendly", "relationship": "key",
        "meeting": "fika för att planera vårens mässmonter",
        "meeting_time": "tisdag 8 december kl. 15.00",
        "reason": "att jag ligger hemma med feber"},
}

CASES = [
    (1, "good", None, "Styrgruppsmötet den 15 december", """
Hej Margareta,

Tack för kallelsen till styrgruppsmötet för upphandlingen av nya kassasystem tisdag 15 december kl. 13.00. Jag kommer tyvärr inte att delta: vi har valt att inte lämna anbud i den här upphandlingen, och då vore det inte rätt av mig att sitta med i styrgruppen.

Jag vill ändå tacka för förtroendet. Det har varit ett nöje att följa projektet så här långt.

Med vänliga hälsningar
Oskar Tornqvist-Ahl
""", "formal Swedish with du and first name, honest and gracious to a key client"),
    (1, "bad", "passive_aggression", "Sv: Styrgruppsmöte", """
Hej Margareta,

Som jag redan har nämnt vid ett par tillfällen har vi valt att inte lämna anbud i upphandlingen av nya kassasystem. Jag deltar därför inte i styrgruppsmötet tisdag 15 december kl. 13.00.

Hoppas att det är tydligt nu.

Med vänliga hälsningar
Oskar Tornqvist-Ahl
""", "'som jag redan har nämnt vid ett par tillfällen', 'hoppas att det är tydligt nu'"),
    (1, "bad", "over_familiarity", "Kassasystemet, gumman", """
Tjena Maggan!

Du, styrgruppsmötet för upphandlingen av nya kassasystem tisdag 15 december kl. 13.00 får ni köra utan mig. Vi har valt att inte lämna anbud den här gången, så det blir ingen show från oss.

Vi tar en öl snart och snackar skit istället. Kram på dig, gumman!
Oskar
""", "'Maggan', 'gumman', 'kram', 'snacka skit' to a key client in a formal exchange"),

    (2, "good", None, "Hundlektionen i onsdags", """
Hej Jonas!

Tråkigt att lektionen i hundträning i onsdags, 2 december kl. 17.30, inte blev av. Vill ni köra onsdag 9 december kl. 17.30 i stället? Jag håller tiden åt er.

Eftersom avbokningen kom senare än 24 timmar innan debiterar jag halva priset för lektionen, som vanligt. Hälsa hunden!

Vänliga hälsningar
Frida
""", "friendly, fee stated plainly as routine, 'halva priset' for 50%"),
    (2, "bad", "blame", "Avbokningen", """
Hej Jonas,

När du avbokade privatlektionen i hundträning onsdag 2 december kl. 17.30 så sent fick jag en tom timme som jag inte kunde fylla, och det drabbar faktiskt mina andra kunder. Det är inte första gången det blir så här kring er.

Avbokning senare än 24 timmar innan innebär att 50 % av priset debiteras. Vi kan ta den onsdag 9 december kl. 17.30.

Frida
""", "blames the client for harm to others; 'inte första gången' adds reproach"),
    (2, "bad", "sarcasm", "Onsdag 😊", """
Hej Jonas,

Tack för den sena avbokningen av privatlektionen i hundträning onsdag 2 december kl. 17.30, det var verkligen precis vad jag behövde en onsdagskväll. Hunden lär sig säkert massor av att stanna hemma.

Halva priset debiteras, eftersom det var mindre än 24 timmar innan, men det visste du säkert redan. Onsdag 9 december kl. 17.30 då?

Frida
""", "'tack för den sena avbokningen … precis vad jag behövde', 'det visste du säkert redan'"),

    (3, "good", None, "Vår genomgång på torsdag", """
Hej Henrik,

Tack för att du tar dig tid för genomgången av offerten för nytt ventilationssystem torsdag 10 december kl. 10.00. En besiktning har flyttats till samma förmiddag, så jag behöver tyvärr korta vårt möte till 20 minuter.

Jag skickar offerten i förväg så att vi kan lägga tiden på dina frågor.

Med vänliga hälsningar
Elin Sandelin
""", "formal, courteous to a new client, makes the short slot useful"),
    (3, "bad", "wrong_register", "torsdag", """
tja Henke!!

asså torsdag 10 december kl. 10.00, genomgången av offerten för nytt ventilationssystem, blir bara 20 min pga en besiktning som flyttats till samma förmiddag 🙈 funkar väl?? 🤙

/Elin
""", "slang, nickname, emoji and no capitals to a new client in a formal exchange"),
    (3, "bad", "condescension", "Torsdag 10 december", """
Hej Henrik,

Genomgången av offerten för nytt ventilationssystem torsdag 10 december kl. 10.00 behöver kortas till 20 minuter på grund av en besiktning som har flyttats till samma förmiddag.

Det brukar räcka gott, eftersom de flesta kunder ändå inte kommer in på de tekniska detaljerna. Jag håller det på en nivå som passar dig.

Med vänliga hälsningar
Elin Sandelin
""", "subtle: 'de flesta kunder kommer ändå inte in på …', 'en nivå som passar dig'"),

    (4, "good", None, "Borås på fredag – telefon i stället?", """
Hej Kristina!

Bilen står på verkstad hela veckan, så jag kommer tyvärr inte ner till lagret i Borås på fredag 18 december kl. 9.00.

Kan vi ta genomgången av vårens sortiment på telefon samma tid? Skicka gärna bilder på det du vill att jag ska titta på, så blir det nästan som att vara där. Och besöket tar jag igen när bilen lever igen.

Hälsningar
Anders
""", "friendly, light humour, keeps the time"),
    (4, "bad", "coldness", "Ändrad mötesform 18/12", """
Hej,

Besöket på lagret i Borås för att gå igenom vårens sortiment fredag 18 december kl. 9.00 genomförs per telefon, då bilen står på verkstad hela veckan.

Mvh
A. Nyqvist
""", "no name, 'Mvh', initials, impersonal: cold to a friendly key client"),
    (4, "bad", "passive_aggression", "Fredag", """
Hej Kristina,

Bilen står på verkstad hela veckan, så vi tar genomgången av vårens sortiment på telefon fredag 18 december kl. 9.00 i stället för besöket på lagret i Borås. Jag ringer precis kl. 9.00, så det vore fint om du faktiskt svarar den här gången.

Hälsningar
Anders
""", "subtle: one barb 'om du faktiskt svarar den här gången' to a key client"),

    (5, "good", None, "Bokslutsgenomgången 11 januari", """
Hej Ulrika,

Från årsskiftet är jag föräldraledig och kan därför inte hålla i bokslutsgenomgången för 2026 måndag 11 januari kl. 14.00.

Min kollega Sofia Bäckström tar över och har redan gått igenom underlaget med mig. Du är i mycket goda händer.

Med vänliga hälsningar
Mikael Strandberg
""", "formal with du, clear handover, no promise to be reachable"),
    (5, "good", None, "Bokslutet", """
Hej Ulrika,

Jag går på föräldraledighet vid årsskiftet, så det blir Sofia Bäckström som möter dig på bokslutsgenomgången för 2026 måndag 11 januari kl. 14.00. Hon har hela bilden.

Tack för ett gott samarbete i år!

Med vänliga hälsningar
Mikael Strandberg
""", "brief, warm, formal enough"),
    (5, "bad", "bureaucratic_distance", "Angående handläggare för bokslutsgenomgång", """
Hej,

Härmed meddelas att undertecknad på grund av föräldraledighet från årsskiftet ej kommer att närvara vid bokslutsgenomgången för 2026, måndag 11 januari kl. 14.00.

Ärendet överlämnas till handläggare Sofia Bäckström. Eventuella frågor hänvisas till denna.

Med vänlig hälsning
Mikael Strandberg
""", "'härmed meddelas', 'undertecknad', 'ärendet', 'hänvisas till denna' to a regular client"),

    (6, "good", None, "Vi saknade dig i fredags", """
Hej Linnea!

Jag väntade på dig till färgkonsultationen inför första klippningen i fredags kl. 11.00. Hoppas allt är bra med dig!

Vill du boka om har jag tid tisdag 8 december kl. 11.00 eller torsdag 10 december kl. 15.00. Säg bara till.

Kram från salongen
Petra
""", "friendly, warm, a salon's 'kram' to a customer is usual here"),
    (6, "good", None, "Ny tid?", """
Hej Linnea,

Passar tisdag 8 december kl. 11.00 eller torsdag 10 december kl. 15.00 bättre för färgkonsultationen? Hör av dig, så bokar jag in dig.

Petra
""", "very brief and kind, no mention of the miss"),
    (6, "bad", "mock_enthusiasm", "Vilken härlig fredag!!", """
Hej Linnea!!

Åh, vilken fantastisk fredag 4 december det blev! Jag satt klar kl. 11.00 för färgkonsultationen inför första klippningen och fick en helt egen timme med mina saxar, underbart!!

Vi kör igen tisdag 8 december kl. 11.00 eller torsdag 10 december kl. 15.00, jag är SÅ peppad!!!

Petra
""", "mock enthusiasm about the no-show"),

    (7, "good", None, "Avbokningsregler för utbildningen 20 januari", """
Hej Lars-Göran,

Inför tvådagarsutbildningen i projektledning som startar onsdag 20 januari kl. 8.30 vill jag gå igenom våra villkor: vi tar ut en handpenning på 25 % vid bokning, och avbokning ska ske senast två veckor (336 timmar) före start.

Hör gärna av dig om något är oklart.

Med vänliga hälsningar
Maja Fredriksson
""", "formal, plain, both numbers right"),
    (7, "good", None, "Projektledningsutbildningen", """
Hej Lars-Göran,

Roligt att du är med på tvådagarsutbildningen i projektledning onsdag 20 januari kl. 8.30! En praktisk sak: handpenningen är 25 %, och avbokning behöver komma in minst två veckor innan.

Vi ses i januari.

Vänliga hälsningar
Maja Fredriksson
""", "warm, short, 'två veckor' for 336 h"),
    (7, "bad", "condescension", "Våra villkor – förklarade", """
Hej Lars-Göran,

Jag förstår att villkor kan vara lite krångliga att hålla koll på, så jag förklarar det enkelt inför tvådagarsutbildningen i projektledning onsdag 20 januari kl. 8.30: du betalar 25 % i handpenning, och vill du avboka gör du det senast 336 timmar innan. Det är alltså två veckor, om man räknar om det.

Säg till om du vill att jag tar det en gång till.

Med vänliga hälsningar
Maja Fredriksson
""", "'kan vara krångliga', 'förklarar det enkelt', 'om man räknar om det', 'en gång till'"),

    (8, "good", None, "Fikat på tisdag", """
Hej Emir!

Jag ligger hemma med feber, så tisdagens fika kl. 15.00 får tyvärr bli av en annan gång. Ingen vill ha min förkylning i mässmontern.

Vi kan planera vårens mässmonter på mejl i stället: jag skickar mina skisser, du säger vad du tycker.

Hälsningar
Karin
""", "friendly, humour that lands; the fika is postponed without a date"),
    (8, "good", None, "Tisdag 8 december", """
Hej Emir,

Feber, tyvärr. Vi tar planeringen av vårens mässmonter på mejl i stället för fikat tisdag 8 december kl. 15.00. Jag hör av mig.

Karin
""", "very brief, friendly"),
    (8, "bad", "grovelling", "Förlåt förlåt förlåt", """
Käre Emir,

Jag är så otroligt ledsen och skäms verkligen. Jag ligger hemma med feber och måste be dig om något som jag vet är helt oförlåtligt: att vi tar planeringen av vårens mässmonter på mejl i stället för fikat tisdag 8 december kl. 15.00.

Jag förstår om du tappar förtroendet för mig. Jag ska göra allt, verkligen allt, för att gottgöra dig.

Förlåt igen,
Karin
""", "grovelling for being ill"),
]
