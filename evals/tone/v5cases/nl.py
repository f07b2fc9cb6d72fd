"""Dutch v5 tone cases: SITS (situation fields without id/language) and CASES (sit, label, flaw, subject, body, note)."""

SITS = {
    1: {"intent": "decline", "recipient_name": "mevrouw drs. Ingrid Hoogendijk", "sender_name": "Bram Verschuren",
        "tone": "formal", "relationship": "key",
        "meeting": "jaarlijkse leveranciersdag op het distributiecentrum in Tilburg",
        "meeting_time": "woensdag 13 januari om 9.30 uur",
        "reason": "een eerder toegezegde klantaudit in Duitsland"},
    2: {"intent": "reschedule", "recipient_name": "Joris Zwanenburg", "sender_name": "Femke Dijkstra-Bos",
        "tone": "friendly", "relationship": "regular",
        "meeting": "afstemming over de nieuwe huisstijl",
        "meeting_time": "donderdag 10 december om 13.00 uur",
        "reason": "een ziek kind thuis",
        "proposed_times": ["maandag 14 december om 13.00 uur", "dinsdag 15 december om 10.00 uur"]},
    3: {"intent": "switch_to_call", "recipient_name": "de heer Maarten Wijnberg", "sender_name": "Lotte Brouwers",
        "tone": "formal", "relationship": "new",
        "meeting": "kennismakingsgesprek over de verduurzaming van uw kantoorpand",
        "meeting_time": "dinsdag 15 december om 14.00 uur",
        "reason": "een aangekondigde wegafsluiting op de route naar uw kantoor"},
    4: {"intent": "switch_to_email", "recipient_name": "Sanne Oosterhuis", "sender_name": "Thijs Vermeulen-Roos",
        "tone": "friendly", "relationship": "key",
        "meeting": "lunchoverleg over de voorjaarscampagne",
        "meeting_time": "vrijdag 18 december om 12.00 uur",
        "reason": "een drukke week met de jaarafsluiting"},
    5: {"intent": "delegate", "recipient_name": "mevrouw Yvonne Goossenaerts", "sender_name": "Ruud Hermsen",
        "tone": "formal", "relationship": "regular",
        "meeting": "oplevering van de verbouwing aan de Lindenlaan",
        "meeting_time": "maandag 21 december om 8.00 uur",
        "reason": "een begrafenis in de familie", "colleague_name": "Noor El Idrissi"},
    6: {"intent": "no_show_followup", "recipient_name": "Kevin Brandsma", "sender_name": "Anouk Terpstra",
        "tone": "friendly", "relationship": "new",
        "meeting": "proefles yoga in de studio",
        "meeting_time": "vrijdag 4 december om 19.00 uur",
        "proposed_times": ["vrijdag 11 december om 19.00 uur"]},
    7: {"intent": "cancellation_policy", "recipient_name": "dr. Pieter-Jan Wolters", "sender_name": "Esther van Dongen",
        "tone": "formal", "relationship": "new",
        "policy": {"notice_hours": 24, "fee_percent": 50}},
    8: {"intent": "shorten", "recipient_name": "Wim Nijhuis-Kamp", "sender_name": "Marloes Visscher",
        "tone": "friendly", "relationship": "key",
        "meeting": "kwartaalgesprek over het onderhoudscontract",
        "meeting_time": "woensdag 9 december om 15.00 uur", "duration_minutes": 30,
        "reason": "een spoedklus bij een andere klant"},
}

CASES = [
    (1, "good", None, "Leveranciersdag 13 januari", """
Geachte mevrouw Hoogendijk,

Hartelijk dank voor de uitnodiging voor de jaarlijkse leveranciersdag op het distributiecentrum in Tilburg. Tot mijn spijt kan ik er op woensdag 13 januari om 9.30 uur niet bij zijn: die dag staat een eerder toegezegde klantaudit in Duitsland gepland, die ik niet kan verzetten.

Ik was er graag bij geweest en hoor achteraf graag wat er besproken is.

Met vriendelijke groet,
Bram Verschuren
""", "formal, warm, no false promise"),
    (1, "bad", "passive_aggression", "Leveranciersdag", """
Geachte mevrouw Hoogendijk,

Dank voor de uitnodiging voor de jaarlijkse leveranciersdag op het distributiecentrum in Tilburg op woensdag 13 januari om 9.30 uur. Zoals ik eerder al aangaf, en naar ik aannam ook was doorgekomen, heb ik die dag een eerder toegezegde klantaudit in Duitsland. Ik moet dus helaas afzeggen.

Met vriendelijke groet,
Bram Verschuren
""", "subtle: one clause 'zoals ik eerder al aangaf, en naar ik aannam ook was doorgekomen'"),
    (1, "bad", "over_familiarity", "Tilburg, sorry schat", """
Hoi Ingrid!

Balen, maar die leveranciersdag in Tilburg op woensdag 13 januari om 9.30 uur gaat 'm niet worden voor mij. Ik zit dan in Duitsland voor een klantaudit die ik al eerder had toegezegd, je kent het wel.

Neem een stroopwafel voor me mee, schat! Dikke kus,
Bram
""", "'hoi', 'schat', 'dikke kus' to a key client addressed as mevrouw drs."),

    (2, "good", None, "Huisstijl: ander moment?", """
Hoi Joris,

Ik heb thuis een ziek kind, dus ik wil onze afstemming over de nieuwe huisstijl van donderdag 10 december om 13.00 uur graag verplaatsen.

Past maandag 14 december om 13.00 uur of dinsdag 15 december om 10.00 uur jou? Sorry voor het schuiven, en bedankt voor je begrip.

Groet,
Femke
""", "friendly, short, honest"),
    (2, "bad", "sarcasm", "Donderdag gaat niet (wat een verrassing)", """
Hoi Joris,

Heerlijk hoor, zo'n decembermaand: ik heb thuis een ziek kind, want natuurlijk gebeurt dat precies nu. Onze afstemming over de nieuwe huisstijl van donderdag 10 december om 13.00 uur gaat dus niet door. Lekker planbaar allemaal.

Maandag 14 december om 13.00 uur of dinsdag 15 december om 10.00 uur. Succes met kiezen.

Femke
""", "'heerlijk hoor', 'lekker planbaar', 'succes met kiezen'"),
    (2, "bad", "coldness", "Wijziging afspraak", """
Joris,

Afstemming nieuwe huisstijl donderdag 10 december 13.00 uur vervalt (ziek kind).

Opties: maandag 14 december 13.00 uur of dinsdag 15 december 10.00 uur. Graag bevestiging.

F. Dijkstra-Bos
""", "telegraphic, no greeting warmth, no apology, to a friendly regular client"),

    (3, "good", None, "Ons gesprek van dinsdag 15 december telefonisch?", """
Geachte heer Wijnberg,

Voor dinsdag 15 december is een wegafsluiting aangekondigd op de route naar uw kantoor. Om te voorkomen dat u op mij moet wachten, stel ik voor ons kennismakingsgesprek over de verduurzaming van uw kantoorpand om 14.00 uur telefonisch te voeren.

Als u het toch liever in persoon doet, hoor ik dat graag; dan zoeken we samen een ander moment.

Met vriendelijke groet,
Lotte Brouwers
""", "formal, puts the client first, offers a choice"),
    (3, "bad", "condescension", "Gesprek 15 december", """
Geachte heer Wijnberg,

Vanwege een aangekondigde wegafsluiting op de route naar uw kantoor voeren we het kennismakingsgesprek over de verduurzaming van uw kantoorpand op dinsdag 15 december om 14.00 uur telefonisch.

Geen zorgen: verduurzaming klinkt ingewikkeld, maar ik leg het in begrijpelijke taal uit. U hoeft zich dus niet voor te bereiden, dat doe ik wel voor u.

Met vriendelijke groet,
Lotte Brouwers
""", "subtle condescension in the second paragraph to a new client"),
    (3, "bad", "phishing_like", "Bevestig uw telefonische afspraak", """
Geachte heer Wijnberg,

Vanwege een aangekondigde wegafsluiting op de route naar uw kantoor wordt het kennismakingsgesprek over de verduurzaming van uw kantoorpand op dinsdag 15 december om 14.00 uur telefonisch gevoerd.

Bevestig uw afspraak binnen 24 uur via onderstaande link en vul daar uw bankgegevens en telefoonnummer in, anders vervalt uw reservering:
http://afspraak-bevestigen-nl.info/login

Met vriendelijke groet,
Lotte Brouwers
""", "unknown link, asks for bank details, urgency: reads like phishing"),

    (4, "good", None, "Lunch van vrijdag: per mail?", """
Hoi Sanne,

Met de jaarafsluiting is het deze week een gekkenhuis, en ik wil je niet aan de lunch van vrijdag 18 december om 12.00 uur laten zitten met iemand die half in de cijfers zit.

Zullen we het overleg over de voorjaarscampagne deze keer per mail doen? Ik stuur je mijn voorstel, jij schiet erop wat je wilt. De lunch houd ik van je tegoed.

Hartelijke groet,
Thijs
""", "friendly, warm, light humour, key client"),
    (4, "bad", "blame", "Vrijdag", """
Hoi Sanne,

Het lunchoverleg over de voorjaarscampagne van vrijdag 18 december om 12.00 uur doen we per mail. Het is een drukke week met de jaarafsluiting, en eerlijk gezegd helpt het niet dat jullie input altijd op het laatste moment binnenkomt. Daardoor loopt bij ons alles uit.

Ik stuur je de stukken.

Thijs
""", "blames the key client for the sender's workload"),
    (4, "bad", "coldness", "Lunchoverleg 18 december", """
Beste mevrouw Oosterhuis,

Het lunchoverleg over de voorjaarscampagne van vrijdag 18 december om 12.00 uur wordt vervangen door schriftelijke afstemming in verband met de jaarafsluiting.

U ontvangt de stukken per e-mail.

Met vriendelijke groet,
T. Vermeulen-Roos
""", "sudden switch to 'mevrouw', passive voice and initials with a friendly key client: cold"),

    (5, "good", None, "Oplevering Lindenlaan: Noor El Idrissi neemt het over", """
Geachte mevrouw Goossenaerts,

Vanwege een begrafenis in de familie kan ik helaas niet aanwezig zijn bij de oplevering van de verbouwing aan de Lindenlaan op maandag 21 december om 8.00 uur.

Mijn collega Noor El Idrissi neemt de oplevering van mij over. Zij kent het project en heeft de opleverlijst van mij gekregen.

Met vriendelijke groet,
Ruud Hermsen
""", "formal, clear, dignified"),
    (5, "good", None, "Maandag 21 december", """
Geachte mevrouw Goossenaerts,

Maandag 21 december ben ik er door een begrafenis in de familie niet bij. Noor El Idrissi loopt om 8.00 uur de oplevering van de verbouwing aan de Lindenlaan met u door; u bent bij haar in uitstekende handen.

Hartelijke groet,
Ruud Hermsen
""", "very brief, formal but warm"),
    (5, "bad", "bureaucratic_distance", "Betreft: wijziging contactpersoon oplevering", """
Geachte mevrouw Goossenaerts,

Hierbij delen wij u mede dat ondergetekende wegens persoonlijke omstandigheden (begrafenis in de familie) verhinderd is bij de oplevering van de verbouwing aan de Lindenlaan d.d. maandag 21 december om 8.00 uur.

De werkzaamheden ten behoeve van de oplevering worden overgedragen aan collega N. El Idrissi. Voor nadere informatie kunt u zich tot betrokkene wenden.

Hoogachtend,
R. Hermsen
""", "'hierbij delen wij u mede', 'ondergetekende', 'betrokkene', 'd.d.'"),

    (6, "good", None, "Proefles van vrijdag", """
Hoi Kevin,

Ik had je vrijdag om 19.00 uur verwacht voor de proefles yoga in de studio. Misschien kwam er iets tussen; geen probleem.

Zin om het vrijdag 11 december om 19.00 uur te proberen? Er is plek.

Groetjes,
Anouk
""", "friendly, no reproach, one offer"),
    (6, "good", None, "Nieuwe kans", """
Hoi Kevin,

Je matje ligt nog klaar. Kom je vrijdag 11 december om 19.00 uur alsnog je proefles yoga doen?

Anouk
""", "very brief, playful and kind; the missed lesson implied"),
    (6, "bad", "mock_enthusiasm", "Wat een FANTASTISCHE les!", """
Hoi Kevin!!

Wauw, wat een proefles yoga in de studio vrijdag 4 december om 19.00 uur! Ik heb nog nooit zo'n rustige les gehad, helemaal niemand! Echt super, heel zen, dankjewel!!

Vrijdag 11 december om 19.00 uur weer zo'n topavond? Ik kan niet wachten!!!

Anouk
""", "mock enthusiasm about a no-show"),

    (7, "good", None, "Onze annuleringsvoorwaarden", """
Geachte heer Wolters,

Fijn dat u voor ons kiest. Zodat u weet waar u aan toe bent, onze annuleringsvoorwaarden in het kort: annuleert u minder dan 24 uur van tevoren, dan brengen wij 50% van het tarief in rekening.

Zo kunnen we voor iedereen de afspraken vasthouden. Heeft u vragen, dan hoor ik het graag.

Met vriendelijke groet,
Esther van Dongen
""", "formal, welcoming, explains why"),
    (7, "good", None, "Annuleren", """
Geachte heer Wolters,

Eén praktische afspraak vooraf: annuleren kan kosteloos tot 24 uur van tevoren; daarna rekenen wij de helft van het tarief.

Met vriendelijke groet,
Esther van Dongen
""", "very short and correct; 'de helft' for 50%"),
    (7, "bad", "passive_aggression", "Annuleringsvoorwaarden (ter info)", """
Geachte heer Wolters,

Voor de duidelijkheid zet ik onze annuleringsvoorwaarden hier nog even voor u op een rij, al staan ze ook gewoon op de website: bij annulering binnen 24 uur brengen wij 50% in rekening.

Ik ga ervan uit dat dit zo helder is.

Met vriendelijke groet,
Esther van Dongen
""", "'al staan ze ook gewoon op de website', 'ik ga ervan uit dat dit zo helder is' to a new client"),

    (8, "good", None, "Woensdag iets korter", """
Hoi Wim,

Woensdag 9 december om 15.00 uur gaat ons kwartaalgesprek over het onderhoudscontract gewoon door, alleen iets korter: door een spoedklus bij een andere klant heb ik 30 minuten.

Ik zet de drie belangrijkste punten vooraf op papier, dan hebben we aan een half uur genoeg.

Tot woensdag,
Marloes
""", "friendly, practical, key client"),
    (8, "good", None, "Kwartaalgesprek", """
Hoi Wim,

Kort en krachtig deze keer: woensdag 9 december om 15.00 uur heb ik door een spoedklus bij een andere klant 30 minuten voor ons kwartaalgesprek over het onderhoudscontract. Ik zorg dat het de moeite waard is.

Groet,
Marloes
""", "very brief, warm, firm"),
    (8, "bad", "grovelling", "Het spijt me zo ontzettend", """
Beste Wim,

Ik schaam me echt diep. Door een spoedklus bij een andere klant moet ik je vragen of ons kwartaalgesprek over het onderhoudscontract van woensdag 9 december om 15.00 uur maar 30 minuten mag duren. Ik weet dat ik je hiermee enorm tekortdoe en dat je veel beter verdient.

Vergeef het me alsjeblieft. Ik begrijp het volkomen als je boos bent. Nogmaals duizendmaal excuses.

Marloes
""", "grovelling for a 30-minute shortening"),
]
