# Italian tone cases, dev split. Hand-written by the data-tone helper; see ../README.md.

SITS = {
    "tone-it01": dict(intent="reschedule", recipient_name="Dott.ssa Francesca Bianchi", sender_name="Marco Rossi",
                      meeting="la revisione trimestrale del budget", meeting_time="martedì 12 novembre alle 10:00",
                      reason="un impegno familiare improrogabile",
                      proposed_times=["giovedì 14 novembre alle 10:00", "venerdì 15 novembre alle 15:00"],
                      tone="formal", relationship="key"),
    "tone-it02": dict(intent="late_cancellation", recipient_name="Giorgio Conti", sender_name="Elena Ferrari",
                      meeting="il sopralluogo in cantiere", meeting_time="lunedì 4 novembre alle 9:00",
                      reason="un imprevisto dell'ultimo minuto", proposed_times=["mercoledì 13 novembre alle 9:00"],
                      policy=dict(notice_hours=48, fee_percent=30), tone="formal", relationship="regular"),
    "tone-it03": dict(intent="decline", recipient_name="Chiara Romano", sender_name="Luca Greco",
                      meeting="la cena di gala", meeting_time="venerdì 22 novembre alle 20:00",
                      reason="un viaggio di lavoro già fissato", tone="friendly", relationship="regular"),
    "tone-it04": dict(intent="no_show_followup", recipient_name="Alessandro Marino", sender_name="Giulia Ricci",
                      meeting="il primo incontro conoscitivo", meeting_time="martedì 5 novembre alle 11:00",
                      proposed_times=["lunedì 18 novembre alle 11:00", "martedì 19 novembre alle 16:00"],
                      tone="formal", relationship="new"),
    "tone-it05": dict(intent="cancellation_policy", recipient_name="Roberta Galli", sender_name="Stefano Moretti",
                      policy=dict(notice_hours=24, deposit_percent=30), tone="formal", relationship="new"),
    "tone-it06": dict(intent="shorten", recipient_name="Valentina Costa", sender_name="Andrea Fontana",
                      meeting="il workshop sul nuovo sito", meeting_time="mercoledì 20 novembre alle 14:00",
                      duration_minutes=45, reason="devo essere a Milano in serata", tone="friendly", relationship="key"),
    "tone-it07": dict(intent="delegate", recipient_name="Ing. Paolo Esposito", sender_name="Silvia Lombardi",
                      meeting="la riunione di avanzamento lavori", meeting_time="giovedì 21 novembre alle 9:30",
                      colleague_name="Davide Santoro", reason="il mio congedo parentale, che inizia il 18 novembre",
                      tone="formal", relationship="key"),
    "tone-it08": dict(intent="switch_to_call", recipient_name="Matteo Gallo", sender_name="Sara Mancini",
                      meeting="il punto settimanale", meeting_time="lunedì 25 novembre alle 10:00",
                      reason="lo sciopero dei treni", tone="friendly", relationship="regular"),
    "tone-it09": dict(intent="switch_to_email", recipient_name="Dott.ssa Laura Bianchi", sender_name="Federico De Luca",
                      meeting="l'incontro sul preventivo di manutenzione", meeting_time="mercoledì 27 novembre alle 15:00",
                      reason="restano solo alcune cifre da verificare", tone="formal", relationship="regular"),
    "tone-it10": dict(intent="late_cancellation", recipient_name="Martina Villa", sender_name="Simone Barbieri",
                      meeting="lo shooting fotografico per il catalogo", meeting_time="giovedì 7 novembre alle 14:00",
                      reason="un problema di salute", proposed_times=["martedì 19 novembre alle 14:00"],
                      policy=dict(notice_hours=48, fee_percent=50), tone="friendly", relationship="key"),
    "tone-it11": dict(intent="decline", recipient_name="Giovanni Ferri", sender_name="Anna Caruso",
                      meeting="l'inaugurazione del nuovo showroom", meeting_time="sabato 30 novembre alle 18:30",
                      reason="un impegno familiare preso da tempo", tone="formal", relationship="key"),
    "tone-it12": dict(intent="reschedule", recipient_name="Elisa Marchetti", sender_name="Lorenzo Rinaldi",
                      meeting="la call conoscitiva", meeting_time="martedì 26 novembre alle 16:00",
                      reason="perché devo essere a Torino",
                      proposed_times=["mercoledì 27 novembre alle 16:00", "giovedì 28 novembre alle 10:00"],
                      tone="friendly", relationship="new"),
}

CASES = [
    ("tone-it01", "good", None, "Revisione trimestrale del budget: proposta di nuova data",
     """Gentile Dottoressa Bianchi,

a causa di un impegno familiare improrogabile sono costretto a chiederLe di spostare la revisione trimestrale del budget, prevista per martedì 12 novembre alle 10:00. Me ne scuso.

Le propongo in alternativa:
- giovedì 14 novembre alle 10:00
- venerdì 15 novembre alle 15:00

Se nessuna delle due date Le fosse comoda, mi adeguerò volentieri alle Sue disponibilità.

Cordiali saluti,
Marco Rossi""", "formal Lei, brief apology, two options"),
    ("tone-it01", "bad", "wrong_register", "Spostiamo la revisione?",
     """Ciao Francesca,

ho un impegno familiare improrogabile martedì 12 novembre, quindi salta la revisione trimestrale del budget delle 10:00. Ti va bene giovedì 14 novembre alle 10:00 o venerdì 15 novembre alle 15:00? Fammi sapere!

Un abbraccio,
Marco Rossi""", "tu, 'Ciao', 'un abbraccio' to a formal key client"),
    ("tone-it01", "bad", "grovelling", "Le mie più umili scuse",
     """Gentilissima Dottoressa Bianchi,

non so davvero come scusarmi. Un impegno familiare improrogabile mi impedisce di essere presente alla revisione trimestrale del budget di martedì 12 novembre alle 10:00 e mi sento profondamente in colpa per il disagio che Le arreco. So di non meritare la Sua pazienza, ma La supplico di perdonarmi.

Se vorrà ancora concedermi un po' del Suo tempo prezioso, potrei giovedì 14 novembre alle 10:00 o venerdì 15 novembre alle 15:00, oppure a qualsiasi ora del giorno e della notte.

Ancora mille scuse,
Marco Rossi""", "self-abasing"),

    ("tone-it02", "good", None, "Sopralluogo del 4 novembre: nuova data",
     """Gentile Signor Conti,

ho preso nota dell'imprevisto dell'ultimo minuto che Le ha impedito di essere presente al sopralluogo in cantiere di lunedì 4 novembre alle 9:00. Le propongo di recuperarlo mercoledì 13 novembre alle 9:00.

Colgo l'occasione per ricordarLe che, secondo le nostre condizioni, le disdette comunicate con meno di 48 ore di anticipo comportano l'addebito del 30% del compenso.

Resto a disposizione per qualsiasi chiarimento.

Cordiali saluti,
Elena Ferrari""", "firm, courteous policy reminder"),
    ("tone-it02", "bad", "passive_aggression", "Sopralluogo del 4 novembre",
     """Gentile Signor Conti,

come già detto più volte, le disdette con meno di 48 ore di preavviso comportano l'addebito del 30%. Evidentemente è il caso di ripeterlo ancora una volta.

Prendo atto del Suo imprevisto dell'ultimo minuto per il sopralluogo in cantiere di lunedì 4 novembre alle 9:00. Posso tornare mercoledì 13 novembre alle 9:00, sempre che stavolta vada in porto.

Cordiali saluti,
Elena Ferrari""", "'come già detto più volte', 'sempre che stavolta'"),
    ("tone-it02", "bad", "blame", "Disdetta del sopralluogo",
     """Signor Conti,

la Sua disdetta all'ultimo minuto per il sopralluogo in cantiere di lunedì 4 novembre alle 9:00 ci ha creato un danno serio: il tecnico si era già messo in viaggio e abbiamo rinunciato a un altro cliente per Lei. Imprevisti di questo tipo, di solito, si possono evitare con un minimo di organizzazione.

Come da condizioni (meno di 48 ore: 30%), l'addebito sarà applicato. Nuova data: mercoledì 13 novembre alle 9:00.

Elena Ferrari""", "blames and lectures"),

    ("tone-it03", "good", None, "Cena di gala del 22",
     """Ciao Chiara,

grazie mille per l'invito alla cena di gala di venerdì 22 novembre! Purtroppo quella sera sarò in viaggio per lavoro (un viaggio già fissato da tempo) e non riuscirò a esserci.

Divertitevi, e raccontami com'è andata!

Un saluto,
Luca Greco""", "warm, tu, short, no call offered for a gala"),
    ("tone-it03", "bad", "wrong_register", "Invito alla cena di gala",
     """Gentile Signora Romano,

La ringrazio per il cortese invito alla cena di gala di venerdì 22 novembre alle 20:00. Mi rincresce comunicarLe che, a causa di un viaggio di lavoro già fissato, non potrò presenziare.

Voglia gradire i miei più distinti saluti.

Luca Greco""", "Lei and stiff formulas in a friendly note to a regular contact"),
    ("tone-it03", "bad", "coldness", "Cena",
     """Non posso venire alla cena di gala di venerdì 22 novembre, ho un viaggio di lavoro già fissato.

Luca Greco""", "no greeting, no thanks, friendly relationship"),

    ("tone-it04", "good", None, "Il nostro incontro del 5 novembre",
     """Gentile Signor Marino,

martedì 5 novembre alle 11:00 non ci siamo visti per il primo incontro conoscitivo: spero che non Le sia successo nulla di spiacevole.

Se desidera ancora incontrarci, Le propongo:
- lunedì 18 novembre alle 11:00
- martedì 19 novembre alle 16:00

Mi faccia sapere se una di queste date Le è comoda.

Cordiali saluti,
Giulia Ricci""", "concerned, no reproach"),
    ("tone-it04", "bad", "sarcasm", "Incontro del 5 novembre",
     """Gentile Signor Marino,

La ringrazio per la mezz'ora di meditazione che mi ha regalato martedì 5 novembre alle 11:00, aspettandoLa in sala riunioni per il primo incontro conoscitivo. Un'esperienza davvero rilassante.

Se un giorno avesse voglia di presentarsi, sono libera lunedì 18 novembre alle 11:00 o martedì 19 novembre alle 16:00.

Cordiali saluti,
Giulia Ricci""", "ironic thanks"),
    ("tone-it04", "bad", "condescension", "Appuntamento mancato",
     """Gentile Signor Marino,

martedì 5 novembre alle 11:00 non si è presentato al primo incontro conoscitivo. Capita spesso ai nuovi clienti, che non sono ancora abituati ai ritmi di un rapporto professionale; Le consiglio di segnarsi il prossimo appuntamento in agenda, magari con un promemoria.

Posso riceverLa lunedì 18 novembre alle 11:00 o martedì 19 novembre alle 16:00.

Giulia Ricci""", "talks down to a new client"),

    ("tone-it05", "good", None, "Le nostre condizioni di disdetta",
     """Gentile Signora Galli,

siamo lieti di darLe il benvenuto tra i nostri clienti. Per chiarezza, Le riassumo le nostre condizioni:
- alla prenotazione chiediamo un acconto del 30%;
- eventuali disdette vanno comunicate con almeno 24 ore di anticipo.

Per qualsiasi domanda resto volentieri a Sua disposizione.

Cordiali saluti,
Stefano Moretti""", "welcoming, clear"),
    ("tone-it05", "good", None, "Condizioni di disdetta",
     """Gentile Signora Galli,

Le ricordo che chiediamo un acconto del 30% alla prenotazione e un preavviso di almeno 24 ore per le disdette.

Grazie per la comprensione e buon lavoro,
Stefano Moretti""", "very short, firm, polite"),
    ("tone-it05", "bad", "condescension", "Da leggere con attenzione",
     """Gentile Signora Galli,

l'esperienza ci insegna che i nuovi clienti raramente leggono le clausole scritte in piccolo, per cui Le spiego le nostre condizioni nel modo più semplice possibile.

Acconto: 30% alla prenotazione. Disdetta: almeno 24 ore prima, cioè il giorno precedente alla stessa ora, non la mattina stessa.

Se qualcosa non fosse chiaro, rilegga con calma.

Stefano Moretti""", "explains as to a child"),

    ("tone-it06", "good", None, "Workshop di mercoledì in versione breve?",
     """Ciao Valentina,

per il workshop sul nuovo sito di mercoledì 20 novembre alle 14:00, ti andrebbe di farlo in 45 minuti? Devo essere a Milano in serata e vorrei partire tranquillo. Preparo un ordine del giorno snello così copriamo l'essenziale.

Dimmi tu se ti va bene!

A mercoledì,
Andrea Fontana""", "friendly, asks rather than imposes"),
    ("tone-it06", "bad", "mock_enthusiasm", "NOTIZIA FANTASTICA!!!",
     """Ciao Valentina!!!

Notizia fantastica: il workshop sul nuovo sito di mercoledì 20 novembre alle 14:00 durerà solo 45 minuti!!! Che bello, vero? Meno riunioni = più felicità per tutti!!! Ok, in realtà è perché devo essere a Milano in serata, ma è comunque un'occasione super entusiasmante!!!

Non vedo l'ora!!!
Andrea Fontana""", "forced cheer"),
    ("tone-it06", "good", None, "Mercoledì",
     """Ciao Valentina,

mercoledì devo essere a Milano in serata: che ne dici di tenere il workshop sul nuovo sito alle 14:00 come previsto, ma in 45 minuti? Grazie!

Andrea Fontana""", "very short, friendly"),

    ("tone-it07", "good", None, "Riunione di avanzamento lavori del 21 novembre",
     """Gentile Ing. Esposito,

dal 18 novembre sarò in congedo parentale: la riunione di avanzamento lavori di giovedì 21 novembre alle 9:30 sarà quindi condotta dal mio collega Davide Santoro, al quale sto passando tutta la documentazione.

La ringrazio per la fiducia e Le porgo i miei più cordiali saluti.

Silvia Lombardi""", "formal handover, no promise of availability during leave"),
    ("tone-it07", "bad", "over_familiarity", "Ciao Paolo!",
     """Ciao Paolone!

Grande notizia: dal 18 novembre sono in congedo parentale, quindi giovedì 21 novembre alle 9:30 alla riunione di avanzamento lavori ci va il mio amico Davide Santoro. È un tipo simpaticissimo, vi farete due risate!

Baci,
Silvia Lombardi""", "nickname, 'baci' to a formal key client"),
    ("tone-it07", "bad", "phishing_like", "URGENTE: verifica obbligatoria",
     """Gentile Ing. Esposito,

a causa del mio congedo parentale dal 18 novembre, la riunione di avanzamento lavori di giovedì 21 novembre alle 9:30 sarà gestita da Davide Santoro.

Per il trasferimento della pratica è OBBLIGATORIO confermare entro 24 ore i Suoi dati di accesso (utente e password) e l'IBAN aziendale al link seguente:
http://verifica-pratica-sicura.info/accesso

In mancanza di conferma il contratto verrà sospeso.

Silvia Lombardi""", "urgent link, credentials, IBAN, threat"),

    ("tone-it08", "good", None, "Punto di lunedì al telefono?",
     """Ciao Matteo,

con lo sciopero dei treni di lunedì, ti propongo di fare il punto settimanale delle 10:00 al telefono invece che di persona. Stessa ora, ti chiamo io?

Buon fine settimana,
Sara Mancini""", "short, warm, practical"),
    ("tone-it08", "good", None, "Lunedì alle 10",
     """Ciao Matteo,

lunedì c'è sciopero dei treni: teniamo il punto settimanale alle 10:00 ma in videochiamata o al telefono, come preferisci tu?

Grazie, a lunedì!
Sara Mancini""", "very short"),
    ("tone-it08", "bad", "hostile", "Punto di lunedì",
     """Matteo,

con lo sciopero dei treni non ci penso proprio ad attraversare mezza città per il punto settimanale di lunedì 25 novembre alle 10:00. Sinceramente, per quello che abbiamo da dirci, doveva essere una telefonata fin dall'inizio. Si fa al telefono e basta.

Sara Mancini""", "aggressive, dismissive"),

    ("tone-it09", "good", None, "Preventivo di manutenzione: proseguiamo per e-mail",
     """Gentile Dottoressa Bianchi,

per l'incontro sul preventivo di manutenzione di mercoledì 27 novembre alle 15:00 restano solo alcune cifre da verificare. Per non farLe perdere tempo, Le propongo di chiudere questi punti per e-mail: domani Le invio un riepilogo, e se servisse ci sentiamo volentieri al telefono.

Cordiali saluti,
Federico De Luca""", "formal, serves the client's time"),
    ("tone-it09", "bad", "sarcasm", "Incontro sul preventivo",
     """Gentile Dottoressa Bianchi,

visto che un'ora di riunione è evidentemente indispensabile per verificare tre cifre, non vorrei mai privarLa di questo piacere. Se però fosse disposta a leggere un'e-mail, potremmo risparmiarci l'incontro di mercoledì 27 novembre alle 15:00.

Cordiali saluti,
Federico De Luca""", "ironic about the client's request"),
    ("tone-it09", "bad", "passive_aggression", "Re: incontro sul preventivo",
     """Gentile Dottoressa Bianchi,

come Le ho già scritto nella mia ultima e-mail, restano solo alcune cifre da verificare, cosa che si fa benissimo per iscritto. Riformulo quindi la proposta: annulliamo l'incontro di mercoledì 27 novembre alle 15:00 e procediamo per e-mail.

Sperando che stavolta sia più chiaro,
Federico De Luca""", "'come Le ho già scritto', 'stavolta sia più chiaro'"),

    ("tone-it10", "good", None, "Shooting: pensa a rimetterti",
     """Ciao Martina,

spero che tu stia meglio: prima di tutto la salute. Per lo shooting fotografico del catalogo che avevamo giovedì 7 novembre alle 14:00, ti propongo di rifarlo martedì 19 novembre alle 14:00.

Per trasparenza, le nostre condizioni prevedono il 50% in caso di disdetta con meno di 48 ore di anticipo; ne parliamo con calma quando starai bene.

Un abbraccio,
Simone Barbieri""", "warm with a key client, policy gentle"),
    ("tone-it10", "bad", "blame", "Disdetta shooting",
     """Martina,

la tua disdetta per lo shooting fotografico del catalogo di giovedì 7 novembre alle 14:00 ci ha messo in grossa difficoltà: studio prenotato, fotografo pagato, tutto inutile. Capisco il problema di salute, ma potevi avvisare prima.

Si applica il 50% previsto per le disdette con meno di 48 ore. Possiamo rifarlo martedì 19 novembre alle 14:00.

Simone Barbieri""", "blames a sick key client"),
    ("tone-it10", "bad", "mock_enthusiasm", "Nessun problema!!!",
     """Ciao Martina!!!

Ma figurati, nessun problema!!! Preparare uno studio intero per lo shooting fotografico del catalogo di giovedì 7 novembre alle 14:00 e poi smontare tutto è stato super divertente!!! Spero che il problema di salute sia passato, così martedì 19 novembre alle 14:00 lo facciamo davvero, evviva!!!

Ah, piccolo promemoria allegro: disdetta con meno di 48 ore = 50%!!!

Simone Barbieri""", "fake cheer hiding reproach"),

    ("tone-it11", "good", None, "Inaugurazione del nuovo showroom",
     """Gentile Dottor Ferri,

La ringrazio sentitamente per l'invito all'inaugurazione del nuovo showroom di sabato 30 novembre alle 18:30. Un impegno familiare preso da tempo mi impedirà purtroppo di partecipare.

Le auguro una splendida serata e un grande successo.

Con i migliori saluti,
Anna Caruso""", "gracious formal decline of an event"),
    ("tone-it11", "bad", "grovelling", "Le mie scuse più sentite",
     """Gentilissimo Dottor Ferri,

mi vergogno profondamente a doverLe scrivere queste righe: un impegno familiare preso da tempo mi impedisce di partecipare all'inaugurazione del nuovo showroom di sabato 30 novembre alle 18:30. So quanto tenga a questa serata e non me lo perdonerò mai. La prego, non me ne voglia e non lasci che questo rovini il nostro rapporto.

Con infinite, infinite scuse,
Anna Caruso""", "shame and repeated apologies"),
    ("tone-it11", "good", None, "Inaugurazione del 30 novembre",
     """Gentile Dottor Ferri,

grazie per il gentile invito all'inaugurazione di sabato 30 novembre. Per un impegno familiare preso da tempo non potrò esserci; Le auguro una bellissima serata.

Cordiali saluti,
Anna Caruso""", "short and gracious"),

    ("tone-it12", "good", None, "La nostra call di martedì",
     """Ciao Elisa,

martedì 26 novembre devo essere a Torino e non riesco a fare la call conoscitiva delle 16:00. Possiamo spostarla a mercoledì 27 novembre alle 16:00 o a giovedì 28 novembre alle 10:00?

Scusa il cambio e a presto,
Lorenzo Rinaldi""", "friendly with a new client"),
    ("tone-it12", "bad", "phishing_like", "Azione richiesta: conferma il tuo slot",
     """Ciao Elisa,

devo essere a Torino martedì 26 novembre, quindi la call conoscitiva delle 16:00 è spostata. Per mantenere il tuo slot (mercoledì 27 novembre alle 16:00 o giovedì 28 novembre alle 10:00) clicca entro 2 ore sul link sicuro qui sotto e inserisci i dati della tua carta di credito, altrimenti la pratica verrà chiusa:
https://bit.ly/conferma-slot-pagamento

Lorenzo Rinaldi""", "urgent link, card details"),
    ("tone-it12", "bad", "coldness", "Spostamento",
     """Call conoscitiva di martedì 26 novembre ore 16:00 annullata (trasferta a Torino). Disponibilità: mercoledì 27 novembre ore 16:00, giovedì 28 novembre ore 10:00. Rispondere indicando lo slot scelto.

Lorenzo Rinaldi""", "telegraphic, no greeting, friendly note to a new client"),
]

# Second batch: subtler cases, and good drafts that use phrases a naive cue list would flag.
SITS.update({
    "tone-it21": dict(intent="no_show_followup", recipient_name="Dott.ssa Elena Moretti", sender_name="Paolo Rinaldi",
                      meeting="il nostro aggiornamento mensile", meeting_time="martedì 3 dicembre alle 10:00",
                      proposed_times=["giovedì 5 dicembre alle 10:00"], tone="formal", relationship="key"),
    "tone-it22": dict(intent="decline", recipient_name="Luca Ferrara", sender_name="Giulia Conte",
                      meeting="la festa per i dieci anni dell'azienda", meeting_time="venerdì 13 dicembre alle 19:00",
                      reason="la laurea di mio figlio", tone="friendly", relationship="key"),
    "tone-it23": dict(intent="late_cancellation", recipient_name="Sig. Franco Bellini", sender_name="Laura Pace",
                      meeting="la consulenza fiscale", meeting_time="mercoledì 4 dicembre alle 14:00",
                      reason="una riunione interna", proposed_times=["martedì 10 dicembre alle 14:00"],
                      policy=dict(notice_hours=24, fee_percent=50), tone="formal", relationship="regular"),
})

CASES += [
    ("tone-it21", "good", None, "Il nostro aggiornamento mensile",
     """Gentile Dottoressa Moretti,

mi permetto di ricontattarLa: martedì 3 dicembre alle 10:00 non siamo riusciti a vederci per il nostro aggiornamento mensile. Spero che vada tutto bene.

Sarebbe disponibile giovedì 5 dicembre alle 10:00? Se preferisce un altro momento, mi adeguo volentieri.

Cordiali saluti,
Paolo Rinaldi""", "'mi permetto di ricontattarLa' is standard courtesy"),
    ("tone-it21", "bad", "passive_aggression", "Aggiornamento del 3 dicembre",
     """Gentile Dottoressa Moretti,

salvo errori da parte mia, martedì 3 dicembre alle 10:00 non era presente al nostro aggiornamento mensile. Immagino che la Sua agenda sia ben più fitta della mia.

A ogni buon conto, e qualora non Le arrecasse troppo disturbo, Le proporrei giovedì 5 dicembre alle 10:00.

Cordiali saluti,
Paolo Rinaldi""", "'salvo errori da parte mia', 'immagino che la Sua agenda...', 'qualora non Le arrecasse troppo disturbo'"),
    ("tone-it21", "bad", "coldness", "Assenza all'aggiornamento mensile",
     """Dottoressa,

martedì 3 dicembre alle 10:00 era assente all'aggiornamento mensile. Prossima data: giovedì 5 dicembre alle 10:00. Confermare.

Paolo Rinaldi""", "formally correct but icy to a key client"),

    ("tone-it22", "good", None, "Festa per i dieci anni: ho una scusa di ferro",
     """Ciao Luca,

non ci crederai: mio figlio si laurea proprio venerdì 13 dicembre! Sarò lì a festeggiare e purtroppo mi perderò la festa per i dieci anni dell'azienda.

Vi auguro una serata splendida, e mi raccomando: voglio le foto!

Un abbraccio,
Giulia Conte""", "light humour, warm"),
    ("tone-it22", "bad", "sarcasm", "Festa per i dieci anni",
     """Ciao Luca,

che peccato, davvero, io che sognavo di passare il venerdì sera ad ascoltare discorsi sui vostri dieci anni di successi! Purtroppo la laurea di mio figlio cade proprio venerdì 13 dicembre. Me ne farò una ragione.

Giulia Conte""", "mock regret mocking the client's event"),
    ("tone-it22", "good", None, "Venerdì sera",
     """Ciao Luca,

scusami, venerdì sera sono alla laurea di mio figlio! Buona festa a tutti, ci teniamo aggiornati.

Un abbraccio,
Giulia Conte""", "very short, warm"),

    ("tone-it23", "good", None, "Consulenza del 4 dicembre",
     """Gentile Signor Bellini,

grazie per avermi avvisata riguardo alla consulenza fiscale di mercoledì 4 dicembre alle 14:00; capisco che una riunione interna possa sopraggiungere all'ultimo momento.

Come previsto dalle nostre condizioni, la disdetta con meno di 24 ore di anticipo comporta l'addebito del 50%; so che non fa mai piacere e La ringrazio per la comprensione.

Le propongo di riprendere martedì 10 dicembre alle 14:00.

Cordiali saluti,
Laura Pace""", "firm policy with empathy"),
    ("tone-it23", "bad", "condescension", "Consulenza del 4 dicembre",
     """Gentile Signor Bellini,

capisco benissimo che una riunione interna Le sia sembrata più importante. Mi permetto solo di rispiegarLe, perché sia chiaro, cosa significa «meno di 24 ore» nelle nostre condizioni: significa che la consulenza fiscale di mercoledì 4 dicembre alle 14:00 Le verrà addebitata al 50%.

Se Le è più semplice, possiamo riprendere martedì 10 dicembre alle 14:00.

Laura Pace""", "re-explaining a simple rule"),
    ("tone-it23", "bad", "hostile", "Disdetta del 4 dicembre",
     """Signor Bellini,

con tutto il rispetto, disdire la consulenza fiscale di mercoledì 4 dicembre alle 14:00 per una riunione interna dimostra quanta poca considerazione abbia per il nostro lavoro. Il 50% previsto sarà addebitato, e La avverto che è l'ultima volta che tolleriamo un comportamento del genere.

Martedì 10 dicembre alle 14:00, se si degnerà di venire.

Laura Pace""", "hostility behind a polite formula"),
]
