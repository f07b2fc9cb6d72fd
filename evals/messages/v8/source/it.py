"""Italian client messages of the v8 set, written by hand (data-w, 7 December 2026). People and firms are made up."""

from __future__ import annotations

INVITE = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {
        "file": "001.eml",
        "headers": {
            "From": ("Giosuè Marangoni", "giosue.marangoni@unibo-esempio.it"),
            "To": ("Ilaria Vespucci", "ilaria@vespucci-digital.it"),
            "Subject": "Invito – seminario «Transizione digitale nelle PMI»",
            "Date": "Wed, 02 Dec 2026 10:17:00 +0100",
            "Message-ID": "<9a3e71d0-2c44-4b8e@unibo-esempio.it>",
        },
        "body": """
Gentile Dott.ssa Vespucci,

a nome del Dipartimento di Scienze Aziendali ho il piacere di invitarLa a intervenire come relatrice al
seminario «Transizione digitale nelle PMI», che si terrà giovedì 17 dicembre p.v., ore 15:00, presso l'Aula
Magna di via Zamboni 33. Il Suo intervento (circa 30 minuti) sarebbe dedicato ai casi concreti che ha seguito
nel distretto del packaging. Alle 16.30 è previsto un coffee break con gli studenti del master.

Le saremmo grati se potesse confermare la Sua disponibilità entro il 12 dicembre.

Cordiali saluti,

Prof. Giosuè Marangoni
Dipartimento di Scienze Aziendali
Tel. 051 000 4417
""",
        "label": {
            "recipient_name": "Giosuè Marangoni", "recipient_name_alternatives": ["Prof. Giosuè Marangoni"],
            "sender_name": "Ilaria Vespucci", "sender_name_alternatives": ["Vespucci", "Dott.ssa Vespucci"],
            "meeting": "seminario «Transizione digitale nelle PMI»",
            "meeting_alternatives": ["seminario", "Transizione digitale nelle PMI"],
            "meeting_time": "giovedì 17 dicembre p.v., ore 15:00", "meeting_time_iso": "2026-12-17T15:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
        },
    },
    {
        "file": "002.txt",
        "text": """
Ciao Gennaro scusami ma domani alle 10 non ce la faccio per il sopralluogo in negozio, mi hanno spostato la
consegna della merce proprio a quell'ora. Possiamo fare mercoledì pomeriggio tipo alle 15.30?
oppure giovedì mattina presto, alle 8 e mezza. Fammi sapere 🙏
Titti
""",
        "label": {
            "recipient_name": "Titti", "recipient_name_alternatives": [],
            "sender_name": "Gennaro", "sender_name_alternatives": [],
            "meeting": "il sopralluogo in negozio",
            "meeting_alternatives": ["sopralluogo", "sopralluogo in negozio"],
            "meeting_time": "domani alle 10", "meeting_time_iso": "2026-12-07T10:00",
            "proposed_times": ["mercoledì pomeriggio tipo alle 15.30", "giovedì mattina presto, alle 8 e mezza"],
            "proposed_times_iso": ["2026-12-09T15:30", "2026-12-10T08:30"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
        },
    },
    {
        "file": "003.eml",
        "headers": {
            "From": ("Efisio Pirastù", "efisio.pirastu@tiscali.it"),
            "To": ("Marta Lecca", "studio@leccacommercialisti.it"),
            "Subject": "incontro di oggi",
            "Date": "Wed, 09 Dec 2026 07:40:00 +0100",
            "Message-ID": "<trinity.b2c41f@tiscali.it>",
        },
        "body": """
Buongiorno dott.ssa Lecca,

purtroppo devo annullare il nostro incontro sul bilancio della cooperativa, stamattina alle 11.00: mi ha
appena chiamato il direttore della banca e devo essere a Oristano entro le 10. Mi dispiace per il poco preavviso.
La richiamo io in giornata per fissare un'altra data.

Cordialmente
Efisio Pirastù
Pirastù Ortofrutta s.r.l. – Cabras

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario.
Ai sensi del Regolamento UE 2016/679, qualora lo abbiate ricevuto per errore, vi preghiamo di cancellarlo.
""",
        "label": {
            "recipient_name": "Efisio Pirastù", "recipient_name_alternatives": ["Efisio"],
            "sender_name": "Marta Lecca", "sender_name_alternatives": ["Lecca", "dott.ssa Lecca"],
            "meeting": "il nostro incontro sul bilancio della cooperativa",
            "meeting_alternatives": ["incontro sul bilancio", "bilancio della cooperativa", "incontro di oggi"],
            "meeting_time": "stamattina alle 11.00", "meeting_time_iso": "2026-12-09T11:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["late_cancellation"],
        },
    },
    {
        "file": "004.txt",
        "text": """
Ciao Federica,

ti giro la convocazione del Consorzio. Io quel giorno sono a Düsseldorf per la fiera, ci andresti tu al posto
mio? Sei quella che conosce meglio la parte normativa. Se non puoi dimmelo entro martedì che avviso loro.

Grazie mille
Bruno

-----Messaggio originale-----
Da: Segreteria Consorzio Valpolicella <segreteria@consorzio-valpo-esempio.it>
Inviato: lunedì 30 novembre 2026 12:05
A: Bruno Castellani <bruno@cantinacastellani.it>
Oggetto: Convocazione tavolo tecnico etichettatura

Gentili associati,
il tavolo tecnico sull'etichettatura nutrizionale è convocato per mercoledì 16/12/2026 alle ore 10:30 presso
la sede del Consorzio a San Pietro in Cariano. Si prega di confermare la partecipazione.
La Segreteria
""",
        "label": {
            "recipient_name": "Bruno Castellani", "recipient_name_alternatives": ["Bruno"],
            "sender_name": "Federica", "sender_name_alternatives": [],
            "meeting": "il tavolo tecnico sull'etichettatura nutrizionale",
            "meeting_alternatives": ["tavolo tecnico", "Convocazione tavolo tecnico etichettatura",
                                     "tavolo tecnico sull'etichettatura nutrizionale"],
            "meeting_time": "mercoledì 16/12/2026 alle ore 10:30", "meeting_time_iso": "2026-12-16T10:30",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
        },
    },
    {
        "file": "005.eml",
        "headers": {
            "From": ("Mosè Fedrizzi", "mose.fedrizzi@gmail.com"),
            "To": ("Chiara Rinaldi", "info@studiolegalerinaldi.it"),
            "Subject": "Domanda prima di prenotare una consulenza",
            "Date": "Sat, 05 Dec 2026 16:48:00 +0100",
            "Message-ID": "<CAK7f0rQ2@mail.gmail.com>",
        },
        "html": True,
        "body": """
Gentile Avvocata Rinaldi,

vorrei prenotare una consulenza per una questione di confini con il vicino (maso a Cavalese). Prima però
vorrei capire come funziona in caso di disdetta: se dovessi annullare con meno di 24 ore di preavviso, la
consulenza viene addebitata comunque? E se invece la sposto, c'è un costo?

Il vostro sito dice che lo studio risponde al telefono dalle 9 alle 12.30, ma in quegli orari sono in
cantiere, per questo scrivo qui.

Grazie e buona serata,
Mosè Fedrizzi
""",
        "label": {
            "recipient_name": "Mosè Fedrizzi", "recipient_name_alternatives": ["Mosè"],
            "sender_name": "Chiara Rinaldi", "sender_name_alternatives": ["Rinaldi", "Avvocata Rinaldi"],
            "meeting": "una consulenza",
            "meeting_alternatives": ["consulenza", "una consulenza per una questione di confini con il vicino"],
            "meeting_time": None, "meeting_time_iso": None,
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "policy_question", "suggested_intents": ["cancellation_policy"],
        },
    },
    {
        "file": "006.eml",
        "headers": {
            "From": ("Nicolò Lo Cascio", "nicolo.locascio@libero.it"),
            "To": ("Davide Sciortino", "d.sciortino@sciortino-architetti.it"),
            "Subject": "Re: Progetto cucina – riunione in studio",
            "Date": "Sun, 06 Dec 2026 21:05:00 +0100",
            "Message-ID": "<a81c55e2.libero.it>",
            "In-Reply-To": "<4471.sciortino@sciortino-architetti.it>",
        },
        "cte": "base64",
        "body": """
Gentile architetto,

le chiedo se possiamo spostare la riunione per il progetto della cucina di lunedì 14 alle 17:00: mia moglie
quel giorno ha un turno in ospedale e vorremmo esserci tutti e due. Noi potremmo martedì 15 alla stessa ora,
oppure venerdì 18 dopo le 18.

Grazie, buona domenica
Nicolò Lo Cascio

Inviato da Libero Mail per Android

Il giorno ven 4 dic 2026 alle ore 18:22 Davide Sciortino <d.sciortino@sciortino-architetti.it> ha scritto:
> Buonasera signor Lo Cascio,
> le confermo la riunione di lunedì 14 dicembre alle 17:00 in studio, via Libertà 90.
> Cordiali saluti
> Davide Sciortino
""",
        "label": {
            "recipient_name": "Nicolò Lo Cascio", "recipient_name_alternatives": ["Nicolò"],
            "sender_name": "Davide Sciortino", "sender_name_alternatives": [],
            "meeting": "la riunione per il progetto della cucina",
            "meeting_alternatives": ["riunione", "progetto della cucina", "Progetto cucina – riunione in studio"],
            "meeting_time": "lunedì 14 alle 17:00", "meeting_time_iso": "2026-12-14T17:00",
            "proposed_times": ["martedì 15 alla stessa ora", "venerdì 18 dopo le 18"],
            "proposed_times_iso": ["2026-12-15T17:00", "2026-12-18T18:00"],
            "kind": "reschedule_request", "suggested_intents": ["reschedule"],
            "quoted_from": "Il giorno ven 4 dic 2026 alle ore 18:22 Davide Sciortino <d.sciortino@sciortino-architetti.it> ha scritto:",
        },
    },
    {
        "file": "007.txt",
        "text": """
Gentile Sig.ra Pellegrini,

Le scrivo per disdire la sessione di team building di venerdì 18 dicembre dalle 14 alle 18 per il nostro
reparto commerciale: con la fusione appena annunciata metà dei colleghi sarà in trasferta a Milano. Contiamo
di riproporla in primavera.

Una domanda: la caparra che abbiamo versato a novembre ci verrà restituita o resta valida per la nuova data?

Cordiali saluti
Dott. Walter Bianchini
Ufficio Personale – Umbra Ceramiche S.r.l., Deruta (PG)
""",
        "label": {
            "recipient_name": "Walter Bianchini", "recipient_name_alternatives": ["Dott. Walter Bianchini"],
            "sender_name": "Pellegrini", "sender_name_alternatives": ["Sig.ra Pellegrini"],
            "meeting": "la sessione di team building",
            "meeting_alternatives": ["team building", "sessione di team building"],
            "meeting_time": "venerdì 18 dicembre dalle 14 alle 18", "meeting_time_iso": "2026-12-18T14:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "cancellation", "suggested_intents": ["reschedule", "cancellation_policy"],
        },
    },
    {
        "file": "008.eml",
        "headers": {
            "From": ("Gianluca Ferrù", "gianluca.ferru@outlook.it"),
            "To": ("Serena Mastrantonio", "fisio.mastrantonio@gmail.com"),
            "Subject": "Seduta di venerdì",
            "Date": "Mon, 07 Dec 2026 08:30:00 +0100",
            "Message-ID": "<VI1PR07MB5521.eurprd07.prod.outlook.com>",
        },
        "body": """
Buongiorno dottoressa,

mi scuso tantissimo per non essermi presentato alla seduta di fisioterapia di venerdì alle 18:15. Ho avuto un
imprevisto al lavoro e avevo il telefono scarico, non sono riuscito ad avvisarla.

Se possibile recupererei sabato 12 in mattinata, altrimenti mi dica lei.

Gianluca Ferrù

Inviato dal mio smartphone Xiaomi
""",
        "label": {
            "recipient_name": "Gianluca Ferrù", "recipient_name_alternatives": ["Gianluca"],
            "sender_name": "Serena Mastrantonio", "sender_name_alternatives": [],
            "meeting": "seduta di fisioterapia",
            "meeting_alternatives": ["alla seduta di fisioterapia", "Seduta di venerdì", "seduta"],
            "meeting_time": "venerdì alle 18:15", "meeting_time_iso": "2026-12-04T18:15",
            "proposed_times": ["sabato 12 in mattinata"], "proposed_times_iso": ["2026-12-12"],
            "kind": "absence_notice", "suggested_intents": ["no_show_followup"],
        },
    },
    {
        "file": "009.txt",
        "text": """
Salve,
mi rimanda per favore il link Teams per la call di allineamento di domani mattina alle 9:15? Nella mail di
invito non lo trovo, c'è solo l'ordine del giorno. Ci tengo a essere puntuale.
Grazie
Raffaele Improta
Improta Trasporti – Pozzuoli
""",
        "label": {
            "recipient_name": "Raffaele Improta", "recipient_name_alternatives": ["Raffaele"],
            "sender_name": None, "sender_name_alternatives": [],
            "meeting": "la call di allineamento", "meeting_alternatives": ["call di allineamento", "call"],
            "meeting_time": "domani mattina alle 9:15", "meeting_time_iso": "2026-12-07T09:15",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "other", "suggested_intents": [],
        },
    },
    {
        "file": "010.txt",
        "text": """
Caro Lorenzo,

come ogni anno il club organizza la conviviale natalizia e quest'anno ci piacerebbe averti come ospite e
relatore: sabato 19/12 ore 20.00, Hotel Brufani. Basterebbero dieci minuti sul restauro della fontana, con
qualche foto. L'aperitivo è dalle 19.15 per chi arriva prima.

Fammi sapere entro mercoledì, così preparo i segnaposto.
Un caro saluto,
Ornella
(segreteria Rotary Club Perugia Est)
""",
        "label": {
            "recipient_name": "Ornella", "recipient_name_alternatives": [],
            "sender_name": "Lorenzo", "sender_name_alternatives": [],
            "meeting": "la conviviale natalizia",
            "meeting_alternatives": ["conviviale natalizia", "conviviale"],
            "meeting_time": "sabato 19/12 ore 20.00", "meeting_time_iso": "2026-12-19T20:00",
            "proposed_times": [], "proposed_times_iso": [],
            "kind": "invitation", "suggested_intents": INVITE,
        },
    },
]
