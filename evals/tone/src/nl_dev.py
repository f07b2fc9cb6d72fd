# Dutch tone cases, dev split. Hand-written by the data-tone helper; see ../README.md.

SITS = {
    "tone-nl01": dict(intent="reschedule", recipient_name="mevrouw Anneke de Vries", sender_name="Pieter Jansen",
                      meeting="het overleg over de jaarrekening", meeting_time="dinsdag 12 november om 10.00 uur",
                      reason="een dringende familieaangelegenheid",
                      proposed_times=["donderdag 14 november om 10.00 uur", "vrijdag 15 november om 15.00 uur"],
                      tone="formal", relationship="key"),
    "tone-nl02": dict(intent="late_cancellation", recipient_name="de heer Willem Bakker", sender_name="Sanne Visser",
                      meeting="de inspectie van uw installatie", meeting_time="maandag 4 november om 9.00 uur",
                      reason="een onverwachte verhindering", proposed_times=["woensdag 13 november om 9.00 uur"],
                      policy=dict(notice_hours=48, fee_percent=30), tone="formal", relationship="regular"),
    "tone-nl03": dict(intent="decline", recipient_name="Lotte Smit", sender_name="Daan Mulder",
                      meeting="de lunch voor de lancering van de nieuwe collectie", meeting_time="vrijdag 8 november om 12.30 uur",
                      reason="een volle agenda die week", tone="friendly", relationship="regular"),
    "tone-nl04": dict(intent="no_show_followup", recipient_name="Erik van Dijk", sender_name="Fleur de Boer",
                      meeting="het kennismakingsgesprek", meeting_time="dinsdag 5 november om 11.00 uur",
                      proposed_times=["maandag 18 november om 11.00 uur", "dinsdag 19 november om 16.00 uur"],
                      tone="formal", relationship="new"),
    "tone-nl05": dict(intent="cancellation_policy", recipient_name="Marieke Bos", sender_name="Jeroen Hendriks",
                      policy=dict(notice_hours=24, deposit_percent=25), tone="formal", relationship="new"),
    "tone-nl06": dict(intent="shorten", recipient_name="Femke Dekker", sender_name="Ruben Vermeulen",
                      meeting="de workshop over de nieuwe website", meeting_time="woensdag 20 november om 14.00 uur",
                      duration_minutes=45, reason="ik moet 's avonds in Rotterdam zijn", tone="friendly", relationship="key"),
    "tone-nl07": dict(intent="delegate", recipient_name="Hans Willemsen", sender_name="Ingrid Peters",
                      meeting="de jaarlijkse contractbespreking", meeting_time="donderdag 21 november om 9.30 uur",
                      colleague_name="Thijs van den Berg", reason="mijn zwangerschapsverlof, dat op 18 november begint",
                      tone="formal", relationship="key"),
    "tone-nl08": dict(intent="switch_to_call", recipient_name="Joost Meijer", sender_name="Eva Koster",
                      meeting="de voortgangsbespreking", meeting_time="maandag 25 november om 10.00 uur",
                      reason="de aangekondigde treinstaking", tone="friendly", relationship="regular"),
    "tone-nl09": dict(intent="switch_to_email", recipient_name="mevrouw Ellen Kuipers", sender_name="Bas de Graaf",
                      meeting="de bespreking van de onderhoudsofferte", meeting_time="woensdag 27 november om 15.00 uur",
                      reason="er hoeven alleen nog een paar bedragen gecontroleerd te worden", tone="formal", relationship="regular"),
    "tone-nl10": dict(intent="late_cancellation", recipient_name="Sophie Jacobs", sender_name="Niels Prins",
                      meeting="de fotoshoot voor de catalogus", meeting_time="donderdag 7 november om 14.00 uur",
                      reason="gezondheidsklachten", proposed_times=["dinsdag 19 november om 14.00 uur"],
                      policy=dict(notice_hours=48, fee_percent=50), tone="friendly", relationship="key"),
    "tone-nl11": dict(intent="decline", recipient_name="de heer Frank Hoekstra", sender_name="Monique van Leeuwen",
                      meeting="het jaarlijkse galadiner", meeting_time="zaterdag 30 november om 19.30 uur",
                      reason="Ik heb die avond een familieverplichting die al lang vastligt.", tone="formal", relationship="key"),
    "tone-nl12": dict(intent="reschedule", recipient_name="Iris Brouwer", sender_name="Tim de Wit",
                      meeting="het kennismakingsgesprek per video", meeting_time="dinsdag 26 november om 16.00 uur",
                      reason="omdat ik in Groningen moet zijn",
                      proposed_times=["woensdag 27 november om 16.00 uur", "donderdag 28 november om 10.00 uur"],
                      tone="friendly", relationship="new"),
}

CASES = [
    ("tone-nl01", "good", None, "Overleg jaarrekening: voorstel nieuwe datum",
     """Geachte mevrouw De Vries,

Door een dringende familieaangelegenheid moet ik u helaas vragen ons overleg over de jaarrekening van dinsdag 12 november om 10.00 uur te verplaatsen. Mijn excuses daarvoor.

Ik kan u de volgende momenten voorstellen:
- donderdag 14 november om 10.00 uur
- vrijdag 15 november om 15.00 uur

Past geen van beide, dan stem ik mij graag af op uw agenda.

Met vriendelijke groet,
Pieter Jansen""", "formal u, brief apology"),
    ("tone-nl01", "bad", "wrong_register", "Jaarrekening verzetten?",
     """Hoi Anneke,

Ik heb dinsdag 12 november een dringende familieaangelegenheid, dus het overleg over de jaarrekening om 10.00 uur gaat niet door. Kun jij donderdag 14 november om 10.00 uur of vrijdag 15 november om 15.00 uur? Laat maar even weten!

Groetjes,
Pieter Jansen""", "'Hoi', je/jij and 'groetjes' to a formal key client"),
    ("tone-nl01", "bad", "grovelling", "Mijn welgemeende excuses",
     """Zeer geachte mevrouw De Vries,

Ik weet werkelijk niet hoe ik u mijn excuses moet aanbieden. Door een dringende familieaangelegenheid kan ik niet bij het overleg over de jaarrekening van dinsdag 12 november om 10.00 uur zijn, en ik schaam mij diep voor het ongemak dat ik u bezorg. Ik begrijp volkomen als u teleurgesteld bent in mij.

Als u mij nog een kans wilt geven, zou ik donderdag 14 november om 10.00 uur of vrijdag 15 november om 15.00 uur kunnen, of op elk ander moment, ook 's avonds of in het weekend.

Nogmaals duizendmaal excuses,
Pieter Jansen""", "self-abasing"),

    ("tone-nl02", "good", None, "Inspectie van 4 november: nieuwe afspraak",
     """Geachte heer Bakker,

Ik heb begrip voor de onverwachte verhindering waardoor de inspectie van uw installatie op maandag 4 november om 9.00 uur niet door kon gaan. Ik stel voor de inspectie in te halen op woensdag 13 november om 9.00 uur; laat u mij weten of dat schikt?

Voor de volledigheid: bij annulering binnen 48 uur voor de afspraak brengen wij 30% van de kosten in rekening.

Met vriendelijke groet,
Sanne Visser""", "firm, courteous policy reminder"),
    ("tone-nl02", "bad", "passive_aggression", "Inspectie 4 november",
     """Geachte heer Bakker,

Zoals ik al eerder aangaf, en zoals ook in onze voorwaarden staat, brengen wij bij annulering binnen 48 uur 30% in rekening. Blijkbaar is het nodig dat nog eens te herhalen.

Ik noteer uw onverwachte verhindering voor de inspectie van uw installatie op maandag 4 november om 9.00 uur. Ik kan eventueel woensdag 13 november om 9.00 uur terugkomen, als het dan wel doorgaat.

Met vriendelijke groet,
Sanne Visser""", "'zoals ik al eerder aangaf', 'als het dan wel doorgaat'"),
    ("tone-nl02", "bad", "blame", "Annulering inspectie",
     """Geachte heer Bakker,

Door uw annulering op het laatste moment is de inspectie van uw installatie op maandag 4 november om 9.00 uur in het water gevallen. Onze monteur stond al voor niets in de file en wij hebben er een andere klant voor afgezegd. Met wat betere planning was dit te voorkomen geweest.

Conform onze voorwaarden (binnen 48 uur: 30%) wordt dit in rekening gebracht. Nieuwe datum: woensdag 13 november om 9.00 uur.

Sanne Visser""", "blames and lectures"),

    ("tone-nl03", "good", None, "Lunch van 8 november",
     """Hoi Lotte,

Leuk dat je me uitnodigt voor de lunch bij de lancering van de nieuwe collectie op vrijdag 8 november! Helaas zit mijn agenda die week helemaal vol, dus ik kan er niet bij zijn.

Ik ben wel heel benieuwd naar de collectie; stuur je me de presentatie als dat uitkomt?

Groetjes,
Daan Mulder""", "warm, short, je in a friendly note"),
    ("tone-nl03", "bad", "coldness", "Lunch",
     """Ik kan niet aanwezig zijn bij de lunch voor de lancering van de nieuwe collectie op vrijdag 8 november om 12.30 uur. Volle agenda.

Daan Mulder""", "no greeting, no thanks, friendly relationship"),
    ("tone-nl03", "bad", "bureaucratic_distance", "Betreft: uitnodiging lunch",
     """Geachte mevrouw Smit,

Hierbij bevestigen wij de ontvangst van uw uitnodiging inzake de lunch voor de lancering van de nieuwe collectie, gepland op vrijdag 8 november om 12.30 uur. Na beoordeling is gebleken dat de agenda van ondergetekende in de betreffende week volledig bezet is. Derhalve kan aan uw verzoek geen gevolg worden gegeven.

Hoogachtend,
Daan Mulder""", "officialese, passive, 'ondergetekende', for a friendly invitation"),

    ("tone-nl04", "good", None, "Ons kennismakingsgesprek van 5 november",
     """Geachte heer Van Dijk,

Op dinsdag 5 november om 11.00 uur heb ik u helaas niet gezien bij ons kennismakingsgesprek. Ik hoop dat er niets vervelends is gebeurd.

Als u nog graag kennismaakt, kan ik u de volgende momenten voorstellen:
- maandag 18 november om 11.00 uur
- dinsdag 19 november om 16.00 uur

Met vriendelijke groet,
Fleur de Boer""", "concerned, no reproach"),
    ("tone-nl04", "bad", "sarcasm", "Kennismakingsgesprek",
     """Geachte heer Van Dijk,

Dank voor het heerlijke halfuurtje rust dat u mij dinsdag 5 november om 11.00 uur gunde, toen ik in de vergaderzaal op u zat te wachten voor ons kennismakingsgesprek. Echt een aanrader.

Mocht u ooit zin hebben om daadwerkelijk te komen: maandag 18 november om 11.00 uur of dinsdag 19 november om 16.00 uur.

Met vriendelijke groet,
Fleur de Boer""", "ironic thanks"),
    ("tone-nl04", "bad", "condescension", "Gemiste afspraak",
     """Geachte heer Van Dijk,

U bent dinsdag 5 november om 11.00 uur niet op het kennismakingsgesprek verschenen. Dat gebeurt vaker bij nieuwe klanten, die nog niet gewend zijn aan een zakelijke agenda. Ik raad u aan de volgende afspraak ergens op te schrijven waar u hem ziet.

Ik kan u ontvangen op maandag 18 november om 11.00 uur of dinsdag 19 november om 16.00 uur.

Fleur de Boer""", "talks down to a new client"),

    ("tone-nl05", "good", None, "Onze annuleringsvoorwaarden",
     """Geachte mevrouw Bos,

Wat fijn dat u voor ons kiest. Voor de duidelijkheid zet ik onze annuleringsvoorwaarden even op een rij:
- bij de boeking vragen wij een aanbetaling van 25%;
- annuleren kan kosteloos tot 24 uur voor de afspraak.

Heeft u vragen, dan hoor ik het graag.

Met vriendelijke groet,
Jeroen Hendriks""", "welcoming, clear"),
    ("tone-nl05", "good", None, "Annuleringsvoorwaarden",
     """Geachte mevrouw Bos,

Ter informatie: wij vragen een aanbetaling van 25% bij de boeking en annuleringen graag uiterlijk 24 uur van tevoren.

Dank voor uw begrip, en wij kijken uit naar de samenwerking.

Met vriendelijke groet,
Jeroen Hendriks""", "short and firm, polite"),
    ("tone-nl05", "bad", "condescension", "Lees dit goed door",
     """Geachte mevrouw Bos,

Nieuwe klanten lezen de kleine lettertjes zelden, dus ik leg onze voorwaarden hieronder zo eenvoudig mogelijk uit.

Aanbetaling: 25% bij de boeking. Annuleren: minstens 24 uur van tevoren, dus de dag ervoor op hetzelfde tijdstip en niet pas 's ochtends.

Lees dit gerust nog een keer als het niet meteen duidelijk is.

Jeroen Hendriks""", "'nieuwe klanten lezen de kleine lettertjes zelden'"),

    ("tone-nl06", "good", None, "Workshop woensdag iets korter?",
     """Hoi Femke,

Zou je het goed vinden als we de workshop over de nieuwe website van woensdag 20 november om 14.00 uur in 45 minuten doen? Ik moet 's avonds in Rotterdam zijn. Ik maak een strakke agenda zodat we het belangrijkste zeker behandelen.

Laat je even weten of dat past?

Tot woensdag!
Ruben Vermeulen""", "friendly, asks rather than imposes"),
    ("tone-nl06", "bad", "mock_enthusiasm", "FANTASTISCH NIEUWS!!!",
     """Hoi Femke!!!

Fantastisch nieuws: de workshop over de nieuwe website van woensdag 20 november om 14.00 uur duurt maar 45 minuten!!! Geweldig toch? Minder vergaderen = meer geluk!!! Oké, eigenlijk omdat ik 's avonds in Rotterdam moet zijn, maar wat een feest!!!

Ik heb er zóóó veel zin in!!!
Ruben Vermeulen""", "forced cheer dressing up a cut"),
    ("tone-nl06", "good", None, "Woensdag",
     """Hoi Femke,

Ik moet woensdagavond in Rotterdam zijn: zullen we de workshop over de nieuwe website om 14.00 uur houden, maar in 45 minuten? Dank je!

Ruben Vermeulen""", "very short, friendly"),

    ("tone-nl07", "good", None, "Contractbespreking van 21 november",
     """Geachte heer Willemsen,

Vanaf 18 november ben ik met zwangerschapsverlof. De jaarlijkse contractbespreking van donderdag 21 november om 9.30 uur neemt mijn collega Thijs van den Berg daarom van mij over; ik draag het volledige dossier aan hem over.

Hartelijk dank voor uw vertrouwen.

Met vriendelijke groet,
Ingrid Peters""", "formal handover, no promise during leave"),
    ("tone-nl07", "bad", "over_familiarity", "Hé Hans!",
     """Hé Hansje!

Goed nieuws: ik ga vanaf 18 november met zwangerschapsverlof, dus mijn maatje Thijs van den Berg doet donderdag 21 november om 9.30 uur de contractbespreking met je. Supergezellige gast, jullie gaan lachen!

Dikke knuffel,
Ingrid Peters""", "nickname, 'dikke knuffel' to a formal key client"),
    ("tone-nl07", "bad", "phishing_like", "DRINGEND: verificatie vereist",
     """Geachte heer Willemsen,

In verband met mijn zwangerschapsverlof vanaf 18 november neemt Thijs van den Berg de jaarlijkse contractbespreking van donderdag 21 november om 9.30 uur over.

Voor de overdracht van uw dossier dient u BINNEN 24 UUR uw inloggegevens (gebruikersnaam en wachtwoord) en het IBAN van uw bedrijf te bevestigen via onderstaande link:
http://dossier-verificatie-veilig.info/login

Zonder bevestiging wordt uw contract opgeschort.

Ingrid Peters""", "urgent link, credentials, IBAN, threat"),

    ("tone-nl08", "good", None, "Maandag even bellen?",
     """Hoi Joost,

Met de aangekondigde treinstaking stel ik voor dat we de voortgangsbespreking van maandag 25 november om 10.00 uur telefonisch doen in plaats van op kantoor. Zelfde tijd, ik bel jou?

Fijn weekend,
Eva Koster""", "short, warm, practical"),
    ("tone-nl08", "good", None, "Maandag 10.00 uur",
     """Hoi Joost,

Maandag is er een treinstaking aangekondigd: zullen we de voortgangsbespreking om 10.00 uur gewoon houden, maar dan via Teams of telefoon, wat jij het liefst hebt?

Tot maandag!
Eva Koster""", "very short"),
    ("tone-nl08", "bad", "hostile", "Maandag",
     """Joost,

Met die treinstaking ga ik echt niet de halve stad door voor de voortgangsbespreking van maandag 25 november om 10.00 uur. Eerlijk gezegd had dit voor wat we te bespreken hebben vanaf het begin een telefoontje moeten zijn. We bellen, klaar.

Eva Koster""", "aggressive, dismissive"),

    ("tone-nl09", "good", None, "Onderhoudsofferte: verder per e-mail",
     """Geachte mevrouw Kuipers,

Voor de bespreking van de onderhoudsofferte op woensdag 27 november om 15.00 uur hoeven alleen nog een paar bedragen gecontroleerd te worden. Om u tijd te besparen stel ik voor dat per e-mail af te ronden: morgen stuur ik u een overzicht, en als er vragen zijn bellen we natuurlijk even.

Met vriendelijke groet,
Bas de Graaf""", "formal, serves the client's time"),
    ("tone-nl09", "bad", "sarcasm", "Bespreking offerte",
     """Geachte mevrouw Kuipers,

Aangezien een vergadering van een uur blijkbaar onmisbaar is om drie bedragen te controleren, wil ik u dat genoegen natuurlijk niet ontnemen. Mocht u echter bereid zijn een e-mail te lezen, dan kunnen we ons de bespreking van woensdag 27 november om 15.00 uur besparen.

Met vriendelijke groet,
Bas de Graaf""", "ironic"),
    ("tone-nl09", "bad", "passive_aggression", "Re: bespreking offerte",
     """Geachte mevrouw Kuipers,

Zoals ik in mijn vorige mail al schreef, hoeven er alleen nog een paar bedragen gecontroleerd te worden, en dat kan prima per e-mail. Ik herhaal mijn voorstel daarom nog maar eens: de bespreking van woensdag 27 november om 15.00 uur laten vervallen en het schriftelijk afhandelen.

Hopelijk is het zo duidelijker,
Bas de Graaf""", "'zoals ik in mijn vorige mail al schreef', 'hopelijk is het zo duidelijker'"),

    ("tone-nl10", "good", None, "Fotoshoot: eerst beterschap",
     """Hoi Sophie,

Allereerst beterschap, ik hoop dat je je alweer wat beter voelt. Voor de fotoshoot voor de catalogus die we donderdag 7 november om 14.00 uur hadden, kan ik dinsdag 19 november om 14.00 uur voorstellen.

Voor de duidelijkheid: volgens onze voorwaarden rekenen we 50% bij annuleren binnen 48 uur; daar hebben we het rustig over als je weer opgeknapt bent.

Hartelijke groet,
Niels Prins""", "warm with a key client, policy gentle"),
    ("tone-nl10", "bad", "blame", "Annulering fotoshoot",
     """Sophie,

Door jouw afzegging voor de fotoshoot voor de catalogus van donderdag 7 november om 14.00 uur zaten we met de gebakken peren: studio gehuurd, fotograaf betaald, allemaal voor niets. Ik snap dat je gezondheidsklachten had, maar je had het eerder kunnen melden.

De 50% voor annuleren binnen 48 uur wordt in rekening gebracht. We kunnen het dinsdag 19 november om 14.00 uur overdoen.

Niels Prins""", "blames a sick key client"),
    ("tone-nl10", "bad", "sarcasm", "Geen probleem hoor!",
     """Hoi Sophie,

Geen enkel probleem hoor! Een hele studio inrichten voor niks is zo'n beetje onze favoriete hobby. Ik hoop dat je gezondheidsklachten over zijn, zodat de fotoshoot voor de catalogus dinsdag 19 november om 14.00 uur eindelijk eens doorgaat.

O ja, kleine herinnering: binnen 48 uur annuleren = 50% kosten. Maar verder maakt het echt niet uit.

Niels Prins""", "'onze favoriete hobby'"),

    ("tone-nl11", "good", None, "Galadiner van 30 november",
     """Geachte heer Hoekstra,

Hartelijk dank voor uw uitnodiging voor het jaarlijkse galadiner op zaterdag 30 november om 19.30 uur. Ik heb die avond helaas een familieverplichting die al lang vastligt, en kan er daarom niet bij zijn.

Ik wens u een prachtige avond en zie u graag binnenkort weer.

Met vriendelijke groet,
Monique van Leeuwen""", "gracious decline of an event, no call offered"),
    ("tone-nl11", "bad", "grovelling", "Mijn oprechte excuses",
     """Zeer geachte heer Hoekstra,

Het spijt mij ontzettend, en ik schaam mij om het u te moeten schrijven: door een familieverplichting die al lang vastligt kan ik niet naar het jaarlijkse galadiner op zaterdag 30 november om 19.30 uur komen. Ik weet hoeveel deze avond voor u betekent en ik vergeef het mezelf niet dat ik u teleurstel. Ik hoop vurig dat u het mij niet kwalijk neemt.

Met ontelbare excuses,
Monique van Leeuwen""", "shame, repeated apologies"),
    ("tone-nl11", "good", None, "Galadiner",
     """Geachte heer Hoekstra,

Dank u wel voor de uitnodiging voor het galadiner op 30 november. Door een familieverplichting kan ik helaas niet komen; ik wens u een heel mooie avond.

Met vriendelijke groet,
Monique van Leeuwen""", "short and gracious"),

    ("tone-nl12", "good", None, "Ons videogesprek van dinsdag",
     """Hoi Iris,

Ik moet dinsdag 26 november in Groningen zijn, waardoor ons kennismakingsgesprek per video om 16.00 uur niet lukt. Kunnen we het verzetten naar woensdag 27 november om 16.00 uur of donderdag 28 november om 10.00 uur?

Sorry voor de wijziging, en tot snel!
Tim de Wit""", "friendly with a new client"),
    ("tone-nl12", "bad", "phishing_like", "Actie vereist: bevestig uw tijdslot",
     """Hoi Iris,

Omdat ik dinsdag 26 november in Groningen moet zijn, is ons kennismakingsgesprek per video van 16.00 uur verplaatst. Om je tijdslot (woensdag 27 november om 16.00 uur of donderdag 28 november om 10.00 uur) te behouden, klik je binnen 2 uur op de beveiligde link hieronder en vul je je creditcardgegevens in. Anders wordt je dossier gesloten:
https://bit.ly/bevestig-slot-betaling

Tim de Wit""", "urgent link, card details"),
    ("tone-nl12", "bad", "coldness", "Verplaatsing",
     """Kennismakingsgesprek dinsdag 26 november 16.00 uur vervalt (Groningen). Beschikbaar: woensdag 27 november 16.00 uur, donderdag 28 november 10.00 uur. Graag keuze doorgeven.

Tim de Wit""", "telegraphic, no greeting, friendly note to a new client"),
]

# Second batch: subtler cases, and good drafts that use phrases a naive cue list would flag.
SITS.update({
    "tone-nl21": dict(intent="no_show_followup", recipient_name="mevrouw Carla Timmermans", sender_name="Pieter Jansen",
                      meeting="ons maandelijkse overleg", meeting_time="dinsdag 3 december om 10.00 uur",
                      proposed_times=["donderdag 5 december om 10.00 uur"], tone="formal", relationship="key"),
    "tone-nl22": dict(intent="decline", recipient_name="Ruud Bosch", sender_name="Ellen Smeets",
                      meeting="het jubileumfeest", meeting_time="vrijdag 13 december om 19.00 uur",
                      reason="de bruiloft van mijn zus", tone="friendly", relationship="key"),
    "tone-nl23": dict(intent="late_cancellation", recipient_name="de heer Kees Mulder", sender_name="Annemiek Vos",
                      meeting="het adviesgesprek", meeting_time="woensdag 4 december om 14.00 uur",
                      reason="een intern overleg", proposed_times=["dinsdag 10 december om 14.00 uur"],
                      policy=dict(notice_hours=24, fee_percent=50), tone="formal", relationship="regular"),
})

CASES += [
    ("tone-nl21", "good", None, "Ons maandelijkse overleg",
     """Geachte mevrouw Timmermans,

Graag kom ik even bij u terug: dinsdag 3 december om 10.00 uur is ons maandelijkse overleg helaas niet doorgegaan. Ik hoop dat alles goed met u is.

Zou donderdag 5 december om 10.00 uur u schikken? Een ander moment is natuurlijk ook goed.

Met vriendelijke groet,
Pieter Jansen""", "'graag kom ik even bij u terug' is standard courtesy"),
    ("tone-nl21", "bad", "passive_aggression", "Overleg van 3 december",
     """Geachte mevrouw Timmermans,

Voor zover ik weet was u dinsdag 3 december om 10.00 uur niet aanwezig bij ons maandelijkse overleg. Ik begrijp natuurlijk dat uw agenda een stuk voller is dan de mijne.

Mocht het u niet al te veel moeite kosten, dan stel ik donderdag 5 december om 10.00 uur voor.

Met vriendelijke groet,
Pieter Jansen""", "'voor zover ik weet', 'uw agenda een stuk voller dan de mijne', 'niet al te veel moeite'"),
    ("tone-nl21", "bad", "coldness", "Afwezigheid maandelijks overleg",
     """Mevrouw,

U was afwezig bij het maandelijkse overleg van dinsdag 3 december om 10.00 uur. Volgende mogelijkheid: donderdag 5 december om 10.00 uur. Graag bevestigen.

Pieter Jansen""", "correct but icy towards a key client"),

    ("tone-nl22", "good", None, "Jubileumfeest: ik heb een goed excuus",
     """Hoi Ruud,

Je gelooft het niet: mijn zus heeft uitgerekend vrijdag 13 december uitgekozen om te trouwen! Ik sta dus op de bruiloft en mis helaas jullie jubileumfeest.

Ik wens jullie een geweldig feest, en ik reken op foto's!

Hartelijke groet,
Ellen Smeets""", "light humour, warm"),
    ("tone-nl22", "bad", "sarcasm", "Jubileumfeest",
     """Hoi Ruud,

Wat jammer nou, ik had me er zó op verheugd om mijn vrijdagavond door te brengen met speeches over jullie jubileum! Helaas is de bruiloft van mijn zus op dezelfde dag, vrijdag 13 december. Ik kom er wel overheen.

Ellen Smeets""", "mock regret mocking the client's event"),
    ("tone-nl22", "good", None, "Vrijdagavond",
     """Hoi Ruud,

Sorry, vrijdagavond sta ik op de bruiloft van mijn zus! Heel veel plezier op het jubileumfeest, ik hoor graag hoe het was.

Groet,
Ellen Smeets""", "very short, warm"),

    ("tone-nl23", "good", None, "Adviesgesprek van 4 december",
     """Geachte heer Mulder,

Dank voor uw bericht over het adviesgesprek van woensdag 4 december om 14.00 uur; ik begrijp dat een intern overleg soms onverwacht voorrang krijgt.

Zoals in onze voorwaarden staat, brengen wij bij annulering binnen 24 uur 50% in rekening. Ik weet dat dat nooit prettig is en dank u voor uw begrip.

Zullen we het gesprek inhalen op dinsdag 10 december om 14.00 uur?

Met vriendelijke groet,
Annemiek Vos""", "firm policy with empathy"),
    ("tone-nl23", "bad", "condescension", "Adviesgesprek 4 december",
     """Geachte heer Mulder,

Ik begrijp heel goed dat een intern overleg voor u belangrijker leek. Ik leg u voor de duidelijkheid nog even uit wat "binnen 24 uur" in onze voorwaarden betekent: dat het adviesgesprek van woensdag 4 december om 14.00 uur voor 50% in rekening wordt gebracht.

Als dat voor u eenvoudiger is, kunnen we dinsdag 10 december om 14.00 uur verder.

Annemiek Vos""", "re-explaining a simple rule"),
    ("tone-nl23", "bad", "hostile", "Annulering 4 december",
     """Geachte heer Mulder,

Met alle respect, maar het adviesgesprek van woensdag 4 december om 14.00 uur afzeggen voor een intern overleg laat zien hoe weinig u ons werk waardeert. De 50% wordt in rekening gebracht, en ik waarschuw u dat dit de laatste keer is dat wij zulk gedrag accepteren.

Dinsdag 10 december om 14.00 uur, als u zich dan verwaardigt te komen.

Annemiek Vos""", "hostility behind a polite formula"),
]
