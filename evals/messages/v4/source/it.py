"""Italian (Italy, Ticino) client messages for the held-out v4 set, written by hand with their labels."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.eml", "headers": {
        "From": ("Niccolò Pellegrini", "n.pellegrini@comune.ferrara.example.it"),
        "To": ("Arianna Conti", "arianna.conti@archiviandum.it"),
        "Subject": "Invito: incontro conoscitivo archivio storico",
        "Date": "Tue, 01 Dec 2026 16:20:00 +0100",
        "Message-ID": "<ferrara.cultura.20261201162000.118@comune.ferrara.example.it>"},
        "html": True,
        "body": """
Gentile Dott.ssa Conti,

Le scrivo per invitarLa a un incontro conoscitivo sul progetto di digitalizzazione dell'archivio storico comunale.
Le andrebbe bene martedì 15 dicembre alle ore 11? L'incontro si terrà presso la sede di via Garibaldi 8 e durerà circa un'ora.

Cordiali saluti,

Niccolò Pellegrini
Ufficio Cultura - Comune di Ferrara
Orari di ricevimento: lun e gio 9-13
""", "label": {
        "recipient_name": "Niccolò Pellegrini", "recipient_name_alternatives": ["Niccolò"],
        "sender_name": "Arianna Conti", "sender_name_alternatives": ["Dott.ssa Conti", "Conti"],
        "meeting": "un incontro conoscitivo sul progetto di digitalizzazione dell'archivio storico comunale",
        "meeting_alternatives": ["incontro conoscitivo", "progetto di digitalizzazione dell'archivio storico comunale", "incontro conoscitivo archivio storico"],
        "meeting_time": "martedì 15 dicembre alle ore 11", "meeting_time_iso": "2026-12-15T11:00",
        "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},

    {"file": "002.txt", "text": """
Ciao Vale! Senti, giovedì alle 18 per la prova abito non ce la faccio più, mi hanno cambiato il turno in ospedale 😩
Riusciamo sabato mattina o lunedì 14 dopo le 17.30?
Scusa scusa!
Ginevra
""", "label": {
        "recipient_name": "Ginevra", "sender_name": "Vale",
        "meeting": "la prova abito", "meeting_alternatives": ["prova abito"],
        "meeting_time": "giovedì alle 18", "meeting_time_iso": "2026-12-10T18:00",
        "proposed_times": ["sabato mattina", "lunedì 14 dopo le 17.30"], "proposed_times_iso": ["2026-12-12", "2026-12-14T17:30"],
        "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},

    {"file": "003.eml", "headers": {
        "From": ("Mattia Bernasconi", "mattia.bernasconi@bluewin.example.ch"),
        "To": ("Fabio Rezzonico", "studio@rezzonico-dentista.ch"),
        "Subject": "Disdetta appuntamento di oggi",
        "Date": "Mon, 07 Dec 2026 07:15:00 +0100",
        "Message-ID": "<3B2E9F10-77A1-4C0D-9E55-BERNASCONI@bluewin.example.ch>"},
        "body": """
Buongiorno dottor Rezzonico,

purtroppo devo disdire l'appuntamento di stamattina alle 10:45 per l'igiene dentale: mia figlia ha la febbre e non ho nessuno che la tenga.
Mi rendo conto del poco preavviso; se è prevista una penale per la disdetta tardiva, me la addebiti pure sulla prossima fattura.

Cordiali saluti
Mattia Bernasconi

Inviato dal mio iPhone
""", "label": {
        "recipient_name": "Mattia Bernasconi", "recipient_name_alternatives": ["Mattia"],
        "sender_name": "Fabio Rezzonico", "sender_name_alternatives": ["dottor Rezzonico", "Rezzonico"],
        "meeting": "l'igiene dentale",
        "meeting_alternatives": ["igiene dentale", "l'appuntamento di stamattina alle 10:45 per l'igiene dentale", "l'appuntamento"],
        "meeting_time": "stamattina alle 10:45", "meeting_time_iso": "2026-12-07T10:45",
        "proposed_times": [], "proposed_times_iso": [],
        "kind": "cancellation", "suggested_intents": ["late_cancellation", "cancellation_policy"]}},

    {"file": "004.txt", "text": """
Buonasera avvocato Lombardo,

mi scuso per non essermi presentato venerdì pomeriggio in studio per la firma della procura: avevo segnato l'appuntamento nella settimana sbagliata.
Posso passare mercoledì 9 tra le 12 e le 13? Altrimenti mi dica Lei.

Distinti saluti
Salvatore Esposito
""", "label": {
        "recipient_name": "Salvatore Esposito", "recipient_name_alternatives": ["Salvatore"],
        "sender_name": "Lombardo", "sender_name_alternatives": ["avvocato Lombardo"],
        "meeting": "la firma della procura", "meeting_alternatives": ["firma della procura", "l'appuntamento"],
        "meeting_time": "venerdì pomeriggio", "meeting_time_iso": "2026-12-04",
        "proposed_times": ["mercoledì 9 tra le 12 e le 13"], "proposed_times_iso": ["2026-12-09T12:00"],
        "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},

    {"file": "005.eml", "headers": {
        "From": ("Gianluca Fumagalli", "g.fumagalli@tessiturafumagalli.it"),
        "To": ("Serena Ricci", "serena.ricci@ricci-lean.it"),
        "Subject": "Re: Riunione di avanzamento progetto lean",
        "Date": "Thu, 03 Dec 2026 12:30:00 +0100",
        "Message-ID": "<AM6PR-fumagalli-0312.1230@tessiturafumagalli.it>",
        "In-Reply-To": "<ricci-0212-0914@ricci-lean.it>"},
        "body": """
Ciao Serena,
perfetto per la riunione di avanzamento di lunedì 14 alle 15:00.
Posso aggiungere all'invito anche la collega Marta Colombo del controllo qualità? E ci mandi le slide qualche giorno prima?
Grazie,
Gianluca

Inviato da Outlook per Android

Il giorno mer 2 dic 2026 alle ore 09:14 Serena Ricci <serena.ricci@ricci-lean.it> ha scritto:
> Buongiorno Gianluca,
> propongo la riunione di avanzamento lunedì 14 dicembre alle 15, da voi a Como, oppure venerdì 11 alle 10.
> Serena
""", "label": {
        "recipient_name": "Gianluca Fumagalli", "recipient_name_alternatives": ["Gianluca"],
        "sender_name": "Serena Ricci", "sender_name_alternatives": ["Serena"],
        "meeting": "la riunione di avanzamento",
        "meeting_alternatives": ["riunione di avanzamento", "Riunione di avanzamento progetto lean"],
        "meeting_time": "lunedì 14 alle 15:00", "meeting_time_iso": "2026-12-14T15:00",
        "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": [],
        "quoted_from": "Il giorno mer 2 dic 2026 alle ore 09:14 Serena Ricci <serena.ricci@ricci-lean.it> ha scritto:"}},

    {"file": "006.txt", "text": """
Buongiorno Ing. Santangelo,

Le inoltro la convocazione qui sotto: ci farebbe molto piacere averLa come relatore per la parte sui ponteggi. Mi faccia sapere se riesce.

Grazie,
Daniela Ruggiero

________________________________
Da: Segreteria Ordine Ingegneri <segreteria@ordine-ing-bo.example.it>
Inviato: venerdì 4 dicembre 2026 17:02
A: Daniela Ruggiero
Oggetto: Convocazione seminario sicurezza cantieri

Si comunica che il seminario di aggiornamento sulla sicurezza nei cantieri si svolgerà giovedì 17/12/2026 dalle 14.30 alle 18.30 presso la Sala Zanardi, via Indipendenza 40.
Le iscrizioni chiudono il 14/12.
""", "label": {
        "recipient_name": "Daniela Ruggiero", "recipient_name_alternatives": ["Daniela"],
        "sender_name": "Santangelo", "sender_name_alternatives": ["Ing. Santangelo"],
        "meeting": "il seminario di aggiornamento sulla sicurezza nei cantieri",
        "meeting_alternatives": ["seminario di aggiornamento sulla sicurezza nei cantieri", "seminario sicurezza cantieri", "Convocazione seminario sicurezza cantieri", "la convocazione"],
        "meeting_time": "giovedì 17/12/2026 dalle 14.30 alle 18.30", "meeting_time_iso": "2026-12-17T14:30",
        "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},

    {"file": "007.eml", "headers": {
        "From": ("Raffaella D'Onofrio", "r.donofrio@logisud.example.it"),
        "To": ("Tommaso Galli", "tommaso.galli@galli-ingegneria.it"),
        "Subject": "Spostamento sopralluogo Pomezia",
        "Date": "Wed, 02 Dec 2026 11:05:00 +0100",
        "Message-ID": "<DB9PR-donofrio-0212-1105@logisud.example.it>"},
        "cte": "base64",
        "body": """
Gentile Tommaso,

per sopraggiunti impegni istituzionali dovrei spostare il sopralluogo al capannone di Pomezia fissato per venerdì 4 dicembre alle ore 9.00.
Le propongo in alternativa martedì 15/12 alla stessa ora oppure mercoledì 16/12 alle 14.
Resto in attesa di un Suo riscontro entro domani.

Cordiali saluti
Raffaella D'Onofrio
Responsabile Facility - Logisud S.p.A.
Tel. +39 06 9123 4455

Questa e-mail e gli eventuali allegati sono riservati e destinati esclusivamente al destinatario indicato. Qualora l'aveste ricevuta per errore, vi preghiamo di cancellarla e di darne comunicazione al mittente.
""", "label": {
        "recipient_name": "Raffaella D'Onofrio", "recipient_name_alternatives": ["Raffaella"],
        "sender_name": "Tommaso Galli", "sender_name_alternatives": ["Tommaso"],
        "meeting": "il sopralluogo al capannone di Pomezia",
        "meeting_alternatives": ["sopralluogo al capannone di Pomezia", "sopralluogo Pomezia", "il sopralluogo"],
        "meeting_time": "venerdì 4 dicembre alle ore 9.00", "meeting_time_iso": "2026-12-04T09:00",
        "proposed_times": ["martedì 15/12 alla stessa ora", "mercoledì 16/12 alle 14"],
        "proposed_times_iso": ["2026-12-15T09:00", "2026-12-16T14:00"],
        "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},

    {"file": "008.txt", "text": """
Salve,
vorrei sapere come funziona la disdetta per le lezioni private di chitarra: se avviso con meno di 24 ore la lezione viene comunque addebitata? E se la recuperiamo in un altro giorno?
Grazie mille
Aurora (mamma di Pietro)
""", "label": {
        "recipient_name": "Aurora", "sender_name": None,
        "meeting": "le lezioni private di chitarra",
        "meeting_alternatives": ["lezioni private di chitarra", "la lezione"],
        "meeting_time": None, "meeting_time_iso": None, "proposed_times": [], "proposed_times_iso": [],
        "kind": "policy_question", "suggested_intents": ["cancellation_policy"]}},

    {"file": "009.eml", "headers": {
        "From": ("Barbara Lucà", "barbara.luca@aureacomunicazione.it"),
        "To": ("Marco Dell'Acqua", "marco@dellacqua-media.it"),
        "Subject": "call piano media 2027",
        "Date": "Fri, 27 Nov 2026 15:40:00 +0100",
        "Message-ID": "<CAJ8-luca-2711-1540@mail.gmail.com>"},
        "body": """
Buongiorno Marco,
vorremmo organizzare una call di allineamento sul piano media 2027 con il cliente.
Sei libero mar 1/12 h 10:30 o gio 3/12 h 16? Bastano 45 minuti.
Ciao e buon weekend,
Barbara

--
Barbara Lucà | Media Planner
Aurea Comunicazione srl | Viale Monza 120, Milano
""", "label": {
        "recipient_name": "Barbara Lucà", "recipient_name_alternatives": ["Barbara"],
        "sender_name": "Marco Dell'Acqua", "sender_name_alternatives": ["Marco"],
        "meeting": "una call di allineamento sul piano media 2027",
        "meeting_alternatives": ["call di allineamento sul piano media 2027", "call piano media 2027", "piano media 2027"],
        "meeting_time": None, "meeting_time_iso": None,
        "proposed_times": ["mar 1/12 h 10:30", "gio 3/12 h 16"], "proposed_times_iso": ["2026-12-01T10:30", "2026-12-03T16:00"],
        "kind": "invitation", "suggested_intents": INV}},

    {"file": "010.txt", "text": """
Buongiorno Dott. Santoro,

con la presente disdico la consulenza sul regime forfettario prevista per il 18 dicembre alle 9 e mezza, perché abbiamo deciso di rinviare l'apertura della partita IVA a febbraio.
Vorrei sapere se l'acconto versato a novembre mi verrà restituito o se resta valido per un appuntamento successivo.

Un cordiale saluto,
Elisa Morandi

--
Questa email è stata inviata da un dispositivo mobile.
""", "label": {
        "recipient_name": "Elisa Morandi", "recipient_name_alternatives": ["Elisa"],
        "sender_name": "Santoro", "sender_name_alternatives": ["Dott. Santoro"],
        "meeting": "la consulenza sul regime forfettario", "meeting_alternatives": ["consulenza sul regime forfettario"],
        "meeting_time": "il 18 dicembre alle 9 e mezza", "meeting_time_iso": "2026-12-18T09:30",
        "proposed_times": [], "proposed_times_iso": [],
        "kind": "cancellation", "suggested_intents": ["reschedule", "cancellation_policy"]}},
]
