"""Italian v6 tone cases: SITS (situation fields without id/language) and CASES (sit, label, flaw, subject, body, note)."""

SITS = {
    1: {"intent": "reschedule", "recipient_name": "Dott.ssa Ornella Pavanello", "sender_name": "Lorenzo Sciacca",
        "tone": "formal", "relationship": "key", "meeting": "riunione di revisione del bilancio semestrale",
        "meeting_time": "martedì 15 dicembre alle 11:00",
        "proposed_times": ["mercoledì 16 dicembre alle 11:00", "venerdì 18 dicembre alle 15:00"],
        "reason": "una trasferta urgente presso lo stabilimento di Brescia"},
    2: {"intent": "shorten", "recipient_name": "Federico Lanzillotta", "sender_name": "Chiara Bonaccorsi",
        "tone": "friendly", "relationship": "regular", "meeting": "prova del menù per il pranzo aziendale",
        "meeting_time": "giovedì 10 dicembre alle 12:30", "duration_minutes": 30,
        "reason": "una consegna dei fornitori spostata all'ultimo momento"},
    3: {"intent": "switch_to_email", "recipient_name": "Ing. Salvatore Quartararo", "sender_name": "Elisa Montanaro",
        "tone": "formal", "relationship": "new",
        "meeting": "incontro conoscitivo sul preventivo per l'impianto fotovoltaico",
        "meeting_time": "lunedì 14 dicembre alle 9:30",
        "reason": "il preventivo richiede solo pochi chiarimenti tecnici"},
    4: {"intent": "no_show_followup", "recipient_name": "Valentina Scarpellini", "sender_name": "Davide Ruggeri",
        "tone": "friendly", "relationship": "key", "meeting": "sessione di allenamento funzionale",
        "meeting_time": "venerdì 4 dicembre alle 7:00", "proposed_times": ["lunedì 14 dicembre alle 7:00"]},
    5: {"intent": "decline", "recipient_name": "Sig.ra Annalisa Corradini", "sender_name": "Paolo Vitiello",
        "tone": "formal", "relationship": "regular", "meeting": "presentazione della nuova collezione di tessuti",
        "meeting_time": "mercoledì 13 gennaio alle 17:00",
        "reason": "la fiera di Francoforte, dove saremo con lo stand quella settimana"},
    6: {"intent": "delegate", "recipient_name": "Nicolò Fumagalli", "sender_name": "Serena Carbonara",
        "colleague_name": "Ilaria Dessì", "tone": "friendly", "relationship": "new",
        "meeting": "sopralluogo per la ristrutturazione del bagno", "meeting_time": "martedì 22 dicembre alle 10:00",
        "reason": "un intervento chirurgico programmato"},
    7: {"intent": "late_cancellation", "recipient_name": "Avv. Gianmarco Pellegatta", "sender_name": "Rosaria Tedeschi",
        "tone": "formal", "relationship": "key", "meeting": "seduta di consulenza fiscale annuale",
        "meeting_time": "martedì 1 dicembre alle 16:00", "proposed_times": ["giovedì 17 dicembre alle 16:00"],
        "policy": {"notice_hours": 72, "fee_percent": 100}},
    8: {"intent": "cancellation_policy", "recipient_name": "Beatrice Loiacono", "sender_name": "Matteo Zanchetta",
        "tone": "friendly", "relationship": "regular", "meeting": "lezione di ceramica al tornio",
        "meeting_time": "sabato 9 gennaio alle 10:00", "policy": {"notice_hours": 48, "fee_percent": 50}},
}

CASES = [
    (1, "good", None, "Riunione del 15 dicembre: nuova data",
     """
Gentile Dottoressa Pavanello,

purtroppo devo chiederLe di spostare la riunione di revisione del bilancio semestrale fissata per martedì 15 dicembre alle 11:00: una trasferta urgente presso lo stabilimento di Brescia mi terrà fuori sede tutta la giornata.

Le propongo mercoledì 16 dicembre alle 11:00 oppure venerdì 18 dicembre alle 15:00. Se nessuna delle due date Le fosse comoda, mi indichi pure Lei un momento e mi organizzerò di conseguenza.

Mi scuso per il disagio e La ringrazio per la disponibilità.

Cordiali saluti,
Lorenzo Sciacca
""", "formal Lei, warm, reason and two slots, flexible"),
    (1, "bad", "passive_aggression", "Revisione bilancio semestrale",
     """
Gentile Dottoressa Pavanello,

come già ribadito nella mia mail della settimana scorsa, a cui non ho ancora avuto il piacere di ricevere risposta, la riunione di revisione del bilancio semestrale di martedì 15 dicembre alle 11:00 va spostata per una trasferta urgente presso lo stabilimento di Brescia.

Le ripropongo quindi mercoledì 16 dicembre alle 11:00 oppure venerdì 18 dicembre alle 15:00.

Resto in attesa di un cortese riscontro.

Lorenzo Sciacca
""", "'come già ribadito', 'a cui non ho ancora avuto il piacere di ricevere risposta', 'cortese riscontro' used coldly"),
    (1, "bad", "over_familiarity", "Cambio di programma!!",
     """
Ciao Ornellina cara,

ti devo dare buca martedì 15 dicembre alle 11:00 per la riunione di revisione del bilancio semestrale, mi spediscono di corsa a Brescia per una trasferta urgente presso lo stabilimento, che palle! Facciamo mercoledì 16 dicembre alle 11:00 o venerdì 18 dicembre alle 15:00? Dimmi tu, bella.

Un bacione,
Lollo
""", "diminutive, 'bella', swearing and 'bacione' to a key client addressed formally"),
    (2, "good", None, "Prova menù di giovedì",
     """
Ciao Federico,

giovedì 10 dicembre alle 12:30 ci vediamo comunque per la prova del menù per il pranzo aziendale, ma ti chiedo di starci in 30 minuti: una consegna dei fornitori è stata spostata all'ultimo momento proprio su quell'ora. Ti preparo gli assaggi già impiattati, così non perdiamo tempo e ti godi almeno il dolce con calma.

A giovedì!
Chiara
""", "friendly, short, the reason and a practical plan"),
    (2, "bad", "sarcasm", "Giovedì",
     """
Ciao Federico,

la prova del menù per il pranzo aziendale di giovedì 10 dicembre alle 12:30 durerà 30 minuti, per una consegna dei fornitori spostata all'ultimo momento. So che per te decidere tra due antipasti è un'impresa epica che richiede ore di meditazione, ma sono sicura che per una volta ce la farai.

Chiara
""", "sarcasm about the client's indecision"),
    (2, "bad", "blame", "Prova menù 10/12",
     """
Ciao Federico,

giovedì 10 dicembre alle 12:30 la prova del menù per il pranzo aziendale sarà di 30 minuti: una consegna dei fornitori è stata spostata all'ultimo momento. Se l'elenco degli ospiti con le allergie me l'avessi mandato quando te l'avevo chiesto, avremmo già chiuso tutto e non saremmo a questo punto.

Chiara
""", "reproaches the client for a late list"),
    (3, "good", None, "Preventivo impianto fotovoltaico",
     """
Gentile Ingegner Quartararo,

La ringrazio per l'interesse. Ripensandoci, per l'incontro conoscitivo sul preventivo per l'impianto fotovoltaico di lunedì 14 dicembre alle 9:30 credo di poterLe far risparmiare tempo: il preventivo richiede solo pochi chiarimenti tecnici, che Le posso dare per iscritto.

Le invio entro domani le risposte punto per punto; se dopo la lettura preferisse comunque vederci, sarò lieta di farlo.

Cordiali saluti,
Elisa Montanaro
""", "formal, warm, frames the switch as a saving for the client, leaves the door open"),
    (3, "bad", "wrong_register", "Preventivo",
     """
Ciao Salvatore!

Senti, l'incontro conoscitivo sul preventivo per l'impianto fotovoltaico di lunedì 14 dicembre alle 9:30 lo saltiamo, dai: il preventivo richiede solo pochi chiarimenti tecnici, te li scrivo via mail e via. Tranqui, è una roba veloce.

Ciaooo
Eli
""", "tu, 'tranqui', 'ciaooo' and a nickname to a new client expecting Lei"),
    (3, "bad", "bureaucratic_distance", "Comunicazione relativa all'incontro del 14/12",
     """
Egregio Ing. Quartararo,

con la presente si rende noto che l'incontro conoscitivo sul preventivo per l'impianto fotovoltaico, previsto per lunedì 14 dicembre alle 9:30, non avrà luogo, atteso che il preventivo richiede solo pochi chiarimenti tecnici.

I suddetti chiarimenti verranno forniti alla S.V. in forma scritta, a mezzo posta elettronica, nei tempi tecnici necessari.

Distinti saluti.
L'ufficio commerciale
""", "'con la presente si rende noto', 'alla S.V.', signed by an office: no person, to a new client"),
    (4, "good", None, "Tutto bene?",
     """
Ciao Valentina,

venerdì 4 dicembre alle 7:00 non ti ho vista alla sessione di allenamento funzionale: tutto a posto? Spero niente di serio.

Se ti va, ti tengo lunedì 14 dicembre alle 7:00. Fammi sapere quando puoi, nessuna fretta.

Davide
""", "friendly check-in, offers a slot, no reproach"),
    (4, "bad", "mock_enthusiasm", "Che allenamento!",
     """
Ciao Valentina!!

Grazie davvero per venerdì 4 dicembre alle 7:00: la sessione di allenamento funzionale da solo, al buio, con la palestra tutta per me, è stata un'esperienza indimenticabile! Alzarmi alle 5:30 per niente è sempre un piacere.

Lunedì 14 dicembre alle 7:00 ci riproviamo? Non vedo l'ora!!!
Davide
""", "fake enthusiasm about being stood up"),
    (4, "bad", "passive_aggression", "Sessione di venerdì",
     """
Ciao Valentina,

venerdì 4 dicembre alle 7:00 ti ho aspettato per la sessione di allenamento funzionale. Immagino avessi di meglio da fare; come ti ho già detto altre volte, basta un messaggio, ma va bene così.

Ti propongo lunedì 14 dicembre alle 7:00, sempre che tu riesca a ricordartene.

Davide
""", "'immagino avessi di meglio da fare', 'come ti ho già detto altre volte', 'sempre che tu riesca a ricordartene'"),
    (5, "good", None, "Presentazione del 13 gennaio",
     """
Gentile Signora Corradini,

La ringrazio per l'invito alla presentazione della nuova collezione di tessuti di mercoledì 13 gennaio alle 17:00. Purtroppo non potrò esserci: quella settimana saremo con lo stand alla fiera di Francoforte.

Le auguro una bellissima serata.

Cordiali saluti,
Paolo Vitiello
""", "very short, formal, kind, honest decline"),
    (5, "good", None, "Grazie per l'invito",
     """
Gentile Signora Corradini,

mi dispiace davvero dover rinunciare alla presentazione della nuova collezione di tessuti, mercoledì 13 gennaio alle 17:00: proprio quella settimana siamo impegnati con lo stand alla fiera di Francoforte.

Le confesso che mi costa, perché le Sue collezioni sono sempre una sorpresa. Se dovesse avere a disposizione un catalogo, lo guarderei con grande piacere al mio rientro.

Con i migliori saluti,
Paolo Vitiello
""", "formal but warm, a sincere compliment, a modest request"),
    (5, "bad", "coldness", "13/01",
     """
Sig.ra Corradini,

non parteciperò alla presentazione della nuova collezione di tessuti del 13 gennaio, ore 17:00. Fiera di Francoforte.

P. Vitiello
""", "two lines, no greeting, no thanks to a regular client who invited him"),
    (6, "good", None, "Sopralluogo del 22 dicembre",
     """
Ciao Nicolò,

ti scrivo per un cambio: per un intervento chirurgico programmato non potrò essere io al sopralluogo per la ristrutturazione del bagno di martedì 22 dicembre alle 10:00. Verrà la mia collega Ilaria Dessì, che conosce il progetto e prenderà tutte le misure.

Sei in ottime mani, probabilmente anche più precise delle mie.

Un saluto,
Serena
""", "friendly, light humour, clear handover, no promise to stay reachable"),
    (6, "good", None, "Sopralluogo: ci sarà Ilaria",
     """
Ciao Nicolò,

martedì 22 dicembre alle 10:00, per il sopralluogo per la ristrutturazione del bagno, ti raggiungerà la mia collega Ilaria Dessì: io ho un intervento chirurgico programmato. Ha già tutti i dettagli.

A presto,
Serena
""", "very short, kind, clear"),
    (6, "bad", "grovelling", "Ti chiedo mille volte scusa",
     """
Ciao Nicolò,

ti chiedo umilmente perdono, mi vergogno tantissimo: per un intervento chirurgico programmato non potrò venire al sopralluogo per la ristrutturazione del bagno di martedì 22 dicembre alle 10:00. So che è una mancanza gravissima, proprio all'inizio, e capirei benissimo se volessi rivolgerti a un'altra impresa.

Al mio posto verrà la mia collega Ilaria Dessì. Ti prego, dacci un'altra possibilità. Scusa, scusa, scusa.

Serena
""", "begs forgiveness for a planned operation"),
    (7, "good", None, "Consulenza del 1° dicembre",
     """
Egregio Avvocato Pellegatta,

ho ricevuto la Sua comunicazione sull'annullamento della seduta di consulenza fiscale annuale di martedì 1 dicembre alle 16:00; spero che non si tratti di nulla di grave.

Come da nostre condizioni, in caso di disdetta con meno di 72 ore di preavviso la seduta viene addebitata per intero: il tempo era stato riservato e preparato per Lei. La ringrazio della comprensione.

Le propongo di rivederci giovedì 17 dicembre alle 16:00.

Cordiali saluti,
Rosaria Tedeschi
""", "firm on the full fee with its reason, courteous"),
    (7, "good", None, "Nuovo appuntamento",
     """
Egregio Avvocato,

nessun problema per la seduta di consulenza fiscale annuale di martedì 1 dicembre alle 16:00: può capitare. Le propongo giovedì 17 dicembre alle 16:00.

Per trasparenza Le ricordo che, essendo arrivata la disdetta con meno di 72 ore di anticipo, l'intera seduta resta da fatturare.

Un cordiale saluto,
Rosaria Tedeschi
""", "short, calm, states the full fee plainly"),
    (7, "bad", "hostile", "Seduta del 1 dicembre",
     """
Egregio Avv. Pellegatta,

prendo atto della disdetta della seduta di consulenza fiscale annuale di martedì 1 dicembre alle 16:00, pervenuta con meno di 72 ore di preavviso. La seduta Le sarà quindi addebitata al 100%.

Le propongo giovedì 17 dicembre alle 16:00. Sia chiaro però che, se dovesse ripetersi, valuteremo se abbia ancora senso proseguire il rapporto professionale.

Rosaria Tedeschi
""", "veiled threat to end the relationship with a key client"),
    (8, "good", None, "Lezione di sabato 9 gennaio",
     """
Ciao Beatrice,

ti aspetto sabato 9 gennaio alle 10:00 per la lezione di ceramica al tornio! Solo un promemoria pratico: se non riesci a venire, avvisami almeno 48 ore prima; dopo, la metà della lezione va pagata lo stesso, perché l'argilla e il tornio sono già pronti per te.

A sabato, con le mani pronte a sporcarsi,
Matteo
""", "friendly, explains the reason for the fee, light touch"),
    (8, "good", None, "Disdette",
     """
Ciao Beatrice,

per la lezione di ceramica al tornio di sabato 9 gennaio alle 10:00: in caso di disdetta ti chiedo un preavviso di 48 ore, altrimenti trattengo il 50%. Per qualsiasi dubbio scrivimi pure.

Matteo
""", "short, clear, kind"),
    (8, "bad", "condescension", "Regole",
     """
Ciao Beatrice,

visto che non tutti hanno chiaro come funziona un corso serio, te lo spiego in parole semplici: per la lezione di ceramica al tornio di sabato 9 gennaio alle 10:00, se disdici meno di 48 ore prima paghi il 50%. Non è difficile, basta un minimo di organizzazione.

Matteo
""", "'te lo spiego in parole semplici', 'basta un minimo di organizzazione'"),
]
