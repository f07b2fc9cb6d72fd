"""Italian v5 tone cases: SITS (situation fields without id/language) and CASES (sit, label, flaw, subject, body, note)."""

SITS = {
    1: {"intent": "switch_to_call", "recipient_name": "Dott. Ferdinando Pellizzari", "sender_name": "Giulia Marangoni",
        "tone": "formal", "relationship": "key",
        "meeting": "incontro in sede per il rinnovo della fornitura di imballaggi",
        "meeting_time": "mercoledì 16 dicembre alle 10:00",
        "reason": "lo sciopero dei treni annunciato per quel giorno"},
    2: {"intent": "reschedule", "recipient_name": "Lorenza Basile", "sender_name": "Matteo Zanardi",
        "tone": "friendly", "relationship": "regular",
        "meeting": "sopralluogo per la nuova cucina",
        "meeting_time": "venerdì 11 dicembre alle 15:00",
        "reason": "un ritardo nella consegna dei campioni di piano in quarzo",
        "proposed_times": ["martedì 15 dicembre alle 15:00", "giovedì 17 dicembre alle 9:30"]},
    3: {"intent": "late_cancellation", "recipient_name": "Sig.ra Annamaria Cuccurullo", "sender_name": "Davide Orsenigo",
        "tone": "formal", "relationship": "new",
        "meeting": "prima seduta di valutazione posturale",
        "meeting_time": "martedì 1 dicembre alle 18:30",
        "proposed_times": ["lunedì 14 dicembre alle 18:30"],
        "policy": {"notice_hours": 24, "fee_percent": 100}},
    4: {"intent": "shorten", "recipient_name": "Tommaso Ricciardelli", "sender_name": "Elisa Bonfiglio",
        "tone": "friendly", "relationship": "key",
        "meeting": "riunione di pianificazione del palinsesto social 2027",
        "meeting_time": "giovedì 10 dicembre alle 14:00", "duration_minutes": 45,
        "reason": "una consegna urgente per un altro progetto nel pomeriggio"},
    5: {"intent": "delegate", "recipient_name": "Avv. Raffaella Scognamiglio", "sender_name": "Pietro Gualtieri",
        "tone": "formal", "relationship": "regular",
        "meeting": "revisione del contratto di locazione del magazzino di Pomezia",
        "meeting_time": "lunedì 14 dicembre alle 11:30",
        "reason": "un intervento chirurgico programmato", "colleague_name": "Chiara Lombardozzi"},
    6: {"intent": "no_show_followup", "recipient_name": "Federica Tagliaferri", "sender_name": "Simone Caputo",
        "tone": "friendly", "relationship": "new",
        "meeting": "lezione di prova di pianoforte",
        "meeting_time": "giovedì 3 dicembre alle 17:00",
        "proposed_times": ["mercoledì 9 dicembre alle 17:00"]},
    7: {"intent": "cancellation_policy", "recipient_name": "Ing. Corrado Bellomo", "sender_name": "Marta Sciarra",
        "tone": "formal", "relationship": "regular",
        "meeting": "corso di aggiornamento sulla sicurezza in cantiere",
        "meeting_time": "martedì 12 gennaio alle 9:00",
        "policy": {"notice_hours": 120, "fee_percent": 30}},
    8: {"intent": "switch_to_email", "recipient_name": "Beatrice Nardone", "sender_name": "Luca Ferrante",
        "tone": "friendly", "relationship": "key",
        "meeting": "aperitivo di fine anno per fare il punto sul catalogo",
        "meeting_time": "martedì 22 dicembre alle 18:30",
        "reason": "una settimana di inventario in magazzino"},
}

CASES = [
    (1, "good", None, "Incontro del 16 dicembre: possiamo sentirci al telefono?", """
Gentile Dottor Pellizzari,

per mercoledì 16 dicembre è stato annunciato uno sciopero dei treni e temo di non riuscire a raggiungervi in sede per l'incontro sul rinnovo della fornitura di imballaggi delle 10:00.

Le propongo di tenerlo comunque alla stessa ora, per telefono o in videochiamata, come preferisce: i punti da discutere restano gli stessi e non vorrei farle perdere tempo.

Con i più cordiali saluti,
Giulia Marangoni
""", "formal, keeps the time, gives the choice to the key client"),
    (1, "bad", "passive_aggression", "Incontro del 16 dicembre", """
Gentile Dottor Pellizzari,

come già anticipato, e come avrebbe potuto facilmente verificare sui notiziari, mercoledì 16 dicembre ci sarà lo sciopero dei treni annunciato per quel giorno. L'incontro in sede per il rinnovo della fornitura di imballaggi delle 10:00 si terrà quindi per telefono.

Cordiali saluti,
Giulia Marangoni
""", "'come già anticipato, e come avrebbe potuto facilmente verificare' to a key client"),
    (1, "bad", "over_familiarity", "Mercoledì :)", """
Ciao Ferdi, carissimo!

Mercoledì 16 dicembre c'è lo sciopero dei treni, figurati se mi metto in viaggio per l'incontro in sede sul rinnovo della fornitura di imballaggi delle 10:00! Facciamo una bella telefonata alla stessa ora e via, tanto ormai siamo di famiglia.

Un abbraccione,
Giuly
""", "nickname 'Ferdi', 'abbraccione', 'siamo di famiglia' to a key client addressed as Dottore"),

    (2, "good", None, "Sopralluogo cucina: spostiamo?", """
Ciao Lorenza,

i campioni di piano in quarzo arriveranno in ritardo e senza quelli il sopralluogo per la nuova cucina di venerdì 11 dicembre alle 15:00 servirebbe a metà.

Ti andrebbe meglio martedì 15 dicembre alle 15:00 oppure giovedì 17 dicembre alle 9:30? Così ti porto i campioni e scegliamo tutto in una volta.

Scusa il cambio di programma,
Matteo
""", "friendly, explains why moving helps her"),
    (2, "bad", "sarcasm", "Sopralluogo", """
Ciao Lorenza,

indovina? I campioni di piano in quarzo sono in ritardo, che novità. Evidentemente i corrieri hanno deciso di regalarci un Natale emozionante. Quindi il sopralluogo per la nuova cucina di venerdì 11 dicembre alle 15:00 salta, ovviamente.

Martedì 15 dicembre alle 15:00 o giovedì 17 dicembre alle 9:30. Fammi sapere, con calma eh.

Matteo
""", "'che novità', 'ovviamente', 'con calma eh'"),
    (2, "bad", "coldness", "Variazione appuntamento", """
Buongiorno,

si comunica che il sopralluogo per la nuova cucina previsto per venerdì 11 dicembre alle 15:00 non avrà luogo, a causa di un ritardo nella consegna dei campioni di piano in quarzo.

Date alternative: martedì 15 dicembre alle 15:00; giovedì 17 dicembre alle 9:30.

M. Zanardi
""", "no name, impersonal 'si comunica', no apology, to a friendly regular client"),

    (3, "good", None, "La seduta di martedì 1 dicembre", """
Gentile Signora Cuccurullo,

mi dispiace che non sia stato possibile vederci per la prima seduta di valutazione posturale di martedì 1 dicembre alle 18:30. Se le va bene, la possiamo recuperare lunedì 14 dicembre alle 18:30.

Le ricordo che le disdette con meno di 24 ore di preavviso comportano l'addebito dell'intera seduta; è una regola che applichiamo a tutti, perché quell'ora resta riservata a lei.

Resto a disposizione per qualsiasi domanda.

Cordiali saluti,
Davide Orsenigo
""", "formal, firm on the full fee with its reason, no reproach"),
    (3, "bad", "blame", "Disdetta del 1 dicembre", """
Gentile Signora Cuccurullo,

la sua disdetta tardiva della prima seduta di valutazione posturale di martedì 1 dicembre alle 18:30 mi ha fatto perdere un'ora di lavoro che avrei potuto dare a un altro paziente in lista d'attesa. Capirà che comportamenti di questo tipo creano problemi a tutto lo studio.

Come da regolamento, con meno di 24 ore di preavviso la seduta viene addebitata per intero. Possiamo recuperarla lunedì 14 dicembre alle 18:30.

Davide Orsenigo
""", "blames a new client for the lost hour and for 'tutto lo studio'"),
    (3, "bad", "condescension", "Seduta annullata", """
Gentile Signora Cuccurullo,

capisco che per chi non è abituato a questo tipo di percorsi possa non essere chiaro, quindi glielo spiego con calma: se si disdice con meno di 24 ore di preavviso, come è successo per la prima seduta di valutazione posturale di martedì 1 dicembre alle 18:30, la seduta viene addebitata per intero. È una regola molto semplice.

Possiamo riprovare lunedì 14 dicembre alle 18:30.

Cordiali saluti,
Davide Orsenigo
""", "'per chi non è abituato', 'glielo spiego con calma', 'molto semplice'"),

    (4, "good", None, "Giovedì: 45 minuti ben spesi", """
Ciao Tommaso,

giovedì 10 dicembre alle 14:00 ci sono, ma nel pomeriggio ho una consegna urgente per un altro progetto: ti chiedo di tenere la riunione di pianificazione del palinsesto social 2027 in 45 minuti.

Arrivo con una bozza del calendario già pronta, così il tempo lo usiamo per decidere e non per partire da zero.

A giovedì!
Elisa
""", "friendly, turns the shorter slot into a plan"),
    (4, "bad", "sarcasm", "Giovedì", """
Ciao Tommaso,

so che adori le riunioni fiume, quindi questa ti spezzerà il cuore: giovedì 10 dicembre alle 14:00 la riunione di pianificazione del palinsesto social 2027 durerà solo 45 minuti. Nel pomeriggio ho una consegna urgente per un altro progetto, sai, c'è anche chi lavora.

Elisa
""", "'ti spezzerà il cuore', 'c'è anche chi lavora': sarcasm at a key client"),
    (4, "bad", "hostile", "Giovedì 45 minuti", """
Tommaso,

giovedì 10 dicembre alle 14:00: riunione di pianificazione del palinsesto social 2027, 45 minuti, non uno di più. Ho una consegna urgente per un altro progetto nel pomeriggio e non ho intenzione di sacrificarla.

Se questo è un problema, dimmelo subito, così ognuno si organizza per conto suo.

Elisa
""", "curt orders and a veiled threat ('ognuno per conto suo') to a key client"),

    (5, "good", None, "Revisione del contratto di Pomezia: la seguirà Chiara Lombardozzi", """
Gentile Avvocato Scognamiglio,

a causa di un intervento chirurgico programmato non potrò partecipare alla revisione del contratto di locazione del magazzino di Pomezia di lunedì 14 dicembre alle 11:30.

La mia collega Chiara Lombardozzi, che ha seguito con me tutte le bozze, sarà presente al mio posto e ha già ricevuto le mie note.

La ringrazio per la comprensione e le porgo i miei migliori saluti.

Pietro Gualtieri
""", "formal, clear handover, reason stated without drama"),
    (5, "good", None, "Lunedì 14 dicembre", """
Gentile Avvocato,

lunedì 14 dicembre sarò fermo per un intervento chirurgico programmato, niente di preoccupante. Alla revisione del contratto di locazione del magazzino di Pomezia delle 11:30 ci sarà Chiara Lombardozzi, che conosce il dossier quanto me, se non meglio.

Un cordiale saluto,
Pietro Gualtieri
""", "short, formal but warm, light reassurance"),
    (5, "bad", "bureaucratic_distance", "Comunicazione di sostituzione del referente", """
Spett.le Avv. Scognamiglio,

con la presente si comunica che, per sopravvenuto impedimento del sottoscritto dovuto a intervento chirurgico programmato, la partecipazione alla revisione del contratto di locazione del magazzino di Pomezia fissata per lunedì 14 dicembre alle 11:30 sarà assicurata dalla collega Chiara Lombardozzi, in qualità di referente incaricata.

Si resta in attesa di cortese riscontro.

Distinti saluti,
Gualtieri
""", "'con la presente si comunica', 'il sottoscritto', 'cortese riscontro' to a regular contact"),

    (6, "good", None, "La lezione di giovedì", """
Ciao Federica,

giovedì alle 17:00 ti ho aspettata per la lezione di prova di pianoforte; immagino ti sia capitato un imprevisto, spero niente di serio.

Se hai ancora voglia di provare, mercoledì 9 dicembre alle 17:00 il pianoforte è libero. Fammi sapere!

Simone
""", "friendly, assumes good faith, one clear offer"),
    (6, "good", None, "Lezione di prova", """
Ciao Federica,

nessun problema per giovedì 3 dicembre. Vuoi fare la lezione di prova di pianoforte mercoledì 9 dicembre alle 17:00? Ti aspetto volentieri.

Simone
""", "very brief and kind"),
    (6, "bad", "mock_enthusiasm", "Che emozione!!!", """
Ciao Federica!!!

Che meraviglia la lezione di prova di pianoforte di giovedì 3 dicembre alle 17:00! Io, il pianoforte e un'ora di silenzio assoluto: un'esperienza indimenticabile, davvero, grazie!!!

Non vedo l'ora di rifarlo mercoledì 9 dicembre alle 17:00, magari stavolta in due! 😄

Simone
""", "mock enthusiasm about being stood up by a new pupil"),

    (7, "good", None, "Corso sulla sicurezza del 12 gennaio: condizioni di disdetta", """
Gentile Ingegner Bellomo,

in vista del corso di aggiornamento sulla sicurezza in cantiere di martedì 12 gennaio alle 9:00, le ricordo le nostre condizioni: eventuali disdette vanno comunicate almeno 5 giorni (120 ore) prima dell'inizio; oltre questo termine addebitiamo il 30% della quota.

Lo scrivo a tutti i partecipanti per tempo, così nessuno ha sorprese sotto le feste.

Cordiali saluti,
Marta Sciarra
""", "formal, clear, says why it is sent"),
    (7, "good", None, "Corso del 12 gennaio", """
Gentile Ingegnere,

un promemoria semplice per il corso di aggiornamento sulla sicurezza in cantiere di martedì 12 gennaio alle 9:00: se dovesse disdire, la preghiamo di farlo con almeno 120 ore di anticipo; dopo, è dovuto il 30% della quota.

Grazie, e buone feste,
Marta Sciarra
""", "very brief, formal and friendly"),
    (7, "bad", "passive_aggression", "Promemoria (ancora) sulle condizioni di disdetta", """
Gentile Ingegner Bellomo,

mi permetto di ricordarle, ancora una volta e per sicurezza, che per il corso di aggiornamento sulla sicurezza in cantiere di martedì 12 gennaio alle 9:00 le disdette vanno comunicate con almeno 120 ore di preavviso, pena l'addebito del 30% della quota. So che queste cose tendono a sfuggire.

Confido che stavolta non ci saranno sorprese.

Cordiali saluti,
Marta Sciarra
""", "'ancora una volta', 'tendono a sfuggire', 'stavolta': polite form, barbed content"),

    (8, "good", None, "Aperitivo del 22: facciamo per mail?", """
Ciao Beatrice,

la settimana dell'aperitivo di fine anno coincide con l'inventario in magazzino e martedì 22 dicembre alle 18:30 rischierei di arrivare contando scatoloni a voce alta.

Ti propongo di fare il punto sul catalogo per mail: ti mando io i materiali e mi rispondi con calma. L'aperitivo non lo cancello, lo sposto all'anno nuovo, quando avremo entrambi la testa libera.

Un abbraccio,
Luca
""", "warm, humour that lands, key client; the aperitivo is postponed without a date"),
    (8, "good", None, "Martedì 22", """
Ciao Beatrice,

con l'inventario in magazzino quella settimana, preferisco fare il punto sul catalogo per mail invece dell'aperitivo di martedì 22 dicembre alle 18:30. Ti scrivo domani con tutto.

Grazie della pazienza!
Luca
""", "short, friendly, clear"),
    (8, "bad", "grovelling", "Perdonami, ti prego", """
Carissima Beatrice,

non so nemmeno da dove cominciare a scusarmi. Sono mortificato: per colpa dell'inventario in magazzino devo chiederti di rinunciare all'aperitivo di fine anno di martedì 22 dicembre alle 18:30 per fare il punto sul catalogo per mail. Lo so, è imperdonabile, non merito la tua pazienza.

Ti prego, non prendertela con me. Farò qualsiasi cosa per rimediare, qualsiasi.

Con infinite, infinite scuse,
Luca
""", "grovelling: 'mortificato', 'imperdonabile', 'non merito', 'qualsiasi cosa'"),
]
