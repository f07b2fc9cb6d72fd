"""Tone: per-language signals (courtesy, apology, hedging, blame, shouting, register, length, filler, language).

Each signal takes a documented penalty off 1.0; `tone_ok` is the score against a threshold calibrated on
the labelled dev split. Pure apart from the language detector, which is loaded once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from composer.evaluation import cues
from composer.evaluation.models import Signal
from composer.evaluation.text import lines, sentences, strip_placeholders
from composer.facts import prose_only
from composer.lang import detect_language
from composer.models import Intent, Language, Situation, Tone
from composer.register import address_problems, boilerplate

# Set on evals/labelled/dev.jsonl only (never test): the cut with the best balanced accuracy, placed in the
# middle of the widest gap it can sit in. On dev the lowest-scoring good drafts score 0.85 (no apology, an
# English contraction in a formal mail, formal Swedish with "du"); every bad draft but one scores 0.75 or
# less (a curt decline to a key client, backhanded thanks); the exception is a cold, purely administrative
# reply at 0.85 that no lexicon sees. Cuts at 0.80 and 0.85 tie (balanced accuracy 0.989); 0.80 sits in the
# wider gap. Re-derive with `composer.evaluation.labelled.calibrate_tone_threshold()`.
TONE_OK_THRESHOLD = 0.8

from composer.guard import MAX_WORDS, MIN_WORDS  # noqa: E402  (one home for the length rule)

SENDER_SIDE = frozenset({Intent.decline, Intent.reschedule, Intent.shorten, Intent.switch_to_call, Intent.switch_to_email, Intent.delegate})
CLIENT_SIDE = frozenset({Intent.no_show_followup, Intent.late_cancellation})

# How much a wrong address form costs. Swedish business mail uses "du" to almost everyone since the
# du-reform, and an English contraction is a small slip; a French "tu" to a formal client is not.
ADDRESS_PENALTY = {Language.fr: 0.45, Language.it: 0.45, Language.nl: 0.45, Language.sv: 0.15, Language.en: 0.1}

# Acronyms that are written in capitals without shouting.
ACRONYMS = frozenset(
    ["CEO", "CFO", "CTO", "COO", "CRM", "ERP", "KPI", "KPIS", "ROI", "PDF", "URL", "FAQ", "GDPR", "RGPD", "AVG", "HR", "IT", "CC", "BCC", "RSVP", "AM", "PM", "CET", "CEST", "UTC", "GMT", "NDA", "SLA", "API", "SAP", "EU", "UK", "USA", "VAT", "BTW", "TVA", "IVA", "MOMS", "AB", "BV", "NV", "SA", "SPA", "SRL", "SARL", "SAS", "GMBH", "LTD", "PLC", "INC", "QBR", "OKR", "OKRS", "PS", "PPS", "NB", "OK", "TEAMS", "ZOOM", "CV", "HQ", "VP", "SEO", "Q1", "Q2", "Q3", "Q4"]
)

# Filler openers beyond the shared register list (LLM tells and stock phrases in the five languages).
EXTRA_BOILERPLATE = re.compile(
    "|".join(
        [
            r"i trust (?:this|my) (?:e-?mail|message|note) finds you",
            r"(?:i am|i'm) reaching out",
            r"i wanted to touch base",
            r"i hope you(?:'re| are) having a (?:great|wonderful|fantastic|good) (?:day|week)",
            r"j'esp[èe]re que ce (?:message|mail|courriel) vous trouve",
            r"j'esp[èe]re que vous vous portez bien",
            r"spero che questa (?:e-?mail|mail|lettera|messaggio) (?:la|ti) trovi",
            r"spero che (?:lei )?stia (?:passando|trascorrendo) (?:una|un)",
            r"ik hoop dat deze (?:e-?mail|mail|brief|bericht) (?:u|je) (?:in goede gezondheid|goed) bereikt",
            r"ik hoop dat (?:u|je) een (?:fijne|goede) (?:dag|week) heeft",
            r"jag hoppas att (?:detta|det här) (?:mejl|e-?postmeddelande|meddelande) finner (?:dig|er)",
            r"jag hoppas att (?:du|ni) har en (?:bra|fin|trevlig) (?:dag|vecka)",
        ]
    ),
    re.IGNORECASE,
)

# Text a chat model wraps around a message; sent to a client it is worse than any filler.
LLM_ARTIFACT = re.compile(
    "|".join(
        [
            r"^\s*(?:certainly|sure|absolutely|of course)[!,.]",
            r"here(?:'s| is) (?:a|an|the|your) (?:draft|polished|revised|updated|professional|friendly|formal)?\s?(?:draft|email|e-mail|message|version|reply)",
            r"as an ai(?: language model)?",
            r"^\s*subject\s*:",
            r"(?:voici|ecco|hier is|här är) (?:un|une|una|een|ett) (?:brouillon|proposition|bozza|proposta|concept|voorstel|utkast|förslag)",
            r"feel free to (?:adjust|modify|tweak|customi[sz]e) (?:this|the)",
        ]
    ),
    re.IGNORECASE | re.MULTILINE,
)

# In a no-show follow-up "I hope you are well" is the kind check-in the message exists for.
_WELLBEING = re.compile(r"hope you|j'esp[èe]re que (?:vous allez|tu vas)|spero che|ik hoop dat het goed|jag hoppas att (?:du|ni) mår", re.IGNORECASE)

_EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]|[:;]-?[)D(P]")
_CAPS = re.compile(r"(?<![\w])[A-ZÀ-ÖØ-ÞÅÄÖ]{3,}(?![\w])")


def _signal(name: str, penalty: float, evidence: str) -> Signal:
    return Signal(name=name, passed=penalty == 0, penalty=round(penalty, 3), evidence=evidence)


def courtesy(norm: str, langs: tuple[Language, ...]) -> Signal:
    found = cues.find("thanks", norm, langs) or cues.find("courtesy", norm, langs)
    return _signal("courtesy", 0.0 if found else 0.1, found or "no thanks, please or courteous closing")


def apology(situation: Situation, norm: str, langs: tuple[Language, ...]) -> Signal:
    """Senders say sorry for changing plans; with a client who cancelled or did not come, sympathy is due.

    Missing it costs more when the message does not even thank the client: that reads as cold.
    """
    thanked = cues.find("thanks", norm, langs) is not None
    if situation.intent in SENDER_SIDE:
        found = cues.find("apology", norm, langs)
        # Handing a meeting to a colleague needs less regret than cancelling or moving it.
        penalty = 0.0 if found else (0.1 if thanked or situation.intent is Intent.delegate else 0.2)
        return _signal("apology", penalty, found or "no apology or regret for changing the plan")
    if situation.intent in CLIENT_SIDE:
        warm = cues.find("sympathy", norm, langs) or cues.find("check_in", norm, langs)
        if warm:
            return _signal("sympathy", 0.0, warm)
        noted = cues.find("acknowledge", norm, langs)
        penalty = (0.05 if thanked else 0.15) if noted else (0.15 if thanked else 0.25)
        return _signal("sympathy", penalty, f"only noted ({noted}), no sympathy" if noted else "no understanding or sympathy for the client")
    return _signal("apology", 0.0, "not due for a policy note")


def passive_aggression(body: str, norm: str, langs: tuple[Language, ...]) -> Signal:
    """Guilt trips and veiled reproach, and thanks turned sour by a concession or a pointed '…'."""
    hits = list(dict.fromkeys(cues.find_all("passive_aggressive", norm, langs)))
    for sent in sentences(body):
        n = cues.norm(sent)
        if cues.find("thanks", n, langs) and (cues.find("concessive", n, langs) or "…" in sent or "..." in sent):
            hits.append(f"backhanded thanks: {sent[:80]}")
    if not hits:
        return _signal("passive_aggression", 0.0, "no veiled reproach")
    return _signal("passive_aggression", min(0.5, 0.3 + 0.15 * (len(hits) - 1)), "; ".join(hits))


def _softened(sentence_norm: str, langs: tuple[Language, ...]) -> bool:
    return "?" in sentence_norm or any(cues.pattern("hedge", lang).search(sentence_norm) or cues.pattern("thanks", lang).search(sentence_norm) for lang in langs)


def imperatives(body: str, langs: tuple[Language, ...]) -> Signal:
    """Bare orders: a sentence that opens with an imperative and has nothing softening it."""
    bare = []
    for sent in sentences(body):
        n = cues.norm(sent)
        for lang in langs:
            if re.match(r"(?:" + "|".join(cues.CUES["imperative"][lang]) + r")(?!\w)", n) and not _softened(n, langs):
                bare.append(sent[:80])
                break
    return _signal("bare_imperative", min(0.3, 0.15 * len(bare)), "; ".join(bare) or "requests are hedged")


def hedging(norm: str, body: str, langs: tuple[Language, ...]) -> Signal:
    found = cues.find("hedge", norm, langs)
    if found or "?" in body:
        return _signal("hedging", 0.0, found or "asks as a question")
    return _signal("hedging", 0.05, "no softened request anywhere")


def blame(norm: str, langs: tuple[Language, ...]) -> Signal:
    hits = list(dict.fromkeys(cues.find_all("blame", norm, langs)))
    if not hits:
        return _signal("blame", 0.0, "no blame or harsh words")
    return _signal("blame", min(0.6, 0.35 + 0.15 * (len(hits) - 1)), ", ".join(hits))


def pushy(norm: str, langs: tuple[Language, ...]) -> Signal:
    hits = list(dict.fromkeys(cues.find_all("pushy", norm, langs)))
    return _signal("pushy", min(0.4, 0.15 * len(hits)), ", ".join(hits) or "no pushy wording")


def shouting(situation: Situation, body: str) -> Signal:
    """Words in capitals (not acronyms, not the user's own facts) and runs of exclamation marks."""
    given = " ".join([situation.meeting, situation.meeting_time, situation.reason or "", situation.recipient_name, situation.sender_name, situation.colleague_name or "", *situation.proposed_times])
    text = strip_placeholders(body)  # "[DATE]" is a leftover, counted by completeness, not a shout
    caps = [w for w in _CAPS.findall(text) if w not in ACRONYMS and w not in given]
    penalty = 0.0
    ev = []
    if caps:
        penalty += 0.25 if len(caps) == 1 else 0.4
        ev.append("capitals: " + ", ".join(caps[:5]))
    if re.search(r"!\s*!|\?\s*!|!\s*\?", body):
        penalty += 0.3
        ev.append("'!!'")
    elif body.count("!") > 2:
        penalty += 0.1
        ev.append(f"{body.count('!')} exclamation marks")
    return _signal("shouting", min(0.5, penalty), "; ".join(ev) or "no shouting")


def register(situation: Situation, body: str, norm: str) -> list[Signal]:
    """Address form against the requested tone, and slang or emoji in a formal message."""
    # "rendez-vous" is a noun, not the pronoun "vous".
    cleaned = re.sub(r"(?i)rendez-vous", "rendezvous", body)
    problems = address_problems(cleaned, situation.language, situation.tone)
    out = [_signal("address", ADDRESS_PENALTY[situation.language] if problems else 0.0, "; ".join(problems) or "address matches the tone")]
    if situation.tone is Tone.formal:
        plain = cues.norm(strip_placeholders(body))  # "XX" left for a number is not "xx" (kisses)
        slang = cues.find_all("slang", plain, (situation.language,)) + _EMOJI.findall(body)
        out.append(_signal("too_casual", min(0.3, 0.2 * len(slang)), ", ".join(dict.fromkeys(slang)) or "no slang"))
    return out


def length(body: str) -> Signal:
    """40-220 words; the further outside, the bigger the penalty."""
    words = len(body.split())
    if words < MIN_WORDS:
        return _signal("length", min(0.5, 0.2 + (MIN_WORDS - words) / 50), f"{words} words: too short (under {MIN_WORDS})")
    if words > MAX_WORDS:
        return _signal("length", min(0.6, 0.3 + (words - MAX_WORDS) / 200), f"{words} words: too long (over {MAX_WORDS})")
    return _signal("length", 0.0, f"{words} words")


# Every filler pattern (ours and register's) contains one of these; most drafts contain none and skip the regexes.
_FILLER_HINTS = ("hope", "trust", "reach", "touch base", "writing", "as an ai", "esp", "permets", "spero", "hoop", "hoppas")


def filler(situation: Situation, body: str) -> Signal:
    """Stock AI openers, only where they open the message (the first lines after the greeting)."""
    opening = "\n".join(lines(body)[:3])
    low = opening.casefold()
    if not any(h in low for h in _FILLER_HINTS):
        return _signal("filler_opener", 0.0, "no filler opener")
    found = list(dict.fromkeys(boilerplate(opening) + [m.group(0) for m in EXTRA_BOILERPLATE.finditer(opening)]))
    if situation.intent is Intent.no_show_followup:
        found = [m for m in found if not _WELLBEING.search(m) or "find" in m.lower() or "trov" in m.lower()]
    return _signal("filler_opener", 0.3 if found else 0.0, ", ".join(found) or "no filler opener")


_ARTIFACT_HINTS = ("certainly", "sure", "absolutely", "of course", "here", "as an ai", "subject", "voici", "ecco", "hier is", "här är", "feel free")


def llm_artifact(body: str) -> Signal:
    low = body.casefold()
    if not any(h in low for h in _ARTIFACT_HINTS):
        return _signal("llm_artifact", 0.0, "no chat-model wrapper")
    found = [m.group(0).strip() for m in LLM_ARTIFACT.finditer(body)]
    return _signal("llm_artifact", 0.5 if found else 0.0, ", ".join(found) or "no chat-model wrapper")


def language(situation: Situation, detected: Language | None) -> Signal:
    if detected is None or detected is situation.language:
        return _signal("language", 0.0, f"written in {situation.language.value}")
    return _signal("language", 0.6, f"written in {detected.value}, expected {situation.language.value}")


# Very frequent function words that belong to one of the five languages only (shared ones like de/la/en/om left out).
_FUNCTION_WORDS = {
    Language.en: "the and to of you your for that with we our would could this be will at on have it are as if my please thank",
    Language.fr: "les des du et vous votre vos nous notre je pour que qui est pas une avec sur ce cette au aux mais tu ton merci",
    Language.it: "il lo gli di del della e che per con mi ti sono ho ci alla nel nella questo questa lei suo sua grazie",
    Language.nl: "het een van ik je u uw we wij ons onze dat die niet met voor op zijn aan bij graag dan ook als maar naar",
    Language.sv: "och att det som ett jag du ni vi är för med på till av inte har kan vår vårt dig mig så men också när tack",
}
_WORD_LANG: dict[str, list[Language]] = {}
for _lang, _words in _FUNCTION_WORDS.items():
    for _w in _words.split():
        _WORD_LANG.setdefault(_w, []).append(_lang)
_WORDS = re.compile(r"[^\W\d_]+")


def quick_language(prose: str, expected: Language) -> Language | None:
    """The expected language when its function words clearly dominate, else None (ask the detector).

    Most drafts are plainly in the language asked for; counting a few words settles those in microseconds
    and leaves every doubtful or foreign-looking text to lingua. A parity test holds it to lingua's answers.
    """
    counts = dict.fromkeys(Language, 0)
    for w in _WORDS.findall(prose.casefold()):
        for lang in _WORD_LANG.get(w, ()):
            counts[lang] += 1
    best = counts[expected]
    rest = max(v for k, v in counts.items() if k is not expected)
    return expected if best >= 8 and best >= 3 * rest + 1 else None


def detect(situation: Situation, body: str) -> Language | None:
    """The language of the prose, without names and the user's own free text."""
    prose = prose_only(situation, body)
    # The first ~600 characters of prose are plenty to tell five languages apart, at a fraction of the cost.
    return quick_language(prose, situation.language) or detect_language(prose[:600])


def signals(situation: Situation, subject: str, body: str, *, detected: Language | None = None) -> list[Signal]:
    """Every tone signal for the draft, in a stable order."""
    s = situation
    norm = cues.norm(body)
    langs = (s.language,) if detected in (None, s.language) else (s.language, detected)  # type: ignore[assignment]
    return [
        courtesy(norm, langs),
        apology(s, norm, langs),
        hedging(norm, body, langs),
        imperatives(body, langs),
        blame(norm, langs),
        passive_aggression(body, norm, langs),
        pushy(norm, langs),
        shouting(s, body),
        *register(s, body, norm),
        length(body),
        filler(s, body),
        llm_artifact(body),
        language(s, detected),
    ]


def summarise(sigs: Sequence[Signal], threshold: float = TONE_OK_THRESHOLD) -> tuple[float, bool]:
    """1 minus the penalties, floored at 0; ok when at or above the calibrated threshold."""
    value = max(0.0, 1.0 - sum(x.penalty for x in sigs))
    value = round(value, 4)
    return value, value >= threshold
