"""Swedish tables for the shared note normaliser (`composer.writers.reasons.normalise`, docs/notes/phr-y.md).

Data only: a hurried note ("förkyld, ingen röst kvar", "lillan ska till BVC kl 11, sorry", "det är typ tre klick,
jag skickar en guide") becomes the clause a professional writes. Each rule is a general shape, never one sentence.
"""

from __future__ import annotations

from typing import Any

_MONTHS = (("jan", "januari"), ("feb", "februari"), ("mar", "mars"), ("apr", "april"), ("jun", "juni"), ("jul", "juli"),
           ("aug", "augusti"), ("sep", "september"), ("sept", "september"), ("okt", "oktober"), ("nov", "november"),
           ("dec", "december"))
_MONTH_EXPAND = tuple((rf"\b(\d{{1,2}}) {short}\b\.?", rf"\1 {full}") for short, full in _MONTHS)

# A relative's pet name: the neutral word a client reads ("lillan" -> "min dotter").
_KIN = (
    (r"\blillan\b", "min dotter"), (r"\blillen\b", "min son"), (r"\bgrabben\b", "min son"), (r"\btjejen\b", "min dotter"),
    (r"\bungarna\b|\bkidsen\b|\bbarnen\b", "mina barn"), (r"\bungen\b|\bbarnet\b|\bminstingen\b", "mitt barn"),
    (r"\bbebisen\b|\bbäbisen\b", "vår bebis"), (r"\bfrugan\b", "min fru"), (r"\bgubben\b", "min man"),
    (r"\bsambon\b", "min sambo"), (r"\bmorsan\b|\bmamsen\b", "min mamma"), (r"\bfarsan\b|\bpappsen\b", "min pappa"),
)

NOTES: dict[str, Any] = {
    "expand": (
        *_KIN,
        # the clock: "kl 11" -> "kl. 11" (the rest of the mail writes "kl.")
        (r"\bkl\s+(?=\d)", "kl. "),
        # chat abbreviations
        (r"\bpga\.?(?=\s)|\bp\.g\.a\.?", "på grund av"), (r"\basap\b", "så snart som möjligt"), (r"\bmkt\b", "mycket"),
        (r"\bngn\b", "någon"), (r"\bngt\b", "något"), (r"\biom\b", "i och med"), (r"\bev\.(?=\s)", "eventuellt"),
        *_MONTH_EXPAND,
        # "typ" before an amount is "ungefär"; elsewhere it is filler
        (r"\btyp\s+(?=\d|en\b|ett\b|två\b|tre\b|fyra\b|fem\b|sex\b|tio\b|några\b|någon\b)", "ungefär "),
        # "ingen röst kvar": the state said with its verb ("har ingen röst kvar")
        (r"^(?!.*\bhar\b)(.*?)\b(ingen|inget|inga) (\w+) kvar\b", r"\1har \2 \3 kvar"),
        # an apology typed into the note: the frame apologises already
        (r"[,;]?\s*\b(?:sorry|förlåt)\b[!.]*", ""),
    ),
    "filler": r"typ|liksom|asså|alltså|ju|ärligt talat|faktiskt|ba",
    "so_words": ("så", "därför"),
    "and_word": "och",
    "subject_back": (
        (r"(har (?:ingen|inget|inga))\b", r"jag \1"),
        # a state of the sender typed alone ("sjuk sen i går", "pappaledig 14/12-8/2", "dubbelbokad")
        (r"(sjuk|förkyld|krasslig|febrig|dubbelbokad|överbokad|bortrest|utomlands|på resande fot|ledig|\w+ledig|"
         r"sjukskriven|på semester|upptagen)\b", r"jag är \1"),
        (r"(fullt upp|mycket att göra|ont om tid)\b", r"jag har \1"),
        # an illness typed alone ("feber", "halsfluss"): the sender has it
        (r"(feber|huvudvärk|migrän|magsjuka|influensa|halsfluss|covid|ont i \w+)\b", r"jag har \1"),
        (r"(?=(?:ska|måste|hade|behöver|skulle|blir)\b)", "jag "),
    ),
    "action_re": r"(?:jag )?(?:skickar|mejlar|mailar|ringer|fixar|ordnar|delar|bokar|lägger) (?:dig|en|ett|det|den|över|in|upp|ut)\b",
    "action_sub": ((r"^(?!jag )", "jag "),),
    "client_re": r"^(?:kunden|klienten|patienten|eleven|föräldrarna)\b",
    "future": ((r"\bjag är\b", "jag kommer att vara"),),
    "ahead_re": r"\bfrån (?:och med )?\d|\bfr\.o\.m\.|\b\d{1,2}/\d{1,2}\s*[-–]\s*\d",
    "kinds": (
        ("leave", r"\b(?:\w*ledig\w*|semester|tjänstledig|sjukskriv\w*)\b"),
        ("illness", r"\b(?:sjuk|förkyl\w*|feber|influensa|halsfluss|migrän|covid|magsjuk\w*|röst)\b"),
        ("child", r"\b(?:barn\w*|dotter|son|dagis|förskola\w*|skola\w*|bvc|vab\w*|bebis)\b"),
        ("appointment", r"\b(?:tid hos|läkar\w*|tandläkar\w*|vårdcentral\w*|sjukhus\w*|\w*besök|bvc)\b"),
        ("travel", r"\b(?:flyg\w*|tåg\w*|resa|reser|bortrest|utomlands)\b"),
        ("clash", r"\b(?:dubbelbok\w*|krock\w*|samtidigt|annat möte)\b"),
        ("workload", r"\b(?:fullt upp|deadline|mycket att göra|hög arbetsbelastning)\b"),
    ),
    "neutral": (
        ("illness", "jag är sjuk"),
        ("child", "jag behöver ta hand om mitt barn kl. {time}"), ("child", "jag behöver ta hand om mitt barn"),
        ("appointment", "jag har en annan tid kl. {time}"), ("appointment", "jag har en annan tid bokad"),
        ("travel", "jag är bortrest till {until}"), ("travel", "jag är bortrest då"),
        ("leave", "jag är ledig till {until}"), ("leave", "jag är ledig då"),
        ("clash", "jag har ett annat åtagande då"),
        ("workload", "jag har fullt upp just då"),
        ("other", "det har kommit något emellan"),
    ),
    "until_re": r"\b(?:till|t\.o\.m\.|tom|tillbaka)\s+((?:mitten av |början av |slutet av )?(?:\d{1,2}(?:/\d{1,2}| [a-zåäö]+)|[a-zåäö]+))",
    "time_re": r"\bkl\.?\s*(\d{1,2}(?:[.:]\d{2})?)",
    "unsure_re": r"[&+@#~]|\b(?:asså|liksom|ba|nåt|sjukt|kanon|fett|lol)\b",
    "max_clauses": 3,
}

# First-person work verbs typed without "jag" ("bakar lussebullar hela veckan"): the normaliser puts "jag" back, the
# phrasebook reads them as finite verbs (`sv._FINITE`), and `nl_sv_notes.noted` takes the normaliser's reading.
WORK_VERBS = ("bakar", "arbetar", "står", "går", "kör", "flyttar", "renoverar", "packar", "föreläser", "undervisar",
              "levererar", "bygger", "målar", "tränar", "pluggar", "tävlar", "spelar", "firar", "hämtar", "lämnar",
              "väntar", "besöker", "håller", "leder", "sköter", "gör", "bränner", "deltar", "medverkar", "tolkar", "monterar")

# What the shared lexicon needs to put a dropped subject back ("ska till BVC" -> "jag ska till BVC"); merged into
# `REASONS`.
LEXICON_EXTRA: dict[str, Any] = {
    "subjectless_re": r"är|har|ska|måste|kan|kommer|behöver|hinner|sitter|ligger|åker|reser|jobbar|var|hade|blev|fick|kunde|skulle|" + "|".join(WORK_VERBS),
    "first_subject": "jag",
    "state_re": r"(?:sjuk|förkyld|krasslig|febrig|hemma med feber|dubbelbokad|överbokad|bortrest|utomlands|på resande fot|"
                r"ledig|föräldraledig|pappaledig|mammaledig|tjänstledig|sjukskriven|på semester)\b",
    "first_be": "jag är",
    "informal_re": r"\b(?:typ|asså|liksom|ba|lillan|lillen|ungen|ungarna|kidsen|frugan|gubben|sjukt|kanon|fett)\b",
    "and_word": "och",
}
