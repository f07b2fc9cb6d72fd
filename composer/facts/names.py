"""Names exact, natural forms allowed; and no proper noun nobody gave.

A word that is one or two letters away from a given name ("Bakkers" for Bakker) or shares its stem ("Brambati"
for Brambilla) is a near miss. Title + surname ("Madame Dubois", "heer Bakker", "Dott.ssa Rossi") and a first
name alone are natural and accepted. A capitalised word inside a sentence that the situation never gave (a
company, a city, a person) is flagged: "mässan i Malmö" when the fair is in Göteborg.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from composer.facts import lexicon
from composer.facts.issue import FactIssue
from composer.facts.nicknames import familiar_form
from composer.models import Language, Situation
from composer.facts.rx import rx

# Titles and address words that may precede a name (all lowercase, without trailing dot).
TITLES = frozenset(
    """mr mrs ms miss dr prof sir madam dear mx
    monsieur madame mademoiselle mme mlle m me maître docteur cher chère chers
    signor signora signorina sig sigra dott dottssa dottoressa dottor ing avv prof.ssa gentile gentilissima gentilissimo caro cara egregio egregia spettabile
    heer mevrouw mevr dhr drs ir mr beste geachte lieve
    herr fru fröken hej hejsan hallå bäste bästa kära käre professor docent advokat doktor leg civilingenjör""".split()
)
# Capitalised words a sentence may hold mid-way without naming anyone (pronouns of address, days, brands of time).
_NEUTRAL = frozenset(
    """i i'm i've i'd i'll ok okay lei la le sua suo suoi sue la vi voi u uw ni er du dig din ert vous votre vos
    gli glielo gliela glieli gliele lo loro vostro vostra
    zoom teams microsoft google meet skype whatsapp webex pdf cet cest am pm uur kl
    slack facetime wetransfer dropbox drive onedrive sharepoint outlook gmail signal telegram messenger jitsi
    docs sheets excel word powerpoint notion trello miro""".split()
) | frozenset(  # holidays and greetings of the season, languages and nationalities: capitalised, never a name given
    """christmas easter new year year's eve happy merry season's greetings noël pâques nouvel an toussaint natale pasqua
    capodanno epifania ferragosto kerst kerstmis pasen nieuwjaar pinksteren midsommar påsk
    english french italian dutch swedish european""".split()
) | frozenset(  # the public holidays of the five countries (and Britain's): a day's name, never a person or company
    """boxing whitsun whit pentecost ascension thanksgiving halloween hogmanay
    ascension pentecôte assomption armistice saint-sylvestre chandeleur épiphanie libération
    liberazione befana immacolata ognissanti pentecoste ascensione assunzione repubblica
    koningsdag bevrijdingsdag hemelvaart hemelvaartsdag sinterklaas oudejaarsavond paasmaandag pinkstermaandag kerstdag
    nationaldagen nationaldag midsommarafton julafton juldagen nyårsafton nyårsdagen trettondedag trettondagen valborg
    valborgsmässoafton kristi himmelsfärd himmelsfärdsdag annandag påskafton påskdagen långfredag långfredagen lucia""".split()
)


# Words of a formal salutation that address a person without naming them ("Madame,", "Gentile Professore,").
_ADDRESS_WORDS = frozenset(
    """monsieur madame mademoiselle maître docteur docteure professeur sir madam professor doctor
    professore professoressa dottore dottoressa avvocato avvocata ingegnere signore signora
    heer mevrouw professor dokter ragioniere ragioniera architetto architetta geometra notaio notaia dottor ingegner
    avvocatessa maestro maestra docente docent notaris meester ingenieur notaire""".split()
)
_CIVIL_WORDS = frozenset("monsieur madame mademoiselle sir madam signore signora heer mevrouw".split())
_SALUTATION_GLUE = frozenset("dear cher chère le la gentile gentilissimo gentilissima egregio egregia caro cara geachte beste".split())
# Greetings that open a mail without naming anyone ("Hej!", "Bonjour Madame,", "Good morning,").
_GREETING_WORDS = frozenset(
    """hi hello hey good morning afternoon evening bonjour bonsoir salut coucou buongiorno buonasera ciao salve
    hallo hoi dag goedemorgen goedemiddag goedenavond hej hejsan hallå god morgon""".split()
)


def bare_greeting(text: str, *, friendly: bool = False) -> bool:
    """The body opens with a greeting and a formal address that name no one ("Bonjour Madame,", "Good morning Sir,"),
    or, in friendly mail, a greeting alone ("Hej!"); a formal mail opening "Bonjour," addresses nobody."""
    body = text.split("\n", 1)[1] if "\n" in text else text
    first = next((ln.strip() for ln in body.splitlines() if ln.strip()), "")
    if not first.endswith((",", ":", "!")) or len(first) > 40:
        return False
    words = [_fold(w) for w in rx(r"[^\W\d_]+").findall(first)]
    return bool(words) and words[0] in _GREETING_WORDS and all(
        w in _GREETING_WORDS or w in _ADDRESS_WORDS or w in _SALUTATION_GLUE for w in words) and (
        friendly or any(w in _ADDRESS_WORDS for w in words))


# Endings a pet form adds to the clipped first name ("Tommi", "Fredde", "Jantje", "Lisette", "Robby", "Nico"; Swedish
# "-te" as in "Jonte" for Jonatan; Italian "-uccio" as in "Robertuccio").
_PET_ENDINGS = ("ie", "je", "tje", "ke", "te", "ou", "ette", "ina", "ino", "etta", "etto", "uccio", "uccia", "y", "i", "e", "o", "a", "an", "is", "s")


# What turns a first name into its counterpart (Gaël/Gaëlle, Jean/Jeanne, Louis/Louise, Daniel/Daniela, Paul/Paulina,
# Henrik/Henrika, Anton/Antonia, Christian/Christiane): not a short form, another person's name.
_COUNTERPART_ENDINGS = frozenset("e a le la ne na ie ia ine ina ette etta elle ella ita ito iane ienne iana ique que ue ica o us".split())


def _unaccent(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def pet_name_greeting(text: str, first_name: str) -> bool:
    """In friendly mail, the greeting calls the recipient by a pet form of the given first name: its first three
    letters or more with a pet ending ("Tommi" for Tommaso, "Robby" for Robert, "Fredde" for Fredrik), or a short
    form cut from its front ("Fede" for Federico) or its back ("Lotta" for Charlotta). A clip that only drops a gender ending is another first name
    ("Gaël" for Gaëlle) and another name ("Tina" for Tommaso) is not the recipient's."""
    body = text.split("\n", 1)[1] if "\n" in text else text
    first = next((ln.strip() for ln in body.splitlines() if ln.strip()), "")
    if len(first) > 40 or len(first_name) < 4:
        return False
    words = rx(r"[^\W\d_]+").findall(first)
    if not words or _fold(words[0]) not in _GREETING_WORDS | _SALUTATION_GLUE:
        return False
    given = _fold(first_name)
    for w in words[1:]:
        f = _fold(w)
        if not w[:1].isupper() or len(f) < 3 or f == given:
            continue
        # a bare clip is often another name ("Gaël" for Gaëlle): the pet form adds its ending ("Tommi", "Robby")
        stems = [f[: -len(e)] for e in _PET_ENDINGS if f.endswith(e) and len(f) - len(e) >= 3]
        stems += [st[:-1] for st in stems if len(st) >= 4 and st[-1] == st[-2]]
        if any(given.startswith(st) and len(st) < len(given) and not given.startswith(f) for st in stems):
            return True
        # a short form cut from the front of the name ("Fede" for Federico, "Sam" for Samantha, "Alex" for
        # Alexandra) greets a friend; what was cut must be more than a gender or derivation ending, else the clip
        # is the name's own counterpart, another person's name ("Gaël" for Gaëlle, "Daniel" for Daniela)
        bare, whole = _unaccent(f), _unaccent(given)  # "Fred" for Frédérique: a short form drops the accents too
        if familiar_form(bare, whole):
            return True  # "Fliss" for Felicity, "Kees" for Cornelis: a familiar form the sound makes, not the spelling
        if whole.startswith(bare) and len(whole) - len(bare) >= 2 and whole[len(bare):] not in _COUNTERPART_ENDINGS:
            return True
        # or from its back, after three letters or more ("Lotta" for Charlotta, "Betta" for Elisabetta, "Tina")
        if whole.endswith(bare) and len(whole) - len(bare) >= 3:
            return True
    return False


def greeting_names_other(text: str, name: str | None = None) -> str | None:
    """The word of the greeting line that names someone else ("Hi Sarah," to Margaret), or gives them another
    professional title ("Gentile Ragioniere," to a Geom.): a capitalised word that is no greeting word, civil address
    or title of the recipient's. None when the greeting names no one ("Bonjour,", "Hej!") or there is none."""
    body = text.split("\n", 1)[1] if "\n" in text else text
    first = next((ln.strip() for ln in body.splitlines() if ln.strip()), "")
    words = rx(r"[^\W\d_]+(?:['’-][^\W\d_]+)*").findall(first)
    if len(first) > 40 or not words or not first.endswith((",", ":", "!")) or _fold(words[0]) not in _GREETING_WORDS | _SALUTATION_GLUE | TITLES:
        return None
    own = title_abbreviations(name)

    def neutral(w: str) -> bool:
        f = _fold(w)
        if f in _ADDRESS_WORDS:  # a civil address fits anyone; a professional one only the recipient who holds it
            return f in _CIVIL_WORDS or any(f == a or expands(f, a) for a in own) or not own and f not in _PROFESSIONS
        return f in _GREETING_WORDS | _SALUTATION_GLUE | TITLES

    return next((w for w in words[1:] if w[:1].isupper() and not neutral(w)), None)


# Address words that state a profession ("Ragioniere", "Avvocato", "Docteur"): a fact about the person.
_PROFESSIONS = frozenset(w for w in _ADDRESS_WORDS if w not in _CIVIL_WORDS and w not in ("maestro", "maestra"))


def bare_salutation(text: str, name: str | None = None) -> bool:
    """The body opens with a formal address that names no one ("Madame,", "Monsieur le Professeur,", "Maître,"),
    or the recipient's own title written out ("Gentile Ragioniere," for "Rag. Cesare Mantovan")."""
    body = text.split("\n", 1)[1] if "\n" in text else text
    first = next((ln.strip() for ln in body.splitlines() if ln.strip()), "")
    if not first.endswith((",", ":")) or len(first) > 40:
        return False
    words = [_fold(w) for w in rx(r"[^\W\d_]+").findall(first)]
    own = title_abbreviations(name)

    def address(w: str) -> bool:
        # a civil address ("Madame", "Sir") fits anyone; a professional one ("Ingegnere", "Docteur") only the
        # recipient whose given title it writes out: "Gentile Ragioniere" for a Geom. alters a fact
        if w in _CIVIL_WORDS:
            return True
        return any(w == a or expands(w, a) for a in own) or (w in _ADDRESS_WORDS and not name)

    return bool(words) and any(address(w) for w in words) and all(address(w) or w in _SALUTATION_GLUE for w in words)


def title_abbreviations(name: str | None) -> list[str]:
    """The abbreviated titles written before a name ("Rag.", "Arch.", "Ing.", "dr.", "ir."), folded, without the dot."""
    out = []
    toks = (name or "").split()
    for i, tok in enumerate(toks):
        bare = _fold(tok.rstrip(".")).replace(".", "")
        short = i < len(toks) - 2 and len(bare) <= 3  # "Pr Étienne Marchal", "Me Claire Roux"
        if ("." in tok and bare.isalpha()) or bare in TITLES or bare in _ADDRESS_WORDS or short:
            out.append(bare)
    return out


def expands(word: str, abbreviation: str) -> bool:
    """'ragioniere' writes out 'rag', 'architetto' 'arch', 'ingenieur' 'ir': same first letter, the letters in order."""
    if len(abbreviation) < 2 or len(word) <= len(abbreviation) or word[0] != abbreviation[0]:
        return False
    it = iter(word)
    return all(ch in it for ch in abbreviation)


def _fold(word: str) -> str:
    return unicodedata.normalize("NFKC", word).casefold().strip(".'’")


def _strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, stopping early once it exceeds limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def _parts(name: str | None) -> list[str]:
    """The name's own words: titles dropped, and so are lowercase words before the first capitalised one
    ("advokat Ulrika Strand", "dott.ssa Elena Neri"); particles inside a name stay ("Tess van Rijn")."""
    words = [p for p in rx(r"[^\W\d_]+(?:['’-][^\W\d_]+)*").findall(name or "") if _fold(p) not in TITLES]
    first_capital = next((i for i, w in enumerate(words) if w[:1].isupper()), 0)
    return [w for i, w in enumerate(words) if i >= first_capital or _fold(w) in _PARTICLES]


# Lowercase words that belong to a surname ("van den Berg", "de Jong", "af Klint"), unlike a typed title ("advokat").
_PARTICLES = frozenset("van von den der de di da du del della le la af av ten ter op".split())


@lru_cache(maxsize=512)
def _vocabulary(text: str) -> frozenset[str]:
    """Words of the given text, alone and as written with their digits and apostrophes ("A4'tje")."""
    return frozenset(_fold(w) for w in rx(r"[^\W\d_]+").findall(text)) | frozenset(_fold(w) for w in rx(r"\w+(?:['’-]\w+)*").findall(text))


def _given_names(s: Situation) -> list[str]:
    """Name parts of the people, and the capitalised words (places, companies) of the meeting and reason."""
    people = [p for n in (s.recipient_name, s.sender_name, s.colleague_name) for p in _parts(n) if len(p) >= 3]
    proper = [w for t in (s.meeting, s.reason) if t for w in rx(r"(?<!^)(?<![.!?]\s)\b[A-ZÀ-ÖØ-Þ][^\W\d_]{4,}").findall(t)]
    return people + [w for w in proper if w not in people]


def _given_text(s: Situation) -> str:
    """What may be named: names, meeting, times. The reason's words are allowed as its own words."""
    return "\n".join(x for x in (s.recipient_name, s.sender_name, s.colleague_name, s.meeting, s.meeting_time, s.reason, *s.proposed_times) if x)


def near_miss(word: str, names: list[str], language: Language = Language.en, people: frozenset[str] | None = None) -> str | None:
    """The given name this word almost spells (None when it is exactly one, or nothing like one). people: the
    folded name parts of persons (all of `names` when not said); the other names are words of the meeting and
    reason, whose inflections are theirs."""
    return _near_miss(word, tuple(names), language, frozenset(_fold(n) for n in names) if people is None else people)


# A word inflected: the endings a word of the meeting or reason takes in each language ("Oxfords", "Malmös",
# "Göteborgs", "Amsterdamse", "Rotterdammers", "Fiorentine"); said of a place or thing, not a person misspelt.
_INFLECTIONS = {
    Language.en: ("s", "es", "'s", "’s", "s'", "s’"),
    Language.fr: ("s", "x", "e", "es"),
    Language.it: ("i", "e", "a", "o", "hi", "he"),
    Language.nl: ("s", "'s", "’s", "en", "e", "se", "er", "ers", "n"),
    Language.sv: ("s", "en", "ens", "et", "ets", "n", "ns", "t", "ts", "ar", "er", "or", "na", "arna", "erna", "orna"),
}


def inflected(word: str, base: str, language: Language) -> bool:
    """word is base with an ending of its language (an Italian or French final vowel may give way to it)."""
    ends = _INFLECTIONS[language]
    if word.startswith(base) and word[len(base) :] in ends:
        return True
    stem = base[:-1] if base[-1:] in "aeiou" and language in (Language.it, Language.fr) else None
    return stem is not None and len(stem) >= 3 and word.startswith(stem) and word[len(stem) :] in ends


# Spellings that sound alike: what a near miss of a name often is ("Wilner" for Villner, "Filip" for Philip,
# "Karlsson" for Carlsson, "Meyer" for Meijer, "Rene" for René); the key folds them together.
_SOUND_ALIKE = ((re.compile(r"ph"), "f"), (re.compile(r"ck"), "k"), (re.compile(r"c"), "k"), (re.compile(r"w"), "v"),
                (re.compile(r"ij"), "y"), (re.compile(r"(.)\1+"), r"\1"))


def sound_key(word: str) -> str:
    key = _strip_accents(word)
    for pattern, repl in _SOUND_ALIKE:
        key = pattern.sub(repl, key)
    return key


@lru_cache(maxsize=8192)
def _near_miss(word: str, names: tuple[str, ...], language: Language, people: frozenset[str] = frozenset()) -> str | None:
    w = _fold(word)
    if len(w) < 4:
        return None
    for name in names:
        n = _fold(name)
        if w == n or (n not in people and _strip_accents(w) == _strip_accents(n)):
            return None
        if n not in people and len(n) >= 4 and inflected(w, n, language):
            return None  # "Oxfords" for the meeting's Oxford shoes, "Göteborgs" for Göteborg: the word inflected
    for name in names:
        n = _fold(name)
        if len(n) < 4:
            continue
        if n in people and sound_key(w) == sound_key(n):
            return name  # "Wilner" for Villner, "Rene" for René: the name spelt as it sounds, not as it is
        if w[0] != n[0] and len(n) >= 6 and w[1:] == n[1:]:
            return name  # "Katherine" for Catherine, "Karl" spelt "Carl": the same name, another initial
        if _transposed(w, n):
            return name  # "Meike" for Mieke, "Bakekr" for Bakker: two letters swapped
        if w[0] != n[0] or abs(len(w) - len(n)) > 4:
            continue
        d = edit_distance(w, n, 2)
        if (d == 1 or (d == 2 and len(n) >= 7)):
            if w.startswith(n) and (w[len(n) :] in ("'s", "’s") or (language is Language.sv and w[len(n) :] == "s")):
                continue  # a genitive of the right name: "Karin's", Swedish "Karins"; Dutch "Bakkers" is a miss
            return name
        prefix = len(_common_prefix(w, n))
        if prefix >= 5 and prefix >= len(n) - 4 and abs(len(w) - len(n)) <= 3:
            return name
    return None


def _transposed(a: str, b: str) -> bool:
    """The same letters with one adjacent pair swapped."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _common_prefix(a: str, b: str) -> str:
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[:i]


# Academic and professional titles: a natural form when the situation gives them, an invented fact otherwise, in
# every language (round 27: Italian "Dott."/"Dott.ssa", "Arch.", "Geom.", "Rag." too; Dutch "mr." is the lawyer's
# title, English "Mr" a courtesy). Courtesy words (Signor, Sig.ra, Gentile, Monsieur, meneer, Mr/Ms, herr/fru) are none.
_ACADEMIC_WORD = (r"dr|doctor|docteur|prof(?:\.ssa|essor|esseur|essore|essoressa)?|ing(?:egnere)?|avv(?:\.ssa|ocato|ocatessa)?|drs|ir|"
                  r"dott(?:\.ssa|ssa|oressa|ore|or)?|arch(?:itetto|itetta)?|geom|rag")
_ACADEMIC_WORD_NL = rf"{_ACADEMIC_WORD}|mr"
_ACADEMIC = re.compile(rf"(?<![\w.])({_ACADEMIC_WORD})\.?(?=\s+[A-ZÀ-ÖØ-Þ])", re.IGNORECASE)
_ACADEMIC_NL = re.compile(rf"(?<![\w.])({_ACADEMIC_WORD_NL})\.?(?=\s+[A-ZÀ-ÖØ-Þ])", re.IGNORECASE)


def _academic_kind(title: str) -> str:
    t = title.casefold()
    if t.startswith(("dr", "doc", "dott")) and t != "drs":
        return "doctor"
    for kind in ("prof", "ing", "avv", "drs", "ir", "arch", "geom", "rag", "mr"):
        if t.startswith(kind):
            return kind
    return t


_ACADEMIC_WORD_RE = re.compile(_ACADEMIC_WORD_NL, re.IGNORECASE)


def invented_titles(s: Situation, text: str) -> list[FactIssue]:
    """'Dr Hughes' when nobody said Margaret Hughes is a doctor."""
    given = " ".join(x for x in (s.recipient_name, s.sender_name, s.colleague_name) if x)
    have = {_academic_kind(t.rstrip(".")) for t in given.split() if _ACADEMIC_WORD_RE.fullmatch(t.rstrip("."))}
    out = []
    for m in (_ACADEMIC_NL if s.language is Language.nl else _ACADEMIC).finditer(text):
        kind = _academic_kind(m.group(1))
        if kind not in have and not _title_in_given_words(s, text, m.start(), m.end()):
            out.append(FactIssue("invented", f"title {m.group(0)!r} is not in the situation; address the person as given", (m.start(), m.end())))
            break
    return out


def _title_in_given_words(s: Situation, text: str, start: int, end: int) -> bool:
    """The title with the word after it is quoted from the meeting or the reason ("le Cabinet du Docteur Z" for a
    room of that name): a name somebody gave, not a title put on a person."""
    nxt = rx(r"\s+([^\W_][\w-]*)").match(text[end:])
    if nxt is None:
        return False
    phrase = _fold(f"{text[start:end]} {nxt.group(1)}")
    given = " ".join(_fold(x) for x in (s.meeting, s.reason) if x)
    return rx(rf"(?<!\w){re.escape(phrase)}(?!\w)").search(given) is not None


# A job or profession said of a given person in prose (round 14): "byggnadsingenjör Amanda Klingberg", "our site
# engineer Amanda", "Amanda Klingberg, notre ingénieure", "l'architetto Rossi", "Amanda, onze bouwkundig adviseur".
# Nobody said what the person does, so it is a title nobody gave, as "Dr" is. Dutch and Swedish join the head to
# its field ("byggnads|ingenjör", "belasting|adviseur"), so a word ending in the head counts.
PROFESSIONS = {
    Language.en: r"engineer|architect|surveyor|accountant|lawyer|solicitor|attorney|technician|nurse|physiotherapist|therapist|consultant|"
                 r"manager|director|specialist|inspector|advisor|adviser|coordinator|planner|designer|developer|analyst|electrician|plumber",
    Language.fr: r"ingénieure?|architecte|géomètre|comptable|expert-comptable|experte-comptable|avocate?|notaire|technicienne?|infirmière?|"
                 r"kinésithérapeute|consultante?|directrice|directeur|spécialiste|inspectrice|inspecteur|conseillère|conseiller|coordinatrice|coordinateur|cheffe? de projet",
    Language.it: r"ingegnere|ingegner|architetto|architetta|geometra|commercialista|ragioniere|ragioniera|avvocato|avvocata|notaio|tecnico|tecnica|"
                 r"infermiera|infermiere|fisioterapista|consulente|direttore|direttrice|specialista|ispettore|ispettrice|perito|coordinatore|coordinatrice|capoprogetto",
    Language.nl: r"[\wëï]*(?:ingenieur|architect|landmeter|boekhouder|accountant|advocaat|notaris|technicus|monteur|verpleegkundige|fysiotherapeut|therapeut|"
                 r"consultant|adviseur|manager|directeur|specialist|inspecteur|coördinator|projectleider|expert|elektricien|loodgieter)",
    Language.sv: r"[\wåäö]*(?:ingenjör|arkitekt|besiktningsman|lantmätare|revisor|redovisningskonsult|advokat|jurist|tekniker|montör|sjuksköterska|"
                 r"fysioterapeut|terapeut|konsult|rådgivare|direktör|specialist|inspektör|samordnare|projektledare|expert|elektriker|rörmokare)",
}
_ROLE_DET = r"(?:(?:our|my|the|your|notre|mon|ma|votre|le|la|l'|l’|il|lo|nostro|nostra|mio|mia|vostro|vostra|onze|ons|mijn|uw|de|het|vår|vårt|min|mitt|er|ert)[ \t]+)?"


@lru_cache(maxsize=256)
def _role_patterns(lang: Language, people: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A profession before a given name, and one in apposition after it (compiled once per set of names)."""
    forms = sorted({f for p in people for f in (p, p.split()[0], p.split()[-1]) if len(f) >= 2}, key=len, reverse=True)
    name = "(?:" + "|".join(re.escape(f) for f in forms) + ")"
    prof = PROFESSIONS[lang]
    before = rx(rf"(?<![\w-])((?:{prof}))[ \t\u00a0]+{name}(?![\w])", re.IGNORECASE)
    # in apposition: "Amanda Klingberg, our senior architect, will ..." (same line, closed by a comma or the clause end)
    after = rx(rf"(?<![\w'’-]){name}(?:,[ \t]*|[ \t]*\([ \t]*){_ROLE_DET}(?:[\w-]+[ \t]+)?((?:{prof}))(?=[ \t]*[,.;)!?]|[ \t]*$)", re.IGNORECASE | re.MULTILINE)
    return before, after


def _bare(prof: str) -> str:
    """The heads alone ("ingenjör|arkitekt|..."), without the compound's leading letters."""
    return rx(r"^\[[^\]]*\]\*\(\?:").sub("(?:", prof)


def invented_roles(s: Situation, text: str) -> list[FactIssue]:
    """A profession joined to a given person's name ("byggnadsingenjör Amanda Klingberg", "Amanda, our engineer")
    when the situation never says what that person does."""
    people = [p for p in (s.colleague_name, s.sender_name, s.recipient_name) if p]
    if not people:
        return []
    before, after = _role_patterns(s.language, tuple(people))
    prof = PROFESSIONS[s.language]
    given = _fold(_given_text(s))
    for m in [*before.finditer(text), *after.finditer(text)]:
        word = m.group(1)
        f = _fold(word)
        head = rx(rf"(?:{_bare(prof)})$", re.IGNORECASE).search(f)
        if rx(rf"(?<!\w){re.escape(f)}").search(given) or (head and rx(rf"(?<!\w){re.escape(head.group(0))}").search(given)):
            continue  # the situation says it ("visit by the engineer"): a given fact, said again
        if word[:1].isupper() and m.start(1) > 0 and not rx(r"(?:^|[.!?:\n]\s*)$").search(text[: m.start(1)]):
            continue  # "Amanda Designer" mid-sentence: a capitalised word, judged with the names
        who = next((p for p in people if any(part.lower() in m.group(0).lower() for part in p.split())), people[0])
        return [FactIssue("invented", f"job title {word!r} for {who} is not in the situation; name the person only", (m.start(1), m.end(1)))]
    return []


_WORD = re.compile(r"(?<![\w@./-])([A-ZÀ-ÖØ-ÞÅÄÖ][\w’'-]*[\w])(?![\w@]|\.\w)")


def _opens_phrase(text: str, start: int, end: int) -> bool:
    """A word capitalised only because it starts a line or sentence, followed by a lowercase word."""
    before = text[:start].rstrip(" ")
    at_start = not before or before.endswith(("\n", ".", "!", "?", ":"))
    return at_start and rx(r"[ \t]+[a-zà-öø-ÿ]").match(text[end:]) is not None


def check_names(s: Situation, text: str, *, skip: list[tuple[int, int]] = ()) -> list[FactIssue]:
    """Near misses of given names, and capitalised words (people, places, companies) nobody gave."""
    names = _given_names(s)
    vocab = _vocabulary(_given_text(s))
    from composer.facts.times import _MONTHS, _WEEKDAYS

    calendar_words = set(_MONTHS) | set(_WEEKDAYS)
    people = frozenset(_fold(p) for n in (s.recipient_name, s.sender_name, s.colleague_name) for p in _parts(n))
    out: list[FactIssue] = []
    seen: set[str] = set()
    for m in _WORD.finditer(text):
        word = m.group(1)
        if any(a <= m.start() < b for a, b in skip):
            continue
        f = _fold(word)
        base = f.split("'")[0].split("’")[0]
        if f in vocab or base in vocab or f in TITLES or f in _NEUTRAL or f in calendar_words:
            continue
        if _contraction(word):
            continue  # "L'ho", "C'est", "Dell'ufficio": an elided word before a lowercase one, not a name
        if "-" in f and all(p in vocab or p in TITLES for p in f.split("-") if p):
            continue  # "Berg-Hoogendoorn" for van den Berg-Hoogendoorn
        if "-" in word and f.split("-")[0] in _NEUTRAL and word.split("-")[-1][:1].islower():
            continue  # "Teams-uitnodiging", "Zoom-länk", "Kerst-borrel": a known brand or season word heading a common noun
        span = (m.start(), m.end())
        if _opens_phrase(text, m.start(), m.end()):
            continue  # "Warm regards", "Best wishes": a capital that only starts a sentence, not a name
        miss = near_miss(word, names, s.language, people)
        if miss is not None and lexicon.ordinary_word(word, s.language) and not _in_name_place(s, text, m.start(), m.end()):
            miss = None  # "Groet," above Wessel Groen's signature: a word of the language, not his name misspelt
        if miss is not None:
            if f not in seen:
                out.append(FactIssue("name", f"{word!r} is not a given name: write {miss!r} exactly", span))
                seen.add(f)
            continue
        if _genitive_of(f, vocab) or any(inflected(f, _fold(n), s.language) for n in names if _fold(n) not in people and len(n) >= 4):
            continue  # "Sems beugel"; "le due Vespe" for the meeting's Vespa
        if _sentence_start(text, m.start()) or word.isupper() or _short_line(text, m.start()):
            continue
        if _common_noun_role(s, text, m.start(), m.end()) or (_department_name(text, m.start(), m.end()) and _proper_nouns_kept(s, text)):
            continue  # "the Board", "la Direction", "onze Inkoop": an institution named by a common noun, capitalised
        if f not in seen:
            out.append(FactIssue("invented", f"{word!r} is not in the situation (a name, place or company nobody gave); remove it or use the given one", span))
            seen.add(f)
    return out


# Determiners and possessives: a lone capitalised word right after one is a common noun written with a capital
# ("our Marketing team", "le Conseil", "il Consiglio", "het Bestuur", "vår Ekonomiavdelning"); people and places
# follow prepositions or stand alone ("in Malmö", "Eva Bakker"), and a company is a run of capitalised words.
_DETERMINERS = {
    Language.en: "the|our|my|your|their|this|that",
    Language.fr: "le|la|les|l['’]|notre|nos|votre|vos|mon|ma|mes|ce|cet|cette",
    Language.it: "il|lo|la|gli|le|l['’]|nostro|nostra|nostri|nostre|vostro|vostra|mio|mia|questo|questa",
    Language.nl: "de|het|onze|ons|uw|mijn|deze|dit",
    Language.sv: "den|det|vår|vårt|våra|er|ert|min|mitt|denna|detta",
}


@lru_cache(maxsize=8)
def _determiner(language: Language) -> re.Pattern[str]:
    return rx(rf"(?i)(?<![\w'’])(?:{_DETERMINERS[language]})\s*$")


# Nouns that name a department: the capitalised word next to one is the department's name ("équipe Marketing",
# "afdeling Inkoop", "Ufficio Acquisti", "Accounts department"), not a company or a person.
_DEPARTMENT = r"team|department|dept|office|équipe|service|direction|ufficio|reparto|settore|direzione|afdeling|dienst|team|avdelning|avdelningen|enhet|enheten"


def _department_name(text: str, start: int, end: int) -> bool:
    before = rx(rf"(?i)(?<!\w)(?:{_DEPARTMENT})\s+$").search(text[max(0, start - 14) : start])
    after = rx(rf"(?i)\s+(?:{_DEPARTMENT})(?!\w)").match(text[end:])
    own = rx(rf"(?i)(?:{_DEPARTMENT})").fullmatch(text[start:end]) and rx(r"\s+[A-ZÀ-ÖØ-Þ]").match(text[end:])
    return bool(before or after or own)


def _common_noun_role(s: Situation, text: str, start: int, end: int) -> bool:
    """A lone capitalised word after a determiner, when every proper noun the situation gave is still there: with
    one gone ("the Darlington warehouse" for the Doncaster one) the new word is taking its place."""
    if not _determiner(s.language).search(text, max(0, start - 12), start):
        return False
    if rx(r"\s*(?:[A-ZÀ-ÖØ-Þ]|&)").match(text[end:]):
        return False  # "the Acme Group": a run of capitalised words is a name
    return _proper_nouns_kept(s, text)


def _proper_nouns_kept(s: Situation, text: str) -> bool:
    """Every place or company the meeting and reason name is still in the text."""
    vocab = _vocabulary(text)
    people = {_fold(p) for n in (s.recipient_name, s.sender_name, s.colleague_name) for p in _parts(n)}
    return all(_fold(w) in vocab for w in _given_names(s) if _fold(w) not in people)


def _contraction(word: str) -> bool:
    """A capitalised elision whose second part is lowercase ("L'ho", "J'ai", "Quell'anno"); names keep the capital
    after the apostrophe ("D'Angelo", "O'Brien")."""
    m = rx(r"([^'’]+)(['’])(.*)").match(word)
    if m is None:
        return False
    head, sep, tail = m.groups()
    return bool(sep) and 1 <= len(head) <= 5 and tail[:1].islower() and not rx(r"s|t|ll|re|ve|d|m").fullmatch(tail)


def _short_line(text: str, pos: int) -> bool:
    """The subject (title case is common there) and greeting, closing and signature lines: names are
    checked there for near misses only; what a signature block adds is judged separately."""
    start = text.rfind("\n", 0, pos) + 1
    if start == 0:
        return True  # the subject line
    end = text.find("\n", pos)
    return len(text[start : end if end >= 0 else len(text)].split()) <= 4


def _in_name_place(s: Situation, text: str, start: int, end: int) -> bool:
    """The word stands where a name stands: after a title, an address or a greeting word, or next to another part
    of a given person's name on the same line ("Eva Bakkers", "mevrouw Bakkers", "Hoi Groen")."""
    people = {_fold(p) for n in (s.recipient_name, s.sender_name, s.colleague_name) for p in _parts(n)}
    before = rx(r"([^\W\d_]+)\.?[ \t]+$").search(text[max(0, start - 30) : start])
    after = rx(r"[ \t]+([^\W\d_]+)").match(text[end:])
    if before and (_fold(before.group(1)) in TITLES | _ADDRESS_WORDS | _GREETING_WORDS | people):
        return True
    return bool(after and _fold(after.group(1)) in people)


def _genitive_of(word: str, vocab: frozenset[str]) -> bool:
    # "Sems beugel" for Sem: a short given word takes only the plain genitive s
    return any(word.startswith(v) and ((len(word) - len(v) <= 2 and len(v) >= 4) or (len(v) == 3 and word == v + "s")) for v in vocab)


def _sentence_start(text: str, pos: int) -> bool:
    """At the start of a line or sentence, after a bullet or an opening quote or bracket."""
    before = text[:pos].rstrip(" \t\u00a0\"'«“”»’(*-•–—")
    if before.endswith((")", "]")):  # "(... den dagen.) Det" : look inside the closing bracket
        before = before[:-1].rstrip(" \"'”»’")
    # an emoji or other symbol ends a sentence as well as a full stop does ("... à 18 h 🙂 Hélas")
    return not before or before[-1] in ".!?:;\n" or before.endswith(("...", "…")) or unicodedata.category(before[-1]).startswith("S")
