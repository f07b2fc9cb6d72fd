"""Dutch and Flemish client messages of the v12 set (hand-written, with their labels). See ../README.md."""

INVITE = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {
        "file": "001.eml",
        "headers": {
            "From": ("Joëlle Van Acker", "joelle.vanacker@brouwerij-vanacker.example.be"),
            "To": ("Wannes De Smedt", "wannes@desmedt-ontwerp.example.be"),
            "Subject": "Overleg nieuwe huisstijl",
            "Date": "Fri, 04 Dec 2026 11:15:00 +0100",
            "Message-ID": "<a4c9e2.jva.20261204@brouwerij-vanacker.example.be>",
        },
        "body": """
Dag Wannes,

We hebben intern eindelijk knopen doorgehakt over de etiketten. Graag plannen we een overleg over de nieuwe huisstijl op dinsdag 15/12 om 9u45, bij ons op kantoor in Mechelen (Zoutwerf 7, 2de verdiep). Onze zaakvoerder en de verantwoordelijke marketing zijn er ook bij.

Laat je me iets weten tegen donderdag 10/12? Dan kan ik de agenda's vastleggen.

Groetjes,
Joëlle

--
Joëlle Van Acker
Brouwerij Van Acker bv | Communicatie
+32 15 00 12 34
""",
        "label": {
            "recipient_name": "Joëlle Van Acker", "recipient_name_alternatives": ["Joëlle"],
            "sender_name": "Wannes De Smedt", "sender_name_alternatives": ["Wannes"],
            "meeting": "een overleg over de nieuwe huisstijl",
            "meeting_alternatives": ["overleg over de nieuwe huisstijl", "Overleg nieuwe huisstijl", "nieuwe huisstijl"],
            "meeting_time": "dinsdag 15/12 om 9u45", "meeting_time_iso": "2026-12-15T09:45",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "002.txt",
        "text": """
Hoi Sanne,

Vervelend, maar we moeten onze sessie van woensdag 9 december (19.00 uur) verzetten: Ilse moet die avond onverwacht naar Rotterdam voor haar werk.

Zou donderdag 10 december ook om 19.00 uur kunnen? Of anders een week later op hetzelfde tijdstip? Wij passen ons aan.

Groetjes,
Mark (en Ilse)
""",
        "label": {
            "recipient_name": "Mark", "recipient_name_alternatives": ["Mark (en Ilse)"],
            "sender_name": "Sanne", "sender_name_alternatives": [],
            "meeting": "onze sessie", "meeting_alternatives": ["sessie"],
            "meeting_time": "woensdag 9 december (19.00 uur)", "meeting_time_iso": "2026-12-09T19:00",
            "proposed_times": ["donderdag 10 december ook om 19.00 uur", "een week later op hetzelfde tijdstip"],
            "proposed_times_iso": ["2026-12-10T19:00", "2026-12-16T19:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "003.txt",
        "text": """
Hoi Tim,

Het spijt me echt, maar ik kan vanavond om 18.45 uur niet naar de training komen. Mijn knie is weer opgezet na het hardlopen gisteren en ik wil niks forceren. Ik weet dat het veel te laat is om af te zeggen: reken de les gewoon aan, dat vind ik alleen maar eerlijk.

Ik laat je volgende week weten hoe het gaat.

Daniëlle

Op 4 dec. 2026 om 16:40 heeft Tim de Graaf <tim@degraaf-personaltraining.example.nl> het volgende geschreven:

> Hoi Daniëlle,
>
> Genoteerd: zondag 6 december om 18.45 uur bij mij in de studio, krachttraining onderlichaam. Neem je schoenen mee voor binnen!
>
> Sportieve groet,
> Tim
""",
        "label": {
            "recipient_name": "Daniëlle", "recipient_name_alternatives": [],
            "sender_name": "Tim", "sender_name_alternatives": [],
            "meeting": "de training", "meeting_alternatives": ["training", "de les"],
            "meeting_time": "vanavond om 18.45 uur", "meeting_time_iso": "2026-12-06T18:45",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation", "cancellation_policy"],
            "quoted_from": "Op 4 dec. 2026 om 16:40 heeft Tim de Graaf <tim@degraaf-personaltraining.example.nl> het volgende geschreven:",
            "quoted_until": None,
        },
    },
    {
        "file": "004.txt",
        "text": """
Geachte heer Verbeek,

Zoals telefonisch besproken nodig ik u graag uit voor een intakegesprek over de overname van Bosman Installatietechniek door mijn zoon. Wij hebben twee momenten vrij: maandag 14 december om 10.00 uur of woensdag 16 december om 13.30 uur, beide bij ons op kantoor in Apeldoorn. Reken op ongeveer anderhalf uur.

Wilt u laten weten welk moment u schikt? De stukken (jaarrekeningen 2023–2025) stuur ik u vooraf toe.

Met vriendelijke groet,

Hilde Bosman-Kuipers
Directeur-grootaandeelhouder
Bosman Holding B.V.

Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.
""",
        "label": {
            "recipient_name": "Hilde Bosman-Kuipers", "recipient_name_alternatives": [],
            "sender_name": "Verbeek", "sender_name_alternatives": ["heer Verbeek"],
            "meeting": "een intakegesprek over de overname van Bosman Installatietechniek",
            "meeting_alternatives": ["intakegesprek over de overname", "een intakegesprek", "intakegesprek"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": ["maandag 14 december om 10.00 uur", "woensdag 16 december om 13.30 uur"],
            "proposed_times_iso": ["2026-12-14T10:00", "2026-12-16T13:30"],
            "kind": "invitation", "suggested_intents": INVITE,
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "005.eml",
        "headers": {
            "From": ("Stéphanie Wouters", "steph.wouters@example.be"),
            "To": ("Ann Peeters", "praktijk@kine-peeters.example.be"),
            "Subject": "vanmorgen",
            "Date": "Wed, 02 Dec 2026 10:47:00 +0100",
            "Message-ID": "<v12nl005.swouters.1047@example.be>",
        },
        "body": """
Dag mevrouw Peeters,

Sorry dat ik niet op mijn afspraak van vanmorgen 8u15 geraakt ben. De auto wou niet starten en ik kreeg u niet aan de lijn, het antwoordapparaat zei dat de praktijk pas om 9u open is.

Kan ik nog ergens deze week binnen? Liefst na 16u.

Verstuurd vanaf mijn Galaxy
""",
        "label": {
            "recipient_name": "Stéphanie Wouters", "recipient_name_alternatives": [],
            "sender_name": "Ann Peeters", "sender_name_alternatives": ["mevrouw Peeters", "Peeters"],
            "meeting": "mijn afspraak", "meeting_alternatives": ["afspraak"],
            "meeting_time": "vanmorgen 8u15", "meeting_time_iso": "2026-12-02T08:15",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "006.eml",
        "headers": {
            "From": ("Jeroen van 't Hek", "j.vanthek@zwijndrecht.example.nl"),
            "To": ("Ruud Kooistra", "ruud@kooistra-advies.example.nl"),
            "Subject": "FW: Marktconsultatie schoonmaakdiensten 2027",
            "Date": "Mon, 30 Nov 2026 15:31:00 +0100",
            "Message-ID": "<AM0PR07MB-v12nl006-31@zwijndrecht.example.nl>",
        },
        "html": True,
        "body": """
Hallo Ruud,

Zie hieronder. Kun jij hierbij aansluiten? Jouw advies over het bestek zou goed van pas komen.

Gr. Jeroen

________________________________
Van: Secretariaat Inkoop <inkoop@zwijndrecht.example.nl>
Verzonden: maandag 30 november 2026 14:12
Aan: J. van 't Hek <j.vanthek@zwijndrecht.example.nl>
Onderwerp: Marktconsultatie schoonmaakdiensten 2027
Wanneer: donderdag 17 december 2026 13:00-15:00 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
Waar: Gemeentehuis, zaal 2.14
""",
        "label": {
            "recipient_name": "Jeroen van 't Hek", "recipient_name_alternatives": ["Jeroen"],
            "sender_name": "Ruud Kooistra", "sender_name_alternatives": ["Ruud"],
            "meeting": "Marktconsultatie schoonmaakdiensten 2027",
            "meeting_alternatives": ["Marktconsultatie"],
            "meeting_time": "donderdag 17 december 2026 13:00-15:00", "meeting_time_iso": "2026-12-17T13:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "007.txt",
        "text": """
Beste Kees,

Namens de personeelsvereniging moet ik helaas de rondleiding met proeverij in jullie brouwerij op zaterdag 19 december (14.00-16.00) afzeggen. Er hebben zich te veel collega's afgemeld vanwege de griep die rondgaat, we zouden nog maar met zes zijn.

We willen het graag in het voorjaar opnieuw proberen, met de hele groep. Ik ben op werkdagen bereikbaar tussen 9 en 12 uur op 06-12345678.

Met vriendelijke groet,
Wendy Hoekstra
Secretaris PV Hoekstra & Zn.
""",
        "label": {
            "recipient_name": "Wendy Hoekstra", "recipient_name_alternatives": [],
            "sender_name": "Kees", "sender_name_alternatives": [],
            "meeting": "de rondleiding met proeverij",
            "meeting_alternatives": ["rondleiding met proeverij", "de rondleiding", "rondleiding"],
            "meeting_time": "zaterdag 19 december (14.00-16.00)", "meeting_time_iso": "2026-12-19T14:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["reschedule"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "008.eml",
        "headers": {
            "From": ("Aïcha Bouzidi", "a.bouzidi@woonzorg-eemland.example.nl"),
            "To": ("Sjoerd Hettema", "sjoerd@hettema-interim.example.nl"),
            "Subject": "Donderdagoverleg deze week",
            "Date": "Tue, 08 Dec 2026 07:52:00 +0100",
            "Message-ID": "<DB9P-v12nl008-abouzidi@woonzorg-eemland.example.nl>",
        },
        "html": True,
        "body": """
Goedemorgen Sjoerd,

Kunnen we ons donderdagoverleg van deze week (10/12) verschuiven? De raad van toezicht heeft een extra vergadering ingelast en ik moet erbij zijn.

Ik kan vrijdagochtend om half tien, of maandag na de lunch. Zeg maar wat jou past.

Hartelijke groet,
Aïcha Bouzidi
Bestuurder | Woonzorg Eemland

Disclaimer: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.
""",
        "label": {
            "recipient_name": "Aïcha Bouzidi", "recipient_name_alternatives": [],
            "sender_name": "Sjoerd Hettema", "sender_name_alternatives": ["Sjoerd"],
            "meeting": "ons donderdagoverleg",
            "meeting_alternatives": ["donderdagoverleg", "Donderdagoverleg deze week"],
            "meeting_time": "10/12", "meeting_time_iso": "2026-12-10",
            "proposed_times": ["vrijdagochtend om half tien", "maandag na de lunch"],
            "proposed_times_iso": ["2026-12-11T09:30", "2026-12-14"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "009.txt",
        "text": """
Hoi Lotte!

Nog even over de workshop storytelling morgen om 13.00 uur: mag mijn collega Bram ook aansluiten? Hij doet sinds deze maand onze socials. En moeten we zelf laptops meenemen of werken we op papier?

Ik zit morgenochtend tot 11 uur in een overleg, dus bellen kan daarna.

Groetjes,
Esra
""",
        "label": {
            "recipient_name": "Esra", "recipient_name_alternatives": [],
            "sender_name": "Lotte", "sender_name_alternatives": [],
            "meeting": "de workshop storytelling",
            "meeting_alternatives": ["workshop storytelling", "workshop"],
            "meeting_time": "morgen om 13.00 uur", "meeting_time_iso": "2026-12-07T13:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "010.eml",
        "headers": {
            "From": ("Inge van der Meulen-Çelik", "inge.vdmeulen@example.nl"),
            "To": ("Jorien Smit", "info@fotostudio-lichtval.example.nl"),
            "Subject": "Vraag over annuleren",
            "Date": "Sun, 29 Nov 2026 20:14:00 +0100",
            "Message-ID": "<v12nl010-ivdm-2014@example.nl>",
        },
        "body": """
Beste Jorien,

Wij willen graag een gezinsshoot bij jullie boeken, waarschijnlijk ergens in januari als mijn schoonouders uit Turkije over zijn. Hun vlucht staat nog niet vast.

Voordat ik boek: wat zijn jullie annuleringsvoorwaarden? Als de vlucht verschuift, kunnen we dan kosteloos verzetten, en tot hoeveel dagen van tevoren?

Alvast bedankt!
Inge
""",
        "label": {
            "recipient_name": "Inge van der Meulen-Çelik", "recipient_name_alternatives": ["Inge"],
            "sender_name": "Jorien Smit", "sender_name_alternatives": ["Jorien"],
            "meeting": "een gezinsshoot", "meeting_alternatives": ["gezinsshoot"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"],
            "quoted_from": None, "quoted_until": None,
        },
    },
]
