"""People's names in a message: the client's (From header, sign-off, signature) and the user's (To header, greeting)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from composer.facts.times import MONTH_NAMES, WEEKDAY_NAMES
from composer.messages import lexicon as lx
from composer.messages.models import Message

_UP = "A-ZÀ-ÖØ-Þ"
# "Wanjirũ", "Łukasz", "Ștefan", "Nguyễn": letters of Latin Extended-A/B and Additional, in any case, belong in a name
_EXT = "\u0100-\u024f\u1e00-\u1eff"
_LOW = f"a-zß-öø-ÿ{_EXT}"
_WORD = rf"(?:[{_UP}{_EXT}](?:['’][{_UP}])?[{_LOW}'’]+(?:[{_UP}][{_LOW}'’]+)?(?:-[{_UP}{_EXT}][{_LOW}'’]+)?|[{_UP}]{{2,}}|(?:[{_UP}]\.){{1,3}}(?=[ \t])|[{_UP}](?=\.))\.?"
_PARTICLE = r"(?:van der|van den|van de|de la|van|de|der|den|di|da|del|della|von|af|le|la|du|des|ter|ten|d'|dos|el|Ó|Ní|Nic|Uí|Mac)"  # Irish "Ciarán Ó Dálaigh"
_NICK = rf"\([{_UP}][a-zß-öø-ÿ]+(?:-[{_UP}][a-zß-öø-ÿ]+)?\)"  # "R.J. (Rob) Timmermans": the name used, in brackets
NAME = rf"{_WORD}(?:[ \t]+(?:{_NICK}[ \t]+)?(?:{_PARTICLE}[ \t]+)*{_WORD}){{0,3}}"
_TITLES = "|".join(sorted((re.escape(t) for t in lx.TITLES), key=len, reverse=True))
# a name alone on its line, after any courtesy title ("Avv. Paolo Conti") or a Swedish-style "/Johan"
# "Sofia & Erik", "Anna och Per": a couple signs; the first name is the one to answer
_NAME_LINE = re.compile(rf"^[ \t]*(?:(?://?|[–—-])[ \t]*)?(?:(?i:{_TITLES})\.?[ \t]+)*({NAME})(?:[ \t]*(?:&|\+|och|and|et|e|en|und)[ \t]+{_WORD})?[ \t]*[,.!]?[ \t]*$")
# a name followed on its line by a role or company: "Claire Dubois | Acme", "Claire Dubois, CFO"
# "Leif på Leifs Bygg & Måleri", "Sam at Acme", "Julie chez Atelier Brun": a name, then where they work
_NAME_THEN = re.compile(rf"^[ \t]*(?:(?i:{_TITLES})\.?[ \t]+)*({NAME})[ \t]*(?:[,|]|[ \t][–—-][ \t]|[ \t](?:på|at|från|from|chez|bij|presso|@)[ \t]+(?=[{_UP}])|[ \t]\((?=[^)\n]*[ '’][^)\n]*\)[ \t]*$))[ \t]*\S[^\n]*$")
_CLOSING = re.compile("|".join(re.escape(c) for c in sorted({c for cs in lx.CLOSINGS.values() for c in cs}, key=len, reverse=True)), re.IGNORECASE)
_NOT_NAMES = {
    "all", "team", "everyone", "everybody", "there", "tous", "toutes", "à tous", "a tutti", "tutti", "allemaal",
    "iedereen", "alla", "allihop", "allihopa", "hello", "ciao", "hej", "thanks", "merci", "grazie", "tack",
    "bedankt", "regards", "monsieur", "madame", "sir", "madam", "colleghi", "collega", "collègue", "collègues",
    "guys", "folks", "gang", "ragazzi", "ragazze", "jongens", "mensen", "lieverds", "killar", "tjejer", "gars", "les gars",
}


_NOT_BARE = {w for ws in lx.CLOSINGS.values() for w in ws} | {w for ws in lx.GREETINGS.values() for w in ws} | {
    "sorry", "ok", "okay", "great", "perfect", "update", "quick question", "fyi", "désolé", "désolée", "parfait", "bien",
    "scusa", "scusate", "perfetto", "ok", "sorry", "prima", "perfect", "förlåt", "ursäkta", "perfekt", "okej", "madame",
    "monsieur", "signora", "signore", "mevrouw", "meneer", "sir", "madam", "team", "all", "dear all", "allemaal", "tutti",
    "morning", "evening", "afternoon", "night", "today", "tomorrow", "update", "urgent", "note", "reminder",
} | set(lx.TITLES)  # "Maître,", "Avvocato," alone on the first line: a form of address


_APOLOGIES = ("désolé", "désolée", "excuse-moi", "pardon", "sorry", "apologies", "scusa", "scusami", "scusate", "mi dispiace",
              "sorry", "excuses", "het spijt me", "förlåt", "ursäkta")
_CALENDAR = {w for t in (*WEEKDAY_NAMES.values(), *MONTH_NAMES.values()) for w in t}


@dataclass(frozen=True)
class Found:
    text: str
    start: int
    end: int
    source: str
    confidence: float


# A company's legal form ("Rossi Spa", "Smit B.V.", "Berg AB"): a company, not a person.
_COMPANY = re.compile(r"(?:s\.?p\.?a|s\.?r\.?l|b\.?v|n\.?v|ab|gmbh|ltd|llc|inc|plc|sa|sas|sarl|sprl|bvba|oy|as|aps)\.?", re.IGNORECASE)


def _clean_name(text: str) -> bool:
    words = text.split()
    return bool(words) and len(words) <= 4 and text.lower() not in _NOT_NAMES and not any(
        w.lower().strip(".,") in _NOT_NAMES for w in words[:1]) and not (len(words) > 1 and _COMPANY.fullmatch(words[-1]))


def plain_display(display: str | None) -> bool:
    """Whether a display name reads as a person's name as they sign ("Claire Dubois"), not a directory form
    ("Dubois, Claire", "DUBOIS Claire", "Lindgren Per (Ekonomi)")."""
    if not display:
        return False
    words = display.split()
    return "," not in display and "(" not in display and not (len(words) >= 2 and re.fullmatch(rf"[{_UP}]{{2,}}", words[0]))


# A display name that names a practice, firm or office rather than a person.
_ORGANISATION = re.compile(
    r"(?:studio|cabinet|bureau|agence|atelier|société|office|agency|clinic|practice|surgery|ufficio|agenzia|clinica|"
    r"ambulatorio|kantoor|praktijk|kliniek|byrå|byrån|klinik|kliniken|mottagningen|mottagning|kontoret|kontor|team|service|services|info|"
    r"reception|accueil|secrétariat|segreteria|secretariaat|receptie|kundtjänst)\b", re.IGNORECASE)


def header_name(value: str | None, display: str | None, source: str, confidence: float) -> Found | None:
    """The display name in a From/To header value, as a span of that value."""
    if not value or not display or "@" in display or not re.search(r"[^\W\d_]", display):
        return None
    cut = re.search(r"\s+(?:\(|\||[-–—]\s|/\s|via\b|@\s)", display)  # "Claire Dubois (Acme)", "Claire Dubois | Acme"
    name = display[:cut.start()] if cut and cut.start() > 0 else display
    if _ORGANISATION.match(name) or _COMPANY.fullmatch(name.split()[-1]):
        return None  # "Studio Fisio Levante", "Cabinet Kessler Formation": a practice or firm, not a person
    i = value.find(name)
    if i < 0:
        return None
    return Found(name, i, i + len(name), source, confidence)


_GREETING_AFTER_HEADING = re.compile(r"[ \t]*\n[ \t]*\n[ \t\n]*(\S[^\n]*)")


def greeting(msg: Message) -> tuple[Found | None, Found | None]:
    """The greeting word and the name it greets (the user), from the first line of the new message."""
    text = msg.body
    m = re.search(r"\S[^\n]*", text[msg.new_start:msg.new_end])
    if not m:
        return None, None
    line_start = msg.new_start + m.start()
    line = m.group(0)
    words = sorted({g for gs in lx.GREETINGS.values() for g in gs}, key=len, reverse=True)
    rx = re.compile(
        rf"^(?P<g>{'|'.join(re.escape(w) for w in words)})(?![\w])[ \t,]*(?:(?:{_TITLES})\.?[ \t]+)*(?P<n>(?:{_PARTICLE}[ \t]+)?{NAME})?"
        rf"|^(?:(?P<t>{_TITLES})\.?[ \t]+)(?P<n2>{NAME})", re.IGNORECASE)
    g = rx.match(line)
    if not g and (nxt := _GREETING_AFTER_HEADING.match(text, msg.new_start + m.end(), msg.new_end)) and len(line) <= 70:
        # "Objet : Annulation essayage de demain\n\nBonjour Madame Claes,", "Återbud\n\nHej Lena!": a heading line first
        g2 = rx.match(nxt.group(1))
        if g2 and (g2.group("n") or g2.group("n2")):
            line_start, line, g = nxt.start(1), nxt.group(1), g2
    if not g:
        bare = re.match(rf"^({NAME})[ \t]*,[ \t]*$", line)  # "Julien," alone on the first line
        if bare and _clean_name(bare.group(1)) and bare.group(1).lower() not in _NOT_BARE and len(bare.group(1).split()) <= 3:
            s = line_start + bare.start(1)
            return None, Found(bare.group(1), s, s + len(bare.group(1)), "body", 0.6)
        # a first name, then the greeting or an apology: "Marco ciao,", "Julien désolé,", "Anna, sorry"
        after = "|".join(re.escape(w) for w in sorted({*words, *_APOLOGIES}, key=len, reverse=True))
        lead = re.match(rf"^({_WORD})[ \t]*,?[ \t]+(?i:{after})(?![\w])", line)
        if lead and _plain_name(lead.group(1).rstrip(".")) and lead.group(1)[0].isupper():
            s = line_start + lead.start(1)
            value = lead.group(1).rstrip(".")
            return None, Found(value, s, s + len(value), "body", 0.55)
        dash = re.match(rf"^({_WORD})[ \t]+[–—][ \t]+\S", line)
        if dash and _plain_name(dash.group(1).rstrip(".")) and dash.group(1)[0].isupper():
            s = line_start + dash.start(1)
            value = dash.group(1).rstrip(".")
            return None, Found(value, s, s + len(value), "body", 0.55)
        return None, None
    word = Found(g.group("g"), line_start + g.start("g"), line_start + g.end("g"), "body", 0.7) if g.group("g") else None
    key = "n" if g.group("n") else "n2"
    name = g.group(key)
    if not name:
        return word, None
    # the name pattern is case-insensitive here; keep only capitalised words, stop at the first other word
    kept = []
    for w in re.finditer(r"\S+", name):
        if not re.match(rf"[{_UP}]|{_PARTICLE}\b", w.group(0)) or w.group(0).lower() in _NOT_NAMES:
            break
        kept.append(w)
    if not kept and word and word.text.islower():
        low = _LOWER_NAME.match(name)  # "hej maria," from a writer who types no capitals
        if low and _plain_name(low.group(1)):
            s = line_start + g.start(key)
            return word, Found(low.group(1), s, s + len(low.group(1)), "body", 0.6)
    while kept and re.fullmatch(_PARTICLE, kept[-1].group(0)):
        kept.pop()
    if kept and all(w.group(0).rstrip(".,").casefold() in lx.TITLES for w in kept):
        return word, None  # "Bonjour Maître,", "Dear Sir,": a form of address with no name
    if not kept:
        return word, None
    s = line_start + g.start(key) + kept[0].start()
    e = line_start + g.start(key) + kept[-1].end()
    value = text[s:e].rstrip(".")
    if not _clean_name(value) or not (value[0].isupper() or re.match(rf"(?:{_PARTICLE})[ \t]+[{_UP}]", value)):
        return word, None  # "meneer van der Berg" keeps its particle
    return word, Found(value, s, s + len(value), "body", 0.8)


def sign_off(msg: Message) -> Found | None:
    """The client's name under their sign-off ("Best regards,\\nClaire Dubois"), else atop their signature."""
    text = msg.body
    if msg.closing_start is not None:
        line_end = text.find("\n", msg.closing_start)
        line_end = len(text) if line_end < 0 else line_end
        closing = text[msg.closing_start:line_end]
        phrase = _CLOSING.match(closing)
        rest_at = phrase.end() if phrase else len(closing)
        same = re.match(rf"[ \t]*[,.!]*[ \t]*(?:(?i:{_TITLES})\.?[ \t]+)*({NAME})[ \t]*[.!]?[ \t]*$", closing[rest_at:])
        if same and _clean_name(same.group(1)):
            s = msg.closing_start + rest_at + same.start(1)
            value = same.group(1).rstrip(".")
            return Found(value, s, s + len(value), "body", 0.8)
        found = _next_name_line(text, line_end, 0.85)
        if found:
            return found
    if msg.signature_start is not None:
        found = _next_name_line(text, text.find("\n", msg.signature_start), 0.6)
        if found:
            return found
    body = text[msg.new_start:msg.new_end]
    return _last_block_name(body, msg.new_start, _writes_lower(body)) or _inline_sign_off(body, msg.new_start) or self_introduction(msg)


# one lower-case word that could be a first name, from a writer who types no capitals ("hej maria,", "\nlena")
_LOWER_NAME = re.compile(rf"([{_LOW}]{{3,}})(?=[ \t]*(?:[,!.]|$))")


# lower-case sign-offs and fillers that are no one's name
_LOWER_NOT_NAMES = {
    "xoxo", "xxx", "ttyl", "later", "laters", "cya", "bye", "byee", "hugs", "love", "kisses", "thx", "thnx", "tnx", "cheers",
    "best", "doei", "doeg", "groetjes", "groetje", "grtz", "tschüss", "besos", "abbracci", "abbraccio", "bacioni", "bacio",
    "baci", "bacini", "ciao", "ciaoo", "bises", "bisous", "bisou", "bizz", "biz", "salut", "merci", "grazie", "tack", "kram",
    "kramar", "kramis", "puss", "pussar", "hälsningar", "mvh", "danke", "dank", "bedankt", "enjoy", "soon", "asap", "ok",
    "okay", "okej", "oké", "sorry", "scusa", "pardon", "förlåt", "sry", "thanks", "tks", "hej", "hejdå", "hoi", "hallo",
}


def _writes_lower(body: str) -> bool:
    """The client types no capitals: the message's first letter and its first sentence start are lower case."""
    m = re.search(rf"[{_UP}{_LOW}]", body)
    return bool(m) and m.group(0).islower()


def _plain_name(value: str) -> bool:
    words = value.split()
    if value.islower() and (value in _LOWER_NOT_NAMES or not re.search(r"[aeiouyàâäåéèêëïîíòóôöøùúûü]", value)):
        return False  # "xoxo", "grz": a writer's sign-off in lower case, not a name
    return _clean_name(value) and len(words) <= 3 and value.lower() not in _NOT_BARE and not any(
        w.lower().strip(".,") in _NOT_BARE or w.lower().strip(".,") in _CALENDAR for w in words)


_COMPANY_DOT = re.compile(r"(?:^|[\s,])(?:[A-Za-z]{1,3}\.){2,}$|\b(?:Ltd|Inc|Co|Corp|Srl|Spa|Sarl|Sas|Bv|Nv|Ab|Oy|Gmbh)\.$", re.IGNORECASE)


_KISSES_AFTER = re.compile(r"[ \t]+(?:x{1,3}|xo|xoxo)[ \t]*$")


def _last_block_name(body: str, offset: int, lower: bool = False) -> Found | None:
    """The name atop the last block of the message, under a blank line or a sign-off-shaped line
    ("With apologies again,"), with at most a few title/company lines below it; or a lone name on the
    last line right after a sentence ("... dans la journée.\nSeb")."""
    # a bare signature separator ("--", "__") closing the pasted text is no line of the message
    lines = [m for m in re.finditer(r"[^\n]*", body) if m.group(0).strip(" \t-_–—=*~.")]
    if len(lines) < 2:
        return None
    starts = [m.start() for m in lines]
    for k in range(len(lines) - 1, max(0, len(lines) - 5), -1):
        line, prev = lines[k], lines[k - 1]
        gap = body[prev.end():line.start()]
        prev_text = prev.group(0).strip()
        under_break = gap.count("\n") >= 2 or (len(prev_text) <= 40 and prev_text.endswith((",", "!"))) \
            or bool(re.search(rf"(?:^|[,.!?][ \t]*)(?:{_CLOSING.pattern})[ \t]*[,.!]*$", prev_text, re.IGNORECASE))  # "Fammi sapere, un abbraccio", "va bene? un abbraccio"
        last = k == len(lines) - 1
        # (a company's "S.p.A." or "Ltd." above a phone line ends no sentence)
        alone = last and prev_text.endswith((".", "?", "!")) and not _COMPANY_DOT.search(prev_text)
        # a one-word name under a short closing wish with no stop: "À demain j'espère\nMargaux", "Fammi sapere\nAle"
        short = last and len(prev_text) <= 30 and not prev_text.endswith((",", ":", ";")) and len(line.group(0).split()) == 1
        if not (under_break or alone or short):
            continue
        said = _KISSES_AFTER.sub("", line.group(0))  # "Morag x": the kisses after the name are no part of it
        n = _NAME_LINE.match(said) or (_NAME_THEN.match(said) if under_break else None)
        if n is None and last and (lower or re.fullmatch(rf"(?:{_CLOSING.pattern})[ \t]*[,.!]*", prev_text, re.IGNORECASE)):
            # "…sorry för sent besked!\nlena" from a writer who types no capitals; "mvh\nhenrik": a lower-case name under a closing
            n = _LOWER_NAME.fullmatch(line.group(0).strip())
        if n is None and short and not (under_break or alone):
            continue  # "Koen Vermeulen\nsecretaris": a title under the name, look higher
        if n and _plain_name(n.group(1)) and not _DEPARTMENT.match(line.group(0)):  # "Ufficio Marketing" is no one
            s = offset + starts[k] + line.group(0).index(n.group(1))
            value = n.group(1).rstrip(".")
            return Found(value, s, s + len(value), "body", 0.5 if alone or short else 0.55)
        return None  # the block's first line is not a name: do not look higher
    return None


def _inline_sign_off(body: str, offset: int) -> Found | None:
    """A name closing the last line after a sign-off or a sentence: "Cheers, Aisha", "Merci ! Isabelle",
    "Mvh Per Ekström", "Hörs! /Emma"."""
    # an emoji ends a sentence, and one after the name is no part of it: "dis moi 😘 Clem", "Cheers, Mereana 🙂"
    last = re.search(rf"[^\n]*?(?=[ \t{_EMOJI}\ufe0f\u200d]*$)", body.rstrip())
    if last is None:
        return None
    m = None
    # after a sign-off word first ("x Femke", "xx Lou": kisses start the line), else after a sentence
    for lead in (rf"(?:{_CLOSING.pattern})[ \t]*[,.!]*", r"^(?-i:x{1,3}|xo|xoxo)", rf"[.!?{_EMOJI}]\ufe0f?"):
        m = re.search(rf"(?<![\w])(?:{lead})[ \t]+/?[ \t]*({NAME})[ \t]*[.!]?[ \t]*$", last.group(0), re.IGNORECASE) or re.search(
            rf"[.!?][ \t]+[/–—-][ \t]*({NAME})[ \t]*[.!]?[ \t]*$", last.group(0), re.IGNORECASE)  # "Apologies! – Jess"
        # the case-insensitive match may have taken lower-case words: only capitalised ones make a name
        if m and _plain_name(m.group(1)) and all(w[0].isupper() or re.fullmatch(_PARTICLE, w) for w in m.group(1).split()):
            break
        m = None
    if m is None:
        return None
    s = offset + last.start() + m.start(1)
    value = m.group(1).rstrip(".")
    return Found(value, s, s + len(value), "body", 0.5)


_EMOJI = "\u2600-\u27bf\U0001f300-\U0001faff"
# "Salut Soraya, c'est Yacine (la cuisine rue Paradis)", "Hi Tom, it's Aisha here", "Ciao Mimmo, sono Rosaria",
# "Hoi Bas, met Ilse", "Hej Ragnar, det är Jonna": the client says who they are in the first line.
# "Hoi Ruben, Daan hier.", "Hi Jo, Priya here!": the name before "here" says it too; an emoji may end the clause.
_SELF_INTRO = re.compile(r"(?:^|[,.!?][ \t]*)(?:(?:c['’]est|ici|it['’]s|this is|sono|qui è|het is|met|det är|här är)[ \t]+(" + NAME + r")"
                         rf"(?=[ \t]*(?:here|ici|qui|hier|här)?[ \t]*(?:[,.!?({_EMOJI}]|$))"
                         r"|(" + NAME + rf")[ \t]+(?:here|ici|qui|hier|här)(?=[ \t]*(?:[,.!?{_EMOJI}]|$)))")


def self_introduction(msg: Message) -> Found | None:
    """The name the client gives for themselves in the opening line ("Salut Soraya, c'est Yacine (...)")."""
    first = re.search(r"\S[^\n]*", msg.body[msg.new_start:msg.new_end])
    if first is None:
        return None
    m = _SELF_INTRO.search(first.group(0)[:200])
    g = 1 if m is not None and m.group(1) else 2
    if m is None or not _plain_name(m.group(g)) or not all(w[0].isupper() for w in m.group(g).split()):
        return None
    s = msg.new_start + first.start() + m.start(g)
    return Found(m.group(g), s, s + len(m.group(g)), "body", 0.5)


_DEPARTMENT = re.compile(
    r"^[ \t]*(?:the )?(?:office|service|team|sales|support|accounts|department|dept|secretariat|reception|équipe|service|"
    r"secrétariat|direction|ufficio|servizio|segreteria|reparto|afdeling|team|secretariaat|receptie|avdelning|kundtjänst|"
    r"reception|kontor)\b", re.IGNORECASE)


def _next_name_line(text: str, pos: int, confidence: float) -> Found | None:
    if pos < 0:
        return None
    skipped = 0
    for m in re.finditer(r"[^\n]*", text[pos:pos + 300]):
        line = m.group(0)
        if not line.strip():
            continue
        if _DEPARTMENT.match(line) and skipped < 2:
            skipped += 1  # "Ufficio Commerciale" above the person's name
            continue
        n = _NAME_LINE.match(line) or _NAME_THEN.match(line)
        if n and _clean_name(n.group(1)):
            s = pos + m.start() + n.start(1)
            value = n.group(1).rstrip(".")
            return Found(value, s, s + len(value), "body", confidence)
        return None
    return None
