"""v24, Italian: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v24src._d import A, B, C, D, E


def S(*a, **k):
    return _S("it", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("decline", "Ludovica Scarabelli", "Tommaso Ghezzani", "friendly", "regular",
             meeting="Tosatura del vostro barboncino", at="giovedì 19 gennaio alle 10",
             reason="il salone resta chiuso per lavori"),
           "Tosatura di giovedì",
           """
Ciao Ludovica,

purtroppo giovedì non riesco a fare la tosatura del vostro barboncino: il salone resta chiuso per lavori e non ho un altro posto dove lavorare.

Mi dispiace davvero, so che ci contavate.

Un abbraccio,
Tommaso
""", "correct: first name in friendly mail, no other slot offered")),
    (A, ok(S("late_cancellation", "Ottavio Ferracuti", "Marta Piovesan", "formal", "regular",
             meeting="Serata sauna e bagno freddo per due", at="sabato 14 gennaio alle 20",
             pol={"notice_hours": 24, "fee_percent": 50}),
           "La Sua disdetta di sabato",
           """
Gentile Signor Ferracuti,

abbiamo ricevuto la Sua disdetta per la serata sauna e bagno freddo per due di sabato alle otto di sera.

Come previsto dalle nostre condizioni, per le disdette con meno di un giorno di anticipo (24 ore) è dovuta la metà della quota (50%).

Cordiali saluti,
Marta Piovesan
""", "correct: 'alle otto di sera', policy in words next to the numbers, 'per due' from the meeting")),
    (A, ok(S("shorten", "Benedetta Zanardelli", "Ruggero Cattabriga", "formal", "new",
             meeting="Sciolinatura e affilatura di due snowboard", at="martedì 24 gennaio alle 17.30", dur=40,
             reason="il laboratorio chiude alle 18.30 quel giorno"),
           "Il Suo appuntamento di martedì",
           """
Gentile Signora Zanardelli,

martedì il laboratorio chiude alle 18.30, quindi per i Suoi due snowboard avrò a disposizione quaranta minuti, a partire dalle cinque e mezza.

La ringrazio per la comprensione.

Cordiali saluti,
Ruggero Cattabriga
""", "correct: 'quaranta minuti', 'a partire dalle cinque e mezza', '18.30' from the reason")),
    (A, ok(S("switch_to_email", "Gianmaria Voltolini", "Irene Baschirotto", "friendly", "regular",
             meeting="Consigli per la stufa della sauna in baita", at="lunedì 23 gennaio alle 18"),
           "Stufa della baita: ti scrivo",
           """
Ciao Gianmaria,

invece di sentirci lunedì alle sei, ti mando per e-mail i consigli per la stufa della sauna in baita: così li hai per iscritto e li rileggi quando ti serve.

A presto,
Irene
""", "correct: 'alle sei' for 18, friendly")),
    (B, ok(S("reschedule", "Ernesta Colombaroli", "Davide Mezzasalma", "formal", "regular",
             meeting="Sopralluogo per una sauna da giardino", at="venerdì 10 febbraio alle 9",
             props=["mercoledì 15 febbraio alle 9", "giovedì 16 febbraio alle 14.30"],
             reason="il nostro tecnico ha l'influenza"),
           "Sopralluogo: nuova data",
           """
Gentile Signora Colombaroli,

il nostro tecnico ha l'influenza e non potremo fare venerdì il sopralluogo per la Sua sauna da giardino.

Potremmo venire mercoledì 15 febbraio alla stessa ora, oppure giovedì 16 alle due e mezza del pomeriggio. Mi faccia sapere quale preferisce.

Con i migliori saluti,
Davide Mezzasalma
""", "correct: 'alla stessa ora', 'giovedì 16' without month, 'alle due e mezza del pomeriggio'")),
    (B, ok(S("switch_to_call", "Dott.ssa Annalisa Borghetti", "Leonardo Casadio", "formal", "key",
             meeting="Revisione del contratto di noleggio sci per la scuola", at="lunedì 13 febbraio alle 11"),
           "Revisione del contratto: telefonata",
           """
Gentile Dott.ssa Borghetti,

Le proporrei di fare la revisione del contratto di noleggio sci per la scuola al telefono, lunedì alle undici, invece di vederci in negozio.

La chiamerò io, se per Lei va bene.

Cordiali saluti,
Leonardo Casadio
""", "correct: title given in recipient_name, 'alle undici'")),
    (B, ok(S("cancellation_policy", "Vittorio Brambillasca", "Chiara Orsenigo", "formal", "new",
             meeting="Pacchetto di cinque toelettature per il Suo setter", at="martedì 14 febbraio alle 15",
             pol={"notice_hours": 48, "deposit_percent": 30}),
           "Condizioni per il pacchetto di toelettature",
           """
Gentile Signor Brambillasca,

La ringrazio per aver scelto il pacchetto di cinque toelettature per il Suo setter, a partire da martedì 14 febbraio.

Alla prenotazione chiediamo un acconto del 30%. Le sedute si possono disdire senza costi fino a due giorni prima (48 ore).

Cordiali saluti,
Chiara Orsenigo
""", "correct: 'cinque toelettature' from the meeting, policy in words and numbers")),
    (B, ok(S("no_show_followup", "Rosalba Pinnavaia", "Enrico Dalmasso", "friendly", "regular",
             meeting="Bagno e spazzolatura per Briciola", at="venerdì 3 febbraio alle 16",
             props=["venerdì 10 febbraio alle 16"]),
           "Briciola venerdì scorso",
           """
Ciao Rosalba,

venerdì scorso vi aspettavamo con Briciola, ma non siete passate. Spero sia tutto a posto!

Se vi va, possiamo rifare bagno e spazzolatura venerdì 10, sempre alle quattro del pomeriggio.

Un saluto,
Enrico
""", "correct: 'venerdì scorso' said of 3 Feb, 'venerdì 10' without month, 'alle quattro del pomeriggio'")),
    (C, ok(S("delegate", "Ing. Cosimo Vellutini", "Agnese Rubagotti", "formal", "regular",
             meeting="Collaudo della sauna nel centro benessere", at="lunedì 13 marzo alle 8.30",
             col="Samuele Tarantola", reason="sono bloccata su un cantiere a Bormio"),
           "Collaudo della sauna: Samuele Tarantola",
           """
Gentile Ing. Vellutini,

sono bloccata su un cantiere a Bormio e lunedì non potrò essere presente al collaudo della sauna nel centro benessere.

Al mio posto verrà il collega Samuele Tarantola, alle otto e mezza come stabilito.

Resto comunque raggiungibile.

Cordiali saluti,
Agnese Rubagotti
""", "correct: 'Ing.' given in recipient_name, colleague exact, 'alle otto e mezza'")),
    (C, ok(S("decline", "Serafina Lucchetti", "Michele Bordignon", "friendly", "new",
             meeting="Corso di sciolinatura per principianti", at="sabato 18 marzo alle 10",
             reason="il corso è già al completo"),
           "Corso di sciolinatura",
           """
Ciao Serafina,

grazie mille per l'interesse! Purtroppo il corso di sciolinatura per principianti di sabato 18 è già al completo.

Mi spiace tanto,
Michele
""", "correct: 'sabato 18' without month, short")),
    (C, ok(S("reschedule", "Arnaldo Sgarbossa", "Giulia Perathoner", "formal", "regular",
             meeting="Taglio a forbice per il Suo schnauzer", at="giovedì 9 marzo alle 11",
             props=["martedì 14 marzo alle 12"], reason="la nostra vasca da bagno è guasta"),
           "Il taglio del Suo schnauzer",
           """
Gentile Signor Sgarbossa,

la nostra vasca da bagno è guasta e giovedì non potremo occuparci del Suo schnauzer.

Potremmo spostare l'appuntamento a martedì 14 marzo a mezzogiorno?

Cordiali saluti,
Giulia Perathoner
""", "correct: 'a mezzogiorno' for 12")),
    (C, ok(S("switch_to_email", "Prof. Ascanio Melchiorri", "Rebecca Zanotelli", "formal", "regular",
             meeting="Preventivo per la sauna del dipartimento", at="mercoledì 15 marzo alle 16",
             reason="sarò in viaggio tutta la settimana"),
           "Preventivo per la sauna: via e-mail",
           """
Gentile Prof. Melchiorri,

sarò in viaggio tutta la settimana: Le propongo quindi di definire il preventivo per la sauna del dipartimento via e-mail, invece dell'incontro di mercoledì pomeriggio.

Le scriverò con tutti i dettagli.

Distinti saluti,
Rebecca Zanotelli
""", "correct: 'Prof.' given, 'mercoledì pomeriggio' for 16")),
    (D, ok(S("late_cancellation", "Fiorenza Castellucci", "Pietro Ambrosetti", "friendly", "regular",
             meeting="Toelettatura completa per Pepe e Sale", at="mercoledì 22 marzo alle 9"),
           "Ieri con Pepe e Sale",
           """
Ciao Fiorenza,

grazie di avermi avvisato per ieri, anche se all'ultimo momento. Non ti preoccupare, capita!

Fammi sapere tu quando vuoi riportare Pepe e Sale.

Un caro saluto,
Pietro
""", "correct: 'ieri' of 22 March said on 23 March, no policy given, none stated")),
    (D, ok(S("switch_to_call", "Raimondo Bevilacqua", "Sara Tonolini", "formal", "new",
             meeting="Scelta degli sci per Sua figlia", at="lunedì 27 marzo alle 17",
             props=["martedì 28 marzo alle 18"]),
           "Una telefonata per gli sci",
           """
Gentile Signore,

per la scelta degli sci di Sua figlia Le propongo una telefonata al posto dell'incontro in negozio di lunedì alle 17: potrei chiamarLa martedì 28 marzo alle sei di sera.

Cordiali saluti,
Sara Tonolini
""", "correct: 'Gentile Signore,' alone, old time named as replaced, 'alle sei di sera'")),
    (D, ok(S("shorten", "Elvira Mantegazza", "Jacopo Bellandi", "formal", "regular",
             meeting="Manutenzione annuale della sauna del condominio", at="venerdì 31 marzo alle 9", dur=90),
           "Manutenzione della sauna: tempi ridotti",
           """
Gentile Signora Mantegazza,

venerdì la manutenzione annuale della sauna del condominio durerà un'ora e mezza, dalle nove.

Grazie e cordiali saluti,
Jacopo Bellandi
""", "correct: 'un'ora e mezza' for 90, 'dalle nove'")),
    (D, ok(S("reschedule", "Corrado Pellizzari", "Alessia Fumagalli", "friendly", "key",
             meeting="Preparazione degli sci per la gara sociale", at="martedì 28 marzo alle 19",
             props=["giovedì 30 marzo alle 19"], reason="mi hanno chiamata per una consegna urgente"),
           "Sci per la gara: giovedì?",
           """
Ciao Corrado,

mi hanno appena chiamata per una consegna urgente proprio martedì sera, e non riesco a preparare gli sci per la gara sociale come d'accordo.

Ti andrebbe bene giovedì 30, sempre alle sette di sera?

Scusami tanto per il cambio. So quanto ci tieni a questa gara.

Fammi sapere,
Alessia
""", "correct: longer friendly mail, 'giovedì 30', 'alle sette di sera'")),
    (E, ok(S("cancellation_policy", "Ilaria Stramaccioni", "Nicola Barbaresco", "formal", "new",
             pol={"notice_hours": 72, "fee_percent": 100}),
           "Le nostre condizioni di disdetta",
           """
Gentile Signora,

come richiesto, Le riassumo le condizioni di disdetta per le serate in sauna privata.

Le prenotazioni si possono disdire senza costi fino a tre giorni prima (72 ore). Dopo, la quota è dovuta per intero (100%).

Cordiali saluti,
Nicola Barbaresco
""", "correct: no meeting, policy in words and numbers, 'Gentile Signora,' alone")),
    (E, ok(S("no_show_followup", "Gualtiero Bonomelli", "Paola Stefanoni", "formal", "regular",
             meeting="Stripping del Suo fox terrier", at="martedì 21 febbraio alle 14",
             pol={"fee_percent": 50}),
           "Appuntamento di martedì",
           """
Gentile Signor Bonomelli,

martedì alle due l'abbiamo aspettata per lo stripping del Suo fox terrier, ma non è arrivato nessuno.

Come da nostre condizioni, per gli appuntamenti mancati è dovuta la metà della tariffa (50%).

Cordiali saluti,
Paola Stefanoni
""", "correct: 'alle due', given fee in words and number")),
    (E, ok(S("delegate", "Lorenza Capitanio", "Fabio Trentinaglia", "friendly", "regular",
             meeting="Riparazione della soletta dei tuoi sci", at="lunedì 27 febbraio alle 17",
             col="Debora Sannazzaro"),
           "I tuoi sci: li sistema Debora",
           """
Ciao Lorenza,

lunedì non sarò in laboratorio, quindi la soletta dei tuoi sci te la ripara Debora Sannazzaro, alle cinque come d'accordo.

Ciao e a presto,
Fabio
""", "correct: colleague exact, 'alle cinque'")),
    (E, ok(S("decline", "Ermanno Tagliaferri", "Valentina Scotuzzi", "formal", "new",
             meeting="Installazione di una sauna a infrarossi in ufficio", at="giovedì 2 marzo alle 10",
             reason="non lavoriamo con gli impianti a infrarossi"),
           "La Sua richiesta di installazione",
           """
Gentile Signor Tagliaferri,

La ringrazio per averci contattato. Purtroppo non lavoriamo con gli impianti a infrarossi e non possiamo quindi occuparci dell'installazione nel Suo ufficio giovedì 2 marzo.

Mi scuso per non poterLa aiutare.

Distinti saluti,
Valentina Scotuzzi
""", "correct: plain decline, reason retold")),
    # ------------------------------------------------------------------ flawed
    (A, bad("phone_invented", S("switch_to_call", "Filiberto Guarnaccia", "Monica Rizzardi", "formal", "regular",
             meeting="Consulenza per il rivestimento in abete della sauna", at="mercoledì 18 gennaio alle 15"),
           "Consulenza al telefono",
           """
Gentile Signor Guarnaccia,

Le propongo di fare la consulenza sul rivestimento in abete al telefono, mercoledì alle 15. Mi può chiamare al 338 417 2290.

Cordiali saluti,
Monica Rizzardi
""", "mobile number nobody gave")),
    (A, bad("weekday_wrong", S("reschedule", "Nives Carboncini", "Amedeo Spolaore", "friendly", "regular",
             meeting="Toelettatura di Otello", at="venerdì 20 gennaio alle 10",
             props=["mercoledì 25 gennaio alle 10"]),
           "Otello: spostiamo?",
           """
Ciao Nives,

devo spostare la toelettatura di Otello. Ti va bene giovedì 25 gennaio alle 10?

Amedeo
""", "'giovedì 25 gennaio': 25 January 2034 is a Wednesday")),
    (A, bad("duration_wrong", S("shorten", "Clemente Sartorello", "Arianna Pezzolato", "formal", "regular",
             meeting="Lezione sull'affilatura delle lamine", at="giovedì 26 gennaio alle 18", dur=45),
           "Lezione di giovedì più breve",
           """
Gentile Signor Sartorello,

giovedì la lezione sull'affilatura delle lamine durerà mezz'ora, sempre dalle 18.

Cordiali saluti,
Arianna Pezzolato
""", "'mezz'ora' for 45 minutes")),
    (A, bad("foreign_paragraph", S("decline", "Camillo Trovarelli", "Gemma Lodigiani", "formal", "new",
             meeting="Sauna mobile per la festa di paese", at="domenica 29 gennaio alle 12",
             reason="la sauna mobile è già noleggiata"),
           "Sauna mobile",
           """
Gentile Signor Trovarelli,

la nostra sauna mobile è già noleggiata per domenica 29 gennaio e non possiamo quindi portarla alla Sua festa di paese.

Lamentamos no poder ayudarle esta vez y le deseamos una fiesta estupenda.

Cordiali saluti,
Gemma Lodigiani
""", "Spanish paragraph in an Italian mail")),
    (B, bad("time_recap_wrong", S("reschedule", "Donatella Ruffinengo", "Stefano Malvezzi", "formal", "regular",
             meeting="Montaggio della panca nella sauna", at="mercoledì 8 febbraio alle 14",
             props=["lunedì 13 febbraio alle 9.30"]),
           "Montaggio della panca",
           """
Gentile Signora Ruffinengo,

dobbiamo spostare il montaggio della panca: Le andrebbe bene lunedì 13 febbraio alle 9.30?

A lunedì alle 10, allora!

Cordiali saluti,
Stefano Malvezzi
""", "recap says 10 for 9.30")),
    (B, bad("number_invented", S("decline", "Rocco Mastrangeli", "Emma Sguazzardo", "formal", "new",
             meeting="Toelettatura per l'allevamento di bassotti", at="giovedì 16 febbraio alle 8"),
           "Toelettatura dei bassotti",
           """
Gentile Signor Mastrangeli,

purtroppo non riusciamo a prendere in carico i sette bassotti del Suo allevamento giovedì mattina.

Cordiali saluti,
Emma Sguazzardo
""", "'sette bassotti' nobody gave")),
    (B, bad("email_invented", S("switch_to_email", "Severino Ballarin", "Carla Dellavedova", "formal", "regular",
             meeting="Scelta della stufa per la sauna", at="venerdì 17 febbraio alle 11"),
           "La stufa per la sauna",
           """
Gentile Signor Ballarin,

possiamo scegliere la stufa per e-mail invece di vederci venerdì. Mi scriva pure a carla.dellavedova@libero.it.

Cordiali saluti,
Carla Dellavedova
""", "private address nobody gave")),
    (B, bad("colleague_wrong", S("delegate", "Giuditta Cerruti", "Matteo Savoldelli", "formal", "regular",
             meeting="Lavaggio e asciugatura del Suo terranova", at="martedì 14 febbraio alle 9",
             col="Noemi Gualandris"),
           "Il Suo terranova martedì",
           """
Gentile Signora Cerruti,

martedì alle 9 il Suo terranova sarà lavato e asciugato dalla collega Noemi Gualandri.

Cordiali saluti,
Matteo Savoldelli
""", "colleague 'Gualandri' for Gualandris")),
    (C, bad("title_or_company_invented", S("reschedule", "Ilario Frigerio", "Sofia Antonaccio", "formal", "regular",
             meeting="Controllo dell'impianto della sauna", at="venerdì 10 marzo alle 9",
             props=["giovedì 16 marzo alle 9"]),
           "Controllo dell'impianto",
           """
Gentile Dott. Frigerio,

dobbiamo rinviare il controllo dell'impianto della sauna: Le andrebbe bene giovedì 16 marzo alle 9?

Cordiali saluti,
Sofia Antonaccio
""", "'Dott.' nobody gave")),
    (C, bad("link_invented", S("cancellation_policy", "Marina Sparapani", "Gabriele Cortinovis", "formal", "new",
             meeting="Noleggio sci per la settimana bianca", at="sabato 18 marzo alle 8",
             pol={"notice_hours": 48}),
           "Noleggio sci: disdetta",
           """
Gentile Signora Sparapani,

il noleggio si può disdire senza costi fino a 48 ore prima. Trova tutte le condizioni su www.noleggiocortinovis.it/condizioni.

Cordiali saluti,
Gabriele Cortinovis
""", "link nobody gave")),
    (C, bad("percent_swapped", S("late_cancellation", "Aurelio Pagnoncelli", "Elisa Maraschin", "formal", "regular",
             meeting="Seduta in sauna con aromaterapia", at="lunedì 6 marzo alle 19",
             pol={"notice_hours": 24, "fee_percent": 60, "deposit_percent": 20}),
           "La Sua disdetta",
           """
Gentile Signor Pagnoncelli,

La ringrazio per averci avvisato della disdetta della seduta in sauna con aromaterapia di lunedì. Mi dispiace che non sia potuto venire.

Purtroppo la disdetta è arrivata con meno di 24 ore di anticipo. Come previsto dalle nostre condizioni, tratteniamo quindi l'acconto del 60% e applichiamo il 20% della tariffa.

Speriamo di rivederLa presto da noi.

Cordiali saluti,
Elisa Maraschin
""", "deposit (20%) and fee (60%) exchanged")),
    (C, bad("place_changed", S("switch_to_call", "Bianca Morosini", "Luca Fontanive", "friendly", "regular",
             meeting="Uscita sci e sauna a Cervinia", at="martedì 21 marzo alle 8"),
           "Cervinia: sentiamoci",
           """
Ciao Bianca,

per l'uscita sci e sauna a Courmayeur sentiamoci al telefono martedì alle 8, va bene?

Luca
""", "Cervinia changed to Courmayeur")),
    (D, bad("name_near_miss", S("late_cancellation", "Tiziana Bergamaschi", "Franco Olivotto", "formal", "regular",
             meeting="Toelettatura del Suo spinone", at="martedì 21 marzo alle 15"),
           "Disdetta di martedì",
           """
Gentile Signora Bergamasci,

abbiamo ricevuto la Sua disdetta per la toelettatura del Suo spinone di martedì pomeriggio.

Nessun problema: capiamo benissimo che gli imprevisti capitano. Quando vorrà fissare un nuovo appuntamento, ci scriva pure.

La ringraziamo per averci avvisato.

Cordiali saluti,
Franco Olivotto
""", "'Bergamasci' for Bergamaschi")),
    (D, bad("time_swapped", S("reschedule", "Patrizio Lanfranconi", "Irma Zaccheddu", "formal", "regular",
             meeting="Revisione degli attacchi", at="lunedì 27 marzo alle 16",
             props=["venerdì 31 marzo alle 16"]),
           "Revisione degli attacchi",
           """
Gentile Signor Lanfranconi,

dobbiamo spostare la revisione degli attacchi da venerdì 31 marzo a lunedì 27 marzo, alle 16.

Cordiali saluti,
Irma Zaccheddu
""", "old and new dates exchanged in the da ... a ... sentence")),
    (D, bad("policy_invented", S("no_show_followup", "Oriana Spadaccini", "Walter Bonaldi", "formal", "new",
             meeting="Prima seduta di sauna finlandese", at="sabato 18 marzo alle 10"),
           "Seduta di sabato",
           """
Gentile Signora Spadaccini,

sabato mattina l'abbiamo aspettata per la Sua prima seduta di sauna finlandese, ma non l'abbiamo vista arrivare. Spero che vada tutto bene.

Le ricordo che le sedute non disdette vengono addebitate per intero.

Se desidera riprovare, saremo felici di accoglierLa.

Cordiali saluti,
Walter Bonaldi
""", "policy nobody gave")),
    (D, bad("discount_invented", S("decline", "Adelmo Chiappori", "Silvia Vendramin", "friendly", "regular",
             meeting="Sciolinatura rapida prima della gita", at="venerdì 24 marzo alle 18",
             reason="il cliente chiede uno sconto se salta"),
           "Sciolinatura di venerdì",
           """
Ciao Adelmo,

venerdì non ce la faccio con la sciolinatura. La prossima volta ti faccio uno sconto del dieci per cento, promesso!

Silvia
""", "discount in words licensed only by the reason asking for one")),
    (E, bad("time_recap_wrong", S("switch_to_call", "Manfredi Cagnazzo", "Lisa Pierobon", "formal", "regular",
             meeting="Aggiornamento sul cantiere della sauna", at="lunedì 27 febbraio alle 10",
             props=["martedì 28 febbraio alle 16.30"]),
           "Aggiornamento al telefono",
           """
Gentile Signor Cagnazzo,

Le propongo una telefonata martedì 28 febbraio alle 16.30 invece dell'incontro in cantiere. Ci sentiamo quindi martedì alle 16!

Cordiali saluti,
Lisa Pierobon
""", "recap says 16 for 16.30")),
    (E, bad("phone_invented", S("late_cancellation", "Gilda Tarabusi", "Renato Casagrande", "formal", "regular",
             meeting="Taglio e bagno del Suo levriero", at="mercoledì 22 febbraio alle 11"),
           "Appuntamento disdetto",
           """
Gentile Signora Tarabusi,

abbiamo preso nota della Sua disdetta per mercoledì. Per riprenotare ci chiami allo 051 634 8812.

Cordiali saluti,
Renato Casagrande
""", "landline number nobody gave")),
    (E, bad("number_invented", S("shorten", "Ezio Malaspina", "Caterina Rovetta", "formal", "regular",
             meeting="Affilatura degli sci del gruppo sportivo", at="giovedì 2 marzo alle 17", dur=60),
           "Affilatura di giovedì",
           """
Gentile Signor Malaspina,

giovedì avrò un'ora per affilare gli otto paia di sci del gruppo sportivo, dalle 17.

Cordiali saluti,
Caterina Rovetta
""", "'otto paia' nobody gave")),
    (E, bad("link_invented", S("no_show_followup", "Loredana Vaccarezza", "Giacomo Pedrotti", "friendly", "regular",
             meeting="Toelettatura di Fiocco", at="lunedì 20 febbraio alle 9"),
           "Fiocco lunedì",
           """
Ciao Loredana,

lunedì non vi abbiamo visti con Fiocco. Se vuoi riprenotare puoi farlo su www.toelettaturafiocco.it/prenota.

Giacomo
""", "booking link nobody gave")),
]
