"""v11, Italian: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v11src._d import A, B, C, D, E


def S(*a, **k):
    return _S("it", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Ottavio Zanardelli", "Benedetta Coppola", "formal", "key",
             meeting="Sopralluogo nel vigneto per la difesa dalla peronospora", at="giovedì 15 luglio alle 7:30",
             props=["lunedì 19 luglio alle 7:30", "martedì 20 luglio alle 18:00"],
             reason="il consorzio di difesa ha anticipato la riunione tecnica a giovedì mattina"),
           "Sopralluogo in vigneto: nuova data",
           """
Gentile Signor Zanardelli,

il consorzio di difesa ha anticipato la riunione tecnica proprio a giovedì mattina, quindi non riesco a essere da lei per il sopralluogo nel vigneto.

Le propongo lunedì 19 luglio, sempre alle sette e mezza, oppure martedì 20 verso sera, alle 18. Mi dica lei quale preferisce: in entrambi i casi faremo il punto sui trattamenti contro la peronospora.

Con i migliori saluti,
Benedetta Coppola
""", "correct: 'sempre alle sette e mezza' (7:30 in words), 'verso sera, alle 18'")),
    (A, ok(S("switch_to_email", "Gianmarco Pellizzari", "Sveva Moscatelli", "friendly", "regular",
             meeting="Allineamento sul rilascio dell'app di fatturazione", at="venerdì 16 luglio alle 11:00",
             reason="le note di rilascio sono già pronte e mancano solo due conferme"),
           "Rilascio app: ci sentiamo per mail",
           """
Ciao Gianmarco,

le note di rilascio dell'app di fatturazione sono già pronte e ci mancano solo due conferme da parte vostra. Direi che per venerdì non serve vederci: ti mando tutto per mail oggi pomeriggio e mi rispondi con calma.

Se poi qualcosa non torna, ne parliamo a voce.

A presto,
Sveva
""", "correct: 'due conferme' from the reason, 'oggi pomeriggio' not a new meeting time")),
    (A, ok(S("late_cancellation", "Nicolò Baldassarri", "Fiorella Tassinari", "formal", "regular",
             meeting="Guida in autostrada con l'istruttore", at="lunedì 12 luglio alle 16:30",
             props=["giovedì 15 luglio alle 16:30"], reason="disdetta arrivata mezz'ora prima della guida",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "La guida di ieri",
           """
Buongiorno Signor Baldassarri,

abbiamo ricevuto la sua disdetta ieri, appena mezz'ora prima della guida in autostrada delle 16:30.

Come da regolamento dell'autoscuola, le guide disdette con meno di 24 ore di preavviso vengono addebitate per intero. Ci dispiace, ma la regola vale per tutti gli allievi.

Possiamo recuperare giovedì 15 luglio, alla stessa ora. Ci faccia sapere.

Cordiali saluti,
Fiorella Tassinari
""", "correct: 'ieri' = Mon 12 July, 'per intero' for 100 %, 'mezz'ora' from the reason")),
    (A, ok(S("decline", "Costanza Marcenaro", "Ludovico Frassineti", "formal", "new",
             meeting="Presentazione delle location per matrimoni in Langa", at="sabato 24 luglio alle 10:30",
             reason="quel fine settimana seguo un matrimonio in Puglia"),
           "Presentazione delle location",
           """
Gentile Signora Marcenaro,

la ringrazio per l'invito alla presentazione delle location per matrimoni in Langa.

Purtroppo quel fine settimana sarò in Puglia per seguire un matrimonio e non potrò essere presente sabato 24 luglio. Mi farebbe piacere ricevere il materiale, se vorrà condividerlo, e restare in contatto per le prossime occasioni.

Cordiali saluti,
Ludovico Frassineti
""", "correct: reason paraphrased, date restated exactly")),
    (B, ok(S("shorten", "Raimondo Foschini", "Eleonora Vaccaro", "formal", "regular",
             meeting="Rilievo catastale del capannone di Carpi", at="mercoledì 25 agosto alle 9:00", dur=90,
             reason="nel pomeriggio devo consegnare una perizia in tribunale a Modena"),
           "Rilievo a Carpi: tempi più stretti",
           """
Egregio Signor Foschini,

mercoledì devo consegnare una perizia in tribunale a Modena e non posso trattenermi a lungo a Carpi. Confermo il rilievo catastale del capannone alle 9, ma le chiedo di limitarlo a un'ora e mezza.

Per guadagnare tempo, le sarei grato se potesse farmi trovare aperti tutti gli accessi.

Distinti saluti,
Eleonora Vaccaro
""", "correct: 90 minutes as 'un'ora e mezza', 'alle 9'")),
    (B, ok(S("delegate", "Ilaria Benvenuti", "Tommaso Guarneri", "formal", "regular",
             meeting="Colloquio finale per il ruolo di responsabile acquisti", at="giovedì 26 agosto alle 14:00",
             col="Federica Lanzoni", reason="sono stato convocato a Milano dal cliente per tutta la settimana"),
           "Colloquio finale di giovedì",
           """
Gentile Signora Benvenuti,

sarò a Milano dal cliente per tutta la settimana e non riuscirò a condurre il colloquio finale per il ruolo di responsabile acquisti.

La incontrerà la mia collega Federica Lanzoni, che conosce bene il suo profilo: l'appuntamento resta invariato, giovedì alle due del pomeriggio.

Le faccio i migliori auguri.

Tommaso Guarneri
""", "correct: 'Signora' + surname, 'alle due del pomeriggio' for 14:00")),
    (B, ok(S("no_show_followup", "Achille Ferrandina", "Serena Locatelli", "friendly", "regular",
             meeting="Controllo dell'apparecchio ortodontico", at="venerdì 20 agosto alle 17:15",
             props=["martedì 31 agosto alle 17:15"]),
           "Ti aspettavamo venerdì",
           """
Ciao Achille,

venerdì pomeriggio ti aspettavamo per il controllo dell'apparecchio, ma non ti abbiamo visto. Tutto bene?

Il controllo è importante per regolare i fili, quindi ti ho tenuto da parte martedì 31 agosto, stessa ora (17:15). Fammi sapere se ti va bene.

Un saluto,
Serena
""", "correct: friendly, 'stessa ora (17:15)'")),
    (B, ok(S("cancellation_policy", "Gemma Tagliaferri", "Oreste Brambati", "formal", "new",
             pol={"notice_hours": 48, "deposit_percent": 25}),
           "Condizioni di prenotazione del servizio fotografico",
           """
Gentile Signora Tagliaferri,

grazie per averci scelto per il suo servizio fotografico. Prima di fissare la data, le riassumo le nostre condizioni:

- alla prenotazione chiediamo un acconto pari a un quarto del preventivo (25%);
- in caso di disdetta, la preghiamo di avvisarci con almeno due giorni di anticipo, cioè 48 ore.

Resto a disposizione per qualsiasi chiarimento.

Cordiali saluti,
Oreste Brambati
""", "correct: 'un quarto del preventivo (25%)', 'due giorni ... 48 ore'")),
    (C, ok(S("switch_to_call", "Vittoria Santambrogio", "Michela Parenzan", "friendly", "key",
             meeting="Incontro per la scelta dei fiori del matrimonio", at="martedì 21 settembre alle 18:30",
             props=["martedì 21 settembre alle 20:30"], reason="il fiorista è bloccato a Sanremo per la fiera"),
           "Fiori: facciamo una videochiamata?",
           """
Cara Vittoria,

il fiorista resta bloccato a Sanremo per la fiera e non riesce a raggiungerci martedì. Ti propongo di fare comunque l'incontro sui fiori, ma in videochiamata e un po' più tardi, alle 20:30, così si collega anche lui dallo stand.

Prepara le foto che ti piacevano, mi raccomando!

Un abbraccio,
Michela
""", "correct: call at the proposed time, 'un po' più tardi'")),
    (C, ok(S("reschedule", "Edoardo Castelvetri", "Arianna Pozzebon", "formal", "regular",
             meeting="Servizio fotografico del nuovo catalogo di arredi", at="venerdì 17 settembre alle 9:00",
             props=["giovedì 23 settembre alle 9:00", "venerdì 24 settembre alle 14:00"],
             reason="il furgone con i pezzi del catalogo arriva solo lunedì"),
           "Servizio catalogo: due date alternative",
           """
Buongiorno Signor Castelvetri,

mi hanno appena avvisata che il furgone con gli arredi del catalogo arriverà solo lunedì: domani non avremmo nulla da fotografare.

Possiamo spostare il servizio a:
• giovedì 23 settembre, alle 9 come previsto;
• venerdì 24 settembre, alle 14.

Mi scuso per il disagio e attendo sue notizie.

Arianna Pozzebon
""", "correct: 'domani' = Fri 17 Sept, 'lunedì' from the reason, bullet list")),
    (C, ok(S("late_cancellation", "Teodoro Sciacca", "Marisa Caputo", "formal", "new",
             meeting="Visita di controllo e igiene dentale", at="mercoledì 15 settembre alle 12:00",
             props=["lunedì 20 settembre alle 12:00", "mercoledì 22 settembre alle 8:30"],
             reason="disdetta telefonica alle undici della stessa mattina",
             pol={"notice_hours": 24, "fee_percent": 50}),
           "L'appuntamento di ieri",
           """
Gentile Signor Sciacca,

abbiamo preso nota della sua telefonata di ieri mattina alle undici, con cui ha disdetto la visita di controllo e igiene di mezzogiorno.

Le ricordo che, per le disdette con meno di 24 ore di preavviso, lo studio addebita la metà della tariffa, cioè il 50%.

Per recuperare la seduta può scegliere tra lunedì 20 settembre a mezzogiorno e mercoledì 22 settembre alle 8:30.

Cordiali saluti,
Marisa Caputo
""", "correct: 'a mezzogiorno' for 12:00, 'la metà ... cioè il 50%', 'alle undici' from the reason")),
    (C, ok(S("decline", "Rodolfo Mastrangelo", "Carlotta Zecchin", "friendly", "key",
             meeting="Aperitivo per i dieci anni della web agency", at="venerdì 24 settembre alle 19:00",
             reason="parto per Lisbona quel giorno per una conferenza"),
           "Aperitivo di venerdì",
           """
Caro Rodolfo,

dieci anni, complimenti di cuore a tutta l'agenzia! Purtroppo proprio venerdì parto per Lisbona per una conferenza e non potrò brindare con voi.

Festeggiate anche per me: al mio ritorno ti offro un caffè e mi racconti tutto.

Un abbraccio,
Carlotta
""", "correct: 'dieci anni' from the meeting, 'ti offro un caffè' not an invented offer")),
    (D, ok(S("delegate", "Amedeo Corradini", "Silvana Ruggeri", "formal", "regular",
             meeting="Visita tecnica sugli uliveti per la potatura", at="mercoledì 13 ottobre alle 8:00",
             col="Giacomo Serafini", reason="devo partecipare a un corso di aggiornamento obbligatorio"),
           "Visita negli uliveti di mercoledì",
           """
Egregio Signor Corradini,

mercoledì sono impegnata in un corso di aggiornamento obbligatorio e non potrò essere negli uliveti per la visita tecnica.

Al mio posto verrà il collega Giacomo Serafini, con cui ho già condiviso le note dell'anno scorso sulla potatura. L'orario resta quello concordato, le otto del mattino.

Cordiali saluti,
Silvana Ruggeri
""", "correct: 'le otto del mattino', colleague in full")),
    (D, ok(S("no_show_followup", "Samuele Ravagnan", "Paola Brugnoli", "friendly", "new",
             meeting="Prima lezione di guida in città", at="giovedì 7 ottobre alle 15:00",
             props=["martedì 12 ottobre alle 15:00", "giovedì 14 ottobre alle 17:00"]),
           "La lezione di ieri",
           """
Ciao Samuele,

ieri alle 15 ti aspettavo davanti all'autoscuola per la prima lezione di guida in città, ma non sei arrivato. Spero sia tutto a posto!

Se vuoi ripartire, ho libero martedì 12 alla stessa ora oppure giovedì 14 alle cinque del pomeriggio.

A presto,
Paola
""", "correct: 'ieri alle 15' = Thu 7 Oct, 'alle cinque del pomeriggio' for 17:00")),
    (D, ok(S("shorten", "Liliana Occhipinti", "Massimo Dellacasa", "formal", "regular",
             meeting="Riunione sul piano assunzioni del 2028", at="lunedì 11 ottobre alle 10:00", dur=45,
             reason="alle 11 ho un colloquio con un candidato che non posso spostare"),
           "Riunione di lunedì: versione breve",
           """
Gentile Signora Occhipinti,

lunedì alle 11 ho un colloquio con un candidato che non riesco a spostare. Le propongo quindi di mantenere la riunione sul piano assunzioni alle 10, ma di contenerla in tre quarti d'ora.

Le invio prima l'ordine del giorno, così andiamo dritti ai punti principali.

Cordiali saluti,
Massimo Dellacasa
""", "correct: 45 minutes as 'tre quarti d'ora', 'alle 11' from the reason, '2028' from the meeting")),
    (D, ok(S("switch_to_email", "Bruno Tagliavini", "Caterina Ansaldi", "formal", "regular",
             meeting="Esame della bozza di frazionamento del terreno", at="giovedì 14 ottobre alle 16:00",
             reason="la bozza è breve e si commenta meglio per iscritto"),
           "Bozza di frazionamento",
           """
Buongiorno Signor Tagliavini,

la bozza di frazionamento del terreno è piuttosto breve e credo si commenti meglio per iscritto. Gliela invio oggi per e-mail: potrà annotare direttamente le sue osservazioni.

Se preferisce comunque vederci giovedì, mi scriva e manteniamo l'appuntamento.

Cordiali saluti,
Caterina Ansaldi
""", "correct: 'giovedì' only restates the meeting day")),
    (E, ok(S("cancellation_policy", "Annalisa Fumagalli", "Gaia Spadafora", "formal", "key",
             meeting="Prova del menù di nozze a Villa Cordevole", at="sabato 20 novembre alle 12:30",
             pol={"notice_hours": 168, "fee_percent": 30, "deposit_percent": 20}),
           "Prova menù a Villa Cordevole: le condizioni",
           """
Gentile Signora Fumagalli,

in vista della prova del menù di nozze a Villa Cordevole, sabato 20 novembre alle 12:30, le riepilogo le condizioni concordate con la villa:

- un acconto del 20% alla conferma;
- in caso di disdetta con meno di una settimana di preavviso (168 ore), viene addebitato il 30% della quota.

Non vedo l'ora di assaggiare con lei!

Gaia Spadafora
""", "correct: 'una settimana di preavviso (168 ore)', deposit and fee each with its own term")),
    (E, ok(S("switch_to_call", "Lamberto Giordanengo", "Rita Sambuceti", "friendly", "regular",
             meeting="Incontro in cascina sul bando per i giovani agricoltori", at="martedì 16 novembre alle 14:00",
             reason="la strada per la cascina è chiusa per una frana"),
           "Bando giovani agricoltori: ci sentiamo al telefono",
           """
Ciao Lamberto,

ho saputo che la strada per la cascina è chiusa per una frana: lasciamo perdere l'incontro di persona e sentiamoci al telefono, martedì alle 14 come d'accordo.

Intanto dai un'occhiata alla scadenza del bando, così ne parliamo subito.

A martedì,
Rita
""", "correct: call at the meeting time, 'la scadenza del bando' mentions no date")),
    (E, ok(S("reschedule", "Pierluigi Santoro", "Noemi Carbonera", "formal", "new",
             meeting="Colloquio conoscitivo per la posizione di magazziniere", at="venerdì 12 novembre alle 9:30",
             props=["lunedì 15 novembre alle 9:30", "lunedì 15 novembre alle 15:00"],
             reason="il responsabile di reparto sarà in trasferta venerdì"),
           "Colloquio conoscitivo: nuova data",
           """
Gentile Signor Santoro,

il responsabile di reparto, che desidera partecipare al colloquio, sarà in trasferta venerdì. Le propongo di spostare l'incontro a lunedì 15 novembre, alle 9:30 oppure alle 15.

Ci scusiamo per il cambiamento e restiamo in attesa di una sua conferma.

Cordiali saluti,
Noemi Carbonera
""", "correct: two slots on the same day stated once")),
    (E, ok(S("late_cancellation", "Viola Mancinelli", "Jacopo Ferraresi", "friendly", "regular",
             meeting="Servizio fotografico di famiglia in studio", at="martedì 9 novembre alle 17:00",
             props=["mercoledì 17 novembre alle 17:00"], reason="disdetta un'ora prima per un imprevisto al lavoro",
             pol={"notice_hours": 24, "deposit_percent": 30}),
           "Servizio in studio: recuperiamo",
           """
Ciao Viola,

nessun problema per ieri, gli imprevisti al lavoro capitano a tutti.

Ti ricordo solo come funziona da noi: acconto del 30% alla prenotazione e disdetta almeno 24 ore prima.

Ti ho tenuto libero mercoledì 17 alle cinque, stessa ora di ieri: porta pure anche il cane, se vuoi!

A presto,
Jacopo
""", "correct: 'stessa ora di ieri', 'alle cinque' for 17:00, policy restated as given")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Mirella Sabbadin", "Daniele Fontanot", "formal", "regular",
                              meeting="Impronte per il bite notturno", at="mercoledì 14 luglio alle 10:00",
                              props=["mercoledì 21 luglio alle 16:00"],
                              reason="il tecnico del laboratorio sarà assente mercoledì"),
            "Impronte per il bite",
            """
Gentile Signora Sabbadin,

il tecnico del laboratorio sarà assente mercoledì e preferiamo rilevare le impronte per il bite quando è presente.

Le proponiamo quindi di spostare l'appuntamento di mercoledì alle 16 a mercoledì 21 luglio alle 10.

Cordiali saluti,
Daniele Fontanot
""", "hours exchanged: the appointment being moved is at 10:00, the new one at 16:00")),
    (A, bad("discount_invented", S("switch_to_email", "Graziano Pettenon", "Elisa Mariotti", "formal", "new",
                                   meeting="Preventivo per l'organizzazione del matrimonio", at="venerdì 16 luglio alle 17:00",
                                   reason="il cliente chiede se è possibile uno sconto sul pacchetto completo"),
            "Preventivo matrimonio",
            """
Gentile Signor Pettenon,

mi chiedeva se fosse possibile rivedere il prezzo del pacchetto completo. Per non farla venire fin qui venerdì, le propongo di proseguire per e-mail.

Le posso già anticipare uno sconto del 10% sul pacchetto completo: le invio il preventivo aggiornato in giornata.

Cordiali saluti,
Elisa Mariotti
""", "a 10% discount offered because the reason mentions a request")),
    (A, bad("link_invented", S("switch_to_call", "Fabrizio Cantagalli", "Loredana Urbani", "formal", "key",
                               meeting="Revisione dei wireframe del portale clienti", at="lunedì 19 luglio alle 11:00",
                               reason="metà del team di sviluppo è in ferie"),
            "Wireframe: videochiamata",
            """
Gentile Signor Cantagalli,

con metà del team di sviluppo in ferie, le proporrei di rivedere i wireframe del portale clienti in videochiamata, lunedì alle 11 come previsto.

Può collegarsi da qui: https://teams.microsoft.com/l/meetup-join/urbani-wireframe

Cordiali saluti,
Loredana Urbani
""", "a meeting link nobody gave")),
    (A, bad("name_near_miss", S("decline", "Cristiano Bertolazzi", "Rosanna Gallinaro", "formal", "regular",
                                meeting="Giornata porte aperte dell'autoscuola", at="sabato 17 luglio alle 10:00",
                                reason="sarò in commissione d'esame in Motorizzazione"),
            "Giornata porte aperte",
            """
Egregio Signor Bertolazi,

grazie per l'invito alla giornata porte aperte dell'autoscuola. Sabato però sarò in commissione d'esame in Motorizzazione e non potrò venire.

Le auguro una bella giornata e molti nuovi iscritti.

Cordiali saluti,
Rosanna Gallinaro
""", "greeting 'Bertolazi' for Bertolazzi (one letter dropped)")),
    (B, bad("time_recap_wrong", S("reschedule", "Ermanno Rigamonti", "Lucrezia Bonfanti", "formal", "regular",
                                  meeting="Prelievo dei campioni di terreno nei frutteti", at="martedì 24 agosto alle 8:00",
                                  props=["venerdì 27 agosto alle 8:00"], reason="il laboratorio è chiuso fino a giovedì"),
            "Prelievo campioni: venerdì 27 agosto alle 9",
            """
Egregio Signor Rigamonti,

il laboratorio di analisi resta chiuso fino a giovedì e i campioni di terreno non potrebbero essere consegnati in giornata.

Le propongo di rimandare il prelievo nei frutteti a venerdì 27 agosto, alla stessa ora.

Cordiali saluti,
Lucrezia Bonfanti
""", "subject names 9 (alle 9); the slot is 8:00 (body: same hour)")),
    (B, bad("email_invented", S("delegate", "Donatella Pirovano", "Alessio Marangon", "formal", "new",
                                meeting="Colloquio tecnico per il ruolo di sviluppatrice backend", at="giovedì 26 agosto alle 10:30",
                                col="Veronica Stellato", reason="devo accompagnare un cliente a Torino"),
            "Colloquio tecnico di giovedì",
            """
Gentile Signora Pirovano,

giovedì dovrò accompagnare un cliente a Torino. Il colloquio tecnico per il ruolo di sviluppatrice backend si terrà comunque alle 10:30, condotto dalla mia collega Veronica Stellato.

Per qualsiasi domanda pratica può scriverle a veronica.stellato@talentbridge.it.

Cordiali saluti,
Alessio Marangon
""", "an e-mail address nobody gave")),
    (B, bad("phone_invented", S("no_show_followup", "Beatrice Sangalli", "Claudio Venturelli", "friendly", "regular",
                                meeting="Ritratti di laurea al parco del Valentino", at="sabato 21 agosto alle 18:30",
                                props=["sabato 28 agosto alle 18:30"]),
            "Ritratti di laurea",
            """
Ciao Beatrice,

sabato ti ho aspettata al Valentino per i ritratti di laurea, ma non ti ho vista arrivare. Spero vada tutto bene!

Se ti va, riproviamo sabato 28, stessa ora. Scrivimi pure un messaggio al 347 518 2260 per confermare.

Un saluto,
Claudio
""", "a mobile number nobody gave")),
    (B, bad("weekday_wrong", S("late_cancellation", "Guido Bellomo", "Nadia Ferrigno", "formal", "regular",
                               meeting="Sopralluogo per la perizia di stima dell'appartamento", at="venerdì 20 agosto alle 11:00",
                               props=["mercoledì 1 settembre alle 11:00"], reason="disdetta arrivata la mattina stessa",
                               pol={"notice_hours": 48, "fee_percent": 40}),
            "Sopralluogo: recupero giovedì 1 settembre",
            """
Egregio Signor Bellomo,

abbiamo ricevuto venerdì mattina la sua disdetta del sopralluogo per la perizia di stima, previsto alle 11.

Come indicato nell'incarico, per le disdette con meno di 48 ore di preavviso addebitiamo il 40% dell'onorario del sopralluogo.

Possiamo recuperarlo mercoledì 1 settembre alle 11.

Distinti saluti,
Nadia Ferrigno
""", "subject says 'giovedì 1 settembre'; 1 September 2027 is a Wednesday (body right)")),
    (C, bad("percent_swapped", S("cancellation_policy", "Ludmilla Chiaramonte", "Federico Santarcangelo", "formal", "new",
                                 pol={"notice_hours": 720, "fee_percent": 50, "deposit_percent": 25}),
            "Condizioni del servizio di wedding planning",
            """
Gentile Signora Chiaramonte,

come richiesto, le riassumo le condizioni del nostro servizio:

- alla firma del contratto è richiesto un acconto del 50%;
- in caso di disdetta con meno di 30 giorni di preavviso (720 ore), è dovuto il 25% del compenso pattuito.

Resto a disposizione per qualsiasi domanda.

Federico Santarcangelo
""", "deposit 25% and fee 50% given; the mail swaps them")),
    (C, bad("title_or_company_invented", S("shorten", "Renzo Bottazzi", "Giulia Marzorati", "friendly", "regular",
                                           meeting="Sprint review del gestionale per le cantine", at="lunedì 20 settembre alle 15:00",
                                           dur=30, reason="il deploy in produzione è fissato alle 16"),
            "Sprint review più corta",
            """
Ciao Renzo,

lunedì il deploy in produzione è fissato alle 16, quindi ti propongo una sprint review più snella: mezz'ora dalle 15, giusto il tempo di vedere le novità del gestionale.

A lunedì!

Giulia Marzorati
Project Manager | Vitis Digital S.r.l.
""", "signature adds a job title and an agency name nobody gave")),
    (C, bad("policy_invented", S("no_show_followup", "Ornella Cassarà", "Marco Palumbo", "formal", "regular",
                                 meeting="Seduta di sbiancamento dentale", at="martedì 14 settembre alle 18:00",
                                 props=["martedì 21 settembre alle 18:00"]),
            "La seduta di martedì",
            """
Gentile Signora Cassarà,

martedì alle 18 la aspettavamo per la seduta di sbiancamento, ma non è potuta venire. Spero non sia successo nulla.

Come per tutte le sedute non disdette, le verrà addebitata metà della tariffa.

Possiamo riprogrammare la seduta martedì 21 settembre alla stessa ora.

Cordiali saluti,
Marco Palumbo
""", "half the fee charged: no policy given")),
    (C, bad("discount_invented", S("reschedule", "Ettore Longobardi", "Sabrina Lodigiani", "formal", "regular",
                                   meeting="Lezione di teoria per la patente nautica", at="venerdì 17 settembre alle 18:00",
                                   props=["mercoledì 22 settembre alle 18:00"],
                                   reason="l'allievo chiede uno sconto perché le lezioni sono già state spostate due volte"),
            "Lezione di teoria spostata",
            """
Egregio Signor Longobardi,

so che le lezioni sono già state spostate due volte e me ne scuso. Purtroppo devo chiederle di rimandare anche quella di venerdì: le propongo mercoledì 22 settembre alle 18.

Per il disagio, sulla prossima lezione le applicheremo uno sconto di 20 euro.

Cordiali saluti,
Sabrina Cattaneo
""", "a 20 euro discount because the reason mentions a request; nobody offered it")),
    (D, bad("number_invented", S("switch_to_email", "Osvaldo Manfredini", "Cinzia Bordignon", "formal", "regular",
                                 meeting="Piano di concimazione dei seminativi", at="martedì 12 ottobre alle 9:00",
                                 reason="ho già tutti i dati delle analisi e devo solo metterli in tabella"),
            "Piano di concimazione per e-mail",
            """
Buongiorno Signor Manfredini,

ho già tutti i dati delle analisi, devo solo metterli in tabella: non serve che ci vediamo martedì.

Le mando il piano di concimazione per e-mail, con le dosi per ciascuno dei 14 appezzamenti.

Cordiali saluti,
Cinzia Bordignon
""", "'14 appezzamenti' is a number nobody gave")),
    (D, bad("link_invented", S("decline", "Tiziana Fassino", "Alberto Sanfilippo", "friendly", "regular",
                               meeting="Serata di proiezione delle foto del viaggio in Islanda", at="venerdì 15 ottobre alle 21:00",
                               reason="ho un matrimonio da fotografare a Bergamo il giorno dopo all'alba"),
            "Serata Islanda",
            """
Ciao Tiziana,

il giorno dopo devo essere all'alba a Bergamo per fotografare un matrimonio, quindi venerdì sera passo: mi dispiace tantissimo!

Le mie foto le trovi comunque qui: www.flickr.com/photos/sanfilippo-islanda

Divertitevi!
Alberto
""", "a link (no scheme) nobody gave")),
    (D, bad("place_changed", S("delegate", "Gabriele Montanaro", "Letizia Franchetto", "formal", "regular",
                               meeting="Sopralluogo sul cantiere di Sassuolo", at="giovedì 14 ottobre alle 14:30",
                               col="Stefano Bergonzi", reason="sono in malattia fino a venerdì"),
            "Sopralluogo di giovedì",
            """
Egregio Signor Montanaro,

sono in malattia fino a venerdì e non potrò partecipare al sopralluogo di giovedì sul cantiere di Fiorano.

Verrà al mio posto il collega Stefano Bergonzi, alle 14:30 come concordato. Ha già ricevuto da me tutta la documentazione.

Distinti saluti,
Letizia Franchetto
""", "the site is Sassuolo; the mail says Fiorano")),
    (D, bad("email_invented", S("switch_to_call", "Raffaella Gambino", "Enrico Salvadori", "formal", "new",
                                meeting="Incontro di presentazione per la selezione dei commerciali", at="lunedì 11 ottobre alle 12:00",
                                props=["lunedì 11 ottobre alle 17:00"], reason="sono bloccato a Bari per uno sciopero dei treni"),
            "Presentazione: ci sentiamo al telefono",
            """
Gentile Signora Gambino,

sono bloccato a Bari per uno sciopero dei treni e non riuscirò a essere da lei lunedì a mezzogiorno. Le propongo di fare l'incontro di presentazione al telefono lo stesso giorno alle 17.

Se preferisce, mi mandi prima le descrizioni dei ruoli a enrico.salvadori72@gmail.com.

Cordiali saluti,
Enrico Salvadori
""", "a private e-mail address nobody gave")),
    (E, bad("foreign_paragraph", S("reschedule", "Adelaide Perotti", "Stella Caramanna", "friendly", "regular",
                                   meeting="Degustazione della torta nuziale", at="giovedì 11 novembre alle 16:00",
                                   props=["giovedì 18 novembre alle 16:00"], reason="la pasticceria chiude per un lutto"),
            "Degustazione torta",
            """
Cara Adelaide,

la pasticceria resta chiusa giovedì per un lutto, quindi la degustazione della torta nuziale slitta di una settimana: giovedì 18, sempre alle 16.

Mientras tanto, te envío las fotos de los tres modelos que más nos gustaron, así las miras con calma con Lorenzo.

A presto,
Stella
""", "one paragraph in Spanish inside the Italian mail")),
    (E, bad("phone_invented", S("late_cancellation", "Ruggero Mainardi", "Carla Pedrotti", "formal", "regular",
                                meeting="Otturazione del premolare", at="martedì 9 novembre alle 14:45",
                                props=["venerdì 12 novembre alle 14:45"], reason="disdetta con un'ora di anticipo",
                                pol={"notice_hours": 24, "fee_percent": 50}),
            "L'appuntamento di ieri",
            """
Gentile Signor Mainardi,

abbiamo ricevuto ieri la sua disdetta, un'ora prima dell'otturazione del premolare.

Le ricordo che, per le disdette con meno di 24 ore di preavviso, addebitiamo il 50% della prestazione.

Possiamo riprogrammare l'otturazione venerdì 12 novembre alla stessa ora. Per conferma, chiami pure la segreteria allo 045 803 1174.

Cordiali saluti,
Carla Pedrotti
""", "a landline nobody gave")),
    (E, bad("title_or_company_invented", S("reschedule", "Lorenza Vitali", "Simone Tremolada", "formal", "regular",
                                           meeting="Assessment di gruppo per gli stagisti", at="mercoledì 17 novembre alle 9:00",
                                           props=["giovedì 18 novembre alle 9:00"], reason="la sala formazione è occupata per un audit"),
            "Assessment stagisti: spostamento",
            """
Gentile Signora Vitali,

la sala formazione sarà occupata mercoledì per un audit. Le propongo di spostare l'assessment di gruppo per gli stagisti a giovedì 18 novembre, alle 9.

Grazie della comprensione.

Simone Tremolada
Senior HR Business Partner
""", "signature adds a job title nobody gave")),
    (E, bad("name_near_miss", S("delegate", "Maddalena Carrisi", "Tiziano Bellaviti", "friendly", "regular",
                                meeting="Prova del trucco per il matrimonio", at="venerdì 19 novembre alle 10:00",
                                col="Chiara Donadoni", reason="devo seguire un matrimonio a Verona quel giorno"),
            "Prova trucco",
            """
Cara Maddalena,

venerdì devo seguire un matrimonio a Verona e non posso esserci alla prova del trucco.

Ti accompagnerà Chiara Donadini, che conosce benissimo i tuoi gusti: l'appuntamento resta alle 10.

Un abbraccio,
Tiziano
""", "colleague 'Chiara Donadini' for Chiara Donadoni (one letter changed)")),
]
