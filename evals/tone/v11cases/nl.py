"""Dutch v11 tone cases (hand-written by data-am, 2026-12-07). Layout 1/2 2/1 2/2 1/1 3/2 1/2 2/2."""

from __future__ import annotations

SITS = {
    1: {"intent": "late_cancellation", "recipient_name": "Mevrouw Ingeborg Terpstra-Wielinga", "sender_name": "Maarten Koopmanschap",
        "tone": "formal", "relationship": "key",
        "meeting": "jaarlijkse inspectie van het koelsysteem", "meeting_time": "dinsdag 1 december om 8.00 uur",
        "proposed_times": ["donderdag 17 december om 8.00 uur"], "policy": {"notice_hours": 48, "fee_percent": 25}},
    2: {"intent": "reschedule", "recipient_name": "Sanne Hoogenboezem", "sender_name": "Ruben Sieswerda",
        "tone": "friendly", "relationship": "new",
        "meeting": "kennismakingsgesprek over jullie nieuwe huisstijl", "meeting_time": "woensdag 9 december om 14.00 uur",
        "proposed_times": ["vrijdag 11 december om 10.00 uur", "maandag 14 december om 14.00 uur"],
        "reason": "een zieke collega"},
    3: {"intent": "delegate", "recipient_name": "Joost Vermeiren-Daalhuis", "sender_name": "Lieke Brouwershaven",
        "tone": "friendly", "relationship": "regular", "colleague_name": "Emre Demirkaya",
        "meeting": "pasafspraak voor je trouwpak", "meeting_time": "zaterdag 12 december om 11.00 uur",
        "reason": "mijn zwangerschapsverlof"},
    4: {"intent": "switch_to_call", "recipient_name": "De heer Cornelis Oudemolen", "sender_name": "Femke Wijnberg-Stam",
        "tone": "formal", "relationship": "regular",
        "meeting": "overleg over de jaarrekening van uw stichting", "meeting_time": "donderdag 10 december om 15.30 uur",
        "reason": "de verwachte sneeuwval"},
    5: {"intent": "cancellation_policy", "recipient_name": "Marieke Ouwerkerk-Blom", "sender_name": "Thijs Lammerding",
        "tone": "friendly", "relationship": "key",
        "meeting": "teamuitje met workshop glasblazen", "meeting_time": "vrijdag 15 januari om 13.00 uur",
        "policy": {"notice_hours": 72, "fee_percent": 50}},
    6: {"intent": "shorten", "recipient_name": "Mevrouw Hadewych Brinkgreve", "sender_name": "Jeroen Kleinjan-Heck",
        "tone": "formal", "relationship": "new",
        "meeting": "intakegesprek voor uw verbouwingsaanvraag", "meeting_time": "maandag 4 januari om 9.30 uur",
        "duration_minutes": 45, "reason": "een spoedzitting van de welstandscommissie"},
    7: {"intent": "no_show_followup", "recipient_name": "Bram Okkerse", "sender_name": "Yvette Heukelomsma",
        "tone": "friendly", "relationship": "regular",
        "meeting": "bootcamptraining in het park", "meeting_time": "donderdag 3 december om 7.00 uur",
        "proposed_times": ["dinsdag 8 december om 7.00 uur"]},
}

CASES = [
    # 1 late cancellation, formal, key: 1 good, 2 bad
    (1, "good", None, "Inspectie koelsysteem: nieuwe datum",
     """
Geachte mevrouw Terpstra-Wielinga,

Dank voor uw bericht over de jaarlijkse inspectie van het koelsysteem van dinsdag 1 december om 8.00 uur. Omdat de afzegging binnen 48 uur viel, brengen wij zoals afgesproken 25% van het tarief in rekening; dat ziet u terug op de decemberfactuur.

Onze monteur kan op donderdag 17 december om 8.00 uur langskomen. Past dat bij u?

Met vriendelijke groet,
Maarten Koopmanschap
""", "formal, fee stated plainly, 'zoals afgesproken' used kindly"),
    (1, "bad", "bureaucratic_distance", "Afzegging inspectie 01-12",
     """
Geachte mevrouw,

Hierbij bevestigen wij de ontvangst van uw afzegging van de jaarlijkse inspectie van het koelsysteem d.d. dinsdag 1 december om 8.00 uur. Conform artikel 9.2 van onze algemene voorwaarden wordt bij annulering binnen 48 uur 25% van het overeengekomen bedrag gefactureerd.

Een vervangende afspraak kan worden ingepland op donderdag 17 december om 8.00 uur, mits tijdig schriftelijk bevestigd.

Hoogachtend,
Afdeling Planning, namens Maarten Koopmanschap
""", "article numbers and 'd.d.', 'hoogachtend' to a key client; nothing wrong on the surface"),
    (1, "bad", "passive_aggression", "Re: inspectie koelsysteem",
     """
Geachte mevrouw Terpstra-Wielinga,

Zoals ik in mijn vorige mail al schreef, geldt voor de jaarlijkse inspectie van het koelsysteem een afzegtermijn van 48 uur. Uw afzegging voor dinsdag 1 december om 8.00 uur kwam later binnen, dus wij berekenen 25%.

Ik stel donderdag 17 december om 8.00 uur voor en ga ervan uit dat deze afspraak wél doorgaat.

Met vriendelijke groet,
Maarten Koopmanschap
""", "'zoals ik in mijn vorige mail al schreef' and the barbed 'wél doorgaat'"),

    # 2 reschedule, friendly, new: 2 good, 1 bad
    (2, "good", None, "Ons kennismakingsgesprek",
     """
Hoi Sanne,

Vervelend, maar door een zieke collega moet ik ons kennismakingsgesprek over jullie nieuwe huisstijl van woensdag 9 december om 14.00 uur verzetten. Kan vrijdag 11 december om 10.00 uur of maandag 14 december om 14.00 uur ook?

Ik kijk er nog steeds erg naar uit!

Groet,
Ruben
""", "friendly, short apology, enthusiasm that is genuine"),
    (2, "good", None, "Nieuwe tijd voor woensdag",
     """
Hoi Sanne,

Helaas gooit een zieke collega mijn week om. Zullen we het kennismakingsgesprek over jullie nieuwe huisstijl van woensdag 9 december om 14.00 uur verplaatsen naar vrijdag 11 december om 10.00 uur of maandag 14 december om 14.00 uur? Sorry voor het gedoe.

Ruben
""", "blunt but kind; 'helaas' used plainly"),
    (2, "bad", "condescension", "Verzetten gesprek",
     """
Hoi Sanne,

Door een zieke collega verschuift het kennismakingsgesprek over jullie nieuwe huisstijl van woensdag 9 december om 14.00 uur naar vrijdag 11 december om 10.00 uur of maandag 14 december om 14.00 uur.

Geen ramp overigens: dan heb je wat meer tijd om je in te lezen in wat een huisstijl eigenlijk inhoudt. Veel startende bedrijven denken dat het gewoon een logo is, haha.

Groet,
Ruben
""", "condescending to a new client in the last paragraph"),

    # 3 delegate, friendly, regular: 2 good, 2 bad
    (3, "good", None, "Je pasafspraak op 12 december",
     """
Hoi Joost,

Goed nieuws en een kleine wijziging: vanwege mijn zwangerschapsverlof neemt mijn collega Emre Demirkaya je pasafspraak voor je trouwpak op zaterdag 12 december om 11.00 uur over. Hij heeft alle maten en mijn aantekeningen, en hij is echt de beste in het afspelden van een broek.

Ik wens je een prachtige bruiloft!

Liefs uit het atelier,
Lieke
""", "warm, reassuring, genuine praise of the colleague"),
    (3, "good", None, "Pasafspraak zaterdag",
     """
Hoi Joost, vanwege mijn zwangerschapsverlof helpt Emre Demirkaya je zaterdag 12 december om 11.00 uur bij de pasafspraak voor je trouwpak. Alles staat voor hem klaar. Veel plezier!

Lieke
""", "very short but kind"),
    (3, "bad", "passive_aggression", "Pasafspraak 12 december",
     """
Hoi Joost,

Vanwege mijn zwangerschapsverlof doet Emre Demirkaya je pasafspraak voor je trouwpak op zaterdag 12 december om 11.00 uur. Ik had hem graag zelf afgemaakt, maar jij moest die afspraak zo nodig drie keer verschuiven, dus ja.

Maak je om mij vooral geen zorgen hoor, het komt vast goed.

Groetjes,
Lieke
""", "guilt trip with a fake reassurance at the end"),
    (3, "bad", "sarcasm", "Overdracht pasafspraak",
     """
Hoi Joost,

Vanwege mijn zwangerschapsverlof neemt Emre Demirkaya je pasafspraak voor je trouwpak op zaterdag 12 december om 11.00 uur over.

Hij is ontzettend geduldig, dus hij vindt het vast geweldig om voor de vijfde keer te horen dat de revers toch iets smaller moeten.

Groet,
Lieke
""", "sarcasm about the client's changes"),

    # 4 switch to call, formal, regular: 1 good, 1 bad
    (4, "good", None, "Overleg jaarrekening: telefonisch?",
     """
Geachte heer Oudemolen,

Gezien de verwachte sneeuwval stel ik voor ons overleg over de jaarrekening van uw stichting op donderdag 10 december om 15.30 uur telefonisch te houden. Ik stuur u morgen de stukken, zodat we ze samen kunnen doorlopen.

Ik bel u op het bekende nummer, tenzij u liever een videogesprek hebt.

Met vriendelijke groet,
Femke Wijnberg-Stam
""", "formal, practical, considerate"),
    (4, "bad", "coldness", "Wijziging overleg 10-12",
     """
Geachte heer Oudemolen,

In verband met de verwachte sneeuwval vindt het overleg over de jaarrekening van uw stichting op donderdag 10 december om 15.30 uur telefonisch plaats.

Wij vertrouwen erop u hiermee naar behoren te hebben geïnformeerd.

Met vriendelijke groet,
Femke Wijnberg-Stam
""", "decision announced, no offer or warmth, closing formula used coldly"),

    # 5 cancellation policy, friendly, key: 3 good, 2 bad
    (5, "good", None, "Glasblazen 15 januari – even de spelregels",
     """
Hoi Marieke,

Wat leuk dat jullie het teamuitje met workshop glasblazen op vrijdag 15 januari om 13.00 uur bij ons houden! Even de afspraken op een rij: tot 72 uur van tevoren kun je kosteloos annuleren, daarna rekenen we 50%, omdat we dan de ovens al hebben opgestookt.

Vragen? Bel me gerust.

Tot snel,
Thijs
""", "warm, clear, reason for the fee given kindly"),
    (5, "good", None, "Herinnering annuleringsregeling",
     """
Hoi Marieke,

Kleine herinnering voor het teamuitje met workshop glasblazen op vrijdag 15 januari om 13.00 uur: kosteloos annuleren kan tot 72 uur van tevoren, daarna is het 50%. We verheugen ons op jullie!

Thijs
""", "short, 'herinnering' used kindly"),
    (5, "good", None, "Teamuitje: de kleine lettertjes, maar dan vriendelijk",
     """
Hoi Marieke,

De kleine lettertjes, zo kort mogelijk: voor het teamuitje met workshop glasblazen op vrijdag 15 januari om 13.00 uur kun je tot 72 uur vooraf gratis annuleren of het aantal deelnemers aanpassen; daarna brengen we 50% in rekening.

Verder alleen nog: dichte schoenen aan en geen stropdassen (die hebben een voorliefde voor gloeiend glas).

Groetjes,
Thijs
""", "humour that lands, facts intact"),
    (5, "bad", "over_familiarity", "Heyyy glasblazers!!",
     """
Heyyy Marieke schatje!!

Zin in het teamuitje met workshop glasblazen op vrijdag 15 januari om 13.00 uur?? 🔥🔥 Beetje saai, maar moet toch even: binnen 72 uur afzeggen = 50% betalen hè, anders krijg ik op mijn kop van de baas 😜

Dikke knuffel en tot dan, lekker ding!
Thijs
""", "'schatje', 'lekker ding' to a key client"),
    (5, "bad", "hostile", "Teamuitje 15 januari",
     """
Hoi Marieke,

Voor het teamuitje met workshop glasblazen op vrijdag 15 januari om 13.00 uur geldt: kosteloos annuleren tot 72 uur van tevoren, daarna 50%.

Ik zeg het maar eerlijk: na de last-minute afzegging van jullie kerstborrel vorig jaar houden we deze keer streng vast aan die regel, en als het weer gebeurt, kunnen we jullie in het voorjaar helaas niet meer inplannen.

Groet,
Thijs
""", "veiled threat about the relationship with a key client"),

    # 6 shorten, formal, new: 1 good, 2 bad
    (6, "good", None, "Intakegesprek 4 januari",
     """
Geachte mevrouw Brinkgreve,

Vanwege een spoedzitting van de welstandscommissie moet ik het intakegesprek voor uw verbouwingsaanvraag op maandag 4 januari om 9.30 uur helaas beperken tot 45 minuten. Ik stuur u vooraf een korte vragenlijst, zodat we die tijd goed benutten. Mocht u liever een langer gesprek op een andere dag willen, dan plan ik dat graag.

Met vriendelijke groet,
Jeroen Kleinjan-Heck
""", "formal, apologetic, offers help"),
    (6, "bad", "blame", "Intakegesprek ingekort",
     """
Geachte mevrouw Brinkgreve,

Het intakegesprek voor uw verbouwingsaanvraag op maandag 4 januari om 9.30 uur wordt ingekort tot 45 minuten vanwege een spoedzitting van de welstandscommissie. Ik moet daarbij wel opmerken dat die spoedzitting nodig is omdat veel aanvragen, ook de uwe, onvolledig binnenkomen, waardoor de commissie achterloopt en wij alles moeten inhalen. Had uw tekening de juiste maten gehad, dan was dit gesprek wellicht niet eens nodig geweest.

Met vriendelijke groet,
Jeroen Kleinjan-Heck
""", "over-explaining that ends up blaming the new client"),
    (6, "bad", "grovelling", "Mijn oprechte excuses",
     """
Geachte mevrouw Brinkgreve,

Het spijt me oprecht en uit de grond van mijn hart. Door een spoedzitting van de welstandscommissie kan het intakegesprek voor uw verbouwingsaanvraag op maandag 4 januari om 9.30 uur maar 45 minuten duren. Ik besef dat dit een onvergeeflijke start van onze samenwerking is en ik zal het u nooit kwalijk nemen als u een ander bureau kiest.

Nogmaals, duizendmaal excuses.

Uw zeer beschaamde
Jeroen Kleinjan-Heck
""", "grovelling over a 45-minute meeting"),

    # 7 no-show, friendly, regular: 2 good, 2 bad
    (7, "good", None, "Alles oké?",
     """
Hoi Bram,

Ik miste je donderdag 3 december om 7.00 uur bij de bootcamptraining in het park. Alles goed met je? Zin om dinsdag 8 december om 7.00 uur weer aan te sluiten?

Groet,
Yvette
""", "very short, concern first"),
    (7, "good", None, "Donderdagochtend",
     """
Hoi Bram,

De bootcamptraining in het park van donderdag 3 december om 7.00 uur is er bij jou niet van gekomen. Ik hoop dat het niets ernstigs is; zo'n vroeg uur is in december ook geen pretje, dat snap ik.

Ik heb dinsdag 8 december om 7.00 uur voor je vrijgehouden. Laat je even weten of dat lukt?

Sportieve groet,
Yvette
""", "understanding, light, clear next step"),
    (7, "bad", "mock_enthusiasm", "Wat een training!",
     """
Hoi Bram,

Wat een topsessie was het donderdag 3 december om 7.00 uur! Ik heb de bootcamptraining in het park in mijn eentje helemaal afgewerkt, echt super motiverend, aanrader!

Dinsdag 8 december om 7.00 uur weer zo'n feestje? Ik kan niet wachten!!

Yvette
""", "mock enthusiasm about the no-show"),
    (7, "bad", "condescension", "Je training van donderdag",
     """
Hoi Bram,

Je was donderdag 3 december om 7.00 uur niet bij de bootcamptraining in het park. Ik ga je niet de les lezen, maar resultaat komt nu eenmaal alleen met discipline, en die begint bij gewoon komen opdagen. Misschien helpt het om je wekker wat eerder te zetten.

Dinsdag 8 december om 7.00 uur staat voor je klaar.

Yvette
""", "lecturing ('ik ga je niet de les lezen, maar')"),
]
