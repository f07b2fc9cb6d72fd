"""Italian phrases for the fact-fault set (Lei throughout); Spanish for the neighbour-language fault."""

from __future__ import annotations

LANG = "it"
HAS_NEIGHBOUR = True
N_STYLES = 3
WEEKDAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
          "ottobre", "novembre", "dicembre"]


def _time(t, style):
    h, m = t.hour, t.minute
    if style == 0:
        return f"alle {h}:{m:02d}" if m else f"alle {h}"
    if style == 1:
        return f"alle {h}.{m:02d}"
    return f"alle ore {h}:{m:02d}"


def fmt_date(t, wrong_weekday=False, year=False):
    wd = t.weekday()
    if wrong_weekday:
        wd = (wd + 1) % 5
    day = "1°" if t.day == 1 else str(t.day)
    return f"{WEEKDAYS[wd]} {day} {MONTHS[t.month - 1]}" + (f" {t.year}" if year else "")


def fmt_full(t, style, year=False):
    return f"{fmt_date(t, year=year)} {_time(t, style)}"


def fmt_short(t, style):
    return f"{WEEKDAYS[t.weekday()]} {_time(t, style)}"


def fmt_dur(m, rng):
    if m == 30 and rng.random() < 0.25:
        return "mezz'ora"
    if m == 60 and rng.random() < 0.3:
        return "un'ora"
    return f"{m} minuti"


NAMES = [
    dict(name="Dott.ssa Giulia Bianchi", first="Giulia", last="Bianchi", g="f", title="Dott.ssa", near_first="Giula",
         near_last="Bianchini"),
    dict(name="Ing. Marco Brambilla", first="Marco", last="Brambilla", g="m", title="Ing.", near_first="Mirco",
         near_last="Brambila"),
    dict(name="Avv. Lorenzo De Luca", first="Lorenzo", last="De Luca", g="m", title="Avvocato", near_first="Lorenza",
         near_last="De Lucca"),
    dict(name="Chiara Esposito", first="Chiara", last="Esposito", g="f", near_first="Chiera", near_last="Esposto"),
    dict(name="Francesca Romano", first="Francesca", last="Romano", g="f", near_first="Franceska", near_last="Romani"),
    dict(name="Dott. Paolo Ferrari", first="Paolo", last="Ferrari", g="m", title="Dott.", near_first="Paola",
         near_last="Ferrara"),
    dict(name="Elena Colombo", first="Elena", last="Colombo", g="f", near_first="Elana", near_last="Colombi"),
    dict(name="Prof. Andrea Galli", first="Andrea", last="Galli", g="m", title="Prof.", near_first="Andreas",
         near_last="Gallo"),
    dict(name="Sig. Matteo Marino", first="Matteo", last="Marino", g="m", near_first="Mattia", near_last="Marini"),
    dict(name="Valentina D'Angelo", first="Valentina", last="D'Angelo", g="f", near_first="Valentine",
         near_last="D'Angeli"),
]
SENDERS = [
    dict(name="Marta Colombo", first="Marta", slug="marta.colombo"),
    dict(name="Alessandro Greco", first="Alessandro", slug="alessandro.greco"),
    dict(name="Federica Santoro", first="Federica", slug="federica.santoro"),
    dict(name="Riccardo Villa", first="Riccardo", slug="riccardo.villa"),
    dict(name="Elisa Rinaldi", first="Elisa", slug="elisa.rinaldi"),
]
COLLEAGUES = [
    dict(name="Chiara Conti", first="Chiara", g="f"), dict(name="Luca Moretti", first="Luca", g="m"),
    dict(name="Sara Gallo", first="Sara", g="f"), dict(name="Davide Fontana", first="Davide", g="m"),
    dict(name="Chiara Conte", first="Chiara", g="f"),
]


def _m(field, body, a, di, es, place=None):
    d = dict(field=field, body=body, a=a, di=di, es=es)
    if place:
        d["place"] = place
    return d


MEETINGS = [
    _m("Revisione trimestrale progetto CRM", "la revisione trimestrale del progetto CRM",
       "alla revisione trimestrale del progetto CRM", "della revisione trimestrale del progetto CRM",
       "la revisión trimestral del proyecto CRM"),
    _m("Workshop nella vostra sede di Torino", "il workshop nella vostra sede di Torino",
       "al workshop nella vostra sede di Torino", "del workshop nella vostra sede di Torino",
       "el taller en su sede de Torino", ("Torino", "Milano")),
    _m("Punto sul budget 2027", "il punto sul budget 2027", "al punto sul budget 2027", "del punto sul budget 2027",
       "la reunión sobre el presupuesto 2027"),
    _m("Presentazione del nuovo sito", "la presentazione del nuovo sito", "alla presentazione del nuovo sito",
       "della presentazione del nuovo sito", "la presentación de la nueva web"),
    _m("Comitato di progetto a Bologna", "la riunione del comitato di progetto a Bologna",
       "alla riunione del comitato di progetto a Bologna", "della riunione del comitato di progetto a Bologna",
       "la reunión del comité de proyecto en Bologna", ("Bologna", "Modena")),
    _m("Sessione di coaching mensile", "la sessione di coaching mensile", "alla sessione di coaching mensile",
       "della sessione di coaching mensile", "la sesión mensual de coaching"),
    _m("Visita allo stabilimento di Brescia", "la visita allo stabilimento di Brescia",
       "alla visita allo stabilimento di Brescia", "della visita allo stabilimento di Brescia",
       "la visita a la planta de Brescia", ("Brescia", "Bergamo")),
    _m("Analisi dei processi HR", "l'incontro sull'analisi dei processi HR", "all'incontro sull'analisi dei processi HR",
       "dell'incontro sull'analisi dei processi HR", "la reunión sobre el análisis de los procesos de RR. HH."),
    _m("Bilancio campagna di primavera", "il bilancio della campagna di primavera",
       "al bilancio della campagna di primavera", "del bilancio della campagna di primavera",
       "el balance de la campaña de primavera"),
    _m("Incontro allo stand, fiera di Verona", "l'incontro al nostro stand alla fiera di Verona",
       "all'incontro al nostro stand alla fiera di Verona", "dell'incontro al nostro stand alla fiera di Verona",
       "la reunión en nuestro stand de la feria de Verona", ("Verona", "Padova")),
]
REASONS_OWN = [
    dict(field="imprevisto presso un altro cliente", body="Un imprevisto presso un altro cliente mi impedisce di essere disponibile."),
    dict(field="ho l'influenza", body="Purtroppo sono a letto con l'influenza e preferisco non rischiare."),
    dict(field="i dati del Q4 non saranno pronti", body="I dati del quarto trimestre non saranno ancora disponibili per quella data."),
    dict(field="sciopero dei treni", body="Con lo sciopero dei treni annunciato non riuscirò a spostarmi."),
    dict(field="l'ordine del giorno è breve", body="L'ordine del giorno mi sembra abbastanza snello da richiedere meno tempo."),
    dict(field="il cliente ha chiesto uno sconto", body="Ho preso nota della Sua richiesta di uno sconto e Le risponderò a parte."),
]
REASONS_CLIENT = [
    dict(field="figlio malato", body="Spero che Suo figlio stia meglio."),
    dict(field="ritardo del treno", body="Ho saputo del ritardo del treno: spero che il rientro sia andato bene."),
    dict(field="emergenza in ufficio", body="Capisco benissimo che un'emergenza in ufficio abbia la precedenza."),
    dict(field="si era dimenticato dell'appuntamento", body="Capita a tutti di dimenticare un appuntamento, nessun problema."),
]


def greeting(rec, tone, rng, near=False):
    last = rec["near_last"] if near else rec["last"]
    first = rec["near_first"] if near else rec["first"]
    f = rec["g"] == "f"
    if tone == "friendly" and not rec.get("title"):
        return rng.choice([f"Cara {first}," if f else f"Caro {first},", f"Buongiorno {first},", f"Gentile {first},"])
    if rec.get("title"):
        t = rec["title"]
        return rng.choice([f"Gentile {t} {last},", f"Buongiorno {t} {last},",
                           (f"Egregio {t} {last}," if not f else f"Gentilissima {t} {last},")])
    return rng.choice([f"Gentile Signora {last}," if f else f"Gentile Signor {last},",
                       f"Buongiorno Sig.ra {last}," if f else f"Buongiorno Sig. {last},",
                       f"Gentile Sig.ra {rec['first']} {last}," if f else f"Egregio Signor {last},"]).replace(
        f"{rec['first']} {last}", f"{first} {last}")


def closing(tone, rec, rng):
    if tone == "friendly":
        return rng.choice(["A presto,", "Un caro saluto,", "Buona giornata,", "Grazie ancora e a presto,"])
    return rng.choice(["Cordiali saluti,", "Distinti saluti,", "Un cordiale saluto,", "La ringrazio per la comprensione.\nCordiali saluti,"])


def signature(sender, tone, rng):
    if tone == "friendly" and rng.random() < 0.3:
        return sender["first"]
    return sender["name"]


class _NoList:
    """An rng stand-in that never picks the bullet-list form (for sentences that continue after the times)."""

    def random(self):
        return 1.0


_NOLIST = _NoList()


def _props(ps, rng):
    if len(ps) == 1:
        return ps[0]
    if rng.random() < 0.5:
        return "in uno di questi momenti:\n" + "\n".join(f"- {p}" for p in ps)
    return ", ".join(ps[:-1]) + f" oppure {ps[-1]}"


def policy_text(pol, swap, rng, gentle=True):
    fee, dep = pol.get("fee_percent"), pol.get("deposit_percent")
    if swap:
        fee, dep = dep, fee
    h = pol.get("notice_hours")
    parts = []
    if h and fee:
        parts.append(f"una cancellazione con meno di {h} ore di preavviso comporta l'addebito del {fee}% dell'onorario")
    elif h:
        parts.append(f"in caso di cancellazione chiediamo un preavviso di almeno {h} ore")
    elif fee:
        parts.append(f"una cancellazione tardiva comporta l'addebito del {fee}% dell'onorario")
    if dep:
        parts.append(f"alla prenotazione è richiesto un acconto del {dep}%")
    lead = rng.choice(["Come previsto dalle nostre condizioni, ", "Le ricordo che ", "Per completezza, Le ricordo che "]) \
        if gentle else rng.choice(["Le nostre condizioni sono queste: ", "In sintesi: "])
    return lead + " e ".join(parts) + "."


def render(intent, c):
    rng, M, mt, ps = c["rng"], c["meet"], c["mt"], c["props"]
    m = M["body"]
    r, sd, v = c["reason"], c["subj_date"], c["variant"]
    if intent == "decline":
        subj = f"Il nostro incontro di {sd}" if sd else rng.choice(["Il Suo invito", "A proposito del nostro incontro"])
        p1 = f"La ringrazio per l'invito {M['a']}, {mt}. " + ("Purtroppo non potrò partecipare." if v else "Mi dispiace, ma non riuscirò a esserci.")
        p3 = (f"Se Le fa comodo, potremmo sentirci {_props(ps, rng)}." if ps
              else "Resto naturalmente a disposizione per parlarne in un'altra occasione.")
        return subj, [p1, r, p3]
    if intent == "reschedule":
        subj = f"Spostamento a {sd}" if sd else rng.choice(["Nuova data per il nostro incontro", "Spostamento del nostro incontro"])
        if v == 2:
            return subj, [f"Devo rimandare {m} di {mt}. {r}".strip(), f"Sarebbe disponibile {_props(ps, rng)}?"]
        return subj, [f"Purtroppo devo chiederLe di spostare {m} di {mt}.", r,
                      f"Le propongo di vederci {_props(ps, rng)}. Mi dica pure cosa preferisce."]
    if intent == "shorten":
        subj = f"Durata dell'incontro di {sd}" if sd else "Formato del nostro prossimo incontro"
        p1 = f"Per {m} di {mt}, Le proporrei di ridurre la durata a {c['dur']}."
        return subj, [p1, r, "Le manderò l'ordine del giorno in anticipo, così andiamo dritti al punto."]
    if intent == "switch_to_call":
        subj = f"Incontro di {sd}: una telefonata?" if sd else "Una telefonata invece dell'incontro?"
        p1 = f"Per {m} di {mt}, potremmo sentirci al telefono invece di vederci di persona?"
        p3 = f"Posso chiamarLa {_props(ps, rng)}." if ps else "L'orario resta quello previsto: La chiamo io."
        return subj, [p1, r, p3]
    if intent == "switch_to_email":
        subj = f"Incontro di {sd}: procediamo per e-mail?" if sd else "Proposta: procedere per iscritto"
        p1 = f"Invece di incontrarci per {m}, {mt}, Le propongo di procedere per iscritto."
        p3 = "Le invio oggi stesso un riepilogo con le mie domande." + (
            f" Se poi servisse un confronto, sono disponibile {_props(ps, rng)}." if ps else "")
        return subj, [p1, r, p3]
    if intent == "delegate":
        co = c["coll"]
        subj = f"Incontro di {sd}" if sd else "Il Suo referente per il prossimo incontro"
        p1 = f"Non potrò seguire personalmente {m} di {mt}. {r}".strip()
        if co["g"] == "f":
            p2 = f"La mia collega {co['name']} La incontrerà al mio posto: conosce bene il progetto e le passerò tutti i miei appunti."
        else:
            p2 = f"Il mio collega {co['name']} La incontrerà al mio posto: conosce bene il progetto e gli passerò tutti i miei appunti."
        return subj, [p1, p2]
    if intent == "no_show_followup":
        subj = f"Il nostro appuntamento di {sd}" if sd else "Non ci siamo visti"
        vista = "vista" if c["rec"]["g"] == "f" else "visto"
        p1 = (f"Non L'ho {vista} {M['a']} di {mt} e spero che vada tutto bene." if v == 0 else
              f"Avevamo appuntamento per {m}, {mt}, e non ho avuto Sue notizie: spero che stia bene.")
        p3 = f"Per ritrovarci, sarei disponibile {_props(ps, rng)}." if ps else "Mi faccia sapere quando preferisce fissare un nuovo incontro."
        p4 = policy_text(c["policy"], c["swap_pct"], rng) if c["policy"] else ""
        return subj, [p1, r, p3, p4]
    if intent == "late_cancellation":
        subj = f"Annullamento dell'incontro di {sd}" if sd else "In seguito al Suo annullamento"
        p1 = f"Grazie per il Suo messaggio sull'annullamento {M['di']}, {mt}."
        p3 = f"Possiamo fissare un nuovo incontro {_props(ps, rng)}." if ps else "Mi dica Lei quando preferisce fissare un nuovo incontro."
        p4 = policy_text(c["policy"], c["swap_pct"], rng) if c["policy"] else ""
        return subj, [p1, r, p3, p4]
    if c["no_meeting"]:
        subj = "Le nostre condizioni di cancellazione"
        p1 = rng.choice(["Prima di iniziare la nostra collaborazione, Le riassumo le nostre condizioni di cancellazione.",
                         "Come d'accordo, Le invio le nostre condizioni di cancellazione."])
    else:
        subj = f"Incontro di {sd}: condizioni di cancellazione" if sd else "Condizioni di cancellazione"
        p1 = f"In vista {M['di']}, {mt}, Le ricordo le nostre condizioni di cancellazione."
    return subj, [p1, policy_text(c["policy"], c["swap_pct"], rng, gentle=False),
                  "Resto a disposizione per qualsiasi domanda."]


def recap(short, rng):
    return rng.choice([f"Mi faccia sapere se {short} Le va bene.", f"Ci sentiamo quindi {short}, se per Lei va bene.",
                       f"Tengo libero {short} in attesa di una Sua conferma."])


INV_POLICY = ["Come da nostre condizioni, la metà dell'onorario resta comunque dovuta.",
              "L'acconto versato, purtroppo, non è rimborsabile.",
              "Secondo le nostre condizioni generali, una disdetta in giornata viene fatturata per intero."]
INV_NUMBER = ["Le chiederei una conferma entro 48 ore.", "Saremo in 4 dalla nostra parte.",
              "Il preventivo di 2.400 € resta naturalmente valido.", "Tengo bloccati questi orari per 3 giorni."]
INV_DISCOUNT = ["Per scusarmi del disagio, Le propongo uno sconto del 10% sulla prossima sessione.",
                "Come gesto di cortesia, la prossima sessione Le sarà fatturata a metà prezzo.",
                "Le riconosco uno sconto del 15% sulla fattura di questo mese."]
INV_LINK = [lambda s: f"Se preferisce, può scegliere un orario direttamente qui: https://calendly.com/{s['slug'].replace('.', '-')}/incontro",
            lambda s: "Ecco il link per la videochiamata: https://meet.google.com/xkd-pqrt-uvw",
            lambda s: "Trova il verbale qui: https://drive.google.com/drive/folders/1aB9cD3eF"]
INV_EMAIL = [lambda s: f"Per comodità può scrivermi al mio indirizzo personale: {s['slug']}@gmail.com",
             lambda s: f"D'ora in poi mi trova anche su {s['slug'].split('.')[0]}@libero.it."]
INV_PHONE = ["Può chiamarmi al 347 218 4593.", "Per urgenze mi trova al +39 333 412 5831.", "Il mio cellulare: 339 884 1207."]
INV_TITLE = ["Senior Consultant – Colombo Consulting S.r.l.", "Partner, Greco & Associati",
             "Responsabile commerciale, Gruppo Alfa S.p.A.", "Direttrice Operativa"]
FOREIGN = ["Please do not hesitate to get back to me if you have any questions.",
           "I hope this works for you; feel free to reply to this email if anything is unclear.",
           "Thank you again for your understanding, and I look forward to hearing from you."]

_ES_WD = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
_ES_MO = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]


def _es(t):
    return f"el {_ES_WD[t.weekday()]} {t.day} de {_ES_MO[t.month - 1]} a las {t.hour}:{t.minute:02d}"


def neighbour(c, intent, greeting):
    rec, M = c["rec"], c["meet"]
    g = (f"Hola {rec['first']}," if c["tone"] == "friendly" and not rec.get("title")
         else ("Estimada" if rec["g"] == "f" else "Estimado") + f" {rec.get('title', 'Sr.' if rec['g'] == 'm' else 'Sra.')} {rec['last']},")
    g = g.replace("Dott.ssa", "Dra.").replace("Dott.", "Dr.").replace("Avvocato", "Sr.").replace("Ing.", "Ing.")
    mt = _es(c["mt_dt"])
    ps = [_es(p) for p in c["props_dt"]]
    if intent == "reschedule":
        subj = "Cambio de fecha de nuestra reunión"
        paras = [f"Lamentablemente tengo que aplazar {M['es']}, que teníamos {mt}.",
                 "Le propongo " + " o ".join(ps) + ". Dígame qué le viene mejor."]
    elif intent == "decline":
        subj = "Su invitación"
        paras = [f"Muchas gracias por la invitación a {M['es']}, {mt}. Por desgracia no podré asistir."]
        if ps:
            paras.append("Si le viene bien, podríamos hablar " + " o ".join(ps) + ".")
    else:
        subj = "¿Una llamada en lugar de la reunión?"
        paras = [f"Para {M['es']}, {mt}, ¿podríamos hablar por teléfono en lugar de vernos en persona?"]
        paras.append(("Puedo llamarle " + " o ".join(ps) + ".") if ps else "La hora sigue siendo la misma: le llamo yo.")
    body = g + "\n\n" + "\n\n".join(paras) + "\n\nUn cordial saludo,\n" + c["sender"]["name"]
    return subj, body, "Spanish"
