"""Italian client messages for the held-out v7 set (Turin, Rome, Apulia, Florence, Ticino, Milan, Padua, Friuli,
Genoa, the Marche), written by hand with their labels."""

INVITE = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {
        "file": "001.eml",
        "headers": {
            "From": ("Niccolò Bertagnolli", "n.bertagnolli@omsangone.it"),
            "To": ("Elisa Ferraris", "elisa.ferraris@ferraris-security.it"),
            "Subject": "Invito – kick-off progetto penetration test",
            "Date": "Wed, 02 Dec 2026 11:30:00 +0100",
            "Message-ID": "<20261202113000.5521@omsangone.it>",
        },
        "body": """
Gentile Ing. Ferraris,

come anticipato telefonicamente, Le scrivo per invitarLa alla riunione di avvio del progetto di penetration test, fissata per mercoledì 9 c.m. alle ore 10,00 presso la nostra sede di corso Francia 112, sala Superga.

Saranno presenti il nostro CIO, il responsabile della rete e due colleghi del fornitore del firewall. La riunione durerà circa due ore.

La prego di confermare la Sua presenza entro venerdì 4 dicembre, anche per la registrazione all'ingresso (la portineria è aperta dalle 8:00 alle 19:00).

Cordiali saluti,

Niccolò Bertagnolli
Responsabile Sicurezza Informatica
Officine Meccaniche Sangone S.p.A.
Tel. 011 7493 220
""",
        "label": {
            "recipient_name": "Niccolò Bertagnolli", "recipient_name_alternatives": ["Niccolò"],
            "sender_name": "Elisa Ferraris", "sender_name_alternatives": ["Ferraris", "Ing. Ferraris"],
            "meeting": "riunione di avvio del progetto di penetration test",
            "meeting_alternatives": ["la riunione di avvio del progetto di penetration test", "riunione di avvio",
                                     "kick-off progetto penetration test", "progetto di penetration test"],
            "meeting_time": "mercoledì 9 c.m. alle ore 10,00", "meeting_time_iso": "2026-12-09T10:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE, "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "002.txt",
        "text": """
Ciao Fede, sono la mamma di Tommaso. La lezione di chitarra di giovedì alle 17:30 salta, Tommy ha la recita di Natale a scuola proprio a quell'ora 🙈 Possiamo recuperarla venerdì 11 alla stessa ora oppure sabato mattina verso le 10? Fammi sapere, grazie mille!
Roberta
""",
        "label": {
            "recipient_name": "Roberta", "recipient_name_alternatives": [],
            "sender_name": "Fede", "sender_name_alternatives": [],
            "meeting": "La lezione di chitarra",
            "meeting_alternatives": ["lezione di chitarra", "lezione"],
            "meeting_time": "giovedì alle 17:30", "meeting_time_iso": "2026-12-10T17:30",
            "proposed_times": ["venerdì 11 alla stessa ora", "sabato mattina verso le 10"],
            "proposed_times_iso": ["2026-12-11T17:30", "2026-12-12T10:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"], "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "003.eml",
        "headers": {
            "From": ("Teodora D'Introno", "personale@conservemurgia.it"),
            "To": ("Giuseppe Scagliusi", "g.scagliusi@studioscagliusi.it"),
            "Subject": "Annullamento corso antincendio di oggi",
            "Date": "Tue, 08 Dec 2026 07:12:00 +0100",
            "Message-ID": "<00a1d9e2c7f4$3b1a5e70$@conservemurgia.it>",
        },
        "body": """
Buongiorno dott. Scagliusi,

purtroppo siamo costretti ad annullare il corso antincendio previsto per oggi pomeriggio dalle 14.30 alle 18.30: stanotte un guasto alla cabina elettrica ha lasciato il capannone senza corrente e metà del personale è impegnata con i tecnici dell'Enel.

Sappiamo che l'annullamento arriva a poche ore dall'inizio: ci faccia pure avere la fattura per la giornata, come previsto dal contratto. Per recuperare il corso pensavamo a martedì 15 dicembre, stesso orario.

Distinti saluti

Teodora D'Introno
Ufficio Personale – Conserve Murgia S.r.l.
Modugno (BA)

Le informazioni contenute in questo messaggio sono riservate e ad uso esclusivo del destinatario. Qualora il messaggio Le fosse pervenuto per errore, La invitiamo a eliminarlo senza copiarlo e a darcene comunicazione.
""",
        "label": {
            "recipient_name": "Teodora D'Introno", "recipient_name_alternatives": ["Teodora"],
            "sender_name": "Giuseppe Scagliusi", "sender_name_alternatives": ["Scagliusi", "dott. Scagliusi"],
            "meeting": "il corso antincendio",
            "meeting_alternatives": ["corso antincendio", "corso"],
            "meeting_time": "oggi pomeriggio dalle 14.30 alle 18.30", "meeting_time_iso": "2026-12-08T14:30",
            "proposed_times": ["martedì 15 dicembre, stesso orario"], "proposed_times_iso": ["2026-12-15T14:30"],
            "kind": "cancellation", "suggested_intents": ["late_cancellation", "cancellation_policy"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "004.txt",
        "text": """
Ciao Marta,
ti giro l'invito che ci ha mandato il Comune. Io sarò a Basilea per la fiera, ci andresti tu al posto mio? Basta presentarsi con un documento, ho già segnalato il tuo nome alla segreteria.
Un abbraccio,
Lapo

Lapo Mannucci
Galleria Mannucci Arte Contemporanea – Firenze

---------- Messaggio inoltrato ---------
Da: Ufficio Cerimoniale <cerimoniale@comune.esempio.it>
Date: gio 3 dic 2026 alle ore 12:05
Subject: Invito – presentazione del restauro della Loggia dei Lanaioli
To: <info@galleriamannucci.it>


Gentile Galleria Mannucci,

il Sindaco ha il piacere di invitarLa alla presentazione del restauro della Loggia dei Lanaioli, che si terrà lunedì 14 dicembre 2026 alle ore 11.30 nella Sala d'Arme di Palazzo Vecchio.

Si prega di accreditarsi entro le ore 13 di venerdì 11 dicembre. Ingresso del pubblico dalle ore 11.

Segreteria del Cerimoniale
""",
        "label": {
            "recipient_name": "Lapo Mannucci", "recipient_name_alternatives": ["Lapo"],
            "sender_name": "Marta", "sender_name_alternatives": [],
            "meeting": "presentazione del restauro della Loggia dei Lanaioli",
            "meeting_alternatives": ["la presentazione del restauro", "l'invito che ci ha mandato il Comune",
                                     "Invito – presentazione del restauro della Loggia dei Lanaioli"],
            "meeting_time": "lunedì 14 dicembre 2026 alle ore 11.30", "meeting_time_iso": "2026-12-14T11:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE, "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "005.eml",
        "headers": {
            "From": ("Mirta Gianferrari-Bühler", "presidenza@aic-cassarate.ch"),
            "To": ("Davide Solari", "d.solari@solari-architetti.ch"),
            "Subject": "Serata informativa 17 dicembre",
            "Date": "Tue, 01 Dec 2026 19:48:00 +0100",
            "Message-ID": "<e91c3f0a-aic-20261201@aic-cassarate.ch>",
        },
        "html": True,
        "body": """
Egregio Arch. Solari,

a nome del comitato dell'Associazione Inquilini di Cassarate La invito alla serata informativa sul risanamento energetico dello stabile di via Concordia, giovedì 17.12.2026, ore 20:00, nella sala multiuso al pianterreno. Ci farebbe molto piacere se potesse presentare il progetto e rispondere alle domande degli inquilini (una mezz'oretta basterebbe).

Dalle 19:30 offriremo un piccolo aperitivo.

Con i migliori saluti

Mirta Gianferrari-Bühler
Presidente AIC
079 418 22 95
""",
        "label": {
            "recipient_name": "Mirta Gianferrari-Bühler", "recipient_name_alternatives": ["Mirta"],
            "sender_name": "Davide Solari", "sender_name_alternatives": ["Solari", "Arch. Solari"],
            "meeting": "la serata informativa sul risanamento energetico",
            "meeting_alternatives": ["serata informativa", "Serata informativa 17 dicembre",
                                     "serata informativa sul risanamento energetico dello stabile di via Concordia"],
            "meeting_time": "giovedì 17.12.2026, ore 20:00", "meeting_time_iso": "2026-12-17T20:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE, "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "006.eml",
        "headers": {
            "From": ("Federica Brambilla", "federica.brambilla@lattonerielombarde.it"),
            "To": ("Stefano Colombo", "s.colombo@colombo-executive.it"),
            "Subject": "R: Secondo colloquio – candidata controller",
            "Date": "Fri, 04 Dec 2026 08:40:00 +0100",
            "Message-ID": "<AM9PR07MB7188A1C2@lattonerielombarde.it>",
            "In-Reply-To": "<CAF3x9Lq-stefano-1203@colombo-executive.it>",
        },
        "body": """
Buongiorno Stefano,

scusa il cambio di programma: il nostro AD è stato convocato a Francoforte e non riusciamo a tenere il secondo colloquio con la dott.ssa Rinaldi di mercoledì alle 9.15.

Ti propongo in alternativa mercoledì 16 dicembre tra le 9 e le 11, oppure venerdì 18 nel primo pomeriggio, verso le 14. Fammi sapere appena senti la candidata.

Federica

Federica Brambilla | HR Business Partner
Lattonerie Lombarde S.p.A. | Sesto San Giovanni (MI)

Il giorno 3 dic 2026, alle ore 16:20, Stefano Colombo <s.colombo@colombo-executive.it> ha scritto:

> Ciao Federica,
> ti confermo il secondo colloquio con la dott.ssa Rinaldi mercoledì 9 dicembre alle 9:15 nella vostra sede.
> A presto,
> Stefano
""",
        "label": {
            "recipient_name": "Federica Brambilla", "recipient_name_alternatives": ["Federica"],
            "sender_name": "Stefano Colombo", "sender_name_alternatives": ["Stefano"],
            "meeting": "il secondo colloquio con la dott.ssa Rinaldi",
            "meeting_alternatives": ["secondo colloquio", "Secondo colloquio – candidata controller", "colloquio"],
            "meeting_time": "mercoledì alle 9.15", "meeting_time_iso": "2026-12-09T09:15",
            "proposed_times": ["mercoledì 16 dicembre tra le 9 e le 11", "venerdì 18 nel primo pomeriggio, verso le 14"],
            "proposed_times_iso": ["2026-12-16T09:00", "2026-12-18T14:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": "Il giorno 3 dic 2026, alle ore 16:20, Stefano Colombo <s.colombo@colombo-executive.it> ha scritto:",
            "quoted_until": None,
        },
    },
    {
        "file": "007.txt",
        "text": """
Buonasera dottoressa Pavan,

devo purtroppo disdire l'appuntamento per la consulenza comportamentale di Brando (il mio pastore tedesco) di sabato 19 alle 10: ci trasferiamo da mia sorella a Treviso fino a dopo l'Epifania. La richiamo io a gennaio per fissare un'altra data.

Grazie e buone feste,
Gianna Zanella

Inviato dal mio Huawei
""",
        "label": {
            "recipient_name": "Gianna Zanella", "recipient_name_alternatives": ["Gianna"],
            "sender_name": "Pavan", "sender_name_alternatives": ["dottoressa Pavan"],
            "meeting": "l'appuntamento per la consulenza comportamentale",
            "meeting_alternatives": ["consulenza comportamentale", "consulenza comportamentale di Brando", "appuntamento"],
            "meeting_time": "sabato 19 alle 10", "meeting_time_iso": "2026-12-19T10:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["reschedule"], "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "008.eml",
        "headers": {
            "From": ("Ludmila Kovačič", "ludmila.kovacic@libero.it"),
            "To": ("Sabine Huber", "sabine.huber@deutschkurse-udine.it"),
            "Subject": "Lezione di ieri sera",
            "Date": "Thu, 03 Dec 2026 07:55:00 +0100",
            "Message-ID": "<DB7PR02MB4410.kovacic@libero.it>",
        },
        "cte": "base64",
        "body": """
Gentile prof.ssa Huber,

mi scuso tantissimo per la lezione di tedesco di ieri sera alle 18.30: me l'ero segnata per giovedì invece che per mercoledì e me ne sono accorta solo stamattina, rileggendo la Sua mail. Immagino che mi abbia aspettata su Zoom.

Naturalmente pagherò la lezione persa. Se ha un buco libero, potrei recuperare venerdì 4 alle 18.30 o lunedì 7 dicembre alle 19.

Cordialmente,
Ludmila Kovačič

Inviato da Outlook per iOS
""",
        "label": {
            "recipient_name": "Ludmila Kovačič", "recipient_name_alternatives": ["Ludmila"],
            "sender_name": "Sabine Huber", "sender_name_alternatives": ["Huber", "prof.ssa Huber"],
            "meeting": "la lezione di tedesco",
            "meeting_alternatives": ["lezione di tedesco", "Lezione di ieri sera", "lezione"],
            "meeting_time": "ieri sera alle 18.30", "meeting_time_iso": "2026-12-02T18:30",
            "proposed_times": ["venerdì 4 alle 18.30", "lunedì 7 dicembre alle 19"],
            "proposed_times_iso": ["2026-12-04T18:30", "2026-12-07T19:00"],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"], "quoted_from": None,
            "quoted_until": None,
        },
    },
    {
        "file": "009.txt",
        "text": """
Buongiorno,
ho ricevuto la fattura n. 87/2026 con l'addebito del 50% per la sessione di mediazione familiare del 27 novembre, che avevamo disdetto il giorno prima verso le 21. Non ricordo di aver firmato condizioni di disdetta: può mandarmi il regolamento che applica e spiegarmi da quante ore prima scatta la penale?
Grazie,
Marco Pittaluga
Via Assarotti 9/4, Genova
""",
        "label": {
            "recipient_name": "Marco Pittaluga", "recipient_name_alternatives": ["Marco"],
            "sender_name": None, "sender_name_alternatives": [],
            "meeting": "la sessione di mediazione familiare",
            "meeting_alternatives": ["sessione di mediazione familiare", "mediazione familiare"],
            "meeting_time": "27 novembre", "meeting_time_iso": "2026-11-27",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"], "quoted_from": None,
            "quoted_until": None,
        },
    },
    {
        "file": "010.txt",
        "text": """
Il 04/12/2026 10:02, Chiara Moroni ha scritto:
> Buongiorno Sig. Paoletti,
> Le propongo il workshop sul nuovo gestionale per lunedì 14 dicembre dalle 9 alle 13, oppure mercoledì 16 dalle 14 alle 18.
> Mi faccia sapere quale preferisce.
> Chiara Moroni

Buongiorno dott.ssa Moroni,

per il workshop sul gestionale va benissimo la prima opzione, lunedì 14 dalle 9 alle 13. Saremo in otto, tutti dell'ufficio acquisti.

Mi può mandare il programma della mattinata e i requisiti tecnici (proiettore, wifi, portatili) entro venerdì? La sala riunioni è libera già dalle 8.

Grazie e buona giornata,
Ermanno Paoletti
Mobilificio Paoletti – Recanati (MC)
""",
        "label": {
            "recipient_name": "Ermanno Paoletti", "recipient_name_alternatives": ["Ermanno"],
            "sender_name": "Moroni", "sender_name_alternatives": ["dott.ssa Moroni"],
            "meeting": "il workshop sul gestionale",
            "meeting_alternatives": ["workshop sul gestionale", "workshop"],
            "meeting_time": "lunedì 14 dalle 9 alle 13", "meeting_time_iso": "2026-12-14T09:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [],
            "quoted_from": "Il 04/12/2026 10:02, Chiara Moroni ha scritto:", "quoted_until": "> Chiara Moroni",
        },
    },
]
