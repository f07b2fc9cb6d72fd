"""Hand-written Italian records of the held-out v8 fact set (issue 13): 20 correct, 20 flawed."""

from __future__ import annotations

from v2src._rec import S, bad, ok

A, B, C, D, E = "2027-02-16", "2027-04-07", "2027-05-19", "2027-09-02", "2027-10-28"

RECORDS = [
    # ---------------------------------------------------------------- correct
    (A, ok(S("it", "reschedule", "Ottavia Bressanin", "Lamberto Ceccarelli", "formal", "key",
             meeting="Riunione sul piano di manutenzione del frantoio", at="giovedì 18 febbraio alle 11",
             props=("lunedì 22 febbraio alle 11", "martedì 23 febbraio alle 15:30"),
             reason="il perito non ha ancora consegnato la relazione"),
           "Piano di manutenzione del frantoio: nuova data",
           """Gentile Signora Bressanin,

la relazione del perito non ci è ancora arrivata e, senza quella, discutere del piano di manutenzione del frantoio dopodomani servirebbe a poco.

Le propongo quindi di rivederci lunedì 22 alla stessa ora, oppure martedì 23 febbraio alle 15 e 30.

Mi scuso per il cambiamento e resto in attesa di un Suo cenno.

Cordiali saluti,
Lamberto Ceccarelli""",
           "correct: 'dopodomani' for giovedì 18 from martedì 16, 'lunedì 22 alla stessa ora', 'alle 15 e 30'")),
    (A, ok(S("it", "decline", "Nicolò Zanardelli", "Ilaria Spadoni", "friendly", "regular",
             meeting="Cena di classe del liceo Foscolo", at="sabato 27 febbraio alle 20:30",
             reason="sarò a Torino per il matrimonio di mia cugina"),
           "Cena di classe",
           """Ciao Nicolò,

che peccato! Sabato 27 sono a Torino per il matrimonio di mia cugina, quindi alla cena di classe non ci sarò.

Brindate anche per me e salutami tutti: mi rifarò alla prossima!

Un abbraccio,
Ilaria""",
           "correct: friendly, 'Sabato 27' without month, 'alla prossima' promises no date")),
    (A, ok(S("it", "no_show_followup", "Ermanno Fadda", "Carlotta Benvenuti", "formal", "regular",
             meeting="Colloquio per il mutuo prima casa", at="lunedì 15 febbraio alle 9:30",
             props=("venerdì 19 febbraio alle 9:30",)),
           "Il nostro colloquio di ieri",
           """Gentile Signor Fadda,

ieri mattina l'ho attesa in filiale per il colloquio sul mutuo prima casa e non vedendola arrivare mi sono un po' preoccupata. Spero che vada tutto bene.

Se per Lei va bene, possiamo rivederci venerdì 19 febbraio alla stessa ora (9.30).

Un cordiale saluto,
Carlotta Benvenuti""",
           "correct: 'ieri mattina' for lunedì 15, 'alla stessa ora (9.30)'; 'filiale' is where a bank meets, no address")),
    (A, ok(S("it", "switch_to_call", "Gianmaria Loddo", "Benedetta Oriani", "formal", "new",
             meeting="Sopralluogo al capannone di Carpi", at="mercoledì 24 febbraio alle 10",
             props=("mercoledì 24 febbraio alle 11",), reason="la neve ha chiuso l'autostrada A22"),
           "Capannone di Carpi: sentiamoci per telefono",
           """Gentile Signor Loddo,

con l'A22 chiusa per neve non riuscirò a raggiungere Carpi per il sopralluogo al capannone di mercoledì.

Le propongo di sentirci per telefono lo stesso giorno, alle 11 anziché alle 10: così mi mostra le questioni principali a voce e fissiamo il sopralluogo non appena le strade lo permetteranno.

Distinti saluti,
Benedetta Oriani""",
           "correct: 'alle 11 anziché alle 10' (new and old time in their roles), road from the reason")),
    (B, ok(S("it", "late_cancellation", "Raffaella Munari", "Stefano Callegari", "formal", "regular",
             meeting="Seduta di logopedia", at="martedì 6 aprile alle 16",
             props=("martedì 13 aprile alle 16", "giovedì 15 aprile alle 17:30"), reason="un imprevisto al lavoro",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Seduta di ieri",
           """Gentile Signora Munari,

ho ricevuto il Suo messaggio di ieri: capisco bene, gli imprevisti di lavoro non si scelgono.

Come previsto dalle nostre condizioni, una seduta disdetta con meno di un giorno di preavviso (24 ore) viene addebitata per intero.

Per riprendere, posso proporLe martedì prossimo, il 13, alla stessa ora, oppure giovedì 15 aprile alle 17.30.

Cordialmente,
Stefano Callegari""",
           "correct: 'un giorno di preavviso (24 ore)', 'per intero' for 100%, 'martedì prossimo, il 13, alla stessa ora'")),
    (B, ok(S("it", "shorten", "Jacopo Pellizzari", "Marta Gualtieri", "friendly", "regular",
             meeting="Prova del menu per la festa di laurea", at="venerdì 9 aprile alle 12", dur=30,
             reason="alle 13 devo essere in aeroporto"),
           "Prova del menu: facciamo in fretta",
           """Ciao Jacopo,

venerdì all'una devo già essere in aeroporto, quindi per la prova del menu ho solo mezz'ora. Partiamo puntuali a mezzogiorno e assaggiamo prima i primi, che sono quelli su cui abbiamo più dubbi?

A venerdì!
Marta""",
           "correct: 'all'una' for 13, 'mezz'ora' for 30, 'a mezzogiorno' for 12")),
    (B, ok(S("it", "delegate", "Adelaide Sormani", "Vittorio Brancaleoni", "formal", "key",
             meeting="Revisione del bilancio consolidato", at="mercoledì 14 aprile alle 9",
             col="Serena Pittaluga", reason="sarò in udienza a Milano"),
           "Revisione del bilancio: La seguirà Serena Pittaluga",
           """Gentile Signora Sormani,

mercoledì 14 aprile sarò impegnato in un'udienza a Milano e non potrò quindi seguire di persona la revisione del bilancio consolidato.

Al mio posto ci sarà la collega Serena Pittaluga, che ha lavorato con me su tutte le fasi del dossier: alle 9 sarà da Lei con la documentazione completa.

La ringrazio per la comprensione e Le porgo i miei migliori saluti.

Vittorio Brancaleoni""",
           "correct: colleague full name, 'alle 9', reason restated")),
    (B, ok(S("it", "switch_to_email", "Federico Lusuardi", "Chiara Bellomo", "friendly", "regular",
             meeting="Aperitivo per parlare della mostra fotografica", at="giovedì 8 aprile alle 18:30",
             reason="ho la febbre"),
           "Mostra: ci scriviamo?",
           """Ciao Fede!

Mi è salita la febbre e domani sera non mi muovo da casa, mi sa. Per la mostra fotografica ci aggiorniamo per mail? Ti mando stasera le mie idee sull'allestimento e mi dici cosa ne pensi.

Scusami tanto,
Chiara""",
           "correct: nickname 'Fede' for Federico, 'domani sera' for giovedì 8 from mercoledì 7")),
    (C, ok(S("it", "cancellation_policy", "Arturo Semeraro", "Lucia Dell'Orto", "formal", "new",
             pol={"notice_hours": 48, "deposit_percent": 50}),
           "Condizioni di prenotazione",
           """Gentile Signor Semeraro,

La ringrazio per averci scelto. Le riassumo le nostre condizioni: alla prenotazione chiediamo un acconto pari alla metà del prezzo, cioè il 50%, e una eventuale disdetta va comunicata almeno due giorni prima (48 ore).

Resto a disposizione per qualsiasi chiarimento.

Cordiali saluti,
Lucia Dell'Orto""",
           "correct: no meeting, 'la metà del prezzo, cioè il 50%', 'due giorni prima (48 ore)'")),
    (C, ok(S("it", "reschedule", "Martina Scalzotto", "Davide Rigon", "friendly", "regular",
             meeting="Lezione di prova di paddle", at="sabato 22 maggio alle 10",
             props=("domenica 23 maggio alle 10", "sabato 29 maggio alle 9:30"),
             reason="previsto vento forte sul lago"),
           "Paddle: cambiamo giorno",
           """Ciao Martina,

per sabato danno vento forte sul lago, e per una prima lezione di paddle non è proprio l'ideale.

Ti va domenica 23, stessa ora? Altrimenti sabato 29 maggio alle nove e mezza. Fammi sapere!

Davide""",
           "correct: 'domenica 23, stessa ora', 'alle nove e mezza' for 9:30, reason paraphrased")),
    (C, ok(S("it", "decline", "Bartolomeo Ingrassia", "Elena Capodilupo", "formal", "regular",
             meeting="Presentazione del nuovo catalogo di ceramiche", at="giovedì 27 maggio alle 17",
             reason="abbiamo già completato gli ordini per quest'anno"),
           "Presentazione del nuovo catalogo",
           """Gentile Signor Ingrassia,

La ringrazio per l'invito alla presentazione del Vostro nuovo catalogo di ceramiche, giovedì 27 maggio.

Quest'anno abbiamo già chiuso tutti gli ordini e non vorrei farLe perdere tempo: preferisco quindi declinare, ma sarò lieta di conoscere le novità in vista della prossima stagione.

Con i migliori saluti,
Elena Capodilupo""",
           "correct: decline with the door open, reason paraphrased, no later date invented")),
    (C, ok(S("it", "no_show_followup", "Rebecca Tomasella", "Fabio Marangon", "friendly", "regular",
             meeting="Allenamento personalizzato in palestra", at="lunedì 17 maggio alle 19",
             props=("giovedì 20 maggio alle 19",), pol={"notice_hours": 12, "fee_percent": 50}),
           "Allenamento di lunedì",
           """Ciao Rebecca,

lunedì sera ti ho aspettata in palestra per l'allenamento: tutto ok?

Ti ricordo solo, senza drammi, che se non avvisi almeno 12 ore prima la lezione si paga a metà (50%).

Se vuoi recuperiamo domani, giovedì 20, sempre alle sette di sera.

Fabio""",
           "correct: policy as given, 'a metà (50%)', 'domani, giovedì 20' from mercoledì 19, 'alle sette di sera' for 19")),
    (D, ok(S("it", "switch_to_call", "Umberto Castiglioni", "Silvia Bortolami", "formal", "key",
             meeting="Incontro sul rinnovo del contratto di fornitura", at="martedì 7 settembre alle 14:30",
             props=("martedì 7 settembre alle 15", "mercoledì 8 settembre alle 10"),
             reason="il treno da Roma è stato soppresso"),
           "Rinnovo del contratto di fornitura: una telefonata",
           """Egregio Signor Castiglioni,

il treno con cui sarei dovuta arrivare da Roma martedì è stato soppresso, e non c'è un'alternativa che mi permetta di essere da Voi in tempo.

Per non rimandare il rinnovo del contratto di fornitura, Le propongo una telefonata martedì 7 settembre alle 15, mezz'ora dopo l'orario previsto, oppure mercoledì 8 alle 10.

Mi scuso per il disagio e La ringrazio per la disponibilità.

Silvia Bortolami""",
           "correct: 'Egregio Signor', 'mezz'ora dopo l'orario previsto' is the gap between given times")),
    (D, ok(S("it", "late_cancellation", "Costanza Melograni", "Paolo Tuveri", "formal", "new",
             meeting="Visita del bilocale in via Mazzini con terrazzo", at="venerdì 3 settembre alle 17:30",
             props=("lunedì 6 settembre alle 17:30",), reason="un impegno di lavoro improvviso"),
           "Visita dell'appartamento",
           """Gentile Signora Melograni,

nessun problema per domani: gli impegni di lavoro dell'ultimo minuto capitano a tutti.

Se Le va bene, possiamo spostare la visita del bilocale in via Mazzini a lunedì 6 settembre, alla stessa ora.

Cordiali saluti,
Paolo Tuveri""",
           "correct: no policy given and none stated, 'domani' for venerdì 3 from giovedì 2, idiom 'dell'ultimo minuto'")),
    (D, ok(S("it", "shorten", "Matteo Scarpellini", "Giorgia Toniolo", "formal", "regular",
             meeting="Revisione trimestrale del piano editoriale", at="lunedì 13 settembre alle 9", dur=45,
             reason="ho una consegna in tipografia in tarda mattinata"),
           "Revisione del piano editoriale: tre quarti d'ora",
           """Gentile Signor Scarpellini,

lunedì 13 in tarda mattinata devo consegnare un lavoro in tipografia. Le chiederei quindi di contenere la revisione trimestrale del piano editoriale in tre quarti d'ora, iniziando alle 9 come previsto.

Le invierò prima l'elenco dei titoli da discutere, così potremo andare subito al punto.

Grazie e a presto,
Giorgia Toniolo""",
           "correct: 'tre quarti d'ora' for 45, 'alle 9 come previsto'")),
    (D, ok(S("it", "no_show_followup", "Ludovica Arcangeli", "Raimondo Esposito", "formal", "new",
             meeting="Prima visita dermatologica", at="martedì 31 agosto alle 11:15",
             props=("giovedì 9 settembre alle 11:15", "venerdì 10 settembre alle 8:45")),
           "La Sua prima visita",
           """Gentile Signora Arcangeli,

martedì scorso La attendevamo per la prima visita dermatologica, ma non L'abbiamo vista arrivare. Speriamo non sia successo nulla.

Se desidera fissare un nuovo appuntamento, abbiamo disponibilità giovedì 9 settembre alle 11 e un quarto oppure venerdì 10 alle 8.45.

Un cordiale saluto,
Raimondo Esposito""",
           "correct: 'martedì scorso' for 31 agosto from giovedì 2, 'alle 11 e un quarto', 'venerdì 10 alle 8.45'")),
    (E, ok(S("it", "reschedule", "Guido Marcantonio", "Annalisa Frigerio", "formal", "regular",
             meeting="Collaudo dell'impianto fotovoltaico", at="venerdì 29 ottobre alle 8:30",
             props=("martedì 2 novembre alle 8:30",), reason="l'inverter non è ancora stato consegnato"),
           "Collaudo dell'impianto: nuova data",
           """Gentile Signor Marcantonio,

l'inverter non ci è ancora stato consegnato, quindi il collaudo dell'impianto fotovoltaico previsto per domani non si può fare.

Le proponiamo martedì 2 novembre, sempre alle otto e mezza. Mi faccia sapere se Le va bene.

Cordialmente,
Annalisa Frigerio""",
           "correct: 'domani' for venerdì 29, 'sempre alle otto e mezza'")),
    (E, ok(S("it", "delegate", "Sara Cavazzuti", "Enrico Lanzoni", "friendly", "regular",
             meeting="Lezione di fotografia notturna", at="mercoledì 3 novembre alle 21", col="Alessio Vianello",
             reason="devo accompagnare mio padre a una visita"),
           "Fotografia notturna: ci pensa Alessio",
           """Ciao Sara,

mercoledì devo accompagnare mio padre a una visita e non riesco a esserci. La lezione di fotografia notturna la tiene Alessio Vianello, alla stessa ora: è bravissimo con le lunghe esposizioni, ti troverai benissimo.

Porta il cavalletto!
Enrico""",
           "correct: colleague full name, 'alla stessa ora' for 21, advice 'porta il cavalletto' is no fact")),
    (E, ok(S("it", "switch_to_email", "Bianca Lomonaco", "Rocco Albanese", "formal", "new",
             meeting="Incontro per il preventivo del trasloco", at="lunedì 8 novembre alle 10",
             reason="bastano le misure e le foto delle stanze"),
           "Preventivo del trasloco",
           """Gentile Signora Lomonaco,

per preparare il preventivo del trasloco non serve incontrarci lunedì: mi bastano le misure dei mobili più grandi e qualche foto delle stanze.

Può inviarmele rispondendo a questa mail; Le manderò il preventivo appena pronto.

Distinti saluti,
Rocco Albanese""",
           "correct: 'rispondendo a questa mail' gives no address, no deadline")),
    (E, ok(S("it", "cancellation_policy", "Leonardo Guarnieri", "Patrizia Sanfilippo", "formal", "key",
             meeting="Convention aziendale in agriturismo", at="giovedì 11 novembre alle 9",
             pol={"notice_hours": 168, "fee_percent": 30, "deposit_percent": 20}),
           "Convention dell'11 novembre: condizioni di disdetta",
           """Gentile Signor Guarnieri,

in vista della convention aziendale di giovedì 11 novembre, Le ricordo le condizioni concordate: acconto del 20% alla conferma; eventuali disdette vanno comunicate con almeno una settimana di anticipo (168 ore), altrimenti si applica una penale del 30%.

Restiamo a disposizione per qualsiasi esigenza.

Cordiali saluti,
Patrizia Sanfilippo""",
           "correct: 'una settimana di anticipo (168 ore)', deposit and fee each with their own term")),
    # ---------------------------------------------------------------- flawed
    (A, bad("discount_invented", S("it", "reschedule", "Maddalena Ferrucci", "Gabriele Sacchetto", "formal", "regular",
                                   meeting="Consegna delle tende su misura", at="giovedì 18 febbraio alle 14",
                                   props=("martedì 23 febbraio alle 14",),
                                   reason="la cliente si è lamentata del ritardo e chiede uno sconto"),
            "Consegna delle tende",
            """Gentile Signora Ferrucci,

mi dispiace molto per il ritardo, di cui comprendo il fastidio. Purtroppo anche la consegna di giovedì non sarà possibile: il tessuto arriverà solo a inizio settimana prossima.

Le proponiamo martedì 23 febbraio alle 14; per scusarci, il costo della posa sarà a nostro carico.

Cordiali saluti,
Gabriele Sacchetto""",
            "discount_invented: the fitting fee waived because the reason mentions a discount request")),
    (A, bad("link_invented", S("it", "switch_to_email", "Cesare Buonomo", "Alessandra Piovan", "formal", "regular",
                               meeting="Riunione sul regolamento condominiale", at="venerdì 19 febbraio alle 18",
                               reason="le modifiche sono poche"),
            "Regolamento condominiale",
            """Gentile Signor Buonomo,

le modifiche al regolamento condominiale sono poche, e credo che possiamo gestirle per iscritto invece di vederci venerdì.

Trova la bozza aggiornata qui: https://drive.google.com/file/d/1Rg7regolamento/view; mi segnali pure le Sue osservazioni.

Cordiali saluti,
Alessandra Piovan""",
            "link_invented: a file-share URL nobody gave")),
    (A, bad("email_invented", S("it", "delegate", "Teresa Mancuso", "Giacomo Pertile", "formal", "new",
                                meeting="Consulenza sulla successione ereditaria", at="lunedì 22 febbraio alle 15",
                                col="Nadia Cusumano", reason="un lutto in famiglia"),
            "Consulenza di lunedì",
            """Gentile Signora Mancuso,

per un lutto in famiglia non potrò riceverLa lunedì 22 febbraio. La consulenza sulla successione sarà seguita dalla collega Nadia Cusumano, alla stessa ora.

Per ogni documento può scriverle direttamente a n.cusumano@studiopertile.it.

Con i migliori saluti,
Giacomo Pertile""",
            "email_invented: an address for the colleague that nobody gave")),
    (A, bad("name_near_miss", S("it", "decline", "Loredana Baccichetti", "Marco Zanardo", "formal", "regular",
                                meeting="Degustazione di formaggi di malga", at="giovedì 25 febbraio alle 19",
                                reason="abbiamo già un fornitore per la stagione"),
            "Degustazione di giovedì 25",
            """Gentile Signora Bacchichetti,

La ringrazio per l'invito alla degustazione di formaggi di malga di giovedì 25 febbraio. Per questa stagione abbiamo già un fornitore, e preferisco non impegnare la Sua serata inutilmente.

Cordiali saluti,
Marco Zanardo""",
            "name_near_miss: 'Bacchichetti' for Baccichetti (one letter added)")),
    (B, bad("phone_invented", S("it", "switch_to_call", "Renato Zuccolo", "Monica Trentin", "formal", "regular",
                                meeting="Incontro sulla polizza della flotta aziendale", at="venerdì 9 aprile alle 11",
                                props=("venerdì 9 aprile alle 11:30",), reason="sono bloccata in ufficio per un'ispezione"),
            "Polizza flotta: sentiamoci per telefono",
            """Gentile Signor Zuccolo,

venerdì sarò bloccata in ufficio per un'ispezione e non potrò venire da Voi. Le propongo di sentirci per telefono lo stesso giorno alle 11.30.

Se Le è più comodo, mi chiami pure al 347 218 9046.

Cordiali saluti,
Monica Trentin""",
            "phone_invented: a mobile number nobody gave")),
    (B, bad("title_or_company_invented", S("it", "reschedule", "Irene Piccinato", "Samuele Dalla Valle", "friendly", "regular",
                                           meeting="Seconda prova dell'abito da cerimonia su misura", at="giovedì 8 aprile alle 17",
                                           props=("lunedì 12 aprile alle 17",), reason="la fodera non è ancora arrivata"),
            "Prova dell'abito",
            """Cara Irene,

la fodera del tuo abito non è ancora arrivata, quindi domani la prova non ha senso. Facciamo lunedì 12, alla stessa ora?

Un caro saluto,
Samuele Dalla Valle
Responsabile atelier – Sartoria Dalla Valle & Figli""",
            "title_or_company_invented: job title and tailor's shop under the signature")),
    (B, bad("time_swapped", S("it", "reschedule", "Fiorenza Cattaneo", "Lorenzo Sguazzin", "formal", "regular",
                              meeting="Verifica dei lavori di ristrutturazione del bagno", at="martedì 13 aprile alle 9",
                              props=("giovedì 15 aprile alle 14",), reason="l'idraulico è malato"),
            "Verifica dei lavori",
            """Gentile Signora Cattaneo,

il nostro idraulico è a letto con l'influenza, quindi devo spostare la verifica dei lavori del bagno fissata per martedì 13 aprile alle 14.

Le andrebbe bene giovedì 15 aprile alle 9?

Cordialmente,
Lorenzo Sguazzin""",
            "time_swapped: hours exchanged (meeting at 9, new slot at 14)")),
    (B, bad("percent_swapped", S("it", "late_cancellation", "Massimiliano Orrù", "Veronica Galliani", "formal", "new",
                                 meeting="Shooting fotografico per il book", at="venerdì 9 aprile alle 15",
                                 props=("venerdì 16 aprile alle 15",), reason="un impegno improvviso",
                                 pol={"notice_hours": 48, "fee_percent": 50, "deposit_percent": 30}),
            "Shooting di venerdì",
            """Gentile Signor Orrù,

ho ricevuto la Sua disdetta per lo shooting di venerdì. Purtroppo arriva con meno di 48 ore di anticipo: come da condizioni, l'acconto del 50% resta a noi e si aggiunge una penale del 30%.

Possiamo riprogrammare lo shooting per venerdì 16 aprile alle 15.

Cordiali saluti,
Veronica Galliani""",
            "percent_swapped: deposit 50% and fee 30% (given: fee 50, deposit 30)")),
    (C, bad("discount_invented", S("it", "switch_to_call", "Amedeo Frattini", "Daria Lombardo", "formal", "key",
                                   meeting="Incontro sul ritardo nella consegna dei serramenti", at="martedì 25 maggio alle 10",
                                   props=("martedì 25 maggio alle 10:30",),
                                   reason="il cliente è arrabbiato per il ritardo e chiede un risarcimento"),
            "Serramenti: ne parliamo al telefono",
            """Gentile Signor Frattini,

capisco la Sua irritazione per il ritardo dei serramenti e Le chiedo scusa. Per chiarire la situazione al più presto Le propongo una telefonata martedì 25 maggio alle 10.30.

Già da ora posso confermarLe uno sconto del 15% sul saldo finale.

Cordiali saluti,
Daria Lombardo""",
            "discount_invented: 15% off granted because the reason mentions compensation")),
    (C, bad("link_invented", S("it", "reschedule", "Gemma Rossignoli", "Tiziano Valsecchi", "friendly", "new",
                               meeting="Colloquio di orientamento universitario", at="venerdì 21 maggio alle 16",
                               props=("lunedì 24 maggio alle 16", "mercoledì 26 maggio alle 17"),
                               reason="sono stato convocato a una commissione d'esame"),
            "Colloquio di orientamento",
            """Ciao Gemma,

venerdì mi hanno convocato in una commissione d'esame, quindi devo spostare il nostro colloquio di orientamento.

Posso lunedì 24 maggio alle 16 o mercoledì 26 alle 17: scegli pure direttamente su calendly.com/tvalsecchi quello che ti va meglio.

A presto,
Tiziano""",
            "link_invented: a booking-page address nobody gave")),
    (C, bad("time_recap_wrong", S("it", "switch_to_call", "Agnese Ruggeri", "Dario Pezzullo", "formal", "regular",
                                  meeting="Incontro con i genitori sul progetto di teatro", at="giovedì 27 maggio alle 17",
                                  props=("giovedì 27 maggio alle 18",), reason="l'aula magna è occupata dagli scrutini"),
            "Progetto di teatro: una telefonata",
            """Gentile Signora Ruggeri,

giovedì l'aula magna sarà occupata dagli scrutini. Le propongo quindi di sentirci per telefono, sempre giovedì 27 maggio, ma alle 18.

Ci sentiamo quindi giovedì alle 17: La chiamo io.

Cordiali saluti,
Dario Pezzullo""",
            "time_recap_wrong: the recap names 17 (the old hour) instead of 18")),
    (C, bad("phone_invented", S("it", "no_show_followup", "Eleonora Pagliarini", "Cristiano Mele", "formal", "regular",
                                meeting="Appuntamento per la revisione della caldaia", at="lunedì 17 maggio alle 8",
                                props=("venerdì 21 maggio alle 8",)),
            "Revisione della caldaia",
            """Gentile Signora Pagliarini,

lunedì mattina il nostro tecnico è passato per la revisione della caldaia ma non ha trovato nessuno. Spero vada tutto bene.

Possiamo ripassare venerdì 21 maggio alle 8. Se preferisce, ci faccia uno squillo allo 0532 764 118.

Cordiali saluti,
Cristiano Mele""",
            "phone_invented: a landline number nobody gave")),
    (D, bad("weekday_wrong", S("it", "reschedule", "Nazario Ciampi", "Rosalba Ferretti", "formal", "regular",
                               meeting="Assemblea dei soci della cooperativa", at="venerdì 10 settembre alle 18",
                               props=("martedì 14 settembre alle 18",), reason="la sala del comune non è disponibile"),
            "Assemblea dei soci: nuova data",
            """Gentile Signor Ciampi,

la sala del comune non sarà disponibile venerdì 10 settembre, quindi l'assemblea dei soci della cooperativa va spostata.

La nuova data proposta è mercoledì 14 settembre, sempre alle 18.

Cordiali saluti,
Rosalba Ferretti""",
            "weekday_wrong: 'mercoledì 14 settembre' (14 settembre 2027 is a Tuesday)")),
    (D, bad("email_invented", S("it", "late_cancellation", "Sveva Acquaviva", "Luigi Cortellazzo", "friendly", "regular",
                                meeting="Lezione di equitazione al maneggio", at="mercoledì 1 settembre alle 17",
                                props=("martedì 7 settembre alle 17",), reason="la macchina non partiva"),
            "Lezione di ieri",
            """Ciao Sveva,

nessun problema per ieri, con la macchina in panne non potevi fare altro.

Recuperiamo martedì 7 settembre alle 17? Per qualsiasi cosa scrivimi pure a luigi.cortellazzo@libero.it.

Luigi""",
            "email_invented: a private address nobody gave")),
    (D, bad("title_or_company_invented", S("it", "switch_to_email", "Cosimo Marzano", "Valentina Sartori", "formal", "new",
                                           meeting="Riunione sul piano di comunicazione della sagra", at="lunedì 6 settembre alle 11",
                                           reason="il materiale è quasi pronto"),
            "Piano di comunicazione della sagra",
            """Gentile Signor Marzano,

il materiale per la comunicazione della sagra è quasi pronto: più che vederci lunedì, Le propongo di mandarglielo per mail appena concluso, così potrà guardarlo con calma.

Cordiali saluti,
Valentina Sartori
Direttrice creativa""",
            "title_or_company_invented: a job title under the signature")),
    (D, bad("name_near_miss", S("it", "delegate", "Gualtiero Ferraboschi", "Rita Abbondanza", "formal", "regular",
                                meeting="Perizia sul danno da grandine", at="mercoledì 8 settembre alle 9",
                                col="Manlio Tagliapietra", reason="sono in ferie"),
            "Perizia di mercoledì",
            """Gentile Signor Ferraboschi,

mercoledì 8 settembre sarò in ferie. La perizia sul danno da grandine la farà il mio collega Manlio Tagliapietro, alle 9 come concordato.

Cordiali saluti,
Rita Abbondanza""",
            "name_near_miss: colleague 'Tagliapietro' for Tagliapietra (one letter)")),
    (E, bad("policy_invented", S("it", "late_cancellation", "Oreste Gallinaro", "Simona Paternò", "formal", "regular",
                                 meeting="Seduta di agopuntura", at="mercoledì 27 ottobre alle 18",
                                 props=("mercoledì 3 novembre alle 18",), reason="traffico bloccato sulla tangenziale"),
            "Seduta di ieri",
            """Gentile Signor Gallinaro,

mi dispiace per la tangenziale di ieri, con quel traffico era impossibile arrivare.

Come sa, in questi casi l'acconto versato non è rimborsabile. Possiamo recuperare la seduta mercoledì 3 novembre alle 18.

Cordiali saluti,
Simona Paternò""",
            "policy_invented: a non-refundable deposit though no policy was given")),
    (E, bad("number_invented", S("it", "reschedule", "Marcello Vitiello", "Giuliana Ferraro", "formal", "new",
                                 meeting="Sopralluogo per il preventivo del tetto", at="venerdì 29 ottobre alle 10",
                                 props=("mercoledì 3 novembre alle 10",), reason="pioggia prevista per tutto il giorno"),
            "Sopralluogo per il tetto",
            """Gentile Signor Vitiello,

per domani è prevista pioggia per tutta la giornata, e salire sul tetto non sarebbe prudente.

Le propongo mercoledì 3 novembre, sempre alle 10. Le confermo intanto che la stima di massima resta di 4.800 euro.

Cordiali saluti,
Giuliana Ferraro""",
            "number_invented: a price of 4.800 euro nobody gave")),
    (E, bad("place_changed", S("it", "decline", "Ippolita Serafini", "Carlo Benedetti", "formal", "key",
                               meeting="Inaugurazione della cantina di Montalcino", at="sabato 6 novembre alle 11",
                               reason="sarò all'estero per una fiera"),
            "Inaugurazione della cantina",
            """Gentile Signora Serafini,

La ringrazio di cuore per l'invito all'inaugurazione della nuova cantina di Montepulciano, sabato 6 novembre. Purtroppo in quei giorni sarò all'estero per una fiera e non potrò esserci.

Le auguro un grande successo.

Con i migliori saluti,
Carlo Benedetti""",
            "place_changed: 'Montepulciano' for Montalcino")),
    (E, bad("foreign_paragraph", S("it", "reschedule", "Achille Manfredonia", "Noemi Castellucci", "formal", "regular",
                                   meeting="Consulenza per l'arredo del ristorante", at="martedì 2 novembre alle 15",
                                   props=("giovedì 4 novembre alle 15", "venerdì 5 novembre alle 10"),
                                   reason="il fornitore dei campioni è in ritardo"),
            "Arredo del ristorante: nuova data",
            """Gentile Signor Manfredonia,

il fornitore dei campioni di tessuto è in ritardo, e preferisco mostrarLe i materiali dal vivo.

Podríamos vernos el jueves 4 de noviembre a la misma hora, o bien el viernes 5 a las 10. Dígame qué le viene mejor.

Cordiali saluti,
Noemi Castellucci""",
            "foreign_paragraph: the paragraph with the slots is in Spanish")),
]
