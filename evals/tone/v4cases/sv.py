"""Swedish v4 tone cases: SITS (situation fields without id/language) and CASES (sit, label, flaw, subject, body, note)."""

SITS = {
    1: {"intent": "late_cancellation", "recipient_name": "Maja Lindqvist", "sender_name": "Oskar Nyström", "tone": "friendly",
        "relationship": "regular", "meeting": "massagebehandling", "meeting_time": "onsdag 2 december kl. 17.00",
        "policy": {"notice_hours": 24, "fee_percent": 50}},
    2: {"intent": "switch_to_call", "recipient_name": "Dr. Henrik Åberg", "sender_name": "Sofia Ekström", "tone": "formal",
        "relationship": "key", "meeting": "styrgruppsmöte om IT-upphandlingen", "meeting_time": "tisdag 15 december kl. 13.00",
        "reason": "hälften av deltagarna sitter i Göteborg"},
    3: {"intent": "decline", "recipient_name": "Eva Lundgren", "sender_name": "Johan Berglund", "tone": "formal",
        "relationship": "new", "meeting": "lunchpresentation av er nya HR-plattform", "meeting_time": "torsdag 10 december kl. 12.00",
        "reason": "vi har redan skrivit avtal med en annan leverantör"},
    4: {"intent": "reschedule", "recipient_name": "Anders Holmberg", "sender_name": "Linnea Forsberg", "tone": "friendly",
        "relationship": "key", "meeting": "fotografering av nya kontoret", "meeting_time": "fredag 11 december kl. 10.00",
        "reason": "fotografen är sjuk", "proposed_times": ["fredag 18 december kl. 10.00"]},
    5: {"intent": "no_show_followup", "recipient_name": "Ingrid Wallin", "sender_name": "Erik Wahlgren", "tone": "formal",
        "relationship": "new", "meeting": "första rådgivningssamtalet", "meeting_time": "fredag 4 december kl. 14.00",
        "policy": {"fee_percent": 50}, "proposed_times": ["onsdag 16 december kl. 14.00"]},
    6: {"intent": "delegate", "recipient_name": "Hanna Björk", "sender_name": "Gustav Lind", "tone": "friendly",
        "relationship": "regular", "meeting": "genomgång av bokslutet", "meeting_time": "måndag 21 december kl. 9.00",
        "colleague_name": "Elin Hedlund", "reason": "jag går på föräldraledighet från den 18 december"},
    7: {"intent": "cancellation_policy", "recipient_name": "Per Engström", "sender_name": "Amanda Strand", "tone": "formal",
        "relationship": "regular", "meeting": "workshop i ledarskap för ert team", "meeting_time": "torsdag 17 december kl. 9.00",
        "policy": {"notice_hours": 168, "fee_percent": 50}},
    8: {"intent": "shorten", "recipient_name": "Jonas Ek", "sender_name": "Ida Olofsson", "tone": "friendly",
        "relationship": "new", "meeting": "genomgång av hemsidans texter", "meeting_time": "tisdag 8 december kl. 15.30",
        "duration_minutes": 20, "reason": "jag har en tandläkartid kl. 16.15"},
}

CASES = [
    (1, "good", None, "Massagen i onsdags", """
Hej Maja!

Tråkigt att det inte blev någon massagebehandling onsdag 2 december kl. 17.00. Eftersom avbokningen kom mindre än 24 timmar innan tar jag ut halva priset, som vi har kommit överens om. Hör av dig när du vill boka en ny tid!

Hälsningar,
Oskar
""", "friendly, firm, 'halva priset' = 50 %"),
    (1, "bad", "passive_aggression", "Angående onsdagen", """
Hej Maja,

Som jag har sagt flera gånger förut, och som det står i bokningsbekräftelsen du säkert har läst, gäller 24 timmar för avbokning. Massagebehandlingen onsdag 2 december kl. 17.00 avbokades senare än så, så du debiteras 50 %. Jag förstår att det är lätt att glömma. Igen.

Oskar
""", "'som jag har sagt flera gånger förut', 'du säkert har läst', 'Igen.'"),
    (1, "bad", "sarcasm", "Tack för framförhållningen", """
Hej Maja,

Stort tack för den generösa framförhållningen inför massagebehandlingen onsdag 2 december kl. 17.00! Jag hann verkligen fylla tiden med andra kunder, som du säkert förstår. Enligt villkoren (24 timmar) debiteras du 50 %.

Oskar
""", "ironic thanks for 'den generösa framförhållningen', 'jag hann verkligen fylla tiden'"),
    (2, "good", None, "Styrgruppsmötet 15 december – per telefon?", """
Hej Henrik,

Eftersom hälften av deltagarna sitter i Göteborg föreslår jag att vi håller styrgruppsmötet om IT-upphandlingen tisdag 15 december kl. 13.00 som telefonmöte. Jag skickar ut ett nummer och dagordningen på måndag.

Vänliga hälsningar,
Sofia Ekström
""", "formal Swedish with du and first name, as most professionals write"),
    (2, "bad", "condescension", "Styrgruppsmöte – format", """
Hej Henrik,

För att förklara det enkelt: hälften av deltagarna sitter i Göteborg, och Göteborg ligger som bekant en bit bort. Därför blir styrgruppsmötet om IT-upphandlingen tisdag 15 december kl. 13.00 ett telefonmöte. Jag hoppas att det inte blir för krångligt för dig med tekniken.

Sofia Ekström
""", "'för att förklara det enkelt', 'som bekant', doubts the key client can handle a phone call"),
    (2, "bad", "over_familiarity", "Henke!!", """
Tjena Henke gamle gosse!

Halva gänget sitter ju i Göteborg, så styrgruppsmötet om IT-upphandlingen tisdag 15 december kl. 13.00 kör vi på lur istället. Lova att du inte sitter i badrocken den här gången, haha! Kramar i massor!

Sofia 😘
""", "nickname, 'kramar', a joke about a bathrobe, emoji kiss to a formal key client"),
    (3, "good", None, "Lunchpresentationen 10 december", """
Hej Eva,

Tack för inbjudan till lunchpresentationen av er nya HR-plattform torsdag 10 december kl. 12.00. Vi har redan skrivit avtal med en annan leverantör, så jag avstår hellre än tar er tid i onödan.

Vänliga hälsningar,
Johan Berglund
""", "honest final decline, courteous"),
    (3, "bad", "bureaucratic_distance", "Ang. inbjudan", """
Till Eva Lundgren

Härmed meddelas att undertecknad icke kommer att närvara vid lunchpresentation av er nya HR-plattform torsdag 10 december kl. 12.00, med anledning av att avtal redan har tecknats med annan leverantör. Ärendet betraktas som avslutat.

Johan Berglund
""", "'härmed meddelas', 'undertecknad', 'ärendet betraktas som avslutat'"),
    (3, "bad", "sarcasm", "Tack, men nej tack", """
Hej Eva,

Vilken fantastiskt originell idé med en lunchpresentation av er nya HR-plattform torsdag 10 december kl. 12.00, det har vi aldrig fått förut. Tyvärr har vi redan skrivit avtal med en annan leverantör, så jag får klara mig utan smörgåstårtan.

Johan Berglund
""", "mocks the invitation ('fantastiskt originell', 'aldrig fått förut')"),
    (4, "good", None, "Ny dag för fotograferingen", """
Hej Anders!

Fotografen är sjuk, så fotograferingen av nya kontoret fredag 11 december kl. 10.00 behöver flyttas. Funkar fredag 18 december kl. 10.00 för er? Då hinner julgranen också komma på plats.

Ha det gott,
Linnea
""", "friendly with a light touch, one slot"),
    (4, "bad", "blame", "Fotograferingen flyttas", """
Hej Anders,

Fotografen är sjuk, så fotograferingen av nya kontoret fredag 11 december kl. 10.00 flyttas till fredag 18 december kl. 10.00. Ärligt talat hade ni ändå inte fått ordning på kontoret i tid, så det här passar er nog bättre än ni vill erkänna.

Linnea
""", "shifts blame to the key client's untidy office"),
    (4, "bad", "grovelling", "Förlåt, förlåt, förlåt", """
Hej Anders,

Jag vet knappt hur jag ska be om ursäkt nog. Fotografen är sjuk, och fotograferingen av nya kontoret fredag 11 december kl. 10.00 måste flyttas. Jag förstår om ni tappar allt förtroende för oss. Skulle ni möjligen, om det inte är för mycket begärt, kunna tänka er fredag 18 december kl. 10.00? Jag är så ledsen.

Tusen gånger förlåt,
Linnea
""", "begging and self-abasement over a sick photographer"),
    (5, "good", None, "Vårt samtal i fredags", """
Hej Ingrid,

Jag väntade på dig till vårt första rådgivningssamtal fredag 4 december kl. 14.00, men du dök inte upp. Enligt våra villkor debiteras 50 % av arvodet för uteblivna besök. Vill du boka om kan jag erbjuda onsdag 16 december kl. 14.00.

Vänliga hälsningar,
Erik Wahlgren
""", "formal with du, factual, offers a new slot"),
    (5, "good", None, "Fredagens rådgivningssamtal", """
Hej Ingrid,

Jag hoppas att allt är väl. Vi skulle ha haft vårt första rådgivningssamtal fredag 4 december kl. 14.00. Som det står i villkoren tar jag ut 50 % av arvodet när ett besök uteblir utan avbokning, men jag hjälper dig gärna vidare: onsdag 16 december kl. 14.00 är ledigt.

Med vänlig hälsning,
Erik Wahlgren
""", "concern first, then policy, then the slot"),
    (5, "bad", "hostile", "Uteblivet besök", """
Ingrid Wallin,

Du struntade i vårt första rådgivningssamtal fredag 4 december kl. 14.00. Det är respektlöst. 50 % av arvodet faktureras. Onsdag 16 december kl. 14.00 får du en chans till – uteblir du igen får du söka hjälp någon annanstans.

Erik Wahlgren
""", "'struntade', 'respektlöst', threat"),
    (6, "good", None, "Bokslutsgenomgången 21 december", """
Hej Hanna!

Jag går på föräldraledighet från den 18 december, så genomgången av bokslutet måndag 21 december kl. 9.00 tar min kollega Elin Hedlund. Hon har varit med i arbetet hela hösten och hör av sig till dig innan dess.

God jul och gott nytt år!
Gustav
""", "friendly, no promise to stay reachable during leave"),
    (6, "good", None, "Elin tar bokslutet", """
Hej Hanna,

Kort besked: från den 18 december är jag föräldraledig, och Elin Hedlund håller i genomgången av bokslutet måndag 21 december kl. 9.00. Tack för ett riktigt fint samarbete i år!

Hälsningar,
Gustav
""", "short, warm"),
    (6, "bad", "coldness", "Byte av handläggare", """
Hanna Björk,

Genomgången av bokslutet måndag 21 december kl. 9.00 hålls av Elin Hedlund. Orsak: föräldraledighet från den 18 december. Kontakta henne vid frågor.

Gustav Lind
""", "'byte av handläggare', terse, no greeting warmth for a friendly regular client"),
    (7, "good", None, "Avbokningsvillkor för workshopen 17 december", """
Hej Per,

Inför workshopen i ledarskap för ert team torsdag 17 december kl. 9.00 vill jag påminna om villkoren: avbokning ska ske senast en vecka innan. Vid senare avbokning debiteras 50 % av priset.

Jag ser fram emot dagen med er.

Vänliga hälsningar,
Amanda Strand
""", "formal with du, 'en vecka' = 168 hours"),
    (7, "good", None, "Praktiskt inför torsdag 17 december", """
Hej Per,

En kort påminnelse inför workshopen i ledarskap för ert team torsdag 17 december kl. 9.00: avbokar ni senare än 168 timmar (en vecka) innan tar jag ut 50 %. Det är för att jag bokar lokal och material i förväg. Hör av dig om något är oklart.

Med vänlig hälsning,
Amanda Strand
""", "explains the reason for the policy"),
    (7, "bad", "phishing_like", "Bekräfta din bokning omedelbart", """
Hej Per,

Workshopen i ledarskap för ert team är torsdag 17 december kl. 9.00. Avbokning senast 168 timmar innan, annars 50 %. För att bokningen inte ska annulleras måste du inom 12 timmar verifiera dig med BankID och kortuppgifter här: https://strand-workshop-bankid-verify.com

Amanda Strand
""", "urgent BankID and card verification via link"),
    (8, "good", None, "Lite kortare genomgång på tisdag", """
Hej Jonas,

Jag har en tandläkartid kl. 16.15 på tisdag, så kan vi korta genomgången av hemsidans texter tisdag 8 december kl. 15.30 till 20 minuter? Jag skickar mina kommentarer i förväg så räcker det gott.

Hälsningar,
Ida
""", "friendly, practical"),
    (8, "good", None, "Genomgången på tisdag", """
Hej Jonas!

Förlåt att jag krånglar redan första gången: jag har en tandläkartid kl. 16.15, så genomgången av hemsidans texter tisdag 8 december kl. 15.30 blir 20 minuter. Vi tar det viktigaste först.

Vi hörs!
Ida
""", "small dignified apology to a new client"),
    (8, "bad", "mock_enthusiasm", "SUPERKUL nyhet!!!", """
Hej Jonas!!!

Åh, vad roligt: jag har en tandläkartid kl. 16.15, så genomgången av hemsidans texter tisdag 8 december kl. 15.30 blir bara 20 minuter!!! Bästa dagen ever!!! Jag är SÅ taggad!!!

Ida 🥳
""", "celebrating a dentist appointment, forced excitement"),
]
