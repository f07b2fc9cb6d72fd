"""Hand-written Italian records of the held-out v7 fact set (issue 13): 20 correct, 20 flawed."""

from __future__ import annotations

from v2src._rec import S, bad, ok

A, B, C, D, E = "2027-01-12", "2027-03-30", "2027-06-17", "2027-09-22", "2027-11-23"

RECORDS = [
    # ---------------------------------------------------------------- correct
    (A, ok(S("it", "reschedule", "Dott.ssa Ottavia Lanfranchi", "Raffaele Menegatti", "formal", "key",
             meeting="Riunione sul piano di bonifica dell'area ex Ceramiche Tirrene", at="mercoledì 13 gennaio alle 10:30",
             props=("martedì 19 gennaio alle 10:30", "giovedì 21 gennaio alle 15:00"),
             reason="i risultati dei carotaggi non sono ancora arrivati dal laboratorio"),
           "Piano di bonifica: proposta di nuova data",
           """Gentile Dottoressa Lanfranchi,

il laboratorio non ci ha ancora consegnato i risultati dei carotaggi, e senza quei dati la riunione di domani sul piano di bonifica dell'area ex Ceramiche Tirrene rischierebbe di essere poco utile.

Le propongo quindi di rinviarla a martedì 19 gennaio, stessa ora (10.30), oppure a giovedì 21 alle tre del pomeriggio.

Resto in attesa di un Suo cenno e La ringrazio per la comprensione.

Cordiali saluti,
Raffaele Menegatti""",
           "correct: 'Gentile Dottoressa' (Dott.ssa), 'stessa ora (10.30)', 'alle tre del pomeriggio' for 15:00, 'domani'")),
    (B, ok(S("it", "reschedule", "Lorenzo Quaglia", "Benedetta Sciarra", "friendly", "regular",
             meeting="Prova del coro per il concerto di Pasqua", at="giovedì 1 aprile alle 20:30",
             props=("mercoledì 7 aprile alle 20:30",), reason="la chiesa è occupata per le funzioni"),
           "Prova del coro spostata",
           """Ciao Lorenzo,

giovedì la chiesa è occupata per le funzioni, quindi niente prova del coro. Ci vediamo mercoledì 7 alle 20.30? Passa parola agli altri tenori, se puoi!

Un abbraccio,
Benedetta""",
           "correct: short chatty, 'mercoledì 7 alle 20.30', 'passa parola'")),
    (C, ok(S("it", "reschedule", "Avv. Guido Ravizza", "Silvana Porcu", "formal", "regular",
             meeting="Firma del contratto preliminare di compravendita", at="venerdì 18 giugno alle 11:00",
             props=("martedì 22 giugno alle 11:00", "mercoledì 23 giugno alle 16:30"),
             reason="la banca non ha ancora deliberato il mutuo"),
           "Firma del preliminare: due alternative",
           """Egregio Avvocato,

la banca non ha ancora deliberato il mutuo dei miei clienti, per cui la firma del contratto preliminare di compravendita fissata per venerdì non potrà avere luogo.

Le sarei grata se potesse indicarmi quale delle seguenti date preferisce:
- martedì 22 giugno alle ore 11;
- mercoledì 23 giugno alle 16 e 30.

Distinti saluti,
Silvana Porcu""",
           "correct: bare 'Egregio Avvocato' (Avv.), 'alle ore 11', 'alle 16 e 30'")),
    (D, ok(S("it", "reschedule", "Ilaria Bortolotti", "Gianmarco Festa", "formal", "new",
             meeting="Sopralluogo per l'impianto fotovoltaico del capannone", at="venerdì 24 settembre alle 9:00",
             props=("lunedì 27 settembre alle 14:00",), reason="è prevista pioggia forte"),
           "Sopralluogo fotovoltaico – lunedì 27 settembre",
           """Buongiorno Signora Bortolotti,

per venerdì è prevista pioggia forte e salire sul tetto non sarebbe sicuro. Le propongo di spostare il sopralluogo per l'impianto fotovoltaico del capannone a lunedì 27 settembre, alle 14.

Mi faccia sapere se Le va bene.

Cordialmente,
Gianmarco Festa""",
           "correct: 'Signora' + surname, 'alle 14'")),
    (E, ok(S("it", "decline", "Ing. Cesare Montanaro", "Federica Lupo", "formal", "regular",
             meeting="Convegno sulla manutenzione predittiva", at="venerdì 26 novembre alle 9:30",
             reason="in quei giorni chiudiamo il bilancio"),
           "Convegno sulla manutenzione predittiva",
           """Gentile Ingegner Montanaro,

La ringrazio per l'invito al convegno sulla manutenzione predittiva. Purtroppo venerdì saremo nel pieno della chiusura del bilancio e non riuscirò a partecipare.

Le auguro un'ottima riuscita dell'evento.

Cordiali saluti,
Federica Lupo""",
           "correct: 'Gentile Ingegner Montanaro' (Ing.), reason paraphrased")),
    (A, ok(S("it", "decline", "Tommaso Gallina", "Arianna Cerutti", "friendly", "key",
             meeting="Cena di compleanno di Pietro", at="venerdì 15 gennaio alle 20:00",
             reason="ho la febbre da due giorni"),
           "Venerdì non ce la faccio",
           """Ciao Tommi,

sono a letto con la febbre da un paio di giorni e dubito di rimettermi in piedi per venerdì. Mi dispiace un sacco perdermi la cena di compleanno di Pietro: fagli tanti auguri da parte mia e mangiate una fetta di torta anche per me!

Baci,
Arianna""",
           "correct: nickname 'Tommi' in friendly mail, 'un paio di giorni' for due giorni, 'una fetta di torta'")),
    (B, ok(S("it", "shorten", "Dott. Alessio Brancati", "Marina Zoppi", "formal", "regular",
             meeting="Revisione del budget marketing del secondo trimestre", at="venerdì 2 aprile alle 10:00",
             dur=45, reason="alle 11 ho un collegamento con la sede di Madrid"),
           "Revisione budget: tre quarti d'ora",
           """Gentile Dottor Brancati,

venerdì alle 11 ho un collegamento con la sede di Madrid. Le chiederei quindi di contenere la revisione del budget marketing del secondo trimestre in tre quarti d'ora, cominciando puntuali alle 10.

Grazie mille per la disponibilità.

Un cordiale saluto,
Marina Zoppi""",
           "correct: 'tre quarti d'ora' for 45, 11 from the reason, 'secondo trimestre' from the meeting, 'Grazie mille'")),
    (C, ok(S("it", "shorten", "Greta Mancuso", "Davide Pellizzari", "friendly", "regular",
             meeting="Lezione di tedesco", at="lunedì 21 giugno alle 18:00", dur=30,
             reason="devo portare il gatto dal veterinario"),
           "Lezione di lunedì più corta",
           """Ciao Greta,

lunedì devo correre dal veterinario col gatto, quindi facciamo solo mezz'ora di tedesco invece della solita lezione? Alle 18 come sempre.

A lunedì,
Davide""",
           "correct: \"mezz'ora\" for 30, 'alle 18 come sempre'")),
    (D, ok(S("it", "switch_to_call", "Rag. Walter Piccinini", "Lucia Esposito", "formal", "regular",
             meeting="Chiusura della contabilità di settembre", at="giovedì 30 settembre alle 15:00",
             props=("giovedì 30 settembre alle 15:30",), reason="sarò bloccata in fiera a Rimini"),
           "Contabilità di settembre: ci sentiamo al telefono",
           """Buongiorno Ragioniere,

giovedì sarò in fiera a Rimini e non riuscirò a passare in studio per la chiusura della contabilità di settembre. Le propongo di sentirci al telefono alle 15.30 anziché alle 15: così esco con calma dallo stand.

La chiamo io, se per Lei va bene.

Cordiali saluti,
Lucia Esposito""",
           "correct: bare 'Ragioniere' (Rag.), '15.30 anziché alle 15' keeps roles")),
    (E, ok(S("it", "switch_to_call", "Noemi Castellani", "Fabrizio Orlandi", "friendly", "key",
             meeting="Pranzo di lavoro sul nuovo catalogo", at="mercoledì 24 novembre alle 13:00",
             reason="ho la macchina dal meccanico"),
           "Domani ci sentiamo al telefono?",
           """Cara Noemi,

la macchina è dal meccanico e da qui non ho modo di raggiungerti domani. Che ne dici se il pranzo sul nuovo catalogo lo trasformiamo in una telefonata all'una? Scusami per il cambio di programma!

Fabrizio""",
           "correct: 'all'una' for 13:00, 'domani' (ref Tue 23)")),
    (A, ok(S("it", "switch_to_email", "Prof. Emanuele Sartori", "Giada Rinaldi", "formal", "new",
             meeting="Colloquio sulla tesi di dottorato", at="giovedì 14 gennaio alle 16:00",
             reason="ho solo due domande sul capitolo metodologico"),
           "Tesi di dottorato: due domande per iscritto",
           """Gentile Professore,

in vista del colloquio di giovedì mi sono resa conto che le mie domande sul capitolo metodologico si riducono a due. Per non occupare il Suo tempo, preferirei porgliele per e-mail: se per Lei va bene, gliele invio nei prossimi giorni.

La ringrazio e Le porgo cordiali saluti.

Giada Rinaldi""",
           "correct: bare 'Gentile Professore' (Prof.), 'due' from the reason")),
    (B, ok(S("it", "switch_to_email", "Mattia Ferraresi", "Elisa Tonelli", "friendly", "regular",
             meeting="Aggiornamento sul sito della palestra", at="martedì 6 aprile alle 12:30",
             reason="mancano solo le foto"),
           "Sito palestra: ti aggiorno per mail",
           """Ciao Mattia,

al sito della palestra mancano solo le foto, non vale la pena vederci martedì a pranzo. Appena le ho ti mando tutto per mail e mi dici cosa ne pensi.

A presto!
Elisa""",
           "correct: 'martedì a pranzo' for 12:30")),
    (C, ok(S("it", "delegate", "Sig. Rocco Abbate", "Chiara Vitale", "formal", "regular",
             meeting="Consegna delle chiavi dell'appartamento di via Mazzini", at="martedì 22 giugno alle 9:00",
             col="Michela Ruggeri", reason="sarò in ferie"),
           "Consegna chiavi via Mazzini",
           """Gentile Signor Abbate,

martedì sarò in ferie; la consegna delle chiavi dell'appartamento di via Mazzini sarà quindi curata dalla mia collega Michela Ruggeri, alle 9 come concordato.

Le auguro un buon trasloco.

Cordiali saluti,
Chiara Vitale""",
           "correct: 'Signor Abbate' (Sig.), 'alle 9 come concordato'")),
    (D, ok(S("it", "delegate", "Annalisa Ferro", "Jacopo Mariani", "friendly", "key",
             meeting="Prova abito da sposo", at="martedì 28 settembre alle 17:00",
             col="Ginevra Tosi", reason="sono a un matrimonio a Lecce"),
           "Prova di martedì: ci pensa Ginevra",
           """Ciao Annalisa,

martedì sono giù a Lecce per un matrimonio (tanto per cambiare!), ma la prova dell'abito da sposo resta alle 17: vi segue Ginevra, che conosce già tutte le misure.

Un abbraccio a entrambi,
Jacopo""",
           "correct: colleague by first name only, 'tanto per cambiare'")),
    (E, ok(S("it", "no_show_followup", "Sergio Villabruna", "Paola Guerrini", "formal", "regular",
             meeting="Revisione annuale della caldaia", at="venerdì 19 novembre alle 8:30",
             props=("lunedì 29 novembre alle 8:30", "martedì 30 novembre alle 14:00")),
           "Revisione caldaia: nuovo appuntamento",
           """Gentile Signor Villabruna,

venerdì scorso alle 8.30 il nostro tecnico è passato per la revisione annuale della caldaia, ma non ha trovato nessuno in casa.

Possiamo tornare lunedì 29 novembre alla stessa ora oppure martedì 30 alle 14. Ci faccia sapere quale preferisce.

Cordiali saluti,
Paola Guerrini""",
           "correct: past 'venerdì scorso alle 8.30', 'alla stessa ora', 'martedì 30 alle 14'")),
    (A, ok(S("it", "no_show_followup", "Carlotta Benassi", "Nicola Fumagalli", "friendly", "regular",
             meeting="Allenamento personalizzato di mobilità", at="lunedì 11 gennaio alle 7:00",
             pol={"fee_percent": 50}),
           "Ieri mattina in palestra",
           """Ciao Carlotta,

ieri alle 7 ti ho aspettata in palestra per l'allenamento di mobilità, ma non ti ho vista arrivare. Tutto ok?

Ti ricordo solo che, come da accordi, le sessioni saltate senza avviso si pagano a metà (50%). Fammi sapere quando vuoi recuperare!

Nicola""",
           "correct: 'ieri alle 7', 'a metà (50%)'")),
    (B, ok(S("it", "late_cancellation", "Vittoria Capuano", "Stefano Riva", "formal", "new",
             meeting="Degustazione guidata in cantina", at="lunedì 29 marzo alle 17:00",
             pol={"notice_hours": 48, "deposit_percent": 30}),
           "La Sua disdetta di ieri",
           """Gentile Signora Capuano,

abbiamo ricevuto la Sua disdetta per la degustazione guidata in cantina di ieri pomeriggio. Le nostre condizioni permettono di annullare senza costi fino a due giorni prima (48 ore); in caso contrario, l'acconto del 30% versato alla prenotazione non viene restituito.

Saremo comunque lieti di accoglierLa in un'altra occasione.

Distinti saluti,
Stefano Riva""",
           "correct: 'due giorni prima (48 ore)', given deposit 30% kept")),
    (C, ok(S("it", "late_cancellation", "Filippo De Santis", "Roberta Morelli", "formal", "key",
             meeting="Servizio fotografico del catalogo estivo", at="mercoledì 16 giugno alle 9:00",
             props=("venerdì 25 giugno alle 9:00",), pol={"notice_hours": 24, "fee_percent": 100},
             reason="la modella si è ammalata"),
           "Servizio fotografico: nuova data",
           """Gentile Signor De Santis,

mi dispiace per la modella, e spero si rimetta presto. Poiché l'annullamento del servizio fotografico di ieri è arrivato con meno di 24 ore di anticipo, secondo le nostre condizioni la giornata va saldata per intero, cioè al 100%.

Per il catalogo estivo posso riservarLe venerdì 25 giugno, di nuovo alle 9.

Cordiali saluti,
Roberta Morelli""",
           "correct: 'Signor De Santis', client's reason acknowledged, 'per intero, cioè al 100%', 'di nuovo alle 9'")),
    (D, ok(S("it", "cancellation_policy", "Leonardo Bassi", "Irene Conforti", "formal", "new",
             pol={"notice_hours": 72, "fee_percent": 50}),
           "Le nostre condizioni di cancellazione",
           """Gentile Signor Bassi,

benvenuto tra i nostri clienti. Prima della prima prenotazione Le riassumo le condizioni di cancellazione: può disdire gratuitamente fino a tre giorni prima (72 ore); oltre quel termine addebitiamo la metà della tariffa, il 50%.

Per qualsiasi dubbio resto a disposizione.

Irene Conforti""",
           "correct: 'tre giorni prima (72 ore)', 'la metà della tariffa, il 50%', no meeting")),
    (E, ok(S("it", "cancellation_policy", "Martina Colombo", "Ettore Gualtieri", "friendly", "regular",
             meeting="Corso di ceramica del sabato", at="sabato 27 novembre alle 10:00",
             pol={"notice_hours": 24}),
           "Corso di sabato: promemoria",
           """Ciao Martina,

solo un promemoria per il corso di ceramica di sabato alle 10: se per caso non riesci a venire, avvisami almeno un giorno prima (24 ore), così posso dare il posto a qualcun altro.

A sabato,
Ettore""",
           "correct: 'un giorno prima (24 ore)', notice only")),
    # ---------------------------------------------------------------- flawed
    (A, bad("time_swapped", S("it", "reschedule", "Dott. Umberto Pastorelli", "Sabrina Locatelli", "formal", "regular",
             meeting="Verifica dello stato avanzamento lavori del ponte sul Serio", at="lunedì 18 gennaio alle 9:00",
             props=("lunedì 25 gennaio alle 9:00",), reason="il direttore lavori è in trasferta"),
           "Verifica SAL ponte sul Serio: nuova data",
           """Gentile Dottor Pastorelli,

il direttore lavori sarà in trasferta. La verifica dello stato avanzamento lavori del ponte sul Serio, in calendario per lunedì 25 gennaio, è quindi anticipata a lunedì 18 gennaio alle 9.

Cordiali saluti,
Sabrina Locatelli""",
           "old (18) and new (25) dates exchanged")),
    (B, bad("time_recap_wrong", S("it", "switch_to_call", "Rebecca Manzoni", "Alberto Cirillo", "formal", "regular",
             meeting="Riunione sul rinnovo della polizza aziendale", at="mercoledì 31 marzo alle 11:00",
             props=("mercoledì 31 marzo alle 11:30",), reason="sono fuori sede per una perizia"),
           "Polizza aziendale: ci sentiamo al telefono",
           """Gentile Signora Manzoni,

domani sarò fuori sede per una perizia. Le propongo di discutere il rinnovo della polizza aziendale per telefono, alle 11.30 invece che alle 11.

Riepilogando: La chiamo domani alle 11.

Cordiali saluti,
Alberto Cirillo""",
           "recap names 11 (the old time) instead of 11.30")),
    (C, bad("weekday_wrong", S("it", "decline", "Sig.ra Loredana Pace", "Daniele Sgarbi", "formal", "new",
             meeting="Presentazione dei servizi di pulizia industriale", at="lunedì 28 giugno alle 10:00",
             reason="abbiamo già un fornitore con contratto pluriennale"),
           "Presentazione di lunedì 29 giugno",
           """Gentile Signora Pace,

La ringrazio per la proposta di presentarci i Vostri servizi di pulizia industriale. Abbiamo però già un fornitore con cui siamo legati da un contratto pluriennale, per cui non ritengo utile l'incontro.

Cordiali saluti,
Daniele Sgarbi""",
           "subject 'lunedì 29 giugno' (the meeting is Monday 28; 29 June 2027 is a Tuesday)")),
    (D, bad("percent_swapped", S("it", "late_cancellation", "Renato Gatti", "Camilla Bruno", "formal", "regular",
             meeting="Noleggio della sala conferenze", at="martedì 21 settembre alle 9:00",
             pol={"notice_hours": 48, "fee_percent": 40, "deposit_percent": 20}),
           "Disdetta della sala conferenze",
           """Gentile Signor Gatti,

abbiamo preso nota della disdetta del noleggio della sala conferenze di ieri, arrivata con meno di 48 ore di preavviso. Come da contratto, tratteniamo l'acconto del 40% e addebitiamo una penale pari al 20% del noleggio.

Cordiali saluti,
Camilla Bruno""",
           "acconto 40% / penale 20% swapped (given fee 40%, deposit 20%)")),
    (E, bad("policy_invented", S("it", "reschedule", "Giorgia Ferrantelli", "Marco Pagani", "friendly", "regular",
             meeting="Seduta di tatuaggio", at="giovedì 25 novembre alle 15:00",
             props=("lunedì 29 novembre alle 15:00",), reason="mi si è rotta la macchinetta"),
           "Tatuaggio spostato a lunedì",
           """Ciao Giorgia,

mi si è rotta la macchinetta e il pezzo di ricambio arriva solo a inizio settimana. Spostiamo la seduta a lunedì 29 alle 15? La caparra resta valida, tranquilla.

Marco""",
           "'La caparra resta valida' invents a deposit nobody gave")),
    (A, bad("number_invented", S("it", "switch_to_email", "Beatrice Zanetti", "Claudio Rota", "formal", "regular",
             meeting="Aggiornamento sulla pratica di successione Zanetti", at="mercoledì 20 gennaio alle 11:00",
             reason="manca solo un certificato catastale"),
           "Pratica di successione: aggiornamento per e-mail",
           """Gentile Signora Zanetti,

per la pratica di successione manca soltanto un certificato catastale. Non credo serva vederci mercoledì: Le invierò un aggiornamento per e-mail entro 5 giorni lavorativi dal ricevimento del documento.

Cordiali saluti,
Claudio Rota""",
           "'entro 5 giorni lavorativi' is a deadline nobody gave")),
    (B, bad("discount_invented", S("it", "decline", "Franco Lodi", "Serena Cattaneo", "formal", "key",
             meeting="Incontro per il rinnovo dell'abbonamento annuale", at="venerdì 9 aprile alle 10:00",
             reason="il cliente chiede uno sconto per restare"),
           "Rinnovo dell'abbonamento annuale",
           """Gentile Signor Lodi,

La ringrazio per la richiesta di incontro sul rinnovo dell'abbonamento annuale. Non credo sia necessario vederci venerdì: posso già confermarLe uno sconto del 15% sul rinnovo, che troverà nella prossima fattura.

Cordiali saluti,
Serena Cattaneo""",
           "reason used as licence: 'sconto del 15%' nobody gave")),
    (C, bad("discount_invented", S("it", "no_show_followup", "Alessandra Rizzi", "Luca Monti", "friendly", "regular",
             meeting="Lezione di golf", at="martedì 15 giugno alle 18:00", props=("martedì 22 giugno alle 18:00",)),
           "Lezione di golf di martedì",
           """Ciao Alessandra,

martedì alle 18 ti ho aspettata al campo pratica ma non sei arrivata. Tutto bene?

Se vuoi recuperare ci vediamo martedì prossimo, il 22, alla stessa ora: la lezione te la faccio a metà prezzo, visto che è la prima volta che capita.

Luca""",
           "'a metà prezzo' is a discount nobody gave")),
    (D, bad("link_invented", S("it", "switch_to_call", "Dott.ssa Vanessa Grillo", "Pietro Amato", "formal", "new",
             meeting="Primo colloquio conoscitivo", at="giovedì 23 settembre alle 14:30",
             reason="lo studio è chiuso per lavori"),
           "Colloquio di domani in videochiamata",
           """Gentile Dottoressa Grillo,

lo studio resterà chiuso per lavori anche domani. Le propongo di tenere il nostro primo colloquio conoscitivo in videochiamata, sempre alle 14.30: può collegarsi da questo indirizzo, www.studioamato.it/videochiamata.

Cordiali saluti,
Pietro Amato""",
           "a bare link 'www.studioamato.it/videochiamata' nobody gave")),
    (E, bad("link_invented", S("it", "reschedule", "Riccardo Nerozzi", "Valeria Sala", "formal", "regular",
             meeting="Colloquio con i genitori della classe terza", at="mercoledì 24 novembre alle 17:00",
             props=("martedì 30 novembre alle 17:00",), reason="c'è lo sciopero dei trasporti"),
           "Colloquio genitori: spostato al 30 novembre",
           """Gentile Signor Nerozzi,

a causa dello sciopero dei trasporti di domani, il colloquio con i genitori della classe terza è spostato a martedì 30 novembre, sempre alle 17. Può confermare la Sua presenza compilando il modulo su https://forms.gle/q7TerzaB2027.

Cordiali saluti,
Valeria Sala""",
           "a form link nobody gave")),
    (A, bad("email_invented", S("it", "delegate", "Marcello Fontana", "Agnese Parisi", "formal", "regular",
             meeting="Riunione sul capitolato della gara", at="giovedì 21 gennaio alle 10:00",
             col="Enrico Bellini", reason="sono in malattia"),
           "Capitolato di gara: La incontrerà Enrico Bellini",
           """Gentile Signor Fontana,

sono in malattia e non potrò essere presente giovedì. La riunione sul capitolato della gara si terrà comunque alle 10 con il mio collega Enrico Bellini, che può contattare anche a enrico.bellini@libero.it.

Cordiali saluti,
Agnese Parisi""",
           "a private e-mail address nobody gave")),
    (B, bad("email_invented", S("it", "cancellation_policy", "Cristina Marchetti", "Osvaldo Ferri", "formal", "new",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Condizioni di disdetta",
           """Gentile Signora Marchetti,

Le riassumo le nostre condizioni: gli appuntamenti si possono disdire senza spese fino a 24 ore prima; in seguito la prestazione è addebitata per intero (100%). Le disdette vanno inviate a disdette@ferri-fisioterapia.it.

Cordiali saluti,
Osvaldo Ferri""",
           "a bookings e-mail address nobody gave")),
    (C, bad("phone_invented", S("it", "switch_to_email", "Gabriele Costa", "Simona Leone", "friendly", "regular",
             meeting="Chiacchierata sul viaggio in Giappone", at="venerdì 25 giugno alle 19:00",
             reason="venerdì lavoro fino a tardi"),
           "Giappone: ti scrivo tutto",
           """Ciao Gabriele,

venerdì lavoro fino a tardi, quindi salta la chiacchierata sul viaggio in Giappone. Ti scrivo per mail tutti i consigli che ho; se ti serve qualcosa al volo chiamami pure al 347 812 5590.

Simona""",
           "a mobile number nobody gave")),
    (D, bad("phone_invented", S("it", "no_show_followup", "Ivo Marino", "Lisa Barbieri", "formal", "regular",
             meeting="Visita di controllo odontoiatrica semestrale", at="lunedì 20 settembre alle 16:00",
             props=("venerdì 1 ottobre alle 16:00",)),
           "Visita di controllo",
           """Gentile Signor Marino,

lunedì alle 16 La aspettavamo per la visita di controllo odontoiatrica semestrale. Le proponiamo un nuovo appuntamento venerdì 1 ottobre, stessa ora. Per confermare può chiamare la segreteria allo 051 644 2187.

Cordiali saluti,
Lisa Barbieri""",
           "a landline number nobody gave")),
    (E, bad("title_or_company_invented", S("it", "shorten", "Elena Ricci", "Massimo Bianchini", "formal", "regular",
             meeting="Riunione di coordinamento dei turni", at="venerdì 26 novembre alle 14:00", dur=30,
             reason="ho un'ispezione ASL alle 15"),
           "Coordinamento turni: mezz'ora",
           """Gentile Signora Ricci,

venerdì alle 15 ho un'ispezione ASL; Le chiedo quindi di ridurre la riunione di coordinamento dei turni a mezz'ora, dalle 14.

Cordiali saluti,
Massimo Bianchini
Responsabile di reparto
RSA Villa Serena""",
           "signature adds a job title and a care home nobody gave")),
    (A, bad("title_or_company_invented", S("it", "late_cancellation", "Oscar Valentini", "Rita Guidi", "friendly", "regular",
             meeting="Cena di degustazione", at="venerdì 8 gennaio alle 20:00",
             pol={"deposit_percent": 25}),
           "Cena di venerdì",
           """Ciao Oscar,

peccato per venerdì! Purtroppo la disdetta è arrivata all'ultimo, quindi l'acconto del 25% resta a noi, come previsto. Speriamo di vederti presto per un'altra cena di degustazione.

Rita Guidi
Sommelier – Osteria del Ponte""",
           "signature adds a title and a restaurant nobody gave")),
    (B, bad("name_near_miss", S("it", "shorten", "Dott. Gianluca Scarabelli", "Monica Ferretti", "formal", "regular",
             meeting="Revisione del bilancio sociale", at="giovedì 8 aprile alle 14:00", dur=40,
             reason="ho un consiglio di amministrazione subito dopo"),
           "Bilancio sociale: quaranta minuti",
           """Gentile Dottor Scarabello,

giovedì ho un consiglio di amministrazione subito dopo la revisione del bilancio sociale; Le propongo quindi di limitarla a quaranta minuti, dalle 14.

Cordiali saluti,
Monica Ferretti""",
           "greeting 'Scarabello' for Scarabelli (one letter changed)")),
    (C, bad("name_near_miss", S("it", "delegate", "Tiziana Mauri", "Alfredo Serra", "formal", "key",
             meeting="Presentazione della campagna autunnale", at="mercoledì 23 giugno alle 11:00",
             col="Donatella Crespi", reason="devo essere a Bruxelles"),
           "Campagna autunnale: La incontrerà Donatella",
           """Gentile Signora Mauri,

mercoledì devo essere a Bruxelles. La presentazione della campagna autunnale sarà tenuta dalla mia collega Donatella Crespo, alle 11 come previsto.

Cordiali saluti,
Alfredo Serra""",
           "colleague 'Crespo' for Crespi (one letter changed)")),
    (D, bad("place_changed", S("it", "reschedule", "Nadia Ferraro", "Bruno Testa", "formal", "regular",
             meeting="Visita allo stabilimento di Sassuolo", at="venerdì 1 ottobre alle 10:00",
             props=("martedì 5 ottobre alle 10:00",), reason="il forno principale è in manutenzione"),
           "Visita allo stabilimento: martedì 5 ottobre",
           """Gentile Signora Ferraro,

venerdì il forno principale sarà in manutenzione. Le propongo di spostare la visita allo stabilimento di Fiorano a martedì 5 ottobre, sempre alle 10.

Cordiali saluti,
Bruno Testa""",
           "place 'Fiorano' for Sassuolo")),
    (E, bad("foreign_paragraph", S("it", "decline", "Samuele Greco", "Adriana Mele", "formal", "regular",
             meeting="Inaugurazione del nuovo showroom", at="giovedì 25 novembre alle 18:30",
             reason="sarò all'estero per lavoro"),
           "Inaugurazione dello showroom",
           """Gentile Signor Greco,

grazie di cuore per l'invito all'inaugurazione del nuovo showroom. Giovedì sarò all'estero per lavoro e non potrò esserci.

Desejo-lhe muito sucesso com a abertura e espero visitar o espaço em breve.

Cordiali saluti,
Adriana Mele""",
           "one paragraph in Portuguese")),
]
