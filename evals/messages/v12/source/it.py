"""Italian client messages of the v12 set (hand-written, with their labels). See ../README.md."""

INVITE = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {
        "file": "001.txt",
        "text": """
Gentile dottoressa Lodi,

come anticipato al telefono, vorremmo fissare la presentazione del piano di comunicazione 2027 a tutta la famiglia (siamo in cinque soci) mercoledì 16 dicembre h. 15.00, presso il frantoio di Vinci. Dopo la riunione, se le fa piacere, ci sarà un assaggio dell'olio nuovo.

Le chiederei gentilmente una conferma entro venerdì 11, così organizzo la sala.

Cordiali saluti

Niccolò Sarti
Oleificio Sarti s.a.s.
Via di Mercatale 8 – 50059 Vinci (FI)
""",
        "label": {
            "recipient_name": "Niccolò Sarti", "recipient_name_alternatives": [],
            "sender_name": "Lodi", "sender_name_alternatives": ["dottoressa Lodi"],
            "meeting": "la presentazione del piano di comunicazione 2027",
            "meeting_alternatives": ["presentazione del piano di comunicazione 2027",
                                     "la presentazione del piano di comunicazione", "la riunione"],
            "meeting_time": "mercoledì 16 dicembre h. 15.00", "meeting_time_iso": "2026-12-16T15:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "002.txt",
        "text": """
Buongiorno dottoressa Fabbri,
sono Carla Mennella, avevo la seduta di igiene dentale martedì 8 alle 17:30. Purtroppo mi hanno cambiato il turno al lavoro e quel giorno smonto alle 19.
Potrei spostarla a giovedì 10 nel pomeriggio, dopo le 16, oppure al martedì successivo, stessa ora?
Grazie mille e mi scusi per il disturbo
Carla
""",
        "label": {
            "recipient_name": "Carla Mennella", "recipient_name_alternatives": ["Carla"],
            "sender_name": "Fabbri", "sender_name_alternatives": ["dottoressa Fabbri"],
            "meeting": "la seduta di igiene dentale",
            "meeting_alternatives": ["seduta di igiene dentale", "igiene dentale"],
            "meeting_time": "martedì 8 alle 17:30", "meeting_time_iso": "2026-12-08T17:30",
            "proposed_times": ["giovedì 10 nel pomeriggio, dopo le 16", "al martedì successivo, stessa ora"],
            "proposed_times_iso": ["2026-12-10T16:00", "2026-12-15T17:30"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "003.eml",
        "headers": {
            "From": ("Tommaso Pellè", "tommaso.pelle@example.it"),
            "To": ("Chiara Benvenuti", "eventi@villabenvenuti.example.it"),
            "Subject": "R: Degustazione menù matrimonio Pellè–Rinaldi",
            "Date": "Sat, 12 Dec 2026 09:05:00 +0100",
            "Message-ID": "<b12a77c1-v12it003@example.it>",
            "In-Reply-To": "<20261210180412.eventi@villabenvenuti.example.it>",
            "References": "<20261210180412.eventi@villabenvenuti.example.it>",
        },
        "body": """
Buongiorno Chiara,

mi spiace tantissimo ma oggi alle 12.30 non riusciamo a venire alla degustazione: Giulia ha preso l'influenza e stanotte ha avuto la febbre alta. Lo so che vi avevamo confermato due giorni fa e che avrete già preparato tutto.

Si potrebbe rifare sabato prossimo alla stessa ora? Altrimenti ci dica lei.

Un saluto e scusate ancora,
Tommaso

Inviato da Outlook per Android

Da: Villa Benvenuti – Eventi <eventi@villabenvenuti.example.it>
Inviato: giovedì 10 dicembre 2026 18:04
A: Tommaso Pellè <tommaso.pelle@example.it>
Oggetto: Degustazione menù matrimonio Pellè–Rinaldi

Gentili Tommaso e Giulia,
vi confermiamo la degustazione del menù per il vostro matrimonio sabato 12 dicembre alle ore 12:30, per 4 persone. Vi preghiamo di avvisarci di eventuali allergie entro giovedì sera.
Cordiali saluti,
Chiara Benvenuti
""",
        "label": {
            "recipient_name": "Tommaso Pellè", "recipient_name_alternatives": ["Tommaso"],
            "sender_name": "Chiara Benvenuti", "sender_name_alternatives": ["Chiara"],
            "meeting": "la degustazione", "meeting_alternatives": ["degustazione", "Degustazione menù matrimonio Pellè–Rinaldi"],
            "meeting_time": "oggi alle 12.30", "meeting_time_iso": "2026-12-12T12:30",
            "proposed_times": ["sabato prossimo alla stessa ora"], "proposed_times_iso": ["2026-12-19T12:30"],
            "kind": "cancellation", "suggested_intents": ["late_cancellation"],
            "quoted_from": "Da: Villa Benvenuti – Eventi <eventi@villabenvenuti.example.it>",
            "quoted_until": None,
        },
    },
    {
        "file": "004.txt",
        "text": """
Ciao Giulia!
Come ti avevo accennato al torneo, ci piacerebbe tanto averti per un incontro sulla prevenzione degli infortuni con le ragazze dell'Under 16 e i loro genitori 🏐
Abbiamo pensato a venerdì 18 alle 18 e 30 nella palestra comunale di via Giotto (dopo l'allenamento, che finisce alle 18). Dura un'oretta, poi pizza tutti insieme se ti va!
Fammi sapere quando puoi 😊

Un saluto sportivo,
Efisio Murgia
Presidente ASD Sestu Volley
""",
        "label": {
            "recipient_name": "Efisio Murgia", "recipient_name_alternatives": [],
            "sender_name": "Giulia", "sender_name_alternatives": [],
            "meeting": "un incontro sulla prevenzione degli infortuni",
            "meeting_alternatives": ["incontro sulla prevenzione degli infortuni", "prevenzione degli infortuni"],
            "meeting_time": "venerdì 18 alle 18 e 30", "meeting_time_iso": "2026-12-18T18:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "005.eml",
        "headers": {
            "From": ("Gianluca D'Alò", "gdalo78@example.it"),
            "To": ("Marta Lenzi", "studio@avvlenzi.example.it"),
            "Subject": "scuse",
            "Date": "Thu, 03 Dec 2026 19:20:00 +0100",
            "Message-ID": "<CAF7d-v12it005-gdalo@mail.example.it>",
        },
        "body": """
Buonasera avvocato Lenzi,
mi scusi tanto, stamani alle 9.15 non mi sono presentato per la dichiarazione di successione di mia madre: me ne sono completamente dimenticato, tra il lavoro e tutto il resto. Non ho nemmeno avvisato, lo so.
Possiamo rivederci la settimana prossima? Porto tutti i documenti che mi aveva chiesto.

Inviato da iPhone
""",
        "label": {
            "recipient_name": "Gianluca D'Alò", "recipient_name_alternatives": [],
            "sender_name": "Marta Lenzi", "sender_name_alternatives": ["avvocato Lenzi", "Lenzi"],
            "meeting": "la dichiarazione di successione di mia madre",
            "meeting_alternatives": ["dichiarazione di successione", "la dichiarazione di successione"],
            "meeting_time": "stamani alle 9.15", "meeting_time_iso": "2026-12-03T09:15",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "006.eml",
        "headers": {
            "From": ("Ilaria Mondò", "ilaria.mondo@logisticanord.example.it"),
            "To": ("Stefano Gatti", "s.gatti@gattisoftware.example.it"),
            "Subject": "I: Kick-off progetto Gestionale Magazzino",
            "Date": "Mon, 30 Nov 2026 09:10:00 +0100",
            "Message-ID": "<fw-30112026-0910-imondo@logisticanord.example.it>",
        },
        "calendar": """
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Rome:20261215T100000
DTEND;TZID=Europe/Rome:20261215T120000
UID:5q1v12it006kickoff@google.example.com
ORGANIZER;CN=Daniele Vitale:mailto:d.vitale@logisticanord.example.it
SUMMARY:Kick-off progetto Gestionale Magazzino
LOCATION:Sala riunioni piano terra\\, Via dell'Industria 22\\, Novara
END:VEVENT
END:VCALENDAR
""",
        "body": """
Ciao Stefano,

ti inoltro l'invito del nostro direttore operativo: ci saresti? Servirebbe qualcuno di voi per la parte di integrazione con il vostro software.

Grazie,
Ilaria

---------- Messaggio inoltrato ---------
Da: Daniele Vitale <d.vitale@logisticanord.example.it>
Date: ven 27 nov 2026 alle ore 11:40
Subject: Invito: Kick-off progetto Gestionale Magazzino
To: <ilaria.mondo@logisticanord.example.it>

Kick-off progetto Gestionale Magazzino
Quando: martedì 15 dic 2026 10:00 – 12:00 (CET)
Dove: Sala riunioni piano terra, Via dell'Industria 22, Novara
""",
        "label": {
            "recipient_name": "Ilaria Mondò", "recipient_name_alternatives": ["Ilaria"],
            "sender_name": "Stefano Gatti", "sender_name_alternatives": ["Stefano"],
            "meeting": "Kick-off progetto Gestionale Magazzino",
            "meeting_alternatives": ["Kick-off", "l'invito"],
            "meeting_time": "martedì 15 dic 2026 10:00 – 12:00 (CET)", "meeting_time_iso": "2026-12-15T10:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "007.txt",
        "text": """
Ciao Rosy, ti scrivo qui perché al telefono non ti becco mai 😅
Il matrimonio è stato rinviato a maggio (lunga storia...), quindi purtroppo annullo la prova acconciatura di sabato 12 alle 10.
Ti volevo chiedere: la caparra di 50€ la perdo o possiamo tenerla buona per la nuova data?
Ti faccio sapere appena ho il giorno preciso!
Un bacio
Martina Esposito
""",
        "label": {
            "recipient_name": "Martina Esposito", "recipient_name_alternatives": ["Martina"],
            "sender_name": "Rosy", "sender_name_alternatives": [],
            "meeting": "la prova acconciatura", "meeting_alternatives": ["prova acconciatura"],
            "meeting_time": "sabato 12 alle 10", "meeting_time_iso": "2026-12-12T10:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["reschedule", "cancellation_policy"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "008.eml",
        "headers": {
            "From": ("Corrado Bellini", "corrado.bellini@belliniinfissi.example.it"),
            "To": ("Paola Marchetti", "paola@marchetti-consulting.example.it"),
            "Subject": "Re: Analisi costi di produzione",
            "Date": "Mon, 07 Dec 2026 08:34:00 +0100",
            "Message-ID": "<6d0e1f.cbellini.20261207@belliniinfissi.example.it>",
            "In-Reply-To": "<pm.20261204121100@marchetti-consulting.example.it>",
            "References": "<pm.20261204121100@marchetti-consulting.example.it>",
        },
        "cte": "base64",
        "body": """
Buongiorno Paola,

per il nostro incontro di giovedì devo chiederle di spostare: mi hanno comunicato ieri sera che il revisore sarà in azienda tutto il giorno.

Le andrebbe bene lunedì 14 alle 9.30, oppure martedì 15 alle 14.30? Entrambe le date per me sono sicure.

Grazie per la comprensione,
Corrado Bellini
Bellini Infissi srl – Amministratore

Il giorno ven 4 dic 2026 alle ore 12:11 Paola Marchetti <paola@marchetti-consulting.example.it> ha scritto:
> Buongiorno Corrado,
> le confermo giovedì 10 alle 11:00 da voi per l'analisi dei costi di produzione. Porterò le tabelle aggiornate.
> Cordiali saluti,
> Paola Marchetti
""",
        "label": {
            "recipient_name": "Corrado Bellini", "recipient_name_alternatives": ["Corrado"],
            "sender_name": "Paola Marchetti", "sender_name_alternatives": ["Paola"],
            "meeting": "il nostro incontro di giovedì",
            "meeting_alternatives": ["nostro incontro", "incontro", "Analisi costi di produzione"],
            "meeting_time": "giovedì", "meeting_time_iso": "2026-12-10",
            "proposed_times": ["lunedì 14 alle 9.30", "martedì 15 alle 14.30"],
            "proposed_times_iso": ["2026-12-14T09:30", "2026-12-15T14:30"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": "Il giorno ven 4 dic 2026 alle ore 12:11 Paola Marchetti <paola@marchetti-consulting.example.it> ha scritto:",
            "quoted_until": None,
        },
    },
    {
        "file": "009.txt",
        "text": """
Salve geometra,
volevo chiederle se all'incontro per la sanatoria del garage di lunedì 14 alle 15 può venire anche mio cognato, che è comproprietario. E poi mi manda l'indirizzo preciso dello studio? Su Google ne trovo due.

Le ricordo che io sono raggiungibile al cellulare solo dalle 13 alle 14, la mattina sono in negozio.

Cordiali saluti
Alfonso Iovine
""",
        "label": {
            "recipient_name": "Alfonso Iovine", "recipient_name_alternatives": [],
            "sender_name": None, "sender_name_alternatives": [],
            "meeting": "incontro per la sanatoria del garage",
            "meeting_alternatives": ["l'incontro per la sanatoria del garage", "la sanatoria del garage",
                                     "sanatoria del garage"],
            "meeting_time": "lunedì 14 alle 15", "meeting_time_iso": "2026-12-14T15:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "010.eml",
        "headers": {
            "From": ("Beatrice Sciarrà", "bea.sciarra@example.it"),
            "To": ("Valentina Roncato", "info@pilatesarmonia.example.it"),
            "Subject": "Fattura n. 214 – domanda",
            "Date": "Wed, 02 Dec 2026 14:30:00 +0100",
            "Message-ID": "<v12it010.bsciarra.1430@example.it>",
        },
        "charset": "iso-8859-1",
        "body": """
Ciao Vale,

ho ricevuto la fattura n. 214 e vedo che c'è addebitata anche la lezione privata di pilates del 26 novembre, che però avevo disdetto il giorno prima verso le 20 con un messaggio.

Mi spieghi come funziona la vostra politica di disdetta? Entro quante ore bisogna avvisare per non pagarla? Non voglio fare polemica, è solo per sapere per le prossime volte.

Grazie, a giovedì!
Bea
""",
        "label": {
            "recipient_name": "Beatrice Sciarrà", "recipient_name_alternatives": ["Bea"],
            "sender_name": "Valentina Roncato", "sender_name_alternatives": ["Vale"],
            "meeting": "la lezione privata di pilates",
            "meeting_alternatives": ["lezione privata di pilates"],
            "meeting_time": "26 novembre", "meeting_time_iso": "2026-11-26",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"],
            "quoted_from": None, "quoted_until": None,
        },
    },
]
