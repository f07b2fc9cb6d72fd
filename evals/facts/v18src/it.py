"""v18, Italian: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v18src._d import A, B, C, D, E


def S(*a, **k):
    return _S("it", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Ludovica Zanardelli", "Ottavio Brusaferro", "formal", "regular",
             meeting="Sopralluogo per il restauro dell'affresco della pieve", at="giovedì 16 gennaio alle 9:30",
             props=["martedì 21 gennaio alle 9:30", "venerdì 24 gennaio alle 15:00"],
             reason="la parrocchia non ha ancora rilasciato il permesso"),
           "Sopralluogo alla pieve: nuova data",
           """
Gentile Signora Zanardelli,

la parrocchia non ha ancora rilasciato il permesso, quindi giovedì non potremo fare il sopralluogo per l'affresco.

Le propongo martedì 21 alla stessa ora, oppure venerdì 24 gennaio alle tre del pomeriggio. Mi faccia sapere quale preferisce.

Cordiali saluti,
Ottavio Brusaferro
""", "correct: 'alla stessa ora', 'alle tre del pomeriggio'")),
    (A, ok(S("decline", "Gianmarco Pelosini", "Arianna Tumminello", "friendly", "key",
             meeting="Consegna del gufo imbalsamato", at="venerdì 17 gennaio alle 18:00",
             reason="la base in noce non è ancora verniciata"),
           "Il gufo",
           """
Ciao Gianmarco,

venerdì non riesco a consegnarti il gufo: la base in noce non è ancora verniciata. Ti scrivo appena è pronta.

Arianna
""", "correct: first name, no new time")),
    (A, ok(S("cancellation_policy", "Dott.ssa Marisa Cavallucci", "Leonardo Sguazzin", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Condizioni di disdetta del corso di mosaico",
           """
Gentile Dott.ssa Cavallucci,

grazie per l'iscrizione al corso di mosaico. Può disdire senza costi fino a due giorni prima (48 ore); dopo, è dovuta la metà della quota (50%).

Cordiali saluti,
Leonardo Sguazzin
""", "correct: title from the recipient field, 'due giorni prima (48 ore)', 'la metà della quota (50%)'")),
    (A, ok(S("no_show_followup", "Rosanna Mezzadri", "Fabrizio Colantuono", "formal", "regular",
             meeting="Prova della vela di fiocco", at="lunedì 13 gennaio alle 10:00",
             props=["giovedì 23 gennaio alle 10:00"]),
           "Prova della vela",
           """
Gentile Signora Mezzadri,

ieri mattina l'abbiamo aspettata per la prova della vela di fiocco. Spero che vada tutto bene.

Se per lei va bene, possiamo rifarla giovedì 23 alle dieci.

Cordiali saluti,
Fabrizio Colantuono
""", "correct: 'ieri mattina', 'giovedì 23 alle dieci'")),
    (B, ok(S("shorten", "Tommaso Bernasconi", "Ilaria Scarpellini", "formal", "regular",
             meeting="Visita al laboratorio di incisione su rame", at="giovedì 20 febbraio alle 14:00",
             dur=45, reason="alle 15 arriva il corriere con le lastre"),
           "Visita di giovedì",
           """
Gentile Signor Bernasconi,

alle 15 arriva il corriere con le lastre, quindi la visita di giovedì alle 14 durerà quarantacinque minuti.

Grazie per la comprensione,
Ilaria Scarpellini
""", "correct: '15' from the reason, 'quarantacinque minuti'")),
    (B, ok(S("switch_to_call", "Ing. Carlo Ruggerini", "Benedetta Amoruso", "formal", "key",
             meeting="Scelta dei filati per l'arazzo della sala consiliare", at="martedì 18 febbraio alle 11:00",
             props=["martedì 18 febbraio alle 11:30"], reason="sono bloccata in laboratorio per una consegna"),
           "Arazzo: una telefonata?",
           """
Gentile Ing. Ruggerini,

sono bloccata in laboratorio per una consegna e martedì non riesco a venire per la scelta dei filati. Possiamo sentirci al telefono lo stesso giorno, alle undici e mezza?

Cordiali saluti,
Benedetta Amoruso
""", "correct: 'Ing.' kept, 'lo stesso giorno, alle undici e mezza'")),
    (B, ok(S("switch_to_email", "Eleonora Fumagalli", "Matteo Pirovano", "friendly", "regular",
             meeting="Punto sulla stagnatura del paiolo di rame", at="venerdì 14 febbraio alle 9:00",
             reason="lo stagnino non mi ha ancora mandato il preventivo"),
           "Il tuo paiolo",
           """
Ciao Eleonora,

lo stagnino non mi ha ancora mandato il preventivo: invece di vederci venerdì ti scrivo appena lo ricevo.

A presto,
Matteo
""", "correct: signed first name, 'venerdì' without time")),
    (B, ok(S("delegate", "Giuditta Sperandio", "Raffaele Tedeschini", "formal", "new",
             meeting="Ordine di cesti in vimini per l'agriturismo", at="lunedì 17 febbraio alle 10:00",
             col="Nicoletta Barbagallo"),
           "Il suo ordine di cesti",
           """
Gentile Signora,

lunedì 17 alle 10 la riceverà la mia collega Nicoletta Barbagallo, che seguirà il suo ordine di cesti in vimini.

Cordiali saluti,
Raffaele Tedeschini
""", "correct: 'Gentile Signora' alone, colleague exact")),
    (C, ok(S("late_cancellation", "Alberto Scognamiglio", "Serena Vitaliani", "formal", "regular",
             meeting="Lezione di incisione a bulino", at="lunedì 10 marzo alle 18:00",
             props=["lunedì 17 marzo alle 18:00"], pol={"notice_hours": 24, "fee_percent": 100}),
           "Lezione di incisione",
           """
Gentile Signor Scognamiglio,

ho ricevuto ieri il suo messaggio di disdetta. Possiamo recuperare la lezione lunedì prossimo, il 17, alla stessa ora.

Poiché la disdetta è arrivata meno di un giorno prima (24 ore), la lezione è dovuta per intero (100%), come da condizioni.

Cordiali saluti,
Serena Vitaliani
""", "correct: 'il 17, alla stessa ora', 'un giorno prima (24 ore)', 'per intero (100%)'")),
    (C, ok(S("reschedule", "Gaia Monteleone", "Pietro Annunziata", "friendly", "regular",
             meeting="Intreccio della cima d'ormeggio", at="giovedì 13 marzo alle 15:00",
             props=["mercoledì 19 marzo alle 15:00", "venerdì 21 marzo alle 10:00"],
             reason="la canapa è ancora troppo umida"),
           "Spostiamo l'intreccio?",
           """
Ciao Gaia,

la canapa è ancora troppo umida per intrecciare la cima giovedì. Ti va mercoledì 19 alle tre del pomeriggio, oppure venerdì 21 alle dieci?

Pietro
""", "correct: 'alle tre del pomeriggio', 'alle dieci'")),
    (C, ok(S("decline", "Arch. Vittorio Castelnuovo", "Debora Manganaro", "formal", "regular",
             meeting="Visita al cantiere del mosaico pavimentale", at="mercoledì 19 marzo alle 14:00",
             reason="quel giorno il cantiere è chiuso per la posa della resina"),
           "Visita al cantiere",
           """
Gentile Arch. Castelnuovo,

mi dispiace, ma mercoledì non potremo accoglierla in cantiere: quel giorno è chiuso per la posa della resina.

Cordiali saluti,
Debora Manganaro
""", "correct: 'Arch.' kept, no new time")),
    (C, ok(S("cancellation_policy", "Costanza Ferraresi", "Manuel Dalla Torre", "formal", "key",
             pol={"notice_hours": 72, "deposit_percent": 30}),
           "Le nostre condizioni per l'arazzo",
           """
Gentile Costanza,

come d'accordo, le ricordo le condizioni: un acconto del 30% all'ordine, e disdetta senza costi fino a tre giorni prima (72 ore).

Un caro saluto,
Manuel Dalla Torre
""", "correct: first name in formal mail, 'tre giorni prima (72 ore)'")),
    (D, ok(S("no_show_followup", "Lorenzo Buonarroti-Salvi", "Chiara Pagliarini", "friendly", "new",
             meeting="Misure per la vela del gozzo", at="martedì 1 aprile alle 17:00",
             props=["martedì 8 aprile alle 17:00", "giovedì 10 aprile alle 18:00"]),
           "Le misure di ieri",
           """
Ciao Lorenzo,

ieri non ti ho visto per le misure della vela. Nessun problema, capita!

Posso proporti martedì 8 alle 17 oppure giovedì 10 alle sei di sera.

A presto,
Chiara
""", "correct: 'ieri', 'alle sei di sera'")),
    (D, ok(S("shorten", "Gerardo Lo Faro", "Valentina Bressan", "formal", "regular",
             meeting="Riunione di cantiere per l'affresco dell'abside", at="venerdì 4 aprile alle 9:00",
             dur=30),
           "Riunione di venerdì",
           """
Gentile Signor Lo Faro,

devo purtroppo accorciare la riunione di venerdì alle nove: durerà mezz'ora.

Grazie per la comprensione,
Valentina Bressan
""", "correct: 'mezz'ora' for 30, 'alle nove'")),
    (D, ok(S("switch_to_call", "Agnese Pizzolato", "Samuele Carbonara", "formal", "regular",
             meeting="Ritiro del fagiano imbalsamato", at="giovedì 10 aprile alle 11:00",
             props=["mercoledì 9 aprile alle 18:00"], reason="il negozio resta chiuso per inventario"),
           "Ritiro del fagiano",
           """
Gentile Signora Pizzolato,

giovedì il negozio resta chiuso per inventario, quindi non potrà ritirare il fagiano. Le propongo di sentirci al telefono il giorno prima, mercoledì alle 6 di sera, per metterci d'accordo.

Cordiali saluti,
Samuele Carbonara
""", "correct: 'il giorno prima, mercoledì alle 6 di sera'")),
    (D, ok(S("switch_to_email", "Renato Guidalberti", "Martina Tagliabue", "formal", "new",
             meeting="Presentazione dei preventivi per la ramatura", at="lunedì 7 aprile alle 14:00"),
           "I suoi preventivi",
           """
Buongiorno,

invece di incontrarci lunedì le propongo di inviarle i preventivi per e-mail, con le mie spiegazioni. Potrà rispondermi con calma.

Cordiali saluti,
Martina Tagliabue
""", "correct: 'Buongiorno,' alone, no time repeated")),
    (E, ok(S("delegate", "Niccolò Sbarbaro", "Elisa Frattesi", "friendly", "regular",
             meeting="Corso di intreccio del salice", at="mercoledì 14 maggio alle 14:00", col="Dario Montagnani"),
           "Il corso di mercoledì",
           """
Ciao Niccolò,

il corso di intreccio di mercoledì alle due lo terrà Dario Montagnani al posto mio. Conosce il programma a memoria, sei in ottime mani.

Elisa
""", "correct: 'alle due', colleague exact")),
    (E, ok(S("late_cancellation", "Ornella Vigevani", "Giacomo Fioravanti", "formal", "regular",
             meeting="Seduta di incisione a puntasecca", at="lunedì 5 maggio alle 10:00",
             props=["lunedì 12 maggio alle 10:00"]),
           "Seduta di incisione",
           """
Gentile Signora Vigevani,

grazie per avermi avvisato ieri mattina. Possiamo spostare la seduta a lunedì 12 maggio alle 10, se le va bene.

Cordiali saluti,
Giacomo Fioravanti
""", "correct: late cancellation, no policy given and none stated")),
    (E, ok(S("reschedule", "Maestro Ruggero Baldacchini", "Irene Caporaso", "formal", "key",
             meeting="Posa del mosaico dell'ingresso", at="mercoledì 7 maggio alle 7:30",
             props=["lunedì 12 maggio alle 7:30", "martedì 13 maggio alle 7:30"],
             reason="con il freddo la malta non ha fatto presa"),
           "Posa del mosaico",
           """
Gentile Maestro Baldacchini,

con il freddo la malta non ha fatto presa e dobbiamo rimandare la posa del mosaico di mercoledì.

Possiamo tornare alle sette e mezza di lunedì 12 oppure di martedì 13 maggio. Quale mattina preferisce?

Cordiali saluti,
Irene Caporaso
""", "correct: 'Maestro' from the recipient field, 'alle sette e mezza' for both slots")),
    (E, ok(S("decline", "Filippo Acquaviva", "Loredana Spinelli", "formal", "new",
             meeting="Dimostrazione di tessitura ad alto liccio", at="venerdì 16 maggio alle 15:00"),
           "Dimostrazione del 16 maggio",
           """
Gentile Signor Acquaviva,

la ringrazio per l'invito, ma non potrò tenere la dimostrazione di tessitura di venerdì 16 maggio.

Cordiali saluti,
Loredana Spinelli
""", "correct: date without time, no reason invented")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Graziella Santacroce", "Michele Varricchio", "formal", "regular",
              meeting="Consolidamento dell'intonaco affrescato", at="mercoledì 15 gennaio alle 9:00",
              props=["lunedì 20 gennaio alle 9:00"], reason="l'umidità in chiesa è troppo alta"),
            "Consolidamento: rinvio",
            """
Gentile Signora Santacroce,

l'umidità in chiesa è troppo alta e dobbiamo rinviare il consolidamento. Le propongo mercoledì 15 gennaio alle 9.

Cordiali saluti,
Michele Varricchio
""", "the old slot (mercoledì 15 gennaio 9) offered as the new one")),
    (A, bad("policy_invented", S("late_cancellation", "Bruno Cacciapuoti", "Rebecca Lanfranconi", "formal", "regular",
              meeting="Lezione di mosaico bizantino", at="venerdì 10 gennaio alle 17:00",
              props=["venerdì 24 gennaio alle 17:00"]),
            "Lezione di mosaico",
            """
Gentile Signor Cacciapuoti,

ho ricevuto la sua disdetta. Possiamo recuperare la lezione venerdì 24 gennaio alle 17.

Di norma le disdette dell'ultimo minuto comportano la perdita dell'acconto, ma per questa volta non le addebitiamo nulla.

Cordiali saluti,
Rebecca Lanfranconi
""", "policy in words (loss of the deposit) nobody gave")),
    (A, bad("link_invented", S("no_show_followup", "Donatella Scarano", "Enrico Vallarino", "friendly", "regular",
              meeting="Ritocco della randa", at="lunedì 13 gennaio alle 14:00",
              props=["martedì 21 gennaio alle 14:00"]),
            "La tua randa",
            """
Ciao Donatella,

ieri ti ho aspettata per il ritocco della randa, tutto bene?

Posso riprenderti martedì 21 alle 14, oppure prenota tu l'orario che preferisci su veleriavallarino.it/prenota.

Enrico
""", "booking link nobody gave")),
    (A, bad("colleague_wrong", S("delegate", "Ferruccio Lattanzi", "Marina Capobianco", "formal", "regular",
              meeting="Consegna del cinghiale imbalsamato", at="giovedì 23 gennaio alle 11:00",
              col="Gianluca Moscatelli"),
            "Consegna di giovedì",
            """
Gentile Signor Lattanzi,

giovedì 23 alle 11 la consegna sarà seguita dal mio collega Gianluca Moscatello.

Cordiali saluti,
Marina Capobianco
""", "colleague 'Moscatello' for Moscatelli")),
    (B, bad("duration_wrong", S("shorten", "Loretta Pellegrinetti", "Stefano Ghirardelli", "formal", "regular",
              meeting="Verifica dell'arazzo restaurato", at="martedì 18 febbraio alle 10:00", dur=45),
            "Verifica di martedì",
            """
Gentile Signora Pellegrinetti,

devo accorciare la verifica dell'arazzo di martedì alle 10: durerà mezz'ora.

Grazie per la comprensione,
Stefano Ghirardelli
""", "'mezz'ora' for 45 minutes")),
    (B, bad("phone_invented", S("switch_to_call", "Cesare Manfredonia", "Roberta Lizzani", "formal", "key",
              meeting="Scelta della cornice in rame sbalzato", at="venerdì 21 febbraio alle 15:00",
              props=["giovedì 20 febbraio alle 17:00"]),
            "Cornice in rame: al telefono",
            """
Gentile Signor Manfredonia,

le propongo di sostituire l'incontro di venerdì con una telefonata giovedì 20 febbraio alle 17. Mi trova al 348 612 9073.

Cordiali saluti,
Roberta Lizzani
""", "mobile number nobody gave")),
    (B, bad("weekday_wrong", S("decline", "Patrizia Olivetti-Rossa", "Alessio Bonfiglio", "formal", "regular",
              meeting="Visita al laboratorio di cordame", at="venerdì 14 febbraio alle 16:00"),
            "Visita del 14 febbraio",
            """
Gentile Signora Olivetti-Rossa,

purtroppo devo annullare la visita al laboratorio prevista per giovedì 14 febbraio alle 16.

Cordiali saluti,
Alessio Bonfiglio
""", "'giovedì 14 febbraio' for venerdì")),
    (B, bad("title_or_company_invented", S("switch_to_email", "Fausto Baldassarri", "Cinzia Marcuzzi", "formal", "new",
              meeting="Preventivo per il restauro di un braciere", at="lunedì 17 febbraio alle 15:00"),
            "Il suo preventivo",
            """
Gentile Signor Baldassarri,

le propongo di gestire il preventivo per il braciere via e-mail invece che lunedì: mi mandi pure qualche foto.

Cordiali saluti,
Cinzia Marcuzzi
Maestra ramaia – Rameria Marcuzzi S.a.s.
""", "job title and company in the signature")),
    (C, bad("time_recap_wrong", S("reschedule", "Silvano Pedrazzini", "Camilla Orsenigo", "friendly", "regular",
              meeting="Stagnatura della pentola di rame", at="mercoledì 12 marzo alle 10:00",
              props=["martedì 18 marzo alle 14:00"]),
            "La tua pentola",
            """
Ciao Silvano,

mercoledì non sono in bottega: ci vediamo martedì 18 marzo alle 14 per la pentola?

A martedì alle 10, allora!

Camilla
""", "closing recap names 10 instead of 14")),
    (C, bad("percent_swapped", S("cancellation_policy", "Umberto Caldarola", "Sabrina Tonello", "formal", "new",
              pol={"notice_hours": 48, "fee_percent": 70, "deposit_percent": 20}),
            "Condizioni di prenotazione",
            """
Gentile Signor Caldarola,

per il corso di incisione chiediamo un acconto del 70%. La disdetta è gratuita fino a 48 ore prima; dopo, è dovuto il 20% della quota.

Cordiali saluti,
Sabrina Tonello
""", "deposit 20 and fee 70 swapped")),
    (C, bad("discount_invented", S("late_cancellation", "Edoardo Spallanzani", "Viviana Ricciardelli", "formal", "regular",
              meeting="Laboratorio di cesteria", at="venerdì 7 marzo alle 14:00", props=["venerdì 21 marzo alle 14:00"],
              reason="offrire un piccolo gesto di cortesia"),
            "Laboratorio di cesteria",
            """
Gentile Signor Spallanzani,

grazie per averci avvisato. Le propongo di recuperare il laboratorio venerdì 21 marzo alle 14, con uno sconto del 10% come gesto di cortesia.

Cordiali saluti,
Viviana Ricciardelli
""", "a 10% discount licensed by the reason only")),
    (C, bad("name_near_miss", S("decline", "Gennaro Pappalardo", "Antonella Vespignani", "formal", "regular",
              meeting="Perizia sulla volpe imbalsamata", at="giovedì 20 marzo alle 11:00"),
            "Perizia di giovedì",
            """
Gentile Signor Papalardo,

purtroppo non potrò eseguire la perizia sulla volpe giovedì 20. La ricontatterò presto.

Cordiali saluti,
Antonella Vespignani
""", "'Papalardo' for Pappalardo")),
    (D, bad("email_invented", S("switch_to_email", "Margherita Lombardini", "Davide Saccomanno", "formal", "new",
              meeting="Presentazione delle cime per la barca", at="giovedì 3 aprile alle 11:00"),
            "Le sue cime",
            """
Gentile Signora Lombardini,

invece dell'incontro di giovedì le propongo di vedere tutto per e-mail. Mi scriva pure a davide.saccomanno@libero.it e le mando le foto dei campioni.

Cordiali saluti,
Davide Saccomanno
""", "private e-mail address nobody gave")),
    (D, bad("link_invented", S("reschedule", "Corrado Benincasa", "Lucia Mastrantonio", "formal", "regular",
              meeting="Montaggio dell'arazzo in villa", at="lunedì 7 aprile alle 9:00",
              props=["mercoledì 16 aprile alle 9:00"], reason="il telaio di sostegno non è pronto"),
            "Montaggio dell'arazzo",
            """
Gentile Signor Benincasa,

il telaio di sostegno non è pronto e devo spostare il montaggio di lunedì. Le propongo mercoledì 16 aprile alle 9; se preferisce un altro giorno, può sceglierlo qui: calendario.mastrantonio-arazzi.it.

Cordiali saluti,
Lucia Mastrantonio
""", "rebooking link nobody gave")),
    (D, bad("foreign_paragraph", S("decline", "Simonetta Garbarino", "Paolo Indelicato", "formal", "regular",
              meeting="Visita agli affreschi della cripta", at="martedì 8 aprile alle 10:00"),
            "Visita agli affreschi",
            """
Gentile Signora Garbarino,

mi dispiace, ma martedì non potrò accompagnarla a vedere gli affreschi della cripta.

Le pido disculpas por las molestias y quedo a su disposición para otra fecha.

Cordiali saluti,
Paolo Indelicato
""", "Spanish paragraph in an Italian mail")),
    (D, bad("colleague_wrong", S("delegate", "Ivano Ciccarelli", "Teresa Bonomelli", "formal", "regular",
              meeting="Ritiro dei cesti per la vendemmia", at="venerdì 11 aprile alle 8:00",
              col="Mirko Santambrogio"),
            "Ritiro dei cesti",
            """
Gentile Signor Ciccarelli,

venerdì alle 8 i cesti glieli consegnerà il mio collega Marco Santambrogio.

Cordiali saluti,
Teresa Bonomelli
""", "colleague 'Marco' for Mirko Santambrogio")),
    (E, bad("duration_wrong", S("shorten", "Emanuela Quarantotto", "Andrea Cossiga", "formal", "regular",
              meeting="Sopralluogo sull'affresco della loggia", at="giovedì 15 maggio alle 9:00", dur=30),
            "Sopralluogo di giovedì",
            """
Gentile Signora Quarantotto,

devo accorciare il sopralluogo di giovedì alle 9: avremo a disposizione quaranta minuti.

Grazie per la comprensione,
Andrea Cossiga
""", "'quaranta minuti' for 30")),
    (E, bad("policy_invented", S("no_show_followup", "Amedeo Ruffolo", "Sonia Belluzzi", "formal", "regular",
              meeting="Lezione di incisione all'acquaforte", at="lunedì 5 maggio alle 18:00",
              props=["lunedì 19 maggio alle 18:00"]),
            "Lezione di ieri",
            """
Gentile Signor Ruffolo,

ieri non l'abbiamo vista alla lezione di acquaforte. Spero vada tutto bene.

Possiamo recuperarla lunedì 19 maggio alle 18. Le ricordo che le lezioni perse senza preavviso vengono comunque addebitate per intero.

Cordiali saluti,
Sonia Belluzzi
""", "policy in words ('addebitate per intero') nobody gave")),
    (E, bad("number_invented", S("reschedule", "Cristiana Fabbrocini", "Luigi Pescatori", "formal", "regular",
              meeting="Imbalsamazione del luccio", at="mercoledì 7 maggio alle 9:00", props=["martedì 13 maggio alle 9:00"],
              reason="indicare i tempi di lavorazione"),
            "Il suo luccio",
            """
Gentile Signora Fabbrocini,

devo spostare l'appuntamento di mercoledì: le propongo martedì 13 maggio alle 9. La lavorazione richiederà poi circa sei settimane.

Cordiali saluti,
Luigi Pescatori
""", "'sei settimane' nobody gave (the reason only asks for it)")),
    (E, bad("place_changed", S("decline", "Raimondo Esposito-Greco", "Nadia Capodilupo", "formal", "regular",
              meeting="Visita ai mosaici di Piazza Armerina", at="venerdì 16 maggio alle 10:00"),
            "Visita ai mosaici",
            """
Gentile Signor Esposito-Greco,

purtroppo venerdì non potrò accompagnarla a vedere i mosaici di Morgantina.

Cordiali saluti,
Nadia Capodilupo
""", "Piazza Armerina changed to Morgantina")),
]
