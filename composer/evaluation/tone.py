"""Tone: per-language signals (courtesy, apology, hedging, blame, shouting, register, length, filler, language).

Each signal takes a documented penalty off 1.0; `tone_ok` is the score against a threshold calibrated on
the labelled dev split. Pure apart from the language detector, which is loaded once.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Sequence
from functools import lru_cache

from composer.evaluation import cues, politeness
from composer.evaluation.models import Signal, ToneVerdict
from composer.evaluation.text import lines, sentences, strip_placeholders
from composer.facts import prose_only
from composer.lang import detect_language
from composer.models import Intent, Language, Situation, Tone
from composer.register import address_problems, chat_wrappers, filler_openers, formal_markers, informal_markers

# Set on evals/labelled/dev.jsonl only (never test): the cut with the best balanced accuracy, placed in the
# middle of the widest gap it can sit in. On dev the lowest-scoring good drafts score 0.85 (no apology, an
# English contraction in a formal mail, formal Swedish with "du"); every bad draft but one scores 0.75 or
# less (a curt decline to a key client, backhanded thanks); the exception is a cold, purely administrative
# reply at 0.85 that no lexicon sees. Cuts at 0.80 and 0.85 tie (balanced accuracy 0.989); 0.80 sits in the
# wider gap. Re-derive with `composer.evaluation.labelled.calibrate_tone_threshold()`.
TONE_OK_THRESHOLD = 0.8
# Full mode only: the learned penalties add a small graded cost to most drafts, good ones included (they rank,
# they do not only split), so at 0.80 the full verdict pushed good drafts under the line and agreed with people
# less often than the rules alone (test 0.89 vs 0.93, v2 0.85 vs 0.90). Fitted leave-one-set-out on the seen
# hard-case splits (dev, test, v2, v3): each held-out split's best cut, fitted on the other three, is 0.72-0.73,
# and it raises agreement on every held-out split (docs/tone.md, fourth round; `python -m composer.evaluation.transfer`).
# Rankings (AUC, TyDiP, CoCoA pairs) do not depend on it; the built-in grid still clears 0.80 in full mode.
# Tenth round: 0.72 -> 0.70. With the whole-note head beside the sentence head the draft penalties cost good drafts a
# little more; over the ten seen sets the cut fitted leave-one-set-out is 0.66-0.67 (round-9 heads: 0.69-0.70), held-out
# balanced agreement 0.947 fitted / 0.944 at 0.70 / 0.938 at 0.72, and good risky-looking mails (fees, "unfortunately",
# "again", "as agreed", short notes) under the cut 45 at 0.72 -> 38 at 0.70 (round-9 heads at 0.72: 39); labelled dev
# alone calibrates to 0.70. The lowest built-in grid draft scores 0.73.
LEARNED_OK_THRESHOLD = 0.70


def ok_threshold(mode: str) -> float:
    """The `tone_ok` cut for the mode the verdict actually used ("full" or "rules")."""
    return LEARNED_OK_THRESHOLD if mode == "full" else TONE_OK_THRESHOLD

from composer.guard import MAX_WORDS, MIN_WORDS  # noqa: E402  (one home for the length rule)

SENDER_SIDE = frozenset({Intent.decline, Intent.reschedule, Intent.shorten, Intent.switch_to_call, Intent.switch_to_email, Intent.delegate})
CLIENT_SIDE = frozenset({Intent.no_show_followup, Intent.late_cancellation})
# Changes that keep the meeting (shorter, by phone, by email): a courteous question stands in for an apology.
ASKED_CHANGES = frozenset({Intent.shorten, Intent.switch_to_call, Intent.switch_to_email})
ASKED_CHANGE_PENALTY = 0.05
# Where "good news" can be sincere: moving a meeting to email spares the reader a trip; a policy note changes nothing;
# a handover keeps the meeting where it was (twelfth round: the news is the sender's own, a birth or a leave, in two good
# handovers of the seen sets and no bad one the other rules do not already fail).
GOOD_NEWS_INTENTS = frozenset({Intent.switch_to_email, Intent.cancellation_policy, Intent.delegate})

# How much a wrong address form costs. Swedish business mail uses "du" to almost everyone since the
# du-reform, and an English contraction is a small slip; a French "tu" to a formal client is not.
# Ninth round: an English contraction in formal mail is ordinary modern business usage (v8: four good formal notes
# lost 0.1 for "can't"/"I'm"); a token cost stays (seen sets: 0.0 cost 0.001 mean AUC, 0.05 costs 0.0004).
ADDRESS_PENALTY = {Language.fr: 0.45, Language.it: 0.45, Language.nl: 0.45, Language.sv: 0.15, Language.en: 0.05}
# The other way round costs less: a friendly note that says "vous"/"u"/"Lei" with a first name is ordinary
# business usage (stiff at worst), and a "vous"/"voi"/"jullie" beside "tu"/"je" is often a plural ("say hello to
# the team"), which no pronoun rule can tell apart. The formality head reads the whole sentence's register.
FRIENDLY_FORMAL_PENALTY = 0.1
# French keeps "vous" with a client however warm the note: tutoiement is for friends and close colleagues, so a
# friendly "Bonjour Noémie, … vous" is the norm, not distance (sixth round: in every seen set friendly-vous drafts were
# judged good about as often as bad, so the pronoun carried no signal there). A token cost remains: asked for a friendly
# note, "tu" is still the closer match (CoCoA's friendly direction), but it no longer outweighs what the note says.
FRIENDLY_FORMAL_BY_LANGUAGE = {Language.fr: 0.02}
MIXED_ADDRESS_PENALTY = 0.2

# Acronyms that are written in capitals without shouting.
ACRONYMS = frozenset(
    ["CEO", "CFO", "CTO", "COO", "CRM", "ERP", "KPI", "KPIS", "ROI", "PDF", "URL", "FAQ", "GDPR", "RGPD", "AVG", "HR", "IT", "CC", "BCC", "RSVP", "AM", "PM", "CET", "CEST", "UTC", "GMT", "NDA", "SLA", "API", "SAP", "EU", "UK", "USA", "VAT", "BTW", "TVA", "IVA", "MOMS", "AB", "BV", "NV", "SA", "SPA", "SRL", "SARL", "SAS", "GMBH", "LTD", "PLC", "INC", "QBR", "OKR", "OKRS", "PS", "PPS", "NB", "OK", "TEAMS", "ZOOM", "CV", "HQ", "VP", "SEO", "Q1", "Q2", "Q3", "Q4"]
)

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
        if found:
            return _signal("apology", 0.0, found)
        if situation.intent in ASKED_CHANGES and ("?" in norm or cues.find("hedge", norm, langs)):
            # The meeting still happens: asking the change as a question ("could we keep it to 30 minutes?") is the
            # courtesy people expect; an apology on top is optional (evals/tone dev: such drafts are mostly good).
            return _signal("apology", ASKED_CHANGE_PENALTY, "no apology, but the change is asked, not announced")
        # Handing a meeting to a colleague needs less regret than cancelling or moving it: the meeting still happens, as
        # with an asked change (seen sets, round 7: delegations without an apology were judged good 56 times, bad 35).
        penalty = ASKED_CHANGE_PENALTY if situation.intent is Intent.delegate else 0.1 if thanked else 0.2
        return _signal("apology", penalty, "no apology or regret for changing the plan")
    if situation.intent in CLIENT_SIDE:
        warm = cues.find("sympathy", norm, langs) or cues.find("check_in", norm, langs)
        if warm:
            return _signal("sympathy", 0.0, warm)
        noted = cues.find("acknowledge", norm, langs)
        penalty = (0.05 if thanked else 0.15) if noted else (0.15 if thanked else 0.25)
        return _signal("sympathy", penalty, f"only noted ({noted}), no sympathy" if noted else "no understanding or sympathy for the client")
    return _signal("apology", 0.0, "not due for a policy note")


_WAITING = re.compile(r"wait|aspett|attend|wacht|vänta")
_RENDEZVOUS = re.compile(r"(?i)rendez-vous")  # a noun, not the pronoun "vous"
_DOUBLE_MARK = re.compile(r"!\s*!|\?\s*!|!\s*\?")


def passive_aggression(body: str, norm: str, langs: tuple[Language, ...]) -> Signal:
    """Guilt trips, veiled reproach, "as I already told you", and thanks turned sour by a concession or a '…'."""
    hits = list(dict.fromkeys(cues.find_all("told_before", norm, langs) + cues.find_all("passive_aggressive", norm, langs)))
    for sent in sentences(body):
        n = cues.norm(sent)
        if cues.find("check_in", n, langs) or cues.find("sympathy", n, langs):
            # "I waited for you … I hope nothing's wrong": waiting said in the same breath as concern is a check-in.
            hits = [h for h in hits if not (_WAITING.search(h) and h in n)]
        if cues.find("thanks", n, langs) and (cues.find("concessive", n, langs) or "…" in sent or "..." in sent):
            hits.append(f"backhanded thanks: {sent[:80]}")
        elif len(n.split()) <= 3 and (m := cues.find("setback", n, langs)) and len(m) >= len(n.strip(" .!?…")) - 1:
            hits.append(f"one-word reproach: {sent[:40]}")  # "Again." / "Igen." standing alone
    if not hits:
        return _signal("passive_aggression", 0.0, "no veiled reproach")
    return _signal("passive_aggression", min(0.5, 0.3 + 0.15 * (len(hits) - 1)), "; ".join(hits))


def condescension(norm: str, langs: tuple[Language, ...]) -> Signal:
    """Talking down to the reader: 'new clients rarely read the small print', 'clearly you did not read'."""
    hits = list(dict.fromkeys(cues.find_all("condescension", norm, langs)))
    return _signal("condescension", min(0.5, 0.3 + 0.15 * (len(hits) - 1)) if hits else 0.0, "; ".join(hits) or "no talking down")


def sarcasm(body: str, norm: str, langs: tuple[Language, ...], intent: Intent | None = None) -> Signal:
    """Sarcasm that needs no context, and mock enthusiasm: a cheer in the same sentence as 'again' or 'last minute'."""
    hits = list(dict.fromkeys(cues.find_all("sarcasm", norm, langs)))
    cheers = cues.find_all("mock_cheer", norm, langs)
    if intent not in GOOD_NEWS_INTENTS:  # a change that costs the reader is no "good news"
        cheers += cues.find_all("good_news", norm, langs)
    hits += [f"mock cheer: {m}" for m in dict.fromkeys(cheers)]
    if intent in CLIENT_SIDE:  # praising the notice of a client who cancelled late or did not come is irony
        hits += [f"ironic praise of the notice: {m}" for m in dict.fromkeys(cues.find_all("notice_praise", norm, langs))]
    for sent in sentences(body):
        n = cues.norm(sent)
        cheer = cues.find("enthusiasm", n, langs)
        if cheer and cues.find("setback", n, langs) and not cues.find("apology", n, langs) and not cues.find("sympathy", n, langs):
            hits.append(f"mock enthusiasm: {sent[:80]}")
    return _signal("sarcasm", min(0.5, 0.3 + 0.15 * (len(hits) - 1)) if hits else 0.0, "; ".join(hits) or "no sarcasm cue")


def grovelling(norm: str, langs: tuple[Language, ...]) -> Signal:
    """Self-abasement ("I will never forgive myself", "mille excuses", "mi vergogno") or apologies piled up.

    One apology is due when the sender changes plans; shame, begging or four regrets in one note is not polite
    but uncomfortable for the reader, and the politeness head reads it as very polite.
    """
    hits = list(dict.fromkeys(cues.find_all("grovelling", norm, langs)))
    sorry = cues.find_all("apology", norm, langs)
    if len(sorry) >= 4:
        hits.append(f"{len(sorry)} apologies: {', '.join(dict.fromkeys(sorry))}")
    return _signal("grovelling", min(0.5, 0.3 + 0.15 * (len(hits) - 1)) if hits else 0.0, "; ".join(hits) or "no self-abasement")


def phishing(norm: str, langs: tuple[Language, ...]) -> Signal:
    """Asks for passwords, codes, bank or card details, gift cards, urgent transfers or a link to 'verify'."""
    hits = list(dict.fromkeys(cues.find_all("phishing", norm, langs + ((Language.en,) if Language.en not in langs else ()))))
    return _signal("phishing", 0.6 if hits else 0.0, "asks for " + "; ".join(hits) if hits else "no request for credentials or payment details")


def _softened(sentence_norm: str, langs: tuple[Language, ...]) -> bool:
    """A question, a hedge, thanks, or leaving the choice to the reader ("tell me which suits you") softens an order."""
    return "?" in sentence_norm or any(
        cues.pattern("hedge", lang).search(sentence_norm) or cues.pattern("thanks", lang).search(sentence_norm) or cues.pattern("choice", lang).search(sentence_norm)
        for lang in langs
    )


@lru_cache(maxsize=None)
def _imperative(lang: Language) -> re.Pattern[str]:
    """The imperative openers of a language, compiled once (it was rebuilt from the cue list for every sentence)."""
    return re.compile(r"(?:" + "|".join(cues.CUES["imperative"][lang]) + r")(?!\w)")


def imperatives(body: str, langs: tuple[Language, ...]) -> Signal:
    """Bare orders: a sentence that opens with an imperative and has nothing softening it."""
    bare = []
    for sent in sentences(body):
        n = cues.norm(sent)
        for lang in langs:
            if _imperative(lang).match(n) and not _softened(n, langs):
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


def officialese(situation: Situation, norm: str, langs: tuple[Language, ...]) -> Signal:
    """Administrative formulas ("nous vous informons", "please find attached", "härmed") in a friendly note read cold:
    bureaucratic distance towards someone the sender is on first-name terms with. In a formal notice they are usage."""
    archaic = list(dict.fromkeys(cues.find_all("archaic_officialese", norm, langs)))
    if situation.tone is not Tone.friendly:
        # Archaic formulas ("pursuant to", "con la presente si comunica", "hierbij delen wij u mede") keep a person at a
        # bureaucratic distance even in a formal letter; ordinary notice wording does not.
        return _signal("officialese", min(0.3, 0.15 * len(archaic)), "archaic administrative wording: " + ", ".join(archaic) if archaic else "no archaic officialese")
    hits = list(dict.fromkeys(cues.find_all("officialese", norm, langs) + archaic))
    return _signal("officialese", min(0.4, 0.2 * len(hits)), "administrative wording in a friendly note: " + ", ".join(hits) if hits else "no officialese")


def greeting(body: str, langs: tuple[Language, ...]) -> Signal:
    """A greeting that keeps the reader at arm's length: a role instead of the person ("Dear Client", "Geachte
    mevrouw,") or a bare vocative with no greeting word ("Hanna Björk,", "Roberto,"). In the seen hard-case sets no
    draft people judged good opened that way outside French ("Madame Garnier," is how French greets, and
    "madame"/"monsieur" count as greeting words)."""
    first = (lines(body) or [""])[0]
    n = cues.norm(first)
    role = cues.find("impersonal_greeting", n, langs)
    if role:
        return _signal("greeting", 0.2, f"greets a role, not the person: {first[:60]}")
    words = _WORDS.findall(n)
    if n.endswith(",") and 0 < len(words) <= 5 and not cues.find("greeting_word", n, langs):
        return _signal("greeting", 0.2, f"bare name, no greeting: {first[:60]}")
    return _signal("greeting", 0.0, "greets the person")


def telegraphic(norm: str, langs: tuple[Language, ...]) -> Signal:
    """A form's field labels in a letter ("Reason: ...", "Durata: 30 minuti"): it reads like a ticket, not a person."""
    hits = list(dict.fromkeys(cues.find_all("form_label", norm, langs)))
    return _signal("telegraphic", min(0.3, 0.15 * len(hits)), "form labels: " + ", ".join(hits) if hits else "written as sentences")


def over_familiar(norm: str, langs: tuple[Language, ...]) -> Signal:
    """Pet names and kisses to a client ("tesoro", "schatje", "darling"): over-familiar whatever the agreed tone."""
    hits = list(dict.fromkeys(cues.find_all("pet_name", norm, langs)))
    return _signal("over_familiar", min(0.4, 0.25 + 0.1 * (len(hits) - 1)) if hits else 0.0, ", ".join(hits) or "no pet names")


def pushy(norm: str, langs: tuple[Language, ...]) -> Signal:
    hits = list(dict.fromkeys(cues.find_all("pushy", norm, langs)))
    return _signal("pushy", min(0.4, 0.15 * len(hits)), ", ".join(hits) or "no pushy wording")


# Short words people shout ("you MUST", "NOT", "NOW", "binnen 24 UUR"); any other capitals of four letters or
# fewer read as an acronym or a product name (NPOV, SVG, KPMG), which no list of acronyms can hold.
_SHOUTED_SHORT = frozenset(
    "NOT NOW MUST ASAP YOU ALL ONLY NEED STOP DO NO NEVER YES PAS NON TOUT VITE JAMAIS DOIT MAI ORA OGGI DEVE SUBITO NIET NU NOOIT MOET UUR "
    "INTE NU ALDRIG SKA MÅ IDAG".split()
)


def _acronym_like(word: str) -> bool:
    if len(word) > 4 or word in _SHOUTED_SHORT:
        return False
    return word.casefold() not in _WORD_LANG  # "THE", "VOUS", "HET" are shouted words, not acronyms


def shouting(situation: Situation, body: str) -> Signal:
    """Words in capitals (not acronyms, not the user's own facts) and runs of exclamation marks."""
    given = " ".join([situation.meeting or "", situation.meeting_time or "", situation.reason or "", situation.recipient_name, situation.sender_name, situation.colleague_name or "", *situation.proposed_times])
    text = strip_placeholders(body)  # "[DATE]" is a leftover, counted by completeness, not a shout
    caps = [w for w in _CAPS.findall(text) if w not in ACRONYMS and w not in given and not _acronym_like(w)]
    penalty = 0.0
    ev = []
    if caps:
        penalty += 0.25 if len(caps) == 1 else 0.4
        ev.append("capitals: " + ", ".join(caps[:5]))
    if _DOUBLE_MARK.search(body):
        penalty += 0.3
        ev.append("'!!'")
    elif (marks := body.split("\n", 1)[-1].count("!")) > 2:  # the greeting's "Hej Karin!" is how Swedes greet
        penalty += 0.1
        ev.append(f"{marks} exclamation marks")
    return _signal("shouting", min(0.5, penalty), "; ".join(ev) or "no shouting")


def address_penalty(situation: Situation, problems: Sequence[str]) -> float:
    """Familiar address to a formal reader costs the most; formal or mixed address in a friendly note less."""
    if not problems:
        return 0.0
    full = ADDRESS_PENALTY[situation.language]
    if situation.tone is Tone.formal:
        return full
    if any(p.startswith("mixed") for p in problems):
        return min(full, MIXED_ADDRESS_PENALTY)
    return min(full, FRIENDLY_FORMAL_BY_LANGUAGE.get(situation.language, FRIENDLY_FORMAL_PENALTY))


def register(situation: Situation, body: str, norm: str) -> list[Signal]:
    """Address form against the requested tone, and slang or emoji in a formal message."""
    # "rendez-vous" is a noun, not the pronoun "vous".
    cleaned = _RENDEZVOUS.sub("rendezvous", body)
    problems = address_problems(cleaned, situation.language, situation.tone)
    out = [_signal("address", address_penalty(situation, problems), "; ".join(problems) or "address matches the tone")]
    if situation.tone is Tone.formal:
        plain = cues.norm(strip_placeholders(body))  # "XX" left for a number is not "xx" (kisses)
        slang = cues.find_all("slang", plain, (situation.language,)) + _EMOJI.findall(body)
        out.append(_signal("too_casual", min(0.3, 0.2 * len(slang)), ", ".join(dict.fromkeys(slang)) or "no slang"))
    return out


# Below this a draft reads curt whatever it says. Between it and the guard's MIN_WORDS a note is short, not rude:
# people judge a warm 25-word note good (evals/tone dev), so the guard asks for more words and tone stays quiet.
CURT_WORDS = 15
TERSE_WORDS = 6  # a handful of words is not a note at all


def length(body: str) -> Signal:
    """Tone cost of length: a curt note (under CURT_WORDS) or a rambling one (over the guard's MAX_WORDS).

    The guard's own length rule (MIN_WORDS-MAX_WORDS) still asks the LLM for a proper length; brevity alone is
    not a tone fault.
    """
    words = len(body.split())
    if words < TERSE_WORDS:
        return _signal("length", 0.3, f"{words} words: terse (under {TERSE_WORDS})")
    if words < CURT_WORDS:
        # Flat, not a cost per missing word: no labelled draft supports a slope, and on one-line requests (TyDiP) a
        # slope ranked sentences by length instead of politeness (whole-verdict AUC 0.907 with it, 0.919 flat).
        return _signal("length", 0.1, f"{words} words: curt (under {CURT_WORDS})")
    if words < MIN_WORDS:
        return _signal("length", 0.0, f"{words} words: short (the guard asks for {MIN_WORDS}), not a tone fault")
    if words > MAX_WORDS:
        return _signal("length", min(0.6, 0.3 + (words - MAX_WORDS) / 200), f"{words} words: too long (over {MAX_WORDS})")
    return _signal("length", 0.0, f"{words} words")


def filler(situation: Situation, body: str) -> Signal:
    """Stock AI openers, only where they open the message (the first lines after the greeting)."""
    found = filler_openers("\n".join(lines(body)[:3]), situation.intent)
    return _signal("filler_opener", 0.3 if found else 0.0, ", ".join(found) or "no filler opener")


def llm_artifact(body: str) -> Signal:
    found = chat_wrappers(body)
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


# Rules that judge a drafted email as a letter: by what it LACKS (thanks is kept: please/thanks is courtesy in any
# utterance), by its length, by letter conventions (English contractions in formal mail, emoji in formal mail) and
# by chat-model wrappers around a letter. A bare utterance (a request in a chat, a sentence from a politeness
# corpus) is not a letter: these step back and the learned reading speaks. TyDiP en train, 5-fold CV, binary rows:
# whole verdict 0.913 with them, 0.930 without (politeness head alone 0.929). What a text SAYS (reproach, sarcasm,
# orders, shouting, "tu" to a formal reader) is still judged.
LETTER_ONLY = frozenset({"apology", "sympathy", "hedging", "length", "too_casual", "llm_artifact", "greeting"})


def _step_back(sig: Signal, language: Language) -> Signal:
    letter_rule = sig.name in LETTER_ONLY or (sig.name == "address" and language is Language.en)  # en: contractions
    if not letter_rule or sig.passed:
        return sig
    return _signal(sig.name, 0.0, f"not judged in a bare utterance (no greeting or sign-off): {sig.evidence}")


def signals(situation: Situation, subject: str, body: str, *, detected: Language | None = None) -> list[Signal]:
    """Every transparent (rule) signal for the draft, in a stable order."""
    sigs = letter_signals(situation, body, detected)
    return sigs if politeness.is_letter(body) else [_step_back(x, situation.language) for x in sigs]


def letter_signals(situation: Situation, body: str, detected: Language | None = None) -> list[Signal]:
    """Every rule signal, judging the text as a drafted email (the letter rules included)."""
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
        condescension(norm, langs),
        sarcasm(body, norm, langs, s.intent),
        grovelling(norm, langs),
        phishing(norm, langs),
        pushy(norm, langs),
        officialese(s, norm, langs),
        greeting(body, langs),
        telegraphic(norm, langs),
        over_familiar(norm, langs),
        shouting(s, body),
        *register(s, body, norm),
        length(body),
        filler(s, body),
        llm_artifact(body),
        language(s, detected),
    ]


def squash(penalty: float) -> float:
    """1 minus the penalties down to 0.5, then a decaying tail that never reaches 0.

    Above 0.5 the score is exactly 1 - penalties (so the threshold keeps its meaning); below it a flat floor
    at 0 would tie every bad draft and sentence, and ties cost AUC: the tail keeps worse below bad.
    """
    return 1.0 - penalty if penalty <= 0.5 else 0.5 * math.exp(-2.0 * (penalty - 0.5))


def summarise(sigs: Sequence[Signal], threshold: float = TONE_OK_THRESHOLD) -> tuple[float, bool]:
    """The squashed penalties as a score in (0, 1]; ok when at or above the calibrated threshold."""
    value = round(squash(sum(x.penalty for x in sigs)), 4)
    return value, value >= threshold


# ---------------------------------------------------------------- the learned part and the one verdict

MODES = ("full", "rules")
# Languages the formality head was trained on (CoCoA-MT); English has no address form and Swedish uses "du".
FORMALITY_LANGUAGES = frozenset({Language.fr, Language.it, Language.nl})


def default_mode() -> str:
    """`TACTFUL_TONE` (settings.tone_mode): "full" (rules + learned signal, default) or "rules" (fast, no model)."""
    return _mode_from_env(os.environ.get("TACTFUL_TONE"), os.environ.get("TACTFUL_CONFIG"))


@lru_cache(maxsize=8)
def _mode_from_env(_env: str | None, _config: str | None) -> str:
    from composer.config import get_settings

    return get_settings().tone_mode


def _sentence_evidence(sentences_: Sequence[str], values: Sequence[float], *, worst_first: bool, n: int = 2) -> str:
    order = sorted(range(len(values)), key=lambda i: values[i], reverse=not worst_first)[:n]
    return "; ".join(f"{sentences_[i][:90]!r} (p={1 / (1 + math.exp(-values[i])):.2f})" for i in order)


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, x))))


# A learned penalty below this is noise around a good draft: it still ranks drafts but does not count as a fault.
LEARNED_FAULT = 0.05


def politeness_reading(logits: Sequence[float], k: int) -> float:
    """The draft's politeness from its sentences' logits, as the calibration chose: k > 0 the mean of its k least
    polite sentences; k = 0 the mean of all; k = -1 halfway between that mean and its most polite sentence (a
    draft's thanks and warm close count, its plain statements of fact do not drag it down)."""
    pol = sorted(logits) or [0.0]
    mean = sum(pol) / len(pol)
    if k == 0:
        return mean
    if k < 0:
        return (mean + pol[-1]) / 2
    k = min(k, len(pol))
    return sum(pol[:k]) / k


def _softplus(x: float) -> float:
    return max(x, 0.0) + math.log1p(math.exp(-abs(x)))


def pronouns_agree(situation: Situation, body: str) -> bool:
    """True when the address pronouns alone settle the register asked for (fr/it/nl): only "tu"/"je" in a friendly
    note, only "vous"/"u"/"Lei" in a formal one. Then the rule has the evidence and the formality head, which reads
    topic and phrasing as well as address, only adds noise (it reads a friendly French "tu" note about a
    catalogue as formal)."""
    if situation.language not in FORMALITY_LANGUAGES:
        return False
    text = _RENDEZVOUS.sub("rendezvous", body)
    formal, familiar = formal_markers(text, situation.language), informal_markers(text, situation.language)
    return bool(familiar) and not formal if situation.tone is Tone.friendly else bool(formal) and not familiar


def politeness_penalty(low: float, c: dict[str, float], *, friendly: bool) -> float:
    """A capped sigmoid below the calibrated threshold plus a hinge that keeps growing (the sigmoid alone saturates,
    so two clearly impolite readings would tie and the rules' noise would order them). A friendly note may be
    terser than a formal one: the head, trained on requests between strangers, reads "on fait le point par
    téléphone ?" as curt, so friendly notes take a calibrated share of the penalty."""
    z = c["pol_slope"] * (c["pol_tau"] - low)
    pen = c["pol_cap"] * _sigmoid(z) + c.get("pol_lin", 0.0) * _softplus(z) / c["pol_slope"]
    return pen * (c.get("pol_friendly", 1.0) if friendly else 1.0)


def learned(situation: Situation, reading: politeness.Reading, calibration: dict[str, float], *, pronouns_agree: bool = False) -> list[Signal]:
    """The heads' reading as tone signals: politeness (all languages) and formality against the tone (fr/it/nl).

    Politeness is `politeness_reading` (the calibration picks k: the least polite sentences, or all of them); the
    evidence is the sentences that pull the score down. Both penalties are smooth, so drafts are ranked, not just
    split. Formality adds to the address rule: the rule sees pronouns, the head sees the register of the whole
    sentence (Italian drops its pronouns; "pourriez-vous" vs "tu peux"); where the pronouns already agree with
    the tone asked for, the head's penalty is scaled by the calibrated `form_agree`.
    """
    if reading.empty or not calibration:
        return []
    c = calibration
    allow = c.get("learned_allow", 0.0)  # what every learned penalty gives away: readings this mild are the heads' noise
    low = politeness_reading(reading.politeness, int(c["pol_k"]))
    penalty = politeness_penalty(low, c, friendly=situation.tone is Tone.friendly)
    if reading.draft is not None:
        # Eleventh round: in a letter the draft heads (trained on labelled letters) read the sentences too; the request
        # head (TyDiP, English requests between strangers) keeps a per-language share fitted leave-one-set-out
        # (`transfer.fit_letter_shares`; Swedish, with no human politeness data, keeps least). One-liners keep it all.
        penalty *= c.get(f"pol_letter_{situation.language.value}", 1.0)
    penalty = max(0.0, penalty - allow)
    worst = _sentence_evidence(reading.sentences, reading.politeness, worst_first=True)
    out = [
        Signal(
            name="politeness",
            passed=penalty < LEARNED_FAULT,
            penalty=round(penalty, 4),
            evidence=("reads impolite or cold; least polite: " if penalty >= LEARNED_FAULT else "reads polite; least polite: ") + worst,
        )
    ]
    if situation.language in FORMALITY_LANGUAGES and c.get("form_cap", 0) > 0:
        form = sum(reading.formality) / len(reading.formality)
        formal = situation.tone is Tone.formal
        gap = (c["form_tau_formal"] - form) if formal else (form - c["form_tau_friendly"])
        fp = c["form_cap"] * _sigmoid(c["form_slope"] * gap) * (c.get("form_agree", 1.0) if pronouns_agree else 1.0)
        if reading.draft is not None:
            # Twelfth round: in a letter the address rule reads the pronouns and the draft heads the register; the
            # formality head (CoCoA one-liners) keeps a per-language share fitted leave-one-set-out (it read "Ik kijk er
            # nog steeds erg naar uit!" in a friendly note as stiff). One-liners (CoCoA pairs) keep all of it.
            fp *= c.get(f"form_letter_{situation.language.value}", 1.0)
        fp = max(0.0, fp - allow)
        what = ("reads familiar for a formal message: " if formal else "reads stiff for a friendly message: ") if fp >= LEARNED_FAULT else "register reads right; "
        ev = _sentence_evidence(reading.sentences, reading.formality, worst_first=formal)
        out.append(Signal(name="formality", passed=fp < LEARNED_FAULT, penalty=round(fp, 4), evidence=what + ev))
    if reading.draft is not None and c.get("draft_cap", 0) > 0:
        dp = max(0.0, c["draft_cap"] * _sigmoid(c["draft_slope"] * (c["draft_tau"] - reading.draft)) - allow)
        p_good = _sigmoid(reading.draft)
        head = f"reads like drafts people judged {'badly' if dp >= LEARNED_FAULT else 'well'} (p={p_good:.2f})"
        if len(reading.draft_sentences) == len(reading.sentences) and reading.draft_sentences:
            # A pooled sentence head: the sentences it reads worst are the ones that pull the draft down.
            worst = _sentence_evidence(reading.sentences, reading.draft_sentences, worst_first=True)
            out.append(Signal(name="draft_tone", passed=dp < LEARNED_FAULT, penalty=round(dp, 4), evidence=f"{head}; weakest sentences: {worst}"))
        else:
            out.append(Signal(name="draft_tone", passed=dp < LEARNED_FAULT, penalty=round(dp, 4), evidence=f"{head}; least polite: {worst}"))
    if reading.draft_mean is not None and c.get("draft_mean_cap", 0) > 0:
        # Tenth round: the whole note read at once (mean sentence vector), beside the sentence head's weakest clause.
        mp = max(0.0, c["draft_mean_cap"] * _sigmoid(c["draft_mean_slope"] * (c["draft_mean_tau"] - reading.draft_mean)) - allow)
        verdict = "badly" if mp >= LEARNED_FAULT else "well"
        out.append(Signal(name="draft_whole", passed=mp < LEARNED_FAULT, penalty=round(mp, 4),
                          evidence=f"the note as a whole reads like drafts people judged {verdict} (p={_sigmoid(reading.draft_mean):.2f})"))
    weight = letter_weight(c, situation.language) if reading.draft is not None else 1.0
    if weight != 1.0:
        # Thirteenth round: in a letter the learned part weighs more beside the rules. Cue families gain on the set they
        # were written from and ~0 on the sets after it (`transfer --whole --rewind`), so the part that transfers gets a
        # larger say; fitted leave-one-set-out with the rules as each set met them fresh. One-liners keep weight 1.
        out = [s.model_copy(update={"penalty": round(s.penalty * weight, 4)}) for s in out]
    return out


def letter_weight(calibration: dict[str, float], language: Language) -> float:
    """How much the learned part weighs beside the rules in a letter: `learned_letter_<lang>` where the fifteenth round
    fitted one per language (leave-one-set-out, `head_loso --by-language`), else the shared `learned_letter`."""
    return calibration.get(f"learned_letter_{language.value}", calibration.get("learned_letter", 1.0))


def tone_verdict(
    situation: Situation,
    subject: str,
    body: str,
    *,
    mode: str | None = None,
    detected: Language | None = None,
    threshold: float | None = None,
    reading: politeness.Reading | None = None,
) -> ToneVerdict:
    """The one tone verdict (scorer, guard, page, evals): rules plus, in "full" mode, the learned signal.

    `detected` is the draft's language when the caller already knows it; `reading` lets batch callers pass
    heads' output computed elsewhere; `threshold` None is the cut of the mode used (`ok_threshold`).
    Without shipped weights "full" falls back to rules and says so.
    """
    mode = mode or default_mode()
    if mode not in MODES:
        raise ValueError(f"tone mode {mode!r}: expected one of {', '.join(MODES)}")
    if detected is None:
        detected = detect(situation, body)
    sigs = signals(situation, subject, body, detected=detected)
    used = "rules"
    if mode == "full":
        if politeness.available():
            weights = politeness.load_weights()
            reading = reading if reading is not None else politeness.read(body, weights)
            sigs += learned(situation, reading, weights.calibration, pronouns_agree=pronouns_agree(situation, body))
            used = "full"
        else:
            sigs.append(Signal(name="learned", passed=True, penalty=0.0, evidence="learned signal unavailable (no weights or embedder): rules only"))
    value, ok = summarise(sigs, ok_threshold(used) if threshold is None else threshold)
    return ToneVerdict(score=value, ok=ok, mode=used, reasons=[x for x in sigs if not x.passed], signals=sigs)


# What the guard already reports in its own words; the tone line adds only what it does not say.
_GUARD_COVERS = frozenset({"length", "filler_opener", "address", "language", "llm_artifact"})


def tone_problems(situation: Situation, subject: str, body: str) -> list[str]:
    """One repair instruction when the tone verdict fails, naming each reason with its evidence (for the guard)."""
    v = tone_verdict(situation, subject, body)
    if v.ok:
        return []
    own = [r for r in v.reasons if r.name not in _GUARD_COVERS]
    if not own:
        return []
    why = "; ".join(f"{r.name}: {r.evidence}" for r in sorted(own, key=lambda r: -r.penalty)[:4])
    return [f"tone {v.score:.2f} is below {ok_threshold(v.mode):.2f} ({why}); rewrite it courteous and warm, without reproach, sarcasm or requests for credentials"]


def sentence_rules(sentence: str, language: Language | str) -> float:
    """The rules' politeness reading of one bare sentence (for comparing with the learned head on TyDiP)."""
    lang = Language(language)
    norm = cues.norm(sentence)
    langs = (lang,)
    value = 0.5
    value += 0.15 if cues.find("thanks", norm, langs) or cues.find("courtesy", norm, langs) else 0.0
    value += 0.1 if cues.find("hedge", norm, langs) or "?" in sentence else 0.0
    value += 0.05 if cues.find("apology", norm, langs) else 0.0
    bad = [
        blame(norm, langs), passive_aggression(sentence, norm, langs), condescension(norm, langs), sarcasm(sentence, norm, langs),
        pushy(norm, langs), imperatives(sentence, langs),
    ]
    value -= sum(x.penalty for x in bad)
    caps = [w for w in _CAPS.findall(sentence) if w not in ACRONYMS]
    value -= 0.2 if caps or "!!" in sentence else 0.0
    return round(value, 4)
