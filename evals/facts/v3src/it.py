"""Italian v3 records, each written out by hand (held out). (today, record) pairs."""

from __future__ import annotations

from v2src._rec import S, bad, ok

A, B, C, D, E = "2026-12-07", "2027-01-18", "2027-03-03", "2027-05-10", "2027-09-14"
L = "it"

RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S(L, "reschedule", "Ing. Ottavio Sartori", "Daniela Ruggeri", "formal", "key",
             meeting="Collaudo dell'impianto di Cremona", at="martedì 15 dicembre alle 10",
             props=["giovedì 17 dicembre alle 15", "venerdì 18 dicembre alle 9:30"],
             reason="un guasto al mezzo che trasporta la strumentazione"),
           "Collaudo dell'impianto di Cremona: nuove date",
           """
Gentile Ingegnere,

il mezzo che trasporta la nostra strumentazione ha avuto un guasto e purtroppo non riusciremo a essere a Cremona martedì 15 dicembre alle 10 per il collaudo dell'impianto.

Le propongo in alternativa giovedì 17/12 alle 15 oppure venerdì 18/12 alle 9.30.

Mi scuso per il disagio e resto in attesa di un Suo cenno.

Cordiali saluti,
Daniela Ruggeri
""", "correct: 'Gentile Ingegnere' for Ing. Ottavio Sartori, 17/12, 18/12, 9.30 for 9:30")),
    (B, ok(S(L, "reschedule", "Giada Fontanesi", "Marco Pellicani", "friendly", "regular",
             meeting="Pranzo per il piano editoriale", at="mercoledì 20 gennaio alle 13",
             props=["venerdì 22 gennaio alle 13"], reason="mi si è sovrapposta una call con Tokyo"),
           "Pranzo di mercoledì",
           """
Ciao Giada,

mi si è accavallata una call con Tokyo proprio mercoledì all'ora di pranzo. Spostiamo il nostro pranzo sul piano editoriale a venerdì 22, stessa ora?

Se ti va bene lo sistemiamo in quattro e quattr'otto.

A presto,
Marco
""", "correct: 'venerdì 22, stessa ora', idiom 'in quattro e quattr'otto'")),
    (C, ok(S(L, "reschedule", "Dott.ssa Lucrezia Bellandi", "Stefano Orsini", "formal", "new",
             meeting="Presentazione del servizio di archiviazione digitale", at="giovedì 11 marzo alle 11",
             props=["lunedì 15 marzo alle 11", "martedì 16 marzo alle 16:30"],
             reason="un problema tecnico alla piattaforma dimostrativa"),
           "Presentazione dell'archiviazione digitale dell'11 marzo",
           """
Gentile Dottoressa Bellandi,

a causa di un problema tecnico sulla nostra piattaforma dimostrativa, non potremo presentarLe il servizio di archiviazione digitale giovedì 11 marzo alle 11.

Potremmo rivederci lunedì 15/3 alla stessa ora, oppure martedì 16/3 alle 16.30?

Con i migliori saluti,
Stefano Orsini
""", "correct: 'Gentile Dottoressa Bellandi', 15/3 'alla stessa ora', 16.30")),
    (E, ok(S(L, "reschedule", "Arturo Mancuso", "Federica Lodi", "formal", "regular",
             meeting="Revisione del contratto di fornitura del vetro", at="venerdì 17 settembre alle 9",
             props=["mercoledì 22 settembre alle 9"], reason="lo sciopero dei treni"),
           "Revisione del contratto di fornitura",
           """
Gentile signor Mancuso,

venerdì è stato indetto uno sciopero dei treni e non riuscirei ad arrivare da Lei in tempo per la revisione del contratto di fornitura del vetro delle 9.

Le andrebbe bene mercoledì 22 settembre, sempre alle 9?

Cordialmente,
Federica Lodi
""", "correct: 'Gentile signor Mancuso', 'sempre alle 9'")),
    (D, ok(S(L, "decline", "Rosanna Vitale", "Giorgio Carletti", "formal", "key",
             meeting="Inaugurazione della nuova sede di Parma", at="venerdì 14 maggio alle 18",
             reason="un impegno all'estero"),
           "Inaugurazione della nuova sede di Parma",
           """
Gentile signora Vitale,

La ringrazio di cuore per l'invito all'inaugurazione della vostra nuova sede di Parma, venerdì 14 maggio alle 18.

Purtroppo quel giorno sarò all'estero per lavoro e non potrò essere presente. Mi farebbe piacere passare a visitarla in un'altra occasione.

I miei migliori auguri per questo nuovo capitolo.

Giorgio Carletti
""", "correct: decline, reason paraphrased")),
    (A, ok(S(L, "decline", "Tommaso Greco", "Elisa Barone", "friendly", "regular",
             meeting="Aperitivo di fine anno del team", at="venerdì 18 dicembre alle 19",
             reason="sarò dai miei in Puglia"),
           "Aperitivo di venerdì",
           """
Ciao Tommaso,

grazie dell'invito all'aperitivo di fine anno! Purtroppo venerdì 18 sarò già giù in Puglia dai miei, quindi non ci sarò.

Fate un brindisi anche per me, e mille auguri a tutto il team!

Un abbraccio,
Elisa
""", "correct: 'venerdì 18', idiom 'mille auguri'")),
    (C, ok(S(L, "shorten", "Avv. Pierluigi Zanetti", "Monica Ferraro", "formal", "regular",
             meeting="Esame della bozza di transazione", at="mercoledì 10 marzo alle 15", dur=30,
             reason="un'udienza anticipata"),
           "Esame della bozza di transazione – mercoledì 10 marzo",
           """
Egregio Avvocato,

un'udienza è stata anticipata al pomeriggio di mercoledì 10 marzo. Le propongo quindi di mantenere il nostro incontro sulla bozza di transazione alle 15, ma di limitarlo a mezz'ora.

Le invio in anticipo le mie osservazioni scritte, così da andare dritti ai punti aperti.

Distinti saluti,
Monica Ferraro
""", "correct: 'Egregio Avvocato', 30 minutes as 'mezz'ora'")),
    (D, ok(S(L, "shorten", "Serena Palumbo", "Nicola Amato", "friendly", "regular",
             meeting="Revisione delle foto del catalogo estivo", at="martedì 18 maggio alle 14:30", dur=45,
             reason="devo andare a prendere i bambini"),
           "Foto del catalogo: versione breve",
           """
Ciao Serena,

martedì devo scappare a prendere i bambini, quindi ti propongo di fare la revisione delle foto del catalogo estivo in tre quarti d'ora, dalle 14.30.

Ce la facciamo, le foto sono già quasi tutte a posto!

Nicola
""", "correct: 45 min as 'tre quarti d'ora', 14.30")),
    (B, ok(S(L, "switch_to_call", "Ernesto Cattaneo", "Valentina Rinaldi", "formal", "regular",
             meeting="Incontro sul rinnovo della polizza aziendale", at="giovedì 28 gennaio alle 10",
             props=["giovedì 28 gennaio alle 11"], reason="le forti nevicate previste"),
           "Rinnovo della polizza: sentiamoci al telefono",
           """
Gentile signor Cattaneo,

per giovedì sono previste forti nevicate e preferirei non farLa mettere in viaggio. Le propongo di sostituire il nostro incontro sul rinnovo della polizza aziendale con una telefonata, lo stesso giorno alle 11.

Mi faccia sapere se Le va bene.

Cordiali saluti,
Valentina Rinaldi
""", "correct: 'lo stesso giorno alle 11'")),
    (E, ok(S(L, "switch_to_call", "Irene Sala", "Davide Pace", "friendly", "new",
             meeting="Caffè per il preventivo del giardino", at="lunedì 20 settembre alle 8:30",
             reason="ho il figlio con la febbre"),
           "Preventivo del giardino",
           """
Buongiorno Irene,

mio figlio ha la febbre e lunedì mattina devo restare a casa con lui. Possiamo sentirci al telefono alla stessa ora del caffè, alle 8.30, per parlare del preventivo del giardino?

Grazie della comprensione,
Davide
""", "correct: call at the same time, 8.30")),
    (A, ok(S(L, "switch_to_email", "Luciano Bertolini", "Chiara Mazza", "formal", "key",
             meeting="Riunione sui risultati del sondaggio clienti", at="mercoledì 16 dicembre alle 14",
             reason="i risultati stanno in poche slide"),
           "Risultati del sondaggio clienti",
           """
Gentile signor Bertolini,

i risultati del sondaggio clienti stanno in poche slide: per non toglierLe un pomeriggio, Le propongo di sostituire la riunione di mercoledì 16 dicembre alle 14 con un invio per e-mail.

Le scriverò due righe di commento per ogni punto.

Cordiali saluti,
Chiara Mazza
""", "correct: 'signor Bertolini', idiom 'due righe'")),
    (D, ok(S(L, "switch_to_email", "Beatrice Lunardi", "Fabio Testa", "friendly", "regular",
             meeting="Punto veloce sul menù del catering", at="giovedì 13 maggio alle 12",
             reason="manca solo la scelta del dolce"),
           "Menù del catering",
           """
Ciao Beatrice,

per il menù del catering ci manca solo il dolce, quindi direi che giovedì non serve vederci: ti mando le due proposte per e-mail e scegli tu con calma.

Ciao e grazie!
Fabio
""", "correct: 'giovedì', 'due proposte' (idiomatic count of desserts is not a policy/price)")),
    (B, ok(S(L, "delegate", "Gianfranco Riva", "Alessandra Neri", "formal", "regular",
             meeting="Consulenza sulla successione aziendale", at="martedì 2 febbraio alle 9:30",
             col="Matteo Farina", reason="un intervento chirurgico programmato"),
           "Consulenza del 2 febbraio",
           """
Gentile signor Riva,

per un intervento programmato sarò assente dallo studio a inizio febbraio. La consulenza sulla successione aziendale di martedì 2 febbraio alle 9.30 sarà quindi seguita dal mio collega Matteo Farina, che conosce bene la Sua pratica.

Con i migliori saluti,
Alessandra Neri
""", "correct: colleague full name, 9.30")),
    (E, ok(S(L, "delegate", "Marta Guidi", "Paolo Serra", "friendly", "regular",
             meeting="Laboratorio di ceramica per il team", at="giovedì 30 settembre alle 17",
             col="Lucia Ferrante", reason="sarò a Milano per una fiera"),
           "Laboratorio di ceramica",
           """
Ciao Marta,

giovedì 30 sarò a Milano per una fiera, quindi il laboratorio di ceramica delle 17 lo terrà Lucia. Siete in ottime mani!

Buon divertimento,
Paolo
""", "correct: colleague by first name (Lucia) in friendly mail")),
    (A, ok(S(L, "no_show_followup", "Renato Galli", "Cristina Moretti", "formal", "regular",
             meeting="Seduta di consulenza fiscale", at="venerdì 4 dicembre alle 16",
             props=["giovedì 10 dicembre alle 16", "lunedì 14 dicembre alle 10"],
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Seduta di consulenza fiscale di venerdì",
           """
Gentile signor Galli,

venerdì scorso alle 16 L'ho attesa per la seduta di consulenza fiscale, ma non L'ho vista arrivare. Spero non sia successo nulla.

Per recuperare Le propongo giovedì 10 dicembre alla stessa ora oppure lunedì 14 dicembre alle 10.

Le ricordo che, come da nostre condizioni, gli appuntamenti non disdetti almeno 24 ore prima vengono addebitati per intero.

Cordiali saluti,
Cristina Moretti
""", "correct: 'venerdì scorso', 100 % as 'per intero'")),
    (C, ok(S(L, "no_show_followup", "Sofia Cirillo", "Andrea Lombardi", "friendly", "regular",
             meeting="Lezione di yoga individuale", at="lunedì 1° marzo alle 19", props=["lunedì 8 marzo alle 19"]),
           "Lezione di lunedì",
           """
Ciao Sofia,

lunedì sera ti aspettavo per la lezione di yoga: tutto bene? Capita a tutti di dimenticarsene!

Se ti va, recuperiamo lunedì prossimo, l'8, sempre alle 19.

Un saluto,
Andrea
""", "correct: past lesson 'lunedì sera', 'lunedì prossimo, l'8'")),
    (B, ok(S(L, "late_cancellation", "Vittorio Caputo", "Laura De Santis", "formal", "regular",
             meeting="Consulto di fisioterapia sportiva", at="martedì 19 gennaio alle 8",
             props=["venerdì 22 gennaio alle 8"], pol={"notice_hours": 48, "fee_percent": 50}),
           "Disdetta del consulto di domani",
           """
Gentile signor Caputo,

ho ricevuto la Sua disdetta del consulto di fisioterapia sportiva di domani mattina alle 8.

Come previsto dalle nostre condizioni, per le disdette comunicate con meno di 48 ore di anticipo viene addebitata la metà della tariffa, cioè il 50%.

Se lo desidera, posso riceverLa venerdì 22 gennaio alla stessa ora.

Cordiali saluti,
Laura De Santis
""", "correct: 'domani mattina' (today 18 Jan), 'la metà' with 50% given")),
    (D, ok(S(L, "late_cancellation", "Giulia Marini", "Roberto Fadda", "friendly", "regular",
             meeting="Prova dell'abito da cerimonia", at="mercoledì 12 maggio alle 17",
             props=["sabato 15 maggio alle 10"], pol={"notice_hours": 72, "deposit_percent": 30}),
           "Prova dell'abito",
           """
Ciao Giulia,

ho visto il tuo messaggio per la prova dell'abito di mercoledì alle 17. Purtroppo, essendo meno di tre giorni prima (72 ore), l'acconto del 30% non è rimborsabile, come avevamo concordato.

Possiamo rifare la prova sabato 15 alle 10, ti va?

Roberto
""", "correct: 'tre giorni (72 ore)', deposit 30% kept")),
    (E, ok(S(L, "cancellation_policy", "Ugo Martinelli", "Silvia Benedetti", "formal", "new",
             pol={"notice_hours": 24, "fee_percent": 80}),
           "Condizioni di disdetta",
           """
Gentile signor Martinelli,

come richiesto, Le riassumo le nostre condizioni di disdetta: gli appuntamenti possono essere annullati senza costi fino a un giorno prima (24 ore). Per le disdette successive viene addebitato l'80% della tariffa.

Resto a disposizione per qualsiasi chiarimento.

Cordiali saluti,
Silvia Benedetti
""", "correct: no meeting; 'un giorno prima (24 ore)'")),
    (A, ok(S(L, "cancellation_policy", "Camilla Orlando", "Luca Spinelli", "friendly", "new",
             meeting="Servizio fotografico di famiglia", at="domenica 20 dicembre alle 11",
             pol={"notice_hours": 48, "fee_percent": 50, "deposit_percent": 25}),
           "Servizio fotografico di domenica 20 dicembre",
           """
Ciao Camilla,

che bello, ci vediamo domenica 20 dicembre alle 11 per il servizio fotografico di famiglia!

Due cose pratiche: alla prenotazione chiedo un acconto del 25%. Se dovete disdire, avvisatemi almeno due giorni prima (48 ore); dopo, addebito il 50% del servizio.

A presto,
Luca
""", "correct: 'due giorni prima (48 ore)', idiom 'due cose pratiche'")),
    # ------------------------------------------------------------------ flawed
    (B, bad("time_swapped", S(L, "reschedule", "Oreste Mariani", "Carla Vespucci", "formal", "regular",
             meeting="Riunione di budget del reparto vendite", at="lunedì 25 gennaio alle 9",
             props=["mercoledì 27 gennaio alle 15"], reason="la chiusura dei conti di fine mese"),
           "Riunione di budget del reparto vendite",
           """
Gentile signor Mariani,

la chiusura dei conti di fine mese mi costringe a spostare la riunione di budget del reparto vendite, prevista per mercoledì 27 gennaio alle 15.

Le propongo di anticiparla a lunedì 25 gennaio alle 9. Mi conferma se per Lei va bene?

Cordiali saluti,
Carla Vespucci
""", "time_swapped: old and new slot exchanged")),
    (D, bad("time_swapped", S(L, "reschedule", "Liliana Pozzi", "Emanuele Russo", "formal", "regular",
             meeting="Verifica del piano ferie estivo", at="giovedì 20 maggio alle 9",
             props=["giovedì 20 maggio alle 14"], reason="una visita ispettiva in mattinata"),
           "Verifica del piano ferie: cambio d'orario",
           """
Gentile signora Pozzi,

giovedì 20 maggio abbiamo una visita ispettiva. Le chiedo quindi se possiamo spostare la verifica del piano ferie estivo dalle 14 alle 9 dello stesso giorno.

Grazie e cordiali saluti,
Emanuele Russo
""", "time_swapped: hours exchanged on the same day (meeting at 9, offer 14)")),
    (A, bad("time_recap_wrong", S(L, "reschedule", "Franco Bellini", "Teresa Gallo", "formal", "key",
             meeting="Presentazione del bilancio sociale", at="giovedì 10 dicembre alle 11",
             props=["martedì 15 dicembre alle 10:30"], reason="la revisione dei dati non è conclusa"),
           "Presentazione del bilancio sociale",
           """
Gentile signor Bellini,

la revisione dei dati non è ancora conclusa e preferirei non presentarLe il bilancio sociale giovedì 10 dicembre alle 11 con numeri provvisori.

Le propongo martedì 15 dicembre alle 10.30.

Ci vediamo quindi martedì 15 dicembre alle 15.

Cordiali saluti,
Teresa Gallo
""", "time_recap_wrong: recap says 15:00, offered 10:30")),
    (E, bad("time_recap_wrong", S(L, "reschedule", "Gabriella Monti", "Sergio Villa", "formal", "regular",
             meeting="Incontro sul rinnovo del marchio", at="martedì 21 settembre alle 15",
             props=["lunedì 27 settembre alle 10", "martedì 28 settembre alle 10"], reason="l'agenzia grafica non ha consegnato le bozze"),
           "Nuova data: mercoledì 29 settembre",
           """
Gentile signora Monti,

l'agenzia grafica non ci ha ancora consegnato le bozze, quindi Le propongo di rinviare l'incontro sul rinnovo del marchio di martedì 21 settembre alle 15.

Sarei disponibile lunedì 27 o martedì 28 settembre, in entrambi i casi alle 10.

Cordiali saluti,
Sergio Villa
""", "time_recap_wrong: subject names mercoledì 29 settembre, never offered")),
    (C, bad("weekday_wrong", S(L, "reschedule", "Adriano Costa", "Noemi Basile", "formal", "regular",
             meeting="Formazione sul nuovo gestionale", at="martedì 9 marzo alle 14",
             props=["venerdì 12 marzo alle 14"], reason="l'aggiornamento del software è slittato"),
           "Formazione spostata a giovedì 12 marzo",
           """
Gentile signor Costa,

l'aggiornamento del software è slittato di qualche giorno e la formazione sul nuovo gestionale di martedì 9 marzo alle 14 non avrebbe senso.

Le propongo di farla venerdì 12 marzo alla stessa ora.

Cordiali saluti,
Noemi Basile
""", "weekday_wrong: subject 'giovedì 12 marzo', 12 March 2027 is a Friday")),
    (B, bad("weekday_wrong", S(L, "reschedule", "Ilaria Pagano", "Massimo Rizzi", "formal", "new",
             meeting="Colloquio sul piano pensionistico", at="venerdì 29 gennaio alle 10",
             props=["martedì 2 febbraio alle 10"], reason="un corso di aggiornamento obbligatorio"),
           "Colloquio sul piano pensionistico",
           """
Gentile signora Pagano,

venerdì 29 gennaio devo partecipare a un corso di aggiornamento obbligatorio. Potremmo spostare il nostro colloquio sul piano pensionistico a mercoledì 2 febbraio alle 10?

Cordiali saluti,
Massimo Rizzi
""", "weekday_wrong: body 'mercoledì 2 febbraio', 2 February 2027 is a Tuesday")),
    (E, bad("percent_swapped", S(L, "no_show_followup", "Corrado Leone", "Patrizia Grasso", "formal", "regular",
             meeting="Sessione di consulenza d'immagine", at="venerdì 10 settembre alle 11",
             props=["giovedì 16 settembre alle 11"], pol={"notice_hours": 24, "fee_percent": 40, "deposit_percent": 20}),
           "Sessione di venerdì scorso",
           """
Gentile signor Leone,

venerdì scorso alle 11 non L'abbiamo vista arrivare per la sessione di consulenza d'immagine.

Come da condizioni sottoscritte, in caso di assenza senza preavviso di 24 ore tratteniamo l'acconto del 40% e addebitiamo una penale del 20%.

Possiamo riprogrammare la sessione per giovedì 16 settembre alle 11.

Cordiali saluti,
Patrizia Grasso
""", "percent_swapped: deposit 40% and penalty 20% (given fee 40, deposit 20)")),
    (A, bad("percent_swapped", S(L, "cancellation_policy", "Nadia Fumagalli", "Alberto Marchi", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 70, "deposit_percent": 35}),
           "Le nostre condizioni",
           """
Gentile signora Fumagalli,

Le riepilogo le condizioni di prenotazione: al momento della conferma chiediamo un acconto del 70%. Le disdette vanno comunicate almeno 48 ore prima; in caso contrario è dovuta una penale del 35%.

Cordiali saluti,
Alberto Marchi
""", "percent_swapped: acconto 70% and penale 35% (given fee 70, deposit 35)")),
    (C, bad("policy_invented", S(L, "late_cancellation", "Bruno Piras", "Eleonora Gentile", "formal", "regular",
             meeting="Trattamento di riflessologia", at="mercoledì 3 marzo alle 12", props=["venerdì 5 marzo alle 12"]),
           "Disdetta del trattamento di oggi",
           """
Gentile signor Piras,

ho ricevuto la Sua disdetta per il trattamento di riflessologia di oggi alle 12.

Come da nostre condizioni, Le verrà comunque addebitata la metà della tariffa.

Se lo desidera, posso riceverLa venerdì 5 marzo alla stessa ora.

Cordiali saluti,
Eleonora Gentile
""", "policy_invented: 'la metà della tariffa' with no policy given")),
    (D, bad("discount_invented", S(L, "reschedule", "Dario Ferretti", "Angela Messina", "formal", "regular",
             meeting="Intervento di manutenzione della caldaia", at="mercoledì 12 maggio alle 8",
             props=["venerdì 14 maggio alle 8"], reason="il cliente ha chiesto uno sconto per il disagio"),
           "Manutenzione della caldaia",
           """
Gentile signor Ferretti,

il nostro tecnico non potrà venire mercoledì 12 maggio alle 8 per la manutenzione della caldaia. Le proponiamo venerdì 14 maggio, sempre alle 8.

Per il disagio Le riconosciamo uno sconto del 15% sul prossimo intervento.

Cordiali saluti,
Angela Messina
""", "discount_invented: 15% discount licensed only by the reason")),
    (B, bad("link_invented", S(L, "switch_to_email", "Rita Fadini", "Claudio Benassi", "formal", "regular",
             meeting="Esame del progetto di ristrutturazione", at="giovedì 21 gennaio alle 17",
             reason="vuole vedere il progetto prima di decidere"),
           "Progetto di ristrutturazione",
           """
Gentile signora Fadini,

visto che desidera esaminare il progetto con calma prima di decidere, Le propongo di sostituire il nostro incontro di giovedì 21 gennaio alle 17 con uno scambio per e-mail.

Può consultare le tavole qui: https://progetti.studiovela.it/fadini-ristrutturazione

Cordiali saluti,
Claudio Benassi
""", "link_invented: URL licensed only by the reason")),
    (C, bad("email_invented", S(L, "delegate", "Pietro Valentini", "Giovanna Romano", "formal", "regular",
             meeting="Pratica di mutuo per la prima casa", at="lunedì 15 marzo alle 10",
             col="Simona Gatti", reason="il mio trasferimento in un'altra filiale"),
           "Pratica di mutuo",
           """
Gentile signor Valentini,

dal mese prossimo sarò trasferita in un'altra filiale. Lunedì 15 marzo alle 10 la Sua pratica di mutuo sarà seguita dalla collega Simona Gatti.

Per qualsiasi documento può scriverle a simona.gatti78@libero.it.

Cordiali saluti,
Giovanna Romano
""", "email_invented: private address for the colleague")),
    (E, bad("phone_invented", S(L, "switch_to_call", "Mirella Sanna", "Giacomo Bruni", "formal", "new",
             meeting="Incontro per l'arredo dell'ufficio", at="mercoledì 22 settembre alle 16",
             props=["mercoledì 22 settembre alle 17:30"], reason="un ritardo nella consegna dei campioni"),
           "Arredo dell'ufficio: sentiamoci al telefono",
           """
Gentile signora Sanna,

i campioni di tessuto non arriveranno in tempo per il nostro incontro di mercoledì alle 16. Le propongo di sentirci al telefono lo stesso giorno alle 17.30 per fare il punto sull'arredo dell'ufficio.

Mi può chiamare al 347 219 8840.

Cordiali saluti,
Giacomo Bruni
""", "phone_invented: mobile number nobody gave")),
    (A, bad("number_invented", S(L, "reschedule", "Ettore Lucchesi", "Debora Marconi", "formal", "regular",
             meeting="Incontro preliminare per il corso di formazione", at="lunedì 14 dicembre alle 15",
             props=["mercoledì 16 dicembre alle 15"], reason="il docente non è ancora confermato"),
           "Incontro preliminare per il corso",
           """
Gentile signor Lucchesi,

il docente del corso non è ancora confermato: preferirei spostare il nostro incontro preliminare da lunedì 14 a mercoledì 16 dicembre, sempre alle 15.

La quota di partecipazione resterà comunque di 350 euro a persona.

Cordiali saluti,
Debora Marconi
""", "number_invented: price 350 euro")),
    (D, bad("title_or_company_invented", S(L, "shorten", "Loredana Cocco", "Fausto Ricciardi", "formal", "key",
             meeting="Trattativa sui volumi del secondo semestre", at="lunedì 17 maggio alle 11", dur=40,
             reason="un consiglio di amministrazione nel primo pomeriggio"),
           "Trattativa sui volumi – lunedì 17 maggio",
           """
Gentile signora Cocco,

lunedì 17 maggio ho un consiglio di amministrazione nel primo pomeriggio. Le propongo quindi di tenere la nostra trattativa sui volumi del secondo semestre alle 11 come previsto, ma in quaranta minuti.

Cordiali saluti,
Fausto Ricciardi
Responsabile acquisti
Ferrovetro S.p.A.
""", "title_or_company_invented: job title and company under the signature")),
    (B, bad("name_near_miss", S(L, "decline", "Ornella Cavallaro", "Giuseppe Marra", "formal", "regular",
             meeting="Convegno sulla logistica urbana", at="giovedì 4 febbraio alle 9",
             reason="una trasferta già fissata"),
           "Convegno sulla logistica urbana",
           """
Gentile signora Cavallero,

La ringrazio per l'invito al convegno sulla logistica urbana di giovedì 4 febbraio alle 9. Purtroppo quel giorno sarò in trasferta e non potrò partecipare.

Cordiali saluti,
Giuseppe Marra
""", "name_near_miss: 'Cavallero' for Cavallaro")),
    (E, bad("name_near_miss", S(L, "reschedule", "Michela Foschi", "Lorenzo Biagi", "friendly", "regular",
             meeting="Sessione di prove per la band aziendale", at="giovedì 16 settembre alle 18",
             props=["lunedì 20 settembre alle 18"], reason="la sala prove è occupata"),
           "Prove della band",
           """
Ciao Michele,

giovedì la sala prove è occupata, ci tocca spostare la sessione della band aziendale. Lunedì 20 alle 18 ti va?

Fammi sapere!
Lorenzo
""", "name_near_miss: 'Michele' for Michela (1 edit)")),
    (A, bad("place_changed", S(L, "reschedule", "Aldo Ferrucci", "Nadia Pirelli", "formal", "key",
             meeting="Visita alla cantina di Montalcino", at="venerdì 11 dicembre alle 10:30",
             props=["venerdì 18 dicembre alle 10:30"], reason="i lavori di ristrutturazione in cantina"),
           "Visita alla cantina",
           """
Gentile signor Ferrucci,

a causa dei lavori di ristrutturazione in corso, non potremo accoglierLa nella cantina di Montepulciano venerdì 11 dicembre alle 10.30.

Le propongo di rimandare la visita di una settimana, a venerdì 18 dicembre alla stessa ora.

Cordiali saluti,
Nadia Pirelli
""", "place_changed: Montepulciano for Montalcino")),
    (C, bad("foreign_paragraph", S(L, "decline", "Luisa Gagliardi", "Enrico Tosi", "formal", "regular",
             meeting="Degustazione per il menù di primavera", at="giovedì 18 marzo alle 18",
             reason="una fiera a Verona quella settimana"),
           "Degustazione del 18 marzo",
           """
Gentile signora Gagliardi,

La ringrazio per l'invito alla degustazione per il menù di primavera di giovedì 18 marzo alle 18.

Lamentablemente esa semana estaré en una feria en Verona y no podré asistir.

Spero di poter assaggiare il menù in un'altra occasione.

Cordiali saluti,
Enrico Tosi
""", "foreign_paragraph: the reason paragraph is in Spanish")),
    (D, bad("wrong_language_neighbour", S(L, "reschedule", "Alfredo Sorrentino", "Paola Cristiani", "formal", "regular",
             meeting="Riunione con il comitato genitori", at="martedì 25 maggio alle 17",
             props=["giovedì 27 maggio alle 17"], reason="la palestra non è disponibile"),
           "Reunión con el comité de padres",
           """
Estimado señor Sorrentino:

El gimnasio no estará disponible el martes 25 de mayo, por lo que le propongo trasladar la reunión con el comité de padres al jueves 27 de mayo, a la misma hora (17:00).

Quedo a la espera de su confirmación.

Un cordial saludo,
Paola Cristiani
""", "wrong_language_neighbour: the whole mail is in Spanish")),
]
