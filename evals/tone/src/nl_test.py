# Dutch tone cases, TEST split (held out: never tune a scorer on these). Hand-written by the data-tone helper.

SITS = {
    "tone-nl13": dict(intent="switch_to_email", recipient_name="mevrouw Karin Verhoeven", sender_name="Stefan Kok",
                      meeting="de kennismaking over het onderhoudscontract", meeting_time="dinsdag 3 december om 14.00 uur",
                      reason="de vragen zijn vooral technisch en makkelijker schriftelijk te beantwoorden",
                      tone="formal", relationship="new"),
    "tone-nl14": dict(intent="late_cancellation", recipient_name="de heer Willem Bakker", sender_name="Laura Smits",
                      meeting="de fotoshoot van het nieuwe pand", meeting_time="vrijdag 8 november om 10.00 uur",
                      reason="een zieke medewerker", proposed_times=["donderdag 21 november om 10.00 uur"],
                      policy=dict(notice_hours=48, fee_percent=50), tone="formal", relationship="regular"),
    "tone-nl15": dict(intent="decline", recipient_name="Marloes Peeters", sender_name="Koen Jansen",
                      meeting="de borrel na de productlancering", meeting_time="donderdag 12 december om 17.00 uur",
                      reason="Ik ben ziek.", tone="friendly", relationship="key"),
    "tone-nl16": dict(intent="delegate", recipient_name="de heer Gerrit van der Meer", sender_name="Yvonne Kramer",
                      meeting="het overleg over de jaarrekening", meeting_time="maandag 9 december om 10.00 uur",
                      colleague_name="Maarten de Jong", reason="een operatie waarvoor ik twee weken afwezig ben",
                      tone="formal", relationship="key"),
    "tone-nl17": dict(intent="no_show_followup", recipient_name="mevrouw Lisa Vos", sender_name="Martijn Bosman",
                      meeting="de oplevering van het kantoor", meeting_time="woensdag 6 november om 15.00 uur",
                      proposed_times=["maandag 18 november om 15.00 uur"], tone="formal", relationship="regular"),
    "tone-nl18": dict(intent="shorten", recipient_name="Noor Hendriks", sender_name="Sven Willems",
                      meeting="de kick-off van de ERP-implementatie", meeting_time="woensdag 4 december om 9.00 uur",
                      duration_minutes=60, reason="ik heb 's middags een andere afspraak", tone="friendly", relationship="new"),
    "tone-nl19": dict(intent="cancellation_policy", recipient_name="Bram Claes", sender_name="Anouk Maes",
                      policy=dict(notice_hours=24, fee_percent=25), tone="friendly", relationship="regular"),
    "tone-nl20": dict(intent="reschedule", recipient_name="dr. Peter Aarts", sender_name="Rianne Schouten",
                      meeting="de presentatie van het ontwerp", meeting_time="vrijdag 29 november om 11.00 uur",
                      reason="wegens ziekte", proposed_times=["dinsdag 3 december om 11.00 uur", "woensdag 4 december om 14.00 uur"],
                      tone="formal", relationship="new"),
}

CASES = [
    ("tone-nl13", "good", None, "Onderhoudscontract: uw vragen schriftelijk",
     """Geachte mevrouw Verhoeven,

Dank voor uw interesse in ons onderhoudscontract. Omdat uw vragen vooral technisch zijn, denk ik dat ik ze schriftelijk beter en vollediger kan beantwoorden dan in onze kennismaking van dinsdag 3 december om 14.00 uur. Zal ik u deze week een uitgebreide toelichting sturen? Daarna plannen we graag alsnog een gesprek als u dat prettig vindt.

Met vriendelijke groet,
Stefan Kok""", "formal, frames it as better service"),
    ("tone-nl13", "good", None, "Uw vragen over het onderhoudscontract",
     """Geachte mevrouw Verhoeven,

Uw vragen zijn vooral technisch en die beantwoord ik u liever zorgvuldig op papier. Mag ik de kennismaking van dinsdag 3 december daarom per e-mail doen? U hoort deze week nog van mij.

Met vriendelijke groet,
Stefan Kok""", "short, clear"),
    ("tone-nl13", "bad", "condescension", "Uw vragen",
     """Geachte mevrouw Verhoeven,

Uw vragen zijn nogal technisch, en ik merk dat dat voor mensen zonder technische achtergrond in een gesprek vaak lastig te volgen is. Ik zet het daarom liever op papier, dan kunt u het rustig een paar keer nalezen. De kennismaking over het onderhoudscontract op dinsdag 3 december om 14.00 uur laten we dus vervallen.

Met vriendelijke groet,
Stefan Kok""", "implies the client cannot follow"),

    ("tone-nl14", "good", None, "Fotoshoot van 8 november",
     """Geachte heer Bakker,

Vervelend dat de fotoshoot van het nieuwe pand op vrijdag 8 november om 10.00 uur niet door kon gaan door een zieke medewerker; ik hoop dat hij of zij snel herstelt. Ik stel voor de shoot te verplaatsen naar donderdag 21 november om 10.00 uur.

Zoals in onze voorwaarden staat, brengen wij bij annulering binnen 48 uur 50% van het tarief in rekening; de factuur ontvangt u apart.

Met vriendelijke groet,
Laura Smits""", "empathetic and firm"),
    ("tone-nl14", "bad", "phishing_like", "Annuleringskosten direct voldoen",
     """Geachte heer Bakker,

Naar aanleiding van uw annulering van de fotoshoot van het nieuwe pand (vrijdag 8 november om 10.00 uur) dienen de annuleringskosten van 50% BINNEN 24 UUR te worden overgemaakt naar NL91 ABNA 0417 1643 00, of via deze betaallink: http://snel-betalen-veilig.nl/annulering

De nieuwe afspraak op donderdag 21 november om 10.00 uur wordt pas bevestigd na ontvangst van de betaling.

Laura Smits""", "payment details and link under time pressure"),
    ("tone-nl14", "bad", "passive_aggression", "Fotoshoot 8 november",
     """Geachte heer Bakker,

Zoals ik u al eerder heb laten weten, en zoals u ongetwijfeld in onze voorwaarden heeft gelezen, rekenen wij bij annulering binnen 48 uur 50%. Ik ga ervan uit dat ik dat niet nog een keer hoef uit te leggen.

De fotoshoot van het nieuwe pand is verschoven naar donderdag 21 november om 10.00 uur. Hopelijk is iedereen dan gezond.

Laura Smits""", "'zoals ik u al eerder heb laten weten', 'ik ga ervan uit dat ik dat niet nog een keer hoef uit te leggen'"),

    ("tone-nl15", "good", None, "Borrel donderdag",
     """Hoi Marloes,

Wat jammer: ik ben ziek en kan donderdag 12 december helaas niet naar de borrel na de productlancering komen. Ik had er echt zin in!

Veel plezier allemaal en proost op een mooie lancering. Ik bel je als ik weer beter ben.

Groetjes,
Koen Jansen""", "warm, short"),
    ("tone-nl15", "good", None, "Borrel",
     """Hoi Marloes,

Ik ben ziek, dus de borrel van donderdag moet ik helaas laten schieten. Maak er een mooi feest van!

Koen Jansen""", "very short, friendly"),
    ("tone-nl15", "bad", "coldness", "Afmelding borrel",
     """Geachte mevrouw Peeters,

Hierbij meld ik mij af voor de borrel na de productlancering van donderdag 12 december om 17.00 uur wegens ziekte.

Koen Jansen""", "cold formal notice to a friendly key client"),

    ("tone-nl16", "good", None, "Overleg over de jaarrekening op 9 december",
     """Geachte heer Van der Meer,

Vanwege een operatie ben ik twee weken afwezig. Het overleg over de jaarrekening op maandag 9 december om 10.00 uur neemt mijn collega Maarten de Jong daarom over; hij is volledig op de hoogte van uw dossier.

Dank voor uw begrip.

Met vriendelijke groet,
Yvonne Kramer""", "formal handover, no promise of availability during absence"),
    ("tone-nl16", "bad", "over_familiarity", "Gerrit, even tussen ons",
     """Hé Gerrit,

Even tussen ons: ik moet onder het mes, dus ik ben twee weken van de radar. Maarten de Jong doet maandag 9 december om 10.00 uur het overleg over de jaarrekening met je; een toffe peer, jullie gaan het gezellig hebben. Niet te veel cijfers hè ;)

Doei!
Yvonne Kramer""", "chummy tone and winks to a formal key client"),
    ("tone-nl16", "bad", "grovelling", "Mijn nederige excuses",
     """Zeer geachte heer Van der Meer,

Het spijt me verschrikkelijk dat ik u dit moet aandoen. Door een operatie ben ik twee weken afwezig en kan ik het overleg over de jaarrekening op maandag 9 december om 10.00 uur niet zelf doen. Ik besef dat u beter verdient en ik hoop dat u het mij kunt vergeven dat mijn collega Maarten de Jong het van mij overneemt. Ik zal het op alle mogelijke manieren goedmaken.

Met nederige excuses,
Yvonne Kramer""", "apologises for her own surgery"),

    ("tone-nl17", "good", None, "Oplevering van het kantoor",
     """Geachte mevrouw Vos,

Woensdag 6 november om 15.00 uur stond de oplevering van het kantoor gepland, maar we hebben elkaar helaas gemist. Ik hoop dat alles in orde is.

Zullen we de oplevering op maandag 18 november om 15.00 uur doen? Als een ander moment beter past, hoor ik dat graag.

Met vriendelijke groet,
Martijn Bosman""", "concerned, no reproach"),
    ("tone-nl17", "bad", "blame", "Gemiste oplevering",
     """Geachte mevrouw Vos,

U was woensdag 6 november om 15.00 uur niet bij de oplevering van het kantoor, terwijl ons hele team klaarstond. Dat heeft ons een middag werk gekost die we nergens anders meer konden inzetten. Wij verwachten dat u een volgende keer op zijn minst even belt.

Nieuwe datum: maandag 18 november om 15.00 uur.

Martijn Bosman""", "blames, demands"),
    ("tone-nl17", "bad", "hostile", "Oplevering",
     """Mevrouw Vos,

Dit is werkelijk onacceptabel. Woensdag 6 november om 15.00 uur stonden we voor niets bij de oplevering van het kantoor. Als u niet in staat bent een afspraak na te komen, moet u misschien een ander bedrijf zoeken. Maandag 18 november om 15.00 uur, en dan verwacht ik u er ook echt.

Martijn Bosman""", "hostile, threatens the relationship"),

    ("tone-nl18", "good", None, "Kick-off woensdag: een uur?",
     """Hoi Noor,

Ik kijk uit naar de kick-off van de ERP-implementatie op woensdag 4 december om 9.00 uur! Omdat ik 's middags een andere afspraak heb, wil ik voorstellen om het in een uur te doen. Ik stuur vooraf een korte agenda, zodat we de tijd goed benutten.

Past dat voor jou?

Groet,
Sven Willems""", "friendly with a new client"),
    ("tone-nl18", "good", None, "Woensdag 9.00 uur",
     """Hoi Noor,

Zullen we de kick-off van woensdag in een uur doen? Ik heb 's middags nog een afspraak. Agenda volgt morgen.

Groet,
Sven Willems""", "very short, friendly"),
    ("tone-nl18", "bad", "mock_enthusiasm", "Wat een TOP nieuws!!!",
     """Hoi Noor!!!

Wat een TOP nieuws: de kick-off van de ERP-implementatie op woensdag 4 december om 9.00 uur wordt lekker compact, slechts een uur!!! Hoe geweldig is dat?! Ik heb 's middags weliswaar een andere afspraak, maar zo wordt het gewoon nóg leuker!!! Yes!!!

Super enthousiaste groet!!!
Sven Willems""", "forced cheer"),

    ("tone-nl19", "good", None, "Even over annuleren",
     """Hoi Bram,

Handig om te weten voor de komende afspraken: annuleren kan tot 24 uur van tevoren. Daarna rekenen we 25% van het tarief. Zo kunnen we onze planning goed rond houden.

Bedankt voor je begrip, en tot snel!

Groet,
Anouk Maes""", "friendly policy notice"),
    ("tone-nl19", "bad", "bureaucratic_distance", "Betreft: annuleringsbeleid",
     """Geachte heer Claes,

Hierbij wordt u in kennis gesteld van het door onze organisatie gehanteerde annuleringsbeleid. Annuleringen dienen uiterlijk 24 uur voorafgaand aan het overeengekomen tijdstip schriftelijk te worden ingediend. Bij overschrijding van voornoemde termijn zal 25% van het tarief in rekening worden gebracht.

Hoogachtend,
Anouk Maes""", "officialese to a friendly regular contact"),
    ("tone-nl19", "good", None, "Annuleren",
     """Hoi Bram,

Kleine reminder: annuleren kan kosteloos tot 24 uur van tevoren, daarna rekenen we 25%. Dank je!

Anouk Maes""", "short reminder, friendly"),

    ("tone-nl20", "good", None, "Presentatie van het ontwerp: nieuwe datum",
     """Geachte heer Aarts,

Wegens ziekte moet ik de presentatie van het ontwerp op vrijdag 29 november om 11.00 uur helaas verplaatsen. Mijn excuses voor het ongemak.

Ik kan u de volgende momenten voorstellen:
- dinsdag 3 december om 11.00 uur
- woensdag 4 december om 14.00 uur

Met vriendelijke groet,
Rianne Schouten""", "formal, brief"),
    ("tone-nl20", "bad", "wrong_register", "Presentatie verzetten",
     """Hoi Peter,

Ik ben ziek, dus de presentatie van het ontwerp op vrijdag 29 november om 11.00 uur gaat niet door. Kun jij dinsdag 3 december om 11.00 uur of woensdag 4 december om 14.00 uur? Laat maar weten!

Groetjes,
Rianne Schouten""", "'Hoi', je and 'groetjes' to a new formal client"),
    ("tone-nl20", "good", None, "Presentatie 29 november",
     """Geachte heer Aarts,

Door ziekte kan ik vrijdag 29 november helaas niet presenteren. Schikt dinsdag 3 december om 11.00 uur of woensdag 4 december om 14.00 uur u? Excuses voor de verschuiving.

Met vriendelijke groet,
Rianne Schouten""", "very short, formal"),
]

# Second batch: subtler cases.
SITS.update({
    "tone-nl24": dict(intent="switch_to_call", recipient_name="Sem Veenstra", sender_name="Lieke Dijkstra",
                      meeting="onze afspraak op kantoor", meeting_time="maandag 16 december om 9.30 uur",
                      reason="de NS staakt", tone="friendly", relationship="regular"),
    "tone-nl25": dict(intent="reschedule", recipient_name="de heer Gerard Kuiper", sender_name="Marieke van Wijk",
                      meeting="de begrotingsreview", meeting_time="donderdag 19 december om 15.00 uur",
                      reason="een reis die de directie heeft ingepland", proposed_times=["vrijdag 20 december om 10.00 uur"],
                      tone="formal", relationship="key"),
})

CASES += [
    ("tone-nl24", "good", None, "Maandagochtend bellen?",
     """Hoi Sem,

De NS heeft bedacht dat maandag een mooie dag is om te staken, precies op de dag van onze afspraak op kantoor! Zullen we 9.30 uur aanhouden maar telefonisch? Ik bel je, als dat goed is.

Fijne dag,
Lieke Dijkstra""", "light humour about the strike"),
    ("tone-nl24", "bad", "bureaucratic_distance", "Wijziging vorm afspraak",
     """Geachte heer Veenstra,

In verband met de staking bij de NS is besloten dat de afspraak van maandag 16 december om 9.30 uur telefonisch zal plaatsvinden. Nadere informatie omtrent de inbelgegevens wordt u te zijner tijd verstrekt.

Wij verzoeken u hiervan kennis te nemen.

Lieke Dijkstra""", "impersonal 'is besloten' to a friendly regular contact"),
    ("tone-nl24", "good", None, "Maandag 9.30 uur",
     """Hoi Sem,

NS-staking maandag: doen we onze afspraak van 9.30 uur telefonisch? Dank je!

Lieke Dijkstra""", "one-line friendly request"),

    ("tone-nl25", "good", None, "Begrotingsreview van 19 december",
     """Geachte heer Kuiper,

Het spijt me oprecht: door een reis die de directie heeft ingepland moet ik u vragen de begrotingsreview van donderdag 19 december om 15.00 uur te verplaatsen. Ik weet dat het voor u een drukke periode is.

Zou vrijdag 20 december om 10.00 uur u schikken? Past dat niet, dan stem ik mij af op uw agenda.

Met vriendelijke groet,
Marieke van Wijk""", "stronger apology that fits a key client: not grovelling"),
    ("tone-nl25", "bad", "blame", "Begrotingsreview",
     """Geachte heer Kuiper,

Door een reis die de directie heeft ingepland kan ik de begrotingsreview van donderdag 19 december om 15.00 uur niet doen. Eerlijk gezegd was een begrotingsreview plannen op 19 december, midden in de jaarafsluiting, niet uw beste idee; laten we er volgende keer eerder bij zijn.

Ik stel vrijdag 20 december om 10.00 uur voor.

Marieke van Wijk""", "shifts the blame onto the client's choice of date"),
    ("tone-nl25", "bad", "mock_enthusiasm", "Goed nieuws over onze review!",
     """Geachte heer Kuiper,

Goed nieuws: dankzij een reis die de directie heeft ingepland wordt onze begrotingsreview van donderdag 19 december om 15.00 uur een nog efficiëntere review op vrijdag 20 december om 10.00 uur! Een extra dag om uw cijfers te perfectioneren, wat een geluk!

Met enthousiaste groet,
Marieke van Wijk""", "spins an inconvenience as good news"),
]
