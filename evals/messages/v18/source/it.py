"""v18 Italian client messages (Italy, Ticino), hand-written (data-bp, 8 December 2026)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.eml",
     "headers": {"From": ("Niccolò Ferrante", "n.ferrante@logistica-adriatica.example.it"),
                 "To": ("Elena Bassi", "elena.bassi@bassi-sicurezza.example.it"),
                 "Subject": "Invito: corso aggiornamento sicurezza – 17/03",
                 "Date": "Tue, 02 Mar 2027 08:47:00 +0100",
                 "Message-ID": "<v18it001.e4f0@logistica-adriatica.example.it>"},
     "body": """
Gentile Ing. Bassi,

come anticipato al telefono, Le scrivo per chiederLe se fosse disponibile a tenere il corso di aggiornamento sulla sicurezza per i nostri magazzinieri mercoledì 17 marzo dalle 14.30 alle 18.00, presso la sede di Ancona (via del Porto 41). I partecipanti sarebbero circa 20.

Resto in attesa di un Suo riscontro entro venerdì.

Cordiali saluti

Niccolò Ferrante
Responsabile Risorse Umane
Logistica Adriatica S.p.A.
Tel. 071 555 2290 | Cell. 347 555 0183

Le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario indicato. Se avete ricevuto questo messaggio per errore, vi preghiamo di cancellarlo e di avvisare il mittente.
""",
     "label": {"recipient_name": "Niccolò Ferrante", "recipient_name_alternatives": ["Niccolò"],
               "sender_name": "Bassi", "sender_name_alternatives": ["Ing. Bassi", "Elena Bassi", "Elena"],
               "meeting": "il corso di aggiornamento sulla sicurezza",
               "meeting_alternatives": ["corso di aggiornamento sulla sicurezza", "il corso",
                                        "corso aggiornamento sicurezza",
                                        "Invito: corso aggiornamento sicurezza – 17/03"],
               "meeting_time": "mercoledì 17 marzo dalle 14.30 alle 18.00", "meeting_time_iso": "2027-03-17T14:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "002.txt",
     "text": """
Ciao Francesca,
scusami tantissimo ma domani alle 18 non riesco a venire a lezione, mi hanno messo un turno in ospedale all'ultimo. Lo so che è tardi per disdire... la lezione la devo pagare lo stesso? Dimmi tu, nessun problema.

Un abbraccio
Sara

Inviato da iPhone
""",
     "label": {"recipient_name": "Sara", "recipient_name_alternatives": [],
               "sender_name": "Francesca", "sender_name_alternatives": [],
               "meeting": "lezione", "meeting_alternatives": ["la lezione"],
               "meeting_time": "domani alle 18", "meeting_time_iso": "2026-12-07T18:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["late_cancellation", "cancellation_policy"]}},
    {"file": "003.eml",
     "headers": {"From": ("Lucia Sansò", "lucia.sanso@studiosanso.example.it"),
                 "To": ("Marco Rinaldi", "marco@rinaldi-web.example.it"),
                 "Subject": "Re: riunione nuovo sito",
                 "Date": "Wed, 10 Mar 2027 09:20:00 +0100",
                 "Message-ID": "<v18it003.2b7c@studiosanso.example.it>",
                 "In-Reply-To": "<v18it003-orig.8d@rinaldi-web.example.it>",
                 "References": "<v18it003-first.1a@studiosanso.example.it> <v18it003-orig.8d@rinaldi-web.example.it>"},
     "body": """
Ciao Marco,

purtroppo devo chiederti di spostare la riunione di domani alle 15: ho un'udienza che è stata anticipata e non so a che ora finisco.
Potremmo fare lunedì 15 alle 15 oppure martedì 16 in mattinata? Per me vanno bene tutte e due.

Scusa ancora, a presto
Lucia

--
Avv. Lucia Sansò
Studio Legale Sansò – Bologna
051 555 7714

Il giorno mar 9 mar 2027 alle ore 10:15 Marco Rinaldi <marco@rinaldi-web.example.it> ha scritto:
> Ciao Lucia,
> confermo la riunione per il nuovo sito giovedì 11 alle 15 nel vostro studio.
> Porto le bozze della home.
> Marco
""",
     "label": {"recipient_name": "Lucia Sansò", "recipient_name_alternatives": ["Lucia", "Avv. Lucia Sansò"],
               "sender_name": "Marco", "sender_name_alternatives": ["Marco Rinaldi"],
               "meeting": "la riunione",
               "meeting_alternatives": ["riunione", "la riunione di domani alle 15", "riunione nuovo sito",
                                        "Re: riunione nuovo sito"],
               "meeting_time": "domani alle 15", "meeting_time_iso": "2027-03-11T15:00",
               "proposed_times": ["lunedì 15 alle 15", "martedì 16 in mattinata"],
               "proposed_times_iso": ["2027-03-15T15:00", "2027-03-16"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "Il giorno mar 9 mar 2027 alle ore 10:15 Marco Rinaldi <marco@rinaldi-web.example.it> ha scritto:"}},
    {"file": "004.txt",
     "text": """
Buongiorno dottoressa Ferri,

mi scuso moltissimo per l'appuntamento di venerdì alle 17.30 per la seduta di igiene: mi è completamente passato di mente, avevo segnato la data sbagliata in agenda.
Se possibile vorrei recuperare mercoledì 9 dopo le 17, altrimenti mi adatto io.

Cordiali saluti
Giorgio Esposito
""",
     "label": {"recipient_name": "Giorgio Esposito", "recipient_name_alternatives": ["Giorgio"],
               "sender_name": "Ferri", "sender_name_alternatives": ["dottoressa Ferri"],
               "meeting": "la seduta di igiene",
               "meeting_alternatives": ["seduta di igiene", "l'appuntamento", "appuntamento",
                                        "l'appuntamento di venerdì alle 17.30 per la seduta di igiene"],
               "meeting_time": "venerdì alle 17.30", "meeting_time_iso": "2026-12-04T17:30",
               "proposed_times": ["mercoledì 9 dopo le 17"], "proposed_times_iso": ["2026-12-09T17:00"],
               "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},
    {"file": "005.eml",
     "headers": {"From": ("Mattia Zürcher", "mattia.zuercher@bluewin.example.ch"),
                 "To": ("Fisioterapia Ceresio", "info@fisio-ceresio.example.ch"),
                 "Subject": "fattura seduta 4 marzo",
                 "Date": "Mon, 08 Mar 2027 13:02:00 +0100",
                 "Message-ID": "<v18it005.6f31@bluewin.example.ch>"},
     "body": """
Buongiorno,

ho ricevuto la fattura di CHF 95.– per la seduta del 4 marzo, che però avevo disdetto per telefono il giorno prima verso mezzogiorno. Volevo capire come funziona la vostra regola per le disdette: quante ore prima bisogna avvisare? E in caso, è possibile stornare la fattura?

Grazie e cordiali saluti
Mattia Zürcher
Via Cantonale 8, 6900 Lugano
""",
     "label": {"recipient_name": "Mattia Zürcher", "recipient_name_alternatives": ["Mattia"],
               "sender_name": None, "sender_name_alternatives": [],
               "meeting": "la seduta del 4 marzo",
               "meeting_alternatives": ["seduta", "la seduta", "fattura seduta 4 marzo"],
               "meeting_time": "4 marzo", "meeting_time_iso": "2027-03-04",
               "proposed_times": [], "proposed_times_iso": [], "kind": "policy_question",
               "suggested_intents": ["cancellation_policy"]}},
    {"file": "006.txt",
     "text": """
Salve Paolo,

confermo la mia presenza al workshop di giovedì 10 alle 9. Posso portare anche la mia collega Anna? Si occupa lei della contabilità e le sarebbe molto utile.
Fammi sapere, grazie!

Roberta Galli
Ufficio amministrativo – Galli Serramenti srl
""",
     "label": {"recipient_name": "Roberta Galli", "recipient_name_alternatives": ["Roberta"],
               "sender_name": "Paolo", "sender_name_alternatives": [],
               "meeting": "workshop", "meeting_alternatives": ["workshop di giovedì 10 alle 9"],
               "meeting_time": "giovedì 10 alle 9", "meeting_time_iso": "2026-12-10T09:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": []}},
    {"file": "007.eml",
     "headers": {"From": ("Giuseppe D'Amico", "g.damico@rotary-lecce.example.it"),
                 "To": ("Chiara Pellegrino", "chiara@pellegrino-consulting.example.it"),
                 "Subject": "I: Invito: Cena sociale Rotary @ ven 26 mar 2027 20:00 - 23:00 (CET)",
                 "Date": "Fri, 05 Mar 2027 12:40:00 +0100",
                 "Message-ID": "<v18it007.3c88@rotary-lecce.example.it>"},
     "body": """
Cara Chiara,
ti inoltro l'invito: ci farebbe molto piacere averti come relatrice alla cena sociale, bastano 20 minuti sul tema dell'imprenditoria femminile. Che ne dici?
Un caro saluto
Peppe

---------- Messaggio inoltrato ---------
Da: Rotary Club Lecce <segreteria@rotary-lecce.example.it>
Date: ven 5 mar 2027 alle ore 12:03
Subject: Invito: Cena sociale Rotary @ ven 26 mar 2027 20:00 - 23:00 (CET)
To: <g.damico@rotary-lecce.example.it>

Cena sociale Rotary
Quando: venerdì 26 marzo 2027 ⋅ 20:00 – 23:00
Dove: Hotel Risorgimento, Lecce
""",
     "label": {"recipient_name": "Giuseppe D'Amico", "recipient_name_alternatives": ["Peppe", "Giuseppe"],
               "sender_name": "Chiara", "sender_name_alternatives": ["Chiara Pellegrino"],
               "meeting": "la cena sociale",
               "meeting_alternatives": ["cena sociale", "Cena sociale Rotary",
                                        "Invito: Cena sociale Rotary @ ven 26 mar 2027 20:00 - 23:00 (CET)"],
               "meeting_time": "venerdì 26 marzo 2027 ⋅ 20:00 – 23:00", "meeting_time_iso": "2027-03-26T20:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "008.txt",
     "text": """
Buonasera geom. Colombo,
le scrivo per disdire il sopralluogo per il rifacimento del bagno previsto lunedì 14 alle 10. Abbiamo deciso di rimandare i lavori all'anno prossimo per motivi economici. La ricontatterò io in primavera.
Grazie comunque per la disponibilità.
Distinti saluti,
Marta Longo
""",
     "label": {"recipient_name": "Marta Longo", "recipient_name_alternatives": ["Marta"],
               "sender_name": "Colombo", "sender_name_alternatives": ["geom. Colombo"],
               "meeting": "il sopralluogo",
               "meeting_alternatives": ["sopralluogo", "il sopralluogo per il rifacimento del bagno",
                                        "sopralluogo per il rifacimento del bagno"],
               "meeting_time": "lunedì 14 alle 10", "meeting_time_iso": "2026-12-14T10:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation", "suggested_intents": ["reschedule"]}},
    {"file": "009.eml",
     "headers": {"From": ("Aldo Sgrò", "aldo.sgro@sgro-ceramiche.example.it"),
                 "To": ("Valentina Moretti", "v.moretti@studio-moretti.example.it"),
                 "Subject": "R: revisione bilancio",
                 "Date": "Fri, 12 Mar 2027 17:55:00 +0100",
                 "Message-ID": "<v18it009.9e05@sgro-ceramiche.example.it>",
                 "In-Reply-To": "<v18it009-orig.2f@studio-moretti.example.it>"},
     "body": """
Dott.ssa Moretti buonasera,
per la revisione del bilancio prevista per giovedì 18 non ce la faccio, sarò in fiera a Bologna tutta la settimana. Possiamo fare lunedì 22 alle 9.30 o martedì 23 nel primo pomeriggio?
Saluti
Aldo Sgrò

Inviato da Outlook per Android
________________________________
Da: Valentina Moretti <v.moretti@studio-moretti.example.it>
Inviato: giovedì, marzo 11, 2027 4:30:12 PM
A: Aldo Sgrò <aldo.sgro@sgro-ceramiche.example.it>
Oggetto: revisione bilancio

Buongiorno sig. Sgrò,
le propongo giovedì 18 marzo alle 10 in studio per la revisione del bilancio 2026.
Cordiali saluti
Valentina Moretti
""",
     "label": {"recipient_name": "Aldo Sgrò", "recipient_name_alternatives": ["Aldo"],
               "sender_name": "Moretti", "sender_name_alternatives": ["Dott.ssa Moretti", "Valentina Moretti"],
               "meeting": "la revisione del bilancio",
               "meeting_alternatives": ["revisione del bilancio", "revisione bilancio", "R: revisione bilancio"],
               "meeting_time": "giovedì 18", "meeting_time_iso": "2027-03-18",
               "proposed_times": ["lunedì 22 alle 9.30", "martedì 23 nel primo pomeriggio"],
               "proposed_times_iso": ["2027-03-22T09:30", "2027-03-23"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "________________________________"}},
    {"file": "010.txt",
     "text": """
ciao Luca!
ti andrebbe un caffè per parlare del logo nuovo? ho un paio di idee ma vorrei il tuo parere prima di andare avanti. io sarei libera martedì o mercoledì verso le 11, al bar sotto l'ufficio.
fammi sapere :)
Giulia
""",
     "label": {"recipient_name": "Giulia", "recipient_name_alternatives": [],
               "sender_name": "Luca", "sender_name_alternatives": [],
               "meeting": "un caffè", "meeting_alternatives": ["caffè", "un caffè per parlare del logo nuovo"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": ["martedì", "mercoledì verso le 11"],
               "proposed_times_iso": ["2026-12-08T11:00", "2026-12-09T11:00"],
               "kind": "invitation", "suggested_intents": INV}},
]
