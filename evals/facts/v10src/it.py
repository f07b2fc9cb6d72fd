"""v10 Italian records, written by hand (data-z, 2026-12-07). 001-020 correct, 021-040 flawed."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v10src._d import A, B, C, D, E


def S(*a, **k):
    return _S("it", *a, **k)


RECORDS = [
# ---------------------------------------------------------------- correct
(A, ok(S("reschedule", "Ottavia Sanseverino", "Corrado Belluzzi", "formal", "key",
        meeting="Sopralluogo alla Villa dei Gelsi per il convegno di marzo", at="venerdì 5 febbraio alle 11:00",
        props=("martedì 9 febbraio alle 11:00", "mercoledì 10 febbraio alle 15:30"),
        reason="il restauratore degli affreschi sarà in villa venerdì"),
    "Sopralluogo alla Villa dei Gelsi: nuove date",
    """Gentile Signora Sanseverino,

venerdì la Villa dei Gelsi sarà occupata dal restauratore degli affreschi e non potremmo visitare con calma le sale per il convegno di marzo. Le propongo quindi di spostare il sopralluogo.

Sarei disponibile martedì 9, sempre alle 11, oppure mercoledì 10 febbraio alle tre e mezza del pomeriggio.

Mi scuso per il cambiamento e resto in attesa di un Suo cenno.

Cordiali saluti,
Corrado Belluzzi""",
    "correct: 'martedì 9, sempre alle 11', 'alle tre e mezza del pomeriggio' for 15:30, 'marzo' from the meeting name")),
(A, ok(S("shorten", "Nicolò Basaglia", "Serena Mastrandrea", "friendly", "regular",
        meeting="Lezione di canto lirico", at="giovedì 4 febbraio alle 18:00", dur=30,
        reason="ho un concerto in chiesa alle 19"),
    "Lezione di domani",
    """Ciao Nicolò,

domani sera canto in chiesa alle 19, quindi la nostra lezione sarà un po' più corta del solito: mezz'ora, dalle 18 in punto.

Arriva già scaldato, così sfruttiamo ogni minuto per l'aria di Donizetti!

A domani,
Serena""",
    "correct: 'mezz'ora' for 30, 'dalle 18 in punto', 19 from the reason, 'Donizetti' a composer, not a person in the situation")),
(A, ok(S("delegate", "Gualtiero Benincasa", "Adriana Loffredo", "formal", "regular",
        meeting="Firma dell'atto di compravendita del box auto", at="lunedì 8 febbraio alle 9:30",
        col="Federico Scapin", reason="devo assistere a un'asta giudiziaria quella mattina"),
    "Atto del box auto – lunedì 8 febbraio",
    """Egregio Signor Benincasa,

lunedì mattina sarò impegnata in un'asta giudiziaria e non potrò ricevere personalmente le parti per la firma dell'atto di compravendita del box auto.

Per non farLe perdere la data, l'atto sarà ricevuto dal mio collega Federico Scapin, allo stesso orario (ore 9.30) e nel nostro studio. Federico Scapin ha già esaminato tutta la documentazione.

Con i migliori saluti,
Adriana Loffredo""",
    "correct: 'ore 9.30', colleague named twice, reason paraphrased")),
(A, ok(S("no_show_followup", "Romilda Carbonaro", "Tiziano Spadafora", "formal", "new",
        meeting="Visita di controllo per il gatto Birillo", at="martedì 2 febbraio alle 17:30",
        props=("lunedì 8 febbraio alle 17:30",)),
    "Visita di Birillo",
    """Gentile Signora Carbonaro,

ieri alle 17 e 30 aspettavamo Lei e Birillo per la visita di controllo, ma non vi abbiamo visti arrivare. Spero che non sia successo nulla.

Se Le va bene, possiamo rivederci lunedì 8 febbraio alla stessa ora.

Cordiali saluti,
Tiziano Spadafora""",
    "correct: past meeting 'ieri alle 17 e 30' from Wed 3 Feb, 'alla stessa ora'")),
(B, ok(S("decline", "Ermenegildo Tosatti", "Bianca Pellizzari", "formal", "regular",
        meeting="Presentazione del progetto di ristrutturazione del fienile", at="giovedì 25 marzo alle 16:00",
        reason="il progetto è ancora in attesa del parere della Soprintendenza"),
    "Progetto del fienile",
    """Gentile Signor Tosatti,

purtroppo il parere della Soprintendenza sul progetto di ristrutturazione del fienile non è ancora arrivato. Presentarle ora il progetto vorrebbe dire mostrarLe qualcosa che potrebbe cambiare, perciò preferisco annullare l'incontro di giovedì.

Appena avremo il parere, Le scriverò per fissare una nuova data.

Cordialmente,
Bianca Pellizzari""",
    "correct: reason paraphrased, 'giovedì' for the meeting, a later date promised without a date")),
(B, ok(S("switch_to_email", "Carla Montanaro", "Dario Anzaldi", "formal", "regular",
        meeting="Riunione sul glossario per la traduzione del manuale tecnico", at="mercoledì 24 marzo alle 10:00",
        reason="le voci da discutere sono una trentina e si prestano a una tabella"),
    "Glossario del manuale: proposta via e-mail",
    """Gentile Signora Montanaro,

le voci del glossario ancora aperte sono una trentina: più che discuterle a voce domani mattina, credo sia più comodo raccoglierle in una tabella con le mie proposte e gli eventuali dubbi.

Gliela invio in giornata; Lei potrà annotarla con calma e rimandarmela quando vuole.

Un cordiale saluto,
Dario Anzaldi""",
    "correct: 'Gentile Signora', 'una trentina' from the reason, 'domani mattina' = Wed 24, 10:00")),
(B, ok(S("late_cancellation", "Agostino Rebaudengo", "Marisa Colonnetti", "formal", "regular",
        meeting="Cena aziendale nella sala delle Capriate", at="venerdì 26 marzo alle 20:00",
        reason="annullamento ricevuto stamattina", pol={"notice_hours": 96, "fee_percent": 40, "deposit_percent": 20}),
    "Cena aziendale di venerdì",
    """Gentile Signor Rebaudengo,

abbiamo ricevuto stamattina la Sua disdetta della cena aziendale prevista venerdì nella sala delle Capriate.

Come indicato nel contratto, le nostre condizioni prevedono un acconto del 20% alla prenotazione e, per le disdette comunicate con meno di quattro giorni (96 ore) di anticipo, una penale pari al 40% dell'importo concordato.

Ci dispiace che la serata non possa svolgersi e speriamo di ospitarvi presto.

Distinti saluti,
Marisa Colonnetti""",
    "correct: 'quattro giorni (96 ore)', deposit 20% and fee 40% each with its own term")),
(B, ok(S("switch_to_call", "Matteo Brugnera", "Giada Cortellessa", "friendly", "regular",
        meeting="Intervento in ufficio per la stampante di rete", at="mercoledì 24 marzo alle 14:00",
        props=("mercoledì 24 marzo alle 14:30",), reason="il problema sembra solo di configurazione"),
    "Stampante: ci sentiamo al telefono",
    """Ciao Matteo,

ho guardato i log che mi hai mandato: la stampante di rete sembra avere solo un problema di configurazione, non serve che venga in ufficio.

Ti chiamo domani alle due e mezza e lo sistemiamo insieme in teleassistenza, ci vorrà poco.

A domani!
Giada""",
    "correct: 'domani alle due e mezza' for Wed 24 14:30, 'ci vorrà poco' no number")),
(C, ok(S("cancellation_policy", "Prisca Landolfi", "Arturo Menegatti", "formal", "new",
        pol={"notice_hours": 24, "fee_percent": 100}),
    "Iscrizione ai corsi: regole per le disdette",
    """Gentile Signora Landolfi,

La ringrazio per l'iscrizione di Sua figlia ai nostri corsi. Prima dell'inizio, Le riassumo l'unica regola sulle disdette: le lezioni annullate con meno di ventiquattr'ore di anticipo vengono addebitate per intero.

Per qualsiasi esigenza resto a disposizione.

Cordiali saluti,
Arturo Menegatti""",
    "correct: policy without a meeting, 'ventiquattr'ore', 'per intero' for 100, 'l'unica regola' not a number")),
(C, ok(S("delegate", "Samuele Ortolani", "Viola Cantarutti", "friendly", "key",
        meeting="Riunione sul magazzino di Piacenza per la stagione estiva", at="venerdì 16 aprile alle 9:00",
        col="Elia Marangoni", reason="sono bloccata a Rotterdam per lo sciopero dei porti"),
    "Venerdì ci sarà Elia",
    """Ciao Samuele,

lo sciopero dei porti mi tiene bloccata a Rotterdam e non riuscirò a rientrare per venerdì. Non voglio però far slittare la riunione sul magazzino di Piacenza, con l'estate alle porte.

Ci sarà Elia Marangoni al posto mio, alle 9 come previsto: conosce i volumi e le richieste dei tuoi clienti quanto me. Gli ho passato tutti gli appunti.

Ci sentiamo appena torno,
Viola""",
    "correct: friendly to a key client, 'alle 9 come previsto', 'con l'estate alle porte' idiom")),
(C, ok(S("reschedule", "Ginevra Altobelli", "Rocco Dell'Aquila", "formal", "regular",
        meeting="Migrazione della posta dello studio", at="sabato 17 aprile alle 9:00",
        props=("sabato 24 aprile alle 9:00",), reason="il fornitore ha rinviato il rilascio delle nuove licenze"),
    "Migrazione della posta rinviata di una settimana",
    """Gentile Signora Altobelli,

il fornitore ci ha comunicato che le nuove licenze non saranno pronte per sabato. Senza di esse non possiamo migrare la posta dello studio, quindi Le propongo di rinviare l'intervento di una settimana: sabato 24 aprile, stessa ora.

Lo studio resterà regolarmente operativo nel frattempo.

Cordiali saluti,
Rocco Dell'Aquila""",
    "correct: 'di una settimana' = Sat 17 -> Sat 24, 'stessa ora'")),
(C, ok(S("late_cancellation", "Alessio Quaranta", "Mirella Gavazzi", "friendly", "regular",
        meeting="Lezione di batteria", at="martedì 13 aprile alle 18:30",
        reason="avviso arrivato mezz'ora prima", pol={"fee_percent": 50}),
    "Lezione di ieri",
    """Ciao Alessio,

il tuo messaggio di ieri mi è arrivato mezz'ora prima della lezione, quando ero già in sala. Nessun problema, capita!

Come da accordi, però, ti conto la metà della lezione (50%). La recuperiamo quando vuoi, scrivimi tu.

Un saluto e buono studio,
Mirella""",
    "correct: surname Quaranta is a number word, not a number; 'la metà della lezione (50%)', 'mezz'ora prima' from the reason")),
(D, ok(S("switch_to_call", "Ippolita Graziani", "Leonardo Baccarini", "formal", "key",
        meeting="Incontro per la bozza del testamento", at="giovedì 6 maggio alle 11:00",
        reason="restano solo un paio di dubbi sulla bozza"),
    "Bozza del testamento",
    """Gentile Signora Graziani,

sulla bozza del testamento restano ormai solo un paio di dubbi, che possiamo chiarire comodamente per telefono. Le eviterei così di venire in studio.

Se per Lei va bene, La chiamo giovedì alle 11, all'ora in cui ci saremmo visti.

Con i più cordiali saluti,
Leonardo Baccarini""",
    "correct: 'un paio di dubbi' from the reason, the call at the meeting's own time")),
(D, ok(S("no_show_followup", "Cesare Maltoni", "Nives Bertagnolli", "formal", "regular",
        meeting="Sopralluogo per il rilievo del sottotetto", at="lunedì 3 maggio alle 8:30",
        props=("venerdì 7 maggio alle 8:30",)),
    "Rilievo del sottotetto",
    """Buongiorno Signor Maltoni,

ieri mattina alle otto e mezza ero davanti al portone per il rilievo del sottotetto, ma non ho trovato nessuno. Forse c'è stato un malinteso sulla data.

Posso tornare venerdì 7 maggio, sempre alle 8.30. Mi conferma?

Grazie e buona giornata,
Nives Bertagnolli""",
    "correct: 'ieri mattina alle otto e mezza' from Tue 4 May, 'sempre alle 8.30'")),
(D, ok(S("shorten", "Eleonora Spinosa", "Manfredi Cappelletti", "formal", "regular",
        meeting="Revisione del contratto di trasporto merci pericolose", at="mercoledì 5 maggio alle 15:00",
        dur=45, reason="ho un'ispezione ADR in deposito alle 16"),
    "Riunione di domani: tre quarti d'ora",
    """Gentile Signora Spinosa,

domani alle 16 avrò un'ispezione ADR in deposito. Confermo la nostra revisione del contratto di trasporto merci pericolose alle 15, ma dovrò limitarla a tre quarti d'ora.

Per andare al sodo Le propongo di partire dalle clausole sulla responsabilità, che sono le più delicate.

Cordiali saluti,
Manfredi Cappelletti""",
    "correct: 'tre quarti d'ora' for 45, 16 from the reason, 'andare al sodo' idiom")),
(D, ok(S("decline", "Beatrice Faloppa", "Oscar Tondelli", "friendly", "regular",
        meeting="Degustazione del menù per la festa di laurea", at="sabato 8 maggio alle 12:30",
        reason="quel sabato la sala è riservata per un matrimonio e la cucina è al completo"),
    "Degustazione di sabato",
    """Ciao Beatrice,

mi dispiace tanto, ma sabato abbiamo un matrimonio: sala riservata e cucina a pieno ritmo, non riusciremmo a prepararti la degustazione del menù per la festa di laurea come si deve.

Scrivimi quando hai un'altra idea di giorno e troviamo il modo.

Un abbraccio,
Oscar""",
    "correct: friendly decline, reason paraphrased")),
(E, ok(S("reschedule", "Adelmo Fratini", "Lucrezia Bonsignori", "formal", "regular",
        meeting="Intervento di sterilizzazione della cagnolina Nuvola", at="lunedì 7 giugno alle 8:00",
        props=("giovedì 10 giugno alle 8:00", "venerdì 11 giugno alle 8:00"),
        reason="l'anestesista è assente lunedì"),
    "Intervento di Nuvola",
    """Gentile Signor Fratini,

lunedì la nostra anestesista sarà assente e non possiamo operare Nuvola in sicurezza.

Possiamo spostare la sterilizzazione a giovedì 10 o venerdì 11 giugno, sempre alle 8 del mattino. Come d'abitudine, Nuvola dovrà essere a digiuno dalla sera prima.

Mi scusi per il disagio.

Cordiali saluti,
Lucrezia Bonsignori""",
    "correct: two slots in one phrase 'giovedì 10 o venerdì 11 giugno, sempre alle 8 del mattino'")),
(E, ok(S("switch_to_email", "Vittoria Pasquarelli", "Ruggero Lanzoni", "formal", "new",
        meeting="Incontro per il preventivo dell'allestimento floreale", at="venerdì 4 giugno alle 10:00",
        reason="servono solo le misure dei tavoli e il numero di invitati"),
    "Preventivo per l'allestimento floreale",
    """Gentile Signora Pasquarelli,

per prepararLe il preventivo dell'allestimento floreale mi servono soltanto le misure dei tavoli e il numero degli invitati. Non serve quindi che ci vediamo venerdì: può mandarmeli semplicemente rispondendo a questa e-mail.

Le invierò il preventivo appena li avrò ricevuti.

Cordiali saluti,
Ruggero Lanzoni""",
    "correct: reason restated, no address given or added")),
(E, ok(S("cancellation_policy", "Teodoro Vallisneri", "Azzurra Pedrazzini", "formal", "regular",
        meeting="Corso di formazione sulla sicurezza informatica", at="martedì 15 giugno alle 14:00",
        pol={"notice_hours": 120, "deposit_percent": 30}),
    "Corso del 15 giugno: condizioni",
    """Gentile Signor Vallisneri,

Le confermo il corso di formazione sulla sicurezza informatica per martedì 15 giugno alle 14.

Per la prenotazione chiediamo una caparra del 30%. Il corso può essere disdetto o spostato fino a cinque giorni prima (120 ore).

Cordiali saluti,
Azzurra Pedrazzini""",
    "correct: 'cinque giorni prima (120 ore)', 'caparra del 30%', 'alle 14'")),
(E, ok(S("shorten", "Ilaria Boscolo", "Gabriele Zanardo", "friendly", "key",
        meeting="Revisione delle traduzioni del catalogo", at="giovedì 3 giugno alle 15:00", dur=20,
        reason="devo consegnare un'urgenza entro sera"),
    "Domani: venti minuti",
    """Ciao Ilaria,

domani devo consegnare una traduzione urgente entro sera, quindi per la revisione del catalogo ti chiedo di stringere: venti minuti, alle 15.

Ti mando stasera l'elenco delle pagine su cui ho dubbi, così andiamo dritti al punto.

Grazie mille,
Gabriele""",
    "correct: 'venti minuti' in words for 20, 'alle 15'")),
# ---------------------------------------------------------------- flawed
(A, bad("time_swapped", S("reschedule", "Renato Guidobaldi", "Fiorella Scarpellini", "formal", "regular",
        meeting="Verifica delle giacenze nel deposito di Lodi", at="giovedì 4 febbraio alle 9:00",
        props=("martedì 9 febbraio alle 14:00",), reason="il sistema di magazzino è in aggiornamento"),
    "Verifica delle giacenze a Lodi",
    """Gentile Signor Guidobaldi,

giovedì il sistema di gestione del magazzino sarà in aggiornamento e non potremo estrarre i dati delle giacenze.

Le propongo di spostare la verifica prevista domani alle 14 a martedì 9 febbraio alle 9.

Cordiali saluti,
Fiorella Scarpellini""",
    "time_swapped: hours exchanged: the meeting is Thu 9:00 and the proposal Tue 14:00")),
(A, bad("link_invented", S("switch_to_call", "Debora Spallanzani", "Cristian Lupatelli", "friendly", "regular",
        meeting="Colloquio per l'iscrizione ai corsi di pianoforte di tua figlia", at="venerdì 5 febbraio alle 17:00",
        props=("venerdì 5 febbraio alle 18:00",), reason="sono in sala prove fino alle 17 e 45"),
    "Venerdì ci sentiamo al telefono",
    """Ciao Debora,

venerdì sono in sala prove fino alle 17 e 45, quindi ti propongo di fare il colloquio per l'iscrizione di tua figlia al telefono, alle 18.

Nel frattempo trovi orari e prezzi dei corsi su www.scuolamusicalelupatelli.it/corsi.

A venerdì,
Cristian""",
    "link_invented: a web address nobody gave")),
(A, bad("email_invented", S("delegate", "Fabrizio Castelnuovo", "Elisa Mandruzzato", "formal", "key",
        meeting="Riunione di cantiere per la facciata ventilata", at="lunedì 8 febbraio alle 10:00",
        col="Pietro Zanin", reason="devo seguire il collaudo di un altro edificio"),
    "Riunione di cantiere di lunedì",
    """Gentile Signor Castelnuovo,

lunedì mattina dovrò seguire il collaudo di un altro edificio e non potrò essere alla riunione di cantiere sulla facciata ventilata.

Al mio posto ci sarà il collega Pietro Zanin, alle 10 come previsto. Per qualsiasi domanda preliminare può scrivergli direttamente a pietro.zanin@studiomz.it.

Cordiali saluti,
Elisa Mandruzzato""",
    "email_invented: the colleague's address nobody gave")),
(A, bad("weekday_wrong", S("no_show_followup", "Loredana Pizzigoni", "Amedeo Castrignano", "formal", "regular",
        meeting="Richiamo del vaccino per il cane Tobia", at="martedì 2 febbraio alle 16:00",
        props=("giovedì 11 febbraio alle 16:00",)),
    "Tobia: nuovo appuntamento mercoledì 11 febbraio",
    """Gentile Signora Pizzigoni,

ieri alle 16 aspettavamo Tobia per il richiamo del vaccino, ma non vi abbiamo visti.

Il richiamo non andrebbe rimandato troppo: Le propongo giovedì 11 febbraio alla stessa ora.

Cordiali saluti,
Amedeo Castrignano""",
    "weekday_wrong: subject 'mercoledì 11 febbraio' (11 Feb 2027 is a Thursday); body right")),
(B, bad("percent_swapped", S("cancellation_policy", "Fulvio Zaccagnini", "Tamara Bellomo", "formal", "new",
        pol={"notice_hours": 240, "fee_percent": 35, "deposit_percent": 15}),
    "Condizioni per la prenotazione della sala",
    """Gentile Signor Zaccagnini,

grazie per l'interesse per la nostra sala ricevimenti. Le riassumo le condizioni:

- alla conferma si versa una caparra del 35%;
- in caso di disdetta con meno di dieci giorni (240 ore) di preavviso si applica una penale del 15% sull'importo totale.

Resto a disposizione per una visita.

Distinti saluti,
Tamara Bellomo""",
    "percent_swapped: deposit given 15 and fee 35; the mail states caparra 35% and penale 15%")),
(B, bad("discount_invented", S("decline", "Orietta Campagnoli", "Sandro Vitiello", "formal", "regular",
        meeting="Incontro per la traduzione del sito dell'agriturismo", at="venerdì 26 marzo alle 11:00",
        reason="sono al completo fino a maggio; la cliente aveva chiesto uno sconto"),
    "Traduzione del sito dell'agriturismo",
    """Gentile Signora Campagnoli,

La ringrazio per aver pensato a me per la traduzione del sito del Suo agriturismo. Purtroppo sono al completo fino a maggio e non posso prendere nuovi lavori: preferisco quindi annullare il nostro incontro di venerdì.

Se a maggio il progetto sarà ancora aperto, sarò lieto di riprenderlo e, per scusarmi, Le applicherò uno sconto del 10%.

Cordiali saluti,
Sandro Vitiello""",
    "discount_invented: a 10% discount nobody gave, licensed only by the reason")),
(B, bad("phone_invented", S("switch_to_email", "Walter Cenedese", "Noemi Fabbrocini", "friendly", "regular",
        meeting="Assistenza per il backup del portatile", at="giovedì 25 marzo alle 17:00",
        reason="basta seguire una guida di tre passaggi"),
    "Backup del portatile: ti scrivo io",
    """Ciao Walter,

per il backup del portatile non serve che passi giovedì: è una guida di tre passaggi, te la mando per e-mail con le schermate.

Se ti blocchi da qualche parte chiamami pure al 347 219 8846 e lo sistemiamo al volo.

Ciao!
Noemi""",
    "phone_invented: a mobile number nobody gave")),
(B, bad("name_near_miss", S("reschedule", "Gianmaria Ruffolo", "Costanza Arrighetti", "formal", "regular",
        meeting="Lettura dell'atto di costituzione della società", at="mercoledì 24 marzo alle 15:00",
        props=("martedì 30 marzo alle 15:00",), reason="manca ancora la visura camerale aggiornata"),
    "Atto costitutivo: nuova data",
    """Gentile Signor Ruffalo,

per la lettura dell'atto di costituzione della società manca ancora la visura camerale aggiornata, senza la quale non possiamo procedere domani.

Le propongo di rinviare a martedì 30 marzo, alla stessa ora (15.00).

Distinti saluti,
Costanza Arrighetti""",
    "name_near_miss: 'Ruffalo' for Ruffolo (one letter)")),
(C, bad("time_recap_wrong", S("switch_to_call", "Arianna Bezzecchi", "Massimo Dalla Costa", "formal", "key",
        meeting="Revisione delle tariffe di groupage per la Sicilia", at="giovedì 15 aprile alle 10:00",
        props=("giovedì 15 aprile alle 11:30",), reason="il nostro camion per Catania parte in anticipo e devo seguire il carico"),
    "Tariffe groupage: facciamo una telefonata",
    """Gentile Signora Bezzecchi,

domani mattina devo seguire il carico del camion per Catania, che parte in anticipo. Le proporrei quindi di sostituire la nostra revisione delle tariffe di groupage con una telefonata alle 11.30, appena finito il carico.

La chiamerò io. A domani alle 11, allora.

Cordiali saluti,
Massimo Dalla Costa""",
    "time_recap_wrong: the closing recap 'alle 11' for the offered 11:30")),
(C, bad("title_or_company_invented", S("late_cancellation", "Pasquale Iannuzzi", "Giorgia Sfondrini", "formal", "regular",
        meeting="Lezione di violino di Tommaso", at="martedì 13 aprile alle 17:00",
        reason="disdetta arrivata un'ora prima", pol={"notice_hours": 24, "fee_percent": 100}),
    "Lezione di Tommaso di ieri",
    """Gentile Signor Iannuzzi,

la disdetta della lezione di violino di Tommaso mi è arrivata ieri solo un'ora prima.

Come previsto dal regolamento, le lezioni annullate con meno di ventiquattro ore di preavviso vengono addebitate per intero.

Cordiali saluti,

Giorgia Sfondrini
Direttrice didattica
Accademia Musicale Sfondrini""",
    "title_or_company_invented: a title and a school name under the signature")),
(C, bad("name_near_miss", S("delegate", "Raffaella Cortinovis", "Daniele Pagnoncelli", "formal", "regular",
        meeting="Configurazione della VPN per lo studio legale", at="venerdì 16 aprile alle 15:00",
        col="Jacopo Dalmasso", reason="sono in ferie da giovedì"),
    "Configurazione VPN di venerdì",
    """Gentile Signora Cortinovis,

da domani sarò in ferie, quindi la configurazione della VPN per lo studio di venerdì alle 15 la seguirà il collega Jacopo Dalmaso, che conosce bene la vostra rete.

Cordiali saluti,
Daniele Pagnoncelli""",
    "name_near_miss: colleague 'Dalmaso' for Dalmasso (one letter dropped)")),
(C, bad("email_invented", S("no_show_followup", "Mirko Santarelli", "Agnese Varriale", "formal", "new",
        meeting="Consegna e firma della traduzione giurata", at="martedì 13 aprile alle 12:00",
        props=("lunedì 19 aprile alle 12:00",)),
    "Traduzione giurata: appuntamento di ieri",
    """Gentile Signor Santarelli,

ieri a mezzogiorno La aspettavo per la firma della traduzione giurata, ma non L'ho vista arrivare.

Possiamo riprovare lunedì 19 aprile alla stessa ora. Se preferisce, mi scriva a agnese.varriale@libero.it e concordiamo un altro giorno.

Cordiali saluti,
Agnese Varriale""",
    "email_invented: a private address nobody gave")),
(D, bad("place_changed", S("reschedule", "Chiara Scattolin", "Marcello Prandini", "friendly", "regular",
        meeting="Prova del service audio al Teatro di Bassano", at="mercoledì 5 maggio alle 21:00",
        props=("giovedì 6 maggio alle 21:00",), reason="il tecnico luci è ancora impegnato a Vicenza"),
    "Prova audio: slittiamo di un giorno",
    """Ciao Chiara,

il tecnico luci domani è ancora impegnato a Vicenza, quindi la prova del service audio al teatro di Castelfranco slitta di un giorno: giovedì 6 maggio, sempre alle 21.

Fammi sapere se per te va bene!
Marcello""",
    "place_changed: 'teatro di Castelfranco' for the Teatro di Bassano")),
(D, bad("phone_invented", S("cancellation_policy", "Ornella Busacca", "Valerio Costamagna", "formal", "new",
        pol={"notice_hours": 24, "fee_percent": 50}),
    "Benvenuta nel nostro ambulatorio",
    """Gentile Signora Busacca,

benvenuta nel nostro ambulatorio veterinario. Le segnalo la nostra regola sulle disdette: gli appuntamenti annullati con meno di ventiquattro ore di anticipo vengono addebitati al 50%.

Per disdire basta chiamare la segreteria allo 0371 428 915.

Cordiali saluti,
Valerio Costamagna""",
    "phone_invented: a landline nobody gave")),
(D, bad("link_invented", S("switch_to_email", "Edoardo Sguazzini", "Lavinia Ferrarotti", "formal", "regular",
        meeting="Riunione per la scelta dei serramenti", at="venerdì 7 maggio alle 17:30",
        reason="il rivenditore ci ha mandato il catalogo digitale"),
    "Scelta dei serramenti",
    """Gentile Signor Sguazzini,

il rivenditore ci ha inviato il catalogo digitale dei serramenti, quindi possiamo evitare la riunione di venerdì: può sfogliarlo qui, https://cataloghi.serramentivalsesia.it/2027, e indicarmi per e-mail i modelli che preferisce.

Cordiali saluti,
Lavinia Ferrarotti""",
    "link_invented: a catalogue URL nobody gave (the reason mentions a catalogue, not its address)")),
(D, bad("policy_invented", S("late_cancellation", "Graziella Ponzano", "Tommaso Righetto", "formal", "regular",
        meeting="Installazione dei nuovi terminali di cassa", at="mercoledì 5 maggio alle 8:00",
        props=("martedì 11 maggio alle 8:00",), reason="il cliente ha disdetto questa mattina"),
    "Installazione dei terminali di cassa",
    """Gentile Signora Ponzano,

abbiamo ricevuto stamattina la disdetta dell'installazione dei nuovi terminali di cassa prevista per domani.

Come da contratto, l'uscita del tecnico Le sarà comunque addebitata. Possiamo riprogrammare l'installazione martedì 11 maggio alle 8.

Cordiali saluti,
Tommaso Righetto""",
    "policy_invented: a charge for the technician's visit with no policy given")),
(E, bad("foreign_paragraph", S("shorten", "Rosaria Capobianco", "Sebastiano Olivieri", "formal", "regular",
        meeting="Riunione organizzativa per il concerto d'estate in cortile", at="lunedì 7 giugno alle 18:00",
        dur=40, reason="la sala prove serve alla banda alle 19"),
    "Riunione di lunedì: quaranta minuti",
    """Gentile Signora Capobianco,

lunedì la sala prove serve alla banda dalle 19, quindi la riunione organizzativa per il concerto d'estate durerà quaranta minuti, a partire dalle 18.

Vou enviar-lhe a ordem de trabalhos com antecedência, para ganharmos tempo.

Cordiali saluti,
Sebastiano Olivieri""",
    "foreign_paragraph: a Portuguese paragraph in an Italian mail")),
(E, bad("discount_invented", S("late_cancellation", "Leandro Cusumano", "Sabina Trevisiol", "friendly", "regular",
        meeting="Lezione di flauto traverso", at="martedì 1 giugno alle 19:00",
        reason="lui chiede se può recuperarla gratis", pol={"fee_percent": 100}),
    "Lezione di ieri sera",
    """Ciao Leandro,

ho visto il tuo messaggio di ieri sera. Purtroppo la lezione disdetta all'ultimo si paga per intero, come sai, e non posso recuperarla gratis.

Per questa volta però ti faccio metà prezzo sulla lezione di recupero.

Un saluto,
Sabina""",
    "discount_invented: 'metà prezzo' on a make-up lesson, a discount in words nobody gave")),
(E, bad("title_or_company_invented", S("decline", "Eugenio Morabito", "Carolina Lucchetta", "formal", "new",
        meeting="Presentazione del servizio di ritiro resi per e-commerce", at="giovedì 10 giugno alle 11:00",
        reason="non serviamo la provincia di Cosenza"),
    "Servizio di ritiro resi",
    """Gentile Signor Morabito,

La ringrazio per l'interesse verso il nostro servizio di ritiro resi per e-commerce. Purtroppo la provincia di Cosenza non rientra nella zona che serviamo, e preferisco non farLe perdere tempo con una presentazione giovedì.

Cordiali saluti,

Carolina Lucchetta
Ufficio commerciale – Lucchetta Trasporti S.r.l.""",
    "title_or_company_invented: a department and company nobody gave")),
(E, bad("number_invented", S("switch_to_call", "Benedetta Orsenigo", "Franco Passalacqua", "formal", "regular",
        meeting="Incontro sull'inventario dell'eredità", at="venerdì 4 giugno alle 9:30",
        reason="mancano solo due documenti della banca"),
    "Inventario dell'eredità: una telefonata",
    """Gentile Signora Orsenigo,

per l'inventario dell'eredità mancano solo due documenti della banca, quindi una telefonata venerdì alle 9.30 basterà al posto dell'incontro in studio.

Le ricordo che la pratica andrà depositata entro il 30 giugno.

Cordiali saluti,
Franco Passalacqua""",
    "number_invented: a filing deadline 'entro il 30 giugno' nobody gave")),
]
