"""Swedish phrases for the fact-fault set (du throughout); Norwegian/Danish for the neighbour-language fault."""

from __future__ import annotations

LANG = "sv"
HAS_NEIGHBOUR = True
N_STYLES = 3
WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]


def _time(t, style):
    h, m = t.hour, t.minute
    if style == 0:
        return f"kl. {h}.{m:02d}" if m else f"kl. {h}"
    if style == 1:
        return f"kl {h}:{m:02d}"
    return f"klockan {h}.{m:02d}"


def fmt_date(t, wrong_weekday=False, year=False, den=False):
    wd = t.weekday()
    if wrong_weekday:
        wd = (wd + 1) % 5
    core = f"{WEEKDAYS[wd]}en den {t.day} {MONTHS[t.month - 1]}" if den else f"{WEEKDAYS[wd]} {t.day} {MONTHS[t.month - 1]}"
    return core + (f" {t.year}" if year else "")


def fmt_full(t, style, year=False):
    return f"{fmt_date(t, year=year, den=style == 2)} {_time(t, style)}"


def fmt_short(t, style):
    return f"{WEEKDAYS[t.weekday()]} {_time(t, style)}"


def fmt_dur(m, rng):
    if m == 30 and rng.random() < 0.25:
        return "en halvtimme"
    if m == 60 and rng.random() < 0.3:
        return "en timme"
    return f"{m} minuter"


NAMES = [
    dict(name="Karin Lindqvist", first="Karin", last="Lindqvist", g="f", near_first="Karen", near_last="Lindquist"),
    dict(name="Anders Johansson", first="Anders", last="Johansson", g="m", near_first="Andres", near_last="Johanson"),
    dict(name="Eva Bergström", first="Eva", last="Bergström", g="f", near_first="Evy", near_last="Bergströms"),
    dict(name="Cecilia von Platen", first="Cecilia", last="von Platen", g="f", near_first="Cecila",
         near_last="von Plate"),
    dict(name="Lars Nilsson", first="Lars", last="Nilsson", g="m", near_first="Larz", near_last="Nilson"),
    dict(name="Sofia Åberg", first="Sofia", last="Åberg", g="f", near_first="Sofie", near_last="Åbergh"),
    dict(name="Mikael Öhman", first="Mikael", last="Öhman", g="m", near_first="Mikel", near_last="Öman"),
    dict(name="Elin Sandberg", first="Elin", last="Sandberg", g="f", near_first="Ellin", near_last="Sandborg"),
    dict(name="Per Hedlund", first="Per", last="Hedlund", g="m", near_first="Pär", near_last="Hedlind"),
    dict(name="Dr. Ingrid Wallin", first="Ingrid", last="Wallin", g="f", near_first="Ingrit", near_last="Wallén"),
]
SENDERS = [
    dict(name="Karin Holm", first="Karin", slug="karin.holm"),
    dict(name="Johan Lund", first="Johan", slug="johan.lund"),
    dict(name="Maja Ek", first="Maja", slug="maja.ek"),
    dict(name="Oskar Berg", first="Oskar", slug="oskar.berg"),
    dict(name="Linnea Strand", first="Linnea", slug="linnea.strand"),
]
COLLEAGUES = [
    dict(name="Emma Nordin", first="Emma", g="f"), dict(name="Fredrik Sjöberg", first="Fredrik", g="m"),
    dict(name="Ida Lundgren", first="Ida", g="f"), dict(name="Henrik Axelsson", first="Henrik", g="m"),
    dict(name="Emma Nordén", first="Emma", g="f"),
]


def _m(field, body, no, da, place=None):
    d = dict(field=field, body=body, no=no, da=da)
    if place:
        d["place"] = place
    return d


MEETINGS = [
    _m("Kvartalsmöte CRM-projektet", "vårt kvartalsmöte om CRM-projektet", "kvartalsmøtet vårt om CRM-prosjektet",
       "vores kvartalsmøde om CRM-projektet"),
    _m("Workshop på ert kontor i Sundsvall", "workshopen på ert kontor i Sundsvall",
       "workshopen på kontoret deres i Sundsvall", "workshoppen på jeres kontor i Sundsvall", ("Sundsvall", "Umeå")),
    _m("Budgetgenomgång 2027", "budgetgenomgången för 2027", "budsjettgjennomgangen for 2027",
       "budgetgennemgangen for 2027"),
    _m("Presentation av nya webbplatsen", "presentationen av den nya webbplatsen",
       "presentasjonen av det nye nettstedet", "præsentationen af den nye hjemmeside"),
    _m("Styrgruppsmöte i Uppsala", "styrgruppsmötet i Uppsala", "styringsgruppemøtet i Uppsala",
       "styregruppemødet i Uppsala", ("Uppsala", "Västerås")),
    _m("Månatlig coachingsession", "vår månatliga coachingsession", "den månedlige coachingøkten vår",
       "vores månedlige coachingsession"),
    _m("Besök på fabriken i Jönköping", "besöket på er fabrik i Jönköping", "besøket på fabrikken deres i Jönköping",
       "besøget på jeres fabrik i Jönköping", ("Jönköping", "Linköping")),
    _m("Möte om HR-processerna", "vårt möte om HR-processerna", "møtet vårt om HR-prosessene",
       "vores møde om HR-processerne"),
    _m("Utvärdering av vårkampanjen", "utvärderingen av vårkampanjen", "evalueringen av vårkampanjen",
       "evalueringen af forårskampagnen"),
    _m("Möte i vår monter, mässan i Göteborg", "mötet i vår monter på mässan i Göteborg",
       "møtet på standen vår på messen i Göteborg", "mødet på vores stand på messen i Göteborg",
       ("Göteborg", "Malmö")),
]
REASONS_OWN = [
    dict(field="oväntat uppdrag hos en annan kund", body="Ett oväntat uppdrag hos en annan kund gör att jag inte är tillgänglig då."),
    dict(field="jag är sjuk", body="Jag är tyvärr sjuk och vill inte ta någon risk."),
    dict(field="Q4-siffrorna är inte klara", body="Siffrorna för fjärde kvartalet blir inte klara till dess."),
    dict(field="tågstrejk", body="På grund av den aviserade tågstrejken kan jag inte resa."),
    dict(field="dagordningen är kort", body="Dagordningen är så kort att vi bör klara den på kortare tid."),
    dict(field="kunden bad om rabatt", body="Jag har noterat din fråga om rabatt och återkommer om den separat."),
]
REASONS_CLIENT = [
    dict(field="dottern var sjuk", body="Jag hoppas att din dotter mår bättre."),
    dict(field="tåget var försenat", body="Tråkigt med det försenade tåget, hoppas att du kom hem bra till slut."),
    dict(field="akut ärende på kontoret", body="Jag förstår att ett akut ärende på kontoret måste gå först."),
    dict(field="glömde mötet", body="Det händer alla att glömma ett möte, ingen fara."),
]


def greeting(rec, tone, rng, near=False):
    last = rec["near_last"] if near else rec["last"]
    first = rec["near_first"] if near else rec["first"]
    if tone == "friendly":
        return rng.choice([f"Hej {first}!", f"Hej {first},", f"Hejsan {first}!"])
    if rec.get("title") and rng.random() < 0.5:
        return f"Hej dr {last},"
    return rng.choice([f"Hej {first} {last},", f"Bästa {first} {last},", f"Hej {first},"])


def closing(tone, rec, rng):
    if tone == "friendly":
        return rng.choice(["Hälsningar,", "Ha en fin dag!", "Vi hörs!", "Allt gott,"])
    return rng.choice(["Med vänliga hälsningar,", "Vänliga hälsningar,", "Med vänlig hälsning,", "Bästa hälsningar,"])


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
        return "någon av dessa tider:\n" + "\n".join(f"- {p}" for p in ps)
    return ", ".join(ps[:-1]) + f" eller {ps[-1]}"


def policy_text(pol, swap, rng, gentle=True):
    fee, dep = pol.get("fee_percent"), pol.get("deposit_percent")
    if swap:
        fee, dep = dep, fee
    h = pol.get("notice_hours")
    parts = []
    if h and fee:
        parts.append(f"vid avbokning senare än {h} timmar före mötet debiterar vi {fee} % av arvodet")
    elif h:
        parts.append(f"vi ber om minst {h} timmars varsel vid avbokning")
    elif fee:
        parts.append(f"vid sen avbokning debiterar vi {fee} % av arvodet")
    if dep:
        parts.append(f"vid bokning tar vi ut en handpenning på {dep} %")
    lead = rng.choice(["Som en påminnelse: ", "Enligt våra villkor gäller följande: ", "Bara så att du vet: "]) if gentle \
        else rng.choice(["Våra villkor i korthet: ", "Det här gäller: "])
    return lead + " och ".join(parts) + "."


def render(intent, c):
    rng, m, mt, ps = c["rng"], c["meet"]["body"], c["mt"], c["props"]
    r, sd, v = c["reason"], c["subj_date"], c["variant"]
    if intent == "decline":
        subj = f"Vårt möte {sd}" if sd else rng.choice(["Din inbjudan", "Angående vårt möte"])
        p1 = (f"Tack för inbjudan till {m}, {mt}. Tyvärr kan jag inte delta." if v else
              f"Tyvärr måste jag tacka nej till {m}, {mt}.")
        p3 = f"Om det passar kan vi höras {_props(ps, rng)}." if ps else "Jag hörs gärna av vid ett annat tillfälle."
        return subj, [p1, r, p3]
    if intent == "reschedule":
        subj = f"Flytt till {sd}" if sd else rng.choice(["Ny tid för vårt möte", "Vi behöver flytta vårt möte"])
        if v == 2:
            return subj, [f"Jag behöver flytta {m}, {mt}. {r}".strip(), f"Skulle {_props(ps, _NOLIST)} fungera för dig?"]
        return subj, [f"Tyvärr behöver jag flytta {m}, {mt}.", r,
                      f"Jag föreslår {_props(ps, rng)}. Säg till vad som passar dig bäst."]
    if intent == "shorten":
        subj = f"Vårt möte {sd}" if sd else "Upplägget för vårt nästa möte"
        p1 = f"Jag föreslår att vi kortar ner {m}, {mt}, till {c['dur']}."
        return subj, [p1, r, "Jag skickar dagordningen i förväg så att vi kan gå rakt på sak."]
    if intent == "switch_to_call":
        subj = f"Mötet {sd}: telefon i stället?" if sd else "Telefon i stället för möte?"
        p1 = f"Skulle vi kunna ta {m}, {mt}, per telefon i stället för att ses?"
        p3 = f"Jag kan ringa dig {_props(ps, rng)}." if ps else "Tiden är densamma, jag ringer dig då."
        return subj, [p1, r, p3]
    if intent == "switch_to_email":
        subj = f"Mötet {sd}: via mejl?" if sd else "Förslag: vi tar det via mejl"
        p1 = f"I stället för att ses för {m}, {mt}, föreslår jag att vi tar frågorna via mejl."
        p3 = "Jag skickar en sammanfattning med mina frågor i dag." + (
            f" Om vi ändå behöver prata efteråt passar {_props(ps, _NOLIST)} bra för mig." if ps else "")
        return subj, [p1, r, p3]
    if intent == "delegate":
        co = c["coll"]
        subj = f"Mötet {sd}" if sd else "Din kontaktperson för nästa möte"
        p1 = f"Jag har tyvärr inte möjlighet att själv leda {m}, {mt}. {r}".strip()
        hon = "hon" if co["g"] == "f" else "han"
        p2 = f"Min kollega {co['name']} tar över; {hon} känner projektet väl och får alla mina anteckningar."
        return subj, [p1, p2]
    if intent == "no_show_followup":
        subj = f"Vårt möte {sd}" if sd else "Vi missade varandra"
        p1 = (f"Vi hade bokat {m}, {mt}, men jag såg dig inte. Jag hoppas att allt är bra med dig." if v == 0 else
              f"Jag saknade dig på {m}, {mt} – hoppas att allt är väl.")
        p3 = f"Ska vi boka en ny tid? Jag föreslår {_props(ps, rng)}." if ps else "Hör av dig när det passar att boka en ny tid."
        p4 = policy_text(c["policy"], c["swap_pct"], rng) if c["policy"] else ""
        return subj, [p1, r, p3, p4]
    if intent == "late_cancellation":
        subj = f"Avbokning {sd}" if sd else "Angående din avbokning"
        p1 = f"Tack för ditt besked om att {m}, {mt}, ställs in."
        p3 = f"Vi kan boka om till {_props(ps, rng)}." if ps else "Säg till när du vill boka en ny tid."
        p4 = policy_text(c["policy"], c["swap_pct"], rng) if c["policy"] else ""
        return subj, [p1, r, p3, p4]
    if c["no_meeting"]:
        subj = "Våra avbokningsvillkor"
        p1 = rng.choice(["Inför att vi börjar samarbeta vill jag gå igenom våra avbokningsvillkor.",
                         "Som vi pratade om kommer här våra avbokningsvillkor."])
    else:
        subj = f"Mötet {sd}: avbokningsvillkor" if sd else "Avbokningsvillkor"
        p1 = f"Inför {m}, {mt}, vill jag påminna om våra avbokningsvillkor."
    return subj, [p1, policy_text(c["policy"], c["swap_pct"], rng, gentle=False), "Hör av dig om du har frågor."]


def recap(short, rng):
    return rng.choice([f"Säg till om {short} passar dig.", f"Då hörs vi {short}, om det går bra.",
                       f"Jag håller {short} ledigt tills du har bekräftat."])


INV_POLICY = ["Enligt våra villkor debiteras ändå hälften av arvodet.", "Handpenningen återbetalas tyvärr inte.",
              "Avbokning samma dag debiteras fullt ut enligt våra allmänna villkor."]
INV_NUMBER = ["Bekräfta gärna inom 48 timmar.", "Vi kommer att vara 4 personer från vår sida.",
              "Offerten på 24 000 kr gäller förstås fortfarande.", "Jag håller tiderna lediga i 3 dagar."]
INV_DISCOUNT = ["Som kompensation får du 10 % rabatt på nästa session.",
                "Som en gest debiterar jag bara halva priset för nästa session.",
                "Du får 15 % rabatt på den här månadens faktura."]
INV_LINK = [lambda s: f"Du kan också boka en tid direkt här: https://calendly.com/{s['slug'].replace('.', '-')}/mote",
            lambda s: "Här är länken till videosamtalet: https://meet.google.com/xkd-pqrt-uvw",
            lambda s: "Protokollet finns här: https://drive.google.com/drive/folders/1aB9cD3eF"]
INV_EMAIL = [lambda s: f"Mejla mig gärna på min privata adress: {s['slug']}@gmail.com",
             lambda s: f"Du når mig också på {s['slug'].split('.')[0]}@telia.com."]
INV_PHONE = ["Du kan ringa mig på 070-412 58 31.", "Vid akuta frågor når du mig på +46 70 123 45 67.",
             "Mitt nummer: 08-555 123 45."]
INV_TITLE = ["Seniorkonsult, Holm Konsult AB", "Partner, Lund & Ek", "Key Account Manager Norden",
             "Vd, Strand Rådgivning AB"]
FOREIGN = ["Please do not hesitate to get back to me if you have any questions.",
           "I hope this works for you; feel free to reply to this email if anything is unclear.",
           "Thank you again for your understanding, and I look forward to hearing from you."]

_NO_WD = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
_NO_MO = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
          "november", "desember"]
_DA_MO = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december"]


def _no(t):
    return f"{_NO_WD[t.weekday()]} {t.day}. {_NO_MO[t.month - 1]} kl. {t.hour}.{t.minute:02d}"


def _da(t):
    return f"{_NO_WD[t.weekday()]} den {t.day}. {_DA_MO[t.month - 1]} kl. {t.hour}.{t.minute:02d}"


def neighbour(c, intent, greeting):
    rec, M, rng = c["rec"], c["meet"], c["rng"]
    lang = rng.choice(["no", "da"])
    g = f"Hei {rec['first']}," if lang == "no" else f"Hej {rec['first']},"
    f = _no if lang == "no" else _da
    mt = f(c["mt_dt"])
    ps = [f(p) for p in c["props_dt"]]
    m = M[lang]
    if lang == "no":
        if intent == "reschedule":
            subj = "Ny tid for møtet vårt"
            paras = [f"Dessverre må jeg flytte {m}, {mt}.",
                     "Jeg foreslår " + " eller ".join(ps) + ". Si ifra hva som passer deg best."]
        elif intent == "decline":
            subj = "Invitasjonen din"
            paras = [f"Takk for invitasjonen til {m}, {mt}. Dessverre kan jeg ikke delta."]
            if ps:
                paras.append("Hvis det passer, kan vi snakkes " + " eller ".join(ps) + ".")
        else:
            subj = "Telefon i stedet for møte?"
            paras = [f"Kunne vi ta {m}, {mt}, på telefon i stedet for å møtes?",
                     ("Jeg kan ringe deg " + " eller ".join(ps) + ".") if ps else "Tidspunktet er det samme, jeg ringer deg da."]
        close, name = "Med vennlig hilsen", "Norwegian"
    else:
        if intent == "reschedule":
            subj = "Ny tid til vores møde"
            paras = [f"Desværre bliver jeg nødt til at flytte {m}, {mt}.",
                     "Jeg foreslår " + " eller ".join(ps) + ". Sig til, hvad der passer dig bedst."]
        elif intent == "decline":
            subj = "Din invitation"
            paras = [f"Tak for invitationen til {m}, {mt}. Desværre kan jeg ikke deltage."]
            if ps:
                paras.append("Hvis det passer, kan vi tales ved " + " eller ".join(ps) + ".")
        else:
            subj = "Telefon i stedet for møde?"
            paras = [f"Kunne vi tage {m}, {mt}, over telefonen i stedet for at mødes?",
                     ("Jeg kan ringe til dig " + " eller ".join(ps) + ".") if ps else "Tidspunktet er det samme, jeg ringer dig op."]
        close, name = "Venlig hilsen", "Danish"
    body = g + "\n\n" + "\n\n".join(paras) + "\n\n" + close + "\n" + c["sender"]["name"]
    return subj, body, name
