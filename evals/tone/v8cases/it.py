"""Held-out tone cases v8, Italian (written by hand by data-aa; layout 1/2 2/1 1/1 2/2 1/2 1/1 2/1 1/1 1/1)."""

from __future__ import annotations

SITS = {
    1: {"intent": "switch_to_call", "recipient_name": "Dott.ssa Marcella Spadafranca", "sender_name": "Corrado Bellomia",
        "tone": "formal", "relationship": "key", "meeting": "riesame del capitolato per le serre idroponiche",
        "meeting_time": "giovedì 17 dicembre alle 11", "reason": "lo sciopero dei treni regionali"},
    2: {"intent": "no_show_followup", "recipient_name": "Rebecca Mastrangioli", "sender_name": "Ottavio Pelagatti",
        "tone": "friendly", "relationship": "regular", "meeting": "lezione di prova di violoncello",
        "meeting_time": "mercoledì 2 dicembre alle 17", "proposed_times": ["mercoledì 9 dicembre alle 17"]},
    3: {"intent": "decline", "recipient_name": "Ing. Fulvio Scaramella", "sender_name": "Annalisa Brugnoli",
        "tone": "formal", "relationship": "new", "meeting": "presentazione del vostro software di contabilità di magazzino",
        "meeting_time": "martedì 15 dicembre alle 10",
        "reason": "abbiamo appena rinnovato il contratto con il fornitore attuale"},
    4: {"intent": "reschedule", "recipient_name": "Serena Biancofiore", "sender_name": "Dario Mezzasalma",
        "tone": "friendly", "relationship": "key", "meeting": "degustazione del menu per la cena aziendale",
        "meeting_time": "venerdì 11 dicembre alle 19",
        "proposed_times": ["lunedì 14 dicembre alle 19", "martedì 15 dicembre alle 19"],
        "reason": "un guasto alla cella frigorifera"},
    5: {"intent": "late_cancellation", "recipient_name": "Sig. Ermanno Cappellacci", "sender_name": "Loredana Sgarbossa",
        "tone": "formal", "relationship": "regular", "meeting": "seduta di fisioterapia per la spalla",
        "meeting_time": "martedì 1 dicembre alle 8:30", "proposed_times": ["venerdì 11 dicembre alle 8:30"],
        "policy": {"notice_hours": 24, "fee_percent": 100}},
    6: {"intent": "cancellation_policy", "recipient_name": "Giada Ferraccioli", "sender_name": "Tobia Ravagnani",
        "tone": "friendly", "relationship": "new", "meeting": "servizio fotografico di famiglia al parco",
        "meeting_time": "domenica 20 dicembre alle 10", "policy": {"notice_hours": 72, "deposit_percent": 20}},
    7: {"intent": "shorten", "recipient_name": "Avv. Beatrice Malaspina", "sender_name": "Gualtiero Pizzighella",
        "tone": "formal", "relationship": "key", "meeting": "riunione sul rinnovo del contratto di fornitura del marmo",
        "meeting_time": "mercoledì 16 dicembre alle 15", "duration_minutes": 30,
        "reason": "un'ispezione della ASL nello stabilimento"},
    8: {"intent": "switch_to_email", "recipient_name": "Nicoletta Scannapieco", "sender_name": "Saverio Ruggerini",
        "tone": "friendly", "relationship": "regular", "meeting": "incontro per scegliere le piastrelle del bagno",
        "meeting_time": "lunedì 21 dicembre alle 9", "reason": "sono bloccato a casa con l'influenza"},
    9: {"intent": "delegate", "recipient_name": "Ilaria Castelvetri", "sender_name": "Pietro Zaccardi",
        "tone": "friendly", "relationship": "key", "meeting": "sopralluogo per l'allestimento dello stand in fiera",
        "meeting_time": "giovedì 7 gennaio alle 14", "colleague_name": "Veronica Santangelo",
        "reason": "la nascita di mia figlia"},
}

CASES = [
    (1, "good", None, "Riesame del capitolato: ci sentiamo al telefono?", """
Gentile Dottoressa Spadafranca,

purtroppo lo sciopero dei treni regionali mi impedisce di raggiungerla giovedì 17 dicembre alle 11 per il riesame del capitolato per le serre idroponiche. Le propongo di tenerlo comunque, alla stessa ora, con una telefonata o una videochiamata: le invio prima la bozza annotata, così potremo lavorare sugli stessi punti.

Mi dica lei quale delle due soluzioni preferisce.

Cordiali saluti,
Corrado Bellomia
""", "'purtroppo' used plainly; keeps the slot, offers the choice, prepares the call"),
    (1, "bad", "passive_aggression", "Riesame del capitolato", """
Gentile Dottoressa Spadafranca,

a causa dello sciopero dei treni regionali, il riesame del capitolato per le serre idroponiche di giovedì 17 dicembre alle 11 si terrà per telefono. Le invio la bozza in anticipo: sarebbe utile, questa volta, che la leggesse prima della chiamata.

Resto a disposizione.

Cordiali saluti,
Corrado Bellomia
""", "one barbed clause ('questa volta, che la leggesse') in an otherwise correct mail to a key client"),
    (1, "bad", "coldness", "Giovedì 17 dicembre", """
Gentile Dottoressa,

si comunica che il riesame del capitolato per le serre idroponiche di giovedì 17 dicembre alle 11 avverrà telefonicamente, per lo sciopero dei treni regionali.

Ringraziando per l'attenzione, porgo distinti saluti.

Bellomia
""", "cold politeness formulas, no name, no regret, no choice, to a key client"),
    (2, "good", None, "Tutto bene?", """
Ciao Rebecca,

ti ho aspettata per la lezione di prova di violoncello di mercoledì 2 dicembre alle 17: spero non sia successo nulla di brutto.

Se ti va di riprovare, il violoncello ti aspetta mercoledì 9 dicembre alle 17. E se quell'orario non funziona, dimmelo senza problemi.

Un saluto,
Ottavio
""", "friendly check-in, no reproach, easy way back"),
    (2, "good", None, "Lezione di prova", """
Ciao Rebecca,

ti scrivo solo per sapere se va tutto bene: non ti ho vista alla lezione di prova di violoncello di mercoledì 2 dicembre alle 17. Se vuoi, ti tengo di nuovo il posto mercoledì 9 dicembre alle 17.

Ottavio
""", "'di nuovo' used kindly; very short and warm"),
    (2, "bad", "condescension", "Lezione di prova di violoncello", """
Ciao Rebecca,

mercoledì 2 dicembre alle 17 non ti sei presentata alla lezione di prova di violoncello. Capita spesso a chi inizia: si pensa che la musica sia un passatempo da incastrare quando capita, e invece serve costanza, a partire dalla puntualità.

Se sei pronta a prenderla sul serio, possiamo riprovare mercoledì 9 dicembre alle 17.

Ottavio
""", "lecturing a regular pupil on commitment; 'se sei pronta a prenderla sul serio'"),
    (3, "good", None, "Presentazione del 15 dicembre", """
Gentile Ingegnere,

la ringrazio per la proposta, ma devo declinare la presentazione del vostro software di contabilità di magazzino fissata per martedì 15 dicembre alle 10: abbiamo appena rinnovato il contratto con il fornitore attuale e non valuteremo alternative per i prossimi due anni.

Preferisco dirglielo con chiarezza per non farle perdere tempo.

Cordiali saluti,
Annalisa Brugnoli
""", "firm refusal, reason given, honest about the horizon, polite"),
    (3, "bad", "bureaucratic_distance", "Comunicazione in merito alla presentazione", """
Egregio Ing. Scaramella,

con riferimento alla richiesta pervenuta, si rende noto che la presentazione del vostro software di contabilità di magazzino prevista per martedì 15 dicembre alle 10 non potrà essere accolta, in quanto abbiamo appena rinnovato il contratto con il fornitore attuale.

La presente ha valore di riscontro definitivo.

Ufficio Acquisti
A. Brugnoli
""", "impersonal office register ('si rende noto', 'la presente ha valore di riscontro')"),
    (4, "good", None, "Degustazione: spostiamo di qualche giorno?", """
Ciao Serena,

brutte notizie dalla cucina: un guasto alla cella frigorifera mi obbliga a rimandare la degustazione del menu per la cena aziendale di venerdì 11 dicembre alle 19. Non voglio servirvi nulla che non sia perfetto.

Ti andrebbe lunedì 14 dicembre alle 19 o martedì 15 dicembre alle 19? Il tiramisù, giuro, ne uscirà migliore.

Un abbraccio,
Dario
""", "warm to a friendly key client, reason and two dates, a small joke"),
    (4, "good", None, "Nuova data per la degustazione", """
Ciao Serena,

scusami, devo spostare la degustazione del menu per la cena aziendale di venerdì 11 dicembre alle 19: un guasto alla cella frigorifera ci ha fermati. Lunedì 14 dicembre alle 19 o martedì 15 dicembre alle 19: scegli tu.

Dario
""", "short apology and a clear choice"),
    (4, "bad", "sarcasm", "Degustazione (che fortuna!)", """
Ciao Serena,

che fortuna, un guasto alla cella frigorifera proprio la settimana della vostra cena aziendale: il destino sa come rendere memorabili le cose. La degustazione del menu per la cena aziendale di venerdì 11 dicembre alle 19 slitta, ovviamente.

Lunedì 14 dicembre alle 19 o martedì 15 dicembre alle 19, sempre che tu riesca a decidere prima dell'anno nuovo, visto come è andata col menu.

Dario
""", "sarcasm and a jab at the client's indecision"),
    (4, "bad", "over_familiarity", "Serenella mia", """
Serenella mia bella,

indovina? Un guasto alla cella frigorifera, che disastro! Quindi niente degustazione del menu per la cena aziendale venerdì 11 dicembre alle 19, amore. Ti rifaccio lunedì 14 dicembre alle 19 o martedì 15 dicembre alle 19, e porta pure il tuo capo che gli faccio assaggiare il mio limoncello segreto 😉😉

Baci,
Dario
""", "pet names, 'amore', winks to a key client"),
    (5, "good", None, "Seduta del 1 dicembre", """
Gentile Signor Cappellacci,

ho ricevuto il suo messaggio di disdetta per la seduta di fisioterapia per la spalla di martedì 1 dicembre alle 8:30 e spero che stia bene.

Come concordato al momento della prenotazione, le disdette con meno di 24 ore di preavviso sono addebitate al 100%; le invierò quindi la fattura della seduta. Le ho riservato venerdì 11 dicembre alle 8:30 per continuare il percorso: me lo confermi quando può.

Cordiali saluti,
Loredana Sgarbossa
""", "'come concordato' used kindly; firm on the full fee, warm about the therapy"),
    (5, "bad", "passive_aggression", "Disdetta di martedì", """
Gentile Signor Cappellacci,

prendo atto della disdetta della seduta di fisioterapia per la spalla di martedì 1 dicembre alle 8:30. Alle 7 ero già in studio per preparare la sala, ma capisco benissimo che i suoi impegni vengano prima.

Come da regolamento, con meno di 24 ore di preavviso la seduta è addebitata al 100%. Le propongo venerdì 11 dicembre alle 8:30; confido che sarà la volta buona.

Cordiali saluti,
Loredana Sgarbossa
""", "guilt trip ('alle 7 ero già in studio … capisco benissimo') and 'sarà la volta buona'"),
    (5, "bad", "hostile", "Seduta di fisioterapia per la spalla", """
Gentile Signor Cappellacci,

la seduta di fisioterapia per la spalla di martedì 1 dicembre alle 8:30 è stata disdetta senza rispettare le 24 ore di preavviso e le sarà addebitata al 100%.

Le propongo venerdì 11 dicembre alle 8:30. Le faccio presente che la lista d'attesa dello studio è lunga: in caso di ulteriori disdette dovrò valutare se continuare a seguirla.

Loredana Sgarbossa
""", "veiled threat to stop treating him; no word of concern"),
    (6, "good", None, "Il servizio fotografico del 20 dicembre", """
Ciao Giada,

che bello che abbiate scelto il parco! Prima di domenica 20 dicembre alle 10 ti lascio due righe sulle condizioni del servizio fotografico di famiglia al parco, così è tutto chiaro: confermiamo con un acconto del 20%, e potete spostare o annullare senza spese fino a 72 ore prima.

Se il tempo fa i capricci, decidiamo insieme la mattina stessa, senza costi.

A presto,
Tobia
""", "policy to a new client, warm and clear, with a generous touch"),
    (6, "bad", "grovelling", "Scusami tantissimo…", """
Ciao Giada,

scusami davvero tantissimo, mi vergogno un po' a scriverti questa cosa e spero con tutto il cuore che non ti offenda: per il servizio fotografico di famiglia al parco di domenica 20 dicembre alle 10 chiederei (solo se per te non è un problema, eh!) un acconto del 20%, e le disdette andrebbero fatte 72 ore prima.

So che è antipatico, perdonami, se preferisci facciamo senza, davvero, non voglio assolutamente perderti!

Tobia
""", "grovelling over a normal policy, undermines it"),
    (7, "good", None, "Riunione del 16 dicembre: 30 minuti", """
Gentile Avvocato Malaspina,

per un'ispezione della ASL nello stabilimento dovrò limitare a 30 minuti la riunione sul rinnovo del contratto di fornitura del marmo di mercoledì 16 dicembre alle 15. Me ne scuso.

Per sfruttarli al meglio le anticipo oggi le nostre proposte sulle clausole di prezzo, così potremo dedicare l'incontro ai soli punti aperti.

Con i migliori saluti,
Gualtiero Pizzighella
""", "formal but warm; the cut comes with preparation"),
    (7, "good", None, "Mercoledì 16 dicembre alle 15", """
Gentile Avvocato,

le confermo la riunione sul rinnovo del contratto di fornitura del marmo di mercoledì 16 dicembre alle 15, ma dovrò contenerla in 30 minuti a causa di un'ispezione della ASL nello stabilimento. Se preferisce un incontro completo in un'altra data, mi adeguo volentieri.

Cordialmente,
Gualtiero Pizzighella
""", "short, offers a full meeting as alternative"),
    (7, "bad", "mock_enthusiasm", "Una riunione più snella!", """
Gentile Avvocato Malaspina,

ottime notizie: grazie a un'ispezione della ASL nello stabilimento, la riunione sul rinnovo del contratto di fornitura del marmo di mercoledì 16 dicembre alle 15 diventa un agilissimo incontro di 30 minuti! Sono certo che lo apprezzerà moltissimo: meno chiacchiere, più sostanza!

Cordialmente,
Gualtiero Pizzighella
""", "mock enthusiasm about cutting a key client's meeting"),
    (8, "good", None, "Piastrelle: facciamo per mail?", """
Ciao Nicoletta,

sono bloccato a casa con l'influenza, quindi l'incontro per scegliere le piastrelle del bagno di lunedì 21 dicembre alle 9 non si può fare in negozio. Ti propongo di procedere per mail: stasera ti mando le foto delle tre serie che ti erano piaciute, con prezzi e tempi di consegna, e tu mi dici quale ti convince.

Se preferisci vederle dal vivo, aspettiamo che guarisca.

Saverio
""", "switch to email done helpfully, with an alternative"),
    (8, "bad", "blame", "Lunedì 21 dicembre", """
Ciao Nicoletta,

l'incontro per scegliere le piastrelle del bagno di lunedì 21 dicembre alle 9 salta: sono bloccato a casa con l'influenza, presa con ogni probabilità nel vostro cantiere senza riscaldamento, dove avevo chiesto più volte di chiudere le finestre.

Procediamo per mail, ti mando le foto.

Saverio
""", "over-explains the illness so that the client is to blame"),
    (9, "good", None, "Il sopralluogo del 7 gennaio", """
Ciao Ilaria,

una bella notizia da parte mia: con la nascita di mia figlia sarò a casa per qualche settimana. Il sopralluogo per l'allestimento dello stand in fiera di giovedì 7 gennaio alle 14 lo farà Veronica Santangelo, che ha disegnato con me la pianta dello stand e conosce a memoria le vostre richieste.

Ti abbraccio e ci sentiamo al mio rientro,
Pietro
""", "warm handover to a friendly key client, colleague credibly briefed"),
    (9, "bad", "condescension", "Sopralluogo in fiera", """
Ciao Ilaria,

per la nascita di mia figlia non ci sarò giovedì 7 gennaio alle 14: il sopralluogo per l'allestimento dello stand in fiera lo farà Veronica Santangelo. È ancora un po' acerba, ma per uno stand semplice come il vostro va più che bene.

Pietro
""", "faint praise of the colleague that also belittles the client's project"),
]
