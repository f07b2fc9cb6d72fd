"""Dutch held-out tone cases v12: six situations, layout 2/2 1/3 3/1 2/2 2/1 2/3 (good/bad)."""

from __future__ import annotations

SITS = {
    1: {"intent": "shorten", "recipient_name": "Mevrouw Fenna Oosterbaan", "sender_name": "Jelmer Haverkamp",
        "tone": "formal", "relationship": "key", "meeting": "jaarplanning van de kraanverhuur",
        "meeting_time": "donderdag 10 december om 14.00 uur", "duration_minutes": 45,
        "reason": "een storing in ons planningssysteem"},
    2: {"intent": "late_cancellation", "recipient_name": "Sanne Kruidenier", "sender_name": "Koen Ditters",
        "tone": "friendly", "relationship": "regular", "meeting": "proefsessie van de nieuwe kassa",
        "meeting_time": "woensdag 2 december om 10.00 uur", "proposed_times": ["dinsdag 8 december om 10.00 uur"],
        "policy": {"notice_hours": 24, "fee_percent": 25}},
    3: {"intent": "reschedule", "recipient_name": "De heer Thijmen Rozendaal", "sender_name": "Marloes Valkenier",
        "tone": "formal", "relationship": "new", "meeting": "kennismakingsgesprek over uw bedrijfspand",
        "meeting_time": "vrijdag 11 december om 9.30 uur",
        "proposed_times": ["dinsdag 15 december om 9.30 uur", "woensdag 16 december om 13.00 uur"],
        "reason": "een verschoven zitting bij de rechtbank"},
    4: {"intent": "no_show_followup", "recipient_name": "Iris Bosschaert", "sender_name": "Wessel Temmink",
        "tone": "friendly", "relationship": "key", "meeting": "proeverij voor het kerstdiner",
        "meeting_time": "donderdag 3 december om 16.00 uur", "proposed_times": ["maandag 14 december om 16.00 uur"]},
    5: {"intent": "delegate", "recipient_name": "De heer Gijs Hooftman", "sender_name": "Annelies Spruijt",
        "tone": "formal", "relationship": "regular", "meeting": "halfjaarlijkse controle van de brandmeldinstallatie",
        "meeting_time": "dinsdag 12 januari om 8.00 uur", "colleague_name": "Femke Ouwerkerk"},
    6: {"intent": "cancellation_policy", "recipient_name": "Mevrouw Noor Overdiep", "sender_name": "Daan Stoffelsen",
        "tone": "formal", "relationship": "new", "meeting": "eerste behandeling fysiotherapie",
        "meeting_time": "maandag 21 december om 11.15 uur", "policy": {"notice_hours": 48, "fee_percent": 100}},
}

CASES = [
    (1, "good", None, "Jaarplanning: iets korter?",
     """
Geachte mevrouw Oosterbaan,

Door een storing in ons planningssysteem zit mijn agenda donderdag vol met herstelwerk. Zou u het goedvinden als we de jaarplanning van de kraanverhuur op donderdag 10 december om 14.00 uur in 45 minuten doen? Ik stuur vooraf de drie beslispunten, zodat we niets hoeven over te slaan.

Excuses voor de wijziging, en dank voor uw begrip.

Met vriendelijke groet,
Jelmer Haverkamp
""", "formal, asks rather than tells, shows effort"),
    (1, "good", None, "Korter overleg donderdag",
     """
Geachte mevrouw Oosterbaan,

Helaas moet ik de jaarplanning van de kraanverhuur van donderdag 10 december om 14.00 uur inkorten tot 45 minuten, vanwege een storing in ons planningssysteem. Ik zorg dat alles wat u nodig hebt in die tijd aan bod komt.

Met hartelijke groet,
Jelmer Haverkamp
""", "blunt and short, 'helaas' used kindly, warm close"),
    (1, "bad", "bureaucratic_distance", "Wijziging duur overleg",
     """
Geachte mevrouw Oosterbaan,

Hierbij delen wij u mede dat de jaarplanning van de kraanverhuur van donderdag 10 december om 14.00 uur, in verband met een storing in ons planningssysteem, wordt teruggebracht tot 45 minuten. Wij verzoeken u vriendelijk hiervan kennis te nemen en uw agendapunten hierop af te stemmen.

Wij vertrouwen op uw medewerking.

Hoogachtend,
J. Haverkamp
""", "only cold formulas to a key client: 'hierbij delen wij u mede', 'wij vertrouwen op uw medewerking'"),
    (1, "bad", "passive_aggression", "Jaarplanning donderdag",
     """
Geachte mevrouw Oosterbaan,

Vanwege een storing in ons planningssysteem stel ik voor de jaarplanning van de kraanverhuur op donderdag 10 december om 14.00 uur te beperken tot 45 minuten. Zoals eerder aangegeven is dat ruim voldoende, mits de stukken deze keer wel vooraf gelezen zijn.

Met vriendelijke groet,
Jelmer Haverkamp
""", "'zoals eerder aangegeven' and a barbed last clause"),
    (2, "good", None, "Kassa-proefsessie: nieuwe datum",
     """
Hoi Sanne,

Jammer dat de proefsessie van de nieuwe kassa woensdag 2 december om 10.00 uur niet doorging, maar zulke dingen gebeuren. Zullen we dinsdag 8 december om 10.00 uur doen?

Zoals afgesproken rekenen we bij afzeggen binnen 24 uur 25 % van de sessie; dat zie je terug op de volgende factuur. Vragen? Bel gerust.

Groet,
Koen
""", "friendly; 'zoals afgesproken' used kindly, fee held firmly"),
    (2, "bad", "condescension", "Over het afzeggen",
     """
Hoi Sanne,

Even uitleggen hoe het werkt, want dat is misschien niet helemaal duidelijk: als je een proefsessie binnen 24 uur afzegt, staat onze monteur al ingepland en kan hij niets anders meer doen. Daarom rekenen we 25 %. Dat is in onze branche heel normaal.

De proefsessie van de nieuwe kassa van woensdag 2 december om 10.00 uur kan op dinsdag 8 december om 10.00 uur.

Groet,
Koen
""", "lecturing a regular client on how things work"),
    (2, "bad", "passive_aggression", "Proefsessie nieuwe kassa",
     """
Hoi Sanne,

Geen probleem hoor, van die afgezegde proefsessie van de nieuwe kassa van woensdag 2 december om 10.00 uur. We hadden toch niks beters te doen.

Dinsdag 8 december om 10.00 uur dan maar? Je weet dat we 25 % rekenen bij afzeggen binnen 24 uur, maar dat had je vast al gelezen.

Koen
""", "'geen probleem hoor' with sarcastic sting, 'dat had je vast al gelezen'"),
    (2, "bad", "blame", "Re: proefsessie",
     """
Hoi Sanne,

Dank voor je bericht. We verschuiven de proefsessie van de nieuwe kassa van woensdag 2 december om 10.00 uur naar dinsdag 8 december om 10.00 uur, en volgens de afspraak rekenen we 25 % omdat je binnen 24 uur afzei.

Ik heb de monteur maar uitgelegd dat hij voor niets uit Zwolle is gekomen; hopelijk kunnen jullie het intern wat beter afstemmen voortaan.

Groet,
Koen
""", "friendly until the blaming last paragraph"),
    (3, "good", None, "Ons kennismakingsgesprek",
     """
Geachte heer Rozendaal,

Graag had ik u vrijdag 11 december om 9.30 uur ontmoet voor ons kennismakingsgesprek over uw bedrijfspand, maar door een verschoven zitting bij de rechtbank lukt dat helaas niet. Mijn excuses, zeker omdat het ons eerste gesprek is.

Schikt dinsdag 15 december om 9.30 uur of woensdag 16 december om 13.00 uur u? Als geen van beide past, zoek ik graag met u een ander moment.

Met vriendelijke groet,
Marloes Valkenier
""", "formal and warm, dignified apology"),
    (3, "good", None, "Nieuw moment voor ons gesprek",
     """
Geachte heer Rozendaal,

Een verschoven zitting bij de rechtbank dwingt me ons kennismakingsgesprek over uw bedrijfspand van vrijdag 11 december om 9.30 uur te verplaatsen. Dinsdag 15 december om 9.30 uur of woensdag 16 december om 13.00 uur?

Met excuses en vriendelijke groet,
Marloes Valkenier
""", "very short, formal, kind"),
    (3, "good", None, "Kennismaking: andere datum",
     """
Geachte heer Rozendaal,

Rechtbanken houden helaas geen rekening met mijn agenda: door een verschoven zitting bij de rechtbank kan ik vrijdag 11 december om 9.30 uur niet. Ik kijk nog steeds uit naar ons kennismakingsgesprek over uw bedrijfspand en stel dinsdag 15 december om 9.30 uur of woensdag 16 december om 13.00 uur voor.

Hartelijke groet,
Marloes Valkenier
""", "light self-deprecating humour that lands"),
    (3, "bad", "coldness", "Verplaatsing afspraak",
     """
Geachte heer Rozendaal,

Het kennismakingsgesprek over uw bedrijfspand van vrijdag 11 december om 9.30 uur vervalt wegens een verschoven zitting bij de rechtbank. Beschikbaar: dinsdag 15 december om 9.30 uur, woensdag 16 december om 13.00 uur. Graag uw keuze.

M. Valkenier
""", "no apology, no welcome to a new client"),
    (4, "good", None, "Alles goed?",
     """
Hoi Iris,

We misten je donderdag 3 december om 16.00 uur bij de proeverij voor het kerstdiner. Ik hoop dat er niets vervelends is gebeurd! De kok heeft de gerechten genoteerd; zullen we het maandag 14 december om 16.00 uur opnieuw doen?

Hartelijke groet,
Wessel
""", "warm check-in, easy new time"),
    (4, "good", None, "Proeverij",
     """
Hoi Iris,

Donderdag 3 december om 16.00 uur hebben we elkaar gemist bij de proeverij voor het kerstdiner. Maandag 14 december om 16.00 uur? De wijn staat nog koud.

Wessel
""", "very short, friendly, gentle joke"),
    (4, "bad", "over_familiarity", "Waar was je nou??",
     """
Hé schatje,

Donderdag 3 december om 16.00 uur zat ik daar met de proeverij voor het kerstdiner en geen Iris te bekennen, haha! Te veel gefeest zeker? Maandag 14 december om 16.00 uur nieuwe kans, en dan neem ik de fles mee naar huis als je weer niet komt.

Dikke knuffel,
Wessel
""", "pet name and teasing to a key client"),
    (4, "bad", "passive_aggression", "Proeverij voor het kerstdiner",
     """
Hoi Iris,

Hopelijk is alles goed met je. Onze kok had donderdag 3 december om 16.00 uur zes gangen klaargezet voor de proeverij voor het kerstdiner, maar goed, dat kan gebeuren.

Zou maandag 14 december om 16.00 uur lukken? Of is het handiger als ik je de ochtend zelf nog even bel om te checken of je er echt bent?

Groet,
Wessel
""", "guilt trip about the chef, reproach disguised as a question"),
    (5, "good", None, "Controle brandmeldinstallatie 12 januari",
     """
Geachte heer Hooftman,

De halfjaarlijkse controle van de brandmeldinstallatie op dinsdag 12 januari om 8.00 uur wordt uitgevoerd door mijn collega Femke Ouwerkerk, omdat ik er zelf helaas niet bij kan zijn. Femke kent uw installatie van de vorige controle en heeft mijn aantekeningen.

Met vriendelijke groet,
Annelies Spruijt
""", "plain, formal, colleague introduced with confidence"),
    (5, "good", None, "Wie komt er op 12 januari",
     """
Geachte heer Hooftman,

Zoals eerder aangegeven ben ik in januari minder beschikbaar; daarom komt mijn collega Femke Ouwerkerk voor de halfjaarlijkse controle van de brandmeldinstallatie op dinsdag 12 januari om 8.00 uur. U bent bij haar in uitstekende handen.

Met hartelijke groet,
Annelies Spruijt
""", "'zoals eerder aangegeven' used neutrally, warm"),
    (5, "bad", "condescension", "Controle 12 januari",
     """
Geachte heer Hooftman,

Op dinsdag 12 januari om 8.00 uur voert mijn collega Femke Ouwerkerk de halfjaarlijkse controle van de brandmeldinstallatie uit. Zij is nog niet zo lang bij ons, maar voor een eenvoudige installatie als die van u is dat geen bezwaar.

Met vriendelijke groet,
Annelies Spruijt
""", "faint praise of colleague and belittling of the client's installation"),
    (6, "good", None, "Uw eerste behandeling op 21 december",
     """
Geachte mevrouw Overdiep,

Welkom bij onze praktijk! Uw eerste behandeling fysiotherapie staat op maandag 21 december om 11.15 uur. Lukt het onverhoopt niet, laat het ons dan minstens 48 uur van tevoren weten; bij later afzeggen rekenen we 100 % van de behandeling. Dat klinkt streng, maar zo kunnen we de plek nog aan iemand anders geven.

Tot de 21e!
Met vriendelijke groet,
Daan Stoffelsen
""", "welcoming, firm policy explained kindly"),
    (6, "good", None, "Herinnering: afzegregeling",
     """
Geachte mevrouw Overdiep,

Een korte herinnering bij uw eerste behandeling fysiotherapie op maandag 21 december om 11.15 uur: afzeggen kan kosteloos tot 48 uur vooraf, daarna rekenen we 100 %.

Wij zien naar u uit.

Met vriendelijke groet,
Daan Stoffelsen
""", "'herinnering', very short, formal formula used warmly"),
    (6, "bad", "bureaucratic_distance", "Annuleringsvoorwaarden",
     """
Geachte mevrouw Overdiep,

Conform onze algemene voorwaarden wordt u erop gewezen dat afspraken, waaronder de eerste behandeling fysiotherapie op maandag 21 december om 11.15 uur, uiterlijk 48 uur voorafgaand dienen te worden geannuleerd. Bij niet-tijdige annulering wordt 100 % in rekening gebracht. Bezwaren hiertegen worden niet in behandeling genomen.

Hoogachtend,
De administratie
""", "cold legal notice to a new patient, no welcome"),
    (6, "bad", "condescension", "Belangrijk: lees dit even",
     """
Geachte mevrouw Overdiep,

Fijn dat u voor ons kiest. Omdat nieuwe patiënten dit nogal eens vergeten, leg ik het voor de zekerheid nog even rustig uit: uw eerste behandeling fysiotherapie is op maandag 21 december om 11.15 uur. Als u niet kunt, belt u ons minstens 48 uur van tevoren. Doet u dat niet, dan betaalt u 100 %. Zo simpel is het.

Met vriendelijke groet,
Daan Stoffelsen
""", "talks down to the new client, 'zo simpel is het'"),
    (6, "bad", "hostile", "Uw afspraak",
     """
Geachte mevrouw Overdiep,

Welkom! Uw eerste behandeling fysiotherapie is op maandag 21 december om 11.15 uur. Afzeggen kan tot 48 uur vooraf; daarna rekenen we 100 %.

Patiënten die dat één keer vergeten, plannen we daarna niet meer in de ochtend in.

Met vriendelijke groet,
Daan Stoffelsen
""", "warm start, veiled threat in the last line"),
]
