"""Italian v3 tone cases, written by hand by data-f (held out). CASES: (situation, label, flaw, subject, body, note)."""

SITS = {
    1: {"intent": "late_cancellation", "recipient_name": "Dott.ssa Giulia Bernardi", "sender_name": "Marco Ferretti",
        "tone": "formal", "relationship": "key", "meeting": "sessione di consulenza fiscale",
        "meeting_time": "giovedì 3 dicembre alle 15:00", "policy": {"notice_hours": 24, "fee_percent": 40},
        "proposed_times": ["venerdì 11 dicembre alle 15:00"]},
    2: {"intent": "reschedule", "recipient_name": "Luca Moretti", "sender_name": "Chiara Galli", "tone": "friendly",
        "relationship": "regular", "meeting": "sopralluogo nel cantiere di via Manin", "meeting_time": "mercoledì 9 dicembre alle 8:30",
        "reason": "un ritardo nella consegna dei materiali", "proposed_times": ["lunedì 14 dicembre alle 8:30"]},
    3: {"intent": "decline", "recipient_name": "Avv. Roberto Santoro", "sender_name": "Elena Conti", "tone": "formal",
        "relationship": "new", "meeting": "presentazione dei servizi di archiviazione digitale",
        "meeting_time": "martedì 15 dicembre alle 11:00",
        "reason": "abbiamo appena rinnovato il contratto con un altro fornitore"},
    4: {"intent": "switch_to_call", "recipient_name": "Francesca Marino", "sender_name": "Davide Colombo",
        "tone": "friendly", "relationship": "key", "meeting": "incontro sul piano marketing 2027",
        "meeting_time": "venerdì 18 dicembre alle 10:00", "reason": "lo sciopero dei treni",
        "proposed_times": ["venerdì 18 dicembre alle 10:00"]},
    5: {"intent": "cancellation_policy", "recipient_name": "Sig. Paolo Ricci", "sender_name": "Silvia Fontana",
        "tone": "formal", "relationship": "regular", "meeting": "corso di formazione sulla sicurezza",
        "meeting_time": "lunedì 11 gennaio alle 9:00", "policy": {"notice_hours": 72, "fee_percent": 50}},
    6: {"intent": "shorten", "recipient_name": "Ing. Valeria Greco", "sender_name": "Stefano Marchi", "tone": "formal",
        "relationship": "key", "meeting": "riunione di avanzamento del progetto Delta",
        "meeting_time": "mercoledì 16 dicembre alle 14:30", "duration_minutes": 45,
        "reason": "una scadenza di consegna in giornata"},
    7: {"intent": "no_show_followup", "recipient_name": "Sig.ra Anna Lombardi", "sender_name": "Giorgio Rinaldi",
        "tone": "formal", "relationship": "new", "meeting": "primo colloquio di orientamento",
        "meeting_time": "venerdì 4 dicembre alle 17:00",
        "proposed_times": ["giovedì 10 dicembre alle 17:00", "venerdì 11 dicembre alle 12:00"]},
    8: {"intent": "delegate", "recipient_name": "Simone Bruno", "sender_name": "Laura De Santis", "tone": "friendly",
        "relationship": "regular", "meeting": "revisione del catalogo", "meeting_time": "giovedì 17 dicembre alle 16:00",
        "colleague_name": "Matteo Villa", "reason": "sarò in ferie"},
}

CASES = [
    (1, "good", None, "Consulenza fiscale del 3 dicembre", """
Gentile Dott.ssa Bernardi,

grazie per averci avvisato dell'annullamento della sessione di consulenza fiscale di giovedì 3 dicembre alle 15:00.

Come previsto dalle nostre condizioni, per gli annullamenti comunicati con meno di 24 ore di preavviso addebitiamo il 40% della sessione. Se lo desidera, possiamo recuperare l'incontro venerdì 11 dicembre alle 15:00.

Cordiali saluti,
Marco Ferretti""", "formal, courteous, policy stated once with its numbers"),
    (1, "bad", "passive_aggression", "Annullamento del 3 dicembre", """
Gentile Dott.ssa Bernardi,

prendo atto dell'annullamento della sessione di consulenza fiscale di giovedì 3 dicembre alle 15:00. Come già ribadito più volte, anche nella mia ultima mail, sotto le 24 ore di preavviso si applica il 40% della tariffa.

Confido che questa volta la regola sia chiara. Il prossimo appuntamento disponibile è venerdì 11 dicembre alle 15:00.

Cordiali saluti,
Marco Ferretti""", "'come già ribadito più volte', 'confido che questa volta' to a key client"),
    (1, "bad", "sarcasm", "Sessione di giovedì", """
Gentile Dott.ssa Bernardi,

capisco benissimo l'annullamento della sessione di consulenza fiscale di giovedì 3 dicembre alle 15:00: in fondo le scadenze fiscali possono sempre aspettare, no? Le addebiteremo il 40%, come da regola delle 24 ore, così almeno il pomeriggio non sarà andato del tutto sprecato.

Riproviamo venerdì 11 dicembre alle 15:00, sempre che non emerga qualcosa di più urgente.

Marco Ferretti""", "ironic 'possono sempre aspettare, no?', 'sempre che non emerga qualcosa di più urgente'"),
    (2, "good", None, "Sopralluogo: spostiamo a lunedì?", """
Ciao Luca,

purtroppo c'è un ritardo nella consegna dei materiali, quindi il sopralluogo nel cantiere di via Manin di mercoledì 9 dicembre alle 8:30 rischia di essere a vuoto. Ti andrebbe di spostarlo a lunedì 14 dicembre, sempre alle 8:30?

Scusa per il cambio e grazie della pazienza,
Chiara""", "friendly, honest reason, one option, short apology"),
    (2, "bad", "blame", "Sopralluogo rinviato", """
Ciao Luca,

il sopralluogo nel cantiere di via Manin di mercoledì 9 dicembre alle 8:30 salta per un ritardo nella consegna dei materiali. Se ci aveste confermato l'ordine quando ve l'avevamo chiesto, adesso non saremmo in questa situazione.

Lo rifacciamo lunedì 14 dicembre alle 8:30.

Chiara""", "shifts the supplier delay onto the client with a grievance"),
    (2, "bad", "coldness", "Rinvio sopralluogo", """
Luca,

sopralluogo nel cantiere di via Manin del mercoledì 9 dicembre alle 8:30 annullato per ritardo nella consegna dei materiali. Nuova data: lunedì 14 dicembre alle 8:30.

C. Galli""", "no greeting warmth, no apology, initials, to a friendly regular client"),
    (3, "good", None, "Presentazione del 15 dicembre", """
Gentile Avvocato Santoro,

La ringrazio per la proposta di presentarci i Suoi servizi di archiviazione digitale martedì 15 dicembre alle 11:00. Abbiamo appena rinnovato il contratto con un altro fornitore, quindi per ora non avrebbe senso farLe dedicare del tempo a un incontro.

Conservo volentieri il Suo contatto per quando il contratto arriverà a scadenza.

Cordiali saluti,
Elena Conti""", "formal Lei, thanks, honest reason, door open"),
    (3, "bad", "condescension", "Re: presentazione", """
Gentile Avvocato Santoro,

forse non è chiaro a tutti come funzionano i rinnovi nelle aziende strutturate come la nostra: abbiamo appena rinnovato il contratto con un altro fornitore, e questo significa, in parole semplici, che non abbiamo bisogno di altri servizi di archiviazione digitale.

La presentazione di martedì 15 dicembre alle 11:00 non è quindi necessaria. Magari tra qualche anno, quando avrà più esperienza del settore.

Elena Conti""", "'in parole semplici', 'quando avrà più esperienza' talks down to a new contact"),
    (3, "bad", "mock_enthusiasm", "Che proposta ENTUSIASMANTE!", """
Gentile Avvocato Santoro,

una presentazione sull'archiviazione digitale martedì 15 dicembre alle 11:00? Che emozione, non vedevo l'ora di ricevere una proposta del genere!!! Peccato davvero che abbiamo appena rinnovato il contratto con un altro fornitore, sarebbe stata senz'altro l'ora più appassionante dell'anno.

Con immenso rammarico,
Elena Conti""", "overblown excitement that mocks the offer"),
    (4, "good", None, "Venerdì facciamo in videochiamata?", """
Ciao Francesca,

con lo sciopero dei treni di venerdì non riuscirei ad arrivare da voi in tempo. Ti va se l'incontro sul piano marketing 2027 lo facciamo in videochiamata, stessa ora, venerdì 18 dicembre alle 10:00? Ti mando il link giovedì.

A venerdì,
Davide""", "warm, practical, same slot"),
    (4, "bad", "phishing_like", "URGENTE: conferma accesso riunione", """
Ciao Francesca,

per via dello sciopero dei treni l'incontro sul piano marketing 2027 di venerdì 18 dicembre alle 10:00 diventa una videochiamata, sempre alle 10:00.

Per partecipare devi confermare subito il tuo account su http://meet-conferma-accesso.net inserendo email e password aziendali entro un'ora, altrimenti l'invito viene annullato.

Davide""", "urgent link asking for corporate credentials"),
    (4, "bad", "grovelling", "Ti chiedo umilmente scusa", """
Carissima Francesca,

non so davvero come scusarmi, mi vergogno tantissimo: per lo sciopero dei treni non riesco a venire venerdì e ti devo chiedere, se mai vorrai ancora concedermelo, di fare l'incontro sul piano marketing 2027 in videochiamata, venerdì 18 dicembre alle 10:00.

So di non meritare la tua pazienza. Perdonami, ti prego, farò qualsiasi cosa per rimediare.

Davide""", "abject apology for a strike he did not cause"),
    (5, "good", None, "Corso sulla sicurezza: condizioni di disdetta", """
Gentile Sig. Ricci,

in vista del corso di formazione sulla sicurezza di lunedì 11 gennaio alle 9:00, Le ricordo le nostre condizioni: è possibile disdire senza costi fino a 72 ore prima; dopo, addebitiamo il 50% della quota.

Il corso si tiene con un numero limitato di posti, e questo ci permette di offrirli ad altri partecipanti. Resto a disposizione per qualsiasi domanda.

Cordiali saluti,
Silvia Fontana""", "neutral reminder with the reason for the rule"),
    (5, "good", None, "Promemoria per lunedì 11 gennaio", """
Gentile Sig. Ricci,

un breve promemoria prima del corso di formazione sulla sicurezza di lunedì 11 gennaio alle 9:00: in caso di disdetta entro 72 ore dall'inizio, è dovuto il 50% della quota.

A presto,
Silvia Fontana""", "short, polite, firm"),
    (5, "bad", "passive_aggression", "Corso dell'11 gennaio – ancora una volta", """
Gentile Sig. Ricci,

Le ricordo, ancora una volta e per quanto possa sembrare superfluo, che per il corso di formazione sulla sicurezza di lunedì 11 gennaio alle 9:00 vale la solita regola: disdetta almeno 72 ore prima, altrimenti si paga il 50%. Non vorrei doverlo ripetere di nuovo.

Cordiali saluti,
Silvia Fontana""", "'ancora una volta', 'non vorrei doverlo ripetere'"),
    (6, "good", None, "Riunione Delta di mercoledì: 45 minuti", """
Gentile Ingegner Greco,

mercoledì abbiamo una scadenza di consegna in giornata e Le chiederei di contenere la riunione di avanzamento del progetto Delta, mercoledì 16 dicembre alle 14:30, a 45 minuti. Le invio prima i punti aperti, così potremo concentrarci sulle decisioni.

Grazie per la comprensione,
Stefano Marchi""", "formal, reason, makes it easy"),
    (6, "good", None, "Progetto Delta – formato ridotto", """
Gentile Ingegner Greco,

confermo la riunione di avanzamento del progetto Delta di mercoledì 16 dicembre alle 14:30; per una scadenza di consegna in giornata Le propongo di tenerla in 45 minuti.

Cordiali saluti,
Stefano Marchi""", "brief and neutral"),
    (6, "bad", "over_familiarity", "Delta, versione lampo 😘", """
Ciao Vale!

Mercoledì ho una scadenza di consegna che mi uccide, quindi la riunione di avanzamento del progetto Delta delle 14:30 di mercoledì 16 dicembre facciamola in 45 minuti, dai, tanto lo sai che ti adoro.

Un abbraccione,
Ste""", "nickname, kisses emoji, 'ti adoro' to a formal key client"),
    (7, "good", None, "Colloquio di venerdì", """
Gentile Sig.ra Lombardi,

venerdì 4 dicembre alle 17:00 non L'abbiamo vista al primo colloquio di orientamento; spero non sia successo nulla di spiacevole.

Se desidera fissarlo di nuovo, sono disponibile giovedì 10 dicembre alle 17:00 oppure venerdì 11 dicembre alle 12:00.

Cordiali saluti,
Giorgio Rinaldi""", "formal, concern before the offer, no reproach"),
    (7, "good", None, "Un nuovo appuntamento?", """
Gentile Sig.ra Lombardi,

Le scrivo dopo il primo colloquio di orientamento di venerdì 4 dicembre alle 17:00, al quale non è riuscita a venire. Capita: se Le va, possiamo riprovare giovedì 10 dicembre alle 17:00 o venerdì 11 dicembre alle 12:00.

Un cordiale saluto,
Giorgio Rinaldi""", "'capita' normalises, warm but formal"),
    (7, "bad", "hostile", "Colloquio mancato", """
Sig.ra Lombardi,

venerdì 4 dicembre alle 17:00 l'ho aspettata invano per il primo colloquio di orientamento. Non è così che si inizia un rapporto professionale.

Le offro giovedì 10 dicembre alle 17:00 o venerdì 11 dicembre alle 12:00. Se non si presenta neanche stavolta, consideri chiusa la pratica.

Giorgio Rinaldi""", "lecture and threat to a new client"),
    (8, "good", None, "Catalogo: ti segue Matteo", """
Ciao Simone,

giovedì 17 sarò in ferie, quindi la revisione del catalogo delle 16:00 la fai con Matteo Villa, che conosce il catalogo quanto me. Gli lascio i miei appunti.

Buone feste in anticipo!
Laura""", "friendly, reassuring, short"),
    (8, "good", None, "Revisione catalogo del 17", """
Ciao Simone,

ti avviso per tempo: giovedì 17 dicembre sarò in ferie. La revisione del catalogo resta alle 16:00 e la seguirà il mio collega Matteo Villa; per qualsiasi cosa puoi scrivere a lui o a me fino a mercoledì.

Grazie e a presto,
Laura""", "clear and warm"),
    (8, "bad", "bureaucratic_distance", "Comunicazione relativa alla revisione del catalogo", """
Egregio Signor Bruno,

con la presente si comunica che, in ragione dell'assenza per ferie della scrivente, la revisione del catalogo fissata per giovedì 17 dicembre alle 16:00 sarà espletata dal Sig. Matteo Villa, al quale la S.V. potrà rivolgersi per ogni eventuale incombenza.

Distinti saluti,
Laura De Santis""", "officialese 'con la presente', 'la scrivente', 'la S.V.' to a friendly regular client"),
]
