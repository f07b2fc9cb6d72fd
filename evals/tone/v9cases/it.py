"""Italian v9 tone cases: 6 situations, layout 3/3 2/1 1/2 2/2 3/1 1/3 (good/bad)."""

from __future__ import annotations

SITS = {
    1: {"intent": "reschedule", "recipient_name": "Dott.ssa Ginevra Scalabrini-Orsi", "sender_name": "Tommaso Vianello-Curti",
        "tone": "formal", "relationship": "key",
        "meeting": "revisione annuale del piano di sicurezza del cantiere navale",
        "meeting_time": "martedì 15 dicembre alle 11:00",
        "proposed_times": ["giovedì 17 dicembre alle 11:00", "lunedì 21 dicembre alle 15:00"],
        "reason": "un'ispezione della Capitaneria di porto"},
    2: {"intent": "switch_to_email", "recipient_name": "Lorenzo Bellandi", "sender_name": "Marta Zuccolin",
        "tone": "friendly", "relationship": "regular",
        "meeting": "aggiornamento sul menù del catering per la festa aziendale",
        "meeting_time": "mercoledì 9 dicembre alle 17:30",
        "reason": "il furgone è in officina"},
    3: {"intent": "late_cancellation", "recipient_name": "Sig. Ruggero Castellazzi", "sender_name": "Ilaria Pezzoli-Rinaldi",
        "tone": "formal", "relationship": "new", "meeting": "prima seduta di rieducazione della spalla",
        "meeting_time": "venerdì 4 dicembre alle 8:30", "proposed_times": ["venerdì 11 dicembre alle 8:30"],
        "policy": {"notice_hours": 24, "fee_percent": 40}},
    4: {"intent": "delegate", "recipient_name": "Benedetta Olivotto", "sender_name": "Gianmarco Ferraguti",
        "tone": "friendly", "relationship": "key",
        "meeting": "sopralluogo al padiglione per lo stand di gennaio",
        "meeting_time": "lunedì 11 gennaio alle 10:00", "colleague_name": "Susanna Ravagnan",
        "reason": "un corso di formazione obbligatorio a Bruxelles"},
    5: {"intent": "cancellation_policy", "recipient_name": "Davide Mattiuzzi", "sender_name": "Elena Bortolazzi",
        "tone": "friendly", "relationship": "regular", "meeting": "lezione di ceramica del sabato",
        "meeting_time": "sabato 12 dicembre alle 10:00", "policy": {"notice_hours": 48, "fee_percent": 50}},
    6: {"intent": "no_show_followup", "recipient_name": "Avv. Fiorenza Quagliotti", "sender_name": "Nicolò Sbarbaro",
        "tone": "formal", "relationship": "regular",
        "meeting": "firma del contratto di locazione dell'ufficio in via Solferino",
        "meeting_time": "giovedì 3 dicembre alle 12:00", "proposed_times": ["martedì 15 dicembre alle 12:00"]},
}

CASES = [
    (1, "good", None, "Revisione del piano di sicurezza: due nuove date",
     """Gentile Dottoressa Scalabrini-Orsi,

un'ispezione della Capitaneria di porto è stata fissata proprio per martedì 15 dicembre alle 11:00, e non potrò quindi essere presente alla revisione annuale del piano di sicurezza del cantiere navale. Me ne scuso.

Le propongo giovedì 17 dicembre alle 11:00 oppure lunedì 21 dicembre alle 15:00. Se nessuna delle due Le fosse comoda, mi indichi pure un momento che preferisce e farò in modo di esserci.

Con i migliori saluti,
Tommaso Vianello-Curti""",
     "formal and warm, reason once, two slots and real flexibility"),
    (1, "good", None, "Revisione annuale – nuova data",
     """Gentile Dottoressa,

a causa di un'ispezione della Capitaneria di porto devo spostare la revisione annuale del piano di sicurezza del cantiere navale di martedì 15 dicembre alle 11:00. Le andrebbe bene giovedì 17 dicembre alle 11:00 o lunedì 21 dicembre alle 15:00?

Grazie e cordiali saluti,
Tommaso Vianello-Curti""",
     "very short formal note, title alone is normal Italian usage"),
    (1, "good", None, "Un imprevisto per martedì 15 dicembre",
     """Gentile Dottoressa Scalabrini-Orsi,

purtroppo devo chiederLe un po' di pazienza: un'ispezione della Capitaneria di porto mi obbliga a rinviare la revisione annuale del piano di sicurezza del cantiere navale, prevista per martedì 15 dicembre alle 11:00. So che questo documento Le serve prima della fine dell'anno e non lo dimentico.

Posso proporLe giovedì 17 dicembre alle 11:00 o lunedì 21 dicembre alle 15:00; in entrambi i casi Le invierò la bozza aggiornata il giorno prima.

Cordialmente,
Tommaso Vianello-Curti""",
     "apologetic but dignified; 'purtroppo' used about himself, acknowledges her deadline"),
    (1, "bad", "passive_aggression", "Revisione del 15 dicembre",
     """Gentile Dottoressa Scalabrini-Orsi,

come già Le avevo accennato nella mia precedente, che forse Le è sfuggita, un'ispezione della Capitaneria di porto cade proprio martedì 15 dicembre alle 11:00. La revisione annuale del piano di sicurezza del cantiere navale va dunque spostata.

Ripeto quindi le date che Le avevo già proposto: giovedì 17 dicembre alle 11:00 o lunedì 21 dicembre alle 15:00. Resto in attesa di un cortese riscontro, questa volta.

Cordiali saluti,
Tommaso Vianello-Curti""",
     "'come già Le avevo accennato … che forse Le è sfuggita' and the barbed 'questa volta'"),
    (1, "bad", "sarcasm", "La nostra amata revisione",
     """Gentile Dottoressa Scalabrini-Orsi,

immagino la Sua delusione: la revisione annuale del piano di sicurezza del cantiere navale, il momento più atteso dell'anno, slitta. Un'ispezione della Capitaneria di porto ha pensato bene di cadere martedì 15 dicembre alle 11:00, con il tempismo che solo la burocrazia sa avere.

Se riuscirà a sopravvivere all'attesa, Le propongo giovedì 17 dicembre alle 11:00 o lunedì 21 dicembre alle 15:00.

Cordialmente,
Tommaso Vianello-Curti""",
     "sarcasm about the client's 'disappointment' and her surviving the wait"),
    (1, "bad", "over_familiarity", "Ginny, cambio di programma!",
     """Ciao Ginny cara,

ti tocca sopportarmi un'altra settimana! Un'ispezione della Capitaneria di porto mi frega proprio martedì 15 dicembre alle 11:00, quindi la revisione annuale del piano di sicurezza del cantiere navale la spostiamo.

Dimmi tu: giovedì 17 dicembre alle 11:00 o lunedì 21 dicembre alle 15:00? Poi ci facciamo uno spritz per farci perdonare, offro io.

Un abbraccio forte,
Tommy""",
     "nickname, 'ciao cara', slang and a spritz towards a key client in a formal relationship"),
    (2, "good", None, "Menù della festa: facciamo per mail?",
     """Ciao Lorenzo,

il furgone è in officina e mercoledì non riesco a raggiungervi: ti va se l'aggiornamento sul menù del catering per la festa aziendale, che avevamo fissato per mercoledì 9 dicembre alle 17:30, lo facciamo per mail?

Ti mando stasera le proposte con i prezzi; tu scegli con calma e, se serve, ci sentiamo al telefono. Prometto che le foto dei dolci sono quasi buone come l'originale.

Marta""",
     "friendly, practical, humour that lands"),
    (2, "good", None, "Re: menù festa aziendale",
     """Ciao Lorenzo, il furgone è in officina: per l'aggiornamento sul menù del catering per la festa aziendale ti scrivo tutto per mail entro mercoledì 9 dicembre alle 17:30, invece di passare. Se qualcosa non ti convince, mi chiami. Grazie e a presto!

Marta""",
     "three sentences, very brief but kind"),
    (2, "bad", "coldness", "Aggiornamento menù – modalità",
     """Gentile Sig. Bellandi,

con la presente La informiamo che l'aggiornamento sul menù del catering per la festa aziendale previsto per mercoledì 9 dicembre alle 17:30 si svolgerà per via telematica, in quanto il furgone è in officina.

Riceverà la documentazione a mezzo posta elettronica. La ringraziamo per l'attenzione e porgiamo distinti saluti.

M. Zuccolin""",
     "cold politeness formulas and 'Sig.' towards a first-name regular in a friendly relationship"),
    (3, "good", None, "La seduta di venerdì 4 dicembre",
     """Gentile Sig. Castellazzi,

ho ricevuto la Sua disdetta della prima seduta di rieducazione della spalla di venerdì 4 dicembre alle 8:30. Mi dispiace che non ci siamo potuti conoscere.

Come indicato al momento della prenotazione, le sedute annullate con meno di 24 ore di preavviso vengono addebitate al 40%: quell'ora era riservata a Lei e non ho potuto offrirla ad altri. Se desidera, posso accoglierLa venerdì 11 dicembre alle 8:30.

Cordiali saluti,
Ilaria Pezzoli-Rinaldi""",
     "firm on the fee with its reason, warm, a new slot"),
    (3, "bad", "condescension", "Disdetta della prima seduta",
     """Gentile Sig. Castellazzi,

prendo atto della disdetta della prima seduta di rieducazione della spalla di venerdì 4 dicembre alle 8:30.

Mi permetto di ricordarLe che una spalla non si rimette a posto da sola: molti pazienti alle prime armi pensano che una seduta in più o in meno non faccia differenza, ed è proprio per questo che poi non vedono risultati. Se vuole davvero stare meglio, serve un minimo di costanza.

Come da regolamento, la disdetta con meno di 24 ore di preavviso comporta un addebito del 40%. Il prossimo posto libero è venerdì 11 dicembre alle 8:30.

Ilaria Pezzoli-Rinaldi""",
     "lecturing a new patient about constancy and 'pazienti alle prime armi'"),
    (3, "bad", "blame", "Seduta annullata",
     """Gentile Sig. Castellazzi,

la Sua disdetta per la prima seduta di rieducazione della spalla di venerdì 4 dicembre alle 8:30 è arrivata troppo tardi perché potessi riorganizzarmi: per colpa Sua ho perso la mattinata e ho dovuto dire di no a un altro paziente.

Sono quindi costretta ad applicare l'addebito del 40% previsto per le disdette con meno di 24 ore di preavviso. Posso offrirLe venerdì 11 dicembre alle 8:30, sperando che questa volta non ci siano sorprese.

Ilaria Pezzoli-Rinaldi""",
     "'per colpa Sua', the lost morning and the fee presented as punishment"),
    (4, "good", None, "Sopralluogo dell'11 gennaio: ci va Susanna",
     """Ciao Benedetta,

per un corso di formazione obbligatorio a Bruxelles quel giorno non ci sarò, quindi al sopralluogo al padiglione per lo stand di gennaio di lunedì 11 gennaio alle 10:00 verrà Susanna Ravagnan, che conosce bene il progetto.

Le lascio tutti i miei appunti e l'elenco delle tue richieste. Io ci sono comunque per telefono, e appena rientro ci sentiamo per fare il punto.

Un caro saluto,
Gianmarco""",
     "warm handover to a key client, colleague briefed, sender stays reachable"),
    (4, "good", None, "Lunedì 11 gennaio",
     """Ciao Benedetta, lunedì 11 gennaio alle 10:00 al sopralluogo al padiglione per lo stand di gennaio ci sarà Susanna Ravagnan: io purtroppo sono bloccato da un corso di formazione obbligatorio a Bruxelles. Ha già tutto il dossier. Buon inizio d'anno!

Gianmarco""",
     "very short but kind; 'purtroppo' used about himself"),
    (4, "bad", "passive_aggression", "Sopralluogo stand",
     """Ciao Benedetta,

per un corso di formazione obbligatorio a Bruxelles non potrò essere al sopralluogo al padiglione per lo stand di gennaio di lunedì 11 gennaio alle 10:00; ci sarà Susanna Ravagnan, che è bravissima.

Le ho già passato tutto. Magari questa volta fatele avere le modifiche prima della sera precedente, così almeno lei parte avvantaggiata.

Buone feste!
Gianmarco""",
     "friendly mail with one barbed sentence about last-minute changes"),
    (4, "bad", "grovelling", "Scusami tantissimo per il sopralluogo",
     """Carissima Benedetta,

non so davvero come chiederti scusa. Mi vergogno moltissimo: per un corso di formazione obbligatorio a Bruxelles non potrò venire al sopralluogo al padiglione per lo stand di gennaio di lunedì 11 gennaio alle 10:00, e ti manderò Susanna Ravagnan al mio posto.

So che non è la stessa cosa e capirei benissimo se fossi delusa o arrabbiata con me. Ti prego di perdonarmi, farò qualunque cosa per rimediare.

Ancora mille, mille scuse,
Gianmarco""",
     "grovelling over a normal handover, undermines the colleague"),
    (5, "good", None, "Promemoria per sabato",
     """Ciao Davide,

un piccolo promemoria in vista della lezione di ceramica del sabato (ci vediamo sabato 12 dicembre alle 10:00): come concordato a inizio corso, se non puoi venire avvisami almeno 48 ore prima; per le disdette più tardive trattengo il 50% della lezione.

Lo ricordo a tutti prima delle feste, quando le agende impazziscono. Il forno è acceso e il tuo vaso ti aspetta!

Elena""",
     "'promemoria' and 'come concordato' used kindly, reason given, warm close"),
    (5, "good", None, "Sabato 12 dicembre alle 10:00",
     """Ciao Davide! Ti ricordo di nuovo, visto che a dicembre si incastrano mille impegni: per la lezione di ceramica del sabato (sabato 12 dicembre alle 10:00) la disdetta va data entro 48 ore, altrimenti trattengo il 50%. A sabato!

Elena""",
     "short, 'di nuovo' used lightly and with a reason"),
    (5, "good", None, "La regola delle 48 ore",
     """Ciao Davide,

ti scrivo per una cosa poco poetica ma utile: per la lezione di ceramica del sabato vale la regola delle 48 ore. Chi disdice con meno di 48 ore di anticipo paga il 50% della lezione, perché l'argilla e il posto al tornio li preparo il giorno prima.

La prossima è sabato 12 dicembre alle 10:00. Per qualsiasi dubbio scrivimi pure.

Elena""",
     "firm policy with its reason, friendly, a touch of humour"),
    (5, "bad", "passive_aggression", "Le disdette",
     """Ciao Davide,

ti ricordo che per la lezione di ceramica del sabato le disdette vanno date almeno 48 ore prima, altrimenti trattengo il 50%.

Lo so che per voi è un passatempo e che se salta una volta non succede niente, ma per me è il lavoro con cui pago l'affitto del laboratorio. Non lo dico per te, ovviamente: è un discorso generale.

Ci vediamo sabato 12 dicembre alle 10:00, spero.

Elena""",
     "guilt trip ('per me è il lavoro … pago l'affitto'), 'non lo dico per te' and the doubtful 'spero'"),
    (6, "good", None, "Firma del 3 dicembre",
     """Gentile Avvocato,

giovedì 3 dicembre alle 12:00 non ci siamo incontrati per la firma del contratto di locazione dell'ufficio in via Solferino; spero non ci sia stato alcun problema.

Se desidera procedere, Le propongo martedì 15 dicembre alle 12:00; se preferisce un altro orario, me lo indichi e mi organizzo.

Cordiali saluti,
Nicolò Sbarbaro""",
     "concern, no reproach, a new time and flexibility"),
    (6, "bad", "bureaucratic_distance", "Mancata presentazione – firma contratto",
     """Egregio Avvocato,

si comunica che in data giovedì 3 dicembre alle 12:00 non si è proceduto alla firma del contratto di locazione dell'ufficio in via Solferino per mancata presentazione della parte conduttrice.

L'appuntamento viene riprogrammato d'ufficio a martedì 15 dicembre alle 12:00. Si prega di prenderne atto.

Distinti saluti
N. Sbarbaro""",
     "impersonal 'si comunica … si prega di prenderne atto', date imposed"),
    (6, "bad", "hostile", "Contratto di via Solferino",
     """Gentile Avvocato Quagliotti,

giovedì 3 dicembre alle 12:00 L'ho attesa per la firma del contratto di locazione dell'ufficio in via Solferino.

Le propongo martedì 15 dicembre alle 12:00. Le faccio però presente che il proprietario ha già ricevuto altre richieste per l'ufficio e che, se anche questa data dovesse saltare, non potrò più garantirLe né l'ufficio né le condizioni concordate.

Cordiali saluti,
Nicolò Sbarbaro""",
     "veiled threat about losing the office and the agreed terms"),
    (6, "bad", "wrong_register", "ehi 😅",
     """Ciao Fiorenza!!

tutto ok?? giovedì 3 dicembre alle 12:00 ti ho aspettata per la firma del contratto di locazione dell'ufficio in via Solferino ma niente 😅 capita!!

facciamo martedì 15 dicembre alle 12:00? fammi sapere, ciaooo

Nico""",
     "chat register, emoji and first name towards a lawyer in a formal relationship"),
]
