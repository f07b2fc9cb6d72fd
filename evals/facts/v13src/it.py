"""v13, Italian: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v13src._d import A, B, C, D, E


def S(*a, **k):
    return _S("it", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Ottavia Brunelleschi", "Michele Zanardo", "formal", "regular",
             meeting="Accordatura del pianoforte verticale", at="giovedì 20 luglio alle 10:00",
             props=["martedì 25 luglio alle 10:00", "mercoledì 26 luglio alle 15:30"],
             reason="mi manca ancora una corda di ricambio"),
           "Accordatura del pianoforte: nuova data",
           """
Gentile Signora Brunelleschi,

purtroppo devo spostare l'accordatura del Suo pianoforte prevista per giovedì alle 10: sto ancora aspettando una corda di ricambio e preferisco fare il lavoro in una volta sola.

Posso proporLe:
– martedì 25/7, sempre alle 10;
– oppure mercoledì 26 luglio alle 15.30.

Mi scuso per il disagio.

Cordiali saluti,
Michele Zanardo
""", "correct: '25/7', 'sempre alle 10', '15.30', 'in una volta sola' idiom")),
    (A, ok(S("decline", "Tommaso Veronesi", "Giada Malfatti", "friendly", "regular",
             meeting="Arrampicata di prova con il vostro gruppo scout", at="venerdì 21 luglio alle 17:00",
             reason="la parete grande è chiusa per manutenzione"),
           "Venerdì in palestra",
           """
Ciao Tommaso,

venerdì pomeriggio la parete grande resta chiusa per manutenzione, quindi la prova con il gruppo scout alle 17 salta. Mi dispiace!

Appena riapre ti scrivo e troviamo un altro giorno.

A presto,
Giada
""", "correct: short, friendly, first-name signature")),
    (A, ok(S("switch_to_email", "Ludovica Ferracin", "Edoardo Cattaneo", "formal", "key",
             meeting="Revisione del bilancio consolidato del gruppo Ferracin", at="lunedì 24 luglio alle 9:30",
             reason="i dati delle controllate arriveranno a fine mese"),
           "Bilancio consolidato: procediamo per e-mail",
           """
Gentile Dottoressa Ferracin,

poiché i dati delle controllate arriveranno solo a fine mese, Le propongo di sostituire l'incontro di lunedì 24 luglio alle 9.30 con uno scambio per e-mail sulla revisione del bilancio consolidato.

Le invierò le mie domande non appena avrò i numeri.

Cordiali saluti,
Edoardo Cattaneo
""", "correct: 'Dottoressa' + surname, '9.30'")),
    (A, ok(S("no_show_followup", "Arnaldo Pescarolo", "Serena Dall'Olio", "formal", "new",
             meeting="Prima seduta di logopedia per Matilde", at="lunedì 17 luglio alle 16:00",
             props=["giovedì 27 luglio alle 16:00"], pol={"notice_hours": 24, "fee_percent": 50}),
           "Seduta di Matilde di lunedì",
           """
Gentile Signor Pescarolo,

lunedì alle 16 aspettavo Matilde per la prima seduta di logopedia, ma non vi ho visti arrivare.

Come previsto dalle condizioni accettate, le sedute non disdette almeno 24 ore prima vengono addebitate al 50%, cioè la metà della tariffa.

Se vuole, possiamo ripartire giovedì 27 luglio alla stessa ora.

Cordiali saluti,
Serena Dall'Olio
""", "correct: 'la metà' with 50%, 'alla stessa ora'")),
    (B, ok(S("shorten", "Beatrice Lomazzi", "Fabrizio Orlandini", "friendly", "key",
             meeting="Degustazione dei vini per il menù autunnale", at="giovedì 31 agosto alle 18:00", dur=40,
             reason="devo chiudere la cantina per l'arrivo di un carico"),
           "Degustazione di giovedì: un po' più breve",
           """
Cara Beatrice,

giovedì alle 18 ci vediamo come previsto per i vini del menù autunnale, ma dovrò stringere a una quarantina di minuti: subito dopo arriva un carico in cantina.

Se ti preparo prima le schede degli abbinamenti, andiamo dritti al sodo.

Un abbraccio,
Fabrizio
""", "correct: 40 as 'una quarantina di minuti', 'dritti al sodo' idiom")),
    (B, ok(S("late_cancellation", "Gianfranco Albertazzi", "Noemi Sciacca", "formal", "regular",
             meeting="Posa della cucina su misura", at="lunedì 28 agosto alle 8:00",
             props=["mercoledì 6 settembre alle 8:00", "giovedì 7 settembre alle 8:00"],
             pol={"notice_hours": 48, "deposit_percent": 30}),
           "Posa della cucina: annullamento e nuove date",
           """
Gentile Signor Albertazzi,

abbiamo ricevuto la Sua disdetta per la posa della cucina di lunedì 28 agosto meno di due giorni prima dell'intervento. Secondo le nostre condizioni (preavviso di 48 ore), l'acconto del 30% viene quindi trattenuto.

Per la posa possiamo tornare mercoledì 6 o giovedì 7 settembre, in entrambi i casi alle 8.

Resto in attesa di una Sua conferma.

Distinti saluti,
Noemi Sciacca
""", "correct: 48 ore also as 'due giorni', both dates at 8")),
    (B, ok(S("delegate", "Costanza Ruggeri", "Alvise Bortolami", "formal", "new",
             meeting="Onboarding del vostro team sulla piattaforma Fatturix", at="martedì 5 settembre alle 11:00",
             col="Irene Mastrangelo"),
           "Onboarding Fatturix del 5 settembre",
           """
Gentile Signora Ruggeri,

l'onboarding del Suo team su Fatturix resta confermato per martedì 5 settembre alle 11:00; lo condurrà la mia collega Irene Mastrangelo.

Per qualsiasi domanda può rispondere a questa e-mail.

Cordiali saluti,
Alvise Bortolami
""", "correct: colleague named in full; 'rispondere a questa e-mail' is no new address")),
    (B, ok(S("cancellation_policy", "Ettore Quaglia", "Marina Ciampoli", "friendly", "new",
             pol={"notice_hours": 24}),
           "Come funzionano le disdette",
           """
Ciao Ettore,

benvenuto in palestra! Solo una cosa pratica: se non puoi venire a una lezione, avvisaci almeno 24 ore prima, così possiamo dare il posto a qualcun altro.

Tutto qui, nessuna complicazione.

A presto sulle prese,
Marina
""", "correct: notice only, no meeting, no fee mentioned")),
    (C, ok(S("switch_to_call", "Raimondo Falcone", "Chiara Benvenuti", "formal", "regular",
             meeting="Sopralluogo per il giardino pensile", at="venerdì 29 settembre alle 14:00",
             props=["lunedì 2 ottobre alle 9:00"], reason="il cantiere di Bergamo mi tiene impegnata tutta la settimana"),
           "Giardino pensile: una telefonata?",
           """
Gentile Signor Falcone,

il cantiere di Bergamo mi terrà impegnata per tutta la settimana e non riuscirò a venire venerdì alle 14 per il sopralluogo del giardino pensile.

Potremmo sentirci per telefono lunedì 2 ottobre alle 9? Mi basterebbero le foto del terrazzo per iniziare.

Cordiali saluti,
Chiara Benvenuti
""", "correct: call at the given time, 'foto' requested is no fact")),
    (C, ok(S("reschedule", "Filippa Moretto", "Dario Spinazzola", "friendly", "regular",
             meeting="Prova dei bouquet per le damigelle", at="lunedì 2 ottobre alle 17:30",
             props=["giovedì 5 ottobre alle 17:30"], reason="le peonie sono rimaste bloccate in dogana"),
           "Prova bouquet: spostiamo a giovedì?",
           """
Ciao Filippa,

le peonie sono ferme in dogana e senza di loro la prova dei bouquet per le damigelle non avrebbe senso.

Ti andrebbe giovedì 5 ottobre, stesso orario (17:30)? Incrocio le dita per la consegna!

Un caro saluto,
Dario
""", "correct: 'stesso orario', 'incrocio le dita'")),
    (C, ok(S("late_cancellation", "Ivo Tramontin", "Rebecca Canepa", "formal", "key",
             meeting="Cena di degustazione con il sommelier", at="martedì 26 settembre alle 20:00",
             pol={"notice_hours": 72, "fee_percent": 100}),
           "Cena di degustazione di martedì",
           """
Gentile Signor Tramontin,

ho ricevuto la Sua disdetta per la cena di degustazione di ieri sera. Mi dispiace doverLe ricordare che, per le disdette con meno di 72 ore di preavviso, la nostra politica prevede l'addebito dell'intero importo (100%).

Sarà un piacere riaverLa presto nostro ospite.

Cordiali saluti,
Rebecca Canepa
""", "correct: 'ieri sera' for the day before, 'intero importo (100%)'")),
    (C, ok(S("decline", "Gaia Fontanesi", "Lamberto Corradini", "formal", "new",
             meeting="Revisione delle procedure di magazzino", at="mercoledì 4 ottobre alle 10:00",
             props=["venerdì 6 ottobre alle 10:00"], reason="ho un'ispezione imprevista presso un altro cliente"),
           "Incontro del 4 ottobre",
           """
Gentile Signora Fontanesi,

un'ispezione imprevista presso un altro cliente mi impedisce di essere da voi mercoledì 4 ottobre alle 10 per la revisione delle procedure di magazzino.

Se per Lei va bene, potrei venire venerdì, alla stessa ora. Mi scuso per il breve preavviso.

Cordiali saluti,
Lamberto Corradini
""", "correct: 'venerdì, alla stessa ora' for venerdì 6 ottobre alle 10, 'breve preavviso' no number")),
    (D, ok(S("shorten", "Aurelio Bassani", "Vittoria Scarpellini", "formal", "regular",
             meeting="Seduta di logopedia di Pietro", at="giovedì 26 ottobre alle 15:00", dur=30),
           "Seduta di Pietro di giovedì",
           """
Gentile Signor Bassani,

Le confermo la seduta di Pietro di giovedì 26 ottobre alle 15, che però questa volta durerà mezz'ora.

Cordiali saluti,
Vittoria Scarpellini
""", "correct: very short, 30 as 'mezz'ora'")),
    (D, ok(S("switch_to_email", "Simonetta Perin", "Giacomo Volpato", "friendly", "regular",
             meeting="Scelta delle piante per le aiuole del condominio", at="venerdì 27 ottobre alle 11:00"),
           "Aiuole del condominio",
           """
Ciao Simonetta,

per le aiuole del condominio direi di non vederci venerdì: ti mando entro qualche giorno una proposta con foto e nomi delle piante, così la puoi girare anche agli altri condomini.

Fammi sapere cosa ne pensate!

Giacomo
""", "correct: switch to mail, 'qualche giorno' vague, no number")),
    (D, ok(S("no_show_followup", "Corrado Lanzillotta", "Elisa Marchetto", "friendly", "key",
             meeting="Corso di arrampicata su corda per principianti", at="lunedì 23 ottobre alle 19:00",
             props=["lunedì 30 ottobre alle 19:00", "mercoledì 1° novembre alle 18:00"]),
           "Ti abbiamo aspettato ieri",
           """
Ciao Corrado,

ieri sera al corso su corda ti abbiamo aspettato, tutto bene?

Se vuoi recuperare, c'è posto lunedì prossimo (30/10) alla stessa ora oppure mercoledì 1° novembre alle 18. Dimmi tu!

Un saluto,
Elisa
""", "correct: 'ieri sera' for the day before, '30/10', '1° novembre'")),
    (D, ok(S("reschedule", "Loredana Iacobelli", "Nicolò Sartor", "formal", "key",
             meeting="Consegna e montaggio dei pensili della cucina", at="martedì 31 ottobre alle 8:30",
             props=["giovedì 2 novembre alle 8:30"], reason="il fornitore ha consegnato ante del colore sbagliato"),
           "Montaggio dei pensili: nuova data",
           """
Gentile Signora Iacobelli,

il fornitore ci ha consegnato le ante dei pensili nel colore sbagliato: abbiamo già chiesto la sostituzione, ma non arriveranno in tempo per martedì.

Le proponiamo quindi di spostare consegna e montaggio a giovedì 2 novembre, sempre alle 8.30.

Ci scusiamo per l'inconveniente.

Cordiali saluti,
Nicolò Sartor
""", "correct: reason told in more words, 'sempre alle 8.30'")),
    (E, ok(S("cancellation_policy", "Anselmo Guarnieri", "Teresa Dalmasso", "formal", "new",
             meeting="Accordatura e regolazione del pianoforte a coda", at="lunedì 4 dicembre alle 9:00",
             pol={"notice_hours": 48, "fee_percent": 50, "deposit_percent": 20}),
           "Condizioni per l'intervento del 4 dicembre",
           """
Gentile Signor Guarnieri,

in vista dell'accordatura e regolazione del Suo pianoforte a coda di lunedì 4 dicembre alle 9, Le riassumo le nostre condizioni:

1. alla conferma è richiesto un acconto del 20%;
2. la disdetta è gratuita fino a 48 ore prima;
3. in caso di disdetta più tardiva viene addebitato il 50% dell'importo.

Restando a disposizione, Le porgo cordiali saluti.

Teresa Dalmasso
""", "correct: numbered list (1-3 are list numbers), three terms each with its own number")),
    (E, ok(S("delegate", "Mirella Castagnoli", "Ugo Ferretti", "friendly", "regular",
             meeting="Degustazione dei passiti per la vostra enoteca", at="martedì 5 dicembre alle 16:00",
             col="Sara Brambati", reason="sarò alla fiera di Verona"),
           "Passiti: ci pensa Sara",
           """
Ciao Mirella,

martedì sarò alla fiera di Verona, quindi alla degustazione dei passiti alle 16 ci sarà Sara Brambati al posto mio. Conosce quei vini meglio di me, sei in ottime mani.

Un abbraccio,
Ugo
""", "correct: colleague full name, friendly")),
    (E, ok(S("late_cancellation", "Rodolfo Scaramuzza", "Agnese Valsecchi", "formal", "regular",
             meeting="Preparazione dei centrotavola per il pranzo aziendale", at="martedì 28 novembre alle 10:00",
             props=["mercoledì 6 dicembre alle 10:00"]),
           "Centrotavola: nuova data",
           """
Gentile Signor Scaramuzza,

ho preso nota della disdetta per la preparazione dei centrotavola di martedì. Nessun problema: possiamo rivederci mercoledì 6 dicembre alle 10.

Cordiali saluti,
Agnese Valsecchi
""", "correct: short, no policy given and none mentioned")),
    (E, ok(S("switch_to_call", "Benedetta Gualtieri", "Oscar Peruzzi", "friendly", "new",
             meeting="Presentazione dei report di Fatturix al vostro CdA", at="giovedì 7 dicembre alle 14:30",
             props=["venerdì 8 dicembre alle 9:30"]),
           "Report Fatturix: ne parliamo al telefono?",
           """
Ciao Benedetta,

per la presentazione dei report di Fatturix, invece di venire da voi giovedì alle 14.30, ti propongo una telefonata venerdì 8 dicembre alle 9.30: ti mostro tutto a schermo condiviso e rispondo alle domande del CdA.

Va bene per te?

Ciao e grazie,
Oscar
""", "correct: '14.30' as the old time, '9.30' new")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Ornella Cavazzuti", "Pietro Lunardelli", "formal", "regular",
             meeting="Ispezione dei conti del circolo nautico", at="martedì 25 luglio alle 9:00",
             props=["giovedì 27 luglio alle 9:00"]),
           "Ispezione dei conti: spostamento",
           """
Gentile Signora Cavazzuti,

devo spostare l'ispezione dei conti del circolo nautico prevista per giovedì 27 luglio alle 9. Le propongo martedì 25 luglio, stessa ora.

Cordiali saluti,
Pietro Lunardelli
""", "old (martedì 25) and new (giovedì 27) swapped")),
    (A, bad("time_recap_wrong", S("switch_to_call", "Cosimo Varriale", "Daniela Ostuni", "friendly", "regular",
             meeting="Scelta dei fiori per la vetrina estiva", at="giovedì 20 luglio alle 11:00",
             props=["venerdì 21 luglio alle 11:00"]),
           "Vetrina estiva: sentiamoci al telefono",
           """
Ciao Cosimo,

per la vetrina estiva non serve vederci giovedì: ti propongo una telefonata venerdì 21 luglio alle 11, ti mando prima qualche foto.

Allora ci sentiamo giovedì alle 11!

Daniela
""", "recap says 'giovedì' (the old day); the call is venerdì")),
    (A, bad("weekday_wrong", S("no_show_followup", "Tiziana Morganti", "Luca Benassi", "formal", "new",
             meeting="Valutazione logopedica dell'adulto", at="venerdì 14 luglio alle 10:00",
             props=["mercoledì 26 luglio alle 10:00"]),
           "Valutazione del 14 luglio",
           """
Gentile Signora Morganti,

non L'abbiamo vista venerdì 14 luglio alle 10 per la valutazione logopedica. Se desidera, possiamo fissarla martedì 26 luglio alla stessa ora.

Cordiali saluti,
Luca Benassi
""", "'martedì 26 luglio' in the body: 26 July 2028 is a Wednesday")),
    (A, bad("percent_swapped", S("cancellation_policy", "Federico Mancuso", "Roberta Lentini", "formal", "new",
             pol={"notice_hours": 48, "fee_percent": 60, "deposit_percent": 25}),
           "Le nostre condizioni di disdetta",
           """
Gentile Signor Mancuso,

grazie per aver scelto il nostro studio. Le riassumo le condizioni: alla prenotazione chiediamo un acconto del 60%; disdire è gratuito fino a 48 ore prima, poi si addebita il 25% del compenso.

Cordiali saluti,
Roberta Lentini
""", "deposit 25% and fee 60% swapped")),
    (B, bad("policy_invented", S("late_cancellation", "Sabrina Cantarutti", "Walter Ghezzi", "formal", "regular",
             meeting="Potatura degli ulivi", at="venerdì 25 agosto alle 8:00",
             props=["martedì 5 settembre alle 8:00"]),
           "Potatura degli ulivi",
           """
Gentile Signora Cantarutti,

abbiamo ricevuto la Sua disdetta per la potatura degli ulivi di venerdì scorso. Come da prassi, l'acconto versato non è rimborsabile.

Possiamo tornare martedì 5 settembre alle 8.

Cordiali saluti,
Walter Ghezzi
""", "non-refundable deposit invented, no policy given")),
    (B, bad("number_invented", S("shorten", "Elio Santarossa", "Carlotta Pizzolato", "friendly", "regular",
             meeting="Sessione di onboarding sui flussi di approvazione", at="mercoledì 6 settembre alle 14:00", dur=45),
           "Onboarding di mercoledì",
           """
Ciao Elio,

mercoledì alle 14 ci vediamo per i flussi di approvazione, ma stringiamo a 45 minuti.

Riusciamo comunque a configurare tutti i 12 utenti del tuo team.

A mercoledì,
Carlotta
""", "'12 utenti' nobody gave")),
    (B, bad("discount_invented", S("decline", "Graziella Fumagalli", "Massimo Tedeschi", "formal", "key",
             meeting="Consulenza sulla carta dei vini", at="giovedì 7 settembre alle 15:00",
             reason="la cliente chiedeva uno sconto per la consulenza"),
           "Consulenza del 7 settembre",
           """
Gentile Signora Fumagalli,

purtroppo non potrò esserci giovedì 7 settembre alle 15 per la consulenza sulla carta dei vini.

Come mi aveva chiesto, per la prossima consulenza Le riservo uno sconto del 15%.

Cordiali saluti,
Massimo Tedeschi
""", "15% discount offered because the reason mentions a request")),
    (B, bad("link_invented", S("switch_to_email", "Oreste Bonfiglio", "Lucia Ranieri", "formal", "regular",
             meeting="Aggiornamento sulla migrazione a Fatturix", at="lunedì 4 settembre alle 10:00"),
           "Migrazione Fatturix: aggiornamento scritto",
           """
Gentile Signor Bonfiglio,

Le propongo di sostituire l'incontro di lunedì 4 settembre alle 10 con un aggiornamento scritto sulla migrazione a Fatturix.

Può seguire lo stato di avanzamento in tempo reale su https://stato.fatturix.it/migrazione.

Cordiali saluti,
Lucia Ranieri
""", "link nobody gave")),
    (C, bad("email_invented", S("delegate", "Valeria Cortellini", "Bruno Sacchetto", "formal", "regular",
             meeting="Progetto della cucina per la casa al lago", at="martedì 3 ottobre alle 17:00",
             col="Davide Peroni"),
           "Progetto della cucina: Davide Peroni",
           """
Gentile Signora Cortellini,

martedì 3 ottobre alle 17 non potrò esserci; il progetto della cucina per la casa al lago Le verrà presentato dal mio collega Davide Peroni.

Per le misure può scrivergli anche a davide.peroni79@libero.it.

Cordiali saluti,
Bruno Sacchetto
""", "private e-mail address nobody gave")),
    (C, bad("phone_invented", S("reschedule", "Ilario Benedetti", "Silvana Caputo", "friendly", "regular",
             meeting="Accordatura dell'arpa prima del saggio", at="venerdì 29 settembre alle 16:00",
             props=["martedì 3 ottobre alle 16:00"]),
           "Accordatura dell'arpa",
           """
Ciao Ilario,

devo spostare l'accordatura dell'arpa: ti andrebbe martedì 3 ottobre alle 16?

Se preferisci, chiamami al 347 812 9056.

Silvana
""", "mobile number nobody gave")),
    (C, bad("title_or_company_invented", S("switch_to_call", "Nadia Ferrigni-Olmo", "Franco Zuliani", "formal", "key",
             meeting="Analisi dei controlli interni sugli acquisti", at="giovedì 5 ottobre alle 9:00",
             props=["giovedì 5 ottobre alle 11:00"]),
           "Controlli interni: in videochiamata",
           """
Gentile Dottoressa Ferrigno,

Le propongo di svolgere l'analisi dei controlli interni sugli acquisti in videochiamata, lo stesso giovedì 5 ottobre ma alle 11 invece che alle 9.

Cordiali saluti,
Franco Zuliani
Senior Partner – Zuliani & Associati Revisori
""", "title and firm under signature nobody gave")),
    (C, bad("name_near_miss", S("late_cancellation", "Gianluca Bevilacqua", "Marta Scognamiglio", "formal", "new",
             meeting="Lezione privata di arrampicata", at="lunedì 25 settembre alle 18:00",
             pol={"notice_hours": 24, "fee_percent": 50}),
           "Lezione di lunedì",
           """
Gentile Signor Bevilaqua,

ho ricevuto la disdetta della lezione privata di lunedì meno di 24 ore prima: secondo le nostre condizioni viene addebitato il 50% della quota.

Cordiali saluti,
Marta Scognamiglio
""", "'Bevilaqua' for Bevilacqua (letter dropped)")),
    (D, bad("place_changed", S("decline", "Rosalba Pittaluga", "Enrico Mazzocchi", "formal", "new",
             meeting="Sopralluogo del parco della villa di Como", at="lunedì 30 ottobre alle 10:00",
             reason="siamo al completo fino a primavera"),
           "Sopralluogo del 30 ottobre",
           """
Gentile Signora Pittaluga,

siamo al completo fino a primavera e non possiamo quindi venire lunedì 30 ottobre alle 10 per il sopralluogo del parco della villa di Lecco.

La ringrazio per aver pensato a noi.

Cordiali saluti,
Enrico Mazzocchi
""", "'Lecco' for Como inside the meeting")),
    (D, bad("foreign_paragraph", S("reschedule", "Gemma Valentini", "Raffaele Pinto", "friendly", "regular",
             meeting="Degustazione di bollicine per il matrimonio", at="venerdì 27 ottobre alle 18:00",
             props=["martedì 31 ottobre alle 18:00"]),
           "Bollicine: cambiamo giorno?",
           """
Ciao Gemma,

per la degustazione di bollicine del matrimonio dovrei spostarmi da venerdì a martedì 31 ottobre, sempre alle 18.

Si te viene bien, te guardo las botellas y lo hablamos con calma ese día.

Un abbraccio,
Raffaele
""", "a Spanish paragraph inside an Italian mail")),
    (D, bad("discount_invented", S("no_show_followup", "Amedeo Carlesso", "Francesca Nobiloni", "formal", "regular",
             meeting="Seduta di logopedia per la balbuzie", at="venerdì 20 ottobre alle 17:00",
             props=["giovedì 2 novembre alle 17:00"]),
           "Seduta di venerdì",
           """
Gentile Signor Carlesso,

venerdì non L'ho vista alla seduta delle 17. Possiamo recuperarla giovedì 2 novembre alla stessa ora; per venirLe incontro, la prossima seduta Le costerà il 20% in meno.

Cordiali saluti,
Francesca Nobiloni
""", "20% discount nobody gave")),
    (D, bad("link_invented", S("cancellation_policy", "Salvatore Capuana", "Elena Boscolo", "formal", "new",
             meeting="Installazione della cucina", at="giovedì 2 novembre alle 8:00",
             pol={"notice_hours": 72, "deposit_percent": 40}),
           "Installazione del 2 novembre: condizioni",
           """
Gentile Signor Capuana,

prima dell'installazione della cucina di giovedì 2 novembre alle 8, Le ricordo che l'acconto del 40% viene restituito solo in caso di disdetta con almeno 72 ore di preavviso.

Le condizioni complete sono su www.boscolocucine.it/condizioni.

Cordiali saluti,
Elena Boscolo
""", "link nobody gave")),
    (E, bad("email_invented", S("switch_to_email", "Fiorella Lucchesi", "Stefano Ardizzone", "friendly", "regular",
             meeting="Composizioni natalizie per l'hotel", at="lunedì 4 dicembre alle 15:00"),
           "Composizioni natalizie",
           """
Ciao Fiorella,

per le composizioni natalizie dell'hotel facciamo tutto per e-mail invece di vederci lunedì: scrivimi pure al mio indirizzo personale, stefano.ardi@gmail.com, così non si perde nulla.

Stefano
""", "private address nobody gave")),
    (E, bad("phone_invented", S("late_cancellation", "Leonzio Fabbrini", "Carla Venturini", "formal", "key",
             meeting="Verifica di fine anno dei registri IVA", at="lunedì 27 novembre alle 9:00",
             props=["martedì 5 dicembre alle 9:00"]),
           "Verifica dei registri IVA",
           """
Gentile Dottor Fabbrini,

ho ricevuto la disdetta della verifica di lunedì. Possiamo svolgerla martedì 5 dicembre alle 9.

Per confermare, può chiamare la mia segreteria allo 02 4857 3310.

Cordiali saluti,
Carla Venturini
""", "office phone nobody gave")),
    (E, bad("title_or_company_invented", S("shorten", "Marisa Colombo", "Gabriele Trevisan", "formal", "regular",
             meeting="Corso di arrampicata per il team aziendale", at="venerdì 8 dicembre alle 16:00", dur=90),
           "Corso di venerdì",
           """
Gentile Signora Colombo,

Le confermo il corso di arrampicata per il Suo team venerdì 8 dicembre alle 16, ridotto a un'ora e mezza.

Cordiali saluti,
Gabriele Trevisan
Responsabile eventi aziendali
""", "job title under signature nobody gave")),
    (E, bad("name_near_miss", S("decline", "Annalisa Terracciano", "Paolo Guidetti", "formal", "new",
             meeting="Sopralluogo per le aiuole del cortile", at="mercoledì 6 dicembre alle 11:00"),
           "Sopralluogo del 6 dicembre",
           """
Gentile Signora Teracciano,

mi dispiace, ma non potrò venire mercoledì 6 dicembre alle 11 per il sopralluogo delle aiuole del cortile.

Cordiali saluti,
Paolo Guidetti
""", "'Teracciano' for Terracciano (letter dropped)")),
]
