"""Dutch (and Flemish) client messages, written by hand (data-messages helper). Labels follow ../README.md."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]
PIETER = ("Pieter Jansen", "pieter@jansenadvies.nl")
EVA = ("Eva Bakker", "eva.bakker@bakkercoaching.nl")

MESSAGES = [
    dict(
        id="001", fmt="eml", split="dev",
        frm=("Sanne de Vries", "s.devries@vanderlinde-groep.nl"), to=PIETER,
        subject="Uitnodiging kwartaalevaluatie Q1", date="Tue, 10 Mar 2026 08:47:00 +0100",
        x_mailer="Microsoft Outlook 16.0",
        body="""Beste Pieter,

Graag nodig ik je uit voor de kwartaalevaluatie van het inkoopproject op donderdag 19 maart om 10.00 uur bij ons op kantoor in Utrecht (Catharijnesingel 52, 4e verdieping).
We verwachten ongeveer anderhalf uur nodig te hebben. Onze financieel directeur sluit ook aan.

Laat je even weten of dit past?

Met vriendelijke groet,

Sanne de Vries
Manager Inkoop
Van der Linde Groep
T: +31 30 234 5678 | M: +31 6 1234 5678

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Indien u dit bericht onterecht heeft ontvangen, wordt u verzocht de afzender direct te informeren en het bericht te verwijderen.""",
        recipient_name="Sanne de Vries", sender_name="Pieter Jansen", sender_name_alternatives=["Pieter"],
        meeting="de kwartaalevaluatie van het inkoopproject",
        meeting_alternatives=["kwartaalevaluatie van het inkoopproject", "kwartaalevaluatie", "het inkoopproject",
                              "Uitnodiging kwartaalevaluatie Q1"],
        meeting_time="donderdag 19 maart om 10.00 uur", meeting_time_iso="2026-03-19T10:00",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="002", fmt="txt", split="test",
        body="""Hoi Pieter,
Kunnen we de sessie over het nieuwe dashboard van dinsdag om half tien verzetten? Ik moet onverwacht naar een klant in Eindhoven. Woensdag 9 december om 13.30 uur of donderdag om half tien zou voor mij wel kunnen.
Groetjes,
Lotte

Verzonden vanaf mijn iPhone""",
        recipient_name="Lotte", sender_name="Pieter",
        meeting="de sessie over het nieuwe dashboard",
        meeting_alternatives=["sessie over het nieuwe dashboard", "het nieuwe dashboard"],
        meeting_time="dinsdag om half tien", meeting_time_iso="2026-12-08T09:30",
        proposed_times=["Woensdag 9 december om 13.30 uur", "donderdag om half tien"],
        proposed_times_iso=["2026-12-09T13:30", "2026-12-10T09:30"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="003", fmt="eml", split="dev",
        frm=("Joost van Dijk", "joost@vandijk-installatietechniek.nl"), to=EVA,
        subject="Re: Coachingsgesprek woensdag 11 november", date="Wed, 11 Nov 2026 07:31:00 +0100",
        in_reply_to="<CAH2r7sK0pL9@mail.gmail.com>",
        body="""Goedemorgen Eva,

Helaas moet ik ons coachingsgesprek van vanochtend 9.00 uur afzeggen. Er is vannacht een lekkage geweest in onze hal en ik moet hier de schade opnemen met de verzekeraar.
Ik weet dat dit erg kort dag is. Wordt dit in rekening gebracht? Dan hoor ik het graag.

Zou maandag 16 november om 9.00 uur ook kunnen?

Met vriendelijke groet,
Joost van Dijk
Directeur | Van Dijk Installatietechniek B.V.
06 - 48 22 91 70""",
        quote="""Op ma 9 nov 2026 om 16:05 schreef Eva Bakker <eva.bakker@bakkercoaching.nl>:
> Hoi Joost,
> Bij deze bevestig ik ons gesprek op woensdag 11 november om 9.00 uur.
> Groet, Eva""",
        recipient_name="Joost van Dijk", sender_name="Eva Bakker", sender_name_alternatives=["Eva"],
        meeting="ons coachingsgesprek", meeting_alternatives=["coachingsgesprek", "Coachingsgesprek woensdag 11 november"],
        meeting_time="vanochtend 9.00 uur", meeting_time_iso="2026-11-11T09:00",
        proposed_times=["maandag 16 november om 9.00 uur"], proposed_times_iso=["2026-11-16T09:00"],
        kind="cancellation", suggested_intents=["late_cancellation", "cancellation_policy"],
    ),
    dict(
        id="004", fmt="txt", split="test",
        body="""Dag mevrouw Bakker,

Mijn excuses dat ik niet op onze afspraak van vrijdag om 14 uur ben geraakt. Ik zat vast op de Antwerpse ring na een ongeval en mijn gsm was plat, waardoor ik u niet kon verwittigen.
Ik zou de loopbaanbegeleiding graag verderzetten. Past maandag 14 december om 10 uur voor u?

Met vriendelijke groeten,
Wouter Peeters
HR-verantwoordelijke – Peeters Bouw NV""",
        recipient_name="Wouter Peeters", sender_name="Bakker", sender_name_alternatives=["mevrouw Bakker"],
        meeting="de loopbaanbegeleiding", meeting_alternatives=["loopbaanbegeleiding", "onze afspraak"],
        meeting_time="vrijdag om 14 uur", meeting_time_iso="2026-12-04T14:00",
        proposed_times=["maandag 14 december om 10 uur"], proposed_times_iso=["2026-12-14T10:00"],
        kind="absence_notice", suggested_intents=["no_show_followup"],
    ),
    dict(
        id="005", fmt="txt", split="dev",
        body="""Goedemiddag,
Wij overwegen om voor ons managementteam een reeks intervisiesessies bij u af te nemen. Wat zijn uw annuleringsvoorwaarden? Tot hoeveel uur van tevoren kunnen we kosteloos annuleren of verzetten, en wat wordt er in rekening gebracht als iemand op de dag zelf afzegt?
Vriendelijke groet,
Marieke Smit
Office manager, Smit & Partners Accountants""",
        recipient_name="Marieke Smit",
        meeting="een reeks intervisiesessies", meeting_alternatives=["intervisiesessies"],
        kind="policy_question", suggested_intents=["cancellation_policy"],
    ),
    dict(
        id="006", fmt="eml", split="dev",
        frm=("Bram Visser", "bram.visser@greenport-logistics.nl"), to=PIETER,
        subject="Fwd: Uitnodiging: Stuurgroep digitalisering - do 11 jun 2026 14:00 - 15:30",
        date="Thu, 04 Jun 2026 13:15:00 +0200",
        body="""Pieter,

Zie hieronder de uitnodiging voor de stuurgroep van volgende week. Het zou fijn zijn als jij het onderdeel over de planning toelicht. Lukt dat?

Groet,
Bram

---------- Doorgestuurd bericht ---------
Van: Annemiek Mulder <a.mulder@greenport-logistics.nl>
Date: do 4 jun 2026 om 11:02
Subject: Uitnodiging: Stuurgroep digitalisering - do 11 jun 2026 14:00 - 15:30
To: <bram.visser@greenport-logistics.nl>

Stuurgroep digitalisering
Wanneer: donderdag 11 juni 2026 14:00 – 15:30 (Midden-Europese zomertijd - Amsterdam)
Waar: Vergaderzaal De Haven, Greenportlaan 3, Venlo
Deelnemers: Annemiek Mulder, Bram Visser, Kees de Boer""",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Amsterdam:20260611T140000
DTEND;TZID=Europe/Amsterdam:20260611T153000
SUMMARY:Stuurgroep digitalisering
LOCATION:Vergaderzaal De Haven, Greenportlaan 3, Venlo
ORGANIZER;CN=Annemiek Mulder:mailto:a.mulder@greenport-logistics.nl
UID:7kq2m0c1v9stuurgroep@google.com
END:VEVENT
END:VCALENDAR
""",
        recipient_name="Bram Visser", recipient_name_alternatives=["Bram"],
        sender_name="Pieter Jansen", sender_name_alternatives=["Pieter"],
        meeting="Stuurgroep digitalisering", meeting_alternatives=["de stuurgroep", "stuurgroep"],
        meeting_time="donderdag 11 juni 2026 14:00 – 15:30", meeting_time_iso="2026-06-11T14:00",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="007", fmt="txt", split="dev",
        body="""Hoi Pieter,
Morgen om 11 uur staat genoteerd voor de workshop procesoptimalisatie. Zal ik de beamer regelen of neem jij je eigen laptop en adapter mee? En mag mijn collega Ruud ook aanschuiven?
Groet,
Femke""",
        recipient_name="Femke", sender_name="Pieter",
        meeting="de workshop procesoptimalisatie", meeting_alternatives=["workshop procesoptimalisatie"],
        meeting_time="Morgen om 11 uur", meeting_time_iso="2026-12-07T11:00",
        kind="other", suggested_intents=[],
    ),
    dict(
        id="008", fmt="eml", split="dev",
        frm=("Hendrik Willems", "h.willems@willems-transport.nl"), to=EVA,
        subject="RE: Teamdag 28 oktober", date="Mon, 19 Oct 2026 10:12:00 +0200",
        in_reply_to="<DB9PR02MB7345E2@DB9PR02MB7345.eurprd02.prod.outlook.com>", x_mailer="Microsoft Outlook 16.0",
        body="""Beste Eva,

Door een reorganisatie bij een van onze klanten moet een deel van het team op woensdag 28 oktober toch rijden. Daardoor kan de teamdag die gepland stond van 9.00 tot 16.00 uur helaas niet doorgaan op die datum.
Zou het mogelijk zijn om de teamdag te verplaatsen naar woensdag 11 november of vrijdag 13 november, zelfde tijden?

Alvast bedankt en excuses voor het ongemak.

Met vriendelijke groet,

Hendrik Willems
Operationeel Manager
Willems Transport B.V. | Industrieweg 14 | 5145 PD Waalwijk
T 0416 33 44 55""",
        quote="""-----Oorspronkelijk bericht-----
Van: Eva Bakker <eva.bakker@bakkercoaching.nl>
Verzonden: dinsdag 13 oktober 2026 15:40
Aan: Hendrik Willems <h.willems@willems-transport.nl>
Onderwerp: Teamdag 28 oktober

Beste Hendrik,
Hierbij bevestig ik de teamdag op woensdag 28 oktober van 9.00 tot 16.00 uur.
Met vriendelijke groet,
Eva Bakker""",
        recipient_name="Hendrik Willems", sender_name="Eva Bakker", sender_name_alternatives=["Eva"],
        meeting="de teamdag", meeting_alternatives=["teamdag", "Teamdag 28 oktober"],
        meeting_time="woensdag 28 oktober", meeting_time_iso="2026-10-28",
        proposed_times=["woensdag 11 november", "vrijdag 13 november"],
        proposed_times_iso=["2026-11-11", "2026-11-13"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="009", fmt="txt", split="test",
        body="""Dag Pieter, sorry voor de late melding maar ik ga morgen om 8u30 niet kunnen komen voor de opleiding Excel, mijn zoontje is ziek. Kunnen we dat verplaatsen naar volgende week? Ik laat nog iets weten. Groetjes, Ine""",
        recipient_name="Ine", sender_name="Pieter",
        meeting="de opleiding Excel", meeting_alternatives=["opleiding Excel"],
        meeting_time="morgen om 8u30", meeting_time_iso="2026-12-07T08:30",
        kind="cancellation", suggested_intents=["late_cancellation"],
    ),
    dict(
        id="010", fmt="eml", split="test",
        frm=("Ilse Hendriks", "i.hendriks@gemeentebergdal.nl"), to=PIETER,
        subject="Startoverleg project Slim Parkeren", date="Wed, 09 Sep 2026 14:40:00 +0200",
        html=True,
        body="""Geachte heer Jansen,

Naar aanleiding van de gunning willen wij graag een startoverleg plannen voor het project Slim Parkeren.
Ik stel de volgende momenten voor:
- maandag 21 september van 10.00 tot 11.30 uur
- dinsdag 22 september om 14.00 uur
- vrijdag 25 september om 9.30 uur

Het overleg vindt plaats in het gemeentehuis, kamer 2.14. Wilt u laten weten welk moment u het beste uitkomt?

Met vriendelijke groet,

Ilse Hendriks
Projectleider Mobiliteit
Gemeente Bergdal
T 14 0570""",
        recipient_name="Ilse Hendriks", sender_name="Pieter Jansen", sender_name_alternatives=["Jansen", "heer Jansen"],
        meeting="startoverleg",
        meeting_alternatives=["een startoverleg", "het project Slim Parkeren", "Startoverleg project Slim Parkeren"],
        proposed_times=["maandag 21 september van 10.00 tot 11.30 uur", "dinsdag 22 september om 14.00 uur",
                        "vrijdag 25 september om 9.30 uur"],
        proposed_times_iso=["2026-09-21T10:00", "2026-09-22T14:00", "2026-09-25T09:30"],
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="011", fmt="txt", split="dev",
        body="""Hoi Pieter,

Kunnen we ons belletje van donderdag 15.00 uur een uurtje later doen? Dus om 16.00 uur? Ik zit tot half vier in een andere meeting.

Dank je!
Kim""",
        quote="""Op vr 4 dec 2026 om 09:47 schreef Pieter Jansen <pieter@jansenadvies.nl>:
> Prima, donderdag 10 december om 15.00 uur bel ik je over de offerte voor de nieuwe website.
> Pieter""",
        recipient_name="Kim", sender_name="Pieter",
        meeting="ons belletje", meeting_alternatives=["belletje"],
        meeting_time="donderdag 15.00 uur", meeting_time_iso="2026-12-10T15:00",
        proposed_times=["om 16.00 uur"], proposed_times_iso=["2026-12-10T16:00"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="012", fmt="txt", split="dev",
        body="""Beste Eva,
Wat vervelend, ik realiseer me net dat ik onze afspraak van donderdagmiddag helemaal vergeten ben. Het stond verkeerd in mijn agenda. Sorry!
Kunnen we het gesprek over mijn persoonlijk ontwikkelplan inhalen? Ik kan dinsdag 8 december de hele dag en woensdag na 12 uur.
Hartelijke groet,
Daan Meijer""",
        recipient_name="Daan Meijer", sender_name="Eva",
        meeting="het gesprek over mijn persoonlijk ontwikkelplan",
        meeting_alternatives=["mijn persoonlijk ontwikkelplan", "persoonlijk ontwikkelplan", "onze afspraak"],
        meeting_time="donderdagmiddag", meeting_time_iso="2026-12-03",
        proposed_times=["dinsdag 8 december de hele dag", "woensdag na 12 uur"],
        proposed_times_iso=["2026-12-08", "2026-12-09T12:00"],
        kind="absence_notice", suggested_intents=["no_show_followup"],
    ),
    dict(
        id="013", fmt="eml", split="test",
        frm=("Petra Koster", "petra.koster@kosterbv.nl"), to=PIETER,
        subject="Vraag over factuur 2026-087", date="Mon, 23 Nov 2026 11:18:00 +0100",
        body="""Goedemorgen Pieter,

Op factuur 2026-087 zie ik dat het adviesgesprek van dinsdag 17 november volledig in rekening is gebracht, terwijl wij dat de dag ervoor hebben afgezegd. Kun je mij nog eens uitleggen wat jullie annuleringsbeleid precies is? Ik kan het niet terugvinden in de offerte.

Met vriendelijke groet,
Petra Koster
Koster B.V.

Verzonden vanaf mijn iPad""",
        recipient_name="Petra Koster", sender_name="Pieter Jansen", sender_name_alternatives=["Pieter"],
        meeting="het adviesgesprek", meeting_alternatives=["adviesgesprek"],
        meeting_time="dinsdag 17 november", meeting_time_iso="2026-11-17",
        kind="policy_question", suggested_intents=["cancellation_policy"],
    ),
    dict(
        id="014", fmt="txt", split="dev",
        body="""Goedemiddag Pieter, heb je morgen om 10.00 uur een half uurtje voor een kort telefonisch overleg over de begroting? Groet, Willem de Graaf""",
        recipient_name="Willem de Graaf", sender_name="Pieter",
        meeting="een kort telefonisch overleg over de begroting",
        meeting_alternatives=["telefonisch overleg over de begroting", "de begroting"],
        meeting_time="morgen om 10.00 uur", meeting_time_iso="2026-12-07T10:00",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="015", fmt="eml", split="dev",
        frm=("Ingrid Bos", "secretariaat@vanleeuwen-advocaten.nl"), to=EVA,
        subject="Afspraak mr. Van Leeuwen vandaag", date="Fri, 02 Oct 2026 08:20:00 +0200",
        x_mailer="Microsoft Outlook 16.0",
        body="""Geachte mevrouw Bakker,

Namens mr. Van Leeuwen laat ik u weten dat de afspraak van vandaag om 11.00 uur over het leiderschapstraject helaas niet door kan gaan. Mr. Van Leeuwen moet onverwacht verschijnen bij de rechtbank in Den Haag.
Hij biedt zijn excuses aan voor het late bericht en stelt voor om de afspraak te verplaatsen naar dinsdag 6 oktober om 11.00 uur.

Met vriendelijke groet,

Ingrid Bos
Secretaresse
Van Leeuwen Advocaten
070 - 345 67 89

Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.""",
        recipient_name="Ingrid Bos", recipient_name_alternatives=["mr. Van Leeuwen", "Van Leeuwen"],
        sender_name="Eva Bakker", sender_name_alternatives=["Bakker", "mevrouw Bakker"],
        meeting="het leiderschapstraject", meeting_alternatives=["leiderschapstraject", "de afspraak"],
        meeting_time="vandaag om 11.00 uur", meeting_time_iso="2026-10-02T11:00",
        proposed_times=["dinsdag 6 oktober om 11.00 uur"], proposed_times_iso=["2026-10-06T11:00"],
        kind="cancellation", suggested_intents=["late_cancellation"],
    ),
    dict(
        id="016", fmt="txt", split="test",
        body="""Geachte heer Jansen,

Via onze gezamenlijke relatie Marloes Vermeulen kreeg ik uw naam. Wij zijn op zoek naar ondersteuning bij de herinrichting van onze klantenservice en ik zou graag eens kennismaken.
Zou vrijdag 18 december om 10.30 uur u schikken? U bent welkom op ons kantoor in Zwolle, maar een videogesprek is ook mogelijk.

Met vriendelijke groet,

drs. R.J. (Rob) Timmermans
Algemeen directeur
Timmermans Verzekeringen""",
        recipient_name="R.J. (Rob) Timmermans",
        recipient_name_alternatives=["drs. R.J. (Rob) Timmermans", "Timmermans", "Rob"],
        sender_name="Jansen", sender_name_alternatives=["heer Jansen"],
        meeting="de herinrichting van onze klantenservice",
        meeting_alternatives=["herinrichting van onze klantenservice", "kennismaken"],
        meeting_time="vrijdag 18 december om 10.30 uur", meeting_time_iso="2026-12-18T10:30",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="017", fmt="eml", split="test",
        frm=("Mark de Boer", "mark@deboer-bakkerij.nl"), to=PIETER,
        subject="Re: Afspraak dinsdag", date="Tue, 17 Nov 2026 20:05:00 +0100",
        in_reply_to="<4B1C9D2E-7F3A-4E5B-8C6D-1A2B3C4D5E6F@jansenadvies.nl>",
        body="""Pieter, sorry man. Ik was vanmiddag om 14.00 uur gewoon vergeten dat we zouden bellen over de nieuwe kassasystemen, het was een gekkenhuis in de zaak. Kunnen we morgen om 8.30 uur bellen?
Mark

Verzonden vanaf mijn iPhone""",
        quote="""Op 13 nov. 2026 om 10:21 heeft Pieter Jansen <pieter@jansenadvies.nl> het volgende geschreven:

> Hoi Mark, dinsdag 17 november om 14.00 uur bel ik je over de kassasystemen.
> Groet, Pieter""",
        recipient_name="Mark de Boer", recipient_name_alternatives=["Mark"],
        sender_name="Pieter Jansen", sender_name_alternatives=["Pieter"],
        meeting="de nieuwe kassasystemen", meeting_alternatives=["nieuwe kassasystemen", "kassasystemen"],
        meeting_time="vanmiddag om 14.00 uur", meeting_time_iso="2026-11-17T14:00",
        proposed_times=["morgen om 8.30 uur"], proposed_times_iso=["2026-11-18T08:30"],
        kind="absence_notice", suggested_intents=["no_show_followup"],
    ),
    dict(
        id="018", fmt="txt", split="dev",
        body="""Hallo Eva,
Nog een praktische vraag voordat we het traject voor onze teamleiders starten: als iemand ziek wordt en een sessie op het laatste moment moet afzeggen, hoe gaan jullie daarmee om? Rekenen jullie dan de volledige sessie door, of kan het kosteloos verplaatst worden?
Groet,
Nadia El Amrani
Teamleider HR, Zorggroep Oost""",
        recipient_name="Nadia El Amrani", sender_name="Eva",
        meeting="het traject voor onze teamleiders",
        meeting_alternatives=["traject voor onze teamleiders", "een sessie"],
        kind="policy_question", suggested_intents=["cancellation_policy"],
    ),
    dict(
        id="019", fmt="eml", split="dev",
        frm=("Linda Verhoeven", "l.verhoeven@noordzee-media.nl"), to=PIETER,
        subject="Verzetten kwartaaloverleg", date="Mon, 30 Nov 2026 16:44:00 +0100",
        html=True,
        body="""Hoi Pieter,

We hadden het kwartaaloverleg staan op woensdag 2 december om 13.00 uur, maar onze CEO heeft die dag een bestuursvergadering die uitloopt.
Zou maandag 7 december om 15.00 uur of dinsdag 8 december in de ochtend ook gaan?

Groeten,
Linda

--
Linda Verhoeven
Marketing Manager | Noordzee Media
Scheveningseweg 44, 2517 KV Den Haag
+31 (0)70 312 40 00""",
        recipient_name="Linda Verhoeven", recipient_name_alternatives=["Linda"],
        sender_name="Pieter Jansen", sender_name_alternatives=["Pieter"],
        meeting="het kwartaaloverleg", meeting_alternatives=["kwartaaloverleg"],
        meeting_time="woensdag 2 december om 13.00 uur", meeting_time_iso="2026-12-02T13:00",
        proposed_times=["maandag 7 december om 15.00 uur", "dinsdag 8 december in de ochtend"],
        proposed_times_iso=["2026-12-07T15:00", "2026-12-08"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="020", fmt="txt", split="test",
        body="""Hoi Pieter,

Top, dan zien we elkaar woensdag 16 december om 10 uur voor de evaluatie van de pilot. Zou je de presentatie vooraf kunnen mailen? Dan kan ik hem alvast doorsturen naar de directie.

Groet,
Jeroen""",
        quote="""-----Oorspronkelijk bericht-----
Van: Pieter Jansen <pieter@jansenadvies.nl>
Verzonden: vrijdag 4 december 2026 14:02
Aan: Jeroen Kok
Onderwerp: Evaluatie pilot

Hoi Jeroen, zullen we woensdag 16 december om 10 uur de pilot evalueren?
Pieter""",
        recipient_name="Jeroen", sender_name="Pieter",
        meeting="de evaluatie van de pilot", meeting_alternatives=["evaluatie van de pilot"],
        meeting_time="woensdag 16 december om 10 uur", meeting_time_iso="2026-12-16T10:00",
        kind="other", suggested_intents=[],
    ),
]

# Harder shapes: "Achternaam, voorletters" display name in Latin-1, no sign-off, bottom-posting, English history.
MESSAGES += [
    dict(
        id="021", fmt="eml", split="dev",
        frm=("Vermeulen, J.P. (Jan-Pieter)", "jp.vermeulen@vermeulentechniek.nl"), to=PIETER,
        subject="Jaargesprek 2027", date="Tue, 01 Dec 2026 09:40:00 +0100",
        charset="iso-8859-1", html=True, x_mailer="Microsoft Outlook 16.0",
        body="""Goedemorgen Pieter,

Zoals telefonisch besproken stel ik voor om het jaargesprek over de samenwerking in 2027 te houden op 15-12 om 9.30 uur bij ons in Amersfoort. We hebben er ongeveer anderhalf uur voor nodig.

Laat je weten of dat lukt?

Met vriendelijke groet,

Jan-Pieter Vermeulen
Directeur Bedrijfsvoering
Vermeulen Techniek B.V.
033 - 465 12 00""",
        recipient_name="Jan-Pieter Vermeulen", recipient_name_alternatives=["Vermeulen, J.P. (Jan-Pieter)"],
        sender_name="Pieter Jansen", sender_name_alternatives=["Pieter"],
        meeting="het jaargesprek over de samenwerking in 2027",
        meeting_alternatives=["jaargesprek over de samenwerking in 2027", "het jaargesprek", "jaargesprek", "Jaargesprek 2027"],
        meeting_time="15-12 om 9.30 uur", meeting_time_iso="2026-12-15T09:30",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="022", fmt="txt", split="test",
        body="""Goedenavond, helaas kan ik morgenochtend om half negen niet bij de coachingsessie zijn, mijn dochter is ziek. Excuses voor het late bericht. Ik neem zelf contact op voor een nieuwe afspraak.""",
        recipient_name=None, sender_name=None,
        meeting="de coachingsessie", meeting_alternatives=["coachingsessie"],
        meeting_time="morgenochtend om half negen", meeting_time_iso="2026-12-07T08:30",
        kind="cancellation", suggested_intents=["late_cancellation"],
    ),
    dict(
        id="023", fmt="txt", split="dev",
        quote_top="""Op do 3 dec 2026 om 17:12 schreef Pieter Jansen <pieter@jansenadvies.nl>:
> Ik kan dinsdag 8 december om 10.00 uur of woensdag 9 december om 16.00 uur voor de presentatie van de auditresultaten.""",
        body="""Helaas past geen van beide voor de presentatie van de auditresultaten, onze directievergadering is verschoven. Zou vrijdag 11 december om 11.00 uur kunnen? Anders maandag 14 december om 14.00 uur.

Groet,
Maarten Dekker""",
        recipient_name="Maarten Dekker", sender_name=None,
        meeting="de presentatie van de auditresultaten",
        meeting_alternatives=["presentatie van de auditresultaten", "auditresultaten"],
        proposed_times=["vrijdag 11 december om 11.00 uur", "maandag 14 december om 14.00 uur"],
        proposed_times_iso=["2026-12-11T11:00", "2026-12-14T14:00"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="024", fmt="eml", split="test",
        frm=("Griet Van Damme", "griet.vandamme@flandersfoods.be"), to=EVA,
        subject="RE: Coaching session Thursday", date="Thu, 26 Nov 2026 18:05:00 +0100",
        in_reply_to="<AS8PR09MB6622D1@AS8PR09MB6622.eurprd09.prod.outlook.com>", x_mailer="Microsoft Outlook 16.0",
        cte="base64",
        body="""Dag Eva,

Sorry, ik ben vanmiddag om 15u onze coachingsessie compleet vergeten, ik zat vast in een crisisoverleg over een productterugroeping.
Kunnen we die inhalen op maandag 30 november om 15u of dinsdag 1 december om 9u?

Groetjes,
Griet""",
        quote="""From: Eva Bakker <eva.bakker@bakkercoaching.nl>
Sent: Monday, November 23, 2026 10:15 AM
To: Griet Van Damme <griet.vandamme@flandersfoods.be>
Subject: Coaching session Thursday

Hi Griet,
As agreed, our next coaching session is on Thursday 26 November at 3 pm (Teams link below). We'll focus on the feedback conversation with your new team.
Best,
Eva""",
        recipient_name="Griet Van Damme", recipient_name_alternatives=["Griet"],
        sender_name="Eva Bakker", sender_name_alternatives=["Eva"],
        meeting="onze coachingsessie", meeting_alternatives=["coachingsessie", "Coaching session Thursday"],
        meeting_time="vanmiddag om 15u", meeting_time_iso="2026-11-26T15:00",
        proposed_times=["maandag 30 november om 15u", "dinsdag 1 december om 9u"],
        proposed_times_iso=["2026-11-30T15:00", "2026-12-01T09:00"],
        kind="absence_notice", suggested_intents=["no_show_followup"],
    ),
]
