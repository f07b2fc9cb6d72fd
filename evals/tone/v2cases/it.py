"""Italian tone v2 cases, written by hand by data-a (2026-12-06/07). Held out."""

from __future__ import annotations

SITS = {
    1: dict(intent="reschedule", recipient_name="Dott.ssa Paola Mazzoni", sender_name="Riccardo Bellucci", tone="formal",
            relationship="key", meeting="Comitato direttivo del progetto Orizzonte",
            meeting_time="martedì 12 gennaio alle 10:00", reason="una visita medica che non posso spostare",
            proposed_times=["giovedì 14 gennaio alle 10:00", "venerdì 15 gennaio alle 14:00"]),
    2: dict(intent="no_show_followup", recipient_name="Sig. Walter Benedetti", sender_name="Chiara Donati",
            tone="formal", relationship="regular", meeting="Appuntamento per la consulenza fiscale",
            meeting_time="giovedì 3 dicembre alle 9:00", proposed_times=["mercoledì 16 dicembre alle 9:00"]),
    3: dict(intent="late_cancellation", recipient_name="Sara Pellegrino", sender_name="Marco Fabbri", tone="friendly",
            relationship="regular", meeting="Seduta di massaggio", meeting_time="lunedì 7 dicembre alle 18:00",
            proposed_times=["giovedì 10 dicembre alle 18:00"], policy={"notice_hours": 24, "fee_percent": 50}),
    4: dict(intent="decline", recipient_name="Dott. Gianni Ferraresi", sender_name="Elena Marchi", tone="formal",
            relationship="key", meeting="Convention annuale dei partner a Torino",
            meeting_time="venerdì 29 gennaio alle 9:00", reason="la chiusura di bilancio proprio quel giorno"),
    5: dict(intent="switch_to_email", recipient_name="Giada Russo", sender_name="Tommaso Leone", tone="friendly",
            relationship="regular", meeting="Riunione sulla bozza del catalogo",
            meeting_time="mercoledì 13 gennaio alle 15:00", reason="i miei commenti sono pochi"),
    6: dict(intent="cancellation_policy", recipient_name="Sig. Davide Rinaldi", sender_name="Francesca Orsini",
            tone="formal", relationship="new", policy={"notice_hours": 48, "fee_percent": 50, "deposit_percent": 30}),
    7: dict(intent="shorten", recipient_name="Dott.ssa Alessandra Vitali", sender_name="Paolo Guidi", tone="formal",
            relationship="regular", meeting="Riunione di aggiornamento trimestrale",
            meeting_time="lunedì 18 gennaio alle 14:00", duration_minutes=30,
            reason="un consiglio di amministrazione subito dopo"),
    8: dict(intent="delegate", recipient_name="Lorenzo Gatti", sender_name="Valeria Sacchi", tone="friendly",
            relationship="key", meeting="Workshop di avvio del nuovo sito", meeting_time="giovedì 21 gennaio alle 9:30",
            colleague_name="Omar Haddad", reason="il mio congedo inizia prima del previsto"),
}

CASES = [
(1, "good", None, "Comitato Orizzonte: proposta di spostamento", """
Gentile Dottoressa Mazzoni,

una visita medica che non posso spostare mi costringe a chiederLe di rinviare il comitato direttivo del progetto Orizzonte, previsto per martedì 12 gennaio alle 10. Me ne scuso.

Le propongo giovedì 14 gennaio alle 10 oppure venerdì 15 gennaio alle 14; se nessuna delle due date Le va bene, mi adeguo volentieri.

Cordiali saluti,
Riccardo Bellucci
""", "formal Lei, proportionate apology, two options"),
(1, "bad", "passive_aggression", "R: Comitato Orizzonte", """
Gentile Dottoressa Mazzoni,

come già specificato nella mia precedente mail, martedì 12 gennaio alle 10 ho una visita medica e il comitato direttivo del progetto Orizzonte non potrà quindi tenersi a quell'ora. Mi permetto di ricordarglielo, non avendo ricevuto alcun riscontro.

Le alternative restano, come già detto, giovedì 14 gennaio alle 10 o venerdì 15 gennaio alle 14. La prego di volermi rispondere questa volta.

Cordiali saluti,
Riccardo Bellucci
""", "'come già specificato nella mia precedente mail', 'come già detto', 'questa volta'"),
(1, "bad", "grovelling", "Le mie più sentite scuse", """
Gentile Dottoressa Mazzoni,

sono davvero mortificato e so che è imperdonabile: una visita medica mi costringe a chiederLe di rinviare il comitato direttivo del progetto Orizzonte di martedì 12 gennaio alle 10. Mi rendo conto del disagio enorme che Le causo e non me lo perdono.

Se vorrà ancora concedermi un po' del Suo tempo preziosissimo, sarei disponibile giovedì 14 gennaio alle 10 o venerdì 15 gennaio alle 14, o in qualsiasi altro momento, anche a tarda sera.

Ancora mille volte scusa, farò di tutto per farmi perdonare,
Riccardo Bellucci
""", "self-abasing, excessive apology"),
(2, "good", None, "La Sua consulenza fiscale", """
Gentile Sig. Benedetti,

giovedì 3 dicembre alle 9 La aspettavo per la consulenza fiscale e non L'ho vista arrivare. Spero che vada tutto bene.

Se desidera, posso riceverLa mercoledì 16 dicembre alle 9. Mi faccia sapere se Le va bene.

Cordiali saluti,
Chiara Donati
""", "asks after the client, neutral, offers a time"),
(2, "bad", "sarcasm", "Il nostro appuntamento di giovedì", """
Gentile Sig. Benedetti,

giovedì 3 dicembre alle 9 mi sono goduta in perfetta solitudine il nostro appuntamento per la consulenza fiscale: caffè, silenzio, una mattinata rilassante come poche. La ringrazio di cuore per questa pausa inattesa.

Se mai Le venisse voglia di passare davvero, mercoledì 16 dicembre alle 9 è libero.

Cordiali saluti,
Chiara Donati
""", "ironic thanks, 'se mai Le venisse voglia'"),
(2, "bad", "blame", "Mancato appuntamento del 3 dicembre", """
Gentile Sig. Benedetti,

giovedì 3 dicembre alle 9 non si è presentato alla consulenza fiscale, e senza avvisare. Quell'orario avrebbe potuto servire a un altro cliente e ho dovuto riorganizzare tutta la mattinata per colpa della Sua assenza.

Posso proporLe mercoledì 16 dicembre alle 9, contando che questa volta si presenti.

Cordiali saluti,
Chiara Donati
""", "reproach and 'contando che questa volta si presenti'"),
(3, "good", None, "La seduta di stasera", """
Ciao Sara,

grazie per avermi avvisato per stasera. Se ti va, possiamo fare giovedì 10 dicembre alle 18.

Solo un promemoria per le prossime volte: se si disdice con meno di 24 ore di anticipo, metà della seduta va pagata, come da condizioni. Lo so che non fa piacere, grazie per la comprensione.

Magari a giovedì!
Marco
""", "friendly, plain and kind about the policy"),
(3, "bad", "condescension", "Disdetta di stasera", """
Ciao Sara,

vedo che disdici la seduta di massaggio di stasera alle 18. Ti ricordo, visto che quasi nessuno si prende la briga di leggere le condizioni, che con meno di 24 ore di preavviso si paga il 50% della seduta. Non è poi così difficile da ricordare.

Posso proporti giovedì 10 dicembre alle 18, magari segnandoti l'orario questa volta.

Marco
""", "'quasi nessuno si prende la briga di leggere', 'non è così difficile'"),
(3, "bad", "mock_enthusiasm", "Che bella notizia!!", """
Ciao Sara!!

Fantastico, una disdetta in giornata per la seduta di massaggio delle 18, adoro queste sorprese!!! Davvero, niente mi rende più felice.

E la ciliegina sulla torta: il 50% della seduta da pagare, visto che mancano meno di 24 ore. Bellissimo, no?

Riproviamo giovedì 10 dicembre alle 18? Non vedo l'ora!!

Marco
""", "fake delight at a same-day cancellation"),
(4, "good", None, "Convention dei partner del 29 gennaio", """
Gentile Dottor Ferraresi,

La ringrazio di cuore per l'invito alla convention annuale dei partner a Torino, venerdì 29 gennaio alle 9. Purtroppo quel giorno coincide con la chiusura di bilancio e non posso assentarmi.

Mi dispiace sinceramente, perché è un appuntamento a cui teniamo molto. Sarei felice di sentirLa dopo la convention per un aggiornamento.

Cordiali saluti,
Elena Marchi
""", "warm regret to a key partner"),
(4, "bad", "coldness", "Convention", """
Egregio Dottore,

non parteciperò alla convention annuale dei partner a Torino di venerdì 29 gennaio alle 9. Chiusura di bilancio.

Saluti,
Elena Marchi
""", "curt, no thanks, no regret, to a key partner"),
(4, "bad", "over_familiarity", "Torino? Stavolta passo 😅", """
Ciao Gianni!

Allora, la convention a Torino venerdì 29 gennaio alle 9 stavolta me la salto, scusami tesoro 😅 Chiusura di bilancio, un incubo, sai com'è… Ci rifacciamo con uno spritz, offro io!

Un bacione,
Elena
""", "tu, 'tesoro', 'bacione', emoji to a formal key client"),
(5, "good", None, "Bozza del catalogo", """
Ciao Giada,

per la bozza del catalogo non serve vederci mercoledì alle 15: i miei commenti sono pochi, te li mando per e-mail e mi dici se c'è qualcosa che non torna.

Buona giornata!
Tommaso
""", "short, friendly"),
(5, "good", None, "I miei commenti stanno in un post-it", """
Ciao Giada,

buone notizie per le nostre agende: i miei commenti sulla bozza del catalogo stanno in un post-it. Invece di farti venire mercoledì 13 gennaio alle 15 per così poco, te li scrivo?

Se qualcosa merita due parole a voce, ci sentiamo.

Tommaso
""", "light humour, warm"),
(5, "bad", "bureaucratic_distance", "Riunione del 13 gennaio – modalità", """
Gentile Sig.ra Russo,

si comunica che la riunione relativa alla bozza del catalogo, originariamente fissata per mercoledì 13 gennaio alle ore 15:00, è sostituita da uno scambio scritto. Le osservazioni Le verranno trasmesse a mezzo posta elettronica. Eventuali richieste di chiarimento dovranno pervenire per iscritto.

Distinti saluti,
Tommaso Leone
""", "impersonal officialese ('si comunica', 'a mezzo') to a friendly regular contact"),
(6, "good", None, "Le nostre condizioni di prenotazione", """
Gentile Sig. Rinaldi,

ecco le nostre condizioni, così che tutto sia chiaro fin dall'inizio:
- alla prenotazione chiediamo un acconto del 30%;
- in caso di disdetta con meno di 48 ore di anticipo viene addebitato il 50% della prestazione.

Queste regole ci permettono di tenere gli appuntamenti disponibili per tutti i clienti. Per qualsiasi domanda sono a disposizione.

Cordiali saluti,
Francesca Orsini
""", "firm, clear, explains why"),
(6, "good", None, "Prima del nostro primo appuntamento", """
Buongiorno Sig. Rinaldi,

grazie per averci scelto! Prima del primo appuntamento Le invio le nostre condizioni: un acconto del 30% alla prenotazione e, se dovesse disdire con meno di 48 ore di anticipo, il 50% della prestazione resta dovuto.

In caso di imprevisti mi avvisi appena può: troveremo insieme una nuova data.

A presto,
Francesca Orsini
""", "warm welcome with the policy"),
(6, "bad", "hostile", "Condizioni", """
Sig. Rinaldi,

con tutto il rispetto, preferisco essere chiara da subito: alla prenotazione si versa un acconto del 30% e ogni disdetta con meno di 48 ore di anticipo si paga il 50%, senza discussioni. Non ho tempo da perdere con chi prenota e poi sparisce.

Se le condizioni non Le stanno bene, può anche evitare di prenotare.

Francesca Orsini
""", "'con tutto il rispetto', insinuation and dismissal to a new client"),
(7, "good", None, "Riunione del 18 gennaio", """
Gentile Dottoressa Vitali,

per la riunione di aggiornamento trimestrale di lunedì 18 gennaio alle 14 potremmo limitarci a 30 minuti? Subito dopo ho un consiglio di amministrazione. Le mando prima i punti da discutere, così guadagniamo tempo.

Cordiali saluti,
Paolo Guidi
""", "short and clear"),
(7, "good", None, "Mezz'ora ben preparata", """
Gentile Dottoressa Vitali,

Le sarò sincero: lunedì 18 gennaio, subito dopo la nostra riunione di aggiornamento trimestrale delle 14, ho un consiglio di amministrazione. Le propongo quindi mezz'ora ben preparata, invece di una riunione passata a guardare l'orologio.

Grazie per la comprensione,
Paolo Guidi
""", "candid, unusual, courteous"),
(7, "bad", "passive_aggression", "Riunione trimestrale – promemoria", """
Gentile Dottoressa Vitali,

come Le avevo già fatto presente, lunedì 18 gennaio ho un consiglio di amministrazione subito dopo la riunione di aggiornamento trimestrale delle 14. Ripeto quindi che dovremo limitarci a 30 minuti, sperando che stavolta venga tenuto in considerazione.

Cordiali saluti,
Paolo Guidi
""", "'come Le avevo già fatto presente', 'ripeto', 'sperando che stavolta'"),
(8, "good", None, "Workshop di avvio: ci pensa Omar", """
Ciao Lorenzo,

il mio congedo inizia prima del previsto, quindi non ci sarò al workshop di avvio del nuovo sito di giovedì 21 gennaio alle 9:30. Lo condurrà Omar Haddad: conosce il progetto a memoria e gli ho passato tutto.

Sono contenta di lasciarvi in ottime mani, e non vedo l'ora di vedere il sito al mio rientro!

Buona giornata,
Valeria
""", "warm handover"),
(8, "good", None, "Workshop di giovedì", """
Ciao Lorenzo,

piccolo cambio per il workshop di avvio di giovedì 21 gennaio alle 9:30: il mio congedo inizia prima e lo condurrà Omar Haddad, che ha tutto il materiale. Trattamelo bene!

Valeria
""", "short, friendly, light"),
(8, "bad", "condescension", "Workshop di avvio", """
Ciao Lorenzo,

il mio congedo inizia prima del previsto, quindi il workshop di avvio del nuovo sito di giovedì 21 gennaio alle 9:30 lo condurrà Omar Haddad. Tranquillo, gli ho chiesto di ripartire dalle basi e di spiegare le cose con calma, così stavolta riuscite a seguire tutti.

Buona giornata,
Valeria
""", "implies the client could not follow last time"),
]
