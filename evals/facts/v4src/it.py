"""Italian v4 records, each written out by hand (held out). (today, record) pairs."""

from __future__ import annotations

from v2src._rec import S, bad, ok

A, B, C, D, E = "2026-12-10", "2027-02-09", "2027-04-21", "2027-06-24", "2027-10-05"
L = "it"

RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S(L, "reschedule", "Dott.ssa Ludovica Santoro", "Filippo Ardizzone", "formal", "key",
             meeting="Riunione sul bilancio consolidato", at="martedì 15 dicembre alle 11:00",
             props=["giovedì 17 dicembre alle 15:00", "venerdì 18 dicembre alle 9:30"],
             reason="un'ispezione della Guardia di Finanza"),
           "Riunione sul bilancio consolidato: nuove date",
           """
Gentile Dottoressa Santoro,

a causa di un'ispezione della Guardia di Finanza non potrò tenere la riunione sul bilancio consolidato di martedì 15 dicembre alle 11.

Le propongo in alternativa giovedì 17 alle 15 oppure venerdì 18 alle 9.30. Mi faccia sapere quale preferisce.

Cordiali saluti,
Filippo Ardizzone
""", "correct: 'Gentile Dottoressa Santoro', 'alle 11', 'giovedì 17 alle 15', 'alle 9.30'")),
    (B, ok(S(L, "reschedule", "Tommaso Guidetti", "Arianna Loffredo", "friendly", "regular",
             meeting="Prova del menù per il catering", at="giovedì 11 febbraio alle 12:30",
             props=["martedì 16 febbraio alle 12:30"], reason="il forno del laboratorio è rotto"),
           "Prova del menù: slittiamo a martedì?",
           """
Ciao Tommaso,

ci si è rotto il forno del laboratorio e giovedì non riusciamo a preparare la prova del menù per il catering. Che ne dici di martedì 16, sempre a mezzogiorno e mezza?

Un abbraccio,
Arianna
""", "correct: 12:30 as 'mezzogiorno e mezza', 'sempre', first-name greeting")),
    (C, ok(S(L, "reschedule", "Avv. Corrado Benedetti", "Serena Mastrangelo", "formal", "new",
             meeting="Incontro per la successione Ferraresi", at="lunedì 26 aprile alle 16:00",
             props=["mercoledì 5 maggio alle 10:00"], reason="un'udienza spostata all'ultimo momento"),
           "Incontro per la successione Ferraresi",
           """
Egregio Avvocato,

un'udienza spostata all'ultimo momento mi impedisce di essere presente all'incontro per la successione Ferraresi di lunedì 26 aprile alle 16.

Le proporrei mercoledì 5 maggio alle ore 10, se per Lei va bene.

Distinti saluti,
Serena Mastrangelo
""", "correct: 'Egregio Avvocato', 'alle ore 10'")),
    (D, ok(S(L, "reschedule", "Ginevra Pellicano", "Matteo Rinaldini", "formal", "regular",
             meeting="Sopralluogo nel capannone di Fidenza", at="martedì 29 giugno alle 9:00",
             props=["giovedì 1 luglio alle 14:00", "venerdì 2 luglio alle 9:00"], reason="lo sciopero dei treni"),
           "Sopralluogo di Fidenza: due alternative",
           """
Gentile Signora Pellicano,

per via dello sciopero dei treni non riuscirò ad arrivare a Fidenza martedì mattina per il sopralluogo nel capannone.

Potremmo spostarlo a giovedì 1° luglio alle 14 o a venerdì 2 luglio alle 9. Attendo un Suo cenno.

Cordialmente,
Matteo Rinaldini
""", "correct: 'Gentile Signora Pellicano', 'giovedì 1° luglio alle 14', 'martedì mattina'")),
    (E, ok(S(L, "decline", "Orazio Lamberti", "Chiara Vitiello", "formal", "new",
             meeting="Presentazione della piattaforma di e-learning", at="martedì 12 ottobre alle 15:00",
             reason="abbiamo appena scelto un altro fornitore"),
           "Presentazione del 12 ottobre",
           """
Gentile Signor Lamberti,

La ringrazio per l'invito alla presentazione della piattaforma di e-learning di martedì 12 ottobre. Abbiamo però appena scelto un altro fornitore, e non vorrei farLe perdere tempo.

Resto a disposizione per future occasioni.

Cordiali saluti,
Chiara Vitiello
""", "correct: 'Gentile Signor Lamberti', reason paraphrased")),
    (A, ok(S(L, "decline", "Pietro Scognamiglio", "Marta Zanella", "friendly", "key",
             meeting="Cena di Natale con i fornitori", at="lunedì 21 dicembre alle 20:00",
             reason="sarò dai miei genitori a Lecce"),
           "Cena di Natale",
           """
Caro Pietro,

che peccato! Lunedì 21 sarò dai miei a Lecce e non riuscirò a venire alla cena di Natale con i fornitori. Mille auguri a tutti e fatemi due foto!

A presto,
Marta
""", "correct: idioms 'mille auguri', 'due foto'; reason paraphrased")),
    (B, ok(S(L, "shorten", "Ing. Valerio Cassano", "Beatrice Pozzi", "formal", "regular",
             meeting="Revisione del progetto impiantistico", at="mercoledì 17 febbraio alle 14:00",
             dur=45, reason="un collaudo nel tardo pomeriggio"),
           "Revisione del progetto impiantistico: durata ridotta",
           """
Gentile Ingegnere,

avendo un collaudo nel tardo pomeriggio, Le chiederei di contenere la revisione del progetto impiantistico di mercoledì alle 14 in tre quarti d'ora.

Grazie per la comprensione.

Cordiali saluti,
Beatrice Pozzi
""", "correct: 'Gentile Ingegnere', 45 min as 'tre quarti d'ora'")),
    (D, ok(S(L, "shorten", "Noemi Carbone", "Davide Fumagalli", "friendly", "regular",
             meeting="Riunione di redazione del numero estivo", at="lunedì 28 giugno alle 10:00",
             dur=30, reason="devo chiudere le bozze entro mezzogiorno"),
           "Riunione di lunedì: mezz'ora?",
           """
Ciao Noemi,

lunedì devo chiudere le bozze entro mezzogiorno: facciamo la riunione di redazione del numero estivo in mezz'ora, sempre alle 10? Ci mettiamo d'accordo in quattro e quattr'otto.

Grazie!
Davide
""", "correct: 30 min as 'mezz'ora', idiom 'in quattro e quattr'otto', 'mezzogiorno' from the reason")),
    (C, ok(S(L, "switch_to_call", "Rosalba Ingrassia", "Federico Oddone", "formal", "key",
             meeting="Incontro annuale a Palermo", at="venerdì 30 aprile alle 11:00",
             reason="i voli cancellati per maltempo"),
           "Incontro del 30 aprile: in videochiamata?",
           """
Gentile Signora Ingrassia,

purtroppo i voli per Palermo sono stati cancellati per il maltempo. Le andrebbe di tenere comunque il nostro incontro annuale in videochiamata, venerdì 30 aprile alle 11?

Con i migliori saluti,
Federico Oddone
""", "correct: 'Gentile Signora Ingrassia', same time kept, Palermo from the meeting")),
    (E, ok(S(L, "switch_to_call", "Jacopo Morandi", "Elisa Capuano", "friendly", "new",
             meeting="Caffè per conoscerci", at="giovedì 7 ottobre alle 9:00",
             props=["giovedì 7 ottobre alle 9:30"], reason="sono bloccata a casa con il raffreddore"),
           "Caffè di giovedì",
           """
Ciao Jacopo,

sono a casa con un brutto raffreddore: invece del caffè ci sentiamo per telefono giovedì, magari alle 9 e mezza invece che alle 9?

A giovedì,
Elisa
""", "correct: '9 e mezza' for 9:30, old time 9 named as the old one")),
    (A, ok(S(L, "switch_to_email", "Rag. Cesare Bonfanti", "Irene Quaglia", "formal", "regular",
             meeting="Incontro per la chiusura contabile", at="mercoledì 16 dicembre alle 10:00",
             reason="mancano solo due firme"),
           "Chiusura contabile: procediamo per e-mail",
           """
Gentile Ragionier Bonfanti,

per la chiusura contabile mancano soltanto due firme: Le propongo di gestire tutto per e-mail, senza vederci mercoledì 16 dicembre. Le invio oggi stesso i documenti da firmare.

Cordiali saluti,
Irene Quaglia
""", "correct: 'Ragionier Bonfanti' for Rag. Cesare Bonfanti, 'due firme' from the reason")),
    (D, ok(S(L, "switch_to_email", "Gaia Trevisan", "Nicolò Battaglia", "friendly", "regular",
             meeting="Brainstorming per il nuovo logo", at="mercoledì 30 giugno alle 15:00",
             props=["mercoledì 7 luglio alle 15:00"], reason="siamo tutti in ferie a turno"),
           "Logo: idee per e-mail",
           """
Ciao Gaia,

con le ferie a turno è un delirio trovarsi: che ne dici di raccogliere le idee per il nuovo logo via e-mail? Se serve, ne parliamo a voce mercoledì 7 luglio alle 15.

Buona giornata!
Nicolò
""", "correct: follow-up time as given")),
    (B, ok(S(L, "delegate", "Prof. Umberto Salvini", "Giorgia Ferrante", "formal", "key",
             meeting="Comitato scientifico del convegno", at="venerdì 26 febbraio alle 14:30",
             col="Dott. Alessio Rota", reason="sarò in missione all'estero"),
           "Comitato scientifico: mi sostituirà il Dott. Rota",
           """
Gentile Professore,

essendo in missione all'estero, non potrò partecipare al comitato scientifico del convegno di venerdì 26 febbraio alle 14.30. Mi sostituirà il Dott. Rota, che segue con me il programma.

Con i migliori saluti,
Giorgia Ferrante
""", "correct: 'Gentile Professore', colleague as 'Dott. Rota'")),
    (C, ok(S(L, "delegate", "Carlotta Esposito", "Riccardo Melis", "friendly", "regular",
             meeting="Prova costumi dello spettacolo", at="martedì 27 aprile alle 17:00",
             col="Vanessa Dore", reason="una trasferta a Cagliari"),
           "Prova costumi: c'è Vanessa",
           """
Ciao Carlotta,

martedì sono in trasferta a Cagliari, quindi alla prova costumi dello spettacolo delle 17 ci sarà Vanessa. Sa già tutto, tranquilla.

Un abbraccio,
Riccardo
""", "correct: colleague by first name only")),
    (E, ok(S(L, "no_show_followup", "Sig. Ettore Gallo", "Lucia Ferraro", "formal", "regular",
             meeting="Visita dell'appartamento in via Mazzini", at="lunedì 4 ottobre alle 18:00",
             props=["venerdì 8 ottobre alle 18:00"]),
           "Visita di ieri in via Mazzini",
           """
Gentile Signor Gallo,

ieri alle 18 L'ho attesa per la visita dell'appartamento in via Mazzini. Spero che non Le sia successo nulla.

Se è ancora interessato, possiamo vederci venerdì 8 ottobre alla stessa ora.

Cordiali saluti,
Lucia Ferraro
""", "correct: 'ieri alle 18' (today Tue 5, meeting Mon 4), 'alla stessa ora'")),
    (B, ok(S(L, "no_show_followup", "Emanuele Pagano", "Sara Lombardo", "friendly", "new",
             meeting="Lezione di prova di pianoforte", at="lunedì 8 febbraio alle 17:00",
             props=["giovedì 11 febbraio alle 17:00"], pol={"notice_hours": 24, "fee_percent": 50}),
           "Lezione di prova di ieri",
           """
Ciao Emanuele,

ieri pomeriggio non ti ho visto alla lezione di prova di pianoforte: tutto bene?

Possiamo recuperarla giovedì 11 alle 17. Solo un promemoria: se una lezione viene disdetta con meno di un giorno (24 ore) di anticipo, si paga la metà, cioè il 50%.

A presto,
Sara
""", "correct: 24 h as 'un giorno (24 ore)', 50% as 'la metà'")),
    (C, ok(S(L, "late_cancellation", "Dott. Renato Colombo", "Alice Marchi", "formal", "regular",
             meeting="Seduta di fisioterapia riabilitativa", at="martedì 20 aprile alle 8:30",
             props=["lunedì 26 aprile alle 8:30"], pol={"notice_hours": 48, "fee_percent": 100}),
           "Seduta di ieri",
           """
Gentile Dottor Colombo,

ho ricevuto la Sua disdetta della seduta di fisioterapia di ieri mattina. Posso proporLe lunedì 26 aprile alle 8.30.

Le ricordo che le sedute annullate con meno di 48 ore di preavviso vengono addebitate per intero.

Cordiali saluti,
Alice Marchi
""", "correct: 100% as 'per intero', 'Dottor Colombo'")),
    (A, ok(S(L, "late_cancellation", "Viola Marini", "Stefano Caruso", "friendly", "regular",
             meeting="Servizio fotografico al parco", at="martedì 8 dicembre alle 10:00",
             pol={"notice_hours": 72, "deposit_percent": 30}),
           "Il servizio fotografico",
           """
Ciao Viola,

nessun problema per martedì, capisco benissimo. Ti ricordo solo che, con una disdetta a meno di tre giorni (72 ore), l'acconto del 30% non viene restituito.

Quando vuoi, fissiamo una nuova data!

Un saluto,
Stefano
""", "correct: 72 h as 'tre giorni (72 ore)', acconto 30% as given, no slot invented")),
    (D, ok(S(L, "cancellation_policy", "Fabrizio Leone", "Monica Giordano", "formal", "new",
             pol={"notice_hours": 24, "fee_percent": 40}),
           "Condizioni di cancellazione",
           """
Gentile Signor Leone,

come richiesto, Le riassumo le nostre condizioni: le prenotazioni possono essere annullate gratuitamente fino a 24 ore prima. In seguito addebitiamo il 40% dell'importo.

Cordiali saluti,
Monica Giordano
""", "correct: policy without meeting, numbers as given")),
    (E, ok(S(L, "cancellation_policy", "Azzurra Ricci", "Lorenzo Bellini", "friendly", "key",
             meeting="Degustazione in cantina", at="venerdì 15 ottobre alle 18:30",
             pol={"notice_hours": 48, "fee_percent": 25, "deposit_percent": 20}),
           "Degustazione di venerdì 15",
           """
Ciao Azzurra,

prima della degustazione in cantina di venerdì 15 alle 18.30, ti lascio due righe sulle condizioni: acconto del 20% alla prenotazione; se annulli con meno di due giorni (48 ore) di anticipo, resta dovuto un quarto del prezzo (25%).

A venerdì!
Lorenzo
""", "correct: 'due righe' idiom, 48 h as 'due giorni', 25% as 'un quarto'")),
    # ------------------------------------------------------------------ flawed
    (B, bad("time_swapped", S(L, "reschedule", "Dott. Amedeo Ruggiero", "Laura Cattaneo", "formal", "regular",
             meeting="Riunione sul piano ferie", at="lunedì 15 febbraio alle 9:00",
             props=["mercoledì 17 febbraio alle 14:00"], reason="un corso di aggiornamento obbligatorio"),
           "Riunione sul piano ferie: nuova data",
           """
Gentile Dottor Ruggiero,

per un corso di aggiornamento obbligatorio non potrò esserci mercoledì 17 febbraio alle 14. Le propongo quindi di spostare la riunione sul piano ferie a lunedì 15 febbraio alle 9.

Cordiali saluti,
Laura Cattaneo
""", "meeting time and proposed time exchanged")),
    (C, bad("time_recap_wrong", S(L, "reschedule", "Vittoria Barone", "Giacomo Leonardi", "friendly", "regular",
             meeting="Pranzo per il progetto Orizzonte", at="giovedì 22 aprile alle 13:00",
             props=["giovedì 29 aprile alle 13:00"], reason="un imprevisto in famiglia"),
           "Pranzo di giovedì",
           """
Ciao Vittoria,

ho avuto un imprevisto in famiglia e domani salta il pranzo per il progetto Orizzonte. Ti va giovedì prossimo, il 29, sempre all'una?

Allora ci vediamo giovedì 29 alle 12:30!
Giacomo
""", "closing recap says 12:30, offered 13:00")),
    (D, bad("weekday_wrong", S(L, "switch_to_call", "Dott.ssa Flavia Monti", "Andrea Sartori", "formal", "key",
             meeting="Visita allo stabilimento di Lecco", at="giovedì 1 luglio alle 10:00",
             reason="il cantiere sulla statale"),
           "Visita di mercoledì 1 luglio: in videochiamata",
           """
Gentile Dottoressa Monti,

il cantiere sulla statale rende difficile raggiungere Lecco: Le proporrei di sostituire la visita allo stabilimento con una videochiamata, giovedì alle 10 come previsto.

Cordiali saluti,
Andrea Sartori
""", "subject: 'mercoledì 1 luglio' (1 July 2027 is a Thursday)")),
    (E, bad("percent_swapped", S(L, "late_cancellation", "Raffaele De Luca", "Simona Valli", "formal", "regular",
             meeting="Consulenza fiscale", at="lunedì 4 ottobre alle 15:00",
             props=["mercoledì 13 ottobre alle 15:00"], pol={"notice_hours": 24, "fee_percent": 70, "deposit_percent": 30}),
           "Consulenza fiscale di ieri",
           """
Gentile Signor De Luca,

ho ricevuto la Sua disdetta della consulenza fiscale di ieri. Possiamo rivederci mercoledì 13 ottobre alle 15.

Come da condizioni, per le disdette con meno di 24 ore di preavviso addebitiamo il 30% dell'onorario; l'acconto versato era del 70%.

Cordiali saluti,
Simona Valli
""", "fee 70% and deposit 30% exchanged")),
    (A, bad("policy_invented", S(L, "no_show_followup", "Cristina Fabbri", "Marco Bertolini", "formal", "new",
             meeting="Primo colloquio di orientamento", at="mercoledì 9 dicembre alle 16:00",
             props=["lunedì 14 dicembre alle 16:00"]),
           "Colloquio di ieri",
           """
Gentile Signora Fabbri,

ieri alle 16 L'abbiamo attesa per il primo colloquio di orientamento; spero vada tutto bene.

Possiamo fissarlo lunedì 14 dicembre alla stessa ora. Le segnalo che in caso di nuova assenza la seduta verrà addebitata per intero.

Cordiali saluti,
Marco Bertolini
""", "policy invented in words ('addebitata per intero'), no policy given")),
    (B, bad("name_near_miss", S(L, "decline", "Ottavia Brambati", "Paolo Negri", "formal", "regular",
             meeting="Convegno sulla filiera del latte", at="venerdì 19 febbraio alle 9:30",
             reason="la chiusura del bilancio"),
           "Convegno del 19 febbraio",
           """
Gentile Signora Brambatti,

La ringrazio per l'invito al convegno sulla filiera del latte di venerdì 19 febbraio. La chiusura del bilancio mi impedisce purtroppo di partecipare.

Cordiali saluti,
Paolo Negri
""", "greeting 'Brambatti' for Brambati (1 added letter)")),
    (C, bad("place_changed", S(L, "shorten", "Giuliano Orlando", "Elena Farina", "formal", "regular",
             meeting="Riunione nella sede di Bergamo", at="lunedì 3 maggio alle 14:00", dur=60,
             reason="un treno di rientro alle 15:30"),
           "Riunione di lunedì 3 maggio",
           """
Gentile Signor Orlando,

dovendo prendere il treno di rientro delle 15.30, Le chiederei di limitare a un'ora la riunione nella sede di Brescia di lunedì 3 maggio alle 14.

Grazie della comprensione,
Elena Farina
""", "place inside the meeting changed: Brescia for Bergamo")),
    (D, bad("foreign_paragraph", S(L, "decline", "Ludovico Serra", "Camilla Russo", "friendly", "regular",
             meeting="Aperitivo dell'associazione", at="venerdì 25 giugno alle 19:00",
             reason="un matrimonio in famiglia"),
           "Aperitivo di domani",
           """
Ciao Ludovico,

domani ho un matrimonio in famiglia, quindi niente aperitivo dell'associazione per me.

Espero que corra tudo bem e que se divirtam muito. Um abraço a todos!

Camilla
""", "a Portuguese paragraph in an Italian mail")),
    (E, bad("discount_invented", S(L, "reschedule", "Alberto Vitale", "Francesca Orsini", "formal", "key",
             meeting="Presentazione della nuova collezione", at="giovedì 7 ottobre alle 11:00",
             props=["martedì 12 ottobre alle 11:00"], reason="il cliente si è lamentato dei ritardi nelle consegne"),
           "Presentazione della nuova collezione",
           """
Gentile Signor Vitale,

sono costretta a spostare la presentazione della nuova collezione di giovedì a martedì 12 ottobre, sempre alle 11. Per scusarci dei ritardi nelle consegne, Le riserveremo uno sconto del 10% sul prossimo ordine.

Cordiali saluti,
Francesca Orsini
""", "10% discount invented, licensed only by the reason (complaint)")),
    (A, bad("discount_invented", S(L, "late_cancellation", "Serena Grasso", "Luca Mazzoleni", "friendly", "regular",
             meeting="Lezione di cucina", at="martedì 8 dicembre alle 19:00",
             props=["giovedì 17 dicembre alle 19:00"], reason="ha chiesto se può avere un prezzo migliore"),
           "Lezione di cucina",
           """
Ciao Serena,

nessun problema per martedì! Ci vediamo giovedì 17 alle 19? E visto che me l'hai chiesto, la prossima lezione te la faccio a metà prezzo.

A presto,
Luca
""", "'a metà prezzo' offer licensed only by the reason")),
    (B, bad("link_invented", S(L, "switch_to_email", "Ing. Massimo Caputo", "Roberta Conti", "formal", "regular",
             meeting="Riunione sul capitolato tecnico", at="giovedì 25 febbraio alle 10:00",
             reason="il cliente ha chiesto di vedere le tavole aggiornate"),
           "Capitolato tecnico per e-mail",
           """
Gentile Ingegnere,

Le propongo di gestire per e-mail la riunione sul capitolato tecnico di giovedì 25 febbraio. Le tavole aggiornate sono disponibili qui: https://drive.studioconti.it/capitolato-tavole

Cordiali saluti,
Roberta Conti
""", "link invented, licensed only by the reason")),
    (C, bad("link_invented", S(L, "switch_to_call", "Martina Gallerani", "Daniele Bruno", "friendly", "new",
             meeting="Incontro in studio per il preventivo", at="mercoledì 28 aprile alle 17:00"),
           "Ci sentiamo in video?",
           """
Ciao Martina,

invece dell'incontro in studio per il preventivo, ci sentiamo in video mercoledì alle 17? Ecco il link: meet.google.com/xqp-ruvd-kte

A mercoledì,
Daniele
""", "video-call link invented")),
    (D, bad("email_invented", S(L, "delegate", "Antonella Villa", "Michele Greco", "formal", "regular",
             meeting="Verifica dell'impianto antincendio", at="martedì 29 giugno alle 8:00",
             col="Fabio Marchetti", reason="un'altra verifica urgente"),
           "Verifica antincendio: Fabio Marchetti",
           """
Gentile Signora Villa,

per un'altra verifica urgente, martedì 29 giugno alle 8 alla verifica dell'impianto antincendio verrà il mio collega Fabio Marchetti. Per qualsiasi cosa può scrivergli a fabio.marchetti78@libero.it.

Cordiali saluti,
Michele Greco
""", "colleague's private e-mail address invented")),
    (E, bad("email_invented", S(L, "cancellation_policy", "Rocco Bianchi", "Teresa Longo", "formal", "new",
             pol={"notice_hours": 48}),
           "Politica di cancellazione",
           """
Gentile Signor Bianchi,

Le ricordo che le prenotazioni vanno disdette almeno 48 ore prima. Per le disdette scriva direttamente a disdette@longoeventi.it.

Cordiali saluti,
Teresa Longo
""", "e-mail address invented")),
    (A, bad("phone_invented", S(L, "switch_to_call", "Edoardo Fontana", "Giulia Mariani", "formal", "regular",
             meeting="Riunione di avanzamento lavori", at="venerdì 18 dicembre alle 9:00"),
           "Riunione di venerdì per telefono",
           """
Gentile Signor Fontana,

Le propongo di svolgere per telefono la riunione di avanzamento lavori di venerdì 18 dicembre alle 9. Può chiamarmi al 347 281 9904.

Cordiali saluti,
Giulia Mariani
""", "phone number invented")),
    (B, bad("phone_invented", S(L, "no_show_followup", "Arturo Mancini", "Valentina Costa", "friendly", "regular",
             meeting="Allenamento personalizzato", at="lunedì 8 febbraio alle 7:30",
             props=["venerdì 12 febbraio alle 7:30"]),
           "Allenamento di ieri",
           """
Ciao Arturo,

ieri mattina non ti ho visto all'allenamento, tutto ok? Recuperiamo venerdì 12 alle 7.30? Se preferisci, mandami un WhatsApp al 333 904 1176.

Forza!
Valentina
""", "phone number invented")),
    (C, bad("number_invented", S(L, "decline", "Gabriele Sanna", "Patrizia Ferri", "formal", "new",
             meeting="Incontro per la fornitura di arredi", at="giovedì 29 aprile alle 10:00",
             reason="il budget è già stato assegnato"),
           "Fornitura di arredi",
           """
Gentile Signor Sanna,

La ringrazio per la disponibilità, ma devo declinare l'incontro per la fornitura di arredi di giovedì 29 aprile: il budget di 8.000 euro è già stato assegnato.

Cordiali saluti,
Patrizia Ferri
""", "amount '8.000 euro' invented")),
    (D, bad("number_invented", S(L, "switch_to_email", "Letizia Rossetti", "Claudio Marino", "formal", "regular",
             meeting="Riunione per il rinnovo del contratto", at="lunedì 5 luglio alle 11:00",
             reason="il cliente chiede tempi certi"),
           "Rinnovo del contratto",
           """
Gentile Signora Rossetti,

Le propongo di proseguire per e-mail invece di vederci lunedì 5 luglio. Le invierò la bozza di rinnovo del contratto, che Le chiedo di restituirci firmata entro il 15 luglio.

Cordiali saluti,
Claudio Marino
""", "deadline '15 luglio' invented")),
    (E, bad("title_or_company_invented", S(L, "reschedule", "Eleonora Testa", "Giovanni Pace", "formal", "regular",
             meeting="Incontro sul piano marketing", at="venerdì 8 ottobre alle 14:00",
             props=["lunedì 11 ottobre alle 14:00"]),
           "Incontro sul piano marketing: lunedì 11",
           """
Gentile Signora Testa,

Le chiedo di spostare il nostro incontro sul piano marketing da venerdì a lunedì 11 ottobre, alla stessa ora.

Cordiali saluti,
Giovanni Pace
Direttore commerciale
Pace & Figli S.r.l.
""", "title and company invented in the signature")),
    (A, bad("title_or_company_invented", S(L, "shorten", "Manuela Piras", "Enrico Donati", "friendly", "regular",
             meeting="Riunione del circolo di lettura", at="giovedì 17 dicembre alle 18:00", dur=40),
           "Circolo di lettura di giovedì",
           """
Ciao Manuela,

giovedì facciamo una riunione del circolo di lettura più breve, quaranta minuti? Alle 18 come sempre.

Un caro saluto,
Enrico
Presidente del circolo
""", "title 'Presidente del circolo' invented (40 min written in words is correct)")),
]
