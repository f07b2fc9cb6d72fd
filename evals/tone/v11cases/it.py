"""Italian v11 tone cases (hand-written by data-am, 2026-12-07). Layout 2/3 3/2 1/1 2/2 3/1 1/3."""

from __future__ import annotations

SITS = {
    1: {"intent": "decline", "recipient_name": "Dott.ssa Ludovica Ghezzanti", "sender_name": "Gianmarco Terzoni",
        "tone": "formal", "relationship": "key",
        "meeting": "presentazione del nuovo catalogo di arredi da esterno", "meeting_time": "giovedì 17 dicembre alle 15:00",
        "reason": "la chiusura del bilancio di fine anno"},
    2: {"intent": "reschedule", "recipient_name": "Arianna Tamburrelli", "sender_name": "Tommaso Vezzosi",
        "tone": "friendly", "relationship": "regular",
        "meeting": "sopralluogo per il rifacimento del bagno di servizio", "meeting_time": "venerdì 11 dicembre alle 9:00",
        "proposed_times": ["lunedì 14 dicembre alle 9:00", "mercoledì 16 dicembre alle 14:00"],
        "reason": "un guasto al furgone"},
    3: {"intent": "shorten", "recipient_name": "Sig. Ottavio Pellicciardi", "sender_name": "Elisabetta Corradengo",
        "tone": "formal", "relationship": "new",
        "meeting": "primo colloquio sulla vostra domanda di finanziamento", "meeting_time": "martedì 15 dicembre alle 10:30",
        "duration_minutes": 30, "reason": "un'udienza in tribunale a mezzogiorno"},
    4: {"intent": "late_cancellation", "recipient_name": "Federica Zappaterra", "sender_name": "Luca Pignedoli",
        "tone": "friendly", "relationship": "key",
        "meeting": "servizio fotografico per il nuovo menù", "meeting_time": "venerdì 4 dicembre alle 11:00",
        "proposed_times": ["giovedì 17 dicembre alle 11:00"], "policy": {"notice_hours": 48, "fee_percent": 50}},
    5: {"intent": "switch_to_email", "recipient_name": "Avv. Rinaldo Castelbarco", "sender_name": "Serena Ghirardelli",
        "tone": "formal", "relationship": "regular",
        "meeting": "riunione sull'aggiornamento del contratto di locazione", "meeting_time": "lunedì 11 gennaio alle 16:00",
        "reason": "un intervento chirurgico programmato"},
    6: {"intent": "no_show_followup", "recipient_name": "Sig.ra Beatrice Lanfredini", "sender_name": "Damiano Rovatti",
        "tone": "formal", "relationship": "new",
        "meeting": "consulenza sul piano di accumulo", "meeting_time": "martedì 1 dicembre alle 18:00",
        "proposed_times": ["martedì 15 dicembre alle 18:00"]},
}

CASES = [
    # 1 decline, formal, key: 2 good, 3 bad
    (1, "good", None, "Presentazione del 17 dicembre",
     """
Gentile Dottoressa Ghezzanti,

La ringrazio molto per l'invito alla presentazione del nuovo catalogo di arredi da esterno di giovedì 17 dicembre alle 15:00. Purtroppo quel giorno sarò interamente assorbito dalla chiusura del bilancio di fine anno e non potrò partecipare.

Mi farebbe piacere ricevere il catalogo, e se lo ritiene utile possiamo vederci a gennaio per parlarne con calma.

Cordiali saluti,
Gianmarco Terzoni
""", "firm refusal, warm, 'purtroppo' used plainly"),
    (1, "good", None, "Invito del 17 dicembre",
     """
Gentile Dottoressa,

grazie dell'invito. Giovedì 17 dicembre alle 15:00 non riesco a esserci per la presentazione del nuovo catalogo di arredi da esterno: la chiusura del bilancio di fine anno non mi lascia spazio. Le auguro un ottimo evento.

Gianmarco Terzoni
""", "very short but kind, formal"),
    (1, "bad", "coldness", "Presentazione catalogo",
     """
Gentile Dottoressa Ghezzanti,

si comunica che, a causa della chiusura del bilancio di fine anno, non sarà possibile presenziare alla presentazione del nuovo catalogo di arredi da esterno di giovedì 17 dicembre alle 15:00.

Si ringrazia per l'attenzione.

Distinti saluti,
Gianmarco Terzoni
""", "impersonal 'si comunica', 'si ringrazia' to a key client: cold formulas only"),
    (1, "bad", "grovelling", "Le mie più sentite scuse",
     """
Gentilissima Dottoressa Ghezzanti,

non trovo le parole per scusarmi. Sono davvero mortificato di doverLe dire che la chiusura del bilancio di fine anno mi impedisce di partecipare alla presentazione del nuovo catalogo di arredi da esterno di giovedì 17 dicembre alle 15:00. So bene di non meritare la Sua pazienza.

La supplico di non vedere in questo una mancanza di rispetto: per noi Lei è tutto. Se vorrà perdonarmi, farò qualunque cosa per rimediare.

Umilmente,
Gianmarco Terzoni
""", "grovelling to a key client"),
    (1, "bad", "over_familiarity", "Giovedì niente 😅",
     """
Ciao Ludo!

Giovedì 17 dicembre alle 15:00 non ce la faccio per la presentazione del nuovo catalogo di arredi da esterno, c'è la chiusura del bilancio di fine anno e il mio capo mi tiene incatenato alla scrivania 😂

Ci rifacciamo con uno spritz, offro io! Un abbraccione,
Gianmarco
""", "nickname, emoji and spritz with a formal key client"),

    # 2 reschedule, friendly, regular: 3 good, 2 bad
    (2, "good", None, "Sopralluogo: spostiamo?",
     """
Ciao Arianna,

per un guasto al furgone non riesco a venire al sopralluogo per il rifacimento del bagno di servizio di venerdì 11 dicembre alle 9:00. Mi dispiace!

Ti andrebbe bene lunedì 14 dicembre alle 9:00 oppure mercoledì 16 dicembre alle 14:00? Dimmi tu.

A presto,
Tommaso
""", "friendly, simple apology"),
    (2, "good", None, "Venerdì salta",
     """
Ciao Arianna, un guasto al furgone mi blocca: il sopralluogo per il rifacimento del bagno di servizio di venerdì 11 dicembre alle 9:00 lo spostiamo a lunedì 14 dicembre alle 9:00 o mercoledì 16 dicembre alle 14:00? Scusami ancora.

Tommaso
""", "two sentences, blunt but kind"),
    (2, "good", None, "Il furgone ha deciso di scioperare",
     """
Ciao Arianna,

il mio furgone ha scelto la settimana peggiore per andare in pensione: con un guasto al furgone non riesco a essere da te venerdì 11 dicembre alle 9:00 per il sopralluogo per il rifacimento del bagno di servizio.

Di nuovo scusa per il cambio: lunedì 14 dicembre alle 9:00 o mercoledì 16 dicembre alle 14:00, arrivo anche con i campioni delle piastrelle.

Tommaso
""", "humour aimed at himself; 'di nuovo scusa' used kindly"),
    (2, "bad", "sarcasm", "Sopralluogo spostato",
     """
Ciao Arianna,

per un guasto al furgone devo spostare il sopralluogo per il rifacimento del bagno di servizio di venerdì 11 dicembre alle 9:00. Ti propongo lunedì 14 dicembre alle 9:00 o mercoledì 16 dicembre alle 14:00.

Tanto non credo sia un problema, visto che le piastrelle le hai già cambiate tre volte: qualche giorno in più per cambiare idea ancora ti farà comodo.

Tommaso
""", "sarcastic last paragraph about the client's indecision"),
    (2, "bad", "blame", "Venerdì 11",
     """
Ciao Arianna, spero tutto bene!

Purtroppo per un guasto al furgone devo spostare il sopralluogo per il rifacimento del bagno di servizio di venerdì 11 dicembre alle 9:00. Detto tra noi, se mi avessi mandato le misure quando te le avevo chieste, avrei potuto fare il preventivo senza venire, e non saremmo a questo punto.

Va bene lunedì 14 dicembre alle 9:00 o mercoledì 16 dicembre alle 14:00?

Un saluto,
Tommaso
""", "warm opening, reproachful middle blaming the client"),

    # 3 shorten, formal, new: 1 good, 1 bad
    (3, "good", None, "Colloquio del 15 dicembre: durata",
     """
Gentile Signor Pellicciardi,

Le scrivo per il primo colloquio sulla vostra domanda di finanziamento di martedì 15 dicembre alle 10:30: a causa di un'udienza in tribunale a mezzogiorno, dovrò limitarlo a 30 minuti.

Per sfruttarli al meglio Le invio oggi l'elenco dei documenti da portare; se preferisce un incontro più lungo in un'altra data, me lo dica senza problemi.

Cordiali saluti,
Elisabetta Corradengo
""", "formal, helpful, offers an alternative"),
    (3, "bad", "condescension", "Colloquio di martedì",
     """
Gentile Signor Pellicciardi,

il primo colloquio sulla vostra domanda di finanziamento di martedì 15 dicembre alle 10:30 durerà 30 minuti, per via di un'udienza in tribunale a mezzogiorno.

Le ricordo che un colloquio breve funziona solo se il cliente arriva preparato: di solito chi si rivolge a noi per la prima volta sottovaluta la documentazione necessaria, quindi La invito a leggere con attenzione l'elenco allegato, magari due volte.

Cordiali saluti,
Elisabetta Corradengo
""", "lecturing a new client ('magari due volte')"),

    # 4 late cancellation, friendly, key: 2 good, 2 bad
    (4, "good", None, "Servizio fotografico",
     """
Ciao Federica,

nessun problema per il servizio fotografico per il nuovo menù di venerdì 4 dicembre alle 11:00: capita. Come da accordi, con un preavviso sotto le 48 ore fatturo il 50% della sessione; lo trovi nella fattura di dicembre.

Ti ho tenuto giovedì 17 dicembre alle 11:00: se ti va bene, porto anche il fondale in ardesia che ti piaceva.

Un abbraccio e a presto,
Luca
""", "warm, fee held firmly, 'come da accordi' used kindly"),
    (4, "good", None, "Nuova data per le foto",
     """
Ciao Federica,

ricevuto, grazie di avermi avvisato. Per il servizio fotografico per il nuovo menù di venerdì 4 dicembre alle 11:00 vale la regola delle 48 ore, quindi ti addebito il 50%. Giovedì 17 dicembre alle 11:00 ti va?

Luca
""", "short, plain, kind"),
    (4, "bad", "passive_aggression", "Servizio fotografico del 4 dicembre",
     """
Ciao Federica,

grazie per avermi avvisato del servizio fotografico per il nuovo menù di venerdì 4 dicembre alle 11:00. Come sai, con meno di 48 ore di preavviso fatturo il 50%. Ti propongo giovedì 17 dicembre alle 11:00.

Fammi sapere, e stavolta magari avvisa anche lo chef, così non cucina di nuovo dieci piatti per niente.

Luca
""", "friendly mail with one barbed clause at the end"),
    (4, "bad", "hostile", "Servizio fotografico annullato",
     """
Ciao Federica,

ho ricevuto l'annullamento del servizio fotografico per il nuovo menù di venerdì 4 dicembre alle 11:00. Applico il 50%, come previsto sotto le 48 ore, e ti propongo giovedì 17 dicembre alle 11:00.

Ti dico però con franchezza che, se dovesse ricapitare, dovrò ripensare a quanto ha senso per me continuare a lavorare con il vostro locale.

Luca
""", "veiled threat about the relationship, to a key client"),

    # 5 switch to email, formal, regular: 3 good, 1 bad
    (5, "good", None, "Contratto di locazione: procediamo per email?",
     """
Gentile Avvocato Castelbarco,

a causa di un intervento chirurgico programmato non potrò partecipare alla riunione sull'aggiornamento del contratto di locazione di lunedì 11 gennaio alle 16:00.

Per non rallentare il lavoro, Le propongo di procedere per email: Le invierò entro venerdì la bozza con le modifiche evidenziate, e potrà rispondermi con le Sue osservazioni quando Le è comodo.

La ringrazio per la comprensione.

Cordiali saluti,
Serena Ghirardelli
""", "formal, concrete next step"),
    (5, "good", None, "Riunione dell'11 gennaio",
     """
Gentile Avvocato,

un intervento chirurgico programmato mi impedisce di esserci lunedì 11 gennaio alle 16:00. Possiamo gestire per email la riunione sull'aggiornamento del contratto di locazione? Le mando la bozza in settimana.

Grazie,
Serena Ghirardelli
""", "very short, formal but warm"),
    (5, "good", None, "Aggiornamento del contratto di locazione",
     """
Gentile Avvocato Castelbarco,

come Le avevo accennato a novembre, a gennaio avrò un intervento chirurgico programmato, che purtroppo cade proprio lunedì 11 gennaio alle 16:00, l'ora della nostra riunione sull'aggiornamento del contratto di locazione.

Se è d'accordo, sostituiamo la riunione con uno scambio per email; la mia collaboratrice Le inoltrerà i documenti e io risponderò personalmente appena rientro.

Con i miei migliori saluti,
Serena Ghirardelli
""", "'come Le avevo accennato' used as friendly context, not reproach"),
    (5, "bad", "bureaucratic_distance", "Riunione 11/01 – variazione modalità",
     """
Egregio Avvocato,

con la presente si rende noto che, per un intervento chirurgico programmato, la riunione sull'aggiornamento del contratto di locazione fissata per lunedì 11 gennaio alle 16:00 viene sostituita da corrispondenza per email, ai sensi delle procedure interne dello studio.

Eventuali osservazioni dovranno pervenire per iscritto entro i termini che saranno successivamente comunicati.

Distinti saluti,
L'Ufficio — Serena Ghirardelli
""", "'con la presente si rende noto', 'ai sensi delle procedure interne' to a regular contact"),

    # 6 no-show, formal, new: 1 good, 3 bad
    (6, "good", None, "La consulenza di martedì",
     """
Gentile Signora Lanfredini,

non L'abbiamo vista martedì 1 dicembre alle 18:00 per la consulenza sul piano di accumulo e spero che non sia successo nulla.

Se desidera, Le ho riservato martedì 15 dicembre alle 18:00; basta una risposta a questa email per confermare.

Cordiali saluti,
Damiano Rovatti
""", "concern first, formal, easy next step"),
    (6, "bad", "mock_enthusiasm", "Grazie per martedì!",
     """
Gentile Signora Lanfredini,

che piacere aspettarLa martedì 1 dicembre alle 18:00 per la consulenza sul piano di accumulo! Un'ora intera tutta per me, con il caffè pronto e i grafici stampati: un vero lusso.

Riproviamo martedì 15 dicembre alle 18:00? Non sto più nella pelle!

Damiano Rovatti
""", "mock enthusiasm about the no-show"),
    (6, "bad", "passive_aggression", "Re: consulenza sul piano di accumulo",
     """
Gentile Signora Lanfredini,

come Le avevo già scritto nella mia ultima email, la consulenza sul piano di accumulo era fissata per martedì 1 dicembre alle 18:00, e Le avevo anche inviato un promemoria il giorno prima.

Le propongo martedì 15 dicembre alle 18:00. La prego di annotarlo.

Cordiali saluti,
Damiano Rovatti
""", "'come Le avevo già scritto nella mia ultima email' + 'La prego di annotarlo'"),
    (6, "bad", "wrong_register", "ehi, martedì?",
     """
Ciao Beatrice,

martedì 1 dicembre alle 18:00 ti aspettavo per la consulenza sul piano di accumulo, ma niente! Tutto ok? Dai, rifacciamo martedì 15 dicembre alle 18:00, ci sta?

Ciao ciao,
Damiano
""", "tu and chat-style casual register to a formal new client"),
]
