"""v14 Italian client messages, hand-written (data-ax, 7 December 2026)."""

INV = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate"]

MESSAGES = [
    {"file": "001.txt",
     "text": """
Ciao Federica!
scusa il preavviso ma giovedì alle 18 per la prova dell'abito non ce la faccio, esco tardissimo dall'ufficio (chiusura di fine anno, un delirio). Potremmo spostare a sabato mattina verso le 10:30? oppure lunedì 14 in pausa pranzo, tipo alle 13?
Grazie milleee
Giulia

Inviato da iPhone
""",
     "label": {"recipient_name": "Giulia", "sender_name": "Federica",
               "meeting": "la prova dell'abito", "meeting_alternatives": ["prova dell'abito", "prova"],
               "meeting_time": "giovedì alle 18", "meeting_time_iso": "2026-12-10T18:00",
               "proposed_times": ["sabato mattina verso le 10:30", "lunedì 14 in pausa pranzo, tipo alle 13"],
               "proposed_times_iso": ["2026-12-12T10:30", "2026-12-14T13:00"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},
    {"file": "002.eml",
     "headers": {"From": ("Nicolò Bernardi", "n.bernardi@ferrimeccanica.example.it"),
                 "To": ("Chiara Valsecchi", "c.valsecchi@studiovalsecchi.example.it"),
                 "Subject": "Invito – presentazione piano industriale 2027",
                 "Date": "Mon, 07 Dec 2026 11:03:00 +0100",
                 "Message-ID": "<v14it002.0f3a@ferrimeccanica.example.it>"},
     "body": """
Gentile Dott.ssa Valsecchi,

con la presente La invitiamo alla presentazione del piano industriale 2027, che si terrà martedì 22 dicembre alle ore 10.00 presso la nostra sede di Via Solferino 14, Milano (sala Brera, 2° piano). Interverranno l'Ing. Paolo Ferri, Amministratore Delegato, e la Dott.ssa Marta Lodi, Direttore Finanziario.

La preghiamo di confermare la Sua partecipazione entro venerdì 18 dicembre, indicando eventuali accompagnatori.

Cordiali saluti,

Nicolò Bernardi
Responsabile Relazioni Esterne
Ferri Meccanica S.p.A.
Tel. +39 02 4567 8910

Ai sensi del Regolamento UE 2016/679 (GDPR), le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario indicato.
""",
     "label": {"recipient_name": "Nicolò Bernardi", "recipient_name_alternatives": ["Nicolò"],
               "sender_name": "Chiara Valsecchi", "sender_name_alternatives": ["Valsecchi", "Dott.ssa Valsecchi"],
               "meeting": "la presentazione del piano industriale 2027",
               "meeting_alternatives": ["presentazione del piano industriale 2027",
                                        "presentazione piano industriale 2027"],
               "meeting_time": "martedì 22 dicembre alle ore 10.00", "meeting_time_iso": "2026-12-22T10:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "003.eml",
     "headers": {"From": ("Raffaele Cantù", "raffaele.cantu@example.it"),
                 "To": ("Elena Ricci", "elena@ricci-consulenze.example.it"),
                 "Subject": "scuse per ieri",
                 "Date": "Wed, 09 Dec 2026 08:52:00 +0100",
                 "Message-ID": "<v14it003-77b1@example.it>"},
     "body": """
Buongiorno Elena,
mi scuso tantissimo per ieri alle 17, mi è passato completamente di mente con il ponte. Non ho nemmeno avvisato, lo so, pessimo.
Possiamo recuperare? Io avrei libero venerdì dalle 14 in poi.
Raffaele
""",
     "label": {"recipient_name": "Raffaele Cantù", "recipient_name_alternatives": ["Raffaele"],
               "sender_name": "Elena Ricci", "sender_name_alternatives": ["Elena"],
               "meeting": None, "meeting_alternatives": [],
               "meeting_time": "ieri alle 17", "meeting_time_iso": "2026-12-08T17:00",
               "proposed_times": ["venerdì dalle 14 in poi"], "proposed_times_iso": ["2026-12-11T14:00"],
               "kind": "absence_notice", "suggested_intents": ["no_show_followup"]}},
    {"file": "004.txt",
     "text": """
Salve,
ho visto il vostro annuncio per le lezioni private di violino e vorrei iscrivere mia figlia (10 anni, ha già fatto due anni di Suzuki). Prima di prenotare il pacchetto da 10 lezioni volevo sapere: se una lezione salta per malattia con poco preavviso viene comunque addebitata? Quanto preavviso serve per spostarla?
Grazie
Donatella Ferraresi

Sono reperibile al 347 123 4567 dopo le 18
""",
     "label": {"recipient_name": "Donatella Ferraresi", "recipient_name_alternatives": ["Donatella"],
               "sender_name": None,
               "meeting": "il pacchetto da 10 lezioni",
               "meeting_alternatives": ["pacchetto da 10 lezioni", "le lezioni private di violino",
                                        "lezioni private di violino"],
               "meeting_time": None, "meeting_time_iso": None,
               "proposed_times": [], "proposed_times_iso": [], "kind": "policy_question",
               "suggested_intents": ["cancellation_policy"]}},
    {"file": "005.txt",
     "text": """
Buonasera dottore,
purtroppo devo disdire la seduta di logopedia di Pietro di domani mattina alle 9, ha la febbre a 38 e mezzo da oggi pomeriggio. Mi dispiace molto per il poco preavviso.
Vi richiamo io appena sta meglio per fissare un'altra data.
Saluti
Valentina Greco (mamma di Pietro)
""",
     "label": {"recipient_name": "Valentina Greco", "recipient_name_alternatives": ["Valentina"],
               "sender_name": None,
               "meeting": "la seduta di logopedia di Pietro",
               "meeting_alternatives": ["seduta di logopedia di Pietro", "seduta di logopedia"],
               "meeting_time": "domani mattina alle 9", "meeting_time_iso": "2026-12-07T09:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["late_cancellation"]}},
    {"file": "006.txt",
     "text": """
Ciao Marco,
ti va di fare il punto sul sito nuovo giovedì prossimo alle 9 e mezza? Io sono in studio dalle 9, così ci prendiamo anche un caffè prima. Porto anche Silvia che segue i social, così vediamo insieme la parte blog.
Fammi sapere
Ale

Da: Marco Testa <marco@testa-web.example.it>
Inviato: lunedì 30 novembre 2026 10:12
A: Alessandro Pini
Oggetto: Re: sito

Ciao Ale, la bozza è pronta, quando vuoi la vediamo insieme. La settimana prossima ci sono tutti i giorni tranne mercoledì 9, e martedì dopo le 15.
Marco
""",
     "label": {"recipient_name": "Ale", "sender_name": "Marco",
               "meeting": "il punto sul sito nuovo", "meeting_alternatives": ["punto sul sito nuovo", "sito nuovo"],
               "meeting_time": "giovedì prossimo alle 9 e mezza", "meeting_time_iso": "2026-12-10T09:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV,
               "quoted_from": "Da: Marco Testa <marco@testa-web.example.it>"}},
    {"file": "007.eml",
     "headers": {"From": ("Sabrina Oldani", "s.oldani@gardaplast.example.it"),
                 "To": ("Davide Longo", "d.longo@certiqual.example.it"),
                 "Cc": [("Walter Bassi", "w.bassi@gardaplast.example.it")],
                 "Subject": "R: Audit qualità 14/12",
                 "Date": "Thu, 03 Dec 2026 16:40:00 +0100",
                 "Message-ID": "<v14it007.AM0PR@gardaplast.example.it>",
                 "In-Reply-To": "<dl-2026-1202-1120@certiqual.example.it>"},
     "body": """
Buongiorno Davide,

confermo l'audit qualità di lunedì 14/12 h 9:00 presso il nostro stabilimento di Lonato. Sarà presente anche il nostro responsabile di produzione, Ing. Walter Bassi, che metto in copia.
Ci potete mandare prima l'elenco dei documenti da preparare?

Grazie, buona serata
Sabrina Oldani
Ufficio Qualità - Garda Plast S.r.l.
Tel. 030 991 2233

-----Messaggio originale-----
Da: Davide Longo <d.longo@certiqual.example.it>
Inviato: mercoledì 2 dicembre 2026 11:20
A: Sabrina Oldani <s.oldani@gardaplast.example.it>
Oggetto: Audit qualità 14/12

Gentile Sabrina,
Le propongo per l'audit lunedì 14/12 alle 9:00 oppure martedì 15/12 alle 14:00.
Cordiali saluti
Davide Longo
""",
     "charset": "iso-8859-1",
     "label": {"recipient_name": "Sabrina Oldani", "recipient_name_alternatives": ["Sabrina"],
               "sender_name": "Davide Longo", "sender_name_alternatives": ["Davide"],
               "meeting": "l'audit qualità", "meeting_alternatives": ["audit qualità", "Audit qualità 14/12"],
               "meeting_time": "lunedì 14/12 h 9:00", "meeting_time_iso": "2026-12-14T09:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "other", "suggested_intents": [],
               "quoted_from": "-----Messaggio originale-----"}},
    {"file": "008.eml",
     "headers": {"From": ("Carla Santoro", "carla.santoro@example.it"),
                 "To": ("Roberto Bellini", "segreteria@studiolegalebellini.example.it"),
                 "Subject": "Annullamento incontro del 16",
                 "Date": "Fri, 04 Dec 2026 19:22:00 +0100",
                 "Message-ID": "<v14it008-DB7P@example.it>"},
     "body": """
Gentile Avvocato,

con la presente annullo l'incontro fissato per mercoledì 16 dicembre alle 11:30 in merito alla successione di mia madre: mio fratello ha deciso di non procedere per il momento. Vi ricontatterò io a gennaio se servirà.

Grazie per la disponibilità.
Cordiali saluti
Carla Santoro

Inviato da Outlook per Android
""",
     "label": {"recipient_name": "Carla Santoro", "recipient_name_alternatives": ["Carla"],
               "sender_name": "Roberto Bellini", "sender_name_alternatives": [],
               "meeting": "l'incontro",
               "meeting_alternatives": ["incontro", "successione di mia madre", "Annullamento incontro del 16"],
               "meeting_time": "mercoledì 16 dicembre alle 11:30", "meeting_time_iso": "2026-12-16T11:30",
               "proposed_times": [], "proposed_times_iso": [], "kind": "cancellation",
               "suggested_intents": ["reschedule"]}},
    {"file": "009.eml",
     "headers": {"From": ("Jürgen Pichler", "j.pichler@alpentech.example.it"),
                 "To": ("Sara Gentile", "sara.gentile@gentile-pm.example.it"),
                 "Subject": "I: Riunione kick-off progetto Dolomiti Smart",
                 "Date": "Mon, 07 Dec 2026 15:28:00 +0100",
                 "Message-ID": "<v14it009.1c2d@alpentech.example.it>"},
     "body": """
Ciao Sara,
ti inoltro l'invito di Katrin. Ci terrei che ci fossi anche tu, almeno per la prima ora.

________________________________
Da: Katrin Oberhofer <k.oberhofer@alpentech.example.it>
Inviato: lunedì 7 dicembre 2026 14:55
A: Jürgen Pichler <j.pichler@alpentech.example.it>
Oggetto: Riunione kick-off progetto Dolomiti Smart
Quando: giovedì 17 dicembre 2026 09:00-12:00 (UTC+01:00) Amsterdam, Berlino, Berna, Roma, Stoccolma, Vienna.
Dove: Sala Sassolungo / Microsoft Teams

Buongiorno a tutti,
vi invito al kick-off del progetto Dolomiti Smart. Ordine del giorno in allegato.
Katrin
""",
     "label": {"recipient_name": "Jürgen Pichler", "recipient_name_alternatives": ["Jürgen"],
               "sender_name": "Sara Gentile", "sender_name_alternatives": ["Sara"],
               "meeting": "Riunione kick-off progetto Dolomiti Smart",
               "meeting_alternatives": ["kick-off del progetto Dolomiti Smart", "kick-off progetto Dolomiti Smart",
                                        "l'invito di Katrin"],
               "meeting_time": "giovedì 17 dicembre 2026 09:00-12:00", "meeting_time_iso": "2026-12-17T09:00",
               "proposed_times": [], "proposed_times_iso": [], "kind": "invitation", "suggested_intents": INV}},
    {"file": "010.txt",
     "text": """
Buonasera Ing. Russo,

in riferimento al sopralluogo previsto per venerdì 11 alle 8:30 presso il cantiere di via Roma, Le chiedo cortesemente se sia possibile posticiparlo: il geom. Bianchi sarà fuori sede fino a mercoledì e preferirei che fosse presente.
Potremmo fare martedì 15 dicembre stesso orario, oppure giovedì 17 nel primo pomeriggio (14:30)?

Resto in attesa di un Suo cenno.
Distinti saluti

Arch. Loredana Scalì
Studio Scalì Architetti
cell. 333 987 6543
""",
     "label": {"recipient_name": "Loredana Scalì", "recipient_name_alternatives": ["Arch. Loredana Scalì", "Loredana"],
               "sender_name": "Russo", "sender_name_alternatives": ["Ing. Russo"],
               "meeting": "sopralluogo", "meeting_alternatives": ["al sopralluogo", "sopralluogo previsto per venerdì 11 alle 8:30"],
               "meeting_time": "venerdì 11 alle 8:30", "meeting_time_iso": "2026-12-11T08:30",
               "proposed_times": ["martedì 15 dicembre stesso orario", "giovedì 17 nel primo pomeriggio (14:30)"],
               "proposed_times_iso": ["2026-12-15T08:30", "2026-12-17T14:30"],
               "kind": "reschedule_request", "suggested_intents": ["reschedule"]}},
]
