"""Italian v5 records, each written out by hand (held out). (today, record) pairs."""

from __future__ import annotations

from v2src._rec import S, bad, ok

A, B, C, D, E = "2026-12-15", "2027-01-26", "2027-03-17", "2027-07-08", "2027-11-04"
L = "it"

RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S(L, "reschedule", "Ing. Ottavio Scarpellini", "Benedetta Lunardi", "formal", "key",
             meeting="Collaudo dell'impianto fotovoltaico di Forlì", at="giovedì 17 dicembre alle 10:00",
             props=["martedì 22 dicembre alle 9:30"], reason="il ritardo nella consegna degli inverter"),
           "Collaudo impianto di Forlì: proposta di nuova data",
           """
Gentile Ingegnere,

gli inverter non ci verranno consegnati prima di venerdì, per cui il collaudo dell'impianto fotovoltaico di Forlì previsto per giovedì 17 dicembre alle 10 non potrà svolgersi.

Le propongo di spostarlo a martedì 22 dicembre alle 9 e mezza. Mi faccia sapere se Le va bene.

Cordiali saluti,
Benedetta Lunardi
""", "correct: 'Gentile Ingegnere', 'alle 10', '9 e mezza', reason paraphrased")),
    (B, ok(S(L, "reschedule", "Ludovica Sacchetti", "Pietro Angeloni", "friendly", "regular",
             meeting="Prova del menù per il matrimonio in cascina", at="venerdì 29 gennaio alle 19:00",
             props=["martedì 2 febbraio alle 19:00", "giovedì 4 febbraio alle 20:00"], reason="il forno è in riparazione"),
           "Prova menù: cambiamo serata?",
           """
Ciao Ludovica,

il forno del ristorante è ancora in riparazione, quindi venerdì sera non riusciamo a fare la prova del menù per il matrimonio in cascina. Possiamo fare martedì 2/2 alle 19 oppure giovedì 4 alle otto di sera?

Un abbraccio,
Pietro
""", "correct: '2/2 alle 19', 'giovedì 4 alle otto di sera' for 20:00")),
    (C, ok(S(L, "reschedule", "Dott.ssa Marisa Vendramin", "Lorenzo Capecchi", "formal", "new",
             meeting="Incontro sul piano di welfare aziendale", at="giovedì 18 marzo alle 15:00",
             props=["lunedì 22 marzo alle 11:00"]),
           "Incontro welfare aziendale: rinvio a lunedì 22 marzo",
           """
Gentile Dottoressa Vendramin,

per un impegno sopraggiunto non potrò essere presente all'incontro sul piano di welfare aziendale di giovedì 18 marzo alle ore 15.

Le sarebbe possibile lunedì 22 marzo alle 11?

La ringrazio per la comprensione e Le porgo cordiali saluti.

Lorenzo Capecchi
""", "correct: 'Gentile Dottoressa Vendramin', 'alle ore 15'")),
    (E, ok(S(L, "reschedule", "Corrado Trevisiol", "Arianna Bellomo", "formal", "regular",
             meeting="Verifica trimestrale del magazzino di Lodi", at="martedì 9 novembre alle 8:30",
             props=["venerdì 12 novembre alle 8:30", "lunedì 15 novembre alle 14:00"]),
           "Verifica magazzino Lodi: due alternative",
           """
Buongiorno signor Trevisiol,

devo purtroppo spostare la verifica trimestrale del magazzino di Lodi fissata per martedì 9 novembre alle 8:30. Le propongo:

- venerdì 12 novembre, stessa ora;
- lunedì 15 novembre alle 14.

Cordiali saluti,
Arianna Bellomo
""", "correct: 'stessa ora', list of both slots")),
    (D, ok(S(L, "decline", "Gianmarco Pezzella", "Serena Tumminello", "formal", "new",
             meeting="Presentazione del software gestionale per studi dentistici", at="martedì 13 luglio alle 17:00",
             reason="abbiamo appena rinnovato il contratto con il fornitore attuale"),
           "Presentazione del software gestionale",
           """
Gentile signor Pezzella,

La ringrazio per la proposta di presentazione del software gestionale per studi dentistici di martedì 13 luglio. Abbiamo però appena rinnovato il contratto con il nostro fornitore attuale, quindi preferisco non farLe perdere tempo.

Cordiali saluti,
Serena Tumminello
""", "correct: date without time, reason paraphrased")),
    (A, ok(S(L, "decline", "Nicolò Fadda", "Ilaria Sgarbossa", "friendly", "regular",
             meeting="Aperitivo con i fornitori di Natale", at="venerdì 18 dicembre alle 18:30"),
           "Aperitivo di venerdì",
           """
Ciao Nicolò,

grazie mille dell'invito! Venerdì sera però non ce la faccio proprio, quindi salto l'aperitivo con i fornitori. Fate un brindisi anche per me!

Buone feste,
Ilaria
""", "correct: 'venerdì sera', idiom")),
    (B, ok(S(L, "shorten", "Avv. Federica Castrogiovanni", "Matteo Zuccolo", "formal", "key",
             meeting="Riunione sulla due diligence della Ferri Costruzioni", at="mercoledì 27 gennaio alle 14:30", dur=30,
             reason="un'udienza anticipata"),
           "Riunione due diligence: durata ridotta",
           """
Gentile Avvocato,

a causa di un'udienza anticipata, domani avrò a disposizione solo mezz'ora per la riunione sulla due diligence della Ferri Costruzioni delle 14:30. Possiamo concentrarci sui punti aperti?

Con i migliori saluti,
Matteo Zuccolo
""", "correct: 'mezz'ora' for 30 min, 'domani' for Wed 27, 'Gentile Avvocato'")),
    (C, ok(S(L, "shorten", "Tommaso Ruggeri", "Giada Marchetti", "friendly", "regular",
             meeting="Revisione del piano editoriale", at="venerdì 19 marzo alle 10:00", dur=45),
           "Piano editoriale: facciamo più corto",
           """
Ciao Tommaso,

venerdì alle 10 riusciamo a stare in tre quarti d'ora per la revisione del piano editoriale? Ho una consegna subito dopo.

Grazie!
Giada
""", "correct: 'tre quarti d'ora' for 45 min")),
    (D, ok(S(L, "switch_to_call", "Prof. Egidio Santangelo", "Chiara Dal Bosco", "formal", "key",
             meeting="Colloquio sul progetto di ricerca europeo", at="mercoledì 14 luglio alle 11:00",
             reason="lo sciopero dei treni"),
           "Colloquio progetto europeo: telefonata?",
           """
Gentile Professore,

a causa dello sciopero dei treni previsto per mercoledì non riuscirò a raggiungerLa. Le andrebbe di tenere il colloquio sul progetto di ricerca europeo per telefono, alla stessa ora, le 11?

Con i più cordiali saluti,
Chiara Dal Bosco
""", "correct: 'Gentile Professore', 'alla stessa ora, le 11'")),
    (E, ok(S(L, "switch_to_call", "Rebecca Ghirardelli", "Alessio Bonaventura", "friendly", "new",
             meeting="Sopralluogo per la cucina su misura", at="venerdì 5 novembre alle 9:00",
             props=["venerdì 5 novembre alle 12:00"], reason="mi servono prima alcune misure"),
           "Cucina su misura: prima una chiamata",
           """
Buongiorno Rebecca,

per il sopralluogo della cucina su misura di domani mi servirebbe prima qualche misura da Lei: possiamo sentirci al telefono a mezzogiorno invece che vederci alle 9?

A presto,
Alessio
""", "correct: 'a mezzogiorno' for 12:00, 'domani' for Fri 5")),
    (A, ok(S(L, "switch_to_email", "Rag. Cesare Mantovan", "Debora Frigerio", "formal", "regular",
             meeting="Chiusura contabile di fine anno", at="mercoledì 16 dicembre alle 16:00",
             reason="mancano solo due firme"),
           "Chiusura contabile: procediamo via e-mail",
           """
Gentile Ragioniere,

visto che ormai mancano soltanto un paio di firme, propongo di non tenere la riunione di domani alle 16 sulla chiusura contabile di fine anno e di completare tutto via e-mail.

Cordiali saluti,
Debora Frigerio
""", "correct: 'un paio di firme' paraphrases 'due firme'; 'domani alle 16'")),
    (B, ok(S(L, "switch_to_email", "Samuele Pirastu", "Veronica Lanza", "friendly", "regular",
             meeting="Punto sul volantino della sagra", at="lunedì 1 febbraio alle 18:00"),
           "Volantino della sagra",
           """
Ciao Samuele,

per il volantino della sagra direi che lunedì non serve vederci: ti mando la bozza per mail e mi rispondi con le correzioni quando puoi. Ci metti cinque minuti!

Veronica
""", "correct: idiom 'ci metti cinque minuti' (not a duration fact)")),
    (C, ok(S(L, "delegate", "Dott. Ruggero Benvenuti", "Elena Castaldo", "formal", "regular",
             meeting="Incontro sulla polizza infortuni", at="martedì 23 marzo alle 9:00",
             col="Dott. Fabrizio Olivotto"),
           "Incontro polizza infortuni: La riceverà il Dott. Olivotto",
           """
Gentile Dottor Benvenuti,

martedì 23 marzo sarò fuori sede. Per non rimandare l'incontro sulla polizza infortuni, alle 9 La riceverà il collega Dott. Olivotto, che segue la pratica con me.

Cordiali saluti,
Elena Castaldo
""", "correct: colleague as 'Dott. Olivotto', 'Gentile Dottor Benvenuti'")),
    (D, ok(S(L, "delegate", "Martina Usai", "Davide Crestani", "friendly", "regular",
             meeting="Giro in cantiere a Mestre", at="venerdì 9 luglio alle 8:00",
             col="Sofia Brugnaro", reason="devo accompagnare mio padre in ospedale"),
           "Cantiere di domani",
           """
Ciao Martina,

domani mattina devo portare mio padre in ospedale, quindi per il giro in cantiere a Mestre alle 8 ci sarà Sofia al posto mio. Sa tutto, tranquilla.

Ciao!
Davide
""", "correct: colleague first name 'Sofia', 'domani mattina ... alle 8'")),
    (E, ok(S(L, "no_show_followup", "Gianluca Orsatti", "Marta Ferrarese", "formal", "new",
             meeting="Prima consulenza nutrizionale", at="martedì 2 novembre alle 17:00",
             props=["lunedì 8 novembre alle 17:00", "mercoledì 10 novembre alle 18:00"], pol={"fee_percent": 50}),
           "Consulenza di martedì",
           """
Gentile signor Orsatti,

martedì alle 17 La aspettavo per la prima consulenza nutrizionale. Spero non ci siano stati problemi.

Come da condizioni, per gli appuntamenti non disdetti è addebitata metà della tariffa, cioè il 50%. Possiamo fissare un nuovo incontro lunedì 8 novembre alle 17 o mercoledì 10 alle 18.

Cordiali saluti,
Marta Ferrarese
""", "correct: 'metà della tariffa' backed by 50 %, past meeting, two slots")),
    (A, ok(S(L, "no_show_followup", "Valentina Piras", "Emanuele Sorrentino", "friendly", "regular",
             meeting="Lezione di yoga privata", at="lunedì 14 dicembre alle 7:30"),
           "Ieri mattina",
           """
Ciao Valentina,

ieri mattina alle 7 e mezza ti aspettavo per la lezione di yoga, tutto bene? Nessun problema, capita! Scrivimi quando vuoi recuperarla.

Namasté,
Emanuele
""", "correct: 'ieri mattina alle 7 e mezza' for Mon 14 (today Tue 15)")),
    (B, ok(S(L, "late_cancellation", "Ornella Giacomini", "Raffaele Cusumano", "formal", "regular",
             meeting="Seduta di fisioterapia alla spalla", at="lunedì 25 gennaio alle 12:00",
             props=["giovedì 28 gennaio alle 12:00"], pol={"notice_hours": 24, "fee_percent": 40}),
           "Seduta di ieri",
           """
Gentile signora Giacomini,

ho ricevuto la Sua disdetta della seduta di fisioterapia alla spalla di ieri a mezzogiorno. Le ricordo che per le disdette con meno di 24 ore di preavviso viene addebitato il 40% della seduta.

Posso riceverLa giovedì 28 gennaio alla stessa ora.

Cordiali saluti,
Raffaele Cusumano
""", "correct: 'a mezzogiorno' for 12:00, 'alla stessa ora'")),
    (C, ok(S(L, "late_cancellation", "Filippo Marangon", "Irene Tosatto", "friendly", "new",
             meeting="Servizio fotografico per il catalogo", at="martedì 16 marzo alle 9:00", pol={"deposit_percent": 30}),
           "Servizio fotografico",
           """
Buongiorno Filippo,

grazie per avermi avvisata, anche se all'ultimo momento. Come concordato, l'acconto del 30% resta a noi. Quando vuole, rifissiamo volentieri il servizio fotografico per il catalogo.

A presto,
Irene
""", "correct: deposit 30 %, idiom 'all'ultimo momento'")),
    (D, ok(S(L, "cancellation_policy", "Arch. Loredana Fiorentini", "Gabriele Manca", "formal", "new",
             pol={"notice_hours": 48, "deposit_percent": 25}),
           "Condizioni di prenotazione",
           """
Gentile Architetto,

Le riassumo le nostre condizioni: alla prenotazione chiediamo un acconto del 25%. Si può disdire senza costi fino a due giorni prima (48 ore); dopo, l'acconto non viene restituito.

Resto a disposizione per qualsiasi chiarimento.

Gabriele Manca
""", "correct: 'due giorni prima (48 ore)', 'Gentile Architetto'")),
    (E, ok(S(L, "cancellation_policy", "Carolina Beltrame", "Nicola Spanò", "friendly", "regular",
             meeting="Corso di pasta fresca", at="giovedì 11 novembre alle 18:30", pol={"notice_hours": 72, "fee_percent": 100}),
           "Corso di pasta fresca: promemoria",
           """
Ciao Carolina,

ti ricordo che per il corso di pasta fresca di giovedì 11 novembre (alle 18:30) chi disdice con meno di 72 ore di anticipo paga il corso per intero, cioè il 100%.

Ci vediamo ai fornelli!
Nicola
""", "correct: 'per intero' backed by 100 %")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S(L, "reschedule", "Mirella Cattaneo", "Stefano Abbruzzese", "formal", "regular",
             meeting="Riunione di budget del reparto vendite estere", at="lunedì 21 dicembre alle 15:00",
             props=["mercoledì 23 dicembre alle 10:00"]),
           "Riunione di budget: spostamento",
           """
Gentile signora Cattaneo,

Le chiedo di poter spostare la riunione di budget del reparto vendite estere, prevista per mercoledì 23 dicembre alle 10, a lunedì 21 dicembre alle 15.

Cordiali saluti,
Stefano Abbruzzese
""", "old and new slot exchanged")),
    (B, bad("time_recap_wrong", S(L, "switch_to_call", "Rocco Iannuzzi", "Paola Strazzeri", "formal", "regular",
             meeting="Incontro sulla fornitura di imballaggi", at="giovedì 28 gennaio alle 11:00",
             props=["giovedì 28 gennaio alle 15:00"]),
           "Fornitura imballaggi: telefonata giovedì",
           """
Gentile signor Iannuzzi,

giovedì non potrò essere in sede: Le propongo di trasformare l'incontro sulla fornitura di imballaggi in una telefonata alle 15.

Ci sentiamo quindi giovedì alle 11.

Cordiali saluti,
Paola Strazzeri
""", "recap 'giovedì alle 11' names the old hour, not the offered 15")),
    (C, bad("weekday_wrong", S(L, "reschedule", "Annalisa Zanardi", "Cristian Molteni", "formal", "key",
             meeting="Presentazione del bilancio sociale della cooperativa", at="lunedì 22 marzo alle 10:00",
             props=["giovedì 25 marzo alle 10:00"]),
           "Bilancio sociale: nuova data venerdì 25 marzo",
           """
Gentile Dottoressa Zanardi,

Le propongo di spostare la presentazione del bilancio sociale della cooperativa da lunedì 22 marzo a giovedì 25 marzo, sempre alle 10.

Cordiali saluti,
Cristian Molteni
""", "subject 'venerdì 25 marzo' (25 marzo 2027 is a Thursday)")),
    (D, bad("percent_swapped", S(L, "late_cancellation", "Guido Scognamiglio", "Alice Boscolo", "formal", "regular",
             meeting="Trattamento estetico al viso", at="mercoledì 7 luglio alle 16:00",
             pol={"fee_percent": 20, "deposit_percent": 50}),
           "Disdetta di ieri",
           """
Gentile signor Scognamiglio,

ho ricevuto la disdetta del trattamento di ieri alle 16. Come da condizioni, trattengo l'acconto del 20% e addebito il 50% del trattamento.

Cordiali saluti,
Alice Boscolo
""", "deposit 20 % / fee 50 %: fee 20 and deposit 50 exchanged")),
    (E, bad("policy_invented", S(L, "no_show_followup", "Teresa Lombardini", "Fausto Carminati", "friendly", "regular",
             meeting="Lezione di guida in autostrada", at="mercoledì 3 novembre alle 14:00",
             props=["lunedì 8 novembre alle 14:00"]),
           "Lezione di ieri",
           """
Ciao Teresa,

ieri alle 14 ti ho aspettata per la lezione di guida in autostrada. Purtroppo le lezioni saltate senza avviso vanno comunque pagate per metà.

Facciamo lunedì 8 novembre alla stessa ora?

Fausto
""", "'pagate per metà' invents a fee (no policy given)")),
    (A, bad("number_invented", S(L, "decline", "Edoardo Pagliarani", "Marina Ciccone", "formal", "new",
             meeting="Degustazione per la lista di nozze", at="martedì 22 dicembre alle 17:00"),
           "Degustazione del 22 dicembre",
           """
Gentile signor Pagliarani,

La ringrazio per l'invito alla degustazione di martedì 22 dicembre alle 17, ma non potrò partecipare. Il nostro budget per la lista di nozze resta comunque di 5.000 euro, se vorrà inviarci una proposta.

Cordiali saluti,
Marina Ciccone
""", "budget '5.000 euro' nobody gave")),
    (B, bad("discount_invented", S(L, "late_cancellation", "Ginevra Pozzobon", "Daniele Lucchesi", "formal", "key",
             meeting="Sessione di consulenza d'immagine per il convegno", at="lunedì 25 gennaio alle 10:00",
             props=["mercoledì 3 febbraio alle 10:00"], reason="la cliente chiede uno sconto"),
           "Sessione di consulenza: nuova data",
           """
Gentile signora Pozzobon,

ho ricevuto la Sua disdetta di ieri. Possiamo recuperare la sessione di consulenza d'immagine per il convegno mercoledì 3 febbraio alle 10; per venirLe incontro, Le applicherò uno sconto del 10%.

Cordiali saluti,
Daniele Lucchesi
""", "discount 10 % licensed only by the reason")),
    (C, bad("discount_invented", S(L, "decline", "Leonardo Cavallin", "Sara Montagnoli", "friendly", "regular",
             meeting="Cena di degustazione dei nuovi vini", at="venerdì 26 marzo alle 20:00"),
           "Cena di venerdì",
           """
Ciao Leonardo,

purtroppo venerdì sera non riesco a venire alla cena di degustazione dei nuovi vini. Se vuoi, la prossima volta ti faccio la consegna a metà prezzo per farmi perdonare!

Un saluto,
Sara
""", "half-price offer nobody gave")),
    (D, bad("link_invented", S(L, "switch_to_email", "Michela Taddei", "Franco Pellegrino", "formal", "regular",
             meeting="Revisione del contratto di locazione", at="lunedì 12 luglio alle 9:00",
             reason="il documento è pronto"),
           "Contratto di locazione: revisione via e-mail",
           """
Gentile signora Taddei,

il documento è pronto, quindi Le propongo di saltare la riunione di lunedì 12 luglio e di fare la revisione via e-mail. Trova la bozza qui: https://drive.pellegrino-immobili.it/locazione-bozza

Cordiali saluti,
Franco Pellegrino
""", "drive link nobody gave (reason only says the document is ready)")),
    (E, bad("link_invented", S(L, "reschedule", "Pasquale Vitiello", "Agnese Fumagalli", "friendly", "new",
             meeting="Consulenza per l'arredo del negozio", at="lunedì 8 novembre alle 15:00"),
           "Consulenza arredo: cambiamo giorno",
           """
Buongiorno Pasquale,

lunedì pomeriggio non riesco più per la consulenza per l'arredo del negozio. Può scegliere un altro orario dal mio calendario: www.fumagalli-interni.it/prenota

A presto,
Agnese
""", "booking link nobody gave")),
    (A, bad("email_invented", S(L, "delegate", "Dott.ssa Giorgia Palumbo", "Enrico Zappalà", "formal", "regular",
             meeting="Riunione sul rinnovo della certificazione ISO", at="venerdì 18 dicembre alle 11:00",
             col="Laura Monticelli"),
           "Rinnovo certificazione ISO: La riceverà Laura Monticelli",
           """
Gentile Dottoressa Palumbo,

venerdì 18 dicembre sarò in trasferta; la riunione sul rinnovo della certificazione ISO delle 11 sarà seguita dalla collega Laura Monticelli, che può contattare a laura.monticelli.qualita@gmail.com.

Cordiali saluti,
Enrico Zappalà
""", "colleague's private address nobody gave")),
    (B, bad("email_invented", S(L, "switch_to_email", "Luciano Sperandio", "Gaia Ronchetti", "formal", "new",
             meeting="Colloquio per la fornitura di caffè", at="martedì 2 febbraio alle 10:30"),
           "Fornitura di caffè",
           """
Gentile signor Sperandio,

La ringrazio della disponibilità per martedì 2 febbraio. Le propongo di procedere per iscritto: può inviare il listino a ordini@ronchetti-bar.it e Le risponderò entro la settimana.

Cordiali saluti,
Gaia Ronchetti
""", "orders address nobody gave")),
    (C, bad("phone_invented", S(L, "switch_to_call", "Vittoria Carlesso", "Marco Bonfiglio", "formal", "regular",
             meeting="Aggiornamento sulla pratica di successione", at="mercoledì 24 marzo alle 15:00"),
           "Pratica di successione: telefonata",
           """
Gentile signora Carlesso,

per l'aggiornamento sulla pratica di successione di mercoledì 24 marzo possiamo sentirci per telefono alle 15. Mi chiami pure al 347 882 1095.

Cordiali saluti,
Marco Bonfiglio
""", "phone number nobody gave")),
    (D, bad("phone_invented", S(L, "no_show_followup", "Simone Gallerani", "Rosa Mastrangelo", "friendly", "regular",
             meeting="Sessione di allenamento in piscina", at="martedì 6 luglio alle 7:00"),
           "Allenamento di martedì",
           """
Ciao Simone,

martedì alle 7 non ti ho visto in piscina, tutto a posto? Quando vuoi recuperare mandami un messaggio al 339 410 2286.

Rosa
""", "phone number nobody gave")),
    (E, bad("title_or_company_invented", S(L, "shorten", "Elisa Cantarutti", "Jacopo Ferraris", "formal", "regular",
             meeting="Riunione di avanzamento del progetto logistico", at="mercoledì 10 novembre alle 14:00", dur=30),
           "Riunione di avanzamento: mezz'ora",
           """
Gentile signora Cantarutti,

Le chiedo di ridurre a mezz'ora la riunione di avanzamento del progetto logistico di mercoledì 10 novembre alle 14.

Cordiali saluti,

Jacopo Ferraris
Direttore operativo
""", "job title under the signature nobody gave")),
    (A, bad("title_or_company_invented", S(L, "decline", "Umberto Caprioli", "Noemi Sestito", "formal", "new",
             meeting="Incontro conoscitivo per la consulenza fiscale", at="mercoledì 16 dicembre alle 9:00"),
           "Incontro di mercoledì 16 dicembre",
           """
Gentile signor Caprioli,

La ringrazio per la proposta di incontro conoscitivo di mercoledì 16 dicembre, ma al momento non abbiamo bisogno di consulenza fiscale esterna.

Cordiali saluti,
Noemi Sestito
Sestito & Partners S.r.l.
""", "company under the signature nobody gave")),
    (B, bad("name_near_miss", S(L, "reschedule", "Ing. Amedeo Bertagnolli", "Lucia Ferretti", "formal", "key",
             meeting="Sopralluogo alla centrale idroelettrica", at="mercoledì 27 gennaio alle 9:00",
             props=["lunedì 1 febbraio alle 9:00"], reason="la neve prevista"),
           "Sopralluogo centrale: rinvio",
           """
Gentile Ing. Bertagnoli,

per la neve prevista domani Le propongo di spostare il sopralluogo alla centrale idroelettrica a lunedì 1 febbraio, sempre alle 9.

Cordiali saluti,
Lucia Ferretti
""", "'Bertagnoli' for Bertagnolli (one letter dropped)")),
    (C, bad("name_near_miss", S(L, "delegate", "Arturo Pedrazzini", "Marta Cossu", "formal", "regular",
             meeting="Incontro sul piano ferie", at="venerdì 19 marzo alle 11:00", col="Gianni Sabatucci"),
           "Piano ferie: La riceverà Gianni Sabatuci",
           """
Gentile signor Pedrazzini,

venerdì 19 marzo sarò assente; l'incontro sul piano ferie delle 11 lo terrà il collega Gianni Sabatuci.

Cordiali saluti,
Marta Cossu
""", "colleague 'Sabatuci' for Sabatucci (subject and body)")),
    (D, bad("place_changed", S(L, "reschedule", "Ottavia Ranieri", "Claudio Mazzotta", "formal", "regular",
             meeting="Visita allo stabilimento tessile di Lecco", at="giovedì 15 luglio alle 10:00",
             props=["venerdì 16 luglio alle 10:00"]),
           "Visita stabilimento: spostamento di un giorno",
           """
Gentile signora Ranieri,

Le chiedo di spostare la visita allo stabilimento tessile di Como da giovedì 15 luglio a venerdì 16 luglio, sempre alle 10.

Cordiali saluti,
Claudio Mazzotta
""", "Lecco changed to Como")),
    (E, bad("foreign_paragraph", S(L, "reschedule", "Barbara Deiana", "Roberto Casagrande", "friendly", "regular",
             meeting="Pranzo di lavoro sul nuovo listino", at="venerdì 12 novembre alle 13:00",
             props=["lunedì 15 novembre alle 13:00"]),
           "Pranzo di lavoro: lunedì?",
           """
Ciao Barbara,

venerdì sono bloccato in ufficio: spostiamo il pranzo di lavoro sul nuovo listino a lunedì 15 novembre, stessa ora?

Se não for possível, diz-me qual é o dia que te dá mais jeito.

Roberto
""", "second paragraph in Portuguese")),
]
