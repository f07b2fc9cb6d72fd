"""v15, Italian: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v15src._d import A, B, C, D, E


def S(*a, **k):
    return _S("it", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Ottavia Benedetti Sforni", "Leandro Cappellazzo", "formal", "regular",
             meeting="Consegna delle api regine ligustiche per l'apiario di Monte Cucco", at="venerdì 20 luglio alle 8:30",
             props=["mercoledì 25 luglio alle 8:30", "giovedì 26 luglio alle 17:00"],
             reason="il caldo di questi giorni rende rischioso il trasporto delle regine"),
           "Consegna delle regine: nuove date",
           """
Gentile Signora Benedetti Sforni,

con le temperature di questi giorni trasportare le regine sarebbe troppo rischioso, quindi le chiedo di spostare la consegna di venerdì mattina.

Potrei passare:
1) mercoledì 25/7 alle 8.30, oppure
2) giovedì 26 luglio alle cinque del pomeriggio.

Mi faccia sapere cosa preferisce.

Cordiali saluti,
Leandro Cappellazzo
""", "correct: '8.30', '25/7', 'alle cinque del pomeriggio' for 17:00, numbered list, double surname kept")),
    (A, ok(S("decline", "Ruggero Fantoni", "Melania Scotti", "friendly", "key",
             meeting="Prova generale della stanza \"Il Codice del Doge\"", at="giovedì 19 luglio alle 21:00",
             reason="da domenica il meccanismo della libreria girevole è bloccato"),
           "Prova di giovedì",
           """
Ciao Ruggero,

niente prova generale giovedì sera, mi dispiace: la libreria girevole è bloccata da domenica e il tecnico non è ancora passato. Senza quella, il Codice del Doge perde il colpo di scena finale.

Ti scrivo appena è sistemata!

Melania
""", "correct: weekday 'domenica' inside the retold reason, no time repeated")),
    (A, ok(S("shorten", "Ippolita Caruso", "Gianmarco Veronesi", "formal", "new",
             meeting="Prima visita per gli allineatori trasparenti di Tommaso", at="lunedì 23 luglio alle 15:30", dur=40,
             reason="nel pomeriggio ho un intervento chirurgico in un'altra sede"),
           "Visita di Tommaso, lunedì 23 luglio",
           """
Gentile Signora Caruso,

le confermo la prima visita di Tommaso lunedì 23 luglio alle 15 e 30. Dovrò però contenerla in quaranta minuti, perché nel pomeriggio sono atteso per un intervento in un'altra sede.

Per un primo inquadramento è un tempo più che sufficiente.

Distinti saluti,
Gianmarco Veronesi
""", "correct: 'quaranta minuti' for 40, '15 e 30'")),
    (A, ok(S("late_cancellation", "Corrado Malvezzi", "Tiziana Lucchesi", "formal", "regular",
             meeting="Lezione privata di yoga nidra all'eremo di Sant'Anselmo", at="lunedì 16 luglio alle 18:00",
             props=["lunedì 23 luglio alle 18:00"], pol={"notice_hours": 24, "fee_percent": 50}),
           "La lezione di ieri",
           """
Gentile Signor Malvezzi,

grazie per averci avvisati della lezione di ieri sera. Poiché la disdetta è arrivata con meno di 24 ore di anticipo, come da nostre condizioni è dovuta metà della quota (50%).

Se le fa piacere, lunedì prossimo, il 23, la aspettiamo alla stessa ora.

Un caro saluto,
Tiziana Lucchesi
""", "correct: 'metà della quota (50%)', 'ieri sera', 'lunedì prossimo, il 23', 'stessa ora'")),
    (B, ok(S("switch_to_call", "Annunziata Ferri", "Bartolo Zanetti", "formal", "key",
             meeting="Sopralluogo per la verifica sismica della scuola di Norcia", at="giovedì 23 agosto alle 10:00",
             reason="le prove sui materiali non sono ancora state consegnate dal laboratorio"),
           "Giovedì al telefono?",
           """
Gentile Signora Ferri,

il laboratorio non ci ha ancora consegnato le prove sui materiali, per cui un sopralluogo giovedì alle 10 direbbe poco. Le proporrei di fare il punto sulla verifica sismica per telefono, alla stessa ora.

Cordialmente,
Bartolo Zanetti
""", "correct: 'alle 10', 'stessa ora', reason reworded")),
    (B, ok(S("switch_to_email", "Donatello Pirovano", "Sveva Martinelli", "friendly", "regular",
             meeting="Aggiornamento sul registro elettronico dell'istituto comprensivo Rodari", at="lunedì 27 agosto alle 14:30",
             reason="quel pomeriggio giro tra quattro plessi per installare le lavagne"),
           "Registro elettronico: per mail?",
           """
Ciao Donatello,

lunedì pomeriggio giro tra quattro plessi per le lavagne, quindi invece di vederci alle 14.30 ti va se facciamo l'aggiornamento sul registro per mail?

Mandami pure cosa funziona e cosa no, ti rispondo in serata.

Sveva
""", "correct: '14.30', 'quattro plessi' from the reason")),
    (B, ok(S("no_show_followup", "Fiorenza Delogu", "Amedeo Barbieri", "friendly", "new",
             meeting="Ritiro della prima cassetta bio al punto di raccolta di via Saragozza", at="sabato 18 agosto alle 10:00",
             props=["sabato 25 agosto alle 10:00", "mercoledì 29 agosto alle 18:30"]),
           "La tua prima cassetta",
           """
Ciao Fiorenza,

sabato mattina ti aspettavamo in via Saragozza per la tua prima cassetta, ma non ti abbiamo vista. Nessun problema!

Puoi passare sabato prossimo alla stessa ora, oppure mercoledì 29 verso le sei e mezza di sera, come ti è più comodo.

A presto,
Amedeo
""", "correct: past 'sabato mattina', 'sabato prossimo alla stessa ora', 'le sei e mezza di sera' for 18:30")),
    (B, ok(S("cancellation_policy", "Lamberto Acquaviva", "Noemi Sartori", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 25}),
           "Le nostre condizioni di disdetta",
           """
Gentile Signor Acquaviva,

benvenuto nel nostro studio. Prima del suo primo appuntamento le riassumo le condizioni:

• può disdire o spostare gratuitamente fino a due giorni prima (48 ore);
• per le disdette successive addebitiamo il 25% della prestazione.

Resto a disposizione per qualsiasi chiarimento.

Cordiali saluti,
Noemi Sartori
""", "correct: 'due giorni prima (48 ore)', 'gratuitamente' before the notice, 25% fee")),
    (C, ok(S("delegate", "Ginevra Zanardelli", "Raimondo Pace", "formal", "key",
             meeting="Incontro per la scelta del feretro e dei fiori per la signora Elvira Zanardelli", at="venerdì 14 settembre alle 11:30",
             col="Assunta Carboni", reason="sono stato chiamato d'urgenza da un'altra famiglia"),
           "Il nostro incontro di venerdì",
           """
Gentile Signora Zanardelli,

mi scusi se le scrivo con poco preavviso: sono stato chiamato d'urgenza da un'altra famiglia e non potrò esserci venerdì alle 11.30.

La riceverà la mia collega Assunta Carboni, che da anni segue con me le famiglie e conosce già le sue indicazioni per i fiori e per il feretro della signora Elvira. Non dovrà ripetere nulla.

Con sentite condoglianze,
Raimondo Pace
""", "correct: 'da anni' (no number), 'con poco preavviso' (no policy), '11.30'")),
    (C, ok(S("reschedule", "Edoardo Quarantotto", "Lucilla Ferraresi", "friendly", "regular",
             meeting="Avvio della traduzione giurata dei 3 atti notarili", at="lunedì 17 settembre alle 9:00",
             props=["giovedì 20 settembre alle 9:00"], reason="la nostra traduttrice giurata è a casa con la febbre"),
           "Avvio spostato a giovedì",
           """
Ciao Edoardo,

la nostra traduttrice giurata è a casa con la febbre, quindi preferirei spostare l'avvio da lunedì a giovedì 20, sempre alle 9.

Fammi sapere se per te va bene!

Lucilla
""", "correct: surname 'Quarantotto' holds a number word, '3 atti' in the meeting name not repeated")),
    (C, ok(S("decline", "Crescenzo Nardella", "Viola Tedeschi", "formal", "new",
             meeting="Chiamata conoscitiva sull'impollinazione dei meleti della cooperativa", at="martedì 18 settembre alle 16:00",
             reason="seguo solo piccoli apiari amatoriali"),
           "La sua richiesta sui meleti",
           """
Gentile Signor Nardella,

la ringrazio per aver pensato a me per l'impollinazione dei meleti e per avermi proposto una chiamata martedì 18 settembre alle 16.

Purtroppo devo declinare: seguo solo piccoli apiari amatoriali e un servizio di impollinazione per una cooperativa va oltre quello che posso offrire. Preferisco dirglielo subito.

Le auguro buon lavoro.

Viola Tedeschi
""", "correct: reason paraphrased, 'alle 16'")),
    (C, ok(S("late_cancellation", "Pasquale Ingrao", "Ornella Bassi", "friendly", "regular",
             meeting="Sfida a squadre nella stanza \"La Cripta dei Templari\"", at="martedì 11 settembre alle 20:30",
             pol={"notice_hours": 72, "deposit_percent": 30}),
           "La prenotazione di ieri sera",
           """
Ciao Pasquale,

grazie per avermi scritto per ieri sera. Visto che la disdetta è arrivata a meno di tre giorni (72 ore), tratteniamo la caparra del 30%, e non c'è nient'altro da pagare.

I Templari vi aspettano quando volete riprovarci!

Ornella
""", "correct: 'tre giorni (72 ore)', caparra 30% kept, 'ieri sera'")),
    (D, ok(S("switch_to_call", "Benedetta Squillace", "Filiberto Russo", "friendly", "key",
             meeting="Organizzazione del ritiro di yoga in Val d'Orcia per il personale", at="mercoledì 24 ottobre alle 12:00",
             reason="ho l'auto dal meccanico fino a venerdì"),
           "Domani a mezzogiorno",
           """
Ciao Benedetta,

ho la macchina dal meccanico fino a venerdì e domani non riesco a salire in Val d'Orcia. Ci sentiamo al telefono a mezzogiorno?

Filiberto
""", "correct: very short, 'venerdì' in the reason, 'mezzogiorno' for 12:00")),
    (D, ok(S("delegate", "Ermanno Castellucci", "Rebecca Grimaldi", "formal", "regular",
             meeting="Riunione sui 150 tablet delle scuole medie", at="martedì 30 ottobre alle 11:00",
             col="Samuele Orsini"),
           "Riunione sui tablet",
           """
Gentile Signor Castellucci,

alla riunione di martedì 30/10 alle 11 sui tablet delle medie parteciperà al mio posto il collega Samuele Orsini, che ha seguito quasi tutte le vostre segnalazioni di quest'anno.

Cordiali saluti,
Rebecca Grimaldi
""", "correct: '30/10', '150' in the meeting name not repeated")),
    (D, ok(S("no_show_followup", "Marzia Cocco", "Leopoldo Vitali", "formal", "regular",
             meeting="Controllo mensile dell'apparecchio di Marzia", at="venerdì 19 ottobre alle 17:15",
             props=["venerdì 2 novembre alle 17:15"], pol={"fee_percent": 20}),
           "Appuntamento di venerdì",
           """
Gentile Signora Cocco,

venerdì scorso alle 17.15 non l'abbiamo vista al controllo del suo apparecchio. Come previsto dalle nostre condizioni, per un appuntamento mancato addebitiamo il 20% della visita.

Le abbiamo tenuto libero venerdì 2 novembre alla stessa ora; ci dica se le va bene.

Cordiali saluti,
Leopoldo Vitali
""", "correct: 'venerdì scorso', 20% fee stated, 'stessa ora'")),
    (D, ok(S("reschedule", "Gualtiero Monti", "Carla Bonfiglio", "formal", "new",
             meeting="Sopralluogo sulla trave lesionata del fienile di Cascina Roveda", at="venerdì 26 ottobre alle 8:00",
             props=["lunedì 29 ottobre alle 8:00", "lunedì 29 ottobre alle 14:00"],
             reason="il ponteggio sarà montato solo nel fine settimana"),
           "Sopralluogo a Cascina Roveda: lunedì",
           """
Gentile Signor Monti,

il ponteggio a Cascina Roveda sarà montato solo nel fine settimana, quindi venerdì non potremmo ispezionare la trave da vicino. Le propongo di spostare il sopralluogo a lunedì 29 ottobre: di prima mattina alle 8, oppure alle 2 del pomeriggio.

Attendo un suo riscontro.

Cordialmente,
Carla Bonfiglio
""", "correct: 'alle 2 del pomeriggio' for 14:00")),
    (E, ok(S("cancellation_policy", "Tancredi Aloisi", "Bianca Ferraro", "friendly", "new",
             meeting="Fine settimana di yoga e trekking sul Monte Amiata", at="venerdì 7 dicembre alle 16:00",
             pol={"notice_hours": 168, "fee_percent": 100, "deposit_percent": 40}),
           "Il tuo weekend sull'Amiata",
           """
Ciao Tancredi,

che bello averti con noi sull'Amiata! Due righe sulle condizioni, così è tutto chiaro:

- la caparra del 40% ti garantisce il posto;
- se devi disdire, avvisaci almeno una settimana prima (168 ore);
- dopo, il soggiorno è dovuto per intero (100%).

Ci vediamo venerdì 7 alle 16!

Bianca
""", "correct: 'una settimana prima (168 ore)', 'per intero (100%)', idiom 'Due righe'")),
    (E, ok(S("switch_to_email", "Loredana Pisani", "Valerio Mancuso", "formal", "regular",
             meeting="Revisione dei sottotitoli in arabo del documentario", at="giovedì 29 novembre alle 10:30",
             props=["lunedì 3 dicembre alle 10:30"], reason="il produttore vuole tutte le modifiche per iscritto"),
           "Revisione dei sottotitoli per iscritto",
           """
Gentile Signora Pisani,

poiché il produttore desidera ricevere ogni modifica per iscritto, le propongo di fare la revisione dei sottotitoli di giovedì via e-mail invece che in riunione alle 10.30. Le invio i file con i miei commenti; se restano dubbi, potremmo sentirci lunedì 3 dicembre alle dieci e mezza.

Cordiali saluti,
Valerio Mancuso
""", "correct: 'dieci e mezza' for 10:30, reason reworded")),
    (E, ok(S("shorten", "Severino Pagano", "Giada Ravasio", "friendly", "key",
             meeting="Pianificazione delle cassette natalizie per i 25 gruppi d'acquisto", at="mercoledì 5 dicembre alle 9:00",
             dur=45, reason="il furgone deve partire alle 10"),
           "Mercoledì, ma più breve",
           """
Ciao Severino,

confermato mercoledì alle 9! Però il furgone parte alle 10: riusciamo a stare nei tre quarti d'ora? Se andiamo dritti al punto sulle cassette di Natale, ce la facciamo.

Giada
""", "correct: 'tre quarti d'ora' for 45, '10' from the reason, '25' in the meeting name not repeated")),
    (E, ok(S("decline", "Adalgisa Ferrante", "Nicolò Basile", "formal", "key",
             meeting="Presentazione per l'appalto di interpretariato del tribunale di Lecce", at="venerdì 30 novembre alle 15:00",
             props=["martedì 4 dicembre alle 15:00"],
             reason="due nostre interpreti sono impegnate in un lungo processo quella settimana"),
           "Venerdì 30 novembre",
           """
Gentile Signora Ferrante,

la ringrazio per l'invito a presentare la nostra offerta per il tribunale di Lecce. Purtroppo venerdì 30 novembre alle 15 non potremo esserci: due delle nostre interpreti sono impegnate in un lungo processo quella settimana e non vorremmo presentarci senza di loro.

Se la commissione potesse riceverci martedì 4 dicembre alla stessa ora, ne saremmo felici.

Distinti saluti,
Nicolò Basile
""", "correct: 'due delle nostre interpreti' from the reason, 'stessa ora'")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_recap_wrong", S("reschedule", "Eleonora Bellandi", "Fabrizio Ottaviani", "formal", "regular",
             meeting="Smielatura del millefiori all'apiario di Castelnuovo", at="mercoledì 18 luglio alle 9:00",
             props=["venerdì 20 luglio alle 15:00"], reason="la centrifuga è guasta"),
           "Smielatura rinviata",
           """
Gentile Signora Bellandi,

la centrifuga si è guastata, per cui la smielatura di mercoledì va rinviata. Le propongo venerdì 20 luglio alle 15.

Ci vediamo quindi venerdì alle 9 in apiario.

Cordiali saluti,
Fabrizio Ottaviani
""", "the closing recap names 9 (the old hour) instead of 15")),
    (A, bad("discount_invented", S("late_cancellation", "Rodolfo Marchionni", "Daniela Cirillo", "formal", "regular",
             meeting="Partita in famiglia nella stanza \"Il Laboratorio dell'Alchimista\"", at="domenica 15 luglio alle 16:00",
             props=["sabato 28 luglio alle 16:00"]),
           "La prenotazione di domenica",
           """
Gentile Signor Marchionni,

grazie per averci avvisati per domenica. Saremo felici di accogliere la sua famiglia sabato 28 luglio alle 16, con il 10% di sconto sulla partita per il disagio.

Cordiali saluti,
Daniela Cirillo
""", "'il 10% di sconto': a discount nobody gave")),
    (A, bad("link_invented", S("shorten", "Ludovica Spada", "Cesare Bertolini", "formal", "new",
             meeting="Controllo degli allineatori di Giorgia", at="giovedì 26 luglio alle 8:30", dur=20,
             reason="lo studio apre più tardi quel giorno"),
           "Controllo di Giorgia giovedì",
           """
Gentile Signora Spada,

le confermo il controllo degli allineatori di Giorgia giovedì 26 luglio alle 8.30; poiché lo studio apre più tardi quel giorno, durerà venti minuti.

Può compilare in anticipo il questionario su studiobertolini.it/anamnesi, così guadagniamo tempo.

Distinti saluti,
Cesare Bertolini
""", "a link nobody gave")),
    (A, bad("title_or_company_invented", S("decline", "Fiammetta Colonna", "Arturo Sanfilippo", "formal", "new",
             meeting="Sopralluogo per il calcolo della scala antincendio", at="lunedì 23 luglio alle 13:00",
             reason="siamo al completo fino all'autunno"),
           "La sua scala antincendio",
           """
Gentile Signora Colonna,

la ringrazio per la richiesta. Siamo al completo fino all'autunno e devo quindi declinare il sopralluogo di lunedì 23 luglio alle 13.

Distinti saluti,
Ing. Arturo Sanfilippo
Direttore tecnico – Sanfilippo Strutture S.r.l.
""", "title, job title and company nobody gave in the signature")),
    (B, bad("weekday_wrong", S("switch_to_call", "Graziella Orlando", "Mattia Ferraris", "friendly", "regular",
             meeting="Punto sui problemi di rete della scuola primaria Collodi", at="mercoledì 22 agosto alle 11:00",
             reason="sono bloccato tutta la mattina in un altro plesso"),
           "Il punto di mercoledì",
           """
Ciao Graziella,

sono bloccato tutta la mattina in un altro plesso, non riesco a passare alla Collodi. Ci sentiamo al telefono martedì 22 agosto alle 11?

Mattia
""", "'martedì 22 agosto': 22 Aug 2029 is a Wednesday")),
    (B, bad("percent_swapped", S("no_show_followup", "Osvaldo Gentile", "Patrizia Landi", "formal", "regular",
             meeting="Lezione di yoga in gravidanza per la moglie", at="lunedì 20 agosto alle 18:30",
             props=["lunedì 27 agosto alle 18:30"], pol={"fee_percent": 50, "deposit_percent": 20}),
           "La lezione di ieri",
           """
Gentile Signor Gentile,

ieri sera non abbiamo visto sua moglie a lezione. Secondo le nostre condizioni tratteniamo la caparra del 50% e addebitiamo il 20% della lezione.

Vi aspettiamo lunedì prossimo, 27 agosto, alle 18.30.

Cordiali saluti,
Patrizia Landi
""", "fee and deposit percentages swapped (fee 50, deposit 20)")),
    (B, bad("discount_invented", S("reschedule", "Marisa Centofanti", "Domenico Ricci", "formal", "key",
             meeting="Assaggio delle nuove cassette autunnali", at="giovedì 23 agosto alle 17:00",
             props=["martedì 28 agosto alle 17:00"], reason="il nostro coltivatore è in ritardo di una settimana e la cliente chiede un gesto di scuse"),
           "Assaggio spostato",
           """
Gentile Signora Centofanti,

il nostro coltivatore è in ritardo di una settimana e dobbiamo spostare l'assaggio di giovedì a martedì 28 agosto, sempre alle 17.

Per scusarci, la prossima cassetta gliela facciamo a metà prezzo.

Con le nostre scuse,
Domenico Ricci
""", "the reason asks for a gesture; 'a metà prezzo' is a discount nobody gave")),
    (B, bad("email_invented", S("switch_to_email", "Settimio Caputo", "Alessia Moretti", "friendly", "new",
             meeting="Revisione del glossario tecnico tedesco-italiano", at="venerdì 24 agosto alle 9:30",
             reason="ho perso la voce"),
           "Glossario per mail",
           """
Ciao Settimio,

ho perso completamente la voce: facciamo la revisione del glossario di venerdì per mail invece che alle 9.30?

Scrivimi pure a glossari@moretti-traduzioni.it, così resta tutto in un'unica casella.

Alessia
""", "an e-mail address nobody gave")),
    (C, bad("phone_invented", S("delegate", "Liliana Ruggeri", "Giacinto Fabbri", "formal", "regular",
             meeting="Incontro per il testo dell'epigrafe", at="lunedì 17 settembre alle 10:00",
             col="Teresa Mazzoleni"),
           "L'incontro di lunedì",
           """
Gentile Signora Ruggeri,

purtroppo non potrò riceverla lunedì 17 settembre alle 10. La mia collega Teresa Mazzoleni seguirà con lei il testo dell'epigrafe; per qualsiasi necessità la trova al 338 472 9156.

Con i miei più sentiti saluti,
Giacinto Fabbri
""", "a phone number nobody gave")),
    (C, bad("name_near_miss", S("decline", "Agostino Lanzara", "Elisa Pellegrini", "friendly", "regular",
             meeting="Corso sulla cattura degli sciami per il gruppo apistico", at="giovedì 20 settembre alle 18:00",
             reason="sono alla fiera del miele tutta la settimana"),
           "Corso del 20",
           """
Ciao Agostino,

sono alla fiera del miele tutta la settimana, quindi giovedì 20 alle 18 non posso tenere il corso sugli sciami. Mi dispiace per il gruppo! Scusami ancora, caro Lanzaro.

Elisa
""", "near-miss name 'Lanzaro' for the recipient's surname Lanzara")),
    (C, bad("place_changed", S("switch_to_call", "Cosimo Arena", "Margherita Piras", "formal", "new",
             meeting="Colloquio d'ingresso per il ritiro di yoga a Spello", at="martedì 18 settembre alle 16:00",
             reason="la sede del ritiro è chiusa per lavori"),
           "Colloquio di martedì al telefono",
           """
Gentile Signor Arena,

la sede del ritiro è chiusa per lavori, per cui le propongo di fare al telefono il colloquio d'ingresso per il ritiro di Spoleto, martedì alle 16.

Cordiali saluti,
Margherita Piras
""", "place changed inside the meeting: 'Spoleto' for Spello")),
    (C, bad("link_invented", S("no_show_followup", "Gaspare Lombardo", "Irene Valsecchi", "friendly", "regular",
             meeting="Formazione del personale sulla stanza \"L'Osservatorio\"", at="lunedì 10 settembre alle 9:00",
             props=["venerdì 14 settembre alle 9:00"]),
           "La formazione di lunedì",
           """
Ciao Gaspare,

lunedì mattina non ti abbiamo visto alla formazione sull'Osservatorio. Tutto bene? Ce n'è un'altra venerdì 14 alle 9: il materiale lo trovi già su osservatorio-escape.it/staff.

Irene
""", "a link nobody gave")),
    (D, bad("place_changed", S("reschedule", "Annalisa Bruno", "Vittorio Sala", "formal", "key",
             meeting="Prova di carico della passerella sul torrente a Bardonecchia", at="giovedì 25 ottobre alle 7:30",
             props=["martedì 30 ottobre alle 7:30"], reason="il torrente è in piena dopo il temporale"),
           "Prova di carico rinviata",
           """
Gentile Signora Bruno,

dopo il temporale il torrente è in piena: dobbiamo rinviare la prova di carico della passerella di Oulx a martedì 30 ottobre, sempre alle 7.30.

Cordialmente,
Vittorio Sala
""", "place changed inside the meeting: 'Oulx' for Bardonecchia")),
    (D, bad("policy_invented", S("cancellation_policy", "Rocco Tarantino", "Federica Mele", "formal", "new",
             pol={"deposit_percent": 15}),
           "Condizioni di prenotazione",
           """
Gentile Signor Tarantino,

grazie per aver prenotato la visita ortodontica. Alla prenotazione chiediamo un acconto del 15%, che le restituiamo per intero se disdice entro il giorno prima.

A presto,
Federica Mele
""", "'restituiamo ... se disdice entro il giorno prima': a notice rule nobody gave")),
    (D, bad("foreign_paragraph", S("switch_to_email", "Vanessa Leone", "Bruno Carrara", "formal", "regular",
             meeting="Rilettura del bilancio sociale tradotto dal portoghese", at="venerdì 26 ottobre alle 14:00",
             reason="l'impaginato definitivo sarà pronto solo venerdì"),
           "Rilettura per e-mail",
           """
Gentile Signora Leone,

l'impaginato definitivo sarà pronto solo venerdì; le propongo quindi di fare la rilettura per e-mail invece che in riunione alle 14.

Envio-lhe as páginas corrigidas assim que tiver a paginação, com os meus comentários na margem.

Cordiali saluti,
Bruno Carrara
""", "the second paragraph is in Portuguese")),
    (D, bad("time_swapped", S("late_cancellation", "Clelia Farina", "Ivano Guidi", "friendly", "regular",
             meeting="Lezione settimanale di vinyasa", at="lunedì 22 ottobre alle 19:00",
             props=["mercoledì 24 ottobre alle 19:00"], pol={"notice_hours": 12, "fee_percent": 100}),
           "La lezione di mercoledì",
           """
Ciao Clelia,

peccato per la lezione di mercoledì! La disdetta è arrivata con meno di 12 ore di anticipo, quindi è dovuta per intero (100%).

Se vuoi recuperare c'è posto lunedì alle 19.

Ivano
""", "roles swapped: Wednesday (offered) named as the cancelled class, Monday (cancelled) offered")),
    (E, bad("foreign_paragraph", S("switch_to_call", "Gerardo Vitale", "Simona Riva", "formal", "key",
             meeting="Revisione delle richieste di assistenza del liceo Volta", at="mercoledì 28 novembre alle 15:00",
             reason="la rete del liceo è ferma e sono sul posto"),
           "Domani al telefono",
           """
Gentile Signor Vitale,

la rete del liceo è ferma e sono sul posto per ripristinarla: le propongo di rivedere le richieste di assistenza domani alle 15 al telefono.

Le llamaré desde el móvil del instituto, así que no se preocupe si ve un número desconocido.

Cordiali saluti,
Simona Riva
""", "the second paragraph is in Spanish")),
    (E, bad("number_invented", S("decline", "Ivana Marchetti", "Tommaso Fiorucci", "formal", "new",
             meeting="Preventivo per la traduzione del sito della cantina in cinese", at="lunedì 3 dicembre alle 11:00",
             reason="non traduciamo verso il cinese"),
           "Il sito in cinese",
           """
Gentile Signora Marchetti,

la ringrazio per aver pensato a noi. Devo però declinare l'incontro di lunedì 3 dicembre alle 11: non traduciamo verso il cinese, e l'agenzia partner con cui collaboriamo chiede un mese di preavviso.

Cordiali saluti,
Tommaso Fiorucci
""", "'un mese di preavviso' for a partner nobody mentioned: a number in words nobody gave")),
    (E, bad("link_invented", S("no_show_followup", "Emiliano Serra", "Chiara Fumagalli", "friendly", "new",
             meeting="Serata di prova nella stanza \"Il Caveau\"", at="venerdì 23 novembre alle 20:00",
             props=["venerdì 7 dicembre alle 20:00"]),
           "Ci sei mancato",
           """
Ciao Emiliano,

peccato non averti visto venerdì alla serata di prova! Se vuoi ancora provare il Caveau, c'è posto venerdì 7 dicembre alle 20: prenota pure su escapecaveau.it/prova.

A presto,
Chiara
""", "a booking link nobody gave")),
    (E, bad("time_recap_wrong", S("cancellation_policy", "Nadia Esposito", "Marcello Conti", "formal", "new",
             meeting="Ritiro di yoga sulle colline di Assisi", at="venerdì 7 dicembre alle 17:00",
             pol={"notice_hours": 72, "fee_percent": 50}),
           "Condizioni del ritiro di venerdì 7 dicembre alle 16:00",
           """
Gentile Signora Esposito,

per il ritiro di Assisi di venerdì 7 dicembre, ecco le condizioni: può disdire gratuitamente fino a 72 ore prima; in seguito addebitiamo il 50% della quota.

Cordiali saluti,
Marcello Conti
""", "the subject names 16:00; the retreat is at 17:00")),
]
