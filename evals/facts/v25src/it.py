"""v25, Italian: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v25src._d import A, B, C, D, E


def S(*a, **k):
    return _S("it", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("decline", "Ottavia Scarmagnani", "Gianluca Ferrigno", "formal", "new",
             meeting="Perforazione di un pozzo a Pienza", at="mercoledì 20 settembre alle 8:00",
             reason="la zona richiede un permesso che non abbiamo"),
           "Pozzo a Pienza",
           """
Gentile Signora Scarmagnani,

purtroppo per la zona di Pienza serve un permesso che non abbiamo, quindi non potremo eseguire la perforazione del pozzo mercoledì 20 settembre alle otto.

Cordiali saluti,
Gianluca Ferrigno
""", "correct: 'Gentile Signora' + surname, 'alle otto', place from the meeting")),
    (A, ok(S("late_cancellation", "Tiberio Mancinelli", "Rosalba Cucchiarelli", "formal", "regular",
             meeting="Lezione di cucito a macchina", at="sabato 9 settembre alle 10:00",
             pol={"notice_hours": 24, "fee_percent": 50}),
           "La lezione di sabato",
           """
Gentile Signor Mancinelli,

abbiamo ricevuto la disdetta della lezione di cucito di sabato scorso solo poche ore prima. Come da nostre condizioni, con meno di un giorno di anticipo (24 ore) resta dovuta la metà della quota (50%).

Cordiali saluti,
Rosalba Cucchiarelli
""", "correct: 'sabato scorso', policy in words next to numbers")),
    (A, ok(S("shorten", "Nives Bortolazzi", "Fabrizio Zanchetta", "friendly", "regular",
             meeting="Controllo della vista", at="giovedì 14 settembre alle 17:30", dur=40),
           "Giovedì facciamo prima",
           """
Ciao Nives,

giovedì alle cinque e mezza il controllo della vista durerà quaranta minuti, così sei libera presto.

A giovedì!
Fabrizio
""", "correct: 'cinque e mezza', 'quaranta minuti'")),
    (A, ok(S("switch_to_email", "Ing. Corrado Lanzavecchia", "Mirella Bonacorsi", "formal", "regular",
             meeting="Preventivo per la pompa sommersa", at="venerdì 15 settembre alle 11:00"),
           "Preventivo via e-mail",
           """
Gentile Ing. Lanzavecchia,

per il preventivo della pompa sommersa possiamo fare a meno dell'incontro di venerdì alle 11: le scriverò tutto via e-mail.

Cordiali saluti,
Mirella Bonacorsi
""", "correct: 'Ing.' given, 'alle 11'")),
    (B, ok(S("reschedule", "Severina Dal Pozzolo", "Amedeo Tonzani", "friendly", "key",
             meeting="Prova dei nuovi occhiali", at="giovedì 19 ottobre alle 18:00",
             props=["lunedì 23 ottobre alle 18:00", "mercoledì 25 ottobre alle 9:30"],
             reason="la montatura è arrivata con una stanghetta rotta"),
           "I tuoi occhiali nuovi",
           """
Cara Severina,

che sfortuna: la montatura è arrivata con una stanghetta rotta. La prova di giovedì quindi salta.

Ti andrebbe lunedì 23 alla stessa ora? Oppure mercoledì 25 ottobre alle nove e mezza.

Fammi sapere, e scusami ancora.

Un abbraccio,
Amedeo
""", "correct: 'lunedì 23' without month, 'alla stessa ora', 'nove e mezza'")),
    (B, ok(S("switch_to_call", "Donatella Quagliarini", "Settimio Paoloni", "formal", "new",
             meeting="Sopralluogo per un pozzo in giardino", at="martedì 24 ottobre alle 10:00",
             props=["lunedì 23 ottobre alle 16:00"]),
           "Una telefonata al posto del sopralluogo",
           """
Gentile Signora,

prima del sopralluogo per il pozzo in giardino, le propongo una telefonata lunedì 23 ottobre alle quattro del pomeriggio, al posto dell'incontro di martedì alle dieci.

Distinti saluti,
Settimio Paoloni
""", "correct: 'Gentile Signora,' alone, 'quattro del pomeriggio', old time named as replaced")),
    (B, ok(S("cancellation_policy", "Lavinia Pertusati", "Cosimo Rendina", "formal", "new",
             pol={"notice_hours": 48, "deposit_percent": 30}),
           "Condizioni per i corsi di sartoria",
           """
Gentile Signora Pertusati,

per i nostri corsi di sartoria chiediamo un acconto del 30%. Le lezioni si possono disdire fino a due giorni prima (48 ore).

Cordiali saluti,
Cosimo Rendina
""", "correct: deposit with its term, 'due giorni prima (48 ore)'")),
    (B, ok(S("no_show_followup", "Gualtiero Sbrana", "Ilaria Fenoglietti", "formal", "regular",
             meeting="Applicazione di lenti a contatto", at="venerdì 13 ottobre alle 15:00",
             props=["venerdì 20 ottobre alle 15:00"]),
           "L'appuntamento di venerdì scorso",
           """
Gentile Signor Sbrana,

venerdì scorso l'abbiamo attesa per l'applicazione delle lenti a contatto. Se le va bene, possiamo rivederci venerdì 20 ottobre alle tre del pomeriggio.

Cordiali saluti,
Ilaria Fenoglietti
""", "correct: 'venerdì scorso', 'tre del pomeriggio'")),
    (C, ok(S("delegate", "Prof.ssa Eleonora Vannucchi", "Ruggero Zampetti", "formal", "key",
             meeting="Revisione della sua macchina da cucire", at="lunedì 27 novembre alle 9:00",
             col="Brunella Ghezzani"),
           "La revisione di lunedì",
           """
Gentile Prof.ssa Vannucchi,

lunedì 27 novembre alle nove la revisione della sua macchina da cucire sarà fatta dalla mia collega Brunella Ghezzani.

Con i migliori saluti,
Ruggero Zampetti
""", "correct: title given, colleague exact")),
    (C, ok(S("decline", "Vasco Pellicanò", "Annunziata Bracaglia", "friendly", "regular",
             meeting="Corso serale di orli e cerniere", at="giovedì 30 novembre alle 20:00",
             reason="il corso è già al completo"),
           "Corso di giovedì",
           """
Ciao Vasco,

mi dispiace tanto, ma il corso serale di giovedì è già al completo.

Un saluto,
Annunziata
""", "correct: very short")),
    (C, ok(S("reschedule", "Filiberto Casagrande", "Marisa Tonellotto", "formal", "regular",
             meeting="Pulizia del pozzo", at="venerdì 24 novembre alle 8:30",
             props=["martedì 28 novembre alle 14:00"], reason="è prevista una forte pioggia"),
           "Pulizia del pozzo rinviata",
           """
Gentile Signor Casagrande,

visto che per venerdì è prevista una forte pioggia, dobbiamo spostare la pulizia del pozzo delle 8:30.

Potremmo venire martedì 28 alle due del pomeriggio?

Cordiali saluti,
Marisa Tonellotto
""", "correct: 'martedì 28' without month, old time named")),
    (C, ok(S("switch_to_email", "Beatrice Lodolini", "Pierluigi Acquaviva", "friendly", "new",
             meeting="Scelta delle lenti per la guida notturna", at="mercoledì 29 novembre alle 12:30"),
           "Le lenti via e-mail",
           """
Buongiorno Beatrice,

se preferisce, invece di vederci mercoledì a mezzogiorno e mezza possiamo scegliere le lenti per la guida notturna via e-mail.

A presto,
Pierluigi
""", "correct: 'mezzogiorno e mezza'")),
    (D, ok(S("late_cancellation", "Ernesta Colacicco", "Leandro Brusaferri", "formal", "regular",
             meeting="Posa di una cisterna", at="mercoledì 27 settembre alle 9:00"),
           "La posa di ieri",
           """
Gentile Signora Colacicco,

abbiamo preso nota della disdetta della posa della cisterna di ieri mattina. Grazie per averci avvisato.

Cordiali saluti,
Leandro Brusaferri
""", "correct: no policy given and none stated, 'ieri mattina'")),
    (D, ok(S("switch_to_call", "Rocco Santoriello", "Giuditta Marcheggiani", "friendly", "regular",
             meeting="Consigli sul tuo primo cappotto", at="martedì 3 ottobre alle 19:00"),
           "Ci sentiamo al telefono?",
           """
Ciao Rocco,

per i consigli sul cappotto ci sentiamo al telefono martedì alle sette di sera, invece di vederci.

A martedì,
Giuditta
""", "correct: call at the original time, 'sette di sera'")),
    (D, ok(S("shorten", "Adalgisa Fumagalli", "Ettore Bernasconi", "formal", "new",
             meeting="Visita optometrica", at="lunedì 2 ottobre alle 11:00", dur=90),
           "Durata della visita optometrica",
           """
Gentile Signora Fumagalli,

la visita optometrica di lunedì alle 11 durerà un'ora e mezza.

Cordiali saluti,
Ettore Bernasconi
""", "correct: 'un'ora e mezza' for 90")),
    (D, ok(S("reschedule", "Eusebio Carnevali", "Loredana Spadaccini", "formal", "key",
             meeting="Collaudo della pompa del pozzo", at="venerdì 29 settembre alle 15:00",
             props=["mercoledì 4 ottobre alle 15:00", "giovedì 5 ottobre alle 10:00"],
             reason="il quadro elettrico non è ancora pronto"),
           "Collaudo della pompa",
           """
Gentile Signor Carnevali,

il quadro elettrico non è ancora pronto, quindi il collaudo della pompa di domani pomeriggio va rimandato.

Le propongo mercoledì 4 ottobre alla stessa ora, oppure giovedì 5 ottobre alle dieci.

Ci scusiamo per il disagio.

Cordiali saluti,
Loredana Spadaccini
""", "correct: 'domani pomeriggio' for Friday 29 on Thursday 28")),
    (E, ok(S("cancellation_policy", "Dott. Aurelio Pirovano", "Nadia Collodel", "formal", "regular",
             pol={"notice_hours": 72, "fee_percent": 100}),
           "Condizioni di disdetta",
           """
Gentile Dott. Pirovano,

le perforazioni si possono disdire senza costi fino a tre giorni prima (72 ore); dopo, è dovuto l'intero importo (100%).

Cordiali saluti,
Nadia Collodel
""", "correct: title given, policy in words")),
    (E, ok(S("no_show_followup", "Ornella Piscitelli", "Damiano Vergottini", "friendly", "regular",
             meeting="Lezione sui punti a mano", at="mercoledì 4 ottobre alle 17:00",
             props=["mercoledì 11 ottobre alle 17:00"]),
           "Ti aspettavamo mercoledì",
           """
Ciao Ornella,

mercoledì non ti abbiamo vista alla lezione sui punti a mano, tutto bene?

Se vuoi, recuperiamo mercoledì 11 alle cinque.

Damiano
""", "correct: 'mercoledì 11' without month, 'alle cinque'")),
    (E, ok(S("delegate", "Clelia Mastrogiacomo", "Tullio Benvenuto", "formal", "regular",
             meeting="Montaggio delle lenti progressive", at="martedì 10 ottobre alle 16:00",
             col="Serena Paparella"),
           "Montaggio delle lenti",
           """
Gentile Signora,

martedì 10 ottobre alle 16 il montaggio delle sue lenti progressive sarà curato dalla collega Serena Paparella.

Cordiali saluti,
Tullio Benvenuto
""", "correct: colleague exact")),
    (E, ok(S("decline", "Ivano Cerruglio", "Teodora Bassignana", "formal", "new",
             meeting="Riparazione di una macchina da cucire industriale", at="lunedì 9 ottobre alle 14:00",
             reason="non trattiamo macchine industriali"),
           "Macchina industriale",
           """
Gentile Signor Cerruglio,

la ringrazio per averci contattato. Purtroppo non trattiamo macchine industriali, per cui non possiamo accettare la riparazione di lunedì.

Distinti saluti,
Teodora Bassignana
""", "correct: short formal decline")),
    # ------------------------------------------------------------------ flawed
    (A, bad("phone_invented", S("switch_to_call", "Raimondo Cuccurullo", "Patrizia Lombroso", "formal", "new",
              meeting="Valutazione di un pozzo artesiano", at="martedì 12 settembre alle 10:00"),
            "Sentiamoci al telefono",
            """
Gentile Signor Cuccurullo,

per la valutazione del pozzo artesiano possiamo sentirci al telefono martedì alle 10. Mi chiami pure al 347 219 8834.

Cordiali saluti,
Patrizia Lombroso
""", "flawed: a mobile number nobody gave")),
    (A, bad("weekday_wrong", S("reschedule", "Marzia Pennacchietti", "Silvano Ruggeri", "formal", "regular",
              meeting="Adattamento delle lenti sclerali", at="mercoledì 13 settembre alle 9:00",
              props=["martedì 19 settembre alle 9:00"], reason="lo studio resta chiuso per lavori"),
            "Nuova data per le lenti sclerali",
            """
Gentile Signora Pennacchietti,

lo studio resta chiuso per lavori, quindi spostiamo l'adattamento delle lenti sclerali a lunedì 19 settembre alle 9.

Cordiali saluti,
Silvano Ruggeri
""", "flawed: 'lunedì 19 settembre' for martedì")),
    (A, bad("duration_wrong", S("shorten", "Agnese Tramontin", "Claudio Feltrinelli", "friendly", "regular",
              meeting="Lezione di cucito creativo", at="sabato 16 settembre alle 15:00", dur=60),
            "Sabato lezione breve",
            """
Ciao Agnese,

sabato alle tre la lezione di cucito creativo sarà più breve: un'ora e mezza.

A sabato!
Claudio
""", "flawed: 'un'ora e mezza' for 60")),
    (A, bad("foreign_paragraph", S("decline", "Fiorenzo Maltoni", "Cinzia Gabbrielli", "formal", "new",
              meeting="Sopralluogo per un impianto di irrigazione dal pozzo", at="giovedì 21 settembre alle 8:00",
              reason="non lavoriamo fuori provincia"),
            "Sopralluogo del 21 settembre",
            """
Gentile Signor Maltoni,

la ringrazio per la richiesta. Purtroppo non lavoriamo fuori provincia e non potremo fare il sopralluogo per l'impianto di irrigazione giovedì 21 settembre.

We hope you find the right company for the job and wish you all the best with the project.

Cordiali saluti,
Cinzia Gabbrielli
""", "flawed: an English paragraph")),
    (B, bad("name_near_miss", S("no_show_followup", "Genoveffa Albertazzi", "Marcello Ricotti", "formal", "regular",
              meeting="Ritiro degli occhiali da lettura", at="giovedì 12 ottobre alle 18:00"),
            "Occhiali da lettura",
            """
Gentile Signora Albertazi,

giovedì scorso l'aspettavamo per il ritiro degli occhiali da lettura. Sono pronti in negozio.

Cordiali saluti,
Marcello Ricotti
""", "flawed: Albertazi for Albertazzi")),
    (B, bad("time_recap_wrong", S("reschedule", "Tommaso Grimaldelli", "Lucilla Fontanesi", "friendly", "regular",
              meeting="Prova del vestito da cerimonia", at="mercoledì 18 ottobre alle 17:00",
              props=["venerdì 27 ottobre alle 17:30"], reason="la stoffa non è ancora arrivata"),
            "Prova del vestito",
            """
Ciao Tommaso,

la stoffa per il vestito da cerimonia non è ancora arrivata, quindi domani non riusciamo a fare la prova.

Ti propongo venerdì 27 ottobre alle 17:30? Spero che vada bene anche a te, così chiudiamo il vestito con calma.

Ci vediamo venerdì alle 17!
Lucilla
""", "flawed: recap 17 for 17:30")),
    (B, bad("link_invented", S("cancellation_policy", "Edvige Manservisi", "Nicola Baldacchini", "formal", "new",
              pol={"notice_hours": 24, "fee_percent": 30}),
            "Le nostre condizioni",
            """
Gentile Signora Manservisi,

gli appuntamenti si possono disdire fino a 24 ore prima; dopo, addebitiamo il 30% della tariffa. Le condizioni complete sono su www.otticabaldacchini.it/condizioni.

Cordiali saluti,
Nicola Baldacchini
""", "flawed: a link nobody gave")),
    (B, bad("percent_swapped", S("late_cancellation", "Ugo Pettenuzzo", "Vittoria Scalabrin", "formal", "regular",
              meeting="Corso di modellistica", at="lunedì 16 ottobre alle 19:00",
              pol={"notice_hours": 48, "fee_percent": 60, "deposit_percent": 20}),
            "Il corso di ieri sera",
            """
Gentile Signor Pettenuzzo,

la disdetta del corso di modellistica di ieri sera è arrivata con meno di 48 ore di anticipo. Secondo le condizioni tratteniamo l'acconto del 60% e addebitiamo il 20% della quota.

Cordiali saluti,
Vittoria Scalabrin
""", "flawed: deposit and fee exchanged")),
    (C, bad("time_swapped", S("reschedule", "Loretta Zambelli", "Gino Andreotta", "formal", "regular",
              meeting="Controllo annuale della pompa", at="giovedì 23 novembre alle 11:00",
              props=["lunedì 4 dicembre alle 11:00"], reason="il furgone è in officina"),
            "Controllo della pompa",
            """
Gentile Signora Zambelli,

il nostro furgone è in officina, quindi il controllo annuale della pompa va spostato da lunedì 4 dicembre alle 11 a giovedì 23 novembre alle 11.

Cordiali saluti,
Gino Andreotta
""", "flawed: from/to exchanged")),
    (C, bad("discount_invented", S("no_show_followup", "Saverio Pedrazzoli", "Michela Tagliaferro", "formal", "regular",
              meeting="Visita per lenti a contatto", at="lunedì 20 novembre alle 14:30",
              props=["lunedì 27 novembre alle 14:30"]),
            "Visita di lunedì",
            """
Gentile Signor Pedrazzoli,

lunedì non l'abbiamo vista per la visita. Possiamo rivederci lunedì 27 novembre alle 14:30; per l'occasione le riserviamo uno sconto del quindici per cento sulle lenti.

Cordiali saluti,
Michela Tagliaferro
""", "flawed: discount in words nobody gave")),
    (C, bad("place_changed", S("delegate", "Annalisa Cortellazzo", "Valerio Piccinelli", "friendly", "regular",
              meeting="Pulizia del pozzo della cascina a Lodi", at="martedì 28 novembre alle 8:00",
              col="Emanuele Sorbara"),
            "Pozzo della cascina",
            """
Ciao Annalisa,

martedì 28 alle 8 al pozzo della cascina di Crema ci va Emanuele Sorbara al posto mio. È bravissimo.

Valerio
""", "flawed: Crema for Lodi")),
    (C, bad("weekday_wrong", S("switch_to_email", "Ippolito Barzaghi", "Carlotta Mazzoleni", "formal", "new",
              meeting="Preventivo per la riparazione di una taglia-cuci", at="venerdì 1 dicembre alle 10:00"),
            "Preventivo via e-mail",
            """
Gentile Signor Barzaghi,

invece dell'incontro di sabato 1 dicembre alle 10, le invio il preventivo per la taglia-cuci via e-mail.

Cordiali saluti,
Carlotta Mazzoleni
""", "flawed: 'sabato 1 dicembre' for venerdì")),
    (D, bad("email_invented", S("switch_to_email", "Pasquale Lo Iacono", "Giorgia Vitaliani", "formal", "new",
              meeting="Scelta di occhiali per il lavoro al computer", at="lunedì 9 ottobre alle 16:00"),
            "Occhiali per il computer",
            """
Gentile Signor Lo Iacono,

possiamo scegliere gli occhiali per il computer via e-mail invece di vederci lunedì 9 ottobre. Mi scriva a giorgia.vitaliani@libero.it.

Cordiali saluti,
Giorgia Vitaliani
""", "flawed: private address nobody gave")),
    (D, bad("policy_invented", S("late_cancellation", "Rosanna Bellucco", "Franco Dell'Orto", "formal", "regular",
              meeting="Lezione privata di ricamo", at="martedì 26 settembre alle 10:00"),
            "Lezione di martedì",
            """
Gentile Signora Bellucco,

abbiamo ricevuto la sua disdetta per la lezione di martedì mattina. Essendo arrivata all'ultimo momento, la lezione verrà addebitata per metà.

Cordiali saluti,
Franco Dell'Orto
""", "flawed: half charge nobody gave")),
    (D, bad("colleague_wrong", S("delegate", "Cesira Fontanive", "Aldo Scaramuzza", "formal", "key",
              meeting="Sostituzione della pompa autoclave", at="martedì 10 ottobre alle 9:00",
              col="Renato Buzzacchi"),
            "Sostituzione dell'autoclave",
            """
Gentile Signora Fontanive,

martedì 10 ottobre alle 9 la sostituzione della pompa autoclave sarà eseguita dal mio collega Renato Buzzachi, che conosce bene il suo impianto.

Con i migliori saluti,
Aldo Scaramuzza
""", "flawed: Buzzachi for Buzzacchi")),
    (D, bad("number_invented", S("decline", "Gilda Sacchettini", "Romeo Castagnoli", "friendly", "regular",
              meeting="Orli per i pantaloni della squadra", at="sabato 30 settembre alle 11:00",
              reason="la macchina è rotta"),
            "Pantaloni della squadra",
            """
Ciao Gilda,

la mia macchina è rotta e sabato non riesco a fare gli orli per i pantaloni della squadra. Mi spiace, con dodici paia sarebbe stato un lavoro lungo comunque!

Romeo
""", "flawed: 'dodici paia' nobody gave")),
    (E, bad("title_or_company_invented", S("switch_to_call", "Wanda Perugini", "Lamberto Cioffi", "formal", "new",
              meeting="Consulenza per lenti multifocali", at="giovedì 12 ottobre alle 15:00"),
            "Consulenza al telefono",
            """
Gentile Dott.ssa Perugini,

per la consulenza sulle lenti multifocali le propongo una telefonata giovedì 12 ottobre alle 15, invece di venire in negozio.

Cordiali saluti,
Lamberto Cioffi
""", "flawed: 'Dott.ssa' nobody gave")),
    (E, bad("phone_invented", S("no_show_followup", "Arturo Mezzadri", "Elisa Buonfiglio", "formal", "regular",
              meeting="Sopralluogo per il pozzo nuovo", at="martedì 3 ottobre alle 9:00"),
            "Sopralluogo di martedì",
            """
Gentile Signor Mezzadri,

martedì mattina i nostri tecnici l'hanno attesa per il sopralluogo del pozzo nuovo, senza trovarla.

Per fissare un'altra data può chiamare il nostro ufficio allo 0521 774 392.

Cordiali saluti,
Elisa Buonfiglio
""", "flawed: landline nobody gave")),
    (E, bad("link_invented", S("reschedule", "Noemi Bergonzoni", "Tiziano Ferracuti", "friendly", "regular",
              meeting="Lezione sull'uso della macchina overlock", at="lunedì 9 ottobre alle 18:00",
              props=["lunedì 16 ottobre alle 18:00"], reason="sono a una fiera a Milano"),
            "Lezione overlock",
            """
Ciao Noemi,

lunedì sono a una fiera a Milano, quindi la lezione sull'overlock la spostiamo a lunedì 16 ottobre alle 18.

Intanto, se vuoi, qui c'è un video utile: www.cucitoferracuti.it/overlock.

A presto,
Tiziano
""", "flawed: link nobody gave")),
    (E, bad("number_invented", S("late_cancellation", "Vincenza Adamoli", "Renzo Pozzebon", "formal", "regular",
              meeting="Corso di sartoria base", at="giovedì 5 ottobre alle 18:30"),
            "Il corso di ieri",
            """
Gentile Signora Adamoli,

abbiamo ricevuto la sua disdetta per il corso di sartoria di ieri sera. Peccato: delle otto allieve, eravate in tre a mancare.

La aspettiamo alla prossima lezione.

Cordiali saluti,
Renzo Pozzebon
""", "flawed: 'otto allieve', 'in tre' nobody gave")),
]
