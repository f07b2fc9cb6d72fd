"""Italian v14 tone cases: 7 situations, layout 1/3 2/1 2/2 1/2 3/1 1/1 2/2."""

from __future__ import annotations

SITS = {
    1: {"intent": "decline", "recipient_name": "Dott.ssa Benedetta Scarpellotti", "sender_name": "Ettore Bagnasacco",
        "tone": "formal", "relationship": "key", "meeting": "presentazione del piano editoriale 2027",
        "meeting_time": "venerdì 11 dicembre alle 10"},
    2: {"intent": "delegate", "recipient_name": "Giorgia Pezzolato", "sender_name": "Marco Zanzottera",
        "tone": "friendly", "relationship": "regular", "meeting": "sopralluogo per l'impianto fotovoltaico",
        "meeting_time": "martedì 15 dicembre alle 9", "colleague_name": "Serena Lombrichi"},
    3: {"intent": "no_show_followup", "recipient_name": "Sig. Tiziano Arcangioli", "sender_name": "Federica Mulazzani",
        "tone": "formal", "relationship": "new", "meeting": "colloquio di orientamento",
        "meeting_time": "martedì 1 dicembre alle 15", "proposed_times": ["giovedì 10 dicembre alle 15"]},
    4: {"intent": "late_cancellation", "recipient_name": "Nicoletta Barbisan", "sender_name": "Paolo Rubbiani",
        "tone": "friendly", "relationship": "key", "meeting": "degustazione per il menù di Natale",
        "meeting_time": "venerdì 4 dicembre alle 19", "proposed_times": ["mercoledì 16 dicembre alle 19"],
        "policy": {"notice_hours": 24, "fee_percent": 40}},
    5: {"intent": "switch_to_email", "recipient_name": "Valerio Cappelletto", "sender_name": "Irene Bortolami",
        "tone": "friendly", "relationship": "new", "meeting": "riunione sul preventivo del catering",
        "meeting_time": "lunedì 14 dicembre alle 11"},
    6: {"intent": "shorten", "recipient_name": "Avv. Corrado Brusamolino", "sender_name": "Silvia Trombetti",
        "tone": "formal", "relationship": "key", "meeting": "revisione del contratto di fornitura",
        "meeting_time": "giovedì 7 gennaio alle 14", "duration_minutes": 45},
    7: {"intent": "reschedule", "recipient_name": "Dott.ssa Mirella Fumagalletti", "sender_name": "Andrea Scaramuzzola",
        "tone": "formal", "relationship": "regular", "meeting": "verifica trimestrale del magazzino",
        "meeting_time": "mercoledì 9 dicembre alle 8:30", "proposed_times": ["venerdì 18 dicembre alle 8:30"]},
}

CASES = [
    # 1: decline, formal, key -- 1 good, 3 bad
    (1, "good", None, "Presentazione del piano editoriale 2027",
     """Gentile Dottoressa Scarpellotti,

La ringrazio per l'invito alla presentazione del piano editoriale 2027 di venerdì 11 dicembre alle 10. Purtroppo quel giorno non potrò esserci, e non voglio mandarLe qualcuno impreparato.

Se Le è utile, leggo volentieri il documento e Le invio le mie osservazioni entro la settimana successiva.

Cordiali saluti,
Ettore Bagnasacco""",
     "plain no, reason kept general, useful alternative offered"),
    (1, "bad", "over_familiarity", "Venerdì niente, scusa!",
     """Ciao Benedetta carissima!

Venerdì 11 dicembre alle 10 proprio non ce la faccio per la presentazione del piano editoriale 2027, lo sai come sono fatto 😅. Mi mandi le slide e ci facciamo uno spritz per parlarne, offro io!

Un abbraccio,
Ettore""",
     "key formal client: tu, 'carissima', emoji, spritz invitation"),
    (1, "bad", "grovelling", "Presentazione del piano editoriale 2027",
     """Gentilissima Dottoressa Scarpellotti,

mi vergogno profondamente a doverLe scrivere questo: non potrò partecipare alla presentazione del piano editoriale 2027 di venerdì 11 dicembre alle 10. So bene di non meritare la Sua pazienza e Le chiedo umilmente perdono per questa mancanza imperdonabile.

Resto a Sua completa disposizione per qualsiasi cosa possa fare per rimediare.

Con la massima devozione,
Ettore Bagnasacco""",
     "self-abasement out of all proportion to declining one meeting"),
    (1, "bad", "passive_aggression", "Presentazione del piano editoriale 2027",
     """Gentile Dottoressa Scarpellotti,

La ringrazio per l'invito alla presentazione del piano editoriale 2027 di venerdì 11 dicembre alle 10, ma non potrò partecipare.

Mi permetto di osservare che l'invito mi è arrivato con tre giorni di preavviso: immagino sia stato un periodo intenso anche per Voi. Ad ogni modo, se vorrà mandarmi il materiale, lo guarderò appena avrò un momento.

Cordiali saluti,
Ettore Bagnasacco""",
     "'mi permetto di osservare', 'immagino sia stato un periodo intenso', 'appena avrò un momento'"),

    # 2: delegate, friendly, regular -- 2 good, 1 bad
    (2, "good", None, "Sopralluogo del 15: ci va Serena",
     """Ciao Giorgia,

per il sopralluogo per l'impianto fotovoltaico di martedì 15 dicembre alle 9 verrà Serena Lombrichi al posto mio. Conosce bene il tuo tetto dalle foto e le ho passato tutte le misure che mi avevi mandato.

Se hai domande, scrivi pure a lei o a me.

A presto,
Marco""",
     "handover with reassurance that the colleague is briefed"),
    (2, "good", None, "Cambio tecnico per martedì",
     """Ciao Giorgia,

martedì 15 dicembre alle 9 non riesco a esserci io: il sopralluogo per l'impianto fotovoltaico lo fa Serena Lombrichi, che è la più brava che abbiamo sui tetti vecchi. Il resto resta uguale.

Grazie e buona giornata,
Marco""",
     "short, warm praise of the colleague"),
    (2, "bad", "coldness", "Sopralluogo",
     """Giorgia,

si comunica che il sopralluogo per l'impianto fotovoltaico di martedì 15 dicembre alle 9 sarà effettuato da Serena Lombrichi. Per eventuali domande rivolgersi a lei.

Marco Zanzottera""",
     "bare impersonal notice ('si comunica', 'rivolgersi a lei') to a friendly regular client: no warmth, no why, no thanks"),

    # 3: no_show_followup, formal, new -- 2 good, 2 bad
    (3, "good", None, "Colloquio di orientamento",
     """Gentile Sig. Arcangioli,

martedì 1 dicembre alle 15 non ci siamo visti per il colloquio di orientamento: spero non sia successo nulla di spiacevole.

Se Le va di riprovare, Le propongo giovedì 10 dicembre alle 15. Mi basta una Sua conferma.

Cordiali saluti,
Federica Mulazzani""",
     "concern, one time, easy confirmation"),
    (3, "good", None, "Un nuovo appuntamento?",
     """Gentile Signor Arcangioli,

Le scrivo per il colloquio di orientamento di martedì 1 dicembre alle 15, a cui non è riuscito a venire. Capita.

Ho tenuto libero giovedì 10 dicembre alle 15. Se invece preferisce rinunciare, me lo scriva pure senza problemi: mi serve solo saperlo per liberare lo spazio.

Cordiali saluti,
Federica Mulazzani""",
     "firm request for an answer, no reproach"),
    (3, "bad", "condescension", "Colloquio di orientamento",
     """Gentile Sig. Arcangioli,

non L'ho vista martedì 1 dicembre alle 15 al colloquio di orientamento. Succede spesso a chi è all'inizio di un percorso: organizzarsi non è facile, e proprio per questo esistono i colloqui di orientamento.

Le propongo giovedì 10 dicembre alle 15. Se vuole, Le consiglio di segnarselo subito sul telefono.

Cordiali saluti,
Federica Mulazzani""",
     "patronising explanation and advice to set a phone reminder"),
    (3, "bad", "hostile", "Colloquio di orientamento",
     """Gentile Sig. Arcangioli,

Le ricordo che martedì 1 dicembre alle 15 era fissato il colloquio di orientamento. Le propongo giovedì 10 dicembre alle 15.

Tenga presente che i posti sono limitati e che le assenze non giustificate vengono segnalate all'ente che finanzia il percorso. Confido che non sarà necessario.

Federica Mulazzani""",
     "veiled threat of reporting at the end"),

    # 4: late_cancellation, friendly, key -- 1 good, 2 bad
    (4, "good", None, "Degustazione: riproviamo il 16?",
     """Cara Nicoletta,

nessun problema per venerdì 4 dicembre alle 19, capisco benissimo. Che ne dici di fare la degustazione per il menù di Natale mercoledì 16 dicembre alle 19?

Ti ricordo solo che per gli annullamenti con meno di 24 ore di preavviso applichiamo il 40% previsto; lo trovi nella prossima fattura. Per il resto, lo chef ti aspetta!

Un caro saluto,
Paolo""",
     "warm, fee stated as a fact; 'ti ricordo' used kindly"),
    (4, "bad", "passive_aggression", "Degustazione per il menù di Natale",
     """Cara Nicoletta,

tranquilla per venerdì 4 dicembre alle 19. Lo chef aveva già preparato tutte le otto portate, ma le abbiamo mangiate noi dello staff, quindi almeno qualcuno è stato contento.

Possiamo rifare la degustazione per il menù di Natale mercoledì 16 dicembre alle 19. Come sai, con meno di 24 ore di preavviso si applica il 40%.

Un saluto,
Paolo""",
     "guilt trip about wasted work disguised as a joke"),
    (4, "bad", "mock_enthusiasm", "Che bella sorpresa!",
     """Cara Nicoletta,

che bella sorpresa il tuo messaggio di venerdì 4 dicembre alle 19, proprio all'ora della degustazione per il menù di Natale! Adoriamo l'imprevisto, qui in cucina.

Siamo entusiasti di riprovarci mercoledì 16 dicembre alle 19. E ovviamente, essendo sotto le 24 ore, ci sarà il fantastico 40% in fattura!

Paolo""",
     "mock cheerfulness about a last-minute cancellation"),

    # 5: switch_to_email, friendly, new -- 3 good, 1 bad
    (5, "good", None, "Preventivo del catering via mail",
     """Ciao Valerio,

per la riunione sul preventivo del catering di lunedì 14 dicembre alle 11 ti propongo di fare tutto per email: ti mando il preventivo dettagliato oggi, tu segni le domande e ti rispondo in giornata. Ci risparmiamo un'ora a testa.

Se poi preferisci parlarne a voce, nessun problema.

Irene""",
     "practical reason, alternative left open"),
    (5, "good", None, "Niente riunione lunedì",
     """Ciao Valerio,

la riunione sul preventivo del catering di lunedì 14 dicembre alle 11 la sostituirei con uno scambio di email: è un preventivo semplice e ti basterà un quarto d'ora per leggerlo.

Te lo mando stasera. Grazie!
Irene""",
     "short, direct, friendly"),
    (5, "good", None, "Preventivo catering",
     """Buongiorno Valerio,

spero non ti dispiaccia: invece della riunione sul preventivo del catering di lunedì 14 dicembre alle 11, ti scrivo qui i tre punti da decidere (menù, numero di ospiti, orario di servizio). Rispondimi quando ti è comodo, anche a punti.

Grazie mille e buona settimana,
Irene""",
     "unusual layout: the email itself replaces the meeting"),
    (5, "bad", "bureaucratic_distance", "Comunicazione relativa alla riunione del 14 dicembre",
     """Gentile Sig. Cappelletto,

si comunica che la riunione sul preventivo del catering prevista per lunedì 14 dicembre alle 11 non avrà luogo. La trattazione degli argomenti proseguirà in forma scritta, secondo le modalità che verranno successivamente indicate.

Distinti saluti,
Irene Bortolami""",
     "impersonal 'si comunica' and Sig. to a friendly new client"),

    # 6: shorten, formal, key -- 1 good, 1 bad
    (6, "good", None, "Revisione del contratto di fornitura",
     """Egregio Avvocato Brusamolino,

per la revisione del contratto di fornitura di giovedì 7 gennaio alle 14 Le proporrei di limitarci a 45 minuti: Le invierò in anticipo le tre clausole da discutere, così potremo dedicare l'incontro alle decisioni.

Se ritiene che serva più tempo, mi regolerò di conseguenza.

Con i migliori saluti,
Silvia Trombetti""",
     "formal, shorter meeting justified, client keeps the last word"),
    (6, "bad", "wrong_register", "Contratto giovedì",
     """Ciao Corrado,

giovedì 7 gennaio alle 14 per la revisione del contratto di fornitura facciamo 45 minuti e basta, ok? Ti mando prima le clausole così non perdiamo tempo.

Ciao ciao,
Silvia""",
     "tu, 'Ciao ciao' and first name to a formal key client"),

    # 7: reschedule, formal, regular -- 2 good, 2 bad
    (7, "good", None, "Verifica trimestrale del magazzino",
     """Gentile Dottoressa Fumagalletti,

devo purtroppo spostare la verifica trimestrale del magazzino di mercoledì 9 dicembre alle 8:30. Mi scuso per il cambiamento.

Potremmo vederci venerdì 18 dicembre alle 8:30? Se non Le è comodo, mi indichi Lei un'alternativa.

Cordiali saluti,
Andrea Scaramuzzola""",
     "standard apology, one option, client may counter"),
    (7, "good", None, "Nuova data per la verifica",
     """Gentile Dottoressa,

come da accordi, Le confermo che la verifica trimestrale del magazzino non si terrà mercoledì 9 dicembre alle 8:30. La sposterei a venerdì 18 dicembre alle 8:30, stessa ora.

Grazie della disponibilità,
Andrea Scaramuzzola""",
     "'come da accordi' used neutrally; short"),
    (7, "bad", "blame", "Verifica trimestrale del magazzino",
     """Gentile Dottoressa Fumagalletti,

sono costretto a spostare la verifica trimestrale del magazzino di mercoledì 9 dicembre alle 8:30 a venerdì 18 dicembre alle 8:30. Con gli inventari che il Suo ufficio ci ha mandato incompleti, non avrebbe avuto senso presentarsi.

Resto in attesa di conferma.

Andrea Scaramuzzola""",
     "sender's move blamed on the client's office"),
    (7, "bad", "passive_aggression", "R: Verifica trimestrale del magazzino",
     """Gentile Dottoressa Fumagalletti,

come già anticipato nella mia precedente, che forse Le è sfuggita, la verifica trimestrale del magazzino di mercoledì 9 dicembre alle 8:30 va spostata.

La data proposta resta venerdì 18 dicembre alle 8:30. Gradirei questa volta un cenno di conferma.

Cordiali saluti,
Andrea Scaramuzzola""",
     "'come già anticipato', 'che forse Le è sfuggita', 'questa volta'"),
]
