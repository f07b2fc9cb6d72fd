"""Dutch v4 tone cases: SITS (situation fields without id/language) and CASES (sit, label, flaw, subject, body, note)."""

SITS = {
    1: {"intent": "switch_to_email", "recipient_name": "mevrouw Ingrid van der Linden", "sender_name": "Pieter Kuipers",
        "tone": "formal", "relationship": "regular", "meeting": "voortgangsoverleg over de subsidieaanvraag",
        "meeting_time": "dinsdag 15 december om 13.30 uur", "reason": "er staan alleen nog een paar tekstuele punten open"},
    2: {"intent": "no_show_followup", "recipient_name": "Daan Visser", "sender_name": "Noor Bakker", "tone": "friendly",
        "relationship": "regular", "meeting": "bokstraining", "meeting_time": "donderdag 3 december om 7.00 uur",
        "proposed_times": ["dinsdag 8 december om 7.00 uur"]},
    3: {"intent": "delegate", "recipient_name": "de heer Joost de Wit", "sender_name": "Annelies Smit", "tone": "formal",
        "relationship": "key", "meeting": "jaargesprek over het onderhoudscontract", "meeting_time": "donderdag 17 december om 10.00 uur",
        "colleague_name": "Ruud Hermans", "reason": "een operatie aan mijn knie"},
    4: {"intent": "cancellation_policy", "recipient_name": "Sanne Mulder", "sender_name": "Lotte de Graaf", "tone": "friendly",
        "relationship": "new", "policy": {"notice_hours": 48, "deposit_percent": 25}},
    5: {"intent": "shorten", "recipient_name": "Emma Dekker", "sender_name": "Bram Hendriks", "tone": "friendly",
        "relationship": "key", "meeting": "sprintdemo", "meeting_time": "woensdag 9 december om 15.00 uur",
        "duration_minutes": 45, "reason": "ik moet om vier uur mijn dochter ophalen"},
    6: {"intent": "reschedule", "recipient_name": "dr. Marleen Vos", "sender_name": "Thomas Peeters", "tone": "formal",
        "relationship": "new", "meeting": "intakegesprek", "meeting_time": "vrijdag 11 december om 9.00 uur",
        "reason": "Mijn trein is uitgevallen door een staking.",
        "proposed_times": ["maandag 14 december om 9.00 uur", "dinsdag 15 december om 14.00 uur"]},
    7: {"intent": "late_cancellation", "recipient_name": "mevrouw Samira Bouzid", "sender_name": "Kees Bosman", "tone": "formal",
        "relationship": "regular", "meeting": "bijles wiskunde voor Yara", "meeting_time": "dinsdag 1 december om 16.00 uur",
        "policy": {"notice_hours": 24, "fee_percent": 100}},
    8: {"intent": "decline", "recipient_name": "de heer Willem van Dijk", "sender_name": "Femke Kramer", "tone": "formal",
        "relationship": "new", "meeting": "kennismakingsgesprek over een nieuwe website", "meeting_time": "maandag 21 december om 11.00 uur",
        "reason": "onze planning zit tot en met maart vol"},
}

CASES = [
    (1, "good", None, "Voortgangsoverleg subsidieaanvraag: per e-mail?", """
Geachte mevrouw Van der Linden,

Er staan voor de subsidieaanvraag alleen nog een paar tekstuele punten open. Zullen we die per e-mail afhandelen in plaats van in het voortgangsoverleg van dinsdag 15 december om 13.30 uur? Ik stuur u morgen de punten met mijn voorstel voor de tekst; dan hoeft u er geen tijd in uw agenda voor vrij te maken.

Met vriendelijke groet,
Pieter Kuipers
""", "formal, short, shows the benefit"),
    (1, "bad", "passive_aggression", "Voortgangsoverleg – nogmaals", """
Geachte mevrouw Van der Linden,

Zoals ik in mijn vorige e-mail al aangaf, en voor de volledigheid hierbij nogmaals: er staan alleen nog een paar tekstuele punten open. Het voortgangsoverleg over de subsidieaanvraag van dinsdag 15 december om 13.30 uur lijkt mij dan ook overbodig; we doen het per e-mail.

Ik ga ervan uit dat dit nu duidelijk is.

Met vriendelijke groet,
Pieter Kuipers
""", "'zoals ik in mijn vorige e-mail al aangaf', 'voor de volledigheid nogmaals', 'ik ga ervan uit dat dit nu duidelijk is'"),
    (1, "bad", "bureaucratic_distance", "Wijziging overlegvorm", """
Geachte mevrouw,

Hierbij delen wij u mede dat het voortgangsoverleg over de subsidieaanvraag d.d. dinsdag 15 december om 13.30 uur komt te vervallen. Gelet op het feit dat er alleen nog een paar tekstuele punten openstaan, zal de afhandeling schriftelijk geschieden.

Hoogachtend,
Pieter Kuipers
""", "'hierbij delen wij u mede', 'komt te vervallen', 'geschieden' to a regular contact"),
    (2, "good", None, "Donderdag gemist – dinsdag weer?", """
Hoi Daan,

Ik had je donderdag 3 december om 7.00 uur verwacht voor je bokstraining, maar je was er niet. Alles goed? Dinsdag 8 december om 7.00 uur staat er weer een plek voor je klaar, laat je even weten of je komt?

Groet,
Noor
""", "friendly, curious rather than reproachful"),
    (2, "bad", "sarcasm", "Gezellig, donderdag", """
Hoi Daan,

Nou, dat was een heerlijk rustige bokstraining donderdag 3 december om 7.00 uur: ik heb in m'n eentje een uur naar de deur staan staren. Echt top, dank je! Dinsdag 8 december om 7.00 uur probeer ik het gewoon nog eens, wie weet word ik verrast.

Noor
""", "ironic 'echt top, dank je', 'wie weet word ik verrast'"),
    (2, "bad", "condescension", "Even over donderdag", """
Hoi Daan,

Je was er donderdag 3 december om 7.00 uur niet voor je bokstraining. Ik snap best dat vroeg opstaan moeilijk is als je nog niet zo ver bent met je discipline, dat heeft iedereen in het begin. Dinsdag 8 december om 7.00 uur mag je het opnieuw proberen. Zet gewoon een wekker, dat helpt echt.

Noor
""", "lecturing about discipline, 'zet gewoon een wekker'"),
    (3, "good", None, "Jaargesprek 17 december: Ruud Hermans neemt het over", """
Geachte heer De Wit,

Vanwege een operatie aan mijn knie kan ik het jaargesprek over het onderhoudscontract van donderdag 17 december om 10.00 uur niet zelf voeren. Mijn collega Ruud Hermans neemt het van mij over; hij kent uw installaties en neemt vóór het gesprek contact met u op.

Met vriendelijke groet,
Annelies Smit
""", "formal, calm, clear handover"),
    (3, "bad", "grovelling", "Mijn oprechte excuses", """
Geachte heer De Wit,

Ik schaam me diep en bied u mijn allernederigste excuses aan: door een operatie aan mijn knie kan ik het jaargesprek over het onderhoudscontract van donderdag 17 december om 10.00 uur niet voeren. Ik besef dat ik u hiermee ernstig tekortdoe. Ruud Hermans neemt het over, al kan hij mij natuurlijk nooit helemaal vervangen voor een klant als u.

Nogmaals duizendmaal excuses,
Annelies Smit
""", "'ik schaam me diep', 'allernederigste excuses' for surgery"),
    (3, "bad", "over_familiarity", "Knietje kapot haha", """
Hé Joost, ouwe reus!

Mijn knietje moet onder het mes, dus dat jaargesprek over het onderhoudscontract van donderdag 17 december om 10.00 uur doe je met Ruud Hermans. Beetje jammer, had je graag weer even geknuffeld. Proost op mijn knie, knul!

Xx Annelies
""", "nicknames, 'geknuffeld', 'xx' in a formal key-client mail"),
    (4, "good", None, "Even de afspraken voor je fotoshoot", """
Hoi Sanne,

Leuk dat je geboekt hebt! Voor de duidelijkheid mijn afspraken: bij het vastleggen van de datum vraag ik een aanbetaling van 25 %, en afzeggen of verzetten kan kosteloos tot 48 uur van tevoren.

Vragen? Stuur me gerust een berichtje.

Groetjes,
Lotte
""", "friendly welcome, clear numbers"),
    (4, "bad", "hostile", "Annuleringsvoorwaarden", """
Sanne,

Om gedoe te voorkomen: 25 % aanbetaling vooraf en afzeggen uiterlijk 48 uur van tevoren. Wie later afzegt, is de aanbetaling kwijt en daar ga ik niet over in discussie. Ik heb te vaak meegemaakt dat mensen daar achteraf moeilijk over gaan doen.

Lotte
""", "pre-emptive combativeness ('daar ga ik niet over in discussie') to a new client"),
    (4, "bad", "coldness", "Voorwaarden", """
Sanne,

Aanbetaling: 25 %. Annuleren: minimaal 48 uur van tevoren.

Lotte de Graaf
""", "bare list, no welcome, to a new client in a friendly tone"),
    (5, "good", None, "Sprintdemo woensdag iets korter", """
Hoi Emma,

Ik moet woensdag om vier uur mijn dochter ophalen. Kunnen we de sprintdemo van woensdag 9 december om 15.00 uur op 45 minuten houden? Ik laat de drie nieuwe schermen zien en de rest zet ik in een korte video.

Tot woensdag!
Bram
""", "friendly, offers a substitute for the cut time"),
    (5, "good", None, "Demo woensdag: 45 minuten", """
Hoi Emma,

Kleine wijziging: de sprintdemo van woensdag 9 december om 15.00 uur wordt 45 minuten, omdat ik om vier uur mijn dochter moet ophalen. Ik zorg dat we het belangrijkste eerst doen.

Groet,
Bram
""", "short and plain"),
    (5, "bad", "mock_enthusiasm", "Wat een FEEST, de sprintdemo!!", """
Hoi Emma!!!

Goed nieuws (echt waar!!): de sprintdemo van woensdag 9 december om 15.00 uur wordt 45 minuten, want ik moet om vier uur mijn dochter ophalen!!! Nog MEER tijd over voor al die andere superleuke meetings!!! Ik kan niet wachten!!!

Bram 🎉🎉🎉
""", "'goed nieuws (echt waar!!)', exclamation pile-up, ironic 'superleuke meetings'"),
    (6, "good", None, "Intakegesprek van vrijdag 11 december", """
Geachte mevrouw Vos,

Mijn trein is uitgevallen door een staking, waardoor ik het intakegesprek van vrijdag 11 december om 9.00 uur helaas niet kan halen. Zou maandag 14 december om 9.00 uur of dinsdag 15 december om 14.00 uur u schikken?

Excuses voor het ongemak.

Met vriendelijke groet,
Thomas Peeters
""", "formal, apologetic in proportion"),
    (6, "good", None, "Nieuwe datum intakegesprek", """
Geachte dokter Vos,

Door een staking is mijn trein uitgevallen, dus het intakegesprek van vrijdag 11 december om 9.00 uur lukt mij niet. Het spijt me dat dit al bij onze eerste afspraak gebeurt. Ik kan maandag 14 december om 9.00 uur of dinsdag 15 december om 14.00 uur; welke dag past u het best?

Met vriendelijke groet,
Thomas Peeters
""", "dignified apology, two options"),
    (6, "bad", "wrong_register", "intake vrijdag gaat niet door", """
Hey Marleen!

Balen, m'n trein ligt eruit door zo'n staking, dus vrijdag 11 december om 9.00 uur dat intakegesprek gaat 'm niet worden. Maandag 14 december om 9.00 uur of dinsdag 15 december om 14.00 uur? Zeg het maar, boeit mij niet zo.

Thomas
""", "first name, slang, 'boeit mij niet zo' to a new formal contact"),
    (7, "good", None, "Bijles van dinsdag 1 december", """
Geachte mevrouw Bouzid,

Jammer dat de bijles wiskunde voor Yara van dinsdag 1 december om 16.00 uur niet door kon gaan. Omdat de afzegging binnen 24 uur voor de les kwam, breng ik volgens onze afspraken de volledige les in rekening.

Ik zie Yara graag weer bij de volgende les.

Met vriendelijke groet,
Kees Bosman
""", "formal, firm ('de volledige les' = 100 %), friendly ending"),
    (7, "good", None, "Afzegging bijles", """
Geachte mevrouw Bouzid,

Dank u voor het bericht over de bijles wiskunde voor Yara van dinsdag 1 december om 16.00 uur. Omdat het binnen 24 uur voor de les was, reken ik zoals afgesproken 100 % van het lesgeld. Ik hoop dat alles goed is met Yara.

Met vriendelijke groet,
Kees Bosman
""", "thanks for notice, fee stated, care for the pupil"),
    (7, "bad", "blame", "Afzegging op het laatste moment", """
Geachte mevrouw Bouzid,

U heeft de bijles wiskunde voor Yara van dinsdag 1 december om 16.00 uur binnen 24 uur afgezegd. Dat is niet de eerste keer dat de planning bij u thuis misloopt, en het gaat ten koste van Yara's cijfers. Ik breng daarom 100 % in rekening.

Kees Bosman
""", "blames the parent's household and links it to the child's grades"),
    (8, "good", None, "Uw aanvraag voor een kennismakingsgesprek", """
Geachte heer Van Dijk,

Dank u voor uw interesse. Onze planning zit helaas tot en met maart vol, dus ik moet het kennismakingsgesprek over een nieuwe website van maandag 21 december om 11.00 uur afzeggen. Liever zeg ik dat nu eerlijk dan dat u maanden moet wachten.

Ik wens u veel succes met het project.

Met vriendelijke groet,
Femke Kramer
""", "final decline, honest, no fake 'let's keep in touch'"),
    (8, "good", None, "Kennismakingsgesprek 21 december", """
Geachte heer Van Dijk,

Hartelijk dank voor uw uitnodiging voor een kennismakingsgesprek over een nieuwe website op maandag 21 december om 11.00 uur. Omdat onze planning tot en met maart vol zit, kan ik u helaas niet de aandacht geven die uw project verdient, en zeg ik het gesprek af.

Met vriendelijke groet,
Femke Kramer
""", "gracious, short"),
    (8, "bad", "phishing_like", "Actie vereist: uw aanvraag", """
Geachte heer Van Dijk,

Onze planning zit tot en met maart vol, dus het kennismakingsgesprek over een nieuwe website van maandag 21 december om 11.00 uur gaat niet door. Om op de wachtlijst te blijven, moet u binnen 24 uur inloggen met uw DigiD en bankgegevens via http://kramer-web-wachtlijst.nl-verify.info.

Met vriendelijke groet,
Femke Kramer
""", "urgent login with DigiD and bank details via a suspicious link"),
]
