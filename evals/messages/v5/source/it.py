"""v5 Italian client messages (hand-written by data-k; Italy and Ticino)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.eml", "headers": {
        "From": ("Annalisa Ferraù", "a.ferrau@fonderieghirardi.it"),
        "To": ("Federico Gallo", "federico.gallo@gallomarketing.it"),
        "Subject": "Presentazione piano marketing 2027 al CdA",
        "Date": "Tue, 01 Dec 2026 09:05:00 +0100", "Message-ID": "<5e1c0a9b.2026120109@fonderieghirardi.it>"},
     "body": """
Gentile dott. Gallo,

Le scrivo per fissare la presentazione del piano marketing 2027 al nostro consiglio di amministrazione. Sarebbe disponibile giovedì 10 dicembre alle 15:30, presso la nostra sede di via Solferino 12 a Brescia?

La prego di darmi conferma entro venerdì 4.

Cordiali saluti
Annalisa Ferraù
Segreteria di Direzione – Fonderie Ghirardi S.p.A.

Questa e-mail e gli eventuali allegati sono riservati. Se l'avete ricevuta per errore, vi preghiamo di cancellarla e di avvisare il mittente.
""", "label": {"recipient_name": "Annalisa Ferraù", "recipient_name_alternatives": ["Annalisa"],
              "sender_name": "Federico Gallo", "sender_name_alternatives": ["dott. Gallo", "Gallo"],
              "meeting": "la presentazione del piano marketing 2027",
              "meeting_alternatives": ["presentazione del piano marketing 2027", "piano marketing 2027", "Presentazione piano marketing 2027 al CdA"],
              "meeting_time": "giovedì 10 dicembre alle 15:30", "meeting_time_iso": "2026-12-10T15:30",
              "proposed_times": [], "proposed_times_iso": [],
              "kind": "invitation", "suggested_intents": INV}},
    {"file": "002.txt", "text": """
Ciao Marta! Scusa ma sabato mattina non riesco a venire per la prova del vestito da sposa, mi hanno messo di turno 😩 Possiamo fare lunedì 14 dopo le 18 o martedì 15 in pausa pranzo? Grazie mille!! Noemi

Inviato da iPhone
""", "label": {"recipient_name": "Noemi", "sender_name": "Marta",
              "meeting": "la prova del vestito da sposa", "meeting_alternatives": ["prova del vestito da sposa", "prova del vestito"],
              "meeting_time": "sabato mattina", "meeting_time_iso": "2026-12-12",
              "proposed_times": ["lunedì 14 dopo le 18", "martedì 15 in pausa pranzo"],
              "proposed_times_iso": ["2026-12-14T18:00", "2026-12-15"],
              "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},
    {"file": "003.eml", "headers": {
        "From": ("Pierluigi Cattaneo", "pierluigi.cattaneo@gmail.com"),
        "To": ("Serena Mancuso", "serena@mancuso-mentoring.it"),
        "Subject": "Re: Sessione di orientamento",
        "Date": "Mon, 07 Dec 2026 07:32:00 +0100", "Message-ID": "<CAJp4r7Yx=mentoring@mail.gmail.com>",
        "In-Reply-To": "<b3d9e1@mancuso-mentoring.it>"},
     "body": """
Buongiorno Serena,

mi dispiace moltissimo ma devo annullare la sessione di orientamento di oggi alle 11: ho la febbre alta. So che è tardi: se è previsto un addebito per la disdetta me lo dica pure.

Un saluto,
Pierluigi

Il giorno ven 4 dic 2026 alle ore 17:10 Serena Mancuso <serena@mancuso-mentoring.it> ha scritto:
> Caro Pierluigi,
> confermo la sessione di lunedì 7 dicembre alle 11:00 nel mio studio.
> Serena
""", "label": {"recipient_name": "Pierluigi Cattaneo", "recipient_name_alternatives": ["Pierluigi"],
              "sender_name": "Serena Mancuso", "sender_name_alternatives": ["Serena"],
              "meeting": "la sessione di orientamento", "meeting_alternatives": ["sessione di orientamento", "Sessione di orientamento"],
              "meeting_time": "oggi alle 11", "meeting_time_iso": "2026-12-07T11:00",
              "proposed_times": [], "proposed_times_iso": [],
              "kind": "cancellation", "suggested_intents": ["late_cancellation", "cancellation_policy"],
              "quoted_from": "Il giorno ven 4 dic 2026 alle ore 17:10 Serena Mancuso <serena@mancuso-mentoring.it> ha scritto:"}},
    {"file": "004.txt", "text": """
Buongiorno Davide,

ti inoltro l'invito del Comune, mi piacerebbe che venissi anche tu al posto mio o con me.

Ciao
Roberta

---------- Messaggio inoltrato ---------
Da: Ufficio Cultura <cultura@comune-bellinzona.example>
Date: mer 2 dic 2026 alle ore 10:14
Subject: Tavolo di lavoro sul festival estivo
To: Roberta Quadri <roberta.quadri@example.ch>

Gentile signora Quadri,
la invitiamo al tavolo di lavoro sul festival estivo che si terrà mercoledì 16.12.2026, ore 14.00–16.00, in Sala del Consiglio.
Orari sportello: lu–ve 8.30–11.30.

Ufficio Cultura
""", "label": {"recipient_name": "Roberta", "recipient_name_alternatives": ["Roberta Quadri"],
              "sender_name": "Davide",
              "meeting": "tavolo di lavoro sul festival estivo",
              "meeting_alternatives": ["Tavolo di lavoro sul festival estivo", "festival estivo", "l'invito del Comune"],
              "meeting_time": "mercoledì 16.12.2026, ore 14.00–16.00", "meeting_time_iso": "2026-12-16T14:00",
              "proposed_times": [], "proposed_times_iso": [],
              "kind": "invitation", "suggested_intents": INV}},
    {"file": "005.eml", "headers": {
        "From": ("Mattia Zanè", "mattia.zane@libero.it"),
        "To": ("Chiara Orlandi", "avv.orlandi@studio-orlandi.it"),
        "Subject": "Appuntamento di ieri",
        "Date": "Wed, 02 Dec 2026 19:50:00 +0100", "Message-ID": "<1733165400.88213@libero.it>"},
     "body": """
Gentile Avvocato,

mi scuso per non essermi presentato ieri pomeriggio alle 16.30 per la consulenza sul contratto d'affitto: ho avuto un imprevisto in famiglia e non sono riuscito ad avvisare. Potremmo recuperare venerdì 4 dicembre alle ore 9?

Distinti saluti
Mattia Zanè

Inviato dal mio dispositivo Huawei
""", "label": {"recipient_name": "Mattia Zanè", "recipient_name_alternatives": ["Mattia"],
              "sender_name": "Chiara Orlandi", "sender_name_alternatives": ["Avvocato"],
              "meeting": "la consulenza sul contratto d'affitto",
              "meeting_alternatives": ["consulenza sul contratto d'affitto", "Appuntamento di ieri"],
              "meeting_time": "ieri pomeriggio alle 16.30", "meeting_time_iso": "2026-12-01T16:30",
              "proposed_times": ["venerdì 4 dicembre alle ore 9"], "proposed_times_iso": ["2026-12-04T09:00"],
              "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},
    {"file": "006.txt", "text": """
Salve,
vorrei prenotare un ciclo di 5 lezioni di fotografia per mio figlio. Cosa succede se una lezione va disdetta all'ultimo? Viene recuperata o la perdo? E c'è una penale?
Grazie
E. Bonfanti
""", "label": {"recipient_name": "E. Bonfanti", "sender_name": None,
              "meeting": None, "meeting_alternatives": [], "meeting_time": None, "meeting_time_iso": None,
              "proposed_times": [], "proposed_times_iso": [],
              "kind": "policy_question", "suggested_intents": ["cancellation_policy"]}},
    {"file": "007.eml", "cte": "base64", "headers": {
        "From": ("Ilaria Sestito", "i.sestito@pastificiovalseriana.it"),
        "To": ("Marco Vitale", "marco@vitaleconsulting.it"),
        "Subject": "Workshop di giovedì – partecipanti",
        "Date": "Fri, 04 Dec 2026 12:30:00 +0100", "Message-ID": "<20261204113000.GA771@pastificiovalseriana.it>"},
     "body": """
Ciao Marco,

per il workshop di giovedì porto anche la mia collega Francesca Riva, che segue gli acquisti. Ci mandi l'ordine del giorno entro mercoledì sera?

A presto,
Ilaria

--
Ilaria Sestito | Category Manager | Pastificio Val Seriana
Tel. 035 612 4470 (lun-ven 9-17)
""", "label": {"recipient_name": "Ilaria Sestito", "recipient_name_alternatives": ["Ilaria"],
              "sender_name": "Marco Vitale", "sender_name_alternatives": ["Marco"],
              "meeting": "il workshop", "meeting_alternatives": ["workshop", "il workshop di giovedì"],
              "meeting_time": "giovedì", "meeting_time_iso": "2026-12-10",
              "proposed_times": [], "proposed_times_iso": [],
              "kind": "other", "suggested_intents": []}},
    {"file": "008.txt", "text": """
Buonasera dottoressa Rinaldi,

con la presente disdico l'appuntamento per la revisione del bilancio fissato per il 22/12 alle 10.00, poiché abbiamo deciso di affidarci allo studio interno del gruppo. Nel caso ci fossero costi per la disdetta, La prego di comunicarmeli.

Cordialità
Rag. Ottavio Pezzali
Pezzali Ferramenta s.n.c.
""", "label": {"recipient_name": "Ottavio Pezzali", "recipient_name_alternatives": ["Rag. Ottavio Pezzali"],
              "sender_name": "Rinaldi", "sender_name_alternatives": ["dottoressa Rinaldi"],
              "meeting": "la revisione del bilancio", "meeting_alternatives": ["revisione del bilancio", "l'appuntamento"],
              "meeting_time": "il 22/12 alle 10.00", "meeting_time_iso": "2026-12-22T10:00",
              "proposed_times": [], "proposed_times_iso": [],
              "kind": "cancellation", "suggested_intents": ["reschedule", "cancellation_policy"]}},
    {"file": "009.eml", "html": True, "headers": {
        "From": ("Sara Cantù", "sara.cantu@logimeccanica.it"),
        "To": ("Luca Bertoni", "luca.bertoni@bertoni-erp.it"),
        "Subject": "Call di allineamento nuovo gestionale",
        "Date": "Sat, 05 Dec 2026 11:20:00 +0100", "Message-ID": "<9f0a7c12-ff01@logimeccanica.it>"},
     "body": """
Buongiorno Luca,

stiamo organizzando una call di allineamento sul nuovo gestionale con i fornitori. Ti andrebbe bene martedì prossimo alle 9 e un quarto? In alternativa mercoledì 9 alle 17.

La call dura al massimo 45 minuti.

Grazie,
Sara Cantù
IT Project Manager
""", "label": {"recipient_name": "Sara Cantù", "recipient_name_alternatives": ["Sara"],
              "sender_name": "Luca Bertoni", "sender_name_alternatives": ["Luca"],
              "meeting": "una call di allineamento sul nuovo gestionale",
              "meeting_alternatives": ["call di allineamento sul nuovo gestionale", "Call di allineamento nuovo gestionale", "nuovo gestionale"],
              "meeting_time": "martedì prossimo alle 9 e un quarto", "meeting_time_iso": "2026-12-08T09:15",
              "proposed_times": ["mercoledì 9 alle 17"], "proposed_times_iso": ["2026-12-09T17:00"],
              "kind": "invitation", "suggested_intents": INV}},
    {"file": "010.txt", "text": """
Buongiorno,
per la revisione del manuale purtroppo nessuno dei due orari va bene per me. Propongo invece giovedì 17/12 alle 14:30.
Saluti
Paolo Greco

-----Messaggio originale-----
Da: Elena Fabbri <elena@fabbri-traduzioni.it>
Inviato: giovedì 3 dicembre 2026 18:02
A: Paolo Greco
Oggetto: Revisione del manuale tecnico

Buongiorno Paolo, per la revisione del manuale tecnico le propongo lunedì 14 alle 10 o martedì 15 alle 11.
Elena
""", "label": {"recipient_name": "Paolo Greco", "sender_name": None,
              "meeting": "la revisione del manuale", "meeting_alternatives": ["revisione del manuale"],
              "meeting_time": None, "meeting_time_iso": None,
              "proposed_times": ["giovedì 17/12 alle 14:30"], "proposed_times_iso": ["2026-12-17T14:30"],
              "kind": "reschedule_request", "suggested_intents": ["reschedule"],
              "quoted_from": "-----Messaggio originale-----"}},
]
