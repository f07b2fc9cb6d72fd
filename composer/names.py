"""Pure: a typed name split into title, first name, particles and surname, and greeted as a native would.

Users type "Mme Sophie Lefèvre", "de heer Willem Bakker", "Dott.ssa Giulia Bianchi", "Ms. Rachel
Thompson", "mevr. S. van der Berg". Formal mail greets by title + surname ("Bonjour Madame Lefèvre,",
"Geachte heer Bakker,", "Gentile Dott.ssa Bianchi,", "Dear Ms Thompson,"); friendly mail by first
name ("Bonjour Sophie,", "Hoi Willem,", "Ciao Giulia,", "Hi Rachel,", "Hej Karin!"). With no title the
gender is unknown, so formal mail keeps the whole name ("Dear Margaret Hughes,", "Geachte Sanne de
Vries,"), which is the polite neutral form in every one of the five languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from composer.models import Language

# Title as typed (lower-case, without its dot) -> (kind, canonical form per language).
# kind: "f" woman, "m" man, "x" a professional title that says nothing of gender.
_TITLES: dict[str, str] = {
    # English
    "mr": "m", "mister": "m", "mrs": "f", "ms": "f", "miss": "f", "mx": "x", "dr": "x", "doctor": "x",
    "prof": "x", "professor": "x",
    # British honours and clergy: Sir/Dame go with the first name ("Dear Sir Malcolm"), Lord/Lady and the
    # Reverend with the surname ("Dear Lord Ashdown", "Dear Reverend Whitby")
    "sir": "m", "dame": "f", "lord": "m", "lady": "f", "rev": "x", "revd": "x", "reverend": "x",
    # French
    "m": "m", "monsieur": "m", "mme": "f", "madame": "f", "mlle": "f", "mademoiselle": "f", "me": "x",
    "maître": "x", "docteur": "x", "pr": "x",
    # Italian
    "sig": "m", "signor": "m", "signore": "m", "sig.ra": "f", "sigra": "f", "signora": "f", "sig.na": "f",
    "signorina": "f", "dott": "m", "dottor": "m", "dottore": "m", "dott.ssa": "f", "dottssa": "f",
    "dottoressa": "f", "dr.ssa": "f", "drssa": "f", "avv.ta": "f", "ing": "x", "avv": "x", "arch": "x", "rag": "x", "geom": "x", "prof.ssa": "f",
    "professoressa": "f",
    # Dutch (the two-word "de heer" is handled first)
    "heer": "m", "dhr": "m", "mevrouw": "f", "mevr": "f", "mw": "f", "ir": "x", "drs": "x",
    # Swedish (titles are rarely used; accepted and dropped)
    "herr": "m", "fru": "f", "fröken": "f", "docent": "x", "advokat": "x", "doktor": "x", "leg": "x", "civilingenjör": "x", "civ.ing": "x", "civ.ek": "x", "fil.dr": "x", "tekn.dr": "x", "med.dr": "x", "jur.kand": "x",
}

# Particles that belong to the surname (lower-case inside a full name in Dutch: "Sanne de Vries").
_PARTICLES = frozenset(
    "van de der den het ten ter te in 't von zu da di del della delle dello dei degli dal dalla dalle dallo dall' dell' la le du des d' af av "
    "vande vanden vander el al lo li dos das do ben bin bint abu ibn st st. saint sainte "
    "ní nic ó ua uí mac mag ap".split()  # Irish and Scottish Gaelic, Welsh: "Dr Ní Bhriain", "Mr Mac Giolla"
)
# Titles greeted with the first name ("Dear Sir Malcolm,", "Dear Dame Helen,"), never the full name.
_FIRST_NAME_TITLES = frozenset({"sir", "dame"})

# How each language writes a title in a formal greeting, by kind and by the title typed.
_FORMAL_TITLE: dict[Language, dict[str, str]] = {
    Language.en: {"m": "Mr", "f": "Ms", "mrs": "Mrs", "miss": "Miss", "dr": "Dr", "doctor": "Dr", "prof": "Professor",
                  "professor": "Professor", "mx": "Mx", "sir": "Sir", "dame": "Dame", "lord": "Lord", "lady": "Lady",
                  "rev": "Reverend", "revd": "Reverend", "reverend": "Reverend", "dr.ssa": "Dr", "dott.ssa": "Dr", "dott": "Dr"},
    Language.fr: {"m": "Monsieur", "f": "Madame", "dr": "Docteur", "docteur": "Docteur", "me": "Maître",
                  "maître": "Maître", "prof": "Professeur", "pr": "Professeur"},
    Language.it: {"m": "Sig.", "f": "Sig.ra", "dott": "Dott.", "dottor": "Dott.", "dottore": "Dott.", "dott.ssa": "Dott.ssa",
                  "dottssa": "Dott.ssa", "dottoressa": "Dott.ssa", "ing": "Ing.", "avv": "Avv.", "arch": "Arch.",
                  "prof": "Prof.", "professor": "Prof.", "prof.ssa": "Prof.ssa", "professoressa": "Prof.ssa", "dr": "Dott.",
                  "dr.ssa": "Dott.ssa", "drssa": "Dott.ssa", "avv.ta": "Avv.",
                  "rag": "Rag.", "geom": "Geom."},
    Language.nl: {"m": "heer", "f": "mevrouw", "dr": "dr.", "prof": "professor", "professor": "professor", "ir": "ir.", "drs": "drs."},
    Language.sv: {},
}


@dataclass(frozen=True)
class Name:
    """A person's name as typed, taken apart."""

    typed: str
    title: str = ""  # the title's key, lower-case, no dot ("mme", "dott.ssa", "de heer" -> "heer")
    gender: str = ""  # "f", "m" or "" (unknown)
    first: str = ""  # "Sophie"; an initial ("S.") counts as no first name for a friendly greeting
    surname: str = ""  # with its particles: "de Vries", "van der Berg", "Lefèvre"

    @property
    def full(self) -> str:
        """First name and surname, without the title: "Sophie Lefèvre"."""
        return " ".join(x for x in (self.first, self.surname) if x)

    @property
    def given_name(self) -> str:
        """The first name when one was typed in full, else ''."""
        return "" if not self.first or re.fullmatch(r"(\w\.)+", self.first) else self.first


def _title_key(word: str) -> str:
    w = word.lower()
    return w if w in _TITLES else w.rstrip(".")


def _elided_particle(word: str) -> bool:
    """A surname with an elided particle ("d'Arcy", "D’Amico", "l'Estrange") is a name, not lower-case text."""
    return bool(re.match(r"[dl]['’]", word, re.IGNORECASE)) and word[2:3].isupper()


def parse_name(typed: str) -> Name:
    """Split a typed name; anything it does not recognise stays in first name and surname as typed."""
    text = " ".join(typed.replace(",", " ").split())
    words = text.split(" ")
    title = ""
    low = [w.lower() for w in words]
    if len(words) > 1 and low[0] == "de" and low[1] in ("heer", "hr", "hr."):
        title, words = "heer", words[2:]
    elif len(words) > 1 and _title_key(words[0]) in _TITLES:
        title, words = _title_key(words[0]), words[1:]
    second = _title_key(words[0]) if words else ""
    # Dutch "mr." after "mevrouw"/"de heer" is the law degree (meester in de rechten), not the English "Mr".
    dutch_mr = title in ("heer", "mevrouw", "mevr", "mw", "dhr") and second == "mr"
    while title and words and len(words) > 1 and second in _TITLES and (_TITLES[second] == "x" or dutch_mr):
        words = words[1:]  # "Mevr. dr. Jansen", "de heer prof. dr. Ter Haseborg": keep the first title (it carries the gender)
        second, dutch_mr = (_title_key(words[0]) if words else ""), False
    gender = _TITLES.get(title, "")
    gender = gender if gender in ("f", "m") else ""
    if not all(w[:1].isupper() or w.lower() in _PARTICLES or _elided_particle(w) for w in words):
        # Not a person's name as far as we can tell ("the Acme team", "équipe achats"): greeted as typed.
        return Name(typed=typed, title=title, gender=gender, surname=" ".join(words)) if title else Name(typed=typed, surname=text)
    if not words:
        return Name(typed=typed, title=title, gender=gender)
    if len(words) == 1:
        # One word: after a title it is the surname ("Mme Lefèvre"); alone, it is how the user names them.
        return Name(typed=typed, title=title, gender=gender, surname=words[0]) if title else Name(typed=typed, first=words[0])
    # A leading particle after a title ("mevrouw Van Damme", "M. de La Tour") starts the surname: there is no first name.
    if title and words[0].lower() in _PARTICLES and not (words[0] == "Ben" and len(words) > 1):  # "Dr Ben Achterberg": a first name
        return Name(typed=typed, title=title, gender=gender, surname=" ".join(words))
    # The surname starts at the first particle after the first name, else it is the last word.
    start = len(words) - 1
    for i in range(1, len(words) - 1):
        if words[i].lower() in _PARTICLES:
            start = i
            break
    first = " ".join(words[:start])
    return Name(typed=typed, title=title, gender=gender, first=first, surname=" ".join(words[start:]))


def _surname_alone(name: Name, language: Language) -> str:
    """The surname after a title: Dutch capitalises a leading particle there ("mevrouw De Vries")."""
    s = name.surname
    if language is Language.nl and s[:1].islower():
        return s[:1].upper() + s[1:]
    return s


def formal_title(name: Name, language: Language) -> str:
    """The title as this language writes it in a greeting, or '' when there is none to use."""
    table = _FORMAL_TITLE[language]
    return table.get(name.title) or table.get(name.gender, "") if name.title else ""


_FRIENDLY = {Language.en: "Hi {n},", Language.fr: "Bonjour {n},", Language.it: "Ciao {n},", Language.nl: "Hoi {n},",
             Language.sv: "Hej {n}!"}


def greeting(typed: str, language: Language, formal: bool) -> str:
    """The greeting line a native professional writes for this name, register and language."""
    name = parse_name(typed)
    title = formal_title(name, language)
    if not formal:
        if name.given_name:
            return _FRIENDLY[language].format(n=name.given_name)
        if not title:
            return _FRIENDLY[language].format(n=name.full or typed)
        # A title but no first name: the friendly register has nothing to go by, so greet neutrally.
        surname = _surname_alone(name, language)
        return {Language.en: f"Hello {title} {surname},", Language.fr: f"Bonjour {title} {surname},",
                Language.it: f"Buongiorno {title} {surname},", Language.nl: f"Beste {title} {surname},",
                Language.sv: f"Hej {name.full or typed}!"}[language]
    if language is Language.sv:  # Swedish business mail greets by first name, titles unused
        return f"Hej {name.given_name or name.full or typed},"
    if not title:
        who = name.full or typed
        return {Language.en: f"Dear {who},", Language.fr: f"Bonjour {who},", Language.it: f"Gentile {who},",
                Language.nl: f"Geachte {who},"}[language]
    surname = _surname_alone(name, language)
    if name.title in _FIRST_NAME_TITLES and title in ("Sir", "Dame") and name.given_name:
        surname = name.given_name  # "Dear Sir Malcolm,", "Bonjour Dame Helen,"
    if language is Language.en:
        return f"Dear {title} {surname},"
    if language is Language.fr:
        return f"Bonjour {title} {surname},"  # "Madame Lefèvre," alone reads as a translation in an email
    if language is Language.it:
        return f"Gentile {title} {surname},"
    return f"Geachte {title} {surname},"  # nl: "Geachte heer Bakker,", "Geachte mevrouw De Vries,"


def forms(typed: str) -> tuple[str, ...]:
    """Natural forms that count as the name being present: as typed, title + surname, first name."""
    name = parse_name(typed)
    out = [typed, name.full, name.surname, name.given_name]
    for language in Language:
        title = formal_title(name, language)
        if title and name.surname:
            out.append(f"{title} {_surname_alone(name, language)}")
        if title in ("Sir", "Dame") and name.given_name:
            out.append(f"{title} {name.given_name}")
    return tuple(dict.fromkeys(x for x in out if x))


def short(typed: str) -> str:
    """How to name a colleague after the first, full mention: the first name, else the name as typed."""
    name = parse_name(typed)
    return name.given_name or typed


ACADEMIC = frozenset({"dr", "doctor", "prof", "professor"})


def plain(typed: str) -> str:
    """A colleague's name in running text: first name and surname without the title ("Mr. James Walker" ->
    "James Walker"); as typed when there is no first name to go with the surname ("Dr. Wall")."""
    name = parse_name(typed)
    return name.full if name.title and name.given_name and name.surname else typed


# Titles that say what a person is (a lawyer, a doctor, an engineer), not only their gender: kept for a
# colleague in formal mail ("Maître Florian Achard", "il Dott. Alessio Manfredini"), dropped for Mr/Mme/Sig.
_PROFESSIONAL = frozenset(
    {"dr", "doctor", "prof", "professor", "me", "maître", "docteur", "pr", "dott", "dottor", "dottore", "dott.ssa",
     "dottssa", "dottoressa", "dr.ssa", "drssa", "ing", "avv", "avv.ta", "arch", "rag", "geom", "notaio", "prof.ssa", "professoressa", "rev",
     "revd", "reverend"}
)


def colleague(typed: str, language: Language, formal: bool) -> tuple[str, str, str]:
    """(first mention, later mention, role) for a colleague typed as "Me Florian Achard" or "Rémi Tessier, notre
    directeur artistique": formal mail keeps a professional title ("Maître Florian Achard", then "Maître Achard");
    the role after a comma is returned apart so a sentence can place it once."""
    who, _, role = typed.partition(",")
    who, role = who.strip(), role.strip()
    name = parse_name(who)
    title = formal_title(name, language) if name.title in _PROFESSIONAL else ""
    if formal and title and name.surname:
        first = f"{title} {name.full}" if name.given_name else f"{title} {name.surname}"
        return first, f"{title} {name.surname}", role
    return plain(who), short(who), role
