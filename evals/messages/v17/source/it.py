"""v17 Italian client messages (Italy, Ticino), hand-written (data-bl, 8 December 2026)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.eml",
     "headers": {"From": ("Nicolò Bernasconi", "n.bernasconi@fiduciaria-ceresio.example.ch"),
                 "To": ("Elena Fumagalli", "elena@fumagalli-architetti.example.ch"),
                 "Subject": "Sopralluogo uffici via Pretorio",
                 "Date": "Mon, 01 Feb 2027 08:55:00 +0100",
                 "Message-ID": "<v17it001.2f9a@fiduciaria-ceresio.example.ch>"},
     "body": """
Buongiorno signora Fumagalli,

come anticipato al telefono, vorremmo procedere con la ristrutturazione del secondo piano. Le propongo un sopralluogo negli uffici di via Pretorio 14 a Lugano giovedì 11 febbraio alle 14.00; saranno presenti anche il nostro custode e il signor Soldati della proprietà.

Mi conferma la disponibilità entro mercoledì?

Cordiali saluti

Nicolò Bernasconi
Direttore amministrativo
Fiduciaria Ceresio SA
Tel. +41 91 922 30 18

Questo messaggio è destinato esclusivamente al destinatario indicato. Se lo avete ricevuto per errore vi preghiamo di avvisare il mittente e di cancellarlo.
""",
     "label": {"recipient_name": "Nicolò Bernasconi", "recipient_name_alternatives": [],
               "sender_name": "Elena Fumagalli", "sender_name_alternatives": ["Fumagalli", "signora Fumagalli"],
               "meeting": "un sopralluogo",
               "meeting_alternatives": ["sopralluogo", "Sopralluogo uffici via Pretorio",
                                        "un sopralluogo negli uffici di via Pretorio 14"],
               "meeting_time": "giovedì 11 febbraio alle 14.00", "meeting_time_iso": "2027-02-11T14:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "002.txt",
     "text": """
Ciao Giulia,

scusami tantissimo ma domani mattina alle 8 non riesco a venire alla seduta, mi si è bloccata di nuovo la schiena (ironia della sorte...). Lo so che è tardissimo per disdire, se devo pagarla comunque nessun problema eh.

Ti scrivo appena sto meglio per rifissare.
Un abbraccio
Chiara

Inviato da iPhone
""",
     "label": {"recipient_name": "Chiara", "recipient_name_alternatives": [],
               "sender_name": "Giulia", "sender_name_alternatives": [],
               "meeting": "la seduta", "meeting_alternatives": ["seduta", "alla seduta"],
               "meeting_time": "domani mattina alle 8", "meeting_time_iso": "2026-12-07T08:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["late_cancellation", "cancellation_policy"]}},
    {"file": "003.eml",
     "headers": {"From": ("Giosuè Ferrante", "g.ferrante@ferrante-meccanica.example.it"),
                 "To": ("Marco Bellini", "marco@bellini-legal.example.it"),
                 "Subject": "Re: Call revisione contratto fornitura",
                 "Date": "Tue, 09 Feb 2027 12:10:00 +0100",
                 "Message-ID": "<CAv17it003x@mail.ferrante-meccanica.example.it>",
                 "In-Reply-To": "<v17it003-orig.a1@bellini-legal.example.it>"},
     "body": """
Ciao Marco,

purtroppo per la nostra call di domani alle 15 ho un imprevisto: ci hanno spostato l'audit interno all'ultimo momento. Possiamo spostarla a venerdì 12 alle 10:30 oppure lunedì 15 sempre alle 10:30?

Grazie e scusa ancora,
Giosuè

--
Giosuè Ferrante
Responsabile Acquisti
Ferrante Meccanica S.r.l.
Tel. 035 4412 876 – Cell. 348 771 0923

Il giorno lun 8 feb 2027 alle ore 17:42 Marco Bellini <marco@bellini-legal.example.it> ha scritto:
> Ciao Giosuè,
> ti confermo la call per mercoledì 10 febbraio alle 15:00 sulla revisione del contratto di fornitura.
> A presto,
> Marco
""",
     "label": {"recipient_name": "Giosuè Ferrante", "recipient_name_alternatives": ["Giosuè"],
               "sender_name": "Marco Bellini", "sender_name_alternatives": ["Marco"],
               "meeting": "la nostra call",
               "meeting_alternatives": ["call", "Call revisione contratto fornitura",
                                        "Re: Call revisione contratto fornitura"],
               "meeting_time": "domani alle 15", "meeting_time_iso": "2027-02-10T15:00",
               "proposed_times": ["venerdì 12 alle 10:30", "lunedì 15 sempre alle 10:30"],
               "proposed_times_iso": ["2027-02-12T10:30", "2027-02-15T10:30"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "Il giorno lun 8 feb 2027 alle ore 17:42 Marco Bellini <marco@bellini-legal.example.it> ha scritto:"}},
    {"file": "004.txt",
     "text": """
Gentile dott.ssa Marchetti,

mi scuso per non essermi presentato all'appuntamento di venerdì alle 9.30 per la consulenza sulla successione di mia madre: ho avuto un piccolo incidente in tangenziale (niente di grave per fortuna) e avevo il telefono scarico.

Posso chiederle un nuovo appuntamento? Sarei libero martedì 15 dicembre alle 9.30 o mercoledì 16 nel pomeriggio.

Distinti saluti
Franco Paolini
""",
     "label": {"recipient_name": "Franco Paolini", "recipient_name_alternatives": [],
               "sender_name": "Marchetti", "sender_name_alternatives": ["dott.ssa Marchetti"],
               "meeting": "la consulenza sulla successione",
               "meeting_alternatives": ["consulenza sulla successione", "appuntamento",
                                        "la consulenza sulla successione di mia madre"],
               "meeting_time": "venerdì alle 9.30", "meeting_time_iso": "2026-12-04T09:30",
               "proposed_times": ["martedì 15 dicembre alle 9.30", "mercoledì 16 nel pomeriggio"],
               "proposed_times_iso": ["2026-12-15T09:30", "2026-12-16"],
               "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},
    {"file": "005.eml",
     "headers": {"From": ("Lucia Fanò", "lucia.fano@example.it"),
                 "To": ("Paolo Rossetti", "studio@rossetti-psicologo.example.it"),
                 "Subject": "Fattura n. 14/2027 – chiarimento",
                 "Date": "Wed, 10 Feb 2027 09:05:00 +0100",
                 "Message-ID": "<v17it005.8d2e@example.it>"},
     "body": """
Buongiorno dott. Rossetti,

ho ricevuto la fattura per la sessione del 3 febbraio, che però avevo disdetto il giorno prima con un messaggio WhatsApp. Non mi era chiaro che fosse comunque a pagamento: può indicarmi quali sono le condizioni di cancellazione?

Grazie, cordiali saluti
Lucia Fanò
""",
     "label": {"recipient_name": "Lucia Fanò", "recipient_name_alternatives": [],
               "sender_name": "Paolo Rossetti", "sender_name_alternatives": ["Rossetti", "dott. Rossetti"],
               "meeting": "la sessione del 3 febbraio", "meeting_alternatives": ["sessione", "la sessione"],
               "meeting_time": "3 febbraio", "meeting_time_iso": "2027-02-03",
               "proposed_times": [], "proposed_times_iso": [], "kind": "policy_question",
               "suggested_intents": ["cancellation_policy"]}},
    {"file": "006.txt",
     "text": """
Ciao Davide,

per il workshop sul nuovo gestionale di giovedì alle 10 porto anche la mia collega Serena Villa dell'amministrazione, va bene? Ci tiene tantissimo.

Ci mandi le slide prima, così le stampiamo?

Grazie mille!
Roberta
""",
     "label": {"recipient_name": "Roberta", "recipient_name_alternatives": [],
               "sender_name": "Davide", "sender_name_alternatives": [],
               "meeting": "il workshop sul nuovo gestionale",
               "meeting_alternatives": ["workshop", "workshop sul nuovo gestionale"],
               "meeting_time": "giovedì alle 10", "meeting_time_iso": "2026-12-10T10:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": []}},
    {"file": "007.eml",
     "headers": {"From": ("Annalisa Ricciardi", "a.ricciardi@orione-spa.example.it"),
                 "To": ("Stefano Conti", "stefano@conti-pm.example.it"),
                 "Subject": "I: Invito: Kick-off progetto Orione @ mer 24 feb 2027 9:30 - 11 (CET)",
                 "Date": "Mon, 15 Feb 2027 14:02:00 +0100",
                 "Message-ID": "<v17it007.61c0@orione-spa.example.it>"},
     "body": """
Ciao Stefano,

ti giro l'invito per il kick-off, il direttore ci terrebbe che ci fossi anche tu visto che il piano l'hai scritto tu. Fammi sapere!

A.

---------- Messaggio inoltrato ---------
Da: Ufficio PMO <pmo@orione-spa.example.it>
Date: lun 15 feb 2027 alle ore 11:20
Subject: Invito: Kick-off progetto Orione @ mer 24 feb 2027 9:30 - 11 (CET)
To: <a.ricciardi@orione-spa.example.it>

Kick-off progetto Orione
mercoledì 24 febbraio 2027 ⋅ 9:30 – 11:00
Ora standard dell'Europa centrale - Milano
Sala Andromeda, 3° piano
""",
     "label": {"recipient_name": "Annalisa Ricciardi", "recipient_name_alternatives": ["A."],
               "sender_name": "Stefano Conti", "sender_name_alternatives": ["Stefano"],
               "meeting": "Kick-off progetto Orione",
               "meeting_alternatives": ["kick-off", "il kick-off",
                                        "Invito: Kick-off progetto Orione @ mer 24 feb 2027 9:30 - 11 (CET)",
                                        "I: Invito: Kick-off progetto Orione @ mer 24 feb 2027 9:30 - 11 (CET)"],
               "meeting_time": "mercoledì 24 febbraio 2027 ⋅ 9:30 – 11:00", "meeting_time_iso": "2027-02-24T09:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "008.txt",
     "text": """
Buongiorno signor Galli,

con la presente disdico la visita di controllo dell'impianto di riscaldamento prevista per lunedì 14 dicembre alle 8.00: abbiamo venduto la casa di Mendrisio e il nuovo proprietario la contatterà direttamente.

La ringrazio per tutti questi anni di servizio.

Cordiali saluti
Teresa Bottani-Rusca
Via Lavizzara 3, 6850 Mendrisio
""",
     "label": {"recipient_name": "Teresa Bottani-Rusca", "recipient_name_alternatives": [],
               "sender_name": "Galli", "sender_name_alternatives": ["signor Galli"],
               "meeting": "la visita di controllo dell'impianto di riscaldamento",
               "meeting_alternatives": ["visita di controllo", "la visita di controllo"],
               "meeting_time": "lunedì 14 dicembre alle 8.00", "meeting_time_iso": "2026-12-14T08:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["reschedule"]}},
    {"file": "009.eml",
     "headers": {"From": ("Ginevra Salò", "ginevra.salo@example.it"),
                 "To": ("Tommaso Greco", "tommaso.greco@greco-partners.example.it"),
                 "Subject": "R: Pranzo di lavoro",
                 "Date": "Thu, 18 Feb 2027 16:45:00 +0100",
                 "Message-ID": "<v17it009.e4b3@example.it>",
                 "In-Reply-To": "<v17it009-orig.5c@greco-partners.example.it>"},
     "body": """
Caro Tommaso,

purtroppo né martedì né mercoledì riesco, sono a Roma per il CdA. Per il pranzo potremmo fare giovedì 25 verso le 13, oppure venerdì 26 a pranzo, da Peck come l'altra volta?

Fammi sapere
Ginevra

Inviato da Outlook per Android

-----Messaggio originale-----
Da: Tommaso Greco <tommaso.greco@greco-partners.example.it>
Inviato: giovedì 18 febbraio 2027 10:02
A: Ginevra Salò <ginevra.salo@example.it>
Oggetto: Pranzo di lavoro

Ciao Ginevra, ti andrebbe un pranzo martedì 23 o mercoledì 24 alle 12.30? Così parliamo del bilancio.
Tommaso
""",
     "label": {"recipient_name": "Ginevra Salò", "recipient_name_alternatives": ["Ginevra"],
               "sender_name": "Tommaso Greco", "sender_name_alternatives": ["Tommaso"],
               "meeting": "il pranzo",
               "meeting_alternatives": ["pranzo", "Pranzo di lavoro", "R: Pranzo di lavoro"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": ["giovedì 25 verso le 13", "venerdì 26 a pranzo"],
               "proposed_times_iso": ["2027-02-25T13:00", "2027-02-26"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"],
               "quoted_from": "-----Messaggio originale-----"}},
    {"file": "010.txt",
     "text": """
Salve Arch. Colombo,

sono Matteo Rinaldi dell'Associazione Commercianti Città Alta. Vorremmo invitarla a tenere un incontro formativo sui bonus edilizi per i nostri associati (una trentina di persone, durata circa un'ora e mezza, rimborso spese previsto).

Le date possibili sono martedì 15 dicembre alle 20.30 oppure giovedì 17, stesso orario, nella nostra sede di via Gombito.

Resto in attesa di un suo riscontro.
Cordiali saluti

Matteo Rinaldi
Segreteria Associazione Commercianti Città Alta
tel. 035 219 44 07
""",
     "label": {"recipient_name": "Matteo Rinaldi", "recipient_name_alternatives": [],
               "sender_name": "Colombo", "sender_name_alternatives": ["Arch. Colombo"],
               "meeting": "un incontro formativo sui bonus edilizi",
               "meeting_alternatives": ["incontro formativo", "un incontro formativo", "incontro formativo sui bonus edilizi"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": ["martedì 15 dicembre alle 20.30", "giovedì 17, stesso orario"],
               "proposed_times_iso": ["2026-12-15T20:30", "2026-12-17T20:30"],
               "kind": "invitation", "suggested_intents": INV}},
]
