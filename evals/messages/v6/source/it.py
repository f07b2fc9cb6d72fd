"""Italian client messages for the held-out v6 set (Sardinia, Campania, Alto Adige, Emilia, Sicily...), written by hand with their labels."""

INVITE = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {
        "file": "001.eml",
        "headers": {
            "From": ("Nicolò Pirastu", "qualita@olearia-sinis.it"),
            "To": ("Ilaria Benedetti", "ilaria.benedetti@esg-advisory.it"),
            "Subject": "Invito: tavolo tecnico sul bilancio di sostenibilità",
            "Date": "Tue, 01 Dec 2026 11:32:00 +0100",
            "Message-ID": "<a81c3e0f.sinis.20261201113200@olearia-sinis.it>",
        },
        "body": """
Gentile dott.ssa Benedetti,

a nome della Cooperativa Olearia del Sinis La invito al tavolo tecnico sul bilancio di sostenibilità 2026, che si terrà giovedì 10/12 dalle ore 15.00 alle 17.30 presso la nostra sede di Cabras (via Tharros 112).

Saranno presenti il CdA e i due revisori. Le chiedo gentilmente conferma entro venerdì 4 dicembre.

Cordiali saluti,

Nicolò Pirastu
Responsabile Qualità e Sostenibilità
Cooperativa Olearia del Sinis
Tel. 0783 000 419 (lun-ven 8:30-13:00)
""",
        "label": {
            "recipient_name": "Nicolò Pirastu", "recipient_name_alternatives": ["Nicolò"],
            "sender_name": "Ilaria Benedetti", "sender_name_alternatives": ["dott.ssa Benedetti", "Benedetti"],
            "meeting": "tavolo tecnico sul bilancio di sostenibilità 2026",
            "meeting_alternatives": ["tavolo tecnico", "tavolo tecnico sul bilancio di sostenibilità",
                                     "al tavolo tecnico sul bilancio di sostenibilità 2026"],
            "meeting_time": "giovedì 10/12 dalle ore 15.00 alle 17.30", "meeting_time_iso": "2026-12-10T15:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE, "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "002.txt",
        "text": """
Ciao Ottavia! Senti, per il sopralluogo in villa di martedì alle 11 non ce la facciamo, Marco è bloccato a Milano fino a mercoledì sera 😩 Si può spostare a giovedì 10 alle 14 e mezza? Oppure sabato 12 verso le 10, ma capisco se il sabato non lavori.
Fammi sapere, un abbraccio
Ludovica
""",
        "label": {
            "recipient_name": "Ludovica", "recipient_name_alternatives": [],
            "sender_name": "Ottavia", "sender_name_alternatives": [],
            "meeting": "il sopralluogo in villa", "meeting_alternatives": ["sopralluogo in villa", "sopralluogo"],
            "meeting_time": "martedì alle 11", "meeting_time_iso": "2026-12-08T11:00",
            "proposed_times": ["giovedì 10 alle 14 e mezza", "sabato 12 verso le 10"],
            "proposed_times_iso": ["2026-12-10T14:30", "2026-12-12T10:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "003.eml",
        "headers": {
            "From": ("Donatella Ruggiù", "donatella.ruggiu@libero.it"),
            "To": ("Tommaso Fabbri", "segreteria@notaiofabbri.it"),
            "Subject": "Disdetta appuntamento di stamattina",
            "Date": "Mon, 07 Dec 2026 07:12:00 +0100",
            "Message-ID": "<1765087920.77121@libero.it>",
        },
        "body": """
Egregio notaio Fabbri,

mi dispiace moltissimo avvisarLa con così poco preavviso, ma non potrò essere presente all'appuntamento di stamattina alle 9.30 per la firma del preliminare: la banca non ha ancora deliberato il mutuo e senza la delibera il venditore non vuole firmare.

Mi rendo conto che l'orario era riservato per me: se è prevista una penale per la disdetta tardiva, me la indichi pure e provvederò.

La ricontatterò io appena la banca si pronuncia.

Distinti saluti
Donatella Ruggiù

Inviato da Libero Mail per Android
""",
        "label": {
            "recipient_name": "Donatella Ruggiù", "recipient_name_alternatives": ["Donatella"],
            "sender_name": "Tommaso Fabbri", "sender_name_alternatives": ["notaio Fabbri", "Fabbri"],
            "meeting": "la firma del preliminare",
            "meeting_alternatives": ["firma del preliminare", "appuntamento", "l'appuntamento di stamattina"],
            "meeting_time": "stamattina alle 9.30", "meeting_time_iso": "2026-12-07T09:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation", "cancellation_policy"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "004.txt",
        "text": """
Ciao Samuele,
ti giro l'invito del nostro direttore generale per il kick-off del progetto Lean in stabilimento. Ci terrei che ci fossi anche tu, visto che i moduli di formazione li curi tu. Se non puoi, va bene anche qualcuno del tuo team.

Grazie!
Verena

Verena Oberhofer | HR Business Partner
Fonderie Atesine S.p.A. – Bolzano

________________________________
Da: Walter Kofler <w.kofler@fonderie-atesine.it>
Inviato: giovedì 3 dicembre 2026 17:48
A: Verena Oberhofer <v.oberhofer@fonderie-atesine.it>
Oggetto: Kick-off progetto Lean – reparto colata

Buonasera a tutti,
il kick-off del progetto Lean si terrà mercoledì 16 dicembre, h 8:00-10:00, sala riunioni al primo piano (palazzina uffici). Segue colazione con i capiturno.
Walter
""",
        "label": {
            "recipient_name": "Verena Oberhofer", "recipient_name_alternatives": ["Verena"],
            "sender_name": "Samuele", "sender_name_alternatives": [],
            "meeting": "il kick-off del progetto Lean",
            "meeting_alternatives": ["kick-off del progetto Lean", "kick-off", "Kick-off progetto Lean – reparto colata"],
            "meeting_time": "mercoledì 16 dicembre, h 8:00-10:00", "meeting_time_iso": "2026-12-16T08:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE, "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "005.eml",
        "headers": {
            "From": ("Lucrezia Dall'Olio", "lucrezia@pastificiodallolio.it"),
            "To": ("Federico Sanna", "federico@sanna-content.it"),
            "Subject": "Scuse per oggi",
            "Date": "Fri, 04 Dec 2026 19:05:00 +0100",
            "Message-ID": "<CAKx8Lq3v9DallOlio@mail.gmail.com>",
        },
        "body": """
Caro Federico,

ti devo delle scuse: oggi alle 16 avevamo la call per la revisione del piano editoriale e me ne sono completamente dimenticata, ero in fiera a Rimini senza campo. Ho visto solo adesso le tue due chiamate perse.

Possiamo recuperare lunedì pomeriggio, dalle 15 in poi, o martedì 8 alle 9 e tre quarti? (sì, lo so, orario strano, ma alle 10 e mezza ho il dentista)

Scusami ancora,
Lucrezia

--
Lucrezia Dall'Olio
Marketing Manager – Pastificio Dall'Olio
""",
        "label": {
            "recipient_name": "Lucrezia Dall'Olio", "recipient_name_alternatives": ["Lucrezia"],
            "sender_name": "Federico Sanna", "sender_name_alternatives": ["Federico"],
            "meeting": "la call per la revisione del piano editoriale",
            "meeting_alternatives": ["call per la revisione del piano editoriale", "revisione del piano editoriale", "la call"],
            "meeting_time": "oggi alle 16", "meeting_time_iso": "2026-12-04T16:00",
            "proposed_times": ["lunedì pomeriggio, dalle 15 in poi", "martedì 8 alle 9 e tre quarti"],
            "proposed_times_iso": ["2026-12-07T15:00", "2026-12-08T09:45"],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "006.txt",
        "text": """
Buongiorno Lavinia,

purtroppo devo annullare la lezione di public speaking di giovedì 17 dicembre (ore 18:00): mi hanno anticipato un viaggio di lavoro a Francoforte. Non so ancora quando rientrerò, quindi preferisco non fissare subito un'altra data.

Disdicendo con più di dieci giorni d'anticipo è previsto qualche costo, o la lezione resta nel pacchetto?

Cordialmente,
Ettore Bassani

Il 02/12/26 10:14, Lavinia Gatti ha scritto:
> Gentile Ettore, le confermo la prossima lezione per giovedì 17 alle 18:00 su Zoom.
> Lavinia
""",
        "label": {
            "recipient_name": "Ettore Bassani", "recipient_name_alternatives": ["Ettore"],
            "sender_name": "Lavinia", "sender_name_alternatives": [],
            "meeting": "la lezione di public speaking", "meeting_alternatives": ["lezione di public speaking", "la lezione"],
            "meeting_time": "giovedì 17 dicembre (ore 18:00)", "meeting_time_iso": "2026-12-17T18:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["reschedule", "cancellation_policy"],
            "quoted_from": "Il 02/12/26 10:14, Lavinia Gatti ha scritto:", "quoted_until": None,
        },
    },
    {
        "file": "007.eml",
        "headers": {
            "From": ("Gianmarco Lo Presti", "gm.lopresti@tiscali.it"),
            "To": ("Alessia Moretti", "info@fisiomoretti.it"),
            "Subject": "Fattura 418/2026 - addebito seduta",
            "Date": "Wed, 02 Dec 2026 09:40:00 +0100",
            "Message-ID": "<D7E1A0B2-44F1-4C1B-9E0A-LOPRESTI@tiscali.it>",
        },
        "cte": "base64",
        "body": """
Buongiorno dott.ssa Moretti,

nella fattura n. 418/2026 ricevuta ieri trovo addebitati 45 € per la seduta del 19 novembre, che avevo disdetto per telefono la sera prima, verso le 20. Non ricordo di aver firmato condizioni sulle disdette: mi può indicare qual è la vostra regola e fino a quante ore prima si può disdire senza pagare?

Grazie, un saluto
Gianmarco Lo Presti

Inviato dal mio iPad
""",
        "label": {
            "recipient_name": "Gianmarco Lo Presti", "recipient_name_alternatives": ["Gianmarco"],
            "sender_name": "Alessia Moretti", "sender_name_alternatives": ["dott.ssa Moretti", "Moretti"],
            "meeting": "la seduta del 19 novembre", "meeting_alternatives": ["seduta", "la seduta"],
            "meeting_time": "19 novembre", "meeting_time_iso": "2026-11-19",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"],
            "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "008.txt",
        "text": """
Buongiorno Arch. Verri,

grazie per la presentazione di venerdì sul progetto della nuova mensa aziendale, molto chiara. Potrebbe mandarmi le slide e le planimetrie in PDF? Le devo girare al consiglio entro mercoledì 9 alle 12, quindi se riesce entro martedì sera mi salva.

Buona domenica,
Ornella Pizzuti
Ufficio Tecnico – Comune di Fiumicello
""",
        "label": {
            "recipient_name": "Ornella Pizzuti", "recipient_name_alternatives": ["Ornella"],
            "sender_name": "Verri", "sender_name_alternatives": ["Arch. Verri"],
            "meeting": "la presentazione di venerdì",
            "meeting_alternatives": ["presentazione", "progetto della nuova mensa aziendale",
                                     "la presentazione di venerdì sul progetto della nuova mensa aziendale"],
            "meeting_time": "venerdì", "meeting_time_iso": "2026-12-04",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [], "quoted_from": None, "quoted_until": None,
        },
    },
    {
        "file": "009.eml",
        "headers": {
            "From": ("Calogero Giunta", "acquisti@meccanica-giunta.it"),
            "To": ("Beatrice Colombo", "b.colombo@colombo-translations.it"),
            "Subject": "R: Richiesta preventivo traduzioni tecniche",
            "Date": "Thu, 03 Dec 2026 18:30:00 +0100",
            "Message-ID": "<VI1PR03MB4410GIUNTA@VI1PR03MB4410.eurprd03.prod.outlook.com>",
            "In-Reply-To": "<20261201150244.colombo@colombo-translations.it>",
        },
        "html": True,
        "body": """
Gentile Beatrice,

grazie per il preventivo. Prima di procedere vorremmo conoscerLa di persona: Le andrebbe una videochiamata conoscitiva venerdì 11 dicembre alle ore 11:30? Durata mezz'ora circa. In alternativa lunedì 14 alle 17.

Le invio il link Teams appena mi conferma.

Cordiali saluti
Calogero Giunta
Ufficio Acquisti – Meccanica Giunta S.r.l.
Via dell'Industria 7, Catania

Questo messaggio e gli eventuali allegati sono riservati al destinatario. Qualora lo riceviate per errore, vi preghiamo di darne notizia al mittente e di cancellarlo.

Da: Beatrice Colombo <b.colombo@colombo-translations.it>
Inviato: martedì 1 dicembre 2026 15:02
A: Ufficio Acquisti <acquisti@meccanica-giunta.it>
Oggetto: Richiesta preventivo traduzioni tecniche

Buongiorno, in allegato il preventivo per i manuali d'uso (IT>EN, DE). Resto a disposizione per una chiamata giovedì mattina.
Beatrice Colombo
""",
        "label": {
            "recipient_name": "Calogero Giunta", "recipient_name_alternatives": ["Calogero"],
            "sender_name": "Beatrice Colombo", "sender_name_alternatives": ["Beatrice"],
            "meeting": "una videochiamata conoscitiva",
            "meeting_alternatives": ["videochiamata conoscitiva", "videochiamata"],
            "meeting_time": "venerdì 11 dicembre alle ore 11:30", "meeting_time_iso": "2026-12-11T11:30",
            "proposed_times": ["lunedì 14 alle 17"], "proposed_times_iso": ["2026-12-14T17:00"],
            "kind": "invitation", "suggested_intents": INVITE,
            "quoted_from": "Da: Beatrice Colombo <b.colombo@colombo-translations.it>", "quoted_until": None,
        },
    },
    {
        "file": "010.txt",
        "text": """
Salve Ing. Carbone,

ho ricevuto le sue due proposte per il collaudo dell'impianto fotovoltaico, ma né mercoledì né giovedì riesco ad essere in azienda: abbiamo l'inventario di fine anno.

Le andrebbe bene lunedì 14 dicembre alle 8:30 in punto? Oppure, se preferisce il pomeriggio, martedì 15/12 dalle 14:00 alle 16:00 sono libero.

Resto in attesa, saluti
Geom. Raffaele Iannuzzi
Caseificio Iannuzzi – Battipaglia
cell. 333 0001122 (meglio dopo le 18)
""",
        "label": {
            "recipient_name": "Raffaele Iannuzzi", "recipient_name_alternatives": ["Geom. Raffaele Iannuzzi", "Raffaele"],
            "sender_name": "Carbone", "sender_name_alternatives": ["Ing. Carbone"],
            "meeting": "il collaudo dell'impianto fotovoltaico",
            "meeting_alternatives": ["collaudo dell'impianto fotovoltaico", "collaudo"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": ["lunedì 14 dicembre alle 8:30", "martedì 15/12 dalle 14:00 alle 16:00"],
            "proposed_times_iso": ["2026-12-14T08:30", "2026-12-15T14:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": None, "quoted_until": None,
        },
    },
]
