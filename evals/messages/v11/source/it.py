"""Italian client messages of the v11 set (hand-written, with their labels). See ../README.md."""

INVITE = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

CAL_006 = """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008-tavolo-legno-2
DTSTAMP:20261203T140100Z
DTSTART;TZID=Europe/Rome:20261215T100000
DTEND;TZID=Europe/Rome:20261215T123000
SUMMARY:Tavolo tecnico filiera legno – 2ª sessione
LOCATION:Palazzo della Provincia\\, Sala Depero
ORGANIZER;CN=Segreteria Tavolo Legno:mailto:tavolo.legno@provincia-tn.example.it
END:VEVENT
END:VCALENDAR
"""

MESSAGES = [
    {
        "file": "001.eml",
        "headers": {
            "From": ("Rosaria Pirrò", "rosaria.pirro@ceramichevietri.example.it"),
            "To": ("Federico Galli", "federico@galliinteriors.example.it"),
            "Subject": "Invito inaugurazione showroom Chiaia",
            "Date": "Wed, 02 Dec 2026 09:20:00 +0100",
            "Message-ID": "<20261202092000.rp@ceramichevietri.example.it>",
        },
        "body": """
Gentile Architetto Galli,

siamo lieti di invitarla all'inaugurazione del nuovo showroom di via dei Mille, venerdì 11 dicembre alle ore 18.30.
Dopo il taglio del nastro seguirà un aperitivo con i nostri maestri ceramisti. Il parcheggio convenzionato di piazza Amedeo è gratuito dalle 18 alle 22.

Le chiediamo gentilmente di confermare la sua presenza entro martedì 8, anche solo rispondendo a questa e-mail.

Cordiali saluti,
Rosaria Pirrò
Ufficio Eventi – Ceramiche Vietri & Co.
Napoli
""",
        "label": {
            "recipient_name": "Rosaria Pirrò", "recipient_name_alternatives": ["Rosaria"],
            "sender_name": "Federico Galli", "sender_name_alternatives": ["Architetto Galli", "Galli"],
            "meeting": "inaugurazione del nuovo showroom",
            "meeting_alternatives": ["l'inaugurazione del nuovo showroom di via dei Mille", "inaugurazione showroom Chiaia",
                                     "Invito inaugurazione showroom Chiaia"],
            "meeting_time": "venerdì 11 dicembre alle ore 18.30", "meeting_time_iso": "2026-12-11T18:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
        },
    },
    {
        "file": "002.txt",
        "text": """
Ciao Davide!! Per la lezione di batteria di domani alle 17 non ce la faccio, c'è il saggio di Natale di mia figlia 🙈🎄
Possiamo fare mercoledì alle 17 oppure giovedì dopo pranzo? Dimmi tu cosa ti torna meglio
Grazie mille, Marta
""",
        "label": {
            "recipient_name": "Marta", "recipient_name_alternatives": [],
            "sender_name": "Davide", "sender_name_alternatives": [],
            "meeting": "la lezione di batteria", "meeting_alternatives": ["lezione di batteria", "lezione"],
            "meeting_time": "domani alle 17", "meeting_time_iso": "2026-12-07T17:00",
            "proposed_times": ["mercoledì alle 17", "giovedì dopo pranzo"],
            "proposed_times_iso": ["2026-12-09T17:00", "2026-12-10"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
        },
    },
    {
        "file": "003.eml",
        "headers": {
            "From": ("Gioacchino Lo Bue", "gioacchino.lobue@tiscali.example.it"),
            "To": ("Sara Ferrante", "sara@ferrante-architetti.example.it"),
            "Subject": "Re: Conferma sopralluogo via Libertà",
            "Date": "Mon, 07 Dec 2026 07:14:00 +0100",
            "Message-ID": "<5f2a91c3-glb@tiscali.example.it>",
            "In-Reply-To": "<sf-20261203-1810@ferrante-architetti.example.it>",
        },
        "body": """
Il giorno gio 3 dic 2026 alle ore 18:10 Sara Ferrante <sara@ferrante-architetti.example.it> ha scritto:
> Gentile Sig. Lo Bue,
> le confermo il sopralluogo nell'appartamento di via Libertà per lunedì 7 dicembre alle 9:00.
> Porterò il geometra per le misure; ci vorrà circa un'ora.
> Cordialmente,
> Sara Ferrante

Buongiorno architetto,
purtroppo dobbiamo annullare il rilievo in via Libertà di oggi alle 9:00: stanotte hanno ricoverato mio padre e sono in ospedale con lui.
Mi faccia sapere se l'uscita va pagata comunque, non ci sono problemi. La richiamo io appena so qualcosa di più.

Gioacchino Lo Bue
""",
        "label": {
            "recipient_name": "Gioacchino Lo Bue", "recipient_name_alternatives": [],
            "sender_name": "Sara Ferrante", "sender_name_alternatives": ["Sara"],
            "meeting": "il rilievo in via Libertà", "meeting_alternatives": ["rilievo in via Libertà", "rilievo",
                                                                           "Conferma sopralluogo via Libertà"],
            "meeting_time": "oggi alle 9:00", "meeting_time_iso": "2026-12-07T09:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation", "cancellation_policy"],
            "quoted_from": "Il giorno gio 3 dic 2026 alle ore 18:10 Sara Ferrante <sara@ferrante-architetti.example.it> ha scritto:",
            "quoted_until": "> Sara Ferrante",
        },
    },
    {
        "file": "004.txt",
        "text": """
Gentile dottoressa Bertoldi,

le scrivo per disdire la visita nutrizionale di controllo fissata per il 17/12 alle 15:45. Mio marito è stato operato al ginocchio e in queste settimane non posso lasciarlo solo.
Ci risentiamo dopo le feste per fissare un nuovo appuntamento, se per lei va bene.

Cordiali saluti
Ornella Zanetti

Inviato da Libero Mail per Android
""",
        "label": {
            "recipient_name": "Ornella Zanetti", "recipient_name_alternatives": ["Ornella"],
            "sender_name": "Bertoldi", "sender_name_alternatives": ["dottoressa Bertoldi"],
            "meeting": "la visita nutrizionale di controllo",
            "meeting_alternatives": ["visita nutrizionale di controllo", "visita nutrizionale", "visita"],
            "meeting_time": "il 17/12 alle 15:45", "meeting_time_iso": "2026-12-17T15:45",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["reschedule"],
        },
    },
    {
        "file": "005.eml",
        "headers": {
            "From": ("Efisio Cossu", "efisio.cossu@pec-mail.example.it"),
            "To": ("", "info@velapoetto.example.it"),
            "Subject": "Informazioni corso vela gennaio",
            "Date": "Sat, 05 Dec 2026 22:47:00 +0100",
            "Message-ID": "<CAO-ec-8812@pec-mail.example.it>",
        },
        "body": """
Buonasera,
vorrei prenotare un corso di vela base per me e mia moglie a gennaio, nei weekend.
Due domande prima di pagare l'acconto: se il maestrale non permette di uscire, la lezione viene recuperata o rimborsata? E se dobbiamo disdire noi, entro quanti giorni bisogna avvisare per non perdere la quota?
Ho provato a chiamare ma la segreteria risponde solo dalle 10 alle 13.
Grazie
""",
        "label": {
            "recipient_name": "Efisio Cossu", "recipient_name_alternatives": [],
            "sender_name": None, "sender_name_alternatives": [],
            "meeting": "un corso di vela base", "meeting_alternatives": ["corso di vela base", "corso vela gennaio",
                                                                         "corso di vela"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"],
        },
    },
    {
        "file": "006.eml",
        "headers": {
            "From": ("Jürgen Kofler", "j.kofler@holzbau-kofler.example.it"),
            "To": ("Michela Dallapè", "michela.dallape@studioforestale.example.it"),
            "Subject": "I: Tavolo tecnico filiera legno – 2ª sessione",
            "Date": "Thu, 03 Dec 2026 16:22:00 +0100",
            "Message-ID": "<VI1PR09MB-jk-031226@holzbau-kofler.example.it>",
        },
        "calendar": CAL_006,
        "body": """
Ciao Michela,
ti giro l'invito qui sotto: riesci ad andarci tu al posto mio? Quella settimana sono a Vienna per la fiera.
Se non puoi, avviso la segreteria che siamo assenti.

Grazie, Jürgen

________________________________
Da: Segreteria Tavolo Legno <tavolo.legno@provincia-tn.example.it>
Inviato: giovedì 3 dicembre 2026 15:01
A: Kofler Jürgen <j.kofler@holzbau-kofler.example.it>
Oggetto: Tavolo tecnico filiera legno – 2ª sessione
Quando: martedì 15 dicembre 2026 10:00-12:30 (UTC+01:00) Amsterdam, Berlino, Berna, Roma, Stoccolma, Vienna.
Dove: Palazzo della Provincia, Sala Depero
""",
        "label": {
            "recipient_name": "Jürgen Kofler", "recipient_name_alternatives": ["Jürgen", "Kofler Jürgen"],
            "sender_name": "Michela Dallapè", "sender_name_alternatives": ["Michela"],
            "meeting": "Tavolo tecnico filiera legno – 2ª sessione",
            "meeting_alternatives": ["Tavolo tecnico filiera legno"],
            "meeting_time": "martedì 15 dicembre 2026 10:00-12:30", "meeting_time_iso": "2026-12-15T10:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
        },
    },
    {
        "file": "007.txt",
        "text": """
Buonasera Alessandra,
mi scuso tantissimo per la seconda prova dell'abito di ieri alle 16: ero bloccata sulla E45 per un incidente e il telefono si era scaricato, non sono riuscita nemmeno ad avvisare.
So che avevate preparato tutto per me. Posso passare in atelier un altro giorno di questa settimana? Sono libera tutte le mattine.

Un abbraccio,
Chiara (la sposa del 22 maggio 😅)
""",
        "label": {
            "recipient_name": "Chiara", "recipient_name_alternatives": [],
            "sender_name": "Alessandra", "sender_name_alternatives": [],
            "meeting": "la seconda prova dell'abito", "meeting_alternatives": ["seconda prova dell'abito", "seconda prova"],
            "meeting_time": "ieri alle 16", "meeting_time_iso": "2026-12-05T16:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
        },
    },
    {
        "file": "008.eml",
        "headers": {
            "From": ("Loredana Cantù", "segreteria@consorziovinicolo-conero.example.it"),
            "To": ("Corrado Paoletti", "c.paoletti@studiolegalepaoletti.example.it"),
            "Subject": "Riunione revisione statuto",
            "Date": "Thu, 03 Dec 2026 12:08:00 +0100",
            "Message-ID": "<000a01db-lc-conero@consorziovinicolo-conero.example.it>",
        },
        "charset": "iso-8859-1",
        "body": """
Egregio Avvocato,

le scrivo a nome del nostro presidente, dott. Gabriele Marinelli, a proposito della riunione di mercoledì 9 alle 11.00 per la revisione dello statuto del Consorzio.
Il presidente sarà a Bruxelles per un incontro in Commissione e rientrerà solo venerdì sera. Sarebbe possibile spostarla alla settimana successiva, stesso giorno e stessa ora?
Gli uffici sono aperti dal lunedì al venerdì, 8.30-13.00 e 14.30-17.30, per qualsiasi necessità.

Distinti saluti,
Loredana Cantù
Segreteria di Presidenza
Consorzio Vinicolo del Conero, Ancona
""",
        "label": {
            "recipient_name": "Loredana Cantù", "recipient_name_alternatives": ["Gabriele Marinelli",
                                                                                "dott. Gabriele Marinelli"],
            "sender_name": "Corrado Paoletti", "sender_name_alternatives": [],
            "meeting": "la revisione dello statuto",
            "meeting_alternatives": ["revisione dello statuto del Consorzio", "Riunione revisione statuto",
                                     "revisione dello statuto", "la riunione"],
            "meeting_time": "mercoledì 9 alle 11.00", "meeting_time_iso": "2026-12-09T11:00",
            "proposed_times": ["la settimana successiva, stesso giorno e stessa ora"],
            "proposed_times_iso": ["2026-12-16T11:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
        },
    },
    {
        "file": "009.txt",
        "text": """
Ciao Tom,

grazie per l'invito, confermo per giovedì 10 alle 14:30 in videochiamata.
Si unirà anche Rachel Moore, la nostra buyer di Chicago: possiamo tenere l'audit fornitori in inglese? Ti chiedo anche di rimandarmi il link Teams, quello della mail precedente non si apre.

A presto,
Matteo Bellei
Acquisti – Meccanica Bellei srl, Modena

From: Tom Hargreaves <tom@hargreaves-qa.example.co.uk>
Sent: Wednesday, December 2, 2026 4:05 PM
To: Matteo Bellei <m.bellei@meccanicabellei.example.it>
Subject: Supplier audit – Thursday 10 December

Hi Matteo,
Shall we do the supplier audit on Thursday 10 December at 14:30 CET? Teams link below.
Best, Tom
""",
        "label": {
            "recipient_name": "Matteo Bellei", "recipient_name_alternatives": ["Matteo"],
            "sender_name": "Tom", "sender_name_alternatives": [],
            "meeting": "l'audit fornitori", "meeting_alternatives": ["audit fornitori", "videochiamata"],
            "meeting_time": "giovedì 10 alle 14:30", "meeting_time_iso": "2026-12-10T14:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [],
            "quoted_from": "From: Tom Hargreaves <tom@hargreaves-qa.example.co.uk>",
        },
    },
    {
        "file": "010.txt",
        "text": """
Buongiorno dott. Rinaldi,

sono una delle mamme del comitato genitori della primaria Pezzani. Stiamo organizzando un incontro sul cyberbullismo per le famiglie e ci piacerebbe molto averla come relatore: lunedì 11 gennaio, h 20.45, in aula magna (durata prevista un'ora e mezza, domande comprese).
Purtroppo non abbiamo budget per un compenso, ma offriamo volentieri un rimborso spese. Ci servirebbe una risposta entro venerdì, per stampare le locandine.

Grazie di cuore,
per il comitato genitori
Valentina Ghirardi (mamma di Tommaso, 3ªB)
""",
        "label": {
            "recipient_name": "Valentina Ghirardi", "recipient_name_alternatives": ["Valentina"],
            "sender_name": "Rinaldi", "sender_name_alternatives": ["dott. Rinaldi"],
            "meeting": "un incontro sul cyberbullismo",
            "meeting_alternatives": ["incontro sul cyberbullismo", "incontro sul cyberbullismo per le famiglie"],
            "meeting_time": "lunedì 11 gennaio, h 20.45", "meeting_time_iso": "2027-01-11T20:45",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
        },
    },
]
