"""Dutch tables for the shared note normaliser (`composer.writers.reasons.normalise`, docs/notes/phr-y.md).

Data only: a hurried note ("ben ziek, keelontsteking", "moet om 14u m'n dochter halen", "kan prima via de mail")
becomes the clause a professional writes. Each rule is general (a shape of note), never one typed sentence.
"""

from __future__ import annotations

from typing import Any

_MONTHS = (("jan", "januari"), ("feb", "februari"), ("mrt", "maart"), ("apr", "april"), ("jun", "juni"), ("jul", "juli"),
           ("aug", "augustus"), ("sep", "september"), ("sept", "september"), ("okt", "oktober"), ("nov", "november"),
           ("dec", "december"))

# The month written out after a day number or "half/begin/eind" ("14 dec" -> "14 december", "half jan" -> "half januari").
_MONTH_EXPAND = tuple((rf"\b(\d{{1,2}}) {short}\b\.?", rf"\1 {full}") for short, full in _MONTHS)
_MONTH_NAMES = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                "november", "december")
# A day/month typed in a note after "tot/t/m/vanaf/van" ("vakantie tot 25/1"): the month written out ("tot 25 januari"),
# so the end date is said in prose (native review v16: "tot 25/1" was lost), never a numeric date in the sentence.
_NUMERIC_EXPAND = tuple((rf"\b(tot(?: en met)?|t/m|vanaf|van|per|na)\s+(\d{{1,2}})[/-]0?{n}\b(?![/-]\d)", rf"\1 \2 {name}")
                        for n, name in enumerate(_MONTH_NAMES, 1))

# A relative's pet name or chat word: the neutral word a client reads ("dochterlief" -> "mijn dochter").
_KIN = (
    (r"\b(?:m'n|mijn|de) (?:kleine|kleintje|ukkie|kids|koters|kroost)\b", "mijn kind"),
    (r"\b(?:dochterlief|de dochter|mijn meisje)\b", "mijn dochter"),
    (r"\b(?:zoonlief|de zoon|mijn mannetje)\b", "mijn zoon"),
    (r"\b(?:manlief|m'n man)\b", "mijn man"),
    (r"\b(?:vrouwlief|m'n vrouw)\b", "mijn vrouw"),
    (r"\bde kids\b", "mijn kinderen"),
)

NOTES: dict[str, Any] = {
    "expand": (
        # spelling of speech: "m'n", "z'n", "d'r"
        (r"\bm'n\b", "mijn"), (r"\bz'n\b", "zijn"), (r"\bd'r\b", "haar"),
        *_KIN,
        # a clock typed "14u", "14u30", "9.30u": the clock of the rest of the mail
        (r"\b(\d{1,2})u(\d{2})\b", r"\1.\2 uur"), (r"\b(\d{1,2})[.:](\d{2})\s?u\b(?!ur)", r"\1.\2 uur"),
        (r"\b(\d{1,2})\s?u\b(?!ur)", r"\1.00 uur"),
        # chat abbreviations
        (r"\bi\.?v\.?m\.?(?=\s)", "in verband met"), (r"\bzsm\b|\basap\b", "zo snel mogelijk"), (r"\bff\b", "even"),
        (r"\bmss\b", "misschien"), (r"\bafspr\.?(?=\s|$)", "afspraak"), (r"\btandartsafspr\b", "tandartsafspraak"),
        *_MONTH_EXPAND, *_NUMERIC_EXPAND,
        # a new baby at home in a work mail is a leave ("thuis met de baby" -> "met verlof")
        (r"\bthuis met (?:de|onze|mijn) (?:baby|pasgeborene|kleine)\b", "met verlof"),
        # an apology typed into the note: the frame apologises already
        (r"[,;]?\s*\bsorry(?: hoor)?\b[!.]*", ""),
    ),
    "filler": r"eigenlijk|echt|gewoon|hoor|trouwens|nou|zeg maar|ofzo|of zo",
    "so_words": ("dus", "daarom"),
    "and_word": "en",
    "subject_back": (
        # "kan prima via de mail": it can, not "I can" (a "kan" with no infinitive after it)
        (r"kan\b(?![^,]*\b(?:\w{2,}en|zijn|gaan|doen|staan|zien)\b)", "het kan"),
        (r"kon\b(?![^,]*\b(?:\w{2,}en|zijn|gaan|doen|staan|zien)\b)", "het kon"),
        # a first-person verb typed without "ik" ("ben ziek", "moet om 14 uur ...", "zit met griep in bed")
        (r"(ben|heb|word|ga|zit|moet|wil|sta|lig|kom|werk|doe|mag|zal|had|werd|moest|wilde|ging|zat|lag|stond|kwam|breng|"
         r"haal|rij|vlieg|reis|help|krijg|kreeg|voel)\b", r"ik \1"),
        # a state of the sender typed alone ("ziek", "dubbel geboekt", "op reis")
        (r"(ziek|grieperig|verkouden|koortsig|misselijk|onwel|geveld|dubbel geboekt|overboekt|onderweg|verhinderd)\b",
         r"ik ben \1"),
        # an illness typed alone ("griep", "migraine"): the sender has it
        (r"(griep|buikgriep|koorts|hoofdpijn|migraine|keelontsteking|covid|corona)\b", r"ik heb \1"),
        # "is echt ...", "was ...": an impersonal state of the matter
        (r"is\b", "het is"), (r"was\b", "het was"),
        # a period and an absence typed as a note: "14 december tot half januari met verlof"
        (r"(?:van )?(\d{1,2} \w+ (?:tot(?: en met)?|t/m) (?:half |begin |eind |medio )?(?:\d{1,2} )?\w+) "
         r"(met [\w-]*verlof|met vakantie|afwezig|op reis|in het buitenland)", r"ik ben van \1 \2"),
        (r"(vanaf \d{1,2} \w+|tot (?:en met )?(?:half |begin |eind |medio )?(?:\d{1,2} )?\w+) "
         r"(met [\w-]*verlof|met vakantie|afwezig|op reis|in het buitenland)", r"ik ben \1 \2"),
        (r"(met [\w-]*verlof|met vakantie|afwezig|op reis|in het buitenland|in het ziekenhuis)\b", r"ik ben \1"),
        # a leave typed as a bare noun with its period ("vakantie tot 25 januari"): "ik ben met vakantie tot ..."
        (r"([\w-]*verlof|[\w-]*vakantie) ((?:tot(?: en met)?|t/m|vanaf) (?:half |begin |eind |medio )?\d{1,2} [a-z]+)",
         r"ik ben \2 met \1"),
    ),
    "action_re": r"(?:ik )?(?:stuur|mail|bel|app|zet|maak|regel|deel|plan) (?:je|jou|u|jullie|het|de|een|alles|wel)\b",
    "action_sub": ((r"^(?!ik )", "ik "),),
    "client_re": r"^(?:de )?(?:klant|cliënt|client|patiënt|leerling|ouders)\b",
    "kinds": (
        ("leave", r"\b(?:[\w-]*verlof|[\w-]*vakantie|pensioen|sabbatical)\b"),  # "vakantie tot 25/1" is leave, never "iets"
        ("illness", r"\b(?:ziek|griep|koorts|keel\w*|verkouden|migraine|[\w-]*ontsteking|covid|corona|misselijk)\b"),
        ("child", r"\b(?:kind\w*|dochter|zoon|crèche|opvang|oppas|school|baby)\b"),
        ("appointment", r"\b(?:[\w-]*afspraak|tandarts|dokter|huisarts|ziekenhuis|orthodontist|fysio\w*)\b"),
        ("travel", r"\b(?:vliegtuig|vlucht|trein|reis|onderweg|buitenland|file)\b"),
        ("clash", r"\b(?:dubbel|overlap\w*|tegelijk|andere afspraak|ander overleg)\b"),
        ("workload", r"\b(?:druk|deadline|werkdruk|overvol|vol)\b"),
    ),
    "neutral": (
        ("illness", "ik ben ziek"),
        ("child", "ik moet om {time} voor mijn kind zorgen"), ("child", "ik moet voor mijn kind zorgen"),
        ("appointment", "ik heb om {time} een afspraak"), ("appointment", "ik heb dan een andere afspraak"),
        ("travel", "ik ben tot {until} op reis"), ("travel", "ik ben dan op reis"),
        # a leave's first day is said too when typed (v14 review: "tot 1 februari" alone left the client guessing)
        ("leave", "ik ben van {from} tot {until} met verlof"),
        ("leave", "ik ben tot {until} met verlof"), ("leave", "ik ben dan met verlof"),
        ("clash", "ik heb op dat moment een andere verplichting"),
        ("workload", "mijn agenda zit op dat moment vol"),
        ("other", "er is iets tussengekomen"),
    ),
    "until_re": r"\b(?:tot(?: en met)?|t/m|terug (?:op|vanaf))\s+((?:half |begin |eind |medio )?(?:\d{1,2} )?[a-z]+)",
    "time_re": r"\bom (\d{1,2}[.:]\d{2} uur|\d{1,2} uur)",
    "from_re": r"\b(?:van|vanaf|per)\s+(\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december))\b",
    "unsure_re": r"[&/+@#~]|\b\d{1,2}u\b|\b(?:idd|ok|oké|thx|tnx|pff|ugh|lol)\b",
    "max_clauses": 3,
}

# First-person work verbs typed without "ik" ("bak die hele week oliebollen"): the normaliser puts "ik" back, and
# `nl_sv_notes.noted` takes its reading (the phrasebook's own glue does not know them).
WORK_VERBS = ("bak", "draai", "lever", "bouw", "verhuis", "pak", "train", "speel", "vier", "bezoek", "leid", "tolk",
              "organiseer", "presenteer", "schilder", "verbouw")

# What the shared lexicon needs to put a dropped subject back ("ben ziek" -> "ik ben ziek"); merged into `REASONS`.
LEXICON_EXTRA: dict[str, Any] = {
    "subjectless_re": r"ben|heb|word|ga|zit|moet|wil|sta|lig|kom|werk|doe|mag|zal|had|werd|moest|wilde|ging|zat|lag|stond|kwam|"
                      r"breng|haal|rij|vlieg|reis|help|geef|sta|zie|krijg|kreeg|voel|" + "|".join(WORK_VERBS),
    "first_subject": "ik",
    "state_re": r"(?:ziek|grieperig|verkouden|koortsig|misselijk|onwel|geveld|op reis|onderweg|in het buitenland|"
                r"dubbel geboekt|overboekt|met vakantie|met verlof|afwezig)\b",
    "first_be": "ik ben",
    "informal_re": r"\b(?:m'n|z'n|d'r|ff|zsm|kids|koters|ukkie|dochterlief|zoonlief|manlief|vrouwlief|balen|shit|pff|kapot|"
                   r"gesloopt|brak|vette|superdruk)\b",
    "and_word": "en",
}
