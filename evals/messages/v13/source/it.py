"""v13 Italian client messages, hand-written (data-at, 7 December 2026)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.eml",
     "headers": {"From": ("Nicolò Bertè", "n.berte@vetreria-berte.example.it"),
                 "To": ("Chiara Fumagalli", "chiara@fumagalli-consulting.example.it"),
                 "Subject": "Riunione di avvio progetto ERP",
                 "Date": "Mon, 07 Dec 2026 09:10:00 +0100",
                 "Message-ID": "<v13it001@vetreria-berte.example.it>"},
     "body": """
Gentile Dott.ssa Fumagalli,

come anticipato al telefono, vorremmo fissare la riunione di avvio del progetto ERP per giovedì 17 dicembre alle ore 15.00, presso il nostro stabilimento di Murano.
Le chiedo cortesemente un riscontro entro lunedì 14, così organizzo il motoscafo.

Cordiali saluti

Nicolò Bertè
Amministratore delegato
Vetreria Bertè S.r.l.
""",
     "label": {"recipient_name": "Nicolò Bertè", "recipient_name_alternatives": ["Nicolò"],
               "sender_name": "Chiara Fumagalli", "sender_name_alternatives": ["Dott.ssa Fumagalli", "Fumagalli"],
               "meeting": "la riunione di avvio del progetto ERP",
               "meeting_alternatives": ["riunione di avvio", "Riunione di avvio progetto ERP"],
               "meeting_time": "giovedì 17 dicembre alle ore 15.00", "meeting_time_iso": "2026-12-17T15:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "002.txt",
     "text": """
Ciao Vale! Martedì alle 19 per la lezione di pilates non ce la faccio, mi hanno messo il turno lungo 😩 Possiamo fare mercoledì 16 alle 19.30 oppure venerdì 11 stesso orario? Fammi sapere, un bacio
Giuli
""",
     "label": {"recipient_name": "Giuli", "sender_name": "Vale",
               "meeting": "la lezione di pilates", "meeting_alternatives": ["lezione di pilates", "pilates"],
               "meeting_time": "Martedì alle 19", "meeting_time_iso": "2026-12-08T19:00",
               "proposed_times": ["mercoledì 16 alle 19.30", "venerdì 11 stesso orario"],
               "proposed_times_iso": ["2026-12-16T19:30", "2026-12-11T19:00"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},
    {"file": "003.eml",
     "headers": {"From": ("Ludovica Sannà", "ludovica.sanna@studiosanna.example.it"),
                 "To": ("Marco Gentile", "marco@gentile-geometra.example.it"),
                 "Subject": "R: sopralluogo via Cavour 12",
                 "Date": "Wed, 09 Dec 2026 12:40:00 +0100",
                 "Message-ID": "<v13it003@studiosanna.example.it>",
                 "In-Reply-To": "<sopr-118@gentile-geometra.example.it>"},
     "body": """
Buongiorno geometra,
purtroppo devo annullare il sopralluogo di oggi pomeriggio alle 15, il condominio non mi ha ancora consegnato le chiavi della cantina. Le riscrivo appena le ho.
Mi scusi per il poco preavviso.

Ludovica Sannà

Inviato da iPhone

Da: Marco Gentile <marco@gentile-geometra.example.it>
Inviato: lunedì 7 dicembre 2026 17:55
A: Ludovica Sannà
Oggetto: sopralluogo via Cavour 12

Gentile signora, confermo il sopralluogo mercoledì 9 dicembre dalle 15:00 alle 16:30.
""",
     "label": {"recipient_name": "Ludovica Sannà", "recipient_name_alternatives": ["Ludovica"],
               "sender_name": "Marco Gentile", "sender_name_alternatives": [],
               "meeting": "il sopralluogo", "meeting_alternatives": ["sopralluogo", "sopralluogo via Cavour 12"],
               "meeting_time": "oggi pomeriggio alle 15", "meeting_time_iso": "2026-12-09T15:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["late_cancellation"],
               "quoted_from": "Da: Marco Gentile <marco@gentile-geometra.example.it>"}},
    {"file": "004.txt",
     "text": """
Buonasera dottore,
mi scusi tantissimo per la seduta di fisioterapia di ieri alle 17:30, mi si è rotta la macchina in tangenziale e avevo il telefono scarico. Mi dica lei come procedere.
Raffaele Esposito
""",
     "label": {"recipient_name": "Raffaele Esposito", "recipient_name_alternatives": ["Raffaele"],
               "sender_name": None,
               "meeting": "la seduta di fisioterapia", "meeting_alternatives": ["seduta di fisioterapia", "fisioterapia"],
               "meeting_time": "ieri alle 17:30", "meeting_time_iso": "2026-12-05T17:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "absence_notice",
               "suggested_intents": ["no_show_followup"]}},
    {"file": "005.txt",
     "text": """
Salve,
vorrei iscrivermi al corso di cucina natalizia di sabato 19 dicembre h. 10.00. Se poi non potessi venire, la caparra di 30 euro viene restituita o resta come buono?
Vedo che rispondete al telefono dalle 9 alle 13, eventualmente chiamo domani.
Grazie
Annalisa Mazzà
""",
     "label": {"recipient_name": "Annalisa Mazzà", "recipient_name_alternatives": ["Annalisa"],
               "sender_name": None,
               "meeting": "corso di cucina natalizia", "meeting_alternatives": ["corso di cucina"],
               "meeting_time": "sabato 19 dicembre h. 10.00", "meeting_time_iso": "2026-12-19T10:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "policy_question",
               "suggested_intents": ["cancellation_policy"]}},
    {"file": "006.eml",
     "headers": {"From": ("Fabrizio Lò Presti", "f.lopresti@navalmeccanica.example.it"),
                 "To": ("Silvia Orlandi", "silvia.orlandi@orlandi-legal.example.it"),
                 "Subject": "I: Invito: Tavolo tecnico sicurezza cantiere - mar 15 dic 2026",
                 "Date": "Tue, 08 Dec 2026 16:02:00 +0100",
                 "Message-ID": "<v13it006@navalmeccanica.example.it>"},
     "body": """
Avvocato, le giro l'invito: ci sarebbe anche lei?

---------- Messaggio inoltrato ---------
Da: Calendario Navalmeccanica <calendar@navalmeccanica.example.it>
Date: mar 8 dic 2026 alle ore 15:51
Subject: Invito: Tavolo tecnico sicurezza cantiere - mar 15 dic 2026
To: <f.lopresti@navalmeccanica.example.it>

Tavolo tecnico sicurezza cantiere
Quando: martedì 15 dicembre 2026 ⋅ 11:00 – 12:30 (Ora standard Europa centrale)
Dove: Cantiere di Castellammare, palazzina uffici
""",
     "calendar": """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Navalmeccanica//IT
METHOD:REQUEST
BEGIN:VEVENT
UID:v13it006@navalmeccanica.example.it
DTSTART;TZID=Europe/Rome:20261215T110000
DTEND;TZID=Europe/Rome:20261215T123000
SUMMARY:Tavolo tecnico sicurezza cantiere
LOCATION:Cantiere di Castellammare
END:VEVENT
END:VCALENDAR
""",
     "label": {"recipient_name": "Fabrizio Lò Presti", "recipient_name_alternatives": [],
               "sender_name": "Silvia Orlandi", "sender_name_alternatives": [],
               "meeting": "Tavolo tecnico sicurezza cantiere", "meeting_alternatives": ["Tavolo tecnico"],
               "meeting_time": "martedì 15 dicembre 2026 ⋅ 11:00 – 12:30", "meeting_time_iso": "2026-12-15T11:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "007.txt",
     "text": """
Gentile Sig.ra Ricci,
le scrivo per disdire la cena aziendale di venerdì 18 alle 20.30 nella vostra sala al primo piano: la direzione ha deciso di rinviarla a gennaio. Le faremo sapere la nuova data.
Cordialità,
Ufficio del personale – Lanificio Bassi
Teresa Colombo
""",
     "label": {"recipient_name": "Teresa Colombo", "recipient_name_alternatives": ["Teresa"],
               "sender_name": "Ricci", "sender_name_alternatives": ["Sig.ra Ricci"],
               "meeting": "la cena aziendale", "meeting_alternatives": ["cena aziendale"],
               "meeting_time": "venerdì 18 alle 20.30", "meeting_time_iso": "2026-12-18T20:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["reschedule"]}},
    {"file": "008.eml",
     "headers": {"From": ("Donatella Cuccù", "d.cuccu@example.it"),
                 "To": ("Paolo Serra", "paolo@serra-coaching.example.it"),
                 "Subject": "Re: il nostro appuntamento del martedì",
                 "Date": "Mon, 07 Dec 2026 20:20:00 +0100",
                 "Message-ID": "<v13it008@example.it>",
                 "In-Reply-To": "<pserra-880@serra-coaching.example.it>"},
     "body": """
Ok per me spostare, ma domani non riesco proprio. Va bene tra due settimane, martedì 22 stessa ora? Oppure mercoledì 23 alle 9, prima del lavoro.

Il giorno lun 7 dic 2026 alle ore 18:03 Paolo Serra <paolo@serra-coaching.example.it> ha scritto:
> Ciao Donatella, per il nostro appuntamento di domani alle 18.30 avrei un imprevisto: possiamo spostarlo?
> Paolo
""",
     "label": {"recipient_name": "Donatella Cuccù", "recipient_name_alternatives": ["Donatella"],
               "sender_name": "Paolo Serra", "sender_name_alternatives": ["Paolo"],
               "meeting": "il nostro appuntamento del martedì", "meeting_alternatives": ["appuntamento"],
               "meeting_time": "domani", "meeting_time_iso": "2026-12-08",
               "proposed_times": ["martedì 22 stessa ora", "mercoledì 23 alle 9"],
               "proposed_times_iso": ["2026-12-22T18:30", "2026-12-23T09:00"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "Il giorno lun 7 dic 2026 alle ore 18:03 Paolo Serra <paolo@serra-coaching.example.it> ha scritto:"}},
    {"file": "009.txt",
     "text": """
Buongiorno,
ho visto il vostro preventivo per la ristrutturazione del bagno. Possiamo vederci domani dopo pranzo in negozio per parlarne? Io sono libero fino alle 16.

Saluti,
Gianni Ferraro
Ferraro Arredamenti, Bari
""",
     "label": {"recipient_name": "Gianni Ferraro", "recipient_name_alternatives": ["Gianni"],
               "sender_name": None,
               "meeting": "il vostro preventivo per la ristrutturazione del bagno",
               "meeting_alternatives": ["preventivo", "ristrutturazione del bagno"],
               "meeting_time": "domani dopo pranzo", "meeting_time_iso": "2026-12-07",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "010.eml",
     "headers": {"From": ("Ilaria D'Alò", "ilaria.dalo@frigoriferi-ionici.example.it"),
                 "To": ("Stefano Greco", "s.greco@greco-revisori.example.it"),
                 "Cc": [("Matteo Pellè", "m.pelle@frigoriferi-ionici.example.it")],
                 "Subject": "Revisione del bilancio – lunedì 14/12",
                 "Date": "Wed, 09 Dec 2026 10:05:00 +0100",
                 "Message-ID": "<v13it010@frigoriferi-ionici.example.it>"},
     "body": """
Buongiorno Stefano,

confermo la revisione del bilancio di lunedì 14/12 h 10; metto in copia Matteo Pellè, il nostro nuovo controller, che parteciperà anche lui. Può mandargli l'ordine del giorno?

Grazie e buona giornata
Ilaria
""",
     "charset": "iso-8859-1",
     "label": {"recipient_name": "Ilaria D'Alò", "recipient_name_alternatives": ["Ilaria"],
               "sender_name": "Stefano Greco", "sender_name_alternatives": ["Stefano"],
               "meeting": "la revisione del bilancio", "meeting_alternatives": ["revisione del bilancio", "Revisione del bilancio – lunedì 14/12"],
               "meeting_time": "lunedì 14/12 h 10", "meeting_time_iso": "2026-12-14T10:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": []}},
]
