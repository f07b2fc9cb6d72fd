"""v23, Italian: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v23src._d import A, B, C, D, E


def S(*a, **k):
    return _S("it", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("decline", "Ottavia Bernocchi", "Leopoldo Zambrini", "formal", "new",
             meeting="Noleggio di due canoe sul Ticino", at="sabato 10 settembre alle 9:00",
             reason="il livello del fiume è troppo alto dopo i temporali"),
           "Noleggio canoe sul Ticino",
           """
Gentile Signora Bernocchi,

la ringrazio per la richiesta. Purtroppo sabato non posso noleggiarle le due canoe sul Ticino: dopo i temporali il livello del fiume è troppo alto.

Mi scuso per il disagio.

Cordiali saluti,
Leopoldo Zambrini
""", "correct: 'Gentile Signora' + surname, place and 'due canoe' from the meeting")),
    (A, ok(S("switch_to_call", "Avv. Cosimo Trabucchi", "Marzia Ghislandi", "formal", "regular",
             meeting="Consulenza per l'acquario dello studio", at="giovedì 8 settembre alle 12:30"),
           "Consulenza per telefono",
           """
Gentile Avv. Trabucchi,

per la consulenza sull'acquario dello studio possiamo sentirci per telefono giovedì, alla stessa ora: alle dodici e mezza.

Cordiali saluti,
Marzia Ghislandi
""", "correct: title given in recipient_name, 'alle dodici e mezza'")),
    (A, ok(S("no_show_followup", "Fiorenza Scalvini", "Gualtiero Pedrazzoli", "formal", "regular",
             meeting="Ritiro del ginepro rinvasato", at="venerdì 2 settembre alle 17:00",
             props=["mercoledì 7 settembre alle 17:00"]),
           "Il suo ginepro",
           """
Gentile Signora,

venerdì scorso l'aspettavo alle 17 per il ritiro del ginepro rinvasato, ma non è passata.

Le andrebbe bene mercoledì 7 settembre alla stessa ora?

Cordiali saluti,
Gualtiero Pedrazzoli
""", "correct: 'venerdì scorso' of 2 Sep, 'alla stessa ora'")),
    (A, ok(S("cancellation_policy", "Rodolfo Mainardi", "Annalisa Corbellini", "formal", "new",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Le nostre condizioni",
           """
Gentile Signor Mainardi,

come richiesto, le riassumo le nostre condizioni: le disdette vanno comunicate con un giorno di anticipo (24 ore); in caso contrario l'uscita viene addebitata per intero (100%).

Cordiali saluti,
Annalisa Corbellini
""", "correct: 'un giorno (24 ore)', 'per intero (100%)'")),
    (B, ok(S("reschedule", "Tiziano Lombardelli", "Serena Valcavi", "formal", "regular",
             meeting="Allestimento della vasca per i pesci rossi", at="mercoledì 21 settembre alle 10:00",
             props=["lunedì 26 settembre alle 10:00", "martedì 27 settembre alle 15:30"],
             reason="il fornitore non ha consegnato la ghiaia"),
           "Allestimento della vasca: nuova data",
           """
Gentile Signor Lombardelli,

il fornitore non ci ha ancora consegnato la ghiaia, quindi devo spostare l'allestimento della vasca per i suoi pesci rossi.

Posso venire lunedì 26 settembre alle dieci oppure martedì 27 alle tre e mezza del pomeriggio. Quale preferisce?

Cordiali saluti,
Serena Valcavi
""", "correct: 'alle dieci', 'alle tre e mezza del pomeriggio', 'martedì 27'")),
    (B, ok(S("delegate", "Gemma Castellucci", "Ruggero Benvegnù", "formal", "regular",
             meeting="Potatura dei tre aceri in vaso", at="venerdì 23 settembre alle 9:30",
             col="Ilaria Spadafora"),
           "Potatura dei suoi aceri",
           """
Gentile Signora Castellucci,

venerdì la potatura dei suoi tre aceri in vaso sarà seguita dalla mia collega Ilaria Spadafora, sempre alle 9:30.

Cordiali saluti,
Ruggero Benvegnù
""", "correct: colleague named exactly, number from the meeting")),
    (B, ok(S("switch_to_email", "Oreste Baldacchini", "Lucia Ferraguti", "formal", "new",
             meeting="Preventivo per un kayak biposto", at="giovedì 29 settembre alle 11:00"),
           "Preventivo per e-mail",
           """
Gentile Signore,

per il preventivo del kayak biposto non è necessario vederci giovedì: possiamo fare tutto per e-mail, rispondendo a questo messaggio.

Cordiali saluti,
Lucia Ferraguti
""", "correct: 'Gentile Signore,' alone, no new time")),
    (B, ok(S("late_cancellation", "Benedetta Rizzardi", "Amedeo Colombaroli", "formal", "regular",
             meeting="Uscita in canoa al lago d'Iseo", at="lunedì 19 settembre alle 8:30",
             pol={"notice_hours": 48, "deposit_percent": 25}),
           "Uscita al lago d'Iseo",
           """
Gentile Signora Rizzardi,

ho ricevuto ieri la sua disdetta per l'uscita in canoa al lago d'Iseo delle otto e mezza.

Come da condizioni, le disdette vanno date due giorni prima (48 ore); l'acconto del 25% versato alla prenotazione quindi non viene restituito.

Cordiali saluti,
Amedeo Colombaroli
""", "correct: 'ieri' of 19 Sep, policy in words and figures, place from the meeting")),
    (C, ok(S("shorten", "Clemente Barbisan", "Nives Ortolani", "formal", "regular",
             meeting="Lezione di legatura dei pini", at="martedì 11 ottobre alle 18:00", dur=50,
             reason="la serra chiude alle 19"),
           "Lezione di martedì",
           """
Gentile Signor Barbisan,

poiché la serra chiude alle 19, la lezione di martedì durerà cinquanta minuti, con inizio alle sei di sera come previsto.

Cordiali saluti,
Nives Ortolani
""", "correct: '19' from the reason, 'cinquanta minuti', 'alle sei di sera'")),
    (C, ok(S("decline", "Dott.ssa Eleonora Pizzigoni", "Arturo Bellavista", "formal", "key",
             meeting="Visita al vivaio di bonsai di Pistoia", at="giovedì 13 ottobre alle 10:00",
             reason="il vivaio è chiuso per disinfestazione"),
           "Visita al vivaio",
           """
Gentile Dott.ssa Pizzigoni,

mi dispiace, ma giovedì 13 ottobre non potremo fare la visita al vivaio di bonsai di Pistoia: il vivaio sarà chiuso per disinfestazione.

Con i migliori saluti,
Arturo Bellavista
""", "correct: title given in recipient_name, place in the meeting")),
    (C, ok(S("no_show_followup", "Gianmarco Taddeucci", "Rebecca Fumagalli", "friendly", "regular",
             meeting="Prova della pagaia nuova", at="lunedì 3 ottobre alle 18:30"),
           "Prova della pagaia",
           """
Ciao Gianmarco,

lunedì ti ho aspettato per provare la pagaia nuova, ma non ti ho visto. Tutto bene?

Fammi sapere quando vuoi passare.

Rebecca
""", "correct: friendly, no new slot offered")),
    (C, ok(S("reschedule", "Loredana Cipolletti", "Ivano Sartorello", "formal", "regular",
             meeting="Controllo dell'impianto di CO2", at="venerdì 7 ottobre alle 14:00",
             props=["mercoledì 12 ottobre alle 14:00"]),
           "Controllo dell'impianto: mercoledì 12",
           """
Gentile Signora Cipolletti,

devo spostare il controllo dell'impianto di CO2 di venerdì. Le andrebbe bene mercoledì 12 ottobre, sempre alle due del pomeriggio?

Cordiali saluti,
Ivano Sartorello
""", "correct: 'CO2' from the meeting, 'alle due del pomeriggio', subject without month")),
    (D, ok(S("switch_to_call", "Ettore Caprioli", "Vanessa Borsellini", "formal", "new",
             meeting="Scelta dei coralli molli", at="martedì 22 novembre alle 16:00",
             props=["mercoledì 23 novembre alle 11:00"]),
           "Una telefonata sui coralli",
           """
Gentile Signor Caprioli,

invece dell'incontro di martedì alle 16, le propongo una telefonata mercoledì 23 novembre alle undici per scegliere insieme i coralli molli.

Cordiali saluti,
Vanessa Borsellini
""", "correct: old time named as replaced, 'alle undici', plural 'coralli'")),
    (D, ok(S("cancellation_policy", "Mirella Zanoletti", "Fausto Brugnera", "formal", "regular",
             meeting="Corso di eskimo in piscina", at="lunedì 28 novembre alle 20:00",
             pol={"notice_hours": 72, "deposit_percent": 30, "fee_percent": 50}),
           "Corso di lunedì 28 novembre",
           """
Gentile Signora,

per il corso di eskimo di lunedì 28 novembre le ricordo le condizioni: acconto del 30% all'iscrizione, disdetta almeno tre giorni prima (72 ore); dopo, è dovuta la metà della quota (50%).

Cordiali saluti,
Fausto Brugnera
""", "correct: deposit, notice and fee each with its own term, in words and figures")),
    (D, ok(S("delegate", "Ing. Filiberto Castagnoli", "Rosanna Mezzanotti", "formal", "regular",
             meeting="Manutenzione dei filtri delle vasche", at="venerdì 25 novembre alle 8:00",
             col="Damiano Lucchesi"),
           "Manutenzione dei filtri",
           """
Gentile Ing. Castagnoli,

venerdì la manutenzione dei filtri delle vasche la farà il mio collega Damiano Lucchesi, alle otto come d'accordo.

Cordiali saluti,
Rosanna Mezzanotti
""", "correct: 'Ing.' given in recipient_name, 'alle otto'")),
    (D, ok(S("late_cancellation", "Tommaso Ravagnani", "Cinzia Albertazzi", "formal", "regular",
             meeting="Discesa in kayak del Brenta", at="mercoledì 16 novembre alle 9:00",
             props=["mercoledì 30 novembre alle 9:00"]),
           "Discesa del Brenta",
           """
Gentile Signor Ravagnani,

ho ricevuto ieri mattina la sua disdetta per la discesa del Brenta. Se le va, possiamo riprovare mercoledì 30 novembre, alle nove.

Cordiali saluti,
Cinzia Albertazzi
""", "correct: 'ieri' of 16 Nov, no policy given and none stated")),
    (E, ok(S("reschedule", "Ludovica Tagliabue", "Guglielmo Anzalone", "formal", "new",
             meeting="Consegna di sei neon cardinali", at="lunedì 5 dicembre alle 17:00",
             props=["martedì 13 dicembre alle 17:00"], reason="i pesci sono ancora in quarantena"),
           "Consegna dei neon",
           """
Gentile Signora Tagliabue,

i pesci sono ancora in quarantena, per cui rimando la consegna dei sei neon cardinali a martedì 13 dicembre, alle cinque del pomeriggio.

Cordiali saluti,
Guglielmo Anzalone
""", "correct: 'sei neon' from the meeting, 'alle cinque del pomeriggio'")),
    (E, ok(S("decline", "Pietro Lanfranconi", "Michela Cortellazzo", "formal", "regular",
             meeting="Mostra di bonsai a Como", at="venerdì 9 dicembre alle 10:00",
             props=["venerdì 16 dicembre alle 10:00"],
             reason="la sala espositiva non è disponibile"),
           "Mostra di bonsai",
           """
Gentile Signor Lanfranconi,

purtroppo la sala espositiva non è disponibile venerdì 9, quindi la mostra di bonsai a Como non si terrà in quella data.

Se per lei va bene, possiamo farla il venerdì successivo, 16 dicembre, alla stessa ora.

Cordiali saluti,
Michela Cortellazzo
""", "correct: 'venerdì 9', 'alla stessa ora', given second slot")),
    (E, ok(S("shorten", "Adelaide Fornasari", "Corrado Ballerini", "formal", "regular",
             meeting="Lezione di pagaia per principianti", at="mercoledì 14 dicembre alle 15:00", dur=45),
           "Lezione di mercoledì",
           """
Gentile Signora Fornasari,

la lezione di pagaia di mercoledì 14 dicembre inizierà alle 15 come previsto, ma durerà tre quarti d'ora.

Cordiali saluti,
Corrado Ballerini
""", "correct: 'tre quarti d'ora' for 45")),
    (E, ok(S("switch_to_email", "Silvano Moretto", "Agnese Varisco", "formal", "regular",
             meeting="Deposito della canoa per l'inverno", at="giovedì 15 dicembre alle 12:00"),
           "Deposito della canoa",
           """
Gentile Signor Moretto,

per il deposito della sua canoa durante l'inverno possiamo accordarci per e-mail, senza vederci giovedì 15 a mezzogiorno.

Attendo sue notizie.

Cordiali saluti,
Agnese Varisco
""", "correct: 'deposito' of a canoe is storage, not a deposit; 'a mezzogiorno'")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_recap_wrong", S("reschedule", "Manfredi Cavazzuti", "Debora Pesenti", "formal", "regular",
             meeting="Rinvaso del melo cotogno", at="martedì 6 settembre alle 10:00",
             props=["lunedì 12 settembre alle 15:30"]),
           "Rinvaso: lunedì 12 settembre",
           """
Gentile Signor Cavazzuti,

devo spostare il rinvaso del suo melo cotogno a lunedì 12 settembre alle 15:30.

A lunedì alle 15, allora!

Debora Pesenti
""", "recap 15 for 15:30")),
    (A, bad("policy_invented", S("late_cancellation", "Aurora Menegatti", "Vittorio Seghezzi", "formal", "regular",
             meeting="Escursione in canoa sull'Adda", at="venerdì 2 settembre alle 9:00"),
           "Escursione sull'Adda",
           """
Gentile Signora Menegatti,

ho ricevuto la sua disdetta dell'ultimo momento per l'escursione di venerdì. Come previsto in questi casi, la caparra non potrà essere restituita.

Cordiali saluti,
Vittorio Seghezzi
""", "'la caparra non potrà essere restituita': no policy given")),
    (A, bad("foreign_paragraph", S("decline", "Raimondo Giacomelli", "Sabrina Ostinelli", "formal", "new",
             meeting="Installazione di un acquario marino", at="mercoledì 14 settembre alle 9:00"),
           "Installazione dell'acquario",
           """
Gentile Signor Giacomelli,

mi dispiace, ma mercoledì 14 settembre non potrò installare il suo acquario marino.

Lamentablemente no tenemos técnicos libres esa semana.

Cordiali saluti,
Sabrina Ostinelli
""", "Spanish paragraph in an Italian mail")),
    (A, bad("colleague_wrong", S("delegate", "Camilla Bertazzoni", "Enzo Pietrobon", "formal", "regular",
             meeting="Defogliazione degli olmi", at="giovedì 15 settembre alle 11:00", col="Nicoletta Sbarbaro"),
           "Defogliazione degli olmi",
           """
Gentile Signora Bertazzoni,

giovedì 15 settembre verrà la mia collega Nicoletta Sbarbari a occuparsi della defogliazione dei suoi olmi, alle 11.

Cordiali saluti,
Enzo Pietrobon
""", "colleague Sbarbaro written Sbarbari")),
    (B, bad("weekday_wrong", S("switch_to_call", "Lamberto Zuccolo", "Paola Brambillasca", "formal", "regular",
             meeting="Revisione del kayak in vetroresina", at="giovedì 22 settembre alle 17:00",
             props=["martedì 27 settembre alle 17:00"]),
           "Sentiamoci per telefono",
           """
Gentile Signor Zuccolo,

anziché vederci giovedì, potremmo parlare della revisione del kayak per telefono mercoledì 27 settembre alle 17:00?

Cordiali saluti,
Paola Brambillasca
""", "27 September is a Tuesday, not 'mercoledì'")),
    (B, bad("number_invented", S("no_show_followup", "Gisella Fantoni", "Mauro Cittadella", "formal", "regular",
             meeting="Ritiro delle piante di ficus", at="giovedì 15 settembre alle 16:00"),
           "Ritiro dei ficus",
           """
Gentile Signora Fantoni,

giovedì scorso non è passata a ritirare i suoi ficus. Le dodici piante sono ancora qui in serra: mi dica quando preferisce venire.

Cordiali saluti,
Mauro Cittadella
""", "'dodici piante' nobody gave")),
    (B, bad("email_invented", S("switch_to_email", "Alfonso Bettinelli", "Roberta Casartelli", "formal", "new",
             meeting="Domande sul noleggio stagionale", at="mercoledì 28 settembre alle 10:00"),
           "Noleggio stagionale",
           """
Gentile Signor Bettinelli,

possiamo gestire le sue domande sul noleggio stagionale per e-mail: mi scriva pure a roberta.casartelli@libero.it.

Cordiali saluti,
Roberta Casartelli
""", "private address nobody gave")),
    (B, bad("place_changed", S("decline", "Carla Venturelli", "Osvaldo Marangoni", "formal", "regular",
             meeting="Uscita in kayak alle Cinque Terre", at="venerdì 30 settembre alle 8:00",
             reason="mare mosso"),
           "Uscita di venerdì",
           """
Gentile Signora Venturelli,

con il mare mosso previsto non possiamo fare l'uscita in kayak a Portofino venerdì 30 settembre.

Mi scuso,
Osvaldo Marangoni
""", "Cinque Terre changed to Portofino")),
    (C, bad("percent_swapped", S("late_cancellation", "Gino Trevisiol", "Marina Dell'Acqua", "formal", "regular",
             meeting="Corso di legatura", at="martedì 4 ottobre alle 18:00",
             pol={"notice_hours": 48, "deposit_percent": 40, "fee_percent": 80}),
           "Corso di martedì",
           """
Gentile Signor Trevisiol,

la sua disdetta per il corso di ieri è arrivata con meno di 48 ore di preavviso: come da condizioni è dovuto il 40% della quota, oltre all'acconto dell'80% già versato.

Cordiali saluti,
Marina Dell'Acqua
""", "fee 80 and deposit 40 swapped")),
    (C, bad("phone_invented", S("switch_to_call", "Sveva Radaelli", "Italo Franzoni", "formal", "regular",
             meeting="Scelta delle piante acquatiche", at="lunedì 10 ottobre alle 14:00"),
           "Telefonata di lunedì",
           """
Gentile Signora Radaelli,

lunedì alle 14 possiamo scegliere le piante acquatiche per telefono. Se preferisce, mi chiami lei al 347 215 8840.

Cordiali saluti,
Italo Franzoni
""", "mobile number nobody gave")),
    (C, bad("title_or_company_invented", S("decline", "Ernesto Capuzzo", "Valeria Biancardi", "formal", "new",
             meeting="Valutazione di un vecchio olivo", at="mercoledì 19 ottobre alle 10:00"),
           "Valutazione dell'olivo",
           """
Gentile Dott. Capuzzo,

purtroppo mercoledì 19 ottobre non potrò venire a valutare il suo vecchio olivo.

Cordiali saluti,
Valeria Biancardi
""", "'Dott.' nobody gave")),
    (C, bad("duration_wrong", S("shorten", "Fabiola Nardecchia", "Sergio Bottazzi", "formal", "regular",
             meeting="Pulizia del laghetto da giardino", at="giovedì 13 ottobre alle 9:00", dur=90),
           "Pulizia del laghetto",
           """
Gentile Signora Nardecchia,

giovedì la pulizia del laghetto sarà più breve del solito: ci fermeremo un'ora, dalle 9.

Cordiali saluti,
Sergio Bottazzi
""", "'un'ora' for 90 minutes")),
    (D, bad("name_near_miss", S("no_show_followup", "Ilario Pozzobon", "Donatella Crespolani", "formal", "regular",
             meeting="Prova di galleggiamento", at="martedì 15 novembre alle 18:00"),
           "Prova di martedì",
           """
Gentile Signor Pozzobonn,

martedì non l'abbiamo vista alla prova di galleggiamento. Ci faccia sapere se vuole riprogrammarla.

Cordiali saluti,
Donatella Crespolani
""", "Pozzobon written Pozzobonn")),
    (D, bad("link_invented", S("cancellation_policy", "Elvira Gandolfi", "Marcello Testori", "formal", "new",
             pol={"notice_hours": 24, "fee_percent": 30}),
           "Condizioni di disdetta",
           """
Gentile Signora Gandolfi,

le disdette vanno comunicate almeno 24 ore prima; oltre quel termine addebitiamo il 30% del prezzo. Trova tutto anche su www.testori-acquari.it/condizioni.

Cordiali saluti,
Marcello Testori
""", "web page nobody gave")),
    (D, bad("policy_invented", S("reschedule", "Giacinto Morlacchi", "Teresa Bonfanti", "formal", "regular",
             meeting="Potatura delle azalee", at="lunedì 21 novembre alle 10:00",
             props=["giovedì 24 novembre alle 10:00"]),
           "Potatura: giovedì 24",
           """
Gentile Signor Morlacchi,

devo spostare la potatura delle azalee a giovedì 24 novembre, alla stessa ora. Le ricordo che eventuali disdette vanno comunicate con due giorni di anticipo.

Cordiali saluti,
Teresa Bonfanti
""", "notice of two days nobody gave")),
    (D, bad("time_swapped", S("reschedule", "Rosalba Tirelli", "Dario Guffanti", "formal", "regular",
             meeting="Consegna del kayak da pesca", at="mercoledì 23 novembre alle 14:00",
             props=["martedì 29 novembre alle 14:00"]),
           "Consegna del kayak",
           """
Gentile Signora Tirelli,

le scrivo per spostare la consegna del suo kayak da pesca da martedì 29 novembre a mercoledì 23 novembre, alle 14.

Cordiali saluti,
Dario Guffanti
""", "old and new dates exchanged in 'da ... a ...'")),
    (E, bad("discount_invented", S("late_cancellation", "Umberto Ciceri", "Lidia Pastorino", "formal", "key",
             meeting="Allestimento di un paludario", at="giovedì 1 dicembre alle 15:00",
             reason="il cliente chiede un gesto di cortesia"),
           "Allestimento del paludario",
           """
Gentile Signor Ciceri,

ho preso nota della sua disdetta per ieri. Come gesto di cortesia, sul prossimo allestimento le riservo uno sconto del venti per cento.

Cordiali saluti,
Lidia Pastorino
""", "20 % discount in words, licensed only by the reason")),
    (E, bad("number_invented", S("reschedule", "Patrizia Boschetti", "Renzo Valsecchi", "formal", "regular",
             meeting="Rinvaso dei bonsai da interno", at="martedì 6 dicembre alle 11:00",
             props=["lunedì 12 dicembre alle 11:00"]),
           "Rinvaso dei bonsai",
           """
Gentile Signora Boschetti,

devo spostare il rinvaso dei suoi bonsai da interno a lunedì 12 dicembre alle 11. Porterò con me otto vasi nuovi.

Cordiali saluti,
Renzo Valsecchi
""", "'otto vasi' nobody gave")),
    (E, bad("phone_invented", S("no_show_followup", "Achille Mastrangelo", "Simona Rigamonti", "formal", "regular",
             meeting="Prova del salvagente", at="mercoledì 30 novembre alle 17:00"),
           "Prova di mercoledì",
           """
Gentile Signor Mastrangelo,

mercoledì non è venuto alla prova del salvagente. Per fissare un'altra data può chiamare il negozio allo 02 8845 1903.

Cordiali saluti,
Simona Rigamonti
""", "landline number nobody gave")),
    (E, bad("colleague_wrong", S("delegate", "Nadia Sormani", "Piergiorgio Lamperti", "formal", "regular",
             meeting="Controllo della vasca dei koi", at="venerdì 9 dicembre alle 10:00", col="Eugenio Tavecchia"),
           "Controllo della vasca",
           """
Gentile Signora Sormani,

venerdì 9 dicembre la vasca dei koi sarà controllata dal mio collega Eugenio Tavecchio, alle dieci.

Cordiali saluti,
Piergiorgio Lamperti
""", "colleague Tavecchia written Tavecchio")),
]
