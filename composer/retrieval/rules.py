"""Multilingual keyword rules that tag a passage's topic and strategies, kept as data so they can be read and tested.

Patterns are matched on `fold(text)`: casefolded, typographic apostrophes made ASCII. Each strategy
lists its cues in fr / it / nl / sv / en. A strategy only applies to the topics where it is advice
(`TOPIC_STRATEGIES`): "téléphone" in a no-show article means "offer video or phone" (video_phone),
in a meeting-avoidance article it means "turn the meeting into a call" (call).
"""

from __future__ import annotations

import re
import unicodedata

from composer.models import Strategy, Topic

S = Strategy

# The "how" of avoiding a meeting; in a numbered section only its heading decides these (see ingest).
METHOD_STRATEGIES: frozenset[Strategy] = frozenset({S.call, S.shorter, S.email, S.colleague})

TOPIC_STRATEGIES: dict[Topic, frozenset[Strategy]] = {
    Topic.avoidance: frozenset(
        {S.call, S.shorter, S.email, S.colleague, S.weigh_relationship, S.valid_reason, S.limit_time, S.reschedule}
    ),
    Topic.cancellation: frozenset(
        {S.reach_out, S.waiting_limit, S.reschedule, S.video_phone, S.policy, S.expectations, S.weigh_relationship}
    ),
}

_STRATEGY_CUES: dict[Strategy, tuple[str, ...]] = {
    S.call: (r"t[ée]l[ée]phon", r"telefo+n", r"\bphone call", r"\bcall\b", r"\bbellen\b", r"\bring\w*\b"),
    S.shorter: (
        r"plus courte?", r"\bcourte?\b", r"pi[uù] brev[ei]", r"\bbreve\b", r"\bkorter", r"\bkort\b",
        r"\bkortare\b", r"\bshort(er)?\b",
    ),
    S.email: (r"e-?mail", r"courrier [ée]lectronique", r"\bcourriel", r"e-post", r"\bmejl", r"par [ée]crit"),
    S.colleague: (r"coll[èe]gue", r"\bcollega", r"\bcollegh", r"\bkollega", r"medarbetare", r"colleague"),
    S.weigh_relationship: (
        r"hi[ée]rarchi", r"hi[eë]rarchie", r"gerarchi", r"hierarki", r"\bpriorit", r"prioriteringslist",
        r"\bkey client", r"how important", r"importance of the client",
    ),
    S.valid_reason: (
        r"\bexcuse", r"\bscus[ae]\b", r"\bexcuus", r"urs[äa]kt", r"raison valable", r"motivo valido",
        r"geldige reden", r"giltig anledning", r"valid reason", r"genuine reason", r"real reason",
    ),
    S.limit_time: (
        r"limiter le temps", r"limitare (quanto|il tempo)", r"beperken hoeveel", r"begr[äa]nsa hur mycket",
        r"limit (the time|how much)",
    ),
    S.reach_out: (
        r"\bcontacter\b", r"\bcontattar", r"contact (met|op)", r"contact opnemen", r"\bkontakta", r"\bh[öo]ra? av dig",
        r"reach out", r"get in touch", r"\bbel (hem|haar|de klant)", r"\bchiamal",
    ),
    S.waiting_limit: (
        r"limite de temps", r"limite di tempo", r"quanto (tempo )?aspett", r"tijdslimiet", r"hoe lang (je|u) wacht",
        r"tidsgr[äa]ns", r"hur l[äa]nge du v[äa]ntar", r"how long (you|you'll|you will) wait", r"\bwait(ing)? limit",
    ),
    S.reschedule: (
        r"nouvel horaire", r"nouveau rendez-vous", r"reprogramm", r"reporter la date", r"nuovo (orario|appuntamento)",
        r"riprogramm", r"nieuwe afspraak", r"nieuw tijdstip", r"\bny tid", r"boka om", r"planera om",
        r"reschedul", r"new time",
    ),
    S.video_phone: (
        r"vid[ée]o", r"t[ée]l[ée]conf", r"t[ée]l[ée]phon", r"telefo+n", r"\bphone\b", r"videochiamat",
        r"videogesprek", r"videosamtal",
    ),
    S.policy: (
        r"d[ée]p[ôo]t", r"acompte", r"politique", r"tarif horaire partiel", r"politica", r"\bcaparra", r"\bacconto",
        r"\bpenale", r"aanbetaling", r"annuleringsbeleid", r"annuleringskosten", r"\bbeleid\b", r"handpenning",
        r"avbokningsavgift", r"avbokningsregler", r"\bpolicy\b", r"\bdeposit", r"cancellation fee",
    ),
    S.expectations: (
        r"\battentes?\b", r"aspettativ", r"verwachting", r"f[öo]rv[äa]ntning", r"expectation",
        r"disponibilit", r"beschikbaarheid", r"tillg[äa]nglighet", r"availability",
    ),
}

_TOPIC_CUES: dict[Topic, tuple[str, ...]] = {
    Topic.cancellation: (
        r"derni[èe]re minute", r"ultimo minuto", r"laatste moment", r"sista minuten", r"last[- ]minute",
        r"no[- ]show", r"annulations? tardives?", r"ne viendra pas", r"\babsences?\b", r"non si present",
        r"niet (komt )?opdag", r"uteblev", r"politique d'annulation", r"cancellation policy",
    ),
    Topic.avoidance: (
        r"transform\w* la r[ée]union", r"trasforma la riunione", r"verander de vergadering", r"v[äa]nd m[öo]tet",
        r"refuser une r[ée]union", r"dire di no", r"nee zeggen", r"s[äa]ga nej", r"say no", r"decline",
        r"r[ée]union plus courte", r"riunione pi[uù] breve", r"kortere vergadering", r"kortare m[öo]te",
    ),
}

_COMPILED_STRATEGY = {s: re.compile("|".join(p)) for s, p in _STRATEGY_CUES.items()}
_COMPILED_TOPIC = {t: re.compile("|".join(p)) for t, p in _TOPIC_CUES.items()}


def fold(text: str) -> str:
    """Casefolded NFC text with ASCII apostrophes, so one pattern matches every typography."""
    text = unicodedata.normalize("NFC", text)
    return text.replace("\u2019", "'").replace("\u2018", "'").casefold()


def detect_topic(text: str) -> Topic | None:
    """The topic whose cues occur most often in the text, or None when neither occurs."""
    folded = fold(text)
    counts = {t: len(rx.findall(folded)) for t, rx in _COMPILED_TOPIC.items()}
    best = max(counts.values())
    if best == 0:
        return None
    winners = [t for t, n in counts.items() if n == best]
    return winners[0] if len(winners) == 1 else None


def detect_strategies(text: str, topic: Topic, *, heading: str | None = None) -> list[Strategy]:
    """Strategies the passage advises, in enum order; a numbered heading alone decides the method strategies."""
    allowed = TOPIC_STRATEGIES[topic]
    body = fold(text)
    head = fold(heading) if heading else None
    found: list[Strategy] = []
    for strategy in Strategy:
        if strategy not in allowed:
            continue
        where = head if (head is not None and strategy in METHOD_STRATEGIES) else body
        if _COMPILED_STRATEGY[strategy].search(where):
            found.append(strategy)
    return found
