"""v16 Italian client messages, hand-written (data-bi, 8 December 2026)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.txt",
     "text": """
Ciao Federica!
ti va di fare una riunione sul nuovo catalogo giovedì pomeriggio verso le 4? Ci sarebbero anche Matteo e Giulia dell'ufficio grafico, così chiudiamo la parte foto.
Fammi sapere, anche solo un ok
Lorenzo

Inviato da iPhone
""",
     "label": {"recipient_name": "Lorenzo", "recipient_name_alternatives": [],
               "sender_name": "Federica", "sender_name_alternatives": [],
               "meeting": "una riunione sul nuovo catalogo",
               "meeting_alternatives": ["riunione sul nuovo catalogo", "riunione", "nuovo catalogo"],
               "meeting_time": "giovedì pomeriggio verso le 4", "meeting_time_iso": "2026-12-10T16:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "002.eml",
     "headers": {"From": ("Niccolò Bertè", "niccolo.berte@example.it"),
                 "To": ("Chiara Valsecchi", "studio@valsecchi-psicologia.example.it"),
                 "Subject": "Seduta di oggi",
                 "Date": "Tue, 19 Jan 2027 08:10:00 +0100",
                 "Message-ID": "<v16it002.9f3a@example.it>"},
     "body": """
Buongiorno Dottoressa,

purtroppo oggi alle 11 non riesco a venire alla seduta: mi hanno appena chiamato per coprire un turno in pronto soccorso e non posso rifiutare. Mi dispiace tantissimo avvisarla così tardi.

La richiamo io per fissare un'altra data.

Niccolò

Inviato da Outlook per Android
""",
     "label": {"recipient_name": "Niccolò Bertè", "recipient_name_alternatives": ["Niccolò"],
               "sender_name": "Chiara Valsecchi", "sender_name_alternatives": [],
               "meeting": "alla seduta", "meeting_alternatives": ["seduta", "Seduta di oggi"],
               "meeting_time": "oggi alle 11", "meeting_time_iso": "2027-01-19T11:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["late_cancellation"]}},
    {"file": "003.eml",
     "headers": {"From": ("Pietro Saccà", "p.sacca@studiosacca.example.it"),
                 "To": ("Marco Lodi", "marco.lodi@lodi-ingegneria.example.it"),
                 "Subject": "Re: Sopralluogo cantiere via Sempione",
                 "Date": "Wed, 13 Jan 2027 18:22:00 +0100",
                 "Message-ID": "<CAv16it003s@mail.example.it>",
                 "In-Reply-To": "<v16it003-orig@lodi-ingegneria.example.it>"},
     "body": """
Ciao Marco,
per il sopralluogo di domani mattina alle 9 non ce la faccio, l'impresa di Bassetti ha spostato il getto proprio a quell'ora e devo esserci.
Potremmo fare lunedì 18 alle 8:30 oppure martedì 19 nel primo pomeriggio? Per me vanno bene entrambi.
Scusa il cambio
Pietro Saccà
Geometra
Studio Tecnico Saccà – Busto Arsizio
tel. 0331 622 418

Il giorno mar 12 gen 2027 alle ore 10:05 Marco Lodi <marco.lodi@lodi-ingegneria.example.it> ha scritto:
> Ciao Pietro,
> confermo il sopralluogo in cantiere giovedì 14 alle 9:00, ci vediamo davanti al cancello.
> Marco
""",
     "label": {"recipient_name": "Pietro Saccà", "recipient_name_alternatives": ["Pietro"],
               "sender_name": "Marco Lodi", "sender_name_alternatives": ["Marco"],
               "meeting": "il sopralluogo",
               "meeting_alternatives": ["sopralluogo", "Sopralluogo cantiere via Sempione",
                                        "Re: Sopralluogo cantiere via Sempione"],
               "meeting_time": "domani mattina alle 9", "meeting_time_iso": "2027-01-14T09:00",
               "proposed_times": ["lunedì 18 alle 8:30", "martedì 19 nel primo pomeriggio"],
               "proposed_times_iso": ["2027-01-18T08:30", "2027-01-19"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "Il giorno mar 12 gen 2027 alle ore 10:05 Marco Lodi <marco.lodi@lodi-ingegneria.example.it> ha scritto:"}},
    {"file": "004.txt",
     "text": """
Gentile avvocato Rinaldi,

le chiedo scusa per ieri alle 10, mi è completamente passato di mente: mio marito era in ospedale e ho perso la cognizione dei giorni.

Possiamo rifare mercoledì 9 alle 17? Porto anche i documenti della signora Esposito che mi aveva chiesto.

Cordiali saluti,
Ornella Pisani
""",
     "label": {"recipient_name": "Ornella Pisani", "recipient_name_alternatives": [],
               "sender_name": "Rinaldi", "sender_name_alternatives": ["avvocato Rinaldi"],
               "meeting": None, "meeting_alternatives": [],
               "meeting_time": "ieri alle 10", "meeting_time_iso": "2026-12-05T10:00",
               "proposed_times": ["mercoledì 9 alle 17"], "proposed_times_iso": ["2026-12-09T17:00"],
               "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},
    {"file": "005.eml",
     "headers": {"From": ("Ilaria Mazzà", "ilaria.mazza@example.it"),
                 "To": ("Davide Orsini", "d.orsini@fisio-orsini.example.it"),
                 "Subject": "Info disdette pacchetto 10 sedute",
                 "Date": "Mon, 04 Jan 2027 11:30:00 +0100",
                 "Message-ID": "<v16it005.2c77@example.it>"},
     "body": """
Buongiorno dott. Orsini,

a dicembre ho acquistato il pacchetto da 10 sedute. Nella fattura di gennaio vedo addebitata anche la seduta del 28 dicembre, che avevo disdetto il giorno prima per telefono parlando con la sua segretaria, Paola.

Qual è il vostro termine di preavviso per le disdette? Non mi sembra fosse indicato da nessuna parte.

Cordiali saluti
Ilaria Mazzà

Ai sensi del Regolamento UE 2016/679 (GDPR), le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario indicato.
""",
     "label": {"recipient_name": "Ilaria Mazzà", "recipient_name_alternatives": [],
               "sender_name": "Davide Orsini", "sender_name_alternatives": ["Orsini", "dott. Orsini"],
               "meeting": "la seduta del 28 dicembre",
               "meeting_alternatives": ["seduta", "pacchetto da 10 sedute", "Info disdette pacchetto 10 sedute"],
               "meeting_time": "28 dicembre", "meeting_time_iso": "2026-12-28",
               "proposed_times": [], "proposed_times_iso": [], "kind": "policy_question",
               "suggested_intents": ["cancellation_policy"]}},
    {"file": "006.txt",
     "text": """
Buongiorno Ing. Ferri,

in vista del workshop di giovedì 10 alle 14:30 potrebbe mandarmi le slide in anticipo? Vorrei girarle a Sabrina e al dott. Colombo, che non erano all'incontro precedente.

Grazie mille e a giovedì
Alessia Neri
Ufficio Acquisti – Gruppo Lanzi S.p.A.
tel. 02 4859 3310
""",
     "label": {"recipient_name": "Alessia Neri", "recipient_name_alternatives": [],
               "sender_name": "Ferri", "sender_name_alternatives": ["Ing. Ferri"],
               "meeting": "workshop", "meeting_alternatives": ["del workshop", "workshop di giovedì 10"],
               "meeting_time": "giovedì 10 alle 14:30", "meeting_time_iso": "2026-12-10T14:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": []}},
    {"file": "007.eml",
     "headers": {"From": ("Giorgia Bonacorsi", "g.bonacorsi@aurora-spa.example.it"),
                 "To": ("Stefano Riva", "stefano.riva@riva-consulting.example.it"),
                 "Subject": "I: Invito: Kick-off progetto Aurora",
                 "Date": "Fri, 08 Jan 2027 12:14:00 +0100",
                 "Message-ID": "<v16it007.b81c@aurora-spa.example.it>"},
     "body": """
Stefano, ti inoltro l'invito di Paolo: ci terrei che ci fossi anche tu, almeno per la parte sul cronoprogramma.
G.

________________________________
Da: Paolo Castelli <p.castelli@aurora-spa.example.it>
Inviato: venerdì 8 gennaio 2027 11:02
A: Giorgia Bonacorsi <g.bonacorsi@aurora-spa.example.it>; Team Aurora
Oggetto: Invito: Kick-off progetto Aurora
Quando: mercoledì 20 gennaio 2027 10:00-12:30 (UTC+01:00) Amsterdam, Berlino, Berna, Roma, Stoccolma, Vienna.
Dove: Sala Verde, 3° piano

Buongiorno a tutti,
vi aspetto per il kick-off. Seguirà un rinfresco.
Paolo
""",
     "label": {"recipient_name": "Giorgia Bonacorsi", "recipient_name_alternatives": ["G."],
               "sender_name": "Stefano Riva", "sender_name_alternatives": ["Stefano"],
               "meeting": "Kick-off progetto Aurora",
               "meeting_alternatives": ["Invito: Kick-off progetto Aurora", "I: Invito: Kick-off progetto Aurora",
                                        "kick-off"],
               "meeting_time": "mercoledì 20 gennaio 2027 10:00-12:30", "meeting_time_iso": "2027-01-20T10:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "008.txt",
     "text": """
ciao Marta, devo disdire la lezione di sabato 12 alle 10 perché parto per Napoli con mia madre (problemi con la casa della nonna, lunga storia..). ti scrivo io per recuperarla a gennaio, va bene? un abbraccio
Teresa
""",
     "label": {"recipient_name": "Teresa", "recipient_name_alternatives": [],
               "sender_name": "Marta", "sender_name_alternatives": [],
               "meeting": "la lezione", "meeting_alternatives": ["lezione"],
               "meeting_time": "sabato 12 alle 10", "meeting_time_iso": "2026-12-12T10:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["reschedule"]}},
    {"file": "009.eml",
     "headers": {"From": ("Carla Dell'Aquila", "segreteria.ad@galli-costruzioni.example.it"),
                 "To": ("Andrea Fumagalli", "a.fumagalli@example.it"),
                 "Subject": "Pranzo di lavoro?",
                 "Date": "Tue, 12 Jan 2027 09:47:00 +0100",
                 "Message-ID": "<v16it009.55e0@galli-costruzioni.example.it>"},
     "body": """
Gentile Andrea,

il nostro amministratore delegato, dott. Renzo Galli, vorrebbe invitarla a un pranzo di lavoro per discutere della possibile collaborazione sul bando regionale. Sarebbe disponibile venerdì 15 alle 13 o, in alternativa, martedì 19 alla stessa ora? Il ristorante lo scegliamo noi, in centro a Bergamo.

Resto in attesa di un suo riscontro.

Cordiali saluti
Carla Dell'Aquila
Assistente di Direzione – Galli Costruzioni S.r.l.
tel. 035 221 904
""",
     "label": {"recipient_name": "Carla Dell'Aquila", "recipient_name_alternatives": ["Renzo Galli", "dott. Renzo Galli"],
               "sender_name": "Andrea Fumagalli", "sender_name_alternatives": ["Andrea"],
               "meeting": "un pranzo di lavoro", "meeting_alternatives": ["pranzo di lavoro", "Pranzo di lavoro?"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": ["venerdì 15 alle 13", "martedì 19 alla stessa ora"],
               "proposed_times_iso": ["2027-01-15T13:00", "2027-01-19T13:00"],
               "kind": "invitation", "suggested_intents": INV}},
    {"file": "010.txt",
     "text": """
Buongiorno Dott. Barbieri,
avrei bisogno di spostare la visita di controllo di martedì 15 alle 9.30, ho un'udienza in tribunale che non posso rimandare.
Potrei venire mercoledì 16 o giovedì 17 alle 9.30?
Grazie mille
Franco Melis
cell. 347 118 2290
""",
     "label": {"recipient_name": "Franco Melis", "recipient_name_alternatives": [],
               "sender_name": "Barbieri", "sender_name_alternatives": ["Dott. Barbieri"],
               "meeting": "la visita di controllo", "meeting_alternatives": ["visita di controllo"],
               "meeting_time": "martedì 15 alle 9.30", "meeting_time_iso": "2026-12-15T09:30",
               "proposed_times": ["mercoledì 16", "giovedì 17 alle 9.30"],
               "proposed_times_iso": ["2026-12-16T09:30", "2026-12-17T09:30"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},
]
