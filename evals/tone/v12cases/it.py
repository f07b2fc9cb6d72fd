"""Italian held-out tone cases v12: seven situations, layout 2/1 1/2 2/2 1/1 3/2 2/1 1/3 (good/bad)."""

from __future__ import annotations

SITS = {
    1: {"intent": "reschedule", "recipient_name": "Dott.ssa Ginevra Scalabrin", "sender_name": "Lorenzo Pettenuzzo",
        "tone": "formal", "relationship": "key", "meeting": "revisione del contratto di fornitura del latte",
        "meeting_time": "giovedì 10 dicembre alle 15",
        "proposed_times": ["lunedì 14 dicembre alle 15", "martedì 15 dicembre alle 10"],
        "reason": "un'ispezione dei vigili del fuoco"},
    2: {"intent": "switch_to_call", "recipient_name": "Nives Carobbio", "sender_name": "Dario Sfondrini",
        "tone": "friendly", "relationship": "regular", "meeting": "riunione sul piano ferie del negozio",
        "meeting_time": "mercoledì 16 dicembre alle 9:30", "reason": "un ginocchio ingessato"},
    3: {"intent": "no_show_followup", "recipient_name": "Sig. Ettore Balbiani", "sender_name": "Ilaria Pozzecco",
        "tone": "formal", "relationship": "new", "meeting": "consulenza iniziale per la ristrutturazione del bagno",
        "meeting_time": "venerdì 4 dicembre alle 17", "proposed_times": ["venerdì 11 dicembre alle 17"]},
    4: {"intent": "decline", "recipient_name": "Marta Chiaromonte", "sender_name": "Fabio Lanzoni",
        "tone": "friendly", "relationship": "regular", "meeting": "presentazione del nuovo gestionale",
        "meeting_time": "martedì 22 dicembre alle 11", "reason": "la chiusura dell'anno fiscale"},
    5: {"intent": "late_cancellation", "recipient_name": "Avv. Corrado Mirabella", "sender_name": "Serena Tavecchio",
        "tone": "formal", "relationship": "regular", "meeting": "seduta di taratura dell'impianto audio",
        "meeting_time": "martedì 1 dicembre alle 14", "proposed_times": ["giovedì 17 dicembre alle 14"],
        "policy": {"notice_hours": 72, "fee_percent": 50}},
    6: {"intent": "switch_to_email", "recipient_name": "Ing. Ottavio Brambati", "sender_name": "Lucia Ferrandina",
        "tone": "formal", "relationship": "key", "meeting": "aggiornamento trimestrale sul contenzioso doganale",
        "meeting_time": "lunedì 11 gennaio alle 10", "reason": "l'agenda del tribunale"},
    7: {"intent": "delegate", "recipient_name": "Ludovica Zanfretta", "sender_name": "Gianluca Boscarol",
        "tone": "friendly", "relationship": "key", "meeting": "sopralluogo al vigneto di Valdobbiadene",
        "meeting_time": "sabato 12 dicembre alle 8", "colleague_name": "Agnese Tramontin"},
}

CASES = [
    (1, "good", None, "Revisione del contratto: nuova data",
     """
Gentile Dott.ssa Scalabrin,

purtroppo devo spostare la revisione del contratto di fornitura del latte prevista per giovedì 10 dicembre alle 15: un'ispezione dei vigili del fuoco è stata fissata nello stesso pomeriggio e devo essere presente.

Le andrebbe bene lunedì 14 dicembre alle 15 oppure martedì 15 dicembre alle 10? Mi scuso per il disagio.

Cordiali saluti,
Lorenzo Pettenuzzo
""", "formal, clear, sincere apology"),
    (1, "good", None, "Spostamento della nostra riunione",
     """
Gentile Dottoressa,

un'ispezione dei vigili del fuoco mi costringe a rinviare la revisione del contratto di fornitura del latte di giovedì 10 dicembre alle 15. Lunedì 14 dicembre alle 15 o martedì 15 dicembre alle 10: quale preferisce?

Grazie e mi scusi,
Lorenzo Pettenuzzo
""", "very short, firm, courteous"),
    (1, "bad", "bureaucratic_distance", "Comunicazione variazione appuntamento",
     """
Spett.le Dott.ssa Scalabrin,

con la presente si comunica che la revisione del contratto di fornitura del latte fissata per giovedì 10 dicembre alle 15 non potrà avere luogo, a causa di un'ispezione dei vigili del fuoco. Si invita la S.V. a indicare, entro e non oltre 48 ore, una delle seguenti date alternative: lunedì 14 dicembre alle 15, martedì 15 dicembre alle 10.

In mancanza di riscontro si procederà d'ufficio.

Distinti saluti,
Lorenzo Pettenuzzo
""", "impersonal 'si comunica', deadline and 'd'ufficio' to a key client asked a favour"),
    (2, "good", None, "Facciamo al telefono?",
     """
Ciao Nives,

ti scrivo dal divano con un ginocchio ingessato: ti andrebbe di fare la riunione sul piano ferie del negozio al telefono, sempre mercoledì 16 dicembre alle 9:30? Ti chiamo io.

Grazie mille,
Dario
""", "short, friendly, light"),
    (2, "bad", "blame", "Riunione piano ferie",
     """
Ciao Nives,

per via di un ginocchio ingessato la riunione sul piano ferie del negozio di mercoledì 16 dicembre alle 9:30 la facciamo al telefono. Ti chiedo solo di avere già le preferenze di tutti, perché l'anno scorso abbiamo perso mezza mattinata ad aspettare le tue.

A mercoledì,
Dario
""", "polite until one blaming clause about last year"),
    (2, "bad", "sarcasm", "Piano ferie: grande novità",
     """
Ciao Nives,

notizia bomba: grazie a un ginocchio ingessato potrai goderti la riunione sul piano ferie del negozio comodamente al telefono, mercoledì 16 dicembre alle 9:30. Immagino la tua gioia nel non dovermi vedere di persona.

Dario
""", "sarcastic framing"),
    (3, "good", None, "La consulenza di venerdì",
     """
Gentile Sig. Balbiani,

venerdì 4 dicembre alle 17 non ci siamo visti per la consulenza iniziale per la ristrutturazione del bagno; spero non sia successo nulla di spiacevole. Se Le va, possiamo rifissarla per venerdì 11 dicembre alle 17.

Resto a disposizione,
Ilaria Pozzecco
""", "formal, checks in, no reproach"),
    (3, "good", None, "Nuovo appuntamento",
     """
Gentile Sig. Balbiani,

come Le dicevo al telefono, tengo volentieri per Lei venerdì 11 dicembre alle 17 per recuperare la consulenza iniziale per la ristrutturazione del bagno saltata venerdì 4 dicembre alle 17. Mi confermi solo se Le va bene.

Cordialmente,
Ilaria Pozzecco
""", "'come Le dicevo' used as a friendly follow-up"),
    (3, "bad", "condescension", "Consulenza iniziale",
     """
Gentile Sig. Balbiani,

venerdì 4 dicembre alle 17 La aspettavo per la consulenza iniziale per la ristrutturazione del bagno. Capisco che per chi affronta una ristrutturazione per la prima volta non sia ovvio, ma gli appuntamenti con un tecnico vanno rispettati o disdetti per tempo: è così che funziona il nostro settore.

Le propongo venerdì 11 dicembre alle 17.

Cordialmente,
Ilaria Pozzecco
""", "lectures a new client on how appointments work"),
    (3, "bad", "passive_aggression", "Re: consulenza iniziale",
     """
Gentile Sig. Balbiani,

spero che stia bene. Purtroppo venerdì 4 dicembre alle 17 non è riuscito a raggiungerci per la consulenza iniziale per la ristrutturazione del bagno, nonostante il promemoria che Le avevo inviato il giorno prima.

Le propongo venerdì 11 dicembre alle 17. Le manderò due promemoria, così siamo tranquilli entrambi.

Cordiali saluti,
Ilaria Pozzecco
""", "'nonostante il promemoria' and the two-reminders jab at the end"),
    (4, "good", None, "Presentazione del gestionale",
     """
Ciao Marta,

ti ringrazio dell'invito, ma per la presentazione del nuovo gestionale di martedì 22 dicembre alle 11 devo dirti di no: la chiusura dell'anno fiscale mi tiene inchiodato alla scrivania fino a Natale. Se mi giri le slide, le guardo con piacere a gennaio.

Un abbraccio,
Fabio
""", "clear no, friendly, door open"),
    (4, "bad", "passive_aggression", "Presentazione del nuovo gestionale",
     """
Ciao Marta,

grazie dell'invito alla presentazione del nuovo gestionale di martedì 22 dicembre alle 11. Purtroppo la chiusura dell'anno fiscale non me lo permette.

Mi spiace, anche perché a ottobre io avevo spostato tre clienti per venire alla vostra demo. Ma figurati, capisco benissimo: ognuno ha le sue priorità.

Buon lavoro,
Fabio
""", "guilt trip: reminds her of his past sacrifice, 'ognuno ha le sue priorità'"),
    (5, "good", None, "Seduta di taratura: nuova data",
     """
Gentile Avvocato Mirabella,

grazie per averci avvisato dell'annullamento della seduta di taratura dell'impianto audio di martedì 1 dicembre alle 14. Le propongo giovedì 17 dicembre alle 14.

Come previsto dalle nostre condizioni, per gli annullamenti con meno di 72 ore di preavviso addebitiamo il 50 % della seduta: lo troverà nella prossima fattura. Resto a disposizione per qualsiasi chiarimento.

Cordiali saluti,
Serena Tavecchio
""", "fee stated firmly and plainly"),
    (5, "good", None, "Seduta annullata",
     """
Gentile Avvocato,

ricevuto, nessun problema per la seduta di taratura dell'impianto audio di martedì 1 dicembre alle 14. Purtroppo, essendo l'annullamento arrivato con meno di 72 ore di anticipo, dobbiamo addebitare il 50 %. Giovedì 17 dicembre alle 14 Le andrebbe bene per recuperarla?

Cordialmente,
Serena Tavecchio
""", "short; 'purtroppo' used kindly with a firm fee"),
    (5, "good", None, "Un nuovo appuntamento",
     """
Gentile Avvocato Mirabella,

gli imprevisti capitano a tutti, anche ai tecnici del suono. Abbiamo annullato la seduta di taratura dell'impianto audio di martedì 1 dicembre alle 14 e Le propongo giovedì 17 dicembre alle 14.

Come da accordi, con meno di 72 ore di preavviso viene addebitato il 50 % della seduta; se preferisce ne parliamo a voce.

Un cordiale saluto,
Serena Tavecchio
""", "'come da accordi' used kindly, light humour"),
    (5, "bad", "coldness", "Addebito annullamento tardivo",
     """
Avv. Mirabella,

annullamento della seduta di taratura dell'impianto audio di martedì 1 dicembre alle 14: preavviso inferiore a 72 ore, addebito del 50 %. Prossima disponibilità: giovedì 17 dicembre alle 14.

Saluti
""", "telegraphic and unsigned, no courtesy at all"),
    (5, "bad", "hostile", "Seduta di taratura",
     """
Gentile Avvocato,

abbiamo preso atto dell'annullamento della seduta di taratura dell'impianto audio di martedì 1 dicembre alle 14. Le addebiteremo il 50 %, come stabilito per preavvisi inferiori a 72 ore. Le proponiamo giovedì 17 dicembre alle 14.

Se dovesse ripetersi, valuteremo seriamente se continuare a lavorare con il Suo studio.

Serena Tavecchio
""", "veiled threat about the relationship as the last sentence"),
    (6, "good", None, "Aggiornamento sul contenzioso per email",
     """
Gentile Ingegner Brambati,

l'agenda del tribunale si è infittita proprio a inizio anno, perciò Le propongo di sostituire l'aggiornamento trimestrale sul contenzioso doganale di lunedì 11 gennaio alle 10 con una nota scritta dettagliata, che Le invierò entro quella mattina. Se dopo la lettura preferisce parlarne, troverò comunque un momento.

Con i migliori saluti,
Lucia Ferrandina
""", "formal but warm, keeps the door open"),
    (6, "good", None, "Aggiornamento trimestrale",
     """
Gentile Ingegnere,

per l'agenda del tribunale non riuscirò a vederLa lunedì 11 gennaio alle 10. Le mando quindi l'aggiornamento trimestrale sul contenzioso doganale per email: breve, con le tre decisioni che Le servono.

Un caro saluto,
Lucia Ferrandina
""", "very short but kind"),
    (6, "bad", "passive_aggression", "Aggiornamento trimestrale via email",
     """
Gentile Ingegner Brambati,

a causa dell'agenda del tribunale, l'aggiornamento trimestrale sul contenzioso doganale di lunedì 11 gennaio alle 10 si svolgerà per email. Come Le ho già spiegato più volte, le date delle udienze non dipendono da me.

Confido che questa volta la nota venga letta fino in fondo.

Cordiali saluti,
Lucia Ferrandina
""", "'come Le ho già spiegato più volte' and a jab at the end"),
    (7, "good", None, "Sabato al vigneto viene Agnese",
     """
Ciao Ludovica,

sabato 12 dicembre alle 8 non riesco a esserci al sopralluogo al vigneto di Valdobbiadene, e mi dispiace davvero. Viene Agnese Tramontin, che segue con me il vostro progetto da settembre: sa tutto, e ha anche stivali migliori dei miei.

Buona vendemmia di idee,
Gianluca
""", "friendly with a key client, joke that lands, colleague valued"),
    (7, "bad", "over_familiarity", "Sabato mattina",
     """
Ludo tesoro!!

Sabato 12 dicembre alle 8 io dormo, scusa eh: al sopralluogo al vigneto di Valdobbiadene ci va Agnese Tramontin. Tanto voi due vi capite al volo, e io vi raggiungo per il prosecco, che è la parte che conta.

Baci baci,
Gianluca
""", "pet name and flippancy to a key client"),
    (7, "bad", "grovelling", "Sopralluogo di sabato: perdonami",
     """
Cara Ludovica,

ti chiedo mille volte scusa, non so davvero come farmi perdonare: sabato 12 dicembre alle 8 non potrò venire al sopralluogo al vigneto di Valdobbiadene. Mi sento malissimo all'idea di deluderti dopo tutto quello che hai fatto per noi. Agnese Tramontin verrà al posto mio, ma capirei perfettamente se tu fossi arrabbiata con me.

Scusami ancora, ancora e ancora,
Gianluca
""", "grovelling"),
    (7, "bad", "mock_enthusiasm", "Grandi notizie per sabato!!!",
     """
Ciao Ludovica!!!

Che fortuna hai: sabato 12 dicembre alle 8 al sopralluogo al vigneto di Valdobbiadene avrai Agnese Tramontin al posto mio!!! Un'esperienza unica, vedrai, finalmente qualcuno che fa domande ancora più lunghe delle tue!

Evviva,
Gianluca
""", "mock enthusiasm with a dig at both client and colleague"),
]
