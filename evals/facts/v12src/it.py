"""v12, Italian: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v12src._d import A, B, C, D, E


def S(*a, **k):
    return _S("it", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Ermenegilda Pasquarelli", "Tobia Scarpellini", "formal", "regular",
             meeting="Sterilizzazione della gatta Mirtilla", at="venerdì 21 gennaio alle 8:30",
             props=["martedì 25 gennaio alle 8:30", "giovedì 27 gennaio alle 14:00"],
             reason="l'anestesista della clinica è in ferie"),
           "Intervento di Mirtilla: nuova data",
           """
Gentile Signora Pasquarelli,

l'anestesista della clinica è in ferie venerdì, quindi devo spostare la sterilizzazione di Mirtilla.

Le propongo martedì 25 gennaio, sempre alle 8 e mezza, oppure giovedì 27 gennaio alle 14.

Mi faccia sapere quale preferisce.

Cordiali saluti,
Tobia Scarpellini
""", "correct: '8 e mezza', 'alle 14', no proposed-time digits")),
    (A, ok(S("decline", "Lauretta Bonfiglioli", "Ottavio Ciampolini", "friendly", "regular",
             meeting="Prova del coro per il concerto di Carnevale", at="domenica 23 gennaio alle 16:00",
             reason="ho l'influenza"),
           "Domenica non ci sono",
           """
Ciao Lauretta,

l'influenza mi ha steso: domenica alla prova del coro non ce la faccio proprio. Cantate anche per me!

Un abbraccio,
Ottavio
""", "correct: very short, paraphrased reason")),
    (A, ok(S("cancellation_policy", "Pierluigi Manganaro", "Ginevra Tosatti", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 50}),
           "Condizioni di annullamento delle traduzioni giurate",
           """
Gentile Signor Manganaro,

grazie per averci contattato. Prima di confermare l'incarico, Le riassumo le nostre condizioni di annullamento:

- la disdetta va comunicata con almeno due giorni di anticipo, cioè 48 ore prima della consegna concordata;
- in caso contrario viene fatturata la metà del compenso, ossia il 50%.

Resto a disposizione per qualsiasi chiarimento.

Distinti saluti,
Ginevra Tosatti
""", "correct: no meeting, 'due giorni … 48 ore', 'la metà … il 50%'")),
    (A, ok(S("no_show_followup", "Cosimo Barbagallo", "Mariagrazia Fenzi", "formal", "regular",
             meeting="Lezione di yoga per la schiena", at="martedì 18 gennaio alle 19:00",
             props=["martedì 25 gennaio alle 19:00", "giovedì 27 gennaio alle 18:00"]),
           "La lezione di ieri sera",
           """
Buongiorno Signor Barbagallo,

ieri sera non L'abbiamo vista alla lezione di yoga per la schiena delle 19. Spero che vada tutto bene.

Se desidera recuperare, ci sono posti martedì prossimo alla stessa ora oppure giovedì 27 gennaio alle 18.

Un cordiale saluto,
Mariagrazia Fenzi
""", "correct: 'ieri sera' (18/1 vs 19/1), 'martedì prossimo alla stessa ora'")),
    (B, ok(S("shorten", "Rosalba Mancuso-Greco", "Emiliano Vitturi", "formal", "key",
             meeting="Sopralluogo in cantiere per la ristrutturazione del casale", at="giovedì 24 febbraio alle 10:00",
             dur=90, reason="nel pomeriggio devo essere in Comune per la pratica edilizia"),
           "Sopralluogo di giovedì",
           """
Gentile Dottoressa Mancuso-Greco,

giovedì pomeriggio devo essere in Comune per la pratica edilizia: il sopralluogo al casale resta confermato alle 10, ma dovremo contenerlo in un'ora e mezza.

Per sfruttare al meglio il tempo, Le suggerisco di partire dal fienile, dove ci sono le decisioni più urgenti.

Con i migliori saluti,
Emiliano Vitturi
""", "correct: 90 min as 'un'ora e mezza', 'Dottoressa' + surname for a key client")),
    (B, ok(S("switch_to_call", "Arturo Scognamiglio", "Lucrezia Bevilacqua", "friendly", "regular",
             meeting="Revisione del piano di studio di pianoforte", at="venerdì 25 febbraio alle 17:00",
             props=["venerdì 25 febbraio alle 17:30"], reason="la scuola di musica è chiusa per una perdita d'acqua"),
           "Venerdì ci sentiamo al telefono?",
           """
Ciao Arturo,

la scuola di musica è chiusa per una perdita d'acqua, quindi venerdì non possiamo vederci lì.

Facciamo una chiamata per il piano di studio? Ti chiamo alle cinque e mezza, va bene?

A venerdì,
Lucrezia
""", "correct: 17:30 as 'alle cinque e mezza'")),
    (B, ok(S("late_cancellation", "Gianmarco Ferrigno", "Annunziata Lo Presti", "formal", "regular",
             meeting="Consulenza per la dichiarazione di successione", at="lunedì 21 febbraio alle 11:00",
             props=["martedì 29 febbraio alle 11:00", "mercoledì 1 marzo alle 15:00"],
             pol={"notice_hours": 24, "fee_percent": 30}, reason="un lutto in famiglia"),
           "Nuovo appuntamento",
           """
Gentile Signor Ferrigno,

mi dispiace molto per il Suo lutto; non si preoccupi per ieri.

Quando se la sente, possiamo riprendere la consulenza martedì 29 febbraio alle 11 oppure mercoledì 1° marzo alle 15.

Per completezza Le ricordo che, in caso di disdetta con meno di 24 ore di preavviso, lo studio addebita il 30% dell'onorario; in questo caso ne parliamo con calma.

Cordiali saluti,
Annunziata Lo Presti
""", "correct: '1° marzo', leap day, fee % and notice with their own terms")),
    (B, ok(S("delegate", "Teodolinda Caruso", "Raimondo Ghezzi", "formal", "new",
             meeting="Assistenza per la migrazione della posta aziendale", at="lunedì 28 febbraio alle 9:00",
             col="Samuele Brunetta", reason="sarò impegnato in un intervento urgente a Bergamo"),
           "Migrazione della posta: La seguirà Samuele Brunetta",
           """
Gentile Signora Caruso,

lunedì mattina sarò impegnato in un intervento urgente a Bergamo. La migrazione della posta aziendale si terrà comunque alle 9, come previsto: se ne occuperà il mio collega Samuele Brunetta, che conosce bene la Vostra configurazione.

Cordiali saluti,
Raimondo Ghezzi
""", "correct: 'lunedì mattina' with the hour kept")),
    (C, ok(S("switch_to_email", "Eusebio Marcantoni", "Benedetta Sciarrino", "formal", "regular",
             meeting="Incontro per la traduzione del manuale tecnico", at="lunedì 20 marzo alle 15:00",
             reason="sono a una fiera a Francoforte"),
           "Manuale tecnico: procediamo per e-mail",
           """
Buongiorno Signor Marcantoni,

lunedì sarò ancora alla fiera di Francoforte e non potrò incontrarLa per il manuale tecnico.

Le propongo di procedere per e-mail: mi mandi pure il glossario aggiornato e le Sue osservazioni sui primi capitoli, e Le rispondo punto per punto in giornata.

Cordiali saluti,
Benedetta Sciarrino
""", "correct: reason as 'ancora alla fiera', 'punto per punto'")),
    (C, ok(S("reschedule", "Valeriano Cuccurullo", "Fiammetta Dal Pozzo", "friendly", "key",
             meeting="Degustazione del menù per la comunione di Chiara", at="sabato 18 marzo alle 11:00",
             props=["sabato 25 marzo alle 11:00", "domenica 26 marzo alle 10:30"],
             reason="la nostra cucina è ferma per un guasto al forno"),
           "Degustazione spostata di una settimana",
           """
Caro Valeriano,

il forno della nostra cucina ci ha lasciati a piedi e sabato non riusciremmo a prepararvi la degustazione come si deve.

Possiamo fare sabato 25, sempre alle 11, oppure domenica 26 marzo alle dieci e mezza? Scegliete voi, noi ci adattiamo.

Un caro saluto a tutta la famiglia,
Fiammetta
""", "correct: 'sabato 25' without month, 'dieci e mezza', idiom 'a piedi'")),
    (C, ok(S("late_cancellation", "Clelia Rapisarda", "Ascanio Morelli-Tassi", "formal", "new",
             meeting="Prima visita comportamentale per il cane Birillo", at="mercoledì 15 marzo alle 17:00",
             props=["martedì 21 marzo alle 17:00"], pol={"notice_hours": 24, "deposit_percent": 20},
             reason="Birillo si era fatto male a una zampa"),
           "Birillo: nuova visita",
           """
Gentile Signora Rapisarda,

grazie per averci avvisato: spero che la zampa di Birillo stia guarendo.

Possiamo rivederci martedì 21 marzo, sempre alle cinque del pomeriggio.

Le ricordo che alla prenotazione è previsto un acconto del 20% e che le disdette vanno comunicate con almeno un giorno di anticipo (24 ore).

Distinti saluti,
Ascanio Morelli-Tassi
""", "correct: 17:00 as 'cinque del pomeriggio', 'un giorno … (24 ore)', deposit 20% with its own term")),
    (C, ok(S("decline", "Filiberto Ragusa", "Eleonora Cantamessa", "formal", "regular",
             meeting="Presentazione del progetto di bioedilizia", at="venerdì 24 marzo alle 10:00",
             reason="il committente ha sospeso il progetto"),
           "Presentazione del 24 marzo annullata",
           """
Gentile Ingegner Ragusa,

Le scrivo per annullare la presentazione del progetto di bioedilizia di venerdì 24 marzo: il committente ha sospeso il progetto.

Appena avrò novità, sarà il primo a saperlo.

Cordialmente,
Eleonora Cantamessa
""", "correct: 'Ingegner' + surname as a formal address form")),
    (D, ok(S("shorten", "Giacinta Tornabuoni", "Lamberto Sgarbossa", "friendly", "regular",
             meeting="Lezione di canto lirico per il concorso di Spoleto", at="giovedì 27 aprile alle 18:00",
             dur=45, reason="devo accompagnare mia madre a una visita"),
           "Lezione di giovedì più breve",
           """
Ciao Giacinta,

giovedì devo accompagnare mia madre a una visita, quindi la lezione sarà di tre quarti d'ora. Iniziamo puntuali alle sei, così non perdiamo nemmeno un minuto!

Lamberto
""", "correct: 45 min as 'tre quarti d'ora', 18:00 as 'alle sei', idiom 'nemmeno un minuto'")),
    (D, ok(S("delegate", "Ubaldo Ferrante", "Nicoletta Zampieri", "formal", "key",
             meeting="Revisione del bilancio della Vostra cooperativa", at="martedì 2 maggio alle 14:30",
             col="Gualtiero Benvenga", reason="sarò in malattia per un intervento"),
           "Revisione del bilancio del 2 maggio",
           """
Egregio Dottor Ferrante,

a causa di un piccolo intervento sarò in malattia per qualche giorno. La revisione del bilancio della Vostra cooperativa, martedì 2 maggio alle 14:30, sarà seguita dal collega Gualtiero Benvenga, che ha già tutti i documenti.

Resto comunque raggiungibile per e-mail per qualsiasi urgenza.

Con i più cordiali saluti,
Nicoletta Zampieri
""", "correct: 'per qualche giorno' vague, no new contact given")),
    (D, ok(S("no_show_followup", "Loredana Spadafora", "Isidoro Canepa", "friendly", "regular",
             meeting="Lezione di chitarra classica", at="lunedì 24 aprile alle 16:00",
             props=["giovedì 4 maggio alle 16:00"]),
           "Tutto bene?",
           """
Ciao Loredana,

lunedì ti ho aspettata per la lezione di chitarra delle 16, ma non sei arrivata. Tutto bene?

Se ti va di recuperare, ti tengo libero giovedì 4 maggio alla stessa ora.

A presto,
Isidoro
""", "correct: short, 'alla stessa ora'")),
    (D, ok(S("switch_to_call", "Margherita Incandela", "Fausto Bellomo", "formal", "regular",
             meeting="Analisi dei problemi della rete Wi-Fi dello studio", at="venerdì 28 aprile alle 9:00",
             reason="il nostro furgone è dal meccanico"),
           "Wi-Fi dello studio: ne parliamo al telefono",
           """
Gentile Avvocata Incandela,

il nostro furgone è dal meccanico e venerdì non potremo venire in studio. Se per Lei va bene, alle 9 La chiamo io e analizziamo insieme i problemi della rete Wi-Fi da remoto.

Cordiali saluti,
Fausto Bellomo
""", "correct: call at the same hour, 'Avvocata' for a lawyer")),
    (E, ok(S("switch_to_email", "Tarcisio Lombardozzi", "Ilaria Bonvicini", "formal", "new",
             meeting="Colloquio conoscitivo per i corsi di yoga in gravidanza", at="martedì 13 giugno alle 18:30",
             reason="lo studio è chiuso per la disinfestazione"),
           "Corsi di yoga in gravidanza",
           """
Gentile Signor Lombardozzi,

martedì lo studio resterà chiuso per la disinfestazione. Piuttosto che rimandare il colloquio, Le propongo di scriverci: mi racconti in due righe le esigenze di Sua moglie e Le invio il programma dei corsi con le mie indicazioni.

Un cordiale saluto,
Ilaria Bonvicini
""", "correct: idiom 'in due righe'")),
    (E, ok(S("cancellation_policy", "Ippolita Santangelo", "Gerardo Pizzuti", "formal", "regular",
             meeting="Catering per il pranzo aziendale", at="venerdì 16 giugno alle 12:30",
             pol={"notice_hours": 72, "fee_percent": 100, "deposit_percent": 25}),
           "Pranzo aziendale del 16 giugno: condizioni",
           """
Gentile Signora Santangelo,

in vista del pranzo aziendale di venerdì 16 giugno alle 12:30 Le ricordo le nostre condizioni:

- acconto del 25% alla conferma;
- in caso di disdetta con meno di tre giorni di anticipo (72 ore) il servizio viene addebitato per intero.

Grazie e a presto,
Gerardo Pizzuti
""", "correct: 100 % as 'per intero', 'tre giorni (72 ore)'")),
    (E, ok(S("reschedule", "Achille Verardi", "Donatella Frisullo", "formal", "regular",
             meeting="Firma del rogito dell'appartamento di via Saffi", at="lunedì 12 giugno alle 10:00",
             props=["giovedì 15 giugno alle 10:00", "lunedì 19 giugno alle 16:00"],
             reason="la banca non ha ancora deliberato il mutuo"),
           "Rogito di via Saffi: rinvio",
           """
Egregio Signor Verardi,

la banca non ha ancora deliberato il mutuo, quindi il rogito dell'appartamento di via Saffi previsto per lunedì va spostato.

Le date possibili sono:
1) giovedì 15 giugno, stessa ora (10:00);
2) lunedì 19 giugno alle 16.

Attendo una Sua conferma.

Distinti saluti,
Donatella Frisullo
""", "correct: numbered list, 'stessa ora (10:00)'")),
    (E, ok(S("late_cancellation", "Filomena Cotugno", "Rocco Palmisano", "friendly", "regular",
             meeting="Lezione di violino", at="giovedì 8 giugno alle 17:00",
             props=["mercoledì 14 giugno alle 17:00"], pol={"notice_hours": 12}, reason="una verifica a scuola"),
           "Lezione di ieri",
           """
Ciao Filomena,

nessun problema per ieri, capisco che la verifica a scuola veniva prima! Recuperiamo mercoledì prossimo alle 17?

Solo un promemoria per le prossime volte: avvisami almeno dodici ore prima, così posso riorganizzarmi.

Buono studio,
Rocco
""", "correct: 'dodici ore' in words, 'mercoledì prossimo' for 14/6 against Fri 9/6")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Guendalina Restuccia", "Osvaldo Pelizzari", "formal", "regular",
             meeting="Sopralluogo per il restauro della facciata di palazzo Ghini", at="giovedì 20 gennaio alle 9:00",
             props=["mercoledì 26 gennaio alle 9:00", "venerdì 28 gennaio alle 15:00"],
             reason="le impalcature non sono ancora montate"),
           "Sopralluogo facciata: nuova data",
           """
Gentile Signora Restuccia,

le impalcature non sono ancora montate, quindi il sopralluogo per il restauro della facciata va spostato da mercoledì 26 gennaio a giovedì 20 gennaio alle 9, oppure a venerdì 28 gennaio alle 15.

Cordiali saluti,
Osvaldo Pelizzari
""", "moved 'from' the proposed 26/1 'to' the old 20/1: roles swapped")),
    (A, bad("discount_invented", S("late_cancellation", "Crescenzo Abbate", "Virginia Polidori", "formal", "regular",
             meeting="Seduta di consulenza fiscale sul forfettario", at="martedì 18 gennaio alle 10:00",
             props=["lunedì 24 gennaio alle 10:00"], pol={"notice_hours": 24},
             reason="il cliente chiede uno sconto perché è la seconda volta che spostiamo"),
           "Nuova seduta",
           """
Gentile Signor Abbate,

ho ricevuto la Sua disdetta. Possiamo ritrovarci lunedì 24 gennaio alle 10.

Visto che è la seconda volta che l'appuntamento salta, Le applicherò uno sconto del 15% sulla prossima parcella.

Per il futuro Le ricordo il preavviso di 24 ore.

Cordiali saluti,
Virginia Polidori
""", "15% discount licensed only by the reason")),
    (A, bad("link_invented", S("switch_to_call", "Amalia Guarnieri", "Settimio Baldacci", "friendly", "regular",
             meeting="Prova dei brani per il saggio", at="lunedì 24 gennaio alle 17:00",
             props=["lunedì 24 gennaio alle 18:00"], reason="sono senza macchina"),
           "Prova di lunedì in videochiamata",
           """
Ciao Amalia,

lunedì sono senza macchina: facciamo la prova dei brani per il saggio in videochiamata, alle 18?

Ti basta cliccare qui: https://whereby.com/maestro-baldacci

Settimio
""", "invented video link")),
    (A, bad("name_near_miss", S("no_show_followup", "Pancrazio Lumachi", "Benedetta Orsolini", "formal", "regular",
             meeting="Richiamo del vaccino per il cavallo Tornado", at="lunedì 17 gennaio alle 15:00",
             props=["giovedì 27 gennaio alle 15:00"]),
           "Richiamo di Tornado",
           """
Gentile Signor Lumaghi,

lunedì non ci siamo visti per il richiamo del vaccino di Tornado. Spero non sia successo nulla.

Potrei passare in scuderia giovedì 27 gennaio alle 15. Mi fa sapere?

Cordiali saluti,
Benedetta Orsolini
""", "greeting 'Lumaghi' for Lumachi (one letter changed)")),
    (B, bad("time_recap_wrong", S("reschedule", "Severina Castrogiovanni", "Dionigi Perrucci", "formal", "key",
             meeting="Incontro per l'adeguamento del software gestionale", at="mercoledì 23 febbraio alle 14:00",
             props=["martedì 29 febbraio alle 10:00", "giovedì 2 marzo alle 11:00"],
             reason="il fornitore ha rinviato il rilascio dell'aggiornamento"),
           "Gestionale: nuovo incontro",
           """
Gentile Signora Castrogiovanni,

il fornitore ha rinviato il rilascio dell'aggiornamento, quindi l'incontro di mercoledì per l'adeguamento del gestionale va spostato.

Le propongo martedì 29 febbraio alle 10 oppure giovedì 2 marzo alle 11. Se va bene il primo, ci vediamo martedì alle 14!

Cordiali saluti,
Dionigi Perrucci
""", "recap of the first option with the old hour 14 instead of 10")),
    (B, bad("email_invented", S("delegate", "Brunilde Sabatini", "Cirillo Lanzavecchia", "formal", "regular",
             meeting="Lettura del testamento", at="venerdì 25 febbraio alle 11:00",
             col="Agnese Montalbetti", reason="devo assistere a un'asta giudiziaria"),
           "Lettura del testamento",
           """
Gentile Signora Sabatini,

venerdì devo assistere a un'asta giudiziaria. La lettura del testamento si terrà comunque alle 11 con la collega notaia Agnese Montalbetti.

Per qualsiasi domanda può scriverle direttamente a agnese.montalbetti@notaiomontalbetti.it.

Distinti saluti,
Cirillo Lanzavecchia
""", "invented e-mail address for the colleague")),
    (B, bad("phone_invented", S("decline", "Marcello Tagliaferri", "Ortensia Bevilacqua-Riva", "friendly", "regular",
             meeting="Lezione di prova di Pilates con i macchinari", at="giovedì 24 febbraio alle 19:00",
             reason="l'istruttrice è in maternità"),
           "Lezione di prova",
           """
Ciao Marcello,

purtroppo giovedì la lezione di prova di Pilates salta: l'istruttrice è in maternità. Ti ricontatto appena abbiamo una sostituta.

Nel frattempo, se hai domande, chiamami pure al 347 812 6630.

Ortensia
""", "invented mobile number")),
    (B, bad("weekday_wrong", S("switch_to_email", "Enea Mastrangelo", "Pia Candiani", "formal", "new",
             meeting="Preventivo per il buffet della laurea", at="mercoledì 1 marzo alle 17:00",
             reason="sono fuori città per un matrimonio"),
           "Preventivo per il buffet della laurea",
           """
Gentile Signor Mastrangelo,

giovedì 1 marzo sarò fuori città per un matrimonio e non potrò incontrarLa per il preventivo del buffet.

Le propongo di procedere per e-mail: mi indichi numero di ospiti e preferenze, e Le preparo una proposta scritta.

Cordiali saluti,
Pia Candiani
""", "body 'giovedì 1 marzo' (it is a Wednesday)")),
    (C, bad("percent_swapped", S("cancellation_policy", "Rolando Piccirillo", "Nives Ambrosetti", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 20, "deposit_percent": 40}),
           "Sessioni di yoga aziendale: condizioni",
           """
Gentile Signor Piccirillo,

grazie per l'interesse nelle nostre sessioni di yoga aziendale. Le condizioni sono semplici: acconto del 20% alla firma e, per disdette con meno di 48 ore di preavviso, una penale del 40%.

Cordiali saluti,
Nives Ambrosetti
""", "deposit 40% and fee 20% swapped")),
    (C, bad("title_or_company_invented", S("shorten", "Serafina Lopresti", "Giacomo Fadda", "formal", "regular",
             meeting="Verifica dell'impianto di rete del magazzino", at="martedì 21 marzo alle 9:00",
             dur=60, reason="alle 10:30 ho un altro intervento in zona industriale"),
           "Verifica di martedì",
           """
Gentile Signora Lopresti,

martedì alle 10:30 ho un altro intervento in zona industriale: la verifica dell'impianto di rete del magazzino resta alle 9, ma durerà un'ora.

Cordiali saluti,

Giacomo Fadda
Responsabile tecnico senior
Fadda Reti S.r.l.
""", "invented title and company in the signature")),
    (C, bad("policy_invented", S("no_show_followup", "Eufemia Carbonaro", "Nazzareno Pittaluga", "formal", "regular",
             meeting="Lezione di flauto traverso del martedì", at="martedì 14 marzo alle 16:00",
             props=["martedì 21 marzo alle 16:00"]),
           "Lezione di martedì",
           """
Gentile Signora Carbonaro,

martedì non L'ho vista alla lezione di flauto traverso delle 16. Spero stia bene.

Possiamo recuperare martedì 21 marzo alla stessa ora. Le ricordo che, da regolamento della scuola, le lezioni non disdette vengono comunque addebitate.

Cordiali saluti,
Nazzareno Pittaluga
""", "invented rule: missed lessons charged; no policy given")),
    (C, bad("discount_invented", S("reschedule", "Ruggero Marzocchi", "Adelina Sperandio", "friendly", "key",
             meeting="Assaggio delle torte nuziali", at="venerdì 17 marzo alle 15:00",
             props=["mercoledì 22 marzo alle 15:00", "venerdì 24 marzo alle 11:00"],
             reason="il pasticcere è malato"),
           "Assaggio torte: spostiamo?",
           """
Caro Ruggero,

il nostro pasticcere è malato, quindi venerdì l'assaggio delle torte non si può fare.

Ti va mercoledì 22 marzo alle 15 o venerdì 24 alle 11? Per farmi perdonare, la torta dell'assaggio ve la offro io e sul dolce nuziale vi faccio 50 euro in meno.

Un abbraccio,
Adelina
""", "invented 50 euro off")),
    (D, bad("number_invented", S("delegate", "Corradino Fumagalli", "Veronica Sbarbaro", "formal", "regular",
             meeting="Consulenza per la dichiarazione dei redditi", at="giovedì 27 aprile alle 11:00",
             col="Lorenzo Cattaneo-Bassi", reason="sono impegnata in un controllo fiscale presso un altro cliente"),
           "Consulenza di giovedì",
           """
Gentile Signor Fumagalli,

giovedì sarò impegnata in un controllo fiscale presso un altro cliente. La consulenza per la dichiarazione dei redditi, alle 11, sarà seguita dal collega Lorenzo Cattaneo-Bassi.

La prego di portare i documenti entro martedì 2 maggio, così potremo inviare la dichiarazione in tempo.

Cordiali saluti,
Veronica Sbarbaro
""", "invented deadline 'entro martedì 2 maggio'")),
    (D, bad("link_invented", S("switch_to_email", "Gioacchino Randazzo", "Melania Ruffini", "formal", "regular",
             meeting="Revisione della traduzione del sito web", at="mercoledì 3 maggio alle 10:00",
             reason="sono a casa con la febbre"),
           "Traduzione del sito: per iscritto",
           """
Gentile Signor Randazzo,

ho la febbre e mercoledì non potrò venire per la revisione della traduzione del sito. Procediamo per iscritto: ho caricato le mie note su docs.google.com/document/d/randazzo-sito, le trova lì.

Cordiali saluti,
Melania Ruffini
""", "invented document link")),
    (D, bad("place_changed", S("reschedule", "Aurelia Bertinotti", "Sandro Pavesi", "formal", "regular",
             meeting="Sopralluogo del capannone di Lodi", at="venerdì 28 aprile alle 14:00",
             props=["martedì 2 maggio alle 14:00", "giovedì 4 maggio alle 9:00"],
             reason="il geometra del comune non è disponibile"),
           "Sopralluogo del capannone",
           """
Gentile Signora Bertinotti,

il geometra del comune non è disponibile venerdì, quindi il sopralluogo del capannone di Crema va rinviato.

Le propongo martedì 2 maggio alle 14 o giovedì 4 maggio alle 9.

Cordiali saluti,
Sandro Pavesi
""", "place changed: Crema for Lodi")),
    (D, bad("email_invented", S("late_cancellation", "Isotta Moschini", "Orazio Grimaldi", "friendly", "regular",
             meeting="Lezione di yoga in coppia", at="lunedì 24 aprile alle 20:00",
             props=["lunedì 8 maggio alle 20:00"], pol={"notice_hours": 24}, reason="il marito lavorava fino a tardi"),
           "Yoga in coppia",
           """
Ciao Isotta,

tranquilla per lunedì! Vi rimetto in calendario per lunedì 8 maggio alle 20.

La prossima volta avvisatemi almeno 24 ore prima, magari scrivendo a prenotazioni.yogagrimaldi@gmail.com, così la vedo subito.

Orazio
""", "invented booking e-mail address")),
    (E, bad("foreign_paragraph", S("decline", "Emanuele Scaravelli", "Cornelia Tabacchi", "formal", "regular",
             meeting="Presentazione del catering per il congresso", at="mercoledì 14 giugno alle 11:00",
             reason="la nostra cucina è impegnata per un evento della regione"),
           "Presentazione di mercoledì",
           """
Gentile Signor Scaravelli,

mercoledì la nostra cucina è impegnata per un evento della Regione e non potrò presentarLe il catering per il congresso.

Lamento muito este contratempo. Entrarei em contacto consigo assim que tivermos uma nova disponibilidade.

Cordiali saluti,
Cornelia Tabacchi
""", "second paragraph in Portuguese")),
    (E, bad("phone_invented", S("switch_to_call", "Ludovica Pantaleoni", "Ignazio Ferraresi", "formal", "regular",
             meeting="Controllo dell'impianto di videosorveglianza", at="martedì 13 giugno alle 9:30",
             props=["martedì 13 giugno alle 11:00"], reason="il tecnico è bloccato in autostrada"),
           "Videosorveglianza: controllo telefonico",
           """
Gentile Signora Pantaleoni,

il tecnico è bloccato in autostrada e non arriverà in tempo per il controllo dell'impianto di videosorveglianza. Possiamo fare una verifica guidata al telefono martedì alle 11? In caso di problemi ci chiami al numero verde 800 914 227.

Cordiali saluti,
Ignazio Ferraresi
""", "invented toll-free number")),
    (E, bad("title_or_company_invented", S("no_show_followup", "Prospero Gentilini", "Azzurra Maniscalco", "formal", "new",
             meeting="Prima consulenza per la pratica di divorzio", at="giovedì 8 giugno alle 15:00",
             props=["giovedì 15 giugno alle 15:00"]),
           "Appuntamento di ieri",
           """
Gentile Signor Gentilini,

ieri alle 15 L'ho attesa per la prima consulenza sulla pratica di divorzio. Spero non ci siano stati imprevisti.

Se lo desidera, possiamo rivederci giovedì 15 giugno alla stessa ora.

Cordiali saluti,
Avv. Azzurra Maniscalco
Studio Legale Maniscalco & Associati
""", "invented 'Avv.' title and law firm")),
    (E, bad("name_near_miss", S("shorten", "Tiberio Annunziata", "Sofia Lanfranconi", "friendly", "regular",
             meeting="Prova generale con la band", at="sabato 17 giugno alle 16:00",
             dur=90, reason="la sala prove chiude prima"),
           "Prova di sabato",
           """
Ciao Tiberio,

sabato la sala prove chiude prima, quindi la prova generale con la band durerà un'ora e mezza. Si parte alle 16 precise!

Sofia Lanfrancone
""", "sender's own name 'Lanfrancone' for Lanfranconi in the signature")),
]
