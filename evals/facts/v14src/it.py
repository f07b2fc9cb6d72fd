"""v14, Italian: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v14src._d import A, B, C, D, E


def S(*a, **k):
    return _S("it", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Ottavia Scarpazza", "Gianluca Ferraresi", "formal", "regular",
             meeting="Visita di controllo del pastore maremmano Brando", at="giovedì 18 gennaio alle 9:30",
             props=["martedì 23 gennaio alle 9:30", "mercoledì 24 gennaio alle 15:00"],
             reason="l'ambulatorio resta chiuso per un guasto all'impianto di riscaldamento"),
           "Controllo di Brando: nuova data",
           """
Gentile Signora Scarpazza,

un guasto al riscaldamento ci costringe a tenere chiuso l'ambulatorio giovedì: la visita di controllo di Brando delle 9.30 va quindi spostata.

Le proponiamo martedì 23 alla stessa ora, oppure mercoledì 24 gennaio alle 15.

Ci scusiamo per il disagio.

Cordiali saluti,
Gianluca Ferraresi
""", "correct: '9.30' for 9:30, 'stessa ora', 'martedì 23', date without year")),
    (A, ok(S("decline", "Edoardo Pizzichini", "Benedetta Lamacchia", "friendly", "regular",
             meeting="Sessione di registrazione delle chitarre acustiche", at="venerdì 19 gennaio alle 20:00",
             reason="il nostro fonico si è rotto un polso sciando domenica"),
           "Venerdì sera salta",
           """
Ciao Edoardo,

brutte notizie: il nostro fonico si è rotto un polso sciando domenica, quindi venerdì sera niente registrazione delle chitarre. Mi spiace tantissimo!

Appena si rimette ti scrivo per trovare un'altra serata.

Un abbraccio,
Benedetta
""", "correct: weekday 'domenica' inside the reason, 'venerdì sera' for 20:00")),
    (A, ok(S("shorten", "Marcella Bonfiglioli", "Dott. Saverio Lentini", "formal", "new",
             meeting="Consulenza fiscale per il rientro dall'estero", at="lunedì 22 gennaio alle 11:00", dur=40,
             reason="devo presenziare a un'udienza tributaria a mezzogiorno"),
           "Consulenza di lunedì 22 gennaio",
           """
Gentile Signora Bonfiglioli,

confermo la consulenza sul Suo rientro dall'estero per lunedì 22 gennaio alle ore 11, ma dovrò limitarla a una quarantina di minuti: a mezzogiorno sono atteso a un'udienza tributaria.

Se può, porti con sé il certificato di residenza fiscale estero, così andiamo dritti al punto.

Distinti saluti,
Dott. Saverio Lentini
""", "correct: 'una quarantina di minuti' for 40, 'mezzogiorno' from the reason, title in sender name")),
    (A, ok(S("no_show_followup", "Tommaso Gervasutti", "Loredana Piccinini", "formal", "regular",
             meeting="Prima guida in autostrada con l'istruttore", at="lunedì 15 gennaio alle 14:30",
             props=["venerdì 26 gennaio alle 14:30"]),
           "La lezione di ieri",
           """
Gentile Tommaso,

ieri alle 14.30 l'abbiamo aspettato per la guida in autostrada, ma non si è presentato. Spero vada tutto bene.

Se vuole recuperare, c'è posto venerdì 26 gennaio, sempre alle 14.30.

Cordiali saluti,
Loredana Piccinini
""", "correct: past meeting 'ieri', 'sempre alle 14.30'")),
    (B, ok(S("switch_to_call", "Filippo Zanetton", "Arianna Cocchiara", "formal", "key",
             meeting="Sopralluogo per l'arredo dello studio legale", at="mercoledì 21 febbraio alle 10:00",
             reason="sono ferma a casa con la febbre"),
           "Sopralluogo di mercoledì",
           """
Gentile Signor Zanetton,

purtroppo sono a casa con la febbre e non potrò venire allo studio mercoledì. Le andrebbe di fare il punto sull'arredo per telefono, alla stessa ora, mercoledì 21 febbraio alle 10?

Le mando nel frattempo le tavole aggiornate.

Un cordiale saluto,
Arianna Cocchiara
""", "correct: same time by phone, reason reworded")),
    (B, ok(S("delegate", "Rebecca Manfredonia", "Lorenzo Tagliabue", "friendly", "key",
             meeting="Prova del menu per il matrimonio in villa", at="giovedì 22 febbraio alle 19:30",
             col="Ginevra Saltarelli", reason="sarò a Roma per la fiera degli sposi"),
           "Prova menu: ti accoglie Ginevra",
           """
Ciao Rebecca,

giovedì sarò a Roma per la fiera degli sposi, ma non preoccuparti: alla prova del menu delle 19.30 ti accoglierà Ginevra Saltarelli, che segue con me il vostro matrimonio dal primo giorno.

Buona degustazione!
Lorenzo
""", "correct: 'dal primo giorno' idiom, '19.30'")),
    (B, ok(S("late_cancellation", "Ludovica Carnevali", "Pietro Barbagallo", "formal", "regular",
             meeting="Corso di vela d'altura", at="sabato 17 febbraio alle 9:00",
             pol={"notice_hours": 72, "fee_percent": 50, "deposit_percent": 25}),
           "Disdetta del corso di sabato 17 febbraio",
           """
Gentile Signora Carnevali,

abbiamo ricevuto la Sua disdetta del corso di vela d'altura di sabato 17 febbraio, arrivata a ridosso del corso.

Le ricordo che le disdette vanno comunicate con almeno tre giorni di anticipo (72 ore). Come da condizioni, l'acconto del 25% resta a noi e viene addebitata la metà della quota del corso (50%).

Resto a disposizione per una nuova data.

Cordiali saluti,
Pietro Barbagallo
""", "correct: 'tre giorni (72 ore)', 'la metà … (50%)', acconto 25%")),
    (B, ok(S("cancellation_policy", "Giacomo Venturelli", "Serena Occhipinti", "formal", "new",
             pol={"notice_hours": 24}),
           "Le nostre condizioni di disdetta",
           """
Gentile Signor Venturelli,

benvenuto tra i nostri clienti. Le segnalo un'unica regola: per annullare un appuntamento basta avvisarci almeno 24 ore prima.

Cordiali saluti,
Serena Occhipinti
""", "correct: short, only the given notice")),
    (C, ok(S("reschedule", "Aurora Benincasa", "Matteo Fioravanti", "friendly", "regular",
             meeting="Uscita in barca per la patente nautica", at="venerdì 16 marzo alle 14:00",
             props=["martedì 20 marzo alle 14:00", "giovedì 22 marzo alle 10:00"],
             reason="è prevista burrasca di maestrale"),
           "Uscita in barca rimandata",
           """
Ciao Aurora,

per venerdì danno burrasca di maestrale, meglio non uscire. Possiamo rifare l'uscita martedì 20/3 alle 14 o giovedì 22 alle 10: scegli tu.

Buon vento,
Matteo
""", "correct: '20/3', 'giovedì 22', idiom 'Buon vento'")),
    (C, ok(S("switch_to_email", "Cesare Montagnani", "Valeria Strambi", "formal", "regular",
             meeting="Verifica delle buste paga di marzo per i 9 dipendenti", at="martedì 20 marzo alle 16:00",
             reason="ci mancano ancora le presenze di due reparti"),
           "Verifica buste paga di marzo",
           """
Gentile Signor Montagnani,

ci mancano ancora le presenze di due reparti, quindi la verifica delle buste paga di martedì alle 16 sarebbe incompleta. Le propongo di procedere per e-mail: Le invierò il riepilogo non appena avremo tutti i dati.

Distinti saluti,
Valeria Strambi
""", "correct: 'due reparti' from the reason, meeting name with a number")),
    (C, ok(S("decline", "Irene Cavalcabò", "Simone Lazzerini", "formal", "new",
             meeting="Presentazione dei rendering del soggiorno", at="giovedì 22 marzo alle 17:30",
             reason="il programma di rendering ha corrotto i file e va rifatto tutto"),
           "Presentazione di giovedì 22 marzo",
           """
Gentile Signora Cavalcabò,

mi trovo costretto ad annullare la presentazione dei rendering di giovedì 22 marzo alle 17.30: un problema al software ha danneggiato i file e dobbiamo rifare il lavoro.

Le scriverò appena avremo i nuovi rendering pronti.

Con i migliori saluti,
Simone Lazzerini
""", "correct: paraphrased reason")),
    (C, ok(S("no_show_followup", "Daniele Spadaccini", "Franca Mezzasoma", "friendly", "regular",
             meeting="Toelettatura e controllo delle unghie per Briciola", at="martedì 13 marzo alle 18:00"),
           "Briciola ieri",
           """
Ciao Daniele,

ieri alle 18 vi aspettavamo per la toelettatura di Briciola, ma non siete passati. Tutto bene?

Chiamaci quando vuoi per fissare un altro appuntamento.

Franca
""", "correct: 'ieri' for the day before today, short")),
    (D, ok(S("shorten", "Carolina Sgarbossa", "Nicolò Pedretti", "formal", "regular",
             meeting="Registrazione del podcast aziendale", at="venerdì 27 aprile alle 10:00", dur=90,
             reason="lo studio è prenotato da mezzogiorno"),
           "Registrazione di venerdì 27 aprile",
           """
Gentile Signora Sgarbossa,

la registrazione del podcast di venerdì 27 aprile alle 10 è confermata, ma durerà un'ora e mezza: lo studio è prenotato da altri a partire da mezzogiorno.

Per non perdere tempo, Le consiglio di portare la scaletta già pronta.

Cordiali saluti,
Nicolò Pedretti
""", "correct: 'un'ora e mezza' for 90")),
    (D, ok(S("delegate", "Enrico Baldassarre", "Silvia Tramontin", "formal", "regular",
             meeting="Dichiarazione dei redditi per i residenti in Svizzera", at="lunedì 30 aprile alle 15:00",
             col="Andrea Giacomuzzi", reason="sono ricoverata per un piccolo intervento"),
           "Appuntamento del 30 aprile",
           """
Gentile Signor Baldassarre,

a causa di un piccolo intervento non potrò riceverLa lunedì 30 aprile. L'appuntamento per la Sua dichiarazione dei redditi si terrà comunque alle 15 con il collega Andrea Giacomuzzi, che conosce già la Sua posizione.

Cordialmente,
Silvia Tramontin
""", "correct: reason shortened")),
    (D, ok(S("reschedule", "Beatrice Lorenzoni", "Alessio Cappellari", "formal", "key",
             meeting="Consegna dei prototipi stampati in 3D", at="mercoledì 25 aprile alle 11:00",
             props=["venerdì 4 maggio alle 11:00"], reason="il 25 aprile è festivo e il corriere non consegna"),
           "Consegna dei prototipi",
           """
Gentile Signora Lorenzoni,

mercoledì è la festa della Liberazione e il corriere non effettua consegne, per cui la consegna dei prototipi va spostata. Le propongo venerdì 4 maggio, sempre alle 11.

Mi scuso per non averci pensato prima.

Cordiali saluti,
Alessio Cappellari
""", "correct: reason retold without the number, 'sempre alle 11'")),
    (D, ok(S("late_cancellation", "Gabriele Fumagalli", "Nadia Pellizzari", "friendly", "regular",
             meeting="Lezione di parcheggio in salita", at="giovedì 19 aprile alle 8:00",
             props=["mercoledì 2 maggio alle 8:00"], pol={"fee_percent": 50}),
           "Lezione di giovedì scorso",
           """
Ciao Gabriele,

ho ricevuto il tuo messaggio per la lezione di giovedì alle 8, arrivato proprio all'ultimo. Come sai, quando si disdice all'ultimo pago comunque l'auto e quindi ti addebito metà lezione (50%).

Se vuoi, possiamo rifarla mercoledì 2 maggio alla stessa ora.

Ciao,
Nadia
""", "correct: 'metà lezione (50%)' paraphrase of the given fee")),
    (E, ok(S("switch_to_call", "Elisa Tarantini", "Federico Bellomo", "friendly", "new",
             meeting="Incontro in studio per il preventivo del disco", at="mercoledì 6 giugno alle 18:00",
             props=["giovedì 7 giugno alle 18:00"], reason="lo studio è in manutenzione per due giorni"),
           "Preventivo del disco",
           """
Ciao Elisa,

lo studio resta chiuso un paio di giorni per manutenzione. Ti va di sentirci per telefono giovedì 7 giugno alle 18, invece di vederci mercoledì? Il preventivo te lo mando prima via mail.

A presto,
Federico
""", "correct: 'un paio di giorni' from the reason")),
    (E, ok(S("switch_to_email", "Costanza Ravagnan", "Luca Borgogni", "formal", "regular",
             meeting="Revisione del contratto per le buste paga", at="martedì 12 giugno alle 9:00",
             reason="le modifiche sono poche e si chiariscono per iscritto"),
           "Revisione del contratto",
           """
Gentile Signora Ravagnan,

le modifiche al contratto sono poche e, a mio parere, si chiariscono facilmente per iscritto. Le propongo quindi di sostituire l'incontro di martedì 12 giugno alle 9 con uno scambio di e-mail: Le invio oggi la bozza commentata.

Cordiali saluti,
Luca Borgogni
""", "correct: 'alle 9', reason paraphrased")),
    (E, ok(S("decline", "Ruggero Vianello", "Martina Acquaviva", "formal", "regular",
             meeting="Sopralluogo in cantiere per la cucina su misura", at="venerdì 15 giugno alle 8:30",
             reason="il falegname è in ferie fino a fine mese"),
           "Sopralluogo di venerdì 15 giugno",
           """
Gentile Signor Vianello,

purtroppo il falegname resta in ferie fino a fine mese, quindi il sopralluogo di venerdì 15 giugno alle 8.30 non ha senso. Le riscrivo appena rientra per fissare una nuova data.

Cordiali saluti,
Martina Acquaviva
""", "correct: '8.30', short")),
    (E, ok(S("cancellation_policy", "Olimpia Gualtieri", "Riccardo Sansoni", "formal", "new",
             meeting="Servizio fotografico di fidanzamento", at="sabato 16 giugno alle 17:00",
             pol={"notice_hours": 48, "deposit_percent": 30}),
           "Il servizio del 16 giugno",
           """
Gentile Signora Gualtieri,

grazie per aver scelto il nostro studio per il servizio di fidanzamento di sabato 16 giugno alle 17.

Per confermarlo Le chiediamo un acconto del 30%. In caso di disdetta, La preghiamo di avvisarci con almeno due giorni di anticipo (48 ore).

Cordiali saluti,
Riccardo Sansoni
""", "correct: 'due giorni (48 ore)'")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("switch_to_call", "Agnese Colombara", "Vittorio Sandrelli", "formal", "regular",
             meeting="Incontro sulla pianificazione fiscale del trasferimento a Dubai", at="mercoledì 17 gennaio alle 10:00",
             props=["giovedì 18 gennaio alle 16:00"], reason="sono bloccato a Milano per uno sciopero dei treni"),
           "Incontro telefonico",
           """
Gentile Signora Colombara,

uno sciopero dei treni mi blocca a Milano. Le propongo di sostituire l'incontro di giovedì 18 gennaio alle 16 con una telefonata mercoledì 17 gennaio alle 10.

Cordiali saluti,
Vittorio Sandrelli
""", "meeting and proposed time exchanged")),
    (A, bad("policy_invented", S("no_show_followup", "Rocco Santangelo", "Elena Fabbrocini", "formal", "regular",
             meeting="Vaccinazione dei gattini", at="mercoledì 10 gennaio alle 17:00"),
           "Appuntamento del 10 gennaio",
           """
Gentile Signor Santangelo,

mercoledì 10 gennaio alle 17 l'abbiamo attesa per la vaccinazione dei gattini, senza notizie.

Le ricordo che, secondo il regolamento della clinica, gli appuntamenti non disdetti vengono addebitati per intero.

Cordiali saluti,
Elena Fabbrocini
""", "'addebitati per intero' policy in words, none given")),
    (A, bad("discount_invented", S("reschedule", "Greta Bortolotti", "Jacopo Ingrassia", "friendly", "regular",
             meeting="Mixaggio del singolo", at="venerdì 19 gennaio alle 15:00",
             props=["lunedì 22 gennaio alle 15:00"], reason="la cliente chiede uno sconto per il rinvio"),
           "Mixaggio spostato",
           """
Ciao Greta,

dobbiamo spostare il mixaggio del singolo a lunedì 22 gennaio, stessa ora. Per farmi perdonare, ti tolgo il 15% dal conto della sessione.

Jacopo
""", "15% discount, the reason only says she asks for one")),
    (A, bad("email_invented", S("decline", "Pasquale Ammendola", "Chiara Vitaliano", "formal", "new",
             meeting="Colloquio per la gestione delle paghe del ristorante", at="giovedì 25 gennaio alle 14:00",
             reason="non seguiamo aziende con meno di cinque dipendenti"),
           "Colloquio del 25 gennaio",
           """
Gentile Signor Ammendola,

La ringrazio per l'interesse, ma non seguiamo aziende con meno di cinque dipendenti e devo quindi annullare il colloquio di giovedì 25 gennaio alle 14.

Per altre domande può scrivere a paghe.vitaliano@gmail.com.

Cordiali saluti,
Chiara Vitaliano
""", "private e-mail address invented")),
    (B, bad("time_recap_wrong", S("reschedule", "Viola Mastrangelo", "Dario Cecconi", "formal", "regular",
             meeting="Scelta dei tessuti per le tende del salone", at="giovedì 22 febbraio alle 16:00",
             props=["martedì 27 febbraio alle 11:00"], reason="il campionario non è ancora arrivato"),
           "Scelta dei tessuti",
           """
Gentile Signora Mastrangelo,

il campionario dei tessuti non è ancora arrivato. Le propongo di spostare l'incontro a martedì 27 febbraio alle 11.

La aspetto quindi martedì alle 16 in showroom.

Cordiali saluti,
Dario Cecconi
""", "recap names the old hour 16")),
    (B, bad("number_invented", S("shorten", "Ilaria Fontanella", "Gino Sabatucci", "friendly", "regular",
             meeting="Lezione di vela sul lago", at="sabato 24 febbraio alle 10:00", dur=60,
             reason="nel pomeriggio il vento cala del tutto"),
           "Lezione di sabato",
           """
Ciao Ilaria,

sabato il vento cala presto, quindi la lezione delle 10 durerà un'ora. Ti chiedo di arrivare una ventina di minuti prima per armare la barca insieme.

Gino
""", "'una ventina di minuti prima' deadline invented in words")),
    (B, bad("link_invented", S("late_cancellation", "Massimo Torrisi", "Alba Pieroni", "formal", "regular",
             meeting="Sessione di scansione 3D del prototipo", at="giovedì 15 febbraio alle 9:00",
             pol={"fee_percent": 30}),
           "Sessione del 15 febbraio",
           """
Gentile Signor Torrisi,

come da condizioni, per la disdetta tardiva della scansione 3D di giovedì 15 febbraio Le addebiteremo il 30% della tariffa.

Può saldare comodamente online su pagamenti.pieroni3d.it/fattura.

Cordiali saluti,
Alba Pieroni
""", "payment link invented")),
    (B, bad("name_near_miss", S("delegate", "Ludovico Castellaneta", "Sara Pignatelli", "formal", "regular",
             meeting="Incontro con l'organizzatrice per il ricevimento", at="mercoledì 28 febbraio alle 18:00",
             col="Fiammetta Orlandini", reason="sarò a un matrimonio in Puglia"),
           "Incontro del 28 febbraio",
           """
Gentile Signor Castellaneta,

sarò impegnata in un matrimonio in Puglia, ma mercoledì 28 febbraio alle 18 La incontrerà la mia collega Fiammetta Orlandi, che conosce già tutti i dettagli del ricevimento.

Cordiali saluti,
Sara Pignatelli
""", "colleague near miss Orlandi for Orlandini")),
    (C, bad("weekday_wrong", S("reschedule", "Ernesto Lombardozzi", "Giulia Ferrandina", "formal", "regular",
             meeting="Visita cardiologica del gatto Pepe", at="venerdì 16 marzo alle 12:00",
             props=["lunedì 19 marzo alle 12:00"], reason="il cardiologo veterinario è in congresso"),
           "Visita di Pepe spostata a martedì 19 marzo",
           """
Gentile Signor Lombardozzi,

il cardiologo è impegnato in un congresso venerdì. Possiamo spostare la visita di Pepe a lunedì 19 marzo, sempre alle 12?

Cordiali saluti,
Giulia Ferrandina
""", "subject says martedì 19 marzo, a Monday")),
    (C, bad("percent_swapped", S("cancellation_policy", "Teresa Colangelo", "Mirko Battiston", "formal", "new",
             pol={"fee_percent": 20, "deposit_percent": 40}),
           "Condizioni del nostro studio di registrazione",
           """
Gentile Signora Colangelo,

per le prenotazioni dello studio chiediamo un acconto del 20%; in caso di disdetta tardiva addebitiamo il 40% della tariffa.

Cordiali saluti,
Mirko Battiston
""", "deposit 40% and fee 20% exchanged")),
    (C, bad("phone_invented", S("switch_to_call", "Bianca Guarnieri", "Stefano Oddone", "formal", "regular",
             meeting="Esame del progetto dell'ufficio open space", at="giovedì 22 marzo alle 9:00",
             reason="sono in cantiere a Bergamo tutta la mattina"),
           "Progetto dell'ufficio",
           """
Gentile Signora Guarnieri,

giovedì sarò in cantiere a Bergamo tutta la mattina. Possiamo esaminare il progetto al telefono, alle 9 come previsto: mi chiami pure al 347 218 5590.

Cordiali saluti,
Stefano Oddone
""", "mobile number nobody gave")),
    (C, bad("title_or_company_invented", S("decline", "Amedeo Lucchesi", "Paola Verzotti", "friendly", "regular",
             meeting="Prova di guida per l'esame", at="martedì 27 marzo alle 7:30",
             reason="l'auto con i doppi comandi è dal carrozziere"),
           "Prova di martedì",
           """
Ciao Amedeo,

l'auto con i doppi comandi è dal carrozziere, quindi martedì 27 marzo alle 7.30 salta la prova di guida. Ti scrivo appena torna!

Paola Verzotti
Responsabile didattica – Autoscuola Stella Polare
""", "title and driving school name invented")),
    (D, bad("policy_invented", S("late_cancellation", "Vanessa Rinaldini", "Corrado Iacobelli", "formal", "regular",
             meeting="Registrazione della voce per lo spot radio", at="lunedì 23 aprile alle 10:00",
             props=["giovedì 3 maggio alle 10:00"]),
           "Registrazione dello spot",
           """
Gentile Signora Rinaldini,

abbiamo ricevuto la Sua disdetta per la registrazione di lunedì. Le proponiamo giovedì 3 maggio alle 10.

Come previsto per le disdette con meno di un giorno di preavviso, la sessione annullata Le verrà comunque fatturata.

Cordiali saluti,
Corrado Iacobelli
""", "notice rule and charge invented in words, no policy given")),
    (D, bad("number_invented", S("delegate", "Lucrezia Malvezzi", "Fabio Ottaviani", "formal", "key",
             meeting="Consulenza sulla tassazione della pensione tedesca", at="mercoledì 2 maggio alle 14:30",
             col="Renata Buonocore", reason="sono in udienza a Napoli"),
           "Consulenza del 2 maggio",
           """
Gentile Signora Malvezzi,

il 2 maggio sarò in udienza a Napoli. La consulenza di mercoledì alle 14.30 sulla Sua pensione tedesca la terrà la collega Renata Buonocore.

La parcella resta quella concordata, duecento euro più IVA.

Cordiali saluti,
Fabio Ottaviani
""", "price 'duecento euro' written in words, nobody gave it")),
    (D, bad("email_invented", S("switch_to_email", "Nazario Caporaso", "Elisabetta Giordanengo", "formal", "regular",
             meeting="Riunione sulle modifiche al modello stampato", at="giovedì 26 aprile alle 15:00",
             reason="le correzioni sono solo quote e tolleranze"),
           "Modifiche al modello",
           """
Gentile Signor Caporaso,

le correzioni riguardano solo quote e tolleranze: possiamo sostituire la riunione di giovedì 26 aprile alle 15 con uno scambio di e-mail. Mi scriva pure all'indirizzo e.giordanengo@stampa3dtorino.it.

Cordiali saluti,
Elisabetta Giordanengo
""", "e-mail address nobody gave")),
    (D, bad("title_or_company_invented", S("shorten", "Camilla Desideri", "Pierluigi Canepa", "formal", "regular",
             meeting="Riunione sul piano delle buste paga per il nuovo anno", at="lunedì 30 aprile alle 9:00", dur=45,
             reason="alle 10 ho un collegamento con l'INPS"),
           "Riunione del 30 aprile",
           """
Gentile Signora Desideri,

confermo la riunione di lunedì 30 aprile alle 9, che però dovrà durare tre quarti d'ora: alle 10 ho un collegamento con l'INPS.

Cordiali saluti,
Pierluigi Canepa
Consulente del lavoro, Canepa & Associati Paghe
""", "job title and firm invented")),
    (E, bad("discount_invented", S("cancellation_policy", "Ettore Salvadori", "Livia Marchionni", "formal", "new",
             pol={"notice_hours": 48}),
           "Condizioni per le lezioni di guida",
           """
Gentile Signor Salvadori,

Le ricordiamo che le lezioni di guida vanno disdette almeno 48 ore prima.

Chi prenota il pacchetto completo ha inoltre diritto a una lezione gratuita ogni dieci.

Cordiali saluti,
Livia Marchionni
""", "offer 'una lezione gratuita ogni dieci' invented")),
    (E, bad("name_near_miss", S("no_show_followup", "Marianna Cerruti", "Alberto Sanfratello", "friendly", "regular",
             meeting="Lezione di timoneria su deriva", at="giovedì 31 maggio alle 17:00",
             props=["venerdì 8 giugno alle 17:00"]),
           "Lezione di giovedì",
           """
Ciao Mariana,

giovedì scorso alle 17 non ti abbiamo vista alla lezione di timoneria. Tutto a posto? Se vuoi recuperarla c'è posto venerdì 8 giugno, stessa ora.

Alberto
""", "first name one letter off: Mariana for Marianna")),
    (E, bad("place_changed", S("reschedule", "Gianmarco Sciarretta", "Noemi Castrovillari", "formal", "regular",
             meeting="Visita alla villa di Stresa per il ricevimento", at="mercoledì 13 giugno alle 11:00",
             props=["lunedì 18 giugno alle 11:00"], reason="la villa ospita un altro evento quel giorno"),
           "Visita alla villa",
           """
Gentile Signor Sciarretta,

la villa di Verbania ospita un altro evento mercoledì. Le propongo di spostare la visita a lunedì 18 giugno alle 11.

Cordiali saluti,
Noemi Castrovillari
""", "Stresa changed to Verbania")),
    (E, bad("foreign_paragraph", S("switch_to_email", "Arturo Benvegnù", "Greta Salomoni", "formal", "regular",
             meeting="Incontro sul rimborso IVA per i non residenti", at="martedì 12 giugno alle 16:00",
             reason="Lei si trova ancora in Portogallo"),
           "Rimborso IVA",
           """
Gentile Signor Benvegnù,

poiché si trova ancora in Portogallo, Le propongo di sostituire l'incontro di martedì 12 giugno alle 16 con uno scambio di e-mail.

Por favor, envie-nos os documentos digitalizados assim que puder, para que possamos avançar com o pedido.

Cordiali saluti,
Greta Salomoni
""", "Portuguese paragraph in an Italian mail")),
]
