"""Swedish client messages, v2 (held out), written by hand by the data-b helper. Labels follow ../README.md."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]
KARL = ("Karl Sjödin", "karl@sjodinkonsult.se")
FRIDA = ("Frida Westin", "frida@westinkommunikation.se")

MESSAGES = [
    dict(
        id="001", fmt="eml", split="v2",
        frm=("Åsa Lindgren-Öhman", "asa.lindgren-ohman@vasterbo.se"), to=KARL,
        subject="Inbjudan: workshop om ny ärendeprocess", date="Tue, 01 Dec 2026 08:50:00 +0100",
        x_mailer="Microsoft Outlook 16.0",
        body="""Hej Karl,

Jag vill bjuda in dig till en workshop om vår nya ärendeprocess tisdagen den 15 december kl. 9.00–12.00 på vårt kontor på Kungsgatan 12 i Uppsala. Med från oss är kundtjänst, förvaltarna och IT.

Det vore värdefullt om du kunde inleda med en kort genomgång av kartläggningen ni gjorde i höstas.

Återkom gärna om tiden passar.

Vänliga hälsningar
Åsa Lindgren-Öhman
Verksamhetsutvecklare
Västerbo Fastigheter AB
070-312 48 90""",
        recipient_name="Åsa Lindgren-Öhman",
        sender_name="Karl Sjödin", sender_name_alternatives=["Karl"],
        meeting="en workshop om vår nya ärendeprocess",
        meeting_alternatives=["workshop om ny ärendeprocess", "workshop om vår nya ärendeprocess", "workshop"],
        meeting_time="tisdagen den 15 december kl. 9.00–12.00", meeting_time_iso="2026-12-15T09:00",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="002", fmt="txt", split="v2",
        body="""Hej Frida!
Funkar det om vi flyttar vårt möte om pressreleasen från tisdag kl 13 till onsdag samma tid? Alternativt torsdag 10/12 kl 15. Sorry för strulet!
/Jenny

Skickat från min iPhone""",
        recipient_name="Jenny", sender_name="Frida",
        meeting="vårt möte om pressreleasen", meeting_alternatives=["pressreleasen", "möte om pressreleasen"],
        meeting_time="tisdag kl 13", meeting_time_iso="2026-12-08T13:00",
        proposed_times=["onsdag samma tid", "torsdag 10/12 kl 15"],
        proposed_times_iso=["2026-12-09T13:00", "2026-12-10T15:00"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="003", fmt="eml", split="v2",
        frm=("Göran Eklund", "goran.eklund@brflinden.se"), to=KARL,
        subject="Sv: Styrelseutbildning onsdag", date="Wed, 09 Dec 2026 07:30:00 +0100",
        in_reply_to="<CAKp3v7Rm1@sjodinkonsult.se>",
        body="""Hej Karl,

Tyvärr måste jag ställa in utbildningen i dag kl 13–16. Två av ledamöterna har fått förhinder i sista stund och då blir vi för få för att det ska vara meningsfullt. Ledsen att det blir så sent.

Kan vi ta ett nytt datum i januari?

Med vänlig hälsning
Göran Eklund
Ordförande, BRF Linden""",
        quote="""Den mån 7 dec. 2026 kl 17:05 skrev Karl Sjödin <karl@sjodinkonsult.se>:
> Hej Göran,
> Bekräftar styrelseutbildningen på onsdag 9/12 kl 13–16 i föreningslokalen.
> Hälsningar
> Karl""",
        recipient_name="Göran Eklund", recipient_name_alternatives=["Göran"],
        sender_name="Karl Sjödin", sender_name_alternatives=["Karl"],
        meeting="utbildningen", meeting_alternatives=["Styrelseutbildning"],
        meeting_time="i dag kl 13–16", meeting_time_iso="2026-12-09T13:00",
        kind="cancellation", suggested_intents=["late_cancellation"],
    ),
    dict(
        id="004", fmt="txt", split="v2",
        body="""Hej Frida,

Jag ber verkligen om ursäkt – jag missade helt vårt möte om sociala medier-strategin i fredags kl. 14. Jag satt fast i ett annat möte som drog över och hann inte ens höra av mig.

Har du möjlighet tisdag 8/12 kl. 14 eller onsdag förmiddag istället?

Mvh
Tove Lundin
Marknadschef, Lundins Bageri""",
        recipient_name="Tove Lundin",
        sender_name="Frida",
        meeting="vårt möte om sociala medier-strategin",
        meeting_alternatives=["sociala medier-strategin", "möte om sociala medier-strategin"],
        meeting_time="i fredags kl. 14", meeting_time_iso="2026-12-04T14:00",
        proposed_times=["tisdag 8/12 kl. 14", "onsdag förmiddag"],
        proposed_times_iso=["2026-12-08T14:00", "2026-12-09"],
        kind="absence_notice", suggested_intents=["no_show_followup"],
    ),
    dict(
        id="005", fmt="eml", split="v2",
        frm=("Jonas Ståhl", "jonas.stahl@nordkraft.se"), to=FRIDA,
        subject="VB: Möte: Lansering vårkampanj", date="Thu, 03 Dec 2026 09:15:00 +0100",
        x_mailer="Microsoft Outlook 16.0", html=True,
        body="""Hej Frida,

Vidarebefordrar inbjudan till lanseringsmötet – vore bra om du kunde vara med och presentera kampanjidéerna för ledningen.

/Jonas

________________________________
Från: Marie Dahlgren <marie.dahlgren@nordkraft.se>
Skickat: den 2 december 2026 16:44
Till: Jonas Ståhl <jonas.stahl@nordkraft.se>
Ämne: Möte: Lansering vårkampanj

Lansering vårkampanj
När: fredag 18 december 2026 10:00–11:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
Var: Konferensrum Vattenfallet, plan 5""",
        recipient_name="Jonas Ståhl", recipient_name_alternatives=["Jonas"],
        sender_name="Frida Westin", sender_name_alternatives=["Frida"],
        meeting="lanseringsmötet", meeting_alternatives=["Lansering vårkampanj", "Möte: Lansering vårkampanj"],
        meeting_time="fredag 18 december 2026 10:00–11:30", meeting_time_iso="2026-12-18T10:00",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="006", fmt="txt", split="v2",
        body="""Hej,

Vi har fått en faktura på 50 % av arvodet för workshopen den 26 november, som vi avbokade dagen innan. Var står det att det gäller? Jag hittar inga avbokningsvillkor i offerten vi skrev under.

Hälsningar
Magnus Berglund
Ekonomiansvarig, Berglunds Snickeri AB""",
        recipient_name="Magnus Berglund",
        sender_name=None,
        meeting="workshopen", meeting_alternatives=["workshopen den 26 november"],
        meeting_time="den 26 november", meeting_time_iso="2026-11-26",
        kind="policy_question", suggested_intents=["cancellation_policy"],
    ),
    dict(
        id="007", fmt="eml", split="v2",
        frm=("Norberg, Camilla", "camilla.norberg@skoglund.se"), to=KARL,
        subject="SV: Medarbetarundersökning – genomgång", date="Mon, 07 Dec 2026 10:20:00 +0100",
        in_reply_to="<HE1PR07MB3302@sjodinkonsult.se>",
        body="""Hej Karl,

Tack, då ses vi torsdag 17/12 kl. 13.00. Jag tar med min kollega Ola Berg från lönegruppen om det går bra.

Hälsningar
Camilla

Camilla Norberg
HR-chef | Skoglund & Co AB

This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete it.""",
        quote="""Från: Karl Sjödin <karl@sjodinkonsult.se>
Skickat: den 4 december 2026 15:10
Till: Norberg, Camilla <camilla.norberg@skoglund.se>
Ämne: Medarbetarundersökning – genomgång

Hej Camilla,
Passar torsdag 17/12 kl. 13.00 eller fredag 18/12 kl. 9.00 för genomgången av resultaten?
Hälsningar
Karl""",
        recipient_name="Camilla Norberg", recipient_name_alternatives=["Norberg, Camilla", "Camilla"],
        sender_name="Karl Sjödin", sender_name_alternatives=["Karl"],
        meeting="Medarbetarundersökning – genomgång", meeting_alternatives=["Medarbetarundersökning"],
        meeting_time="torsdag 17/12 kl. 13.00", meeting_time_iso="2026-12-17T13:00",
        kind="other", suggested_intents=[],
    ),
    dict(
        id="008", fmt="txt", split="v2",
        body="""Tjena Karl!
Ska vi ta en fika på fredag kl 10 och snacka ihop oss om offerten till kommunen? Jag bjuder.
Mvh Niklas""",
        recipient_name="Niklas", sender_name="Karl",
        meeting="offerten till kommunen", meeting_alternatives=["en fika", "fika"],
        meeting_time="fredag kl 10", meeting_time_iso="2026-12-11T10:00",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="009", fmt="eml", split="v2",
        frm=("Ingela Sjöström", "ingela.sjostrom@almbygg.se"), to=FRIDA,
        subject="Ändrad tid för intervjun", date="Fri, 04 Dec 2026 14:25:00 +0100",
        cte="base64",
        body="""Hej Frida,

Vår vd Peter Alm har tyvärr fått ett styrelsemöte som krockar med intervjun måndag 14/12 kl. 10.30. Skulle det gå att flytta den till tisdag 15/12 kl. 10.30 eller onsdag 16/12 kl. 15.00?

Vänliga hälsningar
Ingela Sjöström
Assistent till vd
Alm Bygg AB""",
        recipient_name="Ingela Sjöström", recipient_name_alternatives=["Peter Alm"],
        sender_name="Frida Westin", sender_name_alternatives=["Frida"],
        meeting="intervjun", meeting_alternatives=["Ändrad tid för intervjun"],
        meeting_time="måndag 14/12 kl. 10.30", meeting_time_iso="2026-12-14T10:30",
        proposed_times=["tisdag 15/12 kl. 10.30", "onsdag 16/12 kl. 15.00"],
        proposed_times_iso=["2026-12-15T10:30", "2026-12-16T15:00"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="010", fmt="txt", split="v2",
        quote_top="""Den 30 nov. 2026 kl. 11:02 skrev Karl Sjödin <karl@sjodinkonsult.se>:
> Hej Emil! Bekräftar coachingsamtalet torsdag 10 december kl. 8.00.
> /Karl""",
        body="""Hej Karl,
Jag måste tyvärr avboka torsdagens coachingsamtal, jag ska på en akut tjänsteresa till Oslo. Tillkommer det någon avgift när det är fyra dagar kvar?
/Emil Sandin""",
        recipient_name="Emil Sandin", recipient_name_alternatives=["Emil"],
        sender_name="Karl",
        meeting="torsdagens coachingsamtal", meeting_alternatives=["coachingsamtal"],
        meeting_time="torsdagens", meeting_time_iso="2026-12-10",
        kind="cancellation", suggested_intents=["reschedule", "cancellation_policy"],
    ),
]
