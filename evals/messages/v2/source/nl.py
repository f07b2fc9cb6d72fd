"""Dutch and Flemish client messages, v2 (held out), written by hand by the data-b helper. Labels follow ../README.md."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]
WOUTER = ("Wouter Brink", "wouter@brinkadvies.nl")
LIES = ("Lies Maes", "lies@maesconsult.be")

ICS = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Amsterdam:20261217T093000
DTEND;TZID=Europe/Amsterdam:20261217T120000
DTSTAMP:20261203T101400Z
ORGANIZER;CN=Kennisnetwerk Water:mailto:events@kennisnetwerkwater.nl
UID:7kq2m0c1ht5v9s3bq8r4e6j1dn@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=b.terpstra@wetterskip-noord.nl:mailto:b.terpstra@wetterskip-noord.nl
SUMMARY:Kennissessie klimaatadaptatie
LOCATION:Provinciehuis Leeuwarden\\, Tweebaksmarkt 52
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""

MESSAGES = [
    dict(
        id="001", fmt="eml", split="v2",
        frm=("Mariëlle Jongsma", "m.jongsma@zorggroep-eemland.nl"), to=WOUTER,
        subject="Uitnodiging evaluatie pilot thuismonitoring", date="Tue, 01 Dec 2026 10:05:00 +0100",
        x_mailer="Microsoft Outlook 16.0", html=True,
        body="""Beste Wouter,

Graag nodig ik je uit voor de evaluatie van de pilot thuismonitoring op dinsdag 15 december van 13.00 tot 15.00 uur, bij ons op locatie Amersfoort (Stationsplein 9, 4e verdieping).

We willen de resultaten van de eerste drie maanden doornemen en bespreken of we de pilot uitbreiden naar Soest en Baarn. Wil je laten weten of dat schikt?

Met vriendelijke groet,

Mariëlle Jongsma
programmamanager Zorginnovatie
Zorggroep Eemland
T 033 760 21 48

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.""",
        recipient_name="Mariëlle Jongsma",
        sender_name="Wouter Brink", sender_name_alternatives=["Wouter"],
        meeting="de evaluatie van de pilot thuismonitoring",
        meeting_alternatives=["evaluatie van de pilot thuismonitoring", "Uitnodiging evaluatie pilot thuismonitoring",
                              "pilot thuismonitoring"],
        meeting_time="dinsdag 15 december van 13.00 tot 15.00 uur", meeting_time_iso="2026-12-15T13:00",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="002", fmt="txt", split="v2",
        body="""Dag Lies,

Sorry, ik moet onze afspraak van dinsdag om 14u voor de nieuwe website verzetten, er is hier iets tussengekomen met een leverancier.
Past woensdag 9/12 om 10u of donderdagnamiddag voor jou?

Groetjes,
Joke

Verzonden vanaf mijn iPhone""",
        recipient_name="Joke", sender_name="Lies",
        meeting="de nieuwe website", meeting_alternatives=["onze afspraak", "afspraak"],
        meeting_time="dinsdag om 14u", meeting_time_iso="2026-12-08T14:00",
        proposed_times=["woensdag 9/12 om 10u", "donderdagnamiddag"],
        proposed_times_iso=["2026-12-09T10:00", "2026-12-10"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="003", fmt="eml", split="v2",
        frm=("Smeets, Ruud", "r.smeets@smeetstransport.nl"), to=WOUTER,
        subject="RE: Workshop procesoptimalisatie woensdag", date="Wed, 09 Dec 2026 07:52:00 +0100",
        in_reply_to="<CAJd8pQw2Lk@brinkadvies.nl>",
        body="""Goedemorgen Wouter,

Helaas moet ik de workshop van vanmiddag (13.30 uur) afzeggen: de helft van mijn planners ligt met griep in bed en de rest moet de ritten opvangen. Excuses voor het late bericht.

Ik begrijp het als jullie hiervoor kosten in rekening brengen, laat maar weten.

Kunnen we kijken naar maandag 14 december om 13.30 uur?

Groet,
Ruud Smeets
Operationeel manager | Smeets Transport B.V. | Venlo""",
        quote="""Op ma 7 dec 2026 om 16:40 schreef Wouter Brink <wouter@brinkadvies.nl>:
> Hoi Ruud,
>
> Bij deze de bevestiging voor woensdag 9 december, 13.30-16.30 uur, bij jullie in Venlo.
> Ik neem de flip-overs en post-its mee.
>
> Groet,
> Wouter""",
        recipient_name="Ruud Smeets", recipient_name_alternatives=["Smeets, Ruud"],
        sender_name="Wouter Brink", sender_name_alternatives=["Wouter"],
        meeting="de workshop", meeting_alternatives=["Workshop procesoptimalisatie", "workshop"],
        meeting_time="vanmiddag (13.30 uur)", meeting_time_iso="2026-12-09T13:30",
        proposed_times=["maandag 14 december om 13.30 uur"],
        proposed_times_iso=["2026-12-14T13:30"],
        kind="cancellation", suggested_intents=["late_cancellation", "cancellation_policy"],
    ),
    dict(
        id="004", fmt="txt", split="v2",
        body="""Geachte heer Brink,

Mijn excuses dat ik vrijdag om 10.00 uur niet op het intakegesprek ben verschenen. Door een misverstand stond de afspraak bij ons op volgende week genoteerd.

Zou u mij alsnog kunnen ontvangen op dinsdag 8 december om 10.00 uur of op donderdag 10 december om half twee?

Met vriendelijke groet,

Annemarie Zwart
Zwart & Zonen Installatietechniek""",
        recipient_name="Annemarie Zwart",
        sender_name="Brink", sender_name_alternatives=["heer Brink"],
        meeting="het intakegesprek", meeting_alternatives=["intakegesprek", "de afspraak"],
        meeting_time="vrijdag om 10.00 uur", meeting_time_iso="2026-12-04T10:00",
        proposed_times=["dinsdag 8 december om 10.00 uur", "donderdag 10 december om half twee"],
        proposed_times_iso=["2026-12-08T10:00", "2026-12-10T13:30"],
        kind="absence_notice", suggested_intents=["no_show_followup"],
    ),
    dict(
        id="005", fmt="eml", split="v2",
        frm=("Bauke Terpstra", "b.terpstra@wetterskip-noord.nl"), to=WOUTER,
        subject="Fwd: Uitnodiging: Kennissessie klimaatadaptatie @ do 17 dec 2026 09:30 - 12:00 (CET)",
        date="Thu, 03 Dec 2026 15:30:00 +0100", ics=ICS,
        body="""Hoi Wouter,

Zie hieronder. Zou jij deze kennissessie met mij willen bijwonen? Dan kunnen we in de pauze meteen ons adviesrapport bespreken.

Gr. Bauke

---------- Doorgestuurd bericht ---------
Van: Kennisnetwerk Water <events@kennisnetwerkwater.nl>
Date: do 3 dec 2026 om 11:14
Subject: Uitnodiging: Kennissessie klimaatadaptatie @ do 17 dec 2026 09:30 - 12:00 (CET)
To: <b.terpstra@wetterskip-noord.nl>

Kennissessie klimaatadaptatie
Wanneer: donderdag 17 dec. 2026 09:30 – 12:00 (CET)
Waar: Provinciehuis Leeuwarden, Tweebaksmarkt 52""",
        recipient_name="Bauke Terpstra", recipient_name_alternatives=["Bauke"],
        sender_name="Wouter Brink", sender_name_alternatives=["Wouter"],
        meeting="Kennissessie klimaatadaptatie", meeting_alternatives=["deze kennissessie", "kennissessie"],
        meeting_time="donderdag 17 dec. 2026 09:30 – 12:00", meeting_time_iso="2026-12-17T09:30",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="006", fmt="txt", split="v2",
        body="""Goeiemiddag,

Wij overwegen om bij u een reeks van vier coachingsessies te boeken voor ons verkoopteam, te starten in februari.

Kan u mij laten weten wat uw annuleringsvoorwaarden zijn? Hoeveel op voorhand moeten we verwittigen als een sessie niet kan doorgaan, en wordt er een voorschot gevraagd?

Met vriendelijke groeten

Tine Vercammen
HR-verantwoordelijke
Brouwerij De Klok bv""",
        recipient_name="Tine Vercammen",
        sender_name=None,
        meeting="een reeks van vier coachingsessies",
        meeting_alternatives=["coachingsessies", "vier coachingsessies"],
        kind="policy_question", suggested_intents=["cancellation_policy"],
    ),
    dict(
        id="007", fmt="eml", split="v2",
        frm=("Pieter-Jan Verstraete", "pj.verstraete@verstraete-bouw.be"), to=LIES,
        subject="Re: Opleiding GDPR 10/12", date="Mon, 07 Dec 2026 13:10:00 +0100",
        in_reply_to="<CAHm4x9Vt7@maesconsult.be>",
        body="""Dag Lies,

Dank voor de bevestiging van donderdag 10/12 om 9u. Kan je de slides op voorhand doorsturen, zodat we ze voor de deelnemers kunnen afdrukken?

Mvg
Pieter-Jan

--
Pieter-Jan Verstraete | Zaakvoerder | Verstraete Bouw bv | +32 9 233 41 70

Ce message et ses annexes sont confidentiels. Si vous n'en êtes pas le destinataire, veuillez le supprimer et en avertir l'expéditeur.""",
        quote="""Op vr 4 dec 2026 om 17:02 schreef Lies Maes <lies@maesconsult.be>:
> Dag Pieter-Jan,
> Ik bevestig de opleiding GDPR op donderdag 10 december van 9u tot 12u bij jullie in Gent.
> Groeten,
> Lies""",
        recipient_name="Pieter-Jan Verstraete", recipient_name_alternatives=["Pieter-Jan"],
        sender_name="Lies Maes", sender_name_alternatives=["Lies"],
        meeting="Opleiding GDPR", meeting_alternatives=[],
        meeting_time="donderdag 10/12 om 9u", meeting_time_iso="2026-12-10T09:00",
        kind="other", suggested_intents=[],
    ),
    dict(
        id="008", fmt="txt", split="v2",
        body="""Hoi Wouter,

Zin om volgende week een keer te lunchen en bij te praten over fase 2? Woensdag 16 dec om 12.30 bij Loetje in Utrecht zou mij goed uitkomen.

Groeten,
Hanneke

Verstuurd vanaf mijn Samsung Galaxy-smartphone.""",
        recipient_name="Hanneke", sender_name="Wouter",
        meeting="bij te praten over fase 2", meeting_alternatives=["fase 2", "lunchen"],
        meeting_time="Woensdag 16 dec om 12.30", meeting_time_iso="2026-12-16T12:30",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="009", fmt="eml", split="v2",
        frm=("Geert Van den Bossche", "geert.vandenbossche@aalst.be"), to=LIES,
        subject="Verplaatsing stuurgroepvergadering", date="Fri, 04 Dec 2026 11:45:00 +0100",
        charset="iso-8859-1", in_reply_to="<DB9PR10MB5521@maesconsult.be>",
        body="""Geachte mevrouw Maes,

Door een samenloop van omstandigheden kan ik de stuurgroepvergadering van maandag 14 december om 14 uur niet bijwonen.

Mag ik voorstellen ze te verplaatsen naar dinsdag 15/12 om 9u30 of woensdag 16/12 om 14 uur? Beide momenten kunnen in het stadhuis doorgaan.

Met vriendelijke groeten

Geert Van den Bossche
Algemeen directeur
Stad Aalst, Dienst Economie""",
        quote="""Van: Lies Maes <lies@maesconsult.be>
Verzonden: dinsdag 1 december 2026 09:12
Aan: Geert Van den Bossche <geert.vandenbossche@aalst.be>
Onderwerp: Stuurgroepvergadering 14/12

Geachte heer Van den Bossche,

In bijlage vindt u de agenda voor de stuurgroep van maandag 14/12 om 14u.

Met vriendelijke groeten,
Lies Maes""",
        recipient_name="Geert Van den Bossche",
        sender_name="Lies Maes", sender_name_alternatives=["mevrouw Maes", "Maes"],
        meeting="de stuurgroepvergadering",
        meeting_alternatives=["stuurgroepvergadering", "Verplaatsing stuurgroepvergadering"],
        meeting_time="maandag 14 december om 14 uur", meeting_time_iso="2026-12-14T14:00",
        proposed_times=["dinsdag 15/12 om 9u30", "woensdag 16/12 om 14 uur"],
        proposed_times_iso=["2026-12-15T09:30", "2026-12-16T14:00"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="010", fmt="txt", split="v2",
        body="""Beste Wouter,

De presentatie van het jaarplan op donderdag 17 december gaat helaas niet door: onze directeur zit die hele week in het buitenland. Ik neem in januari contact met je op voor een nieuwe datum.

Groet,
Mirjam de Boer
Financieel directeur, Stichting Woonkracht""",
        recipient_name="Mirjam de Boer", recipient_name_alternatives=["Mirjam"],
        sender_name="Wouter",
        meeting="De presentatie van het jaarplan",
        meeting_alternatives=["presentatie van het jaarplan", "jaarplan"],
        meeting_time="donderdag 17 december", meeting_time_iso="2026-12-17",
        kind="cancellation", suggested_intents=["reschedule"],
    ),
]
