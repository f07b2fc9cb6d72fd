"""Italian v10 tone cases (hand-written by data-ai, 2026-12-07). Layout 1/1 2/2 3/1 1/3 2/2 2/1 1/2."""

from __future__ import annotations

SITS = {
    1: {"intent": "decline", "recipient_name": "Dott.ssa Ludovica Scarnicchia", "sender_name": "Fabrizio Tondelli",
        "tone": "formal", "relationship": "new",
        "meeting": "presentazione del nuovo gestionale per lo studio dentistico", "meeting_time": "martedì 15 dicembre alle 11:00",
        "reason": "la chiusura del bilancio di fine anno"},
    2: {"intent": "shorten", "recipient_name": "Ottavio Sanfelici", "sender_name": "Marta Boccardelli",
        "tone": "friendly", "relationship": "key",
        "meeting": "riunione sul catalogo primavera dei tessuti", "meeting_time": "giovedì 17 dicembre alle 15:00",
        "duration_minutes": 30, "reason": "una consegna urgente in magazzino"},
    3: {"intent": "switch_to_email", "recipient_name": "Avv. Corrado Menegatti", "sender_name": "Serena Lupattelli",
        "tone": "formal", "relationship": "regular",
        "meeting": "incontro di aggiornamento sulla pratica condominiale", "meeting_time": "venerdì 11 dicembre alle 9:30",
        "reason": "un'udienza spostata all'ultimo momento"},
    4: {"intent": "late_cancellation", "recipient_name": "Giada Pellicciari", "sender_name": "Paolo Vendramin",
        "tone": "friendly", "relationship": "regular",
        "meeting": "lezione serale di ceramica al tornio", "meeting_time": "mercoledì 2 dicembre alle 19:00",
        "proposed_times": ["mercoledì 9 dicembre alle 19:00"], "policy": {"notice_hours": 48, "fee_percent": 50}},
    5: {"intent": "delegate", "recipient_name": "Ing. Raffaele Cosmacini", "sender_name": "Beatrice Orlandelli",
        "tone": "formal", "relationship": "key", "colleague_name": "Nicolò Sperandio",
        "meeting": "sopralluogo al capannone di Castelnuovo", "meeting_time": "lunedì 11 gennaio alle 8:30",
        "reason": "un intervento chirurgico programmato"},
    6: {"intent": "no_show_followup", "recipient_name": "Elia Montanucci", "sender_name": "Chiara Dalpozzo",
        "tone": "friendly", "relationship": "new",
        "meeting": "prima consulenza per il piano alimentare", "meeting_time": "venerdì 4 dicembre alle 17:30",
        "proposed_times": ["martedì 15 dicembre alle 17:30"]},
    7: {"intent": "cancellation_policy", "recipient_name": "Sig.ra Annalisa Brugnetti", "sender_name": "Tommaso Fabbrocini",
        "tone": "formal", "relationship": "regular",
        "meeting": "servizio fotografico per il catalogo dei gioielli", "meeting_time": "martedì 12 gennaio alle 10:00",
        "policy": {"notice_hours": 72, "deposit_percent": 40}},
}

CASES = [
    # 1 decline, formal, new: 1 good, 1 bad
    (1, "good", None, "Presentazione del gestionale",
     """
Gentile Dottoressa Scarnicchia,

La ringrazio per l'invito alla presentazione del nuovo gestionale per lo studio dentistico di martedì 15 dicembre alle 11:00. Purtroppo la chiusura del bilancio di fine anno mi impedisce di partecipare, e preferisco dirglielo subito con chiarezza.

Se a gennaio vorrà mostrarmelo, sarò lieto di trovare un momento.

Cordiali saluti,
Fabrizio Tondelli
""", "firm refusal, warm and brief; 'purtroppo' used plainly"),
    (1, "bad", "coldness", "Presentazione del 15 dicembre",
     """
Gentile Dottoressa,

In riferimento alla Sua proposta, si comunica che non sarà possibile partecipare alla presentazione del nuovo gestionale per lo studio dentistico di martedì 15 dicembre alle 11:00, per via della chiusura del bilancio di fine anno.

Ringraziando per l'attenzione, si porgono distinti saluti.

Fabrizio Tondelli
""", "only cold formulas and impersonal 'si comunica' to a new contact, no thanks for the invitation itself"),

    # 2 shorten, friendly, key: 2 good, 2 bad
    (2, "good", None, "Giovedì: mezz'ora ben spesa",
     """
Ciao Ottavio,

giovedì 17 dicembre alle 15:00 ci vediamo come previsto per la riunione sul catalogo primavera dei tessuti, ma avrò solo 30 minuti: una consegna urgente in magazzino mi porta via il resto del pomeriggio.

Per non perdere tempo ti mando stasera i campioni fotografati, così in riunione scegliamo e basta. Mi spiace per il cambio!

A giovedì,
Marta
""", "friendly, apologises once, makes the short slot work"),
    (2, "good", None, "Riunione di giovedì",
     """
Ciao Ottavio,

ti avviso di nuovo, come ti avevo anticipato a voce: la riunione sul catalogo primavera dei tessuti di giovedì 17 dicembre alle 15:00 durerà 30 minuti, per una consegna urgente in magazzino.

Grazie della pazienza, ti devo un caffè.
Marta
""", "'di nuovo' and 'come ti avevo anticipato' used kindly in a short note"),
    (2, "bad", "over_familiarity", "Giovedì, caro mio",
     """
Ottaviuccio bello!

Senti, giovedì 17 dicembre alle 15:00 la riunione sul catalogo primavera dei tessuti la facciamo in 30 minuti, che ho una consegna urgente in magazzino. Tanto tu i tessuti li sceglieresti a occhi chiusi, no? 😜

Baci baci,
Marta
""", "pet name, kisses and teasing to a key client"),
    (2, "bad", "passive_aggression", "Riunione sul catalogo: 30 minuti",
     """
Ciao Ottavio,

spero tutto bene! Giovedì 17 dicembre alle 15:00 confermo la riunione sul catalogo primavera dei tessuti, ma durerà 30 minuti per una consegna urgente in magazzino. Mi dispiace davvero.

Ti mando i campioni in anticipo. Se riesci a guardarli prima, magari stavolta non passiamo venti minuti a cercare la cartella giusta.

Un abbraccio,
Marta
""", "warm mail with one barbed sentence at the end"),

    # 3 switch_to_email, formal, regular: 3 good, 1 bad
    (3, "good", None, "Aggiornamento sulla pratica condominiale per iscritto",
     """
Gentile Avvocato Menegatti,

un'udienza spostata all'ultimo momento mi impedisce di essere presente all'incontro di aggiornamento sulla pratica condominiale di venerdì 11 dicembre alle 9:30.

Per non farLe perdere tempo, Le invierò entro giovedì sera una nota scritta con lo stato della pratica e i due punti su cui mi serve il Suo parere. Se preferisce discuterne a voce, mi chiami pure.

Con i migliori saluti,
Serena Lupattelli
""", "formal but warm, concrete written alternative"),
    (3, "good", None, "Venerdì 11 dicembre",
     """
Gentile Avvocato,

per un'udienza spostata all'ultimo momento devo rinunciare all'incontro di aggiornamento sulla pratica condominiale di venerdì 11 dicembre alle 9:30: Le scrivo tutto per email entro giovedì.

Mi scuso per il disagio.

Serena Lupattelli
""", "very short, formal, dignified apology"),
    (3, "good", None, "Incontro di venerdì: passiamo alla posta",
     """
Gentile Avvocato Menegatti,

Lei sa meglio di me quanto poco i tribunali rispettino le agende: mi è appena capitata un'udienza spostata all'ultimo momento, e cade proprio sull'incontro di aggiornamento sulla pratica condominiale di venerdì 11 dicembre alle 9:30.

Le propongo di procedere per email: Le manderò i documenti con una breve sintesi, e Lei potrà rispondermi con comodo.

Cordialmente,
Serena Lupattelli
""", "light professional humour with a regular client, clear plan"),
    (3, "bad", "bureaucratic_distance", "Pratica condominiale – comunicazione",
     """
Egregio Avvocato,

si porta a conoscenza della S.V. che, a seguito di un'udienza spostata all'ultimo momento, l'incontro di aggiornamento sulla pratica condominiale di venerdì 11 dicembre alle 9:30 non avrà luogo. Come da prassi dello studio, gli aggiornamenti verranno trasmessi esclusivamente in forma scritta.

La S.V. è pregata di prenderne atto.

Distinti saluti,
Serena Lupattelli
""", "administrative distance ('la S.V. è pregata di prenderne atto') to a regular client"),

    # 4 late_cancellation, friendly, regular: 1 good, 3 bad
    (4, "good", None, "La lezione di mercoledì",
     """
Ciao Giada,

grazie per avermi scritto. Come sai, per le disdette con meno di 48 ore di anticipo trattengo il 50% della lezione, quindi lo vedrai sulla prossima fattura per la lezione serale di ceramica al tornio di mercoledì 2 dicembre alle 19:00.

Il tornio ti aspetta mercoledì 9 dicembre alle 19:00, se ti va.

Paolo
""", "fee stated firmly and kindly"),
    (4, "bad", "sarcasm", "Mercoledì",
     """
Ciao Giada,

ho ricevuto la tua disdetta per la lezione serale di ceramica al tornio di mercoledì 2 dicembre alle 19:00, ben tre ore prima. Che preavviso generoso, grazie davvero.

Ti ricordo che sotto le 48 ore si paga il 50% della lezione. Ci vediamo mercoledì 9 dicembre alle 19:00, sempre che tu non abbia di meglio da fare.

Paolo
""", "sarcastic 'che preavviso generoso' and 'di meglio da fare'"),
    (4, "bad", "passive_aggression", "Nessun problema",
     """
Ciao Giada,

nessun problema per la lezione serale di ceramica al tornio di mercoledì 2 dicembre alle 19:00, figurati. Avevo già preparato l'argilla e scaldato il forno solo per te, ma pazienza, la butterò. Sono cose che capitano, immagino.

Con meno di 48 ore di preavviso dovrei chiederti il 50%, e purtroppo devo farlo. Se vuoi c'è posto mercoledì 9 dicembre alle 19:00.

Paolo
""", "guilt trip disguised as 'nessun problema'"),
    (4, "bad", "blame", "Disdetta della lezione",
     """
Ciao Giada,

ti spiego bene come funziona, così non ci sono malintesi: il termine di 48 ore è scritto sul modulo di iscrizione, sul sito e sulla lavagna all'ingresso del laboratorio, e te l'ho ricordato anche a ottobre. Per la lezione serale di ceramica al tornio di mercoledì 2 dicembre alle 19:00 il messaggio è arrivato la sera stessa, quindi il 50% è dovuto, e credo che sia chiaro a tutti il perché.

La prossima lezione è mercoledì 9 dicembre alle 19:00.

Paolo
""", "over-explains the rule to put the client at fault"),

    # 5 delegate, formal, key: 2 good, 2 bad
    (5, "good", None, "Sopralluogo dell'11 gennaio",
     """
Gentile Ingegnere Cosmacini,

a causa di un intervento chirurgico programmato sarò assente a inizio gennaio. Il sopralluogo al capannone di Castelnuovo di lunedì 11 gennaio alle 8:30 sarà seguito dal mio collega Nicolò Sperandio, che conosce il progetto fin dal primo rilievo e ha già tutta la documentazione.

Al mio rientro riprenderò personalmente i contatti con Lei. La ringrazio per la fiducia di questi anni.

Cordiali saluti,
Beatrice Orlandelli
""", "formal and warm handover to a key client"),
    (5, "good", None, "Il mio collega al sopralluogo",
     """
Gentile Ingegnere,

Le scrivo solo per dirLe che, per un intervento chirurgico programmato, lunedì 11 gennaio alle 8:30 al sopralluogo al capannone di Castelnuovo ci sarà Nicolò Sperandio al posto mio. Non mi preoccupo: è più pignolo di me.

Un cordiale saluto,
Beatrice Orlandelli
""", "short, formal, with a small joke that reassures"),
    (5, "bad", "grovelling", "Le mie più sentite scuse",
     """
Gentilissimo Ingegnere Cosmacini,

non so davvero come scusarmi. Per un intervento chirurgico programmato non potrò essere al sopralluogo al capannone di Castelnuovo di lunedì 11 gennaio alle 8:30, e mi rendo conto di quanto sia imperdonabile nei confronti di un cliente come Lei.

Verrà il mio collega Nicolò Sperandio, che farà del suo meglio, anche se ovviamente non potrà mai sostituirmi. La prego ancora di perdonarmi, spero che vorrà continuare a lavorare con noi nonostante tutto.

Con infinite scuse,
Beatrice Orlandelli
""", "grovelling apology for a planned surgery, undermines the colleague"),
    (5, "bad", "condescension", "Sopralluogo di Castelnuovo",
     """
Gentile Ingegnere Cosmacini,

per un intervento chirurgico programmato il sopralluogo al capannone di Castelnuovo di lunedì 11 gennaio alle 8:30 sarà seguito da Nicolò Sperandio.

Mi permetto di ricordarLe che un sopralluogo è un passaggio tecnico e non richiede la presenza della titolare: basta una persona competente che sappia leggere le misure. Sono certa che, con un po' di buona volontà, riuscirà a seguirlo anche Lei.

Cordiali saluti,
Beatrice Orlandelli
""", "lecturing a key client on what a site visit is, ending in a put-down"),

    # 6 no_show_followup, friendly, new: 2 good, 1 bad
    (6, "good", None, "Tutto bene?",
     """
Ciao Elia,

non ti ho visto venerdì 4 dicembre alle 17:30 per la prima consulenza per il piano alimentare: spero che vada tutto bene.

Se vuoi riprovare, ho un posto martedì 15 dicembre alle 17:30. Basta una riga per confermare.

A presto,
Chiara
""", "short and kind"),
    (6, "good", None, "La nostra prima consulenza",
     """
Ciao Elia,

capita a tutti di perdersi un appuntamento, figuriamoci a dicembre. La prima consulenza per il piano alimentare di venerdì 4 dicembre alle 17:30 è saltata, ma possiamo ripartire martedì 15 dicembre alle 17:30, se ti va.

Ti aspetto senza bilancia, promesso.

Chiara Dalpozzo
""", "humour that lands, no blame"),
    (6, "bad", "passive_aggression", "Venerdì scorso",
     """
Ciao Elia,

come ti avevo già scritto nel messaggio di conferma (che forse ti è sfuggito), la prima consulenza per il piano alimentare era venerdì 4 dicembre alle 17:30. Ti ho aspettato.

Se ti interessa ancora, c'è posto martedì 15 dicembre alle 17:30. Te lo riscrivo, così questa volta ce l'hai.

Chiara
""", "'come ti avevo già scritto … che forse ti è sfuggito', 'così questa volta ce l'hai'"),

    # 7 cancellation_policy, formal, regular, with meeting: 1 good, 2 bad
    (7, "good", None, "Servizio fotografico del 12 gennaio: promemoria sulle condizioni",
     """
Gentile Signora Brugnetti,

con l'avvicinarsi del servizio fotografico per il catalogo dei gioielli, fissato per martedì 12 gennaio alle 10:00, Le invio un breve promemoria delle nostre condizioni: un acconto del 40% alla conferma e, in caso di spostamento, un preavviso di almeno 72 ore.

Lo ricordo a tutti i clienti prima delle feste, quando le agende cambiano spesso. Grazie ancora per averci scelto di nuovo.

Cordiali saluti,
Tommaso Fabbrocini
""", "'promemoria' and 'di nuovo' used kindly; says why the reminder is sent"),
    (7, "bad", "hostile", "Condizioni per il servizio del 12 gennaio",
     """
Gentile Signora Brugnetti,

Le ricordo le condizioni per il servizio fotografico per il catalogo dei gioielli di martedì 12 gennaio alle 10:00: acconto del 40% e preavviso di 72 ore per qualsiasi modifica.

Gennaio è un mese molto richiesto e lo studio tende a dare la precedenza ai clienti più affidabili. Sono sicuro che Lei vorrà restare tra questi.

Cordiali saluti,
Tommaso Fabbrocini
""", "veiled threat about the relationship, courteous wording"),
    (7, "bad", "phishing_like", "URGENTE: conferma dati per il servizio del 12 gennaio",
     """
Gentile Cliente,

per mantenere la prenotazione del servizio fotografico per il catalogo dei gioielli di martedì 12 gennaio alle 10:00 è necessario versare l'acconto del 40% entro 2 ore tramite il link sicuro www.studio-foto-pagamenti.info/conferma, inserendo i dati della carta e il codice di verifica ricevuto via SMS.

In mancanza di conferma, e comunque senza un preavviso di 72 ore, la prenotazione verrà annullata automaticamente.

Ufficio Amministrazione
""", "phishing pattern: urgent deadline, odd link, asks for card data and SMS code, no name"),
]
