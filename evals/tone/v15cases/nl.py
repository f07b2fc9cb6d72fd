"""Held-out tone cases v15, Dutch (issue 15): SITS by number, CASES as (situation, label, flaw, subject, body, note)."""

SITS = {
    1: {"intent": "reschedule", "recipient_name": "mevrouw Ingeborg Hofstijzer", "sender_name": "Ruben Hoogerwerff",
        "tone": "formal", "relationship": "key", "meeting": "kwartaaloverleg over de onderhoudsplanning",
        "meeting_time": "donderdag 10 december om 14.00 uur", "proposed_times": ["woensdag 16 december om 10.00 uur"]},
    2: {"intent": "no_show_followup", "recipient_name": "Fenna Ruijgrok", "sender_name": "Jorrit Mulderij",
        "tone": "friendly", "relationship": "regular", "meeting": "kickbokstraining",
        "meeting_time": "dinsdag 1 december om 7.30 uur", "proposed_times": ["vrijdag 11 december om 7.30 uur"],
        "policy": {"fee_percent": 100}},
    3: {"intent": "shorten", "recipient_name": "de heer Maarten Oosterbroek", "sender_name": "Liesbeth Kampinga",
        "tone": "formal", "relationship": "new", "meeting": "intakegesprek voor de dakkapel",
        "meeting_time": "maandag 14 december om 15.30 uur", "duration_minutes": 45},
    4: {"intent": "delegate", "recipient_name": "Sanne Wijnbergen", "sender_name": "Thijs Veldkampers",
        "tone": "friendly", "relationship": "key", "meeting": "proeverij voor het bedrijfsdiner",
        "meeting_time": "donderdag 17 december om 16.00 uur", "colleague_name": "Annelot Spijkerboer"},
    5: {"intent": "switch_to_email", "recipient_name": "de heer Gerrit Zwanikken", "sender_name": "Nadia Wesselingh",
        "tone": "formal", "relationship": "regular", "meeting": "bespreking van de btw-aangifte",
        "meeting_time": "woensdag 9 december om 11.00 uur"},
    6: {"intent": "cancellation_policy", "recipient_name": "mevrouw Josefien Ravesteijn", "sender_name": "Bram Scheltinga",
        "tone": "formal", "relationship": "new", "meeting": "eerste behandeling manuele therapie",
        "meeting_time": "vrijdag 18 december om 8.45 uur", "policy": {"notice_hours": 24, "fee_percent": 75}},
}

CASES = [
    (1, "good", None, "Kwartaaloverleg: nieuw voorstel",
     """Geachte mevrouw Hofstijzer,

Helaas moet ik het kwartaaloverleg over de onderhoudsplanning van donderdag 10 december om 14.00 uur verzetten. Mijn excuses daarvoor.

Zou woensdag 16 december om 10.00 uur u schikken? Zo niet, dan hoor ik graag wat voor u beter uitkomt.

Met vriendelijke groet,
Ruben Hoogerwerff""", "plain apology, one proposal, open to alternatives"),
    (1, "good", None, "Verzetten kwartaaloverleg",
     """Geachte mevrouw Hofstijzer,

Graag verzet ik ons kwartaaloverleg over de onderhoudsplanning van donderdag 10 december om 14.00 uur naar woensdag 16 december om 10.00 uur. Excuses voor de wijziging; laat u weten of dat past?

Met vriendelijke groet,
Ruben Hoogerwerff""", "two sentences, formal, complete"),
    (1, "bad", "over_familiarity", "Ff schuiven?",
     """Hoi Ingeborg!

Het kwartaaloverleg over de onderhoudsplanning van donderdag 10 december om 14.00 uur gaat 'm niet worden, sorry! Woensdag 16 december om 10.00 uur? Dan neem ik wel de stroopwafels mee, haha. Jij bent de beste!

Groetjes,
Ruub""", "key formal client: 'Hoi', je, 'Jij bent de beste', nickname"),
    (1, "bad", "passive_aggression", "Kwartaaloverleg over de onderhoudsplanning",
     """Geachte mevrouw Hofstijzer,

Het kwartaaloverleg over de onderhoudsplanning van donderdag 10 december om 14.00 uur verschuift naar woensdag 16 december om 10.00 uur.

Zoals ik eerder al aangaf, zou het fijn zijn als de storingslijst dit keer vooraf wordt aangeleverd. Wellicht is dat bericht destijds niet goed aangekomen.

Met vriendelijke groet,
Ruben Hoogerwerff""", "'zoals ik eerder al aangaf', 'dit keer', 'wellicht … niet goed aangekomen'"),

    (2, "good", None, "Dinsdagochtend",
     """Hoi Fenna,

Ik heb je dinsdag 1 december om 7.30 uur gemist bij de kickbokstraining. Alles goed? Zoals je weet reken ik bij niet verschijnen 100% van de sessie; die staat op je volgende factuur.

Vrijdag 11 december om 7.30 uur heb ik een plek voor je. Zin?

Jorrit""", "concern first, full fee plainly, new slot"),
    (2, "good", None, "Gemiste training",
     """Hoi Fenna,

Even een herinnering: de kickbokstraining van dinsdag 1 december om 7.30 uur is zonder afmelding voorbijgegaan, dus die reken ik volgens afspraak voor 100%. Geen verwijt hoor, het gebeurt. Vrijdag 11 december om 7.30 uur kan ik je weer inplannen.

Groet,
Jorrit""", "'herinnering', 'volgens afspraak' used kindly"),
    (2, "bad", "sarcasm", "Dinsdag",
     """Hoi Fenna,

Dinsdag 1 december om 7.30 uur stond ik klaar voor de kickbokstraining. Heerlijk trouwens, zo'n rustig halfuurtje alleen in een koude zaal, echt een aanrader. Die sessie reken ik voor 100%.

Vrijdag 11 december om 7.30 uur? Ik neem aan dat de wekker dan wel werkt.

Jorrit""", "sarcasm about waiting and the alarm clock"),
    (2, "bad", "passive_aggression", "Kickbokstraining",
     """Hoi Fenna,

Geeft niks hoor, van dinsdag 1 december om 7.30 uur. Ik was er speciaal vroeg voor opgestaan en had een andere klant afgezegd, maar jij zult er vast je redenen voor hebben gehad. De kickbokstraining reken ik volgens de regels voor 100%.

Vrijdag 11 december om 7.30 uur staat voor je open, als het je uitkomt natuurlijk.

Jorrit""", "guilt trip: 'geeft niks hoor', 'jij zult er vast je redenen voor hebben gehad'"),

    (3, "good", None, "Intakegesprek van maandag 14 december",
     """Geachte heer Oosterbroek,

Voor ons intakegesprek voor de dakkapel op maandag 14 december om 15.30 uur heb ik helaas maar 45 minuten. Om die tijd goed te benutten stuur ik u vooraf een korte vragenlijst.

Excuses voor de kortere duur, en tot maandag.

Met vriendelijke groet,
Liesbeth Kampinga""", "clear, constructive shortening"),
    (3, "good", None, "Duur intakegesprek",
     """Geachte heer Oosterbroek,

Het intakegesprek voor de dakkapel op maandag 14 december om 15.30 uur duurt 45 minuten in plaats van een uur. Als we meer tijd nodig blijken te hebben, plannen we een vervolg.

Met vriendelijke groet,
Liesbeth Kampinga""", "short, neutral, offers a follow-up"),
    (3, "bad", "condescension", "Intakegesprek",
     """Geachte heer Oosterbroek,

Het intakegesprek voor de dakkapel op maandag 14 december om 15.30 uur wordt ingekort tot 45 minuten.

Dat is ruim voldoende, mits u goed voorbereid komt. Veel particulieren onderschatten hoeveel er bij een verbouwing komt kijken, dus ik zal de basis zo eenvoudig mogelijk uitleggen.

Met vriendelijke groet,
Liesbeth Kampinga""", "talks down: 'veel particulieren onderschatten', 'zo eenvoudig mogelijk uitleggen'"),
    (3, "bad", "wrong_register", "Intake maandag",
     """Hoi Maarten,

Even een update: het intakegesprek voor de dakkapel op maandag 14 december om 15.30 uur wordt 45 minuten, ik moet daarna door. Komt vast goed! Als je vragen hebt, app me gerust.

Groetjes,
Liesbeth""", "je, 'Hoi', 'app me' to a new formal client"),

    (4, "good", None, "Proeverij op de 17e",
     """Hoi Sanne,

Balen, ik kan er donderdag 17 december om 16.00 uur niet zelf bij zijn voor de proeverij voor het bedrijfsdiner. Mijn collega Annelot Spijkerboer neemt het van me over; zij kent jullie wensen en weet alles van de wijnen.

Veel plezier, en ik hoor graag wat jullie ervan vinden!

Thijs""", "warm handover to a friendly key client"),
    (4, "good", None, "Proeverij",
     """Hoi Sanne,

Annelot Spijkerboer doet donderdag 17 december om 16.00 uur de proeverij voor het bedrijfsdiner, ik zit zelf helaas vast. Ze is helemaal bijgepraat. Tot snel!

Thijs""", "very short, friendly, clear"),
    (4, "bad", "coldness", "Wijziging contactpersoon",
     """Beste mevrouw Wijnbergen,

De proeverij voor het bedrijfsdiner op donderdag 17 december om 16.00 uur wordt uitgevoerd door Annelot Spijkerboer.

Groet,
T. Veldkampers""", "friendly key client gets a flat notice with surname and initial"),
    (4, "bad", "grovelling", "Sorry sorry sorry",
     """Lieve Sanne,

Ik schaam me echt diep, maar ik kan donderdag 17 december om 16.00 uur niet bij de proeverij voor het bedrijfsdiner zijn. Annelot Spijkerboer neemt het over, al weet ik dat zij nooit kan tippen aan wat jullie van mij gewend zijn. Ik hoop dat je me dit ooit kunt vergeven.

Duizendmaal excuus,
Thijs""", "abject apology, runs down the colleague"),

    (5, "good", None, "Bespreking btw-aangifte per e-mail",
     """Geachte heer Zwanikken,

Zou u het goed vinden als we de bespreking van de btw-aangifte van woensdag 9 december om 11.00 uur per e-mail afhandelen? Ik stuur u vandaag de stukken met mijn toelichting; uw vragen beantwoord ik graag schriftelijk of, als u dat prettiger vindt, alsnog telefonisch.

Met vriendelijke groet,
Nadia Wesselingh""", "asks rather than imposes, offers a call"),
    (5, "good", None, "Btw-aangifte",
     """Geachte heer Zwanikken,

De bespreking van de btw-aangifte van woensdag 9 december om 11.00 uur doen we deze keer per e-mail. De stukken volgen vandaag. Mijn excuses voor de wijziging.

Met vriendelijke groet,
Nadia Wesselingh""", "firm and brief, apology included"),
    (5, "bad", "bureaucratic_distance", "Wijziging afspraak",
     """Geachte heer Zwanikken,

Wij berichten u dat de bespreking van de btw-aangifte van woensdag 9 december om 11.00 uur geen doorgang zal vinden in fysieke vorm. De afhandeling geschiedt voortaan schriftelijk. Eventuele vragen dienen via het daartoe bestemde adres te worden ingediend.

Met de meeste hoogachting,
namens Nadia Wesselingh""", "officialese to a regular client: 'wij berichten u', 'met de meeste hoogachting', 'geschiedt', 'daartoe bestemde'"),
    (5, "bad", "blame", "Bespreking van de btw-aangifte",
     """Geachte heer Zwanikken,

De bespreking van de btw-aangifte van woensdag 9 december om 11.00 uur zetten we om naar e-mail. Omdat uw administratie pas zo laat bij ons binnenkwam, is er simpelweg geen tijd meer om een gesprek goed voor te bereiden.

Met vriendelijke groet,
Nadia Wesselingh""", "blames late paperwork the situation does not mention"),

    (6, "good", None, "Uw eerste behandeling op 18 december",
     """Geachte mevrouw Ravesteijn,

Welkom bij onze praktijk. Uw eerste behandeling manuele therapie staat gepland op vrijdag 18 december om 8.45 uur. Graag wijs ik u op onze annuleringsregeling: afzeggen kan kosteloos tot 24 uur van tevoren; daarna brengen we 75% van het tarief in rekening.

Tot vrijdag!

Met vriendelijke groet,
Bram Scheltinga""", "welcome plus a clear policy"),
    (6, "good", None, "Annuleringsregeling",
     """Geachte mevrouw Ravesteijn,

Ter bevestiging van uw eerste behandeling manuele therapie op vrijdag 18 december om 8.45 uur: bij afmelding binnen 24 uur berekenen wij 75% van het tarief. Daar maken wij helaas geen uitzonderingen op.

Met vriendelijke groet,
Bram Scheltinga""", "plain refusal of exceptions, still polite"),
    (6, "bad", "hostile", "Uw afspraak",
     """Geachte mevrouw Ravesteijn,

Uw eerste behandeling manuele therapie is op vrijdag 18 december om 8.45 uur. Afmelden binnen 24 uur kost 75% van het tarief.

Wij houden bij welke patiënten afspraken laten schieten. Bij herhaling kunnen wij u helaas niet langer als patiënt aanhouden, en u weet hoe lang de wachtlijsten elders zijn.

Met vriendelijke groet,
Bram Scheltinga""", "veiled threat to a new patient in the last lines"),
    (6, "bad", "mock_enthusiasm", "Super dat u komt!!",
     """Geachte mevrouw Ravesteijn,

Wat ontzettend leuk dat u op vrijdag 18 december om 8.45 uur komt voor uw eerste behandeling manuele therapie! En nog leuker: als u binnen 24 uur afzegt, mag u ons maar liefst 75% betalen. Fantastisch toch? Wij kijken er enorm naar uit!

Met vriendelijke groet,
Bram Scheltinga""", "mock enthusiasm wrapped around the fee"),
]
