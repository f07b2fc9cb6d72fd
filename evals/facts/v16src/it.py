"""v16, Italian: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v16src._d import A, B, C, D, E


def S(*a, **k):
    return _S("it", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Ornella Zanardelli", "Gianmaria Sessarego", "formal", "regular",
             meeting="Sopralluogo per l'impianto fotovoltaico della cascina", at="giovedì 17 gennaio alle 9:30",
             props=["martedì 22 gennaio alle 9:30", "venerdì 25 gennaio alle 15:00"],
             reason="giovedì è prevista neve su tutta la Brianza"),
           "Sopralluogo in cascina: nuove date",
           """
Gentile Signora Zanardelli,

giovedì è prevista neve su tutta la Brianza e salire sul tetto della cascina non sarebbe sicuro. Le propongo quindi di spostare il sopralluogo delle nove e mezza:

- martedì 22 gennaio, stessa ora;
- oppure venerdì 25 alle 15.

Mi faccia sapere quale preferisce.

Cordiali saluti,
Gianmaria Sessarego
""", "correct: 'nove e mezza' for 9:30, 'stessa ora', 'venerdì 25 alle 15' without month, weekday in the retold reason")),
    (A, ok(S("decline", "Tommaso Ghirardelli", "Ilaria Bonfadini", "friendly", "key",
             meeting="Cotta pilota della birra alle castagne", at="venerdì 18 gennaio alle 16:00",
             reason="il mulino per il malto si è rotto e il pezzo arriva a febbraio"),
           "Cotta di venerdì",
           """
Ciao Tommaso,

purtroppo il mulino del malto ci ha abbandonato e il pezzo di ricambio arriva solo a febbraio. Per venerdì la cotta pilota della birra alle castagne salta.

Appena siamo di nuovo operativi ti chiamo, promesso!

Un abbraccio,
Ilaria
""", "correct: 'febbraio' from the reason, first name only, no new date")),
    (A, ok(S("cancellation_policy", "Dott.ssa Marta Ferrazzano", "Cesare Lunardon", "formal", "new",
             pol={"notice_hours": 72, "deposit_percent": 25}),
           "Le nostre condizioni di prenotazione",
           """
Gentile Dott.ssa Ferrazzano,

la ringrazio per l'interesse verso il nostro studio. Per prenotare una seduta chiediamo un acconto del 25%; può annullare o spostare l'appuntamento senza costi fino a tre giorni prima (72 ore).

Resto a disposizione per qualsiasi domanda.

Cordiali saluti,
Cesare Lunardon
""", "correct: title from the recipient field, 'tre giorni prima (72 ore)', 'senza costi' before the given notice")),
    (A, ok(S("no_show_followup", "Elia Scarpellini", "Noemi Tagliaferri", "friendly", "regular",
             meeting="Montaggio delle ruote nuove della gravel", at="venerdì 11 gennaio alle 18:30",
             props=["giovedì 17 gennaio alle 18:30"]),
           "Le ruote della tua gravel",
           """
Ciao Elia,

venerdì scorso ti aspettavamo in officina per montare le ruote nuove della gravel, tutto bene?

Se ti va, passa giovedì alle sei e mezza di sera: le ruote sono qui che ti aspettano.

A presto,
Noemi
""", "correct: 'venerdì scorso', 'alle sei e mezza di sera' for 18:30, no date numbers")),
    (B, ok(S("shorten", "Renato Colombarolli", "Giuditta Maranzana", "formal", "key",
             meeting="Presentazione della mappatura acustica della scuola media Pascoli", at="martedì 19 febbraio alle 11:00",
             dur=40, reason="il dirigente ha un consiglio di istituto subito dopo"),
           "Presentazione di martedì: più breve",
           """
Gentile Sig. Colombarolli,

poiché il dirigente ha un consiglio di istituto subito dopo, le propongo di ridurre la presentazione della mappatura acustica della Pascoli a quaranta minuti, sempre a partire dalle 11. Ci concentreremo sulle aule con i valori più critici.

Cordiali saluti,
Giuditta Maranzana
""", "correct: 'quaranta minuti' in words, 'Sig.' abbreviation, school named by its short name")),
    (B, ok(S("switch_to_call", "Beatrice Vianello", "Matteo Giuriato", "friendly", "regular",
             meeting="Scelta delle argille per il servizio da 12", at="lunedì 18 febbraio alle 14:30",
             reason="ho l'influenza e non voglio contagiarti"),
           "Argille: facciamo al telefono?",
           """
Ciao Bea,

mi sono preso l'influenza e non voglio contagiarti. Che dici se scegliamo le argille al telefono, lunedì alle due e mezza? Ti mando stasera le foto dei provini.

Matteo
""", "correct: 'Bea' for Beatrice, 'alle due e mezza' for 14:30, the '12' of the meeting name not repeated")),
    (B, ok(S("delegate", "Aurelio Pizzigoni", "Loredana Cavazzuti", "formal", "regular",
             meeting="Controllo annuale degli apparecchi acustici", at="giovedì 21 febbraio alle 10:15",
             col="Federica Oldani", reason="sarò a un congresso di audiologia a Bologna"),
           "Controllo di giovedì con Federica Oldani",
           """
Gentile Signor Pizzigoni,

giovedì sarò a un congresso di audiologia a Bologna. Il controllo annuale dei suoi apparecchi sarà seguito dalla collega Federica Oldani, alle 10 e un quarto come previsto: ha già la sua scheda.

Cordiali saluti,
Loredana Cavazzuti
""", "correct: 'alle 10 e un quarto', 'annuale' from the meeting name, colleague in full in subject and body")),
    (B, ok(S("late_cancellation", "Gualtiero Menegazzo", "Arianna Pettenò", "formal", "new",
             meeting="Videoispezione della canna fumaria", at="lunedì 11 febbraio alle 8:00",
             props=["martedì 26 febbraio alle 8:00"], pol={"notice_hours": 24, "fee_percent": 30}),
           "Videoispezione: nuova data",
           """
Gentile Signor Menegazzo,

abbiamo ricevuto la sua disdetta per la videoispezione di lunedì mattina. Possiamo riprogrammarla per martedì 26 febbraio, sempre alle 8.

Come previsto dalle nostre condizioni, per le disdette con meno di 24 ore di preavviso addebitiamo il 30% dell'intervento.

Distinti saluti,
Arianna Pettenò
""", "correct: given notice and fee, 'alle 8' for 8:00, 'lunedì mattina'")),
    (C, ok(S("reschedule", "Lorenzo Dall'Agnol", "Sabrina Fumagalli", "friendly", "key",
             meeting="Sostituzione della serratura del negozio in via Garibaldi 14", at="giovedì 21 marzo alle 13:00",
             props=["lunedì 25 marzo alle 13:00", "mercoledì 27 marzo alle 12:00"],
             reason="il furgone ci ha lasciati a piedi"),
           "Serratura del negozio: spostiamo",
           """
Ciao Lorenzo,

il furgone ci ha lasciati a piedi, quindi giovedì all'una non riusciamo a cambiare la serratura del negozio.

Ti andrebbe lunedì 25 alla stessa ora, oppure mercoledì 27 a mezzogiorno?

Fammi sapere!
Sabrina
""", "correct: 'all'una' for 13:00, 'mezzogiorno' for 12:00, the house number of the meeting name not repeated")),
    (C, ok(S("switch_to_email", "Carolina Bertagnolli", "Fabrizio Molinaroli", "formal", "regular",
             meeting="Preventivo per la legatura di 30 tesi di laurea", at="mercoledì 20 marzo alle 17:00",
             reason="serve solo confermare carta e colore della copertina"),
           "Le tesi: sentiamoci per e-mail",
           """
Gentile Signora Bertagnolli,

per il preventivo delle tesi di laurea ci serve solo la conferma della carta e del colore della copertina: non serve che passi domani alle 17. Le mando per e-mail le proposte di colore, così può scegliere con calma.

Cordiali saluti,
Fabrizio Molinaroli
""", "correct: 'domani alle 17' for Wednesday 17:00; the '30' of the meeting name not repeated")),
    (C, ok(S("decline", "Ludovico Sanseverino", "Gemma Piccinelli", "formal", "new",
             meeting="Dimostrazione di falconeria al castello di Gropparello", at="sabato 30 marzo alle 15:00",
             reason="il nostro gufo reale si è ferito a un'ala"),
           "Dimostrazione al castello",
           """
Gentile Signor Sanseverino,

due righe per avvisarla che il nostro gufo reale si è ferito a un'ala: il veterinario ci ha chiesto di tenerlo a riposo, e senza di lui non possiamo garantire la dimostrazione di sabato al castello di Gropparello. Mi dispiace molto doverla annullare.

Cordiali saluti,
Gemma Piccinelli
""", "correct: idiom 'due righe', place kept, weekday only")),
    (C, ok(S("cancellation_policy", "Nicolò Barbieri Canepa", "Silvia Rossignoli", "friendly", "regular",
             meeting="Degustazione guidata in birrificio", at="venerdì 22 marzo alle 19:00",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Degustazione di venerdì: come funziona la disdetta",
           """
Ciao Nicolò,

ti ricordo come funziona per la degustazione di venerdì alle 19: se devi disdire, fallo almeno due giorni prima (48 ore) e non paghi nulla. Dopo, ti chiediamo metà della quota (50%).

Ci vediamo venerdì!
Silvia
""", "correct: 'due giorni prima (48 ore)', 'metà della quota (50%)', first name of a double surname")),
    (D, ok(S("reschedule", "Marcello Tonoli", "Veronica Zappalà", "formal", "regular",
             meeting="Collaudo dell'impianto fotovoltaico e delle batterie", at="venerdì 26 aprile alle 10:00",
             props=["lunedì 29 aprile alle 10:00", "giovedì 2 maggio alle 16:00"],
             reason="il distributore non ha ancora attivato il contatore"),
           "Collaudo rimandato",
           """
Buongiorno Signor Tonoli,

il distributore non ha ancora attivato il contatore, quindi venerdì alle 10 il collaudo non si potrebbe fare. Le propongo lunedì 29 aprile, stessa ora, oppure giovedì 2 maggio alle 4 del pomeriggio.

Grazie per la pazienza e cordiali saluti,
Veronica Zappalà
""", "correct: 'alle 4 del pomeriggio' for 16:00, 'stessa ora'")),
    (D, ok(S("no_show_followup", "Annalisa Quarenghi", "Pietro Scalabrin", "formal", "new",
             meeting="Prima visita audiometrica", at="martedì 23 aprile alle 9:00",
             props=["lunedì 29 aprile alle 9:00", "martedì 30 aprile alle 11:30"]),
           "La sua prima visita",
           """
Gentile Signora Quarenghi,

ieri mattina non l'abbiamo vista alla prima visita audiometrica; spero non sia successo nulla.

Potremmo rivederci lunedì 29 aprile, sempre alle 9, o martedì 30 alle 11 e mezza. Mi basta una sua risposta a questa e-mail.

Cordiali saluti,
Pietro Scalabrin
""", "correct: 'ieri mattina', 'alle 11 e mezza', 'prima' from the meeting name")),
    (D, ok(S("shorten", "Jacopo Marchiori", "Irene Sbrissa", "friendly", "regular",
             meeting="Terza seduta per il tatuaggio sulla schiena", at="lunedì 29 aprile alle 15:00", dur=120),
           "Seduta di lunedì",
           """
Ciao Jacopo,

lunedì ho un imprevisto in studio: facciamo la terza seduta alle 15 come d'accordo, ma teniamoci sulle due ore. Lavoriamo sulle ombreggiature e il resto lo finiamo la prossima volta.

A lunedì!
Irene
""", "correct: 120 minutes as 'due ore', 'terza' from the meeting name")),
    (D, ok(S("delegate", "Sveva Mantegazza", "Raffaele Bonomi", "friendly", "key",
             meeting="Biomeccanica e posizionamento in sella", at="martedì 30 aprile alle 17:30",
             col="Davide Spreafico", reason="mi sono fratturato il polso"),
           "Martedì ti segue Davide",
           """
Ciao Sveva,

mi sono fratturato il polso (niente di grave, ma niente attrezzi per un po'). Martedì alle 17:30 per la biomeccanica ti segue Davide Spreafico: è bravissimo con le posizioni in sella.

Un abbraccio,
Raffaele
""", "correct: colleague in full, 'per un po'' no number")),
    (E, ok(S("switch_to_email", "Ing. Tiziano Bellorini", "Alessandra Crivellaro", "formal", "new",
             meeting="Verifica dei requisiti acustici passivi dell'edificio di via Mazzini", at="giovedì 6 giugno alle 9:00",
             reason="mancano ancora le schede tecniche dei serramenti"),
           "Requisiti acustici: procediamo per e-mail",
           """
Gentile Ing. Bellorini,

ci mancano ancora le schede tecniche dei serramenti, senza le quali la verifica di giovedì mattina resterebbe a metà. Le propongo di procedere per e-mail: appena le riceviamo, le invio le nostre osservazioni per iscritto.

Distinti saluti,
Alessandra Crivellaro
""", "correct: title and surname from the recipient field, 'a metà' idiom, 'giovedì mattina'")),
    (E, ok(S("decline", "Ottavia Sangiorgi", "Filippo Castellucci", "formal", "key",
             meeting="Inaugurazione della mostra di ceramiche raku", at="venerdì 14 giugno alle 18:00",
             reason="sarò in Giappone per un corso di cottura fino a metà giugno"),
           "Inaugurazione del 14",
           """
Gentile Signora Sangiorgi,

con grande rammarico devo declinare l'invito all'inaugurazione della mostra di ceramiche raku: sarò in Giappone per un corso di cottura fino a metà giugno.

Le auguro un'ottima serata e spero di visitare la mostra al mio rientro.

Un caro saluto,
Filippo Castellucci
""", "correct: subject 'del 14' without weekday or month, 'metà giugno' from the reason")),
    (E, ok(S("switch_to_call", "Ermanno Valsecchi", "Chiara Bettinelli", "formal", "regular",
             meeting="Preventivo per il risanamento della canna fumaria", at="mercoledì 12 giugno alle 11:00"),
           "Preventivo: ne parliamo al telefono",
           """
Buongiorno Signor Valsecchi,

per il preventivo del risanamento della canna fumaria le propongo una telefonata invece dell'incontro, mercoledì 12 alle 11. La chiamo io sul numero che ci ha lasciato.

Cordiali saluti,
Chiara Bettinelli
""", "correct: 'mercoledì 12 alle 11' without month, no number given or invented")),
    (E, ok(S("late_cancellation", "Federico Anzalone", "Martina Zecchinato", "friendly", "regular",
             meeting="Laboratorio di legatura giapponese", at="lunedì 3 giugno alle 18:00",
             props=["martedì 11 giugno alle 18:00"], pol={"notice_hours": 48, "fee_percent": 100}),
           "Il laboratorio di ieri",
           """
Ciao Federico,

peccato per ieri sera! Se vuoi recuperare il laboratorio di legatura giapponese, c'è posto martedì 11 giugno, sempre alle sei.

Ti ricordo solo che, disdicendo con meno di 48 ore, la quota è dovuta per intero (100%), quindi quella di ieri resta pagata.

A presto,
Martina
""", "correct: 'alle sei' for 18:00, 'dovuta per intero (100%)', 'ieri sera'")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_recap_wrong", S("reschedule", "Rodolfo Pagliarini", "Alba Vezzoli", "formal", "regular",
             meeting="Pulizia della stufa a pellet e della canna fumaria", at="mercoledì 16 gennaio alle 8:30",
             props=["lunedì 21 gennaio alle 14:00"], reason="il tecnico è bloccato da un intervento urgente"),
           "Pulizia della stufa: nuova data",
           """
Gentile Signor Pagliarini,

il nostro tecnico è bloccato da un intervento urgente e non potrà venire domani alle 8:30. Le proponiamo lunedì 21 gennaio alle 14:00.

Cordiali saluti,
Alba Vezzoli

P.S. Ci vediamo quindi lunedì 21 alle 15.
""", "P.S. recap 'alle 15' for the offered 14:00")),
    (A, bad("percent_swapped", S("no_show_followup", "Susanna Valtorta", "Giorgio Aliprandi", "formal", "new",
             meeting="Prima seduta per il tatuaggio sull'avambraccio", at="giovedì 10 gennaio alle 16:00",
             props=["martedì 22 gennaio alle 16:00"], pol={"fee_percent": 40, "deposit_percent": 20}),
           "La sua seduta di giovedì",
           """
Gentile Signora Valtorta,

giovedì non l'abbiamo vista in studio per la prima seduta. Se vuole, possiamo riprogrammarla per martedì 22 gennaio alle 16.

Le ricordo che l'acconto versato corrisponde al 40% e che, in caso di mancata presentazione, tratteniamo il 20% del prezzo della seduta.

Cordiali saluti,
Giorgio Aliprandi
""", "deposit and fee swapped (deposit 20%, fee 40% given)")),
    (A, bad("duration_wrong", S("shorten", "Amedeo Carcano", "Roberta Nespoli", "formal", "regular",
             meeting="Riunione sul progetto di isolamento acustico della sala prove", at="martedì 22 gennaio alle 10:00", dur=45),
           "Riunione di martedì più breve",
           """
Gentile Signor Carcano,

martedì ho un'altra scadenza in mattinata: le propongo di tenere la riunione sull'isolamento acustico della sala prove in mezz'ora, sempre alle 10.

Cordiali saluti,
Roberta Nespoli
""", "duration: 'mezz'ora' for the given 45 minutes")),
    (A, bad("email_invented", S("switch_to_email", "Cosimo Anelli", "Vittoria Scaglione", "friendly", "regular",
             meeting="Scelta dei caratteri per la copertina del diario", at="venerdì 18 gennaio alle 11:00"),
           "Copertina per e-mail",
           """
Ciao Cosimo,

per i caratteri della copertina non serve vederci venerdì: mandami le tue preferenze per e-mail. Scrivimi pure all'indirizzo personale, vittoria.scaglione.legature@libero.it, lo controllo più spesso.

Vittoria
""", "a private e-mail address nobody gave")),
    (B, bad("weekday_wrong", S("reschedule", "Marisa Codognotto", "Luca Bertolazzi", "formal", "regular",
             meeting="Posa dei pannelli fonoassorbenti in sala riunioni", at="giovedì 14 febbraio alle 9:00",
             props=["mercoledì 20 febbraio alle 9:00"], reason="i pannelli sono arrivati danneggiati"),
           "Posa dei pannelli spostata a martedì 20 febbraio",
           """
Gentile Signora Codognotto,

i pannelli fonoassorbenti sono arrivati danneggiati e abbiamo dovuto riordinarli. Le propongo di spostare la posa di domani a mercoledì 20 febbraio alle 9.

Cordiali saluti,
Luca Bertolazzi
""", "subject: 'martedì 20 febbraio' for mercoledì 20 febbraio (body right)")),
    (B, bad("discount_invented", S("late_cancellation", "Donato Ferrandi", "Agnese Tulipani", "formal", "regular",
             meeting="Visita guidata al birrificio per il gruppo aziendale", at="martedì 12 febbraio alle 17:00",
             props=["giovedì 21 febbraio alle 17:00"], reason="chiede se possiamo venirgli incontro sul prezzo"),
           "Visita al birrificio: nuova data",
           """
Gentile Signor Ferrandi,

abbiamo ricevuto la disdetta della visita di ieri. Possiamo ospitare il vostro gruppo giovedì 21 febbraio alle 17.

Per venirvi incontro, le applichiamo uno sconto del 20% sulla nuova visita.

Cordiali saluti,
Agnese Tulipani
""", "a 20% discount licensed only by the reason asking for a gesture")),
    (B, bad("foreign_paragraph", S("decline", "Graziella Pozzobon", "Edoardo Rancati", "formal", "new",
             meeting="Corso di tornio per principianti", at="sabato 16 febbraio alle 10:00",
             reason="il maestro tornitore è infortunato"),
           "Corso di sabato",
           """
Gentile Signora Pozzobon,

il nostro maestro tornitore si è infortunato e dobbiamo annullare il corso di tornio di sabato.

Lamentamos mucho las molestias y esperamos verla pronto en nuestro taller.

Cordiali saluti,
Edoardo Rancati
""", "second paragraph in Spanish inside an Italian mail")),
    (B, bad("colleague_wrong", S("delegate", "Ivano Frigeri", "Claudia Montrasio", "formal", "regular",
             meeting="Consegna delle chiavi codificate del condominio", at="venerdì 22 febbraio alle 14:00",
             col="Valeria Orsenigo", reason="sarò in ferie"),
           "Consegna delle chiavi",
           """
Gentile Signor Frigeri,

venerdì sarò in ferie: la consegna delle chiavi codificate del condominio sarà seguita dalla mia collega Valentina Orsenigo, alle 14 come concordato.

Cordiali saluti,
Claudia Montrasio
""", "colleague's first name: 'Valentina' for Valeria Orsenigo")),
    (C, bad("time_swapped", S("switch_to_call", "Adelmo Gasparini", "Rita Locatelli", "formal", "regular",
             meeting="Verifica della taratura degli apparecchi acustici", at="mercoledì 20 marzo alle 10:00",
             props=["venerdì 22 marzo alle 15:00"], reason="lo studio è chiuso per la disinfestazione"),
           "Verifica in telefonata",
           """
Gentile Signor Gasparini,

lo studio sarà chiuso per la disinfestazione, quindi invece della visita di venerdì 22 marzo alle 15 le propongo una telefonata mercoledì 20 marzo alle 10.

Cordiali saluti,
Rita Locatelli
""", "roles swapped: the proposed time presented as the visit being replaced, the old slot offered for the call")),
    (C, bad("policy_invented", S("late_cancellation", "Gilda Bernasconi", "Manuel Tosetti", "formal", "new",
             meeting="Installazione della porta blindata", at="venerdì 15 marzo alle 9:00", props=["giovedì 28 marzo alle 9:00"]),
           "Nuova data per la porta blindata",
           """
Gentile Signora Bernasconi,

abbiamo ricevuto la sua disdetta per l'installazione di venerdì. Le proponiamo giovedì 28 marzo alle 9.

Come da nostra politica, l'acconto versato non è rimborsabile ma verrà scalato dal saldo.

Cordiali saluti,
Manuel Tosetti
""", "a non-refundable deposit 'come da nostra politica' when no policy was given")),
    (C, bad("phone_invented", S("no_show_followup", "Teodoro Vismara", "Patrizia Crotti", "friendly", "regular",
             meeting="Ritiro della bici da corsa revisionata", at="lunedì 18 marzo alle 18:00", props=["mercoledì 27 marzo alle 18:00"]),
           "La tua bici è pronta",
           """
Ciao Teo,

ieri non sei passato a ritirare la bici da corsa: tutto ok? Puoi venire mercoledì 27 alle 18.

Se hai problemi chiamami pure al 347 219 8846.

Patrizia
""", "a mobile number nobody gave")),
    (C, bad("name_near_miss", S("reschedule", "Arnaldo Brusadelli", "Simona Gerosa", "formal", "key",
             meeting="Restauro della legatura del codice miniato", at="giovedì 21 marzo alle 11:00",
             props=["martedì 26 marzo alle 11:00"], reason="la pelle di capra non è ancora arrivata"),
           "Restauro del codice: nuova data",
           """
Gentile Signor Brusadelli,

la pelle di capra che ci serve non è ancora arrivata. Le propongo di spostare il nostro appuntamento a martedì 26 marzo alle 11.

Con i migliori saluti,
Simona Gerossa
""", "signature: 'Gerossa' for the sender Gerosa")),
    (D, bad("link_invented", S("decline", "Ippolita Carminati", "Stefano Bezzecchi", "formal", "new",
             meeting="Consulenza per un tatuaggio a mano libera", at="lunedì 29 aprile alle 17:00",
             reason="vuole vedere i lavori precedenti prima di decidere"),
           "La sua consulenza",
           """
Gentile Signora Carminati,

purtroppo lunedì non posso tenere la consulenza. Intanto, visto che desidera vedere i nostri lavori precedenti, trova il portfolio completo qui: https://www.inchiostrobezzecchi.it/portfolio

Cordiali saluti,
Stefano Bezzecchi
""", "a portfolio link nobody gave, licensed only by the reason")),
    (D, bad("place_changed", S("switch_to_call", "Ferruccio Anghileri", "Debora Marelli", "formal", "regular",
             meeting="Sopralluogo per l'impianto solare della cantina di Montalcino", at="martedì 30 aprile alle 10:00"),
           "Sopralluogo: prima una telefonata",
           """
Gentile Signor Anghileri,

prima del sopralluogo all'impianto solare della cantina di Montepulciano le propongo una telefonata martedì alle 10, così preparo i dati di produzione.

Cordiali saluti,
Debora Marelli
""", "place: 'Montepulciano' for Montalcino")),
    (D, bad("foreign_paragraph", S("reschedule", "Lucilla Deambrogio", "Mirko Bassanelli", "friendly", "regular",
             meeting="Serata di degustazione delle birre acide", at="venerdì 26 aprile alle 20:00",
             props=["venerdì 3 maggio alle 20:00"], reason="il birraio ospite ha perso il volo"),
           "Degustazione spostata",
           """
Ciao Lucilla,

il birraio ospite ha perso il volo, quindi spostiamo la serata delle birre acide a venerdì 3 maggio, sempre alle 20.

Sorry again for the short notice — we'll make it worth the wait!

Mirko
""", "second paragraph in English inside an Italian mail")),
    (D, bad("title_or_company_invented", S("cancellation_policy", "Ruggero Lanfranconi", "Tecla Vimercati", "formal", "new",
             pol={"notice_hours": 24}),
           "Condizioni di disdetta",
           """
Gentile Signor Lanfranconi,

come richiesto, le confermo che può disdire o spostare la visita audiometrica senza alcun costo fino a 24 ore prima.

Cordiali saluti,
Tecla Vimercati
Audioprotesista, Responsabile di sede – Centro Udito Brianza S.r.l.
""", "signature: job title and company nobody gave")),
    (E, bad("number_invented", S("switch_to_email", "Giacinta Rovelli", "Alessio Fumagalli", "formal", "regular",
             meeting="Revisione del preventivo per le serrature dell'hotel", at="mercoledì 12 giugno alle 15:00",
             reason="vuole sapere entro quando può confermare"),
           "Il preventivo per e-mail",
           """
Gentile Signora Rovelli,

le propongo di chiudere la revisione del preventivo per e-mail invece di vederci mercoledì. Il preventivo resta valido 30 giorni, quindi ha tutto il tempo per confermare.

Cordiali saluti,
Alessio Fumagalli
""", "a validity of 30 days nobody gave, prompted by the reason")),
    (E, bad("time_recap_wrong", S("no_show_followup", "Emilio Tettamanti", "Sara Guzzetti", "formal", "new",
             meeting="Primo incontro per il progetto della canna fumaria", at="lunedì 3 giugno alle 9:00",
             props=["giovedì 6 giugno alle 9:00", "martedì 11 giugno alle 14:00"]),
           "Nuovo appuntamento: giovedì 6 giugno alle 14",
           """
Gentile Signor Tettamanti,

ieri non siamo riusciti a incontrarci per il primo incontro sul progetto della canna fumaria. Le propongo giovedì 6 giugno alle 9 oppure martedì 11 giugno alle 14.

Cordiali saluti,
Sara Guzzetti
""", "subject: 'giovedì 6 giugno alle 14' mixes the two offered slots")),
    (E, bad("policy_invented", S("decline", "Rosaria Pellegatta", "Tiziano Borghetti", "friendly", "regular",
             meeting="Giornata di volo con i rapaci per la classe", at="venerdì 7 giugno alle 9:00",
             reason="il falco pellegrino è in muta"),
           "Giornata di venerdì",
           """
Ciao Rosaria,

il falco pellegrino è in muta e non può volare, quindi venerdì dobbiamo rinunciare alla giornata con la classe. Ovviamente ti restituisco la metà della quota che avevi già versato.

Tiziano
""", "'la metà della quota' already paid and refunded: a payment and refund nobody gave")),
    (E, bad("discount_invented", S("late_cancellation", "Osvaldo Pirovano", "Lidia Cattaneo", "friendly", "regular",
             meeting="Lezione di raku in giardino", at="venerdì 31 maggio alle 17:00", props=["venerdì 14 giugno alle 17:00"]),
           "Recuperiamo la lezione di raku",
           """
Ciao Osvaldo,

nessun problema per venerdì. Recuperiamo la lezione di raku venerdì 14 giugno alle 17?

E visto che sei un cliente affezionato, sulla prossima lezione ti faccio il 10% di sconto.

Lidia
""", "an unasked 10% discount")),
]
