"""Italian client messages of the v10 set (Milan, Bari, Turin, Trieste, Florence, Genoa, Ticino, Salento, Bergamo,
Rome), written by hand with their labels."""

INVITE = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {
        "file": "001.eml",
        "headers": {
            "From": ("Niccolò Brambilla", "n.brambilla@tortonadesign.example.it"),
            "To": ("Federica Oldani", "federica.oldani@oldani-consulting.it"),
            "Subject": "Invito: presentazione linea outdoor 2027",
            "Date": "Tue, 01 Dec 2026 10:12:00 +0100",
            "Message-ID": "<0b7f1c22-tortona-20261201@tortonadesign.example.it>",
        },
        "body": """
Gentile Dott.ssa Oldani,

con la presente La invitiamo alla presentazione della nuova linea di arredi outdoor, che si terrà giovedì 10 dicembre dalle 14.30 alle 16.00 presso la nostra sede di via Tortona 27 (sala Brera, 3° piano).

Sarà presente anche il nostro amministratore delegato. La preghiamo di confermare la Sua partecipazione entro lunedì 7 dicembre alla segreteria (02 5551 8834, attiva dalle 9 alle 13).

Cordiali saluti,

Niccolò Brambilla
Responsabile Marketing
Tortona Design S.r.l.

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Qualora lo riceveste per errore, Vi preghiamo di cancellarlo e di darcene comunicazione.
""",
        "label": {
            "recipient_name": "Niccolò Brambilla", "recipient_name_alternatives": [],
            "sender_name": "Federica Oldani", "sender_name_alternatives": ["Dott.ssa Oldani"],
            "meeting": "la presentazione della nuova linea di arredi outdoor",
            "meeting_alternatives": ["presentazione della nuova linea di arredi outdoor", "nuova linea di arredi outdoor"],
            "meeting_time": "giovedì 10 dicembre dalle 14.30 alle 16.00", "meeting_time_iso": "2026-12-10T14:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "002.txt",
        "text": """
Ciao Mimmo, per le foto del b&b di dopodomani alle 11 non ce la faccio, mi è saltato un check-in 😩 Possiamo fare giovedì verso le 4 del pomeriggio, che c'è pure la luce bella? Sennò venerdì mattina presto, tipo 8 e mezza. Fammi sapere!
Rosaria
""",
        "label": {
            "recipient_name": "Rosaria", "recipient_name_alternatives": [],
            "sender_name": "Mimmo", "sender_name_alternatives": [],
            "meeting": "le foto del b&b", "meeting_alternatives": ["foto del b&b"],
            "meeting_time": "dopodomani alle 11", "meeting_time_iso": "2026-12-08T11:00",
            "proposed_times": ["giovedì verso le 4 del pomeriggio", "venerdì mattina presto, tipo 8 e mezza"],
            "proposed_times_iso": ["2026-12-10T16:00", "2026-12-11T08:30"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "003.eml",
        "headers": {
            "From": ("Bonetto Giuseppina", "g.bonetto@libero.example.it"),
            "To": ("Paolo Ferrero", "segreteria@studioferrero.example.it"),
            "Subject": "R: Promemoria appuntamento",
            "Date": "Wed, 09 Dec 2026 11:48:00 +0100",
            "Message-ID": "<6E0B2A91-7C4D-4F0E-bonetto@libero.example.it>",
            "In-Reply-To": "<promemoria.20261204.0920@studioferrero.example.it>",
        },
        "body": """
Buongiorno Rag. Ferrero,

purtroppo devo disdire l'appuntamento di oggi pomeriggio alle 15:30 per la pratica di successione: mio fratello, che doveva accompagnarmi con i documenti, è stato ricoverato stamattina.
Mi rendo conto che è un preavviso minimo; mi dica pure se la consulenza va comunque pagata.
La richiamo io appena so qualcosa di più.

Cordiali saluti
Giuseppina Bonetto

Inviato da iPhone

-----Messaggio originale-----
Da: Studio Ferrero <segreteria@studioferrero.example.it>
Inviato: venerdì 4 dicembre 2026 09:20
A: Bonetto Giuseppina <g.bonetto@libero.example.it>
Oggetto: Promemoria appuntamento

Gentile Signora Bonetto,
Le ricordiamo l'appuntamento di mercoledì 9 dicembre alle ore 15.30 presso il nostro studio di corso Vittorio Emanuele II 84. Porti con sé il certificato di morte e le visure catastali.
Studio Ferrero
""",
        "label": {
            "recipient_name": "Giuseppina Bonetto", "recipient_name_alternatives": ["Bonetto Giuseppina"],
            "sender_name": "Paolo Ferrero", "sender_name_alternatives": ["Rag. Ferrero", "Ferrero"],
            "meeting": "l'appuntamento di oggi pomeriggio",
            "meeting_alternatives": ["appuntamento", "la pratica di successione", "pratica di successione"],
            "meeting_time": "oggi pomeriggio alle 15:30", "meeting_time_iso": "2026-12-09T15:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation", "cancellation_policy"],
            "quoted_from": "-----Messaggio originale-----", "quoted_until": None,
        },
    },
    {
        "file": "004.eml",
        "headers": {
            "From": ("Jasna Marušič", "j.marusic@coopmare.example.it"),
            "To": ("Alessandro Zanettovich", "alessandro@zanettovich-studio.it"),
            "Subject": "Fwd: Convocazione comitato scientifico Festival del Mare",
            "Date": "Tue, 01 Dec 2026 08:55:00 +0100",
            "Message-ID": "<CAHmarusic0112@mail.gmail.com>",
        },
        "body": """
Ciao Alessandro,

ti inoltro l'invito del Comune. Visto che il capitolo sui costi l'hai scritto tu, verresti con me? Se non riesci, dimmi chi del tuo team potrebbe venire al posto tuo.

Grazie mille,
Jasna

---------- Messaggio inoltrato ---------
Da: Ufficio Cultura <cultura@comune-trieste.example.it>
Date: lun 30 nov 2026 alle ore 17:45
Subject: Convocazione comitato scientifico Festival del Mare
To: Jasna Marušič <j.marusic@coopmare.example.it>

Gentili componenti,
la riunione del comitato scientifico del Festival del Mare è convocata per martedì 15 dicembre 2026, ore 10:00-12:00, presso la Sala Giunta (piazza Unità d'Italia 4, primo piano).
Ordine del giorno: bilancio preventivo 2027, calendario degli eventi.
Si prega di comunicare eventuali deleghe entro venerdì 11 dicembre.

Ufficio Cultura
""",
        "calendar": """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Comune//Agenda//IT
METHOD:REQUEST
BEGIN:VEVENT
UID:comitato-festival-20261215@comune-trieste.example.it
DTSTAMP:20261130T164500Z
DTSTART;TZID=Europe/Rome:20261215T100000
DTEND;TZID=Europe/Rome:20261215T120000
SUMMARY:Comitato scientifico Festival del Mare
LOCATION:Sala Giunta\\, piazza Unità d'Italia 4
END:VEVENT
END:VCALENDAR
""",
        "label": {
            "recipient_name": "Jasna Marušič", "recipient_name_alternatives": ["Jasna"],
            "sender_name": "Alessandro Zanettovich", "sender_name_alternatives": ["Alessandro"],
            "meeting": "la riunione del comitato scientifico",
            "meeting_alternatives": ["riunione del comitato scientifico", "comitato scientifico del Festival del Mare",
                                     "Convocazione comitato scientifico Festival del Mare"],
            "meeting_time": "martedì 15 dicembre 2026, ore 10:00-12:00", "meeting_time_iso": "2026-12-15T10:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "005.txt",
        "text": """
Buonasera,

ho ricevuto la fattura n. 212 per la lezione di ceramica del 28 novembre, che però avevo disdetto il giorno prima con un messaggio WhatsApp. Mi può spiegare come funziona la vostra politica di disdetta? Al momento dell'iscrizione nessuno me ne aveva parlato e sul sito non trovo niente.

Grazie,
Serena Lapini
""",
        "label": {
            "recipient_name": "Serena Lapini", "recipient_name_alternatives": [],
            "sender_name": None, "sender_name_alternatives": [],
            "meeting": "la lezione di ceramica",
            "meeting_alternatives": ["lezione di ceramica", "la lezione di ceramica del 28 novembre"],
            "meeting_time": "28 novembre", "meeting_time_iso": "2026-11-28",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "006.eml",
        "headers": {
            "From": ("Asia Cevasco", "asia.cevasco@example-mail.it"),
            "To": ("Marco Parodi", "studio@parodi-architetti.example.it"),
            "Subject": "Re: Visita in cantiere via Assarotti",
            "Date": "Thu, 03 Dec 2026 21:07:00 +0100",
            "Message-ID": "<9d41e0a2-cevasco@example-mail.it>",
            "In-Reply-To": "<parodi.20261203.1640@parodi-architetti.example.it>",
        },
        "body": """
Il 03/12/2026 16:40, Marco Parodi ha scritto:
> Buongiorno Signora Cevasco,
> per la visita in cantiere le propongo lunedì 14 alle 9 oppure martedì 15 alle 16.
> Cordiali saluti
> Marco Parodi

Buonasera Architetto,
purtroppo per la visita in cantiere lunedì e martedì sono a Milano per lavoro. Io potrei mercoledì 16 dalle 17 in poi, oppure sabato 19 in mattinata (l'impresa mi dice che il cantiere è aperto fino alle 12).
Mi faccia sapere quale preferisce.
Asia Cevasco
""",
        "label": {
            "recipient_name": "Asia Cevasco", "recipient_name_alternatives": [],
            "sender_name": "Marco Parodi", "sender_name_alternatives": ["Architetto"],
            "meeting": "la visita in cantiere",
            "meeting_alternatives": ["visita in cantiere", "Visita in cantiere via Assarotti"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": ["mercoledì 16 dalle 17 in poi", "sabato 19 in mattinata"],
            "proposed_times_iso": ["2026-12-16T17:00", "2026-12-19"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": "Il 03/12/2026 16:40, Marco Parodi ha scritto:", "quoted_until": "> Marco Parodi",
        },
    },
    {
        "file": "007.txt",
        "text": """
Buongiorno signora Cattaneo,

le scrivo per disdire la lezione di spagnolo di lunedì 14 dicembre alle 18.15: purtroppo la ditta mi manda a Zurigo tutta la settimana per un corso.
Vorrei riprendere a gennaio, magari giovedì 7 gennaio stessa ora, se per lei va bene?

Cordiali saluti
Fabio Pedrazzini
Bellinzona
Natel 079 555 18 62
""",
        "label": {
            "recipient_name": "Fabio Pedrazzini", "recipient_name_alternatives": [],
            "sender_name": "Cattaneo", "sender_name_alternatives": ["signora Cattaneo"],
            "meeting": "la lezione di spagnolo", "meeting_alternatives": ["lezione di spagnolo"],
            "meeting_time": "lunedì 14 dicembre alle 18.15", "meeting_time_iso": "2026-12-14T18:15",
            "proposed_times": ["giovedì 7 gennaio stessa ora"], "proposed_times_iso": ["2027-01-07T18:15"],
            "kind": "cancellation", "suggested_intents": ["reschedule"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "008.eml",
        "cte": "base64",
        "headers": {
            "From": ("Ermanno Calò", "ermanno@calo-oli.example.it"),
            "To": ("Rossella Leopizzi", "rossella.leopizzi@leopizzi-export.it"),
            "Subject": "Scuse per venerdì",
            "Date": "Mon, 07 Dec 2026 09:03:00 +0100",
            "Message-ID": "<SM1P190MB.calo.20261207@calo-oli.example.it>",
        },
        "body": """
Buongiorno Rossella,

le chiedo scusa per la call sul nuovo listino di venerdì alle 17: non mi sono proprio collegato. Ero in macchina tra Lecce e Brindisi con il telefono scarico e me ne sono accorto solo la sera.
Se per lei va bene possiamo recuperare domani alle 12 oppure mercoledì pomeriggio dopo le 15.

Cordialmente,
Ermanno Calò
Calò Oli Extravergini – Galatina (LE)

Inviato dal mio Galaxy
""",
        "label": {
            "recipient_name": "Ermanno Calò", "recipient_name_alternatives": [],
            "sender_name": "Rossella Leopizzi", "sender_name_alternatives": ["Rossella"],
            "meeting": "call sul nuovo listino",
            "meeting_alternatives": ["la call sul nuovo listino", "nuovo listino", "la call"],
            "meeting_time": "venerdì alle 17", "meeting_time_iso": "2026-12-04T17:00",
            "proposed_times": ["domani alle 12", "mercoledì pomeriggio dopo le 15"],
            "proposed_times_iso": ["2026-12-08T12:00", "2026-12-09T15:00"],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "009.txt",
        "text": """
Ciao Lorenza,
confermo per la riunione trimestrale di giovedì 10 alle 9:30 da noi in via Borgo Palazzo.
Ti chiederei di mandarmi prima le slide della volta scorsa, così le giro al CdA. Porto anche Davide, il nostro nuovo stagista, se non ti dispiace.
A giovedì!
Manuela

--
Manuela Rota | Ufficio Acquisti | Orobica Imballaggi S.p.A.
""",
        "label": {
            "recipient_name": "Manuela", "recipient_name_alternatives": ["Manuela Rota"],
            "sender_name": "Lorenza", "sender_name_alternatives": [],
            "meeting": "la riunione trimestrale", "meeting_alternatives": ["riunione trimestrale", "la riunione"],
            "meeting_time": "giovedì 10 alle 9:30", "meeting_time_iso": "2026-12-10T09:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "010.txt",
        "text": """
Ciao Gaia, scusaci tantissimo ma dobbiamo annullare la prova menù di oggi alle 16.30: la nonna di Luca è caduta stanotte e siamo ancora al pronto soccorso. Lo so che è tardissimo per avvisare, ci dispiace davvero 🙁
Ci risentiamo in settimana per fissare un'altra data.
Un abbraccio,
Ludovica e Luca
""",
        "label": {
            "recipient_name": "Ludovica", "recipient_name_alternatives": ["Ludovica e Luca"],
            "sender_name": "Gaia", "sender_name_alternatives": [],
            "meeting": "la prova menù", "meeting_alternatives": ["prova menù"],
            "meeting_time": "oggi alle 16.30", "meeting_time_iso": "2026-12-06T16:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation"],
            "quoted_from": None, "quoted_until": None,
        },
    },
]
