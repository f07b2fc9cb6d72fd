"""Italian v2 records, written by hand by data-a (2026-12-06/07). Reference date: 2026-12-07 (a Monday)."""

from __future__ import annotations

from ._rec import S as _S, bad, ok


def S(*a, **k):
    return _S("it", *a, **k)


RECORDS = [
# ------------------------------------------------------------------ correct
ok(S("reschedule", "Dott.ssa Giulia Ferri", "Marco Bianchi", "formal", "key",
     meeting="Riunione di revisione del budget", at="martedì 15 dicembre alle 10:00",
     props=["giovedì 17 dicembre alle 15:30"], reason="una trasferta urgente a Milano"),
   "Riunione sul budget: proposta di spostamento",
   """
Gentile Dottoressa Ferri,

a causa di una trasferta urgente a Milano sono costretto a chiederLe di spostare la riunione di revisione del budget prevista per martedì 15 dicembre alle 10.

Le andrebbe bene giovedì 17 dicembre alle 15:30? Mi scuso per il cambiamento.

Cordiali saluti,
Marco Bianchi
""", "correct: 'Gentile Dottoressa Ferri', 'alle 10' for 10:00"),

ok(S("decline", "Luca Romano", "Sara Colombo", "friendly", "regular",
     meeting="Aperitivo di networking a Torino", at="giovedì 10 dicembre alle 18:30", reason="impegni di famiglia"),
   "Aperitivo di giovedì",
   """
Ciao Luca,

grazie mille per l'invito all'aperitivo di networking a Torino! Giovedì 10 alle 18:30 purtroppo ho degli impegni di famiglia e non riesco a esserci.

Raccontami poi com'è andata, mi raccomando.

Un abbraccio,
Sara
"""),

ok(S("shorten", "Avv. Paolo Greco", "Chiara Fontana", "formal", "new",
     meeting="Consulenza sul contratto di locazione", at="lunedì 11 gennaio alle 9:30", dur=30),
   "Consulenza dell'11 gennaio",
   """
Egregio Avvocato,

La ringrazio per la disponibilità per la consulenza sul contratto di locazione di lunedì 11 gennaio alle 9:30.

Per non impegnarLa troppo a lungo, Le propongo di limitarci a mezz'ora: Le invierò in anticipo le mie domande.

Distinti saluti,
Chiara Fontana
""", "correct: 'Egregio Avvocato', 30 minutes as mezz'ora"),

ok(S("switch_to_call", "Francesca Ricci", "Davide Marino", "friendly", "key",
     meeting="Pranzo di lavoro a Bologna", at="venerdì 15 gennaio alle 13:00",
     props=["giovedì 14 gennaio alle 17:00"], reason="sciopero dei treni"),
   "Il nostro pranzo a Bologna",
   """
Ciao Francesca,

con lo sciopero dei treni di venerdì temo di non riuscire ad arrivare a Bologna per il pranzo delle 13.

Che ne dici se ci sentiamo al telefono il giorno prima, giovedì 14 gennaio verso le 17? Il pranzo lo recuperiamo appena possibile, promesso.

A presto,
Davide
"""),

ok(S("switch_to_email", "Sig. Roberto Gallo", "Elena Conti", "formal", "regular",
     meeting="Incontro per il rinnovo della polizza", at="mercoledì 20 gennaio alle 11:00"),
   "Rinnovo della polizza",
   """
Buongiorno Sig. Gallo,

per l'incontro sul rinnovo della polizza fissato per mercoledì 20 gennaio alle ore 11, Le propongo di gestire i punti rimasti via e-mail: sono pochi e possiamo chiuderli per iscritto.

Le mando le mie osservazioni a breve; se qualcosa richiede un confronto, ci sentiamo volentieri.

Cordiali saluti,
Elena Conti
"""),

ok(S("delegate", "Ing. Alberto Brambilla", "Stefano Moretti", "formal", "key",
     meeting="Sopralluogo al cantiere di Verona", at="martedì 26 gennaio alle 8:30", col="Laura De Luca",
     reason="un'udienza in tribunale"),
   "Sopralluogo a Verona del 26 gennaio",
   """
Gentile Ing. Brambilla,

martedì 26 gennaio sarò trattenuto in tribunale per un'udienza e non potrò essere presente al sopralluogo al cantiere di Verona delle 8:30.

Al mio posto ci sarà la collega Laura De Luca, che segue il progetto con me e ha tutta la documentazione.

Con i migliori saluti,
Stefano Moretti
"""),

ok(S("no_show_followup", "Matteo Barbieri", "Giorgia Lombardi", "friendly", "regular",
     meeting="Lezione di prova di pilates", at="sabato 5 dicembre alle 10:00", props=["sabato 12 dicembre alle 10:00"]),
   "Ti aspettiamo sabato?",
   """
Ciao Matteo,

sabato mattina alle 10 ti aspettavamo per la lezione di prova di pilates: spero vada tutto bene!

Se ti va, possiamo riprovare sabato 12 dicembre, stessa ora. Fammi sapere.

Giorgia
"""),

ok(S("late_cancellation", "Sig.ra Anna Esposito", "Federico Rinaldi", "formal", "new",
     meeting="Servizio fotografico in studio", at="martedì 8 dicembre alle 15:00",
     props=["martedì 15 dicembre alle 15:00"], pol={"notice_hours": 48, "fee_percent": 50}),
   "Il Suo servizio fotografico",
   """
Gentile Sig.ra Esposito,

ho ricevuto la Sua disdetta del servizio fotografico in studio di domani, martedì 8 dicembre alle 15.

Posso proporLe martedì 15 dicembre alla stessa ora.

Le ricordo che, secondo le nostre condizioni, le disdette comunicate con meno di 48 ore di anticipo comportano l'addebito del 50% del servizio.

Cordiali saluti,
Federico Rinaldi
""", "correct: 'domani' is right (today is Monday 7 December)"),

ok(S("cancellation_policy", "Dott. Giorgio Costa", "Valentina Serra", "formal", "new",
     pol={"notice_hours": 24, "deposit_percent": 30}),
   "Condizioni di prenotazione e disdetta",
   """
Gentile Dottor Costa,

come richiesto, Le riassumo le nostre condizioni:
- alla prenotazione chiediamo un acconto del 30%;
- gli appuntamenti possono essere disdetti senza costi fino a 24 ore prima.

Resto a disposizione per qualsiasi chiarimento.

Cordiali saluti,
Valentina Serra
"""),

ok(S("cancellation_policy", "Silvia Mariani", "Andrea Ferrara", "friendly", "regular",
     meeting="Lezione privata di chitarra", at="sabato 9 gennaio alle 16:00",
     pol={"notice_hours": 48, "fee_percent": 100}),
   "Lezione di sabato 9",
   """
Ciao Silvia,

ti ricordo solo una cosa prima della lezione di chitarra di sabato 9 gennaio alle 16: se devi disdire, avvisami almeno 48 ore prima, altrimenti la lezione va pagata per intero.

A sabato!
Andrea
""", "correct: fee 100% said as 'pagata per intero'"),

ok(S("reschedule", "Paolo Santoro", "Martina Galli", "friendly", "regular",
     meeting="Riunione settimanale del progetto Delta", at="lunedì 18 gennaio alle 9:00",
     props=["martedì 19 gennaio alle 9:00", "mercoledì 20 gennaio alle 14:00"]),
   "Delta: spostiamo la riunione?",
   """
Ciao Paolo,

lunedì mattina non ce la faccio per la riunione settimanale di Delta. Ti andrebbe una di queste?

- martedì 19/1 alle 9
- mercoledì 20/1 alle 14

Grazie e scusa il cambio!
Martina
""", "correct: dates as 19/1 and 20/1"),

ok(S("decline", "Dott. Enrico Villa", "Roberta Marchetti", "formal", "new",
     meeting="Presentazione della vostra piattaforma CRM", at="giovedì 21 gennaio alle 14:30",
     reason="abbiamo appena rinnovato il contratto con il fornitore attuale"),
   "Presentazione del 21 gennaio",
   """
Gentile Dott. Villa,

La ringrazio per la proposta di presentarci la vostra piattaforma CRM giovedì 21 gennaio alle 14:30.

Abbiamo però appena rinnovato il contratto con il nostro fornitore attuale, quindi preferisco non farLe perdere tempo. Conservo volentieri i Suoi riferimenti per il futuro.

Cordiali saluti,
Roberta Marchetti
"""),

ok(S("shorten", "Alessandro Caruso", "Irene Bassi", "friendly", "key",
     meeting="Comitato prodotto", at="lunedì 1 febbraio alle 14:00", dur=45),
   "Comitato prodotto di lunedì",
   """
Ciao Alessandro,

per il comitato prodotto di lunedì 1° febbraio alle 14 riusciamo a stare in tre quarti d'ora? Ti mando prima l'ordine del giorno così andiamo dritti al punto.

Grazie mille,
Irene
""", "correct: 45 minutes as 'tre quarti d'ora', '1°' for 1"),

ok(S("switch_to_call", "Avv. Carla Fabbri", "Tommaso Pellegrini", "formal", "regular",
     meeting="Appuntamento nel suo studio di Firenze", at="mercoledì 10 febbraio alle 16:00",
     props=["mercoledì 10 febbraio alle 17:00"]),
   "Appuntamento del 10 febbraio",
   """
Gentile Avvocato,

per il nostro appuntamento nel Suo studio di Firenze, mercoledì 10 febbraio alle 16, sarebbe disposta a sentirci invece per telefono? Potrei chiamarLa lo stesso giorno alle 17.

La ringrazio per la comprensione.

Distinti saluti,
Tommaso Pellegrini
"""),

ok(S("delegate", "Beatrice Longo", "Nicola Vitale", "friendly", "regular",
     meeting="Visita in showroom a Padova", at="venerdì 22 gennaio alle 10:30", col="Simone Testa"),
   "Visita in showroom venerdì",
   """
Ciao Beatrice,

venerdì 22 non riesco a essere a Padova per la visita in showroom delle 10:30, ma ci sarà Simone Testa al posto mio: conosce bene le tue richieste e mi aggiorna subito dopo.

Buon fine settimana,
Nicola
"""),

ok(S("no_show_followup", "Dott. Vittorio Sala", "Claudia Orlando", "formal", "key",
     meeting="Appuntamento per la revisione del portafoglio", at="giovedì 3 dicembre alle 11:00",
     props=["mercoledì 16 dicembre alle 11:00"], pol={"notice_hours": 24, "fee_percent": 50}),
   "Revisione del portafoglio",
   """
Gentile Dottor Sala,

giovedì scorso, 3 dicembre, La aspettavamo alle 11 per la revisione del portafoglio. Spero che non sia successo nulla di spiacevole.

Potrei riceverLa mercoledì 16 dicembre alle 11: mi fa sapere se Le va bene?

Solo per completezza, le nostre condizioni prevedono l'addebito del 50% per gli appuntamenti non disdetti con almeno 24 ore di anticipo; dato il nostro lungo rapporto, ne parliamo volentieri.

Cordiali saluti,
Claudia Orlando
"""),

ok(S("late_cancellation", "Giulia Neri", "Fabio Monti", "friendly", "regular",
     meeting="Prova del menù per il matrimonio", at="sabato 12 dicembre alle 12:30", reason="la febbre del figlio",
     props=["sabato 19 dicembre alle 12:30"]),
   "Prova menù: nuova data",
   """
Ciao Giulia,

nessun problema per sabato, mi dispiace per la febbre del piccolo: spero si rimetta presto!

Per la prova del menù possiamo fare sabato 19 dicembre, sempre alle 12:30?

Un caro saluto,
Fabio
"""),

ok(S("reschedule", "Prof. Carlo Rizzi", "Lucia Sartori", "formal", "regular",
     meeting="Riunione della commissione di laurea", at="lunedì 8 marzo alle 14:00",
     props=["martedì 9 marzo alle 14:00"]),
   "Riunione della commissione: spostamento al 9/3",
   """
Gentile Professore,

sarebbe possibile spostare di un giorno la riunione della commissione di laurea prevista per lunedì 8 marzo alle 14? Le proporrei martedì 9 marzo, alla stessa ora.

La ringrazio e Le porgo cordiali saluti.

Lucia Sartori
"""),

ok(S("switch_to_email", "Marta Gentile", "Daniele Ferri", "friendly", "new",
     meeting="Primo incontro conoscitivo", at="mercoledì 13 gennaio alle 17:30",
     reason="agenda molto piena in questo periodo"),
   "Il nostro primo incontro",
   """
Ciao Marta,

in questo periodo ho l'agenda davvero piena, quindi invece del primo incontro conoscitivo di mercoledì 13 gennaio alle 17:30 ti propongo di iniziare per e-mail: scrivimi due righe su cosa ti serve e ti rispondo con calma.

A presto,
Daniele
""", "correct: 'due righe' is an idiom, not a number fact"),

ok(S("decline", "Elisa Bruno", "Gianluca Pace", "friendly", "key",
     meeting="Cena con i clienti a Genova", at="giovedì 17 dicembre alle 20:00",
     props=["giovedì 14 gennaio alle 20:00"], reason="la recita di Natale di mia figlia"),
   "Cena del 17 a Genova",
   """
Ciao Elisa,

grazie dell'invito alla cena con i clienti a Genova! Giovedì 17 dicembre però c'è la recita di Natale di mia figlia, e quella non me la perdo.

Se organizzate di nuovo, giovedì 14 gennaio alle 20 per me sarebbe perfetto.

Un abbraccio e buone feste,
Gianluca
"""),

# ------------------------------------------------------------------ flawed
bad("time_swapped", S("reschedule", "Sig. Massimo Ferraro", "Paola Riva", "formal", "regular",
     meeting="Riunione di cantiere", at="martedì 19 gennaio alle 10:00", props=["giovedì 21 gennaio alle 15:00"]),
   "Spostamento della riunione di cantiere",
   """
Gentile Sig. Ferraro,

purtroppo devo spostare la nostra riunione di cantiere di giovedì 21 gennaio alle 15.

Sarebbe disponibile martedì 19 gennaio alle 10? Attendo una Sua conferma.

Cordiali saluti,
Paola Riva
""", "meeting time and proposed time swapped in the body"),

bad("time_swapped", S("switch_to_call", "Dott.ssa Laura Mancini", "Giacomo Fiore", "formal", "regular",
     meeting="Appuntamento in agenzia", at="lunedì 25 gennaio alle 11:00", props=["lunedì 25 gennaio alle 16:30"]),
   "Appuntamento del 25 gennaio al telefono",
   """
Gentile Dottoressa Mancini,

invece di vederci in agenzia lunedì 25 gennaio alle 16:30, Le propongo di sentirci per telefono.

Potrei chiamarLa lo stesso giorno alle 11:00, se per Lei va bene.

Cordiali saluti,
Giacomo Fiore
""", "hours swapped: meeting is 11:00 and the call is offered at 16:30, the mail says the reverse"),

bad("time_recap_wrong", S("reschedule", "Valerio Rossi", "Alice Gatti", "friendly", "regular",
     meeting="Punto sul budget", at="mercoledì 3 febbraio alle 10:30", props=["venerdì 5 febbraio alle 10:30"]),
   "Punto budget spostato",
   """
Ciao Valerio,

mercoledì mattina sono bloccata: possiamo spostare il punto sul budget a venerdì 5 febbraio alle 10:30?

Ti mando l'invito in calendario. Ci sentiamo quindi venerdì alle 15:00!

Alice
""", "recap names 15:00; the slot offered is 10:30"),

bad("time_recap_wrong", S("reschedule", "Dott. Renato Fumagalli", "Cristina Barone", "formal", "key",
     meeting="Comitato investimenti", at="lunedì 15 febbraio alle 9:00",
     props=["martedì 16 febbraio alle 9:00", "mercoledì 17 febbraio alle 14:00"]),
   "Comitato investimenti: nuove date",
   """
Gentile Dottor Fumagalli,

mi vedo costretta a rinviare il comitato investimenti di lunedì 15 febbraio alle 9.

Le propongo martedì 16 febbraio alle 9 oppure mercoledì 17 febbraio alle 14. In attesa di un Suo riscontro, tengo libero mercoledì 17 febbraio alle 9.

Distinti saluti,
Cristina Barone
""", "recap 'mercoledì 17 febbraio alle 9' mixes the two offered slots: not a slot offered"),

bad("weekday_wrong", S("reschedule", "Sig.ra Teresa Caputo", "Luigi Ferretti", "formal", "regular",
     meeting="Colloquio annuale", at="lunedì 8 marzo alle 10:00", props=["martedì 9 marzo alle 10:00"]),
   "Spostamento a mercoledì 9 marzo",
   """
Gentile Sig.ra Caputo,

per un imprevisto devo spostare il nostro colloquio annuale di lunedì 8 marzo alle 10.

Potremmo vederci il giorno dopo, martedì 9 marzo, alla stessa ora?

Cordiali saluti,
Luigi Ferretti
""", "subject says 'mercoledì 9 marzo'; 9 March 2027 is a Tuesday (body right)"),

bad("weekday_wrong", S("decline", "Dott. Ugo Ferrero", "Marina Piras", "formal", "regular",
     meeting="Incontro sul piano formativo", at="martedì 13 aprile alle 9:30"),
   "Incontro sul piano formativo",
   """
Gentile Dott. Ferrero,

La ringrazio per l'invito all'incontro sul piano formativo di lunedì 13 aprile alle 9:30, ma purtroppo non potrò partecipare.

Resto volentieri a disposizione per un aggiornamento in seguito.

Cordiali saluti,
Marina Piras
""", "body says 'lunedì 13 aprile'; 13 April 2027 is a Tuesday"),

bad("percent_swapped", S("cancellation_policy", "Dott. Franco Moro", "Serena Basile", "formal", "new",
     pol={"notice_hours": 48, "fee_percent": 50, "deposit_percent": 25}),
   "Le nostre condizioni di disdetta",
   """
Gentile Dottor Moro,

come concordato, Le invio le nostre condizioni: alla prenotazione è richiesto un acconto del 50%; in caso di disdetta con meno di 48 ore di preavviso viene addebitato il 25% della prestazione.

Resto a disposizione.

Cordiali saluti,
Serena Basile
""", "deposit 50% and fee 25% are swapped (given fee 50%, deposit 25%)"),

bad("policy_invented", S("late_cancellation", "Sig. Mario Ruggiero", "Ilaria Morelli", "formal", "regular",
     meeting="Seduta di fisioterapia", at="lunedì 7 dicembre alle 9:00", props=["giovedì 10 dicembre alle 9:00"]),
   "La Sua seduta di fisioterapia",
   """
Gentile Sig. Ruggiero,

ho preso nota della disdetta della seduta di fisioterapia di stamattina alle 9.

Posso proporLe giovedì 10 dicembre alle 9.

Le ricordo che, come da regolamento, l'acconto versato non è rimborsabile.

Cordiali saluti,
Ilaria Morelli
""", "policy invented in words: non-refundable deposit; no policy given"),

bad("discount_invented", S("reschedule", "Ing. Sergio Pagano", "Monica Leone", "formal", "key",
     meeting="Installazione del nuovo impianto", at="mercoledì 13 gennaio alle 14:00",
     props=["mercoledì 20 gennaio alle 14:00"], reason="ritardo del fornitore; il cliente chiede uno sconto per il disagio"),
   "Installazione rinviata al 20 gennaio",
   """
Gentile Ing. Pagano,

a causa di un ritardo del nostro fornitore l'installazione del nuovo impianto di mercoledì 13 gennaio alle 14 non potrà avere luogo. Le propongo mercoledì 20 gennaio alla stessa ora.

Per il disagio Le riconosciamo uno sconto del 15% sull'installazione.

Con i migliori saluti,
Monica Leone
""", "15% discount offered because the reason mentions the client's request; no discount given"),

bad("link_invented", S("switch_to_call", "Sig.ra Patrizia Marino", "Emanuele Greco", "formal", "regular",
     meeting="Workshop di strategia", at="giovedì 28 gennaio alle 10:00"),
   "Workshop del 28 gennaio in videochiamata",
   """
Gentile Sig.ra Marino,

Le propongo di svolgere il workshop di strategia di giovedì 28 gennaio alle 10 in videochiamata anziché in presenza.

Ecco il link per collegarsi: https://zoom.us/j/83412209915

Cordiali saluti,
Emanuele Greco
""", "meeting link invented"),

bad("email_invented", S("delegate", "Dott. Giuseppe Amato", "Riccardo Neri", "formal", "key",
     meeting="Firma del contratto", at="venerdì 29 gennaio alle 11:00", col="Laura Conti"),
   "Firma del contratto del 29 gennaio",
   """
Gentile Dottor Amato,

venerdì 29 gennaio alle 11 non potrò essere presente alla firma del contratto. Mi sostituirà la collega Laura Conti, che conosce la pratica in ogni dettaglio.

Per qualsiasi cosa può scriverle direttamente: laura.conti78@gmail.com

Cordiali saluti,
Riccardo Neri
""", "private e-mail address invented for the colleague"),

bad("phone_invented", S("no_show_followup", "Nadia Ferri", "Lorenzo Cattaneo", "friendly", "new",
     meeting="Prima lezione di tennis", at="sabato 5 dicembre alle 9:00", props=["sabato 12 dicembre alle 9:00"]),
   "La tua prima lezione di tennis",
   """
Ciao Nadia,

sabato alle 9 ti aspettavo per la prima lezione di tennis: tutto bene?

Se vuoi, possiamo farla sabato 12 dicembre alla stessa ora. Per qualsiasi cosa chiamami al 347 218 5590.

Lorenzo
""", "phone number invented"),

bad("number_invented", S("switch_to_email", "Sig. Antonio Fontana", "Veronica Costa", "formal", "regular",
     meeting="Incontro sul preventivo di ristrutturazione", at="martedì 26 gennaio alle 18:00"),
   "Il Suo preventivo di ristrutturazione",
   """
Gentile Sig. Fontana,

per l'incontro sul preventivo di ristrutturazione di martedì 26 gennaio alle 18 Le propongo di chiudere gli ultimi punti via e-mail.

Il preventivo ammonta a 3.200 euro + IVA; Le mando a parte il dettaglio delle voci.

Cordiali saluti,
Veronica Costa
""", "price '3.200 euro + IVA' invented"),

bad("title_or_company_invented", S("decline", "Dott.ssa Rita Bellini", "Maurizio Gentili", "formal", "new",
     meeting="Dimostrazione del software gestionale", at="mercoledì 27 gennaio alle 15:00"),
   "Dimostrazione del 27 gennaio",
   """
Gentile Dottoressa Bellini,

La ringrazio per l'invito alla dimostrazione del software gestionale di mercoledì 27 gennaio alle 15, ma al momento non possiamo dare seguito alla proposta.

Cordiali saluti,

Maurizio Gentili
Direttore Vendite
Tecnoservizi S.r.l.
""", "job title and company invented under the signature"),

bad("name_near_miss", S("shorten", "Ing. Fausto Marchesini", "Daniela Rota", "formal", "regular",
     meeting="Riunione di avvio", at="giovedì 11 febbraio alle 9:00", dur=30),
   "Riunione di avvio dell'11 febbraio",
   """
Gentile Ing. Marchesani,

per la riunione di avvio di giovedì 11 febbraio alle 9 Le propongo di limitarci a 30 minuti, visto che gran parte dei punti è già stata chiarita per iscritto.

Cordiali saluti,
Daniela Rota
""", "greeting 'Marchesani' for Marchesini (one letter changed)"),

bad("name_near_miss", S("reschedule", "Federico Gallo", "Ivana Pini", "friendly", "regular",
     meeting="Aggiornamento mensile", at="lunedì 22 febbraio alle 10:00", props=["martedì 23 febbraio alle 10:00"]),
   "Aggiornamento mensile a martedì",
   """
Ciao Federica,

devo spostare l'aggiornamento mensile di lunedì alle 10. Martedì 23 febbraio alla stessa ora ti va bene?

Grazie!
Ivana
""", "greeting 'Federica' for Federico (one letter changed)"),

bad("place_changed", S("decline", "Sig. Claudio Parisi", "Elisa Mazza", "formal", "regular",
     meeting="Visita allo stabilimento di Brescia", at="martedì 2 marzo alle 8:30"),
   "Visita del 2 marzo",
   """
Gentile Sig. Parisi,

La ringrazio per l'invito alla visita dello stabilimento di Bergamo di martedì 2 marzo alle 8:30; purtroppo non potrò esserci.

Spero di poterlo visitare in un'altra occasione.

Cordiali saluti,
Elisa Mazza
""", "place changed: Brescia became Bergamo"),

bad("foreign_paragraph", S("reschedule", "Sig.ra Helena Duarte", "Pietro Sanna", "formal", "regular",
     meeting="Riunione con i partner", at="mercoledì 24 febbraio alle 11:00", props=["venerdì 26 febbraio alle 11:00"]),
   "Riunione con i partner: spostamento al 26 febbraio",
   """
Gentile Sig.ra Duarte,

devo purtroppo rinviare la riunione con i partner di mercoledì 24 febbraio alle 11. Le propongo venerdì 26 febbraio alla stessa ora.

Agradeço desde já a sua compreensão e fico a aguardar a sua confirmação.

Cordiali saluti,
Pietro Sanna
""", "third paragraph in Portuguese"),

bad("wrong_language_neighbour", S("switch_to_email", "Dott. Bruno Ferrante", "Ludovica Sala", "formal", "regular",
     meeting="Riunione sul bilancio", at="giovedì 4 marzo alle 15:00"),
   "Reunión sobre el balance",
   """
Estimado Dr. Ferrante:

En lugar de nuestra reunión sobre el balance del jueves 4 de marzo a las 15:00, le propongo tratar los puntos pendientes por correo electrónico.

Le enviaré mis comentarios en los próximos días.

Un cordial saludo,
Ludovica Sala
""", "whole mail in Spanish for an Italian situation"),

bad("duration_wrong", S("shorten", "Giacomo Rocca", "Sofia Marchi", "friendly", "regular",
     meeting="Punto di avanzamento", at="venerdì 12 febbraio alle 16:00", dur=20),
   "Punto di venerdì, versione breve",
   """
Ciao Giacomo,

per il punto di avanzamento di venerdì alle 16 facciamo una cosa veloce? Mezz'ora dovrebbe bastare, ti giro i numeri prima.

Grazie!
Sofia
""", "says half an hour; the length given is 20 minutes"),
]
