# Italian tone cases, TEST split (held out: never tune a scorer on these). Hand-written by the data-tone helper.

SITS = {
    "tone-it13": dict(intent="delegate", recipient_name="Paola Ricci", sender_name="Giacomo Bruno",
                      meeting="la visita in showroom", meeting_time="giovedì 28 novembre alle 15:00",
                      colleague_name="Irene Moretti", reason="una fiera a Bologna", tone="friendly", relationship="regular"),
    "tone-it14": dict(intent="no_show_followup", recipient_name="Roberto Gatti", sender_name="Chiara Longo",
                      meeting="il pranzo di lavoro", meeting_time="mercoledì 6 novembre alle 12:30",
                      proposed_times=["venerdì 15 novembre alle 12:30"], tone="friendly", relationship="key"),
    "tone-it15": dict(intent="cancellation_policy", recipient_name="Avv. Carlo Testa", sender_name="Monica Serra",
                      meeting="la formazione in sede", meeting_time="lunedì 2 dicembre alle 9:00",
                      policy=dict(notice_hours=72, fee_percent=40), tone="formal", relationship="regular"),
    "tone-it16": dict(intent="switch_to_call", recipient_name="Dott. Enrico Fabbri", sender_name="Tommaso Riva",
                      meeting="il kick-off del progetto ERP", meeting_time="martedì 3 dicembre alle 14:00",
                      reason="sono bloccato a Milano tutta la settimana", tone="formal", relationship="key"),
    "tone-it17": dict(intent="decline", recipient_name="Massimo Pellegrini", sender_name="Beatrice Sala",
                      meeting="la presentazione della vostra nuova offerta", meeting_time="venerdì 6 dicembre alle 10:00",
                      reason="abbiamo già un fornitore sotto contratto fino alla fine del 2025", tone="formal", relationship="new"),
    "tone-it18": dict(intent="late_cancellation", recipient_name="Nicola Ferraro", sender_name="Giorgia Marini",
                      meeting="il servizio fotografico dei vostri uffici", meeting_time="venerdì 8 novembre alle 10:00",
                      reason="un imprevisto", proposed_times=["giovedì 21 novembre alle 10:00"],
                      policy=dict(notice_hours=48, fee_percent=50), tone="formal", relationship="new"),
    "tone-it19": dict(intent="shorten", recipient_name="Ing. Valeria Monti", sender_name="Riccardo Leone",
                      meeting="la revisione degli indicatori", meeting_time="lunedì 9 dicembre alle 11:00",
                      duration_minutes=30, reason="una scadenza di chiusura lo stesso giorno", tone="formal", relationship="regular"),
    "tone-it20": dict(intent="switch_to_email", recipient_name="Fabio Orlando", sender_name="Silvia Guerra",
                      meeting="il punto sul budget 2025", meeting_time="giovedì 12 dicembre alle 16:00",
                      reason="è tutto pronto, manca solo la tua approvazione", tone="friendly", relationship="key"),
}

CASES = [
    ("tone-it13", "good", None, "Visita in showroom di giovedì",
     """Ciao Paola,

giovedì 28 novembre sarò a una fiera a Bologna, quindi alla visita in showroom delle 15:00 ci sarà la mia collega Irene Moretti. Le ho passato tutto, saprà rispondere a ogni domanda.

Buona visita e a presto!
Giacomo Bruno""", "friendly, tu, simple handover"),
    ("tone-it13", "good", None, "Giovedì ti accoglie Irene",
     """Ciao Paola,

piccolo cambio per giovedì: sono a Bologna per una fiera, ti accoglie Irene Moretti in showroom alle 15:00. È già aggiornata su tutto.

Un saluto,
Giacomo Bruno""", "very short, friendly"),
    ("tone-it13", "bad", "wrong_register", "Comunicazione relativa alla visita in showroom",
     """Egregia Signora Ricci,

con la presente Le comunico che, stante la partecipazione dello scrivente a una fiera a Bologna, la visita in showroom di giovedì 28 novembre alle 15:00 sarà espletata dalla collega Irene Moretti, alla quale La prego di voler indirizzare ogni eventuale richiesta.

Distinti saluti.

Giacomo Bruno""", "Lei and officialese in a friendly note to a regular contact"),

    ("tone-it14", "good", None, "Tutto bene?",
     """Ciao Roberto,

mercoledì alle 12:30 ti aspettavo per il pranzo di lavoro e non ti ho visto: spero sia tutto a posto.

Se ti va, recuperiamo venerdì 15 novembre alle 12:30, stesso posto?

Un abbraccio,
Chiara Longo""", "warm concern with a long-standing client"),
    ("tone-it14", "bad", "passive_aggression", "Pranzo di mercoledì",
     """Ciao Roberto,

ti ho aspettato mercoledì 6 novembre alle 12:30 per il pranzo di lavoro. Immagino avessi di meglio da fare, nessun problema, ormai ci sono abituata.

Se mai trovassi un buco nella tua agenda evidentemente piena, io ci sarei venerdì 15 novembre alle 12:30.

Chiara Longo""", "'immagino avessi di meglio da fare', 'ci sono abituata'"),
    ("tone-it14", "good", None, "Ci riproviamo?",
     """Ciao Roberto,

niente pranzo mercoledì alla fine! Spero non sia successo nulla di serio. Venerdì 15 novembre alle 12:30 ti andrebbe?

A presto,
Chiara Longo""", "light and short"),

    ("tone-it15", "good", None, "Formazione del 2 dicembre: condizioni di disdetta",
     """Gentile Avvocato Testa,

in vista della formazione in sede di lunedì 2 dicembre alle 9:00, Le ricordo le nostre condizioni: eventuali disdette vanno comunicate con almeno 72 ore di anticipo; oltre tale termine viene addebitato il 40% del corrispettivo.

La ringrazio per la collaborazione e resto a disposizione.

Cordiali saluti,
Monica Serra""", "firm, neutral, polite"),
    ("tone-it15", "bad", "hostile", "Formazione del 2 dicembre – LEGGERE",
     """Avvocato Testa,

La avviso fin da ora: per la formazione in sede di lunedì 2 dicembre alle 9:00 ogni disdetta con meno di 72 ore di anticipo sarà addebitata al 40%, senza eccezioni. È inutile che provi a trattare o a inventarsi imprevisti: non funzionerà. Abbiamo perso fin troppo tempo con clienti che non mantengono la parola.

Monica Serra""", "threatening, accusatory"),
    ("tone-it15", "good", None, "Formazione in sede – promemoria",
     """Gentile Avvocato Testa,

come concordato al telefono, Le confermo le condizioni di disdetta per la formazione in sede di lunedì 2 dicembre alle 9:00: preavviso di 72 ore, altrimenti viene addebitato il 40% del corrispettivo.

A presto,
Monica Serra""", "'come concordato' is neutral, not passive aggression"),

    ("tone-it16", "good", None, "Kick-off del progetto ERP in videochiamata",
     """Gentile Dottor Fabbri,

sono purtroppo bloccato a Milano tutta la settimana e non potrò essere presente di persona al kick-off del progetto ERP di martedì 3 dicembre alle 14:00. Le andrebbe bene tenerlo in videochiamata alla stessa ora? Le invierò il link e il materiale il giorno prima.

Con i migliori saluti,
Tommaso Riva""", "formal request, offers material"),
    ("tone-it16", "bad", "over_familiarity", "Enrico, facciamo in video ;)",
     """Caro Enrico,

detto tra noi, questi kick-off servono a poco, lo sai anche tu ;) Sono bloccato a Milano tutta la settimana, quindi il kick-off del progetto ERP di martedì 3 dicembre alle 14:00 lo facciamo in video, in tutta tranquillità, e quando torno ti porto a cena, offro io!

Un abbraccione,
Tommaso Riva""", "tu, winks, complicity with a formal key client"),
    ("tone-it16", "bad", "grovelling", "Le chiedo umilmente perdono",
     """Gentilissimo Dottor Fabbri,

Le chiedo umilmente perdono: sono bloccato a Milano tutta la settimana e non potrò venire di persona al kick-off del progetto ERP di martedì 3 dicembre alle 14:00. Mi rendo conto di quanto sia grave e non trovo parole per scusarmi abbastanza. Se avrà la bontà di accettare una videochiamata alla stessa ora, Le sarò eternamente grato; in caso contrario capirò perfettamente.

Con la più profonda mortificazione,
Tommaso Riva""", "over-apologising for a normal change"),

    ("tone-it17", "good", None, "Presentazione del 6 dicembre",
     """Gentile Signor Pellegrini,

La ringrazio per la proposta di presentazione di venerdì 6 dicembre alle 10:00. Abbiamo però già un fornitore sotto contratto fino alla fine del 2025 e per ora non daremo seguito.

Le auguro buon lavoro.

Cordiali saluti,
Beatrice Sala""", "clear final no, no false promise"),
    ("tone-it17", "bad", "condescension", "La Sua presentazione",
     """Gentile Signor Pellegrini,

ho dato un'occhiata alla Sua nuova offerta. Senza offesa, farebbe bene a informarsi meglio sui potenziali clienti prima di contattarli: abbiamo un fornitore sotto contratto fino alla fine del 2025, e lo avrebbe scoperto con una minima ricerca.

Non ha quindi senso mantenere la presentazione di venerdì 6 dicembre alle 10:00.

Beatrice Sala""", "lecturing"),
    ("tone-it17", "good", None, "Re: presentazione della vostra offerta",
     """Gentile Signor Pellegrini,

grazie per il messaggio. Siamo vincolati a un fornitore fino alla fine del 2025, quindi preferisco non farLa venire venerdì 6 dicembre per nulla.

Cordiali saluti,
Beatrice Sala""", "very short, considerate"),

    ("tone-it18", "good", None, "Servizio fotografico dell'8 novembre",
     """Gentile Signor Ferraro,

prendo nota dell'imprevisto che L'ha portata a disdire il servizio fotografico dei vostri uffici di venerdì 8 novembre alle 10:00. Le propongo di riprogrammarlo giovedì 21 novembre alle 10:00.

Come previsto dalle nostre condizioni, la disdetta con meno di 48 ore di anticipo comporta l'addebito del 50%; riceverà la relativa fattura a parte.

Cordiali saluti,
Giorgia Marini""", "firm, factual, courteous"),
    ("tone-it18", "bad", "phishing_like", "Penale da saldare entro 24 ore",
     """Gentile Signor Ferraro,

a seguito della Sua disdetta del servizio fotografico dei vostri uffici (venerdì 8 novembre alle 10:00), la penale del 50% va saldata ENTRO 24 ORE con bonifico sul conto IBAN IT60 X054 2811 1010 0000 0123 456 oppure con carta tramite questo link: http://pagamento-veloce-sicuro.com/penale

Il nuovo appuntamento di giovedì 21 novembre alle 10:00 sarà confermato solo a pagamento ricevuto.

Giorgia Marini""", "payment details and link with urgency"),
    ("tone-it18", "bad", "blame", "Disdetta del servizio fotografico",
     """Signor Ferraro,

la Sua disdetta del servizio fotografico dei vostri uffici di venerdì 8 novembre alle 10:00, arrivata all'ultimo, ci ha fatto perdere una giornata di lavoro e un altro cliente. Un imprevisto, dice; a noi sembra più una mancanza di organizzazione.

Addebiteremo il 50% come da condizioni. Possiamo rifarlo giovedì 21 novembre alle 10:00.

Giorgia Marini""", "blames and doubts the client's excuse"),

    ("tone-it19", "good", None, "Revisione degli indicatori del 9 dicembre",
     """Gentile Ing. Monti,

lunedì 9 dicembre ho una scadenza di chiusura: potremmo limitare la revisione degli indicatori delle 11:00 a 30 minuti? Le invio i dati in anticipo, così possiamo dedicare il tempo alle decisioni.

La ringrazio per la comprensione.

Cordiali saluti,
Riccardo Leone""", "formal with professional title"),
    ("tone-it19", "good", None, "Revisione del 9 dicembre in 30 minuti",
     """Gentile Ing. Monti,

per via di una scadenza di chiusura lo stesso giorno, Le propongo di tenere la revisione degli indicatori di lunedì 9 dicembre alle 11:00 in 30 minuti:
- 10 minuti sui dati del mese;
- 20 minuti sulle decisioni.

Le andrebbe bene?

Cordiali saluti,
Riccardo Leone""", "unusual structured draft, courteous"),
    ("tone-it19", "bad", "wrong_register", "Revisione di lunedì",
     """Ciao Valeria,

lunedì 9 dicembre ho una scadenza di chiusura, quindi la revisione degli indicatori delle 11:00 la facciamo in 30 minuti massimo, ok? Tranqui, ci stiamo dentro.

Ciao ciao!
Riccardo Leone""", "tu and slang in a formal relationship"),

    ("tone-it20", "good", None, "Budget 2025: approviamo per e-mail?",
     """Ciao Fabio,

buone notizie per il punto sul budget 2025 di giovedì 12 dicembre alle 16:00: è tutto pronto, manca solo la tua approvazione. Ti propongo di chiudere per e-mail così ti risparmio una riunione: ti mando il file stasera.

Se preferisci parlarne a voce, dimmelo e teniamo lo slot.

Grazie e a presto,
Silvia Guerra""", "warm, keeps the slot on offer"),
    ("tone-it20", "bad", "coldness", "Budget 2025",
     """Egregio Signore,

il punto sul budget 2025 di giovedì 12 dicembre alle 16:00 è annullato. In allegato il budget. Si prega di approvarlo rispondendo alla presente.

Silvia Guerra""", "cold and impersonal to a friendly key client"),
    ("tone-it20", "good", None, "Budget 2025",
     """Ciao Fabio,

per il budget 2025 è tutto pronto, manca solo il tuo ok: invece di bloccare giovedì alle 16:00, te lo mando per e-mail stasera?

Un saluto,
Silvia Guerra""", "very short, friendly"),
]

# Second batch: subtler cases.
SITS.update({
    "tone-it24": dict(intent="switch_to_call", recipient_name="Davide Galli", sender_name="Marta Fabbri",
                      meeting="l'incontro in ufficio", meeting_time="lunedì 16 dicembre alle 9:30",
                      reason="lo sciopero della metro", tone="friendly", relationship="regular"),
    "tone-it25": dict(intent="reschedule", recipient_name="Dott. Giuseppe Russo", sender_name="Cristina Ferri",
                      meeting="la revisione del budget", meeting_time="giovedì 19 dicembre alle 15:00",
                      reason="una trasferta decisa dalla direzione", proposed_times=["venerdì 20 dicembre alle 10:00"],
                      tone="formal", relationship="key"),
})

CASES += [
    ("tone-it24", "good", None, "Lunedì mattina al telefono?",
     """Ciao Davide,

la metro ha deciso di scioperare lunedì, ovviamente proprio il giorno del nostro incontro in ufficio! Teniamo le 9:30 ma facciamo al telefono? Se ti va bene ti chiamo io.

Buona giornata,
Marta Fabbri""", "light humour about the strike"),
    ("tone-it24", "bad", "bureaucratic_distance", "Variazione delle modalità dell'incontro",
     """Spett.le Sig. Galli,

in considerazione dello sciopero del servizio metropolitano, si comunica che l'incontro previsto per lunedì 16 dicembre alle 9:30 avrà luogo in modalità telefonica. Le modalità di collegamento verranno rese note successivamente.

Si prega di prendere atto di quanto sopra.

Marta Fabbri""", "impersonal 'si comunica' to a friendly regular contact"),
    ("tone-it24", "good", None, "Lunedì 9:30",
     """Ciao Davide,

sciopero della metro lunedì: facciamo il nostro incontro delle 9:30 al telefono? Grazie!

Marta Fabbri""", "one-line friendly request"),

    ("tone-it25", "good", None, "Revisione del budget del 19 dicembre",
     """Gentile Dottor Russo,

mi dispiace sinceramente: una trasferta decisa dalla direzione mi costringe a chiederLe di spostare la revisione del budget di giovedì 19 dicembre alle 15:00. So che è un periodo intenso per Lei.

Potremmo tenerla venerdì 20 dicembre alle 10:00? Se non Le fosse comodo, mi organizzerò in base alle Sue disponibilità.

Cordiali saluti,
Cristina Ferri""", "stronger apology that still fits a key client: not grovelling"),
    ("tone-it25", "bad", "blame", "Revisione del budget",
     """Gentile Dottor Russo,

una trasferta decisa dalla direzione mi impedisce di tenere la revisione del budget di giovedì 19 dicembre alle 15:00. A dire il vero, fissare una revisione del budget il 19 dicembre, in piena chiusura d'anno, non è stata un'idea felicissima da parte Sua; la prossima volta muoviamoci prima.

Le propongo venerdì 20 dicembre alle 10:00.

Cristina Ferri""", "shifts the blame onto the client's choice of date"),
    ("tone-it25", "bad", "mock_enthusiasm", "Ottima notizia per la nostra revisione!",
     """Gentile Dottor Russo,

ottima notizia: grazie a una trasferta decisa dalla direzione, la nostra revisione del budget di giovedì 19 dicembre alle 15:00 diventa una revisione ancora più efficace venerdì 20 dicembre alle 10:00! Un giorno in più per perfezionare i Suoi numeri, che fortuna!

Con entusiasmo,
Cristina Ferri""", "spins an inconvenience as good news"),
]
