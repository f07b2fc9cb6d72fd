"""v15 Italian client messages, hand-written (data-be, 8 December 2026)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.eml",
     "headers": {"From": ("Niccolò Ferrantelli", "n.ferrantelli@ferrantelli-vini.example.it"),
                 "To": ("Giulia Santoro", "giulia.santoro@santoro-export.example.it"),
                 "Subject": "Spostamento call export Giappone",
                 "Date": "Mon, 07 Dec 2026 08:47:00 +0100",
                 "Message-ID": "<v15it001.3c2@ferrantelli-vini.example.it>"},
     "body": """
Buongiorno Giulia,

purtroppo mercoledì alle 15 sarò in cantina con l'enologo, Dott. Pavan, per le prove di assemblaggio e non riesco a liberarmi. Possiamo spostare la call sull'export in Giappone a giovedì 10 alle 11:30 oppure a venerdì mattina presto, diciamo le 8:30?

Mi scuso per il disagio.

Cordiali saluti
Niccolò Ferrantelli
Responsabile commerciale
Cantine Ferrantelli s.r.l. – Tel. +39 0472 813 204

Inviato da Outlook per Android
""",
     "label": {"recipient_name": "Niccolò Ferrantelli", "recipient_name_alternatives": [],
               "sender_name": "Giulia Santoro", "sender_name_alternatives": ["Giulia"],
               "meeting": "la call sull'export in Giappone",
               "meeting_alternatives": ["call sull'export in Giappone", "la call", "Spostamento call export Giappone",
                                        "call export Giappone"],
               "meeting_time": "mercoledì alle 15", "meeting_time_iso": "2026-12-09T15:00",
               "proposed_times": ["giovedì 10 alle 11:30", "venerdì mattina presto, diciamo le 8:30"],
               "proposed_times_iso": ["2026-12-10T11:30", "2026-12-11T08:30"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},
    {"file": "002.txt",
     "text": """
Ciao Marco!
Ti va di passare in studio per vedere insieme il preventivo della cucina? Mia moglie Federica vuole assolutamente esserci, quindi sarebbe sabato 12 verso le 10, se per te va bene. Fammi sapere
Grazie mille
Stefano
""",
     "label": {"recipient_name": "Stefano", "sender_name": "Marco",
               "meeting": "vedere insieme il preventivo della cucina",
               "meeting_alternatives": ["il preventivo della cucina", "preventivo della cucina"],
               "meeting_time": "sabato 12 verso le 10", "meeting_time_iso": "2026-12-12T10:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "003.eml",
     "headers": {"From": ("Federica Lo Cascio", "federica.locascio@istituto-manzoni.example.it"),
                 "To": ("Paolo Benedetti", "p.benedetti@benedetti-formazione.example.it"),
                 "Cc": [("Tommaso Rinaldi", "t.rinaldi@istituto-manzoni.example.it")],
                 "Subject": "R: Corso sicurezza – materiali",
                 "Date": "Tue, 08 Dec 2026 11:05:00 +0100",
                 "Message-ID": "<v15it003.b00@istituto-manzoni.example.it>",
                 "In-Reply-To": "<v15it003-o@benedetti-formazione.example.it>"},
     "body": """
Gentile Dott. Benedetti,

confermo il corso sulla sicurezza di lunedì 14 dicembre dalle 14:30 alle 18:30 in aula magna. Le chiederei cortesemente di inviarci le slide entro venerdì, così il prof. Rinaldi (in copia) può caricarle sulla piattaforma.

Cordiali saluti,
Federica Lo Cascio
Segreteria didattica – Istituto Manzoni

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Ai sensi del Regolamento UE 2016/679 (GDPR)...

-----Messaggio originale-----
Da: Paolo Benedetti <p.benedetti@benedetti-formazione.example.it>
Inviato: giovedì 3 dicembre 2026 17:20
A: Federica Lo Cascio
Oggetto: Corso sicurezza – materiali

Buonasera, per il corso del 14 le propongo inizio alle 14:00. Mi conferma?
""",
     "label": {"recipient_name": "Federica Lo Cascio", "recipient_name_alternatives": [],
               "sender_name": "Paolo Benedetti", "sender_name_alternatives": ["Dott. Benedetti", "Benedetti"],
               "meeting": "il corso sulla sicurezza",
               "meeting_alternatives": ["corso sulla sicurezza", "Corso sicurezza", "R: Corso sicurezza – materiali"],
               "meeting_time": "lunedì 14 dicembre dalle 14:30 alle 18:30", "meeting_time_iso": "2026-12-14T14:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": [],
               "quoted_from": "-----Messaggio originale-----"}},
    {"file": "004.txt",
     "text": """
Buonasera dottoressa,
mi scusi tantissimo per ieri mattina alle 8 e mezza, non mi è suonata la sveglia dopo il turno di notte e sono arrivata che era già tutto chiuso. Posso recuperare? Sono libera martedì pomeriggio dalle 15.
Grazie, e ancora scusi
Chiara Mastroianni
""",
     "label": {"recipient_name": "Chiara Mastroianni", "recipient_name_alternatives": ["Chiara"],
               "sender_name": None, "meeting": None,
               "meeting_alternatives": [],
               "meeting_time": "ieri mattina alle 8 e mezza", "meeting_time_iso": "2026-12-05T08:30",
               "proposed_times": ["martedì pomeriggio dalle 15"], "proposed_times_iso": ["2026-12-08T15:00"],
               "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},
    {"file": "005.txt",
     "text": """
Salve Ing. Marchetti,

le scrivo per disdire il sopralluogo in via Cavour previsto per giovedì 17 alle 9:00: il condominio ha rinviato l'assemblea a gennaio e senza la delibera non ha senso procedere. Ci risentiamo dopo le feste per fissare una nuova data.

Buona giornata
Arch. Valeria Gentile
Studio Gentile & Associati
tel. 055 234 8810
""",
     "label": {"recipient_name": "Valeria Gentile", "recipient_name_alternatives": ["Arch. Valeria Gentile"],
               "sender_name": "Marchetti", "sender_name_alternatives": ["Ing. Marchetti"],
               "meeting": "il sopralluogo in via Cavour",
               "meeting_alternatives": ["sopralluogo in via Cavour", "il sopralluogo", "sopralluogo"],
               "meeting_time": "giovedì 17 alle 9:00", "meeting_time_iso": "2026-12-17T09:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["reschedule"]}},
    {"file": "006.eml",
     "headers": {"From": ("Lucía Ortega Bianchi", "l.ortega@fondazione-arte.example.it"),
                 "To": ("Davide Colombo", "davide.colombo@colombo-legal.example.it"),
                 "Subject": "I: Invito: Consiglio di amministrazione – seduta straordinaria",
                 "Date": "Mon, 07 Dec 2026 14:12:00 +0100",
                 "Message-ID": "<v15it006.d1@fondazione-arte.example.it>"},
     "body": """
Avvocato, le inoltro l'invito della Presidente. La sua presenza sarebbe importante per il punto 3 (statuto). Grazie

Lucía

________________________________
Da: Presidenza Fondazione Arte Viva <presidenza@fondazione-arte.example.it>
Inviato: venerdì 4 dicembre 2026 19:02
A: Consiglieri
Oggetto: Invito: Consiglio di amministrazione – seduta straordinaria
Quando: martedì 15 dicembre 2026 17:30-19:30 (UTC+01:00) Amsterdam, Berlino, Roma
Dove: Sede, Palazzo Serbelloni, sala Canova

Ordine del giorno:
1. Approvazione bilancio preventivo 2027
2. Nomina revisore
3. Modifiche allo statuto
""",
     "label": {"recipient_name": "Lucía Ortega Bianchi", "recipient_name_alternatives": ["Lucía"],
               "sender_name": "Davide Colombo", "sender_name_alternatives": [],
               "meeting": "Consiglio di amministrazione – seduta straordinaria",
               "meeting_alternatives": ["Consiglio di amministrazione", "seduta straordinaria",
                                        "Invito: Consiglio di amministrazione – seduta straordinaria"],
               "meeting_time": "martedì 15 dicembre 2026 17:30-19:30", "meeting_time_iso": "2026-12-15T17:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "007.txt",
     "text": """
Buongiorno,
ho ricevuto la fattura per la lezione di pilates di martedì scorso, che però avevo disdetto lunedì sera con un messaggio a Roberta. Non capisco perché mi venga addebitata per intero: qual è la vostra politica per le disdette?
Cordialmente
Gianna Pellegrini
""",
     "label": {"recipient_name": "Gianna Pellegrini", "recipient_name_alternatives": [],
               "sender_name": None, "meeting": "la lezione di pilates",
               "meeting_alternatives": ["lezione di pilates", "la lezione di pilates di martedì scorso"],
               "meeting_time": "martedì scorso", "meeting_time_iso": "2026-12-01",
               "proposed_times": [], "proposed_times_iso": [], "kind": "policy_question",
               "suggested_intents": ["cancellation_policy"]}},
    {"file": "008.eml",
     "headers": {"From": ("Mattia Sgroi", "mattia.sgroi@example.it"),
                 "To": ("Elena Carraro", "elena@carraro-psicologia.example.it"),
                 "Subject": "oggi",
                 "Date": "Tue, 08 Dec 2026 16:58:00 +0100",
                 "Message-ID": "<v15it008.77@example.it>"},
     "body": """
Elena scusami, stasera alle 18 non ce la faccio, sono bloccato in ufficio con una consegna. Lo so che è tardissimo per disdire la seduta. Ci sentiamo per la prossima settimana.
Mattia

Inviato da iPhone
""",
     "label": {"recipient_name": "Mattia Sgroi", "recipient_name_alternatives": ["Mattia"],
               "sender_name": "Elena Carraro", "sender_name_alternatives": ["Elena"],
               "meeting": "la seduta", "meeting_alternatives": ["seduta"],
               "meeting_time": "stasera alle 18", "meeting_time_iso": "2026-12-08T18:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["late_cancellation"]}},
    {"file": "009.txt",
     "text": """
Gentile Dottoressa Ricci,

sono Alessandro Vitale, il nuovo direttore acquisti di Termotecnica Adriatica; il suo nominativo mi è stato dato da Ilaria Fontana. Vorremmo organizzare un workshop sulla negoziazione con i fornitori per il mio team (otto persone). Potrebbe venire da noi a Pescara giovedì 17 dicembre, dalle 9.30 alle 13?

In attesa di un suo riscontro, porgo cordiali saluti.

Alessandro Vitale
Direttore Acquisti
Termotecnica Adriatica S.p.A.
Cell. 347 55 10 298
""",
     "label": {"recipient_name": "Alessandro Vitale", "recipient_name_alternatives": [],
               "sender_name": "Ricci", "sender_name_alternatives": ["Dottoressa Ricci"],
               "meeting": "un workshop sulla negoziazione con i fornitori",
               "meeting_alternatives": ["workshop sulla negoziazione con i fornitori", "workshop sulla negoziazione",
                                        "workshop"],
               "meeting_time": "giovedì 17 dicembre, dalle 9.30 alle 13", "meeting_time_iso": "2026-12-17T09:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "010.eml",
     "headers": {"From": ("Ettore Zanchì", "ettore.zanchi@example.it"),
                 "To": ("Sara Bonomi", "sara@bonomi-fisio.example.it"),
                 "Subject": "Re: Conferma appuntamento",
                 "Date": "Mon, 07 Dec 2026 19:30:00 +0100",
                 "Message-ID": "<v15it010.f3@example.it>",
                 "In-Reply-To": "<v15it010-o@bonomi-fisio.example.it>"},
     "body": """
Buonasera Sara,
le dispiace se spostiamo il trattamento di mercoledì? Mi hanno messo un turno. Andrebbe bene venerdì 11 alla stessa ora, o lunedì 14 alle 17:45?
Saluti, Ettore

Il giorno ven 4 dic 2026 alle ore 12:10 Sara Bonomi <sara@bonomi-fisio.example.it> ha scritto:
> Buongiorno, le confermo il trattamento di mercoledì 9 dicembre alle 18:15.
> Sara Bonomi – Fisioterapia
""",
     "label": {"recipient_name": "Ettore Zanchì", "recipient_name_alternatives": ["Ettore"],
               "sender_name": "Sara Bonomi", "sender_name_alternatives": ["Sara"],
               "meeting": "il trattamento", "meeting_alternatives": ["trattamento", "il trattamento di mercoledì",
                                                                    "Conferma appuntamento"],
               "meeting_time": "mercoledì", "meeting_time_iso": "2026-12-09",
               "proposed_times": ["venerdì 11 alla stessa ora", "lunedì 14 alle 17:45"],
               "proposed_times_iso": ["2026-12-11T18:15", "2026-12-14T17:45"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "Il giorno ven 4 dic 2026 alle ore 12:10 Sara Bonomi <sara@bonomi-fisio.example.it> ha scritto:"}},
]
