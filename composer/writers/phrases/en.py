"""English for the built-in writer: the sentence table and the grammar hooks (no control flow here).

Formal drafts use no contractions; friendly ones do. The user's words are slotted in so the sentence
stays English whatever was typed: the meeting named directly when it is one ("the photo shoot", "our
kick-off meeting for the ERP rollout"), as a topic otherwise ("our meeting about pricing"); the time
after "on" / "at" / nothing as it requires; the reason after "as" (a clause) or "due to" (a noun
phrase), with any connective the user typed ("because", "due to") taken off first.
"""

from __future__ import annotations

import re
from typing import Any

from composer.models import ClientMove, Intent, Language, Policy
from composer.names import ACADEMIC, formal_title, parse_name, short
from composer.names import plain as plain_name
from composer.writers import reasons, when
from composer.writers.plan import Plan, label_head, notice_span, num

# ---------------------------------------------------------------------------------------- reasons

_CLAUSE = re.compile(
    r"^(i|i'm|i've|i'll|i'd|we|we're|we've|we'll|you|he|she|they|it|it's|there|that|this|my|our|his|her|their)\b"
    r"|\b(is|are|am|was|were|has|have|had|will|can|cannot|can't|could|must|need|needs|'m|'s|'re|'ve"
    r"|won't|isn't|aren't|wasn't|weren't|hasn't|haven't|doesn't|don't|didn't|would|wouldn't|should"
    r"|broke|got|came|went|fell|took|ran|left|caught|felt|lost|forgot|became|made|said|told|thought|ate"
    r"|began|brought|found|gave|held|hit|hurt|kept|knew|let|met|paid|put|sent|spent|stood|woke|wrote)\b",
    re.IGNORECASE,
)
_DETERMINER = {"a", "an", "the", "this", "that", "my", "our", "your", "his", "her", "their", "its", "some"}
# A connective the user typed: taken off, and the reason glued as what follows it is.
_NP_LEAD = re.compile(r"^(because of|due to|owing to|on account of|as a result of|given(?! that))\s+", re.IGNORECASE)
# A reason that starts with a quantity ("only one update this week", "a few late cancellations lately") is a
# state of things: "as there is only one update", never "due to only one update" / "given the only one update".
_QUANTITY = re.compile(r"^(nothing|not much|not many|hardly any|hardly anything|little|very little|only|just|one|a few|few|several|some|many|no|two|three|four|five|a couple of|a number of|lots of|a lot of)\b", re.IGNORECASE)


def _there_is(np: str) -> str:
    """'there is only one update this week' / 'there have been a few cancellations lately'."""
    head = re.split(r"\s(?:this|that|last|next|lately|recently|today|in|on|at|for|from|of|with)(?![\w-])", " " + np, maxsplit=1)[0].split()
    many = re.match(r"(a few|few|several|many|two|three|four|five|a couple of|a number of|lots of|a lot of)\b", np, re.IGNORECASE)
    plural = bool(many) or (bool(head) and head[-1].lower().endswith("s") and not head[-1].lower().endswith("ss") and head[0].lower() != "one")
    recent = re.search(r"\b(lately|recently|so far|this (?:month|year|season|term))\b", np, re.IGNORECASE)
    verb = ("have been" if plural else "has been") if recent else ("are" if plural else "is")
    return f"there {verb} {np}"
_CLAUSE_LEAD = re.compile(r"^(because|as|since|given that|seeing that|now that)\s+", re.IGNORECASE)


def _has_past_verb(reason: str) -> bool:
    """A regular past tense ("the client moved the deadline"), not an adjective ("a delayed flight")."""
    words = re.findall(r"[a-z']+", reason.lower())
    return any(w.endswith("ed") and len(w) > 3 and i > 0 and words[i - 1] not in _DETERMINER for i, w in enumerate(words))


def _lower_first(text: str) -> str:
    """Lower-case a leading capital unless it starts a name, an acronym or the pronoun I."""
    text = text.strip().rstrip(".!;")
    first = text.split(" ", 1)[0]
    if first == "I" or first.startswith(("I'", "I’")) or first.isupper() or any(c.isupper() for c in first[1:]):
        return text
    if re.match(r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|"
                r"september|october|november|december|christmas|easter)(?:'s|’s)?$", first, re.IGNORECASE):
        return text[:1].upper() + text[1:]  # a weekday or month keeps its capital ("as Wednesday's fully booked")
    return text[:1].lower() + text[1:]


def _is_clause(reason: str) -> bool:
    if re.match(r"(?i)^(?:a|an|the|some|another)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:that\s+|which\s+)?(?:I|we|you|they|he|she)\b", reason):
        return False  # "a board meeting I can't move": a noun with its relative clause is a noun phrase
    return bool(_CLAUSE.search(reason)) or _has_past_verb(reason)


def _parse_reason(reason: str) -> tuple[str, bool]:
    """(the reason without a typed connective, is it a clause)."""
    r = _lower_first(reason)
    kind = None  # every typed connective goes ("as because", "due to owing to"); the last one decides
    while m := (_NP_LEAD.match(r) or _CLAUSE_LEAD.match(r)):
        kind, r = _NP_LEAD.match(r) is None, r[m.end():]
    r = _own_subject(r)
    # a state typed after a comma with no subject ("..., off from the 14th to 11 Jan"): a leave still to come
    r = re.sub(r"(?i),\s+(off|away|out of (?:the )?office|on (?:leave|holiday|paternity leave|maternity leave))\s+(?=(?:from|until|till|between|for)\b)",
               r" and will be \1 ", r)
    return _noun_participle(r), (_is_clause(r) if kind is None else kind)


# A note typed without its possessive ("car's in the garage till Monday", "knee's playing up"): the sender's own
# thing, said with "my" and, before a place or a participle, "is" in full ("my car is in the garage").
_NOT_A_THING = frozenset(
    "it that there here what who everything nothing something someone everyone he she let where how this today tomorrow "
    "tonight everybody nobody somebody one client customer patient student".split()
)


def _own_subject(r: str) -> str:
    m = re.match(r"([a-z][a-z-]+)(?:'s|’s)\s+(\S+)(.*)$", r, re.DOTALL)
    if not m or m.group(1) in _NOT_A_THING | _DETERMINER or m.group(1).endswith("day"):
        return r
    noun, nxt, rest = m.groups()
    if re.fullmatch(r"(?:in|at|on|off|out|away|still|being|been|broken|booked|closed|down|up|not|gone|due|with|under|"
                    r"[a-z]+ing|[a-z]+ed)", nxt):
        return f"my {noun} is {nxt}{rest}" if not nxt.endswith("ing") else f"my {noun}'s {nxt}{rest}"
    return r


_ADVERBS = {"already", "double", "over", "still", "fully", "just", "completely", "totally", "really", "now", "also"}
_PARTICIPLE = re.compile(r"^([a-z][\w-]*(?: [a-z][\w-]*)?) ((?:double-|over|re)?[a-z-]+ed)\b(.*)$")


def _noun_participle(r: str) -> str:
    """A note typed as noun + participle ("venue double-booked", "flight cancelled") as a sentence:
    "the venue has been double-booked", "the flights have been cancelled"."""
    m = _PARTICIPLE.match(r)
    if not m or _CLAUSE.search(r) or m.group(1).split()[0] in _DETERMINER or m.group(1).split()[0] in _STATES | _BARE_VERBS:
        return r
    noun, part, rest = m.groups()
    if noun.split()[-1] in _STATES or noun.endswith("ed") or noun.split()[0] in _ADVERBS:
        return r
    if rest and not re.match(r" (by|at|for|in|on|until|till|today|tomorrow|tonight|this|again|last|yesterday|due|because|and)\b", rest):
        return r  # "client moved the deadline" has an object: an active verb, already a clause
    return f"the {noun} {'have' if noun.endswith('s') and not noun.endswith('ss') else 'has'} been {part}{rest}"


# A reason typed as a bare state ("sick", "double booked", "travelling") or a bare verb ("got sick", "missed
# my train") has no subject: it gets one ("I am sick", "I missed my train"; for the client "you were sick").
_STATES = {"sick", "ill", "unwell", "busy", "away", "off", "out", "abroad", "unavailable", "stuck", "late", "overbooked",
           "double-booked", "tied", "swamped", "snowed", "poorly", "travelling", "traveling", "on"}
_BARE_VERBS = {"got", "missed", "forgot", "overslept", "caught", "broke", "fell", "lost", "had", "have", "need", "must", "don't", "didn't", "haven't",
               "can't", "cannot", "won't", "couldn't", "came", "went", "ran", "woke"}
# Countable nouns that need "a" when typed bare ("family emergency" -> "a family emergency").
_COUNTABLE = {"fair", "conference", "exhibition", "show", "event", "strike", "workshop", "visit", "emergency", "conflict", "clash", "appointment", "meeting", "trip", "deadline", "issue", "problem",
              "commitment", "engagement", "matter", "delay", "visit", "strike", "accident", "funeral", "wedding",
              "situation", "change", "call", "request", "audit", "event", "kid", "child", "son", "daughter", "baby", "toddler"}


# Words that may follow a state adjective in a subjectless note ("sick today", "busy with a launch", "away until Monday").
_AFTER_STATE = frozenset(
    "with at in on for until till since from this that today tomorrow again and or but all as again now then these those "
    "all-day the a an to by over off out up down".split()
)


def _subjectless(r: str) -> str | None:
    """'state' for "sick" / "double booked" / "travelling", 'verb' for "got sick" / "missed my train", else None."""
    r = re.sub(r"^(already|still|currently|fully|completely|really|quite|just|so|totally|absolutely|pretty|a bit|a little)\s+", "", r, flags=re.IGNORECASE)  # "already committed", "just swamped"
    first = r.split(" ", 1)[0].lower()
    if first in ("committed", "booked", "engaged", "taken", "scheduled"):
        return "state"
    words = r.split()
    if first in _STATES and len(words) > 1 and re.fullmatch(r"[a-z]+", words[1]) and words[1].lower() not in _AFTER_STATE | _STATES | {"under", "work", "duty", "site", "leave", "holiday"}:
        return None  # "sick kid": an adjective before a noun is a noun phrase, never "as I'm sick kid"
    if first in _STATES or (first.endswith("ing") and first not in ("meeting", "morning", "evening", "building", "wedding", "training",
                                                                      "something", "nothing", "everything", "anything")):
        return "state"
    if first in ("double", "over") or (first.endswith("ed") and len(r.split()) <= 3 and first not in _DETERMINER):
        return "state"
    return "verb" if first in _BARE_VERBS else None


def _with_article(np: str) -> str:
    words = np.split()
    head = re.split(r"\s(?:in|at|on|from|with|for|of|this|next|that)\s", " " + np + " ", maxsplit=1)[0].split()  # "trade fair" in "trade fair in Birmingham"
    if words and head and words[0].lower() not in _DETERMINER and head[-1].lower() in _COUNTABLE and len(head) <= 3 and words[0][:1].islower():
        return ("an " if np[:1].lower() in "aeiou" else "a ") + np
    return np


def _unsplice(r: str) -> str:
    """Two clauses typed with a comma ("everything's ready, it just needs your sign-off") joined with "and"."""
    head, sep, tail = r.partition(", ")
    if sep and tail and "," not in tail and not re.match(r"(and|but|so|or)\b", tail, re.IGNORECASE) and _CLAUSE.match(tail):
        return f"{head} and {tail}"
    return r


def fronted(reason: str | None, formal: bool = True) -> str:
    """The reason at the head of a sentence, before a request: 'As I am stuck in Edinburgh', 'Given the tube strike'."""
    why = because(reason, formal).strip()
    if not why:
        return ""
    why = why.lstrip(", ")
    if not why.startswith(("as ", "due to ")):
        return why[:1].upper() + why[1:]  # the user's own lead: "With the snow forecast, could we ...?"
    r, clause = _parse_reason(reason)
    if why.startswith(" as there ") or why.startswith("as there "):
        return why.strip()[:1].upper() + why.strip()[1:]
    if why.startswith("due to ") and not clause and r.split(" ", 1)[0].lower() not in _DETERMINER and r[:1].islower():
        if _plural_head(r):
            return f"With {r}"  # "With back-to-back calls all afternoon, could we ...", never "Given the back-to-back calls"
        return f"Given the {r}"  # a bare hindrance typed by the user is a known one: "Given the tube strike"
    if why.startswith("due to the "):
        return "Given " + why[len("due to "):]
    return why[:1].upper() + why[1:]


_HEAD_END = re.compile(r"\s(?:all|this|that|these|in|on|at|for|from|with|until|till|today|tomorrow|tonight|next|every|and|or|"
                       r"before|after|around|across|over)(?![\w'-])", re.IGNORECASE)


def _plural_head(np: str) -> bool:
    """The noun phrase's head is plural ("back-to-back calls all afternoon", "roadworks on the A6")."""
    head = _HEAD_END.split(" " + np, maxsplit=1)[0].split()
    last = head[-1].lower() if head else ""
    return len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is", "news"))


# A typed lead that carries its own meaning ("with the snow forecast", "ahead of the audit"): kept, with no
# connective of ours before it. A lead of time ("before your first class") follows the verb with no comma.
_OWN_LEAD = re.compile(r"^(with|what with|in view of|in light of|considering|following|after|amid|during|despite|"
                       r"in the middle of|for|from|without)(?![\w'-])", re.IGNORECASE)
_TIME_LEAD = re.compile(r"^(before|ahead of|in the run-up to|prior to|until|by the time)(?![\w'-])", re.IGNORECASE)
# Words that only frame a note ("just so you know", "FYI", "to be honest"): they cannot follow "as".
_FRAME_WORDS = re.compile(r"^(?:just so you know|so you know|fyi|for your information|to be honest|honestly|frankly|basically|"
                          r"just a heads-up|heads-up|as a heads-up|(?:just |only )?(?:a |as a )?(?:quick |gentle |friendly )?reminder)\s*[,:-]?\s*", re.IGNORECASE)
# A consequence typed after the cause ("..., I'll have to pass"): the frame already says it, so it goes (no double no).
_CONSEQUENCE = re.compile(r"(?:,|;|\s[-–])?\s*(?:so\s+)?(?:I|we)(?:'ll| will| would| 'd|'d)?\s*(?:have to|need to|must|can't|cannot|won't be able to|am unable to|'m unable to)?\s*"
                          r"(?:pass|sit (?:this|it) one out|give (?:it|this) a miss|miss (?:it|this one)|decline|skip (?:it|this one)|make it|attend|join|come)"
                          r"(?:\s+(?:this time|on this one|this year|I'm afraid|I am afraid))?\s*[.!]?$", re.IGNORECASE)


# The refusal typed before its cause ("can't make it, got the kids"): the frame says it, only the cause is kept.
_LEADING_NO = re.compile(r"(?i)^(?:sorry,?\s+)?(?:I\s+)?(?:can't|can’t|cannot|won't be able to|will not be able to|am unable to)\s+"
                         r"(?:make it|come|attend|join|do it|be there)(?:\s+(?:this time|I'm afraid))?\s*[,;:.–-]\s*")
# "kids are off school": the sender's own children, with the article English needs
_FAMILY_BARE = re.compile(r"(?i)^(kids|children|twins|boys|girls)\b")
# "got the kids" (have them with me), not "got sick"/"got stuck": "I have the kids"
_GOT_THING = re.compile(r"(?i)^got\s+(?=(?:the|my|a|an|some|two|three)\s)")


# Where the sender will be, typed without a subject ("at my sister's wedding", "in Lisbon that week", "away at a
# conference"): said as a clause with its subject and future ("I'll be at my sister's wedding"), never dropped.
_WHERE = re.compile(r"(?i)^(?:away\s+)?(?:at|in|abroad in|over in|down in|up in)\s+(?=(?:my|a|an|the|our|[A-Z])\w*)")


def _located(reason: str | None, formal: bool) -> str | None:
    if not reason or not _WHERE.match(reason.strip()) or len(reason.split()) < 2:
        return reason
    return ("I will be " if formal else "I'll be ") + reason.strip()


def _cause_only(reason: str | None) -> str | None:
    """The note without a refusal typed before its cause ("can't make it, got the kids" -> "got the kids") and without
    an apology typed after it ("..., sorry!"): the frame says both."""
    if not reason:
        return reason
    rest = _TRAILING_SORRY.sub("", _LEADING_NO.sub("", reason.strip())).strip()
    return rest if len(rest.split()) >= 2 else reason


_CHANGE_FROM = re.compile(r"(?i)\b(?:from|as of|starting|starting from|effective)\s+((?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+)?"
                          r"(?:january|february|march|april|may|june|july|august|september|october|november|december|next month|next year)"
                          r"(?:\s+\d{4})?)\b")
_TRAILING_SORRY = re.compile(r"(?i)\s*[,;–-]?\s*(?:so\s+|really\s+)?(?:sorry|apologies)(?:\s+(?:about (?:that|this)|for (?:this|that|the (?:short notice|hassle|inconvenience))))?\s*[.!]*\s*$")


def _typed(reason: str) -> str:
    r = re.sub(r"(?i)(?<!\w)unfortunately,?\s+", "", reason.strip())
    r = _FRAME_WORDS.sub("", r).strip().rstrip(".!;").strip()
    r = _cause_only(r) or r
    r = _GOT_THING.sub("have ", r)
    r = _FAMILY_BARE.sub(lambda m: "the " + m.group(1).lower(), r)
    cut = _CONSEQUENCE.sub("", r).strip(" ,;-–")
    return cut if len(cut.split()) >= 2 else r


def own_sentence(reason: str | None, formal: bool = True) -> str:
    """The reason as a sentence of its own when no frame can take it as typed: a fronted cause before a main
    clause ("Owing to a family emergency, I have to be away on Tuesday", "Because your brief is clear, I can
    answer in writing"), a noun phrase joined to a clause by "and" ("a family emergency and I have to be
    away"), a note with a colon. '' when a frame can take the reason."""
    if not reason or not _typed(reason):
        return ""
    r = _typed(reason)
    if re.search(r"(?i),\s*so\s+(?!that\b|much\b|far\b)\w", r) and not (_CLAUSE_LEAD.match(r) or _NP_LEAD.match(r)):
        # a cause with its own consequence ("There isn't much to discuss, so a short summary should do"): said as
        # typed, after the main clause, never "As ..., so ..., I believe ..."
        return _sentence(_formal_words(r, formal))
    subject = re.match(r"(I|We|My|Our|There|It|The|This|That|His|Her|Their|He|She|They)\b", r)
    if subject and reason.strip().endswith((".", "!")) and len(r.split()) >= 6 and _is_clause(r[subject.end():] or r) and not re.search(r":\s", r):
        # a whole sentence typed as one (capital, subject, verb, full stop) stays the user's own sentence
        return _sentence(_formal_words(r, formal))
    if re.search(r":\s", r):
        # a note with a colon ("Forecast: rain all day.") follows no "as"/"due to", but it is the user's reason: it
        # stands as its own sentence, as in the other languages
        return _sentence(r)
    m = re.match(r"(.+?)(?:,\s+|\s+and\s+)(.+)$", r)
    if not m:
        return ""
    head, tail = m.group(1), m.group(2)
    if not _is_clause(tail):
        return ""
    if _CLAUSE_LEAD.match(head) or _NP_LEAD.match(head) or _OWN_LEAD.match(head) or _TIME_LEAD.match(head):
        return _sentence(f"{head}, {tail}")  # the user's fronted cause, kept
    if _subjectless(head) == "state" and not _CLAUSE.match(head) and not re.match(r"(?i)(owing|according|regarding|concerning|following|pending)\b", head):
        # "just swamped at the moment, I'll have to sit this one out": the state gets its subject, the consequence follows
        return _sentence(_formal_words(f"{'I am' if formal else 'I’m'} {_lower_first(head)}, so {tail}".replace("’", "'"), formal))
    if _is_clause(head):
        return ""  # two clauses: "as X and Y" reads well
    return _sentence(f"Due to {_with_article(_lower_first(head))}, {tail}")


_CONTRACTIONS = {"i'm": "I am", "i've": "I have", "i'll": "I will", "i'd": "I would", "we're": "we are", "we've": "we have",
                 "we'll": "we will", "it's": "it is", "can't": "cannot", "won't": "will not", "don't": "do not",
                 "doesn't": "does not", "isn't": "is not", "aren't": "are not", "wasn't": "was not", "didn't": "did not",
                 "couldn't": "could not", "haven't": "have not", "hasn't": "has not", "there's": "there is", "that's": "that is"}


def _formal_words(text: str, formal: bool) -> str:
    """A formal mail writes the user's contractions out ("I'm off for surgery" -> "I am off for surgery")."""
    if not formal:
        return text

    def full(m: re.Match[str]) -> str:
        said = _CONTRACTIONS[m.group(0).lower().replace("’", "'")]
        return said if said.startswith("I ") or m.group(0)[:1].islower() else said[:1].upper() + said[1:]

    pattern = "|".join(re.escape(k) for k in sorted(_CONTRACTIONS, key=len, reverse=True))
    return re.sub(rf"(?i)(?<![\w'’])(?:{pattern.replace(chr(39), '[’' + chr(39) + ']')})(?![\w'’])", full, text)


def _sentence(text: str) -> str:
    text = text.strip().rstrip(".!;")
    return text[:1].upper() + text[1:] + "."


# "we're at our own kick-off that day": a present place for the meeting's day is said in the future (native review v15)
_THAT_DAY = re.compile(r"\b(?:that|the same) (?:day|morning|afternoon|evening|week)\b|\bon the day\b|\bthen\b", re.IGNORECASE)
_PRESENT_AT = re.compile(r"\b(I|we|they)(?:'re|'m| am| are) (at|in|on|away|off)\b", re.IGNORECASE)


def _then_future(reason: str) -> str:
    if not _THAT_DAY.search(reason):
        return reason
    return _PRESENT_AT.sub(lambda m: f"{m.group(1)} will be {m.group(2)}", reason)


def because(reason: str | None, formal: bool = True) -> str:
    """' as I am travelling' / ' due to a clash with a board meeting' / '' when no reason."""
    if not reason or not reason.strip(" .!;"):
        return ""
    reason = _then_future(reason)
    reason = re.sub(r"(?i)(?<!\w)unfortunately,?\s+", "", reason)  # the frame already says it
    reason = _OFF_ON.sub(r"\1", reason)  # "off on holiday from the 11th" -> "on holiday from the 11th"
    own = _lower_first(_typed(reason))
    if not own:
        return ""
    if re.search(r":\s", own):
        return ""  # a note or a label with a colon cannot follow "as" / "due to"
    if _TIME_LEAD.match(own):
        return " " + own  # "I'm sharing it before your first class."
    if _OWN_LEAD.match(own):
        return ", " + own  # "..., with the snow forecast"
    reason = _formal_words(own, formal)
    r, clause = _parse_reason(reason)
    r = _unsplice(r)
    if not clause and _QUANTITY.match(r):
        return f" as {_there_is(r)}"  # "nothing new to discuss" is a state of things, not "I'm nothing new"
    bare = _subjectless(r)
    if bare == "state":
        return f" as {'I am' if formal else 'I’m'} {r}".replace("’", "'")
    if bare == "verb":
        return f" as I {r}"
    if not clause and _LEAVE.search(r) and r.split(" ", 1)[0].lower() not in _DETERMINER:
        return (" as I am on " if formal else " as I'm on ") + r  # "as I'm on parental leave from Monday"
    if not clause and _QUANTITY.match(r):
        return f" as {_there_is(r)}"
    return f" as {r}" if clause else f" due to {_with_article(r)}"


_ILLNESS = re.compile(r"(?i)^(?:(?:the|a|an|bad|nasty|really bad|awful)\s+)*(?:flu|cold|covid(?:-19)?|fever|migraine|stomach bug|tummy bug|"
                     r"bug|virus|chest infection|sore throat|cough|norovirus|food poisoning|tonsillitis|heavy cold)$")
_OFF_ON = re.compile(r"(?i)\boff (on (?:holiday|holidays|leave|vacation|annual leave|paternity leave|maternity leave))\b")
_ILL = re.compile(r"(sick|ill|unwell|poorly)\b", re.IGNORECASE)
_LEAVE = re.compile(r"\b(leave|holiday|holidays|vacation|sabbatical)\b", re.IGNORECASE)


_FIRST_PERSON = re.compile(r"^(i|i'm|i've|i'll|i'd|my|we|we're|we've|our|me)\b", re.IGNORECASE)


_TO_YOU = {"i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself", "we": "you", "us": "you",
           "our": "your", "ours": "yours", "i'm": "you're", "i've": "you've", "i'll": "you'll", "i'd": "you'd",
           "we're": "you're", "we've": "you've", "we'll": "you'll", "we'd": "you'd"}


def to_second_person(reason: str) -> str | None:
    """The client's own words told back to them: "my flight was cancelled" -> "your flight was cancelled".
    None when a verb would have to change in a way we do not handle ("I am", "I was")."""
    words = reason.split(" ")
    out = []
    for i, w in enumerate(words):
        low = w.lower()
        if low in _TO_YOU:
            nxt = words[i + 1].lower() if i + 1 < len(words) else ""
            out.append(_TO_YOU[low])
            if low == "i" and nxt in ("am", "was", "wasn't"):
                words[i + 1] = {"am": "are", "was": "were", "wasn't": "weren't"}[nxt]
        else:
            out.append(w)
    return " ".join(out)


_THIRD = re.compile(r"(?<![\w'])(she|he|they|her|his|their|theirs|them|him|herself|himself|themselves|she's|he's|they're|they've|she'd|he'd|they'd)(?![\w'])", re.IGNORECASE)
_THIRD_TO_YOU = {"she": "you", "he": "you", "they": "you", "his": "your", "their": "your", "theirs": "yours", "them": "you",
                 "him": "you", "herself": "yourself", "himself": "yourself", "themselves": "yourself"}
_AGREE = {"was": "were", "wasn't": "weren't", "is": "are", "isn't": "aren't", "has": "have", "hasn't": "haven't",
          "does": "do", "doesn't": "don't"}
_PREPOSITIONS = {"to", "for", "with", "at", "on", "by", "from", "about", "and", "or", "up", "off", "down", "in", "out", "."}


def third_to_you(reason: str, first: str = "") -> str | None:
    """A note about the client written in the third person ("her car broke down", "Chloe's son is ill",
    "their chair was taken ill"), told to the client: "your car broke down". None when a verb would have to
    change in a way we do not handle ("she needs", "she's") -- the reason is then referred to neutrally."""
    text = reason
    if first:
        text = re.sub(rf"(?i)(?<!\w){re.escape(first)}['’]s(?!\w)", "your", text)
        text = re.sub(rf"(?i)(?<!\w){re.escape(first)}(?!\w)", "you", text)
    words = text.split(" ")
    out: list[str] = []
    subject = False
    for i, w in enumerate(words):
        low = w.lower().rstrip(".,;!")
        tail = w[len(low):] if w.lower().startswith(low) else ""
        if subject and low in _AGREE:
            out.append(_AGREE[low] + tail)
            subject = False
            continue
        if subject and re.fullmatch(r"[a-z]+s", low) and low not in ("was", "has", "is", "does") and not low.endswith("ss"):
            return None  # "she needs": a present-tense verb to turn, not safe
        subject = False
        if low in ("she's", "he's", "they're", "they've", "she'd", "he'd", "they'd"):
            return None
        if low == "her":
            nxt = words[i + 1].lower() if i + 1 < len(words) else ""
            out.append(("your" if nxt and nxt not in _PREPOSITIONS else "you") + tail)
            continue
        if low in _THIRD_TO_YOU:
            said = _THIRD_TO_YOU[low]
            out.append((said[:1].upper() + said[1:] if w[:1].isupper() and i == 0 else said) + tail)
            subject = low in ("she", "he", "they") or (first and low == "you")
            continue
        if low == "you" and first:
            subject = True
        out.append(w)
    said = " ".join(out)
    return said if said != reason else None


def neutral_sorry(formal: bool) -> str:
    """The client's note acknowledged without pasting it: used when it cannot be told back to them safely."""
    return "I hope everything is all right." if formal else "I hope all is well."


def sorry_to_hear(reason: str, formal: bool = True, past: bool = True, first: str = "") -> str:
    """Sympathy for the client's reason; their first-person words are told back in the second person
    ("your flight was cancelled"), or quoted when that is not safe, never put in our mouth."""
    r, clause = _parse_reason(reason)
    sorry = "I am sorry to hear" if formal else "Sorry to hear"
    if _ILLNESS.match(r):  # "flu", "a bad cold": never "sorry to hear about flu"
        wish = ("I hope you are feeling better." if formal else "I hope you're feeling better!") if past else "I hope you feel better soon."
        return f"{sorry} you {'were' if past else 'are'} unwell. {wish}"
    bare = _subjectless(r)
    if bare == "state":
        said = f"{sorry} that you {'were' if past else 'are'} {to_second_person(r) or r}."
        if _ILL.match(r):  # an illness: the natural follow-on is a wish, not a pause
            said += (" I hope you are feeling better." if formal else " I hope you're feeling better.") if past else " I hope you feel better soon."
        return said
    if bare == "verb":  # "forgot", "missed the train": said back plainly, without pity
        return f"{'Thank you' if formal else 'Thanks'} for letting me know that you {to_second_person(r) or r}; these things happen."
    you = to_second_person(r) if _FIRST_PERSON.match(r) else None
    if you is not None:
        return f"{sorry} that {you}." if clause else f"{sorry} about {you}."
    if _FIRST_PERSON.match(r):
        return neutral_sorry(formal)  # their first person would have to be turned in a way we do not handle
    if _THIRD.search(r) or (first and re.search(rf"(?i)(?<!\w){re.escape(first)}(?!\w)", r)):
        # a note about the client, typed in the third person: told to them ("your car broke down"), else neutral
        you = third_to_you(r, first)
        if you is None or _THIRD.search(you):
            return neutral_sorry(formal)
        return f"{sorry} that {you}." if clause else f"{sorry} about {you}."
    if clause:
        return f"{sorry} that {r}."
    told = re.sub(r"^(a|an)\s+", "the ", _with_article(r), flags=re.IGNORECASE)  # their hindrance: "the last-minute clash"
    return f"{sorry} about {told}."


# ---------------------------------------------------------------------------------------- the meeting

# Head nouns that make the user's text a meeting or an event named directly.
_MEETINGS = {
    "meeting", "review", "sync", "workshop", "call", "session", "kick-off", "kickoff", "demo", "presentation",
    "interview", "check-in", "catch-up", "catchup", "standup", "stand-up", "briefing", "appointment",
    "consultation", "audit", "training", "retrospective", "retro", "planning", "onboarding", "walkthrough",
    "meetup", "1:1", "one-to-one", "debrief", "pitch", "visit", "tour", "webinar", "day", "days", "follow-up",
    "followup", "course", "class", "seminar", "offsite", "off-site", "retreat", "convention", "summit", "introduction",
    "intro", "hearing", "tasting", "call", "session", "handover", "negotiation", "rehearsal", "coaching", "update",
    "chat", "assessment", "evaluation", "fitting", "viewing", "screening", "masterclass", "lecture", "talk", "huddle",
    "brainstorm", "brainstorming", "qbr", "agm", "catch up", "get-together", "conversation", "discussion",
    "meeting", "meetings", "check", "forum", "hackathon", "roundtable", "round-table", "open day", "induction",
}
_EVENTS = {
    "inspection", "lunch", "dinner", "breakfast", "gala", "party", "reception", "shoot", "photoshoot", "filming", "conference",
    "fair", "show", "exhibition", "expo", "event", "ceremony", "drinks", "launch", "festival", "concert",
}
_PREPS = re.compile(r"\s(for|on|about|with|re:?|regarding|of|at|to|in)\s", re.IGNORECASE)
_DETERMINERS = ("the ", "a ", "an ", "our ", "your ", "this ", "that ", "my ", "their ")


# A body that meets, not a meeting: "our steering committee" is the committee, "our steering committee meeting" is the meeting.
_BODIES = {"committee", "board", "council", "panel", "jury"}
# Meals and drinks we share: "our lunch" when it is ours to move, "the lunch" when they invited us.
_SHARED = {"lunch", "dinner", "breakfast", "brunch", "drinks", "coffee"}


# Appointments and services named by themselves: "your massage", "the site survey", never "our meeting about the massage".
_APPOINTMENTS = {
    "massage", "trial", "lesson", "lessons", "treatment", "treatments", "valuation", "survey", "tasting", "fitting",
    "away-day", "awayday", "viewing", "inspection", "sessions", "appointment", "appointments", "consultation", "shoot",
    "check-up", "checkup", "haircut", "cut", "colour", "facial", "manicure", "pedicure", "stocktake", "stock-take",
    "physio", "physiotherapy", "therapy", "recording", "day", "tournament", "class", "classes", "rehearsal", "photoshoot",
    "trim", "shave", "blow-dry", "blowdry", "wax", "waxing", "fade",
    "grooming", "1:1", "one-to-one", "workout",
}


_TIME_POSSESSIVE = re.compile(r"(?i)^(?:(?:next|last|this)\s+(?:week|month|year|weekend)|today|tomorrow|tonight|yesterday)['’]s\s")
# A phrasal verb typed as the meeting's noun ("catch up", "check in", "follow up"): written as the noun, with its hyphen.
_PHRASAL_NOUN = re.compile(r"(?i)\b(catch|check|follow|kick|run|sign|wrap|set|walk)\s+(up|in|off|through|round)\b(?=\s+(?:re:?|about|on|with|for|regarding)\b|\s*$)")
# One bare lower-case word after "about"/"re:" at the end ("about website"): it takes "the".
_BARE_TOPIC = re.compile(r"(?i)\b(about|regarding|re:?)\s+(?!(?:the|a|an|our|your|my|their|this|that|these|those|some|next|last)\b)([a-z][a-z-]{2,})$")


def _recurring(ref: str, time: str | None) -> str:
    """A meeting that recurs ("first Tuesday of every month", "every Monday") is named in the plural once:
    "our trustee board prep meetings on the first Tuesday of every month"."""
    if not time or not re.search(r"(?i)\b(every|each)\b", time):
        return ref
    return re.sub(r"(?i)(?<=\s)(meeting|session|call|review|class|lesson|catch-up|check-in|sync|briefing)$", lambda x: x.group(1) + "s", ref)


# Heads that name an activity which is itself the meeting: "the naming sprint", never "our meeting about the naming sprint".
_ACTIVITIES = frozenset(
    "sprint walkround walk-round walkthrough walk-through walkabout kick-off kickoff handover hand-over rehearsal run-through "
    "dry-run tasting fitting viewing tour recce pitch retro retrospective standup stand-up huddle hackathon rollout go-live "
    "signing onboarding induction debrief teardown shoot photoshoot inspection survey valuation assessment audit "
    "walk site-visit drop-in open-day sweep service servicing repair repairs installation install maintenance clean "
    "cleaning delivery mot".split()
)


def meeting_ref(meeting: str, own: bool = False, theirs: bool = False, invited: bool = False, event: bool = False,
                booked: bool = False) -> str:
    """The meeting as a noun phrase: 'the photo shoot', 'our Q3 review', 'our meeting about pricing'.

    own: the meeting is ours to move or cancel (not an invitation we decline), so a shared lunch is "our lunch".
    theirs: a service the client booked (a massage, a valuation): "your massage".
    invited: their event we decline (a golf day, a recording): "the charity golf day", never "our"."""
    m = holidays(meeting.strip().rstrip("."))
    m = _PHRASAL_NOUN.sub(lambda x: f"{x.group(1)}-{x.group(2)}", m)  # "catch up re: website": the noun "catch-up"
    m = _BARE_TOPIC.sub(lambda x: f"{x.group(1)} the {x.group(2)}", m)  # "... about website" -> "... about the website"
    m = re.sub(r"(?i)(?<=\w)\s+(?:time\s+)?slot$", " session", m)  # "therapy slot": the booking, named as the session it is
    # English writes weekdays with a capital: "the Saturday driving lessons"
    m = re.sub(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(s?)\b", lambda x: x.group(1).capitalize() + x.group(2), m)
    if _TIME_POSSESSIVE.match(m):
        return m[:1].lower() + m[1:]  # "next week's training session", "tomorrow's call": a determiner of their own, never "our"
    if re.match(r"^[A-Za-z][\w-]*['’]s\s", m) and not m.lower().startswith(_DETERMINERS):
        # a possessive is its own determiner: "Jamie's guitar lesson", never "the jamie's guitar lesson"
        return m[:1].upper() + m[1:]
    first_word = m.split(" ", 1)[0]
    label = _PREPS.split(" " + m + " ", maxsplit=1)[0].strip().split()
    weekday = first_word.lower().rstrip("s") in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    if (not weekday and first_word[:1].isupper() and first_word[1:].islower() and not m.lower().startswith(_DETERMINERS) and len(label) > 1
            and label[-1].lower() in _APPOINTMENTS and all(w[:1].islower() for w in label[1:])):
        m = first_word.lower() + m[len(first_word):]  # "Site survey" typed as a label: a common noun mid-sentence
    if re.search(r"\b(your|our|my)\b", m, re.IGNORECASE) and not m.lower().startswith(_DETERMINERS):
        return f"the {m}"  # "the demo of your new CRM", "the presentation of our offer": never "our ... of our"
    if m.lower().startswith(_DETERMINERS):
        return m[:1].lower() + m[1:] if m.split(" ", 1)[0] in ("The", "Our", "A", "An", "This", "That", "My", "Your") else m
    first = m.split(" ", 1)[0]
    if first[:1].isupper() and first[1:].islower() and first.lower() in _MEETINGS | _EVENTS:
        m = first.lower() + m[len(first):]  # "Meeting with Acme" mid-sentence is a common noun
    head_part = _PREPS.split(" " + m + " ", maxsplit=1)[0].strip()
    last = head_part.lower().split()[-1] if head_part.split() else ""
    if theirs and (last in _APPOINTMENTS | _MEETINGS | _EVENTS):
        return f"your {m}"
    if event and not (last in _SHARED and own):
        return f"the {m}"  # a night out, a quiz, a party: an event named as such, never "our meeting about" it
    if last in _ACTIVITIES or (head_part.lower().split()[0] in _ACTIVITIES and last not in _MEETINGS | _EVENTS | _APPOINTMENTS):
        # the phrase names what is done, and that IS the meeting ("naming sprint", "walkround of the Cheadle unit"):
        # the plain article, never "our meeting about" it nor "your ... appointment"
        return f"the {m}" if m[:1].islower() or re.match(r"[A-Z0-9&-]*\d[A-Z0-9&-]*\b|[A-Z]{2,}\b", m) else m  # "the Q4 walkthrough"
    if theirs and not common_head(last):
        return f"your {m} appointment"
    if invited and (last in _APPOINTMENTS | _MEETINGS | _EVENTS):
        return f"the {m}"
    if last in _APPOINTMENTS - _MEETINGS:
        return f"your {m}" if booked and own and m[:1].islower() | m.split()[0].isupper() else f"the {m}"
    if last in _SHARED and own and not re.search(r"\b(gala|christmas|holiday|awards?|charity|party)\b", m, re.IGNORECASE):
        return f"our {m}"
    if last in _EVENTS:
        return f"the {m}"
    if last in _BODIES:
        return f"our {m} meeting"
    if last in _MEETINGS:
        return f"our {m}"
    common = m[:1].islower() or (len(m.split()) > 1 and m.split()[-1][:1].islower())  # "Acme partnership", not "Project Atlas"
    if theirs:
        # a service the client booked, named by what is done ("gel nails", "cut and blow-dry"): "your gel nails appointment"
        return f"your {m} appointment"
    if booked and own:
        # a service the client booked, moved or shortened by us ("cut + beard trim"): "your cut and beard trim",
        # never "our meeting about" it
        return f"your {m}"
    return f"our meeting about {'the ' if common else ''}{m}"


_HOLIDAYS = re.compile(r"(?<![\w-])(christmas|xmas|easter|new year'?s?|halloween|thanksgiving|diwali|hanukkah|eid|ramadan)(?![\w-])", re.IGNORECASE)


def holidays(text: str) -> str:
    """Holidays typed in lower case written as English writes them: "christmas bowling night" -> "Christmas bowling night"."""
    return _HOLIDAYS.sub(lambda x: "Xmas" if x.group(1).lower() == "xmas" else " ".join(w.capitalize() for w in x.group(1).split(" ")), text)


def common_head(last: str) -> bool:
    """A head noun that names a thing one books or attends (a session, a class), so no "appointment" is added."""
    return last in _APPOINTMENTS | _MEETINGS | _EVENTS or last.endswith(("ing", "ion"))


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon ", "tue", "wed", "thu", "fri", "sat", "sun ")
_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"


def at(time: str) -> str:
    """A time as an adverbial: 'on Thursday 14 March at 10:00', 'at 10:00', 'tomorrow at 3pm'; the day and
    the clock time split, so "Sat 14 Dec 7.30pm" reads "on Saturday 14 December at 7.30pm"."""
    read = when.parts(time, Language.en)  # from its value: "on Thursday 10 December at 3pm"
    if read:
        day, said = read
        return f"{_day_at(day)} {said}".strip() if day else said
    day, clock = when.split(time, Language.en)
    if not clock:
        return _day_at(when.expand(time.strip(), Language.en))
    said = when.clock_phrase(clock, Language.en)
    out = f"{_day_at(when.expand(day, Language.en))} {said}" if day else said
    if day and "&" in day and not when.faithful(time, out, Language.en):
        # "Tues & Thurs": "Tuesday & Thurs" is read as another day; the two days as typed, joined by "and"
        plain = _day_at(_AMP.sub(" and ", day.strip())) + " " + said
        return plain if when.faithful(time, plain, Language.en) else out
    return out


_AMP = re.compile(r"\s*&\s*")


def _day_at(time: str) -> str:
    t = time.strip()
    low = t.lower()
    if low.startswith(_WEEKDAYS) or re.match(rf"\d{{1,2}}(st|nd|rd|th)?\s+({_MONTHS})|({_MONTHS})\w*\s+\d|\d{{1,4}}[/-]\d", low):
        return f"on {t}"
    if re.match(r"\d{1,2}([:.]\d{2})?\s*(am|pm|h\b)|\d{1,2}[:.]\d{2}", low):
        return f"at {t}"
    if re.match(r"the (morning|afternoon|week) of\b", low):
        return ("in " if "week" in low.split()[1] else "on ") + t  # "in the week of 18 January", "on the morning of Saturday 12th"
    if re.match(r"(tomorrow|today|tonight|yesterday|next|this|last|on|at|in|earlier|later|early|end|mid|around|every|each)\b", low):
        return t
    if re.match(r"(the\s+)?(first|second|third|fourth|last)\s+\w+day\s+of\b", low):
        return "on " + ("" if low.startswith("the ") else "the ") + t  # "on the first Tuesday of every month"
    if re.match(r"(the\s+)?\d{1,2}(st|nd|rd|th)\b", low):
        return f"on {t}"  # "on the 10th", never "(the 10th)"
    return f"({t})"


# ---------------------------------------------------------------------------------------- hooks


def _current_span(m: str, time: str | None) -> str:
    """Shortening a meeting typed with its span ("Tue 8 Dec 1-4pm"): the old slot in brackets, so the new length does
    not stack on it: "our session on Tuesday 8 December (currently 1 to 4pm)". '' when the time has no span."""
    if not time:
        return ""
    day, clock = when.split(time, Language.en)
    span = when._RANGE.match(clock) if clock else None
    if not span:
        return ""
    said = when.clock_phrase(clock, Language.en).removeprefix("from ")
    bare = re.fullmatch(r"(\d{1,2}) to (\d{1,2})", said)
    if bare and all(int(x) <= 24 for x in bare.groups()):
        # "10 to 12" reads as ten to twelve (11:50): bare hours are joined by "until" ("10 until 12"); the fact model
        # reads no "10:00 to 12:00" in a typed "10-12"
        said = f"{bare.group(1)} until {bare.group(2)}"
    return f"{m} {_day_at(when.expand(day, Language.en))} (currently {said})" if day else f"{m} (currently {said})"


def _colleague(plan: Plan) -> dict[str, str]:
    """A colleague typed with a role ("Dr. Kwesi Annan, our head of investments"): the name with the role between
    commas once ("Dr Kwesi Annan, our head of investments, will ..."), then "Dr Annan"; subjects take the name only.
    A formal mail keeps an academic title ("Dr Samuel Adeyemi", then "Dr Adeyemi")."""
    typed = plan.situation.colleague_name
    if not typed:
        return {}
    who, _, role = typed.partition(",")
    who, role = who.strip(), role.strip().rstrip(".")
    name = parse_name(who)
    title = formal_title(name, Language.en)
    if plan.formal and name.title in ACADEMIC and title and name.surname:
        c, c1 = (f"{title} {name.full}", f"{title} {name.surname}")
    else:
        c, c1 = plain_name(who), short(who)
    if c1 == who and name.title in ACADEMIC and title and name.surname:
        c1 = f"{title} {name.surname}"  # never the full name twice
    if role and not re.match(r"(?i)(?:our|my|the|a|an|your|their|his|her)\s", role):
        role = f"our {role}"  # "Nadia Farrant, our Senior Consultant,": a bare role reads as a form field
    return {"c": c, "c1": c1, "c_name": c, "c_appos": f"{c}, {role}," if role else c}


_ORDINAL_DAY = re.compile(r"(?i)(\b(?:until|till|til|to|back on|back)\s+)?\bthe (\d{1,2})(?:st|nd|rd|th)\b(?! of\b)")
_MONTH_WORD = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,2}[/.-]\d{1,2}")


def _dated_note(reason: str | None, meeting_time: str | None) -> str | None:
    """"off from the 11th" -> "off from 11 January": a day typed alone in the note gets the month nearest the meeting's
    date, as every other date in the mail has it (native review v16). Unchanged when the meeting has no date."""
    if not reason or not meeting_time or not _ORDINAL_DAY.search(reason) or _MONTH_WORD.search(reason):
        return reason  # a note with a month of its own ("from the 14th to 11 January") is left as typed
    read = when.slot(meeting_time, Language.en)
    if read is None or read.day is None or read.month is None:
        return reason

    def dated(m: re.Match[str]) -> str:
        lead, day = m.group(1) or "", int(m.group(2))
        if not 1 <= day <= 31:
            return m.group(0)
        if lead:  # "until the 4th": an end, on or after the meeting (a hand-over for a leave that ends before it is none)
            month = read.month if day >= read.day else read.month % 12 + 1
        else:  # "from the 11th": the month whose day is nearest the meeting's (the same, the one before or after)
            month = min([(abs(day - read.day), read.month), (abs(day - 31 - read.day), (read.month - 2) % 12 + 1),
                         (abs(day + 31 - read.day), read.month % 12 + 1)])[1]
        if month != read.month:
            return m.group(0)  # the fact model reads a note's date only in a month the situation gives: as typed
        return f"{lead}{day} {when.MONTH_NAMES[Language.en][month - 1]}"

    return _ORDINAL_DAY.sub(dated, reason)


def counter_reason(reason: str | None, formal: bool) -> tuple[str, str | None]:
    """The client's time we turn down, read from our reason when it names it ("Thursday is our payroll day so I
    can't do that" -> ("Thursday", "it is our payroll day")), else "the time you suggested" and the reason without
    a consequence the frame already says ("so I can't do that" leaves "that" with nothing to point at)."""
    if not reason:
        return "the time you suggested", reason
    r = _COUNTER_CUT.sub("", reason.strip()).strip() or reason.strip()
    m = _COUNTER_DAY.match(r)
    end = _COUNTER_DAY_END.match(r) if not m else None
    if end:  # "we're fully booked on Thursday" -> ("Thursday", "we're fully booked that day")
        return end.group(2).capitalize() + end.group(3).lower(), f"{end.group(1)} that day"
    if not m:
        return "the time you suggested", r
    day, part, rest = m.group(1).capitalize(), m.group(2).lower(), m.group(3)
    return f"{day}{part}", ("it is " if formal else "it's ") + rest


# "Thursday is our payroll day", "Friday afternoon's our busiest time": the day the client offered, named by our reason
_COUNTER_DAY = re.compile(r"(?i)^(?:on\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)day)((?:\s+(?:morning|afternoon|evening))?)"
                          r"(?:\s+(?:is|was)\s+|['’]s\s+)(.+)$")
_COUNTER_DAY_END = re.compile(r"(?i)^((?:I|we)\b.{3,}?)\s+on\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day)s?((?:\s+(?:morning|afternoon|evening))?)$")
# a consequence typed after the cause that the refusal already says: "so I can't do that", "and we cannot make it"
_COUNTER_CUT = re.compile(r"(?i)(?:\s*[,;–-]\s*|\s+)(?:so|and)\s+(?:I|we)\s+(?:can't|can’t|cannot|can not|won't be able to|"
                          r"am unable to|are unable to|couldn't|could not)\s+(?:do|make|manage|attend|come)"
                          r"(?:\s+(?:it|that|then|that day|that time|it then))?\s*[.!]?$")


def slots(plan: Plan) -> dict[str, Any]:
    s, f = plan.situation, plan.formal
    own = why = front = then = ""
    before = False
    their_time, typed = "the time you suggested", _dated_note(_located(_cause_only(s.reason), f), s.meeting_time)
    if s.client_move is ClientMove.counter:
        their_time, typed = counter_reason(typed, f)
    if not plan.client_side:  # the ONE decision on the reason (reasons.decide): realise / neutral phrase / leave out

        def glue(text: str) -> reasons.Said:
            return reasons.Said(because(text, f), fronted(text, f), own_sentence(text, f))

        said = reasons.decide(typed, plan, glue, np_preps=_NP_PREPS)
        own, why, before, front = said.own, said.why, said.before, said.why_f
        then = said.then
        if front and not front.startswith("I "):
            front = front[:1].upper() + front[1:]
        if why.startswith(", as "):
            why = why[1:]  # the comma is added below
        if plan.policy_change and s.meeting is None and not own:
            # "new rules from March": the change is the opening's news; only its date is said ("The new terms apply from
            # March."), never "I am sharing it due to new rules from March"
            start = _CHANGE_FROM.search(s.reason or "")
            own, why, front = (f"The new terms apply from {start.group(1)}." if start else ""), "", ""
        if re.match(r"(?i)so (?!that\b|as\b)", front):
            front = front[:2] + " that" + front[2:]  # fronted, a purpose takes "so that": "So that we can finish ..., I ..."
    out: dict[str, Any] = {"at": at, "why": why, "n": s.duration_minutes or "", "why_own": own, "why_then": then,
                           "their_time": their_time, "their_day": their_time != "the time you suggested"}
    # the frame's verb is not repeated by the reason ("move ... has been moved"): "reschedule" then
    out["move"] = "reschedule" if re.search(r"(?i)\bmov(?:e|ed|ing)\b", why + own) else "move"
    # In a question a noun-phrase reason reads as a circumstance: "..., given the tube strike?"
    out["why_q"] = re.sub(r"^ due to (?:(?:a|an) )?", ", given the " if re.match(r" due to (?:a|an) ", why) else ", given ", why) if why.startswith(" due to ") else (", " + why.strip() if why else "")
    # A clause of reason after the main clause takes a comma: "I will not be able to attend, as I am already committed".
    out["why"] = "," + why if why.startswith(" as ") else why
    out["sorry"] = sorry_to_hear(s.reason, f, plan.past, parse_name(s.recipient_name).given_name) if s.reason else ""
    out["why_before"] = before
    out["Why_f"], out["why_f"] = front, (front if front.startswith("I ") else front[:1].lower() + front[1:])
    if s.meeting:
        m = meeting_ref(s.meeting, own=s.intent is not Intent.decline, theirs=plan.client_side and plan.booked,
                        invited=s.intent is Intent.decline and (plan.kind == "event" or plan.in_person), event=plan.head == "event",
                        booked=plan.in_person and plan.booked and not plan.work)
        m = _recurring(m, s.meeting_time)
        out["m"] = m
        head, rel = label_head(m)
        # a date never follows a relative clause: "the gala at the Savoy on Friday 18 December, where Henrietta announces ..."
        out["mw"] = (f"{head} {at(s.meeting_time)}, {rel}" if rel else f"{m} {at(s.meeting_time)}") if s.meeting_time else m
        out["mw_s"] = _current_span(m, s.meeting_time) or out["mw"]
        # "at 4pm to 20 minutes" reads as a span from 4pm to 20: "at 4pm down to 20 minutes"
        out["to_n"] = "down to" if _BARE_CLOCK_END.search(out["mw_s"]) and (s.duration_minutes or 99) <= 24 else "to"
        out["M"] = re.sub(r"^(the|a|an|our)\s+", "", s.meeting.strip(), flags=re.IGNORECASE)  # subject: "Factory tour: ..."
        out["M"] = re.sub(r"(?i)(?<=\w)\s+(?:time\s+)?slot$", " session", out["M"])  # as in the body: "Therapy session"
        head = _PREPS.split(" " + out["M"] + " ", maxsplit=1)[0].split()
        # a body one sits on (a judging panel, a jury) is not "taken over": the colleague takes my place on it
        out["take_over"] = "take my place on" if head and head[-1].lower() in _BODIES else "take over"
    out.setdefault("take_over", "take over")
    out.setdefault("to_n", "to")
    out["booking"] = "meeting" if plan.work or not s.meeting else "appointment"  # a missed check-up is booked again, not "met"
    # "Archie's 1:1 session" booked by a parent: the session is the named person's ("We missed Archie at the 1:1 session")
    theirs = re.match(r"^([A-Z][a-z]+(?:-[A-Z][a-z]+)?)['’]s\s+(.+)$", (s.meeting or "").strip())
    given = parse_name(s.recipient_name).given_name or ""
    if theirs and theirs.group(1).lower() != given.lower():
        rest = theirs.group(2)
        out["who"] = theirs.group(1)
        out["mw_theirs"] = f"the {rest} {at(s.meeting_time)}" if s.meeting_time else f"the {rest}"
    out.update(_colleague(plan))
    # a short shorten draft says what the shorter time still gives: the essentials of a work meeting, the most of a
    # session or a booking (a massage has no "essentials")
    out["rest"] = (("That should still leave us enough time for the essentials; anything else can follow by email." if f
                    else "That should still give us time for the essentials, and anything else can follow by email.")
                   if plan.work else ("I will make sure we make the most of the time." if f else "I'll make sure we make the most of the time."))
    sends = _SENDS.search(" ".join(x for x in (s.reason, then, own) if x))
    out["send"] = "" if sends else ("I will send you the details in writing." if f else "I'll send the details over shortly.")
    out["send_"] = out["send"] + " " if out["send"] else ""
    return out


_BARE_CLOCK_END = re.compile(r"(?i)(?:\d\s*(?:am|pm)|\bat \d{1,2})$")
# the note already says what follows by email ("I'll send the quote", "the figures are in the attached sheet")
_SENDS = re.compile(r"(?i)\b(?:send|sending|sent|email|e-mail|mail|forward|attach|attached|share|sharing|write up|in writing)\b")


def _hours(n: float, plan: Plan) -> str:
    return f"{num(n, plan)} hour" + ("" if n == 1 else "s")


_COUNT = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}


def notice(hours: float, plan: Plan) -> str:
    """'24 hours', '48 hours', but 'two weeks' for 336 and '5 days' for 120: a policy is written in whole days."""
    span = notice_span(hours)
    if span is None:
        return f"{num(hours, plan)} hour" + ("" if hours == 1 else "s")
    unit, n = span
    if unit == "week":
        return "a week" if n == 1 else f"{_COUNT.get(n, str(n))} weeks"
    return f"{n} days"


def numbers(p: Policy, plan: Plan) -> dict[str, str]:
    h = p.notice_hours or 0
    fee = f"{num(p.fee_percent or 0, plan)}%"
    said = notice(h, plan)
    return {"h": said, "h_notice": f"{said}' notice" if said.endswith("s") else f"{said}'s notice", "fee": fee, "fee_of": "the full fee" if p.fee_percent == 100 else f"{fee} of the fee",
            "Fee_of": "The full fee" if p.fee_percent == 100 else f"{fee} of the fee",
            "dep": f"{num(p.deposit_percent or 0, plan)}%"}


# ---------------------------------------------------------------------------------------- the table

T: dict[str, tuple[str, str]] = {
    "late.open.past": ("Thank you for letting me know that you had to cancel {mw}.", "Thanks for letting me know you couldn't make {mw}."),
    "decline.final": ("Should our plans change, I will be in touch.", "If anything changes on our side, I'll get in touch."),  # a final no: no false promise, the door left open
    "courtesy": ("I wish you a good week.", "Have a great week!"),
    "courtesy.final": ("I wish you every success with it.", "All the best with it!"),
    "closing.key": ("Kind regards,", "Warm regards,"),
    "closing.regular": ("Kind regards,", "Best,"),
    "closing.new": ("Kind regards,", "Best,"),
    "pol.notice": ("Appointments can be moved or cancelled free of charge up to {h} before they start.",) * 2,
    "pol.notice.nofee": ("We simply ask you to let us know at least {h} beforehand if you need to move or cancel.",) * 2,
    "pol.fee.after": ("After that, {fee_of} is charged.",) * 2,
    "pol.fee.alone": ("For late cancellations or missed appointments, {fee_of} is charged.",) * 2,
    "pol.fee.zero.deposit": ("No further charge is made for a late cancellation or a missed appointment.", "There's no further charge for a late cancellation or a missed appointment."),
    "pol.fee.zero": ("Late cancellations and missed appointments are not charged.", "There is no charge for a late cancellation or a missed appointment."),
    "pol.deposit": ("A {dep} deposit is due at the time of booking.",) * 2,
    "pol.deposit.zero": ("No deposit is required when booking.",) * 2,
    "decline.open": (
        "Thank you for the invitation to {mw}. Unfortunately, I will not be able to attend{why}.",
        "Thanks for the invite to {mw}. Unfortunately I can't make it{why}.",
    ),
    "decline.open.final": (
        "Thank you for thinking of us for {mw}. I will have to decline{why}.",
        "Thanks for thinking of us for {mw}. I'll have to pass this time{why}.",
    ),
    "alt.shorter": (
        "I would still like to cover the essentials with you, so a shorter meeting of {n} minutes might work instead.",
        "I'd still like to cover the essentials, though: could we do a shorter {n}-minute version?",
    ),
    "alt.call": (
        "A short phone call instead would also work for me, if that suits you.",
        "We could also do a quick call instead, if that works for you.",
    ),
    "alt.email": (
        "In the meantime, I would be glad to send you my input by email so that nothing is held up.",
        "In the meantime, I'm happy to send my thoughts over by email so nothing gets held up.",
    ),
    "alt.later": (
        "I would be glad to pick this up again at a better moment.",
        "I'd be glad to pick this up again when the timing is better.",
    ),
    "alt.event": ("I hope it goes very well.", "I hope it goes really well!"),
    # the offer before it already asks whether it suits ("if that works for you"): the close does not ask again
    "decline.close": ("Please let me know what you think.", "Just let me know what you think."),
    "decline.close.later": ("Thank you for your understanding.", "Thanks for understanding."),
    "decline.close.event": ("I am sorry to miss it, and thank you again for thinking of me.", "Sorry to miss it, and thanks again for thinking of me!"),
    "decline.close.final": ("Thank you for your understanding.", "Thanks for understanding."),
    "appreciation": (
        "Working with you matters a great deal to me.",
        "Working with you really matters to me.",
    ),
    "welcome": ("I am very much looking forward to working together.", "I'm really looking forward to working together."),
    "reschedule.open": (
        "I am afraid I need to {move} {mw_s}{why}.",
        "I'm afraid I need to {move} {mw_s}{why}.",
    ),
    "reschedule.sorry": (
        "Please accept my apologies for the change.",
        "Sorry about the change of plan!",
    ),
    "ask.none": ("Could you let me know a few times that would suit you?", "Just let me know a few times that suit you."),
    "ask.one": ("Would {t} work for you instead?", "Would {t} work for you?"),
    "ask.many": ("Would one of these times suit you?", "Would any of these work for you?"),
    "ask.two": ("Would one of these times suit you?", "Would either of these work for you?"),
    "video": ("We could also meet by video or phone if that is easier.", "Video or phone is fine too, if that's easier."),
    "reschedule.close": ("Once you confirm, I will send an updated invitation.", "Once you confirm, I'll send a new invite."),
    "shorten.open": (
        "Looking ahead to {mw}, I would like to suggest that we keep it to {n} minutes{why}.",
        "Looking ahead to {mw}: could we keep it to {n} minutes{why_q}?",
    ),
    "shorten.open.why": (
        "{Why_f}, I would like to suggest that we shorten {mw_s} {to_n} {n} minutes.",
        "{Why_f}, could we shorten {mw_s} {to_n} {n} minutes?",
    ),
    "shorten.rest": ("{rest}", "{rest}"),
    "shorten.agenda": (
        "I will come with a short agenda so that we cover the essentials in that time; anything left over can follow by email.",
        "I'll bring a short agenda so we cover the essentials, and anything left over can follow by email.",
    ),
    "ok": ("Would that work for you?", "Does that work for you?"),
    "call.open": (
        "Instead of {mw}, would you be open to a phone call?",
        "Instead of {mw}, could we do a phone call?",
    ),
    "call.open.why": (
        "{Why_f}, would you be open to a phone call instead of {mw}?",
        "{Why_f}, could we do a phone call instead of {mw}?",
    ),
    "call.open.event": (
        "Regarding {mw}: I would suggest we keep it to a plain phone call{why}.",
        "About {mw}: could we keep it to a plain phone call{why_q}?",
    ),
    "call.why": (
        "It would save us both time while still letting us go through everything properly.",
        "It'd save us both some time, and we can still go through everything properly.",
    ),
    "call.why.reason": (
        "That way, we could still go through everything properly.",
        "That way we can still go through everything properly.",
    ),
    "call.sorry": ("I am sorry for the change of plan.", "Sorry for the change of plan!"),
    "call.times.same": ("I could call you at the time we agreed.", "I can call you at the time we planned."),
    "call.times.none": ("", ""),
    "call.times.one": ("I could call you at the original time or {tt}.", "I could call at the original time or {tt}."),
    "call.times.many": ("I could call you at the original time or at one of these:", "I could call at the original time or at one of these:"),
    "call.close": (
        "Please let me know if that suits you and which number is best to reach you on.",
        "Let me know if that works, and the best number to reach you on.",
    ),
    "email.open": (
        "Instead of {mw}, I believe we could cover everything by email for now, which may save us both some time.",
        "Instead of {mw}, I think we could sort everything out by email for now and save us both some time.",
    ),
    "email.open.own": (
        "Instead of {mw}, I believe we could cover everything by email for now.",
        "Instead of {mw}, I think we could sort everything out by email for now.",
    ),
    "email.open.why": (
        "{Why_f}, I believe we could cover everything by email for now instead of {mw}.",
        "{Why_f}, I think we could sort everything out by email for now instead of {mw}.",
    ),
    # what comes by email is said ({send}: "I will send you the details in writing.", "" when the note already says it)
    "email.summary.times": ("{send}", "{send}"),
    "email.summary.none": ("{send}", "{send}"),
    "email.summary": (
        "{send_}Should anything call for a proper discussion, we can still arrange a call.",
        "{send_}If anything needs a proper chat, we can always jump on a call.",
    ),
    "delegate.open": (
        "I would like to let you know that my colleague {c_appos} will {take_over} {mw}{why}.",
        "Quick heads-up: my colleague {c_appos} will {take_over} {mw}{why}.",
    ),
    "delegate.sorry": ("I am sorry not to be there myself.", "Sorry I can't be there myself!"),
    "delegate.brief": (
        "I will make sure {c1} has everything needed to answer your questions.",
        "I'll make sure {c1} has everything needed to answer your questions.",
    ),
    "delegate.brief.away": (
        "I will brief {c1} fully before I go, so that everything is in good hands.",
        "I'll brief {c1} fully before I go, so everything's in good hands.",
    ),
    "delegate.close": (
        "Please do not hesitate to contact me in the meantime.",
        "Just let me know if you need anything before then.",
    ),
    "thanks": ("Thank you for your understanding.", "Thanks for understanding!"),  # nothing agreed yet: no "for being flexible"
    "sorry": ("{sorry}", "{sorry}"),
    "noshow.open": (
        "I was sorry not to see you at {mw}, and I hope everything is all right on your side.",
        "We missed you at {mw} – I hope everything is OK on your end.",
    ),
    # the note says they never got in touch ("no answer to calls"): said, tactfully, never dropped (native review v15)
    "noshow.open.silent": (
        "I was sorry not to see you at {mw}; as I had not heard from you, I hope everything is all right on your side.",
        "We missed you at {mw} – as I hadn't heard from you, I hope everything is OK on your end.",
    ),
    "noshow.open.theirs": (
        "I was sorry not to see {who} at {mw_theirs}, and I hope everything is all right on your side.",
        "We missed {who} at {mw_theirs} – I hope everything is OK on your end.",
    ),
    "noshow.noreason": ("", ""),
    "noshow.times.none": (
        "Whenever it suits you, just let me know a time and we will set up a new {booking}.",
        "Whenever you're ready, just send me a time that suits you and we'll set up a new one.",
    ),
    "noshow.times.one": ("If you would like to find a new time, I could offer {t}.", "If you'd like to set a new time, I'm free {tt}."),
    "noshow.times.many": ("If you would like to find a new time, I could offer one of these:", "If you'd like to set a new time, I'm free at any of these:"),
    "noshow.times.two": ("If you would like to find a new time, I could offer one of these:", "If you'd like to set a new time, I'm free at either of these:"),
    "noshow.close": ("I look forward to hearing from you.", "Hope to hear from you soon."),
    "late.open": ("Thank you for letting me know that you need to cancel {mw}.", "Thanks for letting me know you need to cancel {mw}."),
    "late.open.other": ("Thank you for letting me know that {mw} had to be cancelled.", "Thanks for letting me know that {mw} had to be cancelled."),
    "late.ill.named": ("I hope {who} is feeling better.", "I hope {who} is feeling better!"),
    "late.ill.other": ("I hope everyone is feeling better.", "I hope everyone is feeling better!"),
    "noshow.ill.named": ("I hope {who} is feeling better.", "I hope {who} is feeling better!"),
    "noshow.ill.other": ("I hope everyone is feeling better.", "I hope everyone is feeling better!"),
    "late.noreason": ("I quite understand.", "No problem at all, these things happen."),
    "late.ack": ("I quite understand, and I hope everything is all right.", "No problem at all, I hope everything is OK."),
    "late.ack.fee": ("", ""),
    "late.ack.policy": ("I hope everything is all right.", "I hope everything is OK."),
    "late.ill": ("I am sorry you were unwell, and I hope you are feeling better.", "Sorry you were unwell, I hope you're feeling better!"),
    "noshow.ill": ("I am sorry you were unwell, and I hope you are feeling better.", "Sorry you were unwell, I hope you're feeling better!"),
    "policy.applies.late": (
        "As the cancellation came less than {h} beforehand, {fee_of} is due under our cancellation policy.",
        "As the cancellation came less than {h} beforehand, under our cancellation policy we'll need to charge {fee_of}.",
    ),
    "policy.applies.late.alone": ("Under our cancellation policy, {fee_of} is due for a late cancellation.",) * 2,
    "policy.applies.noshow.alone": ("Under our cancellation policy, {fee_of} is due for a missed appointment.",) * 2,
    "policy.applies.noshow": (
        "As the appointment was missed without {h_notice}, {fee_of} is due under our cancellation policy.",
        "As the appointment was missed without {h_notice}, {fee_of} is due under our cancellation policy.",
    ),
    "noshow.ack": ("", ""),
    "late.times.none": (
        "Could you let me know a few times that would suit you for a new date?",
        "Just send me a few times that suit you and we'll find a new slot.",
    ),
    "late.times.one": ("To find a new time, would {t} suit you?", "To find a new slot, would {t} work?"),
    "late.times.many": ("To find a new time, would one of these suit you?", "To find a new slot, would any of these work?"),
    "late.times.two": ("To find a new time, would one of these suit you?", "To find a new slot, would either of these work?"),
    "late.close": ("I look forward to seeing you soon.", "Looking forward to catching up soon."),
    "policy.next": ("For future bookings, here is a gentle reminder of our cancellation policy.", "For next time, a quick reminder of our cancellation policy."),
    "policy.open": (
        "Ahead of {mw}, I would like to share our cancellation policy so that everything is clear on both sides.",
        "Ahead of {mw}, here's a quick note on our cancellation policy so we're on the same page.",
    ),
    "policy.open.new.consumer": (
        "Ahead of your first appointment, I would like to share our cancellation policy so that everything is clear.",
        "Ahead of your first appointment, here's a quick note on our cancellation policy so everything is clear.",
    ),
    "policy.open.standalone.consumer": (
        "I would like to share our cancellation policy so that everything is clear.",
        "Here's a quick note on our cancellation policy so everything is clear.",
    ),
    "policy.open.consumer": (
        "Ahead of {mw}, I would like to share our cancellation policy so that everything is clear.",
        "Ahead of {mw}, here's a quick note on our cancellation policy so everything is clear.",
    ),
    "policy.open.new": (
        "As we start working together, I would like to share our cancellation policy so that everything is clear on both sides.",
        "As we get started, here's a quick note on our cancellation policy so we're on the same page.",
    ),
    "policy.open.standalone": (
        "I would like to share our cancellation policy so that everything is clear on both sides.",
        "Here's a quick note on our cancellation policy so we're on the same page.",
    ),
    "policy.open.change": (
        "I am writing to let you know about a change to our cancellation policy, so that everything is clear on both sides.",
        "A quick note to let you know about a change to our cancellation policy, so we're on the same page.",
    ),
    "policy.why": ("I am sharing it{why}.", "I'm sharing it{why}."),
    "policy.purpose": ("This simply helps us keep the time set aside for you.", "It just helps us keep that time set aside for you."),
    "policy.close": ("Please let me know if you have any questions.", "Any questions, just let me know."),
    "extra.duration": ("If it helps, we could keep it to {n} minutes.", "We could easily keep it to {n} minutes."),
    "extra.colleague": (
        "My colleague {c} is also available should you need anything in the meantime.",
        "{c} on my team is around too if you need anything in the meantime.",
    ),
    "email.times.none": ("", ""),
    "email.times.one": ("Should you still prefer to talk it through, I am available {tt}.", "If you'd still rather talk it through, I'm free {tt}."),
    "email.times.many": ("Should you still prefer to talk it through, I am available at one of these times:", "If you'd still rather talk it through, I'm free at any of these:"),
    "extra.times.none": ("", ""),
    "extra.times.one": ("If another time would suit you better, I could also offer {t}.", "If another time works better, I'm also free {tt}."),
    "extra.times.many": ("If another time would suit you better, I could also offer:", "If another time works better, I'm also free:"),
    "extra.policy": ("As a reminder of our cancellation policy:", "Just as a reminder of our cancellation policy:"),
    "subject.decline.final": ("{M}: thank you for the offer", "{M}: thanks, but we'll pass"),
    "subject.decline": ("{M}: unable to attend", "{M}: can't make it"),
    "subject.reschedule": ("New time for {m}", "New time for {m}"),
    "subject.shorten": ("{M}: keeping it to {n} minutes", "{M}: keeping it to {n} minutes?"),
    "subject.switch_to_call": ("{M}: a call instead?", "{M}: a call instead?"),
    "subject.switch_to_email": ("{M}: by email for now", "{M}: by email for now"),
    "subject.delegate": ("{M}: {c_name} takes over", "{M}: {c_name} takes over"),
    "subject.no_show_followup": ("{M}: finding a new time", "{M}: finding a new time"),
    "subject.late_cancellation": ("{M}: finding a new time", "{M}: finding a new time"),
    "subject.late_cancellation.fee": ("{M}: late cancellation", "{M}: late cancellation"),
    "subject.no_show_followup.fee": ("{M}: missed appointment", "{M}: missed appointment"),
    "subject.cancellation_policy": ("{M}: our cancellation policy", "{M}: our cancellation policy"),
    "subject.none": ("Our cancellation policy", "Our cancellation policy"),
    "subject.none.change": ("Changes to our cancellation policy", "Changes to our cancellation policy"),
}


_NP_PREPS = ("due to", "because of", "owing to", "given ")

_DAYS_MONTHS = (r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                r"tomorrow|next|this|the|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|"
                r"august|september|october|november|december|christmas|\d)")
# The reason's shape, read by the shared shaper (composer/writers/reasons.py).
REASONS: dict[str, Any] = {
    "leads": {
        "cause": ("because", "as", "since", "given that", "seeing that", "seeing as", "considering that", "'cause", "cos", "cause"),
        "purpose": ("so that", "so as to", "in order to", "in order that",
                    r"re:so(?= (?:we|i|you|they|everyone|everything) (?:can|could|have|get|don't|do not|stay|keep|finish)\b)"),
        "time": ("now that", "once"),
        "period": ("until", "till", "as of", r"re:from(?= " + _DAYS_MONTHS + r")", r"re:starting(?= " + _DAYS_MONTHS + r")"),
    },
    "np_leads": ("due to", "because of", "owing to", "on account of", "as a result of", "given", "thanks to", "in view of", "in light of"),
    "subjects": ("i", "i'm", "i've", "i'll", "i'd", "we", "we're", "we've", "we'll", "we'd", "you", "you're", "you've",
                 "he", "she", "he's", "she's", "they", "they're", "they've", "it", "it's", "there's", "there"),
    "finite": tuple(
        "is are am was were has have had will can cannot can't could must need needs won't isn't aren't wasn't weren't "
        "hasn't haven't doesn't don't didn't would wouldn't should shouldn't couldn't shall does did do "
        "broke got came went fell took ran caught felt lost forgot became made said told thought began brought found "
        "gave held hit hurt kept knew met paid put sent spent stood woke wrote "
        "closes starts ends runs clashes overlaps falls takes means wants works goes comes gets makes keeps lands leaves "
        "opens finishes moves arrives i'm i've i'll i'd we're we've we'll you're he's she's they're they've it's there's".split()
    ),
    "finite_re": r"[a-z]{3,}ed",
    "determiners": ("a", "an", "the", "this", "that", "these", "those", "my", "our", "your", "his", "her", "their", "its",
                    "some", "another", "one", "two", "three", "four", "five", "any", "each", "every"),
    "relatives": ("that", "which", "who", "whom", "where", "when"),
    "reason_nouns": tuple(_COUNTABLE),
    "non_np": tuple(
        "just really so too very not already still totally completely way stuck busy sick ill unwell off away out abroad "
        "unavailable late overbooked swamped snowed tied double-booked with what in on at for before after ahead during "
        "despite following considering amid by only nothing little hardly no honestly frankly basically unfortunately "
        "sadly please fyi".split()
    ),
    "non_np_re": r"[a-z]+(?:ing|ed)",
    "front_only": ("seeing as",),
    "consequence": ("so", "and so", "which means", "therefore"),
    "clause_cause": "as",
    "clause_cause_front": "as",
    "splice": "; ",
    "period_re": r"(?i)\b(?:until|till|as of)\b|\b(?:from|starting) " + _DAYS_MONTHS + r"\b",
    "subordinators": ("because", "as", "since", "so that", "now that", "given that", "seeing that"),
    # --- the decision (reasons.decide, docs/notes/phr-u.md) ---
    "formal_subs": (
        (r"\b(I)(?:'m|’m| am) off (?=(?:for|until|till|from)\b)", r"\1 will be away "),
        (r"\b(\w+)(?:'s|’s) (been|got)\b", r"\1 has \2"),
        (r"\b([Ii]t|[Tt]here|[Tt]hat|[Ss]he|[Hh]e)(?:'s|’s)\b", r"\1 is"),
        (r"\b(\w+)(?:'s|’s) (?=(?:due|going|not|off|away|fully|booked|closed|ill|sick|out|stuck|busy|unwell|running|"
         r"taking|moving|in|on|at|still|already|now|over|back|coming|starting|ending|late)\b)", r"\1 is "),
        (r"\bI(?:'m|’m)\b", "I am"), (r"\b([Ww]e|[Yy]ou|[Tt]hey)(?:'re|’re)\b", r"\1 are"),
        (r"\b(\w+)(?:'ve|’ve)\b", r"\1 have"), (r"\b(\w+)(?:'ll|’ll)\b", r"\1 will"), (r"\b(\w+)(?:'d|’d) (?=(?:be|have|like|prefer|rather)\b)", r"\1 would "),
        (r"\b([Cc]a)n(?:'t|’t)\b", r"\1nnot"), (r"\b([Ww])on(?:'t|’t)\b", r"\1ill not"), (r"\b(\w+)n(?:'t|’t)\b", r"\1 not"),
    ),
    "informal_re": r"\b(?:gonna|wanna|gotta|kinda|sorta|cos|coz|tbh|btw|bday|hols|mate|slammed|crazy busy|knackered|loads)\b",
    "subjectless_re": r"have|had|got|need|must|am|was|will|won't|can't|cannot|couldn't|caught|fell|broke|woke|came|went|feel|felt|picked",
    "first_subject": "I",
    "state_re": r"(?:sick|ill|unwell|off sick|off work|away|abroad|travelling|traveling|on leave|on holiday|on vacation|in hospital|stuck|snowed in|"
                r"double-booked|overbooked|out of (?:the )?office)\b",
    "first_be": "I am",
    "first_have": "I have",
    "indefinite": ((r"(?:[aeio]|u(?![ns]i|sa|se|ro))", "an"), (r".", "a")),
    "personal_re": r"\b(?:sick|ill|unwell|surgery|operation|hospital|baby|birth|due|pregnan\w*|maternity|paternity|funeral|"
                   r"bereavement|family|daughter|son|wife|husband|partner|mother|father|child|kid|knee|back|medical)\b",
    "neutral": {"personal": " for personal reasons"},
    "link": "",
    "and_word": "and",
}

# The note normaliser's table (reasons.normalise; docs/notes/phr-y.md): a hurried note made a professional's clause.
_MON = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_WD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_SHORT_DAY = r"((?-i:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun))"


def _day_in_note(m: re.Match[str]) -> str:
    """A bare short weekday in a note takes "on": "pitch Fri morning" -> "pitch on Fri morning". It stays short: the fact
    model does not always read the written-out day in a reason as the typed one (a false 'time not in the situation')."""
    lead, day = m.group(1), m.group(2)
    return f"{lead}{day}" if lead else f"on {day}"


NOTES: dict[str, Any] = {
    "expand": (
        (r"\b((?:on|by|from|until|till|to|next|this|last|before|after|since) )?" + _SHORT_DAY + r"\b\.?(?! ?\d)", _day_in_note),
        (r"\s+so (?=I (?:need|have|must|will|can't|cannot|won't|am)\b)", " and "),  # "a pitch Fri so I need to travel" -> "... and I need to"
        (r"\bappts?\b", "appointment"), (r"\bmtgs?\b", "meeting"), (r"\basap\b", "as soon as possible"),
        (r"\bw/(?:\s*)", "with "), (r"\bb/c\b", "because"), (r"\btmrw?\b|\btomoz\b", "tomorrow"), (r"\bwk\b", "week"),
        (r"\bmins\b", "minutes"), (r"\bhrs\b", "hours"), (r"\bdept\b", "department"), (r"\bdocs?\b(?= appointment)", "doctor's"),
        (r"\bkiddos?\b|\bkiddies\b|\blittle 'un\b", "little one"), (r"\bhubby\b", "husband"), (r"\bbday\b", "birthday"),
        (r"\bhols\b", "holiday"), (r"\bhow-?tos?\b", "short guide"), (r"\bvid\b", "video"), (r"\bphysio\b", "physiotherapist"),
        (r"\bI(?:'ve| have) got\b", "I have"), (r"\bI got (?=(?:a|an|the|my|no|two|three)\b)", "I have "), (r"\bgonna\b", "going to"), (r"\bgotta\b|\bgot to\b", "have to"), (r"\bmy kid\b", "my child"), (r"\bmy kids\b", "my children"),
        (r"\bcan't make it\b", "cannot attend"), (r"\bthe (\w+) lot\b", r"the \1 team"),
        # a month written out on a date of the note, as the mail writes its own dates ("back 18 Jan" -> "back on 18 January")
        (r"\b(\d{1,2}(?:st|nd|rd|th)?) jan\b\.?(?! \d{4})", r"\1 January"), (r"\b(\d{1,2}(?:st|nd|rd|th)?) feb\b\.?(?! \d{4})", r"\1 February"), (r"\b(\d{1,2}(?:st|nd|rd|th)?) mar\b\.?(?! \d{4})", r"\1 March"), (r"\b(\d{1,2}(?:st|nd|rd|th)?) apr\b\.?(?! \d{4})", r"\1 April"), (r"\b(\d{1,2}(?:st|nd|rd|th)?) jun\b\.?(?! \d{4})", r"\1 June"), (r"\b(\d{1,2}(?:st|nd|rd|th)?) jul\b\.?(?! \d{4})", r"\1 July"), (r"\b(\d{1,2}(?:st|nd|rd|th)?) aug\b\.?(?! \d{4})", r"\1 August"), (r"\b(\d{1,2}(?:st|nd|rd|th)?) sep\b\.?(?! \d{4})", r"\1 September"), (r"\b(\d{1,2}(?:st|nd|rd|th)?) oct\b\.?(?! \d{4})", r"\1 October"), (r"\b(\d{1,2}(?:st|nd|rd|th)?) nov\b\.?(?! \d{4})", r"\1 November"), (r"\b(\d{1,2}(?:st|nd|rd|th)?) dec\b\.?(?! \d{4})", r"\1 December"), 
    ),
    "filler": r"honestly|frankly|annoyingly|unfortunately|sadly|sorry|literally|basically|tbh|to be honest|I'm afraid|I am afraid|"
              r"ugh|argh|lol|fyi|just so you know|"
              # "quicker by email": the frame already says so
              r"(?:it's |it is |much |way )?(?:quicker|easier|simpler|faster) (?:by|over|via) (?:email|e-mail|mail)",
    "so_words": ("and so", "so", "which means", "meaning"),
    "and_word": "and",
    "subject_back": (
        (r"(?:sick|ill|poorly|unwell|feverish) (little one|child|kid|son|daughter|baby|toddler)\b", r"my \1 is ill"),
        (r"(?:my |the )?(little one|child|kid|son|daughter|baby|toddler)(?:'s| is| has)? (?:got )?(sick|ill|poorly|unwell|a fever|flu|a cold)\b",
         r"my \1 is ill"),
        # a vehicle typed without its verb is the sender's ("van in the garage till Mon" -> "my van is in the garage ...")
        (r"(?:my |the )?(car|van|bike|motorbike|scooter|truck|vehicle)(?:'s| is)? (?=(?:in|at) the (?:garage|mechanic'?s?|body shop)|"
         r"off the road|broken down|in for (?:repairs?|a service|its MOT)|being (?:fixed|repaired))", r"my \1 is "),
        (r"(?:my |the )?(car|van|bike|motorbike|scooter|truck) (?=broke down|died|won't start|has broken down)", r"my \1 "),
        (r"(?:it's |it is )?(?:easier|quicker|simpler|faster) to (send|email|share|forward) (?:you )?(?!(?:it|them|this|that|these|those)\b)", r"it is easier if I \1 you "),
        (r"(?:it's |it is )?(easier|quicker|simpler|faster|clearer) to (?=\w)", r"it is \1 to "),  # "easier to send it over in writing"
        (r"(?:only |just )?(one|a single) (\w+) (?:left|to go|outstanding)\b", r"there is only \1 \2 left"),
        (r"(?:only |just )?(two|three|four|five|a few|a couple of|\d+) (\w+) (?:left|to go|outstanding)\b", r"there are only \1 \2 left"),
        (r"no need to\b", "there is no need to"),
        (r"no (childcare|babysitter|sitter|nanny|cover|car|internet|wifi|signal|power|heating)\b", r"I have no \1"),
        (r"(?:have|had|got) (?=(?:a|an|the|my|no|two|three)\b)", "I have "),
        # "a hospital appointment" keeps its article ("I have a hospital appointment", never "I have an a ...")
        (r"((?:a|an|my|another) (?:[\w'-]+ ){0,2}appointment)", r"I have \1"),
        (r"(?=[aeiou])((?:[\w'-]+ ){0,2}appointment)", r"I have an \1"), (r"((?:[\w'-]+ ){0,2}appointment)", r"I have a \1"),
        (r"off(?= (?:with|from|until|till|for)\b)", "I am on leave"), (r"on (?=(?:parental|paternity|maternity|annual|sick) leave\b)", "I am on "),
        (r"back (?:on )?(?=(?:the )?\d|" + _WD + "|" + _MON + r")", "I will be back on "), (r"back(?= (?:in|next|after|from)\b)", "I will be back"),
        (r"(?:travelling|traveling|flying|driving|on the road|on site|in court|in hospital|in surgery|at a conference|at a funeral)\b",
         r"I am \g<0>"),
        (r"(?:have to|need to|must|can't|cannot|won't)\b", r"I \g<0>"),
        (r"(?:double|triple)[- ]booked\b|(?:very |really |super )?busy\b|stuck\b|snowed in\b", r"I am \g<0>"),
        # a bare noun opening the note with "'s"/"is": the sender's ("knee's playing up" -> "my knee is playing up")
        (r"(?!(?:it|that|there|he|she|what|who|this|here|where|everything|nothing|something|someone|everyone|work|today|"
         r"tomorrow|tonight|life)\b)((?-i:[a-z]+))(?:'s| is) (?=\w+ing\b|in\b|at\b|off\b|out\b|broken|down|due|been|not|booked|"
         r"closed|flooded|still|away|ill|sick|unwell|full|poorly)", r"my \1 is "),
        # a gerund opening the note is the sender's ("becoming a dad mid-December" -> "I am becoming a dad ...")
        (r"(?!(?:nothing|something|anything|everything|morning|evening|wedding|building|training|ceiling|spring|thing|string|"
         r"sibling|parking|booking|meeting|funding|heating|flooding|according)\b)(?-i:[a-z]{3,}ing)\b", r"I am \g<0>"),
    ),
    "action_re": r"(?:I(?:'ll| will| can| am going to|'m going to) )?(?:send|forward|share|email|record|write up|put together|pop)\b",
    "action_sub": ((r"^(?:I will|I can|I am going to|I'm going to) ", "I'll "), (r"^(?=send|forward|share|email|record|write|put|pop)", "I'll "),
                   (r"\bpop\b", "send")),
    "formal_sub": ((r"\bI'll\b", "I will"), (r"\b(?:crazy|mad|insanely) busy\b|\bslammed\b|\bswamped\b|\bsnowed under\b", "very busy")),
    "client_re": r"^(?:the )?(?:client|customer|patient)s? (?:has |have |had )?(?:cancel|no-show|didn't show|did not show|forgot|stood)",
    "future": ((r"\bI am on leave\b", "I will be on leave"), (r"\bI am (away|off|travelling|traveling)\b", r"I will be \1"),
               (r"\bI(?:'m| am) on (parental|paternity|maternity|annual) leave\b", r"I will be on \1 leave")),
    "ahead_re": r"\b(?:from|starting|as of)\b",
    "kinds": (
        ("leave", r"\b(?:leave|off (?:with|from|until|till|for)|paternity|maternity|holiday|vacation|back (?:on )?\d)"),
        ("child", r"\b(?:little one|child|children|kids?|son|daughter|baby|toddler|childcare|nursery|school run)\b"),
        ("appointment", r"\b(?:appointment|dentist|doctor|gp|hospital visit|physio\w*|vet|check-?up|scan)\b"),
        ("travel", r"\b(?:travel\w*|flight|flying|train|trip|abroad|in \w+ for)\b"),
        ("illness", r"\b(?:sick|ill|unwell|poorly|flu|fever|covid|cold|migraine|surgery|operation)\b"),
        ("clash", r"\b(?:clash\w*|double[- ]booked|another meeting|overlap\w*|same time)\b"),
        ("workload", r"\b(?:busy|deadline|workload|swamped|backlog)\b"),
    ),
    "neutral": (
        ("child", "I need to look after my child"), ("appointment", "I have an appointment at {time}"), ("appointment", "I have an appointment"),
        ("leave", "I will be on leave from {from} and back on {until}"), ("leave", "I will be on leave and back on {until}"),
        ("leave", "I will be on leave from {from}"), ("leave", "I will be on leave"),
        ("travel", "I will be away and back on {until}"), ("travel", "I will be travelling"),
        ("illness", "I am unwell"), ("clash", "I have another commitment at that time"),
        ("workload", "my schedule is very full at the moment"),
    ),
    "until_re": r"\bback (?:on )?((?:the )?\d{1,2}(?:st|nd|rd|th)?(?: " + _MON + r")?|" + _WD + "|" + _MON + r"(?: \d{1,2})?)",
    "time_re": r"(?:\bat|@)\s*(\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)?)(?![\w.:])",
    "from_re": r"\b(?:from|starting|as of) ((?:the )?\d{1,2}(?:st|nd|rd|th)?(?: " + _MON + r")?|" + _WD + r")",
    "have_re": r"meeting|workshop|conference|appointment|hearing|training|surgery|operation|exam|interview|trip|wedding|funeral|"
               r"seminar|trade fair|site visit|audit|board meeting|court date",
    "unsure_re": r"[&@#+]|(?<![\w])w/|\b(?:pls|plz|thx|idk|tbc|tbd|eta|ooo|dunno|innit|wanna|gotta)\b",
}


# A policy note that only says what the terms cover ("for the spring shoots", "pour les cours du soir", "per le
# consulenze del lunedì") is a scope, never a cause ("I'm sharing it, as for…"): it follows the policy's name in the
# opening (native review v15). The shared `_policy_scope` (phrases/__init__.py) reads POLICY_SCOPE; nl/sv may add theirs.
POLICY_NP = "cancellation policy"
POLICY_SCOPE = re.compile(r"(?i)^(?:(?:your|the|my)\s+)?(?:booking|booked|bookings)\s+(?=for\s)|^(?=for\s)")


# A no-show note that says they never got in touch: `noshow.open.silent` says so (shared hook `phrases._silent`).
NO_WORD = re.compile(r"(?i)\bno (?:reply|replies|answer|response|word|contact|news|message|call)s?\b|\bdidn't (?:call|reply|answer|get in touch|let (?:me|us) know)\b|\bdid not (?:call|reply|answer|get in touch|let (?:me|us) know)\b|\bunanswered\b|\bwithout (?:a word|notice|letting)\b")


# ---------------------------------------------------------------------------------------- a business signing alone

# The first person singular and what it becomes when a business with no person signs ("Hartwell Bookkeeping"):
# "I am" -> "we are", "my" -> "our", "let me know" -> "let us know" (read by the shared render, `as_firm`).
_WE = {"i am": "we are", "i'm": "we're", "i was": "we were", "i wasn't": "we weren't", "i've": "we've", "i'll": "we'll",
       "i'd": "we'd", "i": "we", "me": "us", "my": "our", "mine": "ours", "myself": "ourselves"}
_FIRST_SINGULAR = re.compile(r"(?<![\w'’-])(?:I am|I['’]m|I was|I wasn['’]t|I['’]ve|I['’]ll|I['’]d|I|me|my|mine|myself)(?![\w'’-])",
                             re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*|[–—]\s+\n)$")


def as_firm(text: str) -> str:
    """A paragraph said by the business: every "I/me/my" becomes "we/us/our", capitalised where a sentence starts."""

    def we(m: re.Match[str]) -> str:
        out = _WE[m.group(0).lower().replace("’", "'")]
        return out[:1].upper() + out[1:] if _SENTENCE_START.search(text[: m.start()]) else out

    return _FIRST_SINGULAR.sub(we, text)
