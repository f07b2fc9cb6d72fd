"""v17, Italian: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v17src._d import A, B, C, D, E


def S(*a, **k):
    return _S("it", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Ottavia Benvenuti", "Lorenzo Scarpellini", "formal", "regular",
             meeting="Montaggio della vetrata del battistero", at="giovedì 18 luglio alle 9:00",
             props=["lunedì 22 luglio alle 9:00", "mercoledì 24 luglio alle 15:30"],
             reason="il ponteggio non è ancora stato collaudato"),
           "Vetrata del battistero: nuova data",
           """
Gentile Signora Benvenuti,

il ponteggio non è ancora stato collaudato, quindi giovedì alle nove non potremo montare la vetrata del battistero.

Le propongo lunedì 22, alla stessa ora, oppure mercoledì 24 luglio alle tre e mezza del pomeriggio.

Cordiali saluti,
Lorenzo Scarpellini
""", "correct: 'alle nove', 'alla stessa ora', 'alle tre e mezza del pomeriggio'")),
    (A, ok(S("decline", "Nicolò Spadaccini", "Ilaria Montecchi", "friendly", "key",
             meeting="Prova della sella da dressage", at="venerdì 19 luglio alle 17:00",
             reason="il cuoio che aspettavo è arrivato rovinato"),
           "Prova di venerdì",
           """
Ciao Nicolò,

purtroppo venerdì salta la prova della sella: il cuoio che aspettavo è arrivato rovinato.

Un abbraccio,
Ilaria
""", "correct: first name, weekday only")),
    (A, ok(S("cancellation_policy", "Dott.ssa Loredana Finocchiaro", "Matteo Garbagnati", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Condizioni di disdetta",
           """
Gentile Dott.ssa Finocchiaro,

grazie per aver prenotato il corso di vetro soffiato. Le ricordo le nostre condizioni: può disdire senza costi fino a due giorni prima (48 ore); dopo, è dovuta la metà della quota (50%).

Cordiali saluti,
Matteo Garbagnati
""", "correct: title from the recipient field, 'due giorni prima (48 ore)', 'la metà della quota (50%)'")),
    (A, ok(S("no_show_followup", "Samuele Ravizza", "Beatrice Lodigiani", "friendly", "regular",
             meeting="Ferratura del cavallo", at="lunedì 15 luglio alle 8:00",
             props=["giovedì 18 luglio alle 8:00"]),
           "Il tuo cavallo",
           """
Ciao Samuele,

ieri mattina sono passata per la ferratura ma non c'era nessuno. Tutto bene?

Se ti va, torno giovedì 18 alle otto.

Bea
""", "correct: 'ieri mattina', 'alle otto', signed with a short first name")),
    (B, ok(S("shorten", "Arch. Tommaso Quaglieri", "Serena Bottacin", "formal", "key",
             meeting="Sopralluogo ai muretti a secco del vigneto", at="martedì 27 agosto alle 10:00", dur=45,
             reason="devo rientrare in laboratorio entro mezzogiorno"),
           "Sopralluogo di martedì",
           """
Gentile Arch. Quaglieri,

dovendo rientrare in laboratorio entro mezzogiorno, le propongo di ridurre il sopralluogo di martedì a quarantacinque minuti. Iniziamo alle 10 come previsto.

Cordialmente,
Serena Bottacin
""", "correct: title in the recipient field, 'quarantacinque minuti', 'mezzogiorno' from the reason")),
    (B, ok(S("switch_to_call", "Giuliana Pedrazzoli", "Ettore Capuzzo", "formal", "regular",
             meeting="Presentazione dello spettacolo di burattini in biblioteca", at="giovedì 29 agosto alle 11:00",
             props=["mercoledì 28 agosto alle 16:00"]),
           "Burattini in biblioteca: una telefonata?",
           """
Gentile Signora Pedrazzoli,

per presentarle lo spettacolo di burattini basterà forse una telefonata. Le andrebbe bene mercoledì 28 alle 4 del pomeriggio, invece di giovedì in biblioteca?

Cordiali saluti,
Ettore Capuzzo
""", "correct: 'alle 4 del pomeriggio' for 16:00")),
    (B, ok(S("delegate", "Rosalba Incerti", "Gianluca Perotti", "formal", "regular",
             meeting="Creazione della fragranza per la boutique", at="venerdì 30 agosto alle 15:00",
             col="Marina Zuccolo"),
           "La vostra fragranza",
           """
Gentile Signora Incerti,

venerdì alle 15 non sarò in laboratorio: la riceverà la mia collega Marina Zuccolo per la fragranza della boutique.

Cordiali saluti,
Gianluca Perotti
""", "correct: 'alle 15', colleague in full")),
    (B, ok(S("late_cancellation", "Cesare Bonfanti", "Agnese Tirabassi", "formal", "regular",
             meeting="Visita alla grotta di stagionatura", at="martedì 20 agosto alle 17:00",
             props=["lunedì 26 agosto alle 17:00"],
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Visita alla grotta",
           """
Gentile Signor Bonfanti,

ho ricevuto la sua disdetta della visita di ieri. Possiamo recuperarla lunedì 26 agosto alla stessa ora.

Come da condizioni, una disdetta con meno di 24 ore di preavviso comporta l'intero importo (100%).

Cordiali saluti,
Agnese Tirabassi
""", "correct: 'ieri', 'alla stessa ora', policy in words and figures")),
    (C, ok(S("reschedule", "Fiorenza Abbiati", "Dario Malvestiti", "friendly", "regular",
             meeting="Rifoderatura del divano del soggiorno", at="venerdì 20 settembre alle 10:00",
             props=["martedì 24 settembre alle 10:00", "giovedì 26 settembre alle 14:30"],
             reason="il velluto è ancora dal tintore"),
           "Il tuo divano",
           """
Ciao Fiorenza,

il velluto è ancora dal tintore, quindi venerdì non riesco a venire per il divano.

Ti andrebbe martedì 24 alle dieci? Oppure giovedì 26 alle due e mezza.

A presto,
Dario
""", "correct: 'alle dieci', 'alle due e mezza'")),
    (C, ok(S("decline", "Maestro Arturo Pelizzari", "Costanza Vismara", "formal", "new",
             meeting="Perizia su un violino Ceruti", at="lunedì 23 settembre alle 11:00",
             reason="non faccio perizie su strumenti che non ho restaurato io"),
           "Perizia sul violino",
           """
Gentile Maestro Pelizzari,

la ringrazio della fiducia, ma non faccio perizie su strumenti che non ho restaurato io. Devo quindi rinunciare all'appuntamento di lunedì.

Con i miei migliori saluti,
Costanza Vismara
""", "correct: title from the recipient field, weekday only")),
    (C, ok(S("switch_to_email", "Raimondo Cagnazzo", "Elisa Fumagalli", "formal", "key",
             meeting="Piano di potatura dei tigli del viale", at="mercoledì 25 settembre alle 9:30",
             reason="aspetto ancora i permessi del Comune"),
           "Potatura dei tigli: per e-mail",
           """
Gentile Signor Cagnazzo,

aspetto ancora i permessi del Comune. Piuttosto che vederci mercoledì alle nove e mezza, le propongo di definire il piano di potatura dei tigli per e-mail, appena li avrò.

Cordiali saluti,
Elisa Fumagalli
""", "correct: 'alle nove e mezza', 'Signor' + surname")),
    (C, ok(S("cancellation_policy", "Veronica Basaglia", "Michele Zanfretta", "formal", "regular",
             meeting="Immersione guidata al relitto", at="sabato 28 settembre alle 8:30",
             pol={"notice_hours": 72, "deposit_percent": 30}),
           "La sua immersione",
           """
Gentile Signora Basaglia,

in vista dell'immersione di sabato alle 8 e mezza, le ricordo che la prenotazione è confermata da un acconto del 30% e che può disdire senza costi fino a tre giorni prima (72 ore).

Cordiali saluti,
Michele Zanfretta
""", "correct: 'alle 8 e mezza', 'tre giorni prima (72 ore)'")),
    (D, ok(S("shorten", "Camilla Dossena", "Federico Arcangeli", "friendly", "regular",
             meeting="Lezione di calligrafia cancelleresca", at="giovedì 24 ottobre alle 18:30", dur=60),
           "Lezione di giovedì",
           """
Ciao Camilla,

giovedì la lezione di calligrafia durerà un'ora. Iniziamo alle sei e mezza di sera come sempre.

Federico
""", "correct: 'un'ora' for 60, 'alle sei e mezza di sera'")),
    (D, ok(S("switch_to_call", "Ernesto Galimberti", "Noemi Castelvetri", "formal", "regular",
             meeting="Preventivo per il volo in mongolfiera aziendale", at="lunedì 21 ottobre alle 10:00",
             props=["martedì 22 ottobre alle 12:00"]),
           "Volo in mongolfiera",
           """
Gentile Signor Galimberti,

per il preventivo del volo aziendale in mongolfiera basta una telefonata: le va bene martedì 22 a mezzogiorno, invece dell'incontro di lunedì?

Cordiali saluti,
Noemi Castelvetri
""", "correct: 'a mezzogiorno' for 12:00")),
    (D, ok(S("no_show_followup", "Guido Ansaldi", "Paola Frigerio", "formal", "new",
             meeting="Primo appuntamento in selleria", at="martedì 15 ottobre alle 14:00",
             props=["venerdì 18 ottobre alle 14:00"],
             pol={"notice_hours": 24}),
           "Il nostro appuntamento",
           """
Gentile Signor Ansaldi,

ieri alle 14 l'aspettavamo in selleria: spero non sia successo nulla.

Possiamo vederci venerdì 18 ottobre alla stessa ora. In caso di impedimento, la prego di avvisarci almeno 24 ore prima.

Cordiali saluti,
Paola Frigerio
""", "correct: 'ieri alle 14', given notice")),
    (D, ok(S("late_cancellation", "Ludovica Sangalli", "Pietro Marchiori", "friendly", "key",
             meeting="Laboratorio di soffiatura di bicchieri", at="mercoledì 16 ottobre alle 10:00",
             props=["sabato 19 ottobre alle 10:00"]),
           "Il laboratorio di stamattina",
           """
Ciao Ludovica,

ho letto il tuo messaggio di stamattina, nessun problema. Se vuoi ti tengo un posto sabato 19 alla stessa ora.

Pietro
""", "correct: 'stamattina', no policy given and none stated")),
    (E, ok(S("reschedule", "Gemma Ruffinengo", "Alessio Bortolami", "formal", "regular",
             meeting="Abbattimento controllato del pioppo", at="giovedì 21 novembre alle 8:00",
             props=["martedì 26 novembre alle 8:00", "lunedì 2 dicembre alle 13:00"],
             reason="giovedì è prevista pioggia forte"),
           "Abbattimento del pioppo",
           """
Gentile Signora Ruffinengo,

giovedì è prevista pioggia forte e dobbiamo rimandare l'abbattimento del pioppo. Le propongo:

- martedì 26 novembre alle 8;
- lunedì 2 dicembre all'una.

Mi dica lei.

Alessio Bortolami
""", "correct: weekday inside the reason, 'all'una' for 13:00, bullet list")),
    (E, ok(S("decline", "Fausto Ramella", "Chiara Donadelli", "formal", "regular",
             meeting="Restauro del mandolino del 1910", at="venerdì 22 novembre alle 15:00",
             reason="non abbiamo i ricambi originali"),
           "Il suo mandolino",
           """
Gentile Signor Ramella,

non avendo i ricambi originali, non posso occuparmi del restauro del suo mandolino e devo annullare l'appuntamento di venerdì.

Con i miei saluti,
Chiara Donadelli
""", "correct: year from the meeting name not repeated")),
    (E, ok(S("delegate", "Irene Masciadri", "Davide Lanfranchi", "friendly", "regular",
             meeting="Lezione di apnea in piscina", at="mercoledì 27 novembre alle 19:00",
             col="Sofia Tagliaferri"),
           "Lezione di mercoledì",
           """
Ciao Irene,

mercoledì non ci sono: la lezione di apnea alle 19 la farà Sofia Tagliaferri.

Davide
""", "correct: colleague in full, short")),
    (E, ok(S("switch_to_email", "Ing. Vittorio Caprioli", "Marta Peverelli", "formal", "regular",
             meeting="Scelta delle boccette per la linea invernale", at="lunedì 25 novembre alle 11:00",
             props=["giovedì 28 novembre alle 11:00"]),
           "Boccette della linea invernale",
           """
Gentile Ing. Caprioli,

invece di vederci lunedì le propongo di scegliere le boccette per e-mail. Se serve, possiamo sentirci giovedì 28 alle 11.

Cordiali saluti,
Marta Peverelli
""", "correct: title from the recipient field, 'alle 11'")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Lucrezia Barbieri-Rota", "Gabriele Sinigaglia", "formal", "regular",
             meeting="Restauro della vetrata della cappella", at="mercoledì 17 luglio alle 10:00",
             props=["martedì 23 luglio alle 10:00"]),
           "Vetrata: spostamento al 17 luglio",
           """
Gentile Signora Barbieri-Rota,

devo spostare il restauro della vetrata della cappella. Le andrebbe bene mercoledì 17 luglio alle 10 invece di martedì 23?

Cordiali saluti,
Gabriele Sinigaglia
""", "subject and body: the old slot offered as the new one")),
    (A, bad("time_recap_wrong", S("reschedule", "Tiziano Moroni", "Anna Cavalleri", "friendly", "regular",
             meeting="Ferratura della cavalla", at="giovedì 18 luglio alle 7:30",
             props=["lunedì 22 luglio alle 7:30"]),
           "Ferratura",
           """
Ciao Tiziano,

giovedì non riesco a passare per la ferratura. Facciamo lunedì 22 luglio alle 7:30?

Ci vediamo quindi lunedì alle 8!
Anna
""", "closing recap 8 for 7:30")),
    (A, bad("percent_swapped", S("cancellation_policy", "Marisa Tonoli", "Edoardo Vanzetti", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 40, "deposit_percent": 25}),
           "Corso di muretti a secco: condizioni",
           """
Gentile Signora Tonoli,

per il corso di muretti a secco chiediamo un acconto del 40%. Si può disdire senza costi fino a 48 ore prima; dopo, è dovuto il 25% della quota.

Cordiali saluti,
Edoardo Vanzetti
""", "deposit 40 and fee 25: swapped")),
    (A, bad("email_invented", S("switch_to_email", "Gilberto Stucchi", "Rebecca Lanzoni", "formal", "regular",
             meeting="Scelta dei burattini per la festa patronale", at="venerdì 26 luglio alle 11:00"),
           "Burattini per la festa",
           """
Gentile Signor Stucchi,

invece di vederci venerdì, le mando le foto dei burattini per e-mail. Può rispondermi a rebecca.lanzoni@libero.it.

Cordiali saluti,
Rebecca Lanzoni
""", "private address invented")),
    (B, bad("duration_wrong", S("shorten", "Adelaide Scotti", "Ruggero Pagliarini", "formal", "regular",
             meeting="Consulenza olfattiva per il negozio", at="giovedì 22 agosto alle 14:00", dur=30),
           "Consulenza di giovedì",
           """
Gentile Signora Scotti,

le propongo di ridurre la consulenza di giovedì a quaranta minuti, sempre alle 14.

Cordiali saluti,
Ruggero Pagliarini
""", "'quaranta minuti' for 30")),
    (B, bad("discount_invented", S("late_cancellation", "Vincenzo Oldani", "Marianna Spagnolo", "formal", "regular",
             meeting="Degustazione di formaggi di fossa", at="martedì 20 agosto alle 18:00",
             props=["venerdì 30 agosto alle 18:00"], reason="il cliente chiede se possiamo venirgli incontro"),
           "La degustazione",
           """
Gentile Signor Oldani,

ho ricevuto la sua disdetta. Possiamo recuperare la degustazione venerdì 30 agosto alle 18, e per venirle incontro le applico uno sconto del 15%.

Cordiali saluti,
Marianna Spagnolo
""", "discount licensed only by the reason")),
    (B, bad("link_invented", S("decline", "Ornella Gaspari", "Stefano Bellomi", "formal", "new",
             meeting="Volo in mongolfiera sulle Langhe", at="domenica 25 agosto alle 6:30",
             reason="sono previste raffiche di vento"),
           "Il volo di domenica",
           """
Gentile Signora Gaspari,

sono previste raffiche di vento e devo annullare il volo di domenica sulle Langhe. Può scegliere un'altra data qui: https://prenota.mongolfiere-bellomi.it

Cordiali saluti,
Stefano Bellomi
""", "booking link invented")),
    (B, bad("name_near_miss", S("delegate", "Corrado Villaraggia", "Eleonora Passoni", "formal", "regular",
             meeting="Consegna del divano rifoderato", at="mercoledì 28 agosto alle 9:00",
             col="Luca Brivio"),
           "Consegna del divano",
           """
Gentile Signor Villaragia,

mercoledì alle 9 il divano glielo consegnerà il mio collega Luca Brivio.

Cordiali saluti,
Eleonora Passoni
""", "greeting: Villaragia for Villaraggia")),
    (C, bad("weekday_wrong", S("reschedule", "Brunella Cottarelli", "Manuel Sacchetti", "formal", "regular",
             meeting="Restauro della viola d'amore", at="giovedì 19 settembre alle 16:00",
             props=["martedì 24 settembre alle 16:00"]),
           "Viola d'amore: nuova data mercoledì 24 settembre",
           """
Gentile Signora Cottarelli,

devo spostare l'appuntamento per la viola d'amore. Le va bene il 24 settembre alle 16?

Cordiali saluti,
Manuel Sacchetti
""", "subject: mercoledì 24 settembre (a Tuesday)")),
    (C, bad("foreign_paragraph", S("decline", "Amedeo Brambati", "Silvia Orlandini", "formal", "regular",
             meeting="Potatura degli ulivi secolari", at="venerdì 20 settembre alle 8:00"),
           "Potatura di venerdì",
           """
Gentile Signor Brambati,

purtroppo venerdì non potrò occuparmi della potatura degli ulivi.

I am really sorry for the short notice and hope to see you soon.

Cordiali saluti,
Silvia Orlandini
""", "English paragraph in an Italian mail")),
    (C, bad("policy_invented", S("no_show_followup", "Teodoro Malinverni", "Clara Bussolati", "formal", "regular",
             meeting="Immersione notturna al promontorio", at="venerdì 13 settembre alle 20:00",
             props=["venerdì 20 settembre alle 20:00"]),
           "L'immersione notturna",
           """
Gentile Signor Malinverni,

venerdì non l'abbiamo vista all'immersione notturna. Se vuole, c'è posto venerdì 20 settembre alla stessa ora.

Come da nostro regolamento, l'acconto versato non è rimborsabile.

Cordiali saluti,
Clara Bussolati
""", "deposit rule nobody gave")),
    (C, bad("phone_invented", S("switch_to_call", "Letizia Caccamo", "Jacopo Fiorucci", "formal", "regular",
             meeting="Calligrafia dei segnaposto per il matrimonio", at="lunedì 23 settembre alle 17:00",
             props=["mercoledì 25 settembre alle 18:00"]),
           "Segnaposto: sentiamoci al telefono",
           """
Gentile Signora Caccamo,

per i segnaposto basta una telefonata: le va bene mercoledì 25 alle 18? Mi trova al 347 582 1946.

Cordiali saluti,
Jacopo Fiorucci
""", "phone number invented")),
    (D, bad("colleague_wrong", S("delegate", "Rosanna Pellegata", "Claudio Merlini", "formal", "regular",
             meeting="Selezione delle forme in cantina", at="giovedì 17 ottobre alle 9:00",
             col="Valerio Cattaneo"),
           "Selezione di giovedì",
           """
Gentile Signora Pellegata,

giovedì alle 9 la selezione delle forme la farà con lei il mio collega Valentino Cattaneo.

Cordiali saluti,
Claudio Merlini
""", "colleague Valentino for Valerio")),
    (D, bad("number_invented", S("decline", "Aurelio Bianconi", "Debora Santambrogio", "formal", "new",
             meeting="Corso di soffiatura per principianti", at="lunedì 21 ottobre alle 15:00"),
           "Il corso di lunedì",
           """
Gentile Signor Bianconi,

purtroppo il corso di lunedì non partirà. Il prossimo corso per principianti si terrà tra circa tre settimane, con un massimo di 8 partecipanti.

Cordiali saluti,
Debora Santambrogio
""", "'tre settimane' and '8 partecipanti' invented")),
    (D, bad("title_or_company_invented", S("switch_to_email", "Elvira Mazzoleni", "Nicola Bergamaschi", "formal", "regular",
             meeting="Preventivo per la sella da trekking", at="martedì 22 ottobre alle 11:00"),
           "La sella da trekking",
           """
Gentile Signora Mazzoleni,

invece dell'incontro di martedì, le mando il preventivo della sella per e-mail.

Cordiali saluti,
Nicola Bergamaschi
Titolare – Selleria Bergamaschi & Figli S.n.c.
""", "title and company invented in the signature")),
    (D, bad("foreign_paragraph", S("no_show_followup", "Renato Pizzigoni", "Giada Crescenzi", "friendly", "regular",
             meeting="Lezione di burattini per ragazzi", at="lunedì 14 ottobre alle 17:00",
             props=["lunedì 21 ottobre alle 17:00"]),
           "La lezione di lunedì",
           """
Ciao Renato,

lunedì non vi abbiamo visti alla lezione di burattini, tutto bene?

Si quieres, podemos vernos el lunes 21 de octubre a las 17.

Giada
""", "Spanish paragraph in an Italian mail")),
    (E, bad("place_changed", S("decline", "Battista Crivelli", "Martina Fassone", "formal", "regular",
             meeting="Sopralluogo ai terrazzamenti di Vernazza", at="lunedì 25 novembre alle 10:00"),
           "Sopralluogo di lunedì",
           """
Gentile Signor Crivelli,

purtroppo lunedì non potrò fare il sopralluogo ai terrazzamenti di Corniglia.

Cordiali saluti,
Martina Fassone
""", "place Corniglia for Vernazza")),
    (E, bad("time_recap_wrong", S("switch_to_call", "Eugenia Lattuada", "Marco Tresoldi", "formal", "regular",
             meeting="Revisione del violoncello", at="giovedì 21 novembre alle 17:00",
             props=["mercoledì 27 novembre alle 10:30"]),
           "Violoncello: una telefonata",
           """
Gentile Signora Lattuada,

invece di vederci giovedì, le propongo una telefonata mercoledì 27 novembre alle 10:30.

P.S. La chiamo quindi mercoledì alle 11.

Marco Tresoldi
""", "P.S. recap 11 for 10:30")),
    (E, bad("discount_invented", S("reschedule", "Ottone Ferrario", "Lisa Brambillasca", "formal", "regular",
             meeting="Lezione di prova di apnea", at="venerdì 22 novembre alle 19:00",
             props=["venerdì 29 novembre alle 19:00"]),
           "Lezione di prova",
           """
Gentile Signor Ferrario,

devo spostare la lezione di prova a venerdì 29 novembre, stessa ora. Per scusarmi, le faccio il 10% di sconto sul primo corso.

Cordiali saluti,
Lisa Brambillasca
""", "unasked discount")),
    (E, bad("number_invented", S("late_cancellation", "Annalisa Pedretti", "Simone Gargiulo", "formal", "regular",
             meeting="Creazione di un profumo personalizzato", at="lunedì 18 novembre alle 15:00",
             props=["martedì 26 novembre alle 15:00"], reason="la cliente chiede quanto tempo serve"),
           "Il suo profumo",
           """
Gentile Signora Pedretti,

ho ricevuto la sua disdetta. Possiamo vederci martedì 26 novembre alle 15; la creazione del profumo richiede circa quattro settimane.

Cordiali saluti,
Simone Gargiulo
""", "'quattro settimane' invented from the reason's question")),
]
