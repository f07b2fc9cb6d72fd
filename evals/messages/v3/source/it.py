"""Italian v3 client messages and their labels, written by hand by data-f (held out)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.eml", "headers": {
        "From": ("Giosuè Ferraris", "g.ferraris@ferraris-impianti.it"),
        "To": ("Marta Colombini", "m.colombini@studiocolombini.it"),
        "Subject": "Invito: presentazione del nuovo impianto fotovoltaico",
        "Date": "Wed, 02 Dec 2026 09:15:00 +0100",
        "Message-ID": "<20261202091500.4471@ferraris-impianti.it>"},
     "html": True,
     "body": """
Gentile Dott.ssa Colombini,

con la presente Le scrivo per invitarLa alla presentazione del nuovo impianto fotovoltaico presso il nostro stabilimento di Bergamo, che si terrà venerdì 18 dicembre alle ore 10:30.

Seguirà un rinfresco. La preghiamo di confermare la Sua presenza entro lunedì 14 dicembre.

Distinti saluti,

Giosuè Ferraris
Direttore tecnico – Ferraris Impianti S.r.l.
Via dei Mille 42, 24125 Bergamo
Orari ufficio: lun–ven 8:30–12:30 / 14:00–18:00

Le informazioni contenute in questo messaggio sono riservate e confidenziali. Se avete ricevuto questo messaggio per errore, vi preghiamo di cancellarlo e di darne comunicazione al mittente.
""", "label": {
        "recipient_name": "Giosuè Ferraris", "sender_name": "Marta Colombini",
        "sender_name_alternatives": ["Dott.ssa Colombini", "Colombini"],
        "meeting": "presentazione del nuovo impianto fotovoltaico",
        "meeting_alternatives": ["la presentazione del nuovo impianto fotovoltaico",
                                 "Invito: presentazione del nuovo impianto fotovoltaico"],
        "meeting_time": "venerdì 18 dicembre alle ore 10:30", "meeting_time_iso": "2026-12-18T10:30",
        "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},

    {"file": "002.txt", "text": """
Ciao Fede!
Senti, domani alle 18 per la prova dell'abito non ce la faccio, mi hanno piazzato una riunione fino alle 19 😩 Possiamo fare martedì alla stessa ora? O al limite mercoledì pomeriggio dopo le 17.
Fammi sapere, grazie mille!!
Bea

Inviato da iPhone
""", "label": {
        "recipient_name": "Bea", "sender_name": "Fede",
        "meeting": "la prova dell'abito", "meeting_alternatives": ["prova dell'abito"],
        "meeting_time": "domani alle 18", "meeting_time_iso": "2026-12-07T18:00",
        "proposed_times": ["martedì alla stessa ora", "mercoledì pomeriggio dopo le 17"],
        "proposed_times_iso": ["2026-12-08T18:00", "2026-12-09T17:00"],
        "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},

    {"file": "003.eml", "headers": {
        "From": ("Bellini Alberto", "a.bellini@logisticanord.it"),
        "To": ("Serena Gatti", "serena@gatticoaching.it"),
        "Subject": "R: Conferma sessione di mentoring",
        "Date": "Tue, 08 Dec 2026 07:12:00 +0100",
        "Message-ID": "<DB9PR07MB8812A4@logisticanord.it>",
        "In-Reply-To": "<20261204164000.1b7e@gatticoaching.it>"},
     "body": """
Buongiorno Serena,

mi scusi per il preavviso così breve: stamattina ho la febbre e non riesco a essere presente alla sessione di mentoring delle 9:30 di oggi. Ovviamente se è prevista una penale per la cancellazione tardiva la pago senza problemi.

Le scrivo appena sto meglio per fissare un'altra data.

Cordiali saluti
Alberto Bellini

Inviato dal mio dispositivo Huawei

-----Messaggio originale-----
Da: Serena Gatti <serena@gatticoaching.it>
Inviato: venerdì 4 dicembre 2026 16:40
A: Bellini Alberto <a.bellini@logisticanord.it>
Oggetto: Conferma sessione di mentoring

Gentile Alberto,
Le confermo la sessione di mentoring di martedì 8 dicembre alle 9:30 in studio, via Solferino 12.
Serena Gatti
""", "label": {
        "recipient_name": "Alberto Bellini", "recipient_name_alternatives": ["Bellini Alberto", "Alberto"],
        "sender_name": "Serena Gatti", "sender_name_alternatives": ["Serena"],
        "meeting": "la sessione di mentoring",
        "meeting_alternatives": ["sessione di mentoring", "Conferma sessione di mentoring"],
        "meeting_time": "9:30 di oggi", "meeting_time_iso": "2026-12-08T09:30",
        "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
        "suggested_intents": ["late_cancellation", "cancellation_policy"],
        "quoted_from": "-----Messaggio originale-----"}},

    {"file": "004.txt", "text": """
Gentile avvocato Marchetti,

Le chiedo scusa per giovedì scorso: ero convinta che il nostro appuntamento per la successione di mia madre fosse alle 15 e non alle 11, e quando sono arrivata in studio Lei era già in udienza.

Sarei disponibile mercoledì 16 dicembre in mattinata oppure venerdì 18 alle 11.

La segreteria mi ha detto che lo studio chiude per le feste dal 23 dicembre, quindi spero di riuscire a vederLa prima.

Cordiali saluti,
Rosalba Pellegrini
""", "label": {
        "recipient_name": "Rosalba Pellegrini", "sender_name": "Marchetti",
        "sender_name_alternatives": ["avvocato Marchetti"],
        "meeting": "il nostro appuntamento per la successione di mia madre",
        "meeting_alternatives": ["appuntamento per la successione di mia madre", "la successione di mia madre",
                                 "il nostro appuntamento"],
        "meeting_time": "giovedì scorso", "meeting_time_iso": "2026-12-03",
        "proposed_times": ["mercoledì 16 dicembre in mattinata", "venerdì 18 alle 11"],
        "proposed_times_iso": ["2026-12-16", "2026-12-18T11:00"],
        "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},

    {"file": "005.eml", "headers": {
        "From": ("Tommaso Lucchesi", "t.lucchesi@assicurazionilario.it"),
        "To": ("Irene Falco", "irene.falco@falcosecurity.it"),
        "Subject": "I: Workshop sicurezza informatica – 15/12",
        "Date": "Fri, 04 Dec 2026 12:30:00 +0100",
        "Message-ID": "<VI1PR04MB6620F3@assicurazionilario.it>"},
     "html": True,
     "body": """
Ciao Irene,

ti inoltro l'invito del nostro CISO per il workshop sulla sicurezza informatica: ci farebbe piacere se tenessi tu la parte sul phishing, come l'anno scorso. Fammi sapere entro mercoledì se riesci.

Tommaso

________________________________
Da: Carlo Vitale <c.vitale@assicurazionilario.it>
Inviato: giovedì 3 dicembre 2026 17:02
A: Team IT <it@assicurazionilario.it>
Oggetto: Workshop sicurezza informatica – 15/12

Buonasera a tutti,

il workshop annuale sulla sicurezza informatica si terrà martedì 15 dicembre dalle 14:00 alle 17:00 in sala Como (2° piano).

Carlo Vitale
CISO – Assicurazioni Lario
""", "label": {
        "recipient_name": "Tommaso Lucchesi", "recipient_name_alternatives": ["Tommaso"],
        "sender_name": "Irene Falco", "sender_name_alternatives": ["Irene"],
        "meeting": "workshop sulla sicurezza informatica",
        "meeting_alternatives": ["il workshop sulla sicurezza informatica", "Workshop sicurezza informatica",
                                 "il workshop annuale sulla sicurezza informatica"],
        "meeting_time": "martedì 15 dicembre dalle 14:00 alle 17:00", "meeting_time_iso": "2026-12-15T14:00",
        "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},

    {"file": "006.txt", "text": """
Buongiorno,
ho prenotato tramite il vostro sito un corso di guida sicura per sabato 19 dicembre (turno delle 8). Se per motivi di lavoro dovessi disdire, fino a quando posso farlo senza perdere l'acconto?
Il vostro numero risponde solo dalle 9 alle 13, per questo scrivo qui.
Grazie,
Ettore Sala

Inviato da Libero Mail per Android
""", "label": {
        "recipient_name": "Ettore Sala", "sender_name": None,
        "meeting": "corso di guida sicura", "meeting_alternatives": ["un corso di guida sicura"],
        "meeting_time": "sabato 19 dicembre (turno delle 8)", "meeting_time_iso": "2026-12-19T08:00",
        "proposed_times": [], "proposed_times_iso": [],
        "kind": "policy_question", "suggested_intents": ["cancellation_policy"]}},

    {"file": "007.eml", "headers": {
        "From": ("Bianca Orlandi", "bianca.orlandi@dolcibrianza.it"),
        "To": ("Edoardo Fumagalli", "edoardo@fumagallistudio.it"),
        "Subject": "Re: Kick-off campagna di Natale",
        "Date": "Mon, 07 Dec 2026 10:48:00 +0100",
        "Message-ID": "<CAJ7tq2Wx9@mail.gmail.com>",
        "In-Reply-To": "<20261204172200.9d1f@fumagallistudio.it>"},
     "body": """
Ciao Edoardo,

confermo per giovedì alle 11, ci sarò. Posso portare anche la mia collega Agnese Ruggeri del marketing? Se riesci, mandami le slide entro mercoledì sera così le giro al team.

Grazie!
Bianca

Il giorno ven 4 dic 2026 alle ore 17:22 Edoardo Fumagalli <edoardo@fumagallistudio.it> ha scritto:
> Ciao Bianca,
> ti propongo il kick-off della campagna di Natale giovedì 10 dicembre alle 11 da noi in studio.
> Edoardo
""", "label": {
        "recipient_name": "Bianca Orlandi", "recipient_name_alternatives": ["Bianca"],
        "sender_name": "Edoardo Fumagalli", "sender_name_alternatives": ["Edoardo"],
        "meeting": "Kick-off campagna di Natale", "meeting_alternatives": [],
        "meeting_time": "giovedì alle 11", "meeting_time_iso": "2026-12-10T11:00",
        "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": [],
        "quoted_from": "Il giorno ven 4 dic 2026 alle ore 17:22 Edoardo Fumagalli <edoardo@fumagallistudio.it> ha scritto:"}},

    {"file": "008.txt", "text": """
Ciao Michela,
come d'accordo al telefono: ti andrebbe di passare da noi a Lugano per vedere insieme il progetto della nuova vetrina? Io pensavo a lunedì 14 verso le 10.30, oppure martedì 15 nel primo pomeriggio, come ti è più comodo.
Il negozio è chiuso il lunedì mattina fino alle 13.30, quindi entra dal retro 😉
A presto,
Gianluca
""", "label": {
        "recipient_name": "Gianluca", "sender_name": "Michela",
        "meeting": "il progetto della nuova vetrina",
        "meeting_alternatives": ["progetto della nuova vetrina", "vedere insieme il progetto della nuova vetrina"],
        "meeting_time": None, "meeting_time_iso": None,
        "proposed_times": ["lunedì 14 verso le 10.30", "martedì 15 nel primo pomeriggio"],
        "proposed_times_iso": ["2026-12-14T10:30", "2026-12-15"],
        "kind": "invitation", "suggested_intents": INV}},

    {"file": "009.eml", "headers": {
        "From": ("Cristina Pagano", "segreteria@lanzi-engineering.it"),
        "To": ("Lorenza Pace", "studio@pacearchitetti.it"),
        "Subject": "Richiesta di spostamento – riunione di revisione del progetto esecutivo",
        "Date": "Thu, 03 Dec 2026 15:20:00 +0100",
        "Message-ID": "<6a7f0c2d.lanzi@lanzi-engineering.it>"},
     "cte": "base64",
     "body": """
Gentile Architetto Pace,

scrivo per conto dell'Ing. Fabrizio Lanzi, che per un impegno sopraggiunto in cantiere non potrà partecipare alla riunione di revisione del progetto esecutivo fissata per mercoledì 9 dicembre alle ore 15.

L'Ingegnere sarebbe disponibile giovedì 10 dicembre alle ore 16 oppure venerdì 11 dicembre alle ore 9. Le sarei grata se potesse indicarmi la soluzione da Lei preferita.

Cordiali saluti,

Cristina Pagano
Segreteria tecnica – Lanzi Engineering S.p.A.
Tel. 02 8846 1290 (lun-ven 9-13)
""", "label": {
        "recipient_name": "Cristina Pagano", "recipient_name_alternatives": ["Ing. Fabrizio Lanzi", "Fabrizio Lanzi"],
        "sender_name": "Lorenza Pace", "sender_name_alternatives": ["Architetto Pace", "Pace"],
        "meeting": "riunione di revisione del progetto esecutivo",
        "meeting_alternatives": ["la riunione di revisione del progetto esecutivo"],
        "meeting_time": "mercoledì 9 dicembre alle ore 15", "meeting_time_iso": "2026-12-09T15:00",
        "proposed_times": ["giovedì 10 dicembre alle ore 16", "venerdì 11 dicembre alle ore 9"],
        "proposed_times_iso": ["2026-12-10T16:00", "2026-12-11T09:00"],
        "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},

    {"file": "010.txt", "text": """
Buonasera dottor Greco,
purtroppo devo annullare la visita di controllo di lunedì 21 dicembre alle 17:40: quel giorno sarò fuori Milano per lavoro. La richiamerò a gennaio per un nuovo appuntamento, lo studio riapre il 7, giusto?
Cordiali saluti
Paola Ventura
""", "label": {
        "recipient_name": "Paola Ventura", "sender_name": "Greco", "sender_name_alternatives": ["dottor Greco"],
        "meeting": "la visita di controllo", "meeting_alternatives": ["visita di controllo"],
        "meeting_time": "lunedì 21 dicembre alle 17:40", "meeting_time_iso": "2026-12-21T17:40",
        "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation", "suggested_intents": ["reschedule"]}},
]
