"""v19, Italian: 20 correct (001-020) and 20 flawed (021-040) replies, each written out by hand."""

from __future__ import annotations

from v2src._rec import S as _S, bad, ok
from v19src._d import A, B, C, D, E


def S(*a, **k):
    return _S("it", *a, **k)


RECORDS = [
    # ------------------------------------------------------------------ correct
    (A, ok(S("reschedule", "Gioconda Trevisanato", "Ermenegildo Baldacchini", "formal", "regular",
             meeting="Stampa a caratteri mobili delle partecipazioni", at="giovedì 17 luglio alle 9:30",
             props=["martedì 22 luglio alle 9:30", "giovedì 24 luglio alle 15:00"],
             reason="la carta di cotone non è ancora arrivata"),
           "Partecipazioni: nuova data",
           """
Gentile Signora,

la carta di cotone non è ancora arrivata, quindi giovedì alle nove e mezza non potremo stampare le partecipazioni.

Le propongo martedì 22, alla stessa ora, oppure giovedì 24 luglio alle tre del pomeriggio. Mi dica Lei.

Cordiali saluti,
Ermenegildo Baldacchini
""", "correct: 'Gentile Signora,' alone, 'nove e mezza', 'alla stessa ora', 'alle tre del pomeriggio'")),
    (A, ok(S("decline", "Assunta Magliocchetti", "Remigio Sbaraglia", "friendly", "key",
             meeting="Prova del cappello di feltro", at="venerdì 18 luglio alle 17:00",
             reason="il feltro deve ancora asciugare sulla forma"),
           "Prova di venerdì",
           """
Ciao Assunta,

venerdì devo rimandare la prova: il feltro deve ancora asciugare sulla forma.

Ti scrivo appena il cappello è pronto.

Remigio
""", "correct: first name, reason retold, no new time")),
    (A, ok(S("shorten", "Ing. Tancredi Scapinelli", "Loredana Fumagalli-Brusa", "formal", "regular",
             meeting="Laboratorio di composizione tipografica", at="lunedì 21 luglio alle 10:00", dur=45,
             reason="la cassa dei caratteri va restituita in fonderia"),
           "Laboratorio di lunedì",
           """
Gentile Ing. Scapinelli,

la cassa dei caratteri va restituita in fonderia, perciò il laboratorio di lunedì comincerà alle dieci ma durerà quarantacinque minuti.

Cordiali saluti,
Loredana Fumagalli-Brusa
""", "correct: title + surname, 'alle dieci', 'quarantacinque minuti'")),
    (A, ok(S("cancellation_policy", "Benvenuta Cascavilla", "Osvaldo Pignatelli", "formal", "new",
             pol={"notice_hours": 72, "fee_percent": 50}),
           "Condizioni di disdetta del corso di modisteria",
           """
Gentile Signora Cascavilla,

benvenuta al corso di modisteria. Può disdire senza costi fino a tre giorni prima (72 ore); dopo, resta dovuta la metà della quota (50%).

Cordiali saluti,
Osvaldo Pignatelli
""", "correct: 'tre giorni prima (72 ore)', 'la metà della quota (50%)'")),
    (B, ok(S("reschedule", "Dott. Aurelio Pizzighella", "Severina Castellucci", "formal", "key",
             meeting="Posa del fasciame del gozzo", at="giovedì 14 agosto alle 8:00",
             props=["martedì 19 agosto alle 8:00", "mercoledì 20 agosto alle 14:30"],
             reason="le tavole di larice sono ancora umide"),
           "Fasciame del gozzo",
           """
Gentile Dott. Pizzighella,

le tavole di larice sono ancora umide e preferisco non posare il fasciame giovedì alle 8.

Le andrebbe martedì 19 agosto, stessa ora, oppure il giorno dopo alle 14:30?

Cordialmente,
Severina Castellucci
""", "correct: 'Dott.' + surname, 'stessa ora', 'il giorno dopo alle 14:30'")),
    (B, ok(S("switch_to_call", "Ermelinda Crocetti", "Fiorenzo Malagutti", "formal", "regular",
             meeting="Scelta del punto di pizzo a tombolo", at="lunedì 18 agosto alle 11:00",
             reason="sono alla fiera di Cantù tutta la settimana"),
           "Lunedì: al telefono",
           """
Gentile Signora Crocetti,

sono alla fiera di Cantù tutta la settimana: possiamo scegliere il punto di pizzo al telefono, lunedì alle undici come previsto?

La chiamo io.

Fiorenzo Malagutti
""", "correct: 'alle undici', same slot as a call")),
    (B, ok(S("delegate", "Cosimo Ragusin", "Nives Bortolameotti", "formal", "regular",
             meeting="Calafataggio della barca", at="giovedì 21 agosto alle 9:00", col="Ivano Zamparutti"),
           "Calafataggio di giovedì",
           """
Buongiorno,

giovedì 21 non sarò in cantiere. Il calafataggio della Sua barca lo farà il mio collega Ivano Zamparutti, alle 9 come previsto.

Cordiali saluti,
Nives Bortolameotti
""", "correct: 'Buongiorno,' alone, 'giovedì 21' without month")),
    (B, ok(S("late_cancellation", "Liberata Ciampolillo", "Ubaldo Terraneo", "formal", "regular",
             meeting="Lezione di merletto", at="martedì 12 agosto alle 15:00",
             pol={"notice_hours": 24, "fee_percent": 100}),
           "La lezione di ieri",
           """
Gentile Signora Ciampolillo,

ha disdetto la lezione di merletto di ieri meno di un giorno prima (24 ore). Come da condizioni, la lezione resta dovuta per intero (100%).

Cordiali saluti,
Ubaldo Terraneo
""", "correct: 'ieri', 'un giorno prima (24 ore)', 'per intero (100%)'")),
    (C, ok(S("decline", "Arch. Fulvia Sperandeo", "Gualtiero Maccagnani", "formal", "new",
             meeting="Doratura a foglia della cornice", at="giovedì 18 settembre alle 14:00",
             reason="il bolo non si è ancora asciugato"),
           "Doratura della cornice",
           """
Gentile Arch. Sperandeo,

giovedì non potrò dorare la cornice: il bolo non si è ancora asciugato e la foglia non attaccherebbe.

Mi faccio vivo appena è pronto.

Gualtiero Maccagnani
""", "correct: 'Arch.' + surname, weekday only")),
    (C, ok(S("switch_to_email", "Pasquale Ingrassia", "Zelinda Boscolo", "formal", "regular",
             meeting="Ordine di ceri votivi", at="venerdì 19 settembre alle 10:00"),
           "Ceri: per e-mail",
           """
Buongiorno Signor Ingrassia,

invece di vederci venerdì alle 10, Le propongo di sistemare l'ordine dei ceri per e-mail.

Mi scriva pure quando vuole.

Zelinda Boscolo
""", "correct: 'alle 10', no new time")),
    (C, ok(S("no_show_followup", "Rosalba Vitiello", "Amerigo Sartorello", "friendly", "regular",
             meeting="Laboratorio di candele in cera d'api", at="giovedì 11 settembre alle 18:00",
             props=["giovedì 25 settembre alle 18:00"]),
           "Il laboratorio di giovedì",
           """
Ciao Rosalba,

giovedì scorso non ti abbiamo vista al laboratorio di candele, spero vada tutto bene.

Se vuoi c'è ancora posto il 25, alle sei di sera.

Amerigo
""", "correct: 'il 25', 'alle sei di sera'")),
    (C, ok(S("reschedule", "Teodolinda Carraro", "Valfrido Bassignana", "formal", "regular",
             meeting="Doratura della consolle", at="mercoledì 17 settembre alle 15:00",
             props=["martedì 23 settembre alle 15:00"], reason="il bolo armeno non è arrivato"),
           "Consolle: nuovo appuntamento",
           """
Gentile Signora Carraro,

il bolo armeno non è arrivato, quindi sposto la doratura di mercoledì.

Martedì 23 settembre alle tre del pomeriggio Le andrebbe bene?

Valfrido Bassignana
""", "correct: 'alle tre del pomeriggio'")),
    (D, ok(S("decline", "Ottorino Pellizzaro", "Clelia Bonacorsi", "formal", "regular",
             meeting="Visita al torchio durante la spremitura del sidro", at="venerdì 17 ottobre alle 10:00",
             props=["martedì 21 ottobre alle 10:00"], reason="il torchio è in riparazione"),
           "Visita al torchio",
           """
Gentile Signor Pellizzaro,

il torchio è in riparazione e la visita di venerdì non può avere luogo.

Posso proporLe martedì 21 alla stessa ora.

Clelia Bonacorsi
""", "correct: 'martedì 21 alla stessa ora'")),
    (D, ok(S("shorten", "Gerolamo Tafuri", "Marzia Lombardozzi", "formal", "new",
             meeting="Introduzione alla forgiatura dei coltelli", at="giovedì 23 ottobre alle 14:00", dur=90,
             reason="la forgia va liberata alle 16"),
           "Introduzione di giovedì",
           """
Gentile Signor Tafuri,

la forgia va liberata alle 16, quindi l'introduzione di giovedì durerà un'ora e mezza. Cominciamo comunque alle 14.

Cordiali saluti,
Marzia Lombardozzi
""", "correct: 'alle 16' from the reason, 'un'ora e mezza' for 90")),
    (D, ok(S("switch_to_call", "Serafina Dellantonio", "Goffredo Piccinelli", "friendly", "regular",
             meeting="Scelta delle mele per il sidro", at="lunedì 20 ottobre alle 17:00",
             props=["lunedì 20 ottobre alle 17:30"]),
           "Lunedì al telefono?",
           """
Ciao Serafina,

le mele le scegliamo al telefono lunedì? Ti chiamo alle cinque e mezza, ti va?

Goffredo
""", "correct: 'alle cinque e mezza' for 17:30")),
    (D, ok(S("cancellation_policy", "Prof. Egidio Lanzavecchia", "Annunziata Ferrucci", "formal", "new",
             meeting="Corso di coltelleria", at="lunedì 27 ottobre alle 9:00",
             pol={"notice_hours": 48, "deposit_percent": 30}),
           "Corso di coltelleria: condizioni",
           """
Gentile Professore,

il Suo posto al corso di coltelleria di lunedì 27 ottobre è confermato. L'acconto è del 30%; può disdire senza costi fino a due giorni prima (48 ore).

Cordiali saluti,
Annunziata Ferrucci
""", "correct: 'Gentile Professore,' alone, 'due giorni prima (48 ore)'")),
    (E, ok(S("switch_to_email", "Domitilla Scarabelli", "Rodolfo Capitanio", "formal", "key",
             meeting="Preventivo di intarsio per lo scrittoio", at="giovedì 20 novembre alle 11:00"),
           "Preventivo dello scrittoio",
           """
Gentile Signora Scarabelli,

per il preventivo dell'intarsio dello scrittoio Le propongo di sentirci per iscritto invece di giovedì alle 11.

Resto a disposizione.

Rodolfo Capitanio
""", "correct: weekday + hour only")),
    (E, ok(S("delegate", "Eusebio Mantegazza", "Gemma Tribuzio", "formal", "regular",
             meeting="Fusione dei bicchieri in peltro", at="martedì 25 novembre alle 10:00", col="Luciano Varotto"),
           "Fusione dei bicchieri",
           """
Gentile Signor Mantegazza,

martedì 25 sarò assente: i Suoi bicchieri in peltro li fonderà Luciano Varotto, alle dieci.

Cordiali saluti,
Gemma Tribuzio
""", "correct: 'martedì 25', 'alle dieci'")),
    (E, ok(S("late_cancellation", "Addolorata Ferrigno", "Silvano Pozzebon", "formal", "regular",
             meeting="Laboratorio di intarsio in paglia", at="lunedì 17 novembre alle 14:00"),
           "Il laboratorio di ieri",
           """
Gentile Signora,

ho ricevuto la Sua disdetta per il laboratorio di ieri pomeriggio. Grazie di avermi avvisato.

Cordiali saluti,
Silvano Pozzebon
""", "correct: no policy given, none stated; 'ieri pomeriggio'")),
    (E, ok(S("no_show_followup", "Virgilio Santacroce", "Ornella Maltoni", "formal", "new",
             meeting="Dimostrazione di fusione del peltro", at="giovedì 13 novembre alle 16:00",
             props=["mercoledì 26 novembre alle 16:00", "giovedì 27 novembre alle 10:00"],
             pol={"notice_hours": 24, "fee_percent": 50}),
           "La dimostrazione di giovedì scorso",
           """
Gentile Signor Santacroce,

L'abbiamo aspettata giovedì scorso alla dimostrazione di fusione. Secondo le nostre condizioni, un'assenza senza preavviso di almeno un giorno (24 ore) costa la metà (50%).

Posso proporLe mercoledì 26 novembre alle 16 oppure il giorno dopo alle 10.

Ornella Maltoni
""", "correct: policy in words, 'il giorno dopo alle 10'")),
    # ------------------------------------------------------------------ flawed
    (A, bad("time_swapped", S("reschedule", "Filomena Dall'Armellina", "Nazzareno Cippitelli", "formal", "regular",
              meeting="Stampa dei biglietti d'invito", at="mercoledì 16 luglio alle 10:00",
              props=["lunedì 21 luglio alle 10:00"], reason="la pedalina è in revisione"),
            "Biglietti d'invito: lunedì 21 luglio",
            """
Gentile Signora,

la pedalina è in revisione: Le propongo di spostare la stampa dei biglietti a mercoledì 16 luglio alle 10.

Nazzareno Cippitelli
""", "old slot offered as the new one in the body")),
    (A, bad("name_near_miss", S("decline", "Ippolita Sgarbossa", "Lamberto Felicetti", "formal", "regular",
              meeting="Applicazione della veletta sul cappellino", at="giovedì 17 luglio alle 15:00"),
            "Cappellino: giovedì",
            """
Gentile Signora Sgarbosa,

giovedì alle 15 non potrò applicare la veletta al cappellino. La ricontatto presto.

Lamberto Felicetti
""", "near-miss surname 'Sgarbosa' for Sgarbossa")),
    (A, bad("email_invented", S("switch_to_email", "Ruggero Benvenuti", "Camilla Zoccatelli", "formal", "new",
              meeting="Preventivo per la carta intestata", at="venerdì 18 luglio alle 11:00"),
            "Preventivo per e-mail",
            """
Gentile Signor Benvenuti,

possiamo definire il preventivo per iscritto invece di venerdì alle 11. Mi scriva a camilla.zoccatelli@tiscali.it.

Camilla Zoccatelli
""", "private e-mail address nobody gave")),
    (A, bad("policy_invented", S("late_cancellation", "Adalgisa Pintus", "Bartolo Ciaramella", "formal", "regular",
              meeting="Laboratorio di infeltrimento", at="venerdì 11 luglio alle 10:00"),
            "La Sua disdetta",
            """
Gentile Signora Pintus,

ho ricevuto la Sua disdetta tardiva. Come da regolamento, l'acconto versato non è rimborsabile.

Bartolo Ciaramella
""", "policy invented: non-refundable deposit")),
    (B, bad("time_recap_wrong", S("reschedule", "Orsola Mastrantonio", "Cirillo Fadanelli", "formal", "regular",
              meeting="Varo del gozzo", at="giovedì 14 agosto alle 9:00",
              props=["giovedì 21 agosto alle 10:00"], reason="la vernice deve indurire"),
            "Varo: giovedì 21 agosto",
            """
Gentile Signora Mastrantonio,

la vernice deve ancora indurire: Le propongo di spostare il varo a giovedì 21 agosto alle 10.

A giovedì alle 9, allora!

Cirillo Fadanelli
""", "closing recap names the old hour")),
    (B, bad("percent_swapped", S("cancellation_policy", "Elvira Pastorino", "Tiberio Guazzaloca", "formal", "new",
              pol={"notice_hours": 48, "fee_percent": 100, "deposit_percent": 25}),
            "Condizioni del corso di merletto",
            """
Gentile Signora Pastorino,

per il corso di merletto l'acconto è del 100%; in caso di disdetta a meno di 48 ore resta dovuto il 25% della quota.

Tiberio Guazzaloca
""", "deposit and fee swapped")),
    (B, bad("title_or_company_invented", S("delegate", "Nicodemo Sciarrone", "Fedora Bellentani", "formal", "regular",
              meeting="Riparazione dello specchio di poppa", at="mercoledì 20 agosto alle 14:00", col="Dario Toffanin"),
            "Riparazione di mercoledì",
            """
Gentile Signor Sciarrone,

mercoledì alle 14 la riparazione dello specchio di poppa la farà Dario Toffanin al posto mio.

Fedora Bellentani
Maestro d'ascia – Cantiere Navale Bellentani S.r.l.
""", "title and company invented")),
    (B, bad("foreign_paragraph", S("decline", "Sabino Tedeschini", "Enrica Valsecchi", "formal", "regular",
              meeting="Presentazione dei merletti antichi", at="martedì 19 agosto alle 16:00"),
            "Presentazione di martedì",
            """
Gentile Signor Tedeschini,

purtroppo devo annullare la presentazione dei merletti antichi di martedì alle 16.

Le pido disculpas por el poco aviso; me pondré en contacto con usted pronto.

Enrica Valsecchi
""", "Spanish paragraph in an Italian mail")),
    (C, bad("duration_wrong", S("shorten", "Lucrezia Fantuzzi", "Edoardo Zaccagnini", "formal", "regular",
              meeting="Lezione di doratura a guazzo", at="giovedì 18 settembre alle 9:00", dur=45),
            "Lezione di giovedì",
            """
Gentile Signora Fantuzzi,

la lezione di doratura di giovedì inizierà alle 9 ma durerà solo mezz'ora.

Edoardo Zaccagnini
""", "'mezz'ora' for 45 minutes")),
    (C, bad("phone_invented", S("no_show_followup", "Fortunato Scognamiglio", "Rina Crivellaro", "formal", "regular",
              meeting="Colata delle candele", at="giovedì 11 settembre alle 14:00",
              props=["lunedì 22 settembre alle 14:00"]),
            "Colata delle candele",
            """
Gentile Signor Scognamiglio,

giovedì scorso non L'abbiamo vista. Posso proporLe lunedì 22 settembre alle 14; mi confermi al 338 462 1975.

Rina Crivellaro
""", "mobile number nobody gave")),
    (C, bad("weekday_wrong", S("reschedule", "Berenice Tomasoni", "Achille Marangon", "formal", "regular",
              meeting="Doratura dello specchio", at="venerdì 19 settembre alle 10:00",
              props=["giovedì 25 settembre alle 10:00"]),
            "Doratura dello specchio",
            """
Gentile Signora Tomasoni,

devo spostare la doratura dello specchio. Sarebbe libera mercoledì 25 settembre alle 10?

Achille Marangon
""", "'mercoledì 25 settembre' for giovedì 25")),
    (C, bad("link_invented", S("switch_to_call", "Leopoldo Farinelli", "Donatella Cerruti", "formal", "new",
              meeting="Consulenza per le candele nuziali", at="martedì 23 settembre alle 11:00"),
            "Consulenza al telefono",
            """
Gentile Signor Farinelli,

possiamo fare la consulenza sulle candele nuziali al telefono, martedì alle 11? Confermi qui: https://prenota.cereriacerruti.it/chiamata.

Donatella Cerruti
""", "booking link nobody gave")),
    (D, bad("discount_invented", S("no_show_followup", "Giuseppina Arcangeli", "Manlio Pettenuzzo", "formal", "regular",
              meeting="Spremitura del sidro in cascina", at="venerdì 10 ottobre alle 10:00",
              props=["venerdì 24 ottobre alle 10:00"], reason="la cliente era malata"),
            "Spremitura di venerdì",
            """
Gentile Signora Arcangeli,

spero stia meglio. Posso proporLe venerdì 24 ottobre alle 10, con uno sconto del 15% sulla spremitura.

Manlio Pettenuzzo
""", "15% discount nobody gave")),
    (D, bad("colleague_wrong", S("delegate", "Raimondo Casagrande", "Tecla Bevilacqua", "formal", "regular",
              meeting="Affilatura dei coltelli da cucina", at="martedì 21 ottobre alle 15:00", col="Settimio Zuccarello"),
            "Affilatura di martedì",
            """
Gentile Signor Casagrande,

martedì alle 15 i Suoi coltelli li affilerà Settimio Zucarello al posto mio.

Tecla Bevilacqua
""", "colleague near-missed: Zucarello for Zuccarello")),
    (D, bad("number_invented", S("switch_to_email", "Annamaria Lucchesini", "Dionigi Prandini", "formal", "new",
              meeting="Ordine di sidro in bottiglia", at="giovedì 16 ottobre alle 9:00"),
            "Ordine di sidro",
            """
Gentile Signora Lucchesini,

sistemiamo l'ordine di sidro per e-mail invece di giovedì alle 9. Mi restano 180 bottiglie dell'ultima spremitura.

Dionigi Prandini
""", "stock number nobody gave")),
    (D, bad("place_changed", S("decline", "Eriberto Campagnoli", "Giacinta Morandotti", "formal", "regular",
              meeting="Dimostrazione di coltelleria a Maniago", at="mercoledì 22 ottobre alle 14:00"),
            "Dimostrazione di mercoledì",
            """
Gentile Signor Campagnoli,

non potrò tenere la dimostrazione di coltelleria a Scarperia mercoledì alle 14. Mi scusi.

Giacinta Morandotti
""", "place changed: Scarperia for Maniago")),
    (E, bad("time_swapped", S("switch_to_call", "Marcellina Pirovano", "Anselmo Dallapiccola", "formal", "regular",
              meeting="Scelta delle essenze per il piano intarsiato", at="giovedì 20 novembre alle 10:00",
              props=["venerdì 21 novembre alle 15:00"]),
            "Essenze: al telefono",
            """
Gentile Signora Pirovano,

invece dell'incontro di venerdì 21 novembre alle 15, Le propongo di scegliere le essenze al telefono giovedì 20 novembre alle 10.

Anselmo Dallapiccola
""", "meeting and proposed slot swapped")),
    (E, bad("link_invented", S("reschedule", "Candido Pozzobon", "Raffaella Gobbato", "formal", "regular",
              meeting="Lucidatura dei piatti in peltro", at="mercoledì 19 novembre alle 16:00",
              props=["martedì 25 novembre alle 16:00"]),
            "Lucidatura: martedì",
            """
Gentile Signor Pozzobon,

sposto la lucidatura dei piatti a martedì 25 novembre alle 16. Può confermare dal link https://agenda.peltrigobbato.it/conferma.

Raffaella Gobbato
""", "confirmation link nobody gave")),
    (E, bad("policy_invented", S("late_cancellation", "Vittoria Sangiorgi", "Oreste Cavallaro", "formal", "regular",
              meeting="Corso di intarsio", at="lunedì 17 novembre alle 9:00"),
            "La Sua disdetta",
            """
Gentile Signora Sangiorgi,

ho ricevuto la Sua disdetta del corso di ieri. Trattandosi di una disdetta tardiva, Le sarà addebitata metà della quota.

Oreste Cavallaro
""", "fee invented in words ('metà della quota'), no policy given")),
    (E, bad("colleague_wrong", S("delegate", "Amalia Cortellazzo", "Gianluca Bergamaschi", "formal", "regular",
              meeting="Restauro dell'intarsio del comò", at="venerdì 21 novembre alle 11:00", col="Patrizia Semenzato"),
            "Restauro di venerdì",
            """
Gentile Signora Cortellazzo,

venerdì alle 11 il restauro dell'intarsio del comò lo seguirà la mia collega Patrizia Semenzati.

Gianluca Bergamaschi
""", "colleague near-missed: Semenzati for Semenzato")),
]
