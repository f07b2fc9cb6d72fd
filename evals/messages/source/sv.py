"""Swedish client messages, written by hand (data-messages helper). Labels follow ../README.md."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]
ANNA = ("Anna Lindqvist", "anna@lindqvistkonsult.se")
ERIK = ("Erik Holm", "erik.holm@holmstrategi.se")

MESSAGES = [
    dict(
        id="001", fmt="eml", split="test",
        frm=("Björn Åkesson", "bjorn.akesson@nordvik-bygg.se"), to=ANNA,
        subject="Inbjudan: genomgång av projektplanen", date="Wed, 11 Mar 2026 09:30:00 +0100",
        x_mailer="Microsoft Outlook 16.0",
        body="""Hej Anna,

Vi skulle vilja bjuda in dig till en genomgång av projektplanen för det nya affärssystemet. Passar det torsdag den 19 mars kl. 13.00 hos oss på Kungsgatan 12 i Göteborg?
Vi räknar med ungefär två timmar, och vår ekonomichef kommer också att delta.

Hör gärna av dig om tiden fungerar.

Med vänliga hälsningar

Björn Åkesson
IT-chef
Nordvik Bygg AB
Tel: 031-712 45 80
Mobil: 070-345 12 98

Detta e-postmeddelande kan innehålla konfidentiell information och är endast avsett för adressaten. Om du har fått det av misstag, vänligen meddela avsändaren och radera meddelandet.""",
        recipient_name="Björn Åkesson", sender_name="Anna Lindqvist", sender_name_alternatives=["Anna"],
        meeting="genomgång av projektplanen",
        meeting_alternatives=["en genomgång av projektplanen för det nya affärssystemet",
                              "projektplanen för det nya affärssystemet", "det nya affärssystemet"],
        meeting_time="torsdag den 19 mars kl. 13.00", meeting_time_iso="2026-03-19T13:00",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="002", fmt="txt", split="dev",
        body="""Hej Anna!
Jag måste tyvärr flytta vårt möte om budgeten på tisdag kl. 10. Går det att ses onsdag 9 december kl. 14.30 istället, eller torsdag förmiddag?
Tack och sorry för strulet!
/Sara

Skickat från min iPhone""",
        recipient_name="Sara", sender_name="Anna",
        meeting="vårt möte om budgeten", meeting_alternatives=["möte om budgeten", "budgeten"],
        meeting_time="tisdag kl. 10", meeting_time_iso="2026-12-08T10:00",
        proposed_times=["onsdag 9 december kl. 14.30", "torsdag förmiddag"],
        proposed_times_iso=["2026-12-09T14:30", "2026-12-10"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="003", fmt="eml", split="dev",
        frm=("Maja Öberg", "maja.oberg@oberg-design.se"), to=ERIK,
        subject="Sv: Workshop om varumärket idag", date="Thu, 12 Nov 2026 07:15:00 +0100",
        in_reply_to="<CAM8p1xT4nQ2@mail.gmail.com>",
        body="""Hej Erik,

Jag är verkligen ledsen att jag hör av mig så sent, men jag måste ställa in vår workshop om varumärket idag kl. 12.15. Två av mina medarbetare har blivit sjuka och jag måste täcka upp i butiken.
Tar du ut någon avgift när det är så kort varsel? Säg till i så fall.

Kan vi hitta en ny tid nästa vecka? Tisdag 17 november kl. 12.15 skulle passa mig bra.

Vänliga hälsningar
Maja Öberg
Öberg Design AB
073-512 34 56""",
        quote="""Den tis 10 nov. 2026 kl 16:22 skrev Erik Holm <erik.holm@holmstrategi.se>:
> Hej Maja,
> Då ses vi torsdag 12 november kl. 12.15 för workshopen om varumärket.
> Hälsningar, Erik""",
        recipient_name="Maja Öberg", sender_name="Erik Holm", sender_name_alternatives=["Erik"],
        meeting="vår workshop om varumärket",
        meeting_alternatives=["workshop om varumärket", "Workshop om varumärket", "varumärket"],
        meeting_time="idag kl. 12.15", meeting_time_iso="2026-11-12T12:15",
        proposed_times=["Tisdag 17 november kl. 12.15"], proposed_times_iso=["2026-11-17T12:15"],
        kind="cancellation", suggested_intents=["late_cancellation", "cancellation_policy"],
    ),
    dict(
        id="004", fmt="txt", split="dev",
        body="""Hej Erik,

Förlåt att jag inte dök upp på vårt möte i fredags kl. 15. Jag satt fast på ett försenat tåg från Stockholm och hade ingen täckning för att höra av mig.
Jag vill gärna fortsätta diskussionen om ledarskapsprogrammet. Skulle torsdag 10 december kl. 9.00 eller fredag 11 december kl. 13.00 fungera för dig?

Med vänlig hälsning
Johan Lindberg
Personalchef, Lindberg & Söner AB""",
        recipient_name="Johan Lindberg", sender_name="Erik",
        meeting="ledarskapsprogrammet",
        meeting_alternatives=["diskussionen om ledarskapsprogrammet", "vårt möte"],
        meeting_time="i fredags kl. 15", meeting_time_iso="2026-12-04T15:00",
        proposed_times=["torsdag 10 december kl. 9.00", "fredag 11 december kl. 13.00"],
        proposed_times_iso=["2026-12-10T09:00", "2026-12-11T13:00"],
        kind="absence_notice", suggested_intents=["no_show_followup"],
    ),
    dict(
        id="005", fmt="txt", split="test",
        body="""Hej,
Vi funderar på att anlita er för en serie coachingsamtal för vår ledningsgrupp under våren. Innan vi bestämmer oss undrar jag hur era avbokningsregler ser ut: hur långt i förväg måste vi avboka för att slippa avgift, och vad händer om någon blir sjuk samma dag?
Vänliga hälsningar
Karin Nilsson
HR-ansvarig, Fjällvind Energi AB""",
        recipient_name="Karin Nilsson",
        meeting="en serie coachingsamtal för vår ledningsgrupp",
        meeting_alternatives=["coachingsamtal för vår ledningsgrupp", "coachingsamtal", "en serie coachingsamtal"],
        kind="policy_question", suggested_intents=["cancellation_policy"],
    ),
    dict(
        id="006", fmt="eml", split="dev",
        frm=("Oskar Sjöberg", "oskar.sjoberg@kustlogistik.se"), to=ANNA,
        subject="VB: Styrgruppsmöte digitalisering", date="Tue, 02 Jun 2026 15:05:00 +0200",
        x_mailer="Microsoft Outlook 16.0",
        body="""Hej Anna,

Vidarebefordrar inbjudan till styrgruppsmötet. Det vore bra om du kunde vara med och presentera nulägesanalysen, men säg till om tiden inte passar.

/Oskar

________________________________
Från: Elin Forsberg <elin.forsberg@kustlogistik.se>
Skickat: den 2 juni 2026 13:40
Till: Oskar Sjöberg <oskar.sjoberg@kustlogistik.se>
Ämne: Styrgruppsmöte digitalisering

När: onsdag 10 juni 2026 09:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
Var: Konferensrum Hamnen, plan 3

Dagordning: lägesrapport, budget, beslut om fas 2.""",
        recipient_name="Oskar Sjöberg", recipient_name_alternatives=["Oskar"],
        sender_name="Anna Lindqvist", sender_name_alternatives=["Anna"],
        meeting="styrgruppsmötet",
        meeting_alternatives=["Styrgruppsmöte digitalisering", "inbjudan till styrgruppsmötet"],
        meeting_time="onsdag 10 juni 2026 09:00-11:00", meeting_time_iso="2026-06-10T09:00",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="007", fmt="txt", split="test",
        body="""Hej Anna,
Bekräftar i morgon kl. 10 för genomgången av offerten. Kan du skicka den senaste versionen innan dess så att jag hinner läsa igenom den i kväll?
Tack!
Mikael""",
        recipient_name="Mikael", sender_name="Anna",
        meeting="genomgången av offerten", meeting_alternatives=["offerten"],
        meeting_time="i morgon kl. 10", meeting_time_iso="2026-12-07T10:00",
        kind="other", suggested_intents=[],
    ),
    dict(
        id="008", fmt="eml", split="test",
        frm=("Lars Engström", "lars.engstrom@engstrom-fastigheter.se"), to=ERIK,
        subject="SV: Strategidag 29 oktober", date="Tue, 20 Oct 2026 13:50:00 +0200",
        in_reply_to="<HE1PR05MB3321F4@HE1PR05MB3321.eurprd05.prod.outlook.com>", x_mailer="Microsoft Outlook 16.0",
        body="""Hej Erik,

Tyvärr har styrelsen flyttat sitt möte till torsdag den 29 oktober, så vi kan inte genomföra strategidagen som planerat kl. 8.30–16.00 den dagen.
Skulle det gå att flytta strategidagen till torsdag den 5 november eller fredag den 6 november, samma tider?

Ber om ursäkt för besväret.

Med vänliga hälsningar

Lars Engström
VD
Engström Fastigheter AB
Storgatan 8, 903 26 Umeå
Tel. 090-14 22 30""",
        quote="""-----Ursprungligt meddelande-----
Från: Erik Holm <erik.holm@holmstrategi.se>
Skickat: den 14 oktober 2026 10:05
Till: Lars Engström <lars.engstrom@engstrom-fastigheter.se>
Ämne: Strategidag 29 oktober

Hej Lars,
Jag bekräftar strategidagen torsdag den 29 oktober kl. 8.30–16.00.
Hälsningar
Erik Holm""",
        recipient_name="Lars Engström", sender_name="Erik Holm", sender_name_alternatives=["Erik"],
        meeting="strategidagen", meeting_alternatives=["Strategidag 29 oktober"],
        meeting_time="torsdag den 29 oktober", meeting_time_iso="2026-10-29",
        proposed_times=["torsdag den 5 november", "fredag den 6 november"],
        proposed_times_iso=["2026-11-05", "2026-11-06"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="009", fmt="txt", split="dev",
        body="""Hej Erik! Sorry för sent besked men jag kommer inte kunna vara med i morgon kl. 8.30 på uppföljningen av säljprocessen, ungarna har magsjuka och jag är hemma med dem. Kan vi ta det nästa vecka istället? Hörs! /Emma""",
        recipient_name="Emma", sender_name="Erik",
        meeting="uppföljningen av säljprocessen", meeting_alternatives=["säljprocessen"],
        meeting_time="i morgon kl. 8.30", meeting_time_iso="2026-12-07T08:30",
        kind="cancellation", suggested_intents=["late_cancellation"],
    ),
    dict(
        id="010", fmt="eml", split="dev",
        frm=("Ingrid Sandberg", "ingrid.sandberg@regionnorrbacka.se"), to=ANNA,
        subject="Uppstartsmöte – e-tjänsteprojektet", date="Thu, 10 Sep 2026 10:20:00 +0200",
        html=True,
        body="""Hej Anna Lindqvist,

Vi har nu tecknat avtal och vill gärna boka ett uppstartsmöte för e-tjänsteprojektet.
Förslag på tider:
• måndag 21 september kl. 13.00–15.00
• tisdag 22 september kl. 9.00
• torsdag 24 september kl. 14.30

Mötet hålls i regionhuset, sal Ängen. Meddela gärna vilken tid som passar dig bäst.

Vänliga hälsningar

Ingrid Sandberg
Projektledare, Digitaliseringsenheten
Region Norrbacka
010-456 78 90""",
        recipient_name="Ingrid Sandberg", sender_name="Anna Lindqvist", sender_name_alternatives=["Anna"],
        meeting="uppstartsmöte",
        meeting_alternatives=["ett uppstartsmöte för e-tjänsteprojektet", "e-tjänsteprojektet",
                              "Uppstartsmöte – e-tjänsteprojektet"],
        proposed_times=["måndag 21 september kl. 13.00–15.00", "tisdag 22 september kl. 9.00",
                        "torsdag 24 september kl. 14.30"],
        proposed_times_iso=["2026-09-21T13:00", "2026-09-22T09:00", "2026-09-24T14:30"],
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="011", fmt="txt", split="test",
        body="""Hej Anna,

Kan vi flytta vårt samtal på torsdag kl. 15 till kl. 16.30? Jag har ett styrelsemöte som drar ut på tiden.

Tack!
Fredrik""",
        quote="""Den fre 4 dec. 2026 kl 11:02 skrev Anna Lindqvist <anna@lindqvistkonsult.se>:
> Toppen, jag ringer dig torsdag 10 december kl. 15 om rekryteringen av ekonomichef.
> Anna""",
        recipient_name="Fredrik", sender_name="Anna",
        meeting="vårt samtal", meeting_alternatives=["samtal"],
        meeting_time="torsdag kl. 15", meeting_time_iso="2026-12-10T15:00",
        proposed_times=["kl. 16.30"], proposed_times_iso=["2026-12-10T16:30"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="012", fmt="txt", split="dev",
        body="""Hej Erik,
Jag vet inte riktigt hur det gick till, men jag missade helt vårt möte i torsdags. Jag hade skrivit in det på fel vecka i kalendern. Väldigt pinsamt, förlåt!
Kan vi boka om genomgången av medarbetarenkäten? Jag kan på tisdag hela dagen eller onsdag efter lunch.
Hälsningar
Sofia Berg""",
        recipient_name="Sofia Berg", sender_name="Erik",
        meeting="genomgången av medarbetarenkäten", meeting_alternatives=["medarbetarenkäten", "vårt möte"],
        meeting_time="i torsdags", meeting_time_iso="2026-12-03",
        proposed_times=["tisdag hela dagen", "onsdag efter lunch"],
        proposed_times_iso=["2026-12-08", "2026-12-09"],
        kind="absence_notice", suggested_intents=["no_show_followup"],
    ),
    dict(
        id="013", fmt="eml", split="dev",
        frm=("Eva-Lena Persson", "evalena.persson@perssonsbageri.se"), to=ANNA,
        subject="Fråga om faktura 1042", date="Wed, 25 Nov 2026 10:40:00 +0100",
        body="""Hej Anna,

På faktura 1042 står det att konsultationen den 18 november debiteras fullt ut, trots att vi avbokade dagen innan. Jag minns inte att vi kom överens om det. Kan du förklara vilka avbokningsvillkor som gäller, alltså hur lång framförhållning som krävs och hur mycket som debiteras?

Tack på förhand,
Eva-Lena Persson
Perssons Bageri AB

Skickat från min iPad""",
        recipient_name="Eva-Lena Persson", sender_name="Anna Lindqvist", sender_name_alternatives=["Anna"],
        meeting="konsultationen", meeting_alternatives=[],
        meeting_time="den 18 november", meeting_time_iso="2026-11-18",
        kind="policy_question", suggested_intents=["cancellation_policy"],
    ),
    dict(
        id="014", fmt="txt", split="dev",
        body="""Hej Anna, har du tid i morgon kl. 11 för ett kort telefonmöte om offerten till Sundsvall? Max 20 minuter. Mvh Per Ekström""",
        recipient_name="Per Ekström", sender_name="Anna",
        meeting="ett kort telefonmöte om offerten till Sundsvall",
        meeting_alternatives=["telefonmöte om offerten till Sundsvall", "offerten till Sundsvall"],
        meeting_time="i morgon kl. 11", meeting_time_iso="2026-12-07T11:00",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="015", fmt="eml", split="test",
        frm=("Linnea Wikström", "linnea.wikstrom@hallberg-advokat.se"), to=ERIK,
        subject="Dagens möte med Magnus Hallberg", date="Mon, 05 Oct 2026 07:45:00 +0200",
        x_mailer="Microsoft Outlook 16.0",
        body="""Hej Erik,

Magnus Hallberg har bett mig meddela att han tyvärr måste ställa in mötet idag kl. 10.00 om den nya organisationsstrukturen. Han har blivit kallad till ett akut förhandlingsmöte i Stockholm.
Han beklagar det korta varslet och föreslår onsdag den 7 oktober kl. 10.00 eller torsdag den 8 oktober kl. 15.00 istället.

Vänliga hälsningar

Linnea Wikström
Assistent
Hallberg Advokatbyrå
08-545 120 00

Detta meddelande är konfidentiellt och endast avsett för mottagaren.""",
        recipient_name="Linnea Wikström", recipient_name_alternatives=["Magnus Hallberg"],
        sender_name="Erik Holm", sender_name_alternatives=["Erik"],
        meeting="den nya organisationsstrukturen", meeting_alternatives=["nya organisationsstrukturen", "mötet"],
        meeting_time="idag kl. 10.00", meeting_time_iso="2026-10-05T10:00",
        proposed_times=["onsdag den 7 oktober kl. 10.00", "torsdag den 8 oktober kl. 15.00"],
        proposed_times_iso=["2026-10-07T10:00", "2026-10-08T15:00"],
        kind="cancellation", suggested_intents=["late_cancellation"],
    ),
    dict(
        id="016", fmt="txt", split="dev",
        body="""Hej Anna Lindqvist,

Jag fick ditt namn av Henrik på Skogsbolaget. Vi på Norrdal Kommunfastigheter står inför en större upphandling av fastighetssystem och skulle gärna vilja träffa dig för ett inledande samtal.
Skulle fredag den 18 december kl. 10.30 passa? Vi kan ses på vårt kontor eller via Teams, vad du föredrar.

Med vänlig hälsning

Göran Lundgren
Fastighetschef
Norrdal Kommunfastigheter AB
0651-180 00""",
        recipient_name="Göran Lundgren", sender_name="Anna Lindqvist",
        meeting="ett inledande samtal",
        meeting_alternatives=["inledande samtal", "en större upphandling av fastighetssystem",
                              "upphandling av fastighetssystem"],
        meeting_time="fredag den 18 december kl. 10.30", meeting_time_iso="2026-12-18T10:30",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="017", fmt="eml", split="test",
        frm=("Ahmed Karimi", "ahmed.karimi@karimi-restaurang.se"), to=ERIK,
        subject="Sv: Möte onsdag", date="Wed, 18 Nov 2026 19:12:00 +0100",
        in_reply_to="<2C7E1A90-5D4B-4F3C-B2A1-9E8D7C6B5A40@holmstrategi.se>",
        body="""Hej Erik, förlåt! Jag glömde helt bort vårt möte i eftermiddags kl. 14 om den nya menyprissättningen, det var kaos i köket. Går det att ses i morgon kl. 9 istället?
Ahmed

Skickat från min iPhone""",
        quote="""16 nov. 2026 kl. 08:41 skrev Erik Holm <erik.holm@holmstrategi.se>:

> Hej Ahmed, vi ses onsdag 18 november kl. 14 hos dig för att gå igenom menyprissättningen.
> /Erik""",
        recipient_name="Ahmed Karimi", recipient_name_alternatives=["Ahmed"],
        sender_name="Erik Holm", sender_name_alternatives=["Erik"],
        meeting="den nya menyprissättningen", meeting_alternatives=["menyprissättningen", "vårt möte"],
        meeting_time="i eftermiddags kl. 14", meeting_time_iso="2026-11-18T14:00",
        proposed_times=["i morgon kl. 9"], proposed_times_iso=["2026-11-19T09:00"],
        kind="absence_notice", suggested_intents=["no_show_followup"],
    ),
    dict(
        id="018", fmt="txt", split="dev",
        body="""Hej Erik,
En fråga inför vårens workshopserie: om en av våra avdelningschefer måste lämna återbud samma dag, till exempel vid sjukdom, hur gör ni då? Debiterar ni hela passet, eller går det att flytta det utan kostnad?
Hälsningar
Therese Holmgren
HR-partner, Mälardalens Vatten AB""",
        recipient_name="Therese Holmgren", sender_name="Erik",
        meeting="vårens workshopserie", meeting_alternatives=["workshopserie", "hela passet"],
        kind="policy_question", suggested_intents=["cancellation_policy"],
    ),
    dict(
        id="019", fmt="eml", split="test",
        frm=("Jonas Bergström", "jonas.bergstrom@polarmedia.se"), to=ANNA,
        subject="Flytta kvartalsavstämningen?", date="Tue, 01 Dec 2026 08:55:00 +0100",
        html=True,
        body="""Hej Anna,

Vi hade bokat kvartalsavstämningen torsdag 3 december kl. 13.00, men vår vd är på resa hela veckan och jag vill gärna att hon är med.
Skulle måndag 7 december kl. 15.00 eller tisdag 8 december på förmiddagen fungera?

Hälsningar
Jonas

--
Jonas Bergström
Marknadschef | Polar Media AB
Drottninggatan 55, 111 21 Stockholm
+46 8 123 456 78""",
        recipient_name="Jonas Bergström", recipient_name_alternatives=["Jonas"],
        sender_name="Anna Lindqvist", sender_name_alternatives=["Anna"],
        meeting="kvartalsavstämningen", meeting_alternatives=[],
        meeting_time="torsdag 3 december kl. 13.00", meeting_time_iso="2026-12-03T13:00",
        proposed_times=["måndag 7 december kl. 15.00", "tisdag 8 december på förmiddagen"],
        proposed_times_iso=["2026-12-07T15:00", "2026-12-08"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="020", fmt="txt", split="dev",
        body="""Hej Anna,

Perfekt, då ses vi onsdag 16 december kl. 9.30 för utvärderingen av piloten. Jag tar med vår controller Nils om det går bra?

Hälsningar
Kristina""",
        quote="""-----Ursprungligt meddelande-----
Från: Anna Lindqvist <anna@lindqvistkonsult.se>
Skickat: den 4 december 2026 14:30
Till: Kristina Dahl
Ämne: Utvärdering av piloten

Hej Kristina, ska vi utvärdera piloten onsdag 16 december kl. 9.30?
Anna""",
        recipient_name="Kristina", sender_name="Anna",
        meeting="utvärderingen av piloten", meeting_alternatives=["piloten"],
        meeting_time="onsdag 16 december kl. 9.30", meeting_time_iso="2026-12-16T09:30",
        kind="other", suggested_intents=[],
    ),
]

# Harder shapes: "Efternamn Förnamn (avdelning)" display name in Latin-1, no sign-off, bottom-posting,
# English history and disclaimer.
MESSAGES += [
    dict(
        id="021", fmt="eml", split="dev",
        frm=("Lindgren Per (Ekonomi)", "per.lindgren@malarstal.se"), to=ANNA,
        subject="Årsavstämning", date="Tue, 01 Dec 2026 10:30:00 +0100",
        charset="iso-8859-1", html=True, x_mailer="Microsoft Outlook 16.0",
        body="""Hej Anna,

Som vi pratade om i telefon föreslår jag att vi håller årsavstämningen den 15/12 kl. 9.30 här hos oss i Västerås. Räkna med ungefär två timmar.

Återkom gärna om det passar.

Med vänlig hälsning

Per Lindgren
Ekonomichef
Mälarstål AB
021-13 44 50""",
        recipient_name="Per Lindgren", recipient_name_alternatives=["Lindgren Per (Ekonomi)", "Lindgren Per"],
        sender_name="Anna Lindqvist", sender_name_alternatives=["Anna"],
        meeting="årsavstämningen", meeting_alternatives=["Årsavstämning"],
        meeting_time="den 15/12 kl. 9.30", meeting_time_iso="2026-12-15T09:30",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="022", fmt="txt", split="test",
        body="""Hej, tyvärr kan jag inte komma på coachningssamtalet i morgon kl. 8.30, min son är sjuk. Ber om ursäkt för det sena beskedet. Jag hör av mig för att boka en ny tid.""",
        recipient_name=None, sender_name=None,
        meeting="coachningssamtalet", meeting_alternatives=[],
        meeting_time="i morgon kl. 8.30", meeting_time_iso="2026-12-07T08:30",
        kind="cancellation", suggested_intents=["late_cancellation"],
    ),
    dict(
        id="023", fmt="txt", split="test",
        quote_top="""Den tors 3 dec. 2026 kl 17:08 skrev Anna Lindqvist <anna@lindqvistkonsult.se>:
> Jag kan tisdag 8 december kl. 10 eller onsdag 9 december kl. 16 för presentationen av revisionsresultaten.""",
        body="""Inget av alternativen fungerar tyvärr för presentationen, vår ledningsgrupp har flyttat sitt möte. Går fredag 11 december kl. 11 eller måndag 14 december kl. 14?

Hälsningar
Stina Axelsson""",
        recipient_name="Stina Axelsson", sender_name=None,
        meeting="presentationen", meeting_alternatives=[],
        proposed_times=["fredag 11 december kl. 11", "måndag 14 december kl. 14"],
        proposed_times_iso=["2026-12-11T11:00", "2026-12-14T14:00"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="024", fmt="eml", split="dev",
        frm=("Henrik Strand", "henrik.strand@nordicpulp.com"), to=ERIK,
        subject="Sv: Workshop Friday – agenda", date="Wed, 02 Dec 2026 14:20:00 +0100",
        in_reply_to="<GV1PR10MB5512A7@GV1PR10MB5512.EURPRD10.PROD.OUTLOOK.COM>", x_mailer="Microsoft Outlook 16.0",
        cte="base64",
        body="""Hej Erik,

Tyvärr måste vi avboka workshopen om prissättningsstrategin på fredag kl. 13. Halva ledningsgruppen är kallad till ett extra styrelsemöte i Oslo.
Blir det någon avgift när vi avbokar med två dagars varsel? Vi vill gärna ta workshopen i januari i stället, förslagsvis tisdag 12 januari kl. 13.

Vänliga hälsningar
Henrik Strand
Head of Commercial Excellence
Nordic Pulp Group

This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender immediately and delete this e-mail.""",
        quote="""From: Erik Holm <erik.holm@holmstrategi.se>
Sent: Monday, November 30, 2026 9:02 AM
To: Henrik Strand <henrik.strand@nordicpulp.com>
Subject: Workshop Friday – agenda

Hi Henrik,
Please find the agenda for Friday's pricing strategy workshop (4 December, 13:00–16:00) attached.
Best regards,
Erik""",
        recipient_name="Henrik Strand", sender_name="Erik Holm", sender_name_alternatives=["Erik"],
        meeting="workshopen om prissättningsstrategin", meeting_alternatives=["prissättningsstrategin", "workshopen"],
        meeting_time="fredag kl. 13", meeting_time_iso="2026-12-04T13:00",
        proposed_times=["tisdag 12 januari kl. 13"], proposed_times_iso=["2027-01-12T13:00"],
        kind="cancellation", suggested_intents=["reschedule", "cancellation_policy"],
    ),
]
