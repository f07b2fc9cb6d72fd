"""Italian client messages, written by hand (data-messages helper). Labels follow ../README.md."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]
MARCO = ("Marco Rossi", "marco.rossi@rossiconsulting.it")
CHIARA = ("Chiara Conti", "chiara.conti@studioconti.it")

MESSAGES = [
    dict(
        id="001", fmt="eml", split="dev",
        frm=("Giulia Bianchi", "giulia.bianchi@ferraris-spa.it"), to=MARCO,
        subject="Revisione del progetto – proposta incontro", date="Mon, 09 Mar 2026 10:02:00 +0100",
        x_mailer="Microsoft Outlook 16.0",
        body="""Gentile Dott. Rossi,

le scrivo per proporle un incontro per la revisione del progetto di migrazione al cloud. Saremmo disponibili giovedì 12 marzo alle 10, presso la nostra sede di Torino (via Po 18, secondo piano).
La riunione dovrebbe durare circa un'ora e mezza; parteciperanno anche il nostro responsabile IT e la referente acquisti.

Resto in attesa di un suo cortese riscontro.

Cordiali saluti,

Giulia Bianchi
Project Manager
Ferraris S.p.A.
Tel. +39 011 561 2290

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Se avete ricevuto questo messaggio per errore, vi preghiamo di distruggerlo e di darne notizia al mittente.""",
        recipient_name="Giulia Bianchi", sender_name="Marco Rossi", sender_name_alternatives=["Rossi", "Dott. Rossi"],
        meeting="la revisione del progetto di migrazione al cloud",
        meeting_alternatives=["un incontro per la revisione del progetto di migrazione al cloud",
                              "revisione del progetto", "Revisione del progetto"],
        meeting_time="giovedì 12 marzo alle 10", meeting_time_iso="2026-03-12T10:00",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="002", fmt="txt", split="dev",
        body="""Ciao Marco,
scusa il preavviso, ma mercoledì alle 15 non riesco più per il punto sul sito e-commerce: mi hanno messo una riunione con la direzione proprio a quell'ora. Possiamo spostarlo a giovedì 10 dicembre alle 11 oppure venerdì pomeriggio dopo le 14:30?
Grazie mille,
Francesca

Inviato da iPhone""",
        recipient_name="Francesca", sender_name="Marco",
        meeting="il punto sul sito e-commerce", meeting_alternatives=["punto sul sito e-commerce", "sito e-commerce"],
        meeting_time="mercoledì alle 15", meeting_time_iso="2026-12-09T15:00",
        proposed_times=["giovedì 10 dicembre alle 11", "venerdì pomeriggio dopo le 14:30"],
        proposed_times_iso=["2026-12-10T11:00", "2026-12-11T14:30"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="003", fmt="eml", split="test",
        frm=("Niccolò Ferrà", "n.ferra@ferra-arredamenti.it"), to=CHIARA,
        subject="Re: Incontro di oggi – piano marketing 2027", date="Wed, 18 Nov 2026 08:12:00 +0100",
        in_reply_to="<CAJk3m8vQ1x0@mail.gmail.com>",
        body="""Buongiorno Chiara,

mi dispiace moltissimo avvisarla così tardi, ma devo annullare l'incontro di oggi alle 11:30 sul piano marketing 2027. Mio padre è stato ricoverato stanotte e sto andando in ospedale.
La ricontatto io appena possibile per fissare una nuova data.

Un cordiale saluto,
Niccolò Ferrà
Ferrà Arredamenti s.r.l.""",
        quote="""Il giorno lun 16 nov 2026 alle ore 17:40 Chiara Conti <chiara.conti@studioconti.it> ha scritto:
> Gentile Niccolò,
> le confermo l'appuntamento di mercoledì 18 novembre alle 11:30 nel suo ufficio di Monza.
> Cordialmente,
> Chiara Conti""",
        recipient_name="Niccolò Ferrà", sender_name="Chiara Conti", sender_name_alternatives=["Chiara"],
        meeting="piano marketing 2027", meeting_alternatives=["l'incontro"],
        meeting_time="oggi alle 11:30", meeting_time_iso="2026-11-18T11:30",
        kind="cancellation", suggested_intents=["late_cancellation"],
    ),
    dict(
        id="004", fmt="txt", split="dev",
        body="""Buongiorno dott.ssa Conti,

le chiedo scusa per non essermi presentato all'appuntamento di venerdì 4 dicembre alle 9.30. Ho avuto un problema con l'auto in tangenziale e il telefono era scarico, per cui non sono riuscito nemmeno ad avvisarla.
Se possibile vorrei recuperare la sessione di coaching la prossima settimana: giovedì 10 dicembre o venerdì 11 dicembre, in qualsiasi orario della mattina.

Ancora scuse,
Alessandro Greco
Responsabile commerciale – Greco Logistica""",
        recipient_name="Alessandro Greco", sender_name="Conti", sender_name_alternatives=["dott.ssa Conti"],
        meeting="la sessione di coaching", meeting_alternatives=["sessione di coaching", "all'appuntamento"],
        meeting_time="venerdì 4 dicembre alle 9.30", meeting_time_iso="2026-12-04T09:30",
        proposed_times=["giovedì 10 dicembre", "venerdì 11 dicembre"],
        proposed_times_iso=["2026-12-10", "2026-12-11"],
        kind="absence_notice", suggested_intents=["no_show_followup"],
    ),
    dict(
        id="005", fmt="txt", split="test",
        body="""Salve,
sto valutando i vostri servizi di consulenza fiscale per la mia ditta. Prima di fissare il primo incontro volevo chiedere: qual è la vostra politica in caso di disdetta? C'è un preavviso minimo o una penale se annullo il giorno prima?
Grazie,
Roberta Galli""",
        recipient_name="Roberta Galli",
        meeting="il primo incontro", meeting_alternatives=["primo incontro", "consulenza fiscale"],
        kind="policy_question", suggested_intents=["cancellation_policy"],
    ),
    dict(
        id="006", fmt="eml", split="dev",
        frm=("Valentina Esposito", "valentina.esposito@solmare.it"), to=MARCO,
        subject="I: Invito: Steering committee progetto ERP - martedì 9 giugno 2026 14:30",
        date="Wed, 03 Jun 2026 09:45:00 +0200", x_mailer="Microsoft Outlook 16.0",
        body="""Marco, ti inoltro l'invito allo steering committee. Ci saresti? Se preferisci collegarti da remoto il link Teams è qui sotto.
Vale

-------- Messaggio inoltrato --------
Da: Davide Moretti <davide.moretti@solmare.it>
Inviato: mercoledì 3 giugno 2026 09:10
A: Valentina Esposito <valentina.esposito@solmare.it>
Oggetto: Invito: Steering committee progetto ERP

Quando: martedì 9 giugno 2026 14:30-16:00 (UTC+01:00) Amsterdam, Berlino, Berna, Roma, Stoccolma, Vienna.
Dove: Sala Vesuvio / Microsoft Teams

Partecipa alla riunione di Microsoft Teams
ID riunione: 345 221 908 77

Ordine del giorno: stato avanzamento, rischi, go-live.""",
        recipient_name="Valentina Esposito", recipient_name_alternatives=["Vale"],
        sender_name="Marco Rossi", sender_name_alternatives=["Marco"],
        meeting="steering committee",
        meeting_alternatives=["Steering committee progetto ERP", "l'invito allo steering committee"],
        meeting_time="martedì 9 giugno 2026 14:30-16:00", meeting_time_iso="2026-06-09T14:30",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="007", fmt="txt", split="dev",
        body="""Buonasera Marco,
confermo la call di lunedì 14 dicembre alle 17:00 per il budget 2027. Mi manderesti prima l'ordine del giorno? Così preparo i numeri.
Luca""",
        recipient_name="Luca", sender_name="Marco",
        meeting="il budget 2027", meeting_alternatives=["budget 2027", "la call"],
        meeting_time="lunedì 14 dicembre alle 17:00", meeting_time_iso="2026-12-14T17:00",
        kind="other", suggested_intents=[],
    ),
    dict(
        id="008", fmt="eml", split="test",
        frm=("Stefano Marchetti", "s.marchetti@marchetti-costruzioni.it"), to=CHIARA,
        subject="R: Workshop leadership 22 ottobre", date="Thu, 15 Oct 2026 15:20:00 +0200",
        in_reply_to="<VI1PR07MB6210C3@VI1PR07MB6210.eurprd07.prod.outlook.com>", x_mailer="Microsoft Outlook 16.0",
        body="""Buongiorno Chiara,

purtroppo il workshop sulla leadership previsto per giovedì 22 ottobre alle ore 9:00 si sovrappone con un sopralluogo che non posso spostare.
Le chiederei gentilmente se è possibile rinviarlo a giovedì 29 ottobre, stesso orario, oppure a lunedì 2 novembre alle 14:00.

Grazie per la disponibilità e mi scusi per il disagio.

Stefano Marchetti
Direttore Tecnico
Marchetti Costruzioni S.r.l.
Cell. 335 784 2201""",
        quote="""-----Messaggio originale-----
Da: Chiara Conti <chiara.conti@studioconti.it>
Inviato: venerdì 9 ottobre 2026 11:02
A: Stefano Marchetti <s.marchetti@marchetti-costruzioni.it>
Oggetto: Workshop leadership 22 ottobre

Gentile Stefano,
le confermo il workshop sulla leadership di giovedì 22 ottobre alle 9:00.
Cordiali saluti,
Chiara Conti""",
        recipient_name="Stefano Marchetti", sender_name="Chiara Conti", sender_name_alternatives=["Chiara"],
        meeting="il workshop sulla leadership", meeting_alternatives=["workshop sulla leadership", "Workshop leadership"],
        meeting_time="giovedì 22 ottobre alle ore 9:00", meeting_time_iso="2026-10-22T09:00",
        proposed_times=["giovedì 29 ottobre, stesso orario", "lunedì 2 novembre alle 14:00"],
        proposed_times_iso=["2026-10-29T09:00", "2026-11-02T14:00"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="009", fmt="txt", split="dev",
        body="""Marco ciao, ti scrivo adesso perché stamattina mi sono svegliato con la febbre alta. Domani alle 9 non ce la faccio a venire in ufficio per la presentazione del nuovo logo, mi dispiace tantissimo. Possiamo sentirci giovedì?
Paolo""",
        recipient_name="Paolo", sender_name="Marco",
        meeting="la presentazione del nuovo logo", meeting_alternatives=["presentazione del nuovo logo", "nuovo logo"],
        meeting_time="Domani alle 9", meeting_time_iso="2026-12-07T09:00",
        proposed_times=["giovedì"], proposed_times_iso=["2026-12-10"],
        kind="cancellation", suggested_intents=["late_cancellation"],
    ),
    dict(
        id="010", fmt="eml", split="dev",
        frm=("Federica Lombardi", "federica.lombardi@comunedivaldera.it"), to=MARCO,
        subject="Avvio progetto digitalizzazione archivi", date="Tue, 08 Sep 2026 11:30:00 +0200",
        html=True,
        body="""Gentile dott. Rossi,

a seguito dell'aggiudicazione, vorremmo organizzare la riunione di avvio del progetto di digitalizzazione degli archivi comunali.
Le propongo le seguenti date:
• lunedì 21 settembre alle 10:00
• martedì 22 settembre alle 15:00
• giovedì 24 settembre alle 11:30

Ci farebbe sapere quale preferisce?

Distinti saluti,

Federica Lombardi
Responsabile Servizi Informativi
Comune di Valdera
Tel. 0587 123 456""",
        recipient_name="Federica Lombardi", sender_name="Marco Rossi", sender_name_alternatives=["Rossi", "dott. Rossi"],
        meeting="la riunione di avvio",
        meeting_alternatives=["la riunione di avvio del progetto di digitalizzazione degli archivi comunali",
                              "progetto di digitalizzazione degli archivi comunali",
                              "Avvio progetto digitalizzazione archivi", "riunione di avvio"],
        proposed_times=["lunedì 21 settembre alle 10:00", "martedì 22 settembre alle 15:00", "giovedì 24 settembre alle 11:30"],
        proposed_times_iso=["2026-09-21T10:00", "2026-09-22T15:00", "2026-09-24T11:30"],
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="011", fmt="txt", split="dev",
        body="""Ciao Marco,
la call di domani alle 16 riusciamo a farla alle 18? Ho un cliente che si è allungato.
Se non ti va bene facciamo martedì alle 16.
Grazie!
Elena""",
        quote="""Il giorno ven 4 dic 2026 alle ore 10:15 Marco Rossi <marco.rossi@rossiconsulting.it> ha scritto:
> Perfetto, allora lunedì 7 alle 16 facciamo il punto sulla campagna social.
> Marco""",
        recipient_name="Elena", sender_name="Marco",
        meeting="la call", meeting_alternatives=["call"],
        meeting_time="domani alle 16", meeting_time_iso="2026-12-07T16:00",
        proposed_times=["alle 18", "martedì alle 16"], proposed_times_iso=["2026-12-07T18:00", "2026-12-08T16:00"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="012", fmt="txt", split="test",
        body="""Buongiorno Chiara, mi scusi tanto per venerdì pomeriggio, ho avuto un'emergenza in famiglia e non sono riuscita ad avvisarla. Possiamo recuperare il colloquio di feedback? Mi dica lei quando. Cordialmente, Martina Ricci""",
        recipient_name="Martina Ricci", sender_name="Chiara",
        meeting="il colloquio di feedback", meeting_alternatives=["colloquio di feedback"],
        meeting_time="venerdì pomeriggio", meeting_time_iso="2026-12-04",
        kind="absence_notice", suggested_intents=["no_show_followup"],
    ),
    dict(
        id="013", fmt="eml", split="dev",
        frm=("Antonella De Luca", "antonella.deluca@deluca-ottica.it"), to=MARCO,
        subject="Domanda sulla fattura di novembre", date="Fri, 20 Nov 2026 12:05:00 +0100",
        body="""Buongiorno Marco,

ho visto in fattura l'addebito dell'intera consulenza del 13 novembre, che avevamo disdetto il giorno prima. Non ricordavo questa condizione: mi può indicare cosa prevede esattamente il contratto per le disdette (quante ore di preavviso e che percentuale viene addebitata)?

Grazie,
Antonella De Luca
Ottica De Luca – Napoli

Inviato dal mio dispositivo Samsung""",
        recipient_name="Antonella De Luca", sender_name="Marco Rossi", sender_name_alternatives=["Marco"],
        meeting="consulenza", meeting_alternatives=["l'intera consulenza"],
        meeting_time="13 novembre", meeting_time_iso="2026-11-13",
        kind="policy_question", suggested_intents=["cancellation_policy"],
    ),
    dict(
        id="014", fmt="txt", split="test",
        body="""Buongiorno Marco, avrebbe tempo domani alle 12:30 per un pranzo veloce? Vorrei parlarle del rinnovo del contratto di assistenza. Saluti, Giorgio Fabbri""",
        recipient_name="Giorgio Fabbri", sender_name="Marco",
        meeting="rinnovo del contratto di assistenza", meeting_alternatives=["un pranzo veloce", "contratto di assistenza"],
        meeting_time="domani alle 12:30", meeting_time_iso="2026-12-07T12:30",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="015", fmt="eml", split="dev",
        frm=("Laura Sartori", "segreteria@studiocolombo.it"), to=CHIARA,
        subject="Annullamento riunione odierna", date="Tue, 06 Oct 2026 07:55:00 +0200",
        x_mailer="Microsoft Outlook 16.0",
        body="""Gentile dott.ssa Conti,

su incarico dell'Avv. Colombo la informo che la riunione di oggi alle ore 10.00 sulla riorganizzazione dello studio è annullata: l'avvocato è stato trattenuto in udienza a Milano.
L'avvocato si scusa per il breve preavviso e propone di rivedersi giovedì 8 ottobre alle 15.00.

Cordiali saluti,

Laura Sartori
Segreteria – Studio Legale Colombo
Tel. 02 8945 6612

Questo messaggio è destinato unicamente al destinatario indicato. Qualsiasi utilizzo non autorizzato è vietato.""",
        recipient_name="Laura Sartori", recipient_name_alternatives=["Avv. Colombo"],
        sender_name="Chiara Conti", sender_name_alternatives=["Conti", "dott.ssa Conti"],
        meeting="la riorganizzazione dello studio", meeting_alternatives=["riorganizzazione dello studio", "la riunione"],
        meeting_time="oggi alle ore 10.00", meeting_time_iso="2026-10-06T10:00",
        proposed_times=["giovedì 8 ottobre alle 15.00"], proposed_times_iso=["2026-10-08T15:00"],
        kind="cancellation", suggested_intents=["late_cancellation"],
    ),
    dict(
        id="016", fmt="txt", split="test",
        body="""Egregio dott. Rossi,

come anticipato telefonicamente, la Fondazione vorrebbe coinvolgerla nella valutazione del bando per l'innovazione sociale. Le proporrei un primo incontro conoscitivo mercoledì 16 dicembre alle ore 11, presso la nostra sede in Piazza della Signoria 4, Firenze.

In attesa di un suo gentile riscontro, porgo cordiali saluti.

Prof.ssa Ilaria Mancini
Segretario generale
Fondazione Arno per il Territorio""",
        recipient_name="Ilaria Mancini", recipient_name_alternatives=["Prof.ssa Ilaria Mancini"],
        sender_name="Rossi", sender_name_alternatives=["dott. Rossi"],
        meeting="un primo incontro conoscitivo",
        meeting_alternatives=["primo incontro conoscitivo", "la valutazione del bando per l'innovazione sociale"],
        meeting_time="mercoledì 16 dicembre alle ore 11", meeting_time_iso="2026-12-16T11:00",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="017", fmt="eml", split="dev",
        frm=("Matteo Gallo", "matteo.gallo@gallo-vini.it"), to=MARCO,
        subject="Re: Appuntamento di oggi", date="Thu, 26 Nov 2026 18:30:00 +0100",
        in_reply_to="<9A4F2E10-3B7C-4D8E-A1F2-6C5D4E3F2A1B@rossiconsulting.it>",
        body="""Marco scusami tantissimo, oggi alle 15 ero bloccato in cantina con un'ispezione e mi è completamente passato di mente l'appuntamento per il piano di export. Possiamo rifarlo lunedì 30 alle 15?
Matteo

Inviato da iPhone""",
        quote="""Il giorno 24 nov 2026, alle ore 09:12, Marco Rossi <marco.rossi@rossiconsulting.it> ha scritto:

> Ciao Matteo, ci vediamo giovedì 26 alle 15 da voi per il piano di export.
> Marco""",
        recipient_name="Matteo Gallo", recipient_name_alternatives=["Matteo"],
        sender_name="Marco Rossi", sender_name_alternatives=["Marco"],
        meeting="il piano di export", meeting_alternatives=["l'appuntamento per il piano di export", "piano di export"],
        meeting_time="oggi alle 15", meeting_time_iso="2026-11-26T15:00",
        proposed_times=["lunedì 30 alle 15"], proposed_times_iso=["2026-11-30T15:00"],
        kind="absence_notice", suggested_intents=["no_show_followup"],
    ),
    dict(
        id="018", fmt="txt", split="dev",
        body="""Gentile Chiara,
per il percorso di formazione dei nostri capi reparto a gennaio: se una sessione salta per un'emergenza in produzione (capita spesso da noi), come vi regolate? È prevista una penale, oppure la si può recuperare senza costi entro il mese?
Grazie e buona giornata,
Sergio Pellegrini
HR Manager – Pellegrini Meccanica""",
        recipient_name="Sergio Pellegrini", sender_name="Chiara",
        meeting="il percorso di formazione dei nostri capi reparto",
        meeting_alternatives=["percorso di formazione", "una sessione"],
        kind="policy_question", suggested_intents=["cancellation_policy"],
    ),
    dict(
        id="019", fmt="eml", split="test",
        frm=("Simona Ferri", "simona.ferri@ferri-group.it"), to=MARCO,
        subject="Spostamento revisione trimestrale", date="Mon, 30 Nov 2026 09:05:00 +0100",
        html=True,
        body="""Buongiorno Marco,

avevamo fissato la revisione trimestrale per giovedì 3 dicembre alle 14:00, ma il nostro CFO sarà in trasferta tutta la settimana.
Sarebbe possibile spostarla a mercoledì 9 dicembre alle 10:00 oppure a giovedì 10 dicembre nel pomeriggio?

Grazie in anticipo,
Simona

--
Simona Ferri
Controller | Ferri Group S.p.A.
Via Emilia 212, 40026 Imola (BO)
T +39 0542 640 118""",
        recipient_name="Simona Ferri", recipient_name_alternatives=["Simona"],
        sender_name="Marco Rossi", sender_name_alternatives=["Marco"],
        meeting="la revisione trimestrale", meeting_alternatives=["revisione trimestrale"],
        meeting_time="giovedì 3 dicembre alle 14:00", meeting_time_iso="2026-12-03T14:00",
        proposed_times=["mercoledì 9 dicembre alle 10:00", "giovedì 10 dicembre nel pomeriggio"],
        proposed_times_iso=["2026-12-09T10:00", "2026-12-10"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="020", fmt="txt", split="test",
        body="""Buongiorno Marco, tutto confermato per giovedì 10 dicembre alle 9:30. Porto con me anche la collega dell'amministrazione, Sara, che seguirà la parte di fatturazione elettronica. A giovedì!
Daniela""",
        quote="""-----Messaggio originale-----
Da: Marco Rossi <marco.rossi@rossiconsulting.it>
Inviato: giovedì 3 dicembre 2026 16:48
A: Daniela Moro
Oggetto: Fatturazione elettronica

Buongiorno Daniela, ci vediamo giovedì 10 dicembre alle 9:30 per la fatturazione elettronica.
Marco""",
        recipient_name="Daniela", sender_name="Marco",
        meeting="fatturazione elettronica", meeting_alternatives=["la parte di fatturazione elettronica"],
        meeting_time="giovedì 10 dicembre alle 9:30", meeting_time_iso="2026-12-10T09:30",
        kind="other", suggested_intents=[],
    ),
]

# Harder shapes: "Cognome, Nome" display name in Latin-1, no sign-off at all, bottom-posting, trilingual disclaimer.
MESSAGES += [
    dict(
        id="021", fmt="eml", split="test",
        frm=("Moretti, Alberto", "alberto.moretti@cartiere-moretti.it"), to=MARCO,
        subject="Incontro annuale di bilancio", date="Tue, 01 Dec 2026 10:12:00 +0100",
        charset="iso-8859-1", html=True, x_mailer="Microsoft Outlook 16.0",
        body="""Buongiorno Marco,

come anticipato al telefono, le propongo l'incontro annuale di bilancio per il 15/12 alle 9:30 presso il nostro stabilimento di Fabriano. Pensiamo di cavarcela in un paio d'ore.

Mi faccia sapere.

Cordiali saluti

Ing. Alberto Moretti
Direttore di stabilimento
Cartiere Moretti S.p.A.
Tel. 0732 25 41 11""",
        recipient_name="Alberto Moretti", recipient_name_alternatives=["Moretti, Alberto", "Ing. Alberto Moretti"],
        sender_name="Marco Rossi", sender_name_alternatives=["Marco"],
        meeting="l'incontro annuale di bilancio",
        meeting_alternatives=["incontro annuale di bilancio", "Incontro annuale di bilancio"],
        meeting_time="15/12 alle 9:30", meeting_time_iso="2026-12-15T09:30",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="022", fmt="txt", split="dev",
        body="""Buonasera, purtroppo domani mattina alle 8.30 non riesco a venire alla seduta di coaching, ho mio figlio con la febbre. Mi scuso per il poco preavviso, la richiamo io per fissare un altro appuntamento.""",
        recipient_name=None, sender_name=None,
        meeting="la seduta di coaching", meeting_alternatives=["seduta di coaching"],
        meeting_time="domani mattina alle 8.30", meeting_time_iso="2026-12-07T08:30",
        kind="cancellation", suggested_intents=["late_cancellation"],
    ),
    dict(
        id="023", fmt="txt", split="dev",
        quote_top="""Il giorno gio 3 dic 2026 alle ore 17:05 Marco Rossi <marco.rossi@rossiconsulting.it> ha scritto:
> Le propongo mercoledì 9 dicembre alle 10 oppure giovedì 10 alle 16 per la presentazione dei risultati dell'audit.""",
        body="""Nessuna delle due date va bene per la presentazione dei risultati, purtroppo: il CdA è stato spostato proprio in quei giorni. Venerdì 11 dicembre alle 11 potrebbe andarle bene? Altrimenti lunedì 14 alle 14.

Saluti,
Carlo Benedetti""",
        recipient_name="Carlo Benedetti", sender_name=None,
        meeting="la presentazione dei risultati", meeting_alternatives=["presentazione dei risultati"],
        proposed_times=["Venerdì 11 dicembre alle 11", "lunedì 14 alle 14"],
        proposed_times_iso=["2026-12-11T11:00", "2026-12-14T14:00"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="024", fmt="eml", split="test",
        frm=("Lorenza Bernasconi", "lorenza.bernasconi@banca-ceresio.ch"), to=CHIARA,
        subject="Scuse per stamattina", date="Fri, 27 Nov 2026 17:40:00 +0100",
        cte="base64",
        body="""Gentile Chiara,

mi scuso moltissimo per non essermi collegata stamattina alle 9 alla videochiamata sul piano di successione. Ero convinta che fosse la settimana prossima.
Potremmo recuperarla martedì 1° dicembre alle 9, oppure giovedì 3 dicembre alle 14?

Cordiali saluti,
Lorenza Bernasconi
Responsabile Risorse Umane
Banca del Ceresio SA, Lugano

Diese E-Mail ist vertraulich und nur für den Empfänger bestimmt. Ce courriel est confidentiel et destiné uniquement à son destinataire. Questa e-mail è confidenziale e destinata unicamente al destinatario.""",
        recipient_name="Lorenza Bernasconi", sender_name="Chiara Conti", sender_name_alternatives=["Chiara"],
        meeting="la videochiamata sul piano di successione",
        meeting_alternatives=["videochiamata sul piano di successione", "piano di successione"],
        meeting_time="stamattina alle 9", meeting_time_iso="2026-11-27T09:00",
        proposed_times=["martedì 1° dicembre alle 9", "giovedì 3 dicembre alle 14"],
        proposed_times_iso=["2026-12-01T09:00", "2026-12-03T14:00"],
        kind="absence_notice", suggested_intents=["no_show_followup"],
    ),
]
