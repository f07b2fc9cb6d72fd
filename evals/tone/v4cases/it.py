"""Italian v4 tone cases: SITS (situation fields without id/language) and CASES (sit, label, flaw, subject, body, note)."""

SITS = {
    1: {"intent": "shorten", "recipient_name": "Dott.ssa Giulia Ferraresi", "sender_name": "Marco Bellini", "tone": "formal",
        "relationship": "key", "meeting": "revisione del piano marketing 2027", "meeting_time": "martedì 15 dicembre alle 14:00",
        "duration_minutes": 30, "reason": "devo essere in aeroporto alle 16"},
    2: {"intent": "reschedule", "recipient_name": "Chiara Esposito", "sender_name": "Davide Russo", "tone": "friendly",
        "relationship": "regular", "meeting": "lezione di chitarra", "meeting_time": "giovedì 10 dicembre alle 18",
        "reason": "ho la febbre", "proposed_times": ["lunedì 14 dicembre alle 18"]},
    3: {"intent": "no_show_followup", "recipient_name": "Sig.ra Paola Conti", "sender_name": "Elena Marini", "tone": "formal",
        "relationship": "new", "meeting": "visita di controllo", "meeting_time": "mercoledì 2 dicembre alle 11:30",
        "policy": {"fee_percent": 100}},
    4: {"intent": "decline", "recipient_name": "Roberto Galli", "sender_name": "Silvia Mancini", "tone": "friendly",
        "relationship": "key", "meeting": "cena di gala della fondazione", "meeting_time": "venerdì 18 dicembre alle 20:00",
        "reason": "sono già impegnata con un altro evento quella sera"},
    5: {"intent": "switch_to_call", "recipient_name": "Ing. Lorenzo Fabbri", "sender_name": "Federica Greco", "tone": "formal",
        "relationship": "regular", "meeting": "sopralluogo al cantiere di Bergamo", "meeting_time": "lunedì 14 dicembre alle 9:00",
        "reason": "le verifiche rimaste riguardano solo i documenti"},
    6: {"intent": "delegate", "recipient_name": "Martina Ricci", "sender_name": "Andrea Colombo", "tone": "friendly",
        "relationship": "new", "meeting": "kick-off del nuovo sito e-commerce", "meeting_time": "mercoledì 9 dicembre alle 10:30",
        "colleague_name": "Valentina Serra", "reason": "questa settimana sono bloccato su un altro lancio"},
    7: {"intent": "late_cancellation", "recipient_name": "Francesca Moretti", "sender_name": "Giorgia Villa", "tone": "friendly",
        "relationship": "key", "meeting": "piega e colore", "meeting_time": "venerdì 4 dicembre alle 16:00",
        "policy": {"notice_hours": 24, "fee_percent": 30}},
    8: {"intent": "cancellation_policy", "recipient_name": "Avv. Stefano Rinaldi", "sender_name": "Laura Gentile", "tone": "formal",
        "relationship": "regular", "meeting": "consulenza fiscale annuale", "meeting_time": "martedì 22 dicembre alle 10:00",
        "policy": {"notice_hours": 72, "fee_percent": 50}},
}

CASES = [
    (1, "good", None, "Revisione del piano marketing 2027: 30 minuti", """
Gentile Dottoressa Ferraresi,

martedì 15 dicembre devo essere in aeroporto alle 16: le chiederei quindi di ridurre a 30 minuti la revisione del piano marketing 2027, sempre alle 14:00. Le mando in mattinata i tre punti su cui mi serve la sua decisione, così andiamo dritti al sodo.

Cordiali saluti,
Marco Bellini
""", "formal, concrete, makes the short slot useful"),
    (1, "bad", "passive_aggression", "R: Revisione piano marketing", """
Gentile Dottoressa Ferraresi,

come già detto, e ripetuto anche nel messaggio di ieri, martedì 15 dicembre devo essere in aeroporto alle 16. La revisione del piano marketing 2027 delle 14:00 durerà quindi 30 minuti, come d'altronde avrebbe potuto dedurre da sola.

Confido che stavolta il messaggio arrivi.

Saluti,
Marco Bellini
""", "'come già detto, e ripetuto', 'avrebbe potuto dedurre da sola', 'stavolta'"),
    (1, "bad", "coldness", "Durata riunione", """
Dott.ssa Ferraresi,

revisione del piano marketing 2027, martedì 15 dicembre alle 14:00: durata 30 minuti. Motivo: devo essere in aeroporto alle 16.

Marco Bellini
""", "telegraphic, no greeting or courtesy to a key client"),
    (2, "good", None, "Lezione di giovedì", """
Ciao Chiara,

ho la febbre, quindi giovedì 10 dicembre alle 18 niente lezione di chitarra, mi spiace. Recuperiamo lunedì 14 dicembre alle 18? Intanto ripassa il giro di do, che sta venendo benissimo!

A presto,
Davide
""", "friendly, warm, a personal touch"),
    (2, "bad", "grovelling", "Scusami tantissimo!!", """
Ciao Chiara,

ti chiedo scusa in ginocchio, mi sento un disastro: ho la febbre e giovedì 10 dicembre alle 18 non riesco a fare la lezione di chitarra. So che è imperdonabile e che meriteresti un insegnante più affidabile. Se ti andasse bene lunedì 14 dicembre alle 18 te ne sarei eternamente grato, ma capirei anche se non volessi più vedermi.

Ancora mille scuse,
Davide
""", "self-abasement for a fever"),
    (2, "bad", "mock_enthusiasm", "Notizia fantastica!!!", """
Ciao Chiara!!!

Indovina? Ho la febbre! Evviva!!! Quindi la lezione di chitarra di giovedì 10 dicembre alle 18 salta, che meraviglia! Lunedì 14 dicembre alle 18 andrà benissimo, sarà STUPENDO, non vedo l'ora!!!

Davide
""", "celebrating bad news, forced cheer"),
    (3, "good", None, "La visita di controllo del 2 dicembre", """
Gentile Signora Conti,

mercoledì 2 dicembre alle 11:30 la aspettavamo per la visita di controllo, ma non l'abbiamo vista arrivare. Spero non sia successo nulla di grave. Come indicato al momento della prenotazione, per gli appuntamenti non disdetti addebitiamo l'intero costo della visita.

Se desidera fissare una nuova data, mi chiami o mi risponda pure a questa e-mail.

Cordiali saluti,
Elena Marini
""", "concern first, fee stated plainly ('l'intero costo' = 100 %)"),
    (3, "bad", "bureaucratic_distance", "Comunicazione relativa a mancata presentazione", """
Egregia Sig.ra Conti,

con la presente si comunica che in data mercoledì 2 dicembre alle 11:30 risulta la mancata presentazione della S.V. alla visita di controllo. Ai sensi delle condizioni vigenti, si procederà all'addebito del 100 % della prestazione.

Distinti saluti.
Elena Marini
""", "impersonal 'con la presente si comunica', 'la S.V.' to a new patient"),
    (3, "bad", "sarcasm", "Ci siamo persi?", """
Gentile Signora Conti,

la visita di controllo di mercoledì 2 dicembre alle 11:30 deve esserle proprio sfuggita di mente, capita a tutti di dimenticare la propria salute. Per fortuna il 100 % della tariffa non se lo dimentica nessuno: le arriverà la fattura.

Cordiali saluti,
Elena Marini
""", "sarcastic jab about forgetting one's health, gloating about the fee"),
    (4, "good", None, "Cena di gala del 18", """
Caro Roberto,

grazie di cuore per l'invito alla cena di gala della fondazione di venerdì 18 dicembre alle 20:00. Purtroppo quella sera sono già impegnata con un altro evento e non riesco a esserci. Brindate anche per me!

Un abbraccio,
Silvia
""", "warm, short, no pretended call offer for an event"),
    (4, "bad", "over_familiarity", "Robertino!!", """
Robertino mio!!!

Alla cena di gala della fondazione di venerdì 18 dicembre alle 20:00 non vengo, sono già impegnata con un altro evento quella sera 😜 Ma tanto lo so che senza di me vi annoiate a morte, eh? Ti mando un bacione enorme, tesoro!

La tua Silvia
""", "pet names, 'tesoro', 'bacione' to a key client"),
    (4, "bad", "coldness", "Cena 18/12", """
Roberto,

non partecipo alla cena di gala della fondazione del 18 dicembre alle 20:00. Sono già impegnata con un altro evento quella sera.

S. Mancini
""", "no thanks for the invitation, curt to a key client with whom one is friendly"),
    (5, "good", None, "Sopralluogo di lunedì: basta una telefonata?", """
Gentile Ingegner Fabbri,

le verifiche rimaste riguardano solo i documenti: le propongo quindi di sostituire il sopralluogo al cantiere di Bergamo di lunedì 14 dicembre alle 9:00 con una telefonata alla stessa ora. Le risparmierebbe il viaggio.

Cordiali saluti,
Federica Greco
""", "formal, short, clear benefit"),
    (5, "good", None, "Lunedì 14 dicembre", """
Gentile Ing. Fabbri,

visto che le verifiche rimaste riguardano solo i documenti, le andrebbe bene sentirci al telefono lunedì 14 dicembre alle 9:00 invece di fare il sopralluogo al cantiere di Bergamo? Se invece preferisce vedere il cantiere di persona, nessun problema: manteniamo il sopralluogo.

Un cordiale saluto,
Federica Greco
""", "leaves the choice to the client"),
    (5, "bad", "condescension", "Sopralluogo – chiarimento", """
Gentile Ing. Fabbri,

provo a spiegarlo in modo semplice: le verifiche rimaste riguardano solo i documenti, e i documenti, come saprà, si possono leggere anche senza andare in cantiere. Quindi il sopralluogo al cantiere di Bergamo di lunedì 14 dicembre alle 9:00 diventa una telefonata. Non è difficile, vedrà.

Saluti,
Federica Greco
""", "'provo a spiegarlo in modo semplice', 'non è difficile, vedrà'"),
    (6, "good", None, "Kick-off di mercoledì con Valentina", """
Ciao Martina,

questa settimana sono bloccato su un altro lancio, quindi il kick-off del nuovo sito e-commerce di mercoledì 9 dicembre alle 10:30 lo farai con Valentina Serra, la nostra project manager. È bravissima a mettere ordine nelle idee all'inizio di un progetto: sei in ottime mani.

Buon lavoro e a presto,
Andrea
""", "friendly to a new client, reassuring about the colleague"),
    (6, "good", None, "Il tuo kick-off", """
Ciao Martina,

piccolo cambio: mercoledì 9 dicembre alle 10:30 il kick-off del nuovo sito e-commerce lo guiderà Valentina Serra, perché io questa settimana sono bloccato su un altro lancio. Ti scriverà lei oggi per presentarsi.

Grazie della pazienza,
Andrea
""", "short, concrete next step"),
    (6, "bad", "blame", "Kick-off e-commerce", """
Ciao Martina,

se il brief fosse arrivato in tempo non saremmo a questo punto, ma tant'è: questa settimana sono bloccato su un altro lancio e il kick-off del nuovo sito e-commerce di mercoledì 9 dicembre alle 10:30 lo farà Valentina Serra. Vedi di mandarle tutto prima, stavolta.

Andrea
""", "blames the new client for the delegation, 'vedi di … stavolta'"),
    (7, "good", None, "Piega e colore di venerdì", """
Ciao Francesca,

peccato per venerdì 4 dicembre alle 16:00, ti avevo tenuto da parte il pomeriggio per piega e colore! Come sai, per le disdette arrivate con meno di 24 ore di anticipo applichiamo il 30 %: lo aggiungo al prossimo appuntamento. Quando vuoi rifissare?

Un abbraccio,
Giorgia
""", "warm with a key client, fee stated lightly but clearly"),
    (7, "bad", "passive_aggression", "Venerdì…", """
Ciao Francesca,

come ti avevo già ricordato più di una volta, e come è scritto anche sul cartello alla cassa (non so se l'hai mai notato), le disdette con meno di 24 ore di anticipo costano il 30 %. Quindi per piega e colore di venerdì 4 dicembre alle 16:00 ti addebito il 30 %. Nessun problema, eh. Figurati.

Giorgia
""", "'come ti avevo già ricordato più di una volta', 'nessun problema, eh. Figurati.'"),
    (7, "good", None, "Venerdì 4 dicembre", """
Ciao Francesca,

tutto bene? Ho visto il tuo messaggio per piega e colore di venerdì 4 dicembre alle 16:00. Purtroppo è arrivato con meno di 24 ore di anticipo, quindi devo applicare il 30 %, come per tutte le clienti. Ti tengo un posto quando vuoi: scrivimi tu.

A presto,
Giorgia
""", "warm and firm with a key client, invites her to rebook"),
    (8, "good", None, "Consulenza fiscale del 22 dicembre: condizioni", """
Gentile Avvocato Rinaldi,

in vista della consulenza fiscale annuale di martedì 22 dicembre alle 10:00, le ricordo le nostre condizioni: la disdetta è gratuita fino a 72 ore prima; oltre questo termine addebitiamo il 50 % della tariffa.

Resto a disposizione per qualsiasi domanda.

Cordiali saluti,
Laura Gentile
""", "formal, neutral, complete"),
    (8, "good", None, "Promemoria per martedì 22 dicembre", """
Gentile Avv. Rinaldi,

le confermo con piacere la consulenza fiscale annuale di martedì 22 dicembre alle 10:00. Una sola nota pratica: se dovesse disdire, la preghiamo di farlo almeno 72 ore prima; in caso contrario è dovuto il 50 % dell'onorario.

A presto,
Laura Gentile
""", "confirmation first, policy as a practical note"),
    (8, "bad", "coldness", "Condizioni di disdetta", """
Avv. Rinaldi,

consulenza fiscale annuale: martedì 22 dicembre alle 10:00. Disdetta: minimo 72 ore. Altrimenti: 50 %. Non sono previste eccezioni.

L. Gentile
""", "list-like, 'non sono previste eccezioni', no greeting courtesy to a regular client"),
]
