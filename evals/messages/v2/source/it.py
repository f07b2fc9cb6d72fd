"""Italian client messages, v2 (held out), written by hand by the data-b helper. Labels follow ../README.md."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]
PAOLO = ("Paolo Ghezzi", "paolo.ghezzi@ghezzi-consulting.it")
SERENA = ("Serena Valli", "serena@vallistudio.it")

MESSAGES = [
    dict(
        id="001", fmt="eml", split="v2",
        frm=("Niccolò Sanfilippo", "n.sanfilippo@gruppo-orsini.it"), to=PAOLO,
        subject="Invito: revisione del piano logistico 2027", date="Tue, 01 Dec 2026 09:40:00 +0100",
        x_mailer="Microsoft Outlook 16.0",
        body="""Gentile Dott. Ghezzi,

con la presente La invitiamo a un incontro per la revisione del piano logistico 2027, che si terrà giovedì 10 dicembre alle ore 15:00 presso la nostra sede di Verona (via Mazzini 14, sala riunioni al primo piano).

All'incontro parteciperanno anche il responsabile magazzino e il nostro controller. La preghiamo di confermare la Sua presenza entro venerdì.

Cordiali saluti,

Niccolò Sanfilippo
Responsabile Supply Chain
Gruppo Orsini S.p.A.
Tel. 045 802 3317

Questo messaggio e gli eventuali allegati sono confidenziali e destinati esclusivamente al destinatario indicato. Se ha ricevuto questa comunicazione per errore, La preghiamo di avvisare il mittente e di cancellarla.""",
        recipient_name="Niccolò Sanfilippo",
        sender_name="Paolo Ghezzi", sender_name_alternatives=["Dott. Ghezzi", "Ghezzi"],
        meeting="un incontro per la revisione del piano logistico 2027",
        meeting_alternatives=["revisione del piano logistico 2027", "Invito: revisione del piano logistico 2027",
                              "piano logistico 2027"],
        meeting_time="giovedì 10 dicembre alle ore 15:00", meeting_time_iso="2026-12-10T15:00",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="002", fmt="txt", split="v2",
        body="""Ciao Paolo,
scusa ma lunedì alle 11 non ce la faccio più per la call sul sito 😅 mi hanno messo una riunione col cda proprio a quell'ora.
Riusciamo a spostarla a mercoledì 9 stessa ora o giovedì alle 16?
Fammi sapere!
Giulia

Inviato da iPhone""",
        recipient_name="Giulia", sender_name="Paolo",
        meeting="la call sul sito", meeting_alternatives=["call sul sito"],
        meeting_time="lunedì alle 11", meeting_time_iso="2026-12-07T11:00",
        proposed_times=["mercoledì 9 stessa ora", "giovedì alle 16"],
        proposed_times_iso=["2026-12-09T11:00", "2026-12-10T16:00"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="003", fmt="eml", split="v2",
        frm=("Gianluca Parisi", "gianluca@parisiarredamenti.it"), to=PAOLO,
        subject="Re: Progetto nuovo showroom", date="Wed, 09 Dec 2026 08:05:00 +0100",
        in_reply_to="<20261208172011.4471@ghezzi-consulting.it>",
        body="""Buongiorno Paolo,

mi dispiace avvisarti così tardi ma devo annullare l'incontro di oggi alle 10: mio figlio ha la febbre alta e non riesco a organizzarmi con nessuno.

Possiamo rivederci lunedì 14 alle 10 oppure martedì 15 alle 15? Se per la disdetta all'ultimo momento sono previsti dei costi, dimmelo pure senza problemi.

Un saluto,
Gianluca

--
Gianluca Parisi
Titolare – Parisi Arredamenti
tel. 0521 448 903""",
        quote="""Il giorno mar 8 dic 2026 alle ore 18:20 Paolo Ghezzi <paolo.ghezzi@ghezzi-consulting.it> ha scritto:
> Ciao Gianluca,
> ti confermo l'incontro di domani alle 10 da voi a Parma per il progetto del nuovo showroom.
> Porto le tavole aggiornate.
> Paolo""",
        recipient_name="Gianluca Parisi", recipient_name_alternatives=["Gianluca"],
        sender_name="Paolo Ghezzi", sender_name_alternatives=["Paolo"],
        meeting="l'incontro", meeting_alternatives=["Progetto nuovo showroom", "l'incontro di oggi"],
        meeting_time="oggi alle 10", meeting_time_iso="2026-12-09T10:00",
        proposed_times=["lunedì 14 alle 10", "martedì 15 alle 15"],
        proposed_times_iso=["2026-12-14T10:00", "2026-12-15T15:00"],
        kind="cancellation", suggested_intents=["late_cancellation", "cancellation_policy"],
    ),
    dict(
        id="004", fmt="txt", split="v2",
        body="""Gentile Dott.ssa Ricciardi,

mi scuso per non essermi presentato all'appuntamento di venerdì 4 dicembre alle 9:30 per la consulenza fiscale. Ho avuto un problema con il treno da Pavia e il telefono era scarico, quindi non sono riuscito nemmeno ad avvisare.

Sarei disponibile mercoledì 9 dicembre alle 9:30 oppure venerdì 11 nel primo pomeriggio, se per Lei va bene.

Distinti saluti,
Ettore Scognamiglio""",
        recipient_name="Ettore Scognamiglio",
        sender_name="Ricciardi", sender_name_alternatives=["Dott.ssa Ricciardi"],
        meeting="la consulenza fiscale", meeting_alternatives=["consulenza fiscale", "appuntamento"],
        meeting_time="venerdì 4 dicembre alle 9:30", meeting_time_iso="2026-12-04T09:30",
        proposed_times=["mercoledì 9 dicembre alle 9:30", "venerdì 11 nel primo pomeriggio"],
        proposed_times_iso=["2026-12-09T09:30", "2026-12-11"],
        kind="absence_notice", suggested_intents=["no_show_followup"],
    ),
    dict(
        id="005", fmt="eml", split="v2",
        frm=("Benedetta Lo Russo", "b.lorusso@cartiere-lario.it"), to=SERENA,
        subject="I: Convocazione: Tavolo tecnico sostenibilità", date="Thu, 03 Dec 2026 17:12:00 +0100",
        x_mailer="Microsoft Outlook 16.0",
        body="""Ciao Serena,

ti inoltro la convocazione del tavolo tecnico sulla sostenibilità: ci terrei che partecipassi anche tu per la parte sui fornitori di imballaggi. Riesci ad esserci?

Grazie,
Benedetta

________________________________
Da: Segreteria Direzione <segreteria@cartiere-lario.it>
Inviato: giovedì 3 dicembre 2026 10:02
A: Benedetta Lo Russo <b.lorusso@cartiere-lario.it>
Oggetto: Convocazione: Tavolo tecnico sostenibilità

Tavolo tecnico sostenibilità
Quando: mercoledì 16 dicembre 2026 14:30-17:00 (UTC+01:00) Amsterdam, Berlino, Berna, Roma, Stoccolma, Vienna
Dove: Sala Volta, Cartiere del Lario, Como""",
        recipient_name="Benedetta Lo Russo", recipient_name_alternatives=["Benedetta"],
        sender_name="Serena Valli", sender_name_alternatives=["Serena"],
        meeting="tavolo tecnico sulla sostenibilità",
        meeting_alternatives=["Tavolo tecnico sostenibilità", "la convocazione del tavolo tecnico sulla sostenibilità"],
        meeting_time="mercoledì 16 dicembre 2026 14:30-17:00", meeting_time_iso="2026-12-16T14:30",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="006", fmt="txt", split="v2",
        body="""Buongiorno,

ho ricevuto la fattura n. 214/2026 con una penale del 50% per la sessione di coaching annullata giovedì scorso. Potrebbe spiegarmi quali sono le condizioni di cancellazione previste? Nel preventivo che ho firmato non mi risulta alcun preavviso minimo.

Grazie,
Alessia Furlan
Studio Furlan Architetti""",
        recipient_name="Alessia Furlan",
        sender_name=None,
        meeting="la sessione di coaching", meeting_alternatives=["sessione di coaching"],
        meeting_time="giovedì scorso", meeting_time_iso="2026-12-03",
        kind="policy_question", suggested_intents=["cancellation_policy"],
    ),
    dict(
        id="007", fmt="eml", split="v2",
        frm=("Pellizzari Marco", "marco.pellizzari@ferramenta-pellizzari.it"), to=PAOLO,
        subject="R: Riunione di kick-off progetto Delta", date="Mon, 07 Dec 2026 11:30:00 +0100",
        in_reply_to="<AS8PR02MB6610@ghezzi-consulting.it>",
        body="""Buongiorno Dott. Ghezzi,

confermo la riunione di kick-off di giovedì 17/12 alle 9.30. Vorrei aggiungere all'invito la collega Sara Bonetti dell'ufficio acquisti (sara.bonetti@ferramenta-pellizzari.it), se per Lei va bene.

Cordiali saluti
Marco Pellizzari

Inviato dal mio dispositivo Samsung""",
        quote="""-----Messaggio originale-----
Da: Paolo Ghezzi <paolo.ghezzi@ghezzi-consulting.it>
Inviato: venerdì 4 dicembre 2026 16:05
A: Pellizzari Marco <marco.pellizzari@ferramenta-pellizzari.it>
Oggetto: Riunione di kick-off progetto Delta

Buongiorno,
per il kick-off del progetto Delta propongo giovedì 17/12 alle 9.30 oppure venerdì 18/12 alle 11.
Cordiali saluti
Paolo Ghezzi""",
        recipient_name="Marco Pellizzari", recipient_name_alternatives=["Pellizzari Marco"],
        sender_name="Paolo Ghezzi", sender_name_alternatives=["Dott. Ghezzi", "Ghezzi"],
        meeting="la riunione di kick-off",
        meeting_alternatives=["riunione di kick-off", "Riunione di kick-off progetto Delta"],
        meeting_time="giovedì 17/12 alle 9.30", meeting_time_iso="2026-12-17T09:30",
        kind="other", suggested_intents=[],
    ),
    dict(
        id="008", fmt="txt", split="v2",
        body="""Ciao Serena!
Ti andrebbe un aperitivo giovedì 10 verso le 18.30 al Camparino? Così facciamo due chiacchiere sul rebranding prima di Natale. Offro io 😉
Fede

Federica Cantoni
Brand manager – Dolciaria Cantoni""",
        recipient_name="Federica Cantoni", recipient_name_alternatives=["Fede"],
        sender_name="Serena",
        meeting="un aperitivo", meeting_alternatives=["rebranding", "aperitivo", "due chiacchiere sul rebranding"],
        meeting_time="giovedì 10 verso le 18.30", meeting_time_iso="2026-12-10T18:30",
        kind="invitation", suggested_intents=INV,
    ),
    dict(
        id="009", fmt="eml", split="v2",
        frm=("Loredana Cattaneo-Bürgi", "l.cattaneo@tessiture-ticinesi.ch"), to=SERENA,
        subject="Spostamento sessione di lunedì", date="Fri, 04 Dec 2026 19:02:00 +0100",
        cte="base64",
        body="""Gentile Signora Valli,

purtroppo il consiglio di amministrazione è stato anticipato e non potrò essere presente alla sessione di revisione del catalogo di lunedì 7 dicembre alle 14:00.

Le propongo, se possibile, martedì 15 dicembre ore 14 oppure mercoledì 16 dicembre ore 10:30, sempre in videoconferenza.

Resto in attesa di un Suo cortese riscontro e Le porgo i miei migliori saluti.

Loredana Cattaneo-Bürgi
Direttrice marketing
Tessiture Ticinesi SA
Via Cantonale 8, 6900 Lugano""",
        recipient_name="Loredana Cattaneo-Bürgi",
        sender_name="Serena Valli", sender_name_alternatives=["Valli", "Signora Valli"],
        meeting="sessione di revisione del catalogo",
        meeting_alternatives=["la sessione di revisione del catalogo", "revisione del catalogo"],
        meeting_time="lunedì 7 dicembre alle 14:00", meeting_time_iso="2026-12-07T14:00",
        proposed_times=["martedì 15 dicembre ore 14", "mercoledì 16 dicembre ore 10:30"],
        proposed_times_iso=["2026-12-15T14:00", "2026-12-16T10:30"],
        kind="reschedule_request", suggested_intents=["reschedule"],
    ),
    dict(
        id="010", fmt="txt", split="v2",
        quote_top="""Il 02/12/2026 15:40, Paolo Ghezzi ha scritto:
> Buongiorno Sig. Bassi,
> Le confermo l'audit di venerdì 11 dicembre alle 9:00 presso il vostro magazzino di Lodi.
> Cordiali saluti
> Paolo Ghezzi""",
        body="""Buongiorno Dott. Ghezzi,
purtroppo dobbiamo annullare l'audit dell'11 dicembre: il magazzino resterà chiuso tutta la settimana per l'inventario di fine anno.
Vi ricontatteremo a gennaio per fissare una nuova data.
Cordiali saluti
Renato Bassi
Bassi Logistica srl""",
        recipient_name="Renato Bassi",
        sender_name="Ghezzi", sender_name_alternatives=["Dott. Ghezzi"],
        meeting="l'audit", meeting_alternatives=["audit"],
        meeting_time="11 dicembre", meeting_time_iso="2026-12-11",
        kind="cancellation", suggested_intents=["reschedule"],
    ),
]
