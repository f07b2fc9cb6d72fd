"""Held-out tone cases v15, Italian (issue 15): SITS by number, CASES as (situation, label, flaw, subject, body, note)."""

SITS = {
    1: {"intent": "switch_to_call", "recipient_name": "Ing. Corrado Tarabusi", "sender_name": "Ludovica Tresoldi",
        "tone": "formal", "relationship": "key", "meeting": "riunione sul rinnovo della polizza flotte",
        "meeting_time": "martedì 15 dicembre alle 10:30"},
    2: {"intent": "late_cancellation", "recipient_name": "Serena Bonacorsi", "sender_name": "Matteo Ghislanzoni",
        "tone": "friendly", "relationship": "regular", "meeting": "lezione di violoncello",
        "meeting_time": "giovedì 3 dicembre alle 17:00", "policy": {"notice_hours": 24, "fee_percent": 50}},
    3: {"intent": "cancellation_policy", "recipient_name": "Sig. Rodolfo Zambelletti", "sender_name": "Agnese Caporossi",
        "tone": "formal", "relationship": "new", "policy": {"notice_hours": 72, "deposit_percent": 20}},
    4: {"intent": "switch_to_email", "recipient_name": "Giulia Marchesotti", "sender_name": "Pietro Albertazzi",
        "tone": "friendly", "relationship": "key", "meeting": "incontro per il menù del matrimonio",
        "meeting_time": "venerdì 11 dicembre alle 15:00"},
    5: {"intent": "delegate", "recipient_name": "Sig.ra Teresa Buonamici", "sender_name": "Cesare Lanfranconi",
        "tone": "formal", "relationship": "regular", "meeting": "sopralluogo per il rifacimento della mansarda",
        "meeting_time": "mercoledì 16 dicembre alle 9:00", "colleague_name": "Fabrizio Cuccodoro"},
    6: {"intent": "decline", "recipient_name": "Martina Ferrabosco", "sender_name": "Elia Pizzimenti",
        "tone": "friendly", "relationship": "new", "meeting": "presentazione del corso di fotografia",
        "meeting_time": "lunedì 14 dicembre alle 18:30"},
}

CASES = [
    (1, "good", None, "Riunione del 15 dicembre: proposta di telefonata",
     """Gentile Ingegnere,

per la riunione sul rinnovo della polizza flotte di martedì 15 dicembre alle 10:30 Le proporrei, se per Lei va bene, di sentirci al telefono anziché vederci in ufficio: i punti aperti sono pochi e così Le risparmio lo spostamento.

La chiamo io all'orario previsto, salvo diversa indicazione.

Cordiali saluti,
Ludovica Tresoldi""", "courteous switch with a reason that serves the client"),
    (1, "good", None, "Rinnovo polizza flotte",
     """Gentile Ing. Tarabusi,

Le confermo la riunione sul rinnovo della polizza flotte di martedì 15 dicembre alle 10:30, ma in forma telefonica. Mi scuso per il cambio di formato e resto a disposizione.

Un cordiale saluto,
Ludovica Tresoldi""", "two lines, formal, apology included"),
    (1, "bad", "over_familiarity", "Ci sentiamo per telefono?",
     """Caro Corrado,

martedì 15 dicembre alle 10:30 facciamo la riunione sul rinnovo della polizza flotte al telefono, dai, che in ufficio è un delirio! Tanto ormai ci conosciamo, due chiacchiere e chiudiamo tutto. Un abbraccione,

Ludo""", "key formal client: first name, 'dai', 'abbraccione', nickname signature"),
    (1, "bad", "passive_aggression", "Riunione sul rinnovo della polizza flotte",
     """Gentile Ing. Tarabusi,

la riunione sul rinnovo della polizza flotte di martedì 15 dicembre alle 10:30 si terrà per telefono.

Riprendo quanto Le scrivevo il mese scorso, forse in un periodo di grande lavoro: sarebbe opportuno ricevere prima l'elenco aggiornato dei veicoli. Confido che questa volta ci arriverà per tempo.

Cordiali saluti,
Ludovica Tresoldi""", "'riprendo quanto Le scrivevo … forse in un periodo di grande lavoro', 'questa volta', 'confido' after a neutral line"),

    (2, "good", None, "Lezione di giovedì",
     """Ciao Serena,

mi dispiace che tu non sia riuscita a venire alla lezione di violoncello di giovedì 3 dicembre alle 17:00. Visto che l'annullamento è arrivato con meno di 24 ore di preavviso, ti addebito il 50% della lezione, come da accordi.

Ci vediamo la prossima settimana, porta pure le scale nuove!

Matteo""", "friendly, fee stated plainly with 'come da accordi'"),
    (2, "good", None, "Giovedì scorso",
     """Ciao Serena,

ti ricordo che per gli annullamenti con meno di 24 ore di anticipo la regola prevede il 50%: vale anche per la lezione di violoncello di giovedì 3 dicembre alle 17:00. Capita a tutti, nessun problema. A presto!

Matteo""", "'ti ricordo' used kindly; firm and warm"),
    (2, "bad", "mock_enthusiasm", "Che bella notizia!",
     """Ciao Serena!!

Ma che sorpresa meravigliosa ricevere il tuo messaggio un'ora prima della lezione di violoncello di giovedì 3 dicembre alle 17:00! Adoro improvvisare il pomeriggio, davvero! Ovviamente scatta il 50% previsto sotto le 24 ore, ma figurati, è stato un piacere.

Matteo""", "mock enthusiasm about the late cancellation"),
    (2, "bad", "passive_aggression", "Lezione di violoncello",
     """Ciao Serena,

nessun problema per la lezione di violoncello di giovedì 3 dicembre alle 17:00. Io ero già in sala con lo strumento accordato, ho aspettato un po' e poi sono tornato a casa, ma non importa. Come sai sotto le 24 ore si paga il 50%.

Non preoccuparti per me, davvero.

Matteo""", "guilt trip under 'nessun problema' and 'non preoccuparti per me'"),
    (2, "bad", "condescension", "A proposito di giovedì",
     """Ciao Serena,

per la lezione di violoncello di giovedì 3 dicembre alle 17:00 ti addebito il 50%, visto che hai disdetto con meno di 24 ore.

Lo dico per te: lo studio di uno strumento richiede costanza, e la costanza passa anche dal rispettare gli impegni presi. È una cosa che molti adulti che iniziano tardi faticano a capire.

Matteo""", "moralising lecture about discipline to a regular adult pupil"),

    (3, "good", None, "Le nostre condizioni di prenotazione",
     """Gentile Sig. Zambelletti,

La ringrazio per averci scelto. Prima della conferma Le riassumo le nostre condizioni: all'atto della prenotazione è richiesto un acconto del 20%, e le disdette sono gratuite fino a 72 ore prima dell'appuntamento.

Resto a disposizione per qualsiasi chiarimento.

Cordiali saluti,
Agnese Caporossi""", "clear policy, welcoming"),
    (3, "good", None, "Condizioni",
     """Gentile Sig. Zambelletti,

Le segnalo che per confermare l'appuntamento chiediamo un acconto del 20%. Le disdette vanno comunicate con almeno 72 ore di anticipo; oltre quel termine l'acconto non è rimborsabile.

Cordiali saluti,
Agnese Caporossi""", "firm, short policy statement to a new client; no warmth needed to be polite"),
    (3, "good", None, "Benvenuto e due informazioni pratiche",
     """Gentile Sig. Zambelletti,

benvenuto! Due informazioni pratiche prima di cominciare:
- acconto del 20% alla prenotazione;
- disdetta gratuita fino a 72 ore prima.

Purtroppo non possiamo fare eccezioni, perché gli orari vengono riservati solo per Lei. Per qualsiasi dubbio mi scriva pure.

Un cordiale saluto,
Agnese Caporossi""", "list style, 'purtroppo non possiamo fare eccezioni' explained politely"),
    (3, "bad", "hostile", "Condizioni di prenotazione",
     """Gentile Sig. Zambelletti,

Le ricordo che è richiesto un acconto del 20% e che le disdette vanno comunicate con 72 ore di anticipo.

Preciso sin d'ora che in passato abbiamo dovuto affidare alcune posizioni al nostro ufficio legale: confido che con Lei non sarà necessario.

Agnese Caporossi""", "veiled legal threat to a new client who has done nothing"),

    (4, "good", None, "Menù del matrimonio: ci organizziamo via mail?",
     """Ciao Giulia,

per l'incontro per il menù del matrimonio di venerdì 11 dicembre alle 15:00 ti andrebbe di fare tutto via mail? Ti mando stasera le tre proposte con i prezzi, così le guardi con calma insieme a Luca e mi dici cosa vi ispira. Se poi preferite assaggiare, troviamo un momento.

Un abbraccio,
Pietro""", "friendly key client, switch framed as easier for her"),
    (4, "bad", "coldness", "Incontro dell'11 dicembre",
     """Buongiorno,

l'incontro per il menù del matrimonio di venerdì 11 dicembre alle 15:00 è annullato. Le proposte verranno inviate per email.

Saluti,
Pietro Albertazzi""", "friendly key client gets a flat notice, 'annullato', no warmth"),
    (4, "bad", "wrong_register", "Comunicazione relativa all'incontro",
     """Gentilissima Sig.ra Marchesotti,

con la presente Le comunico che l'incontro per il menù del matrimonio di venerdì 11 dicembre alle 15:00 sarà sostituito da uno scambio di corrispondenza elettronica. Voglia cortesemente prendere visione delle proposte che Le saranno inoltrate.

Distinti saluti,
Pietro Albertazzi""", "Lei and officialese ('con la presente', 'voglia cortesemente') in a friendly note to a bride"),

    (5, "good", None, "Sopralluogo del 16 dicembre",
     """Gentile Sig.ra Buonamici,

purtroppo mercoledì 16 dicembre alle 9:00 non potrò essere presente al sopralluogo per il rifacimento della mansarda. Verrà al mio posto il mio collega Fabrizio Cuccodoro, che ha già visto le foto e le misure che ci ha mandato.

Mi scuso per il cambio e La saluto cordialmente,
Cesare Lanfranconi""", "plain handover with apology"),
    (5, "good", None, "Sopralluogo bagno",
     """Gentile Signora,

il sopralluogo per il rifacimento della mansarda resta confermato per mercoledì 16 dicembre alle 9:00; lo farà Fabrizio Cuccodoro al posto mio. Per qualsiasi cosa può chiamare direttamente lui o me.

Cordiali saluti,
Cesare Lanfranconi""", "short, firm, helpful"),
    (5, "bad", "blame", "Cambio tecnico",
     """Gentile Sig.ra Buonamici,

al sopralluogo per il rifacimento della mansarda di mercoledì 16 dicembre alle 9:00 andrà Fabrizio Cuccodoro. Avendo Lei spostato l'appuntamento già due volte, non è stato più possibile farlo coincidere con la mia agenda.

Cordiali saluti,
Cesare Lanfranconi""", "blames the client with a history the situation does not state"),
    (5, "bad", "sarcasm", "Sopralluogo",
     """Gentile Sig.ra Buonamici,

Le scrivo per informarLa che mercoledì 16 dicembre alle 9:00 il sopralluogo per il rifacimento della mansarda lo farà il mio collega Fabrizio Cuccodoro. Vedrà, è bravissimo: sa persino misurare le piastrelle senza farsi spiegare dal cliente come si fa.

Cordiali saluti,
Cesare Lanfranconi""", "sarcastic jab at the client's past interference, mid-mail"),

    (6, "good", None, "Presentazione del corso",
     """Ciao Martina,

grazie per l'interesse! Purtroppo lunedì 14 dicembre alle 18:30 non riesco a tenere la presentazione del corso di fotografia. Ti scriverò appena fisso la prossima data, così potrai venire.

A presto,
Elia""", "friendly decline to a new contact"),
    (6, "good", None, "Lunedì 14",
     """Ciao Martina,

ti devo dire di no per lunedì 14 dicembre alle 18:30: la presentazione del corso di fotografia non si farà. Mi spiace, spero di conoscerti presto.

Elia""", "very short, plain no, warm"),
    (6, "bad", "grovelling", "Scusami tantissimo",
     """Ciao Martina,

non so davvero come scusarmi, mi sento malissimo a scriverti questo messaggio. La presentazione del corso di fotografia di lunedì 14 dicembre alle 18:30 non si terrà e capisco benissimo se non vorrai più sentirne parlare. Ti chiedo perdono mille volte, spero che potrai scusarmi.

Elia""", "abject apology out of all proportion"),
    (6, "bad", "bureaucratic_distance", "Annullamento evento",
     """Gentile utente,

si comunica che la presentazione del corso di fotografia prevista per lunedì 14 dicembre alle 18:30 non avrà luogo. Eventuali aggiornamenti saranno pubblicati secondo le consuete modalità.

La Direzione
Elia Pizzimenti""", "'gentile utente', impersonal 'si comunica' in a friendly mail"),
]
