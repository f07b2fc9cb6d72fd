"""v21, Italian: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v21src._d import A, B, C, D, E


def S(*a, **k):
    return _S("it", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("shorten", "Ottavia Brambillasca", "Ruggero Fantozzi", "formal", "regular",
             meeting="Collaudo di sei fisarmoniche da concerto", at="martedì 13 luglio alle 10:00", dur=45,
             reason="il laboratorio di Castelfidardo chiude prima per un guasto elettrico"),
           "Collaudo di domani",
           """
Gentile Signora,

Per un guasto elettrico il laboratorio di Castelfidardo chiude prima: il collaudo delle sei fisarmoniche resta domani alle dieci, ma durerà quarantacinque minuti.

Cordiali saluti,
Ruggero Fantozzi
""", "correct: 'Gentile Signora,' alone, 'domani' for Jul 13, 'alle dieci', 'sei' from the meeting name")),
    (A, ok(S("delegate", "Ing. Leopoldo Sciarretta", "Marianna Cavallucci", "formal", "key",
             meeting="Verifica dei barometri dell'osservatorio", at="giovedì 15 luglio alle 9:30",
             col="Tommaso Ginestri", reason="sarò a un convegno a Padova"),
           "Verifica di giovedì",
           """
Gentile Ing. Sciarretta,

Giovedì sarò a un convegno a Padova. La verifica dei barometri la farà il mio collega Tommaso Ginestri, alle nove e mezza come stabilito.

Cordialmente,
Marianna Cavallucci
""", "correct: 'Gentile Ing.' + surname, 'alle nove e mezza', colleague exact")),
    (A, ok(S("late_cancellation", "Cesira Bonacorsi", "Dario Lanfredini", "formal", "regular",
             meeting="Corso di smalto a gran fuoco", at="venerdì 9 luglio alle 15:00",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "La Sua disdetta",
           """
Gentile Sig.ra Bonacorsi,

abbiamo ricevuto la Sua disdetta del corso di venerdì scorso. Come da condizioni, per una disdetta con meno di due giorni di preavviso (48 ore) è dovuta la metà della quota (50%).

Cordiali saluti,
Dario Lanfredini
""", "correct: 'venerdì scorso' for Jul 9, policy in words with numbers")),
    (A, ok(S("reschedule", "Filiberto Mazzocchi", "Gemma Tarantelli", "formal", "new",
             meeting="Consegna dell'ombrello da pastore restaurato", at="mercoledì 14 luglio alle 17:00",
             props=["lunedì 19 luglio alle 17:00", "martedì 20 luglio alle 11:30"],
             reason="le stecche di balena vanno rincollate"),
           "Il Suo ombrello: nuova data",
           """
Gentile Signor Mazzocchi,

le stecche di balena del Suo ombrello vanno rincollate, quindi mercoledì non potrò consegnarlo.

Le andrebbe lunedì 19 luglio alla stessa ora, oppure martedì 20 alle undici e mezza?

Cordiali saluti,
Gemma Tarantelli
""", "correct: 'alla stessa ora', 'undici e mezza', 'martedì 20'")),
    (B, ok(S("decline", "Prof. Anselmo Ravagnati", "Lucrezia Donnini", "formal", "key",
             meeting="Visita alla collezione di orologi da torre", at="giovedì 26 agosto alle 11:00",
             reason="la sala è chiusa per il rifacimento del pavimento"),
           "Visita del 26 agosto",
           """
Gentile Professore,

la sala è chiusa per il rifacimento del pavimento, e purtroppo la visita agli orologi da torre di giovedì 26 agosto non potrà avere luogo.

Le scriverò appena riapre.

Con i migliori saluti,
Lucrezia Donnini
""", "correct: 'Gentile Professore,' alone, date without year, no new time")),
    (B, ok(S("cancellation_policy", "Romilda Castagnoli", "Edoardo Puccinelli", "formal", "new",
             pol={"notice_hours": 24, "deposit_percent": 20}),
           "Condizioni di prenotazione",
           """
Gentile Signora Castagnoli,

per confermare la prenotazione chiediamo un acconto del 20%. La disdetta è senza costi fino a un giorno prima (24 ore).

Cordiali saluti,
Edoardo Puccinelli
""", "correct: deposit with its term, 'un giorno prima (24 ore)', 'senza costi'")),
    (B, ok(S("switch_to_call", "Costantino Pellizzari", "Agnese Borromini", "formal", "regular",
             meeting="Preventivo per la riparazione di una fisarmonica cromatica", at="venerdì 20 agosto alle 14:30",
             reason="sono bloccata in laboratorio con una consegna urgente"),
           "Venerdì al telefono",
           """
Gentile Signor Pellizzari,

ho una consegna urgente e non posso lasciare il laboratorio. Possiamo parlare del preventivo venerdì alle due e mezza, ma al telefono?

Cordiali saluti,
Agnese Borromini
""", "correct: same slot by phone, 'alle due e mezza'")),
    (B, ok(S("no_show_followup", "Adelmo Sbrighi", "Vittoria Canepari", "formal", "new",
             meeting="Ritiro del barometro a mercurio", at="lunedì 16 agosto alle 10:00",
             props=["martedì 24 agosto alle 10:00", "mercoledì 25 agosto alle 16:00"]),
           "Il ritiro del barometro",
           """
Gentile Signor Sbrighi,

ieri alle dieci l'aspettavamo per il ritiro del barometro. Se preferisce, può passare martedì 24 alla stessa ora oppure mercoledì 25 agosto alle quattro del pomeriggio.

Cordiali saluti,
Vittoria Canepari
""", "correct: 'ieri' for Aug 16 said on Aug 17, 'alla stessa ora', 'quattro del pomeriggio'")),
    (C, ok(S("reschedule", "Arch. Ginevra Tomassoni", "Pierluigi Ardenghi", "formal", "regular",
             meeting="Posa dell'orologio solare sulla facciata", at="venerdì 17 settembre alle 8:00",
             props=["martedì 21 settembre alle 8:00", "giovedì 23 settembre alle 13:00"],
             reason="il ponteggio non è ancora stato montato"),
           "Posa dell'orologio solare",
           """
Gentile Arch. Tomassoni,

il ponteggio non è ancora montato, quindi venerdì non possiamo posare l'orologio solare.

Propongo martedì 21 alle otto, oppure giovedì 23 settembre all'una.

Cordiali saluti,
Pierluigi Ardenghi
""", "correct: 'Gentile Arch.' + surname, 'alle otto', 'all'una'")),
    (C, ok(S("switch_to_email", "Clelia Bortolazzi", "Nazzareno Fioravanti", "formal", "regular",
             meeting="Scelta dei colori per tre spille smaltate", at="lunedì 20 settembre alle 15:00",
             reason="i campioni di smalto si vedono meglio in foto alla luce naturale"),
           "Le spille per e-mail",
           """
Gentile Signora Bortolazzi,

i campioni di smalto si vedono meglio alla luce naturale: invece di vederci lunedì alle tre, Le mando per e-mail le foto dei colori per le tre spille.

Cordiali saluti,
Nazzareno Fioravanti
""", "correct: 'alle tre', 'tre spille' from the meeting name")),
    (C, ok(S("delegate", "Ubaldo Scaramella", "Donatella Orsenigo", "friendly", "regular",
             meeting="Accordatura delle voci della fisarmonica", at="martedì 28 settembre alle 18:00",
             col="Nicola Barbieri-Fasano", reason="sarò alla fiera di Castelfidardo"),
           "Martedì in laboratorio",
           """
Ciao Ubaldo,

martedì sono alla fiera di Castelfidardo: ti accorda le voci Nicola Barbieri-Fasano, alle sei di sera come d'accordo.

A presto,
Donatella
""", "correct: first name, 'alle sei di sera', colleague exact, signed with first name")),
    (C, ok(S("decline", "Marcella Pizzigoni", "Ivano Cestaro", "formal", "new",
             meeting="Dimostrazione di montaggio di un ombrello", at="mercoledì 22 settembre alle 11:00",
             reason="l'unico artigiano che monta i manici è in ferie"),
           "Dimostrazione di mercoledì",
           """
Gentile Signora,

l'unico artigiano che monta i manici è in ferie, perciò la dimostrazione di mercoledì prossimo non si può fare.

Mi scuso e Le auguro una buona giornata,
Ivano Cestaro
""", "correct: 'mercoledì prossimo' for Sep 22 said on Wed Sep 15, no new time")),
    (D, ok(S("no_show_followup", "Serafino Cuccurullo", "Annamaria Ghezzi", "formal", "regular",
             meeting="Revisione di un cronografo", at="martedì 12 ottobre alle 12:00"),
           "La revisione di martedì",
           """
Gentile Signor Cuccurullo,

martedì a mezzogiorno l'abbiamo aspettata per la revisione del cronografo. Spero vada tutto bene; mi dica Lei quando le è comodo ripassare.

Cordiali saluti,
Annamaria Ghezzi
""", "correct: 'a mezzogiorno', no slot given, none offered")),
    (D, ok(S("shorten", "Ludovica Marcantoni", "Gianmaria Stellacci", "formal", "regular",
             meeting="Lezione di restauro di barometri aneroidi", at="mercoledì 20 ottobre alle 14:00", dur=90,
             reason="alle quattro arriva un corriere con le casse"),
           "Lezione di mercoledì",
           """
Gentile Signora Marcantoni,

alle quattro arriva un corriere con le casse: la lezione di mercoledì comincia alle due come previsto, ma dura un'ora e mezza.

Cordiali saluti,
Gianmaria Stellacci
""", "correct: 'alle quattro' from the reason, 'alle due', 'un'ora e mezza'")),
    (D, ok(S("late_cancellation", "Ernesto Vallisneri", "Fiorella Manganelli", "formal", "regular",
             meeting="Laboratorio di smalto cloisonné", at="mercoledì 13 ottobre alle 9:00"),
           "Il laboratorio di ieri",
           """
Gentile Signor Vallisneri,

abbiamo ricevuto la Sua disdetta per il laboratorio di ieri mattina. Quando vuole, ci scriva per fissare un'altra data.

Cordiali saluti,
Fiorella Manganelli
""", "correct: no policy given, none stated; 'ieri' for Oct 13")),
    (D, ok(S("switch_to_email", "Dott. Gualtiero Boschetti", "Rebecca Pianigiani", "formal", "key",
             meeting="Relazione sullo stato dei termometri storici", at="venerdì 22 ottobre alle 10:30",
             reason="la relazione è lunga e piena di tabelle"),
           "La relazione per e-mail",
           """
Gentile Dott. Boschetti,

la relazione sui termometri storici è lunga e piena di tabelle: gliela mando per e-mail al posto dell'incontro di venerdì alle dieci e mezza.

Con i migliori saluti,
Rebecca Pianigiani
""", "correct: 'Gentile Dott.' + surname, 'alle dieci e mezza'")),
    (E, ok(S("cancellation_policy", "Beatrice Zanardelli", "Fulvio Tagliabue", "formal", "regular",
             meeting="Corso di riparazione di orologi da polso", at="martedì 23 novembre alle 18:30",
             pol={"notice_hours": 72, "fee_percent": 100}),
           "Il corso del 23 novembre",
           """
Gentile Signora Zanardelli,

Le ricordo che il corso di martedì 23 novembre si può disdire senza costi fino a tre giorni prima (72 ore); dopo, la quota è dovuta per intero (100%).

Cordiali saluti,
Fulvio Tagliabue
""", "correct: 'tre giorni prima (72 ore)', 'per intero (100%)'")),
    (E, ok(S("reschedule", "Igino Bartolucci", "Serena Aldrovandi", "friendly", "key",
             meeting="Prova della fisarmonica restaurata", at="lunedì 15 novembre alle 16:00",
             props=["giovedì 18 novembre alle 16:00"], reason="il mantice nuovo non è ancora asciutto"),
           "Prova della fisarmonica",
           """
Ciao Igino,

il mantice nuovo non è ancora asciutto, quindi lunedì è troppo presto. Ti va giovedì 18, sempre alle quattro?

Serena
""", "correct: first name, 'sempre alle quattro', 'giovedì 18'")),
    (E, ok(S("decline", "Ersilia Mondadori-Rea", "Callisto Benvenuti", "formal", "regular",
             meeting="Presentazione degli ombrelli di Gignese", at="venerdì 19 novembre alle 17:00",
             reason="la mostra è stata rinviata alla primavera"),
           "Presentazione di venerdì 19",
           """
Gentile Signora Mondadori-Rea,

la mostra è stata rinviata alla primavera, e con lei la presentazione degli ombrelli di venerdì 19.

Cordiali saluti,
Callisto Benvenuti
""", "correct: no new time, 'venerdì 19' without month")),
    (E, ok(S("switch_to_call", "Cornelio Santambrogio", "Lisa Ferraguti", "formal", "new",
             meeting="Sopralluogo per l'orologio del municipio", at="mercoledì 24 novembre alle 9:00",
             reason="la torre è chiusa per lavori"),
           "Mercoledì: una telefonata",
           """
Gentile Signor Santambrogio,

la torre è chiusa per lavori. Le propongo di sentirci per telefono mercoledì alle nove, invece del sopralluogo.

Cordiali saluti,
Lisa Ferraguti
""", "correct: same slot by phone, 'alle nove'")),
    # ------------------------------------------------------------------ flawed
    (A, bad("percent_swapped", S("late_cancellation", "Rosalba Cipolletti", "Manfredi Gabbiani", "formal", "regular",
              meeting="Corso di smaltatura su argento", at="giovedì 8 luglio alle 10:00",
              pol={"notice_hours": 48, "fee_percent": 60, "deposit_percent": 30}),
            "Disdetta del corso",
            """
Gentile Signora Cipolletti,

la disdetta è arrivata con meno di 48 ore di preavviso: come da condizioni tratteniamo l'acconto del 60% ed è dovuto il 30% della quota.

Cordiali saluti,
Manfredi Gabbiani
""", "percent_swapped: deposit given 30%, fee 60%; swapped")),
    (A, bad("name_near_miss", S("decline", "Teodolinda Sguazzini", "Raffaele Oddone", "formal", "new",
              meeting="Visita al museo dell'ombrello", at="martedì 20 luglio alle 10:00",
              reason="il museo è chiuso per l'allestimento estivo"),
            "Visita del 20 luglio",
            """
Gentile Signora Sguazzani,

il museo è chiuso per l'allestimento estivo e la visita di martedì 20 luglio purtroppo salta.

Cordiali saluti,
Raffaele Oddone
""", "name_near_miss: 'Sguazzani' for Sguazzini")),
    (A, bad("foreign_paragraph", S("switch_to_call", "Benedetto Colasanti", "Ilaria Morgantini", "formal", "regular",
              meeting="Verifica di una pendola da parete", at="venerdì 16 luglio alle 15:00",
              reason="ho la macchina dal meccanico"),
            "Venerdì per telefono",
            """
Gentile Signor Colasanti,

ho la macchina dal meccanico: possiamo sentirci venerdì alle 15:00 al telefono per la Sua pendola?

Nous vous remercions de votre compréhension et restons à votre disposition.

Cordiali saluti,
Ilaria Morgantini
""", "foreign_paragraph: a French paragraph")),
    (A, bad("time_recap_wrong", S("reschedule", "Alfonsina Perugini", "Ottorino Zambelli", "formal", "regular",
              meeting="Consegna della fisarmonica a bottoni", at="martedì 13 luglio alle 11:00",
              props=["giovedì 22 luglio alle 16:30"], reason="le ance di ricambio arrivano in ritardo"),
            "Consegna: giovedì 22 luglio",
            """
Gentile Signora Perugini,

le ance di ricambio arrivano in ritardo; Le propongo di consegnare la fisarmonica giovedì 22 luglio alle 16:30.

Ci vediamo quindi martedì alle 11!

Ottorino Zambelli
""", "time_recap_wrong: closing recap names the old slot (martedì alle 11)")),
    (B, bad("time_swapped", S("reschedule", "Gastone Fumagalli", "Elvira Spadoni", "formal", "regular",
              meeting="Ritiro del barometro da nave", at="giovedì 19 agosto alle 9:00",
              props=["lunedì 23 agosto alle 14:00", "martedì 24 agosto alle 9:00"],
              reason="la cassa in noce va rifinita"),
            "Ritiro del barometro",
            """
Gentile Signor Fumagalli,

la cassa in noce va ancora rifinita. Le propongo lunedì 23 agosto alle 9:00 oppure martedì 24 agosto alle 14:00.

Cordiali saluti,
Elvira Spadoni
""", "time_swapped: the two proposed slots have their hours exchanged")),
    (B, bad("email_invented", S("no_show_followup", "Clorinda Bassetti", "Amedeo Ruggieri", "formal", "new",
              meeting="Preventivo per un orologio a cucù", at="venerdì 13 agosto alle 17:00"),
            "Il Suo appuntamento",
            """
Gentile Signora Bassetti,

venerdì scorso l'aspettavamo per il preventivo del Suo orologio a cucù. Mi scriva pure a amedeo.ruggieri@libero.it quando vuole ripassare.

Cordiali saluti,
Amedeo Ruggieri
""", "email_invented: a private address nobody gave")),
    (B, bad("duration_wrong", S("shorten", "Fausto Mereghetti", "Pia Castellucci", "formal", "regular",
              meeting="Lezione di smalto champlevé", at="mercoledì 25 agosto alle 10:00", dur=40,
              reason="il forno serve per una commissione"),
            "Lezione di mercoledì",
            """
Gentile Signor Mereghetti,

il forno serve per una commissione: la lezione di mercoledì alle 10:00 durerà un'ora.

Cordiali saluti,
Pia Castellucci
""", "duration_wrong: 'un'ora' for 40 minutes")),
    (B, bad("phone_invented", S("switch_to_call", "Orsola Carboni", "Giacinto Melloni", "formal", "regular",
              meeting="Scelta del tessuto per gli ombrelli del negozio", at="lunedì 30 agosto alle 15:00",
              reason="sono fuori città"),
            "Lunedì al telefono",
            """
Gentile Signora Carboni,

sono fuori città: sentiamoci lunedì alle 15:00 al telefono. Mi chiami pure al 347 219 8843.

Cordiali saluti,
Giacinto Melloni
""", "phone_invented: a mobile number nobody gave")),
    (C, bad("weekday_wrong", S("reschedule", "Venanzio Marchetti-Lodi", "Aurora Guidetti", "formal", "regular",
              meeting="Revisione dell'orologio da tasca", at="giovedì 16 settembre alle 12:00",
              props=["lunedì 27 settembre alle 12:00"], reason="manca una ruota del treno"),
            "Revisione: lunedì 27 settembre",
            """
Gentile Signor Marchetti-Lodi,

manca ancora una ruota del treno, quindi giovedì non ci sarà la revisione. Che ne dice di martedì 27 settembre alle 12:00?

Cordiali saluti,
Aurora Guidetti
""", "weekday_wrong: 'martedì 27 settembre' in the body (a Monday); subject right")),
    (C, bad("link_invented", S("cancellation_policy", "Annunziata Forlani", "Osvaldo Battaglini", "formal", "new",
              pol={"notice_hours": 48}),
            "Disdette",
            """
Gentile Signora Forlani,

il corso si può disdire senza costi fino a 48 ore prima. Può farlo direttamente su www.smalti-battaglini.it/disdette.

Cordiali saluti,
Osvaldo Battaglini
""", "link_invented: a cancellation link nobody gave")),
    (C, bad("discount_invented", S("late_cancellation", "Gerardo Tamburini", "Sofia Vezzosi", "formal", "regular",
              meeting="Visita al laboratorio di fisarmoniche", at="martedì 14 settembre alle 10:00"),
            "Visita di ieri",
            """
Gentile Signor Tamburini,

abbiamo ricevuto la Sua disdetta della visita di ieri. Per la prossima volta Le riserviamo uno sconto del 10% sulla visita guidata.

Cordiali saluti,
Sofia Vezzosi
""", "discount_invented: a 10% discount nobody gave")),
    (C, bad("percent_swapped", S("cancellation_policy", "Nives Bertolotti", "Carmelo Ingrassia", "formal", "new",
              meeting="Restauro di un barometro da salotto", at="mercoledì 29 settembre alle 16:00",
              pol={"notice_hours": 24, "fee_percent": 80, "deposit_percent": 40}),
            "Condizioni per il restauro",
            """
Gentile Signora Bertolotti,

per il restauro chiediamo un acconto dell'80%; la disdetta è gratuita fino a 24 ore prima, poi è dovuto il 40% del prezzo.

Cordiali saluti,
Carmelo Ingrassia
""", "percent_swapped: deposit 40%, fee 80%; swapped")),
    (D, bad("time_recap_wrong", S("switch_to_call", "Zeno Papagni", "Eleonora Tosatti", "formal", "regular",
              meeting="Perizia di un orologio da carrozza", at="martedì 19 ottobre alle 14:30",
              reason="la perizia si può impostare a voce"),
            "Perizia: telefonata",
            """
Gentile Signor Papagni,

la perizia si può impostare a voce: Le telefono martedì 19 ottobre alle 14:30 invece di vederci.

A martedì alle 15, allora!

Eleonora Tosatti
""", "time_recap_wrong: recap names 15 for a 14:30 call")),
    (D, bad("policy_invented", S("no_show_followup", "Brunilde Catellani", "Learco Fontanesi", "formal", "new",
              meeting="Lezione di prova di fisarmonica", at="lunedì 11 ottobre alle 18:00",
              props=["lunedì 25 ottobre alle 18:00"]),
            "Lezione di prova",
            """
Gentile Signora Catellani,

lunedì l'abbiamo aspettata per la lezione di prova. Possiamo riprovare lunedì 25 ottobre alla stessa ora; la prossima assenza, però, sarà addebitata per metà.

Cordiali saluti,
Learco Fontanesi
""", "policy_invented: 'addebitata per metà' with no policy given")),
    (D, bad("colleague_wrong", S("delegate", "Quirino Sabbatini", "Matilde Ronchetti", "formal", "regular",
              meeting="Ritiro degli ombrelli da riparare", at="giovedì 21 ottobre alle 11:00",
              col="Giorgio Fassini", reason="sono in ferie"),
            "Ritiro di giovedì",
            """
Gentile Signor Sabbatini,

giovedì sono in ferie; passerà il mio collega Giorgio Fassina a ritirare gli ombrelli alle 11:00.

Cordiali saluti,
Matilde Ronchetti
""", "colleague_wrong: 'Fassina' for Fassini")),
    (D, bad("title_or_company_invented", S("decline", "Liliana Cortellazzo", "Brunetto Sarti", "formal", "regular",
              meeting="Dimostrazione di smaltatura a freddo", at="venerdì 15 ottobre alle 16:00",
              reason="i materiali non sono arrivati"),
            "Dimostrazione di domani",
            """
Gentile Signora Cortellazzo,

i materiali non sono arrivati e devo annullare la dimostrazione di domani pomeriggio.

Cordiali saluti,
Brunetto Sarti
Direttore tecnico, Smalterie Sarti S.r.l.
""", "title_or_company_invented: title and company in the signature")),
    (E, bad("place_changed", S("delegate", "Evandro Righini", "Concetta Porcu", "formal", "regular",
              meeting="Consegna delle fisarmoniche a Recanati", at="mercoledì 17 novembre alle 10:00",
              col="Dario Spinelli", reason="ho un'udienza in tribunale"),
            "Consegna di mercoledì",
            """
Gentile Signor Righini,

mercoledì ho un'udienza in tribunale: la consegna delle fisarmoniche a Loreto la farà il mio collega Dario Spinelli, alle 10:00.

Cordiali saluti,
Concetta Porcu
""", "place_changed: Recanati -> Loreto")),
    (E, bad("number_invented", S("switch_to_email", "Graziella Montanaro", "Ettore Ballarini", "formal", "new",
              meeting="Offerta per la revisione degli orologi della scuola", at="lunedì 22 novembre alle 9:30",
              reason="è più semplice mandare l'offerta scritta"),
            "Offerta per e-mail",
            """
Gentile Signora Montanaro,

è più semplice mandarLe l'offerta scritta per i 18 orologi della scuola, invece di vederci lunedì.

Cordiali saluti,
Ettore Ballarini
""", "number_invented: '18 orologi' nobody gave")),
    (E, bad("phone_invented", S("late_cancellation", "Fernanda Gualandi", "Paride Castoldi", "formal", "regular",
              meeting="Corso di restauro di ombrelli antichi", at="mercoledì 10 novembre alle 14:00",
              pol={"notice_hours": 24, "fee_percent": 100}),
            "Disdetta del corso",
            """
Gentile Signora Gualandi,

la disdetta del corso di mercoledì ci è arrivata con meno di 24 ore di preavviso, quindi la quota è dovuta per intero. Per domande, il nostro numero è 0323 20 41 75.

Cordiali saluti,
Paride Castoldi
""", "phone_invented: a landline number nobody gave")),
    (E, bad("time_swapped", S("reschedule", "Rinaldo Broglia", "Costanza Vianello", "formal", "regular",
              meeting="Montaggio dell'orologio a pendolo", at="martedì 16 novembre alle 9:00",
              props=["venerdì 19 novembre alle 9:00"], reason="il pendolo è stato spedito in ritardo"),
            "Montaggio spostato a venerdì",
            """
Gentile Signor Broglia,

il pendolo è stato spedito in ritardo: il montaggio è spostato a martedì 16 novembre alle 9:00.

Cordiali saluti,
Costanza Vianello
""", "time_swapped: 'spostato a' the old slot (martedì 16); subject says venerdì")),
]
