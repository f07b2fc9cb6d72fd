"""Dutch phrases for the fact-fault set (u throughout); German for the neighbour-language fault."""

from __future__ import annotations

LANG = "nl"
HAS_NEIGHBOUR = True
N_STYLES = 3
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
_WORDS = ["twaalf", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"]


def _time(t, style):
    h, m = t.hour, t.minute
    if style == 2:
        w = lambda x: _WORDS[x % 12]  # noqa: E731
        if m == 0:
            return f"{w(h)} uur" + (" 's middags" if h >= 13 else "")
        if m == 30:
            return f"half {w(h + 1)}" + (" 's middags" if h >= 12 else "")
        if m == 15:
            return f"kwart over {w(h)}"
        if m == 45:
            return f"kwart voor {w(h + 1)}"
    if style == 1:
        return f"{h}:{m:02d}"
    return f"{h}.{m:02d} uur"


def fmt_date(t, wrong_weekday=False, year=False):
    wd = t.weekday()
    if wrong_weekday:
        wd = (wd + 1) % 5
    return f"{WEEKDAYS[wd]} {t.day} {MONTHS[t.month - 1]}" + (f" {t.year}" if year else "")


def fmt_full(t, style, year=False):
    return f"{fmt_date(t, year=year)} om {_time(t, style)}"


def fmt_short(t, style):
    return f"{WEEKDAYS[t.weekday()]} om {_time(t, style)}"


def fmt_dur(m, rng):
    if m == 30 and rng.random() < 0.25:
        return "een half uur"
    if m == 60 and rng.random() < 0.3:
        return "een uur"
    return f"{m} minuten"


def _cap(last):
    return last[0].upper() + last[1:]


NAMES = [
    dict(name="de heer Willem van der Berg", first="Willem", last="van der Berg", g="m", near_first="Wilem",
         near_last="van den Berg"),
    dict(name="mevrouw Eva Bakker", first="Eva", last="Bakker", g="f", near_first="Evi", near_last="Bakkers"),
    dict(name="Sanne de Vries", first="Sanne", last="de Vries", g="f", near_first="Sane", near_last="de Vris"),
    dict(name="dr. Pieter Jansen", first="Pieter", last="Jansen", g="m", title="dr.", near_first="Peter",
         near_last="Janssen"),
    dict(name="mr. Anouk Visser", first="Anouk", last="Visser", g="f", title="mr.", near_first="Anoek",
         near_last="Vissers"),
    dict(name="ir. Daan Mulder", first="Daan", last="Mulder", g="m", title="ir.", near_first="Daaan",
         near_last="Molder"),
    dict(name="Lotte van Dijk", first="Lotte", last="van Dijk", g="f", near_first="Lot", near_last="van Dijck"),
    dict(name="Joris Smit", first="Joris", last="Smit", g="m", near_first="Joriss", near_last="Smith"),
    dict(name="mevrouw Fleur Hendriks", first="Fleur", last="Hendriks", g="f", near_first="Fleuer",
         near_last="Hendrikx"),
    dict(name="Bram de Jong", first="Bram", last="de Jong", g="m", near_first="Brem", near_last="de Jongh"),
]
SENDERS = [
    dict(name="Marieke de Groot", first="Marieke", slug="marieke.degroot"),
    dict(name="Thijs Bos", first="Thijs", slug="thijs.bos"),
    dict(name="Femke Meijer", first="Femke", slug="femke.meijer"),
    dict(name="Ruben Peters", first="Ruben", slug="ruben.peters"),
    dict(name="Annelies van Leeuwen", first="Annelies", slug="annelies.vanleeuwen"),
]
COLLEAGUES = [
    dict(name="Lieke Dekker", first="Lieke", g="f"), dict(name="Sven Koster", first="Sven", g="m"),
    dict(name="Noor Brouwer", first="Noor", g="f"), dict(name="Jeroen Verhoeven", first="Jeroen", g="m"),
    dict(name="Lieke Decker", first="Lieke", g="f"),
]


def _m(field, body, de, place=None):
    d = dict(field=field, body=body, de=de)
    if place:
        d["place"] = place
    return d


MEETINGS = [
    _m("Kwartaaloverleg CRM-project", "ons kwartaaloverleg over het CRM-project", "unser Quartalsgespräch zum CRM-Projekt"),
    _m("Workshop op uw kantoor in Utrecht", "de workshop op uw kantoor in Utrecht",
       "den Workshop in Ihrem Büro in Utrecht", ("Utrecht", "Amersfoort")),
    _m("Budgetoverleg 2027", "ons budgetoverleg voor 2027", "unsere Budgetbesprechung für 2027"),
    _m("Presentatie nieuw websiteontwerp", "de presentatie van het nieuwe websiteontwerp",
       "die Präsentation des neuen Website-Entwurfs"),
    _m("Stuurgroepvergadering in Rotterdam", "de stuurgroepvergadering in Rotterdam",
       "die Lenkungsausschusssitzung in Rotterdam", ("Rotterdam", "Den Haag")),
    _m("Maandelijkse coachingsessie", "onze maandelijkse coachingsessie", "unsere monatliche Coaching-Sitzung"),
    _m("Bezoek aan de fabriek in Eindhoven", "het bezoek aan uw fabriek in Eindhoven",
       "den Besuch in Ihrem Werk in Eindhoven", ("Eindhoven", "Tilburg")),
    _m("Gesprek HR-processen", "ons gesprek over de HR-processen", "unser Gespräch über die HR-Prozesse"),
    _m("Evaluatie voorjaarscampagne", "de evaluatie van de voorjaarscampagne",
       "die Auswertung der Frühjahrskampagne"),
    _m("Afspraak op onze stand, vakbeurs Zwolle", "de afspraak op onze stand op de vakbeurs in Zwolle",
       "den Termin an unserem Stand auf der Fachmesse in Zwolle", ("Zwolle", "Deventer")),
]
REASONS_OWN = [
    dict(field="onverwachte afspraak bij een andere klant", body="Door een onverwachte afspraak bij een andere klant ben ik op dat moment niet beschikbaar."),
    dict(field="ik ben ziek", body="Ik ben helaas ziek en wil geen risico nemen."),
    dict(field="Q4-cijfers zijn nog niet klaar", body="De cijfers van het vierde kwartaal zijn tegen die tijd nog niet beschikbaar."),
    dict(field="treinstaking", body="Door de aangekondigde treinstaking kan ik niet reizen."),
    dict(field="de agenda is kort", body="De agenda is kort genoeg om het in minder tijd af te ronden."),
    dict(field="klant vroeg om korting", body="Uw vraag over een korting heb ik genoteerd; daar kom ik apart op terug."),
]
REASONS_CLIENT = [
    dict(field="zoon was ziek", body="Ik hoop dat het weer beter gaat met uw zoon."),
    dict(field="vertraging van de trein", body="Vervelend van de vertraging van uw trein; ik hoop dat u toch goed thuisgekomen bent."),
    dict(field="spoedgeval op kantoor", body="Ik begrijp heel goed dat een spoedgeval op kantoor voorgaat."),
    dict(field="afspraak vergeten", body="Een afspraak vergeten kan iedereen overkomen, geen probleem."),
]


def greeting(rec, tone, rng, near=False):
    last = rec["near_last"] if near else rec["last"]
    first = rec["near_first"] if near else rec["first"]
    aanhef = "mevrouw" if rec["g"] == "f" else "heer"
    if tone == "friendly" and not rec.get("title"):
        return rng.choice([f"Beste {first},", f"Hoi {first},", f"Hallo {first},"])
    if rec.get("title") and rng.random() < 0.5:
        return rng.choice([f"Geachte {rec['title']} {last},", f"Beste {rec['title']} {last},"])
    return rng.choice([f"Geachte {aanhef} {_cap(last)},", f"Beste {aanhef} {_cap(last)},",
                       f"Geachte {aanhef} {first} {last},"])


def closing(tone, rec, rng):
    if tone == "friendly":
        return rng.choice(["Groeten,", "Hartelijke groet,", "Tot snel,", "Fijne dag en groet,"])
    return rng.choice(["Met vriendelijke groet,", "Met hartelijke groet,", "Hoogachtend,", "Met vriendelijke groeten,"])


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
        return "een van deze momenten:\n" + "\n".join(f"- {p}" for p in ps)
    return ", ".join(ps[:-1]) + f" of {ps[-1]}"


def policy_text(pol, swap, rng, gentle=True):
    fee, dep = pol.get("fee_percent"), pol.get("deposit_percent")
    if swap:
        fee, dep = dep, fee
    h = pol.get("notice_hours")
    parts = []
    if h and fee:
        parts.append(f"bij annulering binnen {h} uur voor de afspraak brengen wij {fee}% van het honorarium in rekening")
    elif h:
        parts.append(f"wij vragen u om minstens {h} uur van tevoren te annuleren")
    elif fee:
        parts.append(f"bij een late annulering brengen wij {fee}% van het honorarium in rekening")
    if dep:
        parts.append(f"bij de boeking vragen wij een aanbetaling van {dep}%")
    lead = rng.choice(["Ter herinnering: ", "Zoals in onze voorwaarden staat: ", "Even ter informatie: "]) if gentle \
        else rng.choice(["Onze voorwaarden: ", "Kort samengevat: "])
    return lead + " en ".join(parts) + "."


def render(intent, c):
    rng, m, mt, ps = c["rng"], c["meet"]["body"], c["mt"], c["props"]
    r, sd, v = c["reason"], c["subj_date"], c["variant"]
    if intent == "decline":
        subj = f"Onze afspraak van {sd}" if sd else rng.choice(["Uw uitnodiging", "Over onze afspraak"])
        p1 = (f"Dank u wel voor de uitnodiging voor {m} op {mt}. Helaas kan ik daar niet bij zijn." if v else
              f"Helaas moet ik afzeggen voor {m} op {mt}.")
        p3 = (f"Als het u schikt, kunnen we elkaar spreken op {_props(ps, rng)}." if ps
              else "Ik denk graag op een ander moment met u mee.")
        return subj, [p1, r, p3]
    if intent == "reschedule":
        subj = f"Verzetten naar {sd}" if sd else rng.choice(["Nieuw moment voor onze afspraak", "Onze afspraak verzetten"])
        if v == 2:
            return subj, [f"Ik moet {m} van {mt} verzetten. {r}".strip(), f"Zou {_props(ps, _NOLIST)} u schikken?"]
        return subj, [f"Helaas moet ik {m} van {mt} verzetten.", r,
                      f"Mijn voorstel: {_props(ps, rng)}. Laat u maar weten wat u het beste uitkomt."]
    if intent == "shorten":
        subj = f"Onze afspraak van {sd}" if sd else "Opzet van ons volgende overleg"
        p1 = f"Voor {m} op {mt} stel ik voor om de duur in te korten tot {c['dur']}."
        return subj, [p1, r, "Ik stuur u vooraf de agenda, zodat we direct ter zake kunnen komen."]
    if intent == "switch_to_call":
        subj = f"Afspraak van {sd}: telefonisch?" if sd else "Liever telefonisch?"
        p1 = f"Zouden we {m} op {mt} telefonisch kunnen doen in plaats van live?"
        p3 = f"Ik kan u bellen op {_props(ps, rng)}." if ps else "Het tijdstip blijft hetzelfde; ik bel u op het afgesproken moment."
        return subj, [p1, r, p3]
    if intent == "switch_to_email":
        subj = f"Afspraak van {sd}: per e-mail?" if sd else "Voorstel: per e-mail verder"
        p1 = f"In plaats van {m} op {mt} stel ik voor om de punten per e-mail af te handelen."
        p3 = "Ik stuur u vandaag nog een overzicht met mijn vragen." + (
            f" Als een gesprek daarna toch nuttig is, ben ik beschikbaar op {_props(ps, rng)}." if ps else "")
        return subj, [p1, r, p3]
    if intent == "delegate":
        co = c["coll"]
        subj = f"Afspraak van {sd}" if sd else "Uw aanspreekpunt voor onze volgende afspraak"
        p1 = f"Ik kan {m} op {mt} helaas niet zelf doen. {r}".strip()
        zij = "zij" if co["g"] == "f" else "hij"
        p2 = f"Mijn collega {co['name']} neemt het van mij over; {zij} kent het dossier goed en krijgt al mijn aantekeningen."
        return subj, [p1, p2]
    if intent == "no_show_followup":
        subj = f"Onze afspraak van {sd}" if sd else "We hebben elkaar gemist"
        p1 = (f"We hadden {mt} afgesproken voor {m}, maar ik heb u helaas niet gezien. Ik hoop dat alles goed met u is." if v == 0 else
              f"Ik heb u op {mt} gemist bij {m}; ik hoop dat alles in orde is.")
        p3 = f"Zullen we een nieuwe afspraak maken? Ik stel voor: {_props(ps, rng)}." if ps else "Laat u maar weten wanneer het u schikt om een nieuwe afspraak te maken."
        p4 = policy_text(c["policy"], c["swap_pct"], rng) if c["policy"] else ""
        return subj, [p1, r, p3, p4]
    if intent == "late_cancellation":
        subj = f"Annulering van {sd}" if sd else "Naar aanleiding van uw annulering"
        p1 = f"Dank u voor uw bericht over het afzeggen van {m} op {mt}."
        p3 = f"We kunnen de afspraak verplaatsen naar {_props(ps, rng)}." if ps else "Laat u maar weten wanneer u een nieuwe afspraak wilt maken."
        p4 = policy_text(c["policy"], c["swap_pct"], rng) if c["policy"] else ""
        return subj, [p1, r, p3, p4]
    if c["no_meeting"]:
        subj = "Onze annuleringsvoorwaarden"
        p1 = rng.choice(["Voordat we gaan samenwerken, zet ik onze annuleringsvoorwaarden graag even op een rij.",
                         "Zoals afgesproken stuur ik u hierbij onze annuleringsvoorwaarden."])
    else:
        subj = f"Afspraak van {sd}: annuleringsvoorwaarden" if sd else "Annuleringsvoorwaarden"
        p1 = f"Met het oog op {m} op {mt} herinner ik u graag aan onze annuleringsvoorwaarden."
    return subj, [p1, policy_text(c["policy"], c["swap_pct"], rng, gentle=False),
                  "Heeft u vragen, dan hoor ik het graag."]


def recap(short, rng):
    return rng.choice([f"Laat u mij weten of {short} u uitkomt?", f"Ik houd {short} alvast voor u vrij.",
                       f"Dan spreken we elkaar {short}, als dat u past."])


INV_POLICY = ["Volgens onze voorwaarden blijft de helft van het honorarium verschuldigd.",
              "De aanbetaling wordt helaas niet terugbetaald.",
              "Bij afzegging op de dag zelf brengen wij het volledige bedrag in rekening."]
INV_NUMBER = ["Graag uw bevestiging binnen 48 uur.", "Wij zijn met 4 personen.",
              "De offerte van € 2.400 blijft uiteraard geldig.", "Ik houd deze tijden 3 dagen voor u vrij."]
INV_DISCOUNT = ["Als excuus voor het ongemak krijgt u 10% korting op de volgende sessie.",
                "Als gebaar reken ik de volgende sessie tegen half tarief.",
                "Ik geef u 15% korting op de factuur van deze maand."]
INV_LINK = [lambda s: f"U kunt ook direct een moment kiezen via https://calendly.com/{s['slug'].replace('.', '-')}/afspraak",
            lambda s: "Hier is de link voor het videogesprek: https://meet.google.com/xkd-pqrt-uvw",
            lambda s: "Het verslag staat hier: https://drive.google.com/drive/folders/1aB9cD3eF"]
INV_EMAIL = [lambda s: f"Mailt u mij gerust op mijn privéadres: {s['slug']}@gmail.com",
             lambda s: f"U kunt mij ook bereiken via {s['slug'].split('.')[0]}@ziggo.nl."]
INV_PHONE = ["U kunt mij bellen op 06-41 27 83 95.", "Bij spoed ben ik bereikbaar op +31 6 1234 5678.",
             "Mijn nummer: 020 612 3456."]
INV_TITLE = ["Senior adviseur – De Groot Advies B.V.", "Partner, Bos & Meijer", "Accountmanager Benelux",
             "Directeur, Peters Consultancy"]
FOREIGN = ["Please do not hesitate to get back to me if you have any questions.",
           "I hope this works for you; feel free to reply to this email if anything is unclear.",
           "Thank you again for your understanding, and I look forward to hearing from you."]

_DE_WD = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
_DE_MO = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def _de(t):
    return f"am {_DE_WD[t.weekday()]}, {t.day}. {_DE_MO[t.month - 1]} um {t.hour}:{t.minute:02d} Uhr"


def neighbour(c, intent, greeting):
    rec, M = c["rec"], c["meet"]
    if c["tone"] == "friendly" and not rec.get("title"):
        g = f"Hallo {rec['first']},"
    else:
        g = ("Sehr geehrte Frau " if rec["g"] == "f" else "Sehr geehrter Herr ") + _cap(rec["last"]) + ","
    mt = _de(c["mt_dt"])
    ps = [_de(p) for p in c["props_dt"]]
    if intent == "reschedule":
        subj = "Verschiebung unseres Termins"
        paras = [f"leider muss ich {M['de']} {mt} verschieben.",
                 "Ich schlage " + " oder ".join(ps) + " vor. Geben Sie mir gern Bescheid, was Ihnen am besten passt."]
    elif intent == "decline":
        subj = "Ihre Einladung"
        paras = [f"vielen Dank für Ihre Einladung. Leider kann ich {M['de']} {mt} nicht wahrnehmen."]
        if ps:
            paras.append("Wenn es Ihnen passt, könnten wir stattdessen " + " oder ".join(ps) + " sprechen.")
    else:
        subj = "Telefonat statt Treffen?"
        paras = [f"könnten wir {M['de']} {mt} telefonisch statt persönlich durchführen?"]
        paras.append(("Ich kann Sie " + " oder ".join(ps) + " anrufen.") if ps else "Die Uhrzeit bleibt gleich; ich rufe Sie dann an.")
    body = g + "\n\n" + "\n\n".join(paras) + "\n\nMit freundlichen Grüßen\n" + c["sender"]["name"]
    return subj, body, "German"
