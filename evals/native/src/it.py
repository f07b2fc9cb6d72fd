# Italian situations typed the way users type them (for the native-editor review). Data-tone helper.


def S(intent, recipient_name, sender_name, tone, relationship, meeting=None, meeting_time=None, **kw):
    d = dict(intent=intent, recipient_name=recipient_name, sender_name=sender_name, tone=tone, relationship=relationship)
    if meeting is not None:
        d["meeting"] = meeting
    if meeting_time is not None:
        d["meeting_time"] = meeting_time
    d.update(kw)
    return d



SITS = [
    # decline
    S("decline", "Dott.ssa Bianchi", "Marco Rossi", "formal", "key", "cena di gala", "sabato 14 dicembre ore 20",
      reason="ho già un impegno quella sera"),
    S("decline", "Chiara Romano", "Luca Greco", "friendly", "regular", "aperitivo di fine anno", "giovedì 19/12 alle 18",
      reason="perché devo essere a Torino"),
    S("decline", "Sig. Alessandro Di Stefano", "Giulia Ricci", "formal", "new", "presentazione del vostro gestionale",
      "martedì 10 dicembre alle 11:00", reason="Quest'anno non cambieremo fornitore."),
    S("decline", "Valentina Costa", "Andrea Fontana", "friendly", "key", "convention a Riccione", "12-13 dicembre",
      reason="Quella settimana sono in ferie."),
    # reschedule
    S("reschedule", "Ing. Paolo Esposito", "Silvia Lombardi", "formal", "key", "servizio fotografico",
      "mercoledì 11 dicembre ore 9", reason="perché il fotografo è malato",
      proposed_times=["venerdì 13 dicembre ore 9", "lunedì 16 dicembre ore 14"]),
    S("reschedule", "Matteo Gallo", "Sara Mancini", "friendly", "regular", "call settimanale", "lunedì alle 9",
      reason="a causa di un imprevisto", proposed_times=["martedì alle 9", "martedì alle 14"]),
    S("reschedule", "Sig.ra Roberta Dell'Orto", "Federico De Luca", "formal", "new", "kick-off del progetto ERP",
      "giovedì 5 dicembre alle 14", reason="per lo sciopero dei treni", proposed_times=["giovedì 12 dicembre alle 14"]),
    S("reschedule", "Martina Villa", "Simone Barbieri", "friendly", "key", "pranzo di lavoro", "venerdì 12:30",
      reason="impegno familiare", proposed_times=["lunedì 12:30", "martedì 12:30", "lunedì 12:30"]),
    # shorten
    S("shorten", "Dott. Giovanni Ferri", "Anna Caruso", "formal", "regular", "revisione dei KPI del quarto trimestre",
      "lunedì 16/12 ore 10", duration_minutes=30, reason="chiusura contabile lo stesso giorno"),
    S("shorten", "Elisa Marchetti", "Lorenzo Rinaldi", "friendly", "key", "workshop di co-progettazione",
      "mercoledì alle 14", duration_minutes=45, reason="devo uscire alle 15 per prendere i bambini"),
    S("shorten", "Sig.ra Laura Conti", "Giorgio Marino", "formal", "new", "la visita allo stabilimento",
      "martedì 17 dicembre alle 9", duration_minutes=60),
    # switch_to_call
    S("switch_to_call", "Avv. Carlo Testa", "Monica Serra", "formal", "key", "comitato di pilotaggio",
      "giovedì 12/12 alle 10", reason="sono bloccata a Milano"),
    S("switch_to_call", "Fabio Orlando", "Silvia Guerra", "friendly", "regular", "punto sull'avanzamento",
      "venerdì alle 15", reason="sciopero dei mezzi"),
    S("switch_to_call", "Dott.ssa Francesca Bianchi", "Tommaso Riva", "formal", "new", "primo incontro",
      "lunedì 9 dicembre ore 16", reason="perché sarò in trasferta", proposed_times=["lunedì 9 dicembre ore 16"]),
    # switch_to_email
    S("switch_to_email", "Sig. Nicola Ferraro", "Giorgia Marini", "formal", "regular", "riunione sul preventivo",
      "mercoledì 11/12 ore 15", reason="restano solo due cifre da confermare"),
    S("switch_to_email", "Roberto Gatti", "Chiara Longo", "friendly", "key", "il punto sul budget 2025",
      "giovedì alle 16", reason="è tutto pronto, manca solo la tua approvazione"),
    S("switch_to_email", "Irene Moretti", "Giacomo Bruno", "friendly", "new", "call conoscitiva", "martedì alle 11",
      reason="le vostre domande sono soprattutto tecniche", proposed_times=["giovedì alle 11"]),
    # delegate
    S("delegate", "Dott.ssa Maria Grazia De Santis", "Beatrice Sala", "formal", "key", "revisione annuale del contratto",
      "giovedì 19 dicembre ore 9:30", colleague_name="Davide Santoro", reason="sarò in maternità"),
    S("delegate", "Paola Ricci", "Riccardo Leone", "friendly", "regular", "visita in showroom", "giovedì alle 15",
      colleague_name="Irene Moretti", reason="fiera a Bologna"),
    S("delegate", "Sig. Massimo Pellegrini", "Valeria Monti", "formal", "new", "presentazione dell'offerta",
      "venerdì ore 10", colleague_name="Dott. Enrico Fabbri", reason="per un sovrapporsi di impegni"),
    S("delegate", "Martina Villa", "Andrea Fontana", "friendly", "key", "shooting fotografico", "martedì alle 14",
      colleague_name="Valentina Costa", reason="congedo parentale da lunedì"),
    # no_show_followup (past meetings)
    S("no_show_followup", "Sig. Alessandro Marino", "Giulia Ricci", "formal", "new", "primo appuntamento conoscitivo",
      "ieri alle 11", proposed_times=["lunedì 16 dicembre ore 11", "martedì 17 dicembre ore 16"]),
    S("no_show_followup", "Roberto Gatti", "Chiara Longo", "friendly", "key", "pranzo di lavoro",
      "mercoledì scorso alle 12:30", proposed_times=["venerdì alle 12:30"]),
    S("no_show_followup", "Dott.ssa Laura Bianchi", "Federico De Luca", "formal", "regular", "videochiamata di aggiornamento",
      "stamattina alle 9", policy=dict(notice_hours=24, fee_percent=50)),
    # late_cancellation (past meetings)
    S("late_cancellation", "Sig. Giorgio Conti", "Elena Ferrari", "formal", "regular", "sopralluogo in cantiere",
      "lunedì 2 dicembre ore 9", reason="imprevisto dell'ultimo minuto", proposed_times=["mercoledì 11 dicembre ore 9"],
      policy=dict(notice_hours=48, fee_percent=30)),
    S("late_cancellation", "Martina Villa", "Simone Barbieri", "friendly", "key", "shooting per il catalogo",
      "giovedì scorso alle 14", reason="malata", policy=dict(notice_hours=48, fee_percent=50, deposit_percent=0)),
    S("late_cancellation", "Sig.ra Elisa Marchetti", "Lorenzo Rinaldi", "formal", "new", "corso di Excel", "ieri alle 14",
      policy=dict(notice_hours=24, fee_percent=100)),
    # cancellation_policy (with and without a meeting)
    S("cancellation_policy", "Sig.ra Roberta Galli", "Stefano Moretti", "formal", "new",
      policy=dict(notice_hours=24, deposit_percent=20)),
    S("cancellation_policy", "Matteo Gallo", "Sara Mancini", "friendly", "regular",
      policy=dict(notice_hours=48, fee_percent=50)),
    S("cancellation_policy", "Ing. Paolo Esposito", "Silvia Lombardi", "formal", "key", "formazione in sede",
      "lunedì 13 gennaio ore 9", policy=dict(notice_hours=72, fee_percent=40, deposit_percent=30)),
]
