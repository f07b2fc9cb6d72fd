"""Italian v6 records: 20 correct, 20 flawed (one fault each), written out by hand."""

from __future__ import annotations

from v2src._rec import S, bad, ok

T1, T2, T3, T4, T5 = "2026-12-21", "2027-02-23", "2027-05-26", "2027-08-31", "2027-10-20"

RECORDS = [
    # ------------------------------------------------------------------ correct
    (T2, ok(S("it", "reschedule", "Dott.ssa Ottavia Scarpellini", "Filippo Dal Bosco", "formal", "key",
              meeting="Riunione di avanzamento del cantiere di Mestre", at="venerdì 26 febbraio alle 9:30",
              props=("martedì 2 marzo alle 9:30", "giovedì 4 marzo alle 15:00"),
              reason="il collaudo degli impianti è stato anticipato"),
            "Cantiere di Mestre: spostamento della riunione",
            """
Gentile Dottoressa Scarpellini,

il collaudo degli impianti è stato anticipato proprio a venerdì, e non riuscirei a seguire con la dovuta attenzione la riunione di avanzamento del cantiere di Mestre.

Le propongo quindi di spostarla a martedì 2 marzo, sempre alle 9 e mezza, oppure a giovedì 4 marzo alle 15.

Resto in attesa di un Suo cenno e La ringrazio per la comprensione.

Cordiali saluti,
Filippo Dal Bosco
""", "correct: 'Dottoressa' + surname for Dott.ssa, 'alle 9 e mezza', 'alle 15', reason paraphrased")),
    (T4, ok(S("it", "reschedule", "Nicolò Barbieri", "Giada Ferraresi", "friendly", "regular",
              meeting="Prova del menù di nozze", at="giovedì 2 settembre alle 19:00",
              props=("lunedì 6 settembre alle 19:00",), reason="lo chef è bloccato a Napoli"),
            "Prova menù: slittiamo a lunedì?",
            """
Ciao Nicolò,

piccolo imprevisto: lo chef è rimasto bloccato a Napoli e non rientra prima del weekend. Spostiamo la prova del menù di nozze a lunedì 6, stessa ora? Ti prometto che ne varrà la pena!

Un abbraccio,
Giada
""", "correct: 'stessa ora' for 19:00, 'lunedì 6'")),
    (T1, ok(S("it", "reschedule", "Cesare Pagliarini", "Rebecca Tomasoni", "formal", "new",
              meeting="Sopralluogo per l'impianto fotovoltaico", at="mercoledì 23 dicembre alle 10:00",
              props=("lunedì 11 gennaio alle 10:00",)),
            "Sopralluogo impianto fotovoltaico – nuova data",
            """
Egregio Signor Pagliarini,

sono costretta a rinviare il sopralluogo per l'impianto fotovoltaico fissato per mercoledì. Le andrebbe bene lunedì 11 gennaio alle ore 10?

Mi scuso per il disagio e Le porgo i miei migliori auguri per le feste.

Rebecca Tomasoni
""", "correct: 'Egregio Signor', 'alle ore 10', season's greetings (no fact)")),
    (T5, ok(S("it", "reschedule", "Arianna Lucchesi", "Dario Montanari", "formal", "regular",
              meeting="Revisione del piano editoriale della collana ragazzi", at="venerdì 22 ottobre alle 11:00",
              props=("mercoledì 27 ottobre alle 14:30",), reason="una sovrapposizione con la fiera del libro"),
            "Piano editoriale: mercoledì 27 ottobre alle 14:30?",
            """
Buongiorno Arianna,

venerdì mi ritrovo alla fiera del libro, che si è sovrapposta alla nostra revisione del piano editoriale delle 11. Ti andrebbe di spostarla a mercoledì prossimo, il 27, alle due e mezza del pomeriggio?

Grazie mille e a presto,
Dario Montanari
""", "correct: formal tone but first name (long-standing client), 'alle due e mezza del pomeriggio' for 14:30, 'grazie mille' idiom")),
    (T3, ok(S("it", "decline", "Tiziana Morandi", "Leonardo Fabbri", "formal", "new",
              meeting="Presentazione del vostro software gestionale", at="martedì 1 giugno alle 11:00",
              reason="abbiamo appena firmato con un altro fornitore"),
            "Presentazione del 1° giugno",
            """
Gentile Signora Morandi,

La ringrazio per la disponibilità a presentarci il vostro software gestionale. Abbiamo però appena concluso un accordo con un altro fornitore, e non mi sembra corretto farLe perdere tempo martedì 1° giugno.

Mi permetto di tenere i Suoi riferimenti per il futuro.

Distinti saluti,
Leonardo Fabbri
""", "correct: '1° giugno' form, reason paraphrased")),
    (T2, ok(S("it", "decline", "Manfredi Coletti", "Serena Gualtieri", "friendly", "key",
              meeting="Cena di presentazione della nuova annata", at="giovedì 4 marzo alle 20:00",
              reason="quella sera sono a Torino per lavoro"),
            "Cena di giovedì",
            """
Caro Manfredi,

grazie di cuore per l'invito alla cena di presentazione della nuova annata! Purtroppo giovedì sera sarò a Torino per lavoro e non riesco proprio a esserci.

Brindate anche per me, e ci sentiamo presto per un caffè.

Serena
""", "correct: 'giovedì sera' for 20:00, idioms")),
    (T4, ok(S("it", "shorten", "Ing. Ermanno Bassani", "Lucia Perotti", "formal", "regular",
              meeting="Comitato tecnico sul nuovo magazzino", at="mercoledì 8 settembre alle 14:00", dur=45),
            "Comitato tecnico di mercoledì 8 settembre",
            """
Gentile Ingegner Bassani,

per il comitato tecnico sul nuovo magazzino di mercoledì 8 settembre avrei bisogno di chiudere prima del previsto: potremmo contenerlo in tre quarti d'ora, partendo alle 14 come stabilito?

Le invio in anticipo i punti da discutere, così da arrivare preparati.

Cordialmente,
Lucia Perotti
""", "correct: 'Ingegner' + surname for Ing., 'tre quarti d'ora' for 45")),
    (T5, ok(S("it", "shorten", "Sabrina Cattaneo", "Mirko Fontanesi", "friendly", "regular",
              meeting="Riunione sul calendario delle degustazioni", at="giovedì 21 ottobre alle 16:00", dur=30,
              reason="devo andare a prendere mia figlia a scuola"),
            "Domani: versione breve?",
            """
Ciao Sabrina,

domani alle 4 devo scappare presto per andare a prendere mia figlia a scuola: facciamo la riunione sul calendario delle degustazioni in mezz'ora? Ci metto un attimo a mandarti le date in anticipo.

A domani!
Mirko
""", "correct: 'alle 4' for 16:00, 'mezz'ora' for 30, idiom 'ci metto un attimo'")),
    (T1, ok(S("it", "switch_to_call", "Dott. Gianmaria Roversi", "Anna Spadoni", "formal", "key",
              meeting="Incontro sulla polizza flotta aziendale", at="martedì 22 dicembre alle 15:00",
              props=("martedì 29 dicembre alle 10:00",), reason="la neve ha chiuso il passo"),
            "Polizza flotta: ci sentiamo al telefono",
            """
Gentile Dottor Roversi,

con il passo chiuso per neve non riuscirò a raggiungerLa domani per l'incontro sulla polizza flotta aziendale. Le propongo di sentirci invece al telefono martedì 29 dicembre alle 10.

Le auguro buone feste.

Anna Spadoni
""", "correct: 'domani' (today Mon 21, meeting Tue 22), 'alle 10'")),
    (T3, ok(S("it", "switch_to_call", "Federica Salvini", "Paolo Benassi", "friendly", "new",
              meeting="Consulenza sul trasloco dell'ufficio", at="venerdì 28 maggio alle 9:00",
              props=("venerdì 28 maggio alle 12:00",)),
            "Venerdì: meglio una videochiamata",
            """
Buongiorno Federica,

per la consulenza sul trasloco dell'ufficio credo che una videochiamata basti e avanzi. Possiamo sentirci venerdì a mezzogiorno invece che alle 9? Ti mando l'invito appena mi confermi.

Buona giornata,
Paolo
""", "correct: 'a mezzogiorno' for 12:00, 'basti e avanzi' idiom, invitation promised (no link)")),
    (T2, ok(S("it", "switch_to_email", "Rolando Carminati", "Elisa Venturelli", "formal", "regular",
              meeting="Verifica dei documenti per il mutuo", at="mercoledì 24 febbraio alle 17:30",
              reason="mancano solo un paio di firme"),
            "Documenti per il mutuo: procediamo via e-mail",
            """
Gentile Signor Carminati,

visto che mancano soltanto un paio di firme, credo che possiamo evitarLe di venire in filiale domani pomeriggio per la verifica dei documenti per il mutuo. Le invio tutto per e-mail: basterà firmare e rispedire.

Cordiali saluti,
Elisa Venturelli
""", "correct: 'un paio di firme' from the reason, 'domani pomeriggio' for 17:30 (today Tue 23)")),
    (T4, ok(S("it", "switch_to_email", "Avv. Beatrice Orlandini", "Stefano Ghezzi", "formal", "key",
              meeting="Aggiornamento sul contenzioso doganale", at="venerdì 3 settembre alle 10:00",
              props=("lunedì 13 settembre alle 10:00",)),
            "Contenzioso doganale: aggiornamento scritto",
            """
Gentile Avvocato,

Le propongo di sostituire l'aggiornamento sul contenzioso doganale di venerdì con una nota scritta, che Le invierò a breve. Se poi preferisce discuterne a voce, possiamo vederci lunedì 13 settembre alle 10.

Con i migliori saluti,
Stefano Ghezzi
""", "correct: bare 'Gentile Avvocato' for Avv., note promised with no deadline")),
    (T5, ok(S("it", "delegate", "Marcello Zanetti", "Chiara Bellotti", "formal", "regular",
              meeting="Collaudo del sistema di irrigazione", at="martedì 26 ottobre alle 8:30",
              col="Davide Sartori", reason="sono in ferie quella settimana"),
            "Collaudo irrigazione di martedì 26 ottobre",
            """
Gentile Signor Zanetti,

la settimana prossima sarò in ferie: al collaudo del sistema di irrigazione di martedì 26 ottobre alle 8 e 30 La seguirà il mio collega Davide Sartori, che ha curato l'installazione con me.

Cordiali saluti,
Chiara Bellotti
""", "correct: 'alle 8 e 30', colleague full name")),
    (T1, ok(S("it", "delegate", "Ilaria Pezzoli", "Gabriele Rinaldi", "friendly", "key",
              meeting="Servizio fotografico in villa", at="lunedì 4 gennaio alle 11:00",
              col="Martina Ceccarelli"),
            "Servizio in villa del 4 gennaio",
            """
Ciao Ilaria,

per il servizio fotografico in villa del 4 gennaio non ci sarò io ma Martina, la mia socia: arriverà alle 11 con tutta l'attrezzatura. Ti troverai benissimo con lei!

Buone feste,
Gabriele
""", "correct: colleague by first name 'Martina'")),
    (T3, ok(S("it", "no_show_followup", "Vittorio Mancuso", "Roberta Ferri", "formal", "new",
              meeting="Colloquio per la consulenza fiscale", at="lunedì 24 maggio alle 15:00",
              props=("giovedì 3 giugno alle 15:00", "venerdì 4 giugno alle 9:00")),
            "Il colloquio di lunedì",
            """
Gentile Signor Mancuso,

lunedì pomeriggio L'ho attesa per il colloquio per la consulenza fiscale, ma non ci siamo incontrati. Spero non sia successo nulla di spiacevole.

Se desidera fissare un nuovo appuntamento, sono disponibile giovedì 3 giugno alle 15 oppure venerdì 4 giugno alle 9.

Cordiali saluti,
Roberta Ferri
""", "correct: past meeting 'lunedì pomeriggio' (24 May, today Wed 26)")),
    (T5, ok(S("it", "no_show_followup", "Loredana Pace", "Simone Carletti", "friendly", "regular",
              meeting="Lezione individuale di yoga in gravidanza", at="lunedì 18 ottobre alle 18:30",
              props=("lunedì 25 ottobre alle 18:30",), pol={"notice_hours": 12, "fee_percent": 100}),
            "Lunedì ti abbiamo aspettata",
            """
Ciao Loredana,

lunedì sera ti ho aspettata per la lezione individuale di yoga: tutto bene? Se vuoi recuperare, ti tengo il posto lunedì prossimo, il 25, alla solita ora.

Ti ricordo solo che le lezioni non disdette con almeno 12 ore di anticipo vengono addebitate per intero (100%).

Un abbraccio,
Simone
""", "correct: 'alla solita ora', 'per intero (100%)' backed by fee 100")),
    (T2, ok(S("it", "late_cancellation", "Dott. Guido Ferretti", "Marta Colombini", "formal", "key",
              meeting="Degustazione per il banchetto aziendale", at="lunedì 22 febbraio alle 12:30",
              props=("venerdì 5 marzo alle 12:30",), reason="un'emergenza in produzione",
              pol={"notice_hours": 48, "deposit_percent": 20}),
            "Degustazione per il banchetto",
            """
Gentile Dottor Ferretti,

ho ricevuto la Sua disdetta per la degustazione di ieri e mi dispiace per l'emergenza in produzione; spero si sia risolta.

Possiamo riorganizzarla venerdì 5 marzo alle 12:30. Come da nostre condizioni, per le disdette con meno di 48 ore di preavviso l'acconto del 20% viene trattenuto.

Cordiali saluti,
Marta Colombini
""", "correct: deposit 20% kept, 'ieri' (22 Feb, today Tue 23)")),
    (T4, ok(S("it", "late_cancellation", "Matteo Rizzardi", "Giulia Borsellino", "friendly", "regular",
              meeting="Sessione di fisioterapia", at="venerdì 27 agosto alle 17:00",
              pol={"notice_hours": 24, "fee_percent": 50}),
            "Sessione di venerdì",
            """
Ciao Matteo,

nessun problema per venerdì, capita a tutti di dover disdire all'ultimo momento. Ti devo solo ricordare la regola dello studio: sotto le 24 ore di preavviso la sessione si paga a metà, quindi il 50%.

Fammi sapere quando vuoi ripartire!
Giulia
""", "correct: 'all'ultimo momento' idiom, 'a metà … il 50%' backed by fee 50")),
    (T3, ok(S("it", "cancellation_policy", "Alessandra Vitale", "Riccardo Masini", "formal", "new",
              pol={"notice_hours": 72, "fee_percent": 30, "deposit_percent": 10}),
            "Condizioni di cancellazione",
            """
Gentile Signora Vitale,

Le riassumo le nostre condizioni di cancellazione:
- alla prenotazione è richiesto un acconto del 10%;
- le disdette con meno di tre giorni (72 ore) di preavviso comportano una penale del 30% dell'importo.

Per qualsiasi chiarimento resto a Sua disposizione.

Distinti saluti,
Riccardo Masini
""", "correct: policy without meeting, 'tre giorni (72 ore)', both % with their own term")),
    (T1, ok(S("it", "cancellation_policy", "Edoardo Galli", "Francesca Nobili", "friendly", "key",
              meeting="Corso di cucina natalizia", at="mercoledì 23 dicembre alle 18:00",
              pol={"notice_hours": 48}),
            "Corso di mercoledì: un promemoria",
            """
Ciao Edoardo,

ci vediamo mercoledì alle 18 per il corso di cucina natalizia! Solo un promemoria: se dovessi rinunciare, avvisami almeno due giorni prima (48 ore), così posso dare il posto a chi è in lista d'attesa.

A presto,
Francesca
""", "correct: 'due giorni prima (48 ore)', no fee invented")),
    # ------------------------------------------------------------------ flawed
    (T3, bad("time_swapped", S("it", "reschedule", "Ludovica Serra", "Alberto Ricci", "formal", "regular",
                               meeting="Incontro per il rinnovo del contratto di locazione", at="giovedì 27 maggio alle 17:00",
                               props=("mercoledì 2 giugno alle 10:00",)),
             "Rinnovo della locazione: nuova data",
             """
Gentile Signora Serra,

purtroppo devo spostare l'incontro per il rinnovo del contratto di locazione di mercoledì 2 giugno alle 10. Le andrebbe bene giovedì 27 maggio alle 17?

Cordiali saluti,
Alberto Ricci
""", "old slot (giovedì 27 maggio 17) offered as new, proposed slot (mercoledì 2 giugno 10) given as the one moved")),
    (T5, bad("time_recap_wrong", S("it", "switch_to_call", "Tommaso Ruggeroni", "Veronica Baldini", "friendly", "regular",
                                   meeting="Riunione sul preventivo delle tende", at="giovedì 28 ottobre alle 11:00",
                                   props=("giovedì 28 ottobre alle 16:00",)),
             "Preventivo tende: ci sentiamo",
             """
Ciao Tommaso,

per il preventivo delle tende non serve che passi in negozio: ti chiamo io giovedì alle 16, così vediamo insieme le misure.

Allora a giovedì alle 11 al telefono!
Veronica
""", "closing recap 'giovedì alle 11' is the old in-person hour, not the call slot (16)")),
    (T2, bad("weekday_wrong", S("it", "switch_to_call", "Annalisa Moretti", "Pietro Cavalli", "formal", "new",
                                meeting="Presentazione del progetto di ristrutturazione", at="giovedì 25 febbraio alle 10:00",
                                props=("lunedì 1 marzo alle 10:00",)),
             "Ristrutturazione: chiamata di martedì 1 marzo",
             """
Gentile Signora Moretti,

Le propongo di sostituire la presentazione del progetto di ristrutturazione di giovedì con una videochiamata lunedì 1° marzo alle 10: potrò condividere le tavole a schermo.

Cordiali saluti,
Pietro Cavalli
""", "subject 'martedì 1 marzo'; 1 March 2027 is a Monday")),
    (T4, bad("percent_swapped", S("it", "no_show_followup", "Rocco Ferrante", "Elena Tamburini", "formal", "regular",
                                  meeting="Visita di controllo odontoiatrica", at="lunedì 30 agosto alle 9:00",
                                  props=("martedì 7 settembre alle 9:00",),
                                  pol={"notice_hours": 24, "fee_percent": 50, "deposit_percent": 20}),
             "La visita di ieri",
             """
Gentile Signor Ferrante,

ieri mattina non L'abbiamo vista alla visita di controllo; spero stia bene. Possiamo fissare un nuovo appuntamento martedì 7 settembre alle 9.

Come da regolamento dello studio, per le mancate disdette entro 24 ore viene addebitato il 20% della visita e l'acconto del 50% non è restituito.

Cordiali saluti,
Elena Tamburini
""", "fee 20% and deposit 50% swapped (given fee 50, deposit 20)")),
    (T1, bad("policy_invented", S("it", "late_cancellation", "Gaia Bertolini", "Fabio Marchesi", "friendly", "regular",
                                  meeting="Lezione di equitazione", at="sabato 19 dicembre alle 10:00",
                                  props=("lunedì 28 dicembre alle 10:00",)),
             "Lezione di sabato",
             """
Ciao Gaia,

tranquilla per sabato, succede! Recuperiamo lunedì 28 alle 10?

Solo una cosa: per le disdette arrivate il giorno stesso la lezione va comunque pagata per metà.

A presto,
Fabio
""", "'pagata per metà': policy in words, no policy given")),
    (T3, bad("number_invented", S("it", "switch_to_email", "Dott. Massimo Gentile", "Irene Palladino", "formal", "key",
                                  meeting="Verifica dello stato ordini", at="venerdì 28 maggio alle 14:00"),
             "Stato ordini: riepilogo via e-mail",
             """
Gentile Dottor Gentile,

Le propongo di gestire via e-mail la verifica dello stato ordini di venerdì. Al momento risultano 14 ordini in consegna entro la fine del mese; Le invio a parte il dettaglio aggiornato.

Cordiali saluti,
Irene Palladino
""", "'14 ordini … entro la fine del mese' figure nobody gave")),
    (T5, bad("discount_invented", S("it", "late_cancellation", "Daniela Scotti", "Lorenzo Farina", "formal", "regular",
                                    meeting="Servizio di catering per l'inaugurazione", at="martedì 19 ottobre alle 18:00",
                                    props=("venerdì 29 ottobre alle 18:00",),
                                    reason="la cliente chiede se può avere uno sconto sul nuovo evento"),
             "Inaugurazione: nuova data",
             """
Gentile Signora Scotti,

abbiamo preso nota dell'annullamento del catering per l'inaugurazione di ieri sera. Siamo disponibili venerdì 29 ottobre alle 18.

Come richiesto, sul nuovo evento Le applicheremo uno sconto del 15%.

Cordiali saluti,
Lorenzo Farina
""", "15% discount granted because the reason mentions a request")),
    (T2, bad("discount_invented", S("it", "reschedule", "Agostino Valli", "Silvia Conforti", "friendly", "key",
                                    meeting="Prova abiti per la sfilata", at="venerdì 26 febbraio alle 15:00",
                                    props=("mercoledì 3 marzo alle 15:00",),
                                    reason="la sarta è in ritardo con le modifiche"),
             "Prova abiti: mercoledì 3 marzo",
             """
Caro Agostino,

la sarta è indietro con le modifiche, quindi la prova abiti per la sfilata slitta a mercoledì 3 marzo, sempre alle 15. Per farmi perdonare, le modifiche di questo giro te le offro io!

Un abbraccio,
Silvia
""", "alterations offered free, a discount nobody gave (the reason only mentions the delay)")),
    (T4, bad("link_invented", S("it", "switch_to_call", "Dott. Carlo Mazzucchelli", "Ester Finotti", "formal", "key",
                                meeting="Revisione del bilancio semestrale", at="giovedì 9 settembre alle 11:00",
                                props=("giovedì 9 settembre alle 15:00",)),
             "Bilancio semestrale: videochiamata",
             """
Gentile Dottor Mazzucchelli,

per la revisione del bilancio semestrale Le propongo una videochiamata giovedì 9 settembre alle 15, al posto dell'incontro in studio. Può collegarsi da qui: https://zoom.us/j/8846213370.

Cordiali saluti,
Ester Finotti
""", "video link nobody gave")),
    (T1, bad("link_invented", S("it", "switch_to_email", "Nadia Fumasoni", "Luca Sorrentino", "friendly", "regular",
                                meeting="Scelta delle piastrelle per il bagno", at="mercoledì 30 dicembre alle 16:00"),
             "Piastrelle: scegliamo online",
             """
Ciao Nadia,

per la scelta delle piastrelle del bagno possiamo fare tutto per e-mail, senza vederci il 30. Ti ho messo le proposte in una cartella condivisa: drive.google.com/piastrelle-fumasoni. Dimmi quali ti piacciono!

Ciao,
Luca
""", "shared-drive link nobody gave")),
    (T3, bad("email_invented", S("it", "delegate", "Sergio Colonna", "Anita Bruni", "formal", "regular",
                                 meeting="Consegna delle chiavi dell'appartamento", at="giovedì 3 giugno alle 18:00",
                                 col="Emanuele Grasso"),
             "Consegna chiavi di giovedì",
             """
Gentile Signor Colonna,

giovedì 3 giugno non potrò essere presente alla consegna delle chiavi dell'appartamento: La incontrerà alle 18 il mio collega Emanuele Grasso. Per qualsiasi necessità può scrivergli a e.grasso@immobiliarebruni.it.

Cordiali saluti,
Anita Bruni
""", "colleague's e-mail address nobody gave")),
    (T5, bad("email_invented", S("it", "cancellation_policy", "Patrizia Longhi", "Mauro Bellini", "formal", "new",
                                 pol={"notice_hours": 24, "fee_percent": 40}),
             "Le nostre condizioni",
             """
Gentile Signora Longhi,

Le riepilogo le condizioni di cancellazione: le disdette devono pervenire con almeno 24 ore di anticipo, altrimenti viene addebitato il 40% della prestazione. Le disdette vanno inviate a prenotazioni@studiobellini.it.

Cordiali saluti,
Mauro Bellini
""", "bookings e-mail address nobody gave")),
    (T2, bad("phone_invented", S("it", "no_show_followup", "Raffaella Testa", "Umberto Pellegrini", "formal", "new",
                                 meeting="Prima consulenza di interior design", at="lunedì 22 febbraio alle 11:00",
                                 props=("venerdì 26 febbraio alle 11:00",)),
             "La consulenza di ieri",
             """
Gentile Signora Testa,

ieri alle 11 L'ho attesa per la prima consulenza di interior design; spero sia tutto a posto. Sono disponibile venerdì 26 febbraio alla stessa ora.

Se preferisce, mi chiami pure al 347 561 2290.

Cordiali saluti,
Umberto Pellegrini
""", "mobile number nobody gave")),
    (T4, bad("phone_invented", S("it", "shorten", "Oscar Benedetti", "Claudia Rossetti", "friendly", "regular",
                                 meeting="Riunione sul programma della sagra", at="venerdì 10 settembre alle 17:00", dur=40),
             "Sagra: facciamo in fretta venerdì",
             """
Ciao Oscar,

venerdì alle 17 possiamo stringere la riunione sul programma della sagra a 40 minuti? Se ti viene in mente qualcosa prima, chiamami in ufficio allo 0521 384 112.

Grazie!
Claudia
""", "office landline nobody gave")),
    (T1, bad("title_or_company_invented", S("it", "decline", "Emilio Sartor", "Valentina Guidi", "formal", "new",
                                            meeting="Incontro sulla fornitura di arredi per ufficio", at="giovedì 7 gennaio alle 10:00",
                                            reason="il budget per gli arredi è già stato assegnato"),
             "Fornitura di arredi",
             """
Gentile Signor Sartor,

La ringrazio per la proposta di incontro sulla fornitura di arredi per ufficio. Il budget per gli arredi è già stato assegnato, quindi preferisco non farLe dedicare del tempo il 7 gennaio.

Cordiali saluti,

Valentina Guidi
Responsabile acquisti
""", "job title under the signature nobody gave")),
    (T3, bad("title_or_company_invented", S("it", "reschedule", "Dott.ssa Fiorenza Mele", "Jacopo Bernardi", "formal", "key",
                                            meeting="Riunione sul piano di comunicazione estivo", at="venerdì 28 maggio alle 10:00",
                                            props=("lunedì 7 giugno alle 10:00",)),
             "Piano di comunicazione: lunedì 7 giugno",
             """
Gentile Dottoressa Mele,

devo purtroppo spostare la riunione sul piano di comunicazione estivo di venerdì. Le propongo lunedì 7 giugno alle 10, se Le va bene.

Cordiali saluti,
Jacopo Bernardi
Bernardi & Associati – Comunicazione d'impresa
""", "company line under the signature nobody gave")),
    (T5, bad("name_near_miss", S("it", "decline", "Ginevra Lombardini", "Cristian Pace", "formal", "regular",
                                 meeting="Visita allo stabilimento di Cremona", at="lunedì 25 ottobre alle 9:00",
                                 reason="la linea di produzione è ferma per manutenzione"),
             "Visita di lunedì",
             """
Gentile Signora Lombardin,

La ringrazio per l'invito alla visita allo stabilimento di Cremona. Lunedì però la linea sarà ferma per manutenzione e non avrebbe molto da vedere: preferisco rinunciare e riproporLe una data più avanti.

Cordiali saluti,
Cristian Pace
""", "'Lombardin' for Lombardini (one letter dropped)")),
    (T2, bad("name_near_miss", S("it", "delegate", "Aldo Fiorentini", "Monica Gatti", "formal", "key",
                                 meeting="Perizia sull'immobile di via Garibaldi", at="mercoledì 3 marzo alle 15:00",
                                 col="Samuele Bonacorsi"),
             "Perizia di via Garibaldi",
             """
Gentile Signor Fiorentini,

il 3 marzo sarò impegnata fuori sede: la perizia sull'immobile di via Garibaldi sarà eseguita alle 15 dal mio collega Samuele Buonacorsi, che La contatterà nei prossimi giorni.

Cordiali saluti,
Monica Gatti
""", "colleague 'Buonacorsi' for Bonacorsi (one letter added)")),
    (T4, bad("place_changed", S("it", "reschedule", "Pierluigi Canova", "Sara Tedeschi", "formal", "regular",
                                meeting="Sopralluogo al vigneto di Valdobbiadene", at="giovedì 2 settembre alle 8:00",
                                props=("lunedì 6 settembre alle 8:00",), reason="la grandine prevista per giovedì"),
             "Sopralluogo al vigneto: lunedì 6 settembre",
             """
Gentile Signor Canova,

con la grandine prevista per giovedì preferisco rimandare il sopralluogo al vigneto di Conegliano. Le andrebbe bene lunedì 6 settembre, sempre alle 8?

Cordiali saluti,
Sara Tedeschi
""", "the vineyard is at Valdobbiadene; the mail says Conegliano")),
    (T1, bad("foreign_paragraph", S("it", "reschedule", "Renata Spinelli", "Giorgio Amadei", "formal", "key",
                                    meeting="Presentazione del catalogo primavera", at="martedì 22 dicembre alle 11:00",
                                    props=("martedì 12 gennaio alle 11:00",)),
             "Catalogo primavera: martedì 12 gennaio",
             """
Gentile Signora Spinelli,

devo purtroppo rinviare la presentazione del catalogo primavera di domani. Le propongo martedì 12 gennaio alle 11.

Pedimos desculpa pelo incómodo e agradecemos desde já a sua compreensão.

Cordiali saluti,
Giorgio Amadei
""", "apology paragraph in Portuguese in an Italian mail")),
]
