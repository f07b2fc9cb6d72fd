"""v20, Italian: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v20src._d import A, B, C, D, E


def S(*a, **k):
    return _S("it", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("switch_to_email", "Ludovica Scarpazzi", "Gervasio Tomasinelli", "formal", "regular",
             meeting="Revisione della carta nautica del lago", at="venerdì 16 gennaio alle 10:00",
             reason="le correzioni delle batimetrie si seguono meglio per iscritto"),
           "Carta nautica: le correzioni per e-mail",
           """
Gentile Signora Scarpazzi,

le correzioni delle batimetrie si seguono meglio per iscritto: invece di vederci venerdì alle dieci, Le mando oggi stesso la carta annotata per e-mail.

Cordiali saluti,
Gervasio Tomasinelli
""", "correct: 'Gentile Signora' + surname, 'alle dieci'")),
    (A, ok(S("shorten", "Teodoro Campagnaro", "Brunella Vizzolini", "formal", "regular",
             meeting="Accordatura del pianoforte a coda", at="mercoledì 21 gennaio alle 15:00", dur=50,
             reason="devo raggiungere un concerto in serata"),
           "Accordatura di mercoledì",
           """
Gentile Signor Campagnaro,

devo raggiungere un concerto in serata: mercoledì arriverò alle tre del pomeriggio come previsto, ma l'accordatura durerà cinquanta minuti.

Cordialmente,
Brunella Vizzolini
""", "correct: 'alle tre del pomeriggio', 'cinquanta minuti'")),
    (A, ok(S("delegate", "Prof. Ottaviano Ghirardelli", "Serafina Loddo", "formal", "key",
             meeting="Presentazione dell'atlante storico della provincia", at="giovedì 22 gennaio alle 11:30",
             col="Ermanno Fantuzzi", reason="sarò a Firenze per l'archivio catastale"),
           "Presentazione dell'atlante",
           """
Gentile Professore,

giovedì sarò a Firenze per l'archivio catastale. Le presenterà l'atlante il collega Ermanno Fantuzzi, alle undici e mezza come concordato: conosce bene tutte le tavole.

Con i migliori saluti,
Serafina Loddo
""", "correct: 'Gentile Professore,' alone, 'undici e mezza', colleague exact")),
    (A, ok(S("late_cancellation", "Annunziata Pellizzeri", "Corrado Sbarbaro", "formal", "regular",
             meeting="Prova del violino barocco", at="venerdì 9 gennaio alle 17:00",
             pol={"notice_hours": 24, "fee_percent": 30}),
           "La prova di venerdì",
           """
Gentile Signora Pellizzeri,

abbiamo ricevuto la Sua disdetta della prova di venerdì scorso. Come da condizioni, con meno di 24 ore di preavviso si applica il 30% della tariffa.

Cordiali saluti,
Corrado Sbarbaro
""", "correct: 'venerdì scorso' for Jan 9 said on Jan 13, fee with its term")),
    (B, ok(S("reschedule", "Gianmaria Tolentini", "Rosaria Benvenga", "formal", "regular",
             meeting="Collaudo della campana del campanile", at="giovedì 12 febbraio alle 9:30",
             props=["martedì 17 febbraio alle 9:30", "mercoledì 18 febbraio alle 14:00"],
             reason="il ceppo di legno non è ancora pronto"),
           "Collaudo della campana: nuova data",
           """
Gentile Signor Tolentini,

il ceppo di legno della campana non è ancora pronto, quindi domani alle nove e mezza non potremo fare il collaudo.

Le propongo martedì 17 alla stessa ora oppure mercoledì 18 febbraio alle due del pomeriggio.

Cordialmente,
Rosaria Benvenga
""", "correct: 'domani' for Feb 12 said on Feb 11, 'alla stessa ora', 'alle due del pomeriggio'")),
    (B, ok(S("decline", "Ilaria Morgagni", "Fulvio Dellepiane", "friendly", "key",
             meeting="Cena dai clienti del laboratorio di liuteria", at="venerdì 13 febbraio alle 20:00",
             reason="la vernice della viola va ripassata stasera"),
           "Venerdì sera",
           """
Ciao Ilaria,

venerdì sera purtroppo non ci sono: la vernice della viola va ripassata proprio quella sera e non posso lasciarla a metà.

Un abbraccio,
Fulvio
""", "correct: first name, reason retold, no new time")),
    (B, ok(S("cancellation_policy", "Eleonora Fracassetti", "Damiano Rubiales", "formal", "new",
             pol={"notice_hours": 72, "deposit_percent": 40}),
           "Condizioni per il rilievo cartografico",
           """
Gentile Signora,

per fissare il rilievo chiediamo un acconto del 40%. Può disdire senza costi fino a tre giorni prima (72 ore).

Cordiali saluti,
Damiano Rubiales
""", "correct: deposit with its term, 'tre giorni prima (72 ore)', 'senza costi'")),
    (B, ok(S("no_show_followup", "Amerigo Santoiemma", "Clelia Bortolussi", "formal", "new",
             meeting="Valutazione del pianoforte verticale", at="lunedì 9 febbraio alle 16:30",
             props=["lunedì 16 febbraio alle 16:30"]),
           "La valutazione di lunedì",
           """
Gentile Signor Santoiemma,

lunedì alle 16:30 non L'abbiamo vista arrivare per la valutazione del pianoforte; spero non sia successo nulla.

Se vuole, possiamo ritrovarci lunedì prossimo, il 16, alla stessa ora.

Cordiali saluti,
Clelia Bortolussi
""", "correct: 'lunedì prossimo, il 16, alla stessa ora'")),
    (C, ok(S("reschedule", "Arch. Benedetta Quaranta", "Lamberto Scialpi", "formal", "regular",
             meeting="Consegna della mappa catastale digitalizzata", at="martedì 16 marzo alle 11:00",
             props=["giovedì 18 marzo alle 11:00", "lunedì 22 marzo alle 16:00"],
             reason="il plotter è guasto"),
           "Consegna della mappa",
           """
Gentile Arch. Quaranta,

il nostro plotter si è guastato: martedì non riusciremo a consegnarLe la mappa digitalizzata.

Possiamo fare giovedì 18 alla stessa ora, oppure lunedì 22 marzo alle quattro del pomeriggio?

Cordialmente,
Lamberto Scialpi
""", "correct: 'Arch.' + surname, 'alla stessa ora', 'alle quattro del pomeriggio'")),
    (C, ok(S("switch_to_call", "Marcellina Zuccaro", "Tiziano Ballarò", "formal", "regular",
             meeting="Scelta del legno per il violoncello", at="lunedì 15 marzo alle 10:00",
             reason="gli aceri si possono mostrare in videochiamata"),
           "Lunedì: in videochiamata",
           """
Gentile Signora Zuccaro,

per scegliere il legno non serve venire in bottega: lunedì alle 10 La chiamo in videochiamata e Le mostro gli aceri uno per uno.

Cordiali saluti,
Tiziano Ballarò
""", "correct: same slot as a call, 'alle 10'")),
    (C, ok(S("delegate", "Gaspare Mondolfo", "Ivana Sciacchitano", "formal", "regular",
             meeting="Regolazione della meccanica del pianoforte", at="venerdì 19 marzo alle 14:30",
             col="Nicoletta Brusamolin", reason="sarò in fonderia per i nuovi martelletti"),
           "Regolazione di venerdì",
           """
Gentile Signor Mondolfo,

venerdì sarò in fonderia per i nuovi martelletti. Verrà la collega Nicoletta Brusamolin alle due e mezza a regolare la meccanica; conosce bene il Suo strumento.

Cordialmente,
Ivana Sciacchitano
""", "correct: 'alle due e mezza', colleague exact, reassurance")),
    (C, ok(S("late_cancellation", "Donatella Cirasola", "Pietro Valmassoi", "formal", "regular",
             meeting="Visita alla fonderia di campane", at="mercoledì 10 marzo alle 9:00",
             props=["martedì 23 marzo alle 9:00"]),
           "La visita di ieri",
           """
Gentile Signora Cirasola,

peccato per la visita di ieri mattina, annullata all'ultimo. Se Le va, possiamo riprogrammarla martedì 23 marzo alle nove.

Cordiali saluti,
Pietro Valmassoi
""", "correct: 'ieri' for Mar 10 said on Mar 11, no policy stated, 'alle nove'")),
    (D, ok(S("decline", "Dott. Fiorenzo Abbracciavento", "Ornella Gualazzi", "formal", "regular",
             meeting="Sopralluogo per la mappa dei sentieri", at="venerdì 16 aprile alle 8:00",
             reason="il sentiero è chiuso per una frana"),
           "Sopralluogo di venerdì",
           """
Gentile Dott. Abbracciavento,

il sentiero è chiuso per una frana, quindi il sopralluogo di venerdì alle otto non si può fare. Le riscriverò quando sarà riaperto.

Cordiali saluti,
Ornella Gualazzi
""", "correct: 'Dott.' + surname, 'alle otto', no new time")),
    (D, ok(S("shorten", "Virginia Bellasio", "Carmelo Ruggirello", "formal", "regular",
             meeting="Lezione di manutenzione del liuto", at="martedì 20 aprile alle 18:00", dur=45,
             reason="il laboratorio chiude prima per l'inventario"),
           "Lezione di martedì",
           """
Gentile Signora Bellasio,

martedì il laboratorio chiude prima per l'inventario: la lezione comincia alle sei di sera ma durerà quarantacinque minuti.

Cordialmente,
Carmelo Ruggirello
""", "correct: 'alle sei di sera', 'quarantacinque minuti'")),
    (D, ok(S("switch_to_email", "Manfredi Ortolina", "Luciana Pettinà", "friendly", "regular",
             meeting="Preventivo per due campanelle da giardino", at="giovedì 15 aprile alle 12:00",
             reason="i prezzi sono già pronti"),
           "Le tue campanelle",
           """
Ciao Manfredi,

i prezzi sono già pronti, quindi giovedì a mezzogiorno non serve vederci: ti mando il preventivo delle due campanelle per e-mail stasera.

A presto,
Luciana
""", "correct: 'a mezzogiorno', 'due' from the meeting name")),
    (D, ok(S("cancellation_policy", "Ginevra Pistocchi", "Silvano Bragagnolo", "formal", "new",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "Disdetta delle accordature",
           """
Gentile Signora Pistocchi,

può disdire l'accordatura senza costi fino a un giorno prima (24 ore); dopo, la tariffa è dovuta per intero (100%).

Cordiali saluti,
Silvano Bragagnolo
""", "correct: 'un giorno prima (24 ore)', 'per intero (100%)'")),
    (E, ok(S("reschedule", "Raimondo Cacciapuoti", "Eugenia Frattallone", "formal", "regular",
             meeting="Stampa della carta turistica delle Dolomiti", at="venerdì 14 maggio alle 8:30",
             props=["martedì 18 maggio alle 8:30", "mercoledì 19 maggio alle 13:00"],
             reason="la tipografia ha rinviato la prova colore"),
           "Stampa della carta: nuove date",
           """
Gentile Signor Cacciapuoti,

la tipografia ha rinviato la prova colore, quindi venerdì alle otto e mezza la stampa non partirà.

Le va bene martedì 18 alla stessa ora, o mercoledì 19 maggio all'una?

Cordialmente,
Eugenia Frattallone
""", "correct: 'otto e mezza', 'alla stessa ora', 'all'una'")),
    (E, ok(S("decline", "Mariapia Gorgoglione", "Leandro Tassinato", "formal", "new",
             meeting="Dimostrazione del restauro di un fortepiano", at="giovedì 20 maggio alle 17:00",
             reason="il fortepiano non è ancora rientrato dal trasporto"),
           "Dimostrazione di giovedì",
           """
Gentile Signora,

il fortepiano non è ancora rientrato dal trasporto: devo annullare la dimostrazione di giovedì 20 maggio alle cinque del pomeriggio.

Cordiali saluti,
Leandro Tassinato
""", "correct: 'Gentile Signora,' alone, 'alle cinque del pomeriggio'")),
    (E, ok(S("switch_to_call", "Alfonsina Dettori", "Ruggero Malvestiti", "formal", "key",
             meeting="Progetto del concerto di campane", at="martedì 18 maggio alle 10:00",
             props=["mercoledì 19 maggio alle 11:00"], reason="sono bloccato in cantiere tutta la settimana"),
           "Concerto di campane: una telefonata",
           """
Gentile Signora Dettori,

sono bloccato in cantiere tutta la settimana. Possiamo parlarne al telefono mercoledì 19 alle undici, invece di incontrarci martedì?

Con i migliori saluti,
Ruggero Malvestiti
""", "correct: a call at the given slot, 'alle undici'")),
    (E, ok(S("no_show_followup", "Settimio Lagorio", "Pamela Cristoforetti", "friendly", "regular",
             meeting="Ritiro della chitarra restaurata", at="lunedì 10 maggio alle 18:30"),
           "La tua chitarra",
           """
Ciao Settimio,

lunedì alle sei e mezza ti ho aspettato in bottega: la chitarra è pronta. Scrivimi quando ti fa comodo passare.

Pamela
""", "correct: 'alle sei e mezza', no new slot given and none offered")),
    # ------------------------------------------------------------------ flawed
    (A, bad("foreign_paragraph", S("decline", "Giuditta Sbragia", "Albino Ceccarossi", "formal", "regular",
              meeting="Incontro sul rilievo del parco", at="giovedì 15 gennaio alle 14:00",
              reason="il drone è fermo per la revisione"),
            "Incontro di giovedì",
            """
Gentile Signora Sbragia,

il nostro drone è fermo per la revisione, quindi l'incontro di giovedì alle 14:00 è annullato.

Le enviaremos una nueva propuesta en cuanto el dron vuelva a volar.

Cordiali saluti,
Albino Ceccarossi
""", "foreign_paragraph: a Spanish paragraph inside the Italian mail")),
    (A, bad("colleague_wrong", S("delegate", "Onofrio Battaglini", "Gemma Tavernari", "formal", "regular",
              meeting="Accordatura dell'organo positivo", at="lunedì 19 gennaio alle 9:00",
              col="Romeo Pezzolato", reason="sarò a Cremona per un restauro"),
            "Accordatura di lunedì",
            """
Gentile Signor Battaglini,

lunedì sarò a Cremona per un restauro: verrà alle 9:00 il collega Romeo Pezzolati.

Cordiali saluti,
Gemma Tavernari
""", "colleague_wrong: 'Pezzolati' for Pezzolato")),
    (A, bad("email_invented", S("switch_to_email", "Costanza Rivabella", "Egidio Matarrese", "formal", "new",
              meeting="Domande sul restauro del mandolino", at="martedì 20 gennaio alle 11:00",
              reason="servono le foto del manico"),
            "Il Suo mandolino",
            """
Gentile Signora Rivabella,

servono le foto del manico, quindi al posto dell'incontro di martedì mi scriva pure a liuteria.matarrese@libero.it con le immagini.

Cordiali saluti,
Egidio Matarrese
""", "email_invented: an address nobody gave")),
    (A, bad("time_recap_wrong", S("reschedule", "Lorenzo Biancalani", "Assunta Pirrotta", "formal", "regular",
              meeting="Consegna della campana votiva", at="mercoledì 14 gennaio alle 10:00",
              props=["venerdì 23 gennaio alle 15:30"], reason="la patina deve ancora asciugare"),
            "Consegna della campana: venerdì 23 gennaio",
            """
Gentile Signor Biancalani,

la patina deve ancora asciugare: spostiamo la consegna della campana a venerdì 23 gennaio alle 15:30.

A venerdì alle 10, allora!

Assunta Pirrotta
""", "time_recap_wrong: recap with the old hour 10")),
    (B, bad("time_swapped", S("reschedule", "Clarissa Mongiardo", "Beniamino Zorzetto", "formal", "regular",
              meeting="Taratura del pianoforte da concerto", at="lunedì 16 febbraio alle 10:00",
              props=["giovedì 19 febbraio alle 10:00"], reason="il teatro è occupato dalle prove"),
            "Taratura: giovedì 19 febbraio",
            """
Gentile Signora Mongiardo,

il teatro è occupato dalle prove, quindi Le propongo di fare la taratura lunedì 16 febbraio alle 10:00.

Cordialmente,
Beniamino Zorzetto
""", "time_swapped: old slot offered as the new one; subject right")),
    (B, bad("duration_wrong", S("shorten", "Edoardo Casadidio", "Loredana Fumagalli", "formal", "regular",
              meeting="Corso di lettura delle carte topografiche", at="venerdì 20 febbraio alle 9:00", dur=60,
              reason="la sala serve per un'altra riunione"),
            "Corso di venerdì",
            """
Gentile Signor Casadidio,

la sala serve per un'altra riunione: il corso di venerdì inizierà alle 9:00 e durerà un'ora e mezza.

Cordiali saluti,
Loredana Fumagalli
""", "duration_wrong: 'un'ora e mezza' for 60 minutes")),
    (B, bad("link_invented", S("no_show_followup", "Melania Sestieri", "Guglielmo Arcidiacono", "formal", "regular",
              meeting="Prova dell'archetto nuovo", at="martedì 10 febbraio alle 15:00",
              props=["martedì 24 febbraio alle 15:00"]),
            "La prova di ieri",
            """
Gentile Signora Sestieri,

ieri non L'abbiamo vista per la prova dell'archetto. Possiamo rivederci martedì 24 febbraio alle 15:00: può confermare da qui https://prenota.liuteria-arcidiacono.it

Cordiali saluti,
Guglielmo Arcidiacono
""", "link_invented: a booking link nobody gave")),
    (B, bad("name_near_miss", S("decline", "Fabrizia Lomellini", "Osvaldo Tregnaghi", "formal", "regular",
              meeting="Ascolto delle campane nuove", at="giovedì 19 febbraio alle 12:00",
              reason="il campanile è chiuso per lavori"),
            "Ascolto delle campane",
            """
Gentile Signora Lomelini,

il campanile è chiuso per lavori: l'ascolto di giovedì a mezzogiorno non potrà avere luogo.

Cordiali saluti,
Osvaldo Tregnaghi
""", "name_near_miss: 'Lomelini' for Lomellini")),
    (C, bad("percent_swapped", S("cancellation_policy", "Rodolfo Spallanzani", "Graziella Nicotra", "formal", "new",
              pol={"notice_hours": 48, "fee_percent": 60, "deposit_percent": 20}),
            "Condizioni del corso di liuteria",
            """
Gentile Signor Spallanzani,

all'iscrizione chiediamo un acconto del 60%. Può disdire senza costi fino a 48 ore prima; dopo si paga il 20% della quota.

Cordiali saluti,
Graziella Nicotra
""", "percent_swapped: deposit 20% and fee 60% swapped")),
    (C, bad("phone_invented", S("switch_to_call", "Pasqualina Ruocco", "Vittorio Zambelli", "formal", "regular",
              meeting="Verifica della carta dei confini", at="mercoledì 17 marzo alle 15:00",
              reason="basta confrontare due punti sulla mappa"),
            "Verifica di mercoledì",
            """
Gentile Signora Ruocco,

basta confrontare due punti sulla mappa: facciamo mercoledì alle 15:00 per telefono. Mi trova al 335 482 9170.

Cordialmente,
Vittorio Zambelli
""", "phone_invented: a mobile number nobody gave")),
    (C, bad("policy_invented", S("late_cancellation", "Tommaso Ferrandina", "Agnese Buttafuoco", "formal", "regular",
              meeting="Accordatura del clavicembalo", at="martedì 9 marzo alle 11:00",
              props=["martedì 16 marzo alle 11:00"]),
            "Accordatura di martedì",
            """
Gentile Signor Ferrandina,

abbiamo ricevuto la disdetta di martedì. Per le disdette tardive tratteniamo l'acconto; possiamo però rifissare martedì 16 marzo alle 11:00.

Cordiali saluti,
Agnese Buttafuoco
""", "policy_invented: a deposit kept though no policy was given")),
    (C, bad("colleague_wrong", S("delegate", "Eufemia Cantarutti", "Rocco Bevilacqua", "friendly", "regular",
              meeting="Montaggio delle corde della viola", at="lunedì 22 marzo alle 17:00",
              col="Samuele Garbarino", reason="sarò a Mantova per una fiera"),
            "La tua viola",
            """
Ciao Eufemia,

lunedì sono a Mantova per una fiera: le corde te le monta Samuele Garberino alle cinque.

Rocco
""", "colleague_wrong: 'Garberino' for Garbarino")),
    (D, bad("weekday_wrong", S("reschedule", "Benvenuto Scaglione", "Iolanda Marchisio", "formal", "regular",
              meeting="Fusione della campanella scolastica", at="mercoledì 14 aprile alle 9:00",
              props=["giovedì 22 aprile alle 9:00"], reason="la forma in argilla si è crepata"),
            "Fusione: giovedì 22 aprile",
            """
Gentile Signor Scaglione,

la forma in argilla si è crepata; rifaremo la fusione venerdì 22 aprile alle 9:00.

Cordialmente,
Iolanda Marchisio
""", "weekday_wrong: 'venerdì 22 aprile' for giovedì in the body")),
    (D, bad("discount_invented", S("late_cancellation", "Natalia Ferracuti", "Silvestro Olivari", "formal", "new",
              meeting="Consegna della carta antica restaurata", at="giovedì 8 aprile alle 16:00",
              props=["mercoledì 21 aprile alle 16:00"]),
            "Nuova consegna",
            """
Gentile Signora Ferracuti,

capisco l'imprevisto di giovedì. Possiamo fare la consegna mercoledì 21 aprile alle 16:00, e Le riserviamo uno sconto del 10% sulla cornice.

Cordiali saluti,
Silvestro Olivari
""", "discount_invented: a 10% discount nobody gave")),
    (D, bad("place_changed", S("switch_to_email", "Cirillo Mastrandrea", "Adriana Poggiolini", "formal", "regular",
              meeting="Visita alla liuteria di Cremona", at="lunedì 19 aprile alle 10:00",
              reason="le misure del violino bastano per il preventivo"),
            "La visita di lunedì",
            """
Gentile Signor Mastrandrea,

le misure del violino bastano per il preventivo: non serve la visita alla liuteria di Brescia lunedì, Le scrivo tutto per e-mail.

Cordialmente,
Adriana Poggiolini
""", "place_changed: Brescia for Cremona")),
    (D, bad("time_swapped", S("switch_to_call", "Letizia Bonfiglioli", "Gualtiero Sparacino", "formal", "regular",
              meeting="Scelta dei martelletti", at="martedì 20 aprile alle 14:00",
              props=["venerdì 23 aprile alle 10:00"], reason="i campioni sono in viaggio"),
            "Martelletti: telefonata venerdì",
            """
Gentile Signora Bonfiglioli,

i campioni sono ancora in viaggio: La chiamo martedì 20 aprile alle 14:00 invece di vederci venerdì 23 alle 10:00.

Cordiali saluti,
Gualtiero Sparacino
""", "time_swapped: meeting and proposed slots swapped")),
    (E, bad("number_invented", S("decline", "Eliseo Vannucchi", "Maddalena Crocetti", "formal", "regular",
              meeting="Rilievo della valle per la carta escursionistica", at="lunedì 24 maggio alle 7:30",
              reason="previsto maltempo in quota"),
            "Rilievo di lunedì",
            """
Gentile Signor Vannucchi,

è previsto maltempo in quota: annullo il rilievo di lunedì alle 7:30. Avevamo in programma 14 punti di controllo, li rifaremo più avanti.

Cordiali saluti,
Maddalena Crocetti
""", "number_invented: '14 punti di controllo' nobody gave")),
    (E, bad("title_or_company_invented", S("shorten", "Costantino Pezzella", "Rebecca Villafranca", "formal", "regular",
              meeting="Intonazione del pianoforte mezza coda", at="giovedì 13 maggio alle 9:00", dur=40,
              reason="ho un secondo intervento in mattinata"),
            "Intonazione di giovedì",
            """
Gentile Signor Pezzella,

ho un secondo intervento in mattinata: domani arrivo alle 9:00 e l'intonazione durerà quaranta minuti.

Cordiali saluti,
Rebecca Villafranca
Responsabile tecnica, Pianoforti Villafranca S.r.l.
""", "title_or_company_invented: title and company in the signature")),
    (E, bad("link_invented", S("reschedule", "Loretta Carnevali", "Fausto Imbriani", "formal", "regular",
              meeting="Collaudo del carillon del municipio", at="venerdì 14 maggio alle 11:00",
              props=["martedì 25 maggio alle 11:00"], reason="il tecnico comunale è malato"),
            "Collaudo del carillon",
            """
Gentile Signora Carnevali,

il tecnico comunale è malato, quindi il collaudo passa a martedì 25 maggio alle 11:00. Trova il programma aggiornato su www.fonderia-imbriani.it/collaudi

Cordiali saluti,
Fausto Imbriani
""", "link_invented: a web address nobody gave")),
    (E, bad("policy_invented", S("no_show_followup", "Brunilde Scognamiglio", "Aurelio Castellucci", "formal", "new",
              meeting="Prova della chitarra classica", at="lunedì 10 maggio alle 16:00",
              props=["giovedì 20 maggio alle 16:00"]),
            "La prova di lunedì",
            """
Gentile Signora Scognamiglio,

lunedì non è riuscita a venire alla prova. Possiamo riprovare giovedì 20 maggio alle 16:00; per la prossima assenza senza avviso dovremo addebitare metà della tariffa.

Cordiali saluti,
Aurelio Castellucci
""", "policy_invented: 'metà della tariffa' nobody gave")),
]
