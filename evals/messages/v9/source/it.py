"""Italian client messages for the v9 held-out set (Turin, Milan, Genoa, Bari, Lugano, Florence, Lecce, Bergamo, Trieste)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {
        "file": "001.eml",
        "headers": {
            "From": ("Niccolò Bertè", "amministrazione@studioberte-condomini.it"),
            "To": ("Geom. Paola Rinaudo", "p.rinaudo@rinaudo-geometri.it"),
            "Subject": "Convocazione assemblea straordinaria – Condominio Via Nizza 114",
            "Date": "Thu, 03 Dec 2026 16:20:00 +0100",
            "Message-ID": "<conv-2026-114-17@studioberte-condomini.it>",
        },
        "body": """
Gentile Geom. Rinaudo,

con la presente La invitiamo a partecipare all'assemblea straordinaria del Condominio di Via Nizza 114, che si
terrà in prima convocazione domenica 13 dicembre alle ore 23.00 e, occorrendo,
in seconda convocazione lunedì 14 dicembre alle ore 18.30 presso la sala riunioni dello Studio (Corso Dante 40).

Ordine del giorno: rifacimento facciate e relazione tecnica sui balconi, che Le chiederemmo di illustrare
ai condomini (circa 20 minuti).

Le chiediamo cortesemente un riscontro entro mercoledì 9.

Cordiali saluti

Niccolò Bertè
Amministratore di condominio
Studio Bertè – Torino
Tel. 011 555 4820 (orari d'ufficio: lun-ven 9-13)
""",
        "label": {
            "recipient_name": "Niccolò Bertè", "recipient_name_alternatives": [],
            "sender_name": "Geom. Paola Rinaudo", "sender_name_alternatives": ["Paola Rinaudo", "Geom. Rinaudo"],
            "meeting": "l'assemblea straordinaria del Condominio di Via Nizza 114",
            "meeting_alternatives": ["assemblea straordinaria", "Convocazione assemblea straordinaria"],
            "meeting_time": "lunedì 14 dicembre alle ore 18.30", "meeting_time_iso": "2026-12-14T18:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INV,
        },
    },
    {
        "file": "002.txt",
        "text": """
Ciao Gaia! Senti, la lezione di chitarra di martedì alle 17 riusciamo a spostarla? Ho il saggio di danza di mia
figlia 🙄 Ti andrebbe mercoledì 9 verso le 17.30 o in alternativa giovedì pomeriggio?
Fammi sapere, grazie mille!! Ste
""",
        "label": {
            "recipient_name": "Ste", "recipient_name_alternatives": [],
            "sender_name": "Gaia", "sender_name_alternatives": [],
            "meeting": "la lezione di chitarra", "meeting_alternatives": ["lezione di chitarra", "lezione"],
            "meeting_time": "martedì alle 17", "meeting_time_iso": "2026-12-08T17:00",
            "proposed_times": ["mercoledì 9 verso le 17.30", "giovedì pomeriggio"],
            "proposed_times_iso": ["2026-12-09T17:30", "2026-12-10"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
        },
    },
    {
        "file": "003.eml",
        "headers": {
            "From": ("Rosanna Parodi", "rosanna.parodi58@libero.it"),
            "To": ("Studio Fisio Levante", "info@fisiolevante.it"),
            "Subject": "Re: Promemoria appuntamento",
            "Date": "Thu, 10 Dec 2026 08:05:00 +0100",
            "Message-ID": "<1733817900.88712@libero.it>",
            "In-Reply-To": "<promemoria-4410@fisiolevante.it>",
        },
        "body": """
Buongiorno,

purtroppo devo disdire la seduta di fisioterapia di oggi alle 10 e mezza, stanotte mi si è bloccata la schiena
e non riesco nemmeno a guidare. Mi scuso per il poco preavviso.
Richiamo io in settimana per fissare un altro appuntamento.

Rosanna Parodi

Inviato da Libero Mail per iOS

Il giorno mer 9 dic 2026 alle ore 19:40 Studio Fisio Levante <info@fisiolevante.it> ha scritto:
> Gentile paziente, Le ricordiamo l'appuntamento di giovedì 10/12 ore 10:30 con il dott. Canepa.
> Studio Fisio Levante – Genova Nervi
""",
        "label": {
            "recipient_name": "Rosanna Parodi", "recipient_name_alternatives": [],
            "sender_name": None, "sender_name_alternatives": [],
            "meeting": "la seduta di fisioterapia", "meeting_alternatives": ["seduta di fisioterapia", "appuntamento"],
            "meeting_time": "oggi alle 10 e mezza", "meeting_time_iso": "2026-12-10T10:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation"],
            "quoted_from": "Il giorno mer 9 dic 2026 alle ore 19:40 Studio Fisio Levante <info@fisiolevante.it> ha scritto:",
        },
    },
    {
        "file": "004.eml",
        "headers": {
            "From": ("Nicolò Sgarrà", "n.sgarra@sgarra-costruzioni.it"),
            "To": ("Avv. Marta Colaianni", "m.colaianni@studiocolaianni.it"),
            "Subject": "I: Convocazione conferenza dei servizi – pratica 2026/318",
            "Date": "Fri, 04 Dec 2026 12:14:00 +0100",
            "Message-ID": "<fwd-318-1214@sgarra-costruzioni.it>",
        },
        "body": """
Avvocato buongiorno,

le inoltro la convocazione del Comune. Io quel giorno sono a Matera in cantiere: potrebbe andarci lei al posto
mio? Ha già tutta la documentazione della pratica.

Grazie, a presto
Nicolò Sgarrà

---------- Forwarded message ---------
Da: Ufficio Urbanistica Comune di Bari <urbanistica@comune.bari.example.it>
Date: ven 4 dic 2026 alle ore 11:02
Subject: Convocazione conferenza dei servizi – pratica 2026/318
To: <n.sgarra@sgarra-costruzioni.it>

Si comunica che la conferenza dei servizi relativa alla pratica in oggetto è indetta per
mercoledì 16 dicembre 2026, ore 9:30, presso la Ripartizione Urbanistica, Via Fratelli Rosselli, stanza 12.
Eventuali osservazioni scritte vanno trasmesse entro il 14 dicembre.
""",
        "calendar": """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Comune di Bari//Protocollo//IT
METHOD:REQUEST
BEGIN:VEVENT
UID:cds-2026-318@comune.bari.example.it
DTSTAMP:20261204T100200Z
DTSTART;TZID=Europe/Rome:20261216T093000
DTEND;TZID=Europe/Rome:20261216T110000
SUMMARY:Conferenza dei servizi - pratica 2026/318
LOCATION:Ripartizione Urbanistica\\, Via Fratelli Rosselli\\, stanza 12
END:VEVENT
END:VCALENDAR
""",
        "label": {
            "recipient_name": "Nicolò Sgarrà", "recipient_name_alternatives": [],
            "sender_name": "Avv. Marta Colaianni", "sender_name_alternatives": ["Marta Colaianni", "Avvocato"],
            "meeting": "la conferenza dei servizi", "meeting_alternatives": ["conferenza dei servizi", "Convocazione conferenza dei servizi – pratica 2026/318"],
            "meeting_time": "mercoledì 16 dicembre 2026, ore 9:30", "meeting_time_iso": "2026-12-16T09:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INV,
        },
    },
    {
        "file": "005.txt",
        "text": """
Buongiorno signora Bernasconi,

sto valutando di iscrivermi al percorso di coaching da 8 sedute che ha presentato venerdì alla Camera di
commercio di Lugano. Prima di decidere vorrei capire una cosa: se per lavoro devo saltare una seduta, la perdo o
posso recuperarla? E con quanto anticipo devo avvisarla?

Lavoro a turni in ospedale, per cui capita.

Cordiali saluti
Sandro Cattaneo
Bellinzona
""",
        "label": {
            "recipient_name": "Sandro Cattaneo", "recipient_name_alternatives": [],
            "sender_name": "Bernasconi", "sender_name_alternatives": ["signora Bernasconi"],
            "meeting": "percorso di coaching da 8 sedute", "meeting_alternatives": ["percorso di coaching", "seduta"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"],
        },
    },
    {
        "file": "006.eml",
        "headers": {
            "From": ("Ginevra Tòfani", "ginevra.tofani@tofani-immobiliare.it"),
            "To": ("Arch. Lorenzo Migliorini", "studio@migliorini-architetti.it"),
            "Subject": "R: Riunione progetto Oltrarno",
            "Date": "Mon, 07 Dec 2026 10:52:00 +0100",
            "Message-ID": "<AM9P191MB1287@tofani-immobiliare.it>",
            "In-Reply-To": "<c31b-oltrarno@migliorini-architetti.it>",
        },
        "body": """
Buongiorno Architetto,

mi è arrivata una convocazione in banca proprio per venerdì pomeriggio: possiamo spostare la nostra riunione
di venerdì 11 alle 15? Le propongo lunedì 14 in mattinata, oppure martedì 15 dicembre h. 16.
Mi dica lei cosa le è più comodo.

Grazie e buona giornata,
Ginevra Tòfani
Tòfani Immobiliare – Firenze

Da: Studio Migliorini <studio@migliorini-architetti.it>
Inviato: giovedì 3 dicembre 2026 18:10
A: Ginevra Tòfani <ginevra.tofani@tofani-immobiliare.it>
Oggetto: Riunione progetto Oltrarno

Gentile signora Tòfani, Le confermo la riunione per la presentazione del progetto venerdì 11/12 alle 15:00
nel nostro studio di Via Maggio.
""",
        "html": True,
        "label": {
            "recipient_name": "Ginevra Tòfani", "recipient_name_alternatives": [],
            "sender_name": "Arch. Lorenzo Migliorini", "sender_name_alternatives": ["Lorenzo Migliorini", "Architetto"],
            "meeting": "la nostra riunione", "meeting_alternatives": ["riunione", "Riunione progetto Oltrarno"],
            "meeting_time": "venerdì 11 alle 15", "meeting_time_iso": "2026-12-11T15:00",
            "proposed_times": ["lunedì 14 in mattinata", "martedì 15 dicembre h. 16"],
            "proposed_times_iso": ["2026-12-14", "2026-12-15T16:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": "Da: Studio Migliorini <studio@migliorini-architetti.it>",
        },
    },
    {
        "file": "007.txt",
        "text": """
Gentile Carmela,

le scrivo per annullare l'incontro per il menù del matrimonio che avevamo fissato per giovedì 17 alle 11.
Abbiamo deciso con Antonio di rimandare le nozze all'autunno, quindi per ora preferiamo fermarci. Ci faremo
sentire noi dopo l'Epifania per una nuova data.

Grazie di tutto e scusi ancora,
Federica De Giorgi

Inviato da iPhone
""",
        "label": {
            "recipient_name": "Federica De Giorgi", "recipient_name_alternatives": [],
            "sender_name": "Carmela", "sender_name_alternatives": [],
            "meeting": "l'incontro per il menù del matrimonio",
            "meeting_alternatives": ["incontro per il menù del matrimonio", "incontro"],
            "meeting_time": "giovedì 17 alle 11", "meeting_time_iso": "2026-12-17T11:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["reschedule"],
        },
    },
    {
        "file": "008.txt",
        "text": """
Gentile dott.ssa Gamba,

mi scuso molto: non sono riuscito a presentarmi all'appuntamento di venerdì alle 9:00
per la revisione della nota integrativa. Avevamo un fermo macchine in reparto e me ne sono ricordato solo a metà mattina.

Sarebbe possibile recuperare la prossima settimana, per esempio giovedì 10/12 nel primo pomeriggio? Altrimenti mi indichi lei una data.

Cordialmente,
Mattia Locatelli
Responsabile amministrativo
Valseriana Tessuti S.p.A.

Le informazioni contenute in questa e-mail sono riservate. Ai sensi del Reg. UE 2016/679 (GDPR), se avete
ricevuto questo messaggio per errore siete pregati di distruggerlo e di informare il mittente.
""",
        "label": {
            "recipient_name": "Mattia Locatelli", "recipient_name_alternatives": [],
            "sender_name": "Gamba", "sender_name_alternatives": ["dott.ssa Gamba"],
            "meeting": "la revisione della nota integrativa", "meeting_alternatives": ["revisione della nota integrativa", "appuntamento"],
            "meeting_time": "venerdì alle 9:00", "meeting_time_iso": "2026-12-04T09:00",
            "proposed_times": ["giovedì 10/12 nel primo pomeriggio"], "proposed_times_iso": ["2026-12-10"],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
        },
    },
    {
        "file": "009.txt",
        "text": """
Ciao Irene,

grazie ancora per la presentazione del piano marketing di giovedì 3, è piaciuta molto anche al mio socio.
Riusciresti a mandarmi le slide? Vorrei girarle al commercialista prima della chiusura dell'anno.
Nessuna fretta, va bene anche entro venerdì.

Un abbraccio
Tommaso
--
Tommaso Gallo
Forno Gallo dal 1962 – Piacenza
""",
        "label": {
            "recipient_name": "Tommaso Gallo", "recipient_name_alternatives": ["Tommaso"],
            "sender_name": "Irene", "sender_name_alternatives": [],
            "meeting": "la presentazione del piano marketing",
            "meeting_alternatives": ["presentazione del piano marketing", "presentazione"],
            "meeting_time": "giovedì 3", "meeting_time_iso": "2026-12-03",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [],
        },
    },
    {
        "file": "010.eml",
        "headers": {
            "From": ("Dušan Kovačič", "dusan.kovacic@adriashipping.example.it"),
            "To": ("Chiara Pellizzari", "chiara@pellizzari-translations.it"),
            "Subject": "Traduzioni tecniche – possiamo sentirci?",
            "Date": "Fri, 04 Dec 2026 17:45:00 +0100",
            "Message-ID": "<a7c2e990-2dd1-4f6b@adriashipping.example.it>",
        },
        "body": """
Buonasera dott.ssa Pellizzari,

mi ha dato il Suo nominativo il collega Furlan. Stiamo cercando una traduttrice per i manuali tecnici delle gru
portuali (italiano-sloveno-inglese) e mi farebbe piacere fare una call conoscitiva di mezz'ora.
Io avrei libero martedì 15 dalle 14 alle 16, oppure mercoledì 16 mattina.

Se nessuno dei due va bene mi proponga pure Lei.

Distinti saluti
Dušan Kovačič
Adria Shipping Services – Trieste
""",
        "label": {
            "recipient_name": "Dušan Kovačič", "recipient_name_alternatives": [],
            "sender_name": "Chiara Pellizzari", "sender_name_alternatives": ["dott.ssa Pellizzari"],
            "meeting": "una call conoscitiva di mezz'ora", "meeting_alternatives": ["call conoscitiva", "call"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": ["martedì 15 dalle 14 alle 16", "mercoledì 16 mattina"],
            "proposed_times_iso": ["2026-12-15T14:00", "2026-12-16"],
            "kind": "invitation", "suggested_intents": INV,
        },
    },
]
