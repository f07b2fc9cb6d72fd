"""v22, Italian: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v22src._d import A, B, C, D, E


def S(*a, **k):
    return _S("it", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("decline", "Ottavio Brunelleschi-Pace", "Loredana Zanchetta", "formal", "regular",
             meeting="Visita alla cartiera a mano di Fabriano", at="giovedì 27 gennaio alle 10:00",
             reason="il tino principale è in riparazione"),
           "Visita di giovedì",
           """
Gentile Dott. Brunelleschi-Pace,

purtroppo devo annullare la visita di giovedì: il tino principale è in riparazione.

Le scriverò quando la cartiera riprenderà a lavorare.

Cordiali saluti,
Loredana Zanchetta
""", "correct: 'Dott.' + surname, reason retold, no time")),
    (A, ok(S("switch_to_call", "Ginevra Tomasoni", "Achille Pederzoli", "formal", "new",
             meeting="Consulenza per la riparazione di una stilografica Aurora", at="martedì 1 febbraio alle 15:30"),
           "La sua Aurora: ci sentiamo al telefono",
           """
Gentile Signora,

invece di vederci in laboratorio le propongo di sentirci al telefono martedì 1 febbraio, alle tre e mezza, per parlare della sua Aurora.

Cordiali saluti,
Achille Pederzoli
""", "correct: 'Gentile Signora' alone, 'alle tre e mezza' for 15:30")),
    (A, ok(S("delegate", "Arnaldo Caporusso", "Violetta Sgarbossa", "formal", "regular",
             meeting="Restauro di una bambola Lenci", at="venerdì 28 gennaio alle 11:00",
             col="Eufemia Tagliaferri"),
           "Il restauro della sua Lenci",
           """
Gentile Sig. Caporusso,

venerdì alle 11 la riceverà la mia collega Eufemia Tagliaferri.

Cordiali saluti,
Violetta Sgarbossa
""", "correct: colleague exactly, 'alle 11'")),
    (A, ok(S("late_cancellation", "Cesira Montagnoli", "Fiorenzo Bettanin", "friendly", "regular",
             meeting="Laboratorio di saponi alle erbe", at="giovedì 20 gennaio alle 18:00",
             props=["giovedì 3 febbraio alle 18:00"]),
           "Il laboratorio di giovedì",
           """
Ciao Cesira,

nessun problema per giovedì scorso. Se ti va, ci rivediamo giovedì 3 febbraio, sempre alle sei di sera.

Un abbraccio,
Fiorenzo
""", "correct: 'giovedì scorso' for Jan 20 said on Jan 24, 'alle sei di sera', no policy")),
    (B, ok(S("reschedule", "Remigio Scardovi", "Nives Castellarin", "formal", "key",
             meeting="Consegna del telescopio rifrattore restaurato", at="giovedì 17 febbraio alle 17:00",
             props=["martedì 22 febbraio alle 17:00", "giovedì 24 febbraio alle 9:30"],
             reason="il tubo ottico deve essere riverniciato"),
           "Consegna del telescopio: nuova data",
           """
Gentile Ing. Scardovi,

il tubo ottico deve essere riverniciato, quindi giovedì non potrò consegnarle il rifrattore.

Le andrebbe bene martedì 22 alla stessa ora, oppure giovedì 24 febbraio alle nove e mezza?

Cordiali saluti,
Nives Castellarin
""", "correct: 'martedì 22' without month, 'alla stessa ora', 'alle nove e mezza'")),
    (B, ok(S("shorten", "Assunta Belloni-Rota", "Gualtiero Fregona", "formal", "regular",
             meeting="Prova di calzature su misura", at="lunedì 21 febbraio alle 10:00", dur=20),
           "Prova di lunedì",
           """
Gentile Signora Belloni-Rota,

lunedì alle dieci la prova sarà più breve del previsto: durerà venti minuti.

Cordiali saluti,
Gualtiero Fregona
""", "correct: 'venti minuti', 'alle dieci'")),
    (B, ok(S("no_show_followup", "Santino Ravagnan", "Tecla Bortoluzzi", "formal", "new",
             meeting="Ritiro della penna stilografica riparata", at="venerdì 11 febbraio alle 12:00"),
           "La sua penna è pronta",
           """
Gentile Sig. Ravagnan,

venerdì scorso a mezzogiorno la aspettavamo per il ritiro della stilografica; spero che vada tutto bene.

La penna è pronta: mi faccia sapere quando passa.

Cordiali saluti,
Tecla Bortoluzzi
""", "correct: 'venerdì scorso a mezzogiorno', no slot offered")),
    (B, ok(S("cancellation_policy", "Ermenegildo Facchinetti", "Rosanna Pavanello", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Condizioni di cancellazione",
           """
Gentile Sig. Facchinetti,

le confermo le nostre condizioni: può disdire senza costi fino a due giorni prima (48 ore); dopo, resta dovuta la metà della quota (50%).

Cordiali saluti,
Rosanna Pavanello
""", "correct: policy in words and numbers")),
    (C, ok(S("switch_to_email", "Italo Guarnieri", "Benedetta Sollazzo", "formal", "regular",
             meeting="Scelta della carta per il libro d'artista", at="martedì 15 marzo alle 11:00",
             reason="i campioni si possono fotografare"),
           "Carta per il libro d'artista",
           """
Gentile Sig. Guarnieri,

i campioni si possono fotografare bene, quindi le propongo di scegliere la carta per e-mail invece di vederci martedì.

Le invio le foto dei campioni.

Cordiali saluti,
Benedetta Sollazzo
""", "correct: no new time, only the photos of the samples promised")),
    (C, ok(S("reschedule", "Marzia Colombera", "Teodoro Bassanello", "friendly", "regular",
             meeting="Serata di osservazione della Luna", at="venerdì 11 marzo alle 20:30",
             props=["lunedì 14 marzo alle 20:30"], reason="venerdì danno pioggia tutta la notte"),
           "Luna rimandata",
           """
Ciao Marzia,

per venerdì danno pioggia tutta la notte, quindi spostiamo la serata sulla Luna a lunedì 14 marzo, stessa ora. Ti va bene?

Teodoro
""", "correct: 'stessa ora', question confirming the new slot")),
    (C, ok(S("delegate", "Gaspare Ruffinengo", "Zelinda Morassutti", "formal", "regular",
             meeting="Preventivo per la risuolatura di stivali", at="mercoledì 16 marzo alle 9:00",
             col="Ivano Pezzolato", reason="sarò alla fiera di Vigevano"),
           "Il preventivo di mercoledì",
           """
Gentile Sig. Ruffinengo,

mercoledì sarò alla fiera di Vigevano; alle 9 la riceverà il mio collega Ivano Pezzolato per il preventivo degli stivali.

Cordiali saluti,
Zelinda Morassutti
""", "correct: colleague exactly, place from the reason")),
    (C, ok(S("late_cancellation", "Clelia Mastrapasqua", "Aurelio Vendramin", "formal", "regular",
             meeting="Corso di legatoria con carta marmorizzata", at="martedì 8 marzo alle 14:00",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "La sua disdetta di ieri",
           """
Gentile Signora Mastrapasqua,

ho ricevuto la sua disdetta per il corso di ieri. Come da condizioni, per una disdetta con meno di un giorno di preavviso (24 ore) la quota è dovuta per intero (100%).

Cordiali saluti,
Aurelio Vendramin
""", "correct: 'ieri' for Mar 8 said on Mar 9, policy in words with numbers")),
    (D, ok(S("decline", "Nazzareno Cipolloni", "Ludovica Spadafora", "formal", "new",
             meeting="Presentazione dei saponi all'olio d'oliva per l'hotel", at="martedì 5 aprile alle 16:00",
             reason="non produciamo per il canale alberghiero"),
           "Presentazione di martedì",
           """
Gentile Sig. Cipolloni,

la ringrazio, ma devo declinare la presentazione di martedì 5 aprile: non produciamo per il canale alberghiero.

Cordiali saluti,
Ludovica Spadafora
""", "correct: reason as given, nothing offered")),
    (D, ok(S("no_show_followup", "Agata Sinigaglia", "Ruggero Frattin", "formal", "regular",
             meeting="Misura del piede per scarpe da ballo", at="martedì 29 marzo alle 17:30",
             props=["mercoledì 6 aprile alle 17:30", "venerdì 8 aprile alle 10:00"]),
           "Misura del piede",
           """
Gentile Signora Sinigaglia,

martedì non l'abbiamo vista per la misura; spero stia bene.

Possiamo rifarla mercoledì 6 aprile alle cinque e mezza, oppure venerdì 8 aprile alle dieci.

Cordiali saluti,
Ruggero Frattin
""", "correct: 'cinque e mezza', 'alle dieci'")),
    (D, ok(S("switch_to_call", "Emiliano Cortellazzo", "Perla Gasparotto", "formal", "regular",
             meeting="Verifica della collimazione del telescopio", at="lunedì 4 aprile alle 21:00",
             props=["lunedì 4 aprile alle 18:00"], reason="il cielo sarà coperto"),
           "Lunedì: telefonata",
           """
Gentile Sig. Cortellazzo,

lunedì il cielo sarà coperto; le propongo quindi una telefonata alle 18, invece che alle 21 in osservatorio, per guidarla nella collimazione.

Cordiali saluti,
Perla Gasparotto
""", "correct: old time named as the one replaced, date said once")),
    (D, ok(S("shorten", "Fulvia Brambati", "Osvaldo Tessaro", "formal", "key",
             meeting="Sessione di restauro condiviso di una bambola in cera", at="mercoledì 13 aprile alle 14:00",
             dur=45),
           "Sessione del 13 aprile",
           """
Gentile Prof.ssa Brambati,

confermo la sessione di mercoledì 13 aprile alle 14, ma dovrà durare quarantacinque minuti.

Con i migliori saluti,
Osvaldo Tessaro
""", "correct: 'Prof.ssa' title, 'quarantacinque minuti'")),
    (E, ok(S("cancellation_policy", "Anselmo Fabbrocini", "Giuditta Lorenzon", "formal", "regular",
             meeting="Corso di fabbricazione della carta", at="giovedì 16 giugno alle 9:30",
             pol={"notice_hours": 72, "deposit_percent": 30}),
           "Corso del 16 giugno",
           """
Gentile Sig. Fabbrocini,

per il corso di giovedì 16 giugno chiediamo un acconto del 30%; la disdetta è gratuita fino a tre giorni prima (72 ore).

Cordiali saluti,
Giuditta Lorenzon
""", "correct: deposit with its own term, 'tre giorni prima (72 ore)'")),
    (E, ok(S("reschedule", "Ornella Viscardi", "Tarcisio Benvegnù", "formal", "regular",
             meeting="Consegna delle stilografiche incise", at="lunedì 13 giugno alle 11:00",
             props=["mercoledì 15 giugno alle 15:00"], reason="l'incisore ha finito solo quattro penne su sei"),
           "Stilografiche incise",
           """
Gentile Signora Viscardi,

l'incisore ha finito solo quattro penne su sei, quindi la consegna di lunedì slitta a mercoledì 15 giugno alle tre del pomeriggio.

Cordiali saluti,
Tarcisio Benvegnù
""", "correct: 'quattro penne su sei' from the reason, 'alle tre del pomeriggio'")),
    (E, ok(S("decline", "Prospero Lanfranconi", "Ilaria Mezzadri", "formal", "new",
             meeting="Sopralluogo per un laboratorio di calzature in negozio", at="martedì 21 giugno alle 10:00"),
           "Sopralluogo del 21 giugno",
           """
Gentile Sig. Lanfranconi,

la ringrazio per l'invito, ma non potrò fare il sopralluogo di martedì 21 giugno.

Cordiali saluti,
Ilaria Mezzadri
""", "correct: short, no reason given, none invented")),
    (E, ok(S("switch_to_email", "Domitilla Zanotelli", "Saverio Pittaluga", "formal", "regular",
             meeting="Chiarimenti sul restauro del corredo della bambola", at="venerdì 17 giugno alle 16:00"),
           "Il corredo della bambola",
           """
Gentile Signora,

per i chiarimenti sul corredo non serve vederci venerdì: le rispondo volentieri per e-mail, punto per punto.

Cordiali saluti,
Saverio Pittaluga
""", "correct: no time, meeting paraphrased")),
    # ------------------------------------------------------------------ flawed
    (A, bad("name_near_miss", S("reschedule", "Amedeo Porcellato", "Gemma Filippone", "formal", "regular",
             meeting="Consegna di due saponiere in ceramica", at="mercoledì 26 gennaio alle 10:00",
             props=["lunedì 31 gennaio alle 10:00"]),
           "Consegna spostata a lunedì 31 gennaio",
           """
Gentile Ing. Porcelato,

la consegna di mercoledì slitta a lunedì 31 gennaio alle 10:00. Mi scuso per il contrattempo.

Cordiali saluti,
Gemma Filippone
""", "'Ing. Porcelato' for Porcellato (one letter dropped, title added)")),
    (A, bad("time_recap_wrong", S("reschedule", "Virginia Schiavone", "Leopoldo Meneghel", "formal", "regular",
             meeting="Prova delle décolleté su misura", at="martedì 25 gennaio alle 16:00",
             props=["giovedì 3 febbraio alle 16:30"], reason="il tacco deve essere rifatto"),
           "Prova delle décolleté: giovedì 3 febbraio",
           """
Gentile Signora Schiavone,

il tacco deve essere rifatto, quindi la prova di domani si sposta a giovedì 3 febbraio alle 16:30.

A giovedì alle 16, allora!

Leopoldo Meneghel
""", "recap 'alle 16' drops the half hour")),
    (A, bad("policy_invented", S("no_show_followup", "Rodolfo Santambrogio", "Mafalda Ceccon", "formal", "new",
             meeting="Visita guidata al laboratorio di carta marmorizzata", at="mercoledì 19 gennaio alle 15:00"),
           "La visita di mercoledì",
           """
Gentile Sig. Santambrogio,

mercoledì scorso la aspettavamo per la visita; spero non sia successo nulla.

Le ricordo che le visite non disdette vengono addebitate per intero.

Cordiali saluti,
Mafalda Ceccon
""", "'addebitate per intero' with no policy given")),
    (A, bad("discount_invented", S("decline", "Battista Ongaro", "Carolina Fumagalli", "formal", "regular",
             meeting="Ordine di saponi personalizzati per il matrimonio", at="venerdì 28 gennaio alle 11:00",
             reason="il cliente chiede se possiamo venirgli incontro sul prezzo"),
           "Saponi per il matrimonio",
           """
Gentile Sig. Ongaro,

venerdì non riusciamo a incontrarci per l'ordine. Per venirle incontro le applicheremo comunque uno sconto del quindici per cento.

Cordiali saluti,
Carolina Fumagalli
""", "discount in words licensed only by the reason")),
    (B, bad("foreign_paragraph", S("switch_to_email", "Marcella Bonfadini", "Eliseo Tamburrini", "formal", "regular",
             meeting="Valutazione di una penna Omas da collezione", at="mercoledì 23 febbraio alle 10:00"),
           "La sua Omas",
           """
Gentile Signora Bonfadini,

preferirei fare la valutazione della sua Omas per e-mail invece di vederci mercoledì.

Envoyez-moi simplement quelques photos de la plume et du capuchon, je vous répondrai rapidement.

Cordiali saluti,
Eliseo Tamburrini
""", "second paragraph in French")),
    (B, bad("time_swapped", S("reschedule", "Evaristo Parolin", "Sveva Guidolin", "formal", "regular",
             meeting="Montaggio dello specchio nel telescopio Newton", at="venerdì 18 febbraio alle 14:00",
             props=["lunedì 28 febbraio alle 14:00"], reason="lo specchio è ancora dal laboratorio ottico"),
           "Montaggio dello specchio",
           """
Gentile Sig. Parolin,

lo specchio è ancora dal laboratorio ottico: spostiamo il montaggio di lunedì 28 febbraio a venerdì 18 febbraio alle 14:00.

Cordiali saluti,
Sveva Guidolin
""", "old and new dates exchanged ('spostiamo ... di lunedì 28 ... a venerdì 18')")),
    (B, bad("phone_invented", S("late_cancellation", "Ida Pertegato", "Cosimo Bellavista", "formal", "regular",
             meeting="Restauro degli occhi in vetro di una bambola", at="lunedì 14 febbraio alle 9:00",
             props=["martedì 22 febbraio alle 9:00"]),
           "Nuovo appuntamento",
           """
Gentile Signora Pertegato,

ho ricevuto la sua disdetta di ieri. Possiamo rivederci martedì 22 febbraio alle 9; se preferisce mi chiami al 347 812 5590.

Cordiali saluti,
Cosimo Bellavista
""", "mobile number nobody gave")),
    (B, bad("email_invented", S("decline", "Fedora Cavallin", "Orazio Maestrello", "formal", "new",
             meeting="Corso privato di fabbricazione di carta", at="giovedì 24 febbraio alle 15:00",
             reason="non teniamo corsi privati"),
           "Corso privato",
           """
Gentile Signora Cavallin,

purtroppo non teniamo corsi privati, quindi non posso confermare giovedì 24 febbraio. Per i corsi di gruppo scriva a orazio.maestrello@tiscali.it.

Cordiali saluti,
Orazio Maestrello
""", "private address nobody gave")),
    (C, bad("percent_swapped", S("cancellation_policy", "Ippolito Garbellotto", "Marianna Dal Pozzo", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 60, "deposit_percent": 20}),
           "Condizioni del laboratorio",
           """
Gentile Sig. Garbellotto,

per prenotare chiediamo un acconto del 60%, mentre per una disdetta con meno di 48 ore di preavviso tratteniamo il 20% della quota.

Cordiali saluti,
Marianna Dal Pozzo
""", "deposit 20 and fee 60 swapped")),
    (C, bad("weekday_wrong", S("reschedule", "Lucilla Andreatta", "Sebastiano Zorzetto", "formal", "regular",
             meeting="Consegna delle scarpe da sposa", at="venerdì 11 marzo alle 10:00",
             props=["giovedì 17 marzo alle 10:00"], reason="le perline arrivano in ritardo"),
           "Consegna spostata a mercoledì 17 marzo",
           """
Gentile Signora Andreatta,

le perline arrivano in ritardo: la consegna di venerdì si sposta a giovedì 17 marzo, sempre alle 10.

Cordiali saluti,
Sebastiano Zorzetto
""", "subject says 'mercoledì 17 marzo' (a Thursday); body right")),
    (C, bad("number_invented", S("shorten", "Evelina Rampazzo", "Cirillo Bonaldi", "formal", "regular",
             meeting="Incontro sul catalogo dei telescopi usati", at="lunedì 14 marzo alle 15:00", dur=30),
           "Incontro di lunedì",
           """
Gentile Signora Rampazzo,

lunedì alle 15 avremo mezz'ora: guarderemo insieme i 12 telescopi usati del catalogo.

Cordiali saluti,
Cirillo Bonaldi
""", "'12 telescopi' nobody gave")),
    (C, bad("colleague_wrong", S("delegate", "Silvano Ghirardelli", "Rebecca Tonolo", "formal", "regular",
             meeting="Ritiro delle bambole di pezza restaurate", at="venerdì 18 marzo alle 12:00",
             col="Giacinta Vettorel"),
           "Ritiro di venerdì",
           """
Gentile Sig. Ghirardelli,

venerdì alle 12 le consegnerà le bambole la mia collega Giacinta Vettorello.

Cordiali saluti,
Rebecca Tonolo
""", "colleague 'Vettorello' for Vettorel")),
    (D, bad("link_invented", S("late_cancellation", "Ascanio Ferrigato", "Noemi Stocco", "formal", "new",
             meeting="Laboratorio di saponi per bambini", at="mercoledì 30 marzo alle 16:30",
             props=["mercoledì 13 aprile alle 16:30"]),
           "Laboratorio di ieri",
           """
Gentile Sig. Ferrigato,

mi dispiace che ieri non siate potuti venire. Possiamo riprovare mercoledì 13 aprile alle 16:30; le date sono anche su www.saponeria-stocco.it/laboratori.

Cordiali saluti,
Noemi Stocco
""", "link nobody gave")),
    (D, bad("place_changed", S("decline", "Mirella Baggio", "Fausto Lunardon", "formal", "regular",
             meeting="Mostra di stilografiche a Bassano del Grappa", at="venerdì 8 aprile alle 10:00",
             reason="non ho pezzi da esporre quest'anno"),
           "Mostra di venerdì",
           """
Gentile Signora Baggio,

non parteciperò alla mostra di stilografiche a Castelfranco venerdì: quest'anno non ho pezzi da esporre.

Cordiali saluti,
Fausto Lunardon
""", "Castelfranco for Bassano del Grappa")),
    (D, bad("name_near_miss", S("no_show_followup", "Cornelia Sbrissa", "Guido Franceschetti", "formal", "regular",
             meeting="Ritiro degli stivali risuolati", at="lunedì 28 marzo alle 11:00"),
           "I suoi stivali",
           """
Gentile Signora Sbrisa,

lunedì l'aspettavamo per il ritiro degli stivali; spero vada tutto bene. Sono pronti quando vuole.

Cordiali saluti,
Guido Franceschetti
""", "'Sbrisa' for Sbrissa")),
    (D, bad("time_recap_wrong", S("switch_to_call", "Leandro Cappellotto", "Tiziana Scarpel", "formal", "regular",
             meeting="Scelta della carta per le partecipazioni", at="giovedì 7 aprile alle 11:00",
             props=["giovedì 7 aprile alle 14:00"]),
           "Telefonata di giovedì",
           """
Gentile Sig. Cappellotto,

invece di vederci in bottega le propongo una telefonata giovedì 7 aprile alle 14 per scegliere la carta.

Ci sentiamo quindi giovedì alle 11!

Tiziana Scarpel
""", "recap names the old time 11")),
    (E, bad("duration_wrong", S("shorten", "Lorenza Trevisiol", "Gastone Dalla Libera", "formal", "regular",
             meeting="Serata di osservazione di Giove", at="mercoledì 15 giugno alle 22:00", dur=40),
           "Serata di mercoledì",
           """
Gentile Signora Trevisiol,

mercoledì alle 22 ci sarà l'osservazione di Giove, ma durerà solo mezz'ora.

Cordiali saluti,
Gastone Dalla Libera
""", "'mezz'ora' for 40 minutes")),
    (E, bad("title_or_company_invented", S("switch_to_call", "Venanzio Piccolotto", "Graziella Sartor", "formal", "new",
             meeting="Preventivo per il restauro di una bambola Furga", at="lunedì 20 giugno alle 10:00"),
           "Preventivo per la bambola Furga",
           """
Gentile Sig. Piccolotto,

le propongo di parlare del preventivo per telefono lunedì alle 10, invece che in laboratorio.

Cordiali saluti,
Graziella Sartor
Restauratrice capo – Ospedale delle Bambole Sartor
""", "title and company nobody gave")),
    (E, bad("email_invented", S("no_show_followup", "Tobia Marcolin", "Adalgisa Furlanetto", "formal", "regular",
             meeting="Prova di sandali artigianali", at="martedì 7 giugno alle 17:00",
             props=["martedì 14 giugno alle 17:00"]),
           "La prova dei sandali",
           """
Gentile Sig. Marcolin,

martedì non l'abbiamo vista per la prova; possiamo rifarla martedì 14 giugno alle 17. Mi confermi pure a sandali.furlanetto@gmail.com.

Cordiali saluti,
Adalgisa Furlanetto
""", "address nobody gave")),
    (E, bad("number_invented", S("delegate", "Filiberto Zecchinato", "Marisa Pellizzari", "formal", "regular",
             meeting="Ritiro della carta a mano per la tipografia", at="giovedì 16 giugno alle 8:30",
             col="Rinaldo Bisetto"),
           "Ritiro di giovedì",
           """
Gentile Sig. Zecchinato,

giovedì alle 8:30 le consegnerà la carta il mio collega Rinaldo Bisetto: sono pronte tutte le 500 risme.

Cordiali saluti,
Marisa Pellizzari
""", "'500 risme' nobody gave")),
]
