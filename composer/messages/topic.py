"""What the meeting is about: "a meeting about X" / "to discuss X" in the body, else the subject line."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from composer.facts.times import MONTH_NAMES, WEEKDAY_NAMES
from composer.messages import lexicon as lx
from composer.messages.times import TimeSpan, find_times
from composer.models import Language

_STOP = {
    Language.en: r"\s(?:on|at|with|next|tomorrow|today|this|which|that|because|as|since|but|and could|so|if|when|before|after|we|i|will|is|was|has|had|would|can|could|should|scheduled|planned|here|there|to (?:the whole|all (?:the|our|my)|everyone))\b",
    Language.fr: r"\s(?:chez|jusqu|soit|à|avec|prévu|prévue|demain|aujourd'hui|ce|cette|qui|que|car|parce|mais|si|quand|avant|après|nous|je|ou|aura|est|sera|était|a été|serait|se tiendra|prévu|prévue|pourrait|ici|là-bas)\b",
    Language.it: r"\s(?:presso|fino|fosse|fossero|sia|siano|alle|con|previsto|prevista|domani|oggi|questo|questa|che|perché|ma|se|quando|prima|dopo|noi|io|oppure|si terrà|sarà|è|era|avrà|previsto|prevista|fissato|fissata|qui|qua|lì|là|a (?:tutta|tutti|tutto|tutte))\b",
    Language.nl: r"\s(?:aan (?:de |het )?(?=[A-Z])|bij|tot|op|om|met|gepland|morgen|vandaag|deze|die|dat|omdat|maar|als|wanneer|voor|na|wij|we|ik|of|is|wordt|zal|gaat|was|staat|hier|daar|komen|gaan|door (?:mijn|zijn|haar|onze|de|het|hun|jullie))\b",
    Language.sv: r"\s(?:hos|till|på|kl|med|planerat|imorgon|idag|denna|detta|som|eftersom|men|om|när|innan|efter|vi|jag|eller|är|blir|kommer|var|ska|skulle|här|där|för hela)\b",
}


@dataclass(frozen=True)
class Topic:
    text: str
    start: int
    end: int
    source: str
    confidence: float


# A meeting noun that is itself the event shown to people ("presentazione del restauro", "the presentation of the results"):
# with "of" right after it, the phrase keeps the noun.
_SHOWN = r"presentation|présentation|presentazione|presentatie|presentationen|démonstration|dimostrazione|demo"
# People a meeting is for ("pour notre équipe", "per il personale", "voor onze medewerkers", "för personalen", "for our staff").
_GROUP = (r"team|teams|staff|employees|colleagues|students|class|équipe|équipes|personnel|salariés|collaborateurs|élèves|classe|"
          r"squadra|personale|dipendenti|collaboratori|ufficio|alunni|classe|medewerkers|personeel|collega's|leerlingen|klas|"
          r"personal|personalen|medarbetare|medarbetarna|kollegor|elever|eleverna|klass|klassen")
# Who an event is open to ("voor kmo's", "pour les PME de la région", "for start-ups", "per le imprese"): its audience.
_AUDIENCE = (r"kmo['’]s|pme|tpe|smes?|start-?ups?|starters|ondernemers|zelfstandigen|entrepreneurs|indépendants|commerçants|imprese|aziende|"
             r"professionisti|företag|företagare|småföretag|businesses|companies|members|membres|leden|soci|medlemmar|parents|ouders|genitori|"
             r"föräldrar|residents|bewoners|residenti|invånare|habitants|newcomers|nieuwkomers|beginners|débutants|principianti|nybörjare")
_OF = r"of|du|de la|des|del|della|dello|dei|degli|delle|van|av"
# Relatives an appointment is made for ("pour mon fils", "per mia figlia", "for my son"): who, not what it is.
_KIN = (r"son|daughter|child|children|kids?|wife|husband|partner|mother|mum|mom|father|dad|parents|sister|brother|grand(?:mother|father|son|daughter)|family|"
        r"fils|fille|enfants?|femme|mari|conjoint|conjointe|compagne|compagnon|mère|père|parents|sœur|frère|grand-mère|grand-père|famille|"
        r"figlio|figlia|figli|bambin[oa]|moglie|marito|madre|mamma|padre|papà|genitori|sorella|fratello|nonn[oa]|famiglia|"
        r"zoon|dochter|kind|kinderen|vrouw|man|moeder|mama|vader|papa|ouders|zus|broer|oma|opa|gezin|familie|"
        r"dotter|barn|fru|sambo|pappa|föräldrar|syster|bror|mormor|farmor|morfar|farfar|familj")


def in_body(text: str, start: int, end: int, lang: Language, times: Sequence[TimeSpan], *, source: str = "body",
            confidence: float = 0.75) -> Topic | None:
    """The first "meeting about X" or "to discuss X" in text[start:end]."""
    region = text[start:end]
    pats = [  # "to discuss X" first: it says the topic outright
        rf"\b(?:{lx.DISCUSS_VERBS[lang]})\s+(?P<m>[^\n.,;:!?()\"«»—]{{3,90}})",  # "walk us through X — about 45 minutes"
        r"(?m)^[ \t]*(?:title|titre|titolo|titel|rubrik|event|événement|évènement|evento|onderwerp|ämne)[ \t]?:[ \t]*(?P<m>[^\n]{3,90})",
        rf"\b(?P<head>{lx.MEETING_NOUNS[lang]})\b(?:[^\n.!?:;]|(?<=\d)\.(?=\d)){{0,45}}?\s(?P<link>{lx.ABOUT_WORDS[lang]})\s+(?P<m>(?:(?![ \t][–—])[^\n.,;:!?()\"«»]){{3,90}})",
    ]
    for rx in pats:
        for m in re.finditer(rx, region, re.IGNORECASE):
            s, e = start + m.start("m"), start + m.end("m")
            if rx == pats[1]:  # "Ämne: Inbjudan: Frukostmöte om X": a subject line, read as a subject (prefixes go)
                sub = in_subject(text[s:e], lang) if source == "body" else None
                if sub is not None:
                    return Topic(sub.text, s + sub.start, s + sub.end, source, confidence)
            tail = lx.DISCUSS_TAIL.get(lang)
            if rx == pats[0] and tail:
                t = re.search(tail, text[s:e], re.IGNORECASE)
                if not t:
                    continue
                e = s + t.start()
            if rx == pats[2] and _STREET.search(region, 0, m.start("link")):
                continue  # "Visite de chantier rue des Tanneurs", "sopralluogo in via dei Mille": where, not what it is about
            if rx == pats[2] and _MANNER[lang].match(region, m.start("link")):
                continue  # "cancel a session on short notice": how, not what it is about
            if rx == pats[2] and re.match(rf"(?:(?:{lx.DETERMINERS[lang]})[ \t]+)?(?:{_GROUP}|{_KIN})\b", m.group("m"), re.IGNORECASE):
                continue  # "atelier cuisine pour notre équipe (14 personnes)": who it is for, not what it is about
            if rx == pats[2] and (_PARTITIVE.search(region, 0, m.start("link")) or _CLAUSE_BREAK.search(region, m.end("head"), m.start("link"))):
                continue  # "move a workshop, and what if one of our managers cancels": "one of", not "about"
            if rx == pats[2] and re.fullmatch(_SHOWN, m.group("head"), re.IGNORECASE) and m.end("head") + 1 == m.start("link") \
                    and re.fullmatch(_OF, m.group("link"), re.IGNORECASE):
                s = start + m.start("head")  # "Présentation du dossier de financement": what is shown is not the event, its showing is
            found = _trim(text, s, e, lang, times, source, confidence)
            if found:
                return found
    for t in times:  # "our 2pm today about the brand refresh": a time standing for the meeting, then what it is about
        if start <= t.start and t.end <= end and t.has_clock and (m := re.match(
                rf"[ \t]+(?:{_ABOUT_PLAIN[lang]})[ \t]+(?P<m>[^\n.,;:!?()\"«»]{{3,90}})", text[t.end:end], re.IGNORECASE)):
            found = _trim(text, t.end + m.start("m"), t.end + m.end("m"), lang, times, source, confidence)
            if found:
                return found
    return None


# "il punto 3", "point 2", "item 4", "agendapunt 5", "punkt 3": a numbered item of an agenda
_AGENDA_ITEM = re.compile(r"\b(?:punto|point|item|agendapunt|punt|punkt)[ \t]+(?:n[°o.]?[ \t]*)?\d{1,2}\b(?!\s*(?:h\b|uur|am|pm|:|\.\d))", re.IGNORECASE)
# "the coaching package", "the training programme": the meeting's noun used as a modifier of what is bought
_PACKAGE_AFTER = re.compile(r"[ \t]+(?:package|programme|program|pack|bundle|series|subscription)\b", re.IGNORECASE)
# "invite you to", "nodigen u graag uit op", "vous inviter à", "invitarla alla", "bjuda in dig till": what follows is the meeting
_INVITED = {lang: re.compile(rx, re.IGNORECASE) for lang, rx in {
    # (a verb of taking part in between is passed over: "invite you to join us for", "vous inviter à participer à")
    Language.en: r"\binvite (?:you|all of you) (?:to|for) (?:(?:join us|attend|take part|speak|present|come)(?: (?:at|in|for|to))?[ \t]+)?"
                 r"(?:(?:the|our|a|an)[ \t]+)?",
    Language.fr: r"\b(?:vous|te) (?:inviter|invite|invitons|invitent) (?:à|au|aux) (?:(?:participer|assister|prendre part|venir|intervenir)"
                 r"(?: à| au| aux)?[ \t]+)?(?:(?:la|l['’]|notre|une?)[ \t]*)?",
    Language.it: r"\b(?:invitarla|invitarti|invitarvi|la invitiamo|ti invitiamo|vi invitiamo) (?:alla|alle|all['’]|al|ai|a)(?:\b ?|(?<=['’]))"
                 r"(?:(?:partecipare|assistere|intervenire|venire)(?: alla| alle| all['’]| al| ai| a)?(?:[ \t]+|(?<=['’])))?(?:(?:una?|il|la|lo)[ \t]+)?",
    Language.nl: r"\b(?:u|je|jou|jullie) (?:graag |van harte |hierbij )*(?:uit (?:op|voor|bij)|uitnodigen (?:op|voor|bij)) (?:(?:de|het|een|onze|ons)[ \t]+)?",
    Language.sv: r"\bbjuda(?:r)? in (?:dig|er) (?:till|på) (?:att (?:delta|medverka|tala|prata|komma)(?: i| på| till| vid)?[ \t]+)?",
}.items()}
# an object that starts with a verb ("participer", "partecipare", "att tala", "join") is no meeting's name
_INFINITIVE_START = re.compile(r"(?:\w+(?:er|ir|are|ere|ire)|att|to|join|attend|come|speak|present)\b", re.IGNORECASE)
# "one of", "l'un de", "uno dei", "een van", "en av": a part of a group, never what a meeting is about
_PARTITIVE = re.compile(r"(?<![\w'’])(?:one|some|any|each|none|many|most|several|either|neither|l['’]une?|chacune?|plusieurs|certaine?s|"
                        r"uno|una|ognuno|ognuna|alcuni|alcune|nessuno|nessuna|een|elk|ieder|sommige|geen|ett|någon|några|ingen)[ \t]+$",
                        re.IGNORECASE)
# "rendez-vous pour ma fille mais son emploi du temps": a contrast starts another clause, not the meeting's complement
_CLAUSE_BREAK = re.compile(r"\b(?:but|mais|però|maar|men|however|cependant|tuttavia|echter|dock)\b", re.IGNORECASE)
# A street or square right before "des"/"dei"/"van" ("rue des Tanneurs", "via dei Mille", "Place de la Gare"): an address.
_STREET = re.compile(r"(?<![\w])(?:rue|avenue|boulevard|bd|place|quai|chemin|impasse|allée|via|viale|piazza|piazzale|corso|vicolo|"
                     r"straat|laan|plein|weg|gracht|kade|gatan|vägen|torget|street|road|lane|square)[ \t]+$", re.IGNORECASE)


_INDEFINITE = re.compile(r"(?:\b(?:a|an|un|une|una|uno|een|en|ett)[ \t]+|\bun['’])$", re.IGNORECASE)


# Being held in something else: the phrase after it is the obstacle, not the meeting.
_OBSTACLE = {
    Language.en: re.compile(r"\b(?:stuck|held up|tied up|caught up|trapped|called|dragged|pulled) (?:in|into|at|with)[ \t]+(?:an?|another)[ \t]+(?:\S+[ \t]+){0,2}$", re.IGNORECASE),
    Language.fr: re.compile(r"\b(?:coincée?|bloquée?|retenue?|prise?|coincés|bloqués|retenus) (?:en|dans|par|à)[ \t]+(?:une?|un autre|une autre)[ \t]+(?:\S+[ \t]+){0,2}$", re.IGNORECASE),
    Language.it: re.compile(r"\b(?:bloccat[oaie]|trattenut[oaie]|incastrat[oaie]|chius[oaie]|pres[oaie]) (?:in|con|a|da)[ \t]+(?:un|una|uno|un['’]|un altro|un'altra)[ \t]*(?:\S+[ \t]+){0,2}$", re.IGNORECASE),
    Language.nl: re.compile(r"\b(?:vast|vastgezeten|opgehouden|bleef hangen|hing) (?:in|bij|door)[ \t]+(?:een|nog een)[ \t]+(?:\S+[ \t]+){0,2}$", re.IGNORECASE),
    Language.sv: re.compile(r"\b(?:fast|fastnade|fastnat|uppehållen|upptagen|kvar) (?:i|på|med)[ \t]+(?:ett|en|ett annat|en annan)[ \t]+(?:\S+[ \t]+){0,2}$", re.IGNORECASE),
}


def _indefinite(text: str, p: Topic) -> bool:
    """Whether the phrase is introduced by an indefinite article ("con un'ispezione", "a dentist appointment")."""
    return bool(_INDEFINITE.search(text[max(0, p.start - 5):p.start])
                or re.match(r"(?:a|an|un|une|una|uno|een|en|ett)[ \t]|un['’]", p.text, re.IGNORECASE))


_ABOUT_PLAIN = {  # "about" in so many words (not "de"/"van", which after a time says where or whose)
    Language.en: r"about|regarding|concerning|re|on(?= (?:the|our) (?!phone|line|call|premises|site|ground|way|road|train|agenda)\w)", Language.fr: r"sur|concernant|au sujet de|au sujet du|à propos de|à propos du",
    Language.it: r"su|sul|sulla|sui|sulle|riguardo a|riguardo al|riguardo", Language.nl: r"over|betreffende|inzake",
    Language.sv: r"om|angående|kring|gällande",
}


def about(text: str, start: int, end: int, lang: Language, times: Sequence[TimeSpan], subject: str | None = None,
          *, settled: bool = False, meeting_at: TimeSpan | None = None) -> Topic | None:
    """What the meeting is, as the message names it: its first noun phrase ("la séance de coaching", "our call"),
    not an earlier talk the message follows up on ("suite à notre échange"). A bare "our call" gives way to what
    the message says it is about ("to discuss X") or to the subject line, when either says more."""
    after = re.compile(rf"(?:{lx.AFTER_EARLIER[lang]})[ \t]+(?:[^\s.,;:!?]+[ \t]+)?(?:{_PRAISE.pattern})?$", re.IGNORECASE)  # "following up on (our great) call"
    every = [p for p in noun_phrases(text, start, end, lang, times) if not _not_the_meeting(text, p, end, lang) and not _aside(text, p)
             and not _a_place(text, p, lang)]
    phrases = [p for p in every if not after.search(text[max(start, p.start - 30):p.start])]
    if not settled and (inv := _INVITED[lang].search(text, start, end)) and not any(inv.end() - 2 <= p.start <= inv.end() + 40 for p in every) \
            and (not phrases or inv.end() <= phrases[0].start):
        # "nodigen we u graag uit op de tweede klankbordgroep van het mobiliteitsplan, op donderdag": what the client
        # invites to is the meeting, whatever noun names it
        obj = re.match(r"[^\n.,;:!?()\"«»]{3,90}", text[inv.end():end])
        found = _trim(text, inv.end(), inv.end() + obj.end(), lang, times, "body", 0.75) if obj else None
        if found is not None and not _generic(found.text) and not _INFINITIVE_START.match(found.text):
            return found
    if settled:  # "jag satt fast i ett möte som drog över", "bloccato in una riunione": what kept the client away
        kept = [p for p in phrases if not (_indefinite(text, p) and _OBSTACLE[lang].search(text, max(start, p.start - 40), p.start))]
        if phrases and not kept:
            said = in_body(text, start, end, lang, times)
            if said is not None and not any(p.start <= said.start < p.end for p in phrases):
                return said
            return in_subject(subject, lang) if subject else None
        phrases = kept
    if not phrases and every and not settled:
        # "Thanks for a really great workshop on pricing yesterday. Could you send the slides?": the talk thanked for
        # is the only one named, so it is the one the message is about
        phrases = every[:1]
    if meeting_at is not None and len(phrases) >= 2:
        # "our chair liked your governance session ... facilitate our board away day on Thursday 17th December": the
        # phrase the meeting's time is written onto names the meeting, before one said earlier of something else
        near = [p for p in phrases if 0 <= meeting_at.start - p.end <= 30 and _ONTO[lang].fullmatch(text, p.end, meeting_at.start)
                and re.search(rf"(?:{lx.MEETING_HEADS[lang]})", p.text, re.IGNORECASE)]
        if near and near[0] is not phrases[0] and re.search(r"[.!?,;]", text[phrases[0].end:near[0].start]) and not _generic(near[0].text):
            return near[0]
    if settled and phrases and all(_indefinite(text, p) for p in phrases):
        # "called into an emergency meeting ... won't make our 9am tomorrow on the Q1 hiring plan"
        said = in_body(text, start, end, lang, times) or (subject and in_subject(subject, lang))
        if said:  # "Tuesday at 11 is no good, I'm stuck in a supplier meeting" under "Re: Relecture du catalogue"
            return said
    ours = re.compile(rf"(?:\b(?:{lx.OWN_SIDE[lang]}|your|votre|vos|vostr[oaie]|uw|jullie|er|ert|era)[ \t]+)$", re.IGNORECASE)
    if settled and len(phrases) >= 2 and not ours.search(text[max(0, phrases[0].start - 12):phrases[0].start]) \
            and text[max(0, phrases[0].start - 1):phrases[0].start] == "(":
        # "un impératif (audit de la banque) m'oblige à décaler notre point sur le bilan": an aside in brackets is not it
        shared = [p for p in phrases[1:] if ours.search(text[max(0, p.start - 12):p.start])]
        if shared:
            phrases = [shared[0], *[p for p in phrases if p is not shared[0]]]
    if settled and len(phrases) >= 2 and _indefinite(text, phrases[0]):
        # cancelling, moving or missing a meeting both sides know ("l'appuntamento", "our session"): an indefinite
        # phrase before it is what got in the way ("bloccato con un'ispezione"), not the meeting
        known = [p for p in phrases[1:] if not _indefinite(text, p)]
        if known:
            phrases = [known[0], *[p for p in phrases if p is not known[0]]]
    if len(phrases) >= 2:
        # "sono una delle mamme del comitato genitori. Stiamo organizzando un incontro sul cyberbullismo", "il taglio del
        # nastro … siamo lieti di invitarla all'inaugurazione": what the client invites to or organises is the meeting
        hosted = [p for p in phrases if _HOSTED[lang].search(text[max(start, p.start - 40):p.start])]
        if hosted and hosted[0] is not phrases[0] and not _generic(hosted[0].text):
            phrases = [hosted[0], *[p for p in phrases if p is not hosted[0]]]
    clash = re.compile(rf"[ \t]*,?[ \t]*(?:{lx.CLASH_WORDS[lang]})[ \t]", re.IGNORECASE)
    if len(phrases) >= 2 and clash.match(text, phrases[0].end) and not _indefinite(text, phrases[1]):
        # "a board meeting that clashes with the interview" (not "Friday's review clashes with a board meeting")
        phrases = phrases[1:]
    if len(phrases) >= 2 and _bare(phrases[0].text, lang) and not _get_together(text, phrases[0], lang) and re.fullmatch(
            rf"[ \t]+(?:{lx.PURPOSE_LINKS[lang]}|{lx.ABOUT_WORDS[lang]})[ \t]+(?:(?:{lx.DETERMINERS[lang]})[ \t]+)?", text[phrases[0].end:phrases[1].start], re.IGNORECASE):
        return phrases[1]  # "notre rendez-vous pour l'audit énergétique du siège": what the meeting is for names it
    if phrases:  # "l'appuntamento per la revisione del bilancio": what a plain appointment is for names it
        phrases[0] = _purpose_of_plain(text, phrases[0], lang)
    if settled and phrases and _bare(phrases[0].text, lang) and (ours.search(text[max(0, phrases[0].start - 12):phrases[0].start])
                                                                 or re.match(rf"(?:{lx.OWN_SIDE[lang]})[ \t]", phrases[0].text, re.IGNORECASE)):
        # "j'ai raté notre visio de vendredi sur le budget", "ons gesprek van gisteren": the meeting both know, named by its
        # noun, not by a topic said around it; a subject that names it ("Genomgång av avtalet") still says which
        sub = in_subject(subject, lang) if subject else None
        named = sub is not None and (re.search(rf"\b(?:{lx.MEETING_HEADS[lang]})", sub.text, re.IGNORECASE)  # "Genomgång av avtalet"
                                     or (not _light(phrases[0].text, lang)  # "onze call" under "Re: Onze call over het jaarplan"
                                         and re.search(rf"\b(?:{lx.MEETING_HEADS[lang]})[ \t]+(?:{_ABOUT_PLAIN[lang]})[ \t]+$", subject[:sub.start], re.IGNORECASE)))
        return sub if named else phrases[0]  # ... or what the subject's meeting is about ("Möte om årsbokslutet")
    if phrases and not _generic(phrases[0].text):
        first = phrases[0]
        if _bare(first.text, lang) and subject:  # "notre revue" under "Objet : Revue trimestrielle": the subject says which
            sub = in_subject(subject, lang)
            if sub is not None and sub.text.casefold().split()[0] == _head(first.text):
                return sub
        if _bare(first.text, lang) and subject and _opens_with(subject, _head(first.text)):
            return first  # "Lunch nästa vecka?" over "Ska vi äta lunch ... och prata om X": the subject names it as the body does
        if _bare(first.text, lang):  # "on se voit ... pour parler du stand au salon de Lille ? ... au café": the topic says more
            said = in_body(text, start, end, lang, times)
            # ... but "un café pour parler de X" is named by its get-together noun; "go over the plans ... a coffee after" is not
            if said is not None and not (_get_together(text, first, lang) and said.start > first.start):
                return said
        if lang is Language.en and (pack := _PACKAGE_AFTER.match(text, first.end)):
            return Topic(text[first.start:pack.end()], first.start, pack.end(), first.source, first.confidence)  # "the coaching package"
        return first
    # "our call" says only that there is a meeting: what it is about, when the message says so, says more
    return in_body(text, start, end, lang, times) or (subject and in_subject(subject, lang)) or (phrases[0] if phrases else None) \
        or governed(text, start, end, lang, times)


_SERVICE_PLUS = re.compile(r"(?<![\w'’])([^\W\d_][\w-]*)[ \t]?\+[ \t]?(?=[^\W\d_])")
_PLUS_SIDE = re.compile(r"[ \t]?\+[ \t]?([^\W\d_][\w-]*)(?:[ \t]+([^\W\d_][\w-]*))?")


def _service_word(text: str, w: str, at: int, lang: Language, times: Sequence[TimeSpan]) -> bool:
    return _plain_word(w, lang) and not any(t.start <= at < t.end for t in times) and w.lower() not in _CALENDAR


def _plus_end(text: str, pos: int, end: int, lang: Language, times: Sequence[TimeSpan]) -> int | None:
    """Where the service after a "+" ends ("+ baard trimmen | gaat niet lukken"): a word or two, up to a clause word."""
    m = _PLUS_SIDE.match(text, pos, end)
    if m is None or not _service_word(text, m.group(1), m.start(1), lang, times):
        return None
    if m.group(2) and _service_word(text, m.group(2), m.start(2), lang, times) \
            and not re.fullmatch(lx.TRAILING_VERBS.get(lang, "(?!)"), m.group(2), re.IGNORECASE):
        return m.end(2)
    return m.end(1)


def joined_services(text: str, start: int, end: int, lang: Language, times: Sequence[TimeSpan],
                    found: Topic | None = None) -> Topic | None:
    """Services booked together, written with "+" ("knippen + baard trimmen", "coupe + couleur", "cut + blow-dry"):
    what the appointment is for. With `found`, the phrase read so far goes on over a "+" right after it ("my cut |
    + blow-dry"); else the first pair in the words, when they name no meeting noun."""
    if found is not None:  # "my cut | + blow-dry", "taglio + | piega"
        a, b = found.start, _plus_end(text, found.end, end, lang, times) or found.end
        left = re.search(r"([^\W\d_][\w-]*)[ \t]?\+[ \t]?$", text[max(start, a - 30):a])
        if left and _service_word(text, left.group(1), a - len(left.group(0)), lang, times):
            a -= len(left.group(0))
        return Topic(text[a:b], a, b, found.source, found.confidence) if (a, b) != (found.start, found.end) else found
    for m in _SERVICE_PLUS.finditer(text, start, end):
        b = _plus_end(text, m.end(1), end, lang, times)
        if b is None or not _service_word(text, m.group(1), m.start(1), lang, times):
            continue
        a = m.start(1)
        prev = re.search(r"([^\W\d_][\w-]*)[ \t]+$", text[max(start, a - 30):a])
        if prev and _service_word(text, prev.group(1), a - len(prev.group(0)), lang, times) and prev.group(1)[0].islower() \
                and not re.fullmatch(lx.DETERMINERS[lang], prev.group(1), re.IGNORECASE):
            a -= len(prev.group(0))  # "brushing + coupe": one plain word before it too
        return Topic(text[a:b], a, b, "body", 0.5)
    return None


# What stands between a meeting's noun phrase and its time: "… on Thursday", ", le samedi 16", " di venerdì", " van
# vrijdag", " på torsdag", " (…": nothing else.
_ONTO = {lang: re.compile(rf"[ \t\n]*,?[ \t\n]*(?:(?:{lx.ANCHOR_LINK[lang]}|{lx.ANCHOR_WEAK[lang]})[ \t\n]*)?"
                          rf"(?:(?:the|le|la|il|den|de)[ \t\n]+)?", re.IGNORECASE) for lang in Language}


# The verbs of inviting to or organising an event, with what stands between them and its noun.
_HOSTED = {lang: re.compile(rx + r"[ \t]*$", re.IGNORECASE) for lang, rx in {
    Language.en: r"\b(?:invite|inviting|invited)[ \t]+(?:you|all of you|your \w+)[ \t]+(?:to|for)[ \t]+(?:the|our|a|an)?|\b(?:organi[sz]ing|organi[sz]e|hosting|we(?:'re| are) holding|planning|arranging)[ \t]+(?:a|an|the|our)",
    Language.fr: r"\b(?:invit\w+|convier|convions)[ \t]+(?:à|au|aux|pour)(?:[ \t]+(?:la|le|les|notre|nos|un|une)|[ \t]*l['’])?|\b(?:organis\w+|nous préparons)[ \t]+(?:un|une|la|le|notre)",
    Language.it: r"\b(?:invitar\w*|invitiamo|invitata|invitato)[ \t]+(?:a|al|alla|ai|alle|all['’])(?:[ \t]+(?:nostro|nostra))?|\b(?:organizzando|organizziamo|organizzare|stiamo preparando)[ \t]+(?:un|una|il|la|l['’]|un['’])",
    Language.nl: r"\b(?:uit(?:nodigen|nodiging|genodigd)|nodigen (?:u|je|jou|jullie) (?:graag )?uit)[ \t]+(?:voor|op|bij)(?:[ \t]+(?:de|het|onze|ons|een))?|\b(?:organiseren|organiseert|organiseer|we houden)[ \t]+(?:een|de|het|onze|ons)",
    Language.sv: r"\b(?:bjuda in (?:dig|er)|bjuder in (?:dig|er)|inbjudan|inbjuden|inbjudna)[ \t]+(?:till|på)(?:[ \t]+(?:vår|vårt|en|ett))?|\b(?:anordnar|ordnar|arrangerar|planerar)[ \t]+(?:en|ett|vår|vårt)",
}.items()}


def _aside(text: str, p: Topic) -> bool:
    """A meeting noun alone in brackets is the client's aside, why they cannot come ("(bestuursvergadering)",
    "(board meeting)"), not the meeting the message is about."""
    return bool(re.search(r"\([ \t]*(?:[^\W\d_][\w'’-]*[ \t]+){0,2}$", text[max(0, p.start - 30):p.start])) \
        and bool(re.match(r"[ \t]*\)", text[p.end:]))


_BEFORE_AFTER = r"(?:vóór|voor|before|ahead|avant|prima|före|innan|inför|tijdens|na|after|après|dopo|efter|ahead)\b"


_NEW_SUBJECT_CLAUSE = re.compile(r",[ \t]+(?:vi|jag|ni|de|han|hon|we|wij|ik|jullie|zij|hij)\b", re.IGNORECASE)


def _not_the_meeting(text: str, p: Topic, end: int, lang: Language) -> bool:
    """A meeting noun that names something else here: what is quoted, billed or sent ("votre devis de formation",
    "send the presentation", "de presentatie ... doormailen") or an earlier event ("last year's assessment",
    "de presentatie van vorige keer")."""
    before = text[max(0, p.start - 40):p.start]
    if _AGENDA_ITEM.search(text, p.start, min(len(text), p.end + 12)):
        return True  # "per il punto 3 (statuto)", "item 4 on the agenda": an item of the meeting's agenda
    if re.search(rf"\b(?:{lx.DOCUMENT_NOUNS[lang]})[ \t]+(?:{lx.COMPLEMENT_LINKS[lang]}|{lx.PURPOSE_LINKS[lang]})(?:[ \t]+|(?<=['’]))"
                 rf"(?:(?:{lx.DETERMINERS[lang]})(?:[ \t]+|(?<=['’])))?$", before, re.IGNORECASE):
        return True
    if re.search(rf"\b(?:{lx.SEND_VERBS[lang]})[ \t]+(?:(?!{_BEFORE_AFTER})\w+[ \t]+)?(?:(?:{lx.DETERMINERS[lang]})(?:[ \t]+|(?<=['’])))?$", before, re.IGNORECASE):
        return True
    if re.search(rf"\b(?:{lx.PAST_EVENT_BEFORE[lang]})[ \t]+$", before, re.IGNORECASE):
        return True
    clause = re.match(r"[^.!?\n;:]{0,60}", text[p.end:end]).group(0)
    if re.match(rf"[ \t]*(?:{lx.PAST_EVENT_AFTER[lang]})\b", clause, re.IGNORECASE):
        return True
    clause = _NEW_SUBJECT_CLAUSE.split(clause, maxsplit=1)[0]  # "en fika …, vi funderar på att skicka hela säljteamet": another clause
    return lang in (Language.nl, Language.sv) and bool(re.search(rf"\b(?:{lx.SEND_VERBS[lang]})\b", clause, re.IGNORECASE)) \
        and not re.search(rf"\b(?:{lx.MEETING_HEADS[lang]})\b", clause, re.IGNORECASE)


def _purpose_of_plain(text: str, p: Topic, lang: Language) -> Topic:
    """A plain appointment with what it is for ("l'appuntamento per la revisione del bilancio", "the appointment for
    the roof survey"): the purpose names the meeting, the plain noun only says there is one."""
    m = re.match(rf"(?:(?:{lx.DETERMINERS[lang]})(?:[ \t]+|(?<=['’])))?([^\s'’]+)[ \t]+(?:{lx.PURPOSE_LINKS[lang]})[ \t]+(?=\S)", p.text, re.IGNORECASE)
    if m is None or m.group(1).casefold() not in lx.GENERIC_SUBJECT_WORDS:
        return p
    if re.match(rf"(?:(?:{lx.DETERMINERS[lang]}|{lx.OWN_SIDE[lang]})[ \t]+)*(?:{_KIN}|{_GROUP})\b", p.text[m.end():], re.IGNORECASE):
        return Topic(p.text[:m.end(1)], p.start, p.start + m.end(1), p.source, p.confidence)  # "rendez-vous pour mon fils": who it is for
    return Topic(p.text[m.end():], p.start + m.end(), p.end, p.source, p.confidence)


# The verbs whose object is the meeting: cancelling, moving, booking, missing it.
_GOVERNING = {
    Language.en: r"cancel(?:l?ed|l?ing)?|call off|move|moving|reschedule|postpone|push back|book(?:ed|ing)?|miss(?:ed)?|(?:show|turn) up (?:for|to)|make it to|proceed with|go ahead with"
                 r"|come to|(?:i |we )?(?:can )?confirm|(?:a |some )?(?:problem|problems|trouble|issue|hitch) with",
    Language.fr: r"annul(?:er|é|ée|ons)|décal(?:er|ons)|report(?:er|ons)|déplac(?:er|ons)|réserv(?:er|é)|manqu(?:é|er)|rat(?:é|er)|donner suite à|maintenir"
                 r"|venir (?:à|au)|(?:je |nous )?confirm(?:e|ons|er)|(?:un |des )?(?:souci|soucis|problème|problèmes|contretemps) (?:avec|pour)",
    Language.it: r"annulla(?:re|to|ta|re la|re il)?|disdi(?:re|co)|sposta(?:re|to|ta|mo)|rimanda(?:re|to|ta|mo)|prenota(?:re|to|ta)|perso|procedere con"
                 r"|venire (?:a|al|alla|all['’])|conferm(?:o|iamo|are)|(?:un |dei )?(?:problema|problemi|intoppo|contrattempo) (?:con|per)",
    Language.nl: r"afzeggen|afgezegd|annuleren|geannuleerd|verzetten|verplaatsen|verschuiven|boeken|geboekt|gemist|missen|(?:opdagen|gekomen|komen|geraakt) (?:voor|op|naar)|doorgaan met"
                 r"|(?:ik |wij |we )?bevestig(?:en)?|(?:een |wat )?(?:probleem|problemen|gedoe) (?:met|rond)",
    Language.sv: r"avboka|avbokar|ställa in|ställer in|flytta|flyttar|skjuta upp|boka om|boka|bokat|missade|missat|genomföra|gå vidare med"
                 r"|komma (?:på|till)|bekräftar|bekräfta|(?:lite )?(?:krångel|strul|problem|trassel) med",
}


_MANNER = {lang: re.compile(rx, re.IGNORECASE) for lang, rx in {
    Language.en: r"(?:on|at|with) (?:such |very )?short notice|(?:at )?the last minute|last[- ]minute",
    Language.fr: r"(?:à la dernière minute|au dernier moment|(?:dans un|avec un|à) (?:si )?court délai|tardivement)",
    Language.it: r"(?:all['’]ultimo (?:minuto|momento)|con (?:così )?poco preavviso|con breve preavviso)",
    Language.nl: r"(?:op het laatste moment|last[- ]minute|op (?:zo'n )?korte termijn|kort van tevoren)",
    Language.sv: r"(?:i sista (?:minuten|stund)|med (?:så )?kort varsel|sent)(?![\w])",
}.items()}


# What one confirms or books besides a meeting: one's coming, a receipt, a seat ("je confirme ma présence à ...").
_ATTENDING = (r"attendance|participation|presence|receipt|registration|booking|reservation|seat|seats|présence|inscription|réception|"
              r"réservation|place|places|partecipazione|presenza|ricezione|iscrizione|prenotazione|posto|posti|deelname|aanwezigheid|"
              r"ontvangst|inschrijving|reservering|plaats|plaatsen|närvaro|deltagande|medverkan|anmälan|mottagandet|bokningen|platsen|platser|"
              r"att|that|que|che|dat|of|if|whether|si|se|om")


def governed(text: str, start: int, end: int, lang: Language, times: Sequence[TimeSpan]) -> Topic | None:
    """When no meeting noun is known: the thing the client cancels, moves, books or missed ("cancel the team
    photoshoot on Friday", "avboka massagen"), its determiner and up to four words, up to a time or a clause word."""
    verb = re.compile(rf"\b(?:{_GOVERNING[lang]})[ \t]+", re.IGNORECASE)
    stop = re.compile(_STOP[lang], re.IGNORECASE)
    for m in verb.finditer(text, start, end):
        s = m.end()
        words = list(re.finditer(r"[^\s.,;:!?()\"«»\n–—]+", text[s:min(end, s + 80)]))
        e, n = s, 0
        for w in words:
            ws, we = s + w.start(), s + w.end()
            if text[e:ws].strip() or "\n" in text[e:ws] or any(t.start <= ws < t.end for t in times) or not re.search(r"[^\W\d_]", w.group(0)):
                break
            if not n and re.fullmatch(rf"{lx.COMPLEMENT_STOP[lang]}|{lx.COMPLEMENT_LINKS[lang]}|{lx.PURPOSE_LINKS[lang]}", w.group(0), re.IGNORECASE):
                break  # "avboka med kort varsel", "cancel at short notice": how, not what
            if not n and re.fullmatch(r"(?i:piuttosto|invece|plutôt|rather|instead|liever|eerder|hellre|istället)", w.group(0)):
                break  # "spostare piuttosto a lunedì": where to, not what
            if n and (stop.match(text, ws - 1) or w.group(0).lower() in _CALENDAR or _MANNER[lang].match(text, ws)
                      or re.fullmatch(_APPROX, w.group(0), re.IGNORECASE)):
                break  # "cancel a session on short notice": how it is cancelled is no part of what
            e, n = we, n + 1
            if n >= 5:
                break
        seg = text[s:e]
        link = rf"(?:{lx.PURPOSE_LINKS[lang]}|{lx.COMPLEMENT_LINKS[lang]}|{lx.DETERMINERS[lang]}|i|in|a|à|på|op|en|den|det|il|le|la)"
        first = re.match(rf"(?:[^\s]+[ \t]+)??(?:{lx.PURPOSE_LINKS[lang]})[ \t]+", seg, re.IGNORECASE)
        if first and first.end() < len(seg):  # "boka er för en kickoff-föreläsning": what it is booked for
            s, seg = s + first.end(), seg[first.end():]
        while (last := re.search(r"[ \t]+([^\s]+)$", seg)) and (re.fullmatch(link, last.group(1), re.IGNORECASE) or last.group(1).lower() in lx.FUNCTION_WORDS):
            seg = seg[:last.start()]  # "massagen den", "kickoff-föreläsning i": a dangling word goes
        arts = "|".join(re.escape(a) for a in sorted(lx.LEADING_ARTICLES[lang], key=len, reverse=True))
        lead = re.match(rf"(?:{arts})(?:[ \t]+|(?<=['’]))", seg, re.IGNORECASE)
        if lead and lead.end() < len(seg):
            s, seg = s + lead.end(), seg[lead.end():]
        content = [w for w in re.findall(r"[^\W\d_][\w'’-]*", seg) if w.lower() not in lx.FUNCTION_WORDS
                   and not re.fullmatch(lx.DETERMINERS[lang], w, re.IGNORECASE)]
        if content and re.fullmatch(_ATTENDING, content[0], re.IGNORECASE):
            continue  # "confermo la partecipazione al tavolo tecnico": one's coming is confirmed, the meeting is named after it
        if content and len(seg) >= 3 and not re.fullmatch(r"(?i:it|this|that|ça|cela|lo|la|het|dat|det|den|it all)", seg.strip()) \
                and not _NEW_SLOT.fullmatch(seg.strip()):  # "Kan jag boka en ny tid?": a time still to find
            return Topic(seg, s, s + len(seg), "body", 0.5)
    return None


_LIGHT = {lang: re.compile(rf"(?<![\w-])(?:{rx})$", re.IGNORECASE) for lang, rx in lx.LIGHT_HEADS.items()}


_PLACE_BEFORE = re.compile(r"(?:\b(?:au|à la|at the|in the|al|nel|nella|in het|op het|på)|\bin de)[ \t]+$", re.IGNORECASE)


def _light(head_text: str, lang: Language) -> bool:
    """Whether a phrase ends on a get-together noun ("un café", "onze call"), which names the meeting by itself."""
    return bool(_LIGHT[lang].search(head_text.rstrip()))


_CAFE = re.compile(r"(?:café|caffè|bar|pub|coffee shop|kafé|kafét)(?![\w])", re.IGNORECASE)  # nouns that are also places


def _a_place(text: str, p: Topic, lang: Language) -> bool:
    """"On peut faire ça au café d'en bas": a café (bar, pub) named as where to meet, not what the meeting is."""
    return p.source == "body" and bool(_CAFE.match(p.text)) and bool(_PLACE_BEFORE.search(text, max(0, p.start - 12), p.start))


def _get_together(text: str, p: Topic, lang: Language) -> bool:
    """A get-together noun said as one ("un café", "en fika"), not as the place of another ("faire ça au café")."""
    return _light(p.text, lang) and not (_CAFE.match(p.text) and _a_place(text, p, lang))


_HEADS = {lang: re.compile(rf"(?:{rx})", re.IGNORECASE) for lang, rx in lx.MEETING_HEADS.items()}


def names_a_meeting(phrase: str, lang: Language) -> bool:
    """Whether a phrase holds a meeting noun ("la visio", "uppföljningsmötet"), not only a topic ("les conventions")."""
    return bool(_HEADS[lang].search(phrase))


def _bare(phrase: str, lang: Language) -> bool:
    """A meeting noun alone ("revue", "the call"): it says there is a meeting, not which one."""
    return bool(re.fullmatch(rf"(?:(?:{lx.DETERMINERS[lang]})[ \t]+|[lL]['’])?[^\s'’]+", phrase, re.IGNORECASE))


# Re:, Fwd:, Invitation: and their kin, longest first (a subject's prefixes, skipped before reading it).
_SUBJECT_PREFIXES = "|".join(re.escape(p) for p in sorted(lx.REPLY_PREFIXES + lx.OTHER_PREFIXES, key=len, reverse=True))
_PREFIX_RUN = re.compile(rf"^(?:\s*(?:\[[^\]]*\]\s*)?(?:{_SUBJECT_PREFIXES})\s?(?:\[\d+\])?\s?:\s*)*", re.IGNORECASE)


def _opens_with(subject: str, word: str) -> bool:
    """Whether the subject, past its Re:/Fwd: prefixes, starts with this word."""
    return bool(re.match(rf"(?:\s*(?:{_SUBJECT_PREFIXES})\s?:\s*)*{re.escape(word)}(?![\w])", subject, re.IGNORECASE))


def _head(phrase: str) -> str:
    """The last word of a phrase, without an elided article ("l'audit" -> "audit")."""
    return phrase.split()[-1].split("'")[-1].split("’")[-1].casefold()


def _generic(phrase: str) -> bool:
    words = [w.lower().strip(".,!?'’") for w in re.findall(r"[^\s'’]+", phrase)]
    return all(w in lx.GENERIC_SUBJECT_WORDS or re.fullmatch(r"(?:l|un|d)", w) for w in words if w)


_SUBJECT_APOLOGY = (r"(?:so |very |really )?(?:sorry|apologies|my apologies|oops|förlåt|ursäkta|förlåt förlåt|pardon|désolée?|excuses?|"
                    r"mes excuses|scuse|scusa|scusate|mi scusi|sorry sorry|excuses|mijn excuses|het spijt me)"
                    # "Scuse per ieri", "Sorry about this morning", "Excuses voor gisteren": an apology for a day names no meeting
                    r"(?:[ \t]+(?:for|about|pour|de|per|voor|van|för|om)[ \t]+(?:yesterday|this morning|today|earlier|last night|hier|ce matin|"
                    r"aujourd['’]hui|tout à l['’]heure|ieri|stamattina|oggi|prima|gisteren|vanochtend|vanmorgen|vandaag|igår|i går|i morse|i dag|idag))?"
                    r"[\s!.…🙈😩🙏]*")


# a reply's own word for what it does ("Återbud idag", "Annulation", "Afmelding"), alone or with a day: not the meeting
_REPLY_WORD = re.compile(r"[ \t]*(?:återbud|avbokning|avbud|annulation|annulering|annulatie|afmelding|afzegging|disdetta|annullamento|"
                         r"cancellation|cancelled|canceled|absence|assenza|afwezigheid|frånvaro)(?![\w])[ \t,:–—-]*", re.IGNORECASE)


def _reply_word_only(rest: str, lang: Language) -> bool:
    m = _REPLY_WORD.match(rest)
    if m is None:
        return False
    tail = rest[m.end():].strip(" \t!.…")
    return not tail or any(t.start == 0 and t.end >= len(tail) for t in find_times(tail, lang))

# "Coaching session – new time?": a question after a dash, asked of the meeting named before it
_QUESTION_AFTER_DASH = re.compile(r"[ \t]+[–—-][ \t]+[^–—\n]*\?[\s?!]*$")
# "Kick-off – new intranet", "Revisione – piattaforma pagamenti": what the meeting is about, after a dash
_DASH_TOPIC = re.compile(r"[ \t]+[–—-][ \t]+([^\W\d][\w'’&./-]*(?:[ \t]+[\w'’&./-]+){0,3})[ \t]*$")


def _with_dash_topic(subject: str, inner: Topic, end: int, lang: Language) -> Topic:
    """A one-word meeting noun that opens the subject ("Kick-off – new intranet"), with the few words after a dash that
    say what it is about; a longer first part ("Essai du menu – mariage Inès & Karim") says it on its own."""
    m = _DASH_TOPIC.match(subject[inner.end:end])
    if m is None or " " in inner.text.strip() or not re.search(rf"(?:{lx.MEETING_NOUNS[lang]})$", inner.text, re.IGNORECASE) or find_times(m.group(1), lang) or re.search(lx.SUBJECT_NOT_MEETING, m.group(1), re.IGNORECASE) \
            or re.search(rf"\b(?:{lx.SUBJECT_TYPE_WORDS})\b", m.group(1), re.IGNORECASE):
        return inner
    stop = inner.end + m.end(1)
    return Topic(subject[inner.start:stop], inner.start, stop, inner.source, inner.confidence)


def in_subject(subject: str | None, lang: Language, *, plain_ok: bool = False) -> Topic | None:
    """The subject without Re:/Fwd:/Invitation: prefixes and calendar tails, unless it names no topic; with `plain_ok`,
    also a plain meeting ("Re: il nostro appuntamento del martedì"), the last resort when the words name none."""
    if not subject:
        return None
    m = _PREFIX_RUN.match(subject)
    s = m.end() if m else 0
    if (kind := re.match(rf"(?:{lx.SUBJECT_TYPE_WORDS})(?:[ \t]*[:–—-][ \t]*|[ \t]+)(?=\S)", subject[s:], re.IGNORECASE)):
        s += kind.end()  # "Uitnodiging bewonersavond", "Missade förrättningen": the kind of message is not the meeting
        plain = re.match(rf"(?:{lx.MEETING_NOUNS[lang]})[ \t]+(?=[a-zà-ÿåäö])", subject[s:], re.IGNORECASE)
        if plain and not re.match(rf"(?:{lx.COMPLEMENT_LINKS[lang]}|{lx.ABOUT_WORDS[lang]}|{lx.PURPOSE_LINKS[lang]})\b", subject[s + plain.end():], re.IGNORECASE):
            s += plain.end()  # "Gemiste afspraak onderhoud cv-ketel": the plain noun before the named meeting says no more
    e = len(subject)
    asked = _QUESTION_AFTER_DASH.search(subject, s)
    if asked and (re.search(rf"(?:{lx.MEETING_HEADS[lang]})$", subject[s:asked.start()].rstrip(), re.IGNORECASE)
                  or re.match(rf"(?:{lx.MEETING_HEADS[lang]})[ \t]", subject[s:asked.start()], re.IGNORECASE)):
        e = asked.start()  # "Coaching session – new time?": the question is asked of the meeting the first part names
    if _reply_word_only(subject[s:e], lang):
        return None  # "Annulation", "Afmelding": the reply's word for what it does names no meeting
    if re.fullmatch(_SUBJECT_APOLOGY, subject[s:e].strip(), re.IGNORECASE):
        return None  # "Förlåt!!", "Sorry!", "Scuse", "Excuses": an apology names no meeting
    if re.search(lx.SUBJECT_NOT_MEETING, subject[s:e].strip(), re.IGNORECASE):
        return None  # "Question about late cancellation fee", "Vraag over factuur november": a question, not a meeting
    at = re.search(r"\s@\s|\s\(\s*[A-Z]{2,5}\s*\)|\s\|\s", subject[s:e])
    if at:
        e = s + at.start()
    times = find_times(subject[s:e], lang)
    shifted = [TimeSpan(t.text, t.start + s, t.end + s, t.resolved, t.has_day, t.has_clock) for t in times]
    inner = in_body(subject, s, e, lang, shifted, source="subject", confidence=0.65)  # "Möte om årsbokslutet"
    if inner is not None:
        return inner
    # the longest part between separators and times that says something
    cuts, prev = [], s
    for t in times:  # the parts between the times
        cuts.append((prev, s + t.start))
        prev = s + t.end
    cuts.append((prev, e))
    pieces: list[tuple[int, int]] = []
    for a, b in cuts:
        prev = a
        for sep in re.finditer(r"\s[-–—:/]\s|:\s|\s[-–—]\s?", subject[a:b]):
            pieces.append((prev, a + sep.start()))
            prev = a + sep.end()
        pieces.append((prev, b))
    best = plain = None
    pieces = [(a + (len(subject[a:b]) - len(re.sub(r"^\s*['’]s\b\s*", "", subject[a:b]))), b) for a, b in pieces]  # "Today's call"
    for a, b in pieces:
        found = _trim(subject, a, b, lang, (), "subject", 0.6)
        if found is None:
            continue
        words = [w.lower().strip(".,!?'’") for w in re.findall(r"[^\s]+", found.text)]
        content = [w for w in words if w and w not in lx.GENERIC_SUBJECT_WORDS and not w.isdigit()]
        if not content and plain is None and re.match(rf"(?:{lx.MEETING_HEADS[lang]})\b", found.text, re.IGNORECASE):
            plain = Topic(found.text, found.start, found.end, "subject", 0.4)  # "Re: il nostro appuntamento del martedì"
        if not content or re.search(r"\b(?:invitation|invite|invito|uitnodiging|inbjudan|reminder|rappel|promemoria|herinnering|påminnelse)$",
                                    found.text, re.IGNORECASE):
            continue  # "Panel invitation – ASEAN Supply Chain Forum": the part that says it is an invitation names no meeting
        if best is None:  # "Essai du menu – mariage Inès & Karim": the first part that says something names the meeting;
            best = _with_dash_topic(subject, found, e, lang)  # what follows a dash is what it is for or where
    return best or (plain_ok and plain) or None


def _trim(text: str, s: int, e: int, lang: Language, times: Sequence[TimeSpan], source: str, conf: float) -> Topic | None:
    for t in times:
        if s <= t.start < e:
            e = t.start
    stop = re.search(_STOP[lang], text[s:e], re.IGNORECASE)
    if stop and source == "body" and stop.start() > 0:
        e = s + stop.start()
    clause = re.search(rf"\s(?:{lx.COMPLEMENT_STOP[lang]})(?![\w'’])", text[s:e], re.IGNORECASE)
    if clause and source == "body" and lang in (Language.nl, Language.sv) and clause.start() > 0:
        e = s + clause.start()  # "het leiderschapstraject helaas niet door kan"
    # no more than ten words
    words = list(re.finditer(r"\S+", text[s:e]))
    if len(words) > 10:
        e = s + words[9].end()
    # leading articles and trailing connectors and punctuation go
    arts = "|".join(re.escape(a) for a in sorted(lx.LEADING_ARTICLES[lang], key=len, reverse=True))
    while True:
        m = re.match(rf"\s*(?:{arts})(?:\s+|(?<=['’]))", text[s:e], re.IGNORECASE)
        if not m or m.end() >= e - s:
            break
        s += m.end()
    seg = text[s:e]
    s += len(seg) - len(seg.lstrip())
    seg = text[s:e].rstrip(" \t-–—,;:")
    e = s + len(seg)
    if lang is Language.nl and source == "body":  # "mijn ontwikkelplan inhalen": the clause's verb is not the topic
        last = re.search(r"(\S+)[ \t]+([a-z]+en)$", text[s:e])
        if last and not re.fullmatch(rf"(?:{lx.DETERMINERS[lang]}|{lx.COMPLEMENT_LINKS[lang]})", last.group(1), re.IGNORECASE) \
                and not re.fullmatch(r"[a-z]{3,}e", last.group(1)):  # "de nieuwe kassasystemen": a noun after its adjective
            e = s + last.start(2) - 1
    verbs = re.search(rf"\s+(?:{lx.TRAILING_VERBS[lang]})\s*$", text[s:e], re.IGNORECASE)
    if verbs:
        e = s + verbs.start()
    while True:
        m = re.search(r"\s+(?:on|at|for|to|of|in|de|du|des|à|le|la|di|del|della|in|op|om|van|voor|på|för|i|och|and|et|e|en)$", text[s:e], re.IGNORECASE)
        if not m:
            break
        e = s + m.start()
    if len(text[s:e].strip()) < 3 or not re.search(r"[^\W\d_]", text[s:e]) or _NEW_SLOT.fullmatch(text[s:e].strip()):
        return None
    return Topic(text[s:e], s, e, source, conf)


_POST_ADJECTIVE = re.compile(  # "un point téléphonique", "la revue trimestrielle", "la riunione mensile"
    r"[a-zà-ÿ]+(?:el|elle|al|ale|ales|aux|aire|ique|ien|ienne|if|ive|uel|uelle|ier|ière|ée|ile|ivo|iva|ico|ica|ato|ata|"
    r"ario|aria|ale|ali|ici|iche|ivi|ive|ati|ate|nnuel|nnuelle|estriel|estrielle|estrale|oire|oires|orio|oria|ori)")
_OBJECT_PRONOUN = r"(?:you|us|me|him|them|vous|toi|nous|moi|eux|te|voi|noi|lei|loro|jou|jullie|mij|hem|dig|oss|mig|honom|henne|dem)(?![\w'’])"
_CALENDAR = {w for t in (*WEEKDAY_NAMES.values(), *MONTH_NAMES.values()) for w in t} | {
    "yesterday", "today", "tomorrow", "tonight", "hier", "demain", "aujourd'hui", "ieri", "oggi", "domani", "stamattina",
    "stasera", "gisteren", "vandaag", "morgen", "vanavond", "vanmiddag", "igår", "idag", "imorgon", "ikväll"}
_ELIDED = re.compile(r"(?:l|un|quest|dell|nell|sull|all|dall)['’]$", re.IGNORECASE)


# A link that makes a bare noun qualify the noun before it ("dépenses de formation", "moduli di formazione", "cost of
# training", "kosten van opleiding"); Dutch "de" and Swedish "en" are articles, not links.
_QUALIFYING_LINK = {Language.fr: r"(?:de|d['’])", Language.it: r"(?:di)", Language.en: r"(?:of)", Language.nl: r"(?:van)",
                    Language.sv: r"(?!x)x"}


# How a meeting is held, said with a bare noun: "en visio", "par téléphone", "in videochiamata", "by video call", "per telefoon".
_MODE_LINK = {Language.fr: r"(?:en|par)", Language.it: r"(?:in|per|via)", Language.en: r"(?:by|via|over)", Language.nl: r"(?:per|via)",
              Language.sv: r"(?:via|per)"}


def noun_phrase(text: str, start: int, end: int, lang: Language, times: Sequence[TimeSpan]) -> Topic | None:
    """The first phrase naming the meeting (see `noun_phrases`)."""
    found = noun_phrases(text, start, end, lang, times)
    return found[0] if found else None


def noun_phrases(text: str, start: int, end: int, lang: Language, times: Sequence[TimeSpan], *, source: str = "body",
                 confidence: float = 0.7) -> list[Topic]:
    """The first phrase naming the meeting: its noun with what is said of it, "the data migration workshop",
    "la séance de coaching", "il punto sul sito e-commerce", "de presentatie van de auditresultaten",
    "uppföljningen av säljprocessen"; possessive and indefinite articles go, as in `in_body`."""
    heads = lx.MEETING_HEADS[lang]
    compound = r"[a-zà-ÿåäö-]*?" if lang in (Language.nl, Language.sv) else ""
    head_rx = re.compile(rf"(?<![\w-]){compound}(?:{heads})(?![\w-])", re.IGNORECASE)
    spans = [(t.start, t.end) for t in times]

    def in_time(pos: int) -> bool:
        return any(a <= pos < b for a, b in spans)

    out: list[Topic] = []
    for m in head_rx.finditer(text, start, end):
        hs, he = m.start(), m.end()
        if in_time(hs) or (out and hs < out[-1].end):
            continue
        if source == "body" and text[hs].isupper() and re.match(r"[ \t]+[A-ZÀ-ÖØ-Þ][\w&'’-]+", text[he:end]) \
                and not re.search(r"(?:^|[.!?:\n]|\n[ \t]*)[ \t]*$", text[max(start, hs - 3):hs]) \
                and (nm := re.match(r"[ \t]+(\S+)", text[he:end])) and nm.group(1).strip(".,;:!?").lower() not in _CALENDAR:
            continue  # "la SARL Atelier Brun", "Studio Rossi": a capitalised noun inside a name is no meeting
        if (link := re.search(rf"(?<![\w'’]){_QUALIFYING_LINK[lang]}[ \t]*$", text[max(start, hs - 4):hs], re.IGNORECASE)) \
                and not re.search(rf"(?:{heads})[ \t]+\S+[ \t]*$", text[max(start, hs - 60):hs], re.IGNORECASE) \
                and not re.search(rf"(?:{heads})[ \t]*$", text[max(start, hs - 40):max(start, hs - 4) + link.start()], re.IGNORECASE):
            continue  # "le gel des dépenses de formation", "i moduli di formazione": a noun qualifying another, no meeting
        if re.search(rf"(?<![\w'’]){_MODE_LINK[lang]}[ \t]+(?:(?:video|vidéo|tele|phone|conference|zoom|teams)[ \t]+)?$", text[max(start, hs - 20):hs], re.IGNORECASE) \
                and not re.match(r"[ \t]+(?:about|on|sur|su|sul|sulla|over|om|du|de|del|della|van|av)\b", text[m.end():end], re.IGNORECASE):
            continue  # "à 14h30 en visio", "in videochiamata", "by video call", "per telefoon": how it is held, not what it is
        if _MEET_AT.match(text, hs) and re.search(r"(?:^|[.!?:\n])[ \t]*$", text[max(start, hs - 3):hs]):
            continue  # "Rendez-vous à l'accueil à 8h45", "Meet at reception": where to meet, not what the meeting is
        if _ROOM_BEFORE.search(text, max(start, hs - 12), hs) or _ROOM_AFTER.match(text, m.end()):
            continue  # "sala riunioni", "salle de réunion", "meeting room", "vergaderzaal": a room, not a meeting
        s = _phrase_start(text, start, hs, lang, in_time)
        if s is None:
            continue
        nxt = head_rx.match(text, re.match(r"[ \t]*", text[he:end]).end() + he) if he < end else None
        while nxt is not None and nxt.start() > he and not in_time(nxt.start()):  # "coaching sessions", "workshop series"
            he = nxt.end()
            nxt = head_rx.match(text, re.match(r"[ \t]*", text[he:end]).end() + he) if he < end else None
        e = _phrase_end(text, he, end, lang, times)
        for t in times:
            if s <= t.start < e:
                e = t.start
        seg = text[s:e].rstrip(" \t-–—,;:")
        while True:  # "la riunione di" before a time: the dangling link goes
            m2 = re.search(rf"[ \t]+(?:{lx.COMPLEMENT_LINKS[lang]}|{lx.DETERMINERS[lang]}|{lx.COMPLEMENT_STOP[lang]}|in|a|à|i|på|om|op|en|dans|nel|nella|tijdens|aan|bij|at|with|hos|presso|chez)$",
                           seg, re.IGNORECASE)
            if not m2:
                break
            seg = seg[:m2.start()]
        # the client's "our"/"a" goes (the reply names the meeting from the user's side); "la revue" stays as written
        arts = "|".join(re.escape(a) for a in sorted(lx.LEADING_ARTICLES[lang], key=len, reverse=True))
        lead = re.match(rf"(?:{arts})(?:[ \t]+|(?<=['’]))", seg, re.IGNORECASE)
        if lead and lead.end() < len(seg):
            s, seg = s + lead.end(), seg[lead.end():]
        praise = _PRAISE.match(seg)  # "en riktigt bra workshop om X", "a really great session": what the client thought of it
        if praise and praise.end() < len(seg):
            s, seg = s + praise.end(), seg[praise.end():]
        if len(seg.strip()) >= 3 and re.search(r"[^\W\d_]", seg):
            out.append(Topic(seg, s, s + len(seg), source, confidence))
    return out


# "about", "ca", "circa": a number of people or hours follows, never what a meeting is about.
_APPROX = r"about|around|approx\.?|approximately|environ|env\.?|circa|ca\.?|cirka|ungefär|omkring|ongeveer|zo'n|rond"
# A new slot asked for ("om en ny tid", "a new date", "un nouveau créneau"): a time still to find, not the meeting.
_NEW_SLOT = re.compile(
    r"(?:(?:a|an|une?|una?|een|en|ett|another|other|autre|altr[oa]|andere?|annan|annat)[ \t]+)?"
    r"(?:new|other|another|nouvelle|nouveau|autre|nuova|nuovo|altra|altro|nieuwe?|andere?|ny|nytt|annan|annat)[ \t]+"
    r"(?:time|date|day|slot|moment|times|dates|créneau|date|jour|horaire|data|orario|giorno|datum|tijd|tijdstip|dag|tid|datum|dag|tider)$",
    re.IGNORECASE)

_MEET_AT = re.compile(r"(?:rendez-vous|rdv|meeting point|ritrovo|appuntamento|verzamelen|samling)[ \t]+(?:à|au|aux|devant|at|in front of|alle|davanti|al|alla|bij|vid|utanför)\b",
                      re.IGNORECASE)
_ROOM_BEFORE = re.compile(r"\b(?:sala|salle(?: de)?|stanza|aula)[ \t]+$", re.IGNORECASE)
_ROOM_AFTER = re.compile(r"[ \t]*(?:rooms?|zaal|ruimte|rum(?:met)?|lokal(?:en)?)\b|(?<=[a-zåäö])(?:zaal|rum|rummet|lokalen)\b", re.IGNORECASE)
_PRAISE = re.compile(
    r"(?:(?:really|very|so|truly|vraiment|très|super|davvero|molto|proprio|echt|heel|erg|zeer|riktigt|väldigt|jätte|mycket)[ \t]+)?"
    r"(?:great|good|lovely|excellent|fantastic|wonderful|brilliant|useful|productive|helpful|inspiring|excellente?|bonne?|belle|"
    r"superbe|formidable|ottim[oa]|bell[oa]|splendid[oa]|utile|goede?|fijne?|leuke?|nuttige?|mooie?|geweldige?|inspirerende?|"
    r"bra|trevlig[at]?|givande|fin[at]?|härlig[at]?|lyckad[et]?|inspirerande)[ \t]+", re.IGNORECASE)


def _phrase_start(text: str, floor: int, hs: int, lang: Language, in_time: object) -> int | None:
    """Walk back from the meeting noun over modifiers to its determiner; None when the noun is not a noun here."""
    if _ELIDED.search(text[max(floor, hs - 6):hs]):  # "l'atelier", "un'ora", "all'appuntamento"
        art = _ELIDED.search(text[max(floor, hs - 6):hs])
        return max(floor, hs - 6) + art.start() if art and art.group(0).lower()[:-1] in ("l", "un", "quest") else hs
    pre = text[max(floor, hs - 80):hs]
    base = max(floor, hs - 80)
    tokens = list(re.finditer(r"[\w'’-]+|[^\w\s]", pre))
    det = re.compile(rf"(?:{lx.DETERMINERS[lang]})", re.IGNORECASE)
    mod = re.compile(rf"(?:{lx.PRE_MODIFIERS[lang]})", re.IGNORECASE)
    max_mods = 3 if lang in (Language.en, Language.nl, Language.sv) else 1
    s, mods = hs, 0
    # two-word determiners ("il nostro") are read as two tokens: the first one closes the walk
    owned_day = re.compile(rf"(?:{'|'.join(_CALENDAR)}|today|tomorrow|yesterday|tonight|week|month)['’]s", re.IGNORECASE)
    for tok in reversed(tokens):
        word = tok.group(0)
        if det.fullmatch(word):
            return base + tok.start()
        if lang is Language.en and (owned_day.fullmatch(word) or re.fullmatch(r"[^\W\d_]+['’]s", word)) and s < hs:
            return s  # "Thursday's data governance session", "Matty's maths tutoring session": a possessive closes the modifiers as an article would
        if word.lower() in lx.FUNCTION_WORDS or not word[0].isalpha() or mods >= max_mods or not mod.fullmatch(word) \
                or in_time(base + tok.start()):  # type: ignore[operator]
            return hs  # modifiers count only under a determiner ("the data migration workshop", not "avboka workshopen")
        s, mods = base + tok.start(), mods + 1
    return hs


# A name that opens with its own capitalised article ("résidence Les Tilleuls", "tennisclub De Wissel", "pub The Crown"):
# the article is part of the name, not the start of another phrase.
_NAMED_ARTICLE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’]*[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]+")


# Modal verbs open a clause ("il primo incontro | volevo chiedere"): never part of a meeting's name.
_MODALS = {"volevo", "vorrei", "potrei", "posso", "devo", "dovrei", "volevamo", "vorremmo", "potremmo", "voulais", "voudrais",
           "pourrais", "dois", "devrais", "peux", "wilde", "wou", "zou", "moet", "ville", "skulle", "måste", "wanted", "would",
           "could", "must", "vorrebbe", "vorrebbero", "desidera", "voudrait", "voudraient", "souhaite", "souhaiterait", "wil",
           "willen", "zouden", "vill", "vill gärna", "wants", "would like"}


def _plain_word(word: str, lang: Language) -> bool:
    w = word.lower()
    return not (w in lx.FUNCTION_WORDS or w in _MODALS or w in _CALENDAR or re.fullmatch(lx.COMPLEMENT_STOP[lang], w)
                or re.fullmatch(lx.COMPLEMENT_LINKS[lang], w) or re.fullmatch(lx.DETERMINERS[lang], w)
                or re.match(_STOP[lang], " " + w, re.IGNORECASE) or re.fullmatch(lx.MEETING_HEADS[lang], w))


# A proper name or code right after the meeting noun, up to punctuation: "Excel", "Sage Paie – module DSN", "ISO 9001"
_NAME_AFTER = re.compile(r"(?:[ \t]+(?:[A-ZÀ-ÖØ-Þ][\w&'’-]*|[A-Z]{2,}|\d[\d.]*)(?![\w]))+(?:[ \t]+[–—-][ \t]+(?:[a-zà-ÿ]+[ \t]+){0,2}(?:[A-Z]{2,}|[A-ZÀ-ÖØ-Þ][\w-]+|\d+))?"
                         r"(?=[ \t]*(?:[.,;:!?\n(]|$)|[ \t]+[a-zà-ÿ])")


_OF_WHOM = re.compile(r"(?:of|de|du|des|d['’]|di|del|della|dello|dei|degli|delle|van|av)", re.IGNORECASE)
_COMITATIVE = re.compile(r"[ \t]+(?:with|avec|con|met|med)[ \t]+", re.IGNORECASE)  # who or what a meeting is with
_NAME_AND = re.compile(r"and|et|e|en|och|&")  # between two capitalised words, inside one name
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-ZÀ-ÖØ-Þ]")


def _phrase_end(text: str, he: int, end: int, lang: Language, times: Sequence[TimeSpan]) -> int:
    """Past the noun: adjectives (French, Italian) and complements ("of X", "de X", "van X", "av X"), up to
    punctuation, a time, a clause word, and a dozen words."""
    e = he
    if lang in (Language.fr, Language.it):
        for _ in range(2):
            a = re.match(r"[ \t]+([a-zà-ÿ]+)", text[e:end])
            if not a or len(a.group(1)) < 5 or not _POST_ADJECTIVE.fullmatch(a.group(1)) or a.group(1) in lx.FUNCTION_WORDS \
                    or re.fullmatch(lx.EVENT_PARTICIPLES[lang], a.group(1), re.IGNORECASE) \
                    or re.fullmatch(lx.COMPLEMENT_LINKS[lang], a.group(1)):
                break
            e += a.end()
    if lang in (Language.fr, Language.it):  # "l'atelier photo produit de mardi", "la prova abito non ...": nouns in apposition
        two = re.match(r"[ \t]+([a-zà-ÿ-]{4,})(?:[ \t]+([a-zà-ÿ-]{4,}))?(?=[ \t]*(?:[.,;:!?\n]|$)|[ \t]+(?:non|ne|n'|pas|pour|per)\b)", text[e:end])  # "atelier cuisine bretonne | pour notre équipe"
        if two is None:
            two = re.match(r"[ \t]+([a-zà-ÿ-]{4,})[ \t]+([a-zà-ÿ-]{4,})(?=[ \t]+(?:de|di|del|della|le|il|la)[ \t]+)", text[e:end])
            if two is not None and not any(t.start == e + two.end() + len(re.match(r"[ \t]+\S+[ \t]+", text[e + two.end():end]).group(0))
                                           for t in times):
                two = None
        if two is not None and all(w is None or (_plain_word(w, lang) and not re.fullmatch(lx.EVENT_PARTICIPLES[lang], w, re.IGNORECASE)
                                                 and not re.fullmatch(_STOP[lang].removeprefix(r"\s"), w, re.IGNORECASE)) for w in two.groups()):
            e += two.end()
    if lang is not Language.en and e == he and (pn := _NAME_AFTER.match(text, e, end)) \
            and not any(w.lower() in _CALENDAR for w in re.findall(r"[\w-]+", pn.group(0))):
        e = pn.end()  # "de opleiding Excel,", "la formation Sage Paie – module DSN", "de interne audit ISO 9001": a name in apposition
        tails = []
        pos = e
        for _ in range(2):  # "Excel avancé", "Power BI niveau 2": what follows the name, up to punctuation, a time or a participle
            w = re.match(r"[ \t]+([a-zà-ÿ]{3,}|\d+)", text[pos:end])
            if not w or not _plain_word(w.group(1), lang) or re.fullmatch(lx.EVENT_PARTICIPLES[lang], w.group(1), re.IGNORECASE):
                break
            pos += w.end()
            tails.append(pos)
        for cut in reversed(tails):
            rest = text[cut:end]
            nxt = re.match(r"[ \t]+([\w'’]+)", rest)
            lk = re.match(rf"[ \t]+(?:(?:{lx.COMPLEMENT_LINKS[lang]})[ \t]+)?(?:(?:{lx.DETERMINERS[lang]})[ \t]+)?", rest, re.IGNORECASE)
            if re.match(r"[ \t]*(?:[.,;:!?\n(]|$)", rest) or (nxt and re.fullmatch(lx.EVENT_PARTICIPLES[lang], nxt.group(1), re.IGNORECASE)) \
                    or (lk and any(t.start == cut + lk.end() for t in times)):
                e = cut
                break
    if e == he and (q := re.match(r"[ \t]*(?:«[ \t\u00a0]*[^»\n]{2,60}?[ \t\u00a0]*»|“[^”\n]{2,60}”|\"[^\"\n]{2,60}\")", text[e:end])):
        e += q.end()  # "votre accompagnement « prise de parole en public »": a quoted name
    if lang is not Language.en and e == he:  # "l'atelier recrutement le mardi", "de workshop procesoptimalisatie.": a noun in apposition
        a = re.match(r"[ \t]+([a-zà-ÿåäö-]{4,})(?=[ \t]*(?:[.,;:!?\n]|$))", text[e:end])
        if a is None:
            a = re.match(r"[ \t]+([a-zà-ÿåäö-]{4,})(?=[ \t]+)", text[e:end])
            rest = e + a.end() if a is not None else e
            lead = re.match(rf"[ \t]+(?:(?:{lx.COMPLEMENT_LINKS[lang]})[ \t]+)?(?:(?:{lx.DETERMINERS[lang]})[ \t]+)?", text[rest:end], re.IGNORECASE)
            if a is not None and not any(t.start == rest + (lead.end() if lead else 0) for t in times):
                a = None
        if a is not None and _plain_word(a.group(1), lang) and not re.fullmatch(lx.EVENT_PARTICIPLES[lang], a.group(1), re.IGNORECASE) \
                and not re.fullmatch(lx.TRAILING_VERBS[lang], a.group(1), re.IGNORECASE):  # "de tweede sessie | inplannen."
            e += a.end()
    link = re.compile(rf"[ \t]+(?:{lx.COMPLEMENT_LINKS[lang]}|{lx.PURPOSE_LINKS[lang]}(?=[ \t]+(?:{lx.DETERMINERS[lang]})[ \t]))(?:[ \t]+|(?<=['’]))",
                      re.IGNORECASE)
    stop = re.compile(_STOP[lang], re.IGNORECASE)
    words = 0
    last_link: tuple[int, int] | None = None  # where the last complement taken starts (its link, its words)
    benefactive = re.compile(rf"[ \t]+(?:{lx.BENEFACTIVE_LINKS[lang]})(?:[ \t]+|(?<=['’]))", re.IGNORECASE)
    while words < 12:
        m = link.match(text, e, end)
        if not m or _MANNER[lang].match(text, m.start() + len(m.group(0)) - len(m.group(0).lstrip())):
            break  # "a session | on short notice": how, not what
        if re.match(_OBJECT_PRONOUN, text[m.end():end], re.IGNORECASE):
            break  # "en coachingsession med dig", "a call with you": who it is with, not what it is
        if e > he and re.match(rf"(?:{lx.OWN_SIDE[lang]})[ \t]", text[m.end():end], re.IGNORECASE):
            if last_link is not None and not benefactive.fullmatch(m.group(0)) and re.match(
                    rf"(?:{lx.DETERMINERS[lang]})(?:[ \t]+|(?<=['’]))", text[last_link[1]:e], re.IGNORECASE):
                e = last_link[0]  # "gesprek over de verbouwing | van onze winkel": half a complement says less than none
            break  # "démonstration de votre outil | auprès de notre équipe", "uppstartsmöte om X | för våra fastigheter"
        if _COMITATIVE.fullmatch(m.group(0)) and re.match(rf"(?:(?:{lx.DETERMINERS[lang]})[ \t]+)?(?:[\w-]+[ \t]+)?[\w-]*?(?:{lx.MEETING_HEADS[lang]})(?![\w])",
                                                          text[m.end():end], re.IGNORECASE):
            break  # "fredagens genomgång | med ett kundmöte", "the review | with a board meeting": another meeting, not this one's name
        if last_link is not None and benefactive.fullmatch(m.group(0)) and re.fullmatch(
                rf"[ \t]+(?:{_ABOUT_PLAIN[lang]}|{lx.ABOUT_WORDS[lang]})(?:[ \t]+|(?<=['’]))", text[last_link[0]:last_link[1]], re.IGNORECASE) \
                and re.match(rf"(?:(?:{lx.DETERMINERS[lang]})[ \t]+)?(?:{_AUDIENCE})(?![\w])", text[m.end():end], re.IGNORECASE):
            break  # "infosessie over de nieuwe premie | voor starters", "atelier sur la facturation | pour les PME": who it is for
        if last_link is not None and benefactive.fullmatch(text, last_link[0], last_link[1]) and _OF_WHOM.fullmatch(m.group(0).strip()) \
                and re.match(rf"(?:{lx.OWN_SIDE[lang]})[ \t]", text[last_link[1]:e], re.IGNORECASE):
            break  # "de opleiding voor onze medewerkers | van de winkel in Leuven": whose staff, not what the training is
        pos = m.end()
        chunk_end = pos
        for w in re.finditer(r"[^\s.,;:!?()\"«»\n–—]+", text[pos:end]):
            ws, we = pos + w.start(), pos + w.end()
            if text[chunk_end:ws].strip() or "\n" in text[chunk_end:ws] or w.group(0) == "-" or any(t.start <= ws < t.end for t in times):
                break
            if not re.search(r"\w", w.group(0)) or re.fullmatch(lx.EVENT_PARTICIPLES[lang], w.group(0), re.IGNORECASE):
                break  # "la call sul sito 😅", "la sessione di coaching annullata": a symbol or what happened to it ends the name
            prev_word = text[pos:chunk_end].split()[-1] if chunk_end > pos else ""
            if prev_word[:1].isupper() and _NAME_AND.fullmatch(w.group(0)) and _CAPITAL_NEXT.match(text, we, end):
                chunk_end, words = we, words + 1  # "the Finance and General Purposes Committee": one name
                continue
            if chunk_end > pos and (stop.match(text, chunk_end) or re.sub(r"^[dl]['’]", "", w.group(0).lower()) in _CALENDAR
                                    or re.fullmatch(lx.COMPLEMENT_STOP[lang], w.group(0), re.IGNORECASE)
                                    or re.fullmatch(lx.TRAILING_VERBS[lang], w.group(0), re.IGNORECASE)
                                    or (re.fullmatch(lx.DETERMINERS[lang], w.group(0), re.IGNORECASE)
                                        and not re.fullmatch(lx.COMPLEMENT_LINKS[lang], prev_word, re.IGNORECASE)
                                        and not _NAMED_ARTICLE.match(text, ws, end))):
                break  # "la sessione di coaching la prossima settimana": an article starts another phrase
            if chunk_end == pos and (w.group(0).lower() in _CALENDAR or re.fullmatch(_APPROX, w.group(0), re.IGNORECASE)):
                break  # "en teambuildingdag för ca 25 personer": how many come, not what it is
            if chunk_end > pos and re.fullmatch(lx.COMPLEMENT_LINKS[lang], w.group(0), re.IGNORECASE):
                break  # the next complement, read on its own ("de nos managers | sur 2027")
            chunk_end, words = we, words + 1
            if words >= 12:
                break
        if chunk_end == pos or text[pos:chunk_end][:1].isdigit():  # "sur 2027": a period, not what it is about
            break
        last_link = (e, pos)
        e = chunk_end
    if lang is Language.nl:  # "over mijn ontwikkelplan inhalen": the clause's verb closes it, it is not the topic
        last = re.search(r"[ \t]+([a-z]+en)$", text[he:e])
        before = text[he:e][:last.start()].split() if last else []
        if last and before and not re.fullmatch(rf"(?:{lx.DETERMINERS[lang]}|{lx.COMPLEMENT_LINKS[lang]})", before[-1], re.IGNORECASE) \
                and not re.fullmatch(r"[a-z]{3,}e", before[-1]):
            e = he + last.start()
    return e
