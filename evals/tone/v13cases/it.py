"""Italian v13 tone cases: 6 situations, layout 1/2 3/1 2/3 2/2 1/1 3/3."""

from __future__ import annotations

SITS = {
    1: {"intent": "decline", "recipient_name": "Dott.ssa Ludovica Pezzimenti", "sender_name": "Corrado Albanella",
        "tone": "formal", "relationship": "key", "meeting": "presentazione del piano di comunicazione",
        "meeting_time": "martedì 15 dicembre alle 11", "proposed_times": ["giovedì 7 gennaio alle 11"]},
    2: {"intent": "late_cancellation", "recipient_name": "Ilaria Scardovi", "sender_name": "Matteo Frongillo",
        "tone": "friendly", "relationship": "regular", "meeting": "sessione di prova dell'app di prenotazione",
        "meeting_time": "giovedì 3 dicembre alle 16", "proposed_times": ["mercoledì 9 dicembre alle 16"],
        "policy": {"notice_hours": 24, "fee_percent": 25}},
    3: {"intent": "switch_to_email", "recipient_name": "Sig. Ottavio Zanfagna", "sender_name": "Beatrice Lomellini",
        "tone": "formal", "relationship": "new", "meeting": "incontro conoscitivo sulla contabilità di magazzino",
        "meeting_time": "venerdì 11 dicembre alle 10"},
    4: {"intent": "reschedule", "recipient_name": "Ginevra Spadafora", "sender_name": "Elia Montecchiari",
        "tone": "friendly", "relationship": "key", "meeting": "revisione dei bozzetti della campagna",
        "meeting_time": "mercoledì 16 dicembre alle 14:30", "proposed_times": ["venerdì 18 dicembre alle 9:30"]},
    5: {"intent": "shorten", "recipient_name": "Avv. Tancredi Morbidelli", "sender_name": "Sara Ghirlandoni",
        "tone": "formal", "relationship": "regular", "meeting": "riunione di aggiornamento sul contenzioso",
        "meeting_time": "lunedì 11 gennaio alle 15", "duration_minutes": 45},
    6: {"intent": "no_show_followup", "recipient_name": "Pietro Vallisneri", "sender_name": "Chiara Bonfadini",
        "tone": "friendly", "relationship": "regular", "meeting": "sopralluogo per il rifacimento del bagno",
        "meeting_time": "venerdì 4 dicembre alle 8:30", "proposed_times": ["martedì 15 dicembre alle 8:30"]},
}

CASES = [
    (1, "good", None, "Presentazione del piano di comunicazione",
     """Gentile Dott.ssa Pezzimenti,

purtroppo non potrò essere presente alla presentazione del piano di comunicazione di martedì 15 dicembre alle 11, e me ne scuso. Se per Lei va bene, potremmo vederci giovedì 7 gennaio alle 11: avremo anche i primi dati di dicembre da discutere.

Con i più cordiali saluti,
Corrado Albanella""", "formal and warm, 'purtroppo' kind, offers a date"),
    (1, "bad", "grovelling", "Mille scuse!!!",
     """Gentilissima Dott.ssa Pezzimenti,

sono davvero mortificato, non so nemmeno come dirLe che non potrò esserci alla presentazione del piano di comunicazione di martedì 15 dicembre alle 11. È imperdonabile, lo so, e capirei perfettamente se fosse arrabbiata con me. Se potesse concedermi ancora la Sua fiducia, giovedì 7 gennaio alle 11 sarei a Sua completa disposizione, a qualsiasi condizione.

Ancora infinite scuse,
Corrado Albanella""", "excessive self-abasement to a key client"),
    (1, "bad", "passive_aggression", "Presentazione del 15 dicembre",
     """Gentile Dott.ssa Pezzimenti,

La ringrazio per l'invito. Non potrò partecipare alla presentazione del piano di comunicazione di martedì 15 dicembre alle 11. Propongo giovedì 7 gennaio alle 11, data che, come già Le avevo segnalato a novembre, sarebbe stata più adatta fin dall'inizio.

Cordiali saluti,
Corrado Albanella""", "polite frame, one barbed clause at the end ('come già Le avevo segnalato')"),
    (2, "good", None, "Nessun problema per giovedì",
     """Ciao Ilaria,

grazie di avermi avvisato per la sessione di prova dell'app di prenotazione di giovedì 3 dicembre alle 16. Ti ho tenuto mercoledì 9 dicembre alle 16, se ti va bene.

Come da accordi, per le cancellazioni con meno di 24 ore di preavviso fatturiamo il 25%: lo troverai nella fattura di dicembre. Ci vediamo mercoledì!

Matteo""", "fee held firmly, 'come da accordi' used kindly"),
    (2, "good", None, "Sessione di prova",
     """Ciao Ilaria,

ricevuto, nessun problema. Spostiamo la sessione di prova dell'app di prenotazione di giovedì 3 dicembre alle 16 a mercoledì 9 dicembre alle 16? Ti ricordo solo che, essendo sotto le 24 ore, scatta il 25% previsto dal contratto.

Un saluto,
Matteo""", "short, 'ti ricordo' used neutrally"),
    (2, "good", None, "Ci riproviamo mercoledì",
     """Ciao Ilaria,

peccato per giovedì 3 dicembre alle 16, la sessione di prova dell'app di prenotazione era pronta e anche l'app (per una volta senza bug). Che ne dici di mercoledì 9 dicembre alle 16?

Per correttezza: l'annullamento è arrivato con meno di 24 ore, quindi applichiamo il 25% come da contratto. Se ne vuoi parlare, chiamami pure.

A presto,
Matteo""", "self-deprecating joke that lands, fee stated plainly"),
    (2, "bad", "mock_enthusiasm", "Fantastico!!",
     """Ciao Ilaria!!

Che bella sorpresa ricevere la tua disdetta per la sessione di prova dell'app di prenotazione di giovedì 3 dicembre alle 16, proprio due ore prima! Adoro quando i piani cambiano all'ultimo! 😊

Ovviamente scatta il 25% per il preavviso sotto le 24 ore. Mercoledì 9 dicembre alle 16 ti va? Non vedo l'ora!!

Matteo""", "mock enthusiasm about a late cancellation"),
    (3, "good", None, "Incontro conoscitivo: procediamo per email?",
     """Gentile Sig. Zanfagna,

grazie per l'interesse. Per l'incontro conoscitivo sulla contabilità di magazzino di venerdì 11 dicembre alle 10 Le proporrei di procedere per email: Le invio oggi una breve nota con le domande principali, e può rispondere quando Le è comodo. Se preferisce comunque vederci, me lo dica senza problemi.

Cordiali saluti,
Beatrice Lomellini""", "welcoming new client, keeps the choice"),
    (3, "good", None, "Venerdì 11 dicembre",
     """Gentile Sig. Zanfagna,

Le scrivo per chiederLe se possiamo sostituire l'incontro conoscitivo sulla contabilità di magazzino di venerdì 11 dicembre alle 10 con uno scambio per email. Le mando le domande entro domani.

Grazie e buona giornata,
Beatrice Lomellini""", "short and polite"),
    (3, "bad", "bureaucratic_distance", "Comunicazione",
     """Egregio Signore,

si comunica che l'incontro conoscitivo sulla contabilità di magazzino previsto per venerdì 11 dicembre alle 10 non avrà luogo in presenza. Le informazioni necessarie dovranno essere trasmesse esclusivamente a mezzo posta elettronica, secondo quanto previsto dalle procedure interne.

Distinti saluti.
L'Ufficio Amministrazione
Beatrice Lomellini""", "impersonal 'si comunica', 'dovranno', procedures, nothing human to a new client"),
    (3, "bad", "condescension", "Incontro conoscitivo",
     """Gentile Sig. Zanfagna,

per l'incontro conoscitivo sulla contabilità di magazzino di venerdì 11 dicembre alle 10 passerei all'email. Per esperienza, chi è alle prime armi con la contabilità di magazzino trova più facile leggere con calma le spiegazioni scritte piuttosto che seguire una riunione tecnica.

Cordiali saluti,
Beatrice Lomellini""", "implies the new client is a beginner who cannot follow"),
    (3, "bad", "coldness", "Re: incontro",
     """Sig. Zanfagna,

l'incontro conoscitivo sulla contabilità di magazzino di venerdì 11 dicembre alle 10 si fa per email. Mandi le domande.

B. Lomellini""", "curt orders, no greeting warmth or thanks"),
    (4, "good", None, "Bozzetti: spostiamo a venerdì?",
     """Ciao Ginevra,

ti chiedo un favore: possiamo spostare la revisione dei bozzetti della campagna da mercoledì 16 dicembre alle 14:30 a venerdì 18 dicembre alle 9:30? Così ti porto anche la seconda variante che mi avevi chiesto. Scusami per il cambio!

Un abbraccio,
Elia""", "friendly with a long-standing key client, reason that helps her"),
    (4, "good", None, "Revisione bozzetti",
     """Ciao Ginevra,

purtroppo mercoledì 16 dicembre alle 14:30 non ce la faccio. Venerdì 18 dicembre alle 9:30 per la revisione dei bozzetti della campagna ti andrebbe bene?

Grazie, Elia""", "very short but kind"),
    (4, "bad", "over_familiarity", "Ginny!!",
     """Ginny tesoro!!

Mercoledì 16 dicembre alle 14:30 proprio non ci sto dentro, ho una settimana da pazzi 🤯 La revisione dei bozzetti della campagna la facciamo venerdì 18 dicembre alle 9:30, tanto tu sei sempre libera, no? 😂

Baci baci,
Elia""", "nickname, 'tesoro', assumptions and emojis with a key client"),
    (4, "bad", "passive_aggression", "Revisione dei bozzetti della campagna",
     """Ciao Ginevra,

spero tutto bene! Devo spostare la revisione dei bozzetti della campagna di mercoledì 16 dicembre alle 14:30 a venerdì 18 dicembre alle 9:30. Non è per colpa mia, ma dopo il terzo giro di modifiche arrivato martedì sera il team ha bisogno di un paio di giorni in più; capirai che non facciamo miracoli.

A venerdì,
Elia""", "warm opening, reproachful middle blaming the client's changes"),
    (5, "good", None, "Riunione di aggiornamento sul contenzioso – durata",
     """Gentile Avvocato,

Le chiedo cortesemente di limitare a 45 minuti la riunione di aggiornamento sul contenzioso di lunedì 11 gennaio alle 15. Preparerò una sintesi scritta degli ultimi sviluppi così da dedicare il tempo alle decisioni.

La ringrazio per la comprensione e Le porgo cordiali saluti,
Sara Ghirlandoni""", "formal, courteous, practical"),
    (5, "bad", "hostile", "Riunione di lunedì 11 gennaio",
     """Gentile Avvocato,

la riunione di aggiornamento sul contenzioso di lunedì 11 gennaio alle 15 durerà 45 minuti. Confido che sapremo rispettare i tempi; in caso contrario dovremo valutare se questo tipo di collaborazione abbia ancora senso per il nostro studio.

Cordiali saluti,
Sara Ghirlandoni""", "veiled threat about the relationship as the last line"),
    (6, "good", None, "Sopralluogo di venerdì",
     """Ciao Pietro,

venerdì 4 dicembre alle 8:30 sono passata per il sopralluogo per il rifacimento del bagno ma non ti ho trovato; spero non sia successo niente. Se ti va, riproviamo martedì 15 dicembre alle 8:30?

Fammi sapere,
Chiara""", "concern first, new date, no reproach"),
    (6, "good", None, "Nuova data per il sopralluogo",
     """Ciao Pietro,

ci siamo persi venerdì 4 dicembre alle 8:30, capita! Ti propongo martedì 15 dicembre alle 8:30 per il sopralluogo per il rifacimento del bagno. Se ti serve un orario diverso, dimmelo pure.

Chiara""", "short, light, kind"),
    (6, "good", None, "Sopralluogo per il rifacimento del bagno",
     """Ciao Pietro,

ti scrivo di nuovo per il sopralluogo per il rifacimento del bagno: venerdì 4 dicembre alle 8:30 non siamo riusciti a vederci. Ho bloccato martedì 15 dicembre alle 8:30; se mi confermi entro venerdì, lo tengo per te.

Buona settimana,
Chiara""", "'di nuovo' used kindly, firm deadline"),
    (6, "bad", "blame", "Sopralluogo mancato",
     """Ciao Pietro,

venerdì 4 dicembre alle 8:30 ho fatto mezz'ora di strada per il sopralluogo per il rifacimento del bagno e ho trovato tutto chiuso. Mi hai fatto perdere una mattina di lavoro e ho dovuto spostare altri due clienti.

Martedì 15 dicembre alle 8:30 va bene?

Chiara""", "lays the blame and the cost on the client"),
    (6, "bad", "sarcasm", "Sopralluogo",
     """Ciao Pietro,

spero che il letto fosse comodo venerdì 4 dicembre alle 8:30, mentre io ammiravo il tuo portone per il sopralluogo per il rifacimento del bagno. Riproviamo martedì 15 dicembre alle 8:30, magari con la sveglia?

Chiara""", "sarcastic jibes"),
    (6, "bad", "passive_aggression", "Re: sopralluogo",
     """Ciao Pietro,

nessun problema per venerdì 4 dicembre alle 8:30, sono cose che succedono. Ti propongo martedì 15 dicembre alle 8:30 per il sopralluogo per il rifacimento del bagno. Come ti dicevo già al telefono, sarebbe carino avvisare la prossima volta, ma figurati, io ho tutto il tempo del mondo.

Chiara""", "'nessun problema' then a barbed last line, 'ho tutto il tempo del mondo'"),
]
