"""v9 Italian records, written by hand (data-x, 2026-12-07). 001-020 correct, 021-040 flawed."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v9src._d import A, B, C, D, E


def S(*a, **k):
    return _S("it", *a, **k)


RECORDS = [
(A, ok(S("reschedule", "Ottavia Scarpellini", "Girolamo Bettinelli", "formal", "key",
        meeting="Riunione sul piano di rilancio del frantoio", at="venerdì 22 gennaio alle 11:00",
        props=("martedì 26 gennaio alle 11:00", "giovedì 28 gennaio alle 15:30"),
        reason="il perito agrario ha anticipato il sopralluogo al venerdì"),
    "Piano di rilancio del frantoio: nuova data",
    """Gentile Signora Scarpellini,

il perito agrario ha anticipato il suo sopralluogo proprio a venerdì, e vorrei esserci di persona. Le chiedo quindi di spostare la nostra riunione sul piano di rilancio del frantoio.

Potrebbe andarle bene martedì 26 gennaio, sempre alle 11, oppure giovedì 28 alle 15 e 30?

Mi scuso per il cambio e la ringrazio della disponibilità.

Cordiali saluti,
Girolamo Bettinelli""",
    "correct: 'sempre alle 11', 'giovedì 28 alle 15 e 30', reason paraphrased")),
(A, ok(S("decline", "Lorenzo Pedrazzoli", "Ilaria Fumagalli", "friendly", "regular",
        meeting="Cena di classe del liceo", at="sabato 23 gennaio alle 20:30",
        reason="sabato sono di turno in farmacia fino a tardi"),
    "Cena di classe",
    """Ciao Lorenzo,

che peccato: sabato sono di turno in farmacia fino a tardi, quindi alla cena di classe non ce la faccio. Salutami tutti e fate una foto di gruppo anche per me!

Un abbraccio,
Ilaria""",
    "correct: friendly, first names, no date restated beyond 'sabato'")),
(A, ok(S("no_show_followup", "Benedetta Raimondi-Sarti", "Ugo Castelfranchi", "formal", "new",
        meeting="Prima visita per il preventivo dell'impianto fotovoltaico", at="martedì 19 gennaio alle 9:30",
        props=("lunedì 25 gennaio alle 9:30", "mercoledì 27 gennaio alle 14:00")),
    "Il sopralluogo di ieri",
    """Gentile Signora Raimondi-Sarti,

ieri mattina alle nove e mezza sono passato per la prima visita relativa al preventivo dell'impianto fotovoltaico, ma non ho trovato nessuno. Immagino sia sorto un imprevisto.

Se lo desidera, possiamo riprovare lunedì 25 gennaio alla stessa ora oppure mercoledì 27 gennaio alle 14.

Resto a disposizione.

Cordiali saluti,
Ugo Castelfranchi""",
    "correct: 'ieri mattina alle nove e mezza' from Wed 20, 'alla stessa ora', 'alle 14'")),
(A, ok(S("cancellation_policy", "Filippo Zanardelli", "Marta Boccadoro", "formal", "new",
        meeting="Corso di degustazione del Barolo", at="sabato 30 gennaio alle 16:00",
        pol={"notice_hours": 48, "fee_percent": 50, "deposit_percent": 30}),
    "Corso di degustazione: condizioni di iscrizione",
    """Gentile Signor Zanardelli,

grazie per l'iscrizione al corso di degustazione del Barolo di sabato 30 gennaio alle 16.

Le ricordo le nostre condizioni: all'iscrizione chiediamo un acconto del 30%. In caso di disdetta con meno di due giorni di preavviso (48 ore) viene trattenuta la metà della quota, cioè il 50%.

Un cordiale saluto,
Marta Boccadoro""",
    "correct: acconto 30%, 'due giorni (48 ore)', 'la metà della quota, cioè il 50%'")),
(B, ok(S("shorten", "Teodora Lucchesini", "Emanuele Grisanti", "formal", "regular",
        meeting="Revisione del bilancio della cooperativa", at="martedì 16 marzo alle 10:00", dur=30,
        reason="alle 11 devo essere in tribunale per un'udienza"),
    "Revisione del bilancio: mezz'ora",
    """Gentile Signora Lucchesini,

martedì alle 11 devo essere in tribunale per un'udienza. Le propongo quindi di concentrare la revisione del bilancio della cooperativa in mezz'ora, a partire dalle 10 come previsto.

Le invio prima i punti aperti, così andiamo dritti al sodo.

Cordialmente,
Emanuele Grisanti""",
    "correct: 'mezz'ora' for 30, 11 from the reason")),
(B, ok(S("switch_to_call", "Gianmaria Ferro", "Alessia Pirovano", "friendly", "regular",
        meeting="Caffè per organizzare la gita sociale", at="lunedì 15 marzo alle 8:30",
        props=("lunedì 15 marzo alle 8:00",), reason="ho la macchina dal carrozziere"),
    "Gita sociale: ci sentiamo?",
    """Ciao Gianmaria,

ho la macchina dal carrozziere e lunedì non riesco a raggiungerti per il caffè. Che ne dici di una telefonata alle 8, mezz'ora prima? Così organizziamo la gita sociale senza perdere tempo.

A lunedì,
Alessia""",
    "correct: 'alle 8, mezz'ora prima' computed from given times")),
(B, ok(S("switch_to_email", "Rodolfo Canepa", "Serena Malvezzi", "formal", "regular",
        meeting="Incontro sul rinnovo dell'assicurazione della flotta", at="giovedì 18 marzo alle 14:30",
        reason="le condizioni sono identiche a quelle dell'anno scorso"),
    "Rinnovo assicurazione flotta",
    """Egregio Signor Canepa,

poiché le condizioni del rinnovo sono identiche a quelle dell'anno scorso, non credo sia necessario vederci giovedì 18 marzo. Le propongo di chiudere la pratica per e-mail: le invio la polizza aggiornata da firmare.

Distinti saluti,
Serena Malvezzi""",
    "correct: reason restated, no new number")),
(B, ok(S("delegate", "Clelia Buonarroti", "Amedeo Vitaliani", "formal", "key",
        meeting="Consulenza per la successione dell'azienda agricola", at="venerdì 19 marzo alle 9:00",
        col="Nicoletta Spadafora", reason="sono stato ricoverato per un intervento"),
    "Consulenza di venerdì",
    """Gentile Signora Buonarroti,

a causa di un ricovero per un piccolo intervento non potrò seguire di persona la nostra consulenza di venerdì 19 marzo alle 9. Se ne occuperà la collega Nicoletta Spadafora, che conosce bene la situazione della sua azienda agricola.

Con i miei più cordiali saluti,
Amedeo Vitaliani""",
    "correct: reason paraphrased ('ricovero'), colleague full name")),
(C, ok(S("late_cancellation", "Vittorio Sangalli", "Debora Cremonesi", "formal", "regular",
        meeting="Seduta di logopedia per sua figlia", at="lunedì 7 giugno alle 17:00",
        props=("giovedì 10 giugno alle 17:00",), pol={"notice_hours": 24, "fee_percent": 100}),
    "La seduta di ieri",
    """Gentile Signor Sangalli,

ho ricevuto la sua disdetta per la seduta di logopedia di ieri pomeriggio. Come da regolamento, le sedute disdette con meno di un giorno di preavviso (24 ore) vengono addebitate per intero.

Se crede, posso recuperare giovedì 10 giugno alle 17.

Cordiali saluti,
Debora Cremonesi""",
    "correct: 'un giorno di preavviso (24 ore)', 'per intero' for 100")),
(C, ok(S("reschedule", "Azzurra Tondelli", "Pietro Gallarati", "friendly", "regular",
        meeting="Prova del menù per la festa di compleanno", at="mercoledì 9 giugno alle 18:00",
        props=("lunedì 14 giugno alle 18:00",), reason="il fornitore del pesce ha saltato la consegna"),
    "Prova menù",
    """Ciao Azzurra,

il fornitore del pesce ci ha dato buca con la consegna, quindi domani la prova del menù salterebbe per metà. Ci vediamo lunedì 14 alla stessa ora? Ti prometto che ne varrà la pena.

Pietro""",
    "correct: 'domani' = mercoledì 9 from Tue 8, 'per metà' an idiom about the menu, not a policy")),
(C, ok(S("decline", "Costanza Pagliarini", "Tommaso Lazzerini", "formal", "new",
        meeting="Presentazione del vostro gestionale per le cantine", at="martedì 15 giugno alle 10:00",
        reason="abbiamo appena firmato con un altro fornitore"),
    "Presentazione del software gestionale",
    """Gentile Signora Pagliarini,

la ringrazio per la proposta. Abbiamo però appena firmato un contratto con un altro fornitore, per cui non avrebbe senso impegnare il suo tempo con la presentazione del gestionale per le cantine di martedì 15 giugno.

Le auguro buon lavoro.

Tommaso Lazzerini""",
    "correct: reason restated, date as given")),
(C, ok(S("shorten", "Ettore Mazzacurati", "Giuliana Ferrentino", "friendly", "key",
        meeting="Sessione di prove del coro gospel", at="venerdì 11 giugno alle 21:00", dur=45,
        reason="la palestra chiude alle dieci"),
    "Prove di venerdì",
    """Caro Ettore,

venerdì la palestra chiude alle dieci, quindi faremo una sessione di prove un po' più corta: tre quarti d'ora, dalle 21 in punto. Arriviamo già riscaldati!

Grazie e a venerdì,
Giuliana""",
    "correct: 'tre quarti d'ora' for 45, 'alle dieci' from the reason, 'Caro Ettore' to a key client")),
(D, ok(S("switch_to_call", "Manfredi Occhipinti", "Rebecca Salvadori", "formal", "regular",
        meeting="Sopralluogo per il restauro della facciata", at="martedì 17 agosto alle 9:00",
        props=("martedì 17 agosto alle 12:00", "mercoledì 18 agosto alle 9:00"),
        reason="il ponteggio non è ancora stato montato"),
    "Restauro della facciata: una telefonata",
    """Gentile Signor Occhipinti,

il ponteggio non è ancora montato, quindi un sopralluogo sulla facciata martedì mattina servirebbe a poco. Le propongo di sentirci al telefono: martedì 17 agosto a mezzogiorno, oppure mercoledì 18 agosto alle 9.

Cordiali saluti,
Rebecca Salvadori""",
    "correct: 'a mezzogiorno' for 12:00")),
(D, ok(S("switch_to_email", "Ludovica Tassinari", "Corrado Melis", "friendly", "regular",
        meeting="Riunione per la scaletta del podcast", at="venerdì 20 agosto alle 15:00",
        reason="abbiamo già quasi tutto, mancano due ospiti da confermare"),
    "Scaletta del podcast",
    """Ciao Ludo,

per la scaletta del podcast abbiamo già quasi tutto: mancano solo i due ospiti da confermare. Direi di saltare la riunione di venerdì e chiudere tutto per mail, ti va?

Corrado""",
    "correct: 'Ludo' short form of Ludovica in friendly mail, 'due ospiti' from the reason")),
(D, ok(S("delegate", "Arturo Benvenuti", "Samanta Orlandini", "formal", "regular",
        meeting="Colloquio sul piano di investimento", at="lunedì 23 agosto alle 11:30",
        col="Federico Vannucchi", reason="sarò in ferie fino a fine agosto"),
    "Colloquio del 23 agosto",
    """Egregio Signor Benvenuti,

sarò in ferie fino alla fine di agosto. Il colloquio sul piano di investimento di lunedì 23 agosto alle 11:30 si terrà comunque: la riceverà il mio collega Federico Vannucchi, al quale ho passato il suo fascicolo.

Cordiali saluti,
Samanta Orlandini""",
    "correct: '23 agosto' in the subject is the meeting date")),
(D, ok(S("no_show_followup", "Ginevra Lodigiani", "Cristiano Moratti", "formal", "new",
        meeting="Seconda prova del tight da cerimonia", at="martedì 10 agosto alle 16:00",
        props=("lunedì 16 agosto alle 16:00",), pol={"fee_percent": 50}),
    "La prova di martedì",
    """Gentile Signora Lodigiani,

martedì alle quattro del pomeriggio l'aspettavamo in sartoria per la seconda prova del tight.

Come indicato al momento dell'ordine, per un appuntamento mancato addebitiamo la metà del costo della prova (50%). Possiamo fissare una nuova prova lunedì 16 agosto, sempre alle 16?

Cordiali saluti,
Cristiano Moratti""",
    "correct: 'alle quattro del pomeriggio' for 16:00, 'la metà ... (50%)'")),
(E, ok(S("late_cancellation", "Olimpia Castagnetti", "Raffaele Bordoni", "friendly", "regular",
        meeting="Lezione di vela", at="giovedì 14 ottobre alle 10:00",
        reason="ci ha scritto stamattina che ha la febbre", props=("martedì 19 ottobre alle 10:00",)),
    "Lezione di vela",
    """Ciao Olimpia,

ho letto il tuo messaggio di stamattina: riguardati e niente vela con la febbre! Annulliamo la lezione di domani.

Se ti senti meglio, ci rifacciamo martedì 19 alla stessa ora. Il lago non scappa.

Raffaele""",
    "correct: late cancellation of a coming lesson, 'domani' = giovedì 14 from Wed 13, no policy")),
(E, ok(S("cancellation_policy", "Gualtiero Mancuso", "Elisa Brambati", "formal", "new",
        pol={"notice_hours": 168, "deposit_percent": 20}),
    "Prenotazione della sala per il ricevimento",
    """Gentile Signor Mancuso,

la ringrazio per l'interesse per la nostra sala ricevimenti. Per bloccare la data chiediamo un acconto del 20%; eventuali disdette vanno comunicate con almeno una settimana di anticipo (168 ore).

Resto a sua disposizione per ogni domanda.

Elisa Brambati""",
    "correct: no meeting, 'una settimana (168 ore)'")),
(E, ok(S("reschedule", "Ivano Ciampolini", "Fiorella Guidetti", "formal", "regular",
        meeting="Riunione del consiglio di condominio", at="lunedì 18 ottobre alle 18:30",
        props=("giovedì 21 ottobre alle 18:30", "lunedì 25 ottobre alle 19:00"),
        reason="l'amministratore è fuori città"),
    "Consiglio di condominio: spostamento",
    """Gentile Signor Ciampolini,

l'amministratore sarà fuori città lunedì, per cui le propongo di spostare la riunione del consiglio di condominio a:
- giovedì 21 ottobre, stessa ora (18:30);
- oppure lunedì 25 ottobre alle 19.

Mi faccia sapere quale preferisce.

Cordiali saluti,
Fiorella Guidetti""",
    "correct: list, 'stessa ora (18:30)'")),
(E, ok(S("late_cancellation", "Donatella Sforzini", "Michele Ardissone", "formal", "key",
        meeting="Degustazione privata in cantina", at="lunedì 11 ottobre alle 17:00",
        pol={"notice_hours": 48, "deposit_percent": 25}, reason="disdetta arrivata la mattina stessa"),
    "La degustazione di lunedì",
    """Gentile Signora Sforzini,

abbiamo ricevuto la sua disdetta per la degustazione privata di lunedì alle 17 solo la mattina stessa.

Colgo l'occasione per ricordarle le nostre condizioni: un acconto del 25% alla prenotazione e un preavviso di almeno due giorni (48 ore) per le disdette. Sarà comunque un piacere riaccoglierla in cantina.

Con i migliori saluti,
Michele Ardissone""",
    "correct: policy restated as given, 'due giorni (48 ore)', no consequence added")),
# ---------------------------------------------------------------- flawed
(A, bad("time_swapped", S("reschedule", "Aldo Pellegrinetti", "Chiara Baldacci", "formal", "regular",
        meeting="Revisione del progetto della cucina", at="giovedì 21 gennaio alle 10:00",
        props=("giovedì 21 gennaio alle 16:00",), reason="il mobiliere ritarda con i campioni"),
    "Revisione cucina: ora diversa",
    """Gentile Signor Pellegrinetti,

il mobiliere è in ritardo con i campioni. Le propongo di spostare la revisione del progetto della cucina dalle 16 alle 10 di domani, giovedì 21 gennaio.

Cordiali saluti,
Chiara Baldacci""",
    "time_swapped: 'dalle 16 alle 10' (the meeting is at 10, the new time 16)")),
(A, bad("time_recap_wrong", S("switch_to_call", "Mirella Coppola", "Fabrizio Sgarbossa", "formal", "new",
        meeting="Incontro sul contratto di affitto del negozio", at="martedì 26 gennaio alle 12:00",
        props=("martedì 26 gennaio alle 17:30",), reason="sarò a Bologna per una fiera"),
    "Contratto d'affitto: telefonata martedì alle 17",
    """Gentile Signora Coppola,

martedì sarò a Bologna per una fiera e non potrò incontrarla a mezzogiorno. Possiamo sentirci al telefono lo stesso giorno alle 17:30?

Cordiali saluti,
Fabrizio Sgarbossa""",
    "time_recap_wrong: subject 'alle 17', the slot offered is 17:30")),
(A, bad("weekday_wrong", S("decline", "Rocco Santambrogio", "Veronica Lanfranchi", "formal", "regular",
        meeting="Assemblea dei soci del circolo nautico", at="venerdì 29 gennaio alle 21:00",
        reason="sarò all'estero per lavoro"),
    "Assemblea di giovedì 29 gennaio",
    """Gentile Signor Santambrogio,

la ringrazio per la convocazione all'assemblea dei soci del circolo nautico di venerdì 29 gennaio. Purtroppo sarò all'estero per lavoro e non potrò partecipare.

Cordiali saluti,
Veronica Lanfranchi""",
    "weekday_wrong: subject 'giovedì 29 gennaio' (a Friday); body right")),
(A, bad("percent_swapped", S("no_show_followup", "Nives Dalmasso", "Gabriele Torchio", "formal", "regular",
        meeting="Seduta di fisioterapia respiratoria", at="lunedì 18 gennaio alle 15:00",
        props=("venerdì 22 gennaio alle 15:00",), pol={"fee_percent": 40, "deposit_percent": 10}),
    "La seduta di lunedì",
    """Gentile Signora Dalmasso,

lunedì alle 15 non l'abbiamo vista arrivare per la seduta di fisioterapia respiratoria.

Come da regolamento, per una seduta mancata addebitiamo il 10% del costo, mentre l'acconto del 40% resta a valere sulla prossima seduta. Le proponiamo venerdì 22 gennaio alla stessa ora.

Cordiali saluti,
Gabriele Torchio""",
    "percent_swapped: fee 10% and deposit 40% (given fee 40, deposit 10)")),
(B, bad("policy_invented", S("late_cancellation", "Leonida Barbieri", "Annalisa Crivelli", "formal", "new",
        meeting="Trattamento viso all'acido ialuronico", at="mercoledì 10 marzo alle 11:00",
        props=("martedì 16 marzo alle 11:00",)),
    "Il suo trattamento di ieri",
    """Gentile Signor Barbieri,

ho ricevuto la sua disdetta per il trattamento di ieri mattina. Le ricordo che l'acconto versato alla prenotazione non è rimborsabile, ma può essere usato per il nuovo appuntamento.

Le propongo martedì 16 marzo alle 11.

Cordiali saluti,
Annalisa Crivelli""",
    "policy_invented: a non-refundable acconto, no policy given")),
(B, bad("number_invented", S("switch_to_email", "Gemma Verzotti", "Ruggero Castellani", "formal", "regular",
        meeting="Riunione per il catalogo delle piastrelle", at="martedì 16 marzo alle 14:00",
        reason="bastano le vostre conferme sui colori"),
    "Catalogo piastrelle",
    """Gentile Signora Verzotti,

per il catalogo delle piastrelle ci bastano le vostre conferme sui colori: possiamo evitare la riunione di martedì e procedere per e-mail.

Le allego le 48 schede colore da confermare.

Cordiali saluti,
Ruggero Castellani""",
    "number_invented: '48 schede' nobody gave")),
(B, bad("discount_invented", S("late_cancellation", "Oreste Fumagalli-Negri", "Silvana Pozzoli", "friendly", "regular",
        meeting="Lezione di pilates", at="mercoledì 10 marzo alle 19:00", props=("lunedì 15 marzo alle 19:00",),
        reason="il cliente chiede se può avere uno sconto sul pacchetto", pol={"fee_percent": 100}),
    "Pilates di ieri",
    """Ciao Oreste,

nessun problema per ieri sera. Come sai, la lezione disdetta all'ultimo si paga per intero, ma visto che me lo chiedi ti faccio il 15% di sconto sul prossimo pacchetto.

Ci vediamo lunedì 15 alle 19?

Silvana""",
    "discount_invented: '15% di sconto' licensed only by the reason's request")),
(B, bad("discount_invented", S("reschedule", "Adelaide Marinoni", "Stefano Cuccurullo", "formal", "key",
        meeting="Installazione della nuova caldaia", at="venerdì 12 marzo alle 8:00",
        props=("mercoledì 17 marzo alle 8:00",), reason="il pezzo di ricambio non è arrivato"),
    "Installazione caldaia",
    """Gentile Signora Marinoni,

il pezzo di ricambio non è arrivato in tempo, per cui domani non potremo installare la nuova caldaia. Le propongo mercoledì 17 marzo, sempre alle 8.

Per scusarci del disagio, le scaleremo il costo del sopralluogo dalla fattura.

Cordiali saluti,
Stefano Cuccurullo""",
    "discount_invented: the inspection cost waived, an offer nobody gave")),
(C, bad("link_invented", S("switch_to_call", "Eleonora Bassignana", "Dario Pizzorno", "formal", "regular",
        meeting="Riunione di avanzamento del sito di e-commerce", at="giovedì 10 giugno alle 14:00",
        props=("giovedì 10 giugno alle 14:30",), reason="lo sviluppatore lavora da remoto questa settimana"),
    "Avanzamento e-commerce: videochiamata",
    """Gentile Signora Bassignana,

lo sviluppatore lavora da remoto questa settimana: meglio sentirci in videochiamata giovedì alle 14:30, così potrà partecipare anche lui.

Il collegamento è questo: https://meet.google.com/pzr-ecom-avz

Cordiali saluti,
Dario Pizzorno""",
    "link_invented: a meeting link nobody gave")),
(C, bad("link_invented", S("decline", "Quirino Bellandi", "Patrizia Ronchetti", "friendly", "regular",
        meeting="Torneo di burraco di beneficenza", at="domenica 13 giugno alle 15:00",
        reason="ho promesso a mia madre di accompagnarla al mare"),
    "Torneo di burraco",
    """Ciao Quirino,

domenica ho promesso a mia madre di portarla al mare, quindi salto il torneo di burraco. Però faccio volentieri una donazione: mi mandi il link? Ho visto che c'è la raccolta su gofundme.com/torneo-burraco-beneficenza, va bene quella?

Patrizia""",
    "link_invented: a fundraising address nobody gave")),
(C, bad("email_invented", S("delegate", "Carolina Vescovi", "Marcello Dondi", "formal", "regular",
        meeting="Consulenza sulla dichiarazione dei redditi", at="venerdì 11 giugno alle 10:00",
        col="Tiziana Zamperini", reason="devo assistere un cliente in una verifica fiscale"),
    "Consulenza di venerdì",
    """Gentile Signora Vescovi,

venerdì devo assistere un cliente durante una verifica fiscale. La consulenza sulla sua dichiarazione dei redditi si terrà comunque alle 10 con la mia collega Tiziana Zamperini.

Per inviarle i documenti può scriverle a t.zamperini@libero.it.

Cordiali saluti,
Marcello Dondi""",
    "email_invented: a private address of the colleague")),
(C, bad("email_invented", S("no_show_followup", "Baldassarre Ricci-Lunardi", "Francesca Astolfi", "formal", "new",
        meeting="Colloquio di orientamento per la scelta della facoltà", at="lunedì 7 giugno alle 16:00",
        props=("mercoledì 16 giugno alle 16:00",)),
    "Il colloquio di ieri",
    """Gentile Signor Ricci-Lunardi,

ieri alle 16 l'aspettavo per il colloquio di orientamento sulla scelta della facoltà. Se vuole, possiamo recuperarlo mercoledì 16 giugno alla stessa ora.

Per confermare può scrivere direttamente alla segreteria: orientamento.astolfi@gmail.com.

Cordiali saluti,
Francesca Astolfi""",
    "email_invented: a contact address nobody gave")),
(D, bad("phone_invented", S("reschedule", "Loredana Casagrande", "Enrico Morganti", "formal", "regular",
        meeting="Visita dell'appartamento in via Saragozza", at="venerdì 13 agosto alle 17:00",
        props=("martedì 17 agosto alle 17:00", "mercoledì 18 agosto alle 10:00"),
        reason="gli inquilini attuali partono solo lunedì"),
    "Visita dell'appartamento",
    """Gentile Signora Casagrande,

gli inquilini attuali lasciano l'appartamento di via Saragozza solo lunedì; preferirei quindi spostare la visita a martedì 17 agosto, stessa ora, o a mercoledì 18 alle 10.

Per qualsiasi cosa mi trova al 335 728 4190.

Cordiali saluti,
Enrico Morganti""",
    "phone_invented: a mobile number nobody gave")),
(D, bad("phone_invented", S("switch_to_call", "Lamberto Chiesa", "Agnese Fantoni", "friendly", "regular",
        meeting="Pranzo per parlare del matrimonio di Giulia", at="lunedì 16 agosto alle 13:00",
        props=("lunedì 16 agosto alle 18:00",), reason="sono bloccata in ufficio tutto il giorno"),
    "Lunedì ci sentiamo",
    """Ciao Lamberto,

lunedì sono bloccata in ufficio tutto il giorno, niente pranzo. Ti chiamo alle sei di sera per parlare del matrimonio di Giulia? Se preferisci chiamami tu sul fisso, 051 644 2873.

Agnese""",
    "phone_invented: a landline nobody gave")),
(D, bad("title_or_company_invented", S("decline", "Tullio Marchesini", "Beatrice Locatelli", "formal", "new",
        meeting="Presentazione del servizio di catering aziendale", at="mercoledì 18 agosto alle 11:00",
        reason="la mensa interna copre già tutte le nostre esigenze"),
    "Servizio di catering",
    """Gentile Signor Marchesini,

la ringrazio per l'interesse. La nostra mensa interna copre già tutte le esigenze del personale, quindi non credo che la presentazione di mercoledì 18 agosto ci sarebbe utile.

Cordiali saluti,
Beatrice Locatelli
Responsabile acquisti""",
    "title_or_company_invented: a job title under the signature")),
(D, bad("title_or_company_invented", S("shorten", "Settimio Barberis", "Nadia Roversi", "formal", "regular",
        meeting="Riunione trimestrale con i fornitori di imballaggi", at="giovedì 19 agosto alle 9:30", dur=40,
        reason="nel pomeriggio parto per un congresso"),
    "Riunione trimestrale di giovedì",
    """Gentile Signor Barberis,

giovedì pomeriggio parto per un congresso; le chiederei di contenere la riunione trimestrale in quaranta minuti, sempre dalle 9:30.

La ringrazio,
Nadia Roversi
Cartotecnica Roversi S.r.l.""",
    "title_or_company_invented: a company line under the signature")),
(E, bad("name_near_miss", S("reschedule", "Eufemia Tagliabue", "Ascanio Perotti", "formal", "regular",
        meeting="Controllo annuale dell'impianto di allarme", at="venerdì 15 ottobre alle 9:00",
        props=("mercoledì 20 ottobre alle 9:00",), reason="il tecnico è in malattia"),
    "Controllo dell'impianto di allarme",
    """Gentile Signora Tagliabui,

il tecnico è in malattia, quindi dobbiamo spostare il controllo annuale del suo impianto di allarme. Le andrebbe bene mercoledì 20 ottobre alla stessa ora?

Cordiali saluti,
Ascanio Perotti""",
    "name_near_miss: 'Tagliabui' for Tagliabue (one edit)")),
(E, bad("name_near_miss", S("delegate", "Primo Vaccarezza", "Lucia Bertolazzi", "formal", "regular",
        meeting="Udienza preliminare per la causa di confine", at="giovedì 21 ottobre alle 9:30",
        col="Gaspare Montefusco", reason="ho un'altra udienza in Corte d'appello"),
    "Udienza di giovedì",
    """Gentile Signor Vaccarezza,

giovedì mattina ho un'altra udienza in Corte d'appello. All'udienza preliminare per la causa di confine la assisterà quindi il collega Gaspare Montefuso, che ha già studiato il fascicolo.

Cordiali saluti,
Lucia Bertolazzi""",
    "name_near_miss: colleague 'Montefuso' for Montefusco")),
(E, bad("place_changed", S("switch_to_email", "Amalia Pesce", "Vittorino Gambarotta", "formal", "regular",
        meeting="Incontro sul noleggio del pullman per la gita a Ravenna", at="martedì 19 ottobre alle 17:00",
        reason="mi basta sapere il numero definitivo di partecipanti"),
    "Pullman per la gita",
    """Gentile Signora Pesce,

per il noleggio del pullman per la gita a Rimini mi basta conoscere il numero definitivo di partecipanti: possiamo quindi evitare l'incontro di martedì e sentirci per e-mail.

Cordiali saluti,
Vittorino Gambarotta""",
    "place_changed: Rimini for Ravenna")),
(E, bad("foreign_paragraph", S("no_show_followup", "Cosimo Ventrella", "Rosanna Pittaluga", "formal", "new",
        meeting="Visita di valutazione della villa", at="martedì 12 ottobre alle 11:00",
        props=("venerdì 15 ottobre alle 11:00",)),
    "La visita di ieri",
    """Gentile Signor Ventrella,

ieri alle 11 ero alla villa per la visita di valutazione, ma non ho trovato nessuno.

Posso tornare venerdì 15 ottobre alla stessa ora. Si quiere, también puedo enviarle antes un resumen de los documentos que necesito.

Cordiali saluti,
Rosanna Pittaluga""",
    "foreign_paragraph: a Spanish sentence closing the second paragraph")),
]
