"""Italian v7 tone cases: SITS (situation fields without id/language) and CASES (sit, label, flaw, subject, body, note).

Layout: 8 situations of 4, 2, 3, 3, 4, 2, 3, 3 drafts; situation 6 has only good drafts, situation 5 three bad.
"""

SITS = {
    1: {"intent": "switch_to_call", "recipient_name": "Dott. Ermanno Scapigliati", "sender_name": "Ludovica Brambillasca",
        "tone": "formal", "relationship": "key", "meeting": "riunione di avanzamento sul gestionale di magazzino",
        "meeting_time": "martedì 15 dicembre alle 11:00", "reason": "un'influenza che mi tiene a casa"},
    2: {"intent": "decline", "recipient_name": "Arianna Pelizzoni", "sender_name": "Tommaso Vezzali",
        "tone": "friendly", "relationship": "regular", "meeting": "aperitivo di presentazione della nuova collezione",
        "meeting_time": "giovedì 10 dicembre alle 19:00", "reason": "la recita di Natale di mia figlia la stessa sera"},
    3: {"intent": "shorten", "recipient_name": "Avv. Gianfranco Montevecchi", "sender_name": "Serena Abbondanza",
        "tone": "formal", "relationship": "new", "meeting": "primo incontro sulla pratica di successione",
        "meeting_time": "mercoledì 16 dicembre alle 15:30", "duration_minutes": 30,
        "reason": "un'udienza spostata all'ultimo momento"},
    4: {"intent": "no_show_followup", "recipient_name": "Sig.ra Loredana Quagliarella", "sender_name": "Pietro Sangiorgi",
        "tone": "formal", "relationship": "key", "meeting": "sopralluogo per la ristrutturazione della villa di Fiesole",
        "meeting_time": "giovedì 3 dicembre alle 10:00",
        "proposed_times": ["venerdì 11 dicembre alle 10:00", "lunedì 14 dicembre alle 9:30"]},
    5: {"intent": "reschedule", "recipient_name": "Chiara Bellomunno", "sender_name": "Federico Zanardelli",
        "tone": "friendly", "relationship": "key", "meeting": "degustazione del menù per il matrimonio",
        "meeting_time": "sabato 12 dicembre alle 12:30", "proposed_times": ["sabato 19 dicembre alle 12:30"],
        "reason": "un guasto alla cella frigorifera della cucina"},
    6: {"intent": "late_cancellation", "recipient_name": "Davide Sciacchitano", "sender_name": "Elisa Moretto-Calò",
        "tone": "friendly", "relationship": "regular", "meeting": "seduta di rieducazione della spalla",
        "meeting_time": "martedì 1 dicembre alle 17:00", "proposed_times": ["martedì 15 dicembre alle 17:00"],
        "policy": {"notice_hours": 24, "fee_percent": 50}},
    7: {"intent": "switch_to_email", "recipient_name": "Ing. Rosalba Capodiferro", "sender_name": "Gualtiero Mastrangeli",
        "tone": "formal", "relationship": "regular", "meeting": "incontro sul preventivo dell'impianto fotovoltaico",
        "meeting_time": "lunedì 14 dicembre alle 14:00", "reason": "un cantiere fuori regione per tutta la settimana"},
    8: {"intent": "cancellation_policy", "recipient_name": "Sig. Alvise Dal Bosco", "sender_name": "Nives Garbuglia",
        "tone": "formal", "relationship": "new", "meeting": "prima visita odontoiatrica",
        "meeting_time": "venerdì 8 gennaio alle 9:00", "policy": {"notice_hours": 48, "deposit_percent": 20}},
}

CASES = [
    (1, "good", None, "Riunione di martedì: possiamo sentirci al telefono?",
     """
Gentile Dottor Scapigliati,

purtroppo un'influenza che mi tiene a casa mi impedisce di raggiungerla martedì 15 dicembre alle 11:00 per la riunione di avanzamento sul gestionale di magazzino. Non vorrei però farle perdere una settimana: le andrebbe di fare la riunione al telefono, alla stessa ora? Le mando in mattinata i dati aggiornati, così potremo scorrerli insieme.

Un cordiale saluto,
Ludovica Brambillasca
""", "formal and warm, keeps the time, prepares the call"),
    (1, "good", None, "Riunione del 15 dicembre in videochiamata",
     """
Gentile Dottore,

un'influenza che mi tiene a casa mi costringe a proporle la riunione di avanzamento sul gestionale di magazzino in videochiamata, sempre martedì 15 dicembre alle 11:00. Le invierò il collegamento in giornata. Grazie della comprensione.

Cordiali saluti,
Ludovica Brambillasca
""", "short, formal, clear; no over-apology"),
    (1, "bad", "bureaucratic_distance", "Comunicazione variazione modalità incontro",
     """
Egregio Dott. Scapigliati,

si comunica che, a causa di un'influenza che mi tiene a casa, la riunione di avanzamento sul gestionale di magazzino prevista per martedì 15 dicembre alle 11:00 si svolgerà in modalità telefonica. Si prega di garantire la reperibilità al numero in anagrafica. Eventuali richieste di variazione andranno inoltrate per iscritto con congruo anticipo.

Distinti saluti,
L. Brambillasca
Ufficio Progetti
""", "impersonal 'si comunica', 'si prega di garantire la reperibilità' to a key client"),
    (1, "bad", "passive_aggression", "R: riunione di martedì",
     """
Gentile Dottor Scapigliati,

come già anticipato nella mia precedente, a cui non ho avuto riscontro, un'influenza che mi tiene a casa mi impedisce di essere presente martedì 15 dicembre alle 11:00. La riunione di avanzamento sul gestionale di magazzino si terrà quindi per telefono, alla stessa ora.

Resto in attesa di una sua conferma, questa volta.

Cordiali saluti,
Ludovica Brambillasca
""", "'come già anticipato nella mia precedente, a cui non ho avuto riscontro' and the barbed 'questa volta'"),

    (2, "good", None, "Giovedì non ce la faccio, ma brindate anche per me",
     """
Ciao Arianna,

grazie mille dell'invito! Giovedì 10 dicembre alle 19:00 però c'è la recita di Natale di mia figlia la stessa sera, e un pastorello in terza fila non si può deludere. Salto l'aperitivo di presentazione della nuova collezione, ma passo in negozio la settimana prossima a vedere tutto con calma.

In bocca al lupo per la serata!
Tommaso
""", "warm decline with humour that lands, no fake promise beyond a concrete visit"),
    (2, "bad", "coldness", "Aperitivo 10/12",
     """
Arianna,

non partecipo all'aperitivo di presentazione della nuova collezione di giovedì 10 dicembre alle 19:00. Motivo: la recita di Natale di mia figlia la stessa sera.

T. Vezzali
""", "curt and cold decline to a regular client in a friendly relationship"),

    (3, "good", None, "Incontro del 16 dicembre: mezz'ora",
     """
Egregio Avvocato Montevecchi,

le scrivo in merito al primo incontro sulla pratica di successione di mercoledì 16 dicembre alle 15:30. A causa di un'udienza spostata all'ultimo momento, potrei dedicarle 30 minuti invece dell'ora prevista. Per sfruttarli al meglio le invio domani un breve elenco dei documenti da portare; se preferisce un incontro completo in un'altra data, me lo dica senza problemi.

Con i migliori saluti,
Serena Abbondanza
""", "formal, honest about the constraint, makes the short slot useful and offers an alternative"),
    (3, "bad", "condescension", "Incontro sulla successione",
     """
Egregio Avvocato,

per un'udienza spostata all'ultimo momento, il primo incontro sulla pratica di successione di mercoledì 16 dicembre alle 15:30 durerà 30 minuti. Le assicuro che bastano ampiamente: so che per chi non è del mestiere queste pratiche sembrano complicate, ma in realtà gliele spiego in modo molto semplice, vedrà che non serve capire tutto.

Cordiali saluti,
Serena Abbondanza
""", "patronising a lawyer about a legal file ('per chi non è del mestiere', 'non serve capire tutto')"),
    (3, "bad", "grovelling", "Le chiedo umilmente scusa",
     """
Egregio Avvocato Montevecchi,

mi vergogno profondamente a scriverle questo messaggio. Per un'udienza spostata all'ultimo momento, il nostro primo incontro sulla pratica di successione di mercoledì 16 dicembre alle 15:30 potrà durare solo 30 minuti. So che è imperdonabile, soprattutto con un nuovo cliente, e capirei benissimo se decidesse di rivolgersi altrove. Farò qualunque cosa per rimediare, qualunque.

Ancora mille e mille scuse,
Serena Abbondanza
""", "shame and self-abasement over a shortened first meeting"),

    (4, "good", None, "Sopralluogo a Fiesole",
     """
Gentile Signora Quagliarella,

giovedì 3 dicembre alle 10:00 l'ho aspettata per il sopralluogo per la ristrutturazione della villa di Fiesole, ma non ci siamo incontrati: spero che non sia successo nulla.

Se le va, possiamo rifarlo venerdì 11 dicembre alle 10:00 oppure lunedì 14 dicembre alle 9:30. Mi basta una riga per confermare.

Con i più cordiali saluti,
Pietro Sangiorgi
""", "formal, concerned, no reproach, two slots"),
    (4, "good", None, "Nuova data per il sopralluogo",
     """
Gentile Signora,

non siamo riusciti a vederci giovedì 3 dicembre alle 10:00 per il sopralluogo per la ristrutturazione della villa di Fiesole. Capita: le propongo venerdì 11 dicembre alle 10:00 o lunedì 14 dicembre alle 9:30.

Un caro saluto,
Pietro Sangiorgi
""", "very brief, kind, formal"),
    (4, "bad", "sarcasm", "Sopralluogo (quello di giovedì)",
     """
Gentile Signora Quagliarella,

spero che il sopralluogo per la ristrutturazione della villa di Fiesole di giovedì 3 dicembre alle 10:00 non le sia sembrato troppo noioso: io e il geometra ci siamo goduti una splendida ora davanti al cancello chiuso, a contare le tegole. Esperienza che consiglio.

Per la replica, scelga pure tra venerdì 11 dicembre alle 10:00 e lunedì 14 dicembre alle 9:30, se nel frattempo non ha altri impegni più interessanti.

Cordiali saluti,
Pietro Sangiorgi
""", "sarcasm about waiting at the gate to a key client"),

    (5, "good", None, "Degustazione: cambio data (colpa del frigo!)",
     """
Ciao Chiara,

brutte notizie dalla cucina: un guasto alla cella frigorifera della cucina ci costringe a spostare la degustazione del menù per il matrimonio di sabato 12 dicembre alle 12:30. Vogliamo farvi assaggiare tutto al meglio, non piatti rimediati.

Ti andrebbe sabato 19 dicembre alle 12:30? Stessa ora, stesso tavolo vicino alla finestra.

Un abbraccio a entrambi,
Federico
""", "friendly with a key client, light, explains why and offers the slot"),
    (5, "bad", "over_familiarity", "Degu spostata, amore",
     """
Chiaretta tesoro!!

Casino totale: un guasto alla cella frigorifera della cucina, quindi la degustazione del menù per il matrimonio di sabato 12 dicembre alle 12:30 salta. Facciamo sabato 19 dicembre alle 12:30? Tanto tu sei sempre libera, no? Ahahah. Porta lo sposo che gli faccio assaggiare il mio limoncello, quello forte 😜

Baci baci,
Fede
""", "pet names, teasing and 'baci baci' to a key client: friendly does not mean this"),
    (5, "bad", "passive_aggression", "Degustazione del 12",
     """
Ciao Chiara,

ti scrivo per la degustazione del menù per il matrimonio di sabato 12 dicembre alle 12:30: per un guasto alla cella frigorifera della cucina dobbiamo spostarla a sabato 19 dicembre alle 12:30. Lo so che sarà un problema, visto che con le date non siete mai stati semplicissimi, ma vedrete che ci organizzeremo, come sempre.

A presto,
Federico
""", "one barbed clause in a friendly mail ('con le date non siete mai stati semplicissimi')"),
    (5, "bad", "mock_enthusiasm", "SUPER NOTIZIA!!!",
     """
Ciao Chiara!!!

Indovina? Un guasto alla cella frigorifera della cucina!!! Che emozione, proprio a dicembre! Quindi la degustazione del menù per il matrimonio di sabato 12 dicembre alle 12:30 diventa sabato 19 dicembre alle 12:30, evviva, una settimana in più di suspense!! Non vediamo l'ora, davvero, è il momento più bello dell'anno!!!

Federico
""", "forced cheerfulness about a breakdown that inconveniences the couple"),

    (6, "good", None, "La spalla di martedì",
     """
Ciao Davide,

ho visto che hai dovuto annullare la seduta di rieducazione della spalla di martedì 1 dicembre alle 17:00. Ti ho tenuto il posto martedì 15 dicembre alle 17:00, se ti va bene.

Ti ricordo, senza drammi, che quando si disdice con meno di 24 ore di anticipo addebitiamo il 50% della seduta: lo troverai nella prossima fattura. Intanto continua con gli esercizi a casa!

A presto,
Elisa
""", "friendly, clear about the 50 % fee, encouraging"),
    (6, "good", None, "Seduta del 1° dicembre",
     """
Ciao Davide,

nessun problema per la seduta di rieducazione della spalla di martedì 1 dicembre alle 17:00. Per regola, con una disdetta sotto le 24 ore resta dovuto il 50%: mi spiace, ma è il tempo che non ho potuto offrire ad altri. Ci vediamo martedì 15 dicembre alle 17:00?

Elisa Moretto-Calò
""", "short, firm on the fee with its reason, warm close"),

    (7, "good", None, "Preventivo fotovoltaico: proseguiamo per email",
     """
Gentile Ingegner Capodiferro,

un cantiere fuori regione per tutta la settimana mi impedisce di tenere l'incontro sul preventivo dell'impianto fotovoltaico di lunedì 14 dicembre alle 14:00. Le propongo di proseguire per email: nei prossimi giorni le mando il preventivo rivisto con le due configurazioni che avevamo discusso, e rispondo volentieri a ogni domanda.

Cordiali saluti,
Gualtiero Mastrangeli
""", "formal, concrete about the written exchange"),
    (7, "bad", "blame", "Incontro del 14 dicembre",
     """
Gentile Ingegner Capodiferro,

l'incontro sul preventivo dell'impianto fotovoltaico di lunedì 14 dicembre alle 14:00 non si terrà: ho un cantiere fuori regione per tutta la settimana. Se i dati del tetto ci fossero arrivati a ottobre, come richiesto, a quest'ora avremmo già chiuso da un pezzo. Procediamo per email.

Cordiali saluti,
Gualtiero Mastrangeli
""", "blames the client for the delay in an unrelated change of format"),
    (7, "bad", "hostile", "Preventivo impianto",
     """
Gentile Ingegnere,

a causa di un cantiere fuori regione per tutta la settimana, l'incontro sul preventivo dell'impianto fotovoltaico di lunedì 14 dicembre alle 14:00 è sostituito da uno scambio via email. Le ricordo che abbiamo molte richieste in questo periodo: se le risposte tardano anche stavolta, non potrò garantirle né i prezzi né la priorità.

Distinti saluti,
Gualtiero Mastrangeli
""", "veiled threat on prices and priority to a regular client"),

    (8, "good", None, "Prima visita dell'8 gennaio: come funziona la prenotazione",
     """
Gentile Signor Dal Bosco,

la ringraziamo per aver prenotato la prima visita odontoiatrica di venerdì 8 gennaio alle 9:00. Per confermarla chiediamo un acconto del 20%, che verrà scalato dal totale. Se dovesse annullare o spostare l'appuntamento, le chiediamo di avvisarci almeno 48 ore prima: in quel caso l'acconto le viene restituito per intero.

Per qualsiasi dubbio siamo a sua disposizione.

Cordiali saluti,
Nives Garbuglia
""", "formal and welcoming to a new patient, policy clear"),
    (8, "good", None, "Conferma della prima visita",
     """
Gentile Signor Dal Bosco,

a presto per la prima visita odontoiatrica, venerdì 8 gennaio alle 9:00. Due sole regole: un acconto del 20% alla prenotazione, e un preavviso di 48 ore se deve disdire. Tutto qui.

Un cordiale saluto,
Nives Garbuglia
""", "very short, formal but warm"),
    (8, "bad", "phishing_like", "URGENTE: conferma entro 12 ore",
     """
Gentile Sig. Dal Bosco,

la sua prima visita odontoiatrica di venerdì 8 gennaio alle 9:00 verrà ANNULLATA se l'acconto del 20% non sarà versato entro 12 ore tramite il link seguente: http://studio-pagamenti-verifica.info/acconto. Inserisca i dati della carta e il codice ricevuto via SMS. Ricordiamo che le disdette richiedono un preavviso di 48 ore.

Amministrazione
""", "pressure, deadline, a payment link asking for card data and an SMS code"),
]
